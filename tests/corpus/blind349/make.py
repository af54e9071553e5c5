#!/usr/bin/env python3
"""Blind set 349: hosting providers, a CDN, a registrar, a forum, an image
board, a file host and a paste service answering (often informally), with
CSV attachments and plain-text tables.

Deterministic: `python3 tests/corpus/blind349/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning alone, before the reader was run on any of them.
All names, domains, ids and URLs are fictional.
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


def pct(path):
    return quote(path, safe="/")


# ---------------------------------------------------------------- requests
# dalbit (forum, 14 items: the largest request)
D_FREE1 = "https://dalbit.kr/board/free/20391"
D_FREE2 = "https://dalbit.kr/board/free/20417"
D_FREE3 = "https://dalbit.kr/board/free/20488"
D_HUM1 = "https://dalbit.kr/board/humor/7712"
D_HUM2 = "https://dalbit.kr/board/humor/7730"
D_MKT1 = "https://dalbit.kr/board/market/55120"
D_MKT2 = "https://dalbit.kr/board/market/55187"
D_MKT3 = "https://dalbit.kr/board/market/55203"
D_PH1 = "https://dalbit.kr/gallery/photo/3381"
D_PH2 = "https://dalbit.kr/gallery/photo/3392"
D_JT_RAW = "https://dalbit.kr/장터/90012"
D_JT = "https://dalbit.kr" + pct("/장터/90012")
D_GJ_RAW = "https://dalbit.kr/게시판/자유/4410"
D_GJ = "https://dalbit.kr" + pct("/게시판/자유/4410")
D_USER = "https://dalbit.kr/user/nightowl_77"
D_BBS = "https://dalbit.kr/bbs/board.php?bo_table=free&wr_id=20555"
DALBIT = [D_FREE1, D_FREE2, D_FREE3, D_HUM1, D_HUM2, D_MKT1, D_MKT2, D_MKT3,
          D_PH1, D_PH2, D_JT, D_GJ, D_USER, D_BBS]

# dropnest (file host, 5 items)
N_F1 = "https://dropnest.io/f/Qm7vX2pL"
N_F2 = "https://dropnest.io/f/Hk93TzaA"
N_F3 = "https://dropnest.io/f/Zr01bWnE"
N_DIR = "https://dropnest.io/folder/Ue5sPp1c"
N_DL = "https://dl.dropnest.io/d/Yt8cMx4R/" + pct("자료모음") + "_full_2024.zip"
DROPNEST = [N_F1, N_F2, N_F3, N_DIR, N_DL]

# hanulhost (web host, 3 items on customers' sites)
H_MAIN = "http://lucky-slot77.kr/"
H_JOIN = "http://lucky-slot77.kr/event/join.php"
H_PHARM = "https://mintpharm24.com/shop/item/332"
HANUL = [H_MAIN, H_JOIN, H_PHARM]

# edgeveil (CDN, 2 items)
E_BET = "https://bet-moon99.com/"
E_TOON = "https://cdn.toonsea.xyz/ep/1201/"
EDGE = [E_BET, E_TOON]

# pixboard (image board, 4 items)
P_B1 = "https://pixboard.net/b/res/88812.html"
P_B2 = "https://pixboard.net/b/res/88840.html"
P_KR = "https://pixboard.net/kr/res/4021.html"
P_IMG = "https://i.pixboard.net/src/1725400012345.jpg"
PIX = [P_B1, P_B2, P_KR, P_IMG]

# gaondomains (registrar, 1 item)
G_DOM = "http://fake-kcsc-refund.com/"

# pastejar (paste service, 2 items)
J_P1 = "https://pastejar.com/p/8fK2mQ"
J_P2 = "https://pastejar.com/p/Lw90Za"

REQUESTS = [
    ("KCSC-240902-01", "dalbit", "2024-09-02T14:00:00+09:00", "2024-09-09T18:00:00+09:00",
     DALBIT, "gambling_and_obscenity", "req-240902-01", "forum posts, photos, one member profile"),
    ("KCSC-240903-02", "dropnest", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     DROPNEST, "obscenity", "req-240903-02", "shared files and one folder"),
    ("KCSC-240904-03", "hanulhost", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     HANUL, "gambling_and_drugs", "req-240904-03", "customer sites on shared hosting"),
    ("KCSC-240905-04", "edgeveil", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     EDGE, "gambling_and_copyright", "req-240905-04", "sites behind the CDN"),
    ("KCSC-240906-05", "pixboard", "2024-09-06T16:20:00+09:00", "2024-09-13T18:00:00+09:00",
     PIX, "obscenity", "req-240906-05", "image board threads and one image file"),
    ("KCSC-240909-06", "gaondomains", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [G_DOM], "phishing", "req-240909-06", "phishing domain impersonating the regulator"),
    ("KCSC-240910-07", "pastejar", "2024-09-10T13:15:00+09:00", "2024-09-17T18:00:00+09:00",
     [J_P1, J_P2], "privacy", "req-240910-07", "pastes with personal data"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def plain_qp(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text))


def plain_b64(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text))


def with_csv(body, csv_text, filename, boundary, bom=True):
    data = csv_text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{body.strip()}\n\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(data)}\n"
        f"--{boundary}--\n"
    )


def alternative(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(text.strip())}\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(html.strip())}\n"
        f"--{boundary}--\n"
    )


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

# Our Korean request to Dalbit, as a forum admin would quote it (Gmail style).
DALBIT_REQ_QUOTE = "\n".join(
    ["> 안녕하세요. 방송통신심의위원회 불법정보대응팀입니다.",
     "> 아래 게시물은 정보통신망법에 따른 불법정보로 심의되어 시정요구(삭제)를",
     "> 요청드립니다. (요청번호 KCSC-240902-01, 처리기한 9월 9일)",
     ">"]
    + [f"> {i}. {u}" for i, u in enumerate(
        [D_FREE1, D_FREE2, D_FREE3, D_HUM1, D_HUM2, D_MKT1, D_MKT2, D_MKT3,
         D_PH1, D_PH2, D_JT_RAW, D_GJ_RAW, D_USER, D_BBS], 1)]
    + [">", "> 조치 결과를 회신하여 주시기 바랍니다."])

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


def pending(urls, **changed):
    d = {u: "pending" for u in urls}
    d.update(changed)
    return d


# ===== applied ==========================================================

case(name="dalbit-admin-oneliner-ko", outcome="applied", classification="confirmation",
     from_="admin@dalbit.kr", name_from="달빛 커뮤니티 운영자",
     date="Tue, 03 Sep 2024 09:12:40 +0900",
     subject="Re: [KCSC-240902-01] 불법정보 시정요구 (달빛 커뮤니티)", reply_to_req="req-240902-01",
     imitates="small Korean forum admin answering a 시정요구 in one line from the admin mailbox",
     why="one named post, 삭제했습니다: removed; nothing else is said",
     items={D_FREE1: "removed"},
     body="""
