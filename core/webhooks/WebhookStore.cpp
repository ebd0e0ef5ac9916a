#include "WebhookStore.h"

#include "AnswerClassifier.h"
#include "AuditLog.h"
#include "Database.h"
#include "Sql.h"
#include "TeamSettings.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr qint64 kGiveUpMs = 24 * 3600 * 1000; // a status for a message never recorded

const QString kBelowSent = u"('pending', 'sending', 'unknown')"_s;
const QString kLive = u"('pending', 'sending', 'unknown', 'sent', 'delivered', 'read')"_s;

// The UPDATE for one status, on recipients matched by id or by the provider's message id.
QString statusSql(const QString &status, bool byId)
{
    const QString target = byId ? u"id = ?"_s : u"provider_message_id = ?"_s;
    if (status == u"sent")
        return u"UPDATE recipients SET status = CASE WHEN status IN "_s + kBelowSent
               + u" THEN 'sent' ELSE status END, sent_at = COALESCE(sent_at, ?), "
                 "provider_message_id = COALESCE(provider_message_id, ?) WHERE "_s
               + target + u" AND status IN "_s + kLive;
    if (status == u"delivered")
        return u"UPDATE recipients SET status = CASE WHEN status IN ('pending', 'sending', "
               "'unknown', 'sent') THEN 'delivered' ELSE status END, delivered_at = "
               "COALESCE(delivered_at, ?), sent_at = COALESCE(sent_at, ?), provider_message_id "
               "= COALESCE(provider_message_id, ?) WHERE "_s
               + target + u" AND status IN "_s + kLive;
    if (status == u"read")
        return u"UPDATE recipients SET status = 'read', read_at = COALESCE(read_at, ?), "
               "delivered_at = COALESCE(delivered_at, ?), sent_at = COALESCE(sent_at, ?), "
               "provider_message_id = COALESCE(provider_message_id, ?) WHERE "_s
               + target + u" AND status IN "_s + kLive;
    // failed: never over delivered or read
    return u"UPDATE recipients SET status = 'failed', failed_at = COALESCE(failed_at, ?), "
           "error_code = ?, error_title = ?, failure_class = ?, provider_message_id = "
           "COALESCE(provider_message_id, ?) WHERE "_s
           + target + u" AND status IN ('pending', 'sending', 'unknown', 'sent')"_s;
}

QVariantList statusValues(const StatusEvent &e, qint64 at, const QVariant &target)
{
    if (e.status == u"sent")
        return {at, Sql::nullIfEmpty(e.messageId), target};
    if (e.status == u"delivered")
        return {at, at, Sql::nullIfEmpty(e.messageId), target};
    if (e.status == u"read")
        return {at, at, at, Sql::nullIfEmpty(e.messageId), target};
    const int code = e.errorCode.toInt();
    const bool twilio = e.source == u"twilio";
    const std::optional<AnswerClass> answerClass =
        twilio ? AnswerClassifier::twilioCodeClass(code) : AnswerClassifier::metaCodeClass(code);
    QString explanation = twilio ? AnswerClassifier::twilioExplanation(code)
                                 : AnswerClassifier::metaExplanation(code);
    if (explanation.isEmpty())
        explanation = e.errorTitle;
    return {at, Sql::nullIfEmpty(e.errorCode), Sql::nullIfEmpty(explanation),
            answerClassToString(answerClass.value_or(AnswerClass::RecipientPermanent)),
            Sql::nullIfEmpty(e.messageId), target};
}

bool optsOut(const StatusEvent &e)
{
    const int code = e.errorCode.toInt();
    const std::optional<AnswerClass> c = e.source == u"twilio"
                                             ? AnswerClassifier::twilioCodeClass(code)
                                             : AnswerClassifier::metaCodeClass(code);
    return e.status == u"failed" && c == AnswerClass::RecipientOptedOut;
}

