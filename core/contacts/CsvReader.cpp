#include "CsvReader.h"

#include <QHash>
#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr std::array<char16_t, 4> kDelimiters = {u',', u';', u'\t', u'|'};
constexpr int kSniffLines = 50;
constexpr qsizetype kSniffMaxChars = 1024 * 1024;

// A cell that reads as a value, not a column name: a phone number or another
// mostly-digit value (dates, amounts, ids), or an e-mail address.
bool looksLikeData(QStringView cell)
{
    cell = cell.trimmed();
    qsizetype digits = 0, other = 0;
    for (const QChar c : cell) {
        if (c.isDigit())
            ++digits;
        else if (!c.isSpace())
            ++other;
    }
    if (digits >= 5 && digits * 10 >= (digits + other) * 6)
        return true;
    const qsizetype at = cell.indexOf(u'@');
    return at > 0 && cell.indexOf(u'.', at) > at + 1 && !cell.contains(u' ');
}

// Words that export headers are made of (English, Portuguese, Spanish, German).
bool isHeaderWord(QStringView word)
{
    static const QStringList words = {
        u"name"_s, u"phone"_s, u"mobile"_s, u"mail"_s, u"email"_s, u"tel"_s, u"telephone"_s,
        u"whatsapp"_s, u"number"_s, u"contact"_s, u"country"_s, u"code"_s, u"tags"_s, u"tag"_s,
        u"first"_s, u"last"_s, u"given"_s, u"family"_s, u"address"_s, u"company"_s, u"city"_s,
        u"birthday"_s, u"consent"_s, u"value"_s, u"label"_s, u"type"_s, u"nome"_s,
        u"telefone"_s, u"celular"_s, u"nombre"_s, u"teléfono"_s, u"telefono"_s, u"móvil"_s,
        u"movil"_s, u"vorname"_s, u"nachname"_s, u"handy"_s, u"telefon"_s};
    return words.contains(word.toString().toLower());
}

int headerWordCells(const QStringList &row)
{
    int count = 0;
    for (const QString &cell : row) {
        QString word;
        bool found = false;
        for (const QChar c : QString(cell + u' ')) {
            if (c.isLetter()) {
                word += c;
            } else if (!word.isEmpty()) {
                found = found || isHeaderWord(word);
                word.clear();
            }
        }
        count += found;
    }
    return count;
}

// Not translated: scripts name columns in `--map "Column 3=phone"`.
QString columnName(qsizetype index)
{
    return u"Column %1"_s.arg(index + 1);
}

} // namespace

CsvReader::CsvReader() = default;

QChar CsvReader::sniffDelimiter(QStringView sample, int maxLines)
{
    using Counts = std::array<int, kDelimiters.size()>;
    QList<Counts> lines;
    Counts current{};
    bool inQuotes = false, fieldStart = true, content = false;
    const qsizetype n = sample.size();
    for (qsizetype i = 0; i < n && lines.size() < maxLines; ++i) {
        const QChar c = sample[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && sample[i + 1] == u'"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (content)
                lines.append(current);
            current = {};
            content = false;
            fieldStart = true;
            if (c == u'\r' && i + 1 < n && sample[i + 1] == u'\n')
                ++i;
            continue;
        }
        content = true;
        if (c == u'"' && fieldStart) {
            inQuotes = true;
            fieldStart = false;
            continue;
        }
        const auto *it = std::find(kDelimiters.begin(), kDelimiters.end(), c.unicode());
        if (it != kDelimiters.end()) {
            ++current[it - kDelimiters.begin()];
            fieldStart = true;
        } else if (c != u' ') {
            fieldStart = false;
        }
    }
    if (content && lines.isEmpty()) // a one-line sample; a cut last line would skew
        lines.append(current);

    // For each candidate, the most common non-zero count per line and on how
    // many lines it occurs. The best is the most consistent; then the one
    // with more columns; then the earlier in the list.
    int best = -1, bestLines = 0, bestMode = 0;
    for (int k = 0; k < int(kDelimiters.size()); ++k) {
        QHash<int, int> histogram;
        for (const Counts &line : lines) {
            if (line[k] > 0)
                ++histogram[line[k]];
        }
        int mode = 0, modeLines = 0;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
            if (it.value() > modeLines || (it.value() == modeLines && it.key() > mode)) {
                mode = it.key();
                modeLines = it.value();
            }
        }
        if (mode > 0 && (modeLines > bestLines || (modeLines == bestLines && mode > bestMode))) {
            best = k;
            bestLines = modeLines;
            bestMode = mode;
        }
    }
    return QChar(best < 0 ? u',' : kDelimiters[best]);
}

bool CsvReader::looksLikeHeader(const QStringList &row)
{
    if (row.isEmpty())
        return false;
    if (!std::any_of(row.begin(), row.end(), [](const QString &cell) { return looksLikeData(cell); }))
        return true;
    // A data-looking cell, yet mostly column names ("Phone", "Name", "E-mail
    // Address"...): still a header.
    const auto filled = std::count_if(row.begin(), row.end(),
                                      [](const QString &cell) { return !cell.trimmed().isEmpty(); });
    return headerWordCells(row) * 2 > filled;
}

