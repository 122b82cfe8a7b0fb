## MicDoctor report texts (en). Ids are shared by every language; English is the reference.

## Numbers: $percent is a whole number; $minutes may have one decimal. Both are written the language's way.
## “Quotes” around a fix's title are part of the text: use the language's own quotation marks.

## Statements of evidence (reports, the diagnosis table and the app's cause list)

# $label: a question's short label from the knowledge base.
report-not-sure = Not sure: { $label }
# $title: a fix's title from the knowledge base.
report-fix-fixed = “{ $title }” fixed it
report-fix-failed = “{ $title }” did not help
report-measured = { $role }: measured the recording “{ $file }”
report-check-skipped = Skipped “{ $title }”
report-fix-skipped = Skipped “{ $title }”

## Why the engine has nothing more to suggest

report-done-solved = Solved by “{ $title }”.
report-done-nothing-left = Every fix that could help has been tried or skipped.
report-done-contradictory = These answers contradict each other: no cause explains all of them. Undo one and try again.

## Numbers

# A whole percentage, e.g. “88%”.
report-percent = { $percent }%

## Where a case stands (the report's main heading)

report-outcome-fixed = Fixed by “{ $title }”
report-outcome-technician = Take it to a technician
report-outcome-nothing-left = Nothing more to try at home
report-outcome-contradictory = Some answers contradict each other
report-outcome-in-progress = Still in progress

## Report file formats (menus and file dialogs)

report-format-markdown = Text (Markdown)
report-format-html = Printable page (HTML)
report-format-json = Data (JSON)

## The case report (Markdown and HTML)

report-title = MicDoctor case report
report-case-code = Case code: { $code }
# Labels of the report's header, each followed by “: value”.
report-term-problem = Problem
report-term-iphone = iPhone
report-term-started = Started
report-term-last-change = Last change
report-term-kb = Knowledge base
# $kb_version: the knowledge base the report was written with; $session_kb_version: the one the case was worked on with.
report-kb-worked-on-other = { $kb_version } (the case was worked on with { $session_kb_version })
# $kb: a version, or the text of report-kb-worked-on-other.
report-written-by = Written by MicDoctor { $app_version } with knowledge base { $kb }
report-footer = Written by MicDoctor { $app_version } with knowledge base { $kb_version }. Case code { $code }.
# $cause: the cause's name (in bold); $percent: as report-percent writes it.
report-lead-fixed = What most likely happened: { $cause } ({ $percent })
report-lead-open = Most likely cause: { $cause } ({ $percent })
report-section-told = What you told us
report-told-none = No questions answered yet.
report-section-tried = What was tried
report-tried-none = No fixes tried yet.
report-tried-fixed = { $title }: fixed it
report-tried-failed = { $title }: did not help
report-tried-skipped = { $title }: skipped
report-section-causes = Most likely causes
report-needs-repair-shop = (needs a repair shop)
# Labels before a reason, followed by “: reason”.
report-reason-up = more likely
report-reason-down = less likely
report-other-causes =
    { $count ->
        [one] { $count } other cause is
       *[other] { $count } other causes are
    } below 1%.
report-section-plan = What is left to try
report-next-check = Next step: check “{ $title }” (about { $minutes } min).
report-next-try = Next step: try “{ $title }” (about { $minutes } min).
report-next-handover = Next step: “{ $title }”. { $why }
report-plan-line = { $title } — about { $minutes } min, { $percent } chance it works if you get to it
# After a plan line, when the fix comes later for its risk. $reason: from the knowledge base (“it can lose chats that are not backed up”).
report-plan-later = (later because { $reason })
# Why the repair shop comes now. $cause: the leading cause’s name; $percent and $chance: as report-percent writes them.
report-handover-why = Your answers point to “{ $cause }” ({ $percent }); the home fixes left have only a { $chance } chance together, not worth trying before the shop.
report-handover-why-tiny = Your answers point to “{ $cause }” ({ $percent }); the home fixes left have less than a 1% chance together.
report-handover-why-none = Your answers point to “{ $cause }” ({ $percent }), and no home fix that could help is left.
report-section-guides = Steps to repeat at home
report-guides-device = Written for this iPhone: { $device }.
# Notes after a fix's title, in brackets.
report-guide-worked = this fixed it
report-guide-tried = tried, did not help
report-guide-next = next to try
report-guide-before-technician = before you see the technician
# $condition: a box to tick from the knowledge base (“My chats are backed up”).
report-step-check-first = Only once this is true: { $condition }.
# Labels of a step's details, each followed by “: text”.
report-step-where = Where
report-step-careful = Careful
report-step-tip = Tip
report-step-picture = Picture
# $path: “Settings › Apps › WhatsApp › Microphone”.
report-switch-on = { $path } (switch on)
report-switch-off = { $path } (switch off)

