#!/usr/bin/env python3
"""Blind set 36 (issue 11): a general mix in English and Korean, across eight
platforms, written without reading the reader or any other set.

Every expected result below was written from the meaning of the email before
anything was run. `python3 tests/corpus/blind36/make.py` rewrites
requests.csv, cases/*.eml and expected.toml; it is deterministic.
"""
import base64
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(s, tz=KST):
    """'2024-09-11 16:20' in tz -> RFC 5322 date."""
    from email.utils import format_datetime
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz))


# ---------------------------------------------------------------- requests
YID = ["Qm3vTz8LpKa", "Rb7wHn2XcVe", "Sd4kPq9JfUo", "Tf1nLx6MbYi", "Ug8cWe3RzAs",
       "Vh5jKt7NpQd", "Wi2mBo4GsLf", "Xk9rDy1HuEg", "Yl6tFa8JvRh", "Zm3qCs5KwTj",
       "an7xGd2LyUk", "bo4zHf9MaVl", "cp1bJg6NbWm"]
Y = {i + 1: "https://www.youtube.com/watch?v=" + v for i, v in enumerate(YID)}
Y14_RAW = "https://www.youtube.com/@가짜뉴스공장"
Y14 = "https://www.youtube.com/@%EA%B0%80%EC%A7%9C%EB%89%B4%EC%8A%A4%EA%B3%B5%EC%9E%A5"
N = {1: "https://blog.naver.com/moonlit_ledger/223561204871",
     2: "https://blog.naver.com/moonlit_ledger/223561209932",
     3: "https://cafe.naver.com/pinewharf/48211",
     4: "https://cafe.naver.com/pinewharf/48290",
     5: "https://blog.naver.com/quietfern77/223570011245"}
X = {1: "https://x.com/lunar_kite88/status/1832456789012345678",
     2: "https://x.com/lunar_kite88/status/1832460011223344556",
     3: "https://x.com/coral_vend/status/1833001122334455667",
     4: "https://x.com/coral_vend/status/1833005566778899001"}
T = {1: "https://t.me/amber_dock/4411", 2: "https://t.me/amber_dock/4415",
     3: "https://t.me/slate_ferry/902"}
K = {1: "https://cafe.daum.net/greyharbor/Xk1f/3381",
     2: "https://cafe.daum.net/greyharbor/Xk1f/3397",
     3: "https://velvetcomet.tistory.com/142"}
TK = {1: "https://www.tiktok.com/@mossy.lantern/video/7412345678901234567",
      2: "https://www.tiktok.com/@mossy.lantern/video/7412349988776655443"}
IG = "https://www.instagram.com/p/C9xQwErTyU2/"
RD = {1: "https://www.reddit.com/r/sparrowmarket/comments/1fa2b3c/cheap_accounts_dm/",
      2: "https://www.reddit.com/r/sparrowmarket/comments/1fa9k4d/new_batch_today/"}

