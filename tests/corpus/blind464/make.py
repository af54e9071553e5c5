#!/usr/bin/env python3
"""Blind set 464: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts
and results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail, from Discord, Kakao (Daum
cafe, Tistory), NAVER, Telegram, X and YouTube. Every email is fictional
and written in our own words; expected results were written from each
email's meaning before the reader was ever run on it.

    python3 tests/corpus/blind464/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime as dt
import email.header
import email.utils
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind464"

# ---------------------------------------------------------------- requests
D = [
    "https://discord.gg/nightbazaar",
    "https://discord.gg/kR7vQm2x",
    "https://discord.com/channels/1107700112233445566/1107700112233445570/1281122334455667701",
    "https://discord.com/channels/1107700112233445566/1107700112233445570/1281122334455667702",
    "https://discord.com/channels/1107700112233445566/1107700112233445571/1281122334455667815",
    "https://discord.com/channels/1120034455667788990/1120034455667789001/1281199887766554401",
    "https://discord.gg/silverlane",
    "https://discord.gg/Hq4TzW9p",
    "https://discord.com/channels/1120034455667788990/1120034455667789001/1281199887766554402",
    "https://discord.com/channels/1120034455667788990/1120034455667789002/1281199887766554477",
    "https://discord.gg/moonrelay",
    "https://discord.com/users/1009988776655443322",
]
K3_RAW = "https://moonlitfox.tistory.com/entry/무료-다운로드-링크"
K3 = "https://moonlitfox.tistory.com/entry/%EB%AC%B4%EB%A3%8C-%EB%8B%A4%EC%9A%B4%EB%A1%9C%EB%93%9C-%EB%A7%81%ED%81%AC"
K = [
    "https://cafe.daum.net/nightmarket77/Ab3k/1021",
    "https://cafe.daum.net/nightmarket77/Ab3k/1044",
    K3,
    "https://moonlitfox.tistory.com/118",
]
N = [
    "https://blog.naver.com/quietmint_77/223561234501",
    "https://cafe.naver.com/grayharbor/88213",
    "https://blog.naver.com/quietmint_77/223561234577",
]
T = [
    "https://t.me/lanternbay_kr/412",
    "https://t.me/lanternbay_kr/415",
    "https://t.me/lanternbay_kr/431",
    "https://t.me/ashgrove_market",
    "https://t.me/ashgrove_market/77",
]
X = [
    "https://x.com/pale_orchid22/status/1834401122334455667",
    "https://x.com/pale_orchid22/status/1834409988776655443",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3rT8vLx2A",
    "https://www.youtube.com/shorts/Zp9KdW1sB4c",
]
S = ["https://cafe.daum.net/hollowpine/Kf2e/377"]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "discord", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", D,
     "illegal_gambling", 'servers and messages promoting "sports toto" sites, invites and message links'),
    ("KCSC-240905-02", "kakao", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", K,
     "obscenity", "Daum cafe posts and Tistory entries"),
    ("KCSC-240909-03", "naver", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00", N,
     "drug_trade", "blog and cafe posts"),
    ("KCSC-240911-04", "telegram", "2024-09-11T10:02:00+09:00", "2024-09-18T18:00:00+09:00", T,
     "illegal_gambling", "channel and posts"),
    ("KCSC-240916-05", "x", "2024-09-16T14:00:00+09:00", "2024-09-23T18:00:00+09:00", X,
     "privacy", "two posts, same account"),
    ("KCSC-240919-06", "youtube", "2024-09-19T10:15:00+09:00", "2024-09-26T18:00:00+09:00", Y,
     "obscenity", "video and short"),
    ("KCSC-240920-07", "kakao", "2024-09-20T16:20:00+09:00", "2024-09-27T18:00:00+09:00", S,
     "defamation", "single Daum cafe post"),
]


def mid(ref):
    return f"request.{ref}.1"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def date(s, tz="+0900"):
    """'2024-09-06 09:12' -> RFC 5322 date in the given offset."""
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(second=17, tzinfo=dt.timezone(off))
    return email.utils.format_datetime(d)


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.strip("\n").split("\n"))


def our_request(ref, urls, when):
    lines = [
        f"Subject: [{ref}] Request for removal of illegal content",
        "",
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "restrict the following content, which is illegal under Korean law:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", f"Reference: {ref}", "Please reply to this address with the result for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


def our_reminder(ref, urls):
    lines = [
        "Dear team,",
        "",
        f"Our request {ref} is past its deadline. We have no result yet for:",
        "",
    ]
    lines += [f"- {u}" for u in urls]
    lines += ["", "Please tell us what was done with each of them.", "", "KCSC Takedown Desk"]
    return "\n".join(lines)


ZD_TOP = "##- Please type your reply above this line -##"


def zendesk(ticket, agent, stamp, body, status_line=None):
    out = [ZD_TOP, ""]
    out.append(status_line or f"Your request ({ticket}) has been updated. To add additional comments, reply to this email.")
    out += ["", "-" * 30, "", f"{agent}", stamp, "", body.strip("\n"), "", "-" * 30, "",
            "This email is a service from Discord Support. Delivered by Zendesk", "",
            f"[{ticket % 97:02d}GQ-K{ticket % 1000:03d}L]"]
    return "\n".join(out)


def mime_alt(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n--{boundary}--\n"
    )


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def items(urls, st):
    return {u: s for u, s in zip(urls, st)}


CASES = []


def case(**kw):
    nf = kw.get("name_from")
    if nf and not nf.isascii():
        # Non-ASCII display names travel RFC 2047-encoded, as mail clients send them.
        kw["name_from"] = email.header.Header(nf, "utf-8").encode()
    CASES.append(kw)


# ================================================================ Discord
case(
    name="dc-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk request-received auto-notification (Discord support)",
    why="pure receipt: ticket number and a promise to look at it, no item statement",
    **{"from": "safety@discord.com"}, name_from="Discord Support",
    date=date("2024-09-03 03:05", "+0000"),
    subject="[Discord] Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    body=zendesk(48812345, "Discord Support", "Sep 3, 2024, 03:05 GMT", """
