#include "BroadcastsPage.h"

#include "broadcasts/BroadcastActions.h"
#include "broadcasts/BroadcastChanges.h"
#include "broadcasts/BroadcastCommands.h"
#include "broadcasts/BroadcastListModel.h"
#include "broadcasts/ProgressDelegate.h"
#include "widgets/EmptyState.h"
#include "widgets/PageTitle.h"
#include "widgets/RunInBackground.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTableView>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
constexpr int kPollMs = 1000;
}

BroadcastsPage::BroadcastsPage(std::shared_ptr<const Database> db, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_model(new BroadcastListModel(this)),
      m_actions(new BroadcastActions(this)), m_commands(new BroadcastCommands(m_db, this)),
      m_changes(new BroadcastChanges(m_db, kPollMs, this)), m_stack(new QStackedWidget(this)),
      m_table(new QTableView(m_stack)), m_empty(new EmptyState(m_stack)), m_message(new QLabel(this))
{
    setObjectName(u"broadcastsPage"_s);
    setUpTable();
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_table);

    m_message->setObjectName(u"broadcastMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setOpenExternalLinks(true);
    m_message->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(new PageTitle(tr("Broadcasts"), this));
    layout->addWidget(createToolbar());
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_actions, &BroadcastActions::triggered, this, [this](BroadcastActions::Kind kind) {
        if (const BroadcastSummary *b = selected())
            m_commands->run(kind, *b);
    });
    connect(m_commands, &BroadcastCommands::openRequested, this, [this](qint64 id) {
        const BroadcastSummary *b = m_model->broadcastAt(m_model->rowOf(id));
        const bool draft = b && b->status == BroadcastStatus::Draft;
        Q_EMIT(draft ? editRequested(id) : openRequested(id));
    });
    connect(m_commands, &BroadcastCommands::succeeded, this,
            [this](const QString &text) { showMessage(text, false); });
    connect(m_commands, &BroadcastCommands::failed, this,
            [this](const QString &text) { showMessage(text.toHtmlEscaped(), true); });
    connect(m_commands, &BroadcastCommands::duplicated, this,
            [this](qint64 id) { m_selectWhenLoaded = id; });
    connect(m_commands, &BroadcastCommands::changed, this, &BroadcastsPage::refresh);
    connect(m_changes, &BroadcastChanges::changed, this, &BroadcastsPage::refresh);
}

QWidget *BroadcastsPage::createToolbar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"broadcastToolbar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    auto *create = bar->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("New broadcast"));
    create->setObjectName(u"newBroadcast"_s);
    connect(create, &QAction::triggered, this, &BroadcastsPage::newRequested);
    bar->addSeparator();
    const QList<QAction *> &all = m_actions->all();
    for (int kind = 0; kind < all.size(); ++kind) {
        // Groups: open and start; stop and go on; again; files.
        if (kind == BroadcastActions::Pause || kind == BroadcastActions::RetryFailed
            || kind == BroadcastActions::Duplicate)
            bar->addSeparator();
        bar->addAction(all[kind]);
    }
    return bar;
}

void BroadcastsPage::setUpTable()
{
    m_table->setObjectName(u"broadcastTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(
        BroadcastListModel::Progress,
        new ProgressDelegate(BroadcastListModel::DoneRole, BroadcastListModel::TotalRole, m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 16);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(BroadcastListModel::Status, QHeaderView::Stretch);
    const std::pair<int, int> widths[] = {
        {BroadcastListModel::Name, 200},     {BroadcastListModel::Account, 130},
        {BroadcastListModel::Progress, 140}, {BroadcastListModel::Sent, 70},
        {BroadcastListModel::Delivered, 84}, {BroadcastListModel::Read, 64},
        {BroadcastListModel::Failed, 70},    {BroadcastListModel::Created, 130},
        {BroadcastListModel::Started, 130}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &BroadcastsPage::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] {
        m_actions->action(BroadcastActions::Open)->trigger();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BroadcastsPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BroadcastsPage::updateActions);
}

void BroadcastsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous()) {
        m_changes->start();
        refresh();
    }
}

void BroadcastsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous())
        m_changes->stop();
}

// One read at a time: a request while one is under way reads again once it is back.
void BroadcastsPage::refresh()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    runInBackground(
        this, [list = BroadcastList(m_db)]() mutable { return list.all(); },
        [this](const Result<QList<BroadcastSummary>> &broadcasts) {
            m_loading = false;
            showBroadcasts(broadcasts);
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

void BroadcastsPage::showBroadcasts(const Result<QList<BroadcastSummary>> &broadcasts)
{
    if (!broadcasts) {
        if (m_model->rowCount() == 0)
            showEmpty(tr("Cannot read the broadcasts"), broadcasts.error().message);
        else
            showMessage(broadcasts.error().message.toHtmlEscaped(), true);
        Q_EMIT refreshed();
        return;
    }
    m_model->setBroadcasts(broadcasts.value());
    if (m_model->rowCount() == 0) {
        showEmpty(tr("No broadcasts yet"),
                  tr("A broadcast sends one approved template to the contacts you choose. "
                     "Your broadcasts and their progress appear here."));
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    if (m_selectWhenLoaded && m_model->rowOf(m_selectWhenLoaded) >= 0) {
        selectBroadcast(m_selectWhenLoaded);
        m_selectWhenLoaded = 0;
    }
    updateActions();
    Q_EMIT refreshed();
}

void BroadcastsPage::showEmpty(const QString &title, const QString &text)
{
    m_empty->setTitle(title);
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void BroadcastsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    // The palette has no "negative" role; a fixed red reads on light and dark themes.
    m_message->setStyleSheet(error ? u"color: #d32f2f;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

const BroadcastSummary *BroadcastsPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->broadcastAt(rows.first().row());
}

qint64 BroadcastsPage::selectedId() const
{
    const BroadcastSummary *b = selected();
    return b ? b->id : 0;
}

void BroadcastsPage::selectBroadcast(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void BroadcastsPage::updateActions()
{
    m_actions->update(selected());
}

void BroadcastsPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    QMenu menu(this);
    const QList<QAction *> &all = m_actions->all();
    for (int kind = 0; kind < all.size(); ++kind) {
        if (kind == BroadcastActions::Pause || kind == BroadcastActions::RetryFailed
            || kind == BroadcastActions::Duplicate)
            menu.addSeparator();
        menu.addAction(all[kind]);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace megaphone
