#include "Audience.h"

#include "Sql.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

const QStringList kContactFields{u"first_name"_s, u"last_name"_s,  u"display_name"_s,
                                 u"email"_s,      u"country"_s,    u"language"_s,
                                 u"time_zone"_s,  u"birthday"_s};

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QString text = item.toString().trimmed();
        if (!text.isEmpty() && !result.contains(text))
            result.append(text);
    }
    return result;
}

// The SQL of a field's text on contacts `c`, or empty when the field is not one we know.
QString fieldSql(const QString &field, bool postgres, QVariantList &values)
{
    if (kContactFields.contains(field))
        return u"c."_s + field;
    if (!field.startsWith(u"attr:") || field.size() <= 5)
        return {};
    values.append(field.mid(5));
    // SQLite's JSON paths cannot quote every key; json_each takes any.
    return postgres ? u"(c.attributes ->> CAST(? AS TEXT))"_s
                    : u"(SELECT a.value FROM json_each(CASE WHEN json_valid(c.attributes) THEN "
                      "c.attributes ELSE '{}' END) a WHERE a.key = ?)"_s;
}

QString plainSql(const QString &field)
{
    return u"COALESCE(CAST("_s + field + u" AS TEXT), '')"_s;
}

// A field's text in lower case on PostgreSQL. Its LOWER() under the database's collation
// turns each character into a wide one and back; under the C collation it folds ASCII
// letters byte by byte. Text of as many bytes as characters is ASCII and takes the quick
// way; any other keeps the database's own folding ("İSTANBUL" is "istanbul"). "country is
// BR" on a million contacts: 135-137 ms against 148-152 ms. Each use of the field binds its
// own values (an attribute's key), in the order they appear.
QString postgresLowerSql(const QString &field, QVariantList &values)
{
    QString sql = u"(CASE WHEN OCTET_LENGTH("_s + plainSql(fieldSql(field, true, values));
    sql += u") = LENGTH("_s + plainSql(fieldSql(field, true, values));
    sql += u") THEN LOWER("_s + plainSql(fieldSql(field, true, values));
    sql += u" COLLATE \"C\") ELSE LOWER("_s + plainSql(fieldSql(field, true, values));
    return sql + u") END)"_s;
}

QString conditionSql(const AudienceCondition &condition, bool postgres, QVariantList &values)
{
    QVariantList unused;
    if (fieldSql(condition.field, postgres, unused).isEmpty())
        return u"1 = 0"_s;
    const auto op = condition.op;
    if (op == AudienceCondition::Op::IsEmpty || op == AudienceCondition::Op::IsNotEmpty) {
        const QString plain = plainSql(fieldSql(condition.field, postgres, values));
        return plain + (op == AudienceCondition::Op::IsEmpty ? u" = ''"_s : u" <> ''"_s);
    }
    // A country is an ISO code stored in capitals (ContactStore, the import): compared as
    // written, the count reads the contacts_country index rather than every contact. "Country
    // is BR", a third of a million contacts, in bench_audience: PostgreSQL 92-114 ms against
    // 204-264 ms, SQLite 99-145 against 194-276.
    if (condition.field == u"country" && op == AudienceCondition::Op::Is
        && !condition.value.trimmed().isEmpty()) {
        values.append(condition.value.trimmed().toUpper());
        return u"c.country = ?"_s;
    }
    // SQLite's LOWER() folds ASCII letters only, as its NOCASE collation does: the same
    // test, without making a lowered copy of every contact's text (a field condition on a
    // million contacts took 166 ms with LOWER, 92 ms with NOCASE).
    const bool contains = op == AudienceCondition::Op::Contains;
    QString test;
    if (postgres && contains)
        test = u"STRPOS("_s + postgresLowerSql(condition.field, values) + u", ?) > 0"_s;
    else if (postgres)
        test = postgresLowerSql(condition.field, values) + u" = ?"_s;
    else if (contains)
        test = u"INSTR(LOWER("_s + plainSql(fieldSql(condition.field, false, values))
               + u"), ?) > 0"_s;
    else
        test = plainSql(fieldSql(condition.field, false, values)) + u" = ? COLLATE NOCASE"_s;
    values.append(condition.value.trimmed().toLower());
    switch (op) {
    case AudienceCondition::Op::Is:
    case AudienceCondition::Op::Contains:
        return test;
    case AudienceCondition::Op::IsNot:
        return u"NOT ("_s + test + u")"_s;
    case AudienceCondition::Op::IsEmpty:
    case AudienceCondition::Op::IsNotEmpty:
        break;
    }
    return u"1 = 0"_s;
}

