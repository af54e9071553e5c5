#!/usr/bin/env python3
"""Blind set 800: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; the expected result of each was written from its meaning alone,
before the reader was ever run on it.

    python3 tests/corpus/blind800/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

YT = "https://www.youtube.com/watch?v="
REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240903-01", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", "req-240903-01@kcsc.example", "gambling promotion network", [
         YT + "Qm3vT8xLp2A",
         YT + "Hd7KsN0wYe4",
         YT + "bR5nU1cZoP9",
         YT + "Lx2Wq6TjMa0",
         YT + "Vn8yE3rGkQ1",
         YT + "pT4oJ9sHcD7",
         YT + "Zc1fM5wBnX2",
         YT + "kS6dA2vRuL8",
         "https://www.youtube.com/shorts/Ye9hC4mPqT3",
         "https://www.youtube.com/shorts/Gw0iB7nXsK5",
         "https://www.youtube.com/@haneul-signal7",
         YT + "Fu3rO8lWeJ6",
     ]),
    ("KCSC-240905-02", "telegram", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", "req-240905-02@kcsc.example", "drug sale channels", [
         "https://t.me/moonlit_exchange/118",
         "https://t.me/moonlit_exchange/121",
         "https://t.me/greyferry_kr/45",
         "https://t.me/s/bluepine_deals/902",
     ]),
    ("KCSC-240909-03", "x", "2024-09-09T10:15:00+09:00", "2024-09-16T18:00:00+09:00",
     "defamation", "req-240909-03@kcsc.example", "defamatory posts", [
         "https://x.com/coralvane_88/status/1831002345678901234",
         "https://x.com/coralvane_88/status/1831009876543210987",
         "https://x.com/sodam_relay/status/1832223334445556667",
     ]),
    ("KCSC-240910-04", "naver", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_finance", "req-240910-04@kcsc.example", "unregistered lending ads", [
         "https://cafe.naver.com/daldalmarket/58213",
         "https://blog.naver.com/hyeonmu_22/223571234567",
         "https://cafe.naver.com/daldalmarket/58240",
         "https://blog.naver.com/sol_pado/223579876543",
         "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=472233901",
     ]),
    ("KCSC-240911-05", "kakao", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00",
     "counterfeit", "req-240911-05@kcsc.example", "counterfeit goods; one Tistory post", [
         "https://cafe.daum.net/bamsae-shop/Rk7q/311",
         "https://cafe.daum.net/bamsae-shop/Rk7q/327",
         "https://haru-note.tistory.com/entry/%EB%AC%B4%EB%A3%8C-%EC%BF%A0%ED%8F%B0-%EB%82%98%EB%88%94",
     ]),
    ("KCSC-240913-06", "tiktok", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "obscenity", "req-240913-06@kcsc.example", "single video", [
         "https://www.tiktok.com/@jinju_loop/video/7411122233344455566",
     ]),
    ("KCSC-240902-07", "youtube", "2024-09-02T15:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "harassment", "req-240902-07@kcsc.example", "two harassment videos", [
         YT + "Ec5nH2yTaW9",
         YT + "Ro4jX7uKmB1",
     ]),
]
URLS = {ref: urls for ref, *_rest, urls in REQUESTS}
R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)
U1, U2, U3, U4, U5, U6, U7 = (URLS[r] for r in (R1, R2, R3, R4, R5, R6, R7))
TISTORY_RAW = "https://haru-note.tistory.com/entry/무료-쿠폰-나눔"


def write_requests():
    out = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            q = '"' + u + '"' if ("," in u or '"' in u) else u
            out.append(f"{ref},{plat},{sent},{due},{q},{cat},{mid},{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- helpers

def enc(s):
    """RFC 2047 for non-ASCII header text, as real mailers send it."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def our_request(ref, to):
    """Our request email's text, as it shows up quoted in replies."""
    urls = URLS[ref]
    lines = [
        f"Dear {to} team,",
        "",
        f"Under request {ref}, the Korea Communications Standards Commission asks",
        "you to remove or block access in Korea to the following content:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this email with the result for each URL.", "",
              "KCSC Takedown Desk"]
    return lines


def our_reminder(ref, urls):
    lines = [f"Reminder: the following items of request {ref} are past their",
             "deadline and we have not received a result for them:", ""]
    lines += [f"  - {u}" for u in urls]
    lines += ["", "Please tell us what was done with each one.", "", "KCSC Takedown Desk"]
    return lines


