#pragma once

#include "BroadcastWizardPages.h"

#include <QWizard>

#include <memory>

namespace megaphone {

class BroadcastDraft;
class CredentialStore;
class Database;

// The Broadcast Builder: a broadcast made step by step (Setup, Audience, Content, Review
// and send), each step a page of makeBroadcastWizardPages() working on one shared
// BroadcastDraft. "Save draft" stores the broadcast at any step; a draft opened again
// shows every field as it was saved. Leaving with unsaved changes asks first (through
// Dialogs, so tests can answer).
class BroadcastWizard : public QWizard
{
    Q_OBJECT

public:
    // `draftId` 0: a new broadcast. Otherwise that draft is read off the GUI thread and
    // the pages fill in when draftLoaded() is emitted.
    // `credentials` lets the review step send a test; null: no test send.
    explicit BroadcastWizard(std::shared_ptr<const Database> db, qint64 draftId = 0,
                             CredentialStore *credentials = nullptr, QWidget *parent = nullptr);

    BroadcastDraft *draft() const { return m_draft; }
    // The page of a step, nullptr while that step is not built in.
    QWizardPage *stepPage(BroadcastStep step) const { return page(int(step)); }

    // Writes the draft (a new one the first time); draftSaved() or a warning follows.
    void saveDraft();
    bool isSaving() const { return m_saving; }

    void accept() override; // saves, then closes
    void reject() override;

Q_SIGNALS:
    void draftLoaded();
    void draftSaved(qint64 id);
    void draftSaveFailed(const QString &message);

private:
    void loadDraft(qint64 id);
    void updateSaveButton();
    void updateTitle();

    std::shared_ptr<const Database> m_db;
    BroadcastDraft *m_draft;
    bool m_saving = false;
    bool m_closeAfterSave = false;
};

} // namespace megaphone
