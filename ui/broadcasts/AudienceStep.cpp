#include "AudienceStep.h"

#include "AudiencePreview.h"
#include "Clock.h"
#include "ConditionRow.h"
#include "ContactStore.h"
#include "TeamSettings.h"
#include "widgets/HintLabel.h"
#include "widgets/RunInBackground.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr int kDebounceMs = 250;
constexpr int kSampleSize = 5;
constexpr int kAttributeSample = 10000; // newest contacts whose attribute names are offered

QStringList checked(const QListWidget *list)
{
    QStringList tags;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            tags << list->item(i)->text();
    }
    return tags;
}

void check(QListWidget *list, const QStringList &tags)
{
    for (const QString &tag : tags) { // a tag no contact has any more stays visible
        if (list->findItems(tag, Qt::MatchExactly).isEmpty())
            list->addItem(tag);
    }
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(tags.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

struct Choices
{
    QString error;
    QStringList tags;
    QStringList attributes;
};

} // namespace

AudienceStep::AudienceStep(std::shared_ptr<const Database> db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_include(new QListWidget(this))
    , m_exclude(new QListWidget(this))
    , m_conditions(new QVBoxLayout)
    , m_addCondition(new QPushButton(tr("Add a condition"), this))
    , m_receive(new QLabel(this))
    , m_leftOut(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_sample(new QTableWidget(0, 2, this))
    , m_debounce(new QTimer(this))
{
    m_fields = AudienceCondition::contactFields();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AudienceStep::count);
    connect(m_addCondition, &QPushButton::clicked, this, &AudienceStep::addCondition);
    for (QListWidget *list : {m_include, m_exclude})
        connect(list, &QListWidget::itemChanged, this, &AudienceStep::scheduleCount);

    auto *conditions = new QGroupBox(tr("Only contacts who match every condition"), this);
    auto *conditionsLayout = new QVBoxLayout(conditions);
    conditionsLayout->addLayout(m_conditions);
    conditionsLayout->addWidget(m_addCondition, 0, Qt::AlignLeft);

    auto *left = new QVBoxLayout;
    left->addWidget(buildTags(), 1);
    left->addWidget(conditions);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(buildFigures(), 2);
    m_addCondition->setEnabled(false);
    loadChoices();
}

AudienceStep::~AudienceStep() = default;

QWidget *AudienceStep::buildTags()
{
    auto *box = new QGroupBox(tr("Tags"), this);
    auto *grid = new QGridLayout(box);
    grid->addWidget(new QLabel(tr("Send to contacts tagged (none ticked: every contact):"), box), 0, 0);
    grid->addWidget(new QLabel(tr("Leave out contacts tagged:"), box), 0, 1);
    grid->addWidget(m_include, 1, 0);
    grid->addWidget(m_exclude, 1, 1);
    return box;
}

QWidget *AudienceStep::buildFigures()
{
    auto *box = new QGroupBox(tr("Who receives it"), this);
    auto *layout = new QVBoxLayout(box);
    QFont big = m_receive->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_receive->setFont(big);
    m_leftOut->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"color: #9a6700;"_s);
    m_sample->setHorizontalHeaderLabels({tr("Name"), tr("Phone")});
    m_sample->horizontalHeader()->setStretchLastSection(true);
    m_sample->verticalHeader()->hide();
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_receive);
    layout->addWidget(m_leftOut);
    layout->addWidget(hintLabel(tr("Consent is required: only contacts who opted in receive "
                                   "marketing broadcasts. It cannot be turned off."),
                                box));
    layout->addWidget(m_warning);
    layout->addWidget(new QLabel(tr("Some of them:"), box));
    layout->addWidget(m_sample, 1);
    m_receive->setText(tr("Counting…"));
    return box;
}

void AudienceStep::loadChoices()
{
    auto db = m_db;
    runInBackground(
        this,
        [db] {
            Choices choices;
            ContactStore contacts(db);
            auto tags = contacts.allTags();
            auto keys = contacts.attributeKeys(kAttributeSample);
            if (!tags || !keys)
                choices.error = !tags ? tags.error().message : keys.error().message;
            else
                choices = {{}, tags.value(), keys.value()};
            return choices;
        },
        [this](const Choices &choices) {
            if (!choices.error.isEmpty())
                return showError(choices.error);
            m_include->addItems(choices.tags);
            m_exclude->addItems(choices.tags);
            for (const QString &key : choices.attributes)
                m_fields << u"attr:"_s + key;
            m_loaded = true;
            m_addCondition->setEnabled(true);
            setAudience(m_pending);
        });
}

