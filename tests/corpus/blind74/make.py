#!/usr/bin/env python3
"""Blind set 74 (issue 11): a general mix of replies, English and Korean,
across YouTube, NAVER, X, Kakao, TikTok, Meta, Reddit and Telegram.
Expected results are written from each email's meaning, before any run.
Deterministic: python3 tests/corpus/blind74/make.py"""
import base64, csv, io, os, quopri, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

YT = "https://www.youtube.com/watch?v="
Y = [YT + v for v in ["Qm3kT9xLp0A", "bR7nW2cYz4E", "Hx5dJ8vPq1K", "tL6gF0sMa9U", "Zc2wN4yRe7B",
                      "pV9kE3hTo5S", "Wd1qX6uGi8M", "nJ4rC7bYs2F", "Ga8mU5zKl3T", "eP0vH9wDx6Q"]]
Y += ["https://www.youtube.com/shorts/Kf2sL8pQn4R", "https://www.youtube.com/shorts/uY7bM1cVt9D",
      YT + "Ro6tZ3jAw0N", "https://www.youtube.com/@가짜뉴스채널"]
Y_HANDLE_PCT = "https://www.youtube.com/@%EA%B0%80%EC%A7%9C%EB%89%B4%EC%8A%A4%EC%B1%84%EB%84%90"
N = ["https://blog.naver.com/fakeblogger77/223561234501", "https://blog.naver.com/fakeblogger77/223561234502",
     "https://cafe.naver.com/fakestockcafe/58213", "https://cafe.naver.com/fakestockcafe/58290",
     "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70101&docId=471234567"]
X = ["https://x.com/fake_seller_kr/status/1833301234567890101", "https://x.com/fake_seller_kr/status/1833301234567890102",
     "https://x.com/anon_drop_99/status/1833309876543210001", "https://x.com/anon_drop_99/status/1833309876543210002"]
K = ["https://tv.kakao.com/v/448812345", "https://pf.kakao.com/_xFakeQ/105512345",
     "https://cafe.daum.net/fakecafe99/Ab3C/1204"]
T = ["https://www.tiktok.com/@fake.clips.kr/video/7413012345678901234",
     "https://www.tiktok.com/@fake.clips.kr/video/7413012345678905678"]
R = ["https://www.reddit.com/r/fakekoreadeals/comments/1fgh2k3/fake_group_buy_thread/"]
M = ["https://www.instagram.com/p/C_fAkE12345/", "https://www.facebook.com/fakepage.kr/posts/pfbid02FakeAbCdEf123"]
TG = ["https://t.me/fake_drops_kr/8812"]

REQS = [  # ref, platform, sent, msgid, urls, category
    ("KCSC-240909-01", "youtube", "2024-09-09T10:00:00+09:00", "req-240909-01", Y, "illegal_gambling"),
    ("KCSC-240910-01", "naver", "2024-09-10T14:00:00+09:00", "req-240910-01", N, "fraud"),
    ("KCSC-240911-01", "x", "2024-09-11T11:00:00+09:00", "req-240911-01", X, "drugs"),
    ("KCSC-240912-01", "kakao", "2024-09-12T10:30:00+09:00", "req-240912-01", K, "defamation"),
    ("KCSC-240913-01", "tiktok", "2024-09-13T16:00:00+09:00", "req-240913-01", T, "illegal_gambling"),
    ("KCSC-240914-01", "reddit", "2024-09-14T09:00:00+09:00", "req-240914-01", R, "fraud"),
    ("KCSC-240916-01", "meta", "2024-09-16T10:00:00+09:00", "req-240916-01", M, "obscenity"),
    ("KCSC-240917-01", "telegram", "2024-09-17T09:30:00+09:00", "req-240917-01", TG, "drugs"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, mid, urls, cat in REQS:
            d = int(sent[8:10]) + 7
            due = sent[:8] + f"{d:02d}" + sent[10:]
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, ""])


def quote_req(ref, urls, when="Mon, 9 Sep 2024 at 10:00", prefix="> "):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
             f"Subject: [{ref}] Request for removal of illegal information",
             "Under Article 44-7 of the Network Act we request removal of the following items:"]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["Please report the measures taken for each item.", "Korea Communications Standards Commission"]
    return "\n".join([lines[0]] + [prefix + l for l in lines[1:]])


def quote_req_ko(ref, urls, prefix="> "):
    lines = [f"[{ref}] 불법정보 시정요구", "아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 하오니 조치 결과를 회신하여 주시기 바랍니다."]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["방송통신심의위원회"]
    return "\n".join(prefix + l for l in lines)


def outlook_quote(ref, urls, sent="Wednesday, September 11, 2024 11:00 AM"):
    return ("-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {sent}\nTo: legal@x.com\nSubject: [{ref}] Request for removal\n\n"
            "Please remove the following items and report the action taken:\n" + "\n".join(urls))


def mime(parts, kind="mixed", boundary="b74-boundary-1"):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"', ""]
    for headers, body in parts:
        out.append(f"--{boundary}")
        out += headers
        out.append("")
        out.append(body.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode()


def xlsx(rows):
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row))
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
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 12, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


TEXT = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit']
HTML = ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: 8bit']

C = []


def case(**kw):
    C.append(kw)


