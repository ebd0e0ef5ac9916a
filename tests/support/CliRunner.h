#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace megaphone::test {

// Runs megaphone-cli as a real child process with a private HOME and XDG folders, so
// it never reads or writes the user's preferences. The keychain (D-Bus session) and
// MEGAPHONE_TEST_PG_URL come from the test's environment.
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    explicit CliRunner(QString program);

    Run run(const QStringList &args, const QProcessEnvironment &extra = {},
        const QByteArray &input = {}) const;
    QProcessEnvironment environment(const QProcessEnvironment &extra = {}) const;
    QString program() const { return m_program; }
    bool isValid() const { return m_home.isValid(); }

private:
    QString m_program;
    QTemporaryDir m_home;
};

} // namespace megaphone::test
