#!/usr/bin/env python3
"""Blind set 72 (issue 11): a general mix, English and Korean, seven platforms.
Expected results written from each email's meaning before anything ran.
Deterministic: python3 tests/corpus/blind72/make.py"""
import base64, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib
corpuslib.DOMAIN_NAMES.update({"kakaocorp.com": "Kakao", "daum.net": "Daum", "tiktok.com": "TikTok",
                               "fb.com": "Meta", "meta.com": "Meta", "instagram.com": "Instagram"})

Y = [f"https://www.youtube.com/watch?v=Fk72Vid00{i:02d}" for i in range(1, 13)] + [
    "https://www.youtube.com/shorts/Fk72Sht0013",
    "https://www.youtube.com/@%EA%B0%80%EC%A7%9C%EC%B1%84%EB%84%9072"]
Y14_RAW = "https://www.youtube.com/@가짜채널72"
N = ["https://blog.naver.com/fake_blog72/223560000001", "https://blog.naver.com/fake_blog72/223560000002",
     "https://cafe.naver.com/fakecafe72/1201", "https://cafe.naver.com/fakecafe72/1202",
     "https://blog.naver.com/%EA%B0%80%EC%A7%9C%EB%B8%94%EB%A1%9C%EA%B7%B872/223560000005"]
N5_RAW = "https://blog.naver.com/가짜블로그72/223560000005"
X = ["https://x.com/fake_acct72/status/1833000000000000001", "https://x.com/fake_acct72/status/1833000000000000002",
     "https://x.com/fake_promo72/status/1833000000000000003", "https://x.com/fake_news72/status/1833000000000000004"]
K = ["https://cafe.daum.net/fakecafe72/Ab1c/101", "https://tv.kakao.com/v/450720002", "https://brunch.co.kr/@fakewriter72/3"]
T = ["https://www.tiktok.com/@fake_user72/video/7412000000000000001",
     "https://www.tiktok.com/@fake_dancer72/video/7412000000000000002"]
TG = "https://t.me/fakechan72/88"
M = ["https://www.instagram.com/p/C9fk72Abc01/", "https://www.facebook.com/fakepage72/posts/pfbid02Fk72aBcDeFgHiJkLmNoPq",
     "https://www.instagram.com/reel/C9fk72Rel03/"]


def quote(ref, urls, style=">"):
    body = [f"Dear Sir or Madam,", "", f"Request {ref}: the Korea Communications Standards Commission asks you",
            "to remove or block the following content:", ""] + [f"{i}. {u}" for i, u in enumerate(urls, 1)] + [
            "", "KCSC Takedown Desk"]
    if style == ">":
        return "\n".join("> " + l if l else ">" for l in body)
    return "\n".join(body)


def enc(name):
    return "=?UTF-8?B?" + base64.b64encode(name.encode()).decode() + "?="


def b64(s):
    return "\n".join(base64.b64encode(s.encode()).decode()[i:i + 76] for i in range(0, len(base64.b64encode(s.encode())), 76))


C = []


def case(**kw):
    C.append(kw)


