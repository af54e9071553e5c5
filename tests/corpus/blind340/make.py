#!/usr/bin/env python3
"""Blind set 340: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Telegram, Snapchat and Pinterest mail
that concerns no request of ours).

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind340/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind340"


def d(day, hh, mm, tzh=0):
    tz = timezone(timedelta(hours=tzh))
    return format_datetime(datetime(2024, 9, day, hh, mm, 7, tzinfo=tz))


# ---------------------------------------------------------------- requests
X = [
    "https://x.com/mirae_deals77/status/1830114520987654401",
    "https://x.com/mirae_deals77/status/1830298811203344512",
    "https://x.com/hanbit_pharm/status/1829987300415566723",
    "https://x.com/hanbit_pharm/status/1830001277348890114",
    "https://x.com/night_casino_kr/status/1830556219900112345",
    "https://x.com/night_casino_kr/status/1830556220077719046",
    "https://x.com/blue_ticket_kr",
    "https://x.com/seoul_leaks_22/status/1829770012345098767",
    "https://x.com/seoul_leaks_22/status/1829771198765432108",
    "https://x.com/quickloan_now/status/1830700112233445509",
    "https://x.com/quickloan_now/status/1830700998877665510",
    "https://x.com/i/web/status/1830812345678901211",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3Zx8LpT2a",
    "https://www.youtube.com/watch?v=Hk7Rw1NcV9e",
    "https://www.youtube.com/shorts/bT4nYp0XqLs",
    "https://www.youtube.com/@goldline_signals",
]
KPAGE_RAW = "https://www.facebook.com/빠른대출센터"
KPAGE = "https://www.facebook.com/" + quote("빠른대출센터")
META = [
    "https://www.facebook.com/groups/2211908876543/posts/3344556677889/",
    "https://www.facebook.com/permalink.php?story_fbid=pfbid02AbCdEf9Lm&id=100087654321",
    "https://www.instagram.com/p/C9xQ2LmNs4A/",
    "https://www.instagram.com/reel/C9zT7pKw1Bd/",
    KPAGE,
]
TT = [
    "https://www.tiktok.com/@fastcash.kr/video/7410022334455667788",
    "https://www.tiktok.com/@fastcash.kr/video/7410098765432101234",
    "https://www.tiktok.com/@dosirak_pills/video/7409911223344556677",
]
RD = [
    "https://www.reddit.com/r/koreabets/comments/1f3xk9p/free_picks_today/",
    "https://www.reddit.com/r/koreabets/comments/1f4ab2q/telegram_vip_group/",
]
DC = [
    "https://discord.gg/pilltrade24",
    "https://discord.com/channels/1122334455667788/9988776655443322/1279900112233445566",
]
TW = ["https://www.twitch.tv/videos/2245566778"]

REQUESTS = [
    # ref, platform, day sent, category, note, urls
    ("KCSC-240903-01", "x", 3, "illegal_finance", "batch: loan scams, drugs, gambling, leaks", X),
    ("KCSC-240905-02", "youtube", 5, "illegal_finance", "investment signal scam channel", YT),
    ("KCSC-240906-03", "meta", 6, "illegal_finance", "Facebook and Instagram loan/drug ads", META),
    ("KCSC-240909-04", "tiktok", 9, "drugs", "diet pill sales videos", TT),
    ("KCSC-240910-05", "reddit", 10, "gambling", "sports betting promotion", RD),
    ("KCSC-240911-06", "discord", 11, "drugs", "pill trading server", DC),
    ("KCSC-240912-07", "twitch", 12, "gambling", "illegal casino stream VOD", TW),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, day, cat, note, urls in REQUESTS:
            sent = f"2024-09-{day:02d}T10:00:00+09:00"
            due = f"2024-09-{day + 7:02d}T18:00:00+09:00"
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"req.{ref}@kcsc.example", note])


def request_text(ref, raw_korean=False):
    _, plat, day, cat, note, urls = REQ[ref]
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission requests the removal of,",
        "or the restriction of access in Korea to, the following content, which",
        "violates the laws of the Republic of Korea.",
        "",
        f"Reference: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        if raw_korean and u == KPAGE:
            u = KPAGE_RAW
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the measures taken for each item.", "",
              "KCSC Takedown Desk"]
    return lines


def gmail_quote(ref, who="KCSC Takedown <takedown@kcsc.example>"):
    day = REQ[ref][2]
    wd = datetime(2024, 9, day).strftime("%a, %b %-d, %Y")
    out = [f"On {wd} at 10:00 AM {who} wrote:"]
    out += [("> " + l).rstrip() for l in request_text(ref)]
    return "\n".join(out)


def outlook_quote(ref, to):
    day = REQ[ref][2]
    wd = datetime(2024, 9, day).strftime("%A, %B %-d, %Y")
    out = ["-----Original Message-----", "From: KCSC Takedown <takedown@kcsc.example>",
           f"Sent: {wd} 10:00 AM", f"To: {to}",
           f"Subject: [{ref}] Request for removal of illegal content", ""]
    out += request_text(ref)
    return "\n".join(out)


def qp_part(text, ctype="text/plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + enc)


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def subj(ref, prefix="Re: "):
    return f"{prefix}[{ref}] Request for removal of illegal content"


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== X
case(
    name="x-legal-withheld-and-removed",
    date=d(5, 7, 41), frm="legal-noreply@x.com", name_from="X Legal",
    subject=subj("KCSC-240903-01"), reply_to_req="req.KCSC-240903-01",
    body=f"""
