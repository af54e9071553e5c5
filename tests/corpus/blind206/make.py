#!/usr/bin/env python3
"""Blind corpus set blind206: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from X, Telegram, YouTube, NAVER, TikTok and
Kakao (Daum). Every email is fictional and written in our own sentences;
the expected result of each case was written from the email's meaning
before the reader was ever run on it.

    python3 tests/corpus/blind206/make.py

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

# ---------------------------------------------------------------- requests
X = {i: u for i, u in enumerate([
    "https://x.com/nightjar_deals/status/1831020000000000101",
    "https://x.com/nightjar_deals/status/1831020000000000102",
    "https://x.com/nightjar_deals/status/1831020000000000103",
    "https://x.com/ferrous_kite/status/1831020000000000204",
    "https://x.com/ferrous_kite/status/1831020000000000205",
    "https://x.com/tallow_gate/status/1831020000000000306",
    "https://x.com/tallow_gate/status/1831020000000000307",
    "https://x.com/amber_sluice/status/1831020000000000408",
    "https://x.com/amber_sluice/status/1831020000000000409",
    "https://x.com/quillmoss_kr/status/1831020000000000510",
    "https://x.com/quillmoss_kr/status/1831020000000000511",
    "https://x.com/pebble_vault/status/1831020000000000612",
    "https://x.com/pebble_vault/status/1831020000000000613",
    "https://x.com/orchid_ledger/status/1831020000000000714",
], start=1)}
X15 = "https://x.com/dune_relay/status/1833500000000000007"
T = {i: u for i, u in enumerate([
    "https://t.me/harbor_lanterns/112",
    "https://t.me/harbor_lanterns/113",
    "https://t.me/greyfinch_market/58",
    "https://t.me/velvet_scales/2041",
], start=1)}
Y = {i: u for i, u in enumerate([
    "https://www.youtube.com/watch?v=Qm7rTz2LpXa",
    "https://www.youtube.com/watch?v=Hn4vWc8KsJe",
    "https://www.youtube.com/shorts/Lp2Xv9NqRtd",
], start=1)}
N5_RAW = "https://post.naver.com/공구소식/223561"
N5 = "https://post.naver.com/" + quote("공구소식") + "/223561"
N = {i: u for i, u in enumerate([
    "https://blog.naver.com/moonlit_ferry/223560011201",
    "https://blog.naver.com/moonlit_ferry/223560011202",
    "https://cafe.naver.com/seoulbargain/88123",
    "https://cafe.naver.com/seoulbargain/88157",
    N5,
], start=1)}
K = {1: "https://www.tiktok.com/@glowvendor_kr/video/7411000000000000101",
     2: "https://www.tiktok.com/@glowvendor_kr/video/7411000000000000102"}
D1 = "https://cafe.daum.net/quietmarket/Zk4p/771"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     list(X.values()), "illegal_goods", "req-240903-01@kcsc.example", "largest request; Zendesk ticket 48213"),
    ("KCSC-240904-02", "telegram", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     list(T.values()), "drugs", "req-240904-02@kcsc.example", "abuse desk Case #5531207"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00",
     list(Y.values()), "gambling", "req-240905-03@kcsc.example", "Google ticket 6-2207000038411"),
    ("KCSC-240906-04", "naver", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     list(N.values()), "fraud", "req-240906-04@kcsc.example", "Korean path stored percent-encoded"),
    ("KCSC-240909-05", "tiktok", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     list(K.values()), "illegal_goods", "req-240909-05@kcsc.example", "Freshdesk-style ticket 880412"),
    ("KCSC-240910-06", "kakao", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [D1], "fraud", "req-240910-06@kcsc.example", "one item; Help Scout-style mailbox"),
    ("KCSC-240911-07", "x", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [X15], "illegal_goods", "req-240911-07@kcsc.example", "one item; Zendesk ticket 48790"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


ZD_LINE = "##- Please type your reply above this line -##"
X_ZD_SUBJ = "[X Support] Re: KCSC-240903-01 Request for removal of illegal content (#48213)"

REMINDER_X = """\
> Dear X Legal team,
>
> Our request KCSC-240903-01 of 3 September 2024 passed its deadline on
> 10 September. The following items are still open on our side:
>
> {x6}
> {x7}
> {x8}
> {x9}
> {x10}
> {x11}
>
> Please let us know what action was taken on each of them.
>
> KCSC Takedown desk""".format(x6=X[6], x7=X[7], x8=X[8], x9=X[9], x10=X[10], x11=X[11])

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ============================== X (KCSC-240903-01, ticket 48213) =========
case(
    name="x-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'your request has been received' auto-receipt with the reply-above-this-line marker",
    why="pure ticket receipt: names the request, states nothing about any item",
    items={},
    **{"from": "support@x.com", "name_from": "X Support",
       "date": "Tue, 03 Sep 2024 01:14:08 +0000",
       "subject": X_ZD_SUBJ, "reply_to_req": "req-240903-01",
       "extra_headers": ["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
       "body": f"""
{ZD_LINE}

Your request (48213) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

X Support

----------------------------------------------
Sent from the X Support ticketing system. [Z3KQ1V-8R0P]
"""},
)

case(
    name="x-zendesk-solved-numbered",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification carrying the agent's last public comment (numbered list of actions)",
    why="three numbered URLs each with its own action; the rest is announced for later",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted"},
    **{"from": "support@x.com", "name_from": "X Support",
       "date": "Thu, 05 Sep 2024 09:41:55 +0000",
       "subject": X_ZD_SUBJ, "reply_to_req": "req-240903-01",
       "body": f"""
{ZD_LINE}

Your request (48213) has been solved. To reopen it, reply to this email.

Maya R. (X Support)

Sep 5, 2024, 09:41 UTC

Hello,

Thank you for your report. After reviewing the posts against the X Rules
and the laws of the Republic of Korea, we have taken the following action:

1. {X[1]} - removed for violating the X Rules
2. {X[2]} - removed for violating the X Rules
3. {X[3]} - withheld in South Korea in response to a valid legal demand

The remaining posts from your request are still with the review team and
will be answered in a separate update.

Regards,
Maya R.
X Support

