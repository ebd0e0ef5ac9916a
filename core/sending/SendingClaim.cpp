// SendingStore's claim and the portfolio's rolling 24-hour quota.
#include "SendingStore.h"

#include "Database.h"
#include "Sql.h"

#include <QSet>
#include <QVariant>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
// The first key of the portfolio-wide advisory lock (the second is the portfolio id).
constexpr int kQuotaLockKey = 7106106;
constexpr qsizetype kChunk = 500;

// Restricts recipients `q` to the broadcasts whose quota is shared with: every
// account of the portfolio, or without one, the broadcast's own account.
QString quotaScope(qint64 portfolioId, qint64 broadcastId, QVariantList &values)
{
    if (portfolioId > 0) {
        values.append(portfolioId);
        return u"q.broadcast_id IN (SELECT qb.id FROM broadcasts qb JOIN accounts qa ON "
               "qa.id = qb.account_id WHERE qa.portfolio_id = ?)"_s;
    }
    values.append(broadcastId);
    return u"q.broadcast_id IN (SELECT qb.id FROM broadcasts qb WHERE qb.account_id = "
           "(SELECT account_id FROM broadcasts WHERE id = ?))"_s;
}

struct QuotaState
{
    qint64 used = 0; // unique phones in the window
    qint64 earliestFreeMs = 0; // when the first of them leaves it
};

// Unique phones claimed in the window, each counted from its latest claim.
Result<QuotaState> readQuota(
    const Database &db, qint64 portfolioId, qint64 broadcastId, qint64 fromMs, qint64 toMs)
{
    QVariantList values;
    const QString scope = quotaScope(portfolioId, broadcastId, values);
    values << fromMs << toMs;
    auto q = Sql::exec(db.connection(),
        u"SELECT COUNT(*), MIN(last_claim) FROM (SELECT q.phone_e164, "
        "MAX(q.claimed_at) AS last_claim FROM recipients q WHERE "_s
            + scope
            + u" AND q.claimed_at > ? AND q.claimed_at <= ? AND "
              "q.status <> 'skipped' GROUP BY q.phone_e164) reached"_s,
        values, SendingStore::tr("count the portfolio's messaging quota"));
    if (!q)
        return q.error();
    QuotaState state;
    if (q->next()) {
        state.used = q->value(0).toLongLong();
        if (state.used > 0)
            state.earliestFreeMs = q->value(1).toLongLong() + kDayMs;
    }
    return state;
}

struct Candidate
{
    ClaimedRecipient recipient;
    bool reached = false; // its phone already counts in the window
};

} // namespace

Result<qint64> SendingStore::quotaUsed(qint64 portfolioId, qint64 nowMs)
{
    auto usage = quotaUsage(portfolioId, nowMs);
    if (!usage)
        return usage.error();
    return usage->used;
}

Result<QuotaUsage> SendingStore::quotaUsage(qint64 portfolioId, qint64 nowMs)
{
    if (portfolioId <= 0)
        return QuotaUsage{};
    auto state = readQuota(*m_db, portfolioId, 0, nowMs - kDayMs, nowMs);
    if (!state)
        return state.error();
    return QuotaUsage{state->used, state->earliestFreeMs};
}

