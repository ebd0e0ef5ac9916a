#pragma once

#include <QLabel>

namespace megaphone {

// The heading at the top of every page.
class PageTitle : public QLabel
{
    Q_OBJECT

public:
    explicit PageTitle(const QString &text, QWidget *parent = nullptr);
};

} // namespace megaphone
