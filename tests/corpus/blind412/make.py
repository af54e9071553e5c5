#!/usr/bin/env python3
"""Blind set 412: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind412/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: no clock,
no randomness. Every expected result below was written from the meaning of
the email alone, before the reader was ever run on it.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind412"

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
X = [
    "https://x.com/lucky_spin_kr/status/1830112233445566701",
    "https://x.com/lucky_spin_kr/status/1830112233445566702",
    "https://x.com/jackpot_vault88/status/1830198765432100013",
    "https://x.com/jackpot_vault88/status/1830198765432100027",
    "https://x.com/toto_night_link",
    "https://x.com/minty_odds/status/1830301112223334445",
    "https://x.com/minty_odds/status/1830301112223334446",
    "https://x.com/casino_fox_kr/status/1830422225556667771",
    "https://x.com/casino_fox_kr/status/1830422225556667772",
    "https://x.com/redline_bets/status/1830555666777888999",
    "https://x.com/redline_bets/status/1830555666777889000",
    "https://x.com/bet_harbor_x",
]
Y = [
    "https://www.youtube.com/watch?v=Qx7LmN2pRt4",
    "https://www.youtube.com/watch?v=bH3kZ9wYp0E",
    "https://www.youtube.com/shorts/Tn5vR8cXk1M",
    "https://www.youtube.com/@greyfox_deals",
]
M = [
    "https://www.facebook.com/groups/4412098830021/posts/4418810276655/",
    "https://www.facebook.com/profile.php?id=100094532187765",
    "https://www.facebook.com/lowpriceclinic.kr/posts/pfbid0kT9mWq3RzYx7LpN2vB8cD4fG6hJ1sA5eQ",
    "https://www.instagram.com/p/C9xYtR2aLmQ/",
    "https://www.instagram.com/pill_courier_seoul/",
]
T = [
    "https://www.tiktok.com/@nightowl.deals/video/7409128833012345601",
    "https://www.tiktok.com/@nightowl.deals/video/7409128833012345602",
    "https://www.tiktok.com/@moonrun_shop",
]
R = [
    "https://www.reddit.com/r/koreanfinds/comments/1f3kq9z/cheap_meds_no_rx/",
    "https://www.reddit.com/user/parcel_runner_kr/",
]
D = ["https://discord.gg/fastfix7"]
W = [
    "https://www.twitch.tv/slotking_live",
    "https://www.twitch.tv/videos/2241198765",
]

REQUESTS = [
    # ref, platform, day sent (Sept 2024), category, urls, note
    ("KCSC-240902-01", "x", 2, "gambling", X, "illegal gambling promotion, 12 posts/accounts"),
    ("KCSC-240903-02", "youtube", 3, "fraud", Y, "investment scam videos"),
    ("KCSC-240904-03", "meta", 4, "drugs", M, "prescription drugs sold without prescription"),
    ("KCSC-240905-04", "tiktok", 5, "counterfeit", T, "counterfeit goods shop"),
    ("KCSC-240906-05", "reddit", 6, "drugs", R, "medicine resale"),
    ("KCSC-240909-06", "discord", 9, "obscenity", D, "server invite"),
    ("KCSC-240910-07", "twitch", 10, "gambling", W, "slot streaming with betting links"),
]
REF = {p: (ref, day) for ref, p, day, _c, _u, _n in REQUESTS}


def msgid(ref):
    return f"request.{ref}.1"


def write_requests():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, day, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([
                ref, plat,
                f"2024-09-{day:02d}T10:00:00+09:00",
                f"2024-09-{day + 7:02d}T18:00:00+09:00",
                u, cat, msgid(ref) + "@kcsc.example", note,
            ])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out.getvalue())


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
def date(day, hh, mm, ss=0, tz="+0000"):
    wd = datetime.date(2024, 9, day).strftime("%a")
    return f"{wd}, {day} Sep 2024 {hh:02d}:{mm:02d}:{ss:02d} {tz}"


PLATFORM_NAME = {"x": "X", "youtube": "YouTube", "meta": "Meta", "tiktok": "TikTok",
                 "reddit": "Reddit", "discord": "Discord", "twitch": "Twitch"}


def request_text(plat):
    ref, day = REF[plat]
    urls = [u for r, p, _d, _c, us, _n in REQUESTS if p == plat for u in us]
    lines = [
        f"Dear {PLATFORM_NAME[plat]} team,",
        "",
        "The Korea Communications Standards Commission has found the content",
        "listed below to be illegal under Korean law and requests that you",
        "remove it or block access to it from Korea.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += [
        "",
        f"Please reply within seven days, quoting {ref}, with the action",
        "taken on each item.",
        "",
        "KCSC Takedown Desk",
    ]
    return "\n".join(lines)


def quoted(plat, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_text(plat).split("\n"))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
cases = []


def case(**kw):
    cases.append(kw)


XREF, _ = REF["x"]
YREF, _ = REF["youtube"]
MREF, _ = REF["meta"]
TREF, _ = REF["tiktok"]
RREF, _ = REF["reddit"]
DREF, _ = REF["discord"]
WREF, _ = REF["twitch"]

# ---------------------------------------------------------------- X (applied)
case(
    name="x-legal-cwc-bulleted",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(6, 3, 12, 44), subject=f"Re: [{XREF}] Request to remove illegal gambling content",
    reply_to_req=msgid(XREF),
    body=f"""
