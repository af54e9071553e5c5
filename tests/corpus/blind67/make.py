#!/usr/bin/env python3
"""Blind set 67 (issue 11): Korean-heavy general mix (NAVER, Kakao/Daum,
Korean offices of YouTube, X, TikTok, Meta) plus doubtful and ignorable mail.
Expected results written from each email's meaning before anything ran.

    python3 tests/corpus/blind67/make.py
"""
import base64
import io
import os
import quopri
import sys
import zipfile
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

KR_BLOG_RAW = "https://blog.naver.com/별빛토토/223562000111"
KR_BLOG_ENC = "https://blog.naver.com/" + quote("별빛토토") + "/223562000111"
YT_HANDLE_RAW = "https://www.youtube.com/@밤하늘방송"
YT_HANDLE_ENC = "https://www.youtube.com/@" + quote("밤하늘방송")

N = [None,
     "https://blog.naver.com/moonlit_trader/223561204871",
     "https://blog.naver.com/haneul_bet77/223561399012",
     "https://cafe.naver.com/jjangstocks/481230",
     "https://cafe.naver.com/jjangstocks/481244",
     "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60213&docId=471203355",
     "https://blog.naver.com/dalbit_casino/223560012345",
     KR_BLOG_ENC,
     "https://cafe.naver.com/greenpill/99812",
     "https://post.naver.com/viewer/postView.naver?volumeNo=38211457&memberNo=5120991",
     "https://blog.naver.com/silverline_k/223563310002",
     "https://cafe.naver.com/greenpill/99840",
     "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1118&docId=471266021",
     "https://blog.naver.com/nightowl_pics/223564420019",
     "https://tv.naver.com/v/58812034"]
K = [None,
     "https://cafe.daum.net/lucky7game/Aq1B/3321",
     "https://brunch.co.kr/@quietfox/41",
     "https://hotdeal777.tistory.com/118",
     "https://cafe.daum.net/lucky7game/Aq1B/3340",
     "https://pf.kakao.com/_xbKqgs/105234412"]
Y = [None,
     "https://www.youtube.com/watch?v=Qm7rT2kLp9A",
     "https://www.youtube.com/watch?v=Zx4vB8nHw1E",
     "https://www.youtube.com/shorts/Lp0oK3jUu7Y",
     YT_HANDLE_ENC]
X = [None,
     "https://x.com/bet_king_kr/status/1832201144556677120",
     "https://x.com/bet_king_kr/status/1832209981234567001",
     "https://x.com/hanbam_deal/status/1832533300112233445"]
T = [None,
     "https://www.tiktok.com/@seoul.nights.24/video/7411223344556677889",
     "https://www.tiktok.com/@seoul.nights.24/video/7411229988776655443"]
M = [None, "https://www.instagram.com/p/C_k9TzQyR2w/"]

REQS = [
    ("KCSC-240910-01", "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", N[1:], "gambling"),
    ("KCSC-240911-01", "kakao", "2024-09-11T11:30:00+09:00", "2024-09-18T18:00:00+09:00", K[1:], "gambling"),
    ("KCSC-240912-01", "youtube", "2024-09-12T09:15:00+09:00", "2024-09-19T18:00:00+09:00", Y[1:], "obscene"),
    ("KCSC-240913-01", "x", "2024-09-13T14:00:00+09:00", "2024-09-20T18:00:00+09:00", X[1:], "gambling"),
    ("KCSC-240916-01", "tiktok", "2024-09-16T10:20:00+09:00", "2024-09-23T18:00:00+09:00", T[1:], "drugs"),
    ("KCSC-240917-01", "meta", "2024-09-17T09:40:00+09:00", "2024-09-24T18:00:00+09:00", M[1:], "drugs"),
]
MSGID = {r[0]: "req-" + r[0].lower() for r in REQS}


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat in REQS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},<{MSGID[ref]}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def quoted_request(ref, prefix="> "):
    plat_urls = [r for r in REQS if r[0] == ref][0][4]
    out = [f"{prefix}[방송통신심의위원회] 불법정보 시정요구 ({ref})", prefix.rstrip(),
           f"{prefix}아래 정보에 대하여 삭제 또는 접속차단 등 시정을 요구합니다."]
    for i, u in enumerate(plat_urls, 1):
        out.append(f"{prefix}{i}. {u}")
    out.append(f"{prefix}조치 결과를 회신하여 주시기 바랍니다.")
    return "\n".join(out)


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def xlsx_bytes(rows):
    """Minimal XLSX (inline strings), fixed timestamps: deterministic."""
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for i, row in enumerate(rows, 1):
        cells = "".join(cell(chr(65 + j) + str(i), v) for j, v in enumerate(row))
        sheet_rows.append(f'<row r="{i}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="조치결과" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 12, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


NAVER_FOOT = """--
NAVER Corp. 정책지원팀 (게시중단 담당)
경기도 성남시 분당구 정자일로 95 NAVER 1784
운영정책: https://policy.naver.com/policy/service.html
게시중단요청서비스: https://inoti.naver.com/inoti/main.naver
본 메일은 발신 전용이 아닙니다. 회신 시 접수번호를 유지해 주십시오."""

KAKAO_FOOT = """--
카카오 고객센터 | 권리침해·불법정보 대응
카카오 운영정책: https://www.kakao.com/policy/oppolicy
고객센터: https://cs.kakao.com/
(주)카카오 제주특별자치도 제주시 첨단로 242"""

cases = []


def add(**kw):
    cases.append(kw)


# ---------------------------------------------------------------- NAVER ----
add(name="naver-kcsc-result-html-table", from_="policy@navercorp.com", date="Wed, 11 Sep 2024 16:20:00 +0900",
    subject="[회신] 시정요구(KCSC-240910-01)에 대한 조치결과 통보", reply_to_req=MSGID["KCSC-240910-01"], type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240910-01)에 대한 당사 조치 결과를 아래와 같이 통보합니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치일</th><th>조치결과</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>2024.09.11</td><td>삭제</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>2024.09.11</td><td>삭제</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>2024.09.11</td><td>임시조치(30일)</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>-</td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>2024.09.11</td><td>삭제</td></tr>
</table>
<p>나머지 건은 확인 후 별도 회신드리겠습니다.</p>
<p>NAVER Corp. 정책지원팀 드림<br>운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 공문 table (연번/URL/조치일/조치결과) as portals send it",
    why="table rows state 삭제 (removed), 임시조치 (restricted under Art. 44-2), 게시물 없음(작성자 삭제) (not_found); the remaining items are only promised a later answer and stay pending",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "removed"})

