<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AccountLock</name>
    <message>
        <source>Another Megaphone (an app or a worker) is already sending from account %1; one sender per account keeps within its limits.</source>
        <translation>कोई दूसरा Megaphone (ऐप या वर्कर) पहले से ही खाते %1 से भेज रहा है; हर खाते से एक समय में एक ही सेंडर भेजता है, ताकि उसकी सीमाएँ पार न हों।</translation>
    </message>
    <message>
        <source>The lock file beside the database could not be created; check that its folder is writable.</source>
        <translation>डेटाबेस के पास वाली लॉक फ़ाइल नहीं बनाई जा सकी; जाँचें कि उसके फ़ोल्डर में लिखने की अनुमति है।</translation>
    </message>
    <message>
        <source>lock the sender account</source>
        <translation>सेंडर खाते को लॉक करने</translation>
    </message>
    <message>
        <source>unlock the sender account</source>
        <translation>सेंडर खाते को अनलॉक करने</translation>
    </message>
</context>
<context>
    <name>AccountSecrets</name>
    <message>
        <source>Access token</source>
        <translation>ऐक्सेस टोकन</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>ऐप सीक्रेट</translation>
    </message>
    <message>
        <source>Webhook verify token</source>
        <translation>वेबहुक वेरिफ़ाई टोकन</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API की</translation>
    </message>
    <message>
        <source>Webhook token</source>
        <translation>वेबहुक टोकन</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>ऑथ टोकन</translation>
    </message>
    <message>
        <source>Relay secret</source>
        <translation>रिले सीक्रेट</translation>
    </message>
    <message>
        <source>Enter it in Settings, or on a server set %1 or the systemd credential account-%2-%3.</source>
        <translation>इसे सेटिंग में डालें, या सर्वर पर %1 या systemd क्रेडेंशियल account-%2-%3 सेट करें।</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; of the account &quot;%2&quot; could not be read: %3 %4</source>
        <translation>खाते &quot;%2&quot; का सीक्रेट &quot;%1&quot; पढ़ा नहीं जा सका: %3 %4</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no secret &quot;%2&quot;. %3</source>
        <translation>खाते &quot;%1&quot; में सीक्रेट &quot;%2&quot; नहीं है। %3</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; could not be stored: %2</source>
        <translation>सीक्रेट &quot;%1&quot; सहेजा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; of the account &quot;%2&quot; could not be removed: %3</source>
        <translation>खाते &quot;%2&quot; का सीक्रेट &quot;%1&quot; हटाया नहीं जा सका: %3</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>A sender account needs a label.</source>
        <translation>सेंडर खाते के लिए लेबल ज़रूरी है।</translation>
    </message>
    <message>
        <source>add the account %1</source>
        <translation>खाता %1 जोड़ने</translation>
    </message>
    <message>
        <source>save the account %1</source>
        <translation>खाता %1 सहेजने</translation>
    </message>
    <message>
        <source>The account %1 no longer exists.</source>
        <translation>खाता %1 अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>remove the account (it may still be used by a broadcast)</source>
        <translation>खाता हटाने (हो सकता है कोई ब्रॉडकास्ट अब भी इसका उपयोग कर रहा हो)</translation>
    </message>
    <message>
        <source>read accounts</source>
        <translation>खाते पढ़ने</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>Standard input line &quot;%1...&quot; is not name=value with a name among: %2.</source>
        <translation>स्टैंडर्ड इनपुट की पंक्ति &quot;%1...&quot; name=value के रूप में नहीं है, जिसमें name इनमें से कोई एक हो: %2।</translation>
    </message>
    <message>
        <source>Usage: megaphone-cli accounts add --provider meta|360dialog|twilio|relay|sandbox --label L
             [--base-url URL] [--api-version vNN.0] [--phone-number-id ID] [--waba-id ID]
             [--portfolio NAME] [--account-sid SID] [--from NUMBER]
             [--messaging-service-sid SID] [--callback-base-url URL] [--max-mps N]
             (secrets on standard input: name=value lines, or one bare line)
       megaphone-cli accounts list
       megaphone-cli accounts test ID</source>
        <translation>उपयोग: megaphone-cli accounts add --provider meta|360dialog|twilio|relay|sandbox --label L
             [--base-url URL] [--api-version vNN.0] [--phone-number-id ID] [--waba-id ID]
             [--portfolio NAME] [--account-sid SID] [--from NUMBER]
             [--messaging-service-sid SID] [--callback-base-url URL] [--max-mps N]
             (सीक्रेट स्टैंडर्ड इनपुट पर: name=value पंक्तियाँ, या केवल एक पंक्ति)
       megaphone-cli accounts list
       megaphone-cli accounts test ID</translation>
    </message>
    <message>
        <source>accounts add needs --provider (meta, 360dialog, twilio, relay or sandbox) and --label.</source>
        <translation>accounts add के लिए --provider (meta, 360dialog, twilio, relay या sandbox) और --label ज़रूरी हैं।</translation>
    </message>
    <message>
        <source>A Meta account needs --phone-number-id and --waba-id (WhatsApp Manager shows both).</source>
        <translation>Meta खाते के लिए --phone-number-id और --waba-id ज़रूरी हैं (WhatsApp Manager में दोनों दिखते हैं)।</translation>
    </message>
    <message>
        <source>A Twilio account needs --account-sid.</source>
        <translation>Twilio खाते के लिए --account-sid ज़रूरी है।</translation>
    </message>
    <message>
        <source>A relay account needs --base-url.</source>
        <translation>रिले खाते के लिए --base-url ज़रूरी है।</translation>
    </message>
    <message>
        <source>Added account %1 (%2, %3).</source>
        <translation>खाता %1 जोड़ा गया (%2, %3)।</translation>
    </message>
    <message>
        <source>No accounts yet: add one with megaphone-cli accounts add.</source>
        <translation>अभी कोई खाता नहीं है: megaphone-cli accounts add से एक खाता जोड़ें।</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>खाता %1 मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>AnswerClassifier</name>
    <message>
        <source>WhatsApp refused the message with error %1.</source>
        <translation>WhatsApp ने त्रुटि %1 के साथ मैसेज अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>Twilio refused the message with error %1.</source>
        <translation>Twilio ने त्रुटि %1 के साथ मैसेज अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>The provider could not be reached (connection refused, name lookup or secure connection failed); the message was not sent and will be tried again.</source>
        <translation>प्रोवाइडर तक पहुँचा नहीं जा सका (कनेक्शन अस्वीकार हुआ, नाम खोजना या सुरक्षित कनेक्शन विफल रहा); मैसेज नहीं भेजा गया और इसे फिर से भेजने की कोशिश की जाएगी।</translation>
    </message>
    <message>
        <source>The provider did not answer in time; the message may or may not have been accepted.</source>
        <translation>प्रोवाइडर ने समय पर जवाब नहीं दिया; हो सकता है मैसेज स्वीकार हुआ हो, हो सकता है नहीं।</translation>
    </message>
    <message>
        <source>The connection broke after the message was sent; it may or may not have been accepted.</source>
        <translation>मैसेज भेजे जाने के बाद कनेक्शन टूट गया; हो सकता है वह स्वीकार हुआ हो, हो सकता है नहीं।</translation>
    </message>
    <message>
        <source>Sending was stopped while the message was on its way; it may or may not have been accepted.</source>
        <translation>मैसेज रास्ते में ही था कि भेजना रोक दिया गया; हो सकता है वह स्वीकार हुआ हो, हो सकता है नहीं।</translation>
    </message>
    <message>
        <source>The provider is receiving too many requests; sending slows down and tries again later.</source>
        <translation>प्रोवाइडर को बहुत ज़्यादा अनुरोध मिल रहे हैं; भेजने की गति धीमी की जा रही है और बाद में फिर कोशिश की जाएगी।</translation>
    </message>
    <message>
        <source>The provider refused the account&apos;s credentials or permissions. Check the account settings.</source>
        <translation>प्रोवाइडर ने खाते के क्रेडेंशियल या अनुमतियाँ अस्वीकार कर दीं। खाते की सेटिंग जाँचें।</translation>
    </message>
    <message>
        <source>The provider had a server error (HTTP %1); the message may or may not have been accepted.</source>
        <translation>प्रोवाइडर में सर्वर त्रुटि हुई (HTTP %1); हो सकता है मैसेज स्वीकार हुआ हो, हो सकता है नहीं।</translation>
    </message>
    <message>
        <source>The provider refused this message (HTTP %1).</source>
        <translation>प्रोवाइडर ने यह मैसेज अस्वीकार कर दिया (HTTP %1)।</translation>
    </message>
    <message>
        <source>The provider answered without a message id; the message may or may not have been accepted.</source>
        <translation>प्रोवाइडर ने बिना मैसेज id के जवाब दिया; हो सकता है मैसेज स्वीकार हुआ हो, हो सकता है नहीं।</translation>
    </message>
    <message>
        <source>The provider gave an unexpected answer (HTTP %1); the message may or may not have been accepted.</source>
        <translation>प्रोवाइडर ने अनपेक्षित जवाब दिया (HTTP %1); हो सकता है मैसेज स्वीकार हुआ हो, हो सकता है नहीं।</translation>
    </message>
    <message>
        <source>Accepted; WhatsApp holds the message while it checks the template&apos;s quality, and may deliver it later.</source>
        <translation>स्वीकार हुआ; टेम्पलेट की क्वालिटी जाँचने तक WhatsApp मैसेज को रोके रखता है, और बाद में उसे डिलीवर कर सकता है।</translation>
    </message>
    <message>
        <source>Accepted; WhatsApp paused delivery of this template for now, and may deliver it later.</source>
        <translation>स्वीकार हुआ; WhatsApp ने फ़िलहाल इस टेम्पलेट की डिलीवरी रोक दी है, और बाद में इसे डिलीवर कर सकता है।</translation>
    </message>
    <message>
        <source>The relay refused this message for this recipient.</source>
        <translation>रिले ने इस प्राप्तकर्ता के लिए यह मैसेज अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>The relay refused the shared secret. Check the account&apos;s relay secret.</source>
        <translation>रिले ने साझा सीक्रेट अस्वीकार कर दिया। खाते का रिले सीक्रेट जाँचें।</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>attribute &quot;%1&quot;</source>
        <translation>एट्रिब्यूट &quot;%1&quot;</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>अंतिम नाम</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>डिस्प्ले नाम</translation>
    </message>
    <message>
        <source>email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>समय क्षेत्र</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>जन्मदिन</translation>
    </message>
    <message>
        <source>every contact</source>
        <translation>सभी संपर्क</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>टैग %1 वाले</translation>
    </message>
    <message>
        <source> or </source>
        <translation> या </translation>
    </message>
    <message>
        <source>not tagged %1</source>
        <translation>टैग %1 के बिना</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; है</translation>
    </message>
    <message>
        <source>%1 is not &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; नहीं है</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;</source>
        <translation>%1 में &quot;%2&quot; शामिल है</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>%1 के बिना</translation>
    </message>
    <message>
        <source>with a %1</source>
        <translation>%1 वाले</translation>
    </message>
    <message>
        <source>find the audience&apos;s tags</source>
        <translation>ऑडियंस के टैग ढूँढना</translation>
    </message>
</context>
<context>
    <name>AudiencePreview</name>
    <message>
        <source>count the audience</source>
        <translation>ऑडियंस गिनने</translation>
    </message>
    <message>
        <source>pick sample contacts</source>
        <translation>नमूने के संपर्क चुनने</translation>
    </message>
    <message>
        <source>prepare the audience count</source>
        <translation>ऑडियंस की गिनती तैयार करना</translation>
    </message>
    <message>
        <source>The database returned no count for the audience.</source>
        <translation>डेटाबेस ने ऑडियंस की कोई गिनती नहीं लौटाई।</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>write the audit log</source>
        <translation>ऑडिट लॉग लिखने</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>ऑडिट लॉग पढ़ने</translation>
    </message>
</context>
<context>
    <name>BroadcastControl</name>
    <message>
        <source>There is no broadcast %1.</source>
        <translation>ब्रॉडकास्ट %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Broadcast %1 is %2; only a draft can be sent.</source>
        <translation>ब्रॉडकास्ट %1 की स्थिति %2 है; सिर्फ़ ड्राफ़्ट ही भेजा जा सकता है।</translation>
    </message>
    <message>
        <source>Broadcast %1 changed meanwhile.</source>
        <translation>इस बीच ब्रॉडकास्ट %1 बदल गया।</translation>
    </message>
    <message>
        <source>Broadcast %1 is %2; only a broadcast whose schedule was missed waits for confirmation.</source>
        <translation>ब्रॉडकास्ट %1 की स्थिति %2 है; पुष्टि का इंतज़ार सिर्फ़ वही ब्रॉडकास्ट करता है जिसका शेड्यूल किया गया समय निकल गया हो।</translation>
    </message>
    <message numerus="yes">
        <source>The scheduled time was missed by more than %n minute(s); confirm to send it now.</source>
        <translation>
            <numerusform>शेड्यूल किया गया समय %n मिनट से ज़्यादा पहले निकल गया; इसे अभी भेजने के लिए पुष्टि करें।</numerusform>
            <numerusform>शेड्यूल किया गया समय %n मिनट से ज़्यादा पहले निकल गया; इसे अभी भेजने के लिए पुष्टि करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast %1 is %2; only a running broadcast can be paused.</source>
        <translation>ब्रॉडकास्ट %1 की स्थिति %2 है; सिर्फ़ चल रहे ब्रॉडकास्ट को ही रोका जा सकता है।</translation>
    </message>
    <message>
        <source>Broadcast %1 is %2; only a paused broadcast can be resumed.</source>
        <translation>ब्रॉडकास्ट %1 की स्थिति %2 है; सिर्फ़ रुके हुए ब्रॉडकास्ट को ही फिर से शुरू किया जा सकता है।</translation>
    </message>
    <message>
        <source>Broadcast %1 is already %2.</source>
        <translation>ब्रॉडकास्ट %1 पहले से ही %2 है।</translation>
    </message>
    <message>
        <source>Broadcast %1 is %2; nothing of it can be sent again.</source>
        <translation>ब्रॉडकास्ट %1 की स्थिति %2 है; इसका कुछ भी फिर से नहीं भेजा जा सकता।</translation>
    </message>
</context>
<context>
    <name>BroadcastCopy</name>
    <message>
        <source>%1 (copy)</source>
        <comment>the name of a duplicated broadcast</comment>
        <translation>%1 (कॉपी)</translation>
    </message>
    <message>
        <source>There is no broadcast %1.</source>
        <translation>ब्रॉडकास्ट %1 मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>BroadcastList</name>
    <message>
        <source>read broadcasts</source>
        <translation>ब्रॉडकास्ट पढ़ने</translation>
    </message>
    <message>
        <source>count recipients</source>
        <translation>प्राप्तकर्ता गिनने</translation>
    </message>
</context>
<context>
    <name>BroadcastStats</name>
    <message>
        <source>read the broadcast</source>
        <translation>ब्रॉडकास्ट पढ़ने</translation>
    </message>
    <message>
        <source>The broadcast no longer exists.</source>
        <translation>ब्रॉडकास्ट अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>count the broadcast&apos;s recipients</source>
        <translation>ब्रॉडकास्ट के प्राप्तकर्ता गिनने</translation>
    </message>
    <message>
        <source>count the messages sent per second</source>
        <translation>प्रति सेकंड भेजे गए मैसेज गिनने</translation>
    </message>
    <message>
        <source>group the broadcast&apos;s failures</source>
        <translation>ब्रॉडकास्ट की विफलताओं को समूहों में बाँटने</translation>
    </message>
    <message>
        <source>No answer came back in time: the message may or may not have gone out. It is not sent again by itself.</source>
        <translation>समय पर कोई जवाब नहीं आया: हो सकता है मैसेज गया हो, हो सकता है नहीं। यह अपने-आप फिर से नहीं भेजा जाता।</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>कोई कारण नहीं बताया गया।</translation>
    </message>
    <message>
        <source>check for delivery reports</source>
        <translation>डिलीवरी रिपोर्ट जाँचने</translation>
    </message>
</context>
<context>
    <name>BroadcastStore</name>
    <message>
        <source>A broadcast needs a name.</source>
        <translation>ब्रॉडकास्ट के लिए नाम ज़रूरी है।</translation>
    </message>
    <message>
        <source>save the broadcast %1</source>
        <translation>ब्रॉडकास्ट %1 सहेजने</translation>
    </message>
    <message>
        <source>The broadcast &quot;%1&quot; has started and can no longer be edited; duplicate it instead.</source>
        <translation>ब्रॉडकास्ट &quot;%1&quot; शुरू हो चुका है और अब इसमें बदलाव नहीं किया जा सकता; इसके बजाय इसे डुप्लिकेट करें।</translation>
    </message>
    <message>
        <source>change the broadcast&apos;s status</source>
        <translation>ब्रॉडकास्ट की स्थिति बदलने</translation>
    </message>
    <message>
        <source>The broadcast %1 no longer exists.</source>
        <translation>ब्रॉडकास्ट %1 अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>set when the broadcast resumes</source>
        <translation>ब्रॉडकास्ट फिर से शुरू होने का समय तय करने</translation>
    </message>
    <message>
        <source>delete the broadcast</source>
        <translation>ब्रॉडकास्ट मिटाने</translation>
    </message>
    <message>
        <source>read broadcasts</source>
        <translation>ब्रॉडकास्ट पढ़ने</translation>
    </message>
</context>
<context>
    <name>BroadcastWatcher</name>
    <message>
        <source>announce a broadcast&apos;s progress</source>
        <translation>ब्रॉडकास्ट की प्रगति की सूचना देने</translation>
    </message>
</context>
<context>
    <name>BroadcastsCommand</name>
    <message>
        <source>--map takes PARAM=FIELD, as in 1=first_name|there.</source>
        <translation>--map में PARAM=FIELD दें, जैसे 1=first_name|there।</translation>
    </message>
    <message>
        <source>There is no broadcast %1.</source>
        <translation>ब्रॉडकास्ट %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Usage: megaphone-cli broadcasts create --name N --account A --template NAME [--language L]
             [--tag T]... [--exclude-tag T]... [--map PARAM=FIELD[|FALLBACK]]...
             [--map PARAM=static:TEXT]... [--at ISO8601] [--window HH:MM-HH:MM]
             [--max-mps N]
       megaphone-cli broadcasts send ID [--wait] | confirm ID [--wait]
       megaphone-cli broadcasts pause ID | resume ID | cancel ID
       megaphone-cli broadcasts retry-failed ID | retry-unknown ID
       megaphone-cli broadcasts status ID | list
       megaphone-cli broadcasts export ID [OUT.csv | --output OUT.csv]  (default: stdout)</source>
        <translation>उपयोग: megaphone-cli broadcasts create --name N --account A --template NAME [--language L]
             [--tag T]... [--exclude-tag T]... [--map PARAM=FIELD[|FALLBACK]]...
             [--map PARAM=static:TEXT]... [--at ISO8601] [--window HH:MM-HH:MM]
             [--max-mps N]
       megaphone-cli broadcasts send ID [--wait] | confirm ID [--wait]
       megaphone-cli broadcasts pause ID | resume ID | cancel ID
       megaphone-cli broadcasts retry-failed ID | retry-unknown ID
       megaphone-cli broadcasts status ID | list
       megaphone-cli broadcasts export ID [OUT.csv | --output OUT.csv]  (डिफ़ॉल्ट: stdout)</translation>
    </message>
    <message>
        <source>broadcasts create needs --name, --account and --template.</source>
        <translation>broadcasts create के लिए --name, --account और --template ज़रूरी हैं।</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>खाता %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Account %1 has no template &quot;%2&quot;%3; run megaphone-cli templates sync %1.</source>
        <translation>खाते %1 में टेम्पलेट &quot;%2&quot;%3 नहीं है; megaphone-cli templates sync %1 चलाएँ।</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> (%1 भाषा में)</translation>
    </message>
    <message>
        <source>--at takes an ISO 8601 time such as 2026-12-01T09:00:00+01:00.</source>
        <translation>--at में ISO 8601 समय दें, जैसे 2026-12-01T09:00:00+01:00।</translation>
    </message>
    <message>
        <source>Created broadcast %1 (draft). Send it with megaphone-cli broadcasts send %1.</source>
        <translation>ब्रॉडकास्ट %1 बनाया गया (ड्राफ़्ट)। इसे megaphone-cli broadcasts send %1 से भेजें।</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) queued; </source>
        <translation>
            <numerusform>%n प्राप्तकर्ता कतार में; </numerusform>
            <numerusform>%n प्राप्तकर्ता कतार में; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (%1 without consent, %2 opted out, %3 by the frequency cap).</source>
        <translation>
            <numerusform>%n छोड़ा गया (%1 बिना सहमति, %2 ऑप्ट-आउट, %3 फ़्रीक्वेंसी कैप के कारण)।</numerusform>
            <numerusform>%n छोड़े गए (%1 बिना सहमति, %2 ऑप्ट-आउट, %3 फ़्रीक्वेंसी कैप के कारण)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused by the user.</source>
        <translation>उपयोगकर्ता ने रोका।</translation>
    </message>
    <message numerus="yes">
        <source>Warning: some of these %n message(s) may already have arrived; they will be sent again.</source>
        <translation>
            <numerusform>चेतावनी: हो सकता है यह %n मैसेज पहले ही पहुँच चुका हो; इसे फिर से भेजा जाएगा।</numerusform>
            <numerusform>चेतावनी: हो सकता है इन %n मैसेज में से कुछ पहले ही पहुँच चुके हों; इन्हें फिर से भेजा जाएगा।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) queued again.</source>
        <translation>
            <numerusform>%n प्राप्तकर्ता फिर से कतार में डाला गया।</numerusform>
            <numerusform>%n प्राप्तकर्ता फिर से कतार में डाले गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast %1 &quot;%2&quot;: %3</source>
        <translation>ब्रॉडकास्ट %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>no recipients yet</source>
        <translation>अभी कोई प्राप्तकर्ता नहीं</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>स्टैंडर्ड आउटपुट में लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to %1.</source>
        <translation>
            <numerusform>%n प्राप्तकर्ता %1 में लिखा गया।</numerusform>
            <numerusform>%n प्राप्तकर्ता %1 में लिखे गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>No broadcasts yet.</source>
        <translation>अभी कोई ब्रॉडकास्ट नहीं है।</translation>
    </message>
</context>
<context>
    <name>BubblePainter</name>
    <message>
        <source>See all options</source>
        <translation>सभी विकल्प देखें</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>इमेज</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>वीडियो</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>डॉक्यूमेंट</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>लोकेशन</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>ऑफ़र कोड कॉपी करें</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>megaphone-cli: %1</source>
        <translation>megaphone-cli: %1</translation>
    </message>
</context>
<context>
    <name>ContactExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>एक्सपोर्ट रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>Cannot write the export file (is the disk full?).</source>
        <translation>एक्सपोर्ट फ़ाइल में लिखा नहीं जा सकता (क्या डिस्क भर गई है?)।</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Cannot write the file of rejected rows in %1.</source>
        <translation>अस्वीकार की गई पंक्तियों की फ़ाइल %1 में नहीं लिखी जा सकती।</translation>
    </message>
