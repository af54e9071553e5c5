#!/usr/bin/env python3
"""Blind set 820 (focus: English notices from many platforms).

    python3 tests/corpus/blind820/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own words; the expected results were
written from each email's meaning before the reader was ever run on it.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind820"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/nightowl_kr88/status/1831002745610023101",
    "https://x.com/nightowl_kr88/status/1831004419022667788",
    "https://x.com/pale_moon_shop/status/1830877120945512460",
    "https://x.com/pale_moon_shop/status/1830879902216300811",
    "https://x.com/dlwjdgus_vid/status/1831120566310091520",
    "https://x.com/dlwjdgus_vid/status/1831121004378654720",
    "https://x.com/minseo_leaks/status/1830560214987120641",
    "https://x.com/minseo_leaks/status/1830561877420093455",
    "https://x.com/blueharbor_acc/status/1831230015566778368",
    "https://x.com/blueharbor_acc/status/1831231190450012160",
    "https://x.com/jjang_gu_99/status/1831340087612231680",
    "https://x.com/jjang_gu_99/status/1831342255001002496",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    "https://www.youtube.com/watch?v=Hk7Rr0bZt5c",
    "https://www.youtube.com/shorts/Zp4nW9eLq1s",
    "https://www.youtube.com/watch?v=uD2gC6yFm8o",
]
META = [
    "https://www.facebook.com/groups/3318840021457/posts/3320175566001/",
    "https://www.facebook.com/permalink.php?story_fbid=1048837766120&id=100089912345",
    "https://www.instagram.com/p/C9xQ2mLtR4e/",
    "https://www.instagram.com/reel/C9zK7pWvN1b/",
    "https://www.instagram.com/hanbit_daily.archive/",
]
TT = [
    "https://www.tiktok.com/@seoul.nightcam/video/7410238841125502213",
    "https://www.tiktok.com/@seoul.nightcam/video/7410561209983376646",
    "https://www.tiktok.com/@yuri_fakeface/video/7411027734560918792",
]
RD = [
    "https://www.reddit.com/r/kpopdeepfakes_kr/comments/1fbq2xz/new_set_uploaded/",
    "https://www.reddit.com/r/kpopdeepfakes_kr/comments/1fc0m7d/request_thread_september/",
]
TG = [
    "https://t.me/fakegirls_kr/2210",
    "https://t.me/fakegirls_kr/2214",
    "https://t.me/ddal_room451/88",
]
DC = ["https://discord.gg/hX4pQ2wNv"]

REQUESTS = [
    # ref, platform, sent, due, urls, category, day-name for quoting
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", X, "deepfake_sexual_abuse", "Tue, Sep 3, 2024"),
    ("KCSC-240904-02", "youtube", "2024-09-04", "2024-09-11", YT, "non_consensual_intimate_image", "Wed, Sep 4, 2024"),
    ("KCSC-240905-03", "meta", "2024-09-05", "2024-09-12", META, "non_consensual_intimate_image", "Thu, Sep 5, 2024"),
    ("KCSC-240906-04", "tiktok", "2024-09-06", "2024-09-13", TT, "deepfake_sexual_abuse", "Fri, Sep 6, 2024"),
    ("KCSC-240909-05", "reddit", "2024-09-09", "2024-09-16", RD, "deepfake_sexual_abuse", "Mon, Sep 9, 2024"),
    ("KCSC-240910-06", "telegram", "2024-09-10", "2024-09-17", TG, "illegal_filming", "Tue, Sep 10, 2024"),
    ("KCSC-240911-07", "discord", "2024-09-11", "2024-09-18", DC, "deepfake_sexual_abuse", "Wed, Sep 11, 2024"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, _ in REQUESTS:
            mid = "<req-%s@kcsc.example>" % ref[5:].lower()
            for u in urls:
                w.writerow([ref, plat, sent + "T10:00:00+09:00", due + "T18:00:00+09:00", u, cat, mid, ""])


def req_id(ref):
    return "req-" + ref[5:].lower()


def request_text(ref):
    _, _, _, due, urls, _, _ = REQ[ref]
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found the content",
        "at the addresses below to be illegal under the laws of the Republic of Korea",
        "and asks you to take it down or to block access to it from Korea.",
        "",
        "Reference: " + ref,
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += [
        "",
        "Please reply to this address by %s stating the action taken on each item." % due,
        "",
        "KCSC Digital Sexual Crime Response Team",
    ]
    return "\n".join(lines)


def quoted(ref, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_text(ref).split("\n"))


def gmail_quote(ref):
    day = REQ[ref][6]
    return "On %s at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:\n%s" % (day, quoted(ref))


def subj(ref):
    return "[%s] Request for removal of illegal content" % ref


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= APPLIED =======================

case(
    name="x-legal-withheld-and-removed",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 06:12:40 +0000",
    subject="Re: " + subj("KCSC-240903-01"),
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your report regarding request KCSC-240903-01.

We reviewed the posts you identified against the X Rules and the applicable
local law.

In response to your request, the following posts have been withheld in the
Republic of Korea:
 * {X[0]}
 * {X[1]}
 * {X[2]}

The following post violated the X Rules on non-consensual nudity and has been
removed from X:
 * {X[4]}

We are still reviewing the other posts in your request and will write to you
about them separately.

More about how X handles legal requests:
https://help.x.com/en/rules-and-policies/x-legal-faqs

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome (country withheld content + X Rules removal)",
    why="three posts withheld in Korea, one removed; the rest explicitly still under review",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[4]: "removed"},
)

case(
    name="x-not-found-and-declined",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 09:40:03 +0000",
    subject="Re: " + subj("KCSC-240903-01"),
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hi KCSC team,

Following up on KCSC-240903-01.

We were unable to locate {X[6]} - the post no longer exists on X, so there is
nothing further we can do on our side.

As for {X[7]}, after careful review we did not find that it breaks the X
Rules, and the report did not give us enough to establish that it is illegal
under Korean law. We are therefore declining to take action on this post and
it remains available.

Best,
Daniel
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal desk reply by an agent: post not found / request declined",
    why="one post cannot be located (not_found), the other stays up with a reason (rejected)",
    items={X[6]: "not_found", X[7]: "rejected"},
)

case(
    name="x-html-outcome-table",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 02:31:55 +0000",
    subject="Your legal request KCSC-240903-01 - outcome",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of part of your request <b>KCSC-240903-01</b>. The outcome for each post is shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Post URL</th><th>Action taken</th><th>Scope</th></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Removed (account suspended)</td><td>Global</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Removed (account suspended)</td><td>Global</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld</td><td>Korea (KR)</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>No action &ndash; no violation of the X Rules or local law found</td><td>&ndash;</td></tr>
</table>
<p>You can read about country withheld content at <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">help.x.com</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome rendered as an HTML table",
    why="table rows: two removed, one withheld in KR, one left up for no violation",
    items={X[8]: "removed", X[9]: "removed", X[10]: "restricted", X[11]: "rejected"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 11:05:17 +0000",
    subject="Case update: KCSC-240903-01",
    body=f"""
