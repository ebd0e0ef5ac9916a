#include "ContactsCommand.h"

#include "CliContext.h"
#include "ContactStore.h"
#include "Database.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace megaphone {

QString ContactsCommand::usage()
{
    return tr("Usage: megaphone-cli contacts count [--tag T]... "
              "[--consent opted-in|unknown|opted-out] [--json]");
}

int ContactsCommand::run(CliContext &context, const QStringList &args)
{
    if (args.value(0) == u"count")
        return count(context, args.mid(1));
    context.err() << usage() << Qt::endl;
    return ExitUsage;
}

int ContactsCommand::count(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"tag"_s, tr("Only contacts with this tag (repeatable)."), tr("tag")});
    parser.addOption({u"consent"_s, tr("Only contacts with this consent."), tr("state")});
    if (!parser.parse(QStringList{u"contacts count"_s} + args) ||
        !parser.positionalArguments().isEmpty()) {
        const QString problem = parser.errorText().isEmpty()
                                    ? tr("Unexpected argument: %1")
                                          .arg(parser.positionalArguments().join(u' '))
                                    : parser.errorText();
        context.err() << problem << Qt::endl << usage() << Qt::endl;
        return ExitUsage;
    }

    ContactFilter filter;
    filter.tags = parser.values(u"tag"_s);
    if (parser.isSet(u"consent"_s)) {
        filter.consent = consentFromString(parser.value(u"consent"_s));
        if (!filter.consent) {
            context.err() << tr("--consent must be opted-in, unknown or opted-out.") << Qt::endl;
            return ExitUsage;
        }
    }

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

} // namespace megaphone
