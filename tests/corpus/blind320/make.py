#!/usr/bin/env python3
"""Blind set 320: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from seven platforms. Every email and every
expected result was written from the email's meaning alone, before any run
of the reader.

    python3 tests/corpus/blind320/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind320"

# ---------------------------------------------------------------- requests
R_YT, R_X, R_TG, R_NV, R_DC, R_KK, R_RD = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)

Y = [
    "https://www.youtube.com/watch?v=Qm7tR2xLp0a",
    "https://www.youtube.com/watch?v=Vb3nK8sWq1c",
    "https://www.youtube.com/watch?v=Hd9fJ4uYt2e",
    "https://www.youtube.com/watch?v=Zp5cX1mNa3g",
    "https://www.youtube.com/watch?v=Lr2wE6qBz4i",
    "https://www.youtube.com/watch?v=Tg8yU3oVc5k",
    "https://www.youtube.com/shorts/Ny4aS7dFh6m",
    "https://www.youtube.com/shorts/Ck1pO9iLj7o",
    "https://www.youtube.com/@moonlit_ledger_tv",
    "https://www.youtube.com/watch?v=Wf6hG2kRx8q",
    "https://www.youtube.com/watch?v=Es0jM5tPv9s",
    "https://www.youtube.com/channel/UCr4Ttq1Lw8nB2xZv0Ka9mQe",
]
X = [
    "https://x.com/pale_orchard77/status/1829911002233445566",
    "https://x.com/pale_orchard77/status/1830022113344556677",
    "https://x.com/nightferry_kr/status/1830133224455667788",
    "https://x.com/quietmarket_09",
]
T = [
    "https://t.me/amber_tide_market/1187",
    "https://t.me/amber_tide_market/1203",
    "https://t.me/sleeplessdock",
]
N = [
    "https://blog.naver.com/silverkite_88/223561234567",
    "https://blog.naver.com/silverkite_88/223561298765",
    "https://cafe.naver.com/greyriverclub/48213",
    "https://cafe.naver.com/greyriverclub/48290",
    "https://m.blog.naver.com/PostView.naver?blogId=silverkite_88&logNo=223561377001",
]
D = [
    "https://discord.com/channels/1122334455667788990/1199887766554433221/1280011223344556677",
    "https://discord.gg/shadeport",
]
K = [
    "https://cafe.daum.net/lowtide_friends/Ab12/3301",
    "https://cafe.daum.net/lowtide_friends/Ab12/3302",
    "https://open.kakao.com/o/gHx7Lm2b",
]
RD = ["https://www.reddit.com/r/harborlights_kr/comments/1f3xk9q/weekly_listing_thread/"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R_YT, "youtube", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", Y,
     "illegal_trade", "channel network selling forged documents"),
    (R_X, "x", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00", X,
     "drugs", "posts advertising narcotics"),
    (R_TG, "telegram", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", T,
     "drugs", "market channel and posts"),
    (R_NV, "naver", "2024-09-05T15:00:00+09:00", "2024-09-12T18:00:00+09:00", N,
     "gambling", "blog and cafe posts promoting an illegal betting site"),
    (R_DC, "discord", "2024-09-06T10:30:00+09:00", "2024-09-13T18:00:00+09:00", D,
     "obscenity", "message and invite to a server"),
    (R_KK, "kakao", "2024-09-09T13:00:00+09:00", "2024-09-16T18:00:00+09:00", K,
     "privacy", "cafe posts and an open chat room exposing personal data"),
    (R_RD, "reddit", "2024-09-10T09:00:00+09:00", "2024-09-17T18:00:00+09:00", RD,
     "illegal_trade", "listing thread"),
]


def req_mid(ref):
    return ref.lower() + ".req"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ------------------------------------------------------- quoted material
def request_text(ref, team, urls):
    lines = [
        f"Dear {team} team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found the",
        "content at the addresses below to be illegal under Korean law and asks",
        f"you to remove it or to block access to it from Korea (our reference {ref}).",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this email with the result for each address.", "",
              "KCSC Takedown desk", "takedown@kcsc.example"]
    return "\n".join(lines)


def request_text_ko(ref, urls):
    lines = [
        "안녕하십니까, 방송통신심의위원회입니다.",
        "",
        "아래 게시물은 관련 법령을 위반한 불법정보로 확인되어 삭제 또는 접속차단을",
        f"요청드립니다. (요청번호 {ref})",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "게시물별 조치 결과를 회신하여 주시기 바랍니다.", "", "방송통신심의위원회 삭제요청 담당"]
    return "\n".join(lines)


def reminder_text(ref, urls, due):
    lines = [
        "Hello,",
        "",
        f"This is a reminder about our request {ref}. The deadline ({due}) has",
        "passed and we have no result yet for the following addresses:",
        "",
    ]
    lines += [f"  - {u} (pending)" for u in urls]
    lines += ["", "Please let us know what action was taken on each of them.", "",
              "KCSC Takedown desk"]
    return "\n".join(lines)


def gt(text):
    """Gmail-style quoting."""
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def reminder_headers(ref, n):
    return [
        f"In-Reply-To: <reminder.{ref}.{n}@kcsc.example>",
        f"References: <{req_mid(ref)}@kcsc.example> <reminder.{ref}.{n}@kcsc.example>",
    ]


YT_REQ = request_text(R_YT, "YouTube Legal", Y)
X_REQ = request_text(R_X, "X Legal", X)
TG_REQ = request_text(R_TG, "Telegram", T)
NV_REQ = request_text_ko(R_NV, N)
DC_REQ = request_text(R_DC, "Discord Trust & Safety", D)
KK_REQ = request_text_ko(R_KK, K)
RD_REQ = request_text(R_RD, "Reddit", RD)

CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== YouTube
case(
    name="yt-receipt-case-id",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 02 Sep 2024 10:03:41 +0900",
    subject=f"[7-3312000041122] We received your request ({R_YT})",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

Thanks for contacting YouTube Legal Support. This automated message confirms
that we've received your submission concerning {R_YT}. Your case ID is
[7-3312000041122]; please keep it in the subject line of any reply.

Our team reviews every request carefully. Depending on the volume of
requests and the complexity of the legal issues involved, a response can take
several days.

Sincerely,
The YouTube Legal Support Team

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal-removals web form auto-receipt with case id",
    why="pure receipt: case id and a promise to review, nothing about any item",
    items={},
)

case(
    name="yt-numbered-mixed-top-posted",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 17:22:09 +0900",
    subject=f"Re: [7-3312000041122] [{R_YT}] Request for removal of illegal content",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hi,

Thank you for your patience. We've completed our review of the first six
URLs in your notice {R_YT} [7-3312000041122]. The outcome for each:

1. {Y[0]} - removed for violating YouTube's Community Guidelines (regulated goods).
2. {Y[1]} - removed under the same policy.
3. {Y[2]} - blocked from view in South Korea on local legal grounds; it remains available in other countries.
4. {Y[3]} - also restricted in South Korea on local legal grounds.
5. {Y[4]} - removed.
6. {Y[5]} - after careful review we did not find a violation of our policies or of the provision you cite, so we are not taking action on this video.

We're still reviewing the remaining URLs and will follow up in this thread.

Regards,
Hana
YouTube Legal Support

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{gt(YT_REQ)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply with per-URL outcomes, top-posted over the Gmail-quoted notice",
    why="six numbered URLs each with an outcome; the other six appear only in the quote",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "restricted",
           Y[4]: "removed", Y[5]: "rejected"},
)

PREV_YT = f"""Hi,

