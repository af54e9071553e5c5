#!/usr/bin/env python3
"""Blind corpus set 472: English notices from many platforms.

Writes requests.csv, cases/*.eml and expected.toml (deterministic).

    python3 tests/corpus/blind472/make.py

Every email is fictional and written in our own sentences; each case names in
`imitates` the kind of public notice it imitates. The expected results were
written from each email's meaning alone, before the reader was ever run on
these emails.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X1 = "https://x.com/bet_haven77/status/1830412296501123072"
X2 = "https://x.com/bet_haven77/status/1830412298800010241"
X3 = "https://x.com/spin_ddeok/status/1830588110245519360"
X4 = "https://x.com/spin_ddeok/status/1830590021477736448"
X5 = "https://x.com/toto_moonrise/status/1830701543210987520"
X6 = "https://x.com/toto_moonrise"
X7 = "https://x.com/casino_nara_kr/status/1830811234567890123"
X8 = "https://x.com/casino_nara_kr/status/1830811299988877766"
X9 = "https://twitter.com/oddsbox_seoul/status/1829900011122233344"
X10 = "https://x.com/oddsbox_seoul/status/1829900055566677788"
X11 = "https://x.com/jackpot_gil/status/1830955512340001111"
X12 = "https://x.com/jackpot_gil/status/1830955519990002222"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm7aZt2LpXc"
Y2 = "https://www.youtube.com/watch?v=bR4n0KwE81s"
Y3 = "https://www.youtube.com/shorts/Vd2kLmQ0aa1"
Y4 = "https://www.youtube.com/@pillmarket_tv"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/1048576200331/posts/2209918811223344/"
M2 = "https://www.instagram.com/p/C9xQ2mTr7Lb/"
M3 = "https://www.facebook.com/profile.php?id=100089912345678"
MS = [M1, M2, M3]

T1 = "https://www.tiktok.com/@ddong_pharm/video/7409812345678901234"
T2 = "https://www.tiktok.com/@ddong_pharm/video/7409812399911122233"
T3 = "https://www.tiktok.com/@seoul_nightpill/video/7410022233344455566"
T4 = "https://www.tiktok.com/@seoul_nightpill"
T5 = "https://vm.tiktok.com/ZSj8kLmN2/"
TS = [T1, T2, T3, T4, T5]

R1 = "https://www.reddit.com/r/kbetting/comments/1f6x2qa/daily_odds_thread/"
R2_RAW = "https://www.reddit.com/r/kbetting/comments/1f7aa9z/무료_픽/"
R2 = "https://www.reddit.com/r/kbetting/comments/1f7aa9z/" + quote("무료_픽") + "/"
RS = [R1, R2]

D1 = "https://discord.gg/jackpotlounge"
D2 = "https://discord.com/channels/1123456789012345678/1123456789012345690/1280001112223334445"
DS = [D1, D2]

W1 = "https://www.twitch.tv/videos/2241177003"
WS = [W1]

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00", XS,
     "illegal gambling", "kcsc-240903-01@kcsc.example", "largest request; 11 posts and one account"),
    ("KCSC-240904-02", "youtube", "2024-09-04T14:30:00+09:00", "2024-09-11T18:00:00+09:00", YS,
     "drug sales", "kcsc-240904-02@kcsc.example", "sent to legal-kr, copy to the web form"),
    ("KCSC-240906-03", "meta", "2024-09-06T09:05:00+09:00", "2024-09-13T18:00:00+09:00", MS,
     "illegal gambling", "kcsc-240906-03@kcsc.example", 'Facebook and Instagram, "one request" per Meta\'s desk'),
    ("KCSC-240909-04", "tiktok", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00", TS,
     "drug sales", "kcsc-240909-04@kcsc.example", "includes one vm.tiktok.com short link, and one account"),
    ("KCSC-240911-05", "reddit", "2024-09-11T16:40:00+09:00", "2024-09-20T18:00:00+09:00", RS,
     "illegal gambling", "kcsc-240911-05@kcsc.example", "due date moved past Chuseok (16-18 Sep), by the desk"),
    ("KCSC-240912-06", "discord", "2024-09-12T10:20:00+09:00", "2024-09-19T18:00:00+09:00", DS,
     "illegal gambling", "kcsc-240912-06@kcsc.example", "invite link and one message link"),
    ("KCSC-240913-07", "twitch", "2024-09-13T13:00:00+09:00", "2024-09-23T18:00:00+09:00", WS,
     "obscenity", "kcsc-240913-07@kcsc.example", ""),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


REQ = {r[0]: r for r in REQUESTS}


def req_lines(ref):
    """The regulator's own request text (as it would be quoted back)."""
    r = REQ[ref]
    out = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content under request {ref} ({r[5]}):",
        "",
    ]
    for i, u in enumerate(r[4], 1):
        out.append(f"{i}. {u}")
    out += ["", "Please inform us of the action taken by " + r[3][:10] + ".", "",
            "KCSC Takedown desk"]
    return out


