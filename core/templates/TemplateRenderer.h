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
    QJsonArray components; // Meta Cloud API `template.components` (WHATSAPP_API.md 1.2)
    QJsonObject contentVariables; // Twilio ContentVariables: {"1": "Maria", ...}
    QString text; // the whole message as the recipient reads it (preview, relay)
    QString mediaUrl; // header media link, if any
    QStringList emptyParameters; // parameter ids that would be sent empty: do not send
    QStringList invalidParameters; // ids whose value cannot be sent (a location that is no
                                   // "latitude,longitude[,name[,address]]"): do not send
    bool ok() const { return emptyParameters.isEmpty() && invalidParameters.isEmpty(); }
};

// Fills a template from a mapping and a contact. A value is the contact field or
// attribute, else the binding's fallback; a required parameter that stays empty is
// reported in `emptyParameters` and never sent as an empty string. Quick-reply payloads
// are optional: without a value the button is left out of `components`.
//
// - Text values are put on one line (line breaks, tabs and runs of spaces become one
//   space: Meta refuses them in parameters).
// - A media header takes the "header.media" binding's value, else mapping.headerMediaUrl.
// - A location header takes the "header.location" binding's value as
//   "latitude,longitude[,name[,address]]" (decimal degrees; the address may hold commas),
//   e.g. a fixed "52.5200,13.4050,Megaphone Store,Unter den Linden 1, Berlin".
// - `components` follows WHATSAPP_API.md 1.2: header, body, then one component per
//   button with a value; positional values in placeholder order ({{1}}, {{2}}...), named
//   ones with "parameter_name".
// - `contentVariables` (Twilio) keys every text variable by its name ("1" or
//   "first_name"); a name that appears in header and body is given once (the header's).
// - `text` is header text, body and footer on separate lines with the values filled in;
//   a variable without a value stays "{{name}}" so a preview shows what is missing.
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
    QString parameterValue(const TemplateParameter &parameter, const Contact &contact) const;
    QJsonObject textParameter(const TemplateParameter &parameter, const QString &value) const;
    QJsonObject buttonComponent(const TemplateParameter &parameter, const QString &value) const;
    QString previewText(const QMap<QString, QString> &values) const;

    MessageTemplate m_template;
    TemplateMapping m_mapping;
};

} // namespace megaphone
