#!/usr/bin/env python3
"""Blind set 508: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Snap and Pinterest without requests).

Deterministic: `python3 tests/corpus/blind508/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning alone, before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind508"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/night_ledger77/status/1830411122334455667",   # x1
    "https://x.com/night_ledger77/status/1830411122334455668",   # x2
    "https://x.com/pale_orchard_kr/status/1830522233445566778",  # x3
    "https://x.com/pale_orchard_kr/status/1830522233445566779",  # x4
    "https://x.com/bluefinch_0x/status/1830633344556677889",     # x5
    "https://x.com/bluefinch_0x/status/1830633344556677890",     # x6
    "https://x.com/sodam_tapes/status/1830744455667788990",      # x7
    "https://x.com/sodam_tapes/status/1830744455667788991",      # x8
    "https://x.com/mirrorlake_22/status/1830855566778899001",    # x9
    "https://x.com/mirrorlake_22/status/1830855566778899002",    # x10
    "https://x.com/hanri_archive",                               # x11
    "https://x.com/quietpine_fan/status/1830966677889900112",    # x12
]
Y = [
    "https://www.youtube.com/watch?v=Qm7vR2xLp9A",
    "https://www.youtube.com/watch?v=Tz4kW8nBd3E",
    "https://www.youtube.com/shorts/Hc6yJ1uFs0K",
    "https://www.youtube.com/@dalbit_replay",
]
M = [
    "https://www.facebook.com/groups/8812340017/posts/99120034455",
    "https://www.facebook.com/sunrise.deals.kr/posts/pfbid0Zq7Lm3Rt8",
    "https://www.instagram.com/p/C9xTq4LmN2a/",
    "https://www.instagram.com/reel/C9yBw7KpR5d/",
    "https://www.instagram.com/byeolnight_shop/",
]
T = [
    "https://www.tiktok.com/@moonjar_clips/video/7409911223344556677",
    "https://www.tiktok.com/@moonjar_clips/video/7409911223344556678",
    "https://www.tiktok.com/@garam.daily/video/7410022334455667788",
]
R_RAW2 = "https://www.reddit.com/r/seoulnightlife_uncut/comments/1f4ab7z/유출_영상/"
R = [
    "https://www.reddit.com/r/kpopleaks_alt/comments/1f3xk2q/weekly_dump_thread/",
    "https://www.reddit.com/r/seoulnightlife_uncut/comments/1f4ab7z/%EC%9C%A0%EC%B6%9C_%EC%98%81%EC%83%81/",
]
D = ["https://discord.gg/nightmarket3"]
W = ["https://www.twitch.tv/videos/2245566778", "https://www.twitch.tv/ddalgi_live_kr"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X,
     "non_consensual_intimate_imagery", 'largest request, "batch A", 12 posts'),
    ("KCSC-240904-02", "youtube", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00", Y,
     "defamation", ""),
    ("KCSC-240905-03", "meta", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", M,
     "illegal_gambling", "Facebook and Instagram, one notice"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00", T,
     "drug_sale", ""),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", R,
     "non_consensual_intimate_imagery", "Korean slug, stored percent-encoded"),
    ("KCSC-240910-06", "discord", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", D,
     "illegal_gambling", "invite link only"),
    ("KCSC-240911-07", "twitch", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", W,
     "obscene", ""),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, "<%s@kcsc.example>" % mid(ref), note])


def request_text(ref, prefix=""):
    _, plat, _, _, urls, _, _ = REQ[ref]
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "restrict the following content under the Telecommunications Business Act",
        "(our reference %s):" % ref,
        "",
    ]
    lines += ["%d. %s" % (i + 1, u) for i, u in enumerate(urls)]
    lines += ["", "Please reply to this address with the action taken on each URL.", "",
              "KCSC Takedown desk"]
    return "\n".join((prefix + l).rstrip() if prefix else l for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def mk(name, frm, date, subject, outcome, imitates, why, items=None, body=None, raw_mime=None,
       classification=None, review=None, auth="pass", name_from=None, reply_to=None,
       extra_headers=None):
    c = {"name": name, "from": frm, "date": date, "subject": subject, "outcome": outcome,
         "imitates": imitates, "why": why, "items": items or {}}
    if body is not None:
        c["body"] = body
    if raw_mime is not None:
        c["raw_mime"] = raw_mime
    if classification:
        c["classification"] = classification
    if review:
        c["review"] = review
    if auth != "pass":
        c["auth"] = auth
    if name_from:
        c["name_from"] = name_from
    if reply_to:
        c["reply_to_req"] = mid(reply_to)
    if extra_headers:
        c["extra_headers"] = extra_headers
    return c


CASES = []
add = CASES.append

# ====================================================================== X
add(mk("x-withheld-kr-top-posted", "legal-support@x.com", "Thu, 05 Sep 2024 07:12:40 +0000",
       "Re: [KCSC-240903-01] Request to remove content - case 0912-LR-48213", "applied",
       "X legal-removal outcome (country-withheld content) top-posted over the quoted request",
       "three posts named as withheld in Korea; the other nine URLs only appear in the '>' quote",
       {X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
       body="""Hello,

Thank you for your patience. Following review of your request, we have
withheld the following posts in Korea under the applicable local law:

%s
%s
%s

These posts remain viewable outside Korea. The other URLs in your request are
still with our team and we will write to you separately about them.

