#!/usr/bin/env python3
"""Blind set 19 (issue 11): a general mix as the regulator meets it, mostly
Korean (NAVER, Kakao/Daum/Tistory, Korean offices of YouTube and X), plus
doubtful and ignorable mail. Expected results were written from each
email's meaning before anything was run. Deterministic:

    python3 tests/corpus/blind19/make.py
"""
import base64
import io
import os
import quopri
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "kakao.com": "Kakao",
})

# --- items (exactly as in requests.csv) --------------------------------------
N = [None,
     "https://blog.naver.com/moonlit_k92/223581104417",
     "https://blog.naver.com/moonlit_k92/223581109925",
     "https://blog.naver.com/haneul_ssam/223579002210",
     "https://cafe.naver.com/dalbitclub/88123",
     "https://cafe.naver.com/dalbitclub/88140",
     "https://cafe.naver.com/jjinmarket/5531",
     "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334",
     "https://post.naver.com/viewer/postView.naver?volumeNo=38811220&memberNo=55120931",
     "https://tv.naver.com/v/59012877",
     "https://cafe.naver.com/밤하늘사진관/2210",
     "https://blog.naver.com/seoyun_0412/223582230011",
     "https://cafe.naver.com/dalbitclub/88177",
     "https://blog.naver.com/greenleaf77/223583301245",
     "https://blog.naver.com/greenleaf77/223583301277"]
N10_PCT = "https://cafe.naver.com/%EB%B0%A4%ED%95%98%EB%8A%98%EC%82%AC%EC%A7%84%EA%B4%80/2210"
K = [None,
     "https://cafe.daum.net/bamboo_talk/Ad9k/3312",
     "https://cafe.daum.net/bamboo_talk/Ad9k/3318",
     "https://hanbit-diary.tistory.com/417",
     "https://open.kakao.com/o/gXk3Pq7b",
     "https://pf.kakao.com/_xbQxkTn/105224331"]
Y = [None,
     "https://www.youtube.com/watch?v=Qm3vT8pLx2A",
     "https://www.youtube.com/watch?v=r7KdW0zYc5E",
     "https://www.youtube.com/watch?v=Hn2Bq9XeLs4",
     "https://www.youtube.com/shorts/Zp8wR1tKm6Q"]
X = [None,
     "https://x.com/dal_moon_99/status/1833012345678901234",
     "https://x.com/dal_moon_99/status/1833012345678905678",
     "https://x.com/hwang_ss_kr/status/1833198765432100012"]
P = [None,
     "https://blog.naver.com/pinkcloud_88/223590011234",
     "https://cafe.naver.com/jjinmarket/5602"]
T1 = "https://t.me/seoul_leaks_kr/2281"

REQ_NAVER_QUOTE = "\n".join(
    ["> 안녕하십니까, 방송통신심의위원회입니다.",
     "> 아래 게시물은 정보통신망법 위반 정보로 심의되어 삭제 등 시정요구를 드리니",
     "> 조치 후 결과를 회신해 주시기 바랍니다. (요청번호 KCSC-240910-01)",
     ">"] + ["> %d. %s" % (i, N[i]) for i in range(1, 15)] +
    [">", "> 방송통신심의위원회 디지털성범죄대응팀 드림"])


def mime_b64(ctype, data, extra=""):
    enc = base64.encodebytes(data).decode("ascii")
    return f"Content-Type: {ctype}\n{extra}Content-Transfer-Encoding: base64\n\n{enc}"


def xlsx_bytes(rows):
    """A minimal XLSX with inline strings, fixed timestamps (deterministic)."""
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell("%s%d" % ("ABC"[c], r), v) for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="조치결과" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


CASES = []


def case(**c):
    CASES.append(c)


