//! The upload page, written on the server in the case's language: one card per file the case asks for,
//! each a plain multipart form (it works with no script at all). A small inline script, allowed by the
//! page's nonce alone, sends the file as soon as it is picked and shows a progress bar.

use micdoctor_core::i18n::Language;
use micdoctor_core::recording::{Microphone, RecordingRole};
use micdoctor_core::t;

use crate::settings::Role;

/// What the recording picker accepts. Exact types: iPhone Safari greys Voice Memos out under `audio/*`.
pub const RECORDING_ACCEPT: &str = ".m4a,.opus,.ogg,.mp3,.wav,.mov,.mp4";
/// What the App Privacy Report picker accepts.
pub const REPORT_ACCEPT: &str = ".ndjson,application/x-ndjson";

/// `raw` made safe inside HTML text and double-quoted attributes: the reports' own escaping.
pub use micdoctor_core::report::escape_html as escape;

/// One card on the page.
pub struct Card {
    pub role: Role,
    /// The file arrived already.
    pub done: bool,
    /// The largest file accepted for this role.
    pub limit: u64,
}

/// Everything the page shows.
pub struct PageInput<'a> {
    pub language: Language,
    pub token: &'a str,
    pub case_code: Option<&'a str>,
    pub cards: Vec<Card>,
    /// Whole minutes the link still works (at least 1).
    pub minutes_left: u64,
    /// The Content-Security-Policy nonce of this response.
    pub nonce: &'a str,
}

