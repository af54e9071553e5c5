#!/usr/bin/env python3
"""Blind set 802: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind802/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is written in our own words, imitating the kind of notice named in its
`imitates` field; all names, ids and URLs are fictional. The expected results
were written from each email's meaning alone, before any run of the reader.
Each case is judged alone on a fresh ledger holding the requests below.
"""
import base64
import csv
import io
import os
import sys
from email import quoprimime
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/lucky_reel_kr/status/1831000000000000101",
    2: "https://x.com/lucky_reel_kr/status/1831000000000000102",
    3: "https://x.com/jackpot_haven7/status/1831000000000000203",
    4: "https://x.com/jackpot_haven7/status/1831000000000000204",
    5: "https://x.com/spinwin_tips/status/1831000000000000305",
    6: "https://x.com/spinwin_tips/status/1831000000000000306",
    7: "https://x.com/oddsmaster_91/status/1831000000000000407",
    8: "https://x.com/oddsmaster_91/status/1831000000000000408",
    9: "https://x.com/bet_moon_club",
    10: "https://x.com/toto_signal_kr/status/1831000000000000510",
    11: "https://x.com/toto_signal_kr/status/1831000000000000511",
    12: "https://twitter.com/casino_owl88/status/1831000000000000612",
}
YT = {
    1: "https://www.youtube.com/watch?v=Qm3xT7pLw2A",
    2: "https://www.youtube.com/watch?v=Hk9ZrB4sN1e",
    3: "https://youtu.be/Vd2Lc8Wq0Rs",
    4: "https://www.youtube.com/@greenleaf_delivery",
}
META = {
    1: "https://www.facebook.com/groups/seoulnightleaks/posts/720000000000101",
    2: "https://www.facebook.com/profile.php?id=100090000000222",
    3: "https://www.instagram.com/p/C9xKf2LmQ8a/",
    4: "https://www.instagram.com/hidden.cam.archive/",
    5: "https://www.facebook.com/photo/?fbid=880000000000333",
}
TT = {
    1: "https://www.tiktok.com/@quickloan.kr/video/7410000000000000011",
    2: "https://www.tiktok.com/@quickloan.kr/video/7410000000000000012",
    3: "https://www.tiktok.com/@coin_doubler_official",
}
RD = {
    1: "https://www.reddit.com/r/kpopleaksdump/comments/1fa2b3c/",
    2: "https://www.reddit.com/r/kpopleaksdump/comments/1fa9x7q/phone_numbers_list/",
}
DC = {1: "https://discord.gg/nightmarket77"}
TG = {1: "https://t.me/deepfake_room_kr", 2: "https://t.me/deepfake_room_kr/1187"}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal-gambling", "req-240903-01@kcsc.example", "gambling promotion accounts", X),
    ("KCSC-240905-02", "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "drug-trade", "req-240905-02@kcsc.example", "drug delivery adverts", YT),
    ("KCSC-240909-03", "meta", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "non-consensual-imagery", "req-240909-03@kcsc.example", "hidden camera material", META),
    ("KCSC-240910-04", "tiktok", "2024-09-10T09:30:00+09:00", "2024-09-17T23:59:59+09:00",
     "fraud", "req-240910-04@kcsc.example", "loan and coin scams", TT),
    ("KCSC-240912-05", "reddit", "2024-09-12T16:00:00+09:00", "2024-09-19T23:59:59+09:00",
     "personal-information", "req-240912-05@kcsc.example", "doxxing threads", RD),
    ("KCSC-240916-06", "discord", "2024-09-16T10:00:00+09:00", "2024-09-23T23:59:59+09:00",
     "drug-trade", "req-240916-06@kcsc.example", "drug market server", DC),
    ("KCSC-240918-07", "telegram", "2024-09-18T10:00:00+09:00", "2024-09-25T23:59:59+09:00",
     "deepfake-sexual-abuse", "req-240918-07@kcsc.example", "deepfake channel", TG),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, when, prefix="> "):
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission has found the content at",
        "the URLs below to be unlawful in the Republic of Korea and requests",
        f"its removal or the blocking of access to it (reference {ref}).",
        "",
    ]
    for i, k in enumerate(sorted(urls), 1):
        lines.append(f"{i}. {urls[k]}")
    lines += ["", "Please reply to this address with the action taken for each URL.",
              "", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def qp(text):
    # quoprimime works on byte-valued str: encode UTF-8 first.
    return quoprimime.body_encode(text.encode("utf-8").decode("latin-1"), maxlinelen=76)


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== X
case(
    name="x-legal-withheld-and-removed",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 09:14:22 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for contacting X about your request KCSC-240903-01.

We reviewed the reported content under the X Rules and applicable local
law. Access to the following posts has been withheld in the Republic of
Korea:

- {X[1]}
- {X[2]}
- {X[3]}

The following post violates the X Rules on illegal or certain regulated
goods and services and has been removed from X:

- {X[5]}

The remaining URLs of your request are still being reviewed and will be
answered separately.

Regards,
X Legal
Our reference: 0114872265
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content + removal under the X Rules)",
    why="Three posts withheld in Korea, one removed; the remaining URLs are neither named nor decided.",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted", X[5]: "removed"},
)