Regards,
X Legal

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
%s
""" % (X[0], X[1], X[2], request_text("KCSC-240903-01", "> ")),
       classification="confirmation", name_from="X Legal", reply_to="KCSC-240903-01"))

add(mk("x-numbered-outcome-per-url", "legal-support@x.com", "Fri, 06 Sep 2024 02:40:11 +0000",
       "Case 0912-LR-48213 update: KCSC-240903-01", "applied",
       "X legal team per-URL outcome list (removed / withheld in country / no action / not found)",
       "numbered list, status on the indented line under each URL; four different outcomes",
       {X[3]: "removed", X[4]: "restricted", X[5]: "rejected", X[6]: "not_found"},
       body="""Dear KCSC team,

We have completed our review of four of the URLs reported under your
reference KCSC-240903-01. The outcome for each is below.

1. %s
   Removed. The post violated the X Rules on non-consensual nudity and has
   been deleted.

2. %s
   Withheld in: KR (Republic of Korea).

3. %s
   No action taken. We did not find this post to violate the X Rules or
   the Korean law cited in your request, so it remains available.

4. %s
   Not found. We could not locate this post; it was deleted by the account
   holder before our review.

We will update you on the remaining URLs.

X Legal Operations
""" % (X[3], X[4], X[5], X[6]), classification="confirmation", name_from="X Legal"))

add(mk("x-account-suspended", "legal-support@x.com", "Fri, 06 Sep 2024 09:05:00 +0000",
       "Your report KCSC-240903-01 (account)", "applied",
       "X notice that a reported account was permanently suspended",
       "a suspended account is no longer visible: the account URL is removed",
       {X[10]: "removed"},
       body="""Hello,

Regarding your report KCSC-240903-01: the account https://x.com/hanri_archive
has been permanently suspended for repeated violations of the X Rules. Its
profile and posts are no longer visible on X.

Our review of the other URLs in your report is ongoing.

X Legal
""", classification="confirmation", name_from="X Legal"))

X_HTML = """<html><body>
<p>Hello,</p>
<p>Please find below the actions taken on the following items from your request KCSC-240903-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th><th>Notes</th></tr>
<tr><td>%s</td><td>Withheld</td><td>KR</td><td>Local law</td></tr>
<tr><td>%s</td><td>Withheld</td><td>KR</td><td>Local law</td></tr>
<tr><td>%s</td><td>Removed</td><td>Global</td><td>X Rules violation (sensitive media)</td></tr>
<tr><td>%s</td><td>No action</td><td>&mdash;</td><td>Not in violation of the X Rules or local law</td></tr>
</table>
<p>For more information on country-withheld content see <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our help page</a>.</p>
<p>X Legal</p>
</body></html>
""" % (X[7], X[8], X[9], X[11])
X_PLAIN = """Hello,

Please find below the actions taken on the following items from your request KCSC-240903-01.

Reported URL | Action | Scope | Notes
%s | Withheld | KR | Local law
%s | Withheld | KR | Local law
%s | Removed | Global | X Rules violation (sensitive media)
%s | No action | - | Not in violation of the X Rules or local law

For more information on country-withheld content see https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""" % (X[7], X[8], X[9], X[11])
add(mk("x-html-table-qp", "legal-support@x.com", "Mon, 09 Sep 2024 03:22:09 +0000",
       "Re: [KCSC-240903-01] Request to remove content", "applied",
       "X legal reply as an HTML table (multipart/alternative, quoted-printable)",
       "table rows: two withheld in KR, one removed, one 'No action' with no-violation note; help link is no item",
       {X[7]: "restricted", X[8]: "restricted", X[9]: "removed", X[11]: "rejected"},
       raw_mime="""Content-Type: multipart/alternative; boundary="b508-x-alt"

--b508-x-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

%s
--b508-x-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

%s
--b508-x-alt--
""" % (qp(X_PLAIN), qp(X_HTML)), classification="confirmation", name_from="X Legal",
       reply_to="KCSC-240903-01"))

X_CSV_ROWS = [
    ("url", "action", "country", "notes"),
    (X[0], "withheld", "KR", "local law"),
    (X[1], "withheld", "KR", "local law"),
    (X[2], "withheld", "KR", "local law"),
    (X[3], "removed", "global", "X Rules violation"),
    (X[4], "withheld", "KR", "local law"),
    (X[5], "no_action", "", "no violation found"),
    (X[6], "not_found", "", "post deleted by user before review"),
    (X[7], "withheld", "KR", "local law"),
    (X[8], "withheld", "KR", "local law"),
    (X[9], "removed", "global", "X Rules violation"),
    (X[10], "suspended", "global", "account suspended"),
    (X[11], "no_action", "", "no violation found"),
]
X_CSV = "".join(",".join(r) + "\r\n" for r in X_CSV_ROWS)
add(mk("x-csv-attachment-all-twelve", "legal-support@x.com", "Tue, 10 Sep 2024 05:00:00 +0000",
       "Outcome report - KCSC-240903-01", "applied",
       "X legal-removal outcome report sent as a CSV attachment",
       "one row per URL for all twelve items: withheld, removed, no_action, not_found, suspended",
       {X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "removed",
        X[4]: "restricted", X[5]: "rejected", X[6]: "not_found", X[7]: "restricted",
        X[8]: "restricted", X[9]: "removed", X[10]: "removed", X[11]: "rejected"},
       raw_mime="""Content-Type: multipart/mixed; boundary="b508-x-csv"

