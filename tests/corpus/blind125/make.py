#!/usr/bin/env python3
"""Blind set 125 (Korean platforms): writes requests.csv, cases/*.eml and
expected.toml. Deterministic: run it again and nothing changes.

    python3 tests/corpus/blind125/make.py

Every email is fictional and written in our own words, in the manner of what
NAVER, Kakao/Daum, YouTube Korea, DC Inside and BAND send back to the
regulator (공문-style replies, 임시조치 notices, 시정요구 조치결과 tables,
informal operator replies, receipts, bounces, read receipts). Expected
results were written from each email's meaning before any run.
"""
import base64
import csv
from email.header import Header
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

Q = "%EC%98%A4%EB%8A%98%EC%9D%98-%EC%9D%BC%EA%B8%B0-3"  # 오늘의-일기-3
RAWQ = "오늘의-일기-3"

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/moonlit_cart/223561004417",
    2: "https://blog.naver.com/moonlit_cart/223561009920",
    3: "https://blog.naver.com/toto_haneul77/223558870312",
    4: "https://cafe.naver.com/sunsetbetclub/1182",
    5: "https://cafe.naver.com/sunsetbetclub/1190",
    6: "https://cafe.naver.com/sunsetbetclub/1207",
    7: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40402&docId=471203388",
    8: "https://blog.naver.com/PostView.naver?blogId=green_pier_22&logNo=223570001245",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38211475&memberNo=51120987",
    10: "https://cafe.naver.com/ca-fe/cafes/31188204/articles/5521",
    11: "https://blog.naver.com/toto_haneul77/223559012877",
    12: "https://in.naver.com/slotking/contents/internal/722150391838720",
}
K = {
    1: "https://cafe.daum.net/icepath2024/Ht1q/88",
    2: "https://cafe.daum.net/icepath2024/Ht1q/91",
    3: "https://eunhasu-note.tistory.com/entry/" + Q,
    4: "https://story.kakao.com/ch/haneulmarket/Ab3dE5fG7",
    5: "https://pf.kakao.com/_xkQxbn/105338220",
}
K3RAW = "https://eunhasu-note.tistory.com/entry/" + RAWQ
Y = {
    1: "https://www.youtube.com/watch?v=Qm3xT8vLp2A",
    2: "https://www.youtube.com/watch?v=bN7kR1wZc0E",
    3: "https://www.youtube.com/shorts/Hf2uJ9sDq4M",
    4: "https://www.youtube.com/@nightmarket_tv_kr",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=55120",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=55187",
}
B = {
    1: "https://band.us/band/88102233/post/417",
    2: "https://band.us/band/88102233/post/423",
}
S1 = "https://blog.naver.com/harbor_lamp/223575512209"
S2 = "https://cafe.daum.net/goldrain77/Zk8p/12"

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:20:00+09:00", "2024-09-10T18:00:00+09:00",
     [N[i] for i in range(1, 13)], "illegal_gambling", "illegal gambling promotion, 12 posts"),
    ("KCSC-240904-02", "kakao", "2024-09-04T14:05:00+09:00", "2024-09-11T18:00:00+09:00",
     [K[i] for i in range(1, 6)], "drugs", "drug sale advertisements, 5 posts"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     [Y[i] for i in range(1, 5)], "illegal_finance", "unregistered investment advice, videos and channel"),
    ("KCSC-240906-04", "dcinside", "2024-09-06T11:15:00+09:00", "2024-09-13T18:00:00+09:00",
     [D[i] for i in range(1, 4)], "personal_data", "personal data exposure, gallery posts"),
    ("KCSC-240909-05", "band", "2024-09-09T15:30:00+09:00", "2024-09-16T18:00:00+09:00",
     [B[1], B[2]], "illegal_finance", "pump-and-dump recruitment posts"),
    ("KCSC-240910-06", "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [S1], "defamation", "single blog post"),
    ("KCSC-240911-07", "kakao", "2024-09-11T16:45:00+09:00", "2024-09-18T18:00:00+09:00",
     [S2], "obscenity", "single cafe post"),
]


