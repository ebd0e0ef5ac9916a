#include "CliRunner.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace megaphone::test {

CliRunner::CliRunner(QString program) : m_program(std::move(program))
{ }

QProcessEnvironment CliRunner::environment(const QProcessEnvironment &extra) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.remove(u"MEGAPHONE_DATABASE_URL"_s);
    env.remove(u"MEGAPHONE_SANDBOX_URL"_s);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    return env;
}

CliRunner::Run CliRunner::run(
    const QStringList &args, const QProcessEnvironment &extra, const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(environment(extra));
    process.start(m_program, args);
    if (!process.waitForStarted(30000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace megaphone::test