void AudienceStep::setAudience(const QJsonObject &json)
{
    if (!m_loaded) {
        m_pending = json;
        return;
    }
    const Audience audience = Audience::fromJson(json);
    const QSignalBlocker blockInclude(m_include);
    const QSignalBlocker blockExclude(m_exclude);
    check(m_include, audience.includeTags);
    check(m_exclude, audience.excludeTags);
    while (QLayoutItem *item = m_conditions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const AudienceCondition &condition : audience.conditions) {
        addCondition();
        qobject_cast<ConditionRow *>(m_conditions->itemAt(m_conditions->count() - 1)->widget())
            ->setCondition(condition);
    }
    scheduleCount();
}

QJsonObject AudienceStep::audience() const
{
    Audience audience{checked(m_include), checked(m_exclude), {}};
    for (int i = 0; i < m_conditions->count(); ++i) {
        if (auto *row = qobject_cast<ConditionRow *>(m_conditions->itemAt(i)->widget()))
            audience.conditions << row->condition();
    }
    return audience.toJson();
}

void AudienceStep::addCondition()
{
    auto *row = new ConditionRow(m_fields, this);
    m_conditions->addWidget(row);
    connect(row, &ConditionRow::changed, this, &AudienceStep::scheduleCount);
    connect(row, &ConditionRow::removeRequested, this, [this, row] {
        row->deleteLater();
        m_conditions->removeWidget(row);
        scheduleCount();
    });
    scheduleCount();
}

void AudienceStep::scheduleCount()
{
    m_willReceive = -1;
    m_receive->setText(tr("Counting…"));
    m_debounce->start();
    Q_EMIT audienceChanged();
}

void AudienceStep::count()
{
    const quint64 generation = ++m_generation;
    const Audience audience = Audience::fromJson(this->audience());
    auto db = m_db;
    struct Counted
    {
        Result<AudienceEstimate> estimate;
        int capHours = 0;
    };
    runInBackground(
        this,
        [db, audience] {
            auto cap = TeamSettings(db).frequencyCapHours();
            const int hours = cap ? cap.value() : 0;
            return Counted{AudiencePreview(db).estimate(audience, hours, Clock::nowMs(), kSampleSize),
                           hours};
        },
        [this, generation](const Counted &counted) {
            if (generation != m_generation)
                return; // the audience changed since
            if (!counted.estimate)
                return showError(counted.estimate.error().message);
            showEstimate(counted.estimate.value(), counted.capHours);
        });
}

void AudienceStep::showEstimate(const AudienceEstimate &e, int capHours)
{
    const QLocale locale;
    m_willReceive = e.willReceive;
    m_receive->setText(tr("%1 will receive it").arg(locale.toString(e.willReceive)));
    QStringList out;
    if (e.noConsent > 0)
        out << tr("%1 not opted in").arg(locale.toString(e.noConsent));
    if (e.optedOut > 0)
        out << tr("%1 opted out").arg(locale.toString(e.optedOut));
    if (e.frequencyCapped > 0)
        out << tr("%1 got a broadcast in the last %n hour(s) (frequency cap)", nullptr, capHours)
                   .arg(locale.toString(e.frequencyCapped));
    m_leftOut->setText(out.isEmpty()
                           ? tr("%1 match; nobody is left out.").arg(locale.toString(e.matching))
                           : tr("%1 match; left out: %2.")
                                 .arg(locale.toString(e.matching), out.join(u"; "_s)));
    m_warning->setText(e.plusOne > 0
                           ? tr("US numbers (+1) among them: %1. WhatsApp does not deliver "
                                "marketing templates to +1 numbers.")
                                 .arg(locale.toString(e.plusOne))
                           : QString());
    m_warning->setVisible(e.plusOne > 0);
    m_sample->setRowCount(int(e.sample.size()));
    for (int i = 0; i < e.sample.size(); ++i) {
        const Contact &c = e.sample.at(i);
        const QString name = QString(c.firstName + u' ' + c.lastName).trimmed();
        m_sample->setItem(i, 0, new QTableWidgetItem(name.isEmpty() ? c.displayName : name));
        m_sample->setItem(i, 1, new QTableWidgetItem(c.phoneE164));
    }
    Q_EMIT counted(e.willReceive);
}

void AudienceStep::showError(const QString &message)
{
    m_receive->setText(tr("Not counted"));
    m_leftOut->setText(message);
}

} // namespace megaphone
