#include "SampleMessagePreview.h"

#include "ParameterMappingTable.h"
#include "TemplateRenderer.h"
#include "templates/BubblePainter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
constexpr int kChatPad = 16;
constexpr int kMaxBubbleWidth = 340;

// "Body {{1}}, Header {{1}}" for parameter ids.
QString labelsOf(const QStringList &ids, const MessageTemplate &message)
{
    QStringList labels;
    for (const TemplateParameter &parameter : message.parameters()) {
        if (ids.contains(parameter.id))
            labels.append(ParameterMappingTable::parameterLabel(parameter, message));
    }
    return labels.join(u", "_s);
}
} // namespace

// The chat background with the whole bubble.
class SampleMessagePreview::Bubble : public QWidget
{
public:
    using QWidget::QWidget;

    void setMessage(const std::optional<MessageTemplate> &message)
    {
        m_message = message;
        relayout();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        if (m_painter && m_painter->width() != bubbleWidth())
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
        return qBound(160, width() - 2 * kChatPad - BubblePainter::kTail - 24, kMaxBubbleWidth);
    }

    void relayout()
    {
        m_painter.reset();
        if (m_message) {
            BubblePainter::Style style;
            style.mediaHeight = 120;
            style.buttonHeight = 34;
            style.wrapFooter = true;
            m_painter = std::make_unique<BubblePainter>(*m_message, bubbleWidth(), font(), style);
        }
        setMinimumHeight(m_painter ? m_painter->height() + 2 * kChatPad : 120);
        update();
    }

    std::optional<MessageTemplate> m_message;
    std::unique_ptr<BubblePainter> m_painter;
};

SampleMessagePreview::SampleMessagePreview(QWidget *parent)
    : QWidget(parent), m_contact(new QComboBox(this)), m_bubble(new Bubble(this)),
      m_note(new QLabel(this))
{
    setObjectName(u"sampleMessagePreview"_s);
    m_contact->setObjectName(u"previewContact"_s);
    m_contact->setAccessibleName(tr("Contact to preview the message for"));
    m_bubble->setObjectName(u"previewBubble"_s);
    m_note->setObjectName(u"previewNote"_s);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(u"color: #c62828;"_s);
    m_note->hide();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_bubble);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Preview for"), this));
    top->addWidget(m_contact, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_note);
    connect(m_contact, &QComboBox::currentIndexChanged, this, &SampleMessagePreview::refresh);
}

SampleMessagePreview::~SampleMessagePreview() = default;

QString SampleMessagePreview::contactLabel(const Contact &contact)
{
    QString name = contact.displayName.trimmed();
    if (name.isEmpty())
        name = QString(contact.firstName + u' ' + contact.lastName).trimmed();
    return name.isEmpty() ? contact.phoneE164 : name + u"  ·  "_s + contact.phoneE164;
}

void SampleMessagePreview::setContacts(const QList<Contact> &contacts)
{
    const qint64 chosen = m_contact->currentData().toLongLong();
    m_contacts = contacts;
    const QSignalBlocker blocker(m_contact);
    m_contact->clear();
    for (const Contact &contact : contacts)
        m_contact->addItem(contactLabel(contact), contact.id);
    if (contacts.isEmpty())
        m_contact->addItem(tr("No contacts yet: showing the template's examples"), 0);
    m_contact->setCurrentIndex(std::max(0, m_contact->findData(chosen)));
    refresh();
}

void SampleMessagePreview::setMessage(const std::optional<MessageTemplate> &message,
                                      const TemplateMapping &mapping)
{
    m_message = message;
    m_mapping = mapping;
    refresh();
}

// The template with the contact's values as its examples, so the bubble shows them; a
// variable without a value keeps its {{name}}.
MessageTemplate SampleMessagePreview::filledIn(const Contact &contact) const
{
    MessageTemplate message = *m_message;
    message.bodyExamples.clear();
    message.headerExamples.clear();
    for (const TemplateParameter &parameter : message.parameters()) {
        const auto binding = m_mapping.bindings.constFind(parameter.id);
        if (binding == m_mapping.bindings.cend())
            continue;
        const QString value = TemplateRenderer::valueFor(*binding, contact).simplified();
        if (value.isEmpty())
            continue;
        if (parameter.kind == TemplateParameter::Kind::BodyText)
            message.bodyExamples.insert(parameter.name, value);
        else if (parameter.kind == TemplateParameter::Kind::HeaderText)
            message.headerExamples.insert(parameter.name, value);
    }
    return message;
}

void SampleMessagePreview::refresh()
{
    const int index = m_contact->currentIndex();
    if (!m_message) {
        m_bubble->setMessage(std::nullopt);
        m_text.clear();
        m_note->hide();
        return;
    }
    if (index < 0 || index >= m_contacts.size()) { // no contacts: the provider's examples
        m_bubble->setMessage(m_message);
        m_text.clear();
        m_note->hide();
        return;
    }
    const Contact &contact = m_contacts.at(index);
    const RenderedMessage rendered = TemplateRenderer(*m_message, m_mapping).render(contact);
    m_text = rendered.text;
    m_bubble->setMessage(filledIn(contact));
    const QString who = contactLabel(contact);
    if (!rendered.emptyParameters.isEmpty())
        m_note->setText(tr("%1 would not get this message: %2 would be empty.")
                            .arg(who, labelsOf(rendered.emptyParameters, *m_message)));
    else if (!rendered.invalidParameters.isEmpty())
        m_note->setText(tr("%1 would not get this message: %2 cannot be sent as it is.")
                            .arg(who, labelsOf(rendered.invalidParameters, *m_message)));
    m_note->setVisible(!rendered.ok());
}

} // namespace megaphone
