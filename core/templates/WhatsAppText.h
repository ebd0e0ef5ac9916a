#pragma once

#include <QString>

namespace megaphone::WhatsAppText {

// WhatsApp's message markup as HTML for a preview: *bold*, _italic_, ~strike~,
// ```monospace``` and `inline code`; the rest escaped, line breaks kept.
QString toHtml(const QString &text);
// The markup removed, for plain-text places (list rows, tooltips).
QString toPlain(const QString &text);

} // namespace megaphone::WhatsAppText