Result<ClaimBatch> SendingStore::claim(qint64 broadcastId, qint64 portfolioId, int tier, int limit,
    qint64 nowMs, const QString &claimId)
{
    ClaimBatch batch;
    const QSqlDatabase connection = m_db->connection();
    const bool postgres = m_db->isPostgres();

    // Every candidate due now, in id order, with whether its phone is already counted.
    const auto selectCandidates = [&]() -> Result<QList<Candidate>> {
        QVariantList values;
        QString reached = u"0"_s;
        if (tier > 0) {
            values << nowMs - kDayMs;
            reached = u"CASE WHEN EXISTS (SELECT 1 FROM recipients q WHERE q.phone_e164 = "
                      "r.phone_e164 AND q.claimed_at > ? AND q.status <> 'skipped' AND "_s
                + quotaScope(portfolioId, broadcastId, values) + u") THEN 1 ELSE 0 END"_s;
        }
        values << broadcastId << nowMs << limit;
        auto q = Sql::exec(connection,
            u"SELECT r.id, r.contact_id, r.phone_e164, r.attempts, "_s + reached
                + u" FROM recipients r WHERE r.broadcast_id = ? AND r.status = "
                  "'pending' AND (r.next_attempt_at IS NULL OR r.next_attempt_at <= ?) "
                  "ORDER BY r.id LIMIT ?"_s
                + (postgres ? u" FOR UPDATE OF r SKIP LOCKED"_s : QString()),
            values, tr("find recipients to send to"));
        if (!q)
            return q.error();
        QList<Candidate> candidates;
        while (q->next()) {
            candidates.append({ { q->value(0).toLongLong(), q->value(1).toLongLong(),
                                    q->value(2).toString(), q->value(3).toInt() + 1 },
                q->value(4).toInt() != 0 });
        }
        return candidates;
    };

    // Marks the chosen rows `sending` under the claim.
    const auto markClaimed = [&](const QList<ClaimedRecipient> &chosen) -> Result<void> {
        for (qsizetype start = 0; start < chosen.size(); start += kChunk) {
            const QList<ClaimedRecipient> chunk = chosen.mid(start, kChunk);
            QVariantList values { claimId, nowMs };
            for (const ClaimedRecipient &r : chunk)
                values.append(r.id);
            auto q = Sql::exec(connection,
                u"UPDATE recipients SET status = 'sending', claim_id = ?, "
                "claimed_at = ?, attempts = attempts + 1 WHERE status = 'pending' "
                "AND id IN ("_s
                    + Sql::placeholders(chunk.size()) + u")"_s,
                values, tr("claim recipients"));
            if (!q)
                return q.error();
            if (q->numRowsAffected() != chunk.size()) {
                return makeError(u"claim-conflict"_s,
                    tr("Another sender claimed some of the same recipients; "
                       "nothing was claimed."));
            }
        }
        return {};
    };

    // PostgreSQL without a quota: one statement claims and returns the rows.
    const auto claimAtOnce = [&]() -> Result<void> {
        auto q = Sql::exec(connection,
            u"UPDATE recipients SET status = 'sending', claim_id = ?, "
            "claimed_at = ?, attempts = attempts + 1 WHERE id IN (SELECT id FROM "
            "recipients WHERE broadcast_id = ? AND status = 'pending' AND "
            "(next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT ? "
            "FOR UPDATE SKIP LOCKED) RETURNING id, contact_id, phone_e164, attempts"_s,
            { claimId, nowMs, broadcastId, nowMs, limit }, tr("claim recipients"));
        if (!q)
            return q.error();
        while (q->next()) {
            batch.recipients.append({ q->value(0).toLongLong(), q->value(1).toLongLong(),
                q->value(2).toString(), q->value(3).toInt() });
        }
        std::sort(batch.recipients.begin(), batch.recipients.end(),
            [](const ClaimedRecipient &a, const ClaimedRecipient &b) { return a.id < b.id; });
        return {};
    };

    // Takes candidates in order while the quota allows: phones already counted in the
    // window are free; every other new phone uses one unit of what is left.
    const auto claimWithinQuota = [&]() -> Result<void> {
        if (postgres) {
            auto locked = Sql::exec(connection, u"SELECT pg_advisory_xact_lock(?, ?)"_s,
                { kQuotaLockKey, static_cast<int>(portfolioId) },
                tr("lock the portfolio's messaging quota"));
            if (!locked)
                return locked.error();
        }
        auto quota = readQuota(
            *m_db, portfolioId, broadcastId, nowMs - kDayMs, std::numeric_limits<qint64>::max());
        if (!quota)
            return quota.error();
        auto candidates = selectCandidates();
        if (!candidates)
            return candidates.error();
        qint64 left = tier - quota->used;
        QSet<QString> newPhones;
        QList<ClaimedRecipient> chosen;
        for (const Candidate &c : std::as_const(candidates.value())) {
            if (c.reached || newPhones.contains(c.recipient.phoneE164)) {
                chosen.append(c.recipient);
            } else if (left > 0) {
                --left;
                newPhones.insert(c.recipient.phoneE164);
                chosen.append(c.recipient);
            } else {
                batch.quotaSpent = true;
            }
        }
        if (auto marked = markClaimed(chosen); !marked)
            return marked;
        batch.recipients = chosen;
        if (batch.quotaSpent) {
            // Counted again with this claim, whose phones now count from `nowMs`.
            auto after = readQuota(*m_db, portfolioId, broadcastId, nowMs - kDayMs,
                std::numeric_limits<qint64>::max());
            if (!after)
                return after.error();
            batch.quotaFreesAtMs = after->used > 0 ? after->earliestFreeMs : nowMs + kDayMs;
        }
        return {};
    };

    const auto claimAll = [&]() -> Result<void> {
        if (postgres)
            return claimAtOnce();
        auto candidates = selectCandidates();
        if (!candidates)
            return candidates.error();
        QList<ClaimedRecipient> chosen;
        for (const Candidate &c : std::as_const(candidates.value()))
            chosen.append(c.recipient);
        if (auto marked = markClaimed(chosen); !marked)
            return marked;
        batch.recipients = chosen;
        return {};
    };

    // What is left of the broadcast after the claim.
    const auto readProgress = [&]() -> Result<void> {
        auto due = Sql::exec(connection,
            u"SELECT MIN(next_attempt_at) FROM recipients WHERE broadcast_id = ? "
            "AND status = 'pending' AND next_attempt_at > ?"_s,
            { broadcastId, nowMs }, tr("find the next retry time"));
        if (!due)
            return due.error();
        if (due->next())
            batch.nextDueAtMs = due->value(0).toLongLong();
        if (!batch.recipients.isEmpty())
            return {};
        auto left = Sql::exec(connection,
            u"SELECT 1 FROM recipients WHERE broadcast_id = ? AND status IN "
            "('pending', 'sending') LIMIT 1"_s,
            { broadcastId }, tr("check what is left to send"));
        if (!left)
            return left.error();
        batch.nothingLeft = !left->next();
        return {};
    };

    auto done = m_db->transaction([&]() -> Result<void> {
        if (limit > 0) {
            auto claimed = tier > 0 ? claimWithinQuota() : claimAll();
            if (!claimed)
                return claimed;
        }
        return readProgress();
    });
    if (!done)
        return done.error();
    return batch;
}

} // namespace megaphone