</context>
<context>
    <name>ContactRowBuilder</name>
    <message>
        <source>&quot;%1&quot; in column &quot;%2&quot;: %3</source>
        <translation>कॉलम &quot;%2&quot; में &quot;%1&quot;: %3</translation>
    </message>
    <message>
        <source>No phone number in the columns mapped as phone.</source>
        <translation>फ़ोन के रूप में मैप किए गए कॉलम में कोई फ़ोन नंबर नहीं है।</translation>
    </message>
    <message>
        <source>Import: column &quot;%1&quot;</source>
        <translation>इंपोर्ट: कॉलम &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Import: stated by the user</source>
        <translation>इंपोर्ट: उपयोगकर्ता द्वारा बताया गया</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>A contact with the number %1 already exists.</source>
        <translation>नंबर %1 वाला संपर्क पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>add the contact %1</source>
        <translation>संपर्क %1 जोड़ने</translation>
    </message>
    <message>
        <source>save the contact %1</source>
        <translation>संपर्क %1 सहेजने</translation>
    </message>
    <message>
        <source>The contact %1 no longer exists.</source>
        <translation>संपर्क %1 अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>look up a contact</source>
        <translation>संपर्क खोजने</translation>
    </message>
    <message>
        <source>read contacts</source>
        <translation>संपर्क पढ़ने</translation>
    </message>
    <message>
        <source>count contacts</source>
        <translation>संपर्क गिनने</translation>
    </message>
    <message>
        <source>list contacts</source>
        <translation>संपर्कों की सूची बनाने</translation>
    </message>
    <message>
        <source>list contact tags</source>
        <translation>संपर्कों के टैग की सूची बनाने</translation>
    </message>
    <message>
        <source>delete the contacts&apos; tags</source>
        <translation>संपर्कों के टैग मिटाने</translation>
    </message>
    <message>
        <source>delete contacts</source>
        <translation>संपर्क मिटाने</translation>
    </message>
    <message>
        <source>change consent</source>
        <translation>सहमति बदलने</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>टैग के लिए नाम ज़रूरी है।</translation>
    </message>
    <message>
        <source>create the tag %1</source>
        <translation>टैग %1 बनाने</translation>
    </message>
    <message>
        <source>find the tag %1</source>
        <translation>टैग %1 खोजने</translation>
    </message>
    <message>
        <source>clear the contact&apos;s tags</source>
        <translation>संपर्क के टैग हटाने</translation>
    </message>
    <message>
        <source>tag the contact</source>
        <translation>संपर्क को टैग करने</translation>
    </message>
    <message>
        <source>list the contact&apos;s tags</source>
        <translation>संपर्क के टैग की सूची बनाने</translation>
    </message>
    <message>
        <source>tag contacts</source>
        <translation>संपर्कों को टैग करने</translation>
    </message>
    <message>
        <source>untag contacts</source>
        <translation>संपर्कों से टैग हटाने</translation>
    </message>
    <message>
        <source>list tags</source>
        <translation>टैग की सूची बनाने</translation>
    </message>
    <message>
        <source>list custom attributes</source>
        <translation>कस्टम एट्रिब्यूट की सूची बनाने</translation>
    </message>
</context>
<context>
    <name>ContactsCommand</name>
    <message>
        <source>Only contacts with this tag (repeatable).</source>
        <translation>सिर्फ़ इस टैग वाले संपर्क (एक से ज़्यादा बार दिया जा सकता है)।</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Only contacts with this consent.</source>
        <translation>सिर्फ़ इस सहमति वाले संपर्क।</translation>
    </message>
    <message>
        <source>state</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>--consent must be opted-in, unknown or opted-out.</source>
        <translation>--consent का मान opted-in, unknown या opted-out होना चाहिए।</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>अनपेक्षित आर्ग्युमेंट: %1</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n argument(s).</source>
        <translation>
            <numerusform>%n आर्ग्युमेंट अपेक्षित था।</numerusform>
            <numerusform>%n आर्ग्युमेंट अपेक्षित थे।</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: megaphone-cli contacts count [--tag T]... [--consent opted-in|unknown|opted-out]
       megaphone-cli contacts export OUT.csv [--tag T]... [--consent STATE]
       megaphone-cli contacts preview FILE [--rows N] [--encoding E] [--delimiter C]
       megaphone-cli contacts import FILE [--region CC] [--tag T]...
             [--consent opted-in|unknown] [--consent-source TEXT] [--encoding E]
             [--delimiter C] [--map COLUMN=FIELD]... [--dry-run] [--rejects OUT.csv]</source>
        <translation>उपयोग: megaphone-cli contacts count [--tag T]... [--consent opted-in|unknown|opted-out]
       megaphone-cli contacts export OUT.csv [--tag T]... [--consent STATE]
       megaphone-cli contacts preview FILE [--rows N] [--encoding E] [--delimiter C]
       megaphone-cli contacts import FILE [--region CC] [--tag T]...
             [--consent opted-in|unknown] [--consent-source TEXT] [--encoding E]
             [--delimiter C] [--map COLUMN=FIELD]... [--dry-run] [--rejects OUT.csv]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n संपर्क %1 में एक्सपोर्ट किया गया।</numerusform>
            <numerusform>%n संपर्क %1 में एक्सपोर्ट किए गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsImportCommand</name>
    <message>
        <source>UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (default: detected).</source>
        <translation>UTF-8, UTF-16LE, UTF-16BE या Windows-1252 (डिफ़ॉल्ट: अपने-आप पहचाना गया)।</translation>
    </message>
    <message>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>The column separator: , ; | or tab (default: detected).</source>
        <translation>कॉलम विभाजक: , ; | या टैब (डिफ़ॉल्ट: अपने-आप पहचाना गया)।</translation>
    </message>
    <message>
        <source>char</source>
        <translation>अक्षर</translation>
    </message>
    <message>
        <source>--delimiter must be one of , ; | tab.</source>
        <translation>--delimiter इनमें से एक होना चाहिए: , ; | tab।</translation>
    </message>
    <message>
        <source>--map %1: use COLUMN=FIELD, where COLUMN is a column name of the file or its number, and FIELD is phone, first_name, last_name, display_name, email, tags, consent, birthday, country, language, time_zone, attr.NAME or ignore.</source>
        <translation>--map %1: COLUMN=FIELD का उपयोग करें, जहाँ COLUMN फ़ाइल के किसी कॉलम का नाम या उसकी संख्या है, और FIELD इनमें से एक है: phone, first_name, last_name, display_name, email, tags, consent, birthday, country, language, time_zone, attr.NAME या ignore।</translation>
    </message>
    <message>
        <source>How many records to show (default 5).</source>
        <translation>कितने रिकॉर्ड दिखाने हैं (डिफ़ॉल्ट 5)।</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Encoding: %1
Delimiter: %2
Header row: %3
</source>
        <translation>एन्कोडिंग: %1
विभाजक: %2
हेडर पंक्ति: %3
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Columns:
</source>
        <translation>कॉलम:
</translation>
    </message>
    <message>
        <source>Row %1: %2
</source>
        <translation>पंक्ति %1: %2
</translation>
    </message>
    <message>
        <source>  problem: %1
</source>
        <translation>  समस्या: %1
</translation>
    </message>
    <message>
        <source>Mapping: %1
</source>
        <translation>मैपिंग: %1
</translation>
    </message>
    <message>
        <source>Country of numbers written without a country code (ISO code, e.g. IN).</source>
        <translation>बिना देश कोड के लिखे नंबरों का देश (ISO कोड, जैसे IN)।</translation>
    </message>
    <message>
        <source>cc</source>
        <translation>cc</translation>
    </message>
    <message>
        <source>Add this tag to every imported contact (repeatable).</source>
        <translation>इंपोर्ट किए गए हर संपर्क में यह टैग जोड़ें (एक से ज़्यादा बार दिया जा सकता है)।</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>opted-in: you state that every contact in the file agreed to WhatsApp marketing.</source>
        <translation>opted-in: आप पुष्टि करते हैं कि फ़ाइल के हर संपर्क ने WhatsApp मार्केटिंग के लिए सहमति दी है।</translation>
    </message>
    <message>
        <source>state</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Where that consent was given (e.g. &quot;checkout opt-in box&quot;).</source>
        <translation>वह सहमति कहाँ दी गई थी (जैसे &quot;चेकआउट ऑप्ट-इन बॉक्स&quot;)।</translation>
    </message>
    <message>
        <source>text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <source>Map a column: COLUMN=FIELD (repeatable).</source>
        <translation>कॉलम मैप करें: COLUMN=FIELD (एक से ज़्यादा बार दिया जा सकता है)।</translation>
    </message>
    <message>
        <source>map</source>
        <translation>map</translation>
    </message>
    <message>
        <source>Read and check everything, change nothing.</source>
        <translation>सब कुछ पढ़ें और जाँचें, कुछ भी न बदलें।</translation>
    </message>
    <message>
        <source>Save the rejected rows, with row number and reason, to this CSV.</source>
        <translation>अस्वीकार की गई पंक्तियों को, पंक्ति संख्या और कारण के साथ, इस CSV में सहेजें।</translation>
    </message>
    <message>
        <source>file</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>--consent must be opted-in or unknown.</source>
        <translation>--consent का मान opted-in या unknown होना चाहिए।</translation>
    </message>
    <message>
        <source>Stated when importing %1 from the command line</source>
        <translation>कमांड लाइन से %1 इंपोर्ट करते समय बताया गया</translation>
    </message>
    <message>
        <source>--region %1 is not a country code libphonenumber knows (use e.g. IN, BR, GB).</source>
        <translation>--region %1 ऐसा देश कोड नहीं है जिसे libphonenumber पहचानता हो (जैसे IN, BR, GB का उपयोग करें)।</translation>
    </message>
    <message>
        <source>Dry run, nothing changed.
</source>
        <translation>ड्राई रन, कुछ भी नहीं बदला गया।
</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new, %3 updated, %4 repeated in the file, %5 rejected, %6 flagged.</source>
        <translation>%1 पंक्तियाँ पढ़ी गईं: %2 नई, %3 अपडेट की गईं, %4 फ़ाइल में दोहराई गईं, %5 अस्वीकार, %6 चिह्नित।</translation>
    </message>
    <message>
        <source>
  row %1: %2</source>
        <translation>
  पंक्ति %1: %2</translation>
    </message>
    <message>
        <source>
Use --rejects FILE to save the rejected rows.</source>
        <translation>
अस्वीकार की गई पंक्तियाँ सहेजने के लिए --rejects FILE का उपयोग करें।</translation>
    </message>
    <message>
        <source>
Rejected rows saved to %1.</source>
        <translation>
अस्वीकार की गई पंक्तियाँ %1 में सहेजी गईं।</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>फ़ाइल पढ़ने के लिए खुली नहीं है।</translation>
    </message>
    <message>
        <source>Unsupported delimiter &quot;%1&quot; (use comma, semicolon, tab or |).</source>
        <translation>असमर्थित विभाजक &quot;%1&quot; (कॉमा, सेमीकोलन, टैब या | का उपयोग करें)।</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV: in the first row, %1.</source>
        <translation>फ़ाइल को CSV के रूप में नहीं पढ़ा जा सकता: पहली पंक्ति में, %1।</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 फ़ील्ड अपेक्षित थे, %2 मिले</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>NUL character removed from field %1</source>
        <translation>फ़ील्ड %1 से NUL अक्षर हटाया गया</translation>
    </message>
    <message>
        <source>field %1 longer than %2 characters, cut</source>
        <translation>फ़ील्ड %1 में %2 से ज़्यादा अक्षर थे, काट दिए गए</translation>
    </message>
    <message>
        <source>fields %1 longer than %2 characters, cut</source>
        <translation>फ़ील्ड %1 में %2 से ज़्यादा अक्षर थे, काट दिए गए</translation>
    </message>
    <message>
        <source>the quote opened in field %1 is never closed: the rest of the file was read into that field</source>
        <translation>फ़ील्ड %1 में खोला गया उद्धरण चिह्न कभी बंद नहीं हुआ: फ़ाइल का बाकी हिस्सा उसी फ़ील्ड में पढ़ लिया गया</translation>
    </message>
    <message>
        <source>more than %1 fields: the rest were dropped</source>
        <translation>%1 से ज़्यादा फ़ील्ड: बाकी फ़ील्ड छोड़ दिए गए</translation>
    </message>
    <message>
        <source>record longer than %1 characters: the rest was dropped</source>
        <translation>रिकॉर्ड %1 अक्षरों से लंबा है: बाकी हिस्सा छोड़ दिया गया</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n सेकंड</numerusform>
            <numerusform>%n सेकंड</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घंटे %2 मिनट</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n घंटा</numerusform>
            <numerusform>%n घंटे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 h</source>
        <translation>%1 %2 घंटे</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>%1 बजे</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>कल %1 बजे</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>%1 को %2 बजे</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the SQLite database %1: that path is a folder.</source>
        <translation>SQLite डेटाबेस %1 नहीं खोला जा सकता: यह पाथ एक फ़ोल्डर है।</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: the folder %2 cannot be created.</source>
        <translation>SQLite डेटाबेस %1 नहीं खोला जा सकता: फ़ोल्डर %2 नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <source>There is no SQLite database at %1 yet.</source>
        <translation>%1 पर अभी कोई SQLite डेटाबेस नहीं है।</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: %2</source>
        <translation>SQLite डेटाबेस %1 नहीं खोला जा सकता: %2</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL database &quot;%1&quot; at %2:%3 as user &quot;%4&quot;: %5</source>
        <translation>PostgreSQL डेटाबेस &quot;%1&quot; से %2:%3 पर उपयोगकर्ता &quot;%4&quot; के रूप में कनेक्ट नहीं हो सका: %5</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>ट्रांज़ैक्शन शुरू करने</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>कमिट करने</translation>
    </message>
    <message>
        <source>The database refused to %1: %2</source>
        <translation>डेटाबेस ने %1 से मना कर दिया: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>--database</source>
        <translation>--database</translation>
    </message>
    <message>
        <source>the saved settings</source>
        <translation>सहेजी गई सेटिंग</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>%1 में: %2</translation>
    </message>
    <message>
        <source>The database URL in %1 contains a password. Remove it from the URL and store it in Settings (the keychain) or in the MEGAPHONE_DATABASE_PASSWORD environment variable.</source>
        <translation>%1 में दिए गए डेटाबेस URL में पासवर्ड है। इसे URL से हटाएँ और सेटिंग (कीचेन) में या MEGAPHONE_DATABASE_PASSWORD एनवायरनमेंट वेरिएबल में सहेजें।</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>&quot;%1&quot; is not a database URL. Use sqlite:///path/to/file.db or postgresql://user@host:5432/database?sslmode=require.</source>
        <translation>&quot;%1&quot; डेटाबेस URL नहीं है। sqlite:///path/to/file.db या postgresql://user@host:5432/database?sslmode=require का उपयोग करें।</translation>
    </message>
    <message>
        <source>A SQLite URL needs an absolute file path with three slashes, e.g. sqlite:///home/me/megaphone.db (got &quot;%1&quot;).</source>
        <translation>SQLite URL में तीन स्लैश के साथ फ़ाइल का पूरा पाथ होना चाहिए, जैसे sqlite:///home/me/megaphone.db (मिला: &quot;%1&quot;)।</translation>
    </message>
    <message>
        <source>A PostgreSQL URL needs a database name after the host, e.g. postgresql://user@host:5432/megaphone (got &quot;%1&quot;).</source>
        <translation>PostgreSQL URL में होस्ट के बाद डेटाबेस का नाम होना चाहिए, जैसे postgresql://user@host:5432/megaphone (मिला: &quot;%1&quot;)।</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the database URL; only sslmode is supported.</source>
        <translation>डेटाबेस URL में अज्ञात विकल्प &quot;%1&quot;; सिर्फ़ sslmode समर्थित है।</translation>
    </message>
    <message>
        <source>sslmode must be one of %1 (got &quot;%2&quot;).</source>
        <translation>sslmode इनमें से एक होना चाहिए: %1 (मिला: &quot;%2&quot;)।</translation>
    </message>
    <message>
        <source>Unsupported database type &quot;%1&quot;: use sqlite or postgresql.</source>
        <translation>असमर्थित डेटाबेस प्रकार &quot;%1&quot;: sqlite या postgresql का उपयोग करें।</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>PostgreSQL: %1 on %2:%3</source>
        <translation>PostgreSQL: %2:%3 पर %1</translation>
    </message>
</context>
<context>
    <name>ImportStaging</name>
    <message>
        <source>The PostgreSQL driver gave no connection handle.</source>
        <translation>PostgreSQL ड्राइवर ने कोई कनेक्शन हैंडल नहीं दिया।</translation>
    </message>
    <message>
        <source>COPY did not start: %1</source>
        <translation>COPY शुरू नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>COPY into the staging table failed: %1</source>
        <translation>स्टेजिंग टेबल में COPY विफल रहा: %1</translation>
    </message>
    <message>
        <source>drop the staging table</source>
        <translation>स्टेजिंग टेबल हटाने</translation>
    </message>
    <message>
        <source>size the page cache</source>
        <translation>पेज कैश का आकार तय करने</translation>
    </message>
    <message>
        <source>create the import staging table</source>
        <translation>इंपोर्ट की स्टेजिंग टेबल बनाने</translation>
    </message>
    <message>
        <source>stage contacts</source>
        <translation>संपर्कों को स्टेज करने</translation>
    </message>
    <message>
        <source>index the repeated numbers</source>
        <translation>दोहराए गए नंबरों का इंडेक्स बनाने</translation>
    </message>
    <message>
        <source>analyse the staged rows</source>
        <translation>स्टेज की गई पंक्तियों का विश्लेषण करने</translation>
    </message>
    <message>
        <source>merge repeated numbers</source>
        <translation>दोहराए गए नंबरों को मर्ज करने</translation>
    </message>
    <message>
        <source>compare the file with the contacts</source>
        <translation>फ़ाइल की संपर्कों से तुलना करने</translation>
    </message>
    <message>
        <source>size the merge</source>
        <translation>मर्ज का आकार तय करने</translation>
    </message>
    <message>
        <source>merge the imported contacts</source>
        <translation>इंपोर्ट किए गए संपर्कों को मर्ज करने</translation>
    </message>
    <message>
        <source>tag the imported contacts</source>
        <translation>इंपोर्ट किए गए संपर्कों को टैग करने</translation>
    </message>
    <message>
        <source>create the imported tags</source>
        <translation>इंपोर्ट किए गए टैग बनाने</translation>
    </message>
    <message>
        <source>create the tag %1</source>
        <translation>टैग %1 बनाने</translation>
    </message>
    <message>
        <source>The contacts table has no id sequence.</source>
        <translation>संपर्क तालिका में आईडी का कोई अनुक्रम नहीं है।</translation>
    </message>
    <message>
        <source>Could not stage contacts: %1</source>
        <translation>संपर्कों को स्टेज नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>reset the session</source>
        <translation>सत्र को रीसेट करने</translation>
    </message>
</context>
<context>
    <name>MappingCheck</name>
    <message>
        <source>count the contacts the message would reach with empty values</source>
        <translation>उन संपर्कों को गिनने जिन तक मैसेज खाली मानों के साथ पहुँचेगा</translation>
    </message>
    <message>
        <source>read a few contacts of the audience</source>
        <translation>ऑडियंस के कुछ संपर्क पढ़ने</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>The template has no name.</source>
        <translation>टेम्पलेट का कोई नाम नहीं है।</translation>
    </message>
    <message>
        <source>The template %1 (%2) has no body.</source>
        <translation>टेम्पलेट %1 (%2) में कोई बॉडी नहीं है।</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This database was written by a newer version of Megaphone (schema version %1; this version knows up to %2). Update Megaphone to use it; the database was not changed.</source>
        <translation>यह डेटाबेस Megaphone के नए वर्शन ने लिखा है (स्कीमा वर्शन %1; यह वर्शन %2 तक ही जानता है)। इसका उपयोग करने के लिए Megaphone को अपडेट करें; डेटाबेस में कोई बदलाव नहीं किया गया।</translation>
    </message>
    <message>
        <source>lock the schema for migration</source>
        <translation>माइग्रेशन के लिए स्कीमा को लॉक करने</translation>
    </message>
    <message>
        <source>create the migrations table</source>
        <translation>माइग्रेशन टेबल बनाने</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Megaphone.</source>
        <translation>यह डेटाबेस Megaphone के नए वर्शन ने लिखा है।</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>माइग्रेशन %1 (%2) विफल रहा: %3</translation>
    </message>
    <message>
        <source>record migration %1</source>
        <translation>माइग्रेशन %1 दर्ज करने</translation>
    </message>
</context>
<context>
    <name>PortfolioStore</name>
    <message>
        <source>A portfolio needs a name.</source>
        <translation>पोर्टफ़ोलियो के लिए नाम ज़रूरी है।</translation>
    </message>
    <message>
        <source>add the portfolio %1</source>
        <translation>पोर्टफ़ोलियो %1 जोड़ने</translation>
    </message>
    <message>
        <source>save the portfolio %1</source>
        <translation>पोर्टफ़ोलियो %1 सहेजने</translation>
    </message>
    <message>
        <source>remove the portfolio</source>
        <translation>पोर्टफ़ोलियो हटाने</translation>
    </message>
    <message>
        <source>read portfolios</source>
        <translation>पोर्टफ़ोलियो पढ़ने</translation>
    </message>
</context>
<context>
    <name>ReaderFactory</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 नहीं खोला जा सकता: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 नहीं पढ़ा जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>RecipientReport</name>
    <message>
        <source>The report could not be written.</source>
        <translation>रिपोर्ट लिखी नहीं जा सकी।</translation>
    </message>
</context>
<context>
    <name>RecipientStore</name>
    <message>
        <source>add recipients</source>
        <translation>प्राप्तकर्ता जोड़ने</translation>
    </message>
    <message>
        <source>count recipients</source>
        <translation>प्राप्तकर्ता गिनने</translation>
    </message>
    <message>
        <source>list recipients</source>
        <translation>प्राप्तकर्ताओं की सूची बनाने</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Usage: megaphone-cli sandbox serve [--listen ADDR:PORT] [--latency-ms M] [--jitter-ms J]
             [--mps N] [--tier N] [--failures SPEC] [--webhook-url URL]
             [--app-secret-env VAR] [--log FILE]
  SPEC: CODE:P,timeout:P,drop:P,async-CODE:P (P a probability, e.g. 131026:0.02,timeout:0.005)</source>
        <translation>उपयोग: megaphone-cli sandbox serve [--listen ADDR:PORT] [--latency-ms M] [--jitter-ms J]
             [--mps N] [--tier N] [--failures SPEC] [--webhook-url URL]
             [--app-secret-env VAR] [--log FILE]
  SPEC: CODE:P,timeout:P,drop:P,async-CODE:P (P एक संभावना है, जैसे 131026:0.02,timeout:0.005)</translation>
    </message>
    <message>
        <source>--latency-ms, --jitter-ms, --mps, --tier and --seed take whole numbers of 0 or more.</source>
        <translation>--latency-ms, --jitter-ms, --mps, --tier और --seed में 0 या उससे बड़ी पूर्ण संख्या दें।</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>एनवायरनमेंट वेरिएबल %1 खाली है।</translation>
    </message>
    <message>
        <source>--listen takes an address and a port, such as 127.0.0.1:8089.</source>
        <translation>--listen में एक एड्रेस और पोर्ट दें, जैसे 127.0.0.1:8089।</translation>
    </message>
    <message>
        <source>Sandbox listening on %1 (phone number id %2, WABA id %3). Stop it with Ctrl+C.</source>
        <translation>सैंडबॉक्स %1 पर सुन रहा है (फ़ोन नंबर id %2, WABA id %3)। इसे Ctrl+C से रोकें।</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n message(s), </source>
        <translation>
            <numerusform>%n मैसेज स्वीकार किया, </numerusform>
            <numerusform>%n मैसेज स्वीकार किए, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s).</source>
        <translation>
            <numerusform>%n डुप्लिकेट।</numerusform>
            <numerusform>%n डुप्लिकेट।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <source>Sandbox portfolio</source>
        <translation>सैंडबॉक्स पोर्टफ़ोलियो</translation>
    </message>
    <message>
        <source>Sandbox (simulated WhatsApp)</source>
        <translation>सैंडबॉक्स (सिम्युलेटेड WhatsApp)</translation>
    </message>
    <message>
        <source>Sandbox sample data</source>
        <translation>सैंडबॉक्स का नमूना डेटा</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>MEGAPHONE_SANDBOX_URL is not a URL: %1</source>
        <translation>MEGAPHONE_SANDBOX_URL कोई URL नहीं है: %1</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>&quot;%1&quot; in --failures needs a probability between 0 and 1, as in 131026:0.02.</source>
        <translation>--failures में &quot;%1&quot; के लिए 0 और 1 के बीच की संभावना चाहिए, जैसे 131026:0.02।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in --failures is not an error code, timeout, drop or async-CODE.</source>
        <translation>--failures में &quot;%1&quot; न तो कोई एरर कोड है, न timeout, drop या async-CODE।</translation>
    </message>
    <message>
        <source>The probabilities in --failures add up to more than 1.</source>
        <translation>--failures में दी गई संभावनाओं का जोड़ 1 से ज़्यादा है।</translation>
    </message>
