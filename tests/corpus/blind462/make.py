#!/usr/bin/env python3
"""Blind set 462: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted or corrected by a note, and statuses given by position.

Every email was written for this set, in the manner of public platform
notices (see NOTES.md), with fictional names, URLs and ids. The expected
result of each case was written from the email's meaning alone, before the
reader was ever run on it.

    python3 tests/corpus/blind462/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")

SET = "blind462"

# ---------------------------------------------------------------- requests
T1 = "https://t.me/grey_lantern_feed/1041"
T2 = "https://t.me/grey_lantern_feed/1042"
T3 = "https://t.me/grey_lantern_feed/1057"
T4 = "https://t.me/coldpier_market/310"
T5 = "https://t.me/coldpier_market/318"
T6 = "https://t.me/coldpier_market/322"
T7 = "https://t.me/nightowl_swap/77"
T8 = "https://t.me/nightowl_swap/81"
T9 = "https://t.me/vellum_drops"
T10 = "https://t.me/amberfield_chat/2290"
T11 = "https://t.me/amberfield_chat/2291"
T12 = "https://t.me/quarry_notes/15"

X1 = "https://x.com/dune_relay/status/1831002200000000011"
X2 = "https://x.com/dune_relay/status/1831002200000000027"
X3 = "https://x.com/pale_orchard/status/1831114400000000003"
X4 = "https://x.com/kiln_weather_99/status/1831200000000000450"
X5 = "https://x.com/mosslight_k/status/1834500000000000008"

Y1 = "https://www.youtube.com/watch?v=Qx7LmR2tVb0"
Y2 = "https://www.youtube.com/watch?v=Hn3pWc9dKe4"
Y3 = "https://www.youtube.com/watch?v=Zr8fYu1oTg6"
Y4 = "https://www.youtube.com/shorts/Lb5sNa0wXi2"
Y5 = "https://www.youtube.com/@pinecrest_echo"
Y6 = "https://www.youtube.com/watch?v=Jd2kVp6sMq9"
Y7 = "https://www.youtube.com/watch?v=Wc4nHt8yRf1"

N1 = "https://blog.naver.com/lotus_grain77/223560011234"
N2 = "https://cafe.naver.com/hanbit_trade/48113"
N3 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334"

K1_RAW = "https://haneul-note.tistory.com/entry/제보-자료-모음"
K1 = "https://haneul-note.tistory.com/entry/" + quote("제보-자료-모음")
K2 = "https://haneul-note.tistory.com/41"
K3 = "https://cafe.daum.net/sunrise_deal/Ab12/9071"

REQUESTS = [
    # ref, platform, sent, due, category, urls (with optional note)
    ("KCSC-240903-01", "telegram", "2024-09-03", "2024-09-10", "illegal drug sales",
     [(T1, ""), (T2, ""), (T3, ""), (T4, ""), (T5, ""), (T6, ""), (T7, ""), (T8, ""),
      (T9, 'whole channel, incl. the "pinned" price list'), (T10, ""), (T11, ""), (T12, "")]),
    ("KCSC-240905-02", "x", "2024-09-05", "2024-09-12", "defamation",
     [(X1, ""), (X2, ""), (X3, "thread reply, second post"), (X4, "")]),
    ("KCSC-240909-03", "youtube", "2024-09-09", "2024-09-16", "illegal gambling",
     [(Y1, ""), (Y2, ""), (Y3, ""), (Y4, ""), (Y5, "channel as a whole")]),
    ("KCSC-240910-04", "naver", "2024-09-10", "2024-09-17", "privacy violation",
     [(N1, ""), (N2, ""), (N3, "")]),
    ("KCSC-240911-05", "kakao", "2024-09-11", "2024-09-18", "illegal drug sales",
     [(K1, "Korean path, stored percent-encoded"), (K2, ""), (K3, "")]),
    ("KCSC-240913-06", "x", "2024-09-13", "2024-09-20", "defamation", [(X5, "")]),
    ("KCSC-240916-07", "youtube", "2024-09-16", "2024-09-23", "illegal gambling",
     [(Y6, ""), (Y7, "")]),
]


def req_id(ref):
    return "req-" + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls in REQUESTS:
            for url, note in urls:
                w.writerow([ref, plat, sent, due, url, cat, req_id(ref) + "@kcsc.example", note])


def hdr(s):
    """RFC 2047 encoded-word for non-ASCII header text (subjects, names)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def single_b64(text, ctype="text/plain"):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text) + "\n")