# ---------------------------------------------------------------- applied
case(name="yt-legal-prose-removed-three", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date="Thu, 12 Sep 2024 06:14:02 +0000", subject="Re: [KCSC-240909-01] Request for removal of illegal information",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="YouTube 'we have removed the following content from YouTube' Community Guidelines notice",
     why="prose removal of three listed videos above a quoted copy of the whole request",
     items={Y[0]: "removed", Y[1]: "removed", Y[2]: "removed"},
     body=f"""Hello,

Thanks for reaching out. Our team reviewed the content you reported and found that it
violates our Community Guidelines. We have removed the following content from YouTube:

- {Y[0]}
- {Y[1]}
- {Y[2]}

The remaining videos of your request are still being assessed and we will write again.
You can learn more about our policies at https://support.google.com/youtube/answer/9288567

Regards,
The YouTube Legal Team
Ticket: 7-1839204812931

{quote_req("KCSC-240909-01", Y)}
""")

case(name="yt-geo-restricted-and-no-violation-multipart", from_="legal-kr@google.com", name_from="Google Legal",
     date="Fri, 13 Sep 2024 02:40:11 +0000", subject="[7-1839204813377] Your legal request: KCSC-240909-01",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="Google legal removals reply: 'restricted access ... in South Korea based on local law' plus a 'no action' decision",
     why="multipart/alternative: two items geo-blocked in KR, one declined because it breaks no policy",
     items={Y[3]: "restricted", Y[4]: "restricted", Y[5]: "rejected"},
     raw_mime=mime([(TEXT, f"""Hello,

After review, we have restricted access to the following content in South Korea based on local law:
{Y[3]}
{Y[4]}

We reviewed {Y[5]} and did not find that it violates our policies or local law.
We are therefore not taking action on this video at this time.

Learn more about government removal requests: https://transparencyreport.google.com/government-removals

The Google Legal Team"""),
                    (HTML, f"""<html><body><p>Hello,</p>
<p>After review, we have restricted access to the following content in South Korea based on local law:<br>
<a href="{Y[3]}">{Y[3]}</a><br><a href="{Y[4]}">{Y[4]}</a></p>
<p>We reviewed <a href="{Y[5]}">{Y[5]}</a> and did not find that it violates our policies or local law.
We are therefore not taking action on this video at this time.</p>
<p>Learn more: <a href="https://transparencyreport.google.com/government-removals">Transparency Report</a></p>
<p>The Google Legal Team</p></body></html>""")], kind="alternative"))

case(name="yt-html-only-age-restricted", from_="no-reply@youtube.com", name_from="YouTube Trust & Safety",
     date="Fri, 13 Sep 2024 09:03:44 +0000", subject="Update on your report (KCSC-240909-01)",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation", type="html",
     imitates="YouTube HTML notification 'We've age-restricted ...' with appeal and Help Center buttons",
     why="HTML-only ticket mail: one video age-restricted; Help Center links are not items",
     items={Y[6]: "restricted"},
     body=f"""<!DOCTYPE html><html><body style="font-family:Roboto,Arial">
<table width="600"><tr><td><img src="https://www.gstatic.com/youtube/img/branding/logo.png" alt="YouTube"></td></tr>
<tr><td><h2>Update on the content you reported</h2>
<p>Our reviewers looked at the video below. It does not get removed, but we have <b>age-restricted</b> it,
so it is no longer visible to viewers who are signed out or under 18.</p>
<p>Video: <a href="{Y[6]}">{Y[6]}</a></p>
<p><a href="https://support.google.com/youtube/answer/2802167">Learn about age restrictions</a> &middot;
<a href="https://www.youtube.com/reportingdashboard">Reporting history</a></p></td></tr>
<tr><td style="font-size:11px;color:#777">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</td></tr>
</table></body></html>""")

case(name="yt-not-found-and-deleted-by-uploader", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date="Sat, 14 Sep 2024 01:22:09 +0000", subject="Re: [KCSC-240909-01] Request for removal of illegal information",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="Google legal support reply 'we were unable to locate the content at the URL(s) provided'",
     why="one URL cannot be located, one was already deleted by its uploader: both not_found",
     items={Y[7]: "not_found", Y[8]: "not_found"},
     body=f"""Hi there,

We were unable to locate the content at the following URL. It may have been entered incorrectly:
{Y[7]}

The video at {Y[8]} is no longer available on YouTube because it was
deleted by the uploader before our review.

Best,
YouTube Legal Support""")

case(name="yt-status-below-bare-url", from_="legal-kr@google.com", name_from="Google Legal",
     date="Sat, 14 Sep 2024 05:10:00 +0000", subject="RE: KCSC-240909-01 - outcome",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="Google webform outcome summary: URL on its own line, decision on the next line",
     why="each status sits on the line under its bare URL in different wordings",
     items={Y[9]: "removed", Y[10]: "restricted", Y[11]: "rejected"},
     body=f"""Dear KCSC team,

Please find the outcome for your request below.

{Y[9]}
Removed - violation of our Harmful or dangerous content policy

{Y[10]}
Blocked in KR (local law)

{Y[11]}
No action - the Short does not violate the Community Guidelines

Kind regards,
Google Legal Removals""")

