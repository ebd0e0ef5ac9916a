#pragma once

#include "ImportSession.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace megaphone {

// Step 2: the first rows as the file reads, with the detected encoding, delimiter
// and header row, each of which the user can change (the rows are read again).
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportPreviewPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // Whether the rows shown are read and current.
    bool isLoaded() const { return m_loaded; }

private:
    void readAgain();
    void showPreview(const Result<ImportPreview> &preview);
    void fillTable();
    void optionChanged();

    ImportSession &m_session;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QLabel *m_status;
    QTableWidget *m_table;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_filling = false;
};

} // namespace megaphone
