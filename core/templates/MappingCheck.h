#pragma once

#include "MessageTemplate.h"
#include "Result.h"
#include "TemplateMapping.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <memory>

namespace megaphone {

class Database;
struct Contact;

// What a mapping gives the opted-in contacts of an audience.
struct MappingGaps
{
    qint64 audience = 0; // opted-in contacts of the audience
    // Parameter id -> how many of them would get an empty value, for each required
    // parameter bound to a contact field or attribute without a fallback (0 included).
    QMap<QString, qint64> emptyFor;
};

// The checks behind the Content step of the Broadcast Builder: which required parameters
// a mapping leaves unmapped, how many contacts of the audience a field or attribute
// leaves empty, the attribute names to offer and a few contacts to preview with. Every
// count is one set-based statement on SQLite and PostgreSQL.
class MappingCheck
{
    Q_DECLARE_TR_FUNCTIONS(MappingCheck)

public:
    explicit MappingCheck(std::shared_ptr<const Database> db);

    // Required parameters with no value at all: no binding, an empty fixed text, a field
    // or attribute with no name, or a media header with neither binding nor link.
    static QStringList unmapped(const MessageTemplate &message, const TemplateMapping &mapping);
    // The parameters emptyCounts() counts (field or attribute, no fallback).
    static QStringList countable(const MessageTemplate &message, const TemplateMapping &mapping);

    // `audience` is the broadcast's audience JSON ({"include_tags": [...], ...}).
    Result<MappingGaps> emptyCounts(const MessageTemplate &message, const TemplateMapping &mapping,
                                    const QJsonObject &audience);
    // Up to `limit` opted-in contacts of the audience; when it has none, any contacts.
    Result<QList<Contact>> sampleContacts(const QJsonObject &audience, int limit);

private:
    QString emptyTest(const ParameterBinding &binding, QVariantList &values) const;

    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
