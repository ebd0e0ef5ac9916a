<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AccountLock</name>
    <message>
        <source>Another Megaphone (an app or a worker) is already sending from account %1; one sender per account keeps within its limits.</source>
        <translation>Otra instancia de Megaphone (una aplicación o un worker) ya está enviando desde la cuenta %1; un solo remitente por cuenta permite respetar sus límites.</translation>
    </message>
    <message>
        <source>The lock file beside the database could not be created; check that its folder is writable.</source>
        <translation>No se pudo crear el archivo de bloqueo junto a la base de datos; comprobar que se puede escribir en su carpeta.</translation>
    </message>
    <message>
        <source>lock the sender account</source>
        <translation>bloquear la cuenta de envío</translation>
    </message>
    <message>
        <source>unlock the sender account</source>
        <translation>desbloquear la cuenta de envío</translation>
    </message>
</context>
<context>
    <name>AccountSecrets</name>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Secreto de la app</translation>
    </message>
    <message>
        <source>Webhook verify token</source>
        <translation>Token de verificación del webhook</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Webhook token</source>
        <translation>Token del webhook</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Token de autenticación</translation>
    </message>
    <message>
        <source>Relay secret</source>
        <translation>Secreto de retransmisión</translation>
    </message>
    <message>
        <source>Enter it in Settings, or on a server set %1 or the systemd credential account-%2-%3.</source>
        <translation>Hay que introducirlo en Configuración o, en un servidor, definir %1 o la credencial de systemd account-%2-%3.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; of the account &quot;%2&quot; could not be read: %3 %4</source>
        <translation>No se pudo leer el secreto &quot;%1&quot; de la cuenta &quot;%2&quot;: %3 %4</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no secret &quot;%2&quot;. %3</source>
        <translation>La cuenta &quot;%1&quot; no tiene el secreto &quot;%2&quot;. %3</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; could not be stored: %2</source>
        <translation>No se pudo guardar el secreto &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; of the account &quot;%2&quot; could not be removed: %3</source>
        <translation>No se pudo eliminar el secreto &quot;%1&quot; de la cuenta &quot;%2&quot;: %3</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>A sender account needs a label.</source>
        <translation>Una cuenta de envío necesita un nombre.</translation>
    </message>
    <message>
        <source>add the account %1</source>
        <translation>añadir la cuenta %1</translation>
    </message>
    <message>
        <source>save the account %1</source>
        <translation>guardar la cuenta %1</translation>
    </message>
    <message>
        <source>The account %1 no longer exists.</source>
        <translation>La cuenta %1 ya no existe.</translation>
    </message>
    <message>
        <source>remove the account (it may still be used by a broadcast)</source>
        <translation>eliminar la cuenta (puede que aún la use una difusión)</translation>
    </message>
    <message>
        <source>read accounts</source>
        <translation>leer las cuentas</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>Standard input line &quot;%1...&quot; is not name=value with a name among: %2.</source>
        <translation>La línea de la entrada estándar &quot;%1...&quot; no tiene el formato nombre=valor con un nombre entre: %2.</translation>
    </message>
    <message>
        <source>Usage: megaphone-cli accounts add --provider meta|360dialog|twilio|relay|sandbox --label L
             [--base-url URL] [--api-version vNN.0] [--phone-number-id ID] [--waba-id ID]
             [--portfolio NAME] [--account-sid SID] [--from NUMBER]
             [--messaging-service-sid SID] [--callback-base-url URL] [--max-mps N]
             (secrets on standard input: name=value lines, or one bare line)
       megaphone-cli accounts list
       megaphone-cli accounts test ID</source>
        <translation>Uso: megaphone-cli accounts add --provider meta|360dialog|twilio|relay|sandbox --label L
           [--base-url URL] [--api-version vNN.0] [--phone-number-id ID] [--waba-id ID]
           [--portfolio NOMBRE] [--account-sid SID] [--from NÚMERO]
           [--messaging-service-sid SID] [--callback-base-url URL] [--max-mps N]
           (secretos por la entrada estándar: líneas nombre=valor, o una sola línea sin nombre)
     megaphone-cli accounts list
     megaphone-cli accounts test ID</translation>
    </message>
    <message>
        <source>accounts add needs --provider (meta, 360dialog, twilio, relay or sandbox) and --label.</source>
        <translation>accounts add necesita --provider (meta, 360dialog, twilio, relay o sandbox) y --label.</translation>
    </message>
    <message>
        <source>A Meta account needs --phone-number-id and --waba-id (WhatsApp Manager shows both).</source>
        <translation>Una cuenta de Meta necesita --phone-number-id y --waba-id (WhatsApp Manager muestra ambos).</translation>
    </message>
    <message>
        <source>A Twilio account needs --account-sid.</source>
        <translation>Una cuenta de Twilio necesita --account-sid.</translation>
    </message>
    <message>
        <source>A relay account needs --base-url.</source>
        <translation>Una cuenta de retransmisión necesita --base-url.</translation>
    </message>
    <message>
        <source>Added account %1 (%2, %3).</source>
        <translation>Se añadió la cuenta %1 (%2, %3).</translation>
    </message>
    <message>
        <source>No accounts yet: add one with megaphone-cli accounts add.</source>
        <translation>Aún no hay cuentas: se puede añadir una con megaphone-cli accounts add.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
</context>
<context>
    <name>AnswerClassifier</name>
    <message>
        <source>WhatsApp refused the message with error %1.</source>
        <translation>WhatsApp rechazó el mensaje con el error %1.</translation>
    </message>
    <message>
        <source>Twilio refused the message with error %1.</source>
        <translation>Twilio rechazó el mensaje con el error %1.</translation>
    </message>
    <message>
        <source>The provider could not be reached (connection refused, name lookup or secure connection failed); the message was not sent and will be tried again.</source>
        <translation>No se pudo contactar con el proveedor (conexión rechazada o error en la resolución de nombres o en la conexión segura); el mensaje no se envió y se volverá a intentar.</translation>
    </message>
    <message>
        <source>The provider did not answer in time; the message may or may not have been accepted.</source>
        <translation>El proveedor no respondió a tiempo; puede que haya aceptado el mensaje o puede que no.</translation>
    </message>
    <message>
        <source>The connection broke after the message was sent; it may or may not have been accepted.</source>
        <translation>La conexión se cortó después de enviar el mensaje; puede que se haya aceptado o puede que no.</translation>
    </message>
    <message>
        <source>Sending was stopped while the message was on its way; it may or may not have been accepted.</source>
        <translation>El envío se detuvo mientras el mensaje estaba en camino; puede que se haya aceptado o puede que no.</translation>
    </message>
    <message>
        <source>The provider is receiving too many requests; sending slows down and tries again later.</source>
        <translation>El proveedor está recibiendo demasiadas solicitudes; el envío se ralentiza y se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The provider refused the account&apos;s credentials or permissions. Check the account settings.</source>
        <translation>El proveedor rechazó las credenciales o los permisos de la cuenta. Revisar la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The provider had a server error (HTTP %1); the message may or may not have been accepted.</source>
        <translation>El proveedor tuvo un error de servidor (HTTP %1); puede que haya aceptado el mensaje o puede que no.</translation>
    </message>
    <message>
        <source>The provider refused this message (HTTP %1).</source>
        <translation>El proveedor rechazó este mensaje (HTTP %1).</translation>
    </message>
    <message>
        <source>The provider answered without a message id; the message may or may not have been accepted.</source>
        <translation>El proveedor respondió sin un id de mensaje; puede que haya aceptado el mensaje o puede que no.</translation>
    </message>
    <message>
        <source>The provider gave an unexpected answer (HTTP %1); the message may or may not have been accepted.</source>
        <translation>El proveedor dio una respuesta inesperada (HTTP %1); puede que haya aceptado el mensaje o puede que no.</translation>
    </message>
    <message>
        <source>Accepted; WhatsApp holds the message while it checks the template&apos;s quality, and may deliver it later.</source>
        <translation>Aceptado; WhatsApp retiene el mensaje mientras comprueba la calidad de la plantilla y puede entregarlo más tarde.</translation>
    </message>
    <message>
        <source>Accepted; WhatsApp paused delivery of this template for now, and may deliver it later.</source>
        <translation>Aceptado; WhatsApp pausó por ahora la entrega de esta plantilla, y puede que entregue el mensaje más tarde.</translation>
    </message>
    <message>
        <source>The relay refused this message for this recipient.</source>
        <translation>El servidor de retransmisión rechazó este mensaje para este destinatario.</translation>
    </message>
    <message>
        <source>The relay refused the shared secret. Check the account&apos;s relay secret.</source>
        <translation>El servidor de retransmisión rechazó el secreto compartido. Revisar el secreto de retransmisión de la cuenta.</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>attribute &quot;%1&quot;</source>
        <translation>atributo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nombre visible</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>cumpleaños</translation>
    </message>
    <message>
        <source>every contact</source>
        <translation>todos los contactos</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>con la etiqueta %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>not tagged %1</source>
        <translation>sin la etiqueta %1</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;</source>
        <translation>%1 es &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not &quot;%2&quot;</source>
        <translation>%1 no es &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;</source>
        <translation>%1 contiene &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>sin %1</translation>
    </message>
    <message>
        <source>with a %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>find the audience&apos;s tags</source>
        <translation>buscar las etiquetas de la audiencia</translation>
    </message>
</context>
<context>
    <name>AudiencePreview</name>
    <message>
        <source>count the audience</source>
        <translation>contar la audiencia</translation>
    </message>
    <message>
        <source>pick sample contacts</source>
        <translation>elegir contactos de muestra</translation>
    </message>
    <message>
        <source>prepare the audience count</source>
        <translation>preparar el recuento de la audiencia</translation>
    </message>
    <message>
        <source>The database returned no count for the audience.</source>
        <translation>La base de datos no devolvió ningún recuento para la audiencia.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>write the audit log</source>
        <translation>escribir el registro de auditoría</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>BroadcastControl</name>
    <message>
        <source>There is no broadcast %1.</source>
        <translation>No existe la difusión %1.</translation>
    </message>
    <message>
        <source>Broadcast %1 is %2; only a draft can be sent.</source>
        <translation>La difusión %1 tiene el estado %2; solo se puede enviar un borrador.</translation>
    </message>
    <message>
        <source>Broadcast %1 changed meanwhile.</source>
        <translation>La difusión %1 cambió mientras tanto.</translation>
    </message>
    <message>
        <source>Broadcast %1 is %2; only a broadcast whose schedule was missed waits for confirmation.</source>
        <translation>La difusión %1 tiene el estado %2; solo espera confirmación una difusión cuya hora programada se ha pasado.</translation>
    </message>
    <message numerus="yes">
        <source>The scheduled time was missed by more than %n minute(s); confirm to send it now.</source>
        <translation>
            <numerusform>La hora programada se pasó por más de %n minuto; hay que confirmar para enviarla ahora.</numerusform>
            <numerusform>La hora programada se pasó por más de %n minutos; hay que confirmar para enviarla ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast %1 is %2; only a running broadcast can be paused.</source>
        <translation>La difusión %1 tiene el estado %2; solo se puede pausar una difusión en curso.</translation>
    </message>
    <message>
        <source>Broadcast %1 is %2; only a paused broadcast can be resumed.</source>
        <translation>La difusión %1 tiene el estado %2; solo se puede reanudar una difusión en pausa.</translation>
    </message>
    <message>
        <source>Broadcast %1 is already %2.</source>
        <translation>La difusión %1 ya tiene el estado %2.</translation>
    </message>
    <message>
        <source>Broadcast %1 is %2; nothing of it can be sent again.</source>
        <translation>La difusión %1 tiene el estado %2; no se puede volver a enviar nada de ella.</translation>
    </message>
</context>
<context>
    <name>BroadcastCopy</name>
    <message>
        <source>%1 (copy)</source>
        <comment>the name of a duplicated broadcast</comment>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>There is no broadcast %1.</source>
        <translation>No existe la difusión %1.</translation>
    </message>
</context>
<context>
    <name>BroadcastList</name>
    <message>
        <source>read broadcasts</source>
        <translation>leer las difusiones</translation>
    </message>
    <message>
        <source>count recipients</source>
        <translation>contar los destinatarios</translation>
    </message>
</context>
<context>
    <name>BroadcastStats</name>
    <message>
        <source>read the broadcast</source>
        <translation>leer la difusión</translation>
    </message>
    <message>
        <source>The broadcast no longer exists.</source>
        <translation>La difusión ya no existe.</translation>
    </message>
    <message>
        <source>count the broadcast&apos;s recipients</source>
        <translation>contar los destinatarios de la difusión</translation>
    </message>
    <message>
        <source>count the messages sent per second</source>
        <translation>contar los mensajes enviados por segundo</translation>
    </message>
    <message>
        <source>group the broadcast&apos;s failures</source>
        <translation>agrupar los fallos de la difusión</translation>
    </message>
    <message>
        <source>No answer came back in time: the message may or may not have gone out. It is not sent again by itself.</source>
        <translation>No llegó respuesta a tiempo: puede que el mensaje haya salido o puede que no. No se vuelve a enviar automáticamente.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>No se indicó ningún motivo.</translation>
    </message>
    <message>
        <source>check for delivery reports</source>
        <translation>buscar informes de entrega</translation>
    </message>
</context>
<context>
    <name>BroadcastStore</name>
    <message>
        <source>A broadcast needs a name.</source>
        <translation>Una difusión necesita un nombre.</translation>
    </message>
    <message>
        <source>save the broadcast %1</source>
        <translation>guardar la difusión %1</translation>
    </message>
    <message>
        <source>The broadcast &quot;%1&quot; has started and can no longer be edited; duplicate it instead.</source>
        <translation>La difusión &quot;%1&quot; ya se ha iniciado y no se puede editar; en su lugar, se puede duplicar.</translation>
    </message>
    <message>
        <source>change the broadcast&apos;s status</source>
        <translation>cambiar el estado de la difusión</translation>
    </message>
    <message>
        <source>The broadcast %1 no longer exists.</source>
        <translation>La difusión %1 ya no existe.</translation>
    </message>
    <message>
        <source>set when the broadcast resumes</source>
        <translation>fijar cuándo se reanuda la difusión</translation>
    </message>
    <message>
        <source>delete the broadcast</source>
        <translation>eliminar la difusión</translation>
    </message>
    <message>
        <source>read broadcasts</source>
        <translation>leer las difusiones</translation>
    </message>
</context>
<context>
    <name>BroadcastWatcher</name>
    <message>
        <source>announce a broadcast&apos;s progress</source>
        <translation>anunciar el progreso de una difusión</translation>
    </message>
</context>
<context>
    <name>BroadcastsCommand</name>
    <message>
        <source>--map takes PARAM=FIELD, as in 1=first_name|there.</source>
        <translation>--map admite PARAM=CAMPO, como en 1=first_name|there.</translation>
    </message>
    <message>
        <source>There is no broadcast %1.</source>
        <translation>No existe la difusión %1.</translation>
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
        <translation>Uso: megaphone-cli broadcasts create --name N --account A --template NOMBRE [--language L]
           [--tag T]... [--exclude-tag T]... [--map PARAM=CAMPO[|ALTERNATIVO]]...
           [--map PARAM=static:TEXTO]... [--at ISO8601] [--window HH:MM-HH:MM]
           [--max-mps N]
     megaphone-cli broadcasts send ID [--wait] | confirm ID [--wait]
     megaphone-cli broadcasts pause ID | resume ID | cancel ID
     megaphone-cli broadcasts retry-failed ID | retry-unknown ID
     megaphone-cli broadcasts status ID | list
     megaphone-cli broadcasts export ID [SALIDA.csv | --output SALIDA.csv]  (predeterminado: stdout)</translation>
    </message>
    <message>
        <source>broadcasts create needs --name, --account and --template.</source>
        <translation>broadcasts create necesita --name, --account y --template.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message>
        <source>Account %1 has no template &quot;%2&quot;%3; run megaphone-cli templates sync %1.</source>
        <translation>La cuenta %1 no tiene la plantilla &quot;%2&quot;%3; ejecutar megaphone-cli templates sync %1.</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source>--at takes an ISO 8601 time such as 2026-12-01T09:00:00+01:00.</source>
        <translation>--at admite una hora ISO 8601, como 2026-12-01T09:00:00+01:00.</translation>
    </message>
    <message>
        <source>Created broadcast %1 (draft). Send it with megaphone-cli broadcasts send %1.</source>
        <translation>Se creó la difusión %1 (borrador). Para enviarla: megaphone-cli broadcasts send %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) queued; </source>
        <translation>
            <numerusform>%n destinatario en cola; </numerusform>
            <numerusform>%n destinatarios en cola; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (%1 without consent, %2 opted out, %3 by the frequency cap).</source>
        <translation>
            <numerusform>%n omitido (%1 sin consentimiento, %2 dados de baja, %3 por el límite de frecuencia).</numerusform>
            <numerusform>%n omitidos (%1 sin consentimiento, %2 dados de baja, %3 por el límite de frecuencia).</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused by the user.</source>
        <translation>Pausada por el usuario.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: some of these %n message(s) may already have arrived; they will be sent again.</source>
        <translation>
            <numerusform>Advertencia: puede que %n mensaje ya haya llegado; se volverá a enviar.</numerusform>
            <numerusform>Advertencia: puede que algunos de estos %n mensajes ya hayan llegado; se volverán a enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) queued again.</source>
        <translation>
            <numerusform>%n destinatario vuelve a estar en cola.</numerusform>
            <numerusform>%n destinatarios vuelven a estar en cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast %1 &quot;%2&quot;: %3</source>
        <translation>Difusión %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>no recipients yet</source>
        <translation>aún no hay destinatarios</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to %1.</source>
        <translation>
            <numerusform>%n destinatario escrito en %1.</numerusform>
            <numerusform>%n destinatarios escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No broadcasts yet.</source>
        <translation>Aún no hay difusiones.</translation>
    </message>
</context>
<context>
    <name>BubblePainter</name>
    <message>
        <source>See all options</source>
        <translation>Ver todas las opciones</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Copiar código de oferta</translation>
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
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Cannot write the export file (is the disk full?).</source>
        <translation>No se puede escribir el archivo de exportación (¿está lleno el disco?).</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Cannot write the file of rejected rows in %1.</source>
        <translation>No se puede escribir el archivo de filas rechazadas en %1.</translation>
    </message>
