#!/usr/bin/env python3
"""Blind set 413 (Korean platforms: NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside, BAND). Writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind413/make.py

Deterministic: fixed boundaries, no clocks, no randomness. The expected
results were written from each email's meaning before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "kakao.com": "Kakao",
    "dcinside.com": "DC Inside",
    "band.us": "BAND",
})

# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/moonlit_pier22/223551000101",
    "https://blog.naver.com/moonlit_pier22/223551000188",
    "https://blog.naver.com/tidewatch_kr/223549877302",
    "https://cafe.naver.com/greyharborclub/48213",
    "https://cafe.naver.com/greyharborclub/48220",
    "https://cafe.naver.com/greyharborclub/48231",
    "https://cafe.naver.com/lanternfield/9902",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=470011223",
    "https://blog.naver.com/pinecone_lab/223547720019",
    "https://cafe.naver.com/lanternfield/9917",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38801234&memberNo=51230987",
    "https://tv.naver.com/v/58120334",
]
K = [
    "https://cafe.daum.net/sunnyshelf77/Kp3e/1184",
    "https://cafe.daum.net/sunnyshelf77/Kp3e/1190",
    "https://harborlight.tistory.com/entry/%EA%B3%B5%EB%8F%99%EA%B5%AC%EB%A7%A4-%EC%95%88%EB%82%B4",
    "https://quietmaple.tistory.com/412",
    "https://cafe.daum.net/oldtownmarket/Ab9x/77",
]
K3_RAW = "https://harborlight.tistory.com/entry/공동구매-안내"
Y = [
    "https://www.youtube.com/watch?v=Qm7rT2xLp0a",
    "https://www.youtube.com/watch?v=Zk3vB9nWc4e",
    "https://www.youtube.com/shorts/Hx2pL8dRt6y",
    "https://www.youtube.com/@%EB%B0%A4%EB%B0%94%EB%8B%A4%EB%B0%A9%EC%86%A1",
]
Y4_RAW = "https://www.youtube.com/@밤바다방송"
D = [
    "https://gall.dcinside.com/board/view/?id=harbor_talk&no=20931",
    "https://gall.dcinside.com/mgallery/board/view/?id=quietlake&no=5521",
    "https://gall.dcinside.com/mini/board/view/?id=pinecove&no=880",
]
B = [
    "https://band.us/band/80012345/post/311",
    "https://band.us/band/80012345/post/318",
]
N6 = ["https://blog.naver.com/silverkettle_09/223560004477"]
K6 = ["https://cafe.daum.net/rivergate/Qw2s/305"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09", N, "gambling_ads", "largest request"),
    ("KCSC-240903-02", "kakao", "2024-09-03T10:30:00+09:00", "2024-09-10", K, "defamation", ""),
    ("KCSC-240905-03", "youtube", "2024-09-05T10:00:00+09:00", "2024-09-12", Y, "fraud", ""),
    ("KCSC-240906-04", "dcinside", "2024-09-06T14:00:00+09:00", "2024-09-13", D, "privacy", ""),
    ("KCSC-240909-05", "band", "2024-09-09T11:00:00+09:00", "2024-09-16", B, "gambling_ads", ""),
    ("KCSC-240910-06", "naver", "2024-09-10T09:30:00+09:00", "2024-09-17", N6, "drugs", "single item"),
    ("KCSC-240911-07", "kakao", "2024-09-11T16:00:00+09:00", "2024-09-19", K6, "obscene", "single item"),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "안녕하십니까, 방송통신심의위원회입니다.",
        "",
        f"아래 정보에 대하여 시정요구({ref})를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def items(urls, status):
    return {u: status for u in urls}


# ---------------------------------------------------------------- cases
cases = []


def case(**c):
    cases.append(c)


# ======================= APPLIED ==========================================

case(
    name="naver-gongmun-text-table",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Wed, 04 Sep 2024 17:20:05 +0900",
    subject="RE: [KCSC-240902-01] 시정요구에 대한 조치결과 회신",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
수    신: 방송통신심의위원회 통신심의국장
발    신: 네이버 주식회사 정책지원실
제    목: 시정요구(KCSC-240902-01)에 대한 조치결과 회신

1. 귀 위원회의 발전을 기원합니다.
2. 2024. 9. 2.자 시정요구와 관련하여 당사의 조치결과를 아래와 같이 회신합니다.

                               - 아    래 -

 연번 | URL                                                 | 조치결과                 | 조치일
 -----+-----------------------------------------------------+--------------------------+-----------
  1   | {N[0]} | 삭제                     | 2024.09.04
  2   | {N[1]} | 삭제                     | 2024.09.04
  3   | {N[2]}    | 임시조치(30일)           | 2024.09.04
  4   | {N[3]}         | 게시물 없음(작성자 삭제) | -
  5   | {N[4]}         | 블라인드                 | 2024.09.04
  6   | {N[5]}         | 미조치(위반사항 없음)    | -

3. 나머지 6건은 현재 확인 중이며, 조치가 완료되는 대로 별도로 회신드리겠습니다.  끝.

네이버 주식회사 정책지원실장
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 reply (수신/발신/제목, 아래 table) to a KCSC 시정요구",
    why="six rows of a plain-text 조치결과 table, each with its own status; the other six are only 'being checked'",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found",
           N[4]: "removed", N[5]: "rejected"},
)

_naver_rows = [
    (N[0], "게시중단(삭제)"), (N[1], "게시중단(삭제)"), (N[2], "임시조치"),
    (N[3], "해당 게시물 없음"), (N[4], "블라인드 처리"), (N[5], "위반 아님 – 게시 유지"),
    (N[6], "삭제"), (N[7], "삭제"), (N[8], "위반 아님 – 게시 유지"),
    (N[9], "삭제"), (N[10], "청소년 이용 제한(성인 인증 후 열람)"), (N[11], "존재하지 않는 영상"),
]
_naver_tr = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td><td>{s}</td></tr>'
    for i, (u, s) in enumerate(_naver_rows, 1)
)
case(
    name="naver-html-table-all-twelve",
    **{"from": "noreply-policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Fri, 06 Sep 2024 11:02:40 +0900",
    subject="[NAVER] 시정요구 조치결과 안내 (KCSC-240902-01)",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원 담당자입니다.</p>
<p>방송통신심의위원회에서 요청하신 시정요구 <b>KCSC-240902-01</b> 건의 최종 조치결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>대상 URL</th><th>조치결과</th></tr>
{_naver_tr}
</table>
<p>게시물 조치 기준은 <a href="https://policy.naver.com/policy/service_group.html">네이버 게시물 운영정책</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>네이버 정책지원 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치결과 안내 with an HTML table of all requested URLs",
    why="every row names one item and one status; the policy link is no item",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found",
           N[4]: "removed", N[5]: "rejected", N[6]: "removed", N[7]: "removed",
           N[8]: "rejected", N[9]: "removed", N[10]: "restricted", N[11]: "not_found"},
)

_csv = "\ufeff번호,URL,처리결과,비고\n" + "\n".join([
    f"7,{N[6]},삭제,카페 운영원칙 위반",
    f"8,\"{N[7]}\",삭제,답변 포함 삭제",
    f"9,{N[8]},게시 유지,운영정책 위반 사항 확인되지 않음",
    f"10,{N[9]},비공개 처리,",
    f"11,\"{N[10]}\",임시조치(30일),",
    f"12,{N[11]},게시물 없음,업로더가 삭제",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Thu, 05 Sep 2024 15:45:12 +0900",
    subject="RE: [KCSC-240902-01] 조치결과 첨부 송부",
    reply_to_req=msgid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_413_csv"

--=_nv_413_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원실입니다.

KCSC-240902-01 건 중 7번~12번 항목의 처리 결과를 첨부 파일(CSV)로 송부드립니다.
1번~6번은 어제 회신드린 공문을 참고해 주십시오.

감사합니다.

--=_nv_413_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result_7-12.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result_7-12.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--=_nv_413_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply sending the 조치결과 as a CSV attachment",
    why="CSV rows 7-12, one status each (삭제, 게시 유지, 비공개 처리, 임시조치, 게시물 없음)",
    items={N[6]: "removed", N[7]: "removed", N[8]: "rejected", N[9]: "removed",
           N[10]: "restricted", N[11]: "not_found"},
)

case(
    name="naver-single-blog-private",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그팀",
    date="Wed, 11 Sep 2024 10:14:55 +0900",
    subject="[네이버 블로그] 요청하신 게시물 처리 결과 안내",
    body=f"""