안녕하세요, 달빛 커뮤니티 운영자입니다.
https://dalbit.kr/board/free/20391 글 삭제했습니다.
감사합니다.
""")

case(name="dalbit-plaintext-table-ko", outcome="applied", classification="confirmation",
     from_="admin@dalbit.kr", name_from="달빛 커뮤니티",
     date="Wed, 04 Sep 2024 17:40:05 +0900",
     subject="[달빛 커뮤니티] 게시물 조치 결과 회신 (KCSC-240902-01)",
     imitates="forum operator's plain-text 조치 결과 table (번호 | 주소 | 조치 결과)",
     why="블라인드 -> removed, 게시물 없음(작성자 삭제) -> not_found, 위반 아님 with reason -> rejected, 삭제 -> removed, 임시조치 -> restricted",
     items={D_FREE2: "removed", D_FREE3: "not_found", D_HUM1: "rejected",
            D_MKT1: "removed", D_PH1: "restricted"},
     body="""
방송통신심의위원회 담당자님께,

요청번호 KCSC-240902-01 중 오늘까지 처리한 5건의 결과입니다.

No. | 게시물 주소                            | 조치 결과
----+----------------------------------------+------------------------------------------
 1  | https://dalbit.kr/board/free/20417     | 블라인드 처리
 2  | https://dalbit.kr/board/free/20488     | 게시물 없음 (작성자 본인이 삭제)
 3  | https://dalbit.kr/board/humor/7712     | 조치 안 함 - 풍자 게시물로 운영정책 위반 아님
 4  | https://dalbit.kr/board/market/55120   | 삭제
 5  | https://dalbit.kr/gallery/photo/3381   | 임시조치 (30일)

나머지 건은 확인되는 대로 다시 회신드리겠습니다.

달빛 커뮤니티 운영팀 드림
""")

DALBIT_CSV = """번호,URL,처리결과,처리일시,비고
1,https://dalbit.kr/board/free/20391,삭제,2024-09-05 11:02,
2,https://dalbit.kr/board/free/20417,삭제,2024-09-05 11:03,
3,https://dalbit.kr/board/free/20488,게시물 없음,-,작성자 본인 삭제(9/2)
4,https://dalbit.kr/board/humor/7712,미조치,-,운영정책 위반 아님(풍자 게시물)
5,https://dalbit.kr/board/humor/7730,삭제,2024-09-05 11:05,
6,https://dalbit.kr/board/market/55120,삭제,2024-09-05 11:06,
7,https://dalbit.kr/board/market/55187,게시물 없음,-,이미 삭제된 글
8,https://dalbit.kr/board/market/55203,임시조치,2024-09-05 11:07,30일
9,https://dalbit.kr/gallery/photo/3381,블라인드,2024-09-05 11:08,
10,https://dalbit.kr/gallery/photo/3392,삭제,2024-09-05 11:08,
11,%s,삭제,2024-09-05 11:10,
12,%s,국내 접속 차단,2024-09-05 11:11,해외 접속은 유지
13,https://dalbit.kr/user/nightowl_77,계정 정지 및 게시물 비공개,2024-09-05 11:14,
14,"https://dalbit.kr/bbs/board.php?bo_table=free&wr_id=20555",삭제,2024-09-05 11:15,
""" % (D_JT, D_GJ)

case(name="dalbit-csv-attachment-all", outcome="applied", classification="confirmation",
     from_="admin@dalbit.kr", name_from="달빛 커뮤니티 운영팀",
     date="Thu, 05 Sep 2024 11:30:12 +0900",
     subject="RE: [KCSC-240902-01] 시정요구 처리결과 (첨부)", reply_to_req="req-240902-01",
     imitates="operator sending the 처리결과 spreadsheet exported from its admin panel as a CSV attachment",
     why="every row names its URL and a result: 삭제/블라인드/비공개 -> removed, 게시물 없음 -> not_found, 미조치 with reason -> rejected, 임시조치/국내 접속 차단 -> restricted",
     items={D_FREE1: "removed", D_FREE2: "removed", D_FREE3: "not_found", D_HUM1: "rejected",
            D_HUM2: "removed", D_MKT1: "removed", D_MKT2: "not_found", D_MKT3: "restricted",
            D_PH1: "removed", D_PH2: "removed", D_JT: "removed", D_GJ: "restricted",
            D_USER: "removed", D_BBS: "removed"},
     raw_mime=with_csv("""
안녕하세요.
요청하신 14건의 처리 결과를 첨부 파일(CSV)로 보내드립니다.
추가 문의는 이 메일로 회신 주세요.

