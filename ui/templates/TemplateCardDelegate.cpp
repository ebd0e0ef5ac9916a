#include "TemplateCardDelegate.h"

#include "BubblePainter.h"
#include "TemplateListModel.h"
#include "widgets/StatusText.h"

#include <QPainter>
#include <QPainterPath>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
constexpr int kMargin = 6; // around the card, inside the grid cell
constexpr int kPad = 12; // inside the card
constexpr int kHeader = 54; // name, chip and details
constexpr int kChatPad = 10;

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}
} // namespace

TemplateCardDelegate::TemplateCardDelegate(
    const TemplateListModel *model, const QSortFilterProxyModel *proxy, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model), m_proxy(proxy)
{
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_bubbles.clear(); });
}

QSize TemplateCardDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return kCardSize;
}

std::pair<QColor, QColor> TemplateCardDelegate::statusColors(const QString &status)
{
    const QString key = status.toUpper();
    if (key == u"APPROVED")
        return { QColor(0x13, 0x73, 0x33), QColor(0xe6, 0xf4, 0xea) };
    if (key == u"PENDING" || key == u"IN_APPEAL")
        return { QColor(0x8a, 0x4b, 0x00), QColor(0xfe, 0xf0, 0xc7) };
    return { QColor(0xb3, 0x1d, 0x1d), QColor(0xfc, 0xe8, 0xe6) };
}

QSize TemplateCardDelegate::chipSize(const QString &status, const QFont &font)
{
    const QFontMetrics metrics(smallFont(font));
    return { metrics.horizontalAdvance(StatusText::templateStatus(status)) + 16,
        metrics.height() + 4 };
}

void TemplateCardDelegate::paintChip(
    QPainter *painter, const QRect &rect, const QString &status, const QFont &font)
{
    const auto [text, background] = statusColors(status);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
    QFont chipFont = smallFont(font);
    chipFont.setWeight(QFont::DemiBold);
    painter->setFont(chipFont);
    painter->setPen(text);
    painter->drawText(rect, Qt::AlignCenter, StatusText::templateStatus(status));
    painter->restore();
}

const BubblePainter *TemplateCardDelegate::bubbleFor(
    int sourceRow, int width, const QFont &font) const
{
    const TemplateEntry &entry = m_model->entry(sourceRow);
    BubblePainter *bubble = m_bubbles.object(entry.record.id);
    if (bubble && bubble->width() == width)
        return bubble;
    BubblePainter::Style style;
    style.mediaHeight = 64;
    style.buttonHeight = 28;
    style.maxButtons = 2;
    bubble = new BubblePainter(entry.message, width, font, style);
    m_bubbles.insert(entry.record.id, bubble);
    return bubble;
}

void TemplateCardDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int row = m_proxy->mapToSource(index).row();
    if (row < 0)
        return;
    const TemplateEntry &entry = m_model->entry(row);
    const QRect card = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    painter->fillPath(outline, palette.base());

    // Name and status chip, then language, category and account.
    const QSize chip = chipSize(entry.record.status, option.font);
    const QRect chipRect(
        card.right() - kPad - chip.width(), card.top() + 10, chip.width(), chip.height());
    paintChip(painter, chipRect, entry.record.status, option.font);
    QFont nameFont = option.font;
    nameFont.setWeight(QFont::DemiBold);
    painter->setFont(nameFont);
    painter->setPen(palette.color(QPalette::Text));
    const QRect nameRect(card.left() + kPad, chipRect.top(),
        chipRect.left() - card.left() - kPad - 8, chipRect.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(nameFont).elidedText(entry.record.name, Qt::ElideRight, nameRect.width()));
    const QFont small = smallFont(option.font);
    painter->setFont(small);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QString details = QStringList { entry.record.language,
        StatusText::templateCategory(entry.record.category), entry.accountLabel }
                                .join(u"  ·  "_s);
    const QRect detailsRect(card.left() + kPad, chipRect.bottom() + 5, card.width() - 2 * kPad,
        QFontMetrics(small).height());
    painter->drawText(detailsRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(details, Qt::ElideRight, detailsRect.width()));

    // The piece of chat with the bubble.
    const QRect chat(
        card.left() + 1, card.top() + kHeader, card.width() - 2, card.height() - kHeader - 1);
    QPainterPath chatShape;
    chatShape.addRoundedRect(QRectF(chat), 9, 9);
    QPainterPath topHalf;
    topHalf.addRect(QRectF(chat.left(), chat.top(), chat.width(), 12));
    painter->save();
    painter->setClipPath(chatShape.united(topHalf));
    BubblePainter::paintChatBackground(painter, chat);
    const int bubbleX = chat.left() + kChatPad + BubblePainter::kTail;
    const int bubbleWidth = chat.right() - bubbleX - kChatPad - 18;
    bubbleFor(row, bubbleWidth, option.font)
        ->paint(painter, bubbleX, chat.top() + kChatPad, chat.height() - 2 * kChatPad);
    painter->restore();

    QPen border(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
        selected ? 2.5 : 1);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(outline);
    if (option.state & QStyle::State_HasFocus && !selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->drawPath(outline);
    }
    painter->restore();
}

} // namespace megaphone