안녕하세요. 네이버 블로그팀입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240910-06)을 확인하였습니다.
해당 게시물({N6[0]})은 블로그 운영정책 중 불법 정보 게시 금지 조항 위반으로
2024년 9월 11일 비공개 처리되었으며, 작성자에게 관련 안내가 발송되었습니다.

네이버 블로그팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team notice that a post was made private (비공개 처리) for a policy breach",
    why="one-item request, the URL in parentheses, 비공개 처리 = removed",
    items={N6[0]: "removed"},
)

case(
    name="naver-sole-no-url-reply",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Wed, 11 Sep 2024 16:30:00 +0900",
    subject="RE: [KCSC-240910-06] 게시물 게시중단 요청",
    reply_to_req=msgid("KCSC-240910-06"),
    body="""
안녕하세요.

요청하신 블로그 게시물은 2024. 9. 11. 15시경 게시중단 조치를 완료하였습니다.
추가로 필요하신 사항이 있으시면 회신 부탁드립니다.

네이버 정책지원실 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER operator reply in a thread, no URL, about a one-item request",
    why="a reply in the thread of a one-item request saying 게시중단 완료, naming no URL: applies to its only item",
    items={N6[0]: "removed"},
)

case(
    name="naver-numbered-status-below",
    **{"from": "cafe_operation@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Thu, 05 Sep 2024 09:40:31 +0900",
    subject="[네이버 카페] KCSC-240902-01 일부 항목 처리 결과",
    body=f"""
안녕하세요, 네이버 카페·지식iN 운영팀입니다.
요청 주신 항목 중 저희 팀 담당 건의 처리 결과를 아래와 같이 알려드립니다.

1. {N[6]}
   → 게시글 삭제 완료 (9/4)

2. {N[7]}
   → 질문글 삭제 완료 (9/4)

3. {N[8]}
   → 확인 결과 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER operator reply, numbered list with the status on the line under each URL",
    why="status on the line below each numbered URL",
    items={N[6]: "removed", N[7]: "removed", N[8]: "not_found"},
)