달빛 커뮤니티 운영팀
""", DALBIT_CSV, "dalbit_KCSC-240902-01_result.csv", "=_dalbit_5f2a"))

DALBIT_HTML = """<html><body style="font-family:sans-serif">
<p>안녕하세요. 달빛 커뮤니티입니다.</p>
<p>요청번호 <b>KCSC-240902-01</b> 게시물에 대한 조치 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>게시판</th><th>게시물</th><th>조치 결과</th></tr>
<tr><td>유머</td><td><a href="https://dalbit.kr/board/humor/7730">https://dalbit.kr/board/humor/7730</a></td><td>삭제 완료</td></tr>
<tr><td>장터</td><td><a href="https://dalbit.kr/board/market/55187">https://dalbit.kr/board/market/55187</a></td><td>존재하지 않는 게시물</td></tr>
<tr><td>장터</td><td><a href="https://dalbit.kr/board/market/55203">https://dalbit.kr/board/market/55203</a></td><td>임시조치 (30일)</td></tr>
<tr><td>사진</td><td><a href="https://dalbit.kr/gallery/photo/3392">https://dalbit.kr/gallery/photo/3392</a></td><td>블라인드</td></tr>
<tr><td>자유</td><td><a href="https://dalbit.kr/board/free/20391">https://dalbit.kr/board/free/20391</a></td><td>검토 중</td></tr>
</table>
<p>운영정책은 <a href="https://dalbit.kr/policy/operation">https://dalbit.kr/policy/operation</a>,
신고 안내는 <a href="https://dalbit.kr/help/report">고객센터</a>에서 보실 수 있습니다.</p>
<p>달빛 커뮤니티 운영팀</p>
</body></html>"""

case(name="dalbit-html-table-qp", outcome="applied", classification="confirmation",
     from_="help@dalbit.kr", name_from="달빛 커뮤니티 고객센터",
     date="Wed, 04 Sep 2024 15:05:51 +0900",
     subject="[달빛 커뮤니티] 요청하신 게시물 조치 결과 안내",
     imitates="Korean portal-style HTML 조치 결과 table sent quoted-printable from a help desk",
     why="table rows: 삭제 완료/블라인드 -> removed, 존재하지 않는 게시물 -> not_found, 임시조치 -> restricted, 검토 중 -> pending; policy and help links are not items",
     items={D_HUM2: "removed", D_MKT2: "not_found", D_MKT3: "restricted", D_PH2: "removed",
            D_FREE1: "pending"},
     raw_mime=("Content-Type: text/html; charset=utf-8\n"
               "Content-Transfer-Encoding: quoted-printable\n\n" + qp(DALBIT_HTML)))

case(name="dalbit-particles-fullwidth", outcome="applied", classification="confirmation",
     from_="admin@dalbit.kr", name_from="달빛 커뮤니티 운영자",
     date="Wed, 04 Sep 2024 10:21:09 +0900",
     subject="Re: [KCSC-240902-01] 불법정보 시정요구 (달빛 커뮤니티)", reply_to_req="req-240902-01",
     imitates="forum admin's prose reply with URLs glued to Korean particles and full-width punctuation",
     why="은 삭제하였고 -> removed; 작성자가 이미 지운 글 -> not_found; 위반 사항이 없어 그대로 둡니다 with reason -> rejected",
     items={D_MKT1: "removed", D_MKT2: "not_found", D_MKT3: "rejected"},
     body="""
운영팀입니다。장터 게시판 건 먼저 답변드립니다．

https://dalbit.kr/board/market/55120은 불법 판매글로 확인되어 삭제하였고，https://dalbit.kr/board/market/55187는 작성자가 이미 지운 글이라 남아 있는 것이 없습니다．
https://dalbit.kr/board/market/55203（중고 거래 글）은 확인해 보니 개인 간 정상적인 중고 거래라 위반 사항이 없어 그대로 둡니다．

나머지 게시판은 담당자가 보고 따로 연락드릴게요．
""")

case(name="dalbit-raw-korean-paths", outcome="applied", classification="confirmation",
     from_="admin@dalbit.kr", name_from="달빛 커뮤니티 운영자",
     date="Thu, 05 Sep 2024 08:55:30 +0900",
     subject="Re: [KCSC-240902-01] 불법정보 시정요구 (달빛 커뮤니티)", reply_to_req="req-240902-01",
     imitates="admin reply copying the Korean-path URLs as the browser shows them, with an em-dash and the result",
     why="raw Korean paths match the percent-encoded request URLs; 운영자 삭제 -> removed, 임시조치(접근 제한) -> restricted",
     items={D_JT: "removed", D_GJ: "restricted"},
     body=f"""
한글 주소로 된 두 건 처리했습니다.

장터  {D_JT_RAW} — 운영자 삭제 완료
자유  {D_GJ_RAW} — 임시조치(30일간 접근 제한)

- 달빛 운영자 드림
""")

case(name="dalbit-account-ban-and-blind", outcome="applied", classification="confirmation",
     from_="admin@dalbit.kr", name_from="달빛 커뮤니티 운영자",
     date="Thu, 05 Sep 2024 19:02:44 +0900",
     subject="Re: [KCSC-240902-01] 회원 nightowl_77 관련", reply_to_req="req-240902-01",
     imitates="forum admin reporting a member ban with profile and posts made private (비공개 처리)",
     why="profile URL: 영구 이용정지, 프로필 비공개 처리 -> removed; photo post 블라인드 처리 -> removed",
     items={D_USER: "removed", D_PH1: "removed"},
     body="""
신고하신 회원 nightowl_77 (https://dalbit.kr/user/nightowl_77)은 영구 이용정지했고
프로필과 작성 글은 모두 비공개 처리했습니다.

같이 적어주신 사진 글 https://dalbit.kr/gallery/photo/3381 도 블라인드 처리했습니다.

달빛 운영자
""")

case(name="dalbit-author-deleted-query-url", outcome="applied", classification="confirmation",
     from_="admin@dalbit.kr", name_from="달빛 커뮤니티 운영자",
     date="Fri, 06 Sep 2024 13:47:18 +0900",
     subject="Re: [KCSC-240902-01] 불법정보 시정요구 (달빛 커뮤니티)", reply_to_req="req-240902-01",
     imitates="admin checking the deletion log of a board post (gnuboard-style URL with a query string)",
     why="already deleted by its author before we looked -> not_found",
     items={D_BBS: "not_found"},
     body="""
문의하신 https://dalbit.kr/bbs/board.php?bo_table=free&wr_id=20555 는
저희가 확인했을 때 이미 작성자 본인이 삭제한 상태였습니다.
관리자 로그에 9월 3일 02:14 본인 삭제 기록이 남아 있습니다.
""")

case(name="dalbit-top-posted-over-quote", outcome="applied", classification="confirmation",
     from_="admin@dalbit.kr", name_from="달빛 커뮤니티 운영자",
     date="Tue, 03 Sep 2024 22:16:03 +0900",
     subject="Re: [KCSC-240902-01] 불법정보 시정요구 (달빛 커뮤니티)", reply_to_req="req-240902-01",
     imitates="Gmail-style top-posted reply over the quoted Korean request",
     why="only photo 3392 is stated (삭제했습니다); the rest is a promise to answer later and the quoted request lists URLs only",
     items=pending([u for u in DALBIT if u != D_PH2], **{D_PH2: "removed"}),
     body=f"""
사진 게시판 https://dalbit.kr/gallery/photo/3392 는 방금 삭제했습니다.
나머지 글은 운영진 회의 후에 따로 답변드리겠습니다.

2024년 9월 2일 (월) 오후 2:00, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
{DALBIT_REQ_QUOTE}
""")

case(name="dalbit-base64-correction-result", outcome="applied", classification="confirmation",
     from_="admin@dalbit.kr", name_from="달빛 커뮤니티",
     date="Fri, 06 Sep 2024 10:00:00 +0900",
     subject="[시정요구 조치결과 회신] KCSC-240902-01",
     imitates="시정요구 조치결과 회신 form (조치내용 / 사유) sent as a base64 text body",
     why="게시중단 -> removed, 임시조치 -> restricted, 미이행 with 사유 (정상 정보, 게시 유지) -> rejected",
     items={D_HUM2: "removed", D_MKT3: "restricted", D_FREE2: "rejected"},
     raw_mime=plain_b64("""[시정요구 조치결과 회신]

요청번호: KCSC-240902-01
회신기관: 달빛 커뮤니티 (운영자 한도윤)
회신일자: 2024-09-06

1) https://dalbit.kr/board/humor/7730
   - 조치내용: 게시중단
