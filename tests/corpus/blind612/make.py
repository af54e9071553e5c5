#!/usr/bin/env python3
"""Blind set 612: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or updated) by a note, statuses given by position.

    python3 tests/corpus/blind612/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails. All names, URLs and ids are invented.
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

SET = "blind612"

# ---------------------------------------------------------------- requests
T1 = "https://t.me/moonlit_bazaar/101"
T2 = "https://t.me/moonlit_bazaar/102"
T3 = "https://t.me/moonlit_bazaar/145"
T4 = "https://t.me/moonlit_bazaar/150"
T5 = "https://t.me/greyferry_deals/7"
T6 = "https://t.me/greyferry_deals/8"
T7 = "https://t.me/greyferry_deals/31"
T8 = "https://t.me/nightowl_market"
T9 = "https://t.me/nightowl_market/2201"
T10 = "https://t.me/pinecone_lab/56"
T11 = "https://t.me/pinecone_lab/57"
T12 = "https://t.me/+Qh7sLmZx2aNkYjFl"
TG = [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12]

X1 = "https://x.com/hollow_reed/status/1834001122334455667"
X2 = "https://x.com/hollow_reed/status/1834001122334455668"
X3 = "https://x.com/vanta_crow/status/1833887766554433221"
X4 = "https://x.com/mireille_kp"

Y1 = "https://www.youtube.com/watch?v=Qm4tZr8LkP0"
Y2 = "https://www.youtube.com/watch?v=bN7wEe2sXa1"
Y3 = "https://www.youtube.com/@driftwood_tv"
Y4 = "https://www.youtube.com/shorts/Lr8vT2mNq5c"

N1 = "https://blog.naver.com/seaglass_77/223567801234"
N2 = "https://blog.naver.com/seaglass_77/223567809876"
N3 = "https://cafe.naver.com/quietpond/48812"
N4 = "https://cafe.naver.com/quietpond/48830"
N5 = "https://blog.naver.com/PostView.naver?blogId=lantern_k&logNo=223561112233"
NV = [N1, N2, N3, N4, N5]

K1 = "https://cafe.daum.net/blueharbor/Kq1x/203"
K2_RAW = "https://sunroom-memo.tistory.com/entry/할인-쿠폰-공유"
K2 = "https://sunroom-memo.tistory.com" + quote("/entry/할인-쿠폰-공유", safe="/-")

TT1 = "https://www.tiktok.com/@ember.fox22/video/7412345678901234567"

SENT = "2024-09-16T09:30:00+09:00"
DUE = "2024-09-23T18:00:00+09:00"
REQUESTS = [
    ("KCSC-240916-01", "telegram", TG, "illegal_trade", "channel network, 12 links; one private invite link"),
    ("KCSC-240916-02", "x", [X1, X2, X3, X4], "illegal_trade", "three posts and one account"),
    ("KCSC-240916-03", "youtube", [Y1, Y2, Y3], "gambling", "two videos, one channel"),
    ("KCSC-240916-04", "naver", NV, "defamation", "blog posts and cafe posts, \"urgent\""),
    ("KCSC-240916-05", "kakao", [K1, K2], "illegal_trade", "Daum cafe post, Tistory entry (Korean slug)"),
    ("KCSC-240916-06", "tiktok", [TT1], "drugs", "single video"),
    ("KCSC-240916-07", "youtube", [Y4], "harmful_to_minors", "single Short, follow-up to 03"),
]


def mid(ref):
    return ref.lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, SENT, DUE, u, cat, f"<{mid(ref)}@kcsc.example>", note])


R1, R2, R3, R4, R5, R6, R7 = (mid(r[0]) for r in REQUESTS)

# ---------------------------------------------------------------- helpers
DAYS = {16: "Mon", 17: "Tue", 18: "Wed", 19: "Thu"}


def d(day, hm):
    return f"{DAYS[day]}, {day} Sep 2024 {hm}:00 +0900"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


REQ_QUOTE_TG = f"""Dear Telegram team,

Under the Act on the Establishment and Operation of the Korea Communications
Standards Commission we ask you to remove the following content (KCSC-240916-01):

1. {T1}
2. {T2}
3. {T3}
4. {T4}
5. {T5}
6. {T6}
7. {T7}
8. {T8}
9. {T9}
10. {T10}
11. {T11}
12. {T12}