def quote(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


def thread(*ids):
    refs = " ".join(f"<{i}>" for i in ids)
    return [f"In-Reply-To: <{ids[-1]}>", f"References: {refs}"]


def part_plain(body, cte="8bit"):
    if cte == "base64":
        data = base64.encodebytes(body.encode("utf-8")).decode("ascii")
    elif cte == "quoted-printable":
        data = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    else:
        data = body
    return (f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n"
            + data.strip("\n") + "\n")


def single(body, cte):
    return part_plain(body.strip("\n") + "\n", cte)


def multipart(kind, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


HEADER = """# Blind set 800 (tests/corpus/blind800/): ticket systems and threads.
# Written from each email's meaning, before the reader was run on any of it.
# Each case is judged alone, on a fresh ledger holding requests.csv."""

CASES = []


def case(**c):
    c["subject"] = enc(c["subject"])
    if "name_from" in c:
        c["name_from"] = enc(c["name_from"])
    CASES.append(c)


# ================================================================ APPLIED

# --- YouTube, KCSC-240903-01 (12 items), a Zendesk-style ticket ------------

case(
    name="yt-zendesk-solved-mixed",
    date="Mon, 09 Sep 2024 17:42:10 +0900",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject="[YouTube Legal] Your request #48213577 has been solved",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer",
                   "Reply-To: YouTube Legal Support <support+id48213577@youtube.com>"],
    body=f"""
##- Please type your reply above this line -##

Your request (#48213577) has been solved. To reopen it, reply to this email.

Hana (YouTube Legal Support)
Sep 9, 2024, 17:42 GMT+9

Hello,

We have finished reviewing the URLs from your request {R1} that were
assigned to this ticket. Our decisions:

{U1[0]} - removed for violating our policy on regulated goods
{U1[1]} - removed (same reason)
{U1[2]} - blocked from view in South Korea under local law
{U1[3]} - no action: we did not find a violation of our Community Guidelines or of local law
{U1[4]} - we could not find this video; the uploader had already deleted it

The other URLs of your request are being handled in a separate ticket.

Best,
Hana
YouTube Legal Support

--------------------------------
This email is a service from YouTube Legal Support.
[ZD-48213577]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification carrying the agent's last comment",
    why="five URLs each with its own decision: two removed, one blocked in Korea, one no violation, one deleted by the uploader",
    items={U1[0]: "removed", U1[1]: "removed", U1[2]: "restricted", U1[3]: "rejected", U1[4]: "not_found"},
)

case(
    name="yt-followup-top-posted",
    date="Fri, 13 Sep 2024 11:05:33 +0900",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject="Re: [YouTube Legal] Update on your request #48213577",
    extra_headers=thread("req-240903-01@kcsc.example", "zd48213577-c2@youtube.com"),
    body=f"""
Hello again,

Following up on the URLs that were still open in this ticket:

{U1[5]} and {U1[6]} have been removed from YouTube.

After review, {U1[7]} does not violate our Community Guidelines; it is
commentary on a news event and will stay up.

This completes our review of this ticket.

Hana
YouTube Legal Support

On Mon, Sep 9, 2024 at 5:42 PM YouTube Legal Support <legal-support@youtube.com> wrote:
> Hello,
>
> We have finished reviewing part of your request {R1}.
>
> {U1[0]} - removed for violating our policy on regulated goods
>
> The following are still under review:
> {U1[5]}
> {U1[6]}
> {U1[7]}
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same Zendesk thread, top-posted over the agent's earlier quoted reply",
    why="two videos removed and one kept in the new text; the quoted earlier reply changes nothing",
    items={U1[5]: "removed", U1[6]: "removed", U1[7]: "rejected", U1[0]: "pending"},
)

case(
    name="yt-freshdesk-html-table",
    date="Wed, 11 Sep 2024 09:12:00 +0900",
    **{"from": "trustandsafety@youtube.com"},
    name_from="YouTube Trust & Safety",
    subject=f"Ticket #771204 - {R1} - Resolution",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Freshdesk"],
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC team,</p>
<p>Thank you for your patience. Below is the outcome for the shorts and the channel listed in
your request <b>{R1}</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr style="background:#eee"><th>Reported URL</th><th>Action</th></tr>
<tr><td><a href="{U1[8]}">{U1[8]}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{U1[9]}">{U1[9]}</a></td><td>Removed &ndash; spam, deceptive practices &amp; scams policy</td></tr>
<tr><td><a href="{U1[10]}">{U1[10]}</a></td><td>Channel terminated</td></tr>
<tr><td><a href="{U1[11]}">{U1[11]}</a></td><td>No violation found &ndash; content remains available</td></tr>
</table>
<p>You can read about our policies at
<a href="https://support.google.com/youtube/answer/2801973">https://support.google.com/youtube/answer/2801973</a>.</p>
<p>Regards,<br>Minji<br>YouTube Trust &amp; Safety</p>
<p style="color:#999;font-size:11px">Ticket status: Resolved. Please do not change the subject line when replying.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk resolution email with an HTML table of reported URLs and actions",
    why="table rows: age-restricted, removed, channel terminated, no violation; the help link is not an item",
    items={U1[8]: "restricted", U1[9]: "removed", U1[10]: "removed", U1[11]: "rejected"},
)

CSV4 = f"""url,outcome,policy_or_reason
{U1[0]},Removed,Regulated goods
{U1[1]},Removed,Regulated goods
{U1[3]},Locally blocked (KR),Local law
{U1[4]},Removed,Spam and scams
{U1[5]},No violation found,-
{U1[11]},Not found (invalid URL),-
"""
case(
    name="yt-csv-attachment",
    date="Tue, 17 Sep 2024 16:20:45 +0900",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject=f"[YouTube Legal] Outcome report for {R1} (5-1209000038261)",
    reply_to_req="req-240903-01",
    raw_mime=multipart("mixed", "=_yt_csv_5120", [
        part_plain(f"""Hello,

Please find attached the outcome for the URLs we processed under your
request {R1} (our reference 5-1209000038261). One line per URL.

Regards,
YouTube Legal Support
"""),
        "Content-Type: text/csv; charset=utf-8; name=\"outcome_5-1209000038261.csv\"\n"
        "Content-Disposition: attachment; filename=\"outcome_5-1209000038261.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(CSV4.encode("utf-8")).decode("ascii"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="legal-removal outcome report sent as a CSV attachment",
    why="CSV rows: removed x3, blocked in Korea, no violation, URL not found",
    items={U1[0]: "removed", U1[1]: "removed", U1[3]: "restricted", U1[4]: "removed",
           U1[5]: "rejected", U1[11]: "not_found"},
)

case(
    name="yt-reminder-reply-partial",
    date="Tue, 17 Sep 2024 10:31:02 +0900",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: [Reminder] {R1}: overdue items",
    extra_headers=thread("req-240903-01@kcsc.example", "reminder.KCSC-240903-01.1@kcsc.example"),
    body=f"""
Thanks for the reminder, and sorry for the delay on these two.

- {U1[8]} : removed today under our spam policy.
- {U1[9]} : still with the policy team. I will update this thread as
  soon as I hear back.

Hana
YouTube Legal Support

On 17 Sep 2024, at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:

{quote(our_reminder(R1, [U1[8], U1[9]]))}
""",
    outcome="applied", classification="confirmation",
    imitates="agent's reply to a regulator's reminder, answering part of it",
    why="one short removed, the other explicitly still with the policy team",
    items={U1[8]: "removed", U1[9]: "pending"},
)

case(
    name="yt-ack-plus-result",
    date="Thu, 12 Sep 2024 14:02:19 +0900",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject="Re: [YouTube Legal] Your request #48213577 has been received",
    extra_headers=thread("req-240903-01@kcsc.example", "zd48213577-r1@youtube.com"),
    body=f"""
##- Please type your reply above this line -##

Hello,

Thanks, we've received your follow-up on this request.

We have already acted on one of the videos you mention:
{U1[6]} was removed on 11 September for violating our policy on
regulated goods. The other videos in your message remain under review and
we'll write again once we have a decision.

Joon
YouTube Legal Support
[ZD-48213577]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent reply that opens like a receipt but carries a result",
    why="the acknowledgement phrase is followed by an unhedged removal of one named video",
    items={U1[6]: "removed"},
)

case(
    name="yt-headings-bullets",
    date="Wed, 11 Sep 2024 18:47:51 +0900",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject=f"[YouTube Legal] {R1} - decisions on 3 URLs",
    reply_to_req="req-240903-01",
    body=f"""
Hello KCSC,

Here is where we landed on three of the videos from {R1}.

Removed:
  * {U1[1]}
  * {U1[2]}

Not removed (we found no violation of our policies or of local law):
  * {U1[3]}

The rest of the request is still open; we will reply in this thread.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply grouping URLs under decision headings",
    why="two URLs under 'Removed:', one under 'Not removed'",
    items={U1[1]: "removed", U1[2]: "removed", U1[3]: "rejected"},
)

case(
    name="yt-freshdesk-status-resolved",
    date="Thu, 19 Sep 2024 08:55:40 +0900",
    **{"from": "trustandsafety@youtube.com"},
    name_from="YouTube Trust & Safety",
    subject="Ticket #771204 status changed to Resolved",
    extra_headers=thread("req-240903-01@kcsc.example", "fd771204-3@youtube.com"),
    body=f"""
Hi KCSC,

Your ticket #771204 ({R1}) has been marked Resolved.

Agent note:
{U1[4]} -- the uploader deleted this video before our review, so there
was nothing left for us to remove.
{U1[3]} -- age-restricted; viewers must now be signed in and 18 or older.

If anything else comes up, reply to this email within 7 days and the
ticket will reopen.

YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'status changed to Resolved' notification with the agent's note",
    why="one video already deleted by its uploader (not_found), one age-restricted",
    items={U1[4]: "not_found", U1[3]: "restricted"},
)

# --- YouTube, KCSC-240902-07 (2 items) -------------------------------------

case(
    name="yt-url-then-status-line",
    date="Fri, 06 Sep 2024 13:14:00 +0900",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject=f"[YouTube Legal] {R7} - decision",
    reply_to_req="req-240902-07",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Hello,

We reviewed both videos in your request {R7}.

{U7[0]}
Status: Removed - violates our harassment and cyberbullying policy

{U7[1]}
Status: Restricted - blocked in South Korea following a local legal review

Kind regards,
Seo-yeon
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent reply with the URL on one line and its status on the next",
    why="status line below each URL: removed, blocked in Korea",
    items={U7[0]: "removed", U7[1]: "restricted"},
)

# --- Telegram, KCSC-240905-02 (4 items) ------------------------------------

case(
    name="tg-gmail-top-posted",
    date="Mon, 09 Sep 2024 03:18:44 +0400",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject=f"Re: [KCSC] Removal request {R2}",
    reply_to_req="req-240905-02",
    body=f"""
Hi,

We blocked t.me/moonlit_exchange/118 and t.me/moonlit_exchange/121; both
are no longer accessible.

{U2[2]} no longer exists: the channel was deleted by its owner before we
got to it.

Regards,
Telegram Abuse Team

On Thu, 5 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_request(R2, "Telegram"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply top-posted over the quoted request (Gmail quoting)",
    why="two posts blocked (written without scheme), one gone with its channel; the fourth is only in the quoted request",
    items={U2[0]: "removed", U2[1]: "removed", U2[2]: "not_found", U2[3]: "pending"},
)

case(
    name="tg-case-number-restricted",
    date="Wed, 11 Sep 2024 19:40:09 +0400",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Case #27409133 - update",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Regarding your report {R2} (Case #27409133):

the post {U2[3]} has been made unavailable to users in South Korea. It
remains visible in other countries.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk case update",
    why="made unavailable in South Korea only: restricted",
    items={U2[3]: "restricted"},
)

case(
    name="tg-numbered-angle-brackets",
    date="Thu, 12 Sep 2024 22:07:31 +0400",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject=f"Re: {R2} - results",
    extra_headers=thread("req-240905-02@kcsc.example"),
    body=f"""
Hello KCSC,

Results for the four links in your request:

1. <{U2[0]}> - deleted.
2. <{U2[1]}> - deleted.
3. <{U2[2]}> - we could not locate this message. Please check the link.
4. <{U2[3]}> - no action taken: after review we found that it does not
   break Telegram's Terms of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply as a numbered list with URLs in angle brackets",
    why="two deleted, one not located, one kept as not breaking the ToS",
    items={U2[0]: "removed", U2[1]: "removed", U2[2]: "not_found", U2[3]: "rejected"},
)

# --- X, KCSC-240909-03 (3 items) -------------------------------------------

case(
    name="x-ticket-partial",
    date="Thu, 12 Sep 2024 06:22:17 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject=f"[Ticket #0912-3391] Re: {R3}",
    reply_to_req="req-240909-03",
    body=f"""
Hello,

An update on your report:

  * {U3[0]} - withheld in Korea (KR) in response to your request.
  * {U3[1]} - we reviewed this post and found it does not violate the X
    Rules. No action taken.
  * {U3[2]} - still under review by the team.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal ticket update answering part of a request",
    why="one withheld in KR, one no violation, one explicitly still under review",
    items={U3[0]: "restricted", U3[1]: "rejected", U3[2]: "pending"},
)

req3 = "\n".join(our_request(R3, "X"))
case(
    name="x-outlook-original-message",
    date="Fri, 13 Sep 2024 02:45:00 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject=f"RE: [KCSC] Removal request {R3}",
    reply_to_req="req-240909-03",
    body=f"""
Hello KCSC team,

In response to your legal demand, the post
{U3[2]} is now withheld in the Republic of Korea.

Kind regards,
Daniel
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:15 AM
To: legal@x.com
Subject: [KCSC] Removal request {R3}

{req3}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over '-----Original Message-----' with the request below it unquoted",
    why="one post withheld in Korea; the other two appear only in our own request below",
    items={U3[2]: "restricted", U3[0]: "pending", U3[1]: "pending"},
)

case(
    name="x-qp-account-suspended",
    date="Sat, 14 Sep 2024 01:10:55 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject=f"[Ticket #0912-3391] {R3} - account action",
    reply_to_req="req-240909-03",
    raw_mime=single(f"""Hello,

The account @coralvane_88 has been suspended for violating the X Rules. As a result, the following posts are no longer available on X: {U3[0]} and {U3[1]}.

Your request about the third post is still being handled separately.

Thanks,
X Legal
""", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="X legal reply in quoted-printable, with long lines soft-wrapped through the URLs",
    why="account suspended and both named posts no longer available on X: removed",
    items={U3[0]: "removed", U3[1]: "removed"},
)

case(
    name="x-jira-comment",
    date="Mon, 16 Sep 2024 08:03:27 +0000",
    **{"from": "jira@x.com"},
    name_from="X Legal (Jira)",
    subject=f"[JIRA] (LGL-8812) {R3} Korea legal demand",
    extra_headers=thread("req-240909-03@kcsc.example", "JIRA.8812.1726300000@x.com")
    + ["Auto-Submitted: auto-generated", "X-JIRA-FingerPrint: 5c1e0f2a9d"],
    body=f"""
Min Seo commented on LGL-8812
---------------------------------

Re: {R3} Korea legal demand

We have removed {U3[2]} for violating our rules on private information.
The remaining posts of this request were answered earlier in this thread.

---------------------------------
View request · Turn off this request's notifications
This message was sent by X's service desk. Reply to this email to add a comment.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'X commented on ...' notification",
    why="a human comment removing one named post, sent through a service-desk notification",
    items={U3[2]: "removed"},
)

case(
    name="x-wrapped-angle-url",
    date="Tue, 17 Sep 2024 04:40:12 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject=f"Re: [Reminder] {R3}",
    extra_headers=thread("req-240909-03@kcsc.example", "reminder.KCSC-240909-03.1@kcsc.example"),
    body=f"""
Hello,

Sorry for the late answer. We have withheld the following post in South
Korea: <https://x.com/coralvane_88/status/
1831002345678901234>

The other items in your request are still being reviewed.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose mailer wrapped a long URL inside angle brackets",
    why="the wrapped URL in <...> is one post, withheld in South Korea",
    items={U3[0]: "restricted"},
)

# --- NAVER, KCSC-240910-04 (5 items) ---------------------------------------

case(
    name="naver-text-table",
    date="Thu, 12 Sep 2024 15:30:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    subject=f"[네이버] {R4} 처리 결과 안내 (접수번호 2024091012345)",
    reply_to_req="req-240910-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{R4} (접수번호 2024091012345) 건에 대한 처리 결과를 아래와 같이 알려드립니다.

번호 | URL | 처리 결과
1 | {U4[0]} | 게시중단
2 | {U4[1]} | 임시조치(30일)
3 | {U4[2]} | 삭제

나머지 2건은 검토가 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 안내 with a pipe-separated text table",
    why="게시중단 and 삭제 are removed; 임시조치 is restricted",
    items={U4[0]: "removed", U4[1]: "restricted", U4[2]: "removed"},
)

kin_html = U4[4].replace("&", "&amp;")
case(
    name="naver-html-corrective-result",
    date="Fri, 13 Sep 2024 10:05:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    subject=f"시정요구 조치결과 회신 ({R4})",
    reply_to_req="req-240910-04",
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구({R4})에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{U4[3]}">{U4[3]}</a></td><td>비공개 처리</td><td>9/12 조치</td></tr>
<tr><td>2</td><td><a href="{kin_html}">{kin_html}</a></td><td>조치불가</td><td>게시물 없음 (작성자 삭제)</td></tr>
</table>
<p>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table in HTML",
    why="비공개 처리 is removed; 조치불가 because the author already deleted it is not_found",
    items={U4[3]: "removed", U4[4]: "not_found"},
)

case(
    name="naver-reminder-reply-particle",
    date="Tue, 17 Sep 2024 11:48:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    subject=f"Re: [Reminder] {R4}: overdue items",
    extra_headers=thread("req-240910-04@kcsc.example", "reminder.KCSC-240910-04.1@kcsc.example"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

보내주신 독촉 메일 관련하여 회신드립니다.
{U4[2]}은 9월 12일자로 블라인드 처리되었습니다.
나머지 게시물은 담당 부서에서 검토 중이며, 결과가 나오는 대로 이 메일로 안내드리겠습니다.

감사합니다.

2024년 9월 17일 (화) 오전 9:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote(our_reminder(R4, [U4[0], U4[2], U4[3]]))}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply to a reminder, URL followed directly by a particle (은)",
    why="one post 블라인드 처리; the others still being reviewed, and only quoted",
    items={U4[2]: "removed", U4[0]: "pending", U4[3]: "pending"},
)

case(
    name="naver-base64-rejected",
    date="Wed, 18 Sep 2024 16:12:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (#KR-77120)",
    reply_to_req="req-240910-04",
    raw_mime=single(f"""안녕하세요, 네이버 고객센터입니다.

문의번호 #KR-77120 ({R4}) 관련하여 답변드립니다.

신고하신 게시물 {U4[1]} 에 대해 검토한 결과, 이용약관 및 관련 법령에 위반되는 사항이 확인되지 않아 게시물을 유지하기로 결정하였습니다.

이 결정에 이의가 있으시면 본 메일에 회신해 주시기 바랍니다.

감사합니다.
네이버 고객센터 드림
""", "base64"),
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer (base64 body) keeping a post after review",
    why="no breach of terms or law found, post kept: rejected",
    items={U4[1]: "rejected"},
)

# --- Kakao (Daum cafe, Tistory), KCSC-240911-05 (3 items) ------------------

case(
    name="kakao-daum-blind-and-gone",
    date="Fri, 13 Sep 2024 17:20:00 +0900",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject=f"[Daum 카페] {R5} 신고 처리 결과",
    reply_to_req="req-240911-05",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 {R5} 건에 대한 처리 결과를 안내드립니다.

{U5[0]} 게시물은 운영정책 위반으로 블라인드 처리하였습니다.
{U5[1]} 게시물은 확인 결과 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

티스토리 게시물은 담당 부서 확인 후 별도로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe report result: 블라인드 처리 and 작성자 삭제",
    why="one post blinded (removed), one already deleted by its author (not_found); the Tistory post is not named",
    items={U5[0]: "removed", U5[1]: "not_found"},
)

case(
    name="kakao-tistory-raw-korean-path",
    date="Tue, 17 Sep 2024 10:10:00 +0900",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject=f"Re: [KCSC] {R5} 티스토리 게시물 처리 결과",
    extra_headers=thread("req-240911-05@kcsc.example", "kakao-9482213-1@kakaocorp.com"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

신고하신 티스토리 글 {TISTORY_RAW} 에 대해 국내 접근 제한 조치를 하였습니다.
해외에서의 접속은 유지됩니다.

티스토리 운영정책: https://www.tistory.com/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao reply about a Tistory post, URL written with its raw Korean path",
    why="국내 접근 제한 (Korea only): restricted; the policy link is not an item",
    items={U5[2]: "restricted"},
)

case(
    name="kakao-ticket-answer-survey",
    date="Wed, 18 Sep 2024 09:40:00 +0900",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (문의번호 9482213)",
    reply_to_req="req-240911-05",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

문의번호 9482213 ({R5}) 답변드립니다.

- {U5[0]} : 게시중단 조치 완료
- {U5[1]} : 검토 결과 운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다

감사합니다.

--------------------------------------------
이 답변이 도움이 되셨나요? 만족도 평가에 참여해 주세요.
https://cs.kakao.com/survey?ticket=9482213
본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre ticket answer with a satisfaction-survey footer",
    why="one post 게시중단 (removed), one kept as not breaching policy (rejected); survey link is not an item",
    items={U5[0]: "removed", U5[1]: "rejected"},
)

# --- TikTok, KCSC-240913-06 (1 item) ---------------------------------------

case(
    name="tiktok-sole-removed",
    date="Mon, 16 Sep 2024 19:02:11 +0900",
    **{"from": "kr-legal@tiktok.com"},
    name_from="TikTok Legal",
    subject=f"Re: [KCSC] Removal request {R6}",
    reply_to_req="req-240913-06",
    body=f"""
Hi there,

Thank you for your report ({R6}). We've reviewed the content and removed
it because it violated our Community Guidelines.

Best regards,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome: 'we removed the content' without the link",
    why="single-item request; the one statement applies to its one video",
    items={U6[0]: "removed"},
)

case(
    name="tiktok-helpscout-geo",
    date="Wed, 18 Sep 2024 12:30:00 +0900",
    **{"from": "kr-legal@tiktok.com"},
    name_from="Jiwoo at TikTok Legal",
    subject=f"Re: {R6} [#40917]",
    extra_headers=thread("req-240913-06@kcsc.example", "hs-40917-1@tiktok.com"),
    body=f"""
## Please reply above this line ##

Jiwoo replied to your conversation #40917

Hello,

The video at {U6[0]} is now restricted in South Korea in accordance with
local law. It remains available in other regions.

Jiwoo
TikTok Legal

--
Conversation #40917 · View in browser
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout 'X replied to your conversation' notification",
    why="restricted in South Korea only",
    items={U6[0]: "restricted"},
)

# ================================================================ REVIEW

case(
    name="yt-promise-24h",
    date="Tue, 17 Sep 2024 15:00:00 +0900",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: [Reminder] {R1}: overdue items",
    extra_headers=thread("req-240903-01@kcsc.example", "reminder.KCSC-240903-01.1@kcsc.example"),
    body=f"""
Hello,

Thank you for the reminder regarding {R1}. Our team has prioritised the
following videos and they will be removed within the next 24 hours once
the final check is complete:

{U1[0]}
{U1[1]}

We will confirm by replying to this thread.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="reply to a reminder promising removal",
    why="'will be removed ... once the final check is complete' is a promise, not a statement",
    items={U1[0]: "pending", U1[1]: "pending"},
)

case(
    name="x-hedge-may-have-been",
    date="Wed, 11 Sep 2024 09:00:00 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject=f"[Ticket #0912-3391] Re: {R3}",
    reply_to_req="req-240909-03",
    body=f"""
Hello,

Our records suggest that the post {U3[2]} may have already been deleted by
the account holder, but we still need to confirm this with the team. We
will update this ticket when we know more.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal ticket update with a hedged, unconfirmed statement",
    why="'may have already been deleted' and 'still need to confirm' is a hedge",
    items={U3[2]: "pending"},
)

case(
    name="tg-still-reviewing-reminder",
    date="Tue, 17 Sep 2024 14:25:00 +0400",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject=f"Re: [Reminder] {R2}",
    extra_headers=thread("req-240905-02@kcsc.example", "reminder.KCSC-240905-02.1@kcsc.example"),
    body=f"""
Hi,

Thanks for the nudge. {U2[2]} and {U2[3]} are still being reviewed by our
moderators; we expect a decision within a few days.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply to a reminder: items still under review",
    why="names two requested items but says only that they are still being reviewed",
    items={U2[2]: "pending", U2[3]: "pending"},
)

case(
    name="tg-bulk-all-taken-down",
    date="Tue, 10 Sep 2024 21:14:00 +0400",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject=f"Re: [KCSC] Removal request {R2}",
    reply_to_req="req-240905-02",
    body="""
Hello,

All of the messages you reported in this request have been taken down.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="abuse-desk one-line 'all reported content taken down' reply",
    why="one statement about every item of a four-item request without naming them",
    items={u: "pending" for u in U2},
)

case(
    name="naver-bulk-korean",
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    subject=f"[네이버] {R4} 조치 완료 안내",
    reply_to_req="req-240910-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 {R4} 건의 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean portal 'all posts 게시중단 완료' notice",
    why="whole five-item request covered by one unnamed statement",
    items={u: "pending" for u in U4},
)

case(
    name="x-auth-fail",
    date="Thu, 12 Sep 2024 11:11:11 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    auth="fail",
    subject=f"Re: {R3} - all removed",
    reply_to_req="req-240909-03",
    body=f"""
Hello,

The following posts have been removed:
{U3[0]}
{U3[1]}
{U3[2]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply whose DKIM/DMARC fail",
    why="claims from x.com failing DMARC change nothing",
    items={u: "pending" for u in U3},
)

case(
    name="kakao-zendesk-subdomain",
    date="Fri, 13 Sep 2024 13:00:00 +0900",
    **{"from": "support@kakaocorp.zendesk.com"},
    name_from="Kakao 고객센터",
    subject=f"[Kakao] {R5} 처리 완료",
    reply_to_req="req-240911-05",
    body=f"""
##- 이 줄 위에 답장을 입력해 주세요 -##

안녕하세요. 카카오 고객센터입니다.

{U5[0]} 게시물은 블라인드 처리를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from a vendor subdomain instead of the platform's own domain",
    why="kakaocorp.zendesk.com is not a configured Kakao sender domain",
    items={U5[0]: "pending"},
)

case(
    name="tiktok-law-firm",
    date="Thu, 19 Sep 2024 17:45:00 +0900",
    **{"from": "tiktok.kr@kimpartners-law.example"},
    name_from="Kim & Partners",
    subject=f"{R6} - on behalf of TikTok",
    reply_to_req="req-240913-06",
    body=f"""
Dear Sir or Madam,

We write on behalf of our client, TikTok. We are instructed that the video
{U6[0]} has been removed from the service.

Yours faithfully,
Kim & Partners
""",
    outcome="review", review="unknown_sender",
    imitates="outside counsel answering for a platform",
    why="statement from a domain that is not TikTok's",
    items={U6[0]: "pending"},
)

case(
    name="yt-forwarded-internal",
    date="Thu, 05 Sep 2024 10:30:00 +0900",
    **{"from": "sypark@google.com"},
    name_from="Seo-yeon Park",
    subject=f"Fwd: RE: {R7}",
    reply_to_req="req-240902-07",
    body=f"""
Hi KCSC,

Forwarding the note from our policy team below, FYI.

Seo-yeon

---------- Forwarded message ---------
From: YouTube Policy Ops <policy-ops@google.com>
Date: Wed, Sep 4, 2024 at 6:02 PM
Subject: RE: {R7}
To: Seo-yeon Park <sypark@google.com>

Both videos were reviewed: {U7[0]} has been removed, and {U7[1]} has been
blocked in South Korea.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding an internal team's note",
    why="the statements are inside a forwarded message, not the sender's own",
    items={U7[0]: "pending", U7[1]: "pending"},
)

case(
    name="tiktok-wrong-platform",
    date="Thu, 19 Sep 2024 10:20:00 +0900",
    **{"from": "kr-legal@tiktok.com"},
    name_from="TikTok Legal",
    subject=f"Re: [KCSC] Removal request {R6}",
    reply_to_req="req-240913-06",
    body=f"""
Hi there,

Following our review, the video {U7[0]} has been removed.

Best regards,
TikTok Legal Team
""",
    outcome="review", review="wrong_platform",
    imitates="platform reply that pasted another platform's link",
    why="TikTok states a status for a YouTube item",
    items={U7[0]: "pending", U6[0]: "pending"},
)

case(
    name="naver-asks-more",
    date="Thu, 12 Sep 2024 17:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    subject=f"[네이버] {R4} 관련 추가 자료 요청",
    reply_to_req="req-240910-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{U4[4]} 에 대해 조치를 진행하려면 불법성을 확인할 수 있는 자료(심의 의결서 사본 등)가 필요합니다.
해당 자료를 본 메일에 회신으로 보내주시면 검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal asking for supporting documents before acting",
    why="asks for documents before acting on a named item",
    items={U4[4]: "pending"},
)

case(
    name="tiktok-ticket-closed-no-claims",
    date="Thu, 19 Sep 2024 20:00:00 +0900",
    **{"from": "kr-legal@tiktok.com"},
    name_from="TikTok Legal",
    subject="Your conversation #40233 has been closed",
    body="""
Hello,

We haven't heard back from you, so we've closed conversation #40233
("Legal removal request - Korea"). If you still need help, just reply to
this email and the conversation will reopen.

TikTok Legal
""",
    outcome="review", review="no_claims",
    imitates="Help Scout 'conversation closed' notice with no content",
    why="trusted platform mail naming no item and no request of ours",
)

# ================================================================ IGNORED

case(
    name="yt-zendesk-receipt",
    date="Tue, 03 Sep 2024 10:02:30 +0900",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject=f"[YouTube Legal] Your request #48213577 has been received: {R1}",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Your request (#48213577) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-receipt",
    why="pure receipt: ticket number, nothing about any item",
)

naver_echo = "\n".join(f"  {u}" for u in U4)
case(
    name="naver-receipt-echo",
    date="Tue, 10 Sep 2024 14:03:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 신고가 정상적으로 접수되었습니다 (접수번호 2024091012345)",
    reply_to_req="req-240910-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: 2024091012345
담당 부서에서 확인 후 순차적으로 답변드리겠습니다.

[접수 내용]
제목: [KCSC] Removal request {R4}
신고 URL:
{naver_echo}

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean portal receipt echoing the report's URLs",
    why="receipt that echoes our URLs without saying anything about them",
    items={u: "pending" for u in U4},
)

case(
    name="tg-out-of-office",
    date="Thu, 05 Sep 2024 06:01:00 +0400",
    **{"from": "a.volkova@telegram.org"},
    name_from="Anna Volkova",
    subject=f"Automatic reply: [KCSC] Removal request {R2}",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Hello,

I am out of the office until 23 September with limited access to email.
For abuse matters please write to abuse@telegram.org.

Anna
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
)

case(
    name="naver-ooo-chuseok",
    date="Mon, 16 Sep 2024 09:00:30 +0900",
    **{"from": "jihoon.lee@navercorp.com"},
    name_from="이지훈",
    subject=f"[자동응답] Re: [Reminder] {R4}",
    extra_headers=thread("req-240910-04@kcsc.example", "reminder.KCSC-240910-04.1@kcsc.example")
    + ["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 이지훈입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일부터 순차적으로 확인 후 회신드리겠습니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 over the Chuseok holiday",
    why="holiday auto-reply to our reminder",
)

reminder5 = "\n".join(our_reminder(R5, U5[:2]))
case(
    name="kakao-dsn-reminder-bounce",
    date="Wed, 18 Sep 2024 09:00:05 +0900",
    **{"from": "MAILER-DAEMON@mx1.kakaocorp.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "=_dsn_8812", [
        part_plain("""This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cs-report@kakaocorp.com>: host mbox.kakaocorp.com said: 550 5.1.1
    <cs-report@kakaocorp.com>... User unknown
"""),
        """Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: Wed, 18 Sep 2024 09:00:02 +0900

Final-Recipient: rfc822; cs-report@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
        f"""Content-Type: message/rfc822

Date: Wed, 18 Sep 2024 09:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: cs-report@kakaocorp.com
Subject: [Reminder] {R5}: overdue items
Message-ID: <reminder.KCSC-240911-05.1@kcsc.example>
References: <req-240911-05@kcsc.example>
Content-Type: text/plain; charset=utf-8

{reminder5}""",
    ], extra='; report-type=delivery-status'),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder",
    why="delivery failure report; the URLs are in our own returned reminder",
    items={U5[0]: "pending", U5[1]: "pending"},
)

case(
    name="x-mdn-read",
    date="Mon, 09 Sep 2024 03:20:00 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject=f"Read: [KCSC] Removal request {R3}",
    reply_to_req="req-240909-03",
    raw_mime=multipart("report", "=_mdn_3391", [
        part_plain(f"""Your message

  To: legal@x.com
  Subject: [KCSC] Removal request {R3}
  Sent: Monday, September 9, 2024 1:15 AM (UTC)

was read on Monday, September 9, 2024 3:19 AM (UTC).
"""),
        f"""Content-Type: message/disposition-notification

Reporting-UA: x.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal@x.com
Original-Message-ID: <req-240909-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed""",
    ], extra='; report-type=disposition-notification'),
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt only",
)

case(
    name="tiktok-helpscout-ack-reminder",
    date="Thu, 19 Sep 2024 09:01:00 +0900",
    **{"from": "kr-legal@tiktok.com"},
    name_from="TikTok Legal",
    subject=f"Re: [Reminder] {R6}",
    extra_headers=thread("req-240913-06@kcsc.example", "reminder.KCSC-240913-06.1@kcsc.example")
    + ["Auto-Submitted: auto-replied"],
    body="""
Hello,

We've received your message. A member of our team will reply as soon as
possible. Your conversation number is #40917.

TikTok Legal
""",
    outcome="ignored",
    imitates="Help Scout auto-reply to a reminder",
    why="receipt with a conversation number only",
)


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind800", HEADER, CASES)


if __name__ == "__main__":
    main()
