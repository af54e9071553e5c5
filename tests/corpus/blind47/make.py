#!/usr/bin/env python3
"""Blind set 47 (issue 11): Korean-language mix (NAVER, Kakao/Daum, Korean
offices of YouTube, X, TikTok, Telegram) plus doubtful and ignorable mail.

Deterministic: rewrites cases/*.eml, requests.csv and expected.toml from the
case list below. Expected results were written from each email's meaning
before anything was run.
"""
import base64
import csv
import io
import os
import quopri
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/fakeblog_a47/223561000101",
    "https://blog.naver.com/fakeblog_a47/223561000102",
    "https://blog.naver.com/fakeblog_b47/223561000203",
    "https://cafe.naver.com/fakecafe47/10231",
    "https://cafe.naver.com/fakecafe47/10232",
    "https://cafe.naver.com/fakecafe47/10240",
    "https://cafe.naver.com/가짜모임47/512",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38100001&memberNo=47000001",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60101&docId=470000001",
    "https://blog.naver.com/fakeblog_c47/223561000310",
    "https://blog.naver.com/fakeblog_c47/223561000311",
    "https://cafe.naver.com/fakecafe47/10255",
    "https://blog.naver.com/fakeblog_d47/223561000420",
    "https://tv.naver.com/v/47000014",
]
N = dict(enumerate(N, 1))
K = dict(enumerate([
    "https://cafe.daum.net/fakecafe47/AbCd/101",
    "https://cafe.daum.net/fakecafe47/AbCd/102",
    "https://cafe.daum.net/fakecafe47/XyZw/33",
    "https://fakeblog47.tistory.com/12",
    "https://fakeblog47.tistory.com/15",
], 1))
Y = dict(enumerate([
    "https://www.youtube.com/watch?v=Kr47AbCdE01",
    "https://www.youtube.com/watch?v=Kr47AbCdE02",
    "https://www.youtube.com/shorts/Kr47AbCdE03",
    "https://www.youtube.com/watch?v=Kr47AbCdE04",
], 1))
X = dict(enumerate([
    "https://x.com/fake_kr47/status/1834000000000000471",
    "https://x.com/fake_kr47/status/1834000000000000472",
    "https://x.com/other_kr47/status/1834000000000000473",
], 1))
T = dict(enumerate([
    "https://www.tiktok.com/@fake.kr47/video/7414000000000000471",
    "https://www.tiktok.com/@fake.kr47/video/7414000000000000472",
], 1))
G = {1: "https://t.me/fakekr47chan/812"}

