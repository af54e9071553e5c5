#!/usr/bin/env python3
"""Blind set 226: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Twitch, Discord, plus Snap and Telegram as side senders).

    python3 tests/corpus/blind226/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result below was written from the meaning of the email alone,
before the reader was run on this set. All names, ids and URLs are fictional.
"""
import base64
import csv
import datetime
import email.utils
import io
import os
import quopri
from email.header import Header
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind226"


def d(day, h, m, s=0, tz=0):
    """RFC 5322 date in September 2024 with a UTC offset in hours."""
    zone = datetime.timezone(datetime.timedelta(hours=tz))
    return email.utils.format_datetime(datetime.datetime(2024, 9, day, h, m, s, tzinfo=zone))


# ---------------------------------------------------------------- requests
X = [
    None,
    "https://x.com/moonlit_ledger/status/1831104472019384321",
    "https://x.com/moonlit_ledger/status/1831104477730291712",
    "https://x.com/quartz_ferry/status/1830877120544510976",
    "https://x.com/quartz_ferry/status/1830877398921867264",
    "https://x.com/pale_orchard77/status/1830512236690112512",
    "https://x.com/pale_orchard77/status/1830519983104229376",
    "https://x.com/tinroof_daily/status/1829933410274639872",
    "https://x.com/tinroof_daily",
    "https://x.com/kestrel_dumps/status/1831200093310021632",
    "https://x.com/kestrel_dumps/status/1831200151262978048",
    "https://x.com/ssgrain_kr/status/1830011875536556032",
    "https://x.com/ssgrain_kr/status/1830011902417522688",
    "https://twitter.com/velvet_pylon/status/1829701238846513152",
    "https://x.com/velvet_pylon/status/1829701310556528640",
]
Y = [
    None,
    "https://www.youtube.com/watch?v=Qm7rT2kLp9A",
    "https://www.youtube.com/watch?v=bX3nV8wZe1c",
    "https://youtu.be/H4dJ9sPq2Ro",
    "https://www.youtube.com/@nightdeskarchive",
]
M = [
    None,
    "https://www.facebook.com/groups/4481920377712/posts/5120093388145/",
    "https://www.facebook.com/permalink.php?story_fbid=1029384756&id=100089123456",
    "https://www.instagram.com/p/C8kLm2PxQ4a/",
    "https://www.instagram.com/reel/C9vTq1RsN7b/",
    "https://www.instagram.com/haneul_drops/",
]
T = [
    None,
    "https://www.tiktok.com/@glasswren.kr/video/7410238845561920775",
    "https://www.tiktok.com/@glasswren.kr/video/7411590013376638209",
    "https://www.tiktok.com/@mokpo_nightowl/video/7409871126634105095",
]
KO_SLUG = "싸게_팝니다"
R2_RAW = "https://www.reddit.com/r/seoulmarket/comments/1f5b2xt/" + KO_SLUG + "/"
R = [
    None,
    "https://www.reddit.com/r/KoreaDeals/comments/1f3kq9z/cheap_certs_dm_me/",
    "https://www.reddit.com/r/seoulmarket/comments/1f5b2xt/" + quote(KO_SLUG) + "/",
    "https://www.reddit.com/user/gray_tamarind/",
]
W = [
    None,
    "https://www.twitch.tv/videos/2241875530",
    "https://www.twitch.tv/hollowgate_tv",
]
D = [None, "https://discord.gg/kR9vBz2Lm"]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", X[1:], "illegal_goods",
     "posts advertising forged certificates and drugs"),
    ("KCSC-240905-02", "youtube", "2024-09-05", "2024-09-12", Y[1:], "gambling",
     "illegal gambling promotion videos and channel"),
    ("KCSC-240906-03", "meta", "2024-09-06", "2024-09-13", M[1:], "illegal_goods",
     "Facebook and Instagram sales posts"),
    ("KCSC-240909-04", "tiktok", "2024-09-09", "2024-09-16", T[1:], "drugs",
     "drug sale videos"),
    ("KCSC-240910-05", "reddit", "2024-09-10", "2024-09-17", R[1:], "illegal_goods",
     "certificate sale posts and account"),
    ("KCSC-240911-06", "twitch", "2024-09-11", "2024-09-18", W[1:], "gambling",
     "gambling stream VOD and channel"),
    ("KCSC-240912-07", "discord", "2024-09-12", "2024-09-19", D[1:], "obscenity",
     "invite link of a server distributing content"),
]


def msgid(ref):
    return "req-" + ref.split("-", 1)[1].lower() + "@kcsc.example"


