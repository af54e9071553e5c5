#!/usr/bin/env python3
"""Blind set 276: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted by a note, statuses given by position (a heading over a
list). Written from each email's meaning, before any run of the reader.

    python3 tests/corpus/blind276/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
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

SET = "blind276"

# --------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)
MID = {r: "req." + r.lower() + ".b276" for r in (R1, R2, R3, R4, R5, R6, R7)}

T1 = "https://t.me/moonlit_bazaar/101"
T2 = "https://t.me/moonlit_bazaar/102"
T3 = "https://t.me/moonlit_bazaar/107"
T4 = "https://t.me/graywharf_deals/15"
T5 = "https://t.me/graywharf_deals/16"
T6 = "https://t.me/pinecone_relay/880"
T7 = "https://t.me/pinecone_relay/881"
T8 = "https://t.me/lanternfox_market"
T9 = "https://t.me/lanternfox_market/42"
T10 = "https://t.me/ferrydust/9"
T11 = "https://t.me/ferrydust/10"
T12 = "https://t.me/owlstone_hub/3301"
TG = [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12]

X1 = "https://x.com/coldriver_kr/status/1831200000000000101"
X2 = "https://x.com/coldriver_kr/status/1831200000000000102"
X3 = "https://x.com/amber_tollgate/status/1831255500000000017"
X4 = "https://x.com/nightjar_deals"
X5 = "https://x.com/saltmarsh_88/status/1831300000000000444"
X6 = "https://x.com/quietloom/status/1833000000000000606"
X7 = "https://x.com/quietloom/status/1833000000000000607"

Y1 = "https://www.youtube.com/watch?v=Rk7pQ2mZx0A"
Y2 = "https://www.youtube.com/watch?v=b3VnL9tWq5E"
Y3 = "https://www.youtube.com/shorts/Hd8sKe1uYtQ"
Y4 = "https://www.youtube.com/@glasskettle_tv"
Y5 = "https://www.youtube.com/watch?v=Zp0cWm4Ja9s"

N1 = "https://blog.naver.com/dalbit_story/223560011223"
N2 = "https://cafe.naver.com/pinegrove/55012"
N3 = "https://cafe.naver.com/pinegrove/%EC%9E%A5%ED%84%B0/55013"
N3_RAW = "https://cafe.naver.com/pinegrove/장터/55013"
N4 = "https://blog.naver.com/haneul_walk/223561234567"

K1 = "https://cafe.daum.net/moonpond/Xk2a/2207"
K2 = "https://cafe.daum.net/moonpond/%EC%9E%90%EC%9C%A0/2210"
K2_RAW = "https://cafe.daum.net/moonpond/자유/2210"
K3 = "https://cafe.daum.net/starlitpier/Ar9f/118"

REQUESTS = [
    (R1, "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", TG,
     "illegal_goods", "channels selling prescription drugs"),
    (R2, "x", "2024-09-04T10:30:00+09:00", "2024-09-11T23:59:59+09:00", [X1, X2, X3, X4, X5],
     "gambling", ""),
    (R3, "youtube", "2024-09-05T09:00:00+09:00", "2024-09-12T23:59:59+09:00", [Y1, Y2, Y3, Y4],
     "dangerous_acts", ""),
    (R4, "naver", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00", [N1, N2, N3, N4],
     "illegal_goods", "Korean path in item 3"),
    (R5, "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", [K1, K2, K3],
     "obscenity", "Korean path in item 2"),
    (R6, "x", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00", [X6, X7],
     "defamation", ""),
    (R7, "youtube", "2024-09-11T09:30:00+09:00", "2024-09-18T23:59:59+09:00", [Y5],
     "dangerous_acts", "one item"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])


# --------------------------------------------------------------- MIME helpers
def b64(text):
    s = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def single(ctype, cte, payload):
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n"
            f"{payload.strip(chr(10))}\n")


def multipart(kind, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def part(ctype, cte, payload, disp=None):
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    if disp:
        head.append(f"Content-Disposition: {disp}")
    return "\n".join(head) + "\n\n" + payload.strip("\n") + "\n"


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

cases = []


def case(**kw):
    cases.append(kw)


# =============================================================== APPLIED
case(
    name="tg-blocked-and-gone-one-sentence",
    from_="abuse@telegram.org", date="Wed, 04 Sep 2024 07:05:12 +0000",
    subject=f"Re: {R1} Report of illegal content", reply_to_req=MID[R1],
    body=f"""
