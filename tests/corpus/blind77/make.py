#!/usr/bin/env python3
"""Blind set 77 (issue 11): a general mix as a regulator meets it, mostly in
Korean (NAVER, Kakao/Daum, Korean offices of YouTube, X, TikTok), plus
doubtful and ignorable mail. Expected results are written from each email's
meaning, in the case list below, before anything was run.

    python3 tests/corpus/blind77/make.py    # rewrites requests.csv, cases/, expected.toml
"""
import base64
import io
import os
import quopri
import sys
import zipfile
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum 고객센터",
    "tiktok.com": "TikTok",
    "fb.com": "Meta",
    "meta.com": "Meta",
    "instagram.com": "Instagram",
})

# ---------------------------------------------------------------- requests
HANDLE = "밤고양티비"
Y4_IRI = "https://www.youtube.com/@" + HANDLE
Y4 = "https://www.youtube.com/@" + quote(HANDLE)

REQ = {
    # ref: (platform, sent_at, due_at, message_id-stem, category, [urls])
    "KCSC-240910-01": ("naver", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", "req-240910-01",
                       "illegal_gambling", [
                           "https://blog.naver.com/luckyspin77/223561204511",
                           "https://blog.naver.com/luckyspin77/223561209934",
                           "https://blog.naver.com/moonbet_kr/223558870012",
                           "https://cafe.naver.com/totopicks/48211",
                           "https://cafe.naver.com/totopicks/48215",
                           "https://cafe.naver.com/casinoroomz/1203",
                           "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471122093",
                           "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471125518",
                           "https://blog.naver.com/goldslot_a/223560011873",
                           "https://blog.naver.com/goldslot_a/223560015542",
                           "https://m.blog.naver.com/bettingking01/223559900041",
                           "https://cafe.naver.com/sportsline24/90317",
                           "https://post.naver.com/viewer/postView.naver?volumeNo=38812045&memberNo=51120987",
                           "https://band.us/band/91827364/post/112",
                       ]),
    "KCSC-240911-01": ("kakao", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00", "req-240911-01",
                       "defamation", [
                           "https://cafe.daum.net/ssamzie_talk/Fq3L/2841",
                           "https://nightdiary-k.tistory.com/118",
                           "https://nightdiary-k.tistory.com/121",
                           "https://open.kakao.com/o/gQx7bLmH",
                           "https://v.daum.net/v/20240906153012457",
                       ]),
    "KCSC-240912-01": ("youtube", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", "req-240912-01",
                       "obscene", [
                           "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
                           "https://youtu.be/Zr8kW1nNc5E",
                           "https://www.youtube.com/shorts/hT5yX0aBq9U",
                           Y4,
                       ]),
    "KCSC-240913-01": ("x", "2024-09-13T14:00:00+09:00", "2024-09-20T18:00:00+09:00", "req-240913-01",
                       "drug_trade", [
                           "https://x.com/icecandy_seoul/status/1833401122334455667",
                           "https://x.com/icecandy_seoul/status/1833409988776655443",
                           "https://x.com/jeju_crystal22/status/1832998877665544332",
                       ]),
    "KCSC-240909-01": ("meta", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00", "req-240909-01",
                       "fraud", [
                           "https://www.instagram.com/p/C9xKqL2vT4m/",
                           "https://www.instagram.com/reel/C9yB7pQmZ1k/",
                           "https://www.facebook.com/groups/2211987766543/posts/2298765432101/",
                       ]),
    "KCSC-240916-01": ("tiktok", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", "req-240916-01",
                       "deepfake_sexual_abuse", [
                           "https://www.tiktok.com/@haneul.edit0/video/7411223344556677889",
                           "https://www.tiktok.com/@haneul.edit0/video/7411229988776655443",
                       ]),
    "KCSC-240917-01": ("telegram", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00", "req-240917-01",
                       "deepfake_sexual_abuse", [
                           "https://t.me/faceswap_room_kr/55",
                       ]),
}

N = REQ["KCSC-240910-01"][5]
K = REQ["KCSC-240911-01"][5]
Y = REQ["KCSC-240912-01"][5]
X = REQ["KCSC-240913-01"][5]
M = REQ["KCSC-240909-01"][5]
T = REQ["KCSC-240916-01"][5]
G = REQ["KCSC-240917-01"][5]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, (plat, sent, due, mid, cat, urls) in REQ.items():
        for u in urls:
            uu = '"' + u + '"' if "," in u else u
            lines.append(f"{ref},{plat},{sent},{due},{uu},{cat},<{mid}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def quoted_request(ref, urls, prefix="> "):
    out = [f"{prefix}[방송통신심의위원회] 시정요구 ({ref})", prefix.rstrip(),
           f"{prefix}아래 정보에 대하여 삭제 또는 접속차단 조치를 요청합니다.", prefix.rstrip()]
    for i, u in enumerate(urls, 1):
        out.append(f"{prefix}{i}. {u}")
    out += [prefix.rstrip(), f"{prefix}조치 후 결과를 회신하여 주시기 바랍니다.",
            f"{prefix}방송통신심의위원회 통신심의국"]
    return "\n".join(out)


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def make_xlsx(rows):
    """Tiny XLSX with inline strings; fixed timestamps so the bytes are stable."""
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell(chr(65 + c) + str(r), v) for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 12, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


NAVER_FOOTER = """--
본 메일은 발신전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
NAVER Corp. | 경기도 성남시 분당구 정자일로 95 | 대표이사 (가상)"""

# 1
case(name="naver-tempmeasure-numbered", from_="rights-center@navercorp.com", date="Thu, 12 Sep 2024 16:20:11 +0900",
     subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240910-01)", reply_to_req="req-240910-01",
     body=f"""안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 정보통신망법 제44조의2에 따라
아래와 같이 임시조치(30일)를 하였음을 안내드립니다.

1. {N[0]}
2. {N[1]}
3. {N[2]}

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 해당 게시물은 삭제됩니다.
게시중단 요청 서비스 안내: https://inoti.naver.com/inoti/main.naver

감사합니다.
{NAVER_FOOTER}""",
     outcome="applied", classification="confirmation",
     items={N[0]: "restricted", N[1]: "restricted", N[2]: "restricted"},
     imitates="NAVER 게시중단요청서비스(inoti) 임시조치 결과 안내 메일",
     why="임시조치 under Art. 44-2 in a numbered list: restricted for the three listed items; the inoti help link is not an item")