def req_thread(ref):
    return "req-" + ref.split("-", 1)[1].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_text(ref, platform_name, urls, raw=None, prefix=""):
    """Our request as a platform would quote it (prefix '> ' for Gmail)."""
    urls = [raw.get(u, u) for u in urls] if raw else urls
    lines = [
        f"Dear {platform_name} team,",
        "",
        "The Korea Communications Standards Commission has found that the",
        "content below is illegal under Korean law (Act on Promotion of",
        "Information and Communications Network Utilization, Art. 44-7).",
        f"We request its removal or blocking (our reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each item.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ================= X (KCSC-240903-01, 14 items) =================
case(
    name="x-legal-withheld-list-and-removed",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(5, 7, 41), reply_to_req=req_thread("KCSC-240903-01"),
    subject="Re: [KCSC-240903-01] Request to remove content under Korean law",
    body=f"""
Hello,

Thank you for your request dated 3 September 2024 (your reference
KCSC-240903-01).

After reviewing the reported content against local law, we have withheld
the following posts in South Korea. They remain visible to users outside
Korea.

- {X[1]}
- {X[2]}
- {X[3]}
- {X[4]}

In addition, the following posts were found to violate the X Rules and
have been removed from the service globally:

- {X[5]}
- {X[6]}

We are still looking into the remaining items of your request and will
follow up separately. In line with our usual practice, the affected
account holders have been notified and a copy of your request may be
published to the Lumen database.

Regards,
X Legal
Ticket 0482113906
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply to a government removal demand (country-withheld content, CWC) with bulleted URL lists",
    why="four posts withheld in South Korea, two removed globally, rest promised later",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted", X[4]: "restricted",
           X[5]: "removed", X[6]: "removed"},
)

case(
    name="x-account-suspended-two-no-violation",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(9, 2, 15), reply_to_req=req_thread("KCSC-240903-01"),
    subject="Re: [KCSC-240903-01] Request to remove content under Korean law",
    body=f"""
Hi,

We have completed our review of further items under KCSC-240903-01.

Account {X[8]} has been suspended for violating the X Rules
(platform manipulation and spam). The account is no longer available on X.

The two posts below were reviewed against the X Rules and against the
provision of Korean law cited in your request. We did not find a
violation, and we are not taking action on them at this time:

{X[9]}
{X[10]}

If you have further information about these posts, you may submit a new
request through https://legal.x.com/en/government-request-form.html.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply: account suspension plus a 'no action at this time' decision",
    why="account suspended = removed; two posts reviewed and refused = rejected; the form link is no item",
    items={X[8]: "removed", X[9]: "rejected", X[10]: "rejected"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "dana.whitlock@x.com"}, name_from="Dana Whitlock",
    date=d(6, 1, 3), reply_to_req=req_thread("KCSC-240903-01"),
    subject="Re: [KCSC-240903-01] Request to remove content under Korean law",
    body=f"""
Hi KCSC team,

Quick update on your request: the two posts from @ssgrain_kr are now
withheld in KR.

{X[11]}
{X[12]}

Thanks,
Dana
Global Government Affairs, X

On Tue, 3 Sept 2024 at 10:14, KCSC Takedown <takedown@kcsc.example> wrote:
{request_text("KCSC-240903-01", "X Legal", X[1:], prefix="> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="staff reply from a platform's government-affairs contact, top-posted over a Gmail-quoted request",
    why="only the two URLs above the quote are stated withheld in KR; the quoted list states nothing",
    items={X[11]: "restricted", X[12]: "restricted"},
)

case(
    name="x-url-then-action-line",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(10, 4, 30), reply_to_req=req_thread("KCSC-240903-01"),
    subject="Re: [KCSC-240903-01] Request to remove content under Korean law",
    body="""
Hello,

Below is the outcome for the items in KCSC-240903-01 that were still open.

https://x.com/kestrel_dumps/status/1831200093310021632
Action: Removed (violation of the X Rules)

https://x.com/velvet_pylon/status/1829701238846513152
Action: Withheld in KR

https://x.com/velvet_pylon/status/1829701310556528640
Action: No content found at this URL

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome list, each URL followed by an 'Action:' line",
    why="removed / withheld in KR / not found; the second URL is the twitter.com post we requested, written in x.com form",
    items={X[9]: "removed", X[13]: "restricted", X[14]: "not_found"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(12, 8, 20), reply_to_req=req_thread("KCSC-240903-01"),
    subject="Re: [KCSC-240903-01] Request to remove content under Korean law",
    body="""
Hello,

This is to confirm that we have withheld all of the content reported in
your request KCSC-240903-01 in the Republic of Korea. The affected
account holders have been notified.

Regards,
X Legal
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="X legal one-line 'all reported content withheld' confirmation",
    why="one statement covers a 14-item request without naming any item: bulk review, nothing applied",
    items={u: "pending" for u in X[1:]},
)

case(
    name="x-under-review-specialist",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(4, 3, 12), reply_to_req=req_thread("KCSC-240903-01"),
    subject="Re: [KCSC-240903-01] Request to remove content under Korean law",
    body=f"""
Hello,

Your legal request has been assigned to a specialist. The following posts
are currently under review:

{X[1]}
{X[2]}
{X[5]}

Where we find that content is illegal in Korea, we will withhold it in
that country. We expect to respond within five business days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim 'under review' reply listing the posts being reviewed",
    why="names three requested posts but only says 'under review' and promises action: no status",
    items={X[1]: "pending", X[2]: "pending", X[5]: "pending"},
)

case(
    name="x-dmarc-fail-removed",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date=d(8, 13, 55), reply_to_req=req_thread("KCSC-240903-01"),
    subject="Re: [KCSC-240903-01] Request to remove content under Korean law",
    body=f"""
Hello,

Both posts below have been removed from X:

{X[5]}
{X[6]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal confirmation, but failing DKIM/SPF/DMARC",
    why="clear statements, but the mail fails authentication for x.com",
    items={X[5]: "pending", X[6]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "j.moreau@x.com"}, name_from="Julien Moreau",
    date=d(3, 1, 15), reply_to_req=req_thread("KCSC-240903-01"),
    subject="Automatic reply: [KCSC-240903-01] Request to remove content under Korean law",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 16 September with limited access to
email. Legal requests are handled by the team through the legal request
portal and are not affected by my absence.

Julien
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="out-of-office auto-reply, no statement",
    items={},
)

case(
    name="x-case-receipt",
    **{"from": "noreply@x.com"}, name_from="X",
    date=d(3, 1, 20), reply_to_req=req_thread("KCSC-240903-01"),
    subject="Your legal request has been received [Case# 0482113906]",
    body="""
Hello,

Thank you for submitting your request. This email confirms that we have
received it and created case 0482113906.

Your reference: KCSC-240903-01

Please do not reply to this email; this mailbox is not monitored. We will
contact you at this address if we need anything further.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X automatic case receipt after a legal request submission",
    why="pure receipt with a case number, no statement about any item",
    items={},
)

case(
    name="x-html-action-table",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(11, 6, 5), reply_to_req=req_thread("KCSC-240903-01"),
    subject="Re: [KCSC-240903-01] Outcome of your request",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please see below the actions taken on items of your request KCSC-240903-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Scope</th></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Account suspended</td><td>Global</td></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>Content not found</td><td>&mdash;</td></tr>
</table>
<p>Learn more about country withheld content: <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">help.x.com</a></p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome in an HTML table (URL / action / scope)",
    why="withheld in South Korea = restricted; account suspended = removed; not found",
    items={X[7]: "restricted", X[8]: "removed", X[3]: "not_found"},
)

_x_qp = f"""Hello,

Update on KCSC-240903-01: the post {X[5]} has been removed for violating our rules on illegal or certain regulated goods and services.

The post {X[6]} does not violate the X Rules and is not illegal under the provision you cited, so it will remain available on X — we are declining this part of the request.

Best regards,
X Legal
"""
case(
    name="x-quoted-printable-removed-and-declined",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(13, 9, 0), reply_to_req=req_thread("KCSC-240903-01"),
    subject="Re: [KCSC-240903-01] Request to remove content under Korean law",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_x_qp),
    outcome="applied", classification="confirmation",
    imitates="X legal prose reply sent quoted-printable (long lines soft-broken inside URLs)",
    why="first post removed; second stays up with a stated reason (declined) = rejected",
    items={X[5]: "removed", X[6]: "rejected"},
)

case(
    name="x-korean-notice-particles",
    **{"from": "legal@x.com"}, name_from=Header("X 법무팀", "utf-8").encode(),
    date=d(12, 2, 40), reply_to_req=req_thread("KCSC-240903-01"),
    subject="Re: [KCSC-240903-01] " + Header("불법정보 삭제 요청에 대한 회신", "utf-8").encode(),
    body=f"""
안녕하세요, X 법무팀입니다.

요청번호 KCSC-240903-01 관련하여 아래와 같이 조치하였음을 알려드립니다.

- {X[3]}은 대한민국 내에서 접속이 차단되었습니다.
- {X[4]}의 경우 X 규칙 위반으로 삭제되었습니다.
- {X[11]}（해당 게시물）는 작성자가 이미 삭제하여 확인할 수 없습니다.

감사합니다.
X 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea legal team reply in Korean, URLs followed directly by particles and full-width brackets",
    why="접속 차단 in Korea = restricted; 삭제 = removed; already deleted by its author = not_found",
    items={X[3]: "restricted", X[4]: "removed", X[11]: "not_found"},
)

case(
    name="x-dsa-style-statement",
    **{"from": "no-reply@x.com"}, name_from="X",
    date=d(14, 0, 30), reply_to_req=req_thread("KCSC-240903-01"),
    subject="Notice of decision on your legal request KCSC-240903-01",
    body=f"""
Notice of decision

Your request: KCSC-240903-01

Content: {X[10]}
Decision: Withheld
Territorial scope: Republic of Korea
Ground: Local law of the Republic of Korea (request from a government authority)
Automated decision: No

Content: {X[2]}
Decision: Removed
Territorial scope: Global
Ground: X Rules - Illegal or certain regulated goods or services
Automated decision: No

The account holders may appeal these decisions at
https://help.x.com/forms/appeal-withheld-content.

X
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / territorial scope / ground / redress) sent by X",
    why="withheld in Korea = restricted; removed globally = removed; the appeal form is no item",
    items={X[10]: "restricted", X[2]: "removed"},
)