case(name="yt-korean-handle-pct-and-restricted", from_="legal-kr@google.com", name_from="구글코리아 법무팀",
     date="Tue, 17 Sep 2024 03:00:00 +0000", subject="회신: [KCSC-240909-01] 시정요구 조치결과",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="구글코리아 법무팀의 시정요구 조치결과 회신 (한국어 산문)",
     why="Korean reply: the channel written percent-encoded is terminated (removed), one video access-restricted in Korea",
     items={Y[13]: "removed", Y[12]: "restricted"},
     body=f"""안녕하십니까, 구글코리아 법무팀입니다.

귀 위원회의 시정요구에 대한 조치 결과를 아래와 같이 알려드립니다.

1) 채널 {Y_HANDLE_PCT} : 커뮤니티 가이드 위반으로 채널이 해지(삭제)되었습니다.
2) 동영상 {Y[12]} : 현지 법률에 따라 대한민국에서 접근이 제한되었습니다.

감사합니다.
Google LLC 법무팀 드림""")

case(name="yt-csv-attachment", from_="legal-kr@google.com", name_from="Google Legal",
     date="Wed, 18 Sep 2024 07:45:00 +0000", subject="KCSC-240909-01 results (CSV)",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="Google bulk legal-request outcome export as CSV (url, decision, notes)",
     why="short body points to a CSV whose rows give removed / geo-restricted / no-action / not found",
     items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected", Y[3]: "not_found"},
     raw_mime=mime([(TEXT, "Hello,\n\nThe decision for each URL of your request is in the attached CSV.\n\nGoogle Legal Removals"),
                    (['Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_results.csv"',
                      'Content-Disposition: attachment; filename="KCSC-240909-01_results.csv"',
                      'Content-Transfer-Encoding: base64'],
                     b64("url,decision,notes\n"
                         f"{Y[0]},Removed globally,Community Guidelines - spam and scams\n"
                         f"{Y[1]},Blocked in KR,Local legal grounds\n"
                         f"{Y[2]},No action,Content does not violate policy or local law\n"
                         f"{Y[3]},Not found,URL invalid or video unavailable\n"))]))

case(name="naver-임시조치-prose", from_="policy@navercorp.com", name_from="네이버 게시중단 담당",
     date="Wed, 11 Sep 2024 08:12:00 +0000", subject="Re: [KCSC-240910-01] 불법정보 시정요구",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="네이버 게시중단요청서비스 '임시조치(게시중단)' 처리 안내",
     why="임시조치 (Article 44-2 temporary measure) for two blog posts is restricted",
     items={N[0]: "restricted", N[1]: "restricted"},
     body=f"""안녕하세요. 네이버 게시중단 담당자입니다.

요청하신 아래 블로그 게시물 2건에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
{N[0]}
{N[1]}

게시자가 재게시를 요청하지 않으면 30일 경과 후 삭제됩니다.
문의: https://help.naver.com/service/5614

{quote_req_ko("KCSC-240910-01", N)}
""")

case(name="naver-numbered-삭제-블라인드-없음", from_="policy@navercorp.com", name_from="NAVER 정책지원",
     date="Thu, 12 Sep 2024 02:30:00 +0000", subject="[처리결과] KCSC-240910-01",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="네이버 카페·지식iN 신고 처리결과 안내 (번호 목록, 게시중단/블라인드/작성자 삭제)",
     why="numbered Korean list: 게시중단 and 블라인드 read as removed, author-deleted as not_found",
     items={N[2]: "removed", N[3]: "removed", N[4]: "not_found"},
     body=f"""방송통신심의위원회 담당자님께

시정요구하신 게시물의 처리 결과입니다.

1. {N[2]}
   → 게시중단(삭제) 완료
2. {N[3]}
   → 운영원칙 위반으로 블라인드 처리되었습니다
3. {N[4]}
   → 확인 결과 작성자가 이미 삭제한 게시물입니다

네이버 운영원칙: https://policy.naver.com/rules/service.html
감사합니다.""")

case(name="naver-xlsx-조치결과", from_="policy@navercorp.com", name_from="NAVER 정책지원",
     date="Fri, 13 Sep 2024 06:00:00 +0000", subject="RE: [KCSC-240910-01] 조치결과 회신",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="포털의 시정요구 조치결과 엑셀 회신 (URL, 조치내용, 비고 열)",
     why="XLSX attachment with one row per item: 삭제, 삭제, 임시조치, 위반 아님, 게시물 없음",
     items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "rejected", N[4]: "not_found"},
     raw_mime=mime([(TEXT, "안녕하세요.\n\n시정요구 건의 조치 결과를 첨부 엑셀 파일로 회신드립니다.\n\nNAVER 정책지원팀"),
                    (['Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="result.xlsx"',
                      'Content-Disposition: attachment; filename="result.xlsx"',
                      'Content-Transfer-Encoding: base64'],
                     b64(xlsx([["URL", "조치내용", "비고"],
                               [N[0], "삭제", ""], [N[1], "삭제", ""], [N[2], "임시조치", "30일"],
                               [N[3], "미조치", "운영원칙 위반 아님"], [N[4], "게시물 없음", "존재하지 않는 게시물"]])))]))

