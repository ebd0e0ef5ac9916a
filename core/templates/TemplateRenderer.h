#pragma once

#include "MessageTemplate.h"
#include "TemplateMapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace megaphone {

struct Contact;

// One message for one contact, ready for any provider.
struct RenderedMessage
{
    QString templateName;
    QString language;
    QJsonArray components;        // Meta Cloud API `template.components` (WHATSAPP_API.md 1.2)
    QJsonObject contentVariables; // Twilio ContentVariables: {"1": "Maria", ...}
    QString text;                 // the whole message as the recipient reads it (preview, relay)
    QString mediaUrl;             // header media link, if any
    QStringList emptyParameters;  // parameter ids that would be sent empty: do not send
    bool ok() const { return emptyParameters.isEmpty(); }
};

// Fills a template from a mapping and a contact. A value is the contact field or
// attribute, else the binding's fallback; a required parameter that stays empty is
// reported in `emptyParameters` and never sent as an empty string.
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)

public:
    TemplateRenderer(MessageTemplate messageTemplate, TemplateMapping mapping);

    RenderedMessage render(const Contact &contact) const;
    // The value one binding gives for a contact ("" when empty and no fallback).
    static QString valueFor(const ParameterBinding &binding, const Contact &contact);
    // Contact fields a binding may name: first_name, last_name, display_name, phone, email...
    static QStringList contactFields();

    const MessageTemplate &messageTemplate() const { return m_template; }
    const TemplateMapping &mapping() const { return m_mapping; }

private:
    MessageTemplate m_template;
    TemplateMapping m_mapping;
};

} // namespace megaphone