def rid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, rid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, urls, when):
    """The regulator's request as it is quoted back under a reply."""
    lines = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    return (
        f"수신: 귀사 정책 담당자\n"
        f"제목: 불법정보 시정요구 ({ref})\n\n"
        f"방송통신심의위원회는 아래 정보에 대하여 시정요구(삭제)를 의결하였으므로\n"
        f"조치 후 결과를 회신하여 주시기 바랍니다.\n\n{lines}\n\n"
        f"방송통신심의위원회 통신심의국 ({when})"
    )


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ NAVER, R1
rows = [
    (1, "삭제"), (2, "삭제"), (3, "게시중단"), (4, "블라인드"), (5, "블라인드"),
    (6, "게시물 없음 (작성자 자진 삭제)"), (7, "삭제"), (8, "임시조치 (30일 열람 제한)"),
    (9, "미조치 - 불법성 확인되지 않아 게시 유지 (보도 인용)"), (10, "삭제"),
    (11, "게시물 없음 (작성자 자진 삭제)"), (12, "삭제"),
]
trs = "\n".join(
    f"<tr><td>{i}</td><td>{N[i]}</td><td>{st}</td><td>2024.09.0{5 if i < 7 else 6}</td></tr>"
    for i, st in rows
)
case(
    name="naver-kcsc-result-table-html",
    date="Fri, 06 Sep 2024 17:12:40 +0900",
    **{"from": "kcsc-report@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="[NAVER] 시정요구(KCSC-240903-01) 조치결과 회신",
    reply_to_req=rid("KCSC-240903-01"),
    type="html",
    body=f"""<html><body style="font-family:Malgun Gothic,sans-serif">
<p>방송통신심의위원회 통신심의국 귀중</p>
<p>귀 위원회의 시정요구(접수번호 KCSC-240903-01)에 대한 네이버㈜의 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
{trs}
</table>
<p>※ 조치결과 관련 문의: 네이버 정책지원팀 (운영정책은 <a href="https://policy.naver.com/policy/service.html">네이버 서비스 운영정책</a> 참고)</p>
<p>네이버 주식회사 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 회신 (HTML table of URL / 조치결과 / 조치일)",
    why="authenticated NAVER table with one status per requested URL: 삭제/게시중단/블라인드 removed, 임시조치 restricted, 게시물 없음 not_found, 미조치 rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed", N[5]: "removed",
           N[6]: "not_found", N[7]: "removed", N[8]: "restricted", N[9]: "rejected",
           N[10]: "removed", N[11]: "not_found", N[12]: "removed"},
)

case(
    name="naver-gongmun-plaintext-partial",
    date="Thu, 05 Sep 2024 11:03:17 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책팀",
    subject="회신: 불법정보 시정요구 (KCSC-240903-01) 일부 조치 결과",
    body=f"""수신: 방송통신심의위원회 통신심의국장
제목: 시정요구에 대한 조치결과 회신 (1차)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 관련: 방송통신심의위원회 시정요구 KCSC-240903-01 (2024. 9. 3.)
3. 위 호와 관련하여 당사는 아래 게시물에 대해 다음과 같이 조치하였음을
   알려드립니다.

  가. {N[1]}
      - 조치: 삭제 (2024. 9. 4.)
  나. {N[2]}
      - 조치: 삭제 (2024. 9. 4.)
  다. {N[4]}
      - 조치: 게시중단 (2024. 9. 4.)
  라. 지식iN 질문글
      <https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40402&
      docId=471203388>
      - 조치: 임시조치 (30일간 접근 제한)

4. 나머지 게시물은 확인이 끝나는 대로 2차로 회신드리겠습니다.  끝.

네이버 주식회사 정책팀장 (직인생략)
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 (official letter) reply: numbered paragraphs 1.-4., items as 가. 나. 다.",
    why="four named items with done actions (삭제, 게시중단, 임시조치 with a wrapped angle-bracket URL); the rest only promised for a second reply",
    items={N[1]: "removed", N[2]: "removed", N[4]: "removed", N[7]: "restricted"},
)

csv_rows = [
    ("1", N[3], "삭제", "2024-09-05 11:02"),
    ("2", N[5], "블라인드", "2024-09-05 11:07"),
    ("3", N[6], "게시물 없음(작성자 삭제)", "2024-09-05 11:09"),
    ("4", N[8], "임시조치(30일)", "2024-09-05 11:15"),
    ("5", N[10], "삭제", "2024-09-05 11:21"),
    ("6", N[12], "삭제", "2024-09-05 11:30"),
]
cbuf = io.StringIO()
cw = csv.writer(cbuf, lineterminator="\r\n")
cw.writerow(["번호", "게시물 URL", "조치 결과", "조치 일시"])
for r in csv_rows:
    cw.writerow(r)
case(
    name="naver-csv-attachment",
    date="Thu, 05 Sep 2024 18:44:02 +0900",
    **{"from": "noreply-report@navercorp.com"}, name_from="NAVER 신고센터",
    subject="[네이버] KCSC-240903-01 처리 결과 송부",
    reply_to_req=rid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_8812"

--=_nv_8812
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 신고센터입니다.

요청하신 건(KCSC-240903-01) 중 오늘까지 처리된 6건의 결과를 첨부 파일로
송부드립니다. 파일의 '조치 결과' 열을 확인해 주세요.

감사합니다.

--=_nv_8812
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(cbuf.getvalue())}
--=_nv_8812--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre reply with a CSV result sheet attached (base64)",
    why="CSV attachment gives six URL/status rows: 삭제/블라인드 removed, 게시물 없음 not_found, 임시조치 restricted",
    items={N[3]: "removed", N[5]: "removed", N[6]: "not_found", N[8]: "restricted",
           N[10]: "removed", N[12]: "removed"},
)

case(
    name="naver-url-then-status-below",
    subject_raw=True,
    date="Wed, 04 Sep 2024 20:15:55 +0900",
    **{"from": "cafe-ops@naver.com"}, name_from="네이버 카페 운영팀",
    subject="Re: 불법정보 시정요구 (KCSC-240903-01)",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""담당자님 안녕하세요, 카페 운영팀입니다.
블로그/카페 게시물 중 저희 팀 소관 건 확인 결과 공유드립니다.

{N[2]}
→ 삭제 완료 (9/4 19:40)

{N[5]}
→ 게시물 없음. 카페 매니저가 9/3 이미 삭제한 글입니다.

나머지는 블로그팀에서 따로 회신드릴 예정입니다.

네이버 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER cafe operations reply, bare URL with the result on the line below",
    why="status on the line under each URL: deleted -> removed; already deleted by the cafe manager (not the platform acting on our request) -> not_found",
    items={N[2]: "removed", N[5]: "not_found"},
)

case(
    name="naver-top-posted-gmail-quote",
    date="Fri, 06 Sep 2024 09:58:30 +0900",
    **{"from": "kim.sooyeon@navercorp.com"}, name_from="김수연 (NAVER)",
    subject="Re: 불법정보 시정요구 (KCSC-240903-01)",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 김수연입니다.

말씀하신 건 중 두 건 먼저 정리되어 회신드립니다.

- {N[10]} : 삭제 처리했습니다.
- {N[9]} : 언론 보도를 인용한 포스트로 운영정책 위반이 확인되지 않아
  게시를 유지합니다.

감사합니다.
김수연 드림

2024년 9월 3일 (화) 오전 10:20, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:
{quoted(our_request("KCSC-240903-01", [N[i] for i in range(1, 13)], "2024. 9. 3."))}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail-style reply from a NAVER staff member over the quoted request",
    why="two items stated above the quote (removed, rejected with reason); the ten others appear only in the quoted request",
    items={N[10]: "removed", N[9]: "rejected"},
)

