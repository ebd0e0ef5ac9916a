#pragma once

#include "Result.h"

#include <QWidget>

#include <memory>

class QStackedWidget;
class QTableWidget;

namespace megaphone {

class Database;
class EmptyState;

// The message templates synced from the sender accounts (deleted ones hidden).
class TemplatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatesPage(std::shared_ptr<const Database> db, QWidget *parent = nullptr);

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Listing;
    void showListing(const Result<Listing> &listing);

    std::shared_ptr<const Database> m_db;
    QStackedWidget *m_stack;
    QTableWidget *m_table;
    EmptyState *m_empty;
    quint64 m_generation = 0;
};

} // namespace megaphone