bool CsvReader::open(QIODevice *device, const ReaderOptions &options)
{
    const int chunkSize = m_chunkSize;
    *this = CsvReader();
    m_chunkSize = chunkSize;
    m_device = device;
    m_maxFieldChars = qMax(1, options.maxFieldChars);
    if (!device || !device->isReadable()) {
        m_error = tr("The file is not open for reading.");
        return false;
    }

    const auto encoding = TextDecoding::choose(options.encoding, device, &m_error);
    if (!encoding)
        return false;
    m_encoding = *encoding;
    m_decoder.emplace(m_encoding);
    m_raw.resize(m_chunkSize);

    // Enough of the start to sniff the delimiter from (fill() keeps what is
    // not consumed yet, and nothing is consumed before the first record).
    while (qMax(m_buf.count(u'\n'), m_buf.count(u'\r')) < kSniffLines
           && m_buf.size() < kSniffMaxChars && fill()) {
    }
    if (!m_error.isEmpty())
        return false;

    if (options.delimiter.isNull()) {
        m_delimiter = sniffDelimiter(m_buf, kSniffLines).unicode();
    } else if (std::find(kDelimiters.begin(), kDelimiters.end(), options.delimiter.unicode())
               != kDelimiters.end()) {
        m_delimiter = options.delimiter.unicode();
    } else {
        m_error = tr("Unsupported delimiter \"%1\" (use comma, semicolon, tab or |).")
                      .arg(options.delimiter);
        return false;
    }
    m_stop[m_delimiter] = m_stop[u'\r'] = m_stop[u'\n'] = m_stop[0] = true;

    m_ready = true;
    SourceRecord first;
    if (!nextRecord(first)) { // an empty file: no header, no records
        m_hasHeader = options.hasHeader.value_or(false);
        m_ready = m_error.isEmpty();
        return m_ready;
    }
    m_hasHeader = options.hasHeader.value_or(looksLikeHeader(first.fields));
    if (m_hasHeader && m_quoteNeverClosed) { // the whole file went into the header
        m_error = tr("The file cannot be read as CSV: in the first row, %1.").arg(first.problem);
        m_ready = false;
        return false;
    }
    if (m_hasHeader) {
        m_header = first.fields;
        while (m_header.size() > 1 && m_header.constLast().trimmed().isEmpty())
            m_header.removeLast();
        for (qsizetype i = 0; i < m_header.size(); ++i) {
            m_header[i] = m_header[i].trimmed();
            if (m_header[i].isEmpty())
                m_header[i] = columnName(i);
        }
    } else {
        for (qsizetype i = 0; i < first.fields.size(); ++i)
            m_header.append(columnName(i));
        m_pending = std::move(first);
    }
    m_expectedFields = m_header.size();
    return true;
}

bool CsvReader::next(SourceRecord &record)
{
    if (m_pending) {
        record = std::move(*m_pending);
        m_pending.reset();
        return true;
    }
    if (!m_ready || !nextRecord(record))
        return false;
    QStringList &fields = record.fields;
    // Extra fields that are all empty (a trailing delimiter) carry nothing.
    while (fields.size() > m_expectedFields && fields.constLast().isEmpty())
        fields.removeLast();
    if (fields.size() != m_expectedFields) {
        const QString ragged = tr("expected %1 fields, found %2").arg(m_expectedFields).arg(fields.size());
        record.problem = record.problem.isEmpty() ? ragged : ragged + u"; "_s + record.problem;
    }
    return true;
}

// One record, blank ones skipped, with its row and problems; false at the end.
bool CsvReader::nextRecord(SourceRecord &record)
{
    while (parseRecord()) {
        ++m_row;
        QString problem = takeProblems();
        if (problem.isEmpty() && recordIsBlank()) {
            m_fields.clear();
            continue;
        }
        record.row = m_row;
        record.fields = std::move(m_fields);
        record.problem = std::move(problem);
        m_fields = QStringList();
        m_fields.reserve(qMax<qsizetype>(m_expectedFields, record.fields.size()) + 1);
        return true;
    }
    return false;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        if (m_pos >= m_buf.size())
            m_buf.resize(0); // keeps the allocation
        else
            m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    for (;;) {
        const qint64 n = m_device->read(m_raw.data(), m_chunkSize);
        if (n < 0) {
            m_error = tr("Could not read the file: %1").arg(m_device->errorString());
            m_eof = true;
            return false;
        }
        if (n == 0) {
            m_eof = true;
            return false;
        }
        const qsizetype before = m_buf.size();
        m_decoder->decode(QByteArrayView(m_raw.constData(), n), m_buf);
        if (m_buf.size() > before)
            return true;
        // The chunk ended inside a character or was only a byte-order mark.
    }
}

