#include "ImportSummary.h"

#include "ImportTypes.h"
#include "widgets/FigureTile.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

ImportSummary::ImportSummary(bool dryRun, QWidget *parent)
    : QWidget(parent), m_rejectsTitle(new QLabel(this)), m_rejects(new QTableWidget(this))
{
    const QString captions[FigureCount] = {
        tr("Rows read"),
        dryRun ? tr("New contacts to add") : tr("New contacts added"),
        dryRun ? tr("Existing contacts to update") : tr("Existing contacts updated"),
        tr("Repeated in the file, merged"),
        tr("Rejected rows"),
        tr("Flagged: landline or extension"),
    };
    const char16_t *names[FigureCount] = {u"read",     u"new",      u"updated",
                                          u"duplicates", u"rejected", u"flagged"};
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    for (int i = 0; i < FigureCount; ++i) {
        m_tiles[i] = new FigureTile(captions[i], this);
        m_tiles[i]->setObjectName(QString::fromUtf16(names[i]));
        m_tiles[i]->setMinimumWidth(150);
        grid->addWidget(m_tiles[i], i / 3, i % 3);
    }

    QFont titleFont = m_rejectsTitle->font();
    titleFont.setBold(true);
    m_rejectsTitle->setFont(titleFont);
    m_rejectsTitle->setWordWrap(true);

    m_rejects->setObjectName(u"rejectsTable"_s);
    m_rejects->setColumnCount(2);
    m_rejects->setHorizontalHeaderLabels({tr("Row"), tr("Why it was rejected")});
    m_rejects->verticalHeader()->hide();
    m_rejects->horizontalHeader()->setStretchLastSection(true);
    m_rejects->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_rejects->horizontalHeader()->setHighlightSections(false);
    m_rejects->setColumnWidth(0, 60);
    m_rejects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejects->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejects->setAlternatingRowColors(true);
    m_rejects->setShowGrid(false);
    m_rejects->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addWidget(m_rejectsTitle);
    layout->addWidget(m_rejects, 1);
    clear();
}

void ImportSummary::setReport(const ImportReport &report, int maxRejects)
{
    const qint64 values[FigureCount] = {report.read,       report.imported, report.updated,
                                        report.duplicates, report.invalid,  report.flagged};
    for (int i = 0; i < FigureCount; ++i)
        m_tiles[i]->setValue(values[i]);

    const QLocale locale;
    const auto shown = std::min<qsizetype>(report.rejects.size(), maxRejects);
    m_rejects->setRowCount(int(shown));
    for (int row = 0; row < shown; ++row) {
        const ImportReject &reject = report.rejects.at(row);
        auto *number = new QTableWidgetItem(locale.toString(reject.row));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *reason = new QTableWidgetItem(reject.reason);
        reason->setToolTip(reject.reason);
        m_rejects->setItem(row, 0, number);
        m_rejects->setItem(row, 1, reason);
    }
    m_rejects->setVisible(shown > 0);
    if (report.invalid == 0)
        m_rejectsTitle->setText(tr("No row was rejected."));
    else if (shown < report.invalid)
        m_rejectsTitle->setText(tr("The first rejected rows (%1 of %2):")
                                    .arg(locale.toString(qint64(shown)),
                                         locale.toString(report.invalid)));
    else
        m_rejectsTitle->setText(tr("Rejected rows:"));
    m_rejectsTitle->setVisible(true);
}

void ImportSummary::clear()
{
    for (FigureTile *tile : m_tiles)
        tile->clear();
    m_rejects->setRowCount(0);
    m_rejects->hide();
    m_rejectsTitle->hide();
}

} // namespace megaphone
