#pragma once

#include "BenchSupport.h"
#include "Database.h"

#include <QVariantList>

#include <memory>

namespace megaphone {
class MemoryCredentialStore;
}

// What the sending benchmarks (bench_send, bench_guilatency) set up: contacts, an account
// pointed at a sandbox process, a started broadcast.
namespace megaphone::bench {

qint64 scalar(const Database &db, const QString &sql, const QVariantList &values = {});
bool exec(const Database &db, const QString &sql);
// `count` contacts in one statement, as an import leaves them: numbered i = 1..count, each
// with the consent and country that `consentSql` and `countrySql` give in terms of i (SQL
// expressions); tags t0..t9 spread them in tenths.
bool addContacts(const Database &db, int count,
    const QString &consentSql = QStringLiteral("'opted_in'"),
    const QString &countrySql = QStringLiteral("NULL"));
// A Meta account at the sandbox process, capped at `mps`, with the login_code template.
qint64 addAccount(const std::shared_ptr<Database> &db, SandboxProcess &sandbox, int mps,
                  MemoryCredentialStore &credentials);
// A broadcast to `tag` (empty: everyone), started: its audience materialised.
qint64 startBroadcast(const std::shared_ptr<Database> &db, qint64 accountId, int mps,
                      const QString &tag, double *materialiseMs);

} // namespace megaphone::bench
