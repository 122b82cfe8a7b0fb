## MicDoctor app texts (es). Ids are shared by every language; English is the reference.

## The notice bar, the "start a new case?" question and what the app says when something goes wrong
## (src/ui/app.rs, src/ui/state.rs, src/ui/prefs.rs).

notice-dismiss = Cerrar
notice-next = Siguiente ({ $count } más)
# $problem: what is wrong with the config file (a sentence without its full stop).
notice-config-problem = { $problem }. MicDoctor está funcionando con su configuración predeterminada.
notice-last-case-unfit = Tu último caso no corresponde a esta base de conocimientos, así que se dejó a un lado.
notice-settings-damaged = Tu configuración guardada estaba dañada, así que MicDoctor empezó con la configuración predeterminada.
notice-last-case-unreadable = No se pudo volver a leer tu último caso, así que se dejó a un lado.
# $fault: a technical description of the fault (English).
notice-fault-desktop = Algo salió mal, así que MicDoctor volvió al inicio ({ $fault }).
notice-fault-kiosk = Perdón, algo salió mal, así que MicDoctor volvió a empezar. Si vuelve a pasar, pide ayuda en el mostrador.
# $code: the case code; $error: why the case log could not be written.
notice-case-not-logged = El caso { $code } todavía no se pudo escribir en el almacén de casos ({ $error }); se guarda en memoria y se escribe en cuanto el almacén lo acepte.
notice-case-log-imported = El registro de casos anterior se pasó al almacén de casos { $store }: { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
}.
notice-case-log-not-imported = El registro de casos anterior no se pudo pasar al almacén de casos: { $error }. Se queda donde está y se vuelve a intentar en el próximo inicio.
# $error: why the case cannot go on (a technical description).
notice-case-unworkable = No se puede trabajar en este caso: { $error }
# Printed on the terminal (after "micdoctor: ") before the app stops for good.
app-fault-stopping = la ventana sigue fallando ({ $fault }); se detiene. Reporta esto junto con el código del caso.

confirm-start-over-title = ¿Empezar un caso nuevo?
confirm-start-over-body = Se borrarán las respuestas y soluciones de este caso.
confirm-start-over-yes = Empezar un caso nuevo
confirm-start-over-keep = Conservar este caso

## Top bar (src/ui/screens/top_bar.rs).

top-bar-home-hover = Volver al inicio
top-bar-more = Más
top-bar-browse-fixes = Ver todas las soluciones
top-bar-questions = Preguntas y respuestas
top-bar-start-over = Empezar de nuevo
top-bar-iphone = iPhone:
# The compact names of the two kinds of iPhone, as buttons.
top-bar-face-id = Face ID
top-bar-home-button = Botón de inicio
# Hover text of an iPhone-type button: $name and $hint come from the knowledge base.
top-bar-device-hover = { $name }: { $hint }

## Start screen (src/ui/screens/start.rs).

# $title: the journey's title (from the knowledge base).
start-case-still-open = Tu caso sigue abierto: { $title }
start-continue-case = Continuar tu caso
start-heading = ¿Qué le pasa a tu iPhone?
# $name and $hint: the iPhone type and how to recognise it (from the knowledge base).
start-your-phone = Tu teléfono: { $name }. { $hint }
start-browse-fixes = Ver todas las soluciones
start-questions = Preguntas y respuestas
start-which-iphone = ¿Qué iPhone tienes?
start-which-iphone-hint = Los pasos para cerrar apps y reiniciar son distintos. Puedes cambiarlo cuando quieras arriba.
start-resume-title = ¿Retomar tu último caso?
# $title: the journey's title; $count: answers given so far; $code: the case code.
start-resume-summary = { $title } — { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    } hasta ahora, código del caso { $code }.
start-resume = Retomar
start-resume-discard = Descartarlo

## Symptom picker (src/ui/screens/symptoms.rs).

symptoms-heading = ¿Qué notas?
symptoms-subheading = Elige los que correspondan, o salta este paso si no estás seguro.
symptoms-filter = Filtrar:
symptoms-filter-hint = escribe una palabra, p. ej. llamada
symptoms-clear-filter = Borrar filtro
symptoms-back = Atrás
symptoms-skip = Saltar: no estoy seguro
# $count: how many symptoms are picked (at least 1).
symptoms-continue = { $count ->
        [one] Continuar con { $count } elegido
       *[other] Continuar con { $count } elegidos
    }
# The heading of the symptoms that belong to no group.
symptoms-group-other = Otros
symptoms-no-match = Ningún síntoma coincide con ese filtro.

## Browse (src/ui/screens/browse.rs).

