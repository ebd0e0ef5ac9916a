#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace megaphone {

struct ImportSession;

// Step 1: the file to import, typed or chosen with Browse.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportSession &session, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void checkPath();

    ImportSession &m_session;
    QLineEdit *m_path;
    QLabel *m_problem;
};

} // namespace megaphone