// What one batch needs, prepared once.
struct Batch
{
    explicit Batch(const QSqlDatabase &db)
        : exists(db, u"SELECT 1 FROM recipients WHERE provider_message_id = ?"_s,
                 WebhookStore::tr("find the message of a status"))
        , optOutByRecipient(db,
                            u"UPDATE contacts SET consent = 'opted_out', opted_out_at = ?, "
                            "opt_out_source = ?, updated_at = ? WHERE consent <> 'opted_out' AND "
                            "id = (SELECT contact_id FROM recipients WHERE id = ?)"_s,
                            WebhookStore::tr("opt the contact out"))
        , optOutByMessage(db,
                          u"UPDATE contacts SET consent = 'opted_out', opted_out_at = ?, "
                          "opt_out_source = ?, updated_at = ? WHERE consent <> 'opted_out' AND "
                          "id = (SELECT contact_id FROM recipients WHERE provider_message_id = ? "
                          "LIMIT 1)"_s,
                          WebhookStore::tr("opt the contact out"))
        , consentByPhone(db,
                         u"UPDATE contacts SET consent = ?, opted_out_at = ?, opt_out_source = ?, "
                         "consent_source = ?, consent_at = ?, updated_at = ? WHERE phone_e164 = ? "
                         "AND consent <> ?"_s,
                         WebhookStore::tr("change the contact's consent"))
        , reply(db,
                u"UPDATE recipients SET replied_at = COALESCE(replied_at, ?) WHERE id = (SELECT "
                "r.id FROM recipients r JOIN contacts c ON c.id = r.contact_id WHERE "
                "c.phone_e164 = ? AND r.sent_at IS NOT NULL ORDER BY CASE WHEN "
                "r.provider_message_id = ? THEN 1 ELSE 0 END DESC, r.sent_at DESC, r.id DESC "
                "LIMIT 1)"_s,
                WebhookStore::tr("record a reply"))
        , connection(db)
    {
    }

    Sql::Statement exists;
    Sql::Statement optOutByRecipient;
    Sql::Statement optOutByMessage;
    Sql::Statement consentByPhone;
    Sql::Statement reply;
    QSqlDatabase connection;
    QHash<QString, Sql::Statement *> statuses;
    std::vector<std::unique_ptr<Sql::Statement>> owned;
    QStringList keywords;
    ApplyReport report;

    Sql::Statement &statusStatement(const QString &status, bool byId)
    {
        const QString key = status + (byId ? u":id"_s : u":message"_s);
        if (!statuses.contains(key)) {
            owned.push_back(std::make_unique<Sql::Statement>(
                connection, statusSql(status, byId), WebhookStore::tr("apply a message status")));
            statuses.insert(key, owned.back().get());
        }
        return *statuses.value(key);
    }
};

// Consent moves from a customer's own action, with the audit trail.
Result<bool> changeConsent(Batch &batch, const std::shared_ptr<const Database> &db,
                           const QString &phone, bool optIn, const QString &source, qint64 at,
                           const QString &why)
{
    const QString consent = optIn ? u"opted_in"_s : u"opted_out"_s;
    auto changed = batch.consentByPhone.run(
        {consent, optIn ? QVariant() : QVariant(at), optIn ? QVariant() : QVariant(source),
         optIn ? QVariant(source) : QVariant(), optIn ? QVariant(at) : QVariant(), at, phone,
         consent});
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return false;
    if (auto logged = AuditLog(db).record(u"webhook"_s, u"consent.change"_s, u"contact/"_s + phone,
                                          {{u"consent"_s, consent}, {u"source"_s, source},
                                           {u"why"_s, why}, {u"at"_s, at}});
        !logged)
        return logged.error();
    return true;
}

