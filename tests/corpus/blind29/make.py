#!/usr/bin/env python3
"""Blind set 29 (issue 11): a general mix, English and Korean, many platforms.
Expected results written from each email's meaning before anything ran.
Deterministic: python3 tests/corpus/blind29/make.py"""
import base64, csv, io, os, quopri, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib

SET = "blind29"
REQ = []  # (ref, platform, sent, due, url, category, msgid, note)

def req(ref, platform, sent, due, urls, cat):
    mid = "<req-" + ref[5:] + "@kcsc.example>"
    for u in urls:
        REQ.append((ref, platform, sent, due, u, cat, mid, ""))
    return urls

Y = req("KCSC-240910-01", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T10:00:00+09:00",
        ["https://www.youtube.com/watch?v=Lm29QvaX%03d" % i for i in range(1, 15)], "gambling")
N = req("KCSC-240911-01", "naver", "2024-09-11T14:00:00+09:00", "2024-09-18T14:00:00+09:00",
        ["https://blog.naver.com/moonlit_29/223544001201", "https://blog.naver.com/moonlit_29/223544001202",
         "https://cafe.naver.com/quietcafe29/1201", "https://cafe.naver.com/quietcafe29/1202",
         "https://cafe.naver.com/quietcafe29/1203"], "defamation")
X = req("KCSC-240912-01", "x", "2024-09-12T09:30:00+09:00", "2024-09-19T09:30:00+09:00",
        ["https://x.com/harbor_fox29/status/1833000000000000%03d" % i for i in range(101, 105)], "drugs")
T = req("KCSC-240913-01", "telegram", "2024-09-13T11:00:00+09:00", "2024-09-20T11:00:00+09:00",
        ["https://t.me/grayriver29/%d" % i for i in (311, 312, 313)], "drugs")
M = req("KCSC-240914-01", "meta", "2024-09-14T10:00:00+09:00", "2024-09-21T10:00:00+09:00",
        ["https://www.instagram.com/p/C29qRsTuVwX/", "https://www.facebook.com/nightowl.page29/posts/pfbid02b29XyZqweRt"],
        "obscenity")
K = req("KCSC-240916-01", "kakao", "2024-09-16T15:00:00+09:00", "2024-09-23T15:00:00+09:00",
        ["https://cafe.daum.net/lakeside29/Xb7k/77", "https://cafe.daum.net/lakeside29/Xb7k/78"], "defamation")
TT = req("KCSC-240917-01", "tiktok", "2024-09-17T09:00:00+09:00", "2024-09-24T09:00:00+09:00",
         ["https://www.tiktok.com/@dawnsketch29/video/7412345678901234529"], "obscenity")
R = req("KCSC-240915-01", "reddit", "2024-09-15T13:00:00+09:00", "2024-09-22T13:00:00+09:00",
        ["https://www.reddit.com/r/quietmarket29/comments/1fb29xq/cheap_stuff_here/"], "drugs")

def strip(u):
    return u.split("://", 1)[1]

def quote(lines):
    return "\n".join("> " + l if l else ">" for l in lines)

def our_request(ref, urls, date):
    l = ["On %s, KCSC Takedown <takedown@kcsc.example> wrote:" % date,
         "Dear Sir or Madam,", "", "Under Article 44-7 of the Network Act we request the removal of the",
         "following content (reference %s):" % ref, ""]
    l += ["%d. %s" % (i + 1, u) for i, u in enumerate(urls)]
    l += ["", "Please confirm once the content has been removed or blocked.", "Korea Communications Standards Commission"]
    return l

def mp_alt(text, html, qp=False):
    b = "b29alt000"
    enc = "quoted-printable" if qp else "8bit"
    t = quopri.encodestring(text.encode()).decode() if qp else text
    h = quopri.encodestring(html.encode()).decode() if qp else html
    return (f'Content-Type: multipart/alternative; boundary="{b}"\n\n--{b}\nContent-Type: text/plain; charset=utf-8\n'
            f'Content-Transfer-Encoding: {enc}\n\n{t}\n--{b}\nContent-Type: text/html; charset=utf-8\n'
            f'Content-Transfer-Encoding: {enc}\n\n{h}\n--{b}--\n')

def with_attachment(text, fname, ctype, data):
    b = "b29mix000"
    enc = base64.encodebytes(data).decode()
    return (f'Content-Type: multipart/mixed; boundary="{b}"\n\n--{b}\nContent-Type: text/plain; charset=utf-8\n'
            f'Content-Transfer-Encoding: 8bit\n\n{text}\n--{b}\nContent-Type: {ctype}; name="{fname}"\n'
            f'Content-Disposition: attachment; filename="{fname}"\nContent-Transfer-Encoding: base64\n\n{enc}--{b}--\n')

