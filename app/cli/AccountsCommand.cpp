#include "AccountsCommand.h"

#include "AccountSecrets.h"
#include "AccountStore.h"
#include "CliContext.h"
#include "ContactsCommand.h" // parseSubcommand
#include "Database.h"
#include "MetaProvider.h"
#include "PortfolioStore.h"
#include "ProviderCall.h"
#include "SandboxOptions.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) != 0;
#elif defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) != 0;
#else
    return false;
#endif
}

// name=value lines; a single bare line is the provider's main secret.
Result<AccountSecrets> readSecrets(ProviderKind provider)
{
    AccountSecrets secrets;
    if (stdinIsTerminal())
        return secrets;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        return secrets;
    const QStringList lines = QString::fromUtf8(in.readAll()).split(u'\n', Qt::SkipEmptyParts);
    const QStringList names = AccountSecrets::namesFor(provider);
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QString name = equals > 0 ? line.left(equals).trimmed() : QString();
        if (equals > 0 && names.contains(name)) {
            secrets.set(name, line.mid(equals + 1).trimmed());
        } else if (lines.size() == 1) {
            secrets.set(AccountSecrets::mainNameFor(provider), line);
        } else {
            return makeError(u"usage"_s,
                AccountsCommand::tr("Standard input line \"%1...\" is not name=value "
                                    "with a name among: %2.")
                    .arg(line.left(12), names.join(u", "_s)));
        }
    }
    return secrets;
}

QJsonObject accountJson(const Account &a)
{
    return QJsonObject { { u"id"_s, a.id }, { u"provider"_s, providerToString(a.provider) },
        { u"label"_s, a.label }, { u"portfolio_id"_s, a.portfolioId },
        { u"phone_number_id"_s, a.phoneNumberId }, { u"waba_id"_s, a.wabaId },
        { u"display_number"_s, a.displayNumber }, { u"quality_rating"_s, a.qualityRating },
        { u"throughput_mps"_s, a.throughputMps }, { u"base_url"_s, a.baseUrl },
        { u"api_version"_s, a.apiVersion }, { u"settings"_s, a.settings } };
}

Result<qint64> portfolioNamed(const std::shared_ptr<Database> &db, const QString &name)
{
    PortfolioStore portfolios(db);
    auto found = portfolios.findByName(name);
    if (!found)
        return found.error();
    if (found.value())
        return found.value()->id;
    Portfolio portfolio;
    portfolio.name = name;
    return portfolios.add(portfolio);
}

} // namespace

QString AccountsCommand::usage()
{
    return tr("Usage: megaphone-cli accounts add --provider meta|360dialog|twilio|relay|sandbox "
              "--label L\n"
              "             [--base-url URL] [--api-version vNN.0] [--phone-number-id ID] "
              "[--waba-id ID]\n"
              "             [--portfolio NAME] [--account-sid SID] [--from NUMBER]\n"
              "             [--messaging-service-sid SID] [--callback-base-url URL] [--max-mps N]\n"
              "             (secrets on standard input: name=value lines, or one bare line)\n"
              "       megaphone-cli accounts list\n"
              "       megaphone-cli accounts test ID");
}

int AccountsCommand::run(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"add")
        return add(context, args.mid(1));
    if (sub == u"list")
        return list(context, args.mid(1));
    if (sub == u"test")
        return test(context, args.mid(1));
    context.err() << usage() << Qt::endl;
    return ExitUsage;
}

