#!/usr/bin/env python3
"""Blind set blind430: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Telegram, Snapchat and Pinterest mail
that concerns none of their own items).

    python3 tests/corpus/blind430/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
dates, fixed MIME boundaries, no randomness. Every expected result below was
written from the meaning of the email alone, before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind430"

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
X = [
    "https://x.com/moonlit_ledger/status/1830411122334455661",
    "https://x.com/moonlit_ledger/status/1830411122334455662",
    "https://x.com/grey_orchard_77/status/1830502233445566771",
    "https://x.com/grey_orchard_77/status/1830502233445566772",
    "https://x.com/pale_kite_kr/status/1830613344556677881",
    "https://x.com/pale_kite_kr/status/1830613344556677882",
    "https://x.com/tin_lantern09/status/1830724455667788991",
    "https://x.com/tin_lantern09/status/1830724455667788992",
    "https://x.com/harbor_moth/status/1830835566778899001",
    "https://x.com/harbor_moth/status/1830835566778899002",
    "https://x.com/quiet_fennel/status/1830946677889900111",
    "https://x.com/hollow_reed_kr",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8bLk2A",
    "https://www.youtube.com/watch?v=Zr7pW1nHc5E",
    "https://www.youtube.com/shorts/Lk9xD4sFq0U",
    "https://www.youtube.com/@ember_tape_kr",
]
META = [
    "https://www.facebook.com/groups/1182736450912/posts/2290817364512/",
    "https://www.facebook.com/profile.php?id=100089123456789",
    "https://www.instagram.com/p/C9xKq2LmN4r/",
    "https://www.instagram.com/reel/C9zTt7HpW1b/",
    "https://www.instagram.com/velvet_static.kr/",
]
TT = [
    "https://www.tiktok.com/@nightcrane_kr/video/7410223344556677889",
    "https://www.tiktok.com/@nightcrane_kr/video/7410223344556677890",
    "https://www.tiktok.com/@dusk_pigeon22/video/7411334455667788990",
]
R1_RAW = "https://www.reddit.com/r/kdealsunderground/comments/1f3abcd/계정_판매/"
RD = [
    "https://www.reddit.com/r/kdealsunderground/comments/1f3abcd/" + quote("계정_판매") + "/",
    "https://www.reddit.com/r/kdealsunderground/comments/1f3abxe/comment/lkq9zz1/",
]
TW = [
    "https://www.twitch.tv/lowtide_reverb",
    "https://www.twitch.tv/videos/2241987765",
]
DC = ["https://discord.gg/moonmarketkr"]

REQUESTS = [
    # ref, platform, sent, due, category, urls, note
    ("KCSC-240902-01", "x", "2024-09-02", "2024-09-09", "drug_sale", X, "batch of posts and one account"),
    ("KCSC-240903-02", "youtube", "2024-09-03", "2024-09-10", "illegal_gambling", YT, "videos, a Short and a channel"),
    ("KCSC-240904-03", "meta", "2024-09-04", "2024-09-11", "account_trade", META, "Facebook and Instagram"),
    ("KCSC-240905-04", "tiktok", "2024-09-05", "2024-09-12", "obscenity", TT, ""),
    ("KCSC-240906-05", "reddit", "2024-09-06", "2024-09-13", "account_trade", RD, "post with Korean slug"),
    ("KCSC-240909-06", "twitch", "2024-09-09", "2024-09-16", "illegal_gambling", TW, "channel and VOD"),
    ("KCSC-240910-07", "discord", "2024-09-10", "2024-09-17", "drug_sale", DC, "server invite"),
]


def mid(ref):
    return ref.lower() + ".req"


def write_requests():
    # (The csv module quotes a note that holds a comma.)
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def request_text(ref, platform_name, urls, due):
    body = [
        f"Dear {platform_name} team,",
        "",
        "The Korea Communications Standards Commission has found the content",
        "below to be illegal under Korean law and asks you to remove it or to",
        f"block access to it from Korea (our reference {ref}).",
        "",
    ]
    for i, u in enumerate(urls, 1):
        body.append(f"{i}. {u}")
    body += [
        "",
        f"Please tell us by {due} what action was taken for each item.",
        "",
        "KCSC Takedown Desk",
    ]
    return body


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def alt(text, html, b):
    return (
        f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n"
        f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n"
        f"--{b}--\n"
    )


def qp(text):
    enc = quopri.encodestring(text.strip().encode("utf-8") + b"\n").decode("ascii")
    return "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + enc


def b64(text, ctype="text/plain"):
    enc = base64.encodebytes(text.strip().encode("utf-8") + b"\n").decode("ascii")
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + enc


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
C = []


def case(**kw):
    C.append(kw)


REF_X, REF_YT, REF_META, REF_TT, REF_RD, REF_TW, REF_DC = [r[0] for r in REQUESTS]
X_REQ = request_text(REF_X, "X", X, "9 September 2024")
YT_REQ = request_text(REF_YT, "YouTube", YT, "10 September 2024")
META_REQ = request_text(REF_META, "Meta", META, "11 September 2024")
TT_REQ = request_text(REF_TT, "TikTok", TT, "12 September 2024")
RD_REQ = request_text(REF_RD, "Reddit", RD, "13 September 2024")

# ---------------------------------------------------------------- X --------
case(
    name="x-legal-withheld-kr",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome to a government requester: posts withheld in the requesting country (Country Withheld Content)",
    why="two posts named, each withheld in South Korea only",
    **{"from": "legal@x.com"}, date="Wed, 04 Sep 2024 06:12:40 +0000",
    subject=f"Re: [{REF_X}] Request to restrict content under Korean law",
    reply_to_req=mid(REF_X),
    body=f"""