def b64_plain(text):
    return ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            + base64.encodebytes(text.encode()).decode())

cases = []
def case(**c):
    cases.append(c)

# ---------------------------------------------------------------- YouTube
case(name="yt-html-ticket-table", from_="legal-noreply@google.com", date="Fri, 13 Sep 2024 08:12:40 +0000",
     subject="[7-2938000029831] Re: Legal removal request KCSC-240910-01", reply_to_req="req-240910-01", type="html",
     body=f"""<html><body><p>Hello,</p>
<p>Thank you for your legal request regarding YouTube content (reference KCSC-240910-01). We have completed our review of some of the URLs in your notice. Outcomes are listed below.</p>
<table border="1"><tr><th>Video URL</th><th>Action taken</th></tr>
<tr><td>{Y[0]}</td><td>Removed globally for violating YouTube's Community Guidelines</td></tr>
<tr><td>{Y[1]}</td><td>Removed globally for violating YouTube's Community Guidelines</td></tr>
<tr><td>{Y[2]}</td><td>Blocked in South Korea (local law)</td></tr>
<tr><td>{Y[3]}</td><td>No action: the content does not violate our policies or local law</td></tr>
</table>
<p>For more on how we handle legal requests, see <a href="https://support.google.com/legal/answer/3110420">our Legal Help Center</a>.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
<p style="font-size:10px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p></body></html>""",
     outcome="applied", classification="confirmation",
     items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
     imitates="Google/YouTube legal-removal outcome email (ticket number in subject, per-URL action table, Legal Help Center link, Google LLC footer)",
     why="HTML-only ticket table with removed, geo-blocked and no-action rows; the help link is not an item")
case(name="yt-blocked-in-kr-bare-urls", from_="legal-noreply@google.com", date="Fri, 13 Sep 2024 10:40:02 +0000",
     subject="Your YouTube legal request KCSC-240910-01", reply_to_req="req-240910-01",
     body=f"""Hi,

We have reviewed the content you reported under local law. Following our review, we have blocked access to the videos below for viewers in South Korea:

{Y[4]}
{Y[5]}

This content remains available in other countries, as it does not violate YouTube's Community Guidelines. You can read about country-specific blocking at https://support.google.com/youtube/answer/7354993 .

Sincerely,
The YouTube Team""",
     outcome="applied", classification="confirmation", items={Y[4]: "restricted", Y[5]: "restricted"},
     imitates="YouTube 'content blocked in your country' legal-request outcome: statement, then bare URL list, then 'remains available elsewhere' sentence and help link",
     why="a heading statement over bare URLs; the following 'does not violate our Community Guidelines' is about global availability, not a rejection")
case(name="yt-status-line-below-url", from_="youtube-legal@youtube.com", date="Sat, 14 Sep 2024 02:03:11 +0000",
     subject="Re: KCSC-240910-01", reply_to_req="req-240910-01",
     body=f"""Hello KCSC team,

Update on two more of the videos in your request:

{Y[6]}
We have age-restricted this video. It can no longer be viewed by signed-out users or by users under 18.

{Y[7]}
This video has been removed for violating our policy on regulated goods.

Best,
Jin / YouTube Trust & Safety""",
     outcome="applied", classification="confirmation", items={Y[6]: "restricted", Y[7]: "removed"},
     imitates="YouTube age-restriction and Community Guidelines removal notices ('We have age-restricted your video', 'removed for violating our ... policy'), written by a reviewer below each URL",
     why="status sentence on the line below each bare URL")
csv_data = ("url,result,date\r\n%s,Removed - Community Guidelines,2024-09-14\r\n%s,Not found - video unavailable or ID invalid,2024-09-14\r\n" % (Y[8], Y[9])).encode()
case(name="yt-csv-attachment", from_="legal-noreply@google.com", date="Sat, 14 Sep 2024 06:30:00 +0000",
     subject="KCSC-240910-01 - outcome report", reply_to_req="req-240910-01",
     raw_mime=with_attachment("Hello,\n\nPlease find attached the outcome for part of request KCSC-240910-01.\n\nYouTube Legal Support", "outcome_KCSC-240910-01.csv", "text/csv", csv_data),
     outcome="applied", classification="confirmation", items={Y[8]: "removed", Y[9]: "not_found"},
     imitates="bulk legal-request outcome exports as CSV attachments (url,result columns) sent by ticketing systems",
     why="statuses only in a CSV attachment")
