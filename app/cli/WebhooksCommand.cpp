#include "WebhooksCommand.h"

#include "CliContext.h"
#include "HttpServer.h"
#include "ContactsCommand.h" // parseSubcommand
#include "Database.h"
#include "StopSignals.h"
#include "WebhookReceiver.h"

#include <QCommandLineParser>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace megaphone {

QString WebhooksCommand::usage()
{
    return tr("Usage: megaphone-cli webhooks serve [--listen ADDR:PORT]\n"
              "  Receives the providers' webhooks at /webhooks/meta/<account>,\n"
              "  /webhooks/360dialog/<account>/<token> and /webhooks/twilio/<account> (put a\n"
              "  reverse proxy with HTTPS in front). Default: 127.0.0.1:8090.");
}

int WebhooksCommand::run(CliContext &context, const QStringList &args)
{
    if (args.value(0) != u"serve") {
        context.err() << usage() << Qt::endl;
        return ExitUsage;
    }
    QCommandLineParser parser;
    parser.addOption({u"listen"_s, QString(), u"address"_s});
    if (!parseSubcommand(context, parser, u"webhooks serve"_s, args.mid(1), 0, usage()))
        return ExitUsage;
    QHostAddress address(QHostAddress::LocalHost);
    quint16 port = 8090;
    if (parser.isSet(u"listen"_s) && !HttpServer::parseListen(parser.value(u"listen"_s), address, port)) {
        context.err() << tr("--listen takes an address and a port, such as 127.0.0.1:8090.")
                      << Qt::endl;
        return ExitUsage;
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    WebhookReceiver receiver(db, &context.credentials());
    if (auto listening = receiver.listen(address, port); !listening)
        return context.fail(listening.error());
    const QString where = u"http://%1:%2"_s.arg(address.toString()).arg(receiver.port());
    context.print(QJsonObject{{u"listening"_s, where}},
                  tr("Receiving webhooks on %1 (for example %1/webhooks/meta/1). Stop it with "
                     "Ctrl+C.")
                      .arg(where));
    StopSignals::quitOnStop();
    QCoreApplication::exec();
    receiver.close();
    (void)receiver.applyNow(); // what arrived last is applied before leaving
    return ExitOk;
}

} // namespace megaphone