----------------------------------------------
Sent from the X Support ticketing system. [Z3KQ1V-8R0P]
"""},
)

case(
    name="x-followup-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="follow-up from a legal staffer in the same ticket thread, Gmail-style '>' quote of the earlier solved notice",
    why="URL on one line, outcome on the next: ferrous_kite/204 no violation, /205 cannot be located; quoted nightjar lines change nothing",
    items={X[4]: "rejected", X[5]: "not_found", X[1]: "pending"},
    **{"from": "dortiz@x.com", "name_from": "Daniel Ortiz",
       "date": "Fri, 06 Sep 2024 03:02:17 +0000",
       "subject": "Re: [X Support] Re: KCSC-240903-01 Request for removal of illegal content (#48213)",
       "reply_to_req": "req-240903-01",
       "body": f"""
Hello KCSC team,

Following up on ticket #48213 with the outcome for the two ferrous_kite
posts, which were handled by our legal team rather than support.

{X[4]}
We reviewed this post and did not find a violation of the X Rules or of
the local law cited in your request. No action was taken and the post
remains visible.

{X[5]}
This post no longer exists on X and we were unable to locate it.

Best,
Daniel Ortiz
Legal Operations, X Corp.

On Thu, Sep 5, 2024 at 6:41 PM X Support <support@x.com> wrote:
> Hello,
>
> Thank you for your report. After reviewing the posts against the X Rules
> and the laws of the Republic of Korea, we have taken the following action:
>
> 1. {X[1]} - removed for violating the X Rules
>
> The remaining posts from your request are still with the review team.
"""},
)

x_tbl_rows = [(6, "Removed", "Illegal or certain regulated goods"),
              (7, "Withheld in KR", "Local law (Republic of Korea)"),
              (8, "No action", "No violation of the X Rules found"),
              (9, "Removed", "Illegal or certain regulated goods")]
x_tbl_text = "\n".join(f"{X[i]}  | {a} | {r}" for i, a, r in x_tbl_rows)
x_tbl_html = "\n".join(
    f"<tr><td>{n}</td><td><a href=\"{X[i]}\">{X[i]}</a></td><td>{a}</td><td>{r}</td></tr>"
    for n, (i, a, r) in enumerate(x_tbl_rows, 1))
x_quote_html = "<br>\n".join(l[2:] if l.startswith("> ") else "" for l in REMINDER_X.split("\n"))
case(
    name="x-reminder-reply-html-table",
    outcome="applied", classification="confirmation",
    imitates="agent reply to a regulator's overdue reminder, Zendesk HTML comment with an outcome table over the quoted reminder",
    why="table rows give tallow_gate/306 and amber_sluice/409 removed, 307 withheld in KR, 408 no action; quoted reminder URLs change nothing",
    items={X[6]: "removed", X[7]: "restricted", X[8]: "rejected", X[9]: "removed",
           X[10]: "pending", X[11]: "pending"},
    **{"from": "support@x.com", "name_from": "X Support",
       "date": "Wed, 11 Sep 2024 06:20:40 +0000",
       "subject": "Re: Reminder: KCSC-240903-01 - items still pending (#48213)",
       "reply_to_req": "req-240903-01",
       "raw_mime": f"""
Content-Type: multipart/alternative; boundary="zd-alt-48213"

--zd-alt-48213
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{ZD_LINE}

Jonas K. (X Support)

Hello,

Apologies for the delay. Here is where the first four posts in your
reminder stand:

URL | Action | Policy
{x_tbl_text}

The two quillmoss_kr posts are still in review.

Jonas K.
X Support

On Wed, Sep 11, 2024, KCSC Takedown <takedown@kcsc.example> wrote:
{REMINDER_X}

--zd-alt-48213
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p style="color:#b5b5b5">{ZD_LINE}</p>
<p><b>Jonas K.</b> (X Support)</p>
<p>Hello,</p>
<p>Apologies for the delay. Here is where the first four posts in your reminder stand:</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>URL</th><th>Action</th><th>Policy</th></tr>
{x_tbl_html}
</table>
<p>The two quillmoss_kr posts are still in review.</p>
<p>Jonas K.<br>X Support</p>
<div class="quote">On Wed, Sep 11, 2024, KCSC Takedown &lt;takedown@kcsc.example&gt; wrote:
<blockquote type="cite">
{x_quote_html}
</blockquote></div>
</body></html>

--zd-alt-48213--
"""},
)

x_csv = "reported_url,decision,decided_at\n" + "".join(
    f"{X[i]},{d},2024-09-12\n" for i, d in
    [(10, "removed"), (11, "removed"), (12, "not_found"), (13, "no_violation"), (14, "withheld_kr")])
case(
    name="x-csv-attachment-codes",
    outcome="applied", classification="confirmation",
    imitates="legal-ops export of a batch of decisions as a CSV attachment with decision codes explained in the body",
    why="CSV rows with codes the body defines: 510/511 removed, 612 not found, 613 no violation, 714 withheld in Korea",
    items={X[10]: "removed", X[11]: "removed", X[12]: "not_found", X[13]: "rejected", X[14]: "restricted"},
    **{"from": "legal-ops@x.com", "name_from": "X Legal Operations",
       "date": "Thu, 12 Sep 2024 08:05:12 +0000",
       "subject": "KCSC-240903-01 - decisions for remaining URLs (ticket 48213)",
       "reply_to_req": "req-240903-01",
       "raw_mime": f"""
Content-Type: multipart/mixed; boundary="lo-mix-7731"

--lo-mix-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached our decisions on the remaining URLs of your request
KCSC-240903-01 (support ticket 48213).

The decision column uses our standard codes:
  removed       - the post was removed globally
  withheld_kr   - the post is withheld in the Republic of Korea only
  no_violation  - no violation found; the post stays up
  not_found     - we could not locate the post

With this export all posts in the request have been answered and the
ticket will be closed.

X Legal Operations

--lo-mix-7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_decisions.csv"
Content-Transfer-Encoding: base64

