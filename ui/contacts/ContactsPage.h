#pragma once

#include "Result.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace megaphone {

class ContactListModel;
class Database;
class EmptyState;
struct ContactFilter;

// The contact list with a search and a consent filter. Rows are read page by page
// by ContactListModel; the counts come from ContactStore::count, off the GUI thread.
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPage(std::shared_ptr<const Database> db, QWidget *parent = nullptr);

    ContactListModel *model() const { return m_model; }
    // Reads the list and the counts again with the current filter.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Counts;
    ContactFilter currentFilter() const;
    void applyFilter();
    void updateCounts();
    void showCounts(const Result<Counts> &counts);

    std::shared_ptr<const Database> m_db;
    ContactListModel *m_model;
    QWidget *m_filterBar;
    QLineEdit *m_search;
    QComboBox *m_consent;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyState *m_empty;
    QTimer *m_searchDelay;
    quint64 m_countGeneration = 0;
};

} // namespace megaphone
