#include "ContactStore.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr qsizetype kChunk = 500;

const QString kColumns =
    u"c.id, c.phone_e164, c.first_name, c.last_name, c.display_name, c.email, c.birthday, "
    "c.country, c.time_zone, c.language, c.attributes, c.consent, c.consent_source, "
    "c.consent_at, c.opted_out_at, c.opt_out_source, c.created_at, c.updated_at"_s;

QString attributesText(const QJsonObject &attributes)
{
    if (attributes.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact));
}

Contact readContact(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.phoneE164 = q.value(1).toString();
    c.firstName = q.value(2).toString();
    c.lastName = q.value(3).toString();
    c.displayName = q.value(4).toString();
    c.email = q.value(5).toString();
    c.birthday = q.value(6).toString();
    c.country = q.value(7).toString();
    c.timeZone = q.value(8).toString();
    c.language = q.value(9).toString();
    c.attributes = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    c.consent = consentFromString(q.value(11).toString()).value_or(Consent::Unknown);
    c.consentSource = q.value(12).toString();
    c.consentAt = q.value(13).toLongLong();
    c.optedOutAt = q.value(14).toLongLong();
    c.optOutSource = q.value(15).toString();
    c.createdAt = q.value(16).toLongLong();
    c.updatedAt = q.value(17).toLongLong();
    return c;
}

// The stored fields of a contact, in the column order of add() and update(). The country
// code in capitals, as the import writes it (Audience compares it as written).
QVariantList fieldValues(const Contact &c)
{
    return {c.phoneE164, Sql::nullIfEmpty(c.firstName), Sql::nullIfEmpty(c.lastName),
            Sql::nullIfEmpty(c.displayName), Sql::nullIfEmpty(c.email),
            Sql::nullIfEmpty(c.birthday), Sql::nullIfEmpty(c.country.trimmed().toUpper()),
            Sql::nullIfEmpty(c.timeZone), Sql::nullIfEmpty(c.language),
            Sql::nullIfEmpty(attributesText(c.attributes)), consentToDb(c.consent),
            Sql::nullIfEmpty(c.consentSource), Sql::nullIfZero(c.consentAt),
            Sql::nullIfZero(c.optedOutAt), Sql::nullIfEmpty(c.optOutSource)};
}

// The WHERE clause of `filter`, its values appended to `values`.
QString whereClause(const ContactFilter &filter, QVariantList &values)
{
    QStringList conditions;
    for (const QString &tag : filter.tags) {
        // The tag's contacts from the tag index, looked up by id: a per-contact EXISTS
        // probed every contact (a tag filter on a million: SQLite 437 -> 76 ms,
        // PostgreSQL 626 -> 217 ms).
        conditions.append(u"c.id IN (SELECT ct.contact_id FROM contact_tags ct "
                          "WHERE ct.tag_id = (SELECT t.id FROM tags t WHERE t.name = ?))"_s);
        values.append(tag);
    }
    if (filter.consent) {
        conditions.append(u"c.consent = ?"_s);
        values.append(consentToDb(*filter.consent));
    }
    if (!filter.search.trimmed().isEmpty()) {
        QString pattern = filter.search.trimmed().toLower();
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        conditions.append(u"(LOWER(COALESCE(c.display_name, '')) LIKE ? ESCAPE '\\' "
                          "OR LOWER(COALESCE(c.first_name, '') || ' ' || COALESCE(c.last_name, '')) "
                          "LIKE ? ESCAPE '\\' OR c.phone_e164 LIKE ? ESCAPE '\\')"_s);
        values << pattern << pattern << pattern;
    }
    return conditions.isEmpty() ? u"1 = 1"_s : conditions.join(u" AND "_s);
}

QVariantList idValues(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(id);
    return values;
}