Hello,

This is in response to your request of September 2, 2024 (your reference
{REF_X}).

We have reviewed the request under X's policies and applicable local law.
The following posts have been withheld in South Korea and remain viewable
in other countries:

{X[0]}
{X[1]}

More information on how country withheld content works is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

We will respond separately on the remaining posts.

Regards,
X Legal
""",
    items={X[0]: "restricted", X[1]: "restricted"},
)

case(
    name="x-numbered-outcomes-top-posted",
    outcome="applied", classification="confirmation",
    imitates="human reply from a platform's government-requests desk, numbered outcome list top-posted over a Gmail-quoted request",
    why="four posts with four different outcomes; the other eight are only in the quoted request or 'still reviewing'",
    **{"from": "dana.r@x.com"}, name_from="Dana R. (X Legal)",
    date="Fri, 06 Sep 2024 09:41:05 +0000",
    subject=f"Re: [{REF_X}] Request to restrict content under Korean law",
    reply_to_req=mid(REF_X),
    body=f"""
Hi KCSC team,

Thanks for your patience. Here is where we landed on four of the posts
in {REF_X}:

1. {X[2]} - removed for violating our
   illegal or certain regulated goods and services policy
2. {X[3]} - no longer exists; the account
   holder deleted it before our review
3. {X[4]} - reviewed, no violation of the
   X Rules or of Korean law was found, so no action was taken
4. {X[5]} - withheld in South Korea

We're still reviewing the remaining posts and will follow up separately.

Best,
Dana
Global Government Affairs, X Corp.

On Mon, Sep 2, 2024 at 5:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(X_REQ)}
""",
    items={X[2]: "removed", X[3]: "not_found", X[4]: "rejected", X[5]: "restricted",
           **{u: "pending" for u in X[:2] + X[6:]}},
)

case(
    name="x-account-suspended",
    outcome="applied", classification="confirmation",
    imitates="X support reply that a reported account was suspended for violating the X Rules",
    why="account suspended: account and its posts no longer visible anywhere, recorded as removed",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Sat, 07 Sep 2024 02:03:11 +0000",
    subject=f"Case 0112-4437: your report about @hollow_reed_kr [{REF_X}]",
    body=f"""
Hello,

Thanks for reporting this account to us.

We reviewed the account https://x.com/hollow_reed_kr and found that it
was in violation of the X Rules on illegal and regulated goods. The
account has been permanently suspended. Suspended accounts, and the posts
they made, are no longer visible to anyone on X.

You can learn more about suspensions at https://help.x.com/en/managing-your-account/suspended-x-accounts

Thanks,
X Support
""",
    items={X[11]: "removed"},
)

x_html_rows = [
    (X[6], "Withheld", "South Korea", "Local law (Art. 44-7)"),
    (X[7], "Removed", "Global", "Violation of X Rules"),
    (X[8], "No action", "&mdash;", "Not in violation of X Rules or local law"),
]
case(
    name="x-html-table",
    outcome="applied", classification="confirmation",
    imitates="platform legal-request outcome rendered as an HTML table (URL / action / scope / basis), with a plain-text alternative",
    why="table rows: withheld in KR, removed globally, no action as not in violation",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Mon, 09 Sep 2024 03:22:50 +0000",
    subject=f"Outcome of your legal request {REF_X} (3 posts)",
    raw_mime=alt(
        f"""
Outcome of your legal request {REF_X}

URL: {X[6]}
Action: Withheld - South Korea (local law)

URL: {X[7]}
Action: Removed - global (violation of X Rules)

URL: {X[8]}
Action: No action - not in violation of X Rules or local law

X Legal Requests
""",
        "<html><body><p>Outcome of your legal request " + REF_X + "</p>"
        "<table border=\"1\" cellpadding=\"4\"><tr><th>Reported URL</th><th>Action</th><th>Scope</th><th>Basis</th></tr>"
        + "".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{a}</td><td>{s}</td><td>{b}</td></tr>" for u, a, s, b in x_html_rows)
        + "</table><p>X Legal Requests</p></body></html>",
        "=_x_outcome_7731",
    ),
    items={X[6]: "restricted", X[7]: "removed", X[8]: "rejected"},
)

x_csv = f"""url,decision,details
{X[9]},Removed,Violation of X Rules - illegal goods
{X[10]},Not found,Invalid URL - no post exists with this ID
"""
case(
    name="x-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="legal-desk reply with the per-URL outcome in an attached CSV report",
    why="CSV attachment: one post removed, one URL that does not exist",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Tue, 10 Sep 2024 08:00:14 +0000",
    subject=f"[{REF_X}] Outcome report attached",
    reply_to_req=mid(REF_X),
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="=_mix_x_0910"\n\n'
        "--=_mix_x_0910\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"Hello,\n\nPlease find attached the outcome report for two posts in your request {REF_X}.\n\n"
        "Regards,\nX Legal Requests\n"
        "--=_mix_x_0910\nContent-Type: text/csv; charset=utf-8; name=\"outcome_" + REF_X + ".csv\"\n"
        "Content-Disposition: attachment; filename=\"outcome_" + REF_X + ".csv\"\n"
        "Content-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(x_csv.encode("utf-8")).decode("ascii")
        + "--=_mix_x_0910--\n"
    ),
    items={X[9]: "removed", X[10]: "not_found"},
)

case(
    name="x-korean-particles-bilingual",
    outcome="applied", classification="confirmation",
    imitates="bilingual reply from a platform's Korea public-policy team, URLs followed by Korean particles and full-width punctuation",
    why="one post withheld in Korea (접근 제한), one deleted (삭제); English summary agrees",
    **{"from": "kr-policy@x.com"}, name_from="X Korea Public Policy",
    date="Wed, 11 Sep 2024 01:35:27 +0000",
    subject=f"RE: [{REF_X}] 게시물 조치 결과 / outcome",
    reply_to_req=mid(REF_X),
    body=f"""
