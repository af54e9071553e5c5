#!/usr/bin/env python3
"""Blind set 274: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Pinterest, plus Twitch and Snapchat as senders).

Written from public descriptions of help-centre outcome templates, DSA
statements of reasons, legal-removal decisions, ticket receipts, DSNs, MDNs
and out-of-office replies, in our own sentences, with fictional URLs, names
and ids. Expected results come from each email's meaning alone, written
before any run of the reader.

    python3 tests/corpus/blind274/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
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

# ---------------------------------------------------------------- requests
X1 = "https://x.com/candy_delivery24/status/1830456712093311042"
X2 = "https://x.com/candy_delivery24/status/1830459023378821120"
X3 = "https://x.com/seoul_night_shop/status/1829987465501224961"
X4 = "https://x.com/seoul_night_shop/status/1830002217764409344"
X5 = "https://x.com/mintleaf_kr/status/1830220198457712650"
X6 = "https://x.com/mintleaf_kr/status/1830287761100928003"
X7 = "https://x.com/gangnam_ice77/status/1830315590027661317"
X8 = "https://x.com/gangnam_ice77"
X9 = "https://x.com/busan_crystal/status/1830398874120044545"
X10 = "https://x.com/busan_crystal/status/1830401123784556032"
X11 = "https://x.com/t_bottle_shop/status/1830422096610705408"
X12 = "https://twitter.com/t_bottle_shop/status/1830433187722240011"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Rk7pQz2LmXa"
Y2 = "https://www.youtube.com/watch?v=b9TfWq3nE0s"
Y3 = "https://www.youtube.com/shorts/Hn4vKx8yTqE"
Y4 = "https://www.youtube.com/@luckyspin_tv"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/2841730559901234/posts/3011458827765432/"
M2 = "https://www.facebook.com/profile.php?id=100089231456781"
M3 = "https://www.instagram.com/p/C_k2Lm8yQzR/"
M4 = "https://www.instagram.com/reel/C_n7Xp4sWbT/"
M5 = "https://www.instagram.com/jackpot.kr.vip/"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@nightcam.kr/video/7410238845512019211"
T2 = "https://www.tiktok.com/@nightcam.kr/video/7410977302284458245"
T3 = "https://www.tiktok.com/@pinkroom_live"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/koreaexposed/comments/1f9qk3z/leaked_contact_list_from_seongsu_office/"
R2 = "https://www.reddit.com/user/throwaway_leaks_kr/comments/1fa0b7m/part_two/"
RS = [R1, R2]

D1 = "https://discord.com/channels/1187734456120098816/1187734457898475520/1282209934510653521"

P1 = "https://www.pinterest.com/pin/845902117893412563/"
P2 = "https://kr.pinterest.com/pin/1060527749321180044/"
PS = [P1, P2]

REQUESTS = [
    # ref, platform, sent, due, category, urls
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal drug sales", XS),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal gambling", YS),
    ("KCSC-240904-03", "meta", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "illegal gambling", MS),
    ("KCSC-240905-04", "tiktok", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscene content", TS),
    ("KCSC-240906-05", "reddit", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "privacy violation", RS),
    ("KCSC-240909-06", "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "illegal gambling", [D1]),
    ("KCSC-240911-07", "pinterest", "2024-09-11T15:20:00+09:00", "2024-09-18T18:00:00+09:00",
     "obscene content", PS),
]
REQ = {r[0]: r for r in REQUESTS}


def msgid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", ""])


def request_text(ref):
    """The regulator's own request, as it is quoted back in replies."""
    _, plat, sent, due, cat, urls = REQ[ref]
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission (KCSC) requests the removal",
        f"of, or the blocking of access from Korea to, the content listed below",
        f"({cat}), under Article 44-7 of the Information and Communications Network Act.",
        "",
        f"Our reference: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk", "takedown@kcsc.example"]
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def alt(plain, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(plain.strip())}\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(html.strip())}\n"
        f"--{boundary}--\n"
    )


CASES = []


def case(**kw):
    CASES.append(kw)


# =============================================================== X (12 items)