case(
    name="x-dsa-sor-account-suspended",
    **{"from": "dsa-noreply@x.com"}, name_from="X",
    date="Thu, 05 Sep 2024 02:40:05 +0000",
    subject="Statement of reasons for your notice KCSC-240903-01",
    body=f"""
This message sets out our statement of reasons for a decision taken on
content you reported to us.

Notice reference:      KCSC-240903-01
Content concerned:     {X[9]} (account)
Decision:              Account permanently suspended. The account and all
                       of its posts are no longer available on X.
Territorial scope:     Worldwide
Ground for decision:   Violation of the X Rules (illegal or certain
                       regulated goods or services)
Facts relied on:       Information in your notice and our own review
Automated means:       The decision was taken by a human reviewer.

The account holder can appeal this decision:
https://help.x.com/forms/account-access/appeals

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons as sent by X to notifiers",
    why="The one account named is permanently suspended worldwide: removed. The appeal form is a help link, not an item.",
    items={X[9]: "removed"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "dana.rhee@x.com"}, name_from="Dana Rhee",
    date="Thu, 05 Sep 2024 07:03:51 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
    reply_to_req="req-240903-01",
    body=f"""
Hi team,

Quick update on your request: the two posts by @oddsmaster_91 have been
removed for violating the X Rules.

{X[7]}
{X[8]}

Best,
Dana Rhee
Global Government Affairs - Legal Requests, X

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", X, "")}
""",
    outcome="applied", classification="confirmation",
    imitates="individual X staff reply top-posted over the regulator's request (Gmail quoting)",
    why="The statement above the quote names the two @oddsmaster_91 posts on the lines below it; the quoted request says nothing about the other ten.",
    items={X[7]: "removed", X[8]: "removed"},
)

case(
    name="x-withheld-notfound-noaction-prose",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 11:25:40 +0000",
    subject="Case KCSC-240903-01 - outcome for three URLs",
    body=f"""
Hello,

Case: KCSC-240903-01 (our reference 0114872265)

We have completed our review of three URLs from your request.

{X[10]} has been withheld in South Korea in response to your legal demand.

We were unable to locate {X[11]}. The post no longer exists on X; it was
deleted by the account holder before our review.

{X[12]} does not violate the X Rules, and the information provided is not
sufficient for us to act on it under local law. We are therefore not taking
action on this post.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email with mixed results",
    why="Withheld in Korea, deleted by its author, and a reasoned refusal: restricted, not_found, rejected.",
    items={X[10]: "restricted", X[11]: "not_found", X[12]: "rejected"},
)

X_TABLE_ROWS = [
    (X[4], "Withheld in KR"),
    (X[6], "Removed (X Rules violation)"),
    (X[11], "Content not found"),
]
x_table_text = "Legal request outcome - KCSC-240903-01\n\n" + "\n".join(
    f"{u}\n    Action: {a}" for u, a in X_TABLE_ROWS) + "\n\nX Legal\n"
x_table_html = (
    "<html><body><p>Legal request outcome &ndash; <b>KCSC-240903-01</b></p>"
    "<table border=\"1\" cellpadding=\"4\"><tr><th>Reported URL</th><th>Action</th></tr>"
    + "".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{a}</td></tr>" for u, a in X_TABLE_ROWS)
    + "</table><p>For details about withheld content see "
    "<a href=\"https://help.x.com/en/rules-and-policies/post-withheld-by-country\">"
    "our Help Center</a>.</p><p>X Legal</p></body></html>"
)
case(
    name="x-html-table-outcome",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 03:12:00 +0000",
    subject="Legal request outcome: KCSC-240903-01",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="=_x802tbl"

--=_x802tbl
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{x_table_text}
--=_x802tbl
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(x_table_html)}
--=_x802tbl--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as an HTML table with a plain-text alternative",
    why="Each row names a URL and its action; the Help Center link is not an item.",
    items={X[4]: "restricted", X[6]: "removed", X[11]: "not_found"},
)