Hello,

Thank you for your request dated 3 September 2024 (your reference
KCSC-240903-01). We have reviewed the reported content against the X Rules
and the local law you cited.

In response to your request, X has withheld the following posts in South
Korea:

- {X[0]}
- {X[1]}
- {X[2]}

The following post was found to violate the X Rules and has been removed
from X:

- {X[4]}

The remaining URLs in your request are still being reviewed and we will
respond about them separately.

For more information on how X handles country-withheld content, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Legal reply to a government removal request (country-withheld content plus X Rules removal)",
    why="three posts withheld in South Korea, one removed; the rest explicitly still open",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[4]: "removed"},
)

case(
    name="x-html-outcome-table",
    date=d(6, 2, 15), frm="legal-noreply@x.com", name_from="X Legal",
    subject="Outcome of your legal request KCSC-240903-01", reply_to_req="req.KCSC-240903-01",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Dear KCSC team,</p>
<p>Please find below the outcome of our review of the following items from your
legal request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>Removed &ndash; violation of the X Rules (illegal or certain regulated goods or services)</td></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>Withheld in KR</td></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>No action &ndash; we did not find a violation of the X Rules or of local law</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Not found &ndash; the post no longer exists</td></tr>
</table>
<p>If you have new information about the items where no action was taken, you may submit
a new request through our <a href="https://legalrequests.x.com/">legal request portal</a>.</p>
<p>Thanks,<br>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X Legal outcome table (one row per reported URL)",
    why="HTML table: removed, withheld in KR, no action (no violation), not found",
    items={X[3]: "removed", X[5]: "restricted", X[7]: "rejected", X[8]: "not_found"},
)

case(
    name="x-account-suspended",
    date=d(4, 23, 5), frm="legal-noreply@x.com", name_from="X Legal",
    subject="Case update: KCSC-240903-01",
    body=f"""
Hello,

We are writing about your report KCSC-240903-01.

The account {X[6]} has been permanently suspended for violating the X
rules on platform manipulation and spam. Its profile and posts are no longer
visible on X.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice to a reporter",
    why="reported account permanently suspended: removed",
    items={X[6]: "removed"},
)

case(
    name="x-taken-down-and-author-deleted",
    date=d(7, 1, 30), frm="legal-noreply@x.com", name_from="X Legal",
    subject=subj("KCSC-240903-01"), reply_to_req="req.KCSC-240903-01",
    body=f"""
Hi,

Following our review we have taken down the post below for violating our
policy on financial scams:
{X[9]}

The post below had already been deleted by the account owner before we
reviewed it, so no action was needed on our side:
{X[10]}

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Legal reply, statement on the line above each URL",
    why="one post taken down; the other already deleted by its author (not_found)",
    items={X[9]: "removed", X[10]: "not_found"},
)