_req01_quote = "\n".join([
    "-----Original Message-----",
    "From: \"KCSC Takedown\"<takedown@kcsc.example>",
    "To: <policy@navercorp.com>",
    "Sent: 2024-09-02 (월) 10:00:00 (GMT+09:00)",
    "Subject: [KCSC-240902-01] 시정요구",
    "",
    quoted_request("KCSC-240902-01", N, prefix=""),
])
case(
    name="naver-qp-top-posted-outlook",
    **{"from": "cafe_operation@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Mon, 09 Sep 2024 14:05:19 +0900",
    subject="RE: [KCSC-240902-01] 시정요구",
    reply_to_req=msgid("KCSC-240902-01"),
    raw_mime="""
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요, 네이버 카페 운영팀 김서연입니다.

요청하신 목록 중 2건의 처리 결과를 먼저 공유드립니다.

- {N[9]} : 삭제
- {N[10]} : 청소년 유해 표시 후 성인 인증 시에만 열람 가능하도록 제한

나머지 항목은 담당 부서 확인이 끝나는 대로 말씀드리겠습니다.

김서연 드림
네이버 카페 운영팀


{_req01_quote}
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER staff reply top-posted over an Outlook '-----Original Message-----' block, quoted-printable",
    why="only the two URLs above the quoted request get statuses; the twelve quoted URLs are our own text",
    items={N[9]: "removed", N[10]: "restricted"},
)

case(
    name="naver-author-deleted-and-imsijochi",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Tue, 03 Sep 2024 18:11:47 +0900",
    subject="RE: [KCSC-240902-01] 시정요구",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

문의하신 건 중 {N[11]} 영상은 확인 결과 업로더가 이미 삭제하여
현재 존재하지 않습니다.

또한 {N[2]} 게시물에 대해서는 정보통신망법 제44조의2에 따라
2024. 9. 3.부터 30일간 임시조치(접근 차단)하였습니다.

나머지 건은 검토 후 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply: video already deleted by its uploader; 30-day 임시조치 under 정보통신망법 44조의2",
    why="author-deleted = not_found; 임시조치(접근 차단) = restricted; the rest is a promise about unnamed items",
    items={N[11]: "not_found", N[2]: "restricted"},
)

case(
    name="naver-korean-particles-fullwidth",
    **{"from": "cafe_operation@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Wed, 04 Sep 2024 20:36:02 +0900",
    subject="[KCSC-240902-01] 카페/블로그 게시글 처리 안내",
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

{N[4]}는 운영정책 위반으로 블라인드 처리했고,
{N[6]} 게시글은 카페 매니저 확인 후 삭제되었습니다.
블로그 게시물（{N[1]}）도 같은 날 삭제 처리되었습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER operator note with URLs followed by Korean particles and full-width brackets",
    why="'48220는' is the URL plus the particle 는; the blog URL sits in full-width parentheses",
    items={N[4]: "removed", N[6]: "removed", N[1]: "removed"},
)

case(
    name="naver-rejected-with-reason",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Fri, 06 Sep 2024 13:25:09 +0900",
    subject="RE: [KCSC-240902-01] 시정요구 관련 검토 결과",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
안녕하십니까, 네이버 정책지원실입니다.

1. 지식iN 질문글({N[7]})은 운영정책 위반이 확인되어 삭제하였습니다.

2. 블로그 게시물 {N[8]} 은 내부 검토 결과
   특정 업체의 후기를 담은 일반 게시물로서 관련 법령이나 당사 운영정책에 위반되는
   내용이 확인되지 않아 게시를 유지하기로 결정하였습니다.

위 판단에 이견이 있으시면 https://help.naver.com/service/5614/contents/10950 을 통해
추가 자료를 제출해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply: one item deleted, one kept with its reason (위반 확인되지 않아 게시 유지)",
    why="a refusal with its reason is rejected; the help-centre link is no item",
    items={N[7]: "removed", N[8]: "rejected"},
)

case(
    name="naver-echoed-report-blocks",
    **{"from": "report-noreply@navercorp.com"},
    name_from="네이버 신고센터",
    date="Tue, 03 Sep 2024 16:40:00 +0900",
    subject="[네이버 신고센터] 신고 처리 결과 안내",
    body=f"""
네이버 신고센터입니다. 접수하신 신고의 처리 결과를 알려드립니다.

────────────────────────────
신고 번호 : 20240903-118822
신고 대상 : {N[0]}
신고 사유 : 불법정보(방송통신심의위원회 시정요구 KCSC-240902-01)
처리 결과 : 게시중단
처리 일시 : 2024.09.03 16:10
────────────────────────────
신고 번호 : 20240903-118823
신고 대상 : {N[1]}
신고 사유 : 불법정보(방송통신심의위원회 시정요구 KCSC-240902-01)
처리 결과 : 임시조치(30일)
처리 일시 : 2024.09.03 16:12
────────────────────────────

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 처리 결과 notice echoing each report (신고 대상 / 처리 결과 blocks)",
    why="each block pairs one URL with its 처리 결과",
    items={N[0]: "removed", N[1]: "restricted"},
)

case(
    name="naver-wrapped-kin-url",
    **{"from": "kin_help@naver.com"},
    name_from="네이버 지식iN",
    date="Thu, 05 Sep 2024 11:18:30 +0900",
    subject="[지식iN] 요청하신 질문글 처리 안내 (KCSC-240902-01)",
    body="""
안녕하세요. 네이버 지식iN 운영 담당자입니다.

요청하신 아래 질문글은 지식iN 운영정책(불법 정보) 위반으로 삭제 처리되었습니다.

<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&
docId=470011223>

관련 답변과 댓글도 함께 삭제되었습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN notice with a long URL wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="the URL inside <...> is broken at '&'; the clerk reads it whole and it is deleted",
    items={N[7]: "removed"},
)

case(
    name="kakao-imsijochi-notice",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Wed, 04 Sep 2024 10:05:44 +0900",
    subject="[Daum 카페] 게시물 임시조치 안내 (KCSC-240903-02)",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2 제4항에
따라 30일간 임시조치(게시물 접근 차단)를 진행하였음을 알려드립니다.

■ 임시조치 게시물
 - {K[0]}
 - {K[1]}

■ 임시조치 기간 : 2024.09.04 ~ 2024.10.03

임시조치 기간 중 게시자가 재게시를 요청하면 관련 절차에 따라 처리되며, 결과는 별도로
안내드립니다. 자세한 내용은 https://cs.daum.net/faq/95/7580.html 을 참고해 주세요.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 30일 임시조치 notice from the 권리침해신고센터",
    why="both listed posts are under 임시조치 (access blocked for 30 days) = restricted; the FAQ link is no item",
    items={K[0]: "restricted", K[1]: "restricted"},
)

case(
    name="kakao-tistory-raw-korean-path",
    **{"from": "tistory-help@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Thu, 05 Sep 2024 14:50:26 +0900",
    subject="RE: [KCSC-240903-02] 티스토리 게시글 관련",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

{K3_RAW} 글은 운영정책 위반으로 삭제 조치하였습니다.
{K[3]} 는 존재하지 않는 글입니다(블로그 운영자가 9월 2일 직접 삭제).

다음 카페 게시글은 카페 운영 부서에서 따로 회신드릴 예정입니다.

티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operator reply writing a Korean entry path unencoded",
    why="the raw Korean path matches the percent-encoded item; the second post no longer exists",
    items={K[2]: "removed", K[3]: "not_found"},
)

_kakao_html = f"""<html><body>
<p>안녕하세요. 카카오 서비스 운영정책 담당입니다.</p>
<p>시정요구(KCSC-240903-02) 대상 게시물의 조치 현황을 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>대상</th><th>조치 내용</th></tr>
<tr><td>{K[0]}</td><td>삭제</td></tr>
<tr><td>{K[1]}</td><td>삭제</td></tr>
<tr><td>{K[2]}</td><td>임시조치(30일)</td></tr>
<tr><td>{K[3]}</td><td>게시물 없음</td></tr>
<tr><td>{K[4]}</td><td>조치 불가 – 운영정책상 삭제 사유가 확인되지 않음</td></tr>
</table>
<p>카카오 드림</p>
</body></html>
"""
case(
    name="kakao-base64-html-table",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 운영정책",
    date="Mon, 09 Sep 2024 17:12:03 +0900",
    subject="[카카오] 시정요구 조치 현황 회신",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="kakao-413-alt"

--kakao-413-alt
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(_kakao_html)}
--kakao-413-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 조치 현황 reply, base64 HTML table",
    why="five rows, five statuses; '조치 불가 – 삭제 사유가 확인되지 않음' is a reasoned refusal",
    items={K[0]: "removed", K[1]: "removed", K[2]: "restricted", K[3]: "not_found", K[4]: "rejected"},
)

case(
    name="kakao-single-angle-brackets",
    **{"from": "cafe_help@kakaocorp.com"},
    name_from="Daum 카페 운영팀",
    date="Thu, 12 Sep 2024 11:33:10 +0900",
    subject="[Daum 카페] 요청 게시글 처리 결과 (KCSC-240911-07)",
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

요청하신 게시글 <{K6[0]}>은 카페 운영원칙 위반으로
삭제하였으며, 작성자에게는 카페 활동 정지 조치가 함께 적용되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 operations notice, URL in angle brackets followed by a particle",
    why="the URL in <...>은 is deleted",
    items={K6[0]: "removed"},
)

case(
    name="kakao-informal-two-taken-down",
    **{"from": "jihoon.park@kakaocorp.com"},
    name_from="박지훈",
    date="Fri, 06 Sep 2024 19:02:51 +0900",
    subject="Re: [KCSC-240903-02] 시정요구",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
안녕하세요 카카오 박지훈입니다.

말씀하신 것 중 카페 글 두 개는 확인해서 둘 다 내렸습니다.
{K[4]}
{K[1]}

나머지 세 건은 팀 내 검토 중이라 다음 주 초에 다시 연락드릴게요~

박지훈 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal Kakao staff reply: statement first, the two URLs on the lines below",
    why="'둘 다 내렸습니다' (took both down) names the two URLs listed right under it; the other three are unnamed",
    items={K[4]: "removed", K[1]: "removed"},
)

case(
    name="yt-korea-geo-block-and-removal",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date="Mon, 09 Sep 2024 08:47:16 +0900",
    subject="YouTube 법률 요청 결과 안내 [KCSC-240905-03]",
    body=f"""
안녕하세요.

YouTube에 신고해 주신 콘텐츠를 검토했습니다. 현지 법률에 따라 아래 동영상을
대한민국에서 볼 수 없도록 차단했습니다.

{Y[0]}
{Y[1]}

또한 다음 Shorts 동영상은 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
{Y[2]}

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean: blocked in Korea under local law, plus a guideline removal",
    why="blocked in Korea = restricted; removed for Community Guidelines = removed",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-channel-terminated-raw-handle",
    **{"from": "youtube-legal@youtube.com"},
    name_from="YouTube",
    date="Tue, 10 Sep 2024 02:15:38 +0900",
    subject="신고하신 채널에 대한 조치 결과",
    body=f"""
안녕하세요.

신고하신 채널 {Y4_RAW} 은 스팸, 현혹 행위 및 사기에 관한 정책을
반복적으로 위반하여 YouTube에서 해지되었습니다.

관련 정책: https://support.google.com/youtube/answer/2801973
참조 번호: KCSC-240905-03

- YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel-termination notice written with a raw Korean @handle",
    why="terminated channel = removed; the raw Korean handle matches the percent-encoded item; support link is no item",
    items={Y[3]: "removed"},
)

case(
    name="yt-age-restricted-and-no-action",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date="Wed, 11 Sep 2024 10:20:00 +0900",
    subject="RE: [KCSC-240905-03] 동영상 검토 결과",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""
안녕하세요, YouTube 법무팀입니다.

요청하신 동영상에 대한 검토 결과를 알려드립니다.

* {Y[1]}
  연령 제한 적용: 로그인한 만 18세 이상 사용자만 시청할 수 있습니다.

* {Y[0]}
  검토 결과 커뮤니티 가이드나 현지 법률 위반이 확인되지 않아 별도 조치를
  취하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube review outcome: age restriction applied to one video, no action on another",
    why="age-restricted = restricted; 'no violation found, no action' is a reasoned refusal = rejected",
    items={Y[1]: "restricted", Y[0]: "rejected"},
)

case(
    name="yt-gmail-quoted-english",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 03:41:09 +0900",
    subject="Re: [KCSC-240905-03] 시정요구",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for your patience. Following our review:

- We've blocked {Y[2]} from view in South Korea based on local law.
- The video {Y[0]} was removed for violating our harassment and cyberbullying policy.

Regards,
The YouTube Legal Support Team

On Thu, Sep 5, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240905-03", Y)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support reply in English, top-posted over a Gmail 'On … wrote:' quote",
    why="two items above the quote; the four quoted URLs are our own request",
    items={Y[2]: "restricted", Y[0]: "removed"},
)

case(
    name="yt-heading-then-url-below",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date="Tue, 10 Sep 2024 15:05:44 +0900",
    subject="[KCSC-240905-03] 조치 결과 / Outcome",
    body=f"""
안녕하세요.

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
The following content was removed for violating our Community Guidelines:

{Y[1]}

다음 콘텐츠는 YouTube에서 찾을 수 없습니다. 이미 삭제되었거나 잘못된 URL입니다.
We could not locate the following content; it may have already been removed or the URL is invalid:

{Y[2]}

YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual YouTube outcome, each statement with its URL on a line below",
    why="first URL removed; second cannot be located = not_found ('may have already been removed' explains, the 'cannot locate' is firm)",
    items={Y[1]: "removed", Y[2]: "not_found"},
)

case(
    name="dc-operator-numbered",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 13:10:27 +0900",
    subject="RE: [KCSC-240906-04] 게시물 삭제 요청의 건",
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""
안녕하세요. 디시인사이드입니다.
요청하신 게시물 확인 결과 알려드립니다.

1) {D[0]}
 - 삭제 완료

2) {D[1]}
 - 삭제 완료 (작성자 IP 차단 조치)

