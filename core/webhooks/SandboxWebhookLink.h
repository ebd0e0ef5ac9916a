#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

class QThread;

namespace megaphone {

class Database;
class WebhookReceiver;

// The in-process sandbox's status webhooks reach this process's database whether or not
// the public receiver is on (DESIGN.md section 4): a receiver of its own on a loopback
// port, on its own thread, taking POST /webhooks/sandbox signed with a secret made up for
// this process alone, which the sandbox signs with. The statuses carry the recipient id,
// so they apply to whichever sandbox account sent. Start it before the first sandbox
// account sends; with MEGAPHONE_SANDBOX_URL (a sandbox elsewhere) it does nothing.
class SandboxWebhookLink
{
    Q_DECLARE_TR_FUNCTIONS(SandboxWebhookLink)

public:
    explicit SandboxWebhookLink(std::shared_ptr<const Database> db);
    ~SandboxWebhookLink(); // applies what arrived, then stops

    Result<void> start();
    // start() when the database has a sandbox account (a worker on a server has none).
    Result<void> startIfSandboxAccounts();
    // Where the sandbox posts; empty before start().
    QUrl url() const { return m_url; }

private:
    std::shared_ptr<const Database> m_db;
    QThread *m_thread = nullptr;
    WebhookReceiver *m_receiver = nullptr;
    QUrl m_url;
};

} // namespace megaphone
