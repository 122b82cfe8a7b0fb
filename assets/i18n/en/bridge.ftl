## MicDoctor's phone bridge (en): the upload page the customer's iPhone opens from the QR code, the QR
## card in the window, and what the bridge says. English is the reference. iOS names are the ones the
## iPhone shows: Voice Memos, Files, Save to Files, Choose File, Photos; WhatsApp's are Forward and Share.

## The page on the phone.
bridge-page-title = Send to MicDoctor
# $code: the case code, for example MD-7K2Q-9XPA.
bridge-case = Case { $code }
bridge-heading = Send your recording to the computer at the counter
bridge-intro = This page sends files from this iPhone to MicDoctor on the computer in front of you. Nothing is installed, and the files go nowhere else.
# $minutes: whole minutes the link still works.
bridge-footer = The files go only to the computer at the counter, over the shop's Wi-Fi. This page stops working in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, or as soon as everything has arrived.
bridge-item-failed = The recording that failed
bridge-item-failed-what = The WhatsApp voice note, Voice Memo or Camera video in which the sound went wrong. No recording to hand? Film a short video now and talk the way you did in WhatsApp.
bridge-item-bottom = Bottom microphone
bridge-item-bottom-what = Record a Voice Memo with the bottom edge of the iPhone toward your mouth, save it to Files, then choose it here.
bridge-item-front = Front microphone
bridge-item-front-what = Film a video with the front (selfie) camera, talking toward the screen.
bridge-item-rear = Rear microphone
bridge-item-rear-what = Film a video with the back camera, talking toward the back of the iPhone.
bridge-item-privacy = App Privacy Report
bridge-item-privacy-what = { privacy-how-to-save } Choose Save to Files, then come back here and choose the file.
bridge-say = Say this sentence the same way each time, for about 5 seconds:
bridge-sentence = Today I am testing the three microphones of my phone.
bridge-film-now = Film a short video now
bridge-film-front = Film now with the front camera
bridge-film-rear = Film now with the back camera
bridge-choose-recording = Choose a recording
bridge-choose-report = Choose the App Privacy Report
bridge-send = Send
bridge-how-files = How to save a voice note or a Voice Memo to Files
bridge-how-whatsapp = WhatsApp voice note: touch and hold it, tap Forward, tap the Share button at the bottom right, then Save to Files.
bridge-how-voice-memo = Voice Memo: in Voice Memos, tap the recording, tap ••• (More), then Save to Files.
bridge-how-choose = Come back here, tap Choose a recording, then Choose File, and pick the recording in Files.
bridge-photos-note = A video picked from Photos arrives re-encoded by the iPhone, which changes its sound. To judge a microphone, film now or choose the file from Files.
bridge-sending = Sending…
bridge-sent = Sent: see the screen.
bridge-sent-badge = Sent
bridge-back = Back
bridge-lost = The connection was lost. Check that this iPhone is on the shop's Wi-Fi, then try again.
# $limit_mb: the largest file accepted, in MB.
bridge-refused-too-large = This file is larger than { $limit_mb } MB. Choose a shorter recording.
bridge-refused-not-recording = This file is not a recording MicDoctor can measure. Choose a WhatsApp voice note (.opus), a Voice Memo (.m4a) or a video (.mov, .mp4).
bridge-refused-not-report = This file is not an App Privacy Report. { privacy-how-to-save }
bridge-refused-empty = This file is empty. Choose another one.
bridge-refused-no-file = Choose a file first.
bridge-refused-busy = Another phone is sending this one right now. Wait until it is done, then try again.
bridge-refused-by-staff = The person at the counter stopped this upload.
bridge-refused-not-asked = MicDoctor is not waiting for this file. Look at the screen.
bridge-failed-stalled = Nothing arrived for too long, so the upload stopped. Move closer to the shop's Wi-Fi, then try again.
bridge-failed-too-slow = The upload took too long and was stopped. Try a shorter recording.
# $why: the system's reason, for the staff.
bridge-failed-storage = The computer could not store the file ({ $why }). Tell the person at the counter.
bridge-failed-closed = MicDoctor closed the link before the file arrived.
bridge-not-found = This link does not work (any more). Scan the code on MicDoctor's screen again.
# $minutes: whole minutes before this phone may try again.
bridge-too-many-tries = Too many wrong links from this phone. Wait { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, then scan the code on MicDoctor's screen again.

## The QR card in the window.
bridge-card-title = Send from the iPhone
bridge-card-scan = Open the Camera on the iPhone, point it at the code, and tap the link that appears.
# $ssid: the shop's Wi-Fi name.
bridge-card-wifi = First join the shop's Wi-Fi: scan this code, or choose { $ssid } in Settings › Wi-Fi.
bridge-card-same-network = The iPhone must be on the same Wi-Fi as this computer, not on mobile data.
bridge-card-macos = On a Mac, the first time: when macOS asks whether MicDoctor may accept incoming network connections, choose Allow.
# $port: the TCP port the page is offered on.
bridge-card-firewall = Nothing arrives? This computer's firewall may block the page: allow incoming TCP port { $port }.
# $address: the address and port the page is offered on, for example 192.168.1.20:8765.
bridge-card-nothing-arrives = Check that the iPhone is on the shop's Wi-Fi, that the page opened, and that its address begins with { $address }.
# $minutes: whole minutes the code still works.
bridge-card-expires = The code works for { $minutes ->
        [one] { $minutes } more minute
       *[other] { $minutes } more minutes
    }.
bridge-qr-title = QR code with the address of the upload page
bridge-wifi-qr-title = QR code that joins the Wi-Fi { $ssid }
bridge-status-waiting = Waiting for the iPhone…
bridge-status-page-opened = The iPhone opened the page.
bridge-status-receiving = Receiving…
bridge-status-received = Received.
bridge-status-from-photos = This video came from Photos, re-encoded by the iPhone: its sound is less reliable for judging a microphone. Filming now or choosing the file from Files is better.
bridge-status-all-received = Everything asked for has arrived.
bridge-status-expired = The code has expired. Make a new one to send more.
bridge-status-locked-out = A phone tried too many wrong links and is locked out for a while.
bridge-open = Send from the iPhone…
bridge-close = Stop receiving
bridge-card-address = Or type this address in Safari on the iPhone:
bridge-card-help = Nothing arrives?
bridge-refuse = Refuse
bridge-open-hint = Show a code the customer's iPhone scans to send its recordings here, with no app.
bridge-open-privacy-hint = Show a code the customer's iPhone scans to send its App Privacy Report here, with no app.
bridge-privacy-window-title = App Privacy Report from the iPhone
bridge-privacy-card-how = { privacy-how-to-save } Choose Save to Files. Then, on the page the code opens, tap Choose the App Privacy Report: when it arrives, its window opens here.

## The bridge's errors, for the staff.
bridge-error-no-network = This computer is not on a network, so the iPhone cannot reach it. Join the shop's Wi-Fi or network, then try again.
# $address: the address set in the config file.
bridge-error-unspecified = The phone bridge will not listen on every network ({ $address }). Set the shop network's address in the config file.
# $address: address and port; $why: the system's reason.
bridge-error-bind = The phone bridge cannot listen on { $address } ({ $why }). Another program may use that port, or the address is not this computer's.
bridge-error-system = The phone bridge cannot start ({ $why }).