Hello,

Thanks for writing in. This is an automated message to let you know that
we've received your request and a member of our Trust & Safety team will
look at it as soon as possible. Your ticket number is 48812345.

You don't need to send the same report again; replies to this email are
added to the same ticket.

Discord Trust & Safety
""", status_line="Your request (48812345) has been received and is being reviewed by our support staff."),
)

case(
    name="dc-ack-plus-age-gate",
    outcome="applied", classification="confirmation",
    imitates="Zendesk first reply that starts as a receipt but already reports one action",
    why="receipt wording, then an unhedged statement: moonrelay server age-restricted today",
    **{"from": "safety@discord.com"}, name_from="Ines (Discord Trust & Safety)",
    date=date("2024-09-04 17:40", "+0000"),
    subject="[Discord] Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    body=zendesk(48812345, "Ines (Discord Trust & Safety)", "Sep 4, 2024, 17:40 GMT", f"""
Hi there,

Thanks for your report, we've received it under ticket 48812345.

One of the links could be handled straight away. The server behind
{D[10]} was age-restricted by our team today: it is now
marked 18+ and can't be joined or viewed by users under 18.

The rest of your request is with our specialist team. I'll write again on
this ticket when I have their results.

Best,
Ines
"""),
    items={D[10]: "restricted"},
)

case(
    name="dc-promise-will-remove",
    outcome="review", review="not_understood",
    imitates="Zendesk agent update promising removal within 24 hours",
    why="'will be removed within the next 24 hours' is a promise, not a statement",
    **{"from": "safety@discord.com"}, name_from="Ines (Discord Trust & Safety)",
    date=date("2024-09-05 09:02", "+0000"),
    subject="[Discord] Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    body=zendesk(48812345, "Ines (Discord Trust & Safety)", "Sep 5, 2024, 09:02 GMT", f"""
Hi,

Quick update: the team confirmed that the servers at {D[0]}
and {D[1]} break our Community Guidelines. They are scheduled for
removal and will be taken down within the next 24 hours.

I'll confirm on this ticket once that has happened.

Ines
"""),
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="dc-hedge-appears-deleted",
    outcome="review", review="not_understood",
    imitates="Help Scout style agent reply guessing at the state of an invite",
    why="'appears ... may already have been deleted' is a hedge; agent asks the team to confirm",
    **{"from": "safety@discord.com"}, name_from="Jonah from Discord",
    date=date("2024-09-06 11:20", "+0000"),
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hi KCSC team,

I had a first look at the invite you flagged, https://discord.gg/silverlane.
When I open it, it appears the server may already have been deleted, but I
can't tell from here whether we did it or the owner did. I've asked the
team that handles server removals to check their logs and confirm.

Talk soon,
Jonah
Discord Trust & Safety

--
Reply to this email directly or view the conversation in the help center.
Conversation #71204
""",
    items={D[6]: "pending"},
)

case(
    name="dc-zendesk-solved-mixed",
    outcome="applied", classification="confirmation",
    imitates="Zendesk solved-ticket notification with per-link outcomes (Discord T&S)",
    why="three links answered in a dash list: two removed, one kept as not violating; the rest unnamed",
    **{"from": "safety@discord.com"}, name_from="Mira (Discord Trust & Safety)",
    date=date("2024-09-06 16:12", "+0000"),
    subject="[Discord] Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    body=zendesk(48812345, "Mira (Discord Trust & Safety)", "Sep 6, 2024, 16:12 GMT", f"""
Hello,

We've finished reviewing part of the content you sent us under
KCSC-240903-01. Here is what we did:

- {D[0]} -- the server behind this invite has been removed from Discord.
- {D[3]}
  -- after review, this message does not violate our Community Guidelines or
  Terms of Service, so we took no action on it.
- {D[6]} -- this server was removed as well; the invite no longer works.

The other links in your request are still with our specialist team and we
will reply on this ticket once their review is complete.

Regards,
Mira
Discord Trust & Safety
"""),
    items={D[0]: "removed", D[3]: "rejected", D[6]: "removed"},
)

case(
    name="dc-partial-answer",
    outcome="applied", classification="confirmation",
    imitates="Zendesk partial answer: two links done, two named as still under review",
    why="d2 and d3 stated removed; d5 and d6 explicitly still in review (pending)",
    **{"from": "safety@discord.com"}, name_from="Mira (Discord Trust & Safety)",
    date=date("2024-09-07 08:30", "+0000"),
    subject="[Discord] Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    body=zendesk(48812345, "Mira (Discord Trust & Safety)", "Sep 7, 2024, 08:30 GMT", f"""
Hi again,

A partial update on your ticket.

Done:
The server you reported at {D[1]} has been removed, and the
message at {D[2]} has been deleted.

Still open:
{D[4]}
{D[5]}
These two are being reviewed by another team. We don't have an outcome for
them yet.

Mira
"""),
    items={D[1]: "removed", D[2]: "removed", D[4]: "pending", D[5]: "pending"},
)

case(
    name="dc-helpscout-numbered",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply with a numbered result list",
    why="five numbered links, outcome on the indented line below each",
    **{"from": "safety@discord.com"}, name_from="Jonah from Discord",
    date=date("2024-09-08 13:05", "+0000"),
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hi KCSC team,

Here are the results for the first five links in your request:

1. {D[0]}
   Server removed.
2. {D[1]}
   Server removed.
3. {D[2]}
   Message deleted; the poster received a warning.
4. {D[3]}
   No action. We reviewed this message and it doesn't break our rules.
5. {D[4]}
   Message deleted.

I'll follow up separately on the remaining links.

Jonah
Discord Trust & Safety

--
Reply to this email directly or view the conversation in the help center.
Conversation #71204
""",
    items=items(D[:5], ["removed", "removed", "removed", "rejected", "removed"]),
)

