#!/usr/bin/env python3
"""Blind corpus set 275: Korean replies (NAVER, Kakao/Daum/Tistory/Brunch,
YouTube Korea, DC Inside, BAND): 공문-style 조치결과 회신, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies, receipts, bounces.

    python3 tests/corpus/blind275/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before any run of
the reader. Every person, id and URL here is fictional.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

N = [  # R1, NAVER, 14 items (the largest request)
    "https://blog.naver.com/moonlit_ferry/223561100401",
    "https://blog.naver.com/moonlit_ferry/223561100455",
    "https://blog.naver.com/greyotter_77/223559870012",
    "https://cafe.naver.com/quietharborcafe/48811",
    "https://cafe.naver.com/quietharborcafe/48830",
    "https://cafe.naver.com/dalbit2024/1207",
    "https://m.blog.naver.com/seoripaper/223560004321",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=6&docId=471122334",
    "https://blog.naver.com/PostView.naver?blogId=pinecone_lab&logNo=223558812345",
    "https://cafe.naver.com/dalbit2024/1219",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38112233&memberNo=5566778",
    "https://cafe.naver.com/ca-fe/cafes/10293847/articles/5521",
    "https://blog.naver.com/greyotter_77/223559870099",
    "https://blog.naver.com/hanul_tradepost/223562230017",
]
TISTORY_SLUG = "코인-리딩방-입장-안내"
TISTORY_RAW = "https://hanbit-notes.tistory.com/entry/" + TISTORY_SLUG
K = [  # R2, Kakao, 5 items
    "https://cafe.daum.net/bluewhale88/Ab3k/1520",
    "https://cafe.daum.net/bluewhale88/Ab3k/1533",
    "https://hanbit-notes.tistory.com/entry/"
    "%EC%BD%94%EC%9D%B8-%EB%A6%AC%EB%94%A9%EB%B0%A9-%EC%9E%85%EC%9E%A5-%EC%95%88%EB%82%B4",
    "https://brunch.co.kr/@misty-quill/41",
    "https://pf.kakao.com/_xkQzTb/105623344",
]
Y = [  # R3, YouTube, 4 items
    "https://www.youtube.com/watch?v=Qm7tR2vX9kA",
    "https://www.youtube.com/watch?v=Lp0sD4nW8cE",
    "https://www.youtube.com/shorts/Zx3yB6uH1jQ",
    "https://www.youtube.com/@hanriver_signal_tv",
]
D = [  # R4, DC Inside, 4 items
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9123456",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinriding&no=88213",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinriding&no=88240",
    "https://gall.dcinside.com/mini/board/view/?id=nightcity&no=3312",
]
B = [  # R5, BAND, 2 items
    "https://band.us/band/81234567/post/412",
    "https://band.us/band/81234567/post/419",
]
S6 = "https://blog.naver.com/sunny_abacus/223570011223"  # R6, NAVER, 1 item
T7_RAW = "https://dawn-ledger.tistory.com/entry/비공개-거래소-가입방법"
T7 = ("https://dawn-ledger.tistory.com/entry/"
      "%EB%B9%84%EA%B3%B5%EA%B0%9C-%EA%B1%B0%EB%9E%98%EC%86%8C-%EA%B0%80%EC%9E%85%EB%B0%A9%EB%B2%95")

assert K[2] == "https://hanbit-notes.tistory.com/entry/" + \
    "".join("%%%02X" % b if b >= 0x80 else chr(b) for b in TISTORY_SLUG.encode())
assert T7 == "https://dawn-ledger.tistory.com/entry/" + \
    "".join("%%%02X" % b if b >= 0x80 else chr(b)
            for b in "비공개-거래소-가입방법".encode())

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    (R1, "naver", "2024-09-03", "2024-09-10", N, "gambling",
     "illegal gambling and coin-signal promotion on blogs, cafes, KnowledgeiN, Post"),
    (R2, "kakao", "2024-09-04", "2024-09-11", K, "fraud",
     "investment-fraud recruitment on Daum cafe, Tistory, Brunch, Kakao channel"),
    (R3, "youtube", "2024-09-05", "2024-09-12", Y, "fraud",
     "fake investment-signal videos and channel"),
    (R4, "dcinside", "2024-09-06", "2024-09-13", D, "privacy",
     "doxxing posts in gallery, minor gallery and mini gallery"),
    (R5, "band", "2024-09-09", "2024-09-16", B, "obscenity",
     "posts in an open band"),
    (R6, "naver", "2024-09-10", "2024-09-17", [S6], "drugs",
     "single blog post"),
    (R7, "kakao", "2024-09-11", "2024-09-18", [T7], "fraud",
     "single Tistory post, Korean slug"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            assert "," not in u and '"' not in u
            lines.append(",".join([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example",
                                   '"' + note + '"']))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


SUBJ = {
    R1: "[KCSC-240903-01] 불법정보 시정요구 (방송통신심의위원회)",
    R2: "[KCSC-240904-02] 불법정보 시정요구 (방송통신심의위원회)",
    R3: "[KCSC-240905-03] 불법정보 시정요구 (방송통신심의위원회)",
    R4: "[KCSC-240906-04] 불법정보 시정요구 (방송통신심의위원회)",
    R5: "[KCSC-240909-05] 불법정보 시정요구 (방송통신심의위원회)",
    R6: "[KCSC-240910-06] 불법정보 시정요구 (방송통신심의위원회)",
    R7: "[KCSC-240911-07] 불법정보 시정요구 (방송통신심의위원회)",
}


def request_text(ref, urls, prefix=""):
    body = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        "아래 정보는 정보통신망법 제44조의7에 따른 불법정보로 심의·의결되어",
        "시정요구(해당 정보의 삭제 또는 접속차단)를 요청드립니다.",
        "",
        f"요청번호: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        body.append(f"{i}. {u}")
    body += ["", "조치 결과를 7일 이내에 회신하여 주시기 바랍니다.", "",
             "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in body)


CASES = []


def case(**kw):
    CASES.append(kw)


NP = "NAVER 정책지원팀"

# ================================================================ NAVER (R1, R6)
case(
    name="naver-gongmun-14-row-table",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with a 연번/URL/조치결과/비고 text table",
    why="a formal reply with one row per requested URL; row 13 says '검토 중', so that item stays pending",
    **{"from": "policy@navercorp.com"}, name_from=NP,
    date="Mon, 09 Sep 2024 16:40:12 +0900",
    subject="RE: " + SUBJ[R1] + " - 조치결과 회신",
    reply_to_req=mid(R1),
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 불법정보 시정요구 담당자
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 업무에 협조하여 주셔서 감사합니다.
2. 귀 위원회가 2024. 9. 3. 요청한 시정요구(요청번호 KCSC-240903-01)와
   관련하여 당사의 조치결과를 아래와 같이 회신합니다.

                               - 아 래 -

 연번 | URL | 조치결과 | 비고
------+-----+----------+------
  1 | {N[0]} | 삭제 | 9.5. 처리
  2 | {N[1]} | 삭제 | 9.5. 처리
  3 | {N[2]} | 임시조치 | 30일
  4 | {N[3]} | 게시중단 |
  5 | {N[4]} | 해당없음 | 게시자 본인 삭제로 게시물 없음
  6 | {N[5]} | 조치불가 | 불법정보에 해당하지 않는다고 판단
  7 | {N[6]} | 삭제 |
  8 | {N[7]} | 해당없음 | 존재하지 않는 질문
  9 | {N[8]} | 블라인드 |
 10 | {N[9]} | 접속차단(국내) |
 11 | {N[10]} | 삭제 |
 12 | {N[11]} | 비공개 처리 | 카페 운영원칙 위반
 13 | {N[12]} | 검토 중 | 추가 확인 후 별도 회신 예정
 14 | {N[13]} | 조치불가 | 언론 보도 인용으로 불법정보로 보기 어려움

3. 기타 문의 사항은 당사 정책지원팀(policy@navercorp.com)으로 연락 주시기
   바랍니다.  끝.

네이버 주식회사 정책지원팀
경기도 성남시 분당구 (가상 주소)
""",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed",
           N[4]: "not_found", N[5]: "rejected", N[6]: "removed", N[7]: "not_found",
           N[8]: "removed", N[9]: "restricted", N[10]: "removed", N[11]: "removed",
           N[12]: "pending", N[13]: "rejected"},
)

