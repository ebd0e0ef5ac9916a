#include "TemplateMapping.h"

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

QString sourceName(ParameterBinding::Source source)
{
    switch (source) {
    case ParameterBinding::Source::ContactField:
        return u"field"_s;
    case ParameterBinding::Source::Attribute:
        return u"attribute"_s;
    case ParameterBinding::Source::Fixed:
        break;
    }
    return u"fixed"_s;
}

ParameterBinding::Source sourceFrom(const QString &name)
{
    if (name == u"field")
        return ParameterBinding::Source::ContactField;
    if (name == u"attribute")
        return ParameterBinding::Source::Attribute;
    return ParameterBinding::Source::Fixed;
}

} // namespace

QJsonObject TemplateMapping::toJson() const
{
    QJsonObject bindingsJson;
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        QJsonObject binding { { u"source"_s, sourceName(it->source) }, { u"value"_s, it->value } };
        if (!it->fallback.isEmpty())
            binding.insert(u"fallback"_s, it->fallback);
        bindingsJson.insert(it.key(), binding);
    }
    QJsonObject json { { u"bindings"_s, bindingsJson } };
    if (!headerMediaUrl.isEmpty())
        json.insert(u"header_media_url"_s, headerMediaUrl);
    return json;
}

TemplateMapping TemplateMapping::fromJson(const QJsonObject &json)
{
    TemplateMapping mapping;
    const QJsonObject bindingsJson = json.value(u"bindings"_s).toObject();
    for (auto it = bindingsJson.constBegin(); it != bindingsJson.constEnd(); ++it) {
        const QJsonObject binding = it.value().toObject();
        mapping.bindings.insert(it.key(),
            { sourceFrom(binding.value(u"source"_s).toString()),
                binding.value(u"value"_s).toString(), binding.value(u"fallback"_s).toString() });
    }
    mapping.headerMediaUrl = json.value(u"header_media_url"_s).toString();
    return mapping;
}

} // namespace megaphone
