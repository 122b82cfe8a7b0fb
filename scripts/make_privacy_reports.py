#!/usr/bin/env python3
"""Writes the App Privacy Report fixtures of crates/micdoctor-core/tests/fixtures/privacy/: NDJSON files
shaped like the ones an iPhone saves (Settings › Privacy & Security › App Privacy Report › Share), with a
fixed seed, so the same files come out each time. Python 3 standard library only.

    scripts/make_privacy_reports.py                  # the committed fixtures
    scripts/make_privacy_reports.py --big FILE MB    # a report of about MB megabytes, mostly network lines
                                                     # (the memory measurement of docs/privacy-report.md)

The WhatsApp uses of each fixture are written out below, so the tests' expectations can be worked by
hand; other apps' uses and the network lines are drawn from the seeded generator. The format, as Apple
documents it ("Inspecting app activity data"): one JSON object a line; access lines with accessor,
category, identifier (a UUID shared by a use's begin and end), kind (intervalBegin/intervalEnd), timeStamp
and type "access", keys sorted; network lines with domain, firstTimeStamp, context, timeStamp, domainType,
initiatedType, hits, type "networkActivity", domainOwner and bundleID, in that order.
"""
import json
import pathlib
import random
import sys
import uuid
from datetime import datetime, timedelta, timezone

OUT = pathlib.Path(__file__).resolve().parent.parent / "crates/micdoctor-core/tests/fixtures/privacy"
SEED = 20250907

WHATSAPP = "net.whatsapp.WhatsApp"
CAMERA = "com.apple.camera"
INSTAGRAM = "com.burbn.instagram"
ZOOM = "us.zoom.videomeetings"
VOICE_MEMOS = "com.apple.VoiceMemos"
MAPS = "com.apple.Maps"
SAFARI = "com.apple.mobilesafari"

# Lisbon: summer time (WEST, +01:00) until 2025-10-26 02:00, then winter time (WET, +00:00).
SUMMER = timezone(timedelta(hours=1))
WINTER = timezone.utc

DOMAINS = {
    WHATSAPP: [("g.whatsapp.net", "WhatsApp LLC"), ("mmg.whatsapp.net", "WhatsApp LLC"),
               ("static.whatsapp.net", "WhatsApp LLC"), ("pps.whatsapp.net", "WhatsApp LLC")],
    INSTAGRAM: [("i.instagram.com", "Facebook, Inc."), ("graph.instagram.com", "Facebook, Inc."),
                ("scontent.cdninstagram.com", "Facebook, Inc."), ("graph.facebook.com", "Facebook, Inc.")],
    ZOOM: [("zoom.us", "Zoom Video Communications, Inc."), ("us04web.zoom.us", "Zoom Video Communications, Inc."),
           ("log.zoom.us", "Zoom Video Communications, Inc.")],
    MAPS: [("gsp-ssl.ls.apple.com", "Apple Inc."), ("gspe19-ssl.ls.apple.com", "Apple Inc.")],
    SAFARI: [("www.example.com", ""), ("fonts.gstatic.com", "Google LLC"),
             ("www.google-analytics.com", "Google LLC"), ("cdn.jsdelivr.net", "")],
    CAMERA: [("gateway.icloud.com", "Apple Inc.")],
    VOICE_MEMOS: [("gateway.icloud.com", "Apple Inc.")],
}


def stamp(moment, zulu=False):
    """2025-09-01T07:00:00.000+01:00, or 2025-09-01T06:00:00Z (no fraction) when zulu."""
    if zulu:
        return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return moment.isoformat(timespec="milliseconds")