2) https://dalbit.kr/board/market/55203
   - 조치내용: 임시조치 (30일)
3) https://dalbit.kr/board/free/20417
   - 조치내용: 미이행
   - 사유: 정상적인 정보 공유 글로 판단되어 게시를 유지함

이상입니다.
"""))

case(name="dalbit-angle-url-particle", outcome="applied", classification="confirmation",
     from_="admin@dalbit.kr", name_from="달빛 커뮤니티 운영자",
     date="Sat, 07 Sep 2024 11:31:26 +0900",
     subject="Re: [KCSC-240902-01] 자유게시판 건", reply_to_req="req-240902-01",
     imitates="admin reply with the URL in angle brackets followed directly by a Korean particle",
     why="<URL>에 대해서는 블라인드 처리 -> removed",
     items={D_BBS: "removed"},
     body="""
안녕하세요.
<https://dalbit.kr/bbs/board.php?bo_table=free&wr_id=20555>에 대해서는 블라인드 처리 완료했습니다.
이제 일반 회원에게는 보이지 않습니다.
""")

case(name="dropnest-url-then-status-lines", outcome="applied", classification="confirmation",
     from_="abuse@dropnest.io", name_from="DropNest Trust & Safety",
     date="Wed, 04 Sep 2024 03:18:44 +0000",
     subject="Re: [KCSC-240903-02] Removal request - DropNest", reply_to_req="req-240903-02",
     imitates="file host abuse desk listing each bare URL with a 'Status:' line below it",
     why="Status lines below each URL: file deleted -> removed, no such file -> not_found, access disabled -> removed",
     items={N_F1: "removed", N_F2: "not_found", N_F3: "removed"},
     body="""
Hello KCSC team,

Results for your notice KCSC-240903-02 so far:

https://dropnest.io/f/Qm7vX2pL
Status: file deleted, uploader account terminated

https://dropnest.io/f/Hk93TzaA
Status: no such file (the link was never valid or has expired)

https://dropnest.io/f/Zr01bWnE
Status: access disabled

The folder and the direct download link are still with a colleague.

Regards,
Marta
DropNest Trust & Safety
""")

case(name="dropnest-statement-then-url-below", outcome="applied", classification="confirmation",
     from_="abuse@dropnest.io", name_from="DropNest Trust & Safety",
     date="Thu, 05 Sep 2024 08:02:10 +0000",
     subject="Re: [KCSC-240903-02] Removal request - DropNest", reply_to_req="req-240903-02",
     imitates="abuse desk writing the statement first and the URL on the line below; a long URL in angle brackets wrapped by the client",
     why="folder disabled -> removed; download link deleted by the uploader before the notice -> not_found (the wrapped <...> URL is the requested one)",
     items={N_DIR: "removed", N_DL: "not_found"},
     body=f"""
Hi,

We have disabled the shared folder below, including every file inside it:
https://dropnest.io/folder/Ue5sPp1c

The following download link had already been deleted by the uploader before
your notice reached us, so there was nothing left for us to act on:
<{N_DL[:72]}
{N_DL[72:]}>

Best,
Jonas / DropNest abuse team
""")

DROPNEST_CSV = f"""ticket,reported_url,action_taken,action_date,comment
DN-55790,{N_F1},removed,2024-09-04,
DN-55790,{N_F2},not_found,,no file under this id
DN-55790,{N_F3},removed,2024-09-04,hash added to blocklist
DN-55790,{N_DIR},no_action,,folder holds a public software installer; no breach of our terms found
DN-55790,{N_DL},removed,2024-09-05,
"""

case(name="dropnest-csv-ticket-export", outcome="applied", classification="confirmation",
     from_="abuse@dropnest.io", name_from="DropNest Trust & Safety",
     date="Fri, 06 Sep 2024 09:44:27 +0000",
     subject="DN-55790 / KCSC-240903-02 - outcome export",
     imitates="ticket-system CSV export (ticket, reported_url, action_taken, comment) attached to a short note",
     why="each CSV row names its URL: removed -> removed, not_found -> not_found, no_action with 'no breach found' -> rejected",
     items={N_F1: "removed", N_F2: "not_found", N_F3: "removed", N_DIR: "rejected", N_DL: "removed"},
     raw_mime=with_csv("""
Hello,

Attached is the export from our abuse ticket DN-55790, which covers your
notice KCSC-240903-02. One line per reported link.

DropNest Trust & Safety
""", DROPNEST_CSV, "DN-55790.csv", "----=_Part_7781_dn", bom=False))

case(name="dropnest-receipt-plus-removal", outcome="applied", classification="confirmation",
     from_="abuse@dropnest.io", name_from="DropNest Trust & Safety",
     date="Tue, 03 Sep 2024 05:10:39 +0000",
     subject="[DN-55821] Your report has been received",
     imitates="ticket receipt that also states an action already taken",
     why="receipt wording plus an unhedged statement: the file was already removed by the host's hash matching -> removed",
     items={N_F3: "removed"},
     body="""
Thank you for your report. It has been logged as ticket DN-55821.

No further action is needed from your side: https://dropnest.io/f/Zr01bWnE
was already removed by our automated hash matching on 3 September, and the
uploader's account has been closed.

DropNest Trust & Safety
""")

case(name="hanulhost-account-suspended", outcome="applied", classification="confirmation",
     from_="abuse@hanulhost.co.kr", name_from="Hanul Hosting Abuse Desk",
     date="Thu, 05 Sep 2024 16:25:00 +0900",
     subject="RE: [KCSC-240904-03] Illegal content on hosted sites", reply_to_req="req-240904-03",
     imitates="shared-hosting abuse desk: customer account suspended, Outlook '-----Original Message-----' quote below",
     why="both lucky-slot77 URLs are named and their account suspended (suspension page) -> removed; the pharmacy URL is only in the quoted request",
     items={H_MAIN: "removed", H_JOIN: "removed", H_PHARM: "pending"},
     body="""
