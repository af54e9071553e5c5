#!/usr/bin/env python3
"""Blind set 861: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Inven, plus Nate and Ppomppu mail that
answers no request of this set), mixing Korean and English, with the
doubtful and ignorable mail a regulator's mailbox receives.

Written before any run of the reader, from each email's meaning alone.
Deterministic: `python3 tests/corpus/blind861/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def D(day, h, m, s=0):
    return format_datetime(datetime(2024, 9, day, h, m, s, tzinfo=KST))


# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/moonrail_77/223560114201",
    "https://blog.naver.com/moonrail_77/223560114388",
    "https://blog.naver.com/bluefinch_kr/223558870012",
    "https://cafe.naver.com/quietharborcafe/48213",
    "https://cafe.naver.com/quietharborcafe/48227",
    "https://cafe.naver.com/stonebridge2020/90311",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471200915",
    "https://blog.naver.com/papercrane_09/223559001776",
    "https://cafe.naver.com/stonebridge2020/90355",
    "https://blog.naver.com/bluefinch_kr/223558871190",
    "https://tv.naver.com/v/58812407",
    "https://cafe.naver.com/quietharborcafe/48302",
    "https://blog.naver.com/papercrane_09/223559002004",
]
N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13 = N
D1 = "https://cafe.daum.net/%EB%B0%A4%EB%B0%94%EB%8B%A4/Ab3k/1207"
D1_RAW = "https://cafe.daum.net/밤바다/Ab3k/1207"
D2 = "https://cafe.daum.net/greenlamp77/Z9qk/3318"
D3 = "https://cafe.daum.net/greenlamp77/Z9qk/3342"
D4 = "https://cafe.daum.net/sunpath/Hk2m/88"
C1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912345"
C2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912377"
C3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=482211"
C4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=482260"
C5 = "https://gall.dcinside.com/mini/board/view/?id=nightowls&no=1533"
S1 = "https://vod.sooplive.co.kr/player/138820451"
S2 = "https://vod.sooplive.co.kr/player/138820977"
S3 = "https://ch.sooplive.co.kr/lunarfox99/post/99012384"
F1 = "https://www.fmkorea.com/7401123456"
F2 = "https://www.fmkorea.com/7401129980"
L1 = "https://www.clien.net/service/board/park/18776543"
I1 = "https://www.inven.co.kr/board/lostark/4811/2210345"
I2 = "https://www.inven.co.kr/board/maple/5974/887123"
I3 = "https://www.inven.co.kr/board/webzine/2097/1456678"

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:12:00+09:00", "gambling",
     "illegal gambling promotion, blogs, cafes, Knowledge iN, NAVER TV", N),
    ("KCSC-240905-02", "daum", "2024-09-05T14:30:00+09:00", "defamation",
     "Daum cafe posts, one cafe with a Korean path", [D1, D2, D3, D4]),
    ("KCSC-240906-03", "dcinside", "2024-09-06T09:40:00+09:00", "fraud",
     "stock and coin gallery posts", [C1, C2, C3, C4, C5]),
    ("KCSC-240910-04", "soop", "2024-09-10T11:00:00+09:00", "obscenity",
     "VODs and a channel post", [S1, S2, S3]),
    ("KCSC-240911-05", "fmkorea", "2024-09-11T16:20:00+09:00", "privacy",
     "personal data posts", [F1, F2]),
    ("KCSC-240912-06", "clien", "2024-09-12T10:05:00+09:00", "drugs",
     "single post", [L1]),
    ("KCSC-240913-07", "inven", "2024-09-13T11:05:00+09:00", "gambling",
     "game board posts and a webzine article", [I1, I2, I3]),
]


def req_mid(ref):
    return "req-" + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, cat, note, urls in REQUESTS:
            due = (datetime.fromisoformat(sent) + timedelta(days=7)).isoformat()
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quoted_request(ref, urls, when):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
             "> 안녕하십니까, 방송통신심의위원회입니다.",
             ">",
             f"> 요청번호 {ref}: 아래 게시물에 대해 삭제 또는 접속차단 조치를 요청드립니다.",
             ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> 조치 결과를 7일 이내에 회신하여 주시기 바랍니다.", "> 감사합니다."]
    return "\n".join(lines)


ALL_N_PENDING = {u: "pending" for u in N}

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ NAVER
case(
    name="naver-result-numbered-ko",
    **{"from": "rightcenter@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date=D(5, 15, 40),
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240903-01)에 대한
1차 처리 결과를 아래와 같이 안내드립니다.

1. {N1}
   처리결과: 게시중단 완료
2. {N2}
   처리결과: 블라인드 처리 완료
3. {N3}
   처리결과: 임시조치(30일) - 정보통신망법 제44조의2에 따라 30일간 해당 게시물에 대한 접근이 제한됩니다.
4. {N4}
   처리결과: 작성자가 요청 접수 전에 직접 삭제한 게시물로, 현재 존재하지 않습니다.

나머지 게시물은 담당 서비스에서 확인하는 대로 순차적으로 회신드리겠습니다.
임시조치 절차에 관한 안내: https://right.naver.com/guide/temporary-measure

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 안내 (numbered list, status on the line below)",
    why="four numbered URLs each with an unhedged result: 게시중단, 블라인드, 임시조치 (access limited), deleted by author",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found"},
)

case(
    name="naver-html-table-bilingual",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=D(6, 11, 2),
    subject="RE: [KCSC-240903-01] Result of review / 검토 결과",
    reply_to_req=req_mid("KCSC-240903-01"),
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>Dear KCSC team,</p>
<p>Please find below our review results for four of the posts in your request KCSC-240903-01.<br>
아래 표를 참고해 주시기 바랍니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#e8f5e9"><th>No.</th><th>URL</th><th>Result / 결과</th><th>Note</th></tr>
<tr><td>5</td><td><a href="{N5}">{N5}</a></td><td>Removed (게시중단)</td><td>Promotion of an illegal betting site</td></tr>
<tr><td>6</td><td><a href="{N6}">{N6}</a></td><td>No action (게시 유지)</td><td>The post discusses a news report about betting sites and does not breach Korean law or the Cafe operating policy.</td></tr>
<tr><td>7</td><td><a href="{N7.replace('&', '&amp;')}">{N7.replace('&', '&amp;')}</a></td><td>Not found (존재하지 않는 게시물)</td><td>No question with this docId exists.</td></tr>
<tr><td>8</td><td><a href="{N8}">{N8}</a></td><td>Age-restricted (19세 이상 열람)</td><td>Visible only to signed-in adult users after age verification.</td></tr>
</table>
<p>If you need anything further, simply reply to this email.</p>
<p>Kind regards,<br>Hana Seo<br>Trust &amp; Safety Operations, NAVER Corp.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER trust-and-safety reply with an HTML result table (English/Korean)",
    why="HTML table row per URL: removed, kept with a reason (rejected), does not exist, adults only",
    items={N5: "removed", N6: "rejected", N7: "not_found", N8: "restricted"},
)

CSV_TEXT = "\ufeff" + "\r\n".join([
    "번호,URL,처리결과,처리일시,비고",
    f"9,{N9},게시중단,2024-09-09 14:02,불법 도박 홍보",
    f"10,{N10},게시중단,2024-09-09 14:05,불법 도박 홍보",
    f"11,{N11},국내 접근 제한,2024-09-09 14:20,대한민국 IP에서 재생 불가",
    f"12,{N12},게시물 없음,-,작성자 삭제",
    f"13,{N13},유지,-,위반 사항 없음(사행성 정보 미포함)",
]) + "\r\n"

case(
    name="naver-csv-attachment",
    **{"from": "rightcenter@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date=D(9, 17, 10),
    subject="[네이버] KCSC-240903-01 추가 처리 결과 (첨부)",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="nv-b861-csv"

--nv-b861-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 권리보호센터입니다.

KCSC-240903-01 요청 건 중 9번~13번 게시물의 처리 결과를 첨부 파일(CSV)로
송부드립니다. 확인 부탁드립니다.

네이버 권리보호센터 드림

--nv-b861-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result_2.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result_2.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TEXT)}
--nv-b861-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal result sheet sent as a CSV attachment (UTF-8 with BOM, Excel export)",
    why="CSV rows: 게시중단 x2, 국내 접근 제한, 게시물 없음 (author deleted), 유지 with a reason",
    items={N9: "removed", N10: "removed", N11: "restricted", N12: "not_found", N13: "rejected"},
)

case(
    name="naver-promise-under-review-ko",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=D(4, 16, 25),
    subject="Re: [KCSC-240903-01] 불법정보 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀 박지훈입니다.

보내주신 요청 중 아래 블로그 게시물 3건은 현재 담당 부서에서 내용을 검토하고 있습니다.

- {N1}
- {N2}
- {N3}

검토가 끝나는 대로 운영정책에 따라 게시중단 조치할 예정이며,
처리 결과는 다음 주 중 다시 안내드리겠습니다.

감사합니다.
박지훈 드림
""",
    outcome="review", review="not_understood", classification="other",
    imitates="NAVER policy team interim reply: under review, will act",
    why="'검토 중' and '조치할 예정' are promises, not statements; the items stay pending",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="naver-bulk-all-done",
    **{"from": "rightcenter@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date=D(10, 10, 15),
    subject="[네이버] KCSC-240903-01 요청 건 처리 완료 안내",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물 13건에 대해 모두 게시중단 조치를 완료하였습니다.
게시물별 처리 내역이 필요하신 경우 본 메일로 회신 부탁드립니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="NAVER one-line completion notice covering a whole request",
    why="'13건 모두 게시중단' for a 13-item request without naming each: bulk, items pending",
    items=ALL_N_PENDING,
)

