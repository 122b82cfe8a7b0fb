## MicDoctor report texts (pt-BR). Ids are shared by every language; English is the reference.

## Numbers: $percent is a whole number; $minutes may have one decimal. Both are written the language's way.
## “Quotes” around a fix's title are part of the text: use the language's own quotation marks.

## Statements of evidence (reports, the diagnosis table and the app's cause list)

# $label: a question's short label from the knowledge base.
report-not-sure = Não tenho certeza: { $label }
# $title: a fix's title from the knowledge base.
report-fix-fixed = “{ $title }” resolveu
report-fix-failed = “{ $title }” não ajudou
report-measured = { $role }: gravação “{ $file }” medida
report-check-skipped = “{ $title }” pulado
report-fix-skipped = “{ $title }” pulado

## Why the engine has nothing more to suggest

report-done-solved = Resolvido com “{ $title }”.
report-done-nothing-left = Todas as soluções que podiam ajudar já foram tentadas ou puladas.
report-done-contradictory = Estas respostas se contradizem: nenhuma causa explica todas elas. Desfaça uma e tente de novo.

## Numbers

# A whole percentage, e.g. “88%”.
report-percent = { $percent }%

## Where a case stands (the report's main heading)

report-outcome-fixed = Resolvido com “{ $title }”
report-outcome-technician = Leve a um técnico
report-outcome-nothing-left = Não há mais nada para tentar em casa
report-outcome-contradictory = Algumas respostas se contradizem
report-outcome-in-progress = Ainda em andamento

## Report file formats (menus and file dialogs)

report-format-markdown = Texto (Markdown)
report-format-html = Página para imprimir (HTML)
report-format-json = Dados (JSON)

## The case report (Markdown and HTML)

report-title = Relatório de caso do MicDoctor
report-case-code = Código do caso: { $code }
# Labels of the report's header, each followed by “: value”.
report-term-problem = Problema
report-term-iphone = iPhone
report-term-started = Início
report-term-last-change = Última alteração
report-term-kb = Base de conhecimento
# $kb_version: the knowledge base the report was written with; $session_kb_version: the one the case was worked on with.
report-kb-worked-on-other = { $kb_version } (o caso foi trabalhado com a versão { $session_kb_version })
# $kb: a version, or the text of report-kb-worked-on-other.
report-written-by = Escrito pelo MicDoctor { $app_version } com a base de conhecimento { $kb }
report-footer = Escrito pelo MicDoctor { $app_version } com a base de conhecimento { $kb_version }. Código do caso { $code }.
# $cause: the cause's name (in bold); $percent: as report-percent writes it.
report-lead-fixed = O que provavelmente aconteceu: { $cause } ({ $percent })
report-lead-open = Causa mais provável: { $cause } ({ $percent })
report-section-told = O que você nos contou
report-told-none = Nenhuma pergunta respondida ainda.
report-section-tried = O que foi tentado
report-tried-none = Nenhuma solução tentada ainda.
report-tried-fixed = { $title }: resolveu
report-tried-failed = { $title }: não ajudou
report-tried-skipped = { $title }: pulado
report-section-causes = Causas mais prováveis
report-needs-repair-shop = (precisa de assistência técnica)
# Labels before a reason, followed by “: reason”.
report-reason-up = mais provável
report-reason-down = menos provável
report-other-causes =
    { $count ->
        [one] { $count } outra causa está
       *[other] { $count } outras causas estão
    } abaixo de 1%.
report-section-plan = O que ainda falta tentar
report-next-check = Próximo passo: verificar “{ $title }” (cerca de { $minutes } min).
report-next-try = Próximo passo: tentar “{ $title }” (cerca de { $minutes } min).
report-next-handover = Próximo passo: “{ $title }”. { $why }
report-plan-line = { $title } — cerca de { $minutes } min, { $percent } de chance de funcionar, se você chegar a ela
report-plan-later = (mais tarde porque { $reason })
report-handover-why = Suas respostas apontam para “{ $cause }” ({ $percent }); as soluções caseiras que restam têm juntas só { $chance } de chance, não vale a pena tentá-las antes da assistência.
report-handover-why-tiny = Suas respostas apontam para “{ $cause }” ({ $percent }); as soluções caseiras que restam têm juntas menos de 1% de chance.
report-handover-why-none = Suas respostas apontam para “{ $cause }” ({ $percent }), e não resta nenhuma solução caseira que possa ajudar.
report-section-guides = Passos para repetir em casa
report-guides-device = Escrito para este iPhone: { $device }.
# Notes after a fix's title, in brackets.
report-guide-worked = isto resolveu
report-guide-tried = tentado, não ajudou
report-guide-next = próximo a tentar
report-guide-before-technician = antes de ir ao técnico
# $condition: a box to tick from the knowledge base (“My chats are backed up”).
report-step-check-first = Só quando isto for verdade: { $condition }.
# Labels of a step's details, each followed by “: text”.
report-step-where = Onde
report-step-careful = Cuidado
report-step-tip = Dica
report-step-picture = Imagem
# $path: “Settings › Apps › WhatsApp › Microphone”.
report-switch-on = { $path } (ativar a chave)
report-switch-off = { $path } (desativar a chave)

