## MicDoctor report texts (es). Ids are shared by every language; English is the reference.

## Numbers: $percent is a whole number; $minutes may have one decimal. Both are written the language's way.
## “Quotes” around a fix's title are part of the text: use the language's own quotation marks.

## Statements of evidence (reports, the diagnosis table and the app's cause list)

# $label: a question's short label from the knowledge base.
report-not-sure = No estoy seguro: { $label }
# $title: a fix's title from the knowledge base.
report-fix-fixed = “{ $title }” lo arregló
report-fix-failed = “{ $title }” no ayudó
report-measured = { $role }: se midió la grabación “{ $file }”
report-check-skipped = Se omitió “{ $title }”
report-fix-skipped = Se saltó “{ $title }”

## Why the engine has nothing more to suggest

report-done-solved = Se resolvió con “{ $title }”.
report-done-nothing-left = Ya se probaron o se saltaron todas las soluciones que podían ayudar.
report-done-contradictory = Estas respuestas se contradicen: ninguna causa las explica todas. Deshaz una y vuelve a intentarlo.

## Numbers

# A whole percentage, e.g. “88%”.
report-percent = { $percent }%

## Where a case stands (the report's main heading)

report-outcome-fixed = Se resolvió con “{ $title }”
report-outcome-technician = Llévalo con un técnico
report-outcome-nothing-left = No queda nada más por probar en casa
report-outcome-contradictory = Algunas respuestas se contradicen
report-outcome-in-progress = Todavía en curso

## Report file formats (menus and file dialogs)

report-format-markdown = Texto (Markdown)
report-format-html = Página para imprimir (HTML)
report-format-json = Datos (JSON)

## The case report (Markdown and HTML)

report-title = Reporte de caso de MicDoctor
report-case-code = Código del caso: { $code }
# Labels of the report's header, each followed by “: value”.
report-term-problem = Problema
report-term-iphone = iPhone
report-term-started = Inicio
report-term-last-change = Último cambio
report-term-kb = Base de conocimientos
# $kb_version: the knowledge base the report was written with; $session_kb_version: the one the case was worked on with.
report-kb-worked-on-other = { $kb_version } (el caso se trabajó con { $session_kb_version })
# $kb: a version, or the text of report-kb-worked-on-other.
report-written-by = Escrito por MicDoctor { $app_version } con la base de conocimientos { $kb }
report-footer = Escrito por MicDoctor { $app_version } con la base de conocimientos { $kb_version }. Código del caso { $code }.
# $cause: the cause's name (in bold); $percent: as report-percent writes it.
report-lead-fixed = Lo que probablemente pasó: { $cause } ({ $percent })
report-lead-open = Causa más probable: { $cause } ({ $percent })
report-section-told = Lo que nos contaste
report-told-none = Todavía no hay preguntas respondidas.
report-section-tried = Lo que se probó
report-tried-none = Todavía no se ha probado ninguna solución.
report-tried-fixed = { $title }: lo arregló
report-tried-failed = { $title }: no ayudó
report-tried-skipped = { $title }: se saltó
report-section-causes = Causas más probables
report-needs-repair-shop = (necesita un taller de reparación)
# Labels before a reason, followed by “: reason”.
report-reason-up = más probable
report-reason-down = menos probable
report-other-causes =
    { $count ->
        [one] { $count } causa más está
       *[other] { $count } causas más están
    } por debajo del 1%.
report-section-plan = Lo que queda por probar
report-next-check = Siguiente paso: revisa “{ $title }” (unos { $minutes } min).
report-next-try = Siguiente paso: prueba “{ $title }” (unos { $minutes } min).
report-next-handover = Siguiente paso: “{ $title }”. { $why }
report-plan-line = { $title } — unos { $minutes } min, { $percent } de probabilidad de que funcione si llegas a ella
report-plan-later = (más tarde porque { $reason })
report-handover-why = Tus respuestas apuntan a “{ $cause }” ({ $percent }); las soluciones caseras que quedan tienen juntas solo un { $chance } de probabilidad, no vale la pena probarlas antes del taller.
report-handover-why-tiny = Tus respuestas apuntan a “{ $cause }” ({ $percent }); las soluciones caseras que quedan tienen juntas menos de un 1% de probabilidad.
report-handover-why-none = Tus respuestas apuntan a “{ $cause }” ({ $percent }), y no queda ninguna solución casera que pueda ayudar.
report-section-guides = Pasos para repetir en casa
report-guides-device = Escrito para este iPhone: { $device }.
# Notes after a fix's title, in brackets.
report-guide-worked = esto lo arregló
report-guide-tried = se probó, no ayudó
report-guide-next = lo siguiente por probar
report-guide-before-technician = antes de ir con el técnico
# $condition: a box to tick from the knowledge base (“My chats are backed up”).
report-step-check-first = Solo cuando esto sea cierto: { $condition }.
# Labels of a step's details, each followed by “: text”.
report-step-where = Dónde
report-step-careful = Cuidado
report-step-tip = Consejo
report-step-picture = Imagen
# $path: “Settings › Apps › WhatsApp › Microphone”.
report-switch-on = { $path } (actívalo)
report-switch-off = { $path } (desactívalo)