case(
    name="naver-receipt-ack",
    **{"from": "noreply@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date=D(3, 10, 31),
    subject="[네이버 권리보호센터] 게시중단 요청이 접수되었습니다",
    body="""
게시중단 요청이 정상적으로 접수되었습니다.

  접수번호 : R-2409-031277
  접수일시 : 2024.09.03 10:31
  요청 제목 : [KCSC-240903-01] 불법정보 게시물 조치 요청
  요청 게시물 수 : 13건

요청하신 게시물은 담당자가 검토한 후 처리 결과를 이메일로 안내해 드립니다.
처리 현황은 권리보호센터 마이페이지(https://right.naver.com/mypage)에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 완료 receipt",
    why="pure receipt: ticket number and 'will be reviewed', no status for any item",
    items={},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from="네이버 정책지원팀",
    date=D(6, 9, 12),
    subject="Re: [KCSC-240903-01] 처리 결과",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요.

{N1} 게시물은 게시중단 처리되었습니다.
나머지는 확인 후 다시 연락드리겠습니다.

네이버 정책지원팀
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="short NAVER reply whose DKIM/SPF/DMARC all fail (spoofed or relayed)",
    why="a navercorp.com From that fails DMARC: statement not applied",
    items={N1: "pending"},
)

case(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=D(5, 9, 48),
    subject="Re: [KCSC-240903-01] 불법정보 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request. We have blinded the following two blog posts under the
NAVER Blog operating policy:

{N2}
{N10}

The remaining posts are still with the responsible service teams and we will come
back to you separately.

Best regards,
Minji Kang
Trust & Safety, NAVER Corp.

{quoted_request("KCSC-240903-01", N, "Tue, Sep 3, 2024 at 10:12 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted English reply over a Gmail-style quoted request",
    why="two URLs under 'we have blinded'; the 13 quoted URLs below 'wrote:' are the regulator's own text",
    items={N2: "removed", N10: "removed"},
)

case(
    name="naver-hedge-appears-hidden",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=D(6, 18, 30),
    subject="Re: [KCSC-240903-01] cafe post",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi,

Regarding {N6} : our Cafe team tells me the
post appears to have been hidden by the cafe manager already, but we have not
been able to confirm this on our side yet. I will let you know once it has been
verified.

Thanks,
Minji
""",
    outcome="review", review="not_understood", classification="other",
    imitates="informal NAVER staff reply passing on an unconfirmed report",
    why="'appears to have been hidden ... not able to confirm' is a hedge, not a statement",
    items={N6: "pending"},
)

case(
    name="naver-out-of-office-chuseok",
    **{"from": "jihoon.park@navercorp.com"},
    name_from="박지훈",
    date=D(13, 18, 1),
    subject="[자동회신] Re: [KCSC-240903-01] 불법정보 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 9월 13일(금)부터 9월 18일(수)까지 추석 연휴 및 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

I am out of the office until Thursday 19 September with limited access to email.
For urgent matters please write to policy@navercorp.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply (Auto-Submitted, 부재중), nothing about any item",
    items={},
)

case(
    name="naver-read-receipt-mdn",
    **{"from": "rightcenter@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date=D(3, 11, 47),
    subject="읽음 확인: [KCSC-240903-01] 불법정보 게시물 조치 요청",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b861-nv"

--mdn-b861-nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신인이 읽었습니다.

  제목: [KCSC-240903-01] 불법정보 게시물 조치 요청
  읽은 시간: 2024-09-03 11:47 (KST)

이 확인은 메일이 수신자의 화면에 표시되었다는 뜻이며, 내용을 읽었거나
이해했다는 뜻은 아닙니다.

--mdn-b861-nv
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Original-Recipient: rfc822;rightcenter@navercorp.com
Final-Recipient: rfc822;rightcenter@navercorp.com
Original-Message-ID: <req-KCSC-240903-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b861-nv--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (RFC 8098 MDN) in Korean",
    why="message disposition notification: the request was displayed, nothing more",
    items={},
)

case(
    name="naver-korean-particles-fullwidth",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=D(11, 14, 35),
    subject="Re: [KCSC-240903-01] 추가 처리 결과 안내",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 건 중 아래 3건의 처리 결과를 안내드립니다.

네이버TV 영상 <{N11}>은 국내 법령 위반 소지가 있어 대한민국 내 접속을 차단하였습니다.
카페 게시글 {N12}의 경우 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.
블로그 글（{N13}）은 운영정책 위반으로 게시중단 처리했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team prose reply, URLs glued to Korean particles and full-width brackets",
    why="three sentences, each one URL with a plain result: blocked in Korea, deleted by author, 게시중단",
    items={N11: "restricted", N12: "not_found", N13: "removed"},
)

case(
    name="naver-asks-for-resolution-copy",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=D(5, 13, 20),
    subject="Re: [KCSC-240903-01] 자료 요청드립니다",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 2건은 불법성 판단을 위해 추가 자료가 필요합니다.

 - {N7}
 - {N9}

방송통신심의위원회 시정요구 의결서 사본과 위반 법령 조항을 회신해 주시면
검토 후 조치하도록 하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal asking for the 시정요구 의결서 before acting",
    why="asks for documents before acting on two named items; nothing stated about them",
    items={N7: "pending", N9: "pending"},
)

case(
    name="naver-quoted-printable-ko",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date=D(7, 10, 3),
    subject="[네이버 고객센터] KCSC-240903-01 관련 처리 결과",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하십니까, 네이버 고객센터 게시물 담당입니다.
KCSC-240903-01 관련 추가 처리 결과를 알려드립니다.

▶ {N3}
   → 운영정책(불법정보) 위반으로 게시중단 처리
▶ {N8}
   → 운영자에 의해 비공개 처리 완료 (작성자 외 열람 불가)

이용에 불편을 드려 죄송합니다.
네이버 고객센터
''')}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 reply in quoted-printable UTF-8, arrow layout",
    why="two URLs, each with '→ 게시중단 처리' / '→ 비공개 처리 완료' on the next line",
    items={N3: "removed", N8: "removed"},
)

case(
    name="naver-notice-of-action-en",
    **{"from": "legal@navercorp.com"},
    name_from="NAVER Legal",
    date=D(12, 9, 55),
    subject="Notice of action taken - KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Notice of action taken

Request:     KCSC-240903-01
Legal basis: Article 44-2 and Article 44-7 of the Act on Promotion of Information
             and Communications Network Utilization and Information Protection

Item:   {N9}
Action: Temporary measure. Access to the post is blocked for 30 days while the
        author may object.

Item:   {N10}
Action: Removed for breaching the NAVER Blog operating policy.

Item:   {N6}
Action: None. We reviewed the post and found that it breaches neither Korean law
        nor our policies; it remains available.

Questions about this notice: https://help.naver.com/legal/notice-faq

NAVER Corp. Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="statement-of-reasons style notice (Item/Action blocks) in English",
    why="Item/Action pairs: 임시조치 (restricted), removed, no action with a reason (rejected); help link is no item",
    items={N9: "restricted", N10: "removed", N6: "rejected"},
)

case(
    name="naver-kin-and-private-en",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=D(8, 20, 14),
    subject="Re: [KCSC-240903-01] Knowledge iN / blog",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Dear KCSC,

Two updates on your request:

The Knowledge iN question at
{N7}
was deleted by our operations team today.

The blog post {N8} has been switched to
private (비공개) by our operator, so it is no longer visible to anyone but its author.

Regards,
Minji Kang
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="short English update from a portal's trust-and-safety staff",
    why="Knowledge iN URL on the line below 'question at', 'was deleted'; blog made private by the operator",
    items={N7: "removed", N8: "removed"},
)

# ================================================================ Daum / Kakao
case(
    name="daum-kakao-notice-korean-path",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=D(6, 16, 44),
    subject="[Daum] 게시물 처리 결과 안내 (KCSC-240905-02)",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.
KCSC-240905-02 요청에 따른 처리 결과를 안내드립니다.

대상: {D1_RAW}
조치: 임시조치 (30일간 게시물 접근 차단, 카페에 '임시조치된 게시물' 표시)

대상: {D2}
조치: 게시물 삭제

나머지 게시물은 확인이 끝나는 대로 안내드리겠습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고 처리 결과 안내 (대상/조치 blocks), raw Korean cafe path",
    why="대상/조치 pairs: 임시조치 (restricted) for the Korean-path cafe URL, 삭제 for the other",
    items={D1: "restricted", D2: "removed"},
)

case(
    name="daum-english-gmail-quote",
    **{"from": "cafe-support@daum.net"},
    name_from="Daum Cafe Support",
    date=D(9, 11, 30),
    subject="Re: [KCSC-240905-02] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
Hi,

{D3} has been deleted by the cafe operator (운영자 삭제).

{D4} does not exist - the article number is invalid
in that cafe board, so there was nothing for us to remove.

Thanks,
Daum Cafe Support

{quoted_request("KCSC-240905-02", [D1_RAW, D2, D3, D4], "Thu, Sep 5, 2024 at 2:30 PM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe support reply in English over the quoted request",
    why="d3 deleted by the operator, d4 does not exist (invalid link); quoted URLs ignored",
    items={D3: "removed", D4: "not_found"},
)

case(
    name="daum-kept-with-reason",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=D(10, 15, 2),
    subject="[Daum] 게시물 검토 결과 안내 (KCSC-240905-02)",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 {D3} 를 검토한 결과,
특정인을 비방하는 내용이 아닌 상품 이용 후기로 확인되어 게시를 유지합니다.

판단 기준은 카페 운영정책(https://cs.daum.net/redbell/policy/cafe-operation)을
참고해 주시기 바랍니다. 추가 소명 자료가 있으시면 회신해 주세요.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao refusal: post kept because it breaks no rule, with a policy link",
    why="one URL kept with its reason (rejected); the policy link is not an item",
    items={D3: "rejected"},
)

case(
    name="daum-receipt-plus-statement",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=D(5, 17, 10),
    subject="[Daum] 권리침해 신고가 접수되었습니다 (KCSC-240905-02)",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청이 접수되었습니다. (접수번호 KR-24090677)

접수된 4건 중 {D4} 은 확인 결과
작성자가 삭제하여 존재하지 않는 게시물입니다.
나머지 3건은 담당자가 검토 중이며, 결과는 별도로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao receipt that also reports one already-deleted post",
    why="receipt wording plus an unhedged statement: d4 deleted by its author, does not exist",
    items={D4: "not_found"},
)

case(
    name="daum-text-table",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=D(12, 10, 48),
    subject="[Daum] KCSC-240905-02 최종 처리 결과",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.
KCSC-240905-02 요청 건의 최종 처리 결과입니다.

+----+-------------------------------------------------------------+--------------------------+
| 번호 | URL                                                         | 처리결과                 |
+----+-------------------------------------------------------------+--------------------------+
| 1  | {D1} | 삭제                     |
| 2  | {D2}                 | 유지 (운영정책 위반 아님) |
| 3  | {D3}                 | 게시중단                 |
| 4  | {D4}                       | 임시조치 (30일)          |
+----+-------------------------------------------------------------+--------------------------+

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text result table pasted from a ticket tool",
    why="table rows: 삭제, 유지 with reason, 게시중단, 임시조치",
    items={D1: "removed", D2: "rejected", D3: "removed", D4: "restricted"},
)

case(
    name="daum-about-naver-links",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=D(6, 10, 20),
    subject="Re: [KCSC-240905-02] 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청 메일 하단에 함께 기재된 아래 주소 2건은 당사 서비스가 아닌 네이버 블로그 주소입니다.
참고로 확인해 보니 두 게시물 모두 이미 삭제되어 접속되지 않습니다.

{N1}
{N2}

다음 카페 게시물 4건은 현재 검토 중이며, 결과는 별도로 안내드리겠습니다.
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="Kakao pointing out links that belong to another portal",
    why="Kakao states the state of two NAVER items: not NAVER's own statement",
    items={N1: "pending", N2: "pending"},
)

case(
    name="daum-outlook-out-of-office",
    **{"from": "sujin.lee@kakaocorp.com"},
    name_from="Sujin Lee",
    date=D(5, 14, 31),
    subject="Automatic reply: [KCSC-240905-02] 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240905-02"),
    extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am away on business until 9 September and will reply
when I am back. For takedown and rights matters please contact right@kakaocorp.com.

메일 감사합니다. 9월 9일까지 출장 중이며 복귀 후 회신드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply from a Kakao employee",
    why="auto-reply; nothing about any item",
    items={},
)

# ================================================================ DC Inside
case(
    name="dc-admin-terse-ko",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=D(7, 13, 5),
    subject="RE: [KCSC-240906-03] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 게시물 처리 결과입니다.

{C1} - 삭제
{C2} - 삭제
{C3} - 작성자 본인이 이미 삭제한 글입니다

나머지 2건은 마이너 갤러리 매니저 확인 후 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="terse community-admin reply, 'URL - 결과' lines",
    why="two '- 삭제' lines and one post already deleted by its author",
    items={C1: "removed", C2: "removed", C3: "not_found"},
)

case(
    name="dc-url-below-statement",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=D(9, 15, 27),
    subject="RE: [KCSC-240906-03] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
KCSC-240906-03 관련 회신드립니다.

아래 게시물은 갤러리 이용 규칙 및 관련 법령 위반으로 운영자 삭제 처리하였습니다.
{C4}

아래 게시물은 검토 결과 신고 사유에 해당하지 않아 삭제하지 않았습니다.
(개인 의견 게시글이며 불법 정보가 포함되어 있지 않음)
{C5}

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside admin reply, statement first and URL on the line below",
    why="'아래 게시물은 ... 운영자 삭제' then c4; '해당하지 않아 삭제하지 않았습니다' then c5",
    items={C4: "removed", C5: "rejected"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "coinmarket.mgr@gmail.com"},
    name_from="코인마켓 갤러리 매니저",
    date=D(8, 22, 40),
    subject="디시 코인마켓 갤러리 글 삭제했습니다 (KCSC-240906-03)",
    body=f"""
안녕하세요, 디시인사이드 코인마켓 마이너 갤러리 매니저입니다.
운영팀에서 전달받은 글 두 개 제가 직접 삭제했습니다.

{C3}
{C4}

앞으로 비슷한 글 올라오면 바로 지우겠습니다.
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="volunteer gallery manager writing from a personal webmail account",
    why="gmail.com is not DC Inside's domain: statements about c3 and c4 not applied",
    items={C3: "pending", C4: "pending"},
)

case(
    name="dc-promise-within-24h-en",
    **{"from": "admin@dcinside.com"},
    name_from="DC Inside Operations",
    date=D(6, 17, 55),
    subject="RE: [KCSC-240906-03] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
Hello,

Thank you for your notice regarding KCSC-240906-03. Our moderation team will delete
the posts below within 24 hours, once the internal check is complete:

  {C1}
  {C2}

We will confirm by email when this is done.

DC Inside Operations
""",
    outcome="review", review="not_understood", classification="other",
    imitates="community site promising deletion after an internal check",
    why="'will delete ... once the check is complete' is a promise: c1, c2 stay pending",
    items={C1: "pending", C2: "pending"},
)

case(
    name="dc-bounce-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"},
    name_from="Mail Delivery System",
    date=D(6, 9, 41),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b861-dc"

--dsn-b861-dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@dcinside.com>: host mx1.dcinside.com[198.51.100.77] said: 550 5.1.1
    <legal@dcinside.com>: Recipient address rejected: User unknown

--dsn-b861-dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Fri, 6 Sep 2024 09:40:58 +0900 (KST)

Final-Recipient: rfc822; legal@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@dcinside.com>: Recipient address rejected: User unknown

--dsn-b861-dc
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@dcinside.com
Subject: [KCSC-240906-03] 게시물 삭제 요청
Message-ID: <req-KCSC-240906-03@kcsc.example>
Date: Fri, 06 Sep 2024 09:40:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요청드립니다.
1. {C1}
2. {C2}
3. {C3}
4. {C4}
5. {C5}

--dsn-b861-dc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) carrying the original request",
    why="delivery failure; the URLs are only in the returned original",
    items={},
)

case(
    name="dc-forwarded-manager-note",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=D(11, 9, 30),
    subject="Fwd: 미니갤 게시글 처리 건",
    body=f"""
미니 갤러리 매니저 답변 전달드립니다.

---------- Forwarded message ---------
From: 밤올빼미 매니저 <nightowls.mgr@gmail.com>
Date: 2024년 9월 10일 (화) 오후 9:14
Subject: 미니갤 게시글 처리 건
To: <admin@dcinside.com>

요청하신 {C5} 글은 삭제했습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform staff forwarding a volunteer manager's note without their own statement",
    why="the only statement is inside a forwarded message from a gmail.com manager",
    items={C5: "pending"},
)

# ================================================================ SOOP
case(
    name="soop-trust-safety-en",
    **{"from": "trustsafety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date=D(11, 19, 12),
    subject="[SOOP] Outcome of your request KCSC-240910-04",
    reply_to_req=req_mid("KCSC-240910-04"),
    body=f"""
Hello,

This is SOOP Trust & Safety. Following your request KCSC-240910-04 we have taken
the following actions:

- VOD {S1} : deleted for violating our Community
  Guidelines (obscene content).
- VOD {S2} : set to 19+ (age-restricted); only
  verified adult users can view it.
- Channel post {S3} : this post had already been
  deleted by the streamer before our review, so no action was needed.

Best regards,
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="streaming platform trust-and-safety outcome list in English",
    why="bullets: deleted, 19+ age restriction, already deleted by the streamer",
    items={S1: "removed", S2: "restricted", S3: "not_found"},
)

SOOP_HTML = f"""<html><body>
<div style="max-width:600px;font-family:'Apple SD Gothic Neo',sans-serif">
<img src="https://res.sooplive.co.kr/mail/logo_soop.png" alt="SOOP">
<h3>신고 처리 결과 안내</h3>
<p>안녕하세요. SOOP 운영팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 채널 게시글
<a href="{S3}">{S3}</a> 은 운영정책 위반으로 블라인드 처리되었습니다.</p>
<p>운영정책 전문은 <a href="https://help.sooplive.co.kr/policy/operation">SOOP 운영정책</a>에서 보실 수 있습니다.</p>
<p style="color:#888;font-size:11px">본 메일은 발신 전용입니다.</p>
</div></body></html>
"""

case(
    name="soop-base64-html-blind",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP 운영팀",
    date=D(12, 13, 40),
    subject="[SOOP] 신고 처리 결과 안내 (KCSC-240910-04)",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(SOOP_HTML)}""",
    outcome="applied", classification="confirmation",
    imitates="SOOP HTML notice sent base64-encoded, logo and policy link",
    why="the channel post was 블라인드 처리; logo and policy links are not items",
    items={S3: "removed"},
)

case(
    name="soop-echoed-report-form",
    **{"from": "report@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date=D(13, 10, 22),
    subject="[SOOP] 신고 처리 결과 안내",
    reply_to_req=req_mid("KCSC-240910-04"),
    body=f"""
[SOOP] 신고 처리 결과 안내

■ 신고 내용
 - 신고 대상 : {S2}
 - 신고 사유 : 음란성 / 청소년유해
 - 처리 결과 : 삭제 (VOD 영구 삭제 및 스트리머 경고 1회)

■ 신고 내용
 - 신고 대상 : {S1}
 - 신고 사유 : 불법정보
 - 처리 결과 : 조치 불가 - 검토 결과 운영정책 위반 사항이 확인되지 않았습니다.

SOOP 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="report-form echo with 신고 대상 / 신고 사유 / 처리 결과",
    why="s2 삭제; s1 조치 불가 because no breach was found (rejected)",
    items={S2: "removed", S1: "rejected"},
)

case(
    name="soop-heading-then-url",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 정책팀",
    date=D(12, 18, 5),
    subject="Re: [KCSC-240910-04] 다시보기 조치 요청",
    reply_to_req=req_mid("KCSC-240910-04"),
    body=f"""
안녕하세요, SOOP 정책팀입니다. 요청하신 다시보기 2건 조치 내역입니다.

19세 이상 시청 제한으로 변경한 다시보기:
{S1}

삭제 처리한 다시보기:
{S2}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean reply with a heading line and the URL below it",
    why="heading '19세 이상 시청 제한' then s1 (restricted); heading '삭제 처리' then s2",
    items={S1: "restricted", S2: "removed"},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date=D(10, 11, 3),
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 SP-240910-55812)",
    body="""
안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호: SP-240910-55812
  - 문의 유형: 신고/제재 > 게시물 신고
  - 제목: [KCSC-240910-04] 다시보기 및 게시글 조치 요청

담당자가 내용을 확인한 뒤 순차적으로 답변드리겠습니다.
답변은 고객센터 > 나의 문의내역에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (접수번호, 순차 답변)",
    why="pure ticket receipt, no item status",
    items={},
)

# ================================================================ FM Korea
case(
    name="fmk-particle-glued-url",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date=D(12, 21, 18),
    subject="Re: [KCSC-240911-05] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240911-05"),
    body=f"""
에펨코리아 운영진입니다.

{F1} 게시물은 삭제 처리했습니다.
{F2}는 확인해 보니 신고 사유에 해당하지 않아 그대로 두었습니다. (실명·연락처 등 개인정보 없음)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community admin reply, URL glued to the Korean particle '는'",
    why="f1 삭제; f2 left up because it contains no personal data (rejected)",
    items={F1: "removed", F2: "rejected"},
)

case(
    name="fmk-bullets-blind-and-gone",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date=D(13, 12, 0),
    subject="[에펨코리아] 요청 게시물 처리 결과 (KCSC-240911-05)",
    reply_to_req=req_mid("KCSC-240911-05"),
    body=f"""
요청하신 게시물 처리 결과 알려드립니다.

 • {F1} — 블라인드 처리 완료
 • {F2} — 해당 게시물 없음 (작성자 삭제)

에펨코리아 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="bulleted result list with em dashes",
    why="f1 블라인드 (removed); f2 no longer exists, deleted by its author (not_found)",
    items={F1: "removed", F2: "not_found"},
)

case(
    name="fmk-conditional-blind",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date=D(12, 9, 10),
    subject="Re: [KCSC-240911-05] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240911-05"),
    body=f"""
안녕하세요, 에펨코리아 운영진입니다.

{F1} 작성자에게 쪽지로 자진 삭제를 요청했습니다.
9월 13일까지 삭제되지 않으면 운영진이 블라인드 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="community admin giving the author a deadline before acting",
    why="a condition and a promise: f1 stays pending",
    items={F1: "pending"},
)

# ================================================================ Clien
case(
    name="clien-sole-statement-no-url",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    date=D(12, 17, 45),
    subject="Re: [KCSC-240912-06] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240912-06"),
    body="""
안녕하세요, 클리앙 운영진입니다.

요청하신 게시물은 운영진 확인 후 삭제 처리했습니다.
작성자 계정에 대해서도 이용 규칙에 따라 조치했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line community admin answer in the request's thread",
    why="one-item request, 'the requested post was deleted' in its thread: applies to l1",
    items={L1: "removed"},
)

case(
    name="clien-html-author-deleted",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    date=D(13, 9, 15),
    subject="[클리앙] KCSC-240912-06 회신",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, 클리앙 운영진입니다.</p>
<p>요청하신 <a href="{L1}">게시물</a>은 작성자 본인이 삭제하여 현재 존재하지 않습니다.
운영진이 별도로 조치할 사항은 없습니다.</p>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML-only reply whose URL is only in a link",
    why="the linked post was deleted by its author and no longer exists",
    items={L1: "not_found"},
)

case(
    name="clien-done-no-reference",
    **{"from": "support@clien.net"},
    name_from="클리앙 고객지원",
    date=D(13, 16, 2),
    subject="문의 답변드립니다",
    body="""
안녕하세요, 클리앙 고객지원입니다.

보내주신 메일 확인했습니다. 말씀하신 건은 처리되었습니다.
다른 문의 사항이 있으시면 언제든지 연락 주세요.

클리앙 고객지원
""",
    outcome="review", review="no_claims", classification="other",
    imitates="bare help-desk answer that names neither a post nor a request",
    why="trusted clien.net mail, no item, no reference, no thread",
    items={},
)

# ================================================================ Inven
case(
    name="inven-outlook-original-message",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객센터",
    date=D(14, 11, 25),
    subject="RE: [KCSC-240913-07] 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240913-07"),
    body=f"""
안녕하세요, 인벤 고객센터입니다.

{I1} 삭제 완료했습니다.
{I2} 삭제 완료했습니다.
{I3} 은 웹진 기사로, 편집부 검토 결과 게임 내 확률 아이템에 대한 보도 기사이며 도박 홍보에 해당하지 않아 유지합니다.

감사합니다.
인벤 고객센터 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 11:05 AM
To: cs@inven.co.kr
Subject: [KCSC-240913-07] 게시물 조치 요청

안녕하십니까, 방송통신심의위원회입니다.
아래 게시물에 대해 삭제 조치를 요청드립니다.

1. {I1}
2. {I2}
3. {I3}

조치 결과를 7일 이내에 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over '-----Original Message-----' with the request unquoted below",
    why="each URL named above the original: two 삭제 완료, webzine article kept with a reason",
    items={I1: "removed", I2: "removed", I3: "rejected"},
)

case(
    name="inven-webzine-taken-down-en",
    **{"from": "webzine@inven.co.kr"},
    name_from="Inven Editorial",
    date=D(16, 14, 8),
    subject="Re: [KCSC-240913-07] webzine article",
    reply_to_req=req_mid("KCSC-240913-07"),
    body=f"""
Dear KCSC,

Following a second look by the editorial team, the webzine article
<{I3}> was taken down this morning and is
no longer reachable.

Regards,
Inven Editorial Team
""",
    outcome="applied", classification="confirmation",
    imitates="editorial desk reply in English, URL in angle brackets",
    why="'was taken down ... no longer reachable' for the named article",
    items={I3: "removed"},
)

case(
    name="inven-bulk-three-done",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객센터",
    date=D(14, 9, 40),
    subject="RE: [KCSC-240913-07] 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240913-07"),
    body="""
안녕하세요, 인벤 고객센터입니다.
신고해 주신 게시물 3건 모두 삭제 조치 완료했습니다.
감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line completion reply covering a whole request",
    why="'3건 모두 삭제' for a three-item request without naming each: bulk",
    items={I1: "pending", I2: "pending", I3: "pending"},
)

# ================================================================ others
case(
    name="nate-pann-unrequested",
    **{"from": "pann@skcomms.co.kr"},
    name_from="네이트판 운영팀",
    date=D(10, 16, 30),
    subject="[네이트판] 게시물 조치 결과 안내",
    body="""
안녕하세요, 네이트판 운영팀입니다.

요청하신 게시물의 조치 결과를 안내드립니다.

https://pann.nate.com/talk/372219876 - 삭제 완료
https://pann.nate.com/talk/372220114 - 삭제 완료

감사합니다.
""",
    outcome="review", review="unmatched_claims", classification="confirmation",
    imitates="Nate Pann result list about posts this ledger never requested",
    why="trusted Nate mail with statements about URLs in no request of this set",
    items={},
)

case(
    name="ppomppu-autoreply-hours",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    date=D(13, 23, 4),
    subject="[자동응답] 뽐뿌 운영팀 메일 접수 안내",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
이 메일은 자동으로 발송되었습니다.

뽐뿌 운영팀은 평일 10:00~18:00에 메일을 순서대로 확인하고 있습니다.
추석 연휴(9/14~9/18) 기간에 받은 메일은 연휴가 끝난 뒤 답변드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="community site auto-reply with office hours over the holiday",
    why="automatic reply, nothing about any item",
    items={},
)


HEADER = """# Blind set 861 (tests/corpus/blind861/make.py writes this file).
# Korean portals and community sites, Korean and English, with doubtful and
# ignorable mail. Expected results written from each email's meaning before
# any run of the reader. Each case is ingested alone into a fresh ledger.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind861", HEADER, CASES)
    print(len(CASES), "cases")
