## MicDoctor app texts (en). Ids are shared by every language; English is the reference.

## The notice bar, the "start a new case?" question and what the app says when something goes wrong
## (src/ui/app.rs, src/ui/state.rs, src/ui/prefs.rs).

notice-dismiss = Dismiss
notice-next = Next ({ $count } more)
# $problem: what is wrong with the config file (a sentence without its full stop).
notice-config-problem = { $problem }. MicDoctor is running with its default settings.
notice-last-case-unfit = Your last case does not fit this knowledge base, so it was set aside.
notice-settings-damaged = Your saved settings were damaged, so MicDoctor started with its defaults.
notice-last-case-unreadable = Your last case could not be read back, so it was set aside.
# $fault: a technical description of the fault (English).
notice-fault-desktop = Something went wrong, so MicDoctor went back to the start ({ $fault }).
notice-fault-kiosk = Sorry, something went wrong, so MicDoctor started again. If it happens again, please ask at the counter.
# $code: the case code; $error: why the case log could not be written.
notice-case-not-logged = Case { $code } could not be written to the case store yet ({ $error }); it is kept in memory and written as soon as the store takes it.
notice-case-log-imported = The old case log was moved into the case store { $store }: { $events ->
    [one] { $events } event
   *[other] { $events } events
}.
notice-case-log-not-imported = The old case log could not be moved into the case store: { $error }. It stays where it is and is tried again at the next start.
# $error: why the case cannot go on (a technical description).
notice-case-unworkable = This case cannot be worked on: { $error }
# Printed on the terminal (after "micdoctor: ") before the app stops for good.
app-fault-stopping = the window keeps failing ({ $fault }); stopping. Please report this with the case code.

confirm-start-over-title = Start a new case?
confirm-start-over-body = The answers and fixes of this case will be cleared.
confirm-start-over-yes = Start a new case
confirm-start-over-keep = Keep this case

## Top bar (src/ui/screens/top_bar.rs).

top-bar-home-hover = Back to the start
top-bar-more = More
top-bar-browse-fixes = Browse all fixes
top-bar-questions = Questions & answers
top-bar-start-over = Start over
top-bar-iphone = iPhone:
# The compact names of the two kinds of iPhone, as buttons.
top-bar-face-id = Face ID
top-bar-home-button = Home button
# Hover text of an iPhone-type button: $name and $hint come from the knowledge base.
top-bar-device-hover = { $name }: { $hint }

## Start screen (src/ui/screens/start.rs).

# $title: the journey's title (from the knowledge base).
start-case-still-open = Your case is still open: { $title }
start-continue-case = Continue your case
start-heading = What's going on with your iPhone?
# $name and $hint: the iPhone type and how to recognise it (from the knowledge base).
start-your-phone = Your phone: { $name }. { $hint }
start-browse-fixes = Browse all fixes
start-questions = Questions & answers
start-which-iphone = Which iPhone is it?
start-which-iphone-hint = The steps for closing apps and restarting differ. You can change this at any time at the top.
start-resume-title = Resume your last case?
# $title: the journey's title; $count: answers given so far; $code: the case code.
start-resume-summary = { $title } — { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    } so far, case code { $code }.
start-resume = Resume
start-resume-discard = Discard it

## Symptom picker (src/ui/screens/symptoms.rs).

symptoms-heading = What do you notice?
symptoms-subheading = Pick any that fit — or skip if you're not sure.
symptoms-filter = Filter:
symptoms-filter-hint = type a word, e.g. call
symptoms-clear-filter = Clear filter
symptoms-back = Back
symptoms-skip = Skip — I'm not sure
# $count: how many symptoms are picked (at least 1).
symptoms-continue = Continue with { $count } picked
# The heading of the symptoms that belong to no group.
symptoms-group-other = Other
symptoms-no-match = No symptom matches that filter.

## Browse (src/ui/screens/browse.rs).

