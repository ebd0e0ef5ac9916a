#include "VCardReader.h"

#include "VCardProperty.h"

#include <QDate>
#include <QIODevice>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace megaphone {

struct VCardReader::Card
{
    struct Tel
    {
        QString group;
        QString number;
        bool mobile = false;
    };

    qint64 line = 0;
    QString version;
    QString fn;
    QStringList n;
    QList<Tel> tels;
    QHash<QString, QString> labels; // group -> X-ABLabel
    QStringList emails;
    qsizetype prefEmail = -1;
    QString birthday;
    QStringList categories;
    QString org;
    QStringList notes;
    QStringList cutProperties;
    bool dropped = false;
};

namespace {

const QString kSeparator = u" ::: "_s;

bool isMobileLabel(const QString &label)
{
    const QString l = label.toLower();
    for (const auto word : {u"mobile", u"cell", u"iphone", u"whatsapp", u"handy", u"celular", u"móvil"}) {
        if (l.contains(word))
            return true;
    }
    return false;
}

bool appendCapped(QString &line, QStringView piece, qsizetype max)
{
    const qsizetype room = max - line.size();
    if (piece.size() <= room) {
        line += piece;
        return false;
    }
    line += piece.first(qMax<qsizetype>(room, 0));
    return true;
}

} // namespace

VCardReader::VCardReader() = default;
VCardReader::~VCardReader() = default;
VCardReader &VCardReader::operator=(VCardReader &&other) noexcept = default;

QStringList VCardReader::columns()
{
    return {u"Full Name"_s, u"First Name"_s, u"Last Name"_s, u"Phone"_s, u"Other Phones"_s,
            u"Email"_s, u"Birthday"_s, u"Categories"_s, u"Organization"_s, u"Note"_s};
}

QString VCardReader::normalizeBirthday(QStringView value, QStringView omitYear)
{
    value = value.trimmed();
    static const QRegularExpression full(uR"(^([0-9]{4})-?([0-9]{2})-?([0-9]{2})(?:T.*)?$)"_s);
    static const QRegularExpression noYear(uR"(^--([0-9]{2})-?([0-9]{2})$)"_s);
    if (const auto m = noYear.match(value); m.hasMatch())
        return u"--"_s + m.captured(1) + u'-' + m.captured(2);
    if (const auto m = full.match(value); m.hasMatch()) {
        const int year = m.capturedView(1).toInt();
        const int month = m.capturedView(2).toInt();
        const int day = m.capturedView(3).toInt();
        // Apple writes a birthday without year as 1604 (and says so in
        // X-APPLE-OMIT-YEAR); some Android apps write year 0000.
        if (m.capturedView(1) == omitYear || year == 1604 || year == 0) {
            if (QDate(2000, month, day).isValid())
                return u"--"_s + m.captured(2) + u'-' + m.captured(3);
        } else if (QDate date(year, month, day); date.isValid()) {
            return date.toString(Qt::ISODate);
        }
    }
    return value.toString();
}

bool VCardReader::looksLikeVCard(QByteArrayView start)
{
    QString text;
    const auto bom = TextDecoding::detectBom(start);
    TextDecoding decoder(bom ? bom->encoding : TextDecoding::Encoding::Latin1);
    decoder.decode(start.first(qMin<qsizetype>(start.size(), 256)), text);
    return QStringView(text).trimmed().startsWith(u"BEGIN:VCARD", Qt::CaseInsensitive);
}

bool VCardReader::open(QIODevice *device, const ReaderOptions &options)
{
    const int chunkSize = m_chunkSize;
    *this = VCardReader();
    m_chunkSize = chunkSize;
    m_device = device;
    m_maxFieldChars = qMax(1, options.maxFieldChars);
    // Room for a quoted-printable value (three characters a byte) and its parameters.
    m_maxLineChars = 4 * qsizetype(m_maxFieldChars) + 4096;
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

    QString line;
    bool cut = false;
    while (readPhysicalLine(line, cut)) {
        if (line.trimmed().isEmpty())
            continue;
        if (!QStringView(line).trimmed().startsWith(u"BEGIN:VCARD", Qt::CaseInsensitive)) {
            m_error = tr("This is not a vCard file: line %1 should be BEGIN:VCARD.").arg(m_lineNumber);
            return false;
        }
        m_lookahead = std::move(line); // read again by next()
        m_lookaheadCut = cut;
        break;
    }
    m_ready = m_error.isEmpty();
    return m_ready;
}

bool VCardReader::next(SourceRecord &record)
{
    if (!m_ready)
        return false;
    QString line;
    bool cut = false;
    while (readLogicalLine(line, cut)) {
        const QStringView trimmed = QStringView(line).trimmed();
        if (trimmed.compare(u"BEGIN:VCARD", Qt::CaseInsensitive) == 0) {
            auto card = std::make_unique<Card>();
            card->line = m_logicalLineNumber;
            if (m_card) { // the previous card never ended: return it, then go on with this one
                finishCard(record, tr("END:VCARD missing: the card starting at line %1 was cut short "
                                      "by the next BEGIN:VCARD at line %2")
                                       .arg(m_card->line)
                                       .arg(m_logicalLineNumber));
                m_card = std::move(card);
                return true;
            }
            m_card = std::move(card);
        } else if (trimmed.compare(u"END:VCARD", Qt::CaseInsensitive) == 0) {
            if (m_card) {
                finishCard(record, QString());
                return true;
            }
        } else if (m_card) {
            addProperty(line, cut);
        }
    }
    if (m_card) {
        finishCard(record, tr("END:VCARD missing: the card starting at line %1 runs to the end of "
                              "the file").arg(m_card->line));
        return true;
    }
    return false;
}

