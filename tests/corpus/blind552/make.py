#!/usr/bin/env python3
"""Blind set 552: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Every email is fictional
and written in our own sentences; expected results come from each email's
meaning alone, written before any run of the reader.

    python3 tests/corpus/blind552/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind552"

# ---------------------------------------------------------------- requests
TG = [
    "https://t.me/moonlit_bazaar/1184",
    "https://t.me/moonlit_bazaar/1191",
    "https://t.me/moonlit_bazaar/1207",
    "https://t.me/greyferry_deals/53",
    "https://t.me/greyferry_deals/61",
    "https://t.me/greyferry_deals/78",
    "https://t.me/quietlantern",
    "https://t.me/quietlantern/402",
    "https://t.me/ashpine_market/2290",
    "https://t.me/ashpine_market/2291",
    "https://t.me/velvetcinder_kr/15",
    "https://t.me/velvetcinder_kr/16",
]
X4 = [
    "https://x.com/rivet_owl/status/1832245178830471209",
    "https://x.com/rivet_owl/status/1832251190044718213",
    "https://x.com/pale_tern_77/status/1832260043318775901",
    "https://x.com/pale_tern_77/status/1832261187720073322",
]
YT3 = [
    "https://www.youtube.com/watch?v=Qe7rT2uLm0A",
    "https://www.youtube.com/watch?v=b8XnW3kPz5s",
    "https://www.youtube.com/shorts/Hn4aV0cJ2yE",
]
NV = [
    "https://blog.naver.com/sunnybrook_77/223581102345",
    "https://blog.naver.com/sunnybrook_77/223581109876",
    "https://cafe.naver.com/pinecones4/88213",
    "https://cafe.naver.com/pinecones4/88240",
    "https://blog.naver.com/mintcloud_lab/223585550012",
]
TISTORY_RAW = "https://ashgrove.tistory.com/entry/할인-쿠폰-모음"
TISTORY = "https://ashgrove.tistory.com/entry/%ED%95%A0%EC%9D%B8-%EC%BF%A0%ED%8F%B0-%EB%AA%A8%EC%9D%8C"
DAUM = "https://cafe.daum.net/redkite22/Abcd/311"
KK = [DAUM, TISTORY]
X1 = "https://x.com/hollowbrim/status/1833002914457788416"
YT1 = "https://www.youtube.com/watch?v=Zt5pL9wQe1k"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note(s)
    ("KCSC-240909-01", "telegram", "2024-09-09T10:30:00+09:00", "2024-09-16T18:00:00+09:00", TG,
     "illegal_trade", {"https://t.me/quietlantern": 'whole channel, "quietlantern", not only post 402'}),
    ("KCSC-240909-02", "x", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00", X4,
     "drug_sale", {}),
    ("KCSC-240910-03", "youtube", "2024-09-10T09:40:00+09:00", "2024-09-17T18:00:00+09:00", YT3,
     "gambling", {}),
    ("KCSC-240910-04", "naver", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", NV,
     "defamation", {}),
    ("KCSC-240911-05", "kakao", "2024-09-11T10:10:00+09:00", "2024-09-18T18:00:00+09:00", KK,
     "gambling", {TISTORY: 'Tistory post titled "할인 쿠폰 모음", path stored percent-encoded'}),
    ("KCSC-240911-06", "x", "2024-09-11T15:20:00+09:00", "2024-09-18T18:00:00+09:00", [X1],
     "threat", {}),
    ("KCSC-240912-07", "youtube", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00", [YT1],
     "gambling", {}),
]


def mid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def rq(ref):
    """reply_to_req value for corpuslib (it adds @kcsc.example)."""
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, notes in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref), notes.get(u, "")])


# ---------------------------------------------------------------- helpers
def gmail_quote(ref, urls, when="Mon, 9 Sep 2024 at 10:30"):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"]
    body = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or block the",
        f"following content (our reference {ref}):",
        "",
    ]
    for i, u in enumerate(urls, 1):
        body.append(f"{i}. {u}")
    body += ["", "Please reply with the result for each URL.", "", "KCSC Takedown desk"]
    return "\n".join(lines + ["> " + b if b else ">" for b in body])


def outlook_quote(ref, urls, sent="Monday, September 9, 2024 2:00 AM", to="legal@x.com"):
    out = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent}",
        f"To: {to}",
        f"Subject: [{ref}] Removal request",
        "",
        "Dear X Legal team,",
        "",
        "Please remove or withhold the following posts, which we have found to be",
        "illegal under Korean law:",
        "",
    ]
    out += urls
    out += ["", "Kind regards,", "KCSC Takedown desk"]
    return "\n".join(out)


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases
C = []


def enc(s):
    """RFC 2047 encoding for non-ASCII display names and subjects, as mail clients send them."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def case(**kw):
    kw["subject"] = enc(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    C.append(kw)


TGF = "abuse@telegram.org"

# 1
case(name="tg-two-removed-one-not-found-one-sentence", date="Thu, 12 Sep 2024 07:41:10 +0000",
     **{"from": TGF}, subject="Re: [KCSC-240909-01] Removal request", reply_to_req=rq("KCSC-240909-01"),
     body="""Hello,

Of the links you sent, https://t.me/moonlit_bazaar/1184 and https://t.me/moonlit_bazaar/1191 were taken down, while https://t.me/moonlit_bazaar/1207 could not be found on Telegram.

We are still looking at the remaining links.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply to a public-content report (short prose)",
     why="one sentence: two taken down, the third could not be found",
     items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"})

# 2
case(name="tg-channel-blocked-and-its-post", date="Thu, 12 Sep 2024 09:02:51 +0000",
     **{"from": TGF}, subject="Re: [KCSC-240909-01] Removal request", reply_to_req=rq("KCSC-240909-01"),
     body="""Hi,

The channel https://t.me/quietlantern has been blocked for violating the Telegram Terms of Service.

The post you also listed, https://t.me/quietlantern/402, was published in that channel and is no longer accessible either.

Regards,
Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply: channel blocked",
     why="channel blocked; its post stated no longer accessible as a consequence",
     items={TG[6]: "removed", TG[7]: "removed"})

# 3
case(name="tg-hedge-in-relative-clause-only", date="Thu, 12 Sep 2024 11:15:00 +0000",
     **{"from": TGF}, subject="Re: [KCSC-240909-01] Removal request", reply_to_req=rq("KCSC-240909-01"),
     body="""Hello,

Regarding KCSC-240909-01: the posts https://t.me/greyferry_deals/53 and https://t.me/greyferry_deals/61, which might already have been taken down by the channel's admins, are being checked by our team.

We'll get back to you once we know more.

Telegram Abuse Team
""",
     outcome="review", review="not_understood",
     imitates="Telegram abuse-desk interim reply",
     why="'taken down' only inside a hedged relative clause; main statement is 'being checked'",
     items={TG[3]: "pending", TG[4]: "pending"})

# 4
case(name="tg-one-blocked-rest-appear-deleted", date="Fri, 13 Sep 2024 06:20:33 +0000",
     **{"from": TGF}, subject="Re: [KCSC-240909-01] Removal request", reply_to_req=rq("KCSC-240909-01"),
     body="""Hello,

https://t.me/greyferry_deals/78 has been blocked.

As for https://t.me/greyferry_deals/53 and https://t.me/greyferry_deals/61, they appear to have been deleted by the channel owner before we got to them, but we have not been able to confirm that yet.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply mixing an action with an unverified observation",
     why="78 blocked; 53 and 61 only 'appear to have been deleted', not confirmed",
     items={TG[5]: "removed", TG[3]: "pending", TG[4]: "pending"})

# 5
case(name="tg-correction-of-yesterday", date="Fri, 13 Sep 2024 08:03:12 +0000",
     **{"from": "m.orlov@telegram.org"}, name_from="Mikhail Orlov (Telegram)",
     subject="Correction: [KCSC-240909-01] Removal request", reply_to_req=rq("KCSC-240909-01"),
     body="""Hello,

In my email yesterday I wrote that https://t.me/velvetcinder_kr/15 had been removed. That was a mistake on my part: our moderators reviewed it and found no breach of the Terms of Service, so that post stays up.

https://t.me/velvetcinder_kr/16 was removed, as I said.

Apologies for the confusion.
Mikhail
Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram staff correcting an earlier reply",
     why="15: earlier 'removed' withdrawn, no breach, stays up; 16 removed",
     items={TG[10]: "rejected", TG[11]: "removed"})

# 6
case(name="tg-numbered-status-on-line-below", date="Fri, 13 Sep 2024 10:44:09 +0000",
     **{"from": TGF}, subject="Re: [KCSC-240909-01] Removal request", reply_to_req=rq("KCSC-240909-01"),
     body="""Results for your report KCSC-240909-01:

1) https://t.me/ashpine_market/2290
   blocked

2) https://t.me/ashpine_market/2291
   no violation found, remains available

3) https://t.me/velvetcinder_kr/16
   not found - the message does not exist

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk itemised result list",
     why="status given on the line under each URL",
     items={TG[8]: "removed", TG[9]: "rejected", TG[11]: "not_found"})

# 7
case(name="tg-hedge-on-reason-and-but-not", date="Sat, 14 Sep 2024 05:12:40 +0000",
     **{"from": TGF}, subject="Re: [KCSC-240909-01] Removal request", reply_to_req=rq("KCSC-240909-01"),
     body="""Hello,

The post https://t.me/moonlit_bazaar/1191, which appears to advertise forged identity documents, has been blocked.

We blocked https://t.me/greyferry_deals/53 but not https://t.me/greyferry_deals/61, which doesn't break our Terms of Service.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply",
     why="hedge qualifies the reason only; 'blocked X but not Y, which doesn't break our ToS'",
     items={TG[1]: "removed", TG[3]: "removed", TG[4]: "rejected"})

# 8
case(name="tg-top-posted-over-gmail-quote", date="Sat, 14 Sep 2024 09:30:00 +0000",
     **{"from": TGF}, subject="Re: [KCSC-240909-01] Removal request", reply_to_req=rq("KCSC-240909-01"),
     body="Thanks for your report. https://t.me/greyferry_deals/61 has been blocked. The other links in "
          "your list are still with our moderators.\n\n-- \nTelegram Abuse Team\n\n"
          + gmail_quote("KCSC-240909-01", TG) + "\n",
     outcome="applied", classification="confirmation",
     imitates="Telegram reply top-posted over the quoted request (Gmail quoting)",
     why="only 61 is stated blocked; the quoted request lists all twelve",
     items={TG[4]: "removed"})

# 9
case(name="tg-report-received-case-number", date="Mon, 9 Sep 2024 02:31:05 +0000",
     **{"from": "no-reply@telegram.org"}, subject="Re: [KCSC-240909-01] Removal request",
     reply_to_req=rq("KCSC-240909-01"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Thank you for your report.

We have received it and registered it as Case #40918722. Our moderators will look into the content you listed and take action if it violates the Telegram Terms of Service.

Please keep the case number in the subject of any follow-up.

This is an automated message.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Telegram automatic report receipt with case number",
     why="pure receipt: case number, promise to look into it",
     items={})

# 10
case(name="tg-all-reported-content-blocked", date="Sun, 15 Sep 2024 12:00:18 +0000",
     **{"from": TGF}, subject="Re: [KCSC-240909-01] Removal request", reply_to_req=rq("KCSC-240909-01"),
     body="""Hello,

All content reported in KCSC-240909-01 has been blocked.

Thank you for helping keep Telegram safe.

Telegram Abuse Team
""",
     outcome="review", review="bulk",
     imitates="Telegram abuse-desk one-line closing reply",
     why="one statement for a twelve-item request, no URL named",
     items={u: "pending" for u in TG})

# 11
case(name="tg-dmarc-fail-claims-blocked", date="Sun, 15 Sep 2024 14:22:09 +0000",
     **{"from": TGF}, auth="fail", subject="Re: [KCSC-240909-01] Removal request",
     reply_to_req=rq("KCSC-240909-01"),
     body="""Hello,

The following content has been blocked:

https://t.me/moonlit_bazaar/1207
https://t.me/ashpine_market/2291
https://t.me/velvetcinder_kr/15

Telegram Abuse Team
""",
     outcome="review", review="untrusted",
     imitates="Telegram abuse-desk reply, failing DMARC",
     why="telegram.org sender fails authentication",
     items={TG[2]: "pending", TG[9]: "pending", TG[10]: "pending"})

# 12
DSN_TG = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-552-tg"

--dsn-552-tg
Content-Type: text/plain; charset=utf-8

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mx-in.telegram.org[203.0.113.25] said: 452 4.2.2
    Mailbox full (in reply to RCPT TO command)

--dsn-552-tg
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Mon, 16 Sep 2024 18:00:02 +0900 (KST)

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 4.2.2
Remote-MTA: dns; mx-in.telegram.org
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--dsn-552-tg
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: [KCSC-240909-01] Removal request
Message-ID: <reminder-240909-01-1@kcsc.example>
Date: Mon, 16 Sep 2024 18:00:00 +0900

Our request KCSC-240909-01 is overdue. The following items are still
online and must be removed:

{chr(10).join(TG[:6])}

--dsn-552-tg--
"""
case(name="tg-reminder-bounced-mailbox-full", date="Mon, 16 Sep 2024 09:00:07 +0000",
     **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender", raw_mime=DSN_TG,
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification with the original reminder attached",
     why="a DSN; the attached reminder's 'removed' wording is ours",
     items={})

# 13
case(name="tg-not-removed-and-does-not-exist", date="Mon, 16 Sep 2024 07:55:31 +0000",
     **{"from": TGF}, subject="Re: [KCSC-240909-01] Removal request", reply_to_req=rq("KCSC-240909-01"),
     body="""Hello,

https://t.me/moonlit_bazaar/1207 has not been removed: our moderators found nothing in it that breaks the Terms of Service.

https://t.me/velvetcinder_kr/15 does not exist; the channel has never had a message with that number.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk refusal with reason",
     why="negated removal with a reason (rejected); a message that never existed (not_found)",
     items={TG[2]: "rejected", TG[10]: "not_found"})

# ---- X
XF = "legal-noreply@x.com"

# 14
case(name="x-withheld-but-other-stays-one-sentence", date="Thu, 12 Sep 2024 01:10:44 +0000",
     **{"from": XF}, subject="Re: [KCSC-240909-02] Removal request", reply_to_req=rq("KCSC-240909-02"),
     body="""Hello,

Thank you for your request. We've withheld https://x.com/rivet_owl/status/1832245178830471209 in South Korea, but https://x.com/rivet_owl/status/1832251190044718213 will remain available because we found that it does not violate the X Rules or Korean law.

We will respond separately about the remaining posts.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email (country withheld)",
     why="one sentence: withheld in KR, and the other stays up with a reason",
     items={X4[0]: "restricted", X4[1]: "rejected"})

# 15
case(name="x-will-be-withheld-once-review-done", date="Thu, 12 Sep 2024 03:41:00 +0000",
     **{"from": XF}, subject="Re: [KCSC-240909-02] Removal request", reply_to_req=rq("KCSC-240909-02"),
     body="""Hello,

We're processing your request. The posts https://x.com/pale_tern_77/status/1832260043318775901 and https://x.com/pale_tern_77/status/1832261187720073322 will be withheld in South Korea once the review by our legal team is complete.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal interim reply",
     why="a promise, conditional on a review; nothing has happened yet",
     items={X4[2]: "pending", X4[3]: "pending"})

# 16
case(name="x-echoed-list-outcome-by-item-number", date="Fri, 13 Sep 2024 02:05:19 +0000",
     **{"from": XF}, subject="Re: [KCSC-240909-02] Removal request", reply_to_req=rq("KCSC-240909-02"),
     body=f"""Hello,

We have reviewed your request KCSC-240909-02.

Reported content:
1. {X4[0]}
2. {X4[1]}
3. {X4[2]}
4. {X4[3]}

Outcome:
Items 1 and 3: withheld in South Korea.
Item 2: we were unable to locate this content.
Item 4: no action taken; the post does not violate the X Rules or applicable local law.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal outcome echoing the reported URLs, outcomes by item number",
     why="statuses given by position in the email's own numbered list",
     items={X4[0]: "restricted", X4[1]: "not_found", X4[2]: "restricted", X4[3]: "rejected"})

# 17
case(name="x-single-item-removed-no-url", date="Fri, 13 Sep 2024 04:30:00 +0000",
     **{"from": XF}, subject="Re: [KCSC-240911-06] Removal request", reply_to_req=rq("KCSC-240911-06"),
     body="""Hello,

Following your request KCSC-240911-06, we have removed the reported post for violating our Violent Speech policy.

You can read the policy here: https://help.x.com/en/rules-and-policies/violent-speech

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X policy-enforcement outcome email",
     why="one-item request, the reported post removed; the policy link is not an item",
     items={X1: "removed"})

# 18
case(name="x-refusal-with-reason", date="Sat, 14 Sep 2024 00:48:27 +0000",
     **{"from": XF}, subject="Re: [KCSC-240909-02] Removal request", reply_to_req=rq("KCSC-240909-02"),
     body="""Hello,

We've reviewed the reported content at https://x.com/pale_tern_77/status/1832260043318775901 and found that it does not violate the X Rules. Based on the information provided, we are also unable to withhold it in South Korea, so it will stay up.

Should a Korean court issue an order concerning this post, you may submit it through https://legalrequests.x.com/ and we will look at it again.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal refusal: no violation, no local-law withholding",
     why="refusal with reasons; the legal-requests page is not an item",
     items={X4[2]: "rejected"})

# 19
case(name="x-lookalike-domain-unknown-sender", date="Sat, 14 Sep 2024 06:12:00 +0000",
     **{"from": "legal-support@x-corp-notices.com"}, name_from="X Legal Support",
     subject="Re: [KCSC-240909-02] Removal request", reply_to_req=rq("KCSC-240909-02"),
     body=f"""Hello,

All four posts in your request have been removed:

{X4[0]}
{X4[1]}
{X4[2]}
{X4[3]}

X Legal Support
""",
     outcome="review", review="unknown_sender",
     imitates="reply from a look-alike domain claiming to be X",
     why="sender domain belongs to no platform",
     items={u: "pending" for u in X4})

# 20
case(name="x-staff-out-of-office", date="Mon, 9 Sep 2024 02:00:41 +0000",
     **{"from": "j.whitcombe@x.com"}, name_from="Jordan Whitcombe",
     subject="Automatic reply: [KCSC-240909-02] Removal request", reply_to_req=rq("KCSC-240909-02"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I'm out of the office until 23 September with limited access to email.

Requests about removal or withholding of posts will be handled when I return. For anything urgent please use the legal request form.

Jordan
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook automatic reply (out of office)",
     why="out-of-office reply",
     items={})

# 21
case(name="x-not-found-youtube-link", date="Sun, 15 Sep 2024 03:33:03 +0000",
     **{"from": XF}, subject="Re: Removal request",
     body="""Hello,

We could not find https://www.youtube.com/watch?v=b8XnW3kPz5s on X. It looks like this link points to another service; please contact that service directly.

X Legal
""",
     outcome="review", review="wrong_platform",
     imitates="X legal reply to a link from another service",
     why="X states a status for a YouTube item",
     items={YT3[1]: "pending"})

# 22
MDN_X = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-552-x"

--mdn-552-x
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: [KCSC-240909-02] Removal request
  Sent: Monday, September 9, 2024 2:00:00 AM (UTC)

was read on Monday, September 9, 2024 4:17:52 AM (UTC).

--mdn-552-x
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal@x.com
Original-Message-ID: <req-240909-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-552-x--
"""
case(name="x-read-receipt", date="Mon, 9 Sep 2024 04:17:53 +0000",
     **{"from": "legal@x.com"}, subject="Read: [KCSC-240909-02] Removal request",
     raw_mime=MDN_X,
     outcome="ignored", classification="read_receipt",
     imitates="Exchange read receipt (MDN)",
     why="message disposition notification only",
     items={})

# 23
case(name="x-outlook-top-reply-wrapped-url", date="Mon, 16 Sep 2024 01:20:14 +0000",
     **{"from": "dana.kim@x.com"}, name_from="Dana Kim",
     subject="RE: [KCSC-240909-02] Removal request", reply_to_req=rq("KCSC-240909-02"),
     body="Hi,\n\nBoth pale_tern_77 posts in your request are now withheld in South Korea:\n"
          "https://x.com/pale_tern_77/status/1832260043318775901\n"
          "https://x.com/pale_tern_77/status/\n1832261187720073322\n\n"
          "Best,\nDana Kim | Legal Operations, X\n\n" + outlook_quote("KCSC-240909-02", X4) + "\n",
     outcome="applied", classification="confirmation",
     imitates="X staff reply in Outlook over the original request, second URL wrapped by the mail client",
     why="both pale_tern_77 posts withheld in KR; the quoted request is not a statement",
     items={X4[2]: "restricted", X4[3]: "restricted"})

# 24
case(name="x-withheld-then-removed-globally", date="Tue, 17 Sep 2024 05:00:00 +0000",
     **{"from": XF}, subject="Re: [KCSC-240909-02] Removal request", reply_to_req=rq("KCSC-240909-02"),
     body="""Hello,

On 12 September we withheld https://x.com/rivet_owl/status/1832251190044718213 in South Korea in response to your request. Following a further review, the post has since been removed globally for violating the X Rules.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal follow-up escalating a country withholding to a removal",
     why="the later sentence supersedes the earlier withholding: removed",
     items={X4[1]: "removed"})

# ---- YouTube
YTF = "legal-support-noreply@google.com"

# 25
case(name="yt-three-outcomes-one-sentence", date="Thu, 12 Sep 2024 06:30:00 +0000",
     **{"from": YTF}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240910-03] Legal removal request", reply_to_req=rq("KCSC-240910-03"),
     body="""Hello,

Thank you for your legal request (KCSC-240910-03). After review, we have blocked https://www.youtube.com/watch?v=Qe7rT2uLm0A from view in South Korea based on local law, age-restricted https://www.youtube.com/shorts/Hn4aV0cJ2yE, and decided not to take action on https://www.youtube.com/watch?v=b8XnW3kPz5s, as it does not violate our Community Guidelines and we found no sufficient basis to restrict it under local law.

Regards,
The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube/Google legal removal outcome (local-law block)",
     why="one sentence: blocked in KR, age-restricted, no action with reason",
     items={YT3[0]: "restricted", YT3[2]: "restricted", YT3[1]: "rejected"})

# 26
case(name="yt-actioned-url-in-angle-brackets", date="Thu, 12 Sep 2024 08:11:19 +0000",
     **{"from": YTF}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240910-03] Legal removal request", reply_to_req=rq("KCSC-240910-03"),
     body="""Hello,

Following our review, the following content has been actioned under our policies:

  <https://www.youtube.com/watch?v=b8XnW3kPz5s>

The other URLs in your notice remain under review. For more on how we handle such content, see <https://support.google.com/youtube/answer/2801939>.

The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube 'actioned under our policies' notice",
     why="configured phrase, URL in angle brackets; help-centre link is not an item",
     items={YT3[1]: "removed"})

# 27
case(name="yt-table-says-blocked-note-says-no-action", date="Fri, 13 Sep 2024 02:40:00 +0000",
     **{"from": YTF}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240912-07] Legal removal request", reply_to_req=rq("KCSC-240912-07"),
     type="html",
     body=f"""<html><body>
<p>Hello,</p>
<p>Please find the outcome of your request KCSC-240912-07 below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{YT1}</td><td>Blocked</td><td>South Korea</td></tr>
</table>
<p>Reviewer note: no action was taken on this video; it remains available in all regions.</p>
<p>The YouTube Legal Team</p>
</body></html>
""",
     outcome="review", review="conflicting_statements",
     imitates="Google legal outcome table with a free-text reviewer note",
     why="the table says blocked in KR, the note says no action; nothing tells which is right",
     items={YT1: "pending"})

# 28
case(name="yt-conditional-and-under-review", date="Fri, 13 Sep 2024 07:07:07 +0000",
     **{"from": YTF}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240910-03] Legal removal request", reply_to_req=rq("KCSC-240910-03"),
     body="""Hello,

We have notified the uploader. If the uploader does not remove or edit the video within 7 days, https://www.youtube.com/watch?v=Qe7rT2uLm0A will be removed.

https://www.youtube.com/shorts/Hn4aV0cJ2yE has been escalated to a specialised team and is under review.

The YouTube Legal Team
""",
     outcome="review", review="not_understood",
     imitates="YouTube legal interim reply (uploader notified)",
     why="a condition and 'under review': no status for either URL",
     items={YT3[0]: "pending", YT3[2]: "pending"})

# 29
case(name="yt-single-item-blocked-kr-no-url", date="Fri, 13 Sep 2024 09:20:00 +0000",
     **{"from": YTF}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240912-07] Legal removal request", reply_to_req=rq("KCSC-240912-07"),
     body="""Hello,

Thanks for reaching out. In response to request KCSC-240912-07, we have blocked the reported video from view in South Korea, based on local law.

The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube local-law block notice",
     why="one-item request; sole statement, restricted in KR",
     items={YT1: "restricted"})

# 30
YT_B64_TEXT = f"""Hi KCSC team,

Update on KCSC-240910-03:

{YT3[1]} - removed for violating our spam, deceptive practices and scams policy.
{YT3[2]} - no longer available: the channel that uploaded it was terminated on 14 September.
{YT3[0]} - still being reviewed.

Thanks,
YouTube Legal Support
"""
case(name="yt-base64-per-url-lines", date="Sat, 14 Sep 2024 03:00:00 +0000",
     **{"from": YTF}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240910-03] Legal removal request", reply_to_req=rq("KCSC-240910-03"),
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(YT_B64_TEXT),
     outcome="applied", classification="confirmation",
     imitates="Google support reply sent base64-encoded",
     why="removed; unavailable because the channel was terminated; third still under review",
     items={YT3[1]: "removed", YT3[2]: "removed", YT3[0]: "pending"})

