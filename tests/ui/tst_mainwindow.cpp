// The main window on a real SQLite database in a temporary folder: every page is
// reached through the sidebar and shows what the database holds.
#include "AccountStore.h"
#include "BroadcastStore.h"
#include "ContactStore.h"
#include "Database.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "RecipientStore.h"
#include "TeamSettings.h"
#include "TemplateStore.h"
#include "broadcasts/BroadcastListModel.h"
#include "broadcasts/BroadcastNotifier.h"
#include "contacts/ContactListModel.h"
#include "secrets/MemoryCredentialStore.h"
#include "templates/TemplateListModel.h"
#include "widgets/EmptyState.h"
#include "widgets/FigureTile.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace megaphone;
using Page = MainWindow::Page;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void navigatesToEveryPage_data();
    void navigatesToEveryPage();
    void dashboardShowsFigures();
    void contactsListAndFilter();
    void contactsFetchPageByPage();
    void templatesListed();
    void broadcastsListed();
    void notificationClickShowsBroadcasts();
    void settingsShowDatabaseAndKeychain();
    void settingsSaveAndReportErrors();
    void emptyDatabaseShowsEmptyStates();
    void geometryIsSavedAndRestored();
    void closingWhileReadingIsSafe();

private:
    void openDatabase();
    void seed();
    void openWindow();
    void clickPage(Page page);
    template<typename T> T *find(const QString &objectName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"prefs.ini"_s), QSettings::IniFormat);
    m_preferences = std::make_unique<Preferences>(*m_settings);
    m_credentials = std::make_unique<MemoryCredentialStore>();
    openDatabase();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    // Late answers of pool threads go nowhere once their page is gone; let them finish.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    m_db.reset();
    m_credentials.reset();
    m_preferences.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::openDatabase()
{
    auto db = Database::open(DatabaseUrl::sqlite(m_dir->filePath(u"t.db"_s)));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = db.value();
}

void TestMainWindow::seed()
{
    struct Seed
    {
        const char16_t *phone;
        const char16_t *first;
        const char16_t *last;
        Consent consent;
        QStringList tags;
    };
    const Seed seeds[] = {
        {u"+5511987650001", u"Ana", u"Lima", Consent::OptedIn, {u"vip"_s}},
        {u"+5511987650002", u"Bruno", u"Costa", Consent::OptedIn, {}},
        {u"+919876500003", u"Chitra", u"Rao", Consent::Unknown, {}},
        {u"+447700900004", u"Dara", u"Quinn", Consent::OptedOut, {}},
        {u"+14155550005", u"Eve", u"Adams", Consent::Unknown, {u"vip"_s, u"spring"_s}},
    };
    ContactStore contacts(m_db);
    QList<qint64> ids;
    for (const Seed &s : seeds) {
        Contact c;
        c.phoneE164 = QString::fromUtf16(s.phone);
        c.firstName = QString::fromUtf16(s.first);
        c.lastName = QString::fromUtf16(s.last);
        c.email = c.firstName.toLower() + u"@example.com"_s;
        c.consent = s.consent;
        c.tags = s.tags;
        auto id = contacts.add(c);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        ids.append(id.value());
    }

    Account account;
    account.provider = ProviderKind::Sandbox;
    account.label = u"Sandbox number"_s;
    auto accountId = AccountStore(m_db).add(account);
    QVERIFY(accountId);
    TemplateRecord record;
    record.accountId = accountId.value();
    record.name = u"spring_sale"_s;
    record.language = u"en_US"_s;
    record.category = u"MARKETING"_s;
    record.status = u"APPROVED"_s;
    QVERIFY(TemplateStore(m_db).upsert(record));

    BroadcastStore broadcasts(m_db);
    Broadcast spring;
    spring.name = u"Spring sale"_s;
    auto springId = broadcasts.create(spring);
    QVERIFY(springId);
    auto added = RecipientStore(m_db).add(springId.value(), ids.mid(0, 3));
    QVERIFY(added);
    QCOMPARE(added.value(), 3);
    Broadcast welcome;
    welcome.name = u"Welcome"_s;
    auto welcomeId = broadcasts.create(welcome);
    QVERIFY(welcomeId);
    QVERIFY(broadcasts.setStatus(welcomeId.value(), BroadcastStatus::Completed));
}

void TestMainWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_db, m_credentials.get(), m_preferences.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->windowTitle(), u"Megaphone"_s);
}

template<typename T>
T *TestMainWindow::find(const QString &objectName) const
{
    T *widget = m_window->findChild<T *>(objectName);
    if (!widget)
        qWarning() << "no" << T::staticMetaObject.className() << objectName;
    return widget;
}

void TestMainWindow::clickPage(Page page)
{
    auto *navigation = find<QListWidget>(u"navigation"_s);
    QVERIFY(navigation);
    QListWidgetItem *item = navigation->item(int(page));
    QVERIFY(item);
    const QRect rect = navigation->visualItemRect(item);
    QVERIFY(!rect.isEmpty());
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->currentPage(), page);
    auto *pages = find<QStackedWidget>(u"pages"_s);
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget(), m_window->pageWidget(page));
    QVERIFY(m_window->pageWidget(page)->isVisible());
}

void TestMainWindow::navigatesToEveryPage_data()
{
    QTest::addColumn<Page>("page");
    QTest::addColumn<QString>("objectName");
    QTest::newRow("dashboard") << Page::Dashboard << u"dashboardPage"_s;
    QTest::newRow("contacts") << Page::Contacts << u"contactsPage"_s;
    QTest::newRow("templates") << Page::Templates << u"templatesPage"_s;
    QTest::newRow("broadcasts") << Page::Broadcasts << u"broadcastsPage"_s;
    QTest::newRow("settings") << Page::Settings << u"settingsPage"_s;
}

void TestMainWindow::navigatesToEveryPage()
{
    QFETCH(Page, page);
    QFETCH(QString, objectName);
    seed();
    openWindow();
    // Start elsewhere, so each row really moves.
    m_window->showPage(page == Page::Dashboard ? Page::Settings : Page::Dashboard);
    clickPage(page);
    QCOMPARE(m_window->pageWidget(page)->objectName(), objectName);
    m_window->showPage(Page::Contacts);
    QCOMPARE(m_window->currentPage(), Page::Contacts);
}

void TestMainWindow::dashboardShowsFigures()
{
    seed();
    openWindow();
    clickPage(Page::Dashboard);
    auto *total = find<FigureTile>(u"contactsTotal"_s);
    QVERIFY(total);
    QTRY_COMPARE(total->valueText(), u"5"_s);
    QCOMPARE(find<FigureTile>(u"contactsOptedIn"_s)->valueText(), u"2"_s);
    QCOMPARE(find<FigureTile>(u"contactsUnknown"_s)->valueText(), u"2"_s);
    QCOMPARE(find<FigureTile>(u"contactsOptedOut"_s)->valueText(), u"1"_s);
    QCOMPARE(find<FigureTile>(u"broadcasts_draft"_s)->valueText(), u"1"_s);
    QCOMPARE(find<FigureTile>(u"broadcasts_completed"_s)->valueText(), u"1"_s);
    QCOMPARE(find<FigureTile>(u"broadcasts_running"_s)->valueText(), u"0"_s);

    // A new contact shows after Refresh.
    Contact c;
    c.phoneE164 = u"+5511987650099"_s;
    c.consent = Consent::OptedIn;
    QVERIFY(ContactStore(m_db).add(c));
    auto *refresh = find<QPushButton>(u"refreshDashboard"_s);
    QVERIFY(refresh);
    QTRY_VERIFY(refresh->isEnabled());
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_COMPARE(total->valueText(), u"6"_s);
    QCOMPARE(find<FigureTile>(u"contactsOptedIn"_s)->valueText(), u"3"_s);
}

