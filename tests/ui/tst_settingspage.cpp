// The Settings page on both backends, with the real keychain that `make test` starts:
// portfolios, sender accounts through the account dialog (secrets reach the keychain
// and nowhere else), connection-test wiring, the database choice and the language.
#include "AccountSecrets.h"
#include "AccountStore.h"
#include "Database.h"
#include "PortfolioStore.h"
#include "Preferences.h"
#include "SandboxServer.h"
#include "TestDatabase.h"
#include "WebhookService.h"
#include "secrets/KeychainCredentialStore.h"
#include "settings/AccountDialog.h"
#include "settings/AccountsSection.h"
#include "settings/PortfoliosSection.h"
#include "settings/ProviderForm.h"
#include "settings/SecretField.h"
#include "settings/SettingsPage.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QCheckBox>
#include <QSettings>
#include <QTcpSocket>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUuid>

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void addPortfolioRenameAndSetTier();
    void addMetaAccountKeepsTheTokenOnlyInTheKeychain();
    void editWithEmptySecretKeepsTheStoredOne();
    void removeDeletesTheSecrets();
    void validationSaysWhatIsMissing();
    void twilioSettingsGoToTheSettingsJson();
    void generateMakesAnUnguessableToken();
    void testConnectionIsASignalAndAResultLabel();
    void databaseTestWithABadHostSaysSo();
    void databaseTestOfTheCurrentFile();
    void useDatabaseStoresTheUrlAndThePasswordApart();
    void languageIsStoredInPreferences();
    void webhookReceiverIsTurnedOnAndOff();
    void screenshots();

private:
    void openPage();
    qint64 seedAccount(const QString &label, const QString &token);
    AccountDialog *openAccountDialog(bool edit);
    void saveDialog(AccountDialog *dialog);
    void selectAccountRow(int row);
    QStringList columnsContaining(const QString &needle) const;
    QByteArray settingsBytes() const;
    template<typename T> T *find(const QString &objectName) const;
    template<typename T> T *findIn(QWidget *parent, const QString &objectName) const;

    KeychainCredentialStore m_keychain { u"Megaphone-test-settingspage"_s };
    bool m_haveKeychain = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Preferences> m_prefs;
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<SettingsPage> m_page;
    QList<qint64> m_accountIds; // whose secrets to clear afterwards
};

void TestSettingsPage::initTestCase_data()
{
    test::addBackendRows();
}

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setTestMode(true);
    QLocale::setDefault(QLocale::c());
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        auto probe = m_keychain.probe();
        QVERIFY2(probe.ok(), qPrintable(probe.ok() ? QString() : probe.error().message));
        m_haveKeychain = true;
    }
}

void TestSettingsPage::init()
{
    Dialogs::reset();
    m_accountIds.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings
        = std::make_unique<QSettings>(m_dir->filePath(u"megaphone.ini"_s), QSettings::IniFormat);
    m_prefs = std::make_unique<Preferences>(*m_settings);
    MEGAPHONE_OPEN_TEST_DB(m_testDb);
    m_db = m_testDb->db();
}

void TestSettingsPage::cleanup()
{
    m_page.reset();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    if (m_haveKeychain && m_db) {
        for (qint64 id : std::as_const(m_accountIds)) {
            Account a;
            a.id = id;
            QVERIFY(AccountSecrets::removeAll(a, m_keychain).ok());
        }
    }
    m_db.reset();
    m_testDb.reset();
    m_prefs.reset();
    m_settings.reset();
    m_dir.reset();
}

template<typename T> T *TestSettingsPage::find(const QString &objectName) const
{
    return m_page->findChild<T *>(objectName);
}

template<typename T> T *TestSettingsPage::findIn(QWidget *parent, const QString &objectName) const
{
    return parent->findChild<T *>(objectName);
}