_rows = [(N[0], "게시중단"), (N[1], "게시중단"), (N[2], "삭제"),
         (N[3], "임시조치(30일)"), (N[4], "임시조치(30일)"),
         (N[5], "미조치 - 운영정책 위반사항 확인되지 않음")]
_html = """<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 시정요구(KCSC-240903-01) 중 아래 6건의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No.</th><th>게시물 주소</th><th>처리 결과</th></tr>
""" + "".join(f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{r}</td></tr>\n'
               for i, (u, r) in enumerate(_rows, 1)) + """</table>
<p>임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.<br>
운영정책은 <a href="https://policy.naver.com/policy/service_group.html">네이버 운영정책</a>에서 확인하실 수 있습니다.</p>
<p>네이버 권리보호센터 드림</p>
</body></html>
"""
case(
    name="naver-html-table-six-rows",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 HTML result table (게시중단 / 임시조치 / 미조치), quoted-printable",
    why="an HTML table giving each of six URLs its own result; the policy link is not an item",
    **{"from": "right_help@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Fri, 06 Sep 2024 11:05:44 +0900",
    subject="[네이버] 시정요구 처리 결과 안내 (KCSC-240903-01)",
    raw_mime="Content-Type: text/html; charset=utf-8\n"
             "Content-Transfer-Encoding: quoted-printable\n\n" + qp(_html),
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "restricted",
           N[4]: "restricted", N[5]: "rejected"},
)

_csv = "\ufeff번호,URL,처리상태,처리일시,사유\n" + "\n".join([
    f"7,{N[6]},삭제,2024-09-10 10:12,청소년유해",
    f"8,{N[7]},게시물없음,2024-09-10 10:12,작성자 삭제",
    f"9,{N[8]},임시조치,2024-09-10 10:13,권리침해 신고 병합",
    f"10,{N[9]},삭제,2024-09-10 10:13,불법 도박 홍보",
    f"11,{N[10]},유지,2024-09-10 10:14,위반사항 없음",
    f"12,{N[11]},삭제,2024-09-10 10:14,불법 도박 홍보",
    f"13,{N[12]},접근제한(국내),2024-09-10 10:15,국내법 위반",
    f"14,{N[13]},삭제,2024-09-10 10:15,불법 도박 홍보",
]) + "\n"
case(
    name="naver-csv-attachment-eight-rows",
    outcome="applied", classification="confirmation",
    imitates="NAVER bulk reply with a CSV of per-URL 처리상태 attached (UTF-8 with BOM, base64)",
    why="the attached CSV gives eight URLs each a status; the body only points at it",
    **{"from": "policy@navercorp.com"}, name_from=NP,
    date="Tue, 10 Sep 2024 14:22:09 +0900",
    subject="RE: " + SUBJ[R1] + " (2차 회신)",
    reply_to_req=mid(R1),
    raw_mime="""Content-Type: multipart/mixed; boundary="==nv-2409-csv=="

--==nv-2409-csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

시정요구 KCSC-240903-01 중 남은 8건(7번~14번)의 처리 결과를 첨부 파일로
송부드립니다. 1번~6번은 9월 6일 권리보호센터에서 회신드렸습니다.

감사합니다.
네이버 정책지원팀 드림

--==nv-2409-csv==
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

""" + b64(_csv) + """
--==nv-2409-csv==--
""",
    items={N[6]: "removed", N[7]: "not_found", N[8]: "restricted", N[9]: "removed",
           N[10]: "rejected", N[11]: "removed", N[12]: "restricted", N[13]: "removed"},
)

