#!/usr/bin/env python3
"""Blind set blind840 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
corrected (or contradicted) by a note, statuses given by position.

    python3 tests/corpus/blind840/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind840"

# ---------------------------------------------------------------- requests
Y1 = "https://www.youtube.com/watch?v=Qm7dLp2Xa41"
Y2 = "https://www.youtube.com/watch?v=bT9kW3nRz0c"
Y3 = "https://www.youtube.com/watch?v=Hc2pV8sLq5M"
Y4 = "https://www.youtube.com/watch?v=nZ4rT1yJw7E"
Y5 = "https://www.youtube.com/watch?v=Kd8xF3mPa2s"
Y6 = "https://www.youtube.com/watch?v=vL5gN0qHc9B"
Y7 = "https://www.youtube.com/watch?v=Ws1eJ6uTk4D"
Y8 = "https://www.youtube.com/watch?v=pR3aY7cMn8V"
Y9 = "https://www.youtube.com/watch?v=Fx0bQ2hLd6G"
Y10 = "https://www.youtube.com/watch?v=tJ9mS4wKe1U"
Y11 = "https://www.youtube.com/watch?v=Ag6cZ8rVp3N"
Y12 = "https://www.youtube.com/@goldtide_casino_kr"
Y13 = "https://www.youtube.com/shorts/Ue2kH5nXb7Q"

X1 = "https://x.com/lunar_betkr/status/1831402257718300211"
X2 = "https://x.com/lunar_betkr/status/1831419988305522842"
X3 = "https://x.com/sodam_deals/status/1831650071124480016"
X4 = "https://x.com/sodam_deals"

T1 = "https://t.me/hanbit_toto/412"
T2 = "https://t.me/hanbit_toto/415"
T3 = "https://t.me/hanbit_toto/433"
T4 = "https://t.me/seoul_pillbox"
T5 = "https://t.me/seoul_pillbox/57"

N1 = "https://blog.naver.com/moonpetal_88/223571840226"
N2 = "https://cafe.naver.com/nightdealers/5521"
N3 = "https://m.blog.naver.com/greenleaf_shop/223580019377"

# Tistory entries with Korean slugs, stored percent-encoded.
K1 = "https://nightowl-store.tistory.com/entry/%EC%A0%95%ED%92%88-%ED%95%A0%EC%9D%B8-%EC%BD%94%EB%93%9C"
K1_RAW = "https://nightowl-store.tistory.com/entry/정품-할인-코드"
K2 = "https://cafe.daum.net/pillmarket77/Ee3k/219"
K3 = "https://nightowl-store.tistory.com/entry/%EB%B0%B0%EC%86%A1-%EC%95%88%EB%82%B4"
K3_RAW = "https://nightowl-store.tistory.com/entry/배송-안내"

TT1 = "https://www.tiktok.com/@jackpot.mina/video/7412033958120475909"
TT2 = "https://www.tiktok.com/@jackpot.mina/video/7412291104473318678"

S1 = "https://t.me/quietmarket_kr/88"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message-id stem, note, urls
    ("KCSC-240903-01", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "gambling", "req-240903-01", "illegal online casino promotion (videos, shorts, channel)",
     [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12, Y13]),
    ("KCSC-240905-02", "x", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "gambling", "req-240905-02", "betting adverts and an illegal goods account",
     [X1, X2, X3, X4]),
    ("KCSC-240909-03", "telegram", "2024-09-09T09:30:00+09:00", "2024-09-16T23:59:59+09:00",
     "gambling", "req-240909-03", "toto channel posts and a pill-selling channel",
     [T1, T2, T3, T4, T5]),
    ("KCSC-240910-04", "naver", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "drugs", "req-240910-04", "blog and cafe posts selling prescription drugs",
     [N1, N2, N3]),
    ("KCSC-240911-05", "kakao", "2024-09-11T10:20:00+09:00", "2024-09-18T23:59:59+09:00",
     "counterfeit", "req-240911-05", "Tistory shop entries and a Daum cafe post",
     [K1, K2, K3]),
    ("KCSC-240912-06", "tiktok", "2024-09-12T15:00:00+09:00", "2024-09-19T23:59:59+09:00",
     "gambling", "req-240912-06", "casino promotion videos",
     [TT1, TT2]),
    ("KCSC-240913-07", "telegram", "2024-09-13T16:10:00+09:00", "2024-09-20T23:59:59+09:00",
     "drugs", "req-240913-07", "single post offering prescription drugs",
     [S1]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def d(stamp, offset_hours=0):
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(
        tzinfo=timezone(timedelta(hours=offset_hours)))
    return format_datetime(dt)


def hw(s):
    """RFC 2047 encoded-word for a non-ASCII header value."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64lines(data):
    enc = base64.b64encode(data).decode("ascii")
    return "\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))


def single_b64(ctype, text):
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            + b64lines(text.strip("\n").encode("utf-8")) + "\n")


def single_qp(ctype, text):
    qp = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp)


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


REQ_X_BODY = f"""Dear X Legal team,

The Korea Communications Standards Commission has found that the items
below breach Korean law on illegal gambling and the sale of illegal goods.
Please remove them or block access to them from Korea (our reference
KCSC-240905-02).

1. {X1}
2. {X2}
3. {X3}
4. {X4}

Please tell us what you have done with each item by 12 September 2024.

Korea Communications Standards Commission
Takedown desk"""

