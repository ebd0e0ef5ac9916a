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
    QString value;    // a contact field (first_name, display_name...), an attribute name, or the text
    QString fallback; // used when the field or attribute is empty for a contact
};

// Parameter id (TemplateParameter::id) -> binding. Stored as the broadcast's mapping JSON:
// {"body.1": {"source": "field", "value": "first_name", "fallback": "there"}, ...}
struct TemplateMapping
{
    QMap<QString, ParameterBinding> bindings;
    QString headerMediaUrl; // the broadcast's own media link for a media header, if any

    QJsonObject toJson() const;
    static TemplateMapping fromJson(const QJsonObject &json);
};

} // namespace megaphone