case(
    name="x-url-then-action-line",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 05:48:13 +0000",
    subject="Re: KCSC-240903-01 results",
    reply_to_req="req-240903-01",
    body=f"""
Legal request KCSC-240903-01 - results

{X[5]}
Action: Removed - violation of the X Rules

{X[12]}
Action: No action - no violation of the X Rules or of local law identified

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome laid out as URL followed by an action line",
    why="Each bare URL has its action on the line below: removed and a reasoned no-action.",
    items={X[5]: "removed", X[12]: "rejected"},
)

case(
    name="x-bilingual-korean-particles",
    **{"from": "kr-legal@x.com"}, name_from="X Korea Legal",
    date="Fri, 06 Sep 2024 08:30:00 +0000",
    # Non-ASCII subject encoded as a real mailer would (RFC 2047).
    subject=Header("[KCSC-240903-01] Withheld content notice / 접근 제한 조치 안내",
                   "utf-8").encode(),
    body=f"""
[English]
In response to your legal demand KCSC-240903-01, the posts below have been
withheld in the Republic of Korea:
{X[1]}, {X[2]}

[한국어]
요청하신 게시물 ① {X[1]}，
② {X[2]}에 대해 대한민국 내 접근 제한 조치를 완료하였습니다.

X Korea Legal
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual English/Korean withheld-content notice from a platform's Korea legal desk",
    why="Both posts withheld in Korea, said in both languages; in the Korean part the URLs are followed by a full-width comma and a Korean particle.",
    items={X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-numbered-wrapped-angle-url",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 10:02:44 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
    reply_to_req="req-240903-01",
    body="""
Hello,

Outcome for the following items of KCSC-240903-01:

1. <https://x.com/toto_signal_kr/status/1831000000000000510>
   Withheld in South Korea.

2. <https://x.com/toto_signal_kr/
   status/1831000000000000511>
   Not found: this post does not exist on X. It was deleted before our
   review.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome as a numbered list, one URL wrapped inside angle brackets by the sender's mailer",
    why="Item 1 withheld in Korea; item 2 (wrapped at a slash inside <...>) no longer exists.",
    items={X[10]: "restricted", X[11]: "not_found"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 01:20:09 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have received your legal demand KCSC-240903-01 and escalated it for
review. Based on an initial assessment, the posts below will be withheld in
South Korea once the review is complete, which we expect within 48 hours:

{X[3]}
{X[4]}

We will confirm by email when this has been done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a future withholding",
    why="'will be withheld once the review is complete' is a promise, not a statement; named items stay pending.",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-unknown-sender-gmail",
    **{"from": "xkorea.legalteam@gmail.com"}, name_from="X Korea Legal Team",
    date="Thu, 05 Sep 2024 13:45:10 +0000",
    subject="RE: KCSC-240903-01",
    body=f"""
Dear KCSC,

Regarding KCSC-240903-01: the post {X[3]} has been removed.

Please send further requests to this address for faster handling.

X Korea Legal Team
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a free-mail address claiming to speak for a platform",
    why="gmail.com is no platform's sender domain; the claim may not change the item.",
    items={X[3]: "pending"},
)

case(
    name="x-dsn-bounce-reminder",
    **{"from": "MAILER-DAEMON@mail.x.com"}, name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 15:01:33 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn802x"

--=_dsn802x
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-desk@x.com>: host mail.x.com said: 550 5.1.1 mailbox unavailable

--=_dsn802x
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.x.com
Arrival-Date: Tue, 10 Sep 2024 15:01:30 +0000

Final-Recipient: rfc822; legal-kr-desk@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--=_dsn802x
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-desk@x.com
Subject: Reminder: KCSC-240903-01 overdue items
Date: Tue, 10 Sep 2024 15:01:29 +0000
Message-ID: <reminder.KCSC-240903-01.1@kcsc.example>

The following items of KCSC-240903-01 are still online:
{X[3]}
{X[4]}
{X[6]}

--=_dsn802x--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning a reminder",
    why="A DSN; the URLs are only in the returned reminder.",
    items={},
)

# =================================================================== YouTube
case(
    name="yt-legal-blocked-kr-and-removed",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:10:55 +0000",
    subject="Re: KCSC-240905-02 - Legal removal request [6-1839000022741]",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your request, we have reviewed the content you identified
and have blocked the following videos from view on YouTube in South Korea,
consistent with local law:

{YT[1]}
{YT[2]}

In addition, the video at {YT[3]} was removed from YouTube globally because
it violates our Community Guidelines on the sale of regulated goods.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (local-law block + Community Guidelines removal)",
    why="Two videos blocked in Korea, one removed globally.",
    items={YT[1]: "restricted", YT[2]: "restricted", YT[3]: "removed"},
)

case(
    name="yt-age-restricted-channel-stays",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 06:33:18 +0000",
    subject="Your request KCSC-240905-02",
    body=f"""
Hi,

We've finished reviewing the items referenced in your request
KCSC-240905-02.

- Video {YT[2]}: we've applied an age restriction. The video can no
  longer be viewed by signed-out users or by users under 18.
- Channel {YT[4]}: after careful review, we did not find that the channel
  violates our Community Guidelines or the local law described in your
  notice, so it remains available on YouTube.

If you have additional information, such as a court order, you can submit
it through our legal webform: https://support.google.com/legal/answer/3110420

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube help-centre style outcome: age restriction and a reasoned no-action",
    why="Age-restricted is restricted; the channel stays up with a reason: rejected. The webform is a help link.",
    items={YT[2]: "restricted", YT[4]: "rejected"},
)

case(
    name="yt-channel-terminated-single",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    date="Mon, 09 Sep 2024 00:58:02 +0000",
    subject="Update on your report (KCSC-240905-02)",
    body=f"""
Hi KCSC,

Thanks for reporting {YT[4]}.

Our team reviewed the channel and terminated it for repeated violations of
our policies on the sale of illegal or regulated goods. Visitors to the
channel now see a notice that it has been removed.

- The YouTube Team

Help Center: https://support.google.com/youtube/answer/2802168
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'channel terminated' reporter update",
    why="The one channel named is terminated: removed. Other items of the request are not spoken about.",
    items={YT[4]: "removed"},
)

case(
    name="yt-gmail-reply-schemeless",
    **{"from": "minh.tran@google.com"}, name_from="Minh Tran",
    date="Tue, 10 Sep 2024 02:17:40 +0000",
    subject="Re: KCSC-240905-02 Request for removal of drug adverts",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Quick update on two of the items:

1) www.youtube.com/watch?v=Qm3xT7pLw2A has been removed for violating our
   Community Guidelines.
2) We could not find the video at youtu.be/Vd2Lc8Wq0Rs. The video ID no
   longer exists on YouTube; the uploader deleted it before our review.

