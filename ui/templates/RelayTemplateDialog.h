#pragma once

#include "Account.h"
#include "TemplateStore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace megaphone {

// Writes or edits a free-text template of a relay account (the relay provider has
// no template review: what is written here is sent). Name and language identify a
// template and are fixed once it exists. The record it gives is a NAMED, APPROVED,
// MARKETING template with a body and, with a media link, an image header.
class RelayTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    // `accounts`: the relay accounts to choose from (new templates only).
    RelayTemplateDialog(const QList<Account> &accounts, QWidget *parent = nullptr);

    void edit(const TemplateRecord &record);
    TemplateRecord record() const;
    // The problem that keeps Save disabled, empty when there is none.
    QString problem() const;

    static QJsonArray componentsFor(const QString &text, const QString &mediaUrl);

private:
    void refreshState();

    TemplateRecord m_record;
    QComboBox *m_account;
    QLineEdit *m_name;
    QLineEdit *m_language;
    QPlainTextEdit *m_text;
    QLabel *m_variables;
    QLineEdit *m_mediaUrl;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace megaphone