</context>
<context>
    <name>SandboxWebhookLink</name>
    <message>
        <source>The sandbox&apos;s webhooks cannot be received: %1</source>
        <translation>सैंडबॉक्स के वेबहुक प्राप्त नहीं किए जा सकते: %1</translation>
    </message>
</context>
<context>
    <name>SendPlan</name>
    <message>
        <source>never: the messaging tier or the sending window lets nothing through</source>
        <translation>कभी नहीं: मैसेजिंग टियर या सेंडिंग विंडो कुछ भी भेजने नहीं देती</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>भेजने के लिए कुछ नहीं</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>लगभग %n मिनट</numerusform>
            <numerusform>लगभग %n मिनट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>लगभग %n घंटा</numerusform>
            <numerusform>लगभग %n घंटे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), at most %1 a day</source>
        <translation>
            <numerusform>%n दिन, प्रतिदिन अधिकतम %1</numerusform>
            <numerusform>%n दिन, प्रतिदिन अधिकतम %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendReview</name>
    <message>
        <source>count recipients by country</source>
        <translation>देश के अनुसार प्राप्तकर्ता गिनने</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>टेम्पलेट चुनें।</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is %2, not approved: WhatsApp refuses it.</source>
        <translation>टेम्पलेट &quot;%1&quot; की स्थिति %2 है, यह स्वीकृत नहीं है: WhatsApp इसे अस्वीकार कर देता है।</translation>
    </message>
    <message>
        <source>Nobody would receive it: the audience has no opted-in contact.</source>
        <translation>यह किसी को नहीं मिलेगा: ऑडियंस में कोई ऑप्ट-इन संपर्क नहीं है।</translation>
    </message>
    <message>
        <source>%1 recipients is more than the portfolio&apos;s tier of %2 a day: sending takes %3.</source>
        <translation>%1 प्राप्तकर्ता पोर्टफ़ोलियो के टियर (%2 प्रतिदिन) से ज़्यादा हैं: भेजने में %3 लगेंगे।</translation>
    </message>
    <message>
        <source>%1 contacts without consent (%2 opted out) are left out.</source>
        <translation>बिना सहमति वाले %1 संपर्क (%2 ऑप्ट-आउट) शामिल नहीं किए गए।</translation>
    </message>
    <message>
        <source>%1 contacts who got a broadcast recently are left out (frequency cap).</source>
        <translation>हाल ही में ब्रॉडकास्ट पा चुके %1 संपर्क शामिल नहीं किए गए (फ़्रीक्वेंसी कैप)।</translation>
    </message>
    <message>
        <source>%1 recipients are in countries without a price in Settings: not in the estimate.</source>
        <translation>%1 प्राप्तकर्ता ऐसे देशों में हैं जिनकी कीमत सेटिंग में नहीं दी गई है: ये अनुमान में शामिल नहीं हैं।</translation>
    </message>
    <message>
        <source>US numbers (+1) among the recipients: %1. WhatsApp does not deliver marketing templates to +1 numbers: those messages will fail.</source>
        <translation>प्राप्तकर्ताओं में US नंबर (+1): %1। WhatsApp +1 नंबरों पर मार्केटिंग टेम्पलेट डिलीवर नहीं करता: वे मैसेज विफल होंगे।</translation>
    </message>
</context>
<context>
    <name>SendingStore</name>
    <message>
        <source>count the portfolio&apos;s messaging quota</source>
        <translation>पोर्टफ़ोलियो का मैसेजिंग कोटा गिनने</translation>
    </message>
    <message>
        <source>find recipients to send to</source>
        <translation>भेजने के लिए प्राप्तकर्ता खोजने</translation>
    </message>
    <message>
        <source>claim recipients</source>
        <translation>प्राप्तकर्ताओं को आरक्षित करने</translation>
    </message>
    <message>
        <source>Another sender claimed some of the same recipients; nothing was claimed.</source>
        <translation>किसी दूसरे सेंडर ने इनमें से कुछ प्राप्तकर्ता आरक्षित कर लिए; कुछ भी आरक्षित नहीं किया गया।</translation>
    </message>
    <message>
        <source>lock the portfolio&apos;s messaging quota</source>
        <translation>पोर्टफ़ोलियो का मैसेजिंग कोटा लॉक करने</translation>
    </message>
    <message>
        <source>find the next retry time</source>
        <translation>फिर से कोशिश करने का अगला समय खोजने</translation>
    </message>
    <message>
        <source>check what is left to send</source>
        <translation>भेजने के लिए बाकी मैसेज जाँचने</translation>
    </message>
    <message>
        <source>record sent messages</source>
        <translation>भेजे गए मैसेज दर्ज करने</translation>
    </message>
    <message>
        <source>record sends to retry</source>
        <translation>फिर से भेजे जाने वाले मैसेज दर्ज करने</translation>
    </message>
    <message>
        <source>record failed sends</source>
        <translation>विफल मैसेज दर्ज करने</translation>
    </message>
    <message>
        <source>record sends with an unknown outcome</source>
        <translation>अज्ञात नतीजे वाले मैसेज दर्ज करने</translation>
    </message>
    <message>
        <source>mark the contact as opted out</source>
        <translation>संपर्क को ऑप्ट-आउट के रूप में चिह्नित करने</translation>
    </message>
    <message>
        <source>The contact opted out of marketing messages.</source>
        <translation>संपर्क ने मार्केटिंग मैसेज से ऑप्ट-आउट कर लिया है।</translation>
    </message>
    <message>
        <source>The contact has not opted in to marketing messages.</source>
        <translation>संपर्क ने मार्केटिंग मैसेज के लिए ऑप्ट-इन नहीं किया है।</translation>
    </message>
    <message numerus="yes">
        <source>The contact got a marketing broadcast in the last %n hour(s).</source>
        <translation>
            <numerusform>संपर्क को पिछले %n घंटे में मार्केटिंग ब्रॉडकास्ट मिल चुका है।</numerusform>
            <numerusform>संपर्क को पिछले %n घंटे में मार्केटिंग ब्रॉडकास्ट मिल चुका है।</numerusform>
        </translation>
    </message>
    <message>
        <source>add the broadcast&apos;s recipients</source>
        <translation>ब्रॉडकास्ट के प्राप्तकर्ता जोड़ने</translation>
    </message>
    <message>
        <source>mark interrupted sends as unknown</source>
        <translation>बीच में रुके मैसेज को अज्ञात के रूप में चिह्नित करने</translation>
    </message>
    <message>
        <source>release claimed recipients</source>
        <translation>आरक्षित प्राप्तकर्ताओं को छोड़ने</translation>
    </message>
    <message>
        <source>retry failed recipients</source>
        <translation>विफल प्राप्तकर्ताओं को फिर से भेजने</translation>
    </message>
    <message>
        <source>retry recipients with an unknown outcome</source>
        <translation>अज्ञात नतीजे वाले प्राप्तकर्ताओं को फिर से भेजने</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>read the setting %1</source>
        <translation>सेटिंग %1 पढ़ने</translation>
    </message>
    <message>
        <source>save the setting %1</source>
        <translation>सेटिंग %1 सहेजने</translation>
    </message>
    <message>
        <source>remove the setting %1</source>
        <translation>सेटिंग %1 हटाने</translation>
    </message>
</context>
<context>
    <name>StatusApplier</name>
    <message>
        <source>apply message statuses</source>
        <translation>मैसेज की स्थितियाँ लागू करने</translation>
    </message>
    <message>
        <source>find the messages of statuses</source>
        <translation>स्थितियों से जुड़े मैसेज खोजने</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>शेड्यूल किया गया</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>पुष्टि का इंतज़ार</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>बाकी</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>भेजा जा रहा</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>पढ़ा गया</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>नतीजा अज्ञात</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>ऑप्ट-इन</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>मार्केटिंग</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>यूटिलिटी</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>ऑथेंटिकेशन</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>समीक्षा में</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>बंद</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <source>%n template(s) listed: %1 new, %2 changed, %3 unchanged, %4 no longer listed.</source>
        <translation>
            <numerusform>%n टेम्पलेट सूची में मिले: %1 नए, %2 बदले गए, %3 में कोई बदलाव नहीं, %4 अब सूची में नहीं।</numerusform>
            <numerusform>%n टेम्पलेट सूची में मिले: %1 नए, %2 बदले गए, %3 में कोई बदलाव नहीं, %4 अब सूची में नहीं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as IN, BR or GB.</source>
        <translation>&quot;%1&quot; दो अक्षरों वाला देश कोड नहीं है, जैसे IN, BR या GB।</translation>
    </message>
    <message>
        <source>The maximum messages per second</source>
        <translation>प्रति सेकंड अधिकतम मैसेज</translation>
    </message>
    <message>
        <source>The frequency cap in hours</source>
        <translation>घंटों में फ़्रीक्वेंसी कैप</translation>
    </message>
    <message>
        <source>The circuit breaker threshold</source>
        <translation>सर्किट ब्रेकर की सीमा</translation>
    </message>
    <message>
        <source>The missed-schedule grace time</source>
        <translation>छूटे हुए शेड्यूल का ग्रेस टाइम</translation>
    </message>
    <message>
        <source>Keep at least one opt-out keyword, such as STOP.</source>
        <translation>कम से कम एक ऑप्ट-आउट कीवर्ड रखें, जैसे STOP।</translation>
    </message>
    <message>
        <source>%1 is not a time zone this system knows.</source>
        <translation>%1 ऐसा समय क्षेत्र नहीं है जिसे यह सिस्टम पहचानता हो।</translation>
    </message>
    <message>
        <source>A price cannot be negative (%1).</source>
        <translation>कीमत शून्य से कम नहीं हो सकती (%1)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as USD.</source>
        <translation>&quot;%1&quot; कोई मुद्रा कोड नहीं है (जैसे USD)।</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1 का मान %2 और %3 के बीच होना चाहिए (मिला: %4)।</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>save the template %1 (%2)</source>
        <translation>टेम्पलेट %1 (%2) सहेजने</translation>
    </message>
    <message>
        <source>mark a template deleted</source>
        <translation>टेम्पलेट को मिटाया गया चिह्नित करने</translation>
    </message>
    <message>
        <source>read templates</source>
        <translation>टेम्पलेट पढ़ने</translation>
    </message>
</context>
<context>
    <name>TemplatesCommand</name>
    <message>
        <source>Usage: megaphone-cli templates sync ACCOUNT
       megaphone-cli templates list [ACCOUNT]</source>
        <translation>उपयोग: megaphone-cli templates sync ACCOUNT
       megaphone-cli templates list [ACCOUNT]</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>खाता %1 मौजूद नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s), </source>
        <translation>
            <numerusform>%n पेज पढ़ा, </numerusform>
            <numerusform>%n पेज पढ़े, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)...</source>
        <translation>
            <numerusform>%n टेम्पलेट...</numerusform>
            <numerusform>%n टेम्पलेट...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) listed: </source>
        <translation>
            <numerusform>%n टेम्पलेट सूची में मिले: </numerusform>
            <numerusform>%n टेम्पलेट सूची में मिले: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 marked deleted.</source>
        <translation>%1 जोड़े गए, %2 अपडेट किए गए, %3 में कोई बदलाव नहीं, %4 मिटाए गए के रूप में चिह्नित।</translation>
    </message>
    <message>
        <source>No templates: run megaphone-cli templates sync ACCOUNT.</source>
        <translation>कोई टेम्पलेट नहीं: megaphone-cli templates sync ACCOUNT चलाएँ।</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>%1 is not a number a test can go to: %2</source>
        <translation>%1 ऐसा नंबर नहीं है जिस पर टेस्ट भेजा जा सके: %2</translation>
    </message>
    <message>
        <source>Choose the sender account first.</source>
        <translation>पहले सेंडर खाता चुनें।</translation>
    </message>
    <message>
        <source>Choose a template first.</source>
        <translation>पहले टेम्पलेट चुनें।</translation>
    </message>
    <message>
        <source>Not sent: %1 would be empty for %2; add a fallback.</source>
        <translation>नहीं भेजा गया: %2 के लिए %1 खाली होगा; कोई फ़ॉलबैक जोड़ें।</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>Unknown text encoding &quot;%1&quot; (use UTF-8, UTF-16LE, UTF-16BE, Windows-1252 or ISO-8859-1).</source>
        <translation>अज्ञात टेक्स्ट एन्कोडिंग &quot;%1&quot; (UTF-8, UTF-16LE, UTF-16BE, Windows-1252 या ISO-8859-1 का उपयोग करें)।</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>फ़ाइल पढ़ने के लिए खुली नहीं है।</translation>
    </message>
    <message>
        <source>This is not a vCard file: line %1 should be BEGIN:VCARD.</source>
        <translation>यह vCard फ़ाइल नहीं है: पंक्ति %1 में BEGIN:VCARD होना चाहिए।</translation>
    </message>
    <message>
        <source>END:VCARD missing: the card starting at line %1 was cut short by the next BEGIN:VCARD at line %2</source>
        <translation>END:VCARD नहीं मिला: पंक्ति %1 से शुरू होने वाला कार्ड पंक्ति %2 पर अगले BEGIN:VCARD के कारण अधूरा रह गया</translation>
    </message>
    <message>
        <source>END:VCARD missing: the card starting at line %1 runs to the end of the file</source>
        <translation>END:VCARD नहीं मिला: पंक्ति %1 से शुरू होने वाला कार्ड फ़ाइल के अंत तक चलता है</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>the value of %1 was too long and was cut</source>
        <translation>%1 का मान बहुत लंबा था, इसलिए काट दिया गया</translation>
    </message>
    <message>
        <source>%1 longer than %2 characters, cut</source>
        <translation>%1 में %2 से ज़्यादा अक्षर थे, काट दिया गया</translation>
    </message>
    <message>
        <source>more than %1 values of one kind: the rest were dropped</source>
        <translation>एक ही प्रकार के %1 से ज़्यादा मान: बाकी छोड़ दिए गए</translation>
    </message>
</context>
<context>
    <name>WebhookParser</name>
    <message>
        <source>The webhook is not valid JSON: %1 at byte %2.</source>
        <translation>वेबहुक मान्य JSON नहीं है: बाइट %2 पर %1।</translation>
    </message>
    <message>
        <source>The webhook has no &quot;entry&quot; list: it is not a WhatsApp Business Account webhook.</source>
        <translation>वेबहुक में &quot;entry&quot; सूची नहीं है: यह WhatsApp Business Account का वेबहुक नहीं है।</translation>
    </message>
    <message>
        <source>The Twilio callback has no MessageSid or MessageStatus.</source>
        <translation>Twilio कॉलबैक में MessageSid या MessageStatus नहीं है।</translation>
    </message>
    <message>
        <source>Twilio&apos;s message is not valid JSON: %1</source>
        <translation>Twilio का मैसेज मान्य JSON नहीं है: %1</translation>
    </message>
    <message>
        <source>Twilio&apos;s message has no sid or status.</source>
        <translation>Twilio के मैसेज में sid या status नहीं है।</translation>
    </message>
</context>
<context>
    <name>WebhookStore</name>
    <message>
        <source>opt the contact out</source>
        <translation>संपर्क को ऑप्ट-आउट करने</translation>
    </message>
    <message>
        <source>change the contact&apos;s consent</source>
        <translation>संपर्क की सहमति बदलने</translation>
    </message>
    <message>
        <source>record a reply</source>
        <translation>जवाब दर्ज करने</translation>
    </message>
    <message>
        <source>store webhook events</source>
        <translation>वेबहुक इवेंट सहेजने</translation>
    </message>
    <message>
        <source>read webhook events</source>
        <translation>वेबहुक इवेंट पढ़ने</translation>
    </message>
    <message>
        <source>mark webhook events applied</source>
        <translation>वेबहुक इवेंट को लागू के रूप में चिह्नित करने</translation>
    </message>
    <message>
        <source>count webhook events</source>
        <translation>वेबहुक इवेंट गिनने</translation>
    </message>
</context>
<context>
    <name>WebhooksCommand</name>
    <message>
        <source>Usage: megaphone-cli webhooks serve [--listen ADDR:PORT]
  Receives the providers&apos; webhooks at /webhooks/meta/&lt;account&gt;,
  /webhooks/360dialog/&lt;account&gt;/&lt;token&gt; and /webhooks/twilio/&lt;account&gt; (put a
  reverse proxy with HTTPS in front). Default: 127.0.0.1:8090.</source>
        <translation>उपयोग: megaphone-cli webhooks serve [--listen ADDR:PORT]
  प्रोवाइडर के वेबहुक /webhooks/meta/&lt;account&gt;,
  /webhooks/360dialog/&lt;account&gt;/&lt;token&gt; और /webhooks/twilio/&lt;account&gt; पर प्राप्त करता है
  (इसके आगे HTTPS वाला रिवर्स प्रॉक्सी लगाएँ)। डिफ़ॉल्ट: 127.0.0.1:8090।</translation>
    </message>
    <message>
        <source>--listen takes an address and a port, such as 127.0.0.1:8090.</source>
        <translation>--listen में एक एड्रेस और पोर्ट दें, जैसे 127.0.0.1:8090।</translation>
    </message>
    <message>
        <source>Receiving webhooks on %1 (for example %1/webhooks/meta/1). Stop it with Ctrl+C.</source>
        <translation>%1 पर वेबहुक प्राप्त किए जा रहे हैं (उदाहरण के लिए %1/webhooks/meta/1)। इसे Ctrl+C से रोकें।</translation>
    </message>
</context>
<context>
    <name>WorkerRun</name>
    <message>
        <source>Usage: megaphone-cli worker [--account ID] [--exit-when-idle] [--retry-seconds N]
  Sends the due broadcasts of every account (or one) until SIGTERM. An account
  another worker sends from is tried again every N seconds (default 10), so a
  second worker takes over when the first one stops.</source>
        <translation>उपयोग: megaphone-cli worker [--account ID] [--exit-when-idle] [--retry-seconds N]
  SIGTERM मिलने तक हर खाते (या एक खाते) के वे ब्रॉडकास्ट भेजता है जिनका समय हो गया है।
  जिस खाते से कोई दूसरा वर्कर भेज रहा हो, उसे हर N सेकंड (डिफ़ॉल्ट 10) में फिर आज़माया
  जाता है, ताकि पहला वर्कर रुकने पर दूसरा वर्कर काम संभाल ले।</translation>
    </message>
    <message>
        <source>Stopped before the broadcast ended (it may be waiting for tier quota or its sending window, or another worker sends from its account).</source>
        <translation>ब्रॉडकास्ट पूरा होने से पहले रुक गया (हो सकता है यह टियर कोटा या अपनी सेंडिंग विंडो का इंतज़ार कर रहा हो, या कोई दूसरा वर्कर इसके खाते से भेज रहा हो)।</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>खाता %1: %2</translation>
    </message>
    <message>
        <source>Worker stopped.</source>
        <translation>वर्कर रुक गया।</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands:
  contacts count    count contacts, by tag and consent
  contacts preview  show how a CSV or vCard file will be read
  contacts import   import contacts from a CSV or vCard file
  contacts export   export contacts to CSV
  accounts add      add a sender account (secrets on stdin)
  accounts list     list the sender accounts
  accounts test     test an account&apos;s connection
  templates sync    read an account&apos;s templates from its provider
  templates list    list the stored templates
  broadcasts        create, send, pause, resume, cancel, retry, status, list
  worker            send due broadcasts until stopped
  sandbox serve     run the WhatsApp Cloud API sandbox
  webhooks serve    receive delivery, read and reply webhooks
</source>
        <translation>कमांड:
  contacts count    टैग और सहमति के अनुसार संपर्क गिनें
  contacts preview  दिखाएँ कि CSV या vCard फ़ाइल कैसे पढ़ी जाएगी
  contacts import   CSV या vCard फ़ाइल से संपर्क इंपोर्ट करें
  contacts export   संपर्कों को CSV में एक्सपोर्ट करें
  accounts add      सेंडर खाता जोड़ें (सीक्रेट stdin पर)
  accounts list     सेंडर खातों की सूची
  accounts test     खाते का कनेक्शन टेस्ट करें
  templates sync    खाते के टेम्पलेट उसके प्रोवाइडर से पढ़ें
  templates list    सहेजे गए टेम्पलेट की सूची
  broadcasts        create, send, pause, resume, cancel, retry, status, list
  worker            रुकने तक, समय हो चुके ब्रॉडकास्ट भेजें
  sandbox serve     WhatsApp Cloud API सैंडबॉक्स चलाएँ
  webhooks serve    डिलीवरी, पढ़े जाने और जवाब के वेबहुक प्राप्त करें
</translation>
    </message>
    <message>
        <source>Megaphone: WhatsApp marketing broadcasts from the command line.

</source>
        <translation>Megaphone: कमांड लाइन से WhatsApp मार्केटिंग ब्रॉडकास्ट।

</translation>
    </message>
    <message>
        <source>Database URL: sqlite:///path/file.db or postgresql://user@host:5432/db?sslmode=require.</source>
        <translation>डेटाबेस URL: sqlite:///path/file.db या postgresql://user@host:5432/db?sslmode=require।</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>एक JSON डॉक्यूमेंट प्रिंट करें।</translation>
    </message>
    <message>
        <source>Log what happens to standard error.</source>
        <translation>जो कुछ होता है, उसे स्टैंडर्ड एरर में लॉग करें।</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>चलाने के लिए कमांड।</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>कोई कमांड नहीं दी गई।</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>अज्ञात कमांड &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>See megaphone-cli --help.</source>
        <translation>megaphone-cli --help देखें।</translation>
    </message>
    <message>
        <source>Megaphone</source>
        <translation>Megaphone</translation>
    </message>
    <message>
        <source>Open the local database</source>
        <translation>लोकल डेटाबेस खोलें</translation>
    </message>
    <message>
        <source>Megaphone: WhatsApp marketing broadcasts.</source>
        <translation>Megaphone: WhatsApp मार्केटिंग ब्रॉडकास्ट।</translation>
    </message>
