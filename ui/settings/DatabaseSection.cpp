#include "DatabaseSection.h"

#include "Database.h"
#include "MessageLabel.h"
#include "Migrations.h"
#include "Preferences.h"
#include "secrets/CredentialStore.h"
#include "widgets/Dialogs.h"
#include "widgets/HintLabel.h"
#include "widgets/RunInBackground.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
enum Kind { SqliteKind, PostgresKind };
}

DatabaseSection::DatabaseSection(std::shared_ptr<const Database> db, CredentialStore *credentials,
    Preferences *preferences, QWidget *parent)
    : QGroupBox(tr("Database"), parent)
    , m_db(std::move(db))
    , m_credentials(credentials)
    , m_preferences(preferences)
{
    setObjectName(u"databaseSection"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createCurrent());
    layout->addWidget(createChoice());
    fillFrom(m_db->url());
}

QWidget *DatabaseSection::createCurrent()
{
    auto *current = new QWidget(this);
    auto *form = new QFormLayout(current);
    form->setContentsMargins(0, 0, 0, 0);
    // DatabaseUrl never holds a password in what describe() and toString() give.
    auto *description = new QLabel(m_db->url().describe(), current);
    description->setObjectName(u"databaseDescription"_s);
    auto *url = new QLabel(m_db->url().toString(), current);
    url->setObjectName(u"databaseUrl"_s);
    url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    url->setWordWrap(true);
    m_schemaVersion = new QLabel(current);
    m_schemaVersion->setObjectName(u"schemaVersion"_s);
    form->addRow(tr("In use:"), description);
    form->addRow(tr("Address:"), url);
    form->addRow(tr("Schema version:"), m_schemaVersion);
    return current;
}

QWidget *DatabaseSection::createChoice()
{
    auto *choice = new QWidget(this);
    m_kind = new QComboBox(choice);
    m_kind->setObjectName(u"databaseKind"_s);
    m_kind->addItem(tr("SQLite file on this computer"));
    m_kind->addItem(tr("PostgreSQL server (shared by a team)"));
    m_forms = new QStackedWidget(choice);
    m_forms->addWidget(createSqliteForm());
    m_forms->addWidget(createPostgresForm());
    connect(m_kind, &QComboBox::currentIndexChanged, m_forms, &QStackedWidget::setCurrentIndex);

    m_test = new QPushButton(tr("Test"), choice);
    m_test->setObjectName(u"testDatabase"_s);
    m_use = new QPushButton(tr("Use This Database"), choice);
    m_use->setObjectName(u"useDatabase"_s);
    m_message = new MessageLabel(choice);
    m_message->setObjectName(u"databaseMessage"_s);
    connect(m_test, &QPushButton::clicked, this, &DatabaseSection::testConnection);
    connect(m_use, &QPushButton::clicked, this, &DatabaseSection::useDatabase);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_use);
    buttons->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Use:"), m_kind);
    auto *layout = new QVBoxLayout(choice);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_forms);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(hintLabel(tr("A new choice applies when Megaphone starts again. "
                                   "--database and MEGAPHONE_DATABASE_URL still win over it."),
        choice));
    return choice;
}

QWidget *DatabaseSection::createSqliteForm()
{
    auto *page = new QWidget(this);
    m_path = new QLineEdit(page);
    m_path->setObjectName(u"sqlitePath"_s);
    auto *browse = new QPushButton(tr("Browse\u2026"), page);
    browse->setObjectName(u"sqliteBrowse"_s);
    connect(browse, &QPushButton::clicked, this, &DatabaseSection::browse);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("File:"), row);
    return page;
}

QWidget *DatabaseSection::createPostgresForm()
{
    auto *page = new QWidget(this);
    m_host = new QLineEdit(page);
    m_host->setObjectName(u"pgHost"_s);
    m_host->setPlaceholderText(u"db.example.com"_s);
    m_port = new QSpinBox(page);
    m_port->setObjectName(u"pgPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"pgDatabase"_s);
    m_name->setPlaceholderText(u"megaphone"_s);
    m_user = new QLineEdit(page);
    m_user->setObjectName(u"pgUser"_s);
    m_sslMode = new QComboBox(page);
    m_sslMode->setObjectName(u"pgSslMode"_s);
    m_sslMode->addItem(tr("Default (prefer)"), QString());
    for (const QString &mode :
        { u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s })
        m_sslMode->addItem(mode, mode);
    m_password = new QLineEdit(page);
    m_password->setObjectName(u"pgPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Leave empty to keep the stored one"));

    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_name);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Encryption (sslmode):"), m_sslMode);
    form->addRow(tr("Password:"), m_password);
    form->addRow(hintLabel(tr("The password is kept in the system keychain, never in the "
                              "settings file."),
        page));
    return page;
}

void DatabaseSection::fillFrom(const DatabaseUrl &url)
{
    m_kind->setCurrentIndex(url.isSqlite() ? SqliteKind : PostgresKind);
    if (url.isSqlite()) {
        m_path->setText(QDir::toNativeSeparators(url.path()));
        return;
    }
    m_host->setText(url.host());
    m_port->setValue(url.port());
    m_name->setText(url.databaseName());
    m_user->setText(url.user());
    const int ssl = m_sslMode->findData(url.sslMode());
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
}

