#!/usr/bin/env python3
"""Blind set 203 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside and
BAND replies written in Korean (공문-style 조치결과 회신, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies), plus receipts,
out-of-office replies, a DSN and read receipts.

Written without reading the reader or any other corpus set; every expected
result comes from the email's meaning. Deterministic:

    python3 tests/corpus/blind203/make.py

writes requests.csv, cases/*.eml and expected.toml beside this file.
"""
import base64
from email.header import Header
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1 = "KCSC-240902-01"  # naver, 14 items (largest)
R2 = "KCSC-240903-02"  # kakao, 5 items
R3 = "KCSC-240905-03"  # youtube, 4 items
R4 = "KCSC-240906-04"  # dcinside, 3 items
R5 = "KCSC-240909-05"  # band, 2 items
R6 = "KCSC-240910-06"  # naver, 1 item
R7 = "KCSC-240911-07"  # youtube, 1 item

N = {
    1: "https://blog.naver.com/moonlit_fake77/223512340001",
    2: "https://blog.naver.com/moonlit_fake77/223512340002",
    3: "https://blog.naver.com/greyowl_fake/223498761010",
    4: "https://cafe.naver.com/fakestockroom/40121",
    5: "https://cafe.naver.com/fakestockroom/40157",
    6: "https://cafe.naver.com/fakestockroom/40203",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470001234",
    8: "https://blog.naver.com/sweetpine_fk/223530011223",
    9: "https://cafe.naver.com/fakeidolgossip/77001",
    10: "https://cafe.naver.com/fakeidolgossip/77019",
    11: "https://post.naver.com/viewer/postView.naver?volumeNo=38001234&memberNo=5550123",
    12: "https://blog.naver.com/quietriver_fk/223541100987",
    13: "https://tv.naver.com/v/59001234",
    14: "https://blog.naver.com/quietriver_fk/223541100999",
}
K3_RAW = "https://fakewriter77.tistory.com/entry/유명인-합성-사진"
K = {
    1: "https://cafe.daum.net/fakehanbit/Abcd/1123",
    2: "https://cafe.daum.net/fakehanbit/Abcd/1130",
    3: "https://fakewriter77.tistory.com/entry/%EC%9C%A0%EB%AA%85%EC%9D%B8-%ED%95%A9%EC%84%B1-%EC%82%AC%EC%A7%84",
    4: "https://fakewriter77.tistory.com/58",
    5: "https://brunch.co.kr/@fakenote/41",
}
Y = {
    1: "https://www.youtube.com/watch?v=fKr0aXq1b2c",
    2: "https://www.youtube.com/watch?v=fKr0aXq3d4e",
    3: "https://www.youtube.com/shorts/fKr0sHt5f6g",
    4: "https://www.youtube.com/watch?v=fKr0aXq7h8i",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=fakestock&no=2301456",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=fakeidolm&no=88123",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=fakeidolm&no=88130",
}
B = {
    1: "https://band.us/band/80012345/post/311",
    2: "https://band.us/band/80012345/post/318",
}
S1 = "https://cafe.naver.com/fakemomcafe/88812"
T1 = "https://www.youtube.com/watch?v=fKr0zZ9y8x7"

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    (R1, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [N[i] for i in range(1, 15)], "illegal_filming", "NAVER blog/cafe/kin/post/TV posts"),
    (R2, "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [K[i] for i in range(1, 6)], "defamation_deepfake", "Daum cafe / Tistory / Brunch"),
    (R3, "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     [Y[i] for i in range(1, 5)], "deepfake_sexual_abuse", "YouTube videos and a short"),
    (R4, "dcinside", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [D[i] for i in range(1, 4)], "privacy_exposure", "DC Inside gallery posts"),
    (R5, "band", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [B[1], B[2]], "obscene", "BAND posts"),
    (R6, "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [S1], "privacy_exposure", "one NAVER cafe post"),
    (R7, "youtube", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [T1], "harmful_to_minors", "one YouTube video"),
]


def msgid(ref):
    return "req-" + ref[5:].lower()  # KCSC-240902-01 -> req-240902-01


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},<{msgid(ref)}@kcsc.example>,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def request_body(ref, urls, quote=""):
    """Our own request email as a platform quotes it back."""
    lines = [
        "안녕하세요. 방송통신심의위원회 통신심의국입니다.",
        f"아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 요청드립니다. 요청번호: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 드림"]
    return "\n".join(quote + l if l else quote.rstrip() for l in lines)


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


NAVER_POLICY = "policy-notice@navercorp.com"

# =================================================================== APPLIED

case(
    name="naver-gongmun-full-table",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 16:20:11 +0900",
    subject=f"[회신] 불법·유해정보 시정요구에 대한 조치결과 회신 ({R1})",
    reply_to_req=msgid(R1),
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 디지털성범죄심의과 담당자
제목: 시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 요청하신 시정요구({R1})와 관련하여,
   당사 서비스 내 게시물 14건에 대한 조치결과를 아래와 같이 회신합니다.

 - 아  래 -

 연번 | 서비스 | URL | 조치결과 | 비고
 1 | 블로그 | {N[1]} | 게시중단 |
 2 | 블로그 | {N[2]} | 게시중단 |
 3 | 블로그 | {N[3]} | 임시조치(30일) | 권리침해 판단 보류
 4 | 카페 | {N[4]} | 삭제 |
 5 | 카페 | {N[5]} | 삭제 |
 6 | 카페 | {N[6]} | 게시물 없음 | 작성자 선삭제
 7 | 지식iN | {N[7]} | 삭제 |
 8 | 블로그 | {N[8]} | 조치 불가 | 운영원칙 위반 사항 확인되지 않음
 9 | 카페 | {N[9]} | 블라인드 |
 10 | 카페 | {N[10]} | 블라인드 |
 11 | 포스트 | {N[11]} | 비공개 처리 |
 12 | 블로그 | {N[12]} | 국내 접속 제한 |
 13 | TV | {N[13]} | 삭제 |
 14 | 블로그 | {N[14]} | 유효하지 않은 URL | 확인 불가

3. 기타 문의사항은 정책지원팀(policy-notice@navercorp.com)으로 연락 주시기 바랍니다.  끝.

네이버 주식회사 대표이사 (직인생략)
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with a pipe table (연번/서비스/URL/조치결과/비고)",
    why="trusted NAVER 공문 gives a result per row for all 14 items: 게시중단/삭제/블라인드/비공개 removed, 임시조치 and 국내 접속 제한 restricted, 조치 불가 (no violation) rejected, 게시물 없음/유효하지 않은 URL not_found",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed", N[5]: "removed",
           N[6]: "not_found", N[7]: "removed", N[8]: "rejected", N[9]: "removed", N[10]: "removed",
           N[11]: "removed", N[12]: "restricted", N[13]: "removed", N[14]: "not_found"},
)

