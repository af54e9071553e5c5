#!/usr/bin/env python3
"""Blind set 231: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Ppomppu; Nate and Inven configured but
holding no request), Korean and English mixed, with the doubtful and
ignorable mail a regulator's mailbox receives.

Deterministic: `python3 tests/corpus/blind231/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning alone, before any run of the reader.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind231"
KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def hdr(s):
    """RFC 2047 encoding for non-ASCII header text, as real MUAs do."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
TOTO_SLUG = "먹튀검증-안전놀이터-추천"

N = {
    1: "https://blog.naver.com/goldbridge_77/223561840217",
    2: "https://blog.naver.com/goldbridge_77/223562004518",
    3: "https://blog.naver.com/ria_signal/223559917730",
    4: "https://cafe.naver.com/jusikmaster/88213",
    5: "https://cafe.naver.com/jusikmaster/88240",
    6: "https://cafe.naver.com/coinnara24/151207",
    7: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40306&docId=471122390",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=51203377",
    9: "https://blog.naver.com/PostView.naver?blogId=daon_invest&logNo=223570112904",
    10: "https://cafe.naver.com/coinnara24/151388",
    11: "https://blog.naver.com/ria_signal/223560288125",
    12: "https://tv.naver.com/v/59120341",
    13: "https://blog.naver.com/hanul_money/223575509961",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=10923377",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=nolja_kr&no=4412090",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=haebyeon_town&no=73521",
    4: "https://gall.dcinside.com/mini/board/view/?id=jjokji&no=2210",
    5: "https://gall.dcinside.com/board/view/?id=stock_new2&no=10925861",
}
K_RAW3 = "https://toto-review.tistory.com/entry/" + TOTO_SLUG
K = {
    1: "https://cafe.daum.net/lucky7play/Fh2k/1182",
    2: "https://cafe.daum.net/lucky7play/Fh2k/1190",
    3: "https://toto-review.tistory.com/entry/" + quote(TOTO_SLUG),
    4: "https://toto-review.tistory.com/58",
}
S = {
    1: "https://vod.sooplive.co.kr/player/134551203",
    2: "https://vod.sooplive.co.kr/player/134560872",
    3: "https://ch.sooplive.co.kr/nightowl99/post/98765432",
}
F = {
    1: "https://www.fmkorea.com/7401234567",
    2: "https://www.fmkorea.com/best/7401299310",
}
C1 = "https://www.clien.net/service/board/park/18822013"
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9012345"

REQ = {
    "naver": ("KCSC-240902-01", "naver", "2024-09-02T14:00:00+09:00", "2024-09-09T18:00:00+09:00",
              "불법 금융투자업 홍보(리딩방)", "유사투자자문 리딩방 모집"),
    "dc": ("KCSC-240903-02", "dcinside", "2024-09-03T15:10:00+09:00", "2024-09-10T18:00:00+09:00",
           "개인정보 노출", "신상 공개 게시글"),
    "daum": ("KCSC-240904-03", "daum", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
             "불법 도박 홍보", "토토사이트 홍보 카페·블로그"),
    "soop": ("KCSC-240905-04", "soop", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
             "음란·청소년유해", "VOD 및 방송국 게시글"),
    "fm": ("KCSC-240906-05", "fmkorea", "2024-09-06T16:20:00+09:00", "2024-09-13T18:00:00+09:00",
           "개인정보 노출", "원글과 베스트 게시판 사본"),
    "clien": ("KCSC-240909-06", "clien", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
              "명예훼손", "단일 게시물"),
    "ppom": ("KCSC-240910-07", "ppomppu", "2024-09-10T13:15:00+09:00", "2024-09-17T18:00:00+09:00",
             "불법 의약품 판매", "단일 게시물"),
}
ITEMS = {"naver": N, "dc": D, "daum": K, "soop": S, "fm": F, "clien": {1: C1}, "ppom": {1: P1}}


