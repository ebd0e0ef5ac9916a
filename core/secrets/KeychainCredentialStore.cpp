#include "KeychainCredentialStore.h"

#include "Logging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QThread>

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

// QtKeychain's Secret Service backend answers through GLib's default main context, which
// only the application's main thread runs: a job started on a dispatcher's thread was
// answered on the main thread and crashed there. So every job is created and finished on
// this store's thread (the main thread), and its result is carried to `context`'s thread.
template<typename Value>
void KeychainCredentialStore::runJob(QObject *context,
                                     std::function<void(const Result<Value> &)> done,
                                     std::function<QKeychain::Job *()> make,
                                     std::function<Result<Value>(QKeychain::Job &)> read)
{
    QPointer<QObject> guard(context);
    auto start = [this, guard, done = std::move(done), make = std::move(make),
                  read = std::move(read)]() {
        QKeychain::Job *job = make();
        connect(job, &QKeychain::Job::finished, this, [guard, done, read](QKeychain::Job *j) {
            const Result<Value> result = read(*j);
            if (!guard)
                return;
            if (guard->thread() == QThread::currentThread())
                done(result);
            else
                QMetaObject::invokeMethod(guard.data(), [done, result] { done(result); },
                                          Qt::QueuedConnection);
        });
        job->start();
    };
    if (thread() == QThread::currentThread())
        start();
    else
        QMetaObject::invokeMethod(this, std::move(start), Qt::QueuedConnection);
}

void KeychainCredentialStore::readAsync(const QString &key, QObject *context, ReadDone done)
{
    runJob<QString>(
        context, std::move(done),
        [service = m_service, key] { return newJob<QKeychain::ReadPasswordJob>(service, key); },
        [](QKeychain::Job &j) -> Result<QString> {
            if (j.error() != QKeychain::NoError) {
                qCDebug(lcSecrets) << "read failed for" << j.key() << j.errorString();
                return jobError(j);
            }
            return static_cast<QKeychain::ReadPasswordJob &>(j).textData();
        });
}

void KeychainCredentialStore::writeAsync(const QString &key, const QString &secret,
                                         QObject *context, Done done)
{
    runJob<void>(
        context, std::move(done),
        [service = m_service, key, secret] {
            auto *job = newJob<QKeychain::WritePasswordJob>(service, key);
            job->setTextData(secret);
            return job;
        },
        [](QKeychain::Job &j) {
            return j.error() == QKeychain::NoError ? Result<void>() : Result<void>(jobError(j));
        });
}

void KeychainCredentialStore::removeAsync(const QString &key, QObject *context, Done done)
{
    runJob<void>(
        context, std::move(done),
        [service = m_service, key] { return newJob<QKeychain::DeletePasswordJob>(service, key); },
        [](QKeychain::Job &j) {
            // Removing what is not there leaves the keychain as asked.
            const bool ok = j.error() == QKeychain::NoError || j.error() == QKeychain::EntryNotFound;
            return ok ? Result<void>() : Result<void>(jobError(j));
        });
}

} // namespace megaphone
