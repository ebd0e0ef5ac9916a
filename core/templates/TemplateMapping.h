#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace megaphone {

// Where one template parameter's value comes from.
struct ParameterBinding
{
    enum class Source { ContactField, Attribute, Fixed };
    Source source = Source::Fixed;
    QString value; // a contact field (first_name, display_name...), an attribute name, or the text
    QString fallback; // used when the field or attribute is empty for a contact
};

// Parameter id (TemplateParameter::id) -> binding. Stored as the broadcast's mapping JSON:
// {"bindings": {"body.1": {"source": "field", "value": "first_name", "fallback": "there"},
//               "header.location": {"source": "fixed", "value": "52.52,13.40,Shop,Main St 1"}},
//  "header_media_url": "https://example.com/banner.jpg"}
// Sources are spelled "field", "attribute" and "fixed"; an empty fallback and an empty
// media link are left out. A location header takes "latitude,longitude[,name[,address]]"
// (the address may itself hold commas) from any source.
struct TemplateMapping
{
    QMap<QString, ParameterBinding> bindings;
    QString headerMediaUrl; // the broadcast's own media link for a media header, if any

    QJsonObject toJson() const;
    static TemplateMapping fromJson(const QJsonObject &json);
};

} // namespace megaphone
