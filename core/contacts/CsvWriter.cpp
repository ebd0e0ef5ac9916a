#include "CsvWriter.h"

#include <QIODevice>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace megaphone {

CsvWriter::CsvWriter(QIODevice *device) : m_device(device)
{
    if (m_device->pos() == 0)
        m_ok = m_device->write("\xEF\xBB\xBF") == 3;
}

QString CsvWriter::escape(const QString &field)
{
    static const QRegularExpression e164(u"^\\+[0-9]{6,15}$"_s);
    if (field.isEmpty())
        return field;
    QString text = field;
    if (QStringView(u"=+-@").contains(text.front()) &&
        !e164.match(text).hasMatch())
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
        text.contains(u'\r') || text.contains(u';') || text.front().isSpace() ||
        text.back().isSpace()) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped.append(escape(field));
    const QByteArray line = (escaped.join(u',') + u"\r\n"_s).toUtf8();
    m_ok = m_ok && m_device->write(line) == line.size();
    return m_ok;
}

} // namespace megaphone
