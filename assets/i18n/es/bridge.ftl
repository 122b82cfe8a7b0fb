## El puente con el teléfono de MicDoctor (es): la página de envío que abre el iPhone del cliente con el
## código QR, la tarjeta del QR en la ventana y lo que dice el puente. Los nombres son los que muestra el
## iPhone: Notas de voz, Archivos, Guardar en Archivos, Fotos; en WhatsApp, Reenviar y Compartir.

## La página en el teléfono.
bridge-page-title = Enviar a MicDoctor
bridge-case = Caso { $code }
bridge-heading = Envía tu grabación a la computadora del mostrador
bridge-intro = Esta página envía archivos de este iPhone a MicDoctor, en la computadora que tienes enfrente. No se instala nada, y los archivos no van a ningún otro lugar.
bridge-footer = Los archivos van solo a la computadora del mostrador, por el Wi-Fi de la tienda. Esta página deja de funcionar en { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, o en cuanto llegue todo.
bridge-item-failed = La grabación que falló
bridge-item-failed-what = El mensaje de voz de WhatsApp, la grabación de Notas de voz o el video de la Cámara en que falló el sonido. ¿No tienes la grabación a la mano? Graba un video corto ahora y habla como lo hiciste en WhatsApp.
bridge-item-bottom = Micrófono inferior
bridge-item-bottom-what = Haz una grabación en Notas de voz con el borde inferior del iPhone hacia tu boca, guárdala en Archivos y elígela aquí.
bridge-item-front = Micrófono frontal
bridge-item-front-what = Graba un video con la cámara frontal (de selfie), hablando hacia la pantalla.
bridge-item-rear = Micrófono trasero
bridge-item-rear-what = Graba un video con la cámara trasera, hablando hacia la parte de atrás del iPhone.
bridge-item-privacy = Reporte de privacidad de apps
bridge-item-privacy-what = { privacy-how-to-save } Elige Guardar en Archivos, luego vuelve aquí y elige el archivo.
bridge-say = Di esta frase igual cada vez, durante unos 5 segundos:
bridge-sentence = Hoy estoy probando los tres micrófonos de mi teléfono.
bridge-film-now = Grabar un video corto ahora
bridge-film-front = Grabar ahora con la cámara frontal
bridge-film-rear = Grabar ahora con la cámara trasera
bridge-choose-recording = Elegir una grabación
bridge-choose-report = Elegir el Reporte de privacidad de apps
bridge-send = Enviar
bridge-how-files = Cómo guardar un mensaje de voz o una grabación de Notas de voz en Archivos
bridge-how-whatsapp = Mensaje de voz de WhatsApp: mantenlo presionado, toca Reenviar, toca el botón Compartir abajo a la derecha y luego Guardar en Archivos.
bridge-how-voice-memo = Notas de voz: toca la grabación, toca ••• (Más) y luego Guardar en Archivos.
bridge-how-choose = Vuelve aquí, toca Elegir una grabación, luego la opción para elegir un archivo, y busca la grabación en Archivos.
bridge-photos-note = Un video elegido en Fotos llega recodificado por el iPhone, lo que cambia su sonido. Para evaluar un micrófono, graba ahora o elige el archivo en Archivos.
bridge-sending = Enviando…
bridge-sent = Enviado: mira la pantalla.
bridge-sent-badge = Enviado
bridge-back = Volver
bridge-lost = Se perdió la conexión. Revisa que este iPhone esté en el Wi-Fi de la tienda y vuelve a intentarlo.
bridge-refused-too-large = Este archivo pesa más de { $limit_mb } MB. Elige una grabación más corta.
bridge-refused-not-recording = Este archivo no es una grabación que MicDoctor pueda medir. Elige un mensaje de voz de WhatsApp (.opus), una grabación de Notas de voz (.m4a) o un video (.mov, .mp4).
bridge-refused-not-report = Este archivo no es un Reporte de privacidad de apps. { privacy-how-to-save }
bridge-refused-empty = Este archivo está vacío. Elige otro.
bridge-refused-no-file = Primero elige un archivo.
bridge-refused-busy = Otro teléfono está enviando este archivo en este momento. Espera a que termine y vuelve a intentarlo.
bridge-refused-by-staff = La persona del mostrador detuvo este envío.
bridge-refused-not-asked = MicDoctor no está esperando este archivo. Mira la pantalla.
bridge-failed-stalled = No llegó nada durante demasiado tiempo, así que el envío se detuvo. Acércate al Wi-Fi de la tienda y vuelve a intentarlo.
bridge-failed-too-slow = El envío tardó demasiado y se detuvo. Prueba con una grabación más corta.
bridge-failed-storage = La computadora no pudo guardar el archivo ({ $why }). Avísale a la persona del mostrador.
bridge-failed-closed = MicDoctor cerró el enlace antes de que llegara el archivo.
bridge-not-found = Este enlace no funciona (o ya no funciona). Vuelve a escanear el código en la pantalla de MicDoctor.
bridge-too-many-tries = Demasiados enlaces incorrectos desde este teléfono. Espera { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } y vuelve a escanear el código en la pantalla de MicDoctor.

## La tarjeta del QR en la ventana.
bridge-card-title = Enviar desde el iPhone
bridge-card-scan = Abre la Cámara en el iPhone, apunta al código y toca el enlace que aparece.
bridge-card-wifi = Primero conéctate al Wi-Fi de la tienda: escanea este código o elige { $ssid } en Configuración › Wi-Fi.
bridge-card-same-network = El iPhone tiene que estar en el mismo Wi-Fi que esta computadora, no en datos celulares.
bridge-card-macos = En una Mac, la primera vez: cuando macOS pregunte si MicDoctor puede aceptar conexiones de red entrantes, elige Permitir.
bridge-card-firewall = ¿No llega nada? El firewall de esta computadora puede estar bloqueando la página: permite las conexiones entrantes al puerto TCP { $port }.
bridge-card-nothing-arrives = Revisa que el iPhone esté en el Wi-Fi de la tienda, que la página se haya abierto y que su dirección empiece con { $address }.
bridge-card-expires = El código funciona { $minutes ->
        [one] { $minutes } minuto más
       *[other] { $minutes } minutos más
    }.
bridge-qr-title = Código QR con la dirección de la página de envío
bridge-wifi-qr-title = Código QR para conectarse al Wi-Fi { $ssid }
bridge-status-waiting = Esperando al iPhone…
bridge-status-page-opened = El iPhone abrió la página.
bridge-status-receiving = Recibiendo…
bridge-status-received = Recibido.
bridge-status-from-photos = Este video vino de Fotos, recodificado por el iPhone: su sonido es menos confiable para evaluar un micrófono. Es mejor grabar ahora o elegir el archivo en Archivos.
bridge-status-all-received = Llegó todo lo que se pidió.
bridge-status-expired = El código venció. Genera uno nuevo para enviar más.
bridge-status-locked-out = Un teléfono probó demasiados enlaces incorrectos y quedó bloqueado por un rato.
bridge-open = Enviar desde el iPhone…
bridge-close = Dejar de recibir
bridge-card-address = O escribe esta dirección en Safari, en el iPhone:
bridge-card-help = ¿No llega nada?
bridge-refuse = Rechazar
bridge-open-hint = Muestra un código que el iPhone del cliente escanea para enviar aquí sus grabaciones, sin instalar ninguna app.
bridge-open-privacy-hint = Muestra un código que el iPhone del cliente escanea para enviar aquí su Reporte de privacidad de apps, sin instalar ninguna app.
bridge-privacy-window-title = Reporte de privacidad de apps desde el iPhone
bridge-privacy-card-how = { privacy-how-to-save } Elige Guardar en Archivos. Luego, en la página que abre el código, toca Elegir el Reporte de privacidad de apps: cuando llegue, su ventana se abre aquí.

## Los errores del puente, para el personal.
bridge-error-no-network = Esta computadora no está en ninguna red, así que el iPhone no puede llegar a ella. Conéctala al Wi-Fi o a la red de la tienda y vuelve a intentarlo.
bridge-error-unspecified = El puente con el teléfono no escuchará en todas las redes ({ $address }). Pon la dirección de la red de la tienda en el archivo de configuración.
bridge-error-bind = El puente con el teléfono no puede escuchar en { $address } ({ $why }). Puede que otro programa use ese puerto, o que la dirección no sea de esta computadora.
bridge-error-system = El puente con el teléfono no puede iniciar ({ $why }).
