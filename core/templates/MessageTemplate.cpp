#include "MessageTemplate.h"

#include "TemplateStore.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"_s);
    return pattern;
}

QString upperOf(const QJsonValue &value)
{
    return value.toString().trimmed().toUpper();
}

// A string or the first string of an array ("example": "X" or "example": ["X"]).
QString firstString(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return array.isEmpty() ? QString() : firstString(array.first());
    }
    return value.isString() ? value.toString() : QString();
}

std::optional<MessageTemplate::HeaderFormat> headerFormatFrom(const QString &format)
{
    using F = MessageTemplate::HeaderFormat;
    static const QMap<QString, F> formats { { u"TEXT"_s, F::Text }, { u"IMAGE"_s, F::Image },
        { u"VIDEO"_s, F::Video }, { u"DOCUMENT"_s, F::Document }, { u"LOCATION"_s, F::Location } };
    const auto it = formats.constFind(format);
    return it == formats.cend() ? std::nullopt : std::optional(*it);
}

TemplateButton::Kind buttonKindFrom(const QString &type)
{
    using K = TemplateButton::Kind;
    static const QMap<QString, K> kinds { { u"QUICK_REPLY"_s, K::QuickReply }, { u"URL"_s, K::Url },
        { u"PHONE_NUMBER"_s, K::PhoneNumber }, { u"COPY_CODE"_s, K::CopyCode } };
    return kinds.value(type, K::Other);
}

// Positional examples: {"header_text": ["Pablo"]} or {"body_text": [["a", "b"]]};
// named examples: [{"param_name": "first_name", "example": "Pablo"}].
QMap<QString, QString> examplesFrom(
    const QJsonObject &example, const QString &positionalKey, const QString &namedKey)
{
    QMap<QString, QString> examples;
    const QJsonArray named = example.value(namedKey).toArray();
    for (const QJsonValue &entry : named) {
        const QJsonObject param = entry.toObject();
        const QString name = param.value(u"param_name"_s).toString();
        if (!name.isEmpty())
            examples.insert(name, param.value(u"example"_s).toString());
    }
    QJsonArray positional = example.value(positionalKey).toArray();
    if (!positional.isEmpty() && positional.first().isArray())
        positional = positional.first().toArray();
    for (qsizetype i = 0; i < positional.size(); ++i)
        examples.insert(QString::number(i + 1), positional.at(i).toString());
    return examples;
}

