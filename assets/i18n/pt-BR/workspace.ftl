## MicDoctor workspace texts (pt-BR). Ids are shared by every language; English is the reference.

## The workspace's header and column headings (src/ui/screens/workspace/mod.rs).
workspace-change-symptoms = Mudar sintomas
workspace-start-over = Recomeçar
workspace-causes-heading = Causas mais prováveis
workspace-plan-heading = Seu plano

## The ranking column (causes.rs). $cause is a cause's name; $percent a whole number.
workspace-causes-contradictory = Suas respostas se contradizem. Desfaça uma delas no histórico.
workspace-hardware-title = Parece um defeito no aparelho
workspace-hardware-detail = { $cause } ({ $percent }%). Uma assistência técnica pode testar e trocar a peça.
workspace-take-to-technician = Leve a um técnico

## The next-step card and its buttons (next_step.rs). $duration is workspace-about-minutes or -seconds.
workspace-answer-yes = Sim
workspace-answer-no = Não
workspace-answer-not-sure = Não tenho certeza
workspace-fix-worked = Isso resolveu
workspace-fix-failed = Ainda não funciona
workspace-fix-skip = Pular este passo
workspace-kicker-check = VERIFICAÇÃO RÁPIDA · { $duration }
workspace-kicker-question = PERGUNTA RÁPIDA · { $duration }
workspace-kicker-repair = ASSISTÊNCIA TÉCNICA · { $duration }
workspace-kicker-fix = EXPERIMENTE ESTA SOLUÇÃO · { $duration }
workspace-kicker-done = NÃO HÁ MAIS NADA PARA TENTAR AQUI
workspace-kicker-measure = TESTE DOS MICROFONES · { $duration }
workspace-measure-start = Começar o teste
workspace-measure-skip = Pular o teste
workspace-measure-why-title = Por que agora
workspace-measure-why = Um teste que aponta a peça com defeito poupa a assistência do próprio diagnóstico e, muitas vezes, de uma segunda visita.
workspace-undo-last = Desfazer o último passo
workspace-see-outcome = Ver o resultado

workspace-why-heading = Por que perguntamos
workspace-why-branch = { $statement } — { $then }.
workspace-why-either = De qualquer jeito: { $then }. A resposta ainda muda quais causas lideram e o plano depois disso.
workspace-why-next-check = depois, verificar “{ $title }”
workspace-why-next-question = depois, a pergunta “{ $title }”
workspace-why-next-fix = depois, tentar “{ $title }”
workspace-why-next-handover = direto para “{ $title }”
workspace-why-next-done = não há mais nada para tentar em casa

workspace-handover-why-title = Por que agora
workspace-handover-decline = Continuar tentando em casa
workspace-handover-before = Antes de ir
workspace-about-minutes = cerca de { $minutes } min
workspace-about-seconds =
    cerca de { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }

## "Your plan" (plan.rs). $minutes and $greedy are numbers of minutes (2, 2.5); $percent a whole number.
workspace-plan-empty = Não há mais soluções para tentar.
workspace-plan-chance = { $percent }% de chance de funcionar, se você chegar a ela
workspace-plan-minutes = { $minutes } min
workspace-plan-step = { $number }. { $title } ({ $minutes })
workspace-plan-later = Mais tarde porque { $reason }.
workspace-plan-total = Tempo esperado ≈ { $minutes } min
workspace-plan-total-hint = O tempo médio até uma solução se você seguir esta ordem, contando que você para assim que algo funcionar ou o iPhone for para a assistência. Soluções que podem apagar dados ou redefinir ajustes vêm mais tarde do que só os minutos delas indicariam.

## The case history (history.rs). $entry is one history line; $finding a quick check; $fix a fix's title.
workspace-history-heading = Histórico
workspace-history-empty = Nada respondido ainda.
workspace-history-undo = Desfazer
workspace-history-undo-hint = Desfazer: { $entry }

## The journey's explainer (explainer.rs). $sources is a list of publishers.


## One ranked cause (widgets/cause_row.rs). $value and $percent are whole numbers.
workspace-percent = { $value }%
workspace-cause-probability = { $cause }: { $percent }%
workspace-why = Por quê?
workspace-why-nothing = Nada do que você contou mudou esta causa ainda.
workspace-why-up = sobe:
workspace-why-down = desce:
workspace-severity-hint = O quanto esta causa é grave, se for ela

## The symptom chips (widgets/chip.rs).
workspace-chip-remove = Toque para remover
workspace-chip-add = Toque se é isso que você percebe

## The countdown timer (widgets/countdown.rs). $seconds is a whole number.
workspace-timer-start = Iniciar o cronômetro de { $seconds } segundos
workspace-timer-wait = Aguarde… { $seconds } s
workspace-timer-done = O tempo acabou — continue
workspace-timer-restart = Reiniciar o cronômetro

## Steps (widgets/step_list.rs, widgets/settings_path.rs). $path is a Settings path (Settings › Apps › WhatsApp);
## $applies_to says which iOS versions an older path is for.
workspace-settings-path-on = { $path }, ative a chave
workspace-settings-path-off = { $path }, desative a chave
workspace-older-settings-path = { $applies_to }: { $path }
workspace-steps-locked = Os próximos passos aparecem quando você marcar a caixa acima.
workspace-callout-warning = Cuidado
workspace-callout-tip = Dica
workspace-callout = { $title }: { $text }

workspace-measure-recording = Medir uma gravação
workspace-measure-recording-hint = Solte a mensagem de voz, o áudio do Gravador ou o vídeo que deu errado: o MicDoctor mede neste computador.
workspace-measure-instead = Medir em vez disso
workspace-measure-instead-hint = Grave três tomadas curtas e deixe o MicDoctor comparar os microfones.
recording-stays-here = As gravações são medidas neste computador e nunca enviadas a lugar nenhum; nada é salvo a menos que você salve um relatório.
recording-measuring = Medindo { $file }…
recording-measured = { $file } ({ $format }): { $verdicts }
recording-choose = Escolher arquivo…
recording-choose-another = Escolher outro arquivo…
recording-drop-hint = ou solte-o nesta janela
recording-picture = Imagem do som
recording-figures = Números
recording-mark-silent = silêncio
recording-mark-clipped = saturado
recording-waveform = forma de onda
recording-meter-level = nível de voz
recording-meter-silent = silêncio abaixo de
recording-meter-quiet = muito baixo abaixo de
recording-band-legend = sombreadas: as faixas da fala, 0,3–1 kHz e 2–4 kHz
recording-spectrum = espectro
recording-close = Fechar
recording-how = Como gravá-las
outcome-case-code-qr = Código QR do caso { $code }, para o leitor da loja
workspace-explainer-sources-heading = Fontes
workspace-plan-home = Em casa: cerca de { $minutes } min de soluções, { $percent }% de chance de uma delas funcionar
workspace-plan-home-hint = O tempo médio das soluções acima, parando assim que uma funcionar.
workspace-plan-shop = Assistência técnica: { $percent }% das vezes, cerca de { $minutes } min lá