YT = "youtube-legal-noreply@google.com"
# ---------------- YouTube (largest request, 14 items) ----------------
case(name="yt-legal-removed-bulleted", **{"from": YT}, date="Wed, 11 Sep 2024 03:12:00 +0000",
     subject="Re: [KCSC-240910-01] Request for removal of content", reply_to_req="req-240910-01",
     body=f"""Hello,

Thank you for contacting YouTube. Following our review of your request, we
have removed the following content from YouTube:

  * {Y[0]}
  * {Y[1]}
  * {Y[2]}

For more information on how YouTube handles government requests, please see
https://support.google.com/youtube/answer/2801999 and our Transparency Report
at https://transparencyreport.google.com/government-removals/overview.

Regards,
The YouTube Legal Support Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", outcome="applied", classification="confirmation", items={Y[0]: "removed", Y[1]: "removed", Y[2]: "removed"},
     imitates="YouTube Legal Support government removal outcome email (bulleted list, help and transparency links)",
     why="bulleted removal list; help and transparency links are not items")

case(name="yt-geo-blocked-korea", **{"from": YT}, date="Wed, 11 Sep 2024 07:40:00 +0000",
     subject="Re: [KCSC-240910-01] Legal removal request - outcome", reply_to_req="req-240910-01",
     body=f"""Hi there,

We reviewed the videos listed in your request against local law. The
following videos have been blocked from view in South Korea:

{Y[3]}
{Y[4]}

They remain available in other countries, as they do not violate YouTube's
Community Guidelines.

- YouTube Legal Support
""", outcome="applied", classification="confirmation", items={Y[3]: "restricted", Y[4]: "restricted"},
     imitates="YouTube 'content blocked in your country' legal outcome (local-law geo-block)",
     why="geo-block in Korea is restricted, not rejected, despite 'do not violate Community Guidelines'")

case(name="yt-age-restricted", **{"from": YT}, date="Thu, 12 Sep 2024 01:05:00 +0000",
     subject="Re: [KCSC-240910-01] Update on your request", reply_to_req="req-240910-01",
     body=f"""Hello,

After reviewing {Y[5]} we have applied an age restriction to the video.
It can no longer be viewed by users who are signed out or under 18.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167

Sincerely,
YouTube Trust & Safety
""", outcome="applied", classification="confirmation", items={Y[5]: "restricted"},
     imitates="YouTube age-restriction notice (Community Guidelines age-restricted content help page)",
     why="age restriction = restricted")

case(name="yt-status-below-bare-url", **{"from": YT}, date="Thu, 12 Sep 2024 06:30:00 +0000",
     subject="Re: [KCSC-240910-01] Results", reply_to_req="req-240910-01",
     body=f"""Hello,

Please find the outcome for each URL below.

{Y[6]}
Action taken: Removed for violating our Community Guidelines

{Y[7]}
No action taken. After careful review, this video does not violate our
policies or local law.

{Y[8]}
We could not locate a video at this address. It may have been an invalid link.

Appeals and policy information: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

YouTube Legal Support
""", outcome="applied", classification="confirmation",
     items={Y[6]: "removed", Y[7]: "rejected", Y[8]: "not_found"},
     imitates="YouTube legal outcome listing each URL with its action on the lines below",
     why="status on the line(s) below a bare URL, three different statuses")

case(name="yt-no-violation-prose", **{"from": YT}, date="Fri, 13 Sep 2024 02:00:00 +0000",
     subject="Re: [KCSC-240910-01]", reply_to_req="req-240910-01",
     body=f"""Hello,

Thanks for your patience. We've reviewed the content at {Y[9]} and
determined that it doesn't violate our Community Guidelines. We won't be
taking action on this video at this time.

If you have additional information, you can submit a new request at
https://support.google.com/legal/answer/3110420.

The YouTube Team
""", outcome="applied", classification="confirmation", items={Y[9]: "rejected"},
     imitates="YouTube 'we reviewed your report and found no violation' reply",
     why="'doesn't violate ... won't be taking action' is a rejection; a link to submit a new request is not an item")

case(name="yt-may-take-action-later", **{"from": YT}, date="Fri, 13 Sep 2024 05:00:00 +0000",
     subject="Re: [KCSC-240910-01] Your request", reply_to_req="req-240910-01",
     body=f"""Hello,

Our teams are still assessing {Y[10]} and {Y[11]} under local law. Depending
on the outcome, we may restrict these videos in South Korea. We expect to
follow up with a decision within the next few business days.

YouTube Legal Support
""", outcome="review", review="not_understood", items={},
     imitates="YouTube interim 'still assessing / may restrict' reply",
     why="hedged, future: 'may restrict' names items but states nothing done")

html7 = f"""<html><body><p>Hello,</p><p>Here is the status of the remaining videos from your request KCSC-240910-01:</p>
<table border="1"><tr><th>URL</th><th>Decision</th></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>Removed</td></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>Blocked in South Korea (local law)</td></tr>
<tr><td><a href="{Y[12]}">{Y[12]}</a></td><td>No violation found &ndash; content remains available</td></tr>
</table><p>Transparency: <a href="https://transparencyreport.google.com/">Google Transparency Report</a></p>
<p>YouTube Legal Support</p></body></html>"""
case(name="yt-html-table", **{"from": YT}, date="Mon, 16 Sep 2024 01:00:00 +0000",
     subject="Re: [KCSC-240910-01] Decisions", reply_to_req="req-240910-01", type="html", body=html7,
     outcome="applied", classification="confirmation",
     items={Y[10]: "removed", Y[11]: "restricted", Y[12]: "rejected"},
     imitates="YouTube legal outcome as an HTML decision table",
     why="HTML table with one decision per row")

case(name="yt-korean-handle-iri", **{"from": "youtube-kr-legal@google.com"}, date="Mon, 16 Sep 2024 04:00:00 +0000",
     subject="RE: [KCSC-240910-01] 시정요구 관련 회신", reply_to_req="req-240910-01",
     body=f"""안녕하세요, YouTube 법무지원팀입니다.

요청하신 채널 {Y14_RAW}에 대해 검토한 결과, 현지 법률에 따라 해당 채널은
대한민국 내에서 접근이 제한되었습니다.

자세한 내용은 고객센터(https://support.google.com/youtube/?hl=ko)를 참고해 주세요.

감사합니다.
YouTube 법무지원팀
""", outcome="applied", classification="confirmation", items={Y[13]: "restricted"},
     imitates="YouTube Korean legal support reply (접근 제한 in Korea)",
     why="raw Korean handle followed by particle '에' matches the percent-encoded item; 접근이 제한 = restricted")

case(name="yt-ticket-receipt", **{"from": YT}, date="Tue, 10 Sep 2024 01:20:00 +0000",
     subject="Re: [KCSC-240910-01] [7-1287000072] We received your request", reply_to_req="req-240910-01",
     body=f"""Hello,

Thanks for your submission. This email confirms that we have received your
legal request. Your ticket number is 7-1287000072; please keep it in the
subject line of any reply.

We will review your request and get back to you as soon as possible.

The YouTube Legal Support Team

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote("KCSC-240910-01", Y[:5])}
""", outcome="ignored", classification="acknowledgement", items={},
     imitates="YouTube/Google legal ticket receipt ('This email confirms that we have received')",
     why="pure receipt; the URLs appear only in the quoted request")

case(name="yt-top-posted-over-quote", **{"from": YT}, date="Wed, 11 Sep 2024 10:00:00 +0000",
     subject="Re: [KCSC-240910-01] Request for removal of content", reply_to_req="req-240910-01",
     body=f"""Hi,

We removed {Y[0]}.
{Y[1]} remains available: it does not violate our policies and we did not
find it unlawful under local law.

Best,
YouTube Legal Support

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote("KCSC-240910-01", Y[:6])}
""", outcome="applied", classification="confirmation", items={Y[0]: "removed", Y[1]: "rejected"},
     imitates="Gmail-style top-posted answer over the quoted request",
     why="only the two unquoted statements count; the quoted list stays pending")

csv_att = "url,action,reason\n" + f"{Y[2]},removed,Community Guidelines\n{Y[3]},blocked_in_country,Local law (KR)\n{Y[4]},no_action,No violation\n"
case(name="yt-csv-attachment", **{"from": YT}, date="Wed, 11 Sep 2024 12:00:00 +0000",
     subject="Re: [KCSC-240910-01] Outcome spreadsheet", reply_to_req="req-240910-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b72csv"

--b72csv
Content-Type: text/plain; charset=utf-8

Hello,

Please see the attached file for the action taken on each URL.

YouTube Legal Support

--b72csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240910-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--b72csv--
""", outcome="applied", classification="confirmation",
     items={Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
     imitates="bulk legal outcome sent as a CSV attachment (action column per URL)",
     why="base64 CSV: removed / blocked_in_country / no_action")