case(name="x-withheld-in-korea", from_="legal@x.com", name_from="X Legal",
     date="Thu, 12 Sep 2024 15:20:00 +0000", subject="Re: [KCSC-240911-01] Request for removal",
     reply_to_req="req-240911-01", outcome="applied", classification="confirmation",
     imitates="X 'withheld in Korea in response to a legal demand' country-withheld notice",
     why="two posts withheld in KR under the country withheld content policy",
     items={X[0]: "restricted", X[1]: "restricted"},
     body=f"""Hello,

We have reviewed your request. In accordance with our Country Withheld Content policy, the
following posts have been withheld in South Korea in response to your legal demand:

{X[0]}
{X[1]}

Learn more: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal""")

case(name="x-top-posted-outlook-quote", from_="legal@x.com", name_from="X Legal",
     date="Fri, 13 Sep 2024 04:02:00 +0000", subject="RE: [KCSC-240911-01] Request for removal",
     reply_to_req="req-240911-01", outcome="applied", classification="confirmation",
     imitates="X Support case reply top-posted over an Outlook '-----Original Message-----' block",
     why="per-line statuses top-posted over our quoted list: one actioned, one no violation",
     items={X[2]: "removed", X[3]: "rejected"},
     body=f"""Hi,

{X[2]} - actioned: the post was removed for violating the X Rules on illegal goods and services.
{X[3]} - we reviewed this post and found no violation of the X Rules; it remains available.

Case #0198234411

{outlook_quote("KCSC-240911-01", X)}
""")

case(name="kakao-html-table", from_="policy@kakaocorp.com", name_from="카카오 권리침해신고센터",
     date="Fri, 13 Sep 2024 01:00:00 +0000", subject="[카카오] 시정요구 처리 결과 안내 (KCSC-240912-01)",
     reply_to_req="req-240912-01", outcome="applied", classification="confirmation", type="html",
     imitates="카카오 고객센터 권리침해 신고 처리결과 HTML 메일 (표)",
     why="HTML table: 삭제 완료, 게시중단, 임시조치",
     items={K[0]: "removed", K[1]: "removed", K[2]: "restricted"},
     body=f"""<html><body><p>안녕하세요, 카카오 권리침해신고센터입니다.</p>
<p>요청하신 시정요구에 대한 처리 결과를 안내드립니다.</p>
<table border="1"><tr><th>번호</th><th>URL</th><th>처리결과</th></tr>
<tr><td>1</td><td>{K[0]}</td><td>삭제 완료</td></tr>
<tr><td>2</td><td>{K[1]}</td><td>게시중단</td></tr>
<tr><td>3</td><td>{K[2]}</td><td>임시조치</td></tr></table>
<p>카카오 운영정책: <a href="https://www.kakao.com/policy/oppolicy">https://www.kakao.com/policy/oppolicy</a></p>
<p>(주)카카오 | 제주특별자치도 제주시 첨단로 242</p></body></html>""")

case(name="daum-cafe-비공개", from_="cafe-admin@daum.net", name_from="Daum 카페 운영팀",
     date="Sat, 14 Sep 2024 03:30:00 +0000", subject="Re: [KCSC-240912-01] 불법정보 시정요구",
     reply_to_req="req-240912-01", outcome="applied", classification="confirmation",
     imitates="Daum 카페 운영팀 게시글 비공개(운영자 조치) 안내",
     why="비공개 처리 of a cafe post by the operator reads as removed",
     items={K[2]: "removed"},
     body=f"""안녕하세요. Daum 카페 운영팀입니다.

{K[2]} 게시글은 카페 운영정책 위반으로 운영자에 의해 비공개 처리하였습니다.

감사합니다.

{quote_req_ko("KCSC-240912-01", K)}
""")

case(name="tiktok-reported-content-echoed", from_="legal-kr@tiktok.com", name_from="TikTok Trust and Safety",
     date="Sat, 14 Sep 2024 10:10:10 +0000", subject="Your report to TikTok - KCSC-240913-01",
     reply_to_req="req-240913-01", outcome="applied", classification="confirmation",
     imitates="TikTok 'We removed the content you reported' notice followed by the echoed report",
     why="statement about 'the reported content' followed by an echoed report listing both videos",
     items={T[0]: "removed", T[1]: "removed"},
     body=f"""Hi,

Thanks for helping keep TikTok safe. We reviewed the content you reported and removed it for
violating our Community Guidelines.

Your report
Reference: KCSC-240913-01
Reason: Illegal activities and regulated goods
Reported content:
{T[0]}
{T[1]}

Community Guidelines: https://www.tiktok.com/community-guidelines
TikTok Trust and Safety""")

case(name="tiktok-restricted-and-not-violating", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
     date="Mon, 16 Sep 2024 02:00:00 +0000", subject="Re: [KCSC-240913-01] Request for removal",
     reply_to_req="req-240913-01", outcome="applied", classification="confirmation",
     imitates="TikTok law-enforcement/government request response: restricted in country vs. no violation",
     why="one video restricted in Korea under local law, the other found not violating and left up",
     items={T[0]: "restricted", T[1]: "rejected"},
     body=f"""Dear Sir or Madam,

Based on local law, we have restricted the following video in South Korea:
{T[0]}

We reviewed the following video and found that it does not violate our Community Guidelines or
applicable local law. It will remain available:
{T[1]}

Kind regards,
TikTok Legal""")