## The hand-over summary (“Copy this summary”)

report-summary-most-likely = O mais provável: { $cause } — { $percent }
report-summary-tell-them = Diga ao técnico:
report-summary-found = O que você descobriu:

## Command line: messages

# $code: the language asked for, in quotes; $languages: the list of language codes.
cli-unknown-language = idioma desconhecido { $code }; o MicDoctor fala { $languages }
cli-hash-pin-prompt = Digite o PIN da equipe (de 4 a 8 dígitos) e pressione Enter:
cli-hash-pin-cannot-read = não foi possível ler o PIN: { $error }
cli-hash-pin-done = Coloque essa linha no arquivo de configuração (veja a seção "Configuration" do README).
cli-answered-twice = a verificação "{ $id }" foi respondida duas vezes (--{ $first } e --{ $second }); dê uma só resposta
cli-report-does-not-fit = { $file } não combina com esta base de conhecimento: { $error }
cli-report-would-overwrite = --out { $file } sobrescreveria o próprio caso; escolha outro arquivo
cli-cannot-write = não foi possível gravar { $file }: { $error }
cli-cannot-open-window = não foi possível abrir uma janela: { $error }

## Command line: micdoctor check

# $name: the file checked. The English counts have no singular forms (they are never 1 in practice); a
# translation may select plural forms on $problems, $causes, $findings, $fixes, $faq and $count.
cli-translation-unusable = micdoctor: esta tradução não pôde ser usada, então o texto está em inglês: { $problem }
cli-check-ok = { $name }: ok (kb_version { $kb_version }, { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
}, { $causes ->
    [one] { $causes } causa
   *[other] { $causes } causas
}, { $findings ->
    [one] { $findings } verificação
   *[other] { $findings } verificações
}, { $fixes ->
    [one] { $fixes } solução
   *[other] { $fixes } soluções
}, { $faq ->
    [one] { $faq } pergunta frequente
   *[other] { $faq } perguntas frequentes
})
cli-check-issues = { $name }: { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }
cli-translation-unreadable = tradução { $language }: não pode ser lida: { $error }
cli-translation-complete = tradução { $language }: completa ({ $kb_total ->
    [one] { $kb_total } texto da base de conhecimento
   *[other] { $kb_total } textos da base de conhecimento
}, { $app_total ->
    [one] { $app_total } texto do app
   *[other] { $app_total } textos do app
})
cli-translation-incomplete = tradução { $language }: faltam { $kb_missing } de { $kb_total ->
    [one] { $kb_total } texto da base de conhecimento
   *[other] { $kb_total } textos da base de conhecimento
} e { $app_missing } de { $app_total ->
    [one] { $app_total } texto do app
   *[other] { $app_total } textos do app
}, { $orphaned ->
    [one] { $orphaned } órfão
   *[other] { $orphaned } órfãos
}
cli-translation-missing-kb = falta o texto da base de conhecimento { $key }
cli-translation-orphaned-kb = texto órfão da base de conhecimento { $key }
cli-translation-missing-app = falta o texto do app { $id }
cli-translation-orphaned-app = texto órfão do app { $id }

## Command line: micdoctor diagnose (a table; numbers arrive already written)

cli-diagnose-causes = Causas mais prováveis
# Labels before a reason, followed by “: reason”.
cli-diagnose-up = sobe
cli-diagnose-down = desce
cli-next-check = Próximo passo: verificar “{ $title }” (cerca de { $minutes } min)
cli-next-try = Próximo passo: tentar “{ $title }” (cerca de { $minutes } min)
cli-next-handover = Próximo passo: “{ $title }” (cerca de { $minutes } min). { $why }
# $reason: report-done-solved, report-done-nothing-left or report-done-contradictory.
cli-next-none = Próximo passo: nenhum. { $reason }
cli-plan = Plano (esperado { $expected } min; custo com peso de risco { $ecr }, ordem gulosa { $greedy })
# One row of the plan's table; the arguments are padded to line up the columns.
cli-plan-row = { $number }. { $title }  { $minutes } min  { $percent } se alcançado
# A cause's severity, on screen, in `micdoctor diagnose` and in reports.
severity-low = leve
severity-medium = moderada
severity-high = grave

