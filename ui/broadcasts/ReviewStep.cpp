#include "ReviewStep.h"

#include "AccountStore.h"
#include "AudiencePreview.h"
#include "BroadcastControl.h"
#include "Clock.h"
#include "ProviderCall.h"
#include "SendReview.h"
#include "TestMessage.h"
#include "widgets/Dialogs.h"
#include "widgets/RunInBackground.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr int kPlanRows = 7;

QIcon iconFor(QStyle *style, ReviewCheck::Level level)
{
    switch (level) {
    case ReviewCheck::Level::Blocker: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ReviewCheck::Level::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ReviewCheck::Level::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

bool scheduledLater(const Broadcast &draft)
{
    return draft.scheduledAt > Clock::nowMs();
}

} // namespace

ReviewStep::ReviewStep(std::shared_ptr<const Database> db, CredentialStore *credentials,
                       QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_credentials(credentials)
    , m_summary(new QLabel(this))
    , m_recipientsLabel(new QLabel(this))
    , m_checks(new QListWidget(this))
    , m_eta(new QLabel(this))
    , m_plan(new QTableWidget(0, 2, this))
    , m_cost(new QLabel(this))
    , m_testNumber(new QLineEdit(this))
    , m_testButton(new QPushButton(tr("Send a test"), this))
    , m_testResult(new QLabel(this))
    , m_send(new QPushButton(this))
{
    QFont big = m_recipientsLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_recipientsLabel->setFont(big);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_eta->setWordWrap(true);
    m_cost->setWordWrap(true);
    m_checks->setObjectName(u"checks"_s);
    m_checks->setWordWrap(true);
    m_plan->setHorizontalHeaderLabels({tr("Day"), tr("Messages")});
    m_plan->horizontalHeader()->setStretchLastSection(true);
    m_plan->verticalHeader()->hide();
    m_plan->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_send->setDefault(true);
    m_send->setEnabled(false);
    connect(m_send, &QPushButton::clicked, this, &ReviewStep::confirmSend);

    auto *checks = new QGroupBox(tr("Before sending"), this);
    (new QVBoxLayout(checks))->addWidget(m_checks);
    auto *timing = new QGroupBox(tr("How long it takes and what it costs"), this);
    auto *timingLayout = new QVBoxLayout(timing);
    timingLayout->addWidget(m_eta);
    timingLayout->addWidget(m_plan);
    timingLayout->addWidget(m_cost);

    auto *left = new QVBoxLayout;
    left->addWidget(m_recipientsLabel);
    left->addWidget(m_summary);
    left->addWidget(checks, 1);
    left->addWidget(buildTestRow());
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(timing, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_send, 0, Qt::AlignRight);
}

QWidget *ReviewStep::buildTestRow()
{
    auto *box = new QGroupBox(tr("Send a test to my number"), this);
    m_testNumber->setPlaceholderText(tr("Your WhatsApp number, e.g. +55 11 98765 4321"));
    m_testResult->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_testNumber, 1);
    row->addWidget(m_testButton);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_testResult);
    connect(m_testButton, &QPushButton::clicked, this, &ReviewStep::sendTest);
    connect(m_testNumber, &QLineEdit::returnPressed, this, &ReviewStep::sendTest);
    return box;
}

void ReviewStep::setDraft(const Broadcast &draft)
{
    m_draft = draft;
    m_canSend = false;
    m_send->setEnabled(false);
    m_send->setText(scheduledLater(draft) ? tr("Schedule…") : tr("Send now…"));
    m_recipientsLabel->setText(tr("Checking…"));
    const quint64 generation = ++m_generation;
    auto db = m_db;
    runInBackground(
        this, [db, draft] { return SendReview::make(db, draft, Clock::nowMs()); },
        [this, generation](const Result<SendReview> &review) {
            if (generation != m_generation)
                return;
            if (!review) {
                m_recipientsLabel->setText(tr("Not checked"));
                m_summary->setText(review.error().message.toHtmlEscaped());
                return Q_EMIT reviewed(false);
            }
            showReview(review.value());
        });
}

