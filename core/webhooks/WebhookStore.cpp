#include "WebhookStore.h"

#include "AnswerClassifier.h"
#include "AuditLog.h"
#include "BroadcastWatcher.h"
#include "Database.h"
#include "Sql.h"
#include "StatusApplier.h"
#include "TeamSettings.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr qint64 kGiveUpMs = 24 * 3600 * 1000; // a status for a message never recorded

// What one batch needs, prepared once.
struct Batch
{
    explicit Batch(const QSqlDatabase &db)
        : optOutByRecipient(db,
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
    {
    }

    Sql::Statement optOutByRecipient;
    Sql::Statement optOutByMessage;
    Sql::Statement consentByPhone;
    Sql::Statement reply;
    QStringList keywords;
    ApplyReport report;
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

// A failure that opted the contact out of marketing (131050), with the audit trail.
Result<void> optOut(Batch &batch, const std::shared_ptr<const Database> &db, const StatusEvent &e)
{
    const qint64 at = e.atMs;
    auto out = e.recipientId > 0
                   ? batch.optOutByRecipient.run({at, u"provider"_s, at, e.recipientId})
                   : batch.optOutByMessage.run({at, u"provider"_s, at, e.messageId});
    if (!out)
        return out.error();
    if (out.value() == 0)
        return {};
    ++batch.report.optedOut;
    return AuditLog(db).record(u"webhook"_s, u"consent.change"_s, u"message/"_s + e.messageId,
                               {{u"consent"_s, u"opted_out"_s}, {u"source"_s, u"provider"_s},
                                {u"why"_s, e.errorCode}});
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
    constexpr qsizetype rowsPerStatement = 250;
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

Result<ApplyReport> WebhookStore::applyPending(int limit, qint64 nowMs, Locked locked)
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
                                  + (!m_db->isPostgres()        ? QString()
                                     : locked == Locked::Skip ? u" FOR UPDATE SKIP LOCKED"_s
                                                              : u" FOR UPDATE"_s),
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
        StatusApplier statuses(connection);
        QList<qint64> appliedIds;
        // Statuses first, set-based; then what customers sent, in arrival order.
        for (const Row &row : std::as_const(events)) {
            if (row.payload.value(u"kind").toString() != u"status")
                continue;
            StatusEvent e = StoredEvent::status(row.payload);
            if (e.atMs <= 0)
                e.atMs = row.receivedAt;
            statuses.add(row.id, e, e.atMs, row.receivedAt);
        }
        auto outcome = statuses.apply(nowMs - kGiveUpMs);
        if (!outcome)
            return outcome.error();
        for (const StatusEvent &e : std::as_const(outcome->optOuts)) {
            if (auto out = optOut(batch, m_db, e); !out)
                return out;
        }
        appliedIds = outcome->applied;
        batch.report.waiting = outcome->waiting;
        for (const Row &row : std::as_const(events)) {
            const QString kind = row.payload.value(u"kind").toString();
            if (kind == u"inbound") {
                if (auto inbound = applyInbound(batch, m_db, StoredEvent::inbound(row.payload),
                                                row.receivedAt);
                    !inbound)
                    return inbound;
            } else if (kind == u"preference") {
                const PreferenceEvent e = StoredEvent::preference(row.payload);
                auto changed = changeConsent(batch, m_db, e.fromPhone, e.value == u"resume",
                                             u"whatsapp-"_s + e.value,
                                             e.atMs > 0 ? e.atMs : row.receivedAt, e.category);
                if (!changed)
                    return changed.error();
                batch.report.optedOut += changed.value() && e.value == u"stop" ? 1 : 0;
            } else if (kind == u"status") {
                continue; // applied above
            }
            appliedIds << row.id;
        }
        batch.report.applied = int(appliedIds.size());
        // Dashboards in other processes hear of the broadcasts that moved.
        for (qint64 broadcast : std::as_const(outcome->broadcasts)) {
            if (auto told = BroadcastWatcher::notify(*m_db, broadcast,
                                                     BroadcastWatcher::Change::Progress);
                !told)
                return told;
        }
        batch.report.broadcasts = QList<qint64>(outcome->broadcasts.begin(),
                                                outcome->broadcasts.end());
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
