#include "ScheduleFields.h"

#include "BroadcastStepPage.h"
#include "Clock.h"
#include "SendingWindow.h"
#include "widgets/HintLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QTimeEdit>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
constexpr int kLabelWidth = 150;
const QString kTimeFormat = u"HH:mm"_s;

// The locale's short date with the whole year: "3/2/2099", never "3/2/99".
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}
} // namespace

QLabel *ScheduleFields::formLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setMinimumWidth(kLabelWidth);
    return label;
}

ScheduleFields::ScheduleFields(QWidget *parent)
    : QWidget(parent), m_now(new QRadioButton(tr("Right away, when I press Send"), this)),
      m_later(new QRadioButton(tr("Scheduled for"), this)), m_date(new QDateEdit(this)),
      m_time(new QTimeEdit(this)), m_zone(new QComboBox(this)), m_whenHint(hintLabel({}, this)),
      m_whenProblem(fieldProblemLabel(u"setupWhenProblem"_s, this)),
      m_limitHours(new QCheckBox(tr("Only send between"), this)), m_from(new QTimeEdit(this)),
      m_to(new QTimeEdit(this)), m_hoursProblem(fieldProblemLabel(u"setupHoursProblem"_s, this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(formLabel(tr("Send"), this), buildWhen());
    form->addRow(formLabel(tr("Sending hours"), this), buildHours());

    const QDateTime tomorrow = QDateTime::currentDateTime().addDays(1);
    m_date->setDate(tomorrow.date());
    m_time->setTime(QTime(9, 0));
    m_from->setTime(QTime(9, 0));
    m_to->setTime(QTime(20, 0));
    m_now->setChecked(true);
    updateEnabled();
}

QWidget *ScheduleFields::buildWhen()
{
    m_now->setObjectName(u"setupSendNow"_s);
    m_later->setObjectName(u"setupSchedule"_s);
    m_date->setObjectName(u"setupDate"_s);
    m_time->setObjectName(u"setupTime"_s);
    m_zone->setObjectName(u"setupZone"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFormat());
    m_time->setDisplayFormat(kTimeFormat);
    m_zone->setAccessibleName(tr("Time zone of the scheduled time"));
    m_zone->setMaxVisibleItems(20);
    m_zone->setMinimumContentsLength(22);
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    fillZones();
    auto *group = new QButtonGroup(this);
    group->addButton(m_now);
    group->addButton(m_later);

    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_now, 0, Qt::AlignLeft);
    auto *later = new QHBoxLayout;
    later->addWidget(m_later);
    later->addWidget(m_date);
    later->addWidget(m_time);
    later->addWidget(m_zone);
    later->addStretch(1);
    layout->addLayout(later);
    layout->addWidget(m_whenHint);
    layout->addWidget(m_whenProblem);
    for (QRadioButton *radio : {m_now, m_later})
        connect(radio, &QRadioButton::toggled, this, [this] { updateEnabled(); Q_EMIT edited(); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { updateEnabled(); Q_EMIT edited(); });
    connect(m_time, &QTimeEdit::timeChanged, this, [this] { updateEnabled(); Q_EMIT edited(); });
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); Q_EMIT edited(); });
    return box;
}

QWidget *ScheduleFields::buildHours()
{
    m_limitHours->setObjectName(u"setupLimitHours"_s);
    m_from->setObjectName(u"setupHoursFrom"_s);
    m_to->setObjectName(u"setupHoursTo"_s);
    m_from->setDisplayFormat(kTimeFormat);
    m_to->setDisplayFormat(kTimeFormat);
    m_from->setAccessibleName(tr("Start of the sending hours"));
    m_to->setAccessibleName(tr("End of the sending hours"));

    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_limitHours);
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("and"), box));
    row->addWidget(m_to);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(hintLabel(tr("In each contact's own time zone. Messages that fall "
                                   "outside wait for the next opening."),
                                box));
    layout->addWidget(m_hoursProblem);
    connect(m_limitHours, &QCheckBox::toggled, this, [this] { updateEnabled(); Q_EMIT edited(); });
    connect(m_from, &QTimeEdit::timeChanged, this, &ScheduleFields::edited);
    connect(m_to, &QTimeEdit::timeChanged, this, &ScheduleFields::edited);
    return box;
}

