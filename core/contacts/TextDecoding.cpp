#include "TextDecoding.h"

#include <QIODevice>

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

// Windows-1252 0x80-0x9F. The five bytes Windows leaves undefined (0x81, 0x8D,
// 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as browsers do.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98-9F
};

// A UTF-8 validator that can be fed a file chunk by chunk: a sequence cut by a
// chunk border carries over. Rejects overlong forms, surrogates and code points
// above U+10FFFF (the same rules as QStringDecoder).
class Utf8Validator
{
public:
    // Returns false at the first invalid byte.
    bool feed(const uchar *p, qsizetype n)
    {
        const uchar *const end = p + n;
        while (p < end) {
            if (m_need == 0) {
                // Fast path: eight ASCII bytes at a time.
                while (end - p >= 8) {
                    quint64 word;
                    std::memcpy(&word, p, 8);
                    if (word & 0x8080808080808080ULL)
                        break;
                    p += 8;
                }
                if (p == end)
                    break;
                const uchar c = *p++;
                if (c < 0x80)
                    continue;
                if (c >= 0xC2 && c <= 0xDF) {
                    m_need = 1; m_lo = 0x80; m_hi = 0xBF;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    m_need = 2;
                    m_lo = c == 0xE0 ? 0xA0 : 0x80;
                    m_hi = c == 0xED ? 0x9F : 0xBF;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    m_need = 3;
                    m_lo = c == 0xF0 ? 0x90 : 0x80;
                    m_hi = c == 0xF4 ? 0x8F : 0xBF;
                } else {
                    return false;
                }
            } else {
                const uchar c = *p++;
                if (c < m_lo || c > m_hi)
                    return false;
                m_lo = 0x80;
                m_hi = 0xBF;
                --m_need;
            }
        }
        return true;
    }

private:
    int m_need = 0;
    uchar m_lo = 0x80;
    uchar m_hi = 0xBF;
};

// UTF-16 without a byte-order mark, as some tools write it: in a text of Latin
// letters every other byte is zero. Looks at up to 4 KiB of the start.
std::optional<TextDecoding::Encoding> sniffBomlessUtf16(QByteArrayView start)
{
    const qsizetype pairs = std::min<qsizetype>(start.size(), 4096) / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zeroEven += start[2 * i] == 0;
        zeroOdd += start[2 * i + 1] == 0;
    }
    if (zeroOdd * 10 >= pairs * 9 && zeroEven * 10 < pairs)
        return TextDecoding::Encoding::Utf16LE;
    if (zeroEven * 10 >= pairs * 9 && zeroOdd * 10 < pairs)
        return TextDecoding::Encoding::Utf16BE;
    return std::nullopt;
}

} // namespace

TextDecoding::TextDecoding(Encoding encoding) : m_encoding(encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        m_decoder.emplace(QStringConverter::Utf8);
        break;
    case Encoding::Utf16LE:
        m_decoder.emplace(QStringConverter::Utf16LE);
        break;
    case Encoding::Utf16BE:
        m_decoder.emplace(QStringConverter::Utf16BE);
        break;
    case Encoding::Latin1:
        m_decoder.emplace(QStringConverter::Latin1);
        break;
    case Encoding::Windows1252:
        break;
    }
}

void TextDecoding::decode(QByteArrayView bytes, QString &out)
{
    if (bytes.isEmpty())
        return;
    const qsizetype old = out.size();
    if (m_decoder) {
        // Straight into `out`: no temporary QString per chunk.
        out.resize(old + m_decoder->requiredSpace(bytes.size()));
        QChar *const begin = out.data() + old;
        QChar *const end = m_decoder->appendToBuffer(begin, bytes);
        out.truncate(old + (end - begin));
    } else {
        out.resize(old + bytes.size());
        char16_t *dst = reinterpret_cast<char16_t *>(out.data()) + old;
        for (const char byte : bytes) {
            const auto c = static_cast<uchar>(byte);
            *dst++ = (c >= 0x80 && c <= 0x9F) ? kCp1252High[c - 0x80] : char16_t(c);
        }
    }
}