class Report:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.lines = []  # (sort key, text)

    def uid(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4)).upper()

    def access(self, app, category, identifier, kind, moment, zulu=False, extra=None):
        record = {
            "accessor": {"identifier": app, "identifierType": "bundleID"},
            "category": category,
            "identifier": identifier,
            "kind": kind,
            "timeStamp": stamp(moment, zulu),
            "type": "access",
        }
        if extra:
            record.update(extra)
            record = dict(sorted(record.items()))
        return self.add(moment, json.dumps(record, separators=(",", ":"), ensure_ascii=False))

    def use(self, app, category, begin, end, **kw):
        identifier = self.uid()
        self.access(app, category, identifier, "intervalBegin", begin, **kw)
        self.access(app, category, identifier, "intervalEnd", end, **kw)
        return identifier

    def network(self, app, moment):
        domain, owner = self.rng.choice(DOMAINS[app])
        first = moment - timedelta(seconds=self.rng.randrange(0, 6 * 86400))
        record = {
            "domain": domain,
            "firstTimeStamp": stamp(first),
            "context": "" if app != SAFARI else "www.example.com",
            "timeStamp": stamp(moment),
            "domainType": 1 if "analytics" in domain or "graph" in domain else 2,
            "initiatedType": "NonAppInitiated" if app == SAFARI else "AppInitiated",
            "hits": self.rng.randrange(1, 400),
            "type": "networkActivity",
            "domainOwner": owner,
            "bundleID": app,
        }
        return self.add(moment, json.dumps(record, separators=(",", ":")))

    def add(self, moment, text):
        self.lines.append((moment.astimezone(timezone.utc), len(self.lines), text))
        return text

    def raw(self, moment, text):
        self.lines.append((moment.astimezone(timezone.utc), len(self.lines), text))

    def random_uses(self, app, category, count, days, offset, minutes=(1, 20)):
        """`count` uses of `category` by `app`, on the given days between 08:00 and 21:00 local."""
        for _ in range(count):
            day = self.rng.choice(days)
            begin = day.replace(tzinfo=offset) + timedelta(seconds=self.rng.randrange(8 * 3600, 21 * 3600),
                                                           milliseconds=self.rng.randrange(1000))
            end = begin + timedelta(seconds=self.rng.randrange(minutes[0] * 60, minutes[1] * 60),
                                    milliseconds=self.rng.randrange(1000))
            self.use(app, category, begin, end)

    def random_network(self, count, days, offset, apps=tuple(DOMAINS)):
        for _ in range(count):
            day = self.rng.choice(days)
            moment = day.replace(tzinfo=offset) + timedelta(seconds=self.rng.randrange(8 * 3600, 21 * 3600),
                                                            milliseconds=self.rng.randrange(1000))
            self.network(self.rng.choice(apps), moment)

    def text(self, sort=True, bom=False):
        lines = sorted(self.lines) if sort else self.lines
        body = "\n".join(text for _, _, text in lines) + "\n"
        return ("\ufeff" if bom else "") + body


def at(day, hh, mm, ss=0, ms=0, offset=SUMMER):
    return datetime(2025, 9, day, hh, mm, ss, ms * 1000, tzinfo=offset)


WEEK = [datetime(2025, 9, d) for d in range(1, 8)]


def normal_week():
    """Mon 1 – Sun 7 September 2025, Lisbon summer time. WhatsApp: 8 microphone uses (calls, voice notes
    and a video call's sound), 2 camera uses; other apps 17 uses; 120 network lines, interleaved."""
    r = Report(SEED + 1)
    r.use(MAPS, "location", at(1, 7, 0), at(1, 7, 3))  # the report's first moment
    # WhatsApp, by hand: (begin, end) of each use.
    r.use(WHATSAPP, "microphone", at(1, 12, 30), at(1, 12, 30, 42))            # voice note, 42 s
    r.use(WHATSAPP, "microphone", at(1, 19, 5, 10, 250), at(1, 19, 17, 40, 750))  # call, 750.5 s
    r.use(WHATSAPP, "microphone", at(2, 8, 15), at(2, 8, 15, 20))              # voice note, 20 s
    r.use(WHATSAPP, "microphone", at(2, 20, 0), at(2, 20, 25))                 # video call, 1500 s
    r.use(WHATSAPP, "camera", at(2, 20, 0, 1), at(2, 20, 24, 59))              # its camera, 1498 s
    r.use(WHATSAPP, "microphone", at(3, 13, 0), at(3, 13, 1, 5))               # voice note, 65 s
    r.use(WHATSAPP, "microphone", at(4, 18, 0), at(4, 18, 5))                  # call, 300 s
    r.use(WHATSAPP, "camera", at(5, 10, 10, 10), at(5, 10, 10, 40))            # a photo, 30 s
    r.use(WHATSAPP, "microphone", at(6, 22, 45), at(6, 22, 45, 30))            # voice note, 30 s
    r.use(WHATSAPP, "microphone", at(7, 9, 0), at(7, 9, 9))                    # call, 540 s
    # Other apps, Monday to Saturday between 08:00 and 21:50: 3 + 4 + 4 + 2 + 2 uses, and Maps's two by
    # hand: 17 uses. With WhatsApp's 10, 54 access lines.
    days = WEEK[:-1]
    r.random_uses(CAMERA, "camera", 3, days, SUMMER, (0, 3))
    r.random_uses(INSTAGRAM, "camera", 2, days, SUMMER, (0, 5))
    r.random_uses(INSTAGRAM, "microphone", 2, days, SUMMER, (0, 5))
    r.random_uses(ZOOM, "microphone", 2, days, SUMMER, (20, 50))
    r.random_uses(ZOOM, "camera", 2, days, SUMMER, (20, 50))
    r.random_uses(VOICE_MEMOS, "microphone", 2, days, SUMMER, (1, 10))
    r.random_uses(MAPS, "location", 2, days, SUMMER, (5, 40))
    r.use(MAPS, "location", at(7, 21, 20), at(7, 21, 30))  # the report's last moment
    r.random_network(120, WEEK, SUMMER)
    return r.text()