Case: KCSC-240903-01 / X reference 0194-KR-22817

{X[3]}
Status: Withheld in KR

{X[5]}
Status: Removed - violation of our non-consensual nudity policy

This message was sent by X Legal. Replies to this address are read.
""",
    outcome="applied", classification="confirmation",
    imitates="X case-update notice: bare URL with its status on the next line",
    why="status line under each bare URL: one withheld in Korea, one removed",
    items={X[3]: "restricted", X[5]: "removed"},
)

case(
    name="x-withheld-angle-wrapped",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sun, 08 Sep 2024 04:48:30 +0000",
    subject="Notice of action: KCSC-240903-01",
    body=f"""
Dear KCSC,

X has taken the following action in response to your request KCSC-240903-01.

Restriction: the post <https://x.com/dlwjdgus_vid/
status/1831120566310091520> has been withheld in South Korea on the
basis of local law. It remains visible outside South Korea.

Restriction: the post <{X[6]}> has been
withheld in South Korea on the basis of local law.

The account holders have been notified unless we were prohibited from doing so.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X withheld-content notice with URLs in angle brackets (one wrapped by the mailer)",
    why="two posts withheld in Korea; the first URL is wrapped inside its angle brackets",
    items={X[4]: "restricted", X[6]: "restricted"},
)

case(
    name="x-bilingual-korean-particles",
    **{"from": "legal-kr@x.com"}, name_from="X Korea Legal",
    date="Tue, 10 Sep 2024 07:20:44 +0000",
    subject="RE: " + subj("KCSC-240903-01"),
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
안녕하세요. 요청번호 KCSC-240903-01 관련 회신드립니다.

{X[10]}은 대한민국 내에서 접근이 제한(withheld)되었습니다.
해당 게시물({X[11]})은 X 규칙 위반으로 삭제되었습니다。

[English]
The post {X[10]} has been withheld in Korea.
The post {X[11]} was removed for violating the X Rules.

X Korea Legal
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual reply from a platform's Korea legal contact (URLs followed by particles / full-width marks)",
    why="same two statements in Korean and English: one withheld in Korea, one removed",
    items={X[10]: "restricted", X[11]: "removed"},
)