case(name="yt-partly-done", **{"from": YT}, date="Thu, 12 Sep 2024 09:00:00 +0000",
     subject="Re: [KCSC-240910-01] Partial update", reply_to_req="req-240910-01",
     body=f"""Hello,

A quick update on your request: {Y[5]} has been taken down.

{Y[6]} is still being reviewed by our policy specialists and we'll update
you once we have reached a decision.

YouTube Legal Support
""", outcome="applied", classification="confirmation", items={Y[5]: "removed"},
     imitates="YouTube partial update (one done, one still in review)",
     why="'still being reviewed' leaves the second item pending; the first is applied")

case(name="yt-hedge-in-relative-clause", **{"from": YT}, date="Fri, 13 Sep 2024 08:00:00 +0000",
     subject="Re: [KCSC-240910-01]", reply_to_req="req-240910-01",
     body=f"""Hello,

The video {Y[8]}, which may have been flagged previously by other users,
has been removed from YouTube for violating our policy on regulated goods.

Policy: https://support.google.com/youtube/answer/9229611

YouTube Trust & Safety
""", outcome="applied", classification="confirmation", items={Y[8]: "removed"},
     imitates="YouTube removal notice citing the regulated goods policy",
     why="'may have been flagged' is a hedge in a relative clause about the past; the main clause states removal")

case(name="yt-echoed-report", **{"from": YT}, date="Tue, 17 Sep 2024 02:00:00 +0000",
     subject="Re: [KCSC-240910-01] Your report has been resolved", reply_to_req="req-240910-01",
     body=f"""Hello,

We have reviewed the reported content and removed it for violating YouTube's
Community Guidelines.

--- Your report ---
Reporter: KCSC Takedown Desk
Reported content: {Y[7]}
Reason selected: Illegal or regulated goods
Submitted: 2024-09-10

Help Center: https://support.google.com/youtube/answer/2802027
Community Guidelines: https://www.youtube.com/t/community_guidelines

(c) 2024 Google LLC
""", outcome="applied", classification="confirmation", items={Y[7]: "removed"},
     imitates="YouTube 'your report has been resolved' notice with the echoed report",
     why="statement about 'the reported content' followed by the echoed report naming it")

