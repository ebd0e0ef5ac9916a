#include "ProgressDelegate.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace megaphone {

namespace {

constexpr int kMarginX = 8;
constexpr int kBarHeight = 6;
constexpr int kGap = 8;

} // namespace

ProgressDelegate::ProgressDelegate(int doneRole, int totalRole, QObject *parent)
    : QStyledItemDelegate(parent), m_doneRole(doneRole), m_totalRole(totalRole)
{
}

// A thin rounded bar with the percentage after it: calmer in a table than the style's
// full-height progress bar, and readable on a selected row too.
void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    // The background (selection, alternating rows) as for any cell, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const qint64 total = index.data(m_totalRole).toLongLong();
    if (total <= 0)
        return;
    const qint64 done = qBound<qint64>(0, index.data(m_doneRole).toLongLong(), total);
    const QLocale locale;
    const QString percent = locale.toString(double(done) * 100.0 / double(total), 'f', 0)
                            + locale.percent();
    const bool selected = option.state & QStyle::State_Selected;
    const QRect cell = option.rect.adjusted(kMarginX, 0, -kMarginX, 0);
    const int textWidth = option.fontMetrics.horizontalAdvance(locale.toString(100) + locale.percent());
    const QRectF track(cell.left(), cell.center().y() - kBarHeight / 2.0 + 1,
                       qMax(0, cell.width() - textWidth - kGap), kBarHeight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, selected ? 70 : 28));
    painter->drawRoundedRect(track, kBarHeight / 2.0, kBarHeight / 2.0);
    QRectF filled = track;
    filled.setWidth(track.width() * double(done) / double(total));
    const QColor fill = selected ? option.palette.color(QPalette::HighlightedText)
                                 : done == total ? QColor(0x2e, 0x7d, 0x32)
                                                 : option.palette.color(QPalette::Highlight);
    painter->setBrush(fill);
    if (filled.width() > 0)
        painter->drawRoundedRect(filled, kBarHeight / 2.0, kBarHeight / 2.0);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(cell.right() - textWidth, cell.top(), textWidth, cell.height()),
                      Qt::AlignRight | Qt::AlignVCenter, percent);
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 140));
    return size;
}

} // namespace megaphone
