#!/usr/bin/env python3
"""Blind set 92: ticket systems and threads.

Zendesk/Freshdesk/Jira-style receipts and results, follow-ups in the same
thread, replies to our reminders, partial answers and forwarded mail, from
X, YouTube, Telegram, NAVER, TikTok and Kakao. Every email is fictional and
written in our own sentences; the expected result of each case was written
from the email's meaning alone, before the reader was run on it.

    python3 tests/corpus/blind92/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import email.header
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind92"

# ---------------------------------------------------------------- requests
IN_NAVER_RAW = "https://in.naver.com/윤슬마켓/contents/internal/712003498811"
IN_NAVER = "https://in.naver.com/" + urllib.parse.quote("윤슬마켓") + "/contents/internal/712003498811"

REQUESTS = [
    # ref, platform, sent, due, category, note, urls
    ("KCSC-240909-01", "x", "2024-09-09", "2024-09-16", "threats",
     "posts and one account, largest request of the set", [
         "https://x.com/bluefinch_kr/status/1833001100000000001",
         "https://x.com/bluefinch_kr/status/1833001100000000002",
         "https://x.com/bluefinch_kr/status/1833001100000000003",
         "https://x.com/noonlight_22/status/1833104400000000011",
         "https://x.com/noonlight_22/status/1833104400000000012",
         "https://x.com/grey_tally/status/1833208800000000021",
         "https://x.com/grey_tally/status/1833208800000000022",
         "https://x.com/grey_tally/status/1833208800000000023",
         "https://x.com/pinecone_relay/status/1833312200000000031",
         "https://x.com/pinecone_relay/status/1833312200000000032",
         "https://x.com/harbor_mint/status/1833415500000000041",
         "https://x.com/harbor_mint/status/1833415500000000042",
         "https://x.com/vela_outlet",
         "https://x.com/orchid_sub/status/1833519900000000051",
     ]),
    ("KCSC-240910-02", "youtube", "2024-09-10", "2024-09-17", "harassment",
     "three videos and one channel", [
         "https://www.youtube.com/watch?v=Qm7tR2kLp0a",
         "https://www.youtube.com/watch?v=Hx3Wn8vZc1b",
         "https://www.youtube.com/shorts/Tp9Ys4Ud2cE",
         "https://www.youtube.com/@lanternmarket_kr",
     ]),
    ("KCSC-240910-03", "telegram", "2024-09-10", "2024-09-17", "drugs",
     "two channel posts and one chat", [
         "https://t.me/silvermoth_deals/418",
         "https://t.me/silvermoth_deals/421",
         "https://t.me/copperkite_chat",
     ]),
    ("KCSC-240911-04", "naver", "2024-09-11", "2024-09-18", "defamation",
     "blog, cafe and in.naver posts (one Korean path)", [
         "https://blog.naver.com/mellowtide77/223560011201",
         "https://blog.naver.com/mellowtide77/223560011388",
         "https://cafe.naver.com/duskmarket/58812",
         "https://cafe.naver.com/duskmarket/58840",
         IN_NAVER,
     ]),
    ("KCSC-240912-05", "tiktok", "2024-09-12", "2024-09-19", "illegal_gambling",
     "two videos", [
         "https://www.tiktok.com/@mossy.lane/video/7412200033410001234",
         "https://www.tiktok.com/@mossy.lane/video/7412200033410005678",
     ]),
    ("KCSC-240912-06", "kakao", "2024-09-12", "2024-09-19", "defamation",
     "Daum cafe post, brunch post, Kakao channel post", [
         "https://cafe.daum.net/nightferry/Hb2K/3307",
         "https://brunch.co.kr/@quietoak/41",
         "https://pf.kakao.com/_xkRtaq/104455821",
     ]),
    ("KCSC-240913-07", "youtube", "2024-09-13", "2024-09-20", "privacy",
     "one video", [
         "https://www.youtube.com/watch?v=Zc4Lk9Pq2Rs",
     ]),
]

REQ = {r[0]: r for r in REQUESTS}
X1, YT2, TG3, NV4, TT5, KK6, YT7 = (r[0] for r in REQUESTS)


def mid(ref):
    return "request." + ref + ".1"


def urls(ref):
    return REQ[ref][6]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, us in REQUESTS:
        for u in us:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_text(ref, raw_korean=False):
    """Our own request email, as the platforms quote it back."""
    _, plat, sent, due, _, _, us = REQ[ref]
    lines = [
        "Dear Trust and Safety team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "restrict the content below, which it found to be illegal under Korean",
        "law. Our reference: %s." % ref,
        "",
    ]
    for i, u in enumerate(us, 1):
        if raw_korean and u == IN_NAVER:
            u = IN_NAVER_RAW
        lines.append("%d. %s" % (i, u))
    lines += [
        "",
        "Please tell us by %s what was done with each URL." % due,
        "",
        "KCSC Takedown desk",
    ]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- MIME helpers
def alt(text, html, b):
    return (
        f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n"
        f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n"
        f"--{b}--\n"
    )


def qp(text, ctype="plain"):
    body = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (
        f"Content-Type: text/{ctype}; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + body
    )


def b64(text, ctype="plain"):
    body = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (
        f"Content-Type: text/{ctype}; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n" + body
    )


def with_csv(text, csv_text, filename, b):
    att = base64.encodebytes(csv_text.encode("utf-8")).decode("ascii")
    return (
        f'Content-Type: multipart/mixed; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n"
        f'--{b}\nContent-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n{att}"
        f"--{b}--\n"
    )


X = urls(X1)
Y = urls(YT2)
T = urls(TG3)
N = urls(NV4)
TT = urls(TT5)
K = urls(KK6)
Z = urls(YT7)[0]

CASES = []


def case(**c):
    CASES.append(c)


# ======================================================================
# X (KCSC-240909-01, 14 items)
# ======================================================================

case(
    name="x-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'your request has been received' auto-acknowledgement with the request echoed",
    why="pure receipt: a ticket number and a promise to review; the URLs are only our own request echoed back",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Mon, 09 Sep 2024 18:02:11 +0900",
    subject="[X Support] Re: [%s] Request for removal of content (ticket 0298831)" % X1,
    reply_to_req=mid(X1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Ticket-ID: 0298831"],
    body="""##- Please type your reply above this line -##

