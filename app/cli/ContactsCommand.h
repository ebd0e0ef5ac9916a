#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace megaphone {

class CliContext;

// `megaphone-cli contacts count|export|preview|import ...`
class ContactsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContactsCommand)

public:
    static QString usage();
    // `args` are the words after "contacts".
    static int run(CliContext &context, const QStringList &args);

private:
    static int count(CliContext &context, const QStringList &args);
    static int exportCsv(CliContext &context, const QStringList &args);
};

// Parses `args` (the words after the subcommand) into `parser`; on a usage error
// prints it with `usage` and returns false.
bool parseSubcommand(CliContext &context, QCommandLineParser &parser, const QString &name,
                     const QStringList &args, int positionals, const QString &usage);

} // namespace megaphone