case(name="yt-hedged-may-restrict", from_="legal-noreply@google.com", date="Sun, 15 Sep 2024 01:00:00 +0000",
     subject="Re: KCSC-240910-01", reply_to_req="req-240910-01",
     body=f"""Hello,

Regarding {Y[10]}: our team is still assessing this video under local law. We may restrict access to it in South Korea if we conclude that it is unlawful there.

Thank you for your patience,
YouTube Legal Support""",
     outcome="review", review="not_understood", items={},
     imitates="YouTube legal support interim reply ('still assessing', 'we may restrict access')",
     why="hedged, conditional future statement naming an item: must be seen by a human, nothing applied")
case(name="yt-reply-to-reminder-nested-quotes", from_="youtube-legal@youtube.com", date="Wed, 18 Sep 2024 03:15:00 +0000",
     subject="Re: Re: Reminder: KCSC-240910-01", reply_to_req="req-240910-01",
     body=f"""Hello,

{strip(Y[11])} has now been removed.
{strip(Y[12])} remains available: after review we found it does not violate our Community Guidelines.

Regards,
YouTube Legal

On Tue, 17 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: the following items of KCSC-240910-01 are still pending. Please
> confirm they have been removed:
> {Y[11]}
> {Y[12]}
> {Y[13]}
>
> On Fri, 13 Sep 2024 at 17:12, YouTube Legal <legal-noreply@google.com> wrote:
>> {Y[0]} - removed
>> {Y[13]} - removed
>> We will update you on the remaining items.
""",
     outcome="applied", classification="confirmation", items={Y[11]: "removed", Y[12]: "rejected"},
     imitates="Gmail-style reply to a reminder with two quote levels (our reminder quoting the platform's earlier message)",
     why="only the top two lines count; Y14 is 'removed' only inside a second-level quote and stays pending")
case(name="yt-ack-ticket", from_="legal-noreply@google.com", date="Tue, 10 Sep 2024 01:05:00 +0000",
     subject="[7-2938000029831] We received your legal request", reply_to_req="req-240910-01",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

Thanks for contacting Google. We've received your request and assigned it ticket number 7-2938000029831. Our team will review it and get back to you. Please do not reply to this email.

The Google Legal Team""",
     outcome="ignored", items={},
     imitates="Google legal request auto-acknowledgement ('We've received your request', ticket number, do-not-reply)",
     why="pure ticket receipt, names no item")
case(name="yt-one-removed-rest-reviewing", from_="youtube-legal@youtube.com", date="Mon, 16 Sep 2024 09:00:00 +0000",
     subject="Re: KCSC-240910-01", reply_to_req="req-240910-01",
     body=f"""Hi,

We removed the video at {Y[13]} for violating our spam and deceptive practices policy. We are still reviewing the other videos in your request and will follow up.

YouTube Trust & Safety""",
     outcome="applied", classification="confirmation", items={Y[13]: "removed"},
     imitates="YouTube partial outcome email (one removal plus 'still reviewing the rest')",
     why="one clear removal; the rest stays pending")
case(name="yt-korean-restricted", from_="legal-kr@google.com", date="Tue, 17 Sep 2024 05:00:00 +0000",
     subject="RE: [KCSC-240910-01] 시정요구 조치결과 회신", reply_to_req="req-240910-01",
     body=f"""안녕하세요, 구글코리아 법무팀입니다.

요청하신 아래 동영상은 현지 법률 검토 결과 대한민국에서 시청이 제한되었습니다.

- {Y[10]}

관련 정책: https://support.google.com/youtube/answer/6154230

감사합니다.
Google Korea 법무팀 드림""",
     outcome="applied", classification="confirmation", items={Y[10]: "restricted"},
     imitates="Google Korea legal team Korean reply to a KCSC 시정요구 (국내 시청 제한), with a policy help link",
     why="Korean restriction statement over a bulleted URL; the help link is not an item")
case(name="yt-uploader-notified", from_="youtube-legal@youtube.com", date="Sun, 15 Sep 2024 04:00:00 +0000",
     subject="Re: KCSC-240910-01", reply_to_req="req-240910-01",
     body=f"""Hello,

Regarding {Y[4]}: the uploader has been notified of your complaint and asked to respond within 7 days.

YouTube Legal""",
     outcome="review", review="not_understood", items={},
     imitates="host forwarding a complaint to the uploader ('the uploader has been notified')",
     why="says something about an item but nothing about its status: not understood, must be reviewed")

# ---------------------------------------------------------------- NAVER
case(name="naver-numbered-imsijochi", from_="policy@navercorp.com", date="Thu, 12 Sep 2024 06:00:00 +0000",
     subject="[NAVER] 게시중단 요청(KCSC-240911-01) 처리 결과 안내", reply_to_req="req-240911-01",
     body=f"""안녕하세요. 네이버 게시중단요청서비스 담당자입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 아래와 같이 조치하였음을 알려드립니다.

1. {N[0]}
   - 정보통신망법 제44조의2에 따라 임시조치(30일) 하였습니다.
2. {N[1]}
   - 삭제 처리 완료

※ 임시조치된 게시물은 게시자의 재게시 요청이 없는 경우 30일 후 삭제됩니다.
※ 게시중단요청서비스 안내: https://right.naver.com/

감사합니다.
네이버 주식회사""",
     outcome="applied", classification="confirmation", items={N[0]: "restricted", N[1]: "removed"},
     imitates="NAVER 게시중단요청서비스 처리 결과 notice (임시조치 under 정보통신망법 제44조의2, 30-day note, right.naver.com link)",
     why="numbered list with the status on the indented line below each URL; 임시조치 = restricted")
case(name="naver-kcsc-result-table", from_="policy@navercorp.com", date="Fri, 13 Sep 2024 02:00:00 +0000",
     subject="[KCSC-240911-01] 시정요구에 대한 조치결과 회신", reply_to_req="req-240911-01", type="html",
     body=f"""<html><body><p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240911-01)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1"><tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{N[2]}</td><td>게시중단</td><td>2024.09.12</td></tr>
