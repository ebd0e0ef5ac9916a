#pragma once

#include "Result.h"

#include <QObject>

#include <functional>

namespace megaphone {

// Where secrets live: access tokens, app secrets, relay secrets and database
// passwords. Keys are `account/<id>/<name>` and `database/<name>` (DESIGN.md
// section 5). The asynchronous calls suit the GUI; the blocking forms run a local
// event loop and suit the CLI and worker threads.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using ReadDone = std::function<void(const Result<QString> &)>;
    using Done = std::function<void(const Result<void> &)>;

    using QObject::QObject;

    // `done` runs on `context`'s thread, and not at all once `context` is gone.
    // A missing entry is an error with code "not-found".
    virtual void readAsync(const QString &key, QObject *context, ReadDone done) = 0;
    virtual void writeAsync(const QString &key, const QString &secret, QObject *context,
                            Done done) = 0;
    virtual void removeAsync(const QString &key, QObject *context, Done done) = 0;

    Result<QString> read(const QString &key);
    Result<void> write(const QString &key, const QString &secret);
    Result<void> remove(const QString &key);

    // Writes, reads back and deletes a probe entry: the only reliable way to know
    // the keychain works (QtKeychain 0.13 cannot tell a missing backend from a
    // locked one). On failure the error says what to do.
    Result<void> probe();
    void probeAsync(QObject *context, Done done);

    static QString accountKey(qint64 accountId, const QString &name);
    static QString databaseKey(const QString &name);
};

} // namespace megaphone