# 2
case(name="naver-html-result-table", from_="policy@navercorp.com", date="Fri, 13 Sep 2024 11:05:40 +0900",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240910-01) 조치결과 회신", reply_to_req="req-240910-01",
     type="html",
     body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240910-01)에 대한 조치결과를 아래 표와 같이 회신합니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[3]}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{N[4]}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>3</td><td>{N[5]}</td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
</table>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     items={N[3]: "removed", N[4]: "removed", N[5]: "not_found"},
     imitates="KCSC 시정요구 조치결과 회신 (portal 공문 with 번호/URL/조치결과 table)",
     why="HTML table: 삭제 = removed; '게시물 없음 (작성자 삭제)' = already deleted by its author = not_found")

# 3
case(name="naver-blind-below-bare-url", from_="cafe_help@naver.com", date="Thu, 12 Sep 2024 20:41:03 +0900",
     subject="[네이버 카페] 신고 게시물 처리 결과", reply_to_req="req-240910-01",
     body=f"""네이버 카페 운영정책 담당자입니다.

신고해 주신 게시물의 처리 결과입니다.

{N[3]}
 → 운영원칙 위반(불법 도박 홍보)으로 블라인드 처리되었습니다.

{N[4]}
 → 동일 사유로 블라인드 처리되었습니다.

블라인드 처리된 게시물은 작성자 외에는 열람할 수 없습니다.
카페 운영원칙: https://cafe.naver.com/cafesupport/rules

{NAVER_FOOTER}""",
     outcome="applied", classification="confirmation",
     items={N[3]: "removed", N[4]: "removed"},
     imitates="네이버 카페 신고 처리 결과 / Daum 클린센터 블라인드 안내 (status on the line below a bare URL)",
     why="블라인드 is a Korean removal form (issue 11 §3); status on the line below each bare URL; rules link is not an item")

# 4
case(name="naver-no-violation-rejected", from_="policy@navercorp.com", date="Sat, 14 Sep 2024 10:12:55 +0900",
     subject="RE: 시정요구 KCSC-240910-01 관련 검토 결과", reply_to_req="req-240910-01",
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 {N[8]} 에 대하여 내부 기준 및 관련 법령에 따라 검토하였습니다.
검토 결과 해당 게시물은 도박 사이트로 연결되는 링크나 홍보 문구가 포함되어 있지 않아
운영원칙 위반 사항이 확인되지 않았으며, 이에 따라 별도의 조치를 하지 않았습니다.

추가 자료가 있으시면 회신 주시기 바랍니다.

네이버 정책지원팀 드림""",
     outcome="applied", classification="confirmation",
     items={N[8]: "rejected"},
     imitates="네이버 게시중단 요청 '요청 기각/조치 불가' 결과 안내",
     why="a negated action with a reason (no violation found, no action taken) is a rejection; the closing courtesy line is not a request for information")

# 5
case(name="naver-top-posted-over-quoted-list", from_="policy@navercorp.com", date="Mon, 16 Sep 2024 09:30:18 +0900",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240910-01)", reply_to_req="req-240910-01",
     body=f"""담당자님 안녕하세요.

요청하신 14건 중 아래 2건은 삭제 조치를 완료하였습니다.
- {N[9]}
- {N[10]}
나머지 건은 확인 후 별도로 회신드리겠습니다.

네이버 정책지원팀 김OO 드림

2024년 9월 10일 (화) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240910-01", N)}""",
     outcome="applied", classification="confirmation",
     items={N[9]: "removed", N[10]: "removed"},
     imitates="Gmail-style Korean top-posted reply ('…님이 작성:') over the quoted request",
     why="only the two URLs in the platform's own words are removed; the 14 quoted URLs next to '삭제' must stay pending; 'the rest will follow' changes nothing")

# 6 CSV attachment
csv_text = ("번호,URL,처리결과,비고\r\n"
            f"1,{N[11]},비공개 처리,운영자 조치\r\n"
            f"2,{N[12]},삭제,\r\n"
            f"3,{N[13]},임시조치,30일\r\n").encode("utf-8")
