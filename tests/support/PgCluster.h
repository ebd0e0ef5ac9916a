#pragma once

#include "DatabaseUrl.h"
#include "Result.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace megaphone::test {

// A PostgreSQL cluster of one test's own, so that the test may stop and start it (a
// restart in the middle of a send). Server binaries from MEGAPHONE_TEST_PG_BIN, which
// `make test` sets; run as the `postgres` user when the test runs as root.
class PgCluster
{
public:
    static Result<std::unique_ptr<PgCluster>> start();
    ~PgCluster();

    DatabaseUrl url() const; // the `postgres` database, trusted on loopback
    Result<void> stop();      // fast shutdown: every session is ended
    Result<void> startAgain(); // on the same port

private:
    PgCluster() = default;
    Result<void> run(const QString &binary, const QStringList &args) const;

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
};

} // namespace megaphone::test
