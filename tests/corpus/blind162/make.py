#!/usr/bin/env python3
"""Blind set 162: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or corrected) by its note, statuses given by position.

Deterministic: `python3 tests/corpus/blind162/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every email is fictional and
written in our own sentences; expected results come from each email's
meaning alone, written before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind162"

# ---------------------------------------------------------------- requests
TOTO = "토토사랑방"
D1_RAW = "https://cafe.daum.net/" + TOTO + "/Qx1/318"
D1 = "https://cafe.daum.net/" + quote(TOTO) + "/Qx1/318"

T1 = "https://t.me/lucky_dragon_bet/114"
T2 = "https://t.me/lucky_dragon_bet/119"
T3 = "https://t.me/lucky_dragon_bet/131"
T4 = "https://t.me/moonpill_shop"
T5 = "https://t.me/moonpill_shop/88"
T6 = "https://t.me/seoul_night_deal/2045"
T7 = "https://t.me/seoul_night_deal/2051"
T8 = "https://t.me/ghostcard_kr"
T9 = "https://t.me/ghostcard_kr/7"
T10 = "https://t.me/pandora_id_market/301"
T11 = "https://t.me/pandora_id_market/302"
T12 = "https://t.me/bluewave_casino_kr"
T13 = "https://t.me/quickloan_kr24"

X1 = "https://x.com/hanbit_leaks/status/1831204477120000101"
X2 = "https://x.com/hanbit_leaks/status/1831204477120000188"
X3 = "https://x.com/dokdo_pills"
X4 = "https://x.com/kimjs_exposed/status/1831559900331000042"
X5 = "https://x.com/cashbot_kr/status/1831600012345000777"
X6 = "https://x.com/nightpay_seoul/status/1833012345678900011"

Y1 = "https://www.youtube.com/watch?v=Qm7vT2xLp0a"
Y2 = "https://www.youtube.com/watch?v=bR4nZ8kW1cE"
Y3 = "https://www.youtube.com/@fakedoctor_kim"
Y4 = "https://youtu.be/Hx9pLm3Vt6s"

N1 = "https://blog.naver.com/sunny_pharm77/223561000111"
N2 = "https://cafe.naver.com/bitgoldclub/5531"
N3 = "https://blog.naver.com/mongsil_diet/223570044120"

D2 = "https://cafe.daum.net/jackpot_club/Ra7/55"

REQUESTS = [
    # ref, platform, sent day, category, note, urls
    ("KCSC-240903-01", "telegram", 3, "illegal_gambling_drugs",
     "gambling, drug and card-data channels",
     [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12]),
    ("KCSC-240905-02", "x", 5, "privacy_drugs", "leaked private media, drug sales, doxxing", [X1, X2, X3, X4, X5]),
    ("KCSC-240906-03", "youtube", 6, "medical_misinformation", "fake doctor channel and videos", [Y1, Y2, Y3, Y4]),
    ("KCSC-240909-04", "naver", 9, "drugs_fraud", "blog and cafe posts", [N1, N2, N3]),
    ("KCSC-240910-05", "daum", 10, "illegal_gambling", "Daum cafe posts", [D1, D2]),
    ("KCSC-240911-06", "x", 11, "illegal_services", "one post", [X6]),
    ("KCSC-240912-07", "telegram", 12, "illegal_lending", "one channel", [T13]),
]
REQ = {r[0]: r for r in REQUESTS}
PLATFORM_NAME = {"telegram": "Telegram", "x": "X", "youtube": "YouTube", "naver": "NAVER", "daum": "Kakao"}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, day, cat, note, urls in REQUESTS:
        sent = f"2024-09-{day:02d}T10:00:00+09:00"
        due = f"2024-09-{day + 7:02d}T18:00:00+09:00"
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"req.{ref}@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
DOW = {3: "Tue", 4: "Wed", 5: "Thu", 6: "Fri", 7: "Sat", 8: "Sun", 9: "Mon", 10: "Tue",
       11: "Wed", 12: "Thu", 13: "Fri", 14: "Sat", 15: "Sun", 16: "Mon", 17: "Tue", 18: "Wed", 19: "Thu"}
DOW_LONG = {"Tue": "Tuesday", "Thu": "Thursday", "Fri": "Friday", "Mon": "Monday", "Wed": "Wednesday"}


def date(day, hh, mm, ss=0):
    return f"{DOW[day]}, {day:02d} Sep 2024 {hh:02d}:{mm:02d}:{ss:02d} +0900"


def enc(s):
    """RFC 2047 encoded word for a non-ASCII header value."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def req_body(ref):
    _, plat, day, _, _, urls = REQ[ref]
    lines = []
    if plat in ("naver", "daum"):
        lines.append(f"{PLATFORM_NAME[plat]} 정책 담당자님께,")
        lines.append("")
        lines.append(f"방송통신심의위원회는 아래 정보에 대하여 시정을 요구합니다 (요청번호 {ref}).")
        lines.append("")
        for i, u in enumerate(urls, 1):
            lines.append(f"{i}. {u}")
        lines.append("")
        lines.append(f"조치 결과를 9월 {day + 7}일까지 회신하여 주시기 바랍니다.")
        lines.append("")
        lines.append("방송통신심의위원회 통신심의 담당")
    else:
        lines.append(f"Dear {PLATFORM_NAME[plat]} team,")
        lines.append("")
        lines.append("The Korea Communications Standards Commission asks you to remove, or to restrict")
        lines.append(f"access in Korea to, the content listed below (our reference {ref}).")
        lines.append("")
        for i, u in enumerate(urls, 1):
            lines.append(f"{i}. {u}")
        lines.append("")
        lines.append(f"Please tell us, link by link, what you did by 2024-09-{day + 7:02d}.")
        lines.append("")
        lines.append("KCSC Takedown Desk")
    return "\n".join(lines)


