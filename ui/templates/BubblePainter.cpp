#include "BubblePainter.h"

#include "WhatsAppText.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetrics>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QTime>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

const QColor kBubble(0xff, 0xff, 0xff);
const QColor kText(0x11, 0x1b, 0x21);
const QColor kMeta(0x66, 0x77, 0x81); // footer and time
const QColor kButton(0x02, 0x7e, 0xb5); // button text
const QColor kMedia(0xdf, 0xe5, 0xe7);
const QColor kMediaIcon(0x86, 0x96, 0xa0);
const QColor kWallpaper(0xef, 0xea, 0xe2);
const QColor kShadow(0, 0, 0, 28);

constexpr int kPad = 9;
constexpr int kTopPad = 6;
constexpr int kBottomPad = 5;
constexpr int kInset = 3; // around the media box
constexpr int kGap = 3; // between bubble and buttons
constexpr int kFade = 18;
constexpr qreal kRadius = 7.5;

QString examplesFilled(const QString &text, const QMap<QString, QString> &examples)
{
    return MessageTemplate::substitute(
        text, [&examples](const QString &name) { return examples.value(name); });
}

QString timeText()
{
    return QTime(10, 24).toString(u"HH:mm"_s); // a time of day, as a chat shows it
}

QPainterPath bubblePath(const QRectF &rect)
{
    QPainterPath path;
    path.addRoundedRect(rect, kRadius, kRadius);
    QPainterPath tail;
    const qreal k = BubblePainter::kTail;
    tail.moveTo(rect.left() - k, rect.top());
    tail.lineTo(rect.left() + kRadius + 1, rect.top());
    tail.lineTo(rect.left(), rect.top() + k + 3);
    tail.closeSubpath();
    return path.united(tail);
}

bool hasMedia(MessageTemplate::HeaderFormat format)
{
    return format != MessageTemplate::HeaderFormat::None
        && format != MessageTemplate::HeaderFormat::Text;
}

} // namespace

BubblePainter::BubblePainter(
    const MessageTemplate &message, int width, const QFont &font, Style style)
    : m_headerFormat(message.headerFormat)
    , m_html(textHtml(message))
    , m_footer(message.footer)
    , m_width(width)
    , m_font(font)
    , m_smallFont(font)
    , m_style(style)
    , m_document(std::make_unique<QTextDocument>())
{
    m_smallFont.setPointSizeF(font.pointSizeF() * 0.82);
    for (const TemplateButton &button : message.buttons)
        m_buttons.append(buttonLabel(button));
    if (m_buttons.size() > m_style.maxButtons) {
        m_buttons = m_buttons.mid(0, m_style.maxButtons - 1);
        m_buttons.append(tr("See all options"));
    }
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(font);
    m_document->setHtml(m_html);
    m_document->setTextWidth(width - 2 * kPad);
}

BubblePainter::~BubblePainter() = default;

QString BubblePainter::textHtml(const MessageTemplate &message)
{
    QString html;
    if (message.headerFormat == MessageTemplate::HeaderFormat::Text) {
        html += u"<p style=\"margin-top:0; margin-bottom:4px; font-weight:600\">"_s
            + examplesFilled(message.headerText, message.headerExamples).toHtmlEscaped()
            + u"</p>"_s;
    }
    html += u"<p style=\"margin:0\">"_s
        + WhatsAppText::toHtml(examplesFilled(message.body, message.bodyExamples)) + u"</p>"_s;
    return html;
}

QString BubblePainter::mediaLabel(MessageTemplate::HeaderFormat format)
{
    using F = MessageTemplate::HeaderFormat;
    switch (format) {
    case F::Image:
        return tr("Image");
    case F::Video:
        return tr("Video");
    case F::Document:
        return tr("Document");
    case F::Location:
        return tr("Location");
    case F::None:
    case F::Text:
        break;
    }
    return {};
}

QString BubblePainter::buttonLabel(const TemplateButton &button)
{
    if (!button.text.isEmpty())
        return button.text;
    if (button.kind == TemplateButton::Kind::CopyCode)
        return tr("Copy offer code");
    return button.type;
}

