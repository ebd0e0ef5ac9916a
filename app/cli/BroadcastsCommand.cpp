#include "BroadcastsCommand.h"

#include "AccountStore.h"
#include "BroadcastStore.h"
#include "BroadcastControl.h"
#include "CliContext.h"
#include "Clock.h"
#include "ContactsCommand.h" // parseSubcommand
#include "Database.h"
#include "MessageTemplate.h"
#include "RecipientReport.h"
#include "RecipientStore.h"
#include "SendingStore.h"
#include "SendingWindow.h"
#include "TemplateMapping.h"
#include "TemplateStore.h"
#include "WorkerRun.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

// --map PARAM=FIELD[|FALLBACK], PARAM=attr.NAME[|FALLBACK] or PARAM=static:TEXT. PARAM is a
// parameter id (body.1, header.first_name, button.0) or a bare body variable (1, first_name).
Result<TemplateMapping> mappingFrom(const QStringList &maps)
{
    TemplateMapping mapping;
    for (const QString &map : maps) {
        const qsizetype equals = map.indexOf(u'=');
        if (equals <= 0)
            return makeError(u"usage"_s, BroadcastsCommand::tr("--map takes PARAM=FIELD, as in "
                                                                "1=first_name|there."));
        QString param = map.left(equals).trimmed();
        if (!param.contains(u'.'))
            param.prepend(u"body."_s);
        QString source = map.mid(equals + 1);
        ParameterBinding binding;
        if (source.startsWith(u"static:")) {
            binding.source = ParameterBinding::Source::Fixed;
            binding.value = source.mid(7);
        } else {
            binding.fallback = source.section(u'|', 1);
            source = source.section(u'|', 0, 0).trimmed();
            binding.source = source.startsWith(u"attr.") ? ParameterBinding::Source::Attribute
                                                          : ParameterBinding::Source::ContactField;
            binding.value = source.startsWith(u"attr.") ? source.mid(5) : source;
        }
        if (param == u"header.media" && binding.source == ParameterBinding::Source::Fixed)
            mapping.headerMediaUrl = binding.value;
        else
            mapping.bindings.insert(param, binding);
    }
    return mapping;
}

qint64 idArgument(const QCommandLineParser &parser)
{
    return parser.positionalArguments().value(0).toLongLong();
}

// The broadcast, or an error that says there is none.
Result<Broadcast> findBroadcast(const std::shared_ptr<Database> &db, qint64 id)
{
    auto found = BroadcastStore(db).find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(u"not-found"_s, BroadcastsCommand::tr("There is no broadcast %1.").arg(id));
    return *found.value();
}

} // namespace

QString BroadcastsCommand::usage()
{
    return tr("Usage: megaphone-cli broadcasts create --name N --account A --template NAME "
              "[--language L]\n"
              "             [--tag T]... [--exclude-tag T]... [--map PARAM=FIELD[|FALLBACK]]...\n"
              "             [--map PARAM=static:TEXT]... [--at ISO8601] [--window HH:MM-HH:MM]\n"
              "             [--max-mps N]\n"
              "       megaphone-cli broadcasts send ID [--wait] | confirm ID [--wait]\n"
              "       megaphone-cli broadcasts pause ID | resume ID | cancel ID\n"
              "       megaphone-cli broadcasts retry-failed ID | retry-unknown ID\n"
              "       megaphone-cli broadcasts status ID | list\n"
              "       megaphone-cli broadcasts export ID [OUT.csv | --output OUT.csv]  (default: stdout)");
}

int BroadcastsCommand::run(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"create")
        return create(context, args.mid(1));
    if (sub == u"send" || sub == u"confirm")
        return send(context, sub, args.mid(1));
    if (sub == u"export")
        return exportReport(context, args.mid(1));
    if (sub == u"pause" || sub == u"resume" || sub == u"cancel")
        return setStatus(context, sub, args.mid(1));
    if (sub == u"retry-failed" || sub == u"retry-unknown")
        return retry(context, sub, args.mid(1));
    if (sub == u"status")
        return status(context, args.mid(1));
    if (sub == u"list")
        return list(context, args.mid(1));
    context.err() << usage() << Qt::endl;
    return ExitUsage;
}