void TestSettingsPage::openPage()
{
    m_page = std::make_unique<SettingsPage>(
        m_db, m_haveKeychain ? &m_keychain : nullptr, m_prefs.get());
    m_page->resize(1000, 1400);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

qint64 TestSettingsPage::seedAccount(const QString &label, const QString &token)
{
    Account a;
    a.provider = ProviderKind::Meta;
    a.label = label;
    a.phoneNumberId = u"1065550001"_s;
    a.baseUrl = u"https://graph.facebook.com"_s;
    a.apiVersion = u"v23.0"_s;
    const qint64 id = AccountStore(m_db).add(a).value();
    m_accountIds << id;
    AccountSecrets secrets;
    secrets.set(u"access_token"_s, token);
    secrets.set(u"app_secret"_s, u"seeded-app-secret"_s);
    if (m_haveKeychain && !secrets.save(id, m_keychain).ok())
        qFatal("the keychain refused the seeded secrets");
    return id;
}

AccountDialog *TestSettingsPage::openAccountDialog(bool edit)
{
    auto *button = find<QPushButton>(edit ? u"editAccount"_s : u"addAccount"_s);
    if (!button)
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return m_page->accountsSection()->openDialog();
}

void TestSettingsPage::saveDialog(AccountDialog *dialog)
{
    auto *buttons = findIn<QDialogButtonBox>(dialog, u"accountButtons"_s);
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void TestSettingsPage::selectAccountRow(int row)
{
    auto *table = find<QTableWidget>(u"accountsTable"_s);
    QTRY_VERIFY(table->rowCount() > row);
    table->selectRow(row);
}

// Every text column of every table whose value contains `needle`, as "table.column".
QStringList TestSettingsPage::columnsContaining(const QString &needle) const
{
    QStringList hits;
    const QSqlDatabase connection = m_db->connection();
    const QStringList tables = connection.tables();
    Q_ASSERT(tables.contains(u"accounts"_s));
    for (const QString &table : tables) {
        QSqlQuery query(connection);
        if (!query.exec(u"SELECT * FROM "_s + table))
            continue;
        while (query.next()) {
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                if (query.value(i).toString().contains(needle))
                    hits << table + u'.' + record.fieldName(i);
            }
        }
    }
    return hits;
}

QByteArray TestSettingsPage::settingsBytes() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSettingsPage::addPortfolioRenameAndSetTier()
{
    openPage();
    auto *name = find<QLineEdit>(u"portfolioName"_s);
    auto *tier = find<QComboBox>(u"portfolioTier"_s);
    auto *table = find<QTableWidget>(u"portfoliosTable"_s);
    QVERIFY(name && tier && table);

    QTest::keyClicks(name, u"Acme Brazil"_s);
    tier->setCurrentIndex(tier->findData(2000));
    QTest::mouseClick(find<QPushButton>(u"addPortfolio"_s), Qt::LeftButton);
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"Acme Brazil"_s);
    auto stored = PortfolioStore(m_db).findByName(u"Acme Brazil"_s).value();
    QVERIFY(stored);
    QCOMPARE(stored->messagingTier, 2000);

    // The same name twice is refused in words.
    QTest::mouseClick(find<QPushButton>(u"addPortfolio"_s), Qt::LeftButton);
    QVERIFY(find<QLabel>(u"portfoliosMessage"_s)->text().contains(u"already"_s));

    table->selectRow(0);
    QCOMPARE(name->text(), u"Acme Brazil"_s);
    name->clear();
    QTest::keyClicks(name, u"Acme Brasil"_s);
    tier->setCurrentIndex(tier->findData(-1));
    QTest::mouseClick(find<QPushButton>(u"savePortfolio"_s), Qt::LeftButton);
    QTRY_COMPARE(table->item(0, 0)->text(), u"Acme Brasil"_s);
    QCOMPARE(table->item(0, 1)->text(), u"Unlimited"_s);
    stored = PortfolioStore(m_db).find(stored->id).value();
    QCOMPARE(stored->name, u"Acme Brasil"_s);
    QCOMPARE(stored->messagingTier, -1);

    table->selectRow(0);
    Dialogs::answerConfirm(true);
    QTest::mouseClick(find<QPushButton>(u"removePortfolio"_s), Qt::LeftButton);
    QTRY_COMPARE(table->rowCount(), 0);
    QVERIFY(PortfolioStore(m_db).list()->isEmpty());
}

