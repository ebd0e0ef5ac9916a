#pragma once

#include "Account.h"
#include "BroadcastStepPage.h"

#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace megaphone {

class ScheduleFields;

// Step 1 of the Broadcast Builder: the broadcast's name, the number it is sent from,
// when it goes out (now or at a time in a chosen zone, with optional local sending
// hours) and its top speed (the number's throughput by default). Every problem is
// shown under its field, and Next says why it is disabled.
class BroadcastSetupPage : public BroadcastStepPage
{
    Q_OBJECT

public:
    BroadcastSetupPage(const BroadcastWizardContext &context, QWidget *parent = nullptr);

    // The fastest rate the number allows (messages per second).
    static int throughputOf(const Account &account);
    bool accountsLoaded() const { return m_accountsLoaded; }

private:
    QWidget *buildBasics();
    QWidget *buildSpeed();
    void loadAccounts();
    void showAccounts(const QList<Account> &accounts);
    void showDraft();
    void accountChosen();
    void writeBack();
    void validate();
    const Account *currentAccount() const;

    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QComboBox *m_account;
    QLabel *m_accountHint;
    QLabel *m_accountProblem;
    ScheduleFields *m_schedule;
    QSpinBox *m_maxMps;
    QLabel *m_speedHint;
    QList<Account> m_accounts;
    bool m_accountsLoaded = false;
    bool m_filling = false;
    bool m_nameTouched = false;
};

} // namespace megaphone