case(
    name="naver-blind-sole-one-item",
    outcome="applied", classification="confirmation",
    imitates="short NAVER 블라인드 처리 완료 notice answering a one-item request, no URL quoted",
    why="the request has a single item and the reply, threaded and naming the reference, says it was blinded",
    **{"from": "policy@navercorp.com"}, name_from=NP,
    date="Thu, 12 Sep 2024 09:31:50 +0900",
    subject="RE: " + SUBJ[R6],
    reply_to_req=mid(R6),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

요청번호 KCSC-240910-06으로 요청하신 블로그 게시물 1건은 검토 결과
마약류 매매 알선에 해당하여 운영정책에 따라 블라인드 처리를 완료하였습니다.

블라인드 처리된 게시물은 작성자를 포함한 누구도 열람할 수 없습니다.

감사합니다.
""",
    items={S6: "removed"},
)

case(
    name="naver-kin-author-deleted-and-blog-removed",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer explaining one post was already deleted by its author",
    why="the KnowledgeiN question was deleted by its author before review (not_found); the blog post was deleted by NAVER",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 17:48:02 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240903-01)",
    body=f"""
안녕하세요, 네이버 고객센터입니다.
문의하신 게시물 2건에 대해 확인한 내용을 안내드립니다.

지식iN 질문 {N[7]} 은(는)
작성자가 9월 2일 직접 삭제하여 현재 존재하지 않는 질문입니다.

블로그 게시물 {N[8]} 은(는)
청소년에게 유해한 불법 도박 홍보물로 확인되어 삭제하였습니다.

더 궁금하신 점은 고객센터로 문의해 주세요.
감사합니다.

※ 본 메일은 발신 전용이며 회신되지 않습니다.
""",
    items={N[7]: "not_found", N[8]: "removed"},
)

_q = request_text(R1, N, prefix="> ")
case(
    name="naver-cafe-team-top-posted-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER 카페 운영팀 reply top-posted over the Gmail-quoted request",
    why="three cafe posts get statements above the quote; the quoted request (all 14 URLs, '>' lines) changes nothing",
    **{"from": "cafe_ops@navercorp.com"}, name_from="네이버 카페 운영팀 이수빈",
    date="Fri, 06 Sep 2024 10:14:27 +0900",
    subject="Re: " + SUBJ[R1],
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 카페 운영팀 이수빈입니다.
요청 주신 건 중 카페 게시글 3건 먼저 처리 결과 알려드립니다.

- {N[3]} : 삭제했습니다
- {N[4]} : 삭제했습니다
- {N[5]} : 카페 운영원칙과 관련 법령 기준으로 위반 소지를 확인하지 못해 게시 유지합니다.
  (도박 사이트 링크 없이 경험담만 있는 글입니다)

나머지 블로그/지식iN 건은 정책지원팀에서 따로 회신드릴 예정입니다.

이수빈 드림

2024년 9월 3일 (화) 오후 3:02, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{_q}
""",
    items={N[3]: "removed", N[4]: "removed", N[5]: "rejected",
           N[0]: "pending", N[10]: "pending"},
)

case(
    name="naver-statement-above-url-blocks",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply grouping URLs under a result sentence (게시중단 / 임시조치)",
    why="each block of bare URLs sits under the sentence stating its result",
    **{"from": "policy@navercorp.com"}, name_from=NP,
    date="Thu, 05 Sep 2024 15:02:33 +0900",
    subject="RE: " + SUBJ[R1],
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 관련하여 처리된 건을 우선 회신드립니다.

아래 3건은 불법 도박 홍보 게시물로 확인되어 게시중단(삭제) 처리했습니다.

{N[0]}
{N[1]}
{N[2]}

아래 1건은 명예훼손 신고가 함께 접수되어 임시조치(30일)를 적용했습니다.

{N[12]}

감사합니다.
네이버 정책지원팀
""",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[12]: "restricted"},
)

case(
    name="naver-url-then-result-below",
    outcome="applied", classification="confirmation",
    imitates="NAVER result list with each URL on its own line and the result on the line below",
    why="each result line ('→ 처리결과: ...') belongs to the URL just above it",
    **{"from": "policy@navercorp.com"}, name_from=NP,
    date="Mon, 09 Sep 2024 10:20:41 +0900",
    subject="RE: " + SUBJ[R1] + " 처리결과",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
요청번호 KCSC-240903-01 중 카페·포스트 게시물 처리결과입니다.

{N[9]}
  → 처리결과: 국내 접속 차단 (해외 IP에서는 열람 가능)

{N[10]}
  → 처리결과: 삭제

{N[11]}
  → 처리결과: 게시물이 존재하지 않음 (카페 탈퇴 회원 글로 이미 정리됨)

이상입니다. 감사합니다.
""",
    items={N[9]: "restricted", N[10]: "removed", N[11]: "not_found"},
)

_gm = f"""네이버 주식회사

수신자: 방송통신심의위원회 위원장
(경유)
제  목: 불법정보 시정요구(KCSC-240903-01) 조치결과 통보(3차)

1. 관련: 방송통신심의위원회 시정요구(2024. 9. 3., KCSC-240903-01)
2. 위 호와 관련하여 잔여 2건에 대한 조치결과를 다음과 같이 통보합니다.

  가. {N[12]}
      : 게시중단 조치 완료(2024. 9. 11.)
  나. {N[13]}
      : 검토 결과 불법정보에 해당하지 않아 게시를 유지함
        (언론 기사 인용 및 개인 의견 게시물)

3. 나.항 게시물에 대하여 이견이 있으시면 회신 부탁드립니다.  끝.

네이버 주식회사 대표이사 (직인생략)
담당: 정책지원팀 박도윤 / 시행 정책지원-2024-0911
"""
case(
    name="naver-base64-gongmun-two-items",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문 (수신자/제목/1. 관련/2. 가. 나.) body sent base64-encoded",
    why="가. states 게시중단 for one URL, 나. a refusal with its reason for the other",
    **{"from": "policy@navercorp.com"}, name_from=NP,
    date="Wed, 11 Sep 2024 17:55:10 +0900",
    subject="[공문] 불법정보 시정요구(KCSC-240903-01) 조치결과 통보(3차)",
    raw_mime="Content-Type: text/plain; charset=utf-8\n"
             "Content-Transfer-Encoding: base64\n\n" + b64(_gm),
    items={N[12]: "removed", N[13]: "rejected"},
)