add(name="naver-numbered-per-line-raw-korean-path", from_="policy@navercorp.com", date="Thu, 12 Sep 2024 10:05:00 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240910-01)", reply_to_req=MSGID["KCSC-240910-01"],
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

1. {N[6]} - 게시중단 완료
2. {KR_BLOG_RAW} - 게시중단 완료
3. {N[8]} - 비공개 처리 완료
4. {N[9]} - 삭제 완료

감사합니다.
{NAVER_FOOT}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 처리결과 안내 (numbered list, '게시중단 완료')",
    why="each numbered line states 게시중단/비공개 처리/삭제 완료 for its URL (all removal forms per issue 11); the Korean blog path is written raw and must match the percent-encoded item",
    items={N[6]: "removed", N[7]: "removed", N[8]: "removed", N[9]: "removed"})

add(name="naver-status-on-line-below-bare-url", from_="policy@navercorp.com", date="Thu, 12 Sep 2024 15:40:00 +0900",
    subject="[NAVER] 시정요구 처리 결과 안내 - KCSC-240910-01", reply_to_req=MSGID["KCSC-240910-01"],
    body=f"""위원회 담당자님께,

KCSC-240910-01 건 중 아래 3건의 검토 결과입니다.

{N[10]}
해당 게시물은 블라인드 처리되었습니다.

{N[11]}
검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

{N[12]}
존재하지 않는 게시물입니다.

{NAVER_FOOT}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 신고 처리 결과 메일 (URL then one-line result)",
    why="status on the line below each bare URL: 블라인드 (removed), no violation so no action (rejected), does not exist (not_found)",
    items={N[10]: "removed", N[11]: "rejected", N[12]: "not_found"})

add(name="naver-temporary-measure-prose", from_="navercorp-notice@navercorp.com", date="Fri, 13 Sep 2024 09:30:00 +0900",
    subject="[네이버] 임시조치 안내 (KCSC-240910-01)", reply_to_req=MSGID["KCSC-240910-01"],
    body=f"""방송통신심의위원회 담당자님 안녕하세요.

귀 위원회에서 요청하신 게시물 {N[13]} 및 {N[14]} 에 대하여
「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
2024년 9월 13일부터 30일간 임시조치(게시중단)를 하였습니다.

임시조치 기간 중 게시자가 재게시를 요청하지 않는 경우 해당 게시물은 삭제될 수 있습니다.
자세한 내용은 고객센터 도움말(https://help.naver.com/service/5640/contents/10526)을 참고해 주세요.

{NAVER_FOOT}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치(게시중단) 안내 notice citing 정보통신망법 제44조의2, 30일 재게시 요청 기간",
    why="임시조치 is the Art. 44-2 temporary measure: restricted (issue 11 item 3); 'may be deleted' later is about the future and does not make it removed; help link is not an item",
    items={N[13]: "restricted", N[14]: "restricted"})

csv_text = "URL,처리결과,비고\r\n" + "\r\n".join([
    f"{N[1]},삭제,운영정책 위반", f"{N[2]},삭제,운영정책 위반", f"{N[3]},삭제,", f"{N[4]},해당없음,게시물 미존재"]) + "\r\n"
add(name="naver-csv-attachment", from_="policy@navercorp.com", date="Fri, 13 Sep 2024 14:00:00 +0900",
    subject="[회신] KCSC-240910-01 조치결과 (첨부)", reply_to_req=MSGID["KCSC-240910-01"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-csv-01"

--nv-csv-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버입니다.
KCSC-240910-01 건 중 4건의 조치결과를 첨부 파일(CSV)로 송부드립니다.
감사합니다.

--nv-csv-01
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240910-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240910-01.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--nv-csv-01--
""",
    outcome="applied", classification="confirmation",
    imitates="portal bulk result sheet sent as a CSV attachment (URL,처리결과,비고)",
    why="CSV rows: 삭제 -> removed; 해당없음/게시물 미존재 -> not_found",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "not_found"})

xl = xlsx_bytes([["번호", "URL", "조치결과"], ["1", N[5], "삭제"], ["2", N[6], "임시조치"],
                 ["3", N[7], "삭제"], ["4", N[8], "위법성 미확인(조치 불가)"]])
add(name="naver-xlsx-attachment", from_="policy@navercorp.com", date="Mon, 16 Sep 2024 11:10:00 +0900",
    subject="[회신] 시정요구 조치결과 송부 (KCSC-240910-01)", reply_to_req=MSGID["KCSC-240910-01"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-xl-02"

--nv-xl-02
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

위원회 담당자님, 요청하신 건의 조치결과를 엑셀 파일로 첨부합니다.

--nv-xl-02
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="result.xlsx"
Content-Disposition: attachment; filename="result.xlsx"
Content-Transfer-Encoding: base64

{base64.encodebytes(xl).decode('ascii')}
--nv-xl-02--
""",
    outcome="applied", classification="confirmation",
    imitates="조치결과 엑셀 첨부 회신 (번호/URL/조치결과 sheet)",
    why="sheet rows: 삭제 removed, 임시조치 restricted, 위법성 미확인(조치 불가) = no action because no illegality found = rejected",
    items={N[5]: "removed", N[6]: "restricted", N[7]: "removed", N[8]: "rejected"})

add(name="naver-top-posted-over-quoted-list", from_="policy@navercorp.com", date="Mon, 16 Sep 2024 17:45:00 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240910-01)", reply_to_req=MSGID["KCSC-240910-01"],
    body=f"""요청하신 게시물 중 아래 2건은 삭제 조치하였습니다.
- {N[2]}
- {N[3]}

네이버 정책지원팀 드림

2024. 9. 10. 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example> 작성:
{quoted_request("KCSC-240910-01")}""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail/Naver-mail reply over a '> ' quoted request ('... 작성:' header)",
    why="only the two bulleted URLs above the quote are stated deleted; the quoted list of 14 is ours and changes nothing",
    items={N[2]: "removed", N[3]: "removed"})

alt_plain = f"""안녕하세요, 네이버입니다.

아래 게시물은 게시중단 처리되었습니다.
{N[9]}
{N[10]}

감사합니다."""
alt_html = f"""<html><body><p>안녕하세요, 네이버입니다.</p><p>아래 게시물은 게시중단 처리되었습니다.</p>
<ul><li><a href="{N[9]}">{N[9]}</a></li><li><a href="{N[10]}">{N[10]}</a></li></ul><p>감사합니다.</p></body></html>"""
add(name="naver-multipart-alternative-base64", from_="policy@navercorp.com", date="Tue, 17 Sep 2024 10:00:00 +0900",
    subject="[NAVER] 게시중단 처리 안내", reply_to_req=MSGID["KCSC-240910-01"],
    raw_mime=f"""Content-Type: multipart/alternative; boundary="nv-alt-03"

--nv-alt-03
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(alt_plain)}
--nv-alt-03
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(alt_html)}
--nv-alt-03--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER mail HTML+plain notice, base64 encoded; statement line above the URL list",
    why="statement '아래 게시물은 게시중단 처리되었습니다' on the line above the two URLs: both removed",
    items={N[9]: "removed", N[10]: "removed"})

