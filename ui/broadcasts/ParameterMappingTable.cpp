#include "ParameterMappingTable.h"

#include "TemplateRenderer.h"

#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QStackedWidget>

#include <climits>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
using Kind = TemplateParameter::Kind;
using Source = ParameterBinding::Source;
enum ValuePage { NothingPage, FieldPage, AttributePage, FixedPage };
constexpr int kChoose = -1;
const QColor kProblem(0xc6, 0x28, 0x28);
const QColor kFine(0x13, 0x73, 0x33);
} // namespace

ParameterMappingTable::ParameterMappingTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(u"mappingTable"_s);
    setColumnCount(5);
    setHorizontalHeaderLabels(
        {tr("Variable"), tr("Value from"), tr("Value"), tr("If empty, use"), tr("Check")});
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(38);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFocusPolicy(Qt::NoFocus);
    setWordWrap(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The variable's name takes what the fixed columns and the check leave.
    horizontalHeader()->setSectionResizeMode(VariableColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(CheckColumn, QHeaderView::ResizeToContents);
    setColumnWidth(SourceColumn, 130);
    setColumnWidth(ValueColumn, 135);
    setColumnWidth(FallbackColumn, 110);
}

QString ParameterMappingTable::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {u"first_name"_s, QT_TR_NOOP("First name")}, {u"last_name"_s, QT_TR_NOOP("Last name")},
        {u"display_name"_s, QT_TR_NOOP("Display name")}, {u"phone"_s, QT_TR_NOOP("Phone number")},
        {u"email"_s, QT_TR_NOOP("Email")}, {u"country"_s, QT_TR_NOOP("Country")},
        {u"birthday"_s, QT_TR_NOOP("Birthday")}, {u"language"_s, QT_TR_NOOP("Language")},
        {u"time_zone"_s, QT_TR_NOOP("Time zone")}};
    const auto label = labels.constFind(field);
    return label == labels.cend() ? field : tr(*label);
}

QString ParameterMappingTable::parameterLabel(const TemplateParameter &parameter,
                                              const MessageTemplate &message)
{
    const QString button = message.buttons.value(parameter.buttonIndex).text;
    switch (parameter.kind) {
    case Kind::HeaderText:
        return tr("Header {{%1}}").arg(parameter.name);
    case Kind::BodyText:
        return tr("Body {{%1}}").arg(parameter.name);
    case Kind::HeaderMedia:
        return tr("Header media link");
    case Kind::HeaderLocation:
        return tr("Header location");
    case Kind::ButtonUrlSuffix:
        return tr("Link of \"%1\"").arg(button);
    case Kind::ButtonPayload:
        return tr("Reply \"%1\"").arg(button);
    case Kind::ButtonCouponCode:
        return tr("Coupon code");
    }
    return parameter.id;
}

void ParameterMappingTable::setAttributeKeys(const QStringList &keys)
{
    m_attributeKeys = keys;
    for (const Row &row : std::as_const(m_rows)) {
        const QString current = row.attribute->currentText();
        const QSignalBlocker blocker(row.attribute);
        row.attribute->clear();
        row.attribute->addItems(keys);
        row.attribute->setCurrentText(current);
    }
}

void ParameterMappingTable::setTemplate(const MessageTemplate &message,
                                        const TemplateMapping &mapping)
{
    m_rows.clear();
    setRowCount(0);
    for (const TemplateParameter &parameter : message.parameters()) {
        if (parameter.kind == Kind::HeaderMedia)
            continue;
        const auto binding = mapping.bindings.constFind(parameter.id);
        addRow(parameter, message, binding == mapping.bindings.cend() ? nullptr : &*binding);
    }
}

void ParameterMappingTable::addRow(const TemplateParameter &parameter,
                                   const MessageTemplate &message, const ParameterBinding *binding)
{
    const int index = rowCount();
    insertRow(index);
    Row row;
    row.parameter = parameter;
    auto *variable = new QTableWidgetItem(parameterLabel(parameter, message));
    variable->setToolTip(parameter.example.isEmpty()
                             ? variable->text()
                             : tr("%1. Example: %2").arg(variable->text(), parameter.example));
    setItem(index, VariableColumn, variable);
    setItem(index, CheckColumn, new QTableWidgetItem);

    row.source = new QComboBox(this);
    row.source->setObjectName(u"source_"_s + parameter.id);
    row.source->setAccessibleName(tr("Where %1 comes from").arg(variable->text()));
    row.source->addItem(tr("Choose..."), kChoose);
    row.source->addItem(tr("Contact field"), int(Source::ContactField));
    row.source->addItem(tr("Custom attribute"), int(Source::Attribute));
    row.source->addItem(tr("Fixed text"), int(Source::Fixed));
    row.source->setCurrentIndex(row.source->findData(binding ? int(binding->source) : kChoose));
    setCellWidget(index, SourceColumn, row.source);
    setCellWidget(index, ValueColumn, valueCell(row, binding));

    row.fallback = new QLineEdit(this);
    row.fallback->setObjectName(u"fallback_"_s + parameter.id);
    row.fallback->setPlaceholderText(tr("Nothing"));
    row.fallback->setAccessibleName(tr("Value of %1 when empty").arg(variable->text()));
    row.fallback->setText(binding ? binding->fallback : QString());
    setCellWidget(index, FallbackColumn, row.fallback);

    m_rows.append(row);
    sourceChanged(index);
    connect(row.source, &QComboBox::currentIndexChanged, this, [this, index] {
        sourceChanged(index);
        Q_EMIT edited();
    });
    connect(row.field, &QComboBox::currentIndexChanged, this, &ParameterMappingTable::edited);
    connect(row.attribute, &QComboBox::currentTextChanged, this, &ParameterMappingTable::edited);
    connect(row.fixed, &QLineEdit::textChanged, this, &ParameterMappingTable::edited);
    connect(row.fallback, &QLineEdit::textChanged, this, &ParameterMappingTable::edited);
}