## The hand-over summary (“Copy this summary”)

report-summary-most-likely = Lo más probable: { $cause } — { $percent }
report-summary-tell-them = Cuéntale:
report-summary-found = Lo que encontraste:

## Command line: messages

# $code: the language asked for, in quotes; $languages: the list of language codes.
cli-unknown-language = idioma desconocido { $code }; MicDoctor habla { $languages }
cli-hash-pin-prompt = Escribe el PIN del personal (de 4 a 8 dígitos) y presiona Enter:
cli-hash-pin-cannot-read = no se puede leer el PIN: { $error }
cli-hash-pin-done = Pon esa línea en el archivo de configuración (consulta la sección "Configuration" del README).
cli-answered-twice = el hallazgo "{ $id }" tiene dos respuestas (--{ $first } y --{ $second }); da una sola respuesta
cli-report-does-not-fit = { $file } no corresponde a esta base de conocimientos: { $error }
cli-report-would-overwrite = --out { $file } sobrescribiría el propio caso; elige otro archivo
cli-cannot-write = no se puede escribir { $file }: { $error }
cli-cannot-open-window = no se puede abrir una ventana: { $error }

## Command line: micdoctor check

# $name: the file checked. The English counts have no singular forms (they are never 1 in practice); a
# translation may select plural forms on $problems, $causes, $findings, $fixes, $faq and $count.
cli-translation-unusable = micdoctor: no se pudo usar esta traducción, así que el texto está en inglés: { $problem }
cli-check-ok = { $name }: ok (kb_version { $kb_version }, { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
}, { $causes ->
    [one] { $causes } causa
   *[other] { $causes } causas
}, { $findings ->
    [one] { $findings } hallazgo
   *[other] { $findings } hallazgos
}, { $fixes ->
    [one] { $fixes } solución
   *[other] { $fixes } soluciones
}, { $faq ->
    [one] { $faq } pregunta frecuente
   *[other] { $faq } preguntas frecuentes
})
cli-check-issues = { $name }: { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }
cli-translation-unreadable = traducción { $language }: no se puede leer: { $error }
cli-translation-complete = traducción { $language }: completa ({ $kb_total ->
    [one] { $kb_total } texto de la base de conocimientos
   *[other] { $kb_total } textos de la base de conocimientos
}, { $app_total ->
    [one] { $app_total } texto de la app
   *[other] { $app_total } textos de la app
})
cli-translation-incomplete = traducción { $language }: faltan { $kb_missing } de { $kb_total ->
    [one] { $kb_total } texto de la base de conocimientos
   *[other] { $kb_total } textos de la base de conocimientos
} y { $app_missing } de { $app_total ->
    [one] { $app_total } texto de la app
   *[other] { $app_total } textos de la app
}; { $orphaned ->
    [one] { $orphaned } huérfano
   *[other] { $orphaned } huérfanos
}
cli-translation-missing-kb = falta el texto de la base de conocimientos { $key }
cli-translation-orphaned-kb = texto huérfano de la base de conocimientos { $key }
cli-translation-missing-app = falta el texto de la app { $id }
cli-translation-orphaned-app = texto huérfano de la app { $id }

## Command line: micdoctor diagnose (a table; numbers arrive already written)

cli-diagnose-causes = Causas más probables
# Labels before a reason, followed by “: reason”.
cli-diagnose-up = sube
cli-diagnose-down = baja
cli-next-check = Siguiente paso: revisa “{ $title }” (unos { $minutes } min)
cli-next-try = Siguiente paso: prueba “{ $title }” (unos { $minutes } min)
cli-next-handover = Siguiente paso: “{ $title }” (unos { $minutes } min). { $why }
# $reason: report-done-solved, report-done-nothing-left or report-done-contradictory.
cli-next-none = Siguiente paso: ninguno. { $reason }
cli-plan = Plan (esperado { $expected } min; coste con peso de riesgo { $ecr }, orden simple { $greedy })
# One row of the plan's table; the arguments are padded to line up the columns.
cli-plan-row = { $number }. { $title }  { $minutes } min  { $percent } si se llega
# A cause's severity, on screen, in `micdoctor diagnose` and in reports.
severity-low = leve
severity-medium = moderada
severity-high = grave