add(name="naver-echoed-report", from_="help@naver.com", date="Tue, 17 Sep 2024 13:25:00 +0900",
    subject="[네이버 고객센터] 신고하신 게시물의 처리 결과 안내", reply_to_req=MSGID["KCSC-240910-01"],
    body=f"""안녕하세요. 네이버 고객센터입니다.

신고해주신 게시물은 네이버 카페 운영원칙 위반으로 확인되어 삭제 처리되었습니다.
깨끗한 네이버를 위해 협조해 주셔서 감사합니다.

[신고 내용]
신고 번호: 2024091700318
신고 게시물: {N[11]}
신고 사유: 불법 사행성 도박 홍보
신고 일시: 2024-09-10 10:00

※ 본 메일은 발신 전용입니다. 문의는 고객센터(https://help.naver.com)를 이용해 주세요.""",
    outcome="applied", classification="confirmation",
    imitates="네이버 고객센터 '신고하신 게시물의 처리 결과 안내' with an echoed [신고 내용] block",
    why="statement about 'the reported post' followed by the echoed report naming one URL: removed",
    items={N[11]: "removed"})

add(name="naver-author-deleted-and-deleted", from_="policy@navercorp.com", date="Wed, 18 Sep 2024 09:50:00 +0900",
    subject="RE: KCSC-240910-01 처리 결과", reply_to_req=MSGID["KCSC-240910-01"],
    body=f"""담당자님 안녕하세요.

{N[12]} 은(는) 확인 결과 작성자에 의해 이미 삭제된 게시물로, 별도 조치가 불가합니다.
{N[13]} 은(는) 운영자에 의해 삭제되었습니다.

{NAVER_FOOT}""",
    outcome="applied", classification="confirmation",
    imitates="portal reply distinguishing 작성자 삭제 (already gone) from 운영자 삭제",
    why="already deleted by its author -> not_found (issue 11); deleted by the operator -> removed",
    items={N[12]: "not_found", N[13]: "removed"})

