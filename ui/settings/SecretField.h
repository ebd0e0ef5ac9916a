#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace megaphone {

// One secret of a sender account in a form: a password field, a line that says
// whether the keychain already holds it, and for tokens the user makes up (webhook
// tokens) a Generate button. An empty field keeps the stored secret.
class SecretField : public QWidget
{
    Q_OBJECT

public:
    enum class Stored { Unknown, Checking, Yes, No, Unreadable };

    SecretField(const QString &name, bool canGenerate, QWidget *parent = nullptr);

    QString name() const { return m_name; }
    QString text() const;
    void setText(const QString &text);
    QLineEdit *edit() const { return m_edit; }

    Stored stored() const { return m_stored; }
    // `detail`: the keychain's words when it could not be read.
    void setStored(Stored stored, const QString &detail = {});

    // 32 random bytes from the system's generator, base64url: unguessable.
    static QString generateToken();

private:
    void generate();

    QString m_name;
    QLineEdit *m_edit;
    QLabel *m_state;
    QPushButton *m_generate = nullptr;
    Stored m_stored = Stored::Unknown;
};

} // namespace megaphone
