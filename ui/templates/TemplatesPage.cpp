#include "TemplatesPage.h"

#include "AccountStore.h"
#include "TemplateStore.h"
#include "widgets/EmptyState.h"
#include "widgets/PageTitle.h"
#include "widgets/RunInBackground.h"
#include "widgets/StatusText.h"

#include <QHash>
#include <QHeaderView>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
enum Column { NameColumn, LanguageColumn, CategoryColumn, StatusColumn, AccountColumn, ColumnCount };
}

struct TemplatesPage::Listing
{
    QList<TemplateRecord> templates;
    QHash<qint64, QString> accountLabels;
};

TemplatesPage::TemplatesPage(std::shared_ptr<const Database> db, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_stack(new QStackedWidget(this)),
      m_table(new QTableWidget(0, ColumnCount, m_stack)), m_empty(new EmptyState(m_stack))
{
    setObjectName(u"templatesPage"_s);

    m_table->setObjectName(u"templateTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Language"), tr("Category"), tr("Status"), tr("Sender account")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(NameColumn, 240);
    m_table->setColumnWidth(LanguageColumn, 100);
    m_table->setColumnWidth(CategoryColumn, 130);
    m_table->setColumnWidth(StatusColumn, 120);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(new PageTitle(tr("Templates"), this));
    layout->addWidget(m_stack, 1);
}

void TemplatesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void TemplatesPage::refresh()
{
    const quint64 generation = ++m_generation;
    runInBackground(
        this,
        [templates = TemplateStore(m_db), accounts = AccountStore(m_db)]() mutable
        -> Result<Listing> {
            Listing listing;
            auto records = templates.list(0, false);
            if (!records)
                return records.error();
            listing.templates = records.value();
            auto senders = accounts.list();
            if (!senders)
                return senders.error();
            for (const Account &account : senders.value())
                listing.accountLabels.insert(account.id, account.label);
            return listing;
        },
        [this, generation](const Result<Listing> &listing) {
            if (generation == m_generation)
                showListing(listing);
        });
}

void TemplatesPage::showListing(const Result<Listing> &listing)
{
    if (!listing) {
        m_empty->setTitle(tr("Cannot read the templates"));
        m_empty->setText(listing.error().message);
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const QList<TemplateRecord> &templates = listing->templates;
    m_table->setRowCount(int(templates.size()));
    for (int row = 0; row < templates.size(); ++row) {
        const TemplateRecord &record = templates.at(row);
        const QString cells[ColumnCount] = {
            record.name,
            record.language,
            StatusText::templateCategory(record.category),
            StatusText::templateStatus(record.status),
            listing->accountLabels.value(record.accountId),
        };
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    if (templates.isEmpty()) {
        m_empty->setTitle(tr("No templates yet"));
        m_empty->setText(tr("Broadcasts send message templates that WhatsApp has approved. They "
                            "appear here after you add a sender account in Settings and sync its "
                            "templates."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

} // namespace megaphone