# ---------------- NAVER (5) ----------------
NV = "policy@navercorp.com"
case(name="naver-temp-measure", **{"from": NV}, date="Thu, 12 Sep 2024 02:00:00 +0000",
     subject="RE: [KCSC-240911-01] 시정요구에 대한 조치결과 회신", reply_to_req="req-240911-01",
     body=f"""안녕하세요. 네이버 고객센터 권리보호팀입니다.

귀 위원회의 시정요구(KCSC-240911-01)와 관련하여 아래 게시물에 대해
정보통신망법 제44조의2에 따라 30일간 임시조치하였음을 알려드립니다.

- {N[0]}
- {N[1]}

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.
네이버 권리보호센터: https://right.naver.com

감사합니다.
NAVER 권리보호팀 드림
""", outcome="applied", classification="confirmation", items={N[0]: "restricted", N[1]: "restricted"},
     imitates="NAVER 권리보호센터 임시조치 notice (정보통신망법 제44조의2, 30일)",
     why="임시조치 = restricted; the sentence about later deletion is conditional future and changes nothing")

case(name="naver-numbered-mixed", **{"from": NV}, date="Thu, 12 Sep 2024 08:00:00 +0000",
     subject="RE: [KCSC-240911-01] 조치결과", reply_to_req="req-240911-01",
     body=f"""KCSC 담당자님 안녕하세요.

요청하신 게시물의 처리 결과를 안내드립니다.

1. {N[2]} : 삭제 완료
2. {N[3]} : 블라인드 처리
3. {N5_RAW} : 게시물이 존재하지 않습니다 (URL 오류 또는 기삭제)

문의: 네이버 고객센터 https://help.naver.com

NAVER 정책지원
""", outcome="applied", classification="confirmation",
     items={N[2]: "removed", N[3]: "removed", N[4]: "not_found"},
     imitates="NAVER per-URL 처리 결과 list (삭제 완료 / 블라인드 / 게시물 없음)",
     why="numbered Korean list; raw Korean blog path matches percent-encoded item; 블라인드 = removed")

case(name="naver-no-violation", **{"from": NV}, date="Fri, 13 Sep 2024 01:30:00 +0000",
     subject="RE: [KCSC-240911-01] 검토 결과 안내", reply_to_req="req-240911-01",
     body=f"""안녕하세요, 네이버입니다.

{N[0]} 게시물을 검토하였으나 서비스 운영정책 및 관련 법령 위반 사항이
확인되지 않아 별도의 조치 없이 게시를 유지하고 있습니다.

추가 자료가 있으시면 회신 부탁드립니다.

네이버 고객센터
""", outcome="applied", classification="confirmation", items={N[0]: "rejected"},
     imitates="NAVER 'violation not confirmed, post kept' reply",
     why="negated action with a reason = rejected; the polite invitation for more material is not a request for info")

case(name="naver-asks-document", **{"from": NV}, date="Thu, 12 Sep 2024 05:00:00 +0000",
     subject="RE: [KCSC-240911-01] 추가 자료 요청", reply_to_req="req-240911-01",
     body=f"""안녕하세요. 네이버 권리보호팀입니다.

{N[1]} 게시물에 대한 조치를 진행하기 위해 시정요구 공문 사본과
위반 근거 조항을 회신 메일로 보내주시기 바랍니다.
자료 확인 후 처리 결과를 안내드리겠습니다.

감사합니다.
""", outcome="review", classification="request_for_info", review="asks_more", items={},
     imitates="NAVER request for the official letter before processing",
     why="asks for documents before acting; nothing done")

case(name="naver-author-deleted-and-private", **{"from": "noreply@naver.com", "name_from": enc("NAVER 고객센터")},
     date="Sat, 14 Sep 2024 03:00:00 +0000",
     subject="RE: [KCSC-240911-01] 처리 안내", reply_to_req="req-240911-01",
     body=f"""안녕하세요. 네이버 고객센터입니다.

{N[2]}
해당 게시물은 작성자에 의해 이미 삭제된 상태입니다.

{N[3]}
운영자에 의해 비공개 처리되었습니다.

본 메일은 발신 전용입니다. 문의는 고객센터(https://help.naver.com/inquiry)를 이용해 주세요.
""", outcome="applied", classification="confirmation", items={N[2]: "not_found", N[3]: "removed"},
     imitates="NAVER cafe notice: post already deleted by author / 비공개 처리 by operator",
     why="already deleted by author = not_found; 비공개 처리 by operator = removed")