Dear KCSC,

Ticket #HH-240905-117

We investigated these two URLs on our shared hosting platform:
 - http://lucky-slot77.kr/
 - http://lucky-slot77.kr/event/join.php

Both were served from a single customer account, which we have suspended
for breach of our acceptable use policy. The site now shows our suspension
page; the files stay offline and will be deleted after 30 days.

Kind regards,
Seo-yeon Lim
Abuse Desk, Hanul Hosting

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:00 AM
To: abuse@hanulhost.co.kr
Subject: [KCSC-240904-03] Illegal content on hosted sites

Please remove the following content hosted on your servers:
1. http://lucky-slot77.kr/
2. http://lucky-slot77.kr/event/join.php
3. https://mintpharm24.com/shop/item/332
""")

case(name="hanulhost-customer-deleted-page", outcome="applied", classification="confirmation",
     from_="abuse@hanulhost.co.kr", name_from="Hanul Hosting Abuse Desk",
     date="Fri, 06 Sep 2024 10:12:48 +0900",
     subject="RE: [KCSC-240904-03] mintpharm24.com", reply_to_req="req-240904-03",
     imitates="hosting abuse desk reporting that the customer had already deleted the page (404)",
     why="page returned 404 and the listing had been deleted before the notice; nothing under that address -> not_found",
     items={H_PHARM: "not_found"},
     body="""
Hello,

Regarding https://mintpharm24.com/shop/item/332 : when we checked on
6 September the page returned 404. Our customer tells us the product listing
had been deleted before your notice arrived, and we found no file for it on
our servers.

Seo-yeon Lim, Hanul Hosting Abuse Desk
""")

case(name="hanulhost-qp-korean-notice", outcome="applied", classification="confirmation",
     from_="abuse@hanulhost.co.kr", name_from="하늘호스팅 고객지원",
     date="Mon, 09 Sep 2024 14:30:00 +0900",
     subject="[하늘호스팅] 불법정보 신고 처리 결과 안내 (KCSC-240904-03)",
     imitates="Korean web host's numbered 처리 결과 안내, quoted-printable",
     why="페이지 파일 삭제 -> removed; 대한민국 IP 접속 차단 -> restricted; 페이지가 존재하지 않음 -> not_found",
     items={H_JOIN: "removed", H_MAIN: "restricted", H_PHARM: "not_found"},
     raw_mime=plain_qp("""[하늘호스팅] 불법정보 신고 처리 결과 안내

신고번호: KCSC-240904-03
처리일자: 2024-09-09

1. http://lucky-slot77.kr/event/join.php : 해당 페이지 파일 삭제 완료
2. http://lucky-slot77.kr/ : 고객 계정은 유지하되 대한민국 IP 대역에서의 접속 차단 적용
3. https://mintpharm24.com/shop/item/332 : 확인 결과 해당 주소의 페이지가 존재하지 않음

하늘호스팅 고객지원팀 드림
"""))

case(name="edgeveil-geo-block-and-purge", outcome="applied", classification="confirmation",
     from_="abuse@edgeveil.net", name_from="EdgeVeil Trust & Safety",
     date="Fri, 06 Sep 2024 02:45:13 +0000",
     subject="Re: [KCSC-240905-04] Notice of illegal content", reply_to_req="req-240905-04",
     imitates="CDN trust-and-safety reply: country block at the edge (HTTP 451) and a hostname taken off the network",
     why="blocked for Korean visitors only -> restricted; hostname removed and cache purged -> removed",
     items={E_BET: "restricted", E_TOON: "removed"},
     body="""
Hi,

Following your notice (KCSC-240905-04):

- https://bet-moon99.com/ : we have blocked access from South Korea at our
  edge. Visitors with Korean IP addresses now receive an HTTP 451 page; the
  site stays reachable from other countries.
- https://cdn.toonsea.xyz/ep/1201/ : the hostname has been removed from our
  network and all cached copies purged, as our customer breached our terms.

EdgeVeil Trust & Safety
""")

case(name="edgeveil-pass-through-refusal", outcome="applied", classification="confirmation",
     from_="abuse@edgeveil.net", name_from="EdgeVeil Trust & Safety",
     date="Mon, 09 Sep 2024 07:30:55 +0000",
     subject="Re: [KCSC-240905-04] Notice of illegal content", reply_to_req="req-240905-04",
     imitates="CDN 'we are a pass-through provider and do not host this' refusal that forwards the complaint",
     why="the CDN declines to act and says why (it does not host the content): a refusal with its reason -> rejected",
     items={E_TOON: "rejected"},
     body="""
Hello,

EdgeVeil operates a reverse proxy and CDN. We do not host the content at
https://cdn.toonsea.xyz/ep/1201/ and cannot remove it from the origin
server, so we are declining to take action on this URL.

We have passed your complaint to our customer and to the hosting provider
of the origin (203.0.113.45). Please contact that provider directly.

EdgeVeil Trust & Safety
""")

case(name="pixboard-mod-oneliner", outcome="applied", classification="confirmation",
     from_="mods@pixboard.net", name_from="kuro (Pixboard mods)",
     date="Sat, 07 Sep 2024 01:12:09 +0900",
     subject="Re: [KCSC-240906-05] Pixboard threads", reply_to_req="req-240906-05",
     imitates="image-board volunteer moderator's terse reply",
     why="'both threads deleted' followed by the two thread URLs -> removed, removed",
     items={P_B1: "removed", P_B2: "removed"},
     body="""
both threads deleted, poster banned for 30 days.
https://pixboard.net/b/res/88812.html
https://pixboard.net/b/res/88840.html
-kuro
""")

case(name="pixboard-file-banned-thread-pruned", outcome="applied", classification="confirmation",
     from_="mods@pixboard.net", name_from="kuro (Pixboard mods)",
     date="Sat, 07 Sep 2024 02:40:51 +0900",
     subject="Re: [KCSC-240906-05] Pixboard threads", reply_to_req="req-240906-05",
     imitates="image-board mod: image file deleted and hash-banned, thread already pruned off the board",
     why="image deleted -> removed; thread already gone (auto-pruned) before the mail -> not_found",
     items={P_IMG: "removed", P_KR: "not_found"},
     body="""
the other two:

https://i.pixboard.net/src/1725400012345.jpg - file deleted and its hash
banned so it can't be reuploaded.