Kind regards,
Minh
YouTube Trust & Safety

On Thu, Sep 5, 2024 at 11:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240905-02", YT, "")}
""",
    outcome="applied", classification="confirmation",
    imitates="individual Google/YouTube staff reply above a Gmail-quoted request, URLs without scheme",
    why="Removed and deleted-by-uploader (not_found); the quoted request adds nothing.",
    items={YT[1]: "removed", YT[3]: "not_found"},
)

case(
    name="yt-under-review-hedge",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 23:05:12 +0000",
    subject="Re: KCSC-240905-02 - Legal removal request [6-1839000022741]",
    reply_to_req="req-240905-02",
    body=f"""
Hi,

Your request KCSC-240905-02 is still under review by our legal team.

From what we can see, {YT[3]} may already have been taken down by the
uploader, and {YT[4]} is being assessed against our policies. We'll follow
up once we have a decision.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim status reply",
    why="'may already have been taken down' is a hedge and 'being assessed' is under review: nothing to apply.",
    items={YT[3]: "pending", YT[4]: "pending"},
)

case(
    name="yt-bulk-actioned",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 03:40:00 +0000",
    subject="Re: KCSC-240905-02 - Legal removal request [6-1839000022741]",
    reply_to_req="req-240905-02",
    body="""
Hello,

Thanks for your patience. The URLs in your request KCSC-240905-02 have been
actioned under our policies.

Regards,
YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="YouTube legal one-line closing reply",
    why="One statement for all four URLs of the request without naming any: bulk.",
    items={YT[1]: "pending", YT[2]: "pending", YT[3]: "pending", YT[4]: "pending"},
)

case(
    name="yt-mdn-read-receipt",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
    date="Thu, 05 Sep 2024 03:15:27 +0000",
    subject="Read: KCSC-240905-02 Request for removal of drug adverts",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn802"

--=_mdn802
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: KCSC-240905-02 Request for removal of drug adverts
  Sent: Thursday, September 5, 2024 11:00 AM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 12:15 PM (UTC+09:00) Seoul.

--=_mdn802
Content-Type: message/disposition-notification

Reporting-UA: OUTLOOK-KR7; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req-240905-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn802--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="A read receipt says nothing about any item.",
    items={},
)

# =================================================================== Meta
case(
    name="meta-dsa-sor-two-decisions",
    **{"from": "regulatory-noreply@meta.com"}, name_from="Meta Content Regulatory Operations",
    date="Wed, 11 Sep 2024 08:22:31 +0000",
    subject="Decision on your notice KCSC-240909-03",
    body=f"""
Decision on your notice - KCSC-240909-03

We reviewed the content you notified to us. In line with Article 17 of the
Digital Services Act we set out the decision and the reasons for each piece
of content below.

Content 1
URL: {META[3]}
Decision: Access restricted in South Korea
Basis: local law as described in your notice; the content does not go
against the Instagram Community Guidelines
Automated detection: no

Content 2
URL: {META[4]}
Decision: Account removed
Basis: Instagram Community Guidelines - adult sexual exploitation
Automated detection: no

More information about how we handle reports under local law:
https://transparency.meta.com/enforcement/taking-action/

Meta Platforms Ireland Limited
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA statement of reasons for notified content (per-content decision blocks)",
    why="One post restricted in Korea, one account removed; the transparency link is not an item.",
    items={META[3]: "restricted", META[4]: "removed"},
)