Thank you for your patience. We've completed our review of the first six
URLs in your notice {R_YT}. The outcome for each:

1. {Y[0]} - removed.
2. {Y[1]} - removed.
3. {Y[2]} - blocked in South Korea.
4. {Y[3]} - blocked in South Korea.
5. {Y[4]} - removed.
6. {Y[5]} - no action.

Regards,
Hana"""

case(
    name="yt-followup-same-thread",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 09:48:30 +0900",
    subject=f"Re: [7-3312000041122] [{R_YT}] Request for removal of illegal content",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hi again,

Following up on my message of 5 September with the rest of your list.

* {Y[6]}
  This Short has been removed.
* {Y[7]}
  Age-restricted: it can no longer be watched by signed-out viewers or by
  viewers under 18.
* {Y[8]}
  The channel has been terminated.
* {Y[9]}
  We could not locate a video at this URL. Please check the link.
* {Y[10]} and {Y[11]}
  These two are still with our policy team. I'll write again once we have a
  decision.

Regards,
Hana
YouTube Legal Support

On Thu, Sep 5, 2024 at 5:22 PM YouTube Legal Support <legal-support@google.com> wrote:
{gt(PREV_YT)}
""",
    outcome="applied", classification="confirmation",
    imitates="second reply in a YouTube legal ticket thread, answering the remainder and quoting the first reply",
    why="four new outcomes; two items explicitly still under review; the quoted first reply must not be re-applied",
    items={Y[6]: "removed", Y[7]: "restricted", Y[8]: "removed", Y[9]: "not_found",
           Y[10]: "pending", Y[11]: "pending"},
)

YT_HTML = f"""<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have reviewed the content identified in your request <b>{R_YT}</b>.
The decision for each URL is listed below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Details</th></tr>
<tr><td><a href="{Y[0]}">{Y[0]}</a></td><td>Removed</td><td>Violation of Community Guidelines</td></tr>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>Local block (KR)</td><td>Not viewable in South Korea</td></tr>
<tr><td><a href="{Y[2]}">{Y[2]}</a></td><td>No action</td><td>No policy violation found and no sufficient legal basis to restrict</td></tr>
<tr><td><a href="{Y[3]}">{Y[3]}</a></td><td>Not found</td><td>Video was deleted by the uploader before our review</td></tr>
</table>
<p>The remaining URLs of this request are still under review.</p>
<p>To learn more about how we handle legal requests, see
<a href="https://support.google.com/youtube/answer/6154230">our Help Center</a>.</p>
<p>&mdash; YouTube Legal Operations</p>
</body></html>
"""

case(
    name="yt-html-table-qp",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube Legal",
    date="Fri, 06 Sep 2024 11:15:02 +0900",
    subject=f"{R_YT}: outcome of your legal removal request",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(YT_HTML),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome notification as an HTML table, quoted-printable",
    why="table rows: removed, local block (restricted), no action (rejected), deleted by uploader (not_found)",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected", Y[3]: "not_found"},
)

