#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace megaphone {

class CliContext;

// `megaphone-cli broadcasts create|send|confirm|pause|resume|cancel|retry-failed|
// retry-unknown|status|list|export` (DESIGN.md section 8).
class BroadcastsCommand
{
    Q_DECLARE_TR_FUNCTIONS(BroadcastsCommand)

public:
    static QString usage();
    static int run(CliContext &context, const QStringList &args);

private:
    static int create(CliContext &context, const QStringList &args);
    static int send(CliContext &context, const QString &verb, const QStringList &args);
    static int exportReport(CliContext &context, const QStringList &args);
    static int setStatus(CliContext &context, const QString &verb, const QStringList &args);
    static int retry(CliContext &context, const QString &verb, const QStringList &args);
    static int status(CliContext &context, const QStringList &args);
    static int list(CliContext &context, const QStringList &args);
};

} // namespace megaphone