def mid(key):
    return "req." + REQ[key][0]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for key in ["naver", "dc", "daum", "soop", "fm", "clien", "ppom"]:
        ref, plat, sent, due, cat, note = REQ[key]
        for _, url in sorted(ITEMS[key].items()):
            w.writerow([ref, plat, sent, due, url, cat, mid(key) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(key, prefix=""):
    """The regulator's own request, as it would be quoted back."""
    ref = REQ[key][0]
    lines = [
        "방송통신심의위원회 통신심의국입니다.",
        f"아래 정보에 대하여 시정요구(삭제)를 요청하오니 조치 후 결과를 회신하여 주시기 바랍니다. (요청번호 {ref})",
        "",
    ]
    for i, url in sorted(ITEMS[key].items()):
        u = K_RAW3 if url == K[3] else url
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC 통신심의 담당 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


C = []


def case(**kw):
    C.append(kw)


def pend(*urls):
    return {u: "pending" for u in urls}


NAVER_POLICY = "policy-support@navercorp.com"

# ================================================================ APPLIED
case(
    name="naver-html-table-six-results",
    date=d(5, 17, 42), **{"from": NAVER_POLICY}, name_from=hdr("네이버 정책지원"),
    subject=hdr("[NAVER] 시정요구(KCSC-240902-01) 1차 조치 결과 회신"),
    reply_to_req=mid("naver"), type="html",
    body=f"""<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>귀 위원회에서 2024. 9. 2. 요청하신 시정요구 건(KCSC-240902-01)에 대한 1차 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>서비스</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>블로그</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>블로그</td><td>블라인드 처리</td><td>운영정책 위반</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>블로그</td><td>임시조치(30일)</td><td>게시자 소명 절차 진행</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>카페</td><td>게시물 없음</td><td>작성자 삭제(9/1)</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>카페</td><td>조치 불가</td><td>위반 사항이 확인되지 않음</td></tr>
<tr><td>6</td><td>{N[6]}</td><td>카페</td><td>삭제</td><td>-</td></tr>
</table>
<p>나머지 7건은 서비스별 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>네이버 정책지원팀 드림<br>운영정책 안내: <a href="https://policy.naver.com/policy/service.html">policy.naver.com</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 회신 (HTML 표: 삭제/블라인드/임시조치/게시물 없음/조치 불가)",
    why="Trusted NAVER table, one status per row; the remaining seven are not named.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "rejected", N[6]: "removed"},
)

case(
    name="naver-numbered-korean-four",
    date=d(6, 10, 5), **{"from": "report_reply@navercorp.com"}, name_from=hdr("네이버 신고센터"),
    subject=hdr("RE: [시정요구] KCSC-240902-01 처리 결과 안내 (지식iN·포스트·블로그·카페)"),
    reply_to_req=mid("naver"),
    body=f"""안녕하세요. 네이버 신고센터입니다.

시정요구 KCSC-240902-01 중 지식iN, 포스트, 블로그, 카페 게시물 4건의 처리 결과를 안내드립니다.

1. {N[7]}
   → 질문 및 답변 게시물 삭제 완료
2. {N[8]}
   → 작성자가 요청일 이전에 직접 삭제하여 현재 존재하지 않는 게시물입니다.
3. {N[9]}
   → 청소년 유해 게시물로 분류하여 만 19세 미만 이용자의 접근을 제한했습니다.
4. {N[10]}
   → 카페 운영자 삭제

감사합니다.
네이버 신고센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 처리 결과 안내 (번호 목록, 결과는 다음 줄의 화살표)",
    why="Four numbered URLs each with its result on the next line: deleted, author-deleted, age-restricted, cafe operator deleted.",
    items={N[7]: "removed", N[8]: "not_found", N[9]: "restricted", N[10]: "removed"},
)

NAVER_CSV = "순번,URL,처리상태,처리일시\n" + "\n".join(
    f"{i},{N[i]},{st},2024-09-1{1 if i < 7 else 2} {9 + i % 8:02d}:{(i * 7) % 60:02d}"
    for i, st in [(1, "삭제"), (2, "삭제"), (3, "임시조치"), (4, "게시물 없음"), (5, "유지(위반사항 없음)"),
                  (6, "삭제"), (7, "삭제"), (8, "게시물 없음"), (9, "연령 제한(19세 미만 접근 불가)"),
                  (10, "삭제"), (11, "삭제"), (12, "국내 접속 차단"), (13, "유지(위반사항 없음)")]
) + "\n"
case(
    name="naver-csv-attachment-all-thirteen",
    date=d(12, 15, 30), **{"from": NAVER_POLICY}, name_from=hdr("네이버 정책지원"),
    subject=hdr("[NAVER] KCSC-240902-01 최종 조치 결과 (첨부)"),
    reply_to_req=mid("naver"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-231-csv-boundary"

--nv-231-csv-boundary
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요, 네이버 정책지원팀입니다.

시정요구 KCSC-240902-01 에 대한 13건 전체의 최종 처리 결과를 첨부 파일(조치결과_KCSC-240902-01.csv)로 보내드립니다.
처리상태 열의 "유지"는 검토 결과 위반 사항이 확인되지 않아 게시물을 그대로 둔 건입니다.

감사합니다.
''')}
--nv-231-csv-boundary
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(NAVER_CSV)}
--nv-231-csv-boundary--""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치 결과 CSV 첨부 회신",
    why="CSV with one row per requested URL; 유지(위반사항 없음) is a refusal, 국내 접속 차단 and 연령 제한 are restrictions.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected",
           N[6]: "removed", N[7]: "removed", N[8]: "not_found", N[9]: "restricted", N[10]: "removed",
           N[11]: "removed", N[12]: "restricted", N[13]: "rejected"},
)

case(
    name="naver-english-status-below-url",
    date=d(9, 11, 20), **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject="Re: KCSC-240902-01 - outcome for the remaining blog and TV items",
    reply_to_req=mid("naver"),
    body=f"""Dear KCSC team,

Re: your request KCSC-240902-01. Our review of the three items below is complete.

{N[11]}
Status: Removed for violating the NAVER Blog operating policy (unregistered investment advice).

{N[12]}
Status: No violation found. The clip is news commentary and remains available.

{N[13]}
Status: Not found. No post with this ID exists on our service.

If you disagree with a decision you can reply to this email.

Kind regards,
Min-jae Oh
NAVER Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Trust & Safety English outcome mail (URL line, Status line below)",
    why="Each URL with an explicit Status line under it: removed, no violation (stays up), not found.",
    items={N[11]: "removed", N[12]: "rejected", N[13]: "not_found"},
)

case(
    name="naver-outlook-top-posted-two",
    date=d(4, 9, 12), **{"from": "seoyun.kim@navercorp.com"}, name_from=hdr("김서윤"),
    subject=hdr("RE: [시정요구] KCSC-240902-01 불법 금융투자 홍보 게시물 (13건)"),
    reply_to_req=mid("naver"),
    body=f"""위원회 담당자님,

아래 요청 건 중 2건을 먼저 조치하여 회신드립니다.

- {N[3]} : 삭제
- {N[4]} : 삭제

나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.

김서윤 드림
NAVER 정책지원

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 2:00 PM
To: policy@navercorp.com
Subject: [시정요구] KCSC-240902-01 불법 금융투자 홍보 게시물 (13건)

{request_text("naver")}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over an unprefixed -----Original Message----- quote",
    why="Only the two URLs above the quoted request are stated removed; the quoted list below changes nothing.",
    items={N[3]: "removed", N[4]: "removed", N[1]: "pending", N[5]: "pending", N[13]: "pending"},
)

case(
    name="naver-qp-blog-two",
    date=d(10, 14, 3), **{"from": "blog_cs@navercorp.com"}, name_from=hdr("네이버 블로그 운영팀"),
    subject=hdr("[네이버 블로그] 요청번호 KCSC-240902-01 조치 완료 안내"),
    reply_to_req=mid("naver"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, 네이버 블로그 운영팀입니다.

요청번호 KCSC-240902-01 관련하여 아래 2건의 조치를 완료했습니다.

■ {N[9]}
  - 조치: 게시물 비공개 처리 (블로그 운영정책 위반)
■ {N[13]}
  - 조치: 게시중단

감사합니다.
''')}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 블로그 운영팀 조치 완료 안내 (quoted-printable, 비공개 처리/게시중단)",
    why="Quoted-printable body; 비공개 처리 and 게시중단 are removals.",
    items={N[9]: "removed", N[13]: "removed"},
)

case(
    name="naver-base64-tv-geo-and-cafe",
    date=d(11, 16, 48), **{"from": "tv-policy@navercorp.com"}, name_from="NAVER TV Content Policy",
    subject="[NAVER TV] Result of request KCSC-240902-01",
    reply_to_req=mid("naver"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hello,

This is the NAVER TV content policy desk, following up on request KCSC-240902-01.

- The clip {N[12]} has been blocked for viewers in Korea under local law. It is still visible outside Korea.
- The cafe post {N[6]} was removed by NAVER for breaching the Cafe operating policy.

Regards,
NAVER TV Content Policy
''')}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER TV English policy reply (base64 body, geo-block in Korea)",
    why="Base64 body; blocked for viewers in Korea = restricted, removed = removed.",
    items={N[12]: "restricted", N[6]: "removed"},
)

case(
    name="dc-korean-prose-four",
    date=d(5, 13, 27), **{"from": "cs@dcinside.com"}, name_from=hdr("디시인사이드 운영팀"),
    subject=hdr("[디시인사이드] 게시물 삭제 요청(KCSC-240903-02) 확인 결과"),
    reply_to_req=mid("dc"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240903-02)에 대하여 확인 결과를 알려드립니다.

{D[1]} 게시물과 {D[2]} 게시물은 개인정보 노출로 판단되어 삭제 처리하였습니다.

{D[3]} 는 확인 당시 이미 작성자 본인이 삭제한 글이었습니다.

{D[4]} 은 특정인을 식별할 수 있는 정보가 포함되어 있지 않아 게시중단 대상에 해당하지 않는다고 판단하여 유지합니다.

기타 문의는 본 메일로 회신 부탁드립니다.
디시인사이드 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 삭제 요청 확인 결과 (문장형)",
    why="Prose: two deleted, one already deleted by its author, one kept as not violating.",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "rejected"},
)

case(
    name="dc-fullwidth-brackets-particles",
    date=d(4, 18, 2), **{"from": "gallery-admin@dcinside.com"}, name_from=hdr("디시인사이드 갤러리 관리"),
    subject=hdr("Re: 시정요구 KCSC-240903-02"),
    reply_to_req=mid("dc"),
    body=f"""담당자님 안녕하세요.

주식 갤러리 게시물 두 건 먼저 알려드립니다.
（{D[5]}）는 신상 정보가 포함되어 삭제 처리 완료했고,
「{D[1]}」도 같은 작성자의 글이라 함께 삭제했습니다.

나머지 갤러리 글은 각 갤러리 매니저 확인 후 회신드리겠습니다.

디시인사이드 갤러리 관리 담당""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside gallery admin short reply, URLs in full-width brackets with Korean particles",
    why="Both URLs sit in full-width brackets followed by particles; both stated deleted.",
    items={D[5]: "removed", D[1]: "removed"},
)

case(
    name="dc-gmail-quoted-request",
    date=d(6, 9, 55), **{"from": "cs@dcinside.com"}, name_from=hdr("디시인사이드 운영팀"),
    subject=hdr("Re: [시정요구] KCSC-240903-02 개인정보 노출 게시물 5건"),
    reply_to_req=mid("dc"),
    body=f"""안녕하세요. 두 건은 처리 완료되었습니다.

{D[2]} - 블라인드 처리
{D[4]} - 해당 게시물이 존재하지 않습니다 (잘못된 주소)

나머지 3건은 갤러리 매니저가 확인 중입니다.

2024년 9월 3일 (화) 오후 3:10, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{request_text("dc", "> ")}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply with Korean attribution line and '>' quoted request",
    why="Two named results above the quote; the other three are only in the quote and 'being checked'.",
    items={D[2]: "removed", D[4]: "not_found", D[1]: "pending", D[3]: "pending", D[5]: "pending"},
)

case(
    name="daum-imsijochi-notice",
    date=d(6, 11, 14), **{"from": "right@kakaocorp.com"}, name_from=hdr("카카오 권리침해신고센터"),
    subject=hdr("[Daum 카페] 게시물 임시조치 안내 (KCSC-240904-03)"),
    reply_to_req=mid("daum"),
    body=f"""안녕하세요, 카카오 고객센터 권리침해신고센터입니다.

KCSC-240904-03 요청과 관련하여 아래 게시물에 대해 정보통신망법 제44조의2에 따른 임시조치(30일간 접근 차단)를 진행하였음을 알려드립니다.

[대상 게시물]
 · {K[1]}
 · {K[2]}

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 기간 만료 후 게시물은 삭제됩니다.
임시조치 제도 안내: https://cs.daum.net/faq/95/7580.html

카카오 권리침해신고센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치(30일 접근 차단) 안내",
    why="임시조치 is a restriction; the later deletion is only conditional; the help-page link is not an item.",
    items={K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="daum-tistory-raw-korean-path",
    date=d(9, 15, 33), **{"from": "tistory-cs@kakaocorp.com"}, name_from=hdr("티스토리 운영팀"),
    subject=hdr("[티스토리] 요청하신 게시글 처리 결과 안내"),
    reply_to_req=mid("daum"),
    body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 {K_RAW3} 게시글은 불법 도박 홍보에 해당하여 삭제했습니다.

{K[4]} 은 블로그 운영자가 이미 삭제하여 존재하지 않는 글입니다.

감사합니다.
티스토리 운영팀 (카카오)""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) 운영팀 처리 결과 안내, raw Korean entry slug",
    why="Raw Korean path matches its percent-encoded form; deleted / already deleted by the blogger.",
    items={K[3]: "removed", K[4]: "not_found"},
)

case(
    name="daum-english-removed-and-kept",
    date=d(10, 10, 41), **{"from": "cafe-safety@daum.net"}, name_from="Daum Cafe Safety",
    subject="Re: KCSC-240904-03 Daum Cafe posts",
    reply_to_req=mid("daum"),
    body=f"""Hello,

Thank you for your patience. Regarding KCSC-240904-03:

{K[1]} has been removed. It advertised an unlicensed betting site.

{K[2]} was reviewed and we found no breach of the Daum Cafe operating principles; it is a member's complaint about losing money on such a site and does not promote it. The post stays up.

Best regards,
Daum Cafe Safety (Kakao Corp.)""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe English outcome reply (one removal, one refusal with its reason)",
    why="One removed; one reviewed and kept with a reason = rejected.",
    items={K[1]: "removed", K[2]: "rejected"},
)

case(
    name="soop-korean-three-results",
    date=d(6, 14, 20), **{"from": "policy@sooplive.co.kr"}, name_from=hdr("SOOP 운영정책팀"),
    subject=hdr("[SOOP] 시정요구 처리 결과 (KCSC-240905-04)"),
    reply_to_req=mid("soop"),
    body=f"""안녕하세요. SOOP 운영정책팀입니다.

요청하신 3건에 대한 처리 결과입니다.

1) VOD {S[1]} : 음란성 정책 위반으로 VOD 삭제, 해당 스트리머 방송 7일 정지
2) VOD {S[2]} : 19세 이상 시청 가능 콘텐츠로 변경 (연령 제한)
3) 방송국 게시글 {S[3]} : 삭제

SOOP 운영정책 : https://www.sooplive.co.kr/policy/operation
감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) 운영정책팀 처리 결과 (VOD 삭제, 19세 연령 제한)",
    why="VOD deleted, VOD age-restricted, post deleted; the policy link is not an item.",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "removed"},
)

case(
    name="soop-english-bullets-legacy-domain",
    date=d(9, 19, 8), **{"from": "global-support@afreecatv.com"}, name_from="SOOP Global Support",
    subject="Re: KCSC-240905-04 reported VODs",
    reply_to_req=mid("soop"),
    body=f"""Hi,

Here is where the three reports stand:

\u2022 {S[1]} \u2014 deleted
\u2022 {S[2]} \u2014 this VOD no longer exists; the streamer deleted it on 4 September
\u2022 {S[3]} \u2014 reviewed, not in breach of our community guidelines; no action taken

Thanks,
SOOP Global Support""",
    outcome="applied", classification="confirmation",
    imitates="SOOP global support English reply from the legacy afreecatv.com domain, bullet list with em dashes",
    why="Bullets with em-dash results: deleted, no longer exists, not in breach (kept).",
    items={S[1]: "removed", S[2]: "not_found", S[3]: "rejected"},
)

case(
    name="fmkorea-result-on-next-line",
    date=d(9, 22, 14), **{"from": "admin@fmkorea.com"}, name_from=hdr("에펨코리아 운영진"),
    subject=hdr("RE: [KCSC-240906-05] 게시물 삭제 요청"),
    reply_to_req=mid("fm"),
    body=f"""안녕하세요, 에펨코리아 운영진입니다.
요청하신 두 게시물 처리 결과입니다.

{F[1]}
→ 운영자 삭제 완료

{F[2]}
→ 해당 문서가 존재하지 않습니다. (원글 작성자가 삭제)

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea 운영진 short reply, URL then result on the line below",
    why="운영자 삭제 = removed; 문서가 존재하지 않음 (author deleted) = not_found.",
    items={F[1]: "removed", F[2]: "not_found"},
)

case(
    name="clien-ref-only-one-item",
    date=d(10, 11, 2), **{"from": "admin@clien.net"}, name_from=hdr("클리앙 운영진"),
    subject=hdr("[클리앙] KCSC-240909-06 처리 결과"),
    body="""안녕하세요. 클리앙 운영진입니다.

KCSC-240909-06 으로 요청하신 모두의공원 게시물은 확인 후 삭제 처리했습니다.
작성자에게는 운영 규칙에 따라 30일 이용 정지를 적용했습니다.

클리앙 운영진 드림""",
    outcome="applied", classification="confirmation",
    imitates="Clien 운영진 reply naming only the reference",
    why="The request has one item; an unhedged deletion of 'the post' under its reference applies to it.",
    items={C1: "removed"},
)

case(
    name="ppomppu-thread-all-one-item",
    date=d(11, 9, 30), **{"from": "webmaster@ppomppu.co.kr"}, name_from=hdr("뽐뿌 운영팀"),
    subject=hdr("RE: [시정요구] KCSC-240910-07 불법 의약품 판매 게시물"),
    reply_to_req=mid("ppom"),
    body="""안녕하세요, 뽐뿌 운영팀입니다.

신고하신 게시물은 모두 삭제 조치 완료되었습니다.
해당 회원은 영구 이용 정지 처리하였습니다.

뽐뿌 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu 운영팀 one-line completion reply in the request thread",
    why="'All reported posts deleted' for a one-item request (matched by thread and subject reference) applies.",
    items={P1: "removed"},
)

case(
    name="naver-ticket-number-plus-results",
    date=d(3, 20, 11), **{"from": "noreply-support@navercorp.com"}, name_from="NAVER Support",
    subject="[NAVER Support] Ticket #NV-2409-77812 - KCSC-240902-01",
    reply_to_req=mid("naver"),
    body=f"""Thank you for contacting NAVER.

Your request has been registered as ticket #NV-2409-77812.

Two of the posts had already been reported by users and our review of them is complete. The following posts were removed:
- {N[2]}
- {N[11]}

We will reply separately about the other posts in your request.

NAVER Support""",
    outcome="applied", classification="confirmation",
    imitates="NAVER support ticket receipt that also carries finished results",
    why="A receipt sentence plus unhedged removals of two named posts is not a pure acknowledgement.",
    items={N[2]: "removed", N[11]: "removed"},
)

case(
    name="naver-url-below-statement",
    date=d(7, 10, 0), **{"from": "cafe_cs@navercorp.com"}, name_from=hdr("네이버 카페 운영팀"),
    subject=hdr("[네이버 카페] KCSC-240902-01 카페 게시물 검토 결과"),
    reply_to_req=mid("naver"),
    body=f"""안녕하세요, 네이버 카페 운영팀입니다.

검토 결과 아래 게시물은 운영정책 위반이 확인되지 않아 게시를 유지합니다.
{N[5]}

아래 게시물은 삭제 처리하였습니다.
{N[6]}
{N[10]}

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 운영팀 검토 결과 (statement line, URLs on the lines below)",
    why="Statement headings with the URLs below them: one kept (rejected), two deleted.",
    items={N[5]: "rejected", N[6]: "removed", N[10]: "removed"},
)

case(
    name="naver-angle-wrapped-urls",
    date=d(8, 13, 45), **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject="KCSC-240902-01: KnowledgeiN and Post items",
    reply_to_req=mid("naver"),
    body="""Hello,

The following items from KCSC-240902-01 were handled.

Removed:
<https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40306&
 docId=471122390>

Not removed (the post discusses public market data and breaks no rule):
<https://post.naver.com/viewer/postView.naver?volumeNo=38120455&
 memberNo=51203377>

Regards,
NAVER Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="English reply with long URLs in angle brackets wrapped across lines (RFC 3986 appendix C)",
    why="Each wrapped URL sits under its heading: removed / not removed because it breaks no rule.",
    items={N[7]: "removed", N[8]: "rejected"},
)

case(
    name="dc-html-list-five",
    date=d(10, 17, 5), **{"from": "cs@dcinside.com"}, name_from=hdr("디시인사이드 운영팀"),
    subject=hdr("[디시인사이드] KCSC-240903-02 최종 처리 결과"),
    reply_to_req=mid("dc"), type="html",
    body=f"""<html><body style="font-family:Malgun Gothic">
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>요청번호 <b>KCSC-240903-02</b>의 최종 처리 결과를 안내드립니다.</p>
<ul>
<li><a href="{D[1]}">{D[1]}</a> &ndash; 삭제</li>
<li><a href="{D[2]}">{D[2]}</a> &ndash; 삭제</li>
<li><a href="{D[3]}">{D[3]}</a> &ndash; 게시물 없음 (작성자 삭제)</li>
<li><a href="{D[4]}">{D[4]}</a> &ndash; 유지 (게시중단 사유에 해당하지 않음)</li>
<li><a href="{D[5]}">{D[5]}</a> &ndash; 삭제</li>
</ul>
<p>감사합니다.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside HTML result list with anchors",
    why="Five list items, each with its result.",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "rejected", D[5]: "removed"},
)

DAUM_CSV = "요청URL,조치내용,조치일시\n" + "\n".join([
    f"{K[1]},삭제,2024-09-11 10:02",
    f"{K[2]},임시조치(30일),2024-09-11 10:05",
    f"{K[3]},삭제,2024-09-11 10:09",
    f"{K[4]},해당 게시물 없음,2024-09-11 10:11",
]) + "\n"
case(
    name="daum-csv-attachment-four",
    date=d(11, 10, 30), **{"from": "right@kakaocorp.com"}, name_from=hdr("카카오 권리침해신고센터"),
    subject=hdr("[카카오] KCSC-240904-03 조치 내역 송부"),
    reply_to_req=mid("daum"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==kakao231=="

--==kakao231==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 권리침해신고센터입니다.
KCSC-240904-03 요청 4건의 조치 내역을 첨부와 같이 송부드립니다.

--==kakao231==
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="kakao_KCSC-240904-03.csv"
Content-Transfer-Encoding: base64

{b64(DAUM_CSV)}
--==kakao231==--""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 조치 내역 CSV attachment (percent-encoded URLs as exported)",
    why="CSV rows: deleted, 임시조치, deleted, no such post.",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "removed", K[4]: "not_found"},
)

case(
    name="soop-echoed-report-form",
    date=d(7, 16, 40), **{"from": "helpdesk@sooplive.co.kr"}, name_from=hdr("SOOP 고객센터"),
    subject=hdr("[SOOP 고객센터] 신고 처리 결과 안내 - KCSC-240905-04"),
    reply_to_req=mid("soop"),
    body=f"""SOOP 고객센터입니다. 접수하신 신고의 처리 결과를 안내드립니다.

────────────────
신고 대상 : {S[1]}
신고 사유 : 음란물
[처리 결과] VOD 삭제 완료
────────────────
신고 대상 : {S[2]}
신고 사유 : 음란물
[처리 결과] VOD 삭제 완료
────────────────
신고 대상 : {S[3]}
신고 사유 : 청소년 유해
[처리 결과] 이미 삭제된 게시글입니다 (게시자 삭제)
────────────────

본 메일은 발신 전용입니다.""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 신고 처리 결과 (echoed report form with 처리 결과 per block)",
    why="Each echoed report block ends with its own result.",
    items={S[1]: "removed", S[2]: "removed", S[3]: "not_found"},
)

case(
    name="naver-one-done-one-under-review",
    date=d(3, 17, 25), **{"from": "blog_cs@navercorp.com"}, name_from=hdr("네이버 블로그 운영팀"),
    subject=hdr("[네이버 블로그] KCSC-240902-01 진행 상황"),
    reply_to_req=mid("naver"),
    body=f"""안녕하세요, 네이버 블로그 운영팀입니다.

{N[1]} 게시물은 삭제 완료했습니다.
{N[2]} 게시물은 현재 검토 중이며, 결과는 추후 안내드리겠습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team interim reply (one done, one under review)",
    why="One unhedged deletion applies; 'under review' leaves the other pending.",
    items={N[1]: "removed", N[2]: "pending"},
)

case(
    name="naver-english-korea-restriction-invalid-link",
    date=d(8, 9, 10), **{"from": "legal-kr@navercorp.com"}, name_from="NAVER Legal (Korea)",
    subject="KCSC-240902-01 blog items",
    reply_to_req=mid("naver"),
    body=f"""Dear Sir or Madam,

With reference to KCSC-240902-01:

Access from Korea to {N[3]} has been restricted in accordance with Korean law.

The link {N[11]} is invalid: no post exists at that address.

Yours faithfully,
NAVER Legal (Korea)""",
    outcome="applied", classification="confirmation",
    imitates="NAVER legal English letter-style reply (country restriction, invalid link)",
    why="Restricted in Korea = restricted; invalid link / no post = not_found.",
    items={N[3]: "restricted", N[11]: "not_found"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-will-delete",
    date=d(3, 11, 0), **{"from": NAVER_POLICY}, name_from=hdr("네이버 정책지원"),
    subject=hdr("RE: [시정요구] KCSC-240902-01"),
    reply_to_req=mid("naver"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 아래 게시물은 내부 검토를 거쳐 순차적으로 삭제될 예정입니다.

{N[1]}
{N[2]}
{N[3]}

처리가 완료되면 다시 안내드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising sequential deletion",
    why="'Will be deleted' is a promise, not a statement; named items stay pending.",
    items=pend(N[1], N[2], N[3]),
)

case(
    name="dc-english-interim-under-review",
    date=d(4, 10, 30), **{"from": "global@dcinside.com"}, name_from="DCInside Global",
    subject="Update on KCSC-240903-02",
    reply_to_req=mid("dc"),
    body=f"""Hello,

A short update on your request KCSC-240903-02:

{D[1]} - under review by our moderation team
{D[2]} - under review, pending a legal assessment

We expect to reply with a decision within five business days.

DCInside Global""",
    outcome="review", review="not_understood",
    imitates="DC Inside English interim status update (per-item 'under review')",
    why="Names items but only says they are under review; nothing to apply.",
    items=pend(D[1], D[2]),
)

case(
    name="daum-hedged-seems-deleted",
    date=d(5, 15, 50), **{"from": "cafe_help@daum.net"}, name_from=hdr("Daum 카페 고객센터"),
    subject=hdr("Re: KCSC-240904-03 문의 답변"),
    reply_to_req=mid("daum"),
    body=f"""안녕하세요, Daum 카페 고객센터입니다.

확인해 보니 {K[2]} 게시물은 이미 삭제된 것으로 보입니다.
정확한 처리 여부는 카페 운영자 확인 후 다시 안내드리겠습니다.

감사합니다.""",
    outcome="review", review="not_understood",
    imitates="Daum 카페 고객센터 hedged answer ('삭제된 것으로 보입니다')",
    why="'Appears to have been deleted' is a hedge, and they promise to confirm later.",
    items=pend(K[2]),
)

case(
    name="naver-bulk-all-thirteen",
    date=d(13, 10, 20), **{"from": NAVER_POLICY}, name_from=hdr("네이버 정책지원"),
    subject=hdr("[NAVER] KCSC-240902-01 조치 완료"),
    reply_to_req=mid("naver"),
    body="""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 로 요청하신 게시물 13건 전체를 삭제 조치 완료하였습니다.

감사합니다.""",
    outcome="review", review="bulk",
    imitates="NAVER one-line completion for a whole request",
    why="'All 13 removed' without naming each, for a 13-item request: bulk review.",
    items=pend(*N.values()),
)

case(
    name="soop-bulk-all-actioned",
    date=d(8, 12, 0), **{"from": "policy@sooplive.co.kr"}, name_from="SOOP Policy Team",
    subject="Re: KCSC-240905-04",
    reply_to_req=mid("soop"),
    body="""Hello,

All of the reported VODs and the channel post in KCSC-240905-04 have been actioned and are no longer accessible.

SOOP Policy Team""",
    outcome="review", review="bulk",
    imitates="SOOP English blanket completion reply",
    why="A blanket statement about a three-item request, naming none: bulk.",
    items=pend(*S.values()),
)

case(
    name="naver-dmarc-fail-confirmation",
    date=d(4, 21, 40), **{"from": NAVER_POLICY}, name_from=hdr("네이버 정책지원"),
    auth="fail",
    subject=hdr("[NAVER] KCSC-240902-01 조치 결과"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 건 중 아래 게시물을 삭제하였습니다.
{N[1]}
{N[2]}

감사합니다.""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking confirmation whose DKIM/SPF/DMARC fail",
    why="navercorp.com sender failing authentication: untrusted, nothing applied.",
    items=pend(N[1], N[2]),
)

case(
    name="lawfirm-says-author-deleted",
    date=d(6, 16, 5), **{"from": "jhlee@haneul-law.kr"}, name_from=hdr("법무법인 하늘 이준호 변호사"),
    subject=hdr("디시인사이드 게시물(KCSC-240903-02) 관련 의견서"),
    body=f"""방송통신심의위원회 담당자님께,

저희 법인은 아래 게시물 작성자의 대리인입니다.
의뢰인은 {D[1]} 게시물을 9월 5일 자진 삭제하였음을 알려드립니다.
향후 관련 절차에서 이 점을 참작하여 주시기 바랍니다.

법무법인 하늘
변호사 이준호""",
    outcome="review", review="unknown_sender",
    imitates="Poster's law firm letter claiming voluntary deletion",
    why="Not a platform domain; its claim about a requested item needs a person.",
    items=pend(D[1]),
)

case(
    name="naver-states-tistory-items",
    date=d(9, 10, 15), **{"from": "search-policy@navercorp.com"}, name_from=hdr("네이버 검색 정책"),
    subject=hdr("[참조] KCSC-240904-03 관련 네이버 검색 조치"),
    body=f"""안녕하세요, 네이버 검색정책 담당입니다.

참조로 받은 KCSC-240904-03 요청과 관련하여 알려드립니다.

{K[4]} 은 현재 원문이 삭제된 상태임을 확인하였습니다.
{K_RAW3} 은 네이버 검색 결과에서 노출 제외 처리했습니다.

원문 게시물의 처리는 카카오(티스토리)에 확인하시기 바랍니다.""",
    outcome="review", review="wrong_platform",
    imitates="NAVER search team note about Tistory posts (cc'd request)",
    why="NAVER states statuses of Daum/Tistory items; not their own platform's items.",
    items=pend(K[3], K[4]),
)

case(
    name="dc-asks-for-official-letter",
    date=d(4, 14, 0), **{"from": "cs@dcinside.com"}, name_from=hdr("디시인사이드 운영팀"),
    subject=hdr("Re: [시정요구] KCSC-240903-02 추가 자료 요청"),
    reply_to_req=mid("dc"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청 건 처리를 위해 아래 자료를 추가로 보내주시기 바랍니다.

1. 시정요구서 공문 원본(PDF)
2. {D[3]} 의 경우 본문이 아닌 댓글이 문제라면, 해당 댓글의 작성 시각과 닉네임
3. {D[4]} 에서 노출되었다는 개인정보의 위치

자료 확인 후 바로 처리하겠습니다.""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="DC Inside request for the official letter and more detail",
    why="Asks for documents and details before acting; nothing decided.",
    items=pend(D[3], D[4]),
)

case(
    name="soop-forwarded-internal-result",
    date=d(7, 9, 5), **{"from": "jiwoo.park@sooplive.co.kr"}, name_from=hdr("박지우"),
    subject=hdr("Fwd: [모니터링] KCSC-240905-04 처리 완료"),
    body=f"""담당자님, 저희 모니터링팀 결과 전달드립니다.

---------- Forwarded message ---------
보낸사람: SOOP 모니터링팀 <monitor@sooplive.co.kr>
Date: 2024년 9월 6일 (금) 오후 11:48
Subject: [모니터링] KCSC-240905-04 처리 완료
To: 박지우 <jiwoo.park@sooplive.co.kr>

{S[1]} 삭제 완료
{S[2]} 삭제 완료
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="SOOP staff forwarding the internal monitoring team's result",
    why="The statements sit in a forwarded message, not in the sender's own words.",
    items=pend(S[1], S[2]),
)

case(
    name="fmkorea-contact-change-notice",
    date=d(12, 10, 0), **{"from": "admin@fmkorea.com"}, name_from=hdr("에펨코리아 운영진"),
    subject=hdr("[에펨코리아] 기관 요청 접수 창구 변경 안내"),
    body="""안녕하세요, 에펨코리아 운영진입니다.

2024년 10월 1일부터 수사기관 및 행정기관의 게시물 조치 요청은 legal@fmkorea.com 으로만 접수합니다.
기존 주소(admin@fmkorea.com)로 보내신 요청은 9월 30일까지 처리됩니다.

감사합니다.""",
    outcome="review", review="no_claims",
    imitates="FM Korea notice of a new contact address for authority requests",
    why="Trusted platform mail naming no item and no request.",
    items={},
)

case(
    name="clien-template-contradiction",
    date=d(11, 15, 12), **{"from": "admin@clien.net"}, name_from=hdr("클리앙 운영진"),
    subject=hdr("[클리앙] 요청 처리 결과 - KCSC-240909-06"),
    reply_to_req=mid("clien"),
    body=f"""요청번호 : KCSC-240909-06
대상 게시물 : {C1}
처리 결과 : 삭제

안녕하세요, 클리앙 운영진입니다.
검토 결과 위 게시물은 사실관계에 대한 개인 의견으로 명예훼손에 해당한다고 보기 어려워 게시물을 유지합니다.

클리앙 운영진""",
    outcome="review", review="conflicting_statements",
    imitates="Clien templated result where the field and the prose disagree",
    why="Field says deleted, prose says kept; a clerk must ask.",
    items=pend(C1),
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office-korean",
    date=d(2, 14, 1), **{"from": "policy@navercorp.com"}, name_from=hdr("네이버 정책팀"),
    subject=hdr("자동 회신: [시정요구] KCSC-240902-01 불법 금융투자 홍보 게시물 (13건)"),
    reply_to_req=mid("naver"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""[자동응답] 안녕하세요. 9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 건은 정책지원팀 대표 메일(policy-support@navercorp.com)로 보내주시기 바랍니다.
복귀 후 확인하여 답변드리겠습니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook 자동 회신 (out of office)",
    why="Out-of-office auto-reply.",
    items=pend(N[1]),
)

case(
    name="dc-dsn-recipient-unknown",
    date=d(3, 15, 11), **{"from": "MAILER-DAEMON@mx1.dcinside.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="dsn231.1725343871/mx1.dcinside.com"

--dsn231.1725343871/mx1.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mx1.dcinside.com said: 550 5.1.1
    <report@dcinside.com>: Recipient address rejected: User unknown

--dsn231.1725343871/mx1.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Tue,  3 Sep 2024 15:10:58 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@dcinside.com>: Recipient address
    rejected: User unknown

--dsn231.1725343871/mx1.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC-240903-02] request
Message-ID: <{mid("dc")}@kcsc.example>
Date: Tue, 03 Sep 2024 15:10:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_text("dc")}

--dsn231.1725343871/mx1.dcinside.com--""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning the request",
    why="Delivery failure report; the URLs are in our own returned request.",
    items=pend(*D.values()),
)

case(
    name="daum-mdn-read-receipt",
    date=d(4, 11, 2), **{"from": "minseo.han@kakaocorp.com"}, name_from=hdr("한민서"),
    subject=hdr("읽음: [시정요구] KCSC-240904-03 불법 도박 홍보"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-231-boundary"

--mdn-231-boundary
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 받는 사람이 읽었습니다.

받는 사람: minseo.han@kakaocorp.com
제목: [시정요구] KCSC-240904-03 불법 도박 홍보
읽은 시간: 2024-09-04 오전 11:02

--mdn-231-boundary
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; minseo.han@kakaocorp.com
Original-Message-ID: <{mid("daum")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-231-boundary--""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (MDN)",
    why="Read receipt only.",
    items={},
)

case(
    name="soop-ticket-receipt-echo",
    date=d(5, 11, 3), **{"from": "noreply@sooplive.co.kr"}, name_from=hdr("SOOP 고객센터"),
    subject=hdr("[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 20240905-001823)"),
    body=f"""SOOP 고객센터입니다.
고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : 20240905-001823
접수일시 : 2024-09-05 11:03

[문의 내용]
요청번호 KCSC-240905-04
{S[1]}
{S[2]}
{S[3]}

답변은 영업일 기준 3일 이내에 이메일로 보내드립니다.
본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP 고객센터 ticket receipt echoing the submitted URLs",
    why="Pure receipt; the URLs are our own echoed report with no result.",
    items=pend(*S.values()),
)

case(
    name="ppomppu-out-of-office-english",
    date=d(10, 13, 16), **{"from": "hyun.cho@ppomppu.co.kr"}, name_from="Hyun Cho",
    subject=hdr("Out of Office: [시정요구] KCSC-240910-07 불법 의약품 판매 게시물"),
    reply_to_req=mid("ppom"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""I am out of the office until Monday 16 September with limited access to email.
For urgent takedown matters please contact webmaster@ppomppu.co.kr.

부재중입니다. 긴급한 건은 webmaster@ppomppu.co.kr 로 연락 바랍니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Bilingual Outlook out-of-office reply",
    why="Out-of-office auto-reply.",
    items=pend(P1),
)

case(
    name="kakao-english-ticket-receipt",
    date=d(4, 10, 31), **{"from": "support@kakaocorp.com"}, name_from="Kakao Support",
    subject="[Kakao Support] We received your request (Ticket #KK-2409-55231)",
    reply_to_req=mid("daum"),
    body="""Hello,

We've received your request regarding KCSC-240904-03 and created ticket #KK-2409-55231.
A specialist will review it and get back to you by email. Please keep the ticket number for any follow-up.

Kakao Support
https://cs.kakao.com/helps""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao support ticket-created receipt",
    why="Receipt with a ticket number and a promise to review; nothing about items.",
    items={},
)

HEADER = """# Blind set 231 (tests/corpus/blind231/): Korean portals and community
# sites, Korean and English mixed, with doubtful and ignorable mail.
# Written by tests/corpus/blind231/make.py from each email's meaning alone,
# before any run of the reader. Each case runs on a fresh ledger holding
# requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)