REQUESTS = [
    ("KCSC-240910-01", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [Y[i] for i in range(1, 14)] + [Y14], "illegal_gambling"),
    ("KCSC-240911-01", "naver", "2024-09-11T14:00:00+09:00", "2024-09-14T18:00:00+09:00",
     list(N.values()), "defamation"),
    ("KCSC-240912-01", "x", "2024-09-12T09:30:00+09:00", "2024-09-15T18:00:00+09:00",
     list(X.values()), "drugs"),
    ("KCSC-240913-01", "telegram", "2024-09-13T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     list(T.values()), "drugs"),
    ("KCSC-240913-02", "kakao", "2024-09-13T15:00:00+09:00", "2024-09-16T18:00:00+09:00",
     list(K.values()), "obscenity"),
    ("KCSC-240916-01", "tiktok", "2024-09-16T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     list(TK.values()), "illegal_gambling"),
    ("KCSC-240916-02", "meta", "2024-09-16T16:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [IG], "fraud"),
    ("KCSC-240917-01", "reddit", "2024-09-17T09:00:00+09:00", "2024-09-20T18:00:00+09:00",
     list(RD.values()), "fraud"),
]


def req_id(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},<{req_id(ref)}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def quoted_request(ref, urls, prefix="> ", korean=False):
    if korean:
        head = [f"[{ref}] 불법·유해정보 시정요구", "",
                "아래 정보는 관련 법령에 위반되므로 삭제 또는 접속차단 조치를 요청합니다.", ""]
        tail = ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 드림"]
    else:
        head = [f"Request {ref}", "",
                "Please remove or restrict access to the following content, which is",
                "illegal under Korean law:", ""]
        tail = ["", "Please confirm the action taken for each URL.",
                "Korea Communications Standards Commission"]
    body = head + [f"{i}. {u}" for i, u in enumerate(urls, 1)] + tail
    return "\n".join((prefix + l).rstrip() for l in body)


def b64(s, charset="utf-8"):
    data = s.encode(charset) if isinstance(s, str) else s
    enc = base64.encodebytes(data).decode("ascii")
    return enc.rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


CASES = []


def case(**kw):
    CASES.append(kw)


R1, R2, R3, R4, R5, R6, R7, R8 = (r[0] for r in REQUESTS)

# ======================================================= YouTube (R1, 14 items)
case(name="yt-legal-support-bulleted-removed",
     **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     date=d("2024-09-11 09:12"), reply_to_req=req_id(R1),
     subject=f"Re: [{R1}] Request to remove illegal gambling content [0-8820000031471]",
     body=f"""
Hello,

Thank you for contacting YouTube Legal Support.

Following our review of your notice, we have removed the following content
from YouTube:

  * {Y[1]}
  * {Y[2]}
  * {Y[3]}

We review each request in line with our Community Guidelines and applicable
law. You can read more about how we handle government requests here:
https://support.google.com/youtube/answer/6156383

Regards,
The YouTube Legal Support Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
Ref: [0-8820000031471]
""",
     outcome="applied",
     imitates="YouTube Legal Support outcome email ('we have removed the following content'), bulleted URL list, help-centre link and ticket number",
     why="three bulleted URLs under one unhedged removal sentence; the support.google.com link is not an item",
     items={Y[1]: "removed", Y[2]: "removed", Y[3]: "removed"})

case(name="yt-status-below-bare-url",
     **{"from": "legal-kr@google.com"}, name_from="Google Legal",
     date=d("2024-09-11 17:40"), reply_to_req=req_id(R1),
     subject=f"RE: [{R1}] 시정요구 / Request for removal",
     body=f"""
Dear KCSC team,

We have reviewed the URLs listed in your request {R1} under our policies and
local law. Please find our decisions below.

{Y[4]}
We have blocked this video from view for users in South Korea.

{Y[5]}
Blocked on the Korean country domain following a legal complaint.

{Y[6]}
This video does not violate our Community Guidelines and we did not find a
sufficient legal basis to restrict it, so we are not taking action on it.

Kind regards,
Google Legal Removals
""",
     outcome="applied",
     imitates="Google/YouTube local-law decision email (content blocked in the requesting country vs. 'does not violate our Community Guidelines'), status on the lines below each bare URL",
     why="a status in varied words on the line(s) right below each bare URL: two country blocks = restricted, one reasoned refusal = rejected",
     items={Y[4]: "restricted", Y[5]: "restricted", Y[6]: "rejected"})

case(name="yt-numbered-age-restricted-uploader-deleted",
     **{"from": "legal-kr@google.com"}, name_from="Google Legal",
     date=d("2024-09-12 10:05"), reply_to_req=req_id(R1),
     subject=f"Re: [{R1}] Update on your request",
     body=f"""
Hi,

An update on three of the videos from your request:

1. {Y[7]}
   We have applied an age restriction to this video. It can no longer be
   viewed by signed-out users or users under 18.
2. {Y[8]}
   This video had already been deleted by the uploader before our review, so
   no further action was needed from our side.
3. {Y[9]}
   This one remains under review. We will update you once a decision is made.

Best,
Google Legal Removals
""",
     outcome="applied",
     imitates="YouTube age-restriction notice wording ('can't be viewed by users under 18 or signed out') and 'video removed by the uploader' in a numbered legal-team update",
     why="age restriction = restricted; deleted by its own uploader before review = not_found (the platform did not remove it); 'remains under review' keeps item 9 pending",
     items={Y[7]: "restricted", Y[8]: "not_found"})

YT_TABLE_ROWS = [(Y[10], "Removed – Community Guidelines (spam, deceptive practices)"),
                 (Y[11], "Locally blocked (KR) – legal complaint"),
                 (Y[12], "No action – content not in violation"),
                 (Y[13], "Video unavailable – we could not locate this video")]
_html_rows = "\n".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{s}</td></tr>" for u, s in YT_TABLE_ROWS)
_text_rows = "\n".join(f"{u}\t{s}" for u, s in YT_TABLE_ROWS)
case(name="yt-html-table-alternative",
     **{"from": "legal-kr@google.com"}, name_from="Google Legal",
     date=d("2024-09-12 15:30"), reply_to_req=req_id(R1),
     subject=f"RE: [{R1}] Outcome of review",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="=_alt_yt4"

--=_alt_yt4
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp("Hello," + chr(10) + chr(10) + "Please see the outcome of our review for the URLs below." + chr(10) + chr(10) + "URL" + chr(9) + "Action taken" + chr(10) + _text_rows + chr(10) + chr(10) + "Google Legal Removals")}

--=_alt_yt4
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('<html><body><p>Hello,</p><p>Please see the outcome of our review for the URLs below.</p>' + chr(10) + '<table border="1"><tr><th>URL</th><th>Action taken</th></tr>' + chr(10) + _html_rows + chr(10) + '</table><p>Google Legal Removals<br>Policy information: <a href="https://support.google.com/youtube/answer/2801964">Spam, deceptive practices &amp; scams policies</a></p></body></html>')}

--=_alt_yt4--
""",
     outcome="applied",
     imitates="Google legal-removals outcome table (URL / Action taken) in a multipart/alternative Outlook-style reply, quoted-printable",
     why="one status per table row: removed, locally blocked = restricted, no action because not in violation = rejected, could not locate = not_found; the policy link is not an item",
     items={Y[10]: "removed", Y[11]: "restricted", Y[12]: "rejected", Y[13]: "not_found"})

_csv = ("Reported URL,Outcome,Policy\r\n"
        f"{Y[1]},Removed,Spam deceptive practices and scams\r\n"
        f"{Y[2]},Removed,Spam deceptive practices and scams\r\n"
        f"{Y[3]},Blocked in South Korea,Local law\r\n"
        f"{Y[4]},No violation found,-\r\n")
case(name="yt-csv-attachment-outcomes",
     **{"from": "legal-kr@google.com"}, name_from="Google Legal",
     date=d("2024-09-13 11:00"), reply_to_req=req_id(R1),
     subject=f"Re: [{R1}] Review results (attached)",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_mix_yt5"

--=_mix_yt5
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find the outcome of our review of part of your request in the
attached spreadsheet. Items not listed there are still being reviewed.

Google Legal Removals

--=_mix_yt5
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-01_outcomes.csv"
Content-Disposition: attachment; filename="KCSC-240910-01_outcomes.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}

--=_mix_yt5--
""",
     outcome="applied",
     imitates="bulk-request outcome spreadsheet that Google's legal team attaches to replies to government removal requests (CSV with URL/Outcome/Policy columns)",
     why="statuses only in the CSV attachment: two removed, one blocked in South Korea = restricted, 'No violation found' = rejected; the rest stays pending",
     items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"})

case(name="yt-korean-channel-iri-terminated",
     **{"from": "legal-kr@google.com"}, name_from="구글코리아 법무팀",
     date=d("2024-09-13 16:45"), reply_to_req=req_id(R1),
     subject=f"회신: [{R1}] 채널 관련 요청",
     body=f"""
안녕하세요, 구글코리아입니다.

요청하신 채널({Y14_RAW})은 YouTube 서비스 약관 및 커뮤니티 가이드 위반으로 해지되었습니다.
해지된 채널의 동영상은 더 이상 YouTube에서 시청할 수 없습니다.

나머지 동영상에 대한 검토 결과는 별도로 안내드리겠습니다.
커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

감사합니다.
Google Korea 법무팀 드림
""",
     outcome="applied",
     imitates="YouTube channel-termination notice ('채널이 커뮤니티 가이드 위반으로 해지되었습니다') in a Korean reply from Google Korea",
     why="the requested channel (stored percent-encoded, written here as a raw Korean IRI inside full-width-style parentheses followed by the particle 은) was terminated = removed; the community-guidelines link is not an item; the promise about the rest changes nothing",
     items={Y14: "removed"})

case(name="yt-still-reviewing-may-act",
     **{"from": "legal-kr@google.com"}, name_from="Google Legal",
     date=d("2024-09-12 09:20"), reply_to_req=req_id(R1),
     subject=f"Re: [{R1}] Status of your request",
     body=f"""
Hello,

We are still reviewing the following videos and may remove or restrict them
if we find that they violate our policies or local law:

{Y[5]}
{Y[6]}

We'll follow up with you once our review is complete.

Google Legal Removals
""",
     outcome="review", review="not_understood",
     imitates="YouTube legal-team interim status reply ('we are still reviewing ... may take action')",
     why="trusted and naming two items, but it states nothing done: hedged/future; must be seen by staff, not ignored, nothing applied")

case(name="yt-out-of-office-quoting-request",
     **{"from": "jiwoo.han@google.com"}, name_from="Jiwoo Han",
     date=d("2024-09-10 10:03"), reply_to_req=req_id(R1),
     subject=f"Automatic reply: [{R1}] Request to remove illegal gambling content",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body=f"""
I am out of the office until 18 September with limited access to email.
For urgent legal matters please contact legal-kr@google.com.

{quoted_request(R1, [Y[1], Y[2], Y[3]])}
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook/Gmail out-of-office auto-reply (Auto-Submitted: auto-replied) that quotes the incoming request",
     why="an out-of-office reply; the URLs and 'remove' words are only in the quote")

case(name="yt-dmarc-fail-claims-removal",
     **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     auth="fail",
     date=d("2024-09-11 13:13"), reply_to_req=req_id(R1),
     subject=f"Re: [{R1}] Content removed",
     body=f"""
Hello,

We have removed the following videos from YouTube:

{Y[7]}
{Y[8]}
{Y[9]}

The YouTube Legal Support Team
""",
     outcome="review", review="untrusted",
     imitates="YouTube Legal Support removal confirmation, but delivered with dmarc=fail for google.com (spoof)",
     why="perfect wording, failed DMARC: a spoof attempt must go to review and nothing is applied")

case(name="yt-most-removed-over-quoted-list",
     **{"from": "legal-kr@google.com"}, name_from="Google Legal",
     date=d("2024-09-13 18:10"), reply_to_req=req_id(R1),
     subject=f"RE: [{R1}] Request to remove illegal gambling content",
     body=f"""
Hi,

We have removed most of the videos in your list below. A few are still with
our policy team and we will confirm them separately.

Regards,
Google Legal Removals

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: legal-kr@google.com
Subject: [{R1}] Request to remove illegal gambling content

{quoted_request(R1, [Y[10], Y[11], Y[12], Y[13]], prefix="")}
""",
     outcome="review", review="bulk",
     imitates="top-posted Outlook reply ('-----Original Message-----') from a legal team answering part of a list",
     why="'most of the videos' does not say which; the URLs are only in our quoted request; nothing may be applied. Reason arguable (bulk vs not_understood)")

case(name="yt-one-url-one-sentence",
     **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     date=d("2024-09-12 08:00"), reply_to_req=req_id(R1),
     subject=f"Re: [{R1}]",
     body=f"""
{Y[6]} has been taken down for violating YouTube's policy on spam, deceptive practices and scams.

--
YouTube Legal Support
""",
     outcome="applied",
     imitates="terse YouTube legal-support notice that is only a URL and one sentence",
     why="a notice that is only a URL and one unhedged sentence: taken down = removed",
     items={Y[6]: "removed"})

# ======================================================== NAVER (R2, 5 items)
case(name="naver-temporary-measure-notice",
     **{"from": "right_noreply@navercorp.com"}, name_from="네이버 권리보호센터",
     date=d("2024-09-12 11:30"), reply_to_req=req_id(R2),
     subject=f"[네이버] 게시중단 요청 처리 결과 안내 ({R2})",
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.

귀 위원회에서 요청하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2에 따라 아래와 같이 30일간 임시조치하였음을 알려드립니다.

■ 대상 게시물
  1) {N[1]}
  2) {N[2]}

임시조치 기간 중 게시자의 복원 요청(재게시 요청)이 없으면 해당 게시물은 삭제됩니다.
게시중단 절차 안내: https://right.naver.com/guide

네이버 권리보호센터 드림
본 메일은 발신 전용입니다.
""",
     outcome="applied",
     imitates="NAVER 권리보호센터 게시중단(임시조치) 처리 결과 안내 mail, Article 44-2 temporary measure, 30-day restoration notice",
     why="임시조치 under Article 44-2 is the temporary measure = restricted for both listed posts; the right.naver.com guide link is not an item",
     items={N[1]: "restricted", N[2]: "restricted"})

case(name="naver-cafe-suspended-and-author-deleted",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date=d("2024-09-12 14:10"), reply_to_req=req_id(R2),
     subject=f"RE: [{R2}] 불법·유해정보 시정요구",
     body=f"""
안녕하십니까, 네이버 정책지원팀입니다.
요청하신 카페 게시물 2건의 처리 결과를 알려드립니다.

{N[3]}
카페 운영정책 위반으로 게시중단 처리하였습니다.

{N[4]}
해당 게시물은 작성자가 이미 삭제하여 현재 존재하지 않습니다.

문의: https://help.naver.com/service/5630/
감사합니다.
""",
     outcome="applied",
     imitates="NAVER 카페 게시중단 처리 회신 with per-post result lines, one post 작성자 삭제 (already deleted by its author)",
     why="게시중단 = removed; already deleted by its author / does not exist = not_found; help link is not an item",
     items={N[3]: "removed", N[4]: "not_found"})

case(name="naver-negated-with-reason",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date=d("2024-09-13 10:45"), reply_to_req=req_id(R2),
     subject=f"RE: [{R2}] 검토 결과 회신",
     body=f"""
안녕하십니까, 네이버입니다.

요청하신 게시물({N[5]})은 검토 결과 당사 운영정책 및 관련 법령상
게시중단 사유에 해당한다고 보기 어려워 별도의 조치를 하지 않았음을 알려드립니다.

추가 자료(판결문 등)를 제출해 주시면 다시 검토하겠습니다.

네이버 정책지원팀 드림
""",
     outcome="applied",
     imitates="NAVER reply declining a takedown ('게시중단 사유에 해당한다고 보기 어려워 … 조치하지 않았습니다')",
     why="a negated action with its reason is a rejection; the offer to re-examine with more documents does not hedge the decision taken",
     items={N[5]: "rejected"})

case(name="naver-will-act-sequentially",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date=d("2024-09-12 09:05"), reply_to_req=req_id(R2),
     subject=f"RE: [{R2}] 불법·유해정보 시정요구",
     body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 2건은 현재 내부 검토 중이며,
검토가 완료되는 대로 순차적으로 조치할 예정입니다.

- {N[1]}
- {N[2]}

양해 부탁드립니다.
""",
     outcome="review", review="not_understood",
     imitates="Korean portal interim reply ('내부 검토 중 … 순차적으로 조치할 예정')",
     why="under review and future tense for two named items: nothing done yet, but the statement must be seen, not ignored")

case(name="naver-korean-out-of-office",
     **{"from": "minji.seo@navercorp.com"}, name_from="서민지",
     date=d("2024-09-11 14:01"), reply_to_req=req_id(R2),
     subject=f"자동 회신: [{R2}] 불법·유해정보 시정요구",
     body=f"""
안녕하세요. 서민지입니다.
9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean Outlook 부재중 자동 회신 (subject '자동 회신:') over the Chuseok holiday",
     why="out-of-office reply that says nothing about items")

_kr_table = f"""<html><body>
<p>방송통신심의위원회 귀하</p>
<p>귀 위원회의 시정요구({R2})에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>9/13 처리</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>접속차단</td><td>국내 IP</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>블라인드</td><td>카페 운영정책</td></tr>
<tr><td>4</td><td>{N[5]}</td><td>미조치</td><td>위반 소지 없음</td></tr>
</table>
<p>※ 위 조치결과와 관련한 문의는 회신 메일로 부탁드립니다.</p>
<p>네이버(주) 정책지원팀</p>
</body></html>"""
case(name="naver-kcsc-result-table-base64",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date=d("2024-09-13 17:20"), reply_to_req=req_id(R2),
     subject=f"[조치결과] {R2} 시정요구 조치결과 회신",
     raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_kr_table)}
""",
     outcome="applied",
     imitates="Korean 시정요구 조치결과 회신 table (번호/URL/조치결과/비고) that portals return to KCSC, HTML body in base64",
     why="삭제 = removed, 접속차단 = restricted, 블라인드 = removed, 미조치 with '위반 소지 없음' = rejected; N4 is not in the table and stays pending",
     items={N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[5]: "rejected"})

case(name="naver-top-posted-url-below-statement",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date=d("2024-09-13 09:40"), reply_to_req=req_id(R2),
     subject=f"RE: [{R2}] 불법·유해정보 시정요구",
     body=f"""
안녕하세요.
말씀하신 건 중 아래 1건은 오늘 오전 삭제 조치하였습니다.
{N[5]}

나머지 게시물은 확인 후 다시 회신드리겠습니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-11 (수) 14:00:00 (GMT+09:00)
Subject: [{R2}] 불법·유해정보 시정요구

{quoted_request(R2, list(N.values()), prefix="", korean=True)}
""",
     outcome="applied",
     imitates="NAVER Works mail top-posted reply over '-----Original Message-----' with the URL on the line below its statement",
     why="only N5 is named in the reply's own words (URL on the line below '삭제 조치하였습니다') = removed; the other four appear only in our quoted request with '삭제' wording and stay pending",
     items={N[5]: "removed"})

# ============================================================ X (R3, 4 items)
case(name="x-withheld-over-on-wrote-quote",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date=d("2024-09-13 02:15", timezone.utc), reply_to_req=req_id(R3),
     subject=f"Re: [{R3}] Legal request – illegal drug sales",
     body=f"""
Hello,

In response to your legal request, we have withheld the following posts in
South Korea:

{X[1]}
{X[2]}

We are still reviewing the remaining reported content.

Thanks,
X Legal

On Thu, Sep 12, 2024 at 9:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R3, list(X.values()))}
""",
     outcome="applied",
     imitates="X Country Withheld Content reply to a legal demand ('withheld in South Korea in response to a legal demand'), Gmail-style 'On … wrote:' quote below",
     why="two posts named in X's own words withheld in South Korea = restricted; X3/X4 appear only in the quote and 'still reviewing' changes nothing",
     items={X[1]: "restricted", X[2]: "restricted"})

case(name="x-reported-content-not-in-violation-echo",
     **{"from": "legal@x.com"}, name_from="X",
     date=d("2024-09-13 08:00", timezone.utc), reply_to_req=req_id(R3),
     subject="Your report to X [ref:_00D0x2Ny8._5004W1abCdE:ref]",
     body=f"""