void ScheduleFields::fillZones()
{
    const QByteArray system = QTimeZone::systemTimeZoneId();
    QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    if (!ids.contains(system))
        ids.prepend(system);
    for (const QByteArray &id : std::as_const(ids))
        m_zone->addItem(QString::fromUtf8(id), id);
    m_zone->setCurrentIndex(m_zone->findData(system));
}

void ScheduleFields::updateEnabled()
{
    const bool later = m_later->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_date, m_time, m_zone})
        w->setEnabled(later);
    m_whenHint->setText(later ? localTimeHint() : QString());
    m_whenHint->setVisible(later);
    m_from->setEnabled(m_limitHours->isChecked());
    m_to->setEnabled(m_limitHours->isChecked());
}

// The chosen time on this computer's clock, when the zone differs.
QString ScheduleFields::localTimeHint() const
{
    const QDateTime here = QDateTime::fromMSecsSinceEpoch(scheduledAt());
    if (zoneId() == QTimeZone::systemTimeZoneId())
        return tr("Your computer's time zone.");
    return tr("That is %1, %2 on this computer.")
        .arg(QLocale().toString(here.date(), dateFormat()),
             QLocale().toString(here.time(), QLocale::ShortFormat));
}

void ScheduleFields::setValues(qint64 scheduledAtMs, const QByteArray &zoneId, const QString &hours)
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_now), QSignalBlocker(m_later), QSignalBlocker(m_date),
        QSignalBlocker(m_time), QSignalBlocker(m_zone), QSignalBlocker(m_limitHours),
        QSignalBlocker(m_from), QSignalBlocker(m_to)};
    const QByteArray zone = zoneId.isEmpty() ? QTimeZone::systemTimeZoneId() : zoneId;
    if (m_zone->findData(zone) < 0)
        m_zone->addItem(QString::fromUtf8(zone), zone);
    m_zone->setCurrentIndex(m_zone->findData(zone));
    if (scheduledAtMs > 0) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(scheduledAtMs, QTimeZone(zone));
        m_date->setDate(at.date());
        m_time->setTime(at.time());
    }
    (scheduledAtMs > 0 ? m_later : m_now)->setChecked(true);
    auto window = SendingWindow::parse(hours);
    const bool limited = window && !window->isAlwaysOpen();
    m_limitHours->setChecked(limited);
    if (limited) {
        m_from->setTime(QTime(window->startMinute() / 60, window->startMinute() % 60));
        const int end = window->endMinute() % (24 * 60);
        m_to->setTime(QTime(end / 60, end % 60));
    }
    updateEnabled();
}

qint64 ScheduleFields::scheduledAt() const
{
    if (!m_later->isChecked())
        return 0;
    const QTimeZone zone(m_zone->currentData().toByteArray());
    return QDateTime(m_date->date(), m_time->time(), zone).toMSecsSinceEpoch();
}

QByteArray ScheduleFields::zoneId() const
{
    return m_later->isChecked() ? m_zone->currentData().toByteArray() : QByteArray();
}

QString ScheduleFields::hours() const
{
    if (!m_limitHours->isChecked())
        return {};
    return m_from->time().toString(kTimeFormat) + u'-' + m_to->time().toString(kTimeFormat);
}

QString ScheduleFields::scheduleProblem(qint64 nowMs) const
{
    if (m_later->isChecked() && scheduledAt() <= nowMs)
        return tr("Choose a time in the future, or send as soon as you send it.");
    return {};
}

QString ScheduleFields::hoursProblem() const
{
    if (!m_limitHours->isChecked())
        return {};
    if (m_from->time() == m_to->time())
        return tr("The sending hours open and close at the same time: choose a later end.");
    return {};
}

void ScheduleFields::showProblems(qint64 nowMs)
{
    showFieldProblem(m_whenProblem, scheduleProblem(nowMs));
    showFieldProblem(m_hoursProblem, hoursProblem());
    m_whenHint->setText(m_later->isChecked() ? localTimeHint() : QString());
}

} // namespace megaphone
