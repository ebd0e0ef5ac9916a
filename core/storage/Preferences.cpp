#include "Preferences.h"

#include "DatabaseUrl.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
const QString kDatabaseUrl = u"database/url"_s;
const QString kLanguage = u"ui/language"_s;
const QString kWebhooksEnabled = u"webhooks/enabled"_s;
const QString kWebhooksListen = u"webhooks/listen"_s;
const QString kGeometry = u"ui/main_window_geometry"_s;
} // namespace

Preferences::Preferences() : m_settings(new QSettings), m_owned(true) {}
Preferences::Preferences(QSettings &settings) : m_settings(&settings), m_owned(false) {}

Preferences::~Preferences()
{
    if (m_owned)
        delete m_settings;
}

QString Preferences::databaseUrl() const { return m_settings->value(kDatabaseUrl).toString(); }
void Preferences::setDatabaseUrl(const DatabaseUrl &url)
{
    m_settings->setValue(kDatabaseUrl, url.toString());
}
void Preferences::clearDatabaseUrl() { m_settings->remove(kDatabaseUrl); }

QString Preferences::language() const { return m_settings->value(kLanguage).toString(); }
void Preferences::setLanguage(const QString &language) { m_settings->setValue(kLanguage, language); }

bool Preferences::webhooksEnabled() const { return m_settings->value(kWebhooksEnabled, false).toBool(); }
void Preferences::setWebhooksEnabled(bool enabled) { m_settings->setValue(kWebhooksEnabled, enabled); }

QString Preferences::webhooksListen() const
{
    return m_settings->value(kWebhooksListen, u"127.0.0.1:8090"_s).toString();
}

void Preferences::setWebhooksListen(const QString &listen) { m_settings->setValue(kWebhooksListen, listen); }

QByteArray Preferences::mainWindowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}
void Preferences::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

void Preferences::sync() { m_settings->sync(); }

} // namespace megaphone