3) {D[2]}
 - 작성자가 이미 삭제한 게시물입니다.

감사합니다.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator reply, numbered gallery URLs with the result under each",
    why="two deleted, one already deleted by its author = not_found",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

case(
    name="dc-html-amp-links",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드",
    date="Tue, 10 Sep 2024 10:44:02 +0900",
    subject="[디시인사이드] 게시물 처리 결과 안내 (KCSC-240906-04)",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>요청하신 게시물에 대한 처리 결과입니다.</p>
<ul>
<li><a href="{D[0].replace('&', '&amp;')}">{D[0].replace('&', '&amp;')}</a> &ndash; 삭제 처리되었습니다.</li>
<li><a href="{D[2].replace('&', '&amp;')}">{D[2].replace('&', '&amp;')}</a> &ndash; 갤러리 삭제 기준에 해당하지 않아 게시물을 유지합니다.</li>
</ul>
<p>추가 문의는 본 메일에 회신해 주시기 바랍니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside HTML notice, hrefs with &amp;-escaped query strings",
    why="&amp; decodes to &; one deleted, one kept because it breaks no rule",
    items={D[0]: "removed", D[2]: "rejected"},
)

case(
    name="band-ack-plus-results",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date="Tue, 10 Sep 2024 16:22:18 +0900",
    subject="[BAND] 신고 접수 및 처리 결과 안내 (KCSC-240909-05)",
    body=f"""
안녕하세요. BAND 고객센터입니다.

보내주신 요청이 정상적으로 접수되었으며, 검토를 마쳐 결과를 안내드립니다.

- {B[0]} : 게시글 삭제 및 작성자 이용 제한
- {B[1]} : 이미 삭제되어 존재하지 않는 게시글

앞으로도 건강한 BAND 환경을 위해 노력하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre notice: receipt phrase followed by per-post results",
    why="an acknowledgement phrase plus unhedged statements about each post is a confirmation",
    items={B[0]: "removed", B[1]: "not_found"},
)

# ======================= REVIEW ===========================================

case(
    name="naver-promise-will-be-removed",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Tue, 03 Sep 2024 11:55:00 +0900",
    subject="RE: [KCSC-240902-01] 시정요구",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

요청하신 게시물 중 아래 2건은 내부 검토를 거쳐 게시중단될 예정입니다.
 - {N[5]}
 - {N[8]}

검토에는 영업일 기준 3~5일이 소요되며, 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="NAVER interim reply promising 게시중단 after internal review",
    why="'게시중단될 예정' is a promise, not a statement: both named items stay pending",
    items={N[5]: "pending", N[8]: "pending"},
)

case(
    name="kakao-hedge-appears-deleted",
    **{"from": "tistory-help@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Wed, 04 Sep 2024 09:12:40 +0900",
    subject="RE: [KCSC-240903-02] 티스토리 게시글 관련",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

문의하신 {K[3]} 글은 블로그 운영자가 이미 삭제한 것으로 보입니다.
내부 기록을 확인하는 대로 정확한 결과를 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Tistory interim reply with a hedge ('삭제한 것으로 보입니다')",
    why="'appears to have been deleted' is a hedge and the firm answer is promised later",
    items={K[3]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Mon, 09 Sep 2024 18:00:12 +0900",
    subject="RE: [KCSC-240902-01] 시정요구에 대한 조치결과 회신",
    reply_to_req=msgid("KCSC-240902-01"),
    body="""
수신: 방송통신심의위원회
제목: 시정요구(KCSC-240902-01) 조치결과 회신

1. 귀 위원회에서 요청하신 시정요구 관련입니다.
2. 요청하신 12건 전체에 대하여 2024. 9. 9.자로 게시중단 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line Korean 공문 reply stating all items of a request were actioned",
    why="a statement about all twelve items without naming each: bulk, items stay pending",
    items=items(N, "pending"),
)