case(name="naver-csv-attachment", from_="policy@navercorp.com", date="Tue, 17 Sep 2024 14:02:37 +0900",
     subject="[NAVER] KCSC-240910-01 처리결과 첨부", reply_to_req="req-240910-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_77_csv"

--=_nv_77_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 요청 건(KCSC-240910-01)의 처리결과를 첨부 파일로 송부드립니다.
첨부 파일을 확인해 주세요.

네이버 정책지원팀
--=_nv_77_csv
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240910-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240910-01.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv_77_csv--
""",
     outcome="applied", classification="confirmation",
     items={N[11]: "removed", N[12]: "removed", N[13]: "restricted"},
     imitates="portal 처리결과 spreadsheet (CSV) attached to a one-line cover mail",
     why="CSV rows: 비공개 처리 (by the operator) = removed, 삭제 = removed, 임시조치 = restricted")

# 7 hedged future
case(name="naver-future-review-hedged", from_="policy@navercorp.com", date="Wed, 11 Sep 2024 17:45:09 +0900",
     subject="Re: 시정요구 (KCSC-240910-01)", reply_to_req="req-240910-01",
     body=f"""안녕하세요, 네이버입니다.

말씀하신 게시물
{N[0]}
{N[1]}
은 내부 검토를 거쳐 운영원칙 위반이 확인되는 경우 삭제될 예정입니다.
처리까지 영업일 기준 3~5일이 소요될 수 있는 점 양해 부탁드립니다.

감사합니다.""",
     outcome="review", review="not_understood",
     items={},
     imitates="네이버 고객센터 '검토 후 조치 예정' 답변",
     why="conditional future ('확인되는 경우 삭제될 예정') states nothing done: review, no status")

# 8 asks more
case(name="naver-asks-for-decision-document", from_="policy@navercorp.com", date="Wed, 11 Sep 2024 15:10:44 +0900",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240910-01) 관련 자료 요청", reply_to_req="req-240910-01",
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 건 중 {N[2]} 게시물의 경우, 게시물 내용만으로는 불법정보 여부를 판단하기 어려워
조치 전 심의 의결서 사본 또는 위법성 판단 근거 자료를 추가로 송부해 주실 것을 요청드립니다.

자료를 받는 대로 검토하여 회신드리겠습니다.

네이버 정책지원팀 드림""",
     outcome="review", review="asks_more", classification="request_for_info",
     items={},
     imitates="portal request for 심의 의결서 / supporting documents before acting",
     why="the platform asks for documents before acting on the item: review asks_more, nothing applied")

# 9 pure ack
case(name="naver-receipt-ack", from_="no-reply@navercorp.com", date="Tue, 10 Sep 2024 10:03:12 +0900",
     subject="[NAVER] 게시중단 요청이 정상적으로 접수되었습니다", reply_to_req="req-240910-01",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""안녕하세요, 네이버 게시중단요청서비스입니다.

고객님의 게시중단 요청이 정상적으로 접수되었습니다.
 - 접수번호: NV-2024091000417
 - 접수일시: 2024-09-10 10:03

처리 결과는 검토 완료 후 메일로 안내드리겠습니다.
진행 상황은 게시중단요청서비스 > 나의 요청 내역에서 확인하실 수 있습니다.

""" + NAVER_FOOTER,
     outcome="ignored",
     items={},
     imitates="네이버 게시중단요청서비스 접수 완료 자동 메일",
     why="automatic receipt with a ticket number that states nothing about any item: ignored (acknowledgement or auto_reply)")

# 10 quoted-printable
qp_text = f"""안녕하세요. 네이버 지식iN 운영팀입니다.

신고하신 질문 게시물 {N[6]} 은(는)
불법 도박 홍보에 해당하여 운영자에 의해 삭제 처리되었습니다.

지식iN 운영정책: https://kin.naver.com/policy/main.naver
감사합니다.
"""
case(name="naver-kin-quoted-printable", from_="kin_admin@naver.com", date="Fri, 13 Sep 2024 08:55:00 +0900",
     subject="=?UTF-8?B?" + base64.b64encode("[지식iN] 신고 게시물 처리 안내".encode()).decode() + "?=",
     reply_to_req="req-240910-01",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
     + quopri.encodestring(qp_text.encode("utf-8")).decode("ascii"),
     outcome="applied", classification="confirmation",
     items={N[6]: "removed"},
     imitates="네이버 지식iN 신고 처리 안내 (quoted-printable, encoded subject)",
     why="'운영자에 의해 삭제 처리' = removed; URL followed by the particle 은(는); policy link is not an item")

# 11 공문 style
case(name="naver-gongmun-mixed-results", from_="policy@navercorp.com", date="Wed, 18 Sep 2024 13:22:41 +0900",
     subject="[회신] 시정요구(KCSC-240910-01)에 대한 조치결과 통보", reply_to_req="req-240910-01",
     body=f"""수신: 방송통신심의위원회 통신심의국
제목: 시정요구에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 관련: 방송통신심의위원회 시정요구(KCSC-240910-01, 2024. 9. 10.)
3. 위 호와 관련하여 당사의 조치결과를 아래와 같이 통보합니다.

  가. 삭제 완료
     - {N[0]}
     - {N[1]}
  나. 미조치 (사유: 게시물 내용상 불법정보 해당 여부 불명확, 운영원칙 위반 없음)
     - {N[3]}

붙임: 없음.  끝.

네이버 주식회사 대표이사 (직인생략)""",
     outcome="applied", classification="confirmation",
     items={N[0]: "removed", N[1]: "removed", N[3]: "rejected"},
     imitates="Korean 공문 '시정요구에 대한 조치결과 통보' (수신/제목/관련/가.나. 항목/끝.)",
     why="URLs on the lines below headed groups: '삭제 완료' = removed; '미조치' with a reason (no rule broken) = rejected")

# 12 partial
case(name="naver-one-done-one-reviewing", from_="cafe_help@naver.com", date="Sun, 15 Sep 2024 19:07:26 +0900",
     subject="Re: KCSC-240910-01 카페 게시물 처리 현황", reply_to_req="req-240910-01",
     body=f"""안녕하세요, 네이버 카페팀입니다.

{N[4]} 게시물은 9월 15일 삭제 조치를 완료하였습니다.
{N[5]} 카페는 현재 운영 정책팀에서 추가 검토 중이며, 결과가 나오는 대로 안내드리겠습니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     items={N[4]: "removed"},
     imitates="네이버 카페팀 처리 현황 답변 (one done, one under review)",
     why="the first item was removed; the second is under review and stays pending")