// UPDATE contacts ... WHERE ... id IN (  — the caller closes the list. An existing
// opt-out keeps its time and source: they are the proof.
QString consentUpdate(Consent consent, const QString &source, qint64 now, QVariantList &values)
{
    if (consent == Consent::OptedOut) {
        values << now << Sql::nullIfEmpty(source) << now;
        return u"UPDATE contacts SET consent = 'opted_out', opted_out_at = ?, opt_out_source = ?, "
               "updated_at = ? WHERE consent <> 'opted_out' AND id IN ("_s;
    }
    values << consentToDb(consent) << Sql::nullIfEmpty(source) << now << now;
    return u"UPDATE contacts SET consent = ?, consent_source = ?, consent_at = ?, "
           "updated_at = ? WHERE id IN ("_s;
}

} // namespace

ContactStore::ContactStore(std::shared_ptr<const Database> db) : m_db(std::move(db)) {}

Result<qint64> ContactStore::add(const Contact &c)
{
    if (auto existing = findByPhone(c.phoneE164); existing && existing.value()) {
        return makeError(u"duplicate"_s,
                         tr("A contact with the number %1 already exists.").arg(c.phoneE164));
    }
    qint64 id = 0;
    auto saved = m_db->transaction([&]() -> Result<void> {
        const qint64 now = Clock::nowMs();
        auto q = Sql::exec(
            m_db->connection(),
            u"INSERT INTO contacts (phone_e164, first_name, last_name, display_name, email, "
            "birthday, country, time_zone, language, attributes, consent, consent_source, "
            "consent_at, opted_out_at, opt_out_source, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            fieldValues(c) << now << now,
            tr("add the contact %1").arg(c.phoneE164));
        if (!q)
            return q.error();
        q->next();
        id = q->value(0).toLongLong();
        return setTags(id, c.tags);
    });
    if (!saved)
        return saved.error();
    return id;
}

Result<void> ContactStore::update(const Contact &c)
{
    return m_db->transaction([&]() -> Result<void> {
        auto q = Sql::exec(
            m_db->connection(),
            u"UPDATE contacts SET phone_e164 = ?, first_name = ?, last_name = ?, display_name = ?, "
            "email = ?, birthday = ?, country = ?, time_zone = ?, language = ?, attributes = ?, "
            "consent = ?, consent_source = ?, consent_at = ?, opted_out_at = ?, "
            "opt_out_source = ?, updated_at = ? WHERE id = ?"_s,
            fieldValues(c) << Clock::nowMs() << c.id,
            tr("save the contact %1").arg(c.phoneE164));
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(u"not-found"_s, tr("The contact %1 no longer exists.").arg(c.id));
        return setTags(c.id, c.tags);
    });
}

Result<std::optional<Contact>> ContactStore::find(qint64 id)
{
    return findOne(u"c.id"_s, id);
}

Result<std::optional<Contact>> ContactStore::findByPhone(const QString &phoneE164)
{
    return findOne(u"c.phone_e164"_s, phoneE164);
}

Result<std::optional<Contact>> ContactStore::findOne(const QString &column, const QVariant &value)
{
    // `column` is one of two fixed identifiers chosen above, never user input.
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT "_s + kColumns + u" FROM contacts c WHERE "_s + column + u" = ?"_s,
                       {value}, tr("look up a contact"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Contact>();
    Contact contact = readContact(*q);
    auto tags = tagsOf(contact.id);
    if (!tags)
        return tags.error();
    contact.tags = tags.value();
    return std::optional<Contact>(contact);
}

Result<QHash<qint64, Contact>> ContactStore::findMany(const QList<qint64> &ids)
{
    QHash<qint64, Contact> found;
    found.reserve(ids.size());
    constexpr qsizetype chunk = 500; // well under SQLite's bound-parameter limit
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const QList<qint64> part = ids.mid(start, chunk);
        QStringList marks(part.size(), u"?"_s);
        QVariantList values;
        values.reserve(part.size());
        for (qint64 id : part)
            values.append(id);
        auto q = Sql::exec(m_db->connection(),
                           u"SELECT "_s + kColumns + u" FROM contacts c WHERE c.id IN ("_s
                               + marks.join(u',') + u")"_s,
                           values, tr("read contacts"));
        if (!q)
            return q.error();
        while (q->next()) {
            Contact contact = readContact(*q);
            found.insert(contact.id, contact);
        }
    }
    return found;
}

