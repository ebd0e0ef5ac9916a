#pragma once

#include "BroadcastList.h"
#include "Result.h"

#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;
class QTableView;

namespace megaphone {

class BroadcastActions;
class BroadcastChanges;
class BroadcastCommands;
class BroadcastListModel;
class Database;
class EmptyState;

// Every broadcast, newest first, with its status in words, a progress bar and its
// counts, and the actions its state allows (toolbar and context menu). While shown it
// reads the broadcasts again every second, and at once on PostgreSQL when another
// process announces a change, off the GUI thread, keeping the selection and scroll
// position.
class BroadcastsPage : public QWidget
{
    Q_OBJECT

public:
    explicit BroadcastsPage(std::shared_ptr<const Database> db, QWidget *parent = nullptr);

    void refresh();
    qint64 selectedId() const; // 0: none
    void selectBroadcast(qint64 id);
    BroadcastActions *actions() const { return m_actions; }
    BroadcastListModel *model() const { return m_model; }

Q_SIGNALS:
    // The user wants to open a broadcast: a draft in the Broadcast Builder (editRequested),
    // another in its live figures (openRequested); or to make a new one.
    void openRequested(qint64 id);
    void editRequested(qint64 id);
    void newRequested();
    // A refresh arrived and is shown.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createToolbar();
    void setUpTable();
    void showBroadcasts(const Result<QList<BroadcastSummary>> &broadcasts);
    void showEmpty(const QString &title, const QString &text);
    void showMessage(const QString &text, bool error);
    void updateActions();
    void showContextMenu(const QPoint &pos);
    const BroadcastSummary *selected() const;

    std::shared_ptr<const Database> m_db;
    BroadcastListModel *m_model;
    BroadcastActions *m_actions;
    BroadcastCommands *m_commands;
    BroadcastChanges *m_changes;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyState *m_empty;
    QLabel *m_message;
    bool m_loading = false;
    bool m_again = false;
    qint64 m_selectWhenLoaded = 0; // a new copy, selected once it is in the list
};

} // namespace megaphone
