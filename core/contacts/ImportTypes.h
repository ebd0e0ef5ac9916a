#pragma once

#include "Contact.h"
#include "RecordReader.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace megaphone {

// One contact as the importer understood a row, ready for staging.
struct StagedContact
{
    qint64 row = 0;
    QString phoneE164;
    QString firstName;
    QString lastName;
    QString displayName;
    QString email;
    QString birthday;
    QString country;
    QString language;
    QString timeZone;
    QString attributesJson; // compact JSON object, empty when none
    Consent consent = Consent::Unknown; // Unknown: the row says nothing
    QString consentSource;
    QStringList tags;
    bool flagged = false; // landline-only, extension...
};

// A row that was not imported, with the reason in words.
struct ImportReject
{
    qint64 row = 0;
    QString reason;
};

struct ImportOptions
{
    QString defaultRegion;  // for numbers without a country code
    QStringList addTags;    // added to every imported contact
    // What the user asserts for the whole file: OptedIn records consent for rows
    // whose own consent column (if any) says nothing; Unknown records nothing.
    Consent consent = Consent::Unknown;
    QString consentSource;  // e.g. "Checkout opt-in box, 2025 export"
    bool dryRun = false;    // count everything, change nothing
};

struct ImportReport
{
    qint64 read = 0;       // data records read from the file
    qint64 imported = 0;   // new contacts
    qint64 updated = 0;    // already in the database: merged
    qint64 duplicates = 0; // the same number again inside the file
    qint64 invalid = 0;    // rejected rows
    qint64 flagged = 0;    // imported, but landline-only or with an extension
    QList<ImportReject> rejects; // the first ones, for display; all are in rejectsFile
    QString rejectsFile;   // CSV of every rejected row with its reason ("" when none)
    qint64 mergeMs = 0;    // how long the merge held the write lock
    bool cancelled = false;
};

struct ImportProgress
{
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    qint64 rows = 0;
    bool merging = false;
};

} // namespace megaphone
