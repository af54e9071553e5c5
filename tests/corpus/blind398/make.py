#!/usr/bin/env python3
"""Blind set 398: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts followed by results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Written from public descriptions of those
systems' notification emails and of platforms' legal-request replies, in our
own sentences, with fictional accounts, ids and URLs. Expected results come
from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind398/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import email.header
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/moonrise_deal/status/1831204455120987001",
    "https://x.com/moonrise_deal/status/1831204455120987002",
    "https://x.com/pixel_ssam/status/1831209876543210003",
    "https://x.com/pixel_ssam/status/1831209876543210004",
    "https://x.com/cheongdam_k/status/1831211112223330005",
    "https://x.com/cheongdam_k/status/1831211112223330006",
    "https://x.com/cheongdam_k",
    "https://x.com/nightowl_trade/status/1831215550001110008",
    "https://x.com/nightowl_trade/status/1831215550001110009",
    "https://x.com/ggumdori77/status/1831219990002220010",
    "https://x.com/ggumdori77/status/1831219990002220011",
    "https://x.com/yeouido_tip/status/1831223330003330012",
]
TG = [
    "https://t.me/bluelantern_market/214",
    "https://t.me/bluelantern_market/215",
    "https://t.me/silverkite_chat/88",
    "https://t.me/dawnpost_kr/1032",
]
YT = [
    "https://www.youtube.com/watch?v=Qm7tR2xLp0a",
    "https://www.youtube.com/watch?v=Hd3kW9zYv1b",
    "https://www.youtube.com/shorts/Zp4nB8cXq2c",
]
NV = [
    "https://blog.naver.com/dalbit_story/223567001234",
    "https://blog.naver.com/dalbit_story/223567001299",
    "https://cafe.naver.com/greenbench/58812",
    "https://cafe.naver.com/greenbench/58830",
    "https://blog.naver.com/sora_haneul/223570045678",
]
TK = [
    "https://www.tiktok.com/@jinju_kitchen22/video/7410234567890123456",
    "https://www.tiktok.com/@jinju_kitchen22/video/7410234567890123499",
]
TISTORY_RAW = "https://moonjar.tistory.com/entry/무료-시청-링크"
TISTORY = "https://moonjar.tistory.com/entry/%EB%AC%B4%EB%A3%8C-%EC%8B%9C%EC%B2%AD-%EB%A7%81%ED%81%AC"
KK = [
    "https://cafe.daum.net/ddangkong7/Rk2f/1184",
    TISTORY,
    "https://cafe.daum.net/ddangkong7/Rk2f/1190",
]
YT1 = ["https://www.youtube.com/watch?v=Lk5sJ0uTr3d"]

REQUESTS = [
    # ref, platform, sent, due, urls, category, message_id, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00", X,
     "illegal_gambling", "req-240902-01", "largest request: gambling promotion posts and one account"),
    ("KCSC-240903-02", "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", TG,
     "drugs", "req-240903-02", "channel posts selling controlled substances"),
    ("KCSC-240904-03", "youtube", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00", YT,
     "defamation", "req-240904-03", ""),
    ("KCSC-240905-04", "naver", "2024-09-05T10:00:00+09:00", "2024-09-12T23:59:59+09:00", NV,
     "obscenity", "req-240905-04", "blog and cafe posts"),
    ("KCSC-240906-05", "tiktok", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00", TK,
     "fraud", "req-240906-05", ""),
    ("KCSC-240909-06", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", KK,
     "copyright_piracy", "req-240909-06", "Daum cafe and Tistory"),
    ("KCSC-240910-07", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", YT1,
     "privacy", "req-240910-07", "single video"),
]

PLATFORM_NAME = {"x": "X", "telegram": "Telegram", "youtube": "YouTube", "naver": "NAVER",
                 "tiktok": "TikTok", "kakao": "Kakao"}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def req(ref):
    for r in REQUESTS:
        if r[0] == ref:
            return r
    raise KeyError(ref)


def request_text(ref, raw_korean=False):
    ref, plat, sent, due, urls, cat, mid, note = req(ref)
    shown = [TISTORY_RAW if (raw_korean and u == TISTORY) else u for u in urls]
    if plat in ("naver", "kakao"):
        lines = [f"{PLATFORM_NAME[plat]} 담당자님께,", "",
                 f"방송통신심의위원회는 아래 게시물에 대하여 시정요구(삭제)를 요청합니다. (요청번호 {ref})", ""]
        lines += [f"{i}. {u}" for i, u in enumerate(shown, 1)]
        lines += ["", f"{due[:10]}까지 게시물별 조치 결과를 회신하여 주시기 바랍니다.", "",
                  "방송통신심의위원회 통신심의국 삭제요청 담당"]
    else:
        lines = [f"Dear {PLATFORM_NAME[plat]} team,", "",
                 f"The Korea Communications Standards Commission requests the removal of the "
                 f"following content under Korean law (reference {ref}):", ""]
        lines += [f"{i}. {u}" for i, u in enumerate(shown, 1)]
        lines += ["", f"Please reply with the action taken on each URL by {due[:10]}.", "",
                  "KCSC Takedown desk"]
    return "\n".join(lines)


def reminder_text(ref, urls):
    ref, plat, sent, due, _, cat, mid, note = req(ref)
    lines = [f"Dear {PLATFORM_NAME[plat]} team,", "",
             f"Our request {ref} of {sent[:10]} passed its deadline ({due[:10]}). "
             f"We have no answer yet for the following URLs:", ""]
    lines += [f"- {u}" for u in urls]
    lines += ["", "Please let us know the action taken on each of them.", "", "KCSC Takedown desk"]
    return "\n".join(lines)


def gmail_quote(when, who, text):
    out = [f"On {when}, {who} wrote:"]
    out += [("> " + l) if l else ">" for l in text.split("\n")]
    return "\n".join(out)


def outlook_quote(sent, to, subject, text, frm="KCSC Takedown <takedown@kcsc.example>"):
    return "\n".join(["-----Original Message-----", f"From: {frm}", f"Sent: {sent}", f"To: {to}",
                      f"Subject: {subject}", "", text])


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def single(ctype, cte, payload):
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{payload}\n"


def multipart(subtype, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


ZD_TOP = "##- Please type your reply above this line -##"
XSUBJ = "[KCSC-240902-01] Removal request under Korean law (12 items)"
TGSUBJ = "[KCSC-240903-02] Removal request under Korean law (4 items)"
YTSUBJ = "[KCSC-240904-03] Removal request under Korean law (3 items)"
NVSUBJ = "[KCSC-240905-04] 게시물 시정요구(삭제) 요청 (5건)"
TKSUBJ = "[KCSC-240906-05] Removal request under Korean law (2 items)"
KKSUBJ = "[KCSC-240909-06] 게시물 시정요구(삭제) 요청 (3건)"
YT1SUBJ = "[KCSC-240910-07] Removal request under Korean law (1 item)"
US = "KCSC Takedown <takedown@kcsc.example>"

CASES = []


def enc(s):
    """RFC 2047 encoded word for a non-ASCII header text, as mail clients send it."""
    return email.header.Header(s, "utf-8").encode()


def case(**kw):
    if not kw.get("name_from", "").isascii():
        kw["name_from"] = enc(kw["name_from"])
    if kw.get("encode_subject"):
        kw["subject"] = enc(kw.pop("encode_subject") and kw["subject"])
    CASES.append(kw)


# ======================================================================= X
case(
    name="x-zendesk-pending-first-four",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 06 Sep 2024 16:12:40 +0900",
    subject="[X Support] Re: " + XSUBJ + " [#08412267]",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_TOP}

Your request (08412267) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Mina (X Support)

Sep 6, 2024, 16:12 GMT+9

Hello,

Thank you for your report under Korean law. Our review of the first four posts in your request is complete, with the following results:

- {X[0]} - withheld in South Korea
- {X[1]} - removed for violating the X Rules
- {X[2]} - no action taken; we did not find a violation of the X Rules or of local law
- {X[3]} - we could not locate this post; it may have been deleted by the account holder

We will update this ticket about the remaining posts once our review is complete.

Best,
Mina
X Support

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 10:00 GMT+9

{request_text("KCSC-240902-01")}

This email is a service from X Support. [8K2Q1-ZX9R]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been updated' agent comment with ticket history below (X Support)",
    why="four named posts with four different outcomes; the rest of the list is only the request in the ticket history",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "rejected", X[3]: "not_found", X[4]: "pending"},
)

case(
    name="x-followup-three-more",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Tue, 10 Sep 2024 11:03:15 +0900",
    subject="Re: [X Support] Re: " + XSUBJ + " [#08412267]",
    reply_to_req="req-240902-01",
    body=f"""Hello again,

