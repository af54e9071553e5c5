#!/usr/bin/env python3
"""Blind set 952: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind952/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: no clock,
no random numbers, fixed MIME boundaries. Every expected result below was
written from the meaning of the email before the reader was run on it.
"""
import base64
import csv
import io
import os
import quopri
import sys
import zlib
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------

X = [
    "https://x.com/lucky_spin_kr/status/1830011122334455667",
    "https://x.com/lucky_spin_kr/status/1830011187654300912",
    "https://x.com/toto_king_99/status/1829900011223344556",
    "https://x.com/toto_king_99/status/1829954402918273645",
    "https://x.com/jackpotline_kr",
    "https://x.com/bet_hana_official/status/1828811122233344455",
    "https://x.com/bet_hana_official/status/1828876510293847561",
    "https://x.com/casino_roomk/status/1831122233344455566",
    "https://x.com/casino_roomk/status/1831190876123450987",
    "https://x.com/slotmania_kr/status/1827700011122233344",
    "https://x.com/winwin_kor/status/1826600011122233344",
    "https://x.com/winwin_kor/status/1826642219876501234",
    "https://x.com/i/web/status/1832233344455566677",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3xT7pLk2A",
    "https://www.youtube.com/watch?v=bR8nW1cZ0yE",
    "https://www.youtube.com/shorts/Hd4Kp9sVt6M",
    "https://www.youtube.com/@pillhouse_kr",
]
META = [
    "https://www.facebook.com/groups/8815502231/posts/10231122334455",
    "https://www.facebook.com/profile.php?id=100089912345678",
    "https://www.instagram.com/p/C9xYk2LrTqZ/",
    "https://www.instagram.com/reel/C8mNp4QwErT/",
    "https://www.instagram.com/fake_visa_agent_kr/",
]
TT = [
    "https://www.tiktok.com/@nightpill.seoul/video/7401122334455667788",
    "https://www.tiktok.com/@nightpill.seoul/video/7402233445566778899",
    "https://www.tiktok.com/@k.loan.fast",
]
# The first Reddit URL is stored percent-encoded; emails write it raw.
RD_RAW = "https://www.reddit.com/r/koreadeals/comments/1f3xyz9/대마_판매/"
RD = [
    "https://www.reddit.com/r/koreadeals/comments/1f3xyz9/%EB%8C%80%EB%A7%88_%ED%8C%90%EB%A7%A4/",
    "https://www.reddit.com/user/seoul_meds_direct/",
]
DC = [
    "https://discord.gg/kR7pTq2x",
    "https://discord.com/channels/1122334455667788990/1122334455667788991",
]
TW = ["https://www.twitch.tv/videos/2245566778"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", X,
     "gambling", "illegal online casino and sports-betting promotion"),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00", YT,
     "drugs", "sale of prescription drugs without a licence"),
    ("KCSC-240904-03", "meta", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00", META,
     "fraud", "fake visa and job-abroad agency"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:10:00+09:00", "2024-09-12T18:00:00+09:00", TT,
     "drugs", "sleeping pills sold by direct message; illegal lending"),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:20:00+09:00", "2024-09-13T18:00:00+09:00", RD,
     "drugs", "cannabis sale post and seller account"),
    ("KCSC-240909-06", "discord", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00", DC,
     "obscenity", "server distributing illegally filmed material"),
    ("KCSC-240910-07", "twitch", "2024-09-10T16:45:00+09:00", "2024-09-17T18:00:00+09:00", TW,
     "gambling", "VOD advertising an illegal betting site"),
]
REQ = {r[0]: r for r in REQUESTS}


def msgid(ref):
    return f"{ref}.1@kcsc.example"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def raw(u):
    """The form an email writes a URL in (raw Korean path for Reddit)."""
    return RD_RAW if u == RD[0] else u


PLATFORM_NAMES = {"x": "X", "youtube": "YouTube", "meta": "Meta", "tiktok": "TikTok",
                  "reddit": "Reddit", "discord": "Discord", "twitch": "Twitch"}


def request_body(ref):
    _, plat, _, _, urls, cat, note = REQ[ref]
    lines = [
        f"Dear {PLATFORM_NAMES[plat]} Legal team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found the",
        f"content below to be illegal in the Republic of Korea ({note}) and",
        "requests its removal or the restriction of access to it from Korea.",
        f"Our reference: {ref}",
        "",
    ]
    lines += [f"{i}. {raw(u)}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us the action taken for each URL.", "",
              "KCSC Takedown Team", "takedown@kcsc.example"]
    return lines


def quoted(ref, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_body(ref))


def gmail_quote(ref, when):
    return f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:\n" + quoted(ref)


def outlook_quote(ref, sent):
    subj = f"[{ref}] Request for removal of illegal content"
    return ("-----Original Message-----\n"
            "From: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {sent}\n"
            "To: Legal\n"
            f"Subject: {subj}\n\n" + "\n".join(request_body(ref)))


def subj(ref, prefix="Re: "):
    return f"{prefix}[{ref}] Request for removal of illegal content"


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- X (13 items)