case(
    name="x-wrapped-url-angle-brackets",
    date=d(6, 9, 12), frm="legal-noreply@x.com", name_from="X Legal",
    subject=subj("KCSC-240903-01"), reply_to_req="req.KCSC-240903-01",
    body="""
Hello,

Regarding your request KCSC-240903-01, the post <https://x.com/i/web/status/
1830812345678901211> has been withheld in South Korea in response to your
legal demand.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice, plain text wrapped by the mailer inside <...>",
    why="URL wrapped over two lines inside angle brackets (RFC 3986 appendix C style); withheld in Korea",
    items={X[11]: "restricted"},
)

case(
    name="x-outlook-reply-over-request",
    date=d(9, 3, 48), frm="r.mendez@x.com", name_from="Rosa Mendez",
    subject="RE: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req.KCSC-240903-01",
    body=f"""
Hi,

Regarding the two posts from @seoul_leaks_22 in your request: both
{X[7]} and
{X[8]} have now been
withheld in Korea.

Best regards,
Rosa Mendez
Global Legal Policy, X Corp.

{outlook_quote("KCSC-240903-01", "legal@x.com")}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal policy staff reply in Outlook over the unprefixed original request",
    why="two named posts withheld in Korea; the quoted request below must not count",
    items={X[7]: "restricted", X[8]: "restricted"},
)

case(
    name="x-echoed-report-results",
    date=d(8, 14, 2), frm="noreply@x.com", name_from="X",
    subject="Update on your report (KCSC-240903-01)",
    body=f"""
X

We've reviewed your report.

Your report
Reference: KCSC-240903-01
Report type: Illegal content (South Korea)

Reported content:

1. {X[9]}
   Result: Removed

2. {X[10]}
   Result: Withheld in South Korea

3. {X[11]}
   Result: No violation found

Thanks for helping keep X safe.

Help Center: https://help.x.com/en/safety-and-security/report-abusive-behavior
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome notification echoing the report with per-item results",
    why="echoed report with a result line under each URL: removed, withheld, no violation",
    items={X[9]: "removed", X[10]: "restricted", X[11]: "rejected"},
)

case(
    name="x-promise-and-condition",
    date=d(5, 11, 20), frm="legal-noreply@x.com", name_from="X Legal",
    subject=subj("KCSC-240903-01"), reply_to_req="req.KCSC-240903-01",
    body=f"""
Hello,

We have notified the account holder of your request concerning
{X[2]} and {X[3]}.

If the account holder does not remove the content within 48 hours, we will
withhold both posts in South Korea. We will confirm the final action once
this period has passed.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X user-notice period reply (action promised, conditional)",
    why="a promise under a condition: nothing done yet, items stay pending",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-forged-auth-fail",
    date=d(4, 16, 55), frm="legal@x.com", name_from="X Legal", auth="fail",
    subject=subj("KCSC-240903-01"),
    body=f"""
Dear KCSC,

All posts listed below have been removed from X:

{X[0]}
{X[1]}
{X[2]}

No further action is required on your side.

X Legal Department
""",
    outcome="review", review="untrusted",
    imitates="X Legal removal confirmation, but DKIM/SPF/DMARC fail",
    why="claims from an x.com address that fails authentication",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="lawfirm-claims-deleted",
    date=d(5, 8, 10), frm="hs.kang@hanul-law.example", name_from="Kang Hyunsoo (Hanul Law)",
    subject="KCSC-240903-01 - post by @night_casino_kr",
    body=f"""
Dear KCSC,

We act for the holder of the X account @night_casino_kr. Our client has
deleted the post {X[4]} and asks that the matter be closed.

Yours faithfully,
Kang Hyunsoo
Hanul Law Offices
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's lawyer",
    why="not the platform: a third party's claim about a requested item",
    items={X[4]: "pending"},
)

case(
    name="x-out-of-office",
    date=d(3, 1, 2), frm="j.walker@x.com", name_from="Jordan Walker",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. Legal requests are not handled at this address;
please use https://legalrequests.x.com/ so that the on-call team sees your
request.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from an X employee",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ YouTube
case(
    name="yt-legal-three-outcomes",
    date=d(9, 6, 33), frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    subject="[KCSC-240905-02] Your YouTube legal removal request", reply_to_req="req.KCSC-240905-02",
    body=f"""
Hello,

Thanks for reaching out to us.

We've reviewed the content you reported and have taken the following actions.

Removed from YouTube for violating our Community Guidelines:
{YT[0]}

Blocked from view in South Korea based on local law:
{YT[1]}

After careful review, we've decided not to take action on the following
content, as it does not appear to violate local law or our policies:
{YT[2]}

If you have additional information, you can reply to this email.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome email (removed / locally blocked / no action)",
    why="removed, blocked in KR, decision not to act (the 'appear' is in the reason, the decision is firm)",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected"},
)