// True when applied (or there is nothing to apply), false while the message is unknown.
Result<bool> applyStatus(Batch &batch, const std::shared_ptr<const Database> &db,
                         const StatusEvent &e, qint64 receivedAt, qint64 nowMs)
{
    if (e.status != u"sent" && e.status != u"delivered" && e.status != u"read"
        && e.status != u"failed")
        return true; // played, deleted...: nothing to record
    const bool byId = e.recipientId > 0;
    const QVariant target = byId ? QVariant(e.recipientId) : QVariant(e.messageId);
    const qint64 at = e.atMs > 0 ? e.atMs : receivedAt;
    auto changed = batch.statusStatement(e.status, byId).run(statusValues(e, at, target));
    if (!changed)
        return changed.error();
    if (changed.value() == 0 && !byId) {
        auto found = batch.exists.run({e.messageId});
        if (!found)
            return found.error();
        if (!batch.exists.query().next())
            return nowMs - receivedAt > kGiveUpMs; // its send result may still come
    }
    if (changed.value() > 0 && optsOut(e)) {
        auto out = byId ? batch.optOutByRecipient.run({at, u"provider"_s, at, e.recipientId})
                        : batch.optOutByMessage.run({at, u"provider"_s, at, e.messageId});
        if (!out)
            return out.error();
        if (out.value() > 0) {
            ++batch.report.optedOut;
            (void)AuditLog(db).record(u"webhook"_s, u"consent.change"_s, u"message/"_s + e.messageId,
                                      {{u"consent"_s, u"opted_out"_s}, {u"source"_s, u"provider"_s},
                                       {u"why"_s, e.errorCode}});
        }
    }
    return true;
}

Result<void> applyInbound(Batch &batch, const std::shared_ptr<const Database> &db,
                          const InboundEvent &e, qint64 receivedAt)
{
    const qint64 at = e.atMs > 0 ? e.atMs : receivedAt;
    if (auto replied = batch.reply.run({at, e.fromPhone, e.contextId}); !replied)
        return replied.error();
    if (!WebhookStore::isOptOut(e.text, batch.keywords))
        return {};
    const QString source = e.type == u"text" ? u"keyword"_s : u"opt-out-button"_s;
    auto changed = changeConsent(batch, db, e.fromPhone, false, source, at, e.text.simplified());
    if (!changed)
        return changed.error();
    batch.report.optedOut += changed.value() ? 1 : 0;
    return {};
}

} // namespace

WebhookStore::WebhookStore(std::shared_ptr<const Database> db)
    : m_db(std::move(db))
{
}

bool WebhookStore::isOptOut(const QString &text, const QStringList &keywords)
{
    const auto normalise = [](const QString &s) {
        QString t = s.trimmed();
        while (!t.isEmpty() && (t.back().isPunct() || t.back().isSpace()))
            t.chop(1);
        while (!t.isEmpty() && (t.front().isPunct() || t.front().isSpace()))
            t.remove(0, 1);
        return t.simplified().toCaseFolded();
    };
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QString said = normalise(line);
        for (const QString &keyword : keywords) {
            if (!said.isEmpty() && said == normalise(keyword))
                return true;
        }
    }
    return false;
}

Result<int> WebhookStore::store(const QList<StoredEvent> &events, qint64 nowMs)
{
    // Many rows a statement: on PostgreSQL each statement is a round trip.
    constexpr qsizetype rowsPerStatement = 50;
    int added = 0;
    auto done = m_db->transaction([&]() -> Result<void> {
        std::unique_ptr<Sql::Statement> full;
        for (qsizetype start = 0; start < events.size(); start += rowsPerStatement) {
            const qsizetype rows = std::min(rowsPerStatement, events.size() - start);
            QStringList marks(rows, u"(?, ?, ?, ?)"_s);
            const QString sql = u"INSERT INTO webhook_events (received_at, source, dedupe_key, "
                                "payload) VALUES "_s
                                + marks.join(u", "_s) + u" ON CONFLICT (dedupe_key) DO NOTHING"_s;
            std::unique_ptr<Sql::Statement> partial;
            if (rows == rowsPerStatement && !full)
                full = std::make_unique<Sql::Statement>(m_db->connection(), sql,
                                                        tr("store webhook events"));
            if (rows != rowsPerStatement)
                partial = std::make_unique<Sql::Statement>(m_db->connection(), sql,
                                                           tr("store webhook events"));
            QVariantList values;
            values.reserve(rows * 4);
            for (qsizetype i = start; i < start + rows; ++i) {
                const StoredEvent &event = events[i];
                values << nowMs << event.payload.value(u"source").toString() << event.dedupeKey
                       << QString::fromUtf8(
                              QJsonDocument(event.payload).toJson(QJsonDocument::Compact));
            }
            auto inserted = (partial ? partial : full)->run(values);
            if (!inserted)
                return inserted.error();
            added += inserted.value();
        }
        return {};
    });
    if (!done)
        return done.error();
    return added;
}

