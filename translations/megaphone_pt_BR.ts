<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccountLock</name>
    <message>
        <source>Another Megaphone (an app or a worker) is already sending from account %1; one sender per account keeps within its limits.</source>
        <translation>Outro Megaphone (um app ou um worker) já está enviando pela conta %1; um único remetente por conta mantém o envio dentro dos limites dela.</translation>
    </message>
    <message>
        <source>The lock file beside the database could not be created; check that its folder is writable.</source>
        <translation>Não foi possível criar o arquivo de bloqueio ao lado do banco de dados; verifique se a pasta permite gravação.</translation>
    </message>
    <message>
        <source>lock the sender account</source>
        <translation>bloquear a conta de envio</translation>
    </message>
    <message>
        <source>unlock the sender account</source>
        <translation>desbloquear a conta de envio</translation>
    </message>
</context>
<context>
    <name>AccountSecrets</name>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Chave secreta do app</translation>
    </message>
    <message>
        <source>Webhook verify token</source>
        <translation>Token de verificação do webhook</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Webhook token</source>
        <translation>Token do webhook</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Token de autenticação</translation>
    </message>
    <message>
        <source>Relay secret</source>
        <translation>Segredo do relay</translation>
    </message>
    <message>
        <source>Enter it in Settings, or on a server set %1 or the systemd credential account-%2-%3.</source>
        <translation>Informe-o em Configurações ou, em um servidor, defina %1 ou a credencial do systemd account-%2-%3.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; of the account &quot;%2&quot; could not be read: %3 %4</source>
        <translation>Não foi possível ler o segredo &quot;%1&quot; da conta &quot;%2&quot;: %3 %4</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no secret &quot;%2&quot;. %3</source>
        <translation>A conta &quot;%1&quot; não tem o segredo &quot;%2&quot;. %3</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; could not be stored: %2</source>
        <translation>Não foi possível armazenar o segredo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; of the account &quot;%2&quot; could not be removed: %3</source>
        <translation>Não foi possível remover o segredo &quot;%1&quot; da conta &quot;%2&quot;: %3</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>A sender account needs a label.</source>
        <translation>Uma conta de envio precisa de um nome.</translation>
    </message>
    <message>
        <source>add the account %1</source>
        <translation>adicionar a conta %1</translation>
    </message>
    <message>
        <source>save the account %1</source>
        <translation>salvar a conta %1</translation>
    </message>
    <message>
        <source>The account %1 no longer exists.</source>
        <translation>A conta %1 não existe mais.</translation>
    </message>
    <message>
        <source>remove the account (it may still be used by a broadcast)</source>
        <translation>remover a conta (ela ainda pode estar em uso por uma transmissão)</translation>
    </message>
    <message>
        <source>read accounts</source>
        <translation>ler as contas</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>Standard input line &quot;%1...&quot; is not name=value with a name among: %2.</source>
        <translation>A linha &quot;%1...&quot; da entrada padrão não está no formato nome=valor com um nome entre: %2.</translation>
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
           [--portfolio NOME] [--account-sid SID] [--from NÚMERO]
           [--messaging-service-sid SID] [--callback-base-url URL] [--max-mps N]
           (segredos pela entrada padrão: linhas nome=valor, ou uma única linha simples)
     megaphone-cli accounts list
     megaphone-cli accounts test ID</translation>
    </message>
    <message>
        <source>accounts add needs --provider (meta, 360dialog, twilio, relay or sandbox) and --label.</source>
        <translation>accounts add precisa de --provider (meta, 360dialog, twilio, relay ou sandbox) e --label.</translation>
    </message>
    <message>
        <source>A Meta account needs --phone-number-id and --waba-id (WhatsApp Manager shows both).</source>
        <translation>Uma conta Meta precisa de --phone-number-id e --waba-id (o WhatsApp Manager mostra os dois).</translation>
    </message>
    <message>
        <source>A Twilio account needs --account-sid.</source>
        <translation>Uma conta Twilio precisa de --account-sid.</translation>
    </message>
    <message>
        <source>A relay account needs --base-url.</source>
        <translation>Uma conta relay precisa de --base-url.</translation>
    </message>
    <message>
        <source>Added account %1 (%2, %3).</source>
        <translation>Conta %1 adicionada (%2, %3).</translation>
    </message>
    <message>
        <source>No accounts yet: add one with megaphone-cli accounts add.</source>
        <translation>Nenhuma conta ainda: adicione uma com megaphone-cli accounts add.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Não existe a conta %1.</translation>
    </message>
</context>
<context>
    <name>AnswerClassifier</name>
    <message>
        <source>WhatsApp refused the message with error %1.</source>
        <translation>O WhatsApp recusou a mensagem com o erro %1.</translation>
    </message>
    <message>
        <source>Twilio refused the message with error %1.</source>
        <translation>A Twilio recusou a mensagem com o erro %1.</translation>
    </message>
    <message>
        <source>The provider could not be reached (connection refused, name lookup or secure connection failed); the message was not sent and will be tried again.</source>
        <translation>Não foi possível acessar o provedor (conexão recusada ou falha na resolução de nome ou na conexão segura); a mensagem não foi enviada e será tentada novamente.</translation>
    </message>
    <message>
        <source>The provider did not answer in time; the message may or may not have been accepted.</source>
        <translation>O provedor não respondeu a tempo; a mensagem pode ou não ter sido aceita.</translation>
    </message>
    <message>
        <source>The connection broke after the message was sent; it may or may not have been accepted.</source>
        <translation>A conexão caiu depois do envio da mensagem; ela pode ou não ter sido aceita.</translation>
    </message>
    <message>
        <source>Sending was stopped while the message was on its way; it may or may not have been accepted.</source>
        <translation>O envio foi interrompido enquanto a mensagem estava a caminho; ela pode ou não ter sido aceita.</translation>
    </message>
    <message>
        <source>The provider is receiving too many requests; sending slows down and tries again later.</source>
        <translation>O provedor está recebendo solicitações demais; o envio fica mais lento e tenta novamente mais tarde.</translation>
    </message>
    <message>
        <source>The provider refused the account&apos;s credentials or permissions. Check the account settings.</source>
        <translation>O provedor recusou as credenciais ou permissões da conta. Verifique as configurações da conta.</translation>
    </message>
    <message>
        <source>The provider had a server error (HTTP %1); the message may or may not have been accepted.</source>
        <translation>O provedor teve um erro de servidor (HTTP %1); a mensagem pode ou não ter sido aceita.</translation>
    </message>
    <message>
        <source>The provider refused this message (HTTP %1).</source>
        <translation>O provedor recusou esta mensagem (HTTP %1).</translation>
    </message>
    <message>
        <source>The provider answered without a message id; the message may or may not have been accepted.</source>
        <translation>O provedor respondeu sem um ID de mensagem; a mensagem pode ou não ter sido aceita.</translation>
    </message>
    <message>
        <source>The provider gave an unexpected answer (HTTP %1); the message may or may not have been accepted.</source>
        <translation>O provedor deu uma resposta inesperada (HTTP %1); a mensagem pode ou não ter sido aceita.</translation>
    </message>
    <message>
        <source>Accepted; WhatsApp holds the message while it checks the template&apos;s quality, and may deliver it later.</source>
        <translation>Aceita; o WhatsApp retém a mensagem enquanto verifica a qualidade do modelo e pode entregá-la mais tarde.</translation>
    </message>
    <message>
        <source>Accepted; WhatsApp paused delivery of this template for now, and may deliver it later.</source>
        <translation>Aceita; o WhatsApp pausou a entrega deste modelo por enquanto e pode entregá-la mais tarde.</translation>
    </message>
    <message>
        <source>The relay refused this message for this recipient.</source>
        <translation>O relay recusou esta mensagem para este destinatário.</translation>
    </message>
    <message>
        <source>The relay refused the shared secret. Check the account&apos;s relay secret.</source>
        <translation>O relay recusou o segredo compartilhado. Verifique o segredo do relay da conta.</translation>
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
        <translation>nome</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>sobrenome</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nome de exibição</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
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
        <translation>fuso horário</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>aniversário</translation>
    </message>
    <message>
        <source>every contact</source>
        <translation>todos os contatos</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>com a etiqueta %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>not tagged %1</source>
        <translation>sem a etiqueta %1</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;</source>
        <translation>%1 é &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not &quot;%2&quot;</source>
        <translation>%1 não é &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;</source>
        <translation>%1 contém &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>sem %1</translation>
    </message>
    <message>
        <source>with a %1</source>
        <translation>com %1</translation>
    </message>
    <message>
        <source>find the audience&apos;s tags</source>
        <translation>encontrar as etiquetas do público</translation>
    </message>
</context>
<context>
    <name>AudiencePreview</name>
    <message>
        <source>count the audience</source>
        <translation>contar o público</translation>
    </message>
    <message>
        <source>pick sample contacts</source>
        <translation>escolher contatos de amostra</translation>
    </message>
    <message>
        <source>prepare the audience count</source>
        <translation>preparar a contagem do público</translation>
    </message>
    <message>
        <source>The database returned no count for the audience.</source>
        <translation>O banco de dados não retornou nenhuma contagem para o público.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>write the audit log</source>
        <translation>gravar o log de auditoria</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>ler o log de auditoria</translation>
    </message>
</context>
<context>
    <name>BroadcastControl</name>
    <message>
        <source>There is no broadcast %1.</source>
        <translation>Não existe a transmissão %1.</translation>
    </message>
    <message>
        <source>Broadcast %1 is %2; only a draft can be sent.</source>
        <translation>A transmissão %1 está com o status %2; só um rascunho pode ser enviado.</translation>
    </message>
    <message>
        <source>Broadcast %1 changed meanwhile.</source>
        <translation>A transmissão %1 foi alterada nesse meio-tempo.</translation>
    </message>
    <message>
        <source>Broadcast %1 is %2; only a broadcast whose schedule was missed waits for confirmation.</source>
        <translation>A transmissão %1 está com o status %2; só uma transmissão cujo horário agendado foi perdido aguarda confirmação.</translation>
    </message>
    <message numerus="yes">
        <source>The scheduled time was missed by more than %n minute(s); confirm to send it now.</source>
        <translation>
            <numerusform>O horário agendado foi perdido por mais de %n minuto; confirme para enviar agora.</numerusform>
            <numerusform>O horário agendado foi perdido por mais de %n minutos; confirme para enviar agora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast %1 is %2; only a running broadcast can be paused.</source>
        <translation>A transmissão %1 está com o status %2; só uma transmissão em andamento pode ser pausada.</translation>
    </message>
    <message>
        <source>Broadcast %1 is %2; only a paused broadcast can be resumed.</source>
        <translation>A transmissão %1 está com o status %2; só uma transmissão pausada pode ser retomada.</translation>
    </message>
    <message>
        <source>Broadcast %1 is already %2.</source>
        <translation>A transmissão %1 já está com o status %2.</translation>
    </message>
    <message>
        <source>Broadcast %1 is %2; nothing of it can be sent again.</source>
        <translation>A transmissão %1 está com o status %2; nada dela pode ser enviado novamente.</translation>
    </message>
</context>
<context>
    <name>BroadcastCopy</name>
    <message>
        <source>%1 (copy)</source>
        <comment>the name of a duplicated broadcast</comment>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <source>There is no broadcast %1.</source>
        <translation>Não existe a transmissão %1.</translation>
    </message>
</context>
<context>
    <name>BroadcastList</name>
    <message>
        <source>read broadcasts</source>
        <translation>ler as transmissões</translation>
    </message>
    <message>
        <source>count recipients</source>
        <translation>contar os destinatários</translation>
    </message>
</context>
<context>
    <name>BroadcastStats</name>
    <message>
        <source>read the broadcast</source>
        <translation>ler a transmissão</translation>
    </message>
    <message>
        <source>The broadcast no longer exists.</source>
        <translation>A transmissão não existe mais.</translation>
    </message>
    <message>
        <source>count the broadcast&apos;s recipients</source>
        <translation>contar os destinatários da transmissão</translation>
    </message>
    <message>
        <source>count the messages sent per second</source>
        <translation>contar as mensagens enviadas por segundo</translation>
    </message>
    <message>
        <source>group the broadcast&apos;s failures</source>
        <translation>agrupar as falhas da transmissão</translation>
    </message>
    <message>
        <source>No answer came back in time: the message may or may not have gone out. It is not sent again by itself.</source>
        <translation>Nenhuma resposta chegou a tempo: a mensagem pode ou não ter saído. Ela não é reenviada automaticamente.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Nenhum motivo foi informado.</translation>
    </message>
    <message>
        <source>check for delivery reports</source>
        <translation>verificar os relatórios de entrega</translation>
    </message>
</context>
<context>
    <name>BroadcastStore</name>
    <message>
        <source>A broadcast needs a name.</source>
        <translation>Uma transmissão precisa de um nome.</translation>
    </message>
    <message>
        <source>save the broadcast %1</source>
        <translation>salvar a transmissão %1</translation>
    </message>
    <message>
        <source>The broadcast &quot;%1&quot; has started and can no longer be edited; duplicate it instead.</source>
        <translation>A transmissão &quot;%1&quot; já começou e não pode mais ser editada; duplique-a.</translation>
    </message>
    <message>
        <source>change the broadcast&apos;s status</source>
        <translation>alterar o status da transmissão</translation>
    </message>
    <message>
        <source>The broadcast %1 no longer exists.</source>
        <translation>A transmissão %1 não existe mais.</translation>
    </message>
    <message>
        <source>set when the broadcast resumes</source>
        <translation>definir quando a transmissão será retomada</translation>
    </message>
    <message>
        <source>delete the broadcast</source>
        <translation>excluir a transmissão</translation>
    </message>
    <message>
        <source>read broadcasts</source>
        <translation>ler as transmissões</translation>
    </message>
</context>
<context>
    <name>BroadcastWatcher</name>
    <message>
        <source>announce a broadcast&apos;s progress</source>
        <translation>anunciar o progresso de uma transmissão</translation>
    </message>
</context>
<context>
    <name>BroadcastsCommand</name>
    <message>
        <source>--map takes PARAM=FIELD, as in 1=first_name|there.</source>
        <translation>--map recebe PARÂMETRO=CAMPO, como em 1=first_name|there.</translation>
    </message>
    <message>
        <source>There is no broadcast %1.</source>
        <translation>Não existe a transmissão %1.</translation>
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
        <translation>Uso: megaphone-cli broadcasts create --name N --account A --template NOME [--language L]
           [--tag T]... [--exclude-tag T]... [--map PARÂMETRO=CAMPO[|ALTERNATIVA]]...
           [--map PARÂMETRO=static:TEXTO]... [--at ISO8601] [--window HH:MM-HH:MM]
           [--max-mps N]
     megaphone-cli broadcasts send ID [--wait] | confirm ID [--wait]
     megaphone-cli broadcasts pause ID | resume ID | cancel ID
     megaphone-cli broadcasts retry-failed ID | retry-unknown ID
     megaphone-cli broadcasts status ID | list
     megaphone-cli broadcasts export ID [SAIDA.csv | --output SAIDA.csv]  (padrão: stdout)</translation>
    </message>
    <message>
        <source>broadcasts create needs --name, --account and --template.</source>
        <translation>broadcasts create precisa de --name, --account e --template.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Não existe a conta %1.</translation>
    </message>
    <message>
        <source>Account %1 has no template &quot;%2&quot;%3; run megaphone-cli templates sync %1.</source>
        <translation>A conta %1 não tem o modelo &quot;%2&quot;%3; execute megaphone-cli templates sync %1.</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> em %1</translation>
    </message>
    <message>
        <source>--at takes an ISO 8601 time such as 2026-12-01T09:00:00+01:00.</source>
        <translation>--at recebe um horário ISO 8601, como 2026-12-01T09:00:00+01:00.</translation>
    </message>
    <message>
        <source>Created broadcast %1 (draft). Send it with megaphone-cli broadcasts send %1.</source>
        <translation>Transmissão %1 criada (rascunho). Envie-a com megaphone-cli broadcasts send %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) queued; </source>
        <translation>
            <numerusform>%n destinatário na fila; </numerusform>
            <numerusform>%n destinatários na fila; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (%1 without consent, %2 opted out, %3 by the frequency cap).</source>
        <translation>
            <numerusform>%n ignorado (%1 sem consentimento, %2 descadastrados, %3 pelo limite de frequência).</numerusform>
            <numerusform>%n ignorados (%1 sem consentimento, %2 descadastrados, %3 pelo limite de frequência).</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused by the user.</source>
        <translation>Pausada pelo usuário.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: some of these %n message(s) may already have arrived; they will be sent again.</source>
        <translation>
            <numerusform>Aviso: esta %n mensagem pode já ter chegado; ela será enviada novamente.</numerusform>
            <numerusform>Aviso: algumas destas %n mensagens podem já ter chegado; elas serão enviadas novamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) queued again.</source>
        <translation>
            <numerusform>%n destinatário colocado na fila novamente.</numerusform>
            <numerusform>%n destinatários colocados na fila novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast %1 &quot;%2&quot;: %3</source>
        <translation>Transmissão %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>no recipients yet</source>
        <translation>nenhum destinatário ainda</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>Não é possível gravar na saída padrão.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to %1.</source>
        <translation>
            <numerusform>%n destinatário gravado em %1.</numerusform>
            <numerusform>%n destinatários gravados em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No broadcasts yet.</source>
        <translation>Nenhuma transmissão ainda.</translation>
    </message>
</context>
<context>
    <name>BubblePainter</name>
    <message>
        <source>See all options</source>
        <translation>Ver todas as opções</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Copiar código da oferta</translation>
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
        <translation>A exportação foi cancelada.</translation>
    </message>
    <message>
        <source>Cannot write the export file (is the disk full?).</source>
        <translation>Não é possível gravar o arquivo de exportação (o disco está cheio?).</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Cannot write the file of rejected rows in %1.</source>
        <translation>Não é possível gravar o arquivo de linhas rejeitadas em %1.</translation>
    </message>