case(
    name="dc-followup-remaining",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment on the same ticket covering remaining links",
    why="d5 removed, d6 no longer exists (deleted by its author), d8 server removed",
    **{"from": "safety@discord.com"}, name_from="Mira (Discord Trust & Safety)",
    date=date("2024-09-09 10:44", "+0000"),
    subject="[Discord] Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    body=zendesk(48812345, "Mira (Discord Trust & Safety)", "Sep 9, 2024, 10:44 GMT", f"""
Hello,

As promised, here is the outcome for more of the links on this ticket.

The message at {D[4]} has been deleted.

We could not act on {D[5]}: that message no longer exists. Our records show
its author deleted it on 4 September, before our review started.

The server behind {D[7]} has been removed from Discord.

Mira
"""),
    items={D[4]: "removed", D[5]: "not_found", D[7]: "removed"},
)

dc_table_rows = [
    (D[7], "Removed", "Server removed for promoting illegal gambling"),
    (D[8], "Removed", "Message deleted"),
    (D[9], "No violation", "Content stays up; it does not break our policies"),
    (D[10], "Age-restricted", "Server marked 18+, hidden from users under 18"),
]
dc_html = (
    "<html><body style=\"font-family:Arial,sans-serif\">"
    "<p>Hello,</p><p>Your ticket <b>#48812345</b> has been updated. The review of the links below "
    "(request KCSC-240903-01) is complete:</p>"
    "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"
    "<tr><th>Reported link</th><th>Outcome</th><th>Details</th></tr>"
    + "".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{o}</td><td>{d}</td></tr>" for u, o, d in dc_table_rows)
    + "</table><p>If you disagree with an outcome you can reply to this email.</p>"
    "<p>Discord Trust &amp; Safety</p>"
    "<p style=\"color:#999;font-size:11px\">This email is a service from Discord Support. Delivered by Zendesk</p>"
    "</body></html>"
)
dc_text = "Hello,\n\nYour ticket #48812345 has been updated. The review of the links below (request KCSC-240903-01) is complete:\n\n" + "\n".join(
    f"{u}\n  Outcome: {o} - {d}\n" for u, o, d in dc_table_rows) + "\nDiscord Trust & Safety\n"
case(
    name="dc-html-table-status",
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML notification with a results table",
    why="table: two removed, one no violation (rejected), one server age-restricted (restricted)",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=date("2024-09-10 07:15", "+0000"),
    subject="[Discord] Ticket #48812345 updated",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=mime_alt(dc_text, dc_html, "zd-b464-alt-1"),
    items={D[7]: "removed", D[8]: "removed", D[9]: "rejected", D[10]: "restricted"},
)

dc_qp_text = f"""Hello KCSC,

Below are the outcomes for three more items from your request KCSC-240903-01. Each reported link is followed by our result.

Reported link:
{D[5]}
Result: Not found. This message ID does not exist in that channel; nothing was left for us to remove.

Reported link:
{D[8]}
Result: Removed. The message was deleted and the sender's account received a strike.

Reported link:
{D[9]}
Result: No action. The message was reviewed and does not violate Discord's Community Guidelines or Terms of Service.

Kind regards,
Discord Trust & Safety — Ticket 48812345
"""
case(
    name="dc-qp-bare-url-result-below",
    outcome="applied", classification="confirmation",
    imitates="quoted-printable ticket reply, 'Reported link' / 'Result' blocks",
    why="long QP-encoded lines; status on the line below each bare URL: not_found, removed, rejected",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=date("2024-09-11 18:01", "+0000"),
    subject="[Discord] Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(dc_qp_text),
    items={D[5]: "not_found", D[8]: "removed", D[9]: "rejected"},
)

dc_csv_rows = [
    (D[0], "server_removed", ""),
    (D[1], "server_removed", ""),
    (D[2], "message_deleted", "author warned"),
    (D[3], "no_violation", "content stays up"),
    (D[4], "message_deleted", ""),
    (D[5], "not_found", "deleted by its author before review"),
    (D[6], "server_removed", ""),
    (D[7], "server_removed", ""),
    (D[8], "message_deleted", ""),
    (D[9], "no_violation", "content stays up"),
    (D[10], "age_restricted", "server marked 18+"),
    (D[11], "account_disabled", "permanently suspended"),
]
_csv = "reported_url,action_taken,notes\n" + "".join(f"{u},{a},{n}\n" for u, a, n in dc_csv_rows)
case(
    name="dc-csv-attachment-all",
    outcome="applied", classification="confirmation",
    imitates="solved ticket with a CSV export of per-link actions attached",
    why="all twelve links in an attached CSV, actions mapped: removed, rejected, not_found, restricted",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=date("2024-09-12 09:30", "+0000"),
    subject="[Discord] Request #48812345 solved: KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="zd-b464-mix-2"\n\n'
        "--zd-b464-mix-2\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        + zendesk(48812345, "Discord Trust & Safety", "Sep 12, 2024, 09:30 GMT", """
Hello,

Our review of request KCSC-240903-01 is complete. The action taken on each
reported link is in the attached file (one row per link).

We're marking this ticket as solved. Replying will reopen it.

Discord Trust & Safety
""", status_line="Your request (48812345) has been solved. To reopen it, reply to this email.")
        + "\n\n--zd-b464-mix-2\nContent-Type: text/csv; charset=utf-8; name=\"KCSC-240903-01_outcomes.csv\"\n"
        "Content-Disposition: attachment; filename=\"KCSC-240903-01_outcomes.csv\"\n"
        "Content-Transfer-Encoding: 8bit\n\n" + _csv + "\n--zd-b464-mix-2--\n"
    ),
    items={u: {"server_removed": "removed", "message_deleted": "removed", "no_violation": "rejected",
               "not_found": "not_found", "age_restricted": "restricted", "account_disabled": "removed"}[a]
           for u, a, _ in dc_csv_rows},
)

case(
    name="dc-echoed-report-outcome",
    outcome="applied", classification="confirmation",
    imitates="ticket reply echoing the submitted web-form fields with an Outcome line",
    why="the echoed form blocks each end with an Outcome: both servers removed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=date("2024-09-13 05:50", "+0000"),
    subject="[Discord] Your report about 2 servers (ticket 48812399)",
    body=f"""Hello,

Thank you for your report. A summary of what you submitted and what we did
is below.

Reported URL: {D[6]}
Report type: Illegal content (Korea)
Your reference: KCSC-240903-01
Outcome: The server has been removed.

Reported URL: {D[7]}
Report type: Illegal content (Korea)
Your reference: KCSC-240903-01
Outcome: The server has been removed.

Discord Trust & Safety
Ticket 48812399
""",
    items={D[6]: "removed", D[7]: "removed"},
)

case(
    name="dc-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="Zendesk solved notification summarising a whole request in one sentence",
    why="'all of the content reported ... has been removed' for a 12-item request, no link named",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=date("2024-09-14 12:00", "+0000"),
    subject="[Discord] Request #48812345 solved: KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    body=zendesk(48812345, "Discord Trust & Safety", "Sep 14, 2024, 12:00 GMT", """
Hello,

All of the content reported under KCSC-240903-01 has been removed from
Discord. We are closing this ticket.

Thank you for helping keep Discord safe.
""", status_line="Your request (48812345) has been solved. To reopen it, reply to this email."),
)

case(
    name="dc-auth-fail-result",
    outcome="review", review="untrusted",
    imitates="Discord-looking result mail whose DKIM/SPF/DMARC fail",
    why="claims two servers removed, but the discord.com sender fails authentication",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety", auth="fail",
    date=date("2024-09-06 02:10", "+0000"),
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    body=f"""Hello,

Regarding KCSC-240903-01: the servers at {D[0]} and
{D[1]} have been removed.

Discord Trust & Safety
""",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="dc-zendesk-subdomain-sender",
    outcome="review", review="unknown_sender",
    imitates="Zendesk reply sent from the default zendesk.com support address",
    why="statement comes from a zendesk.com address, not a Discord sender domain",
    **{"from": "support@discordsafety.zendesk.com"}, name_from="Discord Support",
    date=date("2024-09-06 20:25", "+0000"),
    subject="[Discord Support] Re: [KCSC-240903-01] Request for removal of illegal content",
    body=zendesk(48812345, "Discord Support", "Sep 6, 2024, 20:25 GMT", f"""
Hello,

The message at {D[2]} has been deleted.

Discord Support
"""),
    items={D[2]: "pending"},
)

case(
    name="dc-awaiting-reply-no-claims",
    outcome="review", review="no_claims",
    imitates="Zendesk 'we are waiting for your reply' automation on a pending ticket",
    why="trusted Discord mail naming no item and no request of ours",
    **{"from": "safety@discord.com"}, name_from="Discord Support",
    date=date("2024-09-20 04:00", "+0000"),
    subject="[Discord] Request #48901122: we're waiting for your reply",
    body=zendesk(48901122, "Discord Support", "Sep 20, 2024, 04:00 GMT", """
Hello,

We're still waiting for a reply from you on this request. If we don't hear
back within 4 days, the request will be closed automatically.

If your issue has already been resolved, no action is needed.

Discord Support
""", status_line="Your request (48901122) is awaiting your reply."),
)

dc_rem = our_reminder("KCSC-240903-01", [D[4], D[5], D[11]])
case(
    name="dc-reply-to-reminder-top-posted",
    outcome="applied", classification="confirmation",
    imitates="agent's top-posted reply above our Gmail-quoted reminder",
    why="only the account is stated (suspended); the two messages are named only in the quoted reminder",
    **{"from": "mira.okafor@discord.com"}, name_from="Mira Okafor",
    date=date("2024-09-24 15:33", "+0000"),
    subject="Re: Reminder: KCSC-240903-01 overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>",
                   "References: <request.KCSC-240903-01.1@kcsc.example> <reminder.KCSC-240903-01.1@kcsc.example>"],
    body=f"""Hi KCSC team,

Sorry for the slow reply. The account {D[11]} has been
permanently suspended and its profile can no longer be viewed.

The two messages in your reminder were handled earlier on ticket 48812345;
please see my reply there of 9 September.

Best,
Mira

On Mon, Sep 23, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(dc_rem)}
""",
    items={D[11]: "removed", D[4]: "pending", D[5]: "pending"},
)

# ================================================================ Kakao
case(
    name="kakao-cs-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 고객센터 문의 접수 완료 안내",
    why="pure receipt with an inquiry number; no result",
    **{"from": "noreply-cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date=date("2024-09-05 11:42"),
    subject="[카카오 고객센터] 문의가 접수되었습니다 (문의번호 2409-551832)",
    reply_to_req=mid("KCSC-240905-02"),
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

  문의번호: 2409-551832
  문의제목: [KCSC-240905-02] Request for removal of illegal content
  접수일시: 2024-09-05 11:42

접수된 순서대로 확인 후 답변드리겠습니다. 답변은 이 메일 주소로 발송됩니다.
본 메일은 발신 전용입니다.

카카오 고객센터 드림
""",
)