Hello,

Thank you for your report. After careful review, we have determined that
the reported content is not in violation of the X Rules or applicable local
law at this time. Accordingly, we will not be taking any action on it.

If you have additional information, you may reply to this email.

------ Reported content ------
Request: {R3}
Post: {X[3]}
Reported by: Korea Communications Standards Commission
-------------------------------

X Corp. 865 FM 1209, Building 2, Bastrop, TX 78602
ref:_00D0x2Ny8._5004W1abCdE:ref
""",
     outcome="applied",
     imitates="X/Twitter support case reply ('not in violation of the X Rules', 'ref:_00D…:ref' thread id) followed by an echo of the report",
     why="a statement about 'the reported content' followed by the echoed report naming X3: a refusal = rejected",
     items={X[3]: "rejected"})

case(name="x-account-suspended-covers-posts",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date=d("2024-09-14 04:30", timezone.utc), reply_to_req=req_id(R3),
     subject=f"Re: [{R3}] Legal request – illegal drug sales",
     body=f"""
Hello,

The account @coral_vend has been permanently suspended for violating our
policy on illegal or certain regulated goods and services. The posts you
reported from this account are therefore no longer available on X:

- {X[3]}
- {X[4]}

Learn more: https://help.x.com/en/rules-and-policies/x-rules

