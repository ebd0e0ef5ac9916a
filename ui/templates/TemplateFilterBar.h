#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace megaphone {

class TemplateFilterModel;
class TemplateListModel;

// The search line and the account, status, category and language filters of the
// Templates page; the choices come from the templates loaded, and a choice survives
// a reload while its value is still there.
class TemplateFilterBar : public QWidget
{
    Q_OBJECT

public:
    TemplateFilterBar(TemplateFilterModel *filter, QWidget *parent = nullptr);

    void fill(const TemplateListModel &model);
    // 0 for "All accounts".
    qint64 accountId() const;

Q_SIGNALS:
    void changed();

private:
    void apply();

    TemplateFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_account;
    QComboBox *m_status;
    QComboBox *m_category;
    QComboBox *m_language;
};

} // namespace megaphone