browse-back = Back
browse-tab-fixes = All fixes
browse-tab-questions = Questions & answers
browse-search = Search:
browse-search-hint = e.g. offload
# $title: the fix's title (from the knowledge base); $minutes: how long it takes.
browse-fix-heading = { $title } · { $minutes } min
# $items: the names of related entries, already joined with " · ".
browse-related = Related: { $items }
browse-no-match = Nothing matches that search.

## Outcome (src/ui/screens/outcome.rs).

outcome-back = Back to the diagnosis
outcome-start-over = Start over
outcome-save-report = Save report…
outcome-save-report-hover = A printable page, Markdown or JSON of this case
# $title: the fix that worked (from the knowledge base).
outcome-fixed-heading = Fixed by “{ $title }”
# $checks: checks answered; $fixes: fixes tried; $code: the case code.
outcome-fixed-tally = { $checks ->
        [one] { $checks } check
       *[other] { $checks } checks
    } and { $fixes ->
        [one] { $fixes } fix
       *[other] { $fixes } fixes
    } tried. Case code: { $code }
outcome-what-happened = What happened
# $cause and $explanation: the most likely cause and why (from the knowledge base).
outcome-fixed-most-likely = Most likely: { $cause }. { $explanation }
outcome-if-again = If it happens again
# $title: the fix that worked (from the knowledge base).
outcome-try-first = Try “{ $title }” first.
outcome-technician-heading = Take it to a technician
outcome-technician-tell = Tell them
outcome-technician-nothing-yet = You have not answered any questions yet; the technician will start from the beginning.
outcome-home-heading = Nothing more to try at home
outcome-home-found = What you found
outcome-home-nothing-yet = You have not answered any questions yet.
# $cause: the most likely cause (from the knowledge base); $percent: its probability, a whole number.
outcome-most-likely-percent = Most likely: { $cause } — { $percent }%
outcome-case-code = Case code: { $code }
outcome-copy-summary = Copy this summary
outcome-copy-summary-hover = Paste it into a message or a note for the shop

## Desktop menus (src/ui/desktop/menu_bar.rs).

menu-file = File
menu-file-open = Open knowledge base…
menu-file-save-report = Save report…
menu-file-save-report-disabled = Start a case first: the report describes it.
menu-file-quit = Quit
menu-view = View
menu-view-theme = Theme
menu-view-theme-system = Follow the system
menu-view-theme-light = Light
menu-view-theme-dark = Dark
menu-view-text-size = Text size
menu-view-text-small = Small
menu-view-text-normal = Normal
menu-view-text-large = Large
menu-view-text-extra-large = Extra large
menu-help = Help
menu-help-shortcuts = Keyboard shortcuts
menu-help-about = About MicDoctor

## Help › About and Help › Keyboard shortcuts (src/ui/desktop/about.rs).

# $version: the app's version number.
about-version = Version { $version }
about-description = Find out why an iPhone microphone fails in WhatsApp, and the cheapest step that fixes it.
about-kb = Knowledge base
about-kb-version = Its version
about-opened-from = Opened from
about-sources = Facts cited from
# $count: how many sources the knowledge base cites.
about-sources-count = { $count ->
        [one] { $count } source
       *[other] { $count } sources
    }
about-license = License
about-close = Close
shortcuts-title = Keyboard shortcuts
shortcuts-close = Close
shortcuts-open-kb = Open a knowledge base
shortcuts-save-report = Save a report of the case
shortcuts-quit = Quit
shortcuts-larger-text = Larger text
shortcuts-smaller-text = Smaller text
shortcuts-normal-text = Normal text size
shortcuts-this-list = This list
# Key names, as written on a keyboard.
shortcuts-keys-escape = Esc
shortcuts-back = Back one screen, or close a dialog
shortcuts-keys-tab = Tab / Shift+Tab
shortcuts-move = Move between controls
shortcuts-keys-enter = Enter / Space
shortcuts-press = Press the control in focus

## File dialogs and the typed-path prompt (src/ui/desktop/file_dialog.rs, path_prompt.rs, mod.rs).

