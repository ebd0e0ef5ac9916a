#include "GetStartedPanel.h"

#include "AccountStore.h"
#include "ProviderCall.h"
#include "SandboxDemo.h"
#include "TemplateStore.h"
#include "TemplateSync.h"
#include "widgets/RunInBackground.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

GetStartedPanel::GetStartedPanel(
    std::shared_ptr<const Database> db, CredentialStore *credentials, QWidget *parent)
    : QGroupBox(tr("Get started"), parent)
    , m_db(std::move(db))
    , m_credentials(credentials)
    , m_status(new QLabel(this))
    , m_try(new QPushButton(tr("Try with the sandbox"), this))
{
    setObjectName(u"getStarted"_s);
    auto *text = new QLabel(
        tr("There is no WhatsApp sender account yet. Add your WhatsApp Business number in "
           "Settings, or try everything first with the sandbox: a simulated WhatsApp number "
           "with sample contacts and templates. Nothing is sent to anyone."),
        this);
    text->setWordWrap(true);
    m_try->setObjectName(u"trySandbox"_s);
    m_try->setDefault(true);
    auto *settings = new QPushButton(tr("Add an account in Settings"), this);
    settings->setObjectName(u"openSettings"_s);
    m_status->setObjectName(u"getStartedStatus"_s);
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_try);
    buttons->addWidget(settings);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_try, &QPushButton::clicked, this, &GetStartedPanel::trySandbox);
    connect(settings, &QPushButton::clicked, this, &GetStartedPanel::settingsRequested);
}

void GetStartedPanel::trySandbox()
{
    m_try->setEnabled(false);
    m_status->setText(tr("Creating the sandbox account and sample contacts\u2026"));
    runInBackground(
        this, [db = m_db] { return SandboxDemo::create(db); },
        [this](const Result<SandboxDemo::Created> &created) {
            if (!created) {
                finish(
                    tr("The sandbox could not be set up: %1").arg(created.error().message), false);
                return;
            }
            syncTemplates(created->accountId, created->contactsAdded);
        });
}

void GetStartedPanel::syncTemplates(qint64 accountId, int contactsAdded)
{
    m_status->setText(tr("Reading the sandbox's templates\u2026"));
    runInBackground(
        this, [store = AccountStore(m_db), accountId]() mutable { return store.find(accountId); },
        [this, contactsAdded](const Result<std::optional<Account>> &account) {
            if (!account || !account.value()) {
                finish(tr("The sandbox account could not be read back."), false);
                return;
            }
            const qint64 id = account.value()->id;
            ProviderCall::listTemplates(*account.value(), m_credentials, this,
                [this, id, contactsAdded](const Result<QList<RemoteTemplate>> &listed) {
                    if (!listed) {
                        finish(tr("The sandbox's templates could not be read: %1")
                                   .arg(listed.error().message),
                            false);
                        return;
                    }
                    runInBackground(
                        this,
                        [store = TemplateStore(m_db), id, templates = listed.value()]() mutable {
                            return applyTemplates(store, id, templates);
                        },
                        [this, contactsAdded](const Result<SyncReport> &report) {
                            if (!report) {
                                finish(report.error().message, false);
                                return;
                            }
                            finish(tr("The sandbox is ready: a simulated WhatsApp number, "
                                      "%n new sample contact(s) ",
                                       nullptr, contactsAdded)
                                    + tr("and %n template(s). Look at the Contacts and "
                                         "Templates pages next.",
                                        nullptr, report->listed),
                                true);
                            Q_EMIT sandboxReady();
                        });
                });
        });
}

void GetStartedPanel::finish(const QString &text, bool ok)
{
    m_status->setText(text);
    m_status->setForegroundRole(ok ? QPalette::WindowText : QPalette::BrightText);
    if (!ok)
        m_status->setStyleSheet(u"color: #c62828;"_s);
    else
        m_status->setStyleSheet(QString());
    m_try->setEnabled(true);
}

} // namespace megaphone