def single_qp(text, ctype="text/plain"):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text) + "\n")


def alternative(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + text.strip("\n") + "\n\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + html.strip("\n") + "\n\n"
            f"--{boundary}--\n")


REQUEST_TG_BODY = "\n".join(
    ["Dear Telegram,", "",
     "The Korea Communications Standards Commission asks you to remove or block",
     "the following content (reference KCSC-240903-01) within 7 days:", ""]
    + [f"{i}. {u}" for i, u in enumerate([T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12], 1)]
    + ["", "KCSC Takedown desk"])

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ Telegram
case(
    name="tg-mixed-one-sentence",
    from_="abuse@telegram.org", date="Wed, 11 Sep 2024 08:41:17 +0000",
    subject="Re: Removal request KCSC-240903-01", reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your notice regarding KCSC-240903-01.

Following review, {T1} and {T2} have been taken down, whereas {T3} could not be found on our servers.

We are still looking at the remaining links and will write again.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in prose (as quoted in public trackers)",
    why="one sentence carries two removals and a not-found; each URL takes the status of its own clause",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-numbered-dash-status",
    from_="dsa@telegram.org", date="Thu, 12 Sep 2024 03:12:50 +0000",
    subject="Case #7730142 - KCSC-240903-01", reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Case #7730142
Your reference: KCSC-240903-01

Our moderators have processed the following links from your notice:

1. {T4} — blocked
2. {T5} — blocked
3. {T6} — no violation of our Terms of Service found; remains available
4. {T7} — message does not exist
5. {T8} — blocked for users in South Korea

If you have further questions, reply to this email keeping the case number in the subject.

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA contact-point case reply with a numbered outcome list",
    why="list with a status after a dash on each line: blocked, refusal, not found and a Korea-only block",
    items={T4: "removed", T5: "removed", T6: "rejected", T7: "not_found", T8: "restricted"},
)

case(
    name="tg-url-then-status-line",
    from_="dsa@telegram.org", date="Thu, 12 Sep 2024 09:30:02 +0000",
    subject="Case #7730142 - KCSC-240903-01 (part 2)", reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Case #7730142 (continued)

{T9}
Result: channel blocked on all platforms

{T10}
Result: content not found (the message was deleted before our review)

{T11}
Result: no action — we did not find that this message violates the Telegram ToS

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA case reply, bare URL with the result on the line below",
    why="each status sits on the line after its URL; 'no action' with a reason is a refusal",
    items={T9: "removed", T10: "not_found", T11: "rejected"},
)

case(
    name="tg-negation-not-removed",
    from_="abuse@telegram.org", date="Fri, 13 Sep 2024 11:05:44 +0000",
    subject="Re: Removal request KCSC-240903-01", reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hi,

We have reviewed {T12} and did not find any breach of the Telegram Terms of Service; the post has not been removed and will stay available.

The channel {T9}, on the other hand, has been blocked.

Best,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply refusing one link and blocking a channel",
    why="'has not been removed' is a negation inside a refusal (rejected), not a removal",
    items={T12: "rejected", T9: "removed"},
)

case(
    name="tg-correction-later-sentence",
    from_="dsa@telegram.org", date="Fri, 13 Sep 2024 14:22:09 +0000",
    subject="Correction - Case #7730142 - KCSC-240903-01", reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

In our message of 12 September we stated that {T11} had been blocked. That was a mistake on our side.

This message has not been blocked globally; it has been made unavailable for users in the Republic of Korea only, in line with local law.

Apologies for the confusion.
Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="platform correction notice revising an earlier outcome",
    why="the first sentence reports an earlier (wrong) statement; the later sentence gives the actual state: Korea-only",
    items={T11: "restricted"},
)

case(
    name="tg-not-merely-restricted",
    from_="abuse@telegram.org", date="Sat, 14 Sep 2024 06:48:31 +0000",
    subject="Re: KCSC-240903-01", reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

We did not limit {T4} to a single country: the post was removed for all users worldwide.

{T5} was geo-restricted in South Korea.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply distinguishing global and local blocking",
    why="a negated restriction followed by a global removal; the second link is geo-restricted",
    items={T4: "removed", T5: "restricted"},
)

