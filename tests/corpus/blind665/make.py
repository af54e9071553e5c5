#!/usr/bin/env python3
"""Blind set 665 (Korean portals): writes requests.csv, cases/*.eml and
expected.toml.

    python3 tests/corpus/blind665/make.py

Written without reading the reader (src/) nor any other corpus set; every
expected result comes from the meaning of the email alone. All names, ids
and URLs are fictional. Deterministic: running it twice changes nothing.
"""
import base64
import csv
import html
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind665"


def pct(url_raw):
    """Percent-encode the non-ASCII part of a URL, as stored in requests.csv."""
    return quote(url_raw, safe=":/?&=@%#+,;~-._!$'()*")


def hdr(s):
    """RFC 2047 encoded header text."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
# NAVER, 14 items (the largest request)
N = [
    "https://blog.naver.com/haneul_dal77/223456780101",            # N1
    "https://blog.naver.com/haneul_dal77/223456780102",            # N2
    "https://blog.naver.com/moonsori_kr/223511220033",             # N3
    "https://blog.naver.com/moonsori_kr/223511220034",             # N4
    "https://cafe.naver.com/bamgil2024/15523",                     # N5
    "https://cafe.naver.com/bamgil2024/15530",                     # N6
    "https://cafe.naver.com/bamgil2024/15547",                     # N7
    "https://cafe.naver.com/jjokji/88412",                         # N8
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334",  # N9
    "https://post.naver.com/viewer/postView.naver?volumeNo=38021145&memberNo=55120931",  # N10
    "https://blog.naver.com/sunbi_log/223600100077",               # N11
    "https://cafe.naver.com/jjokji/88419",                         # N12
    "https://blog.naver.com/haneul_dal77/223456780145",            # N13
    "https://tv.naver.com/v/60114522",                             # N14
]
N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14 = N
# Kakao / Daum, 5 items; K3 has a Korean path (stored percent-encoded)
K3_RAW = "https://gyeoul-note.tistory.com/entry/사진-모음-2편"
K = [
    "https://cafe.daum.net/haebaragi09/Ab1x/2231",
    "https://cafe.daum.net/haebaragi09/Ab1x/2240",
    pct(K3_RAW),
    "https://gyeoul-note.tistory.com/118",
    "https://tv.kakao.com/v/448812907",
]
K1, K2, K3, K4, K5 = K
# YouTube, 4 items; Y4 is a channel with a Korean handle
Y4_RAW = "https://www.youtube.com/@밤하늘TV"
Y = [
    "https://www.youtube.com/watch?v=kR7bQ2xLm4A",
    "https://www.youtube.com/watch?v=Zp3nW8cYt1E",
    "https://www.youtube.com/shorts/Hq5vT0aJd9U",
    pct(Y4_RAW),
]
Y1, Y2, Y3, Y4 = Y
# DC Inside, 3 items
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912345",
    "https://gall.dcinside.com/mgallery/board/view/?id=lolmini&no=552101",
    "https://gall.dcinside.com/mgallery/board/view/?id=lolmini&no=552188",
]
D1, D2, D3 = D
# BAND, 2 items
B = ["https://band.us/band/81234567/post/3301", "https://band.us/band/81234567/post/3317"]
B1, B2 = B
# NAVER, 1 item; Kakao (Daum cafe), 1 item
S_NAVER = "https://blog.naver.com/jinju_bam/223590012345"
S_DAUM = "https://cafe.daum.net/nolja22/Kq9c/771"

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     N, "illegal-gambling", "req-240903-01@kcsc.example", "blogs, cafes, kin, post, tv"),
    ("KCSC-240904-02", "kakao", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     K, "defamation", "req-240904-02@kcsc.example", "Daum cafe, Tistory, Kakao TV"),
    ("KCSC-240905-03", "youtube", "2024-09-05T15:30:00+09:00", "2024-09-12T23:59:59+09:00",
     Y, "deepfake-sexual-abuse", "req-240905-03@kcsc.example", "videos, a Short and a channel"),
    ("KCSC-240909-04", "dcinside", "2024-09-09T09:30:00+09:00", "2024-09-16T23:59:59+09:00",
     D, "privacy", "req-240909-04@kcsc.example", "gallery posts"),
    ("KCSC-240910-05", "band", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00",
     B, "drug-trade", "req-240910-05@kcsc.example", "BAND posts"),
    ("KCSC-240911-06", "naver", "2024-09-11T10:20:00+09:00", "2024-09-18T23:59:59+09:00",
     [S_NAVER], "obscene", "req-240911-06@kcsc.example", "one blog post"),
    ("KCSC-240912-07", "kakao", "2024-09-12T16:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [S_DAUM], "illegal-gambling", "req-240912-07@kcsc.example", "one Daum cafe post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, when, due, style="outlook"):
    """The regulator's own request, as a platform's mail client quotes it."""
    lines = [
        "방송통신심의위원회는 아래 정보에 대하여 시정요구를 의결하였으므로,",
        f"조치 후 그 결과를 {due}까지 회신하여 주시기 바랍니다.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    if style == "outlook":
        head = [
            "-----Original Message-----",
            "From: KCSC Takedown <takedown@kcsc.example>",
            f"Sent: {when}",
            "To: policy@navercorp.com",
            f"Subject: [{ref}] 불법정보 시정요구",
            "",
        ]
        return "\n".join(head + lines)
    return "\n".join([f"{when} KCSC Takedown <takedown@kcsc.example>님이 작성:"] +
                     ["> " + l if l else ">" for l in lines])


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
case(
    name="naver-gongmun-text-table",
    frm="policy@navercorp.com", name_from=hdr("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    subject=hdr("[네이버] 시정요구(KCSC-240903-01)에 대한 조치결과 회신"),
    reply_to_req="req-240903-01",
    body=f"""