void TestSettingsPage::addMetaAccountKeepsTheTokenOnlyInTheKeychain()
{
    if (!m_haveKeychain)
        QSKIP("No D-Bus session: `make test` starts a throwaway Secret Service");
    const qint64 portfolioId = PortfolioStore(m_db).add({ 0, u"Acme"_s, 10000 }).value();
    openPage();
    QTRY_COMPARE(m_page->portfoliosSection()->portfolios().size(), 1);

    AccountDialog *dialog = openAccountDialog(false);
    QVERIFY(dialog);
    QCOMPARE(dialog->currentForm()->provider(), ProviderKind::Meta);
    const QString token = u"EAAG"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString appSecret = u"as"_s + QUuid::createUuid().toString(QUuid::Id128);
    QTest::keyClicks(findIn<QLineEdit>(dialog, u"accountLabel"_s), u"Brazil marketing"_s);
    auto *portfolio = findIn<QComboBox>(dialog, u"accountPortfolio"_s);
    portfolio->setCurrentIndex(portfolio->findData(portfolioId));
    QTest::keyClicks(findIn<QLineEdit>(dialog, u"accountDisplayNumber"_s), u"+5511987654321"_s);
    QTest::keyClicks(findIn<QLineEdit>(dialog, u"meta_phone_number_id"_s), u"106540352242922"_s);
    QTest::keyClicks(findIn<QLineEdit>(dialog, u"meta_waba_id"_s), u"102290129340398"_s);
    findIn<QSpinBox>(dialog, u"meta_max_mps"_s)->setValue(40);
    QWidget *form = dialog->currentForm();
    QTest::keyClicks(findIn<QLineEdit>(form, u"secretEdit_access_token"_s), token);
    QTest::keyClicks(findIn<QLineEdit>(form, u"secretEdit_app_secret"_s), appSecret);
    QCOMPARE(
        findIn<QLineEdit>(form, u"secretEdit_access_token"_s)->echoMode(), QLineEdit::Password);
    saveDialog(dialog);
    QTRY_VERIFY(!m_page->accountsSection()->openDialog());

    const QList<Account> accounts = AccountStore(m_db).list().value();
    QCOMPARE(accounts.size(), 1);
    const Account &a = accounts.first();
    m_accountIds << a.id;
    QCOMPARE(a.provider, ProviderKind::Meta);
    QCOMPARE(a.label, u"Brazil marketing"_s);
    QCOMPARE(a.portfolioId, portfolioId);
    QCOMPARE(a.phoneNumberId, u"106540352242922"_s);
    QCOMPARE(a.wabaId, u"102290129340398"_s);
    QCOMPARE(a.displayNumber, u"+5511987654321"_s);
    QCOMPARE(a.baseUrl, u"https://graph.facebook.com"_s);
    QCOMPARE(a.apiVersion, u"v23.0"_s);
    QCOMPARE(a.settings.value(u"max_mps"_s).toInt(), 40);

    // The secrets are in the keychain under account/<id>/<name>...
    QCOMPARE(m_keychain.read(u"account/%1/access_token"_s.arg(a.id)).value(), token);
    QCOMPARE(
        m_keychain.read(CredentialStore::accountKey(a.id, u"app_secret"_s)).value(), appSecret);
    QCOMPARE(m_keychain.read(CredentialStore::accountKey(a.id, u"verify_token"_s)).error().code,
        u"not-found"_s);
    // ...and nowhere else: no column of any table, not the settings file.
    QCOMPARE(columnsContaining(token), QStringList());
    QCOMPARE(columnsContaining(appSecret), QStringList());
    QVERIFY(!columnsContaining(u"106540352242922"_s).isEmpty()); // the scan does see values
    m_prefs->setLanguage(u"es"_s); // so the settings file exists and is read
    const QByteArray settings = settingsBytes();
    QVERIFY(!settings.isEmpty());
    QVERIFY(!settings.contains(token.toUtf8()));
    QVERIFY(!settings.contains(appSecret.toUtf8()));

    auto *table = find<QTableWidget>(u"accountsTable"_s);
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"Brazil marketing"_s);
    QCOMPARE(table->item(0, 1)->text(), u"Meta Cloud API"_s);
    QCOMPARE(table->item(0, 2)->text(), u"+5511987654321"_s);
    QCOMPARE(table->item(0, 3)->text(), u"Acme"_s);
}