Hello,

Thank you for your report regarding {R1}.

Our moderators blocked {T1} and {T2} on all Telegram apps, whereas {T3} could not be found, as the message had already been deleted by the channel admin.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in prose",
    why="one sentence: two links blocked everywhere (removed), a third already deleted by its admin (not_found)",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    from_="abuse@telegram.org", date="Thu, 05 Sep 2024 09:41:00 +0000",
    subject=f"Your report {R1}",
    body=f"""
Dear KCSC team,

Re: {R1}

The message {T4}, which may also have been forwarded to other chats, has been removed.

The message {T5}, which appears to be a copy of the first one, is still with our moderators and we will let you know the outcome.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, one paragraph per link",
    why="the hedge sits in a relative clause, the main verb of the first is 'has been removed'; the second is still under review",
    items={T4: "removed", T5: "pending"},
)

case(
    name="tg-earlier-refusal-reversed",
    from_="legal@telegram.org", date="Mon, 09 Sep 2024 13:20:44 +0000",
    subject=f"Re: {R1} – second review",
    body=f"""
Hello,

Regarding your report {R1}:

On 5 September we told you that {T9} did not violate our Terms of Service. Our legal team has since looked at it again, together with the court decision you sent, and that decision has been reversed: the message has now been taken down.

The channel {T8} itself stays up. Apart from this one message it contains ordinary product listings that are not against our Terms of Service.

Best regards,
Telegram Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram legal follow-up after a second review",
    why="the earlier 'did not violate' is revised by the next sentence (taken down); the channel stays up with a reason (rejected)",
    items={T9: "removed", T8: "rejected"},
)

case(
    name="tg-negation-and-reason",
    from_="abuse@telegram.org", date="Fri, 06 Sep 2024 11:02:31 +0000",
    subject=f"Re: {R1}", reply_to_req=MID[R1],
    body=f"""
Hi,

We did not remove {T10}. The post is a news article about the court case, quoting the prosecutor's statement, and it does not break our Terms of Service or local law.

{T11}, on the other hand, was not a news article; it offered the goods for sale and has been deleted.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply declining one link with its reason",
    why="'did not remove' with a reason is a refusal (rejected); the second link 'was not a news article' but 'has been deleted' (removed)",
    items={T10: "rejected", T11: "removed"},
)

case(
    name="tg-numbered-result-below-link",
    from_="abuse@telegram.org", date="Fri, 06 Sep 2024 16:45:03 +0000",
    subject=f"{R1}: result of your report",
    body=f"""
Your report {R1} has been processed. Result per link:

1. {T1}
   Result: blocked for all users
2. {T4}
   Result: link not found
3. {T8}
   Result: channel restricted in South Korea
4. {T12}
   Result: no violation found, no action taken

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram ticket-system result list",
    why="each link's status is on the line below it",
    items={T1: "removed", T4: "not_found", T8: "restricted", T12: "rejected"},
)

CSV_ROWS = [
    (T1, "removed"), (T2, "removed"), (T3, "not found"), (T4, "removed"),
    (T5, "removed"), (T6, "restricted (KR)"), (T7, "no violation"), (T8, "removed"),
    (T9, "removed"), (T10, "not found"), (T11, "removed"), (T12, "removed"),
]
csv_text = "no,link,action,date\n" + "".join(
    f"{i},{u},{a},2024-09-07\n" for i, (u, a) in enumerate(CSV_ROWS, 1))
