#pragma once

#include "Contact.h"
#include "MessageTemplate.h"
#include "TemplateMapping.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace megaphone {

// The message as one contact of the audience will read it: a chat bubble with the
// template filled in by TemplateRenderer for the contact chosen in "Preview for", and
// a warning when that contact would get an empty value (the message is then not sent).
class SampleMessagePreview : public QWidget
{
    Q_OBJECT

public:
    explicit SampleMessagePreview(QWidget *parent = nullptr);
    ~SampleMessagePreview() override;

    void setContacts(const QList<Contact> &contacts);
    void setMessage(const std::optional<MessageTemplate> &message, const TemplateMapping &mapping);

    // The rendered text for the chosen contact (what the bubble shows, as plain text).
    QString previewText() const { return m_text; }
    // How a contact is named in the list.
    static QString contactLabel(const Contact &contact);

private:
    class Bubble;
    void refresh();
    MessageTemplate filledIn(const Contact &contact) const;

    QComboBox *m_contact;
    Bubble *m_bubble;
    QLabel *m_note;
    QList<Contact> m_contacts;
    std::optional<MessageTemplate> m_message;
    TemplateMapping m_mapping;
    QString m_text;
};

} // namespace megaphone