--b508-x-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome report for your request KCSC-240903-01 (12 URLs).
"withheld" means the post is not viewable in the listed country;
"no_action" means we found no violation and the post stays up.

X Legal

--b508-x-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

%s
--b508-x-csv--
""" % b64(X_CSV), classification="confirmation", name_from="X Legal"))

add(mk("x-outlook-original-message", "j.pell@x.com", "Wed, 04 Sep 2024 23:31:52 +0000",
       "RE: [KCSC-240903-01] Request to remove content", "applied",
       "Outlook top-posted reply from an X legal operations employee over an unquoted -----Original Message-----",
       "two posts named as withheld in Korea above the original message; the original lists all twelve unquoted",
       {X[4]: "restricted", X[5]: "restricted"},
       body="""Hello,

We have withheld %s and
%s in the Republic of Korea.

Kind regards,
Jordan Pell | Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240903-01] Request to remove content

%s
""" % (X[4], X[5], request_text("KCSC-240903-01")), classification="confirmation",
       name_from="Jordan Pell", reply_to="KCSC-240903-01"))

add(mk("x-wrapped-angle-url", "legal-support@x.com", "Wed, 11 Sep 2024 01:15:30 +0000",
       "KCSC-240903-01: mirrorlake_22", "applied",
       "X legal reply in hard-wrapped plain text with the URL in angle brackets broken across lines",
       "the bracketed URL wraps after 'mirrorlake_22/'; a reader of the mail sees one URL, removed",
       {X[9]: "removed"},
       body="""Hello,

Further to your request KCSC-240903-01, the post at <https://x.com/mirrorlake_22/
status/1830855566778899002> was found to violate the X Rules and has been
removed.

X Legal
""", classification="confirmation", name_from="X Legal"))

add(mk("x-receipt-plus-outcome", "legal-support@x.com", "Tue, 03 Sep 2024 08:44:00 +0000",
       "We received your request - KCSC-240903-01", "applied",
       "X legal intake receipt that also reports one action already taken",
       "acknowledgement wording plus a plain statement that one post is withheld in Korea: not a pure receipt",
       {X[7]: "restricted"},
       body="""Hello,

Thank you for your report. We have received it and opened case 0912-LR-48213.

We have already withheld https://x.com/sodam_tapes/status/1830744455667788991
in Korea. The remaining URLs are being reviewed.

X Legal
""", classification="confirmation", name_from="X Legal"))

add(mk("x-promise-to-withhold", "legal-support@x.com", "Sat, 07 Sep 2024 04:10:00 +0000",
       "Re: [KCSC-240903-01] notice period", "review",
       "X legal notice that content will be withheld after the account holder's notice period",
       "a promise ('will be withheld once ... ends') is no statement: items stay pending",
       {X[8]: "pending", X[11]: "pending"}, review="not_understood",
       body="""Hello,

We intend to withhold the following posts in Korea:

- %s
- %s

The account holders have been notified as required by our policy. The posts
will be withheld once the 24-hour notice window ends, unless the account
holders remove them first.

X Legal
""" % (X[8], X[11]), name_from="X Legal", reply_to="KCSC-240903-01"))

add(mk("x-ooo-legal-ops", "j.pell@x.com", "Tue, 03 Sep 2024 01:00:05 +0000",
       "Automatic reply: [KCSC-240903-01] Request to remove content", "ignored",
       "Outlook out-of-office automatic reply from an X employee",
       "out-of-office auto-reply, ignored even though it comes from X",
       {}, classification="auto_reply", name_from="Jordan Pell", reply_to="KCSC-240903-01",
       extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
       body="""I am out of the office until Monday 16 September with limited access to
email. For urgent legal requests please write to legal@x.com.

Jordan Pell
"""))

add(mk("law-firm-for-account-holder", "s.yoon@hanbit-law.example", "Mon, 09 Sep 2024 06:30:00 +0000",
       "KCSC-240903-01 - post deleted by our client", "review",
       "letter from counsel for the account holder saying the client deleted a post",
       "not the platform: unknown sender naming our request and a URL; nothing changes",
       {X[9]: "pending"}, review="unknown_sender", name_from="Seo-yeon Yoon",
       body="""Dear Sir or Madam,

We act for the holder of the X account @mirrorlake_22. On behalf of our
client we inform you that the post
https://x.com/mirrorlake_22/status/1830855566778899002 has been deleted by
our client today.

Our client reserves all rights.

Seo-yeon Yoon
Hanbit Law
"""))

add(mk("google-search-delisting-x-url", "legal-support@google.com", "Thu, 12 Sep 2024 02:02:02 +0000",
       "Google legal removal request [3-1146000022917]", "review",
       "Google legal team reply about delisting a URL from Search (not a YouTube item)",
       "a YouTube-platform sender states a status for an X item: wrong platform",
       {X[6]: "pending"}, review="wrong_platform", name_from="Google Legal Support",
       body="""Hello,

Thanks for your request (your reference KCSC-240903-01).

In response, we have removed the following URL from Google Search results
for users in South Korea:

https://x.com/sodam_tapes/status/1830744455667788990

Please note that this does not remove the content from the website hosting
it. To have the content itself removed, contact the site's owner.

