#include "BroadcastStepPage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
const QString kErrorStyle = u"color: #c62828;"_s;
} // namespace

BroadcastStepPage::BroadcastStepPage(const BroadcastWizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_body(new QVBoxLayout),
      m_blockerLabel(new QLabel(this))
{
    m_blockerLabel->setObjectName(u"stepBlocker"_s);
    m_blockerLabel->setWordWrap(true);
    m_blockerLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_body, 1);
    layout->addWidget(m_blockerLabel);
}

void BroadcastStepPage::setBlocker(const QString &reason, bool waiting)
{
    m_blockerLabel->setText(reason);
    m_blockerLabel->setStyleSheet(waiting ? QString() : kErrorStyle);
    m_blockerLabel->setForegroundRole(waiting ? QPalette::PlaceholderText : QPalette::WindowText);
    m_blockerLabel->setVisible(!reason.isEmpty());
    if (wizard() && wizard()->currentPage() == this) {
        wizard()->button(QWizard::NextButton)->setToolTip(reason);
        wizard()->button(QWizard::FinishButton)->setToolTip(reason);
    }
    if (reason == m_blocker)
        return;
    m_blocker = reason;
    Q_EMIT completeChanged();
}

QLabel *fieldProblemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(kErrorStyle);
    label->hide();
    return label;
}

void showFieldProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

} // namespace megaphone