Following up on this ticket: our review of three more items from your request is complete.

{X[4]}
Removed (violation of our illegal or certain regulated goods and services policy)

{X[5]}
Removed

{X[6]}
Account suspended

The remaining posts are still with our team and we'll reply in this thread.

Mina
X Support

On Fri, Sep 6, 2024 at 4:12 PM X Support <support@x.com> wrote:
> Hello,
>
> Thank you for your report under Korean law. Our review of the first four
> posts in your request is complete, with the following results:
>
> - {X[0]} - withheld in South Korea
> - {X[1]} - removed for violating the X Rules
> - {X[2]} - no action taken
> - {X[3]} - we could not locate this post
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same Zendesk thread, earlier agent reply quoted with '>'",
    why="three new named outcomes (suspended account counts as removed); the quoted earlier reply changes nothing",
    items={X[4]: "removed", X[5]: "removed", X[6]: "removed", X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-reminder-reply-one-withheld",
    **{"from": "jpark@x.com"}, name_from="Jiwon Park",
    date="Wed, 11 Sep 2024 09:41:02 +0900",
    subject="RE: Reminder: KCSC-240902-01 - items past the deadline",
    body=f"""Hi KCSC team,

Sorry for the slow reply. On the two posts raised in your reminder:

* {X[7]} has been withheld in the Republic of Korea.
* {X[8]} is still being reviewed by our legal team; we'll come back to you on it.

Regards,
Jiwon Park
Global Government Affairs, X Corp.

{outlook_quote("Tuesday, September 10, 2024 10:00 AM", "legal@x.com", "Reminder: KCSC-240902-01 - items past the deadline", reminder_text("KCSC-240902-01", X[7:9]))}
""",
    outcome="applied", classification="confirmation",
    imitates="staff member's Outlook reply to our reminder, reminder quoted below -----Original Message-----",
    why="one post withheld in Korea; the other explicitly still under review, so pending",
    items={X[7]: "restricted", X[8]: "pending"},
)

X_TABLE_ROWS = [(X[9], "Removed", "Violation of the X Rules"),
                (X[10], "No action taken", "Does not violate the X Rules or local law"),
                (X[11], "Withheld in KR", "Local law")]
