#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace megaphone {

class CliContext;

// `megaphone-cli accounts add|list|test ...` (DESIGN.md section 8). Secrets come from
// standard input as name=value lines (a single bare line is the main secret), never
// from arguments.
class AccountsCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccountsCommand)

public:
    static QString usage();
    static int run(CliContext &context, const QStringList &args);

private:
    static int add(CliContext &context, const QStringList &args);
    static int list(CliContext &context, const QStringList &args);
    static int test(CliContext &context, const QStringList &args);
};

} // namespace megaphone