case(
    name="kakao-under-review",
    outcome="review", review="not_understood",
    imitates="카카오 고객센터 중간 답변 (검토 중, 추후 회신)",
    why="names two posts but only says they are under review and a result will follow",
    **{"from": "cs-report@kakaocorp.com"}, name_from="카카오 고객센터",
    date=date("2024-09-09 14:10"),
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (문의번호 2409-551832)",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청번호 KCSC-240905-02 관련하여 중간 안내드립니다.

아래 다음 카페 게시물 2건은 현재 담당 부서에서 운영정책 위반 여부를 검토하고
있습니다.

- {K[0]}
- {K[1]}

검토가 끝나는 대로 조치 결과를 다시 회신드리겠습니다.
기다려 주셔서 감사합니다.

카카오 고객센터 드림
""",
    items={K[0]: "pending", K[1]: "pending"},
)

case(
    name="kakao-cs-result-arrows",
    outcome="applied", classification="confirmation",
    imitates="카카오 고객센터 답변: 게시중단 / 임시조치 처리 결과",
    why="numbered URLs, result on the arrow line below: 게시중단 (removed), 임시조치 (restricted)",
    **{"from": "cs-report@kakaocorp.com"}, name_from="카카오 고객센터",
    date=date("2024-09-10 16:05"),
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (문의번호 2409-551832)",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청번호 KCSC-240905-02 로 요청하신 다음 카페 게시물의 처리 결과를 안내드립니다.

1. {K[0]}
   → 카페 운영정책 위반으로 게시중단 처리되었습니다.
2. {K[1]}
   → 정보통신망법 제44조의2에 따라 임시조치(30일) 되었습니다.

티스토리 게시물 2건은 담당 부서 확인 후 별도로 안내드리겠습니다.

더 궁금하신 점은 이 메일에 회신해 주세요.
카카오 고객센터 드림
""",
    items={K[0]: "removed", K[1]: "restricted"},
)