def req_subject(ref):
    n = len(REQ[ref][5])
    return f"{ref} Request to remove content ({n} item{'s' if n > 1 else ''})"


def gmail_quote(ref):
    day = REQ[ref][2]
    head = f"On {DOW[day]}, {day} Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:"
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in req_body(ref).split("\n"))


def outlook_quote(ref, to):
    day = REQ[ref][2]
    return (
        "-----Original Message-----\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        f"Sent: {DOW_LONG[DOW[day]]}, September {day}, 2024 10:00 AM\n"
        f"To: {to}\n"
        f"Subject: {req_subject(ref)}\n\n" + req_body(ref)
    )


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


TG = "abuse@telegram.org"
TG_OUT = "Telegram Abuse"
SIG_TG = "Telegram Abuse Team"

# ======================================================= APPLIED: Telegram
case(
    name="tg-mixed-statuses-one-sentence",
    **{"from": TG}, name_from=TG_OUT, date=date(5, 14, 12),
    subject="Re: " + req_subject("KCSC-240903-01"), reply_to_req="req.KCSC-240903-01",
    body=f"""Hello,

Of the links in your request, we blocked {T1} and {T2}, while {T3} could not be found on our side, as the channel's admin had removed that post before our moderators reached it.

We are still going through the remaining links and will write again.

Regards,
Ivan
{SIG_TG}

{gmail_quote("KCSC-240903-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, top-posted over the quoted request",
    why="one sentence: two posts blocked, a third not found (deleted by its admin); the quoted request states nothing",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": TG}, name_from=TG_OUT, date=date(6, 9, 40),
    subject="Re: " + req_subject("KCSC-240903-01"), reply_to_req="req.KCSC-240903-01",
    body=f"""Hi,

Update on KCSC-240903-01.

The channel {T4}, which appears to be run from outside Korea, has been blocked and is no longer accessible.
We also took down the post {T6}.
The post {T7}, which may have been edited after you reported it, is still being reviewed; we'll let you know.

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk progress reply",
    why="the hedge 'appears to be run from outside Korea' is about the operator, not the blocking; 2051 is under review",
    items={T4: "removed", T6: "removed", T7: "pending"},
)

