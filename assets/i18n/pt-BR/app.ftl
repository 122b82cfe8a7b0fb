## MicDoctor app texts (pt-BR). Ids are shared by every language; English is the reference.

## The notice bar, the "start a new case?" question and what the app says when something goes wrong
## (src/ui/app.rs, src/ui/state.rs, src/ui/prefs.rs).

notice-dismiss = Dispensar
notice-next = Próximo (mais { $count })
# $problem: what is wrong with the config file (a sentence without its full stop).
notice-config-problem = { $problem }. O MicDoctor está funcionando com os ajustes padrão.
notice-last-case-unfit = Seu último caso não combina com esta base de conhecimento, então ele foi deixado de lado.
notice-settings-damaged = Seus ajustes salvos estavam danificados, então o MicDoctor começou com os ajustes padrão.
notice-last-case-unreadable = Não foi possível ler seu último caso, então ele foi deixado de lado.
# $fault: a technical description of the fault (English).
notice-fault-desktop = Algo deu errado, então o MicDoctor voltou para o início ({ $fault }).
notice-fault-kiosk = Desculpe, algo deu errado, então o MicDoctor recomeçou. Se acontecer de novo, peça ajuda no balcão.
# $code: the case code; $error: why the case log could not be written.
notice-case-not-logged = O caso { $code } ainda não pôde ser gravado no arquivo de casos ({ $error }); ele fica na memória e é gravado assim que o arquivo aceitar.
notice-case-log-imported = O registro de casos antigo foi passado para o arquivo de casos { $store }: { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
}.
notice-case-log-not-imported = O registro de casos antigo não pôde ser passado para o arquivo de casos: { $error }. Ele fica onde está e será tentado de novo na próxima abertura.
# $error: why the case cannot go on (a technical description).
notice-case-unworkable = Não é possível trabalhar neste caso: { $error }
# Printed on the terminal (after "micdoctor: ") before the app stops for good.
app-fault-stopping = a janela continua falhando ({ $fault }); encerrando. Informe o problema junto com o código do caso.

confirm-start-over-title = Começar um novo caso?
confirm-start-over-body = As respostas e soluções deste caso serão apagadas.
confirm-start-over-yes = Começar um novo caso
confirm-start-over-keep = Manter este caso

## Top bar (src/ui/screens/top_bar.rs).

top-bar-home-hover = Voltar para o início
top-bar-more = Mais
top-bar-browse-fixes = Ver todas as soluções
top-bar-questions = Perguntas e respostas
top-bar-start-over = Recomeçar
top-bar-iphone = iPhone:
# The compact names of the two kinds of iPhone, as buttons.
top-bar-face-id = Face ID
top-bar-home-button = Botão de Início
# Hover text of an iPhone-type button: $name and $hint come from the knowledge base.
top-bar-device-hover = { $name }: { $hint }

## Start screen (src/ui/screens/start.rs).

# $title: the journey's title (from the knowledge base).
start-case-still-open = Seu caso ainda está aberto: { $title }
start-continue-case = Continuar seu caso
start-heading = O que está acontecendo com o seu iPhone?
# $name and $hint: the iPhone type and how to recognise it (from the knowledge base).
start-your-phone = Seu celular: { $name }. { $hint }
start-browse-fixes = Ver todas as soluções
start-questions = Perguntas e respostas
start-which-iphone = Qual é o seu iPhone?
start-which-iphone-hint = O jeito de fechar apps e reiniciar muda de um modelo para outro. Você pode mudar isso a qualquer momento lá em cima.
start-resume-title = Retomar seu último caso?
# $title: the journey's title; $count: answers given so far; $code: the case code.
start-resume-summary = { $title } — { $count ->
        [one] { $count } resposta
       *[other] { $count } respostas
    } até agora, código do caso { $code }.
start-resume = Retomar
start-resume-discard = Descartar

## Symptom picker (src/ui/screens/symptoms.rs).

symptoms-heading = O que você percebe?
symptoms-subheading = Escolha o que combina com o seu caso — ou pule se não tiver certeza.
symptoms-filter = Filtrar:
symptoms-filter-hint = digite uma palavra, por exemplo ligação
symptoms-clear-filter = Limpar filtro
symptoms-back = Voltar
symptoms-skip = Pular — não tenho certeza
# $count: how many symptoms are picked (at least 1).
symptoms-continue = { $count ->
        [one] Continuar com { $count } escolhido
       *[other] Continuar com { $count } escolhidos
    }
# The heading of the symptoms that belong to no group.
symptoms-group-other = Outros
symptoms-no-match = Nenhum sintoma corresponde a esse filtro.

## Browse (src/ui/screens/browse.rs).