case(
    name="kakao-tistory-particles",
    outcome="applied", classification="confirmation",
    imitates="티스토리 담당자 답변 (비공개 처리, 작성자 삭제로 게시물 없음)",
    why="raw Korean URL in full-width brackets: 비공개 (removed); /118 with particle 은: already deleted by author (not_found)",
    **{"from": "tistory-cs@kakaocorp.com"}, name_from="티스토리 고객센터",
    date=date("2024-09-11 10:20"),
    subject="RE: [KCSC-240905-02] 티스토리 게시물 처리 결과",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""안녕하세요. 티스토리 운영 담당자입니다.

요청하신 티스토리 게시물 2건에 대한 확인 결과입니다.

첫 번째 글（{K3_RAW}）은
운영정책 위반이 확인되어 비공개 처리되었습니다.

두 번째 글 {K[3]}은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.
티스토리 운영팀 드림
""",
    items={K[2]: "removed", K[3]: "not_found"},
)

kakao_rows = [
    (K[0], "게시중단"),
    (K[1], "임시조치 (30일)"),
    (K3_RAW, "비공개 처리"),
    (K[3], "게시물 없음 (작성자 삭제)"),
]
kakao_html = (
    "<html><body><p>안녕하세요, 카카오 고객센터입니다.</p>"
    "<p>요청번호 <b>KCSC-240905-02</b> 의 게시물별 처리 결과를 아래 표로 안내드립니다.</p>"
    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr><th>번호</th><th>URL</th><th>처리 결과</th></tr></thead><tbody>"
    + "".join(f"<tr><td>{i}</td><td>{u}</td><td>{r}</td></tr>" for i, (u, r) in enumerate(kakao_rows, 1))
    + "</tbody></table><p>처리 결과에 이의가 있으시면 본 메일에 회신해 주시기 바랍니다.</p>"
    "<p>카카오 고객센터 드림</p></body></html>"
)
case(
    name="kakao-html-table-korean",
    outcome="applied", classification="confirmation",
    imitates="카카오 고객센터 HTML 답변 메일, 게시물별 처리 결과 표",
    why="HTML-only table: 게시중단 removed, 임시조치 restricted, 비공개 removed, 게시물 없음 not_found",
    **{"from": "cs-report@kakaocorp.com"}, name_from="카카오 고객센터",
    date=date("2024-09-13 09:55"),
    subject="[카카오 고객센터] 처리 결과 안내 (문의번호 2409-551832)",
    reply_to_req=mid("KCSC-240905-02"),
    type="html",
    body=kakao_html,
    items={K[0]: "removed", K[1]: "restricted", K[2]: "removed", K[3]: "not_found"},
)

case(
    name="kakao-single-item-sole",
    outcome="applied", classification="confirmation",
    imitates="다음 카페 신고 처리 결과 답변 (게시물 1건, URL 생략)",
    why="request of one item; 'the requested post' stated 게시중단 without its URL",
    **{"from": "cs-report@kakaocorp.com"}, name_from="카카오 고객센터",
    date=date("2024-09-23 11:00"),
    subject="RE: [KCSC-240920-07] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240920-07"),
    body="""안녕하세요, 카카오 고객센터입니다.

요청번호 KCSC-240920-07 로 요청하신 다음 카페 게시물은 명예훼손 관련
운영정책 위반이 확인되어 게시중단 조치를 완료하였습니다.

감사합니다.
카카오 고객센터 드림
""",
    items={S[0]: "removed"},
)

# ================================================================ NAVER
case(
    name="naver-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="네이버웍스 부재중 자동응답",
    why="out-of-office auto reply to our request",
    **{"from": "jiyoon.han@navercorp.com"}, name_from="한지윤",
    date=date("2024-09-09 09:41"),
    subject="[자동 회신] [KCSC-240909-03] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240909-03"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 한지윤입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 게시물 신고 건은 policy@navercorp.com 으로 보내 주시면 담당자가 처리합니다.

감사합니다.
""",
)

