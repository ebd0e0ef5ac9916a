#include "CircuitBreaker.h"

namespace megaphone {

CircuitBreaker::CircuitBreaker(int threshold) : m_threshold(threshold)
{ }

void CircuitBreaker::reset()
{
    m_runKind = RunKind::None;
    m_runCode.clear();
    m_runLength = 0;
    m_tripped = false;
    m_reason.clear();
}

void CircuitBreaker::recordAccepted()
{
    reset();
}

bool CircuitBreaker::extendRun(RunKind kind, const QString &code)
{
    if (m_runKind == kind && m_runCode == code) {
        ++m_runLength;
    } else {
        m_runKind = kind;
        m_runCode = code;
        m_runLength = 1;
    }
    return m_threshold >= 1 && m_runLength >= m_threshold && !m_tripped;
}

bool CircuitBreaker::recordRecipientFailure(const QString &code, const QString &explanation)
{
    if (extendRun(RunKind::SameCode, code)) {
        m_tripped = true;
        m_reason = codeReason(code, explanation);
    }
    return m_tripped;
}

bool CircuitBreaker::recordAmbiguous(const QString &what)
{
    if (extendRun(RunKind::Ambiguous, QString())) {
        m_tripped = true;
        m_reason = ambiguousReason(what);
    }
    return m_tripped;
}

QString CircuitBreaker::codeReason(const QString &code, const QString &explanation) const
{
    const QString error = explanation.isEmpty() ? code : tr("%1: %2").arg(code, explanation);
    return tr("The same error (%1) came back for %2 recipients in a row; the broadcast was "
              "paused in case the setup is wrong.")
        .arg(error, QString::number(m_runLength));
}

QString CircuitBreaker::ambiguousReason(const QString &what) const
{
    if (what.isEmpty()) {
        return tr("%1 recipients in a row got no clear answer; the broadcast was paused in "
                  "case the setup or the connection is wrong.")
            .arg(m_runLength);
    }
    return tr("%1 recipients in a row got no clear answer (the last: %2); the broadcast was "
              "paused in case the setup or the connection is wrong.")
        .arg(QString::number(m_runLength), what);
}

} // namespace megaphone