browse-back = Voltar
browse-tab-fixes = Todas as soluções
browse-tab-questions = Perguntas e respostas
browse-search = Buscar:
browse-search-hint = por exemplo desinstalar
# $title: the fix's title (from the knowledge base); $minutes: how long it takes.
browse-fix-heading = { $title } · { $minutes } min
# $items: the names of related entries, already joined with " · ".
browse-related = Relacionados: { $items }
browse-no-match = Nada corresponde a essa busca.

## Outcome (src/ui/screens/outcome.rs).

outcome-back = Voltar ao diagnóstico
outcome-start-over = Recomeçar
outcome-save-report = Salvar relatório…
outcome-save-report-hover = Uma página para imprimir, um Markdown ou um JSON deste caso
# $title: the fix that worked (from the knowledge base).
outcome-fixed-heading = Resolvido com “{ $title }”
# $checks: checks answered; $fixes: fixes tried; $code: the case code.
outcome-fixed-tally = { $checks ->
        [one] { $checks } verificação respondida
       *[other] { $checks } verificações respondidas
    } e { $fixes ->
        [one] { $fixes } solução tentada
       *[other] { $fixes } soluções tentadas
    }. Código do caso: { $code }
outcome-what-happened = O que aconteceu
# $cause and $explanation: the most likely cause and why (from the knowledge base).
outcome-fixed-most-likely = O mais provável: { $cause }. { $explanation }
outcome-if-again = Se acontecer de novo
# $title: the fix that worked (from the knowledge base).
outcome-try-first = Tente primeiro “{ $title }”.
outcome-technician-heading = Leve a um técnico
outcome-technician-tell = Diga ao técnico
outcome-technician-nothing-yet = Você ainda não respondeu a nenhuma pergunta; o técnico vai começar do início.
outcome-home-heading = Não há mais nada para tentar em casa
outcome-home-found = O que você descobriu
outcome-home-nothing-yet = Você ainda não respondeu a nenhuma pergunta.
# $cause: the most likely cause (from the knowledge base); $percent: its probability, a whole number.
outcome-most-likely-percent = O mais provável: { $cause } — { $percent }%
outcome-case-code = Código do caso: { $code }
outcome-copy-summary = Copiar este resumo
outcome-copy-summary-hover = Cole em uma mensagem ou em uma anotação para a assistência técnica

## Desktop menus (src/ui/desktop/menu_bar.rs).

menu-file = Arquivo
menu-file-open = Abrir base de conhecimento…
menu-file-save-report = Salvar relatório…
menu-file-save-report-disabled = Comece um caso primeiro: o relatório descreve o caso.
menu-file-quit = Sair
menu-view = Visualizar
menu-view-theme = Tema
menu-view-theme-system = Seguir o sistema
menu-view-theme-light = Claro
menu-view-theme-dark = Escuro
menu-view-text-size = Tamanho do texto
menu-view-text-small = Pequeno
menu-view-text-normal = Normal
menu-view-text-large = Grande
menu-view-text-extra-large = Extragrande
menu-help = Ajuda
menu-help-shortcuts = Atalhos de teclado
menu-help-about = Sobre o MicDoctor

## Help › About and Help › Keyboard shortcuts (src/ui/desktop/about.rs).

# $version: the app's version number.
about-version = Versão { $version }
about-description = Descubra por que o microfone de um iPhone falha no WhatsApp, e o passo mais barato que resolve.
about-kb = Base de conhecimento
about-kb-version = Versão dela
about-opened-from = Aberta de
about-sources = Fatos citados de
# $count: how many sources the knowledge base cites.
about-sources-count = { $count ->
        [one] { $count } fonte
       *[other] { $count } fontes
    }
about-license = Licença
about-close = Fechar
shortcuts-title = Atalhos de teclado
shortcuts-close = Fechar
shortcuts-open-kb = Abrir uma base de conhecimento
shortcuts-save-report = Salvar um relatório do caso
shortcuts-quit = Sair
shortcuts-larger-text = Texto maior
shortcuts-smaller-text = Texto menor
shortcuts-normal-text = Tamanho normal do texto
shortcuts-this-list = Esta lista
# Key names, as written on a keyboard.
shortcuts-keys-escape = Esc
shortcuts-back = Voltar uma tela ou fechar uma janela de diálogo
shortcuts-keys-tab = Tab / Shift+Tab
shortcuts-move = Passar de um controle para outro
shortcuts-keys-enter = Enter / Espaço
shortcuts-press = Acionar o controle em foco

## File dialogs and the typed-path prompt (src/ui/desktop/file_dialog.rs, path_prompt.rs, mod.rs).