The Google Team
"""))

# ================================================================ YouTube
add(mk("yt-blocked-kr-url-below", "legal-support@google.com", "Thu, 05 Sep 2024 06:18:00 +0000",
       "Re: KCSC-240904-02 [8-7301000041234]", "applied",
       "YouTube legal-removal outcome: content blocked from view in a country",
       "each statement is followed by its URL on the next line; both blocked in South Korea",
       {Y[0]: "restricted", Y[1]: "restricted"},
       body="""Hello,

Thanks for reaching out to us.

After reviewing your request, we have blocked the following content from
view on YouTube in South Korea:
https://www.youtube.com/watch?v=Qm7vR2xLp9A

This video has also been blocked in South Korea:
https://www.youtube.com/watch?v=Tz4kW8nBd3E

Regards,
The YouTube Legal Team
""", classification="confirmation", name_from="YouTube Legal Support", reply_to="KCSC-240904-02"))

add(mk("yt-short-removed-gmail-quote", "legal-support@google.com", "Fri, 06 Sep 2024 01:45:10 +0000",
       "Re: [KCSC-240904-02] Request to remove content", "applied",
       "YouTube Community Guidelines removal notice, URL in angle brackets, Gmail-quoted request below",
       "one Short removed; other URLs only inside the quoted request; policy link is no item",
       {Y[2]: "removed"},
       body="""Hi,

We reviewed the Short you flagged <https://www.youtube.com/shorts/Hc6yJ1uFs0K>
and removed it for violating YouTube's Community Guidelines on harassment and
cyberbullying.

You can read more about this policy here:
https://support.google.com/youtube/answer/2802268

Best,
YouTube Legal Support

On Wed, 4 Sept 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
%s
""" % request_text("KCSC-240904-02", "> "), classification="confirmation",
       name_from="YouTube Legal Support", reply_to="KCSC-240904-02"))

add(mk("yt-channel-terminated-one-kept", "legal-support@google.com", "Mon, 09 Sep 2024 08:00:00 +0000",
       "Update on your request KCSC-240904-02", "applied",
       "YouTube reply: channel terminated, one video left up after review",
       "channel terminated (removed); the video 'will remain available' with reasons (rejected)",
       {Y[3]: "removed", Y[1]: "rejected"},
       body="""Hello,

The channel https://www.youtube.com/@dalbit_replay has been terminated for
severe violations of our Community Guidelines.

Regarding https://www.youtube.com/watch?v=Tz4kW8nBd3E: after careful review
we did not find a violation of our Community Guidelines, and the legal
grounds given in your request are not sufficient for us to block it. The
video will remain available on YouTube.

Regards,
The YouTube Legal Team
""", classification="confirmation", name_from="YouTube Legal Support"))

add(mk("yt-age-restricted-base64", "legal-support@google.com", "Tue, 10 Sep 2024 03:33:03 +0000",
       "KCSC-240904-02 - age restriction applied", "applied",
       "YouTube age-restriction notice, base64-encoded body",
       "video not removed but age-restricted: restricted",
       {Y[0]: "restricted"},
       raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

%s""" % b64("""Hello,

We've reviewed https://www.youtube.com/watch?v=Qm7vR2xLp9A from your request
KCSC-240904-02.

The video doesn't violate our Community Guidelines, but it isn't suitable for
all audiences. We have age-restricted it, so it can no longer be watched by
viewers who are signed out, under 18, or using Restricted Mode.

Regards,
The YouTube Legal Team
"""), classification="confirmation", name_from="YouTube Legal Support"))

add(mk("yt-bilingual-korean-particles", "legal-kr@google.com", "Wed, 11 Sep 2024 07:20:00 +0000",
       "[KCSC-240904-02] 처리 결과 안내 / Outcome", "applied",
       "YouTube Korea legal team bilingual outcome notice (Korean particles and full-width stop after URLs)",
       "one video access-restricted in Korea (접근 제한), one Short deleted (삭제); particles follow the URLs",
       {Y[0]: "restricted", Y[2]: "removed"},
       body="""안녕하세요, 방송통신심의위원회 담당자님.

요청번호 KCSC-240904-02 관련 처리 결과를 알려드립니다.
Here is the outcome of your request KCSC-240904-02.

1) https://www.youtube.com/watch?v=Qm7vR2xLp9A 은(는) 대한민국 내에서 접근이 제한되었습니다.
   (blocked from view in South Korea)
2) https://www.youtube.com/shorts/Hc6yJ1uFs0K는 커뮤니티 가이드 위반으로 삭제되었습니다。
   (removed for violating the Community Guidelines)

감사합니다.
YouTube 법무팀 / YouTube Legal
""", classification="confirmation", name_from="YouTube Legal Korea"))

add(mk("yt-initial-assessment-hedged", "legal-support@google.com", "Fri, 06 Sep 2024 10:10:10 +0000",
       "Re: KCSC-240904-02 [8-7301000041234]", "review",
       "YouTube interim reply with an initial assessment",
       "'appears to violate' and 'may have already been taken down' are hedges: items stay pending",
       {Y[0]: "pending", Y[2]: "pending"}, review="not_understood",
       body="""Hello,

Our initial review indicates that
https://www.youtube.com/watch?v=Qm7vR2xLp9A appears to violate local law;
our legal team is conducting a further review before taking a decision.

The Short https://www.youtube.com/shorts/Hc6yJ1uFs0K may have already been
taken down by the uploader. We are confirming this and will let you know.

Regards,
YouTube Legal Support
""", name_from="YouTube Legal Support", reply_to="KCSC-240904-02"))