def gmail_quote(ref, when):
    return "\n".join([f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:"]
                     + [("> " + l).rstrip() for l in req_lines(ref)])


def outlook_quote(ref, when, to):
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {when}",
        f"To: {to}",
        f"Subject: [{ref}] Request for removal of illegal content",
        "",
    ] + req_lines(ref))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def alt(boundary, plain, html, html_enc="quoted-printable", plain_enc="8bit"):
    def enc(t, e):
        if e == "quoted-printable":
            return qp(t)
        if e == "base64":
            return b64(t)
        return t
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        f"Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: {plain_enc}\n\n"
        f"{enc(plain, plain_enc).rstrip()}\n\n"
        f"--{boundary}\n"
        f"Content-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: {html_enc}\n\n"
        f"{enc(html, html_enc).rstrip()}\n\n"
        f"--{boundary}--\n"
    )


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== X
case(
    name="x-legal-withheld-and-removed-bullets",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply to a government removal request: country-withheld list plus X Rules removals",
    why="trusted X reply names five posts: three withheld in KR, two removed globally",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 02:41:09 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="kcsc-240903-01",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X7: "removed", X8: "removed"},
    body=f"""
Hello,

Thank you for your request, KCSC-240903-01. Our team has reviewed the
reported content.

We have withheld the following posts in the Republic of Korea, in line with
our Country Withheld Content policy:

  * {X1}
  * {X2}
  * {X3}

The following posts broke the X Rules on illegal and regulated goods and
services, and we have removed them from X globally:

  * {X7}
  * {X8}

We continue to look at the remaining URLs in your request and will write
again once we have a decision on them.

You can read more about withheld content at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
)

case(
    name="x-echoed-report-fields-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="X support case update echoing the submitted report fields, over a Gmail-quoted request",
    why="X9 could not be found (no longer exists), X10 reviewed and left up; quoted request lines change nothing",
    **{"from": "support-case@x.com"}, name_from="X Support",
    date="Fri, 06 Sep 2024 07:15:40 +0000",
    subject="Case 0419-7782-1155: update on your report",
    reply_to_req="kcsc-240903-01",
    items={X9: "not_found", X10: "rejected", X1: "pending", X5: "pending"},
    body=f"""
Case number: 0419-7782-1155
Your reference: KCSC-240903-01

Reported content: {X9}
Decision: Not found. This post no longer exists on X, so no action was
possible.

Reported content: {X10}
Decision: No violation. We reviewed this post against the X Rules and
Korean law as cited in your request and did not find a violation. The post
remains available.

Please do not reply to this email with new reports; use the Legal Request
portal instead.

X Support

{gmail_quote("KCSC-240903-01", "Tue, Sep 3, 2024 at 10:12 AM")}
""",
)

case(
    name="x-account-suspended-and-post",
    outcome="applied", classification="confirmation",
    imitates="X notice that a reported account was permanently suspended",
    why="the account X6 suspended and its reported post X5 explicitly no longer visible: both removed",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 11:02:55 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="kcsc-240903-01",
    items={X6: "removed", X5: "removed"},
    body=f"""
Hi,

Following up on KCSC-240903-01.

The account @toto_moonrise ({X6}) has been permanently
suspended for repeated violations of our rules on illegal gambling
promotion. Because of the suspension, the post you reported from that
account, {X5}, is no longer visible anywhere on X.

Best,
Dana K.
X Legal Operations
""",
)

x_table_plain = f"""
Hello,

Please find our decision on request KCSC-240903-01 below.

{X11}  -  Withheld in: KR
{X12}  -  Withheld in: KR
{X4}  -  Removed (violation of the X Rules)
{X3}  -  No action: does not violate the X Rules or local law

X Legal
"""
x_table_html = f"""<html><body>
<p>Hello,</p>
<p>Please find our decision on request KCSC-240903-01 below.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>Withheld in: KR</td></tr>
<tr><td><a href="{X12}">{X12}</a></td><td>Withheld in: KR</td></tr>
<tr><td><a href="{X4}">{X4}</a></td><td>Removed (violation of the X Rules)</td></tr>
<tr><td><a href="{X3}">{X3}</a></td><td>No action: does not violate the X Rules or local law</td></tr>
</table>
<p>X Legal</p>
</body></html>
"""
case(
    name="x-html-table-qp",
    outcome="applied", classification="confirmation",
    imitates="X legal decision table (multipart, quoted-printable HTML)",
    why="table: X11 and X12 withheld in KR, X4 removed, X3 no action (rejected)",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 03:30:12 +0000",
    subject="Decision on KCSC-240903-01",
    reply_to_req="kcsc-240903-01",
    items={X11: "restricted", X12: "restricted", X4: "removed", X3: "rejected"},
    raw_mime=alt("=_xlegal_4f1a", x_table_plain, x_table_html),
)

case(
    name="x-korea-staff-particles-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="reply from a Korea-based X public-policy staffer mixing English and Korean",
    why="X11 access restricted in Korea; X7 and X8 deleted; URLs glued to Korean particles and full-width punctuation",
    **{"from": "jiyoon.park@x.com"}, name_from="Jiyoon Park",
    date="Tue, 10 Sep 2024 08:05:31 +0000",
    subject=Header("RE: [KCSC-240903-01] 처리 결과 / outcome", "utf-8").encode(),
    reply_to_req="kcsc-240903-01",
    items={X11: "restricted", X7: "removed", X8: "removed"},
    body=f"""
안녕하세요, KCSC 담당자님.

Sharing the outcome for KCSC-240903-01 (partial):

1) {X11}은 한국 내에서 접근이 제한되었습니다（withheld in KR）。
2) {X7}、{X8} — both posts were deleted by X for breaking the X Rules.