case(
    name="x-withheld-kr-top-posted",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content notice), top-posted over the quoted request",
    why="two posts named as withheld in South Korea; the other eleven appear only in the quoted request",
    **{"from": "legal-noreply@x.com"}, date="Wed, 04 Sep 2024 07:12:40 +0000",
    subject=subj("KCSC-240902-01"), reply_to_req="KCSC-240902-01.1",
    body=f"""
Hello,

Thank you for your request. Having reviewed it against applicable local
law, we have withheld the following posts in South Korea. They remain
visible to people outside South Korea.

{X[0]}
{X[1]}

We are still looking at the rest of your report and will write again
once we have finished.

Kind regards,
X Legal

{gmail_quote("KCSC-240902-01", "Mon, Sep 2, 2024 at 10:00 AM")}
""",
    items={X[0]: "restricted", X[1]: "restricted"},
)

case(
    name="x-numbered-mixed-outcomes",
    outcome="applied", classification="confirmation",
    imitates="X Legal per-URL outcome list for a government removal demand",
    why="five numbered URLs, each with its own outcome: withheld, removed, suspended, no action with reason, not located",
    **{"from": "legal-noreply@x.com"}, date="Thu, 05 Sep 2024 02:31:09 +0000",
    subject=subj("KCSC-240902-01") + " (Case 0417729015)", reply_to_req="KCSC-240902-01.1",
    body=f"""
Hello,

We are writing about your request KCSC-240902-01. After reviewing each
reported URL under the X Rules and applicable local law, we took the
following actions:

1. {X[2]} - Withheld in South Korea
2. {X[3]} - Removed for violating our policy on illegal or certain regulated goods and services
3. {X[4]} - Account suspended
4. {X[9]} - No action. We did not find a violation of the X Rules, and the request did not show that this post is unlawful in South Korea.
5. {X[12]} - We could not locate this post. The link may be incorrect.

If you have questions about this case, reply to this email and keep the
case number in the subject line.

X Legal
""",
    items={X[2]: "restricted", X[3]: "removed", X[4]: "removed", X[9]: "rejected", X[12]: "not_found"},
)

case(
    name="x-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email in 'URL / Status' blocks",
    why="each URL stands alone with its status on the line below",
    **{"from": "legal-noreply@x.com"}, date="Thu, 05 Sep 2024 09:48:55 +0000",
    subject="Update on your report - KCSC-240902-01",
    body=f"""
Hi,

We have completed our review of the following items from your report
(your reference KCSC-240902-01).

{X[5]}
Status: Withheld in KR

{X[6]}
Status: Withheld in KR

{X[7]}
Status: Removed (violation of the X Rules)

Regards,
X Legal Operations
""",
    items={X[5]: "restricted", X[6]: "restricted", X[7]: "removed"},
)

