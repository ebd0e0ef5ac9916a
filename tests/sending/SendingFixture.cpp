#include "SendingFixture.h"

#include "AccountStore.h"
#include "BroadcastStore.h"
#include "PortfolioStore.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace megaphone::test {

SendResult outcome(qint64 id, AnswerClass answerClass, const QString &code,
    const QString &messageId, const QString &claimId)
{
    SendResult r;
    r.recipientId = id;
    r.claimId = claimId;
    r.answerClass = answerClass;
    r.code = code;
    r.messageId = messageId;
    return r;
}

qint64 SendingFixture::addPortfolio(const QString &name, int tier)
{
    return PortfolioStore(m_test->db()).add({ 0, name, tier }).value();
}

qint64 SendingFixture::addAccount(qint64 portfolio)
{
    Account a;
    a.provider = ProviderKind::Sandbox;
    a.label = u"Number %1"_s.arg(++m_nextPhone);
    a.portfolioId = portfolio;
    return AccountStore(m_test->db()).add(a).value();
}

qint64 SendingFixture::addBroadcast(qint64 account)
{
    Broadcast b;
    b.name = u"Broadcast"_s;
    b.accountId = account;
    return BroadcastStore(m_test->db()).create(b).value();
}

qint64 SendingFixture::addContact(Consent consent, const QStringList &tags)
{
    Contact c;
    c.phoneE164 = u"+491510%1"_s.arg(++m_nextPhone, 6, 10, QLatin1Char('0'));
    c.consent = consent;
    c.tags = tags;
    return ContactStore(m_test->db()).add(c).value();
}

QVariant SendingFixture::field(qint64 recipientId, const QString &column) const
{
    QSqlQuery q(m_test->db()->connection());
    q.prepare(u"SELECT "_s + column + u" FROM recipients WHERE id = ?"_s);
    q.addBindValue(recipientId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

qint64 SendingFixture::recipientOf(qint64 broadcast, qint64 contact) const
{
    QSqlQuery q(m_test->db()->connection());
    q.prepare(u"SELECT id FROM recipients WHERE broadcast_id = ? AND contact_id = ?"_s);
    q.addBindValue(broadcast);
    q.addBindValue(contact);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

void SendingFixture::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_test->db()->connection());
    QVERIFY(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(sql));
}

qint64 SendingFixture::pendingBroadcast(qint64 account, int count)
{
    for (int i = 0; i < count; ++i)
        addContact(Consent::OptedIn);
    const qint64 broadcast = addBroadcast(account);
    // Exactly the contacts added just now.
    exec(u"INSERT INTO recipients (broadcast_id, contact_id, phone_e164) SELECT ?, id, phone_e164 "
         "FROM contacts ORDER BY id DESC LIMIT ?"_s,
        { broadcast, count });
    return broadcast;
}

QList<qint64> SendingFixture::ids(const ClaimBatch &batch) const
{
    QList<qint64> result;
    for (const ClaimedRecipient &r : batch.recipients)
        result.append(r.id);
    return result;
}

ClaimedRecipient SendingFixture::claimOne(qint64 broadcast, const QString &claimId)
{
    auto batch = SendingStore(db()).claim(broadcast, 0, 0, 1, kT0, claimId);
    if (!batch || batch->recipients.isEmpty())
        return {};
    return batch->recipients.first();
}

} // namespace megaphone::test