void BubblePainter::paintChatBackground(QPainter *painter, const QRect &rect)
{
    painter->save();
    painter->fillRect(rect, kWallpaper);
    // A sparse dot pattern, like the doodles of the real wallpaper but quieter.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xd9, 0xd2, 0xc5, 120));
    painter->setRenderHint(QPainter::Antialiasing);
    for (int y = rect.top() + 12; y < rect.bottom(); y += 26) {
        const int shift = ((y - rect.top()) / 26) % 2 ? 13 : 0;
        for (int x = rect.left() + 10 + shift; x < rect.right(); x += 26)
            painter->drawEllipse(QPointF(x, y), 1.3, 1.3);
    }
    painter->restore();
}

int BubblePainter::buttonRows() const
{
    return int(m_buttons.size());
}

int BubblePainter::fixedHeight() const
{
    const QFontMetrics small(m_smallFont);
    int footer = small.height();
    if (m_style.wrapFooter && !m_footer.isEmpty()) {
        const int textWidth = m_width - 2 * kPad - small.horizontalAdvance(timeText()) - 8;
        footer = qMax(footer,
            small.boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, m_footer).height());
    }
    const int media = hasMedia(m_headerFormat) ? m_style.mediaHeight + kInset : 0;
    return kTopPad + media + 2 + footer + kBottomPad + buttonRows() * (m_style.buttonHeight + kGap);
}

int BubblePainter::textHeight(int maxHeight) const
{
    const int full = qCeil(m_document->size().height());
    if (maxHeight < 0)
        return full;
    const int lineHeight = QFontMetrics(m_font).lineSpacing();
    return qMax(lineHeight, qMin(full, maxHeight - fixedHeight()));
}

int BubblePainter::height(int maxHeight) const
{
    return fixedHeight() + textHeight(maxHeight);
}

void BubblePainter::paint(QPainter *painter, int x, int y, int maxHeight) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int text = textHeight(maxHeight);
    const int bubbleHeight = height(maxHeight) - buttonRows() * (m_style.buttonHeight + kGap);
    const QRectF bubble(x, y, m_width, bubbleHeight);

    painter->setPen(Qt::NoPen);
    painter->setBrush(kShadow);
    painter->drawPath(bubblePath(bubble.translated(0, 1)));
    painter->setBrush(kBubble);
    painter->drawPath(bubblePath(bubble));

    int top = y + kTopPad;
    if (hasMedia(m_headerFormat)) {
        paintMedia(
            painter, QRect(x + kInset, y + kInset, m_width - 2 * kInset, m_style.mediaHeight));
        top = y + kInset + m_style.mediaHeight + kTopPad;
    }

    // The text, cut with a fade when it does not fit.
    painter->save();
    painter->translate(x + kPad, top);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, kText);
    context.clip = QRectF(0, 0, m_width - 2 * kPad, text);
    painter->setClipRect(context.clip);
    m_document->documentLayout()->draw(painter, context);
    painter->restore();
    if (text < qCeil(m_document->size().height())) {
        QLinearGradient fade(0, top + text - kFade, 0, top + text);
        fade.setColorAt(0, QColor(255, 255, 255, 0));
        fade.setColorAt(1, kBubble);
        painter->fillRect(QRect(x + kPad, top + text - kFade, m_width - 2 * kPad, kFade), fade);
    }

    // Footer on the left, the time on the right of the last line.
    painter->setFont(m_smallFont);
    const QFontMetrics small(m_smallFont);
    const QString time = timeText();
    const int timeWidth = small.horizontalAdvance(time);
    const int footerTop = top + text + 2;
    const int footerBottom = y + bubbleHeight - kBottomPad;
    painter->setPen(kMeta);
    const QRect footerRect(
        x + kPad, footerTop, m_width - 2 * kPad - timeWidth - 8, footerBottom - footerTop);
    if (m_style.wrapFooter)
        painter->drawText(footerRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_footer);
    else
        painter->drawText(footerRect, Qt::AlignLeft | Qt::AlignTop,
            small.elidedText(m_footer, Qt::ElideRight, footerRect.width()));
    painter->drawText(QRect(x + m_width - kPad - timeWidth, footerBottom - small.height(),
                          timeWidth, small.height()),
        Qt::AlignRight | Qt::AlignVCenter, time);

    paintButtons(painter, x, y + bubbleHeight + kGap);
    painter->restore();
}

