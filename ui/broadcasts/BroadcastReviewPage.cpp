#include "BroadcastReviewPage.h"

#include "BroadcastDraft.h"
#include "BroadcastWizard.h"
#include "ReviewStep.h"
#include "widgets/Dialogs.h"

#include <QVBoxLayout>

namespace megaphone {

BroadcastReviewPage::BroadcastReviewPage(const BroadcastWizardContext &context, QWidget *parent)
    : BroadcastStepPage(context, parent)
    , m_step(new ReviewStep(context.db, context.credentials, this))
{
    setTitle(tr("Review and send"));
    setSubTitle(tr("Check everything once more, send yourself a test, then send or schedule."));
    body()->addWidget(m_step);
    connect(m_step, &ReviewStep::sendRequested, this, &BroadcastReviewPage::saveAndSend);
    connect(m_step, &ReviewStep::sent, this, [this] {
        m_sending = false;
        wizard()->accept(); // saved already: it just closes
    });
    connect(m_step, &ReviewStep::sendFailed, this, [this](const QString &message) {
        m_sending = false;
        Dialogs::warning(this, tr("Not sent"), message);
    });
}

void BroadcastReviewPage::initializePage()
{
    m_step->setDraft(draft()->broadcast());
}

void BroadcastReviewPage::saveAndSend()
{
    auto *builder = qobject_cast<BroadcastWizard *>(wizard());
    if (!builder || m_sending)
        return;
    m_sending = true;
    if (draft()->id() != 0 && !draft()->isModified())
        return m_step->send(draft()->id());
    // Exactly this save: sent when it succeeds, nothing when it fails.
    auto saved = std::make_shared<QMetaObject::Connection>();
    auto failed = std::make_shared<QMetaObject::Connection>();
    *saved = connect(builder, &BroadcastWizard::draftSaved, this, [this, saved, failed](qint64 id) {
        disconnect(*saved);
        disconnect(*failed);
        m_step->send(id);
    });
    *failed = connect(builder, &BroadcastWizard::draftSaveFailed, this, [this, saved, failed] {
        disconnect(*saved);
        disconnect(*failed);
        m_sending = false;
    });
    builder->saveDraft();
}

} // namespace megaphone
