#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace megaphone {

class CountryCombo;
struct ImportSession;

// Step 4: the country of numbers written without a country code, tags for every
// contact, and the consent the user asserts for the whole file (with its source).
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportOptionsPage(ImportSession &session, QWidget *parent = nullptr);

    // Presets the default country, unless the user chose one already.
    void suggestRegion(const QString &region);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateConsent();

    ImportSession &m_session;
    CountryCombo *m_region;
    QLineEdit *m_tags;
    QRadioButton *m_consentNone;
    QRadioButton *m_consentOptedIn;
    QLineEdit *m_consentSource;
    QLabel *m_consentColumn;
    bool m_regionChosen = false;
};

} // namespace megaphone