html_rows = [
    (N[1], "삭제", ""), (N[2], "삭제", ""), (N[3], "임시조치", "30일간 접근 차단"),
    (N[4], "게시중단", ""), (N[5], "해당 게시물 없음", "작성자 삭제"),
    (N[6], "삭제 불가", "정보통신심의규정 위반으로 보기 어려움"),
]
html_tr = "\n".join(
    f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{r}</td><td>{n}</td></tr>"
    for i, (u, r, n) in enumerate(html_rows, 1))
case(
    name="naver-html-table-first-batch",
    **{"from": NAVER_POLICY}, name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 11:05:40 +0900",
    subject=f"시정요구 조치결과 통보 ({R1}, 1차분)",
    reply_to_req=msgid(R1), type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회 시정요구({R1}) 중 1차분 6건의 조치결과를 아래와 같이 통보드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{html_tr}
</table>
<p>나머지 8건은 관련 부서 검토 후 2차로 회신드리겠습니다.</p>
<p>게시중단 처리 기준은 <a href="https://policy.naver.com/fake/rules/takedown">네이버 게시중단 정책</a>을 참고해 주십시오.</p>
<p>감사합니다.<br>네이버 주식회사 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 통보 as an HTML table (번호/URL/조치결과/비고), first batch",
    why="HTML table: N1,N2 삭제 and N4 게시중단 removed; N3 임시조치 restricted; N5 해당 게시물 없음 not_found; N6 삭제 불가 with reason rejected; the other 8 only promised, not named; policy link is not an item",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed",
           N[5]: "not_found", N[6]: "rejected"},
)

csv_text = "\ufeff번호,URL,조치결과,조치일시\n" + "\n".join(
    f"{i},{u},{r},2024-09-06 1{i % 10}:00" for i, (u, r) in enumerate([
        (N[7], "삭제"), (N[8], "게시중단"), (N[9], "임시조치"), (N[10], "임시조치"),
        (N[11], "게시물없음"), (N[12], "삭제"), (N[13], "조치불가(위반사항 없음)"), (N[14], "삭제"),
    ], 1)) + "\n"