X Legal
""",
     outcome="applied",
     imitates="X account-suspension outcome ('permanently suspended for violating … illegal or certain regulated goods') listing the reported posts",
     why="the platform suspended the account and says the listed posts are no longer available because of it = removed (a platform action, not the author's deletion); arguable, see NOTES",
     items={X[3]: "removed", X[4]: "removed"})

case(name="x-lookalike-domain-claims-removal",
     **{"from": "legal@x-corp-legal.com"}, name_from="X Legal",
     date=d("2024-09-13 06:00", timezone.utc), reply_to_req=req_id(R3),
     subject=f"Re: [{R3}] Legal request – removal completed",
     body=f"""
Hello,

We confirm that the following post has been removed:
{X[4]}

X Legal Team
""",
     outcome="review", review="unknown_sender",
     imitates="removal confirmation from a look-alike domain (x-corp-legal.com) that passes DMARC for itself",
     why="authenticated, but the domain is no platform's: an unknown sender naming our item must go to review")

case(name="x-asks-court-order",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date=d("2024-09-12 22:00", timezone.utc), reply_to_req=req_id(R3),
     subject=f"Re: [{R3}] Legal request – additional information required",
     body=f"""
Hello,

We have received your request concerning:
{X[1]}
{X[2]}

In order to process it, please provide a copy of the relevant legal order
or identify the specific provision of Korean law that the content violates.
We are unable to proceed without this information.

