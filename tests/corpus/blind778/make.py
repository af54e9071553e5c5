#!/usr/bin/env python3
"""Blind set 778: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind778/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
MIME boundaries, no clocks, no randomness. Every email is fictional and was
written for this set; expected results come from each email's meaning,
written before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

REQ = {
    "x": ("KCSC-240902-01", "x", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
          "illegal_gambling", "req.240902-01"),
    "yt": ("KCSC-240903-02", "youtube", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
           "illegal_gambling", "req.240903-02"),
    "meta": ("KCSC-240904-03", "meta", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
             "drug_sales", "req.240904-03"),
    "tt": ("KCSC-240905-04", "tiktok", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
           "drug_sales", "req.240905-04"),
    "rd": ("KCSC-240909-05", "reddit", "2024-09-09T10:15:00+09:00", "2024-09-16T18:00:00+09:00",
           "drug_sales", "req.240909-05"),
    "dc": ("KCSC-240911-06", "discord", "2024-09-11T16:20:00+09:00", "2024-09-18T18:00:00+09:00",
           "illegal_gambling", "req.240911-06"),
    "tw": ("KCSC-240912-07", "twitch", "2024-09-12T13:05:00+09:00", "2024-09-19T18:00:00+09:00",
           "illegal_gambling", "req.240912-07"),
}

X = [
    "https://x.com/bet_river_kr/status/1829104455660012345",
    "https://x.com/bet_river_kr/status/1829177733221100456",
    "https://x.com/moonjar_slots/status/1829201020304050607",
    "https://x.com/moonjar_slots/status/1829298877665544332",
    "https://x.com/paldo_toto/status/1829305566778899001",
    "https://x.com/paldo_toto",
    "https://x.com/greenline_pharm/status/1829412233445566778",
    "https://x.com/greenline_pharm/status/1829419988776655443",
    "https://x.com/seoul_nightpass/status/1829500011122233344",
    "https://x.com/seoul_nightpass/status/1829533344455566677",
    "https://x.com/hanriver_coins/status/1829610101010202020",
    "https://x.com/hanriver_coins/status/1829677788899900011",
    "https://twitter.com/jjokji_market/status/1829705050505060606",
]
YT = [
    "https://www.youtube.com/watch?v=Qk3vR8nTz1A",
    "https://www.youtube.com/watch?v=bM7pLw2xC9e",
    "https://youtu.be/H4sd0Ua9KmE",
    "https://www.youtube.com/@gold_ticket_tv",
]
META = [
    "https://www.facebook.com/groups/sunrisecasino.kr/posts/8812345500112233/",
    "https://www.instagram.com/p/C9xYq2LsT4b/",
    "https://www.facebook.com/people/Daebak-Pills/100089912345678/",
]
TT = [
    "https://www.tiktok.com/@pill.shop.kr/video/7409123456789012345",
    "https://www.tiktok.com/@pill.shop.kr/video/7409155566677788899",
    "https://www.tiktok.com/@nightcasino_live/video/7410011223344556677",
    "https://www.tiktok.com/@nightcasino_live",
    "https://www.tiktok.com/@fakeid_maker/video/7410987654321098765",
]
RD_RAW = "https://www.reddit.com/r/KoreaDeals/comments/1f3abcd/저렴한_처방약/"
RD = [
    "https://www.reddit.com/r/KoreaDeals/comments/1f3abcd/" + quote("저렴한_처방약") + "/",
    "https://www.reddit.com/user/seoul_card_dumps/",
]
DC = ["https://discord.gg/hanbetvip"]
TW = [
    "https://www.twitch.tv/casinohunter_kr",
    "https://www.twitch.tv/videos/2241234567",
]

ITEMS = [("x", X), ("yt", YT), ("meta", META), ("tt", TT), ("rd", RD), ("dc", DC), ("tw", TW)]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for key, urls in ITEMS:
        ref, plat, sent, due, cat, mid = REQ[key]
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", "blind778"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def ref(key):
    return REQ[key][0]


def thread(key):
    return REQ[key][5]


# ---------------------------------------------------------------- MIME helpers

def alt(text, html, b):
    return (
        f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n--{b}--\n"
    )


def qp(text, ctype="plain"):
    enc = quopri.encodestring(text.strip().encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{enc}")


def b64(text, ctype="plain"):
    enc = base64.encodebytes(text.strip().encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{enc}")


def with_csv(text, csv_text, fname, b):
    enc = base64.encodebytes(csv_text.encode("utf-8")).decode("ascii")
    return (
        f'Content-Type: multipart/mixed; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f'--{b}\nContent-Type: text/csv; charset=utf-8; name="{fname}"\n'
        f'Content-Disposition: attachment; filename="{fname}"\nContent-Transfer-Encoding: base64\n\n'
        f"{enc}\n--{b}--\n"
    )


def quoted_request(key, urls, who="KCSC Takedown <takedown@kcsc.example>",
                   when="Mon, Sep 2, 2024 at 10:30 AM"):
    lines = [f"On {when} {who} wrote:",
             f"> Request {ref(key)}",
             ">",
             "> Dear colleagues,",
             "> The Korea Communications Standards Commission requests the removal of",
             "> the following content, found to be illegal under Korean law:",
             ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> Please reply to this address with the action taken for each item.",
              "> KCSC Takedown Desk"]
    return "\n".join(lines)


# ---------------------------------------------------------------- cases

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= X (KCSC-240902-01, 13 items) =======================

case(
    name="x-legal-outcome-bulleted",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 07:12:40 +0000",
    subject=f"Re: {ref('x')} - Legal request outcome",
    reply_to_req=thread("x"),
    body=f"""
