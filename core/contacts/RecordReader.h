#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace megaphone {

// One record of an import file, as parsed.
struct SourceRecord
{
    // 1-based number of the record in the file, the header counting as 1, as a
    // spreadsheet numbers its rows; used in every report to the user.
    qint64 row = 0;
    QStringList fields;
    // Why this record cannot be used as read (ragged, NUL byte, oversize field...);
    // empty when it is fine. A record with a problem is reported, never dropped silently.
    QString problem;
};

// How to read a file. Everything left unset is detected.
struct ReaderOptions
{
    QString encoding;               // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"; empty: detect
    QChar delimiter;                // ',', ';', '\t' or '|'; null: sniff
    std::optional<bool> hasHeader;  // unset: detect
    int maxFieldChars = 64 * 1024;  // a longer field is cut and its record reported
};

// A streaming reader of contact records (CSV or vCard). Memory stays flat
// whatever the file size: records are produced one at a time.
class RecordReader
{
public:
    virtual ~RecordReader() = default;

    // Starts reading `device` (which must stay open while reading). Detects the
    // encoding, delimiter and header from the start of the file.
    virtual bool open(QIODevice *device, const ReaderOptions &options) = 0;
    // The next record, or false at the end of the file.
    virtual bool next(SourceRecord &record) = 0;

    // What open() found: the encoding name, the delimiter, the header names
    // (column names; for a file without header "Column 1", "Column 2"...).
    virtual QString encoding() const = 0;
    virtual QChar delimiter() const = 0;
    virtual bool hasHeader() const = 0;
    virtual QStringList header() const = 0;
    // Set when open() failed or the file cannot be read at all.
    virtual QString error() const = 0;
};

} // namespace megaphone