case(
    name="x-final-response-grouped-12",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 08:00:12 +0000",
    subject="Final response - legal request KCSC-240903-01",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

Please find below our final response to legal request KCSC-240903-01.

Withheld in South Korea (the content remains available elsewhere):
- {X[0]}
- {X[1]}
- {X[2]}
- {X[3]}

Removed for violating the X Rules:
- {X[4]}
- {X[5]}
- {X[6]}
- {X[7]}

Could not be found (deleted or never existed):
- {X[8]}
- {X[9]}

No action taken (no violation of the X Rules or local law found):
- {X[10]}

Removed (account suspended):
- {X[11]}

This closes the request on our side. If you disagree with any decision you may
submit a new request with further information.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal final response grouping posts under outcome headings",
    why="all twelve posts under headings: 4 withheld, 5 removed, 2 not found, 1 no action",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted",
           X[4]: "removed", X[5]: "removed", X[6]: "removed", X[7]: "removed",
           X[8]: "not_found", X[9]: "not_found", X[10]: "rejected", X[11]: "removed"},
)

case(
    name="yt-echoed-request-blocked-kr",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 03:14:09 +0000",
    subject="Re: [1-5533000040127] Your legal request",
    body=f"""
Hello,

Thanks for reaching out to us.

Your request
  Reference: KCSC-240904-02
  Country: South Korea
  URLs:
    {YT[0]}
    {YT[1]}

Our decision
After reviewing the content in question, we've blocked the URLs listed above
from view in South Korea in line with local law. The videos remain available
in other countries.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removals outcome that echoes the request then gives the decision",
    why="decision covers the two URLs listed just above it: blocked in South Korea",
    items={YT[0]: "restricted", YT[1]: "restricted"},
)

case(
    name="yt-removed-and-age-restricted",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube Trust & Safety",
    date="Sat, 07 Sep 2024 05:55:21 +0000",
    subject="Update on the videos you reported (KCSC-240904-02)",
    body=f"""
Hi,

We reviewed the videos your office flagged under KCSC-240904-02.

- {YT[2]} : removed. This Short violated our policy on nudity and sexual content.
- {YT[3]} : age-restricted. The video doesn't break our Community Guidelines
  but isn't suitable for all audiences; it can no longer be watched by viewers
  under 18 or by signed-out viewers.

You can learn more about age restrictions at
https://support.google.com/youtube/answer/2802167

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Community Guidelines outcome: removal and age restriction",
    why="Short removed; video age-restricted (restricted)",
    items={YT[2]: "removed", YT[3]: "restricted"},
)

yt_qp_body = f"""Hello,

This is an update on your legal request KCSC-240904-02.

{YT[3]}
After review, we won't be taking action on this video. We did not find it to violate our Community Guidelines, and we weren't able to conclude from the information provided that it is unlawful in South Korea.

{YT[1]}
This video had already been deleted by the uploader before we completed our review, so there was nothing left for us to act on.

If you have additional information, you can submit a new request at https://support.google.com/legal/answer/3110420.

Regards,
YouTube Legal Support
"""
case(
    name="yt-qp-declined-and-uploader-deleted",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 01:33:48 +0000",
    subject="Re: [1-5533000040127] Your legal request",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_qp_body),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply, quoted-printable body, URL above each decision",
    why="one video left up with reasons (rejected), one already deleted by its uploader (not_found)",
    items={YT[3]: "rejected", YT[1]: "not_found"},
)