<tr><td>2</td><td>{N[3]}</td><td>해당 게시물 없음 (작성자 삭제)</td><td>-</td></tr>
</table><p>네이버 주식회사 정책지원팀</p></body></html>""",
     outcome="applied", classification="confirmation", items={N[2]: "removed", N[3]: "not_found"},
     imitates="Korean portal 시정요구 조치결과 회신 table (번호/URL/조치결과/조치일자)",
     why="게시중단 = removed; already deleted by its author = not_found")
case(name="naver-seems-deleted", from_="policy@navercorp.com", date="Sat, 14 Sep 2024 03:00:00 +0000",
     subject="RE: KCSC-240911-01 문의", reply_to_req="req-240911-01",
     body=f"""안녕하세요.

{N[4]} 게시물은 확인해 보니 이미 삭제된 것으로 보입니다. 정확한 내용은 카페 담당 부서 확인 후 다시 안내드리겠습니다.

네이버 고객센터""",
     outcome="review", review="not_understood", items={},
     imitates="NAVER customer centre informal reply ('삭제된 것으로 보입니다', will confirm later)",
     why="hedged ('seems to be deleted') and promised follow-up: a clerk would not record it yet")
case(name="naver-ack-received", from_="noreply@navercorp.com", date="Wed, 11 Sep 2024 05:10:00 +0000",
     subject="[NAVER] 게시중단 요청이 정상적으로 접수되었습니다", reply_to_req="req-240911-01",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""안녕하세요. 네이버입니다.

고객님의 게시중단 요청이 정상적으로 접수되었습니다. (접수번호 2024091100029)
담당자가 검토한 후 처리 결과를 메일로 안내해 드리겠습니다.

본 메일은 발신전용입니다.""",
     outcome="ignored", items={},
     imitates="NAVER 게시중단 요청 접수 완료 automatic receipt (접수번호, 발신전용)",
     why="receipt, no statement about any item")
case(name="naver-below-url-operator-deleted", from_="policy@navercorp.com", date="Sun, 15 Sep 2024 01:30:00 +0000",
     subject="Re: [KCSC-240911-01] 카페 게시물 조치 결과", reply_to_req="req-240911-01",
     body=f"""안녕하세요, 네이버 카페 운영정책 담당자입니다.

{N[2]}
→ 운영자에 의해 삭제되었습니다.

{N[3]}
해당 게시물은 비공개 처리되었습니다.

운영정책: https://section.cafe.naver.com/cafe-home/policy

감사합니다.""",
     outcome="applied", classification="confirmation", items={N[2]: "removed", N[3]: "removed"},
     imitates="NAVER Cafe operation-policy reply with 운영자 삭제 / 비공개 처리 under each URL",
     why="deletion by the operator and 비공개 처리 are removal forms (issue 11); policy link not an item")
case(name="naver-access-blocked-particle", from_="policy@navercorp.com", date="Mon, 16 Sep 2024 07:00:00 +0000",
     subject="KCSC-240911-01 추가 회신", reply_to_req="req-240911-01",
     body=f"""안녕하세요.

{N[4]}에 대해서는 국내 접속 차단 조치를 완료하였습니다.

네이버 정책지원팀 드림""",
     outcome="applied", classification="confirmation", items={N[4]: "restricted"},
     imitates="Korean portal one-sentence result notice with the URL followed by a Korean particle",
     why="URL followed by 에 대해서는; 접속 차단 = restricted")
