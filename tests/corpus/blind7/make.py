#!/usr/bin/env python3
"""blind7: a BLIND held-out set for issue 11 (general mix, seven platforms,
English and Korean).

Written without reading the reader (src/), docs/reader.md or any other
corpus set's case texts. Every email imitates a public notice style named in
its `imitates` field, in our own sentences, with fictional URLs. Expected
results were written here from each email's meaning before anything was run.

    python3 tests/corpus/blind7/make.py

rewrites cases/*.eml and expected.toml (deterministic: fixed dates, fixed
MIME boundaries, zip entries with a fixed timestamp).
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
    "kakaocorp.com": "카카오 권리침해신고센터",
    "daum.net": "Daum 고객센터",
    "kakao.com": "Kakao",
    "tiktok.com": "TikTok Legal",
    "fb.com": "Meta Law Enforcement Response",
    "meta.com": "Meta",
    "facebookmail.com": "Facebook",
    "instagram.com": "Instagram",
    "reddit.com": "Reddit Safety",
    "redditmail.com": "Reddit",
    "discord.com": "Discord Trust & Safety",
    "soundcloud.com": "SoundCloud Copyright",
    "hetzner.com": "Hetzner Abuse Team",
})

# ---------------------------------------------------------------- requests
REQ = {
    "K": ("KCSC-240910-01", "kakao", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", "req-240910-01"),
    "T": ("KCSC-240911-01", "tiktok", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00", "req-240911-01"),
    "M": ("KCSC-240912-01", "meta", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", "req-240912-01"),
    "R": ("KCSC-240913-01", "reddit", "2024-09-13T09:30:00+09:00", "2024-09-20T18:00:00+09:00", "req-240913-01"),
    "D": ("KCSC-240913-02", "discord", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00", "req-240913-02"),
    "S": ("KCSC-240916-01", "soundcloud", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", "req-240916-01"),
    "H": ("KCSC-240917-01", "hetzner", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00", "req-240917-01"),
}

K = [
    "https://cafe.daum.net/gajjacafe/Rv1a/101",
    "https://cafe.daum.net/gajjacafe/Rv1a/102",
    "https://cafe.daum.net/gajjacafe/Rv1a/103",
    "https://cafe.daum.net/gajjacafe/Rv1a/104",
    "https://cafe.daum.net/가짜모임/Qz9b/7",  # stored raw
    "https://fakeblog-kr.tistory.com/15",
    "https://fakeblog-kr.tistory.com/16",
    "https://fakeblog-kr.tistory.com/17",
    "https://otherfake.tistory.com/entry/%EA%B0%80%EC%A7%9C-%EA%B8%80",  # stored percent-encoded
    "https://brunch.co.kr/@fakewriter/7",
    "https://brunch.co.kr/@fakewriter/8",
    "https://open.kakao.com/o/gFakeA01",
    "https://open.kakao.com/o/sFakeB02",
    "https://cafe.daum.net/gajjacafe/Rv1a/105",
]
K5_PCT = "https://cafe.daum.net/%EA%B0%80%EC%A7%9C%EB%AA%A8%EC%9E%84/Qz9b/7"
K9_RAW = "https://otherfake.tistory.com/entry/가짜-글"
T = [
    "https://www.tiktok.com/@fake.creator.kr/video/7412000000000000001",
    "https://www.tiktok.com/@fake.creator.kr/video/7412000000000000002",
    "https://www.tiktok.com/@fake.creator.kr/video/7412000000000000003",
    "https://www.tiktok.com/@another_fake99/video/7412000000000000101",
    "https://www.tiktok.com/@another_fake99/photo/7412000000000000102",
]
M = [
    "https://www.facebook.com/fakepage.kr/posts/pfbid02FakeAbCdEf1xYz",
    "https://www.instagram.com/p/C-FakeAbc1/",
    "https://www.instagram.com/reel/C-FakeRel2/",
    "https://www.facebook.com/groups/1234567890123456/posts/9876543210987654/",
]
R = [
    "https://www.reddit.com/r/fakesub_kr/comments/1fabc12/fake_title_one/",
    "https://www.reddit.com/r/fakesub_kr/comments/1fabc34/fake_title_two/",
    "https://www.reddit.com/user/fake_u_99/comments/1fabd56/fake_profile_post/",
]
D = [
    "https://discord.com/channels/1122334455667788990/1199887766554433221/1283000000000000001",
    "https://discord.com/channels/1122334455667788990/1199887766554433221/1283000000000000002",
]
S = ["https://soundcloud.com/fake-artist-kr/fake-track-01"]
H = [
    "https://fake-kr-mall.example/goods/1201",
    "https://fake-kr-mall.example/img/promo_1201.jpg",
]
ITEMS = {"K": K, "T": T, "M": M, "R": R, "D": D, "S": S, "H": H}
CATEGORY = {
    "K": "defamation", "T": "illegal_gambling", "M": "deepfake_sexual_abuse",
    "R": "illegal_drugs", "D": "deepfake_sexual_abuse", "S": "copyright", "H": "illegal_medicine",
}


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for key in "KTMRDSH":
        ref, plat, sent, due, mid = REQ[key]
        for u in ITEMS[key]:
            lines.append(f"{ref},{plat},{sent},{due},{u},{CATEGORY[key]},<{mid}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def b64(text_or_bytes):
    data = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request_en(key, opener="Please remove or disable access to the following content"):
    ref = REQ[key][0]
    urls = "\n".join(f"{i}. {u}" for i, u in enumerate(ITEMS[key], 1))
    return (f"Subject: [{ref}] Request for removal of illegal content\n\n"
            f"Dear Sir or Madam,\n\n{opener}, which the Korea Communications\n"
            f"Standards Commission found to be illegal under Korean law:\n\n{urls}\n\n"
            "Each item must be removed or blocked for users in the Republic of Korea.\n"
            f"Reference: {ref}\n\nKCSC Takedown Desk")


def our_request_ko(key):
    ref = REQ[key][0]
    urls = "\n".join(f"{i}. {u}" for i, u in enumerate(ITEMS[key], 1))
    return (f"제목: [{ref}] 불법정보 시정요구(삭제) 통보\n\n"
            "귀사 서비스에 게재된 아래 정보에 대하여 「방송통신위원회의 설치 및 운영에 관한 법률」\n"
            "제21조에 따라 시정요구(삭제)를 통보하오니 조치 후 결과를 회신하여 주시기 바랍니다.\n\n"
            f"{urls}\n\n위 게시물은 모두 삭제되어야 합니다.\n문서번호: {ref}\n\n방송통신심의위원회 통신심의국")


def alt(plain, html, boundary, enc="8bit"):
    def body(t):
        if enc == "quoted-printable":
            return qp(t)
        if enc == "base64":
            return b64(t)
        return t.strip("\n") + "\n"
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n"
            f"{body(plain)}\n--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: {enc}\n\n{body(html)}\n--{boundary}--\n")


def mixed(body_plain, attachments, boundary, enc="8bit"):
    """attachments: list of (content_type_line, disposition_line, encoded_payload, cte)."""
    body = body_plain.strip("\n") + "\n" if enc == "8bit" else b64(body_plain)
    out = (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
           f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{body}\n")
    for ctype, disp, payload, cte in attachments:
        out += f"--{boundary}\nContent-Type: {ctype}\nContent-Disposition: {disp}\nContent-Transfer-Encoding: {cte}\n\n{payload}\n"
    return out + f"--{boundary}--\n"


def xlsx(rows):
    """A minimal, deterministic XLSX workbook (inline strings) built by hand."""
    def cell(r, c, v):
        col = "ABCDEFGH"[c]
        v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<c r="{col}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = "".join(
        f'<row r="{i}">' + "".join(cell(i, j, v) for j, v in enumerate(row)) + "</row>"
        for i, row in enumerate(rows, 1))
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Outcome" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>'),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{sheet_rows}</sheetData></worksheet>'),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def scan_pdf():
    """A one-page PDF whose only content is an (empty) image: no text layer."""
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream",
        "<< /Length 33 >>\nstream\nq 595 0 0 842 0 0 cm /Im1 Do Q\nendstream",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ KAKAO / DAUM
case(
    name="kakao-kcsc-result-html-table",
    **{"from": "right@kakaocorp.com"},
    date="Thu, 12 Sep 2024 15:20:11 +0900",
    subject="[카카오] 시정요구(KCSC-240910-01) 조치 결과 회신",
    reply_to_req="req-240910-01",
    type="html",
    body=f"""<html><body>
