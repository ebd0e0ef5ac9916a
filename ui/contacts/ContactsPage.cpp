#include "ContactsPage.h"

#include "ContactListModel.h"
#include "ContactStore.h"
#include "widgets/EmptyState.h"
#include "widgets/PageTitle.h"
#include "widgets/RunInBackground.h"
#include "widgets/StatusText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace megaphone {

namespace {
constexpr auto kSearchDelay = 250ms;
}

struct ContactsPage::Counts
{
    qint64 matching = 0;
    qint64 total = 0;
    bool filtered = false;
};

ContactsPage::ContactsPage(std::shared_ptr<const Database> db, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(new ContactListModel(db, this)),
      m_filterBar(new QWidget(this)), m_search(new QLineEdit(m_filterBar)),
      m_consent(new QComboBox(m_filterBar)), m_count(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(m_stack)),
      m_empty(new EmptyState(m_stack)), m_searchDelay(new QTimer(this))
{
    setObjectName(u"contactsPage"_s);

    m_search->setObjectName(u"contactSearch"_s);
    m_search->setPlaceholderText(tr("Search by name or phone number"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);

    m_consent->setObjectName(u"consentFilter"_s);
    m_consent->addItem(tr("Any consent"));
    for (Consent consent : {Consent::OptedIn, Consent::Unknown, Consent::OptedOut})
        m_consent->addItem(StatusText::consent(consent), int(consent));

    m_count->setObjectName(u"contactCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_search, 2);
    filterLayout->addWidget(m_consent);
    filterLayout->addStretch(1);
    filterLayout->addWidget(m_count);

    m_table->setObjectName(u"contactTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(ContactListModel::PhoneColumn, 150);
    m_table->setColumnWidth(ContactListModel::NameColumn, 190);
    m_table->setColumnWidth(ContactListModel::EmailColumn, 220);
    m_table->setColumnWidth(ContactListModel::ConsentColumn, 110);

    m_empty->setTitle(tr("No contacts yet"));
    m_empty->setText(tr("Import a CSV or vCard file to get started."));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelay);
    connect(m_searchDelay, &QTimer::timeout, this, &ContactsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ContactsPage::applyFilter);
    connect(m_consent, &QComboBox::currentIndexChanged, this, &ContactsPage::applyFilter);
    connect(m_model, &ContactListModel::loadFailed, this, [this](const QString &message) {
        m_count->setText(tr("Cannot read the contacts: %1").arg(message));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(new PageTitle(tr("Contacts"), this));
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);
}

void ContactsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void ContactsPage::refresh()
{
    applyFilter();
}

ContactFilter ContactsPage::currentFilter() const
{
    ContactFilter filter;
    filter.search = m_search->text().trimmed();
    const QVariant consent = m_consent->currentData();
    if (consent.isValid())
        filter.consent = static_cast<Consent>(consent.toInt());
    return filter;
}

void ContactsPage::applyFilter()
{
    m_searchDelay->stop();
    m_model->setFilter(currentFilter());
    updateCounts();
}

void ContactsPage::updateCounts()
{
    const quint64 generation = ++m_countGeneration;
    const ContactFilter filter = currentFilter();
    runInBackground(
        this,
        [store = ContactStore(m_db), filter]() mutable -> Result<Counts> {
            Counts counts;
            counts.filtered = !filter.search.isEmpty() || filter.consent || !filter.tags.isEmpty();
            auto total = store.count({});
            if (!total)
                return total.error();
            counts.total = total.value();
            counts.matching = counts.total;
            if (counts.filtered && counts.total > 0) {
                auto matching = store.count(filter);
                if (!matching)
                    return matching.error();
                counts.matching = matching.value();
            }
            return counts;
        },
        [this, generation](const Result<Counts> &counts) {
            if (generation == m_countGeneration)
                showCounts(counts);
        });
}

void ContactsPage::showCounts(const Result<Counts> &counts)
{
    if (!counts) {
        m_count->setText(tr("Cannot count the contacts: %1").arg(counts.error().message));
        return;
    }
    const bool none = counts->total == 0;
    m_stack->setCurrentWidget(none ? static_cast<QWidget *>(m_empty) : m_table);
    m_filterBar->setVisible(!none);
    // Worded to need no plural forms (English has no translation file to supply them).
    const QLocale locale;
    if (!counts->filtered)
        m_count->setText(tr("Contacts: %1").arg(locale.toString(counts->total)));
    else if (counts->matching == 0)
        m_count->setText(tr("No contacts match"));
    else
        m_count->setText(tr("Matching: %1 of %2")
                             .arg(locale.toString(counts->matching), locale.toString(counts->total)));
}

} // namespace megaphone
