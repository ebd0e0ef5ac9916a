#pragma once

#include "TemplateListModel.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

namespace megaphone {

class BubblePainter;

// The selected template at full size: its bubble on the chat background with the
// whole body, then category, status, language and account, and its parameters
// (id and example value) as a broadcast will ask for them.
class TemplatePreview : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePreview(QWidget *parent = nullptr);

    void setEntry(const TemplateEntry &entry);
    void clear();
    bool hasEntry() const { return m_entry.has_value(); }
    // What the bubble shows: header and body as HTML, then the footer.
    QString renderedHtml() const;
    // The parameter rows as shown, "id: example".
    QStringList parameterLines() const;

private:
    class BubbleView;
    void showDetails();

    std::optional<TemplateEntry> m_entry;
    BubbleView *m_bubble;
    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_parameters;
    QLabel *m_placeholder;
    QStringList m_parameterLines;
};

} // namespace megaphone