int BroadcastsCommand::create(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    for (const char *name : {"name", "account", "template", "language", "tag", "exclude-tag",
                             "map", "at", "window", "max-mps"})
        parser.addOption({QString::fromLatin1(name), QString(), u"value"_s});
    if (!parseSubcommand(context, parser, u"broadcasts create"_s, args, 0, usage()))
        return ExitUsage;
    if (parser.value(u"name"_s).trimmed().isEmpty() || !parser.isSet(u"account"_s)
        || !parser.isSet(u"template"_s)) {
        context.err() << tr("broadcasts create needs --name, --account and --template.")
                      << Qt::endl;
        return ExitUsage;
    }
    auto mapping = mappingFrom(parser.values(u"map"_s));
    if (!mapping) {
        context.err() << mapping.error().message << Qt::endl;
        return ExitUsage;
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    const qint64 accountId = parser.value(u"account"_s).toLongLong();
    auto account = AccountStore(db).find(accountId);
    if (!account)
        return context.fail(account.error());
    if (!account.value())
        return context.fail(makeError(u"not-found"_s, tr("There is no account %1.")
                                                          .arg(parser.value(u"account"_s))));
    TemplateStore templates(db);
    const QString language = parser.value(u"language"_s);
    auto all = templates.list(accountId, false);
    if (!all)
        return context.fail(all.error());
    std::optional<TemplateRecord> chosen;
    for (const TemplateRecord &t : all.value()) {
        if (t.name == parser.value(u"template"_s) && (language.isEmpty() || t.language == language))
            chosen = t;
    }
    if (!chosen)
        return context.fail(makeError(u"not-found"_s,
                                      tr("Account %1 has no template \"%2\"%3; run "
                                         "megaphone-cli templates sync %1.")
                                          .arg(QString::number(accountId), parser.value(u"template"_s),
                                               language.isEmpty() ? QString()
                                                                  : tr(" in %1").arg(language))));
    Broadcast broadcast;
    broadcast.name = parser.value(u"name"_s).trimmed();
    broadcast.accountId = accountId;
    broadcast.templateId = chosen->id;
    broadcast.mapping = mapping->toJson();
    broadcast.audience = Audience{parser.values(u"tag"_s), parser.values(u"exclude-tag"_s), {}}.toJson();
    broadcast.maxMps = parser.value(u"max-mps"_s).toInt();
    if (parser.isSet(u"at"_s)) {
        const QDateTime at = QDateTime::fromString(parser.value(u"at"_s), Qt::ISODate);
        if (!at.isValid()) {
            context.err() << tr("--at takes an ISO 8601 time such as 2026-12-01T09:00:00+01:00.")
                          << Qt::endl;
            return ExitUsage;
        }
        broadcast.scheduledAt = at.toMSecsSinceEpoch();
    }
    if (parser.isSet(u"window"_s)) {
        auto window = SendingWindow::parse(parser.value(u"window"_s));
        if (!window) {
            context.err() << window.error().message << Qt::endl;
            return ExitUsage;
        }
        broadcast.sendWindow = QJsonObject{{u"local_hours"_s, window->toString()}};
    }
    auto id = BroadcastStore(db).create(broadcast);
    if (!id)
        return context.fail(id.error());
    context.print(QJsonObject{{u"id"_s, id.value()}, {u"status"_s, u"draft"_s}},
                  tr("Created broadcast %1 (draft). Send it with megaphone-cli broadcasts send %1.")
                      .arg(id.value()));
    return ExitOk;
}

// Queues the broadcast: a draft whose time is later is `scheduled`; otherwise its audience
// is materialised now (consent and the frequency cap enforced in SQL) and it is `running`
// for whichever dispatcher holds its account. `confirm` does the same for a missed schedule.
int BroadcastsCommand::send(CliContext &context, const QString &verb, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"wait"_s, QString()});
    if (!parseSubcommand(context, parser, u"broadcasts "_s + verb, args, 1, usage()))
        return ExitUsage;
    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    const qint64 id = idArgument(parser);
    BroadcastControl control(db, u"cli"_s);
    auto current = BroadcastStore(db).find(id);
    const bool alreadyRunning = verb == u"send" && current && current.value()
                                && current.value()->status == BroadcastStatus::Running;
    // A running broadcast is not started again: `send --wait` then drives it here.
    auto started = alreadyRunning      ? Result<StartOutcome>(StartOutcome{BroadcastStatus::Running, {}})
                   : verb == u"confirm" ? control.confirm(id, Clock::nowMs())
                                        : control.send(id, Clock::nowMs());
    if (!started)
        return context.fail(started.error());
    if (started->status == BroadcastStatus::Running && !alreadyRunning && !context.json()) {
        const AudienceCounts &c = started->counts;
        context.out() << tr("%n recipient(s) queued; ", nullptr, int(c.pending))
                      << tr("%n skipped (%1 without consent, %2 opted out, %3 by the frequency "
                            "cap).",
                            nullptr, int(c.notOptedIn + c.optedOut + c.frequencyCap))
                             .arg(c.notOptedIn)
                             .arg(c.optedOut)
                             .arg(c.frequencyCap)
                      << Qt::endl;
    }
    if (!parser.isSet(u"wait"_s) || started->status != BroadcastStatus::Running)
        return status(context, {QString::number(id)});
    auto broadcast = findBroadcast(db, id);
    if (!broadcast)
        return context.fail(broadcast.error());
    auto ran = WorkerRun::untilBroadcastEnds(db, &context.credentials(), broadcast->accountId, id);
    if (!ran)
        return context.fail(ran.error());
    return status(context, {QString::number(id)});
}

