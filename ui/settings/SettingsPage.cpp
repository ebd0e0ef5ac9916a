#include "SettingsPage.h"

#include "AccountsSection.h"
#include "Database.h"
#include "DatabaseSection.h"
#include "KeychainProbe.h"
#include "LanguageSection.h"
#include "PortfoliosSection.h"
#include "Preferences.h"
#include "TeamDefaultsSection.h"
#include "WebhooksSection.h"
#include "widgets/PageTitle.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

SettingsPage::SettingsPage(std::shared_ptr<const Database> db, CredentialStore *credentials,
                           Preferences *preferences, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)),
      m_ownPreferences(preferences ? nullptr : std::make_unique<Preferences>()),
      m_probe(new KeychainProbe(credentials, this))
{
    setObjectName(u"settingsPage"_s);
    Preferences *prefs = preferences ? preferences : m_ownPreferences.get();
    m_database = new DatabaseSection(m_db, credentials, prefs, this);
    m_portfolios = new PortfoliosSection(m_db, this);
    m_accounts = new AccountsSection(m_db, credentials, this);
    m_team = new TeamDefaultsSection(m_db, this);
    m_language = new LanguageSection(prefs, this);
    m_webhooks = new WebhooksSection(prefs, this);

    connect(m_probe, &KeychainProbe::finished, this, [this](bool, const QString &message) {
        m_keychainStatus->setText(message);
        m_keychainRecheck->setEnabled(true);
    });
    connect(m_portfolios, &PortfoliosSection::portfoliosChanged, m_accounts,
            &AccountsSection::setPortfolios);
    connect(m_accounts, &AccountsSection::testConnectionRequested, this,
            &SettingsPage::testConnectionRequested);

    auto *column = new QVBoxLayout;
    column->setSpacing(14);
    column->addWidget(new PageTitle(tr("Settings"), this));
    column->addWidget(m_accounts);
    column->addWidget(m_portfolios);
    column->addWidget(m_team);
    column->addWidget(m_webhooks);
    column->addWidget(m_database);
    column->addWidget(createKeychainGroup());
    column->addWidget(m_language);
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

SettingsPage::~SettingsPage() = default;

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
    m_database->refresh();
    m_portfolios->refresh(); // the accounts' portfolio names follow when it answers
    m_accounts->refresh();
    m_team->refresh();
}

void SettingsPage::save() { m_team->save(); }

void SettingsPage::showTestResult(qint64 accountId, const QString &text, bool ok)
{
    m_accounts->showTestResult(accountId, text, ok);
}

void SettingsPage::setWebhookService(WebhookService *service)
{
    m_webhooks->setService(service);
}

} // namespace megaphone
