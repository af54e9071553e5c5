#!/usr/bin/env python3
"""Blind set 59 (issue 11): Korean-language replies (NAVER, Kakao/Daum, and the
Korean offices of YouTube, X, TikTok, Telegram) plus doubtful and ignorable
mail. Expected results written from each email's meaning before any run.

    python3 tests/corpus/blind59/make.py
"""
import base64
import csv
import io
import os
import sys
import zipfile
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

# ---- requests -------------------------------------------------------------
N = {
    1: "https://blog.naver.com/fake_lemon77/223560011201",
    2: "https://blog.naver.com/fake_lemon77/223560011388",
    3: "https://blog.naver.com/nightowl_fk/223571234560",
    4: "https://cafe.naver.com/fakestockclub/88213",
    5: "https://cafe.naver.com/fakestockclub/88240",
    6: "https://cafe.naver.com/가짜투자모임/1502",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471234567",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38123456&memberNo=51234567",
    9: "https://blog.naver.com/sunny_fk2024/223580009912",
    10: "https://cafe.naver.com/fakecoinlounge/30117",
    11: "https://cafe.naver.com/fakecoinlounge/30118",
    12: "https://blog.naver.com/nightowl_fk/223571299001",
    13: "https://tv.naver.com/v/58123401",
    14: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=472345678",
}
N6_PCT = "https://cafe.naver.com/" + quote("가짜투자모임") + "/1502"
K = {
    1: "https://cafe.daum.net/fakehealthclub/Xa1b/2231",
    2: "https://cafe.daum.net/fakehealthclub/Xa1b/2240",
    3: "https://fakediary.tistory.com/187",
    4: "https://fakediary.tistory.com/191",
    5: "https://pf.kakao.com/_xfakeAb/104233112",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qf7kLm2Xp9A",
    2: "https://www.youtube.com/shorts/Zt4Rq8Wn1Bc",
    3: "https://www.youtube.com/watch?v=Hb3Ns6Dy0Ue",
    4: "https://www.youtube.com/@" + quote("가짜채널TV"),
}
Y4_RAW = "https://www.youtube.com/@가짜채널TV"
X = {
    1: "https://x.com/fk_seoulnews/status/1833012345678901234",
    2: "https://x.com/fk_seoulnews/status/1833012345678905678",
    3: "https://x.com/fake_kr_bot/status/1833456789012345678",
}
T = {
    1: "https://www.tiktok.com/@fk.danceclub/video/7412345678901234567",
    2: "https://www.tiktok.com/@fk.danceclub/video/7412345678909876543",
}
G = {1: "https://t.me/fk_korea_leaks/4521"}

REQS = [
    ("KCSC-240910-01", "naver", "2024-09-10T10:00:00+09:00", "2024-09-13T18:00:00+09:00", N, "gambling"),
    ("KCSC-240911-01", "kakao", "2024-09-11T14:00:00+09:00", "2024-09-14T18:00:00+09:00", K, "obscenity"),
    ("KCSC-240912-01", "youtube", "2024-09-12T09:30:00+09:00", "2024-09-15T18:00:00+09:00", Y, "drugs"),
    ("KCSC-240913-01", "x", "2024-09-13T11:00:00+09:00", "2024-09-16T18:00:00+09:00", X, "privacy"),
    ("KCSC-240916-01", "tiktok", "2024-09-16T10:00:00+09:00", "2024-09-19T18:00:00+09:00", T, "harmful"),
    ("KCSC-240917-01", "telegram", "2024-09-17T09:00:00+09:00", "2024-09-20T18:00:00+09:00", G, "privacy"),
]
STORED = dict(N)  # N6 stored raw, Y4 stored percent-encoded


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, items, cat in REQS:
            for k in sorted(items):
                w.writerow([ref, plat, sent, due, items[k], cat, f"<{ref}@kcsc.example>", ""])


def quoted_naver_request():
    lines = ["> 방송통신심의위원회 시정요구 (KCSC-240910-01)", ">",
             "> 아래 게시물에 대하여 삭제 또는 접속차단 등 시정을 요구합니다.", ">"]
    for k in sorted(N):
        lines.append(f"> {k}. {N[k] if k != 6 else N6_PCT}")
    lines += [">", "> 조치 결과를 2024. 9. 13.까지 회신하여 주시기 바랍니다."]
    return "\n".join(lines)


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def xlsx_bytes(rows):
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for i, row in enumerate(rows, 1):
        cells = "".join(cell(chr(65 + j) + str(i), v) for j, v in enumerate(row))
        sheet_rows.append(f'<row r="{i}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="조치결과" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 12, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def qp(text):
    import quopri
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


NAVER_FOOT = """--
NAVER 게시물 모니터링팀 | 정책지원
본 메일은 발신전용이 아닙니다. 회신 시 접수번호를 유지해 주세요.
고객센터: https://help.naver.com/  | 게시중단요청서비스: https://inoti.naver.com/
(13561) 경기도 성남시 분당구 정자일로 95 NAVER 1784"""

KAKAO_FOOT = """--
카카오 고객보호팀 (Trust & Safety)
운영정책: https://www.kakao.com/policy/oppolicy
고객센터: https://cs.kakao.com/
주식회사 카카오 | 제주특별자치도 제주시 첨단로 242"""

cases = []


def add(**c):
    cases.append(c)


# =================== APPLIED: NAVER ===================
add(name="naver-kcsc-result-html-table", frm="policy@navercorp.com",
    date="Thu, 12 Sep 2024 16:20:11 +0900",
    subject="[회신] 방송통신심의위원회 시정요구 조치결과 회신 (KCSC-240910-01)",
    reply_to_req="KCSC-240910-01", type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240910-01)에 대한 당사의 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>삭제</td><td>-</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>게시중단</td><td>-</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>해당 게시물 없음</td><td>URL 확인 불가</td></tr>
</table>
<p>나머지 게시물에 대해서는 확인 후 별도로 회신드리겠습니다.</p>
<p>네이버 주식회사 정책지원실 드림<br>문의: https://help.naver.com/</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed", N[5]: "not_found"},
    imitates="KCSC 시정요구 조치결과 회신 table (연번/URL/조치결과/비고) as portals send it",
    why="per-row statuses: 삭제 -> removed, 임시조치 -> restricted, 게시중단 -> removed, 해당 게시물 없음 -> not_found; the remaining nine items are promised later and stay pending")