case(
    name="naver-asks-more-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="네이버 고객센터 추가 자료 요청 (권리침해 소명 자료)",
    why="asks for supporting documents about the cafe post before deciding",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=date("2024-09-10 15:30"),
    subject="[네이버 고객센터] 요청하신 내용 관련 추가 자료 요청드립니다",
    reply_to_req=mid("KCSC-240909-03"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청번호 KCSC-240909-03 중 아래 카페 게시물에 대해 불법정보 해당 여부를
판단하기 위해 추가 자료가 필요합니다.

{N[1]}

- 해당 게시물이 위반하는 법령 조항
- 심의 결과 또는 시정요구 결정문 사본

위 자료를 이 메일에 회신으로 보내 주시면 확인 후 조치하겠습니다.
자료가 접수되기 전까지는 처리가 보류됩니다.

네이버 고객센터 드림
""",
    items={N[1]: "pending"},
)

case(
    name="naver-bulleted-result",
    outcome="applied", classification="confirmation",
    imitates="네이버 고객센터 신고 게시물 처리 결과 안내 (항목별)",
    why="bullets with ' : result': 삭제 removed, 국내 접근 제한 restricted, 게시 유지 rejected",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=date("2024-09-12 10:10"),
    subject="[네이버 고객센터] 신고하신 게시물 처리 결과 안내",
    reply_to_req=mid("KCSC-240909-03"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청번호 KCSC-240909-03 의 처리 결과를 안내드립니다.

• {N[0]} : 삭제
• {N[1]} : 국내 접근 제한
• {N[2]} : 게시 유지 (검토 결과 위반 사항이 확인되지 않았습니다)

게시 유지된 건에 대해 추가 자료가 있으시면 회신해 주세요.

네이버 고객센터 드림
""",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "rejected"},
)

case(
    name="naver-no-auth-result",
    outcome="review", review="untrusted",
    imitates="NAVER result mail that arrived without any authentication results",
    why="naver.com sender with no DKIM/SPF/DMARC pass recorded by our server",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터", auth="none",
    date=date("2024-09-12 12:45"),
    subject="Re: [KCSC-240909-03] 처리 결과",
    body=f"""안녕하세요.

KCSC-240909-03 관련, 아래 블로그 게시물은 삭제 처리되었습니다.
{N[0]}

네이버 고객센터
""",
    items={N[0]: "pending"},
)

case(
    name="naver-url-line-below",
    outcome="applied", classification="confirmation",
    imitates="네이버 블로그 담당자 답변 (블라인드 / 게시 유지), URL은 문장 다음 줄",
    why="statement ends with ':' and the URL follows on the next line: 블라인드 removed, 게시 유지 rejected",
    **{"from": "blog-policy@navercorp.com"}, name_from="네이버 블로그 운영팀",
    date=date("2024-09-13 17:20"),
    subject="RE: [KCSC-240909-03] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240909-03"),
    body=f"""안녕하세요, 네이버 블로그 운영팀입니다.

다음 게시물은 운영정책에 따라 블라인드 처리되었습니다:
{N[0]}

다음 게시물은 검토 결과 게시중단 사유에 해당하지 않아 게시를 유지합니다:
{N[2]}

카페 게시물은 카페 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
""",
    items={N[0]: "removed", N[2]: "rejected"},
)

case(
    name="naver-forwarded-internal",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="NAVER staff forwarding the cafe team's internal result email",
    why="the only statement sits inside a forwarded message from another team",
    **{"from": "jiyoon.han@navercorp.com"}, name_from="한지윤",
    date=date("2024-09-14 10:02"),
    subject="Fwd: [처리완료] 카페 게시물 88213 임시조치",
    reply_to_req=mid("KCSC-240909-03"),
    body=f"""안녕하세요, 한지윤입니다.
카페 담당 부서 회신을 전달드립니다. 참고 부탁드립니다.

---------- Forwarded message ---------
From: 카페 정책 운영 <cafe-ops@navercorp.com>
Date: 2024년 9월 13일 (금) 오후 6:40
Subject: [처리완료] 카페 게시물 88213 임시조치
To: 한지윤 <jiyoon.han@navercorp.com>

지윤님,
KCSC-240909-03 건 카페 게시물 {N[1]} 은
정보통신망법 제44조의2에 따라 임시조치 완료했습니다.
""",
    items={N[1]: "pending"},
)