void TestMainWindow::contactsListAndFilter()
{
    seed();
    openWindow();
    clickPage(Page::Contacts);
    auto *table = find<QTableView>(u"contactTable"_s);
    QVERIFY(table);
    auto *model = qobject_cast<ContactListModel *>(table->model());
    QVERIFY(model);
    QTRY_COMPARE(model->rowCount(), 5);
    QCOMPARE(model->columnCount(), 5);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"Phone"_s);
    QCOMPARE(model->index(0, ContactListModel::NameColumn).data().toString(), u"Ana Lima"_s);
    QCOMPARE(model->index(0, ContactListModel::ConsentColumn).data().toString(), u"Opted in"_s);
    QCOMPARE(model->index(4, ContactListModel::TagsColumn).data().toString(), u"spring, vip"_s);
    auto *count = find<QLabel>(u"contactCount"_s);
    QVERIFY(count);
    QTRY_COMPARE(count->text(), u"Contacts: 5"_s);
    QVERIFY(table->isVisible());
    QVERIFY(!m_window->pageWidget(Page::Contacts)->findChild<EmptyState *>()->isVisible());

    // The search applies after a short pause in typing.
    auto *search = find<QLineEdit>(u"contactSearch"_s);
    QVERIFY(search);
    QTest::keyClicks(search, u"chit"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ContactListModel::PhoneColumn).data().toString(), u"+919876500003"_s);
    QTRY_COMPARE(count->text(), u"Matching: 1 of 5"_s);

    // By phone number, with the consent filter on top.
    search->clear();
    QTest::keyClicks(search, u"+5511"_s);
    QTRY_COMPARE(model->rowCount(), 2);
    auto *consent = find<QComboBox>(u"consentFilter"_s);
    QVERIFY(consent);
    consent->setCurrentIndex(consent->findText(u"Opted out"_s));
    QTRY_VERIFY(!model->isLoading());
    QTRY_COMPARE(count->text(), u"No contacts match"_s);
    QCOMPARE(model->rowCount(), 0);
    search->clear();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ContactListModel::NameColumn).data().toString(), u"Dara Quinn"_s);
}

void TestMainWindow::contactsFetchPageByPage()
{
    // Three pages' worth: the model never reads more than a page at a time.
    ContactStore contacts(m_db);
    const int total = 2 * ContactListModel::kPageSize + 50;
    for (int i = 0; i < total; ++i) {
        Contact c;
        c.phoneE164 = u"+1415555%1"_s.arg(i, 4, 10, QChar(u'0'));
        c.displayName = u"Contact %1"_s.arg(i);
        QVERIFY(contacts.add(c));
    }
    openWindow();
    clickPage(Page::Contacts);
    auto *table = find<QTableView>(u"contactTable"_s);
    auto *model = qobject_cast<ContactListModel *>(table->model());
    QVERIFY(model);
    QTRY_COMPARE(model->rowCount(), ContactListModel::kPageSize);
    QVERIFY(model->canFetchMore({}));
    table->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), 2 * ContactListModel::kPageSize);
    table->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), total);
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(model->index(total - 1, ContactListModel::NameColumn).data().toString(),
             u"Contact %1"_s.arg(total - 1));
}

void TestMainWindow::templatesListed()
{
    seed();
    openWindow();
    clickPage(Page::Templates);
    auto *grid = find<QListView>(u"templateGrid"_s);
    QVERIFY(grid);
    QTRY_COMPARE(grid->model()->rowCount(), 1);
    QVERIFY(grid->isVisible());
    const QModelIndex card = grid->model()->index(0, 0);
    QCOMPARE(card.data().toString(), u"spring_sale"_s);
    QCOMPARE(card.data(TemplateListModel::LanguageRole).toString(), u"en_US"_s);
    QCOMPARE(card.data(TemplateListModel::CategoryRole).toString(), u"MARKETING"_s);
    QCOMPARE(card.data(TemplateListModel::StatusRole).toString(), u"APPROVED"_s);
    // The first card is shown large, with its account.
    auto *details = find<QLabel>(u"previewDetails"_s);
    QTRY_VERIFY(details->text().contains(u"Sandbox number"));
    QVERIFY(details->text().contains(u"Marketing"));
}