case(
    name="tg-could-not-act-author-deleted",
    from_="abuse@telegram.org", date="Sat, 14 Sep 2024 07:15:00 +0000",
    subject="Re: KCSC-240903-01", reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Dear KCSC,

We could not take action on {T7} because the channel owner had already deleted the message before our review.
{T8} was blocked.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply: nothing to act on, author deleted",
    why="'could not take action' because the author already deleted it is not_found, not a refusal",
    items={T7: "not_found", T8: "removed"},
)

case(
    name="tg-heading-groups",
    from_="dsa@telegram.org", date="Mon, 16 Sep 2024 02:03:19 +0000",
    subject="Case #7730142 - outcome summary", reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Case #7730142 / KCSC-240903-01

Blocked:
{T1}
{T2}
{T6}

No violation found, left up:
{T12}

Could not be located:
{T3}

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA case summary grouped under headings",
    why="status given by a heading above each group of URLs",
    items={T1: "removed", T2: "removed", T6: "removed", T12: "rejected", T3: "not_found"},
)

csv_attach = (
    "link,decision,scope\n"
    f"{T1},removed,global\n"
    f"{T4},restricted,KR\n"
    f"{T7},not found,\n"
    f"{T10},no action - no violation,\n"
)
case(
    name="tg-csv-attachment",
    from_="dsa@telegram.org", date="Tue, 17 Sep 2024 05:50:40 +0000",
    subject="Case #7730142 - results attached", reply_to_req=req_id("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tgcsv-462-01"

--tgcsv-462-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for the links in KCSC-240903-01 that we
have processed so far.

Telegram DSA Team

--tgcsv-462-01
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_attach)}

--tgcsv-462-01--
""",
    outcome="applied", classification="confirmation",
    imitates="platform results spreadsheet sent as a CSV attachment",
    why="base64 CSV attachment with one decision per row",
    items={T1: "removed", T4: "restricted", T7: "not_found", T10: "rejected"},
)

case(
    name="tg-echoed-report",
    from_="noreply@telegram.org", date="Tue, 17 Sep 2024 12:01:12 +0000",
    subject="Your report has been reviewed",
    body=f"""
Your report

Reported link: {T10}
Reason: Illegal goods
Submitted: 04.09.2024 (reference KCSC-240903-01)

Our decision

The reported message has been removed.

You can't reply to this message.
""",
    outcome="applied", classification="confirmation",
    imitates="in-app style report decision notice echoing the report",
    why="echoed report with a single link, followed by a decision about 'the reported message'",
    items={T10: "removed"},
)

case(
    name="tg-promise-only",
    from_="abuse@telegram.org", date="Wed, 11 Sep 2024 16:40:00 +0000",
    subject="Re: Removal request KCSC-240903-01", reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Thank you. The links below have been escalated and will be blocked once our legal team signs off:

{T4}
{T5}

We expect to complete this within 48 hours.

Telegram Abuse Team
""",
    outcome="review", review="not_understood", classification="other",
    imitates="abuse-desk escalation note promising action",
    why="'will be blocked once ... signs off' is a conditional promise; nothing has happened yet",
    items={T4: "pending", T5: "pending"},
)

case(
    name="tg-auth-fail",
    from_="dsa@telegram.org", auth="fail", date="Thu, 12 Sep 2024 22:10:33 +0000",
    subject="Case #7730190 - KCSC-240903-01 resolved", reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

The following content from your request KCSC-240903-01 has been blocked:

{T1}
{T2}
{T3}

Telegram DSA Team
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="Telegram DSA case reply, but failing DKIM/SPF/DMARC",
    why="sender domain is Telegram's but authentication failed",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="tg-dsn-mailbox-full",
    from_="MAILER-DAEMON@mail2.telegram.org", name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 08:02:11 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-462-tg"

--dsn-462-tg
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail2.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dsa@telegram.org>: mailbox is full (quota exceeded)

--dsn-462-tg
Content-Type: message/delivery-status

Reporting-MTA: dns; mail2.telegram.org
Arrival-Date: Tue,  3 Sep 2024 08:02:09 +0000

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn-462-tg
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Removal request KCSC-240903-01
Date: Tue, 3 Sep 2024 17:01:40 +0900
Message-ID: <req-KCSC-240903-01@kcsc.example>
Content-Type: text/plain; charset=utf-8

{REQUEST_TG_BODY}

--dsn-462-tg--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (RFC 3464) returning our request",
    why="a bounce of our own request; the URLs are only in the returned message",
    items={u: "pending" for u in [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12]},
)

