#pragma once

#include "RecordReader.h"
#include "TextDecoding.h"

#include <QByteArray>

#include <array>
#include <optional>

namespace megaphone {

// A streaming reader of delimited text (RFC 4180 and what spreadsheets really
// write). Reads the device in chunks (64 KiB) and decodes them with
// TextDecoding, so memory stays flat whatever the file size.
//
// - Quoting: a field that starts with `"` runs to the next lone `"`; inside it
//   `""` is one quote, and delimiters and line breaks (kept as they are, CRLF
//   included) are text. A `"` inside an unquoted field is text. Text after a
//   closing quote is added to the field, as Excel does.
// - Line ends: CRLF, LF and CR, mixed freely; the last line may lack one.
// - Rows: `SourceRecord::row` is the number a spreadsheet shows for the record
//   (the header is row 1). Blank lines, and lines whose fields are all empty or
//   blank (";;;;" left by Excel), are skipped and never returned, but they do
//   take a row number, because a spreadsheet opening the file shows them as
//   empty rows: the row in a report is the row the user finds. A record with a
//   quoted line break still counts as one row.
// - Problems are reported on the record, which is still returned: a field count
//   other than the header's ("expected 5 fields, found 7"; extra fields that are
//   all empty at the end of a row are dropped silently), NUL characters (removed),
//   a field longer than ReaderOptions::maxFieldChars (cut), a quote still open
//   at the end of the file (the rest of the file is that field, cut to size).
// - Detection in open(): the encoding (TextDecoding::detect), the delimiter
//   among `,` `;` tab `|` from the first 50 lines, outside quotes (the one whose
//   count per line is the most consistent), and whether the first row is a
//   header (it is, unless one of its cells looks like data: a phone number, a
//   number, a date or an e-mail address). Each can be forced in ReaderOptions.
//   Without a header the columns are named "Column 1", "Column 2"... (not
//   translated: they are identifiers, like header names). Header cells are
//   trimmed; empty ones get such a name; empty ones at the end are dropped.
class CsvReader : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    CsvReader();

    bool open(QIODevice *device, const ReaderOptions &options) override;
    bool next(SourceRecord &record) override;

    QString encoding() const override { return TextDecoding::name(m_encoding); }
    QChar delimiter() const override { return QChar(m_delimiter); }
    bool hasHeader() const override { return m_hasHeader; }
    QStringList header() const override { return m_header; }
    QString error() const override { return m_error; }

    // Bytes read per chunk; set before open(). Tests make it tiny so that chunk
    // borders fall everywhere, inside quotes and inside multi-byte characters.
    void setChunkSize(int bytes) { m_chunkSize = qMax(1, bytes); }

    // The delimiter that `sample` (the start of a file) most consistently uses,
    // among `,` `;` tab `|` counted outside quotes in its first `maxLines` lines;
    // `,` when none is found.
    static QChar sniffDelimiter(QStringView sample, int maxLines = 50);
    // Whether a first row reads as column names rather than data.
    static bool looksLikeHeader(const QStringList &row);

    // A record never holds more than this many fields or characters; beyond
    // that the rest is dropped and reported (a file without line ends must not
    // become one record the size of the file).
    static constexpr int kMaxFields = 4096;
    static constexpr qsizetype kMaxRecordChars = 8 * 1024 * 1024;

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool fill();
    bool parseRecord();
    bool nextRecord(SourceRecord &record);
    void appendPiece(const char16_t *text, qsizetype size);
    void endField();
    bool recordIsBlank() const;
    QString takeProblems();

    QIODevice *m_device = nullptr;
    bool m_ready = false; // open() succeeded
    std::optional<TextDecoding> m_decoder;
    QByteArray m_raw;
    QString m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false;
    int m_chunkSize = 64 * 1024;
    int m_maxFieldChars = 64 * 1024;

    // Parser state; a record may span any number of chunks.
    State m_state = State::FieldStart;
    bool m_skipLf = false;
    char16_t m_delimiter = u',';
    std::array<bool, 128> m_stop{}; // characters that end an unquoted run
    QString m_field;
    QStringList m_fields;
    qsizetype m_recordChars = 0;
    bool m_fieldCut = false;
    QList<int> m_cutFields;
    int m_nulField = 0;
    int m_openQuoteField = 0;
    bool m_tooManyFields = false;
    bool m_recordCut = false;
    bool m_quoteNeverClosed = false; // in the record taken last

    qint64 m_row = 0;
    TextDecoding::Encoding m_encoding = TextDecoding::Encoding::Utf8;
    bool m_hasHeader = false;
    QStringList m_header;
    qsizetype m_expectedFields = 0;
    std::optional<SourceRecord> m_pending; // a first row that turned out to be data
    QString m_error;
};

} // namespace megaphone
