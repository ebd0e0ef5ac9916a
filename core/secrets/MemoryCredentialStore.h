#pragma once

#include "CredentialStore.h"

#include <QHash>

namespace megaphone {

// Secrets in memory only, for tests that are not about the keychain.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void readAsync(const QString &key, QObject *context, ReadDone done) override;
    void writeAsync(const QString &key, const QString &secret, QObject *context,
                    Done done) override;
    void removeAsync(const QString &key, QObject *context, Done done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace megaphone