</context>
<context>
    <name>megaphone::AccountDialog</name>
    <message>
        <source>Add a Sender Account</source>
        <translation>सेंडर खाता जोड़ें</translation>
    </message>
    <message>
        <source>Brazil marketing</source>
        <translation>ब्राज़ील मार्केटिंग</translation>
    </message>
    <message>
        <source>The number as people see it; shown in lists only.</source>
        <translation>नंबर, जैसा लोगों को दिखता है; सिर्फ़ सूचियों में दिखाया जाता है।</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>प्रोवाइडर:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>लेबल:</translation>
    </message>
    <message>
        <source>Portfolio:</source>
        <translation>पोर्टफ़ोलियो:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>फ़ोन नंबर:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>Edit Sender Account</source>
        <translation>सेंडर खाता संपादित करें</translation>
    </message>
    <message>
        <source>no keychain is connected</source>
        <translation>कोई कीचेन कनेक्ट नहीं है</translation>
    </message>
    <message>
        <source>Give the account a label, such as the country or brand it sends for.</source>
        <translation>खाते को एक लेबल दें, जैसे वह देश या ब्रैंड जिसके लिए यह भेजता है।</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>megaphone::AccountsSection</name>
    <message>
        <source>Sender accounts</source>
        <translation>सेंडर खाते</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>कनेक्शन टेस्ट करें</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>प्रोवाइडर</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>पोर्टफ़ोलियो</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>Ask the provider whether the number and its secrets work.</source>
        <translation>प्रोवाइडर से पूछें कि नंबर और उसके सीक्रेट काम करते हैं या नहीं।</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Cannot read the sender accounts: %1</source>
        <translation>सेंडर खाते पढ़े नहीं जा सकते: %1</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was saved, but its secrets were not: %2</source>
        <translation>खाता &quot;%1&quot; सहेजा गया, लेकिन उसके सीक्रेट नहीं: %2</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; its secrets are in the keychain.</source>
        <translation>&quot;%1&quot; सहेजा गया; उसके सीक्रेट कीचेन में हैं।</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; सहेजा गया।</translation>
    </message>
    <message>
        <source>Remove Sender Account</source>
        <translation>सेंडर खाता हटाएँ</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and delete its secrets from the keychain?</source>
        <translation>&quot;%1&quot; को हटाएँ और उसके सीक्रेट कीचेन से मिटाएँ?</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its secrets.</source>
        <translation>&quot;%1&quot; और उसके सीक्रेट हटा दिए गए।</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but its secrets could not be deleted from the keychain: %2</source>
        <translation>&quot;%1&quot; हटा दिया गया, लेकिन उसके सीक्रेट कीचेन से मिटाए नहीं जा सके: %2</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>टेस्ट किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>megaphone::AudienceStep</name>
    <message>
        <source>Add a condition</source>
        <translation>शर्त जोड़ें</translation>
    </message>
    <message>
        <source>Only contacts who match every condition</source>
        <translation>सिर्फ़ वे संपर्क जो हर शर्त से मेल खाते हों</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Send to contacts tagged (none ticked: every contact):</source>
        <translation>इन टैग वाले संपर्कों को भेजें (कोई न चुना हो तो सभी संपर्कों को):</translation>
    </message>
    <message>
        <source>Leave out contacts tagged:</source>
        <translation>इन टैग वाले संपर्कों को छोड़ दें:</translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation>किसे मिलेगा</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Consent is required: only contacts who opted in receive marketing broadcasts. It cannot be turned off.</source>
        <translation>सहमति ज़रूरी है: मार्केटिंग ब्रॉडकास्ट सिर्फ़ उन्हीं संपर्कों को मिलते हैं जिन्होंने ऑप्ट-इन किया है। इसे बंद नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Some of them:</source>
        <translation>इनमें से कुछ:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>गिनती हो रही है…</translation>
    </message>
    <message>
        <source>%1 will receive it</source>
        <translation>%1 को मिलेगा</translation>
    </message>
    <message>
        <source>%1 opted out</source>
        <translation>%1 ने ऑप्ट-आउट किया</translation>
    </message>
    <message numerus="yes">
        <source>%1 got a broadcast in the last %n hour(s) (frequency cap)</source>
        <translation>
            <numerusform>%1 को पिछले %n घंटे में ब्रॉडकास्ट मिल चुका है (फ़्रीक्वेंसी कैप)</numerusform>
            <numerusform>%1 को पिछले %n घंटे में ब्रॉडकास्ट मिल चुका है (फ़्रीक्वेंसी कैप)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 match; nobody is left out.</source>
        <translation>%1 मेल खाते हैं; कोई नहीं छूटा।</translation>
    </message>
    <message>
        <source>%1 match; left out: %2.</source>
        <translation>%1 मेल खाते हैं; छोड़े गए: %2।</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>गिना नहीं गया</translation>
    </message>
    <message>
        <source>%1 not opted in</source>
        <translation>%1 ने ऑप्ट-इन नहीं किया</translation>
    </message>
    <message>
        <source>US numbers (+1) among them: %1. WhatsApp does not deliver marketing templates to +1 numbers.</source>
        <translation>इनमें US नंबर (+1): %1। WhatsApp +1 नंबरों पर मार्केटिंग टेम्पलेट डिलीवर नहीं करता।</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastActions</name>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Open the broadcast</source>
        <translation>ब्रॉडकास्ट खोलें</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>अभी भेजें</translation>
    </message>
    <message>
        <source>Its scheduled time was missed: send it now</source>
        <translation>इसका शेड्यूल किया गया समय निकल गया: इसे अभी भेजें</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Stop sending for now; resume later</source>
        <translation>फ़िलहाल भेजना रोकें; बाद में फिर से शुरू करें</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <source>Go on sending</source>
        <translation>भेजना जारी रखें</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>रद्द करें…</translation>
    </message>
    <message>
        <source>Stop the broadcast for good; its pending recipients get nothing</source>
        <translation>ब्रॉडकास्ट को हमेशा के लिए रोकें; बाकी प्राप्तकर्ताओं को कुछ नहीं मिलेगा</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>विफल को फिर भेजें</translation>
    </message>
    <message>
        <source>Send again to the recipients whose message failed before WhatsApp accepted it; numbers refused for good are left alone</source>
        <translation>उन प्राप्तकर्ताओं को फिर से भेजें जिनका मैसेज WhatsApp के स्वीकार करने से पहले विफल हो गया; हमेशा के लिए अस्वीकार किए गए नंबर छोड़ दिए जाते हैं</translation>
    </message>
    <message>
        <source>Retry Unknown…</source>
        <translation>अज्ञात को फिर भेजें…</translation>
    </message>
    <message>
        <source>Send again to the recipients whose outcome is unknown</source>
        <translation>उन प्राप्तकर्ताओं को फिर से भेजें जिनका नतीजा अज्ञात है</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>डुप्लिकेट करें</translation>
    </message>
    <message>
        <source>Make a new draft with the same settings</source>
        <translation>इन्हीं सेटिंग के साथ नया ड्राफ़्ट बनाएँ</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>रिपोर्ट एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Save every recipient&apos;s status, times and errors as a CSV file</source>
        <translation>हर प्राप्तकर्ता की स्थिति, समय और त्रुटियाँ CSV फ़ाइल के रूप में सहेजें</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastAudiencePage</name>
    <message>
        <source>Audience</source>
        <translation>ऑडियंस</translation>
    </message>
    <message>
        <source>Choose who receives the broadcast. Only contacts who opted in ever do.</source>
        <translation>चुनें कि ब्रॉडकास्ट किसे मिलेगा। यह सिर्फ़ उन्हीं संपर्कों को मिलता है जिन्होंने ऑप्ट-इन किया है।</translation>
    </message>
    <message>
        <source>Counting the audience…</source>
        <translation>ऑडियंस गिनी जा रही है…</translation>
    </message>
    <message>
        <source>Nobody would receive it: choose tags or conditions that match contacts who opted in.</source>
        <translation>यह किसी को नहीं मिलेगा: ऐसे टैग या शर्तें चुनें जो ऑप्ट-इन कर चुके संपर्कों से मेल खाती हों।</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastCommands</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Cannot pause %1</source>
        <translation>%1 को रोका नहीं जा सकता</translation>
    </message>
    <message>
        <source>%1 is paused. Resume it when you are ready.</source>
        <translation>%1 रोक दिया गया है। तैयार होने पर इसे फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>Cannot resume %1</source>
        <translation>%1 को फिर से शुरू नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>%1 goes on sending.</source>
        <translation>%1 का भेजना फिर से जारी है।</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>अभी भेजें</translation>
    </message>
    <message>
        <source>The scheduled time of %1 was missed. Send it to its recipients now?</source>
        <translation>%1 का शेड्यूल किया गया समय निकल गया। क्या इसे अभी इसके प्राप्तकर्ताओं को भेजना है?</translation>
    </message>
    <message>
        <source>Cannot send %1</source>
        <translation>%1 को भेजा नहीं जा सकता</translation>
    </message>
    <message numerus="yes">
        <source>%1 is sending to %n recipient(s).</source>
        <translation>
            <numerusform>%1 %n प्राप्तकर्ता को भेजा जा रहा है।</numerusform>
            <numerusform>%1 %n प्राप्तकर्ताओं को भेजा जा रहा है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Broadcast</source>
        <translation>ब्रॉडकास्ट रद्द करें</translation>
    </message>
    <message>
        <source>Cancel %1? Recipients who have not been sent the message yet will not get it. This cannot be undone.</source>
        <translation>%1 रद्द करें? जिन प्राप्तकर्ताओं को अभी तक मैसेज नहीं भेजा गया है, उन्हें यह नहीं मिलेगा। इसे वापस नहीं लिया जा सकता।</translation>
    </message>
    <message>
        <source>Cannot cancel %1</source>
        <translation>%1 को रद्द नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 रद्द कर दिया गया है।</translation>
    </message>
    <message>
        <source>Retry Unknown</source>
        <translation>अज्ञात को फिर भेजें</translation>
    </message>
    <message>
        <source>For these recipients nobody knows whether the message arrived: some may get it twice. Send %1 to them again?</source>
        <translation>इन प्राप्तकर्ताओं के बारे में किसी को नहीं पता कि मैसेज पहुँचा या नहीं: कुछ को यह दो बार मिल सकता है। क्या %1 इन्हें फिर से भेजना है?</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>फिर से भेजें</translation>
    </message>
    <message>
        <source>Cannot retry %1</source>
        <translation>%1 को फिर से नहीं भेजा जा सकता</translation>
    </message>
    <message>
        <source>None of the failed recipients of %1 can be sent again: each was refused for good (see the report for the reasons).</source>
        <translation>%1 के किसी भी विफल प्राप्तकर्ता को फिर से नहीं भेजा जा सकता: हर एक को हमेशा के लिए अस्वीकार कर दिया गया था (कारण रिपोर्ट में देखें)।</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of %1 are queued again.</source>
        <translation>
            <numerusform>%1 का %n प्राप्तकर्ता फिर से कतार में है।</numerusform>
            <numerusform>%1 के %n प्राप्तकर्ता फिर से कतार में हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot duplicate %1</source>
        <translation>%1 को डुप्लिकेट नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>A copy of %1 is saved as a draft.</source>
        <translation>%1 की एक कॉपी ड्राफ़्ट के रूप में सहेजी गई है।</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>रिपोर्ट एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>%1-report.csv</source>
        <comment>a report&apos;s file name</comment>
        <translation>%1-report.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>Cannot export the report of %1</source>
        <translation>%1 की रिपोर्ट एक्सपोर्ट नहीं की जा सकी</translation>
    </message>
    <message numerus="yes">
        <source>The report of %1 (%n recipient(s)) is saved as &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation>
            <numerusform>%1 की रिपोर्ट (%n प्राप्तकर्ता) &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; के रूप में सहेजी गई है।</numerusform>
            <numerusform>%1 की रिपोर्ट (%n प्राप्तकर्ता) &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; के रूप में सहेजी गई है।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastContentPage</name>
    <message>
        <source>Write the message</source>
        <translation>मैसेज लिखें</translation>
    </message>
    <message>
        <source>Choose an approved template and fill in its variables from your contacts.</source>
        <translation>कोई स्वीकृत टेम्पलेट चुनें और उसके वैरिएबल अपने संपर्कों की जानकारी से भरें।</translation>
    </message>
    <message>
        <source>This template has no variables: everyone gets the same message.</source>
        <translation>इस टेम्पलेट में कोई वैरिएबल नहीं है: सभी को एक जैसा मैसेज मिलेगा।</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>वैरिएबल</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>प्रीव्यू</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>अंतिम नाम</translation>
    </message>
    <message>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>ईमेल पता</translation>
    </message>
    <message>
        <source>country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>जन्मदिन</translation>
    </message>
    <message>
        <source>language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>समय क्षेत्र</translation>
    </message>
    <message>
        <source>%1 link for the header</source>
        <translation>हेडर के लिए %1 लिंक</translation>
    </message>
    <message>
        <source>Give the link of the %1 shown above the message.</source>
        <translation>मैसेज के ऊपर दिखाए जाने वाले %1 का लिंक दें।</translation>
    </message>
    <message>
        <source>The media link must be a full address starting with https://.</source>
        <translation>मीडिया लिंक https:// से शुरू होने वाला पूरा एड्रेस होना चाहिए।</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) have no %1: add a fallback for %2.</source>
        <translation>
            <numerusform>%n संपर्क के पास %1 नहीं है: %2 के लिए फ़ॉलबैक जोड़ें।</numerusform>
            <numerusform>%n संपर्कों के पास %1 नहीं है: %2 के लिए फ़ॉलबैक जोड़ें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading templates...</source>
        <translation>टेम्पलेट पढ़े जा रहे हैं...</translation>
    </message>
    <message>
        <source>Choose the number to send from in the first step.</source>
        <translation>पहले चरण में वह नंबर चुनें जिससे भेजना है।</translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation>कोई स्वीकृत टेम्पलेट चुनें।</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is %2: choose an approved one.</source>
        <translation>टेम्पलेट &quot;%1&quot; की स्थिति %2 है: कोई स्वीकृत टेम्पलेट चुनें।</translation>
    </message>
    <message>
        <source>Choose a value for %1.</source>
        <translation>%1 के लिए कोई मान चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>Choose a value for %1 and %n more variable(s).</source>
        <translation>
            <numerusform>%1 और %n अन्य वैरिएबल के लिए मान चुनें।</numerusform>
            <numerusform>%1 और %n अन्य वैरिएबल के लिए मान चुनें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking that every contact gets a value...</source>
        <translation>जाँचा जा रहा है कि हर संपर्क को कोई मान मिले...</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastListModel</name>
    <message>
        <source>Scheduled for %1</source>
        <translation>%1 के लिए शेड्यूल किया गया</translation>
    </message>
    <message>
        <source>Running, waiting until %1</source>
        <translation>चालू, %1 तक इंतज़ार</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>रुका हुआ: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a recipient state and how many are in it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accepted by WhatsApp, including those delivered and read since</source>
        <translation>WhatsApp ने स्वीकार किए, जिनमें बाद में डिलीवर हुए और पढ़े गए भी शामिल हैं</translation>
    </message>
    <message>
        <source>Delivered to the phone, including those read since</source>
        <translation>फ़ोन पर डिलीवर हुए, जिनमें बाद में पढ़े गए भी शामिल हैं</translation>
    </message>
    <message>
        <source>Recipients with an outcome, of all recipients</source>
        <translation>सभी प्राप्तकर्ताओं में से वे जिनका नतीजा आ चुका है</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>सेंडर</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजे गए</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुए</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>पढ़े गए</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>शुरू हुआ</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastNotifier</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Broadcast completed</source>
        <translation>ब्रॉडकास्ट पूरा हुआ</translation>
    </message>
    <message>
        <source>%1 has finished sending.</source>
        <translation>%1 का भेजना पूरा हो गया है।</translation>
    </message>
    <message>
        <source>Broadcast paused</source>
        <translation>ब्रॉडकास्ट रोका गया</translation>
    </message>
    <message>
        <source>%1 was paused: %2</source>
        <translation>%1 रोक दिया गया: %2</translation>
    </message>
    <message>
        <source>Megaphone</source>
        <translation>Megaphone</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastReviewPage</name>
    <message>
        <source>Review and send</source>
        <translation>जाँचें और भेजें</translation>
    </message>
    <message>
        <source>Check everything once more, send yourself a test, then send or schedule.</source>
        <translation>एक बार फिर सब कुछ जाँचें, खुद को एक टेस्ट भेजें, फिर भेजें या शेड्यूल करें।</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>नहीं भेजा गया</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastSetupPage</name>
    <message>
        <source>Set up the broadcast</source>
        <translation>ब्रॉडकास्ट सेट अप करें</translation>
    </message>
    <message>
        <source>Name it, choose the number it comes from and when it goes out.</source>
        <translation>इसे नाम दें, और चुनें कि यह किस नंबर से और कब भेजा जाएगा।</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>ब्रॉडकास्ट</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation>कब भेजना है</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>गति</translation>
    </message>
    <message>
        <source>For example: Spring sale, VIP customers</source>
        <translation>जैसे: दिवाली सेल, VIP ग्राहक</translation>
    </message>
    <message>
        <source>Sender number</source>
        <translation>सेंडर नंबर</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>किससे भेजें</translation>
    </message>
    <message>
        <source> messages per second</source>
        <translation> मैसेज प्रति सेकंड</translation>
    </message>
    <message>
        <source>Maximum messages per second</source>
        <translation>प्रति सेकंड अधिकतम मैसेज</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>अधिकतम</translation>
    </message>
    <message>
        <source>Quality rating: %1.</source>
        <translation>क्वालिटी रेटिंग: %1।</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>अभी पता नहीं</translation>
    </message>
    <message numerus="yes">
        <source>This number can send up to %n message(s) per second.</source>
        <translation>
            <numerusform>यह नंबर प्रति सेकंड %n मैसेज तक भेज सकता है।</numerusform>
            <numerusform>यह नंबर प्रति सेकंड %n मैसेज तक भेज सकता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the broadcast a name.</source>
        <translation>ब्रॉडकास्ट को नाम दें।</translation>
    </message>
    <message>
        <source>Add a sender number in Settings first.</source>
        <translation>पहले सेटिंग में कोई सेंडर नंबर जोड़ें।</translation>
    </message>
    <message>
        <source>Choose the number to send from.</source>
        <translation>वह नंबर चुनें जिससे भेजना है।</translation>
    </message>
    <message>
        <source>Reading your sender numbers...</source>
        <translation>आपके सेंडर नंबर पढ़े जा रहे हैं...</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastStatsPanel</name>
    <message>
        <source>No delivery report has arrived for this sending number yet, so the figures show what WhatsApp accepted, not what reached the phones. Check the webhook in Settings &gt; Webhooks.</source>
        <translation>इस सेंडर नंबर के लिए अभी तक कोई डिलीवरी रिपोर्ट नहीं आई है, इसलिए आँकड़े वही दिखाते हैं जो WhatsApp ने स्वीकार किया, न कि जो फ़ोन तक पहुँचा। सेटिंग &gt; वेबहुक में वेबहुक जाँचें।</translation>
    </message>
    <message>
        <source>Where the messages are</source>
        <translation>मैसेज कहाँ तक पहुँचे</translation>
    </message>
    <message>
        <source>When it will be done</source>
        <translation>यह कब पूरा होगा</translation>
    </message>
    <message>
        <source>Messaging quota (rolling 24 hours)</source>
        <translation>मैसेजिंग कोटा (पिछले 24 घंटे)</translation>
    </message>
    <message>
        <source>Sending speed</source>
        <translation>भेजने की गति</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Nothing has failed or been skipped so far.</source>
        <translation>अब तक कुछ भी विफल नहीं हुआ और न ही छोड़ा गया।</translation>
    </message>
    <message>
        <source>Why some were not sent</source>
        <translation>कुछ मैसेज क्यों नहीं भेजे गए</translation>
    </message>
    <message>
        <source>Lately %1 messages per second; the cap is %2 per second (the lower of the number&apos;s throughput and your limits).</source>
        <translation>हाल में %1 मैसेज प्रति सेकंड; सीमा %2 प्रति सेकंड है (नंबर के थ्रूपुट और आपकी सीमाओं में से जो कम हो)।</translation>
    </message>
    <message>
        <source>The cap is %1 messages per second (the lower of the number&apos;s throughput and your limits).</source>
        <translation>सीमा %1 मैसेज प्रति सेकंड है (नंबर के थ्रूपुट और आपकी सीमाओं में से जो कम हो)।</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>%1 शुरू हुआ</translation>
    </message>
    <message>
        <source>Paused because: %1</source>
        <translation>रोकने का कारण: %1</translation>
    </message>
    <message>
        <source>Finished %1.</source>
        <translation>%1 पूरा हुआ।</translation>
    </message>
    <message>
        <source>Cancelled; %1 recipients were not sent.</source>
        <translation>रद्द; %1 प्राप्तकर्ताओं को नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Paused with %1 recipients still to send. It continues when you resume it.</source>
        <translation>रुका हुआ; अभी %1 प्राप्तकर्ताओं को भेजना बाकी है। फिर से शुरू करने पर यह जारी रहेगा।</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>अभी शुरू नहीं हुआ।</translation>
    </message>
    <message>
        <source>Every message has been handed over; delivery reports are still coming in.</source>
        <translation>हर मैसेज आगे भेज दिया गया है; डिलीवरी रिपोर्ट अभी आ रही हैं।</translation>
    </message>
    <message>
        <source>%1 recipients still to send.</source>
        <translation>अभी %1 प्राप्तकर्ताओं को भेजना बाकी है।</translation>
    </message>
    <message>
        <source>About %1 left: done %2.</source>
        <translation>लगभग %1 बाकी: %2 पूरा होगा।</translation>
    </message>
    <message>
        <source>Waiting for the quota or the sending window; sending resumes %1.</source>
        <translation>कोटा या सेंडिंग विंडो का इंतज़ार; भेजना %1 फिर शुरू होगा।</translation>
    </message>
    <message>
        <source>More recipients than the quota has left: the rest go as capacity frees, about %1 a day.</source>
        <translation>कोटे में जितनी जगह बाकी है, उससे ज़्यादा प्राप्तकर्ता हैं: बाकी मैसेज क्षमता खाली होने पर जाएँगे, लगभग %1 प्रतिदिन।</translation>
    </message>
    <message>
        <source>%1 to go, assuming the cap of %2 per second.</source>
        <translation>%2 प्रति सेकंड की सीमा मानकर %1 बाकी।</translation>
    </message>
    <message>
        <source>%1 to go at the recent %2 messages per second.</source>
        <translation>हाल की %2 मैसेज प्रति सेकंड की गति से %1 बाकी।</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastWizard</name>
    <message>
        <source>Save draft</source>
        <translation>ड्राफ़्ट सहेजें</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>सहेजें और बंद करें</translation>
    </message>
    <message>
        <source>Could not open the draft</source>
        <translation>ड्राफ़्ट खोला नहीं जा सका</translation>
    </message>
    <message>
        <source>The broadcast %1 no longer exists.</source>
        <translation>ब्रॉडकास्ट %1 अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Could not save the draft</source>
        <translation>ड्राफ़्ट सहेजा नहीं जा सका</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>सहेजा जा रहा है...</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>ड्राफ़्ट सहेजा गया</translation>
    </message>
    <message>
        <source>Give the broadcast a name to save it.</source>
        <translation>सहेजने के लिए ब्रॉडकास्ट को नाम दें।</translation>
    </message>
    <message>
        <source>New broadcast</source>
        <translation>नया ब्रॉडकास्ट</translation>
    </message>
    <message>
        <source>Broadcast: %1</source>
        <translation>ब्रॉडकास्ट: %1</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>बदलाव छोड़ दें?</translation>
    </message>
    <message>
        <source>The changes to this broadcast since it was last saved will be lost.</source>
        <translation>पिछली बार सहेजे जाने के बाद इस ब्रॉडकास्ट में किए गए बदलाव खो जाएँगे।</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastsPage</name>
    <message>
        <source>Broadcasts</source>
        <translation>ब्रॉडकास्ट</translation>
    </message>
    <message>
        <source>New broadcast</source>
        <translation>नया ब्रॉडकास्ट</translation>
    </message>
    <message>
        <source>Cannot read the broadcasts</source>
        <translation>ब्रॉडकास्ट पढ़े नहीं जा सकते</translation>
    </message>
    <message>
        <source>No broadcasts yet</source>
        <translation>अभी कोई ब्रॉडकास्ट नहीं है</translation>
    </message>
    <message>
        <source>A broadcast sends one approved template to the contacts you choose. Your broadcasts and their progress appear here.</source>
        <translation>ब्रॉडकास्ट आपके चुने हुए संपर्कों को एक स्वीकृत टेम्पलेट भेजता है। आपके ब्रॉडकास्ट और उनकी प्रगति यहाँ दिखती है।</translation>
    </message>
</context>
<context>
    <name>megaphone::CircuitBreaker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The same error (%1) came back for %2 recipients in a row; the broadcast was paused in case the setup is wrong.</source>
        <translation>एक ही त्रुटि (%1) लगातार %2 प्राप्तकर्ताओं के लिए आई; सेटअप गलत होने की आशंका में ब्रॉडकास्ट रोक दिया गया।</translation>
    </message>
    <message>
        <source>%1 recipients in a row got no clear answer; the broadcast was paused in case the setup or the connection is wrong.</source>
        <translation>लगातार %1 प्राप्तकर्ताओं के लिए कोई साफ़ जवाब नहीं मिला; सेटअप या कनेक्शन गलत होने की आशंका में ब्रॉडकास्ट रोक दिया गया।</translation>
    </message>
    <message>
        <source>%1 recipients in a row got no clear answer (the last: %2); the broadcast was paused in case the setup or the connection is wrong.</source>
        <translation>लगातार %1 प्राप्तकर्ताओं के लिए कोई साफ़ जवाब नहीं मिला (आखिरी: %2); सेटअप या कनेक्शन गलत होने की आशंका में ब्रॉडकास्ट रोक दिया गया।</translation>
    </message>
