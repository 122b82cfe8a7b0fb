## MicDoctor's App Privacy Report texts (en): reading the report the iPhone saves. English is the reference.
## The path is the one the iPhone shows: Settings › Privacy & Security › App Privacy Report, Share button.

privacy-how-to-save = On the iPhone, open Settings › Privacy & Security › App Privacy Report and tap the Share button at the top.
privacy-error-io = Cannot read { $file } ({ $why }). Check that the file is still there, then choose it again.
privacy-error-empty = { $file } is empty: there is no App Privacy Report in it. { privacy-how-to-save }
privacy-error-too-large = { $file } is bigger than { $limit_mb } MB, so it is not an App Privacy Report (a week's report is a few MB). Check that you chose the right file. { privacy-how-to-save }
privacy-error-not-a-report = { $file } is not an App Privacy Report. { privacy-how-to-save }
privacy-error-old-format = { $file } is an App Privacy Report from a test version of iOS 15 (2021), which MicDoctor cannot read. Update the iPhone, then save the report again. { privacy-how-to-save }
