#include "BroadcastsPage.h"

#include "BroadcastStore.h"
#include "RecipientStore.h"
#include "widgets/EmptyState.h"
#include "widgets/PageTitle.h"
#include "widgets/RunInBackground.h"
#include "widgets/StatusText.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
enum Column { NameColumn, StatusColumn, CreatedColumn, RecipientsColumn, ProgressColumn,
              ColumnCount };
}

struct BroadcastsPage::Row
{
    Broadcast broadcast;
    QHash<RecipientStatus, qint64> recipients;
};

BroadcastsPage::BroadcastsPage(std::shared_ptr<const Database> db, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_stack(new QStackedWidget(this)),
      m_table(new QTableWidget(0, ColumnCount, m_stack)), m_empty(new EmptyState(m_stack))
{
    setObjectName(u"broadcastsPage"_s);

    m_table->setObjectName(u"broadcastTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Status"), tr("Created"), tr("Recipients"), tr("Progress")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeaderItem(RecipientsColumn)
        ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setColumnWidth(NameColumn, 220);
    m_table->setColumnWidth(StatusColumn, 150);
    m_table->setColumnWidth(CreatedColumn, 150);
    m_table->setColumnWidth(RecipientsColumn, 100);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(new PageTitle(tr("Broadcasts"), this));
    layout->addWidget(m_stack, 1);
}

void BroadcastsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void BroadcastsPage::refresh()
{
    const quint64 generation = ++m_generation;
    runInBackground(
        this,
        [broadcasts = BroadcastStore(m_db), recipients = RecipientStore(m_db)]() mutable
        -> Result<QList<Row>> {
            auto list = broadcasts.list();
            if (!list)
                return list.error();
            QList<Row> rows;
            rows.reserve(list->size());
            for (const Broadcast &broadcast : list.value()) {
                auto counts = recipients.countByStatus(broadcast.id);
                if (!counts)
                    return counts.error();
                rows.append(Row{broadcast, counts.value()});
            }
            return rows;
        },
        [this, generation](const Result<QList<Row>> &rows) {
            if (generation == m_generation)
                showRows(rows);
        });
}

void BroadcastsPage::showRows(const Result<QList<Row>> &rows)
{
    if (!rows) {
        m_empty->setTitle(tr("Cannot read the broadcasts"));
        m_empty->setText(rows.error().message);
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const QLocale locale;
    m_table->setRowCount(int(rows->size()));
    for (int row = 0; row < rows->size(); ++row) {
        const Row &entry = rows->at(row);
        qint64 total = 0;
        QStringList progress;
        for (RecipientStatus status : allRecipientStatuses()) {
            const qint64 count = entry.recipients.value(status);
            total += count;
            if (count > 0) {
                progress.append(tr("%1 %2", "a recipient state and how many are in it")
                                    .arg(StatusText::recipient(status), locale.toString(count)));
            }
        }
        const QDateTime created =
            QDateTime::fromMSecsSinceEpoch(entry.broadcast.createdAt).toLocalTime();
        const QString cells[ColumnCount] = {
            entry.broadcast.name,
            StatusText::broadcast(entry.broadcast.status),
            locale.toString(created, QLocale::ShortFormat),
            locale.toString(total),
            progress.isEmpty() ? tr("No recipients yet") : progress.join(tr(" \u00b7 ")),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == RecipientsColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == StatusColumn && !entry.broadcast.pauseReason.isEmpty())
                item->setToolTip(entry.broadcast.pauseReason);
            m_table->setItem(row, column, item);
        }
    }
    if (rows->isEmpty()) {
        m_empty->setTitle(tr("No broadcasts yet"));
        m_empty->setText(tr("A broadcast sends one approved template to the contacts you choose. "
                            "Your broadcasts and their progress appear here."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

} // namespace megaphone