dialog-open-kb-title = Abrir uma base de conhecimento
dialog-filter-kb = Base de conhecimento (JSON)
dialog-save-report-title = Salvar o relatório
dialog-filter-html = Página para imprimir (HTML)
dialog-filter-markdown = Markdown
dialog-filter-json = JSON
path-prompt-open = Abrir
path-prompt-save = Salvar
path-prompt-no-dialog = Não é possível mostrar uma janela de arquivos neste computador (o MicDoctor procura o portal da área de trabalho ou o programa zenity). Digite o caminho completo do arquivo.
path-prompt-format-hint = A terminação escolhe o formato: .html (página para imprimir), .md (Markdown) ou .json.
path-prompt-recording-for = Para: { $take }
path-prompt-file-path = Caminho do arquivo
path-prompt-cancel = Cancelar
# $title: the knowledge base's title; $path: the file it was opened from.
notice-kb-opened = Base de conhecimento “{ $title }” aberta de { $path }.
# $problems: why its translation files could not be read, joined with "; ".
notice-kb-opened-without-translations = Base de conhecimento “{ $title }” aberta de { $path }, mas sem as traduções: { $problems }
notice-translations-unusable = Algumas traduções não puderam ser usadas, então esses idiomas aparecem em inglês: { $problems }
notice-report-saved = Relatório salvo em { $path }.
notice-report-not-saved = Não foi possível salvar o relatório em { $path }: { $error }

## A knowledge base that cannot be used (src/ui/desktop/kb_problems.rs).

kb-problems-title = Esta base de conhecimento não pode ser usada
# $source: where the knowledge base in use came from (a file path, or "bundled").
kb-problems-still-using = O MicDoctor continua usando { $source }.
# $count: how many problems were found; $file: the file that was tried. A list of the problems follows.
kb-problems-found = { $count ->
        [one] { $count } problema encontrado
       *[other] { $count } problemas encontrados
    } em { $file }:
kb-problems-close = Fechar

## Counter kiosk (src/ui/kiosk/*.rs).

kiosk-idle-title = Você ainda está aí?
# $seconds: whole seconds left.
kiosk-idle-countdown = Para manter suas respostas em sigilo, este caso será apagado em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
kiosk-idle-still-here = Ainda estou aqui
kiosk-pin-title = PIN da equipe
# $tries: tries left before the pad locks for a minute.
kiosk-pin-wrong = PIN errado. { $tries ->
        [one] Resta { $tries } tentativa
       *[other] Restam { $tries } tentativas
    } antes de um bloqueio de um minuto.
# $seconds: whole seconds until the pad takes PINs again.
kiosk-pin-locked = PINs errados demais. Tente de novo em { $seconds } s.
kiosk-pin-clear = Limpar
kiosk-pin-ok = OK
kiosk-pin-cancel = Cancelar
# For screen readers: how many digits of the PIN are typed.
kiosk-pin-digits-entered = { $count ->
        [one] { $count } dígito digitado
       *[other] { $count } dígitos digitados
    }
app-fault-unknown = uma falha desconhecida
kiosk-staff-title = Equipe
kiosk-staff-no-problems = Nada deu errado desde que o MicDoctor foi iniciado.
kiosk-staff-problems = O que deu errado
kiosk-staff-clear-messages = Limpar estas mensagens
kiosk-staff-kb = Base de conhecimento
# $source: where the knowledge base came from; $version: its version.
kiosk-staff-kb-value = { $source } (versão { $version })
kiosk-staff-case-log = Banco de casos
kiosk-staff-case-log-off = desativado: os casos nunca são gravados em disco
kiosk-staff-idle-reset = Reinício por inatividade
# $idle and $countdown: seconds.
kiosk-staff-idle-reset-value = após { $idle } s sem uso, seguido de uma contagem regressiva de { $countdown } s
kiosk-staff-config-file = Arquivo de configuração
kiosk-staff-config-none = nenhum (padrões)
kiosk-staff-back = Voltar ao balcão
kiosk-staff-new-case = Começar um novo caso
kiosk-staff-exit = Sair do MicDoctor
# Messages for staff. $file: the knowledge base tried; $problems: its problems, joined with "; ".
kiosk-staff-message-kb-unusable = Não foi possível usar a base de conhecimento { $file }, então a base incluída no app está aberta: { $problems }
# $fault: a technical description of the fault (English).
kiosk-staff-message-fault = Uma falha parou a tela e o caso foi reiniciado: { $fault }


