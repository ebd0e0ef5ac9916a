#include "TemplateRenderer.h"

#include "Contact.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

using Kind = TemplateParameter::Kind;

QString attributeText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {}; // null, undefined, arrays and objects are no text to send
    }
}

QString contactField(const QString &field, const Contact &c)
{
    if (field == u"first_name")
        return c.firstName;
    if (field == u"last_name")
        return c.lastName;
    if (field == u"display_name") {
        if (!c.displayName.trimmed().isEmpty())
            return c.displayName;
        return QString(c.firstName + u' ' + c.lastName).trimmed();
    }
    if (field == u"phone")
        return c.phoneE164;
    if (field == u"email")
        return c.email;
    if (field == u"country")
        return c.country;
    if (field == u"birthday")
        return c.birthday;
    if (field == u"language")
        return c.language;
    if (field == u"time_zone")
        return c.timeZone;
    return {};
}

// "lat,long[,name[,address]]"; the address may hold more commas.
std::optional<QJsonObject> locationFrom(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() < 2)
        return std::nullopt;
    bool latOk = false;
    bool longOk = false;
    const QString latitude = parts.at(0).trimmed();
    const QString longitude = parts.at(1).trimmed();
    const double lat = latitude.toDouble(&latOk);
    const double lng = longitude.toDouble(&longOk);
    if (!latOk || !longOk || qAbs(lat) > 90.0 || qAbs(lng) > 180.0)
        return std::nullopt;
    QJsonObject location { { u"latitude"_s, latitude }, { u"longitude"_s, longitude } };
    const QString name = parts.value(2).trimmed();
    const QString address = parts.mid(3).join(u',').trimmed();
    if (!name.isEmpty())
        location.insert(u"name"_s, name);
    if (!address.isEmpty())
        location.insert(u"address"_s, address);
    return location;
}

QString mediaType(MessageTemplate::HeaderFormat format)
{
    switch (format) {
    case MessageTemplate::HeaderFormat::Video:
        return u"video"_s;
    case MessageTemplate::HeaderFormat::Document:
        return u"document"_s;
    default:
        return u"image"_s;
    }
}

QString buttonSubType(Kind kind)
{
    switch (kind) {
    case Kind::ButtonPayload:
        return u"quick_reply"_s;
    case Kind::ButtonCouponCode:
        return u"copy_code"_s;
    default:
        return u"url"_s;
    }
}

bool isTextVariable(Kind kind)
{
    return kind == Kind::HeaderText || kind == Kind::BodyText || kind == Kind::ButtonUrlSuffix;
}

} // namespace

TemplateRenderer::TemplateRenderer(MessageTemplate messageTemplate, TemplateMapping mapping)
    : m_template(std::move(messageTemplate)), m_mapping(std::move(mapping))
{ }

QStringList TemplateRenderer::contactFields()
{
    return { u"first_name"_s, u"last_name"_s, u"display_name"_s, u"phone"_s, u"email"_s,
        u"country"_s, u"birthday"_s, u"language"_s, u"time_zone"_s };
}

QString TemplateRenderer::valueFor(const ParameterBinding &binding, const Contact &contact)
{
    QString value;
    switch (binding.source) {
    case ParameterBinding::Source::ContactField:
        value = contactField(binding.value, contact);
        break;
    case ParameterBinding::Source::Attribute:
        value = attributeText(contact.attributes.value(binding.value));
        break;
    case ParameterBinding::Source::Fixed:
        value = binding.value;
        break;
    }
    if (value.trimmed().isEmpty())
        value = binding.fallback;
    return value.trimmed().isEmpty() ? QString() : value;
}

// The value for one parameter; text goes on one line (Meta refuses line breaks, tabs and
// long runs of spaces in parameters), links and codes are trimmed.
QString TemplateRenderer::parameterValue(
    const TemplateParameter &parameter, const Contact &contact) const
{
    const auto binding = m_mapping.bindings.constFind(parameter.id);
    QString value = binding == m_mapping.bindings.cend() ? QString() : valueFor(*binding, contact);
    if (parameter.kind == Kind::HeaderMedia && value.isEmpty())
        value = m_mapping.headerMediaUrl;
    if (isTextVariable(parameter.kind))
        return value.simplified();
    return value.trimmed();
}