case(
    name="tg-csv-with-correcting-note",
    from_="legal@telegram.org", date="Sat, 07 Sep 2024 08:12:09 +0000",
    subject=f"{R1} outcome (attachment)", reply_to_req=MID[R1],
    raw_mime=multipart("mixed", "tg-b276-csv-01", [
        part("text/plain; charset=utf-8", "8bit", f"""
Hello,

Please find attached the outcome for each link in your report {R1}.

One correction to the sheet: row 12 ({T12}) is marked "removed" by mistake. That message has not been removed; after review it was found not to violate our Terms of Service and it remains available.

Telegram Legal
"""),
        part('text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"', "base64", b64(csv_text),
             'attachment; filename="KCSC-240903-01_outcome.csv"'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Telegram legal reply with a CSV of outcomes",
    why="the CSV gives all twelve; the body explicitly corrects row 12 (not removed, no violation, stays up)",
    items={T1: "removed", T2: "removed", T3: "not_found", T4: "removed", T5: "removed",
           T6: "restricted", T7: "rejected", T8: "removed", T9: "removed", T10: "not_found",
           T11: "removed", T12: "rejected"},
)

case(
    name="tg-angle-bracket-link-below-statement",
    from_="abuse@telegram.org", date="Sat, 07 Sep 2024 10:30:00 +0000",
    subject=f"Re: {R1}", reply_to_req=MID[R1],
    body=f"""
Hello,

The following message has been removed from Telegram:
<{T12}>

The following message could not be located. The link seems to point to a message number that was never used in that channel:
<{T10}>

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, statement line then link",
    why="the statement stands on the line above each link; 'seems' hedges only the explanation, 'could not be located' is plain",
    items={T12: "removed", T10: "not_found"},
)

case(
    name="tg-echoed-report-then-decision",
    from_="dsa@telegram.org", date="Sun, 08 Sep 2024 05:55:17 +0000",
    subject=f"Decision on your notice {R1}",
    body=f"""
---------- Your notice ----------
Reference: {R1}
Links:
{T6}
{T7}
Category: sale of illegal goods
---------------------------------

Decision:
- {T6}: blocked. It is no longer visible to anyone.
- {T7}: not actioned. The message advertises a product that is legal to sell and is within our Terms of Service.

You can appeal this decision through https://telegram.org/dsa/appeal.

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style decision echoing the notice",
    why="the echoed notice lists links without statuses; the decision blocks one everywhere and declines the other with a reason",
    items={T6: "removed", T7: "rejected"},
)

case(
    name="tg-promise-then-done",
    from_="abuse@telegram.org", date="Mon, 09 Sep 2024 06:14:50 +0000",
    subject=f"Re: {R1} follow-up", reply_to_req=MID[R1],
    body=f"""
Hello,

Following up on our message of 6 September: we said then that {T2} would be removed once our moderators had confirmed the violation. They have now confirmed it, and the message was removed this morning.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk follow-up",
    why="the earlier promise is reported, the later sentence says the message was removed",
    items={T2: "removed"},
)

case(
    name="x-withheld-and-removed-one-sentence",
    from_="legal@x.com", date="Thu, 05 Sep 2024 18:03:27 +0000",
    subject=f"Re: {R2} Legal request", reply_to_req=MID[R2],
    body=f"""
Hello,

We have reviewed your request ({R2}). {X1} has been withheld in South Korea, and {X2} has been removed globally for violating the X Rules.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome (country withheld content)",
    why="one sentence, two statuses: withheld in Korea (restricted) and removed globally (removed)",
    items={X1: "restricted", X2: "removed"},
)

case(
    name="x-suspension-and-refusal-with-reason",
    from_="noreply@x.com", name_from="X Safety", date="Fri, 06 Sep 2024 02:40:11 +0000",
    subject=f"Your report {R2}",
    body=f"""
Hello,

Thank you for your report. Our team reviewed the reported content and has taken the following action:

The account {X4} has been suspended for violating our rules on illegal or certain regulated goods and services.

We have not taken action on {X3}. The post is commentary on a news event, and we did not find it to violate the X Rules or Korean law as described in your request.

Learn more about our rules: https://help.x.com/en/rules-and-policies/x-rules

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X safety report outcome",
    why="suspended account (removed); 'have not taken action' with the reason (rejected); the rules link is no item",
    items={X4: "removed", X3: "rejected"},
)

case(
    name="x-statuses-by-heading",
    from_="legal@x.com", date="Fri, 06 Sep 2024 22:10:00 +0000",
    subject=f"{R2} – outcome",
    body=f"""
Hello,

Re: {R2}

Withheld in KR:
{X1}
{X2}

Not found (deleted or never existed):
{X5}

No action (no violation of the X Rules or local law):
{X3}

Regards,
X Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome grouped under headings",
    why="each link takes the status of the heading above it",
    items={X1: "restricted", X2: "restricted", X5: "not_found", X3: "rejected"},
)

case(
    name="x-top-posted-over-gmail-quote",
    from_="legal@x.com", date="Wed, 11 Sep 2024 08:19:40 +0000",
    subject=f"Re: [{R6}] Request for removal", reply_to_req=MID[R6],
    body=f"""
Hi,

{X6} is now withheld in the Republic of Korea. {X7} had already been deleted by the account holder before we reviewed it.

X Legal

On Tue, Sep 10, 2024 at 3:02 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under our request {R6} we ask you to remove the following posts:
> 1. {X6}
> 2. {X7}
>
> Please reply by 17 September 2024.
> KCSC
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply top-posted over the quoted request (Gmail style)",
    why="top part: withheld in Korea (restricted) and deleted by its author (not_found); the quote below asks, states nothing",
    items={X6: "restricted", X7: "not_found"},
)

case(
    name="x-ack-phrase-then-statements",
    from_="noreply@x.com", name_from="X Support", date="Sat, 07 Sep 2024 01:12:55 +0000",
    subject=f"Case 0907-KR-5521 ({R2})",
    body=f"""
Hello,

We've received your report and opened case 0907-KR-5521.

We have already reviewed it: the account {X4} has been suspended, and {X5} has been withheld in South Korea.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support case opening that already carries the outcome",
    why="a receipt phrase followed by plain statements is not a mere acknowledgement",
    items={X4: "removed", X5: "restricted"},
)

case(
    name="yt-removed-and-age-restricted",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:33:18 +0000",
    subject=f"Re: [{R3}] Removal request", reply_to_req=MID[R3],
    body=f"""
Hello,

Thanks for your notice {R3}. {Y1} has been removed for violating our Community Guidelines; {Y2}, which we reviewed under our policy on harmful or dangerous content, was age-restricted rather than removed.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome",
    why="one sentence: removed, then 'age-restricted rather than removed' (restricted, not removed)",
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="yt-blocked-locally-and-declined",
    from_="legal-kr@google.com", name_from="Google Legal Support",
    date="Sat, 07 Sep 2024 03:01:09 +0000",
    subject=f"[{R3}] Outcome of your legal request",
    body=f"""
Hello,

Thank you for contacting us. After review, we have blocked the following content from view in South Korea:

- {Y1}
- {Y3}

We have decided not to take action on the channel {Y4}, because it does not appear to violate local law or our Community Guidelines.

For information on how we handle legal requests, see https://support.google.com/legal/answer/3110420.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals outcome (local block)",
    why="list under 'blocked from view in South Korea' (restricted); an unhedged decision not to act (rejected), only its reason is hedged",
    items={Y1: "restricted", Y3: "restricted", Y4: "rejected"},
)

yt_html = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Below is the outcome of your request {R3}.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{Y1}</td><td>Removed – Community Guidelines violation</td></tr>
<tr><td>{Y2}</td><td>Video unavailable – the URL does not lead to an existing video</td></tr>
<tr><td>{Y3}</td><td>No action – the content does not violate our policies</td></tr>
</table>
<p>Sincerely,<br>The YouTube Legal Support Team</p>
</body></html>"""
case(
    name="yt-qp-html-table",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:48:00 +0000",
    subject=f"Outcome: {R3}",
    raw_mime=single("text/html", "quoted-printable", qp(yt_html)),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome as an HTML table (quoted-printable)",
    why="table rows: removed, video does not exist (not_found), no action with reason (rejected)",
    items={Y1: "removed", Y2: "not_found", Y3: "rejected"},
)

case(
    name="yt-sole-item-no-url",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 02:15:33 +0000",
    subject=f"Re: [{R7}] Request for removal of video", reply_to_req=MID[R7],
    body="""
Hello,

The video you reported has been removed from YouTube for violating our policy on harmful or dangerous content.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support one-line outcome",
    why="answers a one-item request in its thread; the only statement is about that video",
    items={Y5: "removed"},
)

yt_outlook = f"""Hello,

{Y2} has been removed from YouTube. The remaining videos in your notice are still under review and we will write again once we have a decision.

Kind regards,
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 9:00 AM
To: legal-kr@google.com
Subject: [{R3}] Removal request

Please remove the following content:
{Y1}
{Y2}
{Y3}
{Y4}
"""
case(
    name="yt-outlook-quote-one-removed-rest-pending",
    from_="legal-kr@google.com", name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 05:27:02 +0000",
    subject=f"RE: [{R3}] Removal request", reply_to_req=MID[R3],
    raw_mime=single("text/plain", "base64", b64(yt_outlook)),
    outcome="applied", classification="confirmation",
    imitates="Google legal reply over an Outlook '-----Original Message-----' quote (base64)",
    why="one video removed; the others are 'still under review'; the quoted request below states nothing",
    items={Y2: "removed", Y1: "pending", Y3: "pending", Y4: "pending"},
)

case(
    name="naver-mixed-one-sentence",
    from_="rightsprotect@navercorp.com", name_from="네이버 권리보호센터",
    date="Mon, 09 Sep 2024 14:20:00 +0900",
    subject=f"[네이버] 게시물 처리 결과 안내 ({R4})", reply_to_req=MID[R4],
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 건({R4})에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {N1} 은 게시중단 처리하였고, {N2} 는 30일간 임시조치하였습니다.

감사합니다.
네이버 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 처리 결과 안내",
    why="한 문장에 두 상태: 게시중단 (removed), 임시조치 (restricted)",
    items={N1: "removed", N2: "restricted"},
)

case(
    name="naver-raw-path-and-particles",
    from_="help@naver.com", name_from="NAVER 고객센터",
    date="Tue, 10 Sep 2024 10:05:41 +0900",
    subject=f"Re: {R4} 게시물 삭제 요청",
    body=f"""
안녕하세요. NAVER 고객센터입니다.

{R4} 요청 건 중 두 건의 처리 결과를 알려드립니다.

{N3_RAW}에 대해서는 작성자가 이미 게시물을 삭제하여 확인할 수 없었습니다. {N4}는 블라인드 처리되었습니다.

나머지 게시물은 처리되는 대로 다시 안내드리겠습니다.

NAVER 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 처리 결과 메일 (particles glued to URLs)",
    why="raw Korean path followed by 에; author already deleted (not_found); 블라인드 (removed); the rest is a promise",
    items={N3: "not_found", N4: "removed"},
)

case(
    name="naver-negated-gesijungdan",
    from_="rightsprotect@navercorp.com", name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 16:42:10 +0900",
    subject=f"[네이버] 시정요구 처리 결과 ({R4})",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

{N1} 게시물은 검토 결과 관련 법령 및 당사 운영정책 위반 사항이 확인되지 않아 게시중단 조치를 하지 않았습니다.

{N2} 게시물은 운영정책 위반으로 삭제하였습니다.

문의사항은 고객센터(https://help.naver.com/service/5626/contents)를 이용해 주시기 바랍니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 처리 결과 (one declined with its reason)",
    why="'게시중단 조치를 하지 않았습니다' negates the removal word, with a reason (rejected); the second is 삭제 (removed)",
    items={N1: "rejected", N2: "removed"},
)

naver_table = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>{R4} 시정요구에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{N2}</td><td>접근제한</td><td>국내 접속 차단</td></tr>
<tr><td>3</td><td>{N3_RAW}</td><td>해당없음</td><td>게시물 없음 (작성자 삭제)</td></tr>
<tr><td>4</td><td>{N4}</td><td>미조치</td><td>위반사항 없음</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>"""
case(
    name="naver-result-table-base64",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 09:30:00 +0900",
    subject=f"[회신] 시정요구 조치결과 ({R4})", reply_to_req=MID[R4],
    raw_mime=single("text/html", "base64", b64(naver_table)),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table",
    why="table: 삭제 (removed), 접근제한 (restricted), 해당없음/게시물 없음 (not_found), 미조치/위반사항 없음 (rejected)",
    items={N1: "removed", N2: "restricted", N3: "not_found", N4: "rejected"},
)

case(
    name="naver-positional-korean-list",
    from_="help@naver.com", name_from="NAVER 고객센터",
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject=f"{R4} 처리 결과",
    body=f"""
안녕하세요. 요청하신 {R4} 건의 처리 결과입니다.

1. 조치 완료 (삭제)
  - {N1}
  - {N4}

2. 조치 불가 (운영정책 및 관련 법령 위반 아님)
  - {N2}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 결과 목록 grouped by 조치",
    why="links take the status of the numbered heading above them",
    items={N1: "removed", N4: "removed", N2: "rejected"},
)

case(
    name="kakao-mixed-fullwidth-parens",
    from_="safety@kakaocorp.com", name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 15:00:20 +0900",
    subject=f"[Daum 카페] 게시물 조치 결과 안내 ({R5})", reply_to_req=MID[R5],
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 3건 중 {K1} 과 게시물（{K3}）은 삭제되었으며, 나머지 {K2_RAW} 은 이미 작성자가 삭제한 게시물로 확인되었습니다.

감사합니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 카페 게시물 조치 결과 안내",
    why="one sentence: two removed (one inside full-width parentheses), the third already deleted by its author (not_found)",
    items={K1: "removed", K3: "removed", K2: "not_found"},
)

case(
    name="kakao-temporary-then-deleted",
    from_="cs@daum.net", name_from="Daum 고객센터",
    date="Fri, 13 Sep 2024 17:25:00 +0900",
    subject=f"Re: {R5} 게시물 조치 요청",
    body=f"""
안녕하세요, Daum 고객센터입니다.

{K1} 게시물에 대해서는 9월 10일 임시조치(30일)를 하였습니다.

이후 권리침해 여부를 다시 검토한 결과, 해당 게시물은 9월 12일 영구 삭제되었음을 함께 알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 임시조치 후 삭제 안내",
    why="the later sentence revises the 임시조치 (restricted) into a permanent deletion (removed)",
    items={K1: "removed"},
)

# =============================================================== REVIEW
case(
    name="tg-promise-to-remove",
    from_="abuse@telegram.org", date="Wed, 04 Sep 2024 12:00:00 +0000",
    subject=f"Re: {R1}", reply_to_req=MID[R1],
    body=f"""
Hello,

Thank you for your report {R1}. We will remove {T10} and {T11} as soon as our moderators have confirmed that they break our Terms of Service. You will hear from us again when this is done.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply",
    why="a promise ('will remove ... as soon as') is no statement",
    items={T10: "pending", T11: "pending"},
)

case(
    name="x-hedged-may-have-been",
    from_="legal@x.com", date="Thu, 05 Sep 2024 09:00:00 +0000",
    subject=f"Re: {R2}", reply_to_req=MID[R2],
    body=f"""
Hi,

Thanks for your request {R2}. {X1} may already have been deleted by its author; we are checking this with the account team. {X2}, which appears to be withheld in your region already, is being looked at as part of the same review.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="'may already have been deleted' is a hedge; the second is under review, its 'withheld' is hedged in a relative clause",
    items={X1: "pending", X2: "pending"},
)

case(
    name="yt-conditional-outcomes",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 08:08:08 +0000",
    subject=f"Re: [{R3}] Removal request", reply_to_req=MID[R3],
    body=f"""
Hello,

We have notified the uploader of {Y1}. If they do not submit a counter notification within 7 days, the video will be removed. {Y2} would be age-restricted if our reviewers confirm that it shows dangerous acts.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal notice-forwarded-to-uploader reply",
    why="only conditions and futures: 'will be removed' if..., 'would be age-restricted if'",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="x-not-yet-actioned",
    from_="noreply@x.com", name_from="X Safety", date="Mon, 09 Sep 2024 12:30:00 +0000",
    subject=f"Update on your report {R2}",
    body=f"""
Hello,

{X5} has not yet been actioned. Our team is still reviewing it together with the account {X4}, and no decision has been made on either.

X Safety
""",
    outcome="review", review="not_understood",
    imitates="X safety status update",
    why="'has not yet been actioned' and 'still reviewing': nothing is decided",
    items={X5: "pending", X4: "pending"},
)

case(
    name="tg-bulk-all-blocked",
    from_="abuse@telegram.org", date="Tue, 10 Sep 2024 07:00:00 +0000",
    subject=f"Re: {R1}", reply_to_req=MID[R1],
    body=f"""
Hello,

All of the links listed in your report {R1} have been blocked on Telegram.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram abuse-desk one-line closure",
    why="a statement about all twelve links without naming any",
    items={u: "pending" for u in TG},
)

case(
    name="naver-bulk-korean",
    from_="rightsprotect@navercorp.com", name_from="네이버 권리보호센터",
    date="Fri, 13 Sep 2024 13:13:00 +0900",
    subject=f"[네이버] 게시중단 처리 완료 ({R4})", reply_to_req=MID[R4],
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 4건({R4})에 대하여 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 처리 완료 안내 (no URLs)",
    why="'4건 모두 게시중단' names no item of a four-item request",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending"},
)

case(
    name="x-auth-fail",
    from_="legal@x.com", auth="fail", date="Fri, 06 Sep 2024 03:03:03 +0000",
    subject=f"Re: {R2} Legal request",
    body=f"""
Hello,

{X1} has been removed for violating the X Rules.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome, failing DMARC",
    why="the From is x.com but DKIM/SPF/DMARC fail",
    items={X1: "pending"},
)

case(
    name="channel-admin-unknown-sender",
    from_="owner@moonlitbazaar-shop.example", name_from="Moonlit Bazaar",
    date="Thu, 05 Sep 2024 22:40:00 +0900",
    subject=f"About your request {R1}",
    body=f"""
Hello,

I am the admin of the Telegram channel moonlit_bazaar. I deleted {T1} and {T3} myself yesterday after Telegram contacted me. Please close {R1}.

Thank you
""",
    outcome="review", review="unknown_sender",
    imitates="message from the content owner",
    why="statements from a sender that is no platform",
    items={T1: "pending", T3: "pending"},
)

case(
    name="naver-about-daum-item",
    from_="help@naver.com", name_from="NAVER 고객센터",
    date="Tue, 10 Sep 2024 15:30:00 +0900",
    subject=f"Re: {R5} 게시물 조치 요청", reply_to_req=MID[R5],
    body=f"""
안녕하세요. NAVER 고객센터입니다.

문의하신 {K1} 는 다음(Daum) 카페의 게시물로, 네이버에서 운영하는 서비스가 아닙니다. 당사 서비스에서는 해당 게시물을 찾을 수 없으므로, 해당 서비스 운영사에 직접 요청하여 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER 고객센터 reply to a misrouted request",
    why="NAVER says it cannot find a Daum item: a statement by another platform",
    items={K1: "pending"},
)

case(
    name="yt-table-contradicted-by-note",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 06:06:06 +0000",
    subject=f"Re: [{R7}] Request for removal of video", reply_to_req=MID[R7],
    body=f"""
Hello,

Outcome of your request {R7}:

| URL                                         | Action  |
|---------------------------------------------|---------|
| {Y5} | Removed |

Reviewer's note: this video remains available on YouTube. It is an educational documentary and does not violate our Community Guidelines.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube outcome table with a reviewer's note",
    why="the table says removed, the note says it stays up; neither says the other is wrong",
    items={Y5: "pending"},
)

case(
    name="tg-policy-notice-no-claims",
    from_="dsa@telegram.org", date="Thu, 12 Sep 2024 10:00:00 +0000",
    subject="Changes to how Telegram handles notices from authorities",
    body="""
Dear partner,

From 1 October 2024, notices from authorities should be sent through our web form at https://telegram.org/dsa/authorities instead of by email. Notices sent by email after that date will still be read, but answers may take longer.

Each notice should list the exact links concerned, the legal basis and a contact person.

Telegram DSA Team
""",
    outcome="review", review="no_claims",
    imitates="platform notice to authorities about a new intake channel",
    why="trusted Telegram mail naming no item and no request",
    items={},
)

case(
    name="naver-asks-for-documents",
    from_="rightsprotect@navercorp.com", name_from="네이버 권리보호센터",
    date="Mon, 09 Sep 2024 10:10:10 +0900",
    subject=f"[네이버] 추가 자료 요청 ({R4})", reply_to_req=MID[R4],
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

{R4} 관련하여 {N4} 게시물의 위법성을 판단하기 위해, 해당 게시물이 위반한 법령 조항과 심의 결정서 사본을 추가로 보내주시기 바랍니다. 자료를 받은 후 검토를 진행하겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER 추가 소명자료 요청",
    why="asks for the legal basis and the decision before reviewing",
    items={N4: "pending"},
)

# =============================================================== IGNORED
case(
    name="naver-out-of-office-korean",
    from_="kim.jiyoung@navercorp.com", name_from="김지영",
    date="Fri, 06 Sep 2024 11:00:05 +0900",
    subject=f"자동 회신: [{R4}] 게시물 삭제 요청", extra_headers=AUTO,
    body="""
[자동응답] 9월 6일부터 9월 13일까지 휴가로 메일 확인이 어렵습니다.
급한 게시중단 요청은 policy@navercorp.com 으로 보내주시기 바랍니다.

김지영 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook 부재중 자동 회신",
    why="out-of-office auto-reply",
    items={},
)

dsn_original = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x.com
Subject: [{R6}] Request for removal
Date: Tue, 10 Sep 2024 15:02:00 +0900
Message-ID: <{MID[R6]}@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear X Legal,

Under our request {R6} we ask you to remove the following posts:
1. {X6}
2. {X7}

KCSC
"""
case(
    name="dsn-bounce-with-original",
    from_="MAILER-DAEMON@mail.kcsc.example", name_from="Mail Delivery System", auth="none",
    date="Tue, 10 Sep 2024 15:02:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "dsn-b276-01", [
        part("text/plain; charset=us-ascii", "7bit", """
This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@x.com>: host mx.x.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@x.com>: Recipient address rejected: User unknown
"""),
        part("message/delivery-status", "7bit", """
Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 15:02:00 +0900

Final-Recipient: rfc822; legal-kr@x.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.x.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
"""),
        part("message/rfc822", "8bit", dsn_original),
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original attached",
    why="a bounce; the request URLs are only in the returned original",
    items={},
)

case(
    name="yt-read-receipt",
    from_="legal-kr@google.com", name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 09:40:00 +0900",
    subject=f"Read: [{R3}] Removal request",
    raw_mime=multipart("report", "mdn-b276-01", [
        part("text/plain; charset=utf-8", "7bit", f"""
This is a receipt for the mail you sent to legal-kr@google.com at 05/09/2024 09:00.

This receipt verifies that the message has been displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
"""),
        part("message/disposition-notification", "7bit", f"""
Reporting-UA: google.com; Mail Client
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <{MID[R3]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (read receipt)",
    why="a read receipt",
    items={},
)

case(
    name="tg-ticket-receipt-echoing-links",
    from_="noreply@telegram.org", name_from="Telegram Support",
    date="Tue, 03 Sep 2024 01:05:00 +0000",
    subject="Ticket TG-88120417 received",
    body=f"""
Hello,

We have received your report. Your ticket number is TG-88120417.

Reported links:
{T6}
{T7}

A moderator will look at your report. Please do not send the same report again; you will receive a reply to this ticket.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram ticket-system receipt",
    why="a receipt that echoes the reported links and promises a review; nothing about any link's status",
    items={},
)

case(
    name="kakao-receipt-korean",
    from_="noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 10:02:00 +0900",
    subject=f"[카카오] 신고 접수 안내 ({R5})",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

고객님의 신고({R5})가 정상적으로 접수되었습니다.
접수번호: 2409-113355

처리 결과는 영업일 기준 3~5일 이내에 메일로 안내드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 신고 접수 안내",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="x-out-of-office",
    from_="m.rivera@x.com", name_from="Maria Rivera",
    date="Wed, 04 Sep 2024 01:31:00 +0000",
    subject=f"Automatic reply: [{R2}] Legal request", extra_headers=AUTO,
    body="""
I'm out of the office until 16 September with limited access to email.

For legal requests please write to legal@x.com; for anything urgent, call the duty line.

Maria
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply from a platform employee",
    items={},
)

case(
    name="owner-out-of-office-foreign-domain",
    from_="hello@ambertollgate.example", name_from="Amber Tollgate",
    date="Wed, 04 Sep 2024 12:00:00 +0900",
    subject=f"Auto: Re: [{R2}] Notice concerning your post", extra_headers=AUTO,
    body="""
Thanks for your email. I am travelling until 20 September and will answer when I am back.
""",
    outcome="ignored", classification="auto_reply",
    imitates="vacation responder of a content owner",
    why="auto-replies are ignored whoever sends them",
    items={},
)


# --------------------------------------------------------------- write
HEADER = f"""# Blind set 276 (what a program gets wrong). Written by make.py from the
# case list; expected results come from each email's meaning alone, before
# any run of the reader. Requests: requests.csv ({R1} is the largest)."""


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
        # Real mail carries non-ASCII display names and subjects RFC 2047-encoded.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
