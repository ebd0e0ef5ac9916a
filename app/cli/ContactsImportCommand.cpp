#include "ContactsImportCommand.h"

#include "CliContext.h"
#include "ColumnMapping.h"
#include "ContactImporter.h"
#include "ContactsCommand.h"
#include "Database.h"
#include "PhoneNormalizer.h"
#include "ReaderFactory.h"
#include "TeamSettings.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

void addReaderOptions(QCommandLineParser &parser)
{
    parser.addOption({u"encoding"_s, ContactsImportCommand::tr("UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (default: detected)."),
                      ContactsImportCommand::tr("name")});
    parser.addOption({u"delimiter"_s, ContactsImportCommand::tr("The column separator: , ; | or tab (default: detected)."),
                      ContactsImportCommand::tr("char")});
}

// The reader options of --encoding and --delimiter; false (after saying why) on a bad value.
bool readOptions(CliContext &context, const QCommandLineParser &parser, ReaderOptions &options)
{
    options.encoding = parser.value(u"encoding"_s);
    const QString delimiter = parser.value(u"delimiter"_s);
    if (delimiter == u"tab" || delimiter == u"\\t")
        options.delimiter = u'\t';
    else if (delimiter.size() == 1 && QStringView(u",;|\t").contains(delimiter.front()))
        options.delimiter = delimiter.front();
    else if (!delimiter.isEmpty()) {
        context.err() << ContactsImportCommand::tr("--delimiter must be one of , ; | tab.") << Qt::endl;
        return false;
    }
    return true;
}

QString delimiterName(QChar c)
{
    return c == u'\t' ? u"tab"_s : QString(c);
}