REQ_YT_SHORT = f"""Dear YouTube Legal team,

Please remove the following content, which promotes an unlicensed online
casino (our reference KCSC-240903-01):

{Y1}
{Y2}
[11 further URLs]

Korea Communications Standards Commission"""

AUTO = ["Auto-Submitted: auto-replied"]

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =======================

case(name="yt-mixed-one-sentence",
     from_="legal-support@google.com", name_from="YouTube Legal Support",
     date=d("2024-09-06 07:41:09"), subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
     reply_to_req="req-240903-01",
     body=f"""Hello,

Thank you for your notice of 3 September 2024 (your reference KCSC-240903-01).

Following our review, we have removed {Y1} from YouTube for violating our Community Guidelines and restricted {Y2} in South Korea on the basis of local law, but {Y3} does not violate our policies or the Korean law described in your notice, so it remains available.

The remaining URLs in your request are still being assessed and we will write again once that is complete.

Regards,
Minseo
YouTube Legal Support""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal removal outcome email (global removal / local block / no action in one reply)",
     why="one sentence: removed, restricted in KR, and 'but ... remains available' (rejected)",
     items={Y1: "removed", Y2: "restricted", Y3: "rejected"})

case(name="yt-table-corrected-by-note",
     from_="legal-support@google.com", name_from="YouTube Legal Support",
     date=d("2024-09-09 02:15:44"), subject="Re: [KCSC-240903-01] Outcome of your legal request",
     type="html",
     body=f"""<html><body>
<p>Hello,</p>
<p>Below is the outcome for the URLs in your request KCSC-240903-01 that our team has reviewed so far.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{Y4}</td><td>Removed &ndash; Community Guidelines (spam, deceptive practices)</td></tr>
<tr><td>{Y5}</td><td>Removed &ndash; Community Guidelines</td></tr>
<tr><td>{Y6}</td><td>Pending review</td></tr>
</table>
<p><b>Correction to the table above:</b> the video {Y5} was not removed. We blocked it for viewers in South Korea under local law; it remains viewable in other countries. We apologise for the error in the table.</p>
<p>Kind regards,<br>YouTube Legal Support</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal-request outcome table with a correction note under it",
     why="table says Removed for Kd8x..., the note below explicitly corrects it to a KR-only block; third row still pending",
     items={Y4: "removed", Y5: "restricted", Y6: "pending"})

case(name="x-not-removed-but-withheld",
     from_="legal-noreply@x.com", name_from="X Legal",
     date=d("2024-09-07 03:02:17"), subject="Re: KCSC-240905-02 - Legal request regarding content on X",
     reply_to_req="req-240905-02",
     body=f"""Hello,

We are writing about your request KCSC-240905-02.

The post {X1} has not been removed from X. Instead, we have withheld it in South Korea in response to your legal demand, so it can no longer be viewed from Korea.

We have not taken any action on {X2}. After review we found that it does not violate the X Rules or the local law you cited: the post links to a news article about betting regulation and does not itself advertise gambling services.

Regards,
X Legal""",
     outcome="applied", classification="confirmation",
     imitates="X country-withheld-content notice to a government requester, with a no-action finding",
     why="'has not been removed ... instead withheld in South Korea' is restricted; 'not taken any action ... does not violate' is rejected",
     items={X1: "restricted", X2: "rejected"})

case(name="tg-refusal-with-reason",
     from_="abuse@telegram.org", name_from="Telegram Abuse Team",
     date=d("2024-09-11 08:55:30"), subject="Re: [KCSC-240909-03] Illegal gambling and drug content",
     reply_to_req="req-240909-03",
     body=f"""Hello,

Regarding your request KCSC-240909-03:

Messages {T1} and {T2} have been taken down.

We have decided not to act on the channel {T4}. We checked it: it is a pharmacy price-comparison channel run by a registered business, and nothing posted there breaks Telegram's Terms of Service.

Telegram Abuse Team""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply (terse takedown confirmation plus a refusal with its reason)",
     why="two messages taken down; the channel refused with a reason",
     items={T1: "removed", T2: "removed", T4: "rejected"})

case(name="naver-blind-and-author-deleted",
     from_="right@navercorp.com", name_from=hw("네이버 권리보호센터"),
     date=d("2024-09-12 10:30:05", 9), subject=hw("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240910-04)"),
     reply_to_req="req-240910-04",
     body=f"""안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240910-04)의 처리 결과를 알려드립니다.

{N1} 게시물은 운영정책 위반이 확인되어 블라인드 처리하였으며, {N2} 게시물은 확인 결과 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

나머지 1건은 검토가 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.
네이버 권리보호센터 드림""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 권리보호센터 게시중단 처리 결과 안내 (블라인드 / 작성자 삭제)",
     why="one Korean sentence: first post 블라인드 (removed), second already deleted by its author (not_found)",
     items={N1: "removed", N2: "not_found"})

case(name="kakao-tistory-raw-korean-path",
     from_="right@kakaocorp.com", name_from=hw("카카오 권리침해신고센터"),
     date=d("2024-09-13 11:12:48", 9), subject=hw("[Kakao] 권리침해 신고 처리 결과 안내 - KCSC-240911-05"),
     reply_to_req="req-240911-05",
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청번호 KCSC-240911-05 관련 처리 결과를 아래와 같이 알려드립니다.

- {K1_RAW}
  → 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)하였습니다.
