#!/usr/bin/env python3
"""Blind set 284: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
words; the expected results come from each email's meaning alone, written
before the reader was ever run on this set.

    python3 tests/corpus/blind284/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "discord.com": "Discord",
})

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/moonlit_picks/status/1830412200000000101",
    2: "https://x.com/moonlit_picks/status/1830412200000000102",
    3: "https://x.com/moonlit_picks/status/1830412200000000117",
    4: "https://x.com/hanbit_drops/status/1830500000000004411",
    5: "https://x.com/hanbit_drops/status/1830500000000004490",
    6: "https://x.com/gold_rain_kr/status/1829977700000000023",
    7: "https://x.com/gold_rain_kr/status/1829977700000000058",
    8: "https://x.com/sbl_market/status/1830611100000000003",
    9: "https://x.com/sbl_market/status/1830611100000000009",
    10: "https://x.com/pinecone_ledger/status/1830700000000000777",
    11: "https://x.com/pinecone_ledger/status/1830700000000000778",
    12: "https://x.com/yeouido_tips/status/1830811100000000145",
    13: "https://x.com/yeouido_tips/status/1830811100000000146",
    14: "https://x.com/nightowl_dealz/status/1830900000000000031",
}
T = {
    1: "https://t.me/lucky_ladder_kr/1542",
    2: "https://t.me/lucky_ladder_kr/1560",
    3: "https://t.me/bluefin_signals/88",
    4: "https://t.me/harbor_lights_ch/4021",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    2: "https://www.youtube.com/watch?v=Zx81nRw0cDe",
    3: "https://www.youtube.com/@jadeleaf_tv",
    4: "https://www.youtube.com/watch?v=Hb5Jt0uWq9s",
}
N = {
    1: "https://blog.naver.com/sunny_stock77/223580112233",
    2: "https://cafe.naver.com/richroadclub/48213",
    3: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=471230998",
}
K1_RAW = "https://cafe.daum.net/리딩방모임/Jk3P/88"
K = {
    1: "https://cafe.daum.net/" + quote("리딩방모임") + "/Jk3P/88",
    2: "https://goldenpath24.tistory.com/131",
}
D = {1: "https://discord.gg/qT7mZkR2"}

REQ = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:12:00+09:00", "2024-09-10T23:59:59+09:00",
     [X[i] for i in range(1, 15)], "gambling", "posts promoting an unlicensed betting site"),
    ("KCSC-240904-02", "telegram", "2024-09-04T11:20:00+09:00", "2024-09-11T23:59:59+09:00",
     [T[i] for i in range(1, 5)], "fraud", "investment-signal channels"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00",
     [Y[1], Y[2], Y[3]], "fraud", "two videos and the channel that posts them"),
    ("KCSC-240906-04", "naver", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [N[1], N[2], N[3]], "privacy", "blog, cafe and kin posts exposing personal data"),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:05:00+09:00", "2024-09-16T23:59:59+09:00",
     [K[1], K[2]], "fraud", "Daum cafe post and Tistory post (stock-tip room)"),
    ("KCSC-240910-06", "discord", "2024-09-10T16:40:00+09:00", "2024-09-17T23:59:59+09:00",
     [D[1]], "obscene", "server reached through a public invite"),
    ("KCSC-240912-07", "youtube", "2024-09-12T09:15:00+09:00", "2024-09-19T23:59:59+09:00",
     [Y[4]], "fraud", "one video"),
]


def mid(ref):
    return ref + ".1@kcsc.example"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQ:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def subj(s):
    """RFC 2047-encode a non-ASCII subject (as real mailers do)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp_part(text, ctype="plain"):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64_part(text, ctype="plain", extra=""):
    enc = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8{extra}\n"
            "Content-Transfer-Encoding: base64\n\n" + enc)


def plain_part(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + text.strip("\n") + "\n")