# =============================================================================
# NAVER, KCSC-240910-01 (14 items)
# =============================================================================
case(name="naver-imsijochi-prose",
     from_="policy@navercorp.com",
     date="Thu, 12 Sep 2024 15:20:11 +0900",
     subject="[NAVER] 시정요구(KCSC-240910-01) 관련 임시조치 결과 안내",
     reply_to_req="req-240910-01",
     body=f"""안녕하세요, 네이버 게시중단 담당자입니다.

방송통신심의위원회에서 요청하신 KCSC-240910-01 건과 관련하여 안내드립니다.

정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
아래 게시물 2건에 대하여 30일간 임시조치를 완료하였습니다.

{N[1]}
{N[2]}

임시조치된 게시물은 조치 기간 동안 외부에 노출되지 않으며, 게시자가
재게시를 요청하지 않는 경우 기간 만료 후 삭제될 수 있습니다.

그 밖의 게시물은 확인 후 별도로 회신드리겠습니다.

게시중단요청서비스 안내: https://inoti.naver.com/inoti/main.nhn
네이버 주식회사 | 경기도 성남시 분당구 정자일로 95, NAVER 1784
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청서비스 임시조치 안내 (inoti.naver.com notice; blog posts quoting '임시적으로 게시가 중단된 게시물')",
     why="임시조치 under Art. 44-2 for two listed posts is a restriction; the inoti link is not an item; 'other posts later' leaves the rest pending",
     items={N[1]: "restricted", N[2]: "restricted"})

case(name="naver-per-line-result-labels",
     from_="policy@navercorp.com",
     date="Thu, 12 Sep 2024 17:02:45 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240910-01)",
     reply_to_req="req-240910-01",
     body=f"""수신: 방송통신심의위원회
제목: 시정요구 조치 결과 회신 (KCSC-240910-01)

요청하신 게시물에 대한 처리 결과를 아래와 같이 회신합니다.

- 대상: {N[3]}
  처리결과: 삭제

- 대상: {N[4]}
  처리결과: 삭제

- 대상: {N[5]}
  처리결과: 삭제

- 대상: {N[6]}
  처리결과: 조치 불가 (운영정책 위반 사항이 확인되지 않음)

문의: 네이버 정책지원팀 (policy@navercorp.com)
""",
     outcome="applied", classification="confirmation",
     imitates="Korean portal 시정요구 조치결과 회신 공문 layout (대상 / 처리결과 blocks), as quoted in KCSC 조치결과 examples",
     why="status on the line below each URL in a '처리결과:' label; 조치 불가 with the reason 'no violation found' is a rejection",
     items={N[3]: "removed", N[4]: "removed", N[5]: "removed", N[6]: "rejected"})

case(name="naver-kcsc-html-table",
     from_="policy@navercorp.com",
     date="Fri, 13 Sep 2024 10:11:00 +0900",
     subject="[NAVER] KCSC-240910-01 조치결과 통보",
     reply_to_req="req-240910-01",
     type="html",
     body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240910-01)에 대한 조치 결과를 다음과 같이 통보합니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[7]}</td><td>삭제</td><td>지식iN 답변 포함</td></tr>
<tr><td>2</td><td>{N[8]}</td><td>블라인드</td><td>-</td></tr>
<tr><td>3</td><td>{N[9]}</td><td>게시물 없음</td><td>요청 전 작성자 삭제</td></tr>
<tr><td>4</td><td><a href="{N10_PCT}">{N10_PCT}</a></td><td>임시조치</td><td>30일</td></tr>
</table>
<p>운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="KCSC 시정요구 조치결과 table (번호 | URL | 조치결과 | 비고) as Korean portals return it",
     why="HTML table: 삭제 and 블라인드 are removals, 게시물 없음 (author deleted before the request) is not_found, 임시조치 on a percent-encoded Korean cafe path matches the raw item and is restricted; policy link is no item",
     items={N[7]: "removed", N[8]: "removed", N[9]: "not_found", N[10]: "restricted"})

case(name="naver-status-below-bare-url",
     from_="cafe_admin@navercorp.com",
     date="Fri, 13 Sep 2024 14:40:27 +0900",
     subject="Re: 시정요구 KCSC-240910-01",
     reply_to_req="req-240910-01",
     body=f"""안녕하세요. 네이버 카페·블로그 운영팀입니다.
요청 건 중 두 건에 대해 먼저 알려드립니다.

{N[11]}
해당 글은 운영자 권한으로 비공개 처리하였습니다.

{N[12]}
이미 작성자가 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe/blog operations reply: bare URL followed by a one-line result (as in NAVER 고객센터 answers)",
     why="status on the line below each bare URL: 비공개 처리 by the operator = removed; deleted by the author before = not_found",
     items={N[11]: "removed", N[12]: "not_found"})

_xlsx = xlsx_bytes([
    ["요청URL", "처리결과", "비고"],
    [N[13], "삭제", "블로그 게시물"],
    [N[14], "유지", "운영정책 위반 아님"],
    [N[2], "임시조치", "30일"],
])
case(name="naver-xlsx-attachment",
     from_="policy@navercorp.com",
     date="Fri, 13 Sep 2024 18:05:00 +0900",
     subject="[NAVER] KCSC-240910-01 처리결과 (첨부)",
     reply_to_req="req-240910-01",
     raw_mime="Content-Type: multipart/mixed; boundary=\"=_nv19x\"\n\n"
              "--=_nv19x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
              "안녕하세요. 요청하신 KCSC-240910-01 건 중 3건의 처리결과를 첨부 파일로 보내드립니다.\n"
              "확인 부탁드립니다.\n\n네이버 정책지원팀\n\n"
              "--=_nv19x\n" + mime_b64(
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name=\"result_240913.xlsx\"",
                  _xlsx, "Content-Disposition: attachment; filename=\"result_240913.xlsx\"\n") +
              "--=_nv19x--\n",
     outcome="applied", classification="confirmation",
     imitates="portal result spreadsheet attached to a one-line cover mail (요청URL | 처리결과 | 비고)",
     why="statuses only in an XLSX: 삭제 = removed, 유지 with 'not a policy violation' = rejected, 임시조치 = restricted",
     items={N[13]: "removed", N[14]: "rejected", N[2]: "restricted"})