case(
    name="x-legal-outcome-bulleted",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 09:22:10 +0000",
    subject="Re: [KCSC-240902-01] Removal request - illegal drug sales",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request of 2 September 2024 (your reference
KCSC-240902-01). We reviewed the reported posts against the X Rules and
against the local law you cited. Our decisions on the first four posts in
your list are as follows:

- {X1} : withheld in South Korea
- {X2} : withheld in South Korea
- {X3} : removed for violating our policy on illegal or certain regulated goods and services
- {X4} : no action taken. We did not find that this post breaks the X Rules, and the report did not show how it is unlawful in Korea.

We are still working on the remaining posts and will write to you again.

More about content withheld by country:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content / removed under the X Rules / no action)",
    why="four posts each given its own outcome in a bulleted list; the rest are promised later and stay pending",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "rejected"},
)

case(
    name="x-account-suspended",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 02:10:44 +0000",
    subject="Re: [KCSC-240902-01] @gangnam_ice77",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hi KCSC team,

Following your report, the account {X8} has been permanently
suspended for repeated violations of the X Rules on the sale of illegal
drugs. The profile now shows an "Account suspended" notice to every visitor.

Best,
Mina
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X reply that an account was permanently suspended",
    why="a permanently suspended account is disabled everywhere: removed; its posts are not named and stay untouched",
    items={X8: "removed"},
)

case(
    name="x-url-then-status-line",
    **{"from": "legal-support@x.com"}, name_from="X Safety",
    date="Fri, 06 Sep 2024 07:45:00 +0000",
    subject="Update on your X legal request KCSC-240902-01",
    body=f"""
Hello KCSC team,

Here is an update on some of the posts you reported.

{X9}
Status: Withheld in KR

{X10}
Status: Removed (violation of the X Rules)

{X11}
Status: No violation found - the post remains available

Thank you,
X Safety - Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations status summary, one URL per block with the status on the next line",
    why="each bare URL is followed by its own status line",
    items={X9: "restricted", X10: "removed", X11: "rejected"},
)

_x_table_plain = f"""
Hello,

We have completed our review of the following posts reported under
KCSC-240902-01.

Reported URL: {X5}
Decision: Content removed
Scope: Global

Reported URL: {X6}
Decision: Withheld
Scope: South Korea

Reported URL: {X7}
Decision: Unable to locate - the post had already been deleted by the account holder
Scope: -

X Legal
"""
_x_table_html = f"""
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of the following posts reported under KCSC-240902-01.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Scope</th></tr>
<tr><td><a href="{X5}">{X5}</a></td><td>Content removed</td><td>Global</td></tr>
<tr><td><a href="{X6}">{X6}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X7}">{X7}</a></td><td>Unable to locate - the post had already been deleted by the account holder</td><td>-</td></tr>
</table>
<p>X Legal</p>
</body></html>
"""
case(
    name="x-html-table-decisions",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 03:05:19 +0000",
    subject="KCSC-240902-01: decisions",
    raw_mime=alt(_x_table_plain, _x_table_html, "b274-xtable"),
    outcome="applied", classification="confirmation",
    imitates="X legal decision summary sent as multipart/alternative with an HTML table",
    why="table rows: removed globally, withheld in Korea, already deleted by its author",
    items={X5: "removed", X6: "restricted", X7: "not_found"},
)

_x_qp_text = f"""Hi,

The post {X12} is now withheld in South Korea in response to your legal demand.

Kind regards,
Daniel
X Global Legal Policy

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text("KCSC-240902-01"))}
"""
case(
    name="x-qp-toppost-over-quoted-request",
    **{"from": "daniel.reyes@x.com"}, name_from="Daniel Reyes",
    date="Tue, 10 Sep 2024 16:31:02 +0000",
    subject="Re: KCSC-240902-01 Request for removal (illegal drug sales)",
    reply_to_req=msgid("KCSC-240902-01"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(_x_qp_text),
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from an X legal staffer above the quoted request (quoted-printable)",
    why="only the top line is the platform's statement; the 12 URLs quoted with '>' below are our own request",
    items={X12: "restricted", **{u: "pending" for u in XS if u != X12}},
)

case(
    name="x-kr-staff-mixed-language",
    **{"from": "hyejin.park@x.com"}, name_from="Hyejin Park",
    date="Wed, 11 Sep 2024 05:12:40 +0000",
    subject="RE: KCSC-240902-01",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Dear KCSC,

Two further results on your request:

The post {X5} was removed globally for violating the X Rules.

{X7}은 한국 내에서 접근이 제한되었습니다.
(The above post has been withheld in Korea.)

Thanks,
Hyejin Park | Public Policy, X Korea
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea staff reply in English with one Korean sentence (URL followed by a Korean particle)",
    why="one post removed globally, one withheld in Korea (Korean 접근이 제한 = restricted), the URL glued to the particle 은",
    items={X5: "removed", X7: "restricted"},
)

_x_outlook = f"""
Hello,