add(name="naver-url-korean-particle-and-fullwidth", from_="policy@navercorp.com", date="Wed, 18 Sep 2024 14:15:00 +0900",
    subject="[회신] 시정요구 조치 완료 (KCSC-240910-01)", reply_to_req=MSGID["KCSC-240910-01"],
    body=f"""안녕하세요.
{KR_BLOG_RAW}에 대하여 삭제 조치를 완료하였습니다.
또한 네이버TV 영상({N[14]})은 비공개 처리하였습니다。
{NAVER_FOOT}""",
    outcome="applied", classification="confirmation",
    imitates="short Korean 공문-style reply with URLs glued to particles and brackets",
    why="raw Korean path followed directly by the particle 에 (must end before it) is deleted; the NAVER TV video in brackets is 비공개 처리 (removal form per issue 11)",
    items={N[7]: "removed", N[14]: "removed"})

add(name="naver-future-and-hedged", from_="policy@navercorp.com", date="Thu, 12 Sep 2024 18:30:00 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240910-01)", reply_to_req=MSGID["KCSC-240910-01"],
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{N[1]} 은 현재 삭제된 것으로 보이나 시스템 반영 여부를 확인 중입니다.
{N[2]} 은 내부 검토 후 이번 주 중 조치할 예정입니다.

확인되는 대로 다시 안내드리겠습니다.
{NAVER_FOOT}""",
    outcome="review", review="not_understood",
    imitates="portal interim reply: '삭제된 것으로 보이나 확인 중', '조치할 예정'",
    why="'seems deleted but still checking' is hedged and 'will act this week' is future tense: a clerk would not record either; named items, trusted sender -> review, nothing applied")

add(name="naver-asks-supporting-documents", from_="policy@navercorp.com", date="Wed, 11 Sep 2024 13:00:00 +0900",
    subject="[NAVER] 시정요구 관련 추가 자료 요청 (KCSC-240910-01)", reply_to_req=MSGID["KCSC-240910-01"],
    body=f"""안녕하세요. 네이버입니다.

요청하신 게시물 중 아래 2건은 게시물만으로 불법성 판단이 어려워, 판단 근거가 되는 자료(심의 의결서 등)를 추가로 제출해 주시면 검토 후 조치하겠습니다.
- {N[4]}
- {N[5]}

{NAVER_FOOT}""",
    outcome="review", review="asks_more",
    imitates="NAVER 게시중단 요청 보완 서류 요청 메일 (추가 자료 제출 요청)",
    why="asks for supporting documents before acting: nothing done, not a rejection")

add(name="naver-receipt-auto-generated", from_="noreply@navercorp.com", date="Tue, 10 Sep 2024 10:02:00 +0900",
    subject="[NAVER] 게시중단 요청이 접수되었습니다 (접수번호 NV-20240910-5521)", reply_to_req=MSGID["KCSC-240910-01"],
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 건이 정상적으로 접수되었습니다.
접수번호: NV-20240910-5521
접수일시: 2024-09-10 10:02

담당자 검토 후 처리 결과를 메일로 안내드립니다. 진행 상황은 게시중단요청서비스 마이페이지에서 확인하실 수 있습니다.
https://inoti.naver.com/inoti/main.naver

본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="네이버 게시중단요청서비스 접수완료 안내 (접수번호, 마이페이지)",
    why="a pure receipt with a ticket number; states nothing about any item, names no item")

add(name="naver-lookalike-sender", from_="legal@naver-corp-policy.com", date="Fri, 13 Sep 2024 08:10:00 +0900",
    subject="[회신] 시정요구(KCSC-240910-01) 조치 완료", reply_to_req=MSGID["KCSC-240910-01"], name_from="NAVER 정책지원팀",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.
아래 게시물은 삭제 완료되었습니다.
{N[1]}
{N[2]}
{N[3]}""",
    outcome="review", review="unknown_sender",
    imitates="spoofed portal confirmation from a look-alike domain",
    why="authenticated but naver-corp-policy.com is no platform's domain; it names our request and items, so it must be seen, nothing applied")

add(name="naver-dmarc-fail", from_="policy@navercorp.com", auth="fail", date="Sat, 14 Sep 2024 02:40:00 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240910-01)", reply_to_req=MSGID["KCSC-240910-01"],
    body=f"""요청하신 전체 게시물 중 아래 건 삭제 완료.
1. {N[5]} 삭제
2. {N[6]} 삭제""",
    outcome="review", review="untrusted",
    imitates="portal confirmation whose DMARC check failed",
    why="dmarc=fail for navercorp.com: untrusted, items stay pending")

