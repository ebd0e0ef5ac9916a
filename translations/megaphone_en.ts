<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>BroadcastControl</name>
    <message numerus="yes">
        <source>The scheduled time was missed by more than %n minute(s); confirm to send it now.</source>
        <translation>
            <numerusform>The scheduled time was missed by more than %n minute; confirm to send it now.</numerusform>
            <numerusform>The scheduled time was missed by more than %n minutes; confirm to send it now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastsCommand</name>
    <message numerus="yes">
        <source>%n recipient(s) queued; </source>
        <translation>
            <numerusform>%n recipient queued; </numerusform>
            <numerusform>%n recipients queued; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (%1 without consent, %2 opted out, %3 by the frequency cap).</source>
        <translation>
            <numerusform>%n skipped (%1 without consent, %2 opted out, %3 by the frequency cap).</numerusform>
            <numerusform>%n skipped (%1 without consent, %2 opted out, %3 by the frequency cap).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: some of these %n message(s) may already have arrived; they will be sent again.</source>
        <translation>
            <numerusform>Warning: some of these %n message may already have arrived; they will be sent again.</numerusform>
            <numerusform>Warning: some of these %n messages may already have arrived; they will be sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) queued again.</source>
        <translation>
            <numerusform>%n recipient queued again.</numerusform>
            <numerusform>%n recipients queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to %1.</source>
        <translation>
            <numerusform>%n recipient written to %1.</numerusform>
            <numerusform>%n recipients written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsCommand</name>
    <message numerus="yes">
        <source>Expected %n argument(s).</source>
        <translation>
            <numerusform>Expected %n argument.</numerusform>
            <numerusform>Expected %n arguments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %n contact to %1.</numerusform>
            <numerusform>Exported %n contacts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message numerus="yes">
        <source>Accepted %n message(s), </source>
        <translation>
            <numerusform>Accepted %n message, </numerusform>
            <numerusform>Accepted %n messages, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s).</source>
        <translation>
            <numerusform>%n duplicate.</numerusform>
            <numerusform>%n duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendPlan</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), at most %1 a day</source>
        <translation>
            <numerusform>%n day, at most %1 a day</numerusform>
            <numerusform>%n days, at most %1 a day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingStore</name>
    <message numerus="yes">
        <source>The contact got a marketing broadcast in the last %n hour(s).</source>
        <translation>
            <numerusform>The contact got a marketing broadcast in the last %n hour.</numerusform>
            <numerusform>The contact got a marketing broadcast in the last %n hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <source>%n template(s) listed: %1 new, %2 changed, %3 unchanged, %4 no longer listed.</source>
        <translation>
            <numerusform>%n template listed: %1 new, %2 changed, %3 unchanged, %4 no longer listed.</numerusform>
            <numerusform>%n templates listed: %1 new, %2 changed, %3 unchanged, %4 no longer listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesCommand</name>
    <message numerus="yes">
        <source>Read %n page(s), </source>
        <translation>
            <numerusform>Read %n page, </numerusform>
            <numerusform>Read %n pages, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)...</source>
        <translation>
            <numerusform>%n template...</numerusform>
            <numerusform>%n templates...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) listed: </source>
        <translation>
            <numerusform>%n template listed: </numerusform>
            <numerusform>%n templates listed: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::AudienceStep</name>
    <message numerus="yes">
        <source>%1 got a broadcast in the last %n hour(s) (frequency cap)</source>
        <translation>
            <numerusform>%1 got a broadcast in the last %n hour (frequency cap)</numerusform>
            <numerusform>%1 got a broadcast in the last %n hours (frequency cap)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastCommands</name>
    <message numerus="yes">
        <source>%1 is sending to %n recipient(s).</source>
        <translation>
            <numerusform>%1 is sending to %n recipient.</numerusform>
            <numerusform>%1 is sending to %n recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of %1 are queued again.</source>
        <translation>
            <numerusform>%n recipient of %1 are queued again.</numerusform>
            <numerusform>%n recipients of %1 are queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report of %1 (%n recipient(s)) is saved as &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation>
            <numerusform>The report of %1 (%n recipient) is saved as &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</numerusform>
            <numerusform>The report of %1 (%n recipients) is saved as &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastContentPage</name>
    <message numerus="yes">
        <source>%n contact(s) have no %1: add a fallback for %2.</source>
        <translation>
            <numerusform>%n contact have no %1: add a fallback for %2.</numerusform>
            <numerusform>%n contacts have no %1: add a fallback for %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a value for %1 and %n more variable(s).</source>
        <translation>
            <numerusform>Choose a value for %1 and %n more variable.</numerusform>
            <numerusform>Choose a value for %1 and %n more variables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastSetupPage</name>
    <message numerus="yes">
        <source>This number can send up to %n message(s) per second.</source>
        <translation>
            <numerusform>This number can send up to %n message per second.</numerusform>
            <numerusform>This number can send up to %n messages per second.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::GetStartedPanel</name>
    <message numerus="yes">
        <source>The sandbox is ready: a simulated WhatsApp number, %n new sample contact(s) </source>
        <translation>
            <numerusform>The sandbox is ready: a simulated WhatsApp number, %n new sample contact </numerusform>
            <numerusform>The sandbox is ready: a simulated WhatsApp number, %n new sample contacts </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n template(s). Look at the Contacts and Templates pages next.</source>
        <translation>
            <numerusform>and %n template. Look at the Contacts and Templates pages next.</numerusform>
            <numerusform>and %n templates. Look at the Contacts and Templates pages next.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::MetaProvider</name>
    <message numerus="yes">
        <source>Throughput: %n messages per second.</source>
        <translation>
            <numerusform>Throughput: %n message per second.</numerusform>
            <numerusform>Throughput: %n messages per second.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messaging limit: %n unique customers per 24 hours.</source>
        <translation>
            <numerusform>Messaging limit: %n unique customer per 24 hours.</numerusform>
            <numerusform>Messaging limit: %n unique customers per 24 hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The template list did not end after %n pages.</source>
        <translation>
            <numerusform>The template list did not end after %n page.</numerusform>
            <numerusform>The template list did not end after %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::ParameterMappingTable</name>
    <message numerus="yes">
        <source>Empty for %n contact(s)</source>
        <translation>
            <numerusform>Empty for %n contact</numerusform>
            <numerusform>Empty for %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::PhoneNormalizer</name>
    <message numerus="yes">
        <source>The cell holds %n numbers; the first mobile one was taken.</source>
        <translation>
            <numerusform>The cell holds %n numbers; the first mobile one was taken.</numerusform>
            <numerusform>The cell holds %n numbers; the first mobile one was taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cell holds %n numbers and none is a mobile number; the first valid one was taken.</source>
        <translation>
            <numerusform>The cell holds %n numbers and none is a mobile number; the first valid one was taken.</numerusform>
            <numerusform>The cell holds %n numbers and none is a mobile number; the first valid one was taken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::QuotaGauge</name>
    <message numerus="yes">
        <source>%Ln people reached in the last 24 hours, over every number of the portfolio.</source>
        <translation>
            <numerusform>%Ln person reached in the last 24 hours, over every number of the portfolio.</numerusform>
            <numerusform>%Ln people reached in the last 24 hours, over every number of the portfolio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::ReviewStep</name>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schedule &quot;%1&quot; to %n recipient(s)?</source>
        <translation>
            <numerusform>Schedule &quot;%1&quot; to %n recipient?</numerusform>
            <numerusform>Schedule &quot;%1&quot; to %n recipients?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send &quot;%1&quot; to %n recipient(s) now? This cannot be undone once messages leave.</source>
        <translation>
            <numerusform>Send &quot;%1&quot; to %n recipient now? This cannot be undone once messages leave.</numerusform>
            <numerusform>Send &quot;%1&quot; to %n recipients now? This cannot be undone once messages leave.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::TemplateSyncRunner</name>
    <message numerus="yes">
        <source>Storing %n template(s)…</source>
        <translation>
            <numerusform>Storing %n template…</numerusform>
            <numerusform>Storing %n templates…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s), </source>
        <translation>
            <numerusform>Read %n page, </numerusform>
            <numerusform>Read %n pages, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)…</source>
        <translation>
            <numerusform>%n template…</numerusform>
            <numerusform>%n templates…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::TemplatesPage</name>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n template(s)</source>
        <translation>
            <numerusform>%1 of %n template</numerusform>
            <numerusform>%1 of %n templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::ThroughputChart</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
</context>
</TS>
