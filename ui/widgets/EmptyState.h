#pragma once

#include <QWidget>

class QLabel;

namespace megaphone {

// What a page shows instead of an empty table: an icon, a short title and a line
// that says what to do next. Also used for a page's read error.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    QString title() const;
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace megaphone