// The ids of `tags` that exist.
QVariantList idsOf(const QStringList &tags, const QHash<QString, qint64> &tagIds)
{
    QVariantList ids;
    for (const QString &tag : tags) {
        if (tagIds.contains(tag))
            ids.append(tagIds.value(tag));
    }
    return ids;
}

QString tagIdSet(const QVariantList &ids, QVariantList &values)
{
    values.append(ids);
    return u"SELECT ct.contact_id FROM contact_tags ct WHERE ct.tag_id IN ("_s
           + Sql::placeholders(ids.size()) + u")"_s;
}

} // namespace

QString AudienceCondition::opToString(Op op)
{
    switch (op) {
    case Op::Is: return u"is"_s;
    case Op::IsNot: return u"is_not"_s;
    case Op::Contains: return u"contains"_s;
    case Op::IsEmpty: return u"is_empty"_s;
    case Op::IsNotEmpty: return u"is_not_empty"_s;
    }
    return u"is"_s;
}

std::optional<AudienceCondition::Op> AudienceCondition::opFromString(const QString &text)
{
    for (Op op : {Op::Is, Op::IsNot, Op::Contains, Op::IsEmpty, Op::IsNotEmpty}) {
        if (opToString(op) == text)
            return op;
    }
    return std::nullopt;
}

QStringList AudienceCondition::contactFields()
{
    return kContactFields;
}

QString AudienceCondition::fieldLabel(const QString &field)
{
    if (field.startsWith(u"attr:"))
        return Audience::tr("attribute \"%1\"").arg(field.mid(5));
    if (field == u"first_name") return Audience::tr("first name");
    if (field == u"last_name") return Audience::tr("last name");
    if (field == u"display_name") return Audience::tr("display name");
    if (field == u"email") return Audience::tr("email");
    if (field == u"country") return Audience::tr("country");
    if (field == u"language") return Audience::tr("language");
    if (field == u"time_zone") return Audience::tr("time zone");
    if (field == u"birthday") return Audience::tr("birthday");
    return field;
}

Audience Audience::fromJson(const QJsonObject &json)
{
    Audience audience{stringList(json.value(u"include_tags"_s)),
                      stringList(json.value(u"exclude_tags"_s)),
                      {}};
    const QJsonArray conditions = json.value(u"conditions"_s).toArray();
    for (const QJsonValue &item : conditions) {
        const QJsonObject c = item.toObject();
        // An operator we don't know keeps its place and matches nobody (see sql()).
        const auto op = AudienceCondition::opFromString(c.value(u"op"_s).toString());
        audience.conditions.append({c.value(u"field"_s).toString(),
                                    op.value_or(AudienceCondition::Op::Is),
                                    c.value(u"value"_s).toString()});
        if (!op)
            audience.conditions.last().field.clear();
    }
    return audience;
}

QJsonObject Audience::toJson() const
{
    QJsonObject json{{u"include_tags"_s, QJsonArray::fromStringList(includeTags)},
                     {u"exclude_tags"_s, QJsonArray::fromStringList(excludeTags)}};
    if (!conditions.isEmpty()) {
        QJsonArray array;
        for (const AudienceCondition &c : conditions)
            array.append(QJsonObject{{u"field"_s, c.field},
                                     {u"op"_s, AudienceCondition::opToString(c.op)},
                                     {u"value"_s, c.value}});
        json.insert(u"conditions"_s, array);
    }
    return json;
}

