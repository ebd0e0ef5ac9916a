#include "BroadcastSetupPage.h"

#include "AccountStore.h"
#include "BroadcastDraft.h"
#include "Clock.h"
#include "ScheduleFields.h"
#include "settings/ProviderForm.h"
#include "widgets/HintLabel.h"
#include "widgets/RunInBackground.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
constexpr int kDefaultMps = 80; // Meta's standard throughput per number
constexpr int kMaxName = 200;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}
} // namespace

BroadcastSetupPage::BroadcastSetupPage(const BroadcastWizardContext &context, QWidget *parent)
    : BroadcastStepPage(context, parent), m_name(new QLineEdit(this)),
      m_nameProblem(fieldProblemLabel(u"setupNameProblem"_s, this)),
      m_account(new QComboBox(this)), m_accountHint(hintLabel({}, this)),
      m_accountProblem(fieldProblemLabel(u"setupAccountProblem"_s, this)),
      m_schedule(new ScheduleFields(this)), m_maxMps(new QSpinBox(this)),
      m_speedHint(hintLabel({}, this))
{
    setObjectName(u"broadcastSetupPage"_s);
    setTitle(tr("Set up the broadcast"));
    setSubTitle(tr("Name it, choose the number it comes from and when it goes out."));

    body()->addWidget(sectionTitle(tr("Broadcast"), this));
    body()->addWidget(buildBasics());
    body()->addSpacing(12);
    body()->addWidget(sectionTitle(tr("When to send"), this));
    body()->addWidget(m_schedule);
    body()->addSpacing(12);
    body()->addWidget(sectionTitle(tr("Speed"), this));
    body()->addWidget(buildSpeed());
    body()->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_name, &QLineEdit::textChanged, this, &BroadcastSetupPage::writeBack);
    connect(m_account, &QComboBox::currentIndexChanged, this, &BroadcastSetupPage::accountChosen);
    connect(m_schedule, &ScheduleFields::edited, this, &BroadcastSetupPage::writeBack);
    connect(m_maxMps, &QSpinBox::valueChanged, this, &BroadcastSetupPage::writeBack);
    connect(draft(), &BroadcastDraft::loaded, this, &BroadcastSetupPage::showDraft);
    loadAccounts();
    validate();
}

