#include "SettingsPage.h"


#include "Database.h"
#include "KeychainProbe.h"
#include "TeamSettings.h"
#include "widgets/PageTitle.h"
#include "widgets/RunInBackground.h"
#include "widgets/HintLabel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QShowEvent>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

struct SettingsPage::Values
{
    int schemaVersion = 0;
    QString region;
    int maxMps = 0;
    int frequencyCapHours = 0;
};

SettingsPage::SettingsPage(std::shared_ptr<const Database> db, CredentialStore *credentials,
                           QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_probe(new KeychainProbe(credentials, this))
{
    setObjectName(u"settingsPage"_s);
    connect(m_probe, &KeychainProbe::finished, this, [this](bool, const QString &message) {
        m_keychainStatus->setText(message);
        m_keychainRecheck->setEnabled(true);
    });

    auto *column = new QVBoxLayout;
    column->setSpacing(14);
    column->addWidget(new PageTitle(tr("Settings"), this));
    column->addWidget(createDatabaseGroup());
    column->addWidget(createKeychainGroup());
    column->addWidget(createTeamGroup());
    column->addStretch();

    // A readable line length on wide windows; scrolls on small ones.
    auto *content = new QWidget;
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addLayout(column, 3);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QWidget *SettingsPage::createDatabaseGroup()
{
    auto *group = new QGroupBox(tr("Database"), this);
    auto *form = new QFormLayout(group);
    // DatabaseUrl never holds a password in what describe() and toString() give.
    auto *description = new QLabel(m_db->url().describe(), group);
    description->setObjectName(u"databaseDescription"_s);
    auto *url = new QLabel(m_db->url().toString(), group);
    url->setObjectName(u"databaseUrl"_s);
    url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    url->setWordWrap(true);
    m_schemaVersion = new QLabel(group);
    m_schemaVersion->setObjectName(u"schemaVersion"_s);
    form->addRow(tr("In use:"), description);
    form->addRow(tr("Address:"), url);
    form->addRow(tr("Schema version:"), m_schemaVersion);
    form->addRow(hintLabel(tr("To use another database, start Megaphone with --database URL or "
                              "set MEGAPHONE_DATABASE_URL. Its password belongs in the keychain, "
                              "never in the address."),
                           group));
    return group;
}

QWidget *SettingsPage::createKeychainGroup()
{
    auto *group = new QGroupBox(tr("Keychain"), this);
    m_keychainStatus = new QLabel(tr("Not checked yet."), group);
    m_keychainStatus->setObjectName(u"keychainStatus"_s);
    m_keychainStatus->setWordWrap(true);
    m_keychainRecheck = new QPushButton(tr("Check Again"), group);
    m_keychainRecheck->setObjectName(u"keychainRecheck"_s);
    connect(m_keychainRecheck, &QPushButton::clicked, this, &SettingsPage::checkKeychain);
    auto *row = new QHBoxLayout(group);
    row->addWidget(m_keychainStatus, 1);
    row->addWidget(m_keychainRecheck, 0, Qt::AlignTop);
    return group;
}

QWidget *SettingsPage::createTeamGroup()
{
    auto *group = new QGroupBox(tr("Team sending defaults"), this);
    m_region = new QLineEdit(group);
    m_region->setObjectName(u"defaultRegion"_s);
    m_region->setMaxLength(2);
    m_region->setMaximumWidth(120);
    m_region->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,2}"_s), m_region));
    m_region->setPlaceholderText(QLocale::territoryToCode(QLocale::system().territory()));
    m_region->setToolTip(tr("Phone numbers written without a country code are read as numbers of "
                            "this country (a two-letter code such as IN, BR or GB). Empty: the "
                            "country of each computer's locale."));
    m_maxMps = new QSpinBox(group);
    m_maxMps->setObjectName(u"maxMessagesPerSecond"_s);
    m_maxMps->setRange(1, 1000);
    m_maxMps->setSuffix(tr(" per second"));
    m_maxMps->setToolTip(tr("The most messages one sender number sends a second. The provider's "
                            "own limit for the number applies when it is lower."));
    m_frequencyCap = new QSpinBox(group);
    m_frequencyCap->setObjectName(u"frequencyCapHours"_s);
    m_frequencyCap->setRange(0, 24 * 30);
    m_frequencyCap->setSuffix(tr(" hours"));
    m_frequencyCap->setSpecialValueText(tr("No cap"));
    m_frequencyCap->setToolTip(tr("Skip contacts who received a marketing broadcast within this "
                                  "many hours."));
    for (QSpinBox *box : {m_maxMps, m_frequencyCap})
        box->setMinimumWidth(160);

    m_save = new QPushButton(tr("Save"), group);
    m_save->setObjectName(u"saveTeamSettings"_s);
    m_message = new QLabel(group);
    m_message->setObjectName(u"teamSettingsMessage"_s);
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_save, 0, Qt::AlignTop);

    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(hintLabel(tr("Shared by everyone who uses this database, including workers "
                              "that send on servers."),
                           group));
    form->addRow(tr("Default country:"), m_region);
    form->addRow(tr("Sending speed:"), m_maxMps);
    form->addRow(tr("Frequency cap:"), m_frequencyCap);
    form->addRow(buttons);

    connect(m_region, &QLineEdit::textEdited, this, &SettingsPage::markEdited);
    connect(m_maxMps, &QSpinBox::valueChanged, this, &SettingsPage::markEdited);
    connect(m_frequencyCap, &QSpinBox::valueChanged, this, &SettingsPage::markEdited);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    return group;
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (event->spontaneous())
        return;
    refresh();
    if (!m_probed)
        checkKeychain();
}

void SettingsPage::checkKeychain()
{
    m_probed = true;
    m_keychainRecheck->setEnabled(false);
    m_keychainStatus->setText(tr("Checking the keychain\u2026"));
    m_probe->start();
}

void SettingsPage::refresh()
{
    if (m_edited)
        return;
    const quint64 generation = ++m_generation;
    runInBackground(
        this,
        [db = m_db]() -> Result<Values> {
            TeamSettings settings(db);
            Values values;
            values.schemaVersion = db->schemaVersion();
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

void SettingsPage::showValues(const Result<Values> &values)
{
    if (!values) {
        showMessage(tr("Cannot read the team settings: %1").arg(values.error().message), true);
        return;
    }
    m_filling = true;
    m_schemaVersion->setText(QString::number(values->schemaVersion));
    m_region->setText(values->region);
    m_maxMps->setValue(values->maxMps);
    m_frequencyCap->setValue(values->frequencyCapHours);
    m_filling = false;
}

void SettingsPage::markEdited()
{
    if (m_filling)
        return;
    m_edited = true;
    showMessage({}, false);
}

void SettingsPage::save()
{
    m_save->setEnabled(false);
    showMessage(tr("Saving\u2026"), false);
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

void SettingsPage::showSaved(const Result<void> &saved)
{
    m_save->setEnabled(true);
    if (!saved) {
        showMessage(saved.error().message, true);
        return;
    }
    m_edited = false;
    showMessage(tr("Saved."), false);
    refresh();
}

void SettingsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    // The palette has no "negative" role; a fixed red reads on light and dark themes.
    m_message->setStyleSheet(error ? u"color: #d32f2f;"_s : QString());
}

} // namespace megaphone
