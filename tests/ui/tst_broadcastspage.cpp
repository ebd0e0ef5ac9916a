// The Broadcasts page on both backends, offscreen: rows with their status in words and
// counts, actions enabled per state, each action changing the database, the report
// export, changes made behind the page's back appearing by themselves with the
// selection kept.
// With MEGAPHONE_SCREENSHOTS=DIR set, the page with sample broadcasts is saved as
// DIR/broadcasts-page.png.
#include "../sending/SendingFixture.h"
#include "BroadcastStore.h"
#include "Clock.h"
#include "RecipientReport.h"
#include "broadcasts/BroadcastActions.h"
#include "broadcasts/BroadcastListModel.h"
#include "broadcasts/BroadcastsPage.h"
#include "widgets/Dialogs.h"
#include "widgets/EmptyState.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;
using Kind = BroadcastActions::Kind;

class TestBroadcastsPage : public QObject, public test::SendingFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void initTestCase();
    void init();
    void cleanup();

    void emptyDatabaseSaysWhatComesHere();
    void rowsShowStatusAndCounts();
    void statusInWords();
    void actionsFollowTheState();
    void pauseResumeAndCancel();
    void errorIsShownInWords();
    void duplicateSelectsTheNewDraft();
    void retryFailedAndUnknown();
    void sendNowStartsAMissedSchedule();
    void exportWritesTheReport();
    void changesAppearByThemselves();
    void openIsASignal();
    void screenshots();

private:
    void openPage();
    // A broadcast named `name` in `status` whose `n` recipients are spread as given.
    qint64 seed(const QString &name, const QString &status,
                const QList<std::pair<QString, int>> &recipients = {});
    void setRecipients(qint64 broadcast, const QString &status, int n);
    QString statusOf(qint64 id) { return broadcastStatusToString(BroadcastStore(db()).find(id).value()->status); }
    QString cell(qint64 id, int column) const;
    void select(qint64 id);
    void trigger(Kind kind);
    qint64 count(const QString &sql, const QVariantList &values = {}) const;

    qint64 m_account = 0;
    std::unique_ptr<BroadcastsPage> m_page;
};

void TestBroadcastsPage::initTestCase()
{
    Dialogs::setTestMode(true);
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
}

void TestBroadcastsPage::init()
{
    Dialogs::reset();
    MEGAPHONE_OPEN_TEST_DB(m_test);
    m_account = addAccount(addPortfolio(u"Acme"_s, 0));
    exec(u"UPDATE accounts SET label = 'Brazil marketing' WHERE id = ?"_s, {m_account});
}

void TestBroadcastsPage::cleanup()
{
    m_page.reset();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    m_test.reset();
}

void TestBroadcastsPage::openPage()
{
    m_page = std::make_unique<BroadcastsPage>(db());
    QSignalSpy refreshed(m_page.get(), &BroadcastsPage::refreshed);
    m_page->resize(1280, 560);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(!refreshed.isEmpty());
}

qint64 TestBroadcastsPage::seed(const QString &name, const QString &status,
                                const QList<std::pair<QString, int>> &recipients)
{
    int total = 0;
    for (const auto &entry : recipients)
        total += entry.second;
    const qint64 id = pendingBroadcast(m_account, total);
    exec(u"UPDATE broadcasts SET name = ?, status = ? WHERE id = ?"_s, {name, status, id});
    for (const auto &[state, n] : recipients) {
        if (state != u"pending")
            setRecipients(id, state, n);
    }
    return id;
}

void TestBroadcastsPage::setRecipients(qint64 broadcast, const QString &status, int n)
{
    exec(u"UPDATE recipients SET status = ? WHERE id IN (SELECT id FROM recipients "
         "WHERE broadcast_id = ? AND status = 'pending' ORDER BY id LIMIT ?)"_s,
         {status, broadcast, n});
}

QString TestBroadcastsPage::cell(qint64 id, int column) const
{
    const BroadcastListModel *model = m_page->model();
    const int row = model->rowOf(id);
    return row < 0 ? u"<absent>"_s : model->index(row, column).data().toString();
}

void TestBroadcastsPage::select(qint64 id)
{
    m_page->selectBroadcast(id);
    QCOMPARE(m_page->selectedId(), id);
}

void TestBroadcastsPage::trigger(Kind kind)
{
    QAction *action = m_page->actions()->action(kind);
    QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    action->trigger();
}