QWidget *BroadcastSetupPage::buildBasics()
{
    m_name->setObjectName(u"setupName"_s);
    m_name->setPlaceholderText(tr("For example: Spring sale, VIP customers"));
    m_name->setMaxLength(kMaxName);
    m_account->setObjectName(u"setupAccount"_s);
    m_account->setAccessibleName(tr("Sender number"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *name = new QVBoxLayout;
    name->addWidget(m_name);
    name->addWidget(m_nameProblem);
    form->addRow(ScheduleFields::formLabel(tr("Name"), box), name);
    auto *sender = new QVBoxLayout;
    sender->addWidget(m_account, 0, Qt::AlignLeft);
    sender->addWidget(m_accountHint);
    sender->addWidget(m_accountProblem);
    form->addRow(ScheduleFields::formLabel(tr("Send from"), box), sender);
    return box;
}

QWidget *BroadcastSetupPage::buildSpeed()
{
    m_maxMps->setObjectName(u"setupMaxMps"_s);
    m_maxMps->setRange(1, kDefaultMps);
    m_maxMps->setValue(kDefaultMps);
    m_maxMps->setSuffix(tr(" messages per second"));
    m_maxMps->setAccessibleName(tr("Maximum messages per second"));
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    auto *speed = new QVBoxLayout;
    speed->addWidget(m_maxMps, 0, Qt::AlignLeft);
    speed->addWidget(m_speedHint);
    form->addRow(ScheduleFields::formLabel(tr("At most"), box), speed);
    return box;
}

int BroadcastSetupPage::throughputOf(const Account &account)
{
    if (account.throughputMps > 0)
        return account.throughputMps;
    const int configured = account.settings.value(u"max_mps"_s).toInt();
    return configured > 0 ? configured : kDefaultMps;
}

void BroadcastSetupPage::loadAccounts()
{
    runInBackground(
        this, [store = AccountStore(db())]() mutable { return store.list(); },
        [this](const Result<QList<Account>> &accounts) {
            m_accountsLoaded = true;
            if (!accounts) {
                showFieldProblem(m_accountProblem, accounts.error().message);
                return;
            }
            showAccounts(accounts.value());
        });
}

void BroadcastSetupPage::showAccounts(const QList<Account> &accounts)
{
    m_accounts = accounts;
    m_filling = true;
    m_account->clear();
    for (const Account &account : accounts) {
        const QString number = account.displayNumber.isEmpty() ? account.phoneNumberId
                                                               : account.displayNumber;
        QStringList parts{account.label, ProviderForm::providerName(account.provider)};
        if (!number.isEmpty())
            parts.append(number);
        m_account->addItem(parts.join(u"  ·  "_s), account.id);
    }
    m_filling = false;
    const int chosen = m_account->findData(draft()->accountId());
    m_account->setCurrentIndex(chosen >= 0 ? chosen : 0);
    accountChosen();
}

const Account *BroadcastSetupPage::currentAccount() const
{
    const qint64 id = m_account->currentData().toLongLong();
    for (const Account &account : m_accounts) {
        if (account.id == id)
            return &account;
    }
    return nullptr;
}

// A new number: its throughput is the new ceiling and, unless the user chose a lower
// rate for this broadcast, the rate.
void BroadcastSetupPage::accountChosen()
{
    if (m_filling)
        return;
    const Account *account = currentAccount();
    if (account) {
        const int throughput = throughputOf(*account);
        int rate = throughput;
        if (account->id == draft()->accountId() && draft()->maxMps() > 0)
            rate = draft()->maxMps(); // the draft's own number and rate
        else if (draft()->maxMps() > 0 && m_maxMps->value() < m_maxMps->maximum())
            rate = m_maxMps->value(); // a rate the user lowered stays lowered
        const QSignalBlocker blocker(m_maxMps);
        m_maxMps->setMaximum(throughput);
        m_maxMps->setValue(std::min(rate, throughput));
        m_accountHint->setText(tr("Quality rating: %1.")
                                   .arg(account->qualityRating.isEmpty() ? tr("not known yet")
                                                                         : account->qualityRating));
        m_speedHint->setText(tr("This number can send up to %n message(s) per second.", nullptr,
                                throughput));
    }
    m_accountHint->setVisible(account && !account->qualityRating.isEmpty());
    writeBack();
}

void BroadcastSetupPage::showDraft()
{
    m_filling = true;
    m_name->setText(draft()->name());
    m_schedule->setValues(draft()->scheduledAt(), draft()->scheduleZone(), draft()->sendingHours());
    const int account = m_account->findData(draft()->accountId());
    if (account >= 0)
        m_account->setCurrentIndex(account);
    m_filling = false;
    if (const Account *chosen = currentAccount()) {
        const QSignalBlocker blocker(m_maxMps);
        m_maxMps->setMaximum(throughputOf(*chosen));
        m_maxMps->setValue(draft()->maxMps() > 0 ? draft()->maxMps() : throughputOf(*chosen));
    }
    m_nameTouched = true;
    validate();
}

void BroadcastSetupPage::writeBack()
{
    if (m_filling)
        return;
    draft()->setName(m_name->text().trimmed());
    if (m_accountsLoaded)
        draft()->setAccountId(m_account->currentData().toLongLong());
    draft()->setSchedule(m_schedule->scheduledAt(), m_schedule->zoneId());
    draft()->setSendingHours(m_schedule->hours());
    if (currentAccount())
        draft()->setMaxMps(m_maxMps->value());
    validate();
}

void BroadcastSetupPage::validate()
{
    const qint64 now = Clock::nowMs();
    QString name;
    if (m_name->text().trimmed().isEmpty())
        name = tr("Give the broadcast a name.");
    QString account;
    if (m_accountsLoaded && m_accounts.isEmpty())
        account = tr("Add a sender number in Settings first.");
    else if (m_accountsLoaded && !currentAccount())
        account = tr("Choose the number to send from.");
    showFieldProblem(m_nameProblem, m_nameTouched ? name : QString());
    showFieldProblem(m_accountProblem, account);
    m_schedule->showProblems(now);
    for (const QString &problem : {name, account, m_schedule->scheduleProblem(now),
                                   m_schedule->hoursProblem()}) {
        if (!problem.isEmpty()) {
            setBlocker(problem);
            return;
        }
    }
    setBlocker(m_accountsLoaded ? QString() : tr("Reading your sender numbers..."), true);
}

} // namespace megaphone