case(name="naver-statement-above-url", **{"from": NV}, date="Mon, 16 Sep 2024 02:00:00 +0000",
     subject="RE: [KCSC-240911-01] 게시중단 결과", reply_to_req="req-240911-01",
     body=f"""안녕하세요.

다음 게시물은 게시중단 조치를 완료하였습니다.
{N[1]}

다음 게시물은 권리침해 사실이 확인되지 않아 게시를 유지합니다.
{N[0]}

NAVER 권리보호팀
""", outcome="applied", classification="confirmation", items={N[1]: "removed", N[0]: "rejected"},
     imitates="NAVER 게시중단 결과 notice, statement line followed by URL",
     why="URL on the line below its statement; each URL takes the statement above it")

case(name="naver-out-of-office", **{"from": "kim.jiwoo@navercorp.com", "name_from": enc("김지우")},
     date="Wed, 11 Sep 2024 05:10:00 +0000", subject="[자동회신] 부재중입니다: [KCSC-240911-01] 시정요구",
     reply_to_req="req-240911-01", extra_headers=["Auto-Submitted: auto-replied"],
     body="""안녕하세요. 김지우입니다.
9월 11일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 주시기 바랍니다.
""", outcome="ignored", classification="auto_reply", items={},
     imitates="Korean Outlook 부재중 자동회신 (Chuseok holiday)", why="out-of-office auto-reply")

case(name="naver-lawfirm-unknown", **{"from": "lee@hanbit-law.example.kr", "name_from": enc("법무법인 한빛 이변호사")},
     date="Tue, 17 Sep 2024 06:00:00 +0000", subject="[KCSC-240911-01] 게시물 삭제 사실 통지",
     reply_to_req="req-240911-01",
     body=f"""위원회 담당자님께,

저희 의뢰인(블로그 운영자)을 대리하여 알려드립니다.
{N[0]} 게시물은 의뢰인이 9월 15일 직접 삭제하였습니다.
따라서 시정요구 절차를 종결하여 주시기 바랍니다.

법무법인 한빛 변호사 이OO
""", outcome="review", review="unknown_sender", items={},
     imitates="law firm letter on behalf of an uploader (대리인 통지)",
     why="not the platform: a claim about our item from an unknown sender must be seen, never applied")

# ---------------- X (4) ----------------
XL = "legal@x.com"
case(name="x-withheld-in-kr", **{"from": XL}, date="Thu, 12 Sep 2024 10:00:00 +0000",
     subject="Re: KCSC-240912-01 [ref:_00D72x.5007Fk72:ref]", reply_to_req="req-240912-01",
     body=f"""Hello,

Thank you for your report. In response, X has withheld the following
content in South Korea:

{X[0]}
{X[1]}

For more information about country withheld content, please see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
ref:_00D72x.5007Fk72:ref
""", outcome="applied", classification="confirmation", items={X[0]: "restricted", X[1]: "restricted"},
     imitates="X (Twitter) country-withheld-content notice with ref:_ case thread id",
     why="'withheld ... in South Korea' = restricted; help link is not an item")

case(name="x-reported-content-echo", **{"from": XL}, date="Fri, 13 Sep 2024 03:00:00 +0000",
     subject="Re: KCSC-240912-01", reply_to_req="req-240912-01",
     body=f"""Hello,

We have reviewed the reported content and determined that it is not in
violation of the X Rules. We will not be taking action at this time.

Reported content:
{X[2]}

Thanks,
X Support
""", outcome="applied", classification="confirmation", items={X[2]: "rejected"},
     imitates="X 'not in violation of the X Rules' report reply with echoed reported post",
     why="statement about the reported content, which is listed after it")

case(name="x-lookalike-domain", **{"from": "legal@x-legalsupport.com", "name_from": "X Legal"},
     date="Fri, 13 Sep 2024 04:00:00 +0000", subject="Re: KCSC-240912-01 completed",
     reply_to_req="req-240912-01",
     body=f"""Hello,

The post {X[3]} has been removed as requested.

X Legal Team
""", outcome="review", review="unknown_sender", items={},
     imitates="look-alike domain impersonating X legal", why="spoof attempt naming our item must go to review")

case(name="x-dmarc-fail", **{"from": XL}, auth="fail", date="Fri, 13 Sep 2024 05:00:00 +0000",
     subject="Re: KCSC-240912-01", reply_to_req="req-240912-01",
     body=f"""Hello,

We have removed {X[0]} and {X[3]}.

X Legal
""", outcome="review", review="untrusted", items={},
     imitates="X legal reply whose DMARC fails (forged From)", why="DMARC fail: must not apply, must be seen")

