#include "TemplateFilterModel.h"

#include "TemplateListModel.h"

namespace megaphone {

void TemplateFilterModel::setAccount(qint64 accountId)
{
    m_account = accountId;
    changed();
}

void TemplateFilterModel::setStatus(const QString &status)
{
    m_status = status.toUpper();
    changed();
}

void TemplateFilterModel::setCategory(const QString &category)
{
    m_category = category.toUpper();
    changed();
}

void TemplateFilterModel::setLanguage(const QString &language)
{
    m_language = language;
    changed();
}

void TemplateFilterModel::setSearch(const QString &text)
{
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    changed();
}

void TemplateFilterModel::changed()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
    endFilterChange();
#else
    invalidateFilter();
#endif
}

bool TemplateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using R = TemplateListModel;
    if (m_account != 0 && index.data(R::AccountRole).toLongLong() != m_account)
        return false;
    if (!m_status.isEmpty() && index.data(R::StatusRole).toString() != m_status)
        return false;
    if (!m_category.isEmpty() && index.data(R::CategoryRole).toString() != m_category)
        return false;
    if (!m_language.isEmpty() && index.data(R::LanguageRole).toString() != m_language)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(R::SearchRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace megaphone
