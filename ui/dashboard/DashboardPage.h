#pragma once

#include "Broadcast.h"
#include "Result.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace megaphone {

class CredentialStore;
class Database;
class FigureTile;
class GetStartedPanel;
class LiveBroadcastView;

// The running or a recent broadcast's live figures (LiveBroadcastView, which updates
// itself while visible), then summary figures: contacts by consent and broadcasts by
// status, read when the page is shown and when the user asks, never on a timer.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    // Without `credentials` there is no "Try with the sandbox" panel.
    explicit DashboardPage(std::shared_ptr<const Database> db,
                           CredentialStore *credentials = nullptr, QWidget *parent = nullptr);
    GetStartedPanel *getStarted() const { return m_getStarted; }
    LiveBroadcastView *liveBroadcast() const { return m_live; }

    void refresh();

Q_SIGNALS:
    void settingsRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Summary;
    void showSummary(const Result<Summary> &summary);

    std::shared_ptr<const Database> m_db;
    GetStartedPanel *m_getStarted = nullptr;
    LiveBroadcastView *m_live;
    FigureTile *m_contactsTotal;
    FigureTile *m_optedIn;
    FigureTile *m_unknownConsent;
    FigureTile *m_optedOut;
    QHash<BroadcastStatus, FigureTile *> m_broadcastTiles;
    QLabel *m_updated;
    QPushButton *m_refresh;
    quint64 m_generation = 0;
    bool m_sandboxTried = false;
};

} // namespace megaphone