나머지 건은 검토가 끝나는 대로 다시 말씀드리겠습니다.

Thanks,
Jiyoon Park | Public Policy, X Korea
""",
)

case(
    name="x-url-then-action-line",
    outcome="applied", classification="confirmation",
    imitates="X legal request portal result e-mail: bare URL with the action on the next line",
    why="X1, X2 withheld (KR); X4 removed; X10 link does not resolve to an existing post (not_found)",
    **{"from": "noreply-legal@x.com"}, name_from="X Legal Requests",
    date="Wed, 11 Sep 2024 01:12:00 +0000",
    subject="Your legal request KCSC-240903-01 has been processed",
    items={X1: "restricted", X2: "restricted", X4: "removed", X10: "not_found"},
    body=f"""
Your legal request has been processed.

Reference: KCSC-240903-01
Submitted: 3 September 2024

{X1}
Action taken: Content withheld (KR)

{X2}
Action taken: Content withheld (KR)

{X4}
Action taken: Removed - violation of the X Rules

<{X10}>
Action taken: None. We were unable to find this post; the link does not
resolve to an existing post.

This is an automated message about the outcome of your request. To ask a
question about it, reply through https://legalrequests.x.com/status
""",
)

case(
    name="x-outlook-toppost-one-item",
    outcome="applied", classification="confirmation",
    imitates="X legal staffer's short top-posted Outlook reply over the full request",
    why="only X8 is stated (withheld in Korea); the rest is promised and the quoted request changes nothing",
    **{"from": "m.ortega@x.com"}, name_from="Marisol Ortega",
    date="Wed, 04 Sep 2024 22:48:19 +0000",
    subject="RE: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="kcsc-240903-01",
    items={X8: "restricted", X1: "pending", X7: "pending", X12: "pending"},
    body=f"""
Hi team,

Quick update: {X8} has now been withheld in Korea.
The remaining posts from your request are still with our reviewers and we
will follow up separately.

Marisol

{outlook_quote("KCSC-240903-01", "Tuesday, September 3, 2024 10:12 AM", "legal@x.com")}
""",
)

case(
    name="x-promise-to-withhold",
    outcome="review", review="not_understood",
    imitates="X acknowledgement that promises future withholding once review completes",
    why="'we expect to withhold' and 'may be removed' are promises and hedges, not statements",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 05:20:44 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="kcsc-240903-01",
    items={X5: "pending", X6: "pending", X9: "pending"},
    body=f"""
Hello,

We have started reviewing KCSC-240903-01. Based on a first look, we expect
to withhold the following in Korea once our legal review is finished:

- {X5}
- {X6}

The post at {X9} may also be
removed if it turns out to break the X Rules. We will confirm the final
outcome for every URL by email.

X Legal
""",
)

case(
    name="x-forged-auth-fail",
    outcome="review", review="untrusted",
    imitates="X legal removal notice, but arriving with failed DKIM/SPF/DMARC",
    why="claims removals from an x.com address that fails authentication",
    **{"from": "legal-support@x.com"}, name_from="X Legal", auth="fail",
    date="Thu, 05 Sep 2024 13:59:02 +0000",
    subject="Re: [KCSC-240903-01] removal completed",
    reply_to_req="kcsc-240903-01",
    items={X11: "pending", X12: "pending"},
    body=f"""
Hello,

The two posts below were removed today:

{X11}
{X12}

X Legal
""",
)

case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Out-of-office auto-reply from an X legal staffer, quoting the request",
    why="auto-reply (Auto-Submitted, OOO text); the quoted request is not a statement",
    **{"from": "m.ortega@x.com"}, name_from="Marisol Ortega",
    date="Tue, 03 Sep 2024 01:12:40 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="kcsc-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    items={X1: "pending", X2: "pending"},
    body=f"""
Thank you for your message. I am out of the office until Monday 9 September
with limited access to email. For urgent government requests please use
https://legalrequests.x.com, which is monitored around the clock.

Marisol Ortega

{gmail_quote("KCSC-240903-01", "Tue, Sep 3, 2024 at 10:12 AM")}
""",
)

# ================================================================ YouTube
case(
    name="yt-legal-blocked-kr-and-removed",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome e-mail: blocked in country for local law, removed for Community Guidelines",
    why="Y1 and Y2 blocked in South Korea (restricted), Y3 removed globally",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 09:40:00 +0000",
    subject="[7-2093000031451] Your legal request: KCSC-240904-02",
    reply_to_req="kcsc-240904-02",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
    body=f"""
Hello,

Thanks for reaching out to us about request KCSC-240904-02.

After reviewing your request, we have blocked access to the following
content in South Korea, where it was found to be unlawful:

- {Y1}
- {Y2}

Separately, the following content was removed from YouTube globally because
it violates our Community Guidelines:

- {Y3}

For more information about how we handle legal requests, see
https://support.google.com/youtube/answer/6154230

Regards,
The YouTube Legal Support Team
""",
)

case(
    name="yt-age-restricted-short",
    outcome="applied", classification="confirmation",
    imitates="YouTube notice that reported content was age-restricted rather than removed",
    why="Y3 age-restricted: restricted",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 18:22:10 +0000",
    subject="[7-2093000031451] Update on your request",
    reply_to_req="kcsc-240904-02",
    items={Y3: "restricted"},
    body=f"""