- {K3_RAW}
  → 운영정책 위반으로 게시물을 삭제하였습니다.

임시조치 기간 중 게시자가 재게시를 요청할 경우 별도로 알려드리겠습니다.

감사합니다.
카카오 권리침해신고센터""",
     outcome="applied", classification="confirmation",
     imitates="Daum/Tistory 권리침해신고센터 임시조치·삭제 결과 안내",
     why="raw Korean Tistory paths (stored percent-encoded): 임시조치 is restricted, 삭제 is removed; the last sentence is only a condition",
     items={K1: "restricted", K3: "removed"})

case(name="yt-url-then-status-line",
     from_="legal-ops@google.com", name_from="YouTube Legal Operations",
     date=d("2024-09-09 06:20:00"), subject="[KCSC-240903-01] Review results",
     body=f"""Hi,

Here is the result of our review for your notice KCSC-240903-01.

{Y3}
Outcome: Removed (Community Guidelines - harmful or dangerous content)

{Y4}
Outcome: Not found - this video ID does not exist or was deleted before our review

{Y5}
Outcome: Blocked in KR (local legal reasons)

Videos not listed above are still under review.

YouTube Legal Operations""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal operations result list, bare URL with its outcome on the next line",
     why="each status is on the line below its URL",
     items={Y3: "removed", Y4: "not_found", Y5: "restricted"})

case(name="yt-statement-then-url-line",
     from_="legal-support@google.com", name_from="The YouTube Legal Team",
     date=d("2024-09-10 04:47:31"), subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
     reply_to_req="req-240903-01",
     body=f"""Hello,

We have completed our review of the videos in your notice KCSC-240903-01 that were assigned to our team.

The following video has been removed from YouTube for violating our spam and deceptive practices policy:
{Y6}

The following video has been made unavailable in South Korea under local law. It remains available in other countries:
{Y7}

We did not find a violation of our Community Guidelines or of the local law cited in the following video, so we will not be taking action on it:
{Y8}

If you have further information about this video, you can submit a new request at https://support.google.com/legal/answer/3110420?hl=en.

Best,
The YouTube Legal Team""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal team reply, statement followed by the URL on the next line",
     why="statement precedes each URL; the help-centre link is not an item",
     items={Y6: "removed", Y7: "restricted", Y8: "rejected"})

case(name="tg-hedge-in-relative-clause",
     from_="abuse@telegram.org", name_from="Telegram Abuse Desk",
     date=d("2024-09-12 13:05:19"), subject="Re: [KCSC-240909-03] Illegal gambling and drug content",
     reply_to_req="req-240909-03",
     body=f"""Hi,

Thanks for the report (KCSC-240909-03).

We removed {T3}, which may have been reposted in other channels that we have not yet identified.

The channel {T4} could not be found: the username is not in use at the moment.

Best regards,
Telegram Abuse Desk""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply",
     why="'may have been reposted' hedges only the relative clause, not 'We removed'; channel not found",
     items={T3: "removed", T4: "not_found"})

case(name="yt-statuses-by-position-list",
     from_="legal-support@google.com", name_from="YouTube Legal Support",
     date=d("2024-09-13 01:33:52"), subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
     reply_to_req="req-240903-01",
     body=f"""Dear KCSC team,

Regarding your notice KCSC-240903-01. Of the four items below, the first two were removed for violating our policy on the promotion of illegal gambling, the third has been restricted in South Korea under local law, and the fourth, a channel, did not violate our Community Guidelines and remains live.

1. {Y9}
2. {Y10}
3. {Y11}
4. {Y12}

Kind regards,
YouTube Legal Support""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal support reply summarising outcomes by position over a numbered list",
     why="statuses given by position (first two / third / fourth) over a numbered list that names each URL",
     items={Y9: "removed", Y10: "removed", Y11: "restricted", Y12: "rejected"})

case(name="x-items-by-number-quoted-notice",
     from_="legal-noreply@x.com", name_from="X Legal",
     date=d("2024-09-10 09:14:26"), subject="Re: KCSC-240905-02 Removal request",
     reply_to_req="req-240905-02",
     body=f"""Hi,

Thanks for your request. Items 1 and 2 of your notice have been withheld in South Korea. Item 3 has been removed for violating our rules on illegal or certain regulated goods and services. Item 4 (the account) is still being reviewed by our team and we will update you separately.

X Legal

On Thu, 5 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REQ_X_BODY)}""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply by item number, top-posted over the quoted numbered notice (Gmail quoting)",
     why="statuses by item number in the new text; the numbers resolve against the quoted notice's numbered list; item 4 still under review",
     items={X1: "restricted", X2: "restricted", X3: "removed", X4: "pending"})

case(name="naver-kcsc-result-table-html",
     from_="policy@navercorp.com", name_from=hw("NAVER 정책지원팀"),
     date=d("2024-09-19 15:40:00", 9), subject=hw("시정요구 조치결과 회신 (KCSC-240910-04)"),
     type="html",
     body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240910-04)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td>{N2}</td><td>접속차단</td><td>국내 접속 제한</td></tr>