case(
    name="band-bulk-both-posts",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 10:03:33 +0900",
    subject="RE: [KCSC-240909-05] 밴드 게시글 삭제 요청",
    reply_to_req=msgid("KCSC-240909-05"),
    body="""
안녕하세요. BAND 고객센터입니다.

신고해 주신 밴드 게시글 2건 모두 운영정책 위반으로 삭제 조치하였습니다.
해당 밴드 리더에게도 경고 안내가 발송되었습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="BAND customer-centre reply: 'both reported posts deleted', no URLs",
    why="'2건 모두' covers a two-item request without naming either: bulk",
    items=items(B, "pending"),
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from="네이버 정책지원실",
    date="Thu, 05 Sep 2024 22:48:19 +0900",
    subject="[KCSC-240902-01] 조치 완료 안내",
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

아래 게시물은 삭제 처리되었습니다.
- {N[3]}
- {N[4]}

감사합니다.
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="NAVER-styled notice whose DKIM/SPF/DMARC fail",
    why="the sender's domain is NAVER's but authentication fails: nothing applies",
    items={N[3]: "pending", N[4]: "pending"},
)

case(
    name="daum-cafe-manager-hanmail",
    **{"from": "sunnyshelf77@hanmail.net"},
    name_from="써니책방 카페지기",
    date="Thu, 05 Sep 2024 23:10:05 +0900",
    subject="Re: [KCSC-240903-02] 시정요구",
    body=f"""
안녕하세요 써니책방 카페 매니저입니다.
카카오에서 연락받고 메일 드립니다.

말씀하신 글 두 개 제가 방금 삭제했어요.
{K[0]}
{K[1]}

앞으로 게시판 관리 더 신경 쓰겠습니다. 죄송합니다.
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="Daum cafe manager (a user, not Kakao) answering from a personal hanmail.net address",
    why="hanmail.net is no platform's sender domain: the claims go to a person",
    items={K[0]: "pending", K[1]: "pending"},
)