case(
    name="naver-csv-attachment-second-batch",
    **{"from": NAVER_POLICY}, name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 18:42:03 +0900",
    subject=f"RE: 시정요구 조치결과 통보 ({R1}, 2차분)",
    reply_to_req=msgid(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_b203_csv"

--=_nv_b203_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.

{R1} 시정요구 건 중 2차분 8건의 조치결과를 첨부 CSV 파일로 송부드립니다.
확인 부탁드립니다.

감사합니다.

--=_nv_b203_csv
Content-Type: text/csv; charset=utf-8; name="result_{R1}_2.csv"
Content-Disposition: attachment; filename="result_{R1}_2.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv_b203_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply sending the 조치결과 as a CSV attachment (번호,URL,조치결과,조치일시)",
    why="CSV rows: N7,N12,N14 삭제 and N8 게시중단 removed; N9,N10 임시조치 restricted; N11 게시물없음 not_found; N13 조치불가(위반사항 없음) rejected",
    items={N[7]: "removed", N[8]: "removed", N[9]: "restricted", N[10]: "restricted",
           N[11]: "not_found", N[12]: "removed", N[13]: "rejected", N[14]: "removed"},
)

case(
    name="naver-cafe-already-deleted",
    **{"from": "cafe-help@navercorp.com"}, name_from="네이버 카페 고객센터",
    date="Wed, 11 Sep 2024 10:14:55 +0900",
    subject=f"Re: [{R6}] 게시물 삭제 요청",
    reply_to_req=msgid(R6),
    body=f"""
안녕하세요. 네이버 카페 고객센터입니다.

요청하신 해당 게시글({S1})은 확인 결과 이미 작성자에 의해 삭제되어
현재 존재하지 않는 게시물입니다.

추가로 확인이 필요하신 사항이 있으시면 언제든 회신 부탁드립니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe customer-centre reply: post already deleted by its author",
    why="the one item, named in brackets followed by the particle 은, was already deleted by its author: not_found",
    items={S1: "not_found"},
)

case(
    name="naver-cafe-sole-no-url",
    **{"from": "cafe-help@navercorp.com"}, name_from="네이버 카페 고객센터",
    date="Thu, 12 Sep 2024 09:31:20 +0900",
    subject=f"Re: [{R6}] 게시물 삭제 요청",
    reply_to_req=msgid(R6),
    body="""
안녕하세요, 네이버 카페 고객센터입니다.

요청하신 게시물은 검토 결과 카페 운영원칙(개인정보 노출) 위반이 확인되어
블라인드 처리를 완료하였습니다.

네이버 카페를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 블라인드 처리 완료 reply naming no URL",
    why="reply in the thread of a one-item request: '요청하신 게시물은 … 블라인드 처리를 완료' is an unhedged statement about that single item: removed",
    items={S1: "removed"},
)

case(
    name="naver-topposted-gmail-quote",
    **{"from": "blog-ops@navercorp.com"}, name_from="네이버 블로그 운영팀",
    date="Tue, 03 Sep 2024 15:48:02 +0900",
    subject=f"Re: [{R1}] 불법정보 시정요구",
    reply_to_req=msgid(R1),
    body=f"""
안녕하세요, 네이버 블로그 운영팀 김서윤입니다.
문의주신 건 중 블로그 게시물 3건의 처리 결과를 먼저 말씀드립니다.

- {N[1]} : 삭제 완료
- {N[2]} : 삭제 완료
- {N[3]} : 이미 삭제된 게시물(작성자 삭제)

나머지 건은 카페/지식iN 담당 부서에서 확인 중입니다.

2024년 9월 2일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{request_body(R1, [N[i] for i in range(1, 15)], "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail-style reply over the quoted request ('…님이 작성:' and '>' lines)",
    why="three bulleted URL : status lines above the quote: N1,N2 삭제 완료 removed, N3 already deleted by its author not_found; the 14 quoted URLs change nothing",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found"},
)

case(
    name="naver-url-then-status-below",
    **{"from": "cafe-safety@navercorp.com"}, name_from="네이버 카페 안전팀",
    date="Wed, 04 Sep 2024 17:02:44 +0900",
    subject=f"[{R1}] 카페·블로그 게시물 처리 결과",
    body=f"""
방송통신심의위원회 담당자님께,

{R1} 요청 건 중 아래 게시물 처리 결과 안내드립니다.

{N[9]}
→ 임시조치 (30일간 접근 차단)

{N[10]}
→ 임시조치 (상동)

{N[8]}
→ 삭제

이상입니다. 감사합니다.
네이버 카페 안전팀
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply with each bare URL and its result on the line below (→ 임시조치 / → 삭제)",
    why="status on the line below each URL: N9,N10 임시조치 restricted, N8 삭제 removed",
    items={N[9]: "restricted", N[10]: "restricted", N[8]: "removed"},
)

qp_text = f"""안녕하세요. 네이버 고객센터 권리보호팀입니다.

{R1} 요청 건 관련하여 말씀드립니다.

네이버 포스트 {N[11]} 게시물은 운영정책에 따라 비공개 처리하였고,
블로그 게시물 {N[12]} 는 검토 결과 게시중단 요청 사유에 해당하지 않아 게시를 유지합니다.

감사합니다.
"""
case(
    name="naver-qp-post-and-refusal",
    **{"from": "right-help@navercorp.com"}, name_from="네이버 권리보호팀",
    date="Sat, 07 Sep 2024 10:12:37 +0900",
    subject=f"[네이버] {R1} 처리 결과 안내",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호 reply in a quoted-printable body (long URL split by soft line breaks)",
    why="N11 비공개 처리 removed; N12 does not meet the grounds, stays up (게시를 유지) rejected",
    items={N[11]: "removed", N[12]: "rejected"},
)

case(
    name="kakao-imsi-notice",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Wed, 04 Sep 2024 14:22:09 +0900",
    subject=f"[Daum 카페] 게시물 임시조치 안내 ({R2})",
    reply_to_req=msgid(R2),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

신고하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2에 따라 아래와 같이 임시조치를 진행하였음을 안내드립니다.

■ 대상 게시물
 - {K[1]}
 - {K[2]}

■ 조치 내용: 임시조치 (게시물 접근 차단 30일)
■ 조치 일시: 2024.09.04 14:10

임시조치 기간 중 게시자의 재게시 요청이 없는 경우 게시물은 삭제될 수 있습니다.
자세한 내용은 https://cs.kakao.com/fake/helps/right-infringement 를 참고해 주세요.

카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고 임시조치 안내 (정보통신망법 제44조의2, 30일 접근 차단)",
    why="임시조치 (30-day access block) stated for both listed Daum cafe posts: restricted; the later deletion is only conditional; help link is not an item",
    items={K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="kakao-tistory-korean-slug",
    **{"from": "tistory-help@kakaocorp.com"}, name_from="티스토리 고객센터",
    date="Thu, 05 Sep 2024 13:40:18 +0900",
    subject=f"[티스토리] 신고 게시물 처리 결과 ({R2})",
    body=f"""
안녕하세요, 티스토리 고객센터입니다.

{K3_RAW} 게시글은 티스토리 운영정책(타인의 권리 침해) 위반으로 비공개 전환(보호조치)되었습니다.

{K[4]} 은 확인 결과 블로그 운영자가 이미 삭제한 글로 현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) report-outcome reply with a raw Korean URL path",
    why="K3 written with its raw Korean slug (stored percent-encoded) turned private: removed; K4 already deleted by the blog owner: not_found",
    items={K[3]: "removed", K[4]: "not_found"},
)

b64_html = f"""<html><body>
<p>안녕하세요. 카카오 고객센터입니다.</p>
<p>요청번호 {R2} 관련 처리 결과를 안내드립니다.</p>
<ul>
<li>브런치 글 <a href="{K[5]}">{K[5]}</a> : 삭제 처리 완료</li>
<li>Daum 카페 게시글 <a href="{K[1]}">{K[1]}</a> : 삭제 처리 완료</li>
</ul>
<p>카카오 운영정책: <a href="https://www.kakao.com/fake/policy/oppolicy">https://www.kakao.com/fake/policy/oppolicy</a></p>
<p>고맙습니다.<br>카카오 고객센터</p>
</body></html>
"""
case(
    name="kakao-base64-html-list",
    **{"from": "noreply-cs@kakao.com"}, name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 09:18:50 +0900",
    subject=f"[카카오] 신고 처리 결과 안내 - {R2}",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(b64_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre HTML notice sent base64-encoded, results in a bullet list",
    why="K5 and K1 each 삭제 처리 완료: removed; the policy link is not an item",
    items={K[5]: "removed", K[1]: "removed"},
)

case(
    name="kakao-numbered-list-all-five",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 16:05:33 +0900",
    subject=f"Re: [{R2}] 불법정보 시정요구 조치결과",
    reply_to_req=msgid(R2),
    body=f"""
방송통신심의위원회 담당자님 안녕하세요.
요청하신 5건에 대한 최종 조치결과를 아래와 같이 회신드립니다.

1. {K[1]} - 삭제
2. {K[2]} - 임시조치
3. {K[3]} - 비공개 조치
4. {K[4]} - 조치하지 않음 (게시자 소명자료 검토 결과 명예훼손으로 보기 어려움)
5. {K[5]} - 존재하지 않는 글

감사합니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 final 조치결과 as a numbered list",
    why="five numbered lines, one per item: 삭제 removed, 임시조치 restricted, 비공개 조치 removed, 조치하지 않음 with reason rejected, 존재하지 않는 글 not_found",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "removed", K[4]: "rejected", K[5]: "not_found"},
)

case(
    name="yt-kr-legal-korean",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Fri, 06 Sep 2024 19:26:41 +0900",
    subject=f"[YouTube] 법적 요청 검토 결과 안내 ({R3})",
    reply_to_req=msgid(R3),
    body=f"""
안녕하세요.

YouTube 법무팀입니다. 귀 위원회의 요청({R3})을 검토했습니다.

현지 법률에 따라 다음 동영상에 대해 대한민국 내 액세스를 제한했습니다.

- {Y[1]}
- {Y[2]}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 전 세계에서 삭제되었습니다.

- {Y[3]}

요청하신 나머지 URL은 계속 검토 중입니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team outcome in Korean: access restricted in Korea under local law / removed globally under Community Guidelines",
    why="Y1,Y2 access restricted in Korea: restricted; Y3 removed worldwide: removed; Y4 is only 'under review' and not named",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-english-blocked-and-removed",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 03:11:09 -0700",
    subject=f"Re: [{R3}] Legal removal request",
    reply_to_req=msgid(R3),
    body=f"""
Hello,

Thanks for reaching out to us.

After review, we have blocked the content listed below from view on the
YouTube service in South Korea, in response to the local law you cited:

{Y[4]}

We also determined that the following video violated our Community
Guidelines and removed it from YouTube:

{Y[1]}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support English template: blocked in a country / removed for Community Guidelines",
    why="Y4 blocked from view in South Korea: restricted; Y1 removed from YouTube: removed (each URL on the line after its statement)",
    items={Y[4]: "restricted", Y[1]: "removed"},
)

case(
    name="yt-refusal-korean",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Tue, 10 Sep 2024 10:45:02 +0900",
    subject=f"[YouTube] 요청 검토 결과 ({R3})",
    body=f"""
안녕하세요.

{R3} 요청과 관련하여 아래 동영상을 검토했습니다.

{Y[2]}

검토 결과 해당 동영상은 YouTube 정책 또는 현지 법률을 위반하지 않는다고
판단되어 별도의 조치를 취하지 않았습니다. 이 결정에 대한 자세한 내용은
https://support.google.com/youtube/answer/0000000 에서 확인하실 수 있습니다.

YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'no action taken' legal outcome in Korean with the reason",
    why="Y2 found not to violate policy or local law, no action: rejected; the support page is not an item",
    items={Y[2]: "rejected"},
)

case(
    name="yt-age-restricted-single",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Thu, 12 Sep 2024 14:03:27 +0900",
    subject=f"[YouTube] 요청하신 동영상 조치 안내 ({R7})",
    reply_to_req=msgid(R7),
    body=f"""
안녕하세요.

요청하신 {T1} 동영상에 연령 제한을 적용했습니다.
이제 이 동영상은 로그인한 만 18세 이상 사용자만 시청할 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice in Korean",
    why="the one item was age-restricted: restricted",
    items={T1: "restricted"},
)

case(
    name="yt-angle-brackets-particles",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Wed, 11 Sep 2024 16:37:50 +0900",
    subject=f"Re: [{R3}] 법적 요청 추가 회신",
    reply_to_req=msgid(R3),
    body=f"""
안녕하세요, YouTube 법무팀입니다.

<{Y[2]}>의 경우 업로더 채널이 서비스 약관 위반으로 해지되어 동영상이 삭제되었습니다.
<{Y[3]}>은(는) 업로더가 이미 삭제하여 현재 확인할 수 없는 동영상입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean follow-up with URLs in angle brackets followed by Korean particles",
    why="Y2 removed with its terminated channel: removed; Y3 already deleted by its uploader: not_found",
    items={Y[2]: "removed", Y[3]: "not_found"},
)

case(
    name="yt-dsa-style-statement",
    **{"from": "no-reply-sor@google.com"}, name_from="YouTube Trust & Safety",
    date="Sat, 07 Sep 2024 08:02:15 +0000",
    subject=f"Statement of reasons: decision on your notice {R3}",
    body=f"""
Statement of reasons

Notice reference: {R3}
Content: {Y[3]}
Decision: removal of the content
Territorial scope: worldwide
Ground: incompatible with YouTube Community Guidelines (harassment and
cyberbullying policy)
Automated detection used: no
Automated decision: no

Facts and circumstances: the decision followed a notice from a government
body in the Republic of Korea and a manual review.

Redress: the uploader can appeal at https://support.google.com/youtube/answer/0000001
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision / territorial scope / ground / redress)",
    why="field-by-field statement for Y3: decision removal, worldwide: removed; the appeal page is not an item",
    items={Y[3]: "removed"},
)

