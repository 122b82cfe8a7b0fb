## Textos do Relatório de Privacidade do App no MicDoctor (pt-BR). Os nomes são os que o iPhone mostra:
## Ajustes › Privacidade e Segurança › Relatório de Privacidade do App, botão Compartilhar.

privacy-how-to-save = No iPhone, abra Ajustes › Privacidade e Segurança › Relatório de Privacidade do App e toque no botão Compartilhar, no alto da tela.
privacy-error-io = Não é possível ler { $file } ({ $why }). Confira se o arquivo ainda está lá e escolha-o de novo.
privacy-error-empty = { $file } está vazio: não há Relatório de Privacidade do App nele. { privacy-how-to-save }
privacy-error-too-large = { $file } tem mais de { $limit_mb } MB, então não é um Relatório de Privacidade do App (o relatório de uma semana tem poucos MB). Confira se escolheu o arquivo certo. { privacy-how-to-save }
privacy-error-not-a-report = { $file } não é um Relatório de Privacidade do App. { privacy-how-to-save }
privacy-error-old-format = { $file } é um Relatório de Privacidade do App de uma versão de teste do iOS 15 (2021), que o MicDoctor não consegue ler. Atualize o iPhone e salve o relatório de novo. { privacy-how-to-save }