Hello,

Thank you for your request, reference {ref('x')}. We have reviewed the
reported content under the X Rules and under applicable local law and have
taken the following action:

  * {X[0]} - withheld in the Republic of Korea
  * {X[1]} - withheld in the Republic of Korea
  * {X[2]} - removed globally for violating our Illegal and Regulated Goods policy

Content that is withheld remains visible outside the country concerned. The
account holders were notified of this request unless we were prohibited from
doing so. More information: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country-withheld content notice)",
    why="three named posts, each with its own unhedged action: two withheld in Korea, one removed",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed"},
)

case(
    name="x-account-suspended-and-post",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 09:31:02 +0000",
    subject=f"Case update [{ref('x')}]",
    body=f"""
Hi KCSC team,

Regarding {ref('x')}:

The account {X[5]} has been permanently suspended for violating the X Rules.
As a consequence, the post {X[4]} is no longer available on X.

We are still looking into the remaining items of your request and will
follow up separately.

Best,
Legal Operations, X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice in a legal-request thread",
    why="account suspended (removed) and its post made unavailable (removed); the rest is an unnamed promise",
    items={X[5]: "removed", X[4]: "removed"},
)

case(
    name="x-no-violation-top-posted",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 02:45:19 +0000",
    subject=f"Re: Request {ref('x')}",
    reply_to_req=thread("x"),
    body=f"""
Hello,

We reviewed the two posts below against the X Rules and the Korean law you
cited. We did not find a violation, and we are not taking action on them at
this time:

{X[6]}
{X[7]}

If you have a court order concerning this content, you may submit it through
our legal request portal.

X Legal

{quoted_request('x', X)}
""",
    outcome="applied", classification="confirmation",
    imitates="X 'no violation found / no action' reply top-posted over the quoted request (Gmail quoting)",
    why="the two named posts are refused with a reason (rejected); the 13 URLs in the quoted request are not statements",
    items={X[6]: "rejected", X[7]: "rejected"},
)

_x_tbl_rows = [(X[8], "Withheld (KR)"), (X[9], "Removed (X Rules violation)"),
               (X[10], "Unavailable: post deleted by the account holder before review")]
_x_html = ("<html><body><p>Hello,</p><p>Please find below the outcome of your request "
           f"<b>{ref('x')}</b>.</p><table border=\"1\" cellpadding=\"4\">"
           "<tr><th>#</th><th>Reported URL</th><th>Action taken</th></tr>"
           + "".join(f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{a}</td></tr>"
                     for i, (u, a) in enumerate(_x_tbl_rows, 1))
           + "</table><p>Regards,<br>X Legal</p></body></html>")
_x_txt = (f"Hello,\n\nPlease find below the outcome of your request {ref('x')}.\n\n"
          + "\n".join(f"{i}  {u}  {a}" for i, (u, a) in enumerate(_x_tbl_rows, 1))
          + "\n\nRegards,\nX Legal")
case(
    name="x-html-table-outcome",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 08:02:55 +0000",
    subject=f"Outcome of your request {ref('x')}",
    raw_mime=alt(_x_txt, _x_html, "==x778tbl"),
    outcome="applied", classification="confirmation",
    imitates="X legal-team outcome sent as an HTML table with a plain-text alternative",
    why="table rows: withheld in KR (restricted), removed, deleted by the account holder (not_found)",
    items={X[8]: "restricted", X[9]: "removed", X[10]: "not_found"},
)

_x_csv = ("reported_url,action,scope\n"
          f"{X[11]},removed,global\n"
          f"{X[12]},withheld,KR\n"
          f"{X[0]},withheld,KR\n")
case(
    name="x-csv-attachment",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 01:14:08 +0000",
    subject=f"{ref('x')}: action report (CSV)",
    raw_mime=with_csv(
        f"Hello,\n\nThe actions taken on your request {ref('x')} are listed in the attached\n"
        "file, one reported URL per row.\n\nX Legal",
        _x_csv, "KCSC-240902-01_actions.csv", "==x778csv"),
    outcome="applied", classification="confirmation",
    imitates="X legal action report delivered as a CSV attachment",
    why="CSV rows give one action per URL: removed, withheld in KR, withheld in KR",
    items={X[11]: "removed", X[12]: "restricted", X[0]: "restricted"},
)

case(
    name="x-statement-then-url-below",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 05:40:31 +0000",
    subject=f"Re: {ref('x')}",
    reply_to_req=thread("x"),
    body=f"""
Hello,

Following our review, access to the following post has been withheld in
South Korea:
{X[3]}

We were unable to locate the following post. It may be that the link was
mistyped, or that it never existed; in any case there is no such post on X:
{X[10]}

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with each statement followed by its URL on the next line",
    why="withheld in South Korea (restricted); 'unable to locate ... there is no such post' (not_found; the 'may be' concerns the cause, not the status)",
    items={X[3]: "restricted", X[10]: "not_found"},
)