Hello,

Thank you for your request, reference {XREF}. We have reviewed the reported
content against the X Rules and the local law cited in your request.

The following posts have been withheld in South Korea in response to your
request:

  * {X[0]}
  * {X[1]}

The following post has been removed globally for violating our policy on
illegal or certain regulated goods and services:

  * {X[2]}

Where permitted, the account holders have been notified. You can read more
about how withheld content is shown to people on X here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome (Country Withheld Content) notice to the requester",
    why="two posts withheld in KR (restricted), one removed globally; the help link is not an item",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed"},
)

case(
    name="x-account-withheld-url-below",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(6, 8, 2, 10), subject=f"{XREF}: outcome of your request",
    body=f"""
Hi,

We are writing with an update on request {XREF}.

After review, the following account has been withheld in the Republic of
Korea:
{X[4]}

The following post was not actioned. We did not find it to violate the X
Rules, and the request does not explain which provision of local law it
breaks:
{X[3]}

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply with each URL on the line below its decision",
    why="account withheld in KR -> restricted; post not actioned with a reason -> rejected",
    items={X[4]: "restricted", X[3]: "rejected"},
)

case(
    name="x-no-violation-prose",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(9, 1, 40, 0), subject=f"Re: [{XREF}] Request to remove illegal gambling content",
    reply_to_req=msgid(XREF),
    body=f"""
Dear KCSC Takedown Desk,

We have looked closely at the two posts from @minty_odds that you reported
({X[5]} and {X[6]}). In our assessment they contain commentary on sports
results and no link to a betting service, so they do not violate the X Rules,
and we have not been able to identify a legal basis to withhold them in
Korea. We have therefore declined to take action on both posts, and they
remain available.

If you obtain a court order concerning this content, you may submit it
through our legal request portal.

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal 'no action' decision on a government removal request",
    why="both posts named, refusal with its reason -> rejected; the court-order sentence is advice, not a request for information",
    items={X[5]: "rejected", X[6]: "rejected"},
)

_x_html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please find below the outcome of our review of request <b>{XREF}</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported content</th><th>Action</th><th>Reason</th></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>Removed</td><td>Violation of the X Rules (gambling)</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Withheld in KR</td><td>Local law</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>No action</td><td>No violation found</td></tr>
</table>
<p>Regards,<br>X Legal</p>
</body></html>
"""
_x_plain = f"""Hello,

Please find below the outcome of our review of request {XREF}.

Reported content | Action | Reason
{X[7]} | Removed | Violation of the X Rules (gambling)
{X[8]} | Withheld in KR | Local law
{X[9]} | No action | No violation found

Regards,
X Legal
"""
case(
    name="x-html-table-qp",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(10, 5, 21, 9), subject=f"Outcome: {XREF}",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="==xlegal-7781=="

--==xlegal-7781==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_x_plain)}
--==xlegal-7781==
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_x_html)}
--==xlegal-7781==--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table in a multipart/alternative email, quoted-printable",
    why="table: removed, withheld in KR (restricted), no action for no violation (rejected)",
    items={X[7]: "removed", X[8]: "restricted", X[9]: "rejected"},
)

case(
    name="x-top-posted-suspended",
    **{"from": "jae.hong@x.com"}, name_from="Jae Hong",
    date=date(5, 6, 30, 2), subject=f"Re: [{XREF}] Request to remove illegal gambling content",
    reply_to_req=msgid(XREF),
    body=f"""
Hi team,

Quick update: the account {X[11]} has been permanently suspended for
repeated violations of our rules on gambling promotion. We're still
working through the rest of your list and will come back to you on it
separately.

Best,
Jae
X Safety, Korea

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("x")}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted reply from a platform staffer over a Gmail-style quoted request",
    why="only bet_harbor_x is stated (suspended -> removed); the rest are in the quoted request and 'still working through' is no statement",
    items={X[11]: "removed", X[0]: "pending", X[5]: "pending", X[9]: "pending"},
)