YT_CSV = "url,decision,region,notes\n" + "\n".join([
    f"{Y[0]},removed,global,",
    f"{Y[1]},removed,global,",
    f"{Y[2]},restricted,KR,local law",
    f"{Y[3]},restricted,KR,local law",
    f"{Y[4]},no_action,,no violation found",
    f"{Y[5]},not_found,,already deleted by uploader",
    f"{Y[6]},removed,global,",
    f"{Y[7]},age_restricted,global,",
    f"{Y[8]},terminated,global,channel terminated",
    f"{Y[9]},not_found,,invalid URL",
    f"{Y[10]},pending,,in review",
    f"{Y[11]},pending,,in review",
]) + "\n"

case(
    name="yt-csv-attachment",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 16:40:55 +0900",
    subject=f"Re: [7-3312000041122] {R_YT} - results per URL",
    reply_to_req=req_mid(R_YT),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="yt320csv"

--yt320csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the results for each URL of your request {R_YT}.
Two URLs are still in review and are marked as such in the file.

Best regards,
YouTube Legal Support

--yt320csv
Content-Type: text/csv; charset=utf-8; name="kcsc-240902-01_results.csv"
Content-Disposition: attachment; filename="kcsc-240902-01_results.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}
--yt320csv--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply with a per-URL results spreadsheet attached (CSV, base64)",
    why="CSV rows give each URL's decision; two rows still pending",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "restricted",
           Y[4]: "rejected", Y[5]: "not_found", Y[6]: "removed", Y[7]: "restricted",
           Y[8]: "removed", Y[9]: "not_found", Y[10]: "pending", Y[11]: "pending"},
)

case(
    name="yt-promise-will-remove",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 14:05:17 +0900",
    subject=f"Re: [7-3312000041122] [{R_YT}] Request for removal of illegal content",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

Thanks for following up. Our team has confirmed that the following videos
will be removed from YouTube within the next 24 hours:

{Y[9]}
{Y[10]}

We'll send you a confirmation once this has been done. The rest of your
request is still being reviewed.

Kind regards,
Minseo
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply announcing a future removal",
    why="'will be removed' is a promise, not a statement of what was done",
    items={Y[9]: "pending", Y[10]: "pending"},
)

case(
    name="yt-bulk-all-actioned",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 10:11:40 +0900",
    subject=f"Re: [7-3312000041122] [{R_YT}] Request for removal of illegal content",
    reply_to_req=req_mid(R_YT),
    body="""
Hello,

We have completed our review. All of the content listed in your request has
been actioned under our policies.

Thank you for helping us keep YouTube safe.

YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="YouTube 'content has been actioned' closing note without a per-URL list",
    why="one sentence about all twelve items of the request, none named",
    items={},
)

case(
    name="yt-out-of-office",
    **{"from": "jiwonpark@google.com"}, name_from="Jiwon Park",
    date="Tue, 10 Sep 2024 09:00:12 +0900",
    subject=f"Automatic reply: Reminder: {R_YT} items still pending",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]
    + reminder_headers(R_YT, 1),
    body="""
Thank you for your message. I am out of the office until 23 September with
limited access to email. For urgent legal removal matters please write to
legal-kr@google.com, where my colleagues will assist you.

Jiwon Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail vacation responder replying to our reminder",
    why="out-of-office reply",
    items={},
)

case(
    name="yt-outlook-url-then-status",
    **{"from": "danieloh@google.com"}, name_from="Daniel Oh",
    date="Mon, 09 Sep 2024 18:31:04 +0900",
    subject=f"RE: [{R_YT}] Request for removal of illegal content",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello KCSC team,

A status update on two of the URLs:

{Y[4]}
Removed - violation of our harassment and cyberbullying policy.

{Y[5]}
Age-restricted.

Best regards,
Daniel Oh
Legal Specialist, YouTube

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal-kr@google.com
Subject: [{R_YT}] Request for removal of illegal content

{YT_REQ}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply by a YouTube legal specialist, bare URL with status on the next line",
    why="two URLs, each with its status on the line below; the request under -----Original Message----- is quoted",
    items={Y[4]: "removed", Y[5]: "restricted"},
)