</context>
<context>
    <name>megaphone::ColumnMapping</name>
    <message>
        <source>column %1</source>
        <translation>कॉलम %1</translation>
    </message>
    <message>
        <source>No column is mapped to the phone number: map at least one column to Phone.</source>
        <translation>फ़ोन नंबर के लिए कोई कॉलम मैप नहीं किया गया: कम से कम एक कॉलम को फ़ोन पर मैप करें।</translation>
    </message>
    <message>
        <source>%1 and %2 are both mapped to %3, which takes one column: map one of them elsewhere.</source>
        <translation>%1 और %2 दोनों %3 पर मैप किए गए हैं, जिसमें सिर्फ़ एक कॉलम आ सकता है: इनमें से एक को कहीं और मैप करें।</translation>
    </message>
    <message>
        <source>%1 and %2 are both mapped to the attribute “%3”: give one of them another name.</source>
        <translation>%1 और %2 दोनों एट्रिब्यूट “%3” पर मैप किए गए हैं: इनमें से एक को दूसरा नाम दें।</translation>
    </message>
    <message>
        <source>The saved column mapping is damaged: columns are out of order.</source>
        <translation>सहेजी गई कॉलम मैपिंग खराब है: कॉलम क्रम में नहीं हैं।</translation>
    </message>
    <message>
        <source>The saved column mapping names an unknown field “%1”.</source>
        <translation>सहेजी गई कॉलम मैपिंग में अज्ञात फ़ील्ड “%1” है।</translation>
    </message>
    <message>
        <source>The saved column mapping is damaged: its phone priority names a column twice.</source>
        <translation>सहेजी गई कॉलम मैपिंग खराब है: इसकी फ़ोन प्राथमिकता में एक कॉलम दो बार है।</translation>
    </message>
    <message>
        <source>The saved column mapping is damaged: its phone priority names a column that is not a phone column.</source>
        <translation>सहेजी गई कॉलम मैपिंग खराब है: इसकी फ़ोन प्राथमिकता में ऐसा कॉलम है जो फ़ोन कॉलम नहीं है।</translation>
    </message>