</context>
<context>
    <name>ContactRowBuilder</name>
    <message>
        <source>&quot;%1&quot; in column &quot;%2&quot;: %3</source>
        <translation>&quot;%1&quot; na coluna &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>No phone number in the columns mapped as phone.</source>
        <translation>Nenhum número de telefone nas colunas mapeadas como telefone.</translation>
    </message>
    <message>
        <source>Import: column &quot;%1&quot;</source>
        <translation>Importação: coluna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Import: stated by the user</source>
        <translation>Importação: informado pelo usuário</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>A contact with the number %1 already exists.</source>
        <translation>Já existe um contato com o número %1.</translation>
    </message>
    <message>
        <source>add the contact %1</source>
        <translation>adicionar o contato %1</translation>
    </message>
    <message>
        <source>save the contact %1</source>
        <translation>salvar o contato %1</translation>
    </message>
    <message>
        <source>The contact %1 no longer exists.</source>
        <translation>O contato %1 não existe mais.</translation>
    </message>
    <message>
        <source>look up a contact</source>
        <translation>consultar um contato</translation>
    </message>
    <message>
        <source>read contacts</source>
        <translation>ler os contatos</translation>
    </message>
    <message>
        <source>count contacts</source>
        <translation>contar os contatos</translation>
    </message>
    <message>
        <source>list contacts</source>
        <translation>listar os contatos</translation>
    </message>
    <message>
        <source>list contact tags</source>
        <translation>listar as etiquetas dos contatos</translation>
    </message>
    <message>
        <source>delete the contacts&apos; tags</source>
        <translation>excluir as etiquetas dos contatos</translation>
    </message>
    <message>
        <source>delete contacts</source>
        <translation>excluir contatos</translation>
    </message>
    <message>
        <source>change consent</source>
        <translation>alterar o consentimento</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Uma etiqueta precisa de um nome.</translation>
    </message>
    <message>
        <source>create the tag %1</source>
        <translation>criar a etiqueta %1</translation>
    </message>
    <message>
        <source>find the tag %1</source>
        <translation>encontrar a etiqueta %1</translation>
    </message>
    <message>
        <source>clear the contact&apos;s tags</source>
        <translation>limpar as etiquetas do contato</translation>
    </message>
    <message>
        <source>tag the contact</source>
        <translation>etiquetar o contato</translation>
    </message>
    <message>
        <source>list the contact&apos;s tags</source>
        <translation>listar as etiquetas do contato</translation>
    </message>
    <message>
        <source>tag contacts</source>
        <translation>etiquetar contatos</translation>
    </message>
    <message>
        <source>untag contacts</source>
        <translation>remover etiquetas de contatos</translation>
    </message>
    <message>
        <source>list tags</source>
        <translation>listar as etiquetas</translation>
    </message>
    <message>
        <source>list custom attributes</source>
        <translation>listar os atributos personalizados</translation>
    </message>
</context>
<context>
    <name>ContactsCommand</name>
    <message>
        <source>Only contacts with this tag (repeatable).</source>
        <translation>Apenas contatos com esta etiqueta (pode ser repetido).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>Only contacts with this consent.</source>
        <translation>Apenas contatos com este consentimento.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>--consent must be opted-in, unknown or opted-out.</source>
        <translation>--consent deve ser opted-in, unknown ou opted-out.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n argument(s).</source>
        <translation>
            <numerusform>Era esperado %n argumento.</numerusform>
            <numerusform>Eram esperados %n argumentos.</numerusform>
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
     megaphone-cli contacts export SAIDA.csv [--tag T]... [--consent ESTADO]
     megaphone-cli contacts preview ARQUIVO [--rows N] [--encoding E] [--delimiter C]
     megaphone-cli contacts import ARQUIVO [--region CC] [--tag T]...
           [--consent opted-in|unknown] [--consent-source TEXTO] [--encoding E]
           [--delimiter C] [--map COLUNA=CAMPO]... [--dry-run] [--rejects SAIDA.csv]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n contato exportado para %1.</numerusform>
            <numerusform>%n contatos exportados para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsImportCommand</name>
    <message>
        <source>UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (default: detected).</source>
        <translation>UTF-8, UTF-16LE, UTF-16BE ou Windows-1252 (padrão: detectado).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>The column separator: , ; | or tab (default: detected).</source>
        <translation>O separador de colunas: , ; | ou tab (padrão: detectado).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>caractere</translation>
    </message>
    <message>
        <source>--delimiter must be one of , ; | tab.</source>
        <translation>--delimiter deve ser um de , ; | tab.</translation>
    </message>
    <message>
        <source>--map %1: use COLUMN=FIELD, where COLUMN is a column name of the file or its number, and FIELD is phone, first_name, last_name, display_name, email, tags, consent, birthday, country, language, time_zone, attr.NAME or ignore.</source>
        <translation>--map %1: use COLUNA=CAMPO, em que COLUNA é o nome de uma coluna do arquivo ou o número dela, e CAMPO é phone, first_name, last_name, display_name, email, tags, consent, birthday, country, language, time_zone, attr.NOME ou ignore.</translation>
    </message>
    <message>
        <source>How many records to show (default 5).</source>
        <translation>Quantos registros mostrar (padrão: 5).</translation>
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
        <translation>Codificação: %1
Delimitador: %2
Linha de cabeçalho: %3
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Columns:
</source>
        <translation>Colunas:
</translation>
    </message>
    <message>
        <source>Row %1: %2
</source>
        <translation>Linha %1: %2
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
        <translation>Mapeamento: %1
</translation>
    </message>
    <message>
        <source>Country of numbers written without a country code (ISO code, e.g. IN).</source>
        <translation>País dos números escritos sem código do país (código ISO, p. ex. BR).</translation>
    </message>
    <message>
        <source>cc</source>
        <translation>cc</translation>
    </message>
    <message>
        <source>Add this tag to every imported contact (repeatable).</source>
        <translation>Adiciona esta etiqueta a todos os contatos importados (pode ser repetido).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>opted-in: you state that every contact in the file agreed to WhatsApp marketing.</source>
        <translation>opted-in: você declara que todos os contatos do arquivo concordaram em receber marketing pelo WhatsApp.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Where that consent was given (e.g. &quot;checkout opt-in box&quot;).</source>
        <translation>Onde esse consentimento foi dado (p. ex. &quot;caixa de aceite no checkout&quot;).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Map a column: COLUMN=FIELD (repeatable).</source>
        <translation>Mapeia uma coluna: COLUNA=CAMPO (pode ser repetido).</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>Read and check everything, change nothing.</source>
        <translation>Lê e verifica tudo, sem alterar nada.</translation>
    </message>
    <message>
        <source>Save the rejected rows, with row number and reason, to this CSV.</source>
        <translation>Salva as linhas rejeitadas, com o número da linha e o motivo, neste CSV.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>--consent must be opted-in or unknown.</source>
        <translation>--consent deve ser opted-in ou unknown.</translation>
    </message>
    <message>
        <source>Stated when importing %1 from the command line</source>
        <translation>Informado ao importar %1 pela linha de comando</translation>
    </message>
    <message>
        <source>--region %1 is not a country code libphonenumber knows (use e.g. IN, BR, GB).</source>
        <translation>--region %1 não é um código de país que a libphonenumber conheça (use, p. ex., BR, IN, GB).</translation>
    </message>
    <message>
        <source>Dry run, nothing changed.
</source>
        <translation>Simulação, nada foi alterado.
</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new, %3 updated, %4 repeated in the file, %5 rejected, %6 flagged.</source>
        <translation>%1 linhas lidas: %2 novas, %3 atualizadas, %4 repetidas no arquivo, %5 rejeitadas, %6 sinalizadas.</translation>
    </message>
    <message>
        <source>
  row %1: %2</source>
        <translation>
  linha %1: %2</translation>
    </message>
    <message>
        <source>
Use --rejects FILE to save the rejected rows.</source>
        <translation>
Use --rejects ARQUIVO para salvar as linhas rejeitadas.</translation>
    </message>
    <message>
        <source>
Rejected rows saved to %1.</source>
        <translation>
Linhas rejeitadas salvas em %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>O arquivo não está aberto para leitura.</translation>
    </message>
    <message>
        <source>Unsupported delimiter &quot;%1&quot; (use comma, semicolon, tab or |).</source>
        <translation>Delimitador &quot;%1&quot; não suportado (use vírgula, ponto e vírgula, tab ou |).</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV: in the first row, %1.</source>
        <translation>O arquivo não pode ser lido como CSV: na primeira linha, %1.</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>esperados %1 campos, encontrados %2</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Não foi possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>NUL character removed from field %1</source>
        <translation>caractere NUL removido do campo %1</translation>
    </message>
    <message>
        <source>field %1 longer than %2 characters, cut</source>
        <translation>campo %1 com mais de %2 caracteres, cortado</translation>
    </message>
    <message>
        <source>fields %1 longer than %2 characters, cut</source>
        <translation>campos %1 com mais de %2 caracteres, cortados</translation>
    </message>
    <message>
        <source>the quote opened in field %1 is never closed: the rest of the file was read into that field</source>
        <translation>as aspas abertas no campo %1 nunca são fechadas: o resto do arquivo foi lido para esse campo</translation>
    </message>
    <message>
        <source>more than %1 fields: the rest were dropped</source>
        <translation>mais de %1 campos: os demais foram descartados</translation>
    </message>
    <message>
        <source>record longer than %1 characters: the rest was dropped</source>
        <translation>registro com mais de %1 caracteres: o resto foi descartado</translation>
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
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 h</source>
        <translation>%1 %2 h</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>às %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>amanhã às %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>em %1 às %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the SQLite database %1: that path is a folder.</source>
        <translation>Não é possível abrir o banco de dados SQLite %1: esse caminho é uma pasta.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: the folder %2 cannot be created.</source>
        <translation>Não é possível abrir o banco de dados SQLite %1: não foi possível criar a pasta %2.</translation>
    </message>
    <message>
        <source>There is no SQLite database at %1 yet.</source>
        <translation>Ainda não existe um banco de dados SQLite em %1.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: %2</source>
        <translation>Não é possível abrir o banco de dados SQLite %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL database &quot;%1&quot; at %2:%3 as user &quot;%4&quot;: %5</source>
        <translation>Não é possível conectar ao banco de dados PostgreSQL &quot;%1&quot; em %2:%3 como usuário &quot;%4&quot;: %5</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>iniciar uma transação</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>confirmar a transação</translation>
    </message>
    <message>
        <source>The database refused to %1: %2</source>
        <translation>O banco de dados se recusou a %1: %2</translation>
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
        <translation>configurações salvas</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>Em %1: %2</translation>
    </message>
    <message>
        <source>The database URL in %1 contains a password. Remove it from the URL and store it in Settings (the keychain) or in the MEGAPHONE_DATABASE_PASSWORD environment variable.</source>
        <translation>A URL do banco de dados em %1 contém uma senha. Remova-a da URL e guarde-a em Configurações (no chaveiro do sistema) ou na variável de ambiente MEGAPHONE_DATABASE_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>&quot;%1&quot; is not a database URL. Use sqlite:///path/to/file.db or postgresql://user@host:5432/database?sslmode=require.</source>
        <translation>&quot;%1&quot; não é uma URL de banco de dados. Use sqlite:///caminho/do/arquivo.db ou postgresql://usuario@host:5432/banco?sslmode=require.</translation>
    </message>
    <message>
        <source>A SQLite URL needs an absolute file path with three slashes, e.g. sqlite:///home/me/megaphone.db (got &quot;%1&quot;).</source>
        <translation>Uma URL SQLite precisa de um caminho de arquivo absoluto com três barras, p. ex. sqlite:///home/eu/megaphone.db (recebido: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>A PostgreSQL URL needs a database name after the host, e.g. postgresql://user@host:5432/megaphone (got &quot;%1&quot;).</source>
        <translation>Uma URL PostgreSQL precisa do nome do banco de dados após o host, p. ex. postgresql://usuario@host:5432/megaphone (recebido: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the database URL; only sslmode is supported.</source>
        <translation>Opção desconhecida &quot;%1&quot; na URL do banco de dados; só sslmode é suportado.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1 (got &quot;%2&quot;).</source>
        <translation>sslmode deve ser um de %1 (recebido: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Unsupported database type &quot;%1&quot;: use sqlite or postgresql.</source>
        <translation>Tipo de banco de dados não suportado &quot;%1&quot;: use sqlite ou postgresql.</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>PostgreSQL: %1 on %2:%3</source>
        <translation>PostgreSQL: %1 em %2:%3</translation>
    </message>
</context>
<context>
    <name>ImportStaging</name>
    <message>
        <source>The PostgreSQL driver gave no connection handle.</source>
        <translation>O driver do PostgreSQL não forneceu um identificador de conexão.</translation>
    </message>
    <message>
        <source>COPY did not start: %1</source>
        <translation>O COPY não foi iniciado: %1</translation>
    </message>
    <message>
        <source>COPY into the staging table failed: %1</source>
        <translation>Falha no COPY para a tabela de preparação: %1</translation>
    </message>
    <message>
        <source>drop the staging table</source>
        <translation>descartar a tabela de preparação</translation>
    </message>
    <message>
        <source>size the page cache</source>
        <translation>dimensionar o cache de páginas</translation>
    </message>
    <message>
        <source>create the import staging table</source>
        <translation>criar a tabela de preparação da importação</translation>
    </message>
    <message>
        <source>stage contacts</source>
        <translation>preparar os contatos</translation>
    </message>
    <message>
        <source>index the repeated numbers</source>
        <translation>indexar os números repetidos</translation>
    </message>
    <message>
        <source>analyse the staged rows</source>
        <translation>analisar as linhas preparadas</translation>
    </message>
    <message>
        <source>merge repeated numbers</source>
        <translation>mesclar os números repetidos</translation>
    </message>
    <message>
        <source>compare the file with the contacts</source>
        <translation>comparar o arquivo com os contatos</translation>
    </message>
    <message>
        <source>size the merge</source>
        <translation>dimensionar a mesclagem</translation>
    </message>
    <message>
        <source>merge the imported contacts</source>
        <translation>mesclar os contatos importados</translation>
    </message>
    <message>
        <source>tag the imported contacts</source>
        <translation>etiquetar os contatos importados</translation>
    </message>
    <message>
        <source>create the imported tags</source>
        <translation>criar as etiquetas importadas</translation>
    </message>
    <message>
        <source>create the tag %1</source>
        <translation>criar a etiqueta %1</translation>
    </message>
    <message>
        <source>The contacts table has no id sequence.</source>
        <translation>A tabela de contatos não tem sequência de identificadores.</translation>
    </message>
    <message>
        <source>Could not stage contacts: %1</source>
        <translation>Não foi possível preparar os contatos: %1</translation>
    </message>
    <message>
        <source>reset the session</source>
        <translation>redefinir a sessão</translation>
    </message>
</context>
<context>
    <name>MappingCheck</name>
    <message>
        <source>count the contacts the message would reach with empty values</source>
        <translation>contar os contatos que a mensagem alcançaria com valores vazios</translation>
    </message>
    <message>
        <source>read a few contacts of the audience</source>
        <translation>ler alguns contatos do público</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>The template has no name.</source>
        <translation>O modelo não tem nome.</translation>
    </message>
    <message>
        <source>The template %1 (%2) has no body.</source>
        <translation>O modelo %1 (%2) não tem corpo.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This database was written by a newer version of Megaphone (schema version %1; this version knows up to %2). Update Megaphone to use it; the database was not changed.</source>
        <translation>Este banco de dados foi gravado por uma versão mais nova do Megaphone (versão do esquema %1; esta versão conhece até a %2). Atualize o Megaphone para usá-lo; o banco de dados não foi alterado.</translation>
    </message>
    <message>
        <source>lock the schema for migration</source>
        <translation>bloquear o esquema para a migração</translation>
    </message>
    <message>
        <source>create the migrations table</source>
        <translation>criar a tabela de migrações</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Megaphone.</source>
        <translation>Este banco de dados foi gravado por uma versão mais nova do Megaphone.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>A migração %1 (%2) falhou: %3</translation>
    </message>
    <message>
        <source>record migration %1</source>
        <translation>registrar a migração %1</translation>
    </message>
</context>
<context>
    <name>PortfolioStore</name>
    <message>
        <source>A portfolio needs a name.</source>
        <translation>Um portfólio precisa de um nome.</translation>
    </message>
    <message>
        <source>add the portfolio %1</source>
        <translation>adicionar o portfólio %1</translation>
    </message>
    <message>
        <source>save the portfolio %1</source>
        <translation>salvar o portfólio %1</translation>
    </message>
    <message>
        <source>remove the portfolio</source>
        <translation>remover o portfólio</translation>
    </message>
    <message>
        <source>read portfolios</source>
        <translation>ler os portfólios</translation>
    </message>
</context>
<context>
    <name>ReaderFactory</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>RecipientReport</name>
    <message>
        <source>The report could not be written.</source>
        <translation>Não foi possível gravar o relatório.</translation>
    </message>
</context>
<context>
    <name>RecipientStore</name>
    <message>
        <source>add recipients</source>
        <translation>adicionar destinatários</translation>
    </message>
    <message>
        <source>count recipients</source>
        <translation>contar os destinatários</translation>
    </message>
    <message>
        <source>list recipients</source>
        <translation>listar os destinatários</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Usage: megaphone-cli sandbox serve [--listen ADDR:PORT] [--latency-ms M] [--jitter-ms J]
             [--mps N] [--tier N] [--failures SPEC] [--webhook-url URL]
             [--app-secret-env VAR] [--log FILE]
  SPEC: CODE:P,timeout:P,drop:P,async-CODE:P (P a probability, e.g. 131026:0.02,timeout:0.005)</source>
        <translation>Uso: megaphone-cli sandbox serve [--listen ENDEREÇO:PORTA] [--latency-ms M] [--jitter-ms J]
           [--mps N] [--tier N] [--failures SPEC] [--webhook-url URL]
           [--app-secret-env VAR] [--log ARQUIVO]
  SPEC: CODE:P,timeout:P,drop:P,async-CODE:P (P é uma probabilidade, p. ex. 131026:0.02,timeout:0.005)</translation>
    </message>
    <message>
        <source>--latency-ms, --jitter-ms, --mps, --tier and --seed take whole numbers of 0 or more.</source>
        <translation>--latency-ms, --jitter-ms, --mps, --tier e --seed recebem números inteiros maiores ou iguais a 0.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>A variável de ambiente %1 está vazia.</translation>
    </message>
    <message>
        <source>--listen takes an address and a port, such as 127.0.0.1:8089.</source>
        <translation>--listen recebe um endereço e uma porta, como 127.0.0.1:8089.</translation>
    </message>
    <message>
        <source>Sandbox listening on %1 (phone number id %2, WABA id %3). Stop it with Ctrl+C.</source>
        <translation>Sandbox escutando em %1 (phone number id %2, WABA id %3). Interrompa com Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n message(s), </source>
        <translation>
            <numerusform>%n mensagem aceita, </numerusform>
            <numerusform>%n mensagens aceitas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s).</source>
        <translation>
            <numerusform>%n duplicada.</numerusform>
            <numerusform>%n duplicadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <source>Sandbox portfolio</source>
        <translation>Portfólio do sandbox</translation>
    </message>
    <message>
        <source>Sandbox (simulated WhatsApp)</source>
        <translation>Sandbox (WhatsApp simulado)</translation>
    </message>
    <message>
        <source>Sandbox sample data</source>
        <translation>Dados de exemplo do sandbox</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>MEGAPHONE_SANDBOX_URL is not a URL: %1</source>
        <translation>MEGAPHONE_SANDBOX_URL não é uma URL: %1</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>&quot;%1&quot; in --failures needs a probability between 0 and 1, as in 131026:0.02.</source>
        <translation>&quot;%1&quot; em --failures precisa de uma probabilidade entre 0 e 1, como em 131026:0.02.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in --failures is not an error code, timeout, drop or async-CODE.</source>
        <translation>&quot;%1&quot; em --failures não é um código de erro, timeout, drop ou async-CODE.</translation>
    </message>
    <message>
        <source>The probabilities in --failures add up to more than 1.</source>
        <translation>As probabilidades em --failures somam mais de 1.</translation>
    </message>
</context>
<context>
    <name>SandboxWebhookLink</name>
    <message>
        <source>The sandbox&apos;s webhooks cannot be received: %1</source>
        <translation>Não é possível receber os webhooks do sandbox: %1</translation>
    </message>
