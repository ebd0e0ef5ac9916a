#include "ContactsCommand.h"

#include "CliContext.h"
#include "ContactExporter.h"
#include "ContactStore.h"
#include "ContactsImportCommand.h"
#include "Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption({u"tag"_s, ContactsCommand::tr("Only contacts with this tag (repeatable)."),
                      ContactsCommand::tr("tag")});
    parser.addOption({u"consent"_s, ContactsCommand::tr("Only contacts with this consent."),
                      ContactsCommand::tr("state")});
}

// The filter of --tag and --consent; false (after saying why) on a bad value.
bool readFilter(CliContext &context, const QCommandLineParser &parser, ContactFilter &filter)
{
    filter.tags = parser.values(u"tag"_s);
    if (parser.isSet(u"consent"_s)) {
        filter.consent = consentFromString(parser.value(u"consent"_s));
        if (!filter.consent) {
            context.err() << ContactsCommand::tr("--consent must be opted-in, unknown or opted-out.")
                          << Qt::endl;
            return false;
        }
    }
    return true;
}

} // namespace

bool parseSubcommand(CliContext &context, QCommandLineParser &parser, const QString &name,
                     const QStringList &args, int positionals, const QString &usage)
{
    QString problem;
    if (!parser.parse(QStringList{name} + args))
        problem = parser.errorText();
    else if (parser.positionalArguments().size() != positionals)
        problem = positionals == 0
                      ? ContactsCommand::tr("Unexpected argument: %1")
                            .arg(parser.positionalArguments().join(u' '))
                      : ContactsCommand::tr("Expected %n argument(s).", nullptr, positionals);
    if (problem.isEmpty())
        return true;
    context.err() << problem << Qt::endl << usage << Qt::endl;
    return false;
}

QString ContactsCommand::usage()
{
    return tr("Usage: megaphone-cli contacts count [--tag T]... [--consent opted-in|unknown|opted-out]\n"
              "       megaphone-cli contacts export OUT.csv [--tag T]... [--consent STATE]\n"
              "       megaphone-cli contacts preview FILE [--rows N] [--encoding E] [--delimiter C]\n"
              "       megaphone-cli contacts import FILE [--region CC] [--tag T]...\n"
              "             [--consent opted-in|unknown] [--consent-source TEXT] [--encoding E]\n"
              "             [--delimiter C] [--map COLUMN=FIELD]... [--dry-run] [--rejects OUT.csv]");
}

int ContactsCommand::run(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"count")
        return count(context, args.mid(1));
    if (sub == u"export")
        return exportCsv(context, args.mid(1));
    if (sub == u"preview")
        return ContactsImportCommand::preview(context, args.mid(1));
    if (sub == u"import")
        return ContactsImportCommand::import(context, args.mid(1));
    context.err() << usage() << Qt::endl;
    return ExitUsage;
}

int ContactsCommand::count(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    addFilterOptions(parser);
    ContactFilter filter;
    if (!parseSubcommand(context, parser, u"contacts count"_s, args, 0, usage()) ||
        !readFilter(context, parser, filter))
        return ExitUsage;

    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    auto counted = ContactStore(db).count(filter);
    if (!counted)
        return context.fail(counted.error());

    QJsonObject json{{u"count"_s, counted.value()}, {u"tags"_s, QJsonArray::fromStringList(filter.tags)}};
    if (filter.consent)
        json.insert(u"consent"_s, consentToCli(*filter.consent));
    context.print(json, QString::number(counted.value()));
    return ExitOk;
}

int ContactsCommand::exportCsv(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    addFilterOptions(parser);
    ContactFilter filter;
    if (!parseSubcommand(context, parser, u"contacts export"_s, args, 1, usage()) ||
        !readFilter(context, parser, filter))
        return ExitUsage;
    const QString path = parser.positionalArguments().constFirst();

    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return context.fail(makeError(u"io"_s, tr("Cannot write %1: %2").arg(path, out.errorString())));
    auto written = ContactExporter(db).write(filter, &out);
    if (!written)
        return context.fail(written.error());
    if (!out.commit())
        return context.fail(makeError(u"io"_s, tr("Cannot write %1: %2").arg(path, out.errorString())));
    context.print(QJsonObject{{u"exported"_s, written.value()}, {u"file"_s, path}},
                  tr("Exported %n contact(s) to %1.", nullptr, static_cast<int>(written.value())).arg(path));
    return ExitOk;
}

} // namespace megaphone