# ================= YouTube (KCSC-240905-02, 4 items) =================
case(
    name="yt-blocked-kr-channel-terminated",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(9, 5, 10), reply_to_req=req_thread("KCSC-240905-02"),
    subject="Re: [KCSC-240905-02] Legal removal request",
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your legal request, we have blocked the following content
from view on YouTube in South Korea:

  {Y[1]}
  https://www.youtube.com/watch?v=H4dJ9sPq2Ro

Additionally, the channel {Y[4]} was terminated for
repeated violations of YouTube's Community Guidelines.

For more information on how we handle legal removals, see
https://support.google.com/youtube/answer/6154218.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome ('blocked from view in [country]', channel terminated)",
    why="two videos blocked in KR (one written as watch?v= for our youtu.be link) = restricted; channel terminated = removed",
    items={Y[1]: "restricted", Y[3]: "restricted", Y[4]: "removed"},
)

case(
    name="yt-age-restricted-and-not-violating",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(10, 6, 25), reply_to_req=req_thread("KCSC-240905-02"),
    subject="Re: [KCSC-240905-02] Legal removal request",
    body=f"""
Hello,

We've reviewed the content in your request.

We have applied an age restriction to the following video. It can now be
watched only by signed-in viewers aged 18 or over:
{Y[3]}

The following video was found not to violate our Community Guidelines or
local law after careful review, so no action was taken and it remains
available:
{Y[2]}

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply with age restriction and a 'no violation found' decision, URL on the line below each statement",
    why="age-restricted = restricted; no violation, remains available = rejected",
    items={Y[3]: "restricted", Y[2]: "rejected"},
)

case(
    name="yt-actioned-angle-brackets",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(11, 3, 0), reply_to_req=req_thread("KCSC-240905-02"),
    subject="Re: [KCSC-240905-02] Legal removal request",
    body=f"""
Hi there,

The video at <{Y[1]}> has been actioned under our policies.

The channel <{Y[4]}> is no longer available to viewers in
South Korea following our review under local law.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'has been actioned under our policies' template, URLs in angle brackets",
    why="'actioned' = removed (configured phrase); channel unavailable in South Korea only = restricted",
    items={Y[1]: "removed", Y[4]: "restricted"},
)