case(
    name="naver-url-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="casual reply from a NAVER blog-team staffer, URLs run into Korean particles and full-width brackets",
    why="URLs ending in digits followed directly by 은/도 and （ ）; all three statements are plain",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우 (NAVER 블로그팀)",
    date="Fri, 06 Sep 2024 19:03:15 +0900",
    subject="Re: " + SUBJ[R1] + " 블로그 건",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 블로그팀 한지우입니다.

말씀하신 {N[0]}은 오늘 오전에 삭제했고요,
{N[1]}도 같은 작성자의 같은 홍보글이라 함께 삭제했습니다.
{N[2]}（임시조치）는 게시자 이의제기 여부를 보고 있는 상태라 30일 동안 가려져 있습니다.

혹시 같은 작성자 글이 더 보이면 알려주세요.
한지우 드림
""",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted"},
)

case(
    name="naver-cafe-closed-two-posts",
    outcome="applied", classification="confirmation",
    imitates="NAVER notice that a whole cafe was closed (카페 폐쇄), naming the requested posts",
    why="the cafe was closed by NAVER, and each of the two requested posts is named as no longer viewable",
    **{"from": "cafe_ops@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Thu, 05 Sep 2024 13:37:58 +0900",
    subject="RE: " + SUBJ[R1] + " - 카페 폐쇄 안내",
    reply_to_req=mid(R1),
    body="""
안녕하세요. 네이버 카페 운영팀입니다.

'달빛2024' 카페(cafe.naver.com/dalbit2024)는 불법 도박 사이트를 조직적으로
홍보하는 카페로 확인되어 2024년 9월 5일자로 카페 전체를 폐쇄하였습니다.
이에 따라 요청하신 아래 게시글 2건도 카페와 함께 삭제되어 더 이상 열람할 수
없습니다.

 - https://cafe.naver.com/dalbit2024/1207
 - https://cafe.naver.com/dalbit2024/1219

카페 운영원칙: https://section.cafe.naver.com/ca-fe/home/rule

네이버 카페 운영팀 드림
""",
    items={N[5]: "removed", N[9]: "removed"},
)

case(
    name="naver-receipt-number-plus-result",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre mail that gives a 접수번호 and the result in the same message",
    why="despite the receipt-number opening, the mail states an unhedged deletion for two named URLs",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Wed, 04 Sep 2024 18:12:44 +0900",
    subject="[네이버 고객센터] 접수번호 20240904-0118 처리 결과",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

문의가 접수번호 20240904-0118(으)로 접수되었습니다.
방송통신심의위원회 요청번호 KCSC-240903-01 중 아래 게시물 2건은 확인 결과
삭제 처리가 완료되었음을 알려드립니다.

1) {N[2]}
2) {N[6]}

나머지 게시물은 담당 부서 확인 후 별도로 안내드리겠습니다.

감사합니다.
""",
    items={N[2]: "removed", N[6]: "removed"},
)

# ================================================================ Kakao (R2, R7)
_kk = f"""주식회사 카카오

수  신: 방송통신심의위원회 통신심의국장
제  목: 시정요구(KCSC-240904-02)에 대한 조치결과 통보

1. 귀 위원회의 시정요구(2024. 9. 4.)에 대한 당사의 조치결과를 아래와 같이
   통보합니다.

[조치결과]
 ① Daum 카페 게시글
    {K[0]}
    - 조치: 삭제
 ② Daum 카페 게시글
    {K[1]}
    - 조치: 임시조치(30일)
 ③ 티스토리 게시글
    {TISTORY_RAW}
    - 조치: 삭제 및 블로그 이용제한
 ④ 브런치 글
    {K[3]}
    - 조치: 해당 게시물 없음(작가 탈퇴로 이미 삭제된 글)
 ⑤ 카카오톡 채널 게시물
    {K[4]}
    - 조치: 미조치(운영정책상 위반사항 확인되지 않음, 단순 광고 게시물)

2. 문의: 카카오 이용자보호팀 (safety@kakaocorp.com)  끝.
"""
case(
    name="kakao-gongmun-five-items",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 조치결과 통보 covering Daum cafe, Tistory, Brunch and a KakaoTalk channel",
    why="each circled number names a URL and its 조치 on the lines below; the Tistory URL is written with its raw Korean slug",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 이용자보호팀",
    date="Tue, 10 Sep 2024 15:30:00 +0900",
    subject="RE: " + SUBJ[R2] + " 조치결과 통보",
    reply_to_req=mid(R2),
    body=_kk,
    items={K[0]: "removed", K[1]: "restricted", K[2]: "removed", K[3]: "not_found",
           K[4]: "rejected"},
)