void TestSettingsPage::editWithEmptySecretKeepsTheStoredOne()
{
    if (!m_haveKeychain)
        QSKIP("No D-Bus session: `make test` starts a throwaway Secret Service");
    const QString token = u"EAAG"_s + QUuid::createUuid().toString(QUuid::Id128);
    const qint64 id = seedAccount(u"India"_s, token);
    openPage();
    selectAccountRow(0);
    AccountDialog *dialog = openAccountDialog(true);
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    QWidget *form = dialog->currentForm();
    auto *tokenField = findIn<SecretField>(form, u"secret_access_token"_s);
    auto *verifyField = findIn<SecretField>(form, u"secret_verify_token"_s);
    QTRY_COMPARE(tokenField->stored(), SecretField::Stored::Yes);
    QTRY_COMPARE(verifyField->stored(), SecretField::Stored::No);
    QVERIFY(findIn<QLabel>(form, u"secretState_access_token"_s)->text().contains(u"Stored"_s));
    QVERIFY(tokenField->text().isEmpty()); // never shown
    QCOMPARE(findIn<QLineEdit>(dialog, u"meta_phone_number_id"_s)->text(), u"1065550001"_s);
    QVERIFY(!findIn<QComboBox>(dialog, u"accountProvider"_s)->isEnabled());

    auto *label = findIn<QLineEdit>(dialog, u"accountLabel"_s);
    label->clear();
    QTest::keyClicks(label, u"India promotions"_s);
    QTest::keyClicks(findIn<QLineEdit>(form, u"secretEdit_app_secret"_s), u"rotated-secret"_s);
    saveDialog(dialog);
    QTRY_VERIFY(!m_page->accountsSection()->openDialog());

    QCOMPARE(AccountStore(m_db).find(id).value()->label, u"India promotions"_s);
    QCOMPARE(m_keychain.read(CredentialStore::accountKey(id, u"access_token"_s)).value(), token);
    QCOMPARE(m_keychain.read(CredentialStore::accountKey(id, u"app_secret"_s)).value(),
        u"rotated-secret"_s);
    QTRY_COMPARE(find<QTableWidget>(u"accountsTable"_s)->item(0, 0)->text(), u"India promotions"_s);
}

void TestSettingsPage::removeDeletesTheSecrets()
{
    if (!m_haveKeychain)
        QSKIP("No D-Bus session: `make test` starts a throwaway Secret Service");
    const qint64 id = seedAccount(u"Old number"_s, u"old-token"_s);
    openPage();
    selectAccountRow(0);
    Dialogs::answerConfirm(true);
    QTest::mouseClick(find<QPushButton>(u"removeAccount"_s), Qt::LeftButton);
    QTRY_VERIFY2(find<QLabel>(u"accountsMessage"_s)->text().startsWith(u"Removed"_s),
        qPrintable(find<QLabel>(u"accountsMessage"_s)->text()));
    QVERIFY(Dialogs::shown().value(0).contains(u"Old number"_s));
    QVERIFY(!AccountStore(m_db).find(id).value());
    for (const QString &name : AccountSecrets::namesFor(ProviderKind::Meta))
        QCOMPARE(
            m_keychain.read(CredentialStore::accountKey(id, name)).error().code, u"not-found"_s);
    QTRY_COMPARE(find<QTableWidget>(u"accountsTable"_s)->rowCount(), 0);
}