case(
    name="yt-removed-one-still-reviewing",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(7, 8, 45), reply_to_req=req_thread("KCSC-240905-02"),
    subject="Re: [KCSC-240905-02] Legal removal request",
    body=f"""
Hi,

The video {Y[2]} has been removed for violating our
harassment policy.

We still need a bit more time on {Y[3]} and will get back to
you once our review is complete.

Thanks,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube partial reply: one removal, one still in review",
    why="one video removed; the other only promised a later answer, stays pending",
    items={Y[2]: "removed", Y[3]: "pending"},
)

case(
    name="yt-hedged-uploader-may-have-deleted",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(8, 4, 5), reply_to_req=req_thread("KCSC-240905-02"),
    subject="Re: [KCSC-240905-02] Legal removal request",
    body=f"""
Hello,

It looks like {Y[3]} may have already been removed by the
uploader. We are checking our records and will confirm. The other URLs in
your request are still being reviewed.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply with a hedged 'may have been removed by the uploader'",
    why="hedge plus 'will confirm': no statement about the item",
    items={Y[3]: "pending"},
)

case(
    name="yt-mailer-daemon-bounce",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date=d(5, 1, 2),
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b226-yt"

--dsn-b226-yt
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-escalations@google.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--dsn-b226-yt
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: {d(5, 1, 1)}

Final-Recipient: rfc822; legal-kr-escalations@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn-b226-yt
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com, legal-kr-escalations@google.com
Subject: [KCSC-240905-02] Legal removal request
Date: {d(5, 1, 0)}
Message-ID: <{msgid("KCSC-240905-02")}>
Content-Type: text/plain; charset=utf-8

{request_text("KCSC-240905-02", "YouTube Legal", Y[1:])}

--dsn-b226-yt--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification returning our request",
    why="a bounce of our own request to one of its addressees; the URLs are only in the returned copy",
    items={},
)

