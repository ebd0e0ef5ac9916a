#include "KeychainProbe.h"

#include "secrets/CredentialStore.h"

using namespace Qt::StringLiterals;

namespace megaphone {

KeychainProbe::KeychainProbe(CredentialStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
}

void KeychainProbe::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_store) {
        // Queued, so a caller that connects after start() still hears the answer.
        QMetaObject::invokeMethod(
            this, [this] { finish(false, tr("No keychain is connected.")); }, Qt::QueuedConnection);
        return;
    }
    m_store->probeAsync(this, [this](const Result<void> &probed) {
        finish(probed.ok(), probed.ok()
                                ? tr("Working: a test secret was stored, read back and removed.")
                                : probed.error().message);
    });
}

void KeychainProbe::finish(bool ok, const QString &message)
{
    m_running = false;
    Q_EMIT finished(ok, message);
}

} // namespace megaphone