add(name="naver-out-of-office-korean", from_="kim.jiwoo@navercorp.com", date="Tue, 10 Sep 2024 10:01:00 +0900",
    subject="자동 회신: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240910-01)", reply_to_req=MSGID["KCSC-240910-01"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 김지우입니다.
9월 10일부터 9월 13일까지 휴가로 메일 확인이 어렵습니다.
긴급한 게시중단 요청은 policy@navercorp.com 으로 보내 주시기 바랍니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook 자동 회신 (부재중) message",
    why="out-of-office auto-reply; says nothing about items")

dsn_body = f"""This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@navercorp.com>: host mx1.navercorp.com[198.51.100.40] said: 550 5.1.1
    <policy-old@navercorp.com>: Recipient address rejected: User unknown"""
add(name="naver-bounce-dsn", from_="MAILER-DAEMON@navercorp.com", date="Tue, 10 Sep 2024 10:00:30 +0900",
    subject="Undelivered Mail Returned to Sender", name_from="Mail Delivery System",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-nv-04"

--dsn-nv-04
Content-Type: text/plain; charset=us-ascii

{dsn_body}

--dsn-nv-04
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.navercorp.com
Arrival-Date: Tue, 10 Sep 2024 10:00:05 +0900

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-nv-04
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240910-01)
Message-ID: <{MSGID['KCSC-240910-01']}@kcsc.example>

--dsn-nv-04--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN (multipart/report delivery-status)",
    why="delivery failure of our own request; ignored")

add(name="naver-process-notice-no-items", from_="policy@navercorp.com", date="Wed, 11 Sep 2024 09:00:00 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240910-01)", reply_to_req=MSGID["KCSC-240910-01"],
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

9월 23일부터 위원회 시정요구 접수 창구가 정책지원팀에서 트러스트앤세이프티팀으로 변경됩니다.
향후 요청은 ts-kcsc@navercorp.com 으로 보내 주시기 바랍니다.

{NAVER_FOOT}""",
    outcome="review", review="not_understood",
    imitates="portal notice of a change of contact address, sent as a reply to a request",
    why="trusted, references our request, but says nothing about any item: not an acknowledgement of receipt and not a result; per the README's no-claims case for replies that reference a request it goes to review (not_understood). Arguable: it could be treated as ignorable")

# ---------------------------------------------------------------- Kakao ----
add(name="kakao-blind-and-temporary-measure", from_="report@kakaocorp.com", date="Wed, 11 Sep 2024 17:00:00 +0900",
    subject="[카카오] 시정요구(KCSC-240911-01) 처리 결과 안내", reply_to_req=MSGID["KCSC-240911-01"], name_from="카카오 고객센터",
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 게시물에 대해 아래와 같이 조치하였음을 알려드립니다.

■ {K[1]}
  - 처리 결과: 블라인드 처리
■ {K[4]}
  - 처리 결과: 임시조치(30일)

임시조치된 게시물은 게시자의 복원 신청이 없으면 30일 후 삭제됩니다.

{KAKAO_FOOT}""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 블라인드 / 카카오 임시조치 처리 결과 안내 (■ URL, - 처리 결과:)",
    why="블라인드 처리 is a removal form (issue 11); 임시조치 is restricted; later deletion is future",
    items={K[1]: "removed", K[4]: "restricted"})

add(name="kakao-daum-html-table", from_="cs@daum.net", date="Thu, 12 Sep 2024 11:20:00 +0900",
    subject="[Daum] 요청 게시물 조치 결과 (KCSC-240911-01)", reply_to_req=MSGID["KCSC-240911-01"], type="html",
    body=f"""<html><body><p>방송통신심의위원회 담당자님께</p>
<table border="1"><tr><th>서비스</th><th>URL</th><th>결과</th></tr>
<tr><td>브런치</td><td><a href="{K[2]}">{K[2]}</a></td><td>게시물 삭제</td></tr>
<tr><td>티스토리</td><td><a href="{K[3]}">{K[3]}</a></td><td>티스토리 운영정책 위반으로 삭제</td></tr>
<tr><td>카카오톡 채널</td><td><a href="{K[5]}">{K[5]}</a></td><td>존재하지 않는 게시물</td></tr>
</table>
<p>문의: <a href="https://cs.kakao.com/">카카오 고객센터</a></p></body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum result table across 브런치·티스토리·카카오톡 채널",
    why="삭제 -> removed (two rows); 존재하지 않는 게시물 -> not_found",
    items={K[2]: "removed", K[3]: "removed", K[5]: "not_found"})

