#pragma once

#include "MessageTemplate.h"
#include "TemplateMapping.h"

#include <QTableWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QStackedWidget;

namespace megaphone {

// One row per parameter of a template (the media header has its own field on the Content
// step): where its value comes from (a contact field, a custom attribute or fixed text),
// which one, the fallback used when it is empty for a contact, and a check column that
// says whether every contact gets a value.
class ParameterMappingTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { VariableColumn, SourceColumn, ValueColumn, FallbackColumn, CheckColumn };

    explicit ParameterMappingTable(QWidget *parent = nullptr);

    // The names offered for "Custom attribute" (any other can be typed).
    void setAttributeKeys(const QStringList &keys);
    // One row per parameter, filled from `mapping`.
    void setTemplate(const MessageTemplate &message, const TemplateMapping &mapping);
    // The bindings as the rows show them; a row whose source is not chosen is left out.
    QMap<QString, ParameterBinding> bindings() const;
    // The check column: `unmapped` ids, then contacts left empty per id; `checking` while
    // the counts are not in yet.
    void showChecks(const QStringList &unmapped, const QMap<QString, qint64> &emptyFor,
                    bool checking);

    // "Body {{1}}", "Link of "Shop now"".
    static QString parameterLabel(const TemplateParameter &parameter,
                                  const MessageTemplate &message);
    // "First name" for first_name, and the like.
    static QString fieldLabel(const QString &field);

Q_SIGNALS:
    void edited();

private:
    struct Row
    {
        TemplateParameter parameter;
        QComboBox *source = nullptr;
        QStackedWidget *value = nullptr;
        QComboBox *field = nullptr;
        QComboBox *attribute = nullptr;
        QLineEdit *fixed = nullptr;
        QLineEdit *fallback = nullptr;
    };

    void addRow(const TemplateParameter &parameter, const MessageTemplate &message,
                const ParameterBinding *binding);
    QWidget *valueCell(Row &row, const ParameterBinding *binding);
    void sourceChanged(int row);
    static std::optional<ParameterBinding::Source> sourceOf(const Row &row);

    QList<Row> m_rows;
    QStringList m_attributeKeys;
};

} // namespace megaphone