/// The page's style: big touch targets (56 px and more), the system font, light and dark.
const STYLE: &str = r":root{color-scheme:light dark;--accent:#0b63c4;--ok:#137333;--bad:#b3261e;--line:#c4c7c5;--card:#fff;--page:#f2f4f7;--text:#1b1c1e;--soft:#4a4f55}
@media (prefers-color-scheme:dark){:root{--accent:#8ab4f8;--ok:#81c995;--bad:#f2b8b5;--line:#5f6368;--card:#202124;--page:#131314;--text:#e8eaed;--soft:#bdc1c6}}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--page);color:var(--text);font:18px/1.45 -apple-system,BlinkMacSystemFont,system-ui,'Segoe UI',Roboto,sans-serif}
main,header,footer{max-width:36rem;margin:0 auto;padding:0 16px}
header{padding-top:20px}
.brand{margin:0;font-weight:700;color:var(--accent);letter-spacing:.02em}
.case{margin:2px 0 0;color:var(--soft);font-size:.9rem}
h1{font-size:1.45rem;line-height:1.25;margin:8px 0 6px}
h2{font-size:1.2rem;margin:0 0 6px;display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
p{margin:6px 0}
.intro{color:var(--soft)}
.card{background:var(--card);border:1px solid var(--line);border-radius:16px;padding:16px;margin:16px 0}
.card.done{border-color:var(--ok)}
.badge{display:none;font-size:.85rem;font-weight:700;color:var(--ok)}
.done .badge{display:inline}
.say{border-left:4px solid var(--accent);padding:4px 0 4px 12px;margin:10px 0}
.say q{display:block;font-weight:600;font-size:1.1rem;margin-top:4px}
form{margin:10px 0}
.button{position:relative;display:flex;align-items:center;justify-content:center;min-height:60px;padding:10px 16px;border-radius:14px;border:2px solid var(--accent);background:var(--accent);color:#fff;font-weight:700;font-size:1.08rem;text-align:center;cursor:pointer;width:100%}
@media (prefers-color-scheme:dark){.button{color:#0b1a33}}
.button.second{background:transparent;color:var(--accent)}
.button input{display:block;margin:8px auto 0;font-size:1rem;max-width:100%}
.nojs .button{flex-direction:column}
.send{display:block;width:100%;min-height:56px;margin-top:8px;border-radius:14px;border:2px solid var(--accent);background:transparent;color:var(--accent);font:inherit;font-weight:700}
.js .button input{position:absolute;inset:0;width:100%;height:100%;margin:0;opacity:0;cursor:pointer}
.js .send{display:none}
.busy form{opacity:.5;pointer-events:none}
.status{min-height:0}
progress{display:block;width:100%;height:14px;margin:10px 0 4px;accent-color:var(--accent)}
.msg{font-weight:600}
.msg.ok{color:var(--ok)}
.msg.bad{color:var(--bad)}
details{margin:10px 0;color:var(--soft)}
summary{min-height:44px;display:flex;align-items:center;color:var(--accent);font-weight:600;cursor:pointer}
ol{padding-left:1.3em;margin:4px 0}
li{margin:6px 0}
.note{font-size:.92rem;color:var(--soft)}
footer{padding-bottom:32px;font-size:.9rem;color:var(--soft)}";

/// The page's script: send a picked file at once, with a progress bar, and say what the computer
/// answered. Texts come from the page's own `data-` attributes, never from the script.
const SCRIPT: &str = r"(function(){
var root=document.documentElement;root.className='js';
var body=document.body;
function each(list,f){for(var i=0;i<list.length;i++){f(list[i]);}}
each(document.querySelectorAll('input[type=file]'),function(input){
input.addEventListener('change',function(){
var file=input.files&&input.files[0];if(!file){return;}
var form=input.form;var card=form.closest('.card');
var bar=card.querySelector('progress');var msg=card.querySelector('.msg');
function say(text,kind){msg.textContent=text;msg.className='msg'+(kind?' '+kind:'');}
if(file.size>Number(card.getAttribute('data-limit'))){say(card.getAttribute('data-too-large'),'bad');input.value='';return;}
var data=new FormData();data.append('file',file,file.name);
var xhr=new XMLHttpRequest();xhr.open('POST',form.action);
xhr.setRequestHeader('X-MicDoctor-Upload','1');
card.classList.add('busy');bar.hidden=false;bar.value=0;say(body.getAttribute('data-sending'));
xhr.upload.onprogress=function(e){if(e.lengthComputable&&e.total>0){var p=Math.floor(100*e.loaded/e.total);bar.value=p;say(body.getAttribute('data-sending')+' '+p+'%');}};
xhr.onload=function(){card.classList.remove('busy');input.value='';
if(xhr.status===200){bar.value=100;card.classList.add('done');say(xhr.responseText,'ok');}
else{bar.hidden=true;say(xhr.responseText||body.getAttribute('data-lost'),'bad');}};
xhr.onerror=function(){card.classList.remove('busy');input.value='';bar.hidden=true;say(body.getAttribute('data-lost'),'bad');};
xhr.send(data);
});
});
})();";

fn megabytes(bytes: u64) -> f64 {
    (bytes / (1024 * 1024)) as f64
}

/// The page.
#[must_use]
pub fn render(input: &PageInput<'_>) -> String {
    let lang = input.language;
    let mut cards = String::new();
    for card in &input.cards {
        cards.push_str(&render_card(lang, input.token, card));
    }
    let case = input.case_code.map_or_else(String::new, |code| {
        format!(
            "<p class=\"case\">{}</p>",
            escape(&t!(lang, "bridge-case", code = code))
        )
    });
    format!(
        "<!doctype html>\n<html lang=\"{code}\" class=\"nojs\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"format-detection\" content=\"telephone=no\">\n\
         <title>{title}</title>\n<style nonce=\"{nonce}\">{STYLE}</style>\n</head>\n\
         <body data-sending=\"{sending}\" data-lost=\"{lost}\">\n<header>\n<p class=\"brand\">MicDoctor</p>{case}\n\
         <h1>{heading}</h1>\n<p class=\"intro\">{intro}</p>\n</header>\n<main>\n{cards}</main>\n\
         <footer><p>{footer}</p></footer>\n<script nonce=\"{nonce}\">{SCRIPT}</script>\n</body>\n</html>\n",
        code = lang.code(),
        title = escape(&t!(lang, "bridge-page-title")),
        nonce = input.nonce,
        sending = escape(&t!(lang, "bridge-sending")),
        lost = escape(&t!(lang, "bridge-lost")),
        heading = escape(&t!(lang, "bridge-heading")),
        intro = escape(&t!(lang, "bridge-intro")),
        footer = escape(&t!(
            lang,
            "bridge-footer",
            minutes = input.minutes_left.max(1) as f64
        )),
    )
}

/// A file input inside a big button, and the plain "Send" button a page without script needs.
fn picker(
    lang: Language,
    action: &str,
    label: &str,
    accept: &str,
    capture: Option<&str>,
    second: bool,
) -> String {
    let capture = match capture {
        Some("") => " capture".to_owned(),
        Some(side) => format!(" capture=\"{side}\""),
        None => String::new(),
    };
    format!(
        "<form method=\"post\" enctype=\"multipart/form-data\" action=\"{action}\">\
         <label class=\"button{class}\"><span>{label}</span>\
         <input type=\"file\" name=\"file\" accept=\"{accept}\"{capture}></label>\
         <button class=\"send\" type=\"submit\">{send}</button></form>\n",
        class = if second { " second" } else { "" },
        label = escape(label),
        send = escape(&t!(lang, "bridge-send")),
    )
}

fn render_card(lang: Language, token: &str, card: &Card) -> String {
    let action = |via: &str| format!("/u/{token}/send/{}?via={via}", card.role.slug());
    let film = |label: &str, side: &str| {
        picker(lang, &action("camera"), label, "video/*", Some(side), false)
    };
    let choose = |second: bool| {
        picker(
            lang,
            &action("choose"),
            &t!(lang, "bridge-choose-recording"),
            RECORDING_ACCEPT,
            None,
            second,
        )
    };
    let how_files = format!(
        "<details><summary>{}</summary><ol><li>{}</li><li>{}</li><li>{}</li></ol></details>\n",
        escape(&t!(lang, "bridge-how-files")),
        escape(&t!(lang, "bridge-how-whatsapp")),
        escape(&t!(lang, "bridge-how-voice-memo")),
        escape(&t!(lang, "bridge-how-choose")),
    );
    let photos = format!(
        "<p class=\"note\">{}</p>\n",
        escape(&t!(lang, "bridge-photos-note"))
    );
    let say = format!(
        "<p class=\"say\">{}<q>{}</q></p>\n",
        escape(&t!(lang, "bridge-say")),
        escape(&t!(lang, "bridge-sentence"))
    );
    let (title, what, body) = match card.role {
        Role::Recording(RecordingRole::Failed) => (
            t!(lang, "bridge-item-failed"),
            t!(lang, "bridge-item-failed-what"),
            format!(
                "{}{}{how_files}{photos}",
                film(&t!(lang, "bridge-film-now"), ""),
                choose(true)
            ),
        ),
        Role::Recording(RecordingRole::Microphone(Microphone::Bottom)) => (
            t!(lang, "bridge-item-bottom"),
            t!(lang, "bridge-item-bottom-what"),
            format!("{say}{}{how_files}", choose(false)),
        ),
        Role::Recording(RecordingRole::Microphone(Microphone::Front)) => (
            t!(lang, "bridge-item-front"),
            t!(lang, "bridge-item-front-what"),
            format!(
                "{say}{}{}{photos}",
                film(&t!(lang, "bridge-film-front"), "user"),
                choose(true)
            ),
        ),
        Role::Recording(RecordingRole::Microphone(Microphone::Rear)) => (
            t!(lang, "bridge-item-rear"),
            t!(lang, "bridge-item-rear-what"),
            format!(
                "{say}{}{}{photos}",
                film(&t!(lang, "bridge-film-rear"), "environment"),
                choose(true)
            ),
        ),
        Role::PrivacyReport => (
            t!(lang, "bridge-item-privacy"),
            t!(lang, "bridge-item-privacy-what"),
            picker(
                lang,
                &action("choose"),
                &t!(lang, "bridge-choose-report"),
                REPORT_ACCEPT,
                None,
                false,
            ),
        ),
    };
    format!(
        "<section class=\"card{done}\" id=\"{slug}\" data-limit=\"{limit}\" data-too-large=\"{too_large}\">\n\
         <h2>{title} <span class=\"badge\">{badge}</span></h2>\n<p>{what}</p>\n{body}\
         <div class=\"status\" role=\"status\" aria-live=\"polite\"><progress max=\"100\" value=\"0\" hidden></progress>\
         <p class=\"msg\"></p></div>\n</section>\n",
        done = if card.done { " done" } else { "" },
        slug = card.role.slug(),
        limit = card.limit,
        too_large = escape(&t!(
            lang,
            "bridge-refused-too-large",
            limit_mb = megabytes(card.limit)
        )),
        title = escape(&title),
        badge = escape(&t!(lang, "bridge-sent-badge")),
        what = escape(&what),
    )
}

/// A short page with one message, for a form sent without the script, and for errors.
#[must_use]
pub fn message_page(language: Language, text: &str, back: Option<&str>, nonce: &str) -> String {
    let back = back.map_or_else(String::new, |href| {
        format!(
            "<p><a class=\"send\" href=\"{}\">{}</a></p>",
            escape(href),
            escape(&t!(language, "bridge-back"))
        )
    });
    format!(
        "<!doctype html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style nonce=\"{nonce}\">{STYLE}\n.send{{display:flex;align-items:center;justify-content:center;text-decoration:none}}</style>\n</head>\n\
         <body>\n<header><p class=\"brand\">MicDoctor</p></header>\n<main><section class=\"card\"><h1 class=\"msg\">{text}</h1>{back}</section></main>\n</body>\n</html>\n",
        code = language.code(),
        title = escape(&t!(language, "bridge-page-title")),
        text = escape(text),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_text_and_attributes() {
        assert_eq!(
            escape(r#"<a href="x">&'"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn every_card_posts_to_its_own_role_with_the_exact_types() {
        let cards = Role::ALL
            .into_iter()
            .map(|role| Card {
                role,
                done: false,
                limit: 1000,
            })
            .collect();
        let html = render(&PageInput {
            language: Language::English,
            token: "TOKEN",
            case_code: Some("MD-1"),
            cards,
            minutes_left: 15,
            nonce: "N",
        });
        for role in Role::ALL {
            assert!(html.contains(&format!("action=\"/u/TOKEN/send/{}?via=", role.slug())));
        }
        assert!(html.contains("accept=\"video/*\" capture>"));
        assert!(html.contains("capture=\"user\""));
        assert!(html.contains("capture=\"environment\""));
        assert!(html.contains(&format!("accept=\"{RECORDING_ACCEPT}\"")));
        assert!(html.contains(&format!("accept=\"{REPORT_ACCEPT}\"")));
        assert!(!html.contains("audio/*"));
        assert!(html.contains("<script nonce=\"N\">"));
        assert!(!html.contains("http://") && !html.contains("https://"));
    }
}
