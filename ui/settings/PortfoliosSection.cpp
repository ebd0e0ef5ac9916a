#include "PortfoliosSection.h"

#include "MessageLabel.h"
#include "widgets/Dialogs.h"
#include "widgets/HintLabel.h"
#include "widgets/RunInBackground.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

PortfoliosSection::PortfoliosSection(std::shared_ptr<const Database> db, QWidget *parent)
    : QGroupBox(tr("Portfolios"), parent)
    , m_db(std::move(db))
    , m_table(new QTableWidget(0, 2, this))
    , m_name(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_save(new QPushButton(tr("Save Changes"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_message(new MessageLabel(this))
{
    setObjectName(u"portfoliosSection"_s);
    m_table->setObjectName(u"portfoliosTable"_s);
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Messaging limit") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(110);
    m_table->setMaximumHeight(200);
    m_name->setObjectName(u"portfolioName"_s);
    m_name->setPlaceholderText(tr("Acme Brazil"));
    m_tier->setObjectName(u"portfolioTier"_s);
    for (int tier : tiers())
        m_tier->addItem(tierText(tier), tier);
    m_tier->setToolTip(tr("How many different people the portfolio's numbers may message in 24 "
                          "hours outside a customer service window. Meta shows it in WhatsApp "
                          "Manager."));
    m_add->setObjectName(u"addPortfolio"_s);
    m_save->setObjectName(u"savePortfolio"_s);
    m_remove->setObjectName(u"removePortfolio"_s);
    m_message->setObjectName(u"portfoliosMessage"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Messaging limit:"), m_tier);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { m_add, m_save, m_remove })
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hintLabel(tr("A Meta business portfolio's messaging limit is shared by "
                                   "all of its numbers; broadcasts wait when it is reached."),
        this));
    layout->addWidget(m_table);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PortfoliosSection::fillForm);
    connect(m_add, &QPushButton::clicked, this, &PortfoliosSection::addPortfolio);
    connect(m_save, &QPushButton::clicked, this, &PortfoliosSection::saveSelected);
    connect(m_remove, &QPushButton::clicked, this, &PortfoliosSection::removeSelected);
    fillForm();
}

QList<int> PortfoliosSection::tiers()
{
    return { 250, 2000, 10000, 100000, -1 };
}

QString PortfoliosSection::tierText(int tier)
{
    if (tier < 0)
        return tr("Unlimited");
    return tr("%1 people a day").arg(QLocale().toString(tier));
}

void PortfoliosSection::refresh()
{
    const quint64 generation = ++m_generation;
    runInBackground(
        this, [db = m_db] { return PortfolioStore(db).list(); },
        [this, generation](const Result<QList<Portfolio>> &portfolios) {
            if (generation == m_generation)
                showPortfolios(portfolios);
        });
}

void PortfoliosSection::showPortfolios(const Result<QList<Portfolio>> &portfolios)
{
    if (!portfolios) {
        m_message->showMessage(
            tr("Cannot read the portfolios: %1").arg(portfolios.error().message), true);
        return;
    }
    const int row = selectedRow();
    const qint64 selectedId = row >= 0 ? m_portfolios[row].id : 0;
    m_portfolios = portfolios.value();
    m_table->setRowCount(int(m_portfolios.size()));
    for (int i = 0; i < m_portfolios.size(); ++i) {
        const Portfolio &p = m_portfolios[i];
        m_table->setItem(i, 0, new QTableWidgetItem(p.name));
        const int known = m_tier->findData(p.messagingTier);
        m_table->setItem(i, 1,
            new QTableWidgetItem(
                known >= 0 ? tierText(p.messagingTier) : QLocale().toString(p.messagingTier)));
        if (p.id == selectedId)
            m_table->selectRow(i);
    }
    fillForm();
    Q_EMIT portfoliosChanged(m_portfolios);
}

int PortfoliosSection::selectedRow() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty())
        return -1;
    const int row = ranges.first().topRow();
    return row < m_portfolios.size() ? row : -1;
}

void PortfoliosSection::fillForm()
{
    const int row = selectedRow();
    m_save->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    if (row < 0)
        return;
    m_name->setText(m_portfolios[row].name);
    const int tier = m_tier->findData(m_portfolios[row].messagingTier);
    if (tier >= 0)
        m_tier->setCurrentIndex(tier);
}

Portfolio PortfoliosSection::formValues() const
{
    Portfolio p;
    p.name = m_name->text().trimmed();
    p.messagingTier = m_tier->currentData().toInt();
    return p;
}

void PortfoliosSection::addPortfolio()
{
    const Portfolio p = formValues();
    if (p.name.isEmpty()) {
        m_message->showMessage(tr("Type a name for the new portfolio."), true);
        return;
    }
    for (const Portfolio &existing : std::as_const(m_portfolios)) {
        if (existing.name.compare(p.name, Qt::CaseInsensitive) == 0) {
            m_message->showMessage(
                tr("There is already a portfolio named \"%1\".").arg(p.name), true);
            return;
        }
    }
    m_table->clearSelection();
    run(
        [db = m_db, p]() -> Result<void> {
            auto added = PortfolioStore(db).add(p);
            if (!added)
                return added.error();
            return {};
        },
        tr("Added \"%1\".").arg(p.name));
}

void PortfoliosSection::saveSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    Portfolio p = formValues();
    p.id = m_portfolios[row].id;
    if (p.name.isEmpty()) {
        m_message->showMessage(tr("A portfolio needs a name."), true);
        return;
    }
    run([db = m_db, p] { return PortfolioStore(db).update(p); }, tr("Saved \"%1\".").arg(p.name));
}

void PortfoliosSection::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Portfolio p = m_portfolios[row];
    if (!Dialogs::confirm(this, tr("Remove Portfolio"),
            tr("Remove the portfolio \"%1\"? Its sender accounts stay, without a "
               "portfolio.")
                .arg(p.name),
            tr("Remove")))
        return;
    m_table->clearSelection();
    run([db = m_db, id = p.id] { return PortfolioStore(db).remove(id); },
        tr("Removed \"%1\".").arg(p.name));
}

void PortfoliosSection::run(std::function<Result<void>()> work, const QString &doneText)
{
    m_message->showMessage(tr("Saving\u2026"));
    runInBackground(this, std::move(work), [this, doneText](const Result<void> &done) {
        if (done)
            m_message->showMessage(doneText);
        else
            m_message->showMessage(done.error().message, true);
        refresh();
    });
}

} // namespace megaphone