# 13 lookalike unknown sender
case(name="naver-lookalike-sender", from_="notice@naver-rightscenter.com", date="Thu, 12 Sep 2024 12:00:31 +0900",
     name_from="NAVER 권리보호센터",
     subject="[NAVER] 게시중단 처리 완료 안내 (KCSC-240910-01)", reply_to_req="req-240910-01",
     body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 아래 게시물을 모두 삭제 처리하였습니다.

{N[0]}
{N[1]}
{N[2]}

감사합니다.""",
     outcome="review", review="unknown_sender",
     items={},
     imitates="네이버 게시중단 처리 완료 안내, sent from a look-alike domain",
     why="authenticated but naver-rightscenter.com is no platform's domain; it names our items: unknown_sender, nothing applied")

# 14 dmarc fail
case(name="naver-dmarc-fail", from_="policy@navercorp.com", auth="fail", date="Fri, 13 Sep 2024 18:44:02 +0900",
     subject="Re: 시정요구 (KCSC-240910-01) 조치 완료", reply_to_req="req-240910-01",
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

아래 게시물은 삭제 조치를 완료하였습니다.
- {N[8]}
- {N[9]}

감사합니다.""",
     outcome="review", review="untrusted",
     items={},
     imitates="네이버 조치 완료 회신 with failing DMARC (spoof attempt)",
     why="perfect confirmation but dmarc=fail for navercorp.com: untrusted, nothing applied")

# 15 kakao: reported content + echoed report
case(name="kakao-cafe-blind-echoed-report", from_="cleancenter@daum.net", date="Thu, 12 Sep 2024 10:31:58 +0900",
     subject="[Daum 카페] 신고하신 게시물에 대한 처리 결과 안내", reply_to_req="req-240911-01",
     body=f"""안녕하세요. Daum 클린센터입니다.

신고하신 게시물을 살펴본 결과, 타인의 명예를 훼손하는 내용이 확인되어
운영정책에 따라 해당 게시물을 블라인드 처리하였습니다.

■ 신고 내용
 - 신고 유형: 명예훼손
 - 신고 게시물: {K[0]}
 - 신고 일시: 2024-09-11 11:00

운영정책 보기: https://policy.daum.net/policy/operation
카카오 고객센터: https://cs.kakao.com

※ 본 메일은 발신전용입니다.
(주)카카오 | 제주특별자치도 제주시 첨단로 242""",
     outcome="applied", classification="confirmation",
     items={K[0]: "removed"},
     imitates="Daum 클린센터 '신고가 접수되어 살펴본 결과 … 블라인드' notice with echoed report",
     why="statement about 'the reported post' followed by the echoed report listing it: 블라인드 = removed; policy/cs links are not items")

# 16
case(name="kakao-tistory-deleted-and-gone", from_="tistory-report@kakaocorp.com", date="Fri, 13 Sep 2024 15:16:20 +0900",
     subject="[티스토리] 게시중단 요청 처리 결과 (KCSC-240911-01)", reply_to_req="req-240911-01",
     body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 게시글의 처리 결과를 안내드립니다.

• {K[1]} : 삭제 완료
• {K[2]} : 이미 삭제되었거나 존재하지 않는 게시글입니다.

티스토리 운영정책 https://www.tistory.com/policy
감사합니다.""",
     outcome="applied", classification="confirmation",
     items={K[1]: "removed", K[2]: "not_found"},
     imitates="티스토리 게시중단 요청 처리 결과 (bulleted per-line statuses)",
     why="per-line statuses: 삭제 완료 = removed; '이미 삭제되었거나 존재하지 않는' = not_found")

# 17
case(name="kakao-openchat-access-blocked", from_="kakaotalk-policy@kakaocorp.com", date="Sat, 14 Sep 2024 11:48:39 +0900",
     subject="Re: [KCSC-240911-01] 오픈채팅방 조치 결과", reply_to_req="req-240911-01",
     body=f"""안녕하세요, 카카오 운영정책팀입니다.

요청하신 오픈채팅방({K[3]})은 운영정책 위반이 확인되어
2024년 9월 13일부로 접근 제한 조치되었습니다.

카카오톡 운영정책: https://www.kakao.com/policy/oppolicy
감사합니다.""",
     outcome="applied", classification="confirmation",
     items={K[3]: "restricted"},
     imitates="카카오 오픈채팅 이용제한 안내 (cs.kakao.com 도움말 wording)",
     why="'접근 제한 조치되었습니다' is the restriction family of issue 11; URL inside full-width-free parentheses followed by 은")

# 18
case(name="kakao-news-comment-kept", from_="cleancenter@daum.net", date="Mon, 16 Sep 2024 16:03:05 +0900",
     subject="[Daum] 신고 처리 결과 안내", reply_to_req="req-240911-01",
     body=f"""안녕하세요. Daum 클린센터입니다.

신고하신 게시물({K[4]})을 검토하였으나,
운영정책상 게시 제한 요건에 해당하지 않아 게시물을 그대로 유지하기로 하였습니다.

결과에 이의가 있으신 경우 고객센터로 문의해 주세요. https://cs.daum.net

감사합니다.""",
     outcome="applied", classification="confirmation",
     items={K[4]: "rejected"},
     imitates="Daum 클린센터 '요건 미비 – 규제 하지 않음' result (clean.kakao.com 처리 절차)",
     why="does not meet the restriction criteria, kept as is = rejected")

# 19 OOO
case(name="kakao-out-of-office", from_="jiyoung.park@kakaocorp.com", date="Wed, 11 Sep 2024 11:00:40 +0900",
     name_from="박지영",
     subject="[부재중] Re: [방송통신심의위원회] 시정요구 (KCSC-240911-01)", reply_to_req="req-240911-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body=f"""안녕하세요. 박지영입니다.
9월 11일부터 9월 18일까지 휴가로 부재중입니다.
급한 용무는 정책팀 대표 메일(report@kakaocorp.com)로 연락 부탁드립니다.

{quoted_request("KCSC-240911-01", K)}""",
     outcome="ignored", classification="auto_reply",
     items={},
     imitates="Korean Outlook 부재중 자동회신 quoting the request",
     why="out-of-office auto-reply; the quoted request's URLs and '삭제' wording never count")

# 20 multipart/alternative
alt_plain = f"""안녕하세요, 카카오입니다.

요청하신 게시물의 조치 결과입니다.
1) {K[1]} - 임시조치(30일)
2) {K[2]} - 삭제