case(
    name="yt-jira-comment",
    **{"from": "jira@legaldesk.google.com"}, name_from="Min-ji Kwon (Jira)",
    date="Thu, 12 Sep 2024 13:02:27 +0900",
    subject=f"[JIRA] (LGL-4471) {R_YT} removal request from KCSC",
    extra_headers=["Auto-Submitted: auto-generated", "X-JIRA-FingerPrint: 5be1c0a2e9f3d7a8"],
    body=f"""
Min-ji Kwon commented on LGL-4471:
-------------------------------------

Update on the two items still open from {R_YT}:

* {Y[10]} has been removed for violating our policy on illegal sales.
* The channel {Y[11]} has been terminated.

Nothing else is outstanding on our side for this request.

-------------------------------------
View request: https://legaldesk.google.com/servicedesk/customer/portal/3/LGL-4471
Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management, sent by Google Legal Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'commented on' customer notification",
    why="Jira notification carrying an agent's comment with two unhedged outcomes; the portal link is not an item",
    items={Y[10]: "removed", Y[11]: "removed"},
)

YT_FD = f"""Dear requester,

Your ticket #55120 ({R_YT}) has been marked as Resolved.

Agent response (Seo-yeon Kim \u2013 YouTube Legal Operations):

The video at {Y[9]} has been removed from the platform for breaching our Community Guidelines.

The channel {Y[11]} has been restricted, so it can no longer be viewed from South Korea.

If this does not resolve your issue, simply reply to this email and the ticket will be reopened.

YouTube Legal Operations \u2013 Support Portal
"""

case(
    name="yt-freshdesk-resolved-qp",
    **{"from": "support@youtube.com"}, name_from="YouTube Legal Operations",
    date="Sat, 14 Sep 2024 08:19:50 +0900",
    subject=f"Ticket #55120 resolved: {R_YT}",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(YT_FD),
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with the agent's response, quoted-printable soft-wrapped",
    why="resolved-ticket notice carrying two unhedged outcomes (removed; restricted in Korea)",
    items={Y[9]: "removed", Y[11]: "restricted"},
)

case(
    name="yt-zendesk-solved-no-detail",
    **{"from": "support@youtube.com"}, name_from="YouTube Legal Operations",
    date="Tue, 17 Sep 2024 12:00:03 +0900",
    subject=f"[Request #90412] Solved: {R_YT}",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request #90412 "{R_YT}" has been solved.

Our team has marked this request as solved. If you think it has not been
resolved, reply to this email within 7 days to reopen it.

How would you rate the support you received?
Good, I'm satisfied: https://support.youtube.com/requests/90412/satisfaction/good
Bad, I'm unsatisfied: https://support.youtube.com/requests/90412/satisfaction/bad

This email is a service from YouTube Legal Operations.
""",
    outcome="review", review="not_understood",
    imitates="Zendesk 'request solved' trigger with satisfaction survey",
    why="names the request but says only that the ticket is solved: no statement about any item of a 12-item request",
    items={},
)

# ========================================================================= X
case(
    name="x-zendesk-reply-above-line",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 06 Sep 2024 19:12:44 +0900",
    subject=f"[#40877215] Re: {R_X} Korean legal request",
    reply_to_req=req_mid(R_X),
    body=f"""
##- Please type your reply above this line -##

Your request (40877215) has been updated. To add additional comments, reply
to this email.

----------------------------------------------

Karin (X Legal Policy)

Sep 6, 2024, 03:12 PDT

Hello,

We have reviewed the reported content under applicable Korean law and the
X Rules. Results:

- {X[0]} : withheld in South Korea
- {X[1]} : withheld in South Korea
- {X[2]} : no action. We did not find this post to violate the X Rules or the laws cited.
- {X[3]} : account suspended for violating our rules on illegal goods and services

More about country-withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Karin
X Legal Policy

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 22:01 PDT

{X_REQ}

--------------------------------
This email is a service from X Support.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk ticket update ('reply above this line') with the agent's comment over the earlier comments",
    why="four URLs with withheld-in-KR, no action, suspended; our own request is shown below as an earlier comment",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "rejected", X[3]: "removed"},
)

case(
    name="x-forged-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Sat, 07 Sep 2024 02:44:10 +0900",
    subject=f"Re: {R_X} completed",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

All reported posts were removed:
{X[0]} - removed
{X[1]} - removed
{X[2]} - removed
{X[3]} - removed

X Legal
""",
    outcome="review", review="untrusted",
    imitates="reply claiming to be X Legal that fails DKIM/SPF/DMARC",
    why="x.com sender failing authentication: nothing may change",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-reply-to-reminder-outlook",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 07:55:21 +0900",
    subject=f"RE: Reminder: {R_X} items still pending",
    extra_headers=reminder_headers(R_X, 1),
    body=f"""
Hi,

Apologies for the delay. The post {X[2]} has now been removed.

The other two are still being looked at by the team.

Thanks,
Priya
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:00 AM
To: legal@x.com
Subject: Reminder: {R_X} items still pending

{reminder_text(R_X, X[:3], "2024-09-10")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to our reminder, one item answered, others still being looked at",
    why="one URL removed; 'the other two' unnamed and in progress; reminder list is quoted",
    items={X[2]: "removed"},
)

case(
    name="x-hedge-may-have",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 16:30:00 +0900",
    subject=f"Re: Reminder: {R_X} items still pending",
    extra_headers=reminder_headers(R_X, 1),
    body=f"""
Hi,

Thanks for the reminder. Looking at these, it appears that
{X[0]} and
{X[1]} may have
already been deleted by the account holder, but I'm confirming this with the
team before we close the ticket.

Priya
X Legal
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk agent's tentative answer to a reminder",
    why="'it appears ... may have already been deleted' and 'confirming' are hedges, not statements",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-helpscout-bullets",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Mon, 09 Sep 2024 11:47:36 +0900",
    subject=f"Re: {R_X} Korean legal request [Conversation #7712]",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Thanks for waiting. Here is what we did on two of the reported links:

  \u2022 {X[3]} \u2014 the account has been permanently suspended.
  \u2022 {X[0]} \u2014 not found: the post had already been deleted by its author
    before we could review it.

Best,
Jonas
X Legal Operations

Reply to this email to continue the conversation.
Conversation #7712 \u00b7 Powered by Help Scout
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply with bullet list",
    why="two bullets: suspended account (removed) and post deleted by its author (not_found)",
    items={X[3]: "removed", X[0]: "not_found"},
)

