#pragma once

#include "Broadcast.h"
#include "BroadcastStats.h"

#include <QList>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTimer;

namespace megaphone {

class BroadcastStatsPanel;
class BroadcastWatcher;
class Database;
class EmptyState;

// The dashboard's live part: a picker of the running and recent broadcasts (the running
// one by default) and its figures. While visible it reads them once a second, also when
// the sending happens in another process or on another machine; on PostgreSQL a NOTIFY
// from the dispatcher or the webhook receiver triggers a read at once. Reads run off the
// GUI thread and never overlap: a tick that finds one running is dropped.
class LiveBroadcastView : public QWidget
{
    Q_OBJECT

public:
    explicit LiveBroadcastView(std::shared_ptr<const Database> db, QWidget *parent = nullptr);
    ~LiveBroadcastView() override;

    BroadcastStatsPanel *panel() const { return m_panel; }
    QComboBox *picker() const { return m_picker; }
    // The broadcast shown (0: none).
    qint64 shownBroadcastId() const { return m_shownId; }
    // True while a NOTIFY channel brings changes at once (PostgreSQL).
    bool isListening() const;

    // Reads now unless a read is running (then once more after it).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Reading;
    void tick();
    void startRead();
    void showReading(const Result<Reading> &reading);
    void fillPicker(const QList<Broadcast> &choices, qint64 shownId);
    void listen();

    std::shared_ptr<const Database> m_db;
    QComboBox *m_picker;
    QLabel *m_message;
    BroadcastStatsPanel *m_panel;
    EmptyState *m_empty;
    QTimer *m_timer;
    BroadcastWatcher *m_watcher = nullptr;
    qint64 m_wantedId = 0; // the user's choice; 0: the running one
    qint64 m_shownId = 0;
    bool m_reading = false;
    bool m_readAgain = false;
};

} // namespace megaphone
