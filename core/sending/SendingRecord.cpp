// SendingStore::record: the outcomes of sends, written in one transaction.
#include "SendingStore.h"

#include "AuditLog.h"
#include "Database.h"
#include "Sql.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

using Sql::Statement;

enum class Target { Sent, Pending, Failed, Unknown };

Target targetOf(const SendResult &result)
{
    switch (result.answerClass) {
    case AnswerClass::Accepted:
        return Target::Sent;
    case AnswerClass::NotAccepted:
    case AnswerClass::RateLimited:
    case AnswerClass::PairLimited:
        // Without a retry time the attempts ran out.
        return result.retryAtMs > 0 ? Target::Pending : Target::Failed;
    case AnswerClass::CampaignFatal:
        return Target::Pending;
    case AnswerClass::Ambiguous:
        return Target::Unknown;
    case AnswerClass::RecipientPermanent:
    case AnswerClass::RecipientOptedOut:
        return Target::Failed;
    }
    return Target::Unknown;
}

} // namespace

Result<void> SendingStore::record(const QList<SendResult> &results, qint64 nowMs)
{
    if (results.isEmpty())
        return {};
    const QSqlDatabase db = m_db->connection();
    return m_db->transaction([&]() -> Result<void> {
        // Ranks never move down: `sent` only from sending or unknown (a webhook may have
        // moved the row to delivered or read first; it keeps that, and gains the id).
        Statement sent(db,
            u"UPDATE recipients SET "
            "status = CASE WHEN status IN ('sending', 'unknown') THEN 'sent' "
            "ELSE status END, "
            "sent_at = CASE WHEN status = 'failed' THEN sent_at "
            "ELSE COALESCE(sent_at, ?) END, "
            "provider_message_id = COALESCE(provider_message_id, ?), "
            "error_code = CASE WHEN status IN ('sending', 'unknown') THEN NULL "
            "ELSE error_code END, "
            "error_title = CASE WHEN status IN ('sending', 'unknown') THEN NULL "
            "ELSE error_title END, "
            "failure_class = CASE WHEN status IN ('sending', 'unknown') THEN NULL "
            "ELSE failure_class END "
            "WHERE id = ? AND claim_id = ? AND status IN ('sending', 'unknown', "
            "'sent', 'delivered', 'read', 'failed')"_s,
            tr("record sent messages"));
        // Certainly not accepted: back in the queue.
        Statement pending(db,
            u"UPDATE recipients SET status = 'pending', next_attempt_at = ?, "
            "error_code = ?, error_title = ?, failure_class = ? "
            "WHERE id = ? AND claim_id = ? AND status = 'sending'"_s,
            tr("record sends to retry"));
        // Failed never replaces delivered or read.
        Statement failed(db,
            u"UPDATE recipients SET status = 'failed', failed_at = ?, "
            "next_attempt_at = NULL, error_code = ?, error_title = ?, "
            "failure_class = ? WHERE id = ? AND claim_id = ? AND status IN "
            "('pending', 'sending', 'unknown', 'sent')"_s,
            tr("record failed sends"));
        Statement unknown(db,
            u"UPDATE recipients SET status = 'unknown', error_code = ?, "
            "error_title = ?, failure_class = ? "
            "WHERE id = ? AND claim_id = ? AND status = 'sending'"_s,
            tr("record sends with an unknown outcome"));
        // The provider's word is proof enough, whatever became of the claim.
        Statement optOut(db,
            u"UPDATE contacts SET consent = 'opted_out', opted_out_at = ?, "
            "opt_out_source = 'provider', updated_at = ? WHERE consent <> 'opted_out' "
            "AND id = COALESCE(?, (SELECT contact_id FROM recipients WHERE id = ?))"_s,
            tr("mark the contact as opted out"));

        for (const SendResult &r : results) {
            const QString answerClass = answerClassToString(r.answerClass);
            const QVariant code = Sql::nullIfEmpty(r.code);
            const QVariant title = Sql::nullIfEmpty(r.explanation);
            Result<int> written = 0;
            switch (targetOf(r)) {
            case Target::Sent:
                written
                    = sent.run({ nowMs, Sql::nullIfEmpty(r.messageId), r.recipientId, r.claimId });
                break;
            case Target::Pending:
                written = pending.run({ Sql::nullIfZero(r.retryAtMs), code, title, answerClass,
                    r.recipientId, r.claimId });
                break;
            case Target::Failed:
                written = failed.run({ nowMs, code, title, answerClass, r.recipientId, r.claimId });
                break;
            case Target::Unknown:
                written = unknown.run({ code, title, answerClass, r.recipientId, r.claimId });
                break;
            }
            if (!written)
                return written.error();
            if (r.answerClass != AnswerClass::RecipientOptedOut)
                continue;
            auto changed
                = optOut.run({ nowMs, nowMs, Sql::nullIfZero(r.contactId), r.recipientId });
            if (!changed)
                return changed.error();
            if (changed.value() > 0) {
                QJsonObject details { { u"consent"_s, u"opted_out"_s },
                    { u"source"_s, u"provider"_s }, { u"recipient_id"_s, r.recipientId },
                    { u"code"_s, r.code } };
                if (r.contactId != 0)
                    details.insert(u"contact_id"_s, r.contactId);
                auto logged = AuditLog(m_db).record(
                    u"dispatcher"_s, u"consent.change"_s, u"contacts"_s, details);
                if (!logged)
                    return logged;
            }
        }
        return {};
    });
}

} // namespace megaphone