_csv = ("\ufeffURL,처리결과\r\n" + f"{N[3]},삭제\r\n{N[4]},게시중단\r\n").encode("utf-8")
case(name="naver-csv-attachment",
     from_="policy@navercorp.com",
     date="Sat, 14 Sep 2024 09:12:00 +0900",
     subject="KCSC-240910-01 결과 회신",
     reply_to_req="req-240910-01",
     raw_mime="Content-Type: multipart/mixed; boundary=\"=_nv19c\"\n\n"
              "--=_nv19c\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
              "첨부한 CSV 파일에 2건의 처리결과를 정리했습니다.\n\n"
              "--=_nv19c\n" + mime_b64("text/csv; charset=utf-8; name=\"kcsc_result.csv\"", _csv,
                                       "Content-Disposition: attachment; filename=\"kcsc_result.csv\"\n") +
              "--=_nv19c--\n",
     outcome="applied", classification="confirmation",
     imitates="CSV export of a portal's report-handling system attached to a short cover note",
     why="base64 CSV with BOM and CRLF: 삭제 and 게시중단 are both removals",
     items={N[3]: "removed", N[4]: "removed"})

case(name="naver-top-posted-partial",
     from_="policy@navercorp.com",
     date="Sat, 14 Sep 2024 11:30:00 +0900",
     subject="Re: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240910-01)",
     reply_to_req="req-240910-01",
     body=f"""말씀하신 건 중 {N[5]} 게시물은 오늘 오전 삭제하였습니다.
나머지 게시물은 아직 검토 중이며 결과가 나오는 대로 알려드리겠습니다.

2024년 9월 10일 (화) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{REQ_NAVER_QUOTE}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted Korean reply over a quoted request ('…님이 작성:' block)",
     why="one item removed in the sender's own words; 'the rest still under review' changes nothing; the quoted request lists all 14 URLs next to 삭제 wording",
     items={N[5]: "removed"})

case(name="naver-future-tense-review",
     from_="policy@navercorp.com",
     date="Sat, 14 Sep 2024 16:45:00 +0900",
     subject="Re: KCSC-240910-01 진행 상황",
     reply_to_req="req-240910-01",
     body=f"""안녕하세요.

아래 두 게시물은 내부 법무 검토를 거쳐 다음 주 중 삭제될 예정입니다.
{N[6]}
{N[7]}

조치가 완료되면 다시 회신드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="progress note from a portal's policy team (처리 예정 안내)",
     why="삭제될 예정 (will be deleted next week) is a promise: nothing applied, but a trusted email naming items must be seen",
     items={})

case(name="naver-asks-court-ruling",
     from_="policy@navercorp.com",
     date="Sun, 15 Sep 2024 10:05:00 +0900",
     subject="Re: KCSC-240910-01 추가 자료 요청",
     reply_to_req="req-240910-01",
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

{N[8]}
위 포스트의 경우 게시자가 권리침해가 아니라는 소명을 제출하였습니다.
조치 여부 판단을 위해 심의 의결서 사본 또는 관련 판결문을 추가로 보내주시기 바랍니다.
자료를 받은 뒤 검토를 계속하겠습니다.
""",
     outcome="review", review="asks_more",
     imitates="NAVER 권리침해 신고 추가 소명자료 요청 notice",
     why="the platform asks for the decision document before acting; not a rejection",
     items={})

case(name="naver-ack-receipt",
     from_="noreply@navercorp.com",
     date="Tue, 10 Sep 2024 10:03:12 +0900",
     subject="[NAVER] 게시중단 요청이 접수되었습니다 (접수번호 2024091000388)",
     reply_to_req="req-240910-01",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""게시중단 요청이 정상적으로 접수되었습니다.

접수번호: 2024091000388
접수일시: 2024.09.10 10:03
요청 건수: 14건

처리 결과는 검토 완료 후 메일로 안내드립니다. 처리 기간은 영업일 기준 1~3일이 소요될 수 있습니다.
접수 내역 조회: https://inoti.naver.com/inoti/main.nhn

본 메일은 발신 전용입니다.
""",
     outcome="ignored",
     imitates="NAVER 게시중단요청서비스 '접수완료' automatic receipt (유형 선택 > 본인확인 > 요청 > 접수완료)",
     why="automatic receipt with a ticket number; states nothing about any item",
     items={})