case(name="naver-bulk-all-five", from_="policy@navercorp.com", date="Tue, 17 Sep 2024 08:00:00 +0000",
     subject="RE: [KCSC-240911-01] 조치 결과", reply_to_req="req-240911-01",
     body="""안녕하세요.

요청하신 게시물 5건 모두 삭제 조치하였습니다.

감사합니다.
네이버 주식회사""",
     outcome="review", review="bulk", items={},
     imitates="Korean portal short bulk reply ('5건 모두 삭제 조치')",
     why="a count instead of an item list: bulk confirmations go to review")
case(name="naver-ooo-korean", from_="jiyoon.park@navercorp.com", date="Wed, 11 Sep 2024 06:00:00 +0000",
     subject="자동 회신: [KCSC-240911-01] 시정요구", reply_to_req="req-240911-01", name_from="박지윤",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""안녕하세요. 9월 11일부터 9월 19일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 주시기 바랍니다.""",
     outcome="ignored", items={},
     imitates="Korean Outlook out-of-office (자동 회신, 추석 연휴)",
     why="out-of-office auto-reply")
case(name="lawfirm-claims-deleted", from_="office@hanbit-law29.co.kr", date="Mon, 16 Sep 2024 02:00:00 +0000",
     subject="[KCSC-240911-01] 게시물 삭제 완료 통보", name_from="법무법인 한빛",
     body=f"""방송통신심의위원회 담당자님께

당 법무법인은 블로그 게시자를 대리하여 알려드립니다.
아래 게시물은 게시자가 자진 삭제 완료하였습니다.

{N[0]}
{N[1]}

법무법인 한빛 드림""",
     outcome="review", review="unknown_sender", items={},
     imitates="law-firm letter on behalf of a poster announcing voluntary deletion",
     why="not a platform sender: claims about our items must be seen, nothing applied")

# ---------------------------------------------------------------- X
case(name="x-withheld-echoed-report", from_="legal@x.com", date="Fri, 13 Sep 2024 01:00:00 +0000",
     subject="Case# 0929-1184 : KCSC-240912-01", reply_to_req="req-240912-01",
     body=f"""Hello,

We have received your request. In accordance with local law, we have withheld the reported content in South Korea. More information: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Reported content:
  {X[0]}
  {X[1]}

Thanks,
X Legal""",
     outcome="applied", classification="confirmation", items={X[0]: "restricted", X[1]: "restricted"},
     imitates="X/Twitter 'withheld in country' legal-request reply, statement about 'the reported content' followed by the echoed report",
     why="receipt phrase plus an unhedged withholding statement about the echoed items: not an acknowledgement")
case(name="x-no-violation-base64", from_="legal@x.com", date="Sat, 14 Sep 2024 03:00:00 +0000",
     subject="Case# 0929-1185 : KCSC-240912-01", reply_to_req="req-240912-01",
     raw_mime=b64_plain(f"""Hello,

Thank you for your report. After reviewing the reported post ({X[2]}), we have determined that it is not in violation of the X Rules or local law. We will not be taking action at this time.

You can learn more about our policies at https://help.x.com/en/rules-and-policies/x-rules

X Legal
"""),
     outcome="applied", classification="confirmation", items={X[2]: "rejected"},
     imitates="X 'not in violation of the X Rules ... will not be taking action' reply (base64 body)",
     why="a negated action with a reason is a rejection")
case(name="x-dmarc-fail-removed", from_="legal@x.com", date="Sat, 14 Sep 2024 05:00:00 +0000", auth="fail",
     subject="Case# 0929-1186 : KCSC-240912-01", reply_to_req="req-240912-01",
     body=f"""Hello,

The following post has been removed: {X[3]}

X Legal""",
     outcome="review", review="untrusted", items={},
     imitates="X removal confirmation, with DMARC failure",
     why="DMARC fail: nothing applied")
case(name="x-lookalike-domain", from_="support@x-legalteam.com", date="Sun, 15 Sep 2024 05:00:00 +0000",
     subject="KCSC-240912-01 removal completed", name_from="X Legal",
     body=f"""Dear KCSC,

We removed the following posts as requested:
{X[2]}
{X[3]}

X Legal Support""",
     outcome="review", review="unknown_sender", items={},
     imitates="a spoof of an X removal notice from a look-alike domain",
     why="unknown sender domain naming our items")
case(name="x-qp-multipart-deleted", from_="legal@x.com", date="Mon, 16 Sep 2024 05:00:00 +0000",
     subject="Case# 0929-1187 : KCSC-240912-01", reply_to_req="req-240912-01",
     raw_mime=mp_alt(f"""Hello,

This post has been deleted for violating our illegal or certain regulated goods or services policy:
{X[3]}?s=20&t=abcdefghijkLMNOPQRSTuv

X Legal""", f"""<p>Hello,</p><p>This post has been deleted for violating our illegal or certain regulated goods or services policy:<br><a href="{X[3]}?s=20&amp;t=abcdefghijkLMNOPQRSTuv">{X[3]}?s=20&amp;t=abcdefghijkLMNOPQRSTuv</a></p><p>X Legal</p>""", qp=True),
     outcome="applied", classification="confirmation", items={X[3]: "removed"},
     imitates="X policy-violation removal notice, multipart/alternative quoted-printable, URL on the line below its statement",
     why="statement above the URL; long URL with query split by QP soft breaks")
case(name="x-one-removed-one-reviewing", from_="legal@x.com", date="Tue, 17 Sep 2024 02:00:00 +0000",
     subject="Re: KCSC-240912-01", reply_to_req="req-240912-01",
     body=f"""Hi,

- {X[0]} : removed
- {X[1]} : still under review

X Legal""",
     outcome="applied", classification="confirmation", items={X[0]: "removed"},
     imitates="bulleted per-line statuses from a legal desk",
     why="'still under review' keeps the second post pending")

# ---------------------------------------------------------------- Telegram
case(name="tg-terse-abuse-reply", from_="abuse@telegram.org", date="Fri, 13 Sep 2024 09:00:00 +0000",
     subject="Re: KCSC-240913-01", reply_to_req="req-240913-01",
     body=f"""Hello,

Thank you, the offending messages have been removed:
{T[0]}
{T[1]}

Telegram Abuse Team""",
     outcome="applied", classification="confirmation", items={T[0]: "removed", T[1]: "removed"},
     imitates="Telegram abuse@ terse reply ('the offending ... have been removed')",
     why="short heading statement over a URL list")
case(name="tg-top-posted-outlook", from_="dsa@telegram.org", date="Sat, 14 Sep 2024 09:00:00 +0000",
     subject="RE: KCSC-240913-01", reply_to_req="req-240913-01",
     body=f"""We could not find {strip(T[2])} - this message does not exist or was never public.

Telegram Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 11:00 AM
To: dsa@telegram.org
Subject: KCSC-240913-01

Please remove the following messages; we will record them as removed once you confirm:
{T[0]}
{T[1]}
{T[2]}
""",
     outcome="applied", classification="confirmation", items={T[2]: "not_found"},
     imitates="Outlook top-posted reply over '-----Original Message-----' block",
     why="only the top line counts; quoted list stays pending")
case(name="tg-autoreply", from_="dsa@telegram.org", date="Fri, 13 Sep 2024 02:01:00 +0000",
     subject="Automatic reply: KCSC-240913-01", reply_to_req="req-240913-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""Thank you for your email. This mailbox is monitored during business hours (CET). We will respond as soon as possible.""",
     outcome="ignored", items={},
     imitates="generic auto-reply from a platform mailbox",
     why="auto-reply")