qp_text = f"""안녕하세요. 카카오입니다.

{K[1]} 게시물은 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.
{K[2]} 게시물은 삭제 조치하였습니다.

감사합니다.
{KAKAO_FOOT}"""
add(name="kakao-quoted-printable-rejection", from_="report@kakaocorp.com", date="Fri, 13 Sep 2024 15:30:00 +0900",
    subject="RE: 시정요구 KCSC-240911-01", reply_to_req=MSGID["KCSC-240911-01"],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_text)}""",
    outcome="applied", classification="confirmation",
    imitates="카카오 신고 처리 결과 '위반 사항이 확인되지 않아 게시를 유지' (quoted-printable)",
    why="no violation found, post kept -> rejected; second post deleted -> removed",
    items={K[1]: "rejected", K[2]: "removed"})

add(name="kakao-url-below-statement", from_="report@kakaocorp.com", date="Mon, 16 Sep 2024 10:45:00 +0900",
    subject="[카카오] 게시중단 조치 안내", reply_to_req=MSGID["KCSC-240911-01"],
    body=f"""안녕하세요. 카카오 고객센터입니다.

아래 게시물은 정보통신망법 및 카카오 운영정책에 따라 게시중단 조치되었습니다.
{K[3]}
{K[4]}

{KAKAO_FOOT}""",
    outcome="applied", classification="confirmation",
    imitates="카카오 게시중단 조치 안내 (statement, then the URLs)",
    why="URLs on the lines below their statement: 게시중단 -> removed",
    items={K[3]: "removed", K[4]: "removed"})

add(name="kakao-outlook-original-message", from_="report@kakaocorp.com", date="Tue, 17 Sep 2024 16:00:00 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240911-01)", reply_to_req=MSGID["KCSC-240911-01"],
    body=f"""담당자님, 요청하신 카카오톡 채널 게시물 {K[5]} 은 삭제 처리하였습니다.
나머지 건은 앞서 회신드린 바와 같습니다.

카카오 고객센터 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 11:30 AM
To: report@kakaocorp.com
Subject: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240911-01)

{quoted_request("KCSC-240911-01", prefix="")}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook '-----Original Message-----' reply quoting our request unprefixed",
    why="only the channel post is stated deleted; 'as answered before' says nothing new; the quoted request is ours",
    items={K[5]: "removed"})

add(name="kakao-names-naver-item", from_="report@kakaocorp.com", date="Thu, 12 Sep 2024 09:10:00 +0900",
    subject="RE: 시정요구 결과", reply_to_req=MSGID["KCSC-240911-01"],
    body=f"""안녕하세요. 카카오입니다.
아래 게시물은 삭제 처리되었습니다.
{N[3]}
{KAKAO_FOOT}""",
    outcome="review", review="wrong_platform",
    imitates="reply from one portal claiming an item hosted by another portal",
    why="Kakao cannot remove a NAVER cafe post; trusted Kakao email about a NAVER item -> review, NAVER item stays pending")

add(name="kakao-receipt", from_="noreply@kakaocorp.com", date="Wed, 11 Sep 2024 11:31:00 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다", reply_to_req=MSGID["KCSC-240911-01"],
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 카카오 고객센터입니다.
보내주신 문의가 정상적으로 접수되었습니다. (문의번호 #20240911-884102)
순차적으로 확인 후 답변드리겠습니다.
고객센터: https://cs.kakao.com/""",
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 고객센터 문의 접수 자동 안내",
    why="receipt with ticket number; no statement about any item")

# -------------------------------------------------------------- YouTube ----
add(name="yt-korean-geo-block", from_="legal-kr@google.com", date="Thu, 12 Sep 2024 19:00:00 +0900", name_from="YouTube 법무팀",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240912-01)", reply_to_req=MSGID["KCSC-240912-01"],
    body=f"""안녕하세요,

YouTube 법무팀입니다. 귀 위원회의 요청을 검토하였으며, 현지 법률에 따라 아래 콘텐츠에 대한 대한민국 내 액세스를 차단하였습니다.

- {Y[1]}
- {Y[2]}

해당 콘텐츠는 대한민국 외 지역에서는 계속 이용 가능합니다. 현지 법률에 따른 콘텐츠 삭제 요청에 관한 정책은 https://support.google.com/youtube/answer/6154230 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removal reply 'blocked access ... in Korea' (Korean-language version)",
    why="access blocked in Korea only, available elsewhere -> restricted; support.google.com link is not an item",
    items={Y[1]: "restricted", Y[2]: "restricted"})

add(name="yt-korean-removed-and-channel-terminated", from_="legal-kr@google.com", date="Fri, 13 Sep 2024 11:00:00 +0900", name_from="YouTube",
    subject="[YouTube] 요청하신 콘텐츠 처리 결과 (KCSC-240912-01)", reply_to_req=MSGID["KCSC-240912-01"],
    body=f"""안녕하세요.

{Y[3]}
→ 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.

{YT_HANDLE_RAW}
→ 서비스 약관 위반으로 채널이 해지되었습니다.

커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
YouTube 팀""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean policy outcome mail ('커뮤니티 가이드 위반으로 삭제', '채널이 해지')",
    why="video removed; channel terminated = removed; the channel handle is written raw in Korean and must match the percent-encoded item",
    items={Y[3]: "removed", Y[4]: "removed"})

