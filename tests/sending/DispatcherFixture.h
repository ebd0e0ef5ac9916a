#pragma once

#include "Broadcast.h"
#include "Dispatcher.h"
#include "TestDatabase.h"
#include "secrets/MemoryCredentialStore.h"

#include <QHash>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace megaphone {
class SandboxServer;
}

namespace megaphone::test {

// Accounts, contacts and broadcasts of the sandbox's "spring_sale" template for dispatcher
// tests, and a dispatcher run on its own thread.
class DispatcherFixture
{
public:
    struct Setup
    {
        qint64 accountId = 0;
        qint64 broadcastId = 0;
    };

    std::shared_ptr<const Database> db() const { return m_own ? m_own : m_test->db(); }
    // Use this database instead of the test row's (a cluster of the test's own).
    void useDatabase(std::shared_ptr<const Database> db) { m_own = std::move(db); }

    // A Meta account at `baseUrl` (h2c when `h2c`), its token and its spring_sale template.
    qint64 addAccount(const QUrl &baseUrl, bool h2c = true, int tier = 0);
    qint64 addAccount(SandboxServer &sandbox, int tier = 0);
    // `count` opted-in contacts tagged `tag`, numbers `prefix` + a counter of `digits`.
    void addContacts(int count, const QString &tag = QStringLiteral("spring"),
                     const QString &prefix = QStringLiteral("+4915100"), int digits = 6,
                     const QString &timeZone = {});
    // A draft broadcast of spring_sale to the contacts tagged `tag`.
    qint64 addDraft(qint64 accountId, const QString &tag = QStringLiteral("spring"),
                    qint64 scheduledAt = 0, const QString &localHours = {});
    // Account, contacts and a broadcast already started (running).
    Setup prepare(SandboxServer &sandbox, int contacts, int tier = 0);

    // Runs a dispatcher on its own thread until the broadcast ends (then it is stopped) or
    // the dispatcher stops by itself, at most `timeoutMs`; the status the broadcast ended in.
    // `during` is called every 50 ms on the test's thread while it runs.
    BroadcastStatus runUntilEnded(qint64 accountId, qint64 broadcastId, int timeoutMs = 60000,
                                  Dispatcher::Settings settings = {},
                                  const std::function<void()> &during = {});

    QHash<RecipientStatus, qint64> counts(qint64 broadcastId) const;
    Broadcast broadcast(qint64 id) const;

    MemoryCredentialStore credentials;

protected:
    std::unique_ptr<TestDatabase> m_test;
    std::shared_ptr<const Database> m_own;
    int m_nextPhone = 0;
};

} // namespace megaphone::test
