## MicDoctor's App Privacy Report texts (en): reading the report the iPhone saves. English is the reference.
## The path is the one the iPhone shows: Settings › Privacy & Security › App Privacy Report, Share button.

privacy-how-to-save = On the iPhone, open Settings › Privacy & Security › App Privacy Report and tap the Share button at the top.
privacy-error-io = Cannot read { $file } ({ $why }). Check that the file is still there, then choose it again.
privacy-error-empty = { $file } is empty: there is no App Privacy Report in it. { privacy-how-to-save }
privacy-error-too-large = { $file } is bigger than { $limit_mb } MB, so it is not an App Privacy Report (a week's report is a few MB). Check that you chose the right file. { privacy-how-to-save }
privacy-error-not-a-report = { $file } is not an App Privacy Report. { privacy-how-to-save }
privacy-error-old-format = { $file } is an App Privacy Report from a test version of iOS 15 (2021), which MicDoctor cannot read. Update the iPhone, then save the report again. { privacy-how-to-save }

## What a read report shows
privacy-seconds = { $seconds } s
privacy-minutes = { $minutes } min
privacy-hours = { $hours } h { $minutes } min
privacy-weekday = { $day ->
    [0] Mon
    [1] Tue
    [2] Wed
    [3] Thu
    [4] Fri
    [5] Sat
   *[6] Sun
}
privacy-month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
privacy-moment = { $weekday } { $day } { $month } { $time }
privacy-sensor-microphone = microphone
privacy-sensor-camera = camera
privacy-sensor-screen = screen recording
privacy-sensor-none = WhatsApp did not use the { $sensor ->
    [camera] camera
    [microphone] microphone
   *[other] screen recording
}.
privacy-sensor-uses = WhatsApp used the { $sensor ->
    [camera] camera
    [microphone] microphone
   *[other] screen recording
} { $uses ->
    [one] once
   *[other] { $uses } times
} (the longest: { $longest }).
privacy-at-night = { $uses ->
    [one] One use was
   *[other] { $uses } uses were
} at night ({ $from }–{ $to }).
privacy-long = { $uses ->
    [one] One use was
   *[other] { $uses } uses were
} longer than { $minutes } minutes, more than a typical call.
privacy-all-recognised = { $uses ->
    [one] You recognised WhatsApp's only use.
   *[other] You recognised every one of WhatsApp's { $uses } uses.
}
privacy-unrecognised = { $uses ->
    [one] One use is
   *[other] { $uses } uses are
} not ticked as recognised.
privacy-mark-whatsapp = At { $when }, when you saw the dot, WhatsApp was using the microphone or camera.
privacy-mark-no-whatsapp = At { $when }, when you saw the dot, WhatsApp was not using the microphone or camera.
privacy-mark-other = Other apps using the microphone or camera then: { $apps }.
privacy-mark-no-other = No other app was using the microphone or camera then.
privacy-cli-heading = App Privacy Report { $file }:
privacy-skipped-lines = { $lines ->
    [one] One line
   *[other] { $lines } lines
} of the file could not be read and were left out.
privacy-seen-invalid = “{ $time }” is not a time. Give it as 2026-10-15 14:05 (the phone's time) or 2026-10-15T14:05:00+02:00.

## The App Privacy Report window
privacy-whatsapp = WhatsApp
privacy-window-title = App Privacy Report
privacy-stays-here = MicDoctor reads the file on this computer and keeps only WhatsApp's uses and, at the moment you mark, the names of the other apps; nothing else of the file is kept or sent.
privacy-timeline-label = Timeline of microphone and camera use from { $from } to { $to }, { $rows ->
    [one] one row
   *[other] { $rows } rows
}. Click a moment to mark when you saw the dot.
privacy-mark-heading = When did you see the dot?
privacy-mark-label = Date and time (phone's clock)
privacy-mark-set = Mark this moment
privacy-mark-clear = Clear the mark
privacy-mark-unreadable = Write it as 2025-09-04 21:15, or click the timeline.
privacy-shows-heading = What the report shows
privacy-recognise-heading = WhatsApp's uses: tick the ones you recognise
privacy-recognise-hint = A call, a voice note or a video you made. What is left unticked is what you cannot explain.
privacy-use-line = { $when } — { $sensor }, { $duration }
privacy-read-button = Read App Privacy Report…
privacy-read-hint = Read the App Privacy Report file saved on the iPhone: WhatsApp's microphone and camera use over the last 7 days.
privacy-open-button = App Privacy Report
privacy-reading = Reading { $file }…
notice-privacy-unusable = That App Privacy Report could not be used: { $error }
dialog-open-privacy-title = Open an App Privacy Report
dialog-filter-privacy = App Privacy Report
