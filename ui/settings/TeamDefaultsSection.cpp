#include "TeamDefaultsSection.h"

#include "Database.h"
#include "MessageLabel.h"
#include "TeamSettings.h"
#include "widgets/HintLabel.h"
#include "widgets/RunInBackground.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace megaphone {

struct TeamDefaultsSection::Values
{
    QString region;
    int maxMps = 0;
    int frequencyCapHours = 0;
    int graceMinutes = 0;
    int breakerThreshold = 0;
    QString countryZones; // "US=America/Chicago, BR=America/Manaus"
    QString prices;       // "USD: BR=0.0625, IN=0.0107"
};

namespace {

QSpinBox *spinBox(const QString &name, int min, int max, const QString &suffix,
                  const QString &toolTip, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setToolTip(toolTip);
    box->setMinimumWidth(160);
    return box;
}

QString zonesText(const QMap<QString, QByteArray> &zones)
{
    QStringList parts;
    for (auto it = zones.cbegin(); it != zones.cend(); ++it)
        parts << it.key() + u'=' + QString::fromUtf8(it.value());
    return parts.join(u", "_s);
}

// "US=America/Chicago, BR=America/Manaus"; the zones themselves are checked on saving.
Result<QMap<QString, QByteArray>> parseZones(const QString &text)
{
    QMap<QString, QByteArray> zones;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString country = part.section(u'=', 0, 0).trimmed().toUpper();
        const QString zone = part.section(u'=', 1).trimmed();
        if (country.size() != 2 || zone.isEmpty())
            return makeError(u"bad-value"_s,
                             TeamDefaultsSection::tr("Write each time zone as a country code, "
                                                     "\"=\" and a zone, as in "
                                                     "US=America/Chicago; \"%1\" is not.")
                                 .arg(part.trimmed()));
        zones.insert(country, zone.toUtf8());
    }
    return zones;
}

QString pricesText(const TeamSettings::PriceTable &table)
{
    QStringList parts;
    for (auto it = table.perMessage.cbegin(); it != table.perMessage.cend(); ++it)
        parts << it.key() + u'=' + QString::number(it.value(), 'g', 10);
    return parts.isEmpty() ? QString() : table.currency + u": "_s + parts.join(u", "_s);
}

// "USD: BR=0.0625, IN=0.0107" (the currency is optional: USD).
Result<TeamSettings::PriceTable> parsePrices(const QString &text)
{
    TeamSettings::PriceTable table;
    QString list = text;
    if (text.contains(u':')) {
        table.currency = text.section(u':', 0, 0).trimmed().toUpper();
        list = text.section(u':', 1);
    }
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        const QString country = part.section(u'=', 0, 0).trimmed().toUpper();
        bool ok = false;
        const double price = QLocale::c().toDouble(part.section(u'=', 1).trimmed(), &ok);
        if (country.size() != 2 || !ok)
            return makeError(u"bad-value"_s,
                             TeamDefaultsSection::tr("Write each price as a country code, \"=\" "
                                                     "and a number with a dot, as in "
                                                     "BR=0.0625; \"%1\" is not.")
                                 .arg(part.trimmed()));
        table.perMessage.insert(country, price);
    }
    return table;
}

} // namespace

TeamDefaultsSection::TeamDefaultsSection(std::shared_ptr<const Database> db, QWidget *parent)
    : QGroupBox(tr("Team sending defaults"), parent), m_db(std::move(db))
{
    setObjectName(u"teamDefaultsSection"_s);
    m_region = new QLineEdit(this);
    m_region->setObjectName(u"defaultRegion"_s);
    m_region->setMaxLength(2);
    m_region->setMaximumWidth(120);
    m_region->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,2}"_s), m_region));
    m_region->setPlaceholderText(QLocale::territoryToCode(QLocale::system().territory()));
    m_region->setToolTip(tr("Phone numbers written without a country code are read as numbers of "
                            "this country (a two-letter code such as IN, BR or GB). Empty: the "
                            "country of each computer's locale."));
    m_maxMps = new QSpinBox(this);
    m_maxMps->setObjectName(u"maxMessagesPerSecond"_s);
    m_maxMps->setRange(1, 1000);
    m_maxMps->setSuffix(tr(" per second"));
    m_maxMps->setToolTip(tr("The most messages one sender number sends a second. The provider's "
                            "own limit for the number applies when it is lower."));
    m_frequencyCap = spinBox(u"frequencyCapHours"_s, 0, 24 * 30, tr(" hours"),
                             tr("Skip contacts who received a marketing broadcast within this "
                                "many hours."),
                             this);
    m_frequencyCap->setSpecialValueText(tr("No cap"));
    m_maxMps->setMinimumWidth(160);
    m_grace = spinBox(u"missedScheduleGrace"_s, 0, 24 * 60, tr(" minutes"),
                      tr("A scheduled broadcast whose time passed by more than this while no "
                         "Megaphone was running waits for you to confirm it instead of "
                         "sending late."),
                      this);
    m_breaker = spinBox(u"circuitBreakerThreshold"_s, 2, 10000, tr(" recipients in a row"),
                        tr("Pause a broadcast when the same error, or no clear answer, repeats "
                           "for this many recipients in a row: a setup error often looks like "
                           "a recipient error."),
                        this);
    m_zones = new QLineEdit(this);
    m_zones->setObjectName(u"countryTimeZones"_s);
    m_zones->setMinimumWidth(320);
    m_zones->setPlaceholderText(tr("e.g. US=America/Chicago, BR=America/Manaus"));
    m_zones->setToolTip(tr("A sending window is kept in each recipient's local time. For "
                           "countries with several time zones, the zone to use for contacts "
                           "without one of their own (otherwise the zone where most people "
                           "live)."));

    m_prices = new QLineEdit(this);
    m_prices->setObjectName(u"marketingPrices"_s);
    m_prices->setMinimumWidth(320);
    m_prices->setPlaceholderText(tr("e.g. USD: BR=0.0625, IN=0.0107"));
    m_prices->setToolTip(tr("What your provider charges for one marketing message, by "
                            "recipient country: the Broadcast Builder estimates a broadcast's "
                            "cost from it."));

    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(u"saveTeamSettings"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"teamSettingsMessage"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_save, 0, Qt::AlignTop);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(hintLabel(tr("Shared by everyone who uses this database, including workers "
                              "that send on servers."),
        this));
    form->addRow(tr("Default country:"), m_region);
    form->addRow(tr("Sending speed:"), m_maxMps);
    form->addRow(tr("Frequency cap:"), m_frequencyCap);
    form->addRow(tr("Missed schedule after:"), m_grace);
    form->addRow(tr("Pause after an error repeats for:"), m_breaker);
    form->addRow(tr("Time zones by country:"), m_zones);
    form->addRow(tr("Price of a marketing message:"), m_prices);
    form->addRow(buttons);

    connect(m_region, &QLineEdit::textEdited, this, &TeamDefaultsSection::markEdited);
    for (QSpinBox *box : {m_maxMps, m_frequencyCap, m_grace, m_breaker})
        connect(box, &QSpinBox::valueChanged, this, &TeamDefaultsSection::markEdited);
    for (QLineEdit *edit : {m_zones, m_prices})
        connect(edit, &QLineEdit::textEdited, this, &TeamDefaultsSection::markEdited);
    connect(m_save, &QPushButton::clicked, this, &TeamDefaultsSection::save);
}