## micdoctor simulate
cli-sim-header = Mundo “{ $title }” ({ $id }, problema { $problem }): { $customers ->
    [one] { $customers } cliente
   *[other] { $customers } clientes
}, semente { $seed }
cli-sim-columns = {"  "}política    média     p90  ×guia   hardware  ×guia  nomeada  sw>loja  resolv.  perg.
cli-sim-by-cause = Minutos médios por causa real (× a média do guia; * grupo de hardware)
cli-sim-legend = Minutos até resolver: até uma solução funcionar ou o caso terminar na assistência. sw>loja: causas de software enviadas à assistência. resolv.: resolvido em casa. perg.: perguntas por cliente. nomeada: clientes com causa de hardware que chegaram à assistência com a peça com defeito nomeada por um teste. informed: o motor do MicDoctor com os números do próprio mundo (uma base de conhecimento sem erros).
cli-sim-paired = MicDoctor menos cada política, cliente a cliente (minutos; abaixo de zero: o MicDoctor foi mais rápido)
cli-sim-paired-columns = {"  "}contra       média     intervalo 95 %  antes  depois
cli-sim-paired-quicker = mais rápido
cli-sim-paired-slower = mais lento
cli-sim-paired-tie = empate dentro do ruído da simulação
cli-sim-no-guide = Não há guia para o problema “{ $problem }”: use --guide ARQUIVO, ou deixe de fora --policy guide.
cli-sim-bad-file = { $path } não pode ser usado: { $error }

recording-error-what-to-do = envie a mensagem de voz para você mesmo como arquivo, ou grave um áudio no Gravador, e tente com ele
recording-error-io = Não é possível ler { $file } ({ $why }); confira se o arquivo ainda está lá e escolha-o de novo
recording-error-empty = { $file } está vazio: não há gravação nele
recording-error-too-large = { $file } tem { $size_mb } MB; o MicDoctor lê gravações de até { $limit_mb } MB (alguns minutos de vídeo)
recording-error-too-long = { $file } dura mais de { $seconds } segundos; uma gravação curta de uma ou duas frases basta: grave uma e tente com ela
recording-error-unknown-format = { $file } não é uma gravação que o MicDoctor conheça (mensagem de voz .opus/.ogg, Gravador .m4a, vídeo .mov/.mp4, .wav ou .mp3)
recording-error-no-audio = { $file } não tem faixa de som (um vídeo sem áudio?); grave um vídeo com som, ou um áudio no Gravador
recording-error-unsupported = O som de { $file } está numa forma que o MicDoctor não consegue decodificar; pode estar protegido (DRM)
recording-error-corrupt = { $file } está danificado ou cortado ({ $what })
analyze-heading = { $file }: { $codec }, { $seconds } s: { $verdicts }
analyze-codec-opus = Opus (mensagem de voz)
analyze-codec-aac = AAC (Gravador ou vídeo)
analyze-codec-alac = Apple Lossless (Gravador)
analyze-codec-mp3 = MP3
analyze-codec-pcm = WAV
analyze-codec-other = outro som
analyze-verdict-silent = em silêncio
analyze-verdict-very-quiet = muito baixo
analyze-verdict-muffled = abafado
analyze-verdict-clipped = distorcido (saturado)
analyze-verdict-noisy = com ruído
analyze-verdict-dropouts = o som falha
analyze-verdict-clean = limpo
analyze-figure-level = nível da fala
analyze-figure-noise-floor = ruído de fundo
analyze-figure-snr = fala acima do ruído
analyze-figure-silent = tempo em silêncio
analyze-figure-crest = picos acima da fala
analyze-figure-clipped = no máximo da escala
analyze-figure-high-band = 2–4 kHz contra 0,3–1 kHz
analyze-figure-dropouts = falhas
analyze-threshold-below = { $what } abaixo de { $value }
analyze-threshold-clipped = distorcido abaixo de { $crest } com mais de { $share } no máximo
report-section-recordings = Gravações medidas
report-section-microphones = Teste dos microfones
recording-heading = { $label }: { $file } ({ $format }) — { $verdicts }
recording-format = { $codec }, { $seconds } s
recording-column-figure = Medida
recording-column-value = Valor
recording-column-threshold = Comparada com
recording-column-microphone = Microfone
recording-column-verdict = Veredito
recording-mic-pass = passa
recording-mic-weak = fraco
recording-mic-fail = falha
recording-mic-far-quieter = muito mais baixo que os outros
recording-mic-quieter = mais baixo que os outros
recording-mic-duller = mais abafado que os outros
recording-mics-incomplete = A comparação precisa das três gravações; por enquanto cada uma é julgada sozinha.
recording-role-failed = A gravação que falhou
recording-role-bottom = Microfone de baixo
recording-role-front = Microfone frontal
recording-role-rear = Microfone traseiro
recording-waveform-title = Forma de onda; em cinza os silêncios longos, em vermelho os trechos saturados
recording-meter-title = Nível da voz diante dos limites de silêncio e de voz muito baixa
recording-spectrum-title = Espectro da voz; as faixas sombreadas são 0,3–1 kHz e 2–4 kHz
recording-picture-text = { $seconds } s de som. Nível da voz { $level } dBFS (muito baixa abaixo de { $quiet } dBFS). Marcados: { $silent ->
    [one] { $silent } silêncio longo
   *[other] { $silent } silêncios longos
} e { $clipped ->
    [one] { $clipped } trecho saturado
   *[other] { $clipped } trechos saturados
}. 2–4 kHz diante de 0,3–1 kHz: { $high_band } dB; a gravação pode levar som até { $bandwidth } kHz.