case(
    name="yt-legal-receipt",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal Support",
    date=d(5, 1, 30), reply_to_req=req_thread("KCSC-240905-02"),
    subject="Your legal request [2-8413000037194] - KCSC-240905-02",
    body="""
Hello,

Thank you for contacting Google. This is an automated confirmation that we
have received your legal request regarding YouTube.

Your reference number is 2-8413000037194. Please keep it for any further
correspondence about this request.

Our team will review your request and respond as appropriate.

The Google Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request automatic receipt with a case number",
    why="pure receipt, no statement about any item",
    items={},
)

case(
    name="yt-forwarded-by-colleague",
    **{"from": "minji.park@kcsc.example"}, name_from="Park Minji",
    date=d(11, 0, 50),
    subject="Fwd: Re: [KCSC-240905-02] Legal removal request",
    body=f"""
FYI - this reached my own inbox instead of the desk mailbox.

---------- Forwarded message ---------
From: YouTube Legal Support <youtube-legal-support@google.com>
Date: Tue, 10 Sept 2024 at 17:02
Subject: Re: [KCSC-240905-02] Legal removal request
To: Park Minji <minji.park@kcsc.example>


Hello,

We have removed {Y[1]} for violating our Community
Guidelines.

Regards,
The YouTube Team
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail-forwarded platform reply sent on by a colleague",
    why="the statement is only in a forwarded copy; a person must check it",
    items={Y[1]: "pending"},
)

# ================= Meta (KCSC-240906-03, 5 items) =================
case(
    name="meta-local-law-restricted-and-removed",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date=d(10, 7, 12), reply_to_req=req_thread("KCSC-240906-03"),
    subject="Re: KCSC-240906-03 - Content restriction request",
    body=f"""
Hello,

We reviewed the content identified in your request and made the following
decisions.

Restricted in South Korea based on local law:
  * {M[1]}
  * <https://www.facebook.com/permalink.php?story_fbid=1029384756&
    id=100089123456>
  * {M[3]}

Removed for going against the Instagram Community Guidelines:
  * {M[4]}

For the remaining reported item, our review is ongoing.

Meta Platforms, Inc.
Government Requests Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request reply ('restricted access based on local law' / 'removed for going against our standards')",
    why="three items restricted in South Korea (one URL wrapped inside angle brackets), one removed; one left open",
    items={M[1]: "restricted", M[2]: "restricted", M[3]: "restricted", M[4]: "removed"},
)

_meta_csv = (
    "reported_url,decision,scope,note\n"
    f"{M[1]},Removed,Global,Community Standards - restricted goods\n"
    f"\"{M[2]}\",Restricted,South Korea,Local law\n"
    f"{M[3]},No action,,Does not go against our Community Standards\n"
    f"{M[4]},Not found,,Content no longer on Instagram (deleted by account holder)\n"
    f"{M[5]},Account disabled,Global,\n"
)
case(
    name="meta-csv-attachment",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date=d(12, 3, 30), reply_to_req=req_thread("KCSC-240906-03"),
    subject="Re: KCSC-240906-03 - Content restriction request",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="meta-b226-csv"

--meta-b226-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review of each item in your
request KCSC-240906-03.

Government Requests Team
Meta Platforms, Inc.

--meta-b226-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240906-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240906-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_meta_csv)}
--meta-b226-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request outcome sent as a CSV attachment",
    why="one row per item: removed, restricted in KR, no action (no violation) = rejected, not found, account disabled = removed",
    items={M[1]: "removed", M[2]: "restricted", M[3]: "rejected", M[4]: "not_found", M[5]: "removed"},
)

case(
    name="meta-will-take-appropriate-action",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date=d(8, 2, 0), reply_to_req=req_thread("KCSC-240906-03"),
    subject="Re: KCSC-240906-03 - Content restriction request",
    body=f"""
Hi,

Thanks for your report. Our team is looking into the following content and
will take appropriate action if it goes against our Community Standards or
local law:

{M[3]}
{M[5]}

We'll update you once a decision has been made.

Government Requests Team
""",
    outcome="review", review="not_understood",
    imitates="Meta interim reply promising 'appropriate action' after review",
    why="names two items but only a conditional promise: no status",
    items={M[3]: "pending", M[5]: "pending"},
)

case(
    name="meta-law-firm-for-account-holder",
    **{"from": "jw.seo@hanbit-law.example"}, name_from="Seo Jiwoo - Hanbit Law",
    date=d(12, 6, 40),
    subject="KCSC-240906-03 - response on behalf of the account holder",
    body=f"""
Dear Sir or Madam,

We act for the operator of the Instagram account haneul_drops. Our client
has voluntarily deleted the posts

{M[3]}
{M[4]}

and asks that the matter be treated as closed. Please direct any further
correspondence about this request to us.

Yours faithfully,
Seo Jiwoo
Hanbit Law
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's lawyer about a platform request",
    why="not the platform: a third party's word about deletions cannot change statuses",
    items={M[3]: "pending", M[4]: "pending"},
)