<tr><td>3</td><td>{N3}</td><td>미조치</td><td>위반 사항 없음(게시 유지)</td></tr>
</table>
<p>문의 사항은 회신 메일로 보내 주시기 바랍니다.</p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 table (삭제 / 접속차단 / 미조치)",
     why="HTML table: 삭제 removed, 접속차단 (domestic) restricted, 미조치 with '위반 사항 없음' rejected",
     items={N1: "removed", N2: "restricted", N3: "rejected"})

CSV_ATT = f"""url,decision,detail
{Y1},removed,Community Guidelines: spam and deceptive practices
{Y2},no action,Does not violate our policies or the local law cited
{Y13},age-restricted,Viewable only by signed-in users aged 18 or over
"""
case(name="yt-csv-attachment",
     from_="legal-support@google.com", name_from="YouTube Legal Support",
     date=d("2024-09-16 05:02:11"), subject="[KCSC-240903-01] Outcome file",
     reply_to_req="req-240903-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_yt840_mix"

--=_yt840_mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the URLs of your notice
KCSC-240903-01 that we have completed. Reply to this email if you have
any questions.

YouTube Legal Support

--=_yt840_mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64lines(CSV_ATT.encode("utf-8"))}

--=_yt840_mix--
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome sent as a CSV attachment",
     why="base64 CSV: removed; 'no action, does not violate' rejected; age-restricted is restricted",
     items={Y1: "removed", Y2: "rejected", Y13: "restricted"})

KAKAO_QP = f"""안녕하세요. Daum 고객센터 권리침해신고 담당자입니다.

KCSC-240911-05 건으로 신고하신 게시물에 대한 검토 결과를 안내드립니다.

{K1}
위 게시물은 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시중단 요청을 받아들이지 않았습니다. 게시물은 현재 그대로 유지됩니다.

{K2}
위 카페 게시글은 카페 운영자에 의해 삭제되었습니다.

감사합니다.
Daum 고객센터"""
case(name="kakao-qp-negated-gesijungdan",
     from_="cs-right@daum.net", name_from=hw("Daum 고객센터"),
     date=d("2024-09-14 09:48:20", 9), subject=hw("Re: 권리침해 신고 검토 결과 (KCSC-240911-05)"),
     reply_to_req="req-240911-05",
     raw_mime=single_qp("text/plain", KAKAO_QP),
     outcome="applied", classification="confirmation",
     imitates="Daum 고객센터 권리침해 신고 검토 결과 (quoted-printable Korean, URL above its statement)",
     why="'게시중단 요청을 받아들이지 않았습니다 ... 그대로 유지' is a refusal (rejected), not 게시중단; cafe operator deletion is removed; QP soft breaks wrap the long URL",
     items={K1: "rejected", K2: "removed"})

case(name="tg-sole-item-outlook-toppost",
     from_="dsa@telegram.org", name_from="Telegram DSA Team",
     date=d("2024-09-14 06:30:41"), subject="RE: [KCSC-240913-07] Removal request",
     reply_to_req="req-240913-07",
     body=f"""Hello,

The post you reported has been removed.

Kind regards,
Telegram DSA Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 4:10 PM
To: dsa@telegram.org
Subject: [KCSC-240913-07] Removal request

Dear Telegram,

Please remove the following post, which offers prescription drugs for sale
without a licence:
{S1}

Reference: KCSC-240913-07
Korea Communications Standards Commission""",
     outcome="applied", classification="confirmation",
     imitates="Telegram DSA team one-line reply top-posted over an Outlook-quoted request",
     why="one-item request; 'the post you reported has been removed' applies to its only item (the URL itself is only in the quoted request)",
     items={S1: "removed"})

case(name="x-gmail-quote-account-suspended",
     from_="support@x.com", name_from="X Support",
     date=d("2024-09-09 00:52:03"), subject="Re: KCSC-240905-02 Removal request",
     reply_to_req="req-240905-02",
     body=f"""Hello,

The account {X4} has been permanently suspended for repeated violations of our rules on illegal goods and services. The other items in your request remain under review.

X Support

On Thu, Sep 5, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REQ_X_BODY)}""",
     outcome="applied", classification="confirmation",
     imitates="X support reply on account suspension, top-posted over a Gmail-quoted request",
     why="account suspended = removed; the quoted URLs are not statements and stay pending",
     items={X4: "removed", X1: "pending", X2: "pending", X3: "pending"})

case(name="tiktok-dsa-statement-of-reasons",
     from_="legal-noreply@tiktok.com", name_from="TikTok Trust & Safety",
     date=d("2024-09-15 03:10:00"), subject="Decision on your report - KCSC-240912-06",
     body=f"""Dear reporter,

We have reviewed the content you reported (your reference KCSC-240912-06) under our Community Guidelines and applicable law. Our decisions are set out below.

Content: {TT1}
Decision: Restricted - not available in the Republic of Korea
Facts and circumstances: reviewed following a notice from a government authority
Ground: content illegal under the law of the Republic of Korea. No violation of our Community Guidelines was found, so the content remains available in other regions.
Automated means used: No

Content: {TT2}
Decision: Removed
Ground: violation of our Community Guidelines (gambling promotion)
Automated means used: No

You may ask us to reconsider these decisions at https://www.tiktok.com/legal/report/feedback.

TikTok Trust & Safety""",
     outcome="applied", classification="confirmation",
     imitates="TikTok DSA-style statement of reasons (decision, facts, ground, automated means)",
     why="first block is a Korea-only restriction even though it says 'no violation ... remains available in other regions'; second removed",
     items={TT1: "restricted", TT2: "removed"})

