// The dashboard's live broadcast figures, offscreen on both database backends: a known
// broadcast shows the right numbers, rows changed behind its back appear by themselves,
// "accepted" instead of "sent" until a delivery report arrives, the picker.
// With MEGAPHONE_SCREENSHOTS=DIR set, the page with a busy sample broadcast is saved there.
#include "../sending/StatsFixture.h"
#include "AnswerClassifier.h"
#include "Clock.h"
#include "Sql.h"
#include "dashboard/BroadcastStatsPanel.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/FunnelWidget.h"
#include "dashboard/LiveBroadcastView.h"
#include "dashboard/QuotaGauge.h"
#include "dashboard/ThroughputChart.h"
#include "widgets/EmptyState.h"

#include <QComboBox>
#include <QLabel>
#include <QRandomGenerator>
#include <QTableWidget>
#include <QThreadPool>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {
constexpr qint64 kNow = 1'800'000'000'500;
} // namespace

class TestDashboard : public QObject, public test::StatsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init()
    {
        MEGAPHONE_OPEN_TEST_DB(m_test);
        Clock::setFixedForTesting(kNow);
    }
    void cleanup()
    {
        m_page.reset();
        QThreadPool::globalInstance()->waitForDone(); // a read in flight still uses the database
        m_test.reset();
        Clock::setFixedForTesting(0);
    }

    void emptyWithoutBroadcasts();
    void showsTheKnownBroadcast();
    void updatesWhenRowsChange();
    void readsOnlyWhileVisible();
    void acceptedUntilDeliveryReportsArrive();
    void pickerDefaultsToTheRunningOne();
    void screenshots();

private:
    void openPage()
    {
        m_page = std::make_unique<DashboardPage>(db());
        m_page->resize(1180, 1500);
        m_page->show();
    }
    LiveBroadcastView *view() const { return m_page->liveBroadcast(); }
    BroadcastStatsPanel *panel() const { return view()->panel(); }
    qint64 funnel(const QString &key) const { return panel()->funnel()->row(key).count; }
    void addSampleRecipients(qint64 broadcastId);

    std::unique_ptr<DashboardPage> m_page;
};

void TestDashboard::emptyWithoutBroadcasts()
{
    openPage();
    auto *empty = m_page->findChild<EmptyState *>(u"noBroadcastYet"_s);
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(!panel()->isVisible());
    QCOMPARE(view()->isListening(), db()->isPostgres());
}

void TestDashboard::showsTheKnownBroadcast()
{
    const Known known = addKnownBroadcast(kNow);
    openPage();
    QTRY_COMPARE(view()->shownBroadcastId(), known.broadcastId);
    QTRY_VERIFY(panel()->isVisible());
    QCOMPARE(funnel(u"total"_s), 20);
    QCOMPARE(funnel(u"sent"_s), 11);
    QCOMPARE(funnel(u"delivered"_s), 5);
    QCOMPARE(funnel(u"read"_s), 2);
    QCOMPARE(funnel(u"replied"_s), 1);
    QCOMPARE(funnel(u"pending"_s), 2);
    QCOMPARE(funnel(u"failed"_s), 3);
    QCOMPARE(funnel(u"skipped"_s), 2);
    QCOMPARE(funnel(u"unknown"_s), 1);
    QCOMPARE(FunnelWidget::valueText(panel()->funnel()->row(u"sent"_s)), u"11 (55.0%)"_s);
    QCOMPARE(panel()->funnel()->row(u"sent"_s).label, u"Sent"_s);

    QCOMPARE(panel()->throughput()->series().capMps, 50.0);
    QCOMPARE(panel()->throughput()->peak(), 5.0);

    QTableWidget *failures = panel()->failures();
    QCOMPARE(failures->rowCount(), 4);
    QCOMPARE(failures->item(0, 0)->text(), u"2"_s);
    QCOMPARE(failures->item(0, 2)->text(), AnswerClassifier::metaExplanation(131026));
    QCOMPARE(failures->item(0, 3)->text(), u"131026"_s);
    QCOMPARE(failures->item(1, 3)->text(), u"opted-out"_s);

    QCOMPARE(panel()->quota()->headline(), u"84 of 100 left"_s);
    QVERIFY2(panel()->quota()->detail().contains(u"16 people"), qPrintable(panel()->quota()->detail()));
    QVERIFY2(panel()->etaText().contains(u"About 9 s left"), qPrintable(panel()->etaText()));
    QVERIFY(!m_page->findChild<QLabel *>(u"noDeliveryReports"_s)->isVisible());
}