case(
    name="naver-corp-about-band-posts",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Thu, 12 Sep 2024 14:30:41 +0900",
    subject="[KCSC-240909-05] 밴드 게시글 조치 결과",
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

BAND 서비스 관련 요청 건을 전달받아 회신드립니다.

- {B[0]} : 삭제
- {B[1]} : 삭제

BAND 관련 이후 문의는 BAND 고객센터로 부탁드립니다.
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="NAVER corporate policy team answering for BAND posts",
    why="the request went to the BAND platform (band.us); a navercorp.com email stating BAND statuses is another platform's word",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="yt-asks-for-legal-basis",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date="Fri, 06 Sep 2024 16:14:27 +0900",
    subject="RE: [KCSC-240905-03] 추가 정보 요청",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""
안녕하세요, YouTube 법무팀입니다.

{Y[0]} 동영상과 관련하여, 요청을 검토하기 위해 추가 정보가 필요합니다.
해당 콘텐츠가 위반하는 것으로 판단하신 구체적인 법 조항과, 가능하다면 관련 심의 의결서
사본을 회신해 주시기 바랍니다.

정보를 받는 대로 검토를 계속하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal team asking for the legal basis and the decision document",
    why="a request for more information; no status",
    items={Y[0]: "pending"},
)

case(
    name="dc-before-request-sent",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 15:20:00 +0900",
    subject="[디시인사이드] 신고하신 게시물 처리 안내",
    body=f"""
안녕하세요. 디시인사이드입니다.

웹 신고 양식으로 접수하신 게시물
{D[0]}
은 개인정보 노출로 확인되어 삭제되었습니다.

감사합니다.
""",
    outcome="review", review="predates_request",
    imitates="DC Inside web-form report outcome, dated the day before our request was sent",
    why="dated 5 Sep, before KCSC-240906-04 was sent on 6 Sep: it answers an earlier web report, a clerk checks it",
    items={D[0]: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="[안내] 시정요구 회신 담당 부서 변경",
    body="""
안녕하세요. 네이버 정책지원실입니다.

2024년 9월 23일부터 시정요구 접수 및 조치결과 회신 업무가 '정책지원실'에서
'Trust & Safety 센터'로 이관됩니다. 회신 메일 주소는 기존과 같으며, 긴급 건은
담당자 직통 번호(02-0000-0000)로 연락 주시기 바랍니다.

추석 연휴 기간(9/16~9/18)에도 긴급 건은 처리됩니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="NAVER notice about a change of the team handling regulator requests",
    why="trusted NAVER mail that names no item and no request",
    items={},
)

case(
    name="dc-conditional-gallery-manager",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 11:05:11 +0900",
    subject="RE: [KCSC-240906-04] 게시물 삭제 요청의 건",
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""
안녕하세요. 디시인사이드입니다.

{D[1]} 게시물은 마이너 갤러리 소관이라
해당 갤러리 매니저에게 삭제 요청을 전달하였습니다.
7일 이내에 처리되지 않으면 운영팀에서 직접 삭제하겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside reply passing a minor-gallery post to its manager, with a conditional deletion",
    why="passed on, and deletion only if the manager does not act: a condition, not a statement",
    items={D[1]: "pending"},
)

# ======================= IGNORED ==========================================

case(
    name="naver-cs-receipt",
    **{"from": "help_noreply@navercorp.com"},
    name_from="네이버 고객센터",
    date="Mon, 02 Sep 2024 10:01:12 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240902-01)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
 - 접수 번호 : 2024090210-0045513
 - 접수 일시 : 2024.09.02 10:01

담당 부서에서 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 automatic 문의 접수 receipt with a ticket number",
    why="pure receipt: ticket number, no statement about any item",
    items={},
)

case(
    name="kakao-chuseok-out-of-office",
    **{"from": "minji.lee@kakaocorp.com"},
    name_from="이민지",
    date="Mon, 16 Sep 2024 09:00:03 +0900",
    subject="[부재중] Re: [KCSC-240911-07] 게시글 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 이민지입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 확인 후 회신드리겠습니다.
급한 용무는 카카오 권리침해신고센터(right@kakaocorp.com)로 문의 부탁드립니다.

즐거운 한가위 보내세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the 추석 holiday",
    why="an automatic out-of-office reply",
    items={},
)

_dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: help@dcinside.com
Subject: {Header("[KCSC-240906-04] 게시물 삭제 요청의 건", "utf-8").encode()}
Message-ID: <{msgid("KCSC-240906-04")}-r2@kcsc.example>
Date: Fri, 06 Sep 2024 14:30:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request("KCSC-240906-04", D, prefix="")}
"""
case(
    name="dc-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"},
    name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 14:30:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-413-dc"

--dsn-413-dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<help@dcinside.com>: host mx.dcinside.com[203.0.113.25] said: 552 5.2.2
    Mailbox full, quota exceeded (in reply to end of DATA command)

--dsn-413-dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Fri, 06 Sep 2024 14:30:02 +0900

Final-Recipient: rfc822; help@dcinside.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, quota exceeded

--dsn-413-dc
Content-Type: message/rfc822

{_dsn_orig}
--dsn-413-dc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) returning our request with its URLs",
    why="a bounce; the URLs are in our own returned message",
    items={},
)