add(mk("yt-legal-ticket-receipt", "legal-noreply@google.com", "Wed, 04 Sep 2024 01:31:00 +0000",
       "We received your legal request [8-7301000041234]", "ignored",
       "YouTube/Google legal webform receipt with a case ID",
       "pure acknowledgement of receipt with a case number",
       {}, classification="acknowledgement", name_from="Google Legal",
       body="""Hello,

Thank you for submitting a legal request to YouTube. This email confirms
that we've received it.

Your case ID: 8-7301000041234
Your reference: KCSC-240904-02

We'll review your request and reply to you by email. You don't need to
send it again.

The YouTube Legal Team
"""))

# ================================================================== Meta
add(mk("meta-local-law-bullets", "content-response@meta.com", "Fri, 06 Sep 2024 09:12:00 +0000",
       "Your request KCSC-240905-03 (Meta case 1093847562)", "applied",
       "Meta response to a government request: restricted based on local law / removed under Community Standards",
       "bullets with a dash outcome after each URL; two restricted in Korea, one removed",
       {M[0]: "restricted", M[1]: "restricted", M[2]: "removed"},
       body="""Reference: KCSC-240905-03 / Meta case 1093847562

Hello,

We have completed our review of part of your request.

\u2022 %s \u2014 access restricted in South Korea based on local law.
\u2022 %s \u2014 access restricted in South Korea based on local law.
\u2022 %s \u2014 removed for going against our Community Standards.

We have not yet completed our review of the remaining items.

Meta Content Response Team
""" % (M[0], M[1], M[2]), classification="confirmation", name_from="Meta"))

add(mk("meta-ig-not-found-and-disabled", "legal-response@instagram.com", "Mon, 09 Sep 2024 04:25:00 +0000",
       "Instagram: update on KCSC-240905-03", "applied",
       "Instagram reply: content not found at the link; account disabled",
       "'We couldn't find any content at this link' is a firm not_found (the 'may' is about why); account disabled",
       {M[3]: "not_found", M[4]: "removed"},
       body="""Hi,

We couldn't find any content at this link:
https://www.instagram.com/reel/C9yBw7KpR5d/
It may have been deleted by the person who posted it, or the link may be
incorrect.

The account https://www.instagram.com/byeolnight_shop/ has been disabled for
violating our Community Guidelines.

Instagram
""", classification="confirmation", name_from="Instagram"))

add(mk("meta-dsa-statement-of-reasons", "content-response@meta.com", "Tue, 10 Sep 2024 11:00:00 +0000",
       "Statement of reasons - your notice KCSC-240905-03", "applied",
       "DSA Art. 17 statement of reasons format (decision, territorial scope, ground, redress)",
       "decision 'Removal of the content', scope worldwide; redress link is no item",
       {M[2]: "removed"},
       body="""Statement of reasons

Decision reference:   SOR-2024-0917-55821
Your notice:          KCSC-240905-03
Content:              https://www.instagram.com/p/C9xTq4LmN2a/
Decision:             Removal of the content
Territorial scope:    Worldwide
Date of decision:     10 September 2024
Ground:               Incompatible with our terms (Community Guidelines -
                      Regulated goods: gambling)
Detected by automated means:  No
Decided by automated means:   No

Redress: the person who posted the content can appeal this decision at
https://help.instagram.com/contact/606967319425038

Meta Platforms Ireland Ltd.
""", classification="confirmation", name_from="Meta"))

