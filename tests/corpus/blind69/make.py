#!/usr/bin/env python3
"""blind69: a general mix of replies (Kakao/Daum, a hosting abuse desk, Reddit,
a file locker, Discord, a Korean forum, a CDN), English and Korean.
Expected results are written from each email's meaning, before any run."""
import base64, os, quopri, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set

K = ["https://cafe.daum.net/fakecafe01/Aabc/101", "https://cafe.daum.net/fakecafe01/Aabc/102",
     "https://cafe.daum.net/fakecafe01/Aabc/103", "https://cafe.daum.net/fakecafe02/Bxyz/2201",
     "https://cafe.daum.net/fakecafe02/Bxyz/2202", "https://fakeblog77.tistory.com/45",
     "https://fakeblog77.tistory.com/entry/%EA%B0%80%EC%A7%9C-%ED%9B%84%EA%B8%B0",
     "https://fakeblog88.tistory.com/12", "https://fakeblog88.tistory.com/13",
     "https://brunch.co.kr/@fakewriter/12", "https://brunch.co.kr/@fakewriter/13",
     "https://brunch.co.kr/@fakewriter2/7", "https://tv.kakao.com/v/440000001",
     "https://tv.kakao.com/v/440000002"]
K = [None] + K  # K[1]..K[14]
K7RAW = "https://fakeblog77.tistory.com/entry/가짜-후기"
H = [None, "https://kr-replica-deals.de/shop/item.php?id=17", "https://kr-replica-deals.de/shop/item.php?id=18",
     "http://195.201.77.12/files/leak.zip", "https://fakepharma-kr.net/order/",
     "https://cdn.fakepharma-kr.net/img/banner_ko.jpg"]
R = [None, "https://www.reddit.com/r/fakesubkr/comments/1fb2x3a/buy_now_cheap/",
     "https://www.reddit.com/r/fakesubkr/comments/1fb2x9z/dm_for_price/",
     "https://www.reddit.com/r/fakekoreatalk/comments/1fc0aa1/this_thread/",
     "https://www.reddit.com/user/fake_seller_kr/comments/1fc7q2m/menu/"]
M = [None, "https://mega.nz/file/Ab3dEfGh", "https://mega.nz/file/Zx9yWv8U", "https://mega.nz/folder/Qr7sTu6V"]
D = [None, "https://discord.gg/fakeinv7kr",
     "https://discord.com/channels/1181111111111111111/1182222222222222222"]
G1 = "https://gall.dcinside.com/mgallery/board/view/?id=fakegall&no=123456"
C1 = "https://kr-fakecasino.net/"