qint64 TestBroadcastsPage::count(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(db()->connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestBroadcastsPage::emptyDatabaseSaysWhatComesHere()
{
    openPage();
    auto *empty = m_page->findChild<EmptyState *>(u"emptyState"_s);
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->title(), u"No broadcasts yet"_s);
    for (QAction *action : m_page->actions()->all())
        QVERIFY(!action->isEnabled());
}

void TestBroadcastsPage::rowsShowStatusAndCounts()
{
    const qint64 older = seed(u"Spring sale"_s, u"running"_s,
                              {{u"pending"_s, 2}, {u"sent"_s, 3}, {u"delivered"_s, 2},
                               {u"read"_s, 1}, {u"failed"_s, 2}});
    const qint64 newer = seed(u"Summer teaser"_s, u"draft"_s);
    openPage();
    QCOMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_page->model()->broadcastAt(0)->id, newer); // newest first
    QCOMPARE(cell(older, BroadcastListModel::Name), u"Spring sale"_s);
    QCOMPARE(cell(older, BroadcastListModel::Account), u"Brazil marketing"_s);
    QCOMPARE(cell(older, BroadcastListModel::Status), u"Running"_s);
    QCOMPARE(cell(older, BroadcastListModel::Sent), u"6"_s);
    QCOMPARE(cell(older, BroadcastListModel::Delivered), u"3"_s);
    QCOMPARE(cell(older, BroadcastListModel::Read), u"1"_s);
    QCOMPARE(cell(older, BroadcastListModel::Failed), u"2"_s);
    QCOMPARE(cell(older, BroadcastListModel::Progress), u"8 of 10"_s);
    const QModelIndex progress = m_page->model()->index(1, BroadcastListModel::Progress);
    QCOMPARE(progress.data(BroadcastListModel::DoneRole).toLongLong(), 8LL);
    QCOMPARE(progress.data(BroadcastListModel::TotalRole).toLongLong(), 10LL);
    QVERIFY(progress.data(Qt::ToolTipRole).toString().contains(u"Pending: 2"));
    QCOMPARE(cell(newer, BroadcastListModel::Status), u"Draft"_s);
    QCOMPARE(cell(newer, BroadcastListModel::Sent), QString()); // no recipients yet: blank
}

void TestBroadcastsPage::statusInWords()
{
    BroadcastSummary b;
    const QLocale c(QLocale::English, QLocale::UnitedKingdom);
    const qint64 now = QDateTime(QDate(2026, 3, 2), QTime(9, 0)).toMSecsSinceEpoch();
    b.status = BroadcastStatus::Paused;
    b.pauseReason = u"The template was paused by Meta."_s;
    QCOMPARE(BroadcastListModel::statusText(b, now, c), u"Paused: The template was paused by Meta."_s);
    b.pauseReason.clear();
    QCOMPARE(BroadcastListModel::statusText(b, now, c), u"Paused"_s);
    b.status = BroadcastStatus::Running;
    b.resumeAt = now + 5 * 3600 * 1000;
    QCOMPARE(BroadcastListModel::statusText(b, now, c), u"Running, waiting until 14:00"_s);
    b.resumeAt = now - 1000; // past: no longer waiting
    QCOMPARE(BroadcastListModel::statusText(b, now, c), u"Running"_s);
    b.status = BroadcastStatus::Scheduled;
    b.scheduledAt = QDateTime(QDate(2026, 3, 5), QTime(18, 30)).toMSecsSinceEpoch();
    const QString scheduled = BroadcastListModel::statusText(b, now, c);
    QVERIFY2(scheduled.startsWith(u"Scheduled for "_s) && scheduled.contains(u"18:30"),
             qPrintable(scheduled));
    b.status = BroadcastStatus::AwaitingConfirmation;
    QCOMPARE(BroadcastListModel::statusText(b, now, c), u"Awaiting confirmation"_s);
}