case(
    name="yt-age-restricted",
    date=d(7, 3, 3), frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-02] Your YouTube legal removal request", reply_to_req="req.KCSC-240905-02",
    body=f"""
Hi there,

We've reviewed {YT[2]} and applied an age restriction to it. The video
can no longer be watched by viewers who are signed out or under 18.

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice",
    why="age-restricted: restricted",
    items={YT[2]: "restricted"},
)

YT_TERM = (f"Hello,\n\nWe're writing to let you know that the channel {YT[3]} has been terminated "
           "for severe or repeated violations of our policy on spam, deceptive practices and scams. "
           "The channel and all of its videos are no longer available on YouTube.\n\n"
           "Your reference: KCSC-240905-02\n\nSincerely,\nThe YouTube Team\n")
case(
    name="yt-channel-terminated-qp",
    date=d(6, 22, 47), frm="no-reply@youtube.com", name_from="YouTube",
    subject="Channel terminated - KCSC-240905-02", reply_to_req="req.KCSC-240905-02",
    raw_mime=qp_part(YT_TERM),
    outcome="applied", classification="confirmation",
    imitates="YouTube channel-termination notice (quoted-printable, soft line breaks)",
    why="reported channel terminated: removed",
    items={YT[3]: "removed"},
)

case(
    name="yt-top-posted-over-quote",
    date=d(6, 5, 21), frm="legal-kr-team@google.com", name_from="Google Legal Removals",
    subject=subj("KCSC-240905-02"), reply_to_req="req.KCSC-240905-02",
    body=f"""
Hello,

{YT[1]} -- removed for violating our spam, deceptive practices and scams
policy. We will reply about the other videos in your request separately.

Thanks,
Google Legal Removals

{gmail_quote("KCSC-240905-02")}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals team, Gmail top-posted reply over the quoted request",
    why="one video removed; the quoted request lists all four, which stay untouched",
    items={YT[1]: "removed"},
)

case(
    name="yt-fullwidth-punctuation",
    date=d(10, 8, 0), frm="jiyeon.park@google.com", name_from="Jiyeon Park",
    subject="RE: [KCSC-240905-02] 불법정보 삭제 요청 / Request for removal", reply_to_req="req.KCSC-240905-02",
    body=f"""
안녕하세요, KCSC 담당자님.

Please see the result for two of the items in your request below.

1) {YT[0]}： blocked for viewers in Korea (country restriction under local law).
2) <{YT[3]}>（channel） — terminated, no longer available.

감사합니다.
Jiyeon Park | Legal Specialist, YouTube Korea
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual reply from a YouTube Korea legal specialist",
    why="full-width colon and brackets after the URLs; blocked in KR and terminated",
    items={YT[0]: "restricted", YT[3]: "removed"},
)

case(
    name="yt-hedge-and-under-review",
    date=d(6, 4, 10), frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-02] Your YouTube legal removal request", reply_to_req="req.KCSC-240905-02",
    body=f"""
Hello,

Thanks for your patience. The video {YT[0]} may already have been taken
down by the uploader, and {YT[1]} is still under review by our legal team.
We'll get back to you once our assessment is complete.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube Legal Support interim reply",
    why="a hedge ('may already have been') and 'under review': no statement",
    items={YT[0]: "pending", YT[1]: "pending"},
)

case(
    name="yt-asks-for-court-order",
    date=d(6, 7, 55), frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-02] Your YouTube legal removal request", reply_to_req="req.KCSC-240905-02",
    body=f"""
Hello,

To continue processing your request for {YT[1]}, we need more
information. Please reply with the specific provision of Korean law the video
is alleged to violate and, if available, a copy of the relevant order, along
with the timestamps where the content appears.

Until we receive this information, we're unable to proceed.

Regards,
YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal support request for more information",
    why="asks for the legal basis and timestamps before acting",
    items={YT[1]: "pending"},
)

# =================================================================== Meta
case(
    name="meta-local-law-restriction",
    date=d(10, 12, 30), frm="noreply-legal@meta.com", name_from="Meta",
    subject="Update on your request KCSC-240906-03", reply_to_req="req.KCSC-240906-03",
    body=f"""