X Legal
""",
     outcome="review", review="asks_more",
     imitates="X legal team reply asking for a valid legal order before acting",
     why="asks for more information before acting: neither a refusal nor an action")

case(name="x-mdn-read-receipt",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date=d("2024-09-12 01:00", timezone.utc), reply_to_req=req_id(R3),
     subject=f"Read: [{R3}] Legal request – illegal drug sales",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_x"

--=_mdn_x
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: [{R3}] Legal request – illegal drug sales
  Sent: Thursday, September 12, 2024 9:30 AM

was read on Thursday, September 12, 2024 10:00 AM.

--=_mdn_x
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Exchange
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <{req_id(R3)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_x--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Microsoft Exchange read receipt (MDN, message/disposition-notification)",
     why="a read receipt says nothing about items")

# ======================================================= Telegram (R4, 3 items)
case(name="tg-informal-blocked-and-invalid",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date=d("2024-09-14 03:10", timezone.utc), reply_to_req=req_id(R4),
     subject=f"Re: [{R4}] Illegal drug advertising",
     body=f"""
Hi,

t.me/amber_dock/4411 - blocked.
t.me/amber_dock/4415 - can't find this message, the link is invalid.

Regards,
Telegram Abuse Team
""",
     outcome="applied",
     imitates="terse Telegram abuse-desk reply with one line per link (as quoted in public forums)",
     why="'blocked' on a message = removed (removal family); 'can't find … link is invalid' = not_found; schemeless t.me links",
     items={T[1]: "removed", T[2]: "not_found"})

case(name="tg-channel-unavailable-in-korea",
     **{"from": "dsa@telegram.org"}, name_from="Telegram",
     date=d("2024-09-15 12:00", timezone.utc), reply_to_req=req_id(R4),
     subject=f"Re: [{R4}] Illegal drug advertising",
     body=f"""
