#include "FigureTile.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

FigureTile::FigureTile(const QString &caption, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(this)), m_caption(new QLabel(caption, this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMinimumWidth(140);

    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    clear();
}

void FigureTile::setValue(qint64 value) { m_value->setText(QLocale().toString(value)); }
void FigureTile::clear() { m_value->setText(u"\u2013"_s); }
QString FigureTile::valueText() const { return m_value->text(); }
QString FigureTile::caption() const { return m_caption->text(); }

} // namespace megaphone
