#include "SecretJobs.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace megaphone::SecretJobs {

void writeAll(CredentialStore *store, QList<std::pair<QString, QString>> entries, QObject *context,
    CredentialStore::Done done)
{
    if (entries.isEmpty()) {
        done({});
        return;
    }
    if (!store) {
        done(makeError(u"unavailable"_s,
            CredentialStore::tr("No keychain is connected, so no secret was stored.")));
        return;
    }
    const auto [key, secret] = entries.takeFirst();
    store->writeAsync(key, secret, context,
        [store, entries = std::move(entries), context, done = std::move(done)](
            const Result<void> &written) mutable {
            if (!written) {
                done(written);
                return;
            }
            writeAll(store, std::move(entries), context, std::move(done));
        });
}

void removeAll(
    CredentialStore *store, QStringList keys, QObject *context, CredentialStore::Done done)
{
    if (keys.isEmpty() || !store) {
        done({});
        return;
    }
    const QString key = keys.takeFirst();
    store->removeAsync(key, context,
        [store, keys = std::move(keys), context, done = std::move(done)](
            const Result<void> &removed) mutable {
            if (!removed && removed.error().code != u"not-found") {
                done(removed);
                return;
            }
            removeAll(store, std::move(keys), context, std::move(done));
        });
}

} // namespace megaphone::SecretJobs
