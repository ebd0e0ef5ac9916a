#pragma once

#include "MessageTemplate.h"

#include <QCoreApplication>
#include <QFont>
#include <QStringList>

#include <memory>

class QPainter;
class QRect;
class QTextDocument;

namespace megaphone {

// A message template drawn the way WhatsApp shows it to the customer: a white
// incoming bubble with a tail on the beige chat background, the header (bold text,
// or a grey box for the image, video, document or location), the body with its
// markup rendered and the example values filled in, the footer in small grey, and
// the buttons as separate rows under the bubble. Used by the cards of the grid
// (TemplateCardDelegate, with a height limit: the body is cut with a fade) and by
// the large preview (TemplatePreview, in full).
//
// Laying out the text is the costly part, so one painter is made per template and
// width and kept (the delegate caches them); painting is cheap.
class BubblePainter
{
    Q_DECLARE_TR_FUNCTIONS(BubblePainter)

public:
    struct Style
    {
        int mediaHeight = 72;
        int buttonHeight = 30;
        int maxButtons = 3; // more are folded into "See all options", as WhatsApp does
        bool wrapFooter = false;
    };

    BubblePainter(const MessageTemplate &message, int width, const QFont &font, Style style);
    ~BubblePainter();

    // Header text and body with the example values, as HTML (the body's WhatsApp
    // markup as <b>, <i>, <s> and <code>).
    static QString textHtml(const MessageTemplate &message);
    // What the header box says for a media or location header ("Image"...).
    static QString mediaLabel(MessageTemplate::HeaderFormat format);
    static QString buttonLabel(const TemplateButton &button);
    // The beige chat wallpaper, with a faint pattern.
    static void paintChatBackground(QPainter *painter, const QRect &rect);

    QString html() const { return m_html; }
    QString footer() const { return m_footer; }
    int width() const { return m_width; }
    // The height of bubble and buttons, the body cut to fit `maxHeight` (-1: no limit).
    int height(int maxHeight = -1) const;
    // Paints at `x`, `y` (the tail sticks out 8 pixels to the left of `x`).
    void paint(QPainter *painter, int x, int y, int maxHeight = -1) const;

    static constexpr int kTail = 8;

private:
    int fixedHeight() const; // everything but the text
    int textHeight(int maxHeight) const;
    int buttonRows() const;
    void paintMedia(QPainter *painter, const QRect &rect) const;
    void paintButtons(QPainter *painter, int x, int y) const;

    MessageTemplate::HeaderFormat m_headerFormat;
    QString m_html;
    QString m_footer;
    QStringList m_buttons;
    int m_width;
    QFont m_font;
    QFont m_smallFont;
    Style m_style;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace megaphone
