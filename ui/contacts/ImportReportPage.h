#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace megaphone {

class ImportSummary;
struct ImportSession;

// Step 7: what the import did (or that a cancelled or failed one changed nothing),
// with the rejected rows and "Save Rejected Rows…".
class ImportReportPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportReportPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;

private:
    void saveRejects();

    ImportSession &m_session;
    QLabel *m_message;
    ImportSummary *m_summary;
    QPushButton *m_save;
    QLabel *m_saveMessage;
};

} // namespace megaphone