dsn_b = "b29dsn000"
case(name="tg-bounce-dsn", from_="MAILER-DAEMON@telegram.org", date="Fri, 13 Sep 2024 02:02:00 +0000",
     subject="Undelivered Mail Returned to Sender", name_from="Mail Delivery System",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="{dsn_b}"

--{dsn_b}
Content-Type: text/plain; charset=utf-8

This is the mail system at host mail-out.telegram.org.
I'm sorry to have to inform you that your message could not be delivered.

<legal@telegram.org>: host mx.telegram.org said: 550 5.1.1 User unknown

--{dsn_b}
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.telegram.org
Final-Recipient: rfc822; legal@telegram.org
Action: failed
Status: 5.1.1

--{dsn_b}
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@telegram.org
Subject: KCSC-240913-01
Message-ID: <req-240913-01@kcsc.example>

--{dsn_b}--
""",
     outcome="ignored", classification="bounce", items={},
     imitates="Postfix DSN bounce (multipart/report delivery-status)",
     why="bounce of our request")
case(name="tg-statement-then-url", from_="abuse@telegram.org", date="Mon, 16 Sep 2024 09:00:00 +0000",
     subject="Re: KCSC-240913-01", reply_to_req="req-240913-01",
     body=f"""Hi,

We've taken down this message for violating Telegram's Terms of Service:
<{T[1]}>

Regards""",
     outcome="applied", classification="confirmation", items={T[1]: "removed"},
     imitates="Telegram abuse reply with URL in angle brackets on the line below the statement",
     why="URL on the line below its statement")

# ---------------------------------------------------------------- Kakao
case(name="kakao-blind-and-refused", from_="report@kakaocorp.com", date="Tue, 17 Sep 2024 03:00:00 +0000",
     subject="[카카오] 게시중단 요청 처리 결과 안내 (KCSC-240916-01)", reply_to_req="req-240916-01",
     body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 Daum 카페 게시물에 대한 처리 결과를 안내드립니다.

■ {K[0]}
  처리 결과: 블라인드 처리 완료

■ {K[1]}
  처리 결과: 검토 결과 권리침해 소지가 확인되지 않아 게시중단 조치를 하지 않았습니다.

결과에 이의가 있으시면 고객센터(https://cs.kakao.com)로 문의해 주세요.

카카오 드림""",
     outcome="applied", classification="confirmation", items={K[0]: "removed", K[1]: "rejected"},
     imitates="Kakao/Daum 게시중단 처리 결과 안내 (블라인드 처리, 권리침해 소지 미확인), cs.kakao.com link",
     why="블라인드 = removed (issue 11 lists it as removal form); negated 게시중단 with reason = rejected")