Hello,

We reviewed the Short at {Y3} that you reported.
It does not meet the bar for removal, but we have applied an age
restriction to it, so it can no longer be viewed by signed-out users or
users under 18.

We are still reviewing the other items of your request.

The YouTube Team
""",
)

case(
    name="yt-channel-terminated",
    outcome="applied", classification="confirmation",
    imitates="YouTube notice that a reported channel was terminated",
    why="channel Y4 terminated and its video Y2 explicitly no longer available: both removed",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 04:10:51 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req="kcsc-240904-02",
    items={Y4: "removed", Y2: "removed"},
    body=f"""
Hi,

We have terminated the channel {Y4} for
violations of our policy on the sale of regulated goods. All of its videos
have been taken down with it; in particular the video you listed,
{Y2}, is no longer available on YouTube.

Kind regards,
YouTube Legal Support
""",
)

case(
    name="yt-statement-of-reasons-fields",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons layout (decision, territorial scope, ground) sent by YouTube",
    why="decision 'access disabled', territorial scope Republic of Korea only: restricted",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Sun, 08 Sep 2024 10:00:03 +0000",
    subject="Decision on reported content (ref. KCSC-240904-02)",
    reply_to_req="kcsc-240904-02",
    items={Y1: "restricted"},
    body=f"""
Statement of reasons

Content:              {Y1}
Decision:             Access to the content disabled
Territorial scope:    Republic of Korea
Ground:               Illegal content under local law (information and
                      communications network act, illegal drug trade)
Facts relied on:      Notice from the Korea Communications Standards
                      Commission, reference KCSC-240904-02
Automated means used: No
Date of decision:     8 September 2024

The content remains available outside the territory named above.

Redress: the uploader may appeal through YouTube Studio.
""",
)

yt_qp_text = f"""Hello,

Thanks for your patience with request KCSC-240904-02.

We carefully reviewed the channel {Y4} and did not find that the channel itself violates local law or our policies, so we are not taking action on the channel page; it remains available.

The Short at {Y3} was a different matter: it has been removed from YouTube.

Best regards,
Google Legal Support on behalf of YouTube
"""
case(
    name="yt-qp-channel-rejected-short-removed",
    outcome="applied", classification="confirmation",
    imitates="Google legal support prose reply in quoted-printable with long soft-wrapped lines",
    why="Y4 left up (rejected), Y3 removed",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 02:33:47 +0000",
    subject="Re: [7-2093000031451] KCSC-240904-02",
    reply_to_req="kcsc-240904-02",
    items={Y4: "rejected", Y3: "removed"},
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_qp_text),
)

case(
    name="yt-counter-notification-conditional",
    outcome="review", review="not_understood",
    imitates="YouTube notice that removal depends on the uploader not responding in time",
    why="a condition ('if the uploader does not respond ... will be removed') is not a statement",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 06:11:30 +0000",
    subject="[7-2093000031451] Your legal request: KCSC-240904-02",
    reply_to_req="kcsc-240904-02",
    items={Y1: "pending", Y2: "pending"},
    body=f"""
Hello,

We have notified the uploader of the videos below about your request:

{Y1}
{Y2}

If the uploader does not respond within 10 business days, the videos will
be removed. If they respond, we will review their response and let you
know the outcome.

The YouTube Legal Support Team
""",
)

case(
    name="yt-legal-receipt-with-summary",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal web-form receipt ('we have received your request') echoing the submission",
    why="pure acknowledgement; the echoed submission is our own text",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    date="Wed, 04 Sep 2024 05:31:02 +0000",
    subject="[7-2093000031451] We received your legal request",
    items={Y1: "pending", Y2: "pending"},
    body=f"""
Hello,

We have received your legal request. Your case number is
7-2093000031451. Please keep this number for any follow-up.

We will review your request and get back to you; there is no need to
submit it again.

Summary of your submission
--------------------------
Country: South Korea
Organisation: Korea Communications Standards Commission
Your reference: KCSC-240904-02
URLs:
{Y1}
{Y2}

Google Legal Support
""",
)

# ================================================================= Meta
case(
    name="meta-numbered-local-law-outcomes",
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction reply to a government request: numbered per-item outcomes",
    why="M1 restricted in South Korea, M2 removed under Community Standards, M3 no violation (rejected)",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
    date="Tue, 10 Sep 2024 15:02:17 +0000",
    subject="Re: [KCSC-240906-03] Request for removal of illegal content",
    reply_to_req="kcsc-240906-03",
    items={M1: "restricted", M2: "removed", M3: "rejected"},
    body=f"""
Dear KCSC team,

Thank you for your request (KCSC-240906-03). We have completed our review:

1. {M1}
   We have restricted access to this content in South Korea based on local
   law.

2. {M2}
   This content was removed for going against our Community Standards on
   restricted goods and services.

3. {M3}
   We reviewed this profile and did not find that it goes against our
   Community Standards or local law, so we have not taken action on it.

Information on how we handle such requests:
https://transparency.meta.com/reports/content-restrictions/

Meta Legal
""",
)

case(
    name="meta-instagram-we-removed-post",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we removed the post you reported' report-outcome notice",
    why="Instagram (Meta) states the reported post M2 was removed",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date="Mon, 09 Sep 2024 23:48:00 +0000",
    subject="We removed the post you reported",
    items={M2: "removed"},
    body=f"""
