#pragma once

#include <QString>

namespace megaphone::bench {

// Peak resident memory of this process so far, in MiB (VmHWM).
double peakMemoryMiB();
// CPU time (user + system) of this process so far, in seconds.
double cpuSeconds();
// Prints one figure line: "<name>: <value> <unit>".
void print(const QString &name, double value, const QString &unit);

} // namespace megaphone::bench