{b64(x_csv)}
--lo-mix-7731--
"""},
)

case(
    name="x-url-then-status-line",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent comment giving each URL followed by a 'Status:' line",
    why="each pebble_vault URL has 'Status: Removed' on the line below",
    items={X[12]: "removed", X[13]: "removed"},
    **{"from": "support@x.com", "name_from": "X Support",
       "date": "Wed, 11 Sep 2024 12:30:02 +0000",
       "subject": X_ZD_SUBJ, "reply_to_req": "req-240903-01",
       "body": f"""
{ZD_LINE}

Priya S. (X Support)

Sep 11, 2024, 12:29 UTC

Hi,

Here is the status of the two pebble_vault posts you asked about in your
last reply:

{X[12]}
Status: Removed (illegal or certain regulated goods)

{X[13]}
Status: Removed (same account; the account itself has since been suspended)

Kind regards,
Priya S.
X Support
"""},
)

case(
    name="x-one-item-solved-no-url",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notice answering a one-post request without repeating the URL",
    why="request KCSC-240911-07 has one item; 'we have reviewed the reported post and removed it' applies to it",
    items={X15: "removed"},
    **{"from": "support@x.com", "name_from": "X Support",
       "date": "Thu, 12 Sep 2024 02:11:45 +0000",
       "subject": "[X Support] Re: KCSC-240911-07 Removal request (#48790)",
       "reply_to_req": "req-240911-07",
       "body": f"""
{ZD_LINE}

Your request (48790) has been solved. To reopen it, reply to this email.

Maya R. (X Support)

Hello,

Thanks for reaching out about your request KCSC-240911-07. We have
reviewed the reported post and removed it for violating our rules on
illegal activity and regulated goods.

This ticket is now marked as solved.

Regards,
Maya R.
X Support
"""},
)

case(
    name="x-angle-brackets-prose",
    outcome="applied", classification="confirmation",
    imitates="legal-desk prose reply with URLs in angle brackets (plain-text client output)",
    why="nightjar/101 removed, orchid_ledger/714 withheld in South Korea, each in its own clause",
    items={X[1]: "removed", X[14]: "restricted"},
    **{"from": "legal@x.com", "name_from": "X Legal",
       "date": "Mon, 09 Sep 2024 07:48:30 +0000",
       "subject": "RE: KCSC-240903-01 Request for removal of illegal content",
       "reply_to_req": "req-240903-01",
       "body": f"""
Dear Sir or Madam,

Further to your request KCSC-240903-01, we write to let you know that we
have removed <{X[1]}> under our policy on illegal and regulated goods,
and have withheld <{X[14]}> in South Korea in response to your legal
demand.

Regards,
X Legal
"""},
)

case(
    name="x-wrapped-angle-url",
    outcome="applied", classification="confirmation",
    imitates="Outlook plain-text reply wrapped at 72 columns, a long URL broken inside its angle brackets",
    why="amber_sluice/408 removed (URL wrapped inside <>), amber_sluice/409 reviewed and stays up",
    items={X[8]: "removed", X[9]: "rejected"},
    **{"from": "legal@x.com", "name_from": "X Legal",
       "date": "Tue, 10 Sep 2024 05:15:00 +0000",
       "subject": "RE: KCSC-240903-01 Request for removal of illegal content",
       "reply_to_req": "req-240903-01",
       "body": """
Hello,

Regarding the two amber_sluice posts in request KCSC-240903-01: the post
at <https://x.com/amber_sluice/status/
1831020000000000408> was removed on 9 September for violating our rules.
The post at <https://x.com/amber_sluice/status/1831020000000000409> was
reviewed and does not violate our policies, so it remains available.

Regards,
Hannah W.
X Legal
"""},
)

x_qp_text = (
    "Hello,\n\n"
    "This is an update on ticket #48213 / KCSC-240903-01 from our Seoul-facing review team (reviewer: José M.). "
    f"We have now completed our review of the quillmoss_kr posts: the post {X[10]} has been taken down, "
    f"and the post {X[11]} has been withheld in Korea.\n\n"
    "Regards,\nJosé M.\nX Support\n")
case(
    name="x-quoted-printable-wrapped",
    outcome="applied", classification="confirmation",
    imitates="Zendesk comment sent quoted-printable, soft line breaks falling inside the URLs",
    why="after QP decoding: quillmoss_kr/510 taken down, quillmoss_kr/511 withheld in Korea",
    items={X[10]: "removed", X[11]: "restricted"},
    **{"from": "support@x.com", "name_from": "X Support",
       "date": "Wed, 11 Sep 2024 23:50:19 +0000",
       "subject": X_ZD_SUBJ, "reply_to_req": "req-240903-01",
       "raw_mime": "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(x_qp_text) + "\n"},
)

case(
    name="x-echoed-report",
    outcome="applied", classification="confirmation",
    imitates="report-outcome email that echoes the submitted report form under the decision",
    why="only tallow_gate/306 is stated removed; tallow_gate/307 appears only in the echoed form",
    items={X[6]: "removed", X[7]: "pending"},
    **{"from": "support@x.com", "name_from": "X Support",
       "date": "Sat, 07 Sep 2024 10:03:51 +0000",
       "subject": "Update on your report - KCSC-240903-01",
       "reply_to_req": "req-240903-01",
       "body": f"""
Hello,

We reviewed your report and took action on one of the posts you listed.

The post {X[6]} has been removed because it violated our rules on illegal
or certain regulated goods and services.

---- Your report ----
Report ID: 1842277613055
Reported by: KCSC Takedown desk
Reported posts:
  {X[6]}
  {X[7]}
Reason: Sale of illegal goods (Republic of Korea)
---------------------

Thanks,
X Safety
"""},
)

case(
    name="x-reminder-promise",
    outcome="review", review="not_understood",
    imitates="agent reply to an overdue reminder promising removal within 24 hours",
    why="'will be removed within the next 24 hours' is a promise; both ferrous_kite posts stay pending",
    items={X[4]: "pending", X[5]: "pending"},
    **{"from": "support@x.com", "name_from": "X Support",
       "date": "Wed, 11 Sep 2024 03:33:10 +0000",
       "subject": "Re: Reminder: KCSC-240903-01 - items still pending (#48213)",
       "reply_to_req": "req-240903-01",
       "body": f"""
{ZD_LINE}

Jonas K. (X Support)

Hello,

Thank you for the reminder. Our team has confirmed that the posts
{X[4]} and
{X[5]}
break our rules, and they will be removed within the next 24 hours. We
will confirm in this ticket once that is done.

