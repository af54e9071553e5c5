#!/usr/bin/env python3
"""Blind set 803 (focus: Korean replies from NAVER, Kakao/Daum/Tistory,
YouTube Korea, DC Inside and BAND: 공문-style replies, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic:

    python3 tests/corpus/blind803/make.py

Every expected result below was written from the meaning of the email alone,
before the reader was ever run on this set. All names, ids and URLs are
fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind803"


def enc(s):
    """RFC 2047 encoded word (as real Korean mail sends subjects/names)."""
    return Header(s, "utf-8").encode()


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(b):
    if isinstance(b, str):
        b = b.encode("utf-8")
    return base64.encodebytes(b).decode("ascii")


# ---------------------------------------------------------------- requests

TISTORY_SLUG = "온라인-홀덤-추천"
K3_RAW = "https://moonlit-ledger.tistory.com/entry/" + TISTORY_SLUG
K3 = "https://moonlit-ledger.tistory.com/entry/" + urllib.parse.quote(TISTORY_SLUG)

N = [
    "https://blog.naver.com/haneul_fx77/223561904412",
    "https://blog.naver.com/haneul_fx77/223561917730",
    "https://blog.naver.com/moonbet_kr/223559002184",
    "https://blog.naver.com/moonbet_kr/223559011876",
    "https://cafe.naver.com/jackpotlounge/18842",
    "https://cafe.naver.com/jackpotlounge/18907",
    "https://cafe.naver.com/jackpotlounge/19015",
    "https://cafe.naver.com/sutda4989/5521",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40902&docId=471128305",
    "https://blog.naver.com/PostView.naver?blogId=coin_sunrise&logNo=223560874419",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38811452&memberNo=61120934",
    "https://cafe.naver.com/sutda4989/5530",
    "https://blog.naver.com/toto_dal/223562200571",
]
K = [
    "https://cafe.daum.net/goldslot777/Ab3k/1204",
    "https://cafe.daum.net/goldslot777/Ab3k/1217",
    K3,
    "https://moonlit-ledger.tistory.com/88",
    "https://cafe.daum.net/haebyeontoto/RtQ1/77",
]
Y = [
    "https://www.youtube.com/watch?v=Qm7dKx2Lp0s",
    "https://www.youtube.com/watch?v=Zr4NwB8yT1e",
    "https://www.youtube.com/shorts/Hc9pLw3Jx6U",
    "https://www.youtube.com/@bamgil_casino_tv",
]
D = [
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=9918273",
    "https://gall.dcinside.com/mgallery/board/view/?id=slotmachine&no=55120",
    "https://gall.dcinside.com/mgallery/board/view/?id=slotmachine&no=55187",
]
B = [
    "https://band.us/band/81234567/post/1442",
    "https://band.us/band/81234567/post/1458",
]
S1 = "https://blog.naver.com/silverpine_03/223566120087"
T1 = "https://gwangjang-note.tistory.com/214"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message-id stem, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:12:00+09:00", "2024-09-09T18:00:00+09:00",
     N, "gambling", "req-240902-01", "불법 도박 홍보 블로그·카페·지식iN·포스트"),
    ("KCSC-240905-02", "kakao", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00",
     K, "gambling", "req-240905-02", "Daum 카페 및 티스토리 도박 홍보"),
    ("KCSC-240909-03", "youtube", "2024-09-09T09:45:00+09:00", "2024-09-16T18:00:00+09:00",
     Y, "gambling", "req-240909-03", "불법 카지노 홍보 영상·채널"),
    ("KCSC-240910-04", "dcinside", "2024-09-10T11:05:00+09:00", "2024-09-17T18:00:00+09:00",
     D, "gambling", "req-240910-04", "갤러리 도박 사이트 홍보글"),
    ("KCSC-240911-05", "band", "2024-09-11T16:20:00+09:00", "2024-09-18T18:00:00+09:00",
     B, "gambling", "req-240911-05", "밴드 게시글 토토 홍보"),
    ("KCSC-240912-06", "naver", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [S1], "privacy", "req-240912-06", "개인정보 노출 블로그 글"),
    ("KCSC-240913-07", "kakao", "2024-09-13T15:10:00+09:00", "2024-09-20T18:00:00+09:00",
     [T1], "drugs", "req-240913-07", "의약품 불법 판매 티스토리 글"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, raw_k3=True):
    """Our own request email, as it appears quoted below replies."""
    urls = [K3_RAW if (u == K3 and raw_k3) else u for u in REQ[ref][4]]
    lines = [
        "방송통신심의위원회 통신심의국입니다.",
        "",
        "「방송통신위원회의 설치 및 운영에 관한 법률」 제21조에 따라 아래 정보에 대한",
        "시정(해당 정보의 삭제 또는 접속차단)을 요구합니다.",
        "",
        f"문서번호: {ref}",
        "이행기한: 통보일로부터 7일 이내",
        "",
        "대상 정보:",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "조치 후 그 결과를 본 메일로 회신하여 주시기 바랍니다.",
              "김서연 주무관 / 방송통신심의위원회 통신심의국"]
    return lines


def quoted(ref):
    return "\n".join(("> " + l) if l else ">" for l in request_text(ref))


NAVER_POLICY = enc("네이버 정책지원팀")
# ---------------------------------------------------------------- cases

cases = []


def case(**kw):
    cases.append(kw)


def row_table(rows):
    return "\n".join(rows)


# ===================== APPLIED =====================

# A1: NAVER 공문-style 조치결과 회신 with a text table of all 13 items.
case(
    name="naver-gongmun-13-table",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY,
    date="Thu, 05 Sep 2024 17:40:12 +0900",
    subject=enc("[회신] 시정요구(KCSC-240902-01)에 대한 조치결과 통보"),
    reply_to_req="req-240902-01",
    body="\n".join([
        "수신: 방송통신심의위원회 통신심의국장",
        "참조: 김서연 주무관",
        "제목: 시정요구(KCSC-240902-01)에 대한 조치결과 회신",
        "",
        "1. 귀 위원회의 무궁한 발전을 기원합니다.",
        "2. 2024. 9. 2.자 귀 위원회의 시정요구(KCSC-240902-01)와 관련하여, 당사는 대상",
        "   정보 13건을 확인하고 아래와 같이 조치하였음을 회신합니다.",
        "",
        " 연번 | URL | 조치결과 | 조치일",
        "------+-----+----------+-------",
        f" 1 | {N[0]} | 삭제 | 2024.09.04",
        f" 2 | {N[1]} | 삭제 | 2024.09.04",
        f" 3 | {N[2]} | 해당 게시물 없음(게시자 삭제) | -",
        f" 4 | {N[3]} | 해당 게시물 없음(게시자 삭제) | -",
        f" 5 | {N[4]} | 임시조치(30일) | 2024.09.04",
        f" 6 | {N[5]} | 게시중단 | 2024.09.04",
        f" 7 | {N[6]} | 블라인드 | 2024.09.05",
        f" 8 | {N[7]} | 조치불가(위반 미확인) | -",
        f" 9 | {N[8]} | 삭제 | 2024.09.05",
        f" 10 | {N[9]} | 국내 접속 차단 | 2024.09.05",
        f" 11 | {N[10]} | 비공개 처리 | 2024.09.05",
        f" 12 | {N[11]} | 존재하지 않는 게시물 | -",
        f" 13 | {N[12]} | 삭제 | 2024.09.05",
        "",
        "3. 8번 게시물은 내용을 검토한 결과 사행행위 홍보·알선으로 볼 만한 사항이 확인되지",
        "   않아 조치하지 않았습니다. 3·4·12번은 당사 확인 시점에 이미 존재하지 않았습니다.",
        "",
        "붙임: 없음.  끝.",
        "",
        "네이버 주식회사 정책지원팀",
        "경기도 성남시 분당구 (가상 주소) / policy@navercorp.com",
    ]),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 replying to a KCSC 시정요구 with a 조치결과 table (연번/URL/조치결과/조치일)",
    why="trusted NAVER letter, one row per item with an unhedged result; 임시조치 and 국내 접속 차단 are restricted",
    items={N[0]: "removed", N[1]: "removed", N[2]: "not_found", N[3]: "not_found",
           N[4]: "restricted", N[5]: "removed", N[6]: "removed", N[7]: "rejected",
           N[8]: "removed", N[9]: "restricted", N[10]: "removed", N[11]: "not_found",
           N[12]: "removed"},
)

# A2: NAVER cafe customer centre, HTML table, quoted-printable.
html_a2 = f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 네이버 카페 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 카페 게시물(KCSC-240902-01)에 대한 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>게시물 주소</th><th>처리 결과</th><th>처리 일시</th></tr>
<tr><td><a href="{N[4]}">{N[4]}</a></td><td>게시중단(삭제)</td><td>2024-09-04 16:20</td></tr>
<tr><td><a href="{N[5]}">{N[5]}</a></td><td>삭제</td><td>2024-09-04 16:21</td></tr>
<tr><td><a href="{N[6]}">{N[6]}</a></td><td>임시조치 (30일간 게시 중단)</td><td>2024-09-04 16:25</td></tr>
<tr><td><a href="{N[7]}">{N[7]}</a></td><td>게시물이 존재하지 않음</td><td>-</td></tr>
</table>
<p>임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청하지 않으면 삭제됩니다.</p>
<p>처리 결과에 대한 문의는 <a href="https://help.naver.com/inquiry/cafe.help">고객센터 문의하기</a>를 이용해 주세요.</p>
<p>네이버 카페 고객센터 드림</p>
</body></html>
"""
case(
    name="naver-cafe-html-table-qp",
    **{"from": "cafe_help@naver.com"}, name_from=enc("네이버 카페"),
    date="Wed, 04 Sep 2024 16:41:03 +0900",
    subject=enc("[네이버 카페] 게시중단 요청 처리 결과 안내"),
    raw_mime="Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(html_a2),
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe customer-centre 게시중단 처리 결과 notice as an HTML table (quoted-printable)",
    why="HTML table row per cafe post; 임시조치 restricted, 게시물이 존재하지 않음 not_found; help link is not an item",
    items={N[4]: "removed", N[5]: "removed", N[6]: "restricted", N[7]: "not_found"},
)