Result<ApplyReport> WebhookStore::applyPending(int limit, qint64 nowMs)
{
    auto keywords = TeamSettings(m_db).optOutKeywords();
    if (!keywords)
        return keywords.error();
    ApplyReport report;
    auto done = m_db->transaction([&]() -> Result<void> {
        const QSqlDatabase connection = m_db->connection();
        auto rows = Sql::exec(connection,
                              u"SELECT id, received_at, payload FROM webhook_events WHERE "
                              "applied_at IS NULL ORDER BY id LIMIT ?"_s
                                  + (m_db->isPostgres() ? u" FOR UPDATE SKIP LOCKED"_s : QString()),
                              {limit}, tr("read webhook events"));
        if (!rows)
            return rows.error();
        // Read them all first: QPSQL drops a result still being read when the same
        // connection runs another statement.
        struct Row
        {
            qint64 id;
            qint64 receivedAt;
            QJsonObject payload;
        };
        QList<Row> events;
        while (rows->next())
            events.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(),
                           QJsonDocument::fromJson(rows->value(2).toString().toUtf8()).object()});
        Batch batch(connection);
        batch.keywords = keywords.value();
        QList<qint64> appliedIds;
        for (const Row &row : std::as_const(events)) {
            const qint64 id = row.id;
            const qint64 receivedAt = row.receivedAt;
            const QJsonObject &payload = row.payload;
            const QString kind = payload.value(u"kind").toString();
            bool applied = true;
            if (kind == u"status") {
                auto status = applyStatus(batch, m_db, StoredEvent::status(payload), receivedAt,
                                          nowMs);
                if (!status)
                    return status.error();
                applied = status.value();
            } else if (kind == u"inbound") {
                if (auto inbound = applyInbound(batch, m_db, StoredEvent::inbound(payload),
                                                receivedAt);
                    !inbound)
                    return inbound;
            } else if (kind == u"preference") {
                const PreferenceEvent e = StoredEvent::preference(payload);
                auto changed = changeConsent(batch, m_db, e.fromPhone, e.value == u"resume",
                                             u"whatsapp-"_s + e.value,
                                             e.atMs > 0 ? e.atMs : receivedAt, e.category);
                if (!changed)
                    return changed.error();
                batch.report.optedOut += changed.value() && e.value == u"stop" ? 1 : 0;
            }
            if (!applied) {
                ++batch.report.waiting;
                continue;
            }
            appliedIds << id;
            ++batch.report.applied;
        }
        // Marked in chunks: one statement (one round trip) per 500 events.
        constexpr qsizetype chunk = 500;
        for (qsizetype start = 0; start < appliedIds.size(); start += chunk) {
            const QList<qint64> part = appliedIds.mid(start, chunk);
            QVariantList values{nowMs};
            for (qint64 id : part)
                values << id;
            auto marked = Sql::exec(connection,
                                    u"UPDATE webhook_events SET applied_at = ? WHERE id IN ("_s
                                        + Sql::placeholders(part.size()) + u")"_s,
                                    values, tr("mark webhook events applied"));
            if (!marked)
                return marked.error();
        }
        report = batch.report;
        return {};
    });
    if (!done)
        return done.error();
    return report;
}

Result<qint64> WebhookStore::pendingCount()
{
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT COUNT(*) FROM webhook_events WHERE applied_at IS NULL"_s, {},
                       tr("count webhook events"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace megaphone
