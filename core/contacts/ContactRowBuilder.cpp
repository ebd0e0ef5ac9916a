#include "ContactRowBuilder.h"
#include "JsonText.h"

#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

using Attributes = QVarLengthArray<std::pair<QString, QString>, 8>;

// The row's custom attributes as a compact JSON object. Of two with the same name (a
// column remapped onto another's name, or one called phone_extension when the number
// had an extension), the later one stays.
QString attributesJson(const Attributes &attributes)
{
    QString out;
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        const auto &[name, value] = attributes.at(i);
        const bool replacedLater = std::any_of(attributes.begin() + i + 1, attributes.end(),
                                               [&name](const auto &a) { return a.first == name; });
        if (replacedLater)
            continue;
        out += out.isEmpty() ? u'{' : u',';
        appendJsonString(out, name);
        out += u':';
        appendJsonString(out, value);
    }
    if (!out.isEmpty())
        out += u'}';
    return out;
}

} // namespace

ContactRowBuilder::ContactRowBuilder(ColumnMapping mapping, const QString &defaultRegion,
                                     ImportOptions options)
    : m_mapping(std::move(mapping)), m_phones(defaultRegion), m_options(std::move(options))
{
}

QString ContactRowBuilder::cell(const SourceRecord &record, ContactField field) const
{
    const qsizetype column = m_mapping.columnFor(field);
    return column < 0 ? QString() : record.fields.value(column).trimmed();
}

// The first mobile-capable number over the phone columns in priority order; else
// the first valid one (flagged); else the reason the first non-empty cell failed.
std::variant<PhoneResult, QString> ContactRowBuilder::pickPhone(const SourceRecord &record) const
{
    const QString countryHint = cell(record, ContactField::Country);
    std::optional<PhoneResult> fallback;
    QString firstProblem;
    for (qsizetype column : m_mapping.phoneColumns()) {
        const QString text = record.fields.value(column).trimmed();
        if (text.isEmpty())
            continue;
        PhoneResult result = m_phones.normalize(text, countryHint);
        if (result.ok() && !result.flagged())
            return result;
        if (result.ok() && !fallback)
            fallback = result;
        if (!result.ok() && firstProblem.isEmpty())
            firstProblem = tr("\"%1\" in column \"%2\": %3")
                               .arg(text, m_mapping.header().value(column), result.reason);
    }
    if (fallback)
        return *fallback;
    if (!firstProblem.isEmpty())
        return firstProblem;
    return tr("No phone number in the columns mapped as phone.");
}

void ContactRowBuilder::applyConsent(const SourceRecord &record, StagedContact &contact) const
{
    const qsizetype column = m_mapping.columnFor(ContactField::Consent);
    const QString header = column < 0 ? QString() : m_mapping.header().value(column);
    const std::optional<Consent> stated =
        column < 0 ? std::nullopt : ColumnMapping::parseConsent(record.fields.value(column));
    if (stated == Consent::OptedOut) {
        contact.consent = Consent::OptedOut;
        contact.consentSource = tr("Import: column \"%1\"").arg(header);
    } else if (stated == Consent::OptedIn) {
        contact.consent = Consent::OptedIn;
        contact.consentSource = m_options.consentSource.isEmpty()
                                    ? tr("Import: column \"%1\"").arg(header)
                                    : m_options.consentSource;
    } else if (!stated && m_options.consent == Consent::OptedIn) {
        // Only a row that says nothing takes the import-wide statement: a "no" in
        // the file is not turned into an opt-in.
        contact.consent = Consent::OptedIn;
        contact.consentSource = m_options.consentSource.isEmpty() ? tr("Import: stated by the user")
                                                                  : m_options.consentSource;
    }
}

std::variant<StagedContact, ImportReject> ContactRowBuilder::build(const SourceRecord &record) const
{
    if (!record.problem.isEmpty())
        return ImportReject{record.row, record.problem};
    auto phone = pickPhone(record);
    if (const QString *problem = std::get_if<QString>(&phone))
        return ImportReject{record.row, *problem};
    const PhoneResult &number = std::get<PhoneResult>(phone);

    StagedContact c;
    c.row = record.row;
    c.phoneE164 = number.e164;
    c.country = number.region;
    c.flagged = number.flagged();
    c.firstName = cell(record, ContactField::FirstName);
    c.lastName = cell(record, ContactField::LastName);
    c.displayName = cell(record, ContactField::FullName);
    if (c.displayName.isEmpty())
        c.displayName = QStringList{c.firstName, c.lastName}.join(u' ').trimmed();
    c.email = cell(record, ContactField::Email);
    c.birthday = cell(record, ContactField::Birthday);
    c.language = cell(record, ContactField::Language);
    c.timeZone = cell(record, ContactField::TimeZone);

    Attributes attributes;
    for (qsizetype column : m_mapping.columnsFor(ContactField::Attribute)) {
        QString value = record.fields.value(column).trimmed();
        if (!value.isEmpty())
            attributes.append({m_mapping.attributeName(column), std::move(value)});
    }
    if (!number.extension.isEmpty())
        attributes.append({u"phone_extension"_s, number.extension});
    c.attributesJson = attributesJson(attributes);

    for (qsizetype column : m_mapping.columnsFor(ContactField::Tags)) {
        for (const QString &tag : ColumnMapping::splitTags(record.fields.value(column))) {
            if (!c.tags.contains(tag, Qt::CaseInsensitive))
                c.tags.append(tag);
        }
    }
    applyConsent(record, c);
    return c;
}

} // namespace megaphone