Both posts from @candy_delivery24 listed below were removed for violating
our policy on illegal goods and services:

{X1}
{X2}

The other posts in your request are still under review.

Regards,
Sofia Lindqvist
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240902-01 Request for removal (illegal drug sales)

{request_text("KCSC-240902-01")}
"""
case(
    name="x-outlook-original-message",
    **{"from": "sofia.lindqvist@x.com"}, name_from="Sofia Lindqvist",
    date="Thu, 12 Sep 2024 08:40:12 +0000",
    subject="RE: KCSC-240902-01 Request for removal (illegal drug sales)",
    reply_to_req=msgid("KCSC-240902-01"),
    body=_x_outlook,
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request pasted below '-----Original Message-----'",
    why="two URLs under a removal statement; the original request below the separator is our own text",
    items={X1: "removed", X2: "removed", **{u: "pending" for u in XS if u not in (X1, X2)}},
)

case(
    name="x-one-sentence-two-statuses",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 01:02:33 +0000",
    subject="Re: [KCSC-240902-01] follow-up",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

We have withheld {X6} in South Korea, and
{X10} has been removed from X for violating our rules.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="short X legal follow-up giving two outcomes in one sentence",
    why="each URL has its own clause: withheld in Korea, removed",
    items={X6: "restricted", X10: "removed"},
)

# X review / ignored

case(
    name="x-promise-will-withhold",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 22:15:00 +0000",
    subject="Re: [KCSC-240902-01] Removal request - illegal drug sales",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your patience. Based on our initial assessment, the posts
{X4} and
{X11}
will be withheld in South Korea once our legal review has been completed.
We will confirm the final action by email.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a future country withholding",
    why="a promise conditional on a review still running: no status yet, but requested items are named",
    items={X4: "pending", X11: "pending"},
)

case(
    name="x-auth-fail-spoof",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Sat, 07 Sep 2024 11:11:11 +0000",
    subject="Re: [KCSC-240902-01] Completed",
    body=f"""
Hello,

The following posts have been removed from X:

{X1}
{X2}
{X3}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X-style removal confirmation whose DKIM/SPF/DMARC fail",
    why="the From domain is X's but authentication fails, so nothing may change",
    items={X1: "pending", X2: "pending", X3: "pending"},
)

case(
    name="x-case-created-receipt",
    **{"from": "noreply@x.com"}, name_from="X Legal Requests",
    date="Mon, 02 Sep 2024 01:03:27 +0000",
    subject="We received your legal request [Case# 0198374652]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for contacting X.

This message confirms that we have received your legal request (your
reference KCSC-240902-01). Case number 0198374652 has been created for it.
Please keep this number in the subject line of any further correspondence.

Requests are processed in the order they are received. We will respond
after our team has reviewed your submission.

This mailbox is not monitored.
X Legal Requests
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request submission receipt with a case number",
    why="pure receipt: a case number and a promise to review, no statement about any post",
    items={},
)

# ========================================================= YouTube (4 items)

case(
    name="yt-legal-removal-decision",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Fri, 06 Sep 2024 04:20:00 +0000",
    subject="[KCSC-240903-02] Your legal removal request - decision",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello,

Thanks for reaching out to us. We have reviewed the content identified in
your request KCSC-240903-02 and have reached the following decisions.

Content URL: {Y1}
Outcome: We have removed this video from YouTube because it violates our
Community Guidelines.

Content URL: {Y2}
Outcome: We have blocked this video from being viewed in South Korea based
on local law.

Content URL: {Y3}
Outcome: We have decided not to take action on this Short. It does not
violate our policies, and we did not find a sufficient legal basis to
restrict it in your country.

You can learn more about how we handle legal removal requests at
https://support.google.com/legal/answer/3110420

Regards,
The Google Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removal request decision (removed / blocked in country / no action)",
    why="three labelled blocks, one outcome each; the help link is not an item",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
)