case(
    name="naver-korean-particles-fullwidth",
    date="Thu, 05 Sep 2024 15:27:11 +0900",
    **{"from": "blog-help@naver.com"}, name_from="네이버 블로그팀",
    subject="[네이버 블로그] KCSC-240903-01 관련 회신",
    body=f"""안녕하세요, 네이버 블로그팀입니다.

문의하신 게시물 관련하여 안내드립니다.
{N[3]}은 운영정책 위반으로 삭제되었고, 지식iN 질문글（{N[7]}）은 작성자가
이미 삭제하여 존재하지 않는 게시물입니다.

블로그 운영정책: https://section.blog.naver.com/Notice.naver
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team prose reply with URLs glued to Korean particles and full-width parentheses",
    why="'…312은 … 삭제되었고' removed; the 지식iN question in full-width parentheses no longer exists (author deleted) -> not_found; help link is no item",
    items={N[3]: "removed", N[7]: "not_found"},
)

qp_body = f"""안녕하세요. 네이버 게시중단요청서비스입니다.

방송통신심의위원회(KCSC-240903-01)의 요청에 따라 아래 게시물에 대해
「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 의한
임시조치를 하였습니다. 임시조치 기간(30일) 동안 해당 게시물은 열람이
제한됩니다.

■ 임시조치 게시물
 1) {N[8]}
 2) {N[11]}

■ 임시조치 일자: 2024년 9월 6일

게시자가 재게시를 요청하는 경우 관련 절차에 따라 처리됩니다.
"""
case(
    name="naver-imsi-notice-qp",
    date="Fri, 06 Sep 2024 13:30:05 +0900",
    **{"from": "inoti@naver.com"}, name_from="네이버 게시중단요청서비스",
    subject="[네이버] 게시물 임시조치 안내 (KCSC-240903-01)",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 (정보통신망법 제44조의2) notice, quoted-printable",
    why="임시조치 with 30-day restricted viewing stated for two listed posts -> restricted",
    items={N[8]: "restricted", N[11]: "restricted"},
)

case(
    name="naver-ack-plus-statement",
    date="Wed, 04 Sep 2024 16:40:00 +0900",
    **{"from": "noreply-report@navercorp.com"}, name_from="NAVER 신고센터",
    subject="[네이버 신고센터] 접수번호 NV-20240904-55817 처리 안내",
    body=f"""신고가 정상적으로 접수되었습니다. (접수번호 NV-20240904-55817)

관련 요청: KCSC-240903-01

검토 결과, 신고하신 카페 게시글 {N[6]} 은
카페 운영원칙 위반으로 삭제 조치하였습니다.

신고센터 바로가기: https://help.naver.com/support/report
※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre receipt that also carries the result",
    why="receipt phrasing, but an unhedged deletion statement for one named URL follows: not a pure acknowledgement",
    items={N[6]: "removed"},
)

case(
    name="naver-gana-list-mixed",
    date="Mon, 09 Sep 2024 10:12:44 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책팀",
    subject="회신: 시정요구 KCSC-240903-01 2차 조치결과",
    body=f"""수신: 방송통신심의위원회
참조: 통신심의국

1. 관련: KCSC-240903-01
2. 당사 2차 조치결과를 다음과 같이 알려드립니다.

 가. {N[12]}
     인플루언서 콘텐츠 삭제 완료
 나. {N[4]}
     카페 게시글 블라인드 처리 완료
 다. {N[9]}
     검토 결과 도박 홍보로 보기 어려워 조치하지 않음 (게시 유지)

3. 이상으로 본 건 처리를 마칩니다.  끝.
""",
    outcome="applied", classification="confirmation",
    imitates="공문-style second result letter, 가. 나. 다. items with the action on the line below",
    why="each URL followed by its action: deletion and blind -> removed; not actioned, kept up after review -> rejected",
    items={N[12]: "removed", N[4]: "removed", N[9]: "rejected"},
)

# ================================================================ NAVER, R6
case(
    name="naver-single-blog-deleted",
    date="Wed, 11 Sep 2024 14:02:19 +0900",
    **{"from": "blog-help@naver.com"}, name_from="네이버 블로그팀",
    subject="[네이버 블로그] 요청 게시물 처리 결과 안내",
    body=f"""안녕하세요, 네이버 블로그팀입니다.

요청하신 게시물({S1})은
2024년 9월 11일 블로그 운영정책에 따라 삭제 처리되었습니다.

추가 문의는 고객센터(https://help.naver.com)로 부탁드립니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER blog deletion notice for one post",
    why="one named post deleted -> removed",
    items={S1: "removed"},
)

case(
    name="naver-single-sole-blind",
    date="Wed, 11 Sep 2024 09:31:50 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책팀",
    subject="RE: 명예훼손 정보 시정요구 (KCSC-240910-06)",
    reply_to_req=rid("KCSC-240910-06"),
    body="""안녕하세요.

요청 주신 게시물은 금일 오전 블라인드 처리 완료하였습니다.

감사합니다.
네이버 정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="one-line informal NAVER reply in the request's thread",
    why="the request has one item; a single unhedged statement (블라인드 처리 완료) about 'the post' applies to it",
    items={S1: "removed"},
)