case(
    name="x-author-deleted-notfound",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(11, 2, 5, 55), subject=f"Re: [{XREF}] Request to remove illegal gambling content",
    reply_to_req=msgid(XREF),
    body=f"""
Hello,

Regarding the two posts by @redline_bets in your request {XREF}:

- {X[9]} has been removed for violating the X Rules.
- {X[10]} was deleted by the account owner before our review was
  completed, so no action on our side was needed.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply distinguishing removal from deletion by the author",
    why="one post removed; one already deleted by its author -> not_found",
    items={X[9]: "removed", X[10]: "not_found"},
)

case(
    name="x-outlook-original-message",
    **{"from": "minji.seo@x.com"}, name_from='"Seo, Min-ji"',
    date=date(12, 0, 48, 31), subject=f"RE: [{XREF}] Request to remove illegal gambling content",
    body=f"""
Dear KCSC team,

Regarding the post below from your list, we have withheld it in Korea
following your request:

{X[3]}

We will send our decisions on the other items in a separate email.

Best regards,
Min-ji Seo
Legal Operations, APAC | X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: [{XREF}] Request to remove illegal gambling content

{request_text("x")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unprefixed original below",
    why="X4 withheld in KR -> restricted; the other URLs are only in the original message",
    items={X[3]: "restricted", X[2]: "pending", X[7]: "pending", X[11]: "pending"},
)

case(
    name="x-korean-particles-fullwidth",
    **{"from": "kr-legal@x.com"}, name_from="X Korea Legal",
    date=date(12, 4, 15, 0), subject=f"[{XREF}] 조치 결과 안내 / outcome",
    reply_to_req=msgid(XREF),
    body=f"""
안녕하세요, {XREF} 건 회신드립니다.

{X[6]}은 한국 내 접근 제한(withheld in KR) 처리되었습니다.
{X[7]}（X 규칙 위반）은 삭제되었습니다.

(English) The first post above has been withheld in Korea and the second
has been removed for violating the X Rules.

X Korea Legal 드림
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual reply from a platform's Korea legal desk, URLs followed by Korean particles and full-width brackets",
    why="X7 접근 제한/withheld in KR -> restricted; X8 삭제 -> removed",
    items={X[6]: "restricted", X[7]: "removed"},
)

_x_csv_rows = [
    ("XL-55190-01", X[0], "Withheld", "KR", "Local law (Art. 44-7)"),
    ("XL-55190-02", X[1], "Withheld", "KR", "Local law (Art. 44-7)"),
    ("XL-55190-03", X[2], "Removed", "Global", "X Rules: regulated goods and services"),
    ("XL-55190-04", X[3], "No action", "", "No violation; no legal basis identified"),
    ("XL-55190-05", X[4], "Withheld (account)", "KR", "Local law (Art. 44-7)"),
    ("XL-55190-06", X[5], "No action", "", "No violation; no legal basis identified"),
    ("XL-55190-07", X[6], "Withheld", "KR", "Local law (Art. 44-7)"),
    ("XL-55190-08", X[7], "Removed", "Global", "X Rules: regulated goods and services"),
    ("XL-55190-09", X[8], "Removed", "Global", "X Rules: regulated goods and services"),
    ("XL-55190-10", X[9], "Removed", "Global", "X Rules: regulated goods and services"),
    ("XL-55190-11", X[10], "Not found", "", "Post deleted by its author before review"),
    ("XL-55190-12", X[11], "Account suspended", "Global", "X Rules: platform manipulation and spam"),
]
_buf = io.StringIO()
_w = csv.writer(_buf, lineterminator="\r\n")
_w.writerow(["line_id", "reported_url", "decision", "scope", "basis"])
for _r in _x_csv_rows:
    _w.writerow(_r)
case(
    name="x-csv-attachment-full-batch",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(13, 7, 3, 20), subject=f"Re: [{XREF}] Request to remove illegal gambling content - final response",
    reply_to_req=msgid(XREF),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b1_xl55190"

--b1_xl55190
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

This is our final response to request {XREF}. The decision for each of
the 12 reported items is listed in the attached file. Withheld content is
unavailable to people in Korea but remains visible elsewhere.

Regards,
X Legal

--b1_xl55190
Content-Type: text/csv; charset=utf-8; name="XL-55190_decisions.csv"
Content-Disposition: attachment; filename="XL-55190_decisions.csv"
Content-Transfer-Encoding: base64

{b64(_buf.getvalue())}
--b1_xl55190--
""",
    outcome="applied", classification="confirmation",
    imitates="platform legal team's batch outcome as a CSV attachment (base64)",
    why="one row per item: withheld KR -> restricted, removed/suspended -> removed, no action -> rejected, deleted by author -> not_found",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "rejected",
           X[4]: "restricted", X[5]: "rejected", X[6]: "restricted", X[7]: "removed",
           X[8]: "removed", X[9]: "removed", X[10]: "not_found", X[11]: "removed"},
)

# ---------------------------------------------------------------- X (review / ignored)
case(
    name="x-escalated-will-withhold",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(4, 9, 0, 12), subject=f"Re: [{XREF}] Request to remove illegal gambling content",
    reply_to_req=msgid(XREF),
    body=f"""
Hello,

Thank you for request {XREF}. We have escalated the following posts to our
legal team for a closer review:

{X[0]}
{X[1]}
{X[2]}

If they are found to be unlawful in Korea, they will be withheld in the
country. We expect to be able to give you an update within five business
days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal 'escalated for review' interim reply",
    why="a conditional promise ('if ... will be withheld'), no statement: items stay pending",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-twitter-domain-auth-fail",
    **{"from": "legal@twitter.com"}, name_from="Twitter Legal", auth="fail",
    date=date(7, 11, 45, 0), subject=f"Re: [{XREF}] Request to remove illegal gambling content",
    body=f"""
Dear Sir/Madam,

The account {X[4]} and the post {X[8]} have been removed from our
platform following your request {XREF}.

Twitter Legal Department
""",
    outcome="review", review="untrusted",
    imitates="forged or misrouted mail in the name of X's legacy twitter.com domain, failing DMARC",
    why="twitter.com is X's sender domain but authentication failed: nothing applied",
    items={X[4]: "pending", X[8]: "pending"},
)

case(
    name="x-law-firm-for-account-holder",
    **{"from": "sw.lee@hanbit-law.example"}, name_from="Lee Seung-woo",
    date=date(10, 1, 10, 0), subject=f"{XREF} - posts by @redline_bets",
    body=f"""
Dear KCSC,

We act for the holder of the X account @redline_bets. Our client has
been informed by X of your request {XREF}.

Without admitting that the content was unlawful, our client has deleted
the following posts:

{X[9]}
{X[10]}

We would be grateful if you could close the matter on your side.

Yours faithfully,
Lee Seung-woo
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's lawyer reporting deletion by the user",
    why="not a platform's domain: the claim cannot change statuses",
    items={X[9]: "pending", X[10]: "pending"},
)