// Parses the next record into m_fields (blank ones too); false at the end of
// the file. Each run of plain text is appended to the field as one slice.
bool CsvReader::parseRecord()
{
    for (;;) {
        if (m_pos >= m_buf.size() && !fill()) {
            if (m_state == State::FieldStart && m_fields.isEmpty())
                return false;
            if (m_state == State::Quoted)
                m_openQuoteField = int(m_fields.size()) + 1;
            endField();
            m_state = State::FieldStart;
            m_skipLf = false;
            return true;
        }
        const char16_t *const begin = reinterpret_cast<const char16_t *>(m_buf.constData());
        const char16_t *const end = begin + m_buf.size();
        const char16_t *p = begin + m_pos;

        switch (m_state) {
        case State::FieldStart:
            if (m_skipLf) {
                m_skipLf = false;
                if (*p == u'\n') {
                    ++m_pos;
                    continue;
                }
            }
            if (*p == u'"') {
                m_state = State::Quoted;
                ++m_pos;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const char16_t *const start = p;
            while (p < end && (*p >= 128 || !m_stop[*p]))
                ++p;
            appendPiece(start, p - start);
            if (p == end) {
                m_pos = m_buf.size();
                continue;
            }
            const char16_t c = *p++;
            m_pos = p - begin;
            if (c == 0) {
                if (m_nulField == 0)
                    m_nulField = int(m_fields.size()) + 1;
                continue;
            }
            endField();
            m_state = State::FieldStart;
            if (c == m_delimiter)
                continue;
            m_skipLf = c == u'\r';
            return true;
        }
        case State::Quoted: {
            const char16_t *const start = p;
            while (p < end && *p != u'"' && *p != 0)
                ++p;
            appendPiece(start, p - start);
            if (p == end) {
                m_pos = m_buf.size();
                continue;
            }
            if (*p == 0) {
                if (m_nulField == 0)
                    m_nulField = int(m_fields.size()) + 1;
            } else {
                m_state = State::QuoteInQuoted;
            }
            m_pos = p + 1 - begin;
            continue;
        }
        case State::QuoteInQuoted:
            if (*p == u'"') { // a doubled quote is one quote
                appendPiece(p, 1);
                ++m_pos;
                m_state = State::Quoted;
                continue;
            }
            // The quote closed the field: a delimiter or line end follows, or
            // text, which joins the field.
            m_state = State::Unquoted;
            continue;
        }
    }
}

void CsvReader::appendPiece(const char16_t *text, qsizetype size)
{
    if (size <= 0 || m_fieldCut)
        return;
    qsizetype room = qMin<qsizetype>(m_maxFieldChars - m_field.size(), kMaxRecordChars - m_recordChars);
    if (size > room) {
        if (m_recordChars + size > kMaxRecordChars)
            m_recordCut = true;
        else
            m_cutFields.append(int(m_fields.size()) + 1);
        m_fieldCut = true;
        room = qMax<qsizetype>(room, 0);
        if (room > 0 && QChar::isHighSurrogate(text[room - 1]))
            --room; // never keep half of a character
        else if (room == 0 && !m_field.isEmpty() && m_field.back().isHighSurrogate())
            m_field.chop(1); // its low half came in this piece
        size = room;
    }
    if (m_field.isNull()) // most fields are one slice: allocate exactly once
        m_field = QString(reinterpret_cast<const QChar *>(text), size);
    else
        m_field.append(reinterpret_cast<const QChar *>(text), size);
    m_recordChars += size;
}

void CsvReader::endField()
{
    if (m_fields.size() < kMaxFields)
        m_fields.append(std::move(m_field));
    else
        m_tooManyFields = true;
    m_field = QString();
    m_fieldCut = false;
}

bool CsvReader::recordIsBlank() const
{
    for (const QString &field : m_fields) {
        for (const QChar c : field) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

QString CsvReader::takeProblems()
{
    QStringList problems;
    if (m_nulField > 0)
        problems << tr("NUL character removed from field %1").arg(m_nulField);
    if (!m_cutFields.isEmpty()) {
        QStringList numbers;
        for (int field : std::as_const(m_cutFields))
            numbers << QString::number(field);
        problems << (m_cutFields.size() == 1 ? tr("field %1 longer than %2 characters, cut")
                                             : tr("fields %1 longer than %2 characters, cut"))
                        .arg(numbers.join(u", "_s))
                        .arg(m_maxFieldChars);
    }
    if (m_openQuoteField > 0)
        problems << tr("the quote opened in field %1 is never closed: the rest of the file was "
                       "read into that field").arg(m_openQuoteField);
    if (m_tooManyFields)
        problems << tr("more than %1 fields: the rest were dropped").arg(kMaxFields);
    if (m_recordCut)
        problems << tr("record longer than %1 characters: the rest was dropped").arg(kMaxRecordChars);
    m_quoteNeverClosed = m_openQuoteField > 0;
    m_nulField = 0;
    m_cutFields.clear();
    m_openQuoteField = 0;
    m_tooManyFields = false;
    m_recordCut = false;
    m_recordChars = 0;
    return problems.join(u"; "_s);
}

} // namespace megaphone