case(
    name="x-outlook-top-post",
    **{"from": "m.harlow@x.com"}, name_from="Maya Harlow",
    date="Mon, 09 Sep 2024 03:20:00 +0000",
    subject=f"RE: {ref('x')} follow-up",
    reply_to_req=thread("x"),
    body=f"""
Dear KCSC team,

Both of the posts below are now withheld in Korea:
{X[8]}
{X[9]}

Best regards,
Maya Harlow
Government Affairs, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 5:02 PM
To: Harlow, Maya <m.harlow@x.com>
Subject: {ref('x')} follow-up

Dear Ms Harlow,
Could you let us know the status of these two posts from our request?
{X[8]}
{X[9]}
Thank you.
KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staffer answering from Outlook above the quoted message",
    why="the staffer's own line withholds both posts in Korea; the Original Message below is ours",
    items={X[8]: "restricted", X[9]: "restricted"},
)

case(
    name="x-numbered-fullwidth-brackets",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 06:05:47 +0000",
    subject=f"[{ref('x')}] Results",
    body=f"""
Dear Sir or Madam,

Results for {ref('x')}:

1) {X[1]}（withheld in KR）
2) {X[11]}（removed: violates our rules on illegal gambling）
3) {X[12]}（no action: does not violate the X Rules or local law）

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X results list pasted by a Korea-based agent with full-width parentheses",
    why="each numbered URL carries its outcome in full-width brackets: restricted, removed, rejected",
    items={X[1]: "restricted", X[11]: "removed", X[12]: "rejected"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 10:11:12 +0000",
    subject=f"Re: {ref('x')}",
    reply_to_req=thread("x"),
    body=f"""
Hello,

Thanks for your report {ref('x')}. Our team has completed a first review and
we expect to withhold the posts below in the Republic of Korea once the
legal review is finished, normally within two business days:

- {X[2]}
- {X[3]}

We will confirm by email when this is done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X 'we expect to withhold' interim reply in a legal-request thread",
    why="a promise to withhold later is no statement: items stay pending, the named items go to a person",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-hedge-appears-removed",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 04:48:00 +0000",
    subject=f"Re: {ref('x')} - question about one item",
    reply_to_req=thread("x"),
    body=f"""
Hi,

About the post {X[11]} from your request: it appears it may already
have been taken down by the author, but we can't confirm that from our side
yet. We'll get back to you once we know more.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X agent's hedged interim answer about a single post",
    why="'appears it may already have been taken down ... can't confirm' is a hedge: pending, to a person",
    items={X[11]: "pending"},
)

case(
    name="x-legacy-twitter-domain-prose",
    **{"from": "legal@twitter.com"}, name_from="Twitter Legal",
    date="Tue, 10 Sep 2024 08:30:00 +0000",
    subject=f"Re: {ref('x')}",
    body=f"""
Hello,

In response to your request {ref('x')}, the Tweet at {X[12]} has
been removed for violating the X Rules. We have also withheld
{X[10]} in Korea, as it is unlawful under Korean law but does not
break our rules.

Twitter Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply still sent from the legacy twitter.com domain, prose with URLs mid-sentence",
    why="twitter.com is an X sender domain: one Tweet removed, one withheld in Korea",
    items={X[12]: "removed", X[10]: "restricted"},
)

case(
    name="x-lawyer-unknown-sender",
    **{"from": "jh.seo@hanbit-law.example"}, name_from="Seo Jihoon", auth="none",
    date="Wed, 11 Sep 2024 01:00:00 +0000",
    subject=f"Your request {ref('x')} - account greenline_pharm",
    body=f"""
Dear Sir or Madam,

We act for the holder of the X account greenline_pharm. Our client has
deleted the post {X[6]} and asks that the matter be closed.

Yours faithfully,
Seo Jihoon, Attorney at Law
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's lawyer, not from the platform",
    why="a statement about a requested item from a sender that is no platform: review, nothing applied",
    items={X[6]: "pending"},
)