case(
    name="kakao-tistory-single-raw-slug",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations reply to a one-item request, URL with raw Korean slug on its own line",
    why="the only requested post, written with its decoded slug, was deleted",
    **{"from": "tistory_help@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Fri, 13 Sep 2024 11:42:19 +0900",
    subject="RE: " + SUBJ[R7],
    reply_to_req=mid(R7),
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

요청하신 아래 게시글은 불법 거래소 가입을 유도하는 사기성 게시물로 확인되어
서비스 이용약관에 따라 삭제되었습니다.

{T7_RAW}

해당 블로그에는 이용제한 조치가 함께 적용되었습니다.
감사합니다.
""",
    items={T7: "removed"},
)

case(
    name="kakao-angle-bracket-slug-and-brunch-gone",
    outcome="applied", classification="confirmation",
    imitates="Kakao staff reply with one URL in angle brackets followed by a particle, and a Brunch 'no such post' answer",
    why="the Tistory post is restricted for Korean users; the Brunch post does not exist (deleted by its writer)",
    **{"from": "yuna.seo@kakaocorp.com"}, name_from="서유나 (카카오 이용자보호팀)",
    date="Mon, 09 Sep 2024 14:08:36 +0900",
    subject="RE: " + SUBJ[R2] + " 티스토리/브런치",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, 카카오 이용자보호팀 서유나입니다.

<{TISTORY_RAW}>는
국내법 위반 소지가 있어 국내 이용자 대상으로 접근을 제한했습니다.
(해외에서는 접속되는 상태입니다)

브런치 글 {K[3]} 은 존재하지 않는 글입니다.
작가가 요청일 이전에 글을 삭제한 것으로 확인됩니다.

감사합니다.
서유나 드림
""",
    items={K[2]: "restricted", K[3]: "not_found"},
)

_oq = request_text(R2, K)
case(
    name="kakao-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a Kakao staffer above '-----Original Message-----' with the request unquoted",
    why="one Daum cafe post deleted and the channel post kept with its reason; the echoed request below the separator changes nothing",
    **{"from": "minho.kwon@kakaocorp.com"}, name_from="권민호",
    date="Thu, 05 Sep 2024 16:55:01 +0900",
    subject="RE: " + SUBJ[R2],
    reply_to_req=mid(R2),
    body=f"""
안녕하세요 권민호입니다.

Daum 카페 글 {K[0]} 은 운영정책 위반으로 삭제했습니다.

카카오톡 채널 글 {K[4]} 은
검토 결과 투자 상품 광고이긴 하나 불법정보로 판단할 근거가 부족해 게시를
유지하기로 했습니다.

나머지 3건은 각 서비스 담당자가 확인 중입니다.

권민호 | 카카오 이용자보호팀

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 2:11 PM
To: safety@kakaocorp.com
Subject: {SUBJ[R2]}

{_oq}
""",
    items={K[0]: "removed", K[4]: "rejected", K[1]: "pending", K[3]: "pending"},
)

_dh = f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. Daum 카페 운영팀입니다.</p>
<p>요청번호 <b>KCSC-240904-02</b> 중 Daum 카페 게시글의 처리 결과를 알려드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>게시글</th><th>처리 결과</th><th>처리일</th></tr></thead>
<tbody>
<tr><td>{K[0]}</td><td>삭제 완료</td><td>2024.09.06</td></tr>
<tr><td>{K[1]}</td><td>게시물 없음 (작성자가 삭제)</td><td>-</td></tr>
</tbody></table>
<p>Daum 카페 운영정책: <a href="https://cafe.daum.net/_c21_/policy">cafe.daum.net/_c21_/policy</a></p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>
"""
case(
    name="kakao-daum-cafe-html-qp",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 운영팀 HTML result table, quoted-printable",
    why="table row per post: one deleted, one already deleted by its writer",
    **{"from": "cafe_admin@daum.net"}, name_from="Daum 카페 운영팀",
    date="Fri, 06 Sep 2024 18:21:37 +0900",
    subject="[Daum 카페] 시정요구 처리 결과 안내",
    raw_mime="Content-Type: text/html; charset=utf-8\n"
             "Content-Transfer-Encoding: quoted-printable\n\n" + qp(_dh),
    items={K[0]: "removed", K[1]: "not_found"},
)

case(
    name="kakao-daum-cafe-temporary-measure",
    outcome="applied", classification="confirmation",
    imitates="Daum 임시조치 notice under 정보통신망법 제44조의2 (30 days, 접근 차단)",
    why="임시조치 with access blocked is a restriction; the later deletion is only a condition",
    **{"from": "cafe_admin@daum.net"}, name_from="Daum 카페 운영팀",
    date="Thu, 05 Sep 2024 09:47:12 +0900",
    subject="RE: " + SUBJ[R2] + " 임시조치 안내",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

요청하신 게시글에 대해 정보통신망법 제44조의2에 따라 아래와 같이
임시조치(30일간 접근 차단)를 하였습니다.

  · {K[0]}
  · {K[1]}

임시조치 기간 동안 게시자의 재게시 요청이 없으면 게시물은 삭제되며,
재게시 요청이 있는 경우 결과를 다시 안내드리겠습니다.

감사합니다.
""",
    items={K[0]: "restricted", K[1]: "restricted"},
)

# ================================================================ YouTube (R3)
case(
    name="yt-korean-legal-outcome-echo",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean, echoing each reported URL with its 결과 line",
    why="each ▶ URL has its own result: two blocked in Korea, the Short removed globally, the channel terminated",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무지원팀",
    date="Tue, 10 Sep 2024 08:15:27 +0900",
    subject="YouTube 법적 요청 처리 결과 [사례 번호 2-9384000012345]",
    body=f"""
안녕하세요.

방송통신심의위원회에서 제출하신 법적 요청(참조: KCSC-240905-03)을 검토한
결과를 알려드립니다.

신고된 콘텐츠:

▶ {Y[0]}
   결과: 현지 법률에 따라 대한민국에서 콘텐츠 액세스가 차단됨
▶ {Y[1]}
   결과: 현지 법률에 따라 대한민국에서 콘텐츠 액세스가 차단됨
▶ {Y[2]}
   결과: 커뮤니티 가이드 위반으로 삭제됨
▶ {Y[3]}
   결과: 스팸, 사기 및 현혹 행위 정책 위반으로 채널 종료됨

YouTube에서 콘텐츠를 삭제하거나 차단하는 방식은 다음 도움말을 참고하세요.
https://support.google.com/youtube/answer/6154230

감사합니다.
YouTube 법무지원팀
""",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed", Y[3]: "removed"},
)

case(
    name="yt-age-restricted-and-kept",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety reply: one video age-restricted, one left up after review",
    why="Y2 is age-restricted (restricted); Y1 stays up because it breaks no policy (rejected); help links are not items",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무지원팀",
    date="Mon, 09 Sep 2024 17:40:03 +0900",
    subject="RE: " + SUBJ[R3],
    reply_to_req=mid(R3),
    body=f"""
안녕하세요, YouTube 팀입니다.

요청하신 동영상 중 2건에 대한 검토를 마쳤습니다.

{Y[1]}
이 동영상에는 연령 제한이 적용되었습니다. 만 18세 미만 사용자와 로그아웃한
사용자는 시청할 수 없습니다.
(연령 제한 정책: https://support.google.com/youtube/answer/2802167)

{Y[0]}
검토 결과 이 동영상은 YouTube 커뮤니티 가이드나 현지 법률을 위반하지 않는
것으로 판단되어 별도 조치를 취하지 않았습니다. 영상은 투자 관련 개인 의견을
다루고 있으며 특정 불법 서비스로의 유도는 확인되지 않았습니다.

감사합니다.
""",
    items={Y[1]: "restricted", Y[0]: "rejected"},
)