Jonas K.
X Support
"""},
)

case(
    name="x-conditional-counter-notice",
    outcome="review", review="not_understood",
    imitates="legal reply explaining a notice-and-counter-notice wait before withholding",
    why="withholding is conditional on no counter-notice within 7 days: a condition, not a statement",
    items={X[12]: "pending"},
    **{"from": "legal@x.com", "name_from": "X Legal",
       "date": "Mon, 09 Sep 2024 01:20:00 +0000",
       "subject": "RE: KCSC-240903-01 Request for removal of illegal content",
       "reply_to_req": "req-240903-01",
       "body": f"""
Dear KCSC,

Regarding {X[12]}: the account holder has been notified of your demand.
If no valid counter-notice is received within 7 days, the post will be
withheld in South Korea. We will write to you again at that point.

Regards,
X Legal
"""},
)

case(
    name="x-dkim-fail-solved",
    outcome="review", review="untrusted",
    imitates="Zendesk 'request solved' notice whose x.com DKIM/DMARC failed at our gateway",
    why="x.com sender fails DMARC: its statements about nightjar posts cannot be trusted",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending"},
    **{"from": "support@x.com", "name_from": "X Support", "auth": "fail",
       "date": "Fri, 06 Sep 2024 14:02:00 +0000",
       "subject": X_ZD_SUBJ, "reply_to_req": "req-240903-01",
       "body": f"""
{ZD_LINE}

Your request (48213) has been solved.

Hello,

The following posts have been removed:
{X[1]}
{X[2]}
{X[3]}

X Support
"""},
)

case(
    name="x-forwarded-ts-outcome",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="staffer forwarding an internal Trust & Safety outcome message with only 'FYI' added",
    why="the statements are inside a forwarded internal message, not the sender's own",
    items={X[4]: "pending", X[5]: "pending"},
    **{"from": "pnair@x.com", "name_from": "Priya Nair",
       "date": "Sat, 07 Sep 2024 01:12:44 +0000",
       "subject": "Fwd: Outcome: KCSC-240903-01 (batch 2)",
       "body": f"""
Hi team, forwarding the T&S outcome below for your records.

Priya

---------- Forwarded message ---------
From: X Trust & Safety <ts-outcomes@x.com>
Date: Fri, Sep 6, 2024 at 11:40 PM
Subject: Outcome: KCSC-240903-01 (batch 2)
To: Legal Ops <legal-ops@x.com>

Batch 2 decisions:
- {X[4]} -- removed
- {X[5]} -- removed
"""},
)

# ============================== Telegram (KCSC-240904-02, Case #5531207) ==
case(
    name="tg-case-update-list",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk case update: blocked posts listed, one link invalid",
    why="harbor_lanterns/112 and /113 blocked; greyfinch_market/58 link invalid or message deleted",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
    **{"from": "abuse@telegram.org", "name_from": "Telegram Abuse",
       "date": "Fri, 06 Sep 2024 16:22:09 +0000",
       "subject": "Re: KCSC-240904-02 [Case #5531207]",
       "reply_to_req": "req-240904-02",
       "body": f"""
Hello,

Thank you for your report, Case #5531207.

The following posts were blocked:
{T[1]}
{T[2]}

We could not find the post {T[3]} - the link is invalid or the message
has been deleted.

Telegram Abuse Team
"""},
)

case(
    name="tg-partial-still-reviewing",
    outcome="applied", classification="confirmation",
    imitates="Telegram partial answer: one post blocked, the rest still under review",
    why="velvet_scales/2041 blocked; the remaining links are only 'still under review'",
    items={T[4]: "removed"},
    **{"from": "abuse@telegram.org", "name_from": "Telegram Abuse",
       "date": "Thu, 05 Sep 2024 08:40:31 +0000",
       "subject": "Re: KCSC-240904-02 [Case #5531207]",
       "reply_to_req": "req-240904-02",
       "body": f"""
Hello,

We have blocked {T[4]} for violating the Telegram Terms of Service.

The remaining links from Case #5531207 are still under review; we will
reply in this thread.

Telegram Abuse Team
"""},
)

case(
    name="tg-top-posted-over-request",
    outcome="applied", classification="confirmation",
    imitates="short top-posted abuse-desk reply over the Outlook-quoted original request",
    why="greyfinch_market/58 now unavailable in South Korea (restricted); the quoted request's URLs change nothing",
    items={T[3]: "restricted", T[1]: "pending", T[2]: "pending", T[4]: "pending"},
    **{"from": "dsa@telegram.org", "name_from": "Telegram DSA",
       "date": "Mon, 09 Sep 2024 11:05:00 +0000",
       "subject": "RE: KCSC-240904-02 Request for removal of illegal content",
       "reply_to_req": "req-240904-02",
       "body": f"""
Done. The post {T[3]} is now unavailable to users in South Korea.

-- Telegram DSA Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:00 AM
To: dsa@telegram.org
Subject: KCSC-240904-02 Request for removal of illegal content

Dear Telegram,

Under the Act on Promotion of Information and Communications Network
Utilization, we request the removal of the following posts:

1. {T[1]}
2. {T[2]}
3. {T[3]}
4. {T[4]}

KCSC Takedown desk
"""},
)

case(
    name="tg-bulk-all-blocked",
    outcome="review", review="bulk",
    imitates="Telegram one-line case closure covering every link at once",
    why="'all of the channel posts listed in your report have been blocked' for a four-item request names none",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending", T[4]: "pending"},
    **{"from": "abuse@telegram.org", "name_from": "Telegram Abuse",
       "date": "Tue, 10 Sep 2024 09:00:12 +0000",
       "subject": "Re: KCSC-240904-02 [Case #5531207]",
       "reply_to_req": "req-240904-02",
       "body": """
Hello,

