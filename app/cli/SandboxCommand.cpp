#include "SandboxCommand.h"

#include "CliContext.h"
#include "HttpServer.h"
#include "ContactsCommand.h" // parseSubcommand
#include "SandboxServer.h"
#include "StopSignals.h"

#include <QCommandLineParser>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

bool readInt(const QCommandLineParser &parser, const QString &name, int &value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    value = parser.value(name).toInt(&ok);
    return ok && value >= 0;
}

} // namespace

QString SandboxCommand::usage()
{
    return tr("Usage: megaphone-cli sandbox serve [--listen ADDR:PORT] [--latency-ms M] "
              "[--jitter-ms J]\n"
              "             [--mps N] [--tier N] [--failures SPEC] [--webhook-url URL]\n"
              "             [--app-secret-env VAR] [--log FILE]\n"
              "  SPEC: CODE:P,timeout:P,drop:P,async-CODE:P (P a probability, e.g. "
              "131026:0.02,timeout:0.005)");
}

int SandboxCommand::run(CliContext &context, const QStringList &args)
{
    if (args.value(0) != u"serve") {
        context.err() << usage() << Qt::endl;
        return ExitUsage;
    }
    QCommandLineParser parser;
    for (const char *name : { "listen", "latency-ms", "jitter-ms", "mps", "tier", "failures",
             "webhook-url", "app-secret-env", "log", "seed" })
        parser.addOption({ QString::fromLatin1(name), QString(), u"value"_s });
    if (!parseSubcommand(context, parser, u"sandbox serve"_s, args.mid(1), 0, usage()))
        return ExitUsage;

    SandboxOptions options;
    int seed = 0;
    if (!readInt(parser, u"latency-ms"_s, options.latencyMs)
        || !readInt(parser, u"jitter-ms"_s, options.jitterMs)
        || !readInt(parser, u"mps"_s, options.mps) || !readInt(parser, u"tier"_s, options.tier)
        || !readInt(parser, u"seed"_s, seed)) {
        context.err() << tr("--latency-ms, --jitter-ms, --mps, --tier and --seed take whole "
                            "numbers of 0 or more.")
                      << Qt::endl;
        return ExitUsage;
    }
    options.seed = quint32(seed);
    auto failures = SandboxOptions::parseFailures(parser.value(u"failures"_s));
    if (!failures) {
        context.err() << failures.error().message << Qt::endl;
        return ExitUsage;
    }
    options.failures = failures.value();
    options.webhookUrl = QUrl(parser.value(u"webhook-url"_s));
    if (parser.isSet(u"app-secret-env"_s)) {
        options.appSecret
            = qEnvironmentVariable(parser.value(u"app-secret-env"_s).toLocal8Bit().constData());
        if (options.appSecret.isEmpty())
            return context.fail(makeError(u"usage"_s,
                tr("The environment variable %1 is empty.")
                    .arg(parser.value(u"app-secret-env"_s))));
    }
    options.logFile = parser.value(u"log"_s);

    QHostAddress address(QHostAddress::LocalHost);
    quint16 port = 0;
    if (parser.isSet(u"listen"_s)) {
        if (!HttpServer::parseListen(parser.value(u"listen"_s), address, port)) {
            context.err() << tr("--listen takes an address and a port, such as 127.0.0.1:8089.")
                          << Qt::endl;
            return ExitUsage;
        }
    }

    SandboxServer server(options);
    if (auto listening = server.listen(address, port); !listening)
        return context.fail(listening.error());
    const QString base = server.baseUrl().toString();
    context.print(
        QJsonObject { { u"base_url"_s, base }, { u"phone_number_id"_s, options.phoneNumberId },
            { u"waba_id"_s, options.wabaId } },
        tr("Sandbox listening on %1 (phone number id %2, WABA id %3). Stop it with "
           "Ctrl+C.")
            .arg(base, options.phoneNumberId, options.wabaId));
    StopSignals::quitOnStop();
    QCoreApplication::exec();
    if (!context.json()) {
        context.out() << tr("Accepted %n message(s), ", nullptr, server.acceptedCount())
                      << tr("%n duplicate(s).", nullptr, server.duplicateCount()) << Qt::endl;
    }
    return ExitOk;
}

} // namespace megaphone