https://pixboard.net/kr/res/4021.html - that thread was already gone when I
looked. it fell off the last page and got pruned automatically before your
mail came in, so nothing left to delete.

-kuro
""")

PIX_TEXT = """Pixboard report #4471 - resolved

Post: https://pixboard.net/b/res/88840.html
Moderator action: thread deleted

Board rules: https://pixboard.net/rules
"""
PIX_HTML = """<html><body>
<h3>Pixboard report #4471 &mdash; resolved</h3>
<p>Post: <a href="https://pixboard.net/b/res/88840.html">/b/ thread No.88840</a></p>
<p>Moderator action: <b>thread deleted</b></p>
<p style="color:#888">Board rules: <a href="https://pixboard.net/rules">pixboard.net/rules</a></p>
</body></html>"""

case(name="pixboard-html-report-closed", outcome="applied", classification="confirmation",
     from_="noreply@pixboard.net", name_from="Pixboard",
     date="Sat, 07 Sep 2024 03:05:00 +0900",
     subject="[Pixboard] Report #4471 resolved",
     imitates="image board's automatic 'report resolved' notice (multipart/alternative, link text differs from href)",
     why="the reported thread is named and 'thread deleted' -> removed; the rules link is not an item",
     items={P_B2: "removed"},
     raw_mime=alternative(PIX_TEXT, PIX_HTML, "pxb-alt-4471"))

case(name="gaondomains-clienthold-bare-domain", outcome="applied", classification="confirmation",
     from_="abuse@gaondomains.com", name_from="Gaon Domains Abuse",
     date="Tue, 10 Sep 2024 11:48:20 +0900",
     subject="Re: [KCSC-240909-06] Abuse report - fake-kcsc-refund.com", reply_to_req="req-240909-06",
     imitates="registrar abuse reply: domain placed on clientHold, written as a bare domain name",
     why="one-item request; the domain is suspended (clientHold, no longer resolves) -> removed",
     items={G_DOM: "removed"},
     body="""
Hello,

The domain name fake-kcsc-refund.com has been suspended (status clientHold)
for phishing, and it no longer resolves. The registrant has been notified.

Regards,
Abuse Team
Gaon Domains
""")

case(name="pastejar-both-deleted", outcome="applied", classification="confirmation",
     from_="ian@pastejar.com", name_from="Ian (PasteJar)",
     date="Tue, 10 Sep 2024 15:03:33 +0900",
     subject="Re: [KCSC-240910-07] Pastes with personal data", reply_to_req="req-240910-07",
     imitates="one-person paste service owner answering informally",
     why="'deleted both' with both paste URLs named -> removed, removed",
     items={J_P1: "removed", J_P2: "removed"},
     body="""
hey, deleted both: https://pastejar.com/p/8fK2mQ and https://pastejar.com/p/Lw90Za.
the account that posted them was a throwaway, banned it anyway.
- ian
""")

case(name="pastejar-one-kept-with-reason", outcome="applied", classification="confirmation",
     from_="ian@pastejar.com", name_from="Ian (PasteJar)",
     date="Wed, 11 Sep 2024 09:20:14 +0900",
     subject="Re: [KCSC-240910-07] Pastes with personal data", reply_to_req="req-240910-07",
     imitates="small-service owner removing one paste and refusing the other with a reason",
     why="first paste removed; second kept because it is a published, anonymised court judgment that breaks no rule -> rejected",
     items={J_P1: "removed", J_P2: "rejected"},
     body="""
Hi,

https://pastejar.com/p/8fK2mQ is removed.

https://pastejar.com/p/Lw90Za we're keeping up: it's the text of a published
court judgment, already anonymised by the court itself, and it doesn't break
our rules.

Ian
""")

# ===== review ===========================================================

case(name="dalbit-promise-ko", outcome="review", review="not_understood",
     from_="admin@dalbit.kr", name_from="달빛 커뮤니티 운영자",
     date="Tue, 03 Sep 2024 11:05:29 +0900",
     subject="Re: [KCSC-240902-01] 불법정보 시정요구 (달빛 커뮤니티)", reply_to_req="req-240902-01",
     imitates="forum admin promising deletion after an internal check (삭제할 예정입니다)",
     why="a promise (예정) is not a statement: both named posts stay pending",
     items={D_FREE1: "pending", D_FREE2: "pending"},
     body="""
요청하신 https://dalbit.kr/board/free/20391, https://dalbit.kr/board/free/20417
두 건은 운영진 확인 후 이번 주 안에 삭제할 예정입니다.
처리되면 다시 알려드리겠습니다.
""")

case(name="dalbit-bulk-all-done", outcome="review", review="bulk",
     from_="admin@dalbit.kr", name_from="달빛 커뮤니티 운영자",
     date="Fri, 06 Sep 2024 18:30:00 +0900",
     subject="Re: [KCSC-240902-01] 불법정보 시정요구 (달빛 커뮤니티)", reply_to_req="req-240902-01",
     imitates="one-line 'all done' from a forum admin",
     why="'요청하신 게시물은 전부 삭제' for a 14-item request without naming each: bulk, all pending",
     items=pending(DALBIT),
     body="""
KCSC-240902-01로 요청하신 게시물은 전부 삭제 처리했습니다. 수고하세요.
""")

case(name="dalbit-asks-screenshot", outcome="review", review="asks_more",
     classification="request_for_info",
     from_="admin@dalbit.kr", name_from="달빛 커뮤니티 운영자",
     date="Wed, 04 Sep 2024 09:40:00 +0900",
     subject="Re: [KCSC-240902-01] 사진 게시판 문의", reply_to_req="req-240902-01",
     imitates="forum admin asking for a screenshot before acting",
     why="asks for supporting material about a named item and promises to act afterwards; nothing stated",
     items={D_PH1: "pending"},
     body="""
안녕하세요.
https://dalbit.kr/gallery/photo/3381 은 회원 전용 게시판이라 한 글에 사진이 여러 장 있어
어느 사진을 말씀하시는지 저희 쪽에서 특정하기 어렵습니다.
문제가 되는 사진의 캡처 화면을 보내주시면 확인 후 조치하겠습니다.
""")

case(name="dropnest-hedge-appears", outcome="review", review="not_understood",
     from_="abuse@dropnest.io", name_from="DropNest Trust & Safety",
     date="Wed, 04 Sep 2024 01:02:17 +0000",
     subject="Re: [KCSC-240903-02] Removal request - DropNest", reply_to_req="req-240903-02",
     imitates="abuse-desk agent hedging before checking with another team",
     why="'appears to have been removed ... will confirm' is a hedge, not a statement",
     items={N_F1: "pending"},
     body="""
