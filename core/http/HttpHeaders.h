#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace megaphone {

// Header fields in wire order, names as received (compare case-insensitively).
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

} // namespace megaphone