# A3: CSV attachment (UTF-8 with BOM, base64) for items 9-13.
csv_a3 = "\ufeff" + "\r\n".join([
    "연번,URL,조치결과,조치일자,비고",
    f"9,{N[8]},삭제,2024-09-06,",
    f"10,{N[9]},삭제,2024-09-06,",
    f"11,{N[10]},조치불가,,\"위반 사항 없음(도박 관련 뉴스 요약 게시물)\"",
    f"12,{N[11]},임시조치,2024-09-06,30일",
    f"13,{N[12]},게시물 없음,,작성자 삭제",
]) + "\r\n"
fn_a3 = "조치결과_KCSC-240902-01.csv"
case(
    name="naver-csv-attachment-rest",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY,
    date="Fri, 06 Sep 2024 11:02:45 +0900",
    subject=enc("RE: [KCSC-240902-01] 시정요구 조치결과 (2차)"),
    reply_to_req="req-240902-01",
    raw_mime="\n".join([
        'Content-Type: multipart/mixed; boundary="=_nv_a3_7f21"',
        "",
        "--=_nv_a3_7f21",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
        "",
        b64("안녕하세요, 네이버 정책지원팀입니다.\n\n"
            "KCSC-240902-01 시정요구 건 중 9~13번 게시물의 조치결과를 첨부 파일로 송부드립니다.\n"
            "확인 부탁드립니다.\n\n정책지원팀 드림\n").rstrip("\n"),
        "--=_nv_a3_7f21",
        f'Content-Type: text/csv; charset=UTF-8; name="{enc(fn_a3)}"',
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: attachment; filename*=UTF-8''" + urllib.parse.quote(fn_a3),
        "",
        b64(csv_a3).rstrip("\n"),
        "--=_nv_a3_7f21--",
    ]),
    outcome="applied", classification="confirmation",
    imitates="Korean portal sending its 조치결과 as an Excel-exported CSV attachment (UTF-8 BOM, base64)",
    why="one CSV row per item with 조치결과: 삭제 removed, 조치불가 rejected, 임시조치 restricted, 게시물 없음 not_found",
    items={N[8]: "removed", N[9]: "removed", N[10]: "rejected", N[11]: "restricted", N[12]: "not_found"},
)