# 31
case(name="yt-automated-request-received", date="Tue, 10 Sep 2024 00:41:30 +0000",
     **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
     subject="[4-8817000033145] We've received your request (KCSC-240910-03)",
     reply_to_req=rq("KCSC-240910-03"), extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

This is an automated message to confirm that we've received your legal removal request KCSC-240910-03. Your reference number is 4-8817000033145.

Our team will review the content you reported and respond as soon as possible. There's no need to reply to this email.

Google Legal Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal-request automatic receipt",
     why="receipt with reference number only",
     items={})

# 32
case(name="yt-asks-for-law-and-court-order", date="Sat, 14 Sep 2024 08:15:00 +0000",
     **{"from": YTF}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240910-03] Legal removal request", reply_to_req=rq("KCSC-240910-03"),
     body="""Hello,

To help us process your request concerning https://www.youtube.com/watch?v=Qe7rT2uLm0A, please reply with the specific provision of Korean law that the video violates and, if one exists, a copy of the court order. We are unable to proceed until we receive this information.

The YouTube Legal Team
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Google legal request for more information",
     why="asks for the legal basis before acting",
     items={YT3[0]: "pending"})

# 33
case(name="yt-backlog-notice-no-item", date="Sun, 15 Sep 2024 01:00:00 +0000",
     **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
     subject="Update on response times for government removal requests",
     body="""Dear partner,