Result<qint64> ContactStore::count(const ContactFilter &filter)
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    auto q = Sql::exec(m_db->connection(), u"SELECT COUNT(*) FROM contacts c WHERE "_s + where,
                       values, tr("count contacts"));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<QList<Contact>> ContactStore::page(const ContactFilter &filter, qint64 afterId, int limit)
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    values << afterId << limit;
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT "_s + kColumns + u" FROM contacts c WHERE "_s + where +
                           u" AND c.id > ? ORDER BY c.id LIMIT ?"_s,
                       values, tr("list contacts"));
    if (!q)
        return q.error();
    QList<Contact> contacts;
    while (q->next())
        contacts.append(readContact(*q));
    if (contacts.isEmpty())
        return contacts;

    // The tags of the whole page in one query.
    QList<qint64> ids;
    for (const Contact &c : std::as_const(contacts))
        ids.append(c.id);
    auto tags = Sql::exec(m_db->connection(),
                          u"SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON "
                          "t.id = ct.tag_id WHERE ct.contact_id IN ("_s +
                              Sql::placeholders(ids.size()) + u") ORDER BY t.name"_s,
                          idValues(ids), tr("list contact tags"));
    if (!tags)
        return tags.error();
    QHash<qint64, QStringList> byContact;
    while (tags->next())
        byContact[tags->value(0).toLongLong()].append(tags->value(1).toString());
    for (Contact &c : contacts)
        c.tags = byContact.value(c.id);
    return contacts;
}

Result<int> ContactStore::forChunks(const QList<qint64> &ids,
                                    const std::function<Result<int>(const QList<qint64> &)> &work)
{
    int total = 0;
    auto done = m_db->transaction([&]() -> Result<void> {
        for (qsizetype start = 0; start < ids.size(); start += kChunk) {
            auto n = work(ids.mid(start, kChunk));
            if (!n)
                return n.error();
            total += n.value();
        }
        return {};
    });
    if (!done)
        return done.error();
    return total;
}

Result<int> ContactStore::remove(const QList<qint64> &ids)
{
    return forChunks(ids, [&](const QList<qint64> &chunk) -> Result<int> {
        auto tags = Sql::exec(m_db->connection(),
                              u"DELETE FROM contact_tags WHERE contact_id IN ("_s +
                                  Sql::placeholders(chunk.size()) + u")"_s,
                              idValues(chunk), tr("delete the contacts' tags"));
        if (!tags)
            return tags.error();
        auto q = Sql::exec(m_db->connection(),
                           u"DELETE FROM contacts WHERE id IN ("_s +
                               Sql::placeholders(chunk.size()) + u")"_s,
                           idValues(chunk), tr("delete contacts"));
        if (!q)
            return q.error();
        return q->numRowsAffected();
    });
}

Result<int> ContactStore::setConsent(const QList<qint64> &ids, Consent consent,
                                     const QString &source, const QString &actor)
{
    const qint64 now = Clock::nowMs();
    auto changed = forChunks(ids, [&](const QList<qint64> &chunk) -> Result<int> {
        QVariantList values;
        const QString sql = consentUpdate(consent, source, now, values);
        values += idValues(chunk);
        auto q = Sql::exec(m_db->connection(), sql + Sql::placeholders(chunk.size()) + u")"_s,
                           values, tr("change consent"));
        if (!q)
            return q.error();
        return q->numRowsAffected();
    });
    if (!changed)
        return changed;
    AuditLog audit(m_db);
    QJsonObject details{{u"consent"_s, consentToDb(consent)},
                        {u"source"_s, source},
                        {u"contacts"_s, changed.value()}};
    if (ids.size() == 1)
        details.insert(u"contact_id"_s, ids.first());
    if (auto logged = audit.record(actor, u"consent.change"_s, u"contacts"_s, details); !logged)
        return logged.error();
    return changed;
}