# A4: informal blog operator reply for the one-item request.
case(
    name="naver-blog-informal-blind",
    **{"from": "jihoon.park@navercorp.com"}, name_from=enc("박지훈"),
    date="Thu, 12 Sep 2024 15:18:27 +0900",
    subject=enc("Re: [KCSC-240912-06] 정보통신심의 시정요구 통보"),
    reply_to_req="req-240912-06",
    body="\n".join([
        "안녕하세요 네이버 블로그 운영팀 박지훈입니다.",
        "",
        f"말씀하신 게시물 {S1} 확인했고,",
        "개인정보 노출이 맞아서 방금 블라인드 처리했습니다.",
        "추가로 필요하신 사항 있으시면 편하게 회신 주세요.",
        "",
        "박지훈 드림",
        "",
        "2024년 9월 12일 (목) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:",
        quoted("KCSC-240912-06"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER blog operator above a Gmail-quoted (Korean attribution) request",
    why="trusted staff member says the named post was blinded (블라인드 = removed)",
    items={S1: "removed"},
)

# A5: one-item request, no URL in the reply (sole statement).
case(
    name="naver-sole-private-no-url",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY,
    date="Fri, 13 Sep 2024 09:30:00 +0900",
    subject=enc("RE: [KCSC-240912-06] 시정요구 통보"),
    reply_to_req="req-240912-06",
    body="\n".join([
        "안녕하세요. 네이버 정책지원팀입니다.",
        "",
        "시정요구하신 건(KCSC-240912-06)과 관련하여, 해당 블로그 게시물을 2024년 9월 13일자로",
        "비공개 처리하였음을 알려드립니다.",
        "",
        "감사합니다.",
    ]),
    outcome="applied", classification="confirmation",
    imitates="short NAVER policy-team reply confirming 비공개 처리 without repeating the URL",
    why="single statement, no URL, answering a one-item request by reference: the item is removed",
    items={S1: "removed"},
)

# A6: top-posted reply over the quoted 13-URL request.
case(
    name="naver-top-posted-two-of-13",
    **{"from": "sora.choi@navercorp.com"}, name_from=enc("최소라"),
    date="Tue, 03 Sep 2024 14:05:51 +0900",
    subject=enc("Re: [KCSC-240902-01] 시정요구 통보"),
    reply_to_req="req-240902-01",
    body="\n".join([
        "김서연 주무관님, 안녕하세요.",
        "",
        "요청하신 건 중 haneul_fx77 블로그의 게시물 2건은 아래와 같이 삭제 완료하였습니다.",
        f"- {N[0]}",
        f"- {N[1]}",
        "",
        "나머지 게시물은 확인 후 별도로 회신드리겠습니다.",
        "",
        "최소라 / 네이버 트러스트앤세이프티",
        "",
        "2024년 9월 2일 (월) 오전 10:12, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:",
        quoted("KCSC-240902-01"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail reply from a trust & safety staff member over the quoted 시정요구",
    why="two named posts deleted; the other eleven only appear in the quoted request and stay pending",
    items={N[0]: "removed", N[1]: "removed", N[2]: "pending", N[12]: "pending"},
)

# A7: posts already deleted by their author, URLs under the statement.
case(
    name="naver-author-deleted-urls-below",
    **{"from": "rightscenter@naver.com"}, name_from=enc("네이버 권리보호센터"),
    date="Wed, 04 Sep 2024 10:22:09 +0900",
    subject=enc("[네이버] 게시중단 요청 결과 안내 (KCSC-240902-01)"),
    body="\n".join([
        "안녕하세요. 네이버 권리보호센터입니다.",
        "",
        "요청하신 게시물 중 다음 2건은 저희가 확인하기 전에 작성자가 직접 삭제하여",
        "현재 존재하지 않는 게시물입니다. 별도로 조치할 대상이 없음을 알려드립니다.",
        "",
        N[2],
        N[3],
        "",
        "나머지 게시물의 처리 결과는 별도로 안내드립니다.",
        "",
        "네이버 권리보호센터",
    ]),
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 result notice for posts the author had already deleted",
    why="statement first, the two bare URLs below it; author-deleted = not_found",
    items={N[2]: "not_found", N[3]: "not_found"},
)

# A8: 지식iN question kept up with a reason.
case(
    name="naver-kin-kept-with-reason",
    **{"from": "kin_help@naver.com"}, name_from=enc("네이버 지식iN"),
    date="Thu, 05 Sep 2024 13:47:30 +0900",
    subject=enc("[지식iN] 게시중단 요청 검토 결과"),
    reply_to_req="req-240902-01",
    body="\n".join([
        "안녕하세요, 네이버 지식iN 운영팀입니다.",
        "",
        f"요청하신 지식iN 질문 게시물({N[8]})을",
        "검토한 결과, 해당 글은 도박 빚 관련 법률 상담을 구하는 질문으로 불법 사행행위를",
        "홍보하거나 알선하는 내용이 포함되어 있지 않았습니다.",
        "이에 게시중단 대상에 해당하지 않는 것으로 판단하여 게시 상태를 유지합니다.",
        "",
        "운영정책 안내: https://kin.naver.com/policy/operation.naver",
        "",
        "네이버 지식iN 운영팀 드림",
    ]),
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN operations refusal: content reviewed, not subject to 게시중단, stays up",
    why="reasoned refusal for one named item: rejected; policy link is not an item",
    items={N[8]: "rejected"},
)

# A9: acknowledgement phrase plus results; one URL wrapped inside <>.
case(
    name="naver-received-plus-two-results",
    **{"from": "noreply-report@navercorp.com"}, name_from=enc("NAVER 신고센터"),
    date="Thu, 05 Sep 2024 18:15:40 +0900",
    subject=enc("[NAVER 신고센터] 접수번호 2409-NV-448120 처리 안내"),
    body="\n".join([
        "방송통신심의위원회 담당자님께,",
        "",
        "귀 위원회의 요청(KCSC-240902-01)이 접수번호 2409-NV-448120으로 정상 접수되었으며,",
        "우선 처리가 완료된 2건의 결과를 안내드립니다.",
        "",
        "[처리 완료]",
        f"· <{N[9]}>",
        "  → 게시중단",
        "· <https://post.naver.com/viewer/postView.naver?volumeNo=38811452&",
        "  memberNo=61120934>",
        "  → 임시조치 (30일)",
        "",
        "NAVER 신고센터",
    ]),
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre mail that opens like a receipt but lists per-item results",
    why="acknowledgement phrase plus unhedged per-item results is not an acknowledgement; the wrapped <URL> is N11",
    items={N[9]: "removed", N[10]: "restricted"},
)

# A10: full-width parentheses and a Korean particle glued to a URL.
case(
    name="naver-cafe-fullwidth-particle",
    **{"from": "cafe_help@naver.com"}, name_from=enc("네이버 카페"),
    date="Wed, 04 Sep 2024 11:36:14 +0900",
    subject=enc("Re: [KCSC-240902-01] 카페 게시물 관련"),
    reply_to_req="req-240902-01",
    body="\n".join([
        "안녕하세요. 네이버 카페 운영팀입니다.",
        "",
        f"카페 「jackpotlounge」의 게시글（{N[6]}）은 카페 운영원칙 위반으로 삭제하였고,",
        f"{N[5]}의 게시글도 같은 사유로 게시중단 처리되었습니다.",
        "",
        "감사합니다.",
    ]),
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe team prose reply with 「」 and full-width parentheses",
    why="URL inside full-width （）, another followed directly by the particle 의; both removed",
    items={N[6]: "removed", N[5]: "removed"},
)

# A11: Outlook reply, status on the line below each URL, original below.
case(
    name="naver-outlook-status-below-url",
    **{"from": "minji.kang@navercorp.com"}, name_from=enc("강민지"),
    date="Mon, 09 Sep 2024 10:11:02 +0900",
    subject=enc("RE: [KCSC-240902-01] 시정요구 통보"),
    reply_to_req="req-240902-01",
    body="\n".join([
        "주무관님 안녕하세요,",
        "요청하신 건 중 남은 2건 처리 현황 회신드립니다.",
        "",
        N[11],
        "→ 임시조치 완료 (게시자 소명 기간 30일)",
        "",
        N[12],
        "→ 삭제 완료",
        "",
        "강민지 드림",
        "",
        "-----Original Message-----",
        "From: 방송통신심의위원회 <takedown@kcsc.example>",
        "Sent: Monday, September 2, 2024 10:12 AM",
        "To: policy@navercorp.com",
        "Subject: [KCSC-240902-01] 시정요구 통보",
        "",
    ] + request_text("KCSC-240902-01")),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----', result on the line under each URL",
    why="two items with statuses below them; the unquoted original request below is ignored",
    items={N[11]: "restricted", N[12]: "removed", N[0]: "pending"},
)

# A12: Daum customer centre 처리 결과 notice.
case(
    name="daum-cafe-blind-and-temporary",
    **{"from": "cs-noreply@daum.net"}, name_from=enc("Daum 고객센터"),
    date="Fri, 06 Sep 2024 17:02:33 +0900",
    subject=enc("[Daum] 요청하신 게시물 처리 결과 안내"),
    body="\n".join([
        "안녕하세요. Daum 고객센터입니다.",
        "방송통신심의위원회(KCSC-240905-02)에서 요청하신 Daum 카페 게시물의 처리 결과를 알려드립니다.",
        "",
        "■ 처리 결과",
        f" - 게시물: {K[0]}",
        "   결과: 블라인드 처리 (운영정책 위반 - 불법 사행성 정보)",
        f" - 게시물: {K[1]}",
        "   결과: 블라인드 처리 (운영정책 위반 - 불법 사행성 정보)",
        f" - 게시물: {K[4]}",
        "   결과: 임시조치 (30일간 게시 중단)",
        "",
        "블라인드 처리된 게시물은 카페 회원을 포함한 모든 이용자에게 노출되지 않습니다.",
        "임시조치 게시물은 기간 내 게시자의 이의제기가 없으면 삭제됩니다.",
        "",
        "운영정책: https://policy.daum.net/operation",
        "Daum 고객센터 드림",
    ]),
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre 블라인드/임시조치 result notice (■ headed, result under each post)",
    why="블라인드 = removed for two posts; 임시조치 restricted for the third (the later deletion is only conditional)",
    items={K[0]: "removed", K[1]: "removed", K[4]: "restricted"},
)

# A13: Tistory, raw Korean path and a URL followed by a particle.
case(
    name="tistory-korean-path-and-gone",
    **{"from": "tistory-help@kakaocorp.com"}, name_from=enc("티스토리 고객센터"),
    date="Mon, 09 Sep 2024 11:48:20 +0900",
    subject=enc("[티스토리] 게시글 처리 결과 안내 (KCSC-240905-02)"),
    body="\n".join([
        "안녕하세요. 티스토리 고객센터입니다.",
        "요청하신 티스토리 게시글에 대한 처리 결과입니다.",
        "",
        f"1) {K3_RAW}",
        "   불법 도박 홍보 게시물로 확인되어 삭제하였습니다.",
        f"2) {K[3]} 은 이미 블로그 운영자가 삭제하여 존재하지 않는 페이지입니다.",
        "",
        "감사합니다.",
    ]),
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) customer-centre result with a raw Hangul entry slug",
    why="raw Korean path matches the percent-encoded request URL (removed); the other is gone (not_found)",
    items={K3: "removed", K[3]: "not_found"},
)

# A14: one-item Kakao request, no URL.
case(
    name="kakao-sole-deleted-no-url",
    **{"from": "policy@kakaocorp.com"}, name_from=enc("카카오 정책팀"),
    date="Sat, 14 Sep 2024 10:05:41 +0900",
    subject=enc("Re: [KCSC-240913-07] 시정요구서 송부"),
    reply_to_req="req-240913-07",
    body="\n".join([
        "안녕하세요, 카카오 정책팀입니다.",
        "",
        "시정요구하신 티스토리 게시글은 운영정책(불법 의약품 판매 정보) 위반이 확인되어",
        "9월 14일 삭제 조치하였습니다.",
        "",
        "감사합니다.",
        "카카오 정책팀 드림",
    ]),
    outcome="applied", classification="confirmation",
    imitates="Kakao policy-team one-line result for a single-item 시정요구",
    why="one-item request by thread and reference, a single unhedged 삭제 statement: removed",
    items={T1: "removed"},
)

# A15: Daum reply in quoted-printable plain text, mixed statuses.
body_a15 = "\n".join([
    "KCSC-240905-02 요청 건 회신드립니다.",
    "",
    f"- {K[0]} : 삭제",
    f"- {K[1]} : 조치 불가. 해당 게시물은 카지노 관련 기사를 스크랩한 글로 홍보·알선 내용이 없어",
    "  운영정책 위반에 해당하지 않습니다.",
    f"- {K[4]} : 카페가 이미 폐쇄되어 게시물을 찾을 수 없습니다.",
    "",
    "Daum 카페 운영팀",
]) + "\n"
case(
    name="daum-qp-mixed-three",
    **{"from": "cafe-ops@daum.net"}, name_from=enc("Daum 카페 운영팀"),
    date="Mon, 09 Sep 2024 15:27:05 +0900",
    subject=enc("Re: [KCSC-240905-02] 시정요구 통보"),
    reply_to_req="req-240905-02",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(body_a15),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply, 'URL : result' lines, quoted-printable",
    why="삭제 removed; reasoned 조치 불가 rejected; closed cafe, post cannot be found: not_found",
    items={K[0]: "removed", K[1]: "rejected", K[4]: "not_found"},
)

# A16: Kakao tab-separated table of all five items.
case(
    name="kakao-tab-table-five",
    **{"from": "policy@kakaocorp.com"}, name_from=enc("카카오 정책팀"),
    date="Wed, 11 Sep 2024 16:44:18 +0900",
    subject=enc("[카카오] 시정요구 조치결과 회신 (KCSC-240905-02)"),
    body="\n".join([
        "방송통신심의위원회 귀중",
        "",
        "귀 위원회의 시정요구(KCSC-240905-02)에 대한 당사 조치결과를 아래와 같이 회신합니다.",
        "",
        "번호\tURL\t조치내용",
        f"1\t{K[0]}\t삭제",
        f"2\t{K[1]}\t삭제",
        f"3\t{K[2]}\t임시조치",
        f"4\t{K[3]}\t조치 불가(위반 없음)",
        f"5\t{K[4]}\t게시물 없음",
        "",
        "주식회사 카카오 정책팀",
    ]),
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치결과 회신 pasted from a spreadsheet (tab-separated)",
    why="one row per item: two deleted, 임시조치 restricted, 조치 불가(위반 없음) rejected, 게시물 없음 not_found",
    items={K[0]: "removed", K[1]: "removed", K[2]: "restricted", K[3]: "rejected", K[4]: "not_found"},
)

YT_LEGAL = enc("YouTube 법률 지원팀")

# A17: YouTube Korea legal outcome: geo-blocked and removed.
case(
    name="youtube-kr-geoblock-and-removed",
    **{"from": "legal-support-kr@google.com"}, name_from=YT_LEGAL,
    date="Thu, 12 Sep 2024 02:14:57 +0000",
    subject=enc("[KCSC-240909-03] YouTube 법적 요청 처리 결과"),
    body="\n".join([
        "안녕하세요.",
        "",
        "방송통신심의위원회의 요청(KCSC-240909-03)을 검토한 결과, 다음과 같이 조치했습니다.",
        "",
        "다음 콘텐츠는 대한민국 현지 법률 위반으로 확인되어 한국에서의 액세스가 차단되었습니다.",
        Y[0],
        Y[1],
        "",
        "다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.",
        Y[2],
        "",
        "YouTube 법률 지원팀 드림",
        "",
        "© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
    ]),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome in Korean: locally blocked vs removed globally under Community Guidelines",
    why="two videos blocked in Korea (restricted), one Short removed",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

# A18: channel terminated.
case(
    name="youtube-channel-terminated",
    **{"from": "legal-support-kr@google.com"}, name_from=YT_LEGAL,
    date="Wed, 11 Sep 2024 08:30:12 +0000",
    subject=enc("YouTube 신고 결과: 채널 해지"),
    reply_to_req="req-240909-03",
    body="\n".join([
        "안녕하세요,",
        "",
        f"신고하신 채널 {Y[3]} 은(는) 스팸, 현혹 행위 및 사기 관련 정책을",
        "반복적으로 위반하여 해지되었습니다. 이 채널과 채널의 동영상은 더 이상 YouTube에서 볼 수 없습니다.",
        "",
        "YouTube 정책에 대해 자세히 알아보기: https://support.google.com/youtube/answer/2801973",
        "",
        "YouTube 팀",
    ]),
    outcome="applied", classification="confirmation",
    imitates="YouTube channel-termination outcome mail (Korean localisation)",
    why="the named channel is terminated and unavailable: removed",
    items={Y[3]: "removed"},
)

# A19: YouTube refusal.
case(
    name="youtube-no-violation-kept",
    **{"from": "legal-support-kr@google.com"}, name_from=YT_LEGAL,
    date="Fri, 13 Sep 2024 05:51:40 +0000",
    subject=enc("Re: [KCSC-240909-03] 법적 요청 검토 결과"),
    reply_to_req="req-240909-03",
    body="\n".join([
        "안녕하세요.",
        "",
        f"요청하신 URL {Y[1]} 을(를) 검토했으나, YouTube 정책 위반 사항을",
        "확인하지 못했습니다. 해당 동영상은 카지노 게임 규칙을 설명하는 내용으로, 특정 도박 사이트로",
        "유도하는 링크나 홍보가 포함되어 있지 않습니다. 따라서 해당 콘텐츠에 대해 조치를 취하지 않았으며",
        "동영상은 게시 상태로 유지됩니다.",
        "",
        "YouTube 법률 지원팀 드림",
    ]),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'no action taken' reply with a reason",
    why="reasoned refusal, the video stays up: rejected",
    items={Y[1]: "rejected"},
)

# A20: age restriction, URL on the line below the statement.
case(
    name="youtube-age-restricted-url-below",
    **{"from": "legal-support-kr@google.com"}, name_from=YT_LEGAL,
    date="Tue, 10 Sep 2024 23:05:18 +0000",
    subject=enc("[KCSC-240909-03] 동영상 검토 결과"),
    body="\n".join([
        "안녕하세요.",
        "",
        "검토 결과 아래 동영상에 연령 제한을 적용했습니다. 이 동영상은 이제 로그인한 만 18세 이상",
        "사용자만 시청할 수 있습니다.",
        "",
        Y[0],
        "",
        "요청하신 다른 콘텐츠에 대한 결과는 별도로 안내드리겠습니다.",
        "",
        "YouTube 법률 지원팀 드림",
    ]),
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome with the URL standing alone below the statement",
    why="age-restricted = restricted; the other items are only promised",
    items={Y[0]: "restricted"},
)

# A21: base64 HTML, one removed, channel kept.
html_a21 = f"""<!DOCTYPE html><html><body>
<div style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>안녕하세요.</p>
<p>방송통신심의위원회 요청(KCSC-240909-03)에 대한 검토 결과를 알려드립니다.</p>
<p><b>삭제된 콘텐츠</b><br>
<a href="{Y[2]}">{Y[2]}</a> &mdash; 불법 도박 사이트 홍보로 YouTube에서 삭제되었습니다.</p>
<p><b>조치하지 않은 콘텐츠</b><br>
<a href="{Y[3]}">{Y[3]}</a> &mdash; 채널 전체에 대해서는 정책 위반이 확인되지 않아 채널이 유지됩니다.</p>
<p>YouTube 법률 지원팀 드림</p>
<p style="color:#777;font-size:11px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 &middot; <a href="https://support.google.com/youtube/">고객센터</a></p>
</div></body></html>
"""
case(
    name="youtube-b64-html-removed-and-kept",
    **{"from": "legal-support-kr@google.com"}, name_from=YT_LEGAL,
    date="Sat, 14 Sep 2024 01:20:09 +0000",
    subject=enc("YouTube 법적 요청 검토 결과 안내"),
    raw_mime="\n".join([
        'Content-Type: multipart/alternative; boundary="000000000000a21b5c0622f1"',
        "",
        "--000000000000a21b5c0622f1",
        "Content-Type: text/html; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
        "",
        b64(html_a21).rstrip("\n"),
        "--000000000000a21b5c0622f1--",
    ]),
    outcome="applied", classification="confirmation",
    imitates="Google-style HTML-only notice (base64) with 'removed' and 'not actioned' sections",
    why="Short removed; channel kept because no violation found: rejected",
    items={Y[2]: "removed", Y[3]: "rejected"},
)

DC_OPS = enc("디시인사이드 운영팀")

# A22: DC Inside informal operator reply.
case(
    name="dc-operator-informal-bullets",
    **{"from": "report@dcinside.com"}, name_from=DC_OPS,
    date="Wed, 11 Sep 2024 13:09:44 +0900",
    subject=enc("Re: [KCSC-240910-04] 게시물 삭제 요청"),
    reply_to_req="req-240910-04",
    body="\n".join([
        "안녕하세요 디시인사이드 운영팀입니다.",
        "요청 주신 게시글 처리했습니다.",
        "",
        f"* {D[0]} -> 삭제",
        f"* {D[1]} -> 삭제 + 작성자 차단",
        f"* {D[2]} -> 저희가 확인했을 땐 이미 작성자가 지운 글이었습니다.",
        "",
        "수고하세요.",
        "",
        quoted("KCSC-240910-04"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply with '->' bullets over the quoted request",
    why="two deleted, one already deleted by its author (not_found)",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

# A23: DC Inside 공문 with 가/나/다 items.
case(
    name="dc-gongmun-ganada",
    **{"from": "legal@dcinside.com"}, name_from=enc("디시인사이드 법무팀"),
    date="Thu, 12 Sep 2024 17:55:02 +0900",
    subject=enc("시정요구(KCSC-240910-04) 이행 결과 보고"),
    body="\n".join([
        "주식회사 디시인사이드",
        "",
        "수신: 방송통신심의위원회",
        "제목: 시정요구(KCSC-240910-04) 이행 결과 보고",
        "",
        "1. 관련: 방송통신심의위원회 시정요구 KCSC-240910-04 (2024. 9. 10.)",
        "2. 위 호와 관련하여 당사의 조치 결과를 다음과 같이 보고합니다.",
        "",
        f"  가. {D[0]}",
        "      - 조치: 게시물 삭제 (9. 11.)",
        f"  나. {D[1]}",
        "      - 조치: 임시조치 (열람 제한 30일)",
        f"  다. {D[2]}",
        "      - 조치: 미조치. 해당 글은 슬롯머신 게임기 수리 관련 문의글로, 불법 도박 정보에",
        "        해당하지 않는다고 판단하였습니다.",
        "",
        "끝.",
        "",
        "주식회사 디시인사이드 법무팀",
    ]),
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문 '이행 결과 보고' with 가/나/다 items",
    why="삭제 removed; 임시조치 restricted; reasoned 미조치 rejected",
    items={D[0]: "removed", D[1]: "restricted", D[2]: "rejected"},
)

BAND_CS = enc("BAND 고객센터")

# A24: BAND customer centre, one removed one kept.
case(
    name="band-removed-and-kept",
    **{"from": "help@band.us"}, name_from=BAND_CS,
    date="Fri, 13 Sep 2024 14:33:27 +0900",
    subject=enc("[BAND] 문의하신 게시글 처리 결과 안내"),
    reply_to_req="req-240911-05",
    body="\n".join([
        "안녕하세요, BAND 고객센터입니다.",
        "문의하신 밴드 게시글에 대해 안내드립니다.",
        "",
        f"게시글 {B[0]} 은 BAND 운영정책(불법 도박 홍보) 위반으로 삭제되었습니다.",
        f"게시글 {B[1]} 은 검토 결과 운영정책에 위반되는 내용이 확인되지 않아 별도 조치 없이 유지됩니다.",
        "",
        "BAND 운영정책: https://band.us/policy/operation",
        "감사합니다.",
    ]),
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre result: one post deleted, one kept as not violating",
    why="one sentence per named post: removed and rejected",
    items={B[0]: "removed", B[1]: "rejected"},
)

# A25: BAND, URLs in angle brackets before a Korean sentence.
case(
    name="band-angle-urls-both-deleted",
    **{"from": "haeun.lee@band.us"}, name_from=enc("이하은"),
    date="Thu, 12 Sep 2024 19:02:11 +0900",
    subject=enc("Re: [KCSC-240911-05] 밴드 게시글 시정요구"),
    reply_to_req="req-240911-05",
    body="\n".join([
        "BAND 운영팀 이하은입니다.",
        "",
        f"<{B[0]}>, <{B[1]}> 두 게시글 모두 당사에서 직접 삭제 조치했습니다.",
        "해당 밴드 리더에게도 경고를 발송했습니다.",
        "",
        "이하은 드림",
    ]),
    outcome="applied", classification="confirmation",
    imitates="short BAND staff reply naming both posts in angle brackets",
    why="both posts named, one unhedged deletion statement: both removed",
    items={B[0]: "removed", B[1]: "removed"},
)

# ===================== REVIEW =====================

case(
    name="naver-promise-under-review",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY,
    date="Tue, 03 Sep 2024 16:20:00 +0900",
    subject=enc("RE: [KCSC-240902-01] 시정요구 통보 - 검토 현황"),
    reply_to_req="req-240902-01",
    body="\n".join([
        "안녕하세요, 네이버 정책지원팀입니다.",
        "",
        "요청하신 게시물 중 아래 2건은 사행성 여부 판단을 위해 관련 부서에서 추가 검토 중입니다.",
        "검토가 완료되는 대로 게시중단 조치할 예정이며, 결과는 이번 주 내로 회신드리겠습니다.",
        "",
        f"- {N[0]}",
        f"- {N[1]}",
        "",
        "감사합니다.",
    ]),
    outcome="review", review="not_understood",
    imitates="NAVER interim reply: under review, 게시중단 조치할 예정",
    why="only a promise about two named items: they stay pending",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="daum-hedge-seems-gone",
    **{"from": "cs@daum.net"}, name_from=enc("Daum 고객센터"),
    date="Fri, 06 Sep 2024 10:40:27 +0900",
    subject=enc("Re: [KCSC-240905-02] 티스토리 게시글 문의"),
    reply_to_req="req-240905-02",
    body="\n".join([
        "안녕하세요. Daum 고객센터 상담원 정유진입니다.",
        "",
        f"문의하신 티스토리 글 {K3_RAW} 은",
        "현재 접속 시 오류 페이지가 표시되는 것으로 보아 블로그 운영자가 글을 내린 것 같습니다.",
        "정확한 상태는 담당 부서 확인 후 다시 안내드리겠습니다.",
        "",
        "Daum 고객센터 드림",
    ]),
    outcome="review", review="not_understood",
    imitates="Daum customer-centre agent guessing a post's state before the team checks",
    why="'것으로 보아 … 내린 것 같습니다' is a hedge, not a statement: pending",
    items={K3: "pending"},
)

case(
    name="naver-bulk-all-13",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY,
    date="Mon, 09 Sep 2024 17:05:10 +0900",
    subject=enc("[회신] KCSC-240902-01 조치 완료"),
    reply_to_req="req-240902-01",
    body="\n".join([
        "안녕하세요. 네이버 정책지원팀입니다.",
        "",
        "시정요구하신 게시물 13건에 대해 모두 게시중단 조치를 완료하였습니다.",
        "",
        "감사합니다.",
    ]),
    outcome="review", review="bulk",
    imitates="one-line 조치 완료 reply covering a whole multi-item 시정요구",
    why="statement about all 13 items without naming any: bulk, items stay pending",
    items={u: "pending" for u in N},
)

case(
    name="dc-bulk-all-three",
    **{"from": "report@dcinside.com"}, name_from=DC_OPS,
    date="Wed, 11 Sep 2024 09:12:36 +0900",
    subject=enc("Re: [KCSC-240910-04] 게시물 삭제 요청"),
    reply_to_req="req-240910-04",
    body="\n".join([
        "안녕하세요, 디시 운영팀입니다.",
        "요청하신 KCSC-240910-04 건 3개 글 전부 삭제했습니다~",
        "",
        "수고하세요.",
    ]),
    outcome="review", review="bulk",
    imitates="informal DC Inside operator reply 'all deleted' without URLs",
    why="three-item request, statement about all of them without naming each: bulk",
    items={u: "pending" for u in D},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY, auth="fail",
    date="Wed, 04 Sep 2024 20:15:33 +0900",
    subject=enc("RE: [KCSC-240902-01] 조치결과"),
    reply_to_req="req-240902-01",
    body="\n".join([
        "안녕하세요. 네이버 정책지원팀입니다.",
        "",
        f"{N[4]} - 삭제",
        f"{N[5]} - 삭제",
        "",
        "감사합니다.",
    ]),
    outcome="review", review="untrusted",
    imitates="NAVER-looking 조치결과 whose DKIM/SPF/DMARC all fail",
    why="NAVER domain failing authentication: nothing applied",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="cafe-manager-hanmail",
    **{"from": "jackpot_mgr77@hanmail.net"}, name_from=enc("잭팟라운지 매니저"),
    date="Wed, 04 Sep 2024 22:48:05 +0900",
    subject=enc("카페 게시글 삭제했습니다"),
    body="\n".join([
        "안녕하세요 잭팟라운지 카페 매니저입니다.",
        "네이버에서 연락 받고 위원회 요청하신 글 2개 제가 지웠습니다.",
        "",
        N[4],
        N[5],
        "",
        "카페 폐쇄는 안되게 부탁드립니다 ㅠㅠ",
    ]),
    outcome="review", review="unknown_sender",
    imitates="a cafe manager writing from a personal webmail address",
    why="not a platform domain (hanmail.net is not configured): the posts stay pending",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="navercorp-answers-for-band",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY,
    date="Fri, 13 Sep 2024 11:20:45 +0900",
    subject=enc("[회신] 밴드 게시글 시정요구(KCSC-240911-05)"),
    body="\n".join([
        "안녕하세요. 네이버 정책지원팀입니다.",
        "",
        "밴드(BAND) 서비스 관련 시정요구 KCSC-240911-05 건을 당사에서 함께 처리하여 회신드립니다.",
        "아래 게시글 2건은 삭제 조치하였습니다.",
        "",
        f"1. {B[0]}",
        f"2. {B[1]}",
        "",
        "네이버 주식회사 정책지원팀",
    ]),
    outcome="review", review="wrong_platform",
    imitates="NAVER group policy team answering for a sister service (BAND)",
    why="navercorp.com is the NAVER platform's domain, the items belong to the band platform: wrong_platform",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="naver-asks-for-resolution",
    **{"from": "cafe_help@naver.com"}, name_from=enc("네이버 카페"),
    date="Thu, 05 Sep 2024 09:55:19 +0900",
    subject=enc("[네이버 카페] 게시중단 요청 관련 자료 보완 요청"),
    reply_to_req="req-240902-01",
    body="\n".join([
        "안녕하세요. 네이버 카페 고객센터입니다.",
        "",
        f"요청하신 카페 게시물({N[7]})의 게시중단 검토를 위해,",
        "해당 게시물이 관련 법령 위반에 해당한다는 심의 의결서 사본 또는 근거 조항을 회신해 주시기 바랍니다.",
        "자료가 확인되는 대로 검토하여 처리하겠습니다.",
        "",
        "네이버 카페 고객센터 드림",
    ]),
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 자료 보완 요청 (asking for the resolution or legal basis)",
    why="asks for documents before acting: item pending, a person must answer",
    items={N[7]: "pending"},
)

case(
    name="dc-contact-change-notice",
    **{"from": "legal@dcinside.com"}, name_from=enc("디시인사이드 법무팀"),
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    subject=enc("시정요구 접수 창구 변경 안내"),
    body="\n".join([
        "방송통신심의위원회 담당자님께,",
        "",
        "2024년 10월 1일부터 당사의 시정요구 및 협조요청 공문 접수 창구가 변경됩니다.",
        "이후 공문은 legal-notice@dcinside.com 으로 보내주시기 바랍니다.",
        "기존 주소로 보내신 공문도 9월 말까지는 정상 처리됩니다.",
        "",
        "주식회사 디시인사이드 법무팀",
    ]),
    outcome="review", review="no_claims",
    imitates="platform notice of a changed contact address for official letters",
    why="trusted DC Inside mail naming no item and no request",
    items={},
)

case(
    name="band-conditional-deletion",
    **{"from": "help@band.us"}, name_from=BAND_CS,
    date="Thu, 12 Sep 2024 10:30:52 +0900",
    subject=enc("[BAND] 신고하신 게시글 안내"),
    reply_to_req="req-240911-05",
    body="\n".join([
        "안녕하세요, BAND 고객센터입니다.",
        "",
        f"신고하신 게시글 {B[0]} 에 대해 작성자에게 소명을 요청했습니다.",
        "7일 이내에 소명하지 않으면 게시글이 삭제됩니다.",
        "",
        "감사합니다.",
    ]),
    outcome="review", review="not_understood",
    imitates="BAND notice that the author was asked to justify the post, deletion conditional",
    why="deletion only on a condition in the future: pending",
    items={B[0]: "pending"},
)

case(
    name="youtube-short-under-review",
    **{"from": "legal-support-kr@google.com"}, name_from=YT_LEGAL,
    date="Tue, 10 Sep 2024 06:12:33 +0000",
    subject=enc("Re: [KCSC-240909-03] 법적 요청"),
    reply_to_req="req-240909-03",
    body="\n".join([
        "안녕하세요.",
        "",
        f"요청하신 Shorts {Y[2]} 는 현재 담당팀에서 검토하고 있습니다.",
        "현지 법률 검토가 필요하여 시간이 다소 걸릴 수 있으며, 검토가 완료되면 결과를 알려드리겠습니다.",
        "",
        "YouTube 법률 지원팀 드림",
    ]),
    outcome="review", review="not_understood",
    imitates="YouTube legal 'still under review' update naming one URL",
    why="under review is no statement; it names a requested item so a person looks at it",
    items={Y[2]: "pending"},
)

case(
    name="kakao-lookalike-domain",
    **{"from": "notice@kakaocorp-safety.com"}, name_from=enc("카카오 안전센터"),
    date="Tue, 10 Sep 2024 12:44:09 +0900",
    subject=enc("[카카오 안전센터] KCSC-240905-02 처리 완료"),
    body="\n".join([
        "카카오 안전센터입니다.",
        "",
        "요청하신 KCSC-240905-02의 게시물 중 아래 게시물을 삭제 완료하였습니다.",
        f"- {K[0]}",
        f"- {K[1]}",
        "",
        "카카오 안전센터",
    ]),
    outcome="review", review="unknown_sender",
    imitates="Kakao-branded mail from a look-alike domain not configured for any platform",
    why="kakaocorp-safety.com is not a Kakao sender domain: unknown sender, nothing applied",
    items={K[0]: "pending", K[1]: "pending"},
)

# ===================== IGNORED =====================

case(
    name="naver-out-of-office",
    **{"from": "jaehyun.lee@navercorp.com"}, name_from=enc("이재현"),
    date="Tue, 03 Sep 2024 09:01:12 +0900",
    subject=enc("[자동응답] 부재중입니다: [KCSC-240902-01] 시정요구 통보"),
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="\n".join([
        "안녕하세요. 이재현입니다.",
        "9월 3일(화)부터 9월 6일(금)까지 해외 출장으로 메일 확인이 어렵습니다.",
        "급한 시정요구 건은 policy@navercorp.com 으로 보내주시기 바랍니다.",
        "",
        "※ 본 메일은 자동으로 발송되었습니다.",
    ]),
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (자동응답)",
    why="auto-reply, says nothing about items",
    items={},
)

dsn_text = "\n".join([
    "이 메시지는 자동으로 생성되었습니다.",
    "This is an automatically generated Delivery Status Notification.",
    "",
    "다음 수신자에게 메일을 전달하지 못했습니다:",
    "Delivery to the following recipient failed permanently:",
    "",
    "    takedown.kr@kakaocorp.com",
    "",
    "오류: 550 5.1.1 수신자 주소가 존재하지 않습니다 (user unknown)",
])
case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mail3.kakaocorp.com"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 14:30:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.k7.5520"',
        "",
        "--dsn.k7.5520",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        dsn_text,
        "",
        "--dsn.k7.5520",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mail3.kakaocorp.com",
        "Arrival-Date: Thu, 05 Sep 2024 14:30:39 +0900",
        "",
        "Final-Recipient: rfc822; takedown.kr@kakaocorp.com",
        "Action: failed",
        "Status: 5.1.1",
        "Diagnostic-Code: smtp; 550 5.1.1 <takedown.kr@kakaocorp.com>: Recipient address rejected",
        "",
        "--dsn.k7.5520",
        "Content-Type: message/rfc822",
        "",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "To: takedown.kr@kakaocorp.com",
        "Subject: [KCSC-240905-02] =?UTF-8?B?" + base64.b64encode("시정요구 통보".encode()).decode() + "?=",
        "Date: Thu, 05 Sep 2024 14:30:00 +0900",
        "Message-ID: <req-240905-02@kcsc.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
    ] + request_text("KCSC-240905-02") + [
        "",
        "--dsn.k7.5520--",
    ]),
    outcome="ignored", classification="bounce",
    imitates="Postfix-style DSN with a bilingual Korean/English notice and the returned request",
    why="bounce: the URLs are those of our own returned request",
    items={},
)

case(
    name="dc-read-receipt",
    **{"from": "legal@dcinside.com"}, name_from=enc("디시인사이드 법무팀"),
    date="Tue, 10 Sep 2024 15:02:20 +0900",
    subject=enc("읽음: [KCSC-240910-04] 시정요구서"),
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_dc_0910"',
        "",
        "--mdn_dc_0910",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "읽음 확인",
        "",
        "귀하가 보낸 메시지 '[KCSC-240910-04] 시정요구서'를 수신자가 2024-09-10 15:02에 열람했습니다.",
        "",
        "--mdn_dc_0910",
        "Content-Type: message/disposition-notification",
        "",
        "Reporting-UA: mail.dcinside.com; Webmail",
        "Final-Recipient: rfc822; legal@dcinside.com",
        "Original-Message-ID: <req-240910-04@kcsc.example>",
        "Disposition: manual-action/MDN-sent-manually; displayed",
        "",
        "--mdn_dc_0910--",
    ]),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인) as an MDN",
    why="read receipt, no statement",
    items={},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Thu, 05 Sep 2024 14:31:10 +0900",
    subject=enc("[카카오 고객센터] 문의가 접수되었습니다 (접수번호 KC-24090512871)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="\n".join([
        "안녕하세요, 카카오 고객센터입니다.",
        "",
        "고객님의 문의가 정상적으로 접수되었습니다.",
        "접수번호: KC-24090512871",
        "문의 제목: [KCSC-240905-02] 시정요구 통보",
        "",
        "접수된 순서에 따라 확인 후 답변드리겠습니다. 답변은 평일 기준 1~3일 정도 소요될 수 있습니다.",
        "",
        "※ 본 메일은 발신 전용입니다.",
    ]),
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt (문의 접수 완료)",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="youtube-report-received-echo",
    **{"from": "legal-noreply@google.com"}, name_from=enc("YouTube"),
    date="Mon, 09 Sep 2024 00:47:02 +0000",
    subject=enc("YouTube 법적 신고 접수 확인 - 신고 ID 7-2041889130551"),
    body="\n".join([
        "안녕하세요.",
        "",
        "YouTube에 법적 신고를 제출해 주셔서 감사합니다. 신고가 접수되었습니다.",
        "신고 ID: 7-2041889130551",
        "",
        "신고된 URL:",
        Y[0],
        Y[1],
        "",
        "검토가 완료되면 이 주소로 결과를 알려드립니다.",
        "이 메일에 회신하지 마세요.",
        "",
        "YouTube 팀",
    ]),
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal-form receipt echoing the reported URLs",
    why="receipt echoing the reported URLs, no statement about them",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="band-chuseok-auto-reply",
    **{"from": "help@band.us"}, name_from=BAND_CS,
    date="Mon, 16 Sep 2024 09:00:03 +0900",
    subject=enc("[자동응답] Re: [KCSC-240911-05] 밴드 게시글 시정요구"),
    reply_to_req="req-240911-05",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="\n".join([
        "안녕하세요, BAND 고객센터입니다.",
        "",
        "추석 연휴(9월 16일~18일) 기간에는 고객센터를 운영하지 않습니다.",
        "접수된 문의는 9월 19일부터 순차적으로 답변드리겠습니다.",
        "",
        "즐거운 명절 보내세요.",
    ]),
    outcome="ignored", classification="auto_reply",
    imitates="BAND holiday (추석 연휴) auto-reply",
    why="auto-reply",
    items={},
)

case(
    name="naver-report-received",
    **{"from": "noreply@navercorp.com"}, name_from=enc("NAVER"),
    date="Mon, 02 Sep 2024 10:15:22 +0900",
    subject=enc("[NAVER] 게시중단 요청이 접수되었습니다 (KCSC-240902-01)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="\n".join([
        "게시중단 요청이 접수되었습니다.",
        "",
        "접수번호: 2409020188",
        "접수일시: 2024.09.02 10:15",
        "요청 게시물 수: 13건",
        "",
        "처리 결과는 검토 완료 후 이메일로 안내됩니다.",
        "",
        "본 메일은 발신 전용으로 회신되지 않습니다.",
    ]),
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단 요청 접수 안내 (automatic receipt)",
    why="receipt with a ticket number, no result",
    items={},
)


HEADER = """# Blind set 803 (Korean: NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind803/make.py from each email's meaning, before
# the reader was run on it. Each case is ingested alone into a fresh ledger
# holding requests.csv. Do not edit by hand: run make.py.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