case(
    name="x-receipt-case-number",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Mon, 02 Sep 2024 01:31:09 +0000",
    subject="We received your report [ref:_00Dx0KCSC._500Rx778abc:ref]",
    body="""
Hello,

Thank you for contacting X. This is an automated message to confirm that
your legal request has been received and a case has been opened
(case number 0778-4412-09).

Please do not reply to this message. Our team will review your submission
and respond to you by email.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X support ticket receipt for a legal-request web form submission",
    why="pure receipt: names no item, states nothing",
)

# ======================= YouTube (KCSC-240903-02, 4 items) ==================

case(
    name="yt-legal-mixed-outcome",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 23:10:05 +0000",
    subject=f"[{ref('yt')}] YouTube legal removal request - outcome",
    reply_to_req=thread("yt"),
    body=f"""
Hello,

Thank you for your legal request. After review we have taken the following
action:

We have blocked the following video from view in South Korea under local law:
  {YT[0]}

The following video was removed from YouTube globally for violating our
Community Guidelines:
  {YT[1]}

We did not take action on the following video. It does not violate our
Community Guidelines, and the request did not give us enough to find it
unlawful under Korean law:
  {YT[2]}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal request outcome (local-law block / global removal / no action)",
    why="three indented URLs under three statements: restricted, removed, rejected with its reason",
    items={YT[0]: "restricted", YT[1]: "removed", YT[2]: "rejected"},
)