case(
    name="yt-actioned-phrase",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date="Sat, 07 Sep 2024 13:00:00 +0000",
    subject="Update on your request KCSC-240903-02",
    body=f"""
Hi there,

Thank you for your report. After review, the following content has been
actioned under our policies:

{Y4}

For more information about our Community Guidelines, visit
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report outcome template ('has been actioned under our policies')",
    why="the configured removal phrase for YouTube, followed by the channel URL on the next line",
    items={Y4: "removed"},
)

case(
    name="yt-age-restriction-and-uploader-removed",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 06:33:10 +0000",
    subject="Re: [KCSC-240903-02] follow-up on remaining items",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello again,

A short follow-up on two items from your request:

* {Y3} - after a second review this Short has been age-restricted. It can
  no longer be viewed by signed-out users or by users under 18.
* {Y2} - this video is no longer available on YouTube; it was deleted by
  the uploader before our review was completed, so no action was needed
  on our side.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support follow-up (age restriction, video deleted by uploader)",
    why="age-restricted is restricted; deleted by its uploader is not_found",
    items={Y3: "restricted", Y2: "not_found"},
)

_yt_b64 = f"""Hello,

This is an update regarding your request KCSC-240903-02.

The channel {Y4} has been terminated for severe
violations of YouTube's policy on spam, deceptive practices and scams.

The video {Y1} was uploaded to that channel and has been removed together
with it.

Sincerely,
YouTube Trust & Safety
"""
case(
    name="yt-base64-channel-terminated",
    **{"from": "yt-trustandsafety@youtube.com"}, name_from="YouTube Trust & Safety",
    date="Tue, 10 Sep 2024 02:44:00 +0000",
    subject="Channel termination - KCSC-240903-02",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(_yt_b64),
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice sent with a base64 body",
    why="channel terminated and its named video removed with it",
    items={Y4: "removed", Y1: "removed"},
)

case(
    name="yt-under-review",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Wed, 04 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240903-02] Your legal removal request",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello,

We wanted to let you know that the videos
{Y1}
{Y2}
are currently under review by our legal team. We expect to complete our
review within five business days and will update you then.

Regards,
Google Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Google legal 'your request is under review' update naming the videos",
    why="'under review' is no statement; requested videos are named, so a person should read it",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="yt-asks-more-court-order",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 03:15:42 +0000",
    subject="Re: [KCSC-240903-02] Additional information needed",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello,

Before we can take a decision on the following videos, we need more
information from you:

{Y1}
{Y2}

1. The exact timestamps at which the content you consider unlawful appears.
2. The specific provision of Korean law that each video is said to violate.
3. A copy of any decision by a court or an administrative body about this
   content, if one exists.

Please reply to this email with the above. Until we receive it we cannot
proceed with your request.

Regards,
Google Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal request for additional information (timestamps, legal basis, court order)",
    why="the platform asks us for documents before deciding; no status",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="yt-ooo-legal-kr",
    **{"from": "jiwon.seo@google.com"}, name_from="Jiwon Seo",
    date="Tue, 03 Sep 2024 01:40:00 +0000",
    subject="Automatic reply: KCSC-240903-02 Request for removal (illegal gambling)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email. For urgent legal matters concerning YouTube in
Korea, please write to legal-kr@google.com and a colleague will help you.

Jiwon Seo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office automatic reply from a Google legal staffer",
    why="out-of-office auto-reply",
    items={},
)

# ============================================================ Meta (5 items)

case(
    name="meta-report-outcome-facebook",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Thu, 05 Sep 2024 10:02:00 +0000",
    subject="We reviewed the content you reported (KCSC-240904-03)",
    body=f"""
Hi KCSC Takedown Desk,

We've finished reviewing the content you reported in KCSC-240904-03.

We removed this post because it goes against our Community Standards on
restricted goods and services:
{M1}

Based on local law, we restricted access in South Korea to this profile:
{M2}

Thanks for helping keep Facebook safe.

The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook report outcome ('We removed this post', 'restricted access based on local law')",
    why="each URL stands on the line below its own statement",
    items={M1: "removed", M2: "restricted"},
)

