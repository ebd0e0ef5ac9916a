#pragma once

#include "ColumnMapping.h"
#include "ImportTypes.h"
#include "PhoneNormalizer.h"

#include <QCoreApplication>

#include <variant>

namespace megaphone {

// Turns one record of an import file into a contact to stage, or a reject with
// its reason. Const and free of shared state: many threads may build at once.
class ContactRowBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ContactRowBuilder)

public:
    ContactRowBuilder(ColumnMapping mapping, const QString &defaultRegion, ImportOptions options);

    std::variant<StagedContact, ImportReject> build(const SourceRecord &record) const;

private:
    QString cell(const SourceRecord &record, ContactField field) const;
    std::variant<PhoneResult, QString> pickPhone(const SourceRecord &record) const;
    void applyConsent(const SourceRecord &record, StagedContact &contact) const;

    ColumnMapping m_mapping;
    PhoneNormalizer m_phones;
    ImportOptions m_options;
};

} // namespace megaphone