감사합니다."""
alt_html = f"""<html><body><p>안녕하세요, 카카오입니다.</p><p>요청하신 게시물의 조치 결과입니다.</p>
<ol><li><a href="{K[1]}">{K[1]}</a> - 임시조치(30일)</li>
<li><a href="{K[2]}">{K[2]}</a> - 삭제</li></ol><p>감사합니다.</p></body></html>"""
case(name="kakao-multipart-alternative", from_="report@kakaocorp.com", date="Sun, 15 Sep 2024 13:37:12 +0900",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240911-01)", reply_to_req="req-240911-01",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="alt77kk"

--alt77kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(alt_plain.encode())}
--alt77kk
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(alt_html.encode())}
--alt77kk--
""",
     outcome="applied", classification="confirmation",
     items={K[1]: "restricted", K[2]: "removed"},
     imitates="Kakao policy team reply, multipart/alternative with base64 parts",
     why="equivalent text/HTML parts, statuses once each: 임시조치 = restricted, 삭제 = removed")

# 21 YouTube Korean geo
case(name="yt-korean-office-geo-restricted", from_="legal-kr@google.com", date="Fri, 13 Sep 2024 17:02:48 +0900",
     subject="[YouTube] 법적 요청 처리 결과 안내 - KCSC-240912-01", reply_to_req="req-240912-01",
     body=f"""안녕하세요.

YouTube 법무팀입니다. 귀 위원회가 신고하신 콘텐츠를 검토하였습니다.

현지 법률 위반 신고에 따라 다음 콘텐츠에 대한 대한민국 내 액세스를 제한했습니다.

{Y[0]}
{Y[1]}

해당 콘텐츠는 다른 국가에서는 계속 이용 가능할 수 있습니다.
YouTube의 법적 정책에 대한 자세한 내용은 https://support.google.com/youtube/answer/6154230 을 참고하세요.

감사합니다.
YouTube 법무팀

© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""",
     outcome="applied", classification="confirmation",
     items={Y[0]: "restricted", Y[1]: "restricted"},
     imitates="YouTube legal removal outcome, Korean version ('대한민국 내 액세스를 제한했습니다')",
     why="country-level restriction = restricted; 'may remain available elsewhere' is boilerplate, not a hedge; support link is not an item")

# 22 age restriction
case(name="yt-age-restricted-en", from_="youtube-noreply@google.com", date="Sat, 14 Sep 2024 03:15:27 +0900",
     subject="Update on your YouTube report [KCSC-240912-01]", reply_to_req="req-240912-01",
     body=f"""Hello,

Thanks for reaching out to YouTube.

After reviewing the content you reported, we have applied an age restriction to the following Short. It is no longer visible to signed-out viewers or to users under 18:

{Y[2]}

To learn more about age-restricted content, visit https://support.google.com/youtube/answer/2802167.

Sincerely,
The YouTube Team""",
     outcome="applied", classification="confirmation",
     items={Y[2]: "restricted"},
     imitates="YouTube 'age restriction applied' report outcome email",
     why="age restriction is restriction; URL on the line below its statement")

# 23 raw IRI handle
case(name="yt-korean-handle-channel-terminated", from_="legal-kr@google.com", date="Mon, 16 Sep 2024 10:40:09 +0900",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240912-01) - 채널 관련", reply_to_req="req-240912-01",
     body=f"""안녕하세요.

요청하신 채널 {Y4_IRI} 은 YouTube 커뮤니티 가이드 위반(과도한 노출 및 성적인 콘텐츠)으로
검토 결과 채널이 해지되어 더 이상 YouTube에서 이용할 수 없습니다.

커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

YouTube 법무팀 드림""",
     outcome="applied", classification="confirmation",
     items={Y4: "removed"},
     imitates="YouTube channel termination notice (Korean)",
     why="raw Korean handle IRI must match the percent-encoded item; channel terminated, no longer available = removed")