add(name="yt-english-no-violation-and-age-restricted", from_="youtube-legal@google.com", date="Mon, 16 Sep 2024 08:30:00 +0900", name_from="YouTube Legal Support",
    subject="Re: [KCSC-240912-01] Request for removal", reply_to_req=MSGID["KCSC-240912-01"],
    body=f"""Hello,

Thanks for reaching out to us.

After review, we did not find that {Y[1]} violates our Community Guidelines or local law, so we will not be taking action on it at this time. The content remains available on YouTube.

{Y[2]} has been age-restricted and is no longer visible to viewers under 18 or to signed-out users.

Regards,
The YouTube Team
Help Center: https://support.google.com/youtube/""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support English reply ('we did not find that ... violates', age-restricted)",
    why="first video: no violation, stays up -> rejected; second: age-restricted -> restricted",
    items={Y[1]: "rejected", Y[2]: "restricted"})

add(name="yt-may-take-action", from_="legal-kr@google.com", date="Fri, 13 Sep 2024 16:45:00 +0900",
    subject="Re: [KCSC-240912-01] 시정요구", reply_to_req=MSGID["KCSC-240912-01"],
    body=f"""Hello,

We have forwarded {Y[3]} and {Y[4]} to the relevant team. If we find that the content violates our policies or local law, we may remove or restrict it.

We will follow up once our review is complete.

The YouTube Team""",
    outcome="review", review="not_understood",
    imitates="YouTube 'we may remove or restrict it' interim reply",
    why="modal/future 'may remove or restrict' after a pending review: nothing done; names items, trusted -> review, not ignored")

mdn_part = f"""Reporting-UA: mail.google.com; Gmail
Original-Recipient: rfc822;legal-kr@google.com
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <{MSGID['KCSC-240912-01']}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed"""
add(name="yt-read-receipt", from_="legal-kr@google.com", date="Thu, 12 Sep 2024 10:02:00 +0900",
    subject="읽음: [방송통신심의위원회] 시정요구 (KCSC-240912-01)", reply_to_req=MSGID["KCSC-240912-01"],
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-yt-05"

--mdn-yt-05
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다: 2024-09-12 오전 10:02

--mdn-yt-05
Content-Type: message/disposition-notification

{mdn_part}

--mdn-yt-05--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt ('읽음:' subject, message/disposition-notification)",
    why="read receipt: ignored, not forwarded")

# -------------------------------------------------------------------- X ----
add(name="x-withheld-kr-and-not-located", from_="legal@x.com", date="Fri, 13 Sep 2024 22:10:00 +0900", name_from="X Legal",
    subject="Re: [KCSC-240913-01] Legal request - Korea Communications Standards Commission", reply_to_req=MSGID["KCSC-240913-01"],
    body=f"""Hello,

We have reviewed your request. In accordance with our Country Withheld Content policy, we have withheld the following posts in South Korea:

{X[1]}
{X[2]}

We were unable to locate the following post; it may have been deleted before our review:
{X[3]}

For more information, please see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal""",
    outcome="applied", classification="confirmation",
    imitates="X legal 'withheld in [country]' notice + 'unable to locate' reply",
    why="withheld in South Korea -> restricted for the two posts under that statement; 'unable to locate' -> not_found (the 'may have been deleted before' relative hedge concerns its past and does not hedge the main clause)",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "not_found"})

add(name="x-korean-office-reply", from_="legal-kr@x.com", date="Tue, 17 Sep 2024 12:00:00 +0900", name_from="X 한국 법무팀",
    subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240913-01)", reply_to_req=MSGID["KCSC-240913-01"],
    body=f"""안녕하세요, X 한국 법무팀입니다.

1) {X[3]}
   X 규칙(불법 또는 특정 규제 대상 상품 및 서비스) 위반으로 삭제되었습니다.
2) {X[1]}
   대한민국에서 게시물이 보류(withheld) 처리되었습니다.

감사합니다.

> 2024년 9월 13일 (금) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 아래 게시물 3건에 대하여 삭제를 요구합니다.
> {X[1]}
> {X[2]}
> {X[3]}""",
    outcome="applied", classification="confirmation",
    imitates="X Korean-language reply with numbered URLs and indented results over a quoted request",
    why="numbered: post 3 removed, post 1 withheld in Korea (restricted); post 2 is only in our quote and stays pending",
    items={X[3]: "removed", X[1]: "restricted"})

add(name="x-out-of-office", from_="j.park@x.com", date="Fri, 13 Sep 2024 14:01:00 +0900",
    subject="Automatic reply: [KCSC-240913-01] Legal request", reply_to_req=MSGID["KCSC-240913-01"],
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""I am out of the office until September 23 with limited access to email.
For urgent legal requests please contact legal@x.com.""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply:' out-of-office",
    why="out-of-office auto-reply")

add(name="x-ticket-receipt", from_="legal@x.com", date="Fri, 13 Sep 2024 14:05:00 +0900",
    subject="Case# 0192837465: Your legal request has been received [ref:_00D0b_XLEGAL:ref]", reply_to_req=MSGID["KCSC-240913-01"],
    body="""Hello,