수신: 방송통신심의위원회 통신심의국
발신: 네이버 주식회사 정책지원팀
제목: 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구(문서번호 KCSC-240903-01)와
   관련하여 당사의 조치 결과를 아래와 같이 회신합니다.

                          - 아    래 -

번호 | 게시물 URL                                        | 조치결과                   | 조치일
-----+---------------------------------------------------+----------------------------+-----------
 1   | {N1} | 삭제                       | 2024-09-05
 2   | {N2} | 삭제                       | 2024-09-05
 3   | {N3}  | 임시조치(30일)             | 2024-09-05
 4   | {N4}  | 게시물 없음(작성자 삭제)   | -
 5   | {N5}          | 블라인드                   | 2024-09-06
 6   | {N6}          | 조치 불가(위반사항 미확인) | -

3. 나머지 게시물에 대해서는 확인되는 대로 별도로 회신드리겠습니다.  끝.

네이버 주식회사 정책지원팀 | policy@navercorp.com
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply: 시정요구 조치결과 회신 with a plain-text table",
    why="6 rows, each URL with its 조치결과: 삭제/임시조치/게시물 없음/블라인드/조치 불가; the rest promised later",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "removed", N6: "rejected"},
)

_rows14 = [
    (N1, "삭제", "2024-09-09 11:02"), (N2, "삭제", "2024-09-09 11:02"),
    (N3, "임시조치 (30일간 게시 제한)", "2024-09-09 11:10"),
    (N4, "존재하지 않는 게시물", "-"), (N5, "블라인드 처리", "2024-09-09 13:41"),
    (N6, "위반 사항 없음 - 게시 유지", "-"), (N7, "삭제", "2024-09-09 13:45"),
    (N8, "카페 운영자 삭제", "2024-09-08 22:17"), (N9, "접근 제한", "2024-09-09 14:03"),
    (N10, "비공개 처리", "2024-09-09 14:20"), (N11, "게시물 없음 (작성자 삭제)", "-"),
    (N12, "삭제", "2024-09-09 15:11"), (N13, "위법성 미확인 - 조치하지 않음", "-"),
    (N14, "연령 제한(19세 이상)", "2024-09-09 15:30"),
]
_tr = "\n".join(
    f'<tr><td>{i}</td><td><a href="{html.escape(u)}">{html.escape(u)}</a></td>'
    f"<td>{r}</td><td>{t}</td></tr>"
    for i, (u, r, t) in enumerate(_rows14, 1)
)
case(
    name="naver-html-full-table",
    frm="noreply-policy@navercorp.com", name_from=hdr("NAVER 게시중단 요청 처리 안내"),
    date="Mon, 09 Sep 2024 18:02:44 +0900",
    subject=hdr("[NAVER] KCSC-240903-01 시정요구 처리 결과 안내"),
    reply_to_req="req-240903-01", type="html",
    body=f"""
<html><head><meta charset="utf-8"></head>
<body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 시정요구(KCSC-240903-01) 대상 게시물 14건의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No.</th><th>대상 URL</th><th>처리 결과</th><th>처리 일시</th></tr>
{_tr}
</table>
<p>이용자 이의제기 절차는 <a href="https://help.naver.com/service/30021/contents/19990">고객센터 도움말</a>을 참고해 주십시오.</p>
<p>네이버 주식회사 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER HTML notice with a per-URL result table (게시중단 요청 처리 결과)",
    why="all 14 items in an HTML table, each with its own result; the help link is not an item",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "removed",
           N6: "rejected", N7: "removed", N8: "removed", N9: "restricted", N10: "removed",
           N11: "not_found", N12: "removed", N13: "rejected", N14: "restricted"},
)

_csv_naver = (
    "\ufeff번호,URL,조치결과,비고\r\n"
    f"1,{N7},삭제,카페 운영원칙 위반\r\n"
    f"2,{N8},삭제,\r\n"
    f"3,\"{N9}\",임시조치,30일\r\n"
    f"4,\"{N10}\",비공개 처리,\r\n"
    f"5,{N11},게시물 없음,작성자가 이미 삭제\r\n"
)
_fn = "처리결과_KCSC-240903-01.csv"
case(
    name="naver-csv-attachment",
    frm="policy@navercorp.com", name_from=hdr("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 10:15:03 +0900",
    subject=hdr("RE: [KCSC-240903-01] 불법정보 시정요구 - 조치결과 송부"),
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==nv_b665_csv=="

--==nv_b665_csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''담당자님 안녕하십니까.

KCSC-240903-01 시정요구 건 중 7~11번 게시물의 조치결과를 첨부 CSV 파일로
송부드립니다. 확인 부탁드립니다.

네이버 정책지원팀 이서연 드림
''')}

--==nv_b665_csv==
Content-Type: text/csv; charset=utf-8; name="result.csv"
Content-Disposition: attachment; filename*=UTF-8''{quote(_fn)}
Content-Transfer-Encoding: base64

{b64(_csv_naver)}

--==nv_b665_csv==--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply sending the 조치결과 as a CSV attachment (Korean headers, BOM)",
    why="CSV rows: 삭제, 삭제, 임시조치, 비공개 처리, 게시물 없음",
    items={N7: "removed", N8: "removed", N9: "restricted", N10: "removed", N11: "not_found"},
)

case(
    name="naver-single-blind-notice",
    frm="blog_help@naver.com", name_from=hdr("네이버 블로그"),
    date="Thu, 12 Sep 2024 09:31:40 +0900",
    subject=hdr("Re: [KCSC-240911-06] 게시물 시정요구"),
    reply_to_req="req-240911-06",
    body=f"""
안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 게시물({S_NAVER})은
음란물 게시 금지 운영정책 위반으로 블라인드 처리되었습니다.

게시자에게는 처리 사실과 이의제기 방법이 안내되며, 이의제기 절차는
https://help.naver.com/service/5593/contents/18602 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 블라인드 처리 notice",
    why="the one URL, in parentheses, 블라인드 처리되었습니다",
    items={S_NAVER: "removed"},
)

