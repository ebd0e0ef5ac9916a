#include "BroadcastActions.h"

#include "BroadcastList.h"

#include <QAction>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace megaphone {

BroadcastActions::BroadcastActions(QObject *parent) : QObject(parent)
{
    m_actions.resize(KindCount);
    add(Open, u"openBroadcast"_s, tr("Open"), tr("Open the broadcast"), u"document-open"_s);
    add(SendNow, u"sendBroadcastNow"_s, tr("Send Now"),
        tr("Its scheduled time was missed: send it now"), u"mail-send"_s);
    add(Pause, u"pauseBroadcast"_s, tr("Pause"), tr("Stop sending for now; resume later"),
        u"media-playback-pause"_s);
    add(Resume, u"resumeBroadcast"_s, tr("Resume"), tr("Go on sending"),
        u"media-playback-start"_s);
    add(Cancel, u"cancelBroadcast"_s, tr("Cancel\u2026"),
        tr("Stop the broadcast for good; its pending recipients get nothing"),
        u"process-stop"_s);
    add(RetryFailed, u"retryFailed"_s, tr("Retry Failed"),
        tr("Send again to the recipients whose message failed before WhatsApp accepted it; "
           "numbers refused for good are left alone"),
        u"view-refresh"_s);
    add(RetryUnknown, u"retryUnknown"_s, tr("Retry Unknown\u2026"),
        tr("Send again to the recipients whose outcome is unknown"), u"view-refresh"_s);
    add(Duplicate, u"duplicateBroadcast"_s, tr("Duplicate"),
        tr("Make a new draft with the same settings"), u"edit-copy"_s);
    add(ExportReport, u"exportReport"_s, tr("Export Report\u2026"),
        tr("Save every recipient's status, times and errors as a CSV file"),
        u"document-save-as"_s);
    update(nullptr);
}

void BroadcastActions::add(Kind kind, const QString &objectName, const QString &text,
                           const QString &toolTip, const QString &icon)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    connect(action, &QAction::triggered, this, [this, kind] { Q_EMIT triggered(kind); });
    m_actions[kind] = action;
}

bool BroadcastActions::allows(Kind kind, const BroadcastSummary &b)
{
    const bool retryable = b.status != BroadcastStatus::Draft && b.status != BroadcastStatus::Cancelled;
    switch (kind) {
    case Open:
    case Duplicate:
        return true;
    case SendNow:
        return b.status == BroadcastStatus::AwaitingConfirmation;
    case Pause:
        return b.status == BroadcastStatus::Running;
    case Resume:
        return b.status == BroadcastStatus::Paused;
    case Cancel:
        return b.status != BroadcastStatus::Completed && b.status != BroadcastStatus::Cancelled;
    case RetryFailed:
        return retryable && b.count(RecipientStatus::Failed) > 0;
    case RetryUnknown:
        return retryable && b.count(RecipientStatus::Unknown) > 0;
    case ExportReport:
        return b.total() > 0;
    case KindCount:
        break;
    }
    return false;
}

void BroadcastActions::update(const BroadcastSummary *selected)
{
    for (int kind = 0; kind < KindCount; ++kind)
        m_actions[kind]->setEnabled(selected && allows(Kind(kind), *selected));
}

} // namespace megaphone