case(
    name="x-portal-ack-case-number",
    **{"from": "noreply@x.com"}, name_from="X Legal",
    date=date(2, 1, 2, 40), subject=f"[Case 0194338201] We received your request ({XREF})",
    body=f"""
Hello,

We've received your legal request and created case 0194338201. Please keep
this number for your records and include it in any further correspondence
about this request.

Requests are handled in the order they are received. You do not need to
submit the request again.

This is an automated message; replies to this address are not monitored.

X Legal Request Portal
https://legalrequests.x.com
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request portal receipt with a case number",
    why="pure receipt: no statement about any item",
    items={},
)

# ---------------------------------------------------------------- YouTube
case(
    name="yt-legal-removed-and-blocked",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=date(9, 6, 33, 18), subject=f"Re: [{YREF}] Removal request - investment scam videos",
    reply_to_req=msgid(YREF),
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your request, we have reviewed the content you identified.

We have removed the video at {Y[0]} from YouTube
for violating our Community Guidelines on spam, deceptive practices and
scams.

Upon review of the video at {Y[1]}, we have
blocked it from view on the YouTube domain in South Korea, in accordance
with local law.

For more information about our Community Guidelines, please visit
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome ('blocked it from view on the YouTube domain in ...')",
    why="one video removed; one blocked in South Korea -> restricted; policy link not an item",
    items={Y[0]: "removed", Y[1]: "restricted"},
)

case(
    name="yt-bare-url-status-below",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=date(10, 3, 0, 5), subject=f"Outcome of your request {YREF}",
    body=f"""
Hello,

Here is the status of the remaining items in your request:

{Y[2]}
Status: Age-restricted. The video can no longer be viewed by signed-out
users or users under 18.

{Y[3]}
Status: Channel terminated for violating our policies on scams.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube team reply with bare URLs and a 'Status:' line under each",
    why="age-restricted -> restricted; channel terminated -> removed",
    items={Y[2]: "restricted", Y[3]: "removed"},
)

_yt_csv = "\r\n".join([
    "URL,Action taken,Region,Notes",
    f"{Y[0]},Removed,Global,\"Community Guidelines - spam, deceptive practices and scams\"",
    f"{Y[1]},Blocked,KR,Local law",
    f"{Y[2]},Not found,,Video ID does not exist on YouTube",
    f"{Y[3]},No action,,Channel does not violate our policies; no legal basis identified",
]) + "\r\n"
case(
    name="yt-csv-attachment",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=date(12, 8, 40, 0), subject=f"Re: [{YREF}] Removal request - investment scam videos",
    reply_to_req=msgid(YREF),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="00000000000071a3c20621f0a7d5"

--00000000000071a3c20621f0a7d5
Content-Type: text/plain; charset="UTF-8"

Hello,

We have completed our review of your request {YREF}. The outcome for
each URL is in the attached spreadsheet.

Regards,
The YouTube Legal Support Team

--00000000000071a3c20621f0a7d5
Content-Type: text/csv; charset="US-ASCII"; name="{YREF}_outcome.csv"
Content-Disposition: attachment; filename="{YREF}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_yt_csv)}
--00000000000071a3c20621f0a7d5--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support reply with the outcome in a CSV attachment",
    why="removed / blocked KR -> restricted / not found / no action -> rejected",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "not_found", Y[3]: "rejected"},
)