case(
    name="yt-english-actioned-and-no-channel",
    outcome="applied", classification="confirmation",
    imitates="YouTube English legal-support reply ('has been actioned under our policies')",
    why="the Short 'has been actioned under our policies' (removed); no channel exists at the handle (not_found)",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 23:02:55 +0000",
    subject="Re: [KCSC-240905-03] Your legal request to YouTube",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Thank you for contacting YouTube regarding reference KCSC-240905-03.

After review, the following content has been actioned under our policies:
{Y[2]}

We were unable to find a channel at {Y[3]} - no channel
exists under that handle.

The remaining videos in your request are still being assessed by our legal
team.

Regards,
The YouTube Legal Support Team
""",
    items={Y[2]: "removed", Y[3]: "not_found", Y[0]: "pending", Y[1]: "pending"},
)

_yt_txt = f"""안녕하세요.

KCSC-240905-03 요청에 대한 YouTube의 조치 내용입니다.

- {Y[0]} : 대한민국 국가 도메인에서 차단되었습니다.
- {Y[1]} : 사기 관련 정책 위반으로 YouTube에서 삭제되었습니다.

YouTube 팀 드림
"""
_yt_html = f"""<html><body>
<p>안녕하세요.</p>
<p>KCSC-240905-03 요청에 대한 YouTube의 조치 내용입니다.</p>
<ul>
<li><a href="{Y[0]}">{Y[0]}</a> : 대한민국 국가 도메인에서 차단되었습니다.</li>
<li><a href="{Y[1]}">{Y[1]}</a> : 사기 관련 정책 위반으로 YouTube에서 삭제되었습니다.</li>
</ul>
<p>YouTube 팀 드림</p>
</body></html>
"""
case(
    name="yt-multipart-alternative-qp",
    outcome="applied", classification="confirmation",
    imitates="YouTube notice sent as multipart/alternative (quoted-printable text and HTML)",
    why="both parts say the same: one video blocked in Korea, one removed",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date="Wed, 11 Sep 2024 10:33:48 +0900",
    subject="YouTube 조치 안내: KCSC-240905-03",
    raw_mime="""Content-Type: multipart/alternative; boundary="yt-alt-240911"

--yt-alt-240911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(_yt_txt) + """
--yt-alt-240911
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(_yt_html) + """
--yt-alt-240911--
""",
    items={Y[0]: "restricted", Y[1]: "removed"},
)

# ================================================================ DC Inside (R4)
case(
    name="dc-operator-informal-list",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside 운영팀 reply: bare URLs with '삭제완료' on the same line",
    why="two posts deleted; the third was deleted by its writer before the operators looked (not_found)",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 12:04:10 +0900",
    subject="Re: " + SUBJ[R4],
    reply_to_req=mid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
보내주신 목록 확인했습니다.

{D[0]} 삭제완료
{D[1]} 삭제완료
{D[2]} 이 글은 저희가 확인하기 전에 작성자가 지워서 남아있는 게 없습니다

마이너 갤러리 매니저에게도 비슷한 글 올라오면 바로 지워달라고 요청해뒀습니다.
수고하세요.
""",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

case(
    name="dc-numbered-list-with-refusal",
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply with a numbered list, one item refused with a reason",
    why="1) and 3) deleted, 2) not deleted because it is judged an investment opinion, not illegal",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Tue, 10 Sep 2024 15:16:22 +0900",
    subject="[디시인사이드] KCSC-240906-04 처리 결과",
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.
KCSC-240906-04 요청 건 처리 결과 알려드립니다.

1) {D[1]}
   - 삭제 처리
2) {D[2]}
   - 해당 글은 특정인 정보가 아닌 코인 시세 관련 의견 글로, 불법정보로 보기
     어려워 삭제하지 않았습니다.
3) {D[3]}
   - 삭제 처리, 작성자 IP 차단(30일)

감사합니다.
""",
    items={D[1]: "removed", D[2]: "rejected", D[3]: "removed"},
)

case(
    name="dc-wrapped-angle-url",
    outcome="applied", classification="confirmation",
    imitates="short DC Inside reply whose client wrapped a long URL inside angle brackets",
    why="the URL in <...> is split after '/view/' by the sender's line wrap; a clerk joins it and reads a plain deletion",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 09:12:30 +0900",
    subject="Re: " + SUBJ[R4] + " 추가 처리",
    reply_to_req=mid(R4),
    body="""
안녕하세요 디시인사이드 운영팀입니다.

지난번 회신 이후 추가로 확인된 글 처리했습니다. 작성자가 같은 내용으로 다시
올린 글이 있어 함께 삭제했고, 요청하신 원글
<https://gall.dcinside.com/mgallery/board/view/
?id=coinriding&no=88240> 은 삭제했습니다.

감사합니다.
""",
    items={D[2]: "removed"},
)

# ================================================================ BAND (R5)
case(
    name="band-post-deleted-and-gone",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 reply on two posts of an open band",
    why="one post deleted for the operating policy, the other no longer exists (deleted by its writer)",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 13:50:05 +0900",
    subject="RE: " + SUBJ[R5],
    reply_to_req=mid(R5),
    body=f"""
안녕하세요. BAND 고객센터입니다.

요청하신 게시글 2건 확인 결과를 안내드립니다.

1. {B[0]}
   BAND 운영정책(음란물 게시 금지) 위반으로 게시글을 삭제했습니다.
2. {B[1]}
   작성자가 게시글을 삭제하여 현재 존재하지 않는 게시글입니다.

해당 밴드의 리더에게도 운영정책 위반 경고를 발송했습니다.
감사합니다.
""",
    items={B[0]: "removed", B[1]: "not_found"},
)

# ================================================================ review
case(
    name="naver-promise-sequential",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="NAVER holding reply: 내부 검토 후 순차적으로 조치할 예정",
    why="names two URLs but only promises action ('처리될 예정'); nothing has happened yet",
    **{"from": "policy@navercorp.com"}, name_from=NP,
    date="Wed, 04 Sep 2024 11:26:40 +0900",
    subject="RE: " + SUBJ[R1],
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 14건은 담당 부서에서 내부 검토 후 순차적으로 조치할 예정입니다.
그중 아래 게시물은 이번 주 중 처리될 예정이며, 처리가 끝나면 결과를 정리하여
회신드리겠습니다.

{N[0]}
{N[1]}

감사합니다.
""",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="kakao-hedge-appears-deleted",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Kakao staffer's first look: '이미 삭제된 것으로 보입니다', exact result to follow",
    why="a hedge ('~것으로 보입니다') with a promise of a proper answer later is not a statement",
    **{"from": "minho.kwon@kakaocorp.com"}, name_from="권민호",
    date="Wed, 04 Sep 2024 17:02:18 +0900",
    subject="RE: " + SUBJ[R2],
    reply_to_req=mid(R2),
    body=f"""
안녕하세요 권민호입니다.

문의하신 브런치 글 {K[3]} 은 제가 열어보니 이미 삭제된 것으로 보입니다.
다만 정확한 처리 내역은 브런치팀 확인 후 다시 안내드리겠습니다.

권민호 드림
""",
    items={K[3]: "pending"},
)