x_html = ("<html><body><p>Hello,</p><p>Here is the outcome of your request KCSC-240902-01 for the "
          "following posts:</p>\n<table border=\"1\" cellpadding=\"4\">\n"
          "<tr><th>Reported URL</th><th>Outcome</th><th>Basis</th></tr>\n"
          + "".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{o}</td><td>{b}</td></tr>\n"
                    for u, o, b in X_TABLE_ROWS)
          + "</table>\n<p>Regards,<br>X Support</p>\n"
          "<p style=\"color:#999\">Ticket #08412267 &middot; <a href=\"https://help.x.com/en/rules-and-policies/x-rules\">The X Rules</a></p>\n"
          "</body></html>")
x_plain = ("Hello,\n\nHere is the outcome of your request KCSC-240902-01 for the following posts:\n\n"
           + "".join(f"{u}\n  Outcome: {o} ({b})\n\n" for u, o, b in X_TABLE_ROWS)
           + "Regards,\nX Support\n\nTicket #08412267 - The X Rules: https://help.x.com/en/rules-and-policies/x-rules\n")
case(
    name="x-html-table-three-outcomes",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 12 Sep 2024 14:20:00 +0900",
    subject="[X Support] Update on your request [#08412267]",
    raw_mime=multipart("alternative", "zd-alt-8841", [
        single("text/plain", "8bit", x_plain),
        single("text/html", "8bit", x_html)]),
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML notification with an outcome table and a plain-text alternative",
    why="table rows name each post with removed / no action (rejected) / withheld in KR",
    items={X[9]: "removed", X[10]: "rejected", X[11]: "restricted"},
)

x_csv = ("reported_url,outcome,detail\n"
         f"{X[0]},Withheld in country,KR\n"
         f"{X[1]},Removed,X Rules violation\n"
         f"{X[2]},No action,No violation found\n"
         f"{X[3]},Not found,Post does not exist\n"
         f"{X[4]},Removed,X Rules violation\n"
         f"{X[5]},Removed,X Rules violation\n")