void DatabaseSection::browse()
{
    const QString path = Dialogs::getSaveFileName(this, tr("SQLite Database File"), m_path->text(),
        tr("SQLite databases (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

Result<DatabaseUrl> DatabaseSection::chosenUrl() const
{
    if (m_kind->currentIndex() == SqliteKind) {
        const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        if (path.isEmpty() || !QDir::isAbsolutePath(path))
            return makeError(u"bad-url"_s, tr("Choose the database file (a full path)."));
        if (QFileInfo(path).isDir())
            return makeError(u"bad-url"_s, tr("%1 is a folder; choose a file.").arg(path));
        return DatabaseUrl::sqlite(path);
    }
    if (m_host->text().trimmed().isEmpty())
        return makeError(u"bad-url"_s, tr("Enter the PostgreSQL server's name or address."));
    if (m_name->text().trimmed().isEmpty())
        return makeError(u"bad-url"_s, tr("Enter the name of the database on the server."));
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_user->text().trimmed());
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(u"/"_s + m_name->text().trimmed());
    if (const QString ssl = m_sslMode->currentData().toString(); !ssl.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(u"sslmode"_s, ssl);
        url.setQuery(query);
    }
    if (!url.isValid())
        return makeError(
            u"bad-url"_s, tr("The server name \"%1\" is not valid.").arg(m_host->text().trimmed()));
    return DatabaseUrl::parse(url.toString(QUrl::FullyEncoded));
}

QString DatabaseSection::passwordKey(const DatabaseUrl &url) const
{
    // The name DatabaseChoice::attachPassword reads at start-up.
    return CredentialStore::databaseKey(url.credentialName());
}

void DatabaseSection::refresh()
{
    runInBackground(
        this, [db = m_db] { return db->schemaVersion(); },
        [this](int version) { m_schemaVersion->setText(QString::number(version)); });
}

void DatabaseSection::testConnection()
{
    auto url = chosenUrl();
    if (!url) {
        m_message->showMessage(url.error().message, true);
        return;
    }
    setBusy(true);
    m_message->showMessage(tr("Connecting\u2026"));
    DatabaseUrl target = url.value();
    if (target.isSqlite() || !m_password->text().isEmpty()) {
        target.setPassword(m_password->text());
        check(target);
        return;
    }
    if (const QString fromEnvironment = qEnvironmentVariable("MEGAPHONE_DATABASE_PASSWORD");
        !fromEnvironment.isEmpty() || !m_credentials) {
        target.setPassword(fromEnvironment);
        check(target);
        return;
    }
    // No password typed: the stored one, if any (none is fine: trust or ~/.pgpass).
    m_credentials->readAsync(
        passwordKey(target), this, [this, target](const Result<QString> &stored) mutable {
            if (stored)
                target.setPassword(stored.value());
            check(target);
        });
}

void DatabaseSection::check(DatabaseUrl url)
{
    runInBackground(
        this, [url] { return Database::check(url); },
        [this, url](const Result<int> &version) {
            setBusy(false);
            if (!version) {
                if (url.isSqlite() && version.error().code == u"not-found")
                    m_message->showMessage(tr("There is no database file there yet; Megaphone "
                                              "creates it when it starts with this choice."));
                else
                    m_message->showMessage(
                        tr("Could not connect: %1").arg(version.error().message), true);
                return;
            }
            const int latest = Migrations::latestVersion();
            if (version.value() == 0)
                m_message->showMessage(tr("Connected. The database is empty; Megaphone creates "
                                          "its tables when it starts with it."));
            else if (version.value() > latest)
                m_message->showMessage(
                    tr("Connected, but a newer version of Megaphone wrote this database (schema "
                       "version %1). Update Megaphone before using it.")
                        .arg(version.value()),
                    true);
            else
                m_message->showMessage(tr("Connected. It holds Megaphone data (schema version %1).")
                                           .arg(version.value()));
        });
}

void DatabaseSection::useDatabase()
{
    auto url = chosenUrl();
    if (!url) {
        m_message->showMessage(url.error().message, true);
        return;
    }
    const QString password = m_password->text();
    if (url->isSqlite() || password.isEmpty()) {
        store(url.value());
        return;
    }
    if (!m_credentials) {
        m_message->showMessage(
            tr("No keychain is connected, so the password cannot be kept."), true);
        return;
    }
    setBusy(true);
    const DatabaseUrl chosen = url.value();
    m_credentials->writeAsync(
        passwordKey(chosen), password, this, [this, chosen](const Result<void> &written) {
            setBusy(false);
            if (!written) {
                m_message->showMessage(tr("The password could not be stored, so nothing was "
                                          "changed: %1")
                                           .arg(written.error().message),
                    true);
                return;
            }
            m_password->clear();
            store(chosen);
        });
}

void DatabaseSection::store(const DatabaseUrl &url)
{
    if (!m_preferences)
        return;
    m_preferences->setDatabaseUrl(url); // without any password, by design
    m_preferences->sync();
    QString text = tr("Saved. Megaphone uses %1 after a restart.").arg(url.describe());
    if (!qEnvironmentVariableIsEmpty("MEGAPHONE_DATABASE_URL"))
        text += u" "_s + tr("MEGAPHONE_DATABASE_URL is set in this environment and still wins.");
    m_message->showMessage(text);
}

void DatabaseSection::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_use->setEnabled(!busy);
}

} // namespace megaphone
