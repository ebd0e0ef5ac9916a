#pragma once

namespace megaphone::StopSignals {

// Quits the application's event loop on SIGINT or SIGTERM (a self-pipe, so the handler
// stays async-signal-safe); on Windows on Ctrl+C, Ctrl+Break and the console window
// closing (SetConsoleCtrlHandler: the handler posts the quit to the event loop).
void quitOnStop();

} // namespace megaphone::StopSignals