Hello,

Thank you for contacting Meta about content you believe violates Korean law.

We reviewed the content you reported. Based on local law, we've restricted
access in South Korea to the following content on Facebook:

{META[0]}
{META[1]}

We also removed the following Instagram post because it goes against our
Community Guidelines on restricted goods and services:

{META[2]}

You can learn more about how we handle content reported as illegal at
https://transparency.meta.com/reports/content-restrictions/

Meta Content Restrictions Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta response to a government content-restriction request",
    why="two items restricted in South Korea, one Instagram post removed",
    items={META[0]: "restricted", META[1]: "restricted", META[2]: "removed"},
)

case(
    name="meta-reel-could-not-find",
    date=d(9, 15, 2), frm="support@instagram.com", name_from="Instagram",
    subject="Your report about a reel (KCSC-240906-03)",
    body=f"""
Hi,

We couldn't find the reel at the link you sent us:
{META[3]}

It may have been deleted by the person who shared it, or the link may be
incorrect. If you can still see the reel on Instagram, send us the correct
link and we'll take another look.

Thanks,
Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we couldn't find the content' reply",
    why="'couldn't find' is a firm not-found; the 'may' only guesses at the cause",
    items={META[3]: "not_found"},
)

case(
    name="meta-korean-page-unpublished",
    date=d(11, 2, 11), frm="noreply-legal@meta.com", name_from="Meta",
    subject="KCSC-240906-03: Facebook Page", reply_to_req="req.KCSC-240906-03",
    body=f"""
Hello,

The Facebook Page <{KPAGE_RAW}> has been unpublished and is no longer
visible on Facebook. It went against our Community Standards on fraud and
deception.

Meta Content Restrictions Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta Page unpublished notice (Korean page name in the URL, written raw)",
    why="Page unpublished and no longer visible: removed; raw Korean path matches the percent-encoded URL",
    items={META[4]: "removed"},
)

META_CSV = "content_url,decision,basis\n" + "\n".join([
    f"{META[0]},Restricted in KR,Local law",
    f'"{META[1]}",Removed,Community Standards - fraud',
    f"{META[2]},Removed,Community Guidelines - restricted goods",
    f"{META[3]},Not found,-",
    f"{META[4]},No action,No violation found",
]) + "\n"
case(
    name="meta-csv-attachment",
    date=d(12, 9, 41), frm="noreply-legal@meta.com", name_from="Meta",
    subject="Decisions for KCSC-240906-03", reply_to_req="req.KCSC-240906-03",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="meta-b340-1"

--meta-b340-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached our decision for each item in your request
KCSC-240906-03.

Meta Content Restrictions Team

--meta-b340-1
Content-Type: text/csv; charset=utf-8; name="KCSC-240906-03_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240906-03_decisions.csv"
Content-Transfer-Encoding: base64

{b64(META_CSV.encode("utf-8"))}
--meta-b340-1--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta batch decision sheet sent as a CSV attachment",
    why="CSV: restricted, removed, removed, not found, no action (no violation)",
    items={META[0]: "restricted", META[1]: "removed", META[2]: "removed", META[3]: "not_found",
           META[4]: "rejected"},
)