case(
    name="x-csv-attachment-six",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 13 Sep 2024 10:05:44 +0900",
    subject="[X Support] Re: " + XSUBJ + " [#08412267]",
    reply_to_req="req-240902-01",
    raw_mime=multipart("mixed", "zd-mix-5521", [
        single("text/plain", "8bit",
               "Hello,\n\nThe outcome for each URL of request KCSC-240902-01 reviewed so far is in the "
               "attached file. The ticket stays open for the other URLs.\n\nX Support\n"),
        "Content-Type: text/csv; charset=utf-8; name=\"kcsc_240902_01_outcomes.csv\"\n"
        "Content-Disposition: attachment; filename=\"kcsc_240902_01_outcomes.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(x_csv) + "\n"]),
    outcome="applied", classification="confirmation",
    imitates="ticket reply whose per-URL outcomes come as a CSV export attachment",
    why="CSV rows name six posts with withheld / removed / no action / not found",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "rejected", X[3]: "not_found",
           X[4]: "removed", X[5]: "removed", X[6]: "pending"},
)

case(
    name="x-gmail-top-post-single",
    **{"from": "dkang@x.com"}, name_from="Daniel Kang",
    date="Wed, 04 Sep 2024 18:30:11 +0900",
    subject="Re: " + XSUBJ,
    reply_to_req="req-240902-01",
    body=f"""Hi,

{X[11]} has been removed.

I'll reply separately on the rest.

Thanks,
Daniel
X Safety

{gmail_quote("Mon, Sep 2, 2024 at 10:00 AM", US, request_text("KCSC-240902-01"))}
""",
    outcome="applied", classification="confirmation",
    imitates="short Gmail top-posted reply above the quoted request",
    why="one named post removed; the other eleven appear only in the quoted request",
    items={X[11]: "removed", X[0]: "pending", X[10]: "pending"},
)

case(
    name="x-jira-resolved-withheld",
    **{"from": "jira@x.com"}, name_from="X Legal Requests (Jira)",
    date="Thu, 12 Sep 2024 08:15:30 +0900",
    subject="[JIRA] (LGLKR-4471) KCSC-240902-01 removal request - @nightowl_trade",
    extra_headers=["Auto-Submitted: auto-generated", "X-JIRA-FingerPrint: 4f1c2a9e0b77d"],
    body=f"""Hyun Lee changed the status of LGLKR-4471 from "In Review" to "Resolved"

Resolution: Done

Comment by Hyun Lee:
Both posts by @nightowl_trade listed below are now withheld in South Korea:
{X[7]}
{X[8]}

----------------------------------------------
View request: https://legalrequests.x.com/servicedesk/customer/portal/3/LGLKR-4471
Turn off this request's notifications: https://legalrequests.x.com/servicedesk/customer/portal/3/LGLKR-4471/unsubscribe

This message was sent by Jira Service Management.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management status-change notification with an agent comment",
    why="the comment states both named posts are withheld in Korea; portal links are not items; Auto-Submitted of a ticket system is not an out-of-office",
    items={X[7]: "restricted", X[8]: "restricted"},
)

case(
    name="x-solved-with-survey-links",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Mon, 16 Sep 2024 13:48:09 +0900",
    subject="[X Support] Your request [#08412267] has been solved",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_TOP}

Your request (08412267) has been solved. To reopen this request, reply to this email.

Mina (X Support)
Sep 16, 2024, 13:48 GMT+9

Hello,

The following posts have been removed for violating the X Rules:

{X[9]}
{X[10]}

This completes our review of your request. You can read the X Rules at https://help.x.com/en/rules-and-policies/x-rules.

How would you rate the support you received?
Good, I'm satisfied: https://support.x.com/requests/08412267/satisfaction/good?token=Qe81kLm
Bad, I'm unsatisfied: https://support.x.com/requests/08412267/satisfaction/bad?token=Qe81kLm

This email is a service from X Support. [8K2Q1-ZX9R]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification with satisfaction survey links",
    why="two posts named under a 'have been removed' heading; policy and survey links are not items",
    items={X[9]: "removed", X[10]: "removed"},
)

helpscout_text = f"""Hi there,

Thanks for your patience while we looked into this. We've removed {X[10]} after confirming that it breaks our rules on illegal gambling promotion. The other post from the same account, {X[9]}, has been withheld in Korea under local law.

Let us know if there's anything else.

Sophie
X Support

----
Conversation #55310 - reply above this line to keep the conversation going
"""
case(
    name="x-helpscout-qp-soft-wrapped",
    **{"from": "help@x.com"}, name_from="Sophie at X Support",
    date="Sat, 14 Sep 2024 02:11:56 +0900",
    subject="Re: " + XSUBJ + " [#55310]",
    reply_to_req="req-240902-01",
    raw_mime=single("text/plain", "quoted-printable", qp(helpscout_text)),
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply, quoted-printable with soft line breaks inside long lines",
    why="one post removed, the other withheld in Korea, each named in prose",
    items={X[10]: "removed", X[9]: "restricted"},
)

# ================================================================ Telegram
case(
    name="tg-case-bare-urls-status-below",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 21:14:08 +0000",
    subject="Re: [Case #5517823] " + TGSUBJ,
    reply_to_req="req-240903-02",
    body=f"""Hello,

Thank you for your report. Our moderators checked the links:

{TG[0]}
Blocked.

{TG[1]}
Blocked.

{TG[2]}
We were unable to find this message. Please check the link.

The Telegram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, each bare URL followed by its result on the next line",
    why="two blocked (removed), one cannot be found (not_found); the fourth link is not mentioned",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"},
)

case(
    name="tg-followup-last-link",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 07:02:51 +0000",
    subject="Re: [Case #5517823] " + TGSUBJ,
    reply_to_req="req-240903-02",
    body=f"""Hello again,

An update on the last link from Case #5517823: the channel {TG[3]} has been blocked for all users due to repeated violations of our Terms of Service.

The Telegram Team

On Thu, 5 Sep 2024 at 21:14, Telegram Abuse <abuse@telegram.org> wrote:
> Hello,
>
> Thank you for your report. Our moderators checked the links:
>
> {TG[0]}
> Blocked.
>
> {TG[1]}
> Blocked.
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same Telegram case thread, previous answer quoted",
    why="the one new statement blocks the named channel post; quoted earlier results change nothing",
    items={TG[3]: "removed", TG[0]: "pending", TG[1]: "pending"},
)

case(
    name="tg-reminder-reply-schemeless",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 15:30:00 +0000",
    subject="Re: Reminder: KCSC-240903-02 overdue [Case #5517823]",
    body=f"""Hello,

Regarding your reminder, we have now handled all links from this case:

t.me/bluelantern_market/214 - blocked
t.me/bluelantern_market/215 - blocked
t.me/silverkite_chat/88 - reviewed, this message does not violate the Telegram Terms of Service, so it stays available
t.me/dawnpost_kr/1032 - not found, the channel does not exist

The Telegram Team

{outlook_quote("Wednesday, September 11, 2024 10:00 AM", "dsa@telegram.org", "Reminder: KCSC-240903-02 overdue", reminder_text("KCSC-240903-02", TG))}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram answer to our reminder listing links without scheme and a dash-separated result",
    why="each of the four links is named (t.me without https) with blocked / no violation / does not exist",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "rejected", TG[3]: "not_found"},
)

case(
    name="tg-echoed-report-decision",
    **{"from": "notifications@telegram.org"}, name_from="Telegram",
    date="Sat, 07 Sep 2024 03:45:12 +0000",
    subject="Decision on your report [Case #5517901]",
    body=f"""Hello,

We have reached a decision on the report below.

Your report
-----------
Link: {TG[2]}
Reason: Illegal goods
Comment: KCSC-240903-02, Korean law

Our decision
------------
The reported message was blocked.

You can appeal this decision within 6 months at https://telegram.org/dsa-appeal.

The Telegram Team
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style report decision notice that echoes the submitted report, then the decision",
    why="the echoed report names one link and the decision blocks it; the appeal page is not an item",
    items={TG[2]: "removed"},
)

# ================================================================= YouTube
case(
    name="yt-legal-three-outcomes",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 05:22:31 -0700",
    subject="Re: " + YTSUBJ + " [3-7783000041172]",
    reply_to_req="req-240904-03",
    body=f"""Hello,

Thanks for reaching out to us.

We have reviewed the content listed in your request and are writing to let you know the result.

Video: {YT[0]}
Outcome: Removed from YouTube for violating our Community Guidelines.

Video: {YT[1]}
Outcome: Blocked from view in South Korea based on local law.

Video: {YT[2]}
Outcome: After careful review, we have decided not to take action on this content. It does not violate our policies and we did not find sufficient legal basis for local blocking.

You can learn more about how we handle legal requests at https://support.google.com/youtube/answer/6154218.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome email with Video:/Outcome: pairs",
    why="removed, blocked in Korea (restricted), not acted on with reasons (rejected)",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected"},
)