안녕하세요, 방송통신심의위원회 담당자님.

요청하신 게시물 중 두 건의 처리 결과를 알려드립니다.

- {X[8]}의 게시물은 한국 내 접근 제한(withheld in Korea) 처리되었습니다.
- {X[9]}：X 규칙 위반으로 삭제되었습니다。

(English) Of the posts in your request, the first post above has been
withheld in Korea and the second has been removed for violating the X
Rules.

감사합니다.
X Korea Public Policy
""",
    items={X[8]: "restricted", X[9]: "removed"},
)

case(
    name="x-echoed-report",
    outcome="applied", classification="confirmation",
    imitates="automated 'we took action on your report' update that echoes the reported post, report id and date",
    why="the echo block names one post and the notice says it was removed",
    **{"from": "notify@x.com"}, name_from="X",
    date="Thu, 12 Sep 2024 11:09:58 +0000",
    subject="Update on your report",
    body=f"""
Report update

We reviewed the post you reported and found that it broke our rules on
the sale of illegal goods. We removed the post.

Reported post:  {X[6]}
Report ID:      2294-0817-5531
Reported by:    takedown@kcsc.example
Date of report: Sep 2, 2024

Thanks for helping keep X safe.

X Corp. 865 FM 1209, Bastrop, TX 78602
""",
    items={X[6]: "removed"},
)

case(
    name="x-promise-will-withhold",
    outcome="review", review="not_understood",
    imitates="human interim reply from a legal desk promising action once a review completes",
    why="only promises and conditions ('will be withheld if', 'likely'), nothing done yet",
    **{"from": "dana.r@x.com"}, name_from="Dana R. (X Legal)",
    date="Wed, 04 Sep 2024 10:20:00 +0000",
    subject=f"Re: [{REF_X}] Request to restrict content under Korean law",
    reply_to_req=mid(REF_X),
    body=f"""
Hi,

Quick update on {REF_X}. The posts below are with our legal team now:

- {X[0]}
- {X[1]}
- {X[10]}

They will be withheld in South Korea if the team confirms they breach
local law, and the last one will likely be removed under our own rules
as well. I expect to have answers for you early next week.

Best,
Dana
""",
    items={X[0]: "pending", X[1]: "pending", X[10]: "pending"},
)

case(
    name="x-bulk-withheld-all",
    outcome="review", review="bulk",
    imitates="short legal-desk closure note covering a whole batch request without listing URLs",
    why="'all of the reported posts' for a twelve-item request, no URL named",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 07:45:31 +0000",
    subject=f"Re: [{REF_X}] Request to restrict content under Korean law",
    reply_to_req=mid(REF_X),
    body=f"""
Hello,

We have completed our review of your request {REF_X}. All of the reported
posts and the reported account have been withheld in South Korea.

Regards,
X Legal
""",
    items={u: "pending" for u in X},
)

case(
    name="x-auth-fail-removed",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="legal-desk confirmation whose sender domain fails DKIM/SPF/DMARC",
    why="claims removal of two posts, but x.com authentication failed",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sun, 08 Sep 2024 14:02:09 +0000",
    subject=f"Re: [{REF_X}] Request to restrict content under Korean law",
    body=f"""
Hello,

The following posts from your request {REF_X} have been removed:

{X[4]}
{X[5]}

Regards,
X Legal
""",
    items={X[4]: "pending", X[5]: "pending"},
)

# ---------------------------------------------------------------- YouTube --
case(
    name="yt-legal-removed-global",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome: video removed globally under the Community Guidelines after a legal complaint",
    why="one video named, removed from YouTube everywhere",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 04:18:33 +0000",
    subject=f"[{REF_YT}] Your legal complaint - outcome",
    reply_to_req=mid(REF_YT),
    body=f"""
Hello,

Thank you for contacting YouTube.

Following a review of your complaint (reference {REF_YT}), we found that
the video below violates YouTube's Community Guidelines. We have removed
it from YouTube globally.

- {YT[0]}

The other items in your complaint are still being reviewed.