bool VCardReader::fill()
{
    if (m_eof)
        return false;
    m_buf.resize(0); // keeps the allocation; only called when all is consumed
    m_pos = 0;
    for (;;) {
        const qint64 n = m_device->read(m_raw.data(), m_chunkSize);
        if (n <= 0) {
            if (n < 0)
                m_error = tr("Could not read the file: %1").arg(m_device->errorString());
            m_eof = true;
            return false;
        }
        m_decoder->decode(QByteArrayView(m_raw.constData(), n), m_buf);
        if (!m_buf.isEmpty())
            return true;
    }
}

bool VCardReader::readPhysicalLine(QString &line, bool &cut)
{
    if (m_lookahead) {
        line = std::move(*m_lookahead);
        cut = m_lookaheadCut;
        m_lookahead.reset();
        return true;
    }
    line.clear();
    cut = false;
    bool any = false;
    for (;;) {
        if (m_pos >= m_buf.size() && !fill()) {
            if (any)
                ++m_lineNumber;
            return any;
        }
        const QChar *const data = m_buf.constData();
        if (m_skipLf) {
            m_skipLf = false;
            if (data[m_pos] == u'\n') {
                ++m_pos;
                continue;
            }
        }
        qsizetype i = m_pos;
        const qsizetype size = m_buf.size();
        while (i < size && data[i] != u'\n' && data[i] != u'\r')
            ++i;
        cut = appendCapped(line, QStringView(data + m_pos, i - m_pos), m_maxLineChars) || cut;
        any = true;
        if (i == size) {
            m_pos = size;
            continue;
        }
        m_skipLf = data[i] == u'\r';
        m_pos = i + 1;
        ++m_lineNumber;
        return true;
    }
}

bool VCardReader::peekPhysicalLine()
{
    if (m_lookahead)
        return true;
    QString line;
    bool cut = false;
    if (!readPhysicalLine(line, cut))
        return false;
    m_lookahead = std::move(line);
    m_lookaheadCut = cut;
    return true;
}

// A property line with its folded continuations and quoted-printable soft
// line breaks joined.
bool VCardReader::readLogicalLine(QString &line, bool &cut)
{
    if (!readPhysicalLine(line, cut))
        return false;
    m_logicalLineNumber = m_lineNumber;
    const qsizetype colon = line.indexOf(u':');
    const bool quotedPrintable =
        colon > 0 && QStringView(line).first(colon).contains(u"QUOTED-PRINTABLE", Qt::CaseInsensitive);
    const bool keepFoldSpace = m_card && m_card->version == u"2.1";
    while (peekPhysicalLine()) {
        const QString &next = *m_lookahead;
        if (quotedPrintable && line.endsWith(u'=')) {
            const QStringView trimmed = QStringView(next).trimmed();
            if (trimmed.compare(u"END:VCARD", Qt::CaseInsensitive) == 0
                || trimmed.compare(u"BEGIN:VCARD", Qt::CaseInsensitive) == 0)
                break; // a stray '=' at the end of a card's last value
            line.chop(1);
            cut = appendCapped(line, next, m_maxLineChars) || m_lookaheadCut || cut;
        } else if (!next.isEmpty() && (next[0] == u' ' || next[0] == u'\t')) {
            cut = appendCapped(line, QStringView(next).sliced(keepFoldSpace ? 0 : 1), m_maxLineChars)
                  || m_lookaheadCut || cut;
        } else {
            break;
        }
        m_lookahead.reset();
    }
    return true;
}

