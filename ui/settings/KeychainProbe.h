#pragma once

#include <QObject>

namespace megaphone {

class CredentialStore;

// Finds out whether the keychain works without blocking the GUI: writes, reads back
// and removes a probe entry through the asynchronous CredentialStore calls.
// (CredentialStore::probe() does the same with local event loops, which suits the
// CLI but would re-enter the GUI's event handling.)
class KeychainProbe : public QObject
{
    Q_OBJECT

public:
    explicit KeychainProbe(CredentialStore *store, QObject *parent = nullptr);

    // Starts a probe unless one is running; finished() follows once.
    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // `message` says in words what works or what to do.
    void finished(bool ok, const QString &message);

private:
    void finish(bool ok, const QString &message);

    CredentialStore *m_store;
    bool m_running = false;
};

} // namespace megaphone