add(name="naver-temporary-measure-44-2", frm="noreply-inoti@navercorp.com",
    date="Wed, 11 Sep 2024 09:05:40 +0900",
    subject="[NAVER] 게시중단(임시조치) 처리 결과 안내",
    reply_to_req="KCSC-240910-01",
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
임시조치(30일)를 하였음을 알려드립니다.

 - 대상 게시물: {N[9]}
 - 처리일시: 2024.09.11 08:52
 - 접수번호: 2024091100731

임시조치 기간 중 게시자가 재게시를 요청하는 경우 관련 법령에 따라 처리됩니다.
자세한 내용은 게시중단요청서비스(https://inoti.naver.com/postStop/main.nhn)에서 확인하실 수 있습니다.

{NAVER_FOOT}""",
    outcome="applied", classification="confirmation", items={N[9]: "restricted"},
    imitates="NAVER 게시중단요청서비스 임시조치 처리 결과 notice (Article 44-2 temporary measure)",
    why="임시조치 under Art. 44-2 is the restriction family per issue 11; the inoti/help links are not items")

add(name="naver-cafe-blind-numbered", frm="cafe_safety@naver.com",
    date="Wed, 11 Sep 2024 13:40:02 +0900",
    subject="Re: 시정요구 KCSC-240910-01 카페 게시물 처리 결과",
    reply_to_req="KCSC-240910-01",
    body=f"""방송통신심의위원회 담당자님께,

네이버 카페 운영정책팀입니다. 요청하신 카페 게시물의 처리 결과입니다.

1. {N[10]}
   - 블라인드 처리 완료 (불법 도박 홍보)
2. {N[11]}
   - 블라인드 처리 완료 (불법 도박 홍보)

블라인드 처리된 게시물은 카페 회원을 포함한 모든 이용자에게 노출되지 않습니다.
카페 운영정책: https://cafe.naver.com/cafesupport

감사합니다.
네이버 카페 운영정책팀""",
    outcome="applied", classification="confirmation",
    items={N[10]: "removed", N[11]: "removed"},
    imitates="NAVER cafe 운영정책 블라인드 처리 notice, status on the line below each numbered URL",
    why="블라인드 hides the post from every user: removal family per issue 11")

add(name="naver-kin-deleted-by-operator", frm="kin_report@navercorp.com",
    date="Thu, 12 Sep 2024 10:11:55 +0900",
    subject="[지식iN] 신고 게시물 처리 안내 (KCSC-240910-01)",
    body=f"""안녕하세요, 네이버 지식iN입니다.

방송통신심의위원회에서 요청하신 지식iN 질문 2건은 운영정책 위반(불법 사행성 정보)이 확인되어
운영자에 의해 삭제되었습니다.

{N[7]}
{N[14]}

지식iN 운영정책 안내: https://kin.naver.com/help/policy.naver
{NAVER_FOOT}""",
    outcome="applied", classification="confirmation",
    items={N[7]: "removed", N[14]: "removed"},
    imitates="NAVER 지식iN 운영자 삭제 notice ('운영자에 의해 삭제되었습니다'), URLs on the lines below the statement",
    why="statement then the two URLs below it; deletion by the operator is removal")

add(name="naver-author-deleted-and-private", frm="policy@navercorp.com",
    date="Fri, 13 Sep 2024 11:02:19 +0900",
    subject="RE: [KCSC-240910-01] 시정요구 처리결과 (2차)",
    reply_to_req="KCSC-240910-01",
    body=f"""위원회 담당자님 안녕하십니까.

2차 처리결과 회신드립니다.

■ {N[12]}
 → 당사 확인 시점에 이미 작성자 본인이 삭제한 게시물로, 별도 조치할 대상이 존재하지 않습니다.

■ {N[8]}
 → 네이버 포스트 운영원칙에 따라 해당 게시물을 비공개 처리하였습니다.

감사합니다.
{NAVER_FOOT}""",
    outcome="applied", classification="confirmation",
    items={N[12]: "not_found", N[8]: "removed"},
    imitates="NAVER policy team second-round reply; '작성자 삭제' and '비공개 처리' wording from portal notices",
    why="already deleted by its author before the platform acted -> not_found (issue 11); 비공개 처리 by the operator -> removed")

add(name="naver-tv-no-violation", frm="policy@navercorp.com",
    date="Fri, 13 Sep 2024 15:30:00 +0900",
    subject="RE: [KCSC-240910-01] 네이버TV 영상 검토 결과",
    reply_to_req="KCSC-240910-01",
    body=f"""안녕하십니까, 네이버 정책지원실입니다.

요청하신 네이버TV 영상({N[13]})을 검토하였으나, 해당 영상은 홍보 목적의 도박 사이트 안내가 아닌
관련 보도를 인용한 시사 콘텐츠로 판단되어 운영정책 위반 사항이 확인되지 않았습니다.
이에 따라 해당 영상은 삭제하지 않고 게시를 유지합니다.

이견이 있으시면 회신 주시기 바랍니다.
{NAVER_FOOT}""",
    outcome="applied", classification="confirmation", items={N[13]: "rejected"},
    imitates="NAVER '운영정책 위반 사항이 확인되지 않아 게시를 유지' refusal reply",
    why="no violation found, not deleted, kept online: rejected; the URL is followed by a Korean closing parenthesis")

add(name="naver-top-posted-over-quote", frm="policy@navercorp.com",
    date="Wed, 11 Sep 2024 17:45:10 +0900",
    subject="Re: [KCSC-240910-01] 시정요구",
    reply_to_req="KCSC-240910-01",
    body=f"""담당자님, 우선 처리된 2건 먼저 알려드립니다.

{N[1]} 삭제 완료
{N[2]} 삭제 완료

나머지는 검토 후 회신하겠습니다.

2024년 9월 10일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_naver_request()}""",
    outcome="applied", classification="confirmation",
    items={N[1]: "removed", N[2]: "removed"},
    imitates="Naver Mail / Gmail Korean top-posted reply with '…님이 작성:' quote of our request",
    why="only the two unquoted lines carry statuses; the quoted 14-item list is ours and changes nothing")

add(name="naver-csv-attachment", frm="policy@navercorp.com",
    date="Thu, 12 Sep 2024 18:03:44 +0900",
    subject="[KCSC-240910-01] 조치결과 첨부",
    reply_to_req="KCSC-240910-01",
    raw_mime="""Content-Type: multipart/mixed; boundary="b59csv"

--b59csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

시정요구 건 조치결과를 첨부 파일(CSV)로 송부드립니다.
네이버 정책지원실

--b59csv
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240910-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240910-01.csv"
Content-Transfer-Encoding: base64

""" + b64(("번호,URL,조치결과,조치일\n"
           f"3,{N[3]},삭제,2024-09-12\n"
           f"4,{N[4]},삭제,2024-09-12\n"
           f"5,{N[5]},임시조치,2024-09-12\n").encode("utf-8")) + """
--b59csv--
""",
    outcome="applied", classification="confirmation",
    items={N[3]: "removed", N[4]: "removed", N[5]: "restricted"},
    imitates="portal result spreadsheet sent as CSV attachment (번호,URL,조치결과,조치일)",
    why="CSV rows: 삭제 -> removed, 임시조치 -> restricted")

add(name="naver-status-below-url-plain", frm="policy@navercorp.com",
    date="Fri, 13 Sep 2024 09:12:30 +0900",
    subject="RE: 시정요구(KCSC-240910-01) 블로그 게시물",
    reply_to_req="KCSC-240910-01",
    body=f"""블로그 게시물 처리 결과입니다.

{N[9]}
조치 내용: 게시물 삭제 (불법 사행행위 홍보)

{N[3]}
조치 내용: 존재하지 않는 게시물입니다. (URL 오류 또는 기삭제)

문의사항은 회신 바랍니다.""",
    outcome="applied", classification="confirmation",
    items={N[9]: "removed", N[3]: "not_found"},
    imitates="plain-text portal reply with '조치 내용:' on the line below each bare URL",
    why="status line below each URL; '존재하지 않는 게시물' -> not_found")

add(name="naver-qp-bilingual-percent-url", frm="global-policy@navercorp.com",
    date="Thu, 12 Sep 2024 20:14:09 +0900",
    subject="Re: KCSC-240910-01 / 카페 게시물 처리 결과",
    reply_to_req="KCSC-240910-01",
    raw_mime="""Content-Type: multipart/alternative; boundary="b59alt"

--b59alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""[한국어]
아래 카페 게시물은 불법 도박 광고로 확인되어 삭제 조치하였습니다.
{N6_PCT}

[English]
The cafe post below was confirmed as illegal gambling advertising and has been deleted.
{N6_PCT}

NAVER Corp. Global Policy
""") + """
--b59alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""<html><body><p>[한국어]<br>아래 카페 게시물은 불법 도박 광고로 확인되어 삭제 조치하였습니다.<br><a href="{N6_PCT}">{N6_PCT}</a></p>
<p>[English]<br>The cafe post below was confirmed as illegal gambling advertising and has been deleted.<br><a href="{N6_PCT}">{N6_PCT}</a></p>
<p>NAVER Corp. Global Policy</p></body></html>
""") + """
--b59alt--
""",
    outcome="applied", classification="confirmation", items={N[6]: "removed"},
    imitates="bilingual (Korean/English) portal notice, multipart/alternative, quoted-printable",
    why="item stored with a raw Korean path, written percent-encoded in the email; deleted -> removed")

add(name="naver-korean-particles", frm="policy@navercorp.com",
    date="Thu, 12 Sep 2024 11:48:27 +0900",
    subject="RE: [KCSC-240910-01] 카페 게시물 조치 결과",
    reply_to_req="KCSC-240910-01",
    body=f"""안녕하세요.
{N[4]}에 대해서는 게시중단 조치를 완료하였습니다.
{N[5]} 게시물은 당사 확인 시 이미 삭제되어 존재하지 않는 상태였습니다。
감사합니다.""",
    outcome="applied", classification="confirmation",
    items={N[4]: "removed", N[5]: "not_found"},
    imitates="short Korean portal reply with URLs followed by particles (에 대해서는) and full-width punctuation",
    why="게시중단 completed -> removed; already deleted/does not exist when checked -> not_found")

add(name="naver-outlook-original-message", frm="policy@navercorp.com",
    date="Wed, 11 Sep 2024 15:02:00 +0900",
    subject="RE: [KCSC-240910-01] 시정요구",
    reply_to_req="KCSC-240910-01",
    body=f"""안녕하세요.
요청 목록 3번 블로그 글({N[3]})은 블라인드 처리하였습니다.
나머지 건은 순차 회신드리겠습니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-10 (화) 10:00:00 (GMT+09:00)
Subject: [KCSC-240910-01] 시정요구

아래 게시물에 대하여 삭제 또는 접속차단 등 시정을 요구합니다.
1. {N[1]}
2. {N[2]}
3. {N[3]}
4. {N[4]}
조치 결과를 회신하여 주시기 바랍니다.""",
    outcome="applied", classification="confirmation", items={N[3]: "removed"},
    imitates="Outlook / Naver Works '-----Original Message-----' reply quoting our request",
    why="only N3 is stated blinded; the others are only in the quoted request (and 'will reply in turn')")

add(name="naver-full-list-bulleted", frm="policy@navercorp.com",
    date="Wed, 18 Sep 2024 10:30:00 +0900",
    subject="[최종] KCSC-240910-01 시정요구 조치결과",
    reply_to_req="KCSC-240910-01",
    body=f"""방송통신심의위원회 담당자님께

시정요구(KCSC-240910-01) 14건에 대한 최종 조치결과입니다.

• {N[1]} : 삭제
• {N[2]} : 삭제
• {N[3]} : 삭제
• {N[4]} : 게시중단
• {N[5]} : 게시물 없음(작성자 삭제)
• {N6_PCT} : 삭제
• {N[7]} : 삭제(운영자)
• {N[8]} : 비공개 처리
• {N[9]} : 임시조치
• {N[10]} : 블라인드
• {N[11]} : 블라인드
• {N[12]} : 게시물 없음
• {N[13]} : 위반사항 없음(게시 유지)
• {N[14]} : 삭제(운영자)

{NAVER_FOOT}""",
    outcome="applied", classification="confirmation",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed", N[5]: "not_found",
           N[6]: "removed", N[7]: "removed", N[8]: "removed", N[9]: "restricted", N[10]: "removed",
           N[11]: "removed", N[12]: "not_found", N[13]: "rejected", N[14]: "removed"},
    imitates="portal final result list '• URL : 조치결과' (KCSC 시정요구 final answer)",
    why="one status per bullet; 게시물 없음(작성자 삭제) -> not_found; 임시조치 -> restricted; 위반사항 없음(게시 유지) -> rejected")

# =================== APPLIED: KAKAO ===================
add(name="kakao-daum-cafe-temp-measure", frm="cafe_policy@daum.net",
    date="Thu, 12 Sep 2024 10:20:00 +0900",
    subject="[Daum 카페] 권리침해 신고 게시물 임시조치 안내",
    reply_to_req="KCSC-240911-01",
    body=f"""안녕하세요, Daum 카페입니다.

방송통신심의위원회의 요청(KCSC-240911-01)에 따라 아래 게시물을 30일간 임시조치하였습니다.

게시물 주소 : {K[1]}
게시물 주소 : {K[2]}

임시조치된 게시물은 조치 기간 동안 다른 이용자가 볼 수 없습니다.
Daum 카페 운영정책: https://cafe.daum.net/_service/notice

{KAKAO_FOOT}""",
    outcome="applied", classification="confirmation",
    items={K[1]: "restricted", K[2]: "restricted"},
    imitates="Daum 카페 임시조치 안내 (게시물 주소 : URL lines)",
    why="임시조치 -> restricted (issue 11 puts 임시조치 in the restriction family)")

add(name="kakao-tistory-html-table", frm="policy@kakaocorp.com",
    date="Thu, 12 Sep 2024 17:55:31 +0900",
    subject="[카카오] 시정요구 조치결과 회신 (KCSC-240911-01)",
    reply_to_req="KCSC-240911-01", type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>요청하신 티스토리 게시물 조치결과를 알려드립니다.</p>
<table border="1" cellpadding="4">
<thead><tr><th>URL</th><th>서비스</th><th>처리 결과</th></tr></thead>
<tbody>
<tr><td><a href="{K[3]}">{K[3]}</a></td><td>티스토리</td><td>게시물 삭제</td></tr>
<tr><td><a href="{K[4]}">{K[4]}</a></td><td>티스토리</td><td>비공개 전환 (운영자 조치)</td></tr>
</tbody></table>
<p>티스토리 운영정책: <a href="https://www.tistory.com/policy">https://www.tistory.com/policy</a></p>
<p>카카오 고객보호팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    items={K[3]: "removed", K[4]: "removed"},
    imitates="Kakao 조치결과 회신 HTML table (URL/서비스/처리 결과)",
    why="게시물 삭제 -> removed; 비공개 전환 by the operator -> removed; the policy link is not an item")

add(name="kakao-channel-invalid-url", frm="policy@kakaocorp.com",
    date="Fri, 13 Sep 2024 09:40:00 +0900",
    subject="RE: [KCSC-240911-01] 카카오톡 채널 게시물",
    reply_to_req="KCSC-240911-01",
    body=f"""안녕하세요, 카카오 고객보호팀입니다.

요청하신 카카오톡 채널 게시물 {K[5]} 은(는) 유효하지 않은 URL로,
당사 시스템에서 해당 게시물을 찾을 수 없습니다.

URL을 다시 확인해 주시면 재검토하겠습니다.
{KAKAO_FOOT}""",
    outcome="applied", classification="confirmation", items={K[5]: "not_found"},
    imitates="Kakao CS reply 'invalid URL, cannot find the post' (유효하지 않은 URL / 찾을 수 없습니다)",
    why="cannot find the post -> not_found; the offer to re-check a corrected URL is not a request for information about this item. ARGUABLE: could be read as asks_more")

XLSX = xlsx_bytes([["URL", "조치결과", "사유"],
                   [K[1], "삭제", "음란물 유포"],
                   [K[2], "삭제", "음란물 유포"],
                   [K[3], "조치 불가", "운영정책 위반 사항 없음"]])
add(name="kakao-xlsx-attachment", frm="policy@kakaocorp.com",
    date="Sat, 14 Sep 2024 11:11:11 +0900",
    subject="[KCSC-240911-01] 조치결과표 송부",
    reply_to_req="KCSC-240911-01",
    raw_mime="""Content-Type: multipart/mixed; boundary="b59xlsx"

--b59xlsx
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 요청 건에 대한 조치결과표를 첨부드립니다.
카카오 고객보호팀

--b59xlsx
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="kakao_result.xlsx"
Content-Disposition: attachment; filename="kakao_result.xlsx"
Content-Transfer-Encoding: base64

""" + b64(XLSX) + """
--b59xlsx--
""",
    outcome="applied", classification="confirmation",
    items={K[1]: "removed", K[2]: "removed", K[3]: "rejected"},
    imitates="Kakao 조치결과표 XLSX attachment (URL/조치결과/사유)",
    why="rows: 삭제 -> removed; '조치 불가' with reason '운영정책 위반 사항 없음' -> rejected")

# =================== APPLIED: YOUTUBE (Korean office) ===================
YT_FOOT = """Google LLC 법무팀
YouTube 커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
법적 삭제 요청 안내: https://support.google.com/legal/answer/3110420
© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043"""

add(name="yt-korean-blocked-and-removed", frm="legal-kr@google.com", name_from="Google Legal Support",
    date="Fri, 13 Sep 2024 14:22:05 +0900",
    subject="[6-1234000012345] YouTube 법적 요청 처리 결과 - KCSC-240912-01",
    reply_to_req="KCSC-240912-01",
    body=f"""안녕하세요.

Google에 연락해 주셔서 감사합니다. 요청하신 콘텐츠를 검토한 결과를 알려드립니다.

현지 법률에 따라 다음 동영상에 대한 액세스를 대한민국에서 차단했습니다.
{Y[1]}

다음 동영상은 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
{Y[2]}

감사합니다.

{YT_FOOT}""",
    outcome="applied", classification="confirmation",
    items={Y[1]: "restricted", Y[2]: "removed"},
    imitates="Google legal removals outcome email (Korean): 'blocked access in Korea under local law' / 'removed for Community Guidelines violation'",
    why="country block -> restricted; removal from YouTube -> removed; help/policy links are not items")

add(name="yt-channel-terminated-raw-handle", frm="legal-kr@google.com", name_from="Google Legal Support",
    date="Sat, 14 Sep 2024 10:02:44 +0900",
    subject="Re: KCSC-240912-01 채널 관련",
    reply_to_req="KCSC-240912-01",
    body=f"""안녕하세요.

신고하신 채널 {Y4_RAW} 은 YouTube 서비스 약관 및 커뮤니티 가이드를 반복적으로 위반하여
해지되었습니다. 해지된 채널의 모든 콘텐츠는 더 이상 YouTube에서 볼 수 없습니다.

{YT_FOOT}""",
    outcome="applied", classification="confirmation", items={Y[4]: "removed"},
    imitates="YouTube channel termination notice (Korean), channel handle written as a raw Korean IRI",
    why="channel terminated, no longer viewable -> removed; item stored percent-encoded, email writes it raw")

add(name="yt-age-restricted-url-below", frm="legal-kr@google.com", name_from="Google Legal Support",
    date="Sun, 15 Sep 2024 09:17:00 +0900",
    subject="[6-1234000012399] 검토 결과 안내",
    reply_to_req="KCSC-240912-01",
    body=f"""안녕하세요.

검토 결과, 다음 동영상에는 연령 제한을 적용했습니다:
{Y[3]}

연령 제한 동영상은 로그아웃한 사용자나 만 18세 미만 사용자에게 표시되지 않습니다.
자세한 내용: https://support.google.com/youtube/answer/2802167

{YT_FOOT}""",
    outcome="applied", classification="confirmation", items={Y[3]: "restricted"},
    imitates="YouTube age-restriction outcome (Korean), URL on the line below its statement",
    why="age restriction -> restricted")

add(name="yt-english-no-action", frm="legal-kr@google.com", name_from="Google Legal Support",
    date="Mon, 16 Sep 2024 08:40:12 +0900",
    subject="[6-1234000012401] Your legal request - KCSC-240912-01",
    reply_to_req="KCSC-240912-01",
    body=f"""Hello,

Thank you for your notice. After review, we have decided not to take action on the content below,
as it does not violate our Community Guidelines and we did not find it to be unlawful under local law.

{Y[3]}

If you have additional information, you may submit a new request at https://support.google.com/legal.

Regards,
The Google Team""",
    outcome="applied", classification="confirmation", items={Y[3]: "rejected"},
    imitates="Google legal 'we have decided not to take action' outcome email",
    why="decision not to act with a reason (no violation) -> rejected; the new-request link is not an item")

# =================== APPLIED: X, TikTok, Telegram ===================
add(name="x-korean-withheld", frm="legal@x.com",
    date="Sat, 14 Sep 2024 02:15:33 +0900",
    subject="Re: KCSC-240913-01 [ref:!00D0b0fake.500Ufake:ref]",
    reply_to_req="KCSC-240913-01",
    body=f"""안녕하세요,

귀하의 요청에 따라 검토한 결과, 아래 게시물은 대한민국에서 보류(withheld)되었습니다.
해당 게시물은 대한민국 외 지역에서는 계속 볼 수 있습니다.

{X[1]}
{X[2]}

국가별 콘텐츠 보류 정책: https://help.x.com/ko/rules-and-policies/post-withheld-by-country

감사합니다.
X 법무팀""",
    outcome="applied", classification="confirmation",
    items={X[1]: "restricted", X[2]: "restricted"},
    imitates="X 'Post withheld in country' notice (Korean translation) with Salesforce-style ref tag",
    why="withheld in Korea, visible elsewhere -> restricted")

add(name="x-status-per-line-english", frm="legal@x.com",
    date="Sun, 15 Sep 2024 06:40:00 +0900",
    subject="Case #0193847 - KCSC-240913-01",
    reply_to_req="KCSC-240913-01",
    body=f"""Hello,

We have reviewed the reported content. Results:

{X[3]} - Account suspended; the post is no longer available on X.
{X[1]} - Withheld in South Korea.

Thanks,
X Support""",
    outcome="applied", classification="confirmation",
    items={X[3]: "removed", X[1]: "restricted"},
    imitates="X support per-line results ('URL - result')",
    why="account suspended, post no longer available -> removed; withheld in Korea -> restricted")

add(name="tiktok-korean-restricted-echoed-report", frm="legal-kr@tiktok.com", name_from="TikTok",
    date="Tue, 17 Sep 2024 13:05:00 +0900",
    subject="TikTok 신고 처리 결과 안내",
    reply_to_req="KCSC-240916-01",
    body=f"""안녕하세요,

TikTok에 신고해 주셔서 감사합니다. 신고하신 콘텐츠를 검토한 결과,
현지 법률에 따라 해당 콘텐츠를 대한민국에서 이용할 수 없도록 제한했습니다.

신고 내용
- 신고 번호: KR-20240916-8812
- 신고자: 방송통신심의위원회
- 신고된 콘텐츠:
  {T[1]}
  {T[2]}

TikTok 커뮤니티 가이드: https://www.tiktok.com/community-guidelines/ko-kr
TikTok Pte. Ltd.""",
    outcome="applied", classification="confirmation",
    items={T[1]: "restricted", T[2]: "restricted"},
    imitates="TikTok report outcome notice (Korean) with 'reported content' statement followed by the echoed report",
    why="statement about 'the reported content' followed by the echoed report listing both videos: restricted in Korea")

add(name="tiktok-english-removed-and-not-found", frm="legal-kr@tiktok.com", name_from="TikTok",
    date="Wed, 18 Sep 2024 09:00:00 +0900",
    subject="Re: KCSC-240916-01",
    reply_to_req="KCSC-240916-01",
    body=f"""Hi,

Thanks for your report. Outcome:
1. {T[1]} — We removed this video for violating our Community Guidelines.
2. {T[2]} — We couldn't find this video. It may have been deleted by the creator before our review.

TikTok Trust & Safety""",
    outcome="applied", classification="confirmation",
    items={T[1]: "removed", T[2]: "not_found"},
    imitates="TikTok report outcome ('We removed…' / 'We couldn't find…'), numbered list",
    why="removed; 'couldn't find' -> not_found (the 'may have been deleted by the creator' hedge only explains why it was not found). ARGUABLE: the hedge sits in its own sentence")

add(name="tg-message-taken-down", frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 21:12:00 +0900",
    subject="Re: KCSC-240917-01",
    reply_to_req="KCSC-240917-01",
    body=f"""Hello,

Thank you for your report. The message {G[1]} has been taken down
for violating Telegram's Terms of Service.

Telegram Abuse Team""",
    outcome="applied", classification="confirmation", items={G[1]: "removed"},
    imitates="Telegram abuse desk one-line reply ('has been taken down')",
    why="taken down -> removed; the sentence continues on the line after the URL")

# =================== REVIEW ===================
add(name="naver-under-review", frm="policy@navercorp.com",
    date="Wed, 11 Sep 2024 10:20:00 +0900",
    subject="RE: [KCSC-240910-01] 시정요구 접수 및 검토 현황",
    reply_to_req="KCSC-240910-01",
    body=f"""안녕하세요.
아래 게시물은 현재 내부 검토 중이며, 검토가 완료되는 대로 조치 결과를 안내드리겠습니다.
- {N[1]}
- {N[2]}
감사합니다.""",
    outcome="review", review="not_understood", items={},
    imitates="Korean portal '현재 내부 검토 중' interim reply",
    why="names items but states no outcome: must not be ignored; nothing applied")

add(name="kakao-future-action", frm="policy@kakaocorp.com",
    date="Fri, 13 Sep 2024 16:00:00 +0900",
    subject="RE: [KCSC-240911-01] 티스토리 게시물",
    reply_to_req="KCSC-240911-01",
    body=f"""안녕하세요, 카카오입니다.
{K[3]} 게시물은 운영정책 위반 소지가 있어 금일 중 삭제 조치할 예정입니다.
조치 완료 후 다시 안내드리겠습니다.""",
    outcome="review", review="not_understood", items={},
    imitates="Kakao interim reply promising deletion (삭제 조치할 예정)",
    why="future tense, not yet done: pending stays, review")

add(name="naver-asks-documents", frm="policy@navercorp.com",
    date="Thu, 12 Sep 2024 14:00:00 +0900",
    subject="RE: [KCSC-240910-01] 추가 자료 요청",
    reply_to_req="KCSC-240910-01",
    body=f"""안녕하세요.
{N[13]} 영상에 대하여 위법성 판단을 위한 근거 자료(심의 의결서 등)를 추가로 제출해 주시면
검토 후 조치하겠습니다.""",
    outcome="review", review="asks_more", items={},
    imitates="portal request for supporting documents (근거 자료 추가 제출)",
    why="asks for documents before acting; no status")

add(name="naver-lookalike-domain", frm="policy@navercorp-support.com", name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 12:12:12 +0900",
    subject="[KCSC-240910-01] 조치 완료",
    reply_to_req="KCSC-240910-01",
    body=f"""요청하신 게시물을 모두 삭제하였습니다.
{N[1]} 삭제
{N[2]} 삭제
네이버 정책지원""",
    outcome="review", review="unknown_sender", items={},
    imitates="spoof attempt: a NAVER-style result list from a look-alike domain",
    why="authenticated, but navercorp-support.com is no platform's domain: nothing applied, must be seen")

add(name="kakao-dmarc-fail", frm="policy@kakaocorp.com", auth="fail",
    date="Fri, 13 Sep 2024 08:00:00 +0900",
    subject="[KCSC-240911-01] 조치결과",
    reply_to_req="KCSC-240911-01",
    body=f"""{K[1]} : 삭제
{K[2]} : 삭제
카카오 고객보호팀""",
    outcome="review", review="untrusted", items={},
    imitates="Kakao result list, but DMARC fails for kakaocorp.com",
    why="dmarc=fail: untrusted, nothing applied")

add(name="kakao-claims-naver-item", frm="policy@kakaocorp.com",
    date="Fri, 13 Sep 2024 13:30:00 +0900",
    subject="RE: 시정요구 조치결과",
    body=f"""안녕하세요, 카카오 고객보호팀입니다.
아래 게시물은 삭제 조치되었습니다.
{N[4]}
감사합니다.""",
    outcome="review", review="wrong_platform", items={},
    imitates="Kakao reply that names a NAVER cafe post (misdirected)",
    why="Kakao cannot state the status of a NAVER item; it stays pending. ARGUABLE reason: could also be not_understood/unmatched")

add(name="yt-hedged-may-have", frm="legal-kr@google.com", name_from="Google Legal Support",
    date="Sun, 15 Sep 2024 11:00:00 +0900",
    subject="Re: KCSC-240912-01",
    reply_to_req="KCSC-240912-01",
    body=f"""안녕하세요.
{Y[1]} 동영상은 이미 다른 신고로 조치되었을 수 있습니다. 확인 후 다시 연락드리겠습니다.
Google 법무팀""",
    outcome="review", review="not_understood", items={},
    imitates="hedged interim reply ('조치되었을 수 있습니다' / 'may already have been actioned')",
    why="hedged: may have been actioned, will confirm; nothing applied")

add(name="x-bulk-all-done", frm="legal@x.com",
    date="Mon, 16 Sep 2024 03:00:00 +0900",
    subject="Re: KCSC-240913-01",
    reply_to_req="KCSC-240913-01",
    body="""안녕하세요,
KCSC-240913-01 요청에 포함된 모든 게시물에 대해 조치를 완료했습니다.
X 법무팀""",
    outcome="review", review="bulk", items={},
    imitates="bulk 'all items actioned' reply without an item list",
    why="no item list, and '조치' does not say which status; config bulk_confirmations = review")

add(name="naver-processed-per-policy", frm="policy@navercorp.com",
    date="Mon, 16 Sep 2024 10:10:00 +0900",
    subject="RE: [KCSC-240910-01] 문의",
    reply_to_req="KCSC-240910-01",
    body=f"""안녕하세요.
문의하신 {N[10]} 건은 당사 내부 정책에 따라 적절히 처리되었음을 알려드립니다.
감사합니다.""",
    outcome="review", review="not_understood", items={},
    imitates="vague portal reply '내부 정책에 따라 적절히 처리되었습니다'",
    why="'handled appropriately' says no status (removed? restricted? kept?); a clerk would ask")

# =================== IGNORED ===================
add(name="naver-out-of-office", frm="kim.minji@navercorp.com", name_from="김민지",
    date="Tue, 10 Sep 2024 10:01:02 +0900",
    subject="[부재중] Re: [KCSC-240910-01] 시정요구",
    reply_to_req="KCSC-240910-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 김민지입니다.
9월 10일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.""",
    outcome="ignored", classification="auto_reply", items={},
    imitates="Korean out-of-office auto-reply ([부재중])",
    why="auto-reply, says nothing about items")