void TestBroadcastsPage::actionsFollowTheState()
{
    struct Case { const char16_t *status; QList<Kind> enabled; };
    const QList<Case> cases = {
        {u"draft", {Kind::Open, Kind::Cancel, Kind::Duplicate}},
        {u"scheduled", {Kind::Open, Kind::Cancel, Kind::Duplicate}},
        {u"awaiting_confirmation", {Kind::Open, Kind::SendNow, Kind::Cancel, Kind::Duplicate}},
        {u"running", {Kind::Open, Kind::Pause, Kind::Cancel, Kind::RetryFailed,
                      Kind::RetryUnknown, Kind::Duplicate, Kind::ExportReport}},
        {u"paused", {Kind::Open, Kind::Resume, Kind::Cancel, Kind::RetryFailed,
                     Kind::RetryUnknown, Kind::Duplicate, Kind::ExportReport}},
        {u"completed", {Kind::Open, Kind::RetryFailed, Kind::RetryUnknown, Kind::Duplicate,
                        Kind::ExportReport}},
        {u"cancelled", {Kind::Open, Kind::Duplicate, Kind::ExportReport}},
    };
    QHash<qint64, QList<Kind>> expected;
    for (const Case &c : cases) {
        // Drafts and scheduled broadcasts have no recipients yet.
        const bool materialised = c.enabled.contains(Kind::ExportReport);
        const qint64 id = seed(QString::fromUtf16(c.status), QString::fromUtf16(c.status),
                               materialised ? QList<std::pair<QString, int>>{{u"sent"_s, 1},
                                                                             {u"failed"_s, 1},
                                                                             {u"unknown"_s, 1}}
                                            : QList<std::pair<QString, int>>{});
        expected.insert(id, c.enabled);
    }
    const qint64 completedClean = seed(u"clean"_s, u"completed"_s, {{u"read"_s, 2}});
    expected.insert(completedClean, {Kind::Open, Kind::Duplicate, Kind::ExportReport});
    openPage();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        select(it.key());
        for (int kind = 0; kind < Kind::KindCount; ++kind) {
            QAction *action = m_page->actions()->action(Kind(kind));
            QVERIFY2(action->isEnabled() == it.value().contains(Kind(kind)),
                     qPrintable(cell(it.key(), BroadcastListModel::Name) + u": "_s
                                + action->objectName()));
        }
    }
}

void TestBroadcastsPage::pauseResumeAndCancel()
{
    const qint64 id = seed(u"Spring sale"_s, u"running"_s, {{u"pending"_s, 3}});
    openPage();
    select(id);
    trigger(Kind::Pause);
    QTRY_COMPARE(statusOf(id), u"paused"_s);
    QTRY_COMPARE(cell(id, BroadcastListModel::Status), u"Paused"_s); // no reason: the user's pause
    QTRY_VERIFY(m_page->actions()->action(Kind::Resume)->isEnabled());
    trigger(Kind::Resume);
    QTRY_COMPARE(statusOf(id), u"running"_s);
    QTRY_VERIFY(m_page->actions()->action(Kind::Pause)->isEnabled());

    Dialogs::answerConfirm(false);
    trigger(Kind::Cancel);
    QCOMPARE(Dialogs::shown().size(), 1);
    QVERIFY(Dialogs::shown().first().contains(u"Spring sale"));
    QCOMPARE(statusOf(id), u"running"_s);
    Dialogs::answerConfirm(true);
    trigger(Kind::Cancel);
    QTRY_COMPARE(statusOf(id), u"cancelled"_s);
    QTRY_COMPARE(cell(id, BroadcastListModel::Status), u"Cancelled"_s);
    QVERIFY(m_page->findChild<QLabel *>(u"broadcastMessage"_s)->text().contains(u"cancelled"));
    QCOMPARE(m_page->selectedId(), id);
}

void TestBroadcastsPage::errorIsShownInWords()
{
    const qint64 id = seed(u"Spring sale"_s, u"running"_s, {{u"pending"_s, 1}});
    openPage();
    select(id);
    m_page->hide(); // no refresh while the database changes behind the page
    exec(u"UPDATE broadcasts SET status = 'completed' WHERE id = ?"_s, {id});
    trigger(Kind::Pause);
    QTRY_COMPARE(Dialogs::shown().size(), 1);
    QVERIFY2(Dialogs::shown().first().contains(u"only a running broadcast can be paused"),
             qPrintable(Dialogs::shown().first()));
    QCOMPARE(statusOf(id), u"completed"_s);
}