int AccountsCommand::add(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    for (const char *name :
        { "provider", "label", "base-url", "api-version", "phone-number-id", "waba-id", "portfolio",
            "account-sid", "from", "messaging-service-sid", "callback-base-url", "max-mps" })
        parser.addOption({ QString::fromLatin1(name), QString(), u"value"_s });
    if (!parseSubcommand(context, parser, u"accounts add"_s, args, 0, usage()))
        return ExitUsage;
    const auto provider = providerFromString(parser.value(u"provider"_s));
    if (!provider || parser.value(u"label"_s).trimmed().isEmpty()) {
        context.err() << tr("accounts add needs --provider (meta, 360dialog, twilio, relay or "
                            "sandbox) and --label.")
                      << Qt::endl
                      << usage() << Qt::endl;
        return ExitUsage;
    }
    Account account;
    account.provider = *provider;
    account.label = parser.value(u"label"_s).trimmed();
    account.baseUrl = parser.value(u"base-url"_s);
    account.apiVersion = parser.value(u"api-version"_s);
    account.phoneNumberId = parser.value(u"phone-number-id"_s);
    account.wabaId = parser.value(u"waba-id"_s);
    if (parser.isSet(u"max-mps"_s))
        account.settings.insert(u"max_mps"_s, parser.value(u"max-mps"_s).toInt());
    const QList<QPair<QString, QString>> settings = { { u"account-sid"_s, u"account_sid"_s },
        { u"from"_s, u"from"_s }, { u"messaging-service-sid"_s, u"messaging_service_sid"_s },
        { u"callback-base-url"_s, u"callback_base_url"_s } };
    for (const auto &[option, key] : settings) {
        if (parser.isSet(option))
            account.settings.insert(key, parser.value(option));
    }
    if (account.provider == ProviderKind::Sandbox) {
        const SandboxOptions defaults;
        account.phoneNumberId = defaults.phoneNumberId;
        account.wabaId = defaults.wabaId;
    }
    if (account.provider == ProviderKind::Meta || account.provider == ProviderKind::Sandbox) {
        if (account.apiVersion.isEmpty())
            account.apiVersion = MetaProvider::defaultApiVersion();
        if (account.phoneNumberId.isEmpty() || account.wabaId.isEmpty()) {
            context.err() << tr("A Meta account needs --phone-number-id and --waba-id (WhatsApp "
                                "Manager shows both).")
                          << Qt::endl;
            return ExitUsage;
        }
    }
    if (account.provider == ProviderKind::Twilio && !account.settings.contains(u"account_sid"_s)) {
        context.err() << tr("A Twilio account needs --account-sid.") << Qt::endl;
        return ExitUsage;
    }
    if (account.provider == ProviderKind::Relay && account.baseUrl.isEmpty()) {
        context.err() << tr("A relay account needs --base-url.") << Qt::endl;
        return ExitUsage;
    }
    auto secrets = readSecrets(account.provider);
    if (!secrets)
        return context.fail(secrets.error());

    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    if (parser.isSet(u"portfolio"_s)) {
        auto portfolio = portfolioNamed(db, parser.value(u"portfolio"_s).trimmed());
        if (!portfolio)
            return context.fail(portfolio.error());
        account.portfolioId = portfolio.value();
    }
    AccountStore accounts(db);
    auto id = accounts.add(account);
    if (!id)
        return context.fail(id.error());
    account.id = id.value();
    if (auto saved = secrets->save(account.id, context.credentials()); !saved) {
        (void)accounts.remove(account.id); // no account without its secrets
        return context.fail(saved.error());
    }
    context.print(accountJson(account),
        tr("Added account %1 (%2, %3).")
            .arg(QString::number(account.id), account.label, providerToString(account.provider)));
    return ExitOk;
}

int AccountsCommand::list(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseSubcommand(context, parser, u"accounts list"_s, args, 0, usage()))
        return ExitUsage;
    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    auto accounts = AccountStore(db).list();
    if (!accounts)
        return context.fail(accounts.error());
    QJsonArray json;
    QStringList lines;
    for (const Account &a : accounts.value()) {
        json.append(accountJson(a));
        lines << u"%1\t%2\t%3\t%4"_s.arg(
            QString::number(a.id), providerToString(a.provider), a.label, a.displayNumber);
    }
    context.print(QJsonObject { { u"accounts"_s, json } },
        lines.isEmpty() ? tr("No accounts yet: add one with megaphone-cli accounts add.")
                        : lines.join(u'\n'));
    return ExitOk;
}

int AccountsCommand::test(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseSubcommand(context, parser, u"accounts test"_s, args, 1, usage()))
        return ExitUsage;
    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    AccountStore accounts(db);
    auto account = accounts.find(parser.positionalArguments().constFirst().toLongLong());
    if (!account)
        return context.fail(account.error());
    if (!account.value())
        return context.fail(makeError(u"not-found"_s,
            tr("There is no account %1.").arg(parser.positionalArguments().constFirst())));
    Account a = *account.value();
    QEventLoop loop;
    std::optional<Result<ConnectionInfo>> outcome;
    ProviderCall::testConnection(
        a, &context.credentials(), &loop, [&](const Result<ConnectionInfo> &result) {
            outcome = result;
            loop.quit();
        });
    if (!outcome)
        loop.exec();
    if (!outcome->ok())
        return context.fail(outcome->error());
    const ConnectionInfo &info = outcome->value();
    if (!info.displayNumber.isEmpty())
        a.displayNumber = info.displayNumber;
    if (!info.qualityRating.isEmpty())
        a.qualityRating = info.qualityRating;
    if (info.throughputMps > 0)
        a.throughputMps = info.throughputMps;
    (void)accounts.update(a);
    context.print(
        QJsonObject { { u"ok"_s, true }, { u"display_number"_s, info.displayNumber },
            { u"verified_name"_s, info.verifiedName }, { u"quality_rating"_s, info.qualityRating },
            { u"status"_s, info.status }, { u"throughput_mps"_s, info.throughputMps },
            { u"messaging_limit"_s, info.messagingLimit }, { u"summary"_s, info.summary } },
        info.summary);
    return ExitOk;
}

} // namespace megaphone
