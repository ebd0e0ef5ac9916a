#pragma once

#include "Result.h"
#include "WebhookEvents.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

#include <map>
#include <memory>
#include <vector>

namespace megaphone {

namespace Sql {
class Statement;
}

// Message statuses applied set-based (DESIGN.md section 3): one
// `UPDATE recipients ... FROM (VALUES ...)` per status and matching (our recipient id, or the
// provider's message id) for up to 100 events, instead of a statement (on PostgreSQL a round
// trip) per event. The kinds go in rank order, sent, delivered, read, then failed, and every
// write is conditional on the current rank, so a status never moves a recipient down and
// `failed` never replaces delivered or read, whatever order the events came in.
class StatusApplier
{
    Q_DECLARE_TR_FUNCTIONS(StatusApplier)

public:
    explicit StatusApplier(const QSqlDatabase &db);
    ~StatusApplier();

    // A status event to apply; `at` is its time (or when it was received).
    void add(qint64 eventId, const StatusEvent &event, qint64 at, qint64 receivedAt);

    struct Outcome
    {
        QList<qint64> applied;  // event ids applied, or with nothing to change
        int waiting = 0;        // statuses whose message is not recorded yet
        QList<StatusEvent> optOuts; // failures that changed a row and opt the contact out
        QSet<qint64> broadcasts;    // broadcasts whose recipients changed
    };
    // `giveUpBefore`: a status received before this whose message is still unknown is
    // dropped as applied (its send result never came).
    Result<Outcome> apply(qint64 giveUpBefore);

private:
    struct Pending
    {
        qint64 eventId;
        StatusEvent event;
        qint64 at;
        qint64 receivedAt;
    };
    using Group = std::vector<Pending>;
    Result<void> applyGroup(const QString &status, bool byId, const Group &group,
                            qint64 giveUpBefore, Outcome &outcome);
    Result<QSet<QString>> changedTargets(const QString &status, bool byId, const Group &group,
                                         Outcome &outcome);
    Result<QSet<QString>> knownMessages(const QStringList &messageIds);
    Sql::Statement &statement(const QString &sql);

    QSqlDatabase m_db;
    std::map<std::pair<int, bool>, Group> m_groups; // (rank, by id)
    std::map<QString, std::unique_ptr<Sql::Statement>> m_statements;
};

} // namespace megaphone