case(
    name="x-html-table",
    outcome="applied", classification="confirmation",
    imitates="X legal notice HTML email with a per-post action table",
    why="HTML table: one removed, two withheld in Korea, one left up for a stated reason; policy link is not an item",
    **{"from": "legal-noreply@x.com"}, date="Fri, 06 Sep 2024 03:05:00 +0000",
    subject=subj("KCSC-240902-01"), reply_to_req="KCSC-240902-01.1",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for contacting X. We reviewed the content you reported in request
<b>KCSC-240902-01</b>. The outcome for each post is below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported post</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>No action &ndash; not in violation of the X Rules or Korean law as shown</td><td>&ndash;</td></tr>
</table>
<p>You can read more about how we handle legal requests at
<a href="https://help.x.com/en/rules-and-policies/country-withheld-content">our Help Center</a>.</p>
<p>X Legal</p>
</body></html>
""",
    items={X[8]: "removed", X[10]: "restricted", X[11]: "restricted", X[9]: "rejected"},
)

_x_qp = f"""Hello,

Following our review of the content you reported under reference KCSC-240902-01, we have removed the post at {X[10]} because it violates our rules on illegal or certain regulated goods and services. The post at {X[11]} has been withheld in South Korea in response to your legal demand and remains visible elsewhere.

Best regards,
X Legal
"""
case(
    name="x-quoted-printable-long-lines",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome email sent quoted-printable with soft line breaks inside URLs",
    why="QP soft breaks split both URLs; decoded, one is removed and one withheld in South Korea",
    **{"from": "legal-noreply@x.com"}, date="Fri, 06 Sep 2024 11:22:31 +0000",
    subject=subj("KCSC-240902-01"), reply_to_req="KCSC-240902-01.1",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_x_qp) + "\n",
    items={X[10]: "removed", X[11]: "restricted"},
)

case(
    name="x-one-removed-one-refused",
    outcome="applied", classification="confirmation",
    imitates="X legal reply partly declining a request with its reason",
    why="one post removed; another stays up because it is a news report that breaks no rule (refusal with reason)",
    **{"from": "legal-noreply@x.com"}, date="Sat, 07 Sep 2024 01:40:12 +0000",
    subject=subj("KCSC-240902-01"), reply_to_req="KCSC-240902-01.1",
    body=f"""
Hello KCSC team,

We have removed {X[1]} for violating the X Rules.

We have decided not to take action on {X[8]}. The post
links to a press article reporting on a police raid against an illegal
casino and does not itself promote gambling; it does not violate the X
Rules and we do not consider it unlawful. It remains available.

Regards,
X Legal
""",
    items={X[1]: "removed", X[8]: "rejected"},
)

case(
    name="x-gmail-top-posted-removed",
    outcome="applied", classification="confirmation",
    imitates="short top-posted reply from an X legal operations agent in Gmail style",
    why="two bulleted posts removed above a Gmail-quoted request that lists all thirteen URLs",
    **{"from": "legalops@x.com"}, name_from="Dana R. (X Legal Operations)",
    date="Sat, 07 Sep 2024 06:02:44 +0000",
    subject=subj("KCSC-240902-01"), reply_to_req="KCSC-240902-01.1",
    body=f"""
Hi,

The two posts below have been taken down:
- {X[5]}
- {X[6]}

Thanks,
Dana
X Legal Operations

{gmail_quote("KCSC-240902-01", "Mon, 2 Sept 2024 at 10:00")}
""",
    items={X[5]: "removed", X[6]: "removed"},
)

case(
    name="x-outlook-already-deleted",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from X legal over an -----Original Message----- block",
    why="the post no longer exists (deleted by its author); the request below the Original Message line is not a statement",
    **{"from": "legal-noreply@x.com"}, date="Mon, 09 Sep 2024 04:15:00 +0000",
    subject=subj("KCSC-240902-01", "RE: "), reply_to_req="KCSC-240902-01.1",
    body=f"""
Hello,

Regarding {X[12]}: this post does not exist. It appears the account
holder deleted it before our review, so there is nothing left for us to
action.

Regards,
X Legal

{outlook_quote("KCSC-240902-01", "Monday, September 2, 2024 10:00 AM")}
""",
    items={X[12]: "not_found"},
)

case(
    name="x-ack-then-outcomes",
    outcome="applied", classification="confirmation",
    imitates="X Support reply that opens with a receipt phrase and then gives outcomes",
    why="receipt phrase plus two unhedged item statements: not a pure acknowledgement",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Mon, 09 Sep 2024 08:30:19 +0000",
    subject="Re: Your report [KCSC-240902-01]",
    body=f"""
Hello,

Thank you for contacting X Support. We have received your report and
reviewed it.

The post {X[0]} has been removed.
The account {X[4]} has been permanently suspended and is no longer
available on X.

Thanks,
X Support
""",
    items={X[0]: "removed", X[4]: "removed"},
)

case(
    name="x-auth-fail-all-removed",
    outcome="review", review="untrusted",
    imitates="X legal outcome email, but DKIM/DMARC fail at our gateway",
    why="x.com sender failing authentication: statements not trusted",
    **{"from": "legal-noreply@x.com"}, auth="fail", date="Tue, 10 Sep 2024 13:55:02 +0000",
    subject=subj("KCSC-240902-01"),
    body=f"""
Hello,

We have removed the following posts reported under KCSC-240902-01:

{X[2]}
{X[3]}
{X[7]}

X Legal
""",
    items={X[2]: "pending", X[3]: "pending", X[7]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    outcome="review", review="bulk",
    imitates="X legal closing email summarising a whole batch without per-URL detail",
    why="'all of the reported content' for a thirteen-item request, no URL named",
    **{"from": "legal-noreply@x.com"}, date="Wed, 11 Sep 2024 05:20:00 +0000",
    subject=subj("KCSC-240902-01"), reply_to_req="KCSC-240902-01.1",
    body="""
Hello,

We have completed our review of your request KCSC-240902-01. All of the
reported content has been withheld in South Korea.

This case is now closed.

X Legal
""",
    items={u: "pending" for u in X},
)

case(
    name="x-will-withhold-pending",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing an intended action",
    why="'will be withheld once our review is finalised' is a promise; the two URLs stay pending",
    **{"from": "legal-noreply@x.com"}, date="Wed, 04 Sep 2024 02:00:00 +0000",
    subject=subj("KCSC-240902-01"), reply_to_req="KCSC-240902-01.1",
    body=f"""
Hello,

Thank you for your patience. Based on our initial assessment, the posts
below will be withheld in South Korea once our legal review is finalised:

{X[7]}
{X[8]}

We will confirm the outcome in a separate email.

X Legal
""",
    items={X[7]: "pending", X[8]: "pending"},
)

case(
    name="x-law-firm-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="letter from a law firm acting for a reported account holder",
    why="a law firm (not a platform) says its client deleted two posts and names our request",
    **{"from": "jh.park@hanbitlaw.example"}, name_from="Park Ji-hoon (Hanbit Law)",
    date="Thu, 12 Sep 2024 01:10:00 +0000",
    subject="KCSC-240902-01 - posts by @winwin_kor",
    body=f"""
Dear Sir or Madam,

We act for the holder of the X account @winwin_kor. Our client has
deleted the following posts mentioned in your request KCSC-240902-01:

{X[10]}
{X[11]}

We ask that the matter be recorded as closed.

Yours faithfully,
Park Ji-hoon
Hanbit Law
""",
    items={X[10]: "pending", X[11]: "pending"},
)

case(
    name="x-legal-mailbox-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="X legal mailbox automatic reply pointing to the web form",
    why="automatic reply: nothing about any item",
    **{"from": "legal@x.com"}, date="Mon, 02 Sep 2024 01:00:05 +0000",
    subject=subj("KCSC-240902-01", "Automatic reply: "), reply_to_req="KCSC-240902-01.1",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thank you for your email.

This mailbox is not monitored for legal requests. Government and law
enforcement requests to remove content must be submitted through our
legal request form: https://legalrequests.x.com/

This is an automated message; please do not reply.
""",
)

# ---------------------------------------------------------------- YouTube (4)