void TestMainWindow::broadcastsListed()
{
    seed();
    openWindow();
    clickPage(Page::Broadcasts);
    auto *table = find<QTableView>(u"broadcastTable"_s);
    QVERIFY(table);
    QAbstractItemModel *model = table->model();
    QTRY_COMPARE(model->rowCount(), 2);
    QVERIFY(table->isVisible());
    const auto text = [model](int row, int column) { return model->index(row, column).data().toString(); };
    // Newest first.
    QCOMPARE(text(0, BroadcastListModel::Name), u"Welcome"_s);
    QCOMPARE(text(0, BroadcastListModel::Status), u"Completed"_s);
    QCOMPARE(text(0, BroadcastListModel::Progress), QString()); // no recipients
    QCOMPARE(text(1, BroadcastListModel::Name), u"Spring sale"_s);
    QCOMPARE(text(1, BroadcastListModel::Status), u"Draft"_s);
    QVERIFY(!text(1, BroadcastListModel::Created).isEmpty());
    QCOMPARE(text(1, BroadcastListModel::Progress), u"0 of 3"_s);
    QCOMPARE(text(1, BroadcastListModel::Sent), u"0"_s);
}

// A click on a tray notification (or the tray icon) brings the window up on the
// Broadcasts page, also when it was minimised.
void TestMainWindow::notificationClickShowsBroadcasts()
{
    openWindow();
    QCOMPARE(m_window->currentPage(), Page::Dashboard);
    m_window->showMinimized();
    auto *notifier = m_window->findChild<BroadcastNotifier *>();
    QVERIFY(notifier);
    Q_EMIT notifier->opened();
    QCOMPARE(m_window->currentPage(), Page::Broadcasts);
    QVERIFY(!m_window->isMinimized());
    QVERIFY(m_window->isVisible());
}

void TestMainWindow::settingsShowDatabaseAndKeychain()
{
    openWindow();
    auto *status = find<QLabel>(u"databaseLabel"_s);
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QDir::toNativeSeparators(m_dir->filePath(u"t.db"_s))),
             qPrintable(status->text()));

    clickPage(Page::Settings);
    QCOMPARE(find<QLabel>(u"databaseDescription"_s)->text(), m_db->url().describe());
    QCOMPARE(find<QLabel>(u"databaseUrl"_s)->text(), m_db->url().toString());
    QTRY_COMPARE(find<QLabel>(u"schemaVersion"_s)->text(), QString::number(m_db->schemaVersion()));
    auto *keychain = find<QLabel>(u"keychainStatus"_s);
    QVERIFY(keychain);
    QTRY_VERIFY2(keychain->text().startsWith(u"Working"_s), qPrintable(keychain->text()));
}