Hi KCSC Takedown,

Thanks for your report. We removed the post you reported because it goes
against our Community Guidelines.

Post: {M2}
Report reference: KCSC-240906-03

Reports like yours help keep Instagram safe. You can see the status of
your reports at https://www.instagram.com/support/requests/

The Instagram Team
""",
)

meta_b64_plain = f"""Your report: decision

Reference: KCSC-240906-03

{M1}
Removed: this post went against our Community Standards and is no longer on Facebook.

{M3}
We couldn't find this profile. It's no longer on Facebook.

Meta Trust & Safety
"""
meta_b64_html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Your report: decision</h2>
<p>Reference: KCSC-240906-03</p>
<table cellpadding="6">
<tr><td><a href="{M1}">Post in group</a><br><span style="color:#606770">{M1}</span></td>
<td><b>Removed</b>: this post went against our Community Standards and is no longer on Facebook.</td></tr>
<tr><td><a href="{M3}">Profile</a><br><span style="color:#606770">{M3}</span></td>
<td>We couldn't find this profile. It's no longer on Facebook.</td></tr>
</table>
<p>Meta Trust &amp; Safety</p>
<p style="font-size:11px"><a href="https://www.facebook.com/help/181495968648557">Learn more about reporting</a></p>
</body></html>
"""
case(
    name="meta-base64-html-decision-card",
    outcome="applied", classification="confirmation",
    imitates="Meta support-inbox decision card (HTML, base64 encoded)",
    why="M1 removed; M3 profile cannot be found (not_found); help link is not an item",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date="Wed, 11 Sep 2024 07:25:43 +0000",
    subject="Decision on your report (KCSC-240906-03)",
    items={M1: "removed", M3: "not_found"},
    raw_mime=alt("fbmail_8c21e0", meta_b64_plain, meta_b64_html, html_enc="base64", plain_enc="base64"),
)

case(
    name="meta-bulk-restricted-no-urls",
    outcome="review", review="bulk",
    imitates="Meta short reply restricting 'the content you reported' without listing it",
    why="one statement for a three-item request, naming no item",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
    date="Mon, 09 Sep 2024 12:00:10 +0000",
    subject="Re: [KCSC-240906-03] Request for removal of illegal content",
    reply_to_req="kcsc-240906-03",
    items={M1: "pending", M2: "pending", M3: "pending"},
    body="""
Hello,

We have restricted access in South Korea to the content you reported in
request KCSC-240906-03, based on local law.

Best regards,
Meta Legal
""",
)

case(
    name="meta-facebookmail-auth-fail",
    outcome="review", review="untrusted",
    imitates="Facebook report-outcome notice failing DMARC",
    why="removal claims from a facebookmail.com address that fails authentication",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook", auth="fail",
    date="Sat, 07 Sep 2024 19:44:12 +0000",
    subject="We removed the content you reported",
    reply_to_req="kcsc-240906-03",
    items={M1: "pending", M2: "pending"},
    body=f"""
Hi,

We reviewed your report and removed the following content:

{M1}
{M2}

Thanks for helping keep our community safe.
Facebook
""",
)

meta_mdn = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_77ab"

--mdn_77ab
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: [KCSC-240906-03] Request for removal of illegal content
  Sent: Friday, 6 September 2024 09:05:00 (UTC+09:00) Seoul

was read on Friday, 6 September 2024 11:47:31 (UTC+09:00) Seoul.

--mdn_77ab
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal-requests@meta.com
Original-Message-ID: <kcsc-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_77ab--
"""
case(
    name="meta-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN) from Meta's legal inbox",
    why="a read receipt says nothing about items",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
    date="Fri, 06 Sep 2024 02:47:31 +0000",
    subject="Read: [KCSC-240906-03] Request for removal of illegal content",
    reply_to_req="kcsc-240906-03",
    items={},
    raw_mime=meta_mdn,
)

# ================================================================ TikTok
tt_csv = "\n".join([
    "url,decision,scope,note",
    f"{T1},Removed,Global,Community Guidelines - drugs and controlled substances",
    f"{T2},Restricted,KR,Local law",
    f"{T3},Removed,Global,",
    f"{T4},Account banned,Global,All videos on the account are unavailable",
    f"{T5},Not found,,Invalid link - does not point to any content",
]) + "\n"
tt_csv_mime = f"""Content-Type: multipart/mixed; boundary="tt_mix_0091"

--tt_mix_0091
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Korea Communications Standards Commission,

Thank you for your request KCSC-240909-04. The outcome for each URL is in
the attached file (one row per URL).

Kind regards,
TikTok Law Enforcement Outreach

--tt_mix_0091
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-04_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240909-04_outcome.csv"
Content-Transfer-Encoding: base64

{b64(tt_csv).rstrip()}