dialog-open-kb-title = Open a knowledge base
dialog-filter-kb = Knowledge base (JSON)
dialog-save-report-title = Save the report
dialog-filter-html = Printable page (HTML)
dialog-filter-markdown = Markdown
dialog-filter-json = JSON
path-prompt-open = Open
path-prompt-save = Save
path-prompt-no-dialog = No file dialog can be shown on this computer (MicDoctor looks for the desktop portal or the zenity program). Type the file's full path instead.
path-prompt-format-hint = The ending picks the format: .html (printable page), .md (Markdown) or .json.
path-prompt-recording-for = For: { $take }
path-prompt-file-path = File path
path-prompt-cancel = Cancel
# $title: the knowledge base's title; $path: the file it was opened from.
notice-kb-opened = Opened “{ $title }” from { $path }.
# $problems: why its translation files could not be read, joined with "; ".
notice-kb-opened-without-translations = Opened “{ $title }” from { $path }, but not its translations: { $problems }
notice-translations-unusable = Some translations could not be used, so those languages show English: { $problems }
notice-report-saved = Report saved to { $path }.
notice-report-not-saved = The report could not be saved to { $path }: { $error }

## A knowledge base that cannot be used (src/ui/desktop/kb_problems.rs).

kb-problems-title = This knowledge base can't be used
# $source: where the knowledge base in use came from (a file path, or "bundled").
kb-problems-still-using = MicDoctor is still using { $source }.
# $count: how many problems were found; $file: the file that was tried. A list of the problems follows.
kb-problems-found = { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } found in { $file }:
kb-problems-close = Close

## Counter kiosk (src/ui/kiosk/*.rs).

kiosk-idle-title = Are you still there?
# $seconds: whole seconds left.
kiosk-idle-countdown = To keep your answers private, this case will be cleared in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
kiosk-idle-still-here = I'm still here
kiosk-pin-title = Staff PIN
# $tries: tries left before the pad locks for a minute.
kiosk-pin-wrong = Wrong PIN. { $tries ->
        [one] { $tries } try
       *[other] { $tries } tries
    } left before a one-minute lock.
# $seconds: whole seconds until the pad takes PINs again.
kiosk-pin-locked = Too many wrong PINs. Try again in { $seconds } s.
kiosk-pin-clear = Clear
kiosk-pin-ok = OK
kiosk-pin-cancel = Cancel
# For screen readers: how many digits of the PIN are typed.
kiosk-pin-digits-entered = { $count ->
        [one] { $count } digit entered
       *[other] { $count } digits entered
    }
app-fault-unknown = an unknown fault
kiosk-staff-title = Staff
kiosk-staff-no-problems = Nothing has gone wrong since MicDoctor started.
kiosk-staff-problems = What went wrong
kiosk-staff-clear-messages = Clear these messages
kiosk-staff-kb = Knowledge base
# $source: where the knowledge base came from; $version: its version.
kiosk-staff-kb-value = { $source } (version { $version })
kiosk-staff-case-log = Case store
kiosk-staff-case-log-off = off: cases are never written to disk
kiosk-staff-idle-reset = Idle reset
# $idle and $countdown: seconds.
kiosk-staff-idle-reset-value = after { $idle } s without input, then a { $countdown } s countdown
kiosk-staff-config-file = Config file
kiosk-staff-config-none = none (defaults)
kiosk-staff-back = Back to the counter
kiosk-staff-new-case = Start a new case
kiosk-staff-exit = Exit MicDoctor
# Messages for staff. $file: the knowledge base tried; $problems: its problems, joined with "; ".
kiosk-staff-message-kb-unusable = The knowledge base { $file } could not be used, so the bundled one is open: { $problems }
# $fault: a technical description of the fault (English).
kiosk-staff-message-fault = A fault stopped the screen and the case was restarted: { $fault }