case(
    name="yt-single-item-no-url",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 09:10:00 -0700",
    subject="Re: " + YT1SUBJ + " [3-7790000052213]",
    reply_to_req="req-240910-07",
    body=f"""Hi,

We've looked into your request. The video you reported has been removed for violating YouTube's Community Guidelines.

This ticket is now closed. If you have a new issue, please submit a new request through our legal webform.

- YouTube Legal Support

{gmail_quote("Tue, Sep 10, 2024 at 6:00 PM", US, request_text("KCSC-240910-07"))}
""",
    outcome="applied", classification="confirmation",
    imitates="closed-ticket reply about 'the video you reported' without repeating its URL",
    why="request of one item: 'the video you reported has been removed' applies to its only URL",
    items={YT1[0]: "removed"},
)

case(
    name="yt-angle-brackets-url-below",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 22:01:17 -0700",
    subject="Re: " + YTSUBJ + " [3-7783000041172]",
    reply_to_req="req-240904-03",
    body=f"""Hello,

Following up on case [3-7783000041172].

The following video has been blocked in South Korea in response to your legal request:
<{YT[1]}>

The following video has been removed from YouTube for violating our Community Guidelines:
<{YT[0]}>

The third video in your request is still being reviewed.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube follow-up with the statement first and the URL in angle brackets on the next line",
    why="each URL belongs to the statement above it; the third video is explicitly still under review",
    items={YT[1]: "restricted", YT[0]: "removed", YT[2]: "pending"},
)

case(
    name="yt-partial-one-of-three",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 11:40:00 -0700",
    subject="Re: " + YTSUBJ + " [3-7783000041172]",
    reply_to_req="req-240904-03",
    body=f"""Hello,

We have completed our review of one of the URLs in your request.

{YT[2]} has been age-restricted; it is no longer available to signed-out viewers or viewers under 18.

We are still reviewing the remaining two videos and will update you in this thread.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer in a legal-support thread: one URL done, the others still in review",
    why="the Short is age-restricted (restricted); the other two are explicitly still in review",
    items={YT[2]: "restricted", YT[0]: "pending", YT[1]: "pending"},
)

# =================================================================== NAVER
case(
    name="naver-korean-five-results",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 17:05:00 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240905-04)에 대한 처리 결과를 아래와 같이 안내드립니다.

1) {NV[0]}
   - 처리결과: 게시중단
2) {NV[1]}
   - 처리결과: 임시조치(30일)
3) {NV[2]}
   - 처리결과: 삭제
4) {NV[3]}
   - 처리결과: 해당 게시물이 존재하지 않음
5) {NV[4]}
   - 처리결과: 검토 결과 운영정책 위반 사항이 확인되지 않아 게시 유지

추가 문의사항은 본 메일에 회신해 주시기 바랍니다.
감사합니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre 게시중단 처리 결과 notice, numbered list with 처리결과 lines",
    why="게시중단/삭제 removed, 임시조치 restricted, 존재하지 않음 not_found, 게시 유지 with reason rejected",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "removed", NV[3]: "not_found", NV[4]: "rejected"},
)

naver_qp_text = f"""안녕하세요, 네이버 고객센터입니다.

지난 9월 9일 임시조치 안내드린 게시물 {NV[1]} 에 대하여, 임시조치 기간 내 게시자의 재게시 요청이 접수되지 않아 해당 게시물을 삭제하였음을 알려드립니다.

감사합니다.

2024년 9월 9일 (월) 오후 5:05, 네이버 고객센터 <help@navercorp.com>님이 작성:
> 1) {NV[0]}
>    - 처리결과: 게시중단
> 2) {NV[1]}
>    - 처리결과: 임시조치(30일)
"""
case(
    name="naver-followup-qp-deleted-after-temp",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 19 Sep 2024 10:12:00 +0900",
    subject="Re: [네이버] 게시중단 요청 처리 결과 안내 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    raw_mime=single("text/plain", "quoted-printable", qp(naver_qp_text)),
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up in the same thread: 임시조치 turned into deletion; quoted-printable Korean",
    why="the named post was deleted (removed); the quoted earlier notice is not a new statement",
    items={NV[1]: "removed", NV[0]: "pending"},
)

nv_rows = [(NV[0], "삭제", "2024-09-10"), (NV[1], "삭제", "2024-09-10"),
           (NV[2], "임시조치", "2024-09-10"), (NV[4], "게시물 없음", "-")]
nv_html = ("<html><body><p>안녕하세요. 네이버 정책지원팀입니다.</p>"
           "<p>귀 위원회의 시정요구(요청번호 KCSC-240905-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>\n"
           "<table border=\"1\"><tr><th>연번</th><th>대상 URL</th><th>조치결과</th><th>조치일자</th></tr>\n"
           + "".join(f"<tr><td>{i}</td><td>{u}</td><td>{r}</td><td>{d}</td></tr>\n"
                     for i, (u, r, d) in enumerate(nv_rows, 1))
           + "</table><p>나머지 1건은 확인 후 별도로 회신드리겠습니다.</p>"
             "<p>네이버 정책지원팀 드림</p></body></html>")