--tt_mix_0091--
"""
case(
    name="tiktok-csv-attachment-outcomes",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement outreach reply with a per-URL outcome spreadsheet (CSV attachment)",
    why="CSV: T1 and T3 removed, T2 restricted in KR, T4 account banned (removed), T5 invalid link (not_found)",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject="RE: KCSC-240909-04 - outcome",
    reply_to_req="kcsc-240909-04",
    items={T1: "removed", T2: "restricted", T3: "removed", T4: "removed", T5: "not_found"},
    raw_mime=tt_csv_mime,
)

case(
    name="tiktok-statement-then-url-below",
    outcome="applied", classification="confirmation",
    imitates="TikTok Trust & Safety report outcome with the URL on the line under each statement",
    why="T1 removed; T3 restricted in South Korea",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Tue, 10 Sep 2024 11:14:25 +0000",
    subject="Update on your report (KCSC-240909-04)",
    reply_to_req="kcsc-240909-04",
    items={T1: "removed", T3: "restricted"},
    body=f"""
Hi there,

Thanks for your report. Here is what we did.

The following video has been removed for violating our Community
Guidelines:
{T1}

The following video has been restricted in South Korea in line with local
law, and remains available elsewhere:
{T3}

We are still looking into the remaining content in your report.

TikTok Trust & Safety
https://www.tiktok.com/community-guidelines
""",
)

tt_qp_text = f"""Hello,

Regarding KCSC-240909-04:

The video at {T2} is no longer available to users in South Korea. We restricted it there based on the local law you cited.

The short link {T5} does not lead to any video on TikTok; it is not a valid link, so no action could be taken on it.

Best,
TikTok Global Legal
"""
case(
    name="tiktok-qp-geo-restricted-and-invalid-link",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal prose reply in quoted-printable (long lines with soft line breaks)",
    why="T2 restricted in South Korea; T5 not a valid link (not_found)",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Global Legal",
    date="Wed, 11 Sep 2024 03:03:03 +0000",
    subject="Re: KCSC-240909-04",
    reply_to_req="kcsc-240909-04",
    items={T2: "restricted", T5: "not_found"},
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(tt_qp_text),
)

tt_b64_plain = f"""Report result - KCSC-240909-04

Account: {T4}
Result: Account permanently banned

Video: {T3}
Result: No violation found. The video stays up.

TikTok Trust & Safety
"""
tt_b64_html = f"""<!DOCTYPE html><html><body>
<div style="max-width:560px;margin:auto;font-family:Arial">
<h3>Report result &ndash; KCSC-240909-04</h3>
<ul>
<li><b>Account:</b> <a href="{T4}">{T4}</a><br>Result: Account permanently banned</li>
<li><b>Video:</b> <a href="{T3}">{T3}</a><br>Result: No violation found. The video stays up.</li>
</ul>
<p>TikTok Trust &amp; Safety &middot; <a href="https://www.tiktok.com/legal/page/global/terms-of-service/en">Terms of Service</a></p>
</div></body></html>
"""
case(
    name="tiktok-base64-html-report-result",
    outcome="applied", classification="confirmation",
    imitates="TikTok in-app/e-mail report result card (HTML, base64)",
    why="T4 account permanently banned (removed); T3 no violation (rejected); terms link is not an item",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Fri, 13 Sep 2024 09:09:09 +0000",
    subject="Your report result",
    items={T4: "removed", T3: "rejected"},
    raw_mime=alt("tt_alt_5521", tt_b64_plain, tt_b64_html, html_enc="base64"),
)

case(
    name="tiktok-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="TikTok short reply: all content in the request removed",
    why="one sentence about all five items, none named",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Global Legal",
    date="Thu, 12 Sep 2024 14:30:00 +0000",
    subject="Re: KCSC-240909-04",
    reply_to_req="kcsc-240909-04",
    items={T1: "pending", T2: "pending", T3: "pending", T4: "pending", T5: "pending"},
    body="""
Hello,

All of the content listed in your request KCSC-240909-04 has been removed
from TikTok.

Best,
TikTok Global Legal
""",
)

case(
    name="tiktok-promise-within-48h",
    outcome="review", review="not_understood",
    imitates="TikTok reply promising action within a time frame",
    why="'will be actioned within 48 hours' is a promise; items stay pending",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Tue, 10 Sep 2024 02:15:00 +0000",
    subject="RE: KCSC-240909-04",
    reply_to_req="kcsc-240909-04",
    items={T1: "pending", T2: "pending"},
    body=f"""
Dear Sir or Madam,

We confirm receipt of your request. Our team has assessed the first two
videos and they will be actioned within the next 48 hours:

{T1}
{T2}

We will send you the final outcome for all five URLs once the review is
complete.

TikTok Law Enforcement Outreach
""",
)

case(
    name="pinterest-about-tiktok-video",
    outcome="review", review="wrong_platform",
    imitates="Pinterest reply about Pins linking to content hosted on another platform",
    why="Pinterest (trusted, but not TikTok) states an action about a TikTok item",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Fri, 13 Sep 2024 17:05:00 +0000",
    subject="Re: KCSC-240909-04",
    reply_to_req="kcsc-240909-04",
    items={T3: "pending"},
    body=f"""
Hello,

Your request was copied to us. The video
{T3} is not hosted on Pinterest, but Pins
pointing to it have been removed from Pinterest, and the link has been
blocked from being saved again.

