#!/usr/bin/env python3
"""blind51: a BLIND set for issue 11 - a general mix as the regulator meets it,
mostly in Korean (NAVER, Kakao/Daum, and the Korean offices of YouTube, X,
Meta and TikTok), in their varied templates and layouts, plus the usual
doubtful and ignorable mail.

Written without reading the reader or any other set's cases. Every expected
result below was written from the email's meaning before anything ran.

    python3 tests/corpus/blind51/make.py   (deterministic; rewrites
    requests.csv, cases/*.eml and expected.toml)
"""
import base64
import csv
import io
import os
import quopri
import sys
import zipfile
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --------------------------------------------------------------- requests
REQ = {
    # ref: (platform, sent_at, due_at, category, message_id, [urls])
    "KCSC-240910-01": ("naver", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
                       "illegal_gambling", "<req-240910-01@kcsc.example>", [
        "https://blog.naver.com/fakeblog_one/223560000101",
        "https://blog.naver.com/fakeblog_one/223560000102",
        "https://blog.naver.com/moonlit_fake/223561111203",
        "https://blog.naver.com/moonlit_fake/223561111204",
        "https://cafe.naver.com/fakestockclub/58210",
        "https://cafe.naver.com/fakestockclub/58233",
        "https://cafe.naver.com/fakestockclub/58291",
        "https://cafe.naver.com/dummyleaks/1207",
        "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8&docId=470001234",
        "https://post.naver.com/viewer/postView.naver?volumeNo=38000111&memberNo=51234567",
        "https://blog.naver.com/sunny_fake22/223570004455",
        "https://cafe.naver.com/dummyleaks/1219",
        "https://tv.naver.com/v/58001234",
        "https://blog.naver.com/sunny_fake22/223570004470",
    ]),
    "KCSC-240911-01": ("kakao", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00",
                       "defamation", "<req-240911-01@kcsc.example>", [
        "https://cafe.daum.net/fakehealth/Gx1a/512",
        "https://cafe.daum.net/fakehealth/Gx1a/517",
        "https://fakediary77.tistory.com/138",
        "https://brunch.co.kr/@fakewriter/27",
        "https://cafe.daum.net/dummyshop/Qm2B/88",
    ]),
    "KCSC-240912-01": ("youtube", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00",
                       "false_medical_info", "<req-240912-01@kcsc.example>", [
        "https://www.youtube.com/watch?v=Qw3rTy7uIo1",
        "https://www.youtube.com/watch?v=Zx8cVb2nMa5",
        "https://www.youtube.com/shorts/Hk4Lp9Rt2Vw",
        "https://www.youtube.com/@%EA%B0%80%EC%A7%9C%EB%89%B4%EC%8A%A4%ED%8B%B0%EB%B9%84",
    ]),
    "KCSC-240913-01": ("x", "2024-09-13T09:30:00+09:00", "2024-09-20T18:00:00+09:00",
                       "drug_trade", "<req-240913-01@kcsc.example>", [
        "https://x.com/fake_kr_acct/status/1832200000000000011",
        "https://x.com/fake_kr_acct/status/1832200000000000012",
        "https://x.com/other_fake99/status/1832211111111111113",
    ]),
    "KCSC-240913-02": ("meta", "2024-09-13T15:00:00+09:00", "2024-09-20T18:00:00+09:00",
                       "obscene", "<req-240913-02@kcsc.example>", [
        "https://www.instagram.com/p/C9fAkE12xYz/",
        "https://www.facebook.com/fakepage.kr/posts/pfbid0FaKe123ABC",
    ]),
    "KCSC-240916-01": ("tiktok", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00",
                       "self_harm", "<req-240916-01@kcsc.example>", [
        "https://www.tiktok.com/@fake.kr.user/video/7412000000000000001",
    ]),
    "KCSC-240917-01": ("naver", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00",
                       "personal_info_exposure", "<req-240917-01@kcsc.example>", [
        "https://blog.naver.com/hangul_fake/223580000001",
        "https://cafe.naver.com/fakemoms/30301",
        "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1111&docId=471112222",
    ]),
}
N = REQ["KCSC-240910-01"][5]
K = REQ["KCSC-240911-01"][5]
Y = REQ["KCSC-240912-01"][5]
X = REQ["KCSC-240913-01"][5]
M = REQ["KCSC-240913-02"][5]
T = REQ["KCSC-240916-01"][5]
P = REQ["KCSC-240917-01"][5]
Y4_RAW = "https://www.youtube.com/@가짜뉴스티비"


def rid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, (pf, sent, due, cat, mid, urls) in REQ.items():
            for u in urls:
                w.writerow([ref, pf, sent, due, u, cat, mid, ""])


# --------------------------------------------------------------- helpers
def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.encodebytes(s).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted(ref, urls, lead=None):
    lines = [lead or f"2024년 9월 {int(REQ[ref][1][8:10])}일 (화) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:"]
    body = [f"[{ref}] 시정요구(삭제 등) 통보", "",
            "방송통신심의위원회는 아래 정보에 대하여 시정요구를 결정하였으므로 조치 후 결과를 회신하여 주시기 바랍니다.", ""]
    for i, u in enumerate(urls, 1):
        body.append(f"{i}. {u}")
    body += ["", "조치 결과는 takedown@kcsc.example 로 회신 바랍니다."]
    return "\n".join(lines + ["> " + b if b else ">" for b in body])


def alt(text, html, enc="base64", boundary="=_alt_b51"):
    if enc == "base64":
        t, h, cte = b64(text), b64(html), "base64"
    else:
        t, h, cte = qp(text), qp(html), "quoted-printable"
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{t}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{h}\n"
            f"--{boundary}--\n")


def mixed(text, parts, boundary="=_mix_b51"):
    """parts: list of (content_type, filename, bytes)."""
    out = [f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
           f"--{boundary}", "Content-Type: text/plain; charset=utf-8",
           "Content-Transfer-Encoding: base64", "", b64(text)]
    for ctype, fname, data in parts:
        fn = Header(fname, "utf-8").encode() if not fname.isascii() else fname
        out += [f"--{boundary}", f'Content-Type: {ctype}; name="{fn}"',
                f'Content-Disposition: attachment; filename="{fn}"',
                "Content-Transfer-Encoding: base64", "", b64(data)]
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def xlsx(rows):
    """A minimal, deterministic XLSX (inline strings) built with zipfile."""
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for i, r in enumerate(rows, 1):
        cells = "".join(cell(chr(65 + j) + str(i), str(v)) for j, v in enumerate(r))
        sheet_rows.append(f'<row r="{i}">{cells}</row>')
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
        '<sheets><sheet name="조치결과" sheetId="1" r:id="rId1"/></sheets></workbook>',
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
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 12, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