</context>
<context>
    <name>ContactRowBuilder</name>
    <message>
        <source>&quot;%1&quot; in column &quot;%2&quot;: %3</source>
        <translation>&quot;%1&quot; en la columna &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>No phone number in the columns mapped as phone.</source>
        <translation>No hay número de teléfono en las columnas asignadas como teléfono.</translation>
    </message>
    <message>
        <source>Import: column &quot;%1&quot;</source>
        <translation>Importación: columna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Import: stated by the user</source>
        <translation>Importación: declarado por el usuario</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>A contact with the number %1 already exists.</source>
        <translation>Ya existe un contacto con el número %1.</translation>
    </message>
    <message>
        <source>add the contact %1</source>
        <translation>añadir el contacto %1</translation>
    </message>
    <message>
        <source>save the contact %1</source>
        <translation>guardar el contacto %1</translation>
    </message>
    <message>
        <source>The contact %1 no longer exists.</source>
        <translation>El contacto %1 ya no existe.</translation>
    </message>
    <message>
        <source>look up a contact</source>
        <translation>buscar un contacto</translation>
    </message>
    <message>
        <source>read contacts</source>
        <translation>leer los contactos</translation>
    </message>
    <message>
        <source>count contacts</source>
        <translation>contar los contactos</translation>
    </message>
    <message>
        <source>list contacts</source>
        <translation>listar los contactos</translation>
    </message>
    <message>
        <source>list contact tags</source>
        <translation>listar las etiquetas de los contactos</translation>
    </message>
    <message>
        <source>delete the contacts&apos; tags</source>
        <translation>eliminar las etiquetas de los contactos</translation>
    </message>
    <message>
        <source>delete contacts</source>
        <translation>eliminar contactos</translation>
    </message>
    <message>
        <source>change consent</source>
        <translation>cambiar el consentimiento</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <source>create the tag %1</source>
        <translation>crear la etiqueta %1</translation>
    </message>
    <message>
        <source>find the tag %1</source>
        <translation>encontrar la etiqueta %1</translation>
    </message>
    <message>
        <source>clear the contact&apos;s tags</source>
        <translation>borrar las etiquetas del contacto</translation>
    </message>
    <message>
        <source>tag the contact</source>
        <translation>etiquetar el contacto</translation>
    </message>
    <message>
        <source>list the contact&apos;s tags</source>
        <translation>listar las etiquetas del contacto</translation>
    </message>
    <message>
        <source>tag contacts</source>
        <translation>etiquetar contactos</translation>
    </message>
    <message>
        <source>untag contacts</source>
        <translation>quitar etiquetas de contactos</translation>
    </message>
    <message>
        <source>list tags</source>
        <translation>listar las etiquetas</translation>
    </message>
    <message>
        <source>list custom attributes</source>
        <translation>listar los atributos personalizados</translation>
    </message>
</context>
<context>
    <name>ContactsCommand</name>
    <message>
        <source>Only contacts with this tag (repeatable).</source>
        <translation>Solo contactos con esta etiqueta (se puede repetir).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>Only contacts with this consent.</source>
        <translation>Solo contactos con este consentimiento.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>--consent must be opted-in, unknown or opted-out.</source>
        <translation>--consent debe ser opted-in, unknown u opted-out.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n argument(s).</source>
        <translation>
            <numerusform>Se esperaba %n argumento.</numerusform>
            <numerusform>Se esperaban %n argumentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: megaphone-cli contacts count [--tag T]... [--consent opted-in|unknown|opted-out]
       megaphone-cli contacts export OUT.csv [--tag T]... [--consent STATE]
       megaphone-cli contacts preview FILE [--rows N] [--encoding E] [--delimiter C]
       megaphone-cli contacts import FILE [--region CC] [--tag T]...
             [--consent opted-in|unknown] [--consent-source TEXT] [--encoding E]
             [--delimiter C] [--map COLUMN=FIELD]... [--dry-run] [--rejects OUT.csv]</source>
        <translation>Uso: megaphone-cli contacts count [--tag T]... [--consent opted-in|unknown|opted-out]
     megaphone-cli contacts export SALIDA.csv [--tag T]... [--consent ESTADO]
     megaphone-cli contacts preview ARCHIVO [--rows N] [--encoding E] [--delimiter C]
     megaphone-cli contacts import ARCHIVO [--region CC] [--tag T]...
           [--consent opted-in|unknown] [--consent-source TEXTO] [--encoding E]
           [--delimiter C] [--map COLUMNA=CAMPO]... [--dry-run] [--rejects SALIDA.csv]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n contacto a %1.</numerusform>
            <numerusform>Se exportaron %n contactos a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsImportCommand</name>
    <message>
        <source>UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (default: detected).</source>
        <translation>UTF-8, UTF-16LE, UTF-16BE o Windows-1252 (predeterminado: detectada).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The column separator: , ; | or tab (default: detected).</source>
        <translation>El separador de columnas: , ; | o tab (predeterminado: detectado).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>carácter</translation>
    </message>
    <message>
        <source>--delimiter must be one of , ; | tab.</source>
        <translation>--delimiter debe ser uno de estos: , ; | tab.</translation>
    </message>
    <message>
        <source>--map %1: use COLUMN=FIELD, where COLUMN is a column name of the file or its number, and FIELD is phone, first_name, last_name, display_name, email, tags, consent, birthday, country, language, time_zone, attr.NAME or ignore.</source>
        <translation>--map %1: usar COLUMNA=CAMPO, donde COLUMNA es el nombre o el número de una columna del archivo y CAMPO es phone, first_name, last_name, display_name, email, tags, consent, birthday, country, language, time_zone, attr.NOMBRE o ignore.</translation>
    </message>
    <message>
        <source>How many records to show (default 5).</source>
        <translation>Cuántos registros mostrar (predeterminado: 5).</translation>
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
        <translation>Codificación: %1
Delimitador: %2
Fila de encabezados: %3
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Columns:
</source>
        <translation>Columnas:
</translation>
    </message>
    <message>
        <source>Row %1: %2
</source>
        <translation>Fila %1: %2
</translation>
    </message>
    <message>
        <source>  problem: %1
</source>
        <translation>  problema: %1
</translation>
    </message>
    <message>
        <source>Mapping: %1
</source>
        <translation>Asignación: %1
</translation>
    </message>
    <message>
        <source>Country of numbers written without a country code (ISO code, e.g. IN).</source>
        <translation>País de los números escritos sin prefijo internacional (código ISO, p. ej., IN).</translation>
    </message>
    <message>
        <source>cc</source>
        <translation>cc</translation>
    </message>
    <message>
        <source>Add this tag to every imported contact (repeatable).</source>
        <translation>Añadir esta etiqueta a cada contacto importado (se puede repetir).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>opted-in: you state that every contact in the file agreed to WhatsApp marketing.</source>
        <translation>opted-in: se declara que todos los contactos del archivo aceptaron recibir marketing por WhatsApp.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Where that consent was given (e.g. &quot;checkout opt-in box&quot;).</source>
        <translation>Dónde se dio ese consentimiento (p. ej., &quot;casilla de suscripción al pagar&quot;).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Map a column: COLUMN=FIELD (repeatable).</source>
        <translation>Asignar una columna: COLUMNA=CAMPO (se puede repetir).</translation>
    </message>
    <message>
        <source>map</source>
        <translation>asignación</translation>
    </message>
    <message>
        <source>Read and check everything, change nothing.</source>
        <translation>Leer y comprobar todo sin cambiar nada.</translation>
    </message>
    <message>
        <source>Save the rejected rows, with row number and reason, to this CSV.</source>
        <translation>Guardar las filas rechazadas, con número de fila y motivo, en este CSV.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>--consent must be opted-in or unknown.</source>
        <translation>--consent debe ser opted-in o unknown.</translation>
    </message>
    <message>
        <source>Stated when importing %1 from the command line</source>
        <translation>Declarado al importar %1 desde la línea de comandos</translation>
    </message>
    <message>
        <source>--region %1 is not a country code libphonenumber knows (use e.g. IN, BR, GB).</source>
        <translation>--region %1 no es un código de país que libphonenumber conozca (usar, p. ej., IN, BR, GB).</translation>
    </message>
    <message>
        <source>Dry run, nothing changed.
</source>
        <translation>Simulación: no se cambió nada.
</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new, %3 updated, %4 repeated in the file, %5 rejected, %6 flagged.</source>
        <translation>Filas leídas: %1 (%2 nuevas, %3 actualizadas, %4 repetidas en el archivo, %5 rechazadas, %6 marcadas).</translation>
    </message>
    <message>
        <source>
  row %1: %2</source>
        <translation>
  fila %1: %2</translation>
    </message>
    <message>
        <source>
Use --rejects FILE to save the rejected rows.</source>
        <translation>
Con --rejects ARCHIVO se guardan las filas rechazadas.</translation>
    </message>
    <message>
        <source>
Rejected rows saved to %1.</source>
        <translation>
Filas rechazadas guardadas en %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>El archivo no está abierto para lectura.</translation>
    </message>
    <message>
        <source>Unsupported delimiter &quot;%1&quot; (use comma, semicolon, tab or |).</source>
        <translation>Delimitador no admitido &quot;%1&quot; (usar coma, punto y coma, tabulación o |).</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV: in the first row, %1.</source>
        <translation>El archivo no se puede leer como CSV: en la primera fila, %1.</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos y se encontraron %2</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>NUL character removed from field %1</source>
        <translation>carácter NUL eliminado del campo %1</translation>
    </message>
    <message>
        <source>field %1 longer than %2 characters, cut</source>
        <translation>campo %1 de más de %2 caracteres, recortado</translation>
    </message>
    <message>
        <source>fields %1 longer than %2 characters, cut</source>
        <translation>campos %1 de más de %2 caracteres, recortados</translation>
    </message>
    <message>
        <source>the quote opened in field %1 is never closed: the rest of the file was read into that field</source>
        <translation>la comilla abierta en el campo %1 no se cierra nunca: el resto del archivo se leyó dentro de ese campo</translation>
    </message>
    <message>
        <source>more than %1 fields: the rest were dropped</source>
        <translation>más de %1 campos: se descartó el resto</translation>
    </message>
    <message>
        <source>record longer than %1 characters: the rest was dropped</source>
        <translation>registro de más de %1 caracteres: se descartó el resto</translation>
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
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 h</source>
        <translation>%1 %2 h</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>a las %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>mañana a las %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>el %1 a las %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the SQLite database %1: that path is a folder.</source>
        <translation>No se puede abrir la base de datos SQLite %1: esa ruta es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: the folder %2 cannot be created.</source>
        <translation>No se puede abrir la base de datos SQLite %1: no se puede crear la carpeta %2.</translation>
    </message>
    <message>
        <source>There is no SQLite database at %1 yet.</source>
        <translation>Aún no hay ninguna base de datos SQLite en %1.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: %2</source>
        <translation>No se puede abrir la base de datos SQLite %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL database &quot;%1&quot; at %2:%3 as user &quot;%4&quot;: %5</source>
        <translation>No se puede conectar a la base de datos PostgreSQL &quot;%1&quot; en %2:%3 como usuario &quot;%4&quot;: %5</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>confirmar la transacción</translation>
    </message>
    <message>
        <source>The database refused to %1: %2</source>
        <translation>La base de datos no permitió %1: %2</translation>
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
        <translation>la configuración guardada</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>En %1: %2</translation>
    </message>
    <message>
        <source>The database URL in %1 contains a password. Remove it from the URL and store it in Settings (the keychain) or in the MEGAPHONE_DATABASE_PASSWORD environment variable.</source>
        <translation>La URL de la base de datos en %1 contiene una contraseña. Hay que quitarla de la URL y guardarla en Configuración (el llavero) o en la variable de entorno MEGAPHONE_DATABASE_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>&quot;%1&quot; is not a database URL. Use sqlite:///path/to/file.db or postgresql://user@host:5432/database?sslmode=require.</source>
        <translation>&quot;%1&quot; no es una URL de base de datos. Usar sqlite:///ruta/al/archivo.db o postgresql://usuario@host:5432/basededatos?sslmode=require.</translation>
    </message>
    <message>
        <source>A SQLite URL needs an absolute file path with three slashes, e.g. sqlite:///home/me/megaphone.db (got &quot;%1&quot;).</source>
        <translation>Una URL de SQLite necesita una ruta de archivo absoluta con tres barras, p. ej., sqlite:///home/yo/megaphone.db (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>A PostgreSQL URL needs a database name after the host, e.g. postgresql://user@host:5432/megaphone (got &quot;%1&quot;).</source>
        <translation>Una URL de PostgreSQL necesita un nombre de base de datos después del host, p. ej., postgresql://usuario@host:5432/megaphone (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the database URL; only sslmode is supported.</source>
        <translation>Opción desconocida &quot;%1&quot; en la URL de la base de datos; solo se admite sslmode.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1 (got &quot;%2&quot;).</source>
        <translation>sslmode debe ser uno de estos valores: %1 (se recibió &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Unsupported database type &quot;%1&quot;: use sqlite or postgresql.</source>
        <translation>Tipo de base de datos no admitido &quot;%1&quot;: usar sqlite o postgresql.</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>PostgreSQL: %1 on %2:%3</source>
        <translation>PostgreSQL: %1 en %2:%3</translation>
    </message>
</context>
<context>
    <name>ImportStaging</name>
    <message>
        <source>The PostgreSQL driver gave no connection handle.</source>
        <translation>El controlador de PostgreSQL no proporcionó ningún identificador de conexión.</translation>
    </message>
    <message>
        <source>COPY did not start: %1</source>
        <translation>COPY no se inició: %1</translation>
    </message>
    <message>
        <source>COPY into the staging table failed: %1</source>
        <translation>Falló COPY en la tabla de preparación: %1</translation>
    </message>
    <message>
        <source>drop the staging table</source>
        <translation>eliminar la tabla de preparación</translation>
    </message>
    <message>
        <source>size the page cache</source>
        <translation>dimensionar la caché de páginas</translation>
    </message>
    <message>
        <source>create the import staging table</source>
        <translation>crear la tabla de preparación de la importación</translation>
    </message>
    <message>
        <source>stage contacts</source>
        <translation>preparar los contactos</translation>
    </message>
    <message>
        <source>index the repeated numbers</source>
        <translation>indexar los números repetidos</translation>
    </message>
    <message>
        <source>analyse the staged rows</source>
        <translation>analizar las filas preparadas</translation>
    </message>
    <message>
        <source>merge repeated numbers</source>
        <translation>combinar los números repetidos</translation>
    </message>
    <message>
        <source>compare the file with the contacts</source>
        <translation>comparar el archivo con los contactos</translation>
    </message>
    <message>
        <source>size the merge</source>
        <translation>dimensionar la combinación</translation>
    </message>
    <message>
        <source>merge the imported contacts</source>
        <translation>combinar los contactos importados</translation>
    </message>
    <message>
        <source>tag the imported contacts</source>
        <translation>etiquetar los contactos importados</translation>
    </message>
    <message>
        <source>create the imported tags</source>
        <translation>crear las etiquetas importadas</translation>
    </message>
    <message>
        <source>create the tag %1</source>
        <translation>crear la etiqueta %1</translation>
    </message>
    <message>
        <source>The contacts table has no id sequence.</source>
        <translation>La tabla de contactos no tiene secuencia de identificadores.</translation>
    </message>
    <message>
        <source>Could not stage contacts: %1</source>
        <translation>No se pudieron preparar los contactos: %1</translation>
    </message>
    <message>
        <source>reset the session</source>
        <translation>restablecer la sesión</translation>
    </message>
</context>
<context>
    <name>MappingCheck</name>
    <message>
        <source>count the contacts the message would reach with empty values</source>
        <translation>contar los contactos a los que el mensaje llegaría con valores vacíos</translation>
    </message>
    <message>
        <source>read a few contacts of the audience</source>
        <translation>leer algunos contactos de la audiencia</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>The template has no name.</source>
        <translation>La plantilla no tiene nombre.</translation>
    </message>
    <message>
        <source>The template %1 (%2) has no body.</source>
        <translation>La plantilla %1 (%2) no tiene cuerpo.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This database was written by a newer version of Megaphone (schema version %1; this version knows up to %2). Update Megaphone to use it; the database was not changed.</source>
        <translation>Esta base de datos la escribió una versión más reciente de Megaphone (versión de esquema %1; esta versión solo conoce hasta la %2). Hay que actualizar Megaphone para usarla; la base de datos no se modificó.</translation>
    </message>
    <message>
        <source>lock the schema for migration</source>
        <translation>bloquear el esquema para la migración</translation>
    </message>
    <message>
        <source>create the migrations table</source>
        <translation>crear la tabla de migraciones</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Megaphone.</source>
        <translation>Esta base de datos la escribió una versión más reciente de Megaphone.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Falló la migración %1 (%2): %3</translation>
    </message>
    <message>
        <source>record migration %1</source>
        <translation>registrar la migración %1</translation>
    </message>
</context>
<context>
    <name>PortfolioStore</name>
    <message>
        <source>A portfolio needs a name.</source>
        <translation>Un portafolio necesita un nombre.</translation>
    </message>
    <message>
        <source>add the portfolio %1</source>
        <translation>añadir el portafolio %1</translation>
    </message>
    <message>
        <source>save the portfolio %1</source>
        <translation>guardar el portafolio %1</translation>
    </message>
    <message>
        <source>remove the portfolio</source>
        <translation>eliminar el portafolio</translation>
    </message>
    <message>
        <source>read portfolios</source>
        <translation>leer los portafolios</translation>
    </message>
</context>
<context>
    <name>ReaderFactory</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>RecipientReport</name>
    <message>
        <source>The report could not be written.</source>
        <translation>No se pudo escribir el informe.</translation>
    </message>
</context>
<context>
    <name>RecipientStore</name>
    <message>
        <source>add recipients</source>
        <translation>añadir destinatarios</translation>
    </message>
    <message>
        <source>count recipients</source>
        <translation>contar los destinatarios</translation>
    </message>
    <message>
        <source>list recipients</source>
        <translation>listar los destinatarios</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Usage: megaphone-cli sandbox serve [--listen ADDR:PORT] [--latency-ms M] [--jitter-ms J]
             [--mps N] [--tier N] [--failures SPEC] [--webhook-url URL]
             [--app-secret-env VAR] [--log FILE]
  SPEC: CODE:P,timeout:P,drop:P,async-CODE:P (P a probability, e.g. 131026:0.02,timeout:0.005)</source>
        <translation>Uso: megaphone-cli sandbox serve [--listen DIRECCIÓN:PUERTO] [--latency-ms M] [--jitter-ms J]
           [--mps N] [--tier N] [--failures ESPEC] [--webhook-url URL]
           [--app-secret-env VAR] [--log ARCHIVO]
  ESPEC: CÓDIGO:P,timeout:P,drop:P,async-CÓDIGO:P (P es una probabilidad, p. ej., 131026:0.02,timeout:0.005)</translation>
    </message>
    <message>
        <source>--latency-ms, --jitter-ms, --mps, --tier and --seed take whole numbers of 0 or more.</source>
        <translation>--latency-ms, --jitter-ms, --mps, --tier y --seed admiten números enteros iguales o mayores que 0.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>La variable de entorno %1 está vacía.</translation>
    </message>
    <message>
        <source>--listen takes an address and a port, such as 127.0.0.1:8089.</source>
        <translation>--listen admite una dirección y un puerto, como 127.0.0.1:8089.</translation>
    </message>
    <message>
        <source>Sandbox listening on %1 (phone number id %2, WABA id %3). Stop it with Ctrl+C.</source>
        <translation>Entorno de pruebas escuchando en %1 (id del número de teléfono %2, id de WABA %3). Para detenerlo: Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n message(s), </source>
        <translation>
            <numerusform>Se aceptó %n mensaje, </numerusform>
            <numerusform>Se aceptaron %n mensajes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s).</source>
        <translation>
            <numerusform>%n duplicado.</numerusform>
            <numerusform>%n duplicados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <source>Sandbox portfolio</source>
        <translation>Portafolio de pruebas</translation>
    </message>
    <message>
        <source>Sandbox (simulated WhatsApp)</source>
        <translation>Entorno de pruebas (WhatsApp simulado)</translation>
    </message>
    <message>
        <source>Sandbox sample data</source>
        <translation>Datos de muestra del entorno de pruebas</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>MEGAPHONE_SANDBOX_URL is not a URL: %1</source>
        <translation>MEGAPHONE_SANDBOX_URL no es una URL: %1</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>&quot;%1&quot; in --failures needs a probability between 0 and 1, as in 131026:0.02.</source>
        <translation>&quot;%1&quot; en --failures necesita una probabilidad entre 0 y 1, como en 131026:0.02.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in --failures is not an error code, timeout, drop or async-CODE.</source>
        <translation>&quot;%1&quot; en --failures no es un código de error, timeout, drop ni async-CÓDIGO.</translation>
    </message>
    <message>
        <source>The probabilities in --failures add up to more than 1.</source>
        <translation>Las probabilidades de --failures suman más de 1.</translation>
    </message>