# ================================================================ Kakao, R2 / R7
case(
    name="kakao-daum-cafe-blind",
    date="Thu, 05 Sep 2024 10:25:31 +0900",
    **{"from": "cleancenter@daum.net"}, name_from="Daum 클린센터",
    subject="[Daum 카페] 신고 게시물 처리 결과 안내 (KCSC-240904-02)",
    body=f"""안녕하세요. Daum 클린센터입니다.

방송통신심의위원회 시정요구(KCSC-240904-02)에 따라 검토한 결과,
아래 카페 게시글은 Daum 카페 운영정책 위반으로 블라인드 처리되었습니다.

  · {K[1]}
  · {K[2]}

블라인드 처리된 게시글은 카페 회원을 포함하여 누구도 열람할 수 없습니다.
그 밖의 요청 게시물은 해당 서비스에서 별도 안내드립니다.

Daum 클린센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 클린센터 블라인드 처리 notice",
    why="two listed Daum cafe posts blinded (nobody can view them) -> removed",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="kakao-tistory-raw-korean-path",
    date="Fri, 06 Sep 2024 16:18:09 +0900",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    subject="Re: 불법정보 시정요구 (KCSC-240904-02)",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""안녕하세요, 카카오 정책팀입니다.

티스토리 게시글 {K3RAW} 은
운영정책에 따라 비공개 처리되었습니다.

카카오톡 채널 포스트 {K[5]} 도
오늘 오후 3시 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy-team reply naming a Tistory post by its raw Korean slug",
    why="비공개 처리 of the Tistory post (raw Korean path matches its percent-encoded form) -> removed; channel post deleted -> removed",
    items={K[3]: "removed", K[5]: "removed"},
)

k_trs = "".join(
    f"<tr><td>{i}</td><td>{u}</td><td>{st}</td></tr>\n"
    for i, (u, st) in enumerate([
        (K[1], "블라인드"),
        (K[2], "블라인드"),
        (K3RAW, "비공개 처리"),
        (K[4], "존재하지 않는 게시물"),
        (K[5], "위반사항 없음 (조치 안 함)"),
    ], 1)
)
k_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 카카오 고객보호팀입니다.</p>
<p>귀 위원회 요청(KCSC-240904-02) 5건의 처리 결과를 안내드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>No</th><th>대상 URL</th><th>처리 결과</th></tr></thead>
<tbody>
{k_trs}</tbody></table>
<p>카카오 운영정책: <a href="https://www.kakao.com/policy/oppolicy">https://www.kakao.com/policy/oppolicy</a></p>
</body></html>
"""
case(
    name="kakao-base64-html-table",
    date="Mon, 09 Sep 2024 11:40:47 +0900",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객보호팀",
    subject="[카카오] 시정요구 처리 결과 (KCSC-240904-02)",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="kk-alt-2291"

--kk-alt-2291
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(k_html)}
--kk-alt-2291--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-protection result table, HTML in base64",
    why="five rows: 블라인드/비공개 removed, 존재하지 않는 게시물 not_found, 위반사항 없음 rejected",
    items={K[1]: "removed", K[2]: "removed", K[3]: "removed", K[4]: "not_found", K[5]: "rejected"},
)

case(
    name="kakao-informal-operator",
    subject_raw=True,
    date="Sat, 07 Sep 2024 11:02:36 +0900",
    **{"from": "jinwoo.park@kakaocorp.com"}, name_from="박진우",
    subject="Re: 불법정보 시정요구 (KCSC-240904-02)",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""주무관님 안녕하세요, 카카오 박진우입니다.

말씀하신 카카오스토리 글({K[4]})은 확인해 보니 작성자가 이미
지운 상태라 남아 있는 게 없네요.
채널 포스트({K[5]})는 오늘 오전에 저희가 내렸습니다.

나머지 카페 글 건은 Daum 쪽에서 따로 연락드릴 거예요.
주말에 수고 많으십니다!
""",
    outcome="applied", classification="confirmation",
    imitates="informal Kakao staff reply on a weekend",
    why="story post already gone (author deleted) -> not_found; channel post taken down ('내렸습니다') -> removed; the cafe posts are only a forward-looking mention",
    items={K[4]: "not_found", K[5]: "removed"},
)

case(
    name="kakao-single-echoed-report",
    date="Thu, 12 Sep 2024 10:05:00 +0900",
    **{"from": "cleancenter@daum.net"}, name_from="Daum 클린센터",
    subject="[Daum 클린센터] 신고 처리 결과 안내",
    body=f"""Daum 클린센터에서 신고 처리 결과를 알려드립니다.

[신고 내용]
신고 번호 : DC-2409-118073
신고 기관 : 방송통신심의위원회 (KCSC-240911-07)
신고 대상 : <{S2}>
신고 사유 : 음란물

[처리 결과]
처리 일시 : 2024-09-12 09:48
처리 내용 : 임시조치 (30일간 게시물 접근 제한)

처리 결과에 이의가 있는 경우 고객센터로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 클린센터 result mail echoing the report fields",
    why="echoed report plus 처리 내용 임시조치 (access restricted) for the one URL -> restricted",
    items={S2: "restricted"},
)