def whatsapp_night():
    """WhatsApp's microphone at 03:00 local for 40 minutes, between two daytime uses."""
    r = Report(SEED + 2)
    r.use(WHATSAPP, "microphone", at(2, 18, 0), at(2, 18, 0, 30))   # voice note, 30 s
    r.use(WHATSAPP, "microphone", at(3, 3, 0), at(3, 3, 40))        # 03:00–03:40, nobody awake
    r.use(WHATSAPP, "microphone", at(3, 12, 0), at(3, 12, 10))      # call, 10 min
    r.use(ZOOM, "microphone", at(3, 10, 0), at(3, 10, 45))
    r.random_network(30, WEEK[1:3], SUMMER)
    return r.text()


def marked_moment():
    """The person saw the dot on Thursday 4 September at 21:15:00 (+01:00)."""
    r = Report(SEED + 3)
    r.use(MAPS, "location", at(4, 20, 0), at(4, 20, 5))
    r.use(CAMERA, "camera", at(4, 21, 0), at(4, 21, 5))                     # over before: not there
    r.use(VOICE_MEMOS, "microphone", at(4, 21, 10), at(4, 21, 14))          # ends 1 min before: there
    r.use(INSTAGRAM, "microphone", at(4, 21, 14, 30), at(4, 21, 16))        # across the moment: there
    r.use(WHATSAPP, "microphone", at(4, 21, 15, 30), at(4, 21, 15, 45))     # WhatsApp too
    r.use(MAPS, "location", at(4, 21, 14), at(4, 21, 20))                   # not a dot
    r.use(ZOOM, "screenRecording", at(4, 21, 15), at(4, 21, 17),
          extra={"broadcaster": {"identifier": "com.apple.springboard", "identifierType": "bundleID"}})
    r.use(ZOOM, "camera", at(4, 21, 16, 0, 500), at(4, 21, 20))             # 1 min 0.5 s after: not
    r.use(WHATSAPP, "camera", at(4, 22, 0), at(4, 22, 1))
    r.random_network(20, [datetime(2025, 9, 4)], SUMMER)
    return r.text()


def dst_week():
    """22–28 October 2025 in Lisbon: clocks go back on Sunday 26 at 02:00 (+01:00) to 01:00 (+00:00)."""
    r = Report(SEED + 4)
    oct_ = lambda d, hh, mm, off: datetime(2025, 10, d, hh, mm, tzinfo=off)  # noqa: E731
    r.use(MAPS, "location", oct_(22, 8, 0, SUMMER), oct_(22, 8, 10, SUMMER))
    r.use(WHATSAPP, "microphone", oct_(25, 21, 0, SUMMER), oct_(25, 21, 10, SUMMER))   # 10 min
    # Begins at 01:50 summer time (00:50 UTC), ends at 01:10 winter time (01:10 UTC): 20 minutes.
    r.use(WHATSAPP, "microphone", oct_(26, 1, 50, SUMMER), oct_(26, 1, 10, WINTER))
    r.use(WHATSAPP, "microphone", oct_(27, 9, 0, WINTER), oct_(27, 9, 5, WINTER))      # 5 min
    r.use(INSTAGRAM, "camera", oct_(27, 12, 0, WINTER), oct_(27, 12, 3, WINTER))
    r.use(MAPS, "location", oct_(28, 19, 0, WINTER), oct_(28, 19, 30, WINTER))
    days = [datetime(2025, 10, d) for d in range(22, 26)]
    r.random_network(15, days, SUMMER)
    r.random_network(15, [datetime(2025, 10, d) for d in range(26, 29)], WINTER)
    return r.text()