Hello,

Thank you for your report.

https://t.me/slate_ferry/902
The channel containing this message is now unavailable to users in South
Korea because it violated local laws.

Telegram Moderation
""",
     outcome="applied",
     imitates="Telegram 'This channel can't be displayed because it violated local laws' geo-restriction, reported back to the regulator",
     why="thanks-for-your-report opener plus an unhedged statement below the URL: the message's channel is unavailable in South Korea = restricted",
     items={T[3]: "restricted"})

case(name="tg-ack-phrase-plus-deleted",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date=d("2024-09-13 23:30", timezone.utc), reply_to_req=req_id(R4),
     subject=f"Re: [{R4}] Illegal drug advertising",
     body=f"""
Hello,

We have received your report, thank you. The messages
https://t.me/amber_dock/4411 and https://t.me/amber_dock/4415 were
deleted by our moderators.

Telegram Abuse Team
""",
     outcome="applied",
     imitates="Telegram abuse reply that opens with a receipt phrase and then states the action",
     why="an acknowledgement phrase plus an unhedged statement about two messages is not an acknowledgement: both removed",
     items={T[1]: "removed", T[2]: "removed"})

case(name="tg-bounce-dsn",
     **{"from": "MAILER-DAEMON@telegram.org"}, name_from="Mail Delivery System",
     date=d("2024-09-13 11:01"),
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_tg"

--=_dsn_tg
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out1.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@telegram.org>: mailbox unavailable

--=_dsn_tg
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out1.telegram.org
Final-Recipient: rfc822; abuse-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse-kr@telegram.org>: Recipient address rejected

--=_dsn_tg
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@telegram.org
Subject: [{R4}] Illegal drug advertising
Message-ID: <{req_id(R4)}@kcsc.example>

--=_dsn_tg--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (multipart/report; report-type=delivery-status) for our own request",
     why="a bounce of our own request states nothing about items")

# ========================================================= Kakao (R5, 3 items)
case(name="kakao-status-line-below-url-mixed",
     **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
     date=d("2024-09-14 10:00"), reply_to_req=req_id(R5),
     subject=f"[카카오] {R5} 시정요구 처리 결과",
     body=f"""
안녕하세요, 카카오 고객센터입니다.
요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 처리 결과
{K[1]}
카페 운영정책 위반으로 블라인드 처리되었습니다.

{K[2]}
작성자에 의해 이미 삭제된 게시물입니다.

