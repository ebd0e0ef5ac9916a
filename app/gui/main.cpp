// megaphone: the desktop application.
#include "Database.h"
#include "DatabaseChoice.h"
#include "DispatcherPool.h"
#include "Preferences.h"
#include "Logging.h"
#include "SandboxWebhookLink.h"
#include "WebhookService.h"
#include "MainWindow.h"
#include "Translations.h"
#include "secrets/KeychainCredentialStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

// Opens the chosen database; when that fails, explains why and offers the local one.
std::shared_ptr<Database> openDatabase(const QString &commandLineUrl, CredentialStore &keychain)
{
    Preferences prefs;
    auto url = DatabaseChoice::choose(commandLineUrl, prefs);
    Error problem;
    if (url) {
        DatabaseUrl chosen = url.value();
        DatabaseChoice::attachPassword(chosen, &keychain);
        auto db = Database::open(chosen);
        if (db)
            return db.value();
        problem = db.error();
    } else {
        problem = url.error();
    }
    if (url && url->isSqlite() && url.value() == DatabaseUrl::defaultSqlite()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Megaphone"), problem.message);
        return nullptr;
    }

    QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Megaphone"),
                    problem.message);
    QPushButton *local =
        box.addButton(QApplication::translate("main", "Open the local database"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() != local)
        return nullptr;
    auto db = Database::open(DatabaseUrl::defaultSqlite());
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Megaphone"), db.error().message);
        return nullptr;
    }
    return db.value();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Megaphone"_s);
    QApplication::setApplicationName(u"Megaphone"_s);
    QApplication::setApplicationDisplayName(u"Megaphone"_s);
    QApplication::setApplicationVersion(QStringLiteral(MEGAPHONE_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/megaphone.svg"_s));
    QApplication::setDesktopFileName(u"io.github.megaphone_app.Megaphone"_s);
    // Settings > Language, else the system's; numbers and dates follow it.
    Translations::install(&app, Preferences().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Megaphone: WhatsApp marketing broadcasts."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"database"_s,
                      QApplication::translate("main", "Database URL: sqlite:///path/file.db or "
                                                      "postgresql://user@host:5432/db?sslmode=require."),
                      QApplication::translate("main", "url")});
    parser.process(app);

    KeychainCredentialStore keychain;
    auto db = openDatabase(parser.value(u"database"_s), keychain);
    if (!db)
        return 1;

    // Before anything sends: the in-process sandbox's status webhooks come back here.
    SandboxWebhookLink sandboxWebhooks(db);
    if (auto linked = sandboxWebhooks.start(); !linked)
        qCWarning(lcWebhooks).noquote() << linked.error().message;
    MainWindow window(db, &keychain);
    window.show();
    // Broadcasts of every account are sent from here, each account on its own thread,
    // unless another app or worker already sends from it. Quitting stops them cleanly:
    // nothing new leaves, and the answers to requests in flight are recorded.
    DispatcherPool sending(db, &keychain, DispatcherPool::Options{});
    // The webhook receiver is off until turned on in Settings.
    WebhookService webhooks(db, &keychain);
    window.setWebhookService(&webhooks);
    if (Preferences preferences; preferences.webhooksEnabled())
        webhooks.start(preferences.webhooksListen());
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &sending, &DispatcherPool::stop);
    sending.start();
    return QApplication::exec();
}
