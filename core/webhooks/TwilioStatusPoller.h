#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace megaphone {

class Database;
class TwilioProvider;
struct StatusEvent;

// Twilio accounts without a public webhook address (no callback base URL, so Twilio
// cannot call back) learn delivery and read statuses by asking (issue 6): every
// interval, the account's recent messages still below `read` are fetched a few at a time,
// oldest first, and what Twilio says goes through the webhook store like a callback
// would (stored de-duplicated, applied in rank order). A cursor walks the messages, so
// every one is asked in turn however many there are. Lives on the dispatcher's thread,
// beside the provider it uses.
class TwilioStatusPoller : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int intervalMs = 60000;
        int batch = 50;                           // messages asked per round
        int inFlight = 4;                         // requests at once
        qint64 maxAgeMs = 3LL * 24 * 3600 * 1000; // older messages are not asked again
    };

    TwilioStatusPoller(std::shared_ptr<const Database> db, qint64 accountId,
                       TwilioProvider *provider, const Settings &settings,
                       QObject *parent = nullptr);
    ~TwilioStatusPoller() override;

    void start();
    // One round now (unless one is running).
    void pollNow();

Q_SIGNALS:
    // A round ended: messages asked, statuses that changed something, requests that failed.
    void polled(int asked, int applied, int failed);

private:
    struct Round;
    void askNext();
    void finishRound();

    std::shared_ptr<const Database> m_db;
    qint64 m_accountId;
    QPointer<TwilioProvider> m_provider;
    Settings m_settings;
    QTimer *m_timer;
    qint64 m_cursor = 0; // the last recipient id asked about
    std::unique_ptr<Round> m_round;
};

} // namespace megaphone