</context>
<context>
    <name>SendPlan</name>
    <message>
        <source>never: the messaging tier or the sending window lets nothing through</source>
        <translation>nunca: o nível de mensagens ou a janela de envio não deixa passar nada</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>nada a enviar</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>cerca de %n minuto</numerusform>
            <numerusform>cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>cerca de %n hora</numerusform>
            <numerusform>cerca de %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), at most %1 a day</source>
        <translation>
            <numerusform>%n dia, no máximo %1 por dia</numerusform>
            <numerusform>%n dias, no máximo %1 por dia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendReview</name>
    <message>
        <source>count recipients by country</source>
        <translation>contar os destinatários por país</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Escolha um modelo.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is %2, not approved: WhatsApp refuses it.</source>
        <translation>O modelo &quot;%1&quot; está com o status %2, não aprovado: o WhatsApp o recusa.</translation>
    </message>
    <message>
        <source>Nobody would receive it: the audience has no opted-in contact.</source>
        <translation>Ninguém a receberia: o público não tem nenhum contato que aceitou receber mensagens.</translation>
    </message>
    <message>
        <source>%1 recipients is more than the portfolio&apos;s tier of %2 a day: sending takes %3.</source>
        <translation>%1 destinatários é mais do que o nível do portfólio, de %2 por dia: o envio leva %3.</translation>
    </message>
    <message>
        <source>%1 contacts without consent (%2 opted out) are left out.</source>
        <translation>%1 contatos sem consentimento (%2 descadastrados) ficam de fora.</translation>
    </message>
    <message>
        <source>%1 contacts who got a broadcast recently are left out (frequency cap).</source>
        <translation>%1 contatos que receberam uma transmissão recentemente ficam de fora (limite de frequência).</translation>
    </message>
    <message>
        <source>%1 recipients are in countries without a price in Settings: not in the estimate.</source>
        <translation>%1 destinatários estão em países sem preço em Configurações: não entram na estimativa.</translation>
    </message>
    <message>
        <source>US numbers (+1) among the recipients: %1. WhatsApp does not deliver marketing templates to +1 numbers: those messages will fail.</source>
        <translation>Números dos EUA (+1) entre os destinatários: %1. O WhatsApp não entrega modelos de marketing a números +1: essas mensagens vão falhar.</translation>
    </message>
</context>
<context>
    <name>SendingStore</name>
    <message>
        <source>count the portfolio&apos;s messaging quota</source>
        <translation>contar a cota de mensagens do portfólio</translation>
    </message>
    <message>
        <source>find recipients to send to</source>
        <translation>encontrar destinatários para enviar</translation>
    </message>
    <message>
        <source>claim recipients</source>
        <translation>reservar destinatários</translation>
    </message>
    <message>
        <source>Another sender claimed some of the same recipients; nothing was claimed.</source>
        <translation>Outro remetente reservou alguns dos mesmos destinatários; nada foi reservado.</translation>
    </message>
    <message>
        <source>lock the portfolio&apos;s messaging quota</source>
        <translation>bloquear a cota de mensagens do portfólio</translation>
    </message>
    <message>
        <source>find the next retry time</source>
        <translation>encontrar o próximo horário de nova tentativa</translation>
    </message>
    <message>
        <source>check what is left to send</source>
        <translation>verificar o que falta enviar</translation>
    </message>
    <message>
        <source>record sent messages</source>
        <translation>registrar as mensagens enviadas</translation>
    </message>
    <message>
        <source>record sends to retry</source>
        <translation>registrar os envios a tentar novamente</translation>
    </message>
    <message>
        <source>record failed sends</source>
        <translation>registrar os envios que falharam</translation>
    </message>
    <message>
        <source>record sends with an unknown outcome</source>
        <translation>registrar os envios com resultado desconhecido</translation>
    </message>
    <message>
        <source>mark the contact as opted out</source>
        <translation>marcar o contato como descadastrado</translation>
    </message>
    <message>
        <source>The contact opted out of marketing messages.</source>
        <translation>O contato se descadastrou das mensagens de marketing.</translation>
    </message>
    <message>
        <source>The contact has not opted in to marketing messages.</source>
        <translation>O contato não aceitou receber mensagens de marketing.</translation>
    </message>
    <message numerus="yes">
        <source>The contact got a marketing broadcast in the last %n hour(s).</source>
        <translation>
            <numerusform>O contato recebeu uma transmissão de marketing há menos de %n hora.</numerusform>
            <numerusform>O contato recebeu uma transmissão de marketing há menos de %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>add the broadcast&apos;s recipients</source>
        <translation>adicionar os destinatários da transmissão</translation>
    </message>
    <message>
        <source>mark interrupted sends as unknown</source>
        <translation>marcar os envios interrompidos como desconhecidos</translation>
    </message>
    <message>
        <source>release claimed recipients</source>
        <translation>liberar os destinatários reservados</translation>
    </message>
    <message>
        <source>retry failed recipients</source>
        <translation>tentar novamente os destinatários que falharam</translation>
    </message>
    <message>
        <source>retry recipients with an unknown outcome</source>
        <translation>tentar novamente os destinatários com resultado desconhecido</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>read the setting %1</source>
        <translation>ler a configuração %1</translation>
    </message>
    <message>
        <source>save the setting %1</source>
        <translation>salvar a configuração %1</translation>
    </message>
    <message>
        <source>remove the setting %1</source>
        <translation>remover a configuração %1</translation>
    </message>
</context>
<context>
    <name>StatusApplier</name>
    <message>
        <source>apply message statuses</source>
        <translation>aplicar os status das mensagens</translation>
    </message>
    <message>
        <source>find the messages of statuses</source>
        <translation>encontrar as mensagens dos status</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Agendada</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Aguardando confirmação</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Aceitou receber</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Descadastrado</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em análise</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <source>%n template(s) listed: %1 new, %2 changed, %3 unchanged, %4 no longer listed.</source>
        <translation>
            <numerusform>%n modelo listado: %1 novos, %2 alterados, %3 sem alteração, %4 não listados mais.</numerusform>
            <numerusform>%n modelos listados: %1 novos, %2 alterados, %3 sem alteração, %4 não listados mais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as IN, BR or GB.</source>
        <translation>&quot;%1&quot; não é um código de país de duas letras, como BR, IN ou GB.</translation>
    </message>
    <message>
        <source>The maximum messages per second</source>
        <translation>O máximo de mensagens por segundo</translation>
    </message>
    <message>
        <source>The frequency cap in hours</source>
        <translation>O limite de frequência em horas</translation>
    </message>
    <message>
        <source>The circuit breaker threshold</source>
        <translation>O limite do disjuntor de falhas</translation>
    </message>
    <message>
        <source>The missed-schedule grace time</source>
        <translation>A tolerância para agendamentos perdidos</translation>
    </message>
    <message>
        <source>Keep at least one opt-out keyword, such as STOP.</source>
        <translation>Mantenha pelo menos uma palavra-chave de descadastro, como SAIR ou STOP.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this system knows.</source>
        <translation>%1 não é um fuso horário conhecido por este sistema.</translation>
    </message>
    <message>
        <source>A price cannot be negative (%1).</source>
        <translation>Um preço não pode ser negativo (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as USD.</source>
        <translation>&quot;%1&quot; não é um código de moeda como BRL ou USD.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1 deve estar entre %2 e %3 (recebido: %4).</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>save the template %1 (%2)</source>
        <translation>salvar o modelo %1 (%2)</translation>
    </message>
    <message>
        <source>mark a template deleted</source>
        <translation>marcar um modelo como excluído</translation>
    </message>
    <message>
        <source>read templates</source>
        <translation>ler os modelos</translation>
    </message>
</context>
<context>
    <name>TemplatesCommand</name>
    <message>
        <source>Usage: megaphone-cli templates sync ACCOUNT
       megaphone-cli templates list [ACCOUNT]</source>
        <translation>Uso: megaphone-cli templates sync CONTA
     megaphone-cli templates list [CONTA]</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Não existe a conta %1.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s), </source>
        <translation>
            <numerusform>%n página lida, </numerusform>
            <numerusform>%n páginas lidas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)...</source>
        <translation>
            <numerusform>%n modelo...</numerusform>
            <numerusform>%n modelos...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) listed: </source>
        <translation>
            <numerusform>%n modelo listado: </numerusform>
            <numerusform>%n modelos listados: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 marked deleted.</source>
        <translation>%1 adicionados, %2 atualizados, %3 sem alteração, %4 marcados como excluídos.</translation>
    </message>
    <message>
        <source>No templates: run megaphone-cli templates sync ACCOUNT.</source>
        <translation>Nenhum modelo: execute megaphone-cli templates sync CONTA.</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>%1 is not a number a test can go to: %2</source>
        <translation>%1 não é um número para o qual um teste possa ser enviado: %2</translation>
    </message>
    <message>
        <source>Choose the sender account first.</source>
        <translation>Escolha primeiro a conta de envio.</translation>
    </message>
    <message>
        <source>Choose a template first.</source>
        <translation>Escolha primeiro um modelo.</translation>
    </message>
    <message>
        <source>Not sent: %1 would be empty for %2; add a fallback.</source>
        <translation>Não enviada: %1 ficaria vazio para %2; adicione um valor alternativo.</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>Unknown text encoding &quot;%1&quot; (use UTF-8, UTF-16LE, UTF-16BE, Windows-1252 or ISO-8859-1).</source>
        <translation>Codificação de texto desconhecida &quot;%1&quot; (use UTF-8, UTF-16LE, UTF-16BE, Windows-1252 ou ISO-8859-1).</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>O arquivo não está aberto para leitura.</translation>
    </message>
    <message>
        <source>This is not a vCard file: line %1 should be BEGIN:VCARD.</source>
        <translation>Este não é um arquivo vCard: a linha %1 deveria ser BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>END:VCARD missing: the card starting at line %1 was cut short by the next BEGIN:VCARD at line %2</source>
        <translation>Falta END:VCARD: o cartão que começa na linha %1 foi interrompido pelo próximo BEGIN:VCARD, na linha %2</translation>
    </message>
    <message>
        <source>END:VCARD missing: the card starting at line %1 runs to the end of the file</source>
        <translation>Falta END:VCARD: o cartão que começa na linha %1 vai até o fim do arquivo</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Não foi possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>the value of %1 was too long and was cut</source>
        <translation>o valor de %1 era longo demais e foi cortado</translation>
    </message>
    <message>
        <source>%1 longer than %2 characters, cut</source>
        <translation>%1 com mais de %2 caracteres, cortado</translation>
    </message>
    <message>
        <source>more than %1 values of one kind: the rest were dropped</source>
        <translation>mais de %1 valores de um mesmo tipo: os demais foram descartados</translation>
    </message>
</context>
<context>
    <name>WebhookParser</name>
    <message>
        <source>The webhook is not valid JSON: %1 at byte %2.</source>
        <translation>O webhook não é um JSON válido: %1 no byte %2.</translation>
    </message>
    <message>
        <source>The webhook has no &quot;entry&quot; list: it is not a WhatsApp Business Account webhook.</source>
        <translation>O webhook não tem a lista &quot;entry&quot;: não é um webhook de uma conta do WhatsApp Business.</translation>
    </message>
    <message>
        <source>The Twilio callback has no MessageSid or MessageStatus.</source>
        <translation>O callback da Twilio não tem MessageSid nem MessageStatus.</translation>
    </message>
    <message>
        <source>Twilio&apos;s message is not valid JSON: %1</source>
        <translation>A mensagem da Twilio não é um JSON válido: %1</translation>
    </message>
    <message>
        <source>Twilio&apos;s message has no sid or status.</source>
        <translation>A mensagem da Twilio não tem sid nem status.</translation>
    </message>
</context>
<context>
    <name>WebhookStore</name>
    <message>
        <source>opt the contact out</source>
        <translation>descadastrar o contato</translation>
    </message>
    <message>
        <source>change the contact&apos;s consent</source>
        <translation>alterar o consentimento do contato</translation>
    </message>
    <message>
        <source>record a reply</source>
        <translation>registrar uma resposta</translation>
    </message>
    <message>
        <source>store webhook events</source>
        <translation>armazenar os eventos de webhook</translation>
    </message>
    <message>
        <source>read webhook events</source>
        <translation>ler os eventos de webhook</translation>
    </message>
    <message>
        <source>mark webhook events applied</source>
        <translation>marcar os eventos de webhook como aplicados</translation>
    </message>
    <message>
        <source>count webhook events</source>
        <translation>contar os eventos de webhook</translation>
    </message>
</context>
<context>
    <name>WebhooksCommand</name>
    <message>
        <source>Usage: megaphone-cli webhooks serve [--listen ADDR:PORT]
  Receives the providers&apos; webhooks at /webhooks/meta/&lt;account&gt;,
  /webhooks/360dialog/&lt;account&gt;/&lt;token&gt; and /webhooks/twilio/&lt;account&gt; (put a
  reverse proxy with HTTPS in front). Default: 127.0.0.1:8090.</source>
        <translation>Uso: megaphone-cli webhooks serve [--listen ENDEREÇO:PORTA]
  Recebe os webhooks dos provedores em /webhooks/meta/&lt;account&gt;,
  /webhooks/360dialog/&lt;account&gt;/&lt;token&gt; e /webhooks/twilio/&lt;account&gt; (coloque um
  proxy reverso com HTTPS na frente). Padrão: 127.0.0.1:8090.</translation>
    </message>
    <message>
        <source>--listen takes an address and a port, such as 127.0.0.1:8090.</source>
        <translation>--listen recebe um endereço e uma porta, como 127.0.0.1:8090.</translation>
    </message>
    <message>
        <source>Receiving webhooks on %1 (for example %1/webhooks/meta/1). Stop it with Ctrl+C.</source>
        <translation>Recebendo webhooks em %1 (por exemplo, %1/webhooks/meta/1). Interrompa com Ctrl+C.</translation>
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
  Envia as transmissões pendentes de todas as contas (ou de uma) até receber SIGTERM.
  Uma conta pela qual outro worker está enviando é tentada novamente a cada N segundos
  (padrão: 10), assim um segundo worker assume quando o primeiro parar.</translation>
    </message>
    <message>
        <source>Stopped before the broadcast ended (it may be waiting for tier quota or its sending window, or another worker sends from its account).</source>
        <translation>Interrompido antes do fim da transmissão (ela pode estar aguardando a cota do nível ou a janela de envio, ou outro worker está enviando pela conta dela).</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Conta %1: %2</translation>
    </message>
    <message>
        <source>Worker stopped.</source>
        <translation>Worker interrompido.</translation>
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
  contacts count    conta os contatos, por etiqueta e consentimento
  contacts preview  mostra como um arquivo CSV ou vCard será lido
  contacts import   importa contatos de um arquivo CSV ou vCard
  contacts export   exporta contatos para CSV
  accounts add      adiciona uma conta de envio (segredos pela stdin)
  accounts list     lista as contas de envio
  accounts test     testa a conexão de uma conta
  templates sync    lê os modelos de uma conta no provedor dela
  templates list    lista os modelos armazenados
  broadcasts        cria, envia, pausa, retoma, cancela, tenta novamente, status, lista
  worker            envia as transmissões pendentes até ser interrompido
  sandbox serve     executa o sandbox da WhatsApp Cloud API
  webhooks serve    recebe webhooks de entrega, leitura e resposta
</translation>
    </message>
    <message>
        <source>Megaphone: WhatsApp marketing broadcasts from the command line.

</source>
        <translation>Megaphone: transmissões de marketing pelo WhatsApp na linha de comando.

</translation>
    </message>
    <message>
        <source>Database URL: sqlite:///path/file.db or postgresql://user@host:5432/db?sslmode=require.</source>
        <translation>URL do banco de dados: sqlite:///caminho/arquivo.db ou postgresql://usuario@host:5432/banco?sslmode=require.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Imprime um único documento JSON.</translation>
    </message>
    <message>
        <source>Log what happens to standard error.</source>
        <translation>Registra o que acontece na saída de erro padrão.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>O comando a executar.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nenhum comando informado.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>See megaphone-cli --help.</source>
        <translation>Veja megaphone-cli --help.</translation>
    </message>
    <message>
        <source>Megaphone</source>
        <translation>Megaphone</translation>
    </message>
    <message>
        <source>Open the local database</source>
        <translation>Abrir o banco de dados local</translation>
    </message>
    <message>
        <source>Megaphone: WhatsApp marketing broadcasts.</source>
        <translation>Megaphone: transmissões de marketing pelo WhatsApp.</translation>
    </message>
</context>
<context>
    <name>megaphone::AccountDialog</name>
    <message>
        <source>Add a Sender Account</source>
        <translation>Adicionar conta de envio</translation>
    </message>
    <message>
        <source>Brazil marketing</source>
        <translation>Marketing Brasil</translation>
    </message>
    <message>
        <source>The number as people see it; shown in lists only.</source>
        <translation>O número como as pessoas o veem; aparece apenas nas listas.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provedor:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Portfolio:</source>
        <translation>Portfólio:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Número de telefone:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Edit Sender Account</source>
        <translation>Editar conta de envio</translation>
    </message>
    <message>
        <source>no keychain is connected</source>
        <translation>nenhum chaveiro conectado</translation>
    </message>
    <message>
        <source>Give the account a label, such as the country or brand it sends for.</source>
        <translation>Dê um nome à conta, como o país ou a marca para a qual ela envia.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
</context>
<context>
    <name>megaphone::AccountsSection</name>
    <message>
        <source>Sender accounts</source>
        <translation>Contas de envio</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfólio</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Ask the provider whether the number and its secrets work.</source>
        <translation>Pergunta ao provedor se o número e os segredos dele funcionam.</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Cannot read the sender accounts: %1</source>
        <translation>Não é possível ler as contas de envio: %1</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was saved, but its secrets were not: %2</source>
        <translation>A conta &quot;%1&quot; foi salva, mas os segredos dela não: %2</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; its secrets are in the keychain.</source>
        <translation>&quot;%1&quot; salva; os segredos dela estão no chaveiro.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; salva.</translation>
    </message>
    <message>
        <source>Remove Sender Account</source>
        <translation>Remover conta de envio</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and delete its secrets from the keychain?</source>
        <translation>Remover &quot;%1&quot; e excluir os segredos dela do chaveiro?</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its secrets.</source>
        <translation>&quot;%1&quot; e os segredos dela foram removidos.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but its secrets could not be deleted from the keychain: %2</source>
        <translation>&quot;%1&quot; foi removida, mas não foi possível excluir os segredos dela do chaveiro: %2</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
