#pragma once

#include <QStringList>

class QIODevice;

namespace megaphone {

// Writes RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel opens it right)
// and CRLF line ends. Fields are quoted when they need it. Cells that a
// spreadsheet would run as a formula (=, +, -, @ first) are prefixed with an
// apostrophe, except phone numbers in E.164.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);

    bool writeRow(const QStringList &fields);
    bool ok() const { return m_ok; }

    static QString escape(const QString &field);

private:
    QIODevice *m_device;
    bool m_ok = true;
};

} // namespace megaphone