case(
    name="meta-instagram-local-law",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Fri, 06 Sep 2024 12:20:00 +0000",
    subject="Your report to Instagram (KCSC-240904-03)",
    body=f"""
Hi,

Thanks for your report. We reviewed the content under the local laws of
South Korea.

- {M3} - access restricted in South Korea
- {M4} - access restricted in South Korea
- {M5} - we couldn't find this account. The link you sent does not lead to
  an active Instagram account.

If you believe we made a mistake, visit https://help.instagram.com/ to learn more.

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram content restriction based on local law notice",
    why="two posts restricted in Korea, an account that cannot be found",
    items={M3: "restricted", M4: "restricted", M5: "not_found"},
)

_meta_csv_rows = [
    ["url", "action", "details"],
    [M1, "Removed", "Community Standards - restricted goods and services"],
    [M2, "Restricted (KR)", "Restricted in South Korea based on local law"],
    [M3, "No violation", "Content left up; no breach of Community Standards or local law found"],
    [M4, "Removed", "Community Standards - restricted goods and services"],
    [M5, "Not found", "Account does not exist"],
]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(_meta_csv_rows)
case(
    name="meta-csv-attachment",
    **{"from": "records@meta.com"}, name_from='"Meta Platforms, Inc."',
    date="Mon, 09 Sep 2024 09:45:00 +0000",
    subject="KCSC-240904-03 - outcome of your request",
    reply_to_req=msgid("KCSC-240904-03"),
    raw_mime='Content-Type: multipart/mixed; boundary="b274-metacsv"\n\n'
    "--b274-metacsv\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Hello,\n\n"
    "Please find attached the outcome for each URL in your request KCSC-240904-03.\n\n"
    "Meta Law Enforcement Response Team\n"
    "--b274-metacsv\n"
    'Content-Type: text/csv; charset=utf-8; name="KCSC-240904-03_outcome.csv"\n'
    'Content-Disposition: attachment; filename="KCSC-240904-03_outcome.csv"\n'
    "Content-Transfer-Encoding: base64\n\n"
    + b64(_buf.getvalue()) + "\n"
    "--b274-metacsv--\n",
    outcome="applied", classification="confirmation",
    imitates="Meta law-enforcement response team reply with a per-URL CSV attachment",
    why="CSV rows give each of the five URLs its own action",
    items={M1: "removed", M2: "restricted", M3: "rejected", M4: "removed", M5: "not_found"},
)

case(
    name="meta-statement-then-urls",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta",
    date="Tue, 10 Sep 2024 07:07:07 +0000",
    subject="Update on KCSC-240904-03",
    body=f"""
Hello,

The following post was removed from Facebook:
{M1}

The following Instagram content is now unavailable in South Korea:
{M3}
{M4}

The remaining URLs in your request are still being assessed.

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta update listing URLs under a heading statement",
    why="URLs on the lines below their heading: one removed, two restricted in Korea; the rest still pending",
    items={M1: "removed", M3: "restricted", M4: "restricted"},
)

case(
    name="meta-hedge-appears-removed",
    **{"from": "records@meta.com"}, name_from='"Meta Platforms, Inc."',
    date="Thu, 05 Sep 2024 15:30:00 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
Hello,

It appears that the post {M1} is no longer available on Facebook. It may
have been removed by the person who shared it. We are checking whether any
further action is required for the other URLs.

Meta Law Enforcement Response Team
""",
    outcome="review", review="not_understood",
    imitates="Meta law-enforcement team hedged reply ('it appears', 'may have been removed')",
    why="only hedges about the named post: no statement, so a person decides",
    items={M1: "pending"},
)

case(
    name="meta-vendor-desk-unknown-sender",
    **{"from": "escalations@meta-trustdesk.net"}, name_from="Meta Content Escalations",
    date="Wed, 11 Sep 2024 04:04:00 +0000",
    subject="KCSC-240904-03 actioned",
    body=f"""
Hello,

On behalf of Meta, we confirm the following content has been removed:

{M2}
{M5}

Content Escalations Desk
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced escalation desk writing 'on behalf of' a platform from its own domain",
    why="the sender domain belongs to no configured platform, whatever the email says",
    items={M2: "pending", M5: "pending"},
)

_meta_dsn_original = (
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: ip-legal-kr@meta.com\n"
    "Subject: KCSC-240904-03 Request for removal (illegal gambling)\n"
    "Date: Wed, 04 Sep 2024 11:00:00 +0900\n"
    "Message-ID: <req.KCSC-240904-03@kcsc.example>\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    + request_text("KCSC-240904-03") + "\n"
)
case(
    name="meta-dsn-bounce",
    **{"from": "mailer-daemon@meta.com"}, name_from="Mail Delivery Subsystem",
    date="Wed, 04 Sep 2024 02:00:31 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime='Content-Type: multipart/report; report-type=delivery-status; boundary="b274-dsn"\n\n'
    "--b274-dsn\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "This is the mail system at host mx2.meta.com.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients.\n\n"
    "<ip-legal-kr@meta.com>: host mx2.meta.com said: 550 5.1.1 User unknown\n"
    "--b274-dsn\n"
    "Content-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; mx2.meta.com\n"
    "Arrival-Date: Wed, 04 Sep 2024 02:00:29 +0000\n\n"
    "Final-Recipient: rfc822; ip-legal-kr@meta.com\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n"
    "--b274-dsn\n"
    "Content-Type: message/rfc822\n\n"
    + _meta_dsn_original +
    "--b274-dsn--\n",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning the request to a wrong address",
    why="a bounce carrying our own request; the URLs inside are ours",
    items={u: "pending" for u in MS},
)

