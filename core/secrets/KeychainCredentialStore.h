#pragma once

#include "CredentialStore.h"

namespace megaphone {

// The OS keychain through QtKeychain: Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows. Never falls back to plaintext.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(const QString &service = QStringLiteral("Megaphone"),
                                     QObject *parent = nullptr);

    void readAsync(const QString &key, QObject *context, ReadDone done) override;
    void writeAsync(const QString &key, const QString &secret, QObject *context,
                    Done done) override;
    void removeAsync(const QString &key, QObject *context, Done done) override;

private:
    QString m_service;
};

} // namespace megaphone