// Applies `--map COLUMN=FIELD` (COLUMN: a header name or a 1-based column number).
bool applyMaps(CliContext &context, const QStringList &maps, ColumnMapping &mapping)
{
    for (const QString &map : maps) {
        const qsizetype eq = map.lastIndexOf(u'=');
        const QString column = map.left(eq).trimmed();
        const auto target = eq > 0 ? ColumnMapping::targetFromName(map.mid(eq + 1).trimmed())
                                   : std::nullopt;
        qsizetype index = -1;
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        for (qsizetype i = 0; i < mapping.header().size(); ++i) {
            if (mapping.header().at(i).trimmed().compare(column, Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (index < 0 && isNumber)
            index = number - 1;
        if (!target || !mapping.setTarget(index, *target)) {
            context.err() << ContactsImportCommand::tr(
                                 "--map %1: use COLUMN=FIELD, where COLUMN is a column name of the "
                                 "file or its number, and FIELD is phone, first_name, last_name, "
                                 "display_name, email, tags, consent, birthday, country, language, "
                                 "time_zone, attr.NAME or ignore.")
                                 .arg(map)
                          << Qt::endl;
            return false;
        }
    }
    return true;
}

QJsonObject reportJson(const ImportReport &r, bool dryRun, const QString &rejectsFile)
{
    QJsonArray rejects;
    for (const ImportReject &reject : r.rejects)
        rejects.append(QJsonObject{{u"row"_s, reject.row}, {u"reason"_s, reject.reason}});
    return {{u"read"_s, r.read},         {u"imported"_s, r.imported},
            {u"updated"_s, r.updated},   {u"duplicates"_s, r.duplicates},
            {u"invalid"_s, r.invalid},   {u"flagged"_s, r.flagged},
            {u"rejects"_s, rejects},     {u"rejects_file"_s, rejectsFile},
            {u"merge_ms"_s, r.mergeMs},  {u"dry_run"_s, dryRun}};
}

} // namespace

int ContactsImportCommand::preview(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    addReaderOptions(parser);
    parser.addOption({u"rows"_s, tr("How many records to show (default 5)."), tr("n"), u"5"_s});
    ReaderOptions options;
    if (!parseSubcommand(context, parser, u"contacts preview"_s, args, 1, ContactsCommand::usage()) ||
        !readOptions(context, parser, options))
        return ExitUsage;
    const int rows = parser.value(u"rows"_s).toInt();

    auto opened = ReaderFactory::open(parser.positionalArguments().constFirst(), options);
    if (!opened)
        return context.fail(opened.error());
    RecordReader &reader = *opened->reader;
    const ColumnMapping mapping = ColumnMapping::detect(reader.header());

    QJsonArray records;
    QJsonArray problems;
    QString text = tr("Encoding: %1\nDelimiter: %2\nHeader row: %3\n")
                       .arg(reader.encoding(), delimiterName(reader.delimiter()),
                            reader.hasHeader() ? tr("yes") : tr("no"));
    text += tr("Columns:\n");
    for (qsizetype i = 0; i < mapping.header().size(); ++i)
        text += u"  %1. %2 -> %3\n"_s.arg(i + 1).arg(mapping.header().at(i),
                                                     ColumnMapping::targetName(mapping.target(i)));
    SourceRecord record;
    for (int i = 0; i < rows && reader.next(record); ++i) {
        records.append(QJsonArray::fromStringList(record.fields));
        text += tr("Row %1: %2\n").arg(record.row).arg(record.fields.join(u" | "_s));
        if (!record.problem.isEmpty()) {
            problems.append(QJsonObject{{u"row"_s, record.row}, {u"reason"_s, record.problem}});
            text += tr("  problem: %1\n").arg(record.problem);
        }
    }
    QString why;
    if (!mapping.isValid(&why))
        text += tr("Mapping: %1\n").arg(why);
    context.print(QJsonObject{{u"encoding"_s, reader.encoding()},
                              {u"delimiter"_s, QString(reader.delimiter())},
                              {u"has_header"_s, reader.hasHeader()},
                              {u"header"_s, QJsonArray::fromStringList(reader.header())},
                              {u"mapping"_s, mapping.toJson()},
                              {u"mapping_problem"_s, why},
                              {u"rows"_s, records},
                              {u"problems"_s, problems}},
                  text.trimmed());
    return ExitOk;
}

int ContactsImportCommand::import(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    addReaderOptions(parser);
    parser.addOption({u"region"_s, tr("Country of numbers written without a country code (ISO code, e.g. IN)."), tr("cc")});
    parser.addOption({u"tag"_s, tr("Add this tag to every imported contact (repeatable)."), tr("tag")});
    parser.addOption({u"consent"_s, tr("opted-in: you state that every contact in the file agreed to WhatsApp marketing."), tr("state")});
    parser.addOption({u"consent-source"_s, tr("Where that consent was given (e.g. \"checkout opt-in box\")."), tr("text")});
    parser.addOption({u"map"_s, tr("Map a column: COLUMN=FIELD (repeatable)."), tr("map")});
    parser.addOption({u"dry-run"_s, tr("Read and check everything, change nothing.")});
    parser.addOption({u"rejects"_s, tr("Save the rejected rows, with row number and reason, to this CSV."), tr("file")});
    ReaderOptions readerOptions;
    if (!parseSubcommand(context, parser, u"contacts import"_s, args, 1, ContactsCommand::usage()) ||
        !readOptions(context, parser, readerOptions))
        return ExitUsage;

    ContactImporter::Request request;
    request.path = parser.positionalArguments().constFirst();
    request.reader = readerOptions;
    request.actor = u"cli"_s;
    request.options.addTags = parser.values(u"tag"_s);
    request.options.dryRun = parser.isSet(u"dry-run"_s);
    if (parser.isSet(u"consent"_s)) {
        const auto consent = consentFromString(parser.value(u"consent"_s));
        if (!consent || *consent == Consent::OptedOut) {
            context.err() << tr("--consent must be opted-in or unknown.") << Qt::endl;
            return ExitUsage;
        }
        request.options.consent = *consent;
    }
    request.options.consentSource = parser.value(u"consent-source"_s);
    if (request.options.consent == Consent::OptedIn && request.options.consentSource.isEmpty())
        request.options.consentSource =
            tr("Stated when importing %1 from the command line").arg(QFileInfo(request.path).fileName());

    ColumnMapping mapping;
    {
        auto opened = ReaderFactory::open(request.path, readerOptions);
        if (!opened)
            return context.fail(opened.error());
        mapping = ColumnMapping::detect(opened->reader->header());
    }
    if (!applyMaps(context, parser.values(u"map"_s), mapping))
        return ExitUsage;
    request.mapping = mapping;

    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    QString region = parser.value(u"region"_s).toUpper();
    if (region.isEmpty()) {
        auto teamRegion = TeamSettings(db).defaultRegion();
        if (teamRegion)
            region = teamRegion.value();
    }
    if (region.isEmpty())
        region = PhoneNormalizer::systemRegion();
    if (!region.isEmpty() && !PhoneNormalizer::isSupportedRegion(region)) {
        context.err() << tr("--region %1 is not a country code libphonenumber knows (use e.g. IN, BR, GB).").arg(region)
                      << Qt::endl;
        return ExitUsage;
    }
    request.options.defaultRegion = region;

    auto report = ContactImporter(db).run(request);
    if (!report)
        return context.fail(report.error());
    const ImportReport &r = report.value();
    QString rejectsFile;
    if (!r.rejectsFile.isEmpty()) {
        const QString wanted = parser.value(u"rejects"_s);
        if (!wanted.isEmpty()) {
            QFile::remove(wanted);
            if (QFile::rename(r.rejectsFile, wanted) || QFile::copy(r.rejectsFile, wanted))
                rejectsFile = wanted;
        }
        QFile::remove(r.rejectsFile);
    }

    QString text = (request.options.dryRun ? tr("Dry run, nothing changed.\n") : QString()) +
                   tr("Read %1 rows: %2 new, %3 updated, %4 repeated in the file, %5 rejected, %6 flagged.")
                       .arg(r.read).arg(r.imported).arg(r.updated).arg(r.duplicates).arg(r.invalid).arg(r.flagged);
    for (qsizetype i = 0; i < std::min<qsizetype>(r.rejects.size(), 10); ++i)
        text += tr("\n  row %1: %2").arg(r.rejects.at(i).row).arg(r.rejects.at(i).reason);
    if (r.invalid > 0)
        text += rejectsFile.isEmpty() ? tr("\nUse --rejects FILE to save the rejected rows.")
                                      : tr("\nRejected rows saved to %1.").arg(rejectsFile);
    context.print(reportJson(r, request.options.dryRun, rejectsFile), text);
    return ExitOk;
}

} // namespace megaphone