</context>
<context>
    <name>SandboxWebhookLink</name>
    <message>
        <source>The sandbox&apos;s webhooks cannot be received: %1</source>
        <translation>No se pueden recibir los webhooks del entorno de pruebas: %1</translation>
    </message>
</context>
<context>
    <name>SendPlan</name>
    <message>
        <source>never: the messaging tier or the sending window lets nothing through</source>
        <translation>nunca: el nivel de mensajería o la franja de envío no dejan pasar nada</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>nada que enviar</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>alrededor de %n minuto</numerusform>
            <numerusform>alrededor de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>alrededor de %n hora</numerusform>
            <numerusform>alrededor de %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), at most %1 a day</source>
        <translation>
            <numerusform>%n día, como máximo %1 al día</numerusform>
            <numerusform>%n días, como máximo %1 al día</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendReview</name>
    <message>
        <source>count recipients by country</source>
        <translation>contar los destinatarios por país</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Hay que elegir una plantilla.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is %2, not approved: WhatsApp refuses it.</source>
        <translation>La plantilla &quot;%1&quot; tiene el estado %2 y no está aprobada: WhatsApp la rechaza.</translation>
    </message>
    <message>
        <source>Nobody would receive it: the audience has no opted-in contact.</source>
        <translation>Nadie la recibiría: la audiencia no tiene ningún contacto suscrito.</translation>
    </message>
    <message>
        <source>%1 recipients is more than the portfolio&apos;s tier of %2 a day: sending takes %3.</source>
        <translation>%1 destinatarios superan el nivel del portafolio, de %2 al día: el envío tardará %3.</translation>
    </message>
    <message>
        <source>%1 contacts without consent (%2 opted out) are left out.</source>
        <translation>Se excluyen %1 contactos sin consentimiento (%2 dados de baja).</translation>
    </message>
    <message>
        <source>%1 contacts who got a broadcast recently are left out (frequency cap).</source>
        <translation>Se excluyen %1 contactos que recibieron una difusión hace poco (límite de frecuencia).</translation>
    </message>
    <message>
        <source>%1 recipients are in countries without a price in Settings: not in the estimate.</source>
        <translation>%1 destinatarios están en países sin precio en Configuración: no se incluyen en la estimación.</translation>
    </message>
    <message>
        <source>US numbers (+1) among the recipients: %1. WhatsApp does not deliver marketing templates to +1 numbers: those messages will fail.</source>
        <translation>Números de EE. UU. (+1) entre los destinatarios: %1. WhatsApp no entrega plantillas de marketing a números +1: esos mensajes fallarán.</translation>
    </message>
</context>
<context>
    <name>SendingStore</name>
    <message>
        <source>count the portfolio&apos;s messaging quota</source>
        <translation>contar la cuota de mensajería del portafolio</translation>
    </message>
    <message>
        <source>find recipients to send to</source>
        <translation>buscar destinatarios a los que enviar</translation>
    </message>
    <message>
        <source>claim recipients</source>
        <translation>reservar destinatarios</translation>
    </message>
    <message>
        <source>Another sender claimed some of the same recipients; nothing was claimed.</source>
        <translation>Otro remitente reservó algunos de los mismos destinatarios; no se reservó ninguno.</translation>
    </message>
    <message>
        <source>lock the portfolio&apos;s messaging quota</source>
        <translation>bloquear la cuota de mensajería del portafolio</translation>
    </message>
    <message>
        <source>find the next retry time</source>
        <translation>buscar la hora del próximo reintento</translation>
    </message>
    <message>
        <source>check what is left to send</source>
        <translation>comprobar lo que queda por enviar</translation>
    </message>
    <message>
        <source>record sent messages</source>
        <translation>registrar los mensajes enviados</translation>
    </message>
    <message>
        <source>record sends to retry</source>
        <translation>registrar los envíos que se reintentarán</translation>
    </message>
    <message>
        <source>record failed sends</source>
        <translation>registrar los envíos fallidos</translation>
    </message>
    <message>
        <source>record sends with an unknown outcome</source>
        <translation>registrar los envíos de resultado desconocido</translation>
    </message>
    <message>
        <source>mark the contact as opted out</source>
        <translation>marcar el contacto como dado de baja</translation>
    </message>
    <message>
        <source>The contact opted out of marketing messages.</source>
        <translation>El contacto se dio de baja de los mensajes de marketing.</translation>
    </message>
    <message>
        <source>The contact has not opted in to marketing messages.</source>
        <translation>El contacto no se ha suscrito a los mensajes de marketing.</translation>
    </message>
    <message numerus="yes">
        <source>The contact got a marketing broadcast in the last %n hour(s).</source>
        <translation>
            <numerusform>El contacto recibió una difusión de marketing hace menos de %n hora.</numerusform>
            <numerusform>El contacto recibió una difusión de marketing hace menos de %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>add the broadcast&apos;s recipients</source>
        <translation>añadir los destinatarios de la difusión</translation>
    </message>
    <message>
        <source>mark interrupted sends as unknown</source>
        <translation>marcar los envíos interrumpidos como desconocidos</translation>
    </message>
    <message>
        <source>release claimed recipients</source>
        <translation>liberar los destinatarios reservados</translation>
    </message>
    <message>
        <source>retry failed recipients</source>
        <translation>reintentar los destinatarios fallidos</translation>
    </message>
    <message>
        <source>retry recipients with an unknown outcome</source>
        <translation>reintentar los destinatarios de resultado desconocido</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>read the setting %1</source>
        <translation>leer el ajuste %1</translation>
    </message>
    <message>
        <source>save the setting %1</source>
        <translation>guardar el ajuste %1</translation>
    </message>
    <message>
        <source>remove the setting %1</source>
        <translation>eliminar el ajuste %1</translation>
    </message>
</context>
<context>
    <name>StatusApplier</name>
    <message>
        <source>apply message statuses</source>
        <translation>aplicar los estados de los mensajes</translation>
    </message>
    <message>
        <source>find the messages of statuses</source>
        <translation>buscar los mensajes de los estados</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Pendiente de confirmación</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <source>%n template(s) listed: %1 new, %2 changed, %3 unchanged, %4 no longer listed.</source>
        <translation>
            <numerusform>%n plantilla listada: %1 nuevas, %2 modificadas, %3 sin cambios, %4 ya no listadas.</numerusform>
            <numerusform>%n plantillas listadas: %1 nuevas, %2 modificadas, %3 sin cambios, %4 ya no listadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as IN, BR or GB.</source>
        <translation>&quot;%1&quot; no es un código de país de dos letras como IN, BR o GB.</translation>
    </message>
    <message>
        <source>The maximum messages per second</source>
        <translation>El máximo de mensajes por segundo</translation>
    </message>
    <message>
        <source>The frequency cap in hours</source>
        <translation>El límite de frecuencia en horas</translation>
    </message>
    <message>
        <source>The circuit breaker threshold</source>
        <translation>El umbral de pausa automática</translation>
    </message>
    <message>
        <source>The missed-schedule grace time</source>
        <translation>El margen para una programación perdida</translation>
    </message>
    <message>
        <source>Keep at least one opt-out keyword, such as STOP.</source>
        <translation>Hay que conservar al menos una palabra clave de baja, como STOP.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this system knows.</source>
        <translation>%1 no es una zona horaria que este sistema conozca.</translation>
    </message>
    <message>
        <source>A price cannot be negative (%1).</source>
        <translation>Un precio no puede ser negativo (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as USD.</source>
        <translation>&quot;%1&quot; no es un código de moneda como USD.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1 debe estar entre %2 y %3 (se recibió %4).</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>save the template %1 (%2)</source>
        <translation>guardar la plantilla %1 (%2)</translation>
    </message>
    <message>
        <source>mark a template deleted</source>
        <translation>marcar una plantilla como eliminada</translation>
    </message>
    <message>
        <source>read templates</source>
        <translation>leer las plantillas</translation>
    </message>
</context>
<context>
    <name>TemplatesCommand</name>
    <message>
        <source>Usage: megaphone-cli templates sync ACCOUNT
       megaphone-cli templates list [ACCOUNT]</source>
        <translation>Uso: megaphone-cli templates sync CUENTA
     megaphone-cli templates list [CUENTA]</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s), </source>
        <translation>
            <numerusform>Leída %n página, </numerusform>
            <numerusform>Leídas %n páginas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)...</source>
        <translation>
            <numerusform>%n plantilla...</numerusform>
            <numerusform>%n plantillas...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) listed: </source>
        <translation>
            <numerusform>%n plantilla listada: </numerusform>
            <numerusform>%n plantillas listadas: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 marked deleted.</source>
        <translation>%1 añadidas, %2 actualizadas, %3 sin cambios, %4 marcadas como eliminadas.</translation>
    </message>
    <message>
        <source>No templates: run megaphone-cli templates sync ACCOUNT.</source>
        <translation>No hay plantillas: ejecutar megaphone-cli templates sync CUENTA.</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>%1 is not a number a test can go to: %2</source>
        <translation>%1 no es un número al que se pueda enviar una prueba: %2</translation>
    </message>
    <message>
        <source>Choose the sender account first.</source>
        <translation>Primero hay que elegir la cuenta de envío.</translation>
    </message>
    <message>
        <source>Choose a template first.</source>
        <translation>Primero hay que elegir una plantilla.</translation>
    </message>
    <message>
        <source>Not sent: %1 would be empty for %2; add a fallback.</source>
        <translation>No enviado: %1 quedaría vacío para %2; añadir un valor alternativo.</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>Unknown text encoding &quot;%1&quot; (use UTF-8, UTF-16LE, UTF-16BE, Windows-1252 or ISO-8859-1).</source>
        <translation>Codificación de texto desconocida &quot;%1&quot; (usar UTF-8, UTF-16LE, UTF-16BE, Windows-1252 o ISO-8859-1).</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>El archivo no está abierto para lectura.</translation>
    </message>
    <message>
        <source>This is not a vCard file: line %1 should be BEGIN:VCARD.</source>
        <translation>No es un archivo vCard: la línea %1 debería ser BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>END:VCARD missing: the card starting at line %1 was cut short by the next BEGIN:VCARD at line %2</source>
        <translation>Falta END:VCARD: la tarjeta que empieza en la línea %1 quedó cortada por el siguiente BEGIN:VCARD en la línea %2</translation>
    </message>
    <message>
        <source>END:VCARD missing: the card starting at line %1 runs to the end of the file</source>
        <translation>Falta END:VCARD: la tarjeta que empieza en la línea %1 llega hasta el final del archivo</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>the value of %1 was too long and was cut</source>
        <translation>el valor de %1 era demasiado largo y se recortó</translation>
    </message>
    <message>
        <source>%1 longer than %2 characters, cut</source>
        <translation>%1 de más de %2 caracteres, recortado</translation>
    </message>
    <message>
        <source>more than %1 values of one kind: the rest were dropped</source>
        <translation>más de %1 valores del mismo tipo: se descartó el resto</translation>
    </message>
</context>
<context>
    <name>WebhookParser</name>
    <message>
        <source>The webhook is not valid JSON: %1 at byte %2.</source>
        <translation>El webhook no es un JSON válido: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>The webhook has no &quot;entry&quot; list: it is not a WhatsApp Business Account webhook.</source>
        <translation>El webhook no tiene la lista &quot;entry&quot;: no es un webhook de una cuenta de WhatsApp Business.</translation>
    </message>
    <message>
        <source>The Twilio callback has no MessageSid or MessageStatus.</source>
        <translation>La devolución de llamada de Twilio no tiene MessageSid ni MessageStatus.</translation>
    </message>
    <message>
        <source>Twilio&apos;s message is not valid JSON: %1</source>
        <translation>El mensaje de Twilio no es un JSON válido: %1</translation>
    </message>
    <message>
        <source>Twilio&apos;s message has no sid or status.</source>
        <translation>El mensaje de Twilio no tiene sid ni status.</translation>
    </message>
</context>
<context>
    <name>WebhookStore</name>
    <message>
        <source>opt the contact out</source>
        <translation>dar de baja al contacto</translation>
    </message>
    <message>
        <source>change the contact&apos;s consent</source>
        <translation>cambiar el consentimiento del contacto</translation>
    </message>
    <message>
        <source>record a reply</source>
        <translation>registrar una respuesta</translation>
    </message>
    <message>
        <source>store webhook events</source>
        <translation>guardar los eventos de webhook</translation>
    </message>
    <message>
        <source>read webhook events</source>
        <translation>leer los eventos de webhook</translation>
    </message>
    <message>
        <source>mark webhook events applied</source>
        <translation>marcar los eventos de webhook como aplicados</translation>
    </message>
    <message>
        <source>count webhook events</source>
        <translation>contar los eventos de webhook</translation>
    </message>
</context>
<context>
    <name>WebhooksCommand</name>
    <message>
        <source>Usage: megaphone-cli webhooks serve [--listen ADDR:PORT]
  Receives the providers&apos; webhooks at /webhooks/meta/&lt;account&gt;,
  /webhooks/360dialog/&lt;account&gt;/&lt;token&gt; and /webhooks/twilio/&lt;account&gt; (put a
  reverse proxy with HTTPS in front). Default: 127.0.0.1:8090.</source>
        <translation>Uso: megaphone-cli webhooks serve [--listen DIRECCIÓN:PUERTO]
  Recibe los webhooks de los proveedores en /webhooks/meta/&lt;account&gt;,
  /webhooks/360dialog/&lt;account&gt;/&lt;token&gt; y /webhooks/twilio/&lt;account&gt; (con un
  proxy inverso con HTTPS delante). Predeterminado: 127.0.0.1:8090.</translation>
    </message>
    <message>
        <source>--listen takes an address and a port, such as 127.0.0.1:8090.</source>
        <translation>--listen admite una dirección y un puerto, como 127.0.0.1:8090.</translation>
    </message>
    <message>
        <source>Receiving webhooks on %1 (for example %1/webhooks/meta/1). Stop it with Ctrl+C.</source>
        <translation>Recibiendo webhooks en %1 (por ejemplo, %1/webhooks/meta/1). Para detenerlo: Ctrl+C.</translation>
    </message>
</context>
<context>
    <name>WorkerRun</name>
    <message>
        <source>Usage: megaphone-cli worker [--account ID] [--exit-when-idle] [--retry-seconds N]
  Sends the due broadcasts of every account (or one) until SIGTERM. An account
  another worker sends from is tried again every N seconds (default 10), so a
  second worker takes over when the first one stops.</source>
        <translation>Uso: megaphone-cli worker [--account ID] [--exit-when-idle] [--retry-seconds N]
  Envía las difusiones pendientes de todas las cuentas (o de una) hasta recibir SIGTERM.
  Una cuenta desde la que envía otro worker se vuelve a intentar cada N segundos
  (predeterminado: 10), para que un segundo worker tome el relevo cuando el primero se detenga.</translation>
    </message>
    <message>
        <source>Stopped before the broadcast ended (it may be waiting for tier quota or its sending window, or another worker sends from its account).</source>
        <translation>Se detuvo antes de que terminara la difusión (puede que esté esperando la cuota del nivel o su franja de envío, o que otro worker esté enviando desde su cuenta).</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Cuenta %1: %2</translation>
    </message>
    <message>
        <source>Worker stopped.</source>
        <translation>Worker detenido.</translation>
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
        <translation>Comandos:
  contacts count    contar los contactos, por etiqueta y consentimiento
  contacts preview  mostrar cómo se leerá un archivo CSV o vCard
  contacts import   importar contactos desde un archivo CSV o vCard
  contacts export   exportar contactos a CSV
  accounts add      añadir una cuenta de envío (secretos por stdin)
  accounts list     listar las cuentas de envío
  accounts test     probar la conexión de una cuenta
  templates sync    leer las plantillas de una cuenta desde su proveedor
  templates list    listar las plantillas guardadas
  broadcasts        crear, enviar, pausar, reanudar, cancelar, reintentar, estado, listar
  worker            enviar las difusiones pendientes hasta que se detenga
  sandbox serve     ejecutar el entorno de pruebas de WhatsApp Cloud API
  webhooks serve    recibir webhooks de entrega, lectura y respuesta
</translation>
    </message>
    <message>
        <source>Megaphone: WhatsApp marketing broadcasts from the command line.

</source>
        <translation>Megaphone: difusiones de marketing por WhatsApp desde la línea de comandos.

</translation>
    </message>
    <message>
        <source>Database URL: sqlite:///path/file.db or postgresql://user@host:5432/db?sslmode=require.</source>
        <translation>URL de la base de datos: sqlite:///ruta/archivo.db o postgresql://usuario@host:5432/bd?sslmode=require.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Imprimir un único documento JSON.</translation>
    </message>
    <message>
        <source>Log what happens to standard error.</source>
        <translation>Registrar lo que sucede en la salida de error estándar.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>El comando que se ejecutará.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>See megaphone-cli --help.</source>
        <translation>Ver megaphone-cli --help.</translation>
    </message>
    <message>
        <source>Megaphone</source>
        <translation>Megaphone</translation>
    </message>
    <message>
        <source>Open the local database</source>
        <translation>Abrir la base de datos local</translation>
    </message>
    <message>
        <source>Megaphone: WhatsApp marketing broadcasts.</source>
        <translation>Megaphone: difusiones de marketing por WhatsApp.</translation>
    </message>
