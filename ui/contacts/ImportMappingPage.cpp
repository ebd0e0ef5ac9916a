#include "ImportMappingPage.h"

#include "ImportSession.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

enum Column { SourceColumn, TargetColumn, AttributeColumn, SampleColumn, ColumnCount };
constexpr int kSamples = 3;

} // namespace

ImportMappingPage::ImportMappingPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_table(new QTableWidget(this)),
      m_problem(new QLabel(this))
{
    setObjectName(u"importMappingPage"_s);
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose what each column of the file holds. Columns that fit no contact "
                   "field can be kept as custom attributes, for use in message templates."));

    m_table->setObjectName(u"mappingTable"_s);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("Import as"), tr("Attribute name"), tr("Examples")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SourceColumn, 170);
    m_table->setColumnWidth(TargetColumn, 170);
    m_table->setColumnWidth(AttributeColumn, 140);

    m_problem->setObjectName(u"mappingProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #d32f2f;"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
}

QList<ContactField> ImportMappingPage::fields()
{
    return {ContactField::Ignore,   ContactField::Phone,    ContactField::FirstName,
            ContactField::LastName, ContactField::FullName, ContactField::Email,
            ContactField::Tags,     ContactField::Consent,  ContactField::Birthday,
            ContactField::Country,  ContactField::Language, ContactField::TimeZone,
            ContactField::Attribute};
}

QString ImportMappingPage::fieldLabel(ContactField field)
{
    switch (field) {
    case ContactField::Ignore:
        return tr("Don't import");
    case ContactField::Phone:
        return tr("Phone");
    case ContactField::FirstName:
        return tr("First name");
    case ContactField::LastName:
        return tr("Last name");
    case ContactField::FullName:
        return tr("Full name");
    case ContactField::Email:
        return tr("Email");
    case ContactField::Tags:
        return tr("Tags");
    case ContactField::Consent:
        return tr("Consent");
    case ContactField::Birthday:
        return tr("Birthday");
    case ContactField::Country:
        return tr("Country");
    case ContactField::Language:
        return tr("Language");
    case ContactField::TimeZone:
        return tr("Time zone");
    case ContactField::Attribute:
        return tr("Custom attribute");
    }
    return {};
}

void ImportMappingPage::initializePage()
{
    // A new file (or a new reading of it) starts from what its header suggests; the
    // same header keeps what the user chose.
    if (m_session.mapping.header() != m_session.preview.header)
        m_session.mapping = ColumnMapping::detect(m_session.preview.header);
    fillTable();
    updateProblem();
}

QComboBox *ImportMappingPage::targetCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, TargetColumn));
}

void ImportMappingPage::fillTable()
{
    m_filling = true;
    const ColumnMapping &mapping = m_session.mapping;
    const QStringList &header = m_session.preview.header;
    m_table->setRowCount(int(header.size()));
    for (int column = 0; column < header.size(); ++column) {
        auto *name = new QTableWidgetItem(header.at(column));
        name->setToolTip(header.at(column));
        m_table->setItem(column, SourceColumn, name);

        auto *combo = new QComboBox(m_table);
        combo->setObjectName(u"mappingCombo_%1"_s.arg(column));
        combo->setAccessibleName(tr("Import column %1 as").arg(header.at(column)));
        for (ContactField field : fields())
            combo->addItem(fieldLabel(field), int(field));
        combo->setCurrentIndex(combo->findData(int(mapping.field(column))));
        m_table->setCellWidget(column, TargetColumn, combo);
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, column] { targetChanged(column); });

        auto *attribute = new QLineEdit(m_table);
        attribute->setObjectName(u"attributeName_%1"_s.arg(column));
        attribute->setFrame(false);
        const bool isAttribute = mapping.field(column) == ContactField::Attribute;
        attribute->setText(isAttribute ? mapping.attributeName(column) : QString());
        attribute->setEnabled(isAttribute);
        m_table->setCellWidget(column, AttributeColumn, attribute);
        connect(attribute, &QLineEdit::textEdited, this, [this, column] { targetChanged(column); });

        QStringList samples;
        for (const SourceRecord &record : std::as_const(m_session.preview.records)) {
            const QString value = record.fields.value(column).simplified();
            if (!value.isEmpty() && !samples.contains(value))
                samples.append(value);
            if (samples.size() == kSamples)
                break;
        }
        auto *sample = new QTableWidgetItem(samples.join(u", "_s));
        sample->setToolTip(samples.join(u'\n'));
        sample->setForeground(palette().brush(QPalette::PlaceholderText));
        m_table->setItem(column, SampleColumn, sample);
    }
    m_table->resizeRowsToContents();
    m_filling = false;
}

void ImportMappingPage::targetChanged(int column)
{
    if (m_filling)
        return;
    auto *combo = targetCombo(column);
    auto *attribute = qobject_cast<QLineEdit *>(m_table->cellWidget(column, AttributeColumn));
    const auto field = static_cast<ContactField>(combo->currentData().toInt());
    const bool isAttribute = field == ContactField::Attribute;
    attribute->setEnabled(isAttribute);
    if (!isAttribute)
        attribute->clear();
    else if (attribute->text().trimmed().isEmpty() && !attribute->hasFocus())
        attribute->setText(ColumnMapping::attributeNameFor(m_session.preview.header.value(column)));
    m_session.mapping.setTarget(column, field, isAttribute ? attribute->text().trimmed() : QString());
    updateProblem();
}

void ImportMappingPage::updateProblem()
{
    QString why;
    const bool valid = m_session.mapping.isValid(&why);
    m_problem->setText(valid ? QString() : why);
    m_problem->setVisible(!valid);
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_session.mapping.isValid();
}

} // namespace megaphone