case(
    name="tg-contact-change-no-claims",
    from_="dsa@telegram.org", date="Wed, 18 Sep 2024 10:00:00 +0000",
    subject="Change of contact address for authority notices",
    body="""
Dear Sir or Madam,

From 1 October 2024, notices from authorities should be sent to our new
contact point address, which will be communicated through the usual
channels. Messages sent to the current address will still be read during a
transition period of three months.

This message is sent to all registered authorities and does not concern a
specific case.

Telegram DSA Team
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform circular to authorities about a contact-point change",
    why="trusted Telegram mail naming no item and no request",
    items={},
)

# ================================================================ X
case(
    name="x-withheld-and-refused",
    from_="legal@x.com", date="Tue, 10 Sep 2024 07:33:12 +0000",
    subject="Re: Removal request KCSC-240905-02", reply_to_req=req_id("KCSC-240905-02"),
    body=f"""
Hello,

We write in reply to your request KCSC-240905-02.

We have withheld {X1} in South Korea.

We have reviewed {X2} and {X3} and found that they do not violate the X Rules or Korean law as described in your request; we are therefore not taking action on them.

{X4} was deleted by the account holder before we completed our review.

Sincerely,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply: country withheld, refusal with reason, author-deleted",
    why="withheld in one country, two refusals with a reason in one sentence, one deleted by its author",
    items={X1: "restricted", X2: "rejected", X3: "rejected", X4: "not_found"},
)

case(
    name="x-hedge-relative-clause",
    from_="legal@x.com", date="Wed, 11 Sep 2024 01:20:45 +0000",
    subject="Re: Removal request KCSC-240905-02", reply_to_req=req_id("KCSC-240905-02"),
    body=f"""
Hi,

The post {X1}, which may already have been reported to us by other users, is now withheld in the Republic of Korea.

As for {X3}, it appears that the account holder may have deleted it; we are checking and will confirm.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply with a partial outcome",
    why="hedge sits in a relative clause, main clause is a plain withholding; the second link is only hedged",
    items={X1: "restricted", X3: "pending"},
)

case(
    name="x-bulk-all-withheld",
    from_="legal@x.com", date="Wed, 11 Sep 2024 09:14:27 +0000",
    subject="Re: Removal request KCSC-240905-02", reply_to_req=req_id("KCSC-240905-02"),
    body="""
Hello,

All of the posts listed in your request KCSC-240905-02 have been withheld in South Korea.

X Legal
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="X legal-request short reply covering a whole request",
    why="one statement for a four-item request, naming no post",
    items={X1: "pending", X2: "pending", X3: "pending", X4: "pending"},
)

case(
    name="x-single-item-removed",
    from_="legal@x.com", date="Mon, 16 Sep 2024 04:40:03 +0000",
    subject="Re: Removal request KCSC-240913-06", reply_to_req=req_id("KCSC-240913-06"),
    body="""
Hello,

We have removed the content you reported under KCSC-240913-06 for violating our rules against private information.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply about a single reported post",
    why="the request has exactly one item, so 'the content you reported' names it",
    items={X5: "removed"},
)

case(
    name="x-outlook-top-posted",
    from_="jiho.park@x.com", name_from="Ji-ho Park", date="Thu, 12 Sep 2024 06:05:51 +0000",
    subject="RE: Removal request KCSC-240905-02", reply_to_req=req_id("KCSC-240905-02"),
    body=f"""
Hi,

Both posts from @dune_relay have been withheld in Korea:
{X1}
{X2}

The post <{X4}> remains available; it does not break our rules.

Regards,
Ji-ho Park
X Legal, APAC

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 4:02 PM
To: legal@x.com
Subject: Removal request KCSC-240905-02

Please remove or block the following posts within 7 days:
{X1}
{X2}
{X3}
{X4}

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply by a platform employee over the quoted request",
    why="two withheld, one refused; the third post appears only in the quoted request",
    items={X1: "restricted", X2: "restricted", X4: "rejected"},
)

case(
    name="x-conditional-withhold",
    from_="legal@x.com", date="Mon, 16 Sep 2024 08:12:00 +0000",
    subject="Re: Removal request KCSC-240913-06", reply_to_req=req_id("KCSC-240913-06"),
    body=f"""
Hello,

We have asked the account holder to remove {X5}. If it is not removed within 48 hours, we will withhold it in South Korea.

X Legal
""",
    outcome="review", review="not_understood", classification="other",
    imitates="X legal reply giving the account holder a deadline",
    why="a request to the user and a conditional promise: nothing has been done yet",
    items={X5: "pending"},
)