case(
    name="tg-negation-then-removal",
    **{"from": TG}, name_from=TG_OUT, date=date(6, 16, 5),
    subject="Re: " + req_subject("KCSC-240903-01"), reply_to_req="req.KCSC-240903-01",
    body=f"""Hello,

We looked into the two ghostcard_kr links from your notice KCSC-240903-01.

We have not blocked the channel {T8}. It sells prepaid gift cards through an authorised reseller, and we found nothing in it that breaks the Telegram Terms of Service.

The post {T9} was a different matter: it offered stolen card numbers, and we deleted it.

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk refusal with reason plus a removal",
    why="'have not blocked' + reason = rejected for the channel; the post was deleted",
    items={T8: "rejected", T9: "removed"},
)

case(
    name="tg-correction-of-earlier-reply",
    **{"from": TG}, name_from=TG_OUT, date=date(9, 17, 30),
    subject="Correction: KCSC-240903-01", reply_to_req="req.KCSC-240903-01",
    body=f"""Hello again,

A correction to our message of this morning about KCSC-240903-01. We told you that {T10} could not be found. That was our mistake: we had looked up a mistyped link. The post does exist, and it has now been removed.

{T11} remains not found - it was deleted by the channel owner before our review.

Sorry for the confusion.
{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk correction of an earlier reply",
    why="the later sentence revises 'could not be found' to removed; 302 not found",
    items={T10: "removed", T11: "not_found"},
)

case(
    name="tg-numbered-decision-below-url",
    **{"from": TG}, name_from=TG_OUT, date=date(7, 11, 2),
    subject="Case #4471093 - results for KCSC-240903-01", reply_to_req="req.KCSC-240903-01",
    body=f"""Case #4471093 - results

1) {T12}
   Decision: channel blocked on all platforms for promoting unlicensed gambling.

2) {T5}
   Decision: no action. The post only lists a licensed pharmacy's opening hours and does not violate our rules.

The other links in KCSC-240903-01 are still with our moderators.

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk case result list",
    why="decision on the line below each URL: channel blocked everywhere; post left up with a reason",
    items={T12: "removed", T5: "rejected"},
)

TG_CSV = f"""link,decision,note
{T4},blocked,sale of controlled substances
{T8},no action,no violation of Telegram ToS
{T6},not found,post deleted by channel admin
{T9},blocked,stolen payment data
"""
case(
    name="tg-csv-attachment-mixed",
    **{"from": TG}, name_from=TG_OUT, date=date(8, 13, 20),
    subject="Re: " + req_subject("KCSC-240903-01"), reply_to_req="req.KCSC-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tgcsv-7781"

--tgcsv-7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached our results for KCSC-240903-01 (four links reviewed so
far). The rest are still in progress.

{SIG_TG}

--tgcsv-7781
Content-Type: text/csv; charset=utf-8; name="results_KCSC-240903-01.csv"
Content-Disposition: attachment; filename="results_KCSC-240903-01.csv"
Content-Transfer-Encoding: 7bit

{TG_CSV}
--tgcsv-7781--
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a CSV of decisions",
    why="CSV rows: blocked, no action (no violation), not found, blocked",
    items={T4: "removed", T8: "rejected", T6: "not_found", T9: "removed"},
)

case(
    name="tg-angle-brackets-first-and-second",
    **{"from": "marta.k@telegram.org"}, name_from="Marta K.", date=date(10, 10, 48),
    subject="Re: " + req_subject("KCSC-240903-01"), reply_to_req="req.KCSC-240903-01",
    body=f"""Hi KCSC team,

<{T6}> and <{T7}> are both gone: the first one we deleted ourselves, the second had already been deleted by the channel owner when we got to it.

Best,
Marta
Telegram Abuse

{gmail_quote("KCSC-240903-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram moderator's personal reply, Gmail-style quoting",
    why="'the first' deleted by Telegram, 'the second' already deleted by its owner",
    items={T6: "removed", T7: "not_found"},
)

case(
    name="tg-one-item-request-unnamed",
    **{"from": TG}, name_from=TG_OUT, date=date(13, 8, 55),
    subject="Re: " + req_subject("KCSC-240912-07"), reply_to_req="req.KCSC-240912-07",
    body=f"""Hello,

Thank you for the report. The content you reported has been taken down and the channel is no longer available.

{SIG_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk short confirmation",
    why="statement without a URL for a one-item request: applies to that item",
    items={T13: "removed"},
)

# ======================================================= APPLIED: X
X_LEGAL = "legal-requests@x.com"
case(
    name="x-statuses-by-position-outlook",
    **{"from": X_LEGAL}, name_from="X Legal", date=date(9, 3, 14),
    subject="RE: " + req_subject("KCSC-240905-02"), reply_to_req="req.KCSC-240905-02",
    body=f"""Hello,

Thank you for your request. Following our review under Korean law and the X Rules:

- Items 1, 2 and 4 of your list have been withheld in South Korea.
- Item 3 (the account) has been permanently suspended.
- Item 5 does not violate the X Rules, and we have not taken action on it.

Regards,
X Legal

{outlook_quote("KCSC-240905-02", "legal@x.com")}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome, Outlook reply over the original",
    why="statuses by position in our own numbered list (quoted below): 1,2,4 withheld in KR, 3 suspended, 5 no violation",
    items={X1: "restricted", X2: "restricted", X4: "restricted", X3: "removed", X5: "rejected"},
)

case(
    name="x-suspended-and-refused",
    **{"from": X_LEGAL}, name_from="X Legal", date=date(7, 2, 30),
    subject="Re: " + req_subject("KCSC-240905-02"), reply_to_req="req.KCSC-240905-02",
    body=f"""Hello,

We've reviewed the reported content in KCSC-240905-02.

The account {X3} has been suspended for violating our rules on illegal goods and services.

We will not be taking action on {X4}. The post comments on a public official's conduct and does not share private information, so it does not breach our private information and media policy.

We're still reviewing the remaining reported posts.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply: suspension and refusal with reason",
    why="account suspended; 'will not be taking action' followed by the reason is a refusal, not a promise",
    items={X3: "removed", X4: "rejected"},
)

case(
    name="x-html-table-decisions",
    **{"from": X_LEGAL}, name_from="X Legal", date=date(10, 1, 5),
    subject="Re: " + req_subject("KCSC-240905-02"), reply_to_req="req.KCSC-240905-02", type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Please see our decisions for request KCSC-240905-02 below.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{X1}">{X1}</a></td><td>Withheld in KR</td></tr>
<tr><td><a href="{X3}">{X3}</a></td><td>Account suspended</td></tr>
<tr><td><a href="{X5}">{X5}</a></td><td>No action &ndash; not in violation of the X Rules</td></tr>
</table>
<p>Learn more about country withheld content at <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our Help Center</a>.</p>
<p>X Legal</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome table (HTML)",
    why="table rows: withheld in KR, suspended, no action with reason; help link is no item",
    items={X1: "restricted", X3: "removed", X5: "rejected"},
)

case(
    name="x-table-corrected-by-note",
    **{"from": X_LEGAL}, name_from="X Legal", date=date(11, 4, 40),
    subject="Re: " + req_subject("KCSC-240905-02"), reply_to_req="req.KCSC-240905-02",
    body=f"""Hello,

Outcome for KCSC-240905-02 (remaining items):

Reported URL                                              | Outcome
{X4}   | No violation
{X5}   | Removed

Correction to the table above: the cashbot_kr post was not removed. It has
been withheld in South Korea only and remains visible in other countries.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome with a correcting note",
    why="the note explicitly corrects the table: cashbot_kr withheld in KR (restricted), not removed",
    items={X4: "rejected", X5: "restricted"},
)

case(
    name="x-receipt-plus-statement",
    **{"from": "support@x.com"}, name_from="X Support", date=date(12, 0, 18),
    subject="Re: " + req_subject("KCSC-240911-06") + " [case 0934-7781-KR]", reply_to_req="req.KCSC-240911-06",
    body=f"""Hello,

Thanks for reaching out. We've received your report and opened case 0934-7781-KR.

We have already withheld {X6} in South Korea, based on your request and local law.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support receipt that also states an action",
    why="acknowledgement phrase plus an unhedged statement: withheld in KR",
    items={X6: "restricted"},
)

case(
    name="x-initially-withheld-then-removed",
    **{"from": X_LEGAL}, name_from="X Legal", date=date(13, 5, 12),
    subject="Update: KCSC-240905-02", reply_to_req="req.KCSC-240905-02",
    body=f"""Hello,

An update on KCSC-240905-02. We initially withheld {X2} in South Korea only. After further review by our safety team, it has now been removed globally for violating our private media policy.

{X1} remains withheld in South Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request follow-up",
    why="the later sentence supersedes 'initially withheld': removed; the other stays withheld in KR",
    items={X2: "removed", X1: "restricted"},
)

case(
    name="x-korean-fullwidth-parens",
    **{"from": "support-kr@x.com"}, name_from="X Korea Support", date=date(12, 15, 2),
    subject=enc("Re: 요청번호 KCSC-240905-02 게시물 조치 안내"), reply_to_req="req.KCSC-240905-02",
    body=f"""안녕하세요, X 고객지원팀입니다.

요청번호 KCSC-240905-02 관련하여 안내드립니다.
요청하신 게시물（{X4}）은 대한민국 내에서 노출이 제한(withheld)되었습니다.
나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.

감사합니다.
X 고객지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="X Korean-language support reply",
    why="URL inside full-width parentheses followed by a particle; withheld in Korea = restricted",
    items={X4: "restricted"},
)

# ======================================================= APPLIED: YouTube
YT = "youtube-legal-noreply@google.com"
case(
    name="yt-blocked-kr-removed-actioned",
    **{"from": YT}, name_from="YouTube Legal Support", date=date(10, 6, 0),
    subject="Re: " + req_subject("KCSC-240906-03"), reply_to_req="req.KCSC-240906-03",
    body=f"""Hello,

Thank you for contacting YouTube regarding request KCSC-240906-03.

After review, we have blocked {Y1} from view in South Korea based on local law. {Y2} was removed globally for violating our Community Guidelines. {Y4} has been actioned under our policies.

For information about our policies visit https://support.google.com/youtube/answer/2801939.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email",
    why="blocked in KR = restricted; removed globally; configured phrase 'actioned under our policies' = removed",
    items={Y1: "restricted", Y2: "removed", Y4: "removed"},
)

case(
    name="yt-terminated-and-refused",
    **{"from": YT}, name_from="YouTube Legal Support", date=date(11, 7, 25),
    subject="Re: " + req_subject("KCSC-240906-03"), reply_to_req="req.KCSC-240906-03",
    body=f"""Hello,

The channel {Y3} has been terminated for repeated violations of our medical misinformation policy.

We are not able to take action on {Y2}, which our team determined to be a news report that does not violate our Community Guidelines or local law.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome: termination and refusal",
    why="channel terminated; refusal with reason in a relative clause = rejected",
    items={Y3: "removed", Y2: "rejected"},
)

YT_QP = f"""Hello,

Here is the outcome of our review of KCSC-240906-03:

Video: {Y1}
Action: age-restricted (viewers must be signed in and over 18)

Video: {Y4}
Action: none. We could not find this video; it may have been deleted by the uploader.

You can read more about age restrictions and how they are applied in the YouTube Help Center at https://support.google.com/youtube/answer/2802167?hl=en&ref_topic=9282679 .

- YouTube Trust & Safety
"""
case(
    name="yt-qp-age-restricted-and-missing",
    **{"from": "trust-safety-noreply@youtube.com"}, name_from="YouTube Trust & Safety", date=date(12, 3, 33),
    subject="Re: " + req_subject("KCSC-240906-03"), reply_to_req="req.KCSC-240906-03",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(YT_QP),
    outcome="applied", classification="confirmation",
    imitates="YouTube review outcome, quoted-printable",
    why="age-restricted = restricted; 'Action: none' is explained by 'could not find this video' = not_found, not a refusal",
    items={Y1: "restricted", Y4: "not_found"},
)

case(
    name="yt-refusal-and-promise",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea", date=date(9, 18, 20),
    subject="Re: " + req_subject("KCSC-240906-03"), reply_to_req="req.KCSC-240906-03",
    body=f"""Hi,

We reviewed {Y2} and decided to leave it up: it is a parody and does not violate our Community Guidelines.

The other video you listed, {Y1}, has been passed to our legal team for review under Korean law, and we'll get back to you once they decide.

Best regards,
Google Legal Korea
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal reply: refusal and referral",
    why="'leave it up' with reason = rejected; the other is only passed on for review",
    items={Y2: "rejected", Y1: "pending"},
)

# ======================================================= APPLIED: NAVER
NV = "help@navercorp.com"
case(
    name="naver-url-glued-to-particles",
    **{"from": NV}, name_from="NAVER", date=date(11, 14, 0),
    subject=enc("[NAVER] 게시물 게시중단 요청 처리 결과 안내 (KCSC-240909-04)"), reply_to_req="req.KCSC-240909-04",
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240909-04)에 대해 아래와 같이 안내드립니다.

{N1}은 게시중단 조치하였으며, {N2}의 경우 작성자가 이미 삭제하여 게시물이 확인되지 않습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내",
    why="one sentence: first post 게시중단 (removed), second already deleted by its author (not_found); particles glued to URLs",
    items={N1: "removed", N2: "not_found"},
)

case(
    name="naver-html-sijeong-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy", date=date(12, 10, 10),
    subject=enc("Re: [KCSC-240909-04] 시정요구 조치결과 회신"), reply_to_req="req.KCSC-240909-04", type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>요청번호 KCSC-240909-04 시정요구에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N2}</td><td>임시조치</td><td>30일간 게시 제한</td></tr>
<tr><td>3</td><td>{N3}</td><td>미조치</td><td>운영정책 위반 사항 없음</td></tr>
</table>
<p>네이버 정책지원팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (HTML)",
    why="삭제 = removed, 임시조치 = restricted, 미조치 with 위반 사항 없음 = rejected",
    items={N1: "removed", N2: "restricted", N3: "rejected"},
)

case(
    name="naver-correction-not-found-to-removed",
    **{"from": NV}, name_from="NAVER", date=date(13, 11, 45),
    subject=enc("[정정] KCSC-240909-04 처리 결과 재안내"), reply_to_req="req.KCSC-240909-04",
    body=f"""안녕하세요. 네이버 고객센터입니다.

지난 9월 11일 회신드린 내용 중 정정할 사항이 있어 다시 안내드립니다.

{N2} 게시물은 당시 '게시물 없음'으로 안내드렸으나, 재확인 결과 게시물이 존재하였으며 금일 게시중단 처리하였습니다.

혼선을 드려 죄송합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER correction of an earlier 처리 결과",
    why="the earlier 'not found' is reported and then revised: 게시중단 today = removed",
    items={N2: "removed"},
)

case(
    name="naver-outlook-one-of-three",
    **{"from": "kim.sy@navercorp.com"}, name_from="Kim Seoyeon", date=date(10, 17, 3),
    subject=enc("RE: [KCSC-240909-04] 게시물 시정요구"), reply_to_req="req.KCSC-240909-04",
    body=f"""안녕하세요, 네이버 정책지원팀 김서연입니다.

{N3} 삭제 완료되었습니다.
나머지 2건은 현재 검토 중이며 결과가 나오는 대로 회신드리겠습니다.

감사합니다.

{outlook_quote("KCSC-240909-04", "policy@navercorp.com")}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff reply in Outlook over the original request",
    why="one post deleted; the other two under review; the quoted request states nothing",
    items={N3: "removed", N1: "pending", N2: "pending"},
)

# ======================================================= APPLIED: Daum (Kakao)
KK = "noreply-cs@kakaocorp.com"
case(
    name="daum-raw-korean-path",
    **{"from": KK}, name_from=enc("카카오 고객센터"), date=date(12, 16, 30),
    subject=enc("[카카오] 요청번호 KCSC-240910-05 처리 결과 안내"), reply_to_req="req.KCSC-240910-05",
    body=f"""안녕하세요, 카카오입니다.

요청번호 KCSC-240910-05 처리 결과를 알려드립니다.

- {D1_RAW} : 국내 접속차단 조치 완료
- {D2} : 해당 카페가 이미 폐쇄되어 게시글이 존재하지 않음

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum) 처리 결과 안내",
    why="raw Korean path matches the percent-encoded request URL; 국내 접속차단 = restricted; 게시글 존재하지 않음 = not_found",
    items={D1: "restricted", D2: "not_found"},
)

KK_TEXT = """안녕하세요, 카카오 권익보호팀입니다.

요청번호 KCSC-240910-05 건의 처리 결과를 첨부 파일로 송부드립니다.

감사합니다.
"""
KK_CSV = f"""번호,URL,처리결과,처리일
1,{D1},게시중단,2024-09-13
2,{D2},삭제,2024-09-13
"""
case(
    name="daum-base64-csv-attachment",
    **{"from": "rights@kakaocorp.com"}, name_from="Kakao", date=date(13, 15, 10),
    subject=enc("Re: [KCSC-240910-05] 게시물 시정요구 처리 결과"), reply_to_req="req.KCSC-240910-05",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kk-boundary-0913"

--kk-boundary-0913
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KK_TEXT)}

--kk-boundary-0913
Content-Type: text/csv; charset=utf-8; name="result.csv"
Content-Disposition: attachment; filename="result.csv"
Content-Transfer-Encoding: base64

{b64(KK_CSV)}

--kk-boundary-0913--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 처리 결과 with a base64 CSV attachment",
    why="CSV rows: 게시중단 and 삭제, both removed",
    items={D1: "removed", D2: "removed"},
)

# ======================================================= REVIEW
case(
    name="tg-promise-conditional",
    **{"from": TG}, name_from=TG_OUT, date=date(5, 19, 0),
    subject="Re: " + req_subject("KCSC-240903-01"), reply_to_req="req.KCSC-240903-01",
    body=f"""Hello,

Thanks for flagging these. Our moderators are checking {T8} and {T9}. If they confirm the content breaks our Terms of Service, both will be blocked, and we'll let you know.

{SIG_TG}
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk holding reply",
    why="only a condition and a promise: nothing stated about either item",
    items={T8: "pending", T9: "pending"},
)

case(
    name="tg-hedge-rechecking",
    **{"from": TG}, name_from=TG_OUT, date=date(9, 9, 10),
    subject="Re: " + req_subject("KCSC-240903-01"), reply_to_req="req.KCSC-240903-01",
    body=f"""Hello,

About KCSC-240903-01: {T10}, which we believe the admin may have deleted already, and {T11} are being checked again by our moderators. We'll confirm the final status shortly.

{SIG_TG}
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk holding reply",
    why="a hedge in a relative clause and 'being checked again': no statement",
    items={T10: "pending", T11: "pending"},
)

case(
    name="yt-hedge-may-have-been-removed",
    **{"from": YT}, name_from="YouTube Legal Support", date=date(8, 22, 0),
    subject="Re: " + req_subject("KCSC-240906-03"), reply_to_req="req.KCSC-240906-03",
    body=f"""Hi,

Regarding {Y4} from your request KCSC-240906-03: it appears the video may already have been taken down by the uploader. We are confirming this with our team and will follow up.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal holding reply",
    why="'appears ... may already have been taken down' is a hedge; confirmation promised",
    items={Y4: "pending"},
)

case(
    name="naver-deletion-if-no-response",
    **{"from": NV}, name_from="NAVER", date=date(11, 9, 30),
    subject=enc("[NAVER] KCSC-240909-04 처리 진행 안내"), reply_to_req="req.KCSC-240909-04",
    body=f"""안녕하세요. 네이버 고객센터입니다.

{N2} 게시물은 작성자에게 소명 기회를 부여하였으며, 9월 20일까지 소명이 없을 경우 삭제될 예정입니다.

처리 결과는 추후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 소명 절차 진행 안내",
    why="deletion only on a condition and in the future (삭제될 예정)",
    items={N2: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": X_LEGAL}, name_from="X Legal", date=date(8, 2, 45),
    subject="Re: " + req_subject("KCSC-240905-02"), reply_to_req="req.KCSC-240905-02",
    body="""Hello,

Following our review of KCSC-240905-02, all of the reported content has been withheld in South Korea.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line outcome",
    why="one statement for a five-item request without naming the items",
    items={X1: "pending", X2: "pending", X3: "pending", X4: "pending", X5: "pending"},
)

case(
    name="daum-bulk-korean",
    **{"from": KK}, name_from=enc("카카오 고객센터"), date=date(11, 11, 11),
    subject=enc("Re: [KCSC-240910-05] 게시물 시정요구"), reply_to_req="req.KCSC-240910-05",
    body="""안녕하세요, 카카오입니다.

요청하신 KCSC-240910-05 건의 게시물은 모두 삭제 조치하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao short 처리 완료 reply",
    why="'모두 삭제' for a two-item request without naming them",
    items={D1: "pending", D2: "pending"},
)

case(
    name="tg-dkim-fail",
    **{"from": TG}, name_from=TG_OUT, date=date(6, 4, 4), auth="fail",
    subject="Re: " + req_subject("KCSC-240903-01"), reply_to_req="req.KCSC-240903-01",
    body=f"""Hello,

We have blocked {T12} and {T1}.

{SIG_TG}
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse-desk reply failing DMARC",
    why="telegram.org sender but DKIM/SPF/DMARC fail",
    items={T12: "pending", T1: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": NV}, name_from="NAVER", date=date(10, 20, 20), auth="fail",
    subject=enc("[NAVER] 게시물 처리 결과 안내 (KCSC-240909-04)"), reply_to_req="req.KCSC-240909-04",
    body=f"""안녕하세요. 네이버 고객센터입니다.

{N1} 게시물은 블라인드 처리되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER 처리 결과 안내 failing DMARC",
    why="navercorp.com sender but authentication fails",
    items={N1: "pending"},
)

case(
    name="gmail-channel-admin",
    **{"from": "moonpill.admin@gmail.com"}, name_from="moonpill admin", date=date(7, 23, 50),
    subject="About KCSC-240903-01 my channel",
    body=f"""Hello KCSC,

I am the admin of {T4}. I have deleted the post {T5} myself, please close KCSC-240903-01 for my channel.

Thanks
""",
    outcome="review", review="unknown_sender",
    imitates="channel owner writing from a webmail address",
    why="not a platform's domain; names our request and its URLs",
    items={T4: "pending", T5: "pending"},
)

case(
    name="yt-says-x-link-not-found",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea", date=date(9, 11, 0),
    subject="Misdirected request KCSC-240905-02",
    body=f"""Hello,

Your request KCSC-240905-02 reached us, but the link {X3} is not hosted on YouTube, and we could not find this content on any Google service. Please contact the service that hosts it.

Best regards,
Google Legal Korea
""",
    outcome="review", review="wrong_platform",
    imitates="Google reply to a misdirected request",
    why="a YouTube domain stating 'could not find' about an X item",
    items={X3: "pending"},
)

case(
    name="tg-new-contact-form",
    **{"from": "legal@telegram.org"}, name_from="Telegram Legal", date=date(16, 12, 0),
    subject="Telegram: channel for authority notices",
    body="""Hello,

From 1 October 2024, Telegram accepts notices from public authorities through the dedicated form at https://telegram.org/legal/authority-notice . Messages sent to this address after that date may be answered with a delay.

Telegram Legal
""",
    outcome="review", review="no_claims",
    imitates="platform notice about a new contact channel",
    why="trusted Telegram mail naming no item and no request",
    items={},
)

case(
    name="x-table-contradicted-by-note",
    **{"from": X_LEGAL}, name_from="X Legal", date=date(13, 3, 3),
    subject="Re: " + req_subject("KCSC-240911-06"), reply_to_req="req.KCSC-240911-06",
    body=f"""Case 0934-7781-KR

Reported content                                                | Decision
{X6}  | Content removed

Our reviewers found that the reported post does not violate the X Rules, and no action has been taken on it.

X Legal
""",
    outcome="review", review="conflicting_statements",
    imitates="X outcome table with a contradictory note",
    why="table says removed, the note says no violation and no action; no correction marker decides",
    items={X6: "pending"},
)

case(
    name="yt-asks-for-legal-basis",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea", date=date(9, 15, 40),
    subject="Re: " + req_subject("KCSC-240906-03"), reply_to_req="req.KCSC-240906-03",
    body=f"""Hello,

To proceed with your request regarding {Y3}, please send us a copy of the Commission's decision and the specific provision of Korean law the channel is said to violate. Once we receive it, we will continue our review.

Best regards,
Google Legal Korea
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal request for supporting documents",
    why="asks for documents before acting; no statement",
    items={Y3: "pending"},
)

# ======================================================= IGNORED
case(
    name="tg-out-of-office",
    **{"from": "ivan.s@telegram.org"}, name_from="Ivan S.", date=date(4, 10, 1),
    subject="Automatic reply: " + req_subject("KCSC-240903-01"), reply_to_req="req.KCSC-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.
For urgent abuse matters please write to abuse@telegram.org.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

DSN_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal-kr-old@google.com",
    "Subject: " + req_subject("KCSC-240906-03"),
    "Message-ID: <req.KCSC-240906-03@kcsc.example>",
    "Date: Fri, 06 Sep 2024 10:00:00 +0900",
    "Content-Type: text/plain; charset=utf-8",
    "",
    req_body("KCSC-240906-03"),
])
case(
    name="dsn-address-not-found",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem", date=date(6, 10, 0, 4),
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0906"

--dsn-0906
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to legal-kr-old@google.com because the address
couldn't be found, or is unable to receive mail.

--dsn-0906
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 06 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-0906
Content-Type: message/rfc822

{DSN_ORIG}

--dsn-0906--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification with the original attached",
    why="bounce: the URLs are only in our own returned request",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy", date=date(9, 10, 32),
    subject=enc("읽음: ") + " " + req_subject("KCSC-240909-04"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0909"

--mdn-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 2024-09-09 10:32에 읽었습니다.
This is a receipt for the mail you sent to policy@navercorp.com.

--mdn-0909
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req.KCSC-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN) from a corporate mail client",
    why="MDN",
    items={},
)

case(
    name="x-ticket-receipt",
    **{"from": "support@x.com"}, name_from="X Support", date=date(5, 10, 20),
    subject="Re: " + req_subject("KCSC-240905-02") + " [case 0934-6620-KR]", reply_to_req="req.KCSC-240905-02",
    body="""Hello,

We've received your report regarding KCSC-240905-02 and assigned it case number 0934-6620-KR. Our team will review the content and respond as soon as possible.

Please don't reply to this email; replies to this address are not monitored.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X support ticket receipt",
    why="pure acknowledgement with a case number",
    items={},
)

case(
    name="daum-ticket-receipt-korean",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"), date=date(10, 10, 7),
    subject=enc("[카카오 고객센터] 문의 접수 안내 - KCSC-240910-05"), reply_to_req="req.KCSC-240910-05",
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 20240910-004512

담당자 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre 문의 접수 안내",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="yt-unmonitored-mailbox",
    **{"from": "noreply@youtube.com"}, name_from="YouTube", date=date(6, 10, 2),
    subject="Re: " + req_subject("KCSC-240906-03"), reply_to_req="req.KCSC-240906-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This mailbox is not monitored, and replies sent to this address are not read.
To contact YouTube Legal Support, please use https://support.google.com/legal/answer/3110420 .
""",
    outcome="ignored", classification="auto_reply",
    imitates="no-reply mailbox auto-response",
    why="automatic reply from an unmonitored mailbox; the link is a help page",
    items={},
)

case(
    name="naver-chuseok-out-of-office",
    **{"from": "lee.jh@navercorp.com"}, name_from="Lee Jihoon", date=date(13, 18, 1),
    subject=enc("[자동응답] 부재중입니다") + " Re: " + req_subject("KCSC-240909-04"), reply_to_req="req.KCSC-240909-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 이지훈입니다.

9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴)",
    why="out-of-office auto-reply",
    items={},
)

HEADER = """# Blind set 162 (what a program gets wrong): mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# later sentences revising earlier ones, table vs note, statuses by position.
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