All of the channel posts listed in your report (Case #5531207) have been
blocked.

Telegram Abuse Team
"""},
)

tg_reminder = f"""\
From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240904-02 - items still pending
Date: Thu, 12 Sep 2024 10:00:00 +0900
Message-ID: <rem-240904-02-1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Telegram,

Request KCSC-240904-02 passed its deadline. Still open:
{T[1]}
{T[2]}
{T[3]}
{T[4]}

KCSC Takedown desk
"""
case(
    name="tg-dsn-bounce-reminder",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style delivery status notification returning our reminder with the original attached",
    why="a bounce: the URLs are in our own returned reminder",
    items={T[1]: "pending", T[2]: "pending"},
    **{"from": "MAILER-DAEMON@telegram.org", "name_from": "Mail Delivery System",
       "date": "Thu, 12 Sep 2024 01:00:41 +0000",
       "subject": "Undelivered Mail Returned to Sender",
       "extra_headers": ["Auto-Submitted: auto-replied"],
       "raw_mime": f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-4Q2b"

--dsn-4Q2b
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-in2.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dsa@telegram.org>: host store3.telegram.org said: 552 5.2.2 Mailbox
    quota exceeded (in reply to RCPT TO command)

--dsn-4Q2b
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-in2.telegram.org
Arrival-Date: Thu, 12 Sep 2024 01:00:38 +0000

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded

--dsn-4Q2b
Content-Description: Undelivered Message
Content-Type: message/rfc822

{tg_reminder}
--dsn-4Q2b--
"""},
)

case(
    name="tg-own-statement-over-forward",
    outcome="applied", classification="confirmation",
    imitates="agent's own result written above a forwarded copy of the case-receipt auto-mail",
    why="the agent's own sentence states harbor_lanterns/112 and /113 taken down; the forwarded part is only a receipt",
    items={T[1]: "removed", T[2]: "removed"},
    **{"from": "abuse@telegram.org", "name_from": "Telegram Abuse",
       "date": "Sat, 07 Sep 2024 13:45:27 +0000",
       "subject": "Fwd: Case #5531207 received - KCSC-240904-02",
       "reply_to_req": "req-240904-02",
       "body": f"""
Hello,

Further to the acknowledgement below: the posts
{T[1]} and {T[2]}
have been taken down.

Telegram Abuse Team

---------- Forwarded message ----------
From: Telegram Support <noreply@telegram.org>
Date: Wed, 4 Sep 2024 02:10:00 +0000
Subject: Case #5531207 received

We received your report. Your case number is Case #5531207.
Please do not reply to this automated message.
"""},
)

# ============================== YouTube (KCSC-240905-03) =================
case(
    name="yt-request-received",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-support automated confirmation carrying a bracketed ticket number",
    why="automated receipt with a ticket number; no statement about any video",
    items={},
    **{"from": "legal-support-noreply@google.com", "name_from": "YouTube Legal Support",
       "date": "Thu, 05 Sep 2024 00:31:02 +0000",
       "subject": "[6-2207000038411] Re: KCSC-240905-03 Request for removal of illegal content",
       "reply_to_req": "req-240905-03",
       "extra_headers": ["Auto-Submitted: auto-generated"],
       "body": """
Hello,

Thank you for contacting YouTube Legal Support. This automated message
confirms that we have received your request. Your reference number is
[6-2207000038411]; please keep it in the subject line of any reply.

A member of our team will review your request. Due to volume, responses
may take several business days.

Regards,
The YouTube Legal Support Team
"""},
)

case(
    name="yt-jira-resolved",
    outcome="applied", classification="confirmation",
    imitates="service-desk 'your request has been resolved' notification with the agent's resolution comment",
    why="watch?v=Qm7rTz2LpXa removed; watch?v=Hn4vWc8KsJe age-restricted (restricted)",
    items={Y[1]: "removed", Y[2]: "restricted"},
    **{"from": "legal-support@google.com", "name_from": "YouTube Legal Support",
       "date": "Mon, 09 Sep 2024 04:12:38 +0000",
       "subject": "[6-2207000038411] Your request has been resolved",
       "reply_to_req": "req-240905-03",
       "body": f"""
---- Reply above this line ----

Your request 6-2207000038411 has been resolved.

Hello,

Thanks for your patience. After review, we have removed the video at
{Y[1]} for violating our Community Guidelines.

The video at {Y[2]} has been age-restricted: it stays on YouTube but can
no longer be viewed by signed-out users or viewers under 18.

Regards,
Sun-woo
YouTube Legal Support

View request: https://support.google.com/legal/answer/requests/6-2207000038411
"""},
)

yt_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Roboto,Arial">
<p>Hello,</p>
<p>Regarding your request KCSC-240905-03 (ticket [6-2207000038411]), please find our decisions below.</p>
<table cellpadding="6" style="border-collapse:collapse" border="1">
<thead><tr><th>Reported URL</th><th>Decision</th></tr></thead>
<tbody>
<tr><td>{Y[1]}</td><td>Blocked in South Korea (local law)</td></tr>
<tr><td>{Y[2]}</td><td>No action: does not violate our policies or local law</td></tr>
<tr><td>{Y[3]}</td><td>Actioned under our policies</td></tr>
</tbody></table>
<p>If you disagree with a decision, you may reply to this email with additional information.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
<p style="font-size:11px;color:#777">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>
"""
case(
    name="yt-base64-html-table",
    outcome="applied", classification="confirmation",
    imitates="Google legal-support HTML decision table, base64-encoded body",
    why="Qm7rTz2LpXa blocked in KR (restricted), Hn4vWc8KsJe no action (rejected), Short actioned (removed)",
    items={Y[1]: "restricted", Y[2]: "rejected", Y[3]: "removed"},
    **{"from": "legal-support@google.com", "name_from": "YouTube Legal Support",
       "date": "Tue, 10 Sep 2024 07:55:03 +0000",
       "subject": "[6-2207000038411] Decisions on your request KCSC-240905-03",
       "reply_to_req": "req-240905-03",
       "raw_mime": "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(yt_html) + "\n"},
)

case(
    name="yt-followup-author-deleted",
    outcome="applied", classification="confirmation",
    imitates="follow-up comment in the same ticket: the Short was deleted by its uploader before review",
    why="already deleted by its uploader before review: not_found",
    items={Y[3]: "not_found"},
    **{"from": "legal-support@google.com", "name_from": "YouTube Legal Support",
       "date": "Wed, 11 Sep 2024 02:40:19 +0000",
       "subject": "[6-2207000038411] Re: KCSC-240905-03 Request for removal of illegal content",
       "reply_to_req": "req-240905-03",
       "body": f"""