# ================================================================ Telegram
case(
    name="tg-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (message/disposition-notification)",
    why="read receipt for our request email",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=date("2024-09-11 14:20"),
    subject="Read: [KCSC-240911-04] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240911-04"),
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b464-1"\n\n'
        "--mdn-b464-1\nContent-Type: text/plain; charset=utf-8\n\n"
        "This is a receipt for the mail you sent to abuse@telegram.org on 11.09.2024 10:02.\n"
        "It was displayed on the recipient's computer on 11.09.2024 14:20. This does not\n"
        "mean that the message has been read or understood.\n\n"
        "--mdn-b464-1\nContent-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.telegram.org; Thunderbird 115.14.0\n"
        "Final-Recipient: rfc822;abuse@telegram.org\n"
        f"Original-Message-ID: <{mid('KCSC-240911-04')}@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        "--mdn-b464-1--\n"
    ),
)

case(
    name="tg-reminder-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN: mailbox full for our reminder to dsa@telegram.org",
    why="delivery status notification, quoting only our reminder's headers",
    **{"from": "MAILER-DAEMON@mx2.telegram.org"}, name_from="Mail Delivery System",
    date=date("2024-09-19 09:00"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b464-1"\n\n'
        "--dsn-b464-1\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx2.telegram.org.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<dsa@telegram.org>: mailbox is full, message refused (quota exceeded)\n\n"
        "--dsn-b464-1\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx2.telegram.org\n"
        "Arrival-Date: Thu, 19 Sep 2024 08:59:51 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; dsa@telegram.org\n"
        "Action: failed\nStatus: 5.2.2\n"
        "Diagnostic-Code: smtp; 552 5.2.2 mailbox full\n\n"
        "--dsn-b464-1\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: dsa@telegram.org\n"
        "Subject: Reminder: KCSC-240911-04 overdue\n"
        "Message-ID: <reminder.KCSC-240911-04.1@kcsc.example>\n"
        "Date: Thu, 19 Sep 2024 08:59:48 +0900\n\n"
        "--dsn-b464-1--\n"
    ),
)

case(
    name="tg-case-mixed",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with a case number and per-link results",
    why="two posts blocked for all users / taken down (removed), one unavailable in South Korea (restricted)",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=date("2024-09-13 16:02"),
    subject="Re: [KCSC-240911-04] Request for removal of illegal content [Case #2409113377]",
    reply_to_req=mid("KCSC-240911-04"),
    body=f"""Hello,

Thank you for your report. Case #2409113377.

We checked the posts you listed:

{T[0]} has been blocked for all users.
{T[1]} was taken down by our moderators.
{T[2]} is no longer accessible to users in South Korea.

We are still looking into the remaining links.

Telegram Abuse Team
""",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted"},
)

case(
    name="tg-angle-brackets-wrapped",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with URLs in angle brackets, one wrapped across lines",
    why="channel terminated (removed); post ID does not exist (not_found), its URL wrapped inside <>",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=date("2024-09-14 11:18"),
    subject="Re: [KCSC-240911-04] Request for removal of illegal content [Case #2409113377]",
    reply_to_req=mid("KCSC-240911-04"),
    body="""Hello,

Case #2409113377, continued.

The channel <https://t.me/ashgrove_market> has been terminated for
violating the Telegram Terms of Service.

The post <https://t.me/ashgrove_
market/77> could not be found: that message ID does not exist in the
channel.

Telegram Abuse Team
""",
    items={T[3]: "removed", T[4]: "not_found"},
)

case(
    name="tg-bulk-all-blocked",
    outcome="review", review="bulk",
    imitates="abuse-desk one-line closure for a whole request",
    why="'all of the channels and posts listed ... have been blocked' for a five-item request",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=date("2024-09-15 08:40"),
    subject="Re: [KCSC-240911-04] Request for removal of illegal content [Case #2409113377]",
    reply_to_req=mid("KCSC-240911-04"),
    body="""Hello,

All of the channels and posts listed in your request KCSC-240911-04 have
been blocked. This case is now closed.

Telegram Abuse Team
""",
)

case(
    name="tg-jira-comment",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification: public comment plus status change",
    why="agent comment states two posts taken down; footer links are portal links, not items",
    **{"from": "desk@telegram.org"}, name_from="Telegram Support Desk",
    date=date("2024-09-16 19:05"),
    subject="TSD-20931 [KCSC-240911-04] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240911-04"),
    body=f"""—-—-—-—
Reply above this line.

Alex Marin commented:

Hello KCSC team,

The following posts have been taken down:
* {T[0]}
* {T[1]}

Kind regards,
Alex

Status changed: Waiting for support → Resolved

View request: https://desk.telegram.org/servicedesk/customer/portal/4/TSD-20931
Turn off this request's notifications

This is shared with KCSC Takedown.
Help Center, powered by Jira Service Management, sent you this message.
""",
    items={T[0]: "removed", T[1]: "removed"},
)

case(
    name="tg-conflicting-macro",
    outcome="review", review="conflicting_statements",
    imitates="abuse-desk reply where two canned macros contradict each other",
    why="the same post is said to be taken down and, lower down, to remain available",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=date("2024-09-17 13:25"),
    subject="Re: [KCSC-240911-04] Request for removal of illegal content [Case #2409113377]",
    reply_to_req=mid("KCSC-240911-04"),
    body=f"""Hello,

The post {T[1]} was taken down.

--
Result of review:
We reviewed {T[1]} and found no violation of the
Telegram Terms of Service. The content remains available.

Telegram Abuse Team
""",
    items={T[1]: "pending"},
)

