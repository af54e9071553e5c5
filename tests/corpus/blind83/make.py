#!/usr/bin/env python3
"""Blind set 83 (issue 11): Korean-focused mix of platform replies.

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
Expected results are written here from each email's meaning, before any run.
"""
import base64
import io
import os
import sys
import zipfile
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

SET = "blind83"

KBLOG = "가짜블로그"
KCHAN = "가짜채널"
N = {
    1: "https://blog.naver.com/fakeblog_kr01/223541000001",
    2: "https://blog.naver.com/fakeblog_kr01/223541000002",
    3: "https://blog.naver.com/" + quote(KBLOG) + "/223541000003",
    4: "https://cafe.naver.com/fakecafe_kr/10231",
    5: "https://cafe.naver.com/fakecafe_kr/10232",
    6: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=470000001",
    7: "https://post.naver.com/viewer/postView.naver?volumeNo=38000001&memberNo=50000001",
    8: "https://tv.naver.com/v/61000001",
    9: "https://m.blog.naver.com/fakeblog_kr02/223541000009",
    10: "https://blog.naver.com/fakeblog_kr02/223541000010",
    11: "https://cafe.naver.com/fakecafe_kr2/501",
    12: "https://cafe.naver.com/fakecafe_kr2/502",
    13: "https://blog.naver.com/fakeblog_kr03/223541000013",
    14: "https://blog.naver.com/fakeblog_kr03/223541000014",
}
N3_RAW = "https://blog.naver.com/" + KBLOG + "/223541000003"
K = {
    1: "https://cafe.daum.net/fakecafe_daum/AbCd/1201",
    2: "https://cafe.daum.net/fakecafe_daum/AbCd/1202",
    3: "https://fakeuser-kr.tistory.com/45",
    4: "https://open.kakao.com/o/gFaKe123",
    5: "https://pf.kakao.com/_xFaKeA/105000001",
}
Y = {
    1: "https://www.youtube.com/watch?v=FaKeKr0001a",
    2: "https://youtu.be/FaKeKr0002b",
    3: "https://www.youtube.com/shorts/FaKeKr0003c",
    4: "https://www.youtube.com/@" + quote(KCHAN),
}
Y4_RAW = "https://www.youtube.com/@" + KCHAN
X = {
    1: "https://x.com/fake_kr_a/status/1833900000000000001",
    2: "https://x.com/fake_kr_a/status/1833900000000000002",
    3: "https://x.com/fake_kr_b/status/1833900000000000003",
}
M = {
    1: "https://www.instagram.com/p/C9FaKeKr01a/",
    2: "https://www.facebook.com/fakepage.kr/posts/pfbid02FaKeKr0001",
}
T = {1: "https://t.me/fake_kr_chan/777"}

