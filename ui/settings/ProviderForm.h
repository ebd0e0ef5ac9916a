#pragma once

#include "Account.h"
#include "AccountSecrets.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace megaphone {

class SecretField;

// The provider-specific part of the account dialog: connection fields (kept in the
// account's columns and its settings JSON) and secret fields (kept in the keychain
// only). One form per provider.
class ProviderForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderForm(ProviderKind provider, QWidget *parent = nullptr);

    ProviderKind provider() const { return m_provider; }
    // "Meta Cloud API", "360dialog"...
    static QString providerName(ProviderKind provider);

    // Fills the connection fields from a stored account.
    void load(const Account &account);
    // Writes the connection fields into `account`.
    void store(Account &account) const;
    // The typed secrets; an empty one means "keep what is stored".
    AccountSecrets secrets() const;
    QList<SecretField *> secretFields() const { return m_secrets; }

    // What is missing or malformed, in words; empty when the form can be saved.
    // `editing`: an empty secret field keeps the stored secret.
    QString validate(bool editing) const;

private:
    QLineEdit *addText(const QString &key, const QString &label, const QString &defaultValue = {},
        const QString &toolTip = {});
    void addSecret(const QString &name, bool canGenerate);
    void addHint(const QString &text);
    void buildMeta();
    void build360Dialog();
    void buildTwilio();
    void buildRelay();
    void buildSandbox();
    QString text(const QString &key) const;
    QString validateMeta() const;
    QString validateTwilio() const;
    QString validateSecrets(bool editing) const;

    ProviderKind m_provider;
    QFormLayout *m_form;
    QHash<QString, QLineEdit *> m_fields; // by key: phone_number_id, base_url, account_sid...
    QHash<QString, QString> m_defaults;
    QSpinBox *m_maxMps = nullptr;
    QList<SecretField *> m_secrets;
};

} // namespace megaphone
