#pragma once

#include "ContactStore.h"
#include "SendingStore.h"
#include "TestDatabase.h"

#include <QVariant>

#include <memory>

namespace megaphone::test {

inline constexpr qint64 kT0 = 1'700'000'000'000;
inline constexpr qint64 kHour = 3600 * 1000;
inline constexpr qint64 kDay = 24 * kHour;

// A result of `answerClass` for a recipient claimed under `claimId`.
SendResult outcome(qint64 id, AnswerClass answerClass, const QString &code = {},
    const QString &messageId = {}, const QString &claimId = QStringLiteral("k"));

// Builds portfolios, accounts, broadcasts and contacts for SendingStore tests and
// reads recipient rows back with plain SQL.
class SendingFixture
{
public:
    std::shared_ptr<const Database> db() const { return m_test->db(); }
    qint64 addPortfolio(const QString &name, int tier);
    qint64 addAccount(qint64 portfolio);
    qint64 addBroadcast(qint64 account);
    qint64 addContact(Consent consent, const QStringList &tags = {});
    QVariant field(qint64 recipientId, const QString &column) const;
    QString status(qint64 recipientId) const
    {
        return field(recipientId, QStringLiteral("status")).toString();
    }
    qint64 recipientOf(qint64 broadcast, qint64 contact) const;
    void exec(const QString &sql, const QVariantList &values) const;
    // A broadcast on `account` with `count` new opted-in contacts, all pending.
    qint64 pendingBroadcast(qint64 account, int count);
    QList<qint64> ids(const ClaimBatch &batch) const;
    ClaimedRecipient claimOne(qint64 broadcast, const QString &claimId);

protected:
    std::unique_ptr<TestDatabase> m_test;
    int m_nextPhone = 0;
};

} // namespace megaphone::test
