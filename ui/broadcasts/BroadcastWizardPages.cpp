#include "BroadcastWizardPages.h"

#include "BroadcastAudiencePage.h"
#include "BroadcastContentPage.h"
#include "BroadcastReviewPage.h"
#include "BroadcastSetupPage.h"

namespace megaphone {

QList<BroadcastWizardPage> makeBroadcastWizardPages(const BroadcastWizardContext &context,
                                                    QWidget *parent)
{
    return {
        {BroadcastStep::Setup, new BroadcastSetupPage(context, parent)},
        {BroadcastStep::Audience, new BroadcastAudiencePage(context, parent)},
        {BroadcastStep::Content, new BroadcastContentPage(context, parent)},
        {BroadcastStep::Review, new BroadcastReviewPage(context, parent)},
    };
}

} // namespace megaphone