Result<qint64> ContactStore::tagId(const QString &name)
{
    const QString tag = name.trimmed();
    if (tag.isEmpty())
        return makeError(u"bad-tag"_s, tr("A tag needs a name."));
    auto inserted = Sql::exec(m_db->connection(),
                              u"INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s,
                              {tag}, tr("create the tag %1").arg(tag));
    if (!inserted)
        return inserted.error();
    auto q = Sql::exec(m_db->connection(), u"SELECT id FROM tags WHERE name = ?"_s, {tag},
                       tr("find the tag %1").arg(tag));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<void> ContactStore::setTags(qint64 contactId, const QStringList &tags)
{
    auto cleared = Sql::exec(m_db->connection(), u"DELETE FROM contact_tags WHERE contact_id = ?"_s,
                             {contactId}, tr("clear the contact's tags"));
    if (!cleared)
        return cleared.error();
    for (const QString &tag : tags) {
        auto id = tagId(tag);
        if (!id)
            return id.error();
        auto q = Sql::exec(m_db->connection(),
                           u"INSERT INTO contact_tags (contact_id, tag_id) VALUES (?, ?) "
                           "ON CONFLICT DO NOTHING"_s,
                           {contactId, id.value()}, tr("tag the contact"));
        if (!q)
            return q.error();
    }
    return {};
}

Result<QStringList> ContactStore::tagsOf(qint64 contactId)
{
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                       "WHERE ct.contact_id = ? ORDER BY t.name"_s,
                       {contactId}, tr("list the contact's tags"));
    if (!q)
        return q.error();
    QStringList tags;
    while (q->next())
        tags.append(q->value(0).toString());
    return tags;
}

Result<int> ContactStore::addTag(const QList<qint64> &ids, const QString &tag)
{
    qint64 id = 0;
    return forChunks(ids, [&](const QList<qint64> &chunk) -> Result<int> {
        if (id == 0) {
            auto found = tagId(tag);
            if (!found)
                return found.error();
            id = found.value();
        }
        QVariantList values{id};
        values += idValues(chunk);
        auto q = Sql::exec(m_db->connection(),
                           u"INSERT INTO contact_tags (contact_id, tag_id) SELECT id, ? FROM "
                           "contacts WHERE id IN ("_s +
                               Sql::placeholders(chunk.size()) + u") ON CONFLICT DO NOTHING"_s,
                           values, tr("tag contacts"));
        if (!q)
            return q.error();
        return q->numRowsAffected();
    });
}

Result<int> ContactStore::removeTag(const QList<qint64> &ids, const QString &tag)
{
    return forChunks(ids, [&](const QList<qint64> &chunk) -> Result<int> {
        QVariantList values{tag.trimmed()};
        values += idValues(chunk);
        auto q = Sql::exec(m_db->connection(),
                           u"DELETE FROM contact_tags WHERE tag_id = (SELECT id FROM tags WHERE "
                           "name = ?) AND contact_id IN ("_s +
                               Sql::placeholders(chunk.size()) + u")"_s,
                           values, tr("untag contacts"));
        if (!q)
            return q.error();
        return q->numRowsAffected();
    });
}

Result<QStringList> ContactStore::allTags()
{
    auto q = Sql::exec(m_db->connection(), u"SELECT name FROM tags ORDER BY name"_s, {},
                       tr("list tags"));
    if (!q)
        return q.error();
    QStringList tags;
    while (q->next())
        tags.append(q->value(0).toString());
    return tags;
}

Result<QStringList> ContactStore::attributeKeys(int sample)
{
    const QString limit = sample > 0 ? u" ORDER BY id DESC LIMIT ?"_s : QString();
    const QString sql =
        m_db->isPostgres()
            ? u"SELECT DISTINCT k FROM (SELECT attributes FROM contacts WHERE attributes IS NOT NULL "
              "AND jsonb_typeof(attributes) = 'object'"_s + limit
                  + u") s, jsonb_object_keys(s.attributes) AS k ORDER BY k"_s
            : u"SELECT DISTINCT j.key FROM (SELECT attributes FROM contacts WHERE attributes IS NOT "
              "NULL AND json_valid(attributes)"_s + limit
                  + u") s, json_each(s.attributes) AS j ORDER BY j.key"_s;
    QVariantList values;
    if (sample > 0)
        values << sample;
    auto q = Sql::exec(m_db->connection(), sql, values, tr("list custom attributes"));
    if (!q)
        return q.error();
    QStringList keys;
    while (q->next())
        keys.append(q->value(0).toString());
    return keys;
}