case(
    name="yt-blocked-in-kr-prose",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removals team outcome: local block plus global Community Guidelines removal",
    why="two videos blocked in South Korea; one Short removed globally",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 06:44:10 +0000",
    subject=subj("KCSC-240903-02"), reply_to_req="KCSC-240903-02.1",
    body=f"""
Hello,

Thanks for reaching out to us about request KCSC-240903-02.

After reviewing your request under local law, we've blocked the
following videos from view in South Korea:

  {YT[0]}
  {YT[1]}

In addition, we've removed {YT[2]} from YouTube globally, as it
violates our Community Guidelines on the sale of regulated goods.

Regards,
The YouTube Legal Team
""",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed"},
)

case(
    name="yt-age-restricted-channel-kept",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply with an age restriction and a declined channel termination",
    why="the Short is age-restricted; the channel stays up, no violation found",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 08:01:37 +0000",
    subject=subj("KCSC-240903-02"), reply_to_req="KCSC-240903-02.1",
    body=f"""
Hi there,

We've reviewed the content you reported.

{YT[2]}
We have age-restricted this Short. It can no longer be viewed by signed-out
users or users under 18.

{YT[3]}
We reviewed this channel as a whole and did not find that it violates our
policies or Korean law, so we're not taking action against it at this time.

You can learn more about our policies at https://support.google.com/youtube/answer/9288567.

Best,
YouTube Legal Support
""",
    items={YT[2]: "restricted", YT[3]: "rejected"},
)

_yt_html = f"""<!DOCTYPE html>
<html><body style="font-family:Roboto,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<p style="font-size:20px">We've taken action on content you reported</p>
<p>Hi KCSC Takedown,</p>
<p>Thank you for your report (reference KCSC-240903-02). Our team reviewed the
following video and found that it violates our Community Guidelines:</p>
<p><b>Video:</b> <a href="{YT[1]}">{YT[1]}</a><br>
<b>Outcome:</b> Removed from YouTube<br>
<b>Policy:</b> <a href="https://support.google.com/youtube/answer/2801964">Sale of illegal or regulated goods or services</a></p>
<p>If you have questions, visit the <a href="https://support.google.com/youtube">YouTube Help Center</a>.</p>
<p>- The YouTube Team</p>
<p style="font-size:11px;color:#777">&copy;2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</td></tr></table>
</body></html>
"""
case(
    name="yt-base64-html-single-removed",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'We've taken action on content you reported' HTML notice, base64 encoded",
    why="one video named as removed; policy and Help Center links are not items",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Fri, 06 Sep 2024 14:09:00 +0000",
    subject="We've taken action on content you reported",
    raw_mime="Content-Type: multipart/alternative; boundary=\"yt-b952-alt\"\n\n"
             "--yt-b952-alt\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
             + b64(_yt_html) + "\n--yt-b952-alt--\n",
    items={YT[1]: "removed"},
)

_yt_rows = [("URL", "Decision", "Scope"),
            (YT[0], "Removed (Community Guidelines)", "Global"),
            (YT[1], "Blocked under local law", "KR"),
            (YT[2], "Not found - video does not exist", "-"),
            (YT[3], "No action - no violation found", "-")]
_yt_table = "\n".join(
    [f"{a:<44} | {b:<33} | {c}" for a, b, c in _yt_rows[:1]]
    + ["-" * 45 + "+" + "-" * 35 + "+" + "-" * 7]
    + [f"{a:<44} | {b:<33} | {c}" for a, b, c in _yt_rows[1:]])
case(
    name="yt-text-table-four",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals team reply with a plain-text outcome table",
    why="pipe table: removed, locally blocked, not found, no action with reason",
    **{"from": "removals@google.com"}, name_from="Google Legal Removals",
    date="Mon, 09 Sep 2024 02:25:48 +0000",
    subject=subj("KCSC-240903-02"), reply_to_req="KCSC-240903-02.1",
    body=f"""
Hello,

Please find our decisions on request KCSC-240903-02 below.

{_yt_table}

Regards,
Google Legal Removals
""",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "not_found", YT[3]: "rejected"},
)

case(
    name="yt-echoed-webform-outcome",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal webform outcome email that echoes the submission",
    why="the echoed submission names one video; the outcome line blocks it in South Korea",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 03:33:21 +0000",
    subject="Your legal removal request [5-9921004445] - KCSC-240903-02",
    body=f"""
Hello,

We have reviewed your legal removal request.

--- Your submission ---
Request ID: 5-9921004445
Content URL: {YT[0]}
Country: South Korea
Legal basis: Pharmaceutical Affairs Act, Art. 61
Your reference: KCSC-240903-02
-----------------------

Outcome: We have blocked this video from view in South Korea.

The YouTube Legal Team
""",
    items={YT[0]: "restricted"},
)

case(
    name="yt-appears-already-removed",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply with a hedged observation",
    why="'appears to have been removed by the uploader' is a hedge; the rest is a promise",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 09:00:00 +0000",
    subject=subj("KCSC-240903-02"), reply_to_req="KCSC-240903-02.1",
    body=f"""
Hi,

Thanks for your request. It appears that {YT[0]} may already have been
taken down by the uploader. We are checking the remaining URLs with our
specialists and will get back to you as soon as possible.

Best regards,
YouTube Legal Support
""",
    items={YT[0]: "pending"},
)

