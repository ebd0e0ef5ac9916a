#pragma once

#include "Contact.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace megaphone {

class Database;

// Contacts, their tags and consent. Every value goes through bound parameters.
class ContactStore
{
    Q_DECLARE_TR_FUNCTIONS(ContactStore)

public:
    explicit ContactStore(std::shared_ptr<const Database> db);

    // Adds a new contact with its tags; fails with code "duplicate" when the
    // phone number is already known.
    Result<qint64> add(const Contact &contact);
    // Saves every field and sets the tags to exactly `contact.tags`.
    Result<void> update(const Contact &contact);
    Result<std::optional<Contact>> find(qint64 id);
    Result<std::optional<Contact>> findByPhone(const QString &phoneE164);
    // Many at once without their tags (the dispatcher renders messages from these).
    Result<QHash<qint64, Contact>> findMany(const QList<qint64> &ids);

    Result<qint64> count(const ContactFilter &filter);
    // Keyset paging: up to `limit` contacts with an id above `afterId`, in id order.
    Result<QList<Contact>> page(const ContactFilter &filter, qint64 afterId, int limit);

    Result<int> remove(const QList<qint64> &ids);
    // Records a consent change with its source and time, and an audit entry.
    Result<int> setConsent(const QList<qint64> &ids, Consent consent, const QString &source,
                           const QString &actor);
    Result<int> addTag(const QList<qint64> &ids, const QString &tag);
    Result<int> removeTag(const QList<qint64> &ids, const QString &tag);

    // The same bulk actions on every contact a filter matches ("select all N
    // matching"), each one set-based statement: nothing is loaded into memory.
    Result<qint64> removeMatching(const ContactFilter &filter);
    Result<qint64> setConsentMatching(const ContactFilter &filter, Consent consent,
                                      const QString &source, const QString &actor);
    Result<qint64> addTagMatching(const ContactFilter &filter, const QString &tag);
    Result<qint64> removeTagMatching(const ContactFilter &filter, const QString &tag);
    Result<QStringList> allTags();
    // The names of the custom attributes contacts have, sorted: of every contact, or with
    // `sample` > 0 of the newest `sample` contacts that have any (quick enough for a picker
    // on a million contacts; an export needs them all).
    Result<QStringList> attributeKeys(int sample = 0);

private:
    Result<qint64> tagId(const QString &name);
    Result<void> setTags(qint64 contactId, const QStringList &tags);
    Result<QStringList> tagsOf(qint64 contactId);
    Result<std::optional<Contact>> findOne(const QString &column, const QVariant &value);
    Result<int> forChunks(const QList<qint64> &ids,
                          const std::function<Result<int>(const QList<qint64> &)> &work);

    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
