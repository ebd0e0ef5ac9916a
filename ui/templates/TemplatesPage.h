#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace megaphone {

class CredentialStore;
class Database;
class EmptyState;
class MessageLabel;
class RelayTemplateDialog;
class TemplateFilterBar;
class TemplateFilterModel;
class TemplateListModel;
class TemplatePreview;
class TemplateSyncRunner;
struct TemplateEntry;
struct TemplateRecord;

// The message templates of every sender account as a grid of WhatsApp bubbles
// (TemplateCardDelegate) with filters and a search (TemplateFilterBar), the selected
// one large on the right (TemplatePreview). "Sync" lists the templates of the
// account chosen in the filter, or of every account that has templates to list
// (TemplateSyncRunner). Relay accounts' free-text templates are written, edited and
// deleted here (RelayTemplateDialog).
class TemplatesPage : public QWidget
{
    Q_OBJECT

public:
    TemplatesPage(std::shared_ptr<const Database> db, CredentialStore *credentials,
                  QWidget *parent = nullptr);

    void refresh();
    void sync();
    void cancelSync();
    bool isSyncing() const;

    // Open the relay template dialog (window-modal, deletes itself); null when there
    // is nothing to open it for.
    RelayTemplateDialog *newRelayTemplate();
    RelayTemplateDialog *editRelayTemplate();
    // Asks, then marks the selected relay template deleted.
    void deleteRelayTemplate();

    TemplateListModel *model() const { return m_model; }
    TemplateFilterModel *filterModel() const { return m_filter; }
    TemplatePreview *preview() const { return m_preview; }
    QListView *grid() const { return m_grid; }
    // Selects the card of the template with this id, when shown.
    bool selectTemplate(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    void loaded();
    void filterChanged();
    void currentChanged();
    void updateButtons();
    const TemplateEntry *selectedEntry() const;
    RelayTemplateDialog *openDialog(RelayTemplateDialog *dialog);
    void save(const TemplateRecord &record);
    void syncFinished(const QString &text, bool ok);

    std::shared_ptr<const Database> m_db;
    CredentialStore *m_credentials;
    TemplateListModel *m_model;
    TemplateFilterModel *m_filter;
    TemplateSyncRunner *m_sync;
    TemplateFilterBar *m_filterBar;
    QStackedWidget *m_stack;
    QListView *m_grid;
    EmptyState *m_empty;
    TemplatePreview *m_preview;
    MessageLabel *m_syncStatus;
    QLabel *m_count;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_syncButton;
    QPushButton *m_cancelButton;
    qint64 m_selectedId = 0;
};

} // namespace megaphone
