// megaphone-cli: the same jobs as the GUI without a screen, for scripts, servers and tests.
#include "CliContext.h"
#include "AccountsCommand.h"
#include "BroadcastsCommand.h"
#include "ContactsCommand.h"
#include "SandboxCommand.h"
#include "WebhooksCommand.h"
#include "TemplatesCommand.h"
#include "WorkerRun.h"
#include "Preferences.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

QString commandsHelp()
{
    return QCoreApplication::translate("main", "Commands:\n"
                                               "  contacts count    count contacts, by tag and consent\n"
                                               "  contacts preview  show how a CSV or vCard file will be read\n"
                                               "  contacts import   import contacts from a CSV or vCard file\n"
                                               "  contacts export   export contacts to CSV\n"
                                               "  accounts add      add a sender account (secrets on stdin)\n"
                                               "  accounts list     list the sender accounts\n"
                                               "  accounts test     test an account's connection\n"
                                               "  templates sync    read an account's templates from its provider\n"
                                               "  templates list    list the stored templates\n"
                                               "  broadcasts        create, send, pause, resume, cancel, retry, status, list\n"
                                               "  worker            send due broadcasts until stopped\n"
                                               "  sandbox serve     run the WhatsApp Cloud API sandbox\n"
                                               "  webhooks serve    receive delivery, read and reply webhooks\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Megaphone"_s);
    QCoreApplication::setApplicationName(u"Megaphone"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MEGAPHONE_VERSION));
    // The language chosen in the app's Settings, else the system's (LANG).
    Translations::install(&app, Preferences().language());

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Megaphone: WhatsApp marketing broadcasts from the "
                                            "command line.\n\n") +
        commandsHelp());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOption({u"database"_s,
                      QCoreApplication::translate("main", "Database URL: sqlite:///path/file.db or "
                                                          "postgresql://user@host:5432/db?sslmode=require."),
                      QCoreApplication::translate("main", "url")});
    parser.addOption({u"json"_s, QCoreApplication::translate("main", "Print one JSON document.")});
    parser.addOption({u"verbose"_s, QCoreApplication::translate("main", "Log what happens to standard error.")});
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("main", "The command to run."));

    // Global options may also follow the command words ("contacts count --json").
    QStringList arguments = QCoreApplication::arguments();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(u"megaphone.*.info=true"_s);
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return ExitOk;
    }

    // Pull --database and --json out of the command's own words so that every
    // command accepts them in any position.
    QStringList words = parser.positionalArguments();
    QStringList globals{arguments.first()};
    for (qsizetype i = 0; i < words.size();) {
        const QString &word = words.at(i);
        if (word == u"--json") {
            globals << word;
            words.removeAt(i);
        } else if (word == u"--database" && i + 1 < words.size()) {
            globals << word << words.at(i + 1);
            words.remove(i, 2);
        } else if (word.startsWith(u"--database=")) {
            globals << word;
            words.removeAt(i);
        } else {
            ++i;
        }
    }
    for (const QString &option : {u"database"_s}) {
        if (parser.isSet(option))
            globals << u"--"_s + option << parser.value(option);
    }
    if (parser.isSet(u"json"_s))
        globals << u"--json"_s;
    QCommandLineParser global;
    global.addOption({u"database"_s, QString(), u"url"_s});
    global.addOption({u"json"_s, QString()});
    global.parse(globals);

    CliContext context(global, out, err);
    const QString command = words.value(0);
    if (command == u"contacts")
        return ContactsCommand::run(context, words.mid(1));
    if (command == u"accounts")
        return AccountsCommand::run(context, words.mid(1));
    if (command == u"templates")
        return TemplatesCommand::run(context, words.mid(1));
    if (command == u"broadcasts")
        return BroadcastsCommand::run(context, words.mid(1));
    if (command == u"worker")
        return WorkerRun::worker(context, words.mid(1));
    if (command == u"sandbox")
        return SandboxCommand::run(context, words.mid(1));
    if (command == u"webhooks")
        return WebhooksCommand::run(context, words.mid(1));

    err << (command.isEmpty()
                ? QCoreApplication::translate("main", "No command given.")
                : QCoreApplication::translate("main", "Unknown command \"%1\".").arg(command))
        << Qt::endl
        << commandsHelp() << QCoreApplication::translate("main", "See megaphone-cli --help.")
        << Qt::endl;
    return ExitUsage;
}