void TestDashboard::updatesWhenRowsChange()
{
    const Known known = addKnownBroadcast(kNow);
    openPage();
    QTRY_COMPARE(funnel(u"delivered"_s), 5);
    // Written by "another process": this thread's connection, not the page's readers.
    setRecipient(known.recipientIds.at(0), u"delivered"_s, kNow - 3000, kNow - 2000);
    setRecipient(known.recipientIds.at(1), u"failed"_s, kNow - 3000, 0, u"131026"_s, u"x"_s);
    QTRY_COMPARE(funnel(u"delivered"_s), 6);
    QTRY_COMPARE(funnel(u"failed"_s), 4);
    QCOMPARE(funnel(u"pending"_s), 0);
    QCOMPARE(panel()->failures()->item(0, 0)->text(), u"3"_s);
    exec(u"UPDATE broadcasts SET status = 'completed', finished_at = ? WHERE id = ?"_s,
         {kNow, known.broadcastId});
    QTRY_VERIFY2(panel()->etaText().startsWith(u"Finished"), qPrintable(panel()->etaText()));
}

void TestDashboard::readsOnlyWhileVisible()
{
    const Known known = addKnownBroadcast(kNow);
    openPage();
    QTRY_COMPARE(funnel(u"delivered"_s), 5);
    m_page->hide();
    QThreadPool::globalInstance()->waitForDone(); // a read begun before hiding ends first
    QCoreApplication::processEvents();
    setRecipient(known.recipientIds.at(0), u"delivered"_s, kNow - 3000, kNow - 2000);
    QTest::qWait(1500); // more than a poll: nothing is read while hidden
    QCOMPARE(funnel(u"delivered"_s), 5);
    m_page->show();
    QTRY_COMPARE(funnel(u"delivered"_s), 6);
}

void TestDashboard::acceptedUntilDeliveryReportsArrive()
{
    const Known known = addPendingBroadcast(kNow);
    setRecipient(known.recipientIds.at(0), u"sent"_s, kNow - 3000, kNow - 2000);
    openPage();
    QTRY_COMPARE(funnel(u"sent"_s), 1);
    const FunnelWidget::Row sent = panel()->funnel()->row(u"sent"_s);
    QCOMPARE(sent.label, u"Accepted by WhatsApp"_s);
    QVERIFY(!panel()->funnel()->row(u"delivered"_s).known);
    QVERIFY(m_page->findChild<QLabel *>(u"noDeliveryReports"_s)->isVisible());

    setRecipient(known.recipientIds.at(0), u"delivered"_s, kNow - 3000, kNow - 2000);
    QTRY_VERIFY(panel()->funnel()->row(u"delivered"_s).known);
    QCOMPARE(panel()->funnel()->row(u"sent"_s).label, u"Sent"_s);
    QVERIFY(!m_page->findChild<QLabel *>(u"noDeliveryReports"_s)->isVisible());
}