We are currently receiving a higher volume of government removal requests than usual. Responses may take up to 10 business days. We appreciate your patience.

You can read about how we handle these requests at https://support.google.com/legal/answer/3110420.

Google Legal Support
""",
     outcome="review", review="no_claims",
     imitates="Google general service notice to government reporters",
     why="trusted platform mail naming no item and no request",
     items={})

# ---- NAVER
NVF = "inoti@navercorp.com"

# 34
case(name="naver-three-statuses-one-sentence-particles", date="Thu, 12 Sep 2024 02:10:00 +0000",
     **{"from": NVF}, name_from="네이버 게시중단 담당",
     subject="Re: [KCSC-240910-04] 게시중단 요청", reply_to_req=rq("KCSC-240910-04"),
     body=f"""안녕하세요, 네이버 게시중단 담당자입니다.

요청하신 게시물 중 {NV[0]}는 삭제하였고, {NV[1]} 은 임시조치(30일)하였으며, {NV[3]}은 작성자가 이미 삭제한 게시물이라 확인되지 않습니다.

나머지 게시물은 검토 후 다시 안내드리겠습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 처리 결과 회신 (prose, Korean particles after URLs)",
     why="one sentence: 삭제 / 임시조치 / already deleted by its author",
     items={NV[0]: "removed", NV[1]: "restricted", NV[3]: "not_found"})