case(
    name="naver-mdn-read",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Mon, 02 Sep 2024 10:42:00 +0900",
    subject="읽음: [KCSC-240902-01] 시정요구",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-413-nv"

--mdn-413-nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240902-01] 시정요구"을(를) 2024-09-02 10:42 에 수신자가 읽었습니다.

--mdn-413-nv
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{msgid("KCSC-240902-01")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-413-nv--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook-style Korean read receipt (읽음) as an MDN",
    why="a read receipt",
    items={},
)

case(
    name="yt-legal-request-received",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 10:03:30 +0900",
    subject="[5-2171000034455] 법률 요청이 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요.

YouTube에 법률 요청을 제출해 주셔서 감사합니다. 요청이 접수되었으며 참조 번호는
5-2171000034455입니다. 이 메일에 회신하실 때는 제목의 참조 번호를 유지해 주세요.

검토가 완료되면 이메일로 결과를 안내해 드립니다.

Google 법률 지원팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal-request receipt with a case reference",
    why="pure acknowledgement with a case number",
    items={},
)

case(
    name="band-staff-vacation-autoreply",
    **{"from": "sora.kim@band.us"},
    name_from="김소라",
    date="Mon, 09 Sep 2024 11:00:40 +0900",
    subject="자동 회신: [KCSC-240909-05] 밴드 게시글 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, BAND 운영팀 김소라입니다.
9/9(월) ~ 9/13(금) 휴가로 메일 확인이 어렵습니다.
신고 및 게시물 조치 관련 문의는 help@band.us 로 보내주시면 담당자가 처리해 드립니다.

Thank you. I am out of office until 13 September with no access to email.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Outlook '자동 회신' vacation reply",
    why="an out-of-office auto-reply",
    items={},
)

case(
    name="kakao-receipt-echoing-urls",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Tue, 03 Sep 2024 10:31:50 +0900",
    subject="[카카오] 권리침해 신고가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

아래 내용으로 신고가 정상 접수되었습니다.

접수번호 : RC-20240903-77120
신고 유형 : 게시중단 요청(방송통신심의위원회)
신고 대상 URL :
  {K[0]}
  {K[1]}
  {K[2]}
  {K[3]}
  {K[4]}

처리 결과는 영업일 기준 7일 이내에 메일로 안내드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 권리침해신고 접수 receipt echoing the reported URLs",
    why="a receipt echoing our URLs with no statement about them; the result is announced for later",
    items=items(K, "pending"),
)

HEADER = """# Blind set 413 (Korean platforms): written by make.py, do not edit by hand.
# Expected results written from each email's meaning before any run of the reader.
"""

def encode_headers(c):
    """Real mail RFC 2047-encodes non-ASCII display names and subjects."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind413", HEADER, cases)