REQUESTS = [
    ("KCSC-240910-47", "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", N, "req-240910-47"),
    ("KCSC-240911-47", "kakao", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00", K, "req-240911-47"),
    ("KCSC-240912-47", "youtube", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", Y, "req-240912-47"),
    ("KCSC-240913-47", "x", "2024-09-13T14:00:00+09:00", "2024-09-20T18:00:00+09:00", X, "req-240913-47"),
    ("KCSC-240916-47", "tiktok", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", T, "req-240916-47"),
    ("KCSC-240917-47", "telegram", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00", G, "req-240917-47"),
]
CATS = ["deepfake_sexual_abuse", "nonconsensual_intimate_imagery", "deepfake_sexual_abuse"]


def write_requests():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, items, mid in REQUESTS:
        for i, url in items.items():
            w.writerow([ref, plat, sent, due, url, CATS[i % len(CATS)], f"<{mid}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- helpers
def b64(s, enc="utf-8"):
    data = base64.b64encode(s.encode(enc) if isinstance(s, str) else s).decode()
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def alt(text, html, boundary, enc="qp"):
    if enc == "qp":
        t, h, cte = qp(text), qp(html), "quoted-printable"
    else:
        t, h, cte = b64(text), b64(html), "base64"
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{t}\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{h}\n"
        f"--{boundary}--\n"
    )


def with_attachment(text, fname, ctype, payload_b64, boundary):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{b64(text)}\n"
        f"--{boundary}\nContent-Type: {ctype}; name=\"{fname}\"\n"
        f"Content-Disposition: attachment; filename=\"{fname}\"\nContent-Transfer-Encoding: base64\n\n{payload_b64}\n"
        f"--{boundary}--\n"
    )


def xlsx(rows):
    """Minimal XLSX with inline strings, fixed timestamps (deterministic)."""
    def cell(r, c, v):
        ref = "ABCDEFGH"[c] + str(r)
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = "".join(
        f'<row r="{r}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows, 1))
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
        + sheet_rows + "</sheetData></worksheet>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 18, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return b64(buf.getvalue())


QUOTE_N = "\n".join(f"> {i}. {u}" for i, u in N.items())
NAVER_SIG = """--
NAVER 게시중단요청서비스 담당자 드림
네이버 주식회사 | 경기도 성남시 분당구 정자일로 95 (가상 주소 아님, 회신 전용)
본 메일은 발신 전용이 아니며, 회신 시 접수번호를 제목에 유지해 주십시오.
운영정책: https://policy.naver.com/rules/service.html"""
KAKAO_SIG = """--
카카오 고객보호팀
Daum 고객센터 https://cs.daum.net  |  운영정책 https://www.kakao.com/policy/oppolicy
(주)카카오 제주특별자치도 제주시 첨단로 242"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ NAVER
case(name="naver-kcsc-result-html-table", from_="policy@navercorp.com",
     date="Wed, 11 Sep 2024 16:20:11 +0900", subject="[회신] KCSC-240910-47 시정요구에 대한 조치 결과",
     reply_to_req="req-240910-47", type="html",
     body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회에서 2024. 9. 10. 요청하신 시정요구(KCSC-240910-47)에 대하여 아래와 같이 조치 결과를 회신드립니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일시</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024-09-11 14:02</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>임시조치</td><td>2024-09-11 14:05</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>기삭제(게시물 없음)</td><td>-</td></tr>
</table>
<p>나머지 요청 건은 확인 후 별도로 회신드리겠습니다.</p>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
     imitates="KCSC 시정요구 조치결과 회신 table (연번/URL/조치결과/조치일시) as Korean portals send it",
     why="HTML table: 삭제 = removed, 임시조치 = restricted, 기삭제(게시물 없음) = not_found; remaining items pending")

case(name="naver-temporary-measure-notice", from_="noreply-inoti@navercorp.com", name_from="NAVER 게시중단요청서비스",
     date="Wed, 11 Sep 2024 10:42:00 +0900", subject="[NAVER] 게시중단(임시조치) 처리 결과 안내 - 접수번호 2024091000471",
     reply_to_req="req-240910-47",
     body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 접수번호: 2024091000471
■ 대상 게시물: {N[4]}
■ 처리 결과: 정보통신망법 제44조의2에 따라 임시조치(30일)되었습니다.

임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청하지 않으면 삭제될 수 있습니다.
처리 내역은 게시중단요청서비스(https://inoti.naver.com/inoti/main.nhn) 마이페이지에서 확인하실 수 있습니다.

{NAVER_SIG}""",
     outcome="applied", classification="confirmation", items={N[4]: "restricted"},
     imitates="NAVER 게시중단요청서비스 (inoti) 처리 결과 안내 with 접수번호/대상 게시물/처리 결과 fields",
     why="임시조치 under Art. 44-2 is the issue's restriction; the later possible deletion is conditional, not a statement")

case(name="naver-status-below-bare-url", from_="policy@navercorp.com",
     date="Thu, 12 Sep 2024 09:15:30 +0900", subject="RE: [KCSC-240910-47] 불법정보 시정요구",
     reply_to_req="req-240910-47",
     body=f"""안녕하십니까, 네이버 카페 운영팀입니다.
요청하신 카페 게시물 검토 결과입니다.

{N[5]}
운영원칙 위반으로 블라인드 처리 완료

{N[6]}
검토 결과 운영원칙 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
네이버 카페 운영팀""",
     outcome="applied", classification="confirmation", items={N[5]: "removed", N[6]: "rejected"},
     imitates="NAVER cafe 운영팀 review result, status on the line below each bare URL",
     why="블라인드 처리 완료 = removed; 위반 사항이 확인되지 않아 게시를 유지 = rejected (content stays, no violation)")

case(name="naver-author-deleted-korean-path", from_="policy@navercorp.com",
     date="Thu, 12 Sep 2024 11:03:12 +0900", subject="RE: [KCSC-240910-47] 불법정보 시정요구",
     reply_to_req="req-240910-47",
     body="""안녕하세요.

요청하신 게시물 https://cafe.naver.com/%EA%B0%80%EC%A7%9C%EB%AA%A8%EC%9E%8447/512 는 확인 결과 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.
따라서 별도의 조치는 진행되지 않았음을 알려드립니다.

네이버 정책지원팀 드림""",
     outcome="applied", classification="confirmation", items={N[7]: "not_found"},
     imitates="NAVER reply that the post was already deleted by its author (작성자 삭제), percent-encoded Korean cafe path",
     why="deleted by its own author before any action: not_found; the percent-encoded URL must match the raw Korean path in requests.csv")

case(name="naver-csv-attachment", from_="policy@navercorp.com",
     date="Fri, 13 Sep 2024 17:40:00 +0900", subject="[회신] KCSC-240910-47 조치결과 송부",
     reply_to_req="req-240910-47",
     raw_mime=with_attachment(
         "안녕하세요. 시정요구 건 조치 결과를 첨부 파일(CSV)로 송부드립니다.\n확인 부탁드립니다.\n\n네이버 정책지원팀\n",
         "KCSC-240910-47_result.csv", "text/csv; charset=utf-8",
         b64("번호,URL,조치결과,비고\n"
             f"8,{N[8]},삭제,포스트 운영정책 위반\n"
             f"9,{N[9]},비공개 처리,지식iN 운영정책 위반 답변 비공개\n"),
         "=_csv47_a"),
     outcome="applied", classification="confirmation", items={N[8]: "removed", N[9]: "removed"},
     imitates="Korean portal result sheet sent as a CSV attachment (번호/URL/조치결과/비고)",
     why="CSV attachment: 삭제 and 비공개 처리 are both removals in the issue's Korean family")

case(name="naver-xlsx-attachment", from_="policy@navercorp.com",
     date="Wed, 18 Sep 2024 10:05:00 +0900", subject="[회신] KCSC-240910-47 추가 조치결과",
     reply_to_req="req-240910-47",
     raw_mime=with_attachment(
         "안녕하세요.\n지난번 회신 이후 추가로 처리된 건의 결과를 엑셀 파일로 첨부합니다.\n\n네이버 정책지원팀 드림\n",
         "조치결과_KCSC-240910-47.xlsx",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         xlsx([["번호", "URL", "조치결과"],
               ["10", N[10], "삭제 완료"],
               ["11", N[11], "위반사항 없음"],
               ["12", N[12], "해당 게시물 없음(URL 오류)"]]),
         "=_xlsx47_b"),
     outcome="applied", classification="confirmation",
     items={N[10]: "removed", N[11]: "rejected", N[12]: "not_found"},
     imitates="Korean portal result spreadsheet (XLSX) attached to a short cover note",
     why="XLSX rows: 삭제 완료 = removed, 위반사항 없음 = rejected, 해당 게시물 없음(URL 오류) = not_found")

case(name="naver-numbered-list-mixed", from_="policy@navercorp.com",
     date="Tue, 17 Sep 2024 15:31:09 +0900", subject="RE: [KCSC-240910-47] 조치 결과 회신",
     reply_to_req="req-240910-47",
     body=f"""위원회 담당자님께,

요청 건에 대한 처리 결과를 아래와 같이 알려드립니다.

1. {N[1]} - 삭제 조치 완료
2. {N[4]} - 임시조치(접근 제한)
3. {N[6]} - 관련 법령 위반으로 보기 어려워 조치하지 않음
4. {N[13]} - 존재하지 않는 URL (확인 불가)
5. {N[14]} - 네이버TV 운영정책에 따라 영상 삭제
6. {N[3]} - 블라인드 처리

감사합니다.
{NAVER_SIG}""",
     outcome="applied", classification="confirmation",
     items={N[1]: "removed", N[4]: "restricted", N[6]: "rejected", N[13]: "not_found", N[14]: "removed", N[3]: "removed"},
     imitates="NAVER policy team numbered result list with a status after each URL and the legal footer",
     why="six statuses in one numbered list; '위반으로 보기 어려워 조치하지 않음' is a negated action with a reason = rejected")

case(name="naver-url-with-particle", from_="policy@navercorp.com",
     date="Thu, 12 Sep 2024 18:22:45 +0900", subject="RE: [KCSC-240910-47] 불법정보 시정요구",
     reply_to_req="req-240910-47",
     body=f"""안녕하세요. 네이버 블로그 운영팀입니다.

{N[10]}에 대해서는 금일 삭제 조치하였으며, 게시자에게는 운영정책 위반 안내가 발송되었습니다.
{N[11]}의 경우 이미 게시자가 비공개로 전환한 상태였으나, 당사에서도 추가로 게시중단 처리하였습니다.

감사합니다.""",
     outcome="applied", classification="confirmation", items={N[10]: "removed", N[11]: "removed"},
     imitates="NAVER blog team prose reply with URLs followed directly by Korean particles (에, 의)",
     why="URL followed by 에/의 must be cut before the particle; both are removals (삭제, 게시중단) by the platform itself")

case(name="naver-reported-content-echo", from_="noreply-inoti@navercorp.com", name_from="NAVER 게시중단요청서비스",
     date="Fri, 13 Sep 2024 08:55:00 +0900", subject="[NAVER] 요청하신 게시물에 대한 처리 결과 안내",
     reply_to_req="req-240910-47",
     body=f"""안녕하세요. 네이버입니다.

신고하신 게시물에 대하여 검토한 결과, 해당 게시물을 게시중단 처리하였음을 알려드립니다.

[신고 내용]
- 신고 유형: 불법정보(방송통신심의위원회 시정요구)
- 신고 게시물:
  {N[2]}
  {N[3]}
- 접수 일시: 2024.09.10 10:00

문의사항은 고객센터(https://help.naver.com)를 이용해 주세요.
본 메일은 발신 전용입니다.""",
     outcome="applied", classification="confirmation", items={N[2]: "removed", N[3]: "removed"},
     imitates="NAVER notice: statement about '신고하신 게시물' followed by an echoed report (신고 내용) listing the posts",
     why="the statement about the reported content applies to the echoed list; 게시중단 = removed; help link is not an item")

case(name="naver-top-posted-over-quote", from_="policy@navercorp.com",
     date="Wed, 11 Sep 2024 19:02:00 +0900", subject="RE: [KCSC-240910-47] 불법정보 시정요구",
     reply_to_req="req-240910-47",
     body=f"""안녕하세요, 요청하신 건 중 아래 두 건에 대한 결과입니다.

- {N[5]} : 게시물 삭제
- {N[12]} : 국내 접속 차단(임시조치)

나머지는 확인 중입니다.

네이버 정책지원팀 김가상 드림

-----Original Message-----
From: "KCSC 통신심의" <takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-10 (화) 10:00:00
Subject: [KCSC-240910-47] 불법정보 시정요구

아래 게시물은 불법정보에 해당하므로 삭제 또는 접속차단 조치를 요청합니다.
{chr(10).join(f'{i}. {u}' for i, u in N.items())}

조치 후 결과(삭제 완료 여부)를 회신하여 주십시오.""",
     outcome="applied", classification="confirmation", items={N[5]: "removed", N[12]: "restricted"},
     imitates="Outlook top-posted reply over our '-----Original Message-----' request (unprefixed quoted list with 삭제 wording)",
     why="only the two lines above the quote count; the quoted request lists all 14 URLs next to 삭제/접속차단 words")

case(name="naver-policy-link-not-item", from_="policy@navercorp.com",
     date="Thu, 12 Sep 2024 14:12:00 +0900", subject="RE: [KCSC-240910-47] 불법정보 시정요구",
     reply_to_req="req-240910-47",
     body=f"""안녕하세요.

요청하신 {N[13]} 게시물은 네이버 블로그 운영정책(https://blog.naver.com/BlogPolicy.naver) 및 청소년보호정책(https://policy.naver.com/policy/youthpolicy.html)에 따라 삭제되었습니다.
관련 정책 안내는 https://help.naver.com/service/5593/contents/19008 에서도 보실 수 있습니다.

감사합니다.""",
     outcome="applied", classification="confirmation", items={N[13]: "removed"},
     imitates="NAVER reply citing its blog 운영정책 and 청소년보호정책 links in the same sentence as the item",
     why="policy/help links are not items and must not become unmatched claims; only the requested post is removed")

case(name="naver-seq-temporary-then-deleted",
     files_=[
         dict(name="naver-seq-temporary-then-deleted-1", from_="noreply-inoti@navercorp.com", name_from="NAVER 게시중단요청서비스",
              date="Wed, 11 Sep 2024 09:00:00 +0900", subject="[NAVER] 임시조치 안내 - 접수번호 2024091000499",
              reply_to_req="req-240910-47",
              body=f"""요청하신 게시물이 임시조치되었습니다.

대상: {N[14]}
처리: 임시조치(게시중단 30일)

네이버 게시중단요청서비스"""),
         dict(name="naver-seq-temporary-then-deleted-2", from_="policy@navercorp.com",
              date="Thu, 19 Sep 2024 10:00:00 +0900", subject="RE: [KCSC-240910-47] 최종 조치 결과",
              reply_to_req="req-240910-47",
              body=f"""안녕하세요.
앞서 임시조치되었던 {N[14]} 영상은 게시자의 재게시 요청이 없어 최종 삭제되었습니다.

네이버 정책지원팀"""),
     ],
     outcome="applied", classification="confirmation", items={N[14]: "removed"},
     imitates="NAVER 임시조치 notice followed by a later final deletion notice",
     why="restricted first, then removed: the later, stronger status wins")

case(name="naver-seems-deleted-hedged", from_="policy@navercorp.com",
     date="Fri, 13 Sep 2024 11:11:00 +0900", subject="RE: [KCSC-240910-47] 불법정보 시정요구",
     reply_to_req="req-240910-47",
     body=f"""안녕하세요.

{N[8]} 는 현재 접속해 보면 열리지 않는 것으로 보아 삭제된 것 같습니다만, 담당 부서 확인이 필요하여 정확한 결과는 확인되는 대로 다시 안내드리겠습니다.

네이버 정책지원팀""",
     outcome="review", review="not_understood", items={},
     imitates="NAVER staff reply guessing that a post 'seems deleted' (삭제된 것 같습니다) pending confirmation",
     why="hedged guess plus promise to confirm: a clerk would not record a status; trusted mail naming an item goes to review")

case(name="naver-under-internal-review", from_="policy@navercorp.com",
     date="Fri, 13 Sep 2024 16:45:00 +0900", subject="RE: [KCSC-240910-47] 불법정보 시정요구",
     reply_to_req="req-240910-47",
     body=f"""안녕하세요.

요청하신 게시물 중 아래 2건은 권리침해 및 위법성 판단이 필요하여 현재 내부 법무 검토 중입니다.
- {N[11]}
- {N[12]}

검토가 완료되는 대로 결과를 회신드리겠습니다.""",
     outcome="review", review="not_understood", items={},
     imitates="Korean portal interim reply: 내부 검토 중, 결과 추후 회신",
     why="under review is no status; a trusted email naming items must not be ignored, so review")

case(name="naver-asks-court-document", from_="policy@navercorp.com",
     date="Thu, 12 Sep 2024 13:30:00 +0900", subject="RE: [KCSC-240910-47] 추가 자료 요청",
     reply_to_req="req-240910-47",
     body=f"""안녕하세요.

{N[9]} 에 대해서는 게시물 내용만으로 불법성 여부를 판단하기 어렵습니다.
해당 정보가 불법정보에 해당한다는 심의 의결서 또는 관련 근거 자료를 추가로 보내주시면 검토 후 조치하겠습니다.

네이버 정책지원팀""",
     outcome="review", review="asks_more", classification="request_for_info", items={},
     imitates="Korean portal request for the deliberation decision / supporting documents (근거 자료) before acting",
     why="asks for more material; nothing has been done or refused yet")

case(name="naver-will-delete-by-date", from_="policy@navercorp.com",
     date="Mon, 16 Sep 2024 10:20:00 +0900", subject="RE: [KCSC-240910-47] 불법정보 시정요구",
     reply_to_req="req-240910-47",
     body=f"""안녕하세요.

{N[13]} 및 {N[14]} 는 연휴 이후인 9월 19일까지 삭제 조치할 예정입니다.
조치 완료 후 다시 안내드리겠습니다.""",
     outcome="review", review="not_understood", items={},
     imitates="Korean portal reply promising deletion by a date (삭제 조치할 예정)",
     why="future tense is a promise, not a confirmation; trusted and naming items, so review not ignore")

case(name="naver-receipt-ack", from_="noreply-inoti@navercorp.com", name_from="NAVER 게시중단요청서비스",
     date="Tue, 10 Sep 2024 10:03:00 +0900", subject="[NAVER] 게시중단 요청이 접수되었습니다 (접수번호 2024091000470)",
     reply_to_req="req-240910-47",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

고객님의 게시중단 요청이 정상적으로 접수되었습니다.
■ 접수번호: 2024091000470
■ 접수 게시물 수: 14건
■ 접수 일시: 2024.09.10 10:03

담당자 검토 후 처리 결과를 메일로 안내드리겠습니다. 진행 상황은 마이페이지에서 확인하실 수 있습니다.
본 메일은 발신 전용입니다.""",
     outcome="ignored", items={},
     imitates="NAVER inoti automatic 접수 완료 receipt with 접수번호 and a count",
     why="pure receipt with no item-level statement: ignored (classification left open: acknowledgement or auto_reply)")

case(name="naver-dmarc-fail-spoof", from_="policy@navercorp.com", auth="fail",
     date="Fri, 13 Sep 2024 20:40:00 +0900", subject="RE: [KCSC-240910-47] 조치 결과",
     reply_to_req="req-240910-47",
     body=f"""안녕하세요.
요청하신 게시물 전부 삭제 완료하였습니다.
{N[1]} 삭제 완료
{N[2]} 삭제 완료
{N[3]} 삭제 완료

네이버 정책지원팀""",
     outcome="review", review="untrusted", items={},
     imitates="NAVER-style result list, but DMARC fails for navercorp.com",
     why="DMARC fail: nothing may be applied; a spoof naming our items must be seen")

case(name="naver-lookalike-domain", from_="policy@naver-corp.co.kr", name_from="네이버 정책지원팀",
     date="Sat, 14 Sep 2024 09:10:00 +0900", subject="RE: [KCSC-240910-47] 조치 결과 안내",
     reply_to_req="req-240910-47",
     body=f"""안녕하세요. 네이버 정책지원팀입니다.
{N[4]} 게시물 삭제 완료되었습니다.
{N[5]} 게시물 삭제 완료되었습니다.""",
     outcome="review", review="unknown_sender", items={},
     imitates="look-alike sender domain (naver-corp.co.kr) imitating a NAVER result reply",
     why="authenticated but not a configured platform domain: unknown sender naming our items goes to review")

case(name="naver-out-of-office", from_="jihye.kim@navercorp.com", name_from="김지혜",
     date="Tue, 10 Sep 2024 10:01:00 +0900", subject="자동 회신: [KCSC-240910-47] 불법정보 시정요구",
     reply_to_req="req-240910-47",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body=f"""안녕하세요. 9월 13일까지 추석 연휴로 부재중입니다.
긴급한 건은 policy@navercorp.com 으로 보내주시기 바랍니다.

> 아래 게시물은 불법정보에 해당하므로 삭제를 요청합니다.
> {N[1]}
> {N[2]}""",
     outcome="ignored", classification="auto_reply", items={},
     imitates="Korean Outlook 자동 회신 (부재중, 추석 연휴) quoting our request",
     why="out-of-office auto-reply: ignored, quoted URLs do not count")

# ================================================================ KAKAO / DAUM
case(name="kakao-cleancenter-blind", from_="cleancenter@daum.net", name_from="Daum 클린센터",
     date="Wed, 11 Sep 2024 15:00:00 +0900", subject="[Daum] 신고하신 게시물의 처리 결과를 알려드립니다",
     reply_to_req="req-240911-47",
     body=f"""안녕하세요. Daum 클린센터입니다.

신고가 접수되어 살펴본 결과, 아래 게시물이 Daum 카페 운영정책을 위반한 것으로 확인되어 블라인드 처리하였습니다.

게시물 주소: {K[1]}
처리 사유: 불법촬영물 등 불법정보 게시 (운영정책 위반)

처리에 이의가 있는 경우 게시자는 고객센터(https://cs.daum.net/faq/43.html)를 통해 소명할 수 있습니다.
{KAKAO_SIG}""",
     outcome="applied", classification="confirmation", items={K[1]: "removed"},
     imitates="Daum 클린센터 result mail ('신고가 접수되어 살펴본 결과 … 블라인드 처리')",
     why="블라인드 처리 = removed (issue 11's Korean removal family); help and policy links are not items")

case(name="kakao-per-line-three-statuses", from_="policy@kakaocorp.com", name_from="카카오 고객보호팀",
     date="Thu, 12 Sep 2024 17:20:00 +0900", subject="Re: [KCSC-240911-47] 시정요구 조치 결과",
     reply_to_req="req-240911-47",
     body=f"""안녕하세요, 카카오입니다.
요청하신 건에 대한 검토 결과를 회신드립니다.

{K[2]} : 삭제
{K[3]} : 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.
{K[4]} : 이미 삭제되어 확인할 수 없는 게시물입니다.

{KAKAO_SIG}""",
     outcome="applied", classification="confirmation",
     items={K[2]: "removed", K[3]: "rejected", K[4]: "not_found"},
     imitates="Kakao policy team per-line result reply with colon-separated statuses",
     why="삭제 = removed; no violation found, no action = rejected; already deleted, cannot be checked = not_found")

case(name="kakao-tistory-access-restricted", from_="tistory-policy@kakaocorp.com", name_from="티스토리 운영팀",
     date="Fri, 13 Sep 2024 10:30:00 +0900", subject="[티스토리] KCSC-240911-47 요청 건 처리 안내",
     reply_to_req="req-240911-47",
     body=f"""안녕하세요. 티스토리 운영팀입니다.

요청하신 티스토리 게시글
{K[5]}
은(는) 대한민국 내에서 접근이 제한되도록 조치하였습니다.

감사합니다.""",
     outcome="applied", classification="confirmation", items={K[5]: "restricted"},
     imitates="Tistory (Kakao) operations notice; URL on its own line inside the sentence",
     why="접근 제한 in Korea = restricted; the statement spans the lines around the bare URL")

case(name="kakao-base64-html-table", from_="policy@kakaocorp.com", name_from="카카오 고객보호팀",
     date="Mon, 16 Sep 2024 11:45:00 +0900", subject="=?UTF-8?B?" + base64.b64encode("Re: [KCSC-240911-47] 조치결과 회신".encode()).decode() + "?=",
     reply_to_req="req-240911-47",
     raw_mime=alt(
         f"연번 | URL | 조치결과\n1 | {K[1]} | 게시물 삭제\n2 | {K[2]} | 게시물 삭제\n4 | {K[4]} | 게시중단\n\n카카오 고객보호팀\n",
         f"<html><body><p>조치 결과를 아래와 같이 회신드립니다.</p><table border=1>"
         f"<tr><th>연번</th><th>URL</th><th>조치결과</th></tr>"
         f"<tr><td>1</td><td><a href=\"{K[1]}\">{K[1]}</a></td><td>게시물 삭제</td></tr>"
         f"<tr><td>2</td><td><a href=\"{K[2]}\">{K[2]}</a></td><td>게시물 삭제</td></tr>"
         f"<tr><td>4</td><td><a href=\"{K[4]}\">{K[4]}</a></td><td>게시중단</td></tr>"
         f"</table><p>카카오 고객보호팀</p></body></html>",
         "=_alt47_k", enc="b64"),
     outcome="applied", classification="confirmation",
     items={K[1]: "removed", K[2]: "removed", K[4]: "removed"},
     imitates="Kakao multipart/alternative reply, base64 bodies, encoded-word subject, result table",
     why="base64 text and HTML parts agree: two 게시물 삭제 and one 게시중단 = removed")

case(name="kakao-partial-count-unspecified", from_="policy@kakaocorp.com", name_from="카카오 고객보호팀",
     date="Tue, 17 Sep 2024 14:00:00 +0900", subject="Re: [KCSC-240911-47] 시정요구",
     reply_to_req="req-240911-47",
     body=f"""안녕하세요.

요청하신 5건 중 3건은 삭제 조치를 완료하였고, 나머지 2건은 추가 확인이 필요하여 검토 중입니다.

[요청 목록]
{K[1]}
{K[2]}
{K[3]}
{K[4]}
{K[5]}

{KAKAO_SIG}""",
     outcome="review", review="not_understood", items={},
     imitates="Kakao interim reply giving counts ('5건 중 3건 삭제') over an echoed request list",
     why="which three were deleted is not said: applying to the echoed list would be false; review (bulk would also be defensible)")

case(name="kakao-read-receipt", from_="policy@kakaocorp.com", name_from="카카오 고객보호팀",
     date="Wed, 11 Sep 2024 11:20:00 +0900", subject="읽음: [KCSC-240911-47] 불법정보 시정요구",
     reply_to_req="req-240911-47",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn47"

--=_mdn47
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.
제목: [KCSC-240911-47] 불법정보 시정요구
읽은 시간: 2024-09-11 (수) 오전 11:20

--=_mdn47
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Outlook
Final-Recipient: rfc822;policy@kakaocorp.com
Original-Message-ID: <req-240911-47@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn47--""",
     outcome="ignored", classification="read_receipt", items={},
     imitates="Outlook Korean read receipt (읽음:) as multipart/report disposition-notification",
     why="MDN read receipt: ignored")

case(name="kakao-cs-ticket-ack", from_="noreply@kakaocorp.com", name_from="카카오 고객센터",
     date="Wed, 11 Sep 2024 11:05:00 +0900", subject="[카카오 고객센터] 문의가 접수되었습니다 (#4711250)",
     reply_to_req="req-240911-47",
     body="""안녕하세요, 카카오 고객센터입니다.

문의하신 내용이 정상적으로 접수되었습니다. (접수번호 #4711250)
순차적으로 확인 후 답변드릴 예정이며, 문의량에 따라 답변이 지연될 수 있는 점 양해 부탁드립니다.

※ 본 메일은 발신 전용이므로 회신하실 수 없습니다.""",
     outcome="ignored", classification="acknowledgement", items={},
     imitates="Kakao 고객센터 문의 접수 receipt with ticket number",
     why="ticket receipt naming no item and stating nothing: ignored")

# ================================================================ YOUTUBE (Korean office)
case(name="yt-korean-legal-blocked-bullets", from_="legal-kr@google.com", name_from="YouTube 법무팀",
     date="Fri, 13 Sep 2024 18:05:00 +0900", subject="Re: [KCSC-240912-47] 불법정보 시정요구 [ref:_00D47Kr._5004711:ref]",
     reply_to_req="req-240912-47",
     body=f"""안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 요청하신 내용을 검토한 결과, 현지 법률에 따라 아래 콘텐츠에 대한 대한민국 내 액세스를 차단했습니다.

  • {Y[1]}
  • {Y[2]}

해당 콘텐츠는 다른 국가에서는 계속 이용 가능할 수 있습니다.
Google은 법적 요청에 관한 정보를 Lumen 데이터베이스(https://lumendatabase.org)에 제출할 수 있습니다.

감사합니다.
YouTube 법무팀""",
     outcome="applied", classification="confirmation", items={Y[1]: "restricted", Y[2]: "restricted"},
     imitates="YouTube legal team Korean outcome: '대한민국 내 액세스를 차단했습니다' with bulleted URLs and Lumen note",
     why="country-level block = restricted for both bulleted videos; Lumen link is not an item")

case(name="yt-english-qp-alternative-mixed", from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
     date="Mon, 16 Sep 2024 02:14:00 +0000", subject="Re: [KCSC-240912-47] Request for removal",
     reply_to_req="req-240912-47",
     raw_mime=alt(
         f"""Hello,

Thanks for reaching out to YouTube. After review, we have taken the following action:

{Y[3]}
This content has been removed for violating YouTube's Community Guidelines.

{Y[4]}
We did not take action on this content, as it does not violate our policies and we did not find a legal basis to restrict it in Korea.

For more information on our policies, visit https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Regards,
The YouTube Legal Team""",
         f"""<html><body><p>Hello,</p><p>Thanks for reaching out to YouTube. After review, we have taken the following action:</p>
<p><a href="{Y[3]}">{Y[3]}</a><br>This content has been removed for violating YouTube&#39;s Community Guidelines.</p>
<p><a href="{Y[4]}">{Y[4]}</a><br>We did not take action on this content, as it does not violate our policies and we did not find a legal basis to restrict it in Korea.</p>
<p>For more information on our policies, visit <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a></p>
<p>Regards,<br>The YouTube Legal Team</p></body></html>""",
         "=_alt47_y"),
     outcome="applied", classification="confirmation", items={Y[3]: "removed", Y[4]: "rejected"},
     imitates="YouTube legal support outcome email (quoted-printable multipart/alternative), status below each URL",
     why="removed for Community Guidelines = removed; 'did not take action … does not violate … no legal basis' = rejected")

case(name="yt-korean-age-restricted", from_="legal-kr@google.com", name_from="YouTube 법무팀",
     date="Tue, 17 Sep 2024 10:00:00 +0900", subject="Re: [KCSC-240912-47] 불법정보 시정요구",
     reply_to_req="req-240912-47",
     body=f"""안녕하세요.

검토 결과, {Y[1]} 동영상은 삭제 기준에는 해당하지 않으나 시청자에게 적합하지 않을 수 있어 연령 제한을 적용했습니다. 이제 만 18세 미만 사용자 및 로그아웃 상태의 사용자는 해당 동영상을 시청할 수 없습니다.

연령 제한 정책: https://support.google.com/youtube/answer/2802167

YouTube 법무팀""",
     outcome="applied", classification="confirmation", items={Y[1]: "restricted"},
     imitates="YouTube age-restriction notice in Korean (연령 제한을 적용했습니다), policy help link",
     why="age restriction = restricted; 'does not meet removal threshold' qualifies the choice, it is not a rejection of the request as a whole")

case(name="yt-korean-not-found-invalid", from_="legal-kr@google.com", name_from="YouTube 법무팀",
     date="Tue, 17 Sep 2024 15:40:00 +0900", subject="Re: [KCSC-240912-47] 불법정보 시정요구",
     reply_to_req="req-240912-47",
     body=f"""안녕하세요.

요청하신 URL {Y[2]} 을(를) 확인했으나, 해당 동영상을 찾을 수 없습니다. URL이 올바르지 않거나 동영상이 이미 YouTube에서 삭제되었을 수 있습니다.
정확한 URL을 확인하신 후 다시 제출해 주시기 바랍니다.

YouTube 법무팀""",
     outcome="applied", classification="confirmation", items={Y[2]: "not_found"},
     imitates="YouTube 'could not locate the video' reply in Korean (동영상을 찾을 수 없습니다)",
     why="cannot find the video = not_found; the invitation to resubmit a correct URL does not turn it into a request for info (arguable: asks_more)")

# ================================================================ X (Korea)
case(name="x-withheld-in-kr-korean", from_="legal@x.com", name_from="X Corp. Legal",
     date="Sat, 14 Sep 2024 03:10:00 +0000", subject="Re: [KCSC-240913-47] 게시물 삭제 요청 [case: 0471234567]",
     reply_to_req="req-240913-47",
     body=f"""안녕하세요,

X 법무팀입니다. 귀하의 요청을 검토한 결과, 아래 게시물에 대해 대한민국에서 콘텐츠를 보류(withheld) 조치했습니다.

{X[1]}

해당 게시물은 대한민국 밖에서는 계속 표시될 수 있습니다. X는 투명성 유지를 위해 이 요청 사본을 Lumen 프로젝트에 제출할 수 있습니다.

감사합니다.
X Corp. Legal""",
     outcome="applied", classification="confirmation", items={X[1]: "restricted"},
     imitates="X country-withheld content notice (Korean translation, 'withheld in Korea', Lumen mention)",
     why="withheld in Korea = restricted")

case(name="x-english-removed-and-no-violation", from_="legal@x.com", name_from="X Corp. Legal",
     date="Tue, 17 Sep 2024 06:30:00 +0000", subject="Re: [KCSC-240913-47] Removal request",
     reply_to_req="req-240913-47",
     body=f"""Hello,

We have reviewed the reported posts.

- {X[2]}: This post was found to violate the X Rules and has been removed.
- {X[3]}: After careful review, we have not taken action on this post as it is not in violation of the X Rules or applicable local law.

You can read more about our approach to legal requests at https://help.x.com/en/rules-and-policies/twitter-legal-faqs

Thanks,
X Legal""",
     outcome="applied", classification="confirmation", items={X[2]: "removed", X[3]: "rejected"},
     imitates="X legal reply listing outcomes per post with a help-centre link",
     why="removed; 'not taken action … as it is not in violation' = rejected")

case(name="x-unknown-sender-gmail", from_="x.korea.legal@gmail.com", name_from="X Korea Legal",
     date="Sat, 14 Sep 2024 12:00:00 +0900", subject="Re: [KCSC-240913-47] 게시물 삭제 요청",
     reply_to_req="req-240913-47",
     body=f"""안녕하세요. X 코리아 법무팀입니다.
요청하신 게시물은 모두 삭제되었습니다.
{X[1]}
{X[2]}
{X[3]}""",
     outcome="review", review="unknown_sender", items={},
     imitates="freemail sender posing as a platform's Korean legal team",
     why="authenticated gmail.com is no platform: unknown sender naming our items goes to review")

case(name="x-bounce-dsn", from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System", auth="none",
     date="Fri, 13 Sep 2024 14:00:40 +0900", subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn47"

--=_dsn47
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@x.com>: host mx.x.com[192.0.2.25] said: 550 5.1.1 User unknown

--=_dsn47
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 14:00:05 +0900

Final-Recipient: rfc822; legal-kr@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_dsn47
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: legal-kr@x.com
Subject: [KCSC-240913-47] 게시물 삭제 요청
Message-ID: <req-240913-47@kcsc.example>
Date: Fri, 13 Sep 2024 14:00:00 +0900

아래 게시물의 삭제를 요청합니다.
{X[1]}
{X[2]}
{X[3]}

--=_dsn47--""",
     outcome="ignored", classification="bounce", items={},
     imitates="Postfix delivery status notification bouncing our own request",
     why="bounce of our own mail: ignored")

case(name="x-claims-telegram-item", from_="legal@x.com", name_from="X Corp. Legal",
     date="Wed, 18 Sep 2024 02:00:00 +0000", subject="Re: [KCSC-240917-47] 게시물 삭제 요청",
     reply_to_req="req-240917-47",
     body=f"""안녕하세요,

요청하신 아래 콘텐츠를 대한민국에서 보류 처리했습니다.
{G[1]}

X Corp. Legal""",
     outcome="review", review="wrong_platform", items={},
     imitates="X withheld notice sent in reply to a request addressed to another platform (misrouted reply)",
     why="X cannot speak for a Telegram message: stays pending, review as wrong_platform")

# ================================================================ TIKTOK (Korean)
case(name="tiktok-korean-removed-echo", from_="legal-kr@tiktok.com", name_from="TikTok 법무팀",
     date="Mon, 16 Sep 2024 19:30:00 +0900", subject="[TikTok] 신고 결과 안내 (KCSC-240916-47)",
     reply_to_req="req-240916-47",
     body=f"""안녕하세요,

TikTok에 신고해 주셔서 감사합니다. 신고하신 콘텐츠를 검토한 결과 커뮤니티 가이드라인 위반이 확인되어 해당 콘텐츠를 삭제했습니다.

신고 상세 정보
신고 번호: TT-KR-20240916-0471
신고 사유: 동의 없이 공유된 성적 콘텐츠
신고된 콘텐츠: {T[1]}

커뮤니티 가이드라인: https://www.tiktok.com/community-guidelines/ko-kr/

TikTok 신뢰 및 안전팀""",
     outcome="applied", classification="confirmation", items={T[1]: "removed"},
     imitates="TikTok report outcome notice in Korean with an echoed report block (신고 상세 정보)",
     why="statement about 'the reported content' applies to the echoed item; guidelines link is not an item")

case(name="tiktok-restricted-and-gone", from_="legal-kr@tiktok.com", name_from="TikTok 법무팀",
     date="Wed, 18 Sep 2024 16:00:00 +0900", subject="RE: [KCSC-240916-47] 불법정보 시정요구",
     reply_to_req="req-240916-47",
     body=f"""안녕하세요,

요청하신 콘텐츠에 대한 조치 결과입니다.

1) {T[1]}
   현지 법률에 따라 대한민국에서 해당 동영상의 이용을 제한했습니다.
2) {T[2]}
   해당 동영상은 존재하지 않거나 이미 삭제되어 찾을 수 없습니다.

TikTok 법무팀""",
     outcome="applied", classification="confirmation", items={T[1]: "restricted", T[2]: "not_found"},
     imitates="TikTok law-enforcement/legal outcome list in Korean, status indented under each numbered URL",
     why="country restriction = restricted; 'does not exist or already deleted, cannot be found' = not_found")

case(name="tiktok-english-ooo", from_="minji.park@tiktok.com", name_from="Minji Park",
     date="Mon, 16 Sep 2024 10:02:00 +0900", subject="Automatic reply: [KCSC-240916-47] 불법정보 시정요구",
     reply_to_req="req-240916-47",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""Thank you for your email. I am out of the office for Chuseok until 18 September with limited access to email.
For urgent legal matters please contact legal-kr@tiktok.com.

추석 연휴로 9월 18일까지 부재중입니다.""",
     outcome="ignored", classification="auto_reply", items={},
     imitates="bilingual Outlook out-of-office ('Automatic reply:') from a platform employee",
     why="auto-reply: ignored")

# ================================================================ TELEGRAM
case(name="tg-blocked-one-sentence", from_="dsa@telegram.org", name_from="Telegram",
     date="Wed, 18 Sep 2024 21:12:00 +0400", subject="Re: [KCSC-240917-47] 불법정보 시정요구",
     reply_to_req="req-240917-47",
     body=f"""Hello,

{G[1]} - this message has been taken down and is no longer available.

Telegram Abuse Team""",
     outcome="applied", classification="confirmation", items={G[1]: "removed"},
     imitates="Telegram abuse-desk one-line reply (URL and one sentence)",
     why="a notice that is only a URL and one sentence: taken down = removed")

case(name="tg-thanks-ack-no-items", from_="dsa@telegram.org", name_from="Telegram",
     date="Tue, 17 Sep 2024 12:00:00 +0400", subject="Re: [KCSC-240917-47] 불법정보 시정요구",
     reply_to_req="req-240917-47",
     body="""Hello,

Thank you for your report. We have received it and a ticket has been created (Ticket #4717002). Our moderators will look into it.

Telegram Support""",
     outcome="ignored", classification="acknowledgement", items={},
     imitates="Telegram support ticket receipt",
     why="acknowledgement naming no item: ignored")

# ================================================================ mixed
case(name="naver-ack-then-statement", from_="policy@navercorp.com",
     date="Wed, 18 Sep 2024 13:00:00 +0900", subject="RE: [KCSC-240910-47] 불법정보 시정요구",
     reply_to_req="req-240910-47",
     body=f"""안녕하세요. 요청 메일은 잘 접수되었습니다.

접수된 게시물 중 {N[9]} 는 지식iN 운영정책에 따라 답변을 삭제하였고,
{N[8]} 는 현행법상 불법정보로 판단하기 어려워 삭제하지 않았습니다.

감사합니다.""",
     outcome="applied", classification="confirmation", items={N[9]: "removed", N[8]: "rejected"},
     imitates="Korean reply opening with a receipt phrase (잘 접수되었습니다) followed by real statements",
     why="an acknowledgement phrase plus unhedged item statements is not an acknowledgement; 판단하기 어려워 삭제하지 않았습니다 = negated removal with a reason = rejected (arguable: reads as soft)")

case(name="kakao-deleted-by-cafe-admin", from_="policy@kakaocorp.com", name_from="카카오 고객보호팀",
     date="Thu, 19 Sep 2024 09:30:00 +0900", subject="Re: [KCSC-240911-47] 시정요구 조치 결과",
     reply_to_req="req-240911-47",
     body=f"""안녕하세요.

{K[3]} 게시물은 당사 검토 전에 해당 카페 운영자(카페지기)가 이미 삭제하여 현재 조회되지 않습니다.

카카오 고객보호팀""",
     outcome="applied", classification="confirmation", items={K[3]: "not_found"},
     imitates="Kakao reply that a Daum cafe post was already deleted by the cafe's own manager",
     why="deleted by the community admin before the platform acted: not_found (following earlier sets; removed is arguable)")


# ---------------------------------------------------------------- output
def prep(c):
    c = dict(c)
    c["from"] = c.pop("from_")
    nm = c.get("name_from")
    if nm and not nm.isascii():
        # display names are RFC 2047 encoded, as real mailers send them
        c["name_from"] = "=?UTF-8?B?" + base64.b64encode(nm.encode()).decode() + "?="
    return c


def main():
    write_requests()
    flat = []
    multi = {}
    for c in CASES:
        if "files_" in c:
            names = []
            for sub in c["files_"]:
                s = prep(sub)
                flat.append(dict(s, outcome="ignored", imitates="", why=""))
                names.append(s["name"])
            multi[c["name"]] = names
        else:
            flat.append(prep(c))
    # write every .eml (corpuslib also writes expected.toml; rewritten below)
    corpuslib.write_set(HERE, "blind47", "", flat)
    out = ["# Blind set 47 (issue 11): Korean-language mix. Generated by make.py; expected",
           "# results written from each email's meaning before anything was run.", ""]
    T_ = corpuslib.toml_str
    for c in CASES:
        files = multi.get(c["name"], [c["name"]])
        out.append("[[case]]")
        out.append(f"name = {T_(c['name'])}")
        out.append("files = [" + ", ".join(T_("cases/" + f + ".eml") for f in files) + "]")
        out.append(f"outcome = {T_(c['outcome'])}")
        if c.get("classification"):
            out.append(f"classification = {T_(c['classification'])}")
        if c.get("review"):
            out.append(f"review = {T_(c['review'])}")
        out.append(f"imitates = {T_(c['imitates'])}")
        out.append(f"why = {T_(c['why'])}")
        out.append("[case.items]")
        for url, st in c.get("items", {}).items():
            out.append(f"{T_(url)} = {T_(st)}")
        out.append("")
    with open(os.path.join(HERE, "expected.toml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
