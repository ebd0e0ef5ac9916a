#include "PageTitle.h"

namespace megaphone {

PageTitle::PageTitle(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    setFont(titleFont);
    setContentsMargins(0, 0, 0, 6);
}

} // namespace megaphone
