#include "CliContext.h"

#include "Database.h"
#include "DatabaseChoice.h"
#include "Preferences.h"
#include "secrets/KeychainCredentialStore.h"

#include <QCommandLineParser>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace megaphone {

CliContext::CliContext(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
    : m_parser(parser), m_out(out), m_err(err), m_json(parser.isSet(u"json"_s))
{
}

CliContext::~CliContext() = default;

CredentialStore &CliContext::credentials()
{
    if (!m_credentials)
        m_credentials = std::make_unique<KeychainCredentialStore>();
    return *m_credentials;
}

std::shared_ptr<Database> CliContext::openDatabase()
{
    Preferences prefs;
    auto url = DatabaseChoice::choose(m_parser.value(u"database"_s), prefs);
    if (!url) {
        fail(url.error());
        return nullptr;
    }
    DatabaseUrl chosen = url.value();
    // The long-lived store: a keychain job may still deliver events after the read, and a
    // store destroyed here made the next event loop crash inside QtKeychain.
    if (chosen.isPostgres())
        DatabaseChoice::attachPassword(chosen, &credentials());
    auto db = Database::open(chosen);
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    return db.value();
}

void CliContext::print(const QJsonObject &json, const QString &text)
{
    if (m_json)
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    else
        m_out << text << Qt::endl;
    m_out.flush();
}

int CliContext::fail(const Error &error)
{
    if (m_json) {
        const QJsonObject body{{u"error"_s, QJsonObject{{u"code"_s, error.code},
                                                      {u"message"_s, error.message}}}};
        m_out << QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented));
        m_out.flush();
    }
    m_err << tr("megaphone-cli: %1").arg(error.message) << Qt::endl;
    return ExitUserError;
}

} // namespace megaphone