Regards,
Pinterest Legal
""",
)

tt_dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_3e9f"

--dsn_3e9f
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx1.tiktok.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--dsn_3e9f
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 11:00:02 +0900 (KST)

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--dsn_3e9f
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [KCSC-240909-04] Request for removal of illegal content
Message-ID: <kcsc-240909-04@kcsc.example>
Date: Mon, 9 Sep 2024 11:00:00 +0900

{chr(10).join(req_lines("KCSC-240909-04"))}

--dsn_3e9f--
"""
case(
    name="tiktok-request-bounced",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN: request to a non-existent TikTok address bounced",
    why="delivery failure report; the URLs are our own returned request",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 02:00:04 +0000",
    subject="Undelivered Mail Returned to Sender",
    items={T1: "pending", T4: "pending"},
    raw_mime=tt_dsn,
)

# ================================================================ Reddit
case(
    name="reddit-removed-raw-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply listing removed content (one URL with a raw Korean slug)",
    why="both Reddit posts removed; R2 written with its raw Korean path",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 22:10:00 +0000",
    subject="Re: [KCSC-240911-05] Request for removal of illegal content",
    reply_to_req="kcsc-240911-05",
    items={R1: "removed", R2: "removed"},
    body=f"""
Hi,

Thanks for your report. We have removed the following content from Reddit
for violating our Content Policy:

{R1}
{R2_RAW}

Reddit Legal
""",
)

case(
    name="reddit-not-violating-and-geoblocked",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin 'doesn't violate our Content Policy' reply, combined with a country geo-block",
    why="R1 no violation, no action (rejected); R2 geo-blocked in South Korea (restricted)",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Mon, 16 Sep 2024 04:44:44 +0000",
    subject="Your report to the Reddit admin team (KCSC-240911-05)",
    items={R1: "rejected", R2: "restricted"},
    body=f"""
Thanks for submitting a report to the Reddit admin team.

After investigating, we've found that the reported thread
{R1}
doesn't violate Reddit's Content Policy, and we won't be taking action on it.

The second link you reported,
{R2},
has been geo-blocked in South Korea in response to your legal request. It
stays visible in other countries.

If you see anything else that breaks the rules, you can report it at
https://www.reddit.com/report

-Reddit Admin Team
""",
)

case(
    name="reddit-hedged-mod-removal",
    outcome="review", review="not_understood",
    imitates="Reddit admin reply guessing that subreddit moderators already removed a post",
    why="'looks like ... may have already been removed' is a hedge, not a statement",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 19:02:36 +0000",
    subject="Re: [KCSC-240911-05] Request for removal of illegal content",
    reply_to_req="kcsc-240911-05",
    items={R2: "pending"},
    body=f"""
Hello,

It looks like {R2_RAW} may already
have been removed by the subreddit's moderators, but we are checking with
the team to be sure. We'll get back to you about both links.

Reddit Legal
""",
)

case(
    name="reddit-claim-from-protonmail",
    outcome="review", review="unknown_sender",
    imitates="person claiming to be a Reddit employee writing from a free mailbox",
    why="removal claim from a domain of no platform",
    **{"from": "reddit.trust.safety.team@protonmail.com"}, name_from="Reddit Trust & Safety",
    date="Sat, 14 Sep 2024 06:30:00 +0000",
    subject="Re: [KCSC-240911-05] removal done",
    reply_to_req="kcsc-240911-05",
    items={R1: "pending"},
    body=f"""
Hello KCSC,

I'm on the Reddit safety team. The thread {R1} has been
removed as you asked. Please reply to this address for anything else.

Tom
""",
)

case(
    name="reddit-ooo-chuseok",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' from a Reddit employee on leave",
    why="out-of-office auto-reply",
    **{"from": "minji.seo@reddit.com"}, name_from="Minji Seo",
    date="Wed, 11 Sep 2024 07:40:05 +0000",
    subject="Automatic reply: [KCSC-240911-05] Request for removal of illegal content",
    reply_to_req="kcsc-240911-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    items={},
    body="""
Hi, I'm away for the Chuseok holidays and back on 19 September. Legal
requests are handled by legal@reddit.com in the meantime.

Minji
""",
)

