#pragma once

#include "BroadcastList.h"
#include "Result.h"
#include "broadcasts/BroadcastActions.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace megaphone {

class Database;

// Carries out an action on a broadcast: asks first where it cannot be undone, does the
// database work off the GUI thread (BroadcastControl, BroadcastCopy, RecipientReport),
// then says what happened, or shows the error in words.
class BroadcastCommands : public QObject
{
    Q_OBJECT

public:
    BroadcastCommands(std::shared_ptr<const Database> db, QWidget *dialogParent);

    void run(BroadcastActions::Kind kind, const BroadcastSummary &broadcast);
    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    void openRequested(qint64 id);
    // Success, in words, as rich text (a report's folder is a link).
    void succeeded(const QString &message);
    void failed(const QString &message);
    // The database changed: the broadcasts are worth reading again.
    void changed();
    void duplicated(qint64 newId);

private:
    using Work = std::function<Result<QString>()>;
    void perform(const QString &failure, Work work);
    void sendNow(const BroadcastSummary &b);
    void cancel(const BroadcastSummary &b);
    void retry(const BroadcastSummary &b, bool unknown);
    void duplicate(const BroadcastSummary &b);
    void exportReport(const BroadcastSummary &b);
    void exportTo(const BroadcastSummary &b, const QString &path);

    std::shared_ptr<const Database> m_db;
    QPointer<QWidget> m_parent;
    int m_busy = 0;
};

} // namespace megaphone