tg_earlier = f"""Hello,

Thank you for your report. Case #2409113377.

{T[0]} has been blocked for all users.
{T[2]} is no longer accessible to users in South Korea.

Telegram Abuse Team"""
case(
    name="tg-followup-over-quote",
    outcome="applied", classification="confirmation",
    imitates="top-posted follow-up over the platform's own earlier reply (Gmail quoting)",
    why="new text: post 431 now blocked globally (removed); 412 is only in the quoted earlier reply",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=date("2024-09-18 10:30"),
    subject="Re: [KCSC-240911-04] Request for removal of illegal content [Case #2409113377]",
    reply_to_req=mid("KCSC-240911-04"),
    body=f"""Update on Case #2409113377: the post {T[2]} is now
blocked globally, not only in South Korea.

Telegram Abuse Team

On Fri, 13 Sep 2024 at 16:02, Telegram Abuse <abuse@telegram.org> wrote:
{quote(tg_earlier)}
""",
    items={T[2]: "removed", T[0]: "pending"},
)

# ================================================================ X
case(
    name="x-case-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request receipt with a Case# number",
    why="receipt only: case number assigned, review to follow",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=date("2024-09-16 14:06"),
    subject="Case# 0144823311: [KCSC-240916-05] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240916-05"),
    body="""Hello,

We have received your report. Your case number is 0144823311.

Our team will review it and get back to you by email. Please keep the case
number in the subject line of any reply.

Thanks,
X
""",
)

case(
    name="x-case-result-ack-phrase",
    outcome="applied", classification="confirmation",
    imitates="X legal result mail: country-withheld and not-in-violation",
    why="'we have received your request' opener, then x1 withheld in South Korea (restricted) and x2 no violation (rejected)",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=date("2024-09-20 03:11"),
    subject="Case# 0144823311: [KCSC-240916-05] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240916-05"),
    body=f"""Hello,

We have received your request and reviewed the reported content.

{X[0]}
This post has been withheld in South Korea in response to your request.

{X[1]}
We have determined that this post does not violate the X Rules or local
law, and we will not be taking action on it.

Thanks,
X
""",
    items={X[0]: "restricted", X[1]: "rejected"},
)

x_req = our_request("KCSC-240916-05", X, "")
case(
    name="x-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' holding our request",
    why="only x1 stated (withheld in Korea); x2 appears only in our quoted request",
    **{"from": "h.lindqvist@x.com"}, name_from="Hanna Lindqvist",
    date=date("2024-09-21 02:48"),
    subject="RE: [KCSC-240916-05] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240916-05"),
    body=f"""Hello,

The post {X[0]} is now withheld in the Republic of
Korea in response to your legal demand.

Regards,
Hanna Lindqvist
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 2:00 PM
To: legal@x.com
{x_req}
""",
    items={X[0]: "restricted", X[1]: "pending"},
)

case(
    name="x-reply-to-reminder",
    outcome="applied", classification="confirmation",
    imitates="X agent's top-posted reply to our overdue reminder",
    why="x2 removed after a second review; x1 appears only in the quoted reminder",
    **{"from": "h.lindqvist@x.com"}, name_from="Hanna Lindqvist",
    date=date("2024-09-27 01:30"),
    subject="Re: Reminder: KCSC-240916-05 overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240916-05.1@kcsc.example>",
                   "References: <request.KCSC-240916-05.1@kcsc.example> <reminder.KCSC-240916-05.1@kcsc.example>"],
    body=f"""Hi,

Following a second review, {X[1]} has now
been removed for violating our private information policy.

Hanna

On Thu, Sep 26, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_reminder("KCSC-240916-05", X))}
""",
    items={X[1]: "removed", X[0]: "pending"},
)

# ================================================================ YouTube
case(
    name="yt-out-of-office-quoted",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder quoting the request",
    why="out-of-office reply; URLs only in our quoted request",
    **{"from": "minseo.park@google.com"}, name_from="Minseo Park",
    date=date("2024-09-20 08:00"),
    subject="Out of office: [KCSC-240919-06] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240919-06"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""I'm out of the office until 30 September with limited access to email.
For YouTube legal removals in Korea please use legal-kr@google.com.

> {our_request("KCSC-240919-06", Y, "").splitlines()[7]}
> {our_request("KCSC-240919-06", Y, "").splitlines()[8]}
""",
)

case(
    name="yt-legal-ticket",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support ticket reply [9-...] with geo-restriction and removal",
    why="video restricted in South Korea (restricted); short removed (removed)",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=date("2024-09-23 06:40"),
    subject="Re: [KCSC-240919-06] Request for removal of illegal content [9-4410000038172]",
    reply_to_req=mid("KCSC-240919-06"),
    body=f"""Hi,

Thanks for reaching out to us.

After review, we have restricted access to the following content in South
Korea under local law:
{Y[0]}

The following content has been removed from YouTube for violating our
Community Guidelines:
{Y[1]}

For more information about our policies, see
https://support.google.com/youtube/answer/2801964

Regards,
The YouTube Legal Support Team
""",
    items={Y[0]: "restricted", Y[1]: "removed"},
)

yt_b64 = f"""Hello,

Regarding your request KCSC-240919-06 (ticket 9-4410000038172):

The video {Y[0]} has been age-restricted. It can no longer be watched by
users who are signed out or under 18.

We will reply separately about the other URL.

Regards,
The YouTube Team
"""
case(
    name="yt-base64-age-restricted",
    outcome="applied", classification="confirmation",
    imitates="base64-encoded YouTube support reply: age restriction",
    why="base64 text body; one video age-restricted (restricted), the other URL unnamed",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=date("2024-09-24 07:12"),
    subject="Re: [KCSC-240919-06] Request for removal of illegal content [9-4410000038172]",
    reply_to_req=mid("KCSC-240919-06"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(yt_b64),
    items={Y[0]: "restricted"},
)


HEADER = """# Blind set 464 (ticket systems and threads): one [[case]] per email.
# Written from each email's meaning before the reader was run on it.
# Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