QJsonObject TemplateRenderer::textParameter(
    const TemplateParameter &parameter, const QString &value) const
{
    QJsonObject json { { u"type"_s, u"text"_s }, { u"text"_s, value } };
    if (m_template.parameterFormat == MessageTemplate::ParameterFormat::Named
        && parameter.kind != Kind::ButtonUrlSuffix)
        json.insert(u"parameter_name"_s, parameter.name);
    return json;
}

RenderedMessage TemplateRenderer::render(const Contact &contact) const
{
    RenderedMessage out;
    out.templateName = m_template.name;
    out.language = m_template.language;

    QJsonArray header;
    QJsonArray body;
    QJsonArray buttons;
    QMap<QString, QString> values; // parameter id -> value, for the preview text
    for (const TemplateParameter &parameter : m_template.parameters()) {
        const QString value = parameterValue(parameter, contact);
        if (value.isEmpty()) {
            if (parameter.required)
                out.emptyParameters.append(parameter.id);
            continue;
        }
        if (isTextVariable(parameter.kind) && !out.contentVariables.contains(parameter.name))
            out.contentVariables.insert(parameter.name, value);
        switch (parameter.kind) {
        case Kind::HeaderText:
            header.append(textParameter(parameter, value));
            break;
        case Kind::BodyText:
            body.append(textParameter(parameter, value));
            break;
        case Kind::HeaderMedia: {
            const QString type = mediaType(m_template.headerFormat);
            header.append(QJsonObject {
                { u"type"_s, type }, { type, QJsonObject { { u"link"_s, value } } } });
            out.mediaUrl = value;
            break;
        }
        case Kind::HeaderLocation: {
            const auto location = locationFrom(value);
            if (!location) {
                out.invalidParameters.append(parameter.id);
                continue;
            }
            header.append(
                QJsonObject { { u"type"_s, u"location"_s }, { u"location"_s, *location } });
            break;
        }
        case Kind::ButtonUrlSuffix:
        case Kind::ButtonPayload:
        case Kind::ButtonCouponCode:
            buttons.append(buttonComponent(parameter, value));
            break;
        }
        values.insert(parameter.id, value);
    }

    if (!header.isEmpty())
        out.components.append(
            QJsonObject { { u"type"_s, u"header"_s }, { u"parameters"_s, header } });
    if (!body.isEmpty())
        out.components.append(QJsonObject { { u"type"_s, u"body"_s }, { u"parameters"_s, body } });
    for (const QJsonValue &button : std::as_const(buttons))
        out.components.append(button);
    out.text = previewText(values);
    return out;
}

QJsonObject TemplateRenderer::buttonComponent(
    const TemplateParameter &parameter, const QString &value) const
{
    QJsonObject json;
    if (parameter.kind == Kind::ButtonPayload)
        json = QJsonObject { { u"type"_s, u"payload"_s }, { u"payload"_s, value } };
    else if (parameter.kind == Kind::ButtonCouponCode)
        json = QJsonObject { { u"type"_s, u"coupon_code"_s }, { u"coupon_code"_s, value } };
    else
        json = textParameter(parameter, value);
    return QJsonObject { { u"type"_s, u"button"_s },
        { u"sub_type"_s, buttonSubType(parameter.kind) },
        { u"index"_s, QString::number(parameter.buttonIndex) },
        { u"parameters"_s, QJsonArray { json } } };
}

QString TemplateRenderer::previewText(const QMap<QString, QString> &values) const
{
    auto fill = [&values](const QString &text, const QString &section) -> QString {
        return MessageTemplate::substitute(text, [&](const QString &name) {
            return values.value(section + name); // null (left as {{name}}) when empty
        });
    };
    QStringList parts;
    if (m_template.headerFormat == MessageTemplate::HeaderFormat::Text
        && !m_template.headerText.isEmpty())
        parts.append(fill(m_template.headerText, u"header."_s));
    parts.append(fill(m_template.body, u"body."_s));
    if (!m_template.footer.isEmpty())
        parts.append(m_template.footer);
    return parts.join(u'\n');
}

} // namespace megaphone