case(name="x-asks-court-order", **{"from": XL}, date="Fri, 13 Sep 2024 09:00:00 +0000",
     subject="Re: KCSC-240912-01 - additional information needed", reply_to_req="req-240912-01",
     body=f"""Hello,

Before we can process your request regarding {X[1]}, please provide a copy
of the legal basis (the decision or order issued by your authority) and
an English translation. Please reply to this email with the documents.

Thanks,
X Legal
""", outcome="review", classification="request_for_info", review="asks_more", items={},
     imitates="X legal 'please provide a valid legal document' reply", why="asks for more documents")

case(name="x-not-removing-newsworthy", **{"from": XL}, date="Mon, 16 Sep 2024 01:00:00 +0000",
     subject="Re: KCSC-240912-01", reply_to_req="req-240912-01",
     body=f"""Hello,

We carefully reviewed {X[3]}. Given the public interest in this
reporting, we will not be removing or withholding this post.

X Legal
""", outcome="applied", classification="confirmation", items={X[3]: "rejected"},
     imitates="X legal decline citing public interest / newsworthiness",
     why="negated removal with a reason = rejected (the 'will not' is a decision, not a hedge)")

# ---------------- Kakao / Daum (3) ----------------
KK = "safety@kakaocorp.com"
kk_html = f"""<html><body><p>방송통신심의위원회 귀중</p><p>시정요구(KCSC-240913-01)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1"><tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{K[0]}</td><td>블라인드</td><td>2024.09.14</td></tr>
<tr><td>2</td><td>{K[1]}</td><td>삭제</td><td>2024.09.14</td></tr>
<tr><td>3</td><td>{K[2]}</td><td>미조치(위반사항 없음)</td><td>-</td></tr></table>
<p>카카오 고객보호팀 | 운영정책: https://www.kakao.com/policy/oppolicy</p></body></html>"""
case(name="kakao-kcsc-result-table", **{"from": KK}, date="Sat, 14 Sep 2024 02:00:00 +0000",
     subject="RE: [KCSC-240913-01] 시정요구 조치결과 회신", reply_to_req="req-240913-01",
     raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(kk_html)}
""", outcome="applied", classification="confirmation",
     items={K[0]: "removed", K[1]: "removed", K[2]: "rejected"},
     imitates="KCSC 시정요구 조치결과 회신 table (번호/URL/조치결과/조치일) from a Korean portal",
     why="base64 HTML table; 미조치(위반사항 없음) = rejected; policy link is not an item")

case(name="kakao-temp-measure-planned", **{"from": KK}, date="Fri, 13 Sep 2024 08:00:00 +0000",
     subject="RE: [KCSC-240913-01] 접수 및 처리 예정 안내", reply_to_req="req-240913-01",
     body=f"""안녕하세요. 카카오 고객보호팀입니다.

요청하신 {K[0]} 게시물은 내부 검토를 거쳐 임시조치할 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.

감사합니다.
""", outcome="review", review="not_understood", items={},
     imitates="Kakao 처리 예정 안내 (future 임시조치)",
     why="future tense ('할 예정'): nothing done yet; names the item, so review not ignore")

case(name="kakao-bounce-reminder", **{"from": "MAILER-DAEMON@daum.net", "name_from": "Mail Delivery System"},
     date="Wed, 18 Sep 2024 01:00:00 +0000", subject="Undelivered Mail Returned to Sender",
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="b72dsn"

--b72dsn
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@kakaocorp.com>: host mx.kakaocorp.com said: 550 5.1.1 User unknown

--b72dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.daum.net
Arrival-Date: Wed, 18 Sep 2024 10:00:00 +0900

Final-Recipient: rfc822; report-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b72dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report-old@kakaocorp.com
Subject: Reminder: [KCSC-240913-01] 시정요구
Message-ID: <rem-240913-01-1@kcsc.example>

--b72dsn--
""", outcome="ignored", classification="bounce", items={},
     imitates="Postfix DSN (Undelivered Mail Returned to Sender) for our reminder", why="bounce of our own reminder")

# ---------------- TikTok (2) ----------------
TT = "legal-kr@tiktok.com"
case(name="tiktok-restricted-and-kept", **{"from": TT}, date="Sat, 14 Sep 2024 04:00:00 +0000",
     subject="Re: KCSC-240913-02 - Government request outcome", reply_to_req="req-240913-02",
     body=f"""Dear KCSC,

Thank you for your request. Having reviewed the content under TikTok's
Community Guidelines and applicable local law:

- {T[0]} - we have restricted access to this video in South Korea.
- {T[1]} - we did not identify a violation of our Community Guidelines or
  local law, so this video will remain available.

Learn more: https://www.tiktok.com/community-guidelines

TikTok Law Enforcement & Government Outreach
""", outcome="applied", classification="confirmation", items={T[0]: "restricted", T[1]: "rejected"},
     imitates="TikTok government removal request outcome (restricted in country / no violation)",
     why="bulleted per-item statements; 'will remain available' with reason = rejected")