---- Reply above this line ----

Hello again,

One more update on 6-2207000038411: the Short at
{Y[3]} had already been deleted by the uploader before our team reviewed
it, so there was nothing for us to action.

Regards,
Sun-woo
YouTube Legal Support
"""},
)

case(
    name="yt-partial-with-promise",
    outcome="applied", classification="confirmation",
    imitates="partial answer: one video removed, the other two promised for later",
    why="Hn4vWc8KsJe removed; 'our team will review them' about the other two is a promise",
    items={Y[2]: "removed"},
    **{"from": "legal-support@google.com", "name_from": "YouTube Legal Support",
       "date": "Fri, 06 Sep 2024 06:18:44 +0000",
       "subject": "[6-2207000038411] Re: KCSC-240905-03 Request for removal of illegal content",
       "reply_to_req": "req-240905-03",
       "body": f"""
Hello,

The video {Y[2]} has been removed from YouTube for violating our policy
on illegal or regulated goods and services.

Regarding the other two URLs in your request, our team will review them
and get back to you in this thread.

Regards,
YouTube Legal Support
"""},
)

case(
    name="yt-hedged-followup",
    outcome="review", review="not_understood",
    imitates="agent's informal follow-up guessing at the state of two videos while awaiting confirmation",
    why="'appears to have been taken down', 'may have been restricted': hedges, nothing applies",
    items={Y[1]: "pending", Y[3]: "pending"},
    **{"from": "jiwonhan@google.com", "name_from": "Jiwon Han",
       "date": "Sat, 07 Sep 2024 03:30:00 +0000",
       "subject": "Re: [6-2207000038411] KCSC-240905-03",
       "reply_to_req": "req-240905-03",
       "body": f"""
Hi,

Quick note before the weekend. From what I can see, the video at
{Y[1]} appears to have been taken down already, and
{Y[3]} may have been restricted by the Shorts team.
I've asked both teams to confirm and will come back to you.

Best,
Jiwon
"""},
)

case(
    name="yt-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder of a Google legal staffer",
    why="out-of-office auto-reply",
    items={},
    **{"from": "jiwonhan@google.com", "name_from": "Jiwon Han",
       "date": "Thu, 12 Sep 2024 23:00:05 +0000",
       "subject": "Automatic reply: Reminder: KCSC-240905-03 - items still pending",
       "reply_to_req": "req-240905-03",
       "extra_headers": ["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
       "body": """
Hello,

I am out of the office until 23 September with limited access to email.
For urgent legal removal requests please write to legal-kr@google.com.

Jiwon Han
"""},
)

# ============================== NAVER (KCSC-240906-04) ===================
case(
    name="naver-cs-answer-list",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 '문의하신 내용에 대한 답변' with a per-URL result list",
    why="moonlit_ferry/…201 게시중단, …202 임시조치 (restricted), seoulbargain/88123 삭제; rest announced for later",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed"},
    **{"from": "help@navercorp.com", "name_from": "네이버 고객센터",
       "date": "Tue, 10 Sep 2024 02:15:44 +0000",
       "subject": "[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240906-04)",
       "reply_to_req": "req-240906-04",
       "body": f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회의 시정요구(KCSC-240906-04) 관련 문의에 답변드립니다.
요청하신 게시물에 대한 처리 결과는 아래와 같습니다.

- {N[1]} : 게시중단
- {N[2]} : 임시조치(30일)
- {N[3]} : 삭제

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림

※ 본 메일은 발신전용입니다. 추가 문의는 고객센터 문의하기를 이용해 주세요.
"""},
)

case(
    name="naver-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="NAVER operator reply in Korean prose, URLs followed directly by particles",
    why="seoulbargain/88157 블라인드 (removed); the Korean-path post was already deleted by its author (not_found)",
    items={N[4]: "removed", N[5]: "not_found"},
    **{"from": "policy@navercorp.com", "name_from": "네이버 정책지원",
       "date": "Wed, 11 Sep 2024 05:30:12 +0000",
       "subject": "Re: [KCSC-240906-04] 불법정보 시정요구",
       "reply_to_req": "req-240906-04",
       "body": f"""
안녕하세요, 네이버 정책지원팀입니다.

{N[4]}의 게시물은 운영정책 위반으로 블라인드 처리되었습니다.
또한 {N5_RAW} 은(는) 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.
"""},
)

nv_rows = [(1, N[1], "삭제", ""), (2, N[2], "삭제", ""), (3, N[3], "접속차단", "국내 접속 제한"),
           (4, N[4], "조치불가", "위반사항 확인되지 않음"), (5, N5_RAW, "해당 게시물 없음", "")]
nv_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240906-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>순번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
""" + "\n".join(f"<tr><td>{n}</td><td>{u}</td><td>{a}</td><td>{r}</td></tr>" for n, u, a, r in nv_rows) + """
</table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="naver-html-table-qp",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table (순번/URL/조치결과/비고), quoted-printable",
    why="rows: 삭제, 삭제, 접속차단 (restricted), 조치불가 위반사항 없음 (rejected), 해당 게시물 없음 (not_found)",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "rejected", N[5]: "not_found"},
    **{"from": "policy@navercorp.com", "name_from": "네이버 정책지원",
       "date": "Fri, 13 Sep 2024 08:00:00 +0000",
       "subject": "[회신] 시정요구 조치결과 (KCSC-240906-04)",
       "reply_to_req": "req-240906-04",
       "raw_mime": "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(nv_html) + "\n"},
)

