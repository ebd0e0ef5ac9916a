#pragma once

#include "BroadcastStepPage.h"

#include <QList>

namespace megaphone {

// The steps of the Broadcast Builder, in order; a step's id is its page id in the wizard.
enum class BroadcastStep { Setup = 0, Audience = 1, Content = 2, Review = 3 };

struct BroadcastWizardPage
{
    BroadcastStep step;
    QWizardPage *page;
};

// The pages the Broadcast Builder shows, made for one wizard. Adding a step is one line
// here (and its include): the wizard takes whatever this returns, in step order.
QList<BroadcastWizardPage> makeBroadcastWizardPages(const BroadcastWizardContext &context,
                                                    QWidget *parent);

} // namespace megaphone
