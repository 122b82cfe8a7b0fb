## Textos del Reporte de privacidad de apps en MicDoctor (es). Los nombres son los que muestra el iPhone:
## Configuración › Privacidad y seguridad › Reporte de privacidad de apps, botón Compartir.

privacy-how-to-save = En el iPhone, abre Configuración › Privacidad y seguridad › Reporte de privacidad de apps y toca el botón Compartir, arriba.
privacy-error-io = No se puede leer { $file } ({ $why }). Comprueba que el archivo sigue ahí y vuelve a elegirlo.
privacy-error-empty = { $file } está vacío: no contiene ningún Reporte de privacidad de apps. { privacy-how-to-save }
privacy-error-too-large = { $file } ocupa más de { $limit_mb } MB, así que no es un Reporte de privacidad de apps (el de una semana ocupa pocos MB). Comprueba que elegiste el archivo correcto. { privacy-how-to-save }
privacy-error-not-a-report = { $file } no es un Reporte de privacidad de apps. { privacy-how-to-save }
privacy-error-old-format = { $file } es un Reporte de privacidad de apps de una versión de prueba de iOS 15 (2021), que MicDoctor no puede leer. Actualiza el iPhone y vuelve a guardar el reporte. { privacy-how-to-save }

## What a read report shows
privacy-seconds = { $seconds } s
privacy-minutes = { $minutes } min
privacy-hours = { $hours } h { $minutes } min
privacy-weekday = { $day ->
    [0] lun
    [1] mar
    [2] mié
    [3] jue
    [4] vie
    [5] sáb
   *[6] dom
}
privacy-month = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
privacy-moment = { $weekday } { $day } de { $month }, { $time }
privacy-sensor-microphone = micrófono
privacy-sensor-camera = cámara
privacy-sensor-screen = grabación de pantalla
privacy-sensor-none = WhatsApp no usó { $sensor ->
    [camera] la cámara
    [microphone] el micrófono
   *[other] la grabación de pantalla
}.
privacy-sensor-uses = WhatsApp usó { $sensor ->
    [camera] la cámara
    [microphone] el micrófono
   *[other] la grabación de pantalla
} { $uses ->
    [one] una vez
   *[other] { $uses } veces
} (la más larga: { $longest }).
privacy-at-night = { $uses ->
    [one] Un uso fue
   *[other] { $uses } usos fueron
} de madrugada ({ $from }–{ $to }).
privacy-long = { $uses ->
    [one] Un uso duró
   *[other] { $uses } usos duraron
} más de { $minutes } minutos, más que una llamada típica.
privacy-all-recognised = { $uses ->
    [one] Reconociste el único uso de WhatsApp.
   *[other] Reconociste los { $uses } usos de WhatsApp.
}
privacy-unrecognised = { $uses ->
    [one] Un uso no está marcado como reconocido.
   *[other] { $uses } usos no están marcados como reconocidos.
}
privacy-mark-whatsapp = El { $when }, cuando viste el punto, WhatsApp estaba usando el micrófono o la cámara.
privacy-mark-no-whatsapp = El { $when }, cuando viste el punto, WhatsApp no estaba usando el micrófono ni la cámara.
privacy-mark-other = Otras apps usando el micrófono o la cámara en ese momento: { $apps }.
privacy-mark-no-other = Ninguna otra app estaba usando el micrófono o la cámara en ese momento.
privacy-cli-heading = Reporte de privacidad de apps { $file }:
privacy-skipped-lines = { $lines ->
    [one] Una línea
   *[other] { $lines } líneas
} del archivo no se pudieron leer y quedaron fuera.
privacy-seen-invalid = “{ $time }” no es una hora. Escríbela como 2026-10-15 14:05 (la hora del teléfono) o 2026-10-15T14:05:00+02:00.

## The App Privacy Report window
privacy-whatsapp = WhatsApp
privacy-window-title = Reporte de privacidad de apps
privacy-stays-here = MicDoctor lee el archivo en esta computadora y guarda solo los usos de WhatsApp y, en el momento que marques, los nombres de las otras apps; nada más del archivo se guarda ni se envía.
privacy-timeline-label = Línea de tiempo del uso del micrófono y la cámara del { $from } al { $to }, { $rows ->
    [one] una fila
   *[other] { $rows } filas
}. Haz clic en un momento para marcar cuándo viste el punto.
privacy-mark-heading = ¿Cuándo viste el punto?
privacy-mark-label = Fecha y hora (reloj del teléfono)
privacy-mark-set = Marcar este momento
privacy-mark-clear = Borrar la marca
privacy-mark-unreadable = Escríbelo como 2025-09-04 21:15, o haz clic en la línea de tiempo.
privacy-shows-heading = Lo que muestra el reporte
privacy-recognise-heading = Usos de WhatsApp: marca los que reconoces
privacy-recognise-hint = Una llamada, una nota de voz o un video que hiciste. Lo que quede sin marcar es lo que no puedes explicar.
privacy-use-line = { $when } — { $sensor }, { $duration }
privacy-read-button = Leer el Reporte de privacidad de apps…
privacy-read-hint = Lee el archivo del Reporte de privacidad de apps guardado en el iPhone: el uso del micrófono y la cámara por WhatsApp en los últimos 7 días.
privacy-open-button = Reporte de privacidad de apps
privacy-reading = Leyendo { $file }…
notice-privacy-unusable = No se pudo usar ese Reporte de privacidad de apps: { $error }
dialog-open-privacy-title = Abrir un Reporte de privacidad de apps
dialog-filter-privacy = Reporte de privacidad de apps
