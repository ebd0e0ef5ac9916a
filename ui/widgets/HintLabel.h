#pragma once

class QLabel;
class QString;
class QWidget;

namespace megaphone {

// A wrapped, quieter line of explanation under a form field.
QLabel *hintLabel(const QString &text, QWidget *parent);

} // namespace megaphone