# =============================================================== Discord
case(
    name="discord-server-removed-message-gone",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply to a government notice (angle-bracketed URLs)",
    why="server behind invite D1 removed; message D2 deleted by its author before review (not_found)",
    **{"from": "legal@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 00:20:00 +0000",
    subject="Re: [KCSC-240912-06] Request for removal of illegal content",
    reply_to_req="kcsc-240912-06",
    items={D1: "removed", D2: "not_found"},
    body=f"""
Hello,

Thanks for reaching out to Discord about KCSC-240912-06.

We have removed the server reached through the invite
<{D1}> for violating our Community Guidelines; the
invite no longer works.

The message you linked, <{D2}>,
had already been deleted by its author before we could review it, so there
was nothing left for us to action.

Discord Trust & Safety
""",
)

case(
    name="discord-text-table",
    outcome="applied", classification="confirmation",
    imitates="Discord support ticket reply with a pipe table of reported links and actions",
    why="both links removed (invite revoked and server removed; message removed)",
    **{"from": "support@discord.com"}, name_from="Discord",
    date="Mon, 16 Sep 2024 13:13:13 +0000",
    subject="[Discord] Re: Ticket #48211 - KCSC-240912-06",
    reply_to_req="kcsc-240912-06",
    items={D1: "removed", D2: "removed"},
    body=f"""
##- Please type your reply above this line -##

Hi there,

Here is the outcome of your report:

| Reported link | Action taken |
|---|---|
| {D1} | Invite revoked, server removed |
| {D2} | Message removed, author banned |

Best,
Sam
Discord Trust & Safety
""",
)

case(
    name="discord-asks-for-legal-order",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord reply asking for a valid legal process document before acting",
    why="asks us for more documents; nothing stated about the items",
    **{"from": "legal@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 08:55:10 +0000",
    subject="Re: [KCSC-240912-06] Request for removal of illegal content",
    reply_to_req="kcsc-240912-06",
    items={D1: "pending", D2: "pending"},
    body=f"""
Hello,

Before we can act on {D2}, could you please send us:

1. the legal basis for the request (the statute and article), and
2. a copy of the decision of the Commission, in Korean or English.

You can reply to this email with the documents attached.

Discord Trust & Safety
""",
)

case(
    name="discord-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt ('your request has been received') with the submission below",
    why="pure acknowledgement; the links below are our own submission",
    **{"from": "support@discord.com"}, name_from="Discord",
    date="Thu, 12 Sep 2024 01:20:41 +0000",
    subject="[Discord] Re: Ticket #48211 - KCSC-240912-06",
    items={D1: "pending", D2: "pending"},
    body=f"""
##- Please type your reply above this line -##

Your request (#48211) has been received and is being reviewed by our
support staff. We'll respond as soon as we can.

To add more information, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 12, 2024, 10:20 KST

Request KCSC-240912-06 - please remove:
{D1}
{D2}

This email is a service from Discord.
""",
)

# ================================================================ Twitch
case(
    name="twitch-vod-removed",
    outcome="applied", classification="confirmation",
    imitates="Twitch law-enforcement response naming the removed VOD",
    why="the one VOD named and removed",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Tue, 17 Sep 2024 18:00:00 +0000",
    subject="Re: [KCSC-240913-07] Request for removal of illegal content",
    reply_to_req="kcsc-240913-07",
    items={W1: "removed"},
    body=f"""
Hello,

Thank you for your notice. The VOD at {W1} has been
removed and is no longer available on Twitch.

Regards,
Twitch Law Enforcement Response
""",
)

case(
    name="twitch-actioned-sole-item",
    outcome="applied", classification="confirmation",
    imitates="Twitch 'we've actioned your report' notice, naming the request but not the URL",
    why="one-item request: 'the VOD you reported ... removed' applies to its only item",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date="Wed, 18 Sep 2024 03:33:00 +0000",
    subject="We've actioned your report (KCSC-240913-07)",
    reply_to_req="kcsc-240913-07",
    items={W1: "removed"},
    body="""
Hi KCSC Takedown,

Our Safety team reviewed the VOD you reported under KCSC-240913-07 and
found that it violated our Community Guidelines. We have removed it from
Twitch.

Thanks for helping keep Twitch safe.
Twitch Safety
""",
)

tw_delay = """Content-Type: multipart/report; report-type=delivery-status; boundary="dly_2c41"

--dly_2c41
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<legal@twitch.tv>: connect to mx.twitch.tv[198.51.100.77]:25: Connection
    timed out

--dly_2c41
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; legal@twitch.tv
Action: delayed
Status: 4.4.1
Will-Retry-Until: Wed, 18 Sep 2024 13:00:00 +0900 (KST)

--dly_2c41
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@twitch.tv
Subject: [KCSC-240913-07] Request for removal of illegal content
Message-ID: <kcsc-240913-07@kcsc.example>

--dly_2c41--
"""
case(
    name="twitch-delivery-delayed",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (Action: delayed)",
    why="delivery status notice, nothing about items",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="Delayed Mail (still being retried)",
    items={},
    raw_mime=tw_delay,
)

# ============================================================== Snapchat
case(
    name="snapchat-use-the-portal",
    outcome="review", review="no_claims",
    imitates="Snap law-enforcement team telling a government sender to use its portal",
    why="trusted Snap mail that names no item and no request",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Law Enforcement Operations",
    date="Mon, 16 Sep 2024 20:00:00 +0000",
    subject="Your email to Snap Inc.",
    items={},
    body="""
Hello,

Thank you for contacting Snap Inc. We have received correspondence from
your office at this address. Please note that we process government
content-removal requests only through our Law Enforcement Service Portal
at https://les.snapchat.com. Requests sent by email may not be reviewed.

Snap Law Enforcement Operations
""",
)


# ======================================================= X, closing reply
case(
    name="x-bullets-mixed-removed-notfound",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up reply closing out the remaining posts of a request",
    why="X9 deleted by its author before review (not_found); X12 and X2 removed; X5 reviewed and left up (rejected)",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 06:06:06 +0000",
    subject="Re: [KCSC-240903-01] final update",
    reply_to_req="kcsc-240903-01",
    items={X9: "not_found", X12: "removed", X2: "removed", X5: "rejected"},
    body=f"""
Hello again,

This closes out the posts we had not yet answered on KCSC-240903-01:

- {X9}: this post had already been deleted by its author
  before we reviewed it.
- {X12}: removed for violating the X Rules.
- {X2}: removed for violating the X Rules.
- {X5}: reviewed; we did not find a violation and are not
  taking action, so the post remains up.

X Legal
""",
)

HEADER = """# Blind set 472: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest). Generated by make.py;
# expected results written from each email's meaning before any run.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind472", HEADER, CASES)


if __name__ == "__main__":
    main()