case(name="tiktok-korean-url-below", from_="kr-support@tiktok.com", name_from="틱톡 코리아",
     date="Tue, 17 Sep 2024 06:30:00 +0000", subject="[틱톡] 신고 처리 결과",
     reply_to_req="req-240913-01", outcome="applied", classification="confirmation",
     imitates="틱톡 신고 결과 안내 (문장 아래 URL)",
     why="Korean statement with the URL on the line below",
     items={T[1]: "removed"},
     body=f"""안녕하세요, 틱톡입니다.

신고하신 아래 동영상은 커뮤니티 가이드라인 위반으로 삭제되었습니다.
{T[1]}

틱톡 드림""")

case(name="meta-instagram-removed-facebook-restricted", from_="legal-requests@fb.com", name_from="Meta Legal",
     date="Mon, 16 Sep 2024 22:00:00 +0000", subject="Re: [KCSC-240916-01] Request for removal",
     reply_to_req="req-240916-01", outcome="applied", classification="confirmation",
     imitates="Meta government request response: removed for Community Guidelines / restricted access in country",
     why="Instagram post removed, Facebook post restricted in Korea; help links are not items",
     items={M[0]: "removed", M[1]: "restricted"},
     body=f"""Hello,

Thank you for your report. We have taken the following action:

* {M[0]} - removed for going against Instagram's Community Guidelines.
* {M[1]} - access restricted in South Korea based on local law.

More about how we handle government requests: https://transparency.meta.com/reports/content-restrictions/
https://www.facebook.com/help/1020633957973118

Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025""")

case(name="meta-qp-not-against-standards", from_="support@support.facebook.com", name_from="Facebook",
     date="Tue, 17 Sep 2024 11:11:00 +0000", subject="Your report about a post",
     reply_to_req="req-240916-01", outcome="applied", classification="confirmation",
     imitates="Facebook Support Inbox notice 'doesn't go against our Community Standards' (quoted-printable HTML+text)",
     why="quoted-printable multipart: a rejection of one item in Facebook's usual wording",
     items={M[1]: "rejected"},
     raw_mime=mime([(['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'],
                     qp(f"We reviewed the post you reported:\n{M[1]}\n\nWe found that it doesn\u2019t go against our Community Standards, so we didn\u2019t take it down.\n\nhttps://www.facebook.com/communitystandards/\nThe Facebook Team\n")),
                    (['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'],
                     qp(f"<html><body><p>We reviewed the post you reported:<br><a href=\"{M[1]}\">{M[1]}</a></p><p>We found that it doesn\u2019t go against our Community Standards, so we didn\u2019t take it down.</p><p><a href=\"https://www.facebook.com/communitystandards/\">Community Standards</a></p><p>The Facebook Team</p></body></html>\n"))],
                   kind="alternative"))

case(name="meta-policy-links-only-one-item", from_="legal-requests@fb.com", name_from="Meta Legal",
     date="Wed, 18 Sep 2024 01:00:00 +0000", subject="Update: KCSC-240916-01",
     reply_to_req="req-240916-01", outcome="applied", classification="confirmation",
     imitates="Meta notice with many Help Centre / policy / appeal links around one decision",
     why="only the Instagram post is named and removed; five facebook.com/instagram.com help links are not items or claims",
     items={M[0]: "removed"},
     body=f"""Hi,

We removed this post because it goes against our Community Guidelines on regulated goods:
{M[0]}

Learn more:
https://help.instagram.com/477434105621119
https://www.facebook.com/help/contact/1994830130782319
https://transparency.meta.com/policies/community-standards/restricted-goods-services/
https://www.instagram.com/accounts/report_history/

Meta""")

case(name="reddit-legal-removed", from_="legal@reddit.com", name_from="Reddit Legal",
     date="Sun, 15 Sep 2024 19:00:00 +0000", subject="Re: [KCSC-240914-01] Request for removal",
     reply_to_req="req-240914-01", outcome="applied", classification="confirmation",
     imitates="Reddit legal/abuse reply 'we have removed the content at the URL you provided'",
     why="single-item notice: one URL and one sentence",
     items={R[0]: "removed"},
     body=f"""Hi there,

We have removed the content at {R[0]} for violating Reddit's Content Policy.

Reddit Legal
https://www.redditinc.com/policies/content-policy""")

case(name="telegram-base64-taken-down", from_="dsa@telegram.org", name_from="Telegram",
     date="Wed, 18 Sep 2024 12:00:00 +0000", subject="Re: [KCSC-240917-01] Request for removal",
     reply_to_req="req-240917-01", outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk short reply ('has been taken down'), base64 body",
     why="base64-encoded plain text stating the message was taken down",
     items={TG[0]: "removed"},
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" +
              b64(f"Hello,\n\nThank you for your report. The message {TG[0]} has been taken down.\n\nCase #4410923\nTelegram Abuse Team\n"))