META_HTML = """<html><body>
<p>Response to your request <b>KCSC-240905-03</b></p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>Content</th><th>Outcome</th><th>Details</th></tr></thead>
<tbody>
<tr><td><a href="%s">%s</a></td><td>Removed</td><td>Goes against our Community Standards on restricted goods and services</td></tr>
<tr><td><a href="%s">%s</a></td><td>No action</td><td>Does not go against our Community Standards; our legal review found no basis to restrict it under local law</td></tr>
<tr><td><a href="%s">%s</a></td><td>Restricted in South Korea</td><td>Access restricted in KR based on local law</td></tr>
</tbody></table>
<p>Meta Content Response Team<br><a href="https://transparency.meta.com/reports/content-restrictions">How we handle requests</a></p>
</body></html>
""" % (M[0], M[0], M[1], M[1], M[4], M[4])
add(mk("meta-html-table-base64", "content-response@meta.com", "Wed, 11 Sep 2024 08:08:08 +0000",
       "Re: KCSC-240905-03", "applied",
       "Meta response table in HTML only, base64-encoded",
       "table: removed / no action with reasons / restricted in South Korea; transparency link is no item",
       {M[0]: "removed", M[1]: "rejected", M[4]: "restricted"},
       raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

%s""" % b64(META_HTML), classification="confirmation", name_from="Meta", reply_to="KCSC-240905-03"))

add(mk("meta-escalated-specialist", "legal-response@instagram.com", "Fri, 06 Sep 2024 02:00:00 +0000",
       "Instagram: your report about a reel (KCSC-240905-03)", "review",
       "Instagram 'we've escalated your report' interim notice",
       "escalated / will review: no statement about the reel, which stays pending",
       {M[3]: "pending"}, review="not_understood", name_from="Instagram",
       body="""Hi,

We've escalated your report about https://www.instagram.com/reel/C9yBw7KpR5d/
to a specialist team, who will review it against our Community Guidelines and
local law. We'll let you know once a decision has been made.

Instagram
"""))

add(mk("meta-bulk-all-restricted", "content-response@meta.com", "Thu, 12 Sep 2024 01:30:00 +0000",
       "Your request KCSC-240905-03 is complete", "review",
       "Meta closing notice covering a whole government request",
       "'all of the reported content' for a five-item request, no URL named: bulk",
       {u: "pending" for u in M}, review="bulk", name_from="Meta",
       body="""Hello,

We've reviewed all five links in your request KCSC-240905-03 and have
restricted access to all of the reported content in South Korea based on
local law.

This request is now closed.

Meta Content Response Team
"""))

add(mk("meta-auto-ack", "noreply@facebookmail.com", "Thu, 05 Sep 2024 02:01:00 +0000",
       "We received your report (KCSC-240905-03)", "ignored",
       "Meta automatic confirmation of receipt of a report",
       "automatic receipt naming our reference, nothing about any item",
       {}, name_from="Meta Support",
       body="""Hi,

Thanks for your report. This automatic message confirms that we received
your request (your reference KCSC-240905-03). Our team will review it and
get back to you. You don't need to reply to this email.

Meta Support
"""))

# ================================================================ TikTok
add(mk("tiktok-restricted-and-declined", "legal-response@tiktok.com", "Mon, 09 Sep 2024 05:45:00 +0000",
       "Your request KCSC-240906-04", "applied",
       "TikTok reply to a local-law report: restricted in the country, one video declined",
       "two URLs in one sentence restricted in South Korea; third: no violation, no action (rejected)",
       {T[0]: "restricted", T[1]: "restricted", T[2]: "rejected"},
       body="""Dear KCSC,

Thank you for your request dated 6 September 2024 (your ref. KCSC-240906-04).
We reviewed the three videos against our Community Guidelines and the
applicable local law.

The videos %s and
%s did not violate our
Community Guidelines; however, based on local law we have restricted access
to them in South Korea. They remain viewable in other regions.

We found that %s does not
violate our Community Guidelines or the laws you cited, and we will not take
action on it.

TikTok Legal
""" % (T[0], T[1], T[2]), classification="confirmation", name_from="TikTok Legal"))

TT_QP = """Update on your report (ref KCSC-240906-04):

- https://www.tiktok.com/@garam.daily/video/7410022334455667788 : removed for violating our Community Guidelines (Drugs, controlled substances, alcohol and tobacco).
- https://www.tiktok.com/@moonjar_clips/video/7409911223344556677 : this video had already been deleted by its creator when we reviewed it, so no further action was possible.

Thank you for helping keep TikTok safe.
TikTok Trust & Safety
"""
add(mk("tiktok-quoted-printable-list", "safety@tiktok.com", "Tue, 10 Sep 2024 06:06:06 +0000",
       "Update on your report KCSC-240906-04", "applied",
       "TikTok report-outcome email, quoted-printable with soft line breaks",
       "one video removed; the other already deleted by its creator (not_found)",
       {T[2]: "removed", T[0]: "not_found"},
       raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

%s""" % qp(TT_QP), classification="confirmation", name_from="TikTok"))

TT_CSV = ("Reported link,Decision,Region,Reason\r\n"
          "%s,Removed,Global,Violates Community Guidelines (regulated goods)\r\n"
          "%s,Removed,Global,Violates Community Guidelines (regulated goods)\r\n"
          "%s,No violation,,Does not violate Community Guidelines or local law\r\n") % (T[0], T[1], T[2])
add(mk("tiktok-csv-attachment", "legal-response@tiktok.com", "Thu, 12 Sep 2024 09:30:00 +0000",
       "KCSC-240906-04 - decisions", "applied",
       "TikTok legal team decision sheet attached as CSV",
       "CSV rows: removed, removed, no violation (rejected)",
       {T[0]: "removed", T[1]: "removed", T[2]: "rejected"},
       raw_mime="""Content-Type: multipart/mixed; boundary="b508-tt-csv"

--b508-tt-csv
Content-Type: text/plain; charset=utf-8

Dear KCSC,

Please see the attached file for our decision on each reported item in
your request KCSC-240906-04.

TikTok Legal

--b508-tt-csv
Content-Type: text/csv; name="decisions_KCSC-240906-04.csv"
Content-Disposition: attachment; filename="decisions_KCSC-240906-04.csv"
Content-Transfer-Encoding: base64

%s
--b508-tt-csv--
""" % b64(TT_CSV), classification="confirmation", name_from="TikTok Legal"))

add(mk("tiktok-dmarc-fail", "legal-response@tiktok.com", "Sun, 08 Sep 2024 13:13:13 +0000",
       "RE: KCSC-240906-04 removed", "review",
       "TikTok-style removal notice that fails DKIM/SPF/DMARC",
       "platform domain but authentication fails: untrusted, nothing applied",
       {T[0]: "pending", T[1]: "pending"}, review="untrusted", auth="fail", name_from="TikTok Legal",
       body="""Dear KCSC,

We have removed the following videos from TikTok:

%s
%s

TikTok Legal
""" % (T[0], T[1])))