case(name="naver-echoed-report-blind",
     from_="report@navercorp.com",
     date="Fri, 13 Sep 2024 20:10:00 +0900",
     subject="[NAVER] 신고하신 게시물의 처리 결과 안내",
     reply_to_req="req-240910-01",
     body=f"""안녕하세요, 네이버 신고센터입니다.

신고해 주신 게시물을 살펴본 결과 운영정책을 위반한 것으로 확인되어
해당 게시물을 블라인드 처리하였음을 알려드립니다.

[신고 내용]
신고번호: R-2024-0913-55120
신고 게시물: {N[9]}
신고 사유: 불법정보 (방송통신심의위원회 요청 KCSC-240910-01)
신고 일시: 2024.09.10 10:00

깨끗한 네이버를 위해 협조해 주셔서 감사합니다.
네이버 고객센터: https://help.naver.com
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 신고센터 / Daum 클린센터 result mail ('신고가 접수되어 살펴본 결과 … 블라인드 처리') followed by an echoed report",
     why="a statement about 'the reported post' followed by the echoed report naming one item: 블라인드 = removed; help link is no item",
     items={N[9]: "removed"})

case(name="naver-numbered-mixed",
     from_="policy@navercorp.com",
     date="Mon, 16 Sep 2024 13:00:00 +0900",
     subject="RE: 시정요구 조치 결과 (KCSC-240910-01) 2차 회신",
     reply_to_req="req-240910-01",
     body=f"""2차 회신드립니다.

1. {N[10]} — 카페 운영원칙 위반으로 삭제 완료
2. {N[11]} — 해당 게시물을 찾을 수 없습니다 (잘못된 주소)
3. {N[12]} — 게시자 소명 검토 결과 위법성이 인정되지 않아 조치하지 않았습니다

이상입니다.
""",
     outcome="applied", classification="confirmation",
     imitates="numbered second-round 회신 from a portal policy team",
     why="raw Korean cafe path removed; 찾을 수 없습니다 = not_found; 'not actioned because no illegality found' = rejected",
     items={N[10]: "removed", N[11]: "not_found", N[12]: "rejected"})

case(name="naver-outlook-original-policy-link",
     from_="policy@navercorp.com",
     date="Mon, 16 Sep 2024 16:22:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240910-01)",
     reply_to_req="req-240910-01",
     body=f"""안녕하세요.

요청하신 URL {N[12]} 게시물은 카페 운영원칙
(https://cafe.naver.com/common/storyphoto/rule.html)에 따라 삭제 조치하였습니다.
관련 정책은 https://policy.naver.com/rules/service.html 에서 확인하실 수 있습니다.

네이버 정책지원팀 드림

-----Original Message-----
From: "방송통신심의위원회" <takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-10 (화) 10:00:00 (GMT+09:00)
Subject: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240910-01)

아래 게시물을 삭제하여 주시기 바랍니다.
{N[13]}
{N[14]}
""",
     outcome="applied", classification="confirmation",
     imitates="Korean Outlook / Naver Works reply with '-----Original Message-----' quote and policy links",
     why="one item removed; two policy links in the statement are no items; the quoted request's URLs and 삭제 wording do not count",
     items={N[12]: "removed"})

case(name="naver-dmarc-fail",
     from_="policy@navercorp.com", auth="fail",
     date="Mon, 16 Sep 2024 18:00:00 +0900",
     subject="RE: KCSC-240910-01 조치 완료",
     reply_to_req="req-240910-01",
     body=f"""요청하신 게시물을 아래와 같이 삭제하였습니다.

{N[13]} 삭제
{N[14]} 삭제
""",
     outcome="review", review="untrusted",
     imitates="short 조치 완료 reply; DMARC fail variant",
     why="a perfect confirmation that fails DMARC must be seen, not applied",
     items={})

case(name="naver-lookalike-sender",
     from_="policy@navercorp-support.com",
     date="Tue, 17 Sep 2024 09:15:00 +0900",
     name_from="NAVER 정책지원팀",
     subject="[NAVER] KCSC-240910-01 조치결과",
     reply_to_req="req-240910-01",
     body=f"""방송통신심의위원회 담당자님께,

시정요구하신 게시물 전부를 삭제하였습니다.
{N[6]} - 삭제
{N[13]} - 삭제
{N[14]} - 삭제

확인 차 아래 링크에서 로그인해 주세요: https://navercorp-support.com/kcsc/login
""",
     outcome="review", review="unknown_sender",
     imitates="phishing-style look-alike of a NAVER result notice",
     why="authenticated but from a domain of no platform, naming our items: unknown_sender",
     items={})

_qp_text = f"""안녕하세요, 네이버입니다.

요청번호 KCSC-240910-01의 처리결과입니다.

{N[1]} : 삭제 완료
{N[2]} : 국내 접속 차단

감사합니다.
"""
_qp_html = f"""<html><body><p>안녕하세요, 네이버입니다.</p><p>요청번호 KCSC-240910-01의 처리결과입니다.</p>
<ul><li><a href="{N[1]}">{N[1]}</a> : 삭제 완료</li><li><a href="{N[2]}">{N[2]}</a> : 국내 접속 차단</li></ul><p>감사합니다.</p></body></html>
"""
case(name="naver-multipart-qp",
     from_="policy@navercorp.com",
     date="Tue, 17 Sep 2024 11:40:00 +0900",
     subject="Re: KCSC-240910-01",
     reply_to_req="req-240910-01",
     raw_mime="Content-Type: multipart/alternative; boundary=\"=_nvalt\"\n\n"
              "--=_nvalt\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
              + quopri.encodestring(_qp_text.encode("utf-8")).decode("ascii") +
              "\n--=_nvalt\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
              + quopri.encodestring(_qp_html.encode("utf-8")).decode("ascii") +
              "\n--=_nvalt--\n",
     outcome="applied", classification="confirmation",
     imitates="Naver Mail multipart/alternative reply, quoted-printable in both parts",
     why="삭제 완료 = removed; 국내 접속 차단 = restricted; text and HTML parts agree",
     items={N[1]: "removed", N[2]: "restricted"})

case(name="naver-korean-particles",
     from_="policy@navercorp.com",
     date="Tue, 17 Sep 2024 14:02:00 +0900",
     subject="KCSC-240910-01 관련",
     reply_to_req="req-240910-01",
     body=f"""요청하신 {N[3]}에서 확인된 게시물은 삭제되었습니다.
또한 카페 게시글({N[5]})은 권리침해 신고에 따라 임시조치하였습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="informal Korean reply with URLs followed by particles and full-width-style parentheses",
     why="URL followed by '에서' and a URL inside parentheses must be cut cleanly; 삭제 = removed, 임시조치 = restricted",
     items={N[3]: "removed", N[5]: "restricted"})