browse-back = Atrás
browse-tab-fixes = Todas las soluciones
browse-tab-questions = Preguntas y respuestas
browse-search = Buscar:
browse-search-hint = p. ej. desinstalar
# $title: the fix's title (from the knowledge base); $minutes: how long it takes.
browse-fix-heading = { $title } · { $minutes } min
# $items: the names of related entries, already joined with " · ".
browse-related = Relacionado: { $items }
browse-no-match = Nada coincide con esa búsqueda.

## Outcome (src/ui/screens/outcome.rs).

outcome-back = Volver al diagnóstico
outcome-start-over = Empezar de nuevo
outcome-save-report = Guardar reporte…
outcome-save-report-hover = Una página para imprimir, Markdown o JSON de este caso
# $title: the fix that worked (from the knowledge base).
outcome-fixed-heading = Se resolvió con “{ $title }”
# $checks: checks answered; $fixes: fixes tried; $code: the case code.
outcome-fixed-tally = { $checks ->
        [one] { $checks } prueba
       *[other] { $checks } pruebas
    } y { $fixes ->
        [one] { $fixes } solución probada
       *[other] { $fixes } soluciones probadas
    }. Código del caso: { $code }
outcome-what-happened = Qué pasó
# $cause and $explanation: the most likely cause and why (from the knowledge base).
outcome-fixed-most-likely = Lo más probable: { $cause }. { $explanation }
outcome-if-again = Si vuelve a pasar
# $title: the fix that worked (from the knowledge base).
outcome-try-first = Prueba primero “{ $title }”.
outcome-technician-heading = Llévalo con un técnico
outcome-technician-tell = Cuéntale
outcome-technician-nothing-yet = Todavía no has respondido ninguna pregunta; el técnico empezará desde el principio.
outcome-home-heading = No queda nada más por probar en casa
outcome-home-found = Lo que encontraste
outcome-home-nothing-yet = Todavía no has respondido ninguna pregunta.
# $cause: the most likely cause (from the knowledge base); $percent: its probability, a whole number.
outcome-most-likely-percent = Lo más probable: { $cause } — { $percent }%
outcome-case-code = Código del caso: { $code }
outcome-copy-summary = Copiar este resumen
outcome-copy-summary-hover = Pégalo en un mensaje o en una nota para el taller

## Desktop menus (src/ui/desktop/menu_bar.rs).

menu-file = Archivo
menu-file-open = Abrir base de conocimientos…
menu-file-save-report = Guardar reporte…
menu-file-save-report-disabled = Primero empieza un caso: el reporte lo describe.
menu-file-quit = Salir
menu-view = Ver
menu-view-theme = Tema
menu-view-theme-system = Seguir el sistema
menu-view-theme-light = Claro
menu-view-theme-dark = Oscuro
menu-view-text-size = Tamaño del texto
menu-view-text-small = Pequeño
menu-view-text-normal = Normal
menu-view-text-large = Grande
menu-view-text-extra-large = Muy grande
menu-help = Ayuda
menu-help-shortcuts = Atajos de teclado
menu-help-about = Acerca de MicDoctor

## Help › About and Help › Keyboard shortcuts (src/ui/desktop/about.rs).

# $version: the app's version number.
about-version = Versión { $version }
about-description = Descubre por qué falla el micrófono de un iPhone en WhatsApp, y el paso más barato que lo arregla.
about-kb = Base de conocimientos
about-kb-version = Su versión
about-opened-from = Abierta desde
about-sources = Datos citados de
# $count: how many sources the knowledge base cites.
about-sources-count = { $count ->
        [one] { $count } fuente
       *[other] { $count } fuentes
    }
about-license = Licencia
about-close = Cerrar
shortcuts-title = Atajos de teclado
shortcuts-close = Cerrar
shortcuts-open-kb = Abrir una base de conocimientos
shortcuts-save-report = Guardar un reporte del caso
shortcuts-quit = Salir
shortcuts-larger-text = Texto más grande
shortcuts-smaller-text = Texto más pequeño
shortcuts-normal-text = Tamaño de texto normal
shortcuts-this-list = Esta lista
# Key names, as written on a keyboard.
shortcuts-keys-escape = Esc
shortcuts-back = Retroceder una pantalla o cerrar un cuadro de diálogo
shortcuts-keys-tab = Tab / Mayús+Tab
shortcuts-move = Moverse entre los controles
shortcuts-keys-enter = Enter / Espacio
shortcuts-press = Presionar el control seleccionado

## File dialogs and the typed-path prompt (src/ui/desktop/file_dialog.rs, path_prompt.rs, mod.rs).

