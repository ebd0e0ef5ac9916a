#pragma once

#include <QColor>
#include <QPalette>

namespace megaphone::DashboardColors {

// One colour per recipient state, the same in the funnel, the chart and the gauge; chosen
// to stay apart for the common colour-vision deficiencies and readable on light and dark.
inline QColor total() { return QColor(0x5b, 0x6b, 0x7f); }
inline QColor sent() { return QColor(0x2f, 0x6f, 0xdb); }
inline QColor delivered() { return QColor(0x1f, 0x9d, 0x8a); }
inline QColor read() { return QColor(0x2e, 0x7d, 0x32); }
inline QColor replied() { return QColor(0x8e, 0x5c, 0xd9); }
inline QColor pending() { return QColor(0xa3, 0xb1, 0xc2); }
inline QColor sending() { return QColor(0x4f, 0xb3, 0xe8); }
inline QColor failed() { return QColor(0xd6, 0x45, 0x45); }
inline QColor skipped() { return QColor(0x9e, 0x9e, 0x9e); }
inline QColor unknown() { return QColor(0xe0, 0x8a, 0x1e); }
inline QColor cap() { return QColor(0xd6, 0x45, 0x45); }

// The empty part of a bar: the text colour, faint.
inline QColor track(const QPalette &palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlphaF(0.08f);
    return c;
}

} // namespace megaphone::DashboardColors
