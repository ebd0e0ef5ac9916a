#include "KeychainProbe.h"

#include "secrets/CredentialStore.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace megaphone {

KeychainProbe::KeychainProbe(CredentialStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
}

QString KeychainProbe::advice()
{
    return tr("Megaphone keeps tokens and passwords only in the system keychain. On Linux, start "
              "and unlock a Secret Service such as GNOME Keyring or KWallet.");
}

void KeychainProbe::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_store) {
        // Queued, so a caller that connects after start() still hears the answer.
        QMetaObject::invokeMethod(
            this, [this] { finish(false, tr("No keychain is connected. %1").arg(advice())); },
            Qt::QueuedConnection);
        return;
    }
    const QString key = u"probe/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store->writeAsync(key, value, this, [this, key, value](const Result<void> &written) {
        if (!written) {
            finish(false, tr("No usable keychain was found: %1 %2")
                              .arg(written.error().message, advice()));
            return;
        }
        m_store->readAsync(key, this, [this, key, value](const Result<QString> &readBack) {
            // Best effort: a probe entry left behind holds nothing of value.
            m_store->removeAsync(key, this, [](const Result<void> &) {});
            if (!readBack || readBack.value() != value) {
                finish(false, tr("The keychain accepted a secret but did not give it back (is "
                                 "it locked?). %1")
                                  .arg(advice()));
                return;
            }
            finish(true, tr("Working: a test secret was stored, read back and removed."));
        });
    });
}

void KeychainProbe::finish(bool ok, const QString &message)
{
    m_running = false;
    Q_EMIT finished(ok, message);
}

} // namespace megaphone