add(name="kakao-dsn-bounce", frm="MAILER-DAEMON@kakaocorp.com", name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 14:00:20 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="b59dsn"

--b59dsn
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<old-policy@kakaocorp.com>: host mx.kakaocorp.com said: 550 5.1.1 User unknown

--b59dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kakaocorp.com
Arrival-Date: Wed, 11 Sep 2024 14:00:18 +0900

Final-Recipient: rfc822; old-policy@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b59dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: old-policy@kakaocorp.com
Subject: [KCSC-240911-01] 시정요구
Message-ID: <KCSC-240911-01@kcsc.example>

--b59dsn--
""",
    outcome="ignored", classification="bounce", items={},
    imitates="Postfix DSN (multipart/report delivery-status)",
    why="bounce of our request to a dead address; nothing about items")

add(name="naver-read-receipt", frm="policy@navercorp.com",
    date="Tue, 10 Sep 2024 11:30:00 +0900",
    subject="읽음: [KCSC-240910-01] 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b59mdn"

--b59mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240910-01] 시정요구"을(를) 2024-09-10 11:30 에 읽었습니다.

--b59mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Naver Works
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <KCSC-240910-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b59mdn--
""",
    outcome="ignored", classification="read_receipt", items={},
    imitates="Naver Works / Outlook read receipt (MDN) in Korean ('읽음:')",
    why="read receipt: ignored, not forwarded")