Regards,
The YouTube Legal Support Team
""",
    items={YT[0]: "removed"},
)

case(
    name="yt-blocked-kr-agerestricted-qp",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome (quoted-printable): video blocked from view in the requester's country, Short age-restricted",
    why="a video geo-blocked in South Korea and a Short age-restricted: both restricted",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Removals",
    date="Fri, 06 Sep 2024 05:51:12 +0000",
    subject=f"Re: [{REF_YT}] Request for removal of illegal content",
    reply_to_req=mid(REF_YT),
    raw_mime=qp(f"""
Hello,

Thank you for your request {REF_YT}. After reviewing the content under local law and our policies, we have taken the following actions:

- We have blocked the video {YT[1]} from view in South Korea, based on local law. The video remains available in other countries.
- We have age-restricted the Short {YT[2]}. It can no longer be viewed by users who are signed out or under 18.

Regards,
Google Legal Removals Team
"""),
    items={YT[1]: "restricted", YT[2]: "restricted"},
)

case(
    name="yt-channel-terminated-and-no-action",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome covering a channel termination and a decision not to act on a video",
    why="channel terminated (removed); video reviewed and left up as it breaks no policy or local law (rejected)",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Removals",
    date="Sat, 07 Sep 2024 06:30:45 +0000",
    subject=f"Re: [{REF_YT}] Request for removal of illegal content",
    reply_to_req=mid(REF_YT),
    body=f"""
Hello,

We have completed our review of two of the items in your request.

The channel {YT[3]} has been terminated for repeated violations of our
Community Guidelines. Terminated channels and their videos are no longer
available on YouTube.

After careful review, we have decided not to take action on the video
{YT[1]}. We did not find that it violates our policies or Korean law,
and it remains available.

Regards,
Google Legal Removals Team
""",
    items={YT[3]: "removed", YT[1]: "rejected"},
)

case(
    name="yt-bare-url-outcome-below",
    outcome="applied", classification="confirmation",
    imitates="legal-removals form-tool summary: a 'Content URL' line with the 'Outcome' on the line below",
    why="three blocks: removed, no action as not in violation (rejected), content not found",
    **{"from": "legal-notices@google.com"}, name_from="Google Legal Notices",
    date="Mon, 09 Sep 2024 02:14:09 +0000",
    subject=f"Summary of outcomes for {REF_YT}",
    body=f"""
Summary of outcomes - {REF_YT}

Content URL: {YT[0]}
Outcome: Removed - Community Guidelines (harassment and cyberbullying)

Content URL: {YT[2]}
Outcome: No action taken - not in violation of our policies or local law

Content URL: {YT[3]}
Outcome: Content not found

Please do not reply to this message. To submit a new request, use
https://support.google.com/legal/answer/3110420
""",
    items={YT[0]: "removed", YT[2]: "rejected", YT[3]: "not_found"},
)

case(
    name="yt-outlook-top-posted-partial",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a legal-removals specialist top-posted over the full request (-----Original Message-----)",
    why="two videos removed; the other two 'still under review'; request below is the regulator's own text",
    **{"from": "mina.k@google.com"}, name_from="Mina K.",
    date="Tue, 10 Sep 2024 07:07:07 +0000",
    subject=f"RE: [{REF_YT}] Request for removal of illegal content",
    reply_to_req=mid(REF_YT),
    body=f"""
Hello,

Of the URLs in your notice, the two videos below have been removed from
YouTube:

{YT[0]}
{YT[1]}

The remaining two items are still under review.

Kind regards,
Mina K.
Legal Removals, Google

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 4:02 PM
To: legal-kr@google.com
Subject: [{REF_YT}] Request for removal of illegal content

""" + "\n".join(YT_REQ),
    items={YT[0]: "removed", YT[1]: "removed", YT[2]: "pending", YT[3]: "pending"},
)

case(
    name="yt-hedge-may-have",
    outcome="review", review="not_understood",
    imitates="interim reply with a hedged guess about an item's state",
    why="'may have already been removed' and 'will confirm': a hedge, not a statement",
    **{"from": "mina.k@google.com"}, name_from="Mina K.",
    date="Wed, 04 Sep 2024 09:00:01 +0000",
    subject=f"RE: [{REF_YT}] Request for removal of illegal content",
    reply_to_req=mid(REF_YT),
    body=f"""
Hello,

Our records suggest that the Short {YT[2]} may have
already been taken down by the uploader. I'm checking with the team
and will confirm the status of all four items in your request by Friday.

Kind regards,
Mina K.
Legal Removals, Google
""",
    items={YT[2]: "pending"},
)

case(
    name="yt-gmail-lookalike",
    outcome="review", review="unknown_sender",
    imitates="look-alike 'YouTube Legal Team' mail from a free-mail address",
    why="gmail.com is not a platform domain, whatever the display name says",
    **{"from": "youtube.legal.team.kr@gmail.com"}, name_from="YouTube Legal Team",
    date="Thu, 05 Sep 2024 12:44:19 +0000",
    subject=f"[{REF_YT}] Content removed - please confirm",
    body=f"""
Dear KCSC,

We confirm that the following videos have been removed from YouTube:

{YT[0]}
{YT[1]}

Kindly confirm receipt of this notice by replying to this email.