void TestBroadcastsPage::duplicateSelectsTheNewDraft()
{
    const qint64 id = seed(u"Spring sale"_s, u"completed"_s, {{u"read"_s, 2}});
    openPage();
    select(id);
    trigger(Kind::Duplicate);
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    QTRY_VERIFY(m_page->selectedId() != id);
    const qint64 copy = m_page->selectedId();
    QCOMPARE(cell(copy, BroadcastListModel::Name), u"Spring sale (copy)"_s);
    QCOMPARE(cell(copy, BroadcastListModel::Status), u"Draft"_s);
    QCOMPARE(statusOf(copy), u"draft"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM recipients WHERE broadcast_id = ?"_s, {copy}), 0LL);
}

void TestBroadcastsPage::retryFailedAndUnknown()
{
    const qint64 id = seed(u"Spring sale"_s, u"completed"_s,
                           {{u"read"_s, 2}, {u"failed"_s, 3}, {u"unknown"_s, 1}});
    // Two failed while the message was certainly not accepted; one was refused for good.
    exec(u"UPDATE recipients SET failure_class = 'not-accepted' WHERE broadcast_id = ? AND "
         "status = 'failed'"_s, {id});
    exec(u"UPDATE recipients SET failure_class = 'recipient-permanent' WHERE id = (SELECT MAX(id) "
         "FROM recipients WHERE broadcast_id = ? AND status = 'failed')"_s, {id});
    openPage();
    select(id);
    trigger(Kind::RetryFailed);
    QTRY_COMPARE(statusOf(id), u"running"_s); // a completed broadcast runs again
    QCOMPARE(count(u"SELECT COUNT(*) FROM recipients WHERE broadcast_id = ? AND status = 'pending'"_s,
                   {id}), 2LL);
    QTRY_VERIFY(m_page->findChild<QLabel *>(u"broadcastMessage"_s)->text().contains(u"2 recipient"));
    QTRY_COMPARE(cell(id, BroadcastListModel::Failed), u"1"_s);

    Dialogs::answerConfirm(true); // may reach someone twice: asked first
    trigger(Kind::RetryUnknown);
    QTRY_COMPARE(count(u"SELECT COUNT(*) FROM recipients WHERE broadcast_id = ? AND status = 'pending'"_s,
                       {id}), 3LL);
    QVERIFY(Dialogs::shown().first().contains(u"twice"));
}

void TestBroadcastsPage::sendNowStartsAMissedSchedule()
{
    addContact(Consent::OptedIn);
    addContact(Consent::OptedIn);
    Broadcast b;
    b.name = u"Late"_s;
    b.accountId = m_account;
    const qint64 id = BroadcastStore(db()).create(b).value();
    exec(u"UPDATE broadcasts SET status = 'awaiting_confirmation' WHERE id = ?"_s, {id});
    openPage();
    select(id);
    Dialogs::answerConfirm(true);
    trigger(Kind::SendNow);
    QTRY_COMPARE(statusOf(id), u"running"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM recipients WHERE broadcast_id = ?"_s, {id}), 2LL);
    QTRY_COMPARE(cell(id, BroadcastListModel::Progress), u"0 of 2"_s);
}

void TestBroadcastsPage::exportWritesTheReport()
{
    const qint64 id = seed(u"Spring sale"_s, u"completed"_s, {{u"read"_s, 2}, {u"failed"_s, 1}});
    exec(u"UPDATE recipients SET error_code = '131026', error_title = 'Message undeliverable' "
         "WHERE broadcast_id = ? AND status = 'failed'"_s, {id});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"spring report.csv"_s);
    openPage();
    select(id);
    Dialogs::answerFileName(path);
    trigger(Kind::ExportReport);
    auto *message = m_page->findChild<QLabel *>(u"broadcastMessage"_s);
    QTRY_VERIFY(message->text().contains(u"spring report.csv"));
    QVERIFY(message->isVisible());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.first().contains(RecipientReport::header().join(u',')));
    QVERIFY(text.contains(u"131026,Message undeliverable"));
    QCOMPARE(text.count(u",read,"_s), qsizetype(2));
}

