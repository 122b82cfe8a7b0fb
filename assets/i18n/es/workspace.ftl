## MicDoctor workspace texts (es). Ids are shared by every language; English is the reference.

## The workspace's header and column headings (src/ui/screens/workspace/mod.rs).
workspace-change-symptoms = Cambiar síntomas
workspace-start-over = Empezar de nuevo
workspace-causes-heading = Causas más probables
workspace-plan-heading = Tu plan

## The ranking column (causes.rs). $cause is a cause's name; $percent a whole number.
workspace-causes-contradictory = Tus respuestas se contradicen. Deshaz una de ellas en el historial.
workspace-hardware-title = Esto parece una falla de hardware
workspace-hardware-detail = { $cause } ({ $percent }%). Un taller de reparación puede probar y cambiar la pieza.
workspace-take-to-technician = Llévalo con un técnico

## The next-step card and its buttons (next_step.rs). $duration is workspace-about-minutes or -seconds.
workspace-answer-yes = Sí
workspace-answer-no = No
workspace-answer-not-sure = No estoy seguro
workspace-fix-worked = Eso lo arregló
workspace-fix-failed = Sigue sin funcionar
workspace-fix-skip = Saltar este paso
workspace-kicker-check = PRUEBA RÁPIDA · { $duration }
workspace-kicker-question = PREGUNTA RÁPIDA · { $duration }
workspace-kicker-repair = TALLER DE REPARACIÓN · { $duration }
workspace-kicker-fix = PRUEBA ESTA SOLUCIÓN · { $duration }
workspace-kicker-done = NO QUEDA NADA MÁS POR PROBAR AQUÍ
workspace-kicker-measure = PRUEBA DE MICRÓFONOS · { $duration }
workspace-measure-start = Empezar la prueba
workspace-measure-skip = Saltar la prueba
workspace-measure-why-title = Por qué ahora
workspace-measure-why = Una prueba que señala la pieza averiada le ahorra al taller su propio diagnóstico y, a menudo, una segunda visita.
workspace-undo-last = Deshacer el último paso
workspace-see-outcome = Ver el resultado

workspace-why-heading = Por qué lo preguntamos
workspace-why-branch = { $statement } — { $then }.
workspace-why-either = En cualquier caso: { $then }. La respuesta igual cambia qué causas van primero y el plan después.
workspace-why-next-check = luego, revisa “{ $title }”
workspace-why-next-question = luego, la pregunta “{ $title }”
workspace-why-next-fix = luego, prueba “{ $title }”
workspace-why-next-handover = directo a “{ $title }”
workspace-why-next-done = no queda nada más por probar en casa

workspace-handover-why-title = Por qué ahora
workspace-handover-decline = Seguir probando en casa
workspace-handover-before = Antes de ir
workspace-about-minutes = unos { $minutes } min
workspace-about-seconds =
    { $seconds ->
        [one] cerca de { $seconds } segundo
       *[other] unos { $seconds } segundos
    }

## "Your plan" (plan.rs). $minutes and $greedy are numbers of minutes (2, 2.5); $percent a whole number.
workspace-plan-empty = No quedan soluciones por probar.
workspace-plan-chance = { $percent }% de probabilidad de que funcione si llegas a ella
workspace-plan-minutes = { $minutes } min
workspace-plan-step = { $number }. { $title } ({ $minutes })
workspace-plan-later = Más tarde porque { $reason }.
workspace-plan-total = Tiempo esperado ≈ { $minutes } min
workspace-plan-total-hint = El tiempo promedio hasta una solución si sigues este orden, contando que te detienes en cuanto algo funciona o el iPhone va al taller. Las soluciones que pueden borrar datos o restablecer ajustes van más tarde de lo que indicarían solo sus minutos.

## The case history (history.rs). $entry is one history line; $finding a quick check; $fix a fix's title.
workspace-history-heading = Historial
workspace-history-empty = Todavía no hay respuestas.
workspace-history-undo = Deshacer
workspace-history-undo-hint = Deshacer: { $entry }

## The journey's explainer (explainer.rs). $sources is a list of publishers.


## One ranked cause (widgets/cause_row.rs). $value and $percent are whole numbers.
workspace-percent = { $value }%
workspace-cause-probability = { $cause }: { $percent }%
workspace-why = ¿Por qué?
workspace-why-nothing = Nada de lo que nos contaste ha cambiado esta causa todavía.
workspace-why-up = sube:
workspace-why-down = baja:
workspace-severity-hint = Qué tan grave es esta causa, si es la correcta

## The symptom chips (widgets/chip.rs).
workspace-chip-remove = Toca para quitarlo
workspace-chip-add = Toca si esto es lo que notas

## The countdown timer (widgets/countdown.rs). $seconds is a whole number.
workspace-timer-start = Iniciar el temporizador de { $seconds } segundos
workspace-timer-wait = Espera… { $seconds } s
workspace-timer-done = Se acabó el tiempo: sigue adelante
workspace-timer-restart = Reiniciar el temporizador

## Steps (widgets/step_list.rs, widgets/settings_path.rs). $path is a Settings path (Settings › Apps › WhatsApp);
## $applies_to says which iOS versions an older path is for.
workspace-settings-path-on = { $path }, actívalo
workspace-settings-path-off = { $path }, desactívalo
workspace-older-settings-path = { $applies_to }: { $path }
workspace-steps-locked = Los siguientes pasos aparecen cuando marcas la casilla de arriba.
workspace-callout-warning = Cuidado
workspace-callout-tip = Consejo
workspace-callout = { $title }: { $text }

workspace-measure-recording = Medir una grabación
workspace-measure-recording-hint = Suelta la nota de voz, la nota de Grabadora o el vídeo que salió mal: MicDoctor lo mide en este ordenador.
workspace-measure-instead = Medirlo en su lugar
workspace-measure-instead-hint = Graba tres tomas cortas y deja que MicDoctor compare los micrófonos.
recording-stays-here = Las grabaciones se miden en este ordenador y nunca se envían a ningún sitio; no se guarda nada salvo que guardes un informe.
recording-measuring = Midiendo { $file }…
recording-measured = { $file } ({ $format }): { $verdicts }
recording-choose = Elegir archivo…
recording-choose-another = Elegir otro archivo…
recording-drop-hint = o suéltalo en esta ventana
recording-picture = Imagen del sonido
recording-figures = Cifras
recording-mark-silent = silencio
recording-mark-clipped = saturado
recording-waveform = forma de onda
recording-meter-level = nivel de voz
recording-meter-silent = silencio por debajo de
recording-meter-quiet = muy bajo por debajo de
recording-band-legend = sombreadas: las bandas de la voz, 0.3–1 kHz y 2–4 kHz
recording-spectrum = espectro
recording-close = Cerrar
recording-how = Cómo grabarlas
outcome-case-code-qr = Código QR del caso { $code }, para el lector de la tienda
workspace-explainer-sources-heading = Fuentes
workspace-plan-home = En casa: unos { $minutes } min de soluciones, { $percent }% de que una funcione
workspace-plan-home-hint = El tiempo medio de las soluciones de arriba, parando en cuanto una funcione.
workspace-plan-shop = Taller: { $percent }% de las veces, unos { $minutes } min allí