# 35
NV_TABLE = f"""<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>방송통신심의위원회 요청(KCSC-240910-04)에 대한 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>삭제</td></tr>
<tr><td>2</td><td>{NV[1]}</td><td>접속차단(국내)</td></tr>
<tr><td>3</td><td>{NV[2]}</td><td>삭제</td></tr>
<tr><td>4</td><td>{NV[3]}</td><td>게시물 없음</td></tr>
<tr><td>5</td><td>{NV[4]}</td><td>검토중</td></tr>
</table>
<p>※ 정정 안내: 위 표 3번({NV[2]})의 조치결과가 '삭제'로 잘못 기재되었습니다. 해당 게시물은 삭제가 아닌 임시조치(30일) 되었습니다.</p>
<p>감사합니다.<br>네이버 권리보호센터</p>
</body></html>
"""
case(name="naver-table-corrected-by-note", date="Fri, 13 Sep 2024 01:30:00 +0000",
     **{"from": NVF}, name_from="네이버 권리보호센터",
     subject="[네이버] 시정요구 조치결과 안내 (KCSC-240910-04)", reply_to_req=rq("KCSC-240910-04"),
     type="html", body=NV_TABLE,
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 table with a correction note",
     why="table statuses; the note explicitly corrects row 3 from 삭제 to 임시조치",
     items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "restricted", NV[3]: "not_found",
            NV[4]: "pending"})

