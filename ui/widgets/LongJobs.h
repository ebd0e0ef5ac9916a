#pragma once

class QThreadPool;

namespace megaphone {

// The pool for jobs that take seconds or minutes (an import, an export), so they
// never hold the global pool that the pages read through and that Qt's own raster
// painting uses. Made on first use as a child of the application object, which
// waits for its jobs when it goes. GUI thread only.
QThreadPool *longJobPool();

} // namespace megaphone