case(name="yt-reply-to-reminder-nested-quotes", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date="Thu, 19 Sep 2024 02:00:00 +0000", subject="Re: Reminder: [KCSC-240909-01] outstanding items",
     outcome="applied", classification="confirmation",
     extra_headers=["In-Reply-To: <rem-240916-01-1@kcsc.example>",
                    "References: <req-240909-01@kcsc.example> <rem-240916-01-1@kcsc.example>"],
     imitates="reply to a regulator reminder in a thread with two quoted levels (Gmail style)",
     why="answers our reminder; only the new top text counts (two removals), the older quoted reply of Y1 must not apply",
     items={Y[4]: "removed", Y[5]: "removed"},
     body=f"""Hello,

Following your reminder: the videos {Y[4]} and {Y[5]} were removed on
Sep 18 for violating our spam and deceptive practices policy.

Best,
YouTube Legal Support

On Mon, 16 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: the following items of KCSC-240909-01 are still pending:
> {Y[4]}
> {Y[5]}
>
> On Thu, 12 Sep 2024, YouTube Legal Support wrote:
>> We have removed the following content from YouTube:
>> {Y[0]}
>> {Y[6]} has been removed as well.
""")

case(name="naver-thread-quoted-previous-status", from_="policy@navercorp.com", name_from="NAVER 정책지원",
     date="Wed, 18 Sep 2024 05:00:00 +0000", subject="RE: RE: [KCSC-240910-01] 추가 회신",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="네이버 담당자 회신 스레드 (이전 회신과 우리 메일이 여러 단계로 인용됨)",
     why="new text gives 게시중단 for one cafe post; quoted earlier '삭제 완료' lines must not count",
     items={N[3]: "removed"},
     body=f"""안녕하세요.

추가로 요청하신 {N[3]} 게시물도 게시중단 조치를 완료하였습니다.

감사합니다.
NAVER 정책지원팀

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: policy@navercorp.com
Subject: RE: [KCSC-240910-01] 추가 회신

나머지 게시물({N[3]})의 조치 결과도 알려주시기 바랍니다.

> NAVER 정책지원팀 wrote:
> {N[0]} 삭제 완료
> {N[2]} 삭제 완료
""")

case(name="x-ack-phrase-plus-statement", from_="legal@x.com", name_from="X Support",
     date="Sat, 14 Sep 2024 09:00:00 +0000", subject="Case #0198234412: your report",
     reply_to_req="req-240911-01", outcome="applied", classification="confirmation",
     imitates="X Support ticket update that opens with a receipt sentence and then reports the action",
     why="an acknowledgement phrase plus an unhedged removal statement is a confirmation, not an acknowledgement",
     items={X[0]: "removed"},
     body=f"""Hello,

We have received your report and a case has been created (Case #0198234412).

Update: after review, we removed the following post for violating the X Rules:
{X[0]}

Thanks,
X Support""")

case(name="kakaotv-not-exist-fullwidth-paren", from_="tv-help@kakaocorp.com", name_from="카카오TV 운영팀",
     date="Fri, 13 Sep 2024 08:00:00 +0000", subject="Re: [KCSC-240912-01] 불법정보 시정요구",
     reply_to_req="req-240912-01", outcome="applied", classification="confirmation",
     imitates="카카오TV 고객센터 '존재하지 않는 영상' 답변",
     why="URL in full-width parentheses followed by a particle; the video does not exist",
     items={K[0]: "not_found"},
     body=f"""안녕하세요, 카카오TV 운영팀입니다.

요청하신 영상（{K[0]}）은 확인 결과 존재하지 않는 영상입니다.

감사합니다.""")

case(name="yt-url-below-statement-two-decisions", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date="Mon, 16 Sep 2024 04:30:00 +0000", subject="Re: [KCSC-240909-01] partial outcome",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     imitates="YouTube Legal Support reply with the statement first and the URL on the next line",
     why="statement line, then URL line, twice (removed / not actioned)",
     items={Y[1]: "removed", Y[2]: "rejected"},
     body=f"""Hello,

The following video has been removed for violating our policy on illegal or regulated goods:
{Y[1]}

The following video was not actioned, as it does not violate our Community Guidelines:
{Y[2]}

YouTube Legal Support""")

case(name="naver-partly-done-partly-under-review", from_="policy@navercorp.com", name_from="NAVER 정책지원",
     date="Thu, 12 Sep 2024 09:00:00 +0000", subject="Re: [KCSC-240910-01] 중간 회신",
     reply_to_req="req-240910-01", outcome="applied", classification="confirmation",
     imitates="네이버 중간 회신 (일부 삭제, 일부 검토 중)",
     why="one item deleted; the other 'still under review' stays pending",
     items={N[2]: "removed"},
     body=f"""안녕하세요.

{N[2]} 게시물은 삭제하였으며, {N[3]} 게시물은 현재 법무 검토 중으로 결과가 나오는 대로 회신드리겠습니다.

NAVER 정책지원팀""")

# ---------------------------------------------------------------- review
case(name="yt-future-may-remove", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date="Tue, 10 Sep 2024 04:00:00 +0000", subject="Re: [KCSC-240909-01] Request for removal of illegal information",
     reply_to_req="req-240909-01", outcome="review", review="not_understood",
     imitates="Google legal support holding reply: 'we will review and may take action'",
     why="names items but only promises a future review and possible action: nothing to apply, must be seen",
     items={},
     body=f"""Hello,

We will review the videos below and may remove them if we find they violate our policies
or local law. We expect to reply within 5 business days.

{Y[0]}
{Y[1]}
{Y[2]}

YouTube Legal Support""")