# 36
case(name="naver-will-be-taken-down-promise", date="Fri, 13 Sep 2024 05:45:00 +0000",
     **{"from": NVF}, name_from="네이버 게시중단 담당",
     subject="Re: [KCSC-240910-04] 게시중단 요청", reply_to_req=rq("KCSC-240910-04"),
     body=f"""안녕하세요.

신고해 주신 {NV[2]}, {NV[3]} 게시물은 운영정책 위반 소지가 있어 담당 부서 검토 후 게시중단 처리될 예정입니다.

처리가 완료되면 다시 안내드리겠습니다.

네이버 게시중단 담당
""",
     outcome="review", review="not_understood",
     imitates="NAVER interim reply (처리 예정)",
     why="'게시중단 처리될 예정' is a promise after a review",
     items={NV[2]: "pending", NV[3]: "pending"})

# 37
case(name="naver-refusal-negated-takedown-and-blind", date="Sat, 14 Sep 2024 00:20:00 +0000",
     **{"from": NVF}, name_from="네이버 게시중단 담당",
     subject="Re: [KCSC-240910-04] 게시중단 요청", reply_to_req=rq("KCSC-240910-04"),
     body=f"""안녕하세요, 네이버 게시중단 담당자입니다.

검토 결과, {NV[4]} 게시물에서는 관련 법령 및 네이버 운영정책 위반 사항이 확인되지 않아 게시중단 조치를 하지 않았습니다. 해당 게시물은 현재 정상 게시 상태입니다.

한편 {NV[1]} 게시물은 블라인드 처리하였습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 검토 결과 (refusal with reason)",
     why="'게시중단 조치를 하지 않았습니다' with its reason is a refusal; the other is 블라인드",
     items={NV[4]: "rejected", NV[1]: "removed"})

# 38
NV_CSV = "\ufeffURL,처리결과,처리일\n" + "\n".join([
    f"{NV[0]},삭제,2024-09-13",
    f"{NV[1]},임시조치(30일),2024-09-13",
    f"{NV[2]},비공개 처리,2024-09-13",
    f"{NV[3]},게시물 없음,",
    f"{NV[4]},검토중,",
]) + "\n"
NV_CSV_MIME = f"""Content-Type: multipart/mixed; boundary="nv-552-csv"

--nv-552-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 요청하신 건(KCSC-240910-04)의 처리 결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

네이버 게시중단 담당

--nv-552-csv
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240910-04.csv"
Content-Disposition: attachment; filename="result_KCSC-240910-04.csv"
Content-Transfer-Encoding: base64

{b64(NV_CSV)}
--nv-552-csv--
"""
case(name="naver-csv-attachment-results", date="Sat, 14 Sep 2024 02:00:00 +0000",
     **{"from": NVF}, name_from="네이버 게시중단 담당",
     subject="Re: [KCSC-240910-04] 게시중단 요청 처리 결과", reply_to_req=rq("KCSC-240910-04"),
     raw_mime=NV_CSV_MIME,
     outcome="applied", classification="confirmation",
     imitates="NAVER result sheet sent as a CSV attachment",
     why="CSV rows: 삭제, 임시조치, 비공개 처리, 게시물 없음, 검토중",
     items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "removed", NV[3]: "not_found",
            NV[4]: "pending"})

# 39
case(name="naver-receipt-number", date="Tue, 10 Sep 2024 05:02:00 +0000",
     **{"from": "noreply@navercorp.com"}, name_from="네이버 고객센터",
     subject="[네이버] 게시중단 요청이 접수되었습니다", reply_to_req=rq("KCSC-240910-04"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""안녕하세요. 네이버 고객센터입니다.

요청하신 게시중단 요청(KCSC-240910-04)이 정상적으로 접수되었습니다.
접수번호: NV-20240910-55821

담당자가 확인한 후 처리 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER 게시중단 요청 접수 안내 (automatic receipt)",
     why="receipt only; '게시중단' names the request, not an action",
     items={})

# 40
case(name="naver-cafe-manager-gmail", date="Sat, 14 Sep 2024 11:40:00 +0000",
     **{"from": "pinecone.cafe.mgr@gmail.com"}, name_from="솔방울4 카페 매니저",
     subject="Re: [KCSC-240910-04] 게시중단 요청",
     body=f"""안녕하세요 솔방울4 카페 매니저입니다.

네이버에서 전달받은 요청 보고 {NV[2]} 글은 제가 삭제했습니다.
{NV[3]} 은 이미 없는 글이에요.

앞으로 카페 관리 더 신경 쓰겠습니다.
""",
     outcome="review", review="unknown_sender",
     imitates="a cafe manager (not the platform) writing from a personal address",
     why="gmail.com is no platform's sender domain",
     items={NV[2]: "pending", NV[3]: "pending"})

# 41
NV_QP_TEXT = f"""안녕하세요, 네이버 게시중단 담당자입니다.

아래 게시물은 운영정책 위반으로 게시중단(삭제) 처리되었습니다.
{NV[4]}

아래 게시물은 명예훼손 여부를 판단할 근거가 부족하여 별도 조치하지 않았습니다.
{NV[3]}

감사합니다.
"""
case(name="naver-qp-statement-above-url", date="Sun, 15 Sep 2024 00:30:00 +0000",
     **{"from": NVF}, name_from="네이버 게시중단 담당",
     subject="Re: [KCSC-240910-04] 게시중단 요청", reply_to_req=rq("KCSC-240910-04"),
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
              + qp(NV_QP_TEXT),
     outcome="applied", classification="confirmation",
     imitates="NAVER reply, quoted-printable, statement on the line above each URL",
     why="삭제 for the first URL; refusal with reason for the second",
     items={NV[4]: "removed", NV[3]: "rejected"})

# 42
NV_QUOTE = "\n".join([
    "2024년 9월 10일 (화) 오후 2:00, KCSC 게시중단 <takedown@kcsc.example>님이 작성:",
    "> 네이버 담당자님께,",
    ">",
    "> 방송통신심의위원회는 아래 게시물에 대한 게시중단을 요청합니다 (KCSC-240910-04).",
    ">",
] + [f"> {i}. {u}" for i, u in enumerate(NV, 1)] + [
    ">",
    "> 각 게시물별 처리 결과를 회신해 주시기 바랍니다.",
])
case(name="naver-results-by-number-over-quote", date="Mon, 16 Sep 2024 01:15:00 +0000",
     **{"from": "j.park@navercorp.com"}, name_from="박지은",
     subject="Re: [KCSC-240910-04] 게시중단 요청", reply_to_req=rq("KCSC-240910-04"),
     body="""안녕하세요, 네이버 게시중단 담당 박지은입니다.
아래 요청 건 처리 결과 안내드립니다.

- 1번, 2번 게시물: 삭제
- 3번 게시물: 임시조치(30일)
- 4번 게시물: 해당 URL의 게시물이 존재하지 않음
- 5번 게시물: 검토 중 (결과 나오는 대로 회신드리겠습니다)

감사합니다.

""" + NV_QUOTE + "\n",
     outcome="applied", classification="confirmation",
     imitates="NAVER staff reply giving results by number over the quoted, numbered request",
     why="statuses by position in our own numbered request quoted below",
     items={NV[0]: "removed", NV[1]: "removed", NV[2]: "restricted", NV[3]: "not_found",
            NV[4]: "pending"})

# ---- Kakao
KKF = "report@kakaocorp.com"

# 43
case(name="kakao-fullwidth-brackets-korean-url", date="Thu, 12 Sep 2024 04:00:00 +0000",
     **{"from": KKF}, name_from="카카오 권리침해 신고센터",
     subject="Re: [KCSC-240911-05] 게시물 삭제 요청", reply_to_req=rq("KCSC-240911-05"),
     body=f"""안녕하세요. 카카오 권리침해 신고센터입니다.
요청번호 KCSC-240911-05 관련 처리 결과를 안내드립니다.

① 티스토리 게시글（{TISTORY_RAW}）은 운영정책(불법 정보) 위반으로 비공개 처리되었습니다.
② 다음카페 게시글 {DAUM}：작성자가 이미 삭제하여 존재하지 않는 게시글입니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao/Daum 권리침해 신고 처리 결과 (full-width punctuation, raw Korean path)",
     why="비공개 처리 (removed); already deleted by its author (not_found)",
     items={TISTORY: "removed", DAUM: "not_found"})