case(
    name="yt-asks-for-legal-basis",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal removals request for the court order / legal basis",
    why="asks for the legal basis before acting on two named URLs",
    **{"from": "removals@google.com"}, name_from="Google Legal Removals",
    date="Thu, 05 Sep 2024 01:14:00 +0000",
    subject=subj("KCSC-240903-02"), reply_to_req="KCSC-240903-02.1",
    body=f"""
Hello,

Thank you for your request. Before we can make a decision on

{YT[3]}
{YT[1]}

we need more information. Please send us a copy of the Commission's
decision for these URLs, and tell us which provision of Korean law each
one violates. Once we receive this we will continue our review.

Regards,
Google Legal Removals
""",
    items={YT[3]: "pending", YT[1]: "pending"},
)

_pdf_stream = zlib.compress(
    b"BT /F1 11 Tf 72 720 Td (KCSC-240903-02: all four URLs blocked in KR) Tj ET", 9)
_pdf = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        b"3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n"
        b"4 0 obj\n<< /Length " + str(len(_pdf_stream)).encode() + b" /Filter /FlateDecode >>\nstream\n"
        + _pdf_stream + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
case(
    name="yt-pdf-outcome-only",
    outcome="review", review="unreadable_attachment",
    imitates="Google legal reply whose outcome is only in an attached PDF letter",
    why="the decision is in a PDF the reader cannot read; the body says nothing about items",
    **{"from": "removals@google.com"}, name_from="Google Legal Removals",
    date="Wed, 11 Sep 2024 07:45:00 +0000",
    subject=subj("KCSC-240903-02"), reply_to_req="KCSC-240903-02.1",
    raw_mime="Content-Type: multipart/mixed; boundary=\"g-b952-mix\"\n\n"
             "--g-b952-mix\nContent-Type: text/plain; charset=utf-8\n\n"
             "Hello,\n\nPlease find attached our response to your request KCSC-240903-02.\n\n"
             "Regards,\nGoogle Legal Removals\n\n"
             "--g-b952-mix\nContent-Type: application/pdf; name=\"KCSC-240903-02_response.pdf\"\n"
             "Content-Disposition: attachment; filename=\"KCSC-240903-02_response.pdf\"\n"
             "Content-Transfer-Encoding: base64\n\n" + b64(_pdf) + "\n--g-b952-mix--\n",
)

_orig_yt = ("From: KCSC Takedown <takedown@kcsc.example>\n"
            "To: legal-kr-team@google.com\n"
            "Date: Tue, 3 Sep 2024 11:30:00 +0900\n"
            f"Message-ID: <{msgid('KCSC-240903-02')}>\n"
            f"Subject: [KCSC-240903-02] Request for removal of illegal content\n"
            "Content-Type: text/plain; charset=utf-8\n\n" + "\n".join(request_body("KCSC-240903-02")))
case(
    name="yt-dsn-address-not-found",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Failure)' for an old legal team address",
    why="a bounce carrying our own request: never a statement",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Tue, 03 Sep 2024 02:30:07 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="Content-Type: multipart/report; report-type=delivery-status; boundary=\"dsn-b952\"\n\n"
             "--dsn-b952\nContent-Type: text/plain; charset=utf-8\n\n"
             "** Address not found **\n\n"
             "Your message wasn't delivered to legal-kr-team@google.com because the address couldn't be\n"
             "found, or is unable to receive mail.\n\n"
             "--dsn-b952\nContent-Type: message/delivery-status\n\n"
             "Reporting-MTA: dns; googlemail.com\n\n"
             "Final-Recipient: rfc822; legal-kr-team@google.com\n"
             "Action: failed\nStatus: 5.1.1\n"
             "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n\n"
             "--dsn-b952\nContent-Type: message/rfc822\n\n" + _orig_yt + "\n\n--dsn-b952--\n",
)

# ---------------------------------------------------------------- Meta (5)

case(
    name="meta-local-law-restricted",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' reply to a government report",
    why="group post and profile restricted in South Korea",
    **{"from": "content-requests@meta.com"}, name_from="Meta Content Requests",
    date="Fri, 06 Sep 2024 04:50:00 +0000",
    subject=subj("KCSC-240904-03"), reply_to_req="KCSC-240904-03.1",
    body=f"""
Hello,

Thank you for your report KCSC-240904-03. We reviewed the reported
content against our Community Standards and applicable law. Based on
local law, we have restricted access in South Korea to:

- the group post at {META[0]}
- the profile at {META[1]}

This content remains available outside South Korea.

Meta Content Requests
""",
    items={META[0]: "restricted", META[1]: "restricted"},
)

