#include "SandboxOptions.h"

using namespace Qt::StringLiterals;

namespace megaphone {

Result<QList<SandboxFailure>> SandboxOptions::parseFailures(const QString &spec)
{
    QList<SandboxFailure> failures;
    double total = 0;
    for (const QString &item : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString name = item.section(u':', 0, 0).trimmed().toLower();
        bool ok = false;
        const double probability = item.section(u':', 1).trimmed().toDouble(&ok);
        if (!ok || probability < 0 || probability > 1) {
            return makeError(u"usage"_s,
                tr("\"%1\" in --failures needs a probability between 0 "
                   "and 1, as in 131026:0.02.")
                    .arg(item.trimmed()));
        }
        SandboxFailure failure;
        failure.probability = probability;
        QString code = name;
        if (name == u"timeout") {
            failure.kind = SandboxFailure::Kind::Timeout;
        } else if (name == u"drop") {
            failure.kind = SandboxFailure::Kind::Drop;
        } else {
            if (name.startsWith(u"async-")) {
                failure.kind = SandboxFailure::Kind::AsyncError;
                code = name.mid(6);
            }
            failure.code = code.toInt(&ok);
            if (!ok || failure.code < 0) {
                return makeError(u"usage"_s,
                    tr("\"%1\" in --failures is not an error code, "
                       "timeout, drop or async-CODE.")
                        .arg(name));
            }
        }
        total += probability;
        failures.append(failure);
    }
    if (total > 1.0)
        return makeError(u"usage"_s, tr("The probabilities in --failures add up to more than 1."));
    return failures;
}

} // namespace megaphone
