#include "TemplatePicker.h"

#include "templates/TemplateCardDelegate.h"
#include "templates/TemplateFilterModel.h"
#include "templates/TemplateListModel.h"
#include "widgets/StatusText.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
const QString kApproved = u"APPROVED"_s;
// Smaller than on the Templates page: the row leaves room for the mapping under it.
constexpr QSize kPickerCard{272, 236};
} // namespace

// Approved templates first, then by name; the others cannot be selected.
class TemplatePicker::Filter : public TemplateFilterModel
{
public:
    using TemplateFilterModel::TemplateFilterModel;

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        const Qt::ItemFlags flags = TemplateFilterModel::flags(index);
        if (statusOf(index) == kApproved)
            return flags;
        return flags & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QString status = statusOf(index);
        if (role == Qt::ToolTipRole && status != kApproved)
            return TemplatePicker::tr("Only approved templates can be sent; this one is: %1.")
                .arg(StatusText::templateStatus(status));
        return TemplateFilterModel::data(index, role);
    }

protected:
    // Read past this class's own data(), which asks for it.
    QString statusOf(const QModelIndex &index) const
    {
        return TemplateFilterModel::data(index, TemplateListModel::StatusRole).toString();
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool leftApproved = left.data(TemplateListModel::StatusRole).toString() == kApproved;
        const bool rightApproved = right.data(TemplateListModel::StatusRole).toString() == kApproved;
        if (leftApproved != rightApproved)
            return leftApproved;
        return left.data(Qt::DisplayRole).toString().localeAwareCompare(
                   right.data(Qt::DisplayRole).toString())
            < 0;
    }
};

// The Templates page's card, washed out when it cannot be chosen.
class TemplatePicker::Delegate : public TemplateCardDelegate
{
public:
    using TemplateCardDelegate::TemplateCardDelegate;

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return kPickerCard;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        TemplateCardDelegate::paint(painter, option, index);
        if (option.state & QStyle::State_Enabled)
            return;
        QColor veil = option.palette.color(QPalette::Window);
        veil.setAlpha(150);
        painter->fillRect(option.rect.adjusted(6, 6, -6, -6), veil);
    }
};

TemplatePicker::TemplatePicker(std::shared_ptr<const Database> db, QWidget *parent)
    : QWidget(parent), m_model(new TemplateListModel(std::move(db), this)),
      m_filter(new Filter(this)), m_search(new QLineEdit(this)), m_stack(new QStackedWidget(this)),
      m_list(new QListView(m_stack)), m_empty(new QLabel(m_stack))
{
    setObjectName(u"templatePicker"_s);
    m_filter->setSourceModel(m_model);
    m_filter->setAccount(-1);
    m_filter->sort(0);
    m_search->setObjectName(u"templateSearch"_s);
    m_search->setPlaceholderText(tr("Search templates by name or text"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"templateList"_s);
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new Delegate(m_model, m_filter, m_list));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setGridSize(kPickerCard);
    m_list->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFixedHeight(kPickerCard.height() + 22);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_empty->setObjectName(u"templatePickerEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    m_stack->setFixedHeight(m_list->height());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_stack);

    connect(m_search, &QLineEdit::textChanged, m_filter, &TemplateFilterModel::setSearch);
    connect(m_model, &TemplateListModel::loaded, this, [this] {
        m_loaded = true;
        updateEmptyState();
        Q_EMIT loaded();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && (current.flags() & Qt::ItemIsSelectable))
                    Q_EMIT chosen(current.data(TemplateListModel::IdRole).toLongLong());
            });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TemplatePicker::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TemplatePicker::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TemplatePicker::updateEmptyState);
}

TemplatePicker::~TemplatePicker() = default;

void TemplatePicker::reload()
{
    m_model->reload();
}

void TemplatePicker::setAccount(qint64 accountId)
{
    m_account = accountId;
    m_filter->setAccount(accountId > 0 ? accountId : -1);
    updateEmptyState();
}

void TemplatePicker::updateEmptyState()
{
    const bool none = m_filter->rowCount() == 0;
    if (!m_loaded)
        m_empty->setText(tr("Reading templates..."));
    else if (!m_model->loadError().isEmpty())
        m_empty->setText(m_model->loadError());
    else if (m_account <= 0)
        m_empty->setText(tr("Choose the number to send from in the first step."));
    else if (!m_search->text().isEmpty())
        m_empty->setText(tr("No template matches \"%1\".").arg(m_search->text()));
    else
        m_empty->setText(tr("This number has no templates yet. Sync them on the Templates page "
                            "or create one in your provider's console."));
    m_stack->setCurrentWidget(none || !m_loaded ? static_cast<QWidget *>(m_empty) : m_list);
}

void TemplatePicker::select(qint64 templateId)
{
    const int row = m_model->rowOf(templateId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row));
    const QSignalBlocker blocker(m_list->selectionModel());
    if (!index.isValid()) {
        m_list->clearSelection();
        return;
    }
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

qint64 TemplatePicker::currentId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(TemplateListModel::IdRole).toLongLong() : 0;
}

const TemplateEntry *TemplatePicker::entry(qint64 templateId) const
{
    const int row = m_model->rowOf(templateId);
    return row < 0 ? nullptr : &m_model->entry(row);
}

int TemplatePicker::count() const
{
    return m_filter->rowCount();
}

} // namespace megaphone