bool TextDecoding::hasError() const
{
    return m_decoder && m_decoder->hasError();
}

QString TextDecoding::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return u"UTF-8"_s;
    case Encoding::Utf16LE: return u"UTF-16LE"_s;
    case Encoding::Utf16BE: return u"UTF-16BE"_s;
    case Encoding::Windows1252: return u"Windows-1252"_s;
    case Encoding::Latin1: return u"ISO-8859-1"_s;
    }
    return {};
}

std::optional<TextDecoding::Encoding> TextDecoding::fromName(QStringView name)
{
    QString key;
    for (const QChar c : name.trimmed()) {
        if (c != u'-' && c != u'_' && c != u' ')
            key += c.toLower();
    }
    if (key == u"utf8")
        return Encoding::Utf8;
    if (key == u"utf16le" || key == u"utf16" || key == u"unicode")
        return Encoding::Utf16LE;
    if (key == u"utf16be")
        return Encoding::Utf16BE;
    if (key == u"windows1252" || key == u"cp1252" || key == u"win1252" || key == u"xcp1252"
        || key == u"ansi" || key == u"1252")
        return Encoding::Windows1252;
    if (key == u"iso88591" || key == u"latin1" || key == u"l1" || key == u"iso885911987")
        return Encoding::Latin1;
    return std::nullopt;
}

std::optional<TextDecoding::Detection> TextDecoding::detectBom(QByteArrayView start)
{
    if (start.startsWith("\xEF\xBB\xBF"))
        return Detection{Encoding::Utf8, 3};
    if (start.startsWith("\xFF\xFE"))
        return Detection{Encoding::Utf16LE, 2};
    if (start.startsWith("\xFE\xFF"))
        return Detection{Encoding::Utf16BE, 2};
    return std::nullopt;
}

bool TextDecoding::isValidUtf8(QByteArrayView data)
{
    Utf8Validator validator;
    return validator.feed(reinterpret_cast<const uchar *>(data.data()), data.size());
}

TextDecoding::Detection TextDecoding::detect(QIODevice *device)
{
    constexpr qint64 kChunk = 256 * 1024;
    const QByteArray start = device->peek(4096);
    if (auto bom = detectBom(start))
        return *bom;
    if (auto utf16 = sniffBomlessUtf16(start))
        return Detection{*utf16, 0};

    Utf8Validator validator;
    bool valid = true;
    if (device->isSequential()) {
        const QByteArray head = device->peek(1024 * 1024);
        valid = validator.feed(reinterpret_cast<const uchar *>(head.constData()), head.size());
    } else {
        // The whole file: an invalid byte at row 500,000 decides it as much as
        // one on the first line. One reused buffer keeps memory flat.
        const qint64 origin = device->pos();
        QByteArray buffer(kChunk, Qt::Uninitialized);
        for (;;) {
            const qint64 n = device->read(buffer.data(), kChunk);
            if (n <= 0)
                break;
            if (!validator.feed(reinterpret_cast<const uchar *>(buffer.constData()), n)) {
                valid = false;
                break;
            }
        }
        device->seek(origin);
    }
    return Detection{valid ? Encoding::Utf8 : Encoding::Windows1252, 0};
}

std::optional<TextDecoding::Encoding> TextDecoding::choose(const QString &forcedName,
                                                          QIODevice *device, QString *error)
{
    if (forcedName.isEmpty())
        return detect(device).encoding;
    if (auto forced = fromName(forcedName))
        return forced;
    if (error)
        *error = tr("Unknown text encoding \"%1\" (use UTF-8, UTF-16LE, UTF-16BE, Windows-1252 "
                    "or ISO-8859-1).")
                     .arg(forcedName);
    return std::nullopt;
}

} // namespace megaphone