case(
    name="naver-html-table-correction-results",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 16:40:00 +0900",
    subject="RE: " + NVSUBJ + " - 조치결과 회신",
    reply_to_req="req-240905-04",
    raw_mime=single("text/html", "base64", b64(nv_html)),
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 as an HTML table (연번/대상 URL/조치결과/조치일자), base64",
    why="삭제 removed, 임시조치 restricted, 게시물 없음 not_found; the fifth post promised separately stays pending",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "restricted", NV[4]: "not_found", NV[3]: "pending"},
)

case(
    name="naver-fullwidth-parens-outlook",
    **{"from": "cafe_help@navercorp.com"}, name_from="네이버 카페 고객센터",
    date="Wed, 11 Sep 2024 11:25:00 +0900",
    subject="RE: " + NVSUBJ,
    reply_to_req="req-240905-04",
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.

요청하신 게시물（{NV[3]}）은 카페 운영정책 위반으로 삭제 조치되었습니다。

나머지 게시물은 블로그 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.

{outlook_quote("2024년 9월 5일 목요일 오전 10:00", "policy@navercorp.com", NVSUBJ, request_text("KCSC-240905-04"))}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe team reply with the URL inside full-width parentheses, Outlook quote of the request",
    why="the one named cafe post was deleted; the other URLs appear only in the quoted request",
    items={NV[3]: "removed", NV[0]: "pending", NV[2]: "pending"},
)

# ================================================================== TikTok
case(
    name="tiktok-receipt-phrase-plus-results",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 19:02:44 +0900",
    subject="Re: " + TKSUBJ + " - Ticket 2409061187",
    reply_to_req="req-240906-05",
    body=f"""Hello,

Thank you for contacting TikTok. We have received your request and reviewed the reported content.

- {TK[0]}: removed for violating our Community Guidelines.
- {TK[1]}: restricted in South Korea in accordance with local law.

Best regards,
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply opening with a receipt phrase, then per-URL results",
    why="despite 'we have received your request' it states a result for each named video",
    items={TK[0]: "removed", TK[1]: "restricted"},
)

tk_b64_text = f"""Hi KCSC team,

Following our review of ticket 2409061187:

We removed the video {TK[0]} for violating our Community Guidelines on frauds and scams.

The other video you reported, {TK[1]}, does not violate our Community Guidelines or local law, so it will remain available on TikTok.

If you disagree with this decision, you can reply to this email with additional information.

Kind regards,
TikTok Trust & Safety
"""
case(
    name="tiktok-base64-removed-and-kept",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 12:00:00 +0900",
    subject="Re: " + TKSUBJ + " - Ticket 2409061187",
    reply_to_req="req-240906-05",
    raw_mime=single("text/plain", "base64", b64(tk_b64_text)),
    outcome="applied", classification="confirmation",
    imitates="TikTok ticket reply, base64 body: one removed, one kept with a reason",
    why="removed, and a refusal with its reason (rejected)",
    items={TK[0]: "removed", TK[1]: "rejected"},
)

# =================================================================== Kakao
kk_html = ("<html><body><p>안녕하세요. 카카오 고객센터입니다.</p>"
           "<p>요청번호 KCSC-240909-06 관련 처리 결과를 안내드립니다.</p><ul>"
           f"<li><a href=\"{TISTORY}\">{TISTORY_RAW}</a> : 블라인드 처리 완료</li>"
           f"<li><a href=\"{KK[0]}\">{KK[0]}</a> : 국내 접근 제한 조치</li>"
           "</ul><p>감사합니다.</p>"
           "<p style=\"font-size:11px\">본 메일은 발신전용입니다. 문의는 "
           "<a href=\"https://cs.kakao.com/helps?service=8\">카카오 고객센터</a>를 이용해 주세요.</p>"
           "</body></html>")
case(
    name="kakao-html-base64-blind-and-limited",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 14:31:00 +0900",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240909-06)", encode_subject=True,
    reply_to_req="req-240909-06",
    raw_mime=single("text/html", "base64", b64(kk_html)),
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre HTML notice (base64), Tistory URL shown with its raw Korean path",
    why="블라인드 처리 removed; 국내 접근 제한 restricted; the help-centre link is not an item",
    items={TISTORY: "removed", KK[0]: "restricted"},
)

case(
    name="kakao-author-already-deleted",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 09:50:00 +0900",
    subject="Re: " + KKSUBJ + " [문의번호 #4471203]",
    reply_to_req="req-240909-06",
    body=f"""안녕하세요, 카카오 고객센터입니다.

문의하신 게시물 {KK[2]} 은 확인 결과 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.
따라서 별도의 조치는 진행되지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre ticket answer: post already deleted by its author",
    why="already deleted by its author / does not exist: not_found",
    items={KK[2]: "not_found"},
)