Hi,

https://dropnest.io/f/Qm7vX2pL appears to have been removed already, possibly
by the uploader. I'm double-checking with our storage team and will confirm.

Marta, DropNest Trust & Safety
""")

case(name="dropnest-conditional-48h", outcome="review", review="not_understood",
     from_="abuse@dropnest.io", name_from="DropNest Trust & Safety",
     date="Wed, 04 Sep 2024 12:30:00 +0000",
     subject="Re: [KCSC-240903-02] Removal request - DropNest", reply_to_req="req-240903-02",
     imitates="file host giving the uploader a deadline before disabling",
     why="a condition and a future action: the folder stays pending",
     items={N_DIR: "pending"},
     body="""
Hello,

We have contacted the owner of https://dropnest.io/folder/Ue5sPp1c. If they
do not give us a valid explanation within 48 hours, the folder will be
disabled and you will hear from us again.

DropNest Trust & Safety
""")

case(name="pixboard-bulk-informal", outcome="review", review="bulk",
     from_="mods@pixboard.net", name_from="kuro (Pixboard mods)",
     date="Sat, 07 Sep 2024 00:15:44 +0900",
     subject="Re: [KCSC-240906-05] Pixboard threads", reply_to_req="req-240906-05",
     imitates="image-board mod's one-line 'all done'",
     why="'all 4 links ... deleted' for a 4-item request without naming each: bulk",
     items=pending(PIX),
     body="""
all 4 links from KCSC-240906-05 are deleted. -kuro
""")

case(name="pixboard-janitor-personal-mail", outcome="review", review="unknown_sender",
     from_="tsukimi.jan@freemail.example", name_from="tsukimi",
     date="Fri, 06 Sep 2024 23:58:02 +0900",
     subject="pixboard /kr/ thread you reported",
     imitates="volunteer image-board janitor writing from a personal mailbox",
     why="sender is not a platform domain; the deletion claim cannot change a status",
     items={P_KR: "pending"},
     body="""
hi, I'm one of the volunteer janitors on pixboard. a mod shared your mail in
our chat. deleted https://pixboard.net/kr/res/4021.html just now. the mods
will probably also email you.
""")

case(name="hanulhost-dmarc-fail", outcome="review", review="untrusted", auth="fail",
     from_="abuse@hanulhost.co.kr", name_from="Hanul Hosting Abuse Desk",
     date="Fri, 06 Sep 2024 04:11:37 +0900",
     subject="RE: [KCSC-240904-03] takedown completed",
     imitates="spoofed 'takedown completed' mail with a login link, failing DMARC",
     why="platform domain but DKIM/SPF/DMARC fail: untrusted, nothing applied",
     items={H_MAIN: "pending", H_JOIN: "pending"},
     body="""
Dear Sir,

http://lucky-slot77.kr/ and http://lucky-slot77.kr/event/join.php have been
taken down. To download the official closure report please log in at
http://hanulhost-verify.example/login with your regulator account.

Hanul Hosting
""")

case(name="site-owner-gmail", outcome="review", review="unknown_sender",
     from_="lucky.slot.admin@gmail.com", name_from="lucky slot",
     date="Sat, 07 Sep 2024 20:44:10 +0900",
     subject="my site lucky-slot77.kr",
     imitates="site owner writing to the regulator from a free mailbox after the host suspended the site",
     why="the site owner is not a platform; unknown sender naming a requested URL",
     items={H_JOIN: "pending"},
     body="""
Hello. I am owner of lucky-slot77.kr. I deleted the join page
http://lucky-slot77.kr/event/join.php today. Please tell hosting company to
unsuspend my site, it is my business.
""")

case(name="edgeveil-about-pixboard", outcome="review", review="wrong_platform",
     from_="abuse@edgeveil.net", name_from="EdgeVeil Trust & Safety",
     date="Mon, 09 Sep 2024 03:20:00 +0000",
     subject="Pixboard thread you flagged",
     imitates="CDN reporting on a customer's (the image board's) content",
     why="EdgeVeil states a status for a Pixboard item; only Pixboard can change it",
     items={P_B1: "pending"},
     body="""
Hello,

Pixboard is a customer of our CDN. https://pixboard.net/b/res/88812.html now
returns 404 from the origin, and we have purged our cache, so the thread is no
longer served through our network.

EdgeVeil Trust & Safety
""")

case(name="gaondomains-forwarded-to-registrant", outcome="review", review="not_understood",
     from_="abuse@gaondomains.com", name_from="Gaon Domains Abuse",
     date="Mon, 09 Sep 2024 17:05:42 +0900",
     subject="Re: [KCSC-240909-06] Abuse report - fake-kcsc-refund.com", reply_to_req="req-240909-06",
     imitates="registrar's standard 'complaint forwarded to registrant, will suspend if not remedied' reply",
     why="forwarding plus a conditional future suspension: no statement about the domain",
     items={G_DOM: "pending"},
     body="""
Hello,

We have forwarded your complaint about fake-kcsc-refund.com to the registrant
and to the hosting provider. If the registrant does not remedy the issue
within 5 business days, we will suspend the domain.

Regards,
Abuse Team
Gaon Domains
""")

case(name="pastejar-policy-notice", outcome="review", review="no_claims",
     from_="abuse@pastejar.com", name_from="PasteJar",
     date="Thu, 12 Sep 2024 06:00:00 +0900",
     subject="Change to how PasteJar handles abuse reports",
     imitates="small service's circular to past reporters about a new report form",
     why="trusted platform mail that names no requested item and no request; the report and policy pages are not items",
     items={},
     body="""
Hello,

You are receiving this because you reported content to PasteJar in the past.
From 1 October we will only accept abuse reports through
https://pastejar.com/report . This mailbox will stop being read on that date.
Our content policy is at https://pastejar.com/policy .

Thanks,
PasteJar
""")

# ===== ignored ==========================================================

case(name="hanulhost-ooo-chuseok", outcome="ignored", classification="auto_reply",
     from_="jiwon.park@hanulhost.co.kr", name_from="박지원",
     date="Mon, 16 Sep 2024 09:00:03 +0900",
     subject="자동 회신: [KCSC-240904-03] Illegal content on hosted sites", reply_to_req="req-240904-03",
     extra_headers=AUTO,
     imitates="Korean out-of-office auto-reply over the Chuseok holiday",
     why="auto-reply: ignored",
     items={},
     body="""