def pitfalls():
    """Every pitfall of real files at once; the expectations are in tests/privacy_report.rs."""
    r = Report(SEED + 5)
    lines = []
    add = lines.append
    wa_mic = lambda ident, kind, moment, **kw: r.access(WHATSAPP, "microphone", ident, kind, moment, **kw)  # noqa: E731
    # 1. An end whose begin aged out (first line, after the BOM): it starts at the report's first moment.
    add(wa_mic("0A000000-0000-4000-8000-00000000000A", "intervalEnd", at(1, 7, 30)))
    # 2. The report's first moment: a location use's end.
    add(r.access(MAPS, "location", "0B000000-0000-4000-8000-00000000000B", "intervalEnd", at(1, 7, 0)))
    # 3–6. A use whose begin and end are each written twice, exactly.
    begin = wa_mic("0C000000-0000-4000-8000-00000000000C", "intervalBegin", at(1, 9, 0))
    end = wa_mic("0C000000-0000-4000-8000-00000000000C", "intervalEnd", at(1, 9, 2))
    lines += [begin, begin, end, end]
    # 7–9. Begun twice: the earlier begin counts.
    cam = lambda kind, moment: r.access(WHATSAPP, "camera", "0D000000-0000-4000-8000-00000000000D", kind, moment)  # noqa: E731
    lines += [cam("intervalBegin", at(2, 10, 0)), cam("intervalBegin", at(2, 10, 0, 5)),
              cam("intervalEnd", at(2, 10, 3))]
    add(r.network(WHATSAPP, at(2, 11, 0)))
    # 10–11. Zero length.
    add(wa_mic("0E000000-0000-4000-8000-00000000000E", "intervalBegin", at(2, 12, 0)))
    add(wa_mic("0E000000-0000-4000-8000-00000000000E", "intervalEnd", at(2, 12, 0)))
    # 12–13. A Team ID before the bundle identifier.
    for kind, moment in [("intervalBegin", at(3, 14, 0)), ("intervalEnd", at(3, 14, 1))]:
        add(r.access("5Q4J53EFRC.com.example.recorder", "microphone", "0F000000-0000-4000-8000-00000000000F",
                     kind, moment))
    add("this is not JSON {")
    # 14–15. UTC with a Z and no fraction.
    add(wa_mic("10000000-0000-4000-8000-000000000010", "intervalBegin", at(3, 16, 0), zulu=True))
    add(wa_mic("10000000-0000-4000-8000-000000000010", "intervalEnd", at(3, 16, 4), zulu=True))
    add(r.network(INSTAGRAM, at(3, 17, 0)))
    # 16–17. Keys in another order, and keys MicDoctor does not know.
    for kind, moment in [("intervalBegin", at(4, 16, 0)), ("intervalEnd", at(4, 16, 6))]:
        record = {"type": "access", "timeStamp": stamp(moment), "outOfProcess": True, "accessCount": 2,
                  "kind": kind, "identifier": "11000000-0000-4000-8000-000000000011",
                  "futureKey": {"nested": [1, 2, {"deeper": None}]}, "category": "microphone",
                  "accessor": {"identifierType": "bundleID", "identifier": WHATSAPP}}
        add(json.dumps(record, separators=(",", ":")))
    add("[1, 2, 3]")
    add('{"type":"access","category":"microphone"}')
    add("")
    # 18–19. Screen recording, with its broadcaster.
    springboard = {"broadcaster": {"identifier": "com.apple.springboard", "identifierType": "bundleID"}}
    for kind, moment in [("intervalBegin", at(5, 20, 0)), ("intervalEnd", at(5, 20, 2))]:
        add(r.access(WHATSAPP, "screenRecording", "12000000-0000-4000-8000-000000000012", kind, moment,
                     extra=springboard))
    add(r.network(ZOOM, at(6, 9, 0)))
    # 20. Begun, never ended: still in use when the report was saved.
    add(wa_mic("13000000-0000-4000-8000-000000000013", "intervalBegin", at(7, 21, 0)))
    # 21–22. The report's last moment (a CRLF line end on the first of them).
    add(r.access(MAPS, "location", "14000000-0000-4000-8000-000000000014", "intervalBegin", at(7, 21, 25)) + "\r")
    add(r.access(MAPS, "location", "14000000-0000-4000-8000-000000000014", "intervalEnd", at(7, 21, 30)))
    # A network line later than every access line: network times are never read.
    add(r.network(SAFARI, at(7, 22, 0)))
    add(r.network(MAPS, at(7, 22, 5)))
    return "\ufeff" + "\n".join(lines) + "\n"


