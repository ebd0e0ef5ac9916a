#include "VCardProperty.h"

#include "TextDecoding.h"

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    const auto hex = [](char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '=') {
            if (i + 2 < in.size() && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.append(char(hex(in[i + 1]) * 16 + hex(in[i + 2])));
                i += 2;
                continue;
            }
            if (i + 1 == in.size())
                break; // a soft line break left at the very end
        }
        out.append(c);
    }
    return out;
}

QString decodeCharset(const QByteArray &bytes, const QString &charset)
{
    std::optional<TextDecoding::Encoding> encoding = TextDecoding::fromName(charset);
    if (!encoding && !charset.isEmpty()) {
        // Whatever else this Qt knows (all of ICU's, when built with it).
        QStringDecoder other(charset.toLatin1().constData());
        if (other.isValid())
            return other.decode(bytes);
    }
    if (!encoding) {
        encoding = TextDecoding::isValidUtf8(bytes) ? TextDecoding::Encoding::Utf8
                                                    : TextDecoding::Encoding::Windows1252;
    }
    TextDecoding decoder(*encoding);
    QString out;
    decoder.decode(bytes, out);
    return out;
}

QString unescape(QStringView text)
{
    if (!text.contains(u'\\'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\\' || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar e = text[++i];
        if (e == u'n' || e == u'N')
            out += u'\n';
        else if (e == u',' || e == u';' || e == u'\\' || e == u':')
            out += e;
        else // not an escape: keep the backslash
            out += QString(c) + e;
    }
    return out;
}

// Splits on `separator` where it is not escaped with a backslash.
QList<QStringView> splitUnescaped(QStringView text, QChar separator)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\') {
            ++i;
        } else if (text[i] == separator) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

// Splits on `separator` outside double quotes (parameter lists).
QList<QStringView> splitOutsideQuotes(QStringView text, QChar separator)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'"')
            quoted = !quoted;
        else if (text[i] == separator && !quoted) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

QString unquote(QStringView value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.sliced(1, value.size() - 2);
    return value.toString();
}

} // namespace

std::optional<VCardProperty> VCardProperty::parse(const QString &line)
{
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size() && colon < 0; ++i) {
        if (line[i] == u'"')
            quoted = !quoted;
        else if (line[i] == u':' && !quoted)
            colon = i;
    }
    if (colon <= 0)
        return std::nullopt;
    const QList<QStringView> head = splitOutsideQuotes(QStringView(line).first(colon), u';');
    VCardProperty p;
    const QStringView groupAndName = head[0].trimmed();
    const qsizetype dot = groupAndName.indexOf(u'.');
    p.group = groupAndName.first(qMax<qsizetype>(dot, 0)).toString().toLower();
    p.name = groupAndName.sliced(dot + 1).toString().toUpper();
    if (p.name.isEmpty())
        return std::nullopt;
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QStringView param = head[i].trimmed();
        const qsizetype eq = param.indexOf(u'=');
        if (eq < 0) { // 2.1: TEL;CELL;PREF, NOTE;QUOTED-PRINTABLE
            const QString bare = param.toString().toUpper();
            if (bare == u"QUOTED-PRINTABLE" || bare == u"BASE64" || bare == u"B")
                p.encoding = bare;
            else if (!bare.isEmpty())
                p.types << bare.toLower();
            continue;
        }
        const QString key = param.first(eq).trimmed().toString().toUpper();
        const QString value = unquote(param.sliced(eq + 1));
        if (key == u"TYPE") {
            for (const QStringView type : QStringView(value).split(u','))
                p.types << type.trimmed().toString().toLower();
        } else if (key == u"ENCODING") {
            p.encoding = value.toUpper();
        } else if (key == u"CHARSET") {
            p.charset = value;
        } else if (key == u"VALUE") {
            p.valueType = value.toLower();
        } else if (key == u"PREF") {
            p.types << u"pref"_s;
        } else if (key == u"X-APPLE-OMIT-YEAR") {
            p.omitYear = value;
        }
    }
    p.value = line.sliced(colon + 1);
    return p;
}

QString VCardProperty::text() const
{
    return decode(value);
}

QStringList VCardProperty::parts(QChar separator) const
{
    QStringList out;
    for (const QStringView part : splitUnescaped(value, separator))
        out << decode(part);
    return out;
}

QString VCardProperty::decode(QStringView raw) const
{
    if (encoding == u"QUOTED-PRINTABLE")
        return unescape(decodeCharset(decodeQuotedPrintable(raw.toUtf8()), charset));
    if (encoding == u"B" || encoding == u"BASE64")
        return QString(); // photos, sounds, keys: not contact fields
    return unescape(raw);
}

QString VCardProperty::telUriToNumber(QStringView uri)
{
    if (uri.startsWith(u"tel:", Qt::CaseInsensitive))
        uri = uri.sliced(4);
    const QList<QStringView> parts = uri.split(u';');
    QString number = parts.value(0).toString();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i].startsWith(u"ext=", Qt::CaseInsensitive)) {
            number += u" ext. "_s;
            number += parts[i].sliced(4);
        }
    }
    return number;
}

} // namespace megaphone
