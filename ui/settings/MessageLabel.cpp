#include "MessageLabel.h"

using namespace Qt::StringLiterals;

namespace megaphone {

MessageLabel::MessageLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void MessageLabel::showMessage(const QString &text, bool error)
{
    m_error = error;
    setText(text);
    // The palette has no "negative" role; a fixed red reads on light and dark themes.
    setStyleSheet(error ? u"color: #d32f2f;"_s : QString());
}

} // namespace megaphone