Please reply by 23 September 2024.
KCSC Takedown desk"""


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ===== applied =====================================================
case(name="tg-three-statuses-one-sentence", **{"from": "abuse@telegram.org"}, date=d(17, "11:42"),
     subject="Re: KCSC-240916-01 removal request", reply_to_req=R1,
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply summarising a review in one sentence",
     why="one sentence: two blocked, one left up with a reason, one not found",
     items={T1: "removed", T2: "removed", T6: "rejected", T3: "not_found"},
     body=f"""Hello,

Following your report, we blocked {T1} and {T2} for violating the Telegram Terms of Service, left {T6} up because it does not break our rules, and could not find {T3} at all.

The other links in your notice are still with our moderators.

Telegram Abuse Team""")

case(name="tg-hedge-in-relative-clause", **{"from": "abuse@telegram.org"}, date=d(17, "14:05"),
     subject="Re: KCSC-240916-01", reply_to_req=R1,
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply with moderator remarks",
     why="the hedges ('seems to be', 'could not link') sit in relative clauses about the content, the main verbs are plain removals",
     items={T7: "removed", T5: "removed"},
     body=f"""Hi,

The message {T7}, which seems to be a copy of a post from another channel, has been taken down.
The message {T5}, which we could not link to any particular account, was also removed.

Best,
Telegram Abuse""")

case(name="tg-not-removed-then-removed", **{"from": "dsa@telegram.org"}, date=d(18, "09:13"),
     subject="Your notice KCSC-240916-01 - decision", reply_to_req=R1,
     outcome="applied", classification="confirmation",
     imitates="Telegram DSA contact point decision with a refusal and its reason",
     why="negated removal with a reason is a refusal; the next item is taken down",
     items={T10: "rejected", T11: "removed"},
     body=f"""Dear KCSC,

We have not removed {T10}. Our review found no breach of the Telegram Terms of Service, so this message remains available.

By contrast, {T11} has been taken down.

Kind regards,
Telegram DSA Point of Contact""")

case(name="tg-correction-of-earlier-reply", **{"from": "abuse@telegram.org"}, date=d(19, "10:20"),
     subject="Correction: KCSC-240916-01", reply_to_req=R1,
     outcome="applied", classification="confirmation",
     imitates="follow-up from an abuse desk correcting its own earlier answer",
     why="the first sentence recalls a wrong 'could not locate'; the later sentences revise it to a removal",
     items={T4: "removed"},
     body=f"""Hello again,

Regarding {T4}: in our first reply we said we could not locate this message. That was a mistake on our side and the link was valid. The message has now been removed.