# 24 mixed no-violation / under review
case(name="yt-no-violation-and-under-review", from_="legal-kr@google.com", date="Tue, 17 Sep 2024 22:08:51 +0900",
     subject="Re: KCSC-240912-01", reply_to_req="req-240912-01",
     body=f"""Hello,

Thank you for your notice. We have completed our review of the following URL:

{Y[0]}
We did not find this video to be in violation of our Community Guidelines, and it was not found to be unlawful under the laws cited in your notice. As a result we will not be taking action on it at this time.

The following URL remains under review and we will follow up separately:
{Y[1]}

Regards,
Google Legal Support""",
     outcome="applied", classification="confirmation",
     items={Y[0]: "rejected"},
     imitates="Google Legal Support 'we will not be taking action' outcome with a pending item",
     why="no violation + no action = rejected for the first URL; the second remains under review and stays pending")

# 25 outlook original message
case(name="yt-outlook-original-message", from_="legal-kr@google.com", date="Thu, 19 Sep 2024 09:12:30 +0900",
     subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240912-01)", reply_to_req="req-240912-01",
     body=f"""담당자님,

{Y[1]} 영상은 커뮤니티 가이드 위반으로 삭제되었습니다.

감사합니다.
Google 법무지원팀

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 9:30 AM
To: legal-kr@google.com
Subject: [방송통신심의위원회] 시정요구 (KCSC-240912-01)

아래 정보에 대하여 삭제 조치를 요청합니다.
1. {Y[0]}
2. {Y[1]}
3. {Y[2]}
4. {Y4}
조치 후 결과(삭제 완료 여부)를 회신하여 주시기 바랍니다.""",
     outcome="applied", classification="confirmation",
     items={Y[1]: "removed"},
     imitates="Outlook '-----Original Message-----' style reply from Google's Korean legal support",
     why="only the top statement counts: one video removed; the unmarked Outlook-quoted request (with '삭제') must not apply anything")

# 26 X withheld
case(name="x-withheld-in-korea-bulleted", from_="legal@x.com", date="Fri, 13 Sep 2024 23:59:10 +0900",
     subject="Re: KCSC-240913-01 [ref:_00D5xx_500Rx7Hk:ref]", reply_to_req="req-240913-01",
     body=f"""Hello,

We have received your request and reviewed the reported content. In accordance with our Country Withheld Content policy, we have withheld the following content in South Korea:

* {X[0]}
* {X[1]}

This content remains available outside South Korea. Learn more: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thank you,
X Legal

ref:_00D5xx_500Rx7Hk:ref""",
     outcome="applied", classification="confirmation",
     items={X[0]: "restricted", X[1]: "restricted"},
     imitates="X 'Country Withheld Content' notice to a reporting authority",
     why="'we have received your request' plus unhedged statements is not an acknowledgement; withheld in KR = restricted; third post untouched")

# 27 X Korean mixed
case(name="x-korean-mixed-removed-rejected", from_="legal-kr@x.com", date="Mon, 16 Sep 2024 14:27:33 +0900",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240913-01)", reply_to_req="req-240913-01",
     body=f"""안녕하세요, X 법무팀입니다.

요청하신 게시물에 대한 검토 결과를 안내드립니다.

{X[2]}
해당 게시물은 X 규칙(불법 또는 특정 규제 상품 및 서비스) 위반으로 삭제되었습니다.

{X[0]}
검토 결과 X 규칙 위반이 확인되지 않아 별도의 조치를 취하지 않았습니다.

X 규칙: https://help.x.com/ko/rules-and-policies/x-rules

감사합니다.""",
     outcome="applied", classification="confirmation",
     items={X[2]: "removed", X[0]: "rejected"},
     imitates="X legal reply in Korean, statement on the line below each bare URL",
     why="status on the line(s) below each bare URL: removed, then no violation/no action = rejected")

# 28 bounce of our reminder
dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com
Subject: [독촉] 시정요구 (KCSC-240913-01) 조치결과 회신 요청
Message-ID: <rem-240918-01-1@kcsc.example>
Date: Wed, 18 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

아래 게시물에 대한 조치결과를 회신해 주십시오.
{X[0]}
{X[1]}
{X[2]}
"""
case(name="x-reminder-bounce-dsn", from_="MAILER-DAEMON@mx.kcsc.example", auth="none",
     name_from="Mail Delivery System",
     date="Wed, 18 Sep 2024 10:00:07 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn77x"

--dsn77x
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@x.com>: host mx1.x.com[203.0.113.25] said: 452 4.2.2 Mailbox full

--dsn77x
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 18 Sep 2024 10:00:01 +0900

Final-Recipient: rfc822; legal@x.com
Action: failed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--dsn77x
Content-Type: message/rfc822

{dsn_orig}
--dsn77x--
""",
     outcome="ignored", classification="bounce",
     items={},
     imitates="Postfix delivery status notification (multipart/report) of our own reminder",
     why="a bounce of our reminder, whoever sent it: ignored; the embedded reminder's URLs never count")

# 29 TikTok Korean removed
case(name="tiktok-korean-removed", from_="legal-kr@tiktok.com", date="Tue, 17 Sep 2024 12:14:45 +0900",
     subject="[TikTok] 신고 처리 결과 안내 (KCSC-240916-01)", reply_to_req="req-240916-01",
     body=f"""안녕하세요.

TikTok 신뢰 및 안전팀입니다. 신고해 주셔서 감사합니다.

신고하신 동영상을 검토한 결과, 커뮤니티 가이드 중 '성적 행위 및 합성 미디어' 정책 위반이 확인되어 해당 동영상을 삭제했습니다.

신고된 동영상: {T[0]}
신고 번호: TT-KR-88120457

TikTok 커뮤니티 가이드: https://www.tiktok.com/community-guidelines/ko-kr/

TikTok 팀 드림""",
     outcome="applied", classification="confirmation",
     items={T[0]: "removed"},
     imitates="TikTok report outcome ('we removed the video') in Korean with echoed report",
     why="statement about 'the reported video' then the echoed report line naming it: removed; second video stays pending")