YouTube Legal Team
""",
    items={YT[0]: "pending", YT[1]: "pending"},
)

case(
    name="yt-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office reply quoting the request",
    why="auto-reply (Auto-Submitted: auto-replied); the URLs are only in our quoted request",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Removals",
    date="Tue, 03 Sep 2024 07:03:10 +0000",
    subject=f"Automatic reply: [{REF_YT}] Request for removal of illegal content",
    reply_to_req=mid(REF_YT),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email. Legal removal requests can be submitted
through https://support.google.com/legal and will be handled by the team.

Your message:

""" + quoted(YT_REQ),
    items={u: "pending" for u in YT},
)

# ---------------------------------------------------------------- Meta -----
case(
    name="meta-restricted-local-law",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request reply: access restricted in the requesting country based on local law",
    why="a Facebook post and an Instagram post restricted in South Korea",
    **{"from": "records@facebook.com"}, name_from="Meta Government Requests",
    date="Fri, 06 Sep 2024 03:03:03 +0000",
    subject=f"Your request {REF_META}",
    reply_to_req=mid(REF_META),
    body=f"""
Hello,

We have reviewed your request ({REF_META}). Based on local law in South
Korea, we have restricted access in South Korea to the following content:

  * Facebook post: {META[0]}
  * Instagram post: {META[2]}

This content remains available outside South Korea. We publish country
restrictions in our Transparency Center:
https://transparency.meta.com/reports/content-restrictions/

Meta Government Requests
""",
    items={META[0]: "restricted", META[2]: "restricted"},
)

case(
    name="meta-dsa-decision-on-notice",
    outcome="applied", classification="confirmation",
    imitates="Instagram decision on a notice (DSA Art. 16(5)/17 statement-of-reasons fields)",
    why="one reel named, decision removal, scope all countries",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Sat, 07 Sep 2024 10:10:10 +0000",
    subject=f"Decision on your notice {REF_META}",
    body=f"""
Decision on your notice

Reference:          {REF_META}
Content:            {META[3]}
Decision:           Content removed
Ground:             Violation of our Community Guidelines (restricted goods and services)
Territorial scope:  All countries
Automated means:    Detection - no; decision - no
Date of decision:   7 September 2024

You can ask us to review this decision, or use an out-of-court dispute
settlement body: https://help.instagram.com/contact/dsa-appeals

Instagram, Meta Platforms Ireland Ltd.
""",
    items={META[3]: "removed"},
)

case(
    name="meta-account-disabled-and-link-broken",
    outcome="applied", classification="confirmation",
    imitates="Meta reply combining an account disabled for violations and a 'we couldn't find this content' template",
    why="Instagram account disabled (removed); profile link could not be found (not_found, the 'may' only guesses the cause)",
    **{"from": "records@facebook.com"}, name_from="Meta Government Requests",
    date="Mon, 09 Sep 2024 09:19:28 +0000",
    subject=f"Re: Your request {REF_META}",
    reply_to_req=mid(REF_META),
    body=f"""
Hello,

Update on your request {REF_META}:

The Instagram account {META[4]} has been disabled for violating our
Community Guidelines. It is no longer visible on Instagram.

We were unable to find the content at
{META[1]}
The link may be broken, or the profile may have been deleted by its owner.

Meta Government Requests
""",
    items={META[4]: "removed", META[1]: "not_found"},
)

case(
    name="meta-no-violation-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="Meta 'doesn't go against our Community Standards' outcome, sent as a reply quoting the request",
    why="two items reviewed and kept up as they break no standard or local law: rejected",
    **{"from": "support@facebookmail.com"}, name_from="Facebook",
    date="Tue, 10 Sep 2024 01:55:40 +0000",
    subject=f"Re: [{REF_META}] Removal request",
    reply_to_req=mid(REF_META),
    body=f"""
Hi,

Thanks for your report. We reviewed the content below and found that it
doesn't go against our Community Standards or local law, so it will stay
up:

{META[1]}
{META[2]}

We understand this may be disappointing. If you think we got this wrong,
you can send us a new request with more information.

The Facebook Team

On Wed, Sep 4, 2024 at 3:30 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(META_REQ)}
""",
    items={META[1]: "rejected", META[2]: "rejected"},
)

case(
    name="meta-base64-restricted",
    outcome="applied", classification="confirmation",
    imitates="Meta legal reply sent with a base64-encoded plain-text body: reel and account restricted in Korea",
    why="a reel and an account restricted in South Korea under local law",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal",
    date="Wed, 11 Sep 2024 04:40:04 +0000",
    subject=f"{REF_META}: content restricted in South Korea",
    raw_mime=b64(f"""
Hello,

Following your request {REF_META}, we have restricted access in South Korea
to the following content, pursuant to local law:

1) {META[3]} (reel)
2) {META[4]} (account)

Both remain available in other countries.

Meta Legal
"""),
    items={META[3]: "restricted", META[4]: "restricted"},
)

case(
    name="meta-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="one-line closure from a government-requests desk covering the whole request",
    why="'all of the content you reported' for a five-item request, no URL named",
    **{"from": "records@facebook.com"}, name_from="Meta Government Requests",
    date="Thu, 12 Sep 2024 02:02:02 +0000",
    subject=f"Re: Your request {REF_META}",
    reply_to_req=mid(REF_META),
    body=f"""
Hello,

We've removed all of the content you reported under {REF_META} for
violating our Community Standards.

Meta Government Requests
""",
    items={u: "pending" for u in META},
)

