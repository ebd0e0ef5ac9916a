#include "TemplatesCommand.h"

#include "AccountStore.h"
#include "CliContext.h"
#include "ContactsCommand.h" // parseSubcommand
#include "Database.h"
#include "ProviderCall.h"
#include "TemplateStore.h"
#include "TemplateSync.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace megaphone {

QString TemplatesCommand::usage()
{
    return tr("Usage: megaphone-cli templates sync ACCOUNT\n"
              "       megaphone-cli templates list [ACCOUNT]");
}

int TemplatesCommand::run(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"sync")
        return sync(context, args.mid(1));
    if (sub == u"list")
        return list(context, args.mid(1));
    context.err() << usage() << Qt::endl;
    return ExitUsage;
}

int TemplatesCommand::sync(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseSubcommand(context, parser, u"templates sync"_s, args, 1, usage()))
        return ExitUsage;
    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    const QString id = parser.positionalArguments().constFirst();
    auto account = AccountStore(db).find(id.toLongLong());
    if (!account)
        return context.fail(account.error());
    if (!account.value())
        return context.fail(makeError(u"not-found"_s, tr("There is no account %1.").arg(id)));

    QEventLoop loop;
    std::optional<Result<QList<RemoteTemplate>>> listed;
    ProviderCall::listTemplates(
        *account.value(), &context.credentials(), &loop,
        [&](const Result<QList<RemoteTemplate>> &result) {
            listed = result;
            loop.quit();
        },
        [&](int pages, int templates) {
            if (!context.json())
                context.err() << tr("Read %n page(s), ", nullptr, pages)
                              << tr("%n template(s)...", nullptr, templates) << Qt::endl;
        });
    if (!listed)
        loop.exec();
    if (!listed->ok())
        return context.fail(listed->error());
    TemplateStore store(db);
    auto report = applyTemplates(store, account.value()->id, listed->value());
    if (!report)
        return context.fail(report.error());
    const SyncReport &r = report.value();
    context.print(QJsonObject { { u"listed"_s, int(listed->value().size()) },
                      { u"added"_s, r.added }, { u"updated"_s, r.updated },
                      { u"unchanged"_s, r.unchanged }, { u"deleted"_s, r.deleted } },
        tr("%n template(s) listed: ", nullptr, int(listed->value().size()))
            + tr("%1 added, %2 updated, %3 unchanged, %4 marked deleted.")
                  .arg(r.added)
                  .arg(r.updated)
                  .arg(r.unchanged)
                  .arg(r.deleted));
    return ExitOk;
}

int TemplatesCommand::list(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parser.parse(QStringList { u"templates list"_s } + args)
        || parser.positionalArguments().size() > 1) {
        context.err() << usage() << Qt::endl;
        return ExitUsage;
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    const qint64 accountId = parser.positionalArguments().value(0).toLongLong();
    auto templates = TemplateStore(db).list(accountId, false);
    if (!templates)
        return context.fail(templates.error());
    QJsonArray json;
    QStringList lines;
    for (const TemplateRecord &t : templates.value()) {
        json.append(QJsonObject { { u"id"_s, t.id }, { u"account_id"_s, t.accountId },
            { u"name"_s, t.name }, { u"language"_s, t.language }, { u"category"_s, t.category },
            { u"status"_s, t.status }, { u"parameter_format"_s, t.parameterFormat } });
        lines << u"%1\t%2\t%3\t%4\t%5"_s.arg(
            QString::number(t.id), t.name, t.language, t.status, t.category);
    }
    context.print(QJsonObject { { u"templates"_s, json } },
        lines.isEmpty() ? tr("No templates: run megaphone-cli templates sync ACCOUNT.")
                        : lines.join(u'\n'));
    return ExitOk;
}

} // namespace megaphone
