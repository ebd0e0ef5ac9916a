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
};

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
    m_frequencyCap = new QSpinBox(this);
    m_frequencyCap->setObjectName(u"frequencyCapHours"_s);
    m_frequencyCap->setRange(0, 24 * 30);
    m_frequencyCap->setSuffix(tr(" hours"));
    m_frequencyCap->setSpecialValueText(tr("No cap"));
    m_frequencyCap->setToolTip(tr("Skip contacts who received a marketing broadcast within this "
                                  "many hours."));
    for (QSpinBox *box : { m_maxMps, m_frequencyCap })
        box->setMinimumWidth(160);

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
    form->addRow(buttons);

    connect(m_region, &QLineEdit::textEdited, this, &TeamDefaultsSection::markEdited);
    connect(m_maxMps, &QSpinBox::valueChanged, this, &TeamDefaultsSection::markEdited);
    connect(m_frequencyCap, &QSpinBox::valueChanged, this, &TeamDefaultsSection::markEdited);
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
            cap = m_frequencyCap->value()]() -> Result<void> {
            TeamSettings settings(db);
            // All or nothing: a refused value leaves the others as they were.
            return db->transaction([&]() -> Result<void> {
                if (auto saved = settings.setDefaultRegion(region); !saved)
                    return saved;
                if (auto saved = settings.setMaxMessagesPerSecond(mps); !saved)
                    return saved;
                return settings.setFrequencyCapHours(cap);
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