case(
    name="x-wrapped-angle-brackets",
    from_="legal@x.com", date="Fri, 13 Sep 2024 02:55:36 +0000",
    subject="Re: Removal request KCSC-240905-02", reply_to_req=req_id("KCSC-240905-02"),
    body="""
Hello,

We have withheld the following post in Korea under local law:
<https://x.com/kiln_weather_99/status/
1831200000000000450>

The post <https://x.com/pale_orchard/status/1831114400000000003> has been
removed for violating our private information policy.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply in a mail client that wraps long lines inside angle brackets",
    why="URL in angle brackets wrapped over two lines (RFC 3986 appendix C) withheld; the second removed",
    items={X4: "restricted", X3: "removed"},
)

case(
    name="x-later-sentence-revises",
    from_="legal@x.com", date="Wed, 18 Sep 2024 03:30:15 +0000",
    subject="Update: Removal request KCSC-240913-06", reply_to_req=req_id("KCSC-240913-06"),
    body=f"""
Hello,

We initially withheld {X5} in South Korea. After further review, our Safety team determined that the post violates our rules, and it has now been removed from X.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal update after escalation",
    why="the later sentence supersedes the earlier withholding: the post is now removed",
    items={X5: "removed"},
)

case(
    name="x-out-of-office",
    from_="minseo.kang@x.com", name_from="Min-seo Kang", date="Thu, 05 Sep 2024 07:03:10 +0000",
    subject="Automatic reply: Removal request KCSC-240905-02",
    reply_to_req=req_id("KCSC-240905-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal requests please write to
legal@x.com so that the team can pick them up.

Min-seo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange automatic reply",
    why="out-of-office notice",
    items={},
)

# ================================================================ YouTube
yt_table_text = f"""
Hello,

Thank you for your request KCSC-240909-03. Our decisions are below.

{Y1}  Removed (global)
{Y2}  Blocked in South Korea
{Y3}  No action - does not violate our policies or local law
{Y4}  Removed (global)

YouTube Legal Support
"""
yt_table_html = f"""
<html><body>
<p>Hello,</p>
<p>Thank you for your request KCSC-240909-03. Our decisions are below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Decision</th><th>Scope</th></tr>
<tr><td>{Y1}</td><td>Removed</td><td>Global</td></tr>
<tr><td>{Y2}</td><td>Blocked</td><td>South Korea</td></tr>
<tr><td>{Y3}</td><td>No action &ndash; does not violate our policies or local law</td><td>&ndash;</td></tr>
<tr><td>{Y4}</td><td>Removed</td><td>Global</td></tr>
</table>
<p>YouTube Legal Support</p>
</body></html>
"""
case(
    name="yt-html-table",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Fri, 13 Sep 2024 09:10:10 +0000",
    subject="[4-1198273645] Re: KCSC-240909-03", reply_to_req=req_id("KCSC-240909-03"),
    raw_mime=alternative(yt_table_text, yt_table_html, "ytalt-462-01"),
    outcome="applied", classification="confirmation",
    imitates="Google legal removals reply with a decision table (text and HTML parts)",
    why="table rows: global removal, Korea block, refusal, removal",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected", Y4: "removed"},
)

case(
    name="yt-table-corrected-by-note",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Sat, 14 Sep 2024 01:44:20 +0000",
    subject="[4-1198273645] Re: KCSC-240909-03", reply_to_req=req_id("KCSC-240909-03"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Further decisions for request KCSC-240909-03:</p>
<table border="1">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{Y1}</td><td>Removed</td></tr>
<tr><td>{Y5}</td><td>Channel terminated</td></tr>
</table>
<p><b>Correction:</b> the first row of the table above is wrong. The video Qx7LmR2tVb0 was not removed; after review it was age-restricted and remains on YouTube for signed-in adult viewers.</p>
<p>YouTube Legal Support</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal reply whose note corrects its own table",
    why="the note explicitly corrects the table row: the first video is age-restricted; the channel is terminated",
    items={Y1: "restricted", Y5: "removed"},
)

case(
    name="yt-positions-over-quoted-request",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Thu, 12 Sep 2024 05:25:48 +0000",
    subject="Re: Removal request KCSC-240909-03", reply_to_req=req_id("KCSC-240909-03"),
    body=f"""
Hello KCSC team,

Thanks for your request. Using the numbering in your message below:
items 1 and 2 have been removed for violating our policies;
item 3 has been restricted in South Korea;
item 4 does not violate our Community Guidelines and will stay up;
we could not find item 5.

Kind regards,
YouTube Legal Support

On Mon, Sep 9, 2024 at 5:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube,
>
> Please remove or block the following content (KCSC-240909-03) within 7 days:
> 1. {Y1}
> 2. {Y2}
> 3. {Y3}
> 4. {Y4}
> 5. {Y5}
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply referring to the quoted request by item number",
    why="statuses by position; the numbers map to the quoted request's numbered list",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "rejected", Y5: "not_found"},
)

case(
    name="yt-ack-plus-statement",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Wed, 11 Sep 2024 03:03:03 +0000",
    subject="Re: KCSC-240909-03 [8-2209417736554]", reply_to_req=req_id("KCSC-240909-03"),
    body=f"""
Hi there,

Thanks for reaching out. Your case number is 8-2209417736554.

We reviewed the content you reported and have removed {Y4} under our Community Guidelines. The other URLs from your request are still being reviewed.

Best regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube support reply opening like a receipt",
    why="acknowledgement phrasing followed by a plain removal of one named URL",
    items={Y4: "removed"},
)

yt_qp_text = f"""Hello,

Regarding your request KCSC-240909-03, we have taken the following actions after careful review of the reported content and the applicable local law:

The channel {Y5} has been terminated for violating our spam, deceptive practices and scams policy.

The video {Y3} has been age-restricted; it stays on YouTube but cannot be viewed by signed-out users or by users under 18.

YouTube Legal Support
"""
case(
    name="yt-quoted-printable",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Fri, 13 Sep 2024 23:59:01 +0000",
    subject="Re: Removal request KCSC-240909-03", reply_to_req=req_id("KCSC-240909-03"),
    raw_mime=single_qp(yt_qp_text),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply sent quoted-printable (soft line breaks, =3D in URLs)",
    why="channel terminated is a removal; age restriction is restricted",
    items={Y5: "removed", Y3: "restricted"},
)

case(
    name="yt-hedge-may-have-been",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Tue, 10 Sep 2024 11:11:11 +0000",
    subject="Re: Removal request KCSC-240909-03", reply_to_req=req_id("KCSC-240909-03"),
    body=f"""
Hello,

Our records indicate that {Y2} may have been removed by the uploader before our review. We are confirming this and will follow up.

YouTube Legal Support
""",
    outcome="review", review="not_understood", classification="other",
    imitates="YouTube legal interim reply",
    why="'may have been removed' is a hedge; the team says it will confirm later",
    items={Y2: "pending"},
)

case(
    name="yt-asks-more-info",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Tue, 10 Sep 2024 13:37:00 +0000",
    subject="Re: Removal request KCSC-240909-03 - more information needed", reply_to_req=req_id("KCSC-240909-03"),
    body=f"""
Hello,

To proceed with your request concerning {Y1}, we need more information. Please tell us which provision of Korean law the video breaches and the timestamps at which the content appears.

Once we receive this, we will review the video again.

YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal 'we need more information' reply",
    why="the platform asks for the legal basis and timestamps before acting",
    items={Y1: "pending"},
)

case(
    name="yt-table-note-conflict",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Thu, 19 Sep 2024 06:20:00 +0000",
    subject="[4-1204455120] Re: KCSC-240916-07", reply_to_req=req_id("KCSC-240916-07"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<table border="1">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{Y6}</td><td>Content removed</td></tr>
</table>
<p>Note: having reviewed {Y6}, we did not find a violation of our policies or of local law, and we have not taken action on it.</p>
<p>YouTube Legal Support</p>
</body></html>
""",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="Google legal reply whose table and note disagree",
    why="the table says removed, the note says no action, with no sign which one is the correction",
    items={Y6: "pending"},
)

case(
    name="yt-receipt-echoes-urls",
    from_="youtube-legal-noreply@google.com", name_from="YouTube Legal", date="Mon, 16 Sep 2024 08:30:00 +0000",
    subject="We received your legal request [3-7745120093]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

We have received your legal request. Your reference number is 3-7745120093.

The following URLs were submitted:
{Y6}
{Y7}

We will review them and contact you by email. Please do not reply to this message.

YouTube Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform receipt echoing the submitted URLs",
    why="pure receipt: the URLs are only echoed, no decision is stated",
    items={Y6: "pending", Y7: "pending"},
)

yt_b64_text = f"""Hello,

Our decision on request KCSC-240916-07: {Y7} was removed for violating our harassment policy; {Y6} remains live, as it does not violate our policies or local law.

YouTube Legal Support
"""
case(
    name="yt-base64-one-sentence",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Fri, 20 Sep 2024 02:02:02 +0000",
    subject="Re: Removal request KCSC-240916-07", reply_to_req=req_id("KCSC-240916-07"),
    raw_mime=single_b64(yt_b64_text),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply with a base64 body",
    why="one sentence: a removal, then after a semicolon a refusal with its reason",
    items={Y7: "removed", Y6: "rejected"},
)

# ================================================================ NAVER
naver_mixed = f"""안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회의 요청(KCSC-240910-04)에 대한 처리 결과를 안내드립니다.

- {N1} : 게시중단 처리 완료
- {N2} : 작성자가 이미 삭제한 게시물로 확인되지 않습니다.
- {N3} : 검토 결과 법령 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
네이버 권리보호센터
"""
case(
    name="naver-korean-mixed-base64",
    from_="right@navercorp.com", date="Thu, 12 Sep 2024 01:30:00 +0000",
    subject=hdr("[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240910-04)"), reply_to_req=req_id("KCSC-240910-04"),
    raw_mime=single_b64(naver_mixed),
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 안내 (base64 body)",
    why="게시중단 완료 = removed; 작성자가 이미 삭제 = not_found; 위반 사항 없음, 조치하지 않음 = rejected",
    items={N1: "removed", N2: "not_found", N3: "rejected"},
)

case(
    name="naver-positions-numbered",
    from_="right@navercorp.com", date="Fri, 13 Sep 2024 02:15:00 +0000",
    subject=hdr("[네이버] 요청하신 게시물 처리 결과 (KCSC-240910-04)"), reply_to_req=req_id("KCSC-240910-04"),
    body=f"""
안녕하세요, 네이버입니다.

[요청 게시물]
1. {N1}
2. {N2}
3. {N3}

[처리 결과]
위 1번, 2번 게시물은 30일간 임시조치되었으며, 3번 게시물은 운영자 삭제 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER notice listing the posts, then results by number",
    why="statuses by position: 1 and 2 임시조치 (restricted), 3 운영자 삭제 (removed)",
    items={N1: "restricted", N2: "restricted", N3: "removed"},
)

case(
    name="naver-html-table",
    from_="policy@navercorp.com", date="Mon, 16 Sep 2024 00:50:00 +0000",
    subject=hdr("시정요구 조치결과 회신 (KCSC-240910-04)"), reply_to_req=req_id("KCSC-240910-04"),
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 귀중</p>
<p>요청하신 건(KCSC-240910-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>블라인드</td><td></td></tr>
<tr><td>2</td><td>{N2}</td><td>비공개 처리</td><td></td></tr>
<tr><td>3</td><td>{N3.replace('&', '&amp;')}</td><td>해당 게시물 없음</td><td>조치 전 작성자 삭제</td></tr>
</table>
<p>네이버 주식회사 정책팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply table",
    why="블라인드 and 비공개 처리 are removals; 게시물 없음 (author deleted) is not_found",
    items={N1: "removed", N2: "removed", N3: "not_found"},
)

case(
    name="naver-bulk-korean",
    from_="right@navercorp.com", date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject=hdr("Re: 게시중단 요청 (KCSC-240910-04)"), reply_to_req=req_id("KCSC-240910-04"),
    body="""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 KCSC-240910-04 건의 게시물은 모두 게시중단 조치하였습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="NAVER short reply covering a whole request",
    why="'모두 게시중단' for a three-item request without naming any post",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="naver-mdn-displayed",
    from_="kim.dohyun@naver.com", name_from="Kim Dohyun", date="Wed, 11 Sep 2024 00:12:00 +0000",
    subject="Read: Removal request KCSC-240910-04",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-462-nv"

--mdn-462-nv
Content-Type: text/plain; charset=utf-8

This is a read receipt for the mail you sent to kim.dohyun@naver.com.
Subject: Removal request KCSC-240910-04

--mdn-462-nv
Content-Type: message/disposition-notification

Reporting-UA: mail.naver.com; NAVER Mail
Final-Recipient: rfc822; kim.dohyun@naver.com
Original-Message-ID: <req-KCSC-240910-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-462-nv--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (RFC 8098 MDN)",
    why="a read receipt says nothing about the items",
    items={},
)

case(
    name="naver-out-of-office-korean",
    from_="seo.jiwon@navercorp.com", name_from="Seo Jiwon", date="Tue, 10 Sep 2024 09:00:05 +0000",
    subject=hdr("[자동응답] Re: 게시중단 요청 (KCSC-240910-04)"), reply_to_req=req_id("KCSC-240910-04"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 9월 10일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 정책팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

서지원 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="out-of-office notice",
    items={},
)

# ================================================================ Kakao / Daum / Tistory
case(
    name="kakao-korean-path-particles",
    from_="safety@kakaocorp.com", name_from="Kakao Safety", date="Fri, 13 Sep 2024 05:05:05 +0000",
    subject=hdr("[카카오] 불법정보 조치 결과 안내 (KCSC-240911-05)"), reply_to_req=req_id("KCSC-240911-05"),
    body=f"""
안녕하세요, 카카오 안전정책팀입니다.

요청하신 건(KCSC-240911-05)의 처리 결과를 안내드립니다.

「{K1_RAW}」 게시물은 국내 접속 차단 조치되었습니다.
{K2}은 운영정책 위반으로 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory 불법정보 조치 결과 안내",
    why="raw Korean path in full-width brackets (접속 차단 = restricted); URL followed directly by a particle (삭제 = removed)",
    items={K1: "restricted", K2: "removed"},
)

case(
    name="kakao-refusal-and-later",
    from_="safety@kakaocorp.com", name_from="Kakao Safety", date="Sat, 14 Sep 2024 03:20:00 +0000",
    subject=hdr("[카카오] 요청 처리 결과 (KCSC-240911-05)"), reply_to_req=req_id("KCSC-240911-05"),
    body=f"""
안녕하세요, 카카오 안전정책팀입니다.

{K3} 게시글은 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.
{K2} 게시글은 추가 확인이 필요하여 처리 결과를 추후 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 게시물 검토 결과 안내",
    why="refusal with a reason for the cafe post; the Tistory post is only promised a later answer",
    items={K3: "rejected", K2: "pending"},
)

case(
    name="kakao-receipt",
    from_="noreply-report@kakaocorp.com", name_from="Kakao", date="Wed, 11 Sep 2024 08:00:30 +0000",
    subject=hdr("[카카오] 신고 접수 안내"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오입니다.

신고가 정상적으로 접수되었습니다.
접수번호: DR-20240911-0442

처리 결과는 영업일 기준 3~5일 이내에 회신드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 안내 (ticket receipt)",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="kakao-about-naver-post",
    from_="safety@kakaocorp.com", name_from="Kakao Safety", date="Thu, 12 Sep 2024 07:40:00 +0000",
    subject=hdr("[카카오] 문의 회신"),
    body=f"""
안녕하세요, 카카오 안전정책팀입니다.

문의하신 {N1} 는 당사 서비스에 게시된 글이 아니어서 게시물 자체에 대한 조치는 불가하며, 다음(Daum) 검색 결과에서 노출되지 않도록 차단하였습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="Korean portal reply about a search-result exclusion for another portal's post",
    why="Kakao states a block (in its search results) for a NAVER post; Kakao cannot speak for NAVER's item",
    items={N1: "pending"},
)

# ================================================================ others
case(
    name="law-firm-unknown-sender",
    from_="office@seorin-law.example", name_from="Seorin Law Office", date="Fri, 13 Sep 2024 06:00:00 +0000",
    subject="KCSC-240903-01 - on behalf of the channel owner",
    body=f"""
Dear Sir or Madam,

We act for the owner of the Telegram channel quarry_notes. Our client
informs us that {T12} has been deleted and asks that the matter be closed.

Yours faithfully,
Seorin Law Office
""",
    outcome="review", review="unknown_sender", classification="other",
    imitates="letter from a third party's lawyer",
    why="not from Telegram: a third party cannot change an item's status",
    items={T12: "pending"},
)


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        if "name_from" in c:
            c["name_from"] = hdr(c["name_from"])
    header = (
        "# Blind set 462 (what a program gets wrong), written by tests/corpus/blind462/make.py.\n"
        "# Expected results come from each email's meaning, written before any run."
    )
    corpuslib.write_set(HERE, SET, header, CASES)


if __name__ == "__main__":
    main()