case(name="x-asks-court-order", from_="legal@x.com", name_from="X Legal",
     date="Thu, 12 Sep 2024 01:00:00 +0000", subject="Re: [KCSC-240911-01] Request for removal - more information needed",
     reply_to_req="req-240911-01", outcome="review", classification="request_for_info", review="asks_more",
     imitates="X Legal request for additional information (valid legal process / specific law)",
     why="asks for the legal basis before acting on the named posts",
     items={},
     body=f"""Hello,

To process your request regarding {X[2]} and {X[3]},
please provide the specific provision of Korean law the content violates and, if available,
a copy of the relevant order. We are unable to proceed until we receive this information.

X Legal""")

case(name="unknown-sender-lookalike-youtube", from_="trust-safety@youtube-legal-support.com", name_from="YouTube Legal",
     date="Fri, 13 Sep 2024 03:00:00 +0000", subject="Re: [KCSC-240909-01] Request for removal of illegal information",
     reply_to_req="req-240909-01", outcome="review", review="unknown_sender",
     imitates="spoof imitating a YouTube legal removal confirmation from a look-alike domain",
     why="authenticated for its own look-alike domain, which belongs to no platform; claims removals",
     items={},
     body=f"""Hello,

We have removed the following content from YouTube:
{Y[0]}
{Y[1]}

The YouTube Legal Team""")

case(name="tiktok-dmarc-fail", from_="legal-kr@tiktok.com", name_from="TikTok Legal", auth="fail",
     date="Sun, 15 Sep 2024 03:00:00 +0000", subject="Re: [KCSC-240913-01] Request for removal",
     reply_to_req="req-240913-01", outcome="review", review="untrusted",
     imitates="TikTok removal notice wording, with failed DMARC",
     why="perfect removal confirmation but DMARC fails: must go to review, nothing applied",
     items={},
     body=f"""Hi,

We removed the following videos for violating our Community Guidelines:
{T[0]}
{T[1]}

TikTok Legal""")

case(name="naver-claims-kakao-item", from_="policy@navercorp.com", name_from="NAVER 정책지원",
     date="Fri, 13 Sep 2024 07:00:00 +0000", subject="문의하신 게시물 관련",
     outcome="review", review="wrong_platform",
     imitates="포털 담당자가 타사 서비스 게시물에 대해 답한 회신",
     why="trusted NAVER mail states deletion of a Daum cafe post, which is Kakao's item",
     items={},
     body=f"""안녕하세요.

문의하신 {K[2]} 게시물은 삭제되었습니다.

NAVER 정책지원팀""")

case(name="meta-see-support-inbox", from_="support@support.facebook.com", name_from="Facebook",
     date="Wed, 18 Sep 2024 03:00:00 +0000", subject="We've reviewed your report",
     reply_to_req="req-240916-01", outcome="review", review="not_understood",
     imitates="Facebook 'You can see the outcome in your Support Inbox' notice",
     why="names the reported post but gives no outcome, only a pointer to the Support Inbox",
     items={},
     body=f"""Hi,

We've finished reviewing the post you reported:
{M[1]}

You can see the outcome and your options in your Support Inbox:
https://www.facebook.com/support/

The Facebook Team""")

case(name="yt-under-review-only", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date="Wed, 11 Sep 2024 05:00:00 +0000", subject="Re: [KCSC-240909-01] status",
     reply_to_req="req-240909-01", outcome="review", review="not_understood",
     imitates="YouTube Legal Support interim status ('currently under review by our team')",
     why="names items that are only under review; nothing actioned, a clerk should see it",
     items={},
     body=f"""Hello,

The videos {Y[6]} and {Y[7]} are currently under review by our team.
We appreciate your patience.

YouTube Legal Support""")

case(name="kakao-예정-future", from_="policy@kakaocorp.com", name_from="카카오 정책팀",
     date="Thu, 12 Sep 2024 09:00:00 +0000", subject="Re: [KCSC-240912-01] 불법정보 시정요구",
     reply_to_req="req-240912-01", outcome="review", review="not_understood",
     imitates="카카오 담당자 사전 회신 ('삭제 조치할 예정입니다')",
     why="Korean future tense: deletion is only planned",
     items={},
     body=f"""안녕하세요, 카카오 정책팀입니다.

요청하신 {K[0]} 및 {K[1]} 게시물은 내부 검토 후 삭제 조치할 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.""")

case(name="yt-bulk-all-removed", from_="legal-kr@google.com", name_from="Google Legal",
     date="Thu, 19 Sep 2024 06:00:00 +0000", subject="Re: [KCSC-240909-01] Request for removal of illegal information",
     reply_to_req="req-240909-01", outcome="review", review="bulk",
     imitates="one-line bulk confirmation ('all URLs in your request have been removed')",
     why="bulk statement about the whole 14-item request without listing items; config says bulk goes to review",
     items={},
     body="""Hello,

All of the URLs in your request KCSC-240909-01 have been removed.

Google Legal""")

