#include "StatsFixture.h"

#include "SendingStore.h"
#include "Sql.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace megaphone::test {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
}

void StatsFixture::exec(const QString &sql, const QVariantList &values)
{
    auto q = Sql::exec(db()->connection(), sql, values, u"prepare the test"_s);
    if (!q)
        qFatal("%s", qPrintable(q.error().message));
}

StatsFixture::Known StatsFixture::addPendingBroadcast(qint64 nowMs, qint64 accountId)
{
    Known known;
    known.accountId = accountId > 0 ? accountId : addAccount(QUrl(u"http://127.0.0.1:9"_s), false, 100);
    const QString tag = u"stats%1"_s.arg(m_nextPhone);
    addContacts(20, tag);
    known.broadcastId = addDraft(known.accountId, tag);
    const auto counts = SendingStore(db()).materialise(known.broadcastId, Audience{{tag}, {}, {}}, 0,
                                                       nowMs);
    if (!counts || counts->pending != 20)
        qFatal("the recipients were not added");
    exec(u"UPDATE broadcasts SET status = 'running', started_at = ?, max_mps = 50 WHERE id = ?"_s,
         {nowMs - 10 * 60 * 1000, known.broadcastId});
    auto q = Sql::exec(db()->connection(),
                       u"SELECT id FROM recipients WHERE broadcast_id = ? ORDER BY id"_s,
                       {known.broadcastId}, u"list recipients"_s);
    while (q && q->next())
        known.recipientIds.append(q->value(0).toLongLong());
    return known;
}

StatsFixture::Known StatsFixture::addKnownBroadcast(qint64 nowMs)
{
    const Known known = addPendingBroadcast(nowMs);
    const auto id = [&](int i) { return known.recipientIds.at(i); };
    const qint64 recently = nowMs - 20000;
    setRecipient(id(2), u"sending"_s, nowMs - 1000);
    for (int i = 3; i <= 7; ++i)
        setRecipient(id(i), u"sent"_s, recently, nowMs - 2000);
    for (int i = 8; i <= 10; ++i)
        setRecipient(id(i), u"delivered"_s, recently, nowMs - 10000);
    for (int i = 11; i <= 12; ++i)
        setRecipient(id(i), u"read"_s, recently, nowMs - 10000);
    exec(u"UPDATE recipients SET replied_at = ? WHERE id = ?"_s, {nowMs - 5000, id(11)});
    const QString notOnWhatsApp = u"not on WhatsApp (stored text)"_s;
    setRecipient(id(13), u"failed"_s, recently, 0, u"131026"_s, notOnWhatsApp);
    setRecipient(id(14), u"failed"_s, recently, 0, u"131026"_s, notOnWhatsApp);
    setRecipient(id(15), u"failed"_s, recently, 0, u"131050"_s, u"stopped marketing"_s);
    const QString optedOut = u"The contact opted out of marketing messages."_s;
    setRecipient(id(16), u"skipped"_s, 0, 0, u"opted-out"_s, optedOut);
    setRecipient(id(17), u"skipped"_s, 0, 0, u"opted-out"_s, optedOut);
    setRecipient(id(18), u"unknown"_s, recently);
    setRecipient(id(19), u"sent"_s, nowMs - 23 * kHourMs, nowMs - 60000);
    return known;
}

void StatsFixture::setRecipient(qint64 id, const QString &status, qint64 claimedAt, qint64 sentAt,
                                const QString &code, const QString &title)
{
    const bool delivered = status == u"delivered" || status == u"read";
    exec(u"UPDATE recipients SET status = ?, claimed_at = ?, sent_at = ?, delivered_at = ?, "
         "read_at = ?, failed_at = ?, error_code = ?, error_title = ?, attempts = ? WHERE id = ?"_s,
         {status, Sql::nullIfZero(claimedAt), Sql::nullIfZero(sentAt),
          Sql::nullIfZero(delivered ? sentAt + 1000 : 0),
          Sql::nullIfZero(status == u"read" ? sentAt + 2000 : 0),
          Sql::nullIfZero(status == u"failed" ? claimedAt + 500 : 0), Sql::nullIfEmpty(code),
          Sql::nullIfEmpty(title), claimedAt > 0 ? 1 : 0, id});
}

} // namespace megaphone::test