case(
    name="x-asks-more",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 10:20:48 +0900",
    subject=f"Re: {R_X} Korean legal request - information needed",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Before we can process your request for the URLs below, we need some more
information:

{X[1]}
{X[2]}

1. The specific provision of Korean law that each post is alleged to violate.
2. A copy of the decision of the Commission, or confirmation that the request
   is made by an authorised government body.

Please reply to this email with the documents. We will put the request on
hold until we receive them.

X Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X legal desk asking for the legal basis before acting",
    why="asks for documents about two named URLs; no status",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-jira-twitter-domain",
    **{"from": "jira@twitter.com"}, name_from="Legal Requests (Jira)",
    date="Fri, 13 Sep 2024 04:09:15 +0900",
    subject=f"[JIRA] (LR-20931) Resolved: {R_X}",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Sam Lee resolved LR-20931 as Done.
-------------------------------------

Status: In Progress -> Resolved
Resolution: Done

Comment:
{X[1]} was removed globally for violating the X Rules
(illegal or certain regulated goods or services).

-------------------------------------
View request: https://legalrequests.twitter.com/portal/2/LR-20931
This message was sent by Atlassian Jira Service Management.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira 'resolved' transition notification from the twitter.com sender domain",
    why="resolution comment states one URL was removed globally",
    items={X[1]: "removed"},
)

# ================================================================= Telegram
case(
    name="tg-case-number-result",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 21:03:30 +0900",
    subject=f"Re: {R_TG} [Case #2024090471233]",
    reply_to_req=req_mid(R_TG),
    body=f"""
Hello,

Thank you for your report (Case #2024090471233).

Post {T[0]} has been taken down.
Post {T[1]} no longer exists.
Channel {T[2]} has been blocked for violating Telegram's Terms of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with case number, one line per link",
    why="taken down (removed), no longer exists (not_found), channel blocked (removed)",
    items={T[0]: "removed", T[1]: "not_found", T[2]: "removed"},
)

case(
    name="tg-restricted-kr-angle",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Mon, 09 Sep 2024 15:26:11 +0900",
    subject=f"Re: {R_TG}",
    reply_to_req=req_mid(R_TG),
    body=f"""
Hello,

We have restricted access to the channel <{T[2]}> for users in the
Republic of Korea.

The posts <{T[0]}> and <{T[1]}>
were reviewed and remain available, as we found no violation of the Telegram
Terms of Service.

Best regards,
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply on country restriction, URLs in angle brackets",
    why="channel restricted in Korea; two posts named together stay up for lack of violation",
    items={T[2]: "restricted", T[0]: "rejected", T[1]: "rejected"},
)

case(
    name="tg-unknown-sender",
    **{"from": "support@tg-helpdesk.net"}, name_from="Telegram Support Desk",
    date="Sat, 07 Sep 2024 03:12:45 +0900",
    subject=f"Your ticket {R_TG} has been processed",
    body=f"""
Dear user,

Your ticket {R_TG} has been processed. The following links were removed:

{T[0]}
{T[1]}
{T[2]}

Telegram Support Desk
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike 'support desk' domain claiming to answer for Telegram",
    why="sender domain is not Telegram's",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending"},
)

TG_REMINDER_SUBJ = f"Reminder: {R_TG} items still pending"
case(
    name="tg-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mail-out.telegram.org"}, name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 09:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="tgdsn320"

--tgdsn320
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mail-out.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dsa@telegram.org>: mailbox full, try again later

--tgdsn320
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mail-out.telegram.org
Arrival-Date: Thu, 12 Sep 2024 09:00:38 +0900

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--tgdsn320
Content-Type: text/rfc822-headers
Content-Description: Undelivered Message Headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: {TG_REMINDER_SUBJ}
Message-ID: <reminder.{R_TG}.1@kcsc.example>
References: <{req_mid(R_TG)}@kcsc.example>
Date: Thu, 12 Sep 2024 09:00:00 +0900

--tgdsn320--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) for our reminder",
    why="delivery status notification",
    items={},
)

case(
    name="tg-ack-case-opened",
    **{"from": "noreply@telegram.org"}, name_from="Telegram",
    date="Wed, 04 Sep 2024 11:01:58 +0900",
    subject=f"Re: {R_TG} [Case #2024090471233]",
    reply_to_req=req_mid(R_TG),
    body="""
Hello,

Thank you for your report. It has been registered as Case #2024090471233
and forwarded to our moderators, who will review it.

Please do not reply to this message.

Telegram
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse report receipt with case number",
    why="pure acknowledgement, nothing about any item",
    items={},
)