안녕하세요. 추석 연휴로 9월 19일(목)까지 부재중입니다.
긴급한 abuse 건은 abuse@hanulhost.co.kr 로 보내주시면 당직자가 확인합니다.

박지원 드림
""")

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal@dropnest.io
Subject: [KCSC-240903-02] Removal request - DropNest
Message-ID: <req-240903-02.2@kcsc.example>
Date: Tue, 03 Sep 2024 10:31:00 +0900
Content-Type: text/plain; charset=utf-8

Please remove the following files:
{N_F1}
{N_F2}
"""

case(name="dropnest-dsn-bounce", outcome="ignored", classification="bounce",
     from_="MAILER-DAEMON@dropnest.io", name_from="Mail Delivery System",
     date="Tue, 03 Sep 2024 01:31:07 +0000",
     subject="Undelivered Mail Returned to Sender",
     imitates="Postfix DSN returning our copy sent to a non-existent legal@ address",
     why="a bounce carrying our own request: ignored, the URLs are ours",
     items={N_F1: "pending", N_F2: "pending"},
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-8C21E"

--dsn-8C21E
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dropnest.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@dropnest.io>: user unknown

--dsn-8C21E
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dropnest.io
Arrival-Date: Tue,  3 Sep 2024 01:31:05 +0000 (UTC)

Final-Recipient: rfc822; legal@dropnest.io
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; user unknown

--dsn-8C21E
Content-Type: message/rfc822

{DSN_ORIG}
--dsn-8C21E--
""")

case(name="dalbit-mdn", outcome="ignored", classification="read_receipt",
     from_="admin@dalbit.kr", name_from="달빛 커뮤니티 운영자",
     date="Mon, 02 Sep 2024 15:22:10 +0900",
     subject="읽음: [KCSC-240902-01] 불법정보 시정요구 (달빛 커뮤니티)", reply_to_req="req-240902-01",
     imitates="mail client read receipt (MDN, multipart/report disposition-notification)",
     why="read receipt: ignored",
     items={},
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-3f9a"

--mdn-3f9a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.
제목: [KCSC-240902-01] 불법정보 시정요구 (달빛 커뮤니티)
읽은 시간: 2024-09-02 15:22

--mdn-3f9a
Content-Type: message/disposition-notification

Reporting-UA: mail.dalbit.kr; Webmail 3.2
Final-Recipient: rfc822; admin@dalbit.kr
Original-Message-ID: <req-240902-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-3f9a--
""")

case(name="edgeveil-ticket-receipt-echo", outcome="ignored", classification="acknowledgement",
     from_="noreply@edgeveil.net", name_from="EdgeVeil Trust & Safety",
     date="Thu, 05 Sep 2024 00:41:19 +0000",
     subject="[EV-2024-88123] We received your abuse report",
     imitates="CDN abuse-form receipt that echoes the reported URLs",
     why="pure acknowledgement: ticket number and the echoed report, nothing done yet",
     items={E_BET: "pending", E_TOON: "pending"},
     body="""
Thank you. We have received your abuse report.

Ticket: EV-2024-88123
Category: Other illegal content
Reported URL(s):
  https://bet-moon99.com/
  https://cdn.toonsea.xyz/ep/1201/

Our Trust & Safety team reviews reports in the order received. Please do
not reply to this message; add information at https://edgeveil.net/abuse/status
using your ticket number.
""")

case(name="pixboard-unmonitored-autoreply", outcome="ignored", classification="auto_reply",
     from_="mods@pixboard.net", name_from="Pixboard",
     date="Fri, 06 Sep 2024 16:20:30 +0900",
     subject="Auto: [KCSC-240906-05] Pixboard threads", reply_to_req="req-240906-05",
     extra_headers=AUTO,
     imitates="'this mailbox is not monitored, use the report button' autoresponder",
     why="auto-reply: ignored",
     items={},
     body="""
This is an automatic reply. This address is checked only occasionally by
volunteers. For faster handling, use the [report] link next to the post, or
see https://pixboard.net/contact .
""")

case(name="gaondomains-case-receipt", outcome="ignored", classification="acknowledgement",
     from_="abuse@gaondomains.com", name_from="Gaon Domains Abuse",
     date="Mon, 09 Sep 2024 10:03:01 +0900",
     subject="Abuse report received - Case GD-ABU-7712 [KCSC-240909-06]",
     imitates="registrar abuse-desk case receipt",
     why="receipt with a case number and a response-time promise: acknowledgement",
     items={G_DOM: "pending"},
     body="""
Your abuse report has been received and assigned case number GD-ABU-7712.

Domain: fake-kcsc-refund.com
Report type: Phishing

We aim to respond within 2 business days. Please keep the case number in
the subject line of any further correspondence.

Gaon Domains Abuse Team
""")

PASTE_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pastejar.com
Subject: [KCSC-240910-07] Pastes with personal data
Date: Tue, 10 Sep 2024 13:15:00 +0900

Please remove:
{J_P1}
{J_P2}
"""

case(name="pastejar-relay-dsn", outcome="ignored", classification="bounce",
     from_="MAILER-DAEMON@mx2.mailrelay.example", name_from="Mail Delivery Subsystem",
     date="Tue, 10 Sep 2024 04:16:44 +0000",
     subject="Delivery Status Notification (Failure)",
     imitates="third-party relay DSN: recipient mailbox full",
     why="bounce from a foreign relay: ignored whoever sent it",
     items={J_P1: "pending", J_P2: "pending"},
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="relay-77aa"

--relay-77aa
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient failed permanently:

     abuse@pastejar.com

Reason: 552 5.2.2 Mailbox full

--relay-77aa
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.mailrelay.example

Final-Recipient: rfc822; abuse@pastejar.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--relay-77aa
Content-Type: message/rfc822

{PASTE_ORIG}
--relay-77aa--
""")


HEADER = """# Blind set 349 (tests/corpus/blind349): hosting providers, a CDN, a
# registrar, a forum, an image board, a file host and a paste service
# answering, often informally; CSV attachments and plain-text tables.
# Written by tests/corpus/blind349/make.py before the reader was run on it.
"""


def enc(s):
    """RFC 2047-encode a header value that is not ASCII, as webmail does."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        c["subject"] = enc(c["subject"])
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"])
        cases.append(c)
    corpuslib.write_set(HERE, "blind349", HEADER, cases)


if __name__ == "__main__":
    main()