void TestMainWindow::settingsSaveAndReportErrors()
{
    openWindow();
    clickPage(Page::Settings);
    auto *mps = find<QSpinBox>(u"maxMessagesPerSecond"_s);
    auto *cap = find<QSpinBox>(u"frequencyCapHours"_s);
    auto *region = find<QLineEdit>(u"defaultRegion"_s);
    auto *save = find<QPushButton>(u"saveTeamSettings"_s);
    auto *message = find<QLabel>(u"teamSettingsMessage"_s);
    QVERIFY(mps && cap && region && save && message);
    TeamSettings team(m_db);
    QTRY_COMPARE(mps->value(), team.maxMessagesPerSecond().value());

    mps->setValue(50);
    cap->setValue(0);
    region->clear();
    QTest::keyClicks(region, u"br"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(message->text(), u"Saved."_s);
    QCOMPARE(team.maxMessagesPerSecond().value(), 50);
    QCOMPARE(team.frequencyCapHours().value(), 0);
    QCOMPARE(team.defaultRegion().value(), u"BR"_s);
    QCOMPARE(cap->text(), u"No cap"_s);

    // Core refuses a one-letter region: its words reach the user and nothing is saved.
    region->clear();
    QTest::keyClicks(region, u"B"_s);
    mps->setValue(70);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY2(message->text().contains(u"two-letter country code"_s),
                 qPrintable(message->text()));
    QVERIFY(save->isEnabled());
    QCOMPARE(team.maxMessagesPerSecond().value(), 50);
    QCOMPARE(team.defaultRegion().value(), u"BR"_s);

    // The scheduler's grace, the circuit breaker and the zones of countries with several.
    auto *grace = find<QSpinBox>(u"missedScheduleGrace"_s);
    auto *breaker = find<QSpinBox>(u"circuitBreakerThreshold"_s);
    auto *zones = find<QLineEdit>(u"countryTimeZones"_s);
    QVERIFY(grace && breaker && zones);
    region->clear();
    QTest::keyClicks(region, u"BR"_s);
    grace->setValue(45);
    breaker->setValue(30);
    QTest::keyClicks(zones, u"us=America/Chicago, BR=America/Manaus"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(message->text(), u"Saved."_s);
    QCOMPARE(team.missedScheduleGraceMinutes().value(), 45);
    QCOMPARE(team.circuitBreakerThreshold().value(), 30);
    const QMap<QString, QByteArray> saved{{u"US"_s, "America/Chicago"}, {u"BR"_s, "America/Manaus"}};
    QCOMPARE(team.countryTimeZones().value(), saved);
    QTRY_COMPARE(zones->text(), u"BR=America/Manaus, US=America/Chicago"_s);
    zones->clear();
    QTest::keyClicks(zones, u"US=Mars/Olympus"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY2(message->text().contains(u"Mars/Olympus"_s), qPrintable(message->text()));
    QCOMPARE(team.countryTimeZones().value(), saved);

    // The price table the Broadcast Builder estimates costs from.
    auto *prices = find<QLineEdit>(u"marketingPrices"_s);
    QVERIFY(prices);
    zones->clear();
    QTest::keyClicks(prices, u"eur: br=0.0625, IN=0.0107"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(message->text(), u"Saved."_s);
    QCOMPARE(team.marketingPrices()->currency, u"EUR"_s);
    QCOMPARE(team.marketingPrices()->perMessage.value(u"BR"_s), 0.0625);
    QTRY_COMPARE(prices->text(), u"EUR: BR=0.0625, IN=0.0107"_s);
    prices->clear();
    QTest::keyClicks(prices, u"BR=cheap"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY2(message->text().contains(u"BR=cheap"_s), qPrintable(message->text()));
    QCOMPARE(team.marketingPrices()->perMessage.size(), 2);
}

void TestMainWindow::emptyDatabaseShowsEmptyStates()
{
    openWindow();
    const struct
    {
        Page page;
        const char16_t *text;
    } expectations[] = {
        {Page::Contacts, u"Import a CSV or vCard file"},
        {Page::Templates, u"sender account in Settings"},
        {Page::Broadcasts, u"No broadcasts yet"},
    };
    for (const auto &expected : expectations) {
        clickPage(expected.page);
        auto *empty = m_window->pageWidget(expected.page)->findChild<EmptyState *>();
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        const QString words = empty->title() + u' ' + empty->text();
        QVERIFY2(words.contains(QString::fromUtf16(expected.text)), qPrintable(words));
    }
    // Nothing to search yet.
    QVERIFY(!find<QLineEdit>(u"contactSearch"_s)->isVisibleTo(m_window->pageWidget(Page::Contacts)));
}

void TestMainWindow::geometryIsSavedAndRestored()
{
    openWindow();
    QVERIFY(m_preferences->mainWindowGeometry().isEmpty());
    // Small enough for the offscreen platform's 800x600 screen.
    m_window->resize(760, 540);
    QTRY_COMPARE(m_window->size(), QSize(760, 540));
    QVERIFY(m_window->close());
    QVERIFY(!m_preferences->mainWindowGeometry().isEmpty());
    QVERIFY(QSettings(m_dir->filePath(u"prefs.ini"_s), QSettings::IniFormat).contains(
        u"ui/main_window_geometry"_s));

    m_window = std::make_unique<MainWindow>(m_db, m_credentials.get(), m_preferences.get());
    QCOMPARE(m_window->size(), QSize(760, 540));
}

void TestMainWindow::closingWhileReadingIsSafe()
{
    seed();
    openWindow();
    for (Page page : {Page::Contacts, Page::Templates, Page::Broadcasts, Page::Settings})
        m_window->showPage(page);
    // Every page has a read on its way; their answers must find nothing to touch.
    m_window.reset();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