case(name="naver-not-deleted-but-temporary",
     from_="help@navercorp.com", name_from=hw("네이버 고객센터"),
     date=d("2024-09-13 17:22:09", 9), subject=hw("Re: [KCSC-240910-04] 게시물 처리 결과"),
     reply_to_req="req-240910-04",
     body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물(KCSC-240910-04)에 대한 처리 결과입니다.

{N3} 게시물은 삭제되지는 않았으나, 권리침해 여부를 판단하기 어려워 정보통신망법 제44조의2 제4항에 따라 30일간 임시조치되었습니다.

{N1} 게시물은 운영정책 위반으로 비공개 처리되었습니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 임시조치 안내",
     why="'삭제되지는 않았으나 ... 임시조치' is restricted (negated 삭제 is not removed); 비공개 처리 by the platform is removed",
     items={N3: "restricted", N1: "removed"})

case(name="yt-relative-clause-earlier-status",
     from_="legal-support@google.com", name_from="YouTube Legal Support",
     date=d("2024-09-18 08:03:37"), subject="Re: [KCSC-240903-01] Update",
     reply_to_req="req-240903-01",
     body=f"""Hello,

Further to our earlier message about KCSC-240903-01:

The video {Y10}, which we had initially restricted in South Korea only, has now been removed from YouTube globally after the uploader's channel was terminated.

{Y11} stays restricted in South Korea; it is not available to viewers there.

Regards,
YouTube Legal Support""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal follow-up revising an earlier local block to a global removal",
     why="the relative clause carries the old status (restricted); the main clause says removed globally",
     items={Y10: "removed", Y11: "restricted"})

case(name="x-refusal-licensed-lottery",
     from_="legal-noreply@x.com", name_from="X Legal",
     date=d("2024-09-12 02:25:58"), subject="Re: KCSC-240905-02 - Legal request regarding content on X",
     reply_to_req="req-240905-02",
     body=f"""Hello,

Thank you for your report KCSC-240905-02. After careful review, the posts {X1} and {X2} will not be withheld or removed. Both posts promote a lottery operated under a government licence, and we could not identify a violation of the X Rules or of the Korean law cited in your request.

If you believe we have made an error, you can provide a court order or further legal reasoning by replying to this email.

X Legal""",
     outcome="applied", classification="confirmation",
     imitates="X legal refusal with reasons (no violation found, invitation to provide a court order)",
     why="'will not be withheld or removed' plus a reason is a refusal decision (rejected), not a promise",
     items={X1: "rejected", X2: "rejected"})

case(name="tg-numbered-list-mixed",
     from_="abuse@telegram.org", name_from="Telegram Abuse Team",
     date=d("2024-09-13 10:41:27"), subject="Re: [KCSC-240909-03] Illegal gambling and drug content",
     reply_to_req="req-240909-03",
     body=f"""Hello,

Results for KCSC-240909-03:

1) {T1} - removed
2) {T2} - we could not find this message; the channel owner may have deleted it before our review
3) {T3} - checked, no violation of our Terms of Service, no action taken

Telegram Abuse Team""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk numbered result list",
     why="could not find is not_found (the hedge is only about why); 'no violation, no action' is rejected",
     items={T1: "removed", T2: "not_found", T3: "rejected"})

KAKAO_HTML = f"""<html><body>
<p>안녕하세요, Daum 권리침해신고센터입니다.</p>
<p>KCSC-240911-05 요청 건의 처리 결과를 알려드립니다.</p>
<ul>
<li><a href="{K3}">{K3_RAW}</a> : 게시중단(삭제) 처리 완료</li>
<li><a href="{K2}">{K2}</a> : 존재하지 않는 게시글입니다 (이미 삭제된 게시글)</li>
</ul>
<p>자주 묻는 질문: <a href="https://cs.daum.net/faq/95.html">https://cs.daum.net/faq/95.html</a></p>
<p>Daum 권리침해신고센터</p>
</body></html>"""
case(name="kakao-base64-html",
     from_="noreply-right@daum.net", name_from=hw("Daum 권리침해신고센터"),
     date=d("2024-09-17 14:06:12", 9), subject=hw("[Daum] 권리침해신고 처리 결과 (KCSC-240911-05)"),
     raw_mime=single_b64("text/html", KAKAO_HTML),
     outcome="applied", classification="confirmation",
     imitates="Daum 권리침해신고센터 처리 결과 (base64 HTML list)",
     why="게시중단(삭제) is removed; 존재하지 않는 게시글 is not_found; FAQ link is not an item",
     items={K3: "removed", K2: "not_found"})

case(name="yt-ack-then-statement",
     from_="legal-support@google.com", name_from="YouTube Legal Support",
     date=d("2024-09-08 11:19:45"), subject="[7-2219000031244] Your legal request KCSC-240903-01",
     body=f"""Thanks for contacting YouTube.

We've received your legal request (your reference KCSC-240903-01, our reference 7-2219000031244).

We reviewed the following videos and removed both of them for violating our Community Guidelines:
- {Y6}
- {Y7}

We'll write again about the other videos in your request.

YouTube Legal Support""",
     outcome="applied", classification="confirmation",
     imitates="Google legal support case email: receipt wording followed by an outcome",
     why="acknowledgement phrase plus an unhedged removal of two listed videos is a confirmation",
     items={Y6: "removed", Y7: "removed"})

