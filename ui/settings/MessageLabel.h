#pragma once

#include <QLabel>

namespace megaphone {

// A wrapped line that says what just happened; errors in red.
class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    explicit MessageLabel(QWidget *parent = nullptr);

    void showMessage(const QString &text, bool error = false);
    void clearMessage() { showMessage({}, false); }
    bool isError() const { return m_error; }

private:
    bool m_error = false;
};

} // namespace megaphone
