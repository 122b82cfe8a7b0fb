## Textos do Relatório de Privacidade do App no MicDoctor (pt-BR). Os nomes são os que o iPhone mostra:
## Ajustes › Privacidade e Segurança › Relatório de Privacidade do App, botão Compartilhar.

privacy-how-to-save = No iPhone, abra Ajustes › Privacidade e Segurança › Relatório de Privacidade do App e toque no botão Compartilhar, no alto da tela.
privacy-error-io = Não é possível ler { $file } ({ $why }). Confira se o arquivo ainda está lá e escolha-o de novo.
privacy-error-empty = { $file } está vazio: não há Relatório de Privacidade do App nele. { privacy-how-to-save }
privacy-error-too-large = { $file } tem mais de { $limit_mb } MB, então não é um Relatório de Privacidade do App (o relatório de uma semana tem poucos MB). Confira se escolheu o arquivo certo. { privacy-how-to-save }
privacy-error-not-a-report = { $file } não é um Relatório de Privacidade do App. { privacy-how-to-save }
privacy-error-old-format = { $file } é um Relatório de Privacidade do App de uma versão de teste do iOS 15 (2021), que o MicDoctor não consegue ler. Atualize o iPhone e salve o relatório de novo. { privacy-how-to-save }

## What a read report shows
privacy-seconds = { $seconds } s
privacy-minutes = { $minutes } min
privacy-hours = { $hours } h { $minutes } min
privacy-weekday = { $day ->
    [0] seg
    [1] ter
    [2] qua
    [3] qui
    [4] sex
    [5] sáb
   *[6] dom
}
privacy-month = { $month ->
    [1] jan
    [2] fev
    [3] mar
    [4] abr
    [5] mai
    [6] jun
    [7] jul
    [8] ago
    [9] set
    [10] out
    [11] nov
   *[12] dez
}
privacy-moment = { $weekday }, { $day } de { $month }, { $time }
privacy-sensor-microphone = microfone
privacy-sensor-camera = câmera
privacy-sensor-screen = gravação de tela
privacy-sensor-none = O WhatsApp não usou { $sensor ->
    [camera] a câmera
    [microphone] o microfone
   *[other] a gravação de tela
}.
privacy-sensor-uses = O WhatsApp usou { $sensor ->
    [camera] a câmera
    [microphone] o microfone
   *[other] a gravação de tela
} { $uses ->
    [one] uma vez
   *[other] { $uses } vezes
} (a mais longa: { $longest }).
privacy-at-night = { $uses ->
    [one] Um uso foi
   *[other] { $uses } usos foram
} de madrugada ({ $from }–{ $to }).
privacy-long = { $uses ->
    [one] Um uso durou
   *[other] { $uses } usos duraram
} mais de { $minutes } minutos, mais que uma ligação típica.
privacy-all-recognised = { $uses ->
    [one] Você reconheceu o único uso do WhatsApp.
   *[other] Você reconheceu todos os { $uses } usos do WhatsApp.
}
privacy-unrecognised = { $uses ->
    [one] Um uso não está marcado como reconhecido.
   *[other] { $uses } usos não estão marcados como reconhecidos.
}
privacy-mark-whatsapp = Em { $when }, quando você viu o ponto, o WhatsApp estava usando o microfone ou a câmera.
privacy-mark-no-whatsapp = Em { $when }, quando você viu o ponto, o WhatsApp não estava usando o microfone nem a câmera.
privacy-mark-other = Outros apps usando o microfone ou a câmera nesse momento: { $apps }.
privacy-mark-no-other = Nenhum outro app estava usando o microfone ou a câmera nesse momento.
privacy-cli-heading = Relatório de Privacidade do App { $file }:
privacy-skipped-lines = { $lines ->
    [one] Uma linha
   *[other] { $lines } linhas
} do arquivo não puderam ser lidas e ficaram de fora.
privacy-seen-invalid = “{ $time }” não é um horário. Escreva como 2026-10-15 14:05 (o horário do telefone) ou 2026-10-15T14:05:00+02:00.

## The App Privacy Report window
privacy-whatsapp = WhatsApp
privacy-window-title = Relatório de Privacidade do App
privacy-stays-here = O MicDoctor lê o arquivo neste computador e guarda só os usos do WhatsApp e, no momento que você marcar, os nomes dos outros apps; nada mais do arquivo é guardado ou enviado.
privacy-timeline-label = Linha do tempo do uso do microfone e da câmera de { $from } a { $to }, { $rows ->
    [one] uma linha
   *[other] { $rows } linhas
}. Clique num momento para marcar quando você viu o ponto.
privacy-mark-heading = Quando você viu o ponto?
privacy-mark-label = Data e hora (relógio do telefone)
privacy-mark-set = Marcar este momento
privacy-mark-clear = Apagar a marca
privacy-mark-unreadable = Escreva como 2025-09-04 21:15, ou clique na linha do tempo.
privacy-shows-heading = O que o relatório mostra
privacy-recognise-heading = Usos do WhatsApp: marque os que você reconhece
privacy-recognise-hint = Uma ligação, uma mensagem de voz ou um vídeo que você fez. O que ficar sem marca é o que você não consegue explicar.
privacy-use-line = { $when } — { $sensor }, { $duration }
privacy-read-button = Ler o Relatório de Privacidade do App…
privacy-read-hint = Leia o arquivo do Relatório de Privacidade do App salvo no iPhone: o uso do microfone e da câmera pelo WhatsApp nos últimos 7 dias.
privacy-open-button = Relatório de Privacidade do App
privacy-reading = Lendo { $file }…
notice-privacy-unusable = Não foi possível usar esse Relatório de Privacidade do App: { $error }
dialog-open-privacy-title = Abrir um Relatório de Privacidade do App
dialog-filter-privacy = Relatório de Privacidade do App