case(name="tg-disregard-previous-message",
     from_="abuse@telegram.org", name_from="Telegram Abuse Desk",
     date=d("2024-09-16 07:58:02"), subject="Re: [KCSC-240909-03] Correction",
     reply_to_req="req-240909-03",
     body=f"""Hello,

Please disregard our message of 14 September regarding {T5}; it was sent in error. That post has not been removed. Our moderators reviewed it again and found that it does not break our Terms of Service, so it will remain available.

Sorry for the confusion.

Telegram Abuse Desk""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk correction of an earlier message",
     why="'has not been removed' plus 'does not break our Terms of Service ... remain available' is rejected",
     items={T5: "rejected"})

case(name="x-removed-but-not-suspended",
     from_="legal-noreply@x.com", name_from="X Legal",
     date=d("2024-09-11 05:36:40"), subject="Re: KCSC-240905-02 Removal request",
     reply_to_req="req-240905-02",
     body=f"""Hi,

Update on KCSC-240905-02: we removed the post <{X3}> but did not suspend the account <{X4}>, as the account as a whole does not violate our rules.

X Legal""",
     outcome="applied", classification="confirmation",
     imitates="X legal short update (post removed, account not suspended)",
     why="one sentence, two statuses: removed, and a refusal with reason for the account; URLs in angle brackets",
     items={X3: "removed", X4: "rejected"})

case(name="naver-fullwidth-colon-list",
     from_="right@navercorp.com", name_from=hw("네이버 권리보호센터"),
     date=d("2024-09-18 10:05:55", 9), subject=hw("[NAVER] KCSC-240910-04 처리 결과 회신"),
     reply_to_req="req-240910-04",
     body=f"""안녕하세요. 네이버 권리보호센터입니다.

KCSC-240910-04 요청에 대한 처리 결과를 회신드립니다.

① {N1}：게시중단 완료
② {N3}：존재하지 않는 게시물(URL 오류)
③ {N2}：검토 중

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 권리보호센터 circled-number result list",
     why="full-width colon right after each URL; 게시중단 removed, 존재하지 않는 게시물 not_found, 검토 중 pending",
     items={N1: "removed", N3: "not_found", N2: "pending"})

# ======================= REVIEW =======================

case(name="yt-will-be-removed-promise",
     from_="legal-support@google.com", name_from="YouTube Legal Support",
     date=d("2024-09-05 04:11:30"), subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
     reply_to_req="req-240903-01",
     body=f"""Hello,

Thank you for your notice KCSC-240903-01. Our legal team has started its assessment.

The videos {Y1} and {Y2} will be removed once the assessment is complete, which normally takes two to three business days. We will confirm by email when that happens.

YouTube Legal Support""",
     outcome="review", review="not_understood",
     imitates="YouTube legal support interim reply",
     why="'will be removed once ...' is a promise, not a statement",
     items={Y1: "pending", Y2: "pending"})

case(name="x-appears-deleted-hedge",
     from_="legal-noreply@x.com", name_from="X Legal",
     date=d("2024-09-08 07:45:13"), subject="Re: KCSC-240905-02 Removal request",
     reply_to_req="req-240905-02",
     body=f"""Hi there,

Regarding KCSC-240905-02: the post {X1} appears to have been deleted by the account holder, and {X2} may no longer be visible from Korea. We are confirming both with our engineering team and will follow up.

X Legal""",
     outcome="review", review="not_understood",
     imitates="X legal interim reply with unconfirmed findings",
     why="'appears to have been deleted' and 'may no longer be visible' are hedges, confirmation still to come",
     items={X1: "pending", X2: "pending"})

case(name="tg-all-removed-bulk",
     from_="abuse@telegram.org", name_from="Telegram Abuse Team",
     date=d("2024-09-12 04:03:16"), subject="Re: [KCSC-240909-03] Illegal gambling and drug content",
     reply_to_req="req-240909-03",
     body="""Hello,

All the content reported in your request KCSC-240909-03 has been removed.

Thank you for helping keep Telegram safe.

Telegram Abuse Team""",
     outcome="review", review="bulk",
     imitates="Telegram abuse-desk blanket confirmation",
     why="'all the content ... removed' for a five-item request names no item",
     items={T1: "pending", T2: "pending", T3: "pending", T4: "pending", T5: "pending"})

case(name="naver-bulk-korean",
     from_="right@navercorp.com", name_from=hw("네이버 권리보호센터"),
     date=d("2024-09-15 09:30:00", 9), subject=hw("[NAVER] 게시중단 요청 처리 완료 (KCSC-240910-04)"),
     reply_to_req="req-240910-04",
     body="""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물(KCSC-240910-04) 모두 운영정책에 따라 삭제 조치를 완료하였습니다.

감사합니다.""",
     outcome="review", review="bulk",
     imitates="NAVER 일괄 삭제 완료 안내",
     why="'모두 삭제' for a three-item request, no item named",
     items={N1: "pending", N2: "pending", N3: "pending"})

case(name="x-auth-fail",
     from_="legal-noreply@x.com", name_from="X Legal", auth="fail",
     date=d("2024-09-09 12:00:31"), subject="Re: KCSC-240905-02 Removal request",
     reply_to_req="req-240905-02",
     body=f"""Hello,

The post {X3} has been removed for violating the X Rules.

X Legal""",
     outcome="review", review="untrusted",
     imitates="X legal confirmation failing DKIM/SPF/DMARC",
     why="x.com sender but authentication failed",
     items={X3: "pending"})