</context>
<context>
    <name>megaphone::AccountDialog</name>
    <message>
        <source>Add a Sender Account</source>
        <translation>Añadir una cuenta de envío</translation>
    </message>
    <message>
        <source>Brazil marketing</source>
        <translation>Marketing Brasil</translation>
    </message>
    <message>
        <source>The number as people see it; shown in lists only.</source>
        <translation>El número tal como lo ve la gente; solo se muestra en las listas.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Portfolio:</source>
        <translation>Portafolio:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Número de teléfono:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Edit Sender Account</source>
        <translation>Editar cuenta de envío</translation>
    </message>
    <message>
        <source>no keychain is connected</source>
        <translation>no hay ningún llavero conectado</translation>
    </message>
    <message>
        <source>Give the account a label, such as the country or brand it sends for.</source>
        <translation>Asignar a la cuenta un nombre, como el país o la marca para la que envía.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>megaphone::AccountsSection</name>
    <message>
        <source>Sender accounts</source>
        <translation>Cuentas de envío</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portafolio</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Ask the provider whether the number and its secrets work.</source>
        <translation>Preguntar al proveedor si el número y sus secretos funcionan.</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Cannot read the sender accounts: %1</source>
        <translation>No se pueden leer las cuentas de envío: %1</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was saved, but its secrets were not: %2</source>
        <translation>Se guardó la cuenta &quot;%1&quot;, pero no sus secretos: %2</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; its secrets are in the keychain.</source>
        <translation>Se guardó &quot;%1&quot;; sus secretos están en el llavero.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Se guardó &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Remove Sender Account</source>
        <translation>Eliminar cuenta de envío</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and delete its secrets from the keychain?</source>
        <translation>¿Eliminar &quot;%1&quot; y borrar sus secretos del llavero?</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its secrets.</source>
        <translation>Se eliminó &quot;%1&quot; junto con sus secretos.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but its secrets could not be deleted from the keychain: %2</source>
        <translation>Se eliminó &quot;%1&quot;, pero sus secretos no se pudieron borrar del llavero: %2</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
</context>
<context>
    <name>megaphone::AudienceStep</name>
    <message>
        <source>Add a condition</source>
        <translation>Añadir una condición</translation>
    </message>
    <message>
        <source>Only contacts who match every condition</source>
        <translation>Solo los contactos que cumplan todas las condiciones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Send to contacts tagged (none ticked: every contact):</source>
        <translation>Enviar a los contactos con estas etiquetas (sin marcar ninguna: todos los contactos):</translation>
    </message>
    <message>
        <source>Leave out contacts tagged:</source>
        <translation>Excluir a los contactos con estas etiquetas:</translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation>Quién la recibe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Consent is required: only contacts who opted in receive marketing broadcasts. It cannot be turned off.</source>
        <translation>El consentimiento es obligatorio: solo los contactos suscritos reciben difusiones de marketing. No se puede desactivar.</translation>
    </message>
    <message>
        <source>Some of them:</source>
        <translation>Algunos de ellos:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>%1 will receive it</source>
        <translation>%1 la recibirán</translation>
    </message>
    <message>
        <source>%1 opted out</source>
        <translation>%1 se han dado de baja</translation>
    </message>
    <message numerus="yes">
        <source>%1 got a broadcast in the last %n hour(s) (frequency cap)</source>
        <translation>
            <numerusform>%1 recibieron una difusión hace menos de %n hora (límite de frecuencia)</numerusform>
            <numerusform>%1 recibieron una difusión hace menos de %n horas (límite de frecuencia)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 match; nobody is left out.</source>
        <translation>%1 coinciden; no se excluye a nadie.</translation>
    </message>
    <message>
        <source>%1 match; left out: %2.</source>
        <translation>%1 coinciden; excluidos: %2.</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Sin contar</translation>
    </message>
    <message>
        <source>%1 not opted in</source>
        <translation>%1 sin suscripción</translation>
    </message>
    <message>
        <source>US numbers (+1) among them: %1. WhatsApp does not deliver marketing templates to +1 numbers.</source>
        <translation>Números de EE. UU. (+1) entre ellos: %1. WhatsApp no entrega plantillas de marketing a números +1.</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastActions</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the broadcast</source>
        <translation>Abrir la difusión</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Its scheduled time was missed: send it now</source>
        <translation>Se pasó su hora programada: enviarla ahora</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop sending for now; resume later</source>
        <translation>Detener el envío por ahora y reanudarlo más tarde</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Go on sending</source>
        <translation>Continuar con el envío</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Stop the broadcast for good; its pending recipients get nothing</source>
        <translation>Detener la difusión definitivamente; sus destinatarios pendientes no reciben nada</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Reintentar fallidos</translation>
    </message>
    <message>
        <source>Send again to the recipients whose message failed before WhatsApp accepted it; numbers refused for good are left alone</source>
        <translation>Volver a enviar a los destinatarios cuyo mensaje falló antes de que WhatsApp lo aceptara; los números rechazados definitivamente no se tocan</translation>
    </message>
    <message>
        <source>Retry Unknown…</source>
        <translation>Reintentar desconocidos…</translation>
    </message>
    <message>
        <source>Send again to the recipients whose outcome is unknown</source>
        <translation>Volver a enviar a los destinatarios cuyo resultado se desconoce</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Make a new draft with the same settings</source>
        <translation>Crear un borrador nuevo con la misma configuración</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Save every recipient&apos;s status, times and errors as a CSV file</source>
        <translation>Guardar el estado, las horas y los errores de cada destinatario en un archivo CSV</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastAudiencePage</name>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Choose who receives the broadcast. Only contacts who opted in ever do.</source>
        <translation>Elegir quién recibe la difusión. Solo la reciben los contactos suscritos.</translation>
    </message>
    <message>
        <source>Counting the audience…</source>
        <translation>Contando la audiencia…</translation>
    </message>
    <message>
        <source>Nobody would receive it: choose tags or conditions that match contacts who opted in.</source>
        <translation>Nadie la recibiría: hay que elegir etiquetas o condiciones que coincidan con contactos suscritos.</translation>
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
        <translation>No se puede pausar %1</translation>
    </message>
    <message>
        <source>%1 is paused. Resume it when you are ready.</source>
        <translation>%1 está en pausa. Se puede reanudar en cualquier momento.</translation>
    </message>
    <message>
        <source>Cannot resume %1</source>
        <translation>No se puede reanudar %1</translation>
    </message>
    <message>
        <source>%1 goes on sending.</source>
        <translation>%1 continúa enviándose.</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>The scheduled time of %1 was missed. Send it to its recipients now?</source>
        <translation>Se pasó la hora programada de %1. ¿Enviarla ahora a sus destinatarios?</translation>
    </message>
    <message>
        <source>Cannot send %1</source>
        <translation>No se puede enviar %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is sending to %n recipient(s).</source>
        <translation>
            <numerusform>%1 se está enviando a %n destinatario.</numerusform>
            <numerusform>%1 se está enviando a %n destinatarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Broadcast</source>
        <translation>Cancelar difusión</translation>
    </message>
    <message>
        <source>Cancel %1? Recipients who have not been sent the message yet will not get it. This cannot be undone.</source>
        <translation>¿Cancelar %1? Los destinatarios a los que aún no se haya enviado el mensaje no lo recibirán. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Cannot cancel %1</source>
        <translation>No se puede cancelar %1</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 está cancelada.</translation>
    </message>
    <message>
        <source>Retry Unknown</source>
        <translation>Reintentar desconocidos</translation>
    </message>
    <message>
        <source>For these recipients nobody knows whether the message arrived: some may get it twice. Send %1 to them again?</source>
        <translation>No se sabe si el mensaje llegó a estos destinatarios: algunos podrían recibirlo dos veces. ¿Volver a enviarles %1?</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <source>Cannot retry %1</source>
        <translation>No se puede reintentar %1</translation>
    </message>
    <message>
        <source>None of the failed recipients of %1 can be sent again: each was refused for good (see the report for the reasons).</source>
        <translation>A ninguno de los destinatarios fallidos de %1 se le puede volver a enviar: todos se rechazaron definitivamente (los motivos están en el informe).</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of %1 are queued again.</source>
        <translation>
            <numerusform>%n destinatario de %1 vuelve a estar en cola.</numerusform>
            <numerusform>%n destinatarios de %1 vuelven a estar en cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot duplicate %1</source>
        <translation>No se puede duplicar %1</translation>
    </message>
    <message>
        <source>A copy of %1 is saved as a draft.</source>
        <translation>Se guardó una copia de %1 como borrador.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>%1-report.csv</source>
        <comment>a report&apos;s file name</comment>
        <translation>%1-informe.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot export the report of %1</source>
        <translation>No se puede exportar el informe de %1</translation>
    </message>
    <message numerus="yes">
        <source>The report of %1 (%n recipient(s)) is saved as &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation>
            <numerusform>El informe de %1 (%n destinatario) se guardó como &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</numerusform>
            <numerusform>El informe de %1 (%n destinatarios) se guardó como &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastContentPage</name>
    <message>
        <source>Write the message</source>
        <translation>Escribir el mensaje</translation>
    </message>
    <message>
        <source>Choose an approved template and fill in its variables from your contacts.</source>
        <translation>Elegir una plantilla aprobada y rellenar sus variables con los datos de los contactos.</translation>
    </message>
    <message>
        <source>This template has no variables: everyone gets the same message.</source>
        <translation>Esta plantilla no tiene variables: todos reciben el mismo mensaje.</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre visible</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>dirección de correo electrónico</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>cumpleaños</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>%1 link for the header</source>
        <translation>Enlace del encabezado (%1)</translation>
    </message>
    <message>
        <source>Give the link of the %1 shown above the message.</source>
        <translation>Falta el enlace del archivo (%1) que se muestra encima del mensaje.</translation>
    </message>
    <message>
        <source>The media link must be a full address starting with https://.</source>
        <translation>El enlace del archivo multimedia debe ser una dirección completa que empiece por https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) have no %1: add a fallback for %2.</source>
        <translation>
            <numerusform>%n contacto no tiene %1: añadir un valor alternativo para %2.</numerusform>
            <numerusform>%n contactos no tienen %1: añadir un valor alternativo para %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading templates...</source>
        <translation>Leyendo las plantillas...</translation>
    </message>
    <message>
        <source>Choose the number to send from in the first step.</source>
        <translation>Hay que elegir el número de envío en el primer paso.</translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation>Hay que elegir una plantilla aprobada.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is %2: choose an approved one.</source>
        <translation>La plantilla &quot;%1&quot; está %2: hay que elegir una aprobada.</translation>
    </message>
    <message>
        <source>Choose a value for %1.</source>
        <translation>Hay que elegir un valor para %1.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a value for %1 and %n more variable(s).</source>
        <translation>
            <numerusform>Hay que elegir un valor para %1 y para %n variable más.</numerusform>
            <numerusform>Hay que elegir un valor para %1 y para %n variables más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking that every contact gets a value...</source>
        <translation>Comprobando que todos los contactos reciban un valor...</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastListModel</name>
    <message>
        <source>Scheduled for %1</source>
        <translation>Programada para %1</translation>
    </message>
    <message>
        <source>Running, waiting until %1</source>
        <translation>En curso, en espera hasta %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pausa: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a recipient state and how many are in it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accepted by WhatsApp, including those delivered and read since</source>
        <translation>Aceptados por WhatsApp, incluidos los entregados y leídos después</translation>
    </message>
    <message>
        <source>Delivered to the phone, including those read since</source>
        <translation>Entregados en el teléfono, incluidos los leídos después</translation>
    </message>
    <message>
        <source>Recipients with an outcome, of all recipients</source>
        <translation>Destinatarios con resultado, sobre el total de destinatarios</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
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
        <translation>Difusión completada</translation>
    </message>
    <message>
        <source>%1 has finished sending.</source>
        <translation>%1 terminó de enviarse.</translation>
    </message>
    <message>
        <source>Broadcast paused</source>
        <translation>Difusión en pausa</translation>
    </message>
    <message>
        <source>%1 was paused: %2</source>
        <translation>%1 se pausó: %2</translation>
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
        <translation>Revisar y enviar</translation>
    </message>
    <message>
        <source>Check everything once more, send yourself a test, then send or schedule.</source>
        <translation>Revisar todo una vez más, enviar una prueba al número propio y luego enviar o programar.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastSetupPage</name>
    <message>
        <source>Set up the broadcast</source>
        <translation>Configurar la difusión</translation>
    </message>
    <message>
        <source>Name it, choose the number it comes from and when it goes out.</source>
        <translation>Ponerle nombre, elegir el número desde el que sale y cuándo se envía.</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation>Cuándo enviar</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>For example: Spring sale, VIP customers</source>
        <translation>Por ejemplo: Rebajas de primavera, clientes VIP</translation>
    </message>
    <message>
        <source>Sender number</source>
        <translation>Número de envío</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Enviar desde</translation>
    </message>
    <message>
        <source> messages per second</source>
        <translation> mensajes por segundo</translation>
    </message>
    <message>
        <source>Maximum messages per second</source>
        <translation>Máximo de mensajes por segundo</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Como máximo</translation>
    </message>
    <message>
        <source>Quality rating: %1.</source>
        <translation>Calificación de calidad: %1.</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se conoce</translation>
    </message>
    <message numerus="yes">
        <source>This number can send up to %n message(s) per second.</source>
        <translation>
            <numerusform>Este número puede enviar hasta %n mensaje por segundo.</numerusform>
            <numerusform>Este número puede enviar hasta %n mensajes por segundo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the broadcast a name.</source>
        <translation>Hay que ponerle un nombre a la difusión.</translation>
    </message>
    <message>
        <source>Add a sender number in Settings first.</source>
        <translation>Primero hay que añadir un número de envío en Configuración.</translation>
    </message>
    <message>
        <source>Choose the number to send from.</source>
        <translation>Hay que elegir el número desde el que enviar.</translation>
    </message>
    <message>
        <source>Reading your sender numbers...</source>
        <translation>Leyendo los números de envío...</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastStatsPanel</name>
    <message>
        <source>No delivery report has arrived for this sending number yet, so the figures show what WhatsApp accepted, not what reached the phones. Check the webhook in Settings &gt; Webhooks.</source>
        <translation>Aún no ha llegado ningún informe de entrega para este número de envío, así que las cifras muestran lo que aceptó WhatsApp, no lo que llegó a los teléfonos. Revisar el webhook en Configuración &gt; Webhooks.</translation>
    </message>
    <message>
        <source>Where the messages are</source>
        <translation>Dónde están los mensajes</translation>
    </message>
    <message>
        <source>When it will be done</source>
        <translation>Cuándo terminará</translation>
    </message>
    <message>
        <source>Messaging quota (rolling 24 hours)</source>
        <translation>Cuota de mensajería (últimas 24 horas)</translation>
    </message>
    <message>
        <source>Sending speed</source>
        <translation>Velocidad de envío</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Nothing has failed or been skipped so far.</source>
        <translation>Hasta ahora no ha fallado ni se ha omitido nada.</translation>
    </message>
    <message>
        <source>Why some were not sent</source>
        <translation>Por qué no se enviaron algunos</translation>
    </message>
    <message>
        <source>Lately %1 messages per second; the cap is %2 per second (the lower of the number&apos;s throughput and your limits).</source>
        <translation>Últimamente %1 mensajes por segundo; el límite es %2 por segundo (el menor entre la capacidad del número y los límites configurados).</translation>
    </message>
    <message>
        <source>The cap is %1 messages per second (the lower of the number&apos;s throughput and your limits).</source>
        <translation>El límite es %1 mensajes por segundo (el menor entre la capacidad del número y los límites configurados).</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciada %1</translation>
    </message>
    <message>
        <source>Paused because: %1</source>
        <translation>En pausa por: %1</translation>
    </message>
    <message>
        <source>Finished %1.</source>
        <translation>Terminada %1.</translation>
    </message>
    <message>
        <source>Cancelled; %1 recipients were not sent.</source>
        <translation>Cancelada; %1 destinatarios quedaron sin enviar.</translation>
    </message>
    <message>
        <source>Paused with %1 recipients still to send. It continues when you resume it.</source>
        <translation>En pausa con %1 destinatarios aún por enviar. Continúa al reanudarla.</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>Aún no ha empezado.</translation>
    </message>
    <message>
        <source>Every message has been handed over; delivery reports are still coming in.</source>
        <translation>Se entregaron todos los mensajes al proveedor; todavía están llegando informes de entrega.</translation>
    </message>
    <message>
        <source>%1 recipients still to send.</source>
        <translation>Quedan %1 destinatarios por enviar.</translation>
    </message>
    <message>
        <source>About %1 left: done %2.</source>
        <translation>Quedan unos %1: termina %2.</translation>
    </message>
    <message>
        <source>Waiting for the quota or the sending window; sending resumes %1.</source>
        <translation>En espera de la cuota o de la franja de envío; el envío se reanuda %1.</translation>
    </message>
    <message>
        <source>More recipients than the quota has left: the rest go as capacity frees, about %1 a day.</source>
        <translation>Hay más destinatarios que cuota disponible: el resto sale a medida que se libera capacidad, unos %1 al día.</translation>
    </message>
    <message>
        <source>%1 to go, assuming the cap of %2 per second.</source>
        <translation>Quedan %1, suponiendo el límite de %2 por segundo.</translation>
    </message>
    <message>
        <source>%1 to go at the recent %2 messages per second.</source>
        <translation>Quedan %1 al ritmo reciente de %2 mensajes por segundo.</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastWizard</name>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Guardar y cerrar</translation>
    </message>
    <message>
        <source>Could not open the draft</source>
        <translation>No se pudo abrir el borrador</translation>
    </message>
    <message>
        <source>The broadcast %1 no longer exists.</source>
        <translation>La difusión %1 ya no existe.</translation>
    </message>
    <message>
        <source>Could not save the draft</source>
        <translation>No se pudo guardar el borrador</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Guardando...</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <source>Give the broadcast a name to save it.</source>
        <translation>Para guardarla, hay que ponerle un nombre a la difusión.</translation>
    </message>
    <message>
        <source>New broadcast</source>
        <translation>Nueva difusión</translation>
    </message>
    <message>
        <source>Broadcast: %1</source>
        <translation>Difusión: %1</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>The changes to this broadcast since it was last saved will be lost.</source>
        <translation>Se perderán los cambios hechos en esta difusión desde que se guardó por última vez.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastsPage</name>
    <message>
        <source>Broadcasts</source>
        <translation>Difusiones</translation>
    </message>
    <message>
        <source>New broadcast</source>
        <translation>Nueva difusión</translation>
    </message>
    <message>
        <source>Cannot read the broadcasts</source>
        <translation>No se pueden leer las difusiones</translation>
    </message>
    <message>
        <source>No broadcasts yet</source>
        <translation>Aún no hay difusiones</translation>
    </message>
    <message>
        <source>A broadcast sends one approved template to the contacts you choose. Your broadcasts and their progress appear here.</source>
        <translation>Una difusión envía una plantilla aprobada a los contactos elegidos. Aquí aparecen las difusiones y su progreso.</translation>
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
        <translation>El mismo error (%1) se repitió con %2 destinatarios seguidos; la difusión se pausó por si la configuración es incorrecta.</translation>
    </message>
    <message>
        <source>%1 recipients in a row got no clear answer; the broadcast was paused in case the setup or the connection is wrong.</source>
        <translation>%1 destinatarios seguidos no obtuvieron una respuesta clara; la difusión se pausó por si la configuración o la conexión fallan.</translation>
    </message>
    <message>
        <source>%1 recipients in a row got no clear answer (the last: %2); the broadcast was paused in case the setup or the connection is wrong.</source>
        <translation>%1 destinatarios seguidos no obtuvieron una respuesta clara (el último: %2); la difusión se pausó por si la configuración o la conexión fallan.</translation>
    </message>
