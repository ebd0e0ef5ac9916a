#include "KeychainCredentialStore.h"

#include "Logging.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

Error jobError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return makeError(u"not-found"_s,
                         KeychainCredentialStore::tr("No secret is stored under \"%1\".")
                             .arg(job.key()));
    case QKeychain::AccessDenied:
        return makeError(u"access-denied"_s,
                         KeychainCredentialStore::tr("The keychain refused access: %1")
                             .arg(job.errorString()));
    default:
        return makeError(u"unavailable"_s,
                         KeychainCredentialStore::tr("The keychain could not be used: %1")
                             .arg(job.errorString()));
    }
}

template<typename JobType>
JobType *newJob(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent), m_service(service)
{
}

void KeychainCredentialStore::readAsync(const QString &key, QObject *context, ReadDone done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            qCDebug(lcSecrets) << "read failed for" << j->key() << j->errorString();
            done(jobError(*j));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void KeychainCredentialStore::writeAsync(const QString &key, const QString &secret,
                                         QObject *context, Done done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? Result<void>() : Result<void>(jobError(*j)));
    });
    job->start();
}

void KeychainCredentialStore::removeAsync(const QString &key, QObject *context, Done done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        // Removing what is not there leaves the keychain as asked.
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok ? Result<void>() : Result<void>(jobError(*j)));
    });
    job->start();
}

} // namespace megaphone