case(
    name="meta-read-receipt",
    **{"from": "hyewonlim@meta.com"}, name_from="Hyewon Lim",
    date=d(6, 6, 18),
    subject="Read: KCSC-240906-03 - Content restriction request",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b226-meta"

--mdn-b226-meta
Content-Type: text/plain; charset=utf-8

Your message

  To: hyewonlim@meta.com
  Subject: KCSC-240906-03 - Content restriction request
  Sent: 06/09/2024 10:02

was read on 06/09/2024 15:18.

--mdn-b226-meta
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;hyewonlim@meta.com
Original-Message-ID: <{msgid("KCSC-240906-03")}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b226-meta--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a platform employee",
    why="read receipt, no statement",
    items={},
)

case(
    name="meta-dsa-statement-of-reasons",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date=d(13, 1, 20), reply_to_req=req_thread("KCSC-240906-03"),
    subject="Decision on content you reported (KCSC-240906-03)",
    body=f"""
Decision on your notice

Reference: KCSC-240906-03

Content: {M[2]}
Decision: Access to this content has been restricted in South Korea
Basis: Illegal content under the law of the Republic of Korea (notice from
a government authority)
Territorial scope: South Korea
Automated means used in the decision: No

Content: {M[1]}
Decision: Content removed
Basis: Incompatible with our terms (Community Standards: restricted goods
and services)
Territorial scope: Worldwide
Automated means used in the decision: Detection only

Redress: the person who posted the content can ask us to review this
decision at https://www.facebook.com/help/contact/appeal. An anonymised
version of this statement is submitted to the DSA Transparency Database.

Meta Platforms Ireland Limited
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA statement of reasons (Art. 17 fields: decision, ground, territorial scope, automation, redress)",
    why="one item restricted in South Korea, one removed worldwide; appeal link is no item",
    items={M[2]: "restricted", M[1]: "removed"},
)

case(
    name="meta-gmail-quoted-account-disabled",
    **{"from": "anaruiz@meta.com"}, name_from="Ana Ruiz",
    date=d(11, 9, 5), reply_to_req=req_thread("KCSC-240906-03"),
    subject="Re: KCSC-240906-03 - Content restriction request",
    body=f"""
Hello KCSC team,

Following up on your request: the Instagram account
{M[5]} has been disabled.

Best,
Ana
Public Policy, Meta

On Fri, Sep 6, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
{request_text("KCSC-240906-03", "Meta", M[1:], prefix="> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta public-policy contact's short reply over a Gmail-quoted request",
    why="account disabled = removed; the quoted request states nothing",
    items={M[5]: "removed"},
)

# ================= TikTok (KCSC-240909-04, 3 items) =================
case(
    name="tiktok-html-outcome-table",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    date=d(12, 10, 0), reply_to_req=req_thread("KCSC-240909-04"),
    subject="Re: KCSC-240909-04 | Outcome of your report",
    type="html",
    body=f"""
<!DOCTYPE html>
<html><body>
<p>Hello,</p>
<p>We've reviewed the content you reported under KCSC-240909-04. Here is what we decided:</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>Content</th><th>Outcome</th><th>Reason</th></tr></thead>
<tbody>
<tr><td>{T[1]}</td><td>Removed</td><td>Violates our Community Guidelines (drugs and controlled substances)</td></tr>
<tr><td>{T[2]}</td><td>No violation found &ndash; content remains available</td><td>Not in violation of our Community Guidelines or local law</td></tr>
<tr><td>{T[3]}</td><td>Restricted in South Korea</td><td>Local law</td></tr>
</tbody></table>
<p>Thank you for helping to keep TikTok safe.<br>TikTok Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome notice as an HTML table",
    why="removed / no violation, remains available = rejected / restricted in South Korea",
    items={T[1]: "removed", T[2]: "rejected", T[3]: "restricted"},
)

case(
    name="tiktok-bulk-removed-videos",
    **{"from": "feedback@tiktok.com"}, name_from="TikTok",
    date=d(11, 11, 11), reply_to_req=req_thread("KCSC-240909-04"),
    subject="Re: KCSC-240909-04 | Your report",
    body="""
Hi,

Thanks for your report (KCSC-240909-04). We reviewed the videos you
reported and removed them for violating our Community Guidelines.

Thank you for helping to keep TikTok safe.

TikTok Trust & Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="TikTok 'we removed the videos you reported' in-app style notice",
    why="one statement for a 3-item request, no video named: bulk review",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

_tt_b64 = f"""Hello,

Regarding your request KCSC-240909-04:

- {T[3]} could not be reviewed: it was deleted by the creator before our team looked at it.
- {T[1]} has been made unavailable to viewers in South Korea in line with local law.

Kind regards,
TikTok Trust & Safety - Law Enforcement Outreach
"""
case(
    name="tiktok-base64-creator-deleted-and-geoblocked",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    date=d(13, 2, 22), reply_to_req=req_thread("KCSC-240909-04"),
    subject="Re: KCSC-240909-04 | Outcome of your report",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_tt_b64),
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement-outreach reply, base64-encoded body",
    why="deleted by its creator = not_found; unavailable in South Korea = restricted",
    items={T[3]: "not_found", T[1]: "restricted"},
)

case(
    name="tiktok-numbered-angle-brackets",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    date=d(16, 3, 3), reply_to_req=req_thread("KCSC-240909-04"),
    subject="Re: KCSC-240909-04 | Final decisions",
    body=f"""
Hello,

Our decisions on the three items in your request:

1) <{T[1]}> - removed globally (Community Guidelines: regulated goods)
2) <{T[2]}> - removed globally
3) <{T[3]}> - no violation; we have not taken action

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal numbered decision list, URLs in angle brackets",
    why="two removed, one refused (no violation) = rejected",
    items={T[1]: "removed", T[2]: "removed", T[3]: "rejected"},
)

case(
    name="tiktok-lookalike-domain",
    **{"from": "no-reply@tiktok-safetycenter.com"}, name_from="TikTok Safety Center",
    date=d(10, 12, 0),
    subject="Your report KCSC-240909-04 has been resolved",
    body=f"""
Your report KCSC-240909-04 has been resolved.

The following videos were removed:
{T[1]}
{T[2]}

View the full report: https://tiktok-safetycenter.com/r/9f2c1d
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike 'safety center' domain sending a report-resolved notice",
    why="sender domain is not TikTok's: nothing applied",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="snap-links-are-tiktok",
    **{"from": "legal-notices@snap.com"}, name_from="Snap Legal",
    date=d(11, 4, 44), reply_to_req=req_thread("KCSC-240909-04"),
    subject="Re: KCSC-240909-04 | Request to remove content",
    body=f"""
Hello,

We received your request; however, the links it contains point to TikTok,
not to Snapchat. We were unable to locate the following on Snapchat:

{T[1]}
{T[2]}

We can't act on content hosted by other services. Please contact TikTok
directly.

Snap Inc. Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Snap legal reply to a misaddressed request ('not Snapchat content')",
    why="Snap states 'unable to locate' about TikTok items: not its items, nothing applied",
    items={T[1]: "pending", T[2]: "pending"},
)

# ================= Reddit (KCSC-240910-05, 3 items) =================
case(
    name="reddit-removed-and-suspended",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d(12, 15, 30), reply_to_req=req_thread("KCSC-240910-05"),
    subject="Re: [KCSC-240910-05] Request to remove content",
    body=f"""
Hi there,

Thanks for your request (ref. KCSC-240910-05). After investigating, we've
found that the post below violates Reddit's Content Policy, and we have
removed it:

{R[1]}

We've also permanently suspended the account u/gray_tamarind
({R[3]}).

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin 'after investigating, we've found ... removed' report reply",
    why="post removed; account permanently suspended = removed",
    items={R[1]: "removed", R[3]: "removed"},
)

case(
    name="reddit-korean-path-geo-restricted",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d(13, 16, 0), reply_to_req=req_thread("KCSC-240910-05"),
    subject="Re: [KCSC-240910-05] Request to remove content",
    body=f"""
Hello,

We have geo-restricted the following post so that it is not available to
users in South Korea:
{R2_RAW}

The post {R[1]} was deleted by its author before we received your
request, so there is nothing for us to action.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply on a local-law request (geo-restriction), raw Korean URL path",
    why="geo-restricted in South Korea = restricted (raw Korean slug matches our percent-encoded URL); deleted by its author = not_found",
    items={R[2]: "restricted", R[1]: "not_found"},
)

case(
    name="reddit-outlook-account-declined",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d(16, 17, 20), reply_to_req=req_thread("KCSC-240910-05"),
    subject="RE: [KCSC-240910-05] Request to remove content",
    body=f"""
Hello,

We reviewed the account {R[3]} that you reported and found that
it does not violate Reddit's Content Policy or the Korean law you cited. We
are declining to take action on it.

Regards,
Reddit Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:05 AM
To: legal@reddit.com
Subject: [KCSC-240910-05] Request to remove content

{request_text("KCSC-240910-05", "Reddit", R[1:], raw={R[2]: R2_RAW})}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal refusal above an Outlook '-----Original Message-----' quote",
    why="account refused with its reason = rejected; the other two URLs are only in our quoted request",
    items={R[3]: "rejected"},
)

case(
    name="reddit-portal-announcement",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d(17, 18, 0),
    subject="Update to how Reddit receives government requests",
    body="""
Hello,

We are writing to government agencies that have contacted Reddit in the
past year. From 1 October 2024, please send content removal requests
through our government request portal at
https://www.redditinc.com/policies/government-requests rather than by
email. Requests sent by email after that date may take longer to process.

Thank you,
Reddit Legal
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform circular to government requesters about a new intake portal",
    why="trusted Reddit mail naming no item and no request; the portal link is no item",
    items={},
)

# ================= Twitch (KCSC-240911-06, 2 items) =================
case(
    name="twitch-channel-suspended-vod-deleted",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date=d(13, 19, 40), reply_to_req=req_thread("KCSC-240911-06"),
    subject="Re: [KCSC-240911-06] Request to remove content",
    body=f"""
Hello,

Thank you for your report regarding KCSC-240911-06.

We have taken action on the channel {W[2]}: it has been
indefinitely suspended for violating our Community Guidelines, and the
channel page is no longer available. The past broadcast
{W[1]} has been deleted.

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Trust & Safety enforcement reply (indefinite suspension, VOD deleted)",
    why="channel suspended = removed; VOD deleted = removed",
    items={W[2]: "removed", W[1]: "removed"},
)

case(
    name="twitch-needs-order-and-timestamps",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date=d(12, 20, 10), reply_to_req=req_thread("KCSC-240911-06"),
    subject="Re: [KCSC-240911-06] Request to remove content",
    body=f"""
Hello,

We received your request about {W[1]}.

To evaluate it under local law we need:
  - a copy of the decision or order on which the request is based;
  - the specific statutory provision the content violates;
  - the timestamp(s) within the video where the content appears.

Please reply to this email with that information. We will keep the case
open for 14 days.

Twitch Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Twitch request for the legal order and VOD timestamps before acting",
    why="the platform asks for more information; no status",
    items={W[1]: "pending"},
)

case(
    name="twitch-statement-of-reasons",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date=d(17, 2, 0), reply_to_req=req_thread("KCSC-240911-06"),
    subject="Statement of reasons - your notice KCSC-240911-06",
    body=f"""
Statement of reasons

Reported content: {W[2]}
Decision: Account suspended (indefinite)
Ground: Community Guidelines - illegal activity
Facts relied on: notice from a government authority; manual review

Reported content: {W[1]}
Decision: No action taken
Explanation: After review, we determined that this content does not
violate our Community Guidelines or applicable law.

Redress: see https://safety.twitch.tv/s/article/Appeals

Twitch
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch DSA-style statement of reasons per reported item",
    why="suspended = removed; no action with its reason = rejected",
    items={W[2]: "removed", W[1]: "rejected"},
)

# ================= Discord (KCSC-240912-07, 1 item) =================
case(
    name="discord-server-removed-no-url",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(14, 21, 5), reply_to_req=req_thread("KCSC-240912-07"),
    subject="Re: [KCSC-240912-07] Removal request",
    body="""
Hi,

Thanks for reaching out about KCSC-240912-07. We've investigated the
server you reported and removed it from Discord for violating our
Community Guidelines. The owner's account has also been actioned.

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply confirming a server removal",
    why="the one item of a one-item request, named by the request reference: removed",
    items={D[1]: "removed"},
)

case(
    name="discord-zendesk-receipt-echo",
    **{"from": "support@discord.com"}, name_from="Discord",
    date=d(12, 20, 3), reply_to_req=req_thread("KCSC-240912-07"),
    subject="[Discord] Re: [KCSC-240912-07] Removal request",
    body=f"""
##- Please type your reply above this line -##

Your request (31255408) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 12, 2024, 01:02 PDT

Dear Discord Trust & Safety,

The Korea Communications Standards Commission requests the removal of the
following server, which distributes illegal content (our reference
KCSC-240912-07):

{D[1]}

KCSC Takedown Desk

----------------------------------------------

This email is a service from Discord.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk ticket receipt echoing the submitted report below the reply line",
    why="receipt only; the URL appears in the echoed copy of our own report",
    items={},
)

# ================= Telegram side sender =================
case(
    name="telegram-automated-reply",
    **{"from": "abuse@telegram.org"}, name_from="Telegram",
    date=d(13, 5, 0),
    subject="Re: KCSC contact point for illegal content notices",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

This is an automated reply. Your message has been delivered to the
Telegram team. We receive a very large number of messages and may not be
able to answer each one individually.

The Telegram Team
""",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram abuse-desk automated reply",
    why="auto-reply, no statement",
    items={},
)

HEADER = """# blind226: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Twitch, Discord; Snap and Telegram as side senders).
# Written by make.py from the meaning of each email, before any run of the
# reader. Each case is judged alone on a fresh ledger holding requests.csv.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
