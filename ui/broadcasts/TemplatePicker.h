#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;

namespace megaphone {

class Database;
class TemplateListModel;
struct TemplateEntry;

// The account's templates as the Templates page shows them (TemplateCardDelegate), in a
// row to scroll through: approved ones first and selectable, the others greyed with
// their status chip and a tooltip saying why they cannot be chosen.
class TemplatePicker : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePicker(std::shared_ptr<const Database> db, QWidget *parent = nullptr);
    ~TemplatePicker() override;

    // Shows this account's templates only (0: none).
    void setAccount(qint64 accountId);
    // Reads the templates again; loaded() follows.
    void reload();
    bool isLoaded() const { return m_loaded; }

    // Selects a template without emitting chosen() (a draft opened again).
    void select(qint64 templateId);
    qint64 currentId() const;
    // The template with this id, loaded and of any status; nullptr when unknown.
    const TemplateEntry *entry(qint64 templateId) const;
    // How many templates the account has (shown, of any status).
    int count() const;

Q_SIGNALS:
    void loaded();
    void chosen(qint64 templateId); // the user picked an approved template

private:
    class Filter;
    class Delegate;
    void updateEmptyState();

    TemplateListModel *m_model;
    Filter *m_filter;
    QLineEdit *m_search;
    QStackedWidget *m_stack;
    QListView *m_list;
    QLabel *m_empty;
    qint64 m_account = 0;
    bool m_loaded = false;
};

} // namespace megaphone
