#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace megaphone {

struct TemplateRecord;

// One place a value goes when the template is sent. Ids are stable strings used as
// keys of a TemplateMapping: "header.1" / "header.first_name" (text header variable),
// "header.media" (image, video or document link), "header.location",
// "body.1" / "body.first_name", "button.<index>" (URL suffix, quick-reply payload or
// copy code of the button at that 0-based index).
struct TemplateParameter
{
    enum class Kind {
        HeaderText,
        HeaderMedia,
        HeaderLocation,
        BodyText,
        ButtonUrlSuffix,
        ButtonPayload,
        ButtonCouponCode
    };
    Kind kind = Kind::BodyText;
    QString id; // as above
    QString name; // "1" or "first_name"; for a URL suffix the variable in the button's URL
                  // (Twilio numbers them with the rest); empty for media, location and
                  // the other buttons
    int buttonIndex = -1;
    QString example; // the provider's example value, if any
    bool required = true; // quick-reply payloads are optional
};

struct TemplateButton
{
    enum class Kind { QuickReply, Url, PhoneNumber, CopyCode, Other };
    Kind kind = Kind::Other;
    QString type; // as the provider spells it: QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP...
    QString text;
    QString url; // for URL buttons; "{{1}}" at the end when the suffix is a variable
    QString phoneNumber;
    QString example; // the provider's example: the full example URL, or the coupon code
    bool hasVariable() const { return kind == Kind::Url && url.contains(u"{{"); }
};

// A WhatsApp message template parsed from the provider's JSON (WHATSAPP_API.md
// section 5.1): header (text, image, video, document, location), body, footer, buttons.
struct MessageTemplate
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplate)

public:
    enum class HeaderFormat { None, Text, Image, Video, Document, Location };
    enum class ParameterFormat { Positional, Named };

    QString name;
    QString language;
    QString category;
    QString status;
    ParameterFormat parameterFormat = ParameterFormat::Positional;
    HeaderFormat headerFormat = HeaderFormat::None;
    QString headerText;
    QString headerExampleUrl; // example media link for previews
    QString body;
    QString footer;
    QList<TemplateButton> buttons;
    // Example values from the provider, by variable name ("1" or "first_name").
    QMap<QString, QString> headerExamples;
    QMap<QString, QString> bodyExamples;

    // Every parameter, in send order (header, body, then buttons by index).
    QList<TemplateParameter> parameters() const;
    bool isSendable() const { return status.compare(u"APPROVED", Qt::CaseInsensitive) == 0; }
    bool hasMediaHeader() const;

    // Parses Meta's template JSON (components array with uppercase types). A component
    // kind it does not know is kept out of the model, never an error. Errors have the
    // code "bad-template": no name, or no body.
    static Result<MessageTemplate> fromJson(const QJsonObject &json);
    static Result<MessageTemplate> fromRecord(const TemplateRecord &record);
    // Variable names in `text` in order of first appearance: {{1}}, {{first_name}};
    // whitespace inside the braces is allowed ({{ first_name }}).
    static QStringList variablesIn(const QString &text);
    // `text` with every {{variable}} replaced by what `valueOf(name)` gives; a variable
    // for which it gives a null QString is left as it is.
    static QString substitute(
        const QString &text, const std::function<QString(const QString &)> &valueOf);
};

} // namespace megaphone