void ReviewStep::showReview(const SendReview &review)
{
    const QLocale locale;
    m_recipients = review.audience.willReceive;
    m_recipientsLabel->setText(tr("%n recipient(s)", nullptr, int(m_recipients)));
    const QString when = scheduledLater(m_draft)
                             ? tr("on %1").arg(locale.toString(
                                   QDateTime::fromMSecsSinceEpoch(m_draft.scheduledAt),
                                   QLocale::LongFormat))
                             : tr("now");
    const QString hours = m_draft.sendWindow.value(u"local_hours"_s).toString();
    m_summary->setText(
        tr("<b>%1</b> to %2, %3, at up to %4 messages a second%5.")
            .arg(m_draft.name.toHtmlEscaped(),
                 Audience::fromJson(m_draft.audience).describe().toHtmlEscaped(), when)
            .arg(review.mps)
            .arg(hours.isEmpty() ? QString()
                                 : tr(", between %1 in each recipient's time").arg(hours)));
    m_checks->clear();
    for (const ReviewCheck &check : review.checks)
        m_checks->addItem(new QListWidgetItem(iconFor(style(), check.level), check.text));
    if (review.checks.isEmpty())
        m_checks->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                              tr("Everything is ready.")));
    showPlan(review);
    m_canSend = review.canSend();
    m_send->setEnabled(m_canSend);
    Q_EMIT reviewed(m_canSend);
}

void ReviewStep::showPlan(const SendReview &review)
{
    const QLocale locale;
    m_eta->setText(tr("Sending takes %1.").arg(review.plan.describe()));
    const auto &days = review.plan.days;
    const int rows = int(std::min<qsizetype>(days.size(), kPlanRows));
    m_plan->setRowCount(rows + (days.size() > kPlanRows ? 1 : 0));
    for (int i = 0; i < rows; ++i) {
        m_plan->setItem(i, 0, new QTableWidgetItem(tr("Day %1").arg(days[i].day)));
        m_plan->setItem(i, 1, new QTableWidgetItem(locale.toString(days[i].messages)));
    }
    if (days.size() > kPlanRows) {
        m_plan->setItem(rows, 0, new QTableWidgetItem(tr("Days %1-%2").arg(kPlanRows + 1)
                                                          .arg(days.last().day)));
        qint64 rest = 0;
        for (qsizetype i = kPlanRows; i < days.size(); ++i)
            rest += days[i].messages;
        m_plan->setItem(rows, 1, new QTableWidgetItem(locale.toString(rest)));
    }
    const qint64 priced = m_recipients - review.unpriced;
    m_cost->setText(priced == 0 ? tr("No cost estimate: enter your provider's prices in "
                                     "Settings > Team sending defaults.")
                                : tr("Estimated cost: %1 for %2 messages.")
                                      .arg(locale.toCurrencyString(review.cost, review.currency),
                                           locale.toString(priced)));
}

void ReviewStep::confirmSend()
{
    const bool later = scheduledLater(m_draft);
    const QString text =
        later ? tr("Schedule \"%1\" to %n recipient(s)?", nullptr, int(m_recipients)).arg(m_draft.name)
              : tr("Send \"%1\" to %n recipient(s) now? This cannot be undone once messages leave.",
                   nullptr, int(m_recipients))
                    .arg(m_draft.name);
    if (Dialogs::confirm(this, later ? tr("Schedule the broadcast") : tr("Send the broadcast"),
                         text, later ? tr("Schedule") : tr("Send now")))
        Q_EMIT sendRequested();
}

void ReviewStep::send(qint64 id)
{
    m_send->setEnabled(false);
    auto db = m_db;
    runInBackground(
        this, [db, id] { return BroadcastControl(db).send(id, Clock::nowMs()); },
        [this, id](const Result<StartOutcome> &started) {
            if (!started) {
                m_send->setEnabled(m_canSend);
                return Q_EMIT sendFailed(started.error().message);
            }
            Q_EMIT sent(id, started->status);
        });
}

void ReviewStep::sendTest()
{
    const QString number = m_testNumber->text();
    const Broadcast draft = m_draft;
    auto db = m_db;
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Sending…"));
    runInBackground(
        this,
        [db, draft, number]() -> Result<TestMessage> {
            auto sample = AudiencePreview(db).estimate(Audience::fromJson(draft.audience), 0,
                                                       Clock::nowMs(), 1);
            if (!sample)
                return sample.error();
            if (sample->sample.isEmpty())
                return makeError(u"no-sample"_s, tr("The audience has no contact to fill the "
                                                    "template with."));
            return TestMessage::prepare(db, draft, sample->sample.first(), number);
        },
        [this](const Result<TestMessage> &message) {
            if (!message) {
                m_testButton->setEnabled(true);
                return m_testResult->setText(message.error().message);
            }
            ProviderCall::send(message->account, m_credentials, this, message->rendered,
                               message->toE164, message->templateRemoteId,
                               [this, to = message->toE164](const SendOutcome &outcome) {
                                   m_testButton->setEnabled(true);
                                   m_testResult->setText(
                                       outcome.answerClass == AnswerClass::Accepted
                                           ? tr("Sent to %1: check your WhatsApp.").arg(to)
                                           : tr("Not sent (%1): %2")
                                                 .arg(outcome.code, outcome.explanation));
                               });
        });
}

} // namespace megaphone