meta_csv = "\n".join([
    "reported_url,decision,decision_date",
    f"{META[1]},Content removed,2024-09-12",
    f"\"{META[2]}\",Account disabled,2024-09-12",
    f"{META[5]},Content not found,2024-09-12",
]) + "\n"
case(
    name="meta-csv-attachment",
    **{"from": "lers-noreply@fb.com"}, name_from="Meta Law Enforcement Response",
    date="Thu, 12 Sep 2024 09:01:14 +0000",
    subject="Outcome of request KCSC-240909-03",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_meta802csv"

--=_meta802csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have completed our review of request KCSC-240909-03. The decision for
each reported item is in the attached file.

Meta Law Enforcement Response Team

--=_meta802csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240909-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(meta_csv)}
--=_meta802csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta law-enforcement portal outcome with a CSV attachment",
    why="The CSV gives one decision per URL: removed, disabled (removed), not found.",
    items={META[1]: "removed", META[2]: "removed", META[5]: "not_found"},
)

case(
    name="meta-outlook-quoted-request",
    **{"from": "priya.n@meta.com"}, name_from="Priya Natarajan",
    date="Thu, 12 Sep 2024 13:44:09 +0000",
    subject="RE: KCSC-240909-03 Request for removal of hidden camera material",
    reply_to_req="req-240909-03",
    body=f"""
Hello,

We reviewed the content you reported under KCSC-240909-03.

The Instagram post {META[3]} has been removed for violating our Community
Guidelines.
We have restricted access in South Korea to
{META[1]} based on local law.

Regards,
Priya Natarajan
Law Enforcement & Government Outreach, Meta

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 2:00 PM
To: records@meta.com
Subject: KCSC-240909-03 Request for removal of hidden camera material

{quoted_request("KCSC-240909-03", META, "", prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta staff reply in Outlook with the request quoted under -----Original Message-----",
    why="Removed and restricted-in-Korea above the Outlook quote; the quoted request changes nothing.",
    items={META[3]: "removed", META[1]: "restricted"},
)

case(
    name="meta-instagram-account-disabled",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Fri, 13 Sep 2024 02:09:47 +0000",
    subject="We removed the account you reported (KCSC-240909-03)",
    body="""
Hi,

Thanks for your report. We removed the account
instagram.com/hidden.cam.archive because it goes against our Community
Guidelines on adult sexual exploitation.

We're able to keep Instagram safe because people like you take the time to
report things that concern them.

Learn more about our Community Guidelines: https://help.instagram.com/477434105621119

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we removed the account you reported' reporter notification",
    why="The account named (without scheme) is removed; the help link is not an item.",
    items={META[4]: "removed"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "regulatory-noreply@meta.com"}, name_from="Meta Content Regulatory Operations",
    date="Tue, 10 Sep 2024 16:30:00 +0000",
    subject="Re: KCSC-240909-03",
    reply_to_req="req-240909-03",
    body="""
Hello,

Thank you for your report KCSC-240909-03. We have reviewed all of the
content you reported and removed it from Facebook and Instagram for
violating our Community Standards.

Meta Content Regulatory Operations
""",
    outcome="review", review="bulk",
    imitates="Meta short closing reply covering a whole notice",
    why="'all of the content you reported' for a five-item request, none named: bulk.",
    items={u: "pending" for u in META.values()},
)

case(
    name="meta-hedge-appears-unavailable",
    **{"from": "priya.n@meta.com"}, name_from="Priya Natarajan",
    date="Wed, 11 Sep 2024 10:12:50 +0000",
    subject="RE: KCSC-240909-03 Request for removal of hidden camera material",
    reply_to_req="req-240909-03",
    body=f"""
Hi,

Following up on KCSC-240909-03. It appears the profile
{META[2]} is no longer available; it may have
been deactivated by its owner. We're still checking
{META[5]} and will get back to you.

Priya
""",
    outcome="review", review="not_understood",
    imitates="Meta staff interim follow-up with hedged observations",
    why="'It appears ... may have been deactivated' is a hedge; the other URL is still being checked.",
    items={META[2]: "pending", META[5]: "pending"},
)

