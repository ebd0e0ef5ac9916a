#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

namespace megaphone {

class DatabaseUrl;

// Per-machine preferences in QSettings: which database, language, window layout.
// Team-wide settings live in the database (TeamSettings). Never holds a secret.
class Preferences
{
public:
    // Uses the application's default QSettings.
    Preferences();
    // Uses `settings`, e.g. a file in a temp folder for a test.
    explicit Preferences(QSettings &settings);
    ~Preferences();

    // Empty when the user never chose one (the default SQLite file is used).
    QString databaseUrl() const;
    // Stores the URL without its password.
    void setDatabaseUrl(const DatabaseUrl &url);
    void clearDatabaseUrl();

    // A language code such as "es" or "pt_BR"; empty: the system language.
    QString language() const;
    void setLanguage(const QString &language);

    // The webhook receiver of the app: off by default; "ADDR:PORT" it listens on.
    bool webhooksEnabled() const;
    void setWebhooksEnabled(bool enabled);
    QString webhooksListen() const; // default 127.0.0.1:8090
    void setWebhooksListen(const QString &listen);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

    void sync();

private:
    QSettings *m_settings;
    bool m_owned;
};

} // namespace megaphone