case(name="yt-uploader-unknown-sender",
     from_="ops@goldtide-media.example", name_from="GoldTide Media",
     date=d("2024-09-07 14:27:50", 9), subject="Complaint KCSC-240903-01 about our channel",
     body=f"""To the Korea Communications Standards Commission,

We received a notice from YouTube about your complaint KCSC-240903-01. We have deleted the video {Y3} ourselves and ask you to withdraw the complaint against our channel {Y12}.

GoldTide Media operations""",
     outcome="review", review="unknown_sender",
     imitates="uploader writing to the regulator directly after a platform notice",
     why="not a platform domain; claims a deletion",
     items={Y3: "pending", Y12: "pending"})

case(name="tiktok-table-vs-note",
     from_="legal-noreply@tiktok.com", name_from="TikTok Trust & Safety",
     date=d("2024-09-14 08:44:19"), subject="Update on your report - KCSC-240912-06",
     type="html",
     body=f"""<html><body>
<p>Dear reporter,</p>
<p>Thank you for your report KCSC-240912-06. Summary of our review:</p>
<table border="1" cellpadding="4">
<tr><th>Reported content</th><th>Status</th></tr>
<tr><td>{TT1}</td><td>Removed</td></tr>
<tr><td>{TT2}</td><td>Removed</td></tr>
</table>
<p>Please note that the reported videos remain available on TikTok, as our review found no violation of our Community Guidelines or of local law.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>""",
     outcome="review", review="conflicting_statements",
     imitates="TikTok report update whose status table contradicts its note",
     why="the table says Removed for both, the note says both remain available; no correction says which is right",
     items={TT1: "pending", TT2: "pending"})

case(name="yt-policy-update-no-claims",
     from_="legal-notifications@google.com", name_from="Google Legal",
     date=d("2024-09-17 00:05:00"), subject="Changes to the Legal Removals dashboard for government requesters",
     body="""Hello,

You are receiving this message because your organisation submits legal removal requests to Google and YouTube.

From 1 October 2024 the Legal Removals dashboard will show the status of each request you submit, and you will be able to download outcomes as a CSV file. No action is needed from you.

Learn more: https://support.google.com/legal/answer/10186929
Transparency Report: https://transparencyreport.google.com/government-removals/overview

Google Legal""",
     outcome="review", review="no_claims",
     imitates="Google product/policy update notice to government requesters",
     why="trusted platform mail naming no item and no request; links are help and report pages",
     items={})

case(name="naver-asks-documents",
     from_="right@navercorp.com", name_from=hw("네이버 권리보호센터"),
     date=d("2024-09-11 16:20:44", 9), subject=hw("[NAVER] 추가 자료 요청 (KCSC-240910-04)"),
     reply_to_req="req-240910-04",
     body=f"""안녕하세요. 네이버 권리보호센터입니다.

{N2} 게시물에 대한 게시중단 요청을 처리하기 위해서는 위반 법령 조항과 위반 내용을 구체적으로 적은 소명자료가 필요합니다. 해당 자료를 이 메일에 회신으로 보내 주시기 바랍니다.

자료가 확인되면 검토를 진행하겠습니다.

감사합니다.""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="NAVER 권리보호센터 소명자료 요청",
     why="asks for supporting documents before acting; the post stays pending",
     items={N2: "pending"})

case(name="kakao-will-decide-after-author",
     from_="right@kakaocorp.com", name_from=hw("카카오 권리침해신고센터"),
     date=d("2024-09-12 13:51:07", 9), subject=hw("[Kakao] 신고 검토 진행 안내 - KCSC-240911-05"),
     reply_to_req="req-240911-05",
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

{K1_RAW} 게시물에 대해서는 게시자에게 소명 기회를 부여한 뒤 삭제 여부를 결정할 예정입니다.

결정 결과는 다시 안내드리겠습니다.

감사합니다.""",
     outcome="review", review="not_understood",
     imitates="Kakao 권리침해신고센터 검토 진행 안내",
     why="decision deferred until the author answers ('삭제 여부를 결정할 예정'); contains 삭제 but states nothing",
     items={K1: "pending"})

case(name="yt-under-review-escalated",
     from_="legal-support@google.com", name_from="YouTube Legal Support",
     date=d("2024-09-11 03:30:28"), subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
     reply_to_req="req-240903-01",
     body=f"""Hello,

The videos {Y9} and
{Y8} have been escalated to our specialist team and remain under review. No action has been taken on them yet.

We will update you as soon as a decision is made.

YouTube Legal Support""",
     outcome="review", review="not_understood",
     imitates="YouTube legal support escalation notice",
     why="under review; 'no action has been taken yet' is not a refusal",
     items={Y9: "pending", Y8: "pending"})

case(name="tg-lookalike-domain",
     from_="abuse@telegram-moderation.example", name_from="Telegram Support",
     date=d("2024-09-13 02:16:39"), subject="Re: [KCSC-240909-03] Illegal gambling and drug content",
     body=f"""Hello,

Messages {T1} and {T2} have been blocked for all users.

Telegram Support""",
     outcome="review", review="unknown_sender",
     imitates="mail claiming to be Telegram from a domain that is not Telegram's",
     why="sender domain is not telegram.org",
     items={T1: "pending", T2: "pending"})