Your request (0298831) has been received and is being reviewed by our
support staff.

To add more information to this request, simply reply to this email.
You will hear from us as soon as a member of the team has looked at it.

Your message:

  %s

This email is a service from X Support.
[ZK8YQ2-0P4M]
""" % "\n".join(("  " + l) if l else "" for l in request_text(X1).split("\n")),
    items={},
)

case(
    name="x-ticket-solved-numbered",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request marked Solved' notification carrying an agent's numbered per-URL outcome",
    why="five URLs, each with its own unhedged outcome: three removed, one withheld in Korea, one no violation",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 12 Sep 2024 10:14:33 +0900",
    subject="[X Support] Re: [%s] Request for removal of content (ticket 0298831) - Solved" % X1,
    reply_to_req=mid(X1),
    extra_headers=["X-Ticket-ID: 0298831"],
    body="""##- Please type your reply above this line -##

Your request (0298831) has been updated and marked Solved.

Dana (X Safety, Legal Requests)
Sep 12, 2024, 10:14 KST

Hello,

Thank you for your patience. Our Safety team has finished reviewing the
first group of posts listed in your request %s. The outcome for
each is below.

1. https://x.com/bluefinch_kr/status/1833001100000000001
   Removed: the post violated our Violent Speech policy.
2. https://x.com/bluefinch_kr/status/1833001100000000002
   Removed: same violation as the post above.
3. https://x.com/bluefinch_kr/status/1833001100000000003
   Removed: the post violated our Violent Speech policy.
4. https://x.com/noonlight_22/status/1833104400000000011
   Withheld in South Korea in response to your legal demand. The post
   remains available in other countries.
5. https://x.com/noonlight_22/status/1833104400000000012
   No action: after review we did not find a violation of the X Rules
   or of the Korean law cited in your request.

The other posts in your request are still with the team and we will
write to you separately about them.

How we handle such demands: https://help.x.com/en/rules-and-policies/enforcement-options

Regards,
Dana
X Safety, Legal Requests

This email is a service from X Support.
[ZK8YQ2-0P4M]
""" % X1,
    items={X[0]: "removed", X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected"},
)

case(
    name="x-reply-to-reminder-top-posted",
    outcome="applied", classification="confirmation",
    imitates="agent's Gmail-style top-posted reply over our quoted overdue reminder",
    why="two URLs answered in the agent's own text (removed, could not locate); the reminder's list below is quoted",
    **{"from": "minh.tran@x.com"}, name_from="Minh Tran",
    date="Mon, 16 Sep 2024 15:40:09 +0900",
    subject="Re: Reminder: %s - response overdue" % X1,
    extra_headers=[
        "In-Reply-To: <reminder.%s.1@kcsc.example>" % X1,
        "References: <%s@kcsc.example> <reminder.%s.1@kcsc.example>" % (mid(X1), X1),
    ],
    body="""Hi KCSC team,

Apologies for the delay. Two more updates on this request:

https://x.com/grey_tally/status/1833208800000000021 - removed for violating
our Private Information policy.
https://x.com/grey_tally/status/1833208800000000022 - we could not locate
this post; the ID does not resolve to any post on X.

We are still working through the rest and will come back to you.

Best,
Minh
X Legal Operations

On Mon, Sep 16, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: the deadline for request %s (sent 2024-09-09) has
> passed. These items are still waiting for your answer:
>
> https://x.com/grey_tally/status/1833208800000000021
> https://x.com/grey_tally/status/1833208800000000022
> https://x.com/grey_tally/status/1833208800000000023
> https://x.com/pinecone_relay/status/1833312200000000031
> https://x.com/pinecone_relay/status/1833312200000000032
> https://x.com/harbor_mint/status/1833415500000000041
> https://x.com/harbor_mint/status/1833415500000000042
> https://x.com/vela_outlet
> https://x.com/orchid_sub/status/1833519900000000051
>
> Please reply to this email with the status of each.
>
> KCSC Takedown desk
""" % X1,
    items={X[5]: "removed", X[6]: "not_found"},
)

case(
    name="x-thread-followup-remaining",
    outcome="applied", classification="confirmation",
    imitates="Salesforce-style case reply with a thread ref token, follow-up in the same thread",
    why="bulleted URLs with ' : ' statements: two withheld in Korea, one found not to break the rules",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Tue, 17 Sep 2024 11:25:50 +0900",
    subject="Re: [%s] Request for removal of content [ref:_00D5g1Xk._5006Q2vTqR:ref]" % X1,
    reply_to_req=mid(X1),
    body="""Hello again,

Following up in this thread with the results for three more posts from
your request.

  - https://x.com/pinecone_relay/status/1833312200000000031 : withheld in
    the Republic of Korea.
  - https://x.com/pinecone_relay/status/1833312200000000032 : withheld in
    the Republic of Korea.
  - https://x.com/harbor_mint/status/1833415500000000041 : we reviewed
    this post and it does not break the X Rules or local law, so we have
    not taken action on it.

Kind regards,
X Legal Requests

ref:_00D5g1Xk._5006Q2vTqR:ref
""",
    items={X[8]: "restricted", X[9]: "restricted", X[10]: "rejected"},
)

x_html_text = """Hello,

Update on %s. Actions taken:

https://x.com/harbor_mint/status/1833415500000000042 - Removed
https://x.com/vela_outlet - Account suspended
https://x.com/orchid_sub/status/1833519900000000051 - Content not found

X Legal Requests
""" % X1
x_html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Update on <b>%s</b>. Actions taken:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="https://x.com/harbor_mint/status/1833415500000000042">https://x.com/harbor_mint/status/1833415500000000042</a></td><td>Removed</td></tr>
<tr><td><a href="https://x.com/vela_outlet">https://x.com/vela_outlet</a></td><td>Account suspended</td></tr>
<tr><td><a href="https://x.com/orchid_sub/status/1833519900000000051">https://x.com/orchid_sub/status/1833519900000000051</a></td><td>Content not found</td></tr>
</table>
<p>X Legal Requests<br>
<a href="https://help.x.com/en/forms/legal">help.x.com/en/forms/legal</a></p>
</body></html>""" % X1
case(
    name="x-html-table-actions",
    outcome="applied", classification="confirmation",
    imitates="help-desk HTML reply with a two-column 'Reported URL / Action taken' table",
    why="table rows: removed; account suspended (made unavailable: removed); content not found",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Wed, 18 Sep 2024 09:03:27 +0900",
    subject="Re: [%s] Request for removal of content" % X1,
    reply_to_req=mid(X1),
    raw_mime=alt(x_html_text, x_html, "b92-xhtml-7731"),
    items={X[11]: "removed", X[12]: "removed", X[13]: "not_found"},
)