case(
    name="dc-operator-informal",
    **{"from": "operator@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 22:14:06 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청",
    reply_to_req=msgid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다~
보내주신 글 확인했습니다.

{D[1]}
{D[2]}
위 두 개는 삭제하고 작성자 차단까지 해뒀습니다.

{D[3]} 이건 들어가보니 작성자가 이미 지운 글이라 남아있는 게 없네요.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply (statement below two bare URLs)",
    why="'위 두 개는 삭제' applies to the two URLs above it: D1,D2 removed; D3 already deleted by its author: not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-gongmun-reply",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드",
    date="Tue, 10 Sep 2024 11:30:00 +0900",
    subject=f"시정요구에 대한 조치결과 회신({R4})",
    reply_to_req=msgid(R4),
    body=f"""
(주)디시인사이드

수신: 방송통신심의위원회 위원장
제목: 시정요구에 대한 조치결과 회신({R4})

1. 귀 위원회의 발전을 기원합니다.
2. 2024. 9. 6. 귀 위원회에서 요청하신 시정요구에 대한 당사의 조치결과는 다음과 같습니다.
  가. {D[1]} : 삭제 및 작성자 IP 30일 차단
  나. {D[2]} : 접근제한(성인인증 후 열람)
  다. {D[3]} : 삭제 불가 - 해당 게시물은 공익 목적의 보도 인용으로 판단되어 게시를 유지함
3. 문의: 법무팀 (legal@dcinside.com)  끝.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문-style 조치결과 회신 with 가/나/다 items",
    why="D1 삭제 removed; D2 접근제한 (adult verification) restricted; D3 삭제 불가, kept with its reason: rejected",
    items={D[1]: "removed", D[2]: "restricted", D[3]: "rejected"},
)

case(
    name="band-safety-notice",
    **{"from": "noreply-safety@band.us"}, name_from="BAND 고객센터",
    date="Tue, 10 Sep 2024 15:55:12 +0900",
    subject=f"[BAND] 신고하신 게시글 처리 결과 안내 ({R5})",
    body=f"""
안녕하세요. BAND 고객센터입니다.
신고해 주신 게시글에 대한 처리 결과를 안내드립니다.

[처리 결과]
• 게시글: {B[1]}
  결과: 운영정책 위반(음란물 게시)으로 삭제
• 게시글: {B[2]}
  결과: 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않음

BAND 운영정책: https://band.us/fake/policy/operation
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND report-outcome notice (게시글 / 결과 pairs)",
    why="B1 deleted for a policy violation: removed; B2 no violation found, no action: rejected",
    items={B[1]: "removed", B[2]: "rejected"},
)

case(
    name="band-fullwidth-brackets",
    **{"from": "jiwoo.han@band.us"}, name_from="한지우 (BAND 운영팀)",
    date="Wed, 11 Sep 2024 10:02:48 +0900",
    subject=f"RE: [{R5}] 밴드 게시글 관련",
    reply_to_req=msgid(R5),
    body=f"""
안녕하세요, BAND 운영팀 한지우입니다.

문의하신 게시글（{B[2]}）은 운영정책 위반으로 블라인드 처리했습니다。

좋은 하루 되세요.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND staff reply with the URL in full-width brackets and a full-width full stop",
    why="B2 블라인드 처리: removed; B1 not mentioned",
    items={B[2]: "removed"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "tv-ops@navercorp.com"}, name_from="네이버TV 운영",
    date="Mon, 09 Sep 2024 09:20:31 +0900",
    subject=f"RE: [{R1}] 불법정보 시정요구",
    reply_to_req=msgid(R1),
    body=f"""
안녕하세요. 네이버TV 운영 담당입니다.

{N[13]} 영상은 삭제 조치하였으며,
{N[14]} 게시글은 블로그 담당과 협의하여 임시조치하였습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [{R1}] 불법정보 시정요구

{request_body(R1, [N[i] for i in range(1, 15)])}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over '-----Original Message-----' quoting the request without '>'",
    why="N13 삭제 조치 removed; N14 임시조치 restricted; URLs below the Original Message line are our own request",
    items={N[13]: "removed", N[14]: "restricted"},
)

case(
    name="naver-kin-url-own-line",
    **{"from": "kin-help@navercorp.com"}, name_from="네이버 지식iN",
    date="Thu, 05 Sep 2024 08:55:19 +0900",
    subject=f"[지식iN] 게시물 처리 안내 ({R1})",
    body=f"""
안녕하세요. 네이버 지식iN 운영팀입니다.

아래 지식iN 게시물은
{N[7]}
개인정보 노출로 확인되어 삭제 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN notice with the URL on its own line inside the sentence",
    why="the sentence runs through the URL line: N7 삭제 처리되었습니다 removed",
    items={N[7]: "removed"},
)

case(
    name="naver-receipt-plus-statement",
    **{"from": "no-reply@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 12:10:44 +0900",
    subject=f"[네이버 고객센터] 문의 접수 및 처리 안내 ({R1})",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의하신 내용이 접수번호 2409-0417-5521로 접수되었습니다.
접수된 내용을 확인한 결과, 아래 게시물은 즉시 게시중단 조치하였습니다.

- {N[3]}
- {N[4]}

그 외 게시물은 순차적으로 검토하여 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre receipt that also reports an immediate 게시중단",
    why="not a pure acknowledgement: N3,N4 즉시 게시중단 조치 removed; the rest only promised",
    items={N[3]: "removed", N[4]: "removed"},
)

case(
    name="naver-echoed-report",
    **{"from": "report-result@navercorp.com"}, name_from="네이버 신고센터",
    date="Thu, 05 Sep 2024 20:41:12 +0900",
    subject=f"[네이버 신고센터] 신고 처리 결과 ({R1})",
    body=f"""
네이버 신고센터입니다. 신고하신 내용의 처리 결과를 알려드립니다.

[신고 내역]
신고 URL: {N[4]}
신고 사유: 불법촬영물 유포
처리 결과: 게시중단

신고 URL: {N[5]}
신고 사유: 불법촬영물 유포
처리 결과: 게시중단

신고 URL: {N[6]}
신고 사유: 불법촬영물 유포
처리 결과: 해당 게시물을 찾을 수 없음

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result mail echoing each report (신고 URL / 신고 사유 / 처리 결과)",
    why="echoed report blocks with 처리 결과: N4,N5 게시중단 removed; N6 cannot be found: not_found",
    items={N[4]: "removed", N[5]: "removed", N[6]: "not_found"},
)

# ==================================================================== REVIEW

case(
    name="naver-promise-this-week",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Tue, 03 Sep 2024 10:30:55 +0900",
    subject=f"Re: [{R1}] 불법정보 시정요구",
    reply_to_req=msgid(R1),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 3건은 담당 부서 검토를 거쳐 금주 중 게시중단 조치할 예정입니다.
{N[1]}
{N[2]}
{N[5]}

조치가 완료되면 별도로 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER reply promising 게시중단 later this week",
    why="'조치할 예정' is a promise, not a statement: N1,N2,N5 stay pending; names items so a person must read it",
    items={N[1]: "pending", N[2]: "pending", N[5]: "pending"},
)

case(
    name="kakao-hedged-seems-deleted",
    **{"from": "cafe-ops@daum.net"}, name_from="Daum 카페 운영팀",
    date="Thu, 05 Sep 2024 11:11:11 +0900",
    subject=f"Re: [{R2}] 카페 게시물 관련",
    reply_to_req=msgid(R2),
    body=f"""
안녕하세요 Daum 카페 운영팀입니다.

확인해 보니 {K[1]} 은 카페 운영진이 이미 삭제한 것으로 보이고,
{K[2]} 도 현재는 노출되지 않는 것 같습니다.

정확한 처리 내역은 담당 부서 확인 후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="informal Daum cafe operator reply hedging ('~한 것으로 보이고', '~것 같습니다')",
    why="hedged ('appears', 'seems') and promises a confirmation later: K1,K2 stay pending",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="naver-bulk-all-fourteen",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 17:00:00 +0900",
    subject=f"시정요구 조치 완료 통보 ({R1})",
    reply_to_req=msgid(R1),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구 조치 완료 통보

1. 방송통신심의위원회 시정요구({R1})와 관련입니다.
2. 요청하신 14건 전체에 대하여 게시중단 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사
""",
    outcome="review", review="bulk",
    imitates="short 공문 '요청하신 N건 전체 게시중단 완료' with no URL",
    why="one statement covering all 14 items without naming any: bulk, items stay pending",
    items={N[i]: "pending" for i in range(1, 15)},
)

case(
    name="yt-bulk-restricted-english",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:44:18 -0700",
    subject=f"Re: [{R3}] Legal removal request",
    reply_to_req=msgid(R3),
    body=f"""
Hello,

We have reviewed your request {R3}. The reported videos have been
restricted from view in South Korea.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="bulk",
    imitates="YouTube legal support short outcome about 'the reported videos'",
    why="a statement about all videos of a 4-item request without naming them: bulk, items pending",
    items={Y[i]: "pending" for i in range(1, 5)},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    auth="fail",
    date="Sun, 08 Sep 2024 02:13:40 +0900",
    subject=f"[{R1}] 조치 결과",
    body=f"""
안녕하세요.
{N[8]} 게시물 삭제 완료되었습니다.
""",
    outcome="review", review="untrusted",
    imitates="short NAVER-looking result mail whose DKIM/SPF/DMARC fail",
    why="navercorp.com sender failing DMARC: untrusted, N8 stays pending",
    items={N[8]: "pending"},
)

case(
    name="lawfirm-author-deleted",
    **{"from": "lawyer.park@garam-law-fake.kr"}, name_from="법무법인 가람 박민준 변호사",
    date="Mon, 09 Sep 2024 13:25:00 +0900",
    subject=f"[{R1}] 관련 블로그 게시물 자진 삭제 통지",
    body=f"""
방송통신심의위원회 귀중

당 법무법인은 블로그 운영자 정○○의 대리인으로서 아래와 같이 알려드립니다.

의뢰인은 귀 위원회의 시정요구({R1}) 대상인
{N[12]} 게시글을 2024. 9. 8. 자진 삭제하였습니다.

법무법인 가람 변호사 박민준
""",
    outcome="review", review="unknown_sender",
    imitates="law-firm letter on behalf of a blogger announcing a voluntary deletion",
    why="sender is no platform (a law firm): unknown_sender, N12 stays pending",
    items={N[12]: "pending"},
)

case(
    name="dc-manager-from-naver-mail",
    **{"from": "bluewhale_fk@naver.com"}, name_from="파란고래",
    date="Sat, 07 Sep 2024 23:48:21 +0900",
    subject=f"[{R4}] 갤러리 글 삭제했습니다",
    body=f"""
안녕하세요 디시 fakeidolm 마이너갤러리 매니저입니다.
위원회에서 요청하신 {D[2]} 글은 제가 매니저 권한으로 삭제했습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="DC minor-gallery manager writing from a personal NAVER mail account",
    why="authenticated naver.com (NAVER's sender domain) states a status for a DC Inside item: wrong_platform, D2 stays pending",
    items={D[2]: "pending"},
)

case(
    name="yt-asks-more-info",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Fri, 06 Sep 2024 10:02:33 +0900",
    subject=f"[YouTube] 추가 정보 요청 ({R3})",
    reply_to_req=msgid(R3),
    body=f"""
안녕하세요.

요청({R3})을 처리하려면 추가 정보가 필요합니다.
아래 동영상 각각에 대해 문제가 되는 구간의 타임스탬프와 근거 법령을 회신해 주시기 바랍니다.

- {Y[1]}
- {Y[2]}

정보를 받는 대로 검토를 계속하겠습니다.
YouTube 법무팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal request for timestamps and legal basis",
    why="asks for more information about Y1,Y2: asks_more, items pending",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="band-forwards-leader-reply",
    **{"from": "jiwoo.han@band.us"}, name_from="한지우 (BAND 운영팀)",
    date="Thu, 12 Sep 2024 14:30:09 +0900",
    subject=f"Fwd: [{R5}] 밴드 게시글 관련",
    body=f"""
안녕하세요, BAND 운영팀 한지우입니다.
밴드 리더분께 전달받은 답변을 아래와 같이 전달드립니다.

---------- Forwarded message ---------
From: 솔바람 리더 <solbaram_leader@example.net>
Date: 2024년 9월 12일 (목) 오후 1:58
Subject: Re: 게시글 문의
To: <jiwoo.han@band.us>

안녕하세요. 저희 밴드 게시글 {B[1]} 은 제가 오늘 삭제했습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="BAND staff forwarding a band leader's own reply",
    why="the only statement is the band leader's, inside a forwarded message: forwarded, B1 stays pending",
    items={B[1]: "pending"},
)

case(
    name="band-conditional-deletion",
    **{"from": "noreply-safety@band.us"}, name_from="BAND 고객센터",
    date="Tue, 10 Sep 2024 09:12:45 +0900",
    subject=f"[BAND] 신고 게시글 처리 진행 안내 ({R5})",
    body=f"""
안녕하세요. BAND 고객센터입니다.

신고하신 게시글 2건에 대하여 게시자에게 소명을 요청하였습니다.
 - {B[1]}
 - {B[2]}

게시자가 7일 이내에 소명하지 않으면 운영정책에 따라 해당 게시글은 삭제됩니다.
""",
    outcome="review", review="not_understood",
    imitates="BAND notice that deletion depends on the poster not answering within 7 days",
    why="deletion only on a condition in the future: not a statement, B1,B2 stay pending",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="naver-contact-change-notice",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    subject="[안내] 불법정보 처리 협조 창구 변경 안내",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 10월 1일부터 관계기관 불법정보 처리 협조 요청 접수 창구가
gov-request@navercorp.com 으로 변경됩니다.
기존 주소로 보내주신 요청도 9월 말까지는 정상 처리됩니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice that its contact address for authorities changes",
    why="trusted NAVER mail naming no item and no request: no_claims",
    items={},
)

# =================================================================== IGNORED

case(
    name="naver-out-of-office",
    **{"from": "haneul.kim@navercorp.com"}, name_from="김하늘",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject=f"자동 회신: [{R1}] 불법정보 시정요구",
    reply_to_req=msgid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 김하늘입니다.
9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀(policy-notice@navercorp.com)으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 자동 회신 (out-of-office) in Korean",
    why="out-of-office auto-reply: ignored",
    items={},
)

dsn_orig = request_body(R2, [K[i] for i in range(1, 6)])
case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery Subsystem",
    date="Tue, 03 Sep 2024 11:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_b203"

--=_dsn_b203
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

다음 수신자에게 메일을 전달하지 못했습니다.
This is the mail system at host mx2.kakaocorp.com.

<right-old@kakaocorp.com>: host mx2.kakaocorp.com said: 550 5.1.1 user unknown

--=_dsn_b203
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Tue, 03 Sep 2024 11:00:05 +0900

Final-Recipient: rfc822; right-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--=_dsn_b203
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: right-old@kakaocorp.com
Subject: [{R2}] 불법정보 시정요구
Date: Tue, 03 Sep 2024 11:00:00 +0900
Message-ID: <{msgid(R2)}@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--=_dsn_b203--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) carrying our request",
    why="delivery failure report: ignored, the URLs are in our own returned request",
    items={},
)