REQS = [
    ("KCSC-240909-01", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", N, "req-240909-01", "불법 도박 광고"),
    ("KCSC-240910-01", "kakao", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", K, "req-240910-01", "개인정보 침해"),
    ("KCSC-240911-01", "youtube", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00", Y, "req-240911-01", "명예훼손"),
    ("KCSC-240912-01", "x", "2024-09-12T16:00:00+09:00", "2024-09-19T18:00:00+09:00", X, "req-240912-01", "음란물"),
    ("KCSC-240913-01", "meta", "2024-09-13T10:30:00+09:00", "2024-09-20T18:00:00+09:00", M, "req-240913-01", "마약류 판매"),
    ("KCSC-240916-01", "telegram", "2024-09-16T09:00:00+09:00", "2024-09-23T18:00:00+09:00", T, "req-240916-01", "불법 촬영물"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, items, mid, cat in REQS:
        for k in sorted(items):
            lines.append(f"{ref},{plat},{sent},{due},{items[k]},{cat},<{mid}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def quoted_request(ref, items, prefix="> "):
    out = [f"{prefix}[방송통신심의위원회] 시정요구 ({ref})", prefix.rstrip(),
           f"{prefix}아래 정보에 대하여 삭제 또는 접속차단 등 시정요구하오니 조치 후 결과를 회신하여 주시기 바랍니다."]
    for i, k in enumerate(sorted(items), 1):
        out.append(f"{prefix}{i}. {items[k]}")
    return "\n".join(out)


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    import quopri
    return quopri.encodestring(text.encode("utf-8")).decode()


def make_xlsx(rows):
    """Minimal XLSX (inline strings), fixed timestamps."""
    def cell(r, c, v):
        ref = "ABCDEFG"[c] + str(r)
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = "".join(
        f'<row r="{r}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows, 1))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="조치결과" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + sheet_rows + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 13, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


NAVER_FOOTER = """-- 
네이버 주식회사 정책지원팀
경기도 성남시 분당구 정자일로 95 (가상 주소 표기)
본 메일은 발신전용이 아닙니다. 문의사항은 회신해 주시기 바랍니다.
게시물 운영정책: https://policy.naver.com/policy/service.html"""

CSV_TEXT = ("번호,URL,조치결과,조치일시\n"
            f"1,{N[9]},삭제,2024-09-12 15:20\n"
            f"2,{N[10]},임시조치(30일),2024-09-12 15:21\n"
            f"3,{N[11]},삭제,2024-09-12 15:22\n"
            f"4,{N[12]},존재하지 않는 게시물,2024-09-12 15:22\n")

XLSX = make_xlsx([
    ["번호", "게시물 URL", "조치 내용", "비고"],
    ["1", N[13], "접근제한(국내)", "청소년유해"],
    ["2", N[14], "삭제", ""],
])

QP_TEXT = f"""안녕하세요, 네이버 블로그 운영팀입니다.

시정요구(KCSC-240909-01)에 따라 아래 게시물에 대하여 정보통신망법 제44조의2에 따른 임시조치(30일)를 하였습니다.

{N[10]}

임시조치 기간 동안 해당 게시물은 작성자 외에는 볼 수 없습니다.
감사합니다.
"""
QP_HTML = f"""<html><body><p>안녕하세요, 네이버 블로그 운영팀입니다.</p>
<p>시정요구(KCSC-240909-01)에 따라 아래 게시물에 대하여 정보통신망법 제44조의2에 따른 <b>임시조치(30일)</b>를 하였습니다.</p>
<p><a href="{N[10]}">{N[10]}</a></p>
<p>임시조치 기간 동안 해당 게시물은 작성자 외에는 볼 수 없습니다.<br>감사합니다.</p></body></html>"""

cases = []


def case(**kw):
    cases.append(kw)


# ---------------------------------------------------------------- NAVER
case(name="nv-siljeong-result-html-table", from_="policy@navercorp.com",
     date="Thu, 12 Sep 2024 16:02:11 +0900", reply_to_req="req-240909-01",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240909-01) 조치결과 회신", type="html",
     body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240909-01)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>임시조치</td><td>2024.09.12</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>삭제</td><td>2024.09.12</td></tr>
<tr><td>3</td><td>{N3_RAW}</td><td>게시중단</td><td>2024.09.12</td></tr>
</table>
<p>나머지 게시물은 확인 후 별도로 회신드리겠습니다.</p>
<p>네이버 주식회사 정책지원팀 드림<br>운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
</body></html>""",
     outcome="applied", classification="confirmation",
     items={N[1]: "restricted", N[2]: "removed", N[3]: "removed"},
     imitates="KCSC 시정요구 조치결과 회신 table (연번/URL/조치결과/조치일) as portals return it",
     why="HTML table with 임시조치/삭제/게시중단 per row; row 3 is a raw Korean blog path for an item stored percent-encoded; promise for the rest changes nothing")

case(name="nv-blind-and-author-deleted-prose", from_="blog_help@naver.com",
     date="Wed, 11 Sep 2024 10:40:00 +0900", reply_to_req="req-240909-01",
     subject="[네이버 카페] 신고하신 게시물 처리 결과 안내",
     body=f"""안녕하세요. 네이버 카페 고객센터입니다.

요청하신 게시물 {N[4]} 은 카페 운영원칙 위반이 확인되어 블라인드 처리되었습니다.
또한 {N[5]} 게시물은 확인 당시 이미 작성자에 의해 삭제되어 별도의 조치가 필요하지 않았습니다.

네이버 카페 운영원칙 보기: https://section.cafe.naver.com/ca-fe/home/policy
더 나은 서비스를 위해 노력하겠습니다.

네이버 카페 고객센터 드림""",
     outcome="applied", classification="confirmation",
     items={N[4]: "removed", N[5]: "not_found"},
     imitates="NAVER 카페 고객센터 '신고하신 게시물 처리 결과 안내' mail (블라인드 처리 / 작성자 삭제), after public accounts of NAVER 게시중단 notices",
     why="블라인드 = removal; 'already deleted by its author' = not_found; policy link is not an item")

case(name="nv-bare-url-status-below", from_="policy@navercorp.com",
     date="Fri, 13 Sep 2024 09:15:30 +0900", reply_to_req="req-240909-01",
     subject="RE: 시정요구 KCSC-240909-01 처리 결과",
     body=f"""담당자님 안녕하세요.
요청하신 게시물에 대한 검토 결과를 안내드립니다.

{N[6]}
처리결과: 비공개 처리 (운영정책 위반)

{N[7]}
처리결과: 위반사항이 확인되지 않아 게시 유지

{N[8]}
해당 영상은 현재 존재하지 않아 찾을 수 없습니다.

감사합니다.
{NAVER_FOOTER}""",
     outcome="applied", classification="confirmation",
     items={N[6]: "removed", N[7]: "rejected", N[8]: "not_found"},
     imitates="NAVER policy team per-URL result blocks (URL line, 처리결과 line below)",
     why="status on the line below each bare URL, three different statuses incl. 비공개 처리, 게시 유지 (rejection), 존재하지 않음")

case(name="nv-csv-attachment-base64", from_="policy@navercorp.com",
     date="Thu, 12 Sep 2024 15:40:00 +0900", reply_to_req="req-240909-01",
     subject="[NAVER] KCSC-240909-01 조치결과 송부",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="nvcsv83"

--nvcsv83
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.
시정요구 KCSC-240909-01 중 4건의 조치결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

--nvcsv83
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TEXT.encode("utf-8"))}
--nvcsv83--""",
     outcome="applied", classification="confirmation",
     items={N[9]: "removed", N[10]: "restricted", N[11]: "removed", N[12]: "not_found"},
     imitates="portal result spreadsheet exported as CSV (번호,URL,조치결과,조치일시) attached to a short cover note",
     why="base64 CSV attachment: 삭제, 임시조치(30일), 존재하지 않는 게시물")

case(name="nv-xlsx-attachment", from_="policy@navercorp.com",
     date="Fri, 13 Sep 2024 11:05:00 +0900", reply_to_req="req-240909-01",
     subject="[NAVER] 시정요구 조치결과 (엑셀 첨부)",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="nvxlsx83"

--nvxlsx83
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

시정요구 KCSC-240909-01 관련 조치결과를 첨부와 같이 송부드립니다.

--nvxlsx83
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="result.xlsx"
Content-Disposition: attachment; filename="result.xlsx"
Content-Transfer-Encoding: base64

{b64(XLSX)}
--nvxlsx83--""",
     outcome="applied", classification="confirmation",
     items={N[13]: "restricted", N[14]: "removed"},
     imitates="조치결과 Excel sheet (번호/게시물 URL/조치 내용/비고) attached by a portal",
     why="XLSX attachment: 접근제한(국내) = restricted, 삭제 = removed")

case(name="nv-top-posted-over-quoted-list", from_="policy@navercorp.com",
     date="Wed, 11 Sep 2024 18:20:00 +0900", reply_to_req="req-240909-01",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240909-01)",
     body=f"""요청하신 14건 중 우선 아래 2건을 삭제 조치하였습니다.
- {N[1]}
- {N[2]}
나머지 건은 검토 중입니다.

네이버 정책지원팀 드림

2024년 9월 9일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240909-01", N)}
> 조치 완료 시 삭제 완료 여부를 회신 바랍니다.""",
     outcome="applied", classification="confirmation",
     items={N[1]: "removed", N[2]: "removed"},
     imitates="Gmail-style top-posted reply over the quoted KCSC request (…님이 작성:)",
     why="only the two listed items are removed; the 12 others appear only in the quote and 'under review' -> stay pending")

case(name="nv-raw-korean-url-with-particle", from_="policy@navercorp.com",
     date="Thu, 12 Sep 2024 13:00:00 +0900", reply_to_req="req-240909-01",
     subject="Re: 시정요구 KCSC-240909-01",
     body=f"""안녕하세요.

{N3_RAW}에 대해 금일 게시중단 조치하였음을 알려드립니다.

감사합니다.
{NAVER_FOOTER}""",
     outcome="applied", classification="confirmation",
     items={N[3]: "removed"},
     imitates="one-line NAVER notice '…에 대해 게시중단 조치하였음을 알려드립니다'",
     why="raw Hangul path followed by the particle 에 must match the percent-encoded item; 게시중단 = removed")

case(name="nv-multipart-alt-qp-imsi", from_="blog_help@naver.com",
     date="Fri, 13 Sep 2024 17:45:00 +0900", reply_to_req="req-240909-01",
     subject="[네이버 블로그] 임시조치 안내",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="nvalt83"

--nvalt83
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_TEXT)}
--nvalt83
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_HTML)}
--nvalt83--""",
     outcome="applied", classification="confirmation",
     items={N[10]: "restricted"},
     imitates="NAVER blog 임시조치 notice (정보통신망법 제44조의2, 30일) as multipart/alternative",
     why="quoted-printable text+html; 임시조치 = restricted")

case(name="nv-future-tense-review", from_="policy@navercorp.com",
     date="Tue, 10 Sep 2024 11:30:00 +0900", reply_to_req="req-240909-01",
     subject="Re: 시정요구 KCSC-240909-01",
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

아래 게시물은 내부 검토를 거쳐 이번 주 중 삭제 조치할 예정입니다.
{N[1]}
{N[2]}
{N[3]}

조치가 완료되면 다시 안내드리겠습니다.
{NAVER_FOOTER}""",
     outcome="review", review="not_understood",
     items={},
     imitates="portal interim reply announcing planned deletion (삭제 조치할 예정)",
     why="future tense: nothing done yet; names items, so review not_understood, items stay pending")

case(name="nv-partly-done-unspecified", from_="policy@navercorp.com",
     date="Wed, 11 Sep 2024 09:10:00 +0900", reply_to_req="req-240909-01",
     subject="Re: 시정요구 KCSC-240909-01 진행 상황",
     body=f"""안녕하세요.

요청하신 게시물 중 일부는 삭제하였으며, 나머지는 권리침해 여부를 검토하고 있습니다.
대상 게시물:
{N[11]}
{N[12]}
{N[13]}

검토가 끝나는 대로 회신드리겠습니다.
네이버 정책지원팀""",
     outcome="review", review="not_understood",
     items={},
     imitates="partial-progress reply (일부 삭제, 나머지 검토 중) without naming which",
     why="'some were deleted' without saying which of the three: a clerk cannot apply anything")

case(name="nv-asks-more-info", from_="policy@navercorp.com",
     date="Tue, 10 Sep 2024 15:00:00 +0900", reply_to_req="req-240909-01",
     subject="Re: 시정요구 KCSC-240909-01 관련 추가 자료 요청",
     body=f"""안녕하세요.

{N[7]} 게시물에 대하여 위법성 판단을 위한 근거 자료(심의 의결서 등)를 추가로 보내주시면 검토 후 조치하겠습니다.

회신 부탁드립니다.
{NAVER_FOOTER}""",
     outcome="review", classification="request_for_info", review="asks_more",
     items={},
     imitates="portal request for the deliberation document before acting (추가 자료 요청)",
     why="platform asks for more information about one item; nothing done")

case(name="nv-receipt-ack", from_="noreply@navercorp.com",
     date="Mon, 09 Sep 2024 10:05:00 +0900", reply_to_req="req-240909-01",
     subject="[NAVER] 요청이 정상적으로 접수되었습니다",
     body="""안녕하세요. 네이버 고객센터입니다.

보내주신 요청이 정상적으로 접수되었습니다.
접수번호: 20240909-0012345

담당자가 확인 후 순차적으로 처리하며, 처리 결과는 등록하신 메일로 안내드립니다.
본 메일은 발신전용입니다.""",
     outcome="ignored", classification="acknowledgement",
     items={},
     imitates="NAVER 고객센터 automatic 접수 완료 receipt with 접수번호",
     why="pure receipt, names no item")

case(name="nv-out-of-office", from_="kim.policy@navercorp.com",
     date="Mon, 09 Sep 2024 10:01:00 +0900", reply_to_req="req-240909-01",
     subject="[부재중] Re: [방송통신심의위원회] 시정요구 (KCSC-240909-01)",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 김정책입니다.
9월 9일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표메일(policy@navercorp.com)로 연락 부탁드립니다.""",
     outcome="ignored", classification="auto_reply",
     items={},
     imitates="Korean Outlook 부재중 자동 회신",
     why="out-of-office auto reply")

case(name="nv-dmarc-fail-claims", from_="policy@navercorp.com", auth="fail",
     date="Thu, 12 Sep 2024 12:00:00 +0900", reply_to_req="req-240909-01",
     subject="Re: 시정요구 KCSC-240909-01 조치완료",
     body=f"""요청하신 게시물을 모두 삭제 완료하였습니다.
{N[1]} - 삭제
{N[2]} - 삭제
네이버 정책지원팀""",
     outcome="review", review="untrusted",
     items={},
     imitates="short per-line 삭제 reply, but DMARC fails",
     why="claims from a naver domain failing DMARC must not be applied")

case(name="nv-lookalike-unknown-sender", from_="policy@navercorp-support.com",
     date="Thu, 12 Sep 2024 12:30:00 +0900", reply_to_req="req-240909-01",
     subject="Re: 시정요구 KCSC-240909-01 처리 완료",
     name_from="NAVER 정책지원",
     body=f"""안녕하세요. 네이버 정책지원팀입니다.
아래 게시물은 삭제 처리되었습니다.
{N[4]}
{N[5]}""",
     outcome="review", review="unknown_sender",
     items={},
     imitates="look-alike domain imitating a NAVER 삭제 처리 notice",
     why="sender domain is not a NAVER sender; a spoof naming our items must be seen")

case(name="nv-ack-plus-statement", from_="blog_help@naver.com",
     date="Wed, 11 Sep 2024 14:14:00 +0900", reply_to_req="req-240909-01",
     subject="[네이버 카페] 신고 접수 및 처리 결과",
     body=f"""안녕하세요. 네이버 카페 고객센터입니다.
보내주신 신고는 정상적으로 접수되었습니다.

확인 결과, {N[4]} 게시물은 운영원칙 위반으로 삭제 조치되었습니다.

문의번호: 2409-CF-88231
감사합니다.""",
     outcome="applied", classification="confirmation",
     items={N[4]: "removed"},
     imitates="NAVER 고객센터 reply combining 접수 and 처리 결과",
     why="acknowledgement phrase plus an unhedged removal statement is a confirmation")

case(name="nv-imsi-with-help-link", from_="blog_help@naver.com",
     date="Tue, 10 Sep 2024 16:30:00 +0900", reply_to_req="req-240909-01",
     subject="[네이버] 게시물 임시조치 안내",
     body=f"""안녕하세요.

요청하신 카페 게시물({N[5]})에 대하여 임시조치를 완료하였습니다.
임시조치에 관한 자세한 내용은 고객센터 도움말(https://help.naver.com/service/5633/contents/19008?lang=ko)을 참고해 주시기 바랍니다.
작성자는 30일 이내에 재게시를 요청할 수 있습니다: https://inoti.naver.com/inoti/main.nhn

네이버 고객센터""",
     outcome="applied", classification="confirmation",
     items={N[5]: "restricted"},
     imitates="NAVER 임시조치 안내 with help-centre and 재게시 요청 (inoti) links",
     why="URL in parentheses, 임시조치 = restricted; help/inoti links are not items and not unmatched claims")

case(name="nv-url-below-statement", from_="policy@navercorp.com",
     date="Fri, 13 Sep 2024 10:10:00 +0900", reply_to_req="req-240909-01",
     subject="Re: 시정요구 KCSC-240909-01 결과",
     body=f"""안녕하세요.

아래 게시물은 카페 운영원칙 위반으로 삭제되었습니다.
{N[11]}

아래 게시물은 검토 결과 운영원칙 및 관련 법령 위반 사항이 확인되지 않아 게시가 유지됩니다.
{N[12]}

{NAVER_FOOTER}""",
     outcome="applied", classification="confirmation",
     items={N[11]: "removed", N[12]: "rejected"},
     imitates="NAVER result mail with statement line followed by the URL on the next line",
     why="URL on the line below its statement; 게시 유지 (no violation) = rejected")

case(name="nv-numbered-list-mixed", from_="policy@navercorp.com",
     date="Sat, 14 Sep 2024 11:11:00 +0900", reply_to_req="req-240909-01",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240909-01)",
     body=f"""시정요구 건에 대한 처리 현황입니다.

1. {N[6]} - 운영자에 의해 삭제됨
2. {N[7]} - 블라인드 처리
3. {N[8]} - 삭제 완료
4. {N[9]} - 검토 중 (추후 회신 예정)

감사합니다.
{NAVER_FOOTER}""",
     outcome="applied", classification="confirmation",
     items={N[6]: "removed", N[7]: "removed", N[8]: "removed"},
     imitates="numbered 처리 현황 list as portals send it",
     why="numbered list; 운영자에 의해 삭제 / 블라인드 / 삭제 완료 = removed; 검토 중 stays pending")

case(name="nv-echoed-report-imsi-blind", from_="blog_help@naver.com",
     date="Thu, 12 Sep 2024 19:00:00 +0900", reply_to_req="req-240909-01",
     subject="[네이버 블로그] 신고 처리 결과 안내",
     body=f"""안녕하세요, 네이버 블로그입니다.

신고하신 게시물에 대해 검토한 결과 임시조치(블라인드)하였습니다.

[신고 내용]
- 신고 URL: {N[13]}
- 신고 사유: 불법 도박 광고
- 신고 일시: 2024.09.09 10:00

블라인드 처리된 게시물은 작성자 외에는 열람할 수 없습니다.
네이버 블로그 고객센터""",
     outcome="applied", classification="confirmation",
     items={N[13]: "restricted"},
     imitates="NAVER blog '신고 처리 결과 안내' with an echoed [신고 내용] block",
     why="statement about 'the reported post' followed by the echoed report; 임시조치(블라인드) read as restricted (arguable: 블라인드 alone is removal)")

case(name="nv-outlook-original-message", from_="policy@navercorp.com",
     date="Mon, 16 Sep 2024 10:00:00 +0900", reply_to_req="req-240909-01",
     subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240909-01)",
     body=f"""담당자님,

{N[14]} 게시물은 게시중단 처리 완료하였습니다.

정책지원팀 드림

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: policy@navercorp.com
Subject: [방송통신심의위원회] 시정요구 (KCSC-240909-01)

{quoted_request("KCSC-240909-01", N, prefix="")}
조치 후 삭제 완료 여부를 회신하여 주시기 바랍니다.""",
     outcome="applied", classification="confirmation",
     items={N[14]: "removed"},
     imitates="Outlook reply with '-----Original Message-----' block quoting the request unprefixed",
     why="only the item named above the Original Message block changes; the unprefixed quoted list is not the platform's statement")

case(name="nv-forwarded-to-dept-unclear", from_="policy@navercorp.com",
     date="Tue, 10 Sep 2024 17:20:00 +0900", reply_to_req="req-240909-01",
     subject="Re: 시정요구 KCSC-240909-01",
     body=f"""안녕하세요.
{N[8]} 건은 네이버TV 담당 부서로 전달하였습니다.
감사합니다.""",
     outcome="review", review="not_understood",
     items={},
     imitates="internal hand-off note (담당 부서로 전달)",
     why="names an item but states no outcome for it: review not_understood, not ignored")

# ---------------------------------------------------------------- Kakao
case(name="kk-daum-cafe-per-line", from_="cafe_admin@daum.net",
     date="Thu, 12 Sep 2024 11:00:00 +0900", reply_to_req="req-240910-01",
     subject="[Daum 카페] 시정요구(KCSC-240910-01) 처리 결과",
     body=f"""안녕하세요, 카카오 Daum 카페 운영팀입니다.

요청하신 게시물의 처리 결과를 알려드립니다.
{K[1]} : 블라인드 처리
{K[2]} : 임시조치 (30일)

Daum 카페 운영정책: https://cafe.daum.net/_info/policy
(주)카카오""",
     outcome="applied", classification="confirmation",
     items={K[1]: "removed", K[2]: "restricted"},
     imitates="Kakao Daum 카페 per-line 처리 결과 using Daum's 블라인드 and 임시조치 terms (cs.daum.net 클린카페 FAQ wording)",
     why="per-line statuses after a colon; policy link not an item")

case(name="kk-tistory-already-deleted", from_="tistory_cs@kakaocorp.com",
     date="Fri, 13 Sep 2024 14:00:00 +0900", reply_to_req="req-240910-01",
     subject="Re: 시정요구 KCSC-240910-01 (티스토리)",
     body=f"""안녕하세요. 티스토리 고객센터입니다.

요청하신 게시글({K[3]})을 확인하였으나, 해당 글은 이미 삭제되어 존재하지 않습니다.

감사합니다.
카카오 티스토리 고객센터""",
     outcome="applied", classification="confirmation",
     items={K[3]: "not_found"},
     imitates="Tistory 고객센터 reply: 이미 삭제되어 존재하지 않음",
     why="already deleted / does not exist = not_found; URL inside parentheses")

case(name="kk-openchat-closed", from_="openchat_safety@kakaocorp.com",
     date="Wed, 11 Sep 2024 20:30:00 +0900", reply_to_req="req-240910-01",
     subject="[카카오] 오픈채팅 신고 처리 결과",
     body=f"""안녕하세요. 카카오 오픈채팅 운영팀입니다.

신고하신 오픈채팅방에 대해 운영정책 위반이 확인되어 해당 채팅방을 폐쇄(삭제) 조치하였습니다.
  {K[4]}

카카오 운영정책: https://www.kakao.com/policy/oppolicy
카카오 고객센터: https://cs.kakao.com""",
     outcome="applied", classification="confirmation",
     items={K[4]: "removed"},
     imitates="Kakao 오픈채팅 신고 처리 결과 notice (채팅방 폐쇄)",
     why="statement then the indented URL on the next line; closing the room = removed")

case(name="kk-english-no-violation", from_="trustandsafety@kakaocorp.com",
     date="Fri, 13 Sep 2024 09:00:00 +0900", reply_to_req="req-240910-01",
     subject="RE: Correction request KCSC-240910-01 - Kakao Channel post",
     body=f"""Dear KCSC team,

Thank you for your request. After careful review, we determined that the Kakao Channel post at
{K[5]}
does not violate Kakao's Operation Policy or applicable law, so we have not removed it and it remains available.

Kind regards,
Kakao Trust & Safety""",
     outcome="applied", classification="confirmation",
     items={K[5]: "rejected"},
     imitates="Kakao Trust & Safety English decision 'does not violate ... not removed'",
     why="negated removal with a reason = rejected; URL wrapped on its own line mid-sentence")

case(name="kk-bounce-dsn", from_="MAILER-DAEMON@daum.net",
     date="Tue, 10 Sep 2024 14:00:30 +0900",
     subject="Undelivered Mail Returned to Sender",
     name_from="Mail Delivery System",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn83"

--dsn83
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@daum.net>: host mx.daum.net said: 550 5.1.1 user unknown

--dsn83
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.daum.net
Arrival-Date: Tue, 10 Sep 2024 14:00:05 +0900

Final-Recipient: rfc822; policy-old@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--dsn83
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@daum.net
Subject: [방송통신심의위원회] 시정요구 (KCSC-240910-01)
Message-ID: <req-240910-01@kcsc.example>

--dsn83--""",
     outcome="ignored", classification="bounce",
     items={},
     imitates="Postfix DSN (multipart/report delivery-status) from a Daum MX",
     why="bounce of our request: ignored")

case(name="kk-wrong-platform-claim", from_="policy@kakaocorp.com",
     date="Thu, 12 Sep 2024 17:00:00 +0900", reply_to_req="req-240910-01",
     subject="Re: 시정요구 KCSC-240910-01",
     body=f"""안녕하세요. 카카오 정책팀입니다.

요청하신 게시물 {N[2]} 은 삭제 조치되었습니다.

(주)카카오 정책팀""",
     outcome="review", review="wrong_platform",
     items={},
     imitates="Kakao 정책팀 short removal reply, but about a NAVER item",
     why="a trusted Kakao sender cannot set the status of a NAVER item")

# ---------------------------------------------------------------- YouTube
case(name="yt-korean-legal-geo-and-removed", from_="legal-kr@google.com",
     date="Fri, 13 Sep 2024 08:30:00 +0900", reply_to_req="req-240911-01",
     subject="[YouTube] 법적 요청에 대한 회신 - KCSC-240911-01",
     body=f"""안녕하세요.

YouTube 법무팀입니다. 보내주신 요청을 검토한 결과를 알려드립니다.

- {Y[1]} : 현지 법률 위반으로 판단되어 대한민국 내에서 해당 콘텐츠에 대한 액세스를 차단했습니다.
- {Y[2]} : YouTube 커뮤니티 가이드라인 위반으로 YouTube에서 삭제되었습니다.

YouTube 콘텐츠 삭제 요청 관련 정책: https://support.google.com/youtube/answer/6154230

감사합니다.
YouTube 법무팀
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""",
     outcome="applied", classification="confirmation",
     items={Y[1]: "restricted", Y[2]: "removed"},
     imitates="YouTube legal team Korean reply (국가별 액세스 차단 vs 커뮤니티 가이드라인 삭제)",
     why="geo-block in Korea = restricted, removal under guidelines = removed; youtu.be form matched")

case(name="yt-age-restrict-and-no-action", from_="legal-kr@google.com",
     date="Sat, 14 Sep 2024 03:10:00 +0900", reply_to_req="req-240911-01",
     subject="Re: KCSC-240911-01 - YouTube review outcome",
     body=f"""Hello,

Thanks for reaching out. We reviewed the content you reported.

{Y[3]}
We have age-restricted this video. It is no longer visible to users who are signed out or under 18.

{Y[2]}
After review, we've decided not to take action on this content as it doesn't violate our Community Guidelines.

Learn more about age restrictions: https://support.google.com/youtube/answer/2802167

Regards,
The YouTube Team""",
     outcome="applied", classification="confirmation",
     items={Y[3]: "restricted", Y[2]: "rejected"},
     imitates="YouTube Team outcome e-mails ('Upon review ... we have removed' / age-restriction, 'The YouTube Team' sign-off) adapted to a reporter-side decision",
     why="status below each bare URL: age restriction = restricted, no action because no violation = rejected")

case(name="yt-channel-terminated-raw-handle", from_="legal-kr@google.com",
     date="Mon, 16 Sep 2024 15:30:00 +0900", reply_to_req="req-240911-01",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240911-01)",
     body=f"""안녕하세요.

요청하신 채널 {Y4_RAW} 은(는) YouTube 서비스 약관을 반복적으로 위반하여 해지되었습니다. 해당 채널의 모든 동영상은 더 이상 볼 수 없습니다.

YouTube 팀 드림""",
     outcome="applied", classification="confirmation",
     items={Y[4]: "removed"},
     imitates="YouTube channel termination notice (채널 해지) in Korean",
     why="raw Hangul handle must match the percent-encoded channel item; termination = removed")

case(name="yt-read-receipt-mdn", from_="legal-kr@google.com",
     date="Wed, 11 Sep 2024 11:20:00 +0900", reply_to_req="req-240911-01",
     subject="읽음: [방송통신심의위원회] 시정요구 (KCSC-240911-01)",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn83"

--mdn83
Content-Type: text/plain; charset=utf-8

보낸 메시지를 수신자가 읽었습니다.

--mdn83
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <req-240911-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn83--""",
     outcome="ignored", classification="read_receipt",
     items={},
     imitates="MDN read receipt (읽음:) multipart/report disposition-notification",
     why="read receipt is ignored")

case(name="yt-paren-removed-korean", from_="legal-kr@google.com",
     date="Thu, 12 Sep 2024 10:00:00 +0900", reply_to_req="req-240911-01",
     subject="Re: KCSC-240911-01",
     body=f"""안녕하세요,
Google 법무팀입니다. 신고하신 동영상({Y[2]})은 YouTube에서 삭제 처리되었음을 알려드립니다。
감사합니다.""",
     outcome="applied", classification="confirmation",
     items={Y[2]: "removed"},
     imitates="Google legal short Korean notice with URL in parentheses and full-width stop",
     why="URL followed by ')' and a statement ending with full-width punctuation; 삭제 처리 = removed")

# ---------------------------------------------------------------- X
case(name="x-withheld-korea-angle", from_="legal@x.com",
     date="Sat, 14 Sep 2024 02:00:00 +0900", reply_to_req="req-240912-01",
     subject="Re: KCSC-240912-01 [Ref# 0123456789]",
     body=f"""안녕하세요,

X는 접수된 요청을 검토하였으며, 대한민국 현지 법률에 따라 아래 게시물을 대한민국에서 보류(withheld) 처리하였습니다.

<{X[1]}>
<{X[2]}>

국가별 콘텐츠 보류에 대한 자세한 내용: https://help.x.com/ko/rules-and-policies/post-withheld-by-country

X 법무팀""",
     outcome="applied", classification="confirmation",
     items={X[1]: "restricted", X[2]: "restricted"},
     imitates="X country-withheld-content notice (help.x.com 'About country withheld content'; X mail 'we have withheld ... in <country> ... remains available elsewhere') in Korean",
     why="withheld in Korea = restricted; URLs in angle brackets; help link not an item")

case(name="x-hedged-may-act", from_="legal@x.com",
     date="Fri, 13 Sep 2024 06:00:00 +0900", reply_to_req="req-240912-01",
     subject="Re: KCSC-240912-01",
     body=f"""Hello,

We have received your report regarding the following posts:
{X[1]}
{X[2]}
{X[3]}

If we find that any of these posts violate the X Rules or local law, we may take enforcement action, which could include withholding the content in your country.

Thanks,
X Legal""",
     outcome="review", review="not_understood",
     items={},
     imitates="X Legal holding reply echoing the reported posts with conditional 'we may take action'",
     why="acknowledgement echoing our items plus a conditional: states nothing done, names items -> review not ignored (arguable)")

case(name="x-ticket-receipt", from_="noreply@x.com",
     date="Thu, 12 Sep 2024 16:02:00 +0900", reply_to_req="req-240912-01",
     subject="Your case number is 0198273645",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

Thanks for contacting X. A ticket has been created for your request and your case number is 0198273645.
Please keep this number for future reference. We will review your submission and follow up as needed.

X Support""",
     outcome="ignored", classification="acknowledgement",
     items={},
     imitates="X automated ticket receipt 'your case number is'",
     why="pure ticket receipt naming no item")

# ---------------------------------------------------------------- Meta
case(name="meta-korean-office-restrict-remove", from_="lawenforcement-kr@fb.com",
     date="Tue, 17 Sep 2024 09:45:00 +0900", reply_to_req="req-240913-01",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240913-01)",
     name_from="Meta Korea",
     body=f"""안녕하세요. Meta 한국 사무소입니다.

시정요구 KCSC-240913-01에 대한 검토 결과를 아래와 같이 안내드립니다.

• Instagram 게시물 {M[1]}
  → 대한민국 현지 법률에 따라 대한민국에서 해당 콘텐츠에 대한 접근을 제한했습니다.
• Facebook 게시물 {M[2]}
  → Facebook 커뮤니티 규정 위반으로 삭제했습니다.

Meta 투명성 센터: https://transparency.meta.com/ko-kr/
Meta Platforms, Inc.""",
     outcome="applied", classification="confirmation",
     items={M[1]: "restricted", M[2]: "removed"},
     imitates="Meta Korea reply: local-law restriction vs Community Standards removal, bulleted",
     why="bulleted items with status on the arrow line below; Instagram and Facebook URL forms")

case(name="meta-unknown-sender-gmail", from_="meta.korea.legal@gmail.example",
     date="Tue, 17 Sep 2024 11:00:00 +0900", reply_to_req="req-240913-01",
     subject="Re: 시정요구 KCSC-240913-01 삭제 완료",
     name_from="Meta Legal Korea",
     body=f"""안녕하세요.
요청하신 게시물 {M[1]} 및 {M[2]} 를 모두 삭제하였습니다.
Meta 법무팀""",
     outcome="review", review="unknown_sender",
     items={},
     imitates="spoofed 'Meta Legal' reply from a free-mail style domain",
     why="unknown sender naming our items must go to review, never applied")

# ---------------------------------------------------------------- Telegram
case(name="tg-one-line-blocked-in-korea", from_="abuse@telegram.org",
     date="Wed, 18 Sep 2024 01:00:00 +0900", reply_to_req="req-240916-01",
     subject="Re: KCSC-240916-01",
     body=f"""{T[1]} - this content is no longer accessible in the Republic of Korea.""",
     outcome="applied", classification="confirmation",
     items={T[1]: "restricted"},
     imitates="Telegram abuse desk one-line reply (URL + one sentence)",
     why="a notice that is only a URL and one sentence; inaccessible in a country = restricted (arguable vs removed)")

case(name="tg-auto-reply", from_="dsa@telegram.org",
     date="Mon, 16 Sep 2024 09:00:40 +0900", reply_to_req="req-240916-01",
     subject="Automatic reply: KCSC-240916-01",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""This is an automatic reply. Your message has been received by Telegram.
Due to the high volume of requests we cannot answer every message individually.
Please do not reply to this email.""",
     outcome="ignored", classification="auto_reply",
     items={},
     imitates="Telegram automatic reply to the dsa@ address",
     why="auto-reply, names no item")


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
    write_set(HERE, SET,
              "# Blind set 83 (issue 11): Korean-focused mix; expected results written from meaning before any run.\n"
              "# Generated by make.py - do not edit by hand.",
              cases)


if __name__ == "__main__":
    main()