<p>안녕하세요, 카카오 권리침해신고센터입니다.</p>
<p>귀 위원회에서 2024. 9. 10. 통보하신 시정요구(문서번호 KCSC-240910-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치 결과</th><th>조치 일자</th></tr>
<tr><td>1</td><td>{K[0]}</td><td>삭제</td><td>2024-09-11</td></tr>
<tr><td>2</td><td>{K[1]}</td><td>게시중단(임시조치)</td><td>2024-09-11</td></tr>
<tr><td>3</td><td>{K[2]}</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>4</td><td>{K[3]}</td><td>미조치(위반 사항 확인되지 않음)</td><td>-</td></tr>
</table>
<p>나머지 게시물에 대한 결과는 확인 후 별도로 회신드리겠습니다.</p>
<p>운영정책: <a href="https://cs.daum.net/faq/95/7580.html">https://cs.daum.net/faq/95/7580.html</a></p>
<p>카카오 권리침해신고센터 드림<br>(13529) 경기도 성남시 분당구 판교역로 166</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal reply to a KCSC 시정요구 (조치 결과 회신) as an HTML table 연번|URL|조치 결과|조치 일자; Daum CS FAQ link",
    why="HTML table: 삭제 = removed, 게시중단(임시조치) = restricted (Art. 44-2 temporary measure), 게시물 없음(작성자 삭제) = not_found, 미조치(위반 사항 확인되지 않음) = rejected; the FAQ link is not an item; items 5-14 not in the table stay pending",
    items={K[0]: "removed", K[1]: "restricted", K[2]: "not_found", K[3]: "rejected"},
)

