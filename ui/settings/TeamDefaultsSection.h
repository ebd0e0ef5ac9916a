#pragma once

#include "Result.h"

#include <QGroupBox>

#include <memory>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace megaphone {

class Database;
class MessageLabel;

// The team's sending defaults (TeamSettings, shared through the database with every
// worker): default country, sending speed, frequency cap, missed-schedule grace, circuit
// breaker, and time zones for countries with several.
class TeamDefaultsSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit TeamDefaultsSection(std::shared_ptr<const Database> db, QWidget *parent = nullptr);

    // Reads the team settings again, unless the form has unsaved edits.
    void refresh();
    void save();

private:
    struct Values;
    void showValues(const Result<Values> &values);
    void showSaved(const Result<void> &saved);
    void markEdited();

    std::shared_ptr<const Database> m_db;
    QLineEdit *m_region = nullptr;
    QSpinBox *m_maxMps = nullptr;
    QSpinBox *m_frequencyCap = nullptr;
    QSpinBox *m_grace = nullptr;
    QSpinBox *m_breaker = nullptr;
    QLineEdit *m_prices = nullptr;
    QLineEdit *m_zones = nullptr;
    QPushButton *m_save = nullptr;
    MessageLabel *m_message = nullptr;
    bool m_filling = false;
    bool m_edited = false;
    quint64 m_generation = 0;
};

} // namespace megaphone