</context>
<context>
    <name>megaphone::ColumnMapping</name>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>No column is mapped to the phone number: map at least one column to Phone.</source>
        <translation>No hay ninguna columna asignada al número de teléfono: asignar al menos una columna a Teléfono.</translation>
    </message>
    <message>
        <source>%1 and %2 are both mapped to %3, which takes one column: map one of them elsewhere.</source>
        <translation>%1 y %2 están asignadas a %3, que admite una sola columna: asignar una de ellas a otro campo.</translation>
    </message>
    <message>
        <source>%1 and %2 are both mapped to the attribute “%3”: give one of them another name.</source>
        <translation>%1 y %2 están asignadas al atributo “%3”: dar otro nombre a una de ellas.</translation>
    </message>
    <message>
        <source>The saved column mapping is damaged: columns are out of order.</source>
        <translation>La asignación de columnas guardada está dañada: las columnas están desordenadas.</translation>
    </message>
    <message>
        <source>The saved column mapping names an unknown field “%1”.</source>
        <translation>La asignación de columnas guardada menciona un campo desconocido “%1”.</translation>
    </message>
    <message>
        <source>The saved column mapping is damaged: its phone priority names a column twice.</source>
        <translation>La asignación de columnas guardada está dañada: su prioridad de teléfonos menciona una columna dos veces.</translation>
    </message>
    <message>
        <source>The saved column mapping is damaged: its phone priority names a column that is not a phone column.</source>
        <translation>La asignación de columnas guardada está dañada: su prioridad de teléfonos menciona una columna que no es de teléfono.</translation>
    </message>
