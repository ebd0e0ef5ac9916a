#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QTimeZone>

namespace megaphone {

// The time zone a recipient's sending window is judged in (DESIGN.md section 3, "Time
// zones"), first match wins:
// 1. the contact's own IANA `time_zone`, when this system knows it;
// 2. the team's default zone for the number's country (a setting: region -> zone), for
//    countries with several zones;
// 3. the country's only zone, or for a country with several the zone where most of its
//    people live (a short built-in table: US New York, BR Sao Paulo, RU Moscow, CA
//    Toronto, AU Sydney, MX Mexico City, ID Jakarta...), else the first zone Qt lists;
// 4. `fallback` (e.g. the team's own zone) when the country is unknown.
// The country comes from the phone number through libphonenumber (PhoneNormalizer); its
// C++ library has no time-zone mapper, and Qt lists a country's zones
// (QTimeZone::availableTimeZoneIds(QLocale::Territory)).
//
// Caches a zone per country; not thread-safe (one per dispatcher).
class RecipientZoneResolver
{
public:
    explicit RecipientZoneResolver(
        QMap<QString, QByteArray> teamDefaults = {}, QTimeZone fallback = QTimeZone::utc());

    // `e164` such as "+5511987654321"; `contactZone` may be empty.
    QTimeZone zoneFor(const QByteArray &contactZone, const QString &e164);

    // Steps 2-4 for an ISO 3166 region ("BR", "us"); an unknown region gives the fallback.
    QTimeZone zoneForRegion(const QString &region);

    // Step 3 alone: the built-in choice for a region, "" when Qt knows no zone for it.
    static QByteArray defaultZoneForRegion(const QString &region);

    // The ISO region of an E.164 number through libphonenumber, "" when not a valid number.
    static QString regionOfNumber(const QString &e164);

private:
    QMap<QString, QByteArray> m_teamDefaults; // keys upper-case
    QTimeZone m_fallback;
    QHash<QString, QTimeZone> m_byRegion;
};

} // namespace megaphone
