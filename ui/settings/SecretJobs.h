#pragma once

#include "secrets/CredentialStore.h"

#include <QList>
#include <QStringList>

#include <utility>

namespace megaphone {

// Chains of asynchronous keychain calls for the GUI thread: each call starts when the
// one before it has answered, and `done` runs once with the first error (or success)
// on `context`'s thread, not at all once `context` is gone.
namespace SecretJobs {

// Writes each (key, secret) in order; stops at the first failure.
void writeAll(CredentialStore *store, QList<std::pair<QString, QString>> entries, QObject *context,
    CredentialStore::Done done);

// Removes every key; a key that holds nothing is no error.
void removeAll(
    CredentialStore *store, QStringList keys, QObject *context, CredentialStore::Done done);

} // namespace SecretJobs

} // namespace megaphone
