#include "PgCluster.h"

#include <QProcess>
#include <QTcpServer>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace megaphone::test {

namespace {

// root cannot run PostgreSQL's tools: they run as the postgres user (Unix only).
bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

Result<std::unique_ptr<PgCluster>> PgCluster::start()
{
    std::unique_ptr<PgCluster> cluster(new PgCluster);
    cluster->m_bin = qEnvironmentVariable("MEGAPHONE_TEST_PG_BIN");
    if (cluster->m_bin.isEmpty())
        return makeError(u"no-server"_s, u"MEGAPHONE_TEST_PG_BIN is not set: `make test` sets it"_s);
    if (!cluster->m_dir.isValid())
        return makeError(u"io"_s, u"no temporary folder"_s);
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(cluster->m_dir.path());
    (void)::chmod(path.constData(), 0755);
    if (runningAsRoot()) {
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres || ::chown(path.constData(), postgres->pw_uid, postgres->pw_gid) != 0)
            return makeError(u"io"_s, u"the cluster folder cannot be given to postgres"_s);
    }
#endif
    if (auto made = cluster->run(u"initdb"_s, {u"-D"_s, cluster->m_dir.filePath(u"data"_s),
                                                u"-U"_s, u"postgres"_s, u"-A"_s, u"trust"_s,
                                                u"--no-sync"_s, u"-E"_s, u"UTF8"_s});
        !made)
        return made.error();
    cluster->m_port = freePort();
    if (auto started = cluster->startAgain(); !started)
        return started.error();
    return cluster;
}

PgCluster::~PgCluster()
{
    if (m_port)
        (void)run(u"pg_ctl"_s, {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"immediate"_s,
                                u"-s"_s, u"stop"_s});
}

DatabaseUrl PgCluster::url() const
{
    return DatabaseUrl::parse(u"postgresql://postgres@127.0.0.1:%1/postgres"_s.arg(m_port)).value();
}

Result<void> PgCluster::stop()
{
    return run(u"pg_ctl"_s, {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"fast"_s, u"-w"_s,
                             u"-s"_s, u"stop"_s});
}

Result<void> PgCluster::startAgain()
{
    const QString options = u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                            "-c synchronous_commit=off"_s.arg(m_port).arg(m_dir.path());
    return run(u"pg_ctl"_s, {u"-D"_s, m_dir.filePath(u"data"_s), u"-l"_s,
                             m_dir.filePath(u"server.log"_s), u"-o"_s, options, u"-w"_s, u"-s"_s,
                             u"start"_s});
}

Result<void> PgCluster::run(const QString &binary, const QStringList &args) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path()); // readable by postgres
    const QString program = m_bin + u'/' + binary;
    if (runningAsRoot())
        process.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
    else
        process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return makeError(u"pg"_s, binary + u" failed: "_s
                                      + QString::fromLocal8Bit(process.readAllStandardError()));
    return {};
}

} // namespace megaphone::test