void TestSettingsPage::validationSaysWhatIsMissing()
{
    openPage();
    AccountDialog *dialog = openAccountDialog(false);
    QVERIFY(dialog);
    auto *message = findIn<QLabel>(dialog, u"accountMessage"_s);

    saveDialog(dialog);
    QVERIFY2(message->text().contains(u"label"_s), qPrintable(message->text()));
    QTest::keyClicks(findIn<QLineEdit>(dialog, u"accountLabel"_s), u"Main"_s);
    saveDialog(dialog);
    QVERIFY2(message->text().contains(u"phone number ID"_s), qPrintable(message->text()));
    QTest::keyClicks(findIn<QLineEdit>(dialog, u"meta_phone_number_id"_s), u"+55 11 9876"_s);
    saveDialog(dialog);
    QVERIFY2(message->text().contains(u"digits only"_s), qPrintable(message->text()));
    findIn<QLineEdit>(dialog, u"meta_phone_number_id"_s)->setText(u"1065"_s);
    saveDialog(dialog);
    QVERIFY2(message->text().contains(u"Access token"_s), qPrintable(message->text()));

    findIn<QComboBox>(dialog, u"accountProvider"_s)->setCurrentIndex(2); // Twilio
    QCOMPARE(dialog->currentForm()->provider(), ProviderKind::Twilio);
    QTest::keyClicks(findIn<QLineEdit>(dialog, u"twilio_account_sid"_s),
        u"AC0123456789abcdef0123456789abcdef"_s);
    saveDialog(dialog);
    QVERIFY2(message->text().contains(u"From number"_s), qPrintable(message->text()));

    QVERIFY(m_page->accountsSection()->openDialog()); // still open: nothing typed is lost
    QVERIFY(AccountStore(m_db).list()->isEmpty());
    dialog->reject();
}

void TestSettingsPage::twilioSettingsGoToTheSettingsJson()
{
    if (!m_haveKeychain)
        QSKIP("No D-Bus session: `make test` starts a throwaway Secret Service");
    openPage();
    AccountDialog *dialog = openAccountDialog(false);
    QVERIFY(dialog);
    dialog->setProvider(ProviderKind::Twilio);
    QTest::keyClicks(findIn<QLineEdit>(dialog, u"accountLabel"_s), u"US"_s);
    QTest::keyClicks(findIn<QLineEdit>(dialog, u"twilio_account_sid"_s),
        u"AC0123456789abcdef0123456789abcdef"_s);
    QTest::keyClicks(findIn<QLineEdit>(dialog, u"twilio_from"_s), u"whatsapp:+14155550100"_s);
    QTest::keyClicks(
        findIn<QLineEdit>(dialog, u"twilio_callback_base_url"_s), u"https://hooks.example.com/"_s);
    QTest::keyClicks(
        findIn<QLineEdit>(dialog->currentForm(), u"secretEdit_auth_token"_s), u"twilio-auth"_s);
    saveDialog(dialog);
    QTRY_VERIFY(!m_page->accountsSection()->openDialog());

    const Account a = AccountStore(m_db).list()->value(0);
    m_accountIds << a.id;
    QCOMPARE(a.provider, ProviderKind::Twilio);
    QCOMPARE(
        a.settings.value(u"account_sid"_s).toString(), u"AC0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(a.settings.value(u"from"_s).toString(), u"+14155550100"_s);
    QCOMPARE(a.settings.value(u"callback_base_url"_s).toString(), u"https://hooks.example.com"_s);
    QVERIFY(!a.settings.contains(u"messaging_service_sid"_s));
    QCOMPARE(a.displayNumber, u"+14155550100"_s);
    QCOMPARE(m_keychain.read(CredentialStore::accountKey(a.id, u"auth_token"_s)).value(),
        u"twilio-auth"_s);
    QCOMPARE(columnsContaining(u"twilio-auth"_s), QStringList());
}

void TestSettingsPage::generateMakesAnUnguessableToken()
{
    openPage();
    AccountDialog *dialog = openAccountDialog(false);
    QVERIFY(dialog);
    dialog->setProvider(ProviderKind::Dialog360);
    QWidget *form = dialog->currentForm();
    QCOMPARE(findIn<QLineEdit>(form, u"360dialog_base_url"_s)->text(),
        u"https://waba-v2.360dialog.io"_s);
    auto *edit = findIn<QLineEdit>(form, u"secretEdit_webhook_token"_s);
    QTest::mouseClick(findIn<QPushButton>(form, u"generate_webhook_token"_s), Qt::LeftButton);
    const QString first = edit->text();
    QCOMPARE(first.size(), 43); // 32 bytes, base64url without padding
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]+$"_s).match(first).hasMatch());
    QCOMPARE(edit->echoMode(), QLineEdit::Normal); // to copy it to 360dialog
    QTest::mouseClick(findIn<QPushButton>(form, u"generate_webhook_token"_s), Qt::LeftButton);
    QVERIFY(edit->text() != first);
    dialog->reject();
}