menu-file-open-recording = Open recording…
menu-file-open-recording-disabled = Start a case first: the recording becomes part of it.
shortcuts-open-recording = Measure a recording
dialog-open-recording-title = Open a recording
dialog-filter-recordings = Recordings
notice-recording-needs-case = Start a case first: pick what you notice, then drop the recording.
notice-recording-measured = Measured { $file }: { $verdicts }.
notice-recording-unusable = { $error }. Nothing in the case changed.
recording-drop-here = Drop the recording to measure it
about-learned = Learned
notice-learned-unusable = The learned priors in { $path } cannot be used ({ $error }); MicDoctor uses the knowledge base's own.

kiosk-cases-heading = Cases
kiosk-cases-no-store = No case store is set: put case_store in the config file to keep cases.
kiosk-cases-staff-name = Your name
kiosk-cases-search = Find
kiosk-cases-search-hint = a case code (or scan it), or a day YYYY-MM-DD
kiosk-cases-none = No cases found.
kiosk-cases-loading = Loading cases…
kiosk-cases-saving = Saving…
kiosk-cases-case = Case { $code }
kiosk-cases-verdict-was = Recorded so far: { $cause } (by { $staff })
kiosk-cases-other = Something else
kiosk-cases-pick-cause = Choose the cause you found
kiosk-cases-true-cause = What you found
kiosk-cases-note = Note (what you saw, what you did)
kiosk-cases-record = Record the verdict
kiosk-cases-record-needs = Choose the cause and type your name first.
kiosk-cases-recorded = The verdict on case { $code } is recorded.
kiosk-cases-store-unusable = The case store cannot be used: { $error }. Customers can go on; check the file and the drive it is on.
kiosk-cases-no-name = (no name given)
kiosk-pin-name-needed = Type your name too: every staff action is logged with it.
kiosk-cases-working-as = Working as { $name }
kiosk-repair-title = After the repair
kiosk-repair-takes-hint = Check the microphones again: record the same sentence as a Voice Memo (bottom toward the mouth), a front-camera video and a back-camera video, then give the files.
kiosk-repair-bottom = Voice Memo (bottom microphone)
kiosk-repair-front = Front-camera video
kiosk-repair-rear = Back-camera video
kiosk-repair-measure = Measure and keep with the case
kiosk-repair-bad-file = That recording could not be measured: { $error }
kiosk-repair-measuring = Measuring the recordings…
kiosk-repair-measure-stopped = Measuring stopped before it finished ({ $error }). Give the files again.
kiosk-repair-rechecked = The microphones of case { $code } were checked again.
kiosk-repair-contact-hint = The customer's name and phone are kept only because this shop allows it; forgetting the case deletes them.
kiosk-repair-customer-name = Customer's name
kiosk-repair-customer-phone = Phone
kiosk-repair-keep-contact = Keep the contact
kiosk-repair-contact-kept = The contact is kept with case { $code }.
kiosk-repair-sheet = Pickup sheet file
kiosk-repair-write-sheet = Write the pickup sheet
kiosk-repair-sheet-written = The pickup sheet is in { $path }: open it in a browser to print it.
kiosk-repair-sheet-failed = The pickup sheet could not be written: { $error }
kiosk-desk-today = { $count ->
    [0] No cases today yet.
    [one] Today: { $count } case
   *[other] Today: { $count } cases
}
kiosk-desk-found = { $count ->
    [0] No cases found.
    [one] { $count } case found
   *[other] { $count } cases found
}
kiosk-desk-pick-a-case = Open a case from the table (or scan its code) to see it here.
kiosk-desk-device = Model
kiosk-desk-most-likely = Most likely cause
kiosk-desk-history = What the customer answered and tried

outcome-afterwards = Now that it worked
path-prompt-example-kb = /home/you/shop-knowledge.json
path-prompt-example-report = /home/you/micdoctor-report.html
path-prompt-example-recording = /home/you/voice-note.opus
path-prompt-example-privacy = /home/you/App-Privacy-Report.ndjson
about-kb-bundled = Built into MicDoctor (knowledge/iphone-whatsapp.json)
