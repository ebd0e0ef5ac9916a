#pragma once

#include "Result.h"
#include "SettingsStore.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace megaphone {

// Typed team-wide settings, shared through the database so headless workers obey
// what the GUI set. Callers never spell raw keys.
class TeamSettings
{
    Q_DECLARE_TR_FUNCTIONS(TeamSettings)

public:
    explicit TeamSettings(std::shared_ptr<const Database> db);

    // ISO 3166 region for numbers typed without a country code; empty: the system locale's.
    Result<QString> defaultRegion();
    Result<void> setDefaultRegion(const QString &region);

    // The team's cap on messages per second for one sender number.
    Result<int> maxMessagesPerSecond();
    Result<void> setMaxMessagesPerSecond(int mps);

    // Skip contacts who got a marketing broadcast in the last N hours (0: no cap).
    Result<int> frequencyCapHours();
    Result<void> setFrequencyCapHours(int hours);

    // Pause a broadcast when the same failure repeats for this many recipients in a row.
    Result<int> circuitBreakerThreshold();
    Result<void> setCircuitBreakerThreshold(int recipients);

    // A schedule missed by more than this waits for confirmation instead of sending.
    Result<int> missedScheduleGraceMinutes();
    Result<void> setMissedScheduleGraceMinutes(int minutes);

    // Inbound words that opt a contact out, compared case-insensitively.
    Result<QStringList> optOutKeywords();
    Result<void> setOptOutKeywords(const QStringList &keywords);

    static QStringList defaultOptOutKeywords();

    // For countries with several time zones, the zone a recipient's sending window is
    // judged in when the contact has none: ISO region (upper case) -> IANA id.
    Result<QMap<QString, QByteArray>> countryTimeZones();
    Result<void> setCountryTimeZones(const QMap<QString, QByteArray> &zones);

    // What one marketing message costs, by ISO region (upper case), in `currency`; the
    // review step's estimate. Empty until the team enters its provider's rates.
    struct PriceTable
    {
        QString currency = QStringLiteral("USD");
        QMap<QString, double> perMessage;
    };
    Result<PriceTable> marketingPrices();
    Result<void> setMarketingPrices(const PriceTable &prices);

private:
    Result<int> intValue(const QString &key, int fallback);
    Result<void> setInt(const QString &key, int value, int min, int max, const QString &what);

    SettingsStore m_store;
};

} // namespace megaphone