dialog-open-kb-title = Abrir una base de conocimientos
dialog-filter-kb = Base de conocimientos (JSON)
dialog-save-report-title = Guardar el reporte
dialog-filter-html = Página para imprimir (HTML)
dialog-filter-markdown = Markdown
dialog-filter-json = JSON
path-prompt-open = Abrir
path-prompt-save = Guardar
path-prompt-no-dialog = En esta computadora no se puede mostrar ningún cuadro de diálogo de archivos (MicDoctor busca el portal de escritorio o el programa zenity). Mejor escribe la ruta completa del archivo.
path-prompt-format-hint = La terminación elige el formato: .html (página para imprimir), .md (Markdown) o .json.
path-prompt-recording-for = Para: { $take }
path-prompt-file-path = Ruta del archivo
path-prompt-cancel = Cancelar
# $title: the knowledge base's title; $path: the file it was opened from.
notice-kb-opened = Se abrió “{ $title }” desde { $path }.
# $problems: why its translation files could not be read, joined with "; ".
notice-kb-opened-without-translations = Se abrió “{ $title }” desde { $path }, pero no sus traducciones: { $problems }
notice-translations-unusable = Algunas traducciones no se pudieron usar, así que esos idiomas se muestran en inglés: { $problems }
notice-report-saved = Reporte guardado en { $path }.
notice-report-not-saved = No se pudo guardar el reporte en { $path }: { $error }

## A knowledge base that cannot be used (src/ui/desktop/kb_problems.rs).

kb-problems-title = Esta base de conocimientos no se puede usar
# $source: where the knowledge base in use came from (a file path, or "bundled").
kb-problems-still-using = MicDoctor sigue usando { $source }.
# $count: how many problems were found; $file: the file that was tried. A list of the problems follows.
kb-problems-found = { $count ->
        [one] Se encontró { $count } problema
       *[other] Se encontraron { $count } problemas
    } en { $file }:
kb-problems-close = Cerrar

## Counter kiosk (src/ui/kiosk/*.rs).

kiosk-idle-title = ¿Sigues ahí?
# $seconds: whole seconds left.
kiosk-idle-countdown = Para mantener tus respuestas en privado, este caso se borrará en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
kiosk-idle-still-here = Sigo aquí
kiosk-pin-title = PIN del personal
# $tries: tries left before the pad locks for a minute.
kiosk-pin-wrong = PIN incorrecto. { $tries ->
        [one] Queda { $tries } intento
       *[other] Quedan { $tries } intentos
    } antes de un bloqueo de un minuto.
# $seconds: whole seconds until the pad takes PINs again.
kiosk-pin-locked = Demasiados PIN incorrectos. Vuelve a intentarlo en { $seconds } s.
kiosk-pin-clear = Borrar
kiosk-pin-ok = Aceptar
kiosk-pin-cancel = Cancelar
# For screen readers: how many digits of the PIN are typed.
kiosk-pin-digits-entered = { $count ->
        [one] { $count } dígito ingresado
       *[other] { $count } dígitos ingresados
    }
app-fault-unknown = una falla desconocida
kiosk-staff-title = Personal
kiosk-staff-no-problems = No ha fallado nada desde que MicDoctor se inició.
kiosk-staff-problems = Qué falló
kiosk-staff-clear-messages = Borrar estos mensajes
kiosk-staff-kb = Base de conocimientos
# $source: where the knowledge base came from; $version: its version.
kiosk-staff-kb-value = { $source } (versión { $version })
kiosk-staff-case-log = Almacén de casos
kiosk-staff-case-log-off = desactivado: los casos nunca se guardan en el disco
kiosk-staff-idle-reset = Reinicio por inactividad
# $idle and $countdown: seconds.
kiosk-staff-idle-reset-value = después de { $idle } s sin actividad, y luego una cuenta regresiva de { $countdown } s
kiosk-staff-config-file = Archivo de configuración
kiosk-staff-config-none = ninguno (valores predeterminados)
kiosk-staff-back = Volver al mostrador
kiosk-staff-new-case = Empezar un caso nuevo
kiosk-staff-exit = Salir de MicDoctor
# Messages for staff. $file: the knowledge base tried; $problems: its problems, joined with "; ".
kiosk-staff-message-kb-unusable = No se pudo usar la base de conocimientos { $file }, así que está abierta la incluida: { $problems }
# $fault: a technical description of the fault (English).
kiosk-staff-message-fault = Una falla detuvo la pantalla y el caso se reinició: { $fault }