x_csv = """reported_url,action,scope,policy
https://x.com/grey_tally/status/1833208800000000023,Removed,Global,Violent Speech
https://x.com/pinecone_relay/status/1833312200000000032,Withheld,KR,Local law
https://x.com/harbor_mint/status/1833415500000000042,Removed,Global,Hateful Conduct
https://x.com/bluefinch_kr/status/1833001100000000001,Removed,Global,Violent Speech
"""
case(
    name="x-portal-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="legal-request portal 'results available' notification with the action log as a CSV attachment",
    why="CSV rows: three removed globally, one withheld in KR",
    **{"from": "legal-portal@x.com"}, name_from="X Legal Request Portal",
    date="Wed, 18 Sep 2024 16:47:02 +0900",
    subject="Results available: %s (LR-2024-118734)" % X1,
    raw_mime=with_csv("""Hello,

Your legal request LR-2024-118734 (your reference %s) has been
updated. The actions taken so far are listed in the attached file
results_LR-2024-118734.csv.

You can also follow the request at https://legalrequests.x.com/requests/LR-2024-118734

This is an automated notification; replies go to the legal team.
""" % X1, x_csv, "results_LR-2024-118734.csv", "b92-xcsv-2290"),
    items={X[7]: "removed", X[9]: "restricted", X[11]: "removed", X[0]: "removed"},
)

case(
    name="x-ack-plus-statement",
    outcome="applied", classification="confirmation",
    imitates="ticket-creation reply in which the agent already reports one action",
    why="acknowledgement wording, but one URL is stated removed without hedge; the rest only promised",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Tue, 10 Sep 2024 13:31:45 +0900",
    subject="Re: [%s] Request for removal of content (ticket 0301177)" % X1,
    reply_to_req=mid(X1),
    body="""Hello,

Thanks for your report. We have opened ticket 0301177 for it.

One of the posts you listed had already been reported by other users and
we have acted on it: https://x.com/bluefinch_kr/status/1833001100000000003
has been removed for violating our rules.

We will update you on the remaining posts once the review is complete.

X Support
""",
    items={X[2]: "removed"},
)

case(
    name="x-angle-brackets-wrapped",
    outcome="applied", classification="confirmation",
    imitates="plain-text legal-team reply with URLs in angle brackets, one wrapped across lines",
    why="two URLs withheld in KR under a heading sentence; one (wrapped inside <>) removed globally",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Fri, 13 Sep 2024 17:12:40 +0900",
    subject="Re: [%s] Request for removal of content" % X1,
    reply_to_req=mid(X1),
    body="""Hello,

The following posts have been withheld in South Korea (KR) pursuant to
your legal demand:

<https://x.com/pinecone_relay/status/1833312200000000031>
<https://x.com/noonlight_22/status/1833104400000000011>

The following post has been removed globally for violating the X Rules:

<https://x.com/grey_tally/status/
1833208800000000023>

Regards,
X Legal Requests
""",
    items={X[8]: "restricted", X[3]: "restricted", X[7]: "removed"},
)

case(
    name="x-echoed-report-blocks",
    outcome="applied", classification="confirmation",
    imitates="Zendesk macro echoing each reported item ('Your report' / 'Our decision' blocks)",
    why="each block echoes one reported URL and gives its decision: removed; no violation",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Sat, 14 Sep 2024 08:20:19 +0900",
    subject="[X Support] Decision on your report (ticket 0298831)",
    reply_to_req=mid(X1),
    body="""##- Please type your reply above this line -##

Hello,

We have completed our review of two items from your report.

Your report
  Reported content: https://x.com/bluefinch_kr/status/1833001100000000003
  Reported by: KCSC (government agency)
  Reason given: illegal content under Korean law
Our decision
  Removed. The post broke our Violent Speech policy and is no longer
  available on X.

Your report
  Reported content: https://x.com/noonlight_22/status/1833104400000000012
  Reported by: KCSC (government agency)
  Reason given: illegal content under Korean law
Our decision
  No violation found. The post remains available.

Ticket 0298831 - %s
X Support
""" % X1,
    items={X[2]: "removed", X[4]: "rejected"},
)

case(
    name="x-jira-status-done",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification: status changed to Done with an agent comment",
    why="comment states the account suspended (removed) and a post not found, deleted by its author",
    **{"from": "jira@x.com"}, name_from="Mina Seo (Jira)",
    date="Thu, 19 Sep 2024 10:05:55 +0900",
    subject="[JIRA] (LGL-40213) %s Korea legal demand" % X1,
    extra_headers=["X-JIRA-FingerPrint: 0e4b7d3f1a2c9e88"],
    body="""---- Reply above this line.

Mina Seo changed the status to Done.

Mina Seo commented:

Closing the remaining items on our side:

https://x.com/vela_outlet -- account permanently suspended for repeated
violations.
https://x.com/harbor_mint/status/1833415500000000042 -- not found; the
post was deleted by the account holder before we reviewed it.

View request: https://xlegal.atlassian.net/servicedesk/customer/portal/4/LGL-40213
Turn off this request's notifications
This is shared with KCSC Takedown.
""",
    items={X[12]: "removed", X[11]: "not_found"},
)

case(
    name="x-promise-will-withhold",
    outcome="review", review="not_understood",
    imitates="agent reply saying the request was escalated and items will be withheld after sign-off",
    why="a promise ('will be withheld as soon as ... signed off') is no statement; items stay pending",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Tue, 17 Sep 2024 19:44:12 +0900",
    subject="Re: Reminder: %s - response overdue" % X1,
    extra_headers=["In-Reply-To: <reminder.%s.1@kcsc.example>" % X1],
    body="""Hello,

Thanks for your follow-up. Your request %s has been escalated to
our legal team. The two items below will be withheld in Korea as soon as
the review is signed off, which we expect by the end of this week:

https://x.com/harbor_mint/status/1833415500000000042
https://x.com/vela_outlet

We will confirm once this is done.

X Legal Requests
""" % X1,
    items={X[11]: "pending", X[12]: "pending"},
)