case(
    name="yt-channel-terminated-qp",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 03:44:10 +0000",
    subject=f"Re: {ref('yt')} channel",
    raw_mime=qp(f"""
Hello,

Regarding your request {ref('yt')}: the channel {YT[3]} has been terminated for repeated violations of YouTube’s policies on spam, deceptive practices and scams. It is no longer available on YouTube.

Sincerely,
YouTube Legal Support
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice, quoted-printable body",
    why="channel terminated and no longer available: removed",
    items={YT[3]: "removed"},
)

case(
    name="yt-age-restricted-angle",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 02:00:00 +0000",
    subject=f"Re: {ref('yt')}",
    reply_to_req=thread("yt"),
    body=f"""
Hello,

We reviewed the video <{YT[1]}>. Rather than remove it, we have
applied an age restriction: it can no longer be watched by signed-out
viewers or by users under 18.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome, URL in angle brackets",
    why="age-restricted is restricted ('rather than remove it' names the lesser action, it is not a refusal)",
    items={YT[1]: "restricted"},
)

case(
    name="yt-video-deleted-by-uploader",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Sat, 07 Sep 2024 10:25:41 +0000",
    subject=f"Update on your report ({ref('yt')})",
    body=f"""
Hi,

The video you reported, {YT[2]}, is no longer on YouTube: it was
deleted by the uploader before our team reviewed it, so no further action
is needed on our side.

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report update: content deleted by the uploader",
    why="deleted by its uploader before review: not_found",
    items={YT[2]: "not_found"},
)

_yt_html = f"""<html><body>
<p>Hello,</p>
<p>Here is the result of your request <b>{ref('yt')}</b>:</p>
<ul>
<li><a href="{YT[0]}">{YT[0]}</a> &mdash; removed for violating our Community Guidelines</li>
<li><a href="{YT[3]}">{YT[3]}</a> &mdash; channel restricted in South Korea</li>
</ul>
<p>Learn more about <a href="https://support.google.com/youtube/answer/2801939">how we enforce our policies</a>.</p>
<p>The YouTube Team</p>
</body></html>"""
case(
    name="yt-html-only-list",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Sun, 08 Sep 2024 06:12:00 +0000",
    subject=f"Result of your request {ref('yt')}",
    type="html", body=_yt_html,
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML-only notification with linked URLs and a help-centre link",
    why="two linked items: removed; restricted in South Korea. The help link is no item",
    items={YT[0]: "removed", YT[3]: "restricted"},
)

case(
    name="yt-under-review",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 05:05:05 +0000",
    subject=f"Re: {ref('yt')}",
    reply_to_req=thread("yt"),
    body=f"""
Hello,

Thank you for reaching out. The videos below are currently under review by
our legal team, and we will let you know the outcome:

{YT[0]}
{YT[1]}

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal 'currently under review' interim reply naming the videos",
    why="'under review' is no statement; it names requested items, so a person looks at it",
    items={YT[0]: "pending", YT[1]: "pending"},
)

case(
    name="yt-out-of-office",
    **{"from": "d.okafor@google.com"}, name_from="Daniel Okafor",
    date="Tue, 03 Sep 2024 02:05:00 +0000",
    subject=f"Automatic reply: {ref('yt')} removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi, thanks for your email. I am out of the office until 16 September with
limited access to email. For legal removal requests please use the YouTube
legal webform; for urgent matters contact my colleague at
yt-legal-apac@google.com.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Google employee out-of-office automatic reply",
    why="out-of-office auto-reply",
)

# ======================= Meta (KCSC-240904-03, 3 items) =====================

case(
    name="meta-local-law-numbered",
    **{"from": "records@meta.com"}, name_from="Meta Content Policy",
    date="Fri, 06 Sep 2024 08:00:00 +0000",
    subject=f"Your report {ref('meta')} - decision",
    reply_to_req=thread("meta"),
    body=f"""
Dear KCSC,

We reviewed the content you reported in {ref('meta')}.

1. {META[0]}
   We restricted access to this content in South Korea based on local law.
2. {META[1]}
   We restricted access to this content in South Korea based on local law.
3. {META[2]}
   This Page was removed because it goes against our Community Standards
   on restricted goods and services.

People using our technologies in other countries can still see items 1 and
2, as they do not go against our Community Standards.

Meta Content Policy team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' decision, numbered list with the action on the next line",
    why="two restricted in South Korea, one removed globally",
    items={META[0]: "restricted", META[1]: "restricted", META[2]: "removed"},
)

case(
    name="meta-notice-decision-fields",
    **{"from": "notification@facebookmail.com"}, name_from="Instagram",
    date="Fri, 06 Sep 2024 12:34:56 +0000",
    subject="Decision on your report about content on Instagram",
    body=f"""
Decision on your report

Report reference: IG-DSA-7781-0042 (your ref. {ref('meta')})
Content: {META[1]}
Decision: Content removed
Territorial scope: Worldwide
Grounds: Community Guidelines - Regulated goods
Automated means used for the decision: No

You can ask us to look at this decision again in the Help Center.

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram decision notice to a notifier (DSA Art. 16(5) style field layout)",
    why="Content/Decision fields: the one post removed worldwide",
    items={META[1]: "removed"},
)

case(
    name="meta-qp-wrapped-not-found",
    **{"from": "records@meta.com"}, name_from="Meta Content Policy",
    date="Sat, 07 Sep 2024 01:22:00 +0000",
    subject=f"Re: {ref('meta')}",
    raw_mime=qp(f"""
Hello,

We looked into the group post you reported at {META[0]} and it is no longer available on Facebook: it was deleted by the person who posted it before we could review it.

The other items of your report are still being processed.

Meta Content Policy team
"""),
    outcome="applied", classification="confirmation",
    imitates="Meta reply in quoted-printable whose soft line break falls inside the URL",
    why="deleted by the person who posted it: not_found; the rest is only 'still being processed'",
    items={META[0]: "not_found"},
)

case(
    name="meta-conflicting-lines",
    **{"from": "records@meta.com"}, name_from="Meta Content Policy",
    date="Mon, 09 Sep 2024 07:15:00 +0000",
    subject=f"Outcome - {ref('meta')}",
    body=f"""
Hello,

Outcome of your report {ref('meta')}:

{META[2]} - removed (Community Standards)
{META[2]} - no action taken, does not go against our Community Standards

Meta Content Policy team
""",
    outcome="review", review="conflicting_statements",
    imitates="Meta outcome list where an agent pasted one URL twice with two different outcomes",
    why="the Page is both removed and left up in the same email: a person must ask",
    items={META[2]: "pending"},
)

case(
    name="meta-dkim-fail",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook", auth="fail",
    date="Mon, 09 Sep 2024 11:00:00 +0000",
    subject=f"We removed the content you reported ({ref('meta')})",
    body=f"""
Thanks for your report. We removed the following content because it goes
against our Community Standards:

{META[0]}
{META[1]}
{META[2]}

Facebook
""",
    outcome="review", review="untrusted",
    imitates="Facebook report outcome arriving with failed DKIM/DMARC",
    why="claims from a Meta domain that fails authentication: nothing applied",
    items={META[0]: "pending", META[1]: "pending", META[2]: "pending"},
)

_mdn_b = "==mdn778"
case(
    name="meta-read-receipt",
    **{"from": "j.alvarez@meta.com"}, name_from="Julia Alvarez",
    date="Wed, 04 Sep 2024 03:10:00 +0000",
    subject=f"Read: {ref('meta')} removal request",
    raw_mime=(
        f'Content-Type: multipart/report; report-type=disposition-notification; boundary="{_mdn_b}"\n\n'
        f"--{_mdn_b}\nContent-Type: text/plain; charset=utf-8\n\n"
        f"Your message\n\n  To: Alvarez, Julia\n  Subject: {ref('meta')} removal request\n"
        "  Sent: Wednesday, September 4, 2024 9:40 AM\n\n"
        "was read on Wednesday, September 4, 2024 12:10 PM.\n\n"
        f"--{_mdn_b}\nContent-Type: message/disposition-notification\n\n"
        "Reporting-UA: outlook.meta.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;j.alvarez@meta.com\n"
        f"Original-Message-ID: <{thread('meta')}@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        f"--{_mdn_b}--\n"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a Meta staffer",
    why="read receipt",
)

# ======================= TikTok (KCSC-240905-04, 5 items) ===================

_tt_rows = [
    (TT[0], "Removed", "Illegal activities and regulated goods"),
    (TT[1], "Removed", "Illegal activities and regulated goods"),
    (TT[2], "Removed", "Gambling"),
    (TT[3], "Account banned", "Repeated violations"),
    (TT[4], "No violation", "Not in breach of Community Guidelines or local law"),
]
case(
    name="tiktok-text-table-five",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 02:30:00 +0000",
    subject=f"RE: {ref('tt')} - Response from TikTok",
    reply_to_req=thread("tt"),
    body=f"""
Dear Korea Communications Standards Commission,

Thank you for your request {ref('tt')}. Our review is complete:

URL                                                                 | Outcome        | Basis
--------------------------------------------------------------------+----------------+------------------------------
""" + "\n".join(f"{u:<68}| {o:<15}| {b}" for u, o, b in _tt_rows) + """

Kind regards,
TikTok Law Enforcement & Government Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request response with a fixed-width text table",
    why="all five named with their outcome: four removed (one account banned), one refused",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "removed", TT[3]: "removed", TT[4]: "rejected"},
)

case(
    name="tiktok-base64-hedge-mixed",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 09:18:00 +0000",
    subject=f"{ref('tt')} update",
    raw_mime=b64(f"""
Hello,

Update on {ref('tt')}:

- {TT[4]} : following a legal review this video is now restricted in your country/region (South Korea).
- {TT[2]} : we could not find this video during our review. It may have been removed by its creator; we will check again and confirm.

Best regards,
TikTok Legal
"""),
    outcome="applied", classification="confirmation",
    imitates="TikTok legal update sent as a base64-encoded body",
    why="one video restricted in Korea; the other only 'may have been removed ... will confirm' (hedge: stays pending)",
    items={TT[4]: "restricted", TT[2]: "pending"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    **{"from": "noreply@service.tiktok.com"}, name_from="TikTok",
    date="Tue, 10 Sep 2024 13:00:00 +0000",
    subject="Statement of reasons for a content moderation decision",
    body=f"""
STATEMENT OF REASONS

Notice reference: {ref('tt')}
Content concerned: {TT[0]}
Decision taken: Visibility restricted - the video is not available in the Republic of Korea
Territorial scope: KR
Facts and circumstances: notice submitted by a government authority
Legal ground: illegal content under the law of the Republic of Korea
Use of automated means: detection no, decision no
Redress: internal complaint-handling system, out-of-court dispute settlement, judicial redress

TikTok
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA statement of reasons (Art. 17 field layout) copied to the notifier",
    why="decision: not available in Korea, territorial scope KR: restricted",
    items={TT[0]: "restricted"},
)

case(
    name="tiktok-received-and-removed",
    **{"from": "noreply@service.tiktok.com"}, name_from="TikTok",
    date="Tue, 10 Sep 2024 15:20:00 +0000",
    subject="We've received your report (Ticket #TT-55107)",
    body=f"""
Hi,

We've received your report (Ticket #TT-55107, your reference {ref('tt')}).
Our team has already reviewed it: the video {TT[1]} has been removed for
violating our Community Guidelines.

Thanks for helping keep TikTok safe.
TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok ticket receipt that also carries the result",
    why="a receipt phrase followed by an unhedged removal of a named video is not a mere acknowledgement",
    items={TT[1]: "removed"},
)

case(
    name="tiktok-bulk-all-removed",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 03:03:03 +0000",
    subject=f"RE: {ref('tt')}",
    reply_to_req=thread("tt"),
    body=f"""
Hello,

We have completed our review of {ref('tt')}. All of the videos and the
account listed in your request have been removed from TikTok.

Best regards,
TikTok Legal
""",
    outcome="review", review="bulk",
    imitates="TikTok legal closing reply with a blanket statement",
    why="'all ... listed in your request' for a five-item request names no item: bulk review, items pending",
    items={u: "pending" for u in TT},
)

case(
    name="tiktok-vendor-unknown-sender",
    **{"from": "escalations@clearmod-bpo.example"}, name_from="ClearMod Escalations", auth="none",
    date="Wed, 11 Sep 2024 06:40:00 +0000",
    subject=f"On behalf of TikTok: {ref('tt')}",
    body=f"""
Hello,

We handle escalations on behalf of TikTok's moderation team. The following
video has been removed:
{TT[2]}

ClearMod Escalations Desk
""",
    outcome="review", review="unknown_sender",
    imitates="moderation outsourcing vendor writing 'on behalf of' the platform from its own domain",
    why="the sender is not a TikTok domain: review, nothing applied",
    items={TT[2]: "pending"},
)

_dsn_b = "==dsn778"
case(
    name="tiktok-dsn-bounce",
    **{"from": "MAILER-DAEMON@relay.govmail-out.example"}, name_from="Mail Delivery System", auth="none",
    date="Thu, 05 Sep 2024 05:01:30 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=(
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{_dsn_b}"\n\n'
        f"--{_dsn_b}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host relay.govmail-out.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<legal-korea@tiktok.com>: host mx.tiktok.com[203.0.113.25] said: 550 5.1.1\n"
        "    <legal-korea@tiktok.com>: Recipient address rejected: User unknown\n\n"
        f"--{_dsn_b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; relay.govmail-out.example\n\n"
        "Final-Recipient: rfc822; legal-korea@tiktok.com\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown\n\n"
        f"--{_dsn_b}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\nTo: legal-korea@tiktok.com\n"
        f"Subject: {ref('tt')} removal request\nMessage-ID: <{thread('tt')}@kcsc.example>\n\n"
        f"--{_dsn_b}--\n"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 user unknown) for our request",
    why="bounce of our own request",
)

# ======================= Reddit (KCSC-240909-05, 2 items) ===================

case(
    name="reddit-safety-korean-slug",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Wed, 11 Sep 2024 02:02:02 +0000",
    subject=f"Thanks for your report ({ref('rd')})",
    body=f"""
Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating,
we've removed the post {RD_RAW}。

We also found that the account {RD[1]} violated Reddit's rules on the sale of
prohibited goods, and it has been permanently banned.

Thanks again for helping keep Reddit safe.
Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin 'thanks for your report, we've removed' message; Korean slug written raw, full-width stop",
    why="post removed (raw Korean path matches its percent-encoded form); account banned: removed",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-legal-user-not-found",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 07:45:00 +0000",
    subject=f"Re: {ref('rd')}",
    reply_to_req=thread("rd"),
    body=f"""
Hello,

Regarding the second URL in your request, {RD[1]}: there is no Reddit
account with this username, and our records show none has existed, so there
is nothing for us to action.

We will respond about the first URL separately.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply: no such account",
    why="no such account has existed: not_found",
    items={RD[1]: "not_found"},
)

case(
    name="reddit-asks-for-legal-basis",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 09:00:00 +0000",
    subject=f"Re: {ref('rd')} - additional information needed",
    reply_to_req=thread("rd"),
    body=f"""
Hello,

Before we can act on the post {RD[0]}, we need the specific
provision of Korean law that the content is said to violate, and a copy of
the Commission's decision if one was issued. Please reply to this email with
that information.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the legal basis before acting",
    why="the platform asks for more information about a named item: nothing applied",
    items={RD[0]: "pending"},
)

case(
    name="reddit-zendesk-receipt",
    **{"from": "support@reddit.com"}, name_from="Reddit Help",
    date="Mon, 09 Sep 2024 01:20:00 +0000",
    subject=f"[Reddit Help] Re: {ref('rd')} removal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request (#4821907) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Reddit Help.

On Mon, Sep 9, 2024 at 10:15 AM, KCSC Takedown wrote:
> Request {ref('rd')}: please remove
> {RD[0]}
> {RD[1]}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'your request has been received' auto-receipt quoting our request",
    why="receipt; the URLs only appear in our quoted request",
)

# ======================= Discord (KCSC-240911-06, 1 item) ===================

case(
    name="discord-server-removed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 18:00:00 +0000",
    subject=f"Re: [{ref('dc')}] Report about a Discord server",
    reply_to_req=thread("dc"),
    body=f"""
Hello,

Thank you for the report. Our Safety team investigated the server reached
through the invite {DC[0]} and found that it violated our Community
Guidelines. The server has been removed from Discord and its owner's account
has been disabled.

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'we have removed the server' reply",
    why="the invite's server removed: removed (the safety-centre link is not an item)",
    items={DC[0]: "removed"},
)

case(
    name="discord-sole-no-url",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 04:10:00 +0000",
    subject=f"Re: {ref('dc')}",
    reply_to_req=thread("dc"),
    body="""
Hi,

Following up on your report: we've taken action on the server you reported,
and it is no longer accessible on Discord.

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord short follow-up naming no URL in the thread of a one-item request",
    why="the only statement, in the thread of a one-item request: that item is removed",
    items={DC[0]: "removed"},
)

case(
    name="discord-report-received",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Wed, 11 Sep 2024 07:25:00 +0000",
    subject="We've received your report",
    body="""
Hi,

Thanks for reaching out to Discord Trust & Safety. We have received your
report and a member of our team will look into it. You'll receive another
email once we have an update.

Discord Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord report confirmation email",
    why="pure receipt",
)

# ======================= Twitch (KCSC-240912-07, 2 items) ===================

case(
    name="twitch-suspended-and-vod-gone",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Mon, 16 Sep 2024 20:30:00 +0000",
    subject=f"Re: {ref('tw')} - Twitch response",
    reply_to_req=thread("tw"),
    body=f"""
Hello,

Thank you for your notice {ref('tw')}.

* The channel casinohunter_kr ({TW[0]}) has been indefinitely
  suspended for promoting illegal gambling.
* The VOD {TW[1]} had already been deleted by the broadcaster
  before our review.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply on a channel and a past broadcast",
    why="channel suspended (removed); VOD deleted by the broadcaster (not_found)",
    items={TW[0]: "removed", TW[1]: "not_found"},
)

case(
    name="twitch-conditional",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Fri, 13 Sep 2024 05:00:00 +0000",
    subject=f"Re: {ref('tw')}",
    reply_to_req=thread("tw"),
    body=f"""
Hello,

We have forwarded the channel {TW[0]} and the video {TW[1]}
to our enforcement team. If they find that the content breaks our Community
Guidelines, appropriate action will be taken, which may include removal.

Twitch Legal
""",
    outcome="review", review="not_understood",
    imitates="Twitch 'if we find a violation, we will take action' reply",
    why="a condition and a promise, no statement: named items stay pending, a person looks",
    items={TW[0]: "pending", TW[1]: "pending"},
)

# ======================= Other platforms =====================================

case(
    name="pinterest-wrong-platform",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Tue, 10 Sep 2024 17:00:00 +0000",
    subject=f"Re: {ref('tt')}",
    body=f"""
Hi,

We received your request {ref('tt')}. The link below is not Pinterest
content, and we could not find any Pin on Pinterest that uses it:
{TT[4]}

You may wish to contact the service that hosts it.

Pinterest Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Pinterest legal reply to a request sent to it by mistake",
    why="Pinterest states 'could not find' about a TikTok item: not its own item",
    items={TT[4]: "pending"},
)

case(
    name="snapchat-use-portal",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Law Enforcement Operations",
    date="Thu, 12 Sep 2024 02:00:00 +0000",
    subject="Your email to Snap",
    body="""
Hello,

Thank you for contacting Snap Inc. Requests from government agencies to
remove content from Snapchat must be submitted through our law enforcement
portal so that we can verify them. Emails to this address are not monitored
for removal requests.

Snap Law Enforcement Operations
""",
    outcome="review", review="no_claims",
    imitates="Snap law-enforcement operations 'use our portal' reply",
    why="trusted platform email naming no item and no request, and not a mere receipt",
)

case(
    name="pinterest-out-of-office",
    **{"from": "k.lindqvist@pinterest.com"}, name_from="Karin Lindqvist",
    date="Thu, 05 Sep 2024 08:00:00 +0000",
    subject=f"Out of Office: {ref('tt')} removal request",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
I'm away until Monday 23 September and will reply when I return.
For urgent legal matters please write to legal@pinterest.com.

Karin
""",
    outcome="ignored", classification="auto_reply",
    imitates="Pinterest employee out-of-office reply",
    why="out-of-office auto-reply",
)

HEADER = f"""# blind778: English notices from many platforms (X, YouTube, Meta, TikTok,
# Reddit, Discord, Twitch, Snapchat, Pinterest). Written by tests/corpus/blind778/make.py
# from each email's meaning, before any run of the reader. Each case is
# ingested alone into a fresh ledger holding requests.csv.
# {len(CASES)} cases."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind778", HEADER, CASES)


if __name__ == "__main__":
    main()