case(
    name="meta-out-of-office",
    **{"from": "priya.n@meta.com"}, name_from="Priya Natarajan",
    date="Mon, 09 Sep 2024 05:00:41 +0000",
    subject="Automatic reply: KCSC-240909-03 Request for removal of hidden camera material",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 11 September with
limited access to email. For urgent legal matters please use the Law
Enforcement Online Request system at https://www.facebook.com/records.

Priya
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="An out-of-office reply; the records link is a portal, not an item.",
    items={},
)

# =================================================================== TikTok
case(
    name="tiktok-legal-three-outcomes",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 07:50:03 +0000",
    subject="Your report KCSC-240910-04",
    body=f"""
Dear Korea Communications Standards Commission,

Thank you for your report (reference KCSC-240910-04). We have reviewed the
content and taken the following actions:

\u2022 {TT[1]} \u2014 restricted in the Republic of Korea in accordance with local law
\u2022 {TT[2]} \u2014 removed for violating our Community Guidelines (Frauds and Scams)
\u2022 {TT[3]} \u2014 reviewed; we did not identify a violation of our Community Guidelines or of local law based on the information provided, and the account remains available

Kind regards,
TikTok Law Enforcement Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal/law-enforcement outcome email with per-URL bullets",
    why="Restricted in Korea, removed, and a reasoned refusal.",
    items={TT[1]: "restricted", TT[2]: "removed", TT[3]: "rejected"},
)

tt_qp_text = (
    "Hello KCSC team,\n\n"
    "Regarding your request KCSC-240910-04, we wish to inform you that the video "
    f"{TT[1]} has been removed, the video {TT[2]} has been removed, and the account "
    f"{TT[3]} has been permanently banned for violating our Community Guidelines "
    "\u2014 Frauds and Scams.\n\n"
    "Thank you for helping us keep TikTok safe.\n\n"
    "TikTok Trust & Safety\n"
)
case(
    name="tiktok-quoted-printable-all-named",
    **{"from": "trustandsafety@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Thu, 12 Sep 2024 01:05:29 +0000",
    subject="Re: KCSC-240910-04 Request for removal of scam content",
    reply_to_req="req-240910-04",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(tt_qp_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok trust-and-safety reply in one long paragraph, quoted-printable with soft breaks inside URLs",
    why="Each of the three URLs is named with its own verb: removed, removed, permanently banned.",
    items={TT[1]: "removed", TT[2]: "removed", TT[3]: "removed"},
)

tt_html = (
    "<html><body><p>Hi,</p>"
    "<p>Following your report <b>KCSC-240910-04</b>, the account "
    f"<a href=\"{TT[3]}\">@coin_doubler_official</a> has been permanently banned and is "
    "no longer visible on TikTok.</p>"
    "<p>Learn more about our <a href=\"https://www.tiktok.com/community-guidelines\">"
    "Community Guidelines</a>.</p><p>TikTok Trust &amp; Safety</p></body></html>"
)
case(
    name="tiktok-base64-html-banned",
    **{"from": "trustandsafety@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Fri, 13 Sep 2024 04:44:18 +0000",
    subject="Update on your report KCSC-240910-04",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(tt_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok HTML reporter update, base64-encoded, URL only in the link target",
    why="The linked account is permanently banned: removed. The guidelines link is not an item.",
    items={TT[3]: "removed"},
)

case(
    name="tiktok-receipt-plus-decision",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    date="Thu, 12 Sep 2024 10:27:36 +0000",
    subject="Re: KCSC-240910-04 [Ticket #TT-55190233]",
    reply_to_req="req-240910-04",
    body=f"""
We've received your report
Ticket: #TT-55190233

Thanks for your report. Our safety team has reviewed it, and the following
video has been removed for violating our Community Guidelines:
{TT[2]}

You can see the status of your reports in the Safety Center.

TikTok Support
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok ticket reply that opens with a receipt banner and carries a decision",
    why="The receipt banner is followed by an unhedged removal of a named video: not a pure acknowledgement.",
    items={TT[2]: "removed"},
)

case(
    name="tiktok-dmarc-fail",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    auth="fail",
    date="Thu, 12 Sep 2024 18:02:11 +0000",
    subject="RE: KCSC-240910-04",
    body=f"""
Dear KCSC,

The video {TT[1]} has been removed as requested.

TikTok Legal
""",
    outcome="review", review="untrusted",
    imitates="platform-looking reply failing DMARC",
    why="tiktok.com sender but DKIM/SPF/DMARC fail: untrusted, nothing applied.",
    items={TT[1]: "pending"},
)