case(name="tiktok-ack-with-statement", **{"from": "noreply@tiktok.com", "name_from": "TikTok Support"},
     date="Sat, 14 Sep 2024 06:00:00 +0000", subject="Re: KCSC-240913-02 [Ticket #72064411]",
     reply_to_req="req-240913-02",
     body=f"""Hi,

Thanks for your report. We have received it and created ticket #72064411.

We have already removed {T[0]} for violating our Community Guidelines.

TikTok Support
""", outcome="applied", classification="confirmation", items={T[0]: "removed"},
     imitates="TikTok support ticket receipt that also reports an action taken",
     why="an acknowledgement phrase plus an unhedged statement is not an acknowledgement")

case(name="tiktok-read-receipt", **{"from": "j.park@tiktok.com", "name_from": "Jisoo Park"},
     date="Fri, 13 Sep 2024 08:30:00 +0000", subject="Read: KCSC-240913-02 - request for removal",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b72mdn"

--b72mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@tiktok.com
  Subject: KCSC-240913-02 - request for removal
  Sent: Friday, September 13, 2024 4:00 PM

was read on Friday, September 13, 2024 5:30 PM.

--b72mdn
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@tiktok.com
Original-Message-ID: <req-240913-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b72mdn--
""", outcome="ignored", classification="read_receipt", items={},
     imitates="Outlook read receipt (MDN)", why="read receipts are ignored")

case(name="tiktok-under-review", **{"from": TT}, date="Tue, 17 Sep 2024 03:00:00 +0000",
     subject="Re: KCSC-240913-02", reply_to_req="req-240913-02",
     body=f"""Hello,

{T[1]} is currently under review by our specialist team. We appreciate
your patience.

TikTok Law Enforcement & Government Outreach
""", outcome="review", review="not_understood", items={},
     imitates="TikTok 'under review by our team' interim reply",
     why="names our item but states nothing done: review, not ignored (arguable: could be seen as a mere acknowledgement)")

# ---------------- Telegram (1) ----------------
case(name="tg-url-one-sentence", **{"from": "abuse@telegram.org", "name_from": "Telegram Abuse"},
     date="Mon, 16 Sep 2024 05:00:00 +0000", subject="Re: KCSC-240916-01", reply_to_req="req-240916-01",
     body=f"""{TG}
This content has been taken down. Thank you for your report.
""", outcome="applied", classification="confirmation", items={TG: "removed"},
     imitates="Telegram abuse desk terse one-line reply", why="a notice that is only a URL and one sentence")

case(name="tg-outlook-ack", **{"from": "dsa@telegram.org", "name_from": "Telegram DSA"},
     date="Mon, 16 Sep 2024 02:00:00 +0000", subject="RE: KCSC-240916-01", reply_to_req="req-240916-01",
     body=f"""Hello,

We have received your request and forwarded it to the responsible team.
You will be contacted once it has been processed.

Telegram

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 10:00 AM
To: dsa@telegram.org
Subject: KCSC-240916-01

{quote("KCSC-240916-01", [TG], style="plain")}
""", outcome="ignored", classification="acknowledgement", items={},
     imitates="Telegram DSA acknowledgement over an Outlook-quoted request",
     why="pure acknowledgement; the URL is only in the Outlook-quoted original")

# ---------------- Meta (3) ----------------
MT = "records@meta.com"
case(name="meta-decision-blocks", **{"from": MT}, date="Tue, 17 Sep 2024 06:00:00 +0000",
     subject="Re: KCSC-240917-01 - Content restriction request", reply_to_req="req-240917-01",
     body=f"""Hello,

We've completed our review of your request.

Content: {M[0]}
Decision: We have restricted access to this content in South Korea based on local law.

Content: {M[1]}
Decision: Removed for violating our Community Standards.

Learn more about how Meta handles government requests:
https://transparency.meta.com/reports/content-restrictions/

Meta Law Enforcement Response Team
""", outcome="applied", classification="confirmation", items={M[0]: "restricted", M[1]: "removed"},
     imitates="Meta content restriction request outcome (local-law restriction vs Community Standards removal)",
     why="Content:/Decision: blocks; transparency link not an item")

case(name="meta-could-not-find", **{"from": "support@instagram.com", "name_from": "Instagram"},
     date="Tue, 17 Sep 2024 08:00:00 +0000", subject="Re: KCSC-240917-01", reply_to_req="req-240917-01",
     body=f"""Hi,

We couldn't find any content at the link you provided:
{M[2]}

Please check that the link is correct. If the content was removed by the
person who posted it, it will no longer be available.

The Instagram Team
""", outcome="applied", classification="confirmation", items={M[2]: "not_found"},
     imitates="Instagram 'we couldn't find the content at the link' reply",
     why="URL on the line below its statement; 'please check the link' is advice, not a request for info")

qp_text = f"""Hello,

Following our review, we=E2=80=99ve removed {M[0]} for violating our Communi=
ty Standards on fraud and scams.

We didn=E2=80=99t remove {M[2]} because it doesn=E2=80=99t go against our =
Community Standards.

Meta
"""
case(name="meta-qp-alternative", **{"from": "noreply@fb.com", "name_from": "Meta"},
     date="Wed, 18 Sep 2024 02:00:00 +0000", subject="Re: KCSC-240917-01 - update", reply_to_req="req-240917-01",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="b72alt"

--b72alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp_text}
--b72alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<p>Following our review, we=E2=80=99ve removed <a href=3D"{M[0]}">{M[0]}</a> fo=
r violating our Community Standards on fraud and scams.</p><p>We didn=E2=80=99t=
 remove <a href=3D"{M[2]}">{M[2]}</a> because it doesn=E2=80=99t go against o=
ur Community Standards.</p><p>Meta</p>
--b72alt--
""", outcome="applied", classification="confirmation", items={M[0]: "removed", M[2]: "rejected"},
     imitates="Facebook/Instagram report outcome ('we didn't remove ... because it doesn't go against')",
     why="quoted-printable multipart/alternative with soft line breaks; negated removal with reason = rejected")