case(
    name="meta-portal-notice-no-claims",
    outcome="review", review="no_claims",
    imitates="platform service notice to government requesters about a request-portal change",
    why="trusted Meta mail naming no item and no request",
    **{"from": "noreply@meta.com"}, name_from="Meta Law Enforcement Outreach",
    date="Fri, 13 Sep 2024 00:30:00 +0000",
    subject="Changes to the Meta government request system",
    body="""
Hello,

You are receiving this message because your agency has submitted
requests to Meta in the past year.

From 1 October 2024, requests to restrict content under local law should
be submitted through the new online system at https://www.facebook.com/records.
Email submissions will continue to be accepted until the end of the year.

Meta Law Enforcement Outreach
""",
    items={},
)

case(
    name="meta-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 message disposition notification (read receipt)",
    why="MDN: the request was displayed, nothing about items",
    **{"from": "legal-requests@fb.com"}, name_from="Meta Legal Requests",
    date="Wed, 04 Sep 2024 08:12:00 +0000",
    subject=f"Read: [{REF_META}] Removal request",
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_0904"\n\n'
        "--=_mdn_0904\nContent-Type: text/plain; charset=utf-8\n\n"
        f"Your message\n\n  To: legal-requests@fb.com\n  Subject: [{REF_META}] Removal request\n"
        "  Sent: Wednesday, September 4, 2024 3:30 PM\n\nwas read on Wednesday, September 4, 2024 5:12 PM.\n"
        "--=_mdn_0904\nContent-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.fb.com; Microsoft Exchange Server\n"
        "Final-Recipient: rfc822; legal-requests@fb.com\n"
        f"Original-Message-ID: <{mid(REF_META)}@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n"
        "--=_mdn_0904--\n"
    ),
    items={},
)

# ---------------------------------------------------------------- TikTok ---
case(
    name="tiktok-bulleted-mixed",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request outcome with one bullet per video",
    why="two videos removed, one restricted in South Korea",
    **{"from": "gov-requests@tiktok.com"}, name_from="TikTok Law Enforcement Response",
    date="Sat, 07 Sep 2024 08:08:08 +0000",
    subject=f"Re: {REF_TT} - Request to remove content",
    reply_to_req=mid(REF_TT),
    body=f"""
Dear Sir/Madam,

Thank you for your request. Having reviewed the videos, we have taken the
following action:

  • {TT[0]} — removed for violating our Community Guidelines
  • {TT[1]} — removed for violating our Community Guidelines
  • {TT[2]} — restricted in South Korea under local law

Kind regards,
TikTok Law Enforcement Response Team
""",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "restricted"},
)

case(
    name="tiktok-author-deleted-angle",
    outcome="applied", classification="confirmation",
    imitates="short TikTok agent reply: the reported video had been deleted by its creator before review",
    why="URL in angle brackets; already deleted by its author: not_found",
    **{"from": "gov-requests@tiktok.com"}, name_from="TikTok Law Enforcement Response",
    date="Sun, 08 Sep 2024 03:33:33 +0000",
    subject=f"Re: {REF_TT} - Request to remove content",
    reply_to_req=mid(REF_TT),
    body=f"""
Hello,

Regarding <{TT[2]}>: this video had
already been deleted by its creator before our review, so no further
action was required on our side.

We will write again about the other two videos.

Kind regards,
TikTok Law Enforcement Response Team
""",
    items={TT[2]: "not_found", TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="tiktok-html-decision-table",
    outcome="applied", classification="confirmation",
    imitates="TikTok HTML notice with a decision table, one row still pending review",
    why="HTML-only table: removed, restricted in South Korea, and one row 'Pending review'",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Mon, 09 Sep 2024 06:06:06 +0000",
    subject=f"Update on your report {REF_TT}",
    type="html",
    body=f"""
<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Here is an update on the videos in your report <b>{REF_TT}</b>.</p>
<table border="1" cellspacing="0" cellpadding="6">
<tr><th>Video</th><th>Decision</th></tr>
<tr><td>{TT[0]}</td><td>Removed</td></tr>
<tr><td>{TT[1]}</td><td>Restricted in South Korea</td></tr>
<tr><td>{TT[2]}</td><td>Pending review</td></tr>
</table>
<p>Learn more about our <a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a>.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>
""",
    items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "pending"},
)

case(
    name="tiktok-statement-then-url-below",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome template: the decision sentence, then the video link on its own line",
    why="one video removed, one kept up as not violating the guidelines (rejected)",
    **{"from": "gov-requests@tiktok.com"}, name_from="TikTok Law Enforcement Response",
    date="Tue, 10 Sep 2024 10:01:02 +0000",
    subject=f"Re: {REF_TT} - Request to remove content",
    reply_to_req=mid(REF_TT),
    body=f"""
Hello,

The following video was removed for violating our Community Guidelines
on illegal activities and regulated goods:
{TT[2]}

The following video does not violate our Community Guidelines or local
law and remains on TikTok:
{TT[1]}

Kind regards,
TikTok Law Enforcement Response Team
""",
    items={TT[2]: "removed", TT[1]: "rejected"},
)