Result<qint64> ContactStore::removeMatching(const ContactFilter &filter)
{
    // The matching ids are noted first: the filter may depend on the very tags
    // that go with the contacts.
    QVariantList values;
    const QString where = whereClause(filter, values);
    qint64 removed = 0;
    auto done = m_db->transaction([&]() -> Result<void> {
        const QString temp = m_db->isPostgres() ? u"TEMPORARY"_s : u"TEMP"_s;
        for (const QString &statement :
             {QString(u"CREATE "_s + temp + u" TABLE IF NOT EXISTS doomed_contacts (id BIGINT PRIMARY KEY)"_s),
              u"DELETE FROM doomed_contacts"_s}) {
            if (auto q = Sql::exec(m_db->connection(), statement, {}, tr("delete contacts")); !q)
                return q.error();
        }
        const std::pair<QString, QVariantList> steps[] = {
            {QString(u"INSERT INTO doomed_contacts (id) SELECT c.id FROM contacts c WHERE "_s + where), values},
            {u"DELETE FROM contact_tags WHERE contact_id IN (SELECT id FROM doomed_contacts)"_s, {}},
            {u"DELETE FROM contacts WHERE id IN (SELECT id FROM doomed_contacts)"_s, {}},
        };
        for (const auto &[sql, bound] : steps) {
            auto q = Sql::exec(m_db->connection(), sql, bound, tr("delete contacts"));
            if (!q)
                return q.error();
            removed = q->numRowsAffected();
        }
        return {};
    });
    if (!done)
        return done.error();
    return removed;
}

Result<qint64> ContactStore::setConsentMatching(const ContactFilter &filter, Consent consent,
                                                const QString &source, const QString &actor)
{
    QVariantList values;
    const qint64 now = Clock::nowMs();
    QString sql = consentUpdate(consent, source, now, values);
    sql += u"SELECT c.id FROM contacts c WHERE "_s + whereClause(filter, values) + u")"_s;
    qint64 changed = 0;
    auto done = m_db->transaction([&]() -> Result<void> {
        auto q = Sql::exec(m_db->connection(), sql, values, tr("change consent"));
        if (!q)
            return q.error();
        changed = q->numRowsAffected();
        QJsonObject details{{u"consent"_s, consentToDb(consent)},
                            {u"source"_s, source},
                            {u"contacts"_s, changed},
                            {u"filter_tags"_s, QJsonArray::fromStringList(filter.tags)},
                            {u"filter_search"_s, filter.search}};
        return AuditLog(m_db).record(actor, u"consent.change"_s, u"contacts"_s, details);
    });
    if (!done)
        return done.error();
    return changed;
}

Result<qint64> ContactStore::addTagMatching(const ContactFilter &filter, const QString &tag)
{
    qint64 added = 0;
    auto done = m_db->transaction([&]() -> Result<void> {
        auto id = tagId(tag);
        if (!id)
            return id.error();
        QVariantList values{id.value()};
        auto q = Sql::exec(m_db->connection(),
                           u"INSERT INTO contact_tags (contact_id, tag_id) SELECT c.id, ? FROM "
                           "contacts c WHERE "_s +
                               whereClause(filter, values) + u" ON CONFLICT DO NOTHING"_s,
                           values, tr("tag contacts"));
        if (!q)
            return q.error();
        added = q->numRowsAffected();
        return {};
    });
    if (!done)
        return done.error();
    return added;
}

Result<qint64> ContactStore::removeTagMatching(const ContactFilter &filter, const QString &tag)
{
    QVariantList values{tag.trimmed()};
    auto q = Sql::exec(m_db->connection(),
                       u"DELETE FROM contact_tags WHERE tag_id = (SELECT id FROM tags WHERE name = ?) "
                       "AND contact_id IN (SELECT c.id FROM contacts c WHERE "_s +
                           whereClause(filter, values) + u")"_s,
                       values, tr("untag contacts"));
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

} // namespace megaphone