NAVER_SIG = """네이버 주식회사 | 정책지원팀
경기도 성남시 분당구 정자일로 95 (가상 주소 표기)
본 메일은 발신 전용이 아니며, 회신 시 접수번호를 유지해 주시기 바랍니다.
운영정책: https://policy.naver.com/policy/service.html
게시중단 요청 안내: https://help.naver.com/service/5640/contents/19007"""

KAKAO_SIG = """카카오 권리침해신고센터 / 카카오 이용자보호팀
Daum 고객센터 https://cs.daum.net | 카카오 운영정책 https://www.kakao.com/policy/oppolicy
본 메일은 관련 법령에 따른 조치 결과 안내를 위해 발송되었습니다."""


# --------------------------------------------------------------- cases
CASES = []


def case(**c):
    c.setdefault("items", {})
    if "name_from" in c:
        c["name_from"] = subj(c["name_from"])
    CASES.append(c)


# ===== NAVER, KCSC-240910-01 (14 items, the largest request) =====

html_table = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240910-01)에 대한 네이버의 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치 결과</th><th>조치 일시</th><th>비고</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>삭제</td><td>2024.09.11 10:12</td><td>-</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>삭제</td><td>2024.09.11 10:12</td><td>-</td></tr>
<tr><td>3</td><td>{N[2]}</td><td>임시조치(30일)</td><td>2024.09.11 10:15</td><td>정보통신망법 제44조의2</td></tr>
<tr><td>4</td><td>{N[3]}</td><td>조치 불요</td><td>-</td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>5</td><td>{N[4]}</td><td>이용해지</td><td>2024.09.11 10:20</td><td>게시물 삭제 및 작성자 카페 활동 정지</td></tr>
</table>
<p>나머지 9건은 검토가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>"""
html_table_text = f"""방송통신심의위원회 귀중

귀 위원회의 시정요구(KCSC-240910-01)에 대한 네이버의 조치 결과를 아래와 같이 회신합니다.

연번 | URL | 조치 결과 | 조치 일시 | 비고
1 | {N[0]} | 삭제 | 2024.09.11 10:12 | -
2 | {N[1]} | 삭제 | 2024.09.11 10:12 | -
3 | {N[2]} | 임시조치(30일) | 2024.09.11 10:15 | 정보통신망법 제44조의2
4 | {N[3]} | 조치 불요 | - | 게시물 없음(작성자 삭제)
5 | {N[4]} | 이용해지 | 2024.09.11 10:20 | 게시물 삭제 및 작성자 카페 활동 정지

나머지 9건은 검토가 끝나는 대로 별도로 회신드리겠습니다.

운영정책: https://policy.naver.com/policy/service.html
네이버 주식회사 정책지원팀 드림"""
case(name="naver-kcsc-result-table-html", date="Wed, 11 Sep 2024 11:02:44 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
     subject=subj("RE: [KCSC-240910-01] 시정요구 조치 결과 회신"), reply_to_req=rid("KCSC-240910-01"),
     raw_mime=alt(html_table_text, html_table),
     outcome="applied", classification="confirmation",
     imitates="KCSC 시정요구 조치결과 회신 table (연번/URL/조치 결과/비고) as Korean portals send it; NAVER policy link footer",
     why="Per-row results: 삭제 = removed, 임시조치(30일) = restricted (Art. 44-2 temporary measure), '조치 불요 / 게시물 없음(작성자 삭제)' = not_found, 이용해지 with '게시물 삭제' = removed. The other nine stay pending ('별도로 회신'). The policy link is not an item.",
     items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "removed"})

case(name="naver-numbered-per-line-statuses", date="Thu, 12 Sep 2024 09:40:10 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     subject=subj("[네이버] 시정요구(KCSC-240910-01) 처리 결과 안내 (2차)"), reply_to_req=rid("KCSC-240910-01"),
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 2차 처리분의 결과를 안내드립니다.

1) {N[5]} - 게시중단 완료
2) {N[6]} - 임시조치(30일간 접근 차단)
3) {N[7]} - 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시 유지
4) {N[8]} - 존재하지 않는 게시물(URL 확인 불가)
5) {N[9]} - 블라인드 처리

문의사항은 본 메일로 회신해 주십시오.

{NAVER_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 처리 결과 안내 mail, numbered list with one result per line",
     why="게시중단 완료 = removed; 임시조치 = restricted; '위반 사항이 확인되지 않아 게시 유지' = rejected (stays up, no rule broken); 존재하지 않는 게시물 = not_found; 블라인드 처리 = removed (issue 11 lists 블라인드 among removal forms).",
     items={N[5]: "removed", N[6]: "restricted", N[7]: "rejected", N[8]: "not_found", N[9]: "removed"})

case(name="naver-status-line-below-bare-url", date="Fri, 13 Sep 2024 16:05:31 +0900",
     **{"from": "right@naver.com"}, name_from="네이버 게시중단요청서비스",
     subject=subj("Re: [KCSC-240910-01] 요청 게시물 처리 안내"), reply_to_req=rid("KCSC-240910-01"),
     body=f"""방송통신심의위원회 담당자님께,

요청하신 게시물의 처리 상태를 URL별로 알려드립니다.

{N[10]}
해당 게시물은 게시중단(비공개) 처리되었습니다.

{N[11]}
요청 접수 시점에 이미 삭제되어 존재하지 않는 게시물로 확인됩니다.

{N[12]}
네이버TV 영상의 재생 및 노출을 중단하였습니다.

감사합니다.
네이버 게시중단요청서비스 운영 담당
https://inoti.naver.com
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청서비스 (inoti) result notice; status sentence on the line below each bare URL",
     why="Each status sits on the line below its bare URL: 게시중단(비공개) = removed; already deleted before the request, does not exist = not_found; NAVER TV playback and exposure stopped = removed (made unavailable). The inoti link is not an item.",
     items={N[10]: "removed", N[11]: "not_found", N[12]: "removed"})

