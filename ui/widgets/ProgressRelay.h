#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace megaphone {

// Hands the progress reports of a job on a worker thread to the GUI thread, at most
// about ten a second, so a fast job never floods the event queue. A report for a
// `context` that is gone by then is dropped.
//
// Made on the GUI thread and then used by the worker thread only (not thread-safe
// itself: one worker reports through it).
template<typename T>
class ProgressRelay
{
public:
    static constexpr qint64 kIntervalMs = 100;

    ProgressRelay(QObject *context, std::function<void(const T &)> show)
        : m_guard(context), m_show(std::move(show))
    {
    }

    // `force` posts even when the last report is recent (a phase change, the end).
    void report(const T &value, bool force = false)
    {
        if (!force && m_timer.isValid() && m_timer.elapsed() < kIntervalMs)
            return;
        m_timer.start();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard = m_guard, show = m_show, value] {
                if (guard)
                    show(value);
            },
            Qt::QueuedConnection);
    }

private:
    QPointer<QObject> m_guard;
    std::function<void(const T &)> m_show;
    QElapsedTimer m_timer;
};

} // namespace megaphone
