#include "BroadcastAudiencePage.h"

#include "AudienceStep.h"
#include "BroadcastDraft.h"

#include <QVBoxLayout>

namespace megaphone {

BroadcastAudiencePage::BroadcastAudiencePage(const BroadcastWizardContext &context,
                                             QWidget *parent)
    : BroadcastStepPage(context, parent)
    , m_step(new AudienceStep(context.db, this))
{
    setTitle(tr("Audience"));
    setSubTitle(tr("Choose who receives the broadcast. Only contacts who opted in ever do."));
    body()->addWidget(m_step);
    setBlocker(tr("Counting the audience…"), true);
    connect(m_step, &AudienceStep::audienceChanged, this, [this] {
        draft()->setAudience(m_step->audience());
        setBlocker(tr("Counting the audience…"), true);
    });
    connect(m_step, &AudienceStep::counted, this, [this](qint64 willReceive) {
        setBlocker(willReceive > 0 ? QString()
                                   : tr("Nobody would receive it: choose tags or conditions that "
                                        "match contacts who opted in."));
    });
    connect(draft(), &BroadcastDraft::loaded, this,
            [this] { m_step->setAudience(draft()->audience()); });
}

void BroadcastAudiencePage::initializePage()
{
    m_step->setAudience(draft()->audience());
}

} // namespace megaphone