case(
    name="tg-reminder-reply-gmail-quote",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Mon, 16 Sep 2024 20:14:07 +0900",
    subject=f"Re: {TG_REMINDER_SUBJ}",
    extra_headers=reminder_headers(R_TG, 2),
    body=f"""
Hello,

Following up on your reminder:

the post {T[1]} has been removed;
the channel {T[2]} was deleted by its owner and can no longer be found.

Regards,
Telegram Support

On Mon, 16 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{gt(reminder_text(R_TG, T, "2024-09-11"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-quoted reply to our second reminder",
    why="one post removed; channel deleted by its owner (not_found); the quoted reminder lists all three as pending",
    items={T[1]: "removed", T[2]: "not_found"},
)

# ==================================================================== NAVER
NV_RESULT = f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 {R_NV})에 대한 처리 결과를
아래와 같이 안내드립니다.

1) {N[0]}
   처리 결과: 게시중단
2) {N[1]}
   처리 결과: 임시조치(30일)
3) {N[2]}
   처리 결과: 조치 불가 - 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않았습니다.
4) {N[3]}
   처리 결과: 게시물 없음 (작성자가 이미 삭제한 게시물입니다)

5번 URL은 추가 확인 후 별도로 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림
"""

case(
    name="naver-result-list-base64",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 14:10:00 +0900",
    subject=f"[NAVER] 게시중단 요청 처리 결과 안내 ({R_NV})",
    reply_to_req=req_mid(R_NV),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + b64(NV_RESULT),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단 처리 결과 안내 (base64 body)",
    why="게시중단 (removed), 임시조치 (restricted), 위반 없음 조치 불가 (rejected), 게시물 없음/작성자 삭제 (not_found); the fifth is promised later",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "rejected", N[3]: "not_found"},
)

case(
    name="naver-bulk-temp-measure",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 10:02:33 +0900",
    subject=f"RE: [{R_NV}] 게시물 삭제 요청",
    reply_to_req=req_mid(R_NV),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청번호 {R_NV} 건으로 요청하신 게시물 5건 모두에 대해 임시조치를
완료하였습니다.

추가 문의 사항은 본 메일에 회신해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 임시조치 완료 안내 covering the whole request",
    why="one statement about all five items without naming any",
    items={},
)

NV_PREV = f"""안녕하세요, 네이버 고객센터입니다.

1) {N[0]}
   처리 결과: 게시중단
2) {N[1]}
   처리 결과: 임시조치(30일)
3) {N[2]}
   처리 결과: 조치 불가
4) {N[3]}
   처리 결과: 게시물 없음

5번 URL은 추가 확인 후 별도로 회신드리겠습니다."""

