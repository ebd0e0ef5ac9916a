#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace megaphone {

class CliContext;

// `megaphone-cli templates sync ACCOUNT | list [ACCOUNT]`
class TemplatesCommand
{
    Q_DECLARE_TR_FUNCTIONS(TemplatesCommand)

public:
    static QString usage();
    static int run(CliContext &context, const QStringList &args);

private:
    static int sync(CliContext &context, const QStringList &args);
    static int list(CliContext &context, const QStringList &args);
};

} // namespace megaphone
