#include "ContactsPage.h"

#include "ContactActions.h"
#include "ContactEditDialog.h"
#include "ContactExportJob.h"
#include "ContactFilterBar.h"
#include "ContactListModel.h"
#include "ContactStore.h"
#include "ImportWizard.h"
#include "PhoneNormalizer.h"
#include "SelectionBanner.h"
#include "TeamSettings.h"
#include "widgets/Dialogs.h"
#include "widgets/EmptyState.h"
#include "widgets/PageTitle.h"
#include "widgets/RunInBackground.h"
#include "widgets/StatusText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

struct ContactsPage::Counts
{
    qint64 matching = 0;
    qint64 total = 0;
    bool filtered = false;
};

struct ContactsPage::Lists
{
    QStringList tags;
    QString region;
};

ContactsPage::ContactsPage(std::shared_ptr<const Database> db, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(new ContactListModel(db, this)),
      m_actions(new ContactActions(db, this)), m_export(new ContactExportJob(db, this)),
      m_filterBar(new ContactFilterBar(this)), m_message(new QLabel(this)),
      m_banner(new SelectionBanner(this)), m_stack(new QStackedWidget(this)),
      m_table(new QTableView(m_stack)), m_empty(new EmptyState(m_stack))
{
    setObjectName(u"contactsPage"_s);

    // What the last action, edit or export did (a path can be long: it wraps).
    m_message->setObjectName(u"contactActionMessage"_s);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->hide();

    m_table->setObjectName(u"contactTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
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

    connect(m_filterBar, &ContactFilterBar::filterChanged, this, &ContactsPage::applyFilter);
    connect(m_model, &ContactListModel::loadFailed, this, [this](const QString &message) {
        m_filterBar->setCountText(tr("Cannot read the contacts: %1").arg(message));
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { editContact(index.row()); });
    // A selection the user changes is of rows again.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_allMatching = m_allMatching && m_selectingRows;
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { selectInsertedRows(first, last); });
    connect(m_banner, &SelectionBanner::selectAllMatchingClicked, this, [this] {
        m_allMatching = true;
        updateActions();
    });
    connect(m_banner, &SelectionBanner::clearSelectionClicked, this, [this] {
        m_table->clearSelection();
        m_allMatching = false;
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsPage::updateActions);
    connect(m_actions, &ContactActions::busyChanged, this, &ContactsPage::updateActions);
    connect(m_actions, &ContactActions::finished, this, &ContactsPage::actionFinished);
    connect(m_export, &ContactExportJob::finished, this, &ContactsPage::showMessage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(createTitleRow());
    layout->addWidget(m_filterBar);
    layout->addWidget(createActionBar());
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_message);
    updateActions();
}

QWidget *ContactsPage::createTitleRow()
{
    auto *row = new QWidget(this);
    auto *importButton = new QPushButton(tr("Import\u2026"), row);
    importButton->setObjectName(u"importContacts"_s);
    importButton->setToolTip(tr("Add or update contacts from a CSV or vCard file"));
    m_exportButton = new QPushButton(tr("Export\u2026"), row);
    m_exportButton->setObjectName(u"exportContacts"_s);
    m_exportButton->setToolTip(tr("Save the contacts shown (the current search and filters) as "
                                  "a CSV file"));
    connect(importButton, &QPushButton::clicked, this, &ContactsPage::openImportWizard);
    connect(m_exportButton, &QPushButton::clicked, this, &ContactsPage::exportContacts);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PageTitle(tr("Contacts"), row));
    layout->addStretch(1);
    layout->addWidget(importButton, 0, Qt::AlignTop);
    layout->addWidget(m_exportButton, 0, Qt::AlignTop);
    return row;
}

QWidget *ContactsPage::createActionBar()
{
    m_actionBar = new QWidget(this);
    m_selection = new QLabel(m_actionBar);
    m_selection->setObjectName(u"selectionLabel"_s);
    const auto button = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, m_actionBar);
        b->setObjectName(name);
        return b;
    };
    m_edit = button(tr("Edit\u2026"), u"editContact"_s);
    // The two tag actions share a menu button: the bar fits a narrow window.
    m_tags = button(tr("Tags"), u"tagActions"_s);
    auto *tagMenu = new QMenu(m_tags);
    m_addTag = tagMenu->addAction(tr("Add Tag\u2026"));
    m_addTag->setObjectName(u"addTag"_s);
    m_removeTag = tagMenu->addAction(tr("Remove Tag\u2026"));
    m_removeTag->setObjectName(u"removeTag"_s);
    m_tags->setMenu(tagMenu);
    m_optOut = button(tr("Opt Out\u2026"), u"optOut"_s);
    m_delete = button(tr("Delete\u2026"), u"deleteContacts"_s);
    m_optOut->setToolTip(tr("Record that the selected contacts do not want WhatsApp marketing"));

    connect(m_edit, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.size() == 1)
            editContact(rows.first().row());
    });
    connect(m_addTag, &QAction::triggered, this, [this] { m_actions->addTag(selection()); });
    connect(m_removeTag, &QAction::triggered, this, [this] {
        m_actions->removeTag(selection(), m_allMatching ? QStringList() : selectedTags());
    });
    connect(m_optOut, &QPushButton::clicked, this, [this] {
        if (m_allMatching) { // the store skips who opted out already
            m_actions->optOut(selection());
            return;
        }
        // Who opted out already keeps the time and source of that opt-out.
        QList<qint64> ids;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
            if (m_model->contactAt(index.row()).consent != Consent::OptedOut)
                ids.append(m_model->contactAt(index.row()).id);
        }
        if (ids.isEmpty())
            showMessage(tr("The selected contacts have opted out already."), true);
        else
            m_actions->optOut(ContactSelection::ofIds(ids));
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { m_actions->remove(selection()); });

    auto *layout = new QHBoxLayout(m_actionBar);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_selection);
    for (QPushButton *b : {m_edit, m_tags, m_optOut, m_delete})
        layout->addWidget(b);
    layout->addStretch(1);
    return m_actionBar;
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
    updateLists();
}

