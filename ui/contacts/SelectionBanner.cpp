#include "SelectionBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace megaphone {

SelectionBanner::SelectionBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_selectAll(new QPushButton(this)),
      m_clear(new QPushButton(tr("Clear selection"), this))
{
    setObjectName(u"selectionBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text->setObjectName(u"selectionBannerText"_s);
    m_selectAll->setObjectName(u"selectAllMatching"_s);
    m_selectAll->setFlat(true);
    m_clear->setObjectName(u"clearSelection"_s);
    m_clear->setFlat(true);
    connect(m_selectAll, &QPushButton::clicked, this, &SelectionBanner::selectAllMatchingClicked);
    connect(m_clear, &QPushButton::clicked, this, &SelectionBanner::clearSelectionClicked);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addWidget(m_selectAll);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    hide();
}

void SelectionBanner::showFor(int loaded, qsizetype selectedRows, qint64 matching, bool allMatching)
{
    const QLocale locale;
    if (allMatching) {
        m_text->setText(tr("All %1 contacts matching this filter are selected.")
                            .arg(locale.toString(matching)));
    } else if (loaded > 0 && selectedRows == loaded && matching > loaded) {
        m_text->setText(tr("All %1 loaded contacts are selected.").arg(locale.toString(loaded)));
        m_selectAll->setText(tr("Select all %1 matching contacts").arg(locale.toString(matching)));
    } else {
        hide();
        return;
    }
    m_selectAll->setVisible(!allMatching);
    m_clear->setVisible(allMatching);
    show();
}

} // namespace megaphone