# ======================= IGNORED =======================

case(name="yt-out-of-office",
     from_="hyejin.park@google.com", name_from="Hyejin Park",
     date=d("2024-09-03 01:00:22"), subject="Automatic reply: [KCSC-240903-01] Request to remove illegal gambling content",
     reply_to_req="req-240903-01", extra_headers=AUTO + ["X-Auto-Response-Suppress: All"],
     body=f"""I am out of the office until 9 September with limited access to email.
For legal removal requests please use the usual intake channel; your
message will be handled by the team.

{quote(REQ_YT_SHORT)}""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook/Exchange automatic reply quoting the request",
     why="out-of-office auto-reply; quoted URLs are not statements",
     items={Y1: "pending", Y2: "pending"})

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@x.com
Subject: KCSC-240905-02 Removal request
Date: Thu, 05 Sep 2024 11:00:00 +0900
Message-ID: <req-240905-02@kcsc.example>
Content-Type: text/plain; charset=utf-8

{REQ_X_BODY}"""
case(name="x-dsn-bounce",
     from_="MAILER-DAEMON@x.com", name_from="Mail Delivery Subsystem",
     date=d("2024-09-05 02:03:10"), subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn840"

--=_dsn840
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@x.com>: host mailstore.x.com said: 550 5.1.1 User unknown

--=_dsn840
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.x.com
Arrival-Date: Thu, 5 Sep 2024 02:03:08 +0000

Final-Recipient: rfc822; legal-kr-old@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_dsn840
Content-Type: message/rfc822

{DSN_ORIG}

--=_dsn840--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification returning the request",
     why="DSN; the returned request's URLs are not statements",
     items={X1: "pending", X2: "pending", X3: "pending", X4: "pending"})

case(name="naver-mdn",
     from_="jiwoo.han@navercorp.com", name_from="Jiwoo Han",
     date=d("2024-09-10 16:45:12", 9), subject="Read: [KCSC-240910-04] Removal request",
     reply_to_req="req-240910-04",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn840"

--=_mdn840
Content-Type: text/plain; charset=utf-8

Your message

  To: policy@navercorp.com
  Subject: [KCSC-240910-04] Removal request
  Sent: Tuesday, 10 September 2024 14:00

was read on Tuesday, 10 September 2024 16:45.

--=_mdn840
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Microsoft Exchange Server
Final-Recipient: rfc822; jiwoo.han@navercorp.com
Original-Message-ID: <req-240910-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn840--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Exchange read receipt (MDN)",
     why="read receipt",
     items={})

case(name="tg-ticket-receipt",
     from_="noreply@telegram.org", name_from="Telegram Support",
     date=d("2024-09-09 01:12:40"), subject="[TG-5520817] Your report has been received (KCSC-240909-03)",
     extra_headers=AUTO,
     body="""Hello,

Thank you for your report. We have received it and created ticket
#TG-5520817. Reports are handled in the order they arrive; you will hear
from us when there is an outcome.

Please keep the ticket number in the subject line if you write to us
about this report.

Telegram Support""",
     outcome="ignored", classification="acknowledgement",
     imitates="Telegram support ticket receipt",
     why="pure acknowledgement; no item named",
     items={})

case(name="kakao-jeopsu-receipt",
     from_="noreply@kakaocorp.com", name_from=hw("카카오 고객센터"),
     date=d("2024-09-11 10:21:05", 9), subject=hw("[Kakao] 권리침해 신고 접수 완료 안내"),
     extra_headers=AUTO,
     body="""안녕하세요. 카카오 고객센터입니다.

권리침해 신고가 정상적으로 접수되었습니다.
접수번호: 2024091100387 (요청번호 KCSC-240911-05)

처리 결과는 검토가 끝나는 대로 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao 고객센터 신고 접수 완료 자동 안내",
     why="접수 완료 receipt, no statement",
     items={})

case(name="naver-out-of-office",
     from_="minji.seo@navercorp.com", name_from=hw("서민지"),
     date=d("2024-09-10 14:00:41", 9), subject=hw("[자동응답] 부재중 안내: [KCSC-240910-04] Removal request"),
     reply_to_req="req-240910-04", extra_headers=AUTO,
     body=f"""안녕하세요. 서민지입니다.

9월 10일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 업무는 권리보호센터(right@navercorp.com)로 연락 주시기 바랍니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Subject: [KCSC-240910-04] Removal request

{N1}
{N2}
{N3}""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean Outlook 부재중 자동응답 quoting the request",
     why="out-of-office; the quoted URLs are not statements",
     items={N1: "pending", N2: "pending", N3: "pending"})

case(name="tiktok-zendesk-receipt",
     from_="support@tiktok.com", name_from="TikTok Support",
     date=d("2024-09-12 15:00:37", 9), subject="[KCSC-240912-06] Request received (#4821337)",
     extra_headers=AUTO,
     body="""##- Please type your reply above this line -##

Your request (#4821337) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

TikTok Support""",
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk-style ticket receipt",
     why="ticket receipt; names no item",
     items={})


HEADER = """# blind840: blind set (focus: what a program gets wrong).
# Written by tests/corpus/blind840/make.py; expected results from each
# email's meaning alone, before any run of the reader."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