case(
    name="naver-followup-thread-quoted",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 17:45:09 +0900",
    subject=f"Re: [NAVER] 게시중단 요청 처리 결과 안내 ({R_NV})",
    reply_to_req=req_mid(R_NV),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

지난 9월 9일 회신에서 추가 확인 중이라고 안내드렸던 게시물의 처리 결과입니다.

{N[4]}
→ 블라인드 처리 완료

감사합니다.

2024년 9월 9일 (월) 오후 2:10, 네이버 고객센터 <help@navercorp.com>님이 작성:
{gt(NV_PREV)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up in the same thread answering the item left open, quoting its earlier reply",
    why="블라인드 처리 완료 for the fifth URL; the four quoted results must not be applied again",
    items={N[4]: "removed"},
)

case(
    name="naver-url-particles",
    **{"from": "cafe-help@naver.com"}, name_from="네이버 카페 고객센터",
    date="Wed, 11 Sep 2024 11:38:52 +0900",
    subject=f"RE: [{R_NV}] 게시물 삭제 요청",
    reply_to_req=req_mid(R_NV),
    body=f"""
안녕하세요. 요청하신 건 관련하여 안내드립니다.

{N[3]}는 카페 운영원칙 위반으로 운영자가 삭제하였습니다.
{N[1]}의 경우, 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.
{N[0]}：국내 접근 제한 조치를 적용하였습니다.

감사합니다.
네이버 카페 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe help desk reply with Korean particles and full-width colon glued to the URLs",
    why="운영자 삭제 (removed), 작성자 삭제/존재하지 않음 (not_found), 국내 접근 제한 (restricted)",
    items={N[3]: "removed", N[1]: "not_found", N[0]: "restricted"},
)

case(
    name="naver-receipt-plus-result",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 16:02:18 +0900",
    subject=f"[NAVER 고객센터] 문의가 접수되었습니다 ({R_NV})",
    reply_to_req=req_mid(R_NV),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (접수번호: 2409-KR-118273)

접수된 내용 중 아래 게시물은 긴급 검토 대상으로 분류되어 즉시 임시조치되었습니다.
{N[2]}

나머지 게시물은 순차적으로 검토한 후 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 접수 안내 that also reports one immediate 임시조치",
    why="receipt wording plus an unhedged 임시조치 for one named URL: not a pure acknowledgement",
    items={N[2]: "restricted"},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 05 Sep 2024 16:20:44 +0900",
    subject=f"읽음 확인: [{R_NV}] 게시물 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="nvmdn320"

--nvmdn320
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메일은 수신 확인 메일입니다.
보내신 메일 '[{R_NV}] 게시물 삭제 요청'을 2024-09-05 16:20에 수신자가 읽었습니다.

--nvmdn320
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Original-Recipient: rfc822;policy@navercorp.com
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <{req_mid(R_NV)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--nvmdn320--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN)",
    why="message disposition notification",
    items={},
)

# ================================================================== Discord
case(
    name="discord-zendesk-solved",
    **{"from": "support@discord.com"}, name_from="Discord",
    date="Tue, 10 Sep 2024 10:44:26 +0900",
    subject=f"[Discord] Re: {R_DC} report of illegal content",
    reply_to_req=req_mid(R_DC),
    body=f"""
##- Please type your reply above this line -##

Your request (#31877402) has been solved. To reopen it, reply to this email.

Ren (Discord Trust & Safety)

Sep 9, 2024, 18:44 PDT

Hello,

Thanks for the report. We reviewed both links in your notice.

The message at {D[0]} has been deleted, and the account that posted it has
been disabled.

The server reached through {D[1]} has been removed from Discord for
violating our Community Guidelines.

You can read more about how we enforce our rules at
https://discord.com/safety/our-approach-to-content-moderation

Sincerely,
Discord Trust & Safety

This email is a service from Discord.
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk 'request solved' reply",
    why="message deleted, server removed; the safety page link is not an item",
    items={D[0]: "removed", D[1]: "removed"},
)

case(
    name="discord-generic-template",
    **{"from": "support@discord.com"}, name_from="Discord",
    date="Mon, 09 Sep 2024 08:15:03 +0900",
    subject=f"[Discord] Re: {R_DC} report of illegal content",
    reply_to_req=req_mid(R_DC),
    body=f"""
##- Please type your reply above this line -##

Hello,

Thank you for bringing this to our attention. We've started an
investigation based on the information you provided about the links below,
and we'll take appropriate action according to our findings.

{D[0]}
{D[1]}

For privacy reasons, we're not able to share the specifics of any action
taken.

Sincerely,
Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord Trust & Safety 'we've initiated an investigation' template",
    why="investigation started and action promised; nothing stated about either link",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="discord-forwarded-internal",
    **{"from": "amoreau@discord.com"}, name_from="Alex Moreau",
    date="Wed, 11 Sep 2024 06:50:19 +0900",
    subject=f"Fwd: {R_DC} outcome",
    body=f"""
Hi KCSC team,

Forwarding our safety team's note below for your records.

Best,
Alex Moreau
Government Relations, Discord

---------- Forwarded message ---------
From: Safety Ops <safety-ops@discord.com>
Date: Tue, Sep 10, 2024 at 1:12 PM
Subject: {R_DC} outcome
To: Alex Moreau <amoreau@discord.com>

Both links from the Korean regulator's notice are handled:
- message {D[0]}: deleted
- invite {D[1]}: server removed
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding an internal note (Gmail 'Forwarded message')",
    why="the statements are inside a forwarded message, not written to us by the sender",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="discord-rejected-invalid-invite",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 12:31:45 +0900",
    subject=f"[Discord] Re: {R_DC} report of illegal content",
    reply_to_req=req_mid(R_DC),
    body=f"""
Hello,

After reviewing <{D[0]}> we did not find a violation of our Community
Guidelines or Terms of Service, so we won't take action on this message.

The invite link <{D[1]}> is invalid or has expired; we couldn't find a
server associated with it.

Sincerely,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety no-violation reply",
    why="no violation, no action (rejected); invalid invite, no server (not_found)",
    items={D[0]: "rejected", D[1]: "not_found"},
)

# ==================================================================== Kakao
KK_HTML = f"""<html><body>
<p>안녕하세요, 카카오 고객센터입니다.</p>
<p>요청번호 <b>{R_KK}</b> 건의 조치 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>URL</th><th>조치 결과</th><th>비고</th></tr></thead>
<tbody>
<tr><td>{K[0]}</td><td>게시중단</td><td>개인정보 노출</td></tr>
<tr><td>{K[1]}</td><td>접근 제한(국내)</td><td>-</td></tr>
<tr><td>{K[2]}</td><td>조치 없음</td><td>운영정책 위반 사항 없음</td></tr>
</tbody></table>
<p>운영정책은 <a href="https://cs.kakao.com/policy">카카오 운영정책</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>카카오 고객센터</p>
</body></html>
"""

case(
    name="kakao-html-table",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 15:05:37 +0900",
    subject=f"[카카오 고객센터] 문의하신 내용에 대한 답변입니다 ({R_KK})",
    reply_to_req=req_mid(R_KK),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="kk320alt"

--kk320alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메일은 HTML 형식입니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.

--kk320alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KK_HTML)}
--kk320alt--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 answer as an HTML table (base64), plain part only says to view HTML",
    why="게시중단 (removed), 접근 제한(국내) (restricted), 조치 없음/위반 없음 (rejected)",
    items={K[0]: "removed", K[1]: "restricted", K[2]: "rejected"},
)

case(
    name="kakao-receipt",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 13:01:12 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    reply_to_req=req_mid(R_KK),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.

  접수번호: #2409-1187220
  문의 제목: [{R_KK}] 불법정보 삭제 요청

담당자가 내용을 확인한 후 순차적으로 답변드리겠습니다.
본 메일은 발신전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 접수 완료 자동 메일",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="kakao-partial-answer",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Wed, 11 Sep 2024 10:26:50 +0900",
    subject=f"RE: [{R_KK}] 불법정보 삭제 요청",
    reply_to_req=req_mid(R_KK),
    body=f"""
안녕하세요, 카카오 정책팀입니다.

문의하신 3건 중 1건에 대해 먼저 안내드립니다.

다음 카페 게시글 {K[0]} 은 게시중단 처리되었습니다.

나머지 2건({K[1]}, {K[2]})은 담당 부서에서
검토 중이며, 결과가 확인되는 대로 다시 연락드리겠습니다.

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@kakaocorp.com>
Sent: 2024-09-09 (월) 13:00:00 (GMT+09:00)
Subject: [{R_KK}] 불법정보 삭제 요청

{KK_REQ}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team partial answer over the quoted request (Daum mail quoting)",
    why="one post 게시중단 (removed); two named as still under review (pending)",
    items={K[0]: "removed", K[1]: "pending", K[2]: "pending"},
)

case(
    name="kakao-url-below-statement",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Mon, 16 Sep 2024 09:40:02 +0900",
    subject=f"RE: [{R_KK}] 불법정보 삭제 요청",
    reply_to_req=req_mid(R_KK),
    body=f"""
안녕하세요, 카카오 정책팀입니다.

지난번 검토 중으로 안내드린 2건의 결과입니다.

아래 카페 게시글은 블라인드 처리되었습니다.
{K[1]}

아래 오픈채팅방은 운영정책 위반으로 폐쇄되었습니다.
{K[2]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao follow-up, statement first and URL on the line below",
    why="블라인드 (removed); open chat room closed (removed)",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="kakao-wrong-platform",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Fri, 06 Sep 2024 11:12:00 +0900",
    subject=f"RE: [{R_NV}] 게시물 삭제 요청",
    reply_to_req=req_mid(R_NV),
    body=f"""
안녕하세요, 카카오 정책팀입니다.

참조로 받은 요청 건 관련하여 안내드립니다.

문의하신 게시물({N[2]})은 카카오가 운영하는
서비스의 게시물이 아니어서, 당사에서는 해당 게시물을 찾을 수 없습니다.
해당 서비스 운영사에 직접 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply to a request it was only copied on, about a NAVER cafe post",
    why="Kakao says it cannot find a NAVER item: a statement about another platform's item",
    items={N[2]: "pending"},
)

# =================================================================== Reddit
case(
    name="reddit-sole-removed",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 03:18:40 +0900",
    subject=f"Re: [{R_RD}] Request for removal of illegal content",
    reply_to_req=req_mid(R_RD),
    body=f"""
Hi there,

Thanks for your report. After investigating, we've removed the content you
reported for violating Reddit's Content Policy.

-Reddit Safety

On Tue, Sep 10, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{gt(RD_REQ)}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety 'we've removed the content you reported' reply to a one-URL request",
    why="one-item request; the sole statement says the reported content was removed",
    items={RD[0]: "removed"},
)

case(
    name="reddit-rejected-wrapped",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 05:02:11 +0900",
    subject=f"Re: [{R_RD}] Request for removal of illegal content",
    reply_to_req=req_mid(R_RD),
    body=f"""
Hi there,

We reviewed the post at
<{RD[0]}>
and found that it does not violate Reddit's Content Policy, so it will stay
up. We won't be taking any action on it.

For more on how we handle government requests, see our transparency
report: https://www.redditinc.com/policies/transparency-report

-Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit no-violation reply, URL on its own line in angle brackets",
    why="post stays up for lack of violation (rejected); transparency link is not an item",
    items={RD[0]: "rejected"},
)

case(
    name="reddit-out-of-office",
    **{"from": "jlee@reddit.com"}, name_from="Jordan Lee",
    date="Wed, 18 Sep 2024 09:00:30 +0900",
    subject=f"Out of Office: Reminder: {R_RD} items still pending",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"]
    + reminder_headers(R_RD, 1),
    body="""
Thanks for your email. I'm out of the office with no access to email until
September 23. For legal requests please write to legal@reddit.com.

Jordan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder replying to our reminder",
    why="out-of-office reply",
    items={},
)

case(
    name="reddit-no-claims-portal-notice",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    date="Tue, 17 Sep 2024 02:00:00 +0900",
    subject="Changes to how Reddit receives government removal requests",
    body="""
Hello,

You are receiving this message because your organisation has sent removal
requests to Reddit in the past.

From 1 October 2024 we will accept government and regulator requests only
through our request portal: https://www.reddithelp.com/hc/en-us/requests/new
Requests sent to this address after that date will not be processed.

Thank you,
Reddit Legal Operations
""",
    outcome="review", review="no_claims",
    imitates="platform notice announcing a new intake portal",
    why="trusted Reddit mail naming no item and no request",
    items={},
)


HEADER = """# Blind set 320: ticket systems and threads (Zendesk/Freshdesk/Jira/Help Scout
# receipts and results, solved tickets, follow-ups, replies to reminders,
# partial answers, forwarded mail). Written from each email's meaning before
# any run of the reader. Generated by make.py; do not edit by hand.
"""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 words, as mailers send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