case(name="meta-about-youtube-item", **{"from": MT}, date="Wed, 18 Sep 2024 05:00:00 +0000",
     subject="Re: KCSC-240917-01", reply_to_req="req-240917-01",
     body=f"""Hello,

Your message also listed {Y[9]}. We have removed this content.

Meta Law Enforcement Response Team
""", outcome="review", review="wrong_platform", items={},
     imitates="Meta reply mentioning another platform's URL",
     why="Meta cannot remove a YouTube video: a claim about another platform's item goes to review (reason arguable: wrong_platform or unmatched_claims)")

# ---------------- cross-platform extras ----------------
case(name="yt-unknown-sender-gmail", **{"from": "channel.owner72@gmail.example", "name_from": "Channel Owner"},
     date="Mon, 16 Sep 2024 09:00:00 +0000", subject="Re: [KCSC-240910-01] I deleted the video",
     reply_to_req="req-240910-01",
     body=f"""Hello,

I am the uploader. I deleted {Y[2]} myself yesterday, please close the case.
""", outcome="review", review="unknown_sender", items={},
     imitates="uploader writing to the regulator directly", why="unknown sender naming our item")

case(name="kakao-brunch-private", **{"from": "noreply@daum.net", "name_from": enc("Daum 고객센터")},
     date="Tue, 17 Sep 2024 01:00:00 +0000", subject="RE: [KCSC-240913-01] 처리 결과", reply_to_req="req-240913-01",
     body=f"""안녕하세요. 카카오 고객센터입니다.

신고하신 게시물({K[2]})은 운영정책 위반으로 확인되어 게시중단 처리되었습니다.
{K[1]}은(는) 이미 삭제되어 존재하지 않는 영상입니다.

운영정책 보기: https://www.kakao.com/policy/oppolicy
""", outcome="applied", classification="confirmation", items={K[2]: "removed", K[1]: "not_found"},
     imitates="Daum/Kakao 신고 처리 결과 notice (게시중단 / 이미 삭제)",
     why="URL in full-width-style parentheses and followed by Korean particle; 게시중단 = removed, 이미 삭제되어 존재하지 않음 = not_found")

case(name="x-ticket-receipt-autosubmitted", **{"from": "noreply@x.com", "name_from": "X Support"},
     date="Thu, 12 Sep 2024 00:35:00 +0000", subject="Case# 0172064 - We received your report",
     reply_to_req="req-240912-01", extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

We have received your report and a case has been created (Case# 0172064).
Our team will review it and reply to this thread. Please do not reply to
this automated message.

X Support
""", outcome="ignored", items={},
     imitates="X support automated case-created receipt", why="automated receipt: nothing about items (class auto_reply or acknowledgement)")

HEADER = """# Blind set 72 (issue 11): a general mix in English and Korean across seven
# platforms (YouTube, NAVER, X, Kakao/Daum, TikTok, Telegram, Meta).
# Written from public notices' manner; expected results from each email's
# meaning, before anything ran. Generated by make.py."""
corpuslib.write_set(HERE, "blind72", HEADER, C)