Apologies for the confusion.
Telegram Abuse Team""")

case(name="tg-ack-phrase-plus-refusal", **{"from": "dsa@telegram.org"}, date=d(17, "16:31"),
     subject="Case #4471209 KCSC-240916-01", reply_to_req=R1,
     outcome="applied", classification="confirmation",
     imitates="Telegram reply that opens like a receipt but carries decisions",
     why="receipt phrase followed by unhedged statements: one removal, one refusal with a reason (the court-order sentence is a condition about the future)",
     items={T2: "removed", T3: "rejected"},
     body=f"""Thank you, we have received your report (Case #4471209).

We reviewed it right away. {T2} has been removed.
{T3} does not violate our Terms of Service and will remain available; should you obtain a court order concerning it, we can look at it again.

Telegram""")

case(name="tg-url-line-status-below", **{"from": "abuse@telegram.org"}, date=d(18, "20:02"),
     subject="Re: KCSC-240916-01 - results", reply_to_req=R1,
     outcome="applied", classification="confirmation",
     imitates="abuse-desk reply listing each link with the result on the line below",
     why="eight links each with its own result on the next line, one still being assessed",
     items={T1: "removed", T2: "removed", T3: "not_found", T5: "removed", T6: "rejected",
            T7: "restricted", T10: "pending", T11: "removed"},
     body=f"""Hello,

Thank you for your notice KCSC-240916-01. Our moderators went through the links one by one:

{T1}
  -> removed, the content violated our Terms of Service
{T2}
  -> removed
{T3}
  -> we could not find this message; the link does not lead to an existing post
{T5}
  -> message deleted
{T6}
  -> no violation found, the message stays available
{T7}
  -> restricted for users in South Korea
{T10}
  -> still being assessed, we will follow up
{T11}
  -> removed

Telegram Abuse Team""")

tg_qp_body = f"""Dear KCSC,

We have reviewed your notice KCSC-240916-01. The channel {T8} has been made unavailable for users in South Korea. In addition, the message {T9} has been deleted from the channel by our moderators.

Regards,
Telegram Abuse Team
"""
case(name="tg-qp-channel-and-post", **{"from": "abuse@telegram.org"}, date=d(18, "13:47"),
     subject="Re: KCSC-240916-01", reply_to_req=R1,
     outcome="applied", classification="confirmation",
     imitates="Telegram reply sent quoted-printable with long lines soft-wrapped",
     why="channel geo-blocked for Korea (restricted), a post of that channel deleted; the channel URL is a prefix of the post URL",
     items={T8: "restricted", T9: "removed"},
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(tg_qp_body))

tg_html = f"""<html><body>
<p>Hello,</p>
<p>The private group behind the invite link <a href="{T12}">{T12}</a> has been banned on Telegram, and the link no longer works.</p>
<p>You can read more about our rules at <a href="https://telegram.org/tos">telegram.org/tos</a>.</p>
<p>Telegram Abuse Team</p>
</body></html>
"""
case(name="tg-base64-html-invite-link", **{"from": "abuse@telegram.org"}, date=d(19, "08:55"),
     subject="Re: KCSC-240916-01 private group", reply_to_req=R1,
     outcome="applied", classification="confirmation",
     imitates="HTML abuse-desk reply sent base64-encoded",
     why="group behind the invite link banned: removed; the ToS link is not an item",
     items={T12: "removed"},
     raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(tg_html))

case(name="tg-gmail-quote-angle-brackets", **{"from": "moderation@telegram.org"}, date=d(17, "19:10"),
     subject="Re: KCSC-240916-01 removal request", reply_to_req=R1,
     outcome="applied", classification="confirmation",
     imitates="short top-posted Gmail-style reply over the quoted request",
     why="the two bracketed links are unavailable; the quoted request below asks for all twelve and changes nothing",
     items={T10: "removed", T11: "removed"},
     body=f"""Hi,

Done, both messages below are now unavailable on Telegram:
<{T10}>
<{T11}>

We are still going through the rest.

Nadia
Telegram Moderation

On Mon, 16 Sep 2024 at 09:30, KCSC Takedown <takedown@kcsc.example> wrote:
{gt(REQ_QUOTE_TG)}""")

# X
case(name="x-echoed-report-first-two", **{"from": "legal@x.com"}, date=d(17, "22:14"),
     subject="Case 0917-KR-55120: your report", reply_to_req=R2,
     outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email echoing the reported content",
     why="statuses by position: the first two echoed posts withheld in Korea, the third stays up with a reason",
     items={X1: "restricted", X2: "restricted", X3: "rejected"},
     body=f"""Hello,

We're writing about your report (case 0917-KR-55120).

Reported content:
1. {X1}
2. {X2}
3. {X3}

Outcome:
After review, we have withheld the first two posts in South Korea in response to your request. The third post does not violate the X Rules or local law and remains available.

Thanks,
X Legal""")

case(name="x-account-withheld-url-below", **{"from": "legal@x.com"}, date=d(18, "02:40"),
     subject="Re: KCSC-240916-02", reply_to_req=R2,
     outcome="applied", classification="confirmation",
     imitates="X country-withheld notice for an account",
     why="account withheld in Korea, URL on the line below the statement; help-centre link is not an item",
     items={X4: "restricted"},
     body=f"""Hello,

Following your legal request, we have withheld the account below in South Korea:

{X4}

It remains visible outside South Korea. More about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal""")

case(name="x-outlook-top-posted", **{"from": "legal@x.com"}, date=d(18, "07:05"),
     subject="RE: KCSC-240916-02 request for removal", reply_to_req=R2,
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply above an -----Original Message----- block",
     why="one post removed, one refused with a reason; the quoted request asks for all four and changes nothing",
     items={X2: "removed", X1: "rejected"},
     body=f"""Hello KCSC team,

{X2} has been removed for violating our rules on illegal goods and services. We have not taken action on {X1}: that post does not violate the X Rules.

Regards,
Sam
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 9:30 AM
To: legal@x.com
Subject: KCSC-240916-02 request for removal

Dear X,

Please remove the following content (KCSC-240916-02):
{X1}
{X2}
{X3}
{X4}

KCSC Takedown desk""")

case(name="x-removed-but-not", **{"from": "legal@x.com"}, date=d(19, "03:30"),
     subject="Re: KCSC-240916-02", reply_to_req=R2,
     outcome="applied", classification="confirmation",
     imitates="terse X legal reply",
     why="one sentence: 'removed A but not B, which did not break our rules'",
     items={X3: "removed", X1: "rejected"},
     body=f"""Hi,

We removed {X3} but not {X1}, which did not break any of our rules.

X Legal""")

# YouTube
yt_table_html = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Thank you for contacting YouTube about request KCSC-240916-03. Here is the outcome of our review:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Content</th><th>Action taken</th></tr>
<tr><td><a href="{Y1}">{Y1}</a></td><td>Removed &ndash; violation of Community Guidelines</td></tr>
<tr><td><a href="{Y2}">{Y2}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{Y3}">{Y3}</a></td><td>No action &ndash; the channel does not violate our Community Guidelines</td></tr>
</table>
<p>Learn how we review content: <a href="https://support.google.com/youtube/answer/2802032">YouTube Help</a></p>
<p>Sincerely,<br>The YouTube Team</p>
</body></html>"""
case(name="yt-html-table-three-results", **{"from": "legal-kr@google.com"}, date=d(17, "18:00"),
     subject="[KCSC-240916-03] YouTube legal request outcome", reply_to_req=R3,
     outcome="applied", classification="confirmation",
     imitates="YouTube legal-request outcome email with a results table",
     why="HTML table: removed, age-restricted, no action with reason",
     items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
     type="html", body=yt_table_html)

case(name="yt-table-then-update-note", **{"from": "legal-kr@google.com"}, date=d(18, "16:40"),
     subject="[KCSC-240916-03] outcome", reply_to_req=R3,
     outcome="applied", classification="confirmation",
     imitates="YouTube outcome with a text table and an update note",
     why="the note says it comes after the table and revises Y1 from geo-block to global removal",
     items={Y1: "removed", Y2: "removed"},
     body=f"""Hello,

Outcome of your request KCSC-240916-03:

URL                                              | Action
-------------------------------------------------+------------------------
{Y1}     | Blocked in South Korea
{Y2}     | Removed

Update after this table was produced: the video {Y1} has since been removed globally for violating our Community Guidelines.

The YouTube Legal Team""")

case(name="yt-dsa-statement-style", **{"from": "legal-kr@google.com"}, date=d(19, "12:12"),
     subject="Decision on your notice KCSC-240916-03", reply_to_req=R3,
     outcome="applied", classification="confirmation",
     imitates="DSA Art. 17 statement of reasons layout (decision, facts, territorial scope)",
     why="Y2 restricted to KR; Y1 no action with a reason",
     items={Y2: "restricted", Y1: "rejected"},
     body=f"""Decision on your notice

Content: {Y2}
Decision: Restricted. The video is not available to viewers in South Korea.
Ground: local law (notice from a public authority)
Territorial scope: KR

Content: {Y1}
Decision: No action. The video is a news report and does not violate our Community Guidelines or local law as we understand it.

Redress: https://support.google.com/legal/answer/3110420

YouTube Legal Support""")

case(name="yt-short-age-restricted", **{"from": "legal-kr@google.com"}, date=d(17, "15:25"),
     subject="Re: KCSC-240916-07", reply_to_req=R7,
     outcome="applied", classification="confirmation",
     imitates="YouTube reply about an age restriction",
     why="age-restricted Short is restricted",
     items={Y4: "restricted"},
     body=f"""Hi there,

Thanks for reaching out. We've placed an age restriction on the Short you reported:
{Y4}

It can no longer be viewed by signed-out users or users under 18.

Best regards,
YouTube Trust & Safety""")

# NAVER
case(name="naver-korean-mixed-sentence", **{"from": "policy@navercorp.com"}, date=d(17, "17:30"),
     subject="[NAVER] KCSC-240916-04 게시중단 요청 처리 결과", reply_to_req=R4,
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 요청 처리 결과 안내",
     why="one Korean sentence: one post 게시중단, the other already deleted by its author",
     items={N1: "removed", N2: "not_found"},
     body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 중 {N1} 는 게시중단 조치하였으며, {N2} 는 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 게시물은 검토 중이며 결과가 나오는 대로 안내드리겠습니다.

감사합니다.
네이버 정책지원팀""")

case(name="naver-text-table-three", **{"from": "policy@navercorp.com"}, date=d(18, "10:05"),
     subject="[NAVER] 시정요구 조치 결과 회신 (KCSC-240916-04)", reply_to_req=R4,
     outcome="applied", classification="confirmation",
     imitates="Korean portal 시정요구 조치 결과 table in plain text",
     why="table by rows: 임시조치 (restricted), 삭제 (removed), 위반사항 없음 (rejected)",
     items={N3: "restricted", N4: "removed", N5: "rejected"},
     body=f"""방송통신심의위원회 담당자님께

KCSC-240916-04 건 조치 결과를 아래와 같이 회신드립니다.

번호 | URL | 처리결과
1 | {N3} | 임시조치(30일)
2 | {N4} | 삭제
3 | {N5} | 위반사항 없음(게시 유지)

3번 게시물은 검토 결과 이용약관 및 관련 법령 위반 사항이 확인되지 않았습니다.

네이버 주식회사 정책지원팀 드림""")

case(name="naver-not-deleted-korean", **{"from": "policy@navercorp.com"}, date=d(19, "14:00"),
     subject="RE: KCSC-240916-04 카페 게시물 관련", reply_to_req=R4,
     outcome="applied", classification="confirmation",
     imitates="NAVER reply refusing removal with its reason",
     why="negated 삭제 plus reason: rejected",
     items={N3: "rejected"},
     body=f"""안녕하세요.

{N3} 게시물은 삭제되지 않았습니다. 검토 결과 이용약관 위반 사항이 확인되지 않아 게시를 유지합니다.

추가 자료를 보내주시면 다시 검토하겠습니다.

네이버 정책지원팀""")

nv_csv = csv_text([["URL", "처리결과", "비고"],
                   [N1, "게시중단", ""],
                   [N2, "삭제", "작성자 계정 이용정지 병행"],
                   [N4, "접근 제한(국내)", "해외 접속은 유지"]])
nv_csv_b64 = base64.encodebytes(b"\xef\xbb\xbf" + nv_csv.encode("utf-8")).decode("ascii")
nv_csv_mime = f"""Content-Type: multipart/mixed; boundary="nv612csv"

--nv612csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버입니다.

KCSC-240916-04 요청 건의 처리 결과를 첨부 파일로 보내드립니다.

감사합니다.
--nv612csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240916-04_result.csv"
Content-Disposition: attachment; filename="KCSC-240916-04_result.csv"
Content-Transfer-Encoding: base64

{nv_csv_b64}
--nv612csv--
"""
case(name="naver-csv-attachment", **{"from": "policy@navercorp.com"}, date=d(18, "11:30"),
     subject="[NAVER] KCSC-240916-04 처리 결과 첨부", reply_to_req=R4,
     outcome="applied", classification="confirmation",
     imitates="portal reply carrying its results as a CSV attachment (Excel-style BOM)",
     why="CSV rows: 게시중단, 삭제, 접근 제한(국내)",
     items={N1: "removed", N2: "removed", N4: "restricted"},
     raw_mime=nv_csv_mime)

case(name="naver-particle-after-url", **{"from": "cafe_help@naver.com"}, date=d(18, "15:15"),
     subject="네이버 카페 게시물 조치 안내 (KCSC-240916-04)", reply_to_req=R4,
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe 운영 안내 mail with Korean particles glued to the URLs",
     why="운영자 삭제 (removed) and 임시조치 (restricted); particles 은 follow the URLs without a space",
     items={N4: "removed", N3: "restricted"},
     body=f"""안녕하세요, 네이버 카페 고객센터입니다.

{N4}은 운영자 삭제 처리되었고, {N3}은 임시조치(30일) 되었습니다.

임시조치 기간 동안 게시자는 이의를 제기할 수 있습니다.

네이버 카페 고객센터""")

# Kakao
case(name="kakao-numbered-blind-and-gone", **{"from": "cleancenter@kakaocorp.com"}, date=d(17, "13:40"),
     subject="[Daum 클린센터] KCSC-240916-05 처리 결과 안내", reply_to_req=R5,
     outcome="applied", classification="confirmation",
     imitates="Daum 클린센터 블라인드 처리 결과 안내",
     why="(1) 블라인드 처리 완료 = removed, (2) 게시물 없음(작성자 삭제) = not_found; raw Korean slug",
     items={K1: "removed", K2: "not_found"},
     body=f"""안녕하세요, Daum 클린센터입니다.

요청하신 게시물의 처리 결과를 안내드립니다.

(1) {K1} : 블라인드 처리 완료
(2) {K2_RAW} : 해당 게시물 없음(작성자 삭제)

감사합니다.
카카오 Daum 클린센터""")

case(name="kakao-fullwidth-brackets-private", **{"from": "tistory-help@kakaocorp.com"}, date=d(18, "18:20"),
     subject="[티스토리] 게시물 조치 안내 KCSC-240916-05", reply_to_req=R5,
     outcome="applied", classification="confirmation",
     imitates="Tistory 게시물 비공개 처리 안내",
     why="비공개 처리 = removed; URL inside full-width corner brackets, raw Korean path",
     items={K2: "removed"},
     body=f"""안녕하세요. 티스토리 고객센터입니다.

「{K2_RAW}」 게시물은 관계기관 요청에 따라 비공개 처리되었습니다.

감사합니다.""")

kakao_plain = f"""방송통신심의위원회 귀중

시정요구(KCSC-240916-05)에 대한 조치 결과를 회신합니다.

1. {K1} - 접속 차단(국내)
2. {K2_RAW} - 삭제

카카오 정책팀"""
kakao_html = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구(KCSC-240916-05)에 대한 조치 결과를 회신합니다.</p>
<table border="1">
<tr><th>순번</th><th>URL</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{K1}</td><td>접속 차단(국내)</td></tr>
<tr><td>2</td><td>{K2_RAW}</td><td>삭제</td></tr>
</table>
<p>카카오 정책팀</p>
</body></html>"""
case(name="kakao-html-table-correction-result", **{"from": "policy@kakaocorp.com"}, date=d(19, "09:45"),
     subject="시정요구 조치 결과 회신 (KCSC-240916-05)", reply_to_req=R5,
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 with a results table (multipart/alternative)",
     why="접속 차단(국내) = restricted, 삭제 = removed; same table in text and HTML parts",
     items={K1: "restricted", K2: "removed"},
     raw_mime=f"""Content-Type: multipart/alternative; boundary="kk612alt"

--kk612alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(kakao_plain)}
--kk612alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(kakao_html)}
--kk612alt--
""")

# TikTok
case(name="tiktok-sole-removed", **{"from": "legal-kr@tiktok.com"}, date=d(17, "12:00"),
     subject="Re: KCSC-240916-06 content report", reply_to_req=R6,
     outcome="applied", classification="confirmation",
     imitates="TikTok report outcome notification",
     why="one-item request; the reply removes 'the video you reported' without naming it",
     items={TT1: "removed"},
     body="""Hello,

Thanks for your report. We reviewed the video you reported and removed it for violating our Community Guidelines.

TikTok Law Enforcement Outreach""")

case(name="tiktok-refusal-with-reason", **{"from": "legal-kr@tiktok.com"}, date=d(19, "16:50"),
     subject="Re: KCSC-240916-06", reply_to_req=R6,
     outcome="applied", classification="confirmation",
     imitates="TikTok 'no violation found' outcome",
     why="refusal with reason: rejected",
     items={TT1: "rejected"},
     body=f"""Hello,

After review, we found that {TT1} does not violate our Community Guidelines, so it will stay up on TikTok.

If you have a court order or further information showing the video is illegal in Korea, please reply to this email.

TikTok Law Enforcement Outreach""")

# ===== review =====================================================
case(name="tg-promise-within-24h", **{"from": "abuse@telegram.org"}, date=d(16, "15:02"),
     subject="Re: KCSC-240916-01", reply_to_req=R1,
     outcome="review", review="not_understood",
     imitates="abuse desk promising future action",
     why="'will remove within 24 hours' is a promise, not a status",
     items={T1: "pending", T2: "pending"},
     body=f"""Hello,

Thanks for flagging these. We will remove {T1} and {T2} within 24 hours once our moderators have confirmed the violation.

Telegram Abuse Team""")

case(name="x-hedge-deleted-by-owner", **{"from": "legal@x.com"}, date=d(17, "05:18"),
     subject="Re: KCSC-240916-02", reply_to_req=R2,
     outcome="review", review="not_understood",
     imitates="X reply saying it could not act because the posts seem gone",
     why="'unable to take action' on posts 'which appear to have been deleted': a hedge, no status",
     items={X1: "pending", X2: "pending"},
     body=f"""Hello,

We were unable to take action on {X1} and {X2}, which appear to have been deleted by the account owner before our review.

X Legal""")

case(name="naver-bulk-all-five", **{"from": "policy@navercorp.com"}, date=d(17, "10:10"),
     subject="[NAVER] KCSC-240916-04 조치 완료", reply_to_req=R4,
     outcome="review", review="bulk",
     imitates="portal one-line 조치 완료 notice",
     why="'요청하신 게시물 5건 전체' without naming each, request of five items",
     items={u: "pending" for u in NV},
     body="""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물(KCSC-240916-04) 5건 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.""")

case(name="x-dmarc-fail-removed", **{"from": "legal@x.com"}, auth="fail", date=d(18, "04:44"),
     subject="Re: KCSC-240916-02 removed", reply_to_req=R2,
     outcome="review", review="untrusted",
     imitates="X legal reply whose authentication failed",
     why="platform domain but DKIM/SPF/DMARC fail",
     items={X3: "pending"},
     body=f"""Hello,

{X3} has been removed.

X Legal""")

case(name="lawfirm-says-author-deleted", **{"from": "counsel@hanbit-lawoffice.example"},
     name_from="Hanbit Law Office", date=d(18, "17:05"),
     subject="KCSC-240916-01 - on behalf of the channel owner",
     outcome="review", review="unknown_sender",
     imitates="letter from the content owner's lawyer",
     why="not from any platform domain, though it names requested items",
     items={T10: "pending", T11: "pending"},
     body=f"""Dear Sir or Madam,

We act for the administrator of the Telegram channel pinecone_lab. Our client has deleted {T10} and {T11} of his own accord and asks that the matter KCSC-240916-01 be closed.

Yours faithfully,
Hanbit Law Office""")

case(name="yt-table-contradicted-by-note", **{"from": "legal-kr@google.com"}, date=d(19, "18:30"),
     subject="[KCSC-240916-03] outcome (channel)", reply_to_req=R3,
     outcome="review", review="conflicting_statements",
     imitates="YouTube outcome whose table and note disagree",
     why="table says the channel was removed, the note says it stays up; nothing says which came later",
     items={Y3: "pending"},
     body=f"""Hello,

Outcome for request KCSC-240916-03:

URL                                     | Action
----------------------------------------+---------
{Y3}    | Removed

Note: the channel {Y3} was reviewed and remains available, as we found no violation of our Community Guidelines.

The YouTube Legal Team""")

case(name="tg-under-review-if-violates", **{"from": "abuse@telegram.org"}, date=d(16, "18:22"),
     subject="Re: KCSC-240916-01", reply_to_req=R1,
     outcome="review", review="not_understood",
     imitates="abuse desk status update 'under review' with a condition",
     why="under review, and removal only on a condition",
     items={T7: "pending"},
     body=f"""Hello,

{T7} is under review. If it violates our Terms of Service it will be removed and we will let you know.

Telegram Abuse Team""")

case(name="tg-contact-change-notice", **{"from": "dsa@telegram.org"}, date=d(18, "12:00"),
     subject="Telegram DSA contact point: new address",
     outcome="review", review="no_claims",
     imitates="platform circular about a changed contact address",
     why="trusted Telegram mail naming no item and no request",
     items={},
     body="""Dear partner,

Please note that from 1 October 2024 notices from public authorities should be sent through our authority portal at https://telegram.org/dsa-authorities rather than by email.

Existing cases will be answered from this address.

Telegram DSA Point of Contact""")

case(name="naver-asks-for-documents", **{"from": "policy@navercorp.com"}, date=d(16, "16:40"),
     subject="[NAVER] KCSC-240916-04 추가 자료 요청", reply_to_req=R4,
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="NAVER request for the official letter and legal basis",
     why="asks for documents before acting; no status",
     items={},
     body="""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240916-04 요청 건의 처리를 위하여 시정요구 공문 사본과 위법성 판단 근거를 추가로 보내주시기 바랍니다.

자료를 받는 대로 검토하겠습니다.

감사합니다.""")

case(name="kakao-will-act-korean", **{"from": "cleancenter@kakaocorp.com"}, date=d(16, "17:55"),
     subject="[Daum 클린센터] KCSC-240916-05 검토 안내", reply_to_req=R5,
     outcome="review", review="not_understood",
     imitates="Daum 클린센터 검토 예정 안내",
     why="'검토 후 조치할 예정' is a promise",
     items={K1: "pending"},
     body=f"""안녕하세요, Daum 클린센터입니다.

{K1} 게시물은 검토 후 조치할 예정입니다. 조치 결과는 별도로 회신드리겠습니다.

감사합니다.""")

case(name="tg-all-taken-down-bulk", **{"from": "dsa@telegram.org"}, date=d(19, "19:40"),
     subject="Re: KCSC-240916-01 - closed", reply_to_req=R1,
     outcome="review", review="bulk",
     imitates="one-line closing reply from an abuse desk",
     why="'all of the messages reported' for a twelve-item request, none named",
     items={u: "pending" for u in TG},
     body="""Hello,

All of the messages reported in your notice KCSC-240916-01 have been taken down. We consider this case closed.

Telegram DSA Point of Contact""")

# ===== ignored =====================================================
case(name="tg-out-of-office", **{"from": "m.ivanova@telegram.org"}, name_from="Maria Ivanova",
     date=d(16, "09:31"), subject="Automatic reply: KCSC-240916-01 removal request", reply_to_req=R1,
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply",
     why="out-of-office auto-reply",
     items={},
     body="""I am out of the office until 30 September with limited access to email.

Urgent notices are handled by abuse@telegram.org.

Maria""")

yt_dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn612yt"

--dsn612yt
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the address couldn't be found, or is unable to receive mail.

--dsn612yt
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: {d(16, "09:30")}

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn612yt
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: KCSC-240916-03 request for removal
Message-ID: <{R3}@kcsc.example>
Date: {d(16, "09:30")}

Please remove the following content (KCSC-240916-03):
{Y1}
{Y2}
{Y3}

--dsn612yt--
"""
case(name="yt-dsn-address-not-found", **{"from": "mailer-daemon@googlemail.com"},
     name_from="Mail Delivery Subsystem", date=d(16, "09:31"),
     subject="Delivery Status Notification (Failure)",
     outcome="ignored", classification="bounce",
     imitates="Gmail delivery status notification with the original attached",
     why="bounce; the URLs are only in the returned request",
     items={}, raw_mime=yt_dsn)

x_mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn612x"

--mdn612x
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: KCSC-240916-02 request for removal
  Sent: Monday, September 16, 2024 9:30 AM

was read on Monday, September 16, 2024 11:02 AM.

--mdn612x
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <{R2}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn612x--
"""
case(name="x-read-receipt", **{"from": "legal@x.com"}, date=d(16, "11:02"),
     subject="Read: KCSC-240916-02 request for removal", reply_to_req=R2,
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN)",
     why="read receipt only",
     items={}, raw_mime=x_mdn)

case(name="yt-webform-receipt-echo", **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
     date=d(16, "09:42"), subject="[1-3382000041729] We received your request", reply_to_req=R3,
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal web-form receipt echoing the submitted URLs",
     why="pure receipt; the URLs are an echo of what was submitted, with no status",
     items={Y1: "pending", Y2: "pending"},
     body=f"""Hello,

Thanks for contacting Google Legal Support. We've received your request and assigned it case number 1-3382000041729. Our team will review it and get back to you.

Summary of your submission:
Reference: KCSC-240916-03
URLs:
{Y1}
{Y2}

Please don't reply to this message.
Google Legal Support""")

case(name="naver-receipt-korean", **{"from": "noreply@navercorp.com"}, name_from="NAVER 고객센터",
     date=d(16, "09:35"), subject="[NAVER] 신고가 접수되었습니다 (KCSC-240916-04)", reply_to_req=R4,
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER 신고 접수 안내 (receipt)",
     why="pure receipt with a ticket number",
     items={},
     body="""안녕하세요, 네이버 고객센터입니다.

귀하의 신고가 정상적으로 접수되었습니다.
접수번호: NV-20240916-0081734

처리 결과는 검토 후 이메일로 안내드리겠습니다.

본 메일은 발신 전용입니다.""")

case(name="kakao-out-of-office-korean", **{"from": "j.park@kakaocorp.com"}, name_from="박지훈",
     date=d(16, "09:33"), subject="[자동회신] 시정요구 KCSC-240916-05", reply_to_req=R5,
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 자동회신",
     why="out-of-office auto-reply",
     items={},
     body="""부재중 자동회신입니다.

9월 23일까지 휴가로 메일 확인이 어렵습니다.
급한 건은 policy@kakaocorp.com 으로 보내주시기 바랍니다.

박지훈 드림""")

case(name="tiktok-ticket-receipt", **{"from": "support@tiktok.com"}, name_from="TikTok Support",
     date=d(16, "09:40"), subject="[TikTok] Re: KCSC-240916-06 content report [#48213]", reply_to_req=R6,
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk-style ticket receipt",
     why="ticket created, nothing decided",
     items={},
     body="""Hello,

Your request (#48213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

TikTok Support""")


def encode_headers(c):
    # Non-ASCII display names and subjects go out RFC 2047-encoded, as
    # Korean portals' mailers send them.
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


def main():
    for c in C:
        encode_headers(c)
    write_requests()
    header = """# blind612: what a program gets wrong (mixed statuses in one sentence,
# hedges in relative clauses, negations, refusals with reasons, later
# sentences revising earlier ones, table vs note, statuses by position).
# Written by tests/corpus/blind612/make.py from each email's meaning,
# before any run of the reader. Every case is judged alone on a fresh ledger."""
    corpuslib.write_set(HERE, SET, header, C)


if __name__ == "__main__":
    main()
