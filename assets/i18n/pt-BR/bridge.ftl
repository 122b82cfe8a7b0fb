## A ponte com o celular no MicDoctor (pt-BR): a página de envio que o iPhone do cliente abre pelo QR
## code, o cartão do QR na janela e o que a ponte diz. Os nomes são os que o iPhone mostra: Gravador,
## Arquivos, Salvar em Arquivos, Escolher Arquivo, Fotos; no WhatsApp, Encaminhar e Compartilhar.

## A página no celular.
bridge-page-title = Enviar para o MicDoctor
bridge-case = Caso { $code }
bridge-heading = Envie sua gravação para o computador do balcão
bridge-intro = Esta página envia arquivos deste iPhone para o MicDoctor, no computador à sua frente. Nada é instalado, e os arquivos não vão para nenhum outro lugar.
bridge-footer = Os arquivos vão só para o computador do balcão, pelo Wi-Fi da loja. Esta página para de funcionar em { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, ou assim que tudo chegar.
bridge-item-failed = A gravação que falhou
bridge-item-failed-what = A mensagem de voz do WhatsApp, a gravação do Gravador ou o vídeo da Câmera em que o som falhou. Não tem a gravação à mão? Grave um vídeo curto agora e fale do mesmo jeito que falou no WhatsApp.
bridge-item-bottom = Microfone de baixo
bridge-item-bottom-what = Faça uma gravação no Gravador com a parte de baixo do iPhone virada para a boca, salve em Arquivos e escolha aqui.
bridge-item-front = Microfone da frente
bridge-item-front-what = Grave um vídeo com a câmera frontal (de selfie), falando na direção da tela.
bridge-item-rear = Microfone de trás
bridge-item-rear-what = Grave um vídeo com a câmera traseira, falando na direção da parte de trás do iPhone.
bridge-item-privacy = Relatório de Privacidade do App
bridge-item-privacy-what = { privacy-how-to-save } Escolha Salvar em Arquivos, depois volte aqui e escolha o arquivo.
bridge-say = Diga esta frase do mesmo jeito todas as vezes, por uns 5 segundos:
bridge-sentence = Hoje estou testando os três microfones do meu telefone.
bridge-film-now = Gravar um vídeo curto agora
bridge-film-front = Gravar agora com a câmera frontal
bridge-film-rear = Gravar agora com a câmera traseira
bridge-choose-recording = Escolher uma gravação
bridge-choose-report = Escolher o Relatório de Privacidade do App
bridge-send = Enviar
bridge-how-files = Como salvar uma mensagem de voz ou uma gravação do Gravador em Arquivos
bridge-how-whatsapp = Mensagem de voz do WhatsApp: toque e segure a mensagem, toque em Encaminhar, toque no botão Compartilhar no canto inferior direito e depois em Salvar em Arquivos.
bridge-how-voice-memo = Gravador: toque na gravação, toque em ••• (Mais) e depois em Salvar em Arquivos.
bridge-how-choose = Volte aqui, toque em Escolher uma gravação, depois em Escolher Arquivo, e escolha a gravação em Arquivos.
bridge-photos-note = Um vídeo escolhido em Fotos chega recodificado pelo iPhone, o que muda o som. Para avaliar um microfone, grave agora ou escolha o arquivo em Arquivos.
bridge-sending = Enviando…
bridge-sent = Enviado: veja a tela.
bridge-sent-badge = Enviado
bridge-back = Voltar
bridge-lost = A conexão caiu. Confira se este iPhone está no Wi-Fi da loja e tente de novo.
bridge-refused-too-large = Este arquivo tem mais de { $limit_mb } MB. Escolha uma gravação mais curta.
bridge-refused-not-recording = Este arquivo não é uma gravação que o MicDoctor consegue medir. Escolha uma mensagem de voz do WhatsApp (.opus), uma gravação do Gravador (.m4a) ou um vídeo (.mov, .mp4).
bridge-refused-not-report = Este arquivo não é um Relatório de Privacidade do App. { privacy-how-to-save }
bridge-refused-empty = Este arquivo está vazio. Escolha outro.
bridge-refused-no-file = Escolha um arquivo primeiro.
bridge-refused-busy = Outro celular está enviando este arquivo agora. Espere terminar e tente de novo.
bridge-refused-by-staff = A pessoa do balcão interrompeu este envio.
bridge-refused-not-asked = O MicDoctor não está esperando este arquivo. Olhe a tela.
bridge-failed-stalled = Nada chegou por muito tempo, então o envio parou. Chegue mais perto do Wi-Fi da loja e tente de novo.
bridge-failed-too-slow = O envio demorou demais e foi interrompido. Tente uma gravação mais curta.
bridge-failed-storage = O computador não conseguiu guardar o arquivo ({ $why }). Avise a pessoa do balcão.
bridge-failed-closed = O MicDoctor fechou o link antes de o arquivo chegar.
bridge-not-found = Este link não funciona (mais). Leia de novo o código na tela do MicDoctor.
bridge-too-many-tries = Links errados demais vindos deste celular. Espere { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } e leia de novo o código na tela do MicDoctor.

## O cartão do QR na janela.
bridge-card-title = Enviar do iPhone
bridge-card-scan = Abra a Câmera no iPhone, aponte para o código e toque no link que aparecer.
bridge-card-wifi = Primeiro entre no Wi-Fi da loja: leia este código ou escolha { $ssid } em Ajustes › Wi-Fi.
bridge-card-same-network = O iPhone precisa estar no mesmo Wi-Fi que este computador, e não nos dados celulares.
bridge-card-macos = Num Mac, na primeira vez: quando o macOS perguntar se o MicDoctor pode aceitar conexões de rede de entrada, escolha Permitir.
bridge-card-firewall = Nada chega? O firewall deste computador pode estar bloqueando a página: libere a porta TCP { $port } para entrada.
bridge-card-nothing-arrives = Confira se o iPhone está no Wi-Fi da loja, se a página abriu e se o endereço dela começa com { $address }.
bridge-card-expires = O código funciona por mais { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
bridge-qr-title = QR code com o endereço da página de envio
bridge-wifi-qr-title = QR code para entrar no Wi-Fi { $ssid }
bridge-status-waiting = Esperando o iPhone…
bridge-status-page-opened = O iPhone abriu a página.
bridge-status-receiving = Recebendo…
bridge-status-received = Recebido.
bridge-status-from-photos = Este vídeo veio de Fotos, recodificado pelo iPhone: o som dele é menos confiável para avaliar um microfone. É melhor gravar agora ou escolher o arquivo em Arquivos.
bridge-status-all-received = Tudo o que foi pedido chegou.
bridge-status-expired = O código expirou. Gere um novo para enviar mais.
bridge-status-locked-out = Um celular tentou links errados demais e está bloqueado por um tempo.
bridge-open = Enviar do iPhone…
bridge-close = Parar de receber
bridge-card-address = Ou digite este endereço no Safari, no iPhone:
bridge-card-help = Não chega nada?
bridge-refuse = Recusar
bridge-open-hint = Mostra um código que o iPhone do cliente escaneia para enviar as gravações para cá, sem instalar nenhum app.
bridge-open-privacy-hint = Mostra um código que o iPhone do cliente escaneia para enviar para cá o Relatório de Privacidade do App, sem instalar nenhum app.
bridge-privacy-window-title = Relatório de Privacidade do App pelo iPhone
bridge-privacy-card-how = { privacy-how-to-save } Escolha Salvar em Arquivos. Depois, na página que o código abre, toque em Escolher o Relatório de Privacidade do App: quando ele chegar, a janela dele abre aqui.

## Os erros da ponte, para a equipe.
bridge-error-no-network = Este computador não está em nenhuma rede, então o iPhone não consegue alcançá-lo. Conecte-o ao Wi-Fi ou à rede da loja e tente de novo.
bridge-error-unspecified = A ponte com o celular não vai escutar em todas as redes ({ $address }). Defina o endereço da rede da loja no arquivo de configuração.
bridge-error-bind = A ponte com o celular não consegue escutar em { $address } ({ $why }). Outro programa pode estar usando essa porta, ou o endereço não é deste computador.
bridge-error-system = A ponte com o celular não consegue iniciar ({ $why }).
