#pragma once

#include "Contact.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace megaphone {

class Database;

// Edits one contact: phone (checked with PhoneNormalizer against the team's default
// country and saved in E.164), names, email, birthday, language, time zone, consent
// with its source, tags as a comma list and custom attributes as a table. Save
// writes through ContactStore::update off the GUI thread; the dialog closes when it
// is saved and stays open with the reason when it is not.
class ContactEditDialog : public QDialog
{
    Q_OBJECT

public:
    ContactEditDialog(std::shared_ptr<const Database> db, const Contact &contact,
                      const QString &defaultRegion, QWidget *parent = nullptr);

    // The contact as saved (valid after the dialog was accepted).
    const Contact &contact() const { return m_contact; }

    // Checks the form; on success fills `out` and returns "", else the problem in words.
    QString collect(Contact &out) const;
    void save();

private:
    QWidget *createAttributes();
    void updatePhoneHint();
    void updateConsentSource();
    void showProblem(const QString &text);

    std::shared_ptr<const Database> m_db;
    Contact m_contact;
    QString m_region;
    QLineEdit *m_phone;
    QLabel *m_phoneHint;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_displayName;
    QLineEdit *m_email;
    QLineEdit *m_birthday;
    QLineEdit *m_language;
    QComboBox *m_timeZone;
    QComboBox *m_consent;
    QLineEdit *m_consentSource;
    QLineEdit *m_tags;
    QTableWidget *m_attributes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace megaphone
