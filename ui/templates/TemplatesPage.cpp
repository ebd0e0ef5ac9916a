#include "TemplatesPage.h"

#include "RelayTemplateDialog.h"
#include "TemplateCardDelegate.h"
#include "TemplateFilterBar.h"
#include "TemplateFilterModel.h"
#include "TemplateListModel.h"
#include "TemplatePreview.h"
#include "TemplateStore.h"
#include "TemplateSyncRunner.h"
#include "settings/MessageLabel.h"
#include "widgets/Dialogs.h"
#include "widgets/EmptyState.h"
#include "widgets/PageTitle.h"
#include "widgets/RunInBackground.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

TemplatesPage::TemplatesPage(std::shared_ptr<const Database> db, CredentialStore *credentials,
                             QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_credentials(credentials),
      m_model(new TemplateListModel(m_db, this)), m_filter(new TemplateFilterModel(this)),
      m_sync(new TemplateSyncRunner(m_db, credentials, this)),
      m_filterBar(new TemplateFilterBar(m_filter, this)), m_stack(new QStackedWidget(this)),
      m_grid(new QListView(m_stack)), m_empty(new EmptyState(m_stack)),
      m_preview(new TemplatePreview(this)), m_syncStatus(new MessageLabel(this)),
      m_count(new QLabel(this)), m_newButton(new QPushButton(tr("New template"), this)),
      m_editButton(new QPushButton(tr("Edit"), this)),
      m_deleteButton(new QPushButton(tr("Delete"), this)),
      m_syncButton(new QPushButton(tr("Sync"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"templatesPage"_s);
    m_filter->setSourceModel(m_model);

    m_grid->setObjectName(u"templateGrid"_s);
    m_grid->setModel(m_filter);
    m_grid->setItemDelegate(new TemplateCardDelegate(m_model, m_filter, m_grid));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setUniformItemSizes(true);
    m_grid->setGridSize(TemplateCardDelegate::kCardSize);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->verticalScrollBar()->setSingleStep(24);
    m_grid->setFrameShape(QFrame::NoFrame);
    m_grid->setBackgroundRole(QPalette::Window);
    m_grid->setMouseTracking(false);

    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_empty);
    m_preview->setMinimumWidth(260);

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_syncStatus->setObjectName(u"syncStatus"_s);
    m_count->setObjectName(u"templateCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(new PageTitle(tr("Templates"), this));
    titleRow->addStretch(1);
    titleRow->addWidget(createToolbar());
    layout->addLayout(titleRow);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_syncStatus);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);

    connect(m_model, &TemplateListModel::loaded, this, &TemplatesPage::loaded);
    connect(m_filterBar, &TemplateFilterBar::changed, this, &TemplatesPage::filterChanged);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TemplatesPage::currentChanged);
    connect(m_grid, &QListView::doubleClicked, this, [this] {
        if (m_editButton->isEnabled())
            editRelayTemplate();
    });
    connect(m_sync, &TemplateSyncRunner::progress, this,
            [this](const QString &text) { m_syncStatus->showMessage(text); });
    connect(m_sync, &TemplateSyncRunner::finished, this, &TemplatesPage::syncFinished);
    updateButtons();
}

QWidget *TemplatesPage::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::pair<QPushButton *, const char16_t *> buttons[] = {
        {m_newButton, u"newTemplateButton"},     {m_editButton, u"editTemplateButton"},
        {m_deleteButton, u"deleteTemplateButton"}, {m_syncButton, u"syncButton"},
        {m_cancelButton, u"cancelSyncButton"}};
    for (const auto &[button, name] : buttons) {
        button->setObjectName(QString::fromUtf16(name));
        if (button == m_syncButton)
            layout->addSpacing(12);
        layout->addWidget(button);
    }
    m_newButton->setToolTip(tr("Write a free-text template for a relay account"));
    m_syncButton->setToolTip(tr("Read the templates of the account chosen in the filter, "
                                "or of every account"));
    m_syncButton->setDefault(true);
    m_cancelButton->hide();
    connect(m_newButton, &QPushButton::clicked, this, &TemplatesPage::newRelayTemplate);
    connect(m_editButton, &QPushButton::clicked, this, &TemplatesPage::editRelayTemplate);
    connect(m_deleteButton, &QPushButton::clicked, this, &TemplatesPage::deleteRelayTemplate);
    connect(m_syncButton, &QPushButton::clicked, this, &TemplatesPage::sync);
    connect(m_cancelButton, &QPushButton::clicked, this, &TemplatesPage::cancelSync);
    return bar;
}

void TemplatesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void TemplatesPage::refresh()
{
    m_model->reload();
}

void TemplatesPage::loaded()
{
    m_filterBar->fill(*m_model);
    filterChanged();
}

