#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QUrl>

namespace megaphone {

class SandboxServer;
struct SandboxOptions;

// Where sandbox accounts send (DESIGN.md section 4): the URL in MEGAPHONE_SANDBOX_URL
// (a `megaphone-cli sandbox serve` elsewhere), else an in-process sandbox on loopback,
// started on first use on the calling thread and kept for the life of the process.
class SandboxHost
{
    Q_DECLARE_TR_FUNCTIONS(SandboxHost)

public:
    static Result<QUrl> baseUrl();
    // The in-process sandbox, or null when none was started.
    static SandboxServer *server();
    // Options for the in-process sandbox; only before the first baseUrl() call.
    static void configure(const SandboxOptions &options);
    // Where the in-process sandbox posts its status webhooks, now or once it starts; an
    // empty URL: nowhere. Any thread.
    static void setWebhooks(const QUrl &url, const QString &appSecret);
};

} // namespace megaphone
