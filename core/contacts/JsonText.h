#pragma once

#include <QString>
#include <QStringView>

namespace megaphone {

// Appends `text` as a JSON string, quotes included. The import writes its tag lists
// and custom attributes by hand with this: QJsonDocument took ~10,000 instructions
// a row there.
inline void appendJsonString(QString &out, QStringView text)
{
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c.unicode() < 0x20) {
            out += QLatin1StringView("\\u00");
            out += QChar(u"0123456789abcdef"[c.unicode() >> 4]);
            out += QChar(u"0123456789abcdef"[c.unicode() & 0xf]);
        } else {
            out += c;
        }
    }
    out += u'"';
}

} // namespace megaphone