</context>
<context>
    <name>megaphone::AudienceStep</name>
    <message>
        <source>Add a condition</source>
        <translation>Adicionar uma condição</translation>
    </message>
    <message>
        <source>Only contacts who match every condition</source>
        <translation>Apenas contatos que atendem a todas as condições</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Send to contacts tagged (none ticked: every contact):</source>
        <translation>Enviar para contatos com as etiquetas (nenhuma marcada: todos os contatos):</translation>
    </message>
    <message>
        <source>Leave out contacts tagged:</source>
        <translation>Deixar de fora contatos com as etiquetas:</translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation>Quem recebe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Consent is required: only contacts who opted in receive marketing broadcasts. It cannot be turned off.</source>
        <translation>O consentimento é obrigatório: só contatos que aceitaram receber mensagens recebem transmissões de marketing. Não é possível desativar isso.</translation>
    </message>
    <message>
        <source>Some of them:</source>
        <translation>Alguns deles:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>%1 will receive it</source>
        <translation>%1 vão receber</translation>
    </message>
    <message>
        <source>%1 opted out</source>
        <translation>%1 se descadastraram</translation>
    </message>
    <message numerus="yes">
        <source>%1 got a broadcast in the last %n hour(s) (frequency cap)</source>
        <translation>
            <numerusform>%1 receberam uma transmissão há menos de %n hora (limite de frequência)</numerusform>
            <numerusform>%1 receberam uma transmissão há menos de %n horas (limite de frequência)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 match; nobody is left out.</source>
        <translation>%1 correspondem; ninguém fica de fora.</translation>
    </message>
    <message>
        <source>%1 match; left out: %2.</source>
        <translation>%1 correspondem; ficam de fora: %2.</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Não contado</translation>
    </message>
    <message>
        <source>%1 not opted in</source>
        <translation>%1 não aceitaram receber</translation>
    </message>
    <message>
        <source>US numbers (+1) among them: %1. WhatsApp does not deliver marketing templates to +1 numbers.</source>
        <translation>Números dos EUA (+1) entre eles: %1. O WhatsApp não entrega modelos de marketing a números +1.</translation>
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
        <translation>Abrir a transmissão</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Its scheduled time was missed: send it now</source>
        <translation>O horário agendado foi perdido: enviar agora</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop sending for now; resume later</source>
        <translation>Parar o envio por enquanto; retomar depois</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Go on sending</source>
        <translation>Continuar o envio</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Stop the broadcast for good; its pending recipients get nothing</source>
        <translation>Encerrar a transmissão de vez; os destinatários pendentes não recebem nada</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Reenviar com falha</translation>
    </message>
    <message>
        <source>Send again to the recipients whose message failed before WhatsApp accepted it; numbers refused for good are left alone</source>
        <translation>Enviar de novo aos destinatários cuja mensagem falhou antes de o WhatsApp aceitá-la; números recusados definitivamente não são incluídos</translation>
    </message>
    <message>
        <source>Retry Unknown…</source>
        <translation>Reenviar desconhecidos…</translation>
    </message>
    <message>
        <source>Send again to the recipients whose outcome is unknown</source>
        <translation>Enviar de novo aos destinatários cujo resultado é desconhecido</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Make a new draft with the same settings</source>
        <translation>Criar um novo rascunho com as mesmas configurações</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Exportar relatório…</translation>
    </message>
    <message>
        <source>Save every recipient&apos;s status, times and errors as a CSV file</source>
        <translation>Salvar o status, os horários e os erros de cada destinatário em um arquivo CSV</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastAudiencePage</name>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Choose who receives the broadcast. Only contacts who opted in ever do.</source>
        <translation>Escolha quem recebe a transmissão. Só contatos que aceitaram receber mensagens podem recebê-la.</translation>
    </message>
    <message>
        <source>Counting the audience…</source>
        <translation>Contando o público…</translation>
    </message>
    <message>
        <source>Nobody would receive it: choose tags or conditions that match contacts who opted in.</source>
        <translation>Ninguém a receberia: escolha etiquetas ou condições que correspondam a contatos que aceitaram receber mensagens.</translation>
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
        <translation>Não é possível pausar %1</translation>
    </message>
    <message>
        <source>%1 is paused. Resume it when you are ready.</source>
        <translation>%1 está pausada. Retome-a quando estiver pronto.</translation>
    </message>
    <message>
        <source>Cannot resume %1</source>
        <translation>Não é possível retomar %1</translation>
    </message>
    <message>
        <source>%1 goes on sending.</source>
        <translation>%1 continua o envio.</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>The scheduled time of %1 was missed. Send it to its recipients now?</source>
        <translation>O horário agendado de %1 foi perdido. Enviar agora para os destinatários?</translation>
    </message>
    <message>
        <source>Cannot send %1</source>
        <translation>Não é possível enviar %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is sending to %n recipient(s).</source>
        <translation>
            <numerusform>%1 está enviando para %n destinatário.</numerusform>
            <numerusform>%1 está enviando para %n destinatários.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Broadcast</source>
        <translation>Cancelar transmissão</translation>
    </message>
    <message>
        <source>Cancel %1? Recipients who have not been sent the message yet will not get it. This cannot be undone.</source>
        <translation>Cancelar %1? Os destinatários que ainda não receberam a mensagem não vão recebê-la. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Cannot cancel %1</source>
        <translation>Não é possível cancelar %1</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 foi cancelada.</translation>
    </message>
    <message>
        <source>Retry Unknown</source>
        <translation>Reenviar desconhecidos</translation>
    </message>
    <message>
        <source>For these recipients nobody knows whether the message arrived: some may get it twice. Send %1 to them again?</source>
        <translation>Para estes destinatários, não se sabe se a mensagem chegou: alguns podem recebê-la duas vezes. Enviar %1 para eles de novo?</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <source>Cannot retry %1</source>
        <translation>Não é possível reenviar %1</translation>
    </message>
    <message>
        <source>None of the failed recipients of %1 can be sent again: each was refused for good (see the report for the reasons).</source>
        <translation>Nenhum dos destinatários com falha de %1 pode receber de novo: todos foram recusados definitivamente (veja os motivos no relatório).</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of %1 are queued again.</source>
        <translation>
            <numerusform>%n destinatário de %1 voltou para a fila.</numerusform>
            <numerusform>%n destinatários de %1 voltaram para a fila.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot duplicate %1</source>
        <translation>Não é possível duplicar %1</translation>
    </message>
    <message>
        <source>A copy of %1 is saved as a draft.</source>
        <translation>Uma cópia de %1 foi salva como rascunho.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>%1-report.csv</source>
        <comment>a report&apos;s file name</comment>
        <translation>%1-relatorio.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot export the report of %1</source>
        <translation>Não é possível exportar o relatório de %1</translation>
    </message>
    <message numerus="yes">
        <source>The report of %1 (%n recipient(s)) is saved as &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation>
            <numerusform>O relatório de %1 (%n destinatário) foi salvo como &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</numerusform>
            <numerusform>O relatório de %1 (%n destinatários) foi salvo como &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastContentPage</name>
    <message>
        <source>Write the message</source>
        <translation>Escreva a mensagem</translation>
    </message>
    <message>
        <source>Choose an approved template and fill in its variables from your contacts.</source>
        <translation>Escolha um modelo aprovado e preencha as variáveis dele com dados dos seus contatos.</translation>
    </message>
    <message>
        <source>This template has no variables: everyone gets the same message.</source>
        <translation>Este modelo não tem variáveis: todos recebem a mesma mensagem.</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variáveis</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>sobrenome</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome de exibição</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de telefone</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>endereço de e-mail</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>aniversário</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuso horário</translation>
    </message>
    <message>
        <source>%1 link for the header</source>
        <translation>Link do cabeçalho (%1)</translation>
    </message>
    <message>
        <source>Give the link of the %1 shown above the message.</source>
        <translation>Informe o link da mídia (%1) exibida acima da mensagem.</translation>
    </message>
    <message>
        <source>The media link must be a full address starting with https://.</source>
        <translation>O link da mídia deve ser um endereço completo começando com https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) have no %1: add a fallback for %2.</source>
        <translation>
            <numerusform>%n contato não tem %1: adicione um valor alternativo para %2.</numerusform>
            <numerusform>%n contatos não têm %1: adicione um valor alternativo para %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading templates...</source>
        <translation>Lendo os modelos...</translation>
    </message>
    <message>
        <source>Choose the number to send from in the first step.</source>
        <translation>Escolha o número de envio na primeira etapa.</translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation>Escolha um modelo aprovado.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is %2: choose an approved one.</source>
        <translation>O modelo &quot;%1&quot; está com o status %2: escolha um aprovado.</translation>
    </message>
    <message>
        <source>Choose a value for %1.</source>
        <translation>Escolha um valor para %1.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a value for %1 and %n more variable(s).</source>
        <translation>
            <numerusform>Escolha um valor para %1 e mais %n variável.</numerusform>
            <numerusform>Escolha um valor para %1 e mais %n variáveis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking that every contact gets a value...</source>
        <translation>Verificando se todos os contatos recebem um valor...</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastListModel</name>
    <message>
        <source>Scheduled for %1</source>
        <translation>Agendada para %1</translation>
    </message>
    <message>
        <source>Running, waiting until %1</source>
        <translation>Em andamento, aguardando até %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausada: %1</translation>
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
        <translation>Aceitas pelo WhatsApp, incluindo as entregues e lidas desde então</translation>
    </message>
    <message>
        <source>Delivered to the phone, including those read since</source>
        <translation>Entregues no telefone, incluindo as lidas desde então</translation>
    </message>
    <message>
        <source>Recipients with an outcome, of all recipients</source>
        <translation>Destinatários com resultado, do total de destinatários</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lidas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
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
        <translation>Transmissão concluída</translation>
    </message>
    <message>
        <source>%1 has finished sending.</source>
        <translation>O envio de %1 terminou.</translation>
    </message>
    <message>
        <source>Broadcast paused</source>
        <translation>Transmissão pausada</translation>
    </message>
    <message>
        <source>%1 was paused: %2</source>
        <translation>%1 foi pausada: %2</translation>
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
        <translation>Revisar e enviar</translation>
    </message>
    <message>
        <source>Check everything once more, send yourself a test, then send or schedule.</source>
        <translation>Confira tudo mais uma vez, envie um teste para você mesmo e depois envie ou agende.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastSetupPage</name>
    <message>
        <source>Set up the broadcast</source>
        <translation>Configurar a transmissão</translation>
    </message>
    <message>
        <source>Name it, choose the number it comes from and when it goes out.</source>
        <translation>Dê um nome a ela, escolha o número de envio e quando ela sai.</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Transmissão</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation>Quando enviar</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>For example: Spring sale, VIP customers</source>
        <translation>Por exemplo: Promoção de primavera, Clientes VIP</translation>
    </message>
    <message>
        <source>Sender number</source>
        <translation>Número de envio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Enviar de</translation>
    </message>
    <message>
        <source> messages per second</source>
        <translation> mensagens por segundo</translation>
    </message>
    <message>
        <source>Maximum messages per second</source>
        <translation>Máximo de mensagens por segundo</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>No máximo</translation>
    </message>
    <message>
        <source>Quality rating: %1.</source>
        <translation>Classificação de qualidade: %1.</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>ainda não conhecida</translation>
    </message>
    <message numerus="yes">
        <source>This number can send up to %n message(s) per second.</source>
        <translation>
            <numerusform>Este número pode enviar até %n mensagem por segundo.</numerusform>
            <numerusform>Este número pode enviar até %n mensagens por segundo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the broadcast a name.</source>
        <translation>Dê um nome à transmissão.</translation>
    </message>
    <message>
        <source>Add a sender number in Settings first.</source>
        <translation>Primeiro adicione um número de envio em Configurações.</translation>
    </message>
    <message>
        <source>Choose the number to send from.</source>
        <translation>Escolha o número de envio.</translation>
    </message>
    <message>
        <source>Reading your sender numbers...</source>
        <translation>Lendo seus números de envio...</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastStatsPanel</name>
    <message>
        <source>No delivery report has arrived for this sending number yet, so the figures show what WhatsApp accepted, not what reached the phones. Check the webhook in Settings &gt; Webhooks.</source>
        <translation>Nenhum relatório de entrega chegou ainda para este número de envio, então os números mostram o que o WhatsApp aceitou, não o que chegou aos telefones. Verifique o webhook em Configurações &gt; Webhooks.</translation>
    </message>
    <message>
        <source>Where the messages are</source>
        <translation>Onde estão as mensagens</translation>
    </message>
    <message>
        <source>When it will be done</source>
        <translation>Quando vai terminar</translation>
    </message>
    <message>
        <source>Messaging quota (rolling 24 hours)</source>
        <translation>Cota de mensagens (últimas 24 horas)</translation>
    </message>
    <message>
        <source>Sending speed</source>
        <translation>Velocidade de envio</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Nothing has failed or been skipped so far.</source>
        <translation>Nada falhou nem foi ignorado até agora.</translation>
    </message>
    <message>
        <source>Why some were not sent</source>
        <translation>Por que algumas não foram enviadas</translation>
    </message>
    <message>
        <source>Lately %1 messages per second; the cap is %2 per second (the lower of the number&apos;s throughput and your limits).</source>
        <translation>Recentemente, %1 mensagens por segundo; o limite é %2 por segundo (o menor entre a vazão do número e os seus limites).</translation>
    </message>
    <message>
        <source>The cap is %1 messages per second (the lower of the number&apos;s throughput and your limits).</source>
        <translation>O limite é %1 mensagens por segundo (o menor entre a vazão do número e os seus limites).</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciada %1</translation>
    </message>
    <message>
        <source>Paused because: %1</source>
        <translation>Pausada porque: %1</translation>
    </message>
    <message>
        <source>Finished %1.</source>
        <translation>Concluída %1.</translation>
    </message>
    <message>
        <source>Cancelled; %1 recipients were not sent.</source>
        <translation>Cancelada; %1 destinatários não receberam o envio.</translation>
    </message>
    <message>
        <source>Paused with %1 recipients still to send. It continues when you resume it.</source>
        <translation>Pausada com %1 destinatários ainda por enviar. Ela continua quando você a retomar.</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>Ainda não iniciada.</translation>
    </message>
    <message>
        <source>Every message has been handed over; delivery reports are still coming in.</source>
        <translation>Todas as mensagens foram repassadas; os relatórios de entrega ainda estão chegando.</translation>
    </message>
    <message>
        <source>%1 recipients still to send.</source>
        <translation>%1 destinatários ainda por enviar.</translation>
    </message>
    <message>
        <source>About %1 left: done %2.</source>
        <translation>Faltam cerca de %1: termina %2.</translation>
    </message>
    <message>
        <source>Waiting for the quota or the sending window; sending resumes %1.</source>
        <translation>Aguardando a cota ou a janela de envio; o envio é retomado %1.</translation>
    </message>
    <message>
        <source>More recipients than the quota has left: the rest go as capacity frees, about %1 a day.</source>
        <translation>Há mais destinatários do que resta na cota: o restante sai à medida que houver capacidade, cerca de %1 por dia.</translation>
    </message>
    <message>
        <source>%1 to go, assuming the cap of %2 per second.</source>
        <translation>Faltam %1, considerando o limite de %2 por segundo.</translation>
    </message>
    <message>
        <source>%1 to go at the recent %2 messages per second.</source>
        <translation>Faltam %1 no ritmo recente de %2 mensagens por segundo.</translation>
    </message>
</context>
<context>
    <name>megaphone::BroadcastWizard</name>
    <message>
        <source>Save draft</source>
        <translation>Salvar rascunho</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Salvar e fechar</translation>
    </message>
    <message>
        <source>Could not open the draft</source>
        <translation>Não foi possível abrir o rascunho</translation>
    </message>
    <message>
        <source>The broadcast %1 no longer exists.</source>
        <translation>A transmissão %1 não existe mais.</translation>
    </message>
    <message>
        <source>Could not save the draft</source>
        <translation>Não foi possível salvar o rascunho</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Salvando...</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Rascunho salvo</translation>
    </message>
    <message>
        <source>Give the broadcast a name to save it.</source>
        <translation>Dê um nome à transmissão para salvá-la.</translation>
    </message>
    <message>
        <source>New broadcast</source>
        <translation>Nova transmissão</translation>
    </message>
    <message>
        <source>Broadcast: %1</source>
        <translation>Transmissão: %1</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Descartar alterações?</translation>
    </message>
    <message>
        <source>The changes to this broadcast since it was last saved will be lost.</source>
        <translation>As alterações nesta transmissão desde o último salvamento serão perdidas.</translation>
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
        <translation>Transmissões</translation>
    </message>
    <message>
        <source>New broadcast</source>
        <translation>Nova transmissão</translation>
    </message>
    <message>
        <source>Cannot read the broadcasts</source>
        <translation>Não é possível ler as transmissões</translation>
    </message>
    <message>
        <source>No broadcasts yet</source>
        <translation>Nenhuma transmissão ainda</translation>
    </message>
    <message>
        <source>A broadcast sends one approved template to the contacts you choose. Your broadcasts and their progress appear here.</source>
        <translation>Uma transmissão envia um modelo aprovado para os contatos que você escolher. Suas transmissões e o progresso delas aparecem aqui.</translation>
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
        <translation>O mesmo erro (%1) se repetiu para %2 destinatários seguidos; a transmissão foi pausada, caso a configuração esteja errada.</translation>
    </message>
    <message>
        <source>%1 recipients in a row got no clear answer; the broadcast was paused in case the setup or the connection is wrong.</source>
        <translation>%1 destinatários seguidos não tiveram uma resposta clara; a transmissão foi pausada, caso a configuração ou a conexão esteja com problema.</translation>
    </message>
    <message>
        <source>%1 recipients in a row got no clear answer (the last: %2); the broadcast was paused in case the setup or the connection is wrong.</source>
        <translation>%1 destinatários seguidos não tiveram uma resposta clara (a última: %2); a transmissão foi pausada, caso a configuração ou a conexão esteja com problema.</translation>
    </message>
</context>
<context>
    <name>megaphone::ColumnMapping</name>
    <message>
        <source>column %1</source>
        <translation>coluna %1</translation>
    </message>
    <message>
        <source>No column is mapped to the phone number: map at least one column to Phone.</source>
        <translation>Nenhuma coluna está mapeada para o número de telefone: mapeie pelo menos uma coluna para Telefone.</translation>
    </message>
    <message>
        <source>%1 and %2 are both mapped to %3, which takes one column: map one of them elsewhere.</source>
        <translation>%1 e %2 estão mapeadas para %3, que aceita apenas uma coluna: mapeie uma delas para outro campo.</translation>
    </message>
    <message>
        <source>%1 and %2 are both mapped to the attribute “%3”: give one of them another name.</source>
        <translation>%1 e %2 estão mapeadas para o atributo “%3”: dê outro nome a uma delas.</translation>
    </message>
    <message>
        <source>The saved column mapping is damaged: columns are out of order.</source>
        <translation>O mapeamento de colunas salvo está danificado: as colunas estão fora de ordem.</translation>
    </message>
    <message>
        <source>The saved column mapping names an unknown field “%1”.</source>
        <translation>O mapeamento de colunas salvo cita um campo desconhecido “%1”.</translation>
    </message>
    <message>
        <source>The saved column mapping is damaged: its phone priority names a column twice.</source>
        <translation>O mapeamento de colunas salvo está danificado: a prioridade de telefones cita uma coluna duas vezes.</translation>
    </message>
    <message>
        <source>The saved column mapping is damaged: its phone priority names a column that is not a phone column.</source>
        <translation>O mapeamento de colunas salvo está danificado: a prioridade de telefones cita uma coluna que não é de telefone.</translation>
    </message>