case(
    name="tiktok-law-firm-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="letter from the creator's lawyers claiming the content has been taken down",
    why="a law firm is not the platform; its claim changes nothing",
    **{"from": "jh.park@leepark-law.example"}, name_from="Park Ji-hoon (Lee & Park)",
    date="Mon, 09 Sep 2024 05:25:00 +0000",
    subject=f"{REF_TT} - videos of our client",
    body=f"""
Dear KCSC,

We act for the creator of the TikTok account @nightcrane_kr. Our client
has deleted the following videos from TikTok, and we ask that your
request {REF_TT} be closed as regards our client:

{TT[0]}
{TT[1]}

Yours faithfully,
Park Ji-hoon
Lee & Park Law Offices
""",
    items={TT[0]: "pending", TT[1]: "pending"},
)

tt_bounce_orig = "\n".join(TT_REQ)
case(
    name="tiktok-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (RFC 3464) with the returned request",
    why="DSN: the request to an old TikTok address bounced; URLs are only in the returned message",
    auth="none",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 06:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_0905"\n\n'
        "--=_dsn_0905\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.kcsc.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<legal-kr@tiktok.com>: host mx.tiktok.com[192.0.2.45] said: 550 5.1.1\n"
        "    <legal-kr@tiktok.com>: Recipient address rejected: User unknown\n"
        "--=_dsn_0905\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n\n"
        "Final-Recipient: rfc822; legal-kr@tiktok.com\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@tiktok.com>: Recipient address rejected: User unknown\n"
        "--=_dsn_0905\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
        f"From: KCSC Takedown <takedown@kcsc.example>\nTo: legal-kr@tiktok.com\n"
        f"Subject: {REF_TT} - Request to remove content\nMessage-ID: <{mid(REF_TT)}@kcsc.example>\n"
        "Date: Thu, 05 Sep 2024 06:00:38 +0900\nContent-Type: text/plain; charset=utf-8\n\n"
        + tt_bounce_orig + "\n"
        "--=_dsn_0905--\n"
    ),
    items={u: "pending" for u in TT},
)