def old_beta():
    """The iOS 15 beta format (June 2021): access lines with stream/tccService/timestamp/version, marker
    lines, then the network records as one pretty-printed JSON document keyed by app."""
    r = Report(SEED + 6)
    lines = []
    for moment, service, kind in [(datetime(2021, 6, 9, 14, 19, 48, 270000, tzinfo=timezone(timedelta(hours=-5))),
                                   "kTCCServiceMicrophone", "intervalBegin"),
                                  (datetime(2021, 6, 9, 14, 21, 2, 5000, tzinfo=timezone(timedelta(hours=-5))),
                                   "kTCCServiceMicrophone", "intervalEnd"),
                                  (datetime(2021, 6, 9, 15, 0, 0, 0, tzinfo=timezone(timedelta(hours=-5))),
                                   "kTCCServiceAddressBook", "event")]:
        lines.append(json.dumps({"stream": "com.apple.privacy.accounting.stream.tcc",
                                 "accessor": {"identifier": WHATSAPP, "identifierType": "bundleID"},
                                 "tccService": service, "identifier": r.uid(), "kind": kind,
                                 "timestamp": stamp(moment), "version": 3}, separators=(",", ":")))
    lines.append(json.dumps({"category": "camera", "accessor": {"identifier": CAMERA, "identifierType": "bundleID"},
                             "identifier": r.uid(), "kind": "intervalBegin",
                             "timestamp": "2021-06-10T09:00:00.000-05:00"}, separators=(",", ":")))
    lines.append('{"version":2,"recordType":"access","exportTimestamp":"2021-06-11T13:46:18.386-05:00",'
                 '"_marker":"<metadata>"}')
    lines.append('{"_marker":"<end-of-section>"}')
    domains = {WHATSAPP: [{"domain": "g.whatsapp.net", "effectiveUserId": 501, "domainType": 2,
                           "timeStamp": "2021-06-11T18:40:11Z", "hasApp.bundleName": WHATSAPP, "context": "",
                           "hits": 57, "domainOwner": "", "initiatedType": "AppInitiated",
                           "firstTimeStamp": "2021-06-05T07:12:40Z"}]}
    return "\n".join(lines) + "\n" + json.dumps(domains, indent=2).replace('": ', '" : ') + "\n"


def garbage():
    """Not JSON at all: printable noise and a few stray bytes, as text."""
    rng = random.Random(SEED + 7)
    alphabet = "abcdefghijklmnopqrstuvwxyz{}[]:,\"0123456789 .-"
    return "\n".join("".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 90))) for _ in range(40)) + "\n"


def other_json():
    """JSON lines of another kind of file (here, a log): objects, but no access or network record."""
    rng = random.Random(SEED + 8)
    return "".join(json.dumps({"level": rng.choice(["info", "warn"]), "msg": f"event {n}", "type": "log"},
                              separators=(",", ":")) + "\n" for n in range(25))


def big(path, megabytes):
    """About `megabytes` MB: a week of uses (about 1 in 10 lines) among network lines, as real files are."""
    r = Report(SEED + 9)
    target = megabytes * 1_000_000
    size = 0
    apps = list(DOMAINS)
    while size < target:
        for _ in range(9):
            day = r.rng.choice(WEEK)
            moment = day.replace(tzinfo=SUMMER) + timedelta(seconds=r.rng.randrange(0, 86400))
            size += len(r.network(r.rng.choice(apps), moment)) + 1
        app = r.rng.choice([WHATSAPP, WHATSAPP, INSTAGRAM, ZOOM, CAMERA, VOICE_MEMOS])
        category = "camera" if app == CAMERA else r.rng.choice(["microphone", "camera"])
        day = r.rng.choice(WEEK)
        begin = day.replace(tzinfo=SUMMER) + timedelta(seconds=r.rng.randrange(0, 86000))
        r.use(app, category, begin, begin + timedelta(seconds=r.rng.randrange(0, 1800)))
        size += 2 * 230
    pathlib.Path(path).write_text(r.text(sort=False), encoding="utf-8")


FIXTURES = {
    "normal_week.ndjson": normal_week,
    "whatsapp_night.ndjson": whatsapp_night,
    "marked_moment.ndjson": marked_moment,
    "dst_week.ndjson": dst_week,
    "pitfalls.ndjson": pitfalls,
    "old_beta.ndjson": old_beta,
    "garbage.ndjson": garbage,
    "other_json.ndjson": other_json,
    "empty.ndjson": lambda: "",
}


def main():
    if sys.argv[1:2] == ["--big"]:
        big(sys.argv[2], int(sys.argv[3]))
        return
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in FIXTURES.items():
        # newline="" keeps the one CRLF of pitfalls.ndjson as written.
        with open(OUT / name, "w", encoding="utf-8", newline="") as file:
            file.write(make())
    print(f"wrote {len(FIXTURES)} fixtures to {OUT}")


if __name__ == "__main__":
    main()