case(name="naver-bulk-all-deleted",
     from_="policy@navercorp.com",
     date="Wed, 18 Sep 2024 10:00:00 +0900",
     subject="RE: KCSC-240910-01 최종 회신",
     reply_to_req="req-240910-01",
     body="""안녕하세요.
KCSC-240910-01로 요청하신 게시물 14건 전부에 대하여 삭제 조치를 완료하였습니다.
감사합니다.
""",
     outcome="review", review="bulk",
     imitates="one-line 일괄 조치 완료 reply",
     why="a count instead of an item list (bulk_confirmations = review)",
     items={})

case(name="naver-ack-phrase-then-statuses",
     from_="policy@navercorp.com",
     date="Wed, 18 Sep 2024 15:30:00 +0900",
     subject="Re: 시정요구 접수 및 처리 결과 (KCSC-240910-01)",
     reply_to_req="req-240910-01",
     body=f"""보내주신 시정요구는 9월 10일 정상적으로 접수되었습니다.
접수번호 2024091000388 건의 처리 결과를 함께 알려드립니다.

■ 삭제
 · {N[4]}
 · {N[5]}

■ 검토 중
 · {N[6]}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER receipt-plus-result reply with ■ section headings",
     why="an acknowledgement phrase together with unhedged statements is not an acknowledgement; the 검토 중 section stays pending",
     items={N[4]: "removed", N[5]: "removed"})

# =============================================================================
# NAVER, KCSC-240916-01 (2 items)
# =============================================================================
case(name="naver2-url-and-one-sentence",
     from_="policy@navercorp.com",
     date="Tue, 17 Sep 2024 10:10:00 +0900",
     subject="Re: KCSC-240916-01",
     reply_to_req="req-240916-01",
     body=f"""{P[1]}
위 게시물은 블라인드 처리되었습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="minimal NAVER answer: a URL and one sentence",
     why="a notice that is only a URL and one sentence on the line below it",
     items={P[1]: "removed"})

case(name="naver2-author-deleted-and-reviewing",
     from_="cafe_admin@navercorp.com",
     date="Wed, 18 Sep 2024 09:45:00 +0900",
     subject="Re: 시정요구 (KCSC-240916-01)",
     reply_to_req="req-240916-01",
     body=f"""안녕하세요.

- {P[2]} : 작성자 본인이 이미 삭제한 게시물로, 현재 열람할 수 없습니다.
- {P[1]} : 현재 검토 중입니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe team bulleted reply",
     why="deleted by its author before action = not_found; 검토 중 stays pending",
     items={P[2]: "not_found"})

case(name="naver2-out-of-office",
     from_="j.kim@navercorp.com",
     date="Mon, 16 Sep 2024 10:00:40 +0900",
     name_from="김지현",
     subject="자동 회신: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240916-01)",
     reply_to_req="req-240916-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""안녕하세요. 9월 16일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 주시기 바랍니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean Outlook '자동 회신:' out-of-office reply (추석 holiday)",
     why="out-of-office auto-reply: nothing about items",
     items={})

# =============================================================================
# Kakao / Daum / Tistory, KCSC-240911-01 (5 items)
# =============================================================================
case(name="daum-cleancenter-blind",
     from_="cleancenter@daum.net",
     date="Thu, 12 Sep 2024 11:00:00 +0900",
     name_from="Daum 클린센터",
     subject="[Daum 클린센터] 신고 게시물 처리 결과 안내",
     reply_to_req="req-240911-01",
     body=f"""안녕하세요, Daum 클린센터입니다.

신고가 접수되어 살펴본 결과, 아래 게시물이 운영정책에 위배되는 것으로 확인되어
블라인드 처리하였습니다.

  · {K[1]}
  · {K[2]}

블라인드 처리된 게시물은 게시자에게 안내되며, 30일 내 복원 신청이 없는 경우 영구 삭제됩니다.
운영정책 자세히 보기: https://policy.daum.net/policy/service

Copyright © Kakao Corp. All rights reserved.
""",
     outcome="applied", classification="confirmation",
     imitates="Daum 클린센터 blind notice ('신고가 접수되어 살펴본 결과 … 블라인드 처리'), as quoted by a Tistory blogger",
     why="블라인드 = removed for both bulleted items; the policy link is no item",
     items={K[1]: "removed", K[2]: "removed"})

case(name="kakao-result-html-table",
     from_="policy@kakaocorp.com",
     date="Fri, 13 Sep 2024 16:00:00 +0900",
     subject="[카카오] KCSC-240911-01 시정요구 조치 결과",
     reply_to_req="req-240911-01",
     type="html",
     body=f"""<html><body>
<p>안녕하세요, 카카오 정책팀입니다. 시정요구에 대한 조치 결과를 알려드립니다.</p>
<table border="1">
<thead><tr><th>No</th><th>대상 URL</th><th>서비스</th><th>조치 내용</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="{K[3]}">{K[3]}</a></td><td>티스토리</td><td>게시물 삭제</td></tr>
<tr><td>2</td><td><a href="{K[4]}">{K[4]}</a></td><td>오픈채팅</td><td>채팅방 폐쇄</td></tr>
<tr><td>3</td><td><a href="{K[5]}">{K[5]}</a></td><td>카카오톡 채널</td><td>위반 사항 미확인 (조치 없음)</td></tr>
</tbody></table>
<p>자세한 기준은 <a href="https://www.kakao.com/policy/oppolicy">카카오 운영정책</a>을 참고해 주세요.</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 이용자 보호 / 유해정보 신고 처리 결과 table returned to the regulator",
     why="게시물 삭제 and 채팅방 폐쇄 (open chat closed) = removed; 위반 사항 미확인 (조치 없음) = rejected",
     items={K[3]: "removed", K[4]: "removed", K[5]: "rejected"})