Result<QHash<QString, qint64>> Audience::findTagIds(const QSqlDatabase &db) const
{
    const QStringList names = includeTags + excludeTags;
    QHash<QString, qint64> ids;
    if (names.isEmpty())
        return ids;
    auto q = Sql::exec(db,
                       u"SELECT name, id FROM tags WHERE name IN ("_s
                           + Sql::placeholders(names.size()) + u")"_s,
                       QVariantList(names.cbegin(), names.cend()), tr("find the audience's tags"));
    if (!q)
        return q.error();
    while (q->next())
        ids.insert(q->value(0).toString(), q->value(1).toLongLong());
    return ids;
}

QString Audience::sql(bool postgres, QVariantList &values, const QHash<QString, qint64> &tagIds,
                      TagTest test) const
{
    QStringList parts;
    const QVariantList include = idsOf(includeTags, tagIds);
    if (!includeTags.isEmpty() && include.isEmpty())
        return u"1 = 0"_s; // none of its tags exists: nobody has them
    const QVariantList exclude = idsOf(excludeTags, tagIds);
    if (!include.isEmpty() && test == TagTest::Lead) {
        // The excluded tags are taken out of the set before any contact is read.
        parts.append(u"c.id IN ("_s + tagSetSql(postgres, values, tagIds) + u")"_s);
    } else {
        if (!include.isEmpty())
            parts.append(u"EXISTS ("_s + tagIdSet(include, values)
                         + u" AND ct.contact_id = c.id)"_s);
        if (!exclude.isEmpty())
            parts.append(u"NOT EXISTS ("_s + tagIdSet(exclude, values)
                         + u" AND ct.contact_id = c.id)"_s);
    }
    for (const AudienceCondition &condition : conditions)
        parts.append(conditionSql(condition, postgres, values));
    return parts.isEmpty() ? u"1 = 1"_s : u"("_s + parts.join(u" AND "_s) + u")"_s;
}

QString Audience::tagSetSql(bool postgres, QVariantList &values,
                            const QHash<QString, qint64> &tagIds) const
{
    const QVariantList include = idsOf(includeTags, tagIds);
    if (include.isEmpty())
        return {};
    QString set = tagIdSet(include, values);
    const QVariantList exclude = idsOf(excludeTags, tagIds);
    if (exclude.isEmpty())
        return set;
    values.append(exclude);
    const QString excluded = u"SELECT x.contact_id FROM contact_tags x WHERE x.tag_id IN ("_s
                             + Sql::placeholders(exclude.size()) + u")"_s;
    // PostgreSQL leaves the excluded tags' contacts out in a merge anti join; SQLite looks
    // each up in a set it builds from them once, rather than in the tags' primary key (two
    // tags with one left out, 200,000 tag rows: 86 against 102-126 ms).
    return set
           + (postgres ? u" AND NOT EXISTS ("_s + excluded + u" AND x.contact_id = ct.contact_id)"_s
                       : u" AND ct.contact_id NOT IN ("_s + excluded + u")"_s);
}

QString Audience::describe() const
{
    QStringList parts;
    if (includeTags.isEmpty())
        parts << tr("every contact");
    else
        parts << tr("tagged %1").arg(includeTags.join(tr(" or ")));
    if (!excludeTags.isEmpty())
        parts << tr("not tagged %1").arg(excludeTags.join(tr(" or ")));
    for (const AudienceCondition &c : conditions) {
        const QString field = AudienceCondition::fieldLabel(c.field);
        switch (c.op) {
        case AudienceCondition::Op::Is: parts << tr("%1 is \"%2\"").arg(field, c.value); break;
        case AudienceCondition::Op::IsNot: parts << tr("%1 is not \"%2\"").arg(field, c.value); break;
        case AudienceCondition::Op::Contains:
            parts << tr("%1 contains \"%2\"").arg(field, c.value);
            break;
        case AudienceCondition::Op::IsEmpty: parts << tr("no %1").arg(field); break;
        case AudienceCondition::Op::IsNotEmpty: parts << tr("with a %1").arg(field); break;
        }
    }
    return parts.join(u", "_s);
}

} // namespace megaphone