case(
    name="naver-bulk-all-fourteen",
    outcome="review", classification="confirmation", review="bulk",
    imitates="NAVER one-line 'all requested posts deleted' reply to a multi-item request",
    why="one sentence covers all 14 items without naming any; the clerk checks before applying",
    **{"from": "policy@navercorp.com"}, name_from=NP,
    date="Fri, 13 Sep 2024 10:00:21 +0900",
    subject="RE: " + SUBJ[R1] + " 처리 완료",
    reply_to_req=mid(R1),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 관련 요청하신 게시물 전체에 대해 삭제 조치를 완료하였습니다.

감사합니다.
""",
    items={u: "pending" for u in N},
)

case(
    name="band-bulk-both-posts",
    outcome="review", classification="confirmation", review="bulk",
    imitates="BAND short reply: 신고하신 게시글 모두 삭제",
    why="'모두 삭제' for a two-item request without naming either post",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Tue, 10 Sep 2024 16:45:33 +0900",
    subject="RE: " + SUBJ[R5],
    reply_to_req=mid(R5),
    body="""
안녕하세요. BAND 고객센터입니다.

요청번호 KCSC-240909-05로 신고해 주신 게시글은 모두 삭제 처리했습니다.
이용에 불편을 드려 죄송합니다.

감사합니다.
""",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="naver-dmarc-fail",
    outcome="review", classification="confirmation", review="untrusted",
    auth="fail",
    imitates="NAVER-looking deletion notice whose DKIM/SPF/DMARC fail",
    why="the From domain is NAVER's but authentication failed, so its statements cannot be trusted",
    **{"from": "policy@navercorp.com"}, name_from=NP,
    date="Sat, 07 Sep 2024 02:14:09 +0900",
    subject="RE: " + SUBJ[R1],
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 중 아래 게시물은 삭제 처리되었습니다.

{N[6]}
{N[13]}

감사합니다.
""",
    items={N[6]: "pending", N[13]: "pending"},
)

case(
    name="cafe-manager-gmail",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="a NAVER cafe manager (volunteer) writing from a personal Gmail address",
    why="the writer is not NAVER; a cafe manager's word is not the platform's",
    **{"from": "quietharbor.mgr@gmail.com"}, name_from="조용한항구 카페매니저",
    date="Sat, 07 Sep 2024 21:30:44 +0900",
    subject="카페 글 삭제했습니다 (KCSC-240903-01)",
    body=f"""
안녕하세요. 네이버 카페 '조용한항구' 매니저입니다.
네이버에서 연락받고 확인했는데, 문제 된 글 중 저희 카페 글
{N[4]} 은 제가 직접 지웠습니다.
앞으로 비슷한 글 올라오지 않게 관리하겠습니다.
""",
    items={N[4]: "pending"},
)

case(
    name="navercorp-states-band-posts",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="NAVER Corp. policy team answering for BAND posts (BAND is a NAVER service)",
    why="the request went to BAND; NAVER's own domain states statuses for BAND items, which the configuration treats as another platform",
    **{"from": "policy@navercorp.com"}, name_from=NP,
    date="Thu, 12 Sep 2024 14:05:51 +0900",
    subject="밴드 게시물 관련 회신 (KCSC-240909-05)",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

BAND 고객센터로 접수된 요청 KCSC-240909-05 건을 당사에서 함께 확인하였습니다.
아래 게시글은 BAND 운영정책 위반으로 삭제되었습니다.

{B[0]}
{B[1]}

감사합니다.
""",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="yt-asks-timestamps-and-law",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="YouTube request for more information (timestamps, legal basis) before review",
    why="YouTube asks for timestamps and the statute before it will act; nothing is stated",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무지원팀",
    date="Fri, 06 Sep 2024 09:20:14 +0900",
    subject="RE: " + SUBJ[R3] + " 추가 정보 요청",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요, YouTube 법무지원팀입니다.

요청하신 동영상 {Y[0]} 관련하여, 검토를 진행하려면
다음 정보가 필요합니다.

1. 문제가 되는 구간의 타임스탬프 (예: 03:15~04:40)
2. 위반된다고 판단하신 국내 법령의 조항
3. 심의·의결 문서 사본 (가능한 경우)

위 정보를 이 메일에 회신해 주시면 검토를 재개하겠습니다.

감사합니다.
""",
    items={Y[0]: "pending"},
)

case(
    name="dc-will-delete-today",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="DC Inside operator promising deletion later in the day",
    why="'금일 중 삭제 처리 예정' is a promise; both named posts stay pending",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 18:40:22 +0900",
    subject="Re: " + SUBJ[R4],
    reply_to_req=mid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{D[0]}
{D[3]}

위 두 글은 확인했고 금일 중 삭제 처리 예정입니다. 나머지는 갤러리 매니저
확인 후 처리하겠습니다.
""",
    items={D[0]: "pending", D[3]: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    outcome="review", classification="other", review="no_claims",
    imitates="NAVER notice of a change of contact person for 시정요구 replies",
    why="trusted NAVER mail that names no item and no request",
    **{"from": "policy@navercorp.com"}, name_from=NP,
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    subject="[네이버] 시정요구 회신 담당자 변경 안내",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 9월 23일부터 방송통신심의위원회 시정요구 회신 업무 담당자가
아래와 같이 변경됩니다.

 - 기존: 박도윤 (정책지원팀)
 - 변경: 정하린 (정책지원팀)
 - 회신 주소: policy@navercorp.com (변경 없음)

앞으로도 신속한 조치와 회신을 위해 노력하겠습니다.
감사합니다.
""",
    items={},
)