add(name="kakao-receipt-ticket", frm="noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 14:05:00 +0900",
    subject="[카카오 고객센터] 문의가 정상적으로 접수되었습니다",
    reply_to_req="KCSC-240911-01",
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 20240911-0045821

담당자 확인 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 3~5일 정도 소요될 수 있습니다.

카카오 고객센터 https://cs.kakao.com/""",
    outcome="ignored", classification="acknowledgement", items={},
    imitates="Kakao 고객센터 문의 접수 완료 auto-receipt",
    why="pure receipt with a ticket number; names no item")

add(name="tiktok-report-received", frm="noreply@tiktok.com", name_from="TikTok",
    date="Mon, 16 Sep 2024 10:02:00 +0900",
    subject="We've received your report [#KR-20240916-8812]",
    reply_to_req="KCSC-240916-01",
    body="""Hi,

We've received your report and a ticket has been created (#KR-20240916-8812).
Our team will review it and get back to you. You don't need to reply to this email.

TikTok Legal Support
https://www.tiktok.com/legal/report""",
    outcome="ignored", classification="acknowledgement", items={},
    imitates="TikTok legal report receipt ('We've received your report')",
    why="ticket receipt, nothing about items")

add(name="yt-korean-ack", frm="legal-kr@google.com", name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 09:35:00 +0900",
    subject="[6-1234000012345] 요청이 접수되었습니다",
    reply_to_req="KCSC-240912-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요.

Google에 법적 요청을 제출해 주셔서 감사합니다. 요청이 접수되었으며 참조 번호는 6-1234000012345입니다.
검토가 끝나면 이메일로 결과를 알려드리겠습니다.

Google 법무팀""",
    outcome="ignored", classification="acknowledgement", items={},
    imitates="Google legal request auto-acknowledgement (Korean)",
    why="auto-generated receipt; classification could equally be auto_reply (both ignored)")


if __name__ == "__main__":
    write_requests()
    for c in cases:
        c["from"] = c.pop("frm")
    write_set(HERE, "blind59",
              "# Blind set 59 (issue 11): Korean replies from NAVER, Kakao/Daum and global platforms'\n"
              "# Korean offices, plus doubtful and ignorable mail. Written by tests/corpus/blind59/make.py;\n"
              "# expected results from each email's meaning, before any run.",
              cases)