# ---------------------------------------------------------------- Reddit ---
case(
    name="reddit-safety-raw-korean-slug",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report-outcome message ('we've investigated ... removed'), post link with a raw Korean slug",
    why="post removed by Reddit; comment deleted by its author before review (not_found)",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    date="Sun, 08 Sep 2024 13:13:13 +0000",
    subject=f"Re: {REF_RD} - outcome of your report",
    reply_to_req=mid(REF_RD),
    body=f"""
Hi there,

Thanks for submitting a report to the Reddit Safety team. We've
investigated the content you reported and found that the post
{R1_RAW} violated Reddit's Content Policy.
The post has been removed by Reddit.

The comment {RD[1]} was deleted by its
author before we reviewed it, so no action was needed.

Thanks again for helping keep Reddit safe.

Reddit Safety
""",
    items={RD[0]: "removed", RD[1]: "not_found"},
)

case(
    name="reddit-wrapped-angle-url",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply, hard-wrapped at 72 columns with the link in angle brackets broken across two lines",
    why="the comment reviewed and not removed as it breaks no policy or law: rejected",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 15:20:45 +0000",
    subject=f"Re: {REF_RD}",
    reply_to_req=mid(REF_RD),
    body=f"""
Hello,

After review, we have determined that the following comment does not
violate Reddit's Content Policy or applicable law, and we are declining
to remove it: <https://www.reddit.com/r/kdealsunderground/comments/1f3abxe/
comment/lkq9zz1/>.

Regards,
Reddit Legal
""",
    items={RD[1]: "rejected"},
)

case(
    name="reddit-asks-more",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal asking the requester for a formal order before acting",
    why="asks for a signed order and the legal basis; no statement about the post",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 16:00:00 +0000",
    subject=f"Re: {REF_RD}",
    reply_to_req=mid(REF_RD),
    body=f"""
Hello,

Thank you for your request regarding
{RD[0]}

Before we can consider it, please send us a copy of the decision on
official letterhead, signed by an authorised official, together with the
specific provision of Korean law the post is said to violate. Please
reply to this email with those documents.

Regards,
Reddit Legal
""",
    items={RD[0]: "pending"},
)

case(
    name="reddit-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt echoing the submitted request below the ticket number",
    why="pure receipt; the URLs are only in the echoed request text",
    **{"from": "support@reddit.com"}, name_from="Reddit Help",
    date="Fri, 06 Sep 2024 07:31:09 +0000",
    subject=f"[Reddit Help] Re: {REF_RD}",
    body=f"""
##- Please type your reply above this line -##

Your request (4812207) has been received and will be reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 6, 2024, 07:30 UTC

""" + "\n".join(RD_REQ) + """

This email is a service from Reddit Help.
""",
    items={RD[0]: "pending", RD[1]: "pending"},
)

# ---------------------------------------------------------------- Twitch ---
case(
    name="twitch-channel-suspended-vod-removed",
    outcome="applied", classification="confirmation",
    imitates="Twitch 'we've actioned your report' e-mail, extended with the channel and VOD",
    why="channel indefinitely suspended (removed) and the VOD removed",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Wed, 11 Sep 2024 18:18:18 +0000",
    subject=f"We've actioned your report [{REF_TW}]",
    reply_to_req=mid(REF_TW),
    body=f"""
Hi,

Your report has been reviewed by our staff, who found a violation of the
Twitch Terms of Service and Community Guidelines.

- The channel {TW[0]} has been indefinitely suspended.
- The VOD {TW[1]} has been removed.

Thank you for helping keep Twitch safe.

Twitch Trust & Safety
""",
    items={TW[0]: "removed", TW[1]: "removed"},
)

case(
    name="twitch-conditional-promise",
    outcome="review", review="not_understood",
    imitates="Twitch agent interim reply with an expected timeline and conditional outcome",
    why="'will be deleted if a violation is confirmed' / 'may be subject to enforcement': conditions, not statements",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Tue, 10 Sep 2024 20:20:20 +0000",
    subject=f"Re: [{REF_TW}] Request to remove content",
    reply_to_req=mid(REF_TW),
    body=f"""
Hello,

We expect to complete our review of {TW[1]} within five business days.
If a violation is confirmed, the VOD will be deleted and the channel
{TW[0]} may be subject to further enforcement.

Twitch Trust & Safety
""",
    items={TW[0]: "pending", TW[1]: "pending"},
)

case(
    name="twitch-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Twitch support ticket receipt (do-not-reply)",
    why="pure acknowledgement with a ticket number, no item statement",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch Support",
    date="Mon, 09 Sep 2024 09:09:09 +0000",
    subject=f"[Ticket #8841-2209] Re: [{REF_TW}] Request to remove content",
    body="""
Hi,

We've received your request and created ticket #8841-2209. A member of
our team will get back to you as soon as possible.

Please do not reply to this email; replies to this address are not
monitored.

Twitch Support
""",
    items={},
)

# ---------------------------------------------------------------- Discord --
case(
    name="discord-ack-plus-removed",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply that opens with the ticket number and states the action",
    why="acknowledgement phrase plus an unhedged statement: server removed, invite dead",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 04:04:04 +0000",
    subject=f"[Request #29817734] Re: {REF_DC}",
    reply_to_req=mid(REF_DC),
    body=f"""
Hi there,

Thanks for reaching out. Your ticket number is #29817734.

We have reviewed the server behind the invite {DC[0]} and
removed it from Discord for violating our Community Guidelines. The
invite link no longer works.

Best,
Discord Trust & Safety
""",
    items={DC[0]: "removed"},
)

case(
    name="discord-sole-statement",
    outcome="applied", classification="confirmation",
    imitates="Discord short closure note that names no URL, answering a one-item request",
    why="request has one item; 'the server you reported has been removed' applies to it",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 05:05:05 +0000",
    subject=f"[Request #29817734] Re: {REF_DC}",
    reply_to_req=mid(REF_DC),
    body="""
Hi there,

Our Trust & Safety team has reviewed your report and taken action: the
server you reported has been removed from Discord.

Best,
Discord Trust & Safety
""",
    items={DC[0]: "removed"},
)

case(
    name="discord-auth-fail",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="Discord Trust & Safety closure whose authentication fails",
    why="discord.com sender fails DKIM/SPF/DMARC",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 11:11:11 +0000",
    subject=f"Re: {REF_DC}",
    body=f"""
Hello,

The server at {DC[0]} has been removed from Discord.

Discord Trust & Safety
""",
    items={DC[0]: "pending"},
)

# --------------------------------------------- Telegram / Snapchat / Pinterest
case(
    name="telegram-dsa-auto-reply",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram DSA mailbox automated reply",
    why="auto-reply naming no item",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Thu, 12 Sep 2024 12:12:12 +0000",
    subject="Re: Notice of illegal content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated reply.

This address receives notices under the EU Digital Services Act. Other
reports about content on Telegram can be sent through the in-app
reporting tools or to abuse@telegram.org.

Please do not reply to this message.
""",
    items={},
)

case(
    name="snapchat-case-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Snap Trust & Safety report receipt with a case number",
    why="pure acknowledgement, no item and no request of ours",
    **{"from": "no-reply@snapchat.com"}, name_from="Snapchat Support",
    date="Fri, 13 Sep 2024 13:13:13 +0000",
    subject="We received your report - Case 6621-3309-44",
    body="""
Hi,

Thank you for your report. Your case number is 6621-3309-44.

Our Trust & Safety team reviews reports around the clock. You don't need
to do anything else right now; we'll contact you at this address if we
need more information.

Team Snapchat
""",
    items={},
)

case(
    name="pinterest-wrong-platform",
    outcome="review", review="wrong_platform",
    imitates="Pinterest legal reply to a notice sent to the wrong service ('we do not host this')",
    why="Pinterest states it cannot find a TikTok video: a statement about another platform's item",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Mon, 09 Sep 2024 22:22:22 +0000",
    subject=f"Re: {REF_TT} - Request to remove content",
    body=f"""
Hello,

We received your notice, but the URL you reported,
{TT[2]}, is not on Pinterest. We could not find any Pin
at that address. Please contact the service that hosts the content.

Best regards,
Pinterest Legal
""",
    items={TT[2]: "pending"},
)


HEADER = """# Blind set blind430: English notices from many platforms (X, YouTube,
# Meta, TikTok, Reddit, Twitch, Discord; Telegram, Snapchat and Pinterest
# mail that concerns none of their own items). Written from each email's
# meaning before any run of the reader. Generated by make.py; do not edit.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