case(
    name="x-hedged-may-be-deleted",
    outcome="review", review="not_understood",
    imitates="support agent's tentative reply ('looks like it may already have been deleted')",
    why="hedged ('may already have been deleted') and conditional; no status can be recorded",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 13 Sep 2024 12:08:31 +0900",
    subject="Re: [%s] Request for removal of content (ticket 0298831)" % X1,
    reply_to_req=mid(X1),
    body="""##- Please type your reply above this line -##

Hi there,

It looks like https://x.com/orchid_sub/status/1833519900000000051 may
already have been deleted by the account owner. If it is still visible
to you, please let us know and we will look into it again.

X Support
""",
    items={X[13]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    outcome="review", review="bulk",
    imitates="short legal-team closing reply covering a whole multi-item demand",
    why="one sentence about all posts and the account of a 14-item request, none named: bulk",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Thu, 19 Sep 2024 14:30:00 +0900",
    subject="Re: [%s] Request for removal of content" % X1,
    reply_to_req=mid(X1),
    body="""Hello,

We have withheld all of the posts and the account listed in your demand
%s in South Korea. This closes the request on our side.

Regards,
X Legal Requests
""" % X1,
    items={u: "pending" for u in X},
)

case(
    name="x-forwarded-enforcement-note",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform policy staffer forwarding an internal enforcement team's summary (Gmail forward)",
    why="the statements are only in the forwarded internal note, not the sender's own words",
    **{"from": "hkang@x.com"}, name_from="Hyun-woo Kang",
    date="Wed, 18 Sep 2024 10:52:18 +0900",
    subject="Fwd: %s actions" % X1,
    body="""Hi KCSC,

Passing on the note from our enforcement team below, as they asked me to
let you know.

Hyun-woo
X Korea, Public Policy

---------- Forwarded message ---------
From: Enforcement Operations <enf-ops@x.com>
Date: Wed, Sep 18, 2024 at 2:11 AM
Subject: %s actions
To: Hyun-woo Kang <hkang@x.com>

Actions completed today:
https://x.com/bluefinch_kr/status/1833001100000000001 - removed
https://x.com/bluefinch_kr/status/1833001100000000002 - removed
https://x.com/vela_outlet - account suspended
""" % X1,
    items={X[0]: "pending", X[1]: "pending", X[12]: "pending"},
)

case(
    name="x-process-change-no-claims",
    outcome="review", review="no_claims",
    imitates="platform notice to government senders about a new legal-request portal",
    why="trusted X mail that names no requested item and no request: nothing to record",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 02:00:00 +0900",
    subject="Change to how X receives legal demands from Korean authorities",
    body="""Hello,

We are writing to the government agencies that have contacted X at this
address. From 1 November 2024, legal demands from Korean authorities
must be submitted through our portal at https://legal.x.com/en/gov-request
and no longer by email.

The portal lets you follow each demand and see the action taken per URL.
Accounts for your agency can be requested at https://legal.x.com/en/register

Thank you,
X Legal
""",
    items={},
)

case(
    name="x-noreply-autoresponse",
    outcome="ignored", classification="auto_reply",
    imitates="automated 'this inbox is not monitored' answer to a reminder",
    why="auto-response (Auto-Submitted) pointing to a portal; says nothing about the items",
    **{"from": "noreply@x.com"}, name_from="X",
    date="Mon, 16 Sep 2024 09:00:41 +0900",
    subject="Automatic reply: Reminder: %s - response overdue" % X1,
    extra_headers=[
        "Auto-Submitted: auto-replied",
        "X-Autoreply: yes",
        "In-Reply-To: <reminder.%s.1@kcsc.example>" % X1,
    ],
    body="""This is an automated message. This inbox is not monitored.

To follow up on a legal request, reply to the ticket email you received
when you submitted it, or use https://legal.x.com/en/gov-request

Messages sent to this address are not read.
""",
    items={},
)

# ======================================================================
# YouTube (KCSC-240910-02, 4 items; KCSC-240913-07, 1 item)
# ======================================================================

case(
    name="yt-resolved-bullets",
    outcome="applied", classification="confirmation",
    imitates="Google legal support case reply with a [7-...] case id and per-URL bullets",
    why="three bullets: video removed, channel terminated (removed), Short found not violating (rejected)",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 21:17:36 +0900",
    subject="[7-1843000021] Re: %s removal request" % YT2,
    reply_to_req=mid(YT2),
    body="""Hello,

Thanks for reaching out. We have reviewed the content you reported under
%s and have taken the following action:

* https://www.youtube.com/watch?v=Qm7tR2kLp0a - removed from YouTube for
  violating our Harassment and cyberbullying policy.
* https://www.youtube.com/@lanternmarket_kr - the channel has been
  terminated for repeated violations of our Community Guidelines.
* https://www.youtube.com/shorts/Tp9Ys4Ud2cE - after careful review, we
  did not find that this Short violates our Community Guidelines or
  local law, so it remains available.

We are still looking at the last video in your request and will write
again when we have an answer.

Sincerely,
The YouTube Legal Support Team

[7-1843000021]
""" % YT2,
    items={Y[0]: "removed", Y[3]: "removed", Y[2]: "rejected"},
)

yt_qp_text = """Hello,

This is an update on your request %s (case 7-1843000021).

The channel https://www.youtube.com/@lanternmarket_kr was terminated on 12 September 2024 – it is no longer available on YouTube.

The video https://www.youtube.com/watch?v=Hx3Wn8vZc1b has been blocked from view in South Korea based on local law. It remains available in other countries.

For information about our legal removals process, see https://support.google.com/youtube/answer/6154218

Best regards,
YouTube Legal Support
""" % YT2
case(
    name="yt-qp-channel-terminated",
    outcome="applied", classification="confirmation",
    imitates="Google case update sent quoted-printable (long lines soft-wrapped, '=' escaped in watch URLs)",
    why="channel terminated: removed; video blocked in South Korea only: restricted",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 03:40:58 +0900",
    subject="[7-1843000021] Update on %s" % YT2,
    reply_to_req=mid(YT2),
    raw_mime=qp(yt_qp_text),
    items={Y[3]: "removed", Y[1]: "restricted"},
)

case(
    name="yt-gmail-partial-answer",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply from a regional trust-and-safety staffer answering part of a request, bare URL then status",
    why="two URLs, each followed by its status on the next line; the other two are only in the quoted request",
    **{"from": "jiwon.lee@google.com"}, name_from="Ji-won Lee",
    date="Wed, 11 Sep 2024 17:55:03 +0900",
    subject="Re: [%s] Request for removal of content" % YT2,
    reply_to_req=mid(YT2),
    body="""Hi,

Quick update on two of the four URLs in your request while we finish the
rest:

https://www.youtube.com/watch?v=Qm7tR2kLp0a
Removed for violating our harassment policy.

https://www.youtube.com/watch?v=Hx3Wn8vZc1b
Age-restricted; it stays on YouTube but only signed-in adult viewers
can watch it.

Thanks,
Ji-won
YouTube Trust & Safety (Seoul)

On Tue, Sep 10, 2024 at 4:02 PM KCSC Takedown <takedown@kcsc.example> wrote:
%s
""" % quoted(request_text(YT2)),
    items={Y[0]: "removed", Y[1]: "restricted"},
)

case(
    name="yt-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook/Exchange read receipt (message/disposition-notification)",
    why="read receipt: says only that our request was displayed",
    **{"from": "legal-kr@google.com"}, name_from="Google Korea Legal",
    date="Tue, 10 Sep 2024 16:31:20 +0900",
    subject="Read: [%s] Request for removal of content" % YT2,
    reply_to_req=mid(YT2),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b92-mdn-5518"

--b92-mdn-5518
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message

  To: legal-kr@google.com
  Subject: [%s] Request for removal of content
  Sent: Tuesday, September 10, 2024 4:02:00 PM (UTC+09:00) Seoul

was read on Tuesday, September 10, 2024 4:31:17 PM (UTC+09:00) Seoul.

--b92-mdn-5518
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Microsoft Exchange Server 15.2
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <%s@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b92-mdn-5518--
""" % (YT2, mid(YT2)),
    items={},
)

case(
    name="yt-single-item-sole",
    outcome="applied", classification="confirmation",
    imitates="short Google legal reply 'we have removed the video' over the quoted one-URL request",
    why="one-item request; the reply says the reported video was removed, naming no URL outside the quote",
    **{"from": "legal-kr@google.com"}, name_from="Google Korea Legal",
    date="Mon, 16 Sep 2024 11:22:44 +0900",
    subject="Re: [%s] Request for removal of content" % YT7,
    reply_to_req=mid(YT7),
    body="""Hello,

We have reviewed the video reported in your request and removed it from
YouTube for violating our privacy guidelines.

Kind regards,
Google Korea Legal Team

On Fri, Sep 13, 2024 at 11:05 AM KCSC Takedown <takedown@kcsc.example> wrote:
%s
""" % quoted(request_text(YT7)),
    items={Z: "removed"},
)

case(
    name="yt-outlook-uploader-deleted",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' block below",
    why="the video was deleted by its uploader before review: not_found",
    **{"from": "seoyeon.park@google.com"}, name_from="Seo-yeon Park",
    date="Tue, 17 Sep 2024 09:48:10 +0900",
    subject="RE: [%s] Request for removal of content" % YT7,
    reply_to_req=mid(YT7),
    body="""Hello,

The video https://www.youtube.com/watch?v=Zc4Lk9Pq2Rs had already been
deleted by the uploader when our team looked at it, so there was nothing
left for us to remove.

Best regards,
Seo-yeon Park
Legal Specialist, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 11:05 AM
To: legal-kr@google.com
Subject: [%s] Request for removal of content

%s
""" % (YT7, request_text(YT7)),
    items={Z: "not_found"},
)

case(
    name="yt-hedged-appears-private",
    outcome="review", review="not_understood",
    imitates="Google support holding reply: item 'appears to' have been made private, still reviewing",
    why="hedged ('appears to have been made private') and 'still reviewing': no statement; pending",
    **{"from": "legal-kr@google.com"}, name_from="Google Korea Legal",
    date="Sat, 14 Sep 2024 10:12:09 +0900",
    subject="Re: [%s] Request for removal of content" % YT7,
    reply_to_req=mid(YT7),
    body="""Hello,

Thank you for your request. The video at
https://www.youtube.com/watch?v=Zc4Lk9Pq2Rs appears to have been made
private by its uploader. We are still reviewing whether any further
action is needed and will get back to you.

Kind regards,
Google Korea Legal Team
""",
    items={Z: "pending"},
)

case(
    name="yt-wrong-platform-tiktok-url",
    outcome="review", review="wrong_platform",
    imitates="Google reply to a request copied to it by mistake: 'this URL is not on our service'",
    why="YouTube's mail states a status (not found) for a TikTok item of another platform's request",
    **{"from": "legal-kr@google.com"}, name_from="Google Korea Legal",
    date="Fri, 13 Sep 2024 15:03:30 +0900",
    subject="Re: [%s] Request for removal of content" % TT5,
    reply_to_req=mid(TT5),
    body="""Hello,

We received a copy of your request %s. The content at
https://www.tiktok.com/@mossy.lane/video/7412200033410001234 is not hosted on
YouTube and we could not find it on any Google service, so we have taken
no action. Please contact the service that hosts it.

Kind regards,
Google Korea Legal Team
""" % TT5,
    items={TT[0]: "pending"},
)

# ======================================================================
# Telegram (KCSC-240910-03, 3 items)
# ======================================================================

case(
    name="tg-thread-mixed",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in the request thread",
    why="two posts taken down in one sentence; the chat found not to break the Terms of Service",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 04:27:15 +0900",
    subject="Re: [%s] Request for removal of content" % TG3,
    reply_to_req=mid(TG3),
    body="""Hello,

Thank you for the report. Our moderators have looked at the links.

https://t.me/silvermoth_deals/418 and https://t.me/silvermoth_deals/421
have been taken down.

https://t.me/copperkite_chat - we did not find content there that breaks
Telegram's Terms of Service, so no action was taken on this chat.

Regards,
Telegram Abuse Team
""",
    items={T[0]: "removed", T[1]: "removed", T[2]: "rejected"},
)

case(
    name="tg-case-statement-then-url",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA-desk case decision with each decision line followed by the URL",
    why="heading line then URL on the next line: chat blocked in Korea only (restricted); post gone before review (not_found)",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Sun, 15 Sep 2024 22:10:47 +0900",
    subject="Case #4471902 - %s" % TG3,
    body="""Decision on your report (Case #4471902)

Blocked for users in the Republic of Korea:
https://t.me/copperkite_chat
The chat remains accessible in other regions.

Not found, deleted by the channel owner before our review:
https://t.me/silvermoth_deals/421

- Telegram Support
""",
    items={T[2]: "restricted", T[1]: "not_found"},
)

case(
    name="tg-bulk-all-blocked",
    outcome="review", review="bulk",
    imitates="short Telegram case closure about 'all the links in your request'",
    why="one statement about all links of a three-item request, none named: bulk",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Mon, 16 Sep 2024 06:31:02 +0900",
    subject="Case #4478810 - Re: [%s] Request for removal of content" % TG3,
    reply_to_req=mid(TG3),
    body="""Hello,

All the links listed in your request %s have been blocked on
Telegram.

Thank you for helping keep Telegram safe.

Case #4478810
""" % TG3,
    items={u: "pending" for u in T},
)

case(
    name="tg-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram staffer's out-of-office reply with the request quoted",
    why="out-of-office auto-reply; the URLs are only in the quoted request",
    **{"from": "k.ivanova@telegram.org"}, name_from="Katya Ivanova",
    date="Tue, 10 Sep 2024 16:05:12 +0900",
    subject="Automatic reply: [%s] Request for removal of content" % TG3,
    reply_to_req=mid(TG3),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""I am out of the office until 23 September with limited access to
email. For urgent DSA matters please write to dsa@telegram.org.

Katya

%s
""" % quoted(request_text(TG3)),
    items={},
)

case(
    name="tg-law-firm-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="letter from a channel owner's law firm claiming the content was deleted",
    why="sender is no platform's domain; its claim about a Telegram URL cannot be recorded",
    **{"from": "yoon@haneul-law.example"}, name_from="Yoon Ji-ho (Haneul Law)",
    date="Wed, 18 Sep 2024 14:16:33 +0900",
    subject="%s - client's response" % TG3,
    body="""Dear Sir or Madam,

We act for the administrator of the Telegram chat
https://t.me/copperkite_chat, which is named in your request %s.

Our client has deleted the chat and all its messages on 17 September
2024. We therefore ask that the matter be closed.

Yours faithfully,
Yoon Ji-ho
Haneul Law Office
""" % TG3,
    items={T[2]: "pending"},
)

# ======================================================================
# NAVER (KCSC-240911-04, 5 items)
# ======================================================================

case(
    name="naver-receipt-jeopsu",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단 요청 접수 완료 notice with a receipt number",
    why="pure receipt (접수 완료, 결과는 추후 안내)",
    **{"from": "noreply@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 15:20:04 +0900",
    subject="[네이버] 게시중단 요청이 접수되었습니다 (%s)" % NV4,
    reply_to_req=mid(NV4),
    body="""안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 보내주신 게시중단 요청이 정상적으로 접수되었습니다.

- 접수번호: NR-20240911-00873
- 요청번호: %s
- 접수일시: 2024.09.11 15:19

담당자가 요청하신 게시물을 검토한 후 처리 결과를 메일로 안내드리겠습니다.

※ 본 메일은 발신 전용입니다.
""" % NV4,
    items={},
)

case(
    name="naver-text-table-result",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 with a plain-text result table",
    why="table rows: 게시중단 (removed), 임시조치 (restricted), 게시물 없음/작성자 삭제 (not_found); two others still under review",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Fri, 13 Sep 2024 10:41:26 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (%s)" % NV4,
    reply_to_req=mid(NV4),
    body="""안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회의 게시중단 요청(요청번호: %s, 접수번호: NR-20240911-00873)에
대한 처리 결과를 아래와 같이 알려드립니다.

----------------------------------------------------------------------
 번호  게시물 URL                                          처리 결과
----------------------------------------------------------------------
 1     https://blog.naver.com/mellowtide77/223560011201   게시중단
 2     https://blog.naver.com/mellowtide77/223560011388   임시조치(30일)
 3     https://cafe.naver.com/duskmarket/58812            게시물 없음(작성자 삭제)
----------------------------------------------------------------------

요청하신 나머지 2건은 현재 검토 중이며, 결과가 확정되는 대로 별도로
안내드리겠습니다.

※ 본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를
이용해 주세요.

네이버 권리보호센터 드림
""" % NV4,
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found"},
)

case(
    name="naver-base64-blind",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team follow-up sent base64-encoded, raw Korean path in the URL",
    why="cafe post 블라인드 처리 (removed); in.naver post 접근 제한 (restricted); the raw Korean path matches its percent-encoded form",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Mon, 16 Sep 2024 14:02:51 +0900",
    subject="RE: [%s] 게시물 삭제 요청" % NV4,
    reply_to_req=mid(NV4),
    raw_mime=b64("""방송통신심의위원회 담당자님께,

요청번호 %s 관련하여 추가로 처리된 게시물을 안내드립니다.

1) https://cafe.naver.com/duskmarket/58840
   → 카페 운영정책 위반으로 블라인드 처리되었습니다.

2) %s
   → 관련 법령 위반 소지가 있어 국내 이용자 대상 접근 제한 조치하였습니다.

감사합니다.
NAVER 정책지원팀 드림
""" % (NV4, IN_NAVER_RAW)),
    items={N[3]: "removed", N[4]: "restricted"},
)

case(
    name="naver-url-korean-particle",
    outcome="applied", classification="confirmation",
    imitates="NAVER prose reply in which each URL is followed directly by a Korean particle",
    why="'…712003498811의 게시물은 … 삭제 조치' (removed); '…223560011388은 … 게시를 유지' (rejected)",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 18 Sep 2024 16:33:09 +0900",
    subject="Re: [%s] 게시중단 요청 처리 결과 안내" % NV4,
    reply_to_req=mid(NV4),
    body="""안녕하세요, 네이버입니다.

지난 메일에 이어 %s 건의 남은 게시물 처리 결과를 안내드립니다.

%s의 게시물은 운영정책 위반이 확인되어 삭제 조치되었습니다.

https://blog.naver.com/mellowtide77/223560011388은 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다. 이견이 있으시면 이 메일에 회신해 주세요.

감사합니다.
""" % (NV4, IN_NAVER_RAW),
    items={N[4]: "removed", N[1]: "rejected"},
)

nv_html = """<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(요청번호 %s)에 대한 조치결과를 다음과 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>https://blog.naver.com/mellowtide77/223560011201</td><td>삭제</td><td>2024.09.12</td></tr>
<tr><td>2</td><td>https://blog.naver.com/mellowtide77/223560011388</td><td>삭제</td><td>2024.09.12</td></tr>
<tr><td>3</td><td>https://cafe.naver.com/duskmarket/58812</td><td>해당 게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>4</td><td>https://cafe.naver.com/duskmarket/58840</td><td>삭제</td><td>2024.09.13</td></tr>
<tr><td>5</td><td><a href="%s">%s</a></td><td>접근 제한(국내)</td><td>2024.09.13</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>""" % (NV4, IN_NAVER, IN_NAVER_RAW)
case(
    name="naver-html-sijeong-table",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table (번호/URL/조치결과/조치일)",
    why="five rows: three 삭제 (removed), 게시물 없음/작성자 삭제 (not_found), 접근 제한(국내) (restricted)",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Thu, 19 Sep 2024 09:30:00 +0900",
    subject="[회신] 시정요구 조치결과 (%s)" % NV4,
    reply_to_req=mid(NV4),
    type="html",
    body=nv_html,
    items={N[0]: "removed", N[1]: "removed", N[2]: "not_found", N[3]: "removed", N[4]: "restricted"},
)

case(
    name="naver-dmarc-fail",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result notice that fails DKIM/SPF/DMARC",
    why="from a NAVER domain but authentication fails: statements cannot be trusted",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    auth="fail",
    date="Sat, 14 Sep 2024 01:12:40 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (%s)" % NV4,
    body="""안녕하세요. 네이버 권리보호센터입니다.

요청번호 %s에 대한 처리 결과를 안내드립니다.

https://blog.naver.com/mellowtide77/223560011201 : 삭제 완료
https://cafe.naver.com/duskmarket/58812 : 삭제 완료

감사합니다.
""" % NV4,
    items={N[0]: "pending", N[2]: "pending"},
)

# ======================================================================
# TikTok (KCSC-240912-05, 2 items)
# ======================================================================

case(
    name="tiktok-freshdesk-ack",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk 'we have received your request, ticket #' auto-acknowledgement",
    why="pure receipt with a ticket number; 'will review' is only what happens next",
    **{"from": "legal-response@tiktok.com"}, name_from="TikTok Legal Response",
    date="Thu, 12 Sep 2024 14:48:30 +0900",
    subject="[Ticket #883401] We have received your request: %s" % TT5,
    reply_to_req=mid(TT5),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Dear Requester,

We have received your request and a ticket has been created (#883401).
Our team will review the content you reported and respond to you at this
address. Please keep the ticket number in the subject line of any reply.

Ticket status: Open
Priority: High

TikTok Legal Response Team
""",
    items={},
)

case(
    name="tiktok-freshdesk-resolved",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with Video/Action field pairs",
    why="field pairs: one video removed globally, the other geo-blocked in South Korea",
    **{"from": "legal-response@tiktok.com"}, name_from="TikTok Legal Response",
    date="Tue, 17 Sep 2024 20:05:14 +0900",
    subject="[Ticket #883401] Resolved: %s" % TT5,
    reply_to_req=mid(TT5),
    body="""Dear Requester,

Your ticket #883401 has been resolved. Outcome of our review:

Video: https://www.tiktok.com/@mossy.lane/video/7412200033410001234
Action: Removed globally (violation of our Community Guidelines)

Video: https://www.tiktok.com/@mossy.lane/video/7412200033410005678
Action: Restricted in South Korea (geo-blocked under local law)

If you believe this ticket is not resolved, reply to this email within
7 days and it will be reopened.

TikTok Legal Response Team
""",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

case(
    name="tiktok-partial-one-pending",
    outcome="applied", classification="confirmation",
    imitates="agent reply answering one item and leaving the other under assessment",
    why="first video removed; second 'still being assessed ... will update': stays pending",
    **{"from": "legal-response@tiktok.com"}, name_from="TikTok Legal Response",
    date="Sat, 14 Sep 2024 11:19:52 +0900",
    subject="Re: [Ticket #883401] %s" % TT5,
    reply_to_req=mid(TT5),
    body="""Hello,

We removed https://www.tiktok.com/@mossy.lane/video/7412200033410001234
for breaching our Community Guidelines on gambling.

The second video (https://www.tiktok.com/@mossy.lane/video/7412200033410005678)
is still being assessed by our local law team; we will update this ticket
once a decision is made.

Best regards,
TikTok Legal Response Team
""",
    items={TT[0]: "removed", TT[1]: "pending"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons sent in reply to an authority's order",
    why="decision for the one named video: restriction of access in the Republic of Korea (restricted)",
    **{"from": "sor-notices@tiktok.com"}, name_from="TikTok",
    date="Wed, 18 Sep 2024 08:44:06 +0900",
    subject="Statement of reasons - your request %s" % TT5,
    body="""STATEMENT OF REASONS

Reference: SOR-2024-0917-55120
Your request: %s (ticket #883401)

Content concerned:
https://www.tiktok.com/@mossy.lane/video/7412200033410005678

Decision: Restriction of access in the Republic of Korea.
The video does not violate our Community Guidelines and remains
available in other countries.

Ground: illegal content under the law of the Republic of Korea, as
identified in your order.

Automated means: none; the decision was taken by a person.

Redress: the uploader may appeal through https://www.tiktok.com/legal/report/appeal
""" % TT5,
    items={TT[1]: "restricted"},
)

case(
    name="tiktok-zendesk-host-unknown",
    outcome="review", review="unknown_sender",
    imitates="platform help desk hosted on a Zendesk subdomain (sender not the platform's own domain)",
    why="authenticated, but for a zendesk.com subdomain, which is no configured platform domain",
    **{"from": "support@tiktokkr-help.zendesk.com"}, name_from="TikTok Korea Help",
    date="Mon, 16 Sep 2024 13:26:37 +0900",
    subject="[TikTok Korea Help] Re: %s" % TT5,
    body="""##- Please type your reply above this line -##

Hello,

The video https://www.tiktok.com/@mossy.lane/video/7412200033410001234
has been removed.

TikTok Korea Help Center
""",
    items={TT[0]: "pending"},
)

# ======================================================================
# Kakao (KCSC-240912-06, 3 items)
# ======================================================================

case(
    name="kakao-result-imsi-jochi",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 게시물 처리 결과 안내 (임시조치 and 삭제)",
    why="Daum cafe post 임시조치 30일 접근 제한 (restricted); brunch post 삭제 (removed)",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 17:50:21 +0900",
    subject="[카카오] 요청하신 게시물 처리 결과 안내 (%s)" % KK6,
    reply_to_req=mid(KK6),
    body="""안녕하세요, 카카오 고객센터입니다.

요청번호 %s로 접수된 게시물의 처리 결과를 안내드립니다.

■ https://cafe.daum.net/nightferry/Hb2K/3307
  - 처리 결과: 임시조치(30일간 접근 제한)
■ https://brunch.co.kr/@quietoak/41
  - 처리 결과: 삭제

나머지 1건은 확인 후 다시 안내드리겠습니다.
운영정책은 https://www.kakao.com/policy/oppolicy 에서 확인하실 수 있습니다.

감사합니다.
카카오 고객센터 드림
""" % KK6,
    items={K[0]: "restricted", K[1]: "removed"},
)

case(
    name="kakao-fullwidth-brackets",
    outcome="applied", classification="confirmation",
    imitates="Kakao agent reply with URLs inside full-width parentheses",
    why="Kakao channel post already deleted by its author (not_found); Daum cafe post 운영자 삭제 (removed)",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 17 Sep 2024 10:07:45 +0900",
    subject="RE: [%s] 게시물 삭제 요청" % KK6,
    reply_to_req=mid(KK6),
    body="""안녕하세요, 카카오 고객센터입니다.

요청하신 카카오톡 채널 게시물（https://pf.kakao.com/_xkRtaq/104455821）은 이미 작성자에 의해 삭제되어 존재하지 않습니다.

또한 다음 카페 게시물（https://cafe.daum.net/nightferry/Hb2K/3307）은 카페 운영자 삭제 처리되었음을 알려드립니다.

감사합니다.
""",
    items={K[2]: "not_found", K[0]: "removed"},
)

case(
    name="kakao-reply-to-reminder",
    outcome="applied", classification="confirmation",
    imitates="Korean agent's top-posted reply to our reminder, Outlook-style header block quoting it",
    why="one URL stated 삭제 완료 in the agent's own text; the reminder list below is quoted",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 19 Sep 2024 15:58:03 +0900",
    subject="RE: 독촉: %s 회신 기한 경과" % KK6,
    extra_headers=["In-Reply-To: <reminder.%s.1@kcsc.example>" % KK6],
    body="""안녕하세요, 카카오 고객센터입니다.

독촉 주신 건 회신드립니다.

https://brunch.co.kr/@quietoak/41 - 삭제 완료

나머지 게시물은 이전 메일로 회신드린 내용을 참고해 주시기 바랍니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 19, 2024 9:00 AM
To: safety@kakaocorp.com
Subject: 독촉: %s 회신 기한 경과

요청번호 %s의 회신 기한(2024-09-19)이 지났습니다. 다음 게시물의
처리 결과를 회신해 주십시오.

https://cafe.daum.net/nightferry/Hb2K/3307
https://brunch.co.kr/@quietoak/41
https://pf.kakao.com/_xkRtaq/104455821
""" % (KK6, KK6),
    items={K[1]: "removed"},
)

case(
    name="kakao-asks-for-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao request for supporting documents (심의 의결서, 권리침해 신고서) before acting",
    why="asks for documents before deciding; no status for the brunch post",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Sun, 15 Sep 2024 09:14:26 +0900",
    subject="[카카오] 추가 자료 요청 (%s)" % KK6,
    reply_to_req=mid(KK6),
    body="""안녕하세요, 카카오 고객센터입니다.

요청번호 %s 관련하여 문의드립니다.

https://brunch.co.kr/@quietoak/41 게시물의 경우 명예훼손 여부를 판단하기
위해 추가 자료가 필요합니다. 심의 의결서 사본 또는 피해자 명의의
권리침해 신고서를 이 메일에 회신으로 보내 주시면 검토를 진행하겠습니다.

감사합니다.
""" % KK6,
    items={K[1]: "pending"},
)

case(
    name="kakao-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style delivery status notification returning our reminder (user unknown)",
    why="bounce of our own reminder; the URLs are in the returned message",
    **{"from": "MAILER-DAEMON@mx2.daum.net"}, name_from="Mail Delivery System",
    auth="none",
    date="Thu, 19 Sep 2024 09:00:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="b92-dsn-0941"

--b92-dsn-0941
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cafe-report@daum.net>: host mx2.daum.net[203.0.113.41] said: 550 5.1.1
    <cafe-report@daum.net>: Recipient address rejected: User unknown

--b92-dsn-0941
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Thu, 19 Sep 2024 09:00:05 +0900

Final-Recipient: rfc822; cafe-report@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b92-dsn-0941
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-report@daum.net
Subject: Reminder: %s - response overdue
Message-ID: <reminder.%s.1@kcsc.example>
Date: Thu, 19 Sep 2024 09:00:00 +0900
Content-Type: text/plain; charset=utf-8

Reminder: the deadline for request %s has passed. These items are
still waiting for your answer:

https://cafe.daum.net/nightferry/Hb2K/3307
https://brunch.co.kr/@quietoak/41
https://pf.kakao.com/_xkRtaq/104455821

--b92-dsn-0941--
""" % (KK6, KK6, KK6),
    items={},
)

HEADER = """# Blind set 92 (ticket systems and threads): expected results written from
# each email's meaning alone, before the reader was run. Generated by make.py.
"""


def enc(s):
    """RFC 2047 for non-ASCII header text, as real mailers send it."""
    if s.isascii():
        return s
    return email.header.Header(s, "utf-8").encode()


def main():
    for c in CASES:
        c["subject"] = enc(c["subject"])
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"])
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