int BroadcastsCommand::setStatus(CliContext &context, const QString &verb, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseSubcommand(context, parser, u"broadcasts "_s + verb, args, 1, usage()))
        return ExitUsage;
    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    const qint64 id = idArgument(parser);
    BroadcastControl control(db, u"cli"_s);
    auto changed = verb == u"pause"    ? control.pause(id, tr("Paused by the user."))
                   : verb == u"resume" ? control.resume(id)
                                       : control.cancel(id);
    if (!changed)
        return context.fail(changed.error());
    return status(context, parser.positionalArguments());
}

int BroadcastsCommand::retry(CliContext &context, const QString &verb, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseSubcommand(context, parser, u"broadcasts "_s + verb, args, 1, usage()))
        return ExitUsage;
    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    const qint64 id = idArgument(parser);
    BroadcastControl control(db, u"cli"_s);
    auto count = verb == u"retry-failed" ? control.retryFailed(id) : control.retryUnknown(id);
    if (!count)
        return context.fail(count.error());
    if (verb == u"retry-unknown" && !context.json() && count.value() > 0) {
        context.err() << tr("Warning: some of these %n message(s) may already have arrived; "
                            "they will be sent again.",
                            nullptr, count.value())
                      << Qt::endl;
    }
    context.print(QJsonObject{{u"requeued"_s, count.value()}},
                  tr("%n recipient(s) queued again.", nullptr, count.value()));
    return ExitOk;
}

