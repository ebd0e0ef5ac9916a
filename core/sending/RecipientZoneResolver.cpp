#include "RecipientZoneResolver.h"

#include "PhoneNormalizer.h"

#include <QLocale>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

struct PrimaryZone
{
    const char *region;
    std::initializer_list<const char *> zones; // preferred id first, then older aliases
};

// The most populous zone of countries with several, where the first listed is a poor guess.
const PrimaryZone kPrimaryZones[] = {
    { "AR", { "America/Argentina/Buenos_Aires", "America/Buenos_Aires" } },
    { "AU", { "Australia/Sydney" } },
    { "BR", { "America/Sao_Paulo" } },
    { "CA", { "America/Toronto" } },
    { "CD", { "Africa/Kinshasa" } },
    { "CL", { "America/Santiago" } },
    { "CN", { "Asia/Shanghai" } },
    { "DE", { "Europe/Berlin" } },
    { "EC", { "America/Guayaquil" } },
    { "ES", { "Europe/Madrid" } },
    { "ID", { "Asia/Jakarta" } },
    { "IN", { "Asia/Kolkata", "Asia/Calcutta" } },
    { "KZ", { "Asia/Almaty" } },
    { "MN", { "Asia/Ulaanbaatar", "Asia/Ulan_Bator" } },
    { "MX", { "America/Mexico_City" } },
    { "MY", { "Asia/Kuala_Lumpur" } },
    { "NZ", { "Pacific/Auckland" } },
    { "PT", { "Europe/Lisbon" } },
    { "RU", { "Europe/Moscow" } },
    { "UA", { "Europe/Kyiv", "Europe/Kiev" } },
    { "US", { "America/New_York" } },
    { "UZ", { "Asia/Tashkent" } },
};

} // namespace

RecipientZoneResolver::RecipientZoneResolver(
    QMap<QString, QByteArray> teamDefaults, QTimeZone fallback)
    : m_fallback(std::move(fallback))
{
    for (auto it = teamDefaults.cbegin(); it != teamDefaults.cend(); ++it)
        m_teamDefaults.insert(it.key().trimmed().toUpper(), it.value().trimmed());
}

QString RecipientZoneResolver::regionOfNumber(const QString &e164)
{
    if (e164.isEmpty())
        return {};
    static const PhoneNormalizer normalizer; // no default region: E.164 only; const, shareable
    const PhoneResult result = normalizer.normalize(e164);
    return result.ok() ? result.region : QString();
}

QByteArray RecipientZoneResolver::defaultZoneForRegion(const QString &region)
{
    const QString iso = region.trimmed().toUpper();
    if (iso.size() != 2)
        return {};
    for (const PrimaryZone &primary : kPrimaryZones) {
        if (iso != QLatin1String(primary.region))
            continue;
        for (const char *zone : primary.zones) {
            if (QTimeZone::isTimeZoneIdAvailable(zone))
                return QByteArray(zone);
        }
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(iso);
    if (territory == QLocale::AnyTerritory)
        return {};
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds(territory);
    return zones.isEmpty() ? QByteArray() : zones.first();
}

QTimeZone RecipientZoneResolver::zoneForRegion(const QString &region)
{
    const QString iso = region.trimmed().toUpper();
    const auto cached = m_byRegion.constFind(iso);
    if (cached != m_byRegion.cend())
        return *cached;
    QTimeZone zone;
    const QByteArray teamZone = m_teamDefaults.value(iso);
    if (!teamZone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(teamZone))
        zone = QTimeZone(teamZone);
    if (!zone.isValid()) {
        const QByteArray builtIn = defaultZoneForRegion(iso);
        if (!builtIn.isEmpty())
            zone = QTimeZone(builtIn);
    }
    if (!zone.isValid())
        zone = m_fallback;
    m_byRegion.insert(iso, zone);
    return zone;
}

QTimeZone RecipientZoneResolver::zoneFor(const QByteArray &contactZone, const QString &e164)
{
    const QByteArray own = contactZone.trimmed();
    if (!own.isEmpty() && QTimeZone::isTimeZoneIdAvailable(own))
        return QTimeZone(own);
    return zoneForRegion(regionOfNumber(e164));
}

} // namespace megaphone