# =========================================================== TikTok (3 items)

case(
    name="tiktok-dsa-statement-fields",
    **{"from": "dsa-notices@tiktok.com"}, name_from="TikTok Trust and Safety",
    date="Fri, 06 Sep 2024 11:50:00 +0000",
    subject="Decision on your report KCSC-240905-04",
    body=f"""
Hello,

We have reviewed your report and taken the decisions set out below.

Content: {T1}
Decision: Removal of content
Territorial scope: Worldwide
Ground: Incompatible with our Community Guidelines (adult nudity and sexual activity)
Automated means used in decision: No

Content: {T2}
Decision: Disabling access
Territorial scope: Republic of Korea
Ground: Illegal content under the law of the Republic of Korea
Automated means used in decision: No

You can find information on redress options at
https://www.tiktok.com/legal/page/global/dsa-redress/en

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok decision in the shape of a DSA statement of reasons (decision, territorial scope, ground)",
    why="removal worldwide = removed; access disabled with scope Korea only = restricted",
    items={T1: "removed", T2: "restricted"},
)

case(
    name="tiktok-no-violation-account",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Sat, 07 Sep 2024 06:10:00 +0000",
    subject="Your report KCSC-240905-04 - review complete",
    body=f"""
Hi,

Thanks for your report. After reviewing {T3}, we found that this account
doesn't violate our Community Guidelines, so we won't be taking any action
and it will stay on TikTok.

If you have more information, you can submit a new report at any time.

TikTok Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'no violation found' report outcome",
    why="a decision to leave the account up because it breaks no rule: rejected",
    items={T3: "rejected"},
)

case(
    name="tiktok-echoed-report",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Mon, 09 Sep 2024 14:02:00 +0000",
    subject="Update on your report",
    body=f"""
Your report
Report ID: 7a1c90e2-4f5b-4c1e-9d0a-2e6b81f3c5d7
Reported content: {T2}
Reason: Sexual content
Submitted: 5 Sep 2024 (KCSC-240905-04)

Outcome
We've removed this video because it violates our Community Guidelines.

Thank you for helping keep TikTok safe.
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok in-app/email report outcome echoing the submitted report",
    why="the echoed report names the video and the outcome below removes it",
    items={T2: "removed"},
)

case(
    name="tiktok-bulk-all-removed",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Tue, 10 Sep 2024 09:00:00 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req=msgid("KCSC-240905-04"),
    body="""
Dear KCSC,

Thank you for your referral. We can confirm that all of the content listed
in your request KCSC-240905-04 has been removed from TikTok.

Best regards,
TikTok Law Enforcement Outreach
""",
    outcome="review", review="bulk",
    imitates="TikTok law-enforcement outreach blanket confirmation",
    why="one statement for a three-item request without naming the items",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="tiktok-conditional-creator",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Fri, 06 Sep 2024 02:30:00 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""
Dear KCSC,

We have notified the creator of {T1}.
If the video has not been taken down by the creator within 48 hours, TikTok
will disable it.

Best regards,
TikTok Law Enforcement Outreach
""",
    outcome="review", review="not_understood",
    imitates="TikTok notice that the creator was given time to remove a video",
    why="a condition and a promise, not a statement; the video is named",
    items={T1: "pending"},
)