# 44
case(name="kakao-hedge-on-reason-temporary-measure", date="Fri, 13 Sep 2024 03:30:00 +0000",
     **{"from": KKF}, name_from="카카오 권리침해 신고센터",
     subject="Re: [KCSC-240911-05] 게시물 삭제 요청", reply_to_req=rq("KCSC-240911-05"),
     body=f"""안녕하세요. 카카오 권리침해 신고센터입니다.

요청하신 2건 중, 불법 도박 광고로 보이는 다음카페 게시글 {DAUM} 은 임시조치(30일)하였습니다.
티스토리 게시글 {TISTORY_RAW} 은 이미 삭제된 것으로 보이나, 현재 확인 중입니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 임시조치 안내",
     why="hedge ('보이는') qualifies the reason, the 임시조치 is stated; the Tistory post only 'seems' deleted",
     items={DAUM: "restricted", TISTORY: "pending"})

# 45
DSN_KK = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-552-kk"

--dsn-552-kk
Content-Type: text/plain; charset=utf-8

메일 전송에 실패하였습니다. / Delivery has failed to these recipients.

<policy@kakaocorp.com>
수신자 주소를 찾을 수 없습니다. (550 5.1.1 User unknown)

--dsn-552-kk
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.daum.net

Final-Recipient: rfc822; policy@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-552-kk
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy@kakaocorp.com
Subject: {enc("[KCSC-240911-05] 게시물 삭제 요청")}
Message-ID: <req-240911-05@kcsc.example>
Date: Wed, 11 Sep 2024 10:10:00 +0900

--dsn-552-kk--
"""
case(name="kakao-request-bounced-user-unknown", date="Wed, 11 Sep 2024 01:10:09 +0000",
     **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery Subsystem",
     subject="[전송실패] [KCSC-240911-05] 게시물 삭제 요청", raw_mime=DSN_KK,
     outcome="ignored", classification="bounce",
     imitates="Daum mail server delivery failure report (DSN)",
     why="a DSN about our own request",
     items={})


HEADER = """# Blind set 552 (tests/corpus/blind552/): what a program gets wrong.
# Written by tests/corpus/blind552/make.py from each email's meaning alone,
# before any run of the reader. See NOTES.md.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