아래 게시물은 검토 결과 위법성이 확인되지 않아 게시를 유지합니다.
{K[3]}

운영정책 안내: https://www.kakao.com/policy/oppolicy
""",
     outcome="applied",
     imitates="Kakao/Daum customer-centre result mail (블라인드 처리, 작성자 삭제, 게시 유지) with ■ heading",
     why="블라인드 = removed; deleted by the author = not_found; K3 on the line below its statement 'not found illegal, stays posted' = rejected; policy link is not an item",
     items={K[1]: "removed", K[2]: "not_found", K[3]: "rejected"})

case(name="kakao-tistory-private-by-operator",
     **{"from": "tistory-policy@kakaocorp.com"}, name_from="티스토리 운영팀",
     date=d("2024-09-14 15:30"), reply_to_req=req_id(R5),
     subject=f"RE: [{R5}] 티스토리 게시글 관련",
     body=f"""
안녕하세요. 티스토리 운영팀입니다.

요청하신 게시글 {K[3]} 는 운영자에 의해 비공개 처리되었습니다.
이제 해당 글은 외부에서 열람할 수 없습니다.

감사합니다.
""",
     outcome="applied",
     imitates="Tistory operator notice ('운영자에 의해 비공개 처리되었습니다')",
     why="made private by the operator = removed family per issue 11",
     items={K[3]: "removed"})

case(name="kakao-receipt-listing-urls",
     **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     date=d("2024-09-13 15:02"), reply_to_req=req_id(R5),
     subject=f"[카카오] 문의가 접수되었습니다 (접수번호 2409131502-77)",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""
안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다. (접수번호 2409131502-77)
접수된 게시물:
- {K[1]}
- {K[2]}

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao customer-centre automatic receipt (문의 접수 안내, 접수번호) echoing the reported URLs",
     why="a receipt as a whole: it says only that the request was received; listing the URLs is not a statement about them. Classification arguable (auto_reply vs acknowledgement)")

case(name="kakao-claims-naver-item",
     **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
     date=d("2024-09-14 11:20"), reply_to_req=req_id(R5),
     subject=f"RE: [{R5}] 시정요구 처리 결과",
     body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물 {N[1]} 에 대하여 삭제 조치를 완료하였습니다.

감사합니다.
""",
     outcome="review", review="wrong_platform",
     imitates="Kakao result mail that names a NAVER blog post (mistaken copy from another request)",
     why="Kakao cannot act on a NAVER blog post; the claim must not be applied and must be seen")

# ======================================================== TikTok (R6, 2 items)
case(name="tiktok-restricted-and-no-violation",
     **{"from": "legal-notice@tiktok.com"}, name_from="TikTok",
     date=d("2024-09-17 05:00", timezone.utc), reply_to_req=req_id(R6),
     subject=f"Re: [{R6}] Your report",
     body=f"""
Hi,

Thank you for your report. We've reviewed the following content:

Video: {TK[1]}
Outcome: We've restricted this content in your country/region in accordance with local law.

Video: {TK[2]}
Outcome: We didn't find any violations of our Community Guidelines, so this video will remain available on TikTok.

Learn more about our Community Guidelines: https://www.tiktok.com/community-guidelines
If you disagree, you can submit an appeal: https://www.tiktok.com/legal/report/feedback

TikTok Trust & Safety
""",
     outcome="applied",
     imitates="TikTok report outcome notifications ('restricted in your country/region', 'We didn't find any violations')",
     why="restricted in your country/region = restricted; no violations, will remain available = rejected (the future tense here reports a decision); policy and appeal links are not items",
     items={TK[1]: "restricted", TK[2]: "rejected"})

case(name="tiktok-lookalike-sender",
     **{"from": "legal@tiktok-safetycenter.com"}, name_from="TikTok Safety Center",
     date=d("2024-09-17 07:00", timezone.utc), reply_to_req=req_id(R6),
     subject=f"Re: [{R6}] Action taken",
     body=f"""
Hello,

The following videos have been removed for violating our Community Guidelines:
{TK[1]}
{TK[2]}

TikTok Safety Center
""",
     outcome="review", review="unknown_sender",
     imitates="TikTok removal notice sent from a look-alike domain",
     why="authenticated for a domain that is no platform's: review, nothing applied")

_tk_html = (f'<html><body><p>Hello,</p><p>This video has been removed for violating our '
            f'Community Guidelines: <a href="{TK[2]}">{TK[2]}</a></p>'
            f'<p>Read our <a href="https://www.tiktok.com/community-guidelines/en/">Community Guidelines</a>.</p>'
            f'<p>TikTok Trust &amp; Safety</p></body></html>')
case(name="tiktok-html-qp-removed",
     **{"from": "legal-notice@tiktok.com"}, name_from="TikTok",
     date=d("2024-09-18 02:00", timezone.utc), reply_to_req=req_id(R6),
     subject=f"Re: [{R6}] Update on your report",
     raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_tk_html)}
