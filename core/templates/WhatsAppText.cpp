#include "WhatsAppText.h"

using namespace Qt::StringLiterals;

namespace megaphone::WhatsAppText {

namespace {

// WhatsApp takes a marker as formatting only at a word boundary: an opening marker
// follows the start or a character that is no letter or digit and is followed by a
// non-space; a closing marker follows a non-space and is followed by the end or a
// character that is no letter or digit ("2*3*4" and snake_case stay as they are).
// Formatting other than ```monospace``` stays on one line.
class Formatter
{
public:
    explicit Formatter(bool html) : m_html(html) { }

    QString format(QStringView text) const
    {
        QString out;
        qsizetype i = 0;
        while (i < text.size()) {
            if (const qsizetype end = tryBlock(text, i, out); end > i) {
                i = end;
                continue;
            }
            if (const qsizetype end = trySpan(text, i, out); end > i) {
                i = end;
                continue;
            }
            appendEscaped(out, text.mid(i, 1));
            ++i;
        }
        return out;
    }

private:
    static bool isWordChar(QChar c) { return c.isLetterOrNumber(); }

    static bool opensAt(QStringView text, qsizetype i, qsizetype markerLength)
    {
        if (i > 0 && isWordChar(text.at(i - 1)))
            return false;
        const qsizetype next = i + markerLength;
        return next < text.size() && !text.at(next).isSpace();
    }

    static bool closesAt(QStringView text, qsizetype j, qsizetype markerLength)
    {
        if (text.at(j - 1).isSpace())
            return false;
        const qsizetype after = j + markerLength;
        return after >= text.size() || !isWordChar(text.at(after));
    }

    // The closing marker for an opening one at `i`, or -1.
    static qsizetype closingFor(QStringView text, qsizetype i, QStringView marker, bool multiline)
    {
        const qsizetype length = marker.size();
        for (qsizetype j = i + length + 1; j + length <= text.size(); ++j) {
            if (!multiline && text.at(j - 1) == u'\n')
                return -1;
            if (text.mid(j, length) == marker && closesAt(text, j, length))
                return j;
        }
        return -1;
    }

    // ```monospace```, possibly over several lines, shown as it is written.
    qsizetype tryBlock(QStringView text, qsizetype i, QString &out) const
    {
        const QStringView marker = u"```";
        if (text.mid(i, 3) != marker || !opensAt(text, i, 3))
            return i;
        const qsizetype close = closingFor(text, i, marker, true);
        if (close < 0)
            return i;
        wrap(out, u"tt", text.mid(i + 3, close - i - 3), false);
        return close + 3;
    }

    // *bold*, _italic_, ~strike~ (nested formatting allowed) and `code` (not formatted).
    qsizetype trySpan(QStringView text, qsizetype i, QString &out) const
    {
        const QChar c = text.at(i);
        QStringView tag;
        if (c == u'*')
            tag = u"b";
        else if (c == u'_')
            tag = u"i";
        else if (c == u'~')
            tag = u"s";
        else if (c == u'`')
            tag = u"code";
        else
            return i;
        if (!opensAt(text, i, 1))
            return i;
        const qsizetype close = closingFor(text, i, text.mid(i, 1), false);
        if (close < 0)
            return i;
        wrap(out, tag, text.mid(i + 1, close - i - 1), c != u'`');
        return close + 1;
    }

    void wrap(QString &out, QStringView tag, QStringView inner, bool formatInner) const
    {
        if (m_html) {
            out += u'<';
            out += tag;
            out += u'>';
        }
        if (formatInner)
            out += format(inner);
        else
            appendEscaped(out, inner);
        if (m_html) {
            out += u"</";
            out += tag;
            out += u'>';
        }
    }

    void appendEscaped(QString &out, QStringView text) const
    {
        if (!m_html) {
            out += text;
            return;
        }
        for (const QChar c : text) {
            if (c == u'<')
                out += u"&lt;";
            else if (c == u'>')
                out += u"&gt;";
            else if (c == u'&')
                out += u"&amp;";
            else if (c == u'"')
                out += u"&quot;";
            else if (c == u'\n')
                out += u"<br>";
            else
                out += c;
        }
    }

    bool m_html;
};

} // namespace

QString toHtml(const QString &text)
{
    return Formatter(true).format(text);
}

QString toPlain(const QString &text)
{
    return Formatter(false).format(text);
}

} // namespace megaphone::WhatsAppText