case(
    name="kakao-single-all-done",
    date="Thu, 12 Sep 2024 18:22:13 +0900",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    subject="Re: 음란정보 시정요구 (KCSC-240911-07)",
    reply_to_req=rid("KCSC-240911-07"),
    body=f"""안녕하세요, 카카오 정책팀입니다.

요청하신 콘텐츠는 모두 삭제 조치 완료되었습니다.

감사합니다.

-----Original Message-----
From: KCSC 통신심의국 <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 4:45 PM
To: policy@kakaocorp.com
Subject: 음란정보 시정요구 (KCSC-240911-07)

{our_request("KCSC-240911-07", [S2], "2024. 9. 11.")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over the quoted request, 'all removed' for a one-item request",
    why="'모두 삭제 조치 완료' for a request of one item is a statement about that item -> removed",
    items={S2: "removed"},
)

# ================================================================ YouTube, R3
case(
    name="yt-korea-legal-geoblock",
    date="Mon, 09 Sep 2024 08:51:33 +0900",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률 지원팀",
    subject="[YouTube] 법적 신고 검토 결과 – KCSC-240905-03",
    body=f"""안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 방송통신심의위원회에서 제출하신 법적
신고(KCSC-240905-03)를 검토하였습니다.

검토 결과, 현지 법률에 따라 다음 동영상에 대한 대한민국 내 액세스를
차단했습니다.
{Y[1]}
{Y[2]}

또한 다음 Shorts 동영상은 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
{Y[3]}

YouTube 팀 드림
© 2024 Google LLC
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome mail in Korean (local-law block in KR vs global guideline removal)",
    why="access blocked in Korea for two videos -> restricted; Shorts removed for guideline violation -> removed",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-english-legal-outcome",
    date="Tue, 10 Sep 2024 03:14:27 +0900",
    **{"from": "youtube-legal@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-03] Legal request – outcome",
    reply_to_req=rid("KCSC-240905-03"),
    body=f"""Hello,

Thanks for your patience while we reviewed your request.

- Channel: {Y[4]}
  Outcome: This channel has been terminated for violating our Terms of Service.

- Video: {Y[1]}
  Outcome: After careful review, we have determined that this content does not
  violate our policies and is not subject to removal under local law. We are
  not taking action on it at this time.

If you have new information, you can submit a new request at
https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome mail (English) with per-item Outcome lines",
    why="channel terminated -> removed; video reviewed, breaks no policy or local law, no action -> rejected; support.google.com is a help link",
    items={Y[4]: "removed", Y[1]: "rejected"},
)

case(
    name="yt-actioned-phrase-bilingual",
    date="Mon, 09 Sep 2024 21:09:58 +0900",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube",
    subject="YouTube 신고 결과 / Report outcome (KCSC-240905-03)",
    body=f"""[한국어]
신고하신 Shorts 동영상 {Y[3]} 은(는) 당사 정책에 따라 조치되었습니다.

[English]
The Shorts video {Y[3]} has been actioned under our policies.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual YouTube report-outcome notice using the configured 'actioned' phrase",
    why="'has been actioned under our policies' (configured removed phrase) for one named Shorts video -> removed",
    items={Y[3]: "removed"},
)

case(
    name="yt-age-restricted-and-gone",
    date="Wed, 11 Sep 2024 13:44:10 +0900",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률 지원팀",
    subject="[YouTube] KCSC-240905-03 추가 검토 결과",
    body=f"""안녕하세요, YouTube 법률 지원팀입니다.

추가 검토 결과를 알려드립니다.

1. {Y[2]}
   해당 동영상에 연령 제한을 적용했습니다. 로그인한 만 18세 이상 사용자만
   시청할 수 있습니다.

2. {Y[3]}
   해당 URL의 동영상을 찾을 수 없습니다. 업로더가 이미 삭제한 것으로
   확인되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube follow-up in Korean: age restriction and a video already deleted by its uploader",
    why="age-restricted -> restricted; video cannot be found, confirmed deleted by the uploader -> not_found",
    items={Y[2]: "restricted", Y[3]: "not_found"},
)

yt_html = f"""<div dir="ltr" style="font-family:Roboto,Arial">
<p>안녕하세요.</p>
<p>KCSC-240905-03 요청에 대한 조치 내용을 알려드립니다.</p>
<ul>
<li><a href="{Y[4]}">{Y[4]}</a> &mdash; 채널이 해지되었습니다.</li>
<li><a href="{Y[3]}">{Y[3]}</a> &mdash; 대한민국에서 시청할 수 없도록 제한되었습니다.</li>
</ul>
<p>자세한 내용은 <a href="https://support.google.com/youtube/answer/2802032">YouTube 고객센터</a>를 참고하세요.</p>
<p>YouTube 팀</p>
</div>"""
case(
    name="yt-html-list",
    date="Thu, 12 Sep 2024 07:30:21 +0900",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube",
    subject="[YouTube] 조치 내용 안내",
    type="html",
    body=yt_html,
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML notice with a bulleted list of linked items",
    why="channel terminated -> removed; Shorts made unviewable in Korea -> restricted; help-centre link is no item",
    items={Y[4]: "removed", Y[3]: "restricted"},
)

# ================================================================ DC Inside, R4
case(
    name="dc-operator-all-listed",
    date="Mon, 09 Sep 2024 12:08:44 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="Re: 개인정보 노출 정보 시정요구 (KCSC-240906-04)",
    reply_to_req=rid("KCSC-240906-04"),
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

요청하신 글 3건 모두 삭제 처리했습니다.
{D[1]}
{D[2]}
{D[3]}

작성자 IP는 갤러리 이용 차단 조치했습니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="terse DC Inside operations-team reply, statement then the URLs on the lines below",
    why="'3건 모두 삭제' followed by the three URLs it covers: each item is named -> removed",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed"},
)

case(
    name="dc-pipe-table",
    date="Tue, 10 Sep 2024 17:55:02 +0900",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드",
    subject="[디시인사이드] 시정요구 조치결과 (KCSC-240906-04)",
    body=f"""방송통신심의위원회 귀중

시정요구(KCSC-240906-04)에 대한 조치결과입니다.

| 번호 | URL | 조치결과 |
|------|-----|----------|
| 1 | {D[1]} | 삭제 |
| 2 | {D[2]} | 삭제 및 작성자 차단 |
| 3 | {D[3]} | 해당 게시물 없음 (작성자 삭제) |

㈜디시인사이드 운영지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 조치결과 as a plain-text pipe table",
    why="per-row statuses: 삭제 removed, 삭제 및 작성자 차단 removed, 해당 게시물 없음 not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-mixed-rejected",
    date="Mon, 09 Sep 2024 19:31:27 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="Re: 개인정보 노출 정보 시정요구 (KCSC-240906-04)",
    reply_to_req=rid("KCSC-240906-04"),
    body=f"""안녕하세요, 디시인사이드입니다.

{D[2]} 글은 휴대전화 번호가 그대로 노출되어 있어 삭제했습니다.

{D[1]} 글은 확인해 보니 실명이나 연락처가 없고
종목에 대한 개인 의견이어서 삭제 대상이 아니라고 판단했습니다.
게시를 유지합니다.

나머지 한 건은 마이너 갤러리 매니저 확인 후 다시 말씀드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside staff reply: one deletion, one refusal with its reason",
    why="D2 deleted -> removed; D1 not a violation, kept up -> rejected; the third is only promised (stays pending)",
    items={D[2]: "removed", D[1]: "rejected"},
)

# ================================================================ BAND, R5
case(
    name="band-korean-notice",
    date="Tue, 10 Sep 2024 14:14:14 +0900",
    **{"from": "policy@band.us"}, name_from="BAND 운영정책팀",
    subject="[BAND] 시정요구 처리 결과 안내 (KCSC-240909-05)",
    body=f"""안녕하세요. BAND 운영정책팀입니다.

요청하신 게시글에 대한 처리 결과를 알려드립니다.

■ {B[1]}
  → 게시글 삭제 및 밴드 리더에게 경고 발송

■ {B[2]}
  → 검토 결과 투자 모집으로 볼 만한 내용이 없어 운영정책 위반이
    확인되지 않았습니다. 별도 조치하지 않았습니다.

BAND 운영정책: https://band.us/policy/operating
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 운영정책팀 result notice with ■ bullets and arrows",
    why="B1 post deleted -> removed; B2 no violation, no action -> rejected; policy link is no item",
    items={B[1]: "removed", B[2]: "rejected"},
)

case(
    name="band-outlook-top-post",
    date="Wed, 11 Sep 2024 09:02:40 +0900",
    **{"from": "lee.hana@band.us"}, name_from="이하나",
    subject="RE: 불법정보 시정요구 (KCSC-240909-05)",
    reply_to_req=rid("KCSC-240909-05"),
    body=f"""안녕하세요, BAND 이하나입니다.
아래 건 중 두 번째 게시글 삭제 조치 완료하였습니다 ({B[2]}).
첫 번째 게시글은 밴드 리더 소명 절차 진행 중이라 결과 나오면 말씀드리겠습니다.

이하나 드림 | BAND 운영정책팀

-----Original Message-----
From: KCSC 통신심의국 <takedown@kcsc.example>
Sent: Monday, September 9, 2024 3:30 PM
To: policy@band.us
Subject: 불법정보 시정요구 (KCSC-240909-05)

{our_request("KCSC-240909-05", [B[1], B[2]], "2024. 9. 9.")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted BAND staff reply over the quoted request",
    why="B2 named in parentheses after '삭제 조치 완료' -> removed; B1 is in an explanation process (pending) and otherwise only in the quote",
    items={B[2]: "removed"},
)

# ================================================================ review
case(
    name="naver-promise-this-week",
    date="Wed, 04 Sep 2024 10:10:10 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책팀",
    subject="Re: 불법정보 시정요구 (KCSC-240903-01)",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 정책팀입니다.

요청하신 게시물 중 아래 두 건은 관련 부서 확인을 거쳐 금주 내 삭제될
예정입니다.
 - {N[1]}
 - {N[3]}

나머지 게시물도 순차적으로 검토 후 조치 결과를 회신드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="NAVER interim reply promising deletions this week",
    why="'삭제될 예정' is a promise, not a statement; named items stay pending and a person should read it",
    items={N[1]: "pending", N[3]: "pending"},
)

case(
    name="naver-hedged-seems-deleted",
    date="Thu, 05 Sep 2024 19:20:41 +0900",
    **{"from": "cafe-ops@naver.com"}, name_from="네이버 카페 운영팀",
    subject="Re: 불법정보 시정요구 (KCSC-240903-01)",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""담당자님, 카페 운영팀입니다.

{N[4]} 은 현재 접속해 보면 이미 삭제된 것으로 보입니다.
다만 매니저 삭제인지 시스템 처리인지는 아직 확인 중입니다.

{N[10]} 는 내부 검토 중이며 결과는 다음 주에 안내드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="NAVER cafe operations interim reply with hedges",
    why="'삭제된 것으로 보입니다' is a hedge and '검토 중' is under review: nothing stated, items pending",
    items={N[4]: "pending", N[10]: "pending"},
)

case(
    name="naver-bulk-all-done",
    date="Tue, 10 Sep 2024 16:00:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책팀",
    subject="회신: 시정요구 KCSC-240903-01 조치 완료",
    reply_to_req=rid("KCSC-240903-01"),
    body="""수신: 방송통신심의위원회

1. 관련: KCSC-240903-01
2. 귀 위원회에서 요청하신 게시물 전체에 대하여 삭제 조치를 완료하였음을
   알려드립니다.  끝.

네이버 주식회사
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="one-paragraph 공문 'all requested posts deleted'",
    why="a statement about all twelve items without naming any: bulk, items stay pending",
    items={},
)

kb_html = """<html><body>
<p>안녕하세요, Daum 클린센터입니다.</p>
<p>방송통신심의위원회 요청 <b>KCSC-240904-02</b> 관련, 신고하신 게시물 <b>5건 모두</b>
블라인드 처리하였습니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>"""
case(
    name="kakao-bulk-five-html",
    date="Fri, 06 Sep 2024 09:09:09 +0900",
    **{"from": "cleancenter@daum.net"}, name_from="Daum 클린센터",
    subject="[Daum] 요청 처리 완료 안내",
    type="html",
    body=kb_html,
    outcome="review", classification="confirmation", review="bulk",
    imitates="Daum 클린센터 HTML notice: 'all 5 blinded'",
    why="all five items of KCSC-240904-02 said blinded without naming them: bulk review, nothing applied",
    items={},
)

case(
    name="naver-auth-fail",
    auth="fail",
    date="Thu, 05 Sep 2024 22:47:03 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책팀",
    subject="Re: 불법정보 시정요구 (KCSC-240903-01)",
    body=f"""안녕하세요.

{N[1]}
{N[2]}
위 게시물은 삭제 처리되었습니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking reply whose DKIM/SPF/DMARC all fail",
    why="claims from a NAVER domain that fails authentication are not applied",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="cafe-manager-gmail",
    date="Wed, 04 Sep 2024 23:30:12 +0900",
    **{"from": "sunsetbet.manager@gmail.com"}, name_from="선셋 카페 매니저",
    subject="Re: 불법정보 시정요구 (KCSC-240903-01)",
    body=f"""안녕하세요 카페 매니저입니다
네이버에서 연락받고 저희 카페 글 두개 지웠습니다
{N[4]}
{N[5]}
앞으로 관리 잘 하겠습니다
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager writing from a personal webmail address",
    why="not a platform domain: a person checks it, nothing applied",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="dc-about-band-url",
    date="Mon, 09 Sep 2024 16:26:55 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="Re: 문의 주신 주소 관련",
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

전달해 주신 아래 주소는 밴드 게시물이라 저희 쪽에서는 찾을 수 없어
조치가 불가합니다.
{B[1]}

밴드 운영사 쪽으로 문의 부탁드립니다.
""",
    outcome="review", review="wrong_platform",
    imitates="DC Inside reply about a URL that belongs to another service",
    why="DC Inside speaks of a BAND item ('cannot find it'); another platform's statement never changes a BAND item",
    items={B[1]: "pending"},
)

case(
    name="kakao-asks-for-resolution",
    date="Thu, 05 Sep 2024 14:33:21 +0900",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    subject="Re: 불법정보 시정요구 (KCSC-240904-02)",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""안녕하세요, 카카오 정책팀입니다.

요청 주신 티스토리 게시글({K3RAW})과 관련하여,
조치 검토를 위해 해당 건의 심의 의결서 사본과 위반 법령 조항을 회신해
주실 수 있을까요? 자료를 받는 대로 검토하겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Kakao asking for the deliberation decision before acting",
    why="asks for documents about a named item; no status stated",
    items={K[3]: "pending"},
)

case(
    name="yt-conditional-korea-block",
    date="Tue, 10 Sep 2024 11:11:45 +0900",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률 지원팀",
    subject="[YouTube] KCSC-240905-03 진행 상황",
    body=f"""안녕하세요.

{Y[2]} 동영상과 관련하여 업로더에게 수정을 요청했습니다.
업로더가 7일 이내에 문제 구간을 수정하지 않으면 해당 동영상은 대한민국에서
시청이 제한될 예정입니다.

진행 상황이 바뀌면 다시 알려드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="YouTube progress note with a conditional future restriction",
    why="a condition and a future 'will be restricted': no statement, item pending",
    items={Y[2]: "pending"},
)

case(
    name="dc-informal-waiting-manager",
    subject_raw=True,
    date="Mon, 09 Sep 2024 09:45:30 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="Re: 개인정보 노출 정보 시정요구 (KCSC-240906-04)",
    reply_to_req=rid("KCSC-240906-04"),
    body=f"""네 확인했습니다.

마이너 갤러리 글 두 개({D[2]}, {D[3]})는
갤러리 매니저한테 먼저 정리해 달라고 요청해 둔 상태예요.
매니저가 오늘 안에 안 지우면 저희가 직접 지울게요.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="informal DC Inside reply deferring to the gallery manager",
    why="conditional promise to delete: nothing stated, the two named items stay pending",
    items={D[2]: "pending", D[3]: "pending"},
)

case(
    name="naver-policy-newsletter",
    date="Thu, 12 Sep 2024 10:00:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책팀",
    subject="[공지] 네이버 서비스 운영정책 개정 안내 (2024. 10. 1. 시행)",
    body="""안녕하세요, 네이버입니다.

항상 네이버 서비스를 이용해 주셔서 감사합니다.
2024년 10월 1일부터 네이버 서비스 운영정책 일부가 다음과 같이 변경됩니다.

 1. 불법 도박 홍보 게시물에 대한 이용 제한 기준 명확화
 2. 게시중단(임시조치) 재게시 요청 절차 안내 보완
 3. 신고 처리 결과 알림 방식 개선

자세한 내용은 https://policy.naver.com/policy/service_notice.html 에서
확인하실 수 있습니다.

네이버 주식회사
""",
    outcome="review", classification="other", review="no_claims",
    imitates="NAVER policy-change announcement sent to partner addresses",
    why="trusted NAVER mail naming no requested item and no request",
    items={},
)

# ================================================================ ignored
case(
    name="naver-ooo-korean",
    date="Tue, 03 Sep 2024 10:20:31 +0900",
    **{"from": "choi.minjae@navercorp.com"}, name_from="최민재",
    subject="[자동회신] 부재중입니다: 불법정보 시정요구 (KCSC-240903-01)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 최민재입니다.

9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 정책팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동회신)",
    why="out-of-office auto-reply, no statement",
    items={},
)

case(
    name="naver-ooo-english-quoting-request",
    date="Tue, 10 Sep 2024 10:00:44 +0900",
    **{"from": "d.han@navercorp.com"}, name_from="Daniel Han",
    subject="Automatic reply: 명예훼손 정보 시정요구 (KCSC-240910-06)",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: d.han@navercorp.com"],
    body=f"""I am out of the office until September 16 with limited access to email.
For urgent takedown matters please contact policy@navercorp.com.

Original message:
> 방송통신심의위원회는 아래 정보에 대하여 시정요구(삭제)를 의결하였으므로
> 조치 후 결과를 회신하여 주시기 바랍니다.
> 1. {S1}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' quoting the request",
    why="auto-reply; the URL is only in the quoted request",
    items={},
)

case(
    name="kakao-ticket-receipt",
    date="Wed, 04 Sep 2024 14:06:02 +0900",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (#2409-771203)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 · 접수번호: #2409-771203
 · 문의 유형: 권리침해/불법정보 신고
 · 접수 일시: 2024-09-04 14:06

담당자가 내용을 확인한 후 순차적으로 답변드리겠습니다.
답변은 등록하신 이메일로 발송됩니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt",
    why="pure receipt: ticket number, no statement about any item",
    items={},
)

case(
    name="yt-legal-auto-ack",
    date="Thu, 05 Sep 2024 09:41:12 +0900",
    **{"from": "legal-kr-noreply@google.com"}, name_from="Google 법률 지원팀",
    subject="[7-3318000040521] KCSC-240905-03 접수 확인",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요.

Google에 연락해 주셔서 감사합니다. 귀하의 요청이 접수되었으며
참조 번호는 7-3318000040521입니다.

요청을 검토한 후 결과를 이메일로 알려드리겠습니다. 동일한 요청을
다시 제출하실 필요는 없습니다.

Google 법률 지원팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request auto-acknowledgement with a reference number",
    why="receipt only; 'we will review' is the acknowledgement's promise, no item named",
    items={},
)

dsn_orig = f"""From: KCSC 통신심의국 <takedown@kcsc.example>
To: report-kr@dcinside.com
Subject: 개인정보 노출 정보 시정요구 (KCSC-240906-04)
Message-ID: <{rid("KCSC-240906-04")}@kcsc.example>
Date: Fri, 06 Sep 2024 11:15:00 +0900
Content-Type: text/plain; charset=utf-8

{our_request("KCSC-240906-04", [D[1], D[2], D[3]], "2024. 9. 6.")}
"""
case(
    name="dc-dsn-bounce",
    date="Fri, 06 Sep 2024 11:15:09 +0900",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7711"

--dsn-7711
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-kr@dcinside.com>: host mx1.dcinside.com said: 550 5.1.1 User unknown

--dsn-7711
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Fri, 06 Sep 2024 11:15:03 +0900

Final-Recipient: rfc822; report-kr@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-7711
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

{dsn_orig}
--dsn-7711--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning the request",
    why="bounce: the URLs are only in the returned request",
    items={},
)

case(
    name="band-mdn-read",
    date="Mon, 09 Sep 2024 16:02:27 +0900",
    **{"from": "policy@band.us"}, name_from="BAND 운영정책팀",
    subject="읽음: 불법정보 시정요구 (KCSC-240909-05)",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0909"

--mdn-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "불법정보 시정요구 (KCSC-240909-05)"을(를) 수신자가
2024-09-09 오후 4:02에 읽었습니다.

--mdn-0909
Content-Type: message/disposition-notification

Reporting-UA: mail.band.us; Webmail
Final-Recipient: rfc822;policy@band.us
Original-Message-ID: <{rid("KCSC-240909-05")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, MDN)",
    why="read receipt only",
    items={},
)

case(
    name="kakao-bounce-korean",
    date="Wed, 11 Sep 2024 16:45:40 +0900",
    **{"from": "postmaster@kakao.com"}, name_from="postmaster",
    subject="메일 전송 실패 안내: 음란정보 시정요구 (KCSC-240911-07)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="kbn-1107"

--kbn-1107
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일이 전송되지 않았습니다.

받는 사람 주소(abuse-desk@kakao.com)가 존재하지 않아 메일을 전달할 수
없습니다. 주소를 확인하신 후 다시 보내 주세요.

원본 메일 제목: 음란정보 시정요구 (KCSC-240911-07)
원본 메일 본문 일부:
  1. {S2}

--kbn-1107
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kakao.com

Final-Recipient: rfc822; abuse-desk@kakao.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 recipient address rejected

--kbn-1107--
""",
    outcome="ignored", classification="bounce",
    imitates="Korean-language delivery failure notice (메일 전송 실패) with a DSN part",
    why="bounce; the URL is part of the echoed original",
    items={},
)


HEADER = """# Blind set 125 (Korean platforms): NAVER, Kakao/Daum, YouTube Korea,
# DC Inside, BAND. Written by tests/corpus/blind125/make.py from each email's
# meaning, before the reader was run. See NOTES.md."""

def encode_headers(cases):
    """Korean display names and subjects as RFC 2047 encoded-words, as real
    mailers send them; a few subjects stay raw UTF-8 (RFC 6532), as some
    Korean webmail sends them."""
    for c in cases:
        name = c["name_from"]
        if not name.isascii():
            c["name_from"] = Header(name, "utf-8").encode(linesep="\n")
        if not c["subject"].isascii() and not c.get("subject_raw"):
            c["subject"] = Header(c["subject"], "utf-8").encode(linesep="\n")


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind125", HEADER, CASES)
    print(len(CASES), "cases")