def quoted_req(ref, urls, date, prefix="> "):
    lines = [f"On {date}, KCSC Takedown <takedown@kcsc.example> wrote:",
             f"Request {ref}: please remove the following content (Korean law).", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Korea Communications Standards Commission"]
    return "\n".join(lines[:1] + [prefix + l for l in lines[1:]])


def b64(s, width=76):
    e = base64.b64encode(s.encode("utf-8") if isinstance(s, str) else s).decode()
    return "\n".join(e[i:i + width] for i in range(0, len(e), width))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode()


def xlsx_bytes(rows):
    """Minimal deterministic XLSX (inline strings, fixed zip timestamps)."""
    import io, zipfile
    from xml.sax.saxutils import escape
    def cell(ref, v):
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
    sheet_rows = []
    for i, row in enumerate(rows, 1):
        cells = "".join(cell(chr(65 + j) + str(i), v) for j, v in enumerate(row))
        sheet_rows.append(f'<row r="{i}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="처리결과" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 15, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


CASES = []
def case(**c):
    CASES.append(c)

# ---------------------------------------------------------------- Kakao / Daum
case(name="kakao-cafe-blind-numbered", date="Tue, 10 Sep 2024 15:12:40 +0900",
     **{"from": "report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject="Re: [KCSC-240909-01] 시정요구 조치결과 회신", reply_to_req="req-240909-01",
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회의 시정요구(KCSC-240909-01)에 대한 조치 결과를 아래와 같이 회신드립니다.

1. {K[1]} : 블라인드 처리 완료
2. {K[2]} : 블라인드 처리 완료
3. {K[3]} : 게시글 삭제 완료

처리 내용에 대해 문의사항이 있으시면 고객센터(https://cs.kakao.com/helps?service=8)로 문의해 주시기 바랍니다.

감사합니다.
카카오 권리침해신고센터 드림
(주)카카오 | 제주특별자치도 제주시 첨단로 242
""",
     outcome="applied", classification="confirmation",
     items={K[1]: "removed", K[2]: "removed", K[3]: "removed"},
     imitates="Daum cafe / Kakao 권리침해신고센터 조치결과 회신 (numbered per-URL result list, 블라인드 처리)",
     why="numbered list with 블라인드 처리 완료 / 삭제 완료 per item; help link is not an item")

case(name="kakao-tistory-imsijochi-quoted", date="Wed, 11 Sep 2024 10:05:00 +0900",
     **{"from": "tistory-safety@kakaocorp.com"}, name_from="티스토리 운영팀",
     subject="RE: 시정요구 KCSC-240909-01 (티스토리)", reply_to_req="req-240909-01",
     body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 아래 게시물 2건에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
- {K[6]}
- {K7RAW}

임시조치 기간 중 게시자의 이의제기가 있을 경우 별도로 안내드리겠습니다.

티스토리 운영정책: https://www.tistory.com/policy/operation

{quoted_req('KCSC-240909-01', K[6:10], '2024. 9. 9. (월) 오전 10:00')}
""",
     outcome="applied", classification="confirmation",
     items={K[6]: "restricted", K[7]: "restricted"},
     imitates="Korean portal 임시조치 notice (Network Act Art. 44-2, 30-day temporary measure) over a quoted request",
     why="임시조치 = restricted; the raw-Hangul tistory entry URL in a bulleted list must match the percent-encoded item; quoted items 8 and 9 stay pending. The conditional about a future objection does not hedge the measure taken")

case(name="kakao-brunch-no-violation-and-missing", date="Thu, 12 Sep 2024 16:40:11 +0900",
     **{"from": "brunch@kakaocorp.com"}, name_from="브런치팀",
     subject="[브런치] 신고 게시물 검토 결과 안내 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""안녕하세요, 브런치팀입니다.

신고해 주신 게시물에 대한 검토 결과를 안내드립니다.

- {K[10]}
  검토 결과 브런치 운영정책 및 관련 법령에 위반되는 내용이 확인되지 않아 게시물을 유지합니다.

- {K[11]}
  해당 주소의 글은 존재하지 않습니다. 작성자가 이미 삭제한 글로 확인됩니다.

브런치 운영원칙 https://brunch.co.kr/@brunch/1
감사합니다.
""",
     outcome="applied", classification="confirmation",
     items={K[10]: "rejected", K[11]: "not_found"},
     imitates="Brunch / Kakao report review result notice (검토 결과 위반사항 없음, 게시 유지; 작성자 삭제)",
     why="status on the line below each bare URL: kept up for no violation = rejected; deleted by its author / does not exist = not_found")

case(name="kakao-html-table-results", date="Fri, 13 Sep 2024 09:20:00 +0900",
     **{"from": "noreply-safety@daum.net"}, name_from="Daum 고객센터",
     subject="[Daum] 시정요구 처리결과 (KCSC-240909-01)", reply_to_req="req-240909-01", type="html",
     body=f"""<html><body>
<p>안녕하세요. Daum 고객센터입니다.</p>
<p>귀 위원회의 시정요구 건에 대한 처리결과를 알려드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>처리결과</th></tr>
<tr><td>1</td><td><a href="{K[4]}">{K[4]}</a></td><td>삭제</td></tr>
<tr><td>2</td><td><a href="{K[5]}">{K[5]}</a></td><td>접근 제한 (국내 IP 차단)</td></tr>
<tr><td>3</td><td><a href="{K[8]}">{K[8]}</a></td><td>해당 게시물 없음</td></tr>
</table>
<p>본 메일은 발신전용입니다. 문의는 <a href="https://cs.daum.net/faq/">고객센터</a>를 이용해 주세요.</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     items={K[4]: "removed", K[5]: "restricted", K[8]: "not_found"},
     imitates="HTML-only Korean portal result mail with a 번호/URL/처리결과 table",
     why="HTML table rows: 삭제 = removed, 접근 제한 = restricted, 해당 게시물 없음 = not_found; FAQ link not an item")

csv_text = "\ufeff번호,URL,처리결과,처리일\n" + "\n".join([
    f"1,{K[9]},삭제,2024-09-13", f"2,{K[12]},비공개 처리,2024-09-13",
    f"3,{K[13]},위반사항 없음(유지),2024-09-13"]) + "\n"
case(name="kakao-csv-attachment", date="Fri, 13 Sep 2024 18:02:33 +0900",
     **{"from": "report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject="Re: [KCSC-240909-01] 처리결과 첨부", reply_to_req="req-240909-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b69csv"

--=_b69csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 나머지 요청 건의 처리결과를 첨부 파일로 보내드립니다.
카카오 권리침해신고센터

--=_b69csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_b69csv--
""",
     outcome="applied", classification="confirmation",
     items={K[9]: "removed", K[12]: "removed", K[13]: "rejected"},
     imitates="portal bulk result spreadsheet sent as CSV attachment (UTF-8 BOM, Korean headers)",
     why="per-row statuses in a base64 CSV: 삭제 and 비공개 처리 = removed, 위반사항 없음(유지) = rejected")

case(name="kakao-tv-under-review", date="Fri, 13 Sep 2024 11:11:00 +0900",
     **{"from": "kakaotv@kakaocorp.com"}, name_from="카카오TV 운영팀",
     subject="Re: [KCSC-240909-01] 카카오TV 영상 관련", reply_to_req="req-240909-01",
     body=f"""안녕하세요, 카카오TV 운영팀입니다.

요청하신 영상 {K[14]} 은(는) 현재 내부 검토가 진행 중입니다.
검토가 완료되는 대로 조치 여부를 다시 안내드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood", items={},
     imitates="Korean portal interim reply (내부 검토 진행 중, 추후 안내)",
     why="under review / will inform later names a requested item without a status: must be seen, not ignored")

case(name="kakao-out-of-office", date="Mon, 09 Sep 2024 10:00:41 +0900",
     **{"from": "jiyoung.park@kakaocorp.com"}, name_from="박지영",
     subject="[자동회신] 부재중입니다: [KCSC-240909-01] 시정요구", reply_to_req="req-240909-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""안녕하세요. 9월 9일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 report@kakaocorp.com 으로 연락 부탁드립니다.

I am out of office until 13 September with limited access to email.
""",
     outcome="ignored", items={},
     imitates="Outlook Korean/English out-of-office auto-reply (자동회신, 부재중)",
     why="out-of-office auto-reply says nothing about items")

case(name="kakao-lookalike-sender", date="Thu, 12 Sep 2024 20:30:00 +0900",
     **{"from": "safety@kakaocorp-report.com"}, name_from="Kakao Safety",
     subject="Re: [KCSC-240909-01] 조치 완료", reply_to_req="req-240909-01",
     body=f"""안녕하세요. 카카오 안전팀입니다.

요청하신 {K[14]} 영상은 삭제 조치가 완료되었습니다.
""",
     outcome="review", review="unknown_sender", items={},
     imitates="look-alike domain imitating a Kakao result mail",
     why="DMARC passes only for a look-alike domain that is no platform's sender: names our item, must go to review, nothing applied")

case(name="kakao-receipt-ack", date="Mon, 09 Sep 2024 10:03:12 +0900",
     **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 2409091003-551)", reply_to_req="req-240909-01",
     body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409091003-551
담당자 확인 후 순차적으로 답변드리겠습니다.

본 메일은 발신전용입니다.
""",
     outcome="ignored", classification="acknowledgement", items={},
     imitates="Kakao customer-center ticket receipt (문의 접수, 접수번호)",
     why="a pure receipt with a ticket number, no statement about any item")

case(name="kakao-dmarc-fail", date="Fri, 13 Sep 2024 13:13:13 +0900",
     **{"from": "report@kakaocorp.com"}, auth="fail", name_from="카카오 권리침해신고센터",
     subject="Re: [KCSC-240909-01] 조치결과", reply_to_req="req-240909-01",
     body=f"""조치결과 안내드립니다.

{K[13]} - 삭제 완료
{K[14]} - 삭제 완료
""",
     outcome="review", review="untrusted", items={},
     imitates="a perfect Kakao per-line result mail, but DMARC fails",
     why="spoof attempt on a real sender domain: dmarc=fail, must be seen and nothing applied")

case(name="kakao-author-deleted", date="Sat, 14 Sep 2024 09:45:00 +0900",
     **{"from": "kakaotv@kakaocorp.com"}, name_from="카카오TV 운영팀",
     subject="Re: [KCSC-240909-01] 카카오TV 영상 관련 (2)", reply_to_req="req-240909-01",
     body=f"""안녕하세요. 확인 결과 {K[14]} 영상은 게시자에 의해 이미 삭제되어 존재하지 않는 영상입니다.
별도 조치할 대상이 없음을 알려드립니다.
""",
     outcome="applied", classification="confirmation", items={K[14]: "not_found"},
     imitates="Korean portal reply: already deleted by the uploader (게시자에 의해 이미 삭제)",
     why="already deleted by the author / does not exist = not_found (issue 11 family)")

case(name="kakao-english-base64-geo", date="Sat, 14 Sep 2024 14:00:00 +0900",
     **{"from": "global-safety@kakao.com"}, name_from="Kakao Trust & Safety",
     subject="Re: Request KCSC-240909-01", reply_to_req="req-240909-01",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Dear KCSC team,

Following your request, access to the posts below has been restricted for users in the Republic of Korea:

  {K[2]}
  {K[3]}

The content remains visible outside Korea. For details see https://www.kakaocorp.com/page/responsible/detail/policy

Kind regards,
Kakao Trust & Safety
''')}
""",
     outcome="applied", classification="confirmation", items={K[2]: "restricted", K[3]: "restricted"},
     imitates="English country-withheld notice (restricted in the Republic of Korea, visible elsewhere)",
     why="base64 plain body; geo-restriction of two listed items = restricted; policy link is not an item")

case(name="kakao-private-and-stopped", date="Sun, 15 Sep 2024 11:30:00 +0900",
     **{"from": "brunch@kakaocorp.com"}, name_from="브런치팀",
     subject="[브런치] 추가 조치 안내 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""안녕하세요, 브런치팀입니다.

아래 글은 운영자에 의해 비공개 처리되었습니다.
{K[12]}

아래 영상은 게시중단 조치되었습니다.
{K[13]}
""",
     outcome="applied", classification="confirmation", items={K[12]: "removed", K[13]: "removed"},
     imitates="Korean portal operator notice: 운영자에 의해 비공개 처리 / 게시중단 (statement, URL on the line below)",
     why="URL on the line below its statement; 비공개 처리 by the operator and 게시중단 = removed")

case(name="kakao-age-gate", date="Mon, 16 Sep 2024 17:20:00 +0900",
     **{"from": "noreply-safety@daum.net"}, name_from="Daum 카페 운영팀",
     subject="[Daum 카페] 청소년유해 게시물 조치 안내", reply_to_req="req-240909-01",
     body=f"""안녕하세요. Daum 카페 운영팀입니다.

다음 게시물은 청소년유해정보로 판단되어 성인인증 후에만 열람할 수 있도록 제한하였습니다.
<{K[5]}>

카페 운영정책: https://cafe.daum.net/_c21_/notice_list
""",
     outcome="applied", classification="confirmation", items={K[5]: "restricted"},
     imitates="Korean portal age-gate notice (청소년유해정보, 성인인증 후 열람)",
     why="age restriction = restricted; URL in angle brackets on the line below its statement")

xlsx_rows = [["No", "신고 URL", "조치 결과", "비고"],
             ["1", K[1], "접속 차단", "국내 IP"],
             ["2", K[4], "삭제", ""],
             ["3", K[10], "게시물 없음", "URL 확인 불가"]]
case(name="kakao-xlsx-attachment", date="Sun, 15 Sep 2024 16:00:00 +0900",
     **{"from": "report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject="Re: [KCSC-240909-01] 조치결과 엑셀 파일 송부", reply_to_req="req-240909-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b69xlsx"

--=_b69xlsx
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 시정요구 건 조치결과를 엑셀 파일로 송부드립니다.
카카오 권리침해신고센터

--=_b69xlsx
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="result_240915.xlsx"
Content-Disposition: attachment; filename="result_240915.xlsx"
Content-Transfer-Encoding: base64

{b64(xlsx_bytes(xlsx_rows))}
--=_b69xlsx--
""",
     outcome="applied", classification="confirmation",
     items={K[1]: "restricted", K[4]: "removed", K[10]: "not_found"},
     imitates="portal result spreadsheet (XLSX attachment, Korean column headers 신고 URL / 조치 결과)",
     why="XLSX rows: 접속 차단 = restricted, 삭제 = removed, 게시물 없음 = not_found")

# ---------------------------------------------------------------- Hetzner
case(name="hetzner-abuse-echoed-report", date="Wed, 11 Sep 2024 08:14:00 +0200",
     **{"from": "abuse@hetzner.com"}, name_from="Hetzner Online GmbH - Abuse Team",
     subject="Re: AbuseID:4F21C9:1B - KCSC-240910-01", reply_to_req="req-240910-01",
     body=f"""Dear Sir or Madam,

thank you for your report. We have forwarded it to our customer, who has now
removed the reported content. We consider this case closed.

Kind regards

Abuse Team
Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen, Germany
Register Court: Registergericht Ansbach, HRB 6089

----- Original report (AbuseID:4F21C9:1B) -----
Reporter: takedown@kcsc.example
Reference: KCSC-240910-01
URLs:
{H[1]}
{H[2]}
Category: counterfeit goods
""",
     outcome="applied", classification="confirmation", items={H[1]: "removed", H[2]: "removed"},
     imitates="Hetzner-style abuse desk closing mail (AbuseID, 'customer has removed the reported content', echoed report)",
     why="statement about 'the reported content' followed by the echoed report listing two items; the echo is not a quote of our mail")

case(name="hetzner-ticket-ack", date="Tue, 10 Sep 2024 04:02:10 +0200",
     **{"from": "abuse@hetzner.com"}, name_from="Hetzner Online GmbH - Abuse Team",
     subject="Ticket#2024091003012345 - Your abuse report has been received", reply_to_req="req-240910-01",
     body="""Dear Sir or Madam,

we have received your abuse report. A ticket with the number
2024091003012345 has been created. Please keep the ticket number in the
subject line of any further correspondence.

This is an automatically generated message.

Hetzner Online GmbH - Abuse Team
""",
     outcome="ignored", items={},
     imitates="hosting provider abuse ticket receipt ('a ticket has been created')",
     why="pure acknowledgement: nothing about items (class may be acknowledgement or auto_reply)")

case(name="hetzner-customer-will-remove", date="Thu, 12 Sep 2024 09:30:00 +0200",
     **{"from": "abuse@hetzner.com"}, name_from="Hetzner Online GmbH - Abuse Team",
     subject="Re: AbuseID:77AB10:2C - KCSC-240910-01", reply_to_req="req-240910-01",
     body=f"""Dear Sir or Madam,

our customer responsible for {H[4]} has stated that the page will be taken
offline within the next 24 hours. We will check again after this deadline.

Abuse Team
Hetzner Online GmbH
""",
     outcome="review", review="not_understood", items={},
     imitates="abuse desk relaying a customer's promise to remove",
     why="future tense (will be taken offline): not a statement of what was done; names an item, so review")

case(name="hetzner-per-line-mixed", date="Fri, 13 Sep 2024 15:00:00 +0200",
     **{"from": "abuse@hetzner.com"}, name_from="Hetzner Online GmbH - Abuse Team",
     subject="Re: AbuseID:77AB10:2C - KCSC-240910-01 - status", reply_to_req="req-240910-01",
     body=f"""Hello,

status of the URLs from your report:

{H[3]}
-> the server was blocked by us, the file is no longer reachable

{H[4]}
-> our customer could not find this path on the server; it returns 404

Best regards
Abuse Team, Hetzner Online GmbH
https://docs.hetzner.com/general/others/abuse-handling
""",
     outcome="applied", classification="confirmation", items={H[3]: "removed", H[4]: "not_found"},
     imitates="hosting abuse desk per-URL status reply (server blocked / path returns 404)",
     why="status below each bare URL: server blocked = removed; path not found, 404 = not_found; docs link is not an item")

case(name="hetzner-outlook-topposted", date="Mon, 16 Sep 2024 10:01:00 +0200",
     **{"from": "m.huber@hetzner.com"}, name_from="Markus Huber",
     subject="AW: KCSC-240910-01", reply_to_req="req-240910-01",
     body=f"""Hi,

done - {H[5]} was taken down today, the customer's CDN bucket is locked.

Markus

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 4:00 AM
To: abuse@hetzner.com
Subject: KCSC-240910-01

Please remove:
{H[1]}
{H[2]}
{H[3]}
{H[4]}
{H[5]}
""",
     outcome="applied", classification="confirmation", items={H[5]: "removed"},
     imitates="short informal Outlook reply from an abuse-desk employee, top-posted over -----Original Message-----",
     why="short informal top-posted 'done - URL was taken down' = removed; the Outlook-quoted list of all five items never counts")

case(name="hetzner-otrs-html", date="Tue, 17 Sep 2024 12:00:00 +0200",
     **{"from": "abuse@hetzner.com"}, name_from="Hetzner Online GmbH - Abuse Team",
     subject="[Ticket#2024091003012345] Status update", reply_to_req="req-240910-01", type="html",
     body=f"""<html><body><div style="font-family:Arial">
<p>Dear Sir or Madam,</p><p>please find the current state of your report below.</p>
<table><tr><td><b>URL</b></td><td><b>State</b></td></tr>
<tr><td>{H[1]}</td><td>Resolved &ndash; content removed by customer</td></tr>
<tr><td>{H[2]}</td><td>Open &ndash; waiting for customer reply</td></tr>
</table>
<p>Ticket: 2024091003012345 &middot; <a href="https://www.hetzner.com/legal/abuse">Abuse policy</a></p>
</div></body></html>""",
     outcome="applied", classification="confirmation", items={H[1]: "removed"},
     imitates="OTRS/Zammad-style HTML-only ticket status mail",
     why="one row resolved/removed, the other open: only item 1 changes, item 2 stays pending")

case(name="hetzner-bounce", date="Wed, 18 Sep 2024 03:00:00 +0200",
     **{"from": "MAILER-DAEMON@hetzner.com"}, name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender", reply_to_req="req-240910-01",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="=_b69dsn"

--=_b69dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.hetzner.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-old@hetzner.com>: mailbox unavailable

--=_b69dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.hetzner.com
Arrival-Date: Wed, 18 Sep 2024 02:59:58 +0200

Final-Recipient: rfc822; abuse-old@hetzner.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--=_b69dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-old@hetzner.com
Subject: Reminder: KCSC-240910-01
Message-ID: <rem-240910-01-1@kcsc.example>

--=_b69dsn--
""",
     outcome="ignored", classification="bounce", items={},
     imitates="Postfix DSN (multipart/report delivery-status) for our reminder",
     why="bounce of our own reminder: ignored")

# ---------------------------------------------------------------- Reddit
case(name="reddit-mod-informal", date="Wed, 11 Sep 2024 22:10:00 +0900",
     **{"from": "noreply@redditmail.com"}, name_from="Reddit",
     subject="Re: [KCSC-240911-01] message from the mods of r/fakesubkr", reply_to_req="req-240911-01",
     body=f"""u/fakesubkr_mod replied to your modmail:

hey, thanks for the heads up. pulled both of these and banned the poster
{R[1]}
{R[2]}

- r/fakesubkr mod team

View the full conversation: https://www.reddit.com/message/messages/2abcde
""",
     outcome="applied", classification="confirmation", items={R[1]: "removed", R[2]: "removed"},
     imitates="Reddit modmail reply notification from a volunteer moderator (informal wording 'pulled both')",
     why="informal moderator wording 'pulled both of these' = removed; conversation link is not an item. Arguable: a moderator is not Reddit Inc., but the mail is authenticated redditmail.com")

case(name="reddit-no-violation", date="Thu, 12 Sep 2024 07:45:00 +0900",
     **{"from": "noreply@reddit.com"}, name_from="Reddit Safety",
     subject="Your report to Reddit (KCSC-240911-01)", reply_to_req="req-240911-01",
     body=f"""Hi there,

Thanks for submitting a report to the Reddit Safety team. After investigating,
we've found that the reported content doesn't violate Reddit's Content Policy
(https://www.redditinc.com/policies/content-policy), so it will stay up.

Reported content: {R[3]}

If you think we got this wrong, you can request another review:
https://support.reddithelp.com/hc/en-us/requests/new

Thanks,
Reddit Safety
""",
     outcome="applied", classification="confirmation", items={R[3]: "rejected"},
     imitates="Reddit Safety 'doesn't violate Reddit's Content Policy' report outcome with echoed reported content",
     why="'the reported content doesn't violate' + echoed URL = rejected; policy and re-review links are not items")

case(name="reddit-geo-below-url", date="Fri, 13 Sep 2024 08:00:00 +0900",
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     subject="Re: KCSC-240911-01 - legal request", reply_to_req="req-240911-01",
     body=f"""Hello,

Regarding your request:

{R[4]}
This content is now unavailable to users located in South Korea in response to a legal request.

Best,
Reddit Legal Operations
""",
     outcome="applied", classification="confirmation", items={R[4]: "restricted"},
     imitates="Reddit 'content unavailable in your location due to a legal request' geo-block notice",
     why="status on the line right below a bare URL; geo-block = restricted")

case(name="reddit-read-receipt", date="Wed, 11 Sep 2024 09:41:00 +0900",
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     subject="Read: [KCSC-240911-01] removal request", reply_to_req="req-240911-01",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_b69mdn"

--=_b69mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: [KCSC-240911-01] removal request

was read on Wednesday, September 11, 2024 9:41 AM.

--=_b69mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.reddit.com; Microsoft Outlook
Final-Recipient: rfc822;legal@reddit.com
Original-Message-ID: <req-240911-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b69mdn--
""",
     outcome="ignored", items={},
     imitates="Outlook MDN read receipt (multipart/report disposition-notification)",
     why="read receipt: ignored, not forwarded")

case(name="reddit-ack-plus-update", date="Sat, 14 Sep 2024 12:00:00 +0900",
     **{"from": "noreply@reddit.com"}, name_from="Reddit Safety",
     subject="Re: Your report to Reddit (KCSC-240911-01)", reply_to_req="req-240911-01",
     body=f"""Hi there,

Thanks for your report. We've received it and our team has reviewed it.

Update: we removed the post at {R[2]} for violating Rule 3 (no sale of
prohibited goods). We couldn't find the content at {R[1]}; the link may be
invalid or the post may already be gone.

Reddit Safety
https://www.reddit.com/help/contentpolicy
""",
     outcome="applied", classification="confirmation", items={R[2]: "removed", R[1]: "not_found"},
     imitates="Reddit report outcome that opens with an acknowledgement phrase, then states results",
     why="acknowledgement phrase plus unhedged statements is not an acknowledgement; 'couldn't find' = not_found (the 'may' clause only explains why)")

case(name="reddit-about-discord-items", date="Mon, 16 Sep 2024 19:00:00 +0900",
     **{"from": "noreply@reddit.com"}, name_from="Reddit Safety",
     subject="Re: external links reported", reply_to_req="req-240911-01",
     body=f"""Hi,

The invite links you flagged were posted on Reddit, but they point to another service.
We removed the Reddit posts sharing {D[1]} and
{D[2]}; the server itself is outside our control.

Reddit Safety
""",
     outcome="review", review="wrong_platform", items={},
     imitates="platform reply about links belonging to another service",
     why="Reddit cannot state anything about Discord's items; must not apply, must be seen. Reason arguable (not_understood also defensible)")

# ---------------------------------------------------------------- MEGA
case(name="mega-disabled-topposted", date="Thu, 12 Sep 2024 17:30:00 +1200",
     **{"from": "abuse@mega.nz"}, name_from="MEGA Abuse",
     subject="Re: [KCSC-240912-01] Takedown request", reply_to_req="req-240912-01",
     body=f"""Dear KCSC,

Thank you for contacting MEGA. The following links have been disabled and
the user account has been suspended:

 * {M[1]}
 * {M[2]}

Regards,
MEGA Compliance Team
https://mega.io/takedown

{quoted_req('KCSC-240912-01', M[1:4], 'Thu, Sep 12, 2024 at 2:00 PM')}
""",
     outcome="applied", classification="confirmation", items={M[1]: "removed", M[2]: "removed"},
     imitates="file-locker takedown confirmation ('the following links have been disabled'), top-posted over quoted request",
     why="bulleted list of disabled links = removed; the third link appears only in the quote and stays pending")

case(name="mega-asks-more", date="Fri, 13 Sep 2024 09:00:00 +1200",
     **{"from": "abuse@mega.nz"}, name_from="MEGA Abuse",
     subject="Re: [KCSC-240912-01] Takedown request - information required", reply_to_req="req-240912-01",
     body=f"""Dear KCSC,

We are unable to process {M[3]} as submitted. Please provide the complete
folder link including the decryption key, so that we can identify the files.

MEGA Compliance Team
""",
     outcome="review", review="asks_more", items={},
     imitates="file-locker request for the full link with decryption key",
     why="platform asks for more information about an item; nothing applied")

mega_html = f"""<html><body><p>Dear KCSC,</p>
<p>The folder <a href="{M[3]}">{M[3]}</a> has been removed from MEGA and is no longer accessible.</p>
<p>MEGA Compliance Team &ndash; <a href="https://mega.io/terms">Terms of Service</a></p></body></html>"""
case(name="mega-qp-alternative", date="Sat, 14 Sep 2024 10:00:00 +1200",
     **{"from": "abuse@mega.io"}, name_from="MEGA Compliance",
     subject="Re: [KCSC-240912-01] folder", reply_to_req="req-240912-01",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="=_b69alt"

--=_b69alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f"Dear KCSC,{chr(10)}{chr(10)}The folder {M[3]} has been removed from MEGA and is no longer accessible.{chr(10)}{chr(10)}MEGA Compliance Team - Terms of Service: https://mega.io/terms{chr(10)}")}
--=_b69alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(mega_html)}
--=_b69alt--
""",
     outcome="applied", classification="confirmation", items={M[3]: "removed"},
     imitates="multipart/alternative quoted-printable takedown confirmation",
     why="QP text and HTML alternatives say the same removal; terms link is not an item")

# ---------------------------------------------------------------- Discord
case(name="discord-echoed-report-actioned", date="Sat, 14 Sep 2024 04:20:00 +0000",
     **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
     subject="Update on your report [Ticket #58213377]", reply_to_req="req-240913-01",
     body=f"""Hello,

Thanks for reaching out. After reviewing, we've taken action on the reported
content under our Community Guidelines (https://discord.com/guidelines).

For privacy reasons we can't share details about the action taken.

---- Your report ----
Report type: illegal goods
Links:
- {D[1]}
- {D[2]}

Discord Trust & Safety
""",
     outcome="applied", classification="confirmation", items={D[1]: "removed", D[2]: "removed"},
     imitates="Discord T&S 'we've taken action' report update with echoed report",
     why="'taken action on the reported content' (actioned) + echoed report = removed for both. Arguable: action unspecified could be a warning; issue 11 lists 'actioned' under removal")

case(name="discord-partial", date="Sun, 15 Sep 2024 06:00:00 +0000",
     **{"from": "legal@discord.com"}, name_from="Discord Legal",
     subject="Re: KCSC-240913-01", reply_to_req="req-240913-01",
     body=f"""Hello,

The invite {D[1]} has been deleted and can no longer be used.
The channel at {D[2]} is still being reviewed by our team; we will follow up.

Discord Legal
""",
     outcome="applied", classification="confirmation", items={D[1]: "removed"},
     imitates="platform partial reply: one item done, one still under review",
     why="invite deleted = removed; 'still being reviewed' leaves the channel pending")

case(name="discord-ooo", date="Fri, 13 Sep 2024 01:16:00 +0000",
     **{"from": "j.rivera@discord.com"}, name_from="Jamie Rivera",
     subject="Automatic reply: KCSC-240913-01", reply_to_req="req-240913-01",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""Thanks for your email. I'm out of the office until September 23 and will respond when I return.
For urgent legal matters please write to legal@discord.com.
""",
     outcome="ignored", items={},
     imitates="Outlook 'Automatic reply' out-of-office",
     why="auto-reply: ignored")

# ---------------------------------------------------------------- DCInside
case(name="dcinside-operator-deleted", date="Mon, 16 Sep 2024 15:30:00 +0900",
     **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject="Re: [KCSC-240916-01] 게시물 삭제 요청 처리 결과", reply_to_req="req-240916-01",
     body=f"""안녕하세요. 디시인사이드 운영팀입니다.

<{G1}>에서 요청하신 게시물은 운영자에 의해 삭제되었습니다。

> 방송통신심의위원회 시정요구 KCSC-240916-01
> {G1} 삭제 요청

감사합니다.
""",
     outcome="applied", classification="confirmation", items={G1: "removed"},
     imitates="Korean community-site operator reply (운영자에 의해 삭제) with angle-bracketed URL + particle 에서",
     why="deleted by the operator = removed; URL in angle brackets followed by 에서 and full-width period")

case(name="dcinside-hedged", date="Tue, 17 Sep 2024 10:10:00 +0900",
     **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject="Re: [KCSC-240916-01] 문의", reply_to_req="req-240916-01",
     body=f"""안녕하세요.
말씀하신 {G1} 게시물은 갤러리 매니저가 삭제한 것으로 보이나, 정확한 처리 여부는 확인 후 다시 말씀드리겠습니다.
""",
     outcome="review", review="not_understood", items={},
     imitates="hedged Korean moderator reply (삭제한 것으로 보이나, 확인 후 다시)",
     why="'appears to have been deleted, will confirm' is hedged: a clerk would hesitate")

case(name="dcinside-gmail-admin", date="Tue, 17 Sep 2024 21:00:00 +0900",
     **{"from": "fakegall.manager@gmail.com"}, name_from="fakegall 매니저",
     subject="Re: [KCSC-240916-01]", reply_to_req="req-240916-01",
     body=f"""갤러리 매니저입니다. {G1} 글 제가 지웠습니다.
""",
     outcome="review", review="unknown_sender", items={},
     imitates="informal reply from an individual gallery manager using a personal mailbox",
     why="unknown sender (gmail.com) claims a removal of our item: must be seen, nothing applied")

# ---------------------------------------------------------------- Cloudflare
case(name="cloudflare-not-host", date="Tue, 17 Sep 2024 02:30:00 +0000",
     **{"from": "abuse@cloudflare.com"}, name_from="Cloudflare Trust & Safety",
     subject="[Cloudflare] Abuse report 9f3e2a1b - KCSC-240917-01", reply_to_req="req-240917-01",
     body=f"""Hello,

Cloudflare received your report regarding: {C1}

Cloudflare offers network services (including a reverse proxy, pass-through
security service and CDN). We are not a hosting provider and cannot remove
content from the internet. We have forwarded your report to the responsible
hosting provider and to the website owner.

Hosting provider: Example Hosting Ltd (abuse@example-hosting.example)

Learn more: https://www.cloudflare.com/trust-hub/abuse-approach/

Regards,
Cloudflare Trust & Safety
""",
     outcome="review", review="not_understood", items={},
     imitates="Cloudflare 'we are not a hosting provider, report forwarded to the host' abuse reply",
     why="names our item but states no status (neither removed nor rejected): must be seen. Arguable: someone may read 'cannot remove' as rejected")

case(name="cloudflare-auto-receipt", date="Tue, 17 Sep 2024 00:05:00 +0000",
     **{"from": "noreply@cloudflare.com"}, name_from="Cloudflare",
     subject="[Cloudflare] We have received your abuse report", reply_to_req="req-240917-01",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""This is an automated message confirming that Cloudflare has received your abuse report.
Report ID: 9f3e2a1b. You do not need to reply to this message.
""",
     outcome="ignored", items={},
     imitates="automated abuse-report receipt",
     why="automated receipt, nothing about items")

case(name="cloudflare-blocked-in-kr", date="Wed, 18 Sep 2024 11:00:00 +0000",
     **{"from": "abuse@cloudflare.com"}, name_from="Cloudflare Trust & Safety",
     subject="[Cloudflare] Abuse report 9f3e2a1b - update", reply_to_req="req-240917-01",
     body=f"""Hello,

Following a valid order from a competent authority, Cloudflare has geo-blocked
{C1} so that it is inaccessible from the Republic of Korea.

Regards,
Cloudflare Trust & Safety
https://www.cloudflare.com/transparency/
""",
     outcome="applied", classification="confirmation", items={C1: "restricted"},
     imitates="CDN/reverse-proxy geo-block notice in response to an authority order",
     why="geo-blocked in Korea = restricted; transparency link is not an item")


if __name__ == "__main__":
    write_set(HERE, "blind69", """# blind69: expected results written from meaning before any run.
# Requests: requests.csv (7 requests: 14, 5, 4, 3, 2, 1, 1 items). Config: config.toml.""", CASES)