case(
    name="kakao-numbered-arrows",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 17 Sep 2024 15:15:00 +0900",
    subject="Re: Reminder: KCSC-240909-06 [문의번호 #4471203]",
    body=f"""안녕하세요, 카카오 고객센터입니다.
리마인더 메일 확인하였으며, 요청하신 게시물의 처리 현황을 안내드립니다.

1. {KK[0]} → 게시물 삭제 완료
2. {TISTORY} → 비공개 처리
3. {KK[2]} → 게시물 없음 (작성자 삭제)

추석 연휴로 회신이 늦어진 점 양해 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao reply to our reminder, numbered list with arrows",
    why="삭제 완료 and 비공개 처리 removed; 게시물 없음 (작성자 삭제) not_found",
    items={KK[0]: "removed", TISTORY: "removed", KK[2]: "not_found"},
)

# ================================================================== review
case(
    name="x-promise-escalated",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 05 Sep 2024 12:00:00 +0900",
    subject="[X Support] Re: " + XSUBJ + " [#08412267]",
    reply_to_req="req-240902-01",
    body=f"""{ZD_TOP}

Hi,

Thanks for your patience. Your request has been escalated to our legal team. The posts listed below will be withheld in South Korea once that review is complete, which we expect within 48 hours:

{X[0]}
{X[1]}

Mina
X Support
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent update promising future action after escalation",
    why="'will be withheld once that review is complete' is a promise, not a statement",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-bulk-reminder-reply",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 17:45:00 +0900",
    subject="Re: Reminder: KCSC-240902-01 - items past the deadline",
    body=f"""Hello,

Apologies for the delay. We have now actioned all of the posts in your request.

X Legal

{gmail_quote("Tue, Sep 10, 2024 at 10:00 AM", US, reminder_text("KCSC-240902-01", X))}
""",
    outcome="review", review="bulk",
    imitates="one-line reply to our reminder covering the whole request",
    why="'all of the posts' for a 12-item request names none of them",
    items={X[0]: "pending", X[5]: "pending", X[11]: "pending"},
)

case(
    name="x-zendesk-hosted-subdomain",
    **{"from": "legal-kr@xcorp-legal.zendesk.com"}, name_from="X Legal Support",
    date="Fri, 06 Sep 2024 10:30:00 +0900",
    subject="[X Legal Support] Re: " + XSUBJ + " [#77120]",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_TOP}

Your request (77120) has been updated.

Hello,

We have removed {X[2]} for violating the X Rules.

X Legal Support
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from a hosted *.zendesk.com address instead of the platform's domain",
    why="zendesk.com is not an X sender domain, so the statement cannot be trusted automatically",
    items={X[2]: "pending"},
)

case(
    name="tg-hedge-may-have-been",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 08:00:00 +0000",
    subject="Re: [Case #5517823] " + TGSUBJ,
    reply_to_req="req-240903-02",
    body=f"""Hello,

Regarding Case #5517823: it appears that the channel {TG[3]} may already have been deleted by its owner. We will confirm once we have checked our records.

The Telegram Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim note with a hedged finding",
    why="'appears ... may already have been deleted' and 'will confirm' are hedges, not a statement",
    items={TG[3]: "pending"},
)

case(
    name="tg-colleague-forward",
    **{"from": "jy.kim@kcsc.example"}, name_from="Kim Jiyoung",
    date="Mon, 09 Sep 2024 09:12:00 +0900",
    subject="Fwd: Re: [Case #5517823] KCSC-240903-02",
    body=f"""FYI - Telegram's answer came to my own inbox instead of the takedown desk.

---------- Forwarded message ---------
From: Telegram Abuse <abuse@telegram.org>
Date: Sun, 8 Sep 2024 at 22:10
Subject: Re: [Case #5517823] KCSC-240903-02
To: <jy.kim@kcsc.example>

Hello,

The following links have been blocked:
{TG[0]}
{TG[1]}

The Telegram Team
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail forward by a colleague of a platform's answer",
    why="the statement reaches us only inside a forward from a non-platform sender",
    items={TG[0]: "pending", TG[1]: "pending"},
)

case(
    name="yt-bulk-all-videos",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 02:30:00 -0700",
    subject="Re: " + YTSUBJ + " [3-7783000041172]",
    reply_to_req="req-240904-03",
    body="""Hello,

We have reviewed your request and removed all of the videos you reported for violating our Community Guidelines.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="bulk",
    imitates="short YouTube legal reply covering the whole request without URLs",
    why="'all of the videos' for a three-item request names none of them",
    items={YT[0]: "pending", YT[1]: "pending", YT[2]: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터", auth="fail",
    date="Sun, 08 Sep 2024 23:10:00 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 중 아래 2건을 삭제하였습니다.

- {NV[0]}
- {NV[1]}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER result notice failing DKIM/SPF/DMARC",
    why="claims deletion but the sender's authentication failed",
    items={NV[0]: "pending", NV[1]: "pending"},
)

case(
    name="naver-not-our-service",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject="RE: " + KKSUBJ,
    reply_to_req="req-240909-06",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

참조로 수신한 요청 중 {KK[0]} 은 네이버 서비스가 아닌 다음 카페 게시물로, 당사에서 확인 결과 해당 게시물을 찾을 수 없었으며 조치할 수 없습니다.
해당 서비스 운영사로 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal's reply to a request it was copied on, about another company's service",
    why="NAVER speaks about a Daum (Kakao) post; another platform cannot settle that item's status",
    items={KK[0]: "pending"},
)

case(
    name="kakao-promise-after-notice",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 16:20:00 +0900",
    subject="Re: " + KKSUBJ + " [문의번호 #4471203]",
    reply_to_req="req-240909-06",
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 게시물 {KK[0]} 은 게시자에게 소명 기회를 부여한 뒤, 소명 기간(7일)이 지나면 삭제될 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim answer: deletion planned after the poster's explanation period",
    why="'삭제될 예정' is a promise conditioned on a period; the post stays pending",
    items={KK[0]: "pending"},
)

case(
    name="tiktok-asks-legal-basis",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Sat, 07 Sep 2024 11:11:00 +0900",
    subject="Re: " + TKSUBJ + " - Ticket 2409061187",
    reply_to_req="req-240906-05",
    body=f"""Hello,

Thank you for your request regarding {TK[0]}.

To proceed, we need further information: please send the specific provision of Korean law the content violates and, if available, a copy of the Commission's decision. Once we receive it we will review the video again.

Kind regards,
TikTok Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="ticket reply asking for the legal basis before acting",
    why="the platform asks us for documents; nothing is stated about the video",
    items={TK[0]: "pending"},
)

case(
    name="x-portal-change-no-claims",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 09:00:00 +0900",
    subject="Change to how X receives legal requests from Korea",
    body="""Dear partner,

From 1 October 2024, X will accept legal requests from Korean authorities only through our Legal Request Portal at https://legalrequests.x.com/kr. Requests sent by email after that date will receive an automatic reply pointing to the portal.

Open tickets will be answered in their existing threads.

Thank you,
X Legal
""",
    outcome="review", review="no_claims",
    imitates="platform circular about a new legal-request portal",
    why="trusted X mail naming no requested item and no request; the portal link is not an item",
    items={},
)

# ================================================================= ignored
case(
    name="x-zendesk-receipt-with-history",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject="[X Support] Re: " + XSUBJ + " [#08412267]",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-replied"],
    body=f"""{ZD_TOP}

Thanks for contacting X. Your request (08412267) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 10:00 GMT+9

{request_text("KCSC-240902-01")}

This email is a service from X Support. [8K2Q1-ZX9R]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk auto-acknowledgement with the requester's first comment echoed below",
    why="pure receipt: 'received and being reviewed'; the URLs are only our own request echoed",
    items={X[0]: "pending"},
)

case(
    name="naver-receipt-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 10:02:00 +0900",
    subject="[네이버 고객센터] 문의 접수 완료 안내 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409-118823

담당자 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신전용이며, 문의 내역은 고객센터 > 나의 문의내역에서 확인하실 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre 문의 접수 완료 automatic receipt",
    why="receipt with a ticket number, nothing about any item",
    items={},
)

case(
    name="yt-freshdesk-receipt",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 18:01:12 -0700",
    subject="[##3311872##] Ticket received - " + YT1SUBJ,
    reply_to_req="req-240910-07",
    body="""Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a ticket has been created with ID #3311872.

A support representative will review your request and reply as soon as possible. You can view the status of your ticket at any time at https://legal-support.youtube.com/support/tickets/3311872.

Regards,
YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk default 'ticket received' acknowledgement",
    why="pure receipt; the ticket status page is not an item",
    items={},
)

case(
    name="tiktok-out-of-office",
    **{"from": "minji.choi@tiktok.com"}, name_from="Minji Choi",
    date="Fri, 06 Sep 2024 10:00:30 +0900",
    subject="Automatic reply: " + TKSUBJ,
    reply_to_req="req-240906-05",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Hello,

I am out of the office until 23 September with limited access to email. For urgent legal requests please write to legal-kr@tiktok.com.

Best,
Minji
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="kakao-chuseok-auto-reply",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Sat, 14 Sep 2024 09:00:05 +0900",
    subject="[자동응답] 추석 연휴 고객센터 휴무 안내", encode_subject=True,
    reply_to_req="req-240909-06",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, 카카오 고객센터입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 고객센터 상담이 운영되지 않습니다.
연휴 기간 접수된 문의는 9월 19일(목)부터 순차적으로 답변드리겠습니다.

본 메일은 자동 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) automatic reply",
    why="holiday auto-reply, nothing about items",
    items={},
)

