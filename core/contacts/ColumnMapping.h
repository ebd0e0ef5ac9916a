#pragma once

#include "Contact.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace megaphone {

// What a source column feeds (contact fields of DESIGN.md section 2).
enum class ContactField {
    Ignore,
    Phone, // several allowed, tried in priority order (phoneColumns())
    FirstName,
    LastName,
    FullName, // display_name
    Email,
    Tags, // several allowed, merged
    Consent, // see parseConsent()
    Birthday,
    Country, // also the per-row hint for phone numbers without a country code
    Language,
    TimeZone,
    Attribute // a custom attribute, named by ColumnTarget::attribute
};

struct ColumnTarget
{
    ContactField field = ContactField::Ignore;
    QString attribute; // for Attribute only

    friend bool operator==(const ColumnTarget &, const ColumnTarget &) = default;
};

// Which contact field each column of an import file feeds. detect() guesses from header
// names of common exports (Google Contacts, Outlook, Shopify, HubSpot, Mailchimp, WATI,
// Interakt) and hand-made sheets in several languages; the user can change everything.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(megaphone::ColumnMapping)

public:
    ColumnMapping() = default;
    // Every column ignored.
    explicit ColumnMapping(const QStringList &header);

    static ColumnMapping detect(const QStringList &header);

    // The same settings applied to another file (saved import settings): columns whose
    // header matches one of this mapping (case-insensitive) keep its target and phone
    // priority; the others are detected.
    ColumnMapping appliedTo(const QStringList &header) const;

    const QStringList &header() const { return m_header; }
    qsizetype columnCount() const { return m_targets.size(); }
    ColumnTarget target(qsizetype column) const;
    ContactField field(qsizetype column) const { return target(column).field; }
    QString attributeName(qsizetype column) const { return target(column).attribute; }

    // False when the column does not exist. An Attribute without a name is named after
    // the header. A new Phone column takes its place by what its header looks like.
    bool setTarget(qsizetype column, const ColumnTarget &target);
    bool setTarget(qsizetype column, ContactField field, const QString &attribute = {})
    {
        return setTarget(column, ColumnTarget {field, attribute});
    }

    // Phone columns, best first: WhatsApp, then mobile, then generic, then work/address phones.
    QList<qsizetype> phoneColumns() const { return m_phoneOrder; }
    // Reorders the phone columns; false (and no change) unless `columns` holds each exactly once.
    bool setPhonePriority(const QList<qsizetype> &columns);

    // The columns mapped to `field`, in column order; columnFor() gives the first or -1.
    QList<qsizetype> columnsFor(ContactField field) const;
    qsizetype columnFor(ContactField field) const;

    // Needs at least one Phone column, at most one column per single-value field, and
    // distinct attribute names.
    bool isValid(QString *why = nullptr) const;

    // {"columns": [{"column": 0, "header": "Phone", "field": "phone"}, ...],
    //  "phone_priority": [0, ...]}; fields spelled as fieldFromName() reads them.
    QJsonObject toJson() const;
    static std::optional<ColumnMapping> fromJson(const QJsonObject &json, QString *why = nullptr);

    // The CLI's --map spelling: phone, first_name, last_name, display_name, email, tags,
    // consent, birthday, country, language, time_zone, attr.NAME, ignore.
    static std::optional<ContactField> fieldFromName(const QString &name,
                                                     QString *attribute = nullptr);
    static std::optional<ColumnTarget> targetFromName(const QString &name);
    static QString targetName(const ColumnTarget &target);

    // "Loyalty Tier" -> "loyalty_tier"; "" for a header without letters or digits.
    static QString attributeNameFor(const QString &header);

    static std::optional<Consent> parseConsent(const QString &cell);

    // "VIP, Friends ; * myContacts ::: vip" -> {"VIP", "Friends"}.
    static QStringList splitTags(const QString &cell);

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;

private:
    void insertPhone(qsizetype column);

    QStringList m_header;
    QList<ColumnTarget> m_targets;
    QList<qsizetype> m_phoneOrder;
};

} // namespace megaphone