cli-bad-date = { $date } não é uma data: escreva como AAAA-MM-DD, por exemplo 2026-12-01
cli-no-case-store = Nenhum arquivo de casos: informe --store ARQUIVO ou defina case_store no arquivo de configuração.
cli-learn-no-cases = Ainda não há casos confirmados: aprender precisa de casos com o veredito de um técnico (micdoctor cases verdict CÓDIGO --cause ID --staff NOME, ou o painel da equipe). Nada foi gravado.
cli-recheck-no-files = Informe pelo menos uma gravação: --bottom, --front ou --rear.
cli-recheck-recorded = Os microfones do caso { $code } foram verificados de novo:
cli-pickup-written = A folha de retirada do caso { $code } foi gravada em { $path }.
cli-contact-off = Esta loja não guarda nomes nem telefones de clientes: defina customer_contact = true no arquivo de configuração para permitir.
cli-contact-kept = O contato do cliente foi guardado com o caso { $code }.
cli-contact-cleared = O contato do cliente foi apagado do caso { $code }.
cli-cases-exported = { $count ->
    [one] { $count } caso exportado
   *[other] { $count } casos exportados
} para { $path }.
cli-cases-imported = { $events ->
    [one] { $events } evento importado
   *[other] { $events } eventos importados
} ({ $skipped ->
    [one] { $skipped } já estava lá
   *[other] { $skipped } já estavam lá
}).
cli-verdict-recorded = O diagnóstico do técnico para o caso { $code } foi registrado.
cli-case-forgotten = O caso { $code } e tudo sobre ele foram apagados.
cli-unknown-cause = { $cause } não é uma causa de { $problem }: use uma de { $causes }, ou other.
cli-learned-heading = Aprendido de { $cases ->
    [one] { $cases } caso confirmado
   *[other] { $cases } casos confirmados
} ({ $since } a { $until }), com a base de conhecimento valendo { $strength } casos; gravado em { $path }:
report-learned = Probabilidades aprendidas de { $cases ->
    [one] { $cases } caso
   *[other] { $cases } casos
} desde { $since }
report-case-code-qr = Código QR do caso { $code }

# Folha de retirada
pickup-title = Folha de retirada
pickup-case = Caso { $code } · { $problem } · iniciado { $started }
pickup-device = iPhone: { $device }
pickup-customer = Cliente: { $name } · { $phone }
pickup-section-done = O que foi encontrado e feito
pickup-found = Encontrado: { $found }
pickup-done-by = Registrado por { $staff } em { $date }
pickup-no-verdict = O técnico ainda não registrou o que encontrou neste caso.
pickup-section-microphones = Os microfones, antes e depois do reparo
pickup-before = Antes
pickup-after = Depois
pickup-not-checked = não verificado
pickup-after-when = Verificados de novo em { $date } (UTC).
pickup-section-signature = Retirado pelo cliente
pickup-signature-text = Retirei meu iPhone e vi os microfones verificados como acima.
pickup-signature = Assinatura do cliente
pickup-date = Data
pickup-something-else = outra coisa (veja a nota)

## The tests a case ran, for a technician
report-section-tests = Testes de microfone
tests-run-line = { $subject }: { $result } — { $text }
tests-run-pass = passou
tests-run-weak = fraco
tests-run-fail = falhou
tests-run-none = Nenhum teste de microfone foi feito. Peça à assistência que faça estes primeiro: { $tests }.

## An App Privacy Report read into a case
report-privacy-read = Relatório de Privacidade do App lido: { $uses ->
    [one] um uso do WhatsApp
   *[other] { $uses } usos do WhatsApp
}, { $recognised ->
    [one] { $recognised } reconhecido
   *[other] { $recognised } reconhecidos
}

report-section-privacy = O que o Relatório de Privacidade do App mostra
# The columns of a table of cases (the staff desk, micdoctor cases list).
cases-column-code = Código
cases-column-time = Hora
cases-column-problem = Problema
cases-column-outcome = Resultado
cases-column-verdict = Diagnóstico
cases-column-who = Quem
cli-cases-none = Nenhum caso para listar.