case(name="naver-url-below-its-statement", date="Fri, 13 Sep 2024 17:30:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     subject=subj("RE: 시정요구 KCSC-240910-01 관련"), reply_to_req=rid("KCSC-240910-01"),
     body=f"""안녕하세요, 네이버입니다.

아래 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)하였습니다.
{N[13]}

아래 게시물은 게시자가 스스로 삭제하여 현재 확인되지 않습니다.
{N[0]}

{NAVER_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 임시조치 notice layout: statement first, the URL on the line below it",
     why="Statement above, URL below: 임시조치(접근 차단) = restricted for sunny_fake22/…470; deleted by its own author and no longer found = not_found for fakeblog_one/…101.",
     items={N[13]: "restricted", N[0]: "not_found"})

case(name="naver-statement-then-echoed-report", date="Wed, 11 Sep 2024 18:12:09 +0900",
     **{"from": "noreply-right@navercorp.com"}, name_from="NAVER 권리보호센터",
     subject=subj("[네이버] 게시중단 요청 처리 완료 안내"), reply_to_req=rid("KCSC-240910-01"),
     body=f"""귀 위원회에서 요청하신 게시물에 대하여 게시중단(삭제) 조치를 완료하였음을 알려드립니다.

[요청 내역]
- 요청 번호: KCSC-240910-01
- 요청인: 방송통신심의위원회
- 대상 게시물:
  {N[1]}
  {N[2]}
- 요청 사유: 불법 도박 정보

본 메일은 발신 전용입니다. 추가 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 권리보호센터 '처리 완료 안내' mail: one sentence about the requested content, then an echoed [요청 내역] block listing it",
     why="The unhedged statement is about 'the content you requested', and the echoed report lists exactly two URLs: both removed. This is an item list, not a bulk claim. The help link is not an item.",
     items={N[1]: "removed", N[2]: "removed"})

