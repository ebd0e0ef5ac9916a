#include "TemplateFilterBar.h"

#include "TemplateFilterModel.h"
#include "TemplateListModel.h"
#include "widgets/StatusText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

// Refills `combo` with "any" and the given (text, value) pairs, keeping the choice.
void refill(QComboBox *combo, const QString &any, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(any, QVariant());
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(qMax(0, index));
}

QList<std::pair<QString, QVariant>> valuesOf(
    const QStringList &values, QString (*label)(const QString &))
{
    QList<std::pair<QString, QVariant>> items;
    for (const QString &value : values)
        items.append({ label ? label(value) : value, value });
    return items;
}

} // namespace

TemplateFilterBar::TemplateFilterBar(TemplateFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_search(new QLineEdit(this))
    , m_account(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    m_search->setObjectName(u"templateSearch"_s);
    m_search->setPlaceholderText(tr("Search name and text"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    m_account->setObjectName(u"accountFilter"_s);
    m_status->setObjectName(u"statusFilter"_s);
    m_category->setObjectName(u"categoryFilter"_s);
    m_language->setObjectName(u"languageFilter"_s);
    m_account->setToolTip(tr("Sender account; Sync syncs the one chosen here"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    for (QComboBox *combo : { m_account, m_status, m_category, m_language }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumWidth(70); // narrow windows squeeze the filters, not the page
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &TemplateFilterBar::apply);
    }
    connect(m_search, &QLineEdit::textChanged, this, &TemplateFilterBar::apply);
    refill(m_account, tr("All accounts"), {});
    refill(m_status, tr("Any status"), {});
    refill(m_category, tr("Any category"), {});
    refill(m_language, tr("Any language"), {});
}

void TemplateFilterBar::fill(const TemplateListModel &model)
{
    QList<std::pair<QString, QVariant>> accounts;
    for (const Account &account : model.accounts())
        accounts.append({ account.label, account.id });
    refill(m_account, tr("All accounts"), accounts);
    refill(m_status, tr("Any status"),
        valuesOf(model.values(TemplateListModel::StatusRole), &StatusText::templateStatus));
    refill(m_category, tr("Any category"),
        valuesOf(model.values(TemplateListModel::CategoryRole), &StatusText::templateCategory));
    refill(m_language, tr("Any language"),
        valuesOf(model.values(TemplateListModel::LanguageRole), nullptr));
    apply();
}

qint64 TemplateFilterBar::accountId() const
{
    return m_account->currentData().toLongLong();
}

void TemplateFilterBar::apply()
{
    m_filter->setAccount(accountId());
    m_filter->setStatus(m_status->currentData().toString());
    m_filter->setCategory(m_category->currentData().toString());
    m_filter->setLanguage(m_language->currentData().toString());
    m_filter->setSearch(m_search->text());
    Q_EMIT changed();
}

} // namespace megaphone
