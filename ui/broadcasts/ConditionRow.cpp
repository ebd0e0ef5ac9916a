#include "ConditionRow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace megaphone {

ConditionRow::ConditionRow(const QStringList &fields, QWidget *parent)
    : QWidget(parent)
    , m_field(new QComboBox(this))
    , m_op(new QComboBox(this))
    , m_value(new QLineEdit(this))
{
    for (const QString &field : fields)
        m_field->addItem(AudienceCondition::fieldLabel(field), field);
    using Op = AudienceCondition::Op;
    m_op->addItem(tr("is"), int(Op::Is));
    m_op->addItem(tr("is not"), int(Op::IsNot));
    m_op->addItem(tr("contains"), int(Op::Contains));
    m_op->addItem(tr("is empty"), int(Op::IsEmpty));
    m_op->addItem(tr("is not empty"), int(Op::IsNotEmpty));
    m_value->setPlaceholderText(tr("value (any case)"));
    auto *remove = new QToolButton(this);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this condition"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_field, 2);
    row->addWidget(m_op, 1);
    row->addWidget(m_value, 2);
    row->addWidget(remove);
    connect(m_field, &QComboBox::currentIndexChanged, this, &ConditionRow::changed);
    connect(m_op, &QComboBox::currentIndexChanged, this, [this] {
        updateValueVisibility();
        Q_EMIT changed();
    });
    connect(m_value, &QLineEdit::textChanged, this, &ConditionRow::changed);
    connect(remove, &QToolButton::clicked, this, &ConditionRow::removeRequested);
}

void ConditionRow::setCondition(const AudienceCondition &condition)
{
    int field = m_field->findData(condition.field);
    if (field < 0 && !condition.field.isEmpty()) { // an attribute no contact has any more
        m_field->addItem(AudienceCondition::fieldLabel(condition.field), condition.field);
        field = m_field->count() - 1;
    }
    m_field->setCurrentIndex(std::max(0, field));
    m_op->setCurrentIndex(std::max(0, m_op->findData(int(condition.op))));
    m_value->setText(condition.value);
    updateValueVisibility();
}

AudienceCondition ConditionRow::condition() const
{
    return {m_field->currentData().toString(),
            AudienceCondition::Op(m_op->currentData().toInt()), m_value->text().trimmed()};
}

void ConditionRow::updateValueVisibility()
{
    const auto op = AudienceCondition::Op(m_op->currentData().toInt());
    m_value->setVisible(op != AudienceCondition::Op::IsEmpty
                        && op != AudienceCondition::Op::IsNotEmpty);
}

} // namespace megaphone