case(
    name="meta-gmail-quoted-reply",
    date=d(9, 1, 19), frm="ig-legal-ops@meta.com", name_from="Instagram Legal Operations",
    subject=subj("KCSC-240906-03"), reply_to_req="req.KCSC-240906-03",
    body=f"""
Hello,

We've removed the Instagram post {META[2]} and the reel
{META[3]} for violating our Community Guidelines on
regulated goods. We are still looking into the Facebook items.

Instagram Legal Operations

{gmail_quote("KCSC-240906-03")}
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram legal operations reply over the Gmail-quoted request",
    why="two named Instagram items removed; the Facebook items stay pending",
    items={META[2]: "removed", META[3]: "removed"},
)

case(
    name="meta-bulk-all-removed",
    date=d(10, 4, 4), frm="noreply-legal@meta.com", name_from="Meta",
    subject="Update on your request KCSC-240906-03", reply_to_req="req.KCSC-240906-03",
    body="""
Hello,

We've reviewed your request KCSC-240906-03. All of the content you
reported has been removed from Facebook and Instagram.

Thank you for helping keep our community safe.

Meta Content Restrictions Team
""",
    outcome="review", review="bulk",
    imitates="Meta one-line outcome covering a whole request",
    why="'all of the content' for a five-item request, no URL named",
    items={},
)

case(
    name="meta-tiktok-link-not-ours",
    date=d(10, 6, 50), frm="noreply-legal@meta.com", name_from="Meta",
    subject="About a link in your report",
    body=f"""
Hello,

One of the links you sent us is not hosted on Facebook or Instagram:

{TT[2]}

We can't find this content on our technologies, so we're unable to take
action on it. You may wish to contact the service that hosts it.

Meta Content Restrictions Team
""",
    outcome="review", review="wrong_platform",
    imitates="Meta 'this content is not on our services' reply",
    why="Meta stating a not-found about a TikTok item: not its platform",
    items={TT[2]: "pending"},
)

case(
    name="meta-read-receipt",
    date=d(6, 3, 12), frm="h.lindqvist@meta.com", name_from="Hanna Lindqvist",
    subject="Read: [KCSC-240906-03] Request for removal of illegal content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b340"

--mdn-b340
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: [KCSC-240906-03] Request for removal of illegal content
  Sent: Friday, September 6, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 12:12:07 PM (UTC+09:00) Seoul.

--mdn-b340
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal-requests@meta.com
Original-Message-ID: <req.KCSC-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b340--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt",
    items={},
)

# ================================================================= TikTok
case(
    name="tiktok-dsa-statement-of-reasons",
    date=d(11, 10, 15), frm="no-reply@tiktok.com", name_from="TikTok",
    subject="Decision on your report - KCSC-240909-04", reply_to_req="req.KCSC-240909-04",
    body=f"""
Statement of reasons

We've completed our review of the content you reported on 9 September 2024
(reference KCSC-240909-04). Below is our decision for each item.

Content: {TT[0]}
Decision: Access restricted in the Republic of Korea
Ground: Illegal content under local law (sale of unapproved medicines)
Automated means used in the decision: No

Content: {TT[1]}
Decision: Removed globally
Ground: Community Guidelines - Regulated goods and commercial activities
Automated means used in the decision: No

You can appeal this decision within 6 months in the TikTok app or via
https://www.tiktok.com/legal/report/feedback

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons sent to a reporter",
    why="per-item decisions: restricted in Korea, removed globally",
    items={TT[0]: "restricted", TT[1]: "removed"},
)

case(
    name="tiktok-numbered-status-below",
    date=d(12, 5, 5), frm="legal-support@tiktok.com", name_from="TikTok Legal Support",
    subject=subj("KCSC-240909-04"), reply_to_req="req.KCSC-240909-04",
    body=f"""
Dear KCSC,

Thank you for your report. Our review is complete:

1. {TT[0]}
   Removed

2. {TT[1]}
   Removed

3. {TT[2]}
   No violation - the video remains available on TikTok

Best regards,
TikTok Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal support reply, numbered list with the decision under each URL",
    why="two removed, one found not violating and left up",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "rejected"},
)

TT_B64 = (f"Hello,\n\nRegarding your report KCSC-240909-04: the video {TT[2]} does not exist "
          "on TikTok. We were unable to locate it in our systems, so no further action can be "
          "taken on this item.\n\nTikTok Trust & Safety\n")
case(
    name="tiktok-base64-not-found",
    date=d(10, 13, 27), frm="no-reply@tiktok.com", name_from="TikTok",
    subject="Your report KCSC-240909-04", reply_to_req="req.KCSC-240909-04",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
             + b64(TT_B64.encode("utf-8")) + "\n",
    outcome="applied", classification="confirmation",
    imitates="TikTok Trust & Safety notice (base64 body)",
    why="video does not exist / unable to locate: not_found",
    items={TT[2]: "not_found"},
)

case(
    name="tiktok-ack-plus-removal",
    date=d(10, 1, 40), frm="legal-support@tiktok.com", name_from="TikTok Legal Support",
    subject="Re: [KCSC-240909-04] Request for removal of illegal content [ticket 4471-88213]",
    reply_to_req="req.KCSC-240909-04",
    body=f"""
Hello,

Thank you, we have received your request (ticket 4471-88213).

The video {TT[1]} has already been removed for violating our
Community Guidelines. The other videos are being reviewed.

TikTok Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok ticket reply combining a receipt with a first outcome",
    why="receipt phrase plus an unhedged removal of a named video",
    items={TT[1]: "removed"},
)