case(
    name="tiktok-template-header-contradicts",
    **{"from": "trustandsafety@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Sat, 14 Sep 2024 06:15:00 +0000",
    subject="Update on your report KCSC-240910-04",
    body=f"""
Outcome: Content removed

Hello,

Thank you for your report KCSC-240910-04 about {TT[3]}.

After review, we found that this account does not violate our Community
Guidelines, and it will remain on TikTok.

TikTok Trust & Safety
""",
    outcome="review", review="conflicting_statements",
    imitates="TikTok templated reporter update whose outcome banner contradicts its text",
    why="The banner says removed, the text says it stays up: a clerk cannot record either without asking.",
    items={TT[3]: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    date="Tue, 10 Sep 2024 01:31:02 +0000",
    subject="We've received your request [Ticket #TT-55190233]",
    body="""
Hi,

Thanks for contacting TikTok. We've received your request regarding
KCSC-240910-04 and created ticket #TT-55190233.

Our team will review it and get back to you. Please keep the ticket number
in the subject line of any reply.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="A pure acknowledgement: a ticket number and a promise to review, no item named.",
    items={},
)

case(
    name="snapchat-not-our-service",
    **{"from": "safety-noreply@snapchat.com"}, name_from="Snap Trust & Safety",
    date="Wed, 11 Sep 2024 20:14:45 +0000",
    subject="Re: KCSC-240910-04 Request for removal of scam content",
    body=f"""
Hello,

Thanks for contacting Snap. We reviewed the links in your message:

{TT[1]}
{TT[2]}

This content is not hosted on Snapchat, and we could not locate it on our
services. Please contact the service where the content appears.

Snap Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="Snap reply to a misdirected request ('not hosted on our services')",
    why="Snapchat's 'could not locate' is about TikTok's items; it cannot decide them.",
    items={TT[1]: "pending", TT[2]: "pending"},
)

# =================================================================== Reddit
case(
    name="reddit-removed-angle-brackets",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 17:20:08 +0000",
    subject="Re: KCSC-240912-05 Request for removal of personal information",
    reply_to_req="req-240912-05",
    body=f"""
Hi there,

Thanks for your request (KCSC-240912-05). We have reviewed the reported
content and removed the following for violating Reddit's Content Policy on
sharing personal information:

<{RD[1]}>
<{RD[2]}>

Users who visit these links now see a notice that the content was removed
by Reddit.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal removal reply with URLs in angle brackets",
    why="Both URLs are listed under 'removed the following'.",
    items={RD[1]: "removed", RD[2]: "removed"},
)

case(
    name="reddit-geo-and-author-deleted",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    date="Sat, 14 Sep 2024 02:45:51 +0000",
    subject="KCSC-240912-05 - outcome",
    body=f"""
Hello,

We've completed our review of KCSC-240912-05:

1. {RD[1]} - this post has been geo-restricted and is no longer viewable
   from South Korea.
2. {RD[2]} - this post was deleted by its author before we received your
   request, so there was nothing for us to action.

Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal outcome for a government request (geo-restriction, author-deleted)",
    why="Geo-restricted from Korea: restricted; deleted by its author: not_found.",
    items={RD[1]: "restricted", RD[2]: "not_found"},
)

case(
    name="reddit-asks-for-legal-basis",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 05:02:37 +0000",
    subject="Re: KCSC-240912-05 Request for removal of personal information",
    reply_to_req="req-240912-05",
    body=f"""
Hi,

We have received your request KCSC-240912-05 concerning:

{RD[1]}
{RD[2]}

Before we can proceed, please provide the specific provision of Korean law
the content is alleged to violate and, if available, a copy of the decision
ordering its removal. Reply to this email with the documents and keep the
reference in the subject line.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the legal basis / order before acting",
    why="The platform asks for documents; nothing is decided.",
    items={RD[1]: "pending", RD[2]: "pending"},
)

case(
    name="reddit-zendesk-receipt",
    **{"from": "support@reddit.com"}, name_from="Reddit Help",
    date="Thu, 12 Sep 2024 07:00:19 +0000",
    subject="[Reddit Help] Re: KCSC-240912-05 Request for removal of personal information",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (88123) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

Reddit Help Center: https://support.reddithelp.com/hc/en-us
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk ticket-created receipt used by a platform help desk",
    why="A help-desk receipt naming no item; ignored whoever sent it.",
    items={},
)

# =================================================================== Discord
case(
    name="discord-server-removed-sole",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 17 Sep 2024 03:18:25 +0000",
    subject="Re: KCSC-240916-06 Request for removal of drug market server",
    reply_to_req="req-240916-06",
    body="""
Hello,

Thanks for your report. Our Safety team investigated the server you
reported and found that it violated Discord's Community Guidelines. The
server has been removed from Discord and its owner's account has been
permanently suspended.

Ticket ID: 31980455

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome email",
    why="The request has one item; 'the server you reported has been removed' can only mean it.",
    items={DC[1]: "removed"},
)

case(
    name="discord-no-violation",
    **{"from": "legal@discord.com"}, name_from="Discord Legal",
    date="Wed, 18 Sep 2024 22:40:12 +0000",
    subject="KCSC-240916-06",
    body="""
Hi KCSC,

We reviewed the server at discord.gg/nightmarket77. At the time of our
review we did not find content that violates our Community Guidelines or
Terms of Service, so we have not taken action against it.

If you obtain further information about this server, you are welcome to
submit a new report.

Discord Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Discord reply declining action for lack of a violation",
    why="A reasoned refusal for the one named server: rejected. The invitation to report again asks for nothing.",
    items={DC[1]: "rejected"},
)

# =================================================================== Telegram
case(
    name="tg-channel-blocked-post-gone",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 11:06:44 +0000",
    subject="Re: KCSC-240918-07 Case #5530127",
    reply_to_req="req-240918-07",
    body=f"""
Hello,

Thank you for your report. The channel t.me/deepfake_room_kr has been
blocked for violating Telegram's Terms of Service, and the post
{TG[2]} is no longer accessible.

Telegram Moderation Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (channel blocked)",
    why="Channel blocked (globally): removed; the post 'no longer accessible' with it: removed.",
    items={TG[1]: "removed", TG[2]: "removed"},
)

case(
    name="tg-unavailable-in-korea",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Fri, 20 Sep 2024 09:55:31 +0000",
    subject="Request KCSC-240918-07",
    body=f"""
Hi,

Regarding request KCSC-240918-07: the channel {TG[1]} is now unavailable
for users in South Korea. The message {TG[2]} was deleted by our
moderators.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply restricting a channel in one country",
    why="Unavailable in Korea: restricted; message deleted: removed.",
    items={TG[1]: "restricted", TG[2]: "removed"},
)

case(
    name="tg-passed-to-moderators",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 14:12:09 +0000",
    subject="Re: KCSC-240918-07 Case #5530127",
    reply_to_req="req-240918-07",
    body=f"""
Hello,

Your report regarding {TG[1]} has been passed to our moderators. If the
channel is found to violate our Terms of Service, it will be blocked.

Case #5530127
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply",
    why="A conditional promise about a named item: not a statement, but not a pure receipt either.",
    items={TG[1]: "pending"},
)

case(
    name="tg-dsn-delayed",
    **{"from": "postmaster@relay.kcsc.example"}, name_from="Mail Delivery Subsystem",
    date="Wed, 18 Sep 2024 05:02:00 +0000",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_dly802"

--=_dly802
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     dsa@telegram.org

The server will keep trying for 4 more days.

--=_dly802
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.kcsc.example

Final-Recipient: rfc822; dsa@telegram.org
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sun, 22 Sep 2024 01:00:00 +0000

--=_dly802
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: KCSC-240918-07 Request for removal of deepfake channel
Date: Wed, 18 Sep 2024 10:00:00 +0900
Message-ID: <req-240918-07@kcsc.example>

--=_dly802--
""",
    outcome="ignored", classification="bounce",
    imitates="delay DSN from our own outbound relay",
    why="A delivery-delay notice is a DSN; the URLs are the request's own.",
    items={},
)

# =================================================================== others
case(
    name="twitch-actioned-no-reference",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date="Thu, 19 Sep 2024 16:20:55 +0000",
    subject="We've actioned your report",
    body="""
Hi takedown,

Thank you for your report. After reviewing it, our staff determined that a
violation of the Twitch Community Guidelines occurred, and we have taken
appropriate enforcement action.

To protect everyone's privacy we can't share the details of the action.

Twitch Safety
https://safety.twitch.tv
""",
    outcome="review", review="no_claims",
    imitates="Twitch 'We've actioned your report' reporter notification",
    why="A trusted platform says something was actioned but names no item and no request of ours.",
    items={},
)

case(
    name="pinterest-report-received",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Fri, 20 Sep 2024 01:11:11 +0000",
    subject="Thanks for your report",
    body="""
Hi there,

Thanks for your report - we've received it. Our team will review the Pin
you reported and let you know what we decide.

Reports help keep Pinterest a positive place.

The Pinterest Team
https://help.pinterest.com/en/article/report-something-on-pinterest
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Pinterest report-received notification",
    why="A pure receipt: no item, no decision.",
    items={},
)


HEADER = """# blind802: English notices from many platforms (see NOTES.md).
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind802", HEADER, CASES)
    print(f"{len(CASES)} cases")
