#pragma once

namespace megaphone::StopSignals {

// Quits the application's event loop on SIGINT or SIGTERM (a self-pipe, so the handler
// stays async-signal-safe). On Windows, Ctrl+C ends the process as usual.
void quitOnStop();

} // namespace megaphone::StopSignals