case(
    name="meta-instagram-bullets-mixed",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome email ('we removed' / 'doesn't go against our Community Guidelines')",
    why="post removed, reel left up with its reason, account disabled",
    **{"from": "legal-notices@instagram.com"}, name_from="Instagram",
    date="Sat, 07 Sep 2024 10:12:00 +0000",
    subject="Re: KCSC-240904-03 - outcome of your report",
    body=f"""
Hi,

Here's what happened with the Instagram content in your report:

* {META[2]}
  We removed this post because it goes against our Community Guidelines
  on fraud and scams.

* {META[3]}
  We reviewed this reel and found that it doesn't go against our
  Community Guidelines or local law. It is a news clip warning viewers
  about the scheme, so it remains on Instagram.

* {META[4]}
  This account has been disabled.

Thanks for helping keep Instagram safe.
The Instagram Team
""",
    items={META[2]: "removed", META[3]: "rejected", META[4]: "removed"},
)

_meta_csv = f"""content_url,decision,scope,reason
{META[0]},RESTRICTED,KR,Local law (Republic of Korea)
{META[1]},REMOVED,GLOBAL,Community Standards - Fraud and deception
{META[2]},REMOVED,GLOBAL,Community Standards - Fraud and deception
{META[3]},NO_ACTION,,Does not violate Community Standards or local law
{META[4]},RESTRICTED,KR,Local law (Republic of Korea)
"""
case(
    name="meta-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="Meta legal response with a per-URL CSV outcome sheet attached",
    why="CSV rows: two restricted in KR, two removed, one no action with its reason",
    **{"from": "content-requests@meta.com"}, name_from="Meta Content Requests",
    date="Mon, 09 Sep 2024 06:06:06 +0000",
    subject=subj("KCSC-240904-03"), reply_to_req="KCSC-240904-03.1",
    raw_mime="Content-Type: multipart/mixed; boundary=\"meta-b952\"\n\n"
             "--meta-b952\nContent-Type: text/plain; charset=utf-8\n\n"
             "Hello,\n\nThe attached file gives the outcome for each URL in your request\n"
             "KCSC-240904-03.\n\nMeta Content Requests\n\n"
             "--meta-b952\nContent-Type: text/csv; charset=utf-8; name=\"KCSC-240904-03_outcome.csv\"\n"
             "Content-Disposition: attachment; filename=\"KCSC-240904-03_outcome.csv\"\n"
             "Content-Transfer-Encoding: base64\n\n" + b64(_meta_csv) + "\n--meta-b952--\n",
    items={META[0]: "restricted", META[1]: "removed", META[2]: "removed",
           META[3]: "rejected", META[4]: "restricted"},
)

case(
    name="meta-dsa-style-decision-reel",
    outcome="applied", classification="confirmation",
    imitates="Meta decision notice in the DSA statement-of-reasons layout (decision, facts, ground, automation, redress)",
    why="decision: access to the reel restricted in South Korea (geo-block); redress and help links are not items",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta",
    date="Tue, 10 Sep 2024 09:09:09 +0000",
    subject="Decision on your report KCSC-240904-03",
    body=f"""
Decision on content you reported

Content: {META[3]}
Decision: Access restricted in South Korea (geo-block). The content
remains available in other countries.
Facts and circumstances: Reported by the Korea Communications Standards
Commission as an unlicensed emigration and job-abroad agency advertisement.
Ground for decision: Illegal content under the law of the Republic of Korea.
Automated means used for detection: No
Automated means used for decision: No

Redress: you can ask us to review this decision at
https://www.facebook.com/help/contact/decision-review

Meta Platforms Ireland Ltd.
""",
    items={META[3]: "restricted"},
)

case(
    name="meta-summary-contradicts-detail",
    outcome="review", review="conflicting_statements",
    imitates="Meta templated outcome whose summary line and detail block disagree",
    why="the same post is 'removed' in the summary and 'no violation, remains available' in the details",
    **{"from": "content-requests@meta.com"}, name_from="Meta Content Requests",
    date="Wed, 11 Sep 2024 02:40:00 +0000",
    subject=subj("KCSC-240904-03"), reply_to_req="KCSC-240904-03.1",
    body=f"""
Hello,

Summary: the Instagram post {META[2]} has been removed.

Details
Content: {META[2]}
Outcome: No violation found. The content remains available.

Meta Content Requests
""",
    items={META[2]: "pending"},
)

case(
    name="meta-bulk-all-restricted",
    outcome="review", review="bulk",
    imitates="Meta law-enforcement response closing a batch in one sentence",
    why="'all of the content listed in your report' for a five-item request",
    **{"from": "content-requests@meta.com"}, name_from="Meta Content Requests",
    date="Thu, 12 Sep 2024 03:00:00 +0000",
    subject=subj("KCSC-240904-03"), reply_to_req="KCSC-240904-03.1",
    body="""
Hello,

We have restricted access in South Korea to all of the content listed in
your report KCSC-240904-03, in line with local law.

Meta Content Requests
""",
    items={u: "pending" for u in META},
)

case(
    name="meta-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a Meta employee",
    why="a read receipt says nothing about items",
    **{"from": "jiwoo.han@meta.com"}, name_from="Ji-woo Han",
    date="Wed, 04 Sep 2024 01:02:03 +0000",
    subject="Read: [KCSC-240904-03] Request for removal of illegal content",
    reply_to_req="KCSC-240904-03.1",
    raw_mime="Content-Type: multipart/report; report-type=disposition-notification; boundary=\"mdn-b952\"\n\n"
             "--mdn-b952\nContent-Type: text/plain; charset=utf-8\n\n"
             "Your message\n\n  To: Ji-woo Han\n  Subject: [KCSC-240904-03] Request for removal of illegal content\n"
             "  Sent: Wednesday, September 4, 2024 9:40 AM (UTC+09:00) Seoul\n\n"
             "was read on Wednesday, September 4, 2024 10:02 AM (UTC+09:00) Seoul.\n\n"
             "--mdn-b952\nContent-Type: message/disposition-notification\n\n"
             "Reporting-UA: meta.com; Microsoft Outlook 16.0\n"
             "Final-Recipient: rfc822;jiwoo.han@meta.com\n"
             f"Original-Message-ID: <{msgid('KCSC-240904-03')}>\n"
             "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
             "--mdn-b952--\n",
)

# ---------------------------------------------------------------- TikTok (3)

case(
    name="tiktok-statement-of-reasons-two",
    outcome="applied", classification="confirmation",
    imitates="TikTok decision notice in DSA statement-of-reasons form, one block per video",
    why="first video removed worldwide; second restricted in the Republic of Korea",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    date="Sat, 07 Sep 2024 05:30:00 +0000",
    subject="Notice of decision - your report KCSC-240905-04",
    body=f"""
Dear reporter,

We have reviewed the content you reported and made the following
decisions.

Content 1
URL: {TT[0]}
Decision: Removed
Territorial scope: Worldwide
Ground: Violation of our Community Guidelines (Regulated goods - drugs)
Automated decision: No

Content 2
URL: {TT[1]}
Decision: Access restricted
Territorial scope: Republic of Korea
Ground: Illegal under local law (Pharmaceutical Affairs Act)
Automated decision: No

Information on how to appeal is available at
https://www.tiktok.com/legal/page/global/appeals

TikTok Legal
""",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

case(
    name="tiktok-bilingual-account-banned",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea trust-and-safety reply in English and Korean, URL in angle brackets and with full-width colons",
    why="the account is permanently banned, its profile and videos no longer available",
    **{"from": "trust-safety-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Mon, 09 Sep 2024 07:07:00 +0000",
    subject=Header("Re: KCSC-240905-04 / 불법대출 계정 신고 건", "utf-8").encode(),
    body="""
Hello,

Regarding your request KCSC-240905-04: the account <https://www.tiktok.com/@k.loan.fast>
has been permanently banned for repeated violations of our Community
Guidelines on frauds and scams. Its profile and videos are no longer
available on TikTok.

안녕하세요, 틱톡 신뢰안전팀입니다.
요청하신 KCSC-240905-04 건의 처리 결과를 안내드립니다.

대상 계정：https://www.tiktok.com/@k.loan.fast
조치 결과：계정 영구 정지（프로필 및 게시물 삭제）

감사합니다.
TikTok Trust & Safety
""",
    items={TT[2]: "removed"},
)

case(
    name="tiktok-no-violation-kept",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'we didn't find a violation' report outcome",
    why="the video stays up: no guideline violation and not found unlawful (refusal with reason)",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 00:45:00 +0000",
    subject=subj("KCSC-240905-04"), reply_to_req="KCSC-240905-04.1",
    body=f"""
Hello,

Thank you for your report. We reviewed the video

{TT[1]}

and did not find a violation of our Community Guidelines. The video is a
pharmacist explaining the risks of buying sleeping pills online and does
not offer anything for sale; we have not found it to be unlawful. We are
therefore not taking action, and the video remains available.

TikTok Legal
""",
    items={TT[1]: "rejected"},
)

case(
    name="tiktok-escalated-under-review",
    outcome="review", review="not_understood",
    imitates="TikTok legal interim update: escalated, under review, action announced for later",
    why="one video 'still under review', the other 'will be restricted once' the assessment ends: no statement",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 06 Sep 2024 03:15:00 +0000",
    subject=subj("KCSC-240905-04"), reply_to_req="KCSC-240905-04.1",
    body=f"""
Hello,

An update on your request:

{TT[0]} has been escalated to our local legal team and is still under
review.

{TT[1]} will be restricted in the Republic of Korea once the local-law
assessment is complete.

We will let you know the final outcome.

TikTok Legal
""",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="tiktok-auth-fail-removed",
    outcome="review", review="untrusted",
    imitates="TikTok outcome notice relayed through an unauthorised server (DMARC fail)",
    why="tiktok.com sender failing DKIM/SPF/DMARC",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal", auth="fail",
    date="Wed, 11 Sep 2024 12:00:00 +0000",
    subject=subj("KCSC-240905-04"),
    body=f"""
Hello,

The following content has been removed from TikTok:

{TT[0]}
{TT[2]}

TikTok Legal
""",
    items={TT[0]: "pending", TT[2]: "pending"},
)

case(
    name="tiktok-receipt-echoes-urls",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok automatic 'we've received your report' receipt that echoes the reported links",
    why="pure receipt: it lists the reported URLs but states nothing about them",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Thu, 05 Sep 2024 05:11:00 +0000",
    subject="We've received your report (Report ID 7409912003)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thanks for your report.

We've received your report and our team will review it. Report ID:
7409912003. Your reference: KCSC-240905-04.

Reported content:
{TT[0]}
{TT[1]}
{TT[2]}

You can check the status of your report in the Safety Center.
This mailbox does not accept replies.
""",
)

# ---------------------------------------------------------------- Reddit (2)

case(
    name="reddit-removed-and-banned-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Reddit Legal removal confirmation ('we have removed... the account has been banned')",
    why="the post (Korean path written raw) removed; the account banned and its profile gone",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 18:20:00 +0000",
    subject=subj("KCSC-240906-05"), reply_to_req="KCSC-240906-05.1",
    body=f"""
Hi there,

Thanks for your report. We have removed the following post for violating
Reddit's Content Policy on transactions for prohibited goods:

{RD_RAW}

The account {RD[1]} has also been permanently banned from Reddit, and its
profile is no longer available.

Reddit Legal
""",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-deleted-by-author-profile-kept",
    outcome="applied", classification="confirmation",
    imitates="Reddit Legal reply: post already deleted by its author, account reviewed without action",
    why="post in angle brackets followed by a full stop: not found (author deleted it); profile: no violation, no action",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 21:05:00 +0000",
    subject=subj("KCSC-240906-05"), reply_to_req="KCSC-240906-05.1",
    body=f"""
Hello,

We could not find the post at <{RD_RAW}>. It was deleted by its author
before we reviewed it.

We reviewed the profile of u/seoul_meds_direct ({RD[1]}) and found no
content on it that violates Reddit's rules; we have taken no action on
that account.

Reddit Legal
""",
    items={RD[0]: "not_found", RD[1]: "rejected"},
)

case(
    name="reddit-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit help-centre (Zendesk) 'your request has been received' receipt",
    why="ticket receipt only",
    **{"from": "support@reddithelp.reddit.com"}, name_from="Reddit Help",
    date="Fri, 06 Sep 2024 01:21:00 +0000",
    subject="[Reddit] Re: [KCSC-240906-05] Request for removal of illegal content",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Your request (#8812345) has been received and is being reviewed by our
team. We'll get back to you as soon as we can.

To add information to this request, reply to this email.

Reddit Help
""",
)

# ---------------------------------------------------------------- Discord (2)

case(
    name="discord-server-removed",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply confirming a server removal",
    why="the server behind the invite was removed; the channel link belonged to it and is no longer accessible",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 16:30:00 +0000",
    subject=subj("KCSC-240909-06"), reply_to_req="KCSC-240909-06.1",
    body=f"""
Hello,

Thank you for bringing this to our attention. After investigating, we
removed the server reached through the invite {DC[0]} for violating our
Community Guidelines; the invite is no longer valid.

The channel {DC[1]} was part of that server and is no longer accessible.

Sincerely,
Discord Trust & Safety
""",
    items={DC[0]: "removed", DC[1]: "removed"},
)

case(
    name="discord-privacy-template",
    outcome="review", review="not_understood",
    imitates="Discord Trust & Safety template 'we'll take appropriate action... cannot share the specifics'",
    why="answers our request but only promises appropriate action and withholds any outcome",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 10:00:00 +0000",
    subject=subj("KCSC-240909-06"), reply_to_req="KCSC-240909-06.1",
    body="""
Hello,

Thank you for your report regarding KCSC-240909-06. We've opened an
investigation based on the information you gave us and will take
appropriate action based on what we find. For privacy reasons we are not
able to share the specifics of any action taken.

We appreciate your help in keeping Discord safe.

Sincerely,
Discord Trust & Safety
""",
)

# ---------------------------------------------------------------- Twitch (1)

case(
    name="twitch-vod-removed-no-url",
    outcome="applied", classification="confirmation",
    imitates="Twitch Trust & Safety reply naming the request but not the URL",
    why="one-item request: 'the reported VOD has been removed' applies to its only item",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Thu, 12 Sep 2024 20:15:00 +0000",
    subject=subj("KCSC-240910-07"), reply_to_req="KCSC-240910-07.1",
    body="""
Hi,

Thank you for your report regarding KCSC-240910-07. We reviewed the
reported VOD and it has been removed for violating our Community
Guidelines on gambling promotion.

Twitch Trust & Safety
""",
    items={TW[0]: "removed"},
)

case(
    name="twitch-action-taken-no-reference",
    outcome="review", review="no_claims",
    imitates="Twitch generic 'we've taken action on your report' notification",
    why="trusted Twitch mail that names no item and no request",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject="Update on your report",
    body="""
Hi there,

Thanks for your report. We've reviewed it and taken action on the content
you reported. For privacy reasons, we can't share the details of the
action taken.

Thanks for helping keep Twitch safe.
The Twitch Team
""",
)

# ---------------------------------------------------------------- others

case(
    name="snapchat-mailbox-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="Snap legal mailbox automatic reply directing to the online form",
    why="automatic reply, nothing about items",
    **{"from": "no-reply@snap.com"}, name_from="Snap Inc.",
    date="Mon, 09 Sep 2024 00:01:00 +0000",
    subject="Automatic reply: Request for removal of illegal content (KCSC)",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

Thank you for your message. This inbox is not monitored. Government
agencies can submit content removal requests through our online form at
https://support.snapchat.com/en-US/i-need-help

Snap Inc.
""",
)

case(
    name="pinterest-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Pinterest Help 'Thanks for your report' ticket receipt",
    why="ticket receipt only",
    **{"from": "support@pinterest.com"}, name_from="Pinterest Help",
    date="Tue, 10 Sep 2024 04:04:00 +0000",
    subject="Thanks for reaching out [ticket #21990451]",
    body="""
Hi there,

Thanks for your report. We've received it and our team will take a look.
Your ticket number is 21990451.

Pinterest Help
""",
)


HEADER = """# Blind set 952 (tests/corpus/blind952): English notices from many platforms.
# Written by tests/corpus/blind952/make.py; expected results come from each
# email's meaning, written before the reader was run (see NOTES.md)."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind952", HEADER, CASES)


if __name__ == "__main__":
    main()