case(
    name="tiktok-gmail-impersonator",
    date=d(10, 17, 3), frm="tiktok.support.desk@gmail.com", name_from="TikTok Support",
    auth="pass",
    subject="Re: [KCSC-240909-04] Request for removal of illegal content",
    body=f"""
Dear User,

Your report has been handled. The video
{TT[0]} has been removed.

TikTok Support Team
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike 'TikTok Support' mail from a free-mail address",
    why="gmail.com is no platform's domain",
    items={TT[0]: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    date=d(9, 1, 5), frm="no-reply@tiktok.com", name_from="TikTok",
    subject="We've received your report (KCSC-240909-04)", reply_to_req="req.KCSC-240909-04",
    body="""
Hi,

We've received your report and created ticket 4471-88213. Our team will
review it and get back to you. You don't need to reply to this email.

TikTok Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok automatic report receipt",
    why="pure receipt with a ticket number",
    items={},
)

# ================================================================= Reddit
case(
    name="reddit-legal-removed-and-geoblocked",
    date=d(12, 18, 22), frm="legal@reddit.com", name_from="Reddit Legal",
    subject=subj("KCSC-240910-05"), reply_to_req="req.KCSC-240910-05",
    body=f"""
Hi there,

Thanks for your request. After review:

* {RD[0]} - removed from Reddit for violating the Reddit Content
  Policy (prohibited transactions).
* {RD[1]} - we have geo-blocked this post in South Korea in
  response to your request; it remains visible elsewhere.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal removals team reply",
    why="one post removed, one geo-blocked in South Korea",
    items={RD[0]: "removed", RD[1]: "restricted"},
)

case(
    name="reddit-author-deleted-and-removed",
    date=d(13, 2, 51), frm="noreply@redditmail.com", name_from="Reddit",
    subject="Outcome of your report KCSC-240910-05",
    body=f"""
Hi,

We looked into the posts you reported.

The post at {RD[0]} was deleted by its author before we
reviewed it.

We removed the post at {RD[1]} for breaking Reddit's rules.

Thanks for reporting,
Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit report-outcome message",
    why="author-deleted (not_found) and removed",
    items={RD[0]: "not_found", RD[1]: "removed"},
)

case(
    name="reddit-both-removed-bulk",
    date=d(11, 20, 8), frm="legal@reddit.com", name_from="Reddit Legal",
    subject=subj("KCSC-240910-05"), reply_to_req="req.KCSC-240910-05",
    body="""
Hi,

Both posts in your request have been removed.

Reddit Legal
""",
    outcome="review", review="bulk",
    imitates="terse Reddit legal reply",
    why="'both posts' for a two-item request without naming either",
    items={},
)

case(
    name="reddit-zendesk-receipt",
    date=d(10, 1, 12), frm="support@reddit.com", name_from="Reddit Help",
    subject="[Reddit Help] Re: [KCSC-240910-05] Request for removal of illegal content",
    reply_to_req="req.KCSC-240910-05",
    body="""
##- Please type your reply above this line -##

Your request (#8812345) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Reddit Help.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk request receipt from a help desk",
    why="pure ticket receipt",
    items={},
)

# ================================================================ Discord
case(
    name="discord-server-and-message-removed",
    date=d(13, 0, 36), frm="safety@discord.com", name_from="Discord Trust & Safety",
    subject=subj("KCSC-240911-06"), reply_to_req="req.KCSC-240911-06",
    body=f"""
Hello,

Thank you for reaching out. We have investigated your report and taken
action.

- The server reached through the invite {DC[0]} has been
  removed from Discord for violating our Community Guidelines.
- The message at {DC[1]}
  has been deleted.

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply to a report",
    why="server removed, message deleted",
    items={DC[0]: "removed", DC[1]: "removed"},
)