case(
    name="yt-mdn-read",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal KR",
    date="Thu, 05 Sep 2024 09:41:00 +0900",
    subject=f"읽음: [{R3}] 불법정보 시정요구",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_yt_b203"

--=_mdn_yt_b203
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지가 2024-09-05 오전 9:41에 읽혔습니다.
제목: [{R3}] 불법정보 시정요구

--=_mdn_yt_b203
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <{msgid(R3)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_yt_b203--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN, 읽음:) for our request",
    why="read receipt: ignored",
    items={},
)

case(
    name="naver-ticket-receipt",
    **{"from": "no-reply@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 10:00:52 +0900",
    subject=f"[네이버 고객센터] 문의가 접수되었습니다 ({R6})",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: NV-20240910-88231
 - 접수일시: 2024.09.10 10:00

답변은 영업일 기준 3일 이내에 등록하신 메일로 안내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre automatic 문의 접수 receipt",
    why="pure receipt with a ticket number: ignored",
    items={},
)

case(
    name="dc-report-received",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드",
    date="Fri, 06 Sep 2024 14:00:30 +0900",
    subject=f"[디시인사이드] 신고 접수 완료 안내 ({R4})",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
디시인사이드 고객센터입니다.

보내주신 신고가 정상 접수되었습니다. (접수번호 DC-0906-22417)
처리 결과는 담당자 확인 후 메일로 안내해 드릴 예정입니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside automatic 신고 접수 완료 receipt",
    why="pure acknowledgement with a receipt number: ignored",
    items={},
)

case(
    name="band-out-of-office-english",
    **{"from": "minho.seo@band.us"}, name_from="Minho Seo",
    date="Mon, 09 Sep 2024 10:00:20 +0900",
    subject=f"Automatic reply: [{R5}] 밴드 게시글 시정요구",
    reply_to_req=msgid(R5),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your email. I am out of the office until 13 September with
limited access to email. For urgent safety matters please contact
safety@band.us.

안녕하세요. 9월 13일까지 부재중입니다. 급한 건은 safety@band.us 로 보내 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply: ignored",
    items={},
)

case(
    name="kakao-mdn-outlook",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Wed, 04 Sep 2024 09:12:10 +0900",
    subject=f"읽음: [{R2}] 불법정보 시정요구",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_kk_b203"

--=_mdn_kk_b203
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: right@kakaocorp.com
제목: [{R2}] 불법정보 시정요구
보낸 날짜: 2024-09-03 화요일 오전 11:00

2024-09-04 수요일 오전 9:12에 읽었습니다.

--=_mdn_kk_b203
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;right@kakaocorp.com
Original-Message-ID: <{msgid(R2)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_kk_b203--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt ('읽음:' … '읽었습니다')",
    why="read receipt: ignored",
    items={},
)

HEADER = """# Blind set 203 (Korean): written from each email's meaning before any run
# of the reader. Generated by make.py; do not edit by hand.
"""

def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 words, as mailers send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode(maxlinelen=998)
    return c


if __name__ == "__main__":
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind203", HEADER, CASES)
    print(len(CASES), "cases")