case(name="tistory-imsijochi",
     from_="noreply@kakaocorp.com",
     date="Thu, 12 Sep 2024 09:30:00 +0900",
     name_from="티스토리",
     subject="[티스토리] 권리침해 신고 게시물 임시조치 안내",
     reply_to_req="req-240911-01",
     body=f"""안녕하세요, 티스토리입니다.

신고하신 게시물에 대해 정보통신망법 제44조의2에 따른 임시조치(30일)를 진행하였습니다.

■ 대상 게시물
{K[3]}

■ 조치 기간
2024.09.12 ~ 2024.10.11

게시자의 재게시 요청이 있는 경우 관련 절차에 따라 처리됩니다.
고객센터: https://cs.kakao.com/helps?service=173
""",
     outcome="applied", classification="confirmation",
     imitates="Tistory 권리침해 임시조치 안내 mail",
     why="statement about 'the reported post' with the URL under a heading below it: 임시조치 = restricted",
     items={K[3]: "restricted"})

case(name="kakao-unknown-sender",
     from_="kakao.helpdesk@kakao-cs.net",
     date="Fri, 13 Sep 2024 19:20:00 +0900",
     name_from="카카오 고객센터",
     subject="Re: KCSC-240911-01 처리 완료",
     reply_to_req="req-240911-01",
     body=f"""요청하신 다음 게시물을 삭제했습니다.
{K[1]}
{K[2]}
""",
     outcome="review", review="unknown_sender",
     imitates="impersonated Kakao help-desk reply from a non-Kakao domain",
     why="authenticated but unknown domain claims removals of our items: must be seen",
     items={})

case(name="kakao-asks-valid-url",
     from_="policy@kakaocorp.com",
     date="Sat, 14 Sep 2024 10:30:00 +0900",
     subject="Re: [카카오] KCSC-240911-01 추가 확인 요청",
     reply_to_req="req-240911-01",
     body=f"""안녕하세요, 카카오 정책팀입니다.

요청하신 항목 중 {K[4]} 오픈채팅방은 링크만으로는 특정이 어렵습니다.
채팅방 이름과 문제 메시지 캡처를 보내주시면 확인 후 조치하겠습니다.
""",
     outcome="review", review="asks_more",
     imitates="Kakao 고객센터 request for more details on an open-chat report",
     why="asks for the room name and screenshots before acting: not not_found (arguable, see NOTES)",
     items={})

case(name="kakao-dsn-bounce",
     from_="MAILER-DAEMON@kakaocorp.com",
     date="Wed, 11 Sep 2024 14:01:05 +0900",
     name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn19k"

--dsn19k
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-kr@kakaocorp.com>: host mailstore.kakaocorp.com said: 550 5.1.1 User unknown

--dsn19k
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Wed, 11 Sep 2024 14:01:03 +0900

Final-Recipient: rfc822; report-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn19k
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report-kr@kakaocorp.com
Subject: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240911-01)
Message-ID: <req-240911-01@kcsc.example>
Date: Wed, 11 Sep 2024 14:00:00 +0900

--dsn19k--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (user unknown) for our request",
     why="bounce of our own request: ignored",
     items={})

case(name="kakao-claims-naver-item",
     from_="policy@kakaocorp.com",
     date="Sun, 15 Sep 2024 12:00:00 +0900",
     subject="Re: KCSC-240911-01 관련 문의",
     reply_to_req="req-240911-01",
     body=f"""안녕하세요.

함께 보내주신 목록 중 아래 주소는 카카오 서비스가 아니지만, 확인해 보니 이미 삭제된 상태였습니다.
{N[6]}

카카오 서비스 게시물은 별도로 회신드리겠습니다.
""",
     outcome="review", review="wrong_platform",
     imitates="Kakao policy team remark about another portal's URL",
     why="Kakao cannot state NAVER's item status; the NAVER item must stay pending (review reason could also be not_understood)",
     items={})


_b64_text = f"""안녕하세요, 카카오 정책팀입니다.

{K[5]}
→ 카카오톡 채널 운영정책 위반으로 해당 게시물을 삭제하였습니다.

{K[2]}
→ 게시자가 이미 삭제하여 확인이 불가합니다.

-----원본 메시지-----
보낸 사람: "방송통신심의위원회" <takedown@kcsc.example>
받는 사람: <policy@kakaocorp.com>
날짜: 2024-09-11 (수) 14:00:00
제목: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240911-01)

아래 게시물에 대하여 삭제 등 조치를 요청드립니다.
{K[1]}
{K[2]}
{K[3]}
{K[4]}
{K[5]}
"""
case(name="kakao-base64-arrow-below-url",
     from_="policy@kakaocorp.com",
     date="Mon, 16 Sep 2024 10:20:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240911-01)",
     reply_to_req="req-240911-01",
     raw_mime=mime_b64("text/plain; charset=utf-8", _b64_text.encode("utf-8")),
     outcome="applied", classification="confirmation",
     imitates="Kakao policy team reply (base64 body) with an arrow line under each URL and a Korean '-----원본 메시지-----' quote",
     why="status on the line below each URL: removed, and deleted by the author = not_found; the quoted request lists all five",
     items={K[5]: "removed", K[2]: "not_found"})

