// The review step's figures on both backends: recipients, the ETA and daily plan on a
// 250 tier, the cost from the team's price table (by the numbers' countries), and the
// pre-send checks (tier, +1 numbers, prices missing, a template not approved blocks).
#include "BroadcastStore.h"
#include "DispatcherFixture.h"
#include "SendReview.h"
#include "TeamSettings.h"
#include "TemplateStore.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestSendReview : public QObject, public test::DispatcherFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void figuresAndChecks();
    void unapprovedTemplateBlocks();

private:
    Broadcast draft(int germans, int americans);
    static bool has(const SendReview &review, ReviewCheck::Level level, const QString &words);
};

Broadcast TestSendReview::draft(int germans, int americans)
{
    const qint64 account = addAccount(QUrl(u"http://127.0.0.1:9"_s), true, 250);
    addContacts(germans);
    addContacts(americans, u"spring"_s, u"+1202555"_s, 4);
    return *BroadcastStore(db()).find(addDraft(account)).value();
}

bool TestSendReview::has(const SendReview &review, ReviewCheck::Level level, const QString &words)
{
    return std::any_of(review.checks.begin(), review.checks.end(), [&](const ReviewCheck &c) {
        return c.level == level && c.text.contains(words);
    });
}

void TestSendReview::figuresAndChecks()
{
    Broadcast broadcast = draft(300, 5);
    broadcast.maxMps = 50;
    TeamSettings::PriceTable prices;
    prices.currency = u"EUR"_s;
    prices.perMessage.insert(u"DE"_s, 0.1365);
    QVERIFY(TeamSettings(db()).setMarketingPrices(prices).ok());

    auto review = SendReview::make(db(), broadcast, 1750000000000);
    QVERIFY2(review.ok(), review.ok() ? "" : qPrintable(review.error().message));
    QCOMPARE(review->audience.willReceive, 305);
    QCOMPARE(review->mps, 50);
    QCOMPARE(review->tier, 250);
    QCOMPARE(review->plan.days.size(), 2);
    QCOMPARE(review->plan.days[0].messages, 250);
    QCOMPARE(review->plan.days[1].messages, 55);
    QCOMPARE(review->byRegion.value(u"DE"_s), 300);
    QCOMPARE(review->byRegion.value(u"US"_s), 5);
    QCOMPARE(review->currency, u"EUR"_s);
    QVERIFY(qAbs(review->cost - 300 * 0.1365) < 1e-9);
    QCOMPARE(review->unpriced, 5);
    QVERIFY(has(*review, ReviewCheck::Level::Warning, u"tier of 250"_s));
    QVERIFY(has(*review, ReviewCheck::Level::Warning, u"+1"_s));
    QVERIFY(has(*review, ReviewCheck::Level::Info, u"without a price"_s));
    QVERIFY(review->canSend());
}

void TestSendReview::unapprovedTemplateBlocks()
{
    const Broadcast broadcast = draft(3, 0);
    TemplateRecord templ = *TemplateStore(db()).find(broadcast.templateId).value();
    templ.status = u"PENDING"_s;
    QVERIFY(TemplateStore(db()).upsert(templ).ok());
    auto review = SendReview::make(db(), broadcast, 1750000000000);
    QVERIFY(review.ok());
    QVERIFY(has(*review, ReviewCheck::Level::Blocker, u"not approved"_s));
    QVERIFY(!review->canSend());
    QVERIFY(review->plan.describe().startsWith(u"about 1 minute"));
}

QTEST_GUILESS_MAIN(TestSendReview)
#include "tst_sendreview.moc"
