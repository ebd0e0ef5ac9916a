#pragma once

#include "Result.h"

#include <QWidget>

#include <memory>

class QStackedWidget;
class QTableWidget;

namespace megaphone {

class Database;
class EmptyState;

// Every broadcast, newest first, with its status and how far its recipients got.
class BroadcastsPage : public QWidget
{
    Q_OBJECT

public:
    explicit BroadcastsPage(std::shared_ptr<const Database> db, QWidget *parent = nullptr);

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Row;
    void showRows(const Result<QList<Row>> &rows);

    std::shared_ptr<const Database> m_db;
    QStackedWidget *m_stack;
    QTableWidget *m_table;
    EmptyState *m_empty;
    quint64 m_generation = 0;
};

} // namespace megaphone