</context>
<context>
    <name>megaphone::ConditionRow</name>
    <message>
        <source>is</source>
        <translation>é</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>não é</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contém</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>não está vazio</translation>
    </message>
    <message>
        <source>value (any case)</source>
        <translation>valor (ignora maiúsculas)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Remover esta condição</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactActions</name>
    <message>
        <source>Type a new tag or choose one to add to all %1 contacts matching the filter:</source>
        <translation>Digite uma nova etiqueta ou escolha uma para adicionar a todos os %1 contatos que correspondem ao filtro:</translation>
    </message>
    <message>
        <source>Type a new tag or choose one to add to the selected contacts:</source>
        <translation>Digite uma nova etiqueta ou escolha uma para adicionar aos contatos selecionados:</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Adicionar etiqueta</translation>
    </message>
    <message>
        <source>Added the tag “%1” to one contact.</source>
        <translation>A etiqueta “%1” foi adicionada a um contato.</translation>
    </message>
    <message>
        <source>Added the tag “%1” to %2 contacts.</source>
        <translation>A etiqueta “%1” foi adicionada a %2 contatos.</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Remover etiqueta</translation>
    </message>
    <message>
        <source>The selected contacts have no tags.</source>
        <translation>Os contatos selecionados não têm etiquetas.</translation>
    </message>
    <message>
        <source>The tag to remove from all %1 contacts matching the filter:</source>
        <translation>A etiqueta a remover de todos os %1 contatos que correspondem ao filtro:</translation>
    </message>
    <message>
        <source>The tag to remove from the selected contacts:</source>
        <translation>A etiqueta a remover dos contatos selecionados:</translation>
    </message>
    <message>
        <source>Removed the tag “%1” from one contact.</source>
        <translation>A etiqueta “%1” foi removida de um contato.</translation>
    </message>
    <message>
        <source>Removed the tag “%1” from %2 contacts.</source>
        <translation>A etiqueta “%1” foi removida de %2 contatos.</translation>
    </message>
    <message>
        <source>Mark all %1 contacts matching the filter as opted out?</source>
        <translation>Marcar todos os %1 contatos que correspondem ao filtro como descadastrados?</translation>
    </message>
    <message>
        <source>Mark the selected contact as opted out?</source>
        <translation>Marcar o contato selecionado como descadastrado?</translation>
    </message>
    <message>
        <source>Mark the %1 selected contacts as opted out?</source>
        <translation>Marcar os %1 contatos selecionados como descadastrados?</translation>
    </message>
    <message>
        <source>Opt Out</source>
        <translation>Descadastrar</translation>
    </message>
    <message>
        <source>They will receive no more broadcasts, and no import will opt them in again.</source>
        <translation>Eles não receberão mais transmissões, e nenhuma importação vai recadastrá-los.</translation>
    </message>
    <message>
        <source>One contact is now opted out.</source>
        <translation>Um contato agora está descadastrado.</translation>
    </message>
    <message>
        <source>%1 contacts are now opted out.</source>
        <translation>%1 contatos agora estão descadastrados.</translation>
    </message>
    <message>
        <source>Marked by user</source>
        <translation>Marcado pelo usuário</translation>
    </message>
    <message>
        <source>Delete %1 contacts?</source>
        <translation>Excluir %1 contatos?</translation>
    </message>
    <message>
        <source>Every contact that matches the current search and filters is deleted, also those not shown in the list yet.</source>
        <translation>Todos os contatos que correspondem à pesquisa e aos filtros atuais serão excluídos, inclusive os que ainda não aparecem na lista.</translation>
    </message>
    <message>
        <source>Delete the selected contact?</source>
        <translation>Excluir o contato selecionado?</translation>
    </message>
    <message>
        <source>Delete the %1 selected contacts?</source>
        <translation>Excluir os %1 contatos selecionados?</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Excluir contatos</translation>
    </message>
    <message>
        <source>Their details, tags and consent records are removed. This cannot be undone.</source>
        <translation>Os dados, as etiquetas e os registros de consentimento deles serão removidos. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Deleted one contact.</source>
        <translation>Um contato excluído.</translation>
    </message>
    <message>
        <source>Deleted %1 contacts.</source>
        <translation>%1 contatos excluídos.</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactEditDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>Editar contato</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>e.g. en, pt_BR</source>
        <translation>p. ex. pt_BR, en</translation>
    </message>
    <message>
        <source>As shown in lists; empty: first and last name</source>
        <translation>Como aparece nas listas; vazio: nome e sobrenome</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separadas por vírgulas</translation>
    </message>
    <message>
        <source>From the country</source>
        <translation>Pelo país</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Sobrenome:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Nome de exibição:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Aniversário:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuso horário:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentimento:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origem:</translation>
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
        <translation>Adicionar atributo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Custom attributes, for message templates:</source>
        <translation>Atributos personalizados, para modelos de mensagem:</translation>
    </message>
    <message>
        <source>A phone number is needed.</source>
        <translation>É preciso informar um número de telefone.</translation>
    </message>
    <message>
        <source>A valid number in %1.</source>
        <translation>Número válido (%1).</translation>
    </message>
    <message>
        <source>Saved as %1 (%2).</source>
        <translation>Salvo como %1 (%2).</translation>
    </message>
    <message>
        <source>Where and when they agreed</source>
        <translation>Onde e quando o contato concordou</translation>
    </message>
    <message>
        <source>How they opted out, e.g. replied STOP</source>
        <translation>Como o contato se descadastrou, p. ex. respondeu SAIR</translation>
    </message>
    <message>
        <source>The phone number cannot be used: %1</source>
        <translation>O número de telefone não pode ser usado: %1</translation>
    </message>
    <message>
        <source>Write the birthday as year-month-day, e.g. 1990-04-25.</source>
        <translation>Escreva o aniversário como ano-mês-dia, p. ex. 1990-04-25.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list.</source>
        <translation>“%1” não é um fuso horário; escolha um da lista.</translation>
    </message>
    <message>
        <source>Say where and when the contact agreed to WhatsApp marketing.</source>
        <translation>Informe onde e quando o contato concordou em receber marketing pelo WhatsApp.</translation>
    </message>
    <message>
        <source>Every custom attribute needs a name.</source>
        <translation>Todo atributo personalizado precisa de um nome.</translation>
    </message>
    <message>
        <source>The attribute “%1” is listed twice.</source>
        <translation>O atributo “%1” aparece duas vezes.</translation>
    </message>
    <message>
        <source>Another contact already has the number %1.</source>
        <translation>Outro contato já tem o número %1.</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactExportJob</name>
    <message>
        <source>Export Contacts</source>
        <translation>Exportar contatos</translation>
    </message>
    <message>
        <source>Writing the contacts to %1…</source>
        <translation>Gravando os contatos em %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>A exportação foi cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>Exported one contact to %1.</source>
        <translation>Um contato exportado para %1.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>%1 contatos exportados para %2.</translation>
    </message>
    <message>
        <source>Written %1 of %2 contacts…</source>
        <translation>%1 de %2 contatos gravados…</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactFilterBar</name>
    <message>
        <source>Search by name or phone number</source>
        <translation>Pesquisar por nome ou número de telefone</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Qualquer consentimento</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Qualquer etiqueta</translation>
    </message>