# 30 TikTok restricted + not found
case(name="tiktok-region-restricted-and-invalid", from_="legal-kr@tiktok.com", date="Wed, 18 Sep 2024 18:30:02 +0900",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240916-01)", reply_to_req="req-240916-01",
     body=f"""안녕하세요, TikTok 법무팀입니다.

1. {T[0]}
   현지 법률에 따라 대한민국에서 해당 동영상을 볼 수 없도록 제한했습니다.
2. {T[1]}
   제공해 주신 링크로 콘텐츠를 찾을 수 없습니다. 링크가 유효하지 않거나 이미 존재하지 않는 동영상입니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     items={T[0]: "restricted", T[1]: "not_found"},
     imitates="TikTok legal reply: local-law restriction and 'could not locate the content'",
     why="numbered list with statuses on the line below each URL: country restriction = restricted; invalid link / does not exist = not_found")

# 31 TikTok ack
case(name="tiktok-ticket-ack", from_="legal-kr@tiktok.com", date="Mon, 16 Sep 2024 10:02:15 +0900",
     subject="We've received your request [Ticket #5512098]", reply_to_req="req-240916-01",
     body="""Hi there,

Thank you for contacting TikTok. We have received your report and created ticket #5512098.

Our team will review your request and get back to you as soon as possible. Please do not reply to this message; replies to this address are not monitored.

Best regards,
TikTok Legal Support""",
     outcome="ignored", classification="acknowledgement",
     items={},
     imitates="TikTok / Zendesk-style ticket receipt",
     why="pure ticket receipt saying nothing about any item: ignored acknowledgement")

# 32 Meta XLSX
xlsx = make_xlsx([
    ["Content URL", "Decision", "Policy"],
    [M[0], "Removed", "Fraud and Deception"],
    [M[1], "Restricted in South Korea", "Local law"],
    [M[2], "No action - does not go against our Community Standards", "-"],
])
case(name="meta-xlsx-decisions", from_="kr-regulator@meta.com", date="Thu, 12 Sep 2024 19:55:21 +0900",
     subject="RE: KCSC-240909-01 – outcome of your report", reply_to_req="req-240909-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="meta77x"

--meta77x
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요,

Meta 정책팀입니다. 보내주신 요청(KCSC-240909-01)에 대한 검토 결과를 첨부 파일에 정리하였습니다.

Transparency Center: https://transparency.meta.com/enforcement/

Meta Platforms, Inc.
--meta77x
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240909-01_outcome.xlsx"
Content-Disposition: attachment; filename="KCSC-240909-01_outcome.xlsx"
Content-Transfer-Encoding: base64

{b64(xlsx)}
--meta77x--
""",
     outcome="applied", classification="confirmation",
     items={M[0]: "removed", M[1]: "restricted", M[2]: "rejected"},
     imitates="Meta government-request outcome spreadsheet (XLSX) with a Korean cover note",
     why="XLSX rows: Removed; Restricted in South Korea; 'No action – does not go against our Community Standards' = rejected")

# 33 MDN
case(name="meta-read-receipt", from_="kr-regulator@meta.com", date="Mon, 09 Sep 2024 15:20:44 +0900",
     subject="읽음: [방송통신심의위원회] 시정요구 (KCSC-240909-01)", reply_to_req="req-240909-01",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn77m"

--mdn77m
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: kr-regulator@meta.com
제목: [방송통신심의위원회] 시정요구 (KCSC-240909-01)
보낸 날짜: 2024-09-09 오후 3:00

메시지를 2024-09-09 오후 3:20에 읽었습니다.
--mdn77m
Content-Type: message/disposition-notification

Reporting-UA: outlook.meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;kr-regulator@meta.com
Original-Message-ID: <req-240909-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn77m--
""",
     outcome="ignored", classification="read_receipt",
     items={},
     imitates="Outlook Korean read receipt ('읽음:'), multipart/report disposition-notification",
     why="MDN read receipt: ignored, not forwarded")

# 34 wrong platform
case(name="meta-speaks-of-x-post", from_="kr-regulator@meta.com", date="Tue, 17 Sep 2024 11:11:11 +0900",
     subject="RE: KCSC-240913-01", reply_to_req="req-240913-01",
     body=f"""Hello,

It looks like this request was sent to us in error. The post below is hosted on X, not on any Meta technology:

{X[1]}

We have no ability to remove or restrict content on other services, so no action was taken by Meta. Please contact X directly.

Meta Law Enforcement & Government Outreach""",
     outcome="review", review="wrong_platform",
     items={},
     imitates="Meta 'not our service' reply to a misdirected government request",
     why="a trusted Meta email speaking about an X item: no status for X's item from Meta; review (wrong_platform)")

# 35 Telegram
case(name="tg-channel-blocked", from_="dsa@telegram.org", date="Wed, 18 Sep 2024 02:47:19 +0900",
     subject="Re: KCSC-240917-01", reply_to_req="req-240917-01",
     body=f"""Hello,

Thank you for your report. The channel you reported has been blocked for distributing non-consensual intimate imagery and is no longer accessible on Telegram.

Reported link: {G[0]}

Telegram Abuse Team
https://telegram.org/tos""",
     outcome="applied", classification="confirmation",
     items={G[0]: "removed"},
     imitates="Telegram abuse desk 'channel has been blocked' reply with echoed report",
     why="blocked and no longer accessible (not country-limited) = removed; the echoed report names the item; ToS link is not an item")