menu-file-open-recording = Abrir grabación…
menu-file-open-recording-disabled = Empieza primero un caso: la grabación pasa a formar parte de él.
shortcuts-open-recording = Medir una grabación
dialog-open-recording-title = Abrir una grabación
dialog-filter-recordings = Grabaciones
notice-recording-needs-case = Empieza primero un caso: elige lo que notas y luego suelta la grabación.
notice-recording-measured = Medida { $file }: { $verdicts }.
notice-recording-unusable = { $error }. El caso no ha cambiado.
recording-drop-here = Suelta la grabación para medirla
about-learned = Aprendido
notice-learned-unusable = Las probabilidades aprendidas de { $path } no se pueden usar ({ $error }); MicDoctor usa las de la base de conocimiento.

kiosk-cases-heading = Casos
kiosk-cases-no-store = No hay almacén de casos: pon case_store en el archivo de configuración para guardarlos.
kiosk-cases-staff-name = Tu nombre
kiosk-cases-search = Buscar
kiosk-cases-search-hint = un código de caso (o escanéalo), o un día AAAA-MM-DD
kiosk-cases-none = No se encontraron casos.
kiosk-cases-loading = Cargando casos…
kiosk-cases-saving = Guardando…
kiosk-cases-case = Caso { $code }
kiosk-cases-verdict-was = Registrado hasta ahora: { $cause } (por { $staff })
kiosk-cases-other = Otra cosa
kiosk-cases-pick-cause = Elige la causa que encontraste
kiosk-cases-true-cause = Lo que encontraste
kiosk-cases-note = Nota (lo que viste, lo que hiciste)
kiosk-cases-record = Registrar el diagnóstico
kiosk-cases-record-needs = Primero elige la causa y escribe tu nombre.
kiosk-cases-recorded = El diagnóstico del caso { $code } quedó registrado.
kiosk-cases-store-unusable = No se puede usar el almacén de casos: { $error }. Los clientes pueden seguir; revisa el archivo y su unidad.
kiosk-cases-no-name = (sin nombre)
kiosk-pin-name-needed = Escribe también tu nombre: cada acción del personal queda registrada con él.
kiosk-cases-working-as = Trabajando como { $name }
kiosk-repair-title = Después de la reparación
kiosk-repair-takes-hint = Comprueba de nuevo los micrófonos: graba la misma frase como nota de voz (la parte de abajo hacia la boca), un vídeo con la cámara delantera y otro con la trasera, y luego indica los archivos.
kiosk-repair-bottom = Nota de voz (micrófono inferior)
kiosk-repair-front = Vídeo con la cámara delantera
kiosk-repair-rear = Vídeo con la cámara trasera
kiosk-repair-measure = Medir y guardar con el caso
kiosk-repair-bad-file = No se pudo medir esa grabación: { $error }
kiosk-repair-measuring = Midiendo las grabaciones…
kiosk-repair-measure-stopped = La medición se detuvo antes de terminar ({ $error }). Vuelve a indicar los archivos.
kiosk-repair-rechecked = Los micrófonos del caso { $code } se comprobaron de nuevo.
kiosk-repair-contact-hint = El nombre y el teléfono del cliente se guardan solo porque esta tienda lo permite; olvidar el caso los borra.
kiosk-repair-customer-name = Nombre del cliente
kiosk-repair-customer-phone = Teléfono
kiosk-repair-keep-contact = Guardar el contacto
kiosk-repair-contact-kept = El contacto se guardó con el caso { $code }.
kiosk-repair-sheet = Archivo de la hoja de entrega
kiosk-repair-write-sheet = Escribir la hoja de entrega
kiosk-repair-sheet-written = La hoja de entrega está en { $path }: ábrela en un navegador para imprimirla.
kiosk-repair-sheet-failed = No se pudo escribir la hoja de entrega: { $error }
kiosk-desk-today = { $count ->
    [0] Todavía no hay casos hoy.
    [one] Hoy: { $count } caso
   *[other] Hoy: { $count } casos
}
kiosk-desk-found = { $count ->
    [0] No se encontraron casos.
    [one] { $count } caso encontrado
   *[other] { $count } casos encontrados
}
kiosk-desk-pick-a-case = Abre un caso de la tabla (o escanea su código) para verlo aquí.
kiosk-desk-device = Modelo
kiosk-desk-most-likely = Causa más probable
kiosk-desk-history = Lo que el cliente respondió y probó

outcome-afterwards = Ahora que funcionó
path-prompt-example-kb = /home/tu/base-del-taller.json
path-prompt-example-report = /home/tu/reporte-micdoctor.html
path-prompt-example-recording = /home/tu/nota-de-voz.opus
path-prompt-example-privacy = /home/tu/Reporte-de-privacidad.ndjson
about-kb-bundled = Incluida en MicDoctor (knowledge/iphone-whatsapp.json)