void TeamDefaultsSection::refresh()
{
    if (m_edited)
        return;
    const quint64 generation = ++m_generation;
    runInBackground(
        this,
        [db = m_db]() -> Result<Values> {
            TeamSettings settings(db);
            Values values;
            auto region = settings.defaultRegion();
            if (!region)
                return region.error();
            values.region = region.value();
            auto mps = settings.maxMessagesPerSecond();
            if (!mps)
                return mps.error();
            values.maxMps = mps.value();
            auto cap = settings.frequencyCapHours();
            if (!cap)
                return cap.error();
            values.frequencyCapHours = cap.value();
            auto grace = settings.missedScheduleGraceMinutes();
            auto breaker = settings.circuitBreakerThreshold();
            auto zones = settings.countryTimeZones();
            if (!grace || !breaker || !zones)
                return !grace ? grace.error() : !breaker ? breaker.error() : zones.error();
            values.graceMinutes = grace.value();
            values.breakerThreshold = breaker.value();
            values.countryZones = zonesText(zones.value());
            auto prices = settings.marketingPrices();
            if (!prices)
                return prices.error();
            values.prices = pricesText(prices.value());
            return values;
        },
        [this, generation](const Result<Values> &values) {
            if (generation == m_generation && !m_edited)
                showValues(values);
        });
}

void TeamDefaultsSection::showValues(const Result<Values> &values)
{
    if (!values) {
        m_message->showMessage(
            tr("Cannot read the team settings: %1").arg(values.error().message), true);
        return;
    }
    m_filling = true;
    m_region->setText(values->region);
    m_maxMps->setValue(values->maxMps);
    m_frequencyCap->setValue(values->frequencyCapHours);
    m_grace->setValue(values->graceMinutes);
    m_breaker->setValue(values->breakerThreshold);
    m_zones->setText(values->countryZones);
    m_prices->setText(values->prices);
    m_filling = false;
}

void TeamDefaultsSection::markEdited()
{
    if (m_filling)
        return;
    m_edited = true;
    m_message->clearMessage();
}

void TeamDefaultsSection::save()
{
    m_save->setEnabled(false);
    m_message->showMessage(tr("Saving\u2026"));
    ++m_generation; // a read still on its way is older than what the form holds now
    runInBackground(
        this,
        [db = m_db, region = m_region->text(), mps = m_maxMps->value(),
         cap = m_frequencyCap->value(), grace = m_grace->value(), breaker = m_breaker->value(),
         zonesText = m_zones->text(), pricesText = m_prices->text()]() -> Result<void> {
            auto zones = parseZones(zonesText);
            if (!zones)
                return zones.error();
            auto prices = parsePrices(pricesText);
            if (!prices)
                return prices.error();
            TeamSettings settings(db);
            // All or nothing: a refused value leaves the others as they were.
            return db->transaction([&]() -> Result<void> {
                for (const Result<void> &saved :
                     {settings.setDefaultRegion(region), settings.setMaxMessagesPerSecond(mps),
                      settings.setFrequencyCapHours(cap),
                      settings.setMissedScheduleGraceMinutes(grace),
                      settings.setCircuitBreakerThreshold(breaker),
                      settings.setCountryTimeZones(zones.value()),
                      settings.setMarketingPrices(prices.value())}) {
                    if (!saved)
                        return saved;
                }
                return {};
            });
        },
        [this](const Result<void> &saved) { showSaved(saved); });
}

void TeamDefaultsSection::showSaved(const Result<void> &saved)
{
    m_save->setEnabled(true);
    if (!saved) {
        m_message->showMessage(saved.error().message, true);
        return;
    }
    m_edited = false;
    m_message->showMessage(tr("Saved."));
    refresh();
}

} // namespace megaphone
