#pragma once

#include "Audience.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace megaphone {

// One audience condition being edited: field, operator, value, and a button to remove it.
class ConditionRow : public QWidget
{
    Q_OBJECT

public:
    ConditionRow(const QStringList &fields, QWidget *parent = nullptr);

    void setCondition(const AudienceCondition &condition);
    AudienceCondition condition() const;

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void updateValueVisibility();

    QComboBox *m_field;
    QComboBox *m_op;
    QLineEdit *m_value;
};

} // namespace megaphone
