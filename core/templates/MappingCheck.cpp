#include "MappingCheck.h"

#include "Contact.h"
#include "ContactStore.h"
#include "Database.h"
#include "SendingStore.h"
#include "Sql.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

// The broadcast's opted-in audience as a condition on contacts `c`: the same SQL as
// SendingStore::materialise (Audience::sql), so the counts match who is sent to.
Result<QString> audienceWhere(const Database &db, const QJsonObject &json, QVariantList &values)
{
    const Audience audience = Audience::fromJson(json);
    auto tagIds = audience.findTagIds(db.connection());
    if (!tagIds)
        return tagIds.error();
    return QString(audience.sql(db.isPostgres(), values, *tagIds)
                   + u" AND c.consent = 'opted_in'"_s);
}

// The contact column(s) behind a field TemplateRenderer knows; display_name falls back
// to first and last name there, so it is empty only when all three are.
QString fieldText(const QString &field)
{
    static const QStringList plain { u"first_name"_s, u"last_name"_s, u"email"_s, u"country"_s,
        u"birthday"_s, u"language"_s, u"time_zone"_s };
    if (plain.contains(field))
        return u"c."_s + field;
    if (field == u"phone")
        return u"c.phone_e164"_s;
    if (field == u"display_name")
        return u"COALESCE(c.display_name, '') || COALESCE(c.first_name, '') || "
               "COALESCE(c.last_name, '')"_s;
    return u"''"_s;
}

bool hasFallback(const TemplateParameter &parameter, const ParameterBinding &binding,
    const TemplateMapping &mapping)
{
    if (!binding.fallback.trimmed().isEmpty())
        return true;
    return parameter.kind == TemplateParameter::Kind::HeaderMedia
        && !mapping.headerMediaUrl.trimmed().isEmpty();
}

} // namespace

MappingCheck::MappingCheck(std::shared_ptr<const Database> db) : m_db(std::move(db)) { }

QStringList MappingCheck::unmapped(const MessageTemplate &message, const TemplateMapping &mapping)
{
    QStringList ids;
    for (const TemplateParameter &parameter : message.parameters()) {
        if (!parameter.required)
            continue;
        const auto binding = mapping.bindings.constFind(parameter.id);
        const bool mediaLink = parameter.kind == TemplateParameter::Kind::HeaderMedia
            && !mapping.headerMediaUrl.trimmed().isEmpty();
        const bool bound = binding != mapping.bindings.cend()
            && (!binding->value.trimmed().isEmpty() || !binding->fallback.trimmed().isEmpty());
        if (!bound && !mediaLink)
            ids.append(parameter.id);
    }
    return ids;
}

QStringList MappingCheck::countable(const MessageTemplate &message, const TemplateMapping &mapping)
{
    QStringList ids;
    for (const TemplateParameter &parameter : message.parameters()) {
        const auto binding = mapping.bindings.constFind(parameter.id);
        if (!parameter.required || binding == mapping.bindings.cend()
            || binding->source == ParameterBinding::Source::Fixed
            || binding->value.trimmed().isEmpty() || hasFallback(parameter, *binding, mapping))
            continue;
        ids.append(parameter.id);
    }
    return ids;
}

// "the value is empty" for one field or attribute binding, as SQL on contacts `c`.
QString MappingCheck::emptyTest(const ParameterBinding &binding, QVariantList &values) const
{
    QString text;
    if (binding.source == ParameterBinding::Source::ContactField) {
        text = fieldText(binding.value);
    } else if (m_db->isPostgres()) {
        // Arrays, objects and null are no text to send (TemplateRenderer's attributeText).
        text = u"CASE WHEN jsonb_typeof(c.attributes -> CAST(? AS TEXT)) IN ('string', 'number', 'boolean') "
               "THEN c.attributes ->> CAST(? AS TEXT) END"_s;
        values << binding.value << binding.value;
    } else {
        const QString path = u"$.\""_s + binding.value + u'"';
        text = u"CASE WHEN json_type(c.attributes, ?) IN ('text', 'integer', 'real', 'true', "
               "'false') THEN CAST(json_extract(c.attributes, ?) AS TEXT) END"_s;
        values << path << path;
    }
    return u"COALESCE(TRIM("_s + text + u"), '') = ''"_s;
}

Result<MappingGaps> MappingCheck::emptyCounts(
    const MessageTemplate &message, const TemplateMapping &mapping, const QJsonObject &audience)
{
    const QStringList ids = countable(message, mapping);
    QVariantList values;
    QString columns = u"COUNT(*)"_s;
    for (const QString &id : ids) {
        columns += u", COALESCE(SUM(CASE WHEN "_s + emptyTest(mapping.bindings.value(id), values)
            + u" THEN 1 ELSE 0 END), 0)"_s;
    }
    const auto where = audienceWhere(*m_db, audience, values);
    if (!where)
        return where.error();
    auto q = Sql::exec(m_db->connection(),
        u"SELECT "_s + columns + u" FROM contacts c WHERE "_s + *where, values,
        tr("count the contacts the message would reach with empty values"));
    if (!q)
        return q.error();
    MappingGaps gaps;
    if (!q->next())
        return gaps;
    gaps.audience = q->value(0).toLongLong();
    for (int i = 0; i < ids.size(); ++i)
        gaps.emptyFor.insert(ids.at(i), q->value(i + 1).toLongLong());
    return gaps;
}

Result<QList<Contact>> MappingCheck::sampleContacts(const QJsonObject &audience, int limit)
{
    QVariantList values;
    const auto where = audienceWhere(*m_db, audience, values);
    if (!where)
        return where.error();
    values << limit;
    auto q = Sql::exec(m_db->connection(),
        u"SELECT c.id FROM contacts c WHERE "_s + *where + u" ORDER BY c.id LIMIT ?"_s, values,
        tr("read a few contacts of the audience"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    ContactStore contacts(m_db);
    if (ids.isEmpty())
        return contacts.page({}, 0, limit);
    auto found = contacts.findMany(ids);
    if (!found)
        return found.error();
    QList<Contact> list = found->values();
    std::sort(list.begin(), list.end(),
        [](const Contact &a, const Contact &b) { return a.id < b.id; });
    return list;
}

} // namespace megaphone