case(name="naver-partly-removed-review",
     from_="policy@navercorp.com",
     date="Thu, 19 Sep 2024 10:00:00 +0900",
     subject="Re: KCSC-240910-01 추가 회신",
     reply_to_req="req-240910-01",
     body=f"""안녕하세요.

{N[13]}
위 게시물은 문제가 된 이미지 2장만 삭제하고 본문은 그대로 유지하였습니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="portal reply reporting a partial edit of a post (일부 삭제)",
     why="only parts of the post were deleted and the post stays up: neither removed nor rejected, a clerk must decide (arguable)",
     items={})

# =============================================================================
# YouTube (Korean office), KCSC-240912-01 (4 items)
# =============================================================================
case(name="yt-korean-legal-outcome",
     from_="legal-kr@google.com",
     date="Fri, 13 Sep 2024 17:30:00 +0900",
     name_from="Google 법무팀",
     subject="[Google] 법적 삭제 요청 검토 결과 - KCSC-240912-01 [0-8812000034521]",
     reply_to_req="req-240912-01",
     body=f"""안녕하세요,

Google에 연락해 주셔서 감사합니다. 보내주신 요청을 검토한 결과는 다음과 같습니다.

{Y[1]}
{Y[2]}
위 동영상은 현지 법률에 따라 대한민국에서 액세스를 제한했습니다.

{Y[3]}
위 동영상은 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.

Google은 이 요청의 사본을 Lumen 프로젝트(https://lumendatabase.org)에 보낼 수 있습니다.
자세한 내용: https://support.google.com/legal/answer/3110420

감사합니다.
Google 법무팀
""",
     outcome="applied", classification="confirmation",
     imitates="Google legal removal outcome notice (Korean office): 'restricted access in <country> under local law' / 'removed for Community Guidelines', with the Lumen paragraph",
     why="statement on the line below a group of URLs: two restricted, one removed; Lumen and help links are no items",
     items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"})

case(name="yt-age-restricted-and-no-violation",
     from_="legal-kr@google.com",
     date="Sat, 14 Sep 2024 09:00:00 +0900",
     name_from="YouTube Legal Support",
     subject="Re: KCSC-240912-01 [0-8812000034521]",
     reply_to_req="req-240912-01",
     body=f"""Hello,

Thank you for your patience. Following our review:

* {Y[4]} - We have applied an age restriction to this Short. It is no longer visible to signed-out viewers or viewers under 18.
* {Y[2]} - After careful review we determined that this video does not violate our Community Guidelines and we will not be taking action on it at this time.

You can learn more about age-restricted content here: https://support.google.com/youtube/answer/2802167

Regards,
The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube age-restriction notice and 'does not violate our Community Guidelines' outcome",
     why="age restriction = restricted; 'does not violate … will not be taking action' = rejected; help link no item",
     items={Y[4]: "restricted", Y[2]: "rejected"})

case(name="yt-ack-ticket",
     from_="legal-kr@google.com",
     date="Thu, 12 Sep 2024 09:31:10 +0900",
     name_from="Google Legal Support",
     subject="[0-8812000034521] KCSC-240912-01",
     reply_to_req="req-240912-01",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""Hello,

Thanks for reaching out to us. We've received your request and a member of our team will review it.
Your reference number is [0-8812000034521]. Please keep this number in the subject line if you write to us about this matter.

We may not reply to this message if we need no further information.

Regards,
Google Legal Support
""",
     outcome="ignored",
     imitates="Google legal removals automatic acknowledgement with [0-…] reference number",
     why="pure ticket receipt naming no item",
     items={})

case(name="yt-read-receipt",
     from_="m.lee@google.com",
     date="Thu, 12 Sep 2024 10:02:00 +0900",
     name_from="Minji Lee",
     subject="읽음: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240912-01)",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn19y"

--mdn19y
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지를 읽었습니다.
받는 사람: legal-kr@google.com
제목: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240912-01)
읽은 날짜: 2024-09-12 오전 10:02

--mdn19y
Content-Type: message/disposition-notification

Reporting-UA: google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn19y--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Korean Outlook read receipt (읽음:) as an MDN",
     why="read receipts are ignored",
     items={})

case(name="yt-under-review-only",
     from_="legal-kr@google.com",
     date="Mon, 16 Sep 2024 11:00:00 +0900",
     name_from="YouTube Legal Support",
     subject="Re: KCSC-240912-01 [0-8812000034521]",
     reply_to_req="req-240912-01",
     body=f"""Hi,

Quick update on your request. {Y[1]} and {Y[3]} are still with our specialist team.
We may restrict these videos in some countries once the review is finished, but no decision has been made yet.

Best,
YouTube Legal Support
""",
     outcome="review", review="not_understood",
     imitates="YouTube legal support interim update ('still under review')",
     why="hedged and future ('may restrict … once the review is finished'): nothing applied, but it names items so it must be seen",
     items={})

case(name="yt-korean-not-found",
     from_="legal-kr@google.com",
     date="Tue, 17 Sep 2024 15:00:00 +0900",
     name_from="Google 법무팀",
     subject="Re: [Google] KCSC-240912-01 [0-8812000034521]",
     reply_to_req="req-240912-01",
     body=f"""안녕하세요.

요청하신 {Y[4]} 의 경우, 제공해 주신 URL로 콘텐츠를 찾을 수 없었습니다. 해당 Shorts는 게시자가 이미 삭제한 것으로 보입니다.
올바른 URL을 확인하는 방법은 https://support.google.com/youtube/answer/57741 를 참고하세요.

Google 법무팀
""",
     outcome="applied", classification="confirmation",
     imitates="Google legal 'we could not find the content at the URL provided' reply (Korean)",
     why="콘텐츠를 찾을 수 없었습니다 = not_found; 'seems already deleted by the uploader' supports it; help link no item",
     items={Y[4]: "not_found"})

# =============================================================================
# X, KCSC-240913-01 (3 items)
# =============================================================================
case(name="x-korean-withheld",
     from_="legal@x.com",
     date="Sat, 14 Sep 2024 08:00:00 +0900",
     name_from="X Corp. Legal",
     subject="Re: KCSC-240913-01 [ref:_00D_case_0191824]",
     reply_to_req="req-240913-01",
     body=f"""안녕하세요,

방송통신심의위원회의 법적 요청(legal demand)을 검토한 결과, X의 국가별 콘텐츠 보류(CWC) 정책에 따라
아래 게시물은 대한민국에서 보류(Withheld)되었습니다.

{X[1]}
{X[2]}

X는 투명성을 위해 요청 사본을 Lumen에 공개할 수 있습니다. 국가별 콘텐츠 보류에 대한 자세한 내용은
https://help.x.com/ko/rules-and-policies/post-withheld-by-country 를 참고해 주세요.

X Corp.
""",
     outcome="applied", classification="confirmation",
     imitates="X 'Post withheld in country' legal notice (Korean rendering)",
     why="보류(Withheld) in Korea = restricted for both listed posts; help link no item",
     items={X[1]: "restricted", X[2]: "restricted"})

case(name="x-mixed-removed-and-no-violation",
     from_="legal@x.com",
     date="Mon, 16 Sep 2024 09:10:00 +0900",
     name_from="X Corp. Legal",
     subject="Re: KCSC-240913-01 [ref:_00D_case_0191824]",
     reply_to_req="req-240913-01",
     body=f"""Hello,

Thank you for your report. Here is the outcome of our review:

{X[3]}
We reviewed the reported post and did not find it to be in violation of the X Rules or local law. We will not take action at this time.

{X[1]}
This post has been removed for violating our rules on non-consensual nudity.

Thanks,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal outcome: 'did not find it in violation of the X Rules' / 'has been removed for violating our rules'",
     why="status on the line below each bare URL: rejected and removed",
     items={X[3]: "rejected", X[1]: "removed"})

case(name="x-dmarc-fail",
     from_="legal@x.com", auth="fail",
     date="Tue, 17 Sep 2024 09:00:00 +0900",
     name_from="X Corp. Legal",
     subject="Re: KCSC-240913-01",
     reply_to_req="req-240913-01",
     body=f"""Hello,

The following post has been removed: {X[3]}

X Legal
""",
     outcome="review", review="untrusted",
     imitates="X legal removal notice, DMARC fail variant",
     why="untrusted sender must not apply",
     items={})

# =============================================================================
# Telegram, KCSC-240917-01 (1 item)
# =============================================================================
case(name="tg-single-taken-down",
     from_="dsa@telegram.org",
     date="Wed, 18 Sep 2024 04:12:00 +0900",
     subject="Re: KCSC-240917-01",
     reply_to_req="req-240917-01",
     body=f"""Hello,

Thank you for your report. The message {T1} has been taken down and is no longer accessible.

—
Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk one-line reply ('has been taken down')",
     why="one item taken down = removed",
     items={T1: "removed"})

case(name="tg-autoreply",
     from_="dsa@telegram.org",
     date="Tue, 17 Sep 2024 15:00:20 +0900",
     subject="Automatic reply: [KCSC] 불법정보 시정요구 (KCSC-240917-01)",
     reply_to_req="req-240917-01",
     extra_headers=["X-Autoreply: yes", "Auto-Submitted: auto-replied"],
     body=f"""Thank you for contacting Telegram. This mailbox is monitored; we process reports in the order received.
Please do not send the same report twice.

> {T1} — please remove this message.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Telegram mailbox automatic reply quoting the first line of the request",
     why="auto-reply; the URL appears only in the quoted request",
     items={})


HEADER = """# Blind set 19 (issue 11). Generated by make.py; do not edit by hand.
# Expected results written from each email's meaning before any run.
"""

if __name__ == "__main__":
    from email.header import Header
    for c in CASES:
        c["from"] = c.pop("from_")
        # real mailers encode non-ASCII display names and subjects (RFC 2047)
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode(maxlinelen=998)
    corpuslib.write_set(HERE, "blind19", HEADER, CASES)
    print("%d cases" % len(CASES))