case(
    name="kakao-tistory-temporary-measure-prose",
    **{"from": "noreply@kakaocorp.com"},
    date="Fri, 13 Sep 2024 10:02:45 +0900",
    subject="[티스토리] 권리침해 신고에 따른 임시조치 안내 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 티스토리 권리침해신고 담당자입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2에 따라 아래 게시물을 30일간 임시조치하였습니다.

{K[5]}
{K[6]}
{K[7]}

임시조치된 게시물은 30일 동안 외부에 공개되지 않으며, 게시자가 재게시를 요청하지 않으면 기간 경과 후 삭제됩니다.
자세한 사항은 티스토리 고객센터(https://cs.kakao.com/helps?service=176)를 참고해 주세요.

감사합니다.
카카오 티스토리 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="Tistory/Kakao 권리침해 신고 임시조치 안내 mail (Art. 44-2 30-day temporary measure, notice quoted on a Tistory blog); cs.kakao.com help link",
    why="a 임시조치 heading sentence followed by three bare URLs: all three restricted; the future 'deleted after 30 days' is the policy, not a statement about these items; help link is not an item",
    items={K[5]: "restricted", K[6]: "restricted", K[7]: "restricted"},
)

case(
    name="kakao-bulleted-blind-operator-delete",
    **{"from": "cs@daum.net"},
    date="Fri, 13 Sep 2024 16:40:00 +0900",
    subject="Re: [KCSC-240910-01] 불법정보 시정요구(삭제) 통보",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요, Daum 고객센터입니다.

요청하신 건 중 브런치 및 오픈채팅 관련 처리 결과 안내드립니다.

• {K[9]} — 운영자에 의해 삭제되었습니다.
• {K[10]} — 블라인드 처리되었습니다.
• {K[11]} — 운영정책 위반으로 오픈채팅방이 폐쇄(삭제)되었습니다.

문의사항은 고객센터 1:1 문의(https://cs.daum.net/question/)로 남겨주세요.
Daum 고객센터 드림

{quote_gt(our_request_ko("K"))}""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao CS reply with bulleted per-item results (운영자에 의해 삭제, 블라인드 처리, 오픈채팅방 폐쇄) above our quoted 시정요구",
    why="bulleted per-line statuses: deletion by the operator, 블라인드 and a closed (deleted) open-chat room are removals; the quoted request below says every item must be deleted but is quoted",
    items={K[9]: "removed", K[10]: "removed", K[11]: "removed"},
)

csv_text = "연번,URL,조치결과,비고\r\n" + "\r\n".join([
    f"1,{K[0]},삭제,",
    f"2,{K[1]},삭제,",
    f"3,{K[2]},임시조치,30일",
    f"4,{K[3]},게시물 없음,작성자 삭제",
    f"5,{K5_PCT},삭제,",
    f"6,{K[5]},조치 불가,위반 아님(정당한 비평)",
    f"7,{K[6]},삭제,",
    f"8,{K[7]},검토 중,법무 검토",
    f"9,{K[8]},접속 차단,국내 IP",
    f"10,{K[9]},삭제,",
    f"11,{K[10]},해당 URL 확인 불가,",
    f"12,{K[11]},삭제,",
    f"13,{K[12]},삭제,",
    f"14,{K[13]},삭제,",
]) + "\r\n"
case(
    name="kakao-csv-attachment-all-items",
    **{"from": "right@kakaocorp.com"},
    date="Tue, 17 Sep 2024 11:15:30 +0900",
    subject="[카카오] KCSC-240910-01 처리 결과 (첨부)",
    reply_to_req="req-240910-01",
    raw_mime=mixed(
        "안녕하세요. 카카오 권리침해신고센터입니다.\n\n"
        "KCSC-240910-01 시정요구 14건에 대한 처리 결과를 첨부 파일(CSV)로 송부드립니다.\n"
        "확인 부탁드립니다.\n\n카카오 권리침해신고센터",
        [("text/csv; charset=utf-8; name=\"result_KCSC-240910-01.csv\"",
          "attachment; filename=\"result_KCSC-240910-01.csv\"",
          b64(b"\xef\xbb\xbf" + csv_text.encode("utf-8")), "base64")],
        "==kakao-csv-0917=="),
    outcome="applied", classification="confirmation",
    imitates="Korean portal's batch result sheet for a KCSC request sent as a CSV attachment (연번,URL,조치결과,비고), common in portal–regulator exchanges",
    why="statuses only in a base64 UTF-8-BOM CSV: 삭제 removed, 임시조치 restricted, 게시물 없음 / 해당 URL 확인 불가 not_found, 조치 불가(위반 아님) rejected, 접속 차단 restricted, 검토 중 stays pending; row 5 gives the raw-stored Korean cafe path percent-encoded",
    items={K[0]: "removed", K[1]: "removed", K[2]: "restricted", K[3]: "not_found", K[4]: "removed",
           K[5]: "rejected", K[6]: "removed", K[8]: "restricted", K[9]: "removed", K[10]: "not_found",
           K[11]: "removed", K[12]: "removed", K[13]: "removed"},
)

case(
    name="kakao-top-posted-arrows-over-quote",
    **{"from": "cafe_cs@daum.net"},
    date="Wed, 11 Sep 2024 18:05:12 +0900",
    subject="RE: [KCSC-240910-01] 불법정보 시정요구(삭제) 통보",
    reply_to_req="req-240910-01",
    body=f"""담당자님 안녕하세요.
다음카페 운영팀입니다. 우선 처리된 2건 먼저 회신드립니다.

{K5_PCT} → 삭제 완료
{K[12]} → 삭제 완료

나머지 건은 확인 중이며 처리되는 대로 다시 연락드리겠습니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: cafe_cs@daum.net
{our_request_ko("K")}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style top-posted reply from a Daum Cafe operations agent with '→ 삭제 완료' lines over a '-----Original Message-----' quote",
    why="two arrow statuses in the sender's own words (the raw-stored Korean cafe path given percent-encoded); 'the rest is being checked' changes nothing; the unprefixed Outlook quote says all items must be deleted and must not count",
    items={K[4]: "removed", K[12]: "removed"},
)

case(
    name="kakao-asks-documents",
    **{"from": "right@kakaocorp.com"},
    date="Thu, 12 Sep 2024 09:30:00 +0900",
    subject="[카카오] KCSC-240910-01 관련 추가 자료 요청",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시물 중 아래 2건은 명예훼손 여부 판단을 위해 추가 자료가 필요합니다.

- {K[5]}
- {K[6]}

피해 당사자 특정 자료 및 심의 의결서 사본을 회신 메일로 보내주시면 검토 후 조치하겠습니다.
자료가 제출되기 전까지는 해당 게시물에 대한 조치가 보류됩니다.

카카오 권리침해신고센터""",
    outcome="review", review="asks_more",
    imitates="Daum/Kakao 권리침해 신고 help text asking for supporting documents (권리침해 신고 요청서, 본인확인자료) before a 게시중단",
    why="the platform asks for documents before acting on two named items and says action is on hold: no status, staff must answer",
    items={},
)

case(
    name="kakao-receipt-ticket-ignored",
    **{"from": "noreply@kakaocorp.com"},
    date="Tue, 10 Sep 2024 10:01:07 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 2409100457)",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409100457
접수일시: 2024-09-10 10:01

담당자가 확인 후 순차적으로 답변드릴 예정입니다. 문의량이 많아 답변이 다소 지연될 수 있는 점 양해 부탁드립니다.
답변은 고객센터 > 문의내역에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 automatic receipt mail (문의가 정상적으로 접수되었습니다, 접수번호, 발신 전용)",
    why="an automatic ticket receipt that names no item and states nothing: ignored",
    items={},
)

case(
    name="kakao-future-only-review",
    **{"from": "right@kakaocorp.com"},
    date="Wed, 11 Sep 2024 14:10:00 +0900",
    subject="Re: [KCSC-240910-01] 불법정보 시정요구(삭제) 통보",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 카카오입니다.

보내주신 시정요구 건 중 아래 게시물은 내부 검토 후 금주 중 삭제 조치할 예정입니다.
{K[7]}
{K9_RAW}

조치가 완료되면 다시 안내드리겠습니다.
감사합니다.""",
    outcome="review", review="not_understood",
    imitates="Korean portal CS interim reply promising deletion this week (삭제 조치할 예정입니다) before the final 조치 결과",
    why="a trusted reply about two named items that only promises a future deletion: nothing applied; since it names items and states no result, it must be seen (review) rather than ignored. Arguable: see NOTES.md",
    items={},
)

case(
    name="kakao-cover-note-over-forward",
    **{"from": "kim.jiwoo@kakaocorp.com"},
    name_from="김지우 (카카오 정책팀)",
    date="Mon, 16 Sep 2024 17:45:00 +0900",
    subject="Fwd: [처리완료] 다음카페 게시물 조치 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    body=f"""위원회 담당자님께,

문의하신 {K[13]} 게시물은 9월 16일 삭제 완료되었습니다.
카페 운영팀 회신 내용을 아래에 전달드립니다.

김지우 드림
카카오 정책팀

---------- Forwarded message ---------
보낸사람: 다음카페 운영팀 <cafe_ops@kakaocorp.com>
Date: 2024년 9월 16일 (월) 오후 4:58
Subject: [처리완료] 다음카페 게시물 조치
To: 김지우 <kim.jiwoo@kakaocorp.com>

요청 게시물 {K[13]} 삭제 처리했습니다.
같은 카페의 {K[0]} 도 확인해보니 이미 삭제된 상태입니다.""",
    outcome="applied", classification="confirmation",
    imitates="a platform policy-team employee forwarding a colleague's internal result (Gmail '---------- Forwarded message ---------' block) under her own cover note",
    why="the cover note itself states the removal of item 14, from a trusted kakaocorp.com sender; the colleague's forwarded lines (also about item 1) are a quote, so item 1 stays pending. Arguable: see NOTES.md",
    items={K[13]: "removed"},
)

case(
    name="kakao-daum-status-below-bare-url",
    **{"from": "cafe_cs@daum.net"},
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject="[Daum 카페] 게시물 처리 결과 안내 - KCSC-240910-01",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. Daum 카페 고객센터입니다.
요청 주신 게시물의 처리 결과입니다.

{K[1]}
처리: 게시중단(30일 임시조치)

{K[2]}
처리: 삭제

{K[3]}
처리: 위반 사항 없음 - 정상 게시물로 판단되어 조치하지 않았습니다.

다음카페 운영정책 https://cafe.daum.net/_c21_/cafe_rule 을 참고해 주세요.""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe CS result notice with the status on the line below each bare URL ('처리: …'), cafe operating-policy link",
    why="status on the line below each URL: 게시중단(30일 임시조치) restricted, 삭제 removed, 위반 사항 없음/조치하지 않았습니다 rejected; the policy link is not an item",
    items={K[1]: "restricted", K[2]: "removed", K[3]: "rejected"},
)

case(
    name="kakao-negated-with-reason-and-author-deleted",
    **{"from": "right@kakaocorp.com"},
    date="Tue, 17 Sep 2024 16:30:00 +0900",
    subject="[카카오] 시정요구 검토 결과 안내 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

1. {K[5]} 게시물은 공익적 목적의 비평으로 판단되어 삭제하지 않았습니다.
2. {K[6]}은 이미 작성자가 삭제하여 확인할 수 없습니다.
3. {K9_RAW} 게시물은 비공개 처리되었습니다.

이의가 있으시면 회신 주시기 바랍니다.""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 review-result notice: a refusal with its reason, an author-deleted post, a 비공개 처리; numbered list",
    why="negated removal with a reason (삭제하지 않았습니다) = rejected; 이미 작성자가 삭제하여 확인할 수 없습니다 = not_found (URL followed by the particle 은); 비공개 처리 = removed, with the raw Korean path of an item stored percent-encoded",
    items={K[5]: "rejected", K[6]: "not_found", K[8]: "removed"},
)

case(
    name="kakao-url-below-statement-with-links",
    **{"from": "noreply@daum.net"},
    date="Thu, 12 Sep 2024 20:00:00 +0900",
    subject="[Daum] 게시중단 조치 안내",
    reply_to_req="req-240910-01",
    body=f"""Daum 권리침해신고센터에서 알려드립니다.

방송통신심의위원회 요청(KCSC-240910-01)에 따라 아래 게시물은 게시중단 조치되었습니다.
{K[0]}

게시중단 관련 도움말: https://cs.daum.net/faq/95/7580.html
권리침해신고 안내: https://cs.daum.net/redbell/top.html

본 메일은 발신전용입니다.
Copyright © Kakao Corp. All rights reserved.""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 게시중단 notice: one sentence with the URL on the line below, help/redbell links and a legal footer",
    why="the URL stands on the line below its statement; 게시중단 (takedown) = removed per issue 11; two cs.daum.net help links are not items",
    items={K[0]: "removed"},
)

case(
    name="kakao-per-line-colon-tistory",
    **{"from": "tistory_cs@kakaocorp.com"},
    date="Sat, 14 Sep 2024 09:15:00 +0900",
    subject="티스토리 게시물 처리 결과 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요 티스토리팀입니다.

{K[5]} : 비공개 처리
{K[6]} : 삭제
{K[7]} : 국내 접근 제한
{K[8]} : 검토 중

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="terse Tistory team per-line result list ('URL : 조치')",
    why="per-line statuses after ' : ': 비공개 처리 and 삭제 removed, 국내 접근 제한 restricted, 검토 중 stays pending",
    items={K[5]: "removed", K[6]: "removed", K[7]: "restricted"},
)

case(
    name="kakao-lookalike-unknown-sender",
    **{"from": "right@kakaocorp-help.com"},
    name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 02:14:00 +0900",
    subject="[카카오] KCSC-240910-01 조치 완료 안내",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 아래 게시물은 모두 삭제 완료되었습니다.
{K[0]}
{K[1]}
{K[2]}

조치 확인서 발급: https://kakaocorp-help.com/cert?id=240910""",
    outcome="review", review="unknown_sender",
    imitates="phishing-style copy of a Kakao 조치 완료 notice sent from a look-alike domain (kakaocorp-help.com) that passes DMARC for itself",
    why="authenticated, but the domain is no platform's: the removals of our items must be seen by staff, never applied",
    items={},
)

case(
    name="kakao-bounce-dsn",
    **{"from": "MAILER-DAEMON@daum.net"},
    name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 10:00:40 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="==dsn-daum=="

--==dsn-daum==
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx1.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@daum.net>: host mx1.daum.net said: 550 5.1.1 Recipient
    address rejected: User unknown

--==dsn-daum==
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.daum.net
Arrival-Date: Tue, 10 Sep 2024 10:00:38 +0900

Final-Recipient: rfc822; policy-old@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--==dsn-daum==
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@daum.net
Subject: [KCSC-240910-01] 불법정보 시정요구(삭제) 통보
Message-ID: <req-240910-01@kcsc.example>

--==dsn-daum==--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN (multipart/report; report-type=delivery-status) returning our request's headers",
    why="a bounce of our own request to a dead portal address: ignored, whoever sent it",
    items={},
)

# ================================================================ TIKTOK
case(
    name="tiktok-legal-outcome-sections",
    **{"from": "legal-kr@tiktok.com"},
    date="Fri, 13 Sep 2024 19:22:03 +0900",
    subject="RE: [KCSC-240911-01] Request for removal of illegal content [ticket 5510382]",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Thank you for contacting TikTok. We have reviewed the content in your request KCSC-240911-01.

We removed the following content for violating our Community Guidelines:
{T[0]}
{T[1]}

Based on local law, we have restricted the following content in South Korea:
{T[2]}

After careful review, we did not find a violation of our Community Guidelines or local law for the following content, and it will remain available:
{T[3]}

To learn more, please see our Community Guidelines (https://www.tiktok.com/community-guidelines) and our Law Enforcement Guidelines (https://www.tiktok.com/legal/page/global/law-enforcement/en).

Sincerely,
TikTok Legal Team
Ticket: 5510382
TikTok Pte. Ltd., 1 Raffles Quay, Singapore""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal-team outcome email for a government removal request: sections 'We removed…', 'restricted … in [country] based on local law', 'did not find a violation'; Community Guidelines / Law Enforcement Guidelines links; ticket number",
    why="three headed sections: two removed, one restricted, one rejected; the fifth item is not mentioned and stays pending; guideline links are not items",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted", T[3]: "rejected"},
)

tt_plain = f"""Hi,

An update on your report KCSC-240911-01:

{T[4]}
We've age-restricted this post. It is no longer shown to users under 18 and is removed from the For You feed.

{T[0]}
We couldn't find this video. The link may be incorrect or the video is no longer on TikTok.

Learn more about our age-restriction policy: https://support.tiktok.com/en/safety-hc/account-and-user-safety/content-levels

TikTok Trust & Safety
"""
tt_html = f"""<html><body><p>Hi,</p><p>An update on your report KCSC-240911-01:</p>
<p><a href="{T[4]}">{T[4]}</a><br>We've age-restricted this post. It is no longer shown to users under 18 and is removed from the For You feed.</p>
<p><a href="{T[0]}">{T[0]}</a><br>We couldn't find this video. The link may be incorrect or the video is no longer on TikTok.</p>
<p>Learn more about our age-restriction policy: <a href="https://support.tiktok.com/en/safety-hc/account-and-user-safety/content-levels">Content Levels</a></p>
<p>TikTok Trust &amp; Safety</p></body></html>"""
case(
    name="tiktok-qp-alternative-age-restricted",
    **{"from": "trustandsafety@tiktok.com"},
    date="Sat, 14 Sep 2024 08:40:19 +0900",
    subject="Update on your report",
    reply_to_req="req-240911-01",
    raw_mime=alt(tt_plain, tt_html, "==tt-alt-0914==", enc="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="TikTok in-app style report update sent as email (multipart/alternative, quoted-printable): per-item 'We've age-restricted this post' / 'We couldn't find this video'",
    why="status on the line below each URL in both parts: age-restricted = restricted ('removed from the For You feed' is about the feed, not the post); 'couldn't find this video' = not_found; statuses must not be doubled or conflict across parts. Arguable: see NOTES.md",
    items={T[4]: "restricted", T[0]: "not_found"},
)

case(
    name="tiktok-untrusted-dmarc-fail",
    **{"from": "legal-kr@tiktok.com"},
    auth="fail",
    date="Sun, 15 Sep 2024 03:03:03 +0900",
    subject="RE: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body=f"""Hello,

We removed the following content for violating our Community Guidelines:
{T[0]}
{T[1]}
{T[2]}
{T[3]}
{T[4]}

TikTok Legal Team""",
    outcome="review", review="untrusted",
    imitates="the TikTok legal outcome template, received with dmarc=fail for tiktok.com",
    why="perfect removals of every item, but our own Authentication-Results says dmarc=fail: review, nothing applied",
    items={},
)

case(
    name="tiktok-claims-instagram-items",
    **{"from": "legal-kr@tiktok.com"},
    date="Mon, 16 Sep 2024 12:00:00 +0900",
    subject="RE: Request for removal of illegal content [ticket 5510419]",
    body=f"""Hello,

Thank you for your request. We removed the following content for violating our Community Guidelines:
{M[2]}

Sincerely,
TikTok Legal Team""",
    outcome="review", review="wrong_platform",
    imitates="TikTok legal outcome template sent about a link that belongs to another platform (an Instagram reel)",
    why="a trusted TikTok email claims the removal of an Instagram item of the Meta request: TikTok cannot speak for Meta, the item stays pending and staff review",
    items={},
)

case(
    name="tiktok-ack-echoed-report",
    **{"from": "no-reply@tiktok.com"},
    date="Wed, 11 Sep 2024 11:02:10 +0900",
    subject="We've received your report",
    reply_to_req="req-240911-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hi,

We've received your report and a ticket has been created (ticket 5510382). Our team will review the content and take appropriate action if it violates our Community Guidelines or local law.

Reported content:
{T[0]}
{T[1]}
{T[2]}
{T[3]}
{T[4]}

You don't need to reply to this email. We'll contact you once our review is complete.

TikTok Support""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok 'We've received your report' automatic receipt with the echoed report list",
    why="a ticket receipt as a whole (received, will review, will contact you): echoing the reported URLs states nothing about them, so it is ignored",
    items={},
)

tt_ko = f"""안녕하세요. 틱톡 법무팀입니다.

방송통신심의위원회의 요청(KCSC-240911-01)을 검토한 결과를 안내드립니다.

아래 동영상은 커뮤니티 가이드라인 위반으로 삭제되었습니다.
{T[3]}

아래 콘텐츠는 현지 법률에 따라 대한민국 내에서 접근이 제한되었습니다.
{T[4]}

틱톡 커뮤니티 가이드라인: https://www.tiktok.com/community-guidelines?lang=ko-KR

감사합니다.
TikTok 법무팀 드림
"""
case(
    name="tiktok-korean-base64",
    **{"from": "legal-kr@tiktok.com"},
    date="Tue, 17 Sep 2024 15:30:00 +0900",
    subject="=?UTF-8?B?W0tDU0MtMjQwOTExLTAxXSDsmpTssq0g6rKA7YagIOqysOqzvA==?=",
    reply_to_req="req-240911-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(tt_ko),
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea legal team's Korean outcome email (삭제되었습니다 / 대한민국 내에서 접근이 제한되었습니다), base64 body, encoded-word subject",
    why="Korean heading sentences each followed by one URL: video 4 removed, photo post 5 restricted; the guidelines link is not an item",
    items={T[3]: "removed", T[4]: "restricted"},
)

case(
    name="tiktok-bulk-count",
    **{"from": "legal-kr@tiktok.com"},
    date="Wed, 18 Sep 2024 10:45:00 +0900",
    subject="RE: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body="""Hello,

We have reviewed your request KCSC-240911-01 and removed all 5 videos listed in it for violating our Community Guidelines.

Sincerely,
TikTok Legal Team""",
    outcome="review", review="bulk",
    imitates="short TikTok legal reply confirming a whole request by count, without an item list",
    why="'removed all 5 videos listed in it' names no item: a bulk claim, which the configuration sends to review",
    items={},
)

# ================================================================ META
case(
    name="meta-local-law-echoed-report",
    **{"from": "noreply@fb.com"},
    date="Sat, 14 Sep 2024 06:12:44 +0900",
    subject="Your report about content on Facebook and Instagram [Ref: KCSC-240912-01]",
    reply_to_req="req-240912-01",
    body=f"""Hello,

Thanks for your report. We reviewed the content you reported and found that it doesn't go against our Community Standards. However, we've restricted access to the reported content in South Korea based on local law.

Report details
Reference: KCSC-240912-01
Reported content:
{M[0]}
{M[1]}
Date of report: 12 September 2024

You can learn more about how we handle reports of content that violates local law at https://transparency.meta.com/reports/content-restrictions/content-violating-local-law/

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""",
    outcome="applied", classification="confirmation",
    imitates="Meta local-law report outcome ('doesn't go against our Community Standards. However, we've restricted access … in [country] based on local law') with an echoed 'Report details / Reported content' block and a transparency-centre link",
    why="a statement about 'the reported content' followed by the echoed report listing two items: both restricted (the refusal is turned by 'However'); the transparency link is not an item",
    items={M[0]: "restricted", M[1]: "restricted"},
)

case(
    name="meta-dsa-records",
    **{"from": "dsa-notices@meta.com"},
    date="Sun, 15 Sep 2024 21:00:00 +0900",
    subject="Decision on your notice (KCSC-240912-01)",
    reply_to_req="req-240912-01",
    body=f"""Dear Korea Communications Standards Commission,

We have made a decision about the content you reported. Details for each piece of content are below.

Content: {M[2]}
Date reported: 12 September 2024
Decision: Removed. This reel goes against our Community Standards on adult sexual exploitation.

Content: {M[3]}
Date reported: 12 September 2024
Decision: No action taken. We reviewed this post and it doesn't go against our Community Standards or local law.

If you disagree with a decision, you may request a review: https://www.facebook.com/help/contact/dsa-appeal

Meta Platforms Ireland Limited, Merrion Road, Dublin 4, D04 X2K5, Ireland""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA-style statement-of-reasons records ('Content:', 'Date reported:', 'Decision:'), appeal link, Irish legal footer",
    why="record layout: the Decision field two lines below each Content URL: reel removed, group post rejected; the appeal link is not an item",
    items={M[2]: "removed", M[3]: "rejected"},
)

case(
    name="meta-asks-legal-basis",
    **{"from": "records@fb.com"},
    date="Fri, 13 Sep 2024 08:00:00 +0900",
    subject="Re: [KCSC-240912-01] Request for removal of illegal content",
    reply_to_req="req-240912-01",
    body=f"""Hello,

Thank you for your request. Before we can take action on the following content, we need more information:

{M[0]}

Please provide the specific provision of Korean law the content is alleged to violate and, if available, a copy of the Commission's decision. We are unable to process this item until we receive this information.

Meta Law Enforcement Response Team""",
    outcome="review", review="asks_more",
    imitates="Meta law-enforcement/government request reply asking for the legal basis before acting ('we need more information')",
    why="the platform asks for the legal basis about one named item: asks_more, nothing applied",
    items={},
)

case(
    name="meta-hedged-maybe-removed",
    **{"from": "support@instagram.com"},
    date="Mon, 16 Sep 2024 13:13:13 +0900",
    subject="Re: [KCSC-240912-01] Request for removal of illegal content",
    reply_to_req="req-240912-01",
    body=f"""Hi there,

Thanks for getting in touch. It looks like the post at {M[1]} may already have been taken down, but we can't confirm this from our side right now. We're still checking with the relevant team and will follow up.

Instagram Help Team""",
    outcome="review", review="not_understood",
    imitates="Instagram Help Team human reply hedging about a post's state ('may already have been taken down, but we can't confirm')",
    why="hedged ('may already have been', 'can't confirm'): a careful clerk would not record a status; a trusted email naming an item with no firm statement must go to review. Arguable reason: see NOTES.md",
    items={},
)

meta_xlsx = xlsx([
    ["Content URL", "Action taken", "Date"],
    [M[0], "Removed", "2024-09-15"],
    [M[1], "Restricted in South Korea", "2024-09-15"],
    [M[2], "No violation found", "2024-09-15"],
    [M[3], "Content not found", "2024-09-15"],
])
case(
    name="meta-xlsx-outcome-sheet",
    **{"from": "gov-requests@meta.com"},
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    subject="Outcome of your request KCSC-240912-01",
    reply_to_req="req-240912-01",
    raw_mime=mixed(
        "Hello,\n\nPlease find the outcome of your request KCSC-240912-01 in the attached spreadsheet.\n\n"
        "Kind regards,\nMeta Government Requests Team",
        [("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name=\"KCSC-240912-01_outcome.xlsx\"",
          "attachment; filename=\"KCSC-240912-01_outcome.xlsx\"", b64(meta_xlsx), "base64")],
        "==meta-xlsx-0916=="),
    outcome="applied", classification="confirmation",
    imitates="government-request outcome spreadsheet (Content URL | Action taken | Date) attached as XLSX to a one-line cover mail",
    why="statuses only in the XLSX sheet: Removed, Restricted in South Korea, No violation found (rejected), Content not found (not_found)",
    items={M[0]: "removed", M[1]: "restricted", M[2]: "rejected", M[3]: "not_found"},
)

case(
    name="meta-outlook-quote-top-posted",
    **{"from": "j.park@meta.com"},
    name_from="Jiyeon Park",
    date="Tue, 17 Sep 2024 10:20:00 +0900",
    subject="RE: [KCSC-240912-01] Request for removal of illegal content",
    reply_to_req="req-240912-01",
    body=f"""Hi team,

Quick update: the Instagram post {M[1]} has been removed for violating our Community Guidelines. The other three are still with our legal team and I'll come back to you on those.

Best,
Jiyeon

Jiyeon Park | Public Policy Korea | Meta

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 2:00 PM
To: Jiyeon Park <j.park@meta.com>
{our_request_en("M")}""",
    outcome="applied", classification="confirmation",
    imitates="Meta Korea public-policy staffer's informal top-posted Outlook reply over our quoted request",
    why="one removal in the sender's own words; 'still with our legal team' keeps the rest pending; the Outlook quote lists every URL with 'must be removed or blocked'",
    items={M[1]: "removed"},
)

case(
    name="meta-ooo-korean",
    **{"from": "j.park@meta.com"},
    name_from="Jiyeon Park",
    date="Thu, 12 Sep 2024 14:00:30 +0900",
    subject="자동 회신: [KCSC-240912-01] Request for removal of illegal content",
    reply_to_req="req-240912-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 9월 12일부터 9월 16일까지 휴가로 부재중입니다.
급한 건은 policy-kr@meta.com 으로 연락 부탁드립니다.

I am out of office until 16 September with limited access to email.""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook bilingual out-of-office reply (자동 회신:) from a platform staffer",
    why="an out-of-office auto-reply: ignored",
    items={},
)

# ================================================================ REDDIT
case(
    name="reddit-removed-report-details",
    **{"from": "noreply@redditmail.com"},
    date="Sat, 14 Sep 2024 02:30:00 +0900",
    subject="Update on your report",
    reply_to_req="req-240913-01",
    body=f"""Hi,

Thanks for submitting a report to the Reddit admin team. After investigating, we've found that the reported content violates Reddit's Content Policy and has been removed.

Report details:
Report reason: Illegal or prohibited transactions
Reported content: {R[0]}

Thanks again for your report and for helping keep Reddit safe.

This is an automated message; replies to it will not be read. For questions, visit https://support.reddithelp.com/hc/en-us/requests/new
Reddit Content Policy: https://www.redditinc.com/policies/content-policy""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report-outcome message ('After investigating, we've found that the reported content violates Reddit's Content Policy') with 'Report details' echo",
    why="statement about 'the reported content' followed by the echoed report naming one post: removed; help/policy links are not items",
    items={R[0]: "removed"},
)

case(
    name="reddit-no-violation-and-geo",
    **{"from": "legal@reddit.com"},
    date="Tue, 17 Sep 2024 07:45:00 +0900",
    subject="Re: [KCSC-240913-01] Request for removal of illegal content",
    reply_to_req="req-240913-01",
    body=f"""Hello,

Thank you for your request. Reddit has reviewed the following post and found that it does not violate Reddit's Content Policy or the laws we are subject to. We will not be taking action on it.
{R[1]}

In response to your request, access to the following post has been blocked for users in South Korea:
{R[2]}

Regards,
Reddit Legal
Reddit, Inc. | 303 2nd St. South Tower, 5th Floor | San Francisco, CA 94107""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Legal reply to a government request: a refusal ('does not violate … We will not be taking action') and a country block",
    why="URL on the line below each statement: the refused post rejected, the geo-blocked profile post restricted",
    items={R[1]: "rejected", R[2]: "restricted"},
)

case(
    name="reddit-casual-admin-typos",
    **{"from": "sam.k@reddit.com"},
    name_from="Sam K.",
    date="Mon, 16 Sep 2024 04:12:00 +0900",
    subject="Re: [KCSC-240913-01] Request for removal of illegal content",
    reply_to_req="req-240913-01",
    body=f"""hey there,

sorry for the slow reply, busy week. took down both posts from r/fakesub_kr:
{R[0]}
{R[1]}

the profile post ({R[2]}) was already gone when i got to it, looks like the user deleted it themselves.

lmk if theres anything else
sam
reddit safety ops""",
    outcome="applied", classification="confirmation",
    imitates="informal Reddit safety-ops agent reply (no capitals, chatty) as quoted in public moderator threads",
    why="'took down both posts' + two URLs below = removed; the profile post 'was already gone when i got to it' = not_found (the 'looks like' hedges only who deleted it). Arguable: see NOTES.md",
    items={R[0]: "removed", R[1]: "removed", R[2]: "not_found"},
)

case(
    name="reddit-still-reviewing",
    **{"from": "legal@reddit.com"},
    date="Sun, 15 Sep 2024 10:00:00 +0900",
    subject="Re: [KCSC-240913-01] Request for removal of illegal content",
    reply_to_req="req-240913-01",
    body=f"""Hello,

We're writing to let you know that the following content is still under review by our team:

{R[0]}
{R[1]}
{R[2]}

We expect to complete our review within five business days and will let you know the outcome.

Regards,
Reddit Legal""",
    outcome="review", review="not_understood",
    imitates="Reddit Legal interim 'still under review' update listing the reported posts",
    why="trusted email naming all three items, all 'under review': no status; since it names items and states no result it goes to review rather than being ignored. Arguable: see NOTES.md",
    items={},
)

# ================================================================ DISCORD
case(
    name="discord-actioned-reported-messages",
    **{"from": "noreply@discord.com"},
    date="Sun, 15 Sep 2024 15:00:00 +0900",
    subject="Update on your Discord report (KCSC-240913-02)",
    reply_to_req="req-240913-02",
    body=f"""Hi there,

Thanks for your report. Our Safety team has reviewed it and has actioned the reported messages for violating Discord's Community Guidelines.

Reported messages:
- {D[0]}
- {D[1]}

Learn more about the actions we take: https://discord.com/safety/360044159011-what-actions-we-take

Discord Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome ('has actioned the reported messages') with the echoed 'Reported messages' list and the safety-centre link",
    why="'actioned the reported messages' followed by the echoed list: both removed ('actioned' = removal per issue 11); the safety-centre link is not an item. Arguable: see NOTES.md",
    items={D[0]: "removed", D[1]: "removed"},
)

case(
    name="discord-casual-agent",
    **{"from": "mina@discord.com"},
    name_from="Mina from Discord",
    date="Mon, 16 Sep 2024 09:09:09 +0900",
    subject="Re: [KCSC-240913-02] Request for removal of illegal content",
    reply_to_req="req-240913-02",
    body=f"""Hi!! thanks for the heads up

i deleted the first message ({D[0]}), it's gone now.
the 2nd one i couldnt find anywhere, {D[1]} doesnt exist on our end (maybe it was deleted before i checked?)

have a good one :)
Mina
Discord Support

On Fri, Sep 13, 2024 at 4:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_gt(our_request_en("D"))}""",
    outcome="applied", classification="confirmation",
    imitates="Discord support agent's chatty human reply (typos, no capitals) over a Gmail 'On … wrote:' quote",
    why="'i deleted the first message' = removed; 'couldnt find … doesnt exist on our end' = not_found (the parenthesised guess hedges only the cause); quoted request does not count",
    items={D[0]: "removed", D[1]: "not_found"},
)

case(
    name="discord-out-of-office",
    **{"from": "legal@discord.com"},
    date="Fri, 13 Sep 2024 16:00:20 +0900",
    subject="Automatic reply: [KCSC-240913-02] Request for removal of illegal content",
    reply_to_req="req-240913-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""Thank you for your email. The legal team inbox is monitored Monday to Friday, 9am-5pm Pacific Time. We will respond to your message as soon as possible.

For urgent safety matters please use https://dis.gd/request

> {D[0]}
> {D[1]}
> Each item must be removed or blocked for users in the Republic of Korea.""",
    outcome="ignored", classification="auto_reply",
    imitates="Discord legal inbox 'Automatic reply:' (business-hours notice) quoting the top of our request",
    why="an auto-reply (Auto-Submitted: auto-replied, 'Automatic reply:' subject); the URLs and 'removed' are quoted: ignored",
    items={},
)

dc_html = f"""<html><body>
<p>Hello KCSC team,</p>
<p>Please see the outcome for the messages in your request KCSC-240913-02:</p>
<table border="1"><tr><th>Message link</th><th>Action</th></tr>
<tr><td><a href="{D[0]}">Message 1</a></td><td>Content removed</td></tr>
<tr><td><a href="{D[1]}">Message 2</a></td><td>No violation &ndash; no action taken</td></tr>
</table>
<p>Discord Trust &amp; Safety &middot; <a href="https://discord.com/guidelines">Community Guidelines</a></p>
</body></html>"""
case(
    name="discord-html-table-anchor-text",
    **{"from": "legal@discord.com"},
    date="Wed, 18 Sep 2024 11:00:00 +0900",
    subject="Outcome: KCSC-240913-02",
    reply_to_req="req-240913-02",
    type="html",
    body=dc_html,
    outcome="applied", classification="confirmation",
    imitates="Discord T&S outcome as an HTML table 'Message link | Action' whose anchors read 'Message 1/2'",
    why="table rows: the href is the URL; 'Content removed' = removed, 'No violation – no action taken' = rejected; the guidelines link is not an item",
    items={D[0]: "removed", D[1]: "rejected"},
)

# ================================================================ SOUNDCLOUD
case(
    name="soundcloud-one-sentence-taken-down",
    **{"from": "copyright@soundcloud.com"},
    date="Tue, 17 Sep 2024 22:10:00 +0900",
    subject="Re: [KCSC-240916-01] Request for removal of illegal content",
    reply_to_req="req-240916-01",
    body=f"""Hello,

The following track has been taken down and is no longer publicly available on SoundCloud: {S[0]}

More information: https://help.soundcloud.com/hc/en-us/articles/4402637287835-Why-was-my-track-taken-down

SoundCloud Copyright Team
SoundCloud Global Limited & Co. KG, Rheinsberger Str. 76/77, 10115 Berlin""",
    outcome="applied", classification="confirmation",
    imitates="SoundCloud copyright team takedown notice ('track has been taken down'), help-centre article link and Berlin legal footer",
    why="a notice that is one sentence and a URL: removed; the help article is not an item",
    items={S[0]: "removed"},
)

case(
    name="soundcloud-read-receipt",
    **{"from": "copyright@soundcloud.com"},
    date="Mon, 16 Sep 2024 10:30:00 +0900",
    subject="Read: [KCSC-240916-01] Request for removal of illegal content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="==mdn-sc=="

--==mdn-sc==
Content-Type: text/plain; charset=utf-8

Your message

  To: copyright@soundcloud.com
  Subject: [KCSC-240916-01] Request for removal of illegal content
  Sent: Monday, September 16, 2024 10:00 AM

was read on Monday, September 16, 2024 10:29 AM.

--==mdn-sc==
Content-Type: message/disposition-notification

Reporting-UA: mail.soundcloud.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;copyright@soundcloud.com
Original-Message-ID: <req-240916-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--==mdn-sc==--
""",
    outcome="ignored",
    imitates="Outlook read receipt (multipart/report; report-type=disposition-notification, 'Read:' subject)",
    why="an MDN read receipt: ignored, not forwarded (issue 11 item 2)",
    items={},
)

# ================================================================ HETZNER (hosting abuse desk)
case(
    name="hetzner-abuse-customer-removed",
    **{"from": "abuse@hetzner.com"},
    date="Wed, 18 Sep 2024 17:05:00 +0900",
    subject="AbuseID:5F1A2B:1C - Re: [KCSC-240917-01] Request for removal of illegal content",
    reply_to_req="req-240917-01",
    body=f"""Dear Sir or Madam,

Regarding your report (AbuseID:5F1A2B:1C): our customer has removed the reported file. We checked it ourselves and {H[1]} now returns HTTP 404.

The second URL of your report, {H[0]}, is still online. Our customer states that this page is a legitimate product listing and does not contain the material described in your report; we have therefore closed the case for this URL.

Kind regards

Abuse Team
Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen, Germany
Register court: Registergericht Ansbach, HRB 6089""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse-desk reply (AbuseID subject tag, German GmbH legal footer) reporting what the customer did and what the desk verified",
    why="the image was removed (verified 404) = removed; the page 'is still online', the desk accepts it as legitimate and closes the case = rejected. Arguable: see NOTES.md",
    items={H[1]: "removed", H[0]: "rejected"},
)

case(
    name="hetzner-forwarded-to-customer",
    **{"from": "abuse@hetzner.com"},
    date="Tue, 17 Sep 2024 09:20:00 +0900",
    subject="AbuseID:5F1A2B:1C - Re: [KCSC-240917-01] Request for removal of illegal content",
    reply_to_req="req-240917-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Dear Sir or Madam,

Thank you for your report. We have received it and forwarded it to the customer responsible for the server, asking for a statement within 24 hours. This message confirms receipt only; please do not reply.

Reported URLs:
{H[0]}
{H[1]}

Kind regards
Abuse Team
Hetzner Online GmbH""",
    outcome="ignored",
    imitates="hosting abuse-desk automatic receipt: 'we have received your report and forwarded it to our customer', AbuseID, echoed reported URLs",
    why="an automatic receipt ('confirms receipt only') that forwards the report to the customer: states nothing about the URLs. Arguable (review also defensible): see NOTES.md",
    items={},
)

case(
    name="hetzner-pdf-scan-only",
    **{"from": "abuse@hetzner.com"},
    date="Thu, 19 Sep 2024 10:00:00 +0900",
    subject="AbuseID:5F1A2B:1C - statement",
    reply_to_req="req-240917-01",
    raw_mime=mixed(
        "Dear Sir or Madam,\n\nplease find our customer's signed statement regarding AbuseID:5F1A2B:1C attached.\n\n"
        "Kind regards\nAbuse Team\nHetzner Online GmbH",
        [("application/pdf; name=\"statement_5F1A2B.pdf\"", "attachment; filename=\"statement_5F1A2B.pdf\"",
          b64(scan_pdf()), "base64")],
        "==hz-pdf-0919=="),
    outcome="review", review="unreadable_attachment",
    imitates="abuse-desk mail forwarding a customer's signed statement as a scanned PDF (no text layer)",
    why="the only statement is a scanned PDF without text: staff must read it",
    items={},
)

# ================================================================ mixed / other
case(
    name="unknown-sender-consultant",
    **{"from": "takedowns@brandshield-partners.example"},
    name_from="BrandShield Partners",
    date="Wed, 18 Sep 2024 13:00:00 +0900",
    subject="Re: [KCSC-240911-01] status",
    reply_to_req="req-240911-01",
    body=f"""Hello,

On behalf of our client we confirm that the following TikTok videos were removed today:
{T[1]}
{T[2]}

Regards,
BrandShield Partners takedown desk""",
    outcome="review", review="unknown_sender",
    imitates="a third-party brand-protection vendor's status mail claiming removals on a platform's behalf",
    why="an authenticated sender that is no configured platform claims removals of our TikTok items: review, never applied",
    items={},
)

case(
    name="kakao-outlook-quote-with-done-words",
    **{"from": "right@kakaocorp.com"},
    date="Wed, 18 Sep 2024 09:40:00 +0900",
    subject="RE: [KCSC-240910-01] 재요청",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요.

재요청 주신 건 확인했습니다. {K[12]} 오픈채팅방은 9월 17일자로 운영정책 위반에 따라 삭제 조치되었습니다.

카카오 권리침해신고센터

보낸 사람: KCSC Takedown <takedown@kcsc.example>
보낸 날짜: 2024년 9월 17일 화요일 오후 6:00
받는 사람: right@kakaocorp.com
제목: [KCSC-240910-01] 재요청

귀사에서 지난 회신에서 아래 게시물은 삭제 완료로 처리되었다고 알려 주셨으나 여전히 접속됩니다.
{K[0]}
{K[1]}
아래 오픈채팅방도 조치 바랍니다.
{K[12]}""",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply with a '보낸 사람: / 보낸 날짜: / 받는 사람: / 제목:' quote block (no separator) of our follow-up",
    why="the own words remove the open-chat room; the quoted follow-up says two cafe posts were 삭제 완료 but is ours and quoted: they stay pending",
    items={K[12]: "removed"},
)

case(
    name="tiktok-partly-done-hedged",
    **{"from": "legal-kr@tiktok.com"},
    date="Thu, 19 Sep 2024 18:00:00 +0900",
    subject="RE: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body=f"""Hello,

We are in the process of removing {T[1]}; removal should be complete within 24 hours. For {T[2]}, we have partially restricted the content pending a final legal assessment and may lift or extend this depending on the outcome.

TikTok Legal Team""",
    outcome="review", review="not_understood",
    imitates="TikTok legal interim reply: removal 'in process', a partial restriction pending legal assessment",
    why="'in the process of removing' is not yet done; 'partially restricted … pending a final legal assessment' is provisional: a clerk would hesitate, so nothing is applied and staff review",
    items={},
)

case(
    name="instagram-single-removed-angle",
    **{"from": "no-reply@instagram.com"},
    date="Wed, 18 Sep 2024 05:55:00 +0900",
    subject="We removed the reel you reported",
    reply_to_req="req-240912-01",
    body=f"""Hi,

We removed the reel you reported <{M[2]}> because it goes against our Community Guidelines.

Thanks for helping us keep Instagram a safe and supportive community.
See our Community Guidelines: https://help.instagram.com/477434105621119

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
This message was sent to takedown@kcsc.example.""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'We removed the … you reported' notification email, URL in angle brackets, Meta postal footer",
    why="one sentence with its URL in angle brackets: removed; the guidelines link is not an item",
    items={M[2]: "removed"},
)

case(
    name="tiktok-numbered-em-dash",
    **{"from": "legal-kr@tiktok.com"},
    date="Thu, 19 Sep 2024 09:10:00 +0900",
    subject="RE: [KCSC-240911-01] Request for removal of illegal content - final",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Please find the final outcome of request KCSC-240911-01 below.

1. {T[1]} — Removed (Community Guidelines: gambling)
2. {T[2]} — Not found: the link is invalid or the video does not exist
3. {T[4]} — Declined: the post does not violate our Community Guidelines or Korean law

Sincerely,
TikTok Legal Team
Ticket: 5510382""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal final-outcome list, numbered lines 'URL — Removed / Not found / Declined' with reasons",
    why="numbered per-line statuses after an em dash: removed, not_found, rejected ('Declined' with a no-violation reason)",
    items={T[1]: "removed", T[2]: "not_found", T[4]: "rejected"},
)

case(
    name="kakao-particles-fullwidth",
    **{"from": "brunch_cs@kakaocorp.com"},
    date="Sun, 15 Sep 2024 14:00:00 +0900",
    subject="[브런치] 요청 게시물 처리 안내 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요, 브런치팀입니다.

요청하신 {K[9]}의 글은 블라인드 처리되었습니다.
{K[10]}（브런치 글）은 작성자 탈퇴로 이미 삭제되어 존재하지 않습니다。

브런치 운영정책: https://brunch.co.kr/@brunch/1
감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Brunch team notice in prose: URLs followed by Korean particles (의, 은) and full-width brackets/punctuation",
    why="URLs followed by 의 and by full-width （…） must be extracted whole: 블라인드 = removed; 이미 삭제되어 존재하지 않습니다 = not_found; the policy link is not an item",
    items={K[9]: "removed", K[10]: "not_found"},
)

HEADER = """# blind7: BLIND held-out set for issue 11 (general mix). Generated by make.py.
# Expected results written from each email's meaning before the reader was run.
"""

RAW_SUBJECT_OK = {"kakao-per-line-colon-tistory", "kakao-particles-fullwidth"}


def encode_headers(cases):
    """Non-ASCII display names and (most) subjects as RFC 2047 encoded words,
    as Korean mail systems send them; two subjects stay raw 8-bit UTF-8."""
    from email.header import Header
    for dom, name in list(corpuslib.DOMAIN_NAMES.items()):
        if not name.isascii():
            corpuslib.DOMAIN_NAMES[dom] = Header(name, "utf-8").encode()
    for c in cases:
        if "name_from" in c and not c["name_from"].isascii():
            c["name_from"] = Header(c["name_from"], "utf-8").encode()
        if not c["subject"].isascii() and c["name"] not in RAW_SUBJECT_OK:
            c["subject"] = Header(c["subject"], "utf-8", maxlinelen=998).encode()


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind7", HEADER, CASES)
    print(f"{len(CASES)} cases")