void BubblePainter::paintMedia(QPainter *painter, const QRect &rect) const
{
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(kMedia);
    painter->drawRoundedRect(rect, kRadius - 2, kRadius - 2);

    const QFontMetrics small(m_smallFont);
    const qreal s = qBound(14, rect.height() / 3, 34);
    const QPointF c(rect.center().x() + 0.5, rect.center().y() - small.height() / 2.0);
    const QRectF icon(c.x() - s / 2, c.y() - s / 2, s, s);
    QPen pen(kMediaIcon, qMax(1.5, s / 14));
    pen.setJoinStyle(Qt::RoundJoin);
    using F = MessageTemplate::HeaderFormat;
    if (m_headerFormat == F::Image) {
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const QRectF frame = icon.adjusted(0, s * 0.12, 0, -s * 0.12);
        painter->drawRoundedRect(frame, s * 0.1, s * 0.1);
        QPainterPath hills;
        hills.moveTo(frame.left() + s * 0.08, frame.bottom() - s * 0.1);
        hills.lineTo(frame.left() + s * 0.38, frame.top() + s * 0.38);
        hills.lineTo(frame.left() + s * 0.6, frame.bottom() - s * 0.28);
        hills.lineTo(frame.left() + s * 0.72, frame.top() + s * 0.5);
        hills.lineTo(frame.right() - s * 0.08, frame.bottom() - s * 0.1);
        painter->drawPath(hills);
        painter->drawEllipse(
            QPointF(frame.right() - s * 0.25, frame.top() + s * 0.22), s * 0.07, s * 0.07);
    } else if (m_headerFormat == F::Video) {
        painter->setBrush(kMediaIcon);
        painter->drawEllipse(icon);
        QPainterPath play;
        play.moveTo(c.x() - s * 0.14, c.y() - s * 0.22);
        play.lineTo(c.x() + s * 0.24, c.y());
        play.lineTo(c.x() - s * 0.14, c.y() + s * 0.22);
        play.closeSubpath();
        painter->fillPath(play, kMedia);
    } else if (m_headerFormat == F::Document) {
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const qreal l = c.x() - s * 0.36, r = c.x() + s * 0.36, f = s * 0.26;
        QPainterPath page;
        page.moveTo(l, icon.top());
        page.lineTo(r - f, icon.top());
        page.lineTo(r, icon.top() + f);
        page.lineTo(r, icon.bottom());
        page.lineTo(l, icon.bottom());
        page.closeSubpath();
        page.moveTo(r - f, icon.top());
        page.lineTo(r - f, icon.top() + f);
        page.lineTo(r, icon.top() + f);
        painter->drawPath(page);
        for (int i = 1; i <= 3; ++i) {
            const qreal ly = icon.top() + f + i * s * 0.16;
            painter->drawLine(QPointF(l + s * 0.14, ly), QPointF(r - s * 0.14, ly));
        }
    } else if (m_headerFormat == F::Location) {
        painter->setBrush(kMediaIcon);
        QPainterPath pin;
        pin.addEllipse(QPointF(c.x(), c.y() - s * 0.12), s * 0.3, s * 0.3);
        QPainterPath point;
        point.moveTo(c.x() - s * 0.26, c.y() - s * 0.02);
        point.lineTo(c.x(), c.y() + s * 0.5);
        point.lineTo(c.x() + s * 0.26, c.y() - s * 0.02);
        point.closeSubpath();
        painter->drawPath(pin.united(point));
        painter->setBrush(kMedia);
        painter->drawEllipse(QPointF(c.x(), c.y() - s * 0.12), s * 0.11, s * 0.11);
    }
    painter->setFont(m_smallFont);
    painter->setPen(kMeta);
    painter->drawText(QRectF(rect.left(), icon.bottom() + 3, rect.width(), small.height()),
        Qt::AlignHCenter | Qt::AlignTop, mediaLabel(m_headerFormat));
    painter->restore();
}

void BubblePainter::paintButtons(QPainter *painter, int x, int y) const
{
    QFont font = m_font;
    font.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    painter->setFont(font);
    for (const QString &label : m_buttons) {
        const QRectF row(x, y, m_width, m_style.buttonHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(kShadow);
        painter->drawRoundedRect(row.translated(0, 1), kRadius, kRadius);
        painter->setBrush(kBubble);
        painter->drawRoundedRect(row, kRadius, kRadius);
        painter->setPen(kButton);
        painter->drawText(
            row, Qt::AlignCenter, metrics.elidedText(label, Qt::ElideRight, m_width - 2 * kPad));
        y += m_style.buttonHeight + kGap;
    }
}

} // namespace megaphone
