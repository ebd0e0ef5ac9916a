#pragma once

#include <QGroupBox>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace megaphone {

class MessageLabel;
class Preferences;
class WebhookService;

// Settings > Webhooks: turns the app's webhook receiver on (off by default) at a listen
// address, says whether it listens, and explains how to expose it and what to enter in
// the Meta app, in Twilio and at 360dialog.
class WebhooksSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit WebhooksSection(Preferences *preferences, QWidget *parent = nullptr);

    // The receiver this section controls; without one the controls are disabled.
    void setService(WebhookService *service);

private:
    void apply();
    void showState();

    Preferences *m_preferences;
    WebhookService *m_service = nullptr;
    QCheckBox *m_enabled;
    QLineEdit *m_listen;
    QPushButton *m_apply;
    MessageLabel *m_status;
};

} // namespace megaphone