case(name="kakao-will-delete-today", from_="report@kakaocorp.com", date="Mon, 16 Sep 2024 09:00:00 +0000",
     subject="RE: KCSC-240916-01", reply_to_req="req-240916-01",
     body=f"""안녕하세요.

{K[0]}, {K[1]} 두 게시물은 금일 중 삭제될 예정입니다.

카카오 정책팀""",
     outcome="review", review="not_understood", items={},
     imitates="Korean portal promise reply (삭제될 예정)",
     why="future tense names items: review, nothing applied")
mdn_b = "b29mdn000"
case(name="kakao-read-receipt", from_="jh.lee@kakaocorp.com", date="Mon, 16 Sep 2024 07:00:00 +0000",
     subject="읽음: KCSC-240916-01", reply_to_req="req-240916-01", name_from="이지훈",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="{mdn_b}"

--{mdn_b}
Content-Type: text/plain; charset=utf-8

메시지를 읽었습니다: KCSC-240916-01 (2024-09-16 16:00)

--{mdn_b}
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jh.lee@kakaocorp.com
Original-Message-ID: <req-240916-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--{mdn_b}--
""",
     outcome="ignored", classification="read_receipt", items={},
     imitates="Outlook MDN read receipt (읽음:)",
     why="read receipt")

def xlsx(rows):
    """Minimal XLSX (inline strings), fixed timestamps: deterministic."""
    import zipfile
    from xml.sax.saxutils import escape
    def col(i): return "ABCDEFGH"[i]
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        sheet.append('<row r="%d">' % r + "".join(
            '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(i), r, escape(v)) for i, v in enumerate(row)) + '</row>')
    sheet.append('</sheetData></worksheet>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="조치결과" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": "".join(sheet),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 17, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

case(name="kakao-xlsx-result-sheet", from_="report@daum.net", date="Wed, 18 Sep 2024 06:00:00 +0000",
     subject="[Daum] KCSC-240916-01 조치결과 송부", reply_to_req="req-240916-01",
     raw_mime=with_attachment("""안녕하세요, 카카오 Daum 게시물 정책 담당자입니다.

요청하신 건의 조치결과를 첨부 파일로 송부드립니다.

감사합니다.""", "KCSC-240916-01_result.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        xlsx([["번호", "URL", "조치결과", "비고"],
              ["1", K[0], "삭제", "운영정책 위반"],
              ["2", K[1], "게시물 없음", "작성자 삭제"]])),
     outcome="applied", classification="confirmation", items={K[0]: "removed", K[1]: "not_found"},
     imitates="Korean portal 조치결과 spreadsheet (번호/URL/조치결과/비고) sent as an XLSX attachment with a one-line cover note",
     why="statuses only in an XLSX attachment with Korean headers; 게시물 없음 (작성자 삭제) = not_found")

# ---------------------------------------------------------------- Meta
case(name="meta-local-law-echoed", from_="noreply@fb.com", date="Sun, 15 Sep 2024 06:00:00 +0000",
     subject="Your report to Meta (KCSC-240914-01)", reply_to_req="req-240914-01", type="html",
     body=f"""<html><body><p>Hi,</p><p>Thanks for your report. We've restricted access to the content you reported in South Korea, based on local law. It remains visible in other countries.</p>
<p><b>Your report</b><br>Report ID: 1029384756<br>Content reported:<br><a href="{M[0]}">{M[0]}</a><br><a href="{M[1]}">{M[1]}</a></p>
<p><a href="https://transparency.meta.com/reports/content-restrictions/">Learn about content restrictions based on local law</a></p>
<p>Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</p></body></html>""",
     outcome="applied", classification="confirmation", items={M[0]: "restricted", M[1]: "restricted"},
     imitates="Meta 'we've restricted access to the content you reported in your country based on local law' report outcome, with echoed report and transparency link",
     why="statement about 'the content you reported' followed by the echoed report listing both items")
case(name="meta-removed-and-not-removed", from_="support@instagram.com", date="Mon, 16 Sep 2024 06:00:00 +0000",
     subject="Update on your report KCSC-240914-01", reply_to_req="req-240914-01",
     raw_mime=mp_alt(f"""Hello,

{M[1]}
We removed this post because it goes against our Community Standards on adult nudity and sexual activity.

{M[0]}
We reviewed this post and didn't remove it because it doesn't go against our Community Guidelines.

Meta""", f"""<p>Hello,</p><p><a href="{M[1]}">{M[1]}</a><br>We removed this post because it goes against our Community Standards on adult nudity and sexual activity.</p><p><a href="{M[0]}">{M[0]}</a><br>We reviewed this post and didn't remove it because it doesn't go against our Community Guidelines.</p><p>Meta</p>"""),
     outcome="applied", classification="confirmation", items={M[1]: "removed", M[0]: "rejected"},
     imitates="Meta/Instagram report outcome wording ('We removed this post because it goes against our Community Standards', 'didn't remove it because it doesn't go against')",
     why="multipart/alternative; one removal, one rejection")
case(name="meta-ack-listing-url", from_="noreply@fb.com", date="Sat, 14 Sep 2024 02:00:00 +0000",
     subject="We received your report", reply_to_req="req-240914-01", extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""Hi,

Thanks for your report. We've received it and will review it as soon as possible.

Content reported: {M[0]}
Report ID: 1029384756

Meta""",
     outcome="ignored", classification="acknowledgement", items={},
     imitates="Meta 'Thanks for your report, we received it' automatic receipt with echoed URL",
     why="receipt as a whole; the echoed URL states nothing about its status (arguable: could go to review)")

