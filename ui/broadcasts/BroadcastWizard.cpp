#include "BroadcastWizard.h"

#include "BroadcastDraft.h"
#include "BroadcastStore.h"
#include "widgets/Dialogs.h"
#include "widgets/RunInBackground.h"

#include <QAbstractButton>

using namespace Qt::StringLiterals;

namespace megaphone {

BroadcastWizard::BroadcastWizard(std::shared_ptr<const Database> db, qint64 draftId,
                                 CredentialStore *credentials, QWidget *parent)
    : QWizard(parent), m_db(std::move(db)), m_draft(new BroadcastDraft(this))
{
    setObjectName(u"broadcastWizard"_s);
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::HaveCustomButton1 | QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CustomButton1, tr("Save draft"));
    setButtonText(QWizard::FinishButton, tr("Save and close"));
    button(QWizard::CustomButton1)->setObjectName(u"saveDraftButton"_s);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::CancelButton,
                     QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton});
    setMinimumSize(980, 680);

    for (const BroadcastWizardPage &step : makeBroadcastWizardPages({m_db, m_draft, credentials}, this))
        setPage(int(step.step), step.page);

    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            saveDraft();
    });
    connect(m_draft, &BroadcastDraft::changed, this, [this] {
        updateSaveButton();
        updateTitle();
    });
    connect(m_draft, &BroadcastDraft::saved, this, &BroadcastWizard::updateSaveButton);
    connect(this, &QWizard::currentIdChanged, this, [this] {
        const auto *step = qobject_cast<const BroadcastStepPage *>(currentPage());
        button(QWizard::NextButton)->setToolTip(step ? step->blocker() : QString());
    });
    updateSaveButton();
    updateTitle();
    if (draftId > 0)
        loadDraft(draftId);
}

void BroadcastWizard::loadDraft(qint64 id)
{
    setEnabled(false);
    runInBackground(
        this, [store = BroadcastStore(m_db), id]() mutable { return store.find(id); },
        [this, id](const Result<std::optional<Broadcast>> &found) {
            setEnabled(true);
            if (!found || !found->has_value()) {
                Dialogs::warning(this, tr("Could not open the draft"),
                                 found ? tr("The broadcast %1 no longer exists.").arg(id)
                                       : found.error().message);
                return;
            }
            m_draft->load(found->value());
            Q_EMIT draftLoaded();
        });
}

void BroadcastWizard::saveDraft()
{
    if (m_saving || m_draft->name().trimmed().isEmpty())
        return;
    m_saving = true;
    updateSaveButton();
    runInBackground(
        this,
        [store = BroadcastStore(m_db), broadcast = m_draft->broadcast()]() mutable
        -> Result<qint64> {
            if (broadcast.id == 0)
                return store.create(broadcast);
            if (auto updated = store.updateDraft(broadcast); !updated)
                return updated.error();
            return broadcast.id;
        },
        [this](const Result<qint64> &id) {
            m_saving = false;
            if (!id) {
                m_closeAfterSave = false;
                updateSaveButton();
                Dialogs::warning(this, tr("Could not save the draft"), id.error().message);
                Q_EMIT draftSaveFailed(id.error().message);
                return;
            }
            m_draft->markSaved(id.value());
            Q_EMIT draftSaved(id.value());
            if (m_closeAfterSave)
                QWizard::accept();
        });
}

void BroadcastWizard::updateSaveButton()
{
    QAbstractButton *save = button(QWizard::CustomButton1);
    const bool named = !m_draft->name().trimmed().isEmpty();
    const bool unsaved = m_draft->id() == 0 || m_draft->isModified();
    save->setEnabled(named && unsaved && !m_saving);
    if (m_saving)
        save->setText(tr("Saving..."));
    else
        save->setText(unsaved ? tr("Save draft") : tr("Draft saved"));
    save->setToolTip(named ? QString() : tr("Give the broadcast a name to save it."));
}

void BroadcastWizard::updateTitle()
{
    const QString name = m_draft->name().trimmed();
    setWindowTitle(name.isEmpty() ? tr("New broadcast") : tr("Broadcast: %1").arg(name));
}

void BroadcastWizard::accept()
{
    if (m_draft->name().trimmed().isEmpty())
        return; // the Setup step asks for a name first
    if (m_draft->id() != 0 && !m_draft->isModified()) {
        QWizard::accept();
        return;
    }
    m_closeAfterSave = true;
    saveDraft();
}

void BroadcastWizard::reject()
{
    if (m_saving)
        return;
    const bool unsaved = m_draft->isModified() || (m_draft->id() == 0 && !m_draft->name().isEmpty());
    if (unsaved
        && !Dialogs::confirm(this, tr("Discard changes?"),
                             tr("The changes to this broadcast since it was last saved will be "
                                "lost."),
                             tr("Discard")))
        return;
    QWizard::reject();
}

} // namespace megaphone