case(
    name="naver-single-sole-no-url",
    frm="policy@navercorp.com", name_from=hdr("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 17:05:19 +0900",
    subject=hdr("RE: KCSC-240911-06 시정요구 조치 결과"),
    reply_to_req="req-240911-06",
    body="""
방송통신심의위원회 담당자님께,

문서번호 KCSC-240911-06 건으로 요청하신 블로그 게시물은 2024년 9월 12일 자로
게시중단(삭제) 조치를 완료하였습니다.

네이버 블로그 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short 공문 reply confirming 게시중단 of a one-item request",
    why="no URL, but the request has one item and the statement is unhedged",
    items={S_NAVER: "removed"},
)

case(
    name="naver-qp-cafe-results",
    frm="cafe_help@naver.com", name_from=hdr("네이버 카페"),
    date="Sat, 07 Sep 2024 11:48:00 +0900",
    subject=hdr("[네이버 카페] 요청하신 게시글 처리 결과 안내"),
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버 카페 운영팀입니다.
방송통신심의위원회에서 요청하신 카페 게시글의 처리 결과를 안내드립니다.

- {N6} : 카페 운영원칙 위반(불법 도박 홍보)으로 삭제되었습니다.
- {N7} : 이미 삭제되어 존재하지 않는 게시글입니다.

앞으로도 안전한 카페 환경을 위해 노력하겠습니다.
네이버 카페 운영팀 드림
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations notice, quoted-printable body",
    why="bulleted 'URL : result': one deleted, one no longer exists",
    items={N6: "removed", N7: "not_found"},
)

case(
    name="naver-top-posted-original-message",
    frm="doyun.kim@navercorp.com", name_from=hdr("김도윤"),
    date="Wed, 11 Sep 2024 14:22:37 +0900",
    subject=hdr("RE: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req="req-240903-01",
    body=f"""
담당자님 안녕하세요.

아래 요청 건 중 cafe.naver.com/jjokji/88412 글은 오늘 오전 게시중단 처리했습니다.
{N12} 는 검토 결과 불법 정보로 보기 어려워
게시를 유지합니다.

나머지 건은 이미 회신드린 내용과 같습니다.

감사합니다.
김도윤 드림
네이버 카페 운영팀

{quoted_request("KCSC-240903-01", N, "Tuesday, September 3, 2024 10:00 AM", "2024-09-10")}
""",
    outcome="applied", classification="confirmation",
    imitates="operator top-posting over an Outlook '-----Original Message-----' quote",
    why="88412 (written without scheme) taken down, 88419 kept up; the quoted 14-URL request says nothing",
    items={N8: "removed", N12: "rejected"},
)

case(
    name="kakao-gongmun-numbered",
    frm="right@kakaocorp.com", name_from=hdr("카카오 권리침해신고센터"),
    date="Fri, 06 Sep 2024 15:10:55 +0900",
    subject=hdr("[카카오] 시정요구 조치결과 통보 (KCSC-240904-02)"),
    reply_to_req="req-240904-02",
    body=f"""
방송통신심의위원회 귀중

제목: 시정요구 조치결과 통보 (귀 위원회 KCSC-240904-02 관련)

귀 위원회의 시정요구에 따른 당사의 조치 결과를 다음과 같이 알려드립니다.

1. {K1}
   → 삭제 완료 (9/5)
2. {K2}
   → 임시조치 (30일간 접근 차단)
3. {K3_RAW}
   → 삭제 완료 (9/5)
4. {K4}
   → 작성자가 이미 삭제하여 해당 게시물이 존재하지 않음
5. {K5}
   → 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 조치하지 않음

주식회사 카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 조치결과 통보, numbered list, result on the line below",
    why="five URLs (one Tistory path in raw Korean), each with a result on the next line",
    items={K1: "removed", K2: "restricted", K3: "removed", K4: "not_found", K5: "rejected"},
)

case(
    name="kakao-tistory-angle-particles",
    frm="tistory-help@kakaocorp.com", name_from=hdr("티스토리 운영팀"),
    date="Sat, 07 Sep 2024 10:03:12 +0900",
    subject=hdr("Re: [KCSC-240904-02] 게시물 조치 요청"),
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

말씀하신 티스토리 게시물 두 건을 확인했습니다.

<{K3_RAW}>은 명예훼손 신고에 따라 임시조치(30일간 열람 제한)되었습니다.
<{K4}>의 경우 블로그 운영자가 직접 글을 지워 현재 존재하지 않습니다.

추가로 궁금하신 점은 회신 주시기 바랍니다.
티스토리 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operator reply, URLs in angle brackets followed by Korean particles",
    why="<raw Korean URL>은 임시조치; <URL>의 경우 author deleted it",
    items={K3: "restricted", K4: "not_found"},
)

case(
    name="kakao-single-ack-plus-statement",
    frm="cs@daum.net", name_from=hdr("Daum 고객센터"),
    date="Fri, 13 Sep 2024 11:20:41 +0900",
    subject=hdr("[Daum 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240912-07)"),
    reply_to_req="req-240912-07",
    body=f"""
안녕하세요. Daum 고객센터입니다.
문의가 정상적으로 접수되었습니다 (접수번호 2409-DAUM-558812).

요청하신 Daum 카페 게시글 {S_DAUM} 은 불법 도박 홍보에
해당하여 카페 운영정책에 따라 삭제하였습니다.

더 궁금하신 사항은 고객센터로 문의해 주세요.
Daum 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 answer mail that opens with a receipt line",
    why="receipt phrase plus an unhedged deletion of the one requested post: not a mere acknowledgement",
    items={S_DAUM: "removed"},
)

case(
    name="kakao-html-list",
    frm="noreply@kakaocorp.com", name_from=hdr("카카오"),
    date="Mon, 09 Sep 2024 19:44:08 +0900",
    subject=hdr("[카카오] 요청하신 게시물 처리 결과 안내 - KCSC-240904-02"),
    reply_to_req="req-240904-02", type="html",
    body=f"""
<!DOCTYPE html>
<html><body>
<div style="max-width:600px">
<h3 style="color:#3c1e1e">게시물 처리 결과 안내</h3>
<p>방송통신심의위원회 담당자님, 안녕하세요.<br>
KCSC-240904-02 건 중 아래 게시물에 대한 처리 결과를 알려드립니다.</p>
<ul>
<li><a href="{K1}">{K1}</a> : 삭제</li>
<li><a href="{K2}">{K2}</a> : 삭제</li>
<li><a href="{K5}">{K5}</a> : 청소년 이용불가(19세) 설정 - 성인 인증 후에만 재생 가능</li>
</ul>
<p style="color:#888;font-size:11px">본 메일은 발신 전용입니다. 운영정책:
<a href="https://www.kakao.com/policy/oppolicy">https://www.kakao.com/policy/oppolicy</a></p>
</div>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao HTML result mail with a bulleted list of links",
    why="two deleted, the Kakao TV clip age-restricted; the policy link is not an item",
    items={K1: "removed", K2: "removed", K5: "restricted"},
)

case(
    name="yt-legal-english-three-outcomes",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 03:12:50 +0000",
    subject="Re: [KCSC-240905-03] Removal request [7-3208000041155]",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Thanks for reaching out to us.

After review, we have blocked the following content from view on YouTube in
South Korea, in accordance with local law:
- {Y1}

We have removed the following content for violating YouTube's Community
Guidelines:
- {Y2}

We have decided not to take action on the following content, because we did
not find that it violates our policies or local law based on the information
provided:
- {Y3}

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals reply (local block / guidelines removal / no action)",
    why="three headed groups: blocked in South Korea, removed, no action",
    items={Y1: "restricted", Y2: "removed", Y3: "rejected"},
)

case(
    name="yt-korean-url-below-statement",
    frm="youtube-legal-kr@google.com", name_from=hdr("YouTube 법무지원팀"),
    date="Tue, 10 Sep 2024 14:55:02 +0900",
    subject=hdr("Re: [KCSC-240905-03] 콘텐츠 삭제 요청 검토 결과"),
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요.

YouTube 법무지원팀입니다. 방송통신심의위원회의 요청(KCSC-240905-03)을 검토했습니다.

검토 결과, 아래 채널은 현지 법률에 따라 대한민국에서 액세스할 수 없도록 제한했습니다.
{Y4_RAW}

아래 Shorts 동영상은 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
{Y3}

감사합니다.
YouTube 팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language legal reply, URL on the line below its statement",
    why="channel (raw Korean handle) restricted in Korea; Short removed",
    items={Y4: "restricted", Y3: "removed"},
)

case(
    name="yt-removed-and-not-located",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 08:40:19 +0000",
    subject="[7-3208000041155] Your YouTube legal request",
    reply_to_req="req-240905-03",
    body=f"""
Hi,

We reviewed the URLs in your notice dated 5 September 2024.

The following video has been removed from YouTube for violating our policy on
non-consensual intimate imagery:

    {Y2}

We were unable to locate the following video. The URL may be incorrect, or the
video may no longer be on YouTube:

    {Y1}

If you have further questions, reply to this email.

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply with an indented URL below each outcome, 'unable to locate'",
    why="removed; 'we were unable to locate' is a plain not_found (the 'may' only explains why)",
    items={Y2: "removed", Y1: "not_found"},
)

case(
    name="yt-bare-url-outcome-below",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 06:01:33 +0000",
    subject="Re: [KCSC-240905-03] Removal request [7-3208000041155] - results",
    reply_to_req="req-240905-03",
    body=f"""
Ticket 7-3208000041155: results

{Y3}
Outcome: Removed (Harassment and cyberbullying policy)

{Y1}
Outcome: Age-restricted

{Y4}
Outcome: No action - content does not violate Community Guidelines

- YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system result list: bare URL with 'Outcome:' on the line below",
    why="each URL followed by its outcome; the channel handle echoed percent-encoded",
    items={Y3: "removed", Y1: "restricted", Y4: "rejected"},
)

case(
    name="dc-informal-operator-particles",
    frm="admin@dcinside.com", name_from=hdr("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 20:13:07 +0900",
    subject=hdr("Re: [KCSC-240909-04] 게시물 시정요구"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 시정요구 건 확인했습니다.
{D1} 글은 개인정보 노출로 삭제했고요,
{D2}도 삭제 처리했습니다.
{D3} 은 작성자가 먼저 지운 상태라 남아있는 게 없습니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply, URLs run into Korean particles",
    why="two deleted (one URL directly followed by 도), one already gone by its author",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-base64-gongmun",
    frm="help@dcinside.com", name_from=hdr("디시인사이드 고객센터"),
    date="Wed, 11 Sep 2024 10:30:00 +0900",
    subject=hdr("[디시인사이드] 시정요구 조치 결과 회신 (KCSC-240909-04)"),
    reply_to_req="req-240909-04",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''디시인사이드 고객센터

[시정요구 조치 결과 회신]
요청번호: KCSC-240909-04

■ {D1}
  조치: 게시물 삭제 및 작성자 IP 이용 제한
■ {D3}
  조치: 성인 인증 이용자만 열람할 수 있도록 접근 제한

나머지 1건은 갤러리 확인 후 회신드리겠습니다.
(주)디시인사이드
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 고객센터 조치 결과 회신, base64 body",
    why="one deleted, one access-restricted to verified adults; third promised later",
    items={D1: "removed", D3: "restricted"},
)

case(
    name="band-two-numbered",
    frm="help@band.us", name_from=hdr("BAND 고객센터"),
    date="Wed, 11 Sep 2024 16:27:45 +0900",
    subject=hdr("[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240910-05)"),
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요, BAND 고객센터입니다.
신고해 주신 게시글을 확인하였습니다.

1) {B1}
 - 마약류 판매 광고에 해당하여 게시글을 삭제하고 작성 멤버의 이용을 제한했습니다.
2) {B2}
 - 밴드 리더가 이미 삭제한 게시글로, 현재 존재하지 않습니다.

BAND는 앞으로도 안전한 커뮤니티를 위해 노력하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 report outcome mail",
    why="numbered URLs, result on the next line: deleted; already deleted by the band leader",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="band-url-below-statement",
    frm="help@band.us", name_from=hdr("BAND 고객센터"),
    date="Thu, 12 Sep 2024 09:12:20 +0900",
    subject=hdr("Re: [KCSC-240910-05] 게시글 신고"),
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요. BAND 운영팀입니다.

아래 게시글은 BAND 운영정책(불법 상품 거래 금지) 위반으로 비공개 처리되었습니다.
{B2}

함께 신고하신 다른 게시글(3301번)은 아직 확인 중이며, 결과가 나오면 다시 알려드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operator notice with the URL on the line after the statement",
    why="3317 비공개 처리 (removed); 3301 still being checked, stays pending",
    items={B2: "removed", B1: "pending"},
)

case(
    name="naver-fullwidth-punct",
    frm="cafe_help@naver.com", name_from=hdr("네이버 카페"),
    date="Sun, 08 Sep 2024 22:40:00 +0900",
    subject=hdr("Re: [KCSC-240903-01] 카페 게시글 조치 요청"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요 네이버 카페 운영팀입니다。

요청하신 글 중 {N8}，{N12} 두 건은 카페 운영원칙에 따라 삭제되었습니다。
나머지 카페 게시글은 확인 후 정리해서 알려드릴게요。
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply typed with full-width punctuation (IME), URLs joined by '，'",
    why="two URLs separated by a full-width comma, both deleted",
    items={N8: "removed", N12: "removed"},
)

case(
    name="naver-outlook-quote-kin-tv",
    frm="seojun.park@navercorp.com", name_from=hdr("박서준"),
    date="Tue, 10 Sep 2024 17:58:31 +0900",
    subject=hdr("RE: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하십니까, 네이버 서비스운영팀 박서준입니다.

지식iN 질문 {N9} 은
지식iN 운영정책에 따라 삭제 처리하였으며, 네이버TV 영상
{N14} 는 청소년 유해 매체물로 판단되어
19세 이상 연령 제한을 적용하였습니다.

감사합니다.

{quoted_request("KCSC-240903-01", N, "Tuesday, September 3, 2024 10:00 AM", "2024-09-10")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a service operator above the quoted request",
    why="kin question deleted, Naver TV clip age-restricted; the quoted list is the regulator's own",
    items={N9: "removed", N14: "restricted"},
)

case(
    name="naver-gmail-echo-report",
    frm="post_help@naver.com", name_from=hdr("네이버 포스트"),
    date="Sun, 08 Sep 2024 13:14:15 +0900",
    subject=hdr("Re: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 포스트 운영 담당자입니다.

[처리 결과]
신고 URL: {N10}
신고 사유: 불법 도박 홍보
처리 결과: 임시조치 (30일간 게시 제한)
처리 일시: 2024-09-08 12:50

{quoted_request("KCSC-240903-01", N, "2024년 9월 3일 (화) 오전 10:00", "2024-09-10", style="gmail")}
""",
    outcome="applied", classification="confirmation",
    imitates="echoed report form (신고 URL / 처리 결과) over a Gmail-style '>' quote",
    why="one echoed URL with 임시조치; the '>' quoted list states nothing",
    items={N10: "restricted"},
)

case(
    name="yt-dsa-statement-of-reasons",
    frm="no-reply@youtube.com", name_from="YouTube",
    date="Wed, 11 Sep 2024 02:10:44 +0000",
    subject="Notice of action taken on reported content [KCSC-240905-03]",
    reply_to_req="req-240905-03",
    body=f"""
Notice of action taken

Content: {Y2}
Decision: Removal of the content (worldwide)
Facts and circumstances: The content was reported to us by a public authority
(KCSC, Republic of Korea).
Ground for the decision: Violation of the YouTube Community Guidelines
(Nudity and sexual content policy)
Automated means used for the decision: No

Information on redress options is available at
https://support.google.com/youtube/answer/185111

YouTube, Google LLC
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision / ground / redress)",
    why="one URL, decision: removal worldwide; the redress link is not an item",
    items={Y2: "removed"},
)

_csv_kakao = (
    "게시물주소,처리결과,처리일자\r\n"
    f"{K1},삭제,2024-09-06\r\n"
    f"{K2},임시조치,2024-09-06\r\n"
    f"{K3_RAW},삭제,2024-09-06\r\n"
    f"{K4},게시물 없음,-\r\n"
    f"{K5},연령제한(19세),2024-09-07\r\n"
)
case(
    name="kakao-csv-attachment",
    frm="right@kakaocorp.com", name_from=hdr("카카오 권리침해신고센터"),
    date="Sat, 07 Sep 2024 09:05:30 +0900",
    subject=hdr("[카카오] KCSC-240904-02 시정요구 조치 결과 송부"),
    reply_to_req="req-240904-02",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="kakao-b665-0907"

--kakao-b665-0907
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 권리침해신고센터입니다.
KCSC-240904-02 시정요구 조치 결과를 첨부와 같이 송부합니다.

--kakao-b665-0907
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="KCSC-240904-02_result.csv"
Content-Transfer-Encoding: base64

{b64(_csv_kakao)}

--kakao-b665-0907--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao reply with a CSV attachment (Korean headers, raw Korean URL)",
    why="CSV: 삭제, 임시조치, 삭제, 게시물 없음, 연령제한",
    items={K1: "removed", K2: "restricted", K3: "removed", K4: "not_found", K5: "restricted"},
)

case(
    name="naver-parenthesised-bullets",
    frm="policy@navercorp.com", name_from=hdr("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 11:11:11 +0900",
    subject=hdr("[네이버] KCSC-240903-01 추가 조치결과 회신"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.
앞서 회신드리지 못한 게시물의 조치결과를 알려드립니다.

· 네이버 포스트 ({N10}): 비공개 처리 완료
· 네이버 블로그 ({N11}): 작성자에 의해 이미 삭제된 게시물
· 네이버 블로그 ({N13}): 당사 운영정책 및 관련 법령상 삭제 대상에 해당하지 않아 게시를 유지합니다

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="공문-style follow-up with middle-dot bullets and URLs in parentheses",
    why="비공개 처리 (removed), already deleted by author (not_found), kept up (rejected)",
    items={N10: "removed", N11: "not_found", N13: "rejected"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-to-act",
    frm="policy@navercorp.com", name_from=hdr("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 15:30:00 +0900",
    subject=hdr("RE: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 2건은 현재 담당 부서에서 검토 중이며,
검토가 끝나는 대로 게시중단 조치할 예정입니다.

- {N1}
- {N2}

처리 결과는 완료 후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal interim reply: 검토 중, 조치할 예정",
    why="names two items but only promises; no statement",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedged-already-deleted",
    frm="right@kakaocorp.com", name_from=hdr("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 18:02:10 +0900",
    subject=hdr("Re: [KCSC-240904-02] 게시물 조치 요청"),
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

확인해 보니 {K2} 글은 이미 삭제된 것 같습니다.
정확한 처리 내역은 담당 부서에 확인한 뒤 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="informal Kakao reply with a hedge (~것 같습니다)",
    why="'seems already deleted' is a hedge, not a statement",
    items={K2: "pending"},
)

case(
    name="yt-under-review",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 01:15:00 +0000",
    subject="Re: [KCSC-240905-03] Removal request [7-3208000041155]",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Your request concerning the following URLs is currently under review by our
legal team:

{Y1}
{Y2}

We will notify you once a decision has been made. Thank you for your patience.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply: under review",
    why="names two items, 'under review' is no statement",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="yt-hedge-may-have-been",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 04:44:04 +0000",
    subject="Re: [KCSC-240905-03] Removal request [7-3208000041155]",
    reply_to_req="req-240905-03",
    body=f"""
Hi there,

It looks like the Short at {Y3} may have already been taken
down by the uploader. We'll confirm on our side and follow up with the outcome
for the remaining URLs.

Best,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube support agent reply with a hedge",
    why="'looks like ... may have already been taken down' is hedged",
    items={Y3: "pending"},
)

case(
    name="naver-bulk-all-done",
    frm="policy@navercorp.com", name_from=hdr("네이버 정책지원팀"),
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject=hdr("[네이버] KCSC-240903-01 조치 완료 안내"),
    reply_to_req="req-240903-01",
    body="""
방송통신심의위원회 담당자님께

문서번호 KCSC-240903-01로 요청하신 게시물 전체에 대하여 게시중단 조치를
완료하였음을 알려드립니다.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="공문-style one-line completion notice for a whole request",
    why="'all the requested posts' for a 14-item request, none named",
    items={},
)

case(
    name="band-bulk-both",
    frm="help@band.us", name_from=hdr("BAND 고객센터"),
    date="Fri, 13 Sep 2024 15:45:00 +0900",
    subject=hdr("Re: [KCSC-240910-05] 게시글 신고"),
    reply_to_req="req-240910-05",
    body="""
안녕하세요, BAND 고객센터입니다.

신고하신 게시글 2건 모두 삭제 처리되었습니다.
이용에 불편을 드려 죄송합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND short reply covering both reported posts",
    why="'both posts deleted' for a two-item request, neither named",
    items={},
)

case(
    name="kakao-auth-fail",
    frm="right@kakaocorp.com", name_from=hdr("카카오 권리침해신고센터"),
    auth="fail",
    date="Sat, 07 Sep 2024 23:59:00 +0900",
    subject=hdr("[카카오] 시정요구 조치결과 (KCSC-240904-02)"),
    reply_to_req="req-240904-02",
    body=f"""
방송통신심의위원회 귀중

요청하신 게시물 {K1} 은 삭제 완료되었습니다.
""",
    outcome="review", review="untrusted",
    imitates="Kakao-style result notice whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails",
    items={K1: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    frm="bamgil.manager@gmail.com", name_from=hdr("밤길카페 매니저"),
    date="Sat, 07 Sep 2024 21:30:12 +0900",
    subject=hdr("방송통신심의위원회 요청 관련 (밤길 카페)"),
    body=f"""
안녕하세요. 네이버 카페 '밤길' 매니저입니다.
네이버 쪽에서 연락을 받아서 직접 메일 드립니다.

카페에 올라와 있던 {N5} 글은 제가 오늘 삭제했습니다.
앞으로 이런 글이 올라오지 않게 관리하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager writing from a personal Gmail address",
    why="names a requested URL but the sender is no platform",
    items={N5: "pending"},
)

case(
    name="daum-search-about-naver-blog",
    frm="search-policy@kakaocorp.com", name_from=hdr("Daum 검색"),
    date="Tue, 10 Sep 2024 13:20:00 +0900",
    subject=hdr("[Daum 검색] 검색 결과 제외 요청 처리 안내"),
    body=f"""
안녕하세요. Daum 검색 서비스 담당자입니다.

요청하신 {N11} 게시물은 Daum 검색 결과에서 제외 처리하였습니다.
원본 게시물은 네이버 블로그에 있어 당사가 삭제할 수 없으니, 게시물 삭제는
네이버에 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Daum search exclusion notice about another portal's blog post",
    why="Kakao states a result for a NAVER item",
    items={N11: "pending"},
)

case(
    name="dc-asks-for-documents",
    frm="help@dcinside.com", name_from=hdr("디시인사이드 고객센터"),
    date="Mon, 09 Sep 2024 17:40:00 +0900",
    subject=hdr("Re: [KCSC-240909-04] 게시물 시정요구"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

{D1} 게시물 삭제 조치를 위해
위원회 의결서 사본과 시정요구 공문 원본(PDF)을 보내주시기 바랍니다.
서류가 확인되는 대로 처리하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="DC Inside request for the 의결서 and original 공문",
    why="asks for documents before acting; nothing done yet",
    items={D1: "pending"},
)

case(
    name="naver-channel-change-notice",
    frm="policy@navercorp.com", name_from=hdr("네이버 정책지원팀"),
    date="Thu, 19 Sep 2024 10:00:00 +0900",
    subject=hdr("[안내] 기관 게시중단 요청 접수 창구 변경 안내"),
    body="""
안녕하십니까. 네이버 정책지원팀입니다.

2024년 10월 1일부터 행정기관의 게시중단 및 시정요구 접수 창구가
기관 전용 포털로 변경됩니다. 기존 메일 주소로 보내주신 요청도 당분간
처리되지만, 가급적 새 창구를 이용해 주시기 바랍니다.

문의: 네이버 정책지원팀
""",
    outcome="review", review="no_claims",
    imitates="portal circular about a new intake channel",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="naver-self-contradicting",
    frm="blog_help@naver.com", name_from=hdr("네이버 블로그"),
    date="Wed, 11 Sep 2024 19:19:19 +0900",
    subject=hdr("Re: [KCSC-240903-01] 블로그 게시물 조치 결과"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.

[처리 내역]
1. {N13} — 삭제

[참고]
{N13} 게시물은 검토 결과 위반 사항이 없어 게시가 유지됩니다.

감사합니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="templated notice where the summary and the note disagree",
    why="same URL: 삭제 in the list, kept up in the note",
    items={N13: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-chuseok",
    frm="jiwoo.han@navercorp.com", name_from=hdr("한지우"),
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    subject=hdr("[자동응답] 부재중입니다: RE: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 한지우입니다.
9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office reply over Chuseok",
    why="auto-reply",
    items={},
)

_dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: right-old@daum.net
Subject: [KCSC-240904-02] reminder
Date: Sun, 08 Sep 2024 09:00:00 +0900
Message-ID: <reminder-240904-02-1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

기한이 지났습니다. 아래 게시물의 조치 결과를 알려주십시오.
{K1}
{K2}
"""
case(
    name="daum-dsn-bounce",
    frm="mailer-daemon@daum.net", name_from="Mail Delivery System",
    date="Sun, 08 Sep 2024 09:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b665-daum"

--dsn-b665-daum
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-old@daum.net>: host mx1.daum.net said: 550 5.1.1 user unknown

--dsn-b665-daum
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.daum.net
Arrival-Date: Sun, 08 Sep 2024 09:00:40 +0900

Final-Recipient: rfc822; right-old@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--dsn-b665-daum
Content-Type: message/rfc822

{_dsn_orig}
--dsn-b665-daum--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a reminder to a dead address, with the original attached",
    why="bounce; the returned reminder's URLs are our own text",
    items={},
)

case(
    name="naver-mdn-read",
    frm="policy@navercorp.com", name_from=hdr("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 09:12:00 +0900",
    subject=hdr("읽음 확인: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b665-nv"

--mdn-b665-nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240903-01] 불법정보 시정요구"을(를)
2024-09-04 09:11 에 수신자가 읽었습니다.

--mdn-b665-nv
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240903-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b665-nv--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, MDN)",
    why="read receipt",
    items={},
)

case(
    name="yt-ticket-receipt",
    frm="no-reply@google.com", name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 06:31:00 +0000",
    subject="[7-3208000041155] We've received your legal request",
    reply_to_req="req-240905-03",
    body="""
Hello,

Thanks for contacting Google. We've received your legal request and assigned it
reference number 7-3208000041155. Please keep this number in the subject line
of any further correspondence about this request.

Our team will review your request and respond as soon as possible.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removals ticket receipt",
    why="pure acknowledgement with a case number, nothing about items",
    items={},
)

case(
    name="dc-receipt",
    frm="help@dcinside.com", name_from=hdr("디시인사이드 고객센터"),
    date="Mon, 09 Sep 2024 09:31:10 +0900",
    subject=hdr("[디시인사이드] 문의가 접수되었습니다 (#DC-240909-4471)"),
    reply_to_req="req-240909-04",
    body="""
안녕하세요. 디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: #DC-240909-4471

접수된 순서대로 확인 후 답변드리겠습니다. 감사합니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk auto receipt in Korean (문의 접수 완료)",
    why="pure receipt, no statement",
    items={},
)

case(
    name="band-auto-reply-holiday",
    frm="help@band.us", name_from=hdr("BAND 고객센터"),
    date="Tue, 17 Sep 2024 03:00:00 +0900",
    subject=hdr("[자동응답] BAND 고객센터 추석 연휴 운영 안내"),
    reply_to_req="req-240910-05",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
안녕하세요, BAND 고객센터입니다.

추석 연휴(9월 16일 ~ 9월 18일) 기간에는 고객센터 운영을 쉽니다.
연휴 중 접수된 문의는 9월 19일부터 순서대로 답변드리겠습니다.

본 메일은 발신 전용 자동응답입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="helpdesk holiday auto-reply",
    why="auto-reply",
    items={},
)

case(
    name="naver-ack-ticket",
    frm="help@naver.com", name_from=hdr("네이버 고객센터"),
    date="Wed, 11 Sep 2024 10:21:00 +0900",
    subject=hdr("[네이버 고객센터] 문의 접수 완료 안내"),
    reply_to_req="req-240911-06",
    body="""
안녕하세요. 네이버 고객센터입니다.

보내주신 문의가 접수되었습니다. (접수번호: 2409111021-77201)
담당자가 확인 후 순차적으로 답변드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 안내",
    why="pure receipt of the one-item request",
    items={},
)


HEADER = """# Blind set 665 (Korean portals: NAVER, Kakao/Daum, YouTube Korea, DC Inside,
# BAND). Generated by make.py; expected results written from each email's
# meaning alone, before any run of the reader. See NOTES.md.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
        c.setdefault("items", {})
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