int BroadcastsCommand::status(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseSubcommand(context, parser, u"broadcasts status"_s, args, 1, usage()))
        return ExitUsage;
    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    const qint64 id = idArgument(parser);
    auto broadcast = findBroadcast(db, id);
    if (!broadcast)
        return context.fail(broadcast.error());
    auto counts = RecipientStore(db).countByStatus(id);
    if (!counts)
        return context.fail(counts.error());
    QJsonObject countJson;
    QStringList parts;
    for (RecipientStatus s : allRecipientStatuses()) {
        countJson.insert(recipientStatusToString(s), counts->value(s));
        if (counts->value(s) > 0)
            parts << u"%1 %2"_s.arg(counts->value(s)).arg(recipientStatusToString(s));
    }
    const Broadcast &b = broadcast.value();
    QJsonObject json{{u"id"_s, b.id},
                     {u"name"_s, b.name},
                     {u"status"_s, broadcastStatusToString(b.status)},
                     {u"pause_reason"_s, b.pauseReason},
                     {u"resume_at"_s, b.resumeAt},
                     {u"counts"_s, countJson}};
    QString text = tr("Broadcast %1 \"%2\": %3").arg(QString::number(b.id), b.name,
                                                     broadcastStatusToString(b.status));
    if (!b.pauseReason.isEmpty())
        text += u" ("_s + b.pauseReason + u")"_s;
    text += u"\n"_s + (parts.isEmpty() ? tr("no recipients yet") : parts.join(u", "_s));
    context.print(json, text);
    return ExitOk;
}

// The per-recipient report as CSV, to --output or standard output.
int BroadcastsCommand::exportReport(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({{u"o"_s, u"output"_s}, QString(), u"file"_s});
    QStringList words = args;
    if (words.size() >= 2 && !words[1].startsWith(u'-')) // export ID OUT.csv, as DESIGN.md writes it
        words = QStringList{words[0], u"--output"_s, words[1]} + words.mid(2);
    if (!parseSubcommand(context, parser, u"broadcasts export"_s, words, 1, usage()))
        return ExitUsage;
    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    const qint64 id = idArgument(parser);
    auto broadcast = findBroadcast(db, id);
    if (!broadcast)
        return context.fail(broadcast.error());
    const QString path = parser.value(u"output"_s);
    QSaveFile file(path);
    QFile stdOut;
    QIODevice *out = &file;
    if (path.isEmpty() || path == u"-") {
        if (!stdOut.open(stdout, QIODevice::WriteOnly))
            return context.fail(makeError(u"write"_s, tr("Standard output cannot be written.")));
        out = &stdOut;
    } else if (!file.open(QIODevice::WriteOnly)) {
        return context.fail(makeError(u"write"_s, tr("Cannot write %1: %2")
                                                      .arg(path, file.errorString())));
    }
    auto written = RecipientReport(db).write(id, out);
    if (!written)
        return context.fail(written.error());
    if (out == &file && !file.commit())
        return context.fail(makeError(u"write"_s, tr("Cannot write %1: %2")
                                                      .arg(path, file.errorString())));
    if (out == &file)
        context.print(QJsonObject{{u"written"_s, written.value()}, {u"file"_s, path}},
                      tr("%n recipient(s) written to %1.", nullptr, int(written.value())).arg(path));
    return ExitOk;
}

int BroadcastsCommand::list(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseSubcommand(context, parser, u"broadcasts list"_s, args, 0, usage()))
        return ExitUsage;
    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    auto all = BroadcastStore(db).list();
    if (!all)
        return context.fail(all.error());
    QJsonArray json;
    QStringList lines;
    for (const Broadcast &b : all.value()) {
        json.append(QJsonObject{{u"id"_s, b.id}, {u"name"_s, b.name},
                                {u"status"_s, broadcastStatusToString(b.status)},
                                {u"account_id"_s, b.accountId}});
        lines << u"%1\t%2\t%3"_s.arg(QString::number(b.id), broadcastStatusToString(b.status), b.name);
    }
    context.print(QJsonObject{{u"broadcasts"_s, json}},
                  lines.isEmpty() ? tr("No broadcasts yet.") : lines.join(u'\n'));
    return ExitOk;
}

} // namespace megaphone