# 36 unknown sender telegram
case(name="tg-unknown-sender-claims", from_="support@tg-moderation.example", date="Wed, 18 Sep 2024 08:05:00 +0900",
     name_from="Telegram Moderation",
     subject="Re: KCSC-240917-01 — removal confirmed", reply_to_req="req-240917-01",
     body=f"""Dear KCSC,

We confirm that {G[0]} has been deleted.

Telegram Moderation Support""",
     outcome="review", review="unknown_sender",
     items={},
     imitates="spoofed 'Telegram moderation' confirmation from an unrelated domain",
     why="authenticated for a domain that is no platform's, naming our item: unknown_sender, nothing applied")

# 37 ack phrase + statement
case(name="naver-ack-phrase-with-statement", from_="policy@navercorp.com", date="Thu, 19 Sep 2024 11:20:16 +0900",
     subject="Re: 시정요구 (KCSC-240910-01) 접수 및 처리 결과", reply_to_req="req-240910-01",
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

보내주신 시정요구는 9월 10일 접수되었습니다.
검토 결과 {N[1]} 게시물은 게시중단 조치하였습니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     items={N[1]: "removed"},
     imitates="네이버 접수 + 처리 결과 combined reply",
     why="an acknowledgement phrase plus an unhedged statement is not an acknowledgement: 게시중단 = removed")

# 38 transferred, not understood
case(name="kakao-transferred-not-understood", from_="report@kakaocorp.com", date="Fri, 13 Sep 2024 09:41:33 +0900",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240911-01)", reply_to_req="req-240911-01",
     body=f"""안녕하세요, 카카오입니다.

요청하신 건 중 {K[2]} 에 대해서는 티스토리 운영 담당 부서로 이관하였습니다.
담당 부서에서 확인 후 회신드릴 예정입니다.

감사합니다.""",
     outcome="review", review="not_understood",
     items={},
     imitates="Kakao reply 'transferred to the responsible department'",
     why="names a requested item but states no outcome (only a transfer and a promise): must be seen, review not_understood")

# 39 OOO google English
case(name="yt-out-of-office-en", from_="minho.lee@google.com", date="Thu, 12 Sep 2024 09:30:52 +0900",
     name_from="Minho Lee",
     subject="Automatic reply: [방송통신심의위원회] 시정요구 (KCSC-240912-01)", reply_to_req="req-240912-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until 23 September with limited access to email.
For urgent legal requests from Korean authorities, please write to legal-kr@google.com.

Thank you,
Minho""",
     outcome="ignored", classification="auto_reply",
     items={},
     imitates="Outlook 'Automatic reply:' out-of-office message",
     why="out-of-office auto-reply: ignored")

# 40 particles / brackets / full-width
case(name="naver-urls-with-particles-brackets", from_="blog_help@naver.com", date="Sat, 14 Sep 2024 14:58:06 +0900",
     subject="[네이버 블로그] 신고 게시물 처리 안내", reply_to_req="req-240910-01",
     body=f"""안녕하세요, 네이버 블로그팀입니다.

<{N[8]}>의 게시물과 {N[9]}에서 확인된 도박 홍보 글은 운영원칙에 따라 삭제하였습니다（작성자 제재 포함）.
또한 모바일 주소로 신고하신 게시물（{N[10]}）도 함께 삭제되었습니다。

블로그 운영정책: https://blog.naver.com/blogpeople/policy

감사합니다.""",
     outcome="applied", classification="confirmation",
     items={N[8]: "removed", N[9]: "removed", N[10]: "removed"},
     imitates="네이버 블로그팀 신고 처리 안내 (URLs in angle brackets, followed by particles, in full-width brackets)",
     why="URLs written as people write them: <…>의, …에서, （…）: all three removed")

# 41 X policy links not items
case(name="x-removed-with-help-links", from_="legal@x.com", date="Tue, 17 Sep 2024 04:22:18 +0900",
     subject="Re: KCSC-240913-01 [ref:_00D5xx_500Rz2Pq:ref]", reply_to_req="req-240913-01",
     body=f"""Hello,

Following our review, the post at {X[1]} has been removed for violating the X Rules on illegal or certain regulated goods or services (https://help.x.com/en/rules-and-policies/regulated-goods-services).

If you have further questions, see https://help.x.com/en/forms/legal or reply to this email.

X Legal
ref:_00D5xx_500Rz2Pq:ref""",
     outcome="applied", classification="confirmation",
     items={X[1]: "removed"},
     imitates="X legal outcome with policy and form links",
     why="one post removed; the two help.x.com links are not items and are not unmatched claims")

# 42 TikTok dmarc fail
case(name="tiktok-dmarc-fail", from_="legal-kr@tiktok.com", auth="fail", date="Wed, 18 Sep 2024 09:09:09 +0900",
     subject="Re: KCSC-240916-01 처리 완료", reply_to_req="req-240916-01",
     body=f"""안녕하세요, TikTok 법무팀입니다.

요청하신 동영상 2건을 모두 삭제했습니다.
- {T[0]}
- {T[1]}

감사합니다.""",
     outcome="review", review="untrusted",
     items={},
     imitates="TikTok removal confirmation with failing DMARC",
     why="dmarc=fail for tiktok.com: untrusted, nothing applied")


HEADER = """# Blind set 77 (issue 11): general mix, mostly Korean. Generated by make.py;
# expected results written from each email's meaning before anything ran."""


def main():
    write_requests()
    for c in C:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, "blind77", HEADER, C)


if __name__ == "__main__":
    main()
