#pragma once

#include <QCoreApplication>
#include <QString>

namespace megaphone {

// Pauses a broadcast when failures that look like a recipient's fault repeat too often:
// a setup error (wrong template, wrong number format, a broken relay) often looks like one
// (DESIGN.md section 3).
//
// It trips when, for `threshold` recipients in a row,
// - the same recipient-permanent code came back (another recipient-permanent code starts
//   a new run), or
// - the outcome was ambiguous or a transport failure, in any mix (timeouts, resets,
//   HTTP 5xx without a code...).
// An accepted answer resets it. Report each recipient's final answer once: accepted,
// recipient-permanent or ambiguous. Other answers (retries, rate limits, 131056, opt-outs,
// campaign-fatal, skipped recipients) are not reported: they neither prove nor disprove
// the setup. A threshold below 1 turns the breaker off.
//
// Once tripped it stays tripped, with its reason, until reset() (on resume) or an accepted
// answer (one still in flight when it tripped).
class CircuitBreaker
{
    Q_DECLARE_TR_FUNCTIONS(megaphone::CircuitBreaker)

public:
    explicit CircuitBreaker(int threshold);

    void recordAccepted();

    // `code` is what identifies the answer ("131026", "21211", "HTTP 400"); `explanation`
    // is the code's meaning in words, shown in the reason ("Message undeliverable").
    // Returns isTripped() after this answer.
    bool recordRecipientFailure(const QString &code, const QString &explanation);

    // `what` says what happened, in words ("no answer within 30 s"); shown in the reason.
    // Returns isTripped() after this answer.
    bool recordAmbiguous(const QString &what);

    bool isTripped() const { return m_tripped; }
    // Why it tripped, in words for the broadcast's pause reason; empty when not tripped.
    QString reason() const { return m_reason; }
    // Recipients in the current run.
    int runLength() const { return m_runLength; }
    int threshold() const { return m_threshold; }

    void reset();

private:
    enum class RunKind { None, SameCode, Ambiguous };

    bool extendRun(RunKind kind, const QString &code);
    QString codeReason(const QString &code, const QString &explanation) const;
    QString ambiguousReason(const QString &what) const;

    int m_threshold = 0;
    RunKind m_runKind = RunKind::None;
    QString m_runCode;
    int m_runLength = 0;
    bool m_tripped = false;
    QString m_reason;
};

} // namespace megaphone