""",
     outcome="applied",
     imitates="TikTok HTML notification ('This video has been removed for violating our Community Guidelines'), quoted-printable with soft line breaks inside the anchor",
     why="one unhedged removal sentence about the linked video = removed; the guidelines link is not an item",
     items={TK[2]: "removed"})

# ========================================================== Meta (R7, 1 item)
case(name="meta-local-law-echoed-report",
     **{"from": "notification@fb.com"},
     name_from="Instagram",
     date=d("2024-09-17 12:00"), reply_to_req=req_id(R7),
     subject=f"Your report about content on Instagram [{R7}]",
     body=f"""
Hi KCSC,

We've restricted access to the content you reported in South Korea, based on
local law. It's still available in other countries.

Your report
Content reported: {IG}
Reported for: Fraud or scam – local law
Report ID: 1183920475561

Learn more about how we handle government reports of illegal content:
https://transparency.meta.com/reports/content-restrictions/
https://help.instagram.com/1140587852618126

Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""",
     outcome="applied",
     imitates="Meta/Instagram local-law report outcome ('We've restricted access to the content in [country] based on local law') followed by the echoed report",
     why="a statement about 'the content you reported' with the echoed report naming the item = restricted; transparency/help links are not items",
     items={IG: "restricted"})

case(name="meta-broken-link",
     **{"from": "legal@instagram.com"}, name_from="Instagram Legal",
     date=d("2024-09-18 09:00"), reply_to_req=req_id(R7),
     subject=f"Re: [{R7}] Report of fraudulent content",
     body=f"""
Hello,

We were unable to process your report because the link you provided
({IG}) doesn't lead to any content on Instagram. The post may no longer
exist.

Instagram Legal
""",
     outcome="applied",
     imitates="Instagram reply 'the link you provided is broken or doesn't lead to content on Instagram'",
     why="the link leads to no content = not_found; 'may no longer exist' is a guess about why, not a hedge on the finding",
     items={IG: "not_found"})

case(name="meta-auto-receipt",
     **{"from": "noreply@fb.com"}, name_from="Meta",
     date=d("2024-09-16 16:01"), reply_to_req=req_id(R7),
     subject="Thanks for contacting us – Ref: 1183920475561",
     extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
     body=f"""
Thanks for contacting us. Your reference number is 1183920475561.

We've received your report and will review it as soon as possible. Please
don't reply to this email.

Content you reported: {IG}

Meta Platforms, Inc.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Meta automated report receipt with a reference number and the echoed URL",
     why="a receipt as a whole; the echoed URL is not a statement. Classification arguable (auto_reply)")

# ======================================================== Reddit (R8, 2 items)
case(name="reddit-removed-echoed-report",
     **{"from": "noreply@reddit.com"}, name_from="Reddit",
     date=d("2024-09-18 01:00", timezone.utc), reply_to_req=req_id(R8),
     subject=f"Re: [{R8}] Report of fraudulent listings",
     body=f"""
Hi there,

Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported content violates Reddit's
Content Policy and have removed it.

The content you reported:
{RD[1]}
Report reason: Fraud / illegal transaction

Thanks again for your report and for looking out for yourself and the Reddit
community.

Reddit Content Policy: https://www.redditinc.com/policies/content-policy
""",
     outcome="applied",
     imitates="Reddit admin report-outcome message ('we've found that the reported content violates Reddit's Content Policy and have removed it') with the echoed report",
     why="statement about 'the reported content' then the echoed report naming RD1 = removed; policy link is not an item",
     items={RD[1]: "removed"})

case(name="reddit-will-take-appropriate-action",
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date=d("2024-09-18 03:00", timezone.utc), reply_to_req=req_id(R8),
     subject=f"Re: [{R8}] Report of fraudulent listings",
     body=f"""
Hello,

We're looking into the post at {RD[2]} and will take appropriate action if
it is found to violate our Content Policy or applicable law.

Reddit Legal
""",
     outcome="review", review="not_understood",
     imitates="Reddit legal reply promising conditional action",
     why="trusted, names an item, but a conditional promise: nothing applied, must not be ignored")

case(name="reddit-moderator-gmail",
     **{"from": "sparrowmarket.mods@gmail.com"}, name_from="r/sparrowmarket mods",
     date=d("2024-09-18 20:00"), reply_to_req=req_id(R8),
     subject=f"Re: [{R8}] Report of fraudulent listings",
     body=f"""
hey, I'm one of the mods of r/sparrowmarket. I deleted both posts:
{RD[1]}
{RD[2]}
sorry about that, we ban these sellers when we see them
""",
     outcome="review", review="unknown_sender",
     imitates="a subreddit volunteer moderator answering from a personal Gmail address",
     why="an unknown sender (not Reddit) claiming deletion of our items: review, nothing applied")


HEADER = f"""# Blind set 36 (issue 11): general mix, English and Korean, eight platforms.
# Generated by make.py; expected results written from meaning before any run.
"""


def enc_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words (as Korean mailers send them)."""
    from email.header import Header
    for k in ("name_from", "subject"):
        v = c.get(k)
        if v is not None and not v.isascii():
            c[k] = Header(v, "utf-8").encode(maxlinelen=998)


def main():
    for c in CASES:
        enc_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind36", HEADER, CASES)


if __name__ == "__main__":
    main()
