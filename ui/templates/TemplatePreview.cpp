#include "TemplatePreview.h"

#include "BubblePainter.h"
#include "TemplateCardDelegate.h"
#include "widgets/StatusText.h"

#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
constexpr int kChatPad = 18;
constexpr int kMaxBubbleWidth = 420;

QString parameterKind(TemplateParameter::Kind kind)
{
    using K = TemplateParameter::Kind;
    switch (kind) {
    case K::HeaderText:
        return TemplatePreview::tr("header text");
    case K::HeaderMedia:
        return TemplatePreview::tr("header media link");
    case K::HeaderLocation:
        return TemplatePreview::tr("location");
    case K::BodyText:
        return TemplatePreview::tr("body text");
    case K::ButtonUrlSuffix:
        return TemplatePreview::tr("end of the button's link");
    case K::ButtonPayload:
        return TemplatePreview::tr("quick-reply payload (optional)");
    case K::ButtonCouponCode:
        return TemplatePreview::tr("coupon code");
    }
    return {};
}
} // namespace

// The chat background with the whole bubble, as tall as the bubble needs.
class TemplatePreview::BubbleView : public QWidget
{
public:
    using QWidget::QWidget;

    void setMessage(const std::optional<MessageTemplate> &message)
    {
        m_message = message;
        relayout();
    }
    const BubblePainter *painter() const { return m_painter.get(); }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        if (!m_painter || m_painter->width() != bubbleWidth())
            relayout();
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        BubblePainter::paintChatBackground(&painter, rect());
        if (m_painter)
            m_painter->paint(&painter, kChatPad + BubblePainter::kTail, kChatPad);
    }

private:
    int bubbleWidth() const
    {
        return qBound(160, width() - 2 * kChatPad - BubblePainter::kTail - 30, kMaxBubbleWidth);
    }

    void relayout()
    {
        if (!m_message) {
            m_painter.reset();
            setMinimumHeight(120);
        } else {
            BubblePainter::Style style;
            style.mediaHeight = 150;
            style.buttonHeight = 36;
            style.wrapFooter = true;
            m_painter = std::make_unique<BubblePainter>(*m_message, bubbleWidth(), font(), style);
            setMinimumHeight(m_painter->height() + 2 * kChatPad);
        }
        update();
    }

    std::optional<MessageTemplate> m_message;
    std::unique_ptr<BubblePainter> m_painter;
};

TemplatePreview::TemplatePreview(QWidget *parent)
    : QWidget(parent)
    , m_bubble(new BubbleView(this))
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_parameters(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select a template to see it here."), this))
{
    setObjectName(u"templatePreview"_s);
    m_bubble->setObjectName(u"previewBubble"_s);
    m_name->setObjectName(u"previewName"_s);
    m_details->setObjectName(u"previewDetails"_s);
    m_parameters->setObjectName(u"previewParameters"_s);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : { m_details, m_parameters }) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(10);
    layout->addWidget(m_name);
    layout->addWidget(m_bubble);
    layout->addWidget(m_details);
    layout->addWidget(m_parameters);
    layout->addWidget(m_placeholder);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    clear();
}

void TemplatePreview::setEntry(const TemplateEntry &entry)
{
    m_entry = entry;
    m_bubble->setMessage(entry.message);
    showDetails();
}

void TemplatePreview::clear()
{
    m_entry.reset();
    m_bubble->setMessage(std::nullopt);
    m_parameterLines.clear();
    for (QWidget *widget :
        std::initializer_list<QWidget *> { m_name, m_bubble, m_details, m_parameters })
        widget->hide();
    m_placeholder->show();
}

QString TemplatePreview::renderedHtml() const
{
    const BubblePainter *painter = m_bubble->painter();
    if (!painter)
        return {};
    return painter->html() + u"<p>"_s + painter->footer().toHtmlEscaped() + u"</p>"_s;
}

QStringList TemplatePreview::parameterLines() const
{
    return m_parameterLines;
}

void TemplatePreview::showDetails()
{
    const TemplateEntry &entry = *m_entry;
    m_placeholder->hide();
    for (QWidget *widget :
        std::initializer_list<QWidget *> { m_name, m_bubble, m_details, m_parameters })
        widget->show();
    m_name->setText(entry.record.name);

    const auto [statusText, statusBack] = TemplateCardDelegate::statusColors(entry.record.status);
    const auto row = [](const QString &label, const QString &value) -> QString {
        return u"<tr><td style=\"padding-right:12px; color:#667781\">"_s + label.toHtmlEscaped()
            + u"</td><td>"_s + value + u"</td></tr>"_s;
    };
    const QString status
        = u"<span style=\"color:%1; background:%2\">&nbsp;%3&nbsp;</span>"_s.arg(statusText.name(),
            statusBack.name(), StatusText::templateStatus(entry.record.status).toHtmlEscaped());
    m_details->setText(u"<table>"_s + row(tr("Status"), status)
        + row(tr("Category"), StatusText::templateCategory(entry.record.category).toHtmlEscaped())
        + row(tr("Language"), entry.record.language.toHtmlEscaped())
        + row(tr("Sender account"), entry.accountLabel.toHtmlEscaped())
        + row(tr("Variables"),
            entry.record.parameterFormat == u"NAMED" ? tr("named, like {{first_name}}")
                                                     : tr("numbered, like {{1}}"))
        + u"</table>"_s);

    m_parameterLines.clear();
    const QList<TemplateParameter> parameters = entry.message.parameters();
    if (parameters.isEmpty()) {
        m_parameters->setText(u"<b>"_s + tr("Parameters").toHtmlEscaped() + u"</b><br>"_s
            + tr("None: every recipient gets the same message.").toHtmlEscaped());
        return;
    }
    QString table = u"<b>"_s + tr("Parameters").toHtmlEscaped()
        + u"</b><table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s
        + u"<tr><th align=\"left\">"_s + tr("Parameter").toHtmlEscaped()
        + u"</th><th align=\"left\">"_s + tr("Example").toHtmlEscaped() + u"</th></tr>"_s;
    for (const TemplateParameter &p : parameters) {
        m_parameterLines.append(p.id + u": "_s + p.example);
        table += u"<tr><td><code>"_s + p.id.toHtmlEscaped() + u"</code><br><small>"_s
            + parameterKind(p.kind).toHtmlEscaped() + u"</small></td><td>"_s
            + (p.example.isEmpty() ? u"—"_s : p.example.toHtmlEscaped()) + u"</td></tr>"_s;
    }
    m_parameters->setText(table + u"</table>"_s);
}

} // namespace megaphone