Thank you for contacting X. We have received your request and a case has been created (Case# 0192837465).
Our team will review it and respond as soon as possible. Please do not change the subject line when replying.

X Legal""",
    outcome="ignored", classification="acknowledgement",
    imitates="X/Salesforce-style case creation receipt with ref tag",
    why="pure ticket receipt; nothing about any item")

# --------------------------------------------------------------- TikTok ----
add(name="tiktok-korean-removed-and-no-violation", from_="legal-kr@tiktok.com", date="Wed, 18 Sep 2024 10:30:00 +0900", name_from="TikTok 한국 법무팀",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240916-01)", reply_to_req=MSGID["KCSC-240916-01"],
    body=f"""안녕하세요. TikTok입니다.

보내주신 요청을 검토한 결과는 다음과 같습니다.
• {T[1]} : 커뮤니티 가이드라인 위반으로 삭제되었습니다.
• {T[2]} : 커뮤니티 가이드라인 또는 현지 법률 위반 사항이 확인되지 않아 조치하지 않았습니다.

커뮤니티 가이드라인: https://www.tiktok.com/community-guidelines/ko-kr/
TikTok Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome ('removed for violating Community Guidelines' / 'no violation found'), Korean version",
    why="first video removed; second: no violation, no action -> rejected",
    items={T[1]: "removed", T[2]: "rejected"})

add(name="tiktok-still-reviewing", from_="legal-kr@tiktok.com", date="Thu, 19 Sep 2024 09:00:00 +0900",
    subject="RE: 시정요구 KCSC-240916-01 진행 상황", reply_to_req=MSGID["KCSC-240916-01"],
    body=f"""안녕하세요. TikTok입니다.

{T[1]}, {T[2]} 두 건은 현재 관련 팀에서 검토 중입니다. 검토가 완료되는 대로 결과를 안내드리겠습니다.

TikTok Trust & Safety""",
    outcome="review", review="not_understood",
    imitates="TikTok 'still under review' interim update",
    why="'검토 중' names both items but says nothing done: a trusted email naming items must not be ignored -> review; nothing applied. Arguable: a reader might call it an acknowledgement, but it names items")

# ----------------------------------------------------------------- Meta ----
add(name="meta-local-law-restricted", from_="noreply@fb.com", date="Wed, 18 Sep 2024 20:15:00 +0900", name_from="Meta Content Restrictions",
    subject="Your report: KCSC-240917-01", reply_to_req=MSGID["KCSC-240917-01"],
    body=f"""Hi,

Thanks for your report. We restricted access to the content you reported in South Korea based on local law. It remains available in other countries because it does not go against our Community Standards.

Reported content:
{M[1]}

Learn more about how we handle reports based on local law: https://transparency.meta.com/reports/content-restrictions/

Meta""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'we restricted access ... in [country] based on local law' notice with echoed reported content",
    why="restricted in South Korea; 'does not go against our Community Standards' explains why it stays elsewhere and is not a rejection",
    items={M[1]: "restricted"})

add(name="meta-asks-court-order", from_="lawenforcement@fb.com", date="Thu, 19 Sep 2024 11:00:00 +0900",
    subject="Re: KCSC-240917-01", reply_to_req=MSGID["KCSC-240917-01"],
    body=f"""Hello,

We have reviewed your request regarding {M[1]}. To act on this request under local law we need a copy of the formal decision or court order that identifies the content as unlawful. Please reply to this email with the document.

Meta Legal""",
    outcome="review", review="asks_more",
    imitates="Meta legal reply asking for a court order / formal decision",
    why="asks for a document before acting; not a rejection")

# ------------------------------------------------------- unknown sender ----
add(name="unknown-sender-korean-claims-kakao", from_="support@safeweb-korea.example", date="Mon, 16 Sep 2024 13:00:00 +0900", name_from="세이프웹 대행",
    subject="RE: 시정요구 (KCSC-240911-01) 처리 완료", reply_to_req=MSGID["KCSC-240911-01"],
    body=f"""안녕하세요. 카카오 위탁 모니터링 대행사 세이프웹입니다.
요청하신 {K[1]} 게시물은 삭제 완료되었습니다.""",
    outcome="review", review="unknown_sender",
    imitates="third-party vendor claiming removals on a platform's behalf",
    why="unknown sender naming our request and a Kakao item: must be seen; nothing applied")

write_requests()
for c in cases:
    c["from"] = c.pop("from_")
    dom = c["from"].split("@", 1)[1]
    c.setdefault("name_from", {"kakaocorp.com": "Kakao", "daum.net": "Daum", "fb.com": "Meta",
                               "tiktok.com": "TikTok"}.get(dom, None))
    if c["name_from"] is None:
        del c["name_from"]
    nm = c.get("name_from")
    if nm and not nm.isascii():
        c["name_from"] = Header(nm, "utf-8").encode()
write_set(HERE, "blind67", """# Blind set 67 (issue 11): Korean general mix. Generated by make.py;
# expected results written from each email's meaning before anything ran.""", cases)
