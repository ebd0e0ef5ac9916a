#include "TeamSettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
const QString kDefaultRegion = u"sending.default_region"_s;
const QString kMaxMps = u"sending.max_mps"_s;
const QString kFrequencyCap = u"sending.frequency_cap_hours"_s;
const QString kBreaker = u"sending.circuit_breaker_threshold"_s;
const QString kGrace = u"sending.missed_schedule_grace_minutes"_s;
const QString kOptOut = u"inbound.opt_out_keywords"_s;
const QString kCountryZones = u"sending.country_time_zones"_s;
const QString kPrices = u"sending.marketing_prices"_s;
} // namespace

TeamSettings::TeamSettings(std::shared_ptr<const Database> db) : m_store(std::move(db)) {}

QStringList TeamSettings::defaultOptOutKeywords()
{
    return {u"STOP"_s,     u"UNSUBSCRIBE"_s, u"STOP ALL"_s, u"CANCEL"_s,   u"BAJA"_s,
            u"PARAR"_s,    u"DETENER"_s,     u"CANCELAR"_s, u"SAIR"_s,     u"PARE"_s,
            u"DESCADASTRAR"_s, u"रोकें"_s,      u"बंद करें"_s,  u"अनसब्सक्राइब"_s,
            u"STOP PROMOTIONS"_s}; // the text of the opt-out quick reply Meta offers
}

Result<QString> TeamSettings::defaultRegion()
{
    auto value = m_store.value(kDefaultRegion);
    if (!value)
        return value.error();
    return value->toString();
}

Result<void> TeamSettings::setDefaultRegion(const QString &region)
{
    const QString code = region.trimmed().toUpper();
    if (!code.isEmpty() && (code.size() != 2 || !code.at(0).isLetter() || !code.at(1).isLetter()))
        return makeError(u"bad-value"_s,
                         tr("\"%1\" is not a two-letter country code such as IN, BR or GB.")
                             .arg(region));
    return m_store.setValue(kDefaultRegion, code);
}

Result<int> TeamSettings::maxMessagesPerSecond() { return intValue(kMaxMps, 80); }
Result<void> TeamSettings::setMaxMessagesPerSecond(int mps)
{
    return setInt(kMaxMps, mps, 1, 1000, tr("The maximum messages per second"));
}

Result<int> TeamSettings::frequencyCapHours() { return intValue(kFrequencyCap, 24); }
Result<void> TeamSettings::setFrequencyCapHours(int hours)
{
    return setInt(kFrequencyCap, hours, 0, 24 * 30, tr("The frequency cap in hours"));
}

Result<int> TeamSettings::circuitBreakerThreshold() { return intValue(kBreaker, 25); }
Result<void> TeamSettings::setCircuitBreakerThreshold(int recipients)
{
    return setInt(kBreaker, recipients, 2, 10000, tr("The circuit breaker threshold"));
}

Result<int> TeamSettings::missedScheduleGraceMinutes() { return intValue(kGrace, 15); }
Result<void> TeamSettings::setMissedScheduleGraceMinutes(int minutes)
{
    return setInt(kGrace, minutes, 0, 7 * 24 * 60, tr("The missed-schedule grace time"));
}

Result<QStringList> TeamSettings::optOutKeywords()
{
    auto value = m_store.value(kOptOut);
    if (!value)
        return value.error();
    if (!value->isArray())
        return defaultOptOutKeywords();
    QStringList keywords;
    for (const QJsonValue &word : value->toArray())
        keywords.append(word.toString());
    return keywords;
}

Result<void> TeamSettings::setOptOutKeywords(const QStringList &keywords)
{
    QJsonArray words;
    for (const QString &word : keywords) {
        if (!word.trimmed().isEmpty())
            words.append(word.trimmed());
    }
    if (words.isEmpty())
        return makeError(u"bad-value"_s, tr("Keep at least one opt-out keyword, such as STOP."));
    return m_store.setValue(kOptOut, words);
}

Result<QMap<QString, QByteArray>> TeamSettings::countryTimeZones()
{
    auto value = m_store.value(kCountryZones);
    if (!value)
        return value.error();
    QMap<QString, QByteArray> zones;
    const QJsonObject object = value->toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        zones.insert(it.key().toUpper(), it.value().toString().toUtf8());
    return zones;
}

Result<void> TeamSettings::setCountryTimeZones(const QMap<QString, QByteArray> &zones)
{
    QJsonObject object;
    for (auto it = zones.begin(); it != zones.end(); ++it) {
        if (!QTimeZone::isTimeZoneIdAvailable(it.value()))
            return makeError(u"bad-value"_s,
                             tr("%1 is not a time zone this system knows.")
                                 .arg(QString::fromUtf8(it.value())));
        object.insert(it.key().toUpper(), QString::fromUtf8(it.value()));
    }
    return m_store.setValue(kCountryZones, object);
}

Result<TeamSettings::PriceTable> TeamSettings::marketingPrices()
{
    auto value = m_store.value(kPrices);
    if (!value)
        return value.error();
    const QJsonObject object = value->toObject();
    PriceTable table;
    table.currency = object.value(u"currency"_s).toString(table.currency);
    const QJsonObject prices = object.value(u"prices"_s).toObject();
    for (auto it = prices.begin(); it != prices.end(); ++it)
        table.perMessage.insert(it.key().toUpper(), it.value().toDouble());
    return table;
}

Result<void> TeamSettings::setMarketingPrices(const PriceTable &table)
{
    QJsonObject prices;
    for (auto it = table.perMessage.begin(); it != table.perMessage.end(); ++it) {
        if (it.value() < 0)
            return makeError(u"bad-value"_s, tr("A price cannot be negative (%1).").arg(it.key()));
        prices.insert(it.key().toUpper(), it.value());
    }
    const QString currency = table.currency.trimmed().toUpper();
    if (currency.size() != 3)
        return makeError(u"bad-value"_s,
                         tr("\"%1\" is not a currency code such as USD.").arg(table.currency));
    return m_store.setValue(kPrices, QJsonObject{{u"currency"_s, currency}, {u"prices"_s, prices}});
}

Result<int> TeamSettings::intValue(const QString &key, int fallback)
{
    auto value = m_store.value(key);
    if (!value)
        return value.error();
    return value->isDouble() ? value->toInt(fallback) : fallback;
}

Result<void> TeamSettings::setInt(const QString &key, int value, int min, int max,
                                  const QString &what)
{
    if (value < min || value > max)
        return makeError(u"bad-value"_s,
                         tr("%1 must be between %2 and %3 (got %4).").arg(what).arg(min).arg(max).arg(value));
    return m_store.setValue(key, value);
}

} // namespace megaphone