case(
    name="discord-invite-invalid",
    date=d(12, 7, 14), frm="safety@discord.com", name_from="Discord Trust & Safety",
    subject=subj("KCSC-240911-06"), reply_to_req="req.KCSC-240911-06",
    body=f"""
Hi,

The invite link {DC[0]} is invalid or has expired, and we were
unable to locate a server associated with it. We are still looking into the
message link.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord 'invalid invite' reply",
    why="invalid invite, no server found: not_found; message link still open",
    items={DC[0]: "not_found"},
)

case(
    name="discord-appears-deleted",
    date=d(12, 11, 58), frm="safety@discord.com", name_from="Discord Trust & Safety",
    subject=subj("KCSC-240911-06"), reply_to_req="req.KCSC-240911-06",
    body=f"""
Hello,

The server behind {DC[0]} appears to have been deleted by its
owner. We'll confirm once we've finished checking our records.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord interim reply",
    why="'appears to have been deleted' is a hedge",
    items={DC[0]: "pending"},
)

case(
    name="discord-bounce",
    date=d(11, 1, 1), frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b340"

--dsn-b340
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<trust-safety-kr@discord.com>: host mx.discord.com[192.0.2.45] said:
    550 5.1.1 <trust-safety-kr@discord.com>: Recipient address rejected:
    User unknown

--dsn-b340
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: {d(11, 1, 0)}

Final-Recipient: rfc822; trust-safety-kr@discord.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b340
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: trust-safety-kr@discord.com
Subject: [KCSC-240911-06] Request for removal of illegal content
Message-ID: <req.KCSC-240911-06@kcsc.example>
Date: {d(11, 10, 0, 9)}

{chr(10).join(request_text("KCSC-240911-06"))}

--dsn-b340--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="bounce of our own request",
    items={DC[0]: "pending", DC[1]: "pending"},
)

# ================================================================= Twitch
case(
    name="twitch-sole-vod-removed",
    date=d(13, 4, 25), frm="legal@twitch.tv", name_from="Twitch Legal",
    subject=subj("KCSC-240912-07"), reply_to_req="req.KCSC-240912-07",
    body="""
Hello,

Thanks for your report. We have reviewed the VOD you reported and removed
it for violating our Community Guidelines on gambling content.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch report-outcome email",
    why="the only item of a one-item request, removed (no URL named, request threaded)",
    items={TW[0]: "removed"},
)

# ======================================================== other platforms
case(
    name="pinterest-no-claims",
    date=d(10, 21, 30), frm="no-reply@pinterest.com", name_from="Pinterest",
    subject="Update on your report",
    body="""
Hi KCSC,

Thanks for letting us know. We reviewed the Pin you reported and removed it
because it goes against our Community guidelines.

Visit our Help Center to learn more: https://help.pinterest.com/en/article/report-something-on-pinterest

- The Pinterest team
""",
    outcome="review", review="no_claims",
    imitates="Pinterest report-outcome email",
    why="trusted platform email naming no item and no request of ours",
    items={},
)

case(
    name="snapchat-support-receipt",
    date=d(8, 3, 33), frm="support@snapchat.com", name_from="Snapchat Support",
    subject="Re: Request for removal of illegal content [Case 0A1B2C3D]",
    body="""
Hi there,

Thanks for contacting Snap Inc. We've received your inquiry and a member of
our team will look into it. Your case number is 0A1B2C3D.

Please do not reply to this automated message.

Team Snapchat
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Snapchat support automatic case receipt",
    why="pure receipt",
    items={},
)

case(
    name="telegram-abuse-auto-response",
    date=d(7, 12, 0), frm="abuse@telegram.org", name_from="Telegram Abuse",
    subject="Auto: Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated response.

Thank you for your report. Our moderators process reports about public
content on Telegram; we are not able to reply to every message individually.

-- Telegram Abuse Team
""",
    outcome="ignored",
    imitates="Telegram abuse desk automatic response",
    why="automatic response, nothing about items",
    items={},
)


HEADER = """# Blind set 340 (English notices from many platforms). Written by
# tests/corpus/blind340/make.py before any run of the reader; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