# ---------------------------------------------------------------- TikTok
case(name="tiktok-removed", from_="legal-kr@tiktok.com", date="Wed, 18 Sep 2024 02:00:00 +0000",
     subject="TikTok: outcome of your request KCSC-240917-01", reply_to_req="req-240917-01",
     body=f"""Hello,

Thank you for reaching out to TikTok. We've reviewed the video you reported and removed it for violating our Community Guidelines.

Reported video: {TT[0]}

Community Guidelines: https://www.tiktok.com/community-guidelines

TikTok Trust and Safety
TikTok Pte. Ltd.""",
     outcome="applied", classification="confirmation", items={TT[0]: "removed"},
     imitates="TikTok report outcome ('We've reviewed ... and removed it for violating our Community Guidelines') with echoed reported video",
     why="statement about 'the video you reported' then the echoed URL")
case(name="tiktok-asks-court-order", from_="legal-kr@tiktok.com", date="Thu, 19 Sep 2024 01:00:00 +0000",
     subject="Re: KCSC-240917-01", reply_to_req="req-240917-01",
     body=f"""Hello,

Regarding {TT[0]}: to process your request, please provide the specific legal provision breached and, where available, a court order or official decision. Without this we cannot act on the report.

TikTok Law Enforcement Outreach""",
     outcome="review", review="asks_more", classification="request_for_info", items={},
     imitates="TikTok legal team request for legal basis / court order",
     why="asks for more information")

# ---------------------------------------------------------------- Reddit
case(name="reddit-removed-report-details", from_="noreply@reddit.com", date="Tue, 17 Sep 2024 04:00:00 +0000",
     subject="Update on your Reddit report", reply_to_req="req-240915-01",
     body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating, we've found that the reported content violates Reddit's Content Policy and it has been removed.

Report details
Report reason: Illegal transaction
Reported content: {R[0]}

Thanks again for helping keep Reddit safe.
- Reddit Safety
https://www.redditinc.com/policies/content-policy""",
     outcome="applied", classification="confirmation", items={R[0]: "removed"},
     imitates="Reddit admin report outcome ('After investigating, we've found that the reported content violates Reddit's Content Policy') with report details block",
     why="statement about 'the reported content' then the echoed report")
case(name="reddit-names-x-post", from_="legal@reddit.com", date="Wed, 18 Sep 2024 04:00:00 +0000",
     subject="Re: your request", 
     body=f"""Hello,

We have removed the content at {X[0]} from our platform.

Reddit Legal""",
     outcome="review", review="wrong_platform", items={},
     imitates="confused reply from another platform about an item it does not host",
     why="Reddit cannot state a status for an X post")

from email.header import Header
def enc(h):
    return h if h.isascii() else Header(h, "utf-8").encode()
for c in cases:
    c["from"] = c.pop("from_")
    c["subject"] = enc(c["subject"])
    if "name_from" in c:
        c["name_from"] = enc(c["name_from"])

if __name__ == "__main__":
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for r in REQ:
            w.writerow(r)
    corpuslib.write_set(HERE, SET, "# Blind set 29 (issue 11): expected results written from meaning before any run.", cases)
    print(len(cases), "cases", len(REQ), "items")
