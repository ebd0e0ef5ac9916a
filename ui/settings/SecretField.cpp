#include "SecretField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

SecretField::SecretField(const QString &name, bool canGenerate, QWidget *parent)
    : QWidget(parent), m_name(name), m_edit(new QLineEdit(this)), m_state(new QLabel(this))
{
    setObjectName(u"secret_"_s + name);
    m_edit->setObjectName(u"secretEdit_"_s + name);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(260);
    m_state->setObjectName(u"secretState_"_s + name);
    m_state->setWordWrap(true);
    m_state->setEnabled(false); // greyed: a quiet line under the field
    m_state->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    if (canGenerate) {
        m_generate = new QPushButton(tr("Generate"), this);
        m_generate->setObjectName(u"generate_"_s + name);
        m_generate->setToolTip(tr("Make up an unguessable token. Copy it to the provider's "
                                  "webhook settings, then save."));
        connect(m_generate, &QPushButton::clicked, this, &SecretField::generate);
        row->addWidget(m_generate);
    }
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_state);
}

QString SecretField::text() const
{
    return m_edit->text().trimmed();
}

void SecretField::setText(const QString &text)
{
    m_edit->setText(text);
}

void SecretField::setStored(Stored stored, const QString &detail)
{
    m_stored = stored;
    switch (stored) {
    case Stored::Unknown:
        m_state->clear();
        m_edit->setPlaceholderText({});
        break;
    case Stored::Checking:
        m_state->setText(tr("Checking the keychain\u2026"));
        break;
    case Stored::Yes:
        m_state->setText(tr("Stored in the keychain. Leave empty to keep it."));
        m_edit->setPlaceholderText(tr("(unchanged)"));
        break;
    case Stored::No:
        m_state->setText(tr("Not stored yet."));
        m_edit->setPlaceholderText({});
        break;
    case Stored::Unreadable:
        m_state->setText(tr("The keychain could not be read: %1").arg(detail));
        break;
    }
    m_state->setVisible(stored != Stored::Unknown);
}

QString SecretField::generateToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void SecretField::generate()
{
    m_edit->setText(generateToken());
    // Shown, so it can be copied into the provider's settings.
    m_edit->setEchoMode(QLineEdit::Normal);
}

} // namespace megaphone