case(
    name="tiktok-mdn-read",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Thu, 05 Sep 2024 01:12:00 +0000",
    subject="Read: KCSC-240905-04 Request for removal (obscene content)",
    raw_mime='Content-Type: multipart/report; report-type=disposition-notification; boundary="b274-mdn"\n\n'
    "--b274-mdn\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Your message\n\n"
    "  To: lawenforcement@tiktok.com\n"
    "  Subject: KCSC-240905-04 Request for removal (obscene content)\n"
    "  Sent: Thursday, September 5, 2024 9:40 AM\n\n"
    "was read on Thursday, September 5, 2024 10:12 AM.\n"
    "--b274-mdn\n"
    "Content-Type: message/disposition-notification\n\n"
    "Reporting-UA: mail.tiktok.com; Microsoft Outlook 16.0\n"
    "Final-Recipient: rfc822;lawenforcement@tiktok.com\n"
    "Original-Message-ID: <req.KCSC-240905-04@kcsc.example>\n"
    "Disposition: manual-action/MDN-sent-manually; displayed\n"
    "--b274-mdn--\n",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt only",
    items={},
)

# =========================================================== Reddit (2 items)

case(
    name="reddit-safety-reply",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    date="Mon, 09 Sep 2024 18:00:00 +0000",
    subject="Re: KCSC-240906-05 personal information posted on Reddit",
    reply_to_req=msgid("KCSC-240906-05"),
    body=f"""
Hi there,

Thanks for flagging this. Our Safety team looked into both links:

{R1} was removed by Reddit admins for violating our rule against sharing
personal or confidential information.

{R2} had already been deleted by its author before our team reviewed it,
so there was nothing left for us to act on.

Cheers,
Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety team reply (removed by admins / already deleted by author)",
    why="one post removed by admins, one deleted by its author before review",
    items={R1: "removed", R2: "not_found"},
)

case(
    name="reddit-numbered-list",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Wed, 11 Sep 2024 20:20:00 +0000",
    subject="Your report to Reddit - KCSC-240906-05",
    body=f"""
Thanks for submitting a report to the Reddit admin team. Here is what we decided:

1. {R1} — Removed (Rule 3: posting someone's private or personal information)
2. {R2} — No action. After investigating, we didn't find that this content violates Reddit's Content Policy.

If you think we got this wrong, you can reply with more details.

https://www.redditinc.com/policies/content-policy
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit report outcome message with one decision per reported link",
    why="numbered list: one removed, one left up as not violating",
    items={R1: "removed", R2: "rejected"},
)

case(
    name="reddit-both-removed-bulk",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    date="Tue, 10 Sep 2024 19:45:00 +0000",
    subject="Re: KCSC-240906-05",
    reply_to_req=msgid("KCSC-240906-05"),
    body="""
Hello,

Both posts you reported under KCSC-240906-05 have been removed by our
Safety team.

Reddit Safety
""",
    outcome="review", review="bulk",
    imitates="Reddit Safety short blanket confirmation",
    why="'both posts' covers a two-item request without naming either",
    items={R1: "pending", R2: "pending"},
)

case(
    name="reddit-ticket-receipt-echo",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Fri, 06 Sep 2024 05:10:00 +0000",
    subject="[Reddit] We received your report (ticket #4471290)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hi,

We've received your report and a ticket (#4471290) has been opened.
Here is a copy of what you submitted:

  Reference: KCSC-240906-05
  Links:
    {R1}
    {R2}
  Category: Personal information

Our team will review your report and get back to you. You don't need to
reply to this message.

Reddit Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit support ticket receipt echoing the submitted links",
    why="pure receipt; the echoed links carry no statement",
    items={R1: "pending", R2: "pending"},
)

# ========================================================== Discord (1 item)

case(
    name="discord-one-item-content-removed",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 00:30:00 +0000",
    subject="Re: KCSC-240909-06 Report: illegal gambling promotion",
    reply_to_req=msgid("KCSC-240909-06"),
    body="""
Hello,

Thanks for your report. Our Safety team has reviewed it, removed the
content you reported and taken action against the account responsible.

Thanks for helping keep Discord safe.
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'we've taken action on your report' reply",
    why="a single removal statement in reply to a one-item request",
    items={D1: "removed"},
)

case(
    name="discord-angle-bracket-url",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Thu, 12 Sep 2024 03:03:03 +0000",
    subject="[Ticket #31877452] KCSC-240909-06",
    body=f"""
Hi KCSC,

We removed the message at <{D1}>
and the server it was posted in has been deleted for violating our policy
on gambling and financial scams.

Best,
Ren
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S agent reply with the message link in angle brackets",
    why="the message is removed (and its server deleted)",
    items={D1: "removed"},
)

case(
    name="discord-refusal-with-reason",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Fri, 13 Sep 2024 22:40:00 +0000",
    subject="[Ticket #31877452] KCSC-240909-06",
    body=f"""
Hello,

We reviewed the message you reported
({D1})
and did not find that it violates Discord's Community Guidelines or Terms
of Service. The message links to a website outside Discord, and we do not
host the gambling service itself. We will not be taking action on this
message.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S refusal stating no guideline violation",
    why="a refusal with its reason: the message stays up, rejected",
    items={D1: "rejected"},
)

case(
    name="discord-request-received",
    **{"from": "support@discord.com"}, name_from="Discord",
    date="Mon, 09 Sep 2024 01:05:00 +0000",
    subject="[Ticket #31877452] KCSC-240909-06 Report: illegal gambling promotion",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (31877452) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt sent by Discord support",
    why="ticket receipt only",
    items={},
)

# ======================================================== Pinterest (2 items)

case(
    name="pinterest-pin-outcomes",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Fri, 13 Sep 2024 17:00:00 +0000",
    subject="Re: KCSC-240911-07",
    reply_to_req=msgid("KCSC-240911-07"),
    body=f"""
Hello,

Thank you for your notice. Our findings:

Pin: {P1}
Status: Deactivated - this Pin violated our Community Guidelines on adult
content and is no longer on Pinterest.

Pin: {P2}
Status: Not found - this link does not lead to a Pin. The Pin was deleted
by the person who saved it before we received your notice.

Pinterest Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest statement-of-reasons style notice (Pin / Status)",
    why="deactivated and no longer on Pinterest = removed; deleted by its saver = not_found",
    items={P1: "removed", P2: "not_found"},
)

_pin_html = f"""
<html><body>
<div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi there,</p>
<p>Thanks for your report <b>KCSC-240911-07</b>. We&#39;ve removed the following Pins for violating our Community Guidelines:</p>
<ul>
<li><a href="{P1}">{P1}</a></li>
<li><a href="{P2}">{P2}</a></li>
</ul>
<p>Learn more about our <a href="https://policy.pinterest.com/en/community-guidelines">Community Guidelines</a>.</p>
<p>&mdash; Pinterest Trust &amp; Safety</p>
</div>
</body></html>
"""
case(
    name="pinterest-html-only",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Mon, 16 Sep 2024 08:00:00 +0000",
    subject="We've taken action on your report",
    type="html",
    body=_pin_html,
    outcome="applied", classification="confirmation",
    imitates="Pinterest HTML-only report outcome email listing removed Pins",
    why="both Pins named in a list under a removal statement; the guideline link is not an item",
    items={P1: "removed", P2: "removed"},
)

case(
    name="pinterest-vague-no-claims",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Tue, 17 Sep 2024 08:30:00 +0000",
    subject="An update on your report",
    body="""
Hi there,

We looked into the content you reported and took appropriate action in
line with our Community Guidelines.

We can't share details about the specific action we take, to protect the
privacy of the people involved.

Thanks for helping keep Pinterest a positive place.
Pinterest Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Pinterest generic 'we took appropriate action' report update",
    why="trusted platform mail that names no item and references no request",
    items={},
)

# ===================================================== other platforms' mail

case(
    name="twitch-wrong-platform",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Wed, 04 Sep 2024 20:00:00 +0000",
    subject="Re: KCSC-240903-02 Request for removal (illegal gambling)",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello,

We received your request, but the URL
{Y3}
is not hosted on Twitch and we could not find any such content on our
service. Please direct your request to the service that hosts it.

Twitch Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Twitch legal reply that the reported URL is not on its service",
    why="Twitch states a status for a YouTube item; only YouTube may change it",
    items={Y3: "pending"},
)

case(
    name="snapchat-report-received",
    **{"from": "support@snapchat.com"}, name_from="Team Snapchat",
    date="Thu, 12 Sep 2024 07:00:00 +0000",
    subject="Your Snapchat Support request #SNAP-88214503",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

Thanks for contacting Snapchat Support. We have received your request and
our Trust & Safety team will review it as soon as possible.

Your request number is SNAP-88214503.

Team Snapchat
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Snapchat support request receipt",
    why="receipt only, naming nothing of ours",
    items={},
)


HEADER = """# Blind set 274 (tests/corpus/blind274/): English notices from many
# platforms. Written by tests/corpus/blind274/make.py; expected results come
# from each email's meaning, written before any run of the reader.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind274", HEADER, CASES)


if __name__ == "__main__":
    main()