# ---------------------------------------------------------------- ignored
case(name="naver-out-of-office", from_="kim.jh@navercorp.com", name_from="김지현",
     date="Tue, 10 Sep 2024 05:01:00 +0000", subject="[자동회신] 부재중입니다 / Out of office",
     reply_to_req="req-240910-01", outcome="ignored", classification="auto_reply",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     imitates="Outlook/Exchange 자동 회신 (부재중 안내)",
     why="bilingual out-of-office reply",
     items={},
     body="""안녕하세요. 9월 10일부터 9월 20일까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 바랍니다.

I am out of the office until September 20 with limited access to email.""")

case(name="daum-bounce-dsn", from_="MAILER-DAEMON@daum.net", name_from="Mail Delivery System",
     date="Thu, 12 Sep 2024 01:31:00 +0000", subject="Undelivered Mail Returned to Sender",
     outcome="ignored", classification="bounce",
     extra_headers=["Auto-Submitted: auto-replied"],
     imitates="Postfix DSN (multipart/report; report-type=delivery-status)",
     why="bounce of our request to a wrong Daum address",
     items={},
     raw_mime=mime([(TEXT, "This is the mail system at host mx.daum.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<abuse-kr@daum.net>: host mx.daum.net said: 550 5.1.1 user unknown"),
                    (['Content-Type: message/delivery-status'],
                     "Reporting-MTA: dns; mx.daum.net\nArrival-Date: Thu, 12 Sep 2024 10:30:58 +0900\n\nFinal-Recipient: rfc822; abuse-kr@daum.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown"),
                    (['Content-Type: text/rfc822-headers'],
                     "From: KCSC Takedown <takedown@kcsc.example>\nTo: abuse-kr@daum.net\nSubject: [KCSC-240912-01] 불법정보 시정요구\nMessage-ID: <req-240912-01@kcsc.example>")],
                   kind='report; report-type=delivery-status', boundary="b74-dsn"))

case(name="tiktok-read-receipt", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
     date="Fri, 13 Sep 2024 08:00:00 +0000", subject="Read: [KCSC-240913-01] Request for removal",
     reply_to_req="req-240913-01", outcome="ignored", classification="read_receipt",
     imitates="Outlook MDN read receipt (multipart/report; report-type=disposition-notification)",
     why="read receipt says nothing about items",
     items={},
     raw_mime=mime([(TEXT, "Your message\n\n  Subject: [KCSC-240913-01] Request for removal\n\nwas read on Friday, September 13, 2024 5:00:00 PM (UTC+09:00) Seoul."),
                    (['Content-Type: message/disposition-notification'],
                     "Reporting-UA: mail.tiktok.com; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;legal-kr@tiktok.com\nOriginal-Message-ID: <req-240913-01@kcsc.example>\nDisposition: manual-action/MDN-sent-manually; displayed")],
                   kind='report; report-type=disposition-notification', boundary="b74-mdn"))

case(name="meta-html-ticket-receipt", from_="noreply@fb.com", name_from="Meta Support",
     date="Mon, 16 Sep 2024 01:05:00 +0000", subject="We received your request [ref:_00D1fake._5008Q1234:ref]",
     reply_to_req="req-240916-01", outcome="ignored", classification="acknowledgement", type="html",
     imitates="Meta / Salesforce case-created auto receipt (HTML only)",
     why="HTML-only ticket receipt: received, ticket number, no statement about items",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""<html><body><p>Hello,</p>
<p>Thanks for contacting us. We've received your request and a case has been created.
Your case number is <b>09812345</b>. Please keep this number for future reference.</p>
<p>Please don't reply to this email.</p>
<p><a href="https://www.facebook.com/help/">Help Center</a></p>
<p>Meta Platforms, Inc.</p></body></html>""", items={})

case(name="naver-접수-안내", from_="noreply@navercorp.com", name_from="네이버 고객센터",
     date="Tue, 10 Sep 2024 05:10:00 +0000", subject="[네이버 고객센터] 문의가 접수되었습니다",
     reply_to_req="req-240910-01", outcome="ignored", classification="acknowledgement",
     imitates="네이버 고객센터 문의 접수 자동 안내",
     why="Korean receipt notice: 접수되었습니다, 접수번호, no items",
     items={},
     body="""안녕하세요. 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: 2024091012345
담당자 확인 후 순차적으로 답변드리겠습니다.

※ 본 메일은 발신전용입니다.""")

case(name="x-receipt-echoing-reported-urls", from_="legal@x.com", name_from="X Support",
     date="Wed, 11 Sep 2024 02:05:00 +0000", subject="Case #0198234411: we received your report",
     reply_to_req="req-240911-01", outcome="ignored", classification="acknowledgement",
     extra_headers=["Auto-Submitted: auto-generated"],
     imitates="X Support automatic case receipt that echoes the submitted URLs",
     why="receipt echoing the reported URLs under 'Your submission', with no statement about them",
     items={},
     body=f"""Hello,

Thank you for your report. We have received it and created Case #0198234411.
We will review your submission and respond as soon as possible.

Your submission:
{X[0]}
{X[1]}
{X[2]}
{X[3]}

X Support""")

for c in C:
    c["from"] = c.pop("from_")

HEADER = """# Blind set 74 (issue 11): general mix, English and Korean, eight platforms.
# Expected results written from each email's meaning before any run."""

if __name__ == "__main__":
    write_requests()
    write_set(HERE, "blind74", HEADER, C)
    print(len(C), "cases")