menu-file-open-recording = Abrir gravação…
menu-file-open-recording-disabled = Comece um caso primeiro: a gravação passa a fazer parte dele.
shortcuts-open-recording = Medir uma gravação
dialog-open-recording-title = Abrir uma gravação
dialog-filter-recordings = Gravações
notice-recording-needs-case = Comece um caso primeiro: escolha o que você percebe e depois solte a gravação.
notice-recording-measured = Medido { $file }: { $verdicts }.
notice-recording-unusable = { $error }. Nada mudou no caso.
recording-drop-here = Solte a gravação para medi-la
about-learned = Aprendido
notice-learned-unusable = As probabilidades aprendidas em { $path } não podem ser usadas ({ $error }); o MicDoctor usa as da base de conhecimento.

kiosk-cases-heading = Casos
kiosk-cases-no-store = Nenhum arquivo de casos definido: coloque case_store no arquivo de configuração para guardá-los.
kiosk-cases-staff-name = Seu nome
kiosk-cases-search = Buscar
kiosk-cases-search-hint = um código de caso (ou escaneie), ou um dia AAAA-MM-DD
kiosk-cases-none = Nenhum caso encontrado.
kiosk-cases-loading = Carregando casos…
kiosk-cases-saving = Salvando…
kiosk-cases-case = Caso { $code }
kiosk-cases-verdict-was = Registrado até agora: { $cause } (por { $staff })
kiosk-cases-other = Outra coisa
kiosk-cases-pick-cause = Escolha a causa encontrada
kiosk-cases-true-cause = O que você encontrou
kiosk-cases-note = Observação (o que viu, o que fez)
kiosk-cases-record = Registrar o diagnóstico
kiosk-cases-record-needs = Escolha a causa e digite seu nome primeiro.
kiosk-cases-recorded = O diagnóstico do caso { $code } foi registrado.
kiosk-cases-store-unusable = O arquivo de casos não pode ser usado: { $error }. Os clientes podem continuar; verifique o arquivo e a unidade onde ele está.
kiosk-cases-no-name = (sem nome)
kiosk-pin-name-needed = Digite também seu nome: cada ação da equipe fica registrada com ele.
kiosk-cases-working-as = Trabalhando como { $name }
kiosk-repair-title = Depois do reparo
kiosk-repair-takes-hint = Verifique os microfones de novo: grave a mesma frase no Gravador (parte de baixo voltada para a boca), um vídeo com a câmera frontal e outro com a traseira, e informe os arquivos.
kiosk-repair-bottom = Gravador (microfone inferior)
kiosk-repair-front = Vídeo com a câmera frontal
kiosk-repair-rear = Vídeo com a câmera traseira
kiosk-repair-measure = Medir e guardar com o caso
kiosk-repair-bad-file = Não foi possível medir essa gravação: { $error }
kiosk-repair-measuring = Medindo as gravações…
kiosk-repair-measure-stopped = A medição parou antes de terminar ({ $error }). Informe os arquivos de novo.
kiosk-repair-rechecked = Os microfones do caso { $code } foram verificados de novo.
kiosk-repair-contact-hint = O nome e o telefone do cliente só são guardados porque esta loja permite; esquecer o caso os apaga.
kiosk-repair-customer-name = Nome do cliente
kiosk-repair-customer-phone = Telefone
kiosk-repair-keep-contact = Guardar o contato
kiosk-repair-contact-kept = O contato foi guardado com o caso { $code }.
kiosk-repair-sheet = Arquivo da folha de retirada
kiosk-repair-write-sheet = Gravar a folha de retirada
kiosk-repair-sheet-written = A folha de retirada está em { $path }: abra-a num navegador para imprimir.
kiosk-repair-sheet-failed = Não foi possível gravar a folha de retirada: { $error }
kiosk-desk-today = { $count ->
    [0] Nenhum caso hoje ainda.
    [one] Hoje: { $count } caso
   *[other] Hoje: { $count } casos
}
kiosk-desk-found = { $count ->
    [0] Nenhum caso encontrado.
    [one] { $count } caso encontrado
   *[other] { $count } casos encontrados
}
kiosk-desk-pick-a-case = Abra um caso na tabela (ou leia o código dele) para vê-lo aqui.
kiosk-desk-device = Modelo
kiosk-desk-most-likely = Causa mais provável
kiosk-desk-history = O que o cliente respondeu e tentou

outcome-afterwards = Agora que funcionou
path-prompt-example-kb = /home/voce/base-da-loja.json
path-prompt-example-report = /home/voce/relatorio-micdoctor.html
path-prompt-example-recording = /home/voce/mensagem-de-voz.opus
path-prompt-example-privacy = /home/voce/Relatorio-de-Privacidade.ndjson
about-kb-bundled = Incluída no MicDoctor (knowledge/iphone-whatsapp.json)
