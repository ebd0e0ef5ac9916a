#pragma once

#include "CredentialStore.h"

namespace QKeychain {
class Job;
}

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
    template<typename Value>
    void runJob(QObject *context, std::function<void(const Result<Value> &)> done,
                std::function<QKeychain::Job *()> make,
                std::function<Result<Value>(QKeychain::Job &)> read);

    QString m_service;
};

} // namespace megaphone