void TestBroadcastsPage::changesAppearByThemselves()
{
    const qint64 first = seed(u"First"_s, u"running"_s, {{u"pending"_s, 4}});
    const qint64 second = seed(u"Second"_s, u"running"_s, {{u"pending"_s, 2}});
    openPage();
    select(first);
    // Another process sends and a webhook arrives.
    setRecipients(first, u"delivered"_s, 3);
    QTRY_COMPARE(cell(first, BroadcastListModel::Delivered), u"3"_s);
    QCOMPARE(cell(first, BroadcastListModel::Progress), u"3 of 4"_s);
    // A dispatcher elsewhere pauses one on an error; a new broadcast appears above.
    QVERIFY(BroadcastStore(db()).transition(second, {BroadcastStatus::Running},
                                            BroadcastStatus::Paused, u"Token expired"_s).value());
    const qint64 third = seed(u"Third"_s, u"draft"_s);
    QTRY_COMPARE(cell(second, BroadcastListModel::Status), u"Paused: Token expired"_s);
    QTRY_COMPARE(m_page->model()->rowCount(), 3);
    QCOMPARE(m_page->model()->broadcastAt(0)->id, third);
    QCOMPARE(m_page->selectedId(), first); // kept across the refreshes
    exec(u"DELETE FROM broadcasts WHERE id = ?"_s, {second});
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_page->selectedId(), first);
}

void TestBroadcastsPage::openIsASignal()
{
    // A draft opens in the Broadcast Builder, a sent broadcast in its live figures.
    const qint64 draft = seed(u"Spring sale"_s, u"draft"_s);
    const qint64 sent = seed(u"Winter sale"_s, u"completed"_s);
    openPage();
    QSignalSpy open(m_page.get(), &BroadcastsPage::openRequested);
    QSignalSpy edit(m_page.get(), &BroadcastsPage::editRequested);
    select(draft);
    trigger(Kind::Open);
    QCOMPARE(edit.size(), 1);
    QCOMPARE(edit.first().first().toLongLong(), draft);
    QCOMPARE(open.size(), 0);
    select(sent);
    trigger(Kind::Open);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toLongLong(), sent);
    QSignalSpy create(m_page.get(), &BroadcastsPage::newRequested);
    m_page->findChild<QAction *>(u"newBroadcast"_s)->trigger();
    QCOMPARE(create.size(), 1);
}

void TestBroadcastsPage::screenshots()
{
    const QString dir = qEnvironmentVariable("MEGAPHONE_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("MEGAPHONE_SCREENSHOTS is not set");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const qint64 now = Clock::nowMs();
    seed(u"Black Friday early access"_s, u"completed"_s,
         {{u"read"_s, 61}, {u"delivered"_s, 22}, {u"sent"_s, 9}, {u"failed"_s, 4}, {u"unknown"_s, 1}});
    const qint64 paused = seed(u"Winter collection"_s, u"running"_s,
                               {{u"read"_s, 12}, {u"delivered"_s, 9}, {u"failed"_s, 25}, {u"pending"_s, 34}});
    exec(u"UPDATE broadcasts SET started_at = ?, finished_at = ? WHERE status = 'completed'"_s,
         {now - test::kDay - test::kHour, now - test::kDay});
    exec(u"UPDATE broadcasts SET created_at = ? WHERE status = 'completed'"_s,
         {now - test::kDay - 2 * test::kHour});
    exec(u"UPDATE broadcasts SET started_at = ? WHERE id = ?"_s, {now - 3 * test::kHour, paused});
    QVERIFY(BroadcastStore(db()).transition(paused, {BroadcastStatus::Running}, BroadcastStatus::Paused,
                u"The access token expired or was revoked (Meta error 190)."_s).value());
    const qint64 waiting = seed(u"Loyalty points reminder"_s, u"running"_s,
                                {{u"read"_s, 40}, {u"delivered"_s, 31}, {u"sent"_s, 14}, {u"pending"_s, 115}});
    exec(u"UPDATE broadcasts SET resume_at = ?, started_at = ? WHERE id = ?"_s,
         {now + 2 * test::kHour, now - test::kHour, waiting});
    const qint64 running = seed(u"Cyber Monday flash sale"_s, u"running"_s,
                                {{u"read"_s, 18}, {u"delivered"_s, 27}, {u"sent"_s, 31},
                                 {u"sending"_s, 8}, {u"pending"_s, 36}});
    exec(u"UPDATE broadcasts SET started_at = ? WHERE id = ?"_s, {now - 600000, running});
    const qint64 scheduled = seed(u"December newsletter"_s, u"scheduled"_s);
    exec(u"UPDATE broadcasts SET scheduled_at = ? WHERE id = ?"_s, {now + 3 * test::kDay, scheduled});
    seed(u"Gift guide (draft)"_s, u"draft"_s);
    openPage();
    select(running);
    QTest::qWait(200);
    QVERIFY(m_page->grab().save(dir + u"/broadcasts-page.png"_s));
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestBroadcastsPage)
#include "tst_broadcastspage.moc"