## micdoctor simulate
cli-sim-header = Mundo “{ $title }” ({ $id }, problema { $problem }): { $customers ->
    [one] { $customers } cliente
   *[other] { $customers } clientes
}, semilla { $seed }
cli-sim-columns = {"  "}política    media     p90  ×guía   hardware  ×guía  nombrada sw>taller  resuelto  preg.
cli-sim-by-cause = Minutos medios por causa real (× la media de la guía; * grupo de hardware)
cli-sim-legend = Minutos hasta resolver: hasta que una solución funciona o el caso termina en el taller. sw>taller: causas de software enviadas al taller. resuelto: resuelto en casa. preg.: preguntas por cliente. nombrada: clientes con una causa de hardware que llegaron al taller con la pieza dañada nombrada por una prueba. informed: el motor de MicDoctor con los números del propio mundo (una base de conocimiento sin errores).
cli-sim-paired = MicDoctor menos cada política, cliente por cliente (minutos; bajo cero: MicDoctor fue más rápido)
cli-sim-paired-columns = {"  "}frente a     media     intervalo 95 %  antes después
cli-sim-paired-quicker = más rápido
cli-sim-paired-slower = más lento
cli-sim-paired-tie = empate dentro del ruido de la simulación
cli-sim-no-guide = No hay guía para el problema “{ $problem }”: usa --guide ARCHIVO, o quita --policy guide.
cli-sim-bad-file = No se puede usar { $path }: { $error }

recording-error-what-to-do = envíate la nota de voz como archivo o graba una nota en Notas de voz, y prueba con eso
recording-error-io = No se puede leer { $file } ({ $why }); comprueba que el archivo sigue ahí y vuelve a elegirlo
recording-error-empty = { $file } está vacío: no contiene ninguna grabación
recording-error-too-large = { $file } ocupa { $size_mb } MB; MicDoctor lee grabaciones de hasta { $limit_mb } MB (unos minutos de vídeo)
recording-error-too-long = { $file } dura más de { $seconds } segundos; basta una grabación corta de una o dos frases: graba una y prueba con ella
recording-error-unknown-format = { $file } no es una grabación que MicDoctor conozca (nota de voz .opus/.ogg, Notas de voz .m4a, vídeo .mov/.mp4, .wav o .mp3)
recording-error-no-audio = { $file } no tiene pista de sonido (¿un vídeo sin audio?); graba un vídeo con sonido o una nota en Notas de voz
recording-error-unsupported = El sonido de { $file } está en una forma que MicDoctor no puede decodificar; puede estar protegido (DRM)
recording-error-corrupt = { $file } está dañado o cortado ({ $what })
analyze-heading = { $file }: { $codec }, { $seconds } s: { $verdicts }
analyze-codec-opus = Opus (nota de voz)
analyze-codec-aac = AAC (Notas de voz o vídeo)
analyze-codec-alac = Apple Lossless (Notas de voz)
analyze-codec-mp3 = MP3
analyze-codec-pcm = WAV
analyze-codec-other = otro sonido
analyze-verdict-silent = en silencio
analyze-verdict-very-quiet = muy bajo
analyze-verdict-muffled = apagado
analyze-verdict-clipped = saturado
analyze-verdict-noisy = con ruido
analyze-verdict-dropouts = el sonido se corta
analyze-verdict-clean = limpio
analyze-figure-level = nivel de la voz
analyze-figure-noise-floor = ruido de fondo
analyze-figure-snr = voz sobre el ruido
analyze-figure-silent = tiempo en silencio
analyze-figure-crest = picos sobre la voz
analyze-figure-clipped = al máximo de la escala
analyze-figure-high-band = 2–4 kHz frente a 0.3–1 kHz
analyze-figure-dropouts = cortes
analyze-threshold-below = { $what } por debajo de { $value }
analyze-threshold-clipped = saturado por debajo de { $crest } con más de { $share } al máximo
report-section-recordings = Grabaciones medidas
report-section-microphones = Prueba de micrófonos
recording-heading = { $label }: { $file } ({ $format }) — { $verdicts }
recording-format = { $codec }, { $seconds } s
recording-column-figure = Medida
recording-column-value = Valor
recording-column-threshold = Se compara con
recording-column-microphone = Micrófono
recording-column-verdict = Veredicto
recording-mic-pass = pasa
recording-mic-weak = débil
recording-mic-fail = falla
recording-mic-far-quieter = mucho más bajo que los otros
recording-mic-quieter = más bajo que los otros
recording-mic-duller = más apagado que los otros
recording-mics-incomplete = La comparación necesita las tres grabaciones; por ahora cada una se juzga por sí sola.
recording-role-failed = La grabación que falló
recording-role-bottom = Micrófono inferior
recording-role-front = Micrófono frontal
recording-role-rear = Micrófono trasero
recording-waveform-title = Forma de onda; en gris los silencios largos, en rojo los tramos saturados
recording-meter-title = Nivel de la voz frente a los umbrales de silencio y de voz muy baja
recording-spectrum-title = Espectro de la voz; las bandas sombreadas son 0.3–1 kHz y 2–4 kHz
recording-picture-text = { $seconds } s de sonido. Nivel de la voz { $level } dBFS (muy baja por debajo de { $quiet } dBFS). Marcados: { $silent ->
    [one] { $silent } silencio largo
   *[other] { $silent } silencios largos
} y { $clipped ->
    [one] { $clipped } tramo saturado
   *[other] { $clipped } tramos saturados
}. 2–4 kHz frente a 0.3–1 kHz: { $high_band } dB; la grabación puede llevar sonido hasta { $bandwidth } kHz.