case(
    name="naver-reminder-reply-original-message",
    outcome="applied", classification="confirmation",
    imitates="NAVER staffer's top-posted reply to our reminder over an Outlook '-----Original Message-----' quote",
    why="88123 삭제 완료 (removed), 88157 위반 없어 유지 (rejected); the Korean-path post only in our quoted reminder",
    items={N[3]: "removed", N[4]: "rejected", N[5]: "pending"},
    **{"from": "seoyeon.kim@navercorp.com", "name_from": "김서연",
       "date": "Mon, 16 Sep 2024 00:40:00 +0000",
       "subject": "RE: 독촉: KCSC-240906-04 미처리 게시물 안내",
       "reply_to_req": "req-240906-04",
       "body": f"""
안녕하세요, 네이버 정책지원팀 김서연입니다.
독촉 메일 확인하였습니다. 회신이 늦어 죄송합니다.

{N[3]} — 삭제 완료
{N[4]} — 검토 결과 운영원칙 위반 사항이 없어 게시물을 유지합니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Saturday, September 14, 2024 10:00 AM
To: policy@navercorp.com
Subject: 독촉: KCSC-240906-04 미처리 게시물 안내

시정요구 KCSC-240906-04의 처리기한이 지났습니다. 아래 게시물의 조치결과를 알려 주십시오.
{N[3]}
{N[4]}
{N5_RAW}
"""},
)

case(
    name="naver-fullwidth-brackets",
    outcome="applied", classification="confirmation",
    imitates="Korean reply typed with full-width brackets around each URL",
    why="…201 비공개 처리 (removed), …202 접근 제한 (restricted); URLs wrapped in （ ）",
    items={N[1]: "removed", N[2]: "restricted"},
    **{"from": "policy@navercorp.com", "name_from": "네이버 정책지원",
       "date": "Mon, 09 Sep 2024 07:12:00 +0000",
       "subject": "Re: [KCSC-240906-04] 불법정보 시정요구",
       "reply_to_req": "req-240906-04",
       "body": f"""
안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 블로그 게시물 중 대상 게시물（{N[1]}）은 비공개 처리되었으며,
대상 게시물（{N[2]}）은 국내 이용자의 접근이 제한되었습니다.

감사합니다.
"""},
)

case(
    name="naver-bulk-korean",
    outcome="review", review="bulk",
    imitates="NAVER one-paragraph 게시중단 완료 notice covering the whole request",
    why="'요청하신 게시물 5건 전체' names no URL for a five-item request",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending", N[4]: "pending", N[5]: "pending"},
    **{"from": "help@navercorp.com", "name_from": "네이버 고객센터",
       "date": "Thu, 12 Sep 2024 01:00:00 +0000",
       "subject": "[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240906-04)",
       "reply_to_req": "req-240906-04",
       "body": """
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 5건 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
네이버 고객센터 드림
"""},
)

case(
    name="naver-asks-more-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal request for the legal basis and deliberation document before acting",
    why="NAVER asks for the violated provision and a copy of the decision; seoulbargain/88123 stays pending",
    items={N[3]: "pending"},
    **{"from": "policy@navercorp.com", "name_from": "네이버 정책지원",
       "date": "Mon, 09 Sep 2024 02:00:00 +0000",
       "subject": "Re: [KCSC-240906-04] 불법정보 시정요구 - 추가 자료 요청",
       "reply_to_req": "req-240906-04",
       "body": f"""
안녕하세요, 네이버 정책지원팀입니다.

{N[3]} 게시물에 대한 조치를 검토하기 위해 위반 근거 조항과 심의 의결서
사본을 회신해 주시기 바랍니다. 자료를 받는 대로 검토를 진행하겠습니다.

감사합니다.
"""},
)

case(
    name="naver-chuseok-auto-reply",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday 부재중 자동회신 (추석 연휴)",
    why="holiday auto-reply to our reminder",
    items={},
    **{"from": "policy@navercorp.com", "name_from": "네이버 정책지원",
       "date": "Sat, 14 Sep 2024 01:00:09 +0000",
       "subject": "[자동회신] 추석 연휴 부재 안내 (RE: 독촉: KCSC-240906-04 미처리 게시물 안내)",
       "reply_to_req": "req-240906-04",
       "extra_headers": ["Auto-Submitted: auto-replied"],
       "body": """
안녕하세요.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 접수 순서대로 답변드리겠습니다.

네이버 정책지원팀
"""},
)

# ============================== TikTok (KCSC-240909-05, ticket 880412) ====
case(
    name="tiktok-freshdesk-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk-style 'ticket received' auto-reply echoing the submitted request",
    why="pure receipt; the URLs appear only in the echo of our own request",
    items={K[1]: "pending", K[2]: "pending"},
    **{"from": "support@tiktok.com", "name_from": "TikTok Support",
       "date": "Mon, 09 Sep 2024 01:05:00 +0000",
       "subject": "Ticket Received - #880412 KCSC-240909-05 Removal request",
       "reply_to_req": "req-240909-05",
       "extra_headers": ["Auto-Submitted: auto-generated"],
       "body": f"""
Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a
ticket has been created. A support agent will review your request and send
you a personal response, usually within 72 hours.

To view the status of the ticket or add comments, please visit
https://support.tiktok.com/helpdesk/tickets/880412

Your request:
Subject: KCSC-240909-05 Removal request
Please remove the following videos offering regulated goods for sale:
{K[1]}
{K[2]}

Thank you for your patience.
TikTok Support
"""},
)

case(
    name="tiktok-ticket-resolved",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket resolved' notice with the agent's per-video outcome",
    why="video …101 removed; video …102 restricted in South Korea",
    items={K[1]: "removed", K[2]: "restricted"},
    **{"from": "support@tiktok.com", "name_from": "TikTok Support",
       "date": "Thu, 12 Sep 2024 09:20:30 +0000",
       "subject": "Ticket #880412 has been resolved - KCSC-240909-05",
       "reply_to_req": "req-240909-05",
       "body": f"""
Hi KCSC team,

Thanks for your patience. We reviewed both videos in your request:

{K[1]} was removed for violating our Community Guidelines on regulated
goods; {K[2]} has been restricted in South Korea in line with local law.

Your ticket status has been changed to Resolved. If you believe this
ticket was resolved in error, reply within 7 days to reopen it.

Best regards,
Lin
TikTok Support
"""},
)

