#pragma once

#include "BubblePainter.h"

#include <QCache>
#include <QStyledItemDelegate>

class QSortFilterProxyModel;

namespace megaphone {

class TemplateListModel;

// Paints one template as a card of the grid: name, status chip, language, category
// and account above a piece of chat with the template's bubble (BubblePainter),
// its body cut to the card's fixed height. The laid-out bubbles are kept in a
// bounded cache, so scrolling through a thousand cards lays each out once.
class TemplateCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr QSize kCardSize { 312, 292 };

    TemplateCardDelegate(const TemplateListModel *model, const QSortFilterProxyModel *proxy,
        QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The status chip's colours (text, background), shared with the preview.
    static std::pair<QColor, QColor> statusColors(const QString &status);
    static void paintChip(
        QPainter *painter, const QRect &rect, const QString &status, const QFont &font);
    static QSize chipSize(const QString &status, const QFont &font);

private:
    const BubblePainter *bubbleFor(int sourceRow, int width, const QFont &font) const;

    const TemplateListModel *m_model;
    const QSortFilterProxyModel *m_proxy;
    mutable QCache<qint64, BubblePainter> m_bubbles { 400 };
};

} // namespace megaphone
