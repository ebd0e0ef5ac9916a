#include "StatusApplier.h"

#include "AnswerClassifier.h"
#include "Sql.h"

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr qsizetype kRowsPerStatement = 100;

const QStringList kStatuses{u"sent"_s, u"delivered"_s, u"read"_s, u"failed"_s}; // rank order

// What a status sets; v.column1 is the target, the rest as in values() below.
QString assignments(const QString &status)
{
    const QString keepId = u"provider_message_id = COALESCE(provider_message_id, v.column%1)"_s;
    if (status == u"sent")
        return u"status = CASE WHEN status IN ('pending', 'sending', 'unknown') THEN 'sent' "
               "ELSE status END, sent_at = COALESCE(sent_at, v.column2), "_s
               + keepId.arg(3);
    if (status == u"delivered")
        return u"status = CASE WHEN status IN ('pending', 'sending', 'unknown', 'sent') THEN "
               "'delivered' ELSE status END, delivered_at = COALESCE(delivered_at, v.column2), "
               "sent_at = COALESCE(sent_at, v.column2), "_s
               + keepId.arg(3);
    if (status == u"read")
        return u"status = 'read', read_at = COALESCE(read_at, v.column2), delivered_at = "
               "COALESCE(delivered_at, v.column2), sent_at = COALESCE(sent_at, v.column2), "_s
               + keepId.arg(3);
    return u"status = 'failed', failed_at = COALESCE(failed_at, v.column2), error_code = "
           "v.column3, error_title = v.column4, failure_class = v.column5, "_s
           + keepId.arg(6);
}

// The statuses a status may replace: never down, and failed never over delivered or read.
QString replaces(const QString &status)
{
    if (status == u"failed")
        return u"('pending', 'sending', 'unknown', 'sent')"_s;
    return u"('pending', 'sending', 'unknown', 'sent', 'delivered', 'read')"_s;
}

QString updateSql(const QString &status, bool byId, qsizetype rows)
{
    const QString target = byId ? u"CAST(? AS BIGINT)"_s : u"CAST(? AS TEXT)"_s;
    const QString row = status == u"failed"
                            ? u"("_s + target
                                  + u", CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT), "
                                    "CAST(? AS TEXT), CAST(? AS TEXT))"_s
                            : u"("_s + target + u", CAST(? AS BIGINT), CAST(? AS TEXT))"_s;
    const QString column = byId ? u"id"_s : u"provider_message_id"_s;
    return u"UPDATE recipients SET "_s + assignments(status) + u" FROM (VALUES "_s
           + QStringList(rows, row).join(u", "_s) + u") AS v WHERE recipients."_s + column
           + u" = v.column1 AND recipients.status IN "_s + replaces(status) + u" RETURNING "_s
           + column + u", broadcast_id"_s;
}

std::optional<AnswerClass> answerClass(const StatusEvent &e)
{
    const int code = e.errorCode.toInt();
    return e.source == u"twilio" ? AnswerClassifier::twilioCodeClass(code)
                                 : AnswerClassifier::metaCodeClass(code);
}

QVariantList values(const StatusEvent &e, qint64 at, bool byId)
{
    const QVariant target = byId ? QVariant(e.recipientId) : QVariant(e.messageId);
    if (e.status != u"failed")
        return {target, at, Sql::nullIfEmpty(e.messageId)};
    const int code = e.errorCode.toInt();
    QString explanation = e.source == u"twilio" ? AnswerClassifier::twilioExplanation(code)
                                                : AnswerClassifier::metaExplanation(code);
    if (explanation.isEmpty())
        explanation = e.errorTitle;
    return {target,
            at,
            Sql::nullIfEmpty(e.errorCode),
            Sql::nullIfEmpty(explanation),
            answerClassToString(answerClass(e).value_or(AnswerClass::RecipientPermanent)),
            Sql::nullIfEmpty(e.messageId)};
}

