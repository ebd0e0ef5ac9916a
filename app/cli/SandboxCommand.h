#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace megaphone {

class CliContext;

// `megaphone-cli sandbox serve [...]`: the Cloud API simulator alone, until SIGTERM.
class SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)

public:
    static QString usage();
    static int run(CliContext &context, const QStringList &args);
};

} // namespace megaphone