cli-bad-date = { $date } no es una fecha: escríbela como AAAA-MM-DD, por ejemplo 2026-12-01
cli-no-case-store = No hay almacén de casos: indica --store ARCHIVO o define case_store en el archivo de configuración.
cli-learn-no-cases = Aún no hay casos confirmados: aprender necesita casos con el veredicto de un técnico (micdoctor cases verdict CÓDIGO --cause ID --staff NOMBRE, o el panel del personal). No se escribió nada.
cli-recheck-no-files = Indica al menos una grabación: --bottom, --front o --rear.
cli-recheck-recorded = Los micrófonos del caso { $code } se comprobaron de nuevo:
cli-pickup-written = Se escribió la hoja de entrega del caso { $code } en { $path }.
cli-contact-off = Esta tienda no guarda nombres ni teléfonos de clientes: pon customer_contact = true en el archivo de configuración para permitirlo.
cli-contact-kept = Se guardó el contacto del cliente con el caso { $code }.
cli-contact-cleared = Se borró el contacto del cliente del caso { $code }.
cli-cases-exported = Se { $count ->
    [one] exportó { $count } caso
   *[other] exportaron { $count } casos
} a { $path }.
cli-cases-imported = Se { $events ->
    [one] importó { $events } evento
   *[other] importaron { $events } eventos
} ({ $skipped ->
    [one] { $skipped } ya estaba
   *[other] { $skipped } ya estaban
}).
cli-verdict-recorded = Se registró el diagnóstico del técnico para el caso { $code }.
cli-case-forgotten = Se borró el caso { $code } y todo lo relacionado con él.
cli-unknown-cause = { $cause } no es una causa de { $problem }: usa una de { $causes }, u other.
cli-learned-heading = Aprendido de { $cases ->
    [one] { $cases } caso confirmado
   *[other] { $cases } casos confirmados
} ({ $since } a { $until }), con la base de conocimiento valiendo { $strength } casos; escrito en { $path }:
report-learned = Probabilidades aprendidas de { $cases ->
    [one] { $cases } caso
   *[other] { $cases } casos
} desde { $since }
report-case-code-qr = Código QR del caso { $code }

# Hoja de entrega
pickup-title = Hoja de entrega
pickup-case = Caso { $code } · { $problem } · iniciado { $started }
pickup-device = iPhone: { $device }
pickup-customer = Cliente: { $name } · { $phone }
pickup-section-done = Qué se encontró y qué se hizo
pickup-found = Encontrado: { $found }
pickup-done-by = Registrado por { $staff } el { $date }
pickup-no-verdict = El técnico aún no ha registrado un hallazgo para este caso.
pickup-section-microphones = Los micrófonos, antes y después de la reparación
pickup-before = Antes
pickup-after = Después
pickup-not-checked = sin comprobar
pickup-after-when = Comprobados de nuevo el { $date } (UTC).
pickup-section-signature = Recogido por el cliente
pickup-signature-text = He recogido mi iPhone y he visto los micrófonos comprobados como arriba.
pickup-signature = Firma del cliente
pickup-date = Fecha
pickup-something-else = otra cosa (ver la nota)

## The tests a case ran, for a technician
report-section-tests = Pruebas de micrófono
tests-run-line = { $subject }: { $result } — { $text }
tests-run-pass = bien
tests-run-weak = débil
tests-run-fail = falla
tests-run-none = No se hizo ninguna prueba de micrófono. Pide al taller que haga primero estas: { $tests }.

## An App Privacy Report read into a case
report-privacy-read = Reporte de privacidad de apps leído: { $uses ->
    [one] un uso de WhatsApp
   *[other] { $uses } usos de WhatsApp
}, { $recognised ->
    [one] { $recognised } reconocido
   *[other] { $recognised } reconocidos
}

report-section-privacy = Lo que muestra el Reporte de privacidad de apps
# The columns of a table of cases (the staff desk, micdoctor cases list).
cases-column-code = Código
cases-column-time = Hora
cases-column-problem = Problema
cases-column-outcome = Resultado
cases-column-verdict = Veredicto
cases-column-who = Quién
cli-cases-none = No hay casos que mostrar.
