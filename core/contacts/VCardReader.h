#pragma once

#include "RecordReader.h"
#include "TextDecoding.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace megaphone {

// A streaming reader of vCard files (2.1, 3.0 and 4.0, as iPhone/iCloud,
// Android, Google and Outlook export them). Each BEGIN:VCARD ... END:VCARD
// becomes one SourceRecord with the fixed columns of columns(), so a .vcf file
// goes through the same column mapping and import as a CSV file.
//
// - Lines: CRLF, LF or CR; folded lines (a next line starting with a space or
//   tab) are joined: 3.0 and 4.0 drop that one white-space character, 2.1 keeps
//   it. Quoted-printable values continue over soft line breaks (`=` at the end).
// - Properties: groups (`item1.TEL` with `item1.X-ABLabel`), parameters in
//   every spelling (`TEL;type=CELL;type=pref`, `TEL;TYPE=cell,voice`,
//   `TEL;TYPE="cell,voice"`, 2.1's bare `TEL;CELL`), ENCODING=QUOTED-PRINTABLE
//   with any CHARSET (UTF-8 when absent and valid, else Windows-1252), the
//   escapes `\,` `\;` `\n` `\\`, and 4.0 `tel:` URIs (`;ext=` becomes " ext. ").
// - Columns: "Phone" is the first TEL typed cell/mobile/iPhone (or labelled so
//   with X-ABLabel), else the first TEL; "Other Phones" the rest, and
//   "Categories" the CATEGORIES values, each joined with " ::: " as Google's CSV
//   export joins lists. "Birthday" is ISO yyyy-MM-dd where the value allows it,
//   "--MM-DD" when it has no year (also Apple's X-APPLE-OMIT-YEAR), else as
//   written. "Full Name" is FN, else built from N. "Organization" joins the ORG
//   parts with ", "; several NOTEs are joined with line breaks.
// - Problems on the record: a card without END:VCARD (the next BEGIN:VCARD or
//   the end of the file closes it; the other cards are read as usual), a value
//   longer than ReaderOptions::maxFieldChars (cut).
// - `row` is the card's number plus one: the fixed header counts as row 1, as
//   for a CSV file. Problem texts name the card's first line in the file.
class VCardReader : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    enum Column {
        FullName, FirstName, LastName, Phone, OtherPhones, Email, Birthday, Categories,
        Organization, Note, ColumnCount
    };

    VCardReader();
    ~VCardReader() override;
    VCardReader &operator=(VCardReader &&other) noexcept;

    bool open(QIODevice *device, const ReaderOptions &options) override;
    bool next(SourceRecord &record) override;

    QString encoding() const override { return TextDecoding::name(m_encoding); }
    QChar delimiter() const override { return QChar(); }
    bool hasHeader() const override { return true; }
    QStringList header() const override { return columns(); }
    QString error() const override { return m_error; }

    // Bytes read per chunk; set before open() (tests make it tiny).
    void setChunkSize(int bytes) { m_chunkSize = qMax(1, bytes); }

    // "Full Name", "First Name", "Last Name", "Phone", "Other Phones", "Email",
    // "Birthday", "Categories", "Organization", "Note": fixed names, not
    // translated, so the column mapping recognises them.
    static QStringList columns();
    // A BDAY value as ISO yyyy-MM-dd, "--MM-DD" without a year, else trimmed as is.
    // `omitYear` is Apple's X-APPLE-OMIT-YEAR: that year means "no year".
    static QString normalizeBirthday(QStringView value, QStringView omitYear = {});
    // Whether the start of a file looks like a vCard (BEGIN:VCARD first).
    static bool looksLikeVCard(QByteArrayView start);

    static constexpr int kMaxValuesPerCard = 1000; // phones, e-mails, categories, notes

private:
    struct Card;

    bool fill();
    bool readPhysicalLine(QString &line, bool &cut);
    bool peekPhysicalLine();
    bool readLogicalLine(QString &line, bool &cut);
    void addProperty(const QString &line, bool cut);
    void finishCard(SourceRecord &record, const QString &missingEnd);

    QIODevice *m_device = nullptr;
    bool m_ready = false; // open() succeeded
    std::optional<TextDecoding> m_decoder;
    TextDecoding::Encoding m_encoding = TextDecoding::Encoding::Utf8;
    QByteArray m_raw;
    QString m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_skipLf = false;
    int m_chunkSize = 64 * 1024;
    int m_maxFieldChars = 64 * 1024;
    qsizetype m_maxLineChars = 0;

    std::optional<QString> m_lookahead; // the next physical line, read ahead
    bool m_lookaheadCut = false;
    qint64 m_lineNumber = 0;            // physical lines read so far
    qint64 m_logicalLineNumber = 0;     // where the last logical line started

    std::unique_ptr<Card> m_card; // the card being read, if any
    qint64 m_cards = 0;
    QString m_error;
};

} // namespace megaphone