void TemplatesPage::filterChanged()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n template(s)", nullptr, all)
                                  : tr("%1 of %n template(s)", nullptr, all).arg(shown));
    if (!m_model->loadError().isEmpty()) {
        m_empty->setTitle(tr("Cannot read the templates"));
        m_empty->setText(m_model->loadError());
    } else if (all == 0) {
        m_empty->setTitle(tr("No templates yet"));
        m_empty->setText(tr("Broadcasts send message templates that WhatsApp has approved. Add "
                            "a sender account in Settings and press Sync to read its "
                            "templates, or add a sandbox account to try the app with a "
                            "realistic set. Relay accounts write their own: New template."));
    } else if (shown == 0) {
        m_empty->setTitle(tr("No template matches"));
        m_empty->setText(tr("Change the filters or the search."));
    }
    m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget *>(m_empty) : m_grid);
    if (!selectTemplate(m_selectedId)) {
        if (shown > 0)
            m_grid->setCurrentIndex(m_filter->index(0, 0));
        else
            m_preview->clear();
    }
    updateButtons();
}

bool TemplatesPage::selectTemplate(qint64 id)
{
    const int row = id ? m_model->rowOf(id) : -1;
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row));
    if (!index.isValid())
        return false;
    m_grid->setCurrentIndex(index);
    m_grid->scrollTo(index);
    m_preview->setEntry(m_model->entry(row)); // also after a reload of the same id
    return true;
}

void TemplatesPage::currentChanged()
{
    const TemplateEntry *entry = selectedEntry();
    if (entry) {
        m_selectedId = entry->record.id;
        m_preview->setEntry(*entry);
    }
    updateButtons();
}

const TemplateEntry *TemplatesPage::selectedEntry() const
{
    const QModelIndex index = m_filter->mapToSource(m_grid->currentIndex());
    return index.isValid() ? &m_model->entry(index.row()) : nullptr;
}

void TemplatesPage::updateButtons()
{
    bool haveRelay = false;
    for (const Account &account : m_model->accounts())
        haveRelay = haveRelay || account.provider == ProviderKind::Relay;
    const TemplateEntry *entry = selectedEntry();
    const bool relaySelected = entry && entry->provider == ProviderKind::Relay;
    const bool syncing = m_sync->isRunning();
    m_newButton->setEnabled(haveRelay);
    m_editButton->setEnabled(relaySelected);
    m_deleteButton->setEnabled(relaySelected);
    m_syncButton->setEnabled(!syncing && m_credentials);
    m_cancelButton->setVisible(syncing);
}

bool TemplatesPage::isSyncing() const
{
    return m_sync->isRunning();
}

void TemplatesPage::sync()
{
    if (isSyncing())
        return;
    const qint64 chosen = m_filterBar->accountId();
    QList<Account> accounts;
    for (const Account &account : m_model->accounts()) {
        if ((chosen == 0 || account.id == chosen) && account.provider != ProviderKind::Relay)
            accounts.append(account);
    }
    m_sync->start(accounts);
    updateButtons();
}

void TemplatesPage::cancelSync()
{
    m_sync->cancel();
}

void TemplatesPage::syncFinished(const QString &text, bool ok)
{
    m_syncStatus->showMessage(text, !ok);
    updateButtons();
    refresh();
}

RelayTemplateDialog *TemplatesPage::newRelayTemplate()
{
    QList<Account> relays;
    for (const Account &account : m_model->accounts()) {
        if (account.provider == ProviderKind::Relay)
            relays.append(account);
    }
    if (relays.isEmpty())
        return nullptr;
    return openDialog(new RelayTemplateDialog(relays, this));
}

RelayTemplateDialog *TemplatesPage::editRelayTemplate()
{
    const TemplateEntry *entry = selectedEntry();
    if (!entry || entry->provider != ProviderKind::Relay)
        return nullptr;
    Account account;
    account.id = entry->record.accountId;
    account.label = entry->accountLabel;
    account.provider = ProviderKind::Relay;
    auto *dialog = new RelayTemplateDialog({account}, this);
    dialog->edit(entry->record);
    return openDialog(dialog);
}

RelayTemplateDialog *TemplatesPage::openDialog(RelayTemplateDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { save(dialog->record()); });
    dialog->open();
    return dialog;
}

void TemplatesPage::save(const TemplateRecord &record)
{
    runInBackground(
        this,
        [store = TemplateStore(m_db), record]() mutable { return store.upsert(record); },
        [this](const Result<qint64> &id) {
            if (!id) {
                Dialogs::warning(this, tr("Cannot save the template"), id.error().message);
                return;
            }
            m_selectedId = id.value();
            refresh();
        });
}

void TemplatesPage::deleteRelayTemplate()
{
    const TemplateEntry *entry = selectedEntry();
    if (!entry || entry->provider != ProviderKind::Relay)
        return;
    if (!Dialogs::confirm(this, tr("Delete template"),
                          tr("Delete the template \"%1\" (%2) of %3? Broadcasts that used it "
                             "keep their messages.")
                              .arg(entry->record.name, entry->record.language,
                                   entry->accountLabel),
                          tr("Delete")))
        return;
    runInBackground(
        this,
        [store = TemplateStore(m_db), id = entry->record.id,
         accountId = entry->record.accountId]() mutable -> Result<int> {
            auto all = store.list(accountId, false);
            if (!all)
                return all.error();
            QList<qint64> keep;
            for (const TemplateRecord &record : all.value()) {
                if (record.id != id)
                    keep.append(record.id);
            }
            return store.markDeletedExcept(accountId, keep);
        },
        [this](const Result<int> &deleted) {
            if (!deleted)
                Dialogs::warning(this, tr("Cannot delete the template"), deleted.error().message);
            refresh();
        });
}

} // namespace megaphone
