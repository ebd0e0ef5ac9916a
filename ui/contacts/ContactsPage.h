#pragma once

#include "Result.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace megaphone {

class ContactActions;
class ContactExportJob;
class ContactFilterBar;
class ContactListModel;
class Database;
class EmptyState;
class ImportWizard;
class SelectionBanner;
struct ContactFilter;
struct ContactSelection;

// The contact list with a search, a consent filter and a tag filter
// (ContactFilterBar). Rows are read page by page by ContactListModel; the counts
// come from ContactStore::count, off the GUI thread. Selected rows can be tagged,
// untagged, opted out or deleted (ContactActions); with every loaded row selected,
// a banner (SelectionBanner) offers to act on every contact the filter matches
// instead, without loading them. One contact can be edited (ContactEditDialog); the
// current filter can be exported (ContactExportJob) and files imported (ImportWizard).
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPage(std::shared_ptr<const Database> db, QWidget *parent = nullptr);

    ContactListModel *model() const { return m_model; }
    // Reads the list, the counts and the tags again with the current filter.
    void refresh();

    // The ids of the selected rows, in row order.
    QList<qint64> selectedIds() const;
    // What the bulk actions work on: the selected rows, or in "all matching" mode
    // every contact of the filter.
    ContactSelection selection() const;
    bool allMatchingSelected() const { return m_allMatching; }
    // Opens the import wizard (window-modal; it deletes itself when closed).
    ImportWizard *openImportWizard();
    // Opens the edit dialog for the contact on `row` of the model.
    void editContact(int row);
    // Asks where to save and writes the contacts of the current filter to CSV.
    void exportContacts();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Counts;
    struct Lists;
    QWidget *createTitleRow();
    QWidget *createActionBar();
    ContactFilter currentFilter() const;
    void applyFilter();
    void updateCounts();
    void showCounts(const Result<Counts> &counts);
    void updateLists();
    void updateActions();
    void selectInsertedRows(int first, int last);
    QStringList selectedTags() const;
    void actionFinished(const QString &message, bool ok);
    void showMessage(const QString &text, bool error);

    std::shared_ptr<const Database> m_db;
    ContactListModel *m_model;
    ContactActions *m_actions;
    ContactExportJob *m_export;
    ContactFilterBar *m_filterBar;
    QLabel *m_message;
    QWidget *m_actionBar;
    QLabel *m_selection;
    QPushButton *m_edit;
    QPushButton *m_tags;
    QAction *m_addTag;
    QAction *m_removeTag;
    QPushButton *m_optOut;
    QPushButton *m_delete;
    QPushButton *m_exportButton;
    SelectionBanner *m_banner;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyState *m_empty;
    QString m_region; // the team's default country, for the edit dialog
    qint64 m_matching = 0;
    bool m_countsPending = false; // m_matching is of a filter before the current one
    bool m_allMatching = false;   // every contact of the filter is selected
    bool m_selectingRows = false; // the page itself changes the selection
    quint64 m_countGeneration = 0;
};

} // namespace megaphone