case(
    name="yt-receipt-plus-removal",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=date(5, 2, 14, 0), subject=f"[{YREF}] We've received your request",
    reply_to_req=msgid(YREF),
    body=f"""
Hello,

Thank you for contacting YouTube. We've received your request {YREF} and
our team has started reviewing it.

We have already removed the following video for violating our Community
Guidelines:
{Y[1]}

We'll contact you again once we have reviewed the remaining URLs.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="receipt that already carries one decision",
    why="acknowledgement phrase plus an unhedged removal of a named video: not a pure acknowledgement",
    items={Y[1]: "removed"},
)

case(
    name="yt-angle-bracket-wrapped",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=date(11, 9, 2, 41), subject=f"Re: [{YREF}] Removal request - investment scam videos",
    reply_to_req=msgid(YREF),
    body=f"""
Hello,

We have blocked the following video from view on the YouTube domain in
South Korea: <https://www.youtube.com/watch?v=
Qx7LmN2pRt4>.

The Short <{Y[2]}> has been removed for violating our
policy on scams.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply with URLs in angle brackets, one wrapped inside the brackets",
    why="Qx7 blocked in KR -> restricted (URL wrapped within angle brackets); Short removed",
    items={Y[0]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-may-have-been-removed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=date(6, 5, 50, 0), subject=f"Re: [{YREF}] Removal request - investment scam videos",
    reply_to_req=msgid(YREF),
    body=f"""
Hello,

Thanks for your patience. Our records suggest that the video at
{Y[0]} may have already been taken down by the
uploader. The other URLs in your request, including
{Y[3]}, are still being reviewed by our team.

We'll follow up once we have more information.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply with a hedge and 'still being reviewed'",
    why="'may have already been taken down' is a hedge and 'being reviewed' no statement: pending",
    items={Y[0]: "pending", Y[3]: "pending"},
)

case(
    name="yt-asks-court-order",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=date(7, 7, 12, 0), subject=f"Re: [{YREF}] Removal request - investment scam videos",
    reply_to_req=msgid(YREF),
    body=f"""
Hello,

We have reviewed your request concerning {Y[2]} and
{Y[3]}.

To continue, we need more information. Please send us a copy of the
decision by which the Commission found this content unlawful, and tell us
which statements in the content are false or misleading. Please reply to
this email with these documents.

Regards,
YouTube Legal Support
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="YouTube legal support asking for the legal decision before acting",
    why="the platform asks for documents; no decision on either item",
    items={Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="yt-read-receipt",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal KR",
    date=date(3, 2, 11, 7), subject=f"Read: [{YREF}] Removal request - investment scam videos",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-5b81f2"

--mdn-5b81f2
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal-kr@google.com at
3 Sep 2024 10:00 (KST).

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been
read or understood.

--mdn-5b81f2
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <{msgid(YREF)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5b81f2--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (multipart/report, disposition-notification)",
    why="a read receipt says nothing about items",
    items={},
)

# ---------------------------------------------------------------- Meta
case(
    name="meta-statement-of-reasons",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date=date(10, 4, 27, 0), subject=f"Decision on your report {MREF}",
    reply_to_req=msgid(MREF),
    body=f"""
Statement of reasons

Your reference: {MREF}
Our reference: 1048827736

Item 1
Content: {M[0]}
Decision: Removal of content
Territorial scope: Worldwide
Ground: Incompatible with our terms (Community Standards: Restricted Goods
and Services - pharmaceutical drugs)
Automated detection used: No
Automated decision: No

Item 2
Content: {M[1]}
Decision: Access to the content restricted in South Korea
Territorial scope: Republic of Korea
Ground: Illegal content under local law (Pharmaceutical Affairs Act)
Automated detection used: No
Automated decision: No

The person who posted the content can appeal these decisions. Learn more
at https://www.facebook.com/help/1096935630340223

Meta Platforms Ireland Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17-style statement of reasons (decision, territorial scope, ground, automation fields)",
    why="item 1 removed worldwide; item 2 restricted in South Korea; help link not an item",
    items={M[0]: "removed", M[1]: "restricted"},
)

case(
    name="meta-ig-removed-and-geo",
    **{"from": "no-reply@meta.com"}, name_from="Meta Content Review",
    date=date(11, 6, 5, 0), subject=f"Re: [{MREF}] Request to remove illegal drug sales",
    reply_to_req=msgid(MREF),
    body=f"""
Hi,

We've reviewed the Instagram content you reported.

We removed the post at {M[3]} because it goes
against our Community Guidelines on the sale of drugs.

The account {M[4]} doesn't go against our
Community Guidelines. However, because you reported it as unlawful in
South Korea, we've restricted access to it in South Korea.

Thanks,
Meta Content Review
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'we removed' / 'doesn't go against our Community Guidelines ... restricted in country' outcome",
    why="post removed; account not violating policy but restricted in KR -> restricted",
    items={M[3]: "removed", M[4]: "restricted"},
)

case(
    name="meta-fb-not-found-and-declined",
    **{"from": "no-reply@meta.com"}, name_from="Meta Content Review",
    date=date(12, 3, 44, 0), subject=f"Update on your request {MREF}",
    body=f"""
Hello,

We've looked into two of the links in your request {MREF}.

1. {M[2]}
   We couldn't find any content at this link. The post no longer exists
   on Facebook.

2. {M[1]}
   We reviewed this profile and found that it doesn't go against our
   Community Standards or the local law you cited. We haven't taken action
   on it.

Meta Content Review
""",
    outcome="applied", classification="confirmation",
    imitates="Meta numbered outcome: content not found / no action",
    why="post no longer exists -> not_found; profile reviewed, no action with reason -> rejected",
    items={M[2]: "not_found", M[1]: "rejected"},
)

_meta_html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#f0f2f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="12" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1c1e21">
<tr><td><b>Your report: {MREF}</b></td></tr>
<tr><td>We reviewed the content you reported and took the actions below.</td></tr>
<tr><td>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #dddfe2">
<tr style="background:#f5f6f7"><td><b>Content</b></td><td><b>What we did</b></td></tr>
<tr><td><a href="{M[0]}">Facebook group post</a><br>{M[0]}</td><td>Removed</td></tr>
<tr><td><a href="{M[3]}">Instagram post</a><br>{M[3]}</td><td>Removed</td></tr>
<tr><td><a href="{M[4]}">Instagram account</a><br>{M[4]}</td><td>Account disabled</td></tr>
</table>
</td></tr>
<tr><td style="color:#606770;font-size:12px">Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025.
<a href="https://www.facebook.com/help/">Help Centre</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""
case(
    name="meta-html-base64-table",
    **{"from": "notification@facebookmail.com"}, name_from="Meta",
    date=date(13, 2, 30, 0), subject=f"We took action on content you reported ({MREF})",
    reply_to_req=msgid(MREF),
    raw_mime=f"""Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(_meta_html)}""",
    outcome="applied", classification="confirmation",
    imitates="Meta HTML notification (base64) with a 'What we did' table",
    why="two posts removed, Instagram account disabled -> removed",
    items={M[0]: "removed", M[3]: "removed", M[4]: "removed"},
)

case(
    name="meta-all-removed-bulk",
    **{"from": "no-reply@meta.com"}, name_from="Meta Content Review",
    date=date(9, 8, 0, 0), subject=f"Re: [{MREF}] Request to remove illegal drug sales",
    reply_to_req=msgid(MREF),
    body=f"""
Hi,

Thanks for your report {MREF}. We've reviewed it and removed the content
you reported for going against our Community Standards on restricted
goods and services.

Meta Content Review
""",
    outcome="review", review="bulk",
    imitates="Meta generic 'we removed the content you reported' notice",
    why="a statement about all five items without naming them, for a request of five: bulk review",
    items={},
)

case(
    name="meta-will-take-action",
    **{"from": "no-reply@meta.com"}, name_from="Meta Content Review",
    date=date(5, 7, 30, 0), subject=f"Re: [{MREF}] Request to remove illegal drug sales",
    reply_to_req=msgid(MREF),
    body=f"""
Hi,

Thanks for letting us know about this content:

{M[0]}
{M[2]}

Our team will review it and take action on anything that goes against our
Community Standards. We'll let you know once we've made a decision.

Meta Content Review
""",
    outcome="review", review="not_understood",
    imitates="Meta 'our team will review' reply naming the reported links",
    why="a promise only; the named items stay pending",
    items={M[0]: "pending", M[2]: "pending"},
)

case(
    name="meta-out-of-office",
    **{"from": "hyerin.park@meta.com"}, name_from="Hyerin Park",
    date=date(4, 1, 0, 3), subject=f"Automatic reply: [{MREF}] Request to remove illegal drug sales",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email.

For urgent content requests, please use the government request form at
https://www.facebook.com/help/contact/ or contact my colleague at
policy-kr@meta.com.

Hyerin Park
Public Policy, Korea | Meta
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply from a Meta policy manager",
    why="auto-reply (Auto-Submitted: auto-replied), no statement",
    items={},
)

# ---------------------------------------------------------------- TikTok
case(
    name="tiktok-numbered-legal",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date=date(11, 3, 3, 3), subject=f"Re: [{TREF}] Request to remove counterfeit goods sales",
    reply_to_req=msgid(TREF),
    body=f"""
Dear KCSC,

Thank you for your request. We have reviewed the reported content in line
with our Community Guidelines, Terms of Service and applicable law.

1. {T[0]} - restricted in South Korea
2. {T[1]} - restricted in South Korea
3. {T[2]} - account banned for repeated violations of our
   Community Guidelines

The videos above do not violate our Community Guidelines but have been
made unavailable in South Korea under local law.

TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request outcome (restricted in the country / removed)",
    why="two videos restricted in KR; account banned -> removed",
    items={T[0]: "restricted", T[1]: "restricted", T[2]: "removed"},
)

_tt_text = f"""Hello,

Following our review of your request {TREF}, the video {T[1]} has been removed for violating our Community Guidelines on counterfeit goods.

The video {T[0]} does not violate our Community Guidelines or local law, so it remains available on TikTok.

Best regards,
TikTok Trust & Safety
"""
case(
    name="tiktok-qp-soft-breaks",
    **{"from": "trustandsafety@tiktok.com"}, name_from="TikTok Trust & Safety",
    date=date(12, 9, 15, 0), subject=f"Re: [{TREF}] Request to remove counterfeit goods sales",
    reply_to_req=msgid(TREF),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_tt_text)}""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Trust & Safety reply in quoted-printable with long lines soft-wrapped",
    why="video 02 removed; video 01 breaks no rule and stays up -> rejected",
    items={T[1]: "removed", T[0]: "rejected"},
)

case(
    name="tiktok-echoed-report",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date=date(13, 5, 0, 0), subject=f"Update on your reports ({TREF})",
    body=f"""
Hi,

Here's an update on the reports you submitted.

------------------------------------------
Report ID: 7411029384756
Reported content: {T[0]}
Reason: Illegal activities and regulated goods
Outcome: We removed this video for violating our Community Guidelines.
------------------------------------------
Report ID: 7411029384757
Reported content: {T[2]}
Reason: Illegal activities and regulated goods
Outcome: We've restricted access to this account in your country based
on local law.
------------------------------------------

You can view your reports at any time in the TikTok app under Settings >
Safety > Reports.

TikTok
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-status email echoing each report with its outcome",
    why="echoed report blocks: video removed; account restricted in the country",
    items={T[0]: "removed", T[2]: "restricted"},
)

case(
    name="tiktok-dsa-notice-of-action",
    **{"from": "dsa-notices@tiktok.com"}, name_from="TikTok",
    date=date(16, 1, 20, 0), subject=f"Notice of action on reported content - {TREF}",
    body=f"""
Notice of action taken on reported content

Reference: {TREF}

Content: {T[1]}
Decision: Removed
Territorial scope: Global
Facts and circumstances: The video advertises goods that imitate a
registered trademark.
Grounds: Violation of our Community Guidelines (Counterfeit goods)
Automated means: Detection was not automated; the decision was made by a
human moderator.

Content: {T[2]}
Decision: No action taken
Grounds: Having reviewed the account, we did not find a violation of our
Community Guidelines or Terms of Service, and the notice did not show that
it is illegal.

Redress: the notifier may ask for this decision to be reviewed through
https://www.tiktok.com/legal/report/feedback
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA notice-of-action / statement of reasons sent to the notifier",
    why="video removed globally; account: no action with its reason -> rejected",
    items={T[1]: "removed", T[2]: "rejected"},
)

case(
    name="tiktok-spoofed-auth-fail",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal", auth="fail",
    date=date(10, 22, 5, 0), subject=f"RE: {TREF} completed",
    body=f"""
Hello,

All content from your request {TREF} has been deleted:

{T[0]}
{T[1]}
{T[2]}

Thank you.
TikTok Legal
""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be TikTok legal that fails DKIM/SPF/DMARC",
    why="platform domain but authentication failed: no status changes",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending"},
)

case(
    name="snap-not-our-content-tiktok",
    **{"from": "law-enforcement@snap.com"}, name_from="Snap Inc. Trust & Safety",
    date=date(9, 23, 40, 0), subject=f"Re: [{TREF}] Request to remove counterfeit goods sales",
    body=f"""
Hello,

Thank you for contacting Snap Inc. We received your request {TREF}. The
links you provided are not Snapchat content:

{T[0]}
{T[1]}

As these are hosted on another service, Snap is unable to locate or take
action on them. We recommend contacting the service that hosts the
content directly.

Snap Inc. Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="Snap Trust & Safety reply to a misdirected request ('not Snapchat content')",
    why="Snap speaks about TikTok items; it cannot change their status",
    items={T[0]: "pending", T[1]: "pending"},
)

# ---------------------------------------------------------------- Reddit
case(
    name="reddit-legal-removed-suspended",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=date(11, 21, 12, 0), subject=f"Re: [{RREF}] Request to remove illegal medicine sales",
    reply_to_req=msgid(RREF),
    body=f"""
Hello,

Thank you for your notice. After review, we have removed the post at
<{R[0]}> for violating Reddit's Content Policy
on the sale of prohibited goods, and the account
<{R[1]}> has been permanently suspended.

Reddit, Inc.
Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations reply, URLs in angle brackets",
    why="post removed; account permanently suspended -> removed",
    items={R[0]: "removed", R[1]: "removed"},
)

case(
    name="reddit-pipe-table",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=date(12, 18, 0, 0), subject=f"{RREF} - results",
    body=f"""
Hi there,

Results of our review of your request {RREF}:

URL                                                                   | Result
----------------------------------------------------------------------|--------------------------------------------
{R[0]} | Not found: deleted by its author before review
{R[1]}                                         | No action: no violation of the Content Policy

The account remains active. If you have a court order, please send it
through https://support.reddithelp.com/hc/en-us/requests/new

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply with a plain-text pipe table",
    why="post deleted by its author -> not_found; account no violation, remains -> rejected",
    items={R[0]: "not_found", R[1]: "rejected"},
)

case(
    name="reddit-auto-ack",
    **{"from": "noreply@reddit.com"}, name_from="Reddit Legal",
    date=date(6, 1, 1, 30), subject=f"Re: [{RREF}] Request to remove illegal medicine sales",
    reply_to_req=msgid(RREF),
    body="""
Thanks for contacting Reddit Legal. This is an automated response to let
you know that we've received your message.

We review requests in the order we receive them. Please do not send the
same request more than once, as this may delay our response.

Ticket: #5501938

Reddit Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit legal automated receipt with a ticket number",
    why="pure receipt, no statement",
    items={},
)

# ---------------------------------------------------------------- Discord
case(
    name="discord-server-removed-sole",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=date(12, 20, 3, 0), subject=f"Re: [{DREF}] Request to remove illegal content",
    reply_to_req=msgid(DREF),
    body=f"""
Hi there,

Thanks for reaching out to Discord Trust & Safety about the server you
reported in {DREF}.

We investigated and found that the server violated our Community
Guidelines. The server has been removed from Discord, and the owner's
account has been disabled.

You can learn more about how we enforce our rules at
https://discord.com/safety/360044158971-Enforcing-our-rules

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome ('the server has been removed')",
    why="one-item request, the email's only statement is that the reported server was removed",
    items={D[0]: "removed"},
)

case(
    name="discord-report-received",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date=date(9, 2, 0, 40), subject=f"Your report has been received [{DREF}]",
    body="""
Hello,

We've received your report and created ticket #48213377. Our Trust &
Safety team will look into it and send you another email when we've
finished investigating.

Please don't submit multiple reports about the same issue; it won't
speed up our review.

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord report confirmation email",
    why="pure receipt",
    items={},
)

case(
    name="discord-portal-moved-notice",
    **{"from": "govrequests@discord.com"}, name_from="Discord Government Requests",
    date=date(17, 0, 30, 0), subject="Changes to how government agencies contact Discord",
    body="""
Hello,

You are receiving this email because your agency has contacted Discord
about content on our service in the past.

From 1 October, please send all content and information requests through
our new government request portal at https://discord.com/gov-requests.
Requests sent by email to this address will no longer be processed after
that date.

Thank you,
Discord Government Requests Team
""",
    outcome="review", review="no_claims",
    imitates="platform notice to agencies about a new request portal",
    why="trusted Discord mail that names no item and references no request",
    items={},
)

# ---------------------------------------------------------------- Twitch
case(
    name="twitch-channel-and-vod",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date=date(13, 19, 30, 0), subject=f"Re: [{WREF}] Request to remove illegal gambling streams",
    reply_to_req=msgid(WREF),
    body=f"""
Hello,

We have reviewed your request {WREF}.

Channel: {W[0]}
Action: indefinite suspension. The channel is no longer accessible.

VOD: {W[1]}
Action: none possible. The VOD had already been deleted when we reviewed
your request, and no copy remains on Twitch.

Regards,
Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply with a channel/VOD action per item",
    why="channel suspended and inaccessible -> removed; VOD already deleted -> not_found",
    items={W[0]: "removed", W[1]: "not_found"},
)

case(
    name="twitch-gmail-quote-channel-only",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date=date(15, 4, 4, 4), subject=f"Re: [{WREF}] Request to remove illegal gambling streams",
    reply_to_req=msgid(WREF),
    body=f"""
Hi,

The channel https://www.twitch.tv/slotking_live has received an
indefinite suspension for violating our gambling policy.

Twitch Safety

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("twitch")}
""",
    outcome="applied", classification="confirmation",
    imitates="short Twitch reply over a Gmail-style quoted request",
    why="channel suspended -> removed; the VOD appears only in the quoted request",
    items={W[0]: "removed", W[1]: "pending"},
)

case(
    name="twitch-actioned-generic",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date=date(14, 2, 0, 0), subject=f"We've actioned on your report ({WREF})",
    reply_to_req=msgid(WREF),
    body=f"""
Hi KCSC Takedown,

Thank you for your report {WREF}. Our staff have reviewed it and
determined that a violation of our Terms of Service and Community
Guidelines occurred. We have taken appropriate enforcement action.

Thanks for helping keep Twitch safe.

Twitch
""",
    outcome="review", review="bulk",
    imitates="Twitch 'We've actioned on your report' email",
    why="one statement ('actioned') about the two-item request without naming either item",
    items={},
)

case(
    name="twitch-bounce-unknown-user",
    **{"from": "MAILER-DAEMON@relay.kcsc.example"}, name_from="Mail Delivery System",
    date=date(10, 1, 0, 9), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7C1A2C0051.1725930009/relay.kcsc.example"

--7C1A2C0051.1725930009/relay.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-requests@twitch.tv>: host inbound-smtp.twitch.tv[203.0.113.25] said:
    550 5.1.1 <legal-requests@twitch.tv>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--7C1A2C0051.1725930009/relay.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; legal-requests@twitch.tv
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.twitch.tv
Diagnostic-Code: smtp; 550 5.1.1 <legal-requests@twitch.tv>: Recipient
    address rejected: User unknown

--7C1A2C0051.1725930009/relay.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-requests@twitch.tv
Subject: [{WREF}] Request to remove illegal gambling streams
Message-ID: <{msgid(WREF)}@kcsc.example>
Date: Tue, 10 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

{request_text("twitch")}

--7C1A2C0051.1725930009/relay.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our request",
    why="a bounce: the URLs are only in our returned request",
    items={},
)

# ---------------------------------------------------------------- Pinterest
case(
    name="pinterest-pins-not-requested",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date=date(14, 6, 6, 0), subject="Re: KCSC request - Pins reported for illegal gambling",
    body="""
Hello,

Thank you for your report. We have removed the following Pins for
violating our Community Guidelines on gambling:

https://www.pinterest.com/pin/881204335566771234/
https://www.pinterest.com/pin/881204335566775678/

Pinterest Legal
""",
    outcome="review", review="unmatched_claims",
    imitates="Pinterest legal removal confirmation",
    why="trusted Pinterest mail stating removals of URLs that are in no request of the ledger",
    items={},
)

HEADER = f"""# Blind set 412 (tests/corpus/blind412/make.py writes this file).
# English notices from many platforms: X, YouTube, Meta, TikTok, Reddit,
# Discord, Twitch, Snapchat, Pinterest. Expected results written from each
# email's meaning before the reader was run. {len(cases)} cases.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{SET}: {len(cases)} cases")
