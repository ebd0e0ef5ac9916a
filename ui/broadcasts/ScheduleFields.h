#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;
class QTimeEdit;

namespace megaphone {

// When a broadcast goes out: now, or at a date and time in a chosen time zone (the
// system's by default), and optional local sending hours applied in each contact's own
// time zone. Part of the Setup step.
class ScheduleFields : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleFields(QWidget *parent = nullptr);

    // Shows a saved schedule (0: now) and hours ("HH:MM-HH:MM", empty: any time).
    void setValues(qint64 scheduledAtMs, const QByteArray &zoneId, const QString &hours);
    // UTC ms of the chosen time; 0 for "send now".
    qint64 scheduledAt() const;
    // The chosen zone while scheduled, empty for "send now".
    QByteArray zoneId() const;
    QString hours() const;

    // What is wrong, in words, or empty; shown under the fields too.
    QString scheduleProblem(qint64 nowMs) const;
    QString hoursProblem() const;
    // Puts the problems under their fields.
    void showProblems(qint64 nowMs);

    // A label of the same width as the Setup page's other form labels.
    static QLabel *formLabel(const QString &text, QWidget *parent);

Q_SIGNALS:
    void edited();

private:
    QWidget *buildWhen();
    QWidget *buildHours();
    void fillZones();
    void updateEnabled();
    QString localTimeHint() const;

    QRadioButton *m_now;
    QRadioButton *m_later;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QComboBox *m_zone;
    QLabel *m_whenHint;
    QLabel *m_whenProblem;
    QCheckBox *m_limitHours;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QLabel *m_hoursProblem;
};

} // namespace megaphone