// Positional variables in number order (values go in that order); named ones as they appear.
QStringList sendOrder(const QString &text)
{
    QStringList names = MessageTemplate::variablesIn(text);
    const bool allNumbers = std::all_of(names.cbegin(), names.cend(), [](const QString &name) {
        bool ok = false;
        name.toInt(&ok);
        return ok;
    });
    if (allNumbers) {
        std::sort(names.begin(), names.end(),
            [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    }
    return names;
}

TemplateButton buttonFrom(const QJsonObject &json)
{
    TemplateButton button;
    button.type = upperOf(json.value(u"type"_s));
    button.kind = buttonKindFrom(button.type);
    button.text = json.value(u"text"_s).toString();
    button.url = json.value(u"url"_s).toString();
    button.phoneNumber = json.value(u"phone_number"_s).toString();
    button.example = firstString(json.value(u"example"_s));
    return button;
}

// The example of a URL button's dynamic part: Meta gives the whole example URL.
QString urlSuffixExample(const TemplateButton &button)
{
    const QString fixedPart = button.url.left(button.url.indexOf(u"{{"));
    if (!fixedPart.isEmpty() && button.example.startsWith(fixedPart))
        return button.example.mid(fixedPart.size());
    return button.example;
}

} // namespace

QStringList MessageTemplate::variablesIn(const QString &text)
{
    QStringList names;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString MessageTemplate::substitute(
    const QString &text, const std::function<QString(const QString &)> &valueOf)
{
    QString result;
    qsizetype copied = 0;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString value = valueOf(match.captured(1));
        if (value.isNull())
            continue;
        result += QStringView(text).mid(copied, match.capturedStart() - copied);
        result += value;
        copied = match.capturedEnd();
    }
    result += QStringView(text).mid(copied);
    return result;
}

bool MessageTemplate::hasMediaHeader() const
{
    return headerFormat == HeaderFormat::Image || headerFormat == HeaderFormat::Video
        || headerFormat == HeaderFormat::Document;
}

QList<TemplateParameter> MessageTemplate::parameters() const
{
    using K = TemplateParameter::Kind;
    QList<TemplateParameter> result;
    if (headerFormat == HeaderFormat::Text) {
        for (const QString &variable : sendOrder(headerText)) {
            result.append({ K::HeaderText, u"header."_s + variable, variable, -1,
                headerExamples.value(variable), true });
        }
    } else if (hasMediaHeader()) {
        result.append({ K::HeaderMedia, u"header.media"_s, {}, -1, headerExampleUrl, true });
    } else if (headerFormat == HeaderFormat::Location) {
        result.append({ K::HeaderLocation, u"header.location"_s, {}, -1, {}, true });
    }
    for (const QString &variable : sendOrder(body)) {
        result.append({ K::BodyText, u"body."_s + variable, variable, -1,
            bodyExamples.value(variable), true });
    }
    for (int i = 0; i < buttons.size(); ++i) {
        const TemplateButton &button = buttons.at(i);
        const QString id = u"button."_s + QString::number(i);
        if (button.hasVariable()) {
            result.append({ K::ButtonUrlSuffix, id, variablesIn(button.url).value(0), i,
                urlSuffixExample(button), true });
        } else if (button.kind == TemplateButton::Kind::CopyCode) {
            result.append({ K::ButtonCouponCode, id, {}, i, button.example, true });
        } else if (button.kind == TemplateButton::Kind::QuickReply) {
            result.append({ K::ButtonPayload, id, {}, i, {}, false });
        }
    }
    return result;
}

Result<MessageTemplate> MessageTemplate::fromJson(const QJsonObject &json)
{
    MessageTemplate t;
    t.name = json.value(u"name"_s).toString().trimmed();
    if (t.name.isEmpty())
        return makeError(u"bad-template"_s, tr("The template has no name."));
    t.language = json.value(u"language"_s).toString();
    t.category = json.value(u"category"_s).toString();
    t.status = json.value(u"status"_s).toString();
    const QString format = upperOf(json.value(u"parameter_format"_s));
    t.parameterFormat = format == u"NAMED" ? ParameterFormat::Named : ParameterFormat::Positional;

    bool hasBody = false;
    const QJsonArray components = json.value(u"components"_s).toArray();
    for (const QJsonValue &value : components) {
        const QJsonObject component = value.toObject();
        const QString type = upperOf(component.value(u"type"_s));
        const QJsonObject example = component.value(u"example"_s).toObject();
        if (type == u"HEADER") {
            const QString headerFormat = upperOf(component.value(u"format"_s));
            const auto parsed = headerFormatFrom(headerFormat.isEmpty() ? u"TEXT"_s : headerFormat);
            if (!parsed)
                continue; // GIF and formats yet to come: not ours to send
            t.headerFormat = *parsed;
            t.headerText = component.value(u"text"_s).toString();
            t.headerExamples
                = examplesFrom(example, u"header_text"_s, u"header_text_named_params"_s);
            t.headerExampleUrl = firstString(example.value(u"header_handle"_s));
        } else if (type == u"BODY") {
            hasBody = true;
            t.body = component.value(u"text"_s).toString();
            t.bodyExamples = examplesFrom(example, u"body_text"_s, u"body_text_named_params"_s);
        } else if (type == u"FOOTER") {
            t.footer = component.value(u"text"_s).toString();
        } else if (type == u"BUTTONS") {
            const QJsonArray buttons = component.value(u"buttons"_s).toArray();
            for (const QJsonValue &button : buttons)
                t.buttons.append(buttonFrom(button.toObject()));
        }
        // Any other kind (CAROUSEL, LIMITED_TIME_OFFER...) stays out of the model.
    }
    if (!hasBody) {
        return makeError(
            u"bad-template"_s, tr("The template %1 (%2) has no body.").arg(t.name, t.language));
    }
    return t;
}

Result<MessageTemplate> MessageTemplate::fromRecord(const TemplateRecord &record)
{
    return fromJson(QJsonObject { { u"name"_s, record.name }, { u"language"_s, record.language },
        { u"category"_s, record.category }, { u"status"_s, record.status },
        { u"parameter_format"_s, record.parameterFormat },
        { u"components"_s, record.components } });
}

} // namespace megaphone
