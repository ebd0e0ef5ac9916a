#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace megaphone {

// Only `OptedIn` contacts may receive a marketing broadcast (DESIGN.md section 2).
enum class Consent { OptedIn, Unknown, OptedOut };

// Database spelling: opted_in, unknown, opted_out.
QString consentToDb(Consent consent);
// Command-line spelling: opted-in, unknown, opted-out.
QString consentToCli(Consent consent);
// Accepts either spelling.
std::optional<Consent> consentFromString(const QString &text);

struct Contact
{
    qint64 id = 0;
    QString phoneE164;
    QString firstName;
    QString lastName;
    QString displayName;
    QString email;
    QString birthday; // ISO date
    QString country;  // ISO 3166 region code
    QString timeZone; // IANA id
    QString language;
    QJsonObject attributes;
    Consent consent = Consent::Unknown;
    QString consentSource;
    qint64 consentAt = 0;
    qint64 optedOutAt = 0;
    QString optOutSource;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QStringList tags;
};

// Which contacts a list, count or bulk action is about.
struct ContactFilter
{
    QStringList tags;               // every one of these tags
    std::optional<Consent> consent; // this consent only
    QString search;                 // part of a name or phone number
};

} // namespace megaphone
