#!/usr/bin/env python3
"""Blind set 86 (issue 11): a general mix, English and Korean, many platforms.
Expected results written from each email's meaning before anything ran."""
import base64, csv, io, os, sys, zipfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib
corpuslib.DOMAIN_NAMES.update({"daum.net": "Daum", "kakaocorp.com": "Kakao", "tiktok.com": "TikTok",
                               "fb.com": "Meta", "meta.com": "Meta", "instagram.com": "Instagram",
                               "discord.com": "Discord"})

# ---- requests -------------------------------------------------------------
Y = ["https://www.youtube.com/watch?v=Qx7bLm2Rt0a", "https://www.youtube.com/watch?v=Hn4vPz8Kc1b",
     "https://www.youtube.com/watch?v=Jd2wEr5Ty3c", "https://youtu.be/Mk9sAq1Wz4d",
     "https://www.youtube.com/shorts/Vb6nXc3Lp5e",
     "https://www.youtube.com/@%EB%8B%AC%EB%B9%9B%EC%B9%B4%EC%A7%80%EB%85%B8",
     "https://www.youtube.com/watch?v=Pt3yUi7Oo6f", "https://www.youtube.com/watch?v=Rw8eDs4Fg7g",
     "https://www.youtube.com/shorts/Zc1vBn6Mm8h", "https://www.youtube.com/watch?v=Lk5jHg2Ff9i",
     "https://www.youtube.com/watch?v=Ty0uIo9Pp0j", "https://youtu.be/Gh7yTr4Ee1k",
     "https://www.youtube.com/channel/UCx9Fake0Chan1Kr2Ab3Cd4", "https://www.youtube.com/watch?v=Sd3fGh6Jj2l"]
Y6_RAW = "https://www.youtube.com/@달빛카지노"
N = ["https://blog.naver.com/luckyslot77/223561000101", "https://cafe.naver.com/jusikbang/88231",
     "https://blog.naver.com/moneyman_k/223561000202", "https://cafe.naver.com/easymoneyclub/1442",
     "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40203&docId=471230001"]
X = ["https://x.com/quickcash_kr/status/1833000000000000101", "https://twitter.com/quickcash_kr/status/1833000000000000102",
     "https://x.com/dealer_nightowl/status/1833000000000000103", "https://x.com/dealer_nightowl"]
T = ["https://t.me/hanriver_drops/412", "https://t.me/hanriver_drops/415", "https://t.me/s/ice_delivery_seoul/77"]
K = ["https://cafe.daum.net/bettingzone24/Abc1/3321", "https://open.kakao.com/o/gFake7Qz"]
TK = ["https://www.tiktok.com/@slotqueen.kr/video/7412000000000000011",
      "https://www.tiktok.com/@slotqueen.kr/video/7412000000000000012"]
M = ["https://www.instagram.com/p/C_fAkePoSt1/"]
D = ["https://discord.gg/fakeinv88"]

