#include "WebhooksSection.h"

#include "MessageLabel.h"
#include "Preferences.h"
#include "WebhookService.h"
#include "widgets/HintLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace megaphone {

WebhooksSection::WebhooksSection(Preferences *preferences, QWidget *parent)
    : QGroupBox(tr("Webhooks: delivery, read receipts, replies and opt-outs"), parent)
    , m_preferences(preferences)
    , m_enabled(new QCheckBox(tr("Receive webhooks on this computer"), this))
    , m_listen(new QLineEdit(this))
    , m_apply(new QPushButton(tr("Apply"), this))
    , m_status(new MessageLabel(this))
{
    setObjectName(u"webhooksSection"_s);
    m_enabled->setObjectName(u"webhooksEnabled"_s);
    m_listen->setObjectName(u"webhooksListen"_s);
    m_apply->setObjectName(u"webhooksApply"_s);
    m_status->setObjectName(u"webhooksStatus"_s);
    m_listen->setMinimumWidth(220);
    m_listen->setToolTip(tr("The address and port the receiver listens on. Keep 127.0.0.1 and "
                            "put a reverse proxy or a tunnel with HTTPS in front of it."));
    if (m_preferences) {
        m_enabled->setChecked(m_preferences->webhooksEnabled());
        m_listen->setText(m_preferences->webhooksListen());
    }
    auto *help = hintLabel(
        tr("Providers report each message's delivery, reads, failures, replies and opt-outs by "
           "webhook. They need a public HTTPS address: run a reverse proxy (Caddy, nginx) or a "
           "tunnel (cloudflared, ngrok) that forwards to the address above, or run "
           "<code>megaphone-cli webhooks serve</code> on a server that shares the database.<br>"
           "<b>Meta:</b> in your app's WhatsApp configuration, Callback URL "
           "<code>https://YOUR-DOMAIN/webhooks/meta/ACCOUNT-ID</code>, Verify token: the "
           "account's verify token; subscribe to <i>messages</i> and <i>user_preferences</i>. "
           "The account's app secret checks every webhook's signature.<br>"
           "<b>Twilio:</b> set the account's public callback address to "
           "<code>https://YOUR-DOMAIN</code>; each message then asks for its status callback. "
           "Without one, Megaphone asks Twilio for the statuses every minute.<br>"
           "<b>360dialog:</b> set the webhook URL to "
           "<code>https://YOUR-DOMAIN/webhooks/360dialog/ACCOUNT-ID/WEBHOOK-TOKEN</code>.<br>"
           "The sandbox's webhooks reach the app without any of this. Without webhooks, "
           "figures show messages as accepted, not delivered."),
        this);
    help->setTextFormat(Qt::RichText);
    auto *row = new QHBoxLayout;
    row->addWidget(m_listen);
    row->addWidget(m_apply);
    row->addStretch(1);
    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("Listen on:"), row);
    form->addRow(m_status);
    form->addRow(help);
    connect(m_apply, &QPushButton::clicked, this, &WebhooksSection::apply);
    setService(nullptr);
}

void WebhooksSection::setService(WebhookService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_apply->setEnabled(service != nullptr);
    if (service)
        connect(service, &WebhookService::stateChanged, this, &WebhooksSection::showState);
    showState();
}

void WebhooksSection::apply()
{
    if (m_preferences) {
        m_preferences->setWebhooksEnabled(m_enabled->isChecked());
        m_preferences->setWebhooksListen(m_listen->text().trimmed());
        m_preferences->sync();
    }
    if (!m_service)
        return;
    if (m_enabled->isChecked())
        m_service->start(m_listen->text().trimmed());
    else
        m_service->stop();
}

void WebhooksSection::showState()
{
    if (!m_service)
        return m_status->showMessage(tr("The receiver runs only in the app's main window."));
    if (!m_service->lastError().isEmpty())
        return m_status->showMessage(tr("Not receiving: %1").arg(m_service->lastError()), true);
    if (m_service->isListening())
        return m_status->showMessage(tr("Receiving webhooks at %1.").arg(m_service->address()));
    m_status->showMessage(tr("Off: no webhooks are received on this computer."));
}

} // namespace megaphone