case(
    name="yt-text-table",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 06:02:37 +0000",
    subject="Outcome of legal request KCSC-240904-02",
    body=f"""
Outcome of legal request KCSC-240904-02

URL                                          | Action    | Scope
---------------------------------------------+-----------+-------------
{YT[0]}  | Removed   | Global
{YT[1]}  | Removed   | Global
{YT[2]}   | Blocked   | South Korea
{YT[3]}  | No action | -

No action: we found no violation of our policies or of local law.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="legal outcome as a plain-text table",
    why="table rows: two removed, one blocked in Korea, one no action with its reason",
    items={YT[0]: "removed", YT[1]: "removed", YT[2]: "restricted", YT[3]: "rejected"},
)

case(
    name="meta-numbered-restricted-removed",
    **{"from": "government-requests@meta.com"}, name_from="Meta Government Requests",
    date="Sun, 08 Sep 2024 10:27:51 +0000",
    subject="Re: " + subj("KCSC-240905-03"),
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
Dear KCSC,

We write regarding your request KCSC-240905-03 dated 5 September 2024.

Having reviewed the reported content against our Community Standards and the
applicable law of the Republic of Korea, we have taken the following action:

1. {META[0]} - access restricted in South Korea based on local law
2. {META[1]} - access restricted in South Korea based on local law
3. {META[2]} - removed for violating our Community Standards on Adult Sexual Exploitation

We will respond separately regarding the remaining items.

Meta Government Requests Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction-based-on-local-law response, numbered list",
    why="two Facebook posts restricted in Korea, one Instagram post removed",
    items={META[0]: "restricted", META[1]: "restricted", META[2]: "removed"},
)

meta_csv = (
    "reported_url,decision,basis\r\n"
    f"{META[0]},No action - not violating,Community Standards / local law review\r\n"
    f"{META[2]},Removed,Adult Sexual Exploitation\r\n"
    f"{META[3]},Removed,Adult Sexual Exploitation\r\n"
    f"{META[4]},Account disabled,Adult Sexual Exploitation\r\n"
)
case(
    name="meta-csv-attachment",
    **{"from": "government-requests@meta.com"}, name_from="Meta Government Requests",
    date="Wed, 11 Sep 2024 08:44:02 +0000",
    subject="Re: " + subj("KCSC-240905-03"),
    reply_to_req=req_id("KCSC-240905-03"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b820-meta-csv"

--b820-meta-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear KCSC,

Please find attached the outcome of our review for request KCSC-240905-03.
Let us know if you have any questions.

Meta Government Requests Team

--b820-meta-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240905-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(meta_csv)}
--b820-meta-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="platform outcome sent as a CSV attachment",
    why="CSV rows: one not violating (rejected), two removed, one account disabled (removed)",
    items={META[0]: "rejected", META[2]: "removed", META[3]: "removed", META[4]: "removed"},
)

case(
    name="ig-top-posted-gmail-quote",
    **{"from": "ts-outcomes@instagram.com"}, name_from="Instagram",
    date="Mon, 09 Sep 2024 12:10:33 +0000",
    subject="Re: " + subj("KCSC-240905-03"),
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
Hello,

We couldn't find the post at {META[2]} . The link doesn't lead to any content
on Instagram any more.

We've restricted access in South Korea to the account
{META[4]} because its content is unlawful there.

Thanks,
Instagram Trust & Safety

{gmail_quote("KCSC-240905-03")}
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram reply top-posted over the quoted request (Gmail quoting)",
    why="post not found, account restricted in Korea; the quoted request below changes nothing",
    items={META[2]: "not_found", META[4]: "restricted"},
)

case(
    name="meta-outlook-underscore-quote",
    **{"from": "content-response@meta.com"}, name_from="Meta Content Response",
    date="Tue, 10 Sep 2024 14:51:09 +0000",
    subject="RE: " + subj("KCSC-240905-03"),
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
Hello,

Thank you for contacting us about request KCSC-240905-03.

We removed the following post for going against our Community Standards on
bullying and harassment:
{META[1]}

The reel below is now unavailable to people in South Korea, as we found it to
be unlawful there:
{META[3]}

Kind regards,
Meta Content Response Team

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:00
To: Meta Content Response
Subject: {subj("KCSC-240905-03")}

{request_text("KCSC-240905-03")}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta agent reply from Outlook over the unprefixed original (underscore separator)",
    why="statement above each URL: one removed, one unavailable in Korea; the original below is ours",
    items={META[1]: "removed", META[3]: "restricted"},
)

case(
    name="tiktok-statement-of-reasons",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 09:09:41 +0000",
    subject="Statement of reasons - KCSC-240906-04",
    body=f"""
Statement of reasons

Reference: KCSC-240906-04
TikTok case ID: 7411552019983

Content: {TT[0]}
Decision: The video was removed from TikTok.
Basis: Violation of our Community Guidelines (sexual exploitation and
gender-based violence).
Automated detection used: No. Automated decision: No.

Content: {TT[1]}
Decision: Access to the video was restricted in South Korea.
Basis: Illegal content under the law of the Republic of Korea.
Automated detection used: No. Automated decision: No.

Redress: you may contest this decision through our appeals process at
https://www.tiktok.com/legal/report/feedback

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons (content / decision / basis blocks)",
    why="one video removed, one restricted in South Korea",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

case(
    name="tiktok-report-result-mixed",
    **{"from": "trust-safety@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Tue, 10 Sep 2024 02:18:26 +0000",
    subject="Your report: result",
    body=f"""
Hi there,

Thanks for your report. We've finished reviewing the videos you sent us under
KCSC-240906-04.

Reported video: {TT[1]}
Result: Removed for violating our Community Guidelines

Reported video: {TT[2]}
Result: No violation found. After review this video does not go against our
Community Guidelines, so it will stay up.

Thank you for helping keep TikTok safe.
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-result notice echoing each reported video",
    why="thank-you phrase plus unhedged results: one removed, one left up (no violation)",
    items={TT[1]: "removed", TT[2]: "rejected"},
)

tt_b64_body = f"""Dear Sir/Madam,

Re: KCSC-240906-04

In accordance with the laws of the Republic of Korea, the following videos are
no longer available to viewers located in South Korea:

{TT[0]}
{TT[2]}

The videos remain visible in other regions.

Sincerely,
TikTok Law Enforcement Outreach
"""
case(
    name="tiktok-base64-geo-restricted",
    **{"from": "leo-outreach@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Thu, 12 Sep 2024 04:40:19 +0000",
    subject="KCSC-240906-04",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(tt_b64_body) + "\n",
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law restriction notice, base64 body, URLs below the statement",
    why="both listed videos unavailable in South Korea only (restricted)",
    items={TT[0]: "restricted", TT[2]: "restricted"},
)

case(
    name="tiktok-html-list",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 07:07:07 +0000",
    subject="Your request KCSC-240906-04 has been resolved",
    type="html",
    body=f"""
<!DOCTYPE html>
<html><body>
<p>Hello,</p>
<p>We have completed our review of your request <b>KCSC-240906-04</b>.</p>
<ul>
<li><a href="{TT[0]}">{TT[0]}</a> &mdash; <b>Removed</b></li>
<li><a href="{TT[1]}">{TT[1]}</a> &mdash; <b>Removed</b></li>
<li><a href="{TT[2]}">{TT[2]}</a> &mdash; <b>Not found</b>: this video no longer exists on TikTok.</li>
</ul>
<p>See our <a href="https://www.tiktok.com/community-guidelines/en/">Community Guidelines</a> for more information.</p>
<p>TikTok Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok HTML resolution notice with a bulleted list",
    why="two removed, one not found; the Community Guidelines link is not an item",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "not_found"},
)

case(
    name="reddit-removed-list",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 18:22:50 +0000",
    subject="Re: " + subj("KCSC-240909-05"),
    reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
Hello,

Thanks for your notice (KCSC-240909-05). Reddit's Safety team has reviewed the
posts you reported and has removed the following from Reddit for violating our
Content Policy on non-consensual intimate media:

- {RD[0]}
- {RD[1]}

In addition, the community r/kpopdeepfakes_kr has been banned.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin removal reply listing each post",
    why="both posts named and removed",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-outlook-original-message",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal Operations",
    date="Thu, 12 Sep 2024 16:03:29 +0000",
    subject="RE: " + subj("KCSC-240909-05"),
    reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
Hi,

{RD[0]} - the post was deleted by its author before our team could review it,
so there is nothing left on Reddit for us to remove.

{RD[1]} - this post has been geo-restricted and is no longer viewable from
South Korea.

Best,
Reddit Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: legal@reddit.com
Subject: {subj("KCSC-240909-05")}

{request_text("KCSC-240909-05")}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply over an Outlook '-----Original Message-----' quote",
    why="one post deleted by its author (not_found), one geo-restricted in Korea",
    items={RD[0]: "not_found", RD[1]: "restricted"},
)

case(
    name="tg-blocked-and-invalid-link",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 13:45:00 +0000",
    subject="Re: " + subj("KCSC-240910-06"),
    reply_to_req=req_id("KCSC-240910-06"),
    body=f"""
Hello,

Case #4471920 - KCSC-240910-06

Thank you for your report. The following messages have been blocked:
{TG[0]}
{TG[1]}

The link {TG[2]} is invalid: there is no such message in that channel.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="two messages blocked (removed), one link invalid (not_found)",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"},
)

case(
    name="tg-unavailable-in-korea",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Thu, 12 Sep 2024 09:30:12 +0000",
    subject="Re: " + subj("KCSC-240910-06"),
    reply_to_req=req_id("KCSC-240910-06"),
    body=f"""
Hi,

Regarding KCSC-240910-06: the channel post {TG[2]} has been made unavailable
for users in South Korea.

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram short reply: country restriction of one post",
    why="one named post made unavailable in Korea only (restricted); the others are not mentioned",
    items={TG[2]: "restricted"},
)

case(
    name="tg-terse-dash-list",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 20:11:38 +0000",
    subject="Re: " + subj("KCSC-240910-06"),
    reply_to_req=req_id("KCSC-240910-06"),
    body=f"""
Done.

{TG[0]} \u2014 removed
{TG[1]} \u2014 removed

Case #4471920
""",
    outcome="applied", classification="confirmation",
    imitates="terse Telegram abuse-desk reply, URL and status on one line",
    why="each URL followed by 'removed'",
    items={TG[0]: "removed", TG[1]: "removed"},
)

case(
    name="discord-all-reported-one-item",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Thu, 12 Sep 2024 22:15:44 +0000",
    subject="Re: " + subj("KCSC-240911-07"),
    reply_to_req=req_id("KCSC-240911-07"),
    body="""
Hello,

Thank you for your report (your reference KCSC-240911-07). Our Safety team
reviewed it and we have removed all of the reported content from Discord. The
server has been deleted and its owner's account has been disabled.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety closing reply",
    why="'all of the reported content' removed, for a request of one item: applies to that item",
    items={DC[0]: "removed"},
)

case(
    name="discord-angle-no-violation",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Fri, 13 Sep 2024 17:58:02 +0000",
    subject="Re: " + subj("KCSC-240911-07"),
    reply_to_req=req_id("KCSC-240911-07"),
    body="""
Hi there,

We've looked into the server reached through the invite
<https://discord.gg/hX4pQ2wNv>. We did not find any violation of our Community
Guidelines or Terms of Service, so we have not taken action against it.

If you have further evidence, you can send it to us through
<https://dis.gd/request>.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord report outcome: no violation found",
    why="no violation found, no action: rejected; the request form link is not an item",
    items={DC[0]: "rejected"},
)

# ======================= REVIEW =======================

case(
    name="x-promise-will-withhold",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 03:02:11 +0000",
    subject="Re: " + subj("KCSC-240903-01"),
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

We have received your legal request KCSC-240903-01 and it has been assigned to
our team.

Based on an initial assessment, the posts {X[0]} and
{X[1]} will be withheld in South Korea once our legal
review is complete. We will confirm the final action to you by email.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a future withholding",
    why="only a promise ('will be withheld once ... complete'): items stay pending",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="yt-hedge-may-have-been",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Sun, 08 Sep 2024 02:40:55 +0000",
    subject="Re: [1-5533000040127] Your legal request",
    body=f"""
Hi,

Quick update on KCSC-240904-02. It looks like {YT[1]} may already
have been taken down by the uploader, although our tools still show it as
processing. Our team is still reviewing the other URLs in your request and we'll
be in touch once we have an outcome.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim update",
    why="a hedge ('looks like ... may already have been') and 'still reviewing': nothing stated",
    items={YT[1]: "pending"},
)

case(
    name="meta-bulk-all-actioned",
    **{"from": "government-requests@meta.com"}, name_from="Meta Government Requests",
    date="Thu, 12 Sep 2024 11:36:20 +0000",
    subject="Re: " + subj("KCSC-240905-03"),
    reply_to_req=req_id("KCSC-240905-03"),
    body="""
Dear KCSC,

We've reviewed the content you reported in request KCSC-240905-03 and have
removed all of it in accordance with our Community Standards and local law.

Meta Government Requests Team
""",
    outcome="review", review="bulk",
    imitates="Meta one-line closing reply covering a whole request",
    why="'removed all of it' for a five-item request, no item named: bulk",
    items={META[0]: "pending", META[1]: "pending", META[2]: "pending", META[3]: "pending", META[4]: "pending"},
)

case(
    name="yt-bulk-all-videos-removed",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Fri, 13 Sep 2024 05:25:16 +0000",
    subject="Update on legal request KCSC-240904-02",
    body="""
Hello,

We're writing to let you know that all of the videos listed in your legal
request KCSC-240904-02 have been removed from YouTube.

Thank you,
The YouTube Team
""",
    outcome="review", review="bulk",
    imitates="YouTube short outcome notice for a whole request",
    why="'all of the videos listed' removed, four-item request, none named: bulk",
    items={YT[0]: "pending", YT[1]: "pending", YT[2]: "pending", YT[3]: "pending"},
)

case(
    name="tiktok-auth-fail",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    auth="fail",
    date="Wed, 11 Sep 2024 19:49:33 +0000",
    subject="Your request KCSC-240906-04 has been resolved",
    body=f"""
Hello,

We have completed our review of your request KCSC-240906-04.

{TT[0]} - Removed
{TT[1]} - Removed

TikTok Legal
""",
    outcome="review", review="untrusted",
    imitates="TikTok resolution notice whose DKIM/SPF/DMARC fail",
    why="clear statements, but from tiktok.com failing authentication",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="x-lookalike-domain",
    **{"from": "legal@x-legalsupport.com"}, name_from="X Legal Support",
    date="Mon, 09 Sep 2024 15:14:27 +0000",
    subject="Request KCSC-240903-01 processed",
    body=f"""
Dear KCSC,

Your request KCSC-240903-01 has been processed. The following posts have been
removed:

{X[8]}
{X[9]}

X Legal Support
""",
    outcome="review", review="unknown_sender",
    imitates="X-styled outcome from a look-alike domain that is not X's",
    why="x-legalsupport.com is not a platform domain",
    items={X[8]: "pending", X[9]: "pending"},
)

case(
    name="pinterest-wrong-platform",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Tue, 10 Sep 2024 21:07:45 +0000",
    subject="Re: your takedown notice",
    body=f"""
Hello,

We received your notice concerning {X[7]}.

This URL doesn't point to content hosted on Pinterest, so we could not locate
it on our service and can't take any action on it. You may wish to contact
the service that hosts it.

Pinterest Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Pinterest 'not our content' reply",
    why="Pinterest states it cannot locate an X post: not Pinterest's item",
    items={X[7]: "pending"},
)

case(
    name="snap-no-claims",
    **{"from": "trustandsafety@snap.com"}, name_from="Snap Trust & Safety",
    date="Fri, 13 Sep 2024 23:30:05 +0000",
    subject="Your message to Snap",
    body="""
Hello,

Thanks for your message to Snap's Trust & Safety team. We've looked into the
accounts raised in your letter and taken the appropriate steps under our
Community Guidelines.

Please don't hesitate to contact us if further concerns arise.

Snap Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Snap Trust & Safety generic closing reply",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="reddit-asks-for-legal-basis",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 17:41:12 +0000",
    subject="Re: " + subj("KCSC-240909-05"),
    reply_to_req=req_id("KCSC-240909-05"),
    body="""
Hello,

Before we can act on KCSC-240909-05, could you please provide:

1. the specific provision of Korean law that the content is said to violate;
2. a copy of the decision or order, if there is one;
3. a short explanation of why each reported post is unlawful.

Once we receive this we will review your request again.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for more information",
    why="asks for the legal basis before acting; no status stated",
    items={},
)

case(
    name="discord-forwarded-by-colleague",
    **{"from": "jiyoon.kim@kcsc.example"}, name_from="Kim Jiyoon",
    date="Fri, 13 Sep 2024 01:20:00 +0000",
    subject="Fwd: Re: Report KCSC-240911-07",
    body="""
FYI - Discord answered in my mailbox instead of the shared one, forwarding so
it gets logged.

Jiyoon

---------- Forwarded message ---------
From: Discord Safety <safety@discord.com>
Date: Fri, Sep 13, 2024 at 9:12 AM
Subject: Re: Report KCSC-240911-07
To: Kim Jiyoon <jiyoon.kim@kcsc.example>

Hello,

Thanks for your report. We've removed the server that the invite
https://discord.gg/hX4pQ2wNv led to.

Discord Trust & Safety
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="staff member forwarding a platform reply (Gmail forward)",
    why="the statement is Discord's, but it reaches us forwarded by a colleague, unauthenticated",
    items={DC[0]: "pending"},
)

case(
    name="x-conflicting-action-and-note",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 10:10:10 +0000",
    subject="Case update: KCSC-240903-01",
    body=f"""
Case: KCSC-240903-01

Post: {X[2]}
Action: Withheld in KR

Reviewer note: after review we found that this post does not violate the X
Rules or Korean law, and no action has been taken on it.

X Legal
""",
    outcome="review", review="conflicting_statements",
    imitates="X case update whose action field and reviewer note disagree",
    why="'Withheld in KR' and 'no action has been taken' about the same post",
    items={X[2]: "pending"},
)

case(
    name="tg-conditional-block",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 03:03:33 +0000",
    subject="Re: " + subj("KCSC-240910-06"),
    reply_to_req=req_id("KCSC-240910-06"),
    body=f"""
Hello,

Case #4471955. We've contacted the administrators of the channel. If
{TG[0]} and {TG[1]} are not removed by the
channel owner within 24 hours, we will block them.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply with a conditional block",
    why="a condition and a promise, no statement of what happened",
    items={TG[0]: "pending", TG[1]: "pending"},
)

# ======================= IGNORED =======================

case(
    name="meta-out-of-office",
    **{"from": "jihopark@meta.com"}, name_from="Jiho Park",
    date="Thu, 05 Sep 2024 01:00:41 +0000",
    subject="Automatic reply: " + subj("KCSC-240905-03"),
    reply_to_req=req_id("KCSC-240905-03"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent government requests, please use the Meta
law enforcement online request system; your message will not be forwarded.

Jiho Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a Meta employee",
    why="out-of-office auto-reply",
    items={},
)

dsn_original = request_text("KCSC-240903-01")
case(
    name="x-dsn-bounce",
    **{"from": "MAILER-DAEMON@kcsc.example"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 01:00:07 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b820-dsn"

--b820-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@x.com>: host mx1.x.com[198.51.100.61] said: 550 5.1.1
    <legal-kr@x.com>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)

--b820-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4WzK7D1Q2Bz9rx
Arrival-Date: Tue,  3 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; legal-kr@x.com
Original-Recipient: rfc822;legal-kr@x.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.x.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@x.com>: Recipient address rejected:
    User unknown

--b820-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x.com
Subject: {subj("KCSC-240903-01")}
Date: Tue, 3 Sep 2024 10:00:00 +0900
Message-ID: <req-240903-01@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

{dsn_original}

--b820-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="a bounce carrying our own request; nothing from X",
    items={},
)

case(
    name="tiktok-read-receipt",
    **{"from": "hyein.lee@tiktok.com"}, name_from="Hyein Lee",
    date="Fri, 06 Sep 2024 06:41:15 +0000",
    subject="Read: " + subj("KCSC-240906-04"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b820-mdn"

--b820-mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@tiktok.com
  Subject: {subj("KCSC-240906-04")}
  Sent: Friday, September 6, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 3:41:15 PM (UTC+09:00) Seoul.

--b820-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@tiktok.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b820-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="yt-ticket-receipt",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    date="Wed, 04 Sep 2024 01:02:58 +0000",
    subject="[1-5533000040127] We received your legal request",
    body="""
Hello,

Thank you for contacting Google. We have received your legal request
(your reference KCSC-240904-02) about content on YouTube.

Your case number is 1-5533000040127. Please keep it in the subject line of
any reply. We'll get back to you once we have reviewed your request.

This is an automated message.
Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal request receipt with case number",
    why="pure acknowledgement of receipt",
    items={},
)

case(
    name="twitch-ticket-autoresponse",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    date="Thu, 12 Sep 2024 12:00:30 +0000",
    subject="[Twitch Support] Request received - #41237751",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Hello,

This is an automated response to let you know that we've received your email.
A support ticket (#41237751) has been created and a member of our team will
reply as soon as possible.

Twitch Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket autoresponse (Twitch support)",
    why="ticket created, nothing else",
    items={},
)

case(
    name="reddit-out-of-office-quoted",
    **{"from": "m.alvarez@reddit.com"}, name_from="Maria Alvarez",
    date="Mon, 09 Sep 2024 01:00:52 +0000",
    subject="Out of Office Re: " + subj("KCSC-240909-05"),
    reply_to_req=req_id("KCSC-240909-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Hi, I'm away until Monday, September 16 and will have limited access to email.
Legal requests are handled by legal@reddit.com in the meantime.

Maria

{gmail_quote("KCSC-240909-05")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder quoting the original request",
    why="out-of-office auto-reply; the URLs are only in our quoted request",
    items={},
)


HEADER = """# Blind set 820: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).
# Generated by make.py; expected results written from each email's meaning
# before the reader was run on any of them. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    n = {}
    for c in cases:
        n[c["outcome"]] = n.get(c["outcome"], 0) + 1
    print(len(cases), "cases", n)