add(mk("tiktok-read-receipt", "dana.kwon@tiktok.com", "Fri, 06 Sep 2024 01:02:03 +0000",
       "Read: [KCSC-240906-04] Request to remove content", "ignored",
       "Outlook read receipt (MDN) from a TikTok employee",
       "a read receipt says nothing about the items",
       {}, classification="read_receipt", name_from="Dana Kwon",
       raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b508-mdn"

--b508-mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@tiktok.com
  Subject: [KCSC-240906-04] Request to remove content
  Sent: Friday, September 6, 2024 9:30:00 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 10:02:03 AM (UTC+09:00) Seoul.

--b508-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;dana.kwon@tiktok.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b508-mdn--
"""))

add(mk("snap-not-our-service", "safety@snap.com", "Mon, 09 Sep 2024 18:00:00 +0000",
       "Re: report about a video link", "review",
       "Snap Trust & Safety reply to a mis-addressed report: content not hosted on Snapchat",
       "a Snap sender states about a TikTok item: wrong platform, the item stays pending",
       {T[2]: "pending"}, review="wrong_platform", name_from="Snap Trust & Safety",
       body="""Hello,

Thanks for reaching out. The link you reported,
https://www.tiktok.com/@garam.daily/video/7410022334455667788, is not content
hosted on Snapchat, and we could not locate it on our services. Please
contact the service that hosts it.

Snap Trust & Safety
"""))

# ================================================================ Reddit
add(mk("reddit-removed-and-georestricted", "legal@reddit.com", "Tue, 10 Sep 2024 17:40:00 +0000",
       "Re: KCSC-240909-05", "applied",
       "Reddit legal-removal outcome: removed under Content Policy / geo-restricted under local law",
       "first post removed; second (raw Korean slug, stored percent-encoded) not viewable from South Korea",
       {R[0]: "removed", R[1]: "restricted"},
       body="""Hi there,

We've reviewed your request KCSC-240909-05.

- %s
  Removed from Reddit for violating our Content Policy (non-consensual
  intimate media).
- %s
  Geo-restricted: no longer viewable from South Korea under local law.

-Reddit Legal
""" % (R[0], R_RAW2), classification="confirmation", name_from="Reddit Legal", reply_to="KCSC-240909-05"))

add(mk("reddit-no-action", "legal@reddit.com", "Wed, 11 Sep 2024 20:00:00 +0000",
       "Your request KCSC-240909-05", "applied",
       "Reddit legal reply declining to act on a post",
       "refusal with reasons for one post: rejected",
       {R[1]: "rejected"},
       body="""Hi,

After review, we've decided not to take action on
%s

The post does not violate Reddit's Content Policy, and the request does not
give us a sufficient legal basis to restrict it in South Korea.

-Reddit Legal
""" % R[1], classification="confirmation", name_from="Reddit Legal"))

add(mk("reddit-moderator-gmail", "ssul.mod.kr@gmail.com", "Tue, 10 Sep 2024 00:12:00 +0000",
       "About your notice KCSC-240909-05", "review",
       "subreddit moderator writing from a personal address",
       "a volunteer moderator is not Reddit: unknown sender naming a requested URL",
       {R[0]: "pending"}, review="unknown_sender", name_from="kpopleaks_alt mod team",
       body="""Hi,

I'm one of the moderators of r/kpopleaks_alt. Reddit passed your notice on
to us. I deleted the thread
https://www.reddit.com/r/kpopleaks_alt/comments/1f3xk2q/weekly_dump_thread/
this morning.

Cheers
"""))

add(mk("reddit-ticket-received", "support@reddit.com", "Mon, 09 Sep 2024 01:05:00 +0000",
       "[Reddit] Re: [KCSC-240909-05] Request to remove content", "ignored",
       "Zendesk-style 'your request has been received' receipt",
       "pure receipt with a ticket number",
       {}, classification="acknowledgement", name_from="Reddit Help",
       body="""##- Please type your reply above this line -##

Your request (#9981234) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Reddit Help
"""))

# ================================================================ Discord
add(mk("discord-server-removed-sole", "safety@discord.com", "Wed, 11 Sep 2024 03:00:00 +0000",
       "Re: KCSC-240910-06 - report outcome", "applied",
       "Discord Trust & Safety report-outcome email that names no URL",
       "one-item request, a firm statement that the reported server was removed",
       {D[0]: "removed"},
       body="""Hello,

Thanks for your report. Our Safety team reviewed the server you reported
and has removed it from Discord for violating our Community Guidelines.
Its members can no longer access it.

Ticket #48120933

Discord Trust & Safety
""", classification="confirmation", name_from="Discord Trust & Safety", reply_to="KCSC-240910-06"))

add(mk("discord-invite-invalid", "safety@discord.com", "Thu, 12 Sep 2024 04:40:00 +0000",
       "Your report (KCSC-240910-06)", "applied",
       "Discord reply that an invite link is invalid or expired",
       "invalid/expired invite and server not identifiable: not_found",
       {D[0]: "not_found"},
       body="""Hello,

The invite link you provided (https://discord.gg/nightmarket3) is invalid
or has expired, and we were unable to identify the server it pointed to.
No further action is possible on this report.

Discord Trust & Safety
""", classification="confirmation", name_from="Discord Trust & Safety"))

add(mk("dsn-bounce-discord", "MAILER-DAEMON@kcsc.example", "Tue, 10 Sep 2024 05:00:40 +0000",
       "Undelivered Mail Returned to Sender", "ignored",
       "Postfix delivery status notification (multipart/report)",
       "bounce of our own request; ignored",
       {}, classification="bounce", name_from="Mail Delivery System",
       raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="b508-dsn"

--b508-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<reports@discord.com>: host mx.discord.com[203.0.113.25] said: 550 5.1.1
    <reports@discord.com>: Recipient address rejected: User unknown

--b508-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 14:00:02 +0900 (KST)

Final-Recipient: rfc822; reports@discord.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.discord.com
Diagnostic-Code: smtp; 550 5.1.1 <reports@discord.com>: Recipient address rejected: User unknown

--b508-dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: reports@discord.com
Subject: [KCSC-240910-06] Request to remove content
Message-ID: <req-240910-06@kcsc.example>
Date: Tue, 10 Sep 2024 14:00:00 +0900

--b508-dsn--
"""))

# ================================================================ Twitch
add(mk("twitch-url-then-status-line", "safety@twitch.tv", "Thu, 12 Sep 2024 06:00:00 +0000",
       "Enforcement summary - KCSC-240911-07", "applied",
       "Twitch enforcement summary, bare URL with 'Status:' on the line below",
       "VOD removed; channel suspended indefinitely (no longer available): both removed",
       {W[0]: "removed", W[1]: "removed"},
       body="""Hello,

Enforcement summary for your request KCSC-240911-07:

https://www.twitch.tv/videos/2245566778
Status: VOD removed

https://www.twitch.tv/ddalgi_live_kr
Status: Channel suspended (indefinite)

Twitch Trust & Safety
""", classification="confirmation", name_from="Twitch"))

add(mk("twitch-echoed-report-no-violation", "safety@twitch.tv", "Fri, 13 Sep 2024 02:30:00 +0000",
       "Update on your report", "applied",
       "Twitch 'we reviewed your report' email with the report echoed below",
       "no violation, no enforcement action: rejected for the one channel in the echoed report",
       {W[1]: "rejected"},
       body="""Hi,

We've reviewed your report and found no violation of the Twitch Community
Guidelines. No enforcement action was taken on the reported channel.

--- Your report ---
Reported channel: https://www.twitch.tv/ddalgi_live_kr
Reason: Illegal activity
Description: KCSC-240911-07. Channel streams content illegal in Korea.
Submitted: 2024-09-11 10:04 KST

Twitch Trust & Safety
""", classification="confirmation", name_from="Twitch"))

add(mk("twitch-bulk-all-removed", "safety@twitch.tv", "Fri, 13 Sep 2024 09:00:00 +0000",
       "Re: KCSC-240911-07", "review",
       "Twitch generic 'we've actioned your report' notice",
       "'all of the content in your report' for a two-item request, nothing named: bulk",
       {W[0]: "pending", W[1]: "pending"}, review="bulk", name_from="Twitch",
       body="""Hello,

Thank you for your report. All of the content in your report KCSC-240911-07
has been removed from Twitch.

Twitch Trust & Safety
"""))

add(mk("twitch-asks-timestamps", "safety@twitch.tv", "Wed, 11 Sep 2024 23:00:00 +0000",
       "More information needed - KCSC-240911-07", "review",
       "Twitch request for more information (timestamps, legal basis)",
       "asks for timestamps before acting: asks_more, item pending",
       {W[0]: "pending"}, classification="request_for_info", review="asks_more", name_from="Twitch",
       body="""Hello,

Before we can act on https://www.twitch.tv/videos/2245566778, please send us
the timestamps where the reported content appears in the video, and the
specific provision of Korean law it violates.

Reply to this email with that information.

Twitch Trust & Safety
"""))

add(mk("twitch-unmonitored-autoreply", "no-reply@twitch.tv", "Wed, 11 Sep 2024 01:00:20 +0000",
       "Re: [KCSC-240911-07] Request to remove content", "ignored",
       "'this mailbox is not monitored' automatic reply",
       "auto-reply; ignored",
       {}, classification="auto_reply", name_from="Twitch",
       extra_headers=["Auto-Submitted: auto-replied"],
       body="""This is an automated reply. This mailbox is not monitored.

To report content on Twitch, please use the reporting tools described at
https://help.twitch.tv/s/article/how-to-file-a-user-report

Twitch
"""))

# ================================================================ Pinterest
add(mk("pinterest-process-notice", "legal@pinterest.com", "Mon, 16 Sep 2024 16:00:00 +0000",
       "Changes to how Pinterest receives government removal requests", "review",
       "Pinterest notice to registered government contacts about a new intake portal",
       "trusted platform mail naming no item and no request: no_claims",
       {}, review="no_claims", name_from="Pinterest Legal",
       body="""Hello,

From 1 October 2024, Pinterest will accept government requests to remove
content only through our online portal:
https://help.pinterest.com/en/government-removal-requests

Requests sent by email after that date will not be processed. If you have
questions, please reply to this message.

Pinterest Legal
"""))


HEADER = """# Blind set 508 (tests/corpus/blind508/make.py writes this file).
# English notices from many platforms; expected results written from each
# email's meaning alone, before any run of the reader. Each case is judged
# alone on a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