void TestSettingsPage::testConnectionIsASignalAndAResultLabel()
{
    if (!m_haveKeychain)
        QSKIP("needs the keychain for the account's token");
    // A Meta account pointed at a sandbox on loopback: the real provider code answers.
    SandboxOptions options;
    options.accessToken = u"right-token"_s;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const qint64 good = seedAccount(u"Good"_s, u"right-token"_s);
    const qint64 bad = seedAccount(u"Expired"_s, u"old-token"_s);
    for (qint64 id : { good, bad }) {
        Account a = AccountStore(m_db).find(id).value().value();
        a.baseUrl = sandbox.baseUrl().toString();
        a.phoneNumberId = options.phoneNumberId;
        a.wabaId = options.wabaId;
        QVERIFY(AccountStore(m_db).update(a).ok());
    }
    openPage();
    auto *test = find<QPushButton>(u"testAccount"_s);
    QVERIFY(!test->isEnabled());
    QTRY_COMPARE(find<QTableWidget>(u"accountsTable"_s)->rowCount(), 2);
    auto *table = find<QTableWidget>(u"accountsTable"_s);
    const int goodRow = table->item(0, 0)->text() == u"Good" ? 0 : 1;

    selectAccountRow(goodRow);
    QVERIFY(test->isEnabled());
    QSignalSpy requested(m_page.get(), &SettingsPage::testConnectionRequested);
    QSignalSpy tested(m_page->accountsSection(), &AccountsSection::connectionTested);
    QTest::mouseClick(test, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toLongLong(), good);
    QTRY_COMPARE(tested.size(), 1);
    QCOMPARE(tested.first().at(1).toBool(), true);
    QVERIFY2(table->item(goodRow, 4)->text().contains(options.displayNumber),
        qPrintable(table->item(goodRow, 4)->text()));

    selectAccountRow(1 - goodRow);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE(tested.size(), 2);
    QCOMPARE(tested.last().at(1).toBool(), false);
    // Meta's code 190, in words.
    QVERIFY2(table->item(1 - goodRow, 4)->text().contains(u"190"),
        qPrintable(table->item(1 - goodRow, 4)->text()));
}

