#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace megaphone::bench {

// Peak resident memory of this process so far, in MiB (VmHWM).
double peakMemoryMiB();
// CPU time (user + system) of this process so far, in seconds.
double cpuSeconds();
// CPU time of this process's live threads named `name` (a QThread's objectName, also given
// to the threads it starts), in seconds.
double threadsCpuSeconds(const QByteArray &name);
// Prints one figure line: "<name>: <value> <unit>".
void print(const QString &name, double value, const QString &unit);

// `megaphone-cli sandbox serve` in its own process on a free loopback port, with no
// throughput limit or tier, so the CPU a benchmark measures in its own process is the
// client's alone.
class SandboxProcess
{
public:
    explicit SandboxProcess(QString cliPath) : m_cli(std::move(cliPath)) {}
    ~SandboxProcess() { stop(); }

    bool start(int latencyMs);
    void stop();
    QUrl baseUrl() const { return m_baseUrl; }
    QString phoneNumberId() const { return m_phoneNumberId; }
    QString wabaId() const { return m_wabaId; }
    // The messages endpoint of the sandbox's phone number.
    QUrl sendUrl() const;
    // The sandbox process's CPU time (user + system) so far, in seconds.
    double cpuSeconds() const;

private:
    QString m_cli;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_phoneNumberId;
    QString m_wabaId;
};

} // namespace megaphone::bench
