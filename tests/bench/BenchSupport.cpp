#include "BenchSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace megaphone::bench {

double peakMemoryMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

namespace {

// User + system seconds from a /proc/.../stat file.
double statCpuSeconds(const QString &path)
{
    QFile stat(path);
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command name in parentheses: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
}

} // namespace

double threadsCpuSeconds(const QByteArray &name)
{
    double total = 0;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + u"/comm"_s));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
            total += statCpuSeconds(tasks.filePath(task + u"/stat"_s));
    }
    return total;
}

void print(const QString &name, double value, const QString &unit)
{
    std::printf("%s: %.2f %s\n", qPrintable(name), value, qPrintable(unit));
    std::fflush(stdout);
}

bool SandboxProcess::start(int latencyMs)
{
    m_process.setProgram(m_cli);
    m_process.setArguments({u"sandbox"_s, u"serve"_s, u"--json"_s, u"--listen"_s, u"127.0.0.1:0"_s,
                            u"--latency-ms"_s, QString::number(latencyMs), u"--mps"_s, u"0"_s,
                            u"--tier"_s, u"0"_s});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    QByteArray output;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000) {
        if (!m_process.waitForReadyRead(1000) && m_process.state() != QProcess::Running)
            return false;
        output += m_process.readAllStandardOutput();
        const QJsonObject json = QJsonDocument::fromJson(output).object();
        if (json.contains(u"base_url"_s)) {
            m_baseUrl = QUrl(json.value(u"base_url"_s).toString());
            m_phoneNumberId = json.value(u"phone_number_id"_s).toString();
            m_wabaId = json.value(u"waba_id"_s).toString();
            return true;
        }
    }
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QUrl SandboxProcess::sendUrl() const
{
    return m_baseUrl.resolved(QUrl(u"/v23.0/"_s + m_phoneNumberId + u"/messages"_s));
}

double SandboxProcess::cpuSeconds() const
{
    return statCpuSeconds(u"/proc/%1/stat"_s.arg(m_process.processId()));
}

} // namespace megaphone::bench