QWidget *ParameterMappingTable::valueCell(Row &row, const ParameterBinding *binding)
{
    const QString id = row.parameter.id;
    row.value = new QStackedWidget(this);
    row.field = new QComboBox(row.value);
    row.field->setObjectName(u"field_"_s + id);
    for (const QString &field : TemplateRenderer::contactFields())
        row.field->addItem(fieldLabel(field), field);
    row.attribute = new QComboBox(row.value);
    row.attribute->setObjectName(u"attribute_"_s + id);
    row.attribute->setEditable(true);
    row.attribute->setInsertPolicy(QComboBox::NoInsert);
    row.attribute->addItems(m_attributeKeys);
    row.attribute->setCurrentText(QString());
    row.fixed = new QLineEdit(row.value);
    row.fixed->setObjectName(u"fixed_"_s + id);
    row.fixed->setPlaceholderText(row.parameter.kind == Kind::HeaderLocation
                                      ? tr("latitude,longitude,name,address")
                                      : tr("The same text for everyone"));
    row.value->addWidget(new QWidget(row.value));
    row.value->addWidget(row.field);
    row.value->addWidget(row.attribute);
    row.value->addWidget(row.fixed);
    if (binding && binding->source == Source::ContactField)
        row.field->setCurrentIndex(std::max(0, row.field->findData(binding->value)));
    else if (binding && binding->source == Source::Attribute)
        row.attribute->setCurrentText(binding->value);
    else if (binding)
        row.fixed->setText(binding->value);
    return row.value;
}

std::optional<ParameterBinding::Source> ParameterMappingTable::sourceOf(const Row &row)
{
    const int source = row.source->currentData().toInt();
    if (source == kChoose)
        return std::nullopt;
    return Source(source);
}

void ParameterMappingTable::sourceChanged(int index)
{
    const Row &row = m_rows.at(index);
    const auto source = sourceOf(row);
    row.value->setCurrentIndex(!source ? NothingPage
                               : *source == Source::ContactField ? FieldPage
                               : *source == Source::Attribute    ? AttributePage
                                                                 : FixedPage);
    // A fixed text is never empty for anyone: no fallback to give.
    row.fallback->setEnabled(source && *source != Source::Fixed);
}

QMap<QString, ParameterBinding> ParameterMappingTable::bindings() const
{
    QMap<QString, ParameterBinding> result;
    for (const Row &row : m_rows) {
        const auto source = sourceOf(row);
        if (!source)
            continue;
        ParameterBinding binding;
        binding.source = *source;
        if (*source == Source::ContactField)
            binding.value = row.field->currentData().toString();
        else if (*source == Source::Attribute)
            binding.value = row.attribute->currentText().trimmed();
        else
            binding.value = row.fixed->text();
        if (*source != Source::Fixed)
            binding.fallback = row.fallback->text();
        result.insert(row.parameter.id, binding);
    }
    return result;
}

void ParameterMappingTable::showChecks(const QStringList &unmapped,
                                       const QMap<QString, qint64> &emptyFor, bool checking)
{
    for (int index = 0; index < m_rows.size(); ++index) {
        const QString id = m_rows.at(index).parameter.id;
        QTableWidgetItem *check = item(index, CheckColumn);
        const qint64 empty = emptyFor.value(id);
        QString text = tr("OK");
        QColor color = kFine;
        const Row &row = m_rows.at(index);
        if (!row.parameter.required && !sourceOf(row)) {
            text = tr("Left out");
            color = palette().color(QPalette::PlaceholderText);
        }
        if (unmapped.contains(id)) {
            text = tr("Needs a value");
            color = kProblem;
        } else if (checking && emptyFor.contains(id)) {
            text = tr("Checking...");
            color = palette().color(QPalette::PlaceholderText);
        } else if (empty > 0) {
            text = tr("Empty for %n contact(s)", nullptr, int(std::min<qint64>(empty, INT_MAX)));
            color = kProblem;
        }
        check->setText(text);
        check->setForeground(color);
    }
}

} // namespace megaphone