</context>
<context>
    <name>megaphone::ConditionRow</name>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>no está vacío</translation>
    </message>
    <message>
        <source>value (any case)</source>
        <translation>valor (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactActions</name>
    <message>
        <source>Type a new tag or choose one to add to all %1 contacts matching the filter:</source>
        <translation>Escribir una etiqueta nueva o elegir una para añadirla a los %1 contactos que coinciden con el filtro:</translation>
    </message>
    <message>
        <source>Type a new tag or choose one to add to the selected contacts:</source>
        <translation>Escribir una etiqueta nueva o elegir una para añadirla a los contactos seleccionados:</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Added the tag “%1” to one contact.</source>
        <translation>Se añadió la etiqueta “%1” a un contacto.</translation>
    </message>
    <message>
        <source>Added the tag “%1” to %2 contacts.</source>
        <translation>Se añadió la etiqueta “%1” a %2 contactos.</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>The selected contacts have no tags.</source>
        <translation>Los contactos seleccionados no tienen etiquetas.</translation>
    </message>
    <message>
        <source>The tag to remove from all %1 contacts matching the filter:</source>
        <translation>La etiqueta que se quitará de los %1 contactos que coinciden con el filtro:</translation>
    </message>
    <message>
        <source>The tag to remove from the selected contacts:</source>
        <translation>La etiqueta que se quitará de los contactos seleccionados:</translation>
    </message>
    <message>
        <source>Removed the tag “%1” from one contact.</source>
        <translation>Se quitó la etiqueta “%1” de un contacto.</translation>
    </message>
    <message>
        <source>Removed the tag “%1” from %2 contacts.</source>
        <translation>Se quitó la etiqueta “%1” de %2 contactos.</translation>
    </message>
    <message>
        <source>Mark all %1 contacts matching the filter as opted out?</source>
        <translation>¿Dar de baja a los %1 contactos que coinciden con el filtro?</translation>
    </message>
    <message>
        <source>Mark the selected contact as opted out?</source>
        <translation>¿Dar de baja al contacto seleccionado?</translation>
    </message>
    <message>
        <source>Mark the %1 selected contacts as opted out?</source>
        <translation>¿Dar de baja a los %1 contactos seleccionados?</translation>
    </message>
    <message>
        <source>Opt Out</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>They will receive no more broadcasts, and no import will opt them in again.</source>
        <translation>No recibirán más difusiones, y ninguna importación volverá a suscribirlos.</translation>
    </message>
    <message>
        <source>One contact is now opted out.</source>
        <translation>Un contacto se ha dado de baja.</translation>
    </message>
    <message>
        <source>%1 contacts are now opted out.</source>
        <translation>%1 contactos se han dado de baja.</translation>
    </message>
    <message>
        <source>Marked by user</source>
        <translation>Marcado por el usuario</translation>
    </message>
    <message>
        <source>Delete %1 contacts?</source>
        <translation>¿Eliminar %1 contactos?</translation>
    </message>
    <message>
        <source>Every contact that matches the current search and filters is deleted, also those not shown in the list yet.</source>
        <translation>Se eliminan todos los contactos que coinciden con la búsqueda y los filtros actuales, incluidos los que aún no se muestran en la lista.</translation>
    </message>
    <message>
        <source>Delete the selected contact?</source>
        <translation>¿Eliminar el contacto seleccionado?</translation>
    </message>
    <message>
        <source>Delete the %1 selected contacts?</source>
        <translation>¿Eliminar los %1 contactos seleccionados?</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message>
        <source>Their details, tags and consent records are removed. This cannot be undone.</source>
        <translation>Se borran sus datos, etiquetas y registros de consentimiento. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleted one contact.</source>
        <translation>Se eliminó un contacto.</translation>
    </message>
    <message>
        <source>Deleted %1 contacts.</source>
        <translation>Se eliminaron %1 contactos.</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactEditDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>e.g. en, pt_BR</source>
        <translation>p. ej., es, pt_BR</translation>
    </message>
    <message>
        <source>As shown in lists; empty: first and last name</source>
        <translation>Como aparece en las listas; vacío: nombre y apellido</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <source>From the country</source>
        <translation>Según el país</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Apellido:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Nombre visible:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Cumpleaños:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>Añadir atributo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Custom attributes, for message templates:</source>
        <translation>Atributos personalizados, para las plantillas de mensajes:</translation>
    </message>
    <message>
        <source>A phone number is needed.</source>
        <translation>Se necesita un número de teléfono.</translation>
    </message>
    <message>
        <source>A valid number in %1.</source>
        <translation>Número válido en %1.</translation>
    </message>
    <message>
        <source>Saved as %1 (%2).</source>
        <translation>Se guardará como %1 (%2).</translation>
    </message>
    <message>
        <source>Where and when they agreed</source>
        <translation>Dónde y cuándo dio su consentimiento</translation>
    </message>
    <message>
        <source>How they opted out, e.g. replied STOP</source>
        <translation>Cómo se dio de baja, p. ej., respondió STOP</translation>
    </message>
    <message>
        <source>The phone number cannot be used: %1</source>
        <translation>No se puede usar el número de teléfono: %1</translation>
    </message>
    <message>
        <source>Write the birthday as year-month-day, e.g. 1990-04-25.</source>
        <translation>El cumpleaños se escribe como año-mes-día, p. ej., 1990-04-25.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list.</source>
        <translation>“%1” no es una zona horaria; elegir una de la lista.</translation>
    </message>
    <message>
        <source>Say where and when the contact agreed to WhatsApp marketing.</source>
        <translation>Hay que indicar dónde y cuándo el contacto aceptó recibir marketing por WhatsApp.</translation>
    </message>
    <message>
        <source>Every custom attribute needs a name.</source>
        <translation>Cada atributo personalizado necesita un nombre.</translation>
    </message>
    <message>
        <source>The attribute “%1” is listed twice.</source>
        <translation>El atributo “%1” aparece dos veces.</translation>
    </message>
    <message>
        <source>Another contact already has the number %1.</source>
        <translation>Otro contacto ya tiene el número %1.</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactExportJob</name>
    <message>
        <source>Export Contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Writing the contacts to %1…</source>
        <translation>Escribiendo los contactos en %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Exported one contact to %1.</source>
        <translation>Se exportó un contacto a %1.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>Se exportaron %1 contactos a %2.</translation>
    </message>
    <message>
        <source>Written %1 of %2 contacts…</source>
        <translation>Escritos %1 de %2 contactos…</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactFilterBar</name>
    <message>
        <source>Search by name or phone number</source>
        <translation>Buscar por nombre o número de teléfono</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Cualquier consentimiento</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactListModel</name>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1 (origen: %2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactsPage</name>
    <message>
        <source>No contacts yet</source>
        <translation>Aún no hay contactos</translation>
    </message>
    <message>
        <source>Import a CSV or vCard file to get started.</source>
        <translation>Para empezar, importar un archivo CSV o vCard.</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>No se pueden leer los contactos: %1</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add or update contacts from a CSV or vCard file</source>
        <translation>Añadir o actualizar contactos desde un archivo CSV o vCard</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the contacts shown (the current search and filters) as a CSV file</source>
        <translation>Guardar los contactos mostrados (según la búsqueda y los filtros actuales) en un archivo CSV</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>Añadir etiqueta…</translation>
    </message>
    <message>
        <source>Remove Tag…</source>
        <translation>Quitar etiqueta…</translation>
    </message>
    <message>
        <source>Opt Out…</source>
        <translation>Dar de baja…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Record that the selected contacts do not want WhatsApp marketing</source>
        <translation>Registrar que los contactos seleccionados no quieren recibir marketing por WhatsApp</translation>
    </message>
    <message>
        <source>The selected contacts have opted out already.</source>
        <translation>Los contactos seleccionados ya se han dado de baja.</translation>
    </message>
    <message>
        <source>Cannot count the contacts: %1</source>
        <translation>No se pueden contar los contactos: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Contactos: %1</translation>
    </message>
    <message>
        <source>No contacts match</source>
        <translation>Ningún contacto coincide</translation>
    </message>
    <message>
        <source>Matching: %1 of %2</source>
        <translation>Coincidencias: %1 de %2</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Seleccionados: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contactos.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>megaphone::CountryCombo</name>
    <message>
        <source>No default country (numbers need their + code)</source>
        <translation>Sin país predeterminado (los números necesitan su prefijo +)</translation>
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
        <translation>Megaphone guarda los tokens y las contraseñas solo en el llavero del sistema. En Linux, hay que iniciar y desbloquear un Secret Service como GNOME Keyring o KWallet; en un servidor, los secretos se proporcionan mediante credenciales de systemd o variables MEGAPHONE_SECRET_&lt;ID&gt;_&lt;NAME&gt;.</translation>
    </message>
    <message>
        <source>No usable keychain was found: %1 %2</source>
        <translation>No se encontró ningún llavero utilizable: %1 %2</translation>
    </message>
    <message>
        <source>The keychain accepted a secret but did not give it back (is it locked?). %1</source>
        <translation>El llavero aceptó un secreto pero no lo devolvió (¿está bloqueado?). %1</translation>
    </message>
    <message>
        <source>No keychain is connected, so no secret was stored.</source>
        <translation>No hay ningún llavero conectado, así que no se guardó ningún secreto.</translation>
    </message>
</context>
<context>
    <name>megaphone::DashboardPage</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Contacts in total</source>
        <translation>Contactos en total</translation>
    </message>
    <message>
        <source>Opted in: may receive broadcasts</source>
        <translation>Suscritos: pueden recibir difusiones</translation>
    </message>
    <message>
        <source>Consent unknown</source>
        <translation>Consentimiento desconocido</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dados de baja</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>Difusiones</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Broadcast progress</source>
        <translation>Progreso de las difusiones</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
    <message>
        <source>Cannot read the figures: %1</source>
        <translation>No se pueden leer las cifras: %1</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
</context>
<context>
    <name>megaphone::DatabaseSection</name>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>En uso:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Versión del esquema:</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>Archivo SQLite en este equipo</translation>
    </message>
    <message>
        <source>PostgreSQL server (shared by a team)</source>
        <translation>Servidor PostgreSQL (compartido por un equipo de trabajo)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation>Usar esta base de datos</translation>
    </message>
    <message>
        <source>Use:</source>
        <translation>Usar:</translation>
    </message>
    <message>
        <source>A new choice applies when Megaphone starts again. --database and MEGAPHONE_DATABASE_URL still win over it.</source>
        <translation>Una nueva elección se aplica cuando Megaphone se vuelve a iniciar. --database y MEGAPHONE_DATABASE_URL siguen teniendo prioridad sobre ella.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>Predeterminado (prefer)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Dejar vacío para conservar la guardada</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Encryption (sslmode):</source>
        <translation>Cifrado (sslmode):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>SQLite Database File</source>
        <translation>Archivo de base de datos SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos SQLite (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the database file (a full path).</source>
        <translation>Hay que elegir el archivo de la base de datos (una ruta completa).</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 es una carpeta; hay que elegir un archivo.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server&apos;s name or address.</source>
        <translation>Hay que indicar el nombre o la dirección del servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Hay que indicar el nombre de la base de datos en el servidor.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; is not valid.</source>
        <translation>El nombre de servidor &quot;%1&quot; no es válido.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>There is no database file there yet; Megaphone creates it when it starts with this choice.</source>
        <translation>Todavía no hay ningún archivo de base de datos ahí; Megaphone lo crea al iniciarse con esta elección.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>No se pudo conectar: %1</translation>
    </message>
    <message>
        <source>Connected. The database is empty; Megaphone creates its tables when it starts with it.</source>
        <translation>Conectado. La base de datos está vacía; Megaphone crea sus tablas al iniciarse con ella.</translation>
    </message>
    <message>
        <source>Connected, but a newer version of Megaphone wrote this database (schema version %1). Update Megaphone before using it.</source>
        <translation>Conectado, pero esta base de datos la escribió una versión más reciente de Megaphone (versión de esquema %1). Hay que actualizar Megaphone antes de usarla.</translation>
    </message>
    <message>
        <source>Connected. It holds Megaphone data (schema version %1).</source>
        <translation>Conectado. Contiene datos de Megaphone (versión de esquema %1).</translation>
    </message>
    <message>
        <source>No keychain is connected, so the password cannot be kept.</source>
        <translation>No hay ningún llavero conectado, así que no se puede guardar la contraseña.</translation>
    </message>
    <message>
        <source>The password could not be stored, so nothing was changed: %1</source>
        <translation>No se pudo guardar la contraseña, así que no se cambió nada: %1</translation>
    </message>
    <message>
        <source>Saved. Megaphone uses %1 after a restart.</source>
        <translation>Guardado. Megaphone usará %1 después de reiniciarse.</translation>
    </message>
    <message>
        <source>MEGAPHONE_DATABASE_URL is set in this environment and still wins.</source>
        <translation>MEGAPHONE_DATABASE_URL está definida en este entorno y sigue teniendo prioridad.</translation>
    </message>
</context>
<context>
    <name>megaphone::Dispatcher</name>
    <message>
        <source>There is no account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message>
        <source>The broadcast&apos;s template no longer exists.</source>
        <translation>La plantilla de la difusión ya no existe.</translation>
    </message>
    <message>
        <source>The database was away and another dispatcher took account %1 meanwhile; this one stops.</source>
        <translation>La base de datos no estuvo disponible y mientras tanto otro distribuidor tomó la cuenta %1; este se detiene.</translation>
    </message>
    <message>
        <source>Not sent: %1 would be empty for this contact.</source>
        <translation>No enviado: %1 quedaría vacío para este contacto.</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
</context>
<context>
    <name>megaphone::FunnelWidget</name>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Accepted by WhatsApp</source>
        <translation>Aceptados por WhatsApp</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Pendientes de envío</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>Enviándose ahora</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>No delivery report has arrived for this number yet, so WhatsApp&apos;s acceptance is all that is known. Check the webhook in Settings.</source>
        <translation>Aún no ha llegado ningún informe de entrega para este número, así que solo se sabe lo que aceptó WhatsApp. Revisar el webhook en Configuración.</translation>
    </message>
    <message>
        <source>no reports yet</source>
        <translation>aún sin informes</translation>
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
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Try with the sandbox</source>
        <translation>Probar con el entorno de pruebas</translation>
    </message>
    <message>
        <source>There is no WhatsApp sender account yet. Add your WhatsApp Business number in Settings, or try everything first with the sandbox: a simulated WhatsApp number with sample contacts and templates. Nothing is sent to anyone.</source>
        <translation>Aún no hay ninguna cuenta de envío de WhatsApp. Se puede añadir el número de WhatsApp Business en Configuración, o probar todo primero con el entorno de pruebas: un número de WhatsApp simulado con contactos y plantillas de muestra. No se envía nada a nadie.</translation>
    </message>
    <message>
        <source>Add an account in Settings</source>
        <translation>Añadir una cuenta en Configuración</translation>
    </message>
    <message>
        <source>Creating the sandbox account and sample contacts…</source>
        <translation>Creando la cuenta del entorno de pruebas y los contactos de muestra…</translation>
    </message>
    <message>
        <source>The sandbox could not be set up: %1</source>
        <translation>No se pudo configurar el entorno de pruebas: %1</translation>
    </message>
    <message>
        <source>Reading the sandbox&apos;s templates…</source>
        <translation>Leyendo las plantillas del entorno de pruebas…</translation>
    </message>
    <message>
        <source>The sandbox account could not be read back.</source>
        <translation>No se pudo volver a leer la cuenta del entorno de pruebas.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s templates could not be read: %1</source>
        <translation>No se pudieron leer las plantillas del entorno de pruebas: %1</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox is ready: a simulated WhatsApp number, %n new sample contact(s) </source>
        <translation>
            <numerusform>El entorno de pruebas está listo: un número de WhatsApp simulado, %n contacto de muestra nuevo </numerusform>
            <numerusform>El entorno de pruebas está listo: un número de WhatsApp simulado, %n contactos de muestra nuevos </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n template(s). Look at the Contacts and Templates pages next.</source>
        <translation>
            <numerusform>y %n plantilla. Ahora se pueden consultar las páginas Contactos y Plantillas.</numerusform>
            <numerusform>y %n plantillas. Ahora se pueden consultar las páginas Contactos y Plantillas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::HttpClient</name>
    <message>
        <source>No complete answer within the time limit.</source>
        <translation>No hubo respuesta completa dentro del tiempo límite.</translation>
    </message>
    <message>
        <source>The connection closed after the request was sent; it was not sent again.</source>
        <translation>La conexión se cerró después de enviar la solicitud; no se volvió a enviar.</translation>
    </message>
</context>
<context>
    <name>megaphone::HttpServer</name>
    <message>
        <source>The server is already listening on port %1.</source>
        <translation>El servidor ya está escuchando en el puerto %1.</translation>
    </message>
    <message>
        <source>Cannot start the HTTP server: %1</source>
        <translation>No se puede iniciar el servidor HTTP: %1</translation>
    </message>
    <message>
        <source>Cannot start the HTTP/1.1 engine (libmicrohttpd).</source>
        <translation>No se puede iniciar el motor HTTP/1.1 (libmicrohttpd).</translation>
    </message>
    <message>
        <source>Cannot open a socket for %1: %2</source>
        <translation>No se puede abrir un socket para %1: %2</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use.</source>
        <translation>El puerto %1 en %2 ya está en uso.</translation>
    </message>
    <message>
        <source>Not allowed to listen on %1.</source>
        <translation>No hay permiso para escuchar en %1.</translation>
    </message>
    <message>
        <source>The address %1 is not on this machine.</source>
        <translation>La dirección %1 no pertenece a este equipo.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportDryRunPage</name>
    <message>
        <source>Check what will happen</source>
        <translation>Comprobar qué pasará</translation>
    </message>
    <message>
        <source>A dry run reads the whole file with your choices and changes nothing.</source>
        <translation>Una simulación lee todo el archivo con las opciones elegidas y no cambia nada.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Reading the file… rows so far: %1</source>
        <translation>Leyendo el archivo… filas hasta ahora: %1</translation>
    </message>
    <message>
        <source>No contact in this file can be imported. Go back and check the columns and the default country.</source>
        <translation>No se puede importar ningún contacto de este archivo. Conviene volver atrás y revisar las columnas y el país predeterminado.</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Import will record these contacts as opted in with the source “%1”; those who opted out stay opted out.</source>
        <translation>Todavía no se ha cambiado nada. La importación registrará estos contactos como suscritos con el origen “%1”; los que se dieron de baja seguirán dados de baja.</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Import will add and update the contacts as counted here.</source>
        <translation>Todavía no se ha cambiado nada. La importación añadirá y actualizará los contactos tal como se cuentan aquí.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>No se puede importar el archivo: %1</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Contacts exported from Google Contacts, Outlook, Shopify, HubSpot, Mailchimp or a spreadsheet (CSV, TSV, TXT), or from a phone (vCard).</source>
        <translation>Contactos exportados de Google Contacts, Outlook, Shopify, HubSpot, Mailchimp o una hoja de cálculo (CSV, TSV, TXT), o de un teléfono (vCard).</translation>
    </message>
    <message>
        <source>The path of a .csv, .tsv, .txt or .vcf file</source>
        <translation>La ruta de un archivo .csv, .tsv, .txt o .vcf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Contacts file:</source>
        <translation>Archivo de contactos:</translation>
    </message>
    <message>
        <source>Choose a Contacts File</source>
        <translation>Elegir un archivo de contactos</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Archivos de contactos (*.csv *.tsv *.txt *.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>No hay ningún archivo en esta ruta.</translation>
    </message>
    <message>
        <source>This is a folder: choose a file in it.</source>
        <translation>Es una carpeta: elegir un archivo dentro de ella.</translation>
    </message>
    <message>
        <source>You have no permission to read this file.</source>
        <translation>No hay permiso para leer este archivo.</translation>
    </message>
    <message>
        <source>From a spreadsheet, save the sheet as “CSV UTF-8”. From an iPhone or a Mac, select the contacts in Contacts and export them as a vCard. Nothing is imported before the last step: you will see how the file reads and what would change first.</source>
        <translation>Desde una hoja de cálculo, guardar la hoja como “CSV UTF-8”. Desde un iPhone o un Mac, seleccionar los contactos en Contactos y exportarlos como vCard. No se importa nada antes del último paso: primero se verá cómo se lee el archivo y qué cambiaría.</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns that fit no contact field can be kept as custom attributes, for use in message templates.</source>
        <translation>Elegir qué contiene cada columna del archivo. Las columnas que no corresponden a ningún campo de contacto se pueden conservar como atributos personalizados para usarlas en las plantillas de mensajes.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Attribute name</source>
        <translation>Nombre del atributo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Custom attribute</source>
        <translation>Atributo personalizado</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Importar la columna %1 como</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportOptionsPage</name>
    <message>
        <source>Choose the import options</source>
        <translation>Elegir las opciones de importación</translation>
    </message>
    <message>
        <source>What applies to every contact of the file.</source>
        <translation>Lo que se aplica a todos los contactos del archivo.</translation>
    </message>
    <message>
        <source>e.g. spring-sale, newsletter</source>
        <translation>p. ej., rebajas-primavera, boletín</translation>
    </message>
    <message>
        <source>Default country:</source>
        <translation>País predeterminado:</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as 0987 654 3210, are read as numbers of this country. A country column in the file overrides it for its row.</source>
        <translation>Los números escritos sin prefijo internacional, como 0987 654 3210, se leen como números de este país. Si el archivo tiene una columna de país, esta prevalece en su fila.</translation>
    </message>
    <message>
        <source>Add tags:</source>
        <translation>Añadir etiquetas:</translation>
    </message>
    <message>
        <source>Separated by commas; added to every contact in the file, new or already known.</source>
        <translation>Separadas por comas; se añaden a todos los contactos del archivo, tanto nuevos como ya existentes.</translation>
    </message>
    <message>
        <source>Consent to WhatsApp marketing</source>
        <translation>Consentimiento para marketing por WhatsApp</translation>
    </message>
    <message>
        <source>Don&apos;t record consent</source>
        <translation>No registrar el consentimiento</translation>
    </message>
    <message>
        <source>These contacts agreed to receive WhatsApp marketing from us</source>
        <translation>Estos contactos aceptaron recibir marketing por WhatsApp de nuestra parte</translation>
    </message>
    <message>
        <source>Where and when they agreed, e.g. Website checkout opt-in, 2025</source>
        <translation>Dónde y cuándo lo aceptaron, p. ej., casilla de suscripción en el pago de la web, 2025</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>WhatsApp allows marketing messages only to people who agreed to receive them, so broadcasts go only to contacts recorded as opted in. Record consent only when it is true: its source is kept with each contact as your proof.</source>
        <translation>WhatsApp solo permite mensajes de marketing a personas que aceptaron recibirlos, por lo que las difusiones solo llegan a los contactos registrados como suscritos. El consentimiento solo debe registrarse cuando sea cierto: su origen se guarda con cada contacto como prueba.</translation>
    </message>
    <message>
        <source>Contacts who opted out stay opted out: an import never opts them in again.</source>
        <translation>Los contactos que se dieron de baja siguen dados de baja: una importación nunca vuelve a suscribirlos.</translation>
    </message>
    <message>
        <source>The column “%1” says who agreed; this choice applies only to rows where it is empty.</source>
        <translation>La columna “%1” indica quién dio su consentimiento; esta opción solo se aplica a las filas en las que está vacía.</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportPreviewPage</name>
    <message>
        <source>Check how the file reads</source>
        <translation>Comprobar cómo se lee el archivo</translation>
    </message>
    <message>
        <source>The first rows as Megaphone reads them. If the columns or letters look wrong, change how the file is read.</source>
        <translation>Las primeras filas tal como las lee Megaphone. Si las columnas o las letras no se ven bien, hay que cambiar cómo se lee el archivo.</translation>
    </message>
    <message>
        <source>UTF-8 (most files)</source>
        <translation>UTF-8 (la mayoría de los archivos)</translation>
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
        <translation>Windows-1252 (Excel antiguo)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Coma  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Punto y coma  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Vertical bar  |</source>
        <translation>Barra vertical  |</translation>
    </message>
    <message>
        <source>The first row holds column names</source>
        <translation>La primera fila contiene los nombres de las columnas</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Codificación del texto:</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>Columnas separadas por:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>A vCard file: each card is one row.</source>
        <translation>Un archivo vCard: cada tarjeta es una fila.</translation>
    </message>
    <message>
        <source>The file has no rows below its column names.</source>
        <translation>El archivo no tiene filas debajo de los nombres de las columnas.</translation>
    </message>
    <message>
        <source>The first %1 rows:</source>
        <translation>Las primeras %1 filas:</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportReportPage</name>
    <message>
        <source>Save Rejected Rows…</source>
        <translation>Guardar filas rechazadas…</translation>
    </message>
    <message>
        <source>A CSV file of every rejected row with its reason: fix the rows and import the file again.</source>
        <translation>Un archivo CSV con cada fila rechazada y su motivo: corregir las filas y volver a importar el archivo.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed: your contacts are as they were before.</source>
        <translation>%1

No se cambió nada: los contactos siguen como estaban.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>The import was cancelled before anything was saved. Nothing was changed: your contacts are as they were before.</source>
        <translation>La importación se canceló antes de guardar nada. No se cambió nada: los contactos siguen como estaban.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>The contacts are in your list.</source>
        <translation>Los contactos ya están en la lista.</translation>
    </message>
    <message>
        <source>The contacts are recorded as opted in (source: “%1”), except those who had opted out.</source>
        <translation>Los contactos se registraron como suscritos (origen: “%1”), excepto los que se habían dado de baja.</translation>
    </message>
    <message>
        <source>Only contacts recorded as opted in receive broadcasts.</source>
        <translation>Solo los contactos registrados como suscritos reciben difusiones.</translation>
    </message>
    <message>
        <source>%1 - rejected rows.csv</source>
        <translation>%1 - filas rechazadas.csv</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Guardar filas rechazadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
    <message>
        <source>Cannot save the rejected rows to %1.</source>
        <translation>No se pueden guardar las filas rechazadas en %1.</translation>
    </message>
    <message>
        <source>Saved to %1. Fix the rows there and import the file again.</source>
        <translation>Guardado en %1. Se pueden corregir ahí las filas y volver a importar el archivo.</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportRunPage</name>
    <message>
        <source>Cancel Import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>You can cancel until the contacts are being saved; a cancelled import changes nothing.</source>
        <translation>Se puede cancelar hasta que empiecen a guardarse los contactos; una importación cancelada no cambia nada.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Cancelando… no se cambiará nada.</translation>
    </message>
    <message>
        <source>Saving %1 rows to your contacts…</source>
        <translation>Guardando %1 filas en los contactos…</translation>
    </message>
    <message>
        <source>Read %1 of %2, rows: %3</source>
        <translation>Leídos %1 de %2, filas: %3</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportSummary</name>
    <message>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <source>New contacts to add</source>
        <translation>Contactos nuevos que se añadirán</translation>
    </message>
    <message>
        <source>New contacts added</source>
        <translation>Contactos nuevos añadidos</translation>
    </message>
    <message>
        <source>Existing contacts to update</source>
        <translation>Contactos existentes que se actualizarán</translation>
    </message>
    <message>
        <source>Existing contacts updated</source>
        <translation>Contactos existentes actualizados</translation>
    </message>
    <message>
        <source>Repeated in the file, merged</source>
        <translation>Repetidos en el archivo, combinados</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Flagged: landline or extension</source>
        <translation>Marcados: fijo o extensión</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>No se rechazó ninguna fila.</translation>
    </message>
    <message>
        <source>The first rejected rows (%1 of %2):</source>
        <translation>Las primeras filas rechazadas (%1 de %2):</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Filas rechazadas:</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contactos</translation>
    </message>
</context>
<context>
    <name>megaphone::KeychainCredentialStore</name>
    <message>
        <source>No secret is stored under &quot;%1&quot;.</source>
        <translation>No hay ningún secreto guardado con el nombre &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>El llavero denegó el acceso: %1</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>No se pudo usar el llavero: %1</translation>
    </message>
</context>
<context>
    <name>megaphone::KeychainProbe</name>
    <message>
        <source>No keychain is connected.</source>
        <translation>No hay ningún llavero conectado.</translation>
    </message>
    <message>
        <source>Working: a test secret was stored, read back and removed.</source>
        <translation>Funciona: se guardó, se volvió a leer y se eliminó un secreto de prueba.</translation>
    </message>
</context>
<context>
    <name>megaphone::LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Saved. The new language applies when Megaphone starts again.</source>
        <translation>Guardado. El nuevo idioma se aplicará cuando Megaphone se vuelva a iniciar.</translation>
    </message>
</context>
<context>
    <name>megaphone::LiveBroadcastView</name>
    <message>
        <source>No broadcast has started yet</source>
        <translation>Aún no se ha iniciado ninguna difusión</translation>
    </message>
    <message>
        <source>When a broadcast sends, its progress shows here live: how many were sent, delivered and read, the sending speed and what failed.</source>
        <translation>Cuando una difusión se envía, aquí se muestra su progreso en directo: cuántos mensajes se enviaron, entregaron y leyeron, la velocidad de envío y lo que falló.</translation>
    </message>
    <message>
        <source>&amp;Broadcast:</source>
        <translation>&amp;Difusión:</translation>
    </message>
    <message>
        <source>Cannot read the broadcast&apos;s figures: %1</source>
        <translation>No se pueden leer las cifras de la difusión: %1</translation>
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
        <translation>Panel</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>Difusiones</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>The database in use</source>
        <translation>La base de datos en uso</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>megaphone::MemoryCredentialStore</name>
    <message>
        <source>No secret is stored under &quot;%1&quot;.</source>
        <translation>No hay ningún secreto guardado con el nombre &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>megaphone::MetaProvider</name>
    <message>
        <source>The provider could not be reached: %1</source>
        <translation>No se pudo contactar con el proveedor: %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>The provider said: %1</source>
        <translation>El proveedor respondió: %1</translation>
    </message>
    <message>
        <source>No access token is stored for this account. Enter it in Settings.</source>
        <translation>No hay ningún token de acceso guardado para esta cuenta. Hay que introducirlo en Configuración.</translation>
    </message>
    <message>
        <source>No API key is stored for this account. Enter it in Settings.</source>
        <translation>No hay ninguna clave de API guardada para esta cuenta. Hay que introducirla en Configuración.</translation>
    </message>
    <message>
        <source>The number answered, but its templates could not be read: %1</source>
        <translation>El número respondió, pero no se pudieron leer sus plantillas: %1</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>Conectado a %1 (%2).</translation>
    </message>
    <message>
        <source>Connected: the key was accepted and templates can be read.</source>
        <translation>Conectado: se aceptó la clave y se pueden leer las plantillas.</translation>
    </message>
    <message>
        <source>Quality rating: %1.</source>
        <translation>Calificación de calidad: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Throughput: %n messages per second.</source>
        <translation>
            <numerusform>Capacidad: %n mensaje por segundo.</numerusform>
            <numerusform>Capacidad: %n mensajes por segundo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messaging limit: unlimited.</source>
        <translation>Límite de mensajes: ilimitado.</translation>
    </message>
    <message numerus="yes">
        <source>Messaging limit: %n unique customers per 24 hours.</source>
        <translation>
            <numerusform>Límite de mensajes: %n cliente único cada 24 horas.</numerusform>
            <numerusform>Límite de mensajes: %n clientes únicos cada 24 horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template list pointed to another address (%1); it was not followed.</source>
        <translation>La lista de plantillas apuntaba a otra dirección (%1); no se siguió.</translation>
    </message>
    <message numerus="yes">
        <source>The template list did not end after %n pages.</source>
        <translation>
            <numerusform>La lista de plantillas no terminó después de %n página.</numerusform>
            <numerusform>La lista de plantillas no terminó después de %n páginas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::ParameterMappingTable</name>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Origen del valor</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>If empty, use</source>
        <translation>Si está vacío, usar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Header {{%1}}</source>
        <translation>Encabezado {{%1}}</translation>
    </message>
    <message>
        <source>Body {{%1}}</source>
        <translation>Cuerpo {{%1}}</translation>
    </message>
    <message>
        <source>Header media link</source>
        <translation>Enlace multimedia del encabezado</translation>
    </message>
    <message>
        <source>Header location</source>
        <translation>Ubicación del encabezado</translation>
    </message>
    <message>
        <source>Link of &quot;%1&quot;</source>
        <translation>Enlace de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reply &quot;%1&quot;</source>
        <translation>Respuesta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Código de cupón</translation>
    </message>
    <message>
        <source>%1. Example: %2</source>
        <translation>%1. Ejemplo: %2</translation>
    </message>
    <message>
        <source>Where %1 comes from</source>
        <translation>De dónde sale %1</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <source>Contact field</source>
        <translation>Campo del contacto</translation>
    </message>
    <message>
        <source>Custom attribute</source>
        <translation>Atributo personalizado</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Texto fijo</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Value of %1 when empty</source>
        <translation>Valor de %1 cuando está vacío</translation>
    </message>
    <message>
        <source>latitude,longitude,name,address</source>
        <translation>latitud,longitud,nombre,dirección</translation>
    </message>
    <message>
        <source>The same text for everyone</source>
        <translation>El mismo texto para todos</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <source>Needs a value</source>
        <translation>Necesita un valor</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Comprobando...</translation>
    </message>
    <message numerus="yes">
        <source>Empty for %n contact(s)</source>
        <translation>
            <numerusform>Vacío para %n contacto</numerusform>
            <numerusform>Vacío para %n contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::PhoneNormalizer</name>
    <message>
        <source>landline</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>fijo o móvil</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>de tarificación adicional</translation>
    </message>
    <message>
        <source>shared-cost</source>
        <translation>de coste compartido</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal (forwarding)</source>
        <translation>personal (desvío)</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>de buscapersonas</translation>
    </message>
    <message>
        <source>company (UAN)</source>
        <translation>de empresa (UAN)</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>de buzón de voz</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Unknown country code after the +.</source>
        <translation>Prefijo de país desconocido después del +.</translation>
    </message>
    <message>
        <source>No country code could be found.</source>
        <translation>No se encontró ningún prefijo de país.</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>No es un número de teléfono.</translation>
    </message>
    <message>
        <source>Too short to be a phone number.</source>
        <translation>Demasiado corto para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>Too long to be a phone number.</source>
        <translation>Demasiado largo para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Unknown country code +%1.</source>
        <translation>Prefijo de país desconocido +%1.</translation>
    </message>
    <message>
        <source>Too short for a number in %1.</source>
        <translation>Demasiado corto para un número de %1.</translation>
    </message>
    <message>
        <source>Too short: it looks like a local number in %1 without its area code.</source>
        <translation>Demasiado corto: parece un número local de %1 sin su prefijo de zona.</translation>
    </message>
    <message>
        <source>Too long for a number in %1.</source>
        <translation>Demasiado largo para un número de %1.</translation>
    </message>
    <message>
        <source>Wrong number of digits for a number in %1.</source>
        <translation>Cantidad de dígitos incorrecta para un número de %1.</translation>
    </message>
    <message>
        <source>Not a valid phone number in %1.</source>
        <translation>No es un número de teléfono válido de %1.</translation>
    </message>
    <message>
        <source>Not a valid number in %1, nor in any country as written.</source>
        <translation>No es un número válido de %1 ni de ningún país tal como está escrito.</translation>
    </message>
    <message>
        <source>The phone cell is empty.</source>
        <translation>La celda del teléfono está vacía.</translation>
    </message>
    <message>
        <source>The number was damaged by Excel (shown as %1): its last digits are lost. Format the column as Text in the original sheet and export it again.</source>
        <translation>Excel dañó el número (aparece como %1): se perdieron sus últimos dígitos. Dar formato de Texto a la columna en la hoja original y volver a exportarla.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” no es un número de teléfono.</translation>
    </message>
    <message>
        <source>The number has no country code and no default country is set: choose a default country, or write numbers with + and their country code.</source>
        <translation>El número no tiene prefijo de país y no hay un país predeterminado: elegir un país predeterminado o escribir los números con + y su prefijo de país.</translation>
    </message>
    <message>
        <source>(The country “%1” was not recognised.)</source>
        <translation>(No se reconoció el país “%1”.)</translation>
    </message>
    <message>
        <source>A landline number: it may not be on WhatsApp.</source>
        <translation>Un número fijo: puede que no esté en WhatsApp.</translation>
    </message>
    <message>
        <source>A %1 number: it is unlikely to be on WhatsApp.</source>
        <translation>Un número %1: es poco probable que esté en WhatsApp.</translation>
    </message>
    <message>
        <source>The number has an extension (%1), which WhatsApp cannot dial; it is kept apart from the number.</source>
        <translation>El número tiene una extensión (%1), que WhatsApp no puede marcar; se guarda aparte del número.</translation>
    </message>
    <message>
        <source>Read as an international number: the cell has its country code but no +.</source>
        <translation>Se leyó como número internacional: la celda tiene el prefijo de país, pero sin +.</translation>
    </message>
    <message numerus="yes">
        <source>The cell holds %n numbers; the first mobile one was taken.</source>
        <translation>
            <numerusform>La celda contiene %n número; se tomó el primero que es móvil.</numerusform>
            <numerusform>La celda contiene %n números; se tomó el primero que es móvil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cell holds %n numbers and none is a mobile number; the first valid one was taken.</source>
        <translation>
            <numerusform>La celda contiene %n número y no es móvil; se tomó el primero válido.</numerusform>
            <numerusform>La celda contiene %n números y ninguno es móvil; se tomó el primero válido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::PortfoliosSection</name>
    <message>
        <source>Portfolios</source>
        <translation>Portafolios</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Messaging limit</source>
        <translation>Límite de mensajes</translation>
    </message>
    <message>
        <source>Acme Brazil</source>
        <translation>Acme Brasil</translation>
    </message>
    <message>
        <source>How many different people the portfolio&apos;s numbers may message in 24 hours outside a customer service window. Meta shows it in WhatsApp Manager.</source>
        <translation>Cuántas personas distintas pueden recibir mensajes de los números del portafolio en 24 horas fuera de una ventana de atención al cliente. Meta lo muestra en WhatsApp Manager.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Messaging limit:</source>
        <translation>Límite de mensajes:</translation>
    </message>
    <message>
        <source>A Meta business portfolio&apos;s messaging limit is shared by all of its numbers; broadcasts wait when it is reached.</source>
        <translation>Todos los números de un portafolio comercial de Meta comparten su límite de mensajes; las difusiones esperan cuando se alcanza.</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <source>%1 people a day</source>
        <translation>%1 personas al día</translation>
    </message>
    <message>
        <source>Cannot read the portfolios: %1</source>
        <translation>No se pueden leer los portafolios: %1</translation>
    </message>
    <message>
        <source>Type a name for the new portfolio.</source>
        <translation>Hay que escribir un nombre para el portafolio nuevo.</translation>
    </message>
    <message>
        <source>There is already a portfolio named &quot;%1&quot;.</source>
        <translation>Ya existe un portafolio llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>Se añadió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A portfolio needs a name.</source>
        <translation>Un portafolio necesita un nombre.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Se guardó &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Remove Portfolio</source>
        <translation>Eliminar portafolio</translation>
    </message>
    <message>
        <source>Remove the portfolio &quot;%1&quot;? Its sender accounts stay, without a portfolio.</source>
        <translation>¿Eliminar el portafolio &quot;%1&quot;? Sus cuentas de envío se conservan, sin portafolio.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>Se eliminó &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
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
        <translation>Retransmisión (un servidor Megaphone)</translation>
    </message>
    <message>
        <source>Sandbox (test server)</source>
        <translation>Entorno de pruebas (servidor de prueba)</translation>
    </message>
    <message>
        <source>Phone number ID:</source>
        <translation>ID del número de teléfono:</translation>
    </message>
    <message>
        <source>The number&apos;s ID in WhatsApp Manager (API Setup), digits only; not the phone number itself.</source>
        <translation>El ID del número en WhatsApp Manager (Configuración de la API), solo dígitos; no es el número de teléfono en sí.</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID:</source>
        <translation>ID de la cuenta de WhatsApp Business:</translation>
    </message>
    <message>
        <source>Needed to read and submit message templates.</source>
        <translation>Necesario para leer y enviar a revisión las plantillas de mensajes.</translation>
    </message>
    <message>
        <source>Graph API address:</source>
        <translation>Dirección de Graph API:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>Versión de la API:</translation>
    </message>
    <message>
        <source>Team default</source>
        <translation>Predeterminado del equipo</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <source>The most messages this number sends a second. Meta allows 80 a second by default and up to 1,000 for upgraded numbers.</source>
        <translation>El máximo de mensajes por segundo que envía este número. Meta permite 80 por segundo de forma predeterminada y hasta 1000 en números mejorados.</translation>
    </message>
    <message>
        <source>Sending speed:</source>
        <translation>Velocidad de envío:</translation>
    </message>
    <message>
        <source>Use a System User access token that does not expire. The app secret checks that webhook calls come from Meta; the verify token is what you also type in the app&apos;s webhook settings.</source>
        <translation>Usar un token de acceso de usuario del sistema que no caduque. El secreto de la app comprueba que las llamadas al webhook vienen de Meta; el token de verificación es el que también se escribe en la configuración del webhook de la app.</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Dirección de la API:</translation>
    </message>
    <message>
        <source>360dialog does not sign its webhooks: the webhook token is part of the webhook address, so make it unguessable with Generate.</source>
        <translation>360dialog no firma sus webhooks: el token del webhook forma parte de la dirección del webhook, así que conviene hacerlo imposible de adivinar con Generar.</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>Account SID:</translation>
    </message>
    <message>
        <source>Starts with AC, from the Twilio console.</source>
        <translation>Empieza por AC; está en la consola de Twilio.</translation>
    </message>
    <message>
        <source>From number:</source>
        <translation>Número de origen:</translation>
    </message>
    <message>
        <source>The WhatsApp sender in international form, such as +14155550100.</source>
        <translation>El remitente de WhatsApp en formato internacional, como +14155550100.</translation>
    </message>
    <message>
        <source>Or Messaging Service SID:</source>
        <translation>O Messaging Service SID:</translation>
    </message>
    <message>
        <source>Starts with MG. Used instead of the From number when given.</source>
        <translation>Empieza por MG. Si se indica, se usa en lugar del número de origen.</translation>
    </message>
    <message>
        <source>Public status address:</source>
        <translation>Dirección pública de estado:</translation>
    </message>
    <message>
        <source>The public https address where Twilio reaches this Megaphone&apos;s webhooks; delivery reports need it.</source>
        <translation>La dirección https pública desde la que Twilio llega a los webhooks de este Megaphone; la necesitan los informes de entrega.</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <source>The Megaphone server that sends for this account.</source>
        <translation>El servidor Megaphone que envía para esta cuenta.</translation>
    </message>
    <message>
        <source>Messages go to Megaphone&apos;s own test server, found when a broadcast starts. Nothing reaches WhatsApp.</source>
        <translation>Los mensajes van al propio servidor de pruebas de Megaphone, que se localiza al iniciarse una difusión. Nada llega a WhatsApp.</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Hay que indicar la dirección del servidor.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not a web address (https://...).</source>
        <translation>La dirección &quot;%1&quot; no es una dirección web (https://...).</translation>
    </message>
    <message>
        <source>Enter the phone number ID (WhatsApp Manager, API Setup).</source>
        <translation>Hay que indicar el ID del número de teléfono (WhatsApp Manager, Configuración de la API).</translation>
    </message>
    <message>
        <source>The phone number ID is digits only. It is not the phone number itself.</source>
        <translation>El ID del número de teléfono solo tiene dígitos. No es el número de teléfono en sí.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID is digits only.</source>
        <translation>El ID de la cuenta de WhatsApp Business solo tiene dígitos.</translation>
    </message>
    <message>
        <source>The API version looks like v23.0.</source>
        <translation>La versión de la API tiene este aspecto: v23.0.</translation>
    </message>
    <message>
        <source>Enter the Account SID: AC followed by 32 letters and digits.</source>
        <translation>Hay que indicar el Account SID: AC seguido de 32 letras y dígitos.</translation>
    </message>
    <message>
        <source>Enter the From number or a Messaging Service SID.</source>
        <translation>Hay que indicar el número de origen o un Messaging Service SID.</translation>
    </message>
    <message>
        <source>Write the From number in international form, such as +14155550100.</source>
        <translation>El número de origen debe escribirse en formato internacional, como +14155550100.</translation>
    </message>
    <message>
        <source>The Messaging Service SID is MG followed by 32 letters and digits.</source>
        <translation>El Messaging Service SID es MG seguido de 32 letras y dígitos.</translation>
    </message>
    <message>
        <source>The public status address &quot;%1&quot; is not a web address (https://...).</source>
        <translation>La dirección pública de estado &quot;%1&quot; no es una dirección web (https://...).</translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot;.</source>
        <translation>Hay que rellenar &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>megaphone::QuotaGauge</name>
    <message>
        <source>No daily limit</source>
        <translation>Sin límite diario</translation>
    </message>
    <message>
        <source>The sending number&apos;s portfolio has no messaging tier limit set, so only the sending speed limits this broadcast.</source>
        <translation>El portafolio del número de envío no tiene definido un límite de nivel de mensajería, así que solo la velocidad de envío limita esta difusión.</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>Quedan %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people reached in the last 24 hours, over every number of the portfolio.</source>
        <translation>
            <numerusform>%Ln persona contactada en las últimas 24 horas, entre todos los números del portafolio.</numerusform>
            <numerusform>%Ln personas contactadas en las últimas 24 horas, entre todos los números del portafolio.</numerusform>
        </translation>
    </message>
    <message>
        <source>More capacity frees %1 (in %2).</source>
        <translation>Se libera más capacidad %1 (en %2).</translation>
    </message>
</context>
<context>
    <name>megaphone::RelayProvider</name>
    <message>
        <source>Enter the relay&apos;s address in Settings.</source>
        <translation>Hay que indicar la dirección del servidor de retransmisión en Configuración.</translation>
    </message>
    <message>
        <source>No relay secret is stored for this account. Enter it in Settings.</source>
        <translation>No hay ningún secreto de retransmisión guardado para esta cuenta. Hay que introducirlo en Configuración.</translation>
    </message>
    <message>
        <source>The relay could not be reached: %1</source>
        <translation>No se pudo contactar con el servidor de retransmisión: %1</translation>
    </message>
    <message>
        <source>The relay refused the secret (HTTP 401).</source>
        <translation>El servidor de retransmisión rechazó el secreto (HTTP 401).</translation>
    </message>
    <message>
        <source>The relay answered and accepted the secret.</source>
        <translation>El servidor de retransmisión respondió y aceptó el secreto.</translation>
    </message>
    <message>
        <source>The relay answered with HTTP %1.</source>
        <translation>El servidor de retransmisión respondió con HTTP %1.</translation>
    </message>
</context>
<context>
    <name>megaphone::RelayTemplateDialog</name>
    <message>
        <source>New relay template</source>
        <translation>Nueva plantilla de retransmisión</translation>
    </message>
    <message>
        <source>spring_sale</source>
        <translation>rebajas_primavera</translation>
    </message>
    <message>
        <source>Hi {{first_name}}! Our *spring sale* starts today.</source>
        <translation>¡Hola, {{first_name}}! Hoy empiezan nuestras *rebajas de primavera*.</translation>
    </message>
    <message>
        <source>https://… (optional: an image sent above the text)</source>
        <translation>https://… (opcional: una imagen que se envía encima del texto)</translation>
    </message>
    <message>
        <source>Sender account</source>
        <translation>Cuenta de envío</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Media link</source>
        <translation>Enlace multimedia</translation>
    </message>
    <message>
        <source>Write *bold*, _italic_, ~strike~ and ```monospace``` as in WhatsApp; {{first_name}} and other variables are filled from each contact.</source>
        <translation>Se puede escribir *negrita*, _cursiva_, ~tachado~ y ```monoespaciado``` como en WhatsApp; {{first_name}} y las demás variables se rellenan con los datos de cada contacto.</translation>
    </message>
    <message>
        <source>Edit relay template</source>
        <translation>Editar plantilla de retransmisión</translation>
    </message>
    <message>
        <source>Add a relay account in Settings first.</source>
        <translation>Primero hay que añadir una cuenta de retransmisión en Configuración.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Hay que ponerle un nombre a la plantilla.</translation>
    </message>
    <message>
        <source>The name may have lowercase letters, digits and underscores only.</source>
        <translation>El nombre solo puede tener letras minúsculas, dígitos y guiones bajos.</translation>
    </message>
    <message>
        <source>Give the language code, like en or pt_BR.</source>
        <translation>Hay que indicar el código de idioma, como es o pt_BR.</translation>
    </message>
    <message>
        <source>Write the text of the message.</source>
        <translation>Hay que escribir el texto del mensaje.</translation>
    </message>
    <message>
        <source>The variable {{%1}} needs a name of lowercase letters, digits and underscores, like {{first_name}}.</source>
        <translation>La variable {{%1}} necesita un nombre con letras minúsculas, dígitos y guiones bajos, como {{first_name}}.</translation>
    </message>
    <message>
        <source>The media link must be a web address starting with https://.</source>
        <translation>El enlace multimedia debe ser una dirección web que empiece por https://.</translation>
    </message>
    <message>
        <source>No variables: everyone gets the same text.</source>
        <translation>Sin variables: todos reciben el mismo texto.</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variables: %1</translation>
    </message>
</context>
<context>
    <name>megaphone::ReviewStep</name>
    <message>
        <source>Send a test</source>
        <translation>Enviar una prueba</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Before sending</source>
        <translation>Antes de enviar</translation>
    </message>
    <message>
        <source>How long it takes and what it costs</source>
        <translation>Cuánto tarda y cuánto cuesta</translation>
    </message>
    <message>
        <source>Send a test to my number</source>
        <translation>Enviar una prueba a mi número</translation>
    </message>
    <message>
        <source>Your WhatsApp number, e.g. +55 11 98765 4321</source>
        <translation>Número de WhatsApp propio, p. ej., +55 11 98765 4321</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Programar…</translation>
    </message>
    <message>
        <source>Send now…</source>
        <translation>Enviar ahora…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinatario</numerusform>
            <numerusform>%n destinatarios</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to %2, %3, at up to %4 messages a second%5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; para %2, %3, a un máximo de %4 mensajes por segundo%5.</translation>
    </message>
    <message>
        <source>, between %1 in each recipient&apos;s time</source>
        <translation>, en la franja %1 según la hora local de cada destinatario</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>Todo está listo.</translation>
    </message>
    <message>
        <source>Sending takes %1.</source>
        <translation>El envío tarda %1.</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <source>Days %1-%2</source>
        <translation>Días %1-%2</translation>
    </message>
    <message>
        <source>No cost estimate: enter your provider&apos;s prices in Settings &gt; Team sending defaults.</source>
        <translation>Sin estimación de costes: hay que indicar los precios del proveedor en Configuración &gt; Valores de envío del equipo.</translation>
    </message>
    <message>
        <source>Estimated cost: %1 for %2 messages.</source>
        <translation>Coste estimado: %1 por %2 mensajes.</translation>
    </message>
    <message numerus="yes">
        <source>Schedule &quot;%1&quot; to %n recipient(s)?</source>
        <translation>
            <numerusform>¿Programar &quot;%1&quot; para %n destinatario?</numerusform>
            <numerusform>¿Programar &quot;%1&quot; para %n destinatarios?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send &quot;%1&quot; to %n recipient(s) now? This cannot be undone once messages leave.</source>
        <translation>
            <numerusform>¿Enviar &quot;%1&quot; a %n destinatario ahora? Una vez que salgan los mensajes, no se puede deshacer.</numerusform>
            <numerusform>¿Enviar &quot;%1&quot; a %n destinatarios ahora? Una vez que salgan los mensajes, no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule the broadcast</source>
        <translation>Programar la difusión</translation>
    </message>
    <message>
        <source>Send the broadcast</source>
        <translation>Enviar la difusión</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The audience has no contact to fill the template with.</source>
        <translation>La audiencia no tiene ningún contacto con el que rellenar la plantilla.</translation>
    </message>
    <message>
        <source>Sent to %1: check your WhatsApp.</source>
        <translation>Enviado a %1: revisar WhatsApp.</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>No enviado (%1): %2</translation>
    </message>
</context>
<context>
    <name>megaphone::SampleMessagePreview</name>
    <message>
        <source>Contact to preview the message for</source>
        <translation>Contacto para el que se muestra la vista previa del mensaje</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Vista previa para</translation>
    </message>
    <message>
        <source>No contacts yet: showing the template&apos;s examples</source>
        <translation>Aún no hay contactos: se muestran los ejemplos de la plantilla</translation>
    </message>
    <message>
        <source>%1 would not get this message: %2 would be empty.</source>
        <translation>%1 no recibiría este mensaje: %2 quedaría vacío.</translation>
    </message>
    <message>
        <source>%1 would not get this message: %2 cannot be sent as it is.</source>
        <translation>%1 no recibiría este mensaje: %2 no se puede enviar tal como está.</translation>
    </message>
</context>
<context>
    <name>megaphone::ScheduleFields</name>
    <message>
        <source>Right away, when I press Send</source>
        <translation>De inmediato, al pulsar Enviar</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Programada para</translation>
    </message>
    <message>
        <source>Only send between</source>
        <translation>Enviar solo entre</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Sending hours</source>
        <translation>Horario de envío</translation>
    </message>
    <message>
        <source>Time zone of the scheduled time</source>
        <translation>Zona horaria de la hora programada</translation>
    </message>
    <message>
        <source>Start of the sending hours</source>
        <translation>Inicio del horario de envío</translation>
    </message>
    <message>
        <source>End of the sending hours</source>
        <translation>Fin del horario de envío</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>In each contact&apos;s own time zone. Messages that fall outside wait for the next opening.</source>
        <translation>En la zona horaria de cada contacto. Los mensajes que queden fuera esperan a la siguiente apertura.</translation>
    </message>
    <message>
        <source>Your computer&apos;s time zone.</source>
        <translation>La zona horaria de este equipo.</translation>
    </message>
    <message>
        <source>That is %1, %2 on this computer.</source>
        <translation>Es decir, %1, %2 en este equipo.</translation>
    </message>
    <message>
        <source>Choose a time in the future, or send as soon as you send it.</source>
        <translation>Hay que elegir una hora futura o la opción de enviar de inmediato.</translation>
    </message>
    <message>
        <source>The sending hours open and close at the same time: choose a later end.</source>
        <translation>El horario de envío empieza y termina a la misma hora: elegir un fin posterior.</translation>
    </message>
</context>
<context>
    <name>megaphone::SecretField</name>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Make up an unguessable token. Copy it to the provider&apos;s webhook settings, then save.</source>
        <translation>Crear un token imposible de adivinar. Copiarlo en la configuración de webhooks del proveedor y después guardar.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>Stored in the keychain. Leave empty to keep it.</source>
        <translation>Guardado en el llavero. Dejar vacío para conservarlo.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>Not stored yet.</source>
        <translation>Aún no se ha guardado.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero: %1</translation>
    </message>
</context>
<context>
    <name>megaphone::SelectionBanner</name>
    <message>
        <source>Clear selection</source>
        <translation>Borrar la selección</translation>
    </message>
    <message>
        <source>All %1 contacts matching this filter are selected.</source>
        <translation>Están seleccionados los %1 contactos que coinciden con este filtro.</translation>
    </message>
    <message>
        <source>All %1 loaded contacts are selected.</source>
        <translation>Están seleccionados los %1 contactos cargados.</translation>
    </message>
    <message>
        <source>Select all %1 matching contacts</source>
        <translation>Seleccionar los %1 contactos que coinciden</translation>
    </message>
</context>
<context>
    <name>megaphone::SendingWindow</name>
    <message>
        <source>&quot;%1&quot; is not a sending window. Write it as HH:MM-HH:MM, for example 09:00-20:00, or leave it empty to send at any hour.</source>
        <translation>&quot;%1&quot; no es una franja de envío. Se escribe como HH:MM-HH:MM, por ejemplo 09:00-20:00, o se deja vacía para enviar a cualquier hora.</translation>
    </message>
    <message>
        <source>%1 is not a time of day: use 00:00 to 23:59 (24:00 may end a window).</source>
        <translation>%1 no es una hora del día: usar de 00:00 a 23:59 (24:00 puede cerrar una franja).</translation>
    </message>
    <message>
        <source>The sending window opens and closes at the same time (%1). Leave it empty to send at any hour.</source>
        <translation>La franja de envío empieza y termina a la misma hora (%1). Dejarla vacía para enviar a cualquier hora.</translation>
    </message>
</context>
<context>
    <name>megaphone::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún sin comprobar.</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
</context>
<context>
    <name>megaphone::TeamDefaultsSection</name>
    <message>
        <source>Write each time zone as a country code, &quot;=&quot; and a zone, as in US=America/Chicago; &quot;%1&quot; is not.</source>
        <translation>Cada zona horaria se escribe como un código de país, &quot;=&quot; y una zona, como en US=America/Chicago; &quot;%1&quot; no lo es.</translation>
    </message>
    <message>
        <source>Write each price as a country code, &quot;=&quot; and a number with a dot, as in BR=0.0625; &quot;%1&quot; is not.</source>
        <translation>Cada precio se escribe como un código de país, &quot;=&quot; y un número con punto decimal, como en BR=0.0625; &quot;%1&quot; no lo es.</translation>
    </message>
    <message>
        <source>Team sending defaults</source>
        <translation>Valores de envío del equipo</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country (a two-letter code such as IN, BR or GB). Empty: the country of each computer&apos;s locale.</source>
        <translation>Los números de teléfono escritos sin prefijo de país se leen como números de este país (un código de dos letras como IN, BR o GB). Vacío: el país de la configuración regional de cada equipo.</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <source>The most messages one sender number sends a second. The provider&apos;s own limit for the number applies when it is lower.</source>
        <translation>El máximo de mensajes por segundo que envía un número de envío. Si el límite del proveedor para ese número es menor, se aplica ese.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Skip contacts who received a marketing broadcast within this many hours.</source>
        <translation>Omitir los contactos que hayan recibido una difusión de marketing en este número de horas.</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>A scheduled broadcast whose time passed by more than this while no Megaphone was running waits for you to confirm it instead of sending late.</source>
        <translation>Una difusión programada cuya hora se pasó por más de este tiempo mientras no se ejecutaba ningún Megaphone espera confirmación en lugar de enviarse tarde.</translation>
    </message>
    <message>
        <source> recipients in a row</source>
        <translation> destinatarios seguidos</translation>
    </message>
    <message>
        <source>Pause a broadcast when the same error, or no clear answer, repeats for this many recipients in a row: a setup error often looks like a recipient error.</source>
        <translation>Pausar una difusión cuando el mismo error, o la falta de una respuesta clara, se repite con este número de destinatarios seguidos: un error de configuración a menudo parece un error del destinatario.</translation>
    </message>
    <message>
        <source>e.g. US=America/Chicago, BR=America/Manaus</source>
        <translation>p. ej., US=America/Chicago, BR=America/Manaus</translation>
    </message>
    <message>
        <source>A sending window is kept in each recipient&apos;s local time. For countries with several time zones, the zone to use for contacts without one of their own (otherwise the zone where most people live).</source>
        <translation>La franja de envío se aplica según la hora local de cada destinatario. Para los países con varias zonas horarias, la zona que se usa para los contactos que no tienen una propia (si no, la zona donde vive la mayoría de la población).</translation>
    </message>
    <message>
        <source>e.g. USD: BR=0.0625, IN=0.0107</source>
        <translation>p. ej., USD: BR=0.0625, IN=0.0107</translation>
    </message>
    <message>
        <source>What your provider charges for one marketing message, by recipient country: the Broadcast Builder estimates a broadcast&apos;s cost from it.</source>
        <translation>Lo que cobra el proveedor por un mensaje de marketing, según el país del destinatario: el asistente de difusiones calcula con ello el coste estimado de una difusión.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Shared by everyone who uses this database, including workers that send on servers.</source>
        <translation>Compartido por todas las personas que usan esta base de datos, incluidos los workers que envían desde servidores.</translation>
    </message>
    <message>
        <source>Default country:</source>
        <translation>País predeterminado:</translation>
    </message>
    <message>
        <source>Sending speed:</source>
        <translation>Velocidad de envío:</translation>
    </message>
    <message>
        <source>Frequency cap:</source>
        <translation>Límite de frecuencia:</translation>
    </message>
    <message>
        <source>Missed schedule after:</source>
        <translation>Programación perdida después de:</translation>
    </message>
    <message>
        <source>Pause after an error repeats for:</source>
        <translation>Pausar cuando un error se repite con:</translation>
    </message>
    <message>
        <source>Time zones by country:</source>
        <translation>Zonas horarias por país:</translation>
    </message>
    <message>
        <source>Price of a marketing message:</source>
        <translation>Precio de un mensaje de marketing:</translation>
    </message>
    <message>
        <source>Cannot read the team settings: %1</source>
        <translation>No se puede leer la configuración del equipo: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>megaphone::TemplateFilterBar</name>
    <message>
        <source>Search name and text</source>
        <translation>Buscar por nombre y texto</translation>
    </message>
    <message>
        <source>Sender account; Sync syncs the one chosen here</source>
        <translation>Cuenta de envío; Sincronizar sincroniza la que se elija aquí</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
</context>
<context>
    <name>megaphone::TemplatePicker</name>
    <message>
        <source>Only approved templates can be sent; this one is: %1.</source>
        <translation>Solo se pueden enviar plantillas aprobadas; el estado de esta es: %1.</translation>
    </message>
    <message>
        <source>Search templates by name or text</source>
        <translation>Buscar plantillas por nombre o texto</translation>
    </message>
    <message>
        <source>Reading templates...</source>
        <translation>Leyendo las plantillas...</translation>
    </message>
    <message>
        <source>Choose the number to send from in the first step.</source>
        <translation>Hay que elegir el número de envío en el primer paso.</translation>
    </message>
    <message>
        <source>No template matches &quot;%1&quot;.</source>
        <translation>Ninguna plantilla coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This number has no templates yet. Sync them on the Templates page or create one in your provider&apos;s console.</source>
        <translation>Este número aún no tiene plantillas. Se pueden sincronizar en la página Plantillas o crear una en la consola del proveedor.</translation>
    </message>
</context>
<context>
    <name>megaphone::TemplatePreview</name>
    <message>
        <source>header text</source>
        <translation>texto del encabezado</translation>
    </message>
    <message>
        <source>header media link</source>
        <translation>enlace multimedia del encabezado</translation>
    </message>
    <message>
        <source>location</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <source>body text</source>
        <translation>texto del cuerpo</translation>
    </message>
    <message>
        <source>end of the button&apos;s link</source>
        <translation>final del enlace del botón</translation>
    </message>
    <message>
        <source>quick-reply payload (optional)</source>
        <translation>carga útil de respuesta rápida (opcional)</translation>
    </message>
    <message>
        <source>coupon code</source>
        <translation>código de cupón</translation>
    </message>
    <message>
        <source>Select a template to see it here.</source>
        <translation>Seleccionar una plantilla para verla aquí.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Sender account</source>
        <translation>Cuenta de envío</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>named, like {{first_name}}</source>
        <translation>con nombre, como {{first_name}}</translation>
    </message>
    <message>
        <source>numbered, like {{1}}</source>
        <translation>numeradas, como {{1}}</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>None: every recipient gets the same message.</source>
        <translation>Ninguno: todos los destinatarios reciben el mismo mensaje.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
</context>
<context>
    <name>megaphone::TemplateSyncJob</name>
    <message>
        <source>The account&apos;s provider is not available.</source>
        <translation>El proveedor de la cuenta no está disponible.</translation>
    </message>
    <message>
        <source>The template sync was cancelled.</source>
        <translation>Se canceló la sincronización de plantillas.</translation>
    </message>
</context>
<context>
    <name>megaphone::TemplateSyncRunner</name>
    <message>
        <source>No account to sync: relay accounts have no templates to list, add a Meta, 360dialog, Twilio or sandbox account in Settings.</source>
        <translation>No hay ninguna cuenta que sincronizar: las cuentas de retransmisión no tienen plantillas que listar; hay que añadir una cuenta de Meta, 360dialog, Twilio o del entorno de pruebas en Configuración.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronización cancelada.</translation>
    </message>
    <message>
        <source>Asking for the templates…</source>
        <translation>Solicitando las plantillas…</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n template(s)…</source>
        <translation>
            <numerusform>Guardando %n plantilla…</numerusform>
            <numerusform>Guardando %n plantillas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s), </source>
        <translation>
            <numerusform>Leída %n página, </numerusform>
            <numerusform>Leídas %n páginas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)…</source>
        <translation>
            <numerusform>%n plantilla…</numerusform>
            <numerusform>%n plantillas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::TemplatesPage</name>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Write a free-text template for a relay account</source>
        <translation>Escribir una plantilla de texto libre para una cuenta de retransmisión</translation>
    </message>
    <message>
        <source>Read the templates of the account chosen in the filter, or of every account</source>
        <translation>Leer las plantillas de la cuenta elegida en el filtro, o de todas las cuentas</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n plantilla</numerusform>
            <numerusform>%n plantillas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n template(s)</source>
        <translation>
            <numerusform>%1 de %n plantilla</numerusform>
            <numerusform>%1 de %n plantillas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the templates</source>
        <translation>No se pueden leer las plantillas</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Aún no hay plantillas</translation>
    </message>
    <message>
        <source>Broadcasts send message templates that WhatsApp has approved. Add a sender account in Settings and press Sync to read its templates, or add a sandbox account to try the app with a realistic set. Relay accounts write their own: New template.</source>
        <translation>Las difusiones envían plantillas de mensajes aprobadas por WhatsApp. Para leer las plantillas, hay que añadir una cuenta de envío en Configuración y pulsar Sincronizar; también se puede añadir una cuenta del entorno de pruebas para probar la aplicación con un conjunto realista. Las cuentas de retransmisión escriben las suyas: Nueva plantilla.</translation>
    </message>
    <message>
        <source>No template matches</source>
        <translation>Ninguna plantilla coincide</translation>
    </message>
    <message>
        <source>Change the filters or the search.</source>
        <translation>Cambiar los filtros o la búsqueda.</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>No se puede guardar la plantilla</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot; (%2) of %3? Broadcasts that used it keep their messages.</source>
        <translation>¿Eliminar la plantilla &quot;%1&quot; (%2) de %3? Las difusiones que la usaron conservan sus mensajes.</translation>
    </message>
    <message>
        <source>Cannot delete the template</source>
        <translation>No se puede eliminar la plantilla</translation>
    </message>
</context>
<context>
    <name>megaphone::ThroughputChart</name>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent in the last 5 minutes</source>
        <translation>No se ha enviado nada en los últimos 5 minutos</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>No se envió nada</translation>
    </message>
    <message>
        <source>Messages sent per second</source>
        <translation>Mensajes enviados por segundo</translation>
    </message>
    <message>
        <source>Cap: %1 per second</source>
        <translation>Límite: %1 por segundo</translation>
    </message>
</context>
<context>
    <name>megaphone::TwilioProvider</name>
    <message>
        <source>Twilio could not be reached: %1</source>
        <translation>No se pudo contactar con Twilio: %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>Twilio said: %1</source>
        <translation>Twilio respondió: %1</translation>
    </message>
    <message>
        <source>Enter the Twilio account SID and auth token in Settings.</source>
        <translation>Hay que indicar el SID de la cuenta de Twilio y el token de autenticación en Configuración.</translation>
    </message>
    <message>
        <source>The Twilio account is %1, not active.</source>
        <translation>La cuenta de Twilio tiene el estado %1, no está activa.</translation>
    </message>
    <message>
        <source>Connected to the Twilio account &quot;%1&quot;.</source>
        <translation>Conectado a la cuenta de Twilio &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Twilio&apos;s template list did not end as expected (page %1).</source>
        <translation>La lista de plantillas de Twilio no terminó como se esperaba (página %1).</translation>
    </message>
</context>
<context>
    <name>megaphone::TwilioStatusPoller</name>
    <message>
        <source>find messages to ask Twilio about</source>
        <translation>buscar los mensajes sobre los que consultar a Twilio</translation>
    </message>
</context>
<context>
    <name>megaphone::WebhookReceiver</name>
    <message>
        <source>No such webhook endpoint.</source>
        <translation>No existe ese endpoint de webhook.</translation>
    </message>
    <message>
        <source>Webhooks are POSTed.</source>
        <translation>Los webhooks se envían con POST.</translation>
    </message>
    <message>
        <source>A webhook arrived for account %1, which is not a %2 account here.</source>
        <translation>Llegó un webhook para la cuenta %1, que aquí no es una cuenta de %2.</translation>
    </message>
    <message>
        <source>Meta&apos;s webhook verification for account %1 was refused: the verify token does not match the one saved for the account.</source>
        <translation>Se rechazó la verificación del webhook de Meta para la cuenta %1: el token de verificación no coincide con el guardado para la cuenta.</translation>
    </message>
    <message>
        <source>A webhook for account %1 was refused: its signature is missing or does not match the account&apos;s secret. Nothing was changed.</source>
        <translation>Se rechazó un webhook para la cuenta %1: falta su firma o no coincide con el secreto de la cuenta. No se cambió nada.</translation>
    </message>
    <message>
        <source>A sandbox webhook was refused: its signature does not match this process&apos;s sandbox. Nothing was changed.</source>
        <translation>Se rechazó un webhook del entorno de pruebas: su firma no coincide con el entorno de pruebas de este proceso. No se cambió nada.</translation>
    </message>
    <message>
        <source>Not stored yet; send it again.</source>
        <translation>Aún no se ha guardado; hay que enviarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>megaphone::WebhookService</name>
    <message>
        <source>&quot;%1&quot; is not an address and a port, such as 127.0.0.1:8090.</source>
        <translation>&quot;%1&quot; no es una dirección y un puerto, como 127.0.0.1:8090.</translation>
    </message>
</context>
<context>
    <name>megaphone::WebhooksSection</name>
    <message>
        <source>Webhooks: delivery, read receipts, replies and opt-outs</source>
        <translation>Webhooks: entregas, confirmaciones de lectura, respuestas y bajas</translation>
    </message>
    <message>
        <source>Receive webhooks on this computer</source>
        <translation>Recibir webhooks en este equipo</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>The address and port the receiver listens on. Keep 127.0.0.1 and put a reverse proxy or a tunnel with HTTPS in front of it.</source>
        <translation>La dirección y el puerto en los que escucha el receptor. Conviene mantener 127.0.0.1 y poner delante un proxy inverso o un túnel con HTTPS.</translation>
    </message>
    <message>
        <source>Providers report each message&apos;s delivery, reads, failures, replies and opt-outs by webhook. They need a public HTTPS address: run a reverse proxy (Caddy, nginx) or a tunnel (cloudflared, ngrok) that forwards to the address above, or run &lt;code&gt;megaphone-cli webhooks serve&lt;/code&gt; on a server that shares the database.&lt;br&gt;&lt;b&gt;Meta:&lt;/b&gt; in your app&apos;s WhatsApp configuration, Callback URL &lt;code&gt;https://YOUR-DOMAIN/webhooks/meta/ACCOUNT-ID&lt;/code&gt;, Verify token: the account&apos;s verify token; subscribe to &lt;i&gt;messages&lt;/i&gt; and &lt;i&gt;user_preferences&lt;/i&gt;. The account&apos;s app secret checks every webhook&apos;s signature.&lt;br&gt;&lt;b&gt;Twilio:&lt;/b&gt; set the account&apos;s public callback address to &lt;code&gt;https://YOUR-DOMAIN&lt;/code&gt;; each message then asks for its status callback. Without one, Megaphone asks Twilio for the statuses every minute.&lt;br&gt;&lt;b&gt;360dialog:&lt;/b&gt; set the webhook URL to &lt;code&gt;https://YOUR-DOMAIN/webhooks/360dialog/ACCOUNT-ID/WEBHOOK-TOKEN&lt;/code&gt;.&lt;br&gt;The sandbox&apos;s webhooks reach the app without any of this. Without webhooks, figures show messages as accepted, not delivered.</source>
        <translation>Los proveedores notifican por webhook la entrega, las lecturas, los fallos, las respuestas y las bajas de cada mensaje. Necesitan una dirección HTTPS pública: hay que ejecutar un proxy inverso (Caddy, nginx) o un túnel (cloudflared, ngrok) que reenvíe a la dirección anterior, o ejecutar &lt;code&gt;megaphone-cli webhooks serve&lt;/code&gt; en un servidor que comparta la base de datos.&lt;br&gt;&lt;b&gt;Meta:&lt;/b&gt; en la configuración de WhatsApp de la app, URL de devolución de llamada &lt;code&gt;https://DOMINIO/webhooks/meta/ID-CUENTA&lt;/code&gt;; token de verificación: el token de verificación de la cuenta; suscribirse a &lt;i&gt;messages&lt;/i&gt; y &lt;i&gt;user_preferences&lt;/i&gt;. El secreto de la app de la cuenta comprueba la firma de cada webhook.&lt;br&gt;&lt;b&gt;Twilio:&lt;/b&gt; definir como dirección pública de estado de la cuenta &lt;code&gt;https://DOMINIO&lt;/code&gt;; así, cada mensaje solicita su devolución de llamada de estado. Sin ella, Megaphone consulta a Twilio los estados cada minuto.&lt;br&gt;&lt;b&gt;360dialog:&lt;/b&gt; definir como URL del webhook &lt;code&gt;https://DOMINIO/webhooks/360dialog/ID-CUENTA/TOKEN-WEBHOOK&lt;/code&gt;.&lt;br&gt;Los webhooks del entorno de pruebas llegan a la aplicación sin nada de esto. Sin webhooks, las cifras muestran los mensajes como aceptados, no como entregados.</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Escuchar en:</translation>
    </message>
    <message>
        <source>The receiver runs only in the app&apos;s main window.</source>
        <translation>El receptor solo funciona en la ventana principal de la aplicación.</translation>
    </message>
    <message>
        <source>Not receiving: %1</source>
        <translation>Sin recepción: %1</translation>
    </message>
    <message>
        <source>Receiving webhooks at %1.</source>
        <translation>Recibiendo webhooks en %1.</translation>
    </message>
    <message>
        <source>Off: no webhooks are received on this computer.</source>
        <translation>Desactivado: no se reciben webhooks en este equipo.</translation>
    </message>
</context>
</TS>
