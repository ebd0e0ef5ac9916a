#include "EmptyState.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(u"emptyState"_s);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->hide();

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);

    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // A column of readable width in the middle; the labels fill its width, so
    // wrapped text gets the height it needs.
    auto *column = new QWidget(this);
    column->setMaximumWidth(480);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_icon);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_text);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyState::setIcon(const QIcon &icon)
{
    m_icon->setPixmap(icon.pixmap(48, 48));
    m_icon->setVisible(!icon.isNull());
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}
void EmptyState::setText(const QString &text) { m_text->setText(text); }
QString EmptyState::title() const { return m_title->text(); }
QString EmptyState::text() const { return m_text->text(); }

} // namespace megaphone
