#pragma once

#include <QFrame>

class QLabel;

namespace megaphone {

// One summary figure on the dashboard: a large number over its caption.
class FigureTile : public QFrame
{
    Q_OBJECT

public:
    explicit FigureTile(const QString &caption, QWidget *parent = nullptr);

    // Shown in the user's locale (1,234 or 1.234).
    void setValue(qint64 value);
    // "–" while a figure is not known.
    void clear();
    QString valueText() const;
    QString caption() const;

private:
    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace megaphone
