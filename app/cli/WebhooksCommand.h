#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace megaphone {

class CliContext;

// `megaphone-cli webhooks serve [--listen ADDR:PORT]`: the webhook receiver for a server
// sharing the database (DESIGN.md sections 5 and 8), until SIGTERM.
class WebhooksCommand
{
    Q_DECLARE_TR_FUNCTIONS(WebhooksCommand)

public:
    static QString usage();
    static int run(CliContext &context, const QStringList &args);
};

} // namespace megaphone