case(
    name="yt-under-review-korean",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="YouTube 'currently under review' interim reply in Korean",
    why="both named items are '검토 중'; nothing stated",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무지원팀",
    date="Thu, 05 Sep 2024 20:11:46 +0900",
    subject="RE: " + SUBJ[R3],
    reply_to_req=mid(R3),
    body=f"""
안녕하세요, YouTube 법무지원팀입니다.

아래 콘텐츠는 현재 담당 팀에서 검토 중입니다.

 * {Y[2]}
 * {Y[3]}

검토가 끝나는 대로 결과를 알려드리겠습니다. 검토 결과에 따라 콘텐츠가
삭제되거나 대한민국에서 차단될 수 있습니다.

감사합니다.
""",
    items={Y[2]: "pending", Y[3]: "pending"},
)

# ================================================================ ignored
case(
    name="naver-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 from a NAVER staffer",
    why="an out-of-office auto-reply, whatever subject it echoes",
    **{"from": "doyun.park@navercorp.com"}, name_from="박도윤",
    date="Tue, 03 Sep 2024 15:03:12 +0900",
    subject="[부재중] Re: " + SUBJ[R1],
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박도윤입니다.

9월 3일(화)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시기 바랍니다.

복귀 후 확인하여 연락드리겠습니다.
""",
    items={},
)

from email.header import Header  # noqa: E402
_dsn_from = "From: " + Header("방송통신심의위원회", "utf-8").encode() + " <takedown@kcsc.example>"
_dsn_subj = "Subject: " + Header(SUBJ[R2], "utf-8").encode()
case(
    name="kakao-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="delivery status notification from Kakao's mail server (unknown mailbox)",
    why="a DSN about our own request; no statement from anyone",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 14:11:58 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-kk-0904"

--dsn-kk-0904
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@kakaocorp.com>: host mbox.kakaocorp.com said: 550 5.1.1
    <abuse-kr@kakaocorp.com>: Recipient address rejected: User unknown

--dsn-kk-0904
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Wed,  4 Sep 2024 14:11:57 +0900 (KST)

Final-Recipient: rfc822; abuse-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-kk-0904
Content-Type: text/rfc822-headers

""" + _dsn_from + """
To: abuse-kr@kakaocorp.com
""" + _dsn_subj + """
Message-ID: <req.KCSC-240904-02@kcsc.example>
Date: Wed, 04 Sep 2024 14:11:40 +0900

--dsn-kk-0904--
""",
    items={},
)

case(
    name="naver-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Korean 읽음 확인 (MDN, disposition-notification) from a NAVER mailbox",
    why="a read receipt says only that the request was displayed",
    **{"from": "policy@navercorp.com"}, name_from=NP,
    date="Tue, 03 Sep 2024 16:20:31 +0900",
    subject="읽음: " + SUBJ[R1],
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-nv-0903"

--mdn-nv-0903
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일이 2024년 9월 3일 (화) 오후 4:20에 policy@navercorp.com 님에게 읽혔습니다.

제목: [KCSC-240903-01] 불법정보 시정요구 (방송통신심의위원회)

참고: 이 확인은 수신자의 화면에 메일이 표시되었다는 뜻이며, 내용을 읽거나
이해했다는 뜻은 아닙니다.

--mdn-nv-0903
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req.KCSC-240903-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-nv-0903--
""",
    items={},
)

case(
    name="yt-request-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal webform receipt with a case number",
    why="confirms receipt and gives a case number; says nothing about any item",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date="Thu, 05 Sep 2024 10:02:07 +0900",
    subject="YouTube 요청이 접수되었습니다 [사례 번호 2-9384000012345]",
    reply_to_req=mid(R3),
    body="""
안녕하세요.

YouTube에 제출하신 법적 요청이 정상적으로 접수되었습니다.
참조: KCSC-240905-03
사례 번호: 2-9384000012345

제출하신 내용은 담당 팀이 검토하며, 검토에는 며칠이 걸릴 수 있습니다.
추가 문의 시 위 사례 번호를 제목에 포함해 주세요.

이 메일은 발신 전용입니다.
""",
    items={},
)

case(
    name="dc-report-received",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside 신고센터 automatic 접수 완료 notice",
    why="a pure receipt: the report was filed and will be looked at",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Fri, 06 Sep 2024 14:30:02 +0900",
    subject="[디시인사이드] 신고 접수 완료 안내 (KCSC-240906-04)",
    body="""
안녕하세요. 디시인사이드 신고센터입니다.

보내주신 신고(KCSC-240906-04)가 정상적으로 접수되었습니다.
접수번호: DC-R-20240906-07731

접수된 신고는 순서대로 확인하며, 처리 결과는 별도로 안내드립니다.

※ 본 메일은 자동 발송 메일입니다.
""",
    items={},
)

case(
    name="band-chuseok-auto-reply",
    outcome="ignored", classification="auto_reply",
    imitates="BAND customer-centre 추석 연휴 휴무 자동회신",
    why="a holiday auto-reply echoing the request subject",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Mon, 16 Sep 2024 08:00:14 +0900",
    subject="[자동회신] 추석 연휴 고객센터 휴무 안내 - Re: " + SUBJ[R5],
    reply_to_req=mid(R5),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. BAND 고객센터입니다.

추석 연휴(9월 16일~18일) 동안 고객센터가 휴무합니다.
연휴 중 접수된 문의는 9월 19일(목)부터 순차적으로 답변드리겠습니다.

즐거운 한가위 보내세요.
""",
    items={},
)


HEADER = """# Blind set 275 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by make.py; expected results from each email's meaning alone,
# before any run of the reader. See NOTES.md.
"""

def encode_headers():
    """Display names and subjects with non-ASCII text are RFC 2047-encoded,
    as most mail systems send them; DC Inside and BAND mail keeps a raw UTF-8
    subject (RFC 6532), which some Korean senders also do."""
    for c in CASES:
        name = c.get("name_from")
        if name and not name.isascii():
            c["name_from"] = Header(name, "utf-8").encode()
        dom = c["from"].split("@", 1)[1]
        if not c["subject"].isascii() and dom not in ("dcinside.com", "band.us"):
            c["subject"] = Header(c["subject"], "utf-8").encode()


if __name__ == "__main__":
    encode_headers()
    write_requests()
    corpuslib.write_set(HERE, "blind275", HEADER, CASES)
    print("%d cases" % len(CASES))