</context>
<context>
    <name>megaphone::ConditionRow</name>
    <message>
        <source>is</source>
        <translation>है</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>नहीं है</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>में शामिल है</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>खाली है</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>खाली नहीं है</translation>
    </message>
    <message>
        <source>value (any case)</source>
        <translation>मान (छोटे-बड़े अक्षर एक समान)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>यह शर्त हटाएँ</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactActions</name>
    <message>
        <source>Type a new tag or choose one to add to all %1 contacts matching the filter:</source>
        <translation>फ़िल्टर से मेल खाने वाले सभी %1 संपर्कों में जोड़ने के लिए नया टैग टाइप करें या कोई टैग चुनें:</translation>
    </message>
    <message>
        <source>Type a new tag or choose one to add to the selected contacts:</source>
        <translation>चुने गए संपर्कों में जोड़ने के लिए नया टैग टाइप करें या कोई टैग चुनें:</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>टैग जोड़ें</translation>
    </message>
    <message>
        <source>Added the tag “%1” to one contact.</source>
        <translation>एक संपर्क में टैग “%1” जोड़ा गया।</translation>
    </message>
    <message>
        <source>Added the tag “%1” to %2 contacts.</source>
        <translation>%2 संपर्कों में टैग “%1” जोड़ा गया।</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>टैग हटाएँ</translation>
    </message>
    <message>
        <source>The selected contacts have no tags.</source>
        <translation>चुने गए संपर्कों पर कोई टैग नहीं है।</translation>
    </message>
    <message>
        <source>The tag to remove from all %1 contacts matching the filter:</source>
        <translation>फ़िल्टर से मेल खाने वाले सभी %1 संपर्कों से हटाया जाने वाला टैग:</translation>
    </message>
    <message>
        <source>The tag to remove from the selected contacts:</source>
        <translation>चुने गए संपर्कों से हटाया जाने वाला टैग:</translation>
    </message>
    <message>
        <source>Removed the tag “%1” from one contact.</source>
        <translation>एक संपर्क से टैग “%1” हटाया गया।</translation>
    </message>
    <message>
        <source>Removed the tag “%1” from %2 contacts.</source>
        <translation>%2 संपर्कों से टैग “%1” हटाया गया।</translation>
    </message>
    <message>
        <source>Mark all %1 contacts matching the filter as opted out?</source>
        <translation>फ़िल्टर से मेल खाने वाले सभी %1 संपर्कों को ऑप्ट-आउट के रूप में चिह्नित करें?</translation>
    </message>
    <message>
        <source>Mark the selected contact as opted out?</source>
        <translation>चुने गए संपर्क को ऑप्ट-आउट के रूप में चिह्नित करें?</translation>
    </message>
    <message>
        <source>Mark the %1 selected contacts as opted out?</source>
        <translation>चुने गए %1 संपर्कों को ऑप्ट-आउट के रूप में चिह्नित करें?</translation>
    </message>
    <message>
        <source>Opt Out</source>
        <translation>ऑप्ट-आउट करें</translation>
    </message>
    <message>
        <source>They will receive no more broadcasts, and no import will opt them in again.</source>
        <translation>उन्हें आगे कोई ब्रॉडकास्ट नहीं मिलेगा, और कोई भी इंपोर्ट उन्हें फिर से ऑप्ट-इन नहीं करेगा।</translation>
    </message>
    <message>
        <source>One contact is now opted out.</source>
        <translation>एक संपर्क अब ऑप्ट-आउट है।</translation>
    </message>
    <message>
        <source>%1 contacts are now opted out.</source>
        <translation>%1 संपर्क अब ऑप्ट-आउट हैं।</translation>
    </message>
    <message>
        <source>Marked by user</source>
        <translation>उपयोगकर्ता ने चिह्नित किया</translation>
    </message>
    <message>
        <source>Delete %1 contacts?</source>
        <translation>%1 संपर्क मिटाएँ?</translation>
    </message>
    <message>
        <source>Every contact that matches the current search and filters is deleted, also those not shown in the list yet.</source>
        <translation>मौजूदा खोज और फ़िल्टर से मेल खाने वाला हर संपर्क मिटा दिया जाएगा, वे भी जो अभी सूची में नहीं दिख रहे।</translation>
    </message>
    <message>
        <source>Delete the selected contact?</source>
        <translation>चुना गया संपर्क मिटाएँ?</translation>
    </message>
    <message>
        <source>Delete the %1 selected contacts?</source>
        <translation>चुने गए %1 संपर्क मिटाएँ?</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>संपर्क मिटाएँ</translation>
    </message>
    <message>
        <source>Their details, tags and consent records are removed. This cannot be undone.</source>
        <translation>उनकी जानकारी, टैग और सहमति के रिकॉर्ड हटा दिए जाएँगे। इसे वापस नहीं लिया जा सकता।</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Deleted one contact.</source>
        <translation>एक संपर्क मिटाया गया।</translation>
    </message>
    <message>
        <source>Deleted %1 contacts.</source>
        <translation>%1 संपर्क मिटाए गए।</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactEditDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>संपर्क संपादित करें</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>e.g. en, pt_BR</source>
        <translation>जैसे hi, en_IN</translation>
    </message>
    <message>
        <source>As shown in lists; empty: first and last name</source>
        <translation>सूचियों में जैसा दिखता है; खाली हो तो पहला और अंतिम नाम</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>कॉमा से अलग करें</translation>
    </message>
    <message>
        <source>From the country</source>
        <translation>देश से तय होगा</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>फ़ोन:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>पहला नाम:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>अंतिम नाम:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>डिस्प्ले नाम:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>ईमेल:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>जन्मदिन:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>भाषा:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>समय क्षेत्र:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>सहमति:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>स्रोत:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>टैग:</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>एट्रिब्यूट</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>एट्रिब्यूट जोड़ें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Custom attributes, for message templates:</source>
        <translation>मैसेज टेम्पलेट के लिए कस्टम एट्रिब्यूट:</translation>
    </message>
    <message>
        <source>A phone number is needed.</source>
        <translation>फ़ोन नंबर ज़रूरी है।</translation>
    </message>
    <message>
        <source>A valid number in %1.</source>
        <translation>%1 का मान्य नंबर।</translation>
    </message>
    <message>
        <source>Saved as %1 (%2).</source>
        <translation>%1 (%2) के रूप में सहेजा जाएगा।</translation>
    </message>
    <message>
        <source>Where and when they agreed</source>
        <translation>कहाँ और कब सहमति दी</translation>
    </message>
    <message>
        <source>How they opted out, e.g. replied STOP</source>
        <translation>कैसे ऑप्ट-आउट किया, जैसे STOP लिखकर जवाब दिया</translation>
    </message>
    <message>
        <source>The phone number cannot be used: %1</source>
        <translation>यह फ़ोन नंबर इस्तेमाल नहीं किया जा सकता: %1</translation>
    </message>
    <message>
        <source>Write the birthday as year-month-day, e.g. 1990-04-25.</source>
        <translation>जन्मदिन वर्ष-महीना-दिन के रूप में लिखें, जैसे 1990-04-25।</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list.</source>
        <translation>“%1” कोई समय क्षेत्र नहीं है; सूची में से कोई चुनें।</translation>
    </message>
    <message>
        <source>Say where and when the contact agreed to WhatsApp marketing.</source>
        <translation>बताएँ कि संपर्क ने WhatsApp मार्केटिंग के लिए कहाँ और कब सहमति दी।</translation>
    </message>
    <message>
        <source>Every custom attribute needs a name.</source>
        <translation>हर कस्टम एट्रिब्यूट का नाम होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>The attribute “%1” is listed twice.</source>
        <translation>एट्रिब्यूट “%1” दो बार दिया गया है।</translation>
    </message>
    <message>
        <source>Another contact already has the number %1.</source>
        <translation>किसी दूसरे संपर्क के पास पहले से नंबर %1 है।</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactExportJob</name>
    <message>
        <source>Export Contacts</source>
        <translation>संपर्क एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Writing the contacts to %1…</source>
        <translation>संपर्क %1 में लिखे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>एक्सपोर्ट रद्द कर दिया गया; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>Exported one contact to %1.</source>
        <translation>एक संपर्क %1 में एक्सपोर्ट किया गया।</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>%1 संपर्क %2 में एक्सपोर्ट किए गए।</translation>
    </message>
    <message>
        <source>Written %1 of %2 contacts…</source>
        <translation>%2 में से %1 संपर्क लिखे गए…</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactFilterBar</name>
    <message>
        <source>Search by name or phone number</source>
        <translation>नाम या फ़ोन नंबर से खोजें</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>कोई भी सहमति</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>कोई भी टैग</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactListModel</name>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1 (स्रोत: %2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactsPage</name>
    <message>
        <source>No contacts yet</source>
        <translation>अभी कोई संपर्क नहीं है</translation>
    </message>
    <message>
        <source>Import a CSV or vCard file to get started.</source>
        <translation>शुरू करने के लिए CSV या vCard फ़ाइल इंपोर्ट करें।</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>संपर्क पढ़े नहीं जा सकते: %1</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>इंपोर्ट करें…</translation>
    </message>
    <message>
        <source>Add or update contacts from a CSV or vCard file</source>
        <translation>CSV या vCard फ़ाइल से संपर्क जोड़ें या अपडेट करें</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Save the contacts shown (the current search and filters) as a CSV file</source>
        <translation>दिखाए गए संपर्कों (मौजूदा खोज और फ़िल्टर) को CSV फ़ाइल के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>टैग जोड़ें…</translation>
    </message>
    <message>
        <source>Remove Tag…</source>
        <translation>टैग हटाएँ…</translation>
    </message>
    <message>
        <source>Opt Out…</source>
        <translation>ऑप्ट-आउट करें…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>मिटाएँ…</translation>
    </message>
    <message>
        <source>Record that the selected contacts do not want WhatsApp marketing</source>
        <translation>दर्ज करें कि चुने गए संपर्क WhatsApp मार्केटिंग नहीं चाहते</translation>
    </message>
    <message>
        <source>The selected contacts have opted out already.</source>
        <translation>चुने गए संपर्क पहले ही ऑप्ट-आउट कर चुके हैं।</translation>
    </message>
    <message>
        <source>Cannot count the contacts: %1</source>
        <translation>संपर्क गिने नहीं जा सकते: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>संपर्क: %1</translation>
    </message>
    <message>
        <source>No contacts match</source>
        <translation>कोई संपर्क मेल नहीं खाता</translation>
    </message>
    <message>
        <source>Matching: %1 of %2</source>
        <translation>मेल खाते: %2 में से %1</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>चुने गए: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>संपर्क एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contacts.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
</context>
<context>
    <name>megaphone::CountryCombo</name>
    <message>
        <source>No default country (numbers need their + code)</source>
        <translation>कोई डिफ़ॉल्ट देश नहीं (नंबरों में + कोड ज़रूरी)</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
</context>
<context>
    <name>megaphone::CredentialStore</name>
    <message>
        <source>Megaphone keeps tokens and passwords only in the system keychain. On Linux, start and unlock a Secret Service such as GNOME Keyring or KWallet; on a server, give secrets through systemd credentials or MEGAPHONE_SECRET_&lt;ID&gt;_&lt;NAME&gt; variables.</source>
        <translation>Megaphone टोकन और पासवर्ड सिर्फ़ सिस्टम कीचेन में रखता है। Linux पर, GNOME Keyring या KWallet जैसी कोई Secret Service शुरू और अनलॉक करें; सर्वर पर, सीक्रेट systemd क्रेडेंशियल या MEGAPHONE_SECRET_&lt;ID&gt;_&lt;NAME&gt; वेरिएबल के ज़रिए दें।</translation>
    </message>
    <message>
        <source>No usable keychain was found: %1 %2</source>
        <translation>इस्तेमाल करने लायक कोई कीचेन नहीं मिला: %1 %2</translation>
    </message>
    <message>
        <source>The keychain accepted a secret but did not give it back (is it locked?). %1</source>
        <translation>कीचेन ने सीक्रेट स्वीकार किया लेकिन उसे वापस नहीं दिया (क्या यह लॉक है?)। %1</translation>
    </message>
    <message>
        <source>No keychain is connected, so no secret was stored.</source>
        <translation>कोई कीचेन कनेक्ट नहीं है, इसलिए कोई सीक्रेट सहेजा नहीं गया।</translation>
    </message>
</context>
<context>
    <name>megaphone::DashboardPage</name>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Contacts in total</source>
        <translation>कुल संपर्क</translation>
    </message>
    <message>
        <source>Opted in: may receive broadcasts</source>
        <translation>ऑप्ट-इन: ब्रॉडकास्ट पा सकते हैं</translation>
    </message>
    <message>
        <source>Consent unknown</source>
        <translation>सहमति अज्ञात</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>ब्रॉडकास्ट</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>Broadcast progress</source>
        <translation>ब्रॉडकास्ट की प्रगति</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>आँकड़े पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <source>Cannot read the figures: %1</source>
        <translation>आँकड़े पढ़े नहीं जा सकते: %1</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>अपडेट: %1</translation>
    </message>
</context>
<context>
    <name>megaphone::DatabaseSection</name>
    <message>
        <source>Database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>उपयोग में:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>एड्रेस:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>स्कीमा वर्शन:</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>इस कंप्यूटर पर SQLite फ़ाइल</translation>
    </message>
    <message>
        <source>PostgreSQL server (shared by a team)</source>
        <translation>PostgreSQL सर्वर (टीम के साथ साझा)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>टेस्ट करें</translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation>यह डेटाबेस इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Use:</source>
        <translation>उपयोग करें:</translation>
    </message>
    <message>
        <source>A new choice applies when Megaphone starts again. --database and MEGAPHONE_DATABASE_URL still win over it.</source>
        <translation>नया चुनाव Megaphone के फिर से शुरू होने पर लागू होता है। --database और MEGAPHONE_DATABASE_URL तब भी इससे ऊपर रहते हैं।</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>फ़ाइल:</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>डिफ़ॉल्ट (prefer)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>सहेजा गया पासवर्ड रखने के लिए खाली छोड़ें</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>सर्वर:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>पोर्ट:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>डेटाबेस:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>उपयोगकर्ता:</translation>
    </message>
    <message>
        <source>Encryption (sslmode):</source>
        <translation>एन्क्रिप्शन (sslmode):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file.</source>
        <translation>पासवर्ड सिस्टम कीचेन में रखा जाता है, सेटिंग फ़ाइल में कभी नहीं।</translation>
    </message>
    <message>
        <source>SQLite Database File</source>
        <translation>SQLite डेटाबेस फ़ाइल</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite डेटाबेस (*.db *.sqlite);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Choose the database file (a full path).</source>
        <translation>डेटाबेस फ़ाइल चुनें (पूरा पाथ)।</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 एक फ़ोल्डर है; कोई फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server&apos;s name or address.</source>
        <translation>PostgreSQL सर्वर का नाम या एड्रेस डालें।</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>सर्वर पर डेटाबेस का नाम डालें।</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; is not valid.</source>
        <translation>सर्वर का नाम &quot;%1&quot; मान्य नहीं है।</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>There is no database file there yet; Megaphone creates it when it starts with this choice.</source>
        <translation>वहाँ अभी कोई डेटाबेस फ़ाइल नहीं है; इस चुनाव के साथ शुरू होने पर Megaphone इसे बना देगा।</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>कनेक्ट नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Connected. The database is empty; Megaphone creates its tables when it starts with it.</source>
        <translation>कनेक्ट हो गया। डेटाबेस खाली है; इसके साथ शुरू होने पर Megaphone अपनी टेबल बना लेगा।</translation>
    </message>
    <message>
        <source>Connected, but a newer version of Megaphone wrote this database (schema version %1). Update Megaphone before using it.</source>
        <translation>कनेक्ट हो गया, लेकिन यह डेटाबेस Megaphone के नए वर्शन ने लिखा है (स्कीमा वर्शन %1)। इसका उपयोग करने से पहले Megaphone अपडेट करें।</translation>
    </message>
    <message>
        <source>Connected. It holds Megaphone data (schema version %1).</source>
        <translation>कनेक्ट हो गया। इसमें Megaphone का डेटा है (स्कीमा वर्शन %1)।</translation>
    </message>
    <message>
        <source>No keychain is connected, so the password cannot be kept.</source>
        <translation>कोई कीचेन कनेक्ट नहीं है, इसलिए पासवर्ड नहीं रखा जा सकता।</translation>
    </message>
    <message>
        <source>The password could not be stored, so nothing was changed: %1</source>
        <translation>पासवर्ड सहेजा नहीं जा सका, इसलिए कुछ नहीं बदला गया: %1</translation>
    </message>
    <message>
        <source>Saved. Megaphone uses %1 after a restart.</source>
        <translation>सहेजा गया। रीस्टार्ट के बाद Megaphone %1 का उपयोग करेगा।</translation>
    </message>
    <message>
        <source>MEGAPHONE_DATABASE_URL is set in this environment and still wins.</source>
        <translation>इस एनवायरनमेंट में MEGAPHONE_DATABASE_URL सेट है और वही लागू रहेगा।</translation>
    </message>
</context>
<context>
    <name>megaphone::Dispatcher</name>
    <message>
        <source>There is no account %1.</source>
        <translation>खाता %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The broadcast&apos;s template no longer exists.</source>
        <translation>ब्रॉडकास्ट का टेम्पलेट अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The database was away and another dispatcher took account %1 meanwhile; this one stops.</source>
        <translation>डेटाबेस उपलब्ध नहीं था और इस बीच किसी दूसरे डिस्पैचर ने खाता %1 ले लिया; यह डिस्पैचर रुक रहा है।</translation>
    </message>
    <message>
        <source>Not sent: %1 would be empty for this contact.</source>
        <translation>नहीं भेजा गया: इस संपर्क के लिए %1 खाली होगा।</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (कोड %2)</translation>
    </message>
</context>
<context>
    <name>megaphone::FunnelWidget</name>
    <message>
        <source>Recipients</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजे गए</translation>
    </message>
    <message>
        <source>Accepted by WhatsApp</source>
        <translation>WhatsApp ने स्वीकार किए</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुए</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>पढ़े गए</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>जवाब दिया</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>भेजे जाने का इंतज़ार</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>अभी भेजे जा रहे</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़े गए</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>नतीजा अज्ञात</translation>
    </message>
    <message>
        <source>No delivery report has arrived for this number yet, so WhatsApp&apos;s acceptance is all that is known. Check the webhook in Settings.</source>
        <translation>इस नंबर के लिए अभी तक कोई डिलीवरी रिपोर्ट नहीं आई है, इसलिए सिर्फ़ इतना पता है कि WhatsApp ने स्वीकार किया। सेटिंग में वेबहुक जाँचें।</translation>
    </message>
    <message>
        <source>no reports yet</source>
        <translation>अभी कोई रिपोर्ट नहीं</translation>
    </message>
    <message>
        <source>&lt;%1</source>
        <translation>&lt;%1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
</context>
<context>
    <name>megaphone::GetStartedPanel</name>
    <message>
        <source>Get started</source>
        <translation>शुरू करें</translation>
    </message>
    <message>
        <source>Try with the sandbox</source>
        <translation>सैंडबॉक्स के साथ आज़माएँ</translation>
    </message>
    <message>
        <source>There is no WhatsApp sender account yet. Add your WhatsApp Business number in Settings, or try everything first with the sandbox: a simulated WhatsApp number with sample contacts and templates. Nothing is sent to anyone.</source>
        <translation>अभी कोई WhatsApp सेंडर खाता नहीं है। सेटिंग में अपना WhatsApp Business नंबर जोड़ें, या पहले सैंडबॉक्स के साथ सब कुछ आज़माएँ: नमूना संपर्कों और टेम्पलेट वाला एक सिम्युलेटेड WhatsApp नंबर। किसी को कुछ नहीं भेजा जाता।</translation>
    </message>
    <message>
        <source>Add an account in Settings</source>
        <translation>सेटिंग में खाता जोड़ें</translation>
    </message>
    <message>
        <source>Creating the sandbox account and sample contacts…</source>
        <translation>सैंडबॉक्स खाता और नमूना संपर्क बनाए जा रहे हैं…</translation>
    </message>
    <message>
        <source>The sandbox could not be set up: %1</source>
        <translation>सैंडबॉक्स सेट अप नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Reading the sandbox&apos;s templates…</source>
        <translation>सैंडबॉक्स के टेम्पलेट पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <source>The sandbox account could not be read back.</source>
        <translation>सैंडबॉक्स खाता वापस पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>The sandbox&apos;s templates could not be read: %1</source>
        <translation>सैंडबॉक्स के टेम्पलेट पढ़े नहीं जा सके: %1</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox is ready: a simulated WhatsApp number, %n new sample contact(s) </source>
        <translation>
            <numerusform>सैंडबॉक्स तैयार है: एक सिम्युलेटेड WhatsApp नंबर, %n नया नमूना संपर्क </numerusform>
            <numerusform>सैंडबॉक्स तैयार है: एक सिम्युलेटेड WhatsApp नंबर, %n नए नमूना संपर्क </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n template(s). Look at the Contacts and Templates pages next.</source>
        <translation>
            <numerusform>और %n टेम्पलेट। अब संपर्क और टेम्पलेट पेज देखें।</numerusform>
            <numerusform>और %n टेम्पलेट। अब संपर्क और टेम्पलेट पेज देखें।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::HttpClient</name>
    <message>
        <source>No complete answer within the time limit.</source>
        <translation>तय समय में पूरा जवाब नहीं मिला।</translation>
    </message>
    <message>
        <source>The connection closed after the request was sent; it was not sent again.</source>
        <translation>अनुरोध भेजे जाने के बाद कनेक्शन बंद हो गया; इसे फिर से नहीं भेजा गया।</translation>
    </message>
</context>
<context>
    <name>megaphone::HttpServer</name>
    <message>
        <source>The server is already listening on port %1.</source>
        <translation>सर्वर पहले से ही पोर्ट %1 पर सुन रहा है।</translation>
    </message>
    <message>
        <source>Cannot start the HTTP server: %1</source>
        <translation>HTTP सर्वर शुरू नहीं किया जा सकता: %1</translation>
    </message>
    <message>
        <source>Cannot start the HTTP/1.1 engine (libmicrohttpd).</source>
        <translation>HTTP/1.1 इंजन (libmicrohttpd) शुरू नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Cannot open a socket for %1: %2</source>
        <translation>%1 के लिए सॉकेट नहीं खोला जा सकता: %2</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use.</source>
        <translation>%2 पर पोर्ट %1 पहले से उपयोग में है।</translation>
    </message>
    <message>
        <source>Not allowed to listen on %1.</source>
        <translation>%1 पर सुनने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>The address %1 is not on this machine.</source>
        <translation>एड्रेस %1 इस मशीन पर नहीं है।</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>%1 पर सुना नहीं जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportDryRunPage</name>
    <message>
        <source>Check what will happen</source>
        <translation>जाँचें कि क्या होगा</translation>
    </message>
    <message>
        <source>A dry run reads the whole file with your choices and changes nothing.</source>
        <translation>ड्राई रन आपके चुनावों के साथ पूरी फ़ाइल पढ़ता है और कुछ भी नहीं बदलता।</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>इंपोर्ट करें</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>फ़ाइल पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>Reading the file… rows so far: %1</source>
        <translation>फ़ाइल पढ़ी जा रही है… अब तक पंक्तियाँ: %1</translation>
    </message>
    <message>
        <source>No contact in this file can be imported. Go back and check the columns and the default country.</source>
        <translation>इस फ़ाइल का कोई भी संपर्क इंपोर्ट नहीं किया जा सकता। वापस जाएँ और कॉलम व डिफ़ॉल्ट देश जाँचें।</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Import will record these contacts as opted in with the source “%1”; those who opted out stay opted out.</source>
        <translation>अभी तक कुछ नहीं बदला है। इंपोर्ट इन संपर्कों को स्रोत “%1” के साथ ऑप्ट-इन के रूप में दर्ज करेगा; जिन्होंने ऑप्ट-आउट किया है, वे ऑप्ट-आउट ही रहेंगे।</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Import will add and update the contacts as counted here.</source>
        <translation>अभी तक कुछ नहीं बदला है। इंपोर्ट यहाँ गिने गए संपर्कों को जोड़ेगा और अपडेट करेगा।</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>फ़ाइल इंपोर्ट नहीं की जा सकती: %1</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Contacts exported from Google Contacts, Outlook, Shopify, HubSpot, Mailchimp or a spreadsheet (CSV, TSV, TXT), or from a phone (vCard).</source>
        <translation>Google Contacts, Outlook, Shopify, HubSpot, Mailchimp या स्प्रेडशीट (CSV, TSV, TXT) से, या फ़ोन (vCard) से एक्सपोर्ट किए गए संपर्क।</translation>
    </message>
    <message>
        <source>The path of a .csv, .tsv, .txt or .vcf file</source>
        <translation>.csv, .tsv, .txt या .vcf फ़ाइल का पाथ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Contacts file:</source>
        <translation>संपर्क फ़ाइल:</translation>
    </message>
    <message>
        <source>Choose a Contacts File</source>
        <translation>संपर्क फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>संपर्क फ़ाइलें (*.csv *.tsv *.txt *.vcf *.vcard);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>इस पाथ पर कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>This is a folder: choose a file in it.</source>
        <translation>यह एक फ़ोल्डर है: इसमें से कोई फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>You have no permission to read this file.</source>
        <translation>आपको यह फ़ाइल पढ़ने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>From a spreadsheet, save the sheet as “CSV UTF-8”. From an iPhone or a Mac, select the contacts in Contacts and export them as a vCard. Nothing is imported before the last step: you will see how the file reads and what would change first.</source>
        <translation>स्प्रेडशीट से, शीट को “CSV UTF-8” के रूप में सहेजें। iPhone या Mac से, Contacts ऐप में संपर्क चुनें और उन्हें vCard के रूप में एक्सपोर्ट करें। आखिरी चरण से पहले कुछ भी इंपोर्ट नहीं होता: पहले आप देखेंगे कि फ़ाइल कैसे पढ़ी जाती है और क्या बदलेगा।</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>कॉलम मिलाएँ</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns that fit no contact field can be kept as custom attributes, for use in message templates.</source>
        <translation>चुनें कि फ़ाइल के हर कॉलम में क्या है। जो कॉलम किसी संपर्क फ़ील्ड से मेल नहीं खाते, उन्हें मैसेज टेम्पलेट में उपयोग के लिए कस्टम एट्रिब्यूट के रूप में रखा जा सकता है।</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>फ़ाइल में कॉलम</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>इस रूप में इंपोर्ट करें</translation>
    </message>
    <message>
        <source>Attribute name</source>
        <translation>एट्रिब्यूट का नाम</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>उदाहरण</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>इंपोर्ट न करें</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>अंतिम नाम</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>जन्मदिन</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>समय क्षेत्र</translation>
    </message>
    <message>
        <source>Custom attribute</source>
        <translation>कस्टम एट्रिब्यूट</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>कॉलम %1 को इस रूप में इंपोर्ट करें</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportOptionsPage</name>
    <message>
        <source>Choose the import options</source>
        <translation>इंपोर्ट के विकल्प चुनें</translation>
    </message>
    <message>
        <source>What applies to every contact of the file.</source>
        <translation>जो फ़ाइल के हर संपर्क पर लागू होता है।</translation>
    </message>
    <message>
        <source>e.g. spring-sale, newsletter</source>
        <translation>जैसे diwali-sale, newsletter</translation>
    </message>
    <message>
        <source>Default country:</source>
        <translation>डिफ़ॉल्ट देश:</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as 0987 654 3210, are read as numbers of this country. A country column in the file overrides it for its row.</source>
        <translation>बिना देश कोड के लिखे नंबर, जैसे 0987 654 3210, इस देश के नंबर माने जाते हैं। फ़ाइल में देश का कॉलम हो, तो उस पंक्ति के लिए वही लागू होता है।</translation>
    </message>
    <message>
        <source>Add tags:</source>
        <translation>टैग जोड़ें:</translation>
    </message>
    <message>
        <source>Separated by commas; added to every contact in the file, new or already known.</source>
        <translation>कॉमा से अलग करें; फ़ाइल के हर संपर्क में जोड़े जाते हैं, चाहे वह नया हो या पहले से मौजूद।</translation>
    </message>
    <message>
        <source>Consent to WhatsApp marketing</source>
        <translation>WhatsApp मार्केटिंग के लिए सहमति</translation>
    </message>
    <message>
        <source>Don&apos;t record consent</source>
        <translation>सहमति दर्ज न करें</translation>
    </message>
    <message>
        <source>These contacts agreed to receive WhatsApp marketing from us</source>
        <translation>इन संपर्कों ने हमसे WhatsApp मार्केटिंग पाने के लिए सहमति दी है</translation>
    </message>
    <message>
        <source>Where and when they agreed, e.g. Website checkout opt-in, 2025</source>
        <translation>कहाँ और कब सहमति दी, जैसे वेबसाइट चेकआउट ऑप्ट-इन, 2025</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>स्रोत:</translation>
    </message>
    <message>
        <source>WhatsApp allows marketing messages only to people who agreed to receive them, so broadcasts go only to contacts recorded as opted in. Record consent only when it is true: its source is kept with each contact as your proof.</source>
        <translation>WhatsApp मार्केटिंग मैसेज सिर्फ़ उन्हीं लोगों को भेजने देता है जिन्होंने इन्हें पाने के लिए सहमति दी है, इसलिए ब्रॉडकास्ट सिर्फ़ ऑप्ट-इन के रूप में दर्ज संपर्कों को जाते हैं। सहमति तभी दर्ज करें जब यह सच हो: इसका स्रोत आपके सबूत के रूप में हर संपर्क के साथ रखा जाता है।</translation>
    </message>
    <message>
        <source>Contacts who opted out stay opted out: an import never opts them in again.</source>
        <translation>जिन संपर्कों ने ऑप्ट-आउट किया है, वे ऑप्ट-आउट ही रहते हैं: इंपोर्ट उन्हें कभी फिर से ऑप्ट-इन नहीं करता।</translation>
    </message>
    <message>
        <source>The column “%1” says who agreed; this choice applies only to rows where it is empty.</source>
        <translation>कॉलम “%1” बताता है कि किसने सहमति दी; यह चुनाव सिर्फ़ उन पंक्तियों पर लागू होता है जहाँ यह खाली है।</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportPreviewPage</name>
    <message>
        <source>Check how the file reads</source>
        <translation>जाँचें कि फ़ाइल कैसे पढ़ी जाती है</translation>
    </message>
    <message>
        <source>The first rows as Megaphone reads them. If the columns or letters look wrong, change how the file is read.</source>
        <translation>पहली पंक्तियाँ, जैसे Megaphone उन्हें पढ़ता है। अगर कॉलम या अक्षर गलत दिखें, तो फ़ाइल पढ़ने का तरीका बदलें।</translation>
    </message>
    <message>
        <source>UTF-8 (most files)</source>
        <translation>UTF-8 (ज़्यादातर फ़ाइलें)</translation>
    </message>
    <message>
        <source>UTF-16, little-endian</source>
        <translation>UTF-16, little-endian</translation>
    </message>
    <message>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, big-endian</translation>
    </message>
    <message>
        <source>Windows-1252 (older Excel)</source>
        <translation>Windows-1252 (पुराना Excel)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>कॉमा  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>सेमीकोलन  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>टैब</translation>
    </message>
    <message>
        <source>Vertical bar  |</source>
        <translation>वर्टिकल बार  |</translation>
    </message>
    <message>
        <source>The first row holds column names</source>
        <translation>पहली पंक्ति में कॉलम के नाम हैं</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>टेक्स्ट एन्कोडिंग:</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>कॉलम इससे अलग किए गए हैं:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>फ़ाइल पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>A vCard file: each card is one row.</source>
        <translation>vCard फ़ाइल: हर कार्ड एक पंक्ति है।</translation>
    </message>
    <message>
        <source>The file has no rows below its column names.</source>
        <translation>फ़ाइल में कॉलम के नामों के नीचे कोई पंक्ति नहीं है।</translation>
    </message>
    <message>
        <source>The first %1 rows:</source>
        <translation>पहली %1 पंक्तियाँ:</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportReportPage</name>
    <message>
        <source>Save Rejected Rows…</source>
        <translation>अस्वीकार की गई पंक्तियाँ सहेजें…</translation>
    </message>
    <message>
        <source>A CSV file of every rejected row with its reason: fix the rows and import the file again.</source>
        <translation>अस्वीकार की गई हर पंक्ति और उसके कारण वाली CSV फ़ाइल: पंक्तियाँ ठीक करें और फ़ाइल फिर से इंपोर्ट करें।</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>इंपोर्ट विफल रहा</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>%1

Nothing was changed: your contacts are as they were before.</source>
        <translation>%1

कुछ भी नहीं बदला गया: आपके संपर्क पहले जैसे ही हैं।</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>इंपोर्ट रद्द किया गया</translation>
    </message>
    <message>
        <source>The import was cancelled before anything was saved. Nothing was changed: your contacts are as they were before.</source>
        <translation>कुछ भी सहेजे जाने से पहले इंपोर्ट रद्द कर दिया गया। कुछ भी नहीं बदला गया: आपके संपर्क पहले जैसे ही हैं।</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>इंपोर्ट पूरा हुआ</translation>
    </message>
    <message>
        <source>The contacts are in your list.</source>
        <translation>संपर्क आपकी सूची में हैं।</translation>
    </message>
    <message>
        <source>The contacts are recorded as opted in (source: “%1”), except those who had opted out.</source>
        <translation>संपर्कों को ऑप्ट-इन के रूप में दर्ज किया गया है (स्रोत: “%1”), सिवाय उनके जिन्होंने ऑप्ट-आउट किया था।</translation>
    </message>
    <message>
        <source>Only contacts recorded as opted in receive broadcasts.</source>
        <translation>ब्रॉडकास्ट सिर्फ़ उन्हीं संपर्कों को मिलते हैं जो ऑप्ट-इन के रूप में दर्ज हैं।</translation>
    </message>
    <message>
        <source>%1 - rejected rows.csv</source>
        <translation>%1 - rejected rows.csv</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>अस्वीकार की गई पंक्तियाँ सहेजें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 को बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Cannot save the rejected rows to %1.</source>
        <translation>अस्वीकार की गई पंक्तियाँ %1 में सहेजी नहीं जा सकतीं।</translation>
    </message>
    <message>
        <source>Saved to %1. Fix the rows there and import the file again.</source>
        <translation>%1 में सहेजा गया। वहाँ पंक्तियाँ ठीक करें और फ़ाइल फिर से इंपोर्ट करें।</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportRunPage</name>
    <message>
        <source>Cancel Import</source>
        <translation>इंपोर्ट रद्द करें</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>इंपोर्ट हो रहा है</translation>
    </message>
    <message>
        <source>You can cancel until the contacts are being saved; a cancelled import changes nothing.</source>
        <translation>संपर्क सहेजे जाने शुरू होने तक आप रद्द कर सकते हैं; रद्द किया गया इंपोर्ट कुछ नहीं बदलता।</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>फ़ाइल पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>रद्द किया जा रहा है… कुछ भी नहीं बदला जाएगा।</translation>
    </message>
    <message>
        <source>Saving %1 rows to your contacts…</source>
        <translation>%1 पंक्तियाँ आपके संपर्कों में सहेजी जा रही हैं…</translation>
    </message>
    <message>
        <source>Read %1 of %2, rows: %3</source>
        <translation>%2 में से %1 पढ़ा गया, पंक्तियाँ: %3</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportSummary</name>
    <message>
        <source>Rows read</source>
        <translation>पढ़ी गई पंक्तियाँ</translation>
    </message>
    <message>
        <source>New contacts to add</source>
        <translation>जोड़े जाने वाले नए संपर्क</translation>
    </message>
    <message>
        <source>New contacts added</source>
        <translation>जोड़े गए नए संपर्क</translation>
    </message>
    <message>
        <source>Existing contacts to update</source>
        <translation>अपडेट किए जाने वाले मौजूदा संपर्क</translation>
    </message>
    <message>
        <source>Existing contacts updated</source>
        <translation>अपडेट किए गए मौजूदा संपर्क</translation>
    </message>
    <message>
        <source>Repeated in the file, merged</source>
        <translation>फ़ाइल में दोहराए गए, मर्ज किए गए</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>अस्वीकार की गई पंक्तियाँ</translation>
    </message>
    <message>
        <source>Flagged: landline or extension</source>
        <translation>चिह्नित: लैंडलाइन या एक्सटेंशन</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>अस्वीकार होने का कारण</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>कोई पंक्ति अस्वीकार नहीं हुई।</translation>
    </message>
    <message>
        <source>The first rejected rows (%1 of %2):</source>
        <translation>पहली अस्वीकार की गई पंक्तियाँ (%2 में से %1):</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>अस्वीकार की गई पंक्तियाँ:</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>संपर्क इंपोर्ट करें</translation>
    </message>
</context>
<context>
    <name>megaphone::KeychainCredentialStore</name>
    <message>
        <source>No secret is stored under &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; के नाम से कोई सीक्रेट सहेजा नहीं गया है।</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>कीचेन ने ऐक्सेस देने से मना कर दिया: %1</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>कीचेन का उपयोग नहीं किया जा सका: %1</translation>
    </message>
</context>
<context>
    <name>megaphone::KeychainProbe</name>
    <message>
        <source>No keychain is connected.</source>
        <translation>कोई कीचेन कनेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>Working: a test secret was stored, read back and removed.</source>
        <translation>काम कर रहा है: एक टेस्ट सीक्रेट सहेजा गया, वापस पढ़ा गया और हटा दिया गया।</translation>
    </message>
</context>
<context>
    <name>megaphone::LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>सिस्टम डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>इंटरफ़ेस की भाषा:</translation>
    </message>
    <message>
        <source>Saved. The new language applies when Megaphone starts again.</source>
        <translation>सहेजा गया। नई भाषा Megaphone के फिर से शुरू होने पर लागू होगी।</translation>
    </message>
</context>
<context>
    <name>megaphone::LiveBroadcastView</name>
    <message>
        <source>No broadcast has started yet</source>
        <translation>अभी तक कोई ब्रॉडकास्ट शुरू नहीं हुआ है</translation>
    </message>
    <message>
        <source>When a broadcast sends, its progress shows here live: how many were sent, delivered and read, the sending speed and what failed.</source>
        <translation>जब कोई ब्रॉडकास्ट भेजा जाता है, तो उसकी प्रगति यहाँ लाइव दिखती है: कितने भेजे गए, डिलीवर हुए और पढ़े गए, भेजने की गति और क्या विफल रहा।</translation>
    </message>
    <message>
        <source>&amp;Broadcast:</source>
        <translation>ब्रॉडकास्ट (&amp;B):</translation>
    </message>
    <message>
        <source>Cannot read the broadcast&apos;s figures: %1</source>
        <translation>ब्रॉडकास्ट के आँकड़े पढ़े नहीं जा सकते: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>megaphone::MainWindow</name>
    <message>
        <source>Megaphone</source>
        <translation>Megaphone</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>ब्रॉडकास्ट</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>The database in use</source>
        <translation>उपयोग में डेटाबेस</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पेज</translation>
    </message>
</context>
<context>
    <name>megaphone::MemoryCredentialStore</name>
    <message>
        <source>No secret is stored under &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; के नाम से कोई सीक्रेट सहेजा नहीं गया है।</translation>
    </message>
</context>
<context>
    <name>megaphone::MetaProvider</name>
    <message>
        <source>The provider could not be reached: %1</source>
        <translation>प्रोवाइडर तक पहुँचा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (कोड %2)</translation>
    </message>
    <message>
        <source>The provider said: %1</source>
        <translation>प्रोवाइडर का जवाब: %1</translation>
    </message>
    <message>
        <source>No access token is stored for this account. Enter it in Settings.</source>
        <translation>इस खाते के लिए कोई ऐक्सेस टोकन सहेजा नहीं गया है। इसे सेटिंग में डालें।</translation>
    </message>
    <message>
        <source>No API key is stored for this account. Enter it in Settings.</source>
        <translation>इस खाते के लिए कोई API की सहेजी नहीं गई है। इसे सेटिंग में डालें।</translation>
    </message>
    <message>
        <source>The number answered, but its templates could not be read: %1</source>
        <translation>नंबर ने जवाब दिया, लेकिन उसके टेम्पलेट पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>%1 (%2) से कनेक्ट हो गया।</translation>
    </message>
    <message>
        <source>Connected: the key was accepted and templates can be read.</source>
        <translation>कनेक्ट हो गया: की स्वीकार कर ली गई और टेम्पलेट पढ़े जा सकते हैं।</translation>
    </message>
    <message>
        <source>Quality rating: %1.</source>
        <translation>क्वालिटी रेटिंग: %1।</translation>
    </message>
    <message numerus="yes">
        <source>Throughput: %n messages per second.</source>
        <translation>
            <numerusform>थ्रूपुट: %n मैसेज प्रति सेकंड।</numerusform>
            <numerusform>थ्रूपुट: %n मैसेज प्रति सेकंड।</numerusform>
        </translation>
    </message>
    <message>
        <source>Messaging limit: unlimited.</source>
        <translation>मैसेजिंग सीमा: असीमित।</translation>
    </message>
    <message numerus="yes">
        <source>Messaging limit: %n unique customers per 24 hours.</source>
        <translation>
            <numerusform>मैसेजिंग सीमा: हर 24 घंटे में %n यूनीक ग्राहक।</numerusform>
            <numerusform>मैसेजिंग सीमा: हर 24 घंटे में %n यूनीक ग्राहक।</numerusform>
        </translation>
    </message>
    <message>
        <source>The template list pointed to another address (%1); it was not followed.</source>
        <translation>टेम्पलेट सूची ने किसी दूसरे एड्रेस (%1) की ओर इशारा किया; उसे खोला नहीं गया।</translation>
    </message>
    <message numerus="yes">
        <source>The template list did not end after %n pages.</source>
        <translation>
            <numerusform>%n पेज के बाद भी टेम्पलेट सूची खत्म नहीं हुई।</numerusform>
            <numerusform>%n पेज के बाद भी टेम्पलेट सूची खत्म नहीं हुई।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::ParameterMappingTable</name>
    <message>
        <source>Variable</source>
        <translation>वैरिएबल</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>मान कहाँ से</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>If empty, use</source>
        <translation>खाली हो तो यह लें</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>अंतिम नाम</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>डिस्प्ले नाम</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>जन्मदिन</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>समय क्षेत्र</translation>
    </message>
    <message>
        <source>Header {{%1}}</source>
        <translation>हेडर {{%1}}</translation>
    </message>
    <message>
        <source>Body {{%1}}</source>
        <translation>बॉडी {{%1}}</translation>
    </message>
    <message>
        <source>Header media link</source>
        <translation>हेडर मीडिया लिंक</translation>
    </message>
    <message>
        <source>Header location</source>
        <translation>हेडर लोकेशन</translation>
    </message>
    <message>
        <source>Link of &quot;%1&quot;</source>
        <translation>&quot;%1&quot; का लिंक</translation>
    </message>
    <message>
        <source>Reply &quot;%1&quot;</source>
        <translation>जवाब &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>कूपन कोड</translation>
    </message>
    <message>
        <source>%1. Example: %2</source>
        <translation>%1। उदाहरण: %2</translation>
    </message>
    <message>
        <source>Where %1 comes from</source>
        <translation>%1 कहाँ से आता है</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>चुनें...</translation>
    </message>
    <message>
        <source>Contact field</source>
        <translation>संपर्क फ़ील्ड</translation>
    </message>
    <message>
        <source>Custom attribute</source>
        <translation>कस्टम एट्रिब्यूट</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>तय टेक्स्ट</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>कुछ नहीं</translation>
    </message>
    <message>
        <source>Value of %1 when empty</source>
        <translation>खाली होने पर %1 का मान</translation>
    </message>
    <message>
        <source>latitude,longitude,name,address</source>
        <translation>अक्षांश,देशांतर,नाम,पता</translation>
    </message>
    <message>
        <source>The same text for everyone</source>
        <translation>सभी के लिए एक जैसा टेक्स्ट</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Needs a value</source>
        <translation>मान ज़रूरी</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>जाँचा जा रहा है...</translation>
    </message>
    <message numerus="yes">
        <source>Empty for %n contact(s)</source>
        <translation>
            <numerusform>%n संपर्क के लिए खाली</numerusform>
            <numerusform>%n संपर्कों के लिए खाली</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::PhoneNormalizer</name>
    <message>
        <source>landline</source>
        <translation>लैंडलाइन</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>लैंडलाइन या मोबाइल</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>टोल-फ़्री</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>प्रीमियम-रेट</translation>
    </message>
    <message>
        <source>shared-cost</source>
        <translation>शेयर्ड-कॉस्ट</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal (forwarding)</source>
        <translation>पर्सनल (फ़ॉरवर्डिंग)</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>पेजर</translation>
    </message>
    <message>
        <source>company (UAN)</source>
        <translation>कंपनी (UAN)</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>वॉइसमेल</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Unknown country code after the +.</source>
        <translation>+ के बाद अज्ञात देश कोड।</translation>
    </message>
    <message>
        <source>No country code could be found.</source>
        <translation>कोई देश कोड नहीं मिला।</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>यह फ़ोन नंबर नहीं है।</translation>
    </message>
    <message>
        <source>Too short to be a phone number.</source>
        <translation>फ़ोन नंबर होने के लिए बहुत छोटा है।</translation>
    </message>
    <message>
        <source>Too long to be a phone number.</source>
        <translation>फ़ोन नंबर होने के लिए बहुत लंबा है।</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Unknown country code +%1.</source>
        <translation>अज्ञात देश कोड +%1।</translation>
    </message>
    <message>
        <source>Too short for a number in %1.</source>
        <translation>%1 के नंबर के लिए बहुत छोटा है।</translation>
    </message>
    <message>
        <source>Too short: it looks like a local number in %1 without its area code.</source>
        <translation>बहुत छोटा: यह %1 का बिना एरिया कोड वाला लोकल नंबर लगता है।</translation>
    </message>
    <message>
        <source>Too long for a number in %1.</source>
        <translation>%1 के नंबर के लिए बहुत लंबा है।</translation>
    </message>
    <message>
        <source>Wrong number of digits for a number in %1.</source>
        <translation>%1 के नंबर के लिए अंकों की संख्या गलत है।</translation>
    </message>
    <message>
        <source>Not a valid phone number in %1.</source>
        <translation>%1 का मान्य फ़ोन नंबर नहीं है।</translation>
    </message>
    <message>
        <source>Not a valid number in %1, nor in any country as written.</source>
        <translation>%1 का मान्य नंबर नहीं है, और जैसा लिखा है उस रूप में किसी भी देश का नहीं है।</translation>
    </message>
    <message>
        <source>The phone cell is empty.</source>
        <translation>फ़ोन का सेल खाली है।</translation>
    </message>
    <message>
        <source>The number was damaged by Excel (shown as %1): its last digits are lost. Format the column as Text in the original sheet and export it again.</source>
        <translation>Excel ने नंबर खराब कर दिया (%1 के रूप में दिख रहा है): इसके आखिरी अंक खो गए हैं। मूल शीट में कॉलम को Text फ़ॉर्मैट में करें और फिर से एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” फ़ोन नंबर नहीं है।</translation>
    </message>
    <message>
        <source>The number has no country code and no default country is set: choose a default country, or write numbers with + and their country code.</source>
        <translation>नंबर में देश कोड नहीं है और कोई डिफ़ॉल्ट देश सेट नहीं है: डिफ़ॉल्ट देश चुनें, या नंबर + और देश कोड के साथ लिखें।</translation>
    </message>
    <message>
        <source>(The country “%1” was not recognised.)</source>
        <translation>(देश “%1” पहचाना नहीं गया।)</translation>
    </message>
    <message>
        <source>A landline number: it may not be on WhatsApp.</source>
        <translation>लैंडलाइन नंबर: हो सकता है यह WhatsApp पर न हो।</translation>
    </message>
    <message>
        <source>A %1 number: it is unlikely to be on WhatsApp.</source>
        <translation>%1 नंबर: इसके WhatsApp पर होने की संभावना कम है।</translation>
    </message>
    <message>
        <source>The number has an extension (%1), which WhatsApp cannot dial; it is kept apart from the number.</source>
        <translation>नंबर में एक्सटेंशन (%1) है, जिसे WhatsApp डायल नहीं कर सकता; इसे नंबर से अलग रखा गया है।</translation>
    </message>
    <message>
        <source>Read as an international number: the cell has its country code but no +.</source>
        <translation>अंतरराष्ट्रीय नंबर के रूप में पढ़ा गया: सेल में देश कोड है लेकिन + नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>The cell holds %n numbers; the first mobile one was taken.</source>
        <translation>
            <numerusform>सेल में %n नंबर है; पहला मोबाइल नंबर लिया गया।</numerusform>
            <numerusform>सेल में %n नंबर हैं; पहला मोबाइल नंबर लिया गया।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cell holds %n numbers and none is a mobile number; the first valid one was taken.</source>
        <translation>
            <numerusform>सेल में %n नंबर है और वह मोबाइल नंबर नहीं है; पहला मान्य नंबर लिया गया।</numerusform>
            <numerusform>सेल में %n नंबर हैं और कोई भी मोबाइल नंबर नहीं है; पहला मान्य नंबर लिया गया।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::PortfoliosSection</name>
    <message>
        <source>Portfolios</source>
        <translation>पोर्टफ़ोलियो</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>बदलाव सहेजें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Messaging limit</source>
        <translation>मैसेजिंग सीमा</translation>
    </message>
    <message>
        <source>Acme Brazil</source>
        <translation>Acme India</translation>
    </message>
    <message>
        <source>How many different people the portfolio&apos;s numbers may message in 24 hours outside a customer service window. Meta shows it in WhatsApp Manager.</source>
        <translation>कस्टमर सर्विस विंडो के बाहर, पोर्टफ़ोलियो के नंबर 24 घंटे में कितने अलग-अलग लोगों को मैसेज भेज सकते हैं। Meta इसे WhatsApp Manager में दिखाता है।</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <source>Messaging limit:</source>
        <translation>मैसेजिंग सीमा:</translation>
    </message>
    <message>
        <source>A Meta business portfolio&apos;s messaging limit is shared by all of its numbers; broadcasts wait when it is reached.</source>
        <translation>Meta बिज़नेस पोर्टफ़ोलियो की मैसेजिंग सीमा उसके सभी नंबरों में साझा होती है; सीमा पूरी होने पर ब्रॉडकास्ट इंतज़ार करते हैं।</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>असीमित</translation>
    </message>
    <message>
        <source>%1 people a day</source>
        <translation>%1 लोग प्रतिदिन</translation>
    </message>
    <message>
        <source>Cannot read the portfolios: %1</source>
        <translation>पोर्टफ़ोलियो पढ़े नहीं जा सकते: %1</translation>
    </message>
    <message>
        <source>Type a name for the new portfolio.</source>
        <translation>नए पोर्टफ़ोलियो का नाम टाइप करें।</translation>
    </message>
    <message>
        <source>There is already a portfolio named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; नाम का पोर्टफ़ोलियो पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; जोड़ा गया।</translation>
    </message>
    <message>
        <source>A portfolio needs a name.</source>
        <translation>पोर्टफ़ोलियो के लिए नाम ज़रूरी है।</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; सहेजा गया।</translation>
    </message>
    <message>
        <source>Remove Portfolio</source>
        <translation>पोर्टफ़ोलियो हटाएँ</translation>
    </message>
    <message>
        <source>Remove the portfolio &quot;%1&quot;? Its sender accounts stay, without a portfolio.</source>
        <translation>पोर्टफ़ोलियो &quot;%1&quot; हटाएँ? इसके सेंडर खाते बने रहेंगे, बिना पोर्टफ़ोलियो के।</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; हटाया गया।</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>megaphone::ProviderForm</name>
    <message>
        <source>Meta Cloud API</source>
        <translation>Meta Cloud API</translation>
    </message>
    <message>
        <source>360dialog</source>
        <translation>360dialog</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Relay (a Megaphone server)</source>
        <translation>रिले (एक Megaphone सर्वर)</translation>
    </message>
    <message>
        <source>Sandbox (test server)</source>
        <translation>सैंडबॉक्स (टेस्ट सर्वर)</translation>
    </message>
    <message>
        <source>Phone number ID:</source>
        <translation>फ़ोन नंबर ID:</translation>
    </message>
    <message>
        <source>The number&apos;s ID in WhatsApp Manager (API Setup), digits only; not the phone number itself.</source>
        <translation>WhatsApp Manager (API Setup) में नंबर की ID, सिर्फ़ अंक; खुद फ़ोन नंबर नहीं।</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID:</source>
        <translation>WhatsApp Business Account ID:</translation>
    </message>
    <message>
        <source>Needed to read and submit message templates.</source>
        <translation>मैसेज टेम्पलेट पढ़ने और सबमिट करने के लिए ज़रूरी।</translation>
    </message>
    <message>
        <source>Graph API address:</source>
        <translation>Graph API एड्रेस:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>API वर्शन:</translation>
    </message>
    <message>
        <source>Team default</source>
        <translation>टीम डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> प्रति सेकंड</translation>
    </message>
    <message>
        <source>The most messages this number sends a second. Meta allows 80 a second by default and up to 1,000 for upgraded numbers.</source>
        <translation>यह नंबर एक सेकंड में ज़्यादा से ज़्यादा कितने मैसेज भेजे। Meta डिफ़ॉल्ट रूप से 80 प्रति सेकंड और अपग्रेड किए गए नंबरों के लिए 1,000 तक की अनुमति देता है।</translation>
    </message>
    <message>
        <source>Sending speed:</source>
        <translation>भेजने की गति:</translation>
    </message>
    <message>
        <source>Use a System User access token that does not expire. The app secret checks that webhook calls come from Meta; the verify token is what you also type in the app&apos;s webhook settings.</source>
        <translation>ऐसा System User ऐक्सेस टोकन इस्तेमाल करें जिसकी अवधि खत्म न हो। ऐप सीक्रेट जाँचता है कि वेबहुक कॉल Meta से ही आ रहे हैं; वेरिफ़ाई टोकन वही है जो आप ऐप की वेबहुक सेटिंग में भी टाइप करते हैं।</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API एड्रेस:</translation>
    </message>
    <message>
        <source>360dialog does not sign its webhooks: the webhook token is part of the webhook address, so make it unguessable with Generate.</source>
        <translation>360dialog अपने वेबहुक पर हस्ताक्षर नहीं करता: वेबहुक टोकन वेबहुक एड्रेस का हिस्सा है, इसलिए “जनरेट करें” से ऐसा टोकन बनाएँ जिसका कोई अंदाज़ा न लगा सके।</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>Account SID:</translation>
    </message>
    <message>
        <source>Starts with AC, from the Twilio console.</source>
        <translation>AC से शुरू होता है, Twilio कंसोल से मिलता है।</translation>
    </message>
    <message>
        <source>From number:</source>
        <translation>From नंबर:</translation>
    </message>
    <message>
        <source>The WhatsApp sender in international form, such as +14155550100.</source>
        <translation>अंतरराष्ट्रीय रूप में WhatsApp सेंडर, जैसे +14155550100।</translation>
    </message>
    <message>
        <source>Or Messaging Service SID:</source>
        <translation>या Messaging Service SID:</translation>
    </message>
    <message>
        <source>Starts with MG. Used instead of the From number when given.</source>
        <translation>MG से शुरू होता है। दिए जाने पर From नंबर की जगह इसका उपयोग होता है।</translation>
    </message>
    <message>
        <source>Public status address:</source>
        <translation>पब्लिक स्टेटस एड्रेस:</translation>
    </message>
    <message>
        <source>The public https address where Twilio reaches this Megaphone&apos;s webhooks; delivery reports need it.</source>
        <translation>वह पब्लिक https एड्रेस जहाँ Twilio इस Megaphone के वेबहुक तक पहुँचता है; डिलीवरी रिपोर्ट के लिए यह ज़रूरी है।</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>सर्वर एड्रेस:</translation>
    </message>
    <message>
        <source>The Megaphone server that sends for this account.</source>
        <translation>वह Megaphone सर्वर जो इस खाते के लिए भेजता है।</translation>
    </message>
    <message>
        <source>Messages go to Megaphone&apos;s own test server, found when a broadcast starts. Nothing reaches WhatsApp.</source>
        <translation>मैसेज Megaphone के अपने टेस्ट सर्वर पर जाते हैं, जो ब्रॉडकास्ट शुरू होने पर खोजा जाता है। WhatsApp तक कुछ नहीं पहुँचता।</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>सर्वर एड्रेस डालें।</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not a web address (https://...).</source>
        <translation>एड्रेस &quot;%1&quot; वेब एड्रेस (https://...) नहीं है।</translation>
    </message>
    <message>
        <source>Enter the phone number ID (WhatsApp Manager, API Setup).</source>
        <translation>फ़ोन नंबर ID डालें (WhatsApp Manager, API Setup)।</translation>
    </message>
    <message>
        <source>The phone number ID is digits only. It is not the phone number itself.</source>
        <translation>फ़ोन नंबर ID में सिर्फ़ अंक होते हैं। यह खुद फ़ोन नंबर नहीं है।</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID is digits only.</source>
        <translation>WhatsApp Business Account ID में सिर्फ़ अंक होते हैं।</translation>
    </message>
    <message>
        <source>The API version looks like v23.0.</source>
        <translation>API वर्शन v23.0 जैसा होता है।</translation>
    </message>
    <message>
        <source>Enter the Account SID: AC followed by 32 letters and digits.</source>
        <translation>Account SID डालें: AC और उसके बाद 32 अक्षर और अंक।</translation>
    </message>
    <message>
        <source>Enter the From number or a Messaging Service SID.</source>
        <translation>From नंबर या Messaging Service SID डालें।</translation>
    </message>
    <message>
        <source>Write the From number in international form, such as +14155550100.</source>
        <translation>From नंबर अंतरराष्ट्रीय रूप में लिखें, जैसे +14155550100।</translation>
    </message>
    <message>
        <source>The Messaging Service SID is MG followed by 32 letters and digits.</source>
        <translation>Messaging Service SID में MG और उसके बाद 32 अक्षर और अंक होते हैं।</translation>
    </message>
    <message>
        <source>The public status address &quot;%1&quot; is not a web address (https://...).</source>
        <translation>पब्लिक स्टेटस एड्रेस &quot;%1&quot; वेब एड्रेस (https://...) नहीं है।</translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; भरें।</translation>
    </message>
</context>
<context>
    <name>megaphone::QuotaGauge</name>
    <message>
        <source>No daily limit</source>
        <translation>कोई दैनिक सीमा नहीं</translation>
    </message>
    <message>
        <source>The sending number&apos;s portfolio has no messaging tier limit set, so only the sending speed limits this broadcast.</source>
        <translation>सेंडर नंबर के पोर्टफ़ोलियो के लिए कोई मैसेजिंग टियर सीमा सेट नहीं है, इसलिए सिर्फ़ भेजने की गति ही इस ब्रॉडकास्ट को सीमित करती है।</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%2 में से %1 बाकी</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people reached in the last 24 hours, over every number of the portfolio.</source>
        <translation>
            <numerusform>पिछले 24 घंटे में पोर्टफ़ोलियो के सभी नंबरों से %Ln व्यक्ति तक पहुँचा गया।</numerusform>
            <numerusform>पिछले 24 घंटे में पोर्टफ़ोलियो के सभी नंबरों से %Ln लोगों तक पहुँचा गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>More capacity frees %1 (in %2).</source>
        <translation>और क्षमता %1 खाली होगी (%2 में)।</translation>
    </message>
</context>
<context>
    <name>megaphone::RelayProvider</name>
    <message>
        <source>Enter the relay&apos;s address in Settings.</source>
        <translation>सेटिंग में रिले का एड्रेस डालें।</translation>
    </message>
    <message>
        <source>No relay secret is stored for this account. Enter it in Settings.</source>
        <translation>इस खाते के लिए कोई रिले सीक्रेट सहेजा नहीं गया है। इसे सेटिंग में डालें।</translation>
    </message>
    <message>
        <source>The relay could not be reached: %1</source>
        <translation>रिले तक पहुँचा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The relay refused the secret (HTTP 401).</source>
        <translation>रिले ने सीक्रेट अस्वीकार कर दिया (HTTP 401)।</translation>
    </message>
    <message>
        <source>The relay answered and accepted the secret.</source>
        <translation>रिले ने जवाब दिया और सीक्रेट स्वीकार कर लिया।</translation>
    </message>
    <message>
        <source>The relay answered with HTTP %1.</source>
        <translation>रिले ने HTTP %1 के साथ जवाब दिया।</translation>
    </message>
</context>
<context>
    <name>megaphone::RelayTemplateDialog</name>
    <message>
        <source>New relay template</source>
        <translation>नया रिले टेम्पलेट</translation>
    </message>
    <message>
        <source>spring_sale</source>
        <translation>diwali_sale</translation>
    </message>
    <message>
        <source>Hi {{first_name}}! Our *spring sale* starts today.</source>
        <translation>नमस्ते {{first_name}}! हमारी *दिवाली सेल* आज से शुरू है।</translation>
    </message>
    <message>
        <source>https://… (optional: an image sent above the text)</source>
        <translation>https://… (वैकल्पिक: टेक्स्ट के ऊपर भेजी जाने वाली इमेज)</translation>
    </message>
    <message>
        <source>Sender account</source>
        <translation>सेंडर खाता</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <source>Media link</source>
        <translation>मीडिया लिंक</translation>
    </message>
    <message>
        <source>Write *bold*, _italic_, ~strike~ and ```monospace``` as in WhatsApp; {{first_name}} and other variables are filled from each contact.</source>
        <translation>WhatsApp की तरह *बोल्ड*, _इटैलिक_, ~स्ट्राइक~ और ```मोनोस्पेस``` लिखें; {{first_name}} और दूसरे वैरिएबल हर संपर्क की जानकारी से भरे जाते हैं।</translation>
    </message>
    <message>
        <source>Edit relay template</source>
        <translation>रिले टेम्पलेट संपादित करें</translation>
    </message>
    <message>
        <source>Add a relay account in Settings first.</source>
        <translation>पहले सेटिंग में कोई रिले खाता जोड़ें।</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>टेम्पलेट को नाम दें।</translation>
    </message>
    <message>
        <source>The name may have lowercase letters, digits and underscores only.</source>
        <translation>नाम में सिर्फ़ छोटे अंग्रेज़ी अक्षर, अंक और अंडरस्कोर हो सकते हैं।</translation>
    </message>
    <message>
        <source>Give the language code, like en or pt_BR.</source>
        <translation>भाषा का कोड दें, जैसे hi या pt_BR।</translation>
    </message>
    <message>
        <source>Write the text of the message.</source>
        <translation>मैसेज का टेक्स्ट लिखें।</translation>
    </message>
    <message>
        <source>The variable {{%1}} needs a name of lowercase letters, digits and underscores, like {{first_name}}.</source>
        <translation>वैरिएबल {{%1}} का नाम छोटे अंग्रेज़ी अक्षरों, अंकों और अंडरस्कोर से बना होना चाहिए, जैसे {{first_name}}।</translation>
    </message>
    <message>
        <source>The media link must be a web address starting with https://.</source>
        <translation>मीडिया लिंक https:// से शुरू होने वाला वेब एड्रेस होना चाहिए।</translation>
    </message>
    <message>
        <source>No variables: everyone gets the same text.</source>
        <translation>कोई वैरिएबल नहीं: सभी को एक जैसा टेक्स्ट मिलेगा।</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>वैरिएबल: %1</translation>
    </message>
</context>
<context>
    <name>megaphone::ReviewStep</name>
    <message>
        <source>Send a test</source>
        <translation>टेस्ट भेजें</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>मैसेज</translation>
    </message>
    <message>
        <source>Before sending</source>
        <translation>भेजने से पहले</translation>
    </message>
    <message>
        <source>How long it takes and what it costs</source>
        <translation>कितना समय लगेगा और कितना खर्च होगा</translation>
    </message>
    <message>
        <source>Send a test to my number</source>
        <translation>मेरे नंबर पर टेस्ट भेजें</translation>
    </message>
    <message>
        <source>Your WhatsApp number, e.g. +55 11 98765 4321</source>
        <translation>आपका WhatsApp नंबर, जैसे +91 98765 43210</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>शेड्यूल करें…</translation>
    </message>
    <message>
        <source>Send now…</source>
        <translation>अभी भेजें…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>जाँचा नहीं गया</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n प्राप्तकर्ता</numerusform>
            <numerusform>%n प्राप्तकर्ता</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1 को</translation>
    </message>
    <message>
        <source>now</source>
        <translation>अभी</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to %2, %3, at up to %4 messages a second%5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — ऑडियंस: %2; भेजने का समय: %3; अधिकतम %4 मैसेज प्रति सेकंड%5।</translation>
    </message>
    <message>
        <source>, between %1 in each recipient&apos;s time</source>
        <translation>, हर प्राप्तकर्ता के अपने समय के अनुसार %1 के बीच</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>सब कुछ तैयार है।</translation>
    </message>
    <message>
        <source>Sending takes %1.</source>
        <translation>भेजने में %1 लगेंगे।</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>दिन %1</translation>
    </message>
    <message>
        <source>Days %1-%2</source>
        <translation>दिन %1-%2</translation>
    </message>
    <message>
        <source>No cost estimate: enter your provider&apos;s prices in Settings &gt; Team sending defaults.</source>
        <translation>लागत का अनुमान नहीं: सेटिंग &gt; टीम की डिफ़ॉल्ट सेंडिंग सेटिंग में अपने प्रोवाइडर की कीमतें डालें।</translation>
    </message>
    <message>
        <source>Estimated cost: %1 for %2 messages.</source>
        <translation>अनुमानित लागत: %2 मैसेज के लिए %1।</translation>
    </message>
    <message numerus="yes">
        <source>Schedule &quot;%1&quot; to %n recipient(s)?</source>
        <translation>
            <numerusform>&quot;%1&quot; को %n प्राप्तकर्ता के लिए शेड्यूल करें?</numerusform>
            <numerusform>&quot;%1&quot; को %n प्राप्तकर्ताओं के लिए शेड्यूल करें?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send &quot;%1&quot; to %n recipient(s) now? This cannot be undone once messages leave.</source>
        <translation>
            <numerusform>&quot;%1&quot; अभी %n प्राप्तकर्ता को भेजें? मैसेज निकल जाने के बाद इसे वापस नहीं लिया जा सकता।</numerusform>
            <numerusform>&quot;%1&quot; अभी %n प्राप्तकर्ताओं को भेजें? मैसेज निकल जाने के बाद इसे वापस नहीं लिया जा सकता।</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule the broadcast</source>
        <translation>ब्रॉडकास्ट शेड्यूल करें</translation>
    </message>
    <message>
        <source>Send the broadcast</source>
        <translation>ब्रॉडकास्ट भेजें</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>शेड्यूल करें</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>अभी भेजें</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>The audience has no contact to fill the template with.</source>
        <translation>ऑडियंस में ऐसा कोई संपर्क नहीं है जिसकी जानकारी से टेम्पलेट भरा जा सके।</translation>
    </message>
    <message>
        <source>Sent to %1: check your WhatsApp.</source>
        <translation>%1 पर भेजा गया: अपना WhatsApp देखें।</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>नहीं भेजा गया (%1): %2</translation>
    </message>
</context>
<context>
    <name>megaphone::SampleMessagePreview</name>
    <message>
        <source>Contact to preview the message for</source>
        <translation>वह संपर्क जिसके लिए मैसेज का प्रीव्यू देखना है</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>प्रीव्यू इनके लिए</translation>
    </message>
    <message>
        <source>No contacts yet: showing the template&apos;s examples</source>
        <translation>अभी कोई संपर्क नहीं: टेम्पलेट के उदाहरण दिखाए जा रहे हैं</translation>
    </message>
    <message>
        <source>%1 would not get this message: %2 would be empty.</source>
        <translation>%1 को यह मैसेज नहीं मिलेगा: %2 खाली होगा।</translation>
    </message>
    <message>
        <source>%1 would not get this message: %2 cannot be sent as it is.</source>
        <translation>%1 को यह मैसेज नहीं मिलेगा: %2 को इस रूप में नहीं भेजा जा सकता।</translation>
    </message>
</context>
<context>
    <name>megaphone::ScheduleFields</name>
    <message>
        <source>Right away, when I press Send</source>
        <translation>तुरंत, भेजें दबाते ही</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>इस समय पर</translation>
    </message>
    <message>
        <source>Only send between</source>
        <translation>सिर्फ़ इनके बीच भेजें</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <source>Sending hours</source>
        <translation>भेजने के घंटे</translation>
    </message>
    <message>
        <source>Time zone of the scheduled time</source>
        <translation>शेड्यूल किए गए समय का समय क्षेत्र</translation>
    </message>
    <message>
        <source>Start of the sending hours</source>
        <translation>भेजने के घंटों की शुरुआत</translation>
    </message>
    <message>
        <source>End of the sending hours</source>
        <translation>भेजने के घंटों का अंत</translation>
    </message>
    <message>
        <source>and</source>
        <translation>और</translation>
    </message>
    <message>
        <source>In each contact&apos;s own time zone. Messages that fall outside wait for the next opening.</source>
        <translation>हर संपर्क के अपने समय क्षेत्र में। इसके बाहर पड़ने वाले मैसेज अगली बार समय खुलने तक इंतज़ार करते हैं।</translation>
    </message>
    <message>
        <source>Your computer&apos;s time zone.</source>
        <translation>आपके कंप्यूटर का समय क्षेत्र।</translation>
    </message>
    <message>
        <source>That is %1, %2 on this computer.</source>
        <translation>यानी इस कंप्यूटर पर %1, %2।</translation>
    </message>
    <message>
        <source>Choose a time in the future, or send as soon as you send it.</source>
        <translation>भविष्य का कोई समय चुनें, या भेजें दबाते ही भेजें।</translation>
    </message>
    <message>
        <source>The sending hours open and close at the same time: choose a later end.</source>
        <translation>भेजने के घंटे एक ही समय पर शुरू और खत्म होते हैं: बाद का कोई अंत समय चुनें।</translation>
    </message>
</context>
<context>
    <name>megaphone::SecretField</name>
    <message>
        <source>Generate</source>
        <translation>जनरेट करें</translation>
    </message>
    <message>
        <source>Make up an unguessable token. Copy it to the provider&apos;s webhook settings, then save.</source>
        <translation>ऐसा टोकन बनाएँ जिसका अंदाज़ा न लगाया जा सके। इसे प्रोवाइडर की वेबहुक सेटिंग में कॉपी करें, फिर सहेजें।</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>कीचेन जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>Stored in the keychain. Leave empty to keep it.</source>
        <translation>कीचेन में सहेजा गया है। इसे रखने के लिए खाली छोड़ें।</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(बिना बदलाव)</translation>
    </message>
    <message>
        <source>Not stored yet.</source>
        <translation>अभी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>कीचेन पढ़ा नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>megaphone::SelectionBanner</name>
    <message>
        <source>Clear selection</source>
        <translation>चुनाव हटाएँ</translation>
    </message>
    <message>
        <source>All %1 contacts matching this filter are selected.</source>
        <translation>इस फ़िल्टर से मेल खाने वाले सभी %1 संपर्क चुने गए हैं।</translation>
    </message>
    <message>
        <source>All %1 loaded contacts are selected.</source>
        <translation>लोड किए गए सभी %1 संपर्क चुने गए हैं।</translation>
    </message>
    <message>
        <source>Select all %1 matching contacts</source>
        <translation>मेल खाने वाले सभी %1 संपर्क चुनें</translation>
    </message>
</context>
<context>
    <name>megaphone::SendingWindow</name>
    <message>
        <source>&quot;%1&quot; is not a sending window. Write it as HH:MM-HH:MM, for example 09:00-20:00, or leave it empty to send at any hour.</source>
        <translation>&quot;%1&quot; सेंडिंग विंडो नहीं है। इसे HH:MM-HH:MM के रूप में लिखें, जैसे 09:00-20:00, या किसी भी समय भेजने के लिए खाली छोड़ें।</translation>
    </message>
    <message>
        <source>%1 is not a time of day: use 00:00 to 23:59 (24:00 may end a window).</source>
        <translation>%1 दिन का कोई समय नहीं है: 00:00 से 23:59 तक का उपयोग करें (विंडो 24:00 पर खत्म हो सकती है)।</translation>
    </message>
    <message>
        <source>The sending window opens and closes at the same time (%1). Leave it empty to send at any hour.</source>
        <translation>सेंडिंग विंडो एक ही समय (%1) पर शुरू और खत्म होती है। किसी भी समय भेजने के लिए इसे खाली छोड़ें।</translation>
    </message>
</context>
<context>
    <name>megaphone::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>कीचेन</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>अभी जाँचा नहीं गया।</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>फिर से जाँचें</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>कीचेन जाँचा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>megaphone::TeamDefaultsSection</name>
    <message>
        <source>Write each time zone as a country code, &quot;=&quot; and a zone, as in US=America/Chicago; &quot;%1&quot; is not.</source>
        <translation>हर समय क्षेत्र को देश कोड, &quot;=&quot; और ज़ोन के रूप में लिखें, जैसे US=America/Chicago; &quot;%1&quot; इस रूप में नहीं है।</translation>
    </message>
    <message>
        <source>Write each price as a country code, &quot;=&quot; and a number with a dot, as in BR=0.0625; &quot;%1&quot; is not.</source>
        <translation>हर कीमत को देश कोड, &quot;=&quot; और डॉट वाली संख्या के रूप में लिखें, जैसे BR=0.0625; &quot;%1&quot; इस रूप में नहीं है।</translation>
    </message>
    <message>
        <source>Team sending defaults</source>
        <translation>टीम की डिफ़ॉल्ट सेंडिंग सेटिंग</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country (a two-letter code such as IN, BR or GB). Empty: the country of each computer&apos;s locale.</source>
        <translation>बिना देश कोड के लिखे फ़ोन नंबर इस देश के नंबर माने जाते हैं (दो अक्षरों वाला कोड, जैसे IN, BR या GB)। खाली: हर कंप्यूटर के लोकेल का देश।</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> प्रति सेकंड</translation>
    </message>
    <message>
        <source>The most messages one sender number sends a second. The provider&apos;s own limit for the number applies when it is lower.</source>
        <translation>एक सेंडर नंबर एक सेकंड में ज़्यादा से ज़्यादा कितने मैसेज भेजे। अगर नंबर के लिए प्रोवाइडर की अपनी सीमा इससे कम हो, तो वही लागू होती है।</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <source>Skip contacts who received a marketing broadcast within this many hours.</source>
        <translation>उन संपर्कों को छोड़ दें जिन्हें इतने घंटों के अंदर कोई मार्केटिंग ब्रॉडकास्ट मिला हो।</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>कोई कैप नहीं</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>A scheduled broadcast whose time passed by more than this while no Megaphone was running waits for you to confirm it instead of sending late.</source>
        <translation>अगर कोई Megaphone नहीं चल रहा था और शेड्यूल किए गए ब्रॉडकास्ट का समय इससे ज़्यादा निकल गया, तो वह देर से भेजने के बजाय आपकी पुष्टि का इंतज़ार करता है।</translation>
    </message>
    <message>
        <source> recipients in a row</source>
        <translation> प्राप्तकर्ता लगातार</translation>
    </message>
    <message>
        <source>Pause a broadcast when the same error, or no clear answer, repeats for this many recipients in a row: a setup error often looks like a recipient error.</source>
        <translation>जब एक ही त्रुटि, या कोई साफ़ जवाब न मिलना, लगातार इतने प्राप्तकर्ताओं के लिए दोहराया जाए, तो ब्रॉडकास्ट रोक दें: सेटअप की गलती अक्सर प्राप्तकर्ता की त्रुटि जैसी दिखती है।</translation>
    </message>
    <message>
        <source>e.g. US=America/Chicago, BR=America/Manaus</source>
        <translation>जैसे US=America/Chicago, BR=America/Manaus</translation>
    </message>
    <message>
        <source>A sending window is kept in each recipient&apos;s local time. For countries with several time zones, the zone to use for contacts without one of their own (otherwise the zone where most people live).</source>
        <translation>सेंडिंग विंडो हर प्राप्तकर्ता के स्थानीय समय के अनुसार रखी जाती है। कई समय क्षेत्रों वाले देशों के लिए: वह ज़ोन जो उन संपर्कों पर लागू होगा जिनका अपना कोई ज़ोन नहीं है (नहीं तो वह ज़ोन जहाँ सबसे ज़्यादा लोग रहते हैं)।</translation>
    </message>
    <message>
        <source>e.g. USD: BR=0.0625, IN=0.0107</source>
        <translation>जैसे USD: BR=0.0625, IN=0.0107</translation>
    </message>
    <message>
        <source>What your provider charges for one marketing message, by recipient country: the Broadcast Builder estimates a broadcast&apos;s cost from it.</source>
        <translation>प्राप्तकर्ता के देश के अनुसार, आपका प्रोवाइडर एक मार्केटिंग मैसेज के लिए कितना लेता है: ब्रॉडकास्ट बिल्डर इसी से ब्रॉडकास्ट की लागत का अनुमान लगाता है।</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Shared by everyone who uses this database, including workers that send on servers.</source>
        <translation>इस डेटाबेस का उपयोग करने वाले सभी लोगों के लिए साझा, जिनमें सर्वर पर भेजने वाले वर्कर भी शामिल हैं।</translation>
    </message>
    <message>
        <source>Default country:</source>
        <translation>डिफ़ॉल्ट देश:</translation>
    </message>
    <message>
        <source>Sending speed:</source>
        <translation>भेजने की गति:</translation>
    </message>
    <message>
        <source>Frequency cap:</source>
        <translation>फ़्रीक्वेंसी कैप:</translation>
    </message>
    <message>
        <source>Missed schedule after:</source>
        <translation>इतनी देर बाद शेड्यूल छूटा माना जाए:</translation>
    </message>
    <message>
        <source>Pause after an error repeats for:</source>
        <translation>इतनी बार त्रुटि दोहराने पर रोकें:</translation>
    </message>
    <message>
        <source>Time zones by country:</source>
        <translation>देश के अनुसार समय क्षेत्र:</translation>
    </message>
    <message>
        <source>Price of a marketing message:</source>
        <translation>एक मार्केटिंग मैसेज की कीमत:</translation>
    </message>
    <message>
        <source>Cannot read the team settings: %1</source>
        <translation>टीम सेटिंग पढ़ी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>megaphone::TemplateFilterBar</name>
    <message>
        <source>Search name and text</source>
        <translation>नाम और टेक्स्ट में खोजें</translation>
    </message>
    <message>
        <source>Sender account; Sync syncs the one chosen here</source>
        <translation>सेंडर खाता; सिंक यहाँ चुने गए खाते को सिंक करता है</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>सभी खाते</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>कोई भी कैटेगरी</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>कोई भी भाषा</translation>
    </message>
</context>
<context>
    <name>megaphone::TemplatePicker</name>
    <message>
        <source>Only approved templates can be sent; this one is: %1.</source>
        <translation>सिर्फ़ स्वीकृत टेम्पलेट भेजे जा सकते हैं; इसकी स्थिति है: %1।</translation>
    </message>
    <message>
        <source>Search templates by name or text</source>
        <translation>नाम या टेक्स्ट से टेम्पलेट खोजें</translation>
    </message>
    <message>
        <source>Reading templates...</source>
        <translation>टेम्पलेट पढ़े जा रहे हैं...</translation>
    </message>
    <message>
        <source>Choose the number to send from in the first step.</source>
        <translation>पहले चरण में वह नंबर चुनें जिससे भेजना है।</translation>
    </message>
    <message>
        <source>No template matches &quot;%1&quot;.</source>
        <translation>कोई टेम्पलेट &quot;%1&quot; से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>This number has no templates yet. Sync them on the Templates page or create one in your provider&apos;s console.</source>
        <translation>इस नंबर के लिए अभी कोई टेम्पलेट नहीं है। उन्हें टेम्पलेट पेज पर सिंक करें या अपने प्रोवाइडर के कंसोल में एक टेम्पलेट बनाएँ।</translation>
    </message>
</context>
<context>
    <name>megaphone::TemplatePreview</name>
    <message>
        <source>header text</source>
        <translation>हेडर टेक्स्ट</translation>
    </message>
    <message>
        <source>header media link</source>
        <translation>हेडर मीडिया लिंक</translation>
    </message>
    <message>
        <source>location</source>
        <translation>लोकेशन</translation>
    </message>
    <message>
        <source>body text</source>
        <translation>बॉडी टेक्स्ट</translation>
    </message>
    <message>
        <source>end of the button&apos;s link</source>
        <translation>बटन के लिंक का आखिरी हिस्सा</translation>
    </message>
    <message>
        <source>quick-reply payload (optional)</source>
        <translation>क्विक-रिप्लाई पेलोड (वैकल्पिक)</translation>
    </message>
    <message>
        <source>coupon code</source>
        <translation>कूपन कोड</translation>
    </message>
    <message>
        <source>Select a template to see it here.</source>
        <translation>यहाँ देखने के लिए कोई टेम्पलेट चुनें।</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>कैटेगरी</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Sender account</source>
        <translation>सेंडर खाता</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>वैरिएबल</translation>
    </message>
    <message>
        <source>named, like {{first_name}}</source>
        <translation>नाम वाले, जैसे {{first_name}}</translation>
    </message>
    <message>
        <source>numbered, like {{1}}</source>
        <translation>नंबर वाले, जैसे {{1}}</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>पैरामीटर</translation>
    </message>
    <message>
        <source>None: every recipient gets the same message.</source>
        <translation>कोई नहीं: हर प्राप्तकर्ता को एक जैसा मैसेज मिलेगा।</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>पैरामीटर</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>उदाहरण</translation>
    </message>
</context>
<context>
    <name>megaphone::TemplateSyncJob</name>
    <message>
        <source>The account&apos;s provider is not available.</source>
        <translation>खाते का प्रोवाइडर उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>The template sync was cancelled.</source>
        <translation>टेम्पलेट सिंक रद्द कर दिया गया।</translation>
    </message>
</context>
<context>
    <name>megaphone::TemplateSyncRunner</name>
    <message>
        <source>No account to sync: relay accounts have no templates to list, add a Meta, 360dialog, Twilio or sandbox account in Settings.</source>
        <translation>सिंक करने के लिए कोई खाता नहीं: रिले खातों में सूची बनाने के लिए कोई टेम्पलेट नहीं होते, सेटिंग में Meta, 360dialog, Twilio या सैंडबॉक्स खाता जोड़ें।</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>सिंक रद्द किया गया।</translation>
    </message>
    <message>
        <source>Asking for the templates…</source>
        <translation>टेम्पलेट माँगे जा रहे हैं…</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n template(s)…</source>
        <translation>
            <numerusform>%n टेम्पलेट सहेजा जा रहा है…</numerusform>
            <numerusform>%n टेम्पलेट सहेजे जा रहे हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s), </source>
        <translation>
            <numerusform>%n पेज पढ़ा, </numerusform>
            <numerusform>%n पेज पढ़े, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)…</source>
        <translation>
            <numerusform>%n टेम्पलेट…</numerusform>
            <numerusform>%n टेम्पलेट…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::TemplatesPage</name>
    <message>
        <source>New template</source>
        <translation>नया टेम्पलेट</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>संपादित करें</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>सिंक करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <source>Write a free-text template for a relay account</source>
        <translation>रिले खाते के लिए फ़्री-टेक्स्ट टेम्पलेट लिखें</translation>
    </message>
    <message>
        <source>Read the templates of the account chosen in the filter, or of every account</source>
        <translation>फ़िल्टर में चुने गए खाते के, या सभी खातों के टेम्पलेट पढ़ें</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n टेम्पलेट</numerusform>
            <numerusform>%n टेम्पलेट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n template(s)</source>
        <translation>
            <numerusform>%n में से %1 टेम्पलेट</numerusform>
            <numerusform>%n में से %1 टेम्पलेट</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the templates</source>
        <translation>टेम्पलेट पढ़े नहीं जा सकते</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>अभी कोई टेम्पलेट नहीं है</translation>
    </message>
    <message>
        <source>Broadcasts send message templates that WhatsApp has approved. Add a sender account in Settings and press Sync to read its templates, or add a sandbox account to try the app with a realistic set. Relay accounts write their own: New template.</source>
        <translation>ब्रॉडकास्ट वही मैसेज टेम्पलेट भेजते हैं जिन्हें WhatsApp ने स्वीकृत किया है। सेटिंग में सेंडर खाता जोड़ें और उसके टेम्पलेट पढ़ने के लिए “सिंक करें” दबाएँ, या असली जैसे टेम्पलेट के साथ ऐप आज़माने के लिए सैंडबॉक्स खाता जोड़ें। रिले खाते अपने टेम्पलेट खुद लिखते हैं: नया टेम्पलेट।</translation>
    </message>
    <message>
        <source>No template matches</source>
        <translation>कोई टेम्पलेट मेल नहीं खाता</translation>
    </message>
    <message>
        <source>Change the filters or the search.</source>
        <translation>फ़िल्टर या खोज बदलें।</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>टेम्पलेट सहेजा नहीं जा सकता</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>टेम्पलेट मिटाएँ</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot; (%2) of %3? Broadcasts that used it keep their messages.</source>
        <translation>%3 का टेम्पलेट &quot;%1&quot; (%2) मिटाएँ? जिन ब्रॉडकास्ट में इसका उपयोग हुआ, उनके मैसेज बने रहेंगे।</translation>
    </message>
    <message>
        <source>Cannot delete the template</source>
        <translation>टेम्पलेट मिटाया नहीं जा सकता</translation>
    </message>
</context>
<context>
    <name>megaphone::ThroughputChart</name>
    <message>
        <source>now</source>
        <translation>अभी</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n सेकंड पहले</numerusform>
            <numerusform>%n सेकंड पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n मिनट पहले</numerusform>
            <numerusform>%n मिनट पहले</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent in the last 5 minutes</source>
        <translation>पिछले 5 मिनट में कुछ नहीं भेजा गया</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>कुछ नहीं भेजा गया</translation>
    </message>
    <message>
        <source>Messages sent per second</source>
        <translation>प्रति सेकंड भेजे गए मैसेज</translation>
    </message>
    <message>
        <source>Cap: %1 per second</source>
        <translation>सीमा: %1 प्रति सेकंड</translation>
    </message>
</context>
<context>
    <name>megaphone::TwilioProvider</name>
    <message>
        <source>Twilio could not be reached: %1</source>
        <translation>Twilio तक पहुँचा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (कोड %2)</translation>
    </message>
    <message>
        <source>Twilio said: %1</source>
        <translation>Twilio का जवाब: %1</translation>
    </message>
    <message>
        <source>Enter the Twilio account SID and auth token in Settings.</source>
        <translation>सेटिंग में Twilio का Account SID और ऑथ टोकन डालें।</translation>
    </message>
    <message>
        <source>The Twilio account is %1, not active.</source>
        <translation>Twilio खाते की स्थिति %1 है, सक्रिय नहीं।</translation>
    </message>
    <message>
        <source>Connected to the Twilio account &quot;%1&quot;.</source>
        <translation>Twilio खाते &quot;%1&quot; से कनेक्ट हो गया।</translation>
    </message>
    <message>
        <source>Twilio&apos;s template list did not end as expected (page %1).</source>
        <translation>Twilio की टेम्पलेट सूची उम्मीद के मुताबिक खत्म नहीं हुई (पेज %1)।</translation>
    </message>
</context>
<context>
    <name>megaphone::TwilioStatusPoller</name>
    <message>
        <source>find messages to ask Twilio about</source>
        <translation>Twilio से पूछने के लिए मैसेज खोजने</translation>
    </message>
</context>
<context>
    <name>megaphone::WebhookReceiver</name>
    <message>
        <source>No such webhook endpoint.</source>
        <translation>ऐसा कोई वेबहुक एंडपॉइंट नहीं है।</translation>
    </message>
    <message>
        <source>Webhooks are POSTed.</source>
        <translation>वेबहुक POST से भेजे जाते हैं।</translation>
    </message>
    <message>
        <source>A webhook arrived for account %1, which is not a %2 account here.</source>
        <translation>खाते %1 के लिए वेबहुक आया, जो यहाँ %2 खाता नहीं है।</translation>
    </message>
    <message>
        <source>Meta&apos;s webhook verification for account %1 was refused: the verify token does not match the one saved for the account.</source>
        <translation>खाते %1 के लिए Meta का वेबहुक वेरिफ़िकेशन अस्वीकार किया गया: वेरिफ़ाई टोकन खाते के लिए सहेजे गए टोकन से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>A webhook for account %1 was refused: its signature is missing or does not match the account&apos;s secret. Nothing was changed.</source>
        <translation>खाते %1 का एक वेबहुक अस्वीकार किया गया: उसका सिग्नेचर मौजूद नहीं है या खाते के सीक्रेट से मेल नहीं खाता। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>A sandbox webhook was refused: its signature does not match this process&apos;s sandbox. Nothing was changed.</source>
        <translation>सैंडबॉक्स का एक वेबहुक अस्वीकार किया गया: उसका सिग्नेचर इस प्रोसेस के सैंडबॉक्स से मेल नहीं खाता। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Not stored yet; send it again.</source>
        <translation>अभी सहेजा नहीं गया; इसे फिर से भेजें।</translation>
    </message>
</context>
<context>
    <name>megaphone::WebhookService</name>
    <message>
        <source>&quot;%1&quot; is not an address and a port, such as 127.0.0.1:8090.</source>
        <translation>&quot;%1&quot; एड्रेस और पोर्ट नहीं है, जैसे 127.0.0.1:8090।</translation>
    </message>
</context>
<context>
    <name>megaphone::WebhooksSection</name>
    <message>
        <source>Webhooks: delivery, read receipts, replies and opt-outs</source>
        <translation>वेबहुक: डिलीवरी, रीड रसीदें, जवाब और ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>Receive webhooks on this computer</source>
        <translation>इस कंप्यूटर पर वेबहुक प्राप्त करें</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>The address and port the receiver listens on. Keep 127.0.0.1 and put a reverse proxy or a tunnel with HTTPS in front of it.</source>
        <translation>वह एड्रेस और पोर्ट जिस पर रिसीवर सुनता है। 127.0.0.1 रखें और इसके आगे HTTPS वाला रिवर्स प्रॉक्सी या टनल लगाएँ।</translation>
    </message>
    <message>
        <source>Providers report each message&apos;s delivery, reads, failures, replies and opt-outs by webhook. They need a public HTTPS address: run a reverse proxy (Caddy, nginx) or a tunnel (cloudflared, ngrok) that forwards to the address above, or run &lt;code&gt;megaphone-cli webhooks serve&lt;/code&gt; on a server that shares the database.&lt;br&gt;&lt;b&gt;Meta:&lt;/b&gt; in your app&apos;s WhatsApp configuration, Callback URL &lt;code&gt;https://YOUR-DOMAIN/webhooks/meta/ACCOUNT-ID&lt;/code&gt;, Verify token: the account&apos;s verify token; subscribe to &lt;i&gt;messages&lt;/i&gt; and &lt;i&gt;user_preferences&lt;/i&gt;. The account&apos;s app secret checks every webhook&apos;s signature.&lt;br&gt;&lt;b&gt;Twilio:&lt;/b&gt; set the account&apos;s public callback address to &lt;code&gt;https://YOUR-DOMAIN&lt;/code&gt;; each message then asks for its status callback. Without one, Megaphone asks Twilio for the statuses every minute.&lt;br&gt;&lt;b&gt;360dialog:&lt;/b&gt; set the webhook URL to &lt;code&gt;https://YOUR-DOMAIN/webhooks/360dialog/ACCOUNT-ID/WEBHOOK-TOKEN&lt;/code&gt;.&lt;br&gt;The sandbox&apos;s webhooks reach the app without any of this. Without webhooks, figures show messages as accepted, not delivered.</source>
        <translation>प्रोवाइडर हर मैसेज की डिलीवरी, पढ़े जाने, विफलताओं, जवाबों और ऑप्ट-आउट की जानकारी वेबहुक से देते हैं। इसके लिए उन्हें एक पब्लिक HTTPS एड्रेस चाहिए: ऊपर दिए एड्रेस पर फ़ॉरवर्ड करने वाला रिवर्स प्रॉक्सी (Caddy, nginx) या टनल (cloudflared, ngrok) चलाएँ, या डेटाबेस साझा करने वाले किसी सर्वर पर &lt;code&gt;megaphone-cli webhooks serve&lt;/code&gt; चलाएँ।&lt;br&gt;&lt;b&gt;Meta:&lt;/b&gt; अपने ऐप के WhatsApp कॉन्फ़िगरेशन में, Callback URL &lt;code&gt;https://YOUR-DOMAIN/webhooks/meta/ACCOUNT-ID&lt;/code&gt;, Verify token: खाते का वेरिफ़ाई टोकन; &lt;i&gt;messages&lt;/i&gt; और &lt;i&gt;user_preferences&lt;/i&gt; को सब्सक्राइब करें। खाते का ऐप सीक्रेट हर वेबहुक का सिग्नेचर जाँचता है।&lt;br&gt;&lt;b&gt;Twilio:&lt;/b&gt; खाते का पब्लिक कॉलबैक एड्रेस &lt;code&gt;https://YOUR-DOMAIN&lt;/code&gt; पर सेट करें; फिर हर मैसेज अपने स्टेटस कॉलबैक का अनुरोध करता है। इसके बिना, Megaphone हर मिनट Twilio से स्टेटस पूछता है।&lt;br&gt;&lt;b&gt;360dialog:&lt;/b&gt; वेबहुक URL को &lt;code&gt;https://YOUR-DOMAIN/webhooks/360dialog/ACCOUNT-ID/WEBHOOK-TOKEN&lt;/code&gt; पर सेट करें।&lt;br&gt;सैंडबॉक्स के वेबहुक इनमें से कुछ भी किए बिना ऐप तक पहुँच जाते हैं। वेबहुक के बिना, आँकड़े मैसेज को सिर्फ़ स्वीकार किए गए के रूप में दिखाते हैं, डिलीवर हुए के रूप में नहीं।</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>इस पर सुनें:</translation>
    </message>
    <message>
        <source>The receiver runs only in the app&apos;s main window.</source>
        <translation>रिसीवर सिर्फ़ ऐप की मुख्य विंडो में चलता है।</translation>
    </message>
    <message>
        <source>Not receiving: %1</source>
        <translation>प्राप्त नहीं हो रहे: %1</translation>
    </message>
    <message>
        <source>Receiving webhooks at %1.</source>
        <translation>%1 पर वेबहुक प्राप्त किए जा रहे हैं।</translation>
    </message>
    <message>
        <source>Off: no webhooks are received on this computer.</source>
        <translation>बंद: इस कंप्यूटर पर कोई वेबहुक प्राप्त नहीं किया जाता।</translation>
    </message>
</context>
</TS>
