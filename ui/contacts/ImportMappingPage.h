#pragma once

#include "ColumnMapping.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace megaphone {

struct ImportSession;

// Step 3: which contact field each column of the file feeds. Starts from
// ColumnMapping::detect(); Next stays disabled, with the reason shown, while the
// mapping is not valid (no phone column, a field taken twice...).
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportMappingPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // The combo of `column` (also named "mappingCombo_<column>").
    QComboBox *targetCombo(int column) const;

    // In combo order; the combo's data is the ContactField as an int.
    static QList<ContactField> fields();
    static QString fieldLabel(ContactField field);

private:
    void fillTable();
    void targetChanged(int column);
    void updateProblem();

    ImportSession &m_session;
    QTableWidget *m_table;
    QLabel *m_problem;
    bool m_filling = false;
};

} // namespace megaphone