</context>
<context>
    <name>megaphone::ContactListModel</name>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1 (origem: %2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
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
        <translation>Nenhum contato ainda</translation>
    </message>
    <message>
        <source>Import a CSV or vCard file to get started.</source>
        <translation>Importe um arquivo CSV ou vCard para começar.</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Não é possível ler os contatos: %1</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add or update contacts from a CSV or vCard file</source>
        <translation>Adicionar ou atualizar contatos a partir de um arquivo CSV ou vCard</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the contacts shown (the current search and filters) as a CSV file</source>
        <translation>Salvar os contatos exibidos (pesquisa e filtros atuais) como arquivo CSV</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
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
        <translation>Adicionar etiqueta…</translation>
    </message>
    <message>
        <source>Remove Tag…</source>
        <translation>Remover etiqueta…</translation>
    </message>
    <message>
        <source>Opt Out…</source>
        <translation>Descadastrar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Record that the selected contacts do not want WhatsApp marketing</source>
        <translation>Registrar que os contatos selecionados não querem receber marketing pelo WhatsApp</translation>
    </message>
    <message>
        <source>The selected contacts have opted out already.</source>
        <translation>Os contatos selecionados já estão descadastrados.</translation>
    </message>
    <message>
        <source>Cannot count the contacts: %1</source>
        <translation>Não é possível contar os contatos: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Contatos: %1</translation>
    </message>
    <message>
        <source>No contacts match</source>
        <translation>Nenhum contato corresponde</translation>
    </message>
    <message>
        <source>Matching: %1 of %2</source>
        <translation>Correspondentes: %1 de %2</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Selecionados: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exportar contatos</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contatos.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>megaphone::CountryCombo</name>
    <message>
        <source>No default country (numbers need their + code)</source>
        <translation>Nenhum país padrão (os números precisam do código +)</translation>
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
        <translation>O Megaphone guarda tokens e senhas apenas no chaveiro do sistema. No Linux, inicie e desbloqueie um Secret Service, como o GNOME Keyring ou o KWallet; em um servidor, forneça os segredos por credenciais do systemd ou pelas variáveis MEGAPHONE_SECRET_&lt;ID&gt;_&lt;NAME&gt;.</translation>
    </message>
    <message>
        <source>No usable keychain was found: %1 %2</source>
        <translation>Nenhum chaveiro utilizável foi encontrado: %1 %2</translation>
    </message>
    <message>
        <source>The keychain accepted a secret but did not give it back (is it locked?). %1</source>
        <translation>O chaveiro aceitou um segredo, mas não o devolveu (ele está bloqueado?). %1</translation>
    </message>
    <message>
        <source>No keychain is connected, so no secret was stored.</source>
        <translation>Nenhum chaveiro está conectado, então nenhum segredo foi armazenado.</translation>
    </message>
</context>
<context>
    <name>megaphone::DashboardPage</name>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Contacts in total</source>
        <translation>Total de contatos</translation>
    </message>
    <message>
        <source>Opted in: may receive broadcasts</source>
        <translation>Aceitaram receber: podem receber transmissões</translation>
    </message>
    <message>
        <source>Consent unknown</source>
        <translation>Consentimento desconhecido</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Descadastrados</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>Transmissões</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Broadcast progress</source>
        <translation>Progresso das transmissões</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Lendo os números…</translation>
    </message>
    <message>
        <source>Cannot read the figures: %1</source>
        <translation>Não é possível ler os números: %1</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Atualizado às %1</translation>
    </message>
</context>
<context>
    <name>megaphone::DatabaseSection</name>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Em uso:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Versão do esquema:</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>Arquivo SQLite neste computador</translation>
    </message>
    <message>
        <source>PostgreSQL server (shared by a team)</source>
        <translation>Servidor PostgreSQL (compartilhado por uma equipe)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testar</translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation>Usar este banco de dados</translation>
    </message>
    <message>
        <source>Use:</source>
        <translation>Usar:</translation>
    </message>
    <message>
        <source>A new choice applies when Megaphone starts again. --database and MEGAPHONE_DATABASE_URL still win over it.</source>
        <translation>Uma nova escolha vale quando o Megaphone for iniciado novamente. --database e MEGAPHONE_DATABASE_URL continuam tendo prioridade sobre ela.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>Padrão (prefer)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Deixe em branco para manter a senha armazenada</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Banco de dados:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuário:</translation>
    </message>
    <message>
        <source>Encryption (sslmode):</source>
        <translation>Criptografia (sslmode):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file.</source>
        <translation>A senha fica no chaveiro do sistema, nunca no arquivo de configurações.</translation>
    </message>
    <message>
        <source>SQLite Database File</source>
        <translation>Arquivo de banco de dados SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bancos de dados SQLite (*.db *.sqlite);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose the database file (a full path).</source>
        <translation>Escolha o arquivo do banco de dados (um caminho completo).</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 é uma pasta; escolha um arquivo.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server&apos;s name or address.</source>
        <translation>Informe o nome ou o endereço do servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Informe o nome do banco de dados no servidor.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; is not valid.</source>
        <translation>O nome de servidor &quot;%1&quot; não é válido.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>There is no database file there yet; Megaphone creates it when it starts with this choice.</source>
        <translation>Ainda não existe um arquivo de banco de dados nesse local; o Megaphone o cria ao iniciar com esta escolha.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Não foi possível conectar: %1</translation>
    </message>
    <message>
        <source>Connected. The database is empty; Megaphone creates its tables when it starts with it.</source>
        <translation>Conectado. O banco de dados está vazio; o Megaphone cria as tabelas dele ao iniciar com ele.</translation>
    </message>
    <message>
        <source>Connected, but a newer version of Megaphone wrote this database (schema version %1). Update Megaphone before using it.</source>
        <translation>Conectado, mas uma versão mais nova do Megaphone gravou este banco de dados (versão do esquema %1). Atualize o Megaphone antes de usá-lo.</translation>
    </message>
    <message>
        <source>Connected. It holds Megaphone data (schema version %1).</source>
        <translation>Conectado. Ele contém dados do Megaphone (versão do esquema %1).</translation>
    </message>
    <message>
        <source>No keychain is connected, so the password cannot be kept.</source>
        <translation>Nenhum chaveiro está conectado, então a senha não pode ser guardada.</translation>
    </message>
    <message>
        <source>The password could not be stored, so nothing was changed: %1</source>
        <translation>Não foi possível armazenar a senha, então nada foi alterado: %1</translation>
    </message>
    <message>
        <source>Saved. Megaphone uses %1 after a restart.</source>
        <translation>Salvo. O Megaphone usará %1 após ser reiniciado.</translation>
    </message>
    <message>
        <source>MEGAPHONE_DATABASE_URL is set in this environment and still wins.</source>
        <translation>MEGAPHONE_DATABASE_URL está definida neste ambiente e continua tendo prioridade.</translation>
    </message>
</context>
<context>
    <name>megaphone::Dispatcher</name>
    <message>
        <source>There is no account %1.</source>
        <translation>Não existe a conta %1.</translation>
    </message>
    <message>
        <source>The broadcast&apos;s template no longer exists.</source>
        <translation>O modelo da transmissão não existe mais.</translation>
    </message>
    <message>
        <source>The database was away and another dispatcher took account %1 meanwhile; this one stops.</source>
        <translation>O banco de dados ficou indisponível e outro despachante assumiu a conta %1 nesse meio-tempo; este vai parar.</translation>
    </message>
    <message>
        <source>Not sent: %1 would be empty for this contact.</source>
        <translation>Não enviada: %1 ficaria vazio para este contato.</translation>
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
        <translation>Destinatários</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Accepted by WhatsApp</source>
        <translation>Aceitas pelo WhatsApp</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lidas</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>Enviando agora</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoradas</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
    <message>
        <source>No delivery report has arrived for this number yet, so WhatsApp&apos;s acceptance is all that is known. Check the webhook in Settings.</source>
        <translation>Nenhum relatório de entrega chegou ainda para este número, então só se sabe o que o WhatsApp aceitou. Verifique o webhook em Configurações.</translation>
    </message>
    <message>
        <source>no reports yet</source>
        <translation>nenhum relatório ainda</translation>
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
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <source>Try with the sandbox</source>
        <translation>Experimentar com o sandbox</translation>
    </message>
    <message>
        <source>There is no WhatsApp sender account yet. Add your WhatsApp Business number in Settings, or try everything first with the sandbox: a simulated WhatsApp number with sample contacts and templates. Nothing is sent to anyone.</source>
        <translation>Ainda não há uma conta de envio do WhatsApp. Adicione seu número do WhatsApp Business em Configurações ou experimente tudo antes com o sandbox: um número de WhatsApp simulado, com contatos e modelos de exemplo. Nada é enviado a ninguém.</translation>
    </message>
    <message>
        <source>Add an account in Settings</source>
        <translation>Adicionar uma conta em Configurações</translation>
    </message>
    <message>
        <source>Creating the sandbox account and sample contacts…</source>
        <translation>Criando a conta do sandbox e os contatos de exemplo…</translation>
    </message>
    <message>
        <source>The sandbox could not be set up: %1</source>
        <translation>Não foi possível configurar o sandbox: %1</translation>
    </message>
    <message>
        <source>Reading the sandbox&apos;s templates…</source>
        <translation>Lendo os modelos do sandbox…</translation>
    </message>
    <message>
        <source>The sandbox account could not be read back.</source>
        <translation>Não foi possível ler a conta do sandbox de volta.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s templates could not be read: %1</source>
        <translation>Não foi possível ler os modelos do sandbox: %1</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox is ready: a simulated WhatsApp number, %n new sample contact(s) </source>
        <translation>
            <numerusform>O sandbox está pronto: um número de WhatsApp simulado, %n novo contato de exemplo </numerusform>
            <numerusform>O sandbox está pronto: um número de WhatsApp simulado, %n novos contatos de exemplo </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n template(s). Look at the Contacts and Templates pages next.</source>
        <translation>
            <numerusform>e %n modelo. Confira agora as páginas Contatos e Modelos.</numerusform>
            <numerusform>e %n modelos. Confira agora as páginas Contatos e Modelos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::HttpClient</name>
    <message>
        <source>No complete answer within the time limit.</source>
        <translation>Nenhuma resposta completa dentro do tempo limite.</translation>
    </message>
    <message>
        <source>The connection closed after the request was sent; it was not sent again.</source>
        <translation>A conexão foi encerrada depois do envio da solicitação; ela não foi enviada novamente.</translation>
    </message>
</context>
<context>
    <name>megaphone::HttpServer</name>
    <message>
        <source>The server is already listening on port %1.</source>
        <translation>O servidor já está escutando na porta %1.</translation>
    </message>
    <message>
        <source>Cannot start the HTTP server: %1</source>
        <translation>Não é possível iniciar o servidor HTTP: %1</translation>
    </message>
    <message>
        <source>Cannot start the HTTP/1.1 engine (libmicrohttpd).</source>
        <translation>Não é possível iniciar o mecanismo HTTP/1.1 (libmicrohttpd).</translation>
    </message>
    <message>
        <source>Cannot open a socket for %1: %2</source>
        <translation>Não é possível abrir um socket para %1: %2</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use.</source>
        <translation>A porta %1 em %2 já está em uso.</translation>
    </message>
    <message>
        <source>Not allowed to listen on %1.</source>
        <translation>Sem permissão para escutar em %1.</translation>
    </message>
    <message>
        <source>The address %1 is not on this machine.</source>
        <translation>O endereço %1 não pertence a esta máquina.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Não é possível escutar em %1: %2</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportDryRunPage</name>
    <message>
        <source>Check what will happen</source>
        <translation>Veja o que vai acontecer</translation>
    </message>
    <message>
        <source>A dry run reads the whole file with your choices and changes nothing.</source>
        <translation>Uma simulação lê o arquivo inteiro com as suas escolhas e não altera nada.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message>
        <source>Reading the file… rows so far: %1</source>
        <translation>Lendo o arquivo… linhas até agora: %1</translation>
    </message>
    <message>
        <source>No contact in this file can be imported. Go back and check the columns and the default country.</source>
        <translation>Nenhum contato deste arquivo pode ser importado. Volte e verifique as colunas e o país padrão.</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Import will record these contacts as opted in with the source “%1”; those who opted out stay opted out.</source>
        <translation>Nada foi alterado ainda. A importação vai registrar estes contatos como tendo aceitado receber mensagens, com a origem “%1”; quem se descadastrou continua descadastrado.</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Import will add and update the contacts as counted here.</source>
        <translation>Nada foi alterado ainda. A importação vai adicionar e atualizar os contatos conforme contado aqui.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>O arquivo não pode ser importado: %1</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Escolha um arquivo</translation>
    </message>
    <message>
        <source>Contacts exported from Google Contacts, Outlook, Shopify, HubSpot, Mailchimp or a spreadsheet (CSV, TSV, TXT), or from a phone (vCard).</source>
        <translation>Contatos exportados do Google Contacts, Outlook, Shopify, HubSpot, Mailchimp ou de uma planilha (CSV, TSV, TXT), ou de um celular (vCard).</translation>
    </message>
    <message>
        <source>The path of a .csv, .tsv, .txt or .vcf file</source>
        <translation>O caminho de um arquivo .csv, .tsv, .txt ou .vcf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Contacts file:</source>
        <translation>Arquivo de contatos:</translation>
    </message>
    <message>
        <source>Choose a Contacts File</source>
        <translation>Escolher um arquivo de contatos</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Arquivos de contatos (*.csv *.tsv *.txt *.vcf *.vcard);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Não há nenhum arquivo neste caminho.</translation>
    </message>
    <message>
        <source>This is a folder: choose a file in it.</source>
        <translation>Isto é uma pasta: escolha um arquivo dentro dela.</translation>
    </message>
    <message>
        <source>You have no permission to read this file.</source>
        <translation>Você não tem permissão para ler este arquivo.</translation>
    </message>
    <message>
        <source>From a spreadsheet, save the sheet as “CSV UTF-8”. From an iPhone or a Mac, select the contacts in Contacts and export them as a vCard. Nothing is imported before the last step: you will see how the file reads and what would change first.</source>
        <translation>Em uma planilha, salve a aba como “CSV UTF-8”. Em um iPhone ou Mac, selecione os contatos no app Contatos e exporte-os como vCard. Nada é importado antes da última etapa: primeiro você verá como o arquivo é lido e o que mudaria.</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Associe as colunas</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns that fit no contact field can be kept as custom attributes, for use in message templates.</source>
        <translation>Escolha o que cada coluna do arquivo contém. Colunas que não correspondem a nenhum campo do contato podem ser mantidas como atributos personalizados, para uso em modelos de mensagem.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Attribute name</source>
        <translation>Nome do atributo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Não importar</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Aniversário</translation>
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
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Custom attribute</source>
        <translation>Atributo personalizado</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Importar a coluna %1 como</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportOptionsPage</name>
    <message>
        <source>Choose the import options</source>
        <translation>Escolha as opções de importação</translation>
    </message>
    <message>
        <source>What applies to every contact of the file.</source>
        <translation>O que vale para todos os contatos do arquivo.</translation>
    </message>
    <message>
        <source>e.g. spring-sale, newsletter</source>
        <translation>p. ex. promocao-primavera, newsletter</translation>
    </message>
    <message>
        <source>Default country:</source>
        <translation>País padrão:</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as 0987 654 3210, are read as numbers of this country. A country column in the file overrides it for its row.</source>
        <translation>Números escritos sem código do país, como (11) 98765-4321, são lidos como números deste país. Uma coluna de país no arquivo tem prioridade sobre ele na respectiva linha.</translation>
    </message>
    <message>
        <source>Add tags:</source>
        <translation>Adicionar etiquetas:</translation>
    </message>
    <message>
        <source>Separated by commas; added to every contact in the file, new or already known.</source>
        <translation>Separadas por vírgulas; adicionadas a todos os contatos do arquivo, novos ou já conhecidos.</translation>
    </message>
    <message>
        <source>Consent to WhatsApp marketing</source>
        <translation>Consentimento para marketing pelo WhatsApp</translation>
    </message>
    <message>
        <source>Don&apos;t record consent</source>
        <translation>Não registrar consentimento</translation>
    </message>
    <message>
        <source>These contacts agreed to receive WhatsApp marketing from us</source>
        <translation>Estes contatos concordaram em receber nosso marketing pelo WhatsApp</translation>
    </message>
    <message>
        <source>Where and when they agreed, e.g. Website checkout opt-in, 2025</source>
        <translation>Onde e quando concordaram, p. ex. aceite no checkout do site, 2025</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origem:</translation>
    </message>
    <message>
        <source>WhatsApp allows marketing messages only to people who agreed to receive them, so broadcasts go only to contacts recorded as opted in. Record consent only when it is true: its source is kept with each contact as your proof.</source>
        <translation>O WhatsApp só permite mensagens de marketing para pessoas que concordaram em recebê-las, por isso as transmissões vão apenas para contatos registrados como tendo aceitado receber. Registre o consentimento só quando ele for verdadeiro: a origem fica guardada em cada contato como sua comprovação.</translation>
    </message>
    <message>
        <source>Contacts who opted out stay opted out: an import never opts them in again.</source>
        <translation>Contatos que se descadastraram continuam descadastrados: uma importação nunca os recadastra.</translation>
    </message>
    <message>
        <source>The column “%1” says who agreed; this choice applies only to rows where it is empty.</source>
        <translation>A coluna “%1” indica quem concordou; esta escolha vale apenas para as linhas em que ela está vazia.</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportPreviewPage</name>
    <message>
        <source>Check how the file reads</source>
        <translation>Confira como o arquivo é lido</translation>
    </message>
    <message>
        <source>The first rows as Megaphone reads them. If the columns or letters look wrong, change how the file is read.</source>
        <translation>As primeiras linhas como o Megaphone as lê. Se as colunas ou as letras parecerem erradas, mude a forma de leitura do arquivo.</translation>
    </message>
    <message>
        <source>UTF-8 (most files)</source>
        <translation>UTF-8 (a maioria dos arquivos)</translation>
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
        <translation>Windows-1252 (Excel antigo)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Vírgula  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Ponto e vírgula  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar  |</source>
        <translation>Barra vertical  |</translation>
    </message>
    <message>
        <source>The first row holds column names</source>
        <translation>A primeira linha contém os nomes das colunas</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Codificação do texto:</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>Colunas separadas por:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message>
        <source>A vCard file: each card is one row.</source>
        <translation>Um arquivo vCard: cada cartão é uma linha.</translation>
    </message>
    <message>
        <source>The file has no rows below its column names.</source>
        <translation>O arquivo não tem linhas abaixo dos nomes das colunas.</translation>
    </message>
    <message>
        <source>The first %1 rows:</source>
        <translation>As primeiras %1 linhas:</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportReportPage</name>
    <message>
        <source>Save Rejected Rows…</source>
        <translation>Salvar linhas rejeitadas…</translation>
    </message>
    <message>
        <source>A CSV file of every rejected row with its reason: fix the rows and import the file again.</source>
        <translation>Um arquivo CSV com todas as linhas rejeitadas e o motivo de cada uma: corrija as linhas e importe o arquivo novamente.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>A importação falhou</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed: your contacts are as they were before.</source>
        <translation>%1

Nada foi alterado: seus contatos estão como antes.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importação cancelada</translation>
    </message>
    <message>
        <source>The import was cancelled before anything was saved. Nothing was changed: your contacts are as they were before.</source>
        <translation>A importação foi cancelada antes de qualquer coisa ser salva. Nada foi alterado: seus contatos estão como antes.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importação concluída</translation>
    </message>
    <message>
        <source>The contacts are in your list.</source>
        <translation>Os contatos estão na sua lista.</translation>
    </message>
    <message>
        <source>The contacts are recorded as opted in (source: “%1”), except those who had opted out.</source>
        <translation>Os contatos foram registrados como tendo aceitado receber mensagens (origem: “%1”), exceto os que haviam se descadastrado.</translation>
    </message>
    <message>
        <source>Only contacts recorded as opted in receive broadcasts.</source>
        <translation>Só contatos registrados como tendo aceitado receber mensagens recebem transmissões.</translation>
    </message>
    <message>
        <source>%1 - rejected rows.csv</source>
        <translation>%1 - linhas rejeitadas.csv</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Salvar linhas rejeitadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Não é possível substituir %1.</translation>
    </message>
    <message>
        <source>Cannot save the rejected rows to %1.</source>
        <translation>Não é possível salvar as linhas rejeitadas em %1.</translation>
    </message>
    <message>
        <source>Saved to %1. Fix the rows there and import the file again.</source>
        <translation>Salvo em %1. Corrija as linhas lá e importe o arquivo novamente.</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportRunPage</name>
    <message>
        <source>Cancel Import</source>
        <translation>Cancelar importação</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>You can cancel until the contacts are being saved; a cancelled import changes nothing.</source>
        <translation>Você pode cancelar até o momento em que os contatos começam a ser salvos; uma importação cancelada não altera nada.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Cancelando… nada será alterado.</translation>
    </message>
    <message>
        <source>Saving %1 rows to your contacts…</source>
        <translation>Salvando %1 linhas nos seus contatos…</translation>
    </message>
    <message>
        <source>Read %1 of %2, rows: %3</source>
        <translation>Lido: %1 de %2, linhas: %3</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportSummary</name>
    <message>
        <source>Rows read</source>
        <translation>Linhas lidas</translation>
    </message>
    <message>
        <source>New contacts to add</source>
        <translation>Novos contatos a adicionar</translation>
    </message>
    <message>
        <source>New contacts added</source>
        <translation>Novos contatos adicionados</translation>
    </message>
    <message>
        <source>Existing contacts to update</source>
        <translation>Contatos existentes a atualizar</translation>
    </message>
    <message>
        <source>Existing contacts updated</source>
        <translation>Contatos existentes atualizados</translation>
    </message>
    <message>
        <source>Repeated in the file, merged</source>
        <translation>Repetidos no arquivo, mesclados</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Linhas rejeitadas</translation>
    </message>
    <message>
        <source>Flagged: landline or extension</source>
        <translation>Sinalizados: telefone fixo ou ramal</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Motivo da rejeição</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Nenhuma linha foi rejeitada.</translation>
    </message>
    <message>
        <source>The first rejected rows (%1 of %2):</source>
        <translation>As primeiras linhas rejeitadas (%1 de %2):</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Linhas rejeitadas:</translation>
    </message>
</context>
<context>
    <name>megaphone::ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contatos</translation>
    </message>
</context>
<context>
    <name>megaphone::KeychainCredentialStore</name>
    <message>
        <source>No secret is stored under &quot;%1&quot;.</source>
        <translation>Nenhum segredo está armazenado como &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>O chaveiro recusou o acesso: %1</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>Não foi possível usar o chaveiro: %1</translation>
    </message>
</context>
<context>
    <name>megaphone::KeychainProbe</name>
    <message>
        <source>No keychain is connected.</source>
        <translation>Nenhum chaveiro está conectado.</translation>
    </message>
    <message>
        <source>Working: a test secret was stored, read back and removed.</source>
        <translation>Funcionando: um segredo de teste foi armazenado, lido de volta e removido.</translation>
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
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Idioma da interface:</translation>
    </message>
    <message>
        <source>Saved. The new language applies when Megaphone starts again.</source>
        <translation>Salvo. O novo idioma vale quando o Megaphone for iniciado novamente.</translation>
    </message>
</context>
<context>
    <name>megaphone::LiveBroadcastView</name>
    <message>
        <source>No broadcast has started yet</source>
        <translation>Nenhuma transmissão começou ainda</translation>
    </message>
    <message>
        <source>When a broadcast sends, its progress shows here live: how many were sent, delivered and read, the sending speed and what failed.</source>
        <translation>Quando uma transmissão estiver enviando, o progresso dela aparece aqui ao vivo: quantas mensagens foram enviadas, entregues e lidas, a velocidade de envio e o que falhou.</translation>
    </message>
    <message>
        <source>&amp;Broadcast:</source>
        <translation>&amp;Transmissão:</translation>
    </message>
    <message>
        <source>Cannot read the broadcast&apos;s figures: %1</source>
        <translation>Não é possível ler os números da transmissão: %1</translation>
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
        <translation>Painel</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>Transmissões</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>The database in use</source>
        <translation>O banco de dados em uso</translation>
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
        <translation>Nenhum segredo está armazenado como &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>megaphone::MetaProvider</name>
    <message>
        <source>The provider could not be reached: %1</source>
        <translation>Não foi possível acessar o provedor: %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>The provider said: %1</source>
        <translation>O provedor respondeu: %1</translation>
    </message>
    <message>
        <source>No access token is stored for this account. Enter it in Settings.</source>
        <translation>Nenhum token de acesso está armazenado para esta conta. Informe-o em Configurações.</translation>
    </message>
    <message>
        <source>No API key is stored for this account. Enter it in Settings.</source>
        <translation>Nenhuma chave de API está armazenada para esta conta. Informe-a em Configurações.</translation>
    </message>
    <message>
        <source>The number answered, but its templates could not be read: %1</source>
        <translation>O número respondeu, mas não foi possível ler os modelos dele: %1</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>Conectado a %1 (%2).</translation>
    </message>
    <message>
        <source>Connected: the key was accepted and templates can be read.</source>
        <translation>Conectado: a chave foi aceita e os modelos podem ser lidos.</translation>
    </message>
    <message>
        <source>Quality rating: %1.</source>
        <translation>Classificação de qualidade: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Throughput: %n messages per second.</source>
        <translation>
            <numerusform>Vazão: %n mensagem por segundo.</numerusform>
            <numerusform>Vazão: %n mensagens por segundo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messaging limit: unlimited.</source>
        <translation>Limite de mensagens: ilimitado.</translation>
    </message>
    <message numerus="yes">
        <source>Messaging limit: %n unique customers per 24 hours.</source>
        <translation>
            <numerusform>Limite de mensagens: %n cliente único a cada 24 horas.</numerusform>
            <numerusform>Limite de mensagens: %n clientes únicos a cada 24 horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template list pointed to another address (%1); it was not followed.</source>
        <translation>A lista de modelos apontou para outro endereço (%1); ele não foi seguido.</translation>
    </message>
    <message numerus="yes">
        <source>The template list did not end after %n pages.</source>
        <translation>
            <numerusform>A lista de modelos não terminou após %n página.</numerusform>
            <numerusform>A lista de modelos não terminou após %n páginas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::ParameterMappingTable</name>
    <message>
        <source>Variable</source>
        <translation>Variável</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Valor vindo de</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>If empty, use</source>
        <translation>Se vazio, usar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Aniversário</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Header {{%1}}</source>
        <translation>Cabeçalho {{%1}}</translation>
    </message>
    <message>
        <source>Body {{%1}}</source>
        <translation>Corpo {{%1}}</translation>
    </message>
    <message>
        <source>Header media link</source>
        <translation>Link da mídia do cabeçalho</translation>
    </message>
    <message>
        <source>Header location</source>
        <translation>Localização do cabeçalho</translation>
    </message>
    <message>
        <source>Link of &quot;%1&quot;</source>
        <translation>Link de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reply &quot;%1&quot;</source>
        <translation>Resposta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Código do cupom</translation>
    </message>
    <message>
        <source>%1. Example: %2</source>
        <translation>%1. Exemplo: %2</translation>
    </message>
    <message>
        <source>Where %1 comes from</source>
        <translation>De onde vem %1</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Escolher...</translation>
    </message>
    <message>
        <source>Contact field</source>
        <translation>Campo do contato</translation>
    </message>
    <message>
        <source>Custom attribute</source>
        <translation>Atributo personalizado</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Texto fixo</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Value of %1 when empty</source>
        <translation>Valor de %1 quando vazio</translation>
    </message>
    <message>
        <source>latitude,longitude,name,address</source>
        <translation>latitude,longitude,nome,endereço</translation>
    </message>
    <message>
        <source>The same text for everyone</source>
        <translation>O mesmo texto para todos</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Fica de fora</translation>
    </message>
    <message>
        <source>Needs a value</source>
        <translation>Precisa de um valor</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Verificando...</translation>
    </message>
    <message numerus="yes">
        <source>Empty for %n contact(s)</source>
        <translation>
            <numerusform>Vazio para %n contato</numerusform>
            <numerusform>Vazio para %n contatos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::PhoneNormalizer</name>
    <message>
        <source>landline</source>
        <translation>fixo</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>celular</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>fixo ou celular</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>tarifa premium</translation>
    </message>
    <message>
        <source>shared-cost</source>
        <translation>custo compartilhado</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal (forwarding)</source>
        <translation>pessoal (encaminhamento)</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>company (UAN)</source>
        <translation>empresarial (UAN)</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>correio de voz</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Unknown country code after the +.</source>
        <translation>Código de país desconhecido após o +.</translation>
    </message>
    <message>
        <source>No country code could be found.</source>
        <translation>Não foi possível encontrar um código de país.</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>Não é um número de telefone.</translation>
    </message>
    <message>
        <source>Too short to be a phone number.</source>
        <translation>Curto demais para ser um número de telefone.</translation>
    </message>
    <message>
        <source>Too long to be a phone number.</source>
        <translation>Longo demais para ser um número de telefone.</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Unknown country code +%1.</source>
        <translation>Código de país desconhecido +%1.</translation>
    </message>
    <message>
        <source>Too short for a number in %1.</source>
        <translation>Curto demais para um número de telefone (%1).</translation>
    </message>
    <message>
        <source>Too short: it looks like a local number in %1 without its area code.</source>
        <translation>Curto demais: parece um número local (%1) sem o DDD.</translation>
    </message>
    <message>
        <source>Too long for a number in %1.</source>
        <translation>Longo demais para um número de telefone (%1).</translation>
    </message>
    <message>
        <source>Wrong number of digits for a number in %1.</source>
        <translation>Quantidade de dígitos errada para um número de telefone (%1).</translation>
    </message>
    <message>
        <source>Not a valid phone number in %1.</source>
        <translation>Não é um número de telefone válido (%1).</translation>
    </message>
    <message>
        <source>Not a valid number in %1, nor in any country as written.</source>
        <translation>Não é um número válido (%1) nem em nenhum outro país, da forma como está escrito.</translation>
    </message>
    <message>
        <source>The phone cell is empty.</source>
        <translation>A célula do telefone está vazia.</translation>
    </message>
    <message>
        <source>The number was damaged by Excel (shown as %1): its last digits are lost. Format the column as Text in the original sheet and export it again.</source>
        <translation>O número foi danificado pelo Excel (aparece como %1): os últimos dígitos se perderam. Formate a coluna como Texto na planilha original e exporte-a novamente.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” não é um número de telefone.</translation>
    </message>
    <message>
        <source>The number has no country code and no default country is set: choose a default country, or write numbers with + and their country code.</source>
        <translation>O número não tem código de país e nenhum país padrão foi definido: escolha um país padrão ou escreva os números com + e o código do país.</translation>
    </message>
    <message>
        <source>(The country “%1” was not recognised.)</source>
        <translation>(O país “%1” não foi reconhecido.)</translation>
    </message>
    <message>
        <source>A landline number: it may not be on WhatsApp.</source>
        <translation>Um número de telefone fixo: talvez ele não esteja no WhatsApp.</translation>
    </message>
    <message>
        <source>A %1 number: it is unlikely to be on WhatsApp.</source>
        <translation>Um número do tipo %1: é improvável que esteja no WhatsApp.</translation>
    </message>
    <message>
        <source>The number has an extension (%1), which WhatsApp cannot dial; it is kept apart from the number.</source>
        <translation>O número tem um ramal (%1), que o WhatsApp não consegue discar; ele é guardado separado do número.</translation>
    </message>
    <message>
        <source>Read as an international number: the cell has its country code but no +.</source>
        <translation>Lido como número internacional: a célula tem o código do país, mas não o +.</translation>
    </message>
    <message numerus="yes">
        <source>The cell holds %n numbers; the first mobile one was taken.</source>
        <translation>
            <numerusform>A célula contém %n número; o primeiro celular foi usado.</numerusform>
            <numerusform>A célula contém %n números; o primeiro celular foi usado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cell holds %n numbers and none is a mobile number; the first valid one was taken.</source>
        <translation>
            <numerusform>A célula contém %n número e ele não é celular; o primeiro válido foi usado.</numerusform>
            <numerusform>A célula contém %n números e nenhum é celular; o primeiro válido foi usado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::PortfoliosSection</name>
    <message>
        <source>Portfolios</source>
        <translation>Portfólios</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Messaging limit</source>
        <translation>Limite de mensagens</translation>
    </message>
    <message>
        <source>Acme Brazil</source>
        <translation>Acme Brasil</translation>
    </message>
    <message>
        <source>How many different people the portfolio&apos;s numbers may message in 24 hours outside a customer service window. Meta shows it in WhatsApp Manager.</source>
        <translation>Quantas pessoas diferentes os números do portfólio podem contatar em 24 horas fora de uma janela de atendimento ao cliente. A Meta mostra esse valor no WhatsApp Manager.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Messaging limit:</source>
        <translation>Limite de mensagens:</translation>
    </message>
    <message>
        <source>A Meta business portfolio&apos;s messaging limit is shared by all of its numbers; broadcasts wait when it is reached.</source>
        <translation>O limite de mensagens de um portfólio empresarial da Meta é compartilhado por todos os números dele; as transmissões aguardam quando ele é atingido.</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <source>%1 people a day</source>
        <translation>%1 pessoas por dia</translation>
    </message>
    <message>
        <source>Cannot read the portfolios: %1</source>
        <translation>Não é possível ler os portfólios: %1</translation>
    </message>
    <message>
        <source>Type a name for the new portfolio.</source>
        <translation>Digite um nome para o novo portfólio.</translation>
    </message>
    <message>
        <source>There is already a portfolio named &quot;%1&quot;.</source>
        <translation>Já existe um portfólio chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; adicionado.</translation>
    </message>
    <message>
        <source>A portfolio needs a name.</source>
        <translation>Um portfólio precisa de um nome.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; salvo.</translation>
    </message>
    <message>
        <source>Remove Portfolio</source>
        <translation>Remover portfólio</translation>
    </message>
    <message>
        <source>Remove the portfolio &quot;%1&quot;? Its sender accounts stay, without a portfolio.</source>
        <translation>Remover o portfólio &quot;%1&quot;? As contas de envio dele são mantidas, sem portfólio.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; removido.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
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
        <translation>Relay (um servidor Megaphone)</translation>
    </message>
    <message>
        <source>Sandbox (test server)</source>
        <translation>Sandbox (servidor de teste)</translation>
    </message>
    <message>
        <source>Phone number ID:</source>
        <translation>ID do número de telefone:</translation>
    </message>
    <message>
        <source>The number&apos;s ID in WhatsApp Manager (API Setup), digits only; not the phone number itself.</source>
        <translation>O ID do número no WhatsApp Manager (Configuração da API), só dígitos; não é o número de telefone em si.</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID:</source>
        <translation>ID da conta do WhatsApp Business:</translation>
    </message>
    <message>
        <source>Needed to read and submit message templates.</source>
        <translation>Necessário para ler e enviar modelos de mensagem para aprovação.</translation>
    </message>
    <message>
        <source>Graph API address:</source>
        <translation>Endereço da Graph API:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>Versão da API:</translation>
    </message>
    <message>
        <source>Team default</source>
        <translation>Padrão da equipe</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <source>The most messages this number sends a second. Meta allows 80 a second by default and up to 1,000 for upgraded numbers.</source>
        <translation>O máximo de mensagens que este número envia por segundo. Por padrão, a Meta permite 80 por segundo, e até 1.000 para números com upgrade.</translation>
    </message>
    <message>
        <source>Sending speed:</source>
        <translation>Velocidade de envio:</translation>
    </message>
    <message>
        <source>Use a System User access token that does not expire. The app secret checks that webhook calls come from Meta; the verify token is what you also type in the app&apos;s webhook settings.</source>
        <translation>Use um token de acesso de usuário do sistema que não expire. A chave secreta do app verifica se as chamadas de webhook vêm da Meta; o token de verificação é o que você também digita nas configurações de webhook do app.</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Endereço da API:</translation>
    </message>
    <message>
        <source>360dialog does not sign its webhooks: the webhook token is part of the webhook address, so make it unguessable with Generate.</source>
        <translation>A 360dialog não assina os webhooks dela: o token do webhook faz parte do endereço do webhook, então torne-o impossível de adivinhar com Gerar.</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>Account SID:</translation>
    </message>
    <message>
        <source>Starts with AC, from the Twilio console.</source>
        <translation>Começa com AC; está no console da Twilio.</translation>
    </message>
    <message>
        <source>From number:</source>
        <translation>Número de origem (From):</translation>
    </message>
    <message>
        <source>The WhatsApp sender in international form, such as +14155550100.</source>
        <translation>O remetente do WhatsApp em formato internacional, como +14155550100.</translation>
    </message>
    <message>
        <source>Or Messaging Service SID:</source>
        <translation>Ou Messaging Service SID:</translation>
    </message>
    <message>
        <source>Starts with MG. Used instead of the From number when given.</source>
        <translation>Começa com MG. Quando informado, é usado no lugar do número de origem.</translation>
    </message>
    <message>
        <source>Public status address:</source>
        <translation>Endereço público de status:</translation>
    </message>
    <message>
        <source>The public https address where Twilio reaches this Megaphone&apos;s webhooks; delivery reports need it.</source>
        <translation>O endereço https público pelo qual a Twilio acessa os webhooks deste Megaphone; os relatórios de entrega precisam dele.</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Endereço do servidor:</translation>
    </message>
    <message>
        <source>The Megaphone server that sends for this account.</source>
        <translation>O servidor Megaphone que envia por esta conta.</translation>
    </message>
    <message>
        <source>Messages go to Megaphone&apos;s own test server, found when a broadcast starts. Nothing reaches WhatsApp.</source>
        <translation>As mensagens vão para o servidor de teste do próprio Megaphone, localizado quando uma transmissão começa. Nada chega ao WhatsApp.</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Informe o endereço do servidor.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not a web address (https://...).</source>
        <translation>O endereço &quot;%1&quot; não é um endereço web (https://...).</translation>
    </message>
    <message>
        <source>Enter the phone number ID (WhatsApp Manager, API Setup).</source>
        <translation>Informe o ID do número de telefone (WhatsApp Manager, Configuração da API).</translation>
    </message>
    <message>
        <source>The phone number ID is digits only. It is not the phone number itself.</source>
        <translation>O ID do número de telefone tem só dígitos. Ele não é o número de telefone em si.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID is digits only.</source>
        <translation>O ID da conta do WhatsApp Business tem só dígitos.</translation>
    </message>
    <message>
        <source>The API version looks like v23.0.</source>
        <translation>A versão da API tem o formato v23.0.</translation>
    </message>
    <message>
        <source>Enter the Account SID: AC followed by 32 letters and digits.</source>
        <translation>Informe o Account SID: AC seguido de 32 letras e dígitos.</translation>
    </message>
    <message>
        <source>Enter the From number or a Messaging Service SID.</source>
        <translation>Informe o número de origem ou um Messaging Service SID.</translation>
    </message>
    <message>
        <source>Write the From number in international form, such as +14155550100.</source>
        <translation>Escreva o número de origem em formato internacional, como +14155550100.</translation>
    </message>
    <message>
        <source>The Messaging Service SID is MG followed by 32 letters and digits.</source>
        <translation>O Messaging Service SID é MG seguido de 32 letras e dígitos.</translation>
    </message>
    <message>
        <source>The public status address &quot;%1&quot; is not a web address (https://...).</source>
        <translation>O endereço público de status &quot;%1&quot; não é um endereço web (https://...).</translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot;.</source>
        <translation>Preencha &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>megaphone::QuotaGauge</name>
    <message>
        <source>No daily limit</source>
        <translation>Sem limite diário</translation>
    </message>
    <message>
        <source>The sending number&apos;s portfolio has no messaging tier limit set, so only the sending speed limits this broadcast.</source>
        <translation>O portfólio do número de envio não tem um limite de nível de mensagens definido, então só a velocidade de envio limita esta transmissão.</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>Restam %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people reached in the last 24 hours, over every number of the portfolio.</source>
        <translation>
            <numerusform>%Ln pessoa alcançada nas últimas 24 horas, somando todos os números do portfólio.</numerusform>
            <numerusform>%Ln pessoas alcançadas nas últimas 24 horas, somando todos os números do portfólio.</numerusform>
        </translation>
    </message>
    <message>
        <source>More capacity frees %1 (in %2).</source>
        <translation>Mais capacidade é liberada %1 (em %2).</translation>
    </message>
</context>
<context>
    <name>megaphone::RelayProvider</name>
    <message>
        <source>Enter the relay&apos;s address in Settings.</source>
        <translation>Informe o endereço do relay em Configurações.</translation>
    </message>
    <message>
        <source>No relay secret is stored for this account. Enter it in Settings.</source>
        <translation>Nenhum segredo do relay está armazenado para esta conta. Informe-o em Configurações.</translation>
    </message>
    <message>
        <source>The relay could not be reached: %1</source>
        <translation>Não foi possível acessar o relay: %1</translation>
    </message>
    <message>
        <source>The relay refused the secret (HTTP 401).</source>
        <translation>O relay recusou o segredo (HTTP 401).</translation>
    </message>
    <message>
        <source>The relay answered and accepted the secret.</source>
        <translation>O relay respondeu e aceitou o segredo.</translation>
    </message>
    <message>
        <source>The relay answered with HTTP %1.</source>
        <translation>O relay respondeu com HTTP %1.</translation>
    </message>
</context>
<context>
    <name>megaphone::RelayTemplateDialog</name>
    <message>
        <source>New relay template</source>
        <translation>Novo modelo de relay</translation>
    </message>
    <message>
        <source>spring_sale</source>
        <translation>promocao_primavera</translation>
    </message>
    <message>
        <source>Hi {{first_name}}! Our *spring sale* starts today.</source>
        <translation>Oi, {{first_name}}! Nossa *promoção de primavera* começa hoje.</translation>
    </message>
    <message>
        <source>https://… (optional: an image sent above the text)</source>
        <translation>https://… (opcional: uma imagem enviada acima do texto)</translation>
    </message>
    <message>
        <source>Sender account</source>
        <translation>Conta de envio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Link da mídia</translation>
    </message>
    <message>
        <source>Write *bold*, _italic_, ~strike~ and ```monospace``` as in WhatsApp; {{first_name}} and other variables are filled from each contact.</source>
        <translation>Escreva *negrito*, _itálico_, ~tachado~ e ```monoespaçado``` como no WhatsApp; {{first_name}} e outras variáveis são preenchidas com os dados de cada contato.</translation>
    </message>
    <message>
        <source>Edit relay template</source>
        <translation>Editar modelo de relay</translation>
    </message>
    <message>
        <source>Add a relay account in Settings first.</source>
        <translation>Primeiro adicione uma conta relay em Configurações.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Dê um nome ao modelo.</translation>
    </message>
    <message>
        <source>The name may have lowercase letters, digits and underscores only.</source>
        <translation>O nome só pode ter letras minúsculas, dígitos e sublinhados.</translation>
    </message>
    <message>
        <source>Give the language code, like en or pt_BR.</source>
        <translation>Informe o código do idioma, como pt_BR ou en.</translation>
    </message>
    <message>
        <source>Write the text of the message.</source>
        <translation>Escreva o texto da mensagem.</translation>
    </message>
    <message>
        <source>The variable {{%1}} needs a name of lowercase letters, digits and underscores, like {{first_name}}.</source>
        <translation>A variável {{%1}} precisa de um nome com letras minúsculas, dígitos e sublinhados, como {{first_name}}.</translation>
    </message>
    <message>
        <source>The media link must be a web address starting with https://.</source>
        <translation>O link da mídia deve ser um endereço web começando com https://.</translation>
    </message>
    <message>
        <source>No variables: everyone gets the same text.</source>
        <translation>Sem variáveis: todos recebem o mesmo texto.</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variáveis: %1</translation>
    </message>
</context>
<context>
    <name>megaphone::ReviewStep</name>
    <message>
        <source>Send a test</source>
        <translation>Enviar um teste</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Before sending</source>
        <translation>Antes de enviar</translation>
    </message>
    <message>
        <source>How long it takes and what it costs</source>
        <translation>Quanto tempo leva e quanto custa</translation>
    </message>
    <message>
        <source>Send a test to my number</source>
        <translation>Enviar um teste para o meu número</translation>
    </message>
    <message>
        <source>Your WhatsApp number, e.g. +55 11 98765 4321</source>
        <translation>Seu número de WhatsApp, p. ex. +55 11 98765 4321</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Agendar…</translation>
    </message>
    <message>
        <source>Send now…</source>
        <translation>Enviar agora…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Não verificado</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinatário</numerusform>
            <numerusform>%n destinatários</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to %2, %3, at up to %4 messages a second%5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; para %2, %3, a até %4 mensagens por segundo%5.</translation>
    </message>
    <message>
        <source>, between %1 in each recipient&apos;s time</source>
        <translation>, entre %1 no horário de cada destinatário</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>Está tudo pronto.</translation>
    </message>
    <message>
        <source>Sending takes %1.</source>
        <translation>O envio leva %1.</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Dia %1</translation>
    </message>
    <message>
        <source>Days %1-%2</source>
        <translation>Dias %1-%2</translation>
    </message>
    <message>
        <source>No cost estimate: enter your provider&apos;s prices in Settings &gt; Team sending defaults.</source>
        <translation>Sem estimativa de custo: informe os preços do seu provedor em Configurações &gt; Padrões de envio da equipe.</translation>
    </message>
    <message>
        <source>Estimated cost: %1 for %2 messages.</source>
        <translation>Custo estimado: %1 para %2 mensagens.</translation>
    </message>
    <message numerus="yes">
        <source>Schedule &quot;%1&quot; to %n recipient(s)?</source>
        <translation>
            <numerusform>Agendar &quot;%1&quot; para %n destinatário?</numerusform>
            <numerusform>Agendar &quot;%1&quot; para %n destinatários?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send &quot;%1&quot; to %n recipient(s) now? This cannot be undone once messages leave.</source>
        <translation>
            <numerusform>Enviar &quot;%1&quot; para %n destinatário agora? Isso não pode ser desfeito depois que as mensagens saírem.</numerusform>
            <numerusform>Enviar &quot;%1&quot; para %n destinatários agora? Isso não pode ser desfeito depois que as mensagens saírem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule the broadcast</source>
        <translation>Agendar a transmissão</translation>
    </message>
    <message>
        <source>Send the broadcast</source>
        <translation>Enviar a transmissão</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agendar</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The audience has no contact to fill the template with.</source>
        <translation>O público não tem nenhum contato com o qual preencher o modelo.</translation>
    </message>
    <message>
        <source>Sent to %1: check your WhatsApp.</source>
        <translation>Enviado para %1: confira seu WhatsApp.</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>Não enviado (%1): %2</translation>
    </message>
</context>
<context>
    <name>megaphone::SampleMessagePreview</name>
    <message>
        <source>Contact to preview the message for</source>
        <translation>Contato para o qual mostrar a prévia da mensagem</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Prévia para</translation>
    </message>
    <message>
        <source>No contacts yet: showing the template&apos;s examples</source>
        <translation>Nenhum contato ainda: mostrando os exemplos do modelo</translation>
    </message>
    <message>
        <source>%1 would not get this message: %2 would be empty.</source>
        <translation>%1 não receberia esta mensagem: %2 ficaria vazio.</translation>
    </message>
    <message>
        <source>%1 would not get this message: %2 cannot be sent as it is.</source>
        <translation>%1 não receberia esta mensagem: %2 não pode ser enviado como está.</translation>
    </message>
</context>
<context>
    <name>megaphone::ScheduleFields</name>
    <message>
        <source>Right away, when I press Send</source>
        <translation>Imediatamente, quando eu clicar em Enviar</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Agendar para</translation>
    </message>
    <message>
        <source>Only send between</source>
        <translation>Enviar somente entre</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envio</translation>
    </message>
    <message>
        <source>Sending hours</source>
        <translation>Horário de envio</translation>
    </message>
    <message>
        <source>Time zone of the scheduled time</source>
        <translation>Fuso horário do horário agendado</translation>
    </message>
    <message>
        <source>Start of the sending hours</source>
        <translation>Início do horário de envio</translation>
    </message>
    <message>
        <source>End of the sending hours</source>
        <translation>Fim do horário de envio</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>In each contact&apos;s own time zone. Messages that fall outside wait for the next opening.</source>
        <translation>No fuso horário de cada contato. Mensagens que caem fora desse horário aguardam a próxima abertura.</translation>
    </message>
    <message>
        <source>Your computer&apos;s time zone.</source>
        <translation>O fuso horário do seu computador.</translation>
    </message>
    <message>
        <source>That is %1, %2 on this computer.</source>
        <translation>Isso corresponde a %1, %2 neste computador.</translation>
    </message>
    <message>
        <source>Choose a time in the future, or send as soon as you send it.</source>
        <translation>Escolha um horário no futuro ou envie imediatamente.</translation>
    </message>
    <message>
        <source>The sending hours open and close at the same time: choose a later end.</source>
        <translation>O horário de envio abre e fecha no mesmo horário: escolha um fim posterior.</translation>
    </message>
</context>
<context>
    <name>megaphone::SecretField</name>
    <message>
        <source>Generate</source>
        <translation>Gerar</translation>
    </message>
    <message>
        <source>Make up an unguessable token. Copy it to the provider&apos;s webhook settings, then save.</source>
        <translation>Cria um token impossível de adivinhar. Copie-o nas configurações de webhook do provedor e depois salve.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Verificando o chaveiro…</translation>
    </message>
    <message>
        <source>Stored in the keychain. Leave empty to keep it.</source>
        <translation>Armazenado no chaveiro. Deixe em branco para mantê-lo.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sem alteração)</translation>
    </message>
    <message>
        <source>Not stored yet.</source>
        <translation>Ainda não armazenado.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Não foi possível ler o chaveiro: %1</translation>
    </message>
</context>
<context>
    <name>megaphone::SelectionBanner</name>
    <message>
        <source>Clear selection</source>
        <translation>Limpar seleção</translation>
    </message>
    <message>
        <source>All %1 contacts matching this filter are selected.</source>
        <translation>Todos os %1 contatos que correspondem a este filtro estão selecionados.</translation>
    </message>
    <message>
        <source>All %1 loaded contacts are selected.</source>
        <translation>Todos os %1 contatos carregados estão selecionados.</translation>
    </message>
    <message>
        <source>Select all %1 matching contacts</source>
        <translation>Selecionar todos os %1 contatos correspondentes</translation>
    </message>
</context>
<context>
    <name>megaphone::SendingWindow</name>
    <message>
        <source>&quot;%1&quot; is not a sending window. Write it as HH:MM-HH:MM, for example 09:00-20:00, or leave it empty to send at any hour.</source>
        <translation>&quot;%1&quot; não é uma janela de envio. Escreva no formato HH:MM-HH:MM, por exemplo 09:00-20:00, ou deixe em branco para enviar a qualquer hora.</translation>
    </message>
    <message>
        <source>%1 is not a time of day: use 00:00 to 23:59 (24:00 may end a window).</source>
        <translation>%1 não é um horário do dia: use de 00:00 a 23:59 (24:00 pode encerrar uma janela).</translation>
    </message>
    <message>
        <source>The sending window opens and closes at the same time (%1). Leave it empty to send at any hour.</source>
        <translation>A janela de envio abre e fecha no mesmo horário (%1). Deixe em branco para enviar a qualquer hora.</translation>
    </message>
</context>
<context>
    <name>megaphone::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Chaveiro</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ainda não verificado.</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Verificar novamente</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Verificando o chaveiro…</translation>
    </message>
</context>
<context>
    <name>megaphone::TeamDefaultsSection</name>
    <message>
        <source>Write each time zone as a country code, &quot;=&quot; and a zone, as in US=America/Chicago; &quot;%1&quot; is not.</source>
        <translation>Escreva cada fuso horário como um código de país, &quot;=&quot; e um fuso, como em BR=America/Sao_Paulo; &quot;%1&quot; não está assim.</translation>
    </message>
    <message>
        <source>Write each price as a country code, &quot;=&quot; and a number with a dot, as in BR=0.0625; &quot;%1&quot; is not.</source>
        <translation>Escreva cada preço como um código de país, &quot;=&quot; e um número com ponto decimal, como em BR=0.0625; &quot;%1&quot; não está assim.</translation>
    </message>
    <message>
        <source>Team sending defaults</source>
        <translation>Padrões de envio da equipe</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country (a two-letter code such as IN, BR or GB). Empty: the country of each computer&apos;s locale.</source>
        <translation>Números de telefone escritos sem código do país são lidos como números deste país (um código de duas letras, como BR, IN ou GB). Vazio: o país da configuração regional de cada computador.</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <source>The most messages one sender number sends a second. The provider&apos;s own limit for the number applies when it is lower.</source>
        <translation>O máximo de mensagens que um número de envio envia por segundo. O limite do próprio provedor para o número vale quando for menor.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Skip contacts who received a marketing broadcast within this many hours.</source>
        <translation>Ignorar contatos que receberam uma transmissão de marketing nas últimas horas indicadas aqui.</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>A scheduled broadcast whose time passed by more than this while no Megaphone was running waits for you to confirm it instead of sending late.</source>
        <translation>Uma transmissão agendada cujo horário passou há mais tempo do que isso enquanto nenhum Megaphone estava em execução aguarda a sua confirmação, em vez de ser enviada com atraso.</translation>
    </message>
    <message>
        <source> recipients in a row</source>
        <translation> destinatários seguidos</translation>
    </message>
    <message>
        <source>Pause a broadcast when the same error, or no clear answer, repeats for this many recipients in a row: a setup error often looks like a recipient error.</source>
        <translation>Pausar uma transmissão quando o mesmo erro, ou a falta de uma resposta clara, se repetir para esta quantidade de destinatários seguidos: um erro de configuração muitas vezes parece um erro do destinatário.</translation>
    </message>
    <message>
        <source>e.g. US=America/Chicago, BR=America/Manaus</source>
        <translation>p. ex. BR=America/Manaus, US=America/Chicago</translation>
    </message>
    <message>
        <source>A sending window is kept in each recipient&apos;s local time. For countries with several time zones, the zone to use for contacts without one of their own (otherwise the zone where most people live).</source>
        <translation>A janela de envio segue o horário local de cada destinatário. Para países com vários fusos horários, o fuso a usar para contatos que não têm um próprio (caso contrário, o fuso onde vive a maioria das pessoas).</translation>
    </message>
    <message>
        <source>e.g. USD: BR=0.0625, IN=0.0107</source>
        <translation>p. ex. USD: BR=0.0625, IN=0.0107</translation>
    </message>
    <message>
        <source>What your provider charges for one marketing message, by recipient country: the Broadcast Builder estimates a broadcast&apos;s cost from it.</source>
        <translation>Quanto o seu provedor cobra por uma mensagem de marketing, por país do destinatário: o assistente de transmissão estima o custo de uma transmissão com base nisso.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Shared by everyone who uses this database, including workers that send on servers.</source>
        <translation>Compartilhado por todos que usam este banco de dados, inclusive os workers que enviam em servidores.</translation>
    </message>
    <message>
        <source>Default country:</source>
        <translation>País padrão:</translation>
    </message>
    <message>
        <source>Sending speed:</source>
        <translation>Velocidade de envio:</translation>
    </message>
    <message>
        <source>Frequency cap:</source>
        <translation>Limite de frequência:</translation>
    </message>
    <message>
        <source>Missed schedule after:</source>
        <translation>Agendamento perdido após:</translation>
    </message>
    <message>
        <source>Pause after an error repeats for:</source>
        <translation>Pausar quando um erro se repetir para:</translation>
    </message>
    <message>
        <source>Time zones by country:</source>
        <translation>Fusos horários por país:</translation>
    </message>
    <message>
        <source>Price of a marketing message:</source>
        <translation>Preço de uma mensagem de marketing:</translation>
    </message>
    <message>
        <source>Cannot read the team settings: %1</source>
        <translation>Não é possível ler as configurações da equipe: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>megaphone::TemplateFilterBar</name>
    <message>
        <source>Search name and text</source>
        <translation>Pesquisar nome e texto</translation>
    </message>
    <message>
        <source>Sender account; Sync syncs the one chosen here</source>
        <translation>Conta de envio; Sincronizar sincroniza a conta escolhida aqui</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas as contas</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Qualquer categoria</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Qualquer idioma</translation>
    </message>
</context>
<context>
    <name>megaphone::TemplatePicker</name>
    <message>
        <source>Only approved templates can be sent; this one is: %1.</source>
        <translation>Só modelos aprovados podem ser enviados; o status deste é: %1.</translation>
    </message>
    <message>
        <source>Search templates by name or text</source>
        <translation>Pesquisar modelos por nome ou texto</translation>
    </message>
    <message>
        <source>Reading templates...</source>
        <translation>Lendo os modelos...</translation>
    </message>
    <message>
        <source>Choose the number to send from in the first step.</source>
        <translation>Escolha o número de envio na primeira etapa.</translation>
    </message>
    <message>
        <source>No template matches &quot;%1&quot;.</source>
        <translation>Nenhum modelo corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This number has no templates yet. Sync them on the Templates page or create one in your provider&apos;s console.</source>
        <translation>Este número ainda não tem modelos. Sincronize-os na página Modelos ou crie um no console do seu provedor.</translation>
    </message>
</context>
<context>
    <name>megaphone::TemplatePreview</name>
    <message>
        <source>header text</source>
        <translation>texto do cabeçalho</translation>
    </message>
    <message>
        <source>header media link</source>
        <translation>link da mídia do cabeçalho</translation>
    </message>
    <message>
        <source>location</source>
        <translation>localização</translation>
    </message>
    <message>
        <source>body text</source>
        <translation>texto do corpo</translation>
    </message>
    <message>
        <source>end of the button&apos;s link</source>
        <translation>final do link do botão</translation>
    </message>
    <message>
        <source>quick-reply payload (optional)</source>
        <translation>payload da resposta rápida (opcional)</translation>
    </message>
    <message>
        <source>coupon code</source>
        <translation>código do cupom</translation>
    </message>
    <message>
        <source>Select a template to see it here.</source>
        <translation>Selecione um modelo para vê-lo aqui.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Sender account</source>
        <translation>Conta de envio</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variáveis</translation>
    </message>
    <message>
        <source>named, like {{first_name}}</source>
        <translation>nomeadas, como {{first_name}}</translation>
    </message>
    <message>
        <source>numbered, like {{1}}</source>
        <translation>numeradas, como {{1}}</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>None: every recipient gets the same message.</source>
        <translation>Nenhum: todos os destinatários recebem a mesma mensagem.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parâmetro</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
</context>
<context>
    <name>megaphone::TemplateSyncJob</name>
    <message>
        <source>The account&apos;s provider is not available.</source>
        <translation>O provedor da conta não está disponível.</translation>
    </message>
    <message>
        <source>The template sync was cancelled.</source>
        <translation>A sincronização de modelos foi cancelada.</translation>
    </message>
</context>
<context>
    <name>megaphone::TemplateSyncRunner</name>
    <message>
        <source>No account to sync: relay accounts have no templates to list, add a Meta, 360dialog, Twilio or sandbox account in Settings.</source>
        <translation>Nenhuma conta para sincronizar: contas relay não têm modelos para listar; adicione uma conta Meta, 360dialog, Twilio ou sandbox em Configurações.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronização cancelada.</translation>
    </message>
    <message>
        <source>Asking for the templates…</source>
        <translation>Solicitando os modelos…</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n template(s)…</source>
        <translation>
            <numerusform>Armazenando %n modelo…</numerusform>
            <numerusform>Armazenando %n modelos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s), </source>
        <translation>
            <numerusform>%n página lida, </numerusform>
            <numerusform>%n páginas lidas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)…</source>
        <translation>
            <numerusform>%n modelo…</numerusform>
            <numerusform>%n modelos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>megaphone::TemplatesPage</name>
    <message>
        <source>New template</source>
        <translation>Novo modelo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
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
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Write a free-text template for a relay account</source>
        <translation>Escrever um modelo de texto livre para uma conta relay</translation>
    </message>
    <message>
        <source>Read the templates of the account chosen in the filter, or of every account</source>
        <translation>Ler os modelos da conta escolhida no filtro ou de todas as contas</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n modelo</numerusform>
            <numerusform>%n modelos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n template(s)</source>
        <translation>
            <numerusform>%1 de %n modelo</numerusform>
            <numerusform>%1 de %n modelos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the templates</source>
        <translation>Não é possível ler os modelos</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Nenhum modelo ainda</translation>
    </message>
    <message>
        <source>Broadcasts send message templates that WhatsApp has approved. Add a sender account in Settings and press Sync to read its templates, or add a sandbox account to try the app with a realistic set. Relay accounts write their own: New template.</source>
        <translation>As transmissões enviam modelos de mensagem aprovados pelo WhatsApp. Adicione uma conta de envio em Configurações e clique em Sincronizar para ler os modelos dela, ou adicione uma conta sandbox para experimentar o app com um conjunto realista. Contas relay escrevem os próprios modelos: Novo modelo.</translation>
    </message>
    <message>
        <source>No template matches</source>
        <translation>Nenhum modelo corresponde</translation>
    </message>
    <message>
        <source>Change the filters or the search.</source>
        <translation>Altere os filtros ou a pesquisa.</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>Não é possível salvar o modelo</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot; (%2) of %3? Broadcasts that used it keep their messages.</source>
        <translation>Excluir o modelo &quot;%1&quot; (%2) de %3? As transmissões que o usaram mantêm as mensagens delas.</translation>
    </message>
    <message>
        <source>Cannot delete the template</source>
        <translation>Não é possível excluir o modelo</translation>
    </message>
</context>
<context>
    <name>megaphone::ThroughputChart</name>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>há %n s</numerusform>
            <numerusform>há %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent in the last 5 minutes</source>
        <translation>Nada enviado nos últimos 5 minutos</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Nada foi enviado</translation>
    </message>
    <message>
        <source>Messages sent per second</source>
        <translation>Mensagens enviadas por segundo</translation>
    </message>
    <message>
        <source>Cap: %1 per second</source>
        <translation>Limite: %1 por segundo</translation>
    </message>
</context>
<context>
    <name>megaphone::TwilioProvider</name>
    <message>
        <source>Twilio could not be reached: %1</source>
        <translation>Não foi possível acessar a Twilio: %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>Twilio said: %1</source>
        <translation>A Twilio respondeu: %1</translation>
    </message>
    <message>
        <source>Enter the Twilio account SID and auth token in Settings.</source>
        <translation>Informe o Account SID e o Auth Token da Twilio em Configurações.</translation>
    </message>
    <message>
        <source>The Twilio account is %1, not active.</source>
        <translation>A conta da Twilio está com o status %1, não ativa.</translation>
    </message>
    <message>
        <source>Connected to the Twilio account &quot;%1&quot;.</source>
        <translation>Conectado à conta da Twilio &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Twilio&apos;s template list did not end as expected (page %1).</source>
        <translation>A lista de modelos da Twilio não terminou como esperado (página %1).</translation>
    </message>
</context>
<context>
    <name>megaphone::TwilioStatusPoller</name>
    <message>
        <source>find messages to ask Twilio about</source>
        <translation>encontrar mensagens para consultar na Twilio</translation>
    </message>
</context>
<context>
    <name>megaphone::WebhookReceiver</name>
    <message>
        <source>No such webhook endpoint.</source>
        <translation>Endpoint de webhook inexistente.</translation>
    </message>
    <message>
        <source>Webhooks are POSTed.</source>
        <translation>Webhooks são enviados por POST.</translation>
    </message>
    <message>
        <source>A webhook arrived for account %1, which is not a %2 account here.</source>
        <translation>Chegou um webhook para a conta %1, que aqui não é uma conta %2.</translation>
    </message>
    <message>
        <source>Meta&apos;s webhook verification for account %1 was refused: the verify token does not match the one saved for the account.</source>
        <translation>A verificação de webhook da Meta para a conta %1 foi recusada: o token de verificação não corresponde ao salvo para a conta.</translation>
    </message>
    <message>
        <source>A webhook for account %1 was refused: its signature is missing or does not match the account&apos;s secret. Nothing was changed.</source>
        <translation>Um webhook para a conta %1 foi recusado: a assinatura está ausente ou não corresponde ao segredo da conta. Nada foi alterado.</translation>
    </message>
    <message>
        <source>A sandbox webhook was refused: its signature does not match this process&apos;s sandbox. Nothing was changed.</source>
        <translation>Um webhook do sandbox foi recusado: a assinatura não corresponde ao sandbox deste processo. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Not stored yet; send it again.</source>
        <translation>Ainda não armazenado; envie novamente.</translation>
    </message>
</context>
<context>
    <name>megaphone::WebhookService</name>
    <message>
        <source>&quot;%1&quot; is not an address and a port, such as 127.0.0.1:8090.</source>
        <translation>&quot;%1&quot; não é um endereço com porta, como 127.0.0.1:8090.</translation>
    </message>
</context>
<context>
    <name>megaphone::WebhooksSection</name>
    <message>
        <source>Webhooks: delivery, read receipts, replies and opt-outs</source>
        <translation>Webhooks: entregas, confirmações de leitura, respostas e descadastros</translation>
    </message>
    <message>
        <source>Receive webhooks on this computer</source>
        <translation>Receber webhooks neste computador</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>The address and port the receiver listens on. Keep 127.0.0.1 and put a reverse proxy or a tunnel with HTTPS in front of it.</source>
        <translation>O endereço e a porta em que o receptor escuta. Mantenha 127.0.0.1 e coloque na frente um proxy reverso ou um túnel com HTTPS.</translation>
    </message>
    <message>
        <source>Providers report each message&apos;s delivery, reads, failures, replies and opt-outs by webhook. They need a public HTTPS address: run a reverse proxy (Caddy, nginx) or a tunnel (cloudflared, ngrok) that forwards to the address above, or run &lt;code&gt;megaphone-cli webhooks serve&lt;/code&gt; on a server that shares the database.&lt;br&gt;&lt;b&gt;Meta:&lt;/b&gt; in your app&apos;s WhatsApp configuration, Callback URL &lt;code&gt;https://YOUR-DOMAIN/webhooks/meta/ACCOUNT-ID&lt;/code&gt;, Verify token: the account&apos;s verify token; subscribe to &lt;i&gt;messages&lt;/i&gt; and &lt;i&gt;user_preferences&lt;/i&gt;. The account&apos;s app secret checks every webhook&apos;s signature.&lt;br&gt;&lt;b&gt;Twilio:&lt;/b&gt; set the account&apos;s public callback address to &lt;code&gt;https://YOUR-DOMAIN&lt;/code&gt;; each message then asks for its status callback. Without one, Megaphone asks Twilio for the statuses every minute.&lt;br&gt;&lt;b&gt;360dialog:&lt;/b&gt; set the webhook URL to &lt;code&gt;https://YOUR-DOMAIN/webhooks/360dialog/ACCOUNT-ID/WEBHOOK-TOKEN&lt;/code&gt;.&lt;br&gt;The sandbox&apos;s webhooks reach the app without any of this. Without webhooks, figures show messages as accepted, not delivered.</source>
        <translation>Os provedores informam por webhook a entrega, a leitura, as falhas, as respostas e os descadastros de cada mensagem. Eles precisam de um endereço HTTPS público: use um proxy reverso (Caddy, nginx) ou um túnel (cloudflared, ngrok) que encaminhe para o endereço acima, ou execute &lt;code&gt;megaphone-cli webhooks serve&lt;/code&gt; em um servidor que compartilhe o banco de dados.&lt;br&gt;&lt;b&gt;Meta:&lt;/b&gt; na configuração do WhatsApp do seu app, URL de retorno de chamada (Callback URL) &lt;code&gt;https://SEU-DOMINIO/webhooks/meta/ID-DA-CONTA&lt;/code&gt; e, em Verificar token, o token de verificação da conta; assine &lt;i&gt;messages&lt;/i&gt; e &lt;i&gt;user_preferences&lt;/i&gt;. A chave secreta do app da conta verifica a assinatura de cada webhook.&lt;br&gt;&lt;b&gt;Twilio:&lt;/b&gt; defina o endereço público de callback da conta como &lt;code&gt;https://SEU-DOMINIO&lt;/code&gt;; assim, cada mensagem solicita o próprio callback de status. Sem ele, o Megaphone consulta os status na Twilio a cada minuto.&lt;br&gt;&lt;b&gt;360dialog:&lt;/b&gt; defina a URL do webhook como &lt;code&gt;https://SEU-DOMINIO/webhooks/360dialog/ID-DA-CONTA/TOKEN-DO-WEBHOOK&lt;/code&gt;.&lt;br&gt;Os webhooks do sandbox chegam ao app sem nada disso. Sem webhooks, os números mostram as mensagens como aceitas, não como entregues.</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Escutar em:</translation>
    </message>
    <message>
        <source>The receiver runs only in the app&apos;s main window.</source>
        <translation>O receptor só funciona na janela principal do app.</translation>
    </message>
    <message>
        <source>Not receiving: %1</source>
        <translation>Sem receber: %1</translation>
    </message>
    <message>
        <source>Receiving webhooks at %1.</source>
        <translation>Recebendo webhooks em %1.</translation>
    </message>
    <message>
        <source>Off: no webhooks are received on this computer.</source>
        <translation>Desligado: nenhum webhook é recebido neste computador.</translation>
    </message>
</context>
</TS>
