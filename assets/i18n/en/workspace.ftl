## MicDoctor workspace texts (en). Ids are shared by every language; English is the reference.

## The workspace's header and column headings (src/ui/screens/workspace/mod.rs).
workspace-change-symptoms = Change symptoms
workspace-start-over = Start over
workspace-causes-heading = Most likely causes
workspace-plan-heading = Your plan

## The ranking column (causes.rs). $cause is a cause's name; $percent a whole number.
workspace-causes-contradictory = Your answers contradict each other. Undo one of them in the history.
workspace-hardware-title = This looks like a hardware fault
workspace-hardware-detail = { $cause } ({ $percent }%). A repair shop can test and replace the part.
workspace-take-to-technician = Take it to a technician

## The next-step card and its buttons (next_step.rs). $duration is workspace-about-minutes or -seconds.
workspace-answer-yes = Yes
workspace-answer-no = No
workspace-answer-not-sure = Not sure
workspace-fix-worked = That fixed it
workspace-fix-failed = Still not working
workspace-fix-skip = Skip this step
workspace-kicker-check = QUICK CHECK · { $duration }
workspace-kicker-question = QUICK QUESTION · { $duration }
workspace-kicker-repair = REPAIR SHOP · { $duration }
workspace-kicker-fix = TRY THIS FIX · { $duration }
workspace-kicker-done = NOTHING MORE TO TRY HERE
workspace-kicker-measure = MICROPHONE TEST · { $duration }
workspace-measure-start = Start the test
workspace-measure-skip = Skip the test
workspace-measure-why-title = Why now
workspace-measure-why = A test that names the faulty part spares the repair shop its own diagnosis, and often a second visit.
workspace-undo-last = Undo the last step
workspace-see-outcome = See the outcome

## Why a question is worth asking (next_step.rs): what each answer leads to. $statement is the answer in words
## from the knowledge base; $then one of the workspace-why-next-* texts; $title a check’s label or a fix’s title.
workspace-why-heading = Why we ask
workspace-why-branch = { $statement } — { $then }.
workspace-why-either = Either way: { $then }. The answer still changes which causes lead and the plan after that.
workspace-why-next-check = next, check “{ $title }”
workspace-why-next-question = next, the question “{ $title }”
workspace-why-next-fix = next, try “{ $title }”
workspace-why-next-handover = straight to “{ $title }”
workspace-why-next-done = nothing more to try at home

## The hand-over card (next_step.rs): why the shop comes now, and the choice to go on at home instead.
workspace-handover-why-title = Why now
workspace-handover-decline = Keep trying at home
workspace-handover-before = Before you go
workspace-about-minutes = about { $minutes } min
workspace-about-seconds =
    about { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }

## "Your plan" (plan.rs). $minutes and $greedy are numbers of minutes (2, 2.5); $percent a whole number.
workspace-plan-empty = No fixes left to try.
workspace-plan-chance = { $percent }% chance it works if you get to it
workspace-plan-minutes = { $minutes } min
workspace-plan-step = { $number }. { $title } ({ $minutes })
# Under a plan row whose risk put it later. $reason: from the knowledge base (“it can lose chats that are not backed up”).
workspace-plan-later = Later because { $reason }.
workspace-plan-total = Expected time ≈ { $minutes } min
workspace-plan-total-hint = The average time to a fix if you follow this order, counting that you stop as soon as something works or the phone goes to the shop. Fixes that can lose data or reset settings come later than their minutes alone would put them.

## The case history (history.rs). $entry is one history line; $finding a quick check; $fix a fix's title.
workspace-history-heading = History
workspace-history-empty = Nothing answered yet.
workspace-history-undo = Undo
workspace-history-undo-hint = Undo: { $entry }

## The journey's explainer (explainer.rs). $sources is a list of publishers.


## One ranked cause (widgets/cause_row.rs). $value and $percent are whole numbers.
workspace-percent = { $value }%
workspace-cause-probability = { $cause }: { $percent }%
workspace-why = Why?
workspace-why-nothing = Nothing you told us has moved this one yet.
workspace-why-up = up:
workspace-why-down = down:
workspace-severity-hint = How serious this cause is, if it is the one

## The symptom chips (widgets/chip.rs).
workspace-chip-remove = Tap to remove
workspace-chip-add = Tap if this is what you notice

## The countdown timer (widgets/countdown.rs). $seconds is a whole number.
workspace-timer-start = Start the { $seconds }-second timer
workspace-timer-wait = Wait… { $seconds } s
workspace-timer-done = Time's up — carry on
workspace-timer-restart = Restart the timer

## Steps (widgets/step_list.rs, widgets/settings_path.rs). $path is a Settings path (Settings › Apps › WhatsApp);
## $applies_to says which iOS versions an older path is for.
workspace-settings-path-on = { $path }, switch on
workspace-settings-path-off = { $path }, switch off
workspace-older-settings-path = { $applies_to }: { $path }
workspace-steps-locked = The next steps appear once you tick the box above.
workspace-callout-warning = Careful
workspace-callout-tip = Tip
workspace-callout = { $title }: { $text }

workspace-measure-recording = Measure a recording
workspace-measure-recording-hint = Drop the voice note, Voice Memo or video that went wrong: MicDoctor measures it on this computer.
workspace-measure-instead = Measure it instead
workspace-measure-instead-hint = Record three short takes and let MicDoctor compare the microphones.
recording-stays-here = Recordings are measured on this computer and never sent anywhere; nothing is saved unless you save a report.
recording-measuring = Measuring { $file }…
recording-measured = { $file } ({ $format }): { $verdicts }
recording-choose = Choose file…
recording-choose-another = Choose another file…
recording-drop-hint = or drop it on this window
recording-picture = Picture of the sound
recording-figures = Figures
recording-mark-silent = silent
recording-mark-clipped = clipped
recording-waveform = waveform
recording-meter-level = speech level
recording-meter-silent = silent below
recording-meter-quiet = very quiet below
recording-band-legend = shaded: the speech bands, 0.3–1 kHz and 2–4 kHz
recording-spectrum = spectrum
recording-close = Close
recording-how = How to record them
outcome-case-code-qr = QR code of case { $code }, for the shop's scanner
workspace-explainer-sources-heading = Sources
workspace-plan-home = At home: about { $minutes } min of fixes, { $percent }% that one of them works
workspace-plan-home-hint = The time the fixes above take on average, stopping as soon as one works.
workspace-plan-shop = Repair shop: { $percent }% of the time, about { $minutes } min there