void TestDashboard::pickerDefaultsToTheRunningOne()
{
    const Known running = addKnownBroadcast(kNow);
    const Known done = addPendingBroadcast(kNow, running.accountId);
    exec(u"UPDATE broadcasts SET status = 'completed', name = 'Winter', finished_at = ? "
         "WHERE id = ?"_s, {kNow - 1000, done.broadcastId});
    openPage();
    QTRY_COMPARE(view()->shownBroadcastId(), running.broadcastId);
    QComboBox *picker = view()->picker();
    QCOMPARE(picker->count(), 2);
    QCOMPARE(picker->currentData().toLongLong(), running.broadcastId);
    // Choosing the other one shows it, and it stays chosen on the next reads.
    const int other = picker->findData(done.broadcastId);
    QVERIFY(other >= 0);
    picker->setCurrentIndex(other);
    Q_EMIT picker->activated(other);
    QTRY_COMPARE(view()->shownBroadcastId(), done.broadcastId);
    QTRY_COMPARE(funnel(u"pending"_s), 20);
    QTest::qWait(1200);
    QCOMPARE(view()->shownBroadcastId(), done.broadcastId);
    QCOMPARE(picker->currentData().toLongLong(), done.broadcastId);
}

void TestDashboard::screenshots()
{
    const QString dir = qEnvironmentVariable("MEGAPHONE_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("MEGAPHONE_SCREENSHOTS is not set");
    if (db()->isPostgres())
        QSKIP("the same page as on SQLite: taken once");
    const Known known = addKnownBroadcast(kNow);
    exec(u"UPDATE broadcasts SET name = 'Spring sale: 25% off' WHERE id = ?"_s,
         {known.broadcastId});
    exec(u"UPDATE portfolios SET messaging_tier = 100000"_s, {});
    addSampleRecipients(known.broadcastId);
    openPage();
    QTRY_VERIFY(funnel(u"total"_s) > 1000);
    QTRY_VERIFY(panel()->isVisible());
    QVERIFY(m_page->grab().save(dir + u"/dashboard.png"_s));
}

// A busy broadcast for the screenshot: sending started 4 minutes ago, ramped up to about
// the cap, with delivery reports, replies and a few failures.
void TestDashboard::addSampleRecipients(qint64 broadcastId)
{
    QRandomGenerator random(7);
    const QString insert = u"INSERT INTO recipients (broadcast_id, phone_e164, status, "
                           "claimed_at, sent_at, delivered_at, read_at, replied_at, error_code, "
                           "error_title, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s;
    int phone = 0;
    const auto add = [&](const QString &status, qint64 sentAt, const QString &code = {}) {
        const bool delivered = status == u"delivered" || status == u"read";
        const bool replied = status == u"read" && random.bounded(10) == 0;
        exec(insert, {broadcastId, u"+3161%1"_s.arg(phone++, 7, 10, QLatin1Char('0')), status,
                      sentAt > 0 ? QVariant(sentAt - 200) : QVariant(kNow - 60000),
                      Sql::nullIfZero(sentAt), Sql::nullIfZero(delivered ? sentAt + 900 : 0),
                      Sql::nullIfZero(status == u"read" ? sentAt + 30000 : 0),
                      Sql::nullIfZero(replied ? sentAt + 60000 : 0), Sql::nullIfEmpty(code),
                      QVariant()});
    };
    auto done = db()->transaction([&]() -> Result<void> {
        for (int second = 240; second > 0; --second) {
            const double ramp = std::min(1.0, (240 - second) / 20.0);
            const int count = int(ramp * (44 + random.bounded(6)));
            for (int i = 0; i < count; ++i) {
                const qint64 at = kNow - second * 1000 + random.bounded(1000);
                const int dice = random.bounded(100);
                const QString status = second < 8 ? u"sent"_s
                                       : dice < 45 ? u"read"_s
                                       : dice < 85 ? u"delivered"_s
                                                   : u"sent"_s;
                add(status, at);
            }
        }
        for (int i = 0; i < 3000; ++i)
            add(u"pending"_s, 0);
        for (int i = 0; i < 90; ++i)
            add(u"failed"_s, 0, i < 60 ? u"131026"_s : i < 80 ? u"131049"_s : u"131050"_s);
        for (int i = 0; i < 6; ++i)
            add(u"unknown"_s, 0);
        return {};
    });
    QVERIFY(done.ok());
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
