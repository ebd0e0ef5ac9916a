#include "StopSignals.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

namespace megaphone::StopSignals {

#ifdef Q_OS_UNIX
namespace {
int pipeFds[2] = { -1, -1 };

extern "C" void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(pipeFds[1], &byte, 1);
}
} // namespace

void quitOnStop()
{
    if (pipeFds[0] >= 0 || ::pipe(pipeFds) != 0)
        return;
    ::fcntl(pipeFds[1], F_SETFL, O_NONBLOCK);
    auto *notifier
        = new QSocketNotifier(pipeFds[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(),
        // exit(), not quit(): Qt 6's quit() does nothing outside QCoreApplication::exec(),
        // and the CLI waits in local event loops. exit() leaves them all.
        [] { QCoreApplication::exit(0); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}
#elif defined(Q_OS_WIN)
namespace {
// On a thread of its own that Windows starts for the event.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT && event != CTRL_CLOSE_EVENT)
        return FALSE; // logoff, shutdown: the default
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return FALSE;
    // exit(), not quit(): see the POSIX version. Queued: runs on the application's thread.
    QMetaObject::invokeMethod(app, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    // Windows ends the process once this returns from CTRL_CLOSE_EVENT (or after about
    // 5 seconds): wait here so that the process can stop cleanly and exit first.
    if (event == CTRL_CLOSE_EVENT)
        ::Sleep(10000);
    return TRUE;
}
} // namespace

void quitOnStop()
{
    static bool installed = false;
    if (!installed)
        installed = ::SetConsoleCtrlHandler(&onConsoleEvent, TRUE) != 0;
}
#else
void quitOnStop()
{ }
#endif

} // namespace megaphone::StopSignals