def multipart(kind, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def csv_attachment(filename, text):
    enc = base64.encodebytes(("\ufeff" + text).encode("utf-8")).decode("ascii")
    fn = Header(filename, "utf-8").encode() if not filename.isascii() else filename
    return (f'Content-Type: text/csv; charset=utf-8; name="{fn}"\n'
            f'Content-Disposition: attachment; filename="{fn}"\n'
            "Content-Transfer-Encoding: base64\n\n" + enc)


ZD_TOP = "##- Please type your reply above this line -##"

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    if "name_from" in kw:
        kw["name_from"] = subj(kw["name_from"])
    CASES.append(kw)


# ======================= X (KCSC-240903-01, 14 items) =======================

case(
    name="x-zendesk-receipt-echoes-report",
    date="Tue, 03 Sep 2024 01:14:52 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] We received your request (#2291057)",
    extra_headers=["Auto-Submitted: auto-generated", "X-Zendesk-From-Account-Id: 7a1c02"],
    body=f"""
{ZD_TOP}

Hello,

Thanks for contacting X. This is an automatic message to let you know that
your report has reached us and has been given the ticket number #2291057.
Someone from our legal team will look at it and reply in this ticket. You
don't need to send the report again; replying to this email adds a comment
to the same ticket.

What you sent us:

  Your reference: KCSC-240903-01
  Reported content:
  {X[1]}
  {X[2]}
  {X[3]}
  {X[4]}
  {X[5]}
  (and 9 further URLs, all kept in the ticket)
  Legal basis: Korean law, see attached decision

X Support
https://help.x.com/forms

[7RQ2K1-Y04P]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket auto-receipt that echoes the submitted report",
    why="automatic receipt; the URLs are only an echo of what we reported, nothing is said about them",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending", X[4]: "pending", X[5]: "pending"},
)

case(
    name="x-zendesk-solved-numbered-with-history",
    date="Tue, 10 Sep 2024 08:41:17 +0000",
    **{"from": "support@x.com"}, name_from="Sofia (X Support)",
    subject="[X Support] Re: KCSC-240903-01 removal request [#2291057]",
    reply_to_req=mid("KCSC-240903-01")[:-len("@kcsc.example")],
    body=f"""
{ZD_TOP}

Your request (#2291057) has been solved. To reopen it, reply to this email.

----------------------------------------------

Sofia (X Support), Sep 10, 2024, 08:41 UTC

Hello,

We've finished reviewing the first five posts in your report KCSC-240903-01.
Here is where each one stands:

1. {X[1]} - removed for violating the X Rules.
2. {X[2]} - withheld in South Korea in response to your legal demand.
3. {X[3]} - we did not find a violation of the X Rules or of local law, so we took no action.
4. {X[4]} - removed.
5. {X[5]} - this post no longer exists; it had been deleted before we reviewed it.

The rest of the report has been split into a separate ticket and you will
hear from us there.

Kind regards,
Sofia
X Support

----------------------------------------------

KCSC Takedown, Sep 3, 2024, 01:12 UTC

Dear X legal team,

Under the decision attached, please remove the following posts
(reference KCSC-240903-01) by 10 September 2024:

{chr(10).join(X[i] for i in range(1, 15))}

Korea Communications Standards Commission

[7RQ2K1-Y04P]
""",
    outcome="applied",
    imitates="Zendesk 'your request has been solved' notification with the ticket's comment history",
    why="the newest agent comment gives one status per numbered URL; the first comment is our own request, not a statement",
    items={X[1]: "removed", X[2]: "restricted", X[3]: "rejected", X[4]: "removed", X[5]: "not_found",
           X[6]: "pending", X[7]: "pending", X[8]: "pending", X[9]: "pending", X[10]: "pending",
           X[11]: "pending", X[12]: "pending", X[13]: "pending", X[14]: "pending"},
)

case(
    name="x-helpscout-followup-quotes-earlier-reply",
    date="Thu, 12 Sep 2024 03:05:40 +0000",
    **{"from": "legal-support@x.com"}, name_from="Daniel at X",
    subject="Re: KCSC-240903-01 removal request (remaining posts)",
    body=f"""
Hi KCSC team,

Following up on my note from Tuesday about the two @gold_rain_kr posts.

{X[6]} has now been withheld in South Korea.
{X[7]} was removed for breaking our rules on illegal goods and services.

That closes out everything on my side for these two.

Daniel
X Legal Support

On Tue, Sep 10, 2024 at 9:02 AM, Daniel <legal-support@x.com> wrote:
> Hi,
>
> Quick status on the report: {X[1]} and
> {X[4]} were removed, {X[2]} is withheld in Korea.
> The two @gold_rain_kr posts are with a specialist and I'll follow up
> on them this week.
>
> Daniel
""",
    outcome="applied",
    imitates="Help Scout agent follow-up in the same conversation, quoting the agent's earlier reply",
    why="new statements for x6 (withheld in KR) and x7 (removed); the '>' quoted earlier reply changes nothing",
    items={X[6]: "restricted", X[7]: "removed", X[1]: "pending", X[2]: "pending", X[4]: "pending"},
)

case(
    name="x-reply-to-reminder-outlook",
    date="Wed, 11 Sep 2024 15:22:03 +0900",
    **{"from": "mj.park@x.com"}, name_from="Min-jun Park",
    subject="RE: [Reminder] KCSC-240903-01 - 9 items past the deadline",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.20240911@kcsc.example>",
                   "Thread-Topic: [Reminder] KCSC-240903-01 - 9 items past the deadline"],
    body=f"""
Hello,

Sorry for the delay. The two sbl_market posts,
{X[8]} and
{X[9]}, were both removed on 11 September.
The remaining ones are still with the policy team; I will write again as soon
as I have their answer.

Best regards,
Min-jun Park | Legal, X Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:00 AM
To: legal@x.com
Subject: [Reminder] KCSC-240903-01 - 9 items past the deadline

Dear X,

The following items of our request KCSC-240903-01 (sent 3 September 2024,
due 10 September 2024) are still pending:

{X[6]}
{X[7]}
{X[8]}
{X[9]}
{X[10]}
{X[11]}
{X[12]}
{X[13]}
{X[14]}

Please let us know what action has been taken.

KCSC Takedown
""",
    outcome="applied",
    imitates="Outlook top-posted reply to a regulator's reminder, with the reminder below -----Original Message-----",
    why="x8 and x9 are named and stated removed above the quote; the reminder's list is our own text",
    items={X[8]: "removed", X[9]: "removed", X[6]: "pending", X[7]: "pending", X[10]: "pending",
           X[11]: "pending", X[12]: "pending", X[13]: "pending", X[14]: "pending"},
)

html_table = f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your request <b>#2291402</b> (reference KCSC-240903-01, second part) has been updated.
Our review of the remaining reported posts is complete:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th><th>Note</th></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Removed</td><td>Global</td><td>X Rules violation</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Removed</td><td>Global</td><td>X Rules violation</td></tr>
<tr><td><a href="{X[12]}">{X[12]}</a></td><td>Withheld</td><td>South Korea</td><td>Local law</td></tr>
<tr><td><a href="{X[13]}">{X[13]}</a></td><td>No action</td><td>-</td><td>No violation found</td></tr>
<tr><td><a href="{X[14]}">{X[14]}</a></td><td>Not found</td><td>-</td><td>Post unavailable at time of review</td></tr>
</table>
<p>You can read about country withheld content at
<a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">help.x.com</a>.</p>
<p>Thanks,<br>X Support</p>
<p style="color:#999">{ZD_TOP.replace('<', '&lt;')}<br>[Q8NM3V-Z1P0]</p>
</body></html>
"""
case(
    name="x-zendesk-html-table-update",
    date="Fri, 13 Sep 2024 06:10:44 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Update on your request #2291402",
    type="html",
    body=html_table,
    outcome="applied",
    imitates="Zendesk HTML ticket update with a per-URL result table",
    why="one row per URL: two removed, one withheld in KR, one no action, one not found; the help link is no item",
    items={X[10]: "removed", X[11]: "removed", X[12]: "restricted", X[13]: "rejected", X[14]: "not_found"},
)

case(
    name="x-partial-answer-one-post",
    date="Mon, 09 Sep 2024 10:30:00 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    subject="Partial update: KCSC-240903-01",
    body=f"""
Hello,

A partial update on KCSC-240903-01 while the review continues.

The post at {X[12]} has been removed.

The other 13 URLs in your request are still being reviewed. We expect to have
an answer for them by 13 September and will reply on this thread.

Regards,
X Legal Support
Ticket #2291057
""",
    outcome="applied",
    imitates="abuse-desk partial answer: one item done, the rest still in review",
    why="x12 plainly removed; 'still being reviewed' for the rest names none of them and changes nothing",
    items={X[12]: "removed"},
)

case(
    name="x-jira-comment-notification",
    date="Thu, 12 Sep 2024 11:47:09 +0000",
    **{"from": "jira@x.com"}, name_from="Hana Lee (Jira)",
    subject="[JIRA] (LGLKR-4471) KCSC-240903-01 - takedown request",
    extra_headers=["Auto-Submitted: auto-generated", "X-JIRA-FingerPrint: 3e1f0c9a77d2b5e8"],
    body=f"""
Hana Lee commented on LGLKR-4471
--------------------------------

Re: KCSC-240903-01 - takedown request

Item 13 ({X[13]}): reviewed against the X Rules and the statute cited in the
decision. We are not taking action; the post stays up.

Item 14 ({X[14]}): the account owner deleted this post on 8 September, so
there is nothing left for us to act on.

--------------------------------
This message was sent by Atlassian Jira (v9.12.2#9120002-sha1:0f3a21b)
""",
    outcome="applied",
    imitates="Atlassian Jira Service Management comment notification sent to the reporter",
    why="x13 refused with its reason (rejected); x14 deleted by its owner before action (not_found); Auto-Submitted does not make a result an auto-reply",
    items={X[13]: "rejected", X[14]: "not_found"},
)

case(
    name="x-helpscout-angle-brackets-wrapped",
    date="Fri, 13 Sep 2024 02:18:55 +0000",
    **{"from": "legal-support@x.com"}, name_from="Priya at X",
    subject="Re: KCSC-240903-01 removal request",
    body=f"""
Hi there,

Thanks for your patience. We have disabled the two @pinecone_ledger posts you
reported:

<{X[10]}>
<{X[11][:44]}
{X[11][44:]}>

Let us know if there is anything else.

Priya
X Legal Support
""",
    outcome="applied",
    imitates="Help Scout reply with URLs in angle brackets, one wrapped by the mail client",
    why="'disabled' is removed; the wrapped URL inside <...> is one URL (RFC 3986 appendix C)",
    items={X[10]: "removed", X[11]: "removed"},
)

case(
    name="x-korea-legal-korean-reply",
    date="Mon, 09 Sep 2024 17:03:12 +0900",
    **{"from": "legal-kr@x.com"}, name_from="X Korea 법무팀",
    subject=subj("RE: [KCSC-240903-01] 게시물 삭제 요청의 건"),
    body=f"""
안녕하세요, 방송통신심의위원회 담당자님.

KCSC-240903-01 요청 건 중 먼저 검토가 끝난 두 건의 처리 결과를 알려드립니다.

{X[1]} 게시물은 X 규칙 위반으로 삭제되었고,
{X[2]} 게시물은 한국 내에서 열람이 제한(국가별 콘텐츠 보류)되었습니다.

나머지 게시물은 검토가 끝나는 대로 다시 회신드리겠습니다.

감사합니다.
X Korea 법무팀 드림
""",
    outcome="applied",
    imitates="Korean-language reply from a platform's local legal team",
    why="x1 삭제 (removed), x2 한국 내 열람 제한 (restricted)",
    items={X[1]: "removed", X[2]: "restricted"},
)

case(
    name="x-promise-escalated",
    date="Fri, 06 Sep 2024 04:40:21 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    subject="Re: KCSC-240903-01 removal request [#2291057]",
    body=f"""
Hello,

Thank you for your notice under KCSC-240903-01.

We have escalated {X[4]} and {X[5]} to
our specialist team. If they are found to break local law, they will be
withheld in Korea within 48 hours and we will confirm here.

Regards,
X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="ticket reply that escalates and promises action",
    why="escalation and a conditional promise ('if ... they will be withheld') are no statements",
    items={X[4]: "pending", X[5]: "pending"},
)

case(
    name="x-auth-fail-solved",
    date="Wed, 11 Sep 2024 13:51:00 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Support", auth="fail",
    subject="[X Support] Your request #2291057 has been solved",
    body=f"""
{ZD_TOP}

Your request (#2291057) has been solved.

Hello,

The following posts from your report KCSC-240903-01 were removed:
{X[1]}
{X[3]}

X Support
""",
    outcome="review", review="untrusted",
    imitates="Zendesk solved notification arriving with failed DKIM/SPF/DMARC",
    why="sender domain is X's but authentication failed: nothing may change",
    items={X[1]: "pending", X[3]: "pending"},
)

case(
    name="x-zendesk-subdomain-unknown-sender",
    date="Wed, 11 Sep 2024 02:33:10 +0000",
    **{"from": "support@xcorp-legal.zendesk.com"}, name_from="X Legal Support",
    subject="[X Legal] Re: KCSC-240903-01 [#88314]",
    body=f"""
{ZD_TOP}

Hello,

Regarding KCSC-240903-01: the post {X[6]} has been removed.

X Legal Support

This email is a service from X Legal. Delivered by Zendesk
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk mail sent from a helpdesk subdomain instead of the platform's own domain",
    why="xcorp-legal.zendesk.com is not a configured X sender domain, whatever the signature says",
    items={X[6]: "pending"},
)

case(
    name="x-asks-for-legal-basis",
    date="Thu, 05 Sep 2024 07:12:45 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    subject="Re: KCSC-240903-01 removal request [#2291057] - more information needed",
    body=f"""
Hello,

To process your request for {X[6]} we need
a little more information. Please reply with a copy of the decision that
applies to this post and the specific provision of Korean law it is based on.

Until we receive it, this part of the ticket is on hold.

Regards,
X Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="ticket set to Pending: the agent asks the requester for documents",
    why="asks for the decision and the legal provision; no status is given",
    items={X[6]: "pending"},
)

case(
    name="x-forwarded-by-staff",
    date="Fri, 13 Sep 2024 09:14:30 +0900",
    **{"from": "jae.kim@x.com"}, name_from="Jae Kim",
    subject="Fwd: KCSC-240903-01 results from Safety",
    body=f"""
FYI - see the results below from our safety team.

Jae

---------- Forwarded message ---------
From: X Safety Ops <safety-ops@x.com>
Date: Thu, Sep 12, 2024 at 6:02 PM
Subject: KCSC-240903-01 results
To: Jae Kim <jae.kim@x.com>

Jae,

{X[12]} - removed
{X[13]} - withheld in KR

Safety Ops
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail forward of an internal result by a platform employee",
    why="the statements sit inside a forwarded message; a person should confirm before anything changes",
    items={X[12]: "pending", X[13]: "pending"},
)

case(
    name="x-template-contradicts-agent-note",
    date="Thu, 12 Sep 2024 20:05:11 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Result for request #2291311",
    body=f"""
{ZD_TOP}

Result summary - request #2291311 (your reference KCSC-240903-01)

Reported URL: {X[9]}
Decision:     Removed
Policy:       Illegal or certain regulated goods or services

Agent note:
Hello, after reviewing the post at the URL above we did not find it in
violation of the X Rules or of the Korean law you cited, and it remains
available on X.

X Support
""",
    outcome="review", review="conflicting_statements",
    imitates="ticket result where the filled-in template field and the agent's note disagree",
    why="'Decision: Removed' and 'remains available' about the same post cannot both be true",
    items={X[9]: "pending"},
)

case(
    name="x-legal-inbox-autoreply",
    date="Tue, 03 Sep 2024 01:12:40 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Automatic reply: [KCSC-240903-01] Removal request - 14 URLs",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thank you for your email.

This mailbox is not monitored for content reports. Government and law
enforcement requests are handled through our legal request form at
https://help.x.com/forms/legal. Emails sent here will not be answered.

X Legal
""",
    outcome="ignored", classification="auto_reply",
    imitates="'this mailbox is not monitored' automatic reply",
    why="automatic reply pointing to a web form; says nothing about any item",
)

# ======================= Telegram (KCSC-240904-02, 4 items) =======================

case(
    name="tg-freshdesk-ticket-received",
    date="Wed, 04 Sep 2024 02:21:33 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Ticket Received - KCSC-240904-02 removal request [#48211]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a ticket
has been created. A member of the abuse team will review it and send you a
personal response.

To view the status of the ticket or add comments, please visit
https://abuse-desk.telegram.org/helpdesk/tickets/48211

Thank you for your patience.

Sincerely,
Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk 'Ticket Received' auto-acknowledgement",
    why="pure receipt with a ticket number",
)

case(
    name="tg-freshdesk-ticket-resolved-mixed",
    date="Sat, 07 Sep 2024 09:55:02 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Ticket Resolved - KCSC-240904-02 removal request [#48211]",
    body=f"""
Dear KCSC Takedown,

Your ticket has been resolved. Notes from the abuse team:

{T[1]} - taken down
{T[2]} - taken down
{T[3]} - no such post; the username is not in use by any channel

{T[4]} - this post quotes a news article and does not break the Telegram
Terms of Service. No action taken.

If you feel the ticket has not been resolved, reply to this email and it
will be reopened.

Sincerely,
Telegram Abuse Team
""",
    outcome="applied",
    imitates="Freshdesk 'Ticket Resolved' notification with the agent's per-URL notes",
    why="two taken down, one nonexistent channel (not_found), one refused with its reason (rejected)",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found", T[4]: "rejected"},
)

case(
    name="tg-gmail-top-posted-over-request",
    date="Mon, 09 Sep 2024 14:02:18 +0400",
    **{"from": "abuse@telegram.org"}, name_from="Ilya S.",
    subject="Re: [KCSC-240904-02] Removal request - 4 Telegram posts",
    reply_to_req="KCSC-240904-02.1",
    body=f"""
Hello,

After a second review, {T[4]} has now been taken down.
The other three are still with the team.

Ilya
Telegram Abuse

On Wed, 4 Sep 2024 at 11:20, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram abuse team,
>
> Please remove the following posts by 11 September 2024
> (reference KCSC-240904-02):
>
> {T[1]}
> {T[2]}
> {T[3]}
> {T[4]}
>
> KCSC Takedown
""",
    outcome="applied",
    imitates="Gmail top-posted reply over the quoted request",
    why="only t4 is stated taken down; the quoted request below 'On ... wrote:' changes nothing",
    items={T[4]: "removed", T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="tg-statement-then-url-below",
    date="Fri, 06 Sep 2024 18:40:09 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject="Re: KCSC-240904-02 Case #1177340",
    body=f"""
Hello,

Case #1177340 (your reference KCSC-240904-02).

The following post has been made unavailable to users in South Korea:
{T[3]}

We could not locate the following post; this message ID does not exist in
the channel:
{T[2]}

Telegram
""",
    outcome="applied",
    imitates="Telegram DSA-desk reply: statement line, URL on the line below",
    why="t3 unavailable in South Korea (restricted); t2 cannot be located (not_found)",
    items={T[3]: "restricted", T[2]: "not_found"},
)

case(
    name="tg-bare-url-status-below",
    date="Sun, 08 Sep 2024 07:15:30 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject="Case #1177340 - outcome",
    body=f"""
Reference: KCSC-240904-02
Case: #1177340

{T[1]}
Status: Removed

{T[2]}
Status: Removed

{T[4]}
Status: No violation found - content remains available

This decision may be contested via https://telegram.org/faq#appeals.
""",
    outcome="applied",
    imitates="ticket outcome block: bare URL with a status line under it",
    why="t1, t2 removed; t4 no violation, remains available (rejected); the appeals link is no item",
    items={T[1]: "removed", T[2]: "removed", T[4]: "rejected"},
)

case(
    name="tg-hedge-and-under-review",
    date="Thu, 05 Sep 2024 12:00:47 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: Ticket #48211 - KCSC-240904-02",
    body=f"""
Dear KCSC Takedown,

Thank you for your follow-up regarding KCSC-240904-02.

The post {T[4]} may have been removed by the channel's
administrators already; we are checking this.

{T[1]} and {T[2]} are still under
review with our moderators and we will update you once a decision is made.

Sincerely,
Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim reply with a hedge and 'under review'",
    why="'may have been removed' is a hedge and 'under review' is no decision",
    items={T[1]: "pending", T[2]: "pending", T[4]: "pending"},
)

case(
    name="tg-qp-bulleted-result",
    date="Tue, 10 Sep 2024 05:44:12 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject="Re: KCSC-240904-02 - result",
    raw_mime=qp_part(f"""
Hello,

Regarding your request KCSC-240904-02, the moderators have dealt with the two
remaining posts:

  \u2022 {T[2]} \u2014 removed
  \u2022 {T[3]} \u2014 removed, and the channel has been closed

You can read more about how Telegram handles such reports at
https://telegram.org/moderation .

Best regards,
Telegram
"""),
    outcome="applied",
    imitates="quoted-printable plain-text result with bullet characters and em dashes",
    why="t2 and t3 named and removed; the moderation page is no item",
    items={T[2]: "removed", T[3]: "removed"},
)

case(
    name="tg-reply-to-our-followup-outlook",
    date="Fri, 13 Sep 2024 16:20:05 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="RE: Ticket #48211 - KCSC-240904-02 - one link still open",
    body=f"""
Dear KCSC Takedown,

Regarding the one remaining link, {T[3]}: the channel has now
been closed for violating our Terms of Service.

Sincerely,
Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 10:03 AM
To: abuse@telegram.org
Subject: Ticket #48211 - KCSC-240904-02 - one link still open

Dear Telegram,

Thank you for your earlier answer. Your note said "no such post" for
{T[3]}, but the channel is still reachable today. Could you
check it again? The other links are settled:

{T[1]}
{T[2]}
{T[4]}

KCSC Takedown
""",
    outcome="applied",
    imitates="reply to a regulator's follow-up in the same ticket, Outlook-style quote below",
    why="t3 closed (removed); the other links are only in our own quoted follow-up",
    items={T[3]: "removed", T[1]: "pending", T[2]: "pending", T[4]: "pending"},
)

# ======================= YouTube (KCSC-240905-03: 3 items; KCSC-240912-07: 1) =======================

case(
    name="yt-legal-ticket-result-list",
    date="Tue, 10 Sep 2024 03:27:51 +0000",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="[5-2381000031744] Your legal request - KCSC-240905-03",
    body=f"""
Hello,

Thanks for reaching out to YouTube. After reviewing the content in your
request (KCSC-240905-03), we have taken the following action:

- {Y[1]}: removed for violating YouTube's Community Guidelines
- {Y[2]}: blocked from view in South Korea based on local law
- {Y[3]}: the channel has been terminated

To learn more about our policies, visit
https://support.google.com/youtube/answer/2801939

Regards,
The YouTube Team
""",
    outcome="applied",
    imitates="YouTube legal-request outcome email with a per-URL list",
    why="y1 removed, y2 blocked in South Korea (restricted), y3 channel terminated (removed)",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-qp-geo-restriction",
    date="Mon, 09 Sep 2024 22:10:03 +0000",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="[5-2381000031744] Update on your legal request",
    raw_mime=multipart("alternative", "000000000000a1b2c3d4e5f60718", [
        qp_part(f"""
Hello,

Following our review of the legal request you submitted under reference KCSC-240905-03, we have restricted access to {Y[2]} in South Korea.

This restriction applies only in South Korea; the video remains available in other countries.

The YouTube Team
"""),
        qp_part(f"""
<div dir="ltr"><p>Hello,</p><p>Following our review of the legal request you submitted under reference KCSC-240905-03, we have restricted access to <a href="{Y[2]}">{Y[2]}</a> in South Korea.</p><p>This restriction applies only in South Korea; the video remains available in other countries.</p><p>The YouTube Team</p></div>
""", "html"),
    ]),
    outcome="applied",
    imitates="Gmail-style multipart/alternative, quoted-printable with soft line breaks inside the URL",
    why="y2 restricted in South Korea ('remains available in other countries' is the scope, no refusal)",
    items={Y[2]: "restricted"},
)

case(
    name="yt-thread-reply-one-item-request",
    date="Tue, 17 Sep 2024 01:50:00 +0000",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240912-07] Removal request - 1 YouTube video",
    reply_to_req="KCSC-240912-07.1",
    body="""
Hello,

Thank you for your notice. The video you reported has been removed from
YouTube for violating our Community Guidelines.

Regards,
The YouTube Team
""",
    outcome="applied",
    imitates="short thread reply to a one-video request",
    why="the request has one item, so 'the video you reported has been removed' applies to it",
    items={Y[4]: "removed"},
)

case(
    name="yt-ack-plus-first-result",
    date="Fri, 06 Sep 2024 04:05:33 +0000",
    **{"from": "youtube-legal@youtube.com"}, name_from="YouTube",
    subject="Your request has been received [5-2381000031799]",
    body=f"""
Hi,

Thanks for your report (KCSC-240905-03). Your ticket number is
5-2381000031799.

We have already reviewed {Y[1]} and removed it
under our Community Guidelines. The other two items remain in our review queue.

The YouTube Team
""",
    outcome="applied",
    imitates="ticket receipt that also carries a first result",
    why="acknowledgement wording plus an unhedged removal of y1: not a pure acknowledgement",
    items={Y[1]: "removed"},
)

case(
    name="yt-thread-all-removed-bulk",
    date="Wed, 11 Sep 2024 06:30:20 +0000",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-03] Removal request - 3 items",
    reply_to_req="KCSC-240905-03.1",
    body="""
Hello,

We have removed all of the videos and the channel listed in your notice.

Regards,
The YouTube Team
""",
    outcome="review", review="bulk",
    imitates="one-line thread reply covering a whole multi-item request",
    why="a statement about several items without naming each, for a 3-item request",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="yt-read-receipt",
    date="Thu, 05 Sep 2024 10:02:44 +0900",
    **{"from": "j.cho@google.com"}, name_from="Jiwoo Cho",
    subject="Read: [KCSC-240905-03] Removal request - 3 items",
    raw_mime=multipart("report", "----=_NextPart_MDN_0042", [
        plain_part("""
Your message

  To: legal-kr@google.com
  Subject: [KCSC-240905-03] Removal request - 3 items
  Sent: Thursday, September 5, 2024 9:30 AM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 10:02 AM (UTC+09:00) Seoul.
"""),
        """Content-Type: message/disposition-notification

Reporting-UA: google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;j.cho@google.com
Original-Message-ID: <KCSC-240905-03.1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""",
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt says nothing about items",
)

# ======================= NAVER (KCSC-240906-04, 3 items) =======================

case(
    name="naver-helpdesk-answer-korean",
    date="Wed, 11 Sep 2024 14:30:00 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject=subj("[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240906-04)"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240906-04)의 처리 결과를 안내드립니다.

1. {N[1]}
 → 게시중단 처리되었습니다.

2. {N[2]}
 → 임시조치(30일) 되었습니다.

3. {N[3]}
 → 작성자가 이미 삭제한 게시물로 확인되어 별도 조치가 필요하지 않습니다.

추가 문의 사항은 고객센터(https://help.naver.com)로 접수해 주시기 바랍니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER help-centre answer to an inquiry ticket, numbered 게시중단/임시조치 results",
    why="n1 게시중단 (removed), n2 임시조치 (restricted), n3 작성자가 이미 삭제 (not_found)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-particles-fullwidth",
    date="Tue, 10 Sep 2024 11:12:40 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    subject=subj("RE: [KCSC-240906-04] 게시물 조치 요청"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 건 중 {N[1]}은 블라인드 처리하였으며，{N[2]}는 확인 결과 존재하지 않는 게시물입니다。

나머지 지식iN 게시물은 확인 중이며 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER policy team reply with URLs followed by Korean particles and full-width punctuation",
    why="n1 블라인드 (removed); n2 존재하지 않는 게시물 (not_found); the kin post is still being checked",
    items={N[1]: "removed", N[2]: "not_found"},
)

naver_html = f"""
<html><body>
<p>안녕하세요. 네이버입니다.</p>
<p>시정요구(KCSC-240906-04)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>접속차단(국내)</td><td>2024-09-12</td></tr>
<tr><td>3</td><td>{N[3].replace('&', '&amp;')}</td><td>미조치 (위반 사항 없음, 게시 유지)</td><td>-</td></tr>
</table>
<p>문의: 네이버 정책지원팀</p>
</body></html>
"""
case(
    name="naver-base64-html-result-table",
    date="Thu, 12 Sep 2024 17:45:09 +0900",
    **{"from": "noreply@naver.com"}, name_from="NAVER",
    subject=subj("[NAVER] 시정요구 조치 결과 회신 (KCSC-240906-04)"),
    raw_mime=b64_part(naver_html, "html"),
    outcome="applied",
    imitates="Korean 시정요구 조치결과 table in a base64 HTML body",
    why="n1 삭제 (removed), n2 접속차단(국내) (restricted), n3 위반 사항 없음·게시 유지 (rejected)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "rejected"},
)

case(
    name="naver-all-taken-down-bulk",
    date="Fri, 13 Sep 2024 09:20:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    subject=subj("RE: [KCSC-240906-04] 게시물 조치 요청"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240906-04로 요청하신 게시물 3건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line completion notice for a whole request",
    why="'3건 모두 게시중단' covers three items without naming each",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="naver-out-of-office",
    date="Mon, 16 Sep 2024 09:00:03 +0900",
    **{"from": "sy.han@navercorp.com"}, name_from="한승연",
    subject=subj("[자동응답] RE: [KCSC-240906-04] 게시물 조치 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 한승연입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 건은 policy@navercorp.com 으로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답) over the Chuseok holiday",
    why="out-of-office auto-reply",
)

case(
    name="naver-about-daum-post-wrong-platform",
    date="Tue, 10 Sep 2024 15:03:27 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    subject=subj("RE: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req="KCSC-240909-05.1",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 {K1_RAW} 은(는) 네이버가 운영하는 서비스가 아니라 다음(Daum) 카페의 게시물입니다.
참고로 확인해 보니 해당 주소는 현재 존재하지 않는 게시물로 표시됩니다.

해당 서비스 운영사(카카오)로 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal reply to a request sent to the wrong operator",
    why="NAVER says a Daum (Kakao) post does not exist; only Kakao can state its items' status",
    items={K[1]: "pending"},
)

# ======================= Kakao (KCSC-240909-05, 2 items) =======================

kakao_csv = (
    "접수번호,URL,조치결과,조치일시\n"
    f"KR-0913-2210,{K1_RAW},게시중단,2024-09-12 16:20\n"
    f"KR-0913-2211,{K[2]},임시조치(30일),2024-09-12 16:24\n"
)
case(
    name="kakao-csv-attachment-results",
    date="Fri, 13 Sep 2024 10:11:00 +0900",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    subject=subj("[카카오] 게시물 조치 결과 안내 (KCSC-240909-05)"),
    raw_mime=multipart("mixed", "kakao_b_5f2e9a", [
        plain_part("""
안녕하세요. 카카오 고객센터입니다.

KCSC-240909-05로 요청하신 게시물의 조치 결과를 첨부 파일로 보내 드립니다.
확인 부탁드립니다.

감사합니다.
"""),
        csv_attachment("result_KCSC-240909-05.csv", kakao_csv),
    ]),
    outcome="applied",
    imitates="Kakao customer-centre result sent as a CSV attachment",
    why="CSV rows: k1 게시중단 (removed), k2 임시조치 (restricted)",
    items={K[1]: "removed", K[2]: "restricted"},
)

case(
    name="kakao-raw-korean-path-mixed",
    date="Thu, 12 Sep 2024 13:40:51 +0900",
    **{"from": "notice@daum.net"}, name_from="Daum 고객센터",
    subject=subj("Re: [KCSC-240909-05] 게시물 삭제 요청에 대한 회신"),
    body=f"""
안녕하세요, Daum 고객센터입니다.

요청하신 게시물에 대해 다음과 같이 처리하였습니다.

- {K1_RAW} : 국내 접근 제한 조치
- {K[2]} : 운영정책 위반이 확인되지 않아 게시를 유지합니다.

처리 결과에 이의가 있으시면 회신 주시기 바랍니다.

감사합니다.
""",
    outcome="applied",
    imitates="Daum customer-centre reply with a raw Korean cafe path",
    why="k1 국내 접근 제한 (restricted); k2 no policy violation, stays up (rejected)",
    items={K[1]: "restricted", K[2]: "rejected"},
)

case(
    name="kakao-dsn-bounce-of-reminder",
    date="Mon, 16 Sep 2024 10:06:12 +0900",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "8C1D2240A9.1726448772/mx2.kakaocorp.com", [
        """Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<takedown-kr@kakaocorp.com>: host mx2.kakaocorp.com said: 550 5.1.1
    <takedown-kr@kakaocorp.com>: Recipient address rejected: User unknown
""",
        """Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
X-Postfix-Queue-ID: 8C1D2240A9
Arrival-Date: Mon, 16 Sep 2024 10:06:11 +0900 (KST)

Final-Recipient: rfc822; takedown-kr@kakaocorp.com
Original-Recipient: rfc822;takedown-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <takedown-kr@kakaocorp.com>: Recipient
    address rejected: User unknown
""",
        f"""Content-Description: Undelivered Message
Content-Type: message/rfc822

Date: Mon, 16 Sep 2024 10:06:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: takedown-kr@kakaocorp.com
Subject: [Reminder] KCSC-240909-05 - 2 items pending
Message-ID: <reminder.KCSC-240909-05.20240916@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

The following items of KCSC-240909-05 are still pending:

{K[1]}
{K[2]}
""",
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="a bounce of our own reminder; the URLs are in the returned message",
    items={K[1]: "pending", K[2]: "pending"},
)

# ======================= Discord (KCSC-240910-06, 1 item) =======================

case(
    name="discord-zendesk-solved-server-removed",
    date="Sat, 14 Sep 2024 03:33:19 +0000",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Discord] Your request #31558021 has been solved",
    body=f"""
{ZD_TOP}

Your request (31558021) has been solved. To reopen it, reply to this email.

Kai (Discord Trust & Safety)
Sep 14, 2024, 03:33 UTC

Hello,

We have reviewed the server reported under KCSC-240910-06 and removed it
from Discord. The invite <{D[1]}> no longer leads anywhere.

Thanks for helping keep Discord safe.
Kai
""",
    outcome="applied",
    imitates="Zendesk solved notification from a trust-and-safety desk",
    why="the server behind the one requested invite was removed",
    items={D[1]: "removed"},
)

case(
    name="discord-invite-invalid",
    date="Thu, 12 Sep 2024 21:09:45 +0000",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: KCSC-240910-06 [#31558021]",
    body=f"""
Hello,

We were unable to locate any server from the invite link
{D[1]}. The link is invalid or has expired, so there is
nothing we can act on. We are closing this ticket.

Discord Trust & Safety
""",
    outcome="applied",
    imitates="trust-and-safety reply: invite link invalid or expired",
    why="invalid link, nothing found: not_found",
    items={D[1]: "not_found"},
)

case(
    name="discord-jira-request-received",
    date="Tue, 10 Sep 2024 07:41:02 +0000",
    **{"from": "legal-requests@discord.com"}, name_from="Discord Legal Requests",
    subject="DSR-7719 Request received: KCSC-240910-06 takedown request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
—-—-—-—-—-—-
Reply above this line.

Your request DSR-7719 has been received.

Summary: KCSC-240910-06 takedown request
Reported link: {D[1]}

We'll let you know by email when there is an update. You can view the
request at https://discord-legal.atlassian.net/servicedesk/customer/portal/3/DSR-7719

Discord Legal Requests
Powered by Jira Service Management
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' customer notification",
    why="pure receipt; the invite is only echoed from our report",
    items={D[1]: "pending"},
)

case(
    name="discord-generic-action-taken",
    date="Sun, 15 Sep 2024 11:58:30 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    subject="Update on your report to Discord",
    body="""
Hi there,

Thanks for your report. Our Safety team has reviewed it and taken action
where appropriate under our Community Guidelines.

For privacy reasons we can't share details about actions taken on other
users' accounts or servers.

Learn more about how we enforce our rules:
https://discord.com/safety/our-approach-to-content-moderation

Discord
""",
    outcome="review", review="no_claims",
    imitates="Discord generic 'we've taken action where appropriate' report outcome",
    why="trusted, but names no item and references no request of ours",
)


def main():
    write_requests()
    header = """# Blind set 284: ticket systems and threads (receipts, solved tickets,
# follow-ups in the same thread, replies to our reminders, partial answers,
# forwarded mail). Written by tests/corpus/blind284/make.py from each
# email's meaning, before the reader was run on it. See NOTES.md.
"""
    corpuslib.write_set(HERE, "blind284", header, CASES)


if __name__ == "__main__":
    main()
