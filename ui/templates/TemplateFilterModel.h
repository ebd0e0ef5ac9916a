#pragma once

#include <QSortFilterProxyModel>

namespace megaphone {

// The filters of the Templates page over TemplateListModel: account, status,
// category and language (empty or 0: any) and a search over name and text.
class TemplateFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setAccount(qint64 accountId);
    void setStatus(const QString &status);
    void setCategory(const QString &category);
    void setLanguage(const QString &language);
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();

    qint64 m_account = 0;
    QString m_status;
    QString m_category;
    QString m_language;
    QStringList m_words;
};

} // namespace megaphone
