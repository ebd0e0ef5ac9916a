#include "CredentialStore.h"

#include <QEventLoop>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

// Runs one asynchronous call to completion in a local event loop.
template<typename T, typename Start>
Result<T> wait(Start start)
{
    std::optional<Result<T>> outcome;
    QEventLoop loop;
    start(&loop, [&](const Result<T> &result) {
        outcome = result;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

} // namespace

Result<QString> CredentialStore::read(const QString &key)
{
    return wait<QString>([&](QObject *ctx, ReadDone done) { readAsync(key, ctx, done); });
}

Result<void> CredentialStore::write(const QString &key, const QString &secret)
{
    return wait<void>([&](QObject *ctx, Done done) { writeAsync(key, secret, ctx, done); });
}

Result<void> CredentialStore::remove(const QString &key)
{
    return wait<void>([&](QObject *ctx, Done done) { removeAsync(key, ctx, done); });
}

Result<void> CredentialStore::probe()
{
    return wait<void>([&](QObject *ctx, Done done) { probeAsync(ctx, done); });
}

void CredentialStore::probeAsync(QObject *context, Done done)
{
    const QString key = u"probe/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString advice =
        tr("Megaphone keeps tokens and passwords only in the system keychain. On Linux, start "
           "and unlock a Secret Service such as GNOME Keyring or KWallet; on a server, give "
           "secrets through systemd credentials or MEGAPHONE_SECRET_<ID>_<NAME> variables.");
    writeAsync(key, value, context, [=, this](const Result<void> &written) {
        if (!written) {
            done(makeError(u"unavailable"_s, tr("No usable keychain was found: %1 %2")
                                                 .arg(written.error().message, advice)));
            return;
        }
        readAsync(key, context, [=, this](const Result<QString> &readBack) {
            // Best effort: a probe entry left behind holds nothing of value.
            removeAsync(key, context, [](const Result<void> &) {});
            if (!readBack || readBack.value() != value) {
                done(makeError(u"unavailable"_s,
                               tr("The keychain accepted a secret but did not give it back (is "
                                  "it locked?). %1")
                                   .arg(advice)));
                return;
            }
            done({});
        });
    });
}

QString CredentialStore::accountKey(qint64 accountId, const QString &name)
{
    return u"account/%1/%2"_s.arg(accountId).arg(name);
}

QString CredentialStore::databaseKey(const QString &name)
{
    return u"database/"_s + name;
}

} // namespace megaphone