void VCardReader::addProperty(const QString &line, bool cut)
{
    // Most lines of a real export (PHOTO, ADR, PRODID, X-...) are not wanted:
    // skip them by name before parsing their parameters and value.
    static const QStringList fields = {u"FN"_s, u"N"_s, u"TEL"_s, u"EMAIL"_s, u"BDAY"_s,
                                       u"CATEGORIES"_s, u"ORG"_s, u"NOTE"_s};
    qsizetype nameEnd = 0;
    while (nameEnd < line.size() && line[nameEnd] != u';' && line[nameEnd] != u':')
        ++nameEnd;
    QStringView name = QStringView(line).first(nameEnd).trimmed();
    name = name.sliced(name.indexOf(u'.') + 1);
    if (!fields.contains(name, Qt::CaseInsensitive)
        && name.compare(u"VERSION", Qt::CaseInsensitive) != 0
        && name.compare(u"X-ABLABEL", Qt::CaseInsensitive) != 0)
        return;

    const std::optional<VCardProperty> parsed = VCardProperty::parse(line);
    if (!parsed)
        return; // not a property: ignored, as other readers do
    const VCardProperty &p = *parsed;
    Card &card = *m_card;
    const auto room = [&card](qsizetype size) {
        card.dropped = card.dropped || size >= kMaxValuesPerCard;
        return size < kMaxValuesPerCard;
    };
    if (cut && fields.contains(p.name) && !card.cutProperties.contains(p.name))
        card.cutProperties << p.name;

    if (p.name == u"VERSION") {
        card.version = p.value.trimmed();
    } else if (p.name == u"FN") {
        if (card.fn.isEmpty())
            card.fn = p.text().trimmed();
    } else if (p.name == u"N") {
        if (card.n.isEmpty()) {
            for (const QString &part : p.parts(u';'))
                card.n << part.trimmed();
        }
    } else if (p.name == u"TEL") {
        QString number = p.text().trimmed();
        if (p.valueType == u"uri" || number.startsWith(u"tel:", Qt::CaseInsensitive))
            number = VCardProperty::telUriToNumber(number);
        const bool mobile = p.types.contains(u"cell"_s) || p.types.contains(u"mobile"_s)
                            || p.types.contains(u"iphone"_s);
        if (!number.isEmpty() && room(card.tels.size()))
            card.tels.append({p.group, number, mobile});
    } else if (p.name == u"EMAIL") {
        const QString email = p.text().trimmed();
        if (!email.isEmpty() && room(card.emails.size())) {
            if (card.prefEmail < 0 && p.types.contains(u"pref"))
                card.prefEmail = card.emails.size();
            card.emails << email;
        }
    } else if (p.name == u"BDAY") {
        if (card.birthday.isEmpty())
            card.birthday = normalizeBirthday(p.text(), p.omitYear);
    } else if (p.name == u"CATEGORIES") {
        for (const QString &part : p.parts(u',')) {
            const QString tag = part.trimmed();
            if (!tag.isEmpty() && !card.categories.contains(tag) && room(card.categories.size()))
                card.categories << tag;
        }
    } else if (p.name == u"ORG") {
        if (card.org.isEmpty()) {
            QStringList parts;
            for (const QString &part : p.parts(u';')) {
                const QString text = part.trimmed();
                if (!text.isEmpty())
                    parts << text;
            }
            card.org = parts.join(u", "_s);
        }
    } else if (p.name == u"NOTE") {
        const QString note = p.text().trimmed();
        if (!note.isEmpty() && room(card.notes.size()))
            card.notes << note;
    } else if (p.name == u"X-ABLABEL" && !p.group.isEmpty()) {
        card.labels.insert(p.group, p.text().trimmed());
    }
}

void VCardReader::finishCard(SourceRecord &record, const QString &missingEnd)
{
    const std::unique_ptr<Card> card = std::move(m_card);
    QStringList problems;
    if (!missingEnd.isEmpty())
        problems << missingEnd;

    QStringList fields(ColumnCount);
    const QStringList n = card->n;
    fields[FirstName] = n.value(1);
    fields[LastName] = n.value(0);
    fields[FullName] = card->fn;
    if (fields[FullName].isEmpty()) { // prefix given additional family suffix
        QStringList parts;
        for (const int i : {3, 1, 2, 0, 4}) {
            if (!n.value(i).isEmpty())
                parts << n.value(i);
        }
        fields[FullName] = parts.join(u' ');
    }

    qsizetype phone = -1;
    for (qsizetype i = 0; i < card->tels.size() && phone < 0; ++i) {
        const Card::Tel &tel = card->tels[i];
        if (tel.mobile || (!tel.group.isEmpty() && isMobileLabel(card->labels.value(tel.group))))
            phone = i;
    }
    if (phone < 0 && !card->tels.isEmpty())
        phone = 0;
    QStringList others;
    for (qsizetype i = 0; i < card->tels.size(); ++i) {
        if (i == phone)
            fields[Phone] = card->tels[i].number;
        else
            others << card->tels[i].number;
    }
    fields[OtherPhones] = others.join(kSeparator);
    fields[Email] = card->emails.value(qMax<qsizetype>(card->prefEmail, 0));
    fields[Birthday] = card->birthday;
    fields[Categories] = card->categories.join(kSeparator);
    fields[Organization] = card->org;
    fields[Note] = card->notes.join(u'\n');

    for (const QString &name : std::as_const(card->cutProperties))
        problems << tr("the value of %1 was too long and was cut").arg(name);
    const QStringList names = columns();
    for (int i = 0; i < ColumnCount; ++i) {
        if (fields[i].size() > m_maxFieldChars) {
            fields[i].truncate(m_maxFieldChars);
            problems << tr("%1 longer than %2 characters, cut").arg(names[i]).arg(m_maxFieldChars);
        }
    }
    if (card->dropped)
        problems << tr("more than %1 values of one kind: the rest were dropped").arg(kMaxValuesPerCard);

    record.row = ++m_cards + 1;
    record.fields = std::move(fields);
    record.problem = problems.join(u"; "_s);
}

} // namespace megaphone