void TestSettingsPage::databaseTestWithABadHostSaysSo()
{
    openPage();
    find<QComboBox>(u"databaseKind"_s)->setCurrentIndex(1);
    // On the PostgreSQL row the form starts with the server in use: start afresh.
    for (const QString &name : { u"pgHost"_s, u"pgDatabase"_s, u"pgUser"_s })
        find<QLineEdit>(name)->clear();
    auto *message = find<QLabel>(u"databaseMessage"_s);
    QTest::mouseClick(find<QPushButton>(u"testDatabase"_s), Qt::LeftButton);
    QVERIFY2(message->text().contains(u"server"_s), qPrintable(message->text())); // no host yet

    QTest::keyClicks(find<QLineEdit>(u"pgHost"_s), u"no-such-host.invalid"_s);
    QTest::keyClicks(find<QLineEdit>(u"pgDatabase"_s), u"megaphone"_s);
    QTest::keyClicks(find<QLineEdit>(u"pgUser"_s), u"ana"_s);
    QTest::keyClicks(find<QLineEdit>(u"pgPassword"_s), u"pw"_s);
    QTest::mouseClick(find<QPushButton>(u"testDatabase"_s), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(
        message->text().startsWith(u"Could not connect"_s), qPrintable(message->text()), 30000);
    QVERIFY2(message->text().contains(u"no-such-host.invalid"_s), qPrintable(message->text()));
    QVERIFY(find<QPushButton>(u"testDatabase"_s)->isEnabled());
}

void TestSettingsPage::databaseTestOfTheCurrentFile()
{
    openPage();
    auto *message = find<QLabel>(u"databaseMessage"_s);
    // The form starts with the database in use; testing it finds Megaphone's tables.
    QTest::mouseClick(find<QPushButton>(u"testDatabase"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(u"Connected"_s), 30000);
    QVERIFY2(message->text().contains(u"schema version %1"_s.arg(m_db->schemaVersion())),
        qPrintable(message->text()));

    // A file that does not exist yet is not created by a test.
    find<QComboBox>(u"databaseKind"_s)->setCurrentIndex(0);
    const QString newFile = m_dir->filePath(u"new/megaphone.db"_s);
    find<QLineEdit>(u"sqlitePath"_s)->setText(newFile);
    QTest::mouseClick(find<QPushButton>(u"testDatabase"_s), Qt::LeftButton);
    QTRY_VERIFY(message->text().contains(u"no database file there yet"_s));
    QVERIFY(!QFileInfo::exists(newFile));
}

void TestSettingsPage::useDatabaseStoresTheUrlAndThePasswordApart()
{
    if (!m_haveKeychain)
        QSKIP("No D-Bus session: `make test` starts a throwaway Secret Service");
    openPage();
    find<QComboBox>(u"databaseKind"_s)->setCurrentIndex(1);
    for (const QString &name : { u"pgHost"_s, u"pgDatabase"_s, u"pgUser"_s })
        find<QLineEdit>(name)->clear();
    const QString password = u"pw"_s + QUuid::createUuid().toString(QUuid::Id128);
    QTest::keyClicks(find<QLineEdit>(u"pgHost"_s), u"db.example"_s);
    find<QSpinBox>(u"pgPort"_s)->setValue(6543);
    QTest::keyClicks(find<QLineEdit>(u"pgDatabase"_s), u"team"_s);
    QTest::keyClicks(find<QLineEdit>(u"pgUser"_s), u"ana"_s);
    auto *ssl = find<QComboBox>(u"pgSslMode"_s);
    ssl->setCurrentIndex(ssl->findData(u"require"_s));
    QTest::keyClicks(find<QLineEdit>(u"pgPassword"_s), password);
    QTest::mouseClick(find<QPushButton>(u"useDatabase"_s), Qt::LeftButton);
    auto *message = find<QLabel>(u"databaseMessage"_s);
    QTRY_VERIFY2(message->text().contains(u"after a restart"_s), qPrintable(message->text()));

    QCOMPARE(m_prefs->databaseUrl(), u"postgresql://ana@db.example:6543/team?sslmode=require"_s);
    const DatabaseUrl url = DatabaseUrl::parse(m_prefs->databaseUrl()).value();
    const QString key = CredentialStore::databaseKey(url.credentialName());
    QCOMPARE(m_keychain.read(key).value(), password);
    QVERIFY(!settingsBytes().contains(password.toUtf8()));
    QVERIFY(find<QLineEdit>(u"pgPassword"_s)->text().isEmpty());
    QVERIFY(m_keychain.remove(key).ok());
}

void TestSettingsPage::languageIsStoredInPreferences()
{
    openPage();
    auto *language = find<QComboBox>(u"language"_s);
    QCOMPARE(language->currentData().toString(), QString());
    QCOMPARE(language->count(), 5);
    language->setCurrentIndex(language->findData(u"pt_BR"_s));
    QCOMPARE(m_prefs->language(), u"pt_BR"_s);
    QVERIFY(find<QLabel>(u"languageMessage"_s)->text().contains(u"starts again"_s));

    // A new page shows the stored choice.
    m_page.reset();
    openPage();
    QCOMPARE(find<QComboBox>(u"language"_s)->currentText(), u"Português (Brasil)"_s);
}

// Off by default; Apply starts the real receiver at the address (port 0: a free one) and
// a request to it is answered; a bad address is explained; off again stops it.
void TestSettingsPage::webhookReceiverIsTurnedOnAndOff()
{
    openPage();
    WebhookService service(m_db, &m_keychain);
    m_page->setWebhookService(&service);
    auto *enabled = find<QCheckBox>(u"webhooksEnabled"_s);
    auto *listen = find<QLineEdit>(u"webhooksListen"_s);
    auto *apply = find<QPushButton>(u"webhooksApply"_s);
    auto *status = find<QLabel>(u"webhooksStatus"_s);
    QVERIFY(enabled && listen && apply && status);
    QVERIFY(!enabled->isChecked());
    QCOMPARE(listen->text(), u"127.0.0.1:8090"_s);
    QVERIFY(status->text().startsWith(u"Off"_s));

    listen->setText(u"nowhere"_s);
    enabled->setChecked(true);
    apply->click();
    QTRY_VERIFY2(status->text().contains(u"is not an address and a port"_s),
                 qPrintable(status->text()));
    listen->setText(u"127.0.0.1:0"_s);
    apply->click();
    QTRY_VERIFY(service.isListening());
    QVERIFY(m_prefs->webhooksEnabled());
    QCOMPARE(m_prefs->webhooksListen(), u"127.0.0.1:0"_s);
    QVERIFY2(status->text().contains(service.address()), qPrintable(status->text()));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, QUrl(service.address()).port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /webhooks/meta/1?hub.mode=subscribe HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY((answer += socket.readAll()).contains("\r\n")); // 404: there is no account 1
    QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());

    enabled->setChecked(false);
    apply->click();
    QVERIFY(!service.isListening());
    QVERIFY(status->text().startsWith(u"Off"_s));
    QVERIFY(!m_prefs->webhooksEnabled());
}

// With MEGAPHONE_SCREENSHOTS=DIR set, the page with two accounts and the account
// dialog (editing a Meta account) are saved as PNGs there.
void TestSettingsPage::screenshots()
{
    const QString dir = qEnvironmentVariable("MEGAPHONE_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("MEGAPHONE_SCREENSHOTS is not set");
    PortfolioStore(m_db).add({ 0, u"Acme Brazil"_s, 2000 }).value();
    seedAccount(u"Brazil marketing"_s, u"t"_s);
    seedAccount(u"India promotions"_s, u"t"_s);
    openPage();
    QTRY_COMPARE(find<QTableWidget>(u"accountsTable"_s)->rowCount(), 2);
    m_page->showTestResult(m_accountIds.first(), u"Connected"_s, true);
    QVERIFY(m_page->grab().save(dir + u"/settings-page.png"_s));
    selectAccountRow(0);
    AccountDialog *dialog = openAccountDialog(true);
    QVERIFY(dialog);
    QTRY_COMPARE(findIn<SecretField>(dialog->currentForm(), u"secret_access_token"_s)->stored(),
        m_haveKeychain ? SecretField::Stored::Yes : SecretField::Stored::Unreadable);
    dialog->adjustSize();
    QVERIFY(dialog->grab().save(dir + u"/settings-account-dialog.png"_s));
    dialog->reject();
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
