#pragma once

#include <QStringView>

namespace megaphone {

// Appends to `pieces` the parts of `text` between separators. `separatorAt(text, i)` gives
// the length of the separator that starts at position i, or 0 where none does. Pieces are
// views into `text`, untrimmed, empty ones included.
template <typename Pieces, typename SeparatorAt>
void splitAtSeparators(QStringView text, SeparatorAt separatorAt, Pieces &pieces)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = separatorAt(text, i);
        if (length == 0)
            continue;
        pieces.append(text.sliced(start, i - start));
        i += length - 1;
        start = i + 1;
    }
    pieces.append(text.sliced(start));
}

} // namespace megaphone
