#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

class QSqlDatabase;

namespace megaphone {

// One test on a contact field or custom attribute: `field` is a contact column
// (first_name, last_name, display_name, email, country, language, time_zone, birthday) or
// "attr:<key>" for a custom attribute. Text is compared ignoring case (a country is its ISO
// code, stored in capitals).
struct AudienceCondition
{
    enum class Op { Is, IsNot, Contains, IsEmpty, IsNotEmpty };
    QString field;
    Op op = Op::Is;
    QString value;

    static QString opToString(Op op);
    static std::optional<Op> opFromString(const QString &text);
    // "first name", "attribute city"... for the UI and messages.
    static QString fieldLabel(const QString &field);
    // The contact columns a condition can test, in the order a marketer looks for them.
    static QStringList contactFields();

    friend bool operator==(const AudienceCondition &, const AudienceCondition &) = default;
};

// Who a broadcast is for: its `audience` JSON,
//   {"include_tags": [...], "exclude_tags": [...],
//    "conditions": [{"field": "country", "op": "is", "value": "BR"}, ...]}.
// A contact qualifies when it has at least one include tag (or there are none), no exclude
// tag, and meets every condition. Consent and the frequency cap are applied on top, always
// (SendingStore::materialise, AudiencePreview).
struct Audience
{
    Q_DECLARE_TR_FUNCTIONS(Audience)

public:
    QStringList includeTags;
    QStringList excludeTags;
    QList<AudienceCondition> conditions;

    static Audience fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // The ids of its tags that exist, by name: SQL names tags by id (see sql()).
    Result<QHash<QString, qint64>> findTagIds(const QSqlDatabase &db) const;
    // How the include tags read in sql(). Lead: a set of contacts the query can start from,
    // read from the tag index in contact order; Check: a test of each contact the query finds
    // another way (SQLite would otherwise start from the tags there too).
    enum class TagTest { Lead, Check };
    // The audience as SQL on contacts aliased `c`, its values appended to `values`; its tags
    // by id from `tagIds` (findTagIds(); a tag not in it has nobody). Unknown fields and
    // operators match nobody rather than everybody.
    QString sql(bool postgres, QVariantList &values, const QHash<QString, qint64> &tagIds,
                TagTest test = TagTest::Lead) const;
    // The ids of the contacts its tags select (any include tag, no exclude tag), from the
    // tags alone, as SQL; its values appended to `values`. Empty when none of its include
    // tags exists, or it has none.
    QString tagSetSql(bool postgres, QVariantList &values,
                      const QHash<QString, qint64> &tagIds) const;
    // In words, for the review step and the CLI: "tagged vip or new, not blocked, country is BR".
    QString describe() const;
};

} // namespace megaphone