bounce_orig = reminder_text("KCSC-240909-06", KK)
case(
    name="kakao-reminder-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Tue, 17 Sep 2024 10:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "B1E2.1726534809/mx.kcsc.example", [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.kcsc.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "<report@kakaocorp.com>: host mx1.kakaocorp.com[203.0.113.25] said: 550 5.1.1\n"
        "    <report@kakaocorp.com>: Recipient address rejected: User unknown\n",
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n\n"
        "Final-Recipient: rfc822; report@kakaocorp.com\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown\n",
        "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\nTo: report@kakaocorp.com\n"
        "Subject: Reminder: KCSC-240909-06 overdue\nDate: Tue, 17 Sep 2024 10:00:00 +0900\n"
        "Message-ID: <reminder.KCSC-240909-06.1@kcsc.example>\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + bounce_orig + "\n"],
        extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for our reminder to a dead address, original reminder attached",
    why="delivery failure report; the URLs are only our own reminder",
    items={KK[0]: "pending"},
)

case(
    name="x-read-receipt",
    **{"from": "jpark@x.com"}, name_from="Jiwon Park",
    date="Tue, 10 Sep 2024 10:21:00 +0900",
    subject="Read: Reminder: KCSC-240902-01 - items past the deadline",
    raw_mime=multipart("report", "mdn-77aa01", [
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Your message\n\n  To: legal@x.com\n  Subject: Reminder: KCSC-240902-01 - items past the deadline\n"
        "  Sent: Tuesday, September 10, 2024 10:00:00 AM (UTC+09:00) Seoul\n\n"
        "was read on Tuesday, September 10, 2024 10:21:00 AM (UTC+09:00) Seoul.\n",
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: x.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822; jpark@x.com\n"
        "Original-Message-ID: <reminder.KCSC-240902-01.1@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n"],
        extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) for our reminder",
    why="read receipt",
    items={},
)


def main():
    write_requests()
    header = ("# blind398: ticket systems and threads. Written by make.py; expected results\n"
              "# written from each email's meaning before any run of the reader.")
    corpuslib.write_set(HERE, "blind398", header, CASES)


if __name__ == "__main__":
    main()