## The hand-over summary (“Copy this summary”)

report-summary-most-likely = Most likely: { $cause } — { $percent }
report-summary-tell-them = Tell them:
report-summary-found = What you found:

## Command line: messages

# $code: the language asked for, in quotes; $languages: the list of language codes.
cli-unknown-language = unknown language { $code }; MicDoctor speaks { $languages }
cli-hash-pin-prompt = Type the staff PIN (4 to 8 digits) and press Enter:
cli-hash-pin-cannot-read = cannot read the PIN: { $error }
cli-hash-pin-done = Put that line in the config file (see the README's "Configuration" section).
cli-answered-twice = finding "{ $id }" is answered twice (--{ $first } and --{ $second }); give one answer
cli-report-does-not-fit = { $file } does not fit this knowledge base: { $error }
cli-report-would-overwrite = --out { $file } would overwrite the case itself; choose another file
cli-cannot-write = cannot write { $file }: { $error }
cli-cannot-open-window = cannot open a window: { $error }

## Command line: micdoctor check

# $name: the file checked. The English counts have no singular forms (they are never 1 in practice); a
# translation may select plural forms on $problems, $causes, $findings, $fixes, $faq and $count.
cli-translation-unusable = micdoctor: this translation could not be used, so the text is in English: { $problem }
cli-check-ok = { $name }: ok (kb_version { $kb_version }, { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
}, { $causes ->
    [one] { $causes } cause
   *[other] { $causes } causes
}, { $findings ->
    [one] { $findings } finding
   *[other] { $findings } findings
}, { $fixes ->
    [one] { $fixes } fix
   *[other] { $fixes } fixes
}, { $faq ->
    [one] { $faq } FAQ entry
   *[other] { $faq } FAQ entries
})
cli-check-issues = { $name }: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
cli-translation-unreadable = translation { $language }: cannot be read: { $error }
cli-translation-complete = translation { $language }: complete ({ $kb_total ->
    [one] { $kb_total } knowledge-base text
   *[other] { $kb_total } knowledge-base texts
}, { $app_total ->
    [one] { $app_total } app text
   *[other] { $app_total } app texts
})
cli-translation-incomplete = translation { $language }: { $kb_missing } of { $kb_total ->
    [one] { $kb_total } knowledge-base text
   *[other] { $kb_total } knowledge-base texts
} and { $app_missing } of { $app_total ->
    [one] { $app_total } app text
   *[other] { $app_total } app texts
} missing, { $orphaned } orphaned
cli-translation-missing-kb = missing knowledge-base text { $key }
cli-translation-orphaned-kb = orphaned knowledge-base text { $key }
cli-translation-missing-app = missing app text { $id }
cli-translation-orphaned-app = orphaned app text { $id }

## Command line: micdoctor diagnose (a table; numbers arrive already written)

cli-diagnose-causes = Most likely causes
# Labels before a reason, followed by “: reason”.
cli-diagnose-up = up
cli-diagnose-down = down
cli-next-check = Next step: check “{ $title }” (about { $minutes } min)
cli-next-try = Next step: try “{ $title }” (about { $minutes } min)
# $why: report-handover-why or one of its variants.
cli-next-handover = Next step: “{ $title }” (about { $minutes } min). { $why }
# $reason: report-done-solved, report-done-nothing-left or report-done-contradictory.
cli-next-none = Next step: none. { $reason }
cli-plan = Plan (expected { $expected } min; risk-weighted cost { $ecr }, greedy order { $greedy })
# One row of the plan's table; the arguments are padded to line up the columns.
cli-plan-row = { $number }. { $title }  { $minutes } min  { $percent } if reached
# A cause's severity, on screen, in `micdoctor diagnose` and in reports.
severity-low = minor
severity-medium = moderate
severity-high = serious

## micdoctor simulate
cli-sim-header = World “{ $title }” ({ $id }, problem { $problem }): { $customers ->
    [one] { $customers } customer
   *[other] { $customers } customers
}, seed { $seed }
cli-sim-columns = {"  "}policy       mean     p90  ×guide  hardware  ×guide   named  sw>shop   fixed  asked
cli-sim-by-cause = Mean minutes by true cause (× the guide's mean; * hardware group)
cli-sim-legend = Minutes to resolution: until a fix works or the case ends at the shop. sw>shop: software causes sent to the shop. fixed: fixed at home. asked: questions per customer. named: hardware customers who reached the shop with the faulty part named by a test. informed: MicDoctor's engine told the world's own numbers (a knowledge base without error).
cli-sim-paired = MicDoctor minus each policy, customer by customer (minutes; below zero: MicDoctor was quicker)
cli-sim-paired-columns = {"  "}against       mean      95 % interval sooner   later
cli-sim-paired-quicker = quicker
cli-sim-paired-slower = slower
cli-sim-paired-tie = a tie within the run's noise
cli-sim-no-guide = There is no guide for problem “{ $problem }”: pass --guide FILE, or leave out --policy guide.
cli-sim-bad-file = { $path } cannot be used: { $error }

recording-error-what-to-do = send the voice note to yourself as a file, or record a Voice Memo, and try that
recording-error-io = Cannot read { $file } ({ $why }); check that the file is still there, then choose it again
recording-error-empty = { $file } is empty: there is no recording in it
recording-error-too-large = { $file } is { $size_mb } MB; MicDoctor reads recordings up to { $limit_mb } MB (a few minutes of video)
recording-error-too-long = { $file } is longer than { $seconds } seconds; a short recording of a sentence or two is enough: record one and try that
recording-error-unknown-format = { $file } is not a recording MicDoctor knows (voice note .opus/.ogg, Voice Memo .m4a, video .mov/.mp4, .wav or .mp3)
recording-error-no-audio = { $file } has no sound track (a video without audio?); record a video with sound, or a Voice Memo
recording-error-unsupported = The sound in { $file } is in a form MicDoctor cannot decode; it may be protected (DRM)
recording-error-corrupt = { $file } is damaged or cut short ({ $what })
analyze-heading = { $file }: { $codec }, { $seconds } s: { $verdicts }
analyze-codec-opus = Opus (voice note)
analyze-codec-aac = AAC (Voice Memo or video)
analyze-codec-alac = Apple Lossless (Voice Memo)
analyze-codec-mp3 = MP3
analyze-codec-pcm = WAV
analyze-codec-other = other sound
analyze-verdict-silent = silent
analyze-verdict-very-quiet = very quiet
analyze-verdict-muffled = muffled
analyze-verdict-clipped = clipped
analyze-verdict-noisy = noisy
analyze-verdict-dropouts = sound drops out
analyze-verdict-clean = clean
analyze-figure-level = speech level
analyze-figure-noise-floor = noise floor
analyze-figure-snr = speech over noise
analyze-figure-silent = time silent
analyze-figure-crest = peaks over speech
analyze-figure-clipped = at full scale
analyze-figure-high-band = 2–4 kHz against 0.3–1 kHz
analyze-figure-dropouts = dropouts
analyze-threshold-below = { $what } below { $value }
analyze-threshold-clipped = clipped below { $crest } with over { $share } at full scale
report-section-recordings = Recordings measured
report-section-microphones = Microphone test
recording-heading = { $label }: { $file } ({ $format }) — { $verdicts }
recording-format = { $codec }, { $seconds } s
recording-column-figure = Figure
recording-column-value = Value
recording-column-threshold = Judged against
recording-column-microphone = Microphone
recording-column-verdict = Verdict
recording-mic-pass = pass
recording-mic-weak = weak
recording-mic-fail = fail
recording-mic-far-quieter = far quieter than the others
recording-mic-quieter = quieter than the others
recording-mic-duller = duller than the others
recording-mics-incomplete = The comparison needs all three recordings; each one so far is judged on its own.
recording-role-failed = The recording that failed
recording-role-bottom = Bottom microphone
recording-role-front = Front microphone
recording-role-rear = Rear microphone
recording-waveform-title = Waveform; grey marks long silences, red marks clipped stretches
recording-meter-title = Speech level against the silent and very quiet thresholds
recording-spectrum-title = Spectrum of the speech; the shaded bands are 0.3–1 kHz and 2–4 kHz
recording-picture-text = { $seconds } s of sound. Speech level { $level } dBFS (very quiet below { $quiet } dBFS). Marked: { $silent ->
    [one] { $silent } long silence
   *[other] { $silent } long silences
} and { $clipped ->
    [one] { $clipped } clipped stretch
   *[other] { $clipped } clipped stretches
}. 2–4 kHz against 0.3–1 kHz: { $high_band } dB; the recording can carry sound up to { $bandwidth } kHz.

cli-bad-date = { $date } is not a date: write it as YYYY-MM-DD, for example 2026-12-01
cli-no-case-store = No case store: give --store FILE, or set case_store in the config file.
cli-learn-no-cases = No confirmed cases yet: learning needs cases with a technician's verdict (micdoctor cases verdict CODE --cause ID --staff NAME, or the staff panel). Nothing was written.
cli-recheck-no-files = Give at least one recording: --bottom, --front or --rear.
cli-recheck-recorded = The microphones of case { $code } were checked again:
cli-pickup-written = Wrote the pickup sheet of case { $code } to { $path }.
cli-contact-off = This shop does not keep customers' names or phone numbers: set customer_contact = true in the config file to allow it.
cli-contact-kept = Kept the customer's contact with case { $code }.
cli-contact-cleared = Cleared the customer's contact from case { $code }.
cli-cases-exported = Exported { $count ->
    [one] { $count } case
   *[other] { $count } cases
} to { $path }.
cli-cases-imported = Imported { $events ->
    [one] { $events } event
   *[other] { $events } events
} ({ $skipped ->
    [one] { $skipped } was already there
   *[other] { $skipped } were already there
}).
cli-verdict-recorded = Recorded the technician's verdict on case { $code }.
cli-case-forgotten = Case { $code } and everything about it is deleted.
cli-unknown-cause = { $cause } is not a cause of { $problem }: use one of { $causes }, or other.
cli-learned-heading = Learned from { $cases ->
    [one] { $cases } confirmed case
   *[other] { $cases } confirmed cases
} ({ $since } to { $until }), the knowledge base worth { $strength } cases; written to { $path }:
report-learned = Priors learned from { $cases ->
    [one] { $cases } case
   *[other] { $cases } cases
} since { $since }
report-case-code-qr = QR code of case { $code }

# Pickup sheet
pickup-title = Pickup sheet
pickup-case = Case { $code } · { $problem } · started { $started }
pickup-device = iPhone: { $device }
pickup-customer = Customer: { $name } · { $phone }
pickup-section-done = What was found and done
pickup-found = Found: { $found }
pickup-done-by = Recorded by { $staff } on { $date }
pickup-no-verdict = The technician has not recorded a finding for this case yet.
pickup-section-microphones = The microphones, before and after the repair
pickup-before = Before
pickup-after = After
pickup-not-checked = not checked
pickup-after-when = Checked again on { $date } (UTC).
pickup-section-signature = Collected by the customer
pickup-signature-text = I have collected my iPhone and seen the microphones checked as above.
pickup-signature = Customer's signature
pickup-date = Date
pickup-something-else = something else (see the note)

## The tests a case ran, for a technician
report-section-tests = Microphone tests
tests-run-line = { $subject }: { $result } — { $text }
tests-run-pass = pass
tests-run-weak = weak
tests-run-fail = fail
tests-run-none = No microphone test was run. Ask the shop to run these first: { $tests }.

## An App Privacy Report read into a case
report-privacy-read = Read an App Privacy Report: { $uses ->
    [one] one WhatsApp use
   *[other] { $uses } WhatsApp uses
}, { $recognised } recognised

report-section-privacy = What the App Privacy Report shows
# The columns of a table of cases (the staff desk, micdoctor cases list).
cases-column-code = Code
cases-column-time = Time
cases-column-problem = Problem
cases-column-outcome = Outcome
cases-column-verdict = Verdict
cases-column-who = Who
cli-cases-none = No cases to list.
