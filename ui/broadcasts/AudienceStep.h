#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace megaphone {

class ConditionRow;
class Database;
struct AudienceEstimate;

// The Broadcast Builder's audience step: include and exclude tags, conditions on contact
// fields and custom attributes, and, live, how many contacts will receive it and why the
// others are left out (no consent, opted out, the frequency cap), with a sample. Consent
// is shown, not optional: only opted-in contacts ever receive a marketing broadcast.
// Counting runs off the GUI thread, a quarter of a second after the last change.
class AudienceStep : public QWidget
{
    Q_OBJECT

public:
    explicit AudienceStep(std::shared_ptr<const Database> db, QWidget *parent = nullptr);
    ~AudienceStep() override;

    // {"include_tags": [...], "exclude_tags": [...], "conditions": [...]} (Audience JSON).
    void setAudience(const QJsonObject &audience);
    QJsonObject audience() const;
    // Contacts who will receive it, as last counted; -1 while counting.
    qint64 willReceive() const { return m_willReceive; }

Q_SIGNALS:
    void audienceChanged();
    void counted(qint64 willReceive);

private:
    void loadChoices();
    void addCondition();
    void scheduleCount();
    void count();
    void showEstimate(const AudienceEstimate &estimate, int capHours);
    void showError(const QString &message);
    QWidget *buildTags();
    QWidget *buildFigures();

    std::shared_ptr<const Database> m_db;
    QListWidget *m_include;
    QListWidget *m_exclude;
    QVBoxLayout *m_conditions;
    QPushButton *m_addCondition;
    QStringList m_fields; // contact fields, then "attr:<key>"
    QLabel *m_receive;
    QLabel *m_leftOut;
    QLabel *m_warning;
    QTableWidget *m_sample;
    QTimer *m_debounce;
    quint64 m_generation = 0;
    qint64 m_willReceive = -1;
    QJsonObject m_pending; // set before the tags were loaded
    bool m_loaded = false;
};

} // namespace megaphone