ContactFilter ContactsPage::currentFilter() const
{
    return m_filterBar->filter();
}

void ContactsPage::applyFilter()
{
    m_allMatching = false;
    m_model->setFilter(currentFilter());
    updateCounts();
}

void ContactsPage::updateCounts()
{
    const quint64 generation = ++m_countGeneration;
    m_countsPending = true;
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
    m_countsPending = !counts;
    if (!counts) {
        m_filterBar->setCountText(tr("Cannot count the contacts: %1").arg(counts.error().message));
        updateActions();
        return;
    }
    const bool none = counts->total == 0;
    m_matching = counts->matching;
    updateActions(); // the banner needs the count
    m_stack->setCurrentWidget(none ? static_cast<QWidget *>(m_empty) : m_table);
    m_filterBar->setVisible(!none);
    m_actionBar->setVisible(!none);
    m_exportButton->setEnabled(counts->matching > 0);
    // Worded to need no plural forms (English has no translation file to supply them).
    const QLocale locale;
    if (!counts->filtered)
        m_filterBar->setCountText(tr("Contacts: %1").arg(locale.toString(counts->total)));
    else if (counts->matching == 0)
        m_filterBar->setCountText(tr("No contacts match"));
    else
        m_filterBar->setCountText(tr("Matching: %1 of %2")
                             .arg(locale.toString(counts->matching), locale.toString(counts->total)));
}

// The tags for the filter and the bulk actions, and the team's default country.
void ContactsPage::updateLists()
{
    runInBackground(
        this,
        [db = m_db]() -> Lists {
            Lists lists;
            // Either may fail on a busy database; the page works without them.
            if (auto tags = ContactStore(db).allTags())
                lists.tags = tags.value();
            if (auto region = TeamSettings(db).defaultRegion())
                lists.region = region.value();
            return lists;
        },
        [this](const Lists &lists) {
            m_region = lists.region.isEmpty() ? PhoneNormalizer::systemRegion() : lists.region;
            m_actions->setKnownTags(lists.tags);
            m_filterBar->setTags(lists.tags);
        });
}

QList<qint64> ContactsPage::selectedIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(m_model->contactAt(index.row()).id);
    return ids;
}

ContactSelection ContactsPage::selection() const
{
    if (m_allMatching)
        return ContactSelection::ofFilter(m_model->filter(), m_matching);
    return ContactSelection::ofIds(selectedIds());
}

QStringList ContactsPage::selectedTags() const
{
    QStringList tags;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        for (const QString &tag : m_model->contactAt(index.row()).tags) {
            if (!tags.contains(tag))
                tags.append(tag);
        }
    }
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

void ContactsPage::updateActions()
{
    const qsizetype rows = m_table->selectionModel()->selectedRows().size();
    const qint64 selected = m_allMatching ? m_matching : rows;
    const bool idle = !m_actions->isBusy();
    m_banner->showFor(m_model->rowCount(), rows, m_countsPending ? -1 : m_matching, m_allMatching);
    m_selection->setText(tr("Selected: %1").arg(QLocale().toString(selected)));
    m_edit->setEnabled(idle && selected == 1);
    for (QPushButton *b : {m_tags, m_optOut, m_delete})
        b->setEnabled(idle && selected > 0);
    m_addTag->setEnabled(idle && selected > 0);
    m_removeTag->setEnabled(idle && selected > 0);
}

// Rows read while every contact of the filter is selected are selected too.
void ContactsPage::selectInsertedRows(int first, int last)
{
    if (!m_allMatching)
        return;
    m_selectingRows = true;
    m_table->selectionModel()->select(QItemSelection(m_model->index(first, 0),
                                                     m_model->index(last, 0)),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_selectingRows = false;
}

void ContactsPage::actionFinished(const QString &message, bool ok)
{
    showMessage(message, ok);
    if (ok)
        refresh();
}

void ContactsPage::showMessage(const QString &text, bool ok)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    // The palette has no "negative" role; a fixed red reads on light and dark themes.
    m_message->setStyleSheet(ok ? QString() : u"color: #d32f2f;"_s);
}

ImportWizard *ContactsPage::openImportWizard()
{
    auto *wizard = new ImportWizard(m_db, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ImportWizard::contactsImported, this, &ContactsPage::refresh);
    wizard->show();
    return wizard;
}

void ContactsPage::editContact(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    auto *dialog = new ContactEditDialog(m_db, m_model->contactAt(row), m_region, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        showMessage(tr("Saved."), true);
        refresh();
    });
    dialog->show();
}

void ContactsPage::exportContacts()
{
    if (m_export->isRunning())
        return;
    const QString path = Dialogs::getSaveFileName(
        this, tr("Export Contacts"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
            tr("contacts.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    showMessage({}, true);
    m_export->start(currentFilter(), path, m_matching);
}

} // namespace megaphone