case(name="naver-top-posted-over-quoted-request", date="Thu, 12 Sep 2024 13:22:51 +0900",
     **{"from": "kim.policy@navercorp.com"}, name_from="김정책 (NAVER)",
     subject=subj("RE: [KCSC-240910-01] 시정요구(삭제 등) 통보"), reply_to_req=rid("KCSC-240910-01"),
     body=f"""안녕하세요, 네이버 정책지원팀 김정책입니다.

카페 게시물 {N[4]} 은 금일 삭제하였습니다.
나머지 게시물은 검토 후 회신드리겠습니다.

김정책 드림

{quoted("KCSC-240910-01", N)}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail/Naver Works top-posted reply over the quoted request ('…님이 작성:' block with '> ' lines)",
     why="Only fakestockclub/58210 is stated as deleted in the platform's own words. The 14 URLs in the quoted request (which says 삭제) must not change; the rest are 'to be reviewed' = pending.",
     items={N[4]: "removed"})

case(name="naver-done-and-scheduled", date="Sat, 14 Sep 2024 10:01:17 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     subject=subj("RE: [KCSC-240910-01] 추가 처리 현황"), reply_to_req=rid("KCSC-240910-01"),
     body=f"""추가 처리 현황을 안내드립니다.

- {N[5]} : 삭제 완료
- {N[6]} : 카페 매니저 소명 절차 진행 후 9월 19일 삭제 예정
- {N[11]} : 검토 중

{NAVER_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER progress update with bulleted per-line statuses, one done and two pending",
     why="삭제 완료 = removed for 58233; 삭제 예정 (a future date) and 검토 중 keep the other two pending.",
     items={N[5]: "removed"})

case(name="naver-asks-supporting-documents", date="Wed, 11 Sep 2024 15:48:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     subject=subj("RE: [KCSC-240910-01] 근거 자료 요청"), reply_to_req=rid("KCSC-240910-01"),
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 2건은 불법 도박 정보에 해당하는지 당사에서 판단하기 어렵습니다.
{N[7]}
{N[11]}

해당 게시물이 불법 정보에 해당한다는 심의 의결서 또는 근거 자료를 추가로 보내주시면 검토 후 조치하겠습니다.

{NAVER_SIG}
""",
     outcome="review", classification="request_for_info", review="asks_more",
     imitates="Korean portal reply asking for 심의 의결서 / 근거 자료 before acting",
     why="Nothing is done or refused yet; the platform asks for documents. Both stay pending; a clerk must answer.",
     items={})

case(name="naver-author-deleted-and-no-violation", date="Thu, 12 Sep 2024 17:44:02 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     subject=subj("RE: [KCSC-240910-01] 지식iN·포스트 게시물 검토 결과"), reply_to_req=rid("KCSC-240910-01"),
     body=f"""안녕하세요, 네이버입니다.

요청하신 지식iN 게시물({N[8]})은 작성자가 이미 삭제하여 존재하지 않습니다.

네이버 포스트 게시물({N[9]})은 검토 결과 당사 운영정책에 위배되지 않아 별도의 조치를 하지 않았습니다. 이의가 있으시면 심의 의결 내용을 함께 보내주시기 바랍니다.

{NAVER_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER prose reply: author-deleted 지식iN question and a 'no policy violation, no action' decision on a Post",
     why="Author already deleted it, does not exist = not_found; 'not against our policy, so no action taken' = rejected (a negated action with a reason). The closing invitation to send the decision does not hedge the refusal.",
     items={N[8]: "not_found", N[9]: "rejected"})

case(name="naver-under-legal-review", date="Fri, 13 Sep 2024 11:11:11 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     subject=subj("RE: [KCSC-240910-01] 처리 현황 안내"), reply_to_req=rid("KCSC-240910-01"),
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

아래 게시물은 현재 내부 법무 검토 중이며, 검토 결과가 나오는 대로 회신드리겠습니다.

{N[2]}
{N[3]}

양해 부탁드립니다.
""",
     outcome="review", review="not_understood",
     imitates="Korean portal 'currently under internal review' interim notice naming the items",
     why="A trusted platform email naming two requested items whose only statement is 'under review': no status changes, but it must not be silently ignored (issue 11: names items, not understood as a status -> review). Arguable: 'under review' is understood as 'nothing yet'; I expect not_understood because no status results and it is not a plain receipt.",
     items={})

xl = xlsx([["번호", "URL", "조치결과", "비고"],
           ["1", N[4], "삭제", ""],
           ["2", N[5], "임시조치", "30일"],
           ["3", N[6], "삭제", ""],
           ["4", N[7], "해당없음", "게시물 없음"]])
case(name="naver-xlsx-result-sheet", date="Mon, 16 Sep 2024 14:20:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     subject=subj("RE: [KCSC-240910-01] 조치결과 송부"), reply_to_req=rid("KCSC-240910-01"),
     raw_mime=mixed(f"""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240910-01 시정요구에 대한 조치 결과를 첨부 파일(엑셀)로 송부드립니다.
확인 부탁드립니다.

{NAVER_SIG}
""", [("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "KCSC-240910-01_조치결과.xlsx", xl)]),
     outcome="applied", classification="confirmation",
     imitates="Korean portal reply sending the 조치결과 as an Excel attachment (번호/URL/조치결과/비고)",
     why="Sheet rows: 삭제 = removed (58210, 58291), 임시조치 = restricted (58233), '해당없음 / 게시물 없음' = not_found (dummyleaks/1207).",
     items={N[4]: "removed", N[5]: "restricted", N[6]: "removed", N[7]: "not_found"})

csv_bytes = ("\ufeffURL,처리결과,사유\n"
             f"{N[10]},삭제,불법정보\n"
             f"{N[11]},블라인드,불법정보\n"
             f"{N[12]},조치불가,위반사항 없음\n"
             f"{N[13]},임시조치,정보통신망법 제44조의2\n").encode("utf-8")
case(name="naver-csv-attachment", date="Tue, 17 Sep 2024 09:05:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     subject=subj("RE: [KCSC-240910-01] 처리결과(csv)"), reply_to_req=rid("KCSC-240910-01"),
     raw_mime=mixed("""요청하신 게시물의 처리결과를 CSV 파일로 첨부합니다.

네이버 정책지원팀
""", [("text/csv", "result_KCSC-240910-01.csv", csv_bytes)]),
     outcome="applied", classification="confirmation",
     imitates="portal trust & safety export sent as a CSV attachment (URL,처리결과,사유)",
     why="삭제 = removed; 블라인드 = removed; '조치불가 / 위반사항 없음' = rejected; 임시조치 = restricted.",
     items={N[10]: "removed", N[11]: "removed", N[12]: "rejected", N[13]: "restricted"})

case(name="naver-out-of-office", date="Tue, 10 Sep 2024 10:00:40 +0900",
     **{"from": "lee.policy@navercorp.com"}, name_from="이담당 (NAVER)",
     subject=subj("[자동응답] 부재중입니다 (9/10~9/13)"), reply_to_req=rid("KCSC-240910-01"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body=f"""안녕하세요. 9월 10일부터 13일까지 휴가로 부재중입니다.
긴급한 게시중단 요청은 policy@navercorp.com 으로 보내주시면 담당자가 확인 후 처리합니다.

{quoted("KCSC-240910-01", N[:3])}
""",
     outcome="ignored", classification="auto_reply",
     imitates="NAVER Works out-of-office auto-reply ([자동응답] 부재중) quoting the request",
     why="Auto-reply; 처리 in it is about future handling by others, and the URLs are only in the quoted request.",
     items={})

case(name="naver-receipt-number-only", date="Tue, 10 Sep 2024 10:03:12 +0900",
     **{"from": "noreply-right@navercorp.com"}, name_from="NAVER 권리보호센터",
     subject=subj("[네이버] 요청이 정상적으로 접수되었습니다 (접수번호 R-2409-55821)"), reply_to_req=rid("KCSC-240910-01"),
     body="""방송통신심의위원회 님, 안녕하세요.

보내주신 시정요구가 정상적으로 접수되었습니다.
- 접수번호: R-2409-55821
- 접수일시: 2024.09.10 10:03

담당자가 순차적으로 검토한 후 처리 결과를 메일로 안내드리겠습니다.
접수 현황은 https://inoti.naver.com 마이페이지에서 확인하실 수 있습니다.

본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER 게시중단요청서비스 접수 완료 안내 (receipt with 접수번호)",
     why="Pure receipt: no item named, nothing actioned.",
     items={})

case(name="naver-receipt-plus-immediate-action", date="Tue, 10 Sep 2024 14:40:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     subject=subj("RE: [KCSC-240910-01] 접수 및 긴급 조치 안내"), reply_to_req=rid("KCSC-240910-01"),
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

귀 위원회의 시정요구 14건이 접수되었습니다.
다만 {N[2]} 게시물은 긴급 사안으로 판단하여 접수 즉시 게시중단 조치하였습니다.
나머지 게시물은 검토 후 결과를 안내드리겠습니다.

{NAVER_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="Korean portal receipt that also reports one immediate 게시중단",
     why="Has a receipt phrase but also an unhedged item statement: not an acknowledgement. moonlit_fake/…203 removed; the rest pending.",
     items={N[2]: "removed"})

# ===== NAVER, KCSC-240917-01 (3 items) =====

qp_text = f"""안녕하세요. 네이버 개인정보보호팀입니다.

KCSC-240917-01 요청 건의 처리 결과입니다.

■ {P[0]}
 → 비공개 처리 완료
■ {P[1]}
 → 임시조치(30일)
■ {P[2]}
 → 유효하지 않은 URL로 게시물을 찾을 수 없습니다

감사합니다."""
qp_html = f"""<div style="font-family:맑은 고딕">
<p>안녕하세요. 네이버 개인정보보호팀입니다.</p>
<p>KCSC-240917-01 요청 건의 처리 결과입니다.</p>
<ul>
<li><a href="{P[0]}">{P[0]}</a><br>&rarr; 비공개 처리 완료</li>
<li><a href="{P[1]}">{P[1]}</a><br>&rarr; 임시조치(30일)</li>
<li><a href="{P[2].replace('&', '&amp;')}">{P[2].replace('&', '&amp;')}</a><br>&rarr; 유효하지 않은 URL로 게시물을 찾을 수 없습니다</li>
</ul>
<p>감사합니다.</p></div>"""
case(name="naver-privacy-qp-alternative", date="Wed, 18 Sep 2024 16:30:00 +0900",
     **{"from": "privacy@navercorp.com"}, name_from="NAVER 개인정보보호팀",
     subject=subj("RE: [KCSC-240917-01] 개인정보 노출 게시물 처리 결과"), reply_to_req=rid("KCSC-240917-01"),
     raw_mime=alt(qp_text, qp_html, enc="qp"),
     outcome="applied", classification="confirmation",
     imitates="NAVER privacy team HTML mail (multipart/alternative, quoted-printable) with ■ bullets and → statuses",
     why="비공개 처리 완료 = removed (issue 11 lists 비공개 처리 as removal); 임시조치 = restricted; invalid URL, post not found = not_found. The kin URL's '&' is HTML-escaped in the HTML part.",
     items={P[0]: "removed", P[1]: "restricted", P[2]: "not_found"})

case(name="naver-lookalike-domain-claims", date="Wed, 18 Sep 2024 12:00:00 +0900",
     **{"from": "policy@navercorp-support.com"}, name_from="NAVER 정책지원팀",
     subject=subj("RE: [KCSC-240917-01] 처리 결과"), reply_to_req=rid("KCSC-240917-01"),
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 아래 게시물은 모두 삭제 완료되었습니다.
{P[0]}
{P[1]}

확인서가 필요하시면 첨부 링크에서 로그인 후 내려받으십시오.
""",
     outcome="review", review="unknown_sender",
     imitates="look-alike portal domain phishing mail posing as a result notice",
     why="navercorp-support.com passes DMARC for itself but is no platform's domain: the claim names our items, so review (unknown_sender), nothing applied.",
     items={})

case(name="naver-dmarc-fail-claim", date="Wed, 18 Sep 2024 13:10:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER", auth="fail",
     subject=subj("RE: [KCSC-240917-01] 처리 완료"), reply_to_req=rid("KCSC-240917-01"),
     body=f"""{P[2]} 게시물은 삭제 처리하였습니다.

네이버 정책지원팀""",
     outcome="review", review="untrusted",
     imitates="spoofed From: navercorp.com failing DMARC",
     why="DMARC fail for navercorp.com: untrusted, review; the kin item stays pending.",
     items={})

# ===== Kakao / Daum, KCSC-240911-01 (5 items) =====

case(name="kakao-daum-cafe-blind-notice", date="Thu, 12 Sep 2024 10:30:00 +0900",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject=subj("[Daum] 게시중단 요청 처리 결과 안내"), reply_to_req=rid("KCSC-240911-01"),
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 처리 대상
  - {K[0]}
  - {K[1]}
■ 처리 결과: 게시중단(블라인드)
■ 처리 일시: 2024년 9월 12일 10:21

게시자에게는 처리 사실을 안내하였으며, 30일 이내 복원 신청이 없으면 게시물은 영구 삭제됩니다.

{KAKAO_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="Daum 권리침해신고센터 '처리 결과 안내' with ■ 처리 대상 / ■ 처리 결과 headed block",
     why="The result heading applies to the two listed targets: 게시중단(블라인드) = removed. The 30-day restoration note does not hedge what was done.",
     items={K[0]: "removed", K[1]: "removed"})

case(name="kakao-tistory-temporary-measure", date="Thu, 12 Sep 2024 15:15:15 +0900",
     **{"from": "notice@kakaocorp.com"}, name_from="Tistory",
     subject=subj("[티스토리] 요청하신 게시물의 임시조치 안내"), reply_to_req=rid("KCSC-240911-01"),
     body=f"""안녕하세요, 티스토리입니다.

요청하신 게시물 {K[2]}에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라 30일간 임시조치하였습니다.
임시조치 기간 동안 해당 게시물은 외부에 공개되지 않습니다.

티스토리 고객센터: https://cs.kakao.com/helps?service=175
""",
     outcome="applied", classification="confirmation",
     imitates="Tistory/Kakao 임시조치 notice citing Article 44-2 of the Network Act",
     why="임시조치 = restricted (issue 11). The URL is followed by the particle 에 (…/138에) and must be extracted whole.",
     items={K[2]: "restricted"})

case(name="kakao-brunch-kept-and-author-deleted", date="Fri, 13 Sep 2024 11:20:00 +0900",
     **{"from": "right@kakaocorp.com"}, name_from="카카오",
     subject=subj("RE: [KCSC-240911-01] 검토 결과 회신"), reply_to_req=rid("KCSC-240911-01"),
     body=f"""안녕하세요. 카카오 이용자보호팀입니다.

1. 브런치 게시글({K[3]})
검토 결과 특정인의 사회적 평가를 저하시키는 명예훼손에 해당한다고 보기 어려워, 게시물을 삭제하지 않고 유지합니다.

2. Daum 카페 게시글({K[4]})
게시자 본인이 이미 삭제하여 존재하지 않는 게시물입니다.

{KAKAO_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 이용자보호팀 numbered reply: one decision to keep a Brunch post, one author-deleted Daum cafe post",
     why="'not deleted, kept, because it is hard to see it as defamation' = rejected; 'deleted by the poster himself, does not exist' = not_found. The URLs end in ')' (full stop of a parenthesis).",
     items={K[3]: "rejected", K[4]: "not_found"})

kk_rows = [(K[0], "삭제", "명예훼손 - 게시물 삭제"), (K[1], "삭제", "명예훼손 - 게시물 삭제"),
           (K[2], "임시조치", "30일 접근 차단"), (K[3], "조치 불가", "위반 사항 없음"),
           (K[4], "삭제", "카페 운영정책 위반")]
kk_html = ("<html><body><p>안녕하세요, 카카오입니다. KCSC-240911-01 시정요구 이행 결과를 회신드립니다.</p>"
           "<table border=1><tr><th>No</th><th>대상 URL</th><th>조치</th><th>상세</th></tr>"
           + "".join(f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{a}</td><td>{d}</td></tr>"
                     for i, (u, a, d) in enumerate(kk_rows, 1))
           + "</table><p>카카오 이용자보호팀 드림</p></body></html>")
kk_text = ("안녕하세요, 카카오입니다. KCSC-240911-01 시정요구 이행 결과를 회신드립니다.\n\n"
           + "\n".join(f"{i}. {u}\t{a}\t{d}" for i, (u, a, d) in enumerate(kk_rows, 1))
           + "\n\n카카오 이용자보호팀 드림")
case(name="kakao-kcsc-result-html-base64", date="Mon, 16 Sep 2024 17:00:00 +0900",
     **{"from": "safety@kakaocorp.com"}, name_from="카카오 이용자보호팀",
     subject=subj("RE: [KCSC-240911-01] 시정요구 이행 결과"), reply_to_req=rid("KCSC-240911-01"),
     raw_mime=alt(kk_text, kk_html),
     outcome="applied", classification="confirmation",
     imitates="Kakao 시정요구 이행 결과 HTML table, base64 multipart/alternative (plain part tab-separated)",
     why="삭제 = removed (K1, K2, K5); 임시조치 = restricted (K3); '조치 불가 / 위반 사항 없음' = rejected (K4).",
     items={K[0]: "removed", K[1]: "removed", K[2]: "restricted", K[3]: "rejected", K[4]: "removed"})

case(name="kakao-seems-deleted-hedge", date="Fri, 13 Sep 2024 09:50:00 +0900",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject=subj("RE: [KCSC-240911-01] 문의 답변"), reply_to_req=rid("KCSC-240911-01"),
     body=f"""안녕하세요.

문의하신 아래 게시물은 현재 화면상 접근되지 않아 삭제된 것으로 보이나, 카페 운영자가 숨김 처리한 것인지 게시자가 삭제한 것인지 추가 확인이 필요합니다.
{K[0]}
{K[1]}

확인되는 대로 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="Kakao CS answer with a hedged '삭제된 것으로 보이나 … 추가 확인이 필요' statement",
     why="'seems deleted, but needs further checking' is a hedge: no status (neither removed nor not_found). Trusted, names items: review not_understood.",
     items={})

case(name="kakao-cs-ticket-receipt", date="Wed, 11 Sep 2024 11:01:05 +0900",
     **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     subject=subj("[카카오 고객센터] 문의가 접수되었습니다. (문의번호 #2409-118822)"), reply_to_req=rid("KCSC-240911-01"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""카카오 고객센터에 문의해 주셔서 감사합니다.

고객님의 문의가 접수되었습니다.
문의번호: #2409-118822
답변은 접수 순서대로 영업일 기준 3일 이내에 메일로 드립니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
카카오 고객센터 https://cs.kakao.com
""",
     outcome="ignored",
     imitates="Kakao 고객센터 automatic ticket receipt (문의번호)",
     why="Automatic receipt naming no item and stating nothing: ignored (classification auto_reply or acknowledgement, both fine).",
     items={})

case(name="kakao-claims-naver-item", date="Wed, 18 Sep 2024 16:45:00 +0900",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject=subj("RE: [KCSC-240911-01] 처리 결과"), reply_to_req=rid("KCSC-240911-01"),
     body=f"""안녕하세요, 카카오입니다.

요청하신 게시물은 삭제 처리하였습니다.
{P[1]}

감사합니다.
""",
     outcome="review", review="wrong_platform",
     imitates="Korean portal result notice with the wrong URL pasted by the agent (another portal's cafe)",
     why="A trusted Kakao email claims the deletion of a NAVER cafe post (of KCSC-240917-01): Kakao cannot confirm NAVER's item. Review wrong_platform; nothing changes.",
     items={})

case(name="kakao-removed-and-not-our-service", date="Sat, 14 Sep 2024 10:10:00 +0900",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject=subj("RE: [KCSC-240911-01] 처리 결과 및 관할 안내"), reply_to_req=rid("KCSC-240911-01"),
     body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

{K[0]} 게시물은 삭제하였습니다.

함께 기재하신 {N[7]} 는 네이버 카페의 게시물로 당사 서비스가 아니므로 당사에서는 조치할 수 없습니다. 해당 사업자에게 요청해 주시기 바랍니다.

{KAKAO_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="Korean portal reply redirecting a URL of another service ('당사 서비스가 아니므로')",
     why="K1 removed. The NAVER URL gets no status: Kakao only says it is not Kakao's service (a jurisdiction remark, not a status for NAVER's item). ARGUABLE: a reader might send the whole email to review as wrong_platform; I expect applied because the remark claims nothing about the item's state.",
     items={K[0]: "removed"})

case(name="kakao-hwp-letter-only", date="Tue, 17 Sep 2024 10:00:00 +0900",
     **{"from": "legal@kakaocorp.com"}, name_from="카카오 법무팀",
     subject=subj("RE: [KCSC-240911-01] 회신 공문 송부"), reply_to_req=rid("KCSC-240911-01"),
     raw_mime=mixed("""안녕하세요, 카카오 법무팀입니다.

KCSC-240911-01 관련 당사의 회신 공문을 첨부와 같이 송부하오니 확인하여 주시기 바랍니다.

카카오 법무팀 드림
""", [("application/x-hwp", "회신공문_KCSC-240911-01.hwp",
       b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 2)]),
     outcome="review", review="unreadable_attachment",
     imitates="Korean 공문 reply whose content is only in an attached HWP letter",
     why="The body only points to the attached HWP letter; nothing readable states any item's status.",
     items={})

# ===== YouTube (Google Korea), KCSC-240912-01 (4 items) =====

case(name="yt-korean-legal-geo-restriction", date="Fri, 13 Sep 2024 18:00:00 +0900",
     **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
     subject=subj("[#1-2409000123456] YouTube 법적 요청 검토 결과 (KCSC-240912-01)"), reply_to_req=rid("KCSC-240912-01"),
     body=f"""안녕하세요.

Google은 귀하의 요청을 검토하였으며, 현지 법률에 따라 아래 콘텐츠에 대한 대한민국 내 액세스를 제한했습니다.

- {Y[0]}
- {Y[1]}

Google은 법적 요청 사본을 Lumen(https://lumendatabase.org)에 제출할 수 있습니다. 자세한 내용은 https://support.google.com/legal/answer/3110420 을 참고하십시오.

감사합니다.
Google 법무팀
""",
     outcome="applied", classification="confirmation",
     imitates="Google/YouTube legal removal outcome ('we have restricted access in [country] under local law'), Korean office wording, Lumen and help links",
     why="대한민국 내 액세스 제한 = restricted for both listed videos. Lumen and support.google.com links are not items.",
     items={Y[0]: "restricted", Y[1]: "restricted"})

case(name="yt-removed-terminated-age-restricted", date="Sat, 14 Sep 2024 09:12:00 +0900",
     **{"from": "noreply@youtube.com"}, name_from="YouTube",
     subject=subj("RE: KCSC-240912-01 신고 콘텐츠 검토 결과"), reply_to_req=rid("KCSC-240912-01"),
     body=f"""안녕하세요. YouTube 신뢰 및 안전팀입니다.

신고하신 콘텐츠를 검토한 결과는 다음과 같습니다.

• {Y[2]} — YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
• {Y4_RAW} — 심각한 정책 위반으로 채널이 해지되었습니다.
• {Y[0]} — 연령 제한이 적용되었습니다. 성인 인증을 한 로그인 사용자만 시청할 수 있습니다.

YouTube 커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube report outcome mail (Korean): removed for Community Guidelines, channel terminated, age-restricted",
     why="삭제 = removed (Shorts); 채널 해지 = removed for the channel item, written as a raw Korean IRI (@가짜뉴스티비) while stored percent-encoded; 연령 제한 = restricted. The guidelines link is not an item.",
     items={Y[2]: "removed", Y[3]: "removed", Y[0]: "restricted"})

case(name="yt-english-no-violation-and-not-found", date="Mon, 16 Sep 2024 08:30:00 +0900",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     subject="Re: KCSC-240912-01 - Outcome of your legal request", reply_to_req=rid("KCSC-240912-01"),
     body=f"""Hello,

Thanks for reaching out. Google's Korea legal team has reviewed the content you reported.

{Y[1]}
We did not remove this video, as it does not violate our Community Guidelines or local law in our assessment.

{Y[2]}
We were unable to find this content. The URL appears to be invalid.

If you have additional information, you can submit a new request at https://support.google.com/legal/troubleshooter/1114905.

Regards,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal support English reply from the Korea team, status on the lines below each bare URL",
     why="'did not remove … as it does not violate' = rejected (negated removal with reason); 'unable to find … URL appears invalid' = not_found. The troubleshooter link is not an item. 'appears to be invalid' is about the URL form, supporting 'unable to find' (ARGUABLE hedge; I read 'We were unable to find this content' as the unhedged main statement).",
     items={Y[1]: "rejected", Y[2]: "not_found"})

mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_b51"

--=_mdn_b51
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("다음 메시지를 수신자가 2024-09-12 오후 3:01에 읽었습니다." + chr(10) + "제목: [KCSC-240912-01] 시정요구(삭제 등) 통보" + chr(10))}
--=_mdn_b51
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_b51--
"""
case(name="yt-read-receipt", date="Thu, 12 Sep 2024 15:01:30 +0900",
     **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
     subject=subj("읽음: [KCSC-240912-01] 시정요구(삭제 등) 통보"), reply_to_req=rid("KCSC-240912-01"),
     raw_mime=mdn,
     outcome="ignored", classification="read_receipt",
     imitates="Outlook Korean read receipt (읽음:) as an MDN multipart/report",
     why="A read receipt (MDN) says nothing about items: ignored, classification read_receipt.",
     items={})

case(name="yt-asks-court-order", date="Fri, 13 Sep 2024 14:00:00 +0900",
     **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
     subject=subj("RE: [KCSC-240912-01] 추가 정보 요청"), reply_to_req=rid("KCSC-240912-01"),
     body=f"""안녕하세요.

요청하신 채널({Y4_RAW})은 채널 전체에 대한 조치를 요청하신 것으로 이해됩니다. 채널 단위의 조치를 위해서는 해당 채널이 현지 법률을 위반했다는 법원 판결문 또는 이에 준하는 결정문이 필요합니다.

관련 서류를 회신해 주시면 검토하겠습니다.

Google 법무팀
""",
     outcome="review", classification="request_for_info", review="asks_more",
     imitates="Google legal reply asking for a court order before acting on a whole channel",
     why="Asks for a court order; no action or refusal yet. Channel stays pending; review asks_more.",
     items={})

case(name="yt-may-be-restricted", date="Tue, 17 Sep 2024 11:45:00 +0900",
     **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
     subject=subj("RE: [KCSC-240912-01] 검토 진행 상황"), reply_to_req=rid("KCSC-240912-01"),
     body=f"""안녕하세요.

요청하신 동영상 {Y[1]} 은 현지 법률 검토 결과에 따라 대한민국에서 제한될 수 있습니다. 최종 결과는 별도로 안내드리겠습니다.

Google 법무팀
""",
     outcome="review", review="not_understood",
     imitates="Google legal interim note with a modal 'may be restricted' outcome",
     why="'may be restricted, final result to follow' is a hedge about the future: no status. Trusted and names an item: review not_understood.",
     items={})

case(name="yt-relative-clause-hedge", date="Wed, 18 Sep 2024 10:20:00 +0900",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     subject="Re: KCSC-240912-01", reply_to_req=rid("KCSC-240912-01"),
     body=f"""Hello,

The video {Y[1]}, which may have been edited by the uploader after your report, has been blocked in South Korea in accordance with local law.

Best regards,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome sentence with a relative clause about the video's history",
     why="The hedge 'may have been edited' is in a relative clause about the item's past; the main clause 'has been blocked in South Korea' is unhedged: restricted (issue 11, item 3).",
     items={Y[1]: "restricted"})

# ===== X, KCSC-240913-01 (3 items) =====

case(name="x-korean-withheld-and-no-violation", date="Mon, 16 Sep 2024 03:15:00 +0900",
     **{"from": "legal@x.com"}, name_from="X Legal",
     subject=subj("Re: [KCSC-240913-01] 시정요구 회신 / Case# 0912345678"), reply_to_req=rid("KCSC-240913-01"),
     body=f"""안녕하세요,

X Corp.은 귀하의 요청을 검토하였습니다.

아래 게시물은 현지 법률에 따라 대한민국에서 보류(withheld)되었습니다.
1. {X[0]}
2. {X[1]}

아래 게시물은 X 규칙 위반이 확인되지 않아 별도의 조치를 취하지 않았습니다.
3. {X[2]}

X는 법적 요청 사본을 Lumen 데이터베이스에 공개할 수 있습니다. 국가별 콘텐츠 보류 정책: https://help.x.com/ko/rules-and-policies/post-withheld-by-country

감사합니다.
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X (Twitter) country-withheld notice to a government requester, Korean translation, with withheld-by-country help link",
     why="대한민국에서 보류(withheld) = restricted for the two numbered posts; 'no rule violation found, no action' = rejected for the third. The help link is not an item.",
     items={X[0]: "restricted", X[1]: "restricted", X[2]: "rejected"})

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_b51"

--=_dsn_b51
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-intake@x.com>: host mx1.x.com said: 550 5.1.1 User unknown

--=_dsn_b51
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.x.com
Arrival-Date: Fri, 13 Sep 2024 09:30:05 +0900

Final-Recipient: rfc822; legal-kr-intake@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_dsn_b51
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: legal-kr-intake@x.com
Subject: [KCSC-240913-01] request for removal
Message-ID: <req-240913-01@kcsc.example>
Date: Fri, 13 Sep 2024 09:30:00 +0900
Content-Type: text/plain; charset=utf-8

Please remove the following posts, which have been found illegal:
{X[0]}
{X[1]}
{X[2]}

--=_dsn_b51--
"""
case(name="x-bounce-dsn", date="Fri, 13 Sep 2024 09:30:09 +0900",
     **{"from": "MAILER-DAEMON@x.com"}, name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender", raw_mime=dsn,
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (multipart/report; delivery-status) embedding our request",
     why="A bounce of our own request: ignored. The embedded request's 'remove' words and URLs are not statements.",
     items={})

case(name="x-lookalike-sender", date="Sat, 14 Sep 2024 21:00:00 +0900",
     **{"from": "legal@x-corp-support.com"}, name_from="X Legal",
     subject="Re: [KCSC-240913-01] Your request has been completed", reply_to_req=rid("KCSC-240913-01"),
     body=f"""Hello,

We have removed all posts listed in your request:
{X[0]}
{X[1]}
{X[2]}

To download your compliance certificate, verify your account here: https://x-corp-support.com/verify

X Legal""",
     outcome="review", review="unknown_sender",
     imitates="phishing look-alike 'request completed' mail naming our items",
     why="Sender domain x-corp-support.com is no platform's: a spoof attempt naming our items must be seen (review unknown_sender), nothing applied.",
     items={})

# ===== Meta, KCSC-240913-02 (2 items) =====

case(name="meta-korean-local-law-restriction", date="Tue, 17 Sep 2024 10:40:00 +0900",
     **{"from": "support@fb.com"}, name_from="Meta",
     subject=subj("요청하신 신고에 대한 Meta의 결정 (참조 번호: 1098765432109876)"), reply_to_req=rid("KCSC-240913-02"),
     body=f"""안녕하세요,

방송통신심의위원회에서 신고하신 콘텐츠를 검토했습니다.

Instagram 게시물: {M[0]}
현지 법률 위반 신고에 따라 대한민국에서 이 콘텐츠에 대한 액세스를 제한했습니다.

Facebook 게시물: {M[1]}
이 게시물은 나체 이미지 및 성적 활동에 관한 커뮤니티 규정을 위반하여 삭제했습니다.

Meta의 정부 요청 처리 방식에 대해 자세히 알아보기: https://transparency.meta.com/reports/content-restrictions/

감사합니다.
Meta 커뮤니티 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="Meta 'local law' report decision mail, Korean: content restricted in the country + removal under Community Standards, transparency link",
     why="Labelled line with the URL, statement on the line below: Instagram post access restricted in Korea = restricted; Facebook post deleted for violating Community Standards = removed. Transparency link is not an item.",
     items={M[0]: "restricted", M[1]: "removed"})

case(name="meta-out-of-office-quoting-request", date="Fri, 13 Sep 2024 15:00:20 +0900",
     **{"from": "jiyoung.park@meta.com"}, name_from="Jiyoung Park",
     subject=subj("자동 회신: [KCSC-240913-02] 시정요구 통보"), reply_to_req=rid("KCSC-240913-02"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body=f"""I am out of the office until 18 September with limited access to email.
9월 18일까지 부재중입니다. 긴급한 사안은 kr-policy@meta.com 으로 연락 주시기 바랍니다.

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Friday, September 13, 2024 3:00 PM
To: kr-policy@meta.com
Subject: [KCSC-240913-02] 시정요구 통보

아래 게시물은 삭제되어야 합니다.
{M[0]}
{M[1]}
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook bilingual out-of-office ('자동 회신:') with an -----Original Message----- quote",
     why="Auto-reply; the URLs and 삭제 are only inside the quoted request.",
     items={})

# ===== TikTok, KCSC-240916-01 (1 item) =====

case(name="tiktok-one-sentence-notice", date="Wed, 18 Sep 2024 19:30:00 +0900",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Korea",
     subject=subj("RE: [KCSC-240916-01] 처리 결과"), reply_to_req=rid("KCSC-240916-01"),
     body=f"""{T[0]}
해당 동영상은 커뮤니티 가이드라인 위반으로 삭제되었습니다.

TikTok 법무팀 드림""",
     outcome="applied", classification="confirmation",
     imitates="TikTok Korea terse result notice: only a URL and one sentence",
     why="A notice that is only a URL and one sentence: removed.",
     items={T[0]: "removed"})

case(name="tiktok-auto-receipt-listing-url", date="Mon, 16 Sep 2024 10:00:45 +0900",
     **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
     subject=subj("[TikTok] 신고가 접수되었습니다"), reply_to_req=rid("KCSC-240916-01"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""안녕하세요,

TikTok에 신고해 주셔서 감사합니다. 아래 콘텐츠에 대한 신고가 접수되었습니다.

신고 대상: {T[0]}
접수 번호: TT-KR-20240916-00471

접수된 신고는 커뮤니티 가이드라인 및 현지 법률에 따라 검토되며, 검토가 끝나면 결과를 알려드립니다.

TikTok 신뢰 및 안전팀
""",
     outcome="ignored",
     imitates="TikTok automatic report receipt echoing the reported URL (신고가 접수되었습니다)",
     why="Automatic receipt as a whole: it names the URL only as the received report and states no outcome. Ignored (auto_reply or acknowledgement). ARGUABLE: it is trusted and names our item; under issue 11 a positively recognised acknowledgement is ignored, which I expect here.",
     items={})

HEADER = """# blind51: BLIND set for issue 11 (general Korean-heavy mix).
# Generated by make.py; expected results written from each email's meaning
# before anything ran. See NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind51", HEADER, CASES)


if __name__ == "__main__":
    main()