case(
    name="tiktok-reminder-reply-outlook",
    outcome="applied", classification="confirmation",
    imitates="top-posted reply to our reminder over an Outlook From/Sent/To/Subject header block",
    why="video …102 does not violate and remains available (rejected); …101 appears only in the quoted reminder",
    items={K[2]: "rejected", K[1]: "pending"},
    **{"from": "lawenforcement-kr@tiktok.com", "name_from": "TikTok Law Enforcement Response",
       "date": "Tue, 17 Sep 2024 06:00:00 +0000",
       "subject": "RE: Reminder: KCSC-240909-05 - items still pending",
       "reply_to_req": "req-240909-05",
       "body": f"""
Hello,

Regarding the second video, {K[2]}, our team re-reviewed it after your
reminder. It does not violate our Community Guidelines or local law, and
it remains available on TikTok.

Regards,
TikTok Law Enforcement Response Team

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:00
To: lawenforcement-kr@tiktok.com
Subject: Reminder: KCSC-240909-05 - items still pending

Dear TikTok,

Request KCSC-240909-05 passed its deadline. Still open:
{K[1]}
{K[2]}
"""},
)

case(
    name="tiktok-csat-survey",
    outcome="review", review="no_claims",
    imitates="help-desk satisfaction survey sent after a ticket is closed",
    why="trusted TikTok mail naming no item and no request of ours",
    items={},
    **{"from": "support@tiktok.com", "name_from": "TikTok Support",
       "date": "Fri, 13 Sep 2024 09:20:30 +0000",
       "subject": "How would you rate the support you received?",
       "body": """
Hi there,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied: https://support.tiktok.com/survey/880412/good
Bad, I'm unsatisfied: https://support.tiktok.com/survey/880412/bad

Ticket #880412
TikTok Support
"""},
)

case(
    name="tiktok-outsourced-vendor",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing 'on behalf of' the platform from its own domain",
    why="sender is not a TikTok domain; it names our request and a URL",
    items={K[1]: "pending"},
    **{"from": "ops@clearview-moderation.example", "name_from": "Clearview Moderation Services",
       "date": "Wed, 11 Sep 2024 04:44:00 +0000",
       "subject": "KCSC-240909-05 / TikTok ticket #880412",
       "body": f"""
Dear KCSC,

On behalf of TikTok, we confirm that the video {K[1]} has been removed
(TikTok ticket #880412, your reference KCSC-240909-05).

Kind regards,
Clearview Moderation Services - Trust & Safety operations
"""},
)

# ============================== Kakao (KCSC-240910-06, one item) =========
case(
    name="kakao-helpscout-removed",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style mailbox reply from a Korean portal's customer centre",
    why="the Daum cafe post was found in breach and deleted",
    items={D1: "removed"},
    **{"from": "cs@kakaocorp.com", "name_from": "카카오 고객센터",
       "date": "Thu, 12 Sep 2024 03:10:00 +0000",
       "subject": "Re: [KCSC-240910-06] 게시물 삭제 요청 #31877",
       "reply_to_req": "req-240910-06",
       "body": f"""
## 회신 시 이 줄 위에 작성해 주세요 ##

안녕하세요, 카카오 고객센터입니다.

요청하신 다음카페 게시물({D1})은 운영정책 위반이 확인되어 삭제
조치되었습니다.

감사합니다.
카카오 고객센터 드림

문의번호 #31877
"""},
)

case(
    name="kakao-sole-age-restricted",
    outcome="applied", classification="confirmation",
    imitates="Korean portal reply to a one-item request, no URL repeated, access limited to adult-verified users",
    why="one-item request; '성인 인증 후에만 열람할 수 있도록 접근을 제한' is an age restriction",
    items={D1: "restricted"},
    **{"from": "cs@kakaocorp.com", "name_from": "카카오 고객센터",
       "date": "Fri, 13 Sep 2024 05:00:00 +0000",
       "subject": "Re: [KCSC-240910-06] 게시물 삭제 요청 #31877",
       "reply_to_req": "req-240910-06",
       "body": """
안녕하세요, 카카오 고객센터입니다.

문의하신 건(KCSC-240910-06)의 대상 게시글은 청소년 유해 정보로 확인되어
성인 인증을 마친 이용자만 열람할 수 있도록 접근을 제한하였습니다.

감사합니다.
카카오 고객센터 드림
"""},
)

case(
    name="kakao-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook-style read receipt (MDN) in Korean for our request",
    why="message disposition notification: the request was displayed",
    items={},
    **{"from": "mjpark@kakaocorp.com", "name_from": "박민준",
       "date": "Tue, 10 Sep 2024 01:30:00 +0000",
       "subject": "읽음: [KCSC-240910-06] 게시물 삭제 요청",
       "reply_to_req": "req-240910-06",
       "raw_mime": """
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77aa"

--mdn-77aa
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: 박민준
제목: [KCSC-240910-06] 게시물 삭제 요청
보낸 날짜: 2024-09-10 오전 10:00

읽은 날짜: 2024-09-10 오전 10:30

--mdn-77aa
Content-Type: message/disposition-notification

Reporting-UA: mjpark-pc.kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;mjpark@kakaocorp.com
Original-Message-ID: <req-240910-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77aa--
"""},
)

case(
    name="kakao-wrong-platform",
    outcome="review", review="wrong_platform",
    imitates="portal customer centre answering that a URL sent to it belongs to another company's service",
    why="Kakao states it cannot find a NAVER blog post on its service; not Kakao's item to answer for",
    items={N[2]: "pending", D1: "pending"},
    **{"from": "cs@kakaocorp.com", "name_from": "카카오 고객센터",
       "date": "Wed, 11 Sep 2024 02:00:00 +0000",
       "subject": "Re: [KCSC-240910-06] 게시물 삭제 요청 #31877",
       "reply_to_req": "req-240910-06",
       "body": f"""
안녕하세요, 카카오 고객센터입니다.

함께 보내주신 {N[2]} 주소는 카카오에서 운영하는 서비스의 게시물이 아니어서
당사 서비스에서는 찾을 수 없습니다.

다음카페 게시물은 확인 후 별도로 안내드리겠습니다.

감사합니다.
"""},
)

HEADER = """\
# Blind set blind206: ticket systems and threads (receipts, solved tickets,
# follow-ups, replies to reminders, partial answers, forwarded mail).
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. Each case is judged alone on a fresh ledger.
"""


def encode_headers():
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    Korean mail clients send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode(maxlinelen=998)


def main():
    write_requests()
    encode_headers()
    corpuslib.write_set(HERE, "blind206", HEADER, cases)


if __name__ == "__main__":
    main()