REQS = [("KCSC-240910-01", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", Y, "illegal_gambling", "req-240910-01"),
        ("KCSC-240911-01", "naver", "2024-09-11T10:30:00+09:00", "2024-09-18T18:00:00+09:00", N, "illegal_gambling", "req-240911-01"),
        ("KCSC-240912-01", "x", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00", X, "drug_trade", "req-240912-01"),
        ("KCSC-240913-01", "telegram", "2024-09-13T11:00:00+09:00", "2024-09-20T18:00:00+09:00", T, "drug_trade", "req-240913-01"),
        ("KCSC-240916-01", "kakao", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", K, "illegal_gambling", "req-240916-01"),
        ("KCSC-240916-02", "tiktok", "2024-09-16T14:00:00+09:00", "2024-09-23T18:00:00+09:00", TK, "illegal_gambling", "req-240916-02"),
        ("KCSC-240917-01", "meta", "2024-09-17T09:30:00+09:00", "2024-09-24T18:00:00+09:00", M, "illegal_gambling", "req-240917-01"),
        ("KCSC-240917-02", "discord", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", D, "drug_trade", "req-240917-02")]

def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, pf, s, d, urls, cat, mid in REQS:
            for u in urls:
                w.writerow([ref, pf, s, d, u, cat, f"<{mid}@kcsc.example>", ""])

def quote_req(urls, ref, date="Tue, 10 Sep 2024 10:00:00 +0900", prefix="> "):
    lines = [f"On {date}, KCSC Takedown <takedown@kcsc.example> wrote:",
             f"Dear Sir or Madam, under reference {ref} we request the removal of the content below:"]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["Please confirm once each item has been removed or blocked.", "Korea Communications Standards Commission"]
    return lines[0] + "\n" + "\n".join(prefix + l for l in lines[1:])

def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))

def make_xlsx(rows):
    import openpyxl, datetime
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Results"
    for r in rows:
        ws.append(r)
    t = datetime.datetime(2024, 9, 18, 9, 0, 0)
    wb.properties.created = t
    wb.properties.modified = t
    wb.properties.creator = "Legal Operations"
    bio = io.BytesIO()
    wb.save(bio)
    src = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 18, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb'(<dcterms:modified[^>]*>)[^<]*', rb'\g<1>2024-09-18T09:00:00Z', data)
            z.writestr(zi, data)
    return out.getvalue()

def qp(text):
    import quopri
    return quopri.encodestring(text.encode("utf-8")).decode()

C = []
def case(**kw):
    C.append(kw)

YTFOOT = """YouTube Legal Support
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
Help Center: https://support.google.com/youtube/answer/6154230
Community Guidelines: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/"""

# ================= APPLIED: YouTube =================
case(name="yt-legal-outcome-removed-and-restricted", date="Thu, 12 Sep 2024 16:20:11 +0900",
     **{"from": "legal-support@google.com"}, subject="Re: [KCSC-240910-01] Request for removal of content", reply_to_req="req-240910-01",
     body=f"""Hello,

Thank you for your notice regarding reference KCSC-240910-01.

After reviewing the content you identified, we have removed the following videos from YouTube for violating our policies on spam and deceptive practices:

  * {Y[0]}
  * {Y[1]}

We have also restricted access to the following video in South Korea based on local law:

  * {Y[2]}

We are still reviewing the remaining URLs in your notice and will respond separately.

Regards,
{YTFOOT}

{quote_req(Y[:5], "KCSC-240910-01")}
""", outcome="applied", classification="confirmation",
     items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted"},
     imitates="YouTube/Google legal support outcome email (removed globally / restricted locally sections) as quoted on Lumen and forums",
     why="two bulleted sections with different statuses; 'still reviewing the remaining URLs' names no URL; quoted request below must not count")

case(name="yt-urls-affected-countries-affected", date="Fri, 13 Sep 2024 02:11:40 +0900",
     **{"from": "removals@google.com"}, subject="Notice of content made unavailable [KCSC-240910-01]", reply_to_req="req-240910-01",
     body=f"""Hello,

Google has been notified that the content listed at the end of this message may violate the laws of a country. The content that has been made unavailable can be found below. This action applies only to the country listed.

For more information about this removal, please visit https://support.google.com/legal/answer/3110420.

The notice we received, with personal information removed, may be sent to Lumen at https://www.lumendatabase.org.

The Google Team

Urls affected:
{Y[3]}
{Y[4]}

Countries affected:
South Korea
""", outcome="applied", classification="confirmation", items={Y[3]: "restricted", Y[4]: "restricted"},
     imitates="Google/Blogger 'content made unavailable' notice with 'Urls affected' / 'Countries affected' blocks (quoted on a personal blog, 2018)",
     why="statement about 'the content listed' followed by a URL block; country-limited unavailability is a restriction; help/Lumen links are not items")

case(name="yt-no-violation-found", date="Fri, 13 Sep 2024 11:03:00 +0900",
     **{"from": "legal-support@google.com"}, subject="Re: [KCSC-240910-01] Request for removal of content", reply_to_req="req-240910-01",
     body=f"""Hi there,

We have carefully reviewed {Y[6]} in light of our Community Guidelines and applicable local law. We did not find a violation, so the video will remain available on YouTube and no action has been taken.

If you have additional information, for example a court order, you may submit a new request through our legal webform: https://support.google.com/legal/answer/3110420

Best regards,
{YTFOOT}
""", outcome="applied", classification="confirmation", items={Y[6]: "rejected"},
     imitates="YouTube 'we did not find a violation / content will remain available' legal reply",
     why="negated action with a reason is a rejection; the webform link invites a new request, it does not ask for information on this one")

case(name="yt-html-ticket-table", date="Sat, 14 Sep 2024 09:45:12 +0900",
     **{"from": "no-reply@youtube.com"}, subject="[Case 8-4410000022817] Update on your legal request KCSC-240910-01", reply_to_req="req-240910-01", type="html",
     body=f"""<html><body style="font-family:Roboto,Arial">
<p>Hello,</p>
<p>We have completed our review of part of your request. The outcome for each URL is listed in the table.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th><th>Policy</th></tr>
<tr><td><a href="{Y[7]}">{Y[7]}</a></td><td>Removed</td><td><a href="https://support.google.com/youtube/answer/2801973">Illegal or regulated goods</a></td></tr>
<tr><td><a href="{Y[8]}">{Y[8]}</a></td><td>Age-restricted</td><td><a href="https://support.google.com/youtube/answer/2802167">Age restrictions</a></td></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Video unavailable &ndash; already deleted by the uploader before our review</td><td>&ndash;</td></tr>
</table>
<p>Case ID: 8-4410000022817. Please keep this ID in future correspondence.</p>
<p>&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>""", outcome="applied", classification="confirmation",
     items={Y[7]: "removed", Y[8]: "restricted", Y[9]: "not_found"},
     imitates="YouTube legal case-update email from a ticket system (HTML-only table of URL / outcome / policy link)",
     why="HTML-only table; age restriction is a restriction; deleted by the uploader before review is not_found; policy links are not items")

case(name="yt-status-below-bare-url", date="Sat, 14 Sep 2024 15:30:00 +0900",
     **{"from": "legal-support@google.com"}, subject="Re: [KCSC-240910-01] Request for removal of content", reply_to_req="req-240910-01",
     body=f"""Hello,

Here is an update on the following items from your request:

{Y[10]}
This video was taken down for violating our Harmful or dangerous content policy (https://support.google.com/youtube/answer/2801964).

{Y[11]}
We were unable to locate this video. The link may be incorrect or the video may no longer exist.

Kind regards,
{YTFOOT}
""", outcome="applied", classification="confirmation", items={Y[10]: "removed", Y[11]: "not_found"},
     imitates="YouTube legal support per-URL update (bare URL, status sentence on the line below)",
     why="status on the line below each bare URL; policy link inside the sentence is not an item")

case(name="yt-korean-handle-iri", date="Sun, 15 Sep 2024 10:12:00 +0900",
     **{"from": "youtube-kr-legal@google.com"}, name_from="YouTube 법무지원팀", subject="Re: [KCSC-240910-01] 불법정보 시정요구 관련 회신", reply_to_req="req-240910-01",
     body=f"""안녕하세요, YouTube 법무지원팀입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240910-01)과 관련하여 안내드립니다.

요청하신 채널 {Y6_RAW} 은 YouTube 커뮤니티 가이드 위반(스팸, 현혹 행위 및 사기)으로 확인되어 해지(삭제)되었습니다.

커뮤니티 가이드: https://support.google.com/youtube/answer/9288567?hl=ko

감사합니다.
YouTube 법무지원팀 드림
""", outcome="applied", classification="confirmation", items={Y[5]: "removed"},
     imitates="YouTube Korea legal team Korean reply (채널 해지 notice)",
     why="raw Korean handle IRI must match the percent-encoded item; 채널 해지(삭제) is removal")

_xlsx = make_xlsx([["No.", "URL", "Action", "Note"],
                   [1, Y[12], "Removed", "Channel terminated - spam, deceptive practices"],
                   [2, Y[13], "Restricted", "Geo-blocked in KR (local law)"]])
case(name="yt-xlsx-results", date="Wed, 18 Sep 2024 09:05:00 +0900",
     **{"from": "legal-support@google.com"}, subject="Re: [KCSC-240910-01] outcome spreadsheet", reply_to_req="req-240910-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b86xlsx"

--b86xlsx
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for the two remaining URLs of KCSC-240910-01.

Regards,
YouTube Legal Support

--b86xlsx
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240910-01_outcome.xlsx"
Content-Disposition: attachment; filename="KCSC-240910-01_outcome.xlsx"
Content-Transfer-Encoding: base64

{b64(_xlsx)}
--b86xlsx--
""", outcome="applied", classification="confirmation", items={Y[12]: "removed", Y[13]: "restricted"},
     imitates="outcome spreadsheet attached to a legal-team reply (common practice for bulk government requests)",
     why="statuses only in the XLSX attachment; channel terminated = removed, geo-blocked = restricted")

case(name="yt-reply-to-reminder-nested-quotes", date="Thu, 19 Sep 2024 13:40:00 +0900",
     **{"from": "legal-support@google.com"}, subject="Re: Re: Reminder: [KCSC-240910-01] items still pending",
     extra_headers=["In-Reply-To: <rem-240910-01-1@kcsc.example>",
                    "References: <req-240910-01@kcsc.example> <rem-240910-01-1@kcsc.example>"],
     body=f"""Hello again,

Following your reminder: {Y[11]} has now been removed.

Thanks,
YouTube Legal Support

On Wed, 18 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube team, the following items of KCSC-240910-01 are still pending:
> {Y[11]}
> {Y[13]}
>
> On Sat, 14 Sep 2024 at 15:30, YouTube Legal Support wrote:
> > {Y[13]}
> > This video was removed.
> > {Y[11]}
> > We were unable to locate this video.
""", outcome="applied", classification="confirmation", items={Y[11]: "removed"},
     imitates="reply to our reminder in a Gmail thread with two quoted levels",
     why="only the top sentence counts; quoted levels contain 'removed' next to Y14 and 'unable to locate' next to Y12 which must not apply")

# ================= APPLIED: NAVER =================
NAVFOOT = """네이버 고객센터 | 권리보호센터 https://right.naver.com
본 메일은 발신전용입니다. 네이버 주식회사, 경기도 성남시 분당구 정자일로 95"""

case(name="naver-temporary-measure", date="Thu, 12 Sep 2024 14:02:00 +0900",
     **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터", subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240911-01)", reply_to_req="req-240911-01",
     body=f"""안녕하세요. 네이버 권리보호센터입니다.

귀 위원회에서 요청하신 게시물에 대해 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라 아래와 같이 임시조치(30일)를 하였음을 알려드립니다.

- {N[0]}
- {N[1]}

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 해당 게시물은 삭제됩니다.

{NAVFOOT}
""", outcome="applied", classification="confirmation", items={N[0]: "restricted", N[1]: "restricted"},
     imitates="NAVER 권리보호센터 임시조치 처리 결과 안내 (Network Act Article 44-2 notice)",
     why="임시조치 is a restriction per issue 11; the sentence about later deletion is conditional and future")

case(name="naver-kcsc-result-table-html", date="Fri, 13 Sep 2024 17:30:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", subject="시정요구 조치결과 회신 (KCSC-240911-01)", reply_to_req="req-240911-01", type="html",
     body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240911-01)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일시</th></tr>
<tr><td>1</td><td>{N[2]}</td><td>삭제</td><td>2024-09-13 15:10</td></tr>
<tr><td>2</td><td>{N[3]}</td><td>게시중단</td><td>2024-09-13 15:12</td></tr>
<tr><td>3</td><td>{N[4]}</td><td>해당 게시물 없음 (작성자 삭제)</td><td>-</td></tr>
</table>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>""", outcome="applied", classification="confirmation",
     items={N[2]: "removed", N[3]: "removed", N[4]: "not_found"},
     imitates="KCSC 시정요구 조치결과 회신 table (연번/URL/조치결과) as Korean portals send it",
     why="HTML table; 게시중단 = removal; 해당 게시물 없음 (작성자 삭제) = not_found; query-string URL must match whole")

case(name="naver-cafe-blind", date="Fri, 13 Sep 2024 19:05:00 +0900",
     **{"from": "cafe_help@naver.com"}, name_from="네이버 카페", subject="[네이버 카페] 신고 게시글 처리 안내", reply_to_req="req-240911-01",
     body=f"""안녕하세요, 네이버 카페입니다.

신고해 주신 카페 게시글
{N[3]}
은 운영원칙 위반(불법 도박 홍보)으로 확인되어 블라인드 처리되었습니다.

카페 운영원칙 보기: https://cafe.naver.com/common/storyphoto/rule.html

감사합니다.
""", outcome="applied", classification="confirmation", items={N[3]: "removed"},
     imitates="NAVER cafe 신고 게시글 블라인드 처리 안내",
     why="URL on its own line inside the sentence; 블라인드 처리 = removal (issue 11); rule link is not an item")

case(name="naver-no-violation", date="Sat, 14 Sep 2024 10:20:00 +0900",
     **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터", subject="Re: [KCSC-240911-01] 게시물 검토 결과", reply_to_req="req-240911-01",
     body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물 {N[4]} 을 검토한 결과, 해당 게시물은 네이버 서비스 운영정책 및 관련 법령에 위배되는 내용이 확인되지 않아 게시중단 조치를 하지 않았음을 알려드립니다.

추가 자료가 있으시면 권리보호센터로 다시 요청해 주시기 바랍니다.

{NAVFOOT}
""", outcome="applied", classification="confirmation", items={N[4]: "rejected"},
     imitates="NAVER 권리보호센터 '위배되지 않아 조치하지 않음' reply",
     why="negated measure with a reason (no violation) = rejected; the closing line is a general invitation, not a request for info about this item")

case(name="naver-top-posted-over-reminder", date="Mon, 16 Sep 2024 09:50:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", subject="RE: [독촉] KCSC-240911-01 조치 결과 회신 요청", reply_to_req="req-240911-01",
     body=f"""안녕하세요.
{N[0]} 블로그 게시물은 금일 비공개 처리 완료하였습니다.
나머지 건은 확인 후 별도 회신드리겠습니다.

정책지원팀 김하늘 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 9:00 AM
To: policy@navercorp.com
Subject: [독촉] KCSC-240911-01 조치 결과 회신 요청

아래 게시물에 대한 조치 결과를 회신하여 주시기 바랍니다.
{N[0]}
{N[1]}
{N[2]} (삭제 완료 여부 확인 필요)
""", outcome="applied", classification="confirmation", items={N[0]: "removed"},
     imitates="Outlook-style top-posted Korean reply over our reminder (-----Original Message-----)",
     why="비공개 처리 = removal; the quoted reminder below the Original Message line (with '삭제 완료') must not count; 'the rest later' names no item")

_csv = ("URL,조치결과,비고\n" + f"{N[0]},삭제,\n{N[1]},삭제,\n{N[2]},임시조치,30일\n{N[3]},삭제,\n{N[4]},존재하지 않는 게시물,작성자 삭제\n").encode("utf-8-sig")
_csvbody = b64("안녕하세요. 요청하신 건의 조치결과를 첨부 파일로 보내드립니다.\n네이버 정책지원팀\n".encode())
case(name="naver-csv-attachment", date="Tue, 17 Sep 2024 11:11:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", subject="KCSC-240911-01 조치결과 (첨부)", reply_to_req="req-240911-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b86csv"

--b86csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{_csvbody}
--b86csv
Content-Type: text/csv; charset=utf-8; name="result.csv"
Content-Disposition: attachment; filename="result.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--b86csv--
""", outcome="applied", classification="confirmation",
     items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "not_found"},
     imitates="Korean portal 조치결과 CSV attachment (BOM, Korean headers) sent to KCSC",
     why="base64 body and CSV attachment carry all statuses; 임시조치 = restricted; 존재하지 않는 게시물 = not_found")

# ================= APPLIED: X =================
case(name="x-withheld-in-korea", date="Thu, 12 Sep 2024 22:14:00 +0900",
     **{"from": "legal@x.com"}, subject="Re: KCSC-240912-01 Legal request", reply_to_req="req-240912-01",
     body=f"""Hello,

We have received your request regarding the content listed below. In accordance with our Country Withheld Content policy, we have withheld the following posts in South Korea:

{X[0]}
{X[1]}

The posts remain available outside South Korea. Information about withheld content is available at https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""", outcome="applied", classification="confirmation", items={X[0]: "restricted", X[1]: "restricted"},
     imitates="X (Twitter) Country Withheld Content notice ('withheld in <country> in response to a legal demand')",
     why="'We have received your request' opens a real statement, so it is no acknowledgement; withheld in a country = restricted; twitter.com URL form")

case(name="x-account-suspended", date="Fri, 13 Sep 2024 08:00:00 +0900",
     **{"from": "legal@x.com"}, subject="Re: KCSC-240912-01 Legal request", reply_to_req="req-240912-01",
     body=f"""Hello,

Thank you for your report. The account {X[3]} has been suspended for violating the X Rules on illegal and regulated goods and services (https://help.x.com/en/rules-and-policies/regulated-goods-services).

X Legal
""", outcome="applied", classification="confirmation", items={X[3]: "removed"},
     imitates="X account suspension outcome email",
     why="a suspended account (the requested item itself) is removed; the account's post X3 is not named and stays pending")

case(name="x-no-violation-quoted-printable", date="Sat, 14 Sep 2024 03:30:00 +0900",
     **{"from": "support@x.com"}, subject="Re: KCSC-240912-01 Legal request [ref:_00D1xFake._5004xCase:ref]", reply_to_req="req-240912-01",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''Hello,

We reviewed the post at {X[2]} against the X Rules and local law and did not find a violation. We are not taking action on this post at this time.

If you believe we made an error, you can reply with a court order or additional legal basis.

Thanks,
X Support ''')}
""", outcome="applied", classification="confirmation", items={X[2]: "rejected"},
     imitates="X Support 'did not find a violation / not taking action' reply (Salesforce ref tag in subject)",
     why="quoted-printable body; no violation found and no action = rejected; soft invitation is not a request for info on this item")

case(name="x-reported-content-echo-alternative", date="Sun, 15 Sep 2024 12:00:00 +0900",
     **{"from": "no-reply@x.com"}, subject="Update on your report KCSC-240912-01", reply_to_req="req-240912-01",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="b86alt"

--b86alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We've reviewed the content you reported and removed it because it violated our rules against the sale of illegal goods.

What you reported:
{X[0]}
{X[1]}

Learn more about our rules: https://help.x.com/en/rules-and-policies/x-rules

--b86alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><p>Hello,</p><p>We've reviewed the content you reported and removed it because it violated our rules against the sale of illegal goods.</p>
<p><b>What you reported:</b><br><a href="{X[0]}">{X[0]}</a><br><a href="{X[1]}">{X[1]}</a></p>
<p><a href="https://help.x.com/en/rules-and-policies/x-rules">Learn more about our rules</a></p></body></html>
--b86alt--
""", outcome="applied", classification="confirmation", items={X[0]: "removed", X[1]: "removed"},
     imitates="X report outcome email ('We've reviewed the content you reported' + echoed 'What you reported')",
     why="statement about 'the content you reported' followed by the echoed report; multipart/alternative with the same text in both parts")

# ================= APPLIED: Telegram =================
case(name="tg-abuse-blocked-list", date="Fri, 13 Sep 2024 23:41:00 +0900",
     **{"from": "abuse@telegram.org"}, subject="Re: KCSC-240913-01", reply_to_req="req-240913-01",
     body=f"""Hello,

The following were blocked:
{T[0]}
{T[1]}

Thanks for your report.

--
Telegram Abuse Team
""", outcome="applied", classification="confirmation", items={T[0]: "removed", T[1]: "removed"},
     imitates="terse Telegram abuse-desk reply ('were blocked' + bare list)",
     why="blocked (no country limit) = removal on Telegram; short heading sentence over a bare list")

case(name="tg-outlook-original-message", date="Sat, 14 Sep 2024 16:00:00 +0900",
     **{"from": "dsa@telegram.org"}, subject="RE: KCSC-240913-01 Request for removal", reply_to_req="req-240913-01",
     body=f"""Dear KCSC,

The content at {T[2]} has been taken down.

Best,
Telegram Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 11:00
Subject: KCSC-240913-01 Request for removal

Please remove:
{T[0]}
{T[1]}
{T[2]}
""", outcome="applied", classification="confirmation", items={T[2]: "removed"},
     imitates="Telegram support reply in Outlook style over our request",
     why="only T3 is stated; T1/T2 appear only in the quoted original message")

case(name="tg-invalid-link", date="Sun, 15 Sep 2024 09:00:00 +0900",
     **{"from": "abuse@telegram.org"}, subject="Re: KCSC-240913-01", reply_to_req="req-240913-01",
     body=f"""Hi,

We couldn't find anything at {T[1]} - this link appears to be invalid or the message does not exist.

Telegram Abuse Team
""", outcome="applied", classification="confirmation", items={T[1]: "not_found"},
     imitates="Telegram abuse desk 'link invalid / not found' reply",
     why="'appears to be invalid or does not exist' is the usual not-found wording, not a hedge about an action")

# ================= APPLIED: Kakao / Daum =================
case(name="daum-cafe-and-openchat", date="Mon, 16 Sep 2024 17:20:00 +0900",
     **{"from": "cs_report@kakaocorp.com"}, name_from="카카오 고객센터", subject="[카카오] KCSC-240916-01 신고 처리 결과", reply_to_req="req-240916-01",
     body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 건에 대해 아래와 같이 처리하였습니다.

1. {K[0]}
   → 다음 카페 운영정책 위반으로 게시중단(삭제) 조치 완료
2. {K[1]}
   → 오픈채팅방 운영정책 위반으로 해당 채팅방 폐쇄 처리

운영정책: https://www.kakao.com/policy/oppolicy

감사합니다.
(주)카카오 고객센터
""", outcome="applied", classification="confirmation", items={K[0]: "removed", K[1]: "removed"},
     imitates="Kakao/Daum 신고 처리 결과 numbered list with arrow status lines",
     why="numbered list, status on the line under each URL; 게시중단(삭제) and 채팅방 폐쇄 are removal")

case(name="daum-domestic-block", date="Tue, 17 Sep 2024 10:40:00 +0900",
     **{"from": "cafe@daum.net"}, name_from="Daum 카페", subject="Re: KCSC-240916-01 게시물 조치 안내", reply_to_req="req-240916-01",
     body=f"""안녕하세요. Daum 카페 운영팀입니다.

{K[0]} 게시물은 관련 법령에 따라 대한민국 내 접속 차단 처리되었습니다.

Daum 카페 운영팀 드림
""", outcome="applied", classification="confirmation", items={K[0]: "restricted"},
     imitates="Daum 카페 '국내 접속 차단' notice",
     why="접속 차단 limited to Korea = restricted; URL followed by Korean wording")

# ================= APPLIED: TikTok / Meta / Discord =================
case(name="tiktok-mixed-outcome", date="Tue, 17 Sep 2024 08:30:00 +0900",
     **{"from": "legal@tiktok.com"}, subject="Re: KCSC-240916-02 Government request", reply_to_req="req-240916-02",
     body=f"""Hello,

Thank you for contacting TikTok.

We removed {TK[0]} because it violates our Community Guidelines on gambling (https://www.tiktok.com/community-guidelines/en/regulated-commercial-activities).

We reviewed {TK[1]} and did not find a violation of our Community Guidelines or local law, so it remains available.

Kind regards,
TikTok Law Enforcement & Government Outreach
""", outcome="applied", classification="confirmation", items={TK[0]: "removed", TK[1]: "rejected"},
     imitates="TikTok government request outcome email (removed / no violation found)",
     why="two items, two statuses in two sentences; guideline link is not an item")

case(name="tiktok-restricted-local-law", date="Wed, 18 Sep 2024 15:00:00 +0900",
     **{"from": "legal@tiktok.com"}, subject="Re: KCSC-240916-02 Government request", reply_to_req="req-240916-02",
     body=f"""Hi,

Following our review, access to the video below has been restricted in South Korea in accordance with local law. It remains visible in other regions.

{TK[1]}

TikTok Trust & Safety
""", outcome="applied", classification="confirmation", items={TK[1]: "restricted"},
     imitates="TikTok 'restricted in your country in accordance with local law' notice",
     why="statement about 'the video below' then the URL on the next paragraph")

case(name="meta-html-restricted", date="Wed, 18 Sep 2024 21:10:00 +0900",
     **{"from": "noreply@fb.com"}, name_from="Meta", subject="Your report KCSC-240917-01", reply_to_req="req-240917-01", type="html",
     body=f"""<html><body>
<div style="font-family:Helvetica">
<p>Hi,</p>
<p>Thanks for your report. We reviewed the content against applicable local law and restricted access to it in South Korea.</p>
<p>Reported content:<br><a href="{M[0]}">{M[0]}</a></p>
<p><a href="https://transparency.meta.com/enforcement/taking-action/complying-with-local-laws/">Learn how we respond to local law reports</a></p>
<p style="color:#888">Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025</p>
</div></body></html>""", outcome="applied", classification="confirmation", items={M[0]: "restricted"},
     imitates="Meta/Instagram local-law report outcome ('restricted access to it in <country>' + reported content echo)",
     why="HTML-only; 'Thanks for your report' does not make it an acknowledgement; echoed report lists the item")

case(name="discord-server-removed", date="Thu, 19 Sep 2024 06:00:00 +0900",
     **{"from": "noreply@discord.com"}, subject="[Discord Trust & Safety] Ticket #52118844 update", reply_to_req="req-240917-02", type="html",
     body=f"""<html><body><p>Hello,</p>
<p>Discord Trust &amp; Safety has reviewed your report. The server reached through the invite {D[0]} violated our Community Guidelines and has been removed from Discord.</p>
<p>Ticket #52118844 is now <b>Solved</b>. Guidelines: <a href="https://discord.com/guidelines">https://discord.com/guidelines</a></p>
<p>Discord Inc., 444 De Haro Street, San Francisco, CA</p></body></html>""", outcome="applied", classification="confirmation",
     items={D[0]: "removed"},
     imitates="Discord Trust & Safety Zendesk ticket update (HTML-only)",
     why="server behind the requested invite removed; ticket status line and guidelines link are not items")

# ================= REVIEW =================
case(name="yt-under-review-promise", date="Mon, 16 Sep 2024 11:00:00 +0900",
     **{"from": "legal-support@google.com"}, subject="Re: [KCSC-240910-01] Request for removal of content", reply_to_req="req-240910-01",
     body=f"""Hello,

The following URLs are still under review by our team:
{Y[6]}
{Y[7]}

We expect to take appropriate action on them within the next few days and will let you know the outcome.

{YTFOOT}
""", outcome="review", review="not_understood", items={},
     imitates="YouTube 'still under review / will take appropriate action' interim reply",
     why="trusted, names items, but states nothing done: under review + future tense must be seen, neither applied nor ignored")

case(name="naver-asks-more-info", date="Fri, 13 Sep 2024 13:00:00 +0900",
     **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터", subject="Re: [KCSC-240911-01] 추가 자료 요청", reply_to_req="req-240911-01",
     body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물 {N[1]} 에 대한 판단을 위하여 해당 게시물이 불법정보에 해당한다는 근거(심의 의결서 등)를 추가로 제출하여 주시기 바랍니다.
자료 확인 후 조치 여부를 안내드리겠습니다.

{NAVFOOT}
""", outcome="review", classification="request_for_info", review="asks_more", items={},
     imitates="NAVER 권리보호센터 추가 자료 제출 요청",
     why="asks for supporting documents before deciding; nothing done")

case(name="x-lookalike-unknown-sender", date="Fri, 13 Sep 2024 18:00:00 +0900",
     **{"from": "legal@x-legalsupport.com"}, name_from="X Legal", subject="Re: KCSC-240912-01 Legal request", reply_to_req="req-240912-01",
     body=f"""Hello,

We have removed the following posts:
{X[0]}
{X[1]}

X Legal Team
""", outcome="review", review="unknown_sender", items={},
     imitates="spoofed X legal reply from a look-alike domain",
     why="perfect confirmation from a domain that is no platform's sender: must go to review, nothing applied")

case(name="tg-dmarc-fail", date="Sat, 14 Sep 2024 20:00:00 +0900",
     **{"from": "abuse@telegram.org"}, auth="fail", subject="Re: KCSC-240913-01", reply_to_req="req-240913-01",
     body=f"""Hello,

{T[0]} - blocked
{T[2]} - blocked

Telegram Abuse Team
""", outcome="review", review="untrusted", items={},
     imitates="Telegram abuse-desk per-line reply, but DMARC fails",
     why="From telegram.org with dmarc=fail naming our items: untrusted review")

case(name="tiktok-future-removal", date="Mon, 16 Sep 2024 22:00:00 +0900",
     **{"from": "legal@tiktok.com"}, subject="Re: KCSC-240916-02 Government request", reply_to_req="req-240916-02",
     body=f"""Hello,

Thanks for your request. Our team has escalated {TK[0]} and we will remove the video within 24 hours if the violation is confirmed.

TikTok Law Enforcement & Government Outreach
""", outcome="review", review="not_understood", items={},
     imitates="TikTok escalation reply (future, conditional removal)",
     why="future and conditional: nothing done yet, must not be ignored as an acknowledgement")

case(name="kakao-about-youtube-item", date="Tue, 17 Sep 2024 14:00:00 +0900",
     **{"from": "cs_report@kakaocorp.com"}, name_from="카카오 고객센터", subject="Re: 조치 요청 관련 문의", reply_to_req="req-240916-01",
     body=f"""안녕하세요, 카카오 고객센터입니다.

함께 보내주신 {Y[0]} 는 카카오가 운영하는 서비스의 게시물이 아니어서 당사에서는 삭제 등 조치를 할 수 없습니다. 해당 서비스 운영사에 직접 요청해 주시기 바랍니다.

감사합니다.
""", outcome="review", review="wrong_platform", items={},
     imitates="Kakao customer centre reply about a link on another service",
     why="a trusted Kakao email about a YouTube item cannot change it; must be seen (wrong_platform; not_understood would be a fair alternative)")

case(name="meta-partly-removed", date="Thu, 19 Sep 2024 10:00:00 +0900",
     **{"from": "noreply@instagram.com"}, name_from="Instagram", subject="Update on your report KCSC-240917-01", reply_to_req="req-240917-01",
     body=f"""Hi,

We removed some of the photos in the post {M[0]} because they go against our Community Guidelines. The rest of the post doesn't go against our guidelines and will stay up.

Community Guidelines: https://help.instagram.com/477434105621119

Instagram
""", outcome="review", review="not_understood", items={},
     imitates="Instagram partial-removal report outcome (carousel post)",
     why="partly removed, partly kept: neither removed nor rejected for the item as a whole; a clerk would hesitate")

case(name="discord-appears-deleted", date="Wed, 18 Sep 2024 04:00:00 +0900",
     **{"from": "noreply@discord.com"}, subject="[Discord Trust & Safety] Ticket #52118790 update", reply_to_req="req-240917-02",
     body=f"""Hello,

Thanks for reaching out. The invite {D[0]} appears to no longer work; the server may have been deleted by its owner, or the invite may have expired. We were not able to confirm which.

Discord Trust & Safety
""", outcome="review", review="not_understood", items={},
     imitates="Discord T&S reply about an invite that no longer resolves",
     why="hedged ('appears', 'may have been', 'not able to confirm'); not_found is tempting but the platform itself does not state it")

# ================= IGNORED =================
case(name="naver-out-of-office", date="Wed, 11 Sep 2024 18:00:00 +0900",
     **{"from": "haneul.kim@navercorp.com"}, name_from="김하늘", subject="[자동회신] 부재중입니다: KCSC-240911-01",
     reply_to_req="req-240911-01", extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 김하늘입니다.
9월 11일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 주시기 바랍니다.

I am out of the office until 18 September with limited access to email.
""", outcome="ignored", classification="auto_reply", items={},
     imitates="Outlook Korean/English out-of-office auto-reply (추석 연휴 부재중)",
     why="auto-reply, states nothing about items")

case(name="x-bounce-reminder", date="Thu, 19 Sep 2024 10:00:05 +0900",
     **{"from": "MAILER-DAEMON@x.com"}, name_from="Mail Delivery System", subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b86dsn"

--b86dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail1.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@x.com>: host mx.x.com said: 550 5.1.1 User unknown

--b86dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mail1.x.com
Arrival-Date: Thu, 19 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; legal-kr-old@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b86dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@x.com
Subject: Reminder: KCSC-240912-01 items still pending
Message-ID: <rem-240912-01-1@kcsc.example>
Date: Thu, 19 Sep 2024 10:00:00 +0900

--b86dsn--
""", outcome="ignored", classification="bounce", items={},
     imitates="Postfix delivery status notification (RFC 3464) for our reminder",
     why="bounce of our own reminder: ignored")

case(name="naver-read-receipt", date="Thu, 12 Sep 2024 09:12:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", subject="읽음: KCSC-240911-01 시정요구",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b86mdn"

--b86mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신인이 읽었습니다: 2024-09-12 오전 9:12

--b86mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240911-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b86mdn--
""", outcome="ignored", items={},
     imitates="Outlook read receipt (MDN, 읽음:)",
     why="read receipt (MDN) must be ignored, not forwarded")

case(name="tiktok-ticket-receipt-html", date="Mon, 16 Sep 2024 14:05:00 +0900",
     **{"from": "no-reply@tiktok.com"}, subject="We've received your request (KCSC-240916-02) [Ticket 1048812733]", reply_to_req="req-240916-02", type="html",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""<html><body><p>Hi,</p>
<p>Thanks for contacting TikTok. We've received your request and a ticket has been created (#1048812733). Our team will review it and get back to you as soon as possible.</p>
<p>Please don't reply to this email.</p>
<p>TikTok Support &middot; <a href="https://support.tiktok.com">Help Center</a></p></body></html>""",
     outcome="ignored", items={},
     imitates="TikTok/Zendesk automatic ticket receipt (HTML-only)",
     why="pure receipt, names no item: ignored (acknowledgement or auto_reply both fair, so no classification)")

case(name="yt-ack-case-created", date="Tue, 10 Sep 2024 10:03:00 +0900",
     **{"from": "legal-noreply@google.com"}, subject="Your legal request has been received [8-4410000022817]", reply_to_req="req-240910-01",
     body="""Hello,

Thank you for submitting your legal request to Google. This is an automated message to confirm that we have received it. Your case ID is 8-4410000022817.

We will review your request and contact you if we need more information. You don't need to reply to this email.

The Google Legal Team
""", outcome="ignored", items={},
     imitates="Google legal webform automated receipt ('we have received your request', case ID)",
     why="acknowledgement only, no item named; 'contact you if we need more information' is not a request for info")

def _encode_names():
    from email.header import Header
    for c in C:
        n = c.get("name_from")
        if n and not n.isascii():
            c["name_from"] = Header(n, "utf-8").encode()

if __name__ == "__main__":
    _encode_names()
    write_requests()
    corpuslib.write_set(HERE, "blind86",
        "# Blind set 86 (issue 11): general mix, English and Korean, many platforms.\n"
        "# Written by make.py; expected results from each email's meaning, before any run.", C)
