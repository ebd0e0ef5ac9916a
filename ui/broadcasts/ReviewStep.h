#pragma once

#include "Broadcast.h"

#include <QWidget>

#include <memory>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace megaphone {

class CredentialStore;
class Database;
struct SendReview;

// The Broadcast Builder's last step: a summary, the recipient count, the pre-send check
// list, the ETA with its daily plan, the estimated cost, "Send a test to my number", and
// Send now / Schedule with a confirmation. Every figure is read off the GUI thread.
class ReviewStep : public QWidget
{
    Q_OBJECT

public:
    ReviewStep(std::shared_ptr<const Database> db, CredentialStore *credentials,
               QWidget *parent = nullptr);

    // The draft as the wizard holds it (saved or not); figures are read again.
    void setDraft(const Broadcast &draft);
    // Whether the checks let it be sent (false while reading).
    bool canSend() const { return m_canSend; }
    // Starts or schedules the saved draft `id` (BroadcastControl::send).
    void send(qint64 id);

Q_SIGNALS:
    void reviewed(bool canSend);
    // The user confirmed Send now / Schedule: the wizard saves the draft, then calls send().
    void sendRequested();
    void sent(qint64 id, megaphone::BroadcastStatus status);
    void sendFailed(const QString &message);

private:
    void showReview(const SendReview &review);
    void showPlan(const SendReview &review);
    void confirmSend();
    void sendTest();
    QWidget *buildTestRow();

    std::shared_ptr<const Database> m_db;
    CredentialStore *m_credentials;
    Broadcast m_draft;
    quint64 m_generation = 0;
    bool m_canSend = false;
    qint64 m_recipients = 0;
    QLabel *m_summary;
    QLabel *m_recipientsLabel;
    QListWidget *m_checks;
    QLabel *m_eta;
    QTableWidget *m_plan;
    QLabel *m_cost;
    QLineEdit *m_testNumber;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QPushButton *m_send;
};

} // namespace megaphone
