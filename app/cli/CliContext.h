#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace megaphone {

class CredentialStore;
class Database;

// Exit codes of every command (DESIGN.md section 8).
enum ExitCode { ExitOk = 0, ExitUserError = 1, ExitUsage = 2 };

// What every command shares: the output streams, --json, and the database.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    ~CliContext();

    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens the database chosen by --database, MEGAPHONE_DATABASE_URL or the
    // saved preference; on failure prints why and returns null.
    std::shared_ptr<Database> openDatabase();
    // The OS keychain (QtKeychain), created on first use.
    CredentialStore &credentials();

    // Prints a JSON document (with --json) or a line of text.
    void print(const QJsonObject &json, const QString &text);
    // Prints an error in the chosen format and returns ExitUserError.
    int fail(const Error &error);

private:
    const QCommandLineParser &m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
    std::unique_ptr<CredentialStore> m_credentials;
};

} // namespace megaphone