QString targetKey(const StatusEvent &e, bool byId)
{
    return byId ? QString::number(e.recipientId) : e.messageId;
}

} // namespace

StatusApplier::StatusApplier(const QSqlDatabase &db)
    : m_db(db)
{
}

StatusApplier::~StatusApplier() = default;

void StatusApplier::add(qint64 eventId, const StatusEvent &event, qint64 at, qint64 receivedAt)
{
    const int rank = int(kStatuses.indexOf(event.status));
    if (rank < 0)
        return;
    m_groups[{rank, event.recipientId > 0}].push_back({eventId, event, at, receivedAt});
}

Sql::Statement &StatusApplier::statement(const QString &sql)
{
    auto &slot = m_statements[sql];
    if (!slot)
        slot = std::make_unique<Sql::Statement>(m_db, sql, tr("apply message statuses"));
    return *slot;
}

Result<StatusApplier::Outcome> StatusApplier::apply(qint64 giveUpBefore)
{
    Outcome outcome;
    for (const auto &[key, group] : m_groups) {
        if (auto done = applyGroup(kStatuses[key.first], key.second, group, giveUpBefore, outcome);
            !done)
            return done.error();
    }
    return outcome;
}

Result<void> StatusApplier::applyGroup(const QString &status, bool byId, const Group &group,
                                       qint64 giveUpBefore, Outcome &outcome)
{
    auto changed = changedTargets(status, byId, group, outcome);
    if (!changed)
        return changed.error();
    QStringList unmatched;
    for (const Pending &p : group) {
        if (!byId && !changed->contains(p.event.messageId))
            unmatched << p.event.messageId;
    }
    auto known = knownMessages(unmatched);
    if (!known)
        return known.error();
    for (const Pending &p : group) {
        const bool hit = changed->contains(targetKey(p.event, byId));
        const bool unknownMessage = !byId && !hit && !known->contains(p.event.messageId);
        if (unknownMessage && p.receivedAt >= giveUpBefore) {
            ++outcome.waiting; // its send result may still come
            continue;
        }
        outcome.applied << p.eventId;
        if (hit && status == u"failed" && answerClass(p.event) == AnswerClass::RecipientOptedOut)
            outcome.optOuts << p.event;
    }
    return {};
}

// Runs the UPDATEs of one group; the targets (recipient ids or message ids) they changed.
Result<QSet<QString>> StatusApplier::changedTargets(const QString &status, bool byId,
                                                    const Group &group, Outcome &outcome)
{
    QSet<QString> changed;
    for (size_t start = 0; start < group.size(); start += kRowsPerStatement) {
        const size_t rows = std::min<size_t>(kRowsPerStatement, group.size() - start);
        QVariantList bound;
        for (size_t i = start; i < start + rows; ++i)
            bound << values(group[i].event, group[i].at, byId);
        Sql::Statement &update = statement(updateSql(status, byId, qsizetype(rows)));
        if (auto ran = update.run(bound); !ran)
            return ran.error();
        QSqlQuery &q = update.query();
        while (q.next()) {
            changed.insert(q.value(0).toString());
            outcome.broadcasts.insert(q.value(1).toLongLong());
        }
        q.finish();
    }
    return changed;
}

Result<QSet<QString>> StatusApplier::knownMessages(const QStringList &messageIds)
{
    QSet<QString> known;
    for (qsizetype start = 0; start < messageIds.size(); start += kRowsPerStatement) {
        const QStringList part = messageIds.mid(start, kRowsPerStatement);
        auto q = Sql::exec(m_db,
                           u"SELECT provider_message_id FROM recipients WHERE "
                           "provider_message_id IN ("_s
                               + Sql::placeholders(part.size()) + u")"_s,
                           QVariantList(part.begin(), part.end()),
                           tr("find the messages of statuses"));
        if (!q)
            return q.error();
        while (q->next())
            known.insert(q->value(0).toString());
    }
    return known;
}

} // namespace megaphone
