#!/usr/bin/env python3
"""Blind set 620: ticket systems and threads.

Zendesk / Freshdesk / Jira / Help Scout style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; expected results come from each email's meaning alone, written
before any run of the reader.

    python3 tests/corpus/blind620/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(s):
    """'2024-09-05 14:12:40' (KST) -> RFC 5322 date."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KST))


# ---------------------------------------------------------------- requests
N1 = [
    "https://blog.naver.com/moonlit_trader/223511000101",
    "https://blog.naver.com/moonlit_trader/223511000188",
    "https://blog.naver.com/greyfox_kr/223498765432",
    "https://cafe.naver.com/jjanggu/88120",
    "https://cafe.naver.com/jjanggu/88127",
    "https://cafe.naver.com/sunsetclub/40012",
    "https://m.blog.naver.com/hanbit_7/223400112233",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470011223",
    "https://blog.naver.com/PostView.naver?blogId=nightowl_99&logNo=223555001122",
    "https://cafe.naver.com/sunsetclub/40019",
    "https://cafe.naver.com/ArticleRead.nhn?clubid=10050146&articleid=771234",
    "https://blog.naver.com/greyfox_kr/223498765499",
]
X2 = [
    "https://x.com/quiet_vault_77/status/1831000000000000101",
    "https://x.com/quiet_vault_77/status/1831000000000000245",
    "https://twitter.com/rumor_mill_kr/status/1830555000000000777",
    "https://x.com/rumor_mill_kr",
]
T3 = [
    "https://t.me/hidden_market_kr",
    "https://t.me/hidden_market_kr/1542",
    "https://t.me/s/palette_leaks/88",
]
Y4 = [
    "https://www.youtube.com/watch?v=Qk7dT2mZp1A",
    "https://www.youtube.com/watch?v=Lr9xC4bNw0E",
    "https://youtu.be/Hs3vR8kTq2Y",
    "https://www.youtube.com/@fastcoin_tv",
    "https://www.youtube.com/shorts/Zp4Mn8Xc1Va",
]
K5_RAW_TISTORY = "https://moonbyul.tistory.com/entry/주식-리딩방-안내"
K5 = [
    "https://moonbyul.tistory.com/entry/%EC%A3%BC%EC%8B%9D-%EB%A6%AC%EB%94%A9%EB%B0%A9-%EC%95%88%EB%82%B4",
    "https://cafe.daum.net/goldpig/Ab12/3301",
    "https://jangmi.tistory.com/57",
]
TT6 = [
    "https://www.tiktok.com/@nightglow.kr/video/7412000000000000001",
    "https://www.tiktok.com/@nightglow.kr/video/7412000000000000002",
]
Y7 = ["https://www.youtube.com/watch?v=Wb5yE3uK0aS"]

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02", N1, "illegal investment advice",
     'stock "reading room" ads, blogs and cafes, batch 1'),
    ("KCSC-240904-02", "x", "2024-09-04", X2, "defamation", "two accounts, posts and one account page"),
    ("KCSC-240905-03", "telegram", "2024-09-05", T3, "drug sales", "channel and posts"),
    ("KCSC-240906-04", "youtube", "2024-09-06", Y4, "illegal gambling", "videos, a short, a channel"),
    ("KCSC-240909-05", "kakao", "2024-09-09", K5, "illegal investment advice",
     "Tistory and Daum cafe, copy of NAVER batch"),
    ("KCSC-240910-06", "tiktok", "2024-09-10", TT6, "illegal gambling", "two videos, same creator"),
    ("KCSC-240911-07", "youtube", "2024-09-11", Y7, "obscene content", "single video"),
]


def mid(ref):
    return "request." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, day, urls, cat, note in REQUESTS:
            sent = datetime.strptime(day + " 10:00:00", "%Y-%m-%d %H:%M:%S").replace(tzinfo=KST)
            due = sent + timedelta(days=7, hours=8)
            for u in urls:
                w.writerow([ref, plat, sent.isoformat(), due.isoformat(), u, cat,
                            mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def qp_body(text, ctype="plain"):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{enc}")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def b64_body(text, ctype="plain"):
    data = text.strip("\n").encode("utf-8") + b"\n"
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(data)}")


def ew(text):
    """RFC 2047 encoded words (base64, UTF-8), each under 75 characters,
    split on character boundaries and folded."""
    words, chunk = [], ""
    for ch in text:
        if len((chunk + ch).encode("utf-8")) > 42:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode("ascii") + "?="
                      for w in words)


def alternative(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{text.strip(chr(10))}\n\n"
            f"--{boundary}\n"
            "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{html.strip(chr(10))}\n\n"
            f"--{boundary}--\n")


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ======================================================== APPLIED (26)

case(
    name="naver-zendesk-solved-korean-list",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date=d("2024-09-05 14:12:40"),
    subject="[네이버 고객센터] 문의 #58117 해결됨: [KCSC-240902-01] 시정요구 검토 결과",
    reply_to_req=mid("KCSC-240902-01"),
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification from a Korean portal help desk, numbered list with arrow results",
    why="trusted NAVER ticket update: two 게시중단, one 블라인드, one already deleted by its author",
    items={N1[0]: "removed", N1[1]: "removed", N1[3]: "removed", N1[4]: "not_found"},
    body="""
##- 회신하실 때에는 이 줄 위에 내용을 작성해 주세요 -##

문의하신 내용(#58117)이 '해결됨' 상태로 변경되었습니다.

정다은 (네이버 고객센터)
2024년 9월 5일 14:12

안녕하세요, 네이버 고객센터입니다.
방송통신심의위원회에서 요청하신 시정요구(KCSC-240902-01) 건의 검토 결과를 아래와 같이 안내드립니다.

1. https://blog.naver.com/moonlit_trader/223511000101
   → 게시중단 조치 완료
2. https://blog.naver.com/moonlit_trader/223511000188
   → 게시중단 조치 완료
3. https://cafe.naver.com/jjanggu/88120
   → 카페 게시글 블라인드 처리
4. https://cafe.naver.com/jjanggu/88127
   → 작성자가 이미 삭제하여 존재하지 않는 게시글입니다.

나머지 게시물은 검토가 끝나는 대로 이 문의를 통해 다시 알려드리겠습니다.

감사합니다.

--------------------------------
이 메일은 문의 #58117에 대한 알림입니다. 티켓 번호: [QJ8R-2K1M]
""")

case(
    name="naver-kcsc-result-html-table",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date=d("2024-09-12 17:40:05"),
    subject="[KCSC-240902-01] 시정요구 조치결과 회신",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (URL / 조치결과 / 비고) sent as HTML by a portal's policy team",
    why="one row per item; the row still 'under review' stays pending, all the others are applied",
    items={N1[0]: "removed", N1[1]: "removed", N1[2]: "restricted", N1[3]: "removed",
           N1[4]: "not_found", N1[5]: "rejected", N1[6]: "removed", N1[7]: "removed",
           N1[8]: "pending", N1[9]: "restricted", N1[10]: "not_found", N1[11]: "removed"},
    raw_mime="""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(문서번호 KCSC-240902-01)에 대한 당사의 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>No</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>https://blog.naver.com/moonlit_trader/223511000101</td><td>게시중단</td><td>9/10</td></tr>
<tr><td>2</td><td>https://blog.naver.com/moonlit_trader/223511000188</td><td>게시중단</td><td>9/10</td></tr>
<tr><td>3</td><td>https://blog.naver.com/greyfox_kr/223498765432</td><td>임시조치(30일)</td><td>권리침해 신고 병합</td></tr>
<tr><td>4</td><td>https://cafe.naver.com/jjanggu/88120</td><td>블라인드</td><td></td></tr>
<tr><td>5</td><td>https://cafe.naver.com/jjanggu/88127</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>6</td><td>https://cafe.naver.com/sunsetclub/40012</td><td>조치하지 않음</td><td>운영정책 위반사항 없어 게시 유지</td></tr>
<tr><td>7</td><td>https://m.blog.naver.com/hanbit_7/223400112233</td><td>비공개 처리</td><td></td></tr>
<tr><td>8</td><td>https://kin.naver.com/qna/detail.naver?d1id=8&amp;dirId=80101&amp;docId=470011223</td><td>삭제</td><td>답변 포함</td></tr>
<tr><td>9</td><td>https://blog.naver.com/PostView.naver?blogId=nightowl_99&amp;logNo=223555001122</td><td>검토 중</td><td>법무 검토 후 회신 예정</td></tr>
<tr><td>10</td><td>https://cafe.naver.com/sunsetclub/40019</td><td>접근 제한(국내)</td><td></td></tr>
<tr><td>11</td><td>https://cafe.naver.com/ArticleRead.nhn?clubid=10050146&amp;articleid=771234</td><td>확인 불가</td><td>존재하지 않는 게시물(잘못된 링크)</td></tr>
<tr><td>12</td><td>https://blog.naver.com/greyfox_kr/223498765499</td><td>운영자 삭제</td><td></td></tr>
</table>
<p>9번 게시물은 검토가 완료되는 대로 별도로 회신드리겠습니다.</p>
<p>NAVER 정책지원팀 드림<br>※ 본 메일은 발신 전용이 아닙니다. 회신 시 제목의 문서번호를 유지해 주십시오.</p>
</body></html>
""")

csv_n = (
    "URL,처리결과,처리일\r\n"
    "https://m.blog.naver.com/hanbit_7/223400112233,비공개 처리,2024-09-11\r\n"
    "\"https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470011223\",삭제,2024-09-11\r\n"
    "\"https://blog.naver.com/PostView.naver?blogId=nightowl_99&logNo=223555001122\",게시중단,2024-09-12\r\n"
    "https://cafe.naver.com/sunsetclub/40019,임시조치,2024-09-12\r\n"
    "\"https://cafe.naver.com/ArticleRead.nhn?clubid=10050146&articleid=771234\",해당 게시물 없음,2024-09-12\r\n"
    "https://blog.naver.com/greyfox_kr/223498765499,위반 아님(게시 유지),2024-09-12\r\n"
)
case(
    name="naver-freshdesk-csv-attachment",
    from_="support@naver.com", name_from="NAVER Support",
    date=d("2024-09-13 10:03:11"),
    subject="Re: [#FD-302114] [KCSC-240902-01] 시정요구 조치결과 (2차)",
    reply_to_req=mid("KCSC-240902-01"),
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply with the result sheet attached as CSV (second batch of a partial answer)",
    why="CSV rows state one result per URL: removed, removed, removed, restricted, not_found, rejected",
    items={N1[6]: "removed", N1[7]: "removed", N1[8]: "removed", N1[9]: "restricted",
           N1[10]: "not_found", N1[11]: "rejected"},
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="fd-302114-b"

--fd-302114-b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요.

1차 회신(#FD-302114)에 이어, 남은 6건의 처리결과를 첨부 파일로 보내드립니다.
파일의 '처리결과' 열을 확인해 주시기 바랍니다.

NAVER Support 한지훈

--fd-302114-b
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result_2.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result_2.csv"
Content-Transfer-Encoding: base64

{b64(csv_n.encode('utf-8'))}
--fd-302114-b--
""")

case(
    name="x-gmail-topposted-over-request",
    from_="legal-support@x.com", name_from="X Legal",
    date=d("2024-09-09 03:21:44"),
    subject="Re: KCSC-240904-02 Request for removal of unlawful content",
    reply_to_req=mid("KCSC-240904-02"),
    outcome="applied", classification="confirmation",
    imitates="X legal team reply top-posted over the regulator's request quoted Gmail-style",
    why="two posts get a result above the quote; the other two URLs appear only in the quoted request",
    items={X2[0]: "restricted", X2[1]: "removed", X2[2]: "pending", X2[3]: "pending"},
    body="""
Hello,

Thank you for your report. After review, we have withheld the following post in
South Korea in response to your request:
https://x.com/quiet_vault_77/status/1831000000000000101

The following post was removed for violating the X Rules:
https://x.com/quiet_vault_77/status/1831000000000000245

We are still looking at the remainder of your request and will reply separately.

Regards,
X Legal

On Wed, Sep 4, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under our reference KCSC-240904-02 we request the removal of the following
> content, found to be defamatory under Korean law:
>
> 1. https://x.com/quiet_vault_77/status/1831000000000000101
> 2. https://x.com/quiet_vault_77/status/1831000000000000245
> 3. https://twitter.com/rumor_mill_kr/status/1830555000000000777
> 4. https://x.com/rumor_mill_kr
>
> Please reply by 11 September 2024.
>
> Korea Communications Standards Commission
""")

case(
    name="x-account-suspended-with-post",
    from_="legal-support@x.com", name_from="X Legal",
    date=d("2024-09-11 08:05:19"),
    subject="Re: KCSC-240904-02 Request for removal of unlawful content [ref:_00D1x2Kq._5004Vb7Yz:ref]",
    reply_to_req=mid("KCSC-240904-02"),
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same X case thread: account suspension, the post no longer available as a result",
    why="suspended account is removed; the post on it is stated to be no longer available",
    items={X2[3]: "removed", X2[2]: "removed"},
    body="""
Hello,

Further to our earlier message on this case:

The account @rumor_mill_kr (https://x.com/rumor_mill_kr) has been permanently
suspended for repeated violations of the X Rules. As a result, the post
https://twitter.com/rumor_mill_kr/status/1830555000000000777 is no longer
available on X.

This completes our response to your request.

X Legal

ref:_00D1x2Kq._5004Vb7Yz:ref
""")

case(
    name="x-reply-to-reminder-no-violation",
    from_="legal-support@x.com", name_from="X Legal",
    date=d("2024-09-13 09:47:02"),
    subject="Re: Reminder: KCSC-240904-02 overdue, 2 items without an answer",
    extra_headers=["In-Reply-To: <reminder.KCSC-240904-02.1@kcsc.example>",
                   "References: <request.KCSC-240904-02@kcsc.example> <reminder.KCSC-240904-02.1@kcsc.example>"],
    outcome="applied", classification="confirmation",
    imitates="X legal reply to the regulator's reminder, refusing one post with a reason",
    why="reply to our reminder, refusal with reason for one post: rejected",
    items={X2[1]: "rejected", X2[3]: "pending"},
    body="""
Hi,

Thanks for the reminder. We reviewed https://x.com/quiet_vault_77/status/1831000000000000245
against the X Rules and applicable local law and did not find it to be in violation.
We will therefore not take action on this post at this time and it remains available.

If you have a court order concerning this content, please send it to us through
https://legalrequests.x.example/form so that we can review it.

X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 10:00 AM
Subject: Reminder: KCSC-240904-02 overdue, 2 items without an answer

The following items of KCSC-240904-02 have no answer yet:
https://x.com/quiet_vault_77/status/1831000000000000245
https://x.com/rumor_mill_kr
""")

case(
    name="tg-helpscout-url-status-below",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date=d("2024-09-07 22:15:30"),
    subject="Re: KCSC-240905-03 [Conversation #88172]",
    reply_to_req=mid("KCSC-240905-03"),
    outcome="applied", classification="confirmation",
    imitates="Help Scout style abuse-desk reply: bare URL line, status on the line below",
    why="channel blocked everywhere, post removed with it, third post does not exist",
    items={T3[0]: "removed", T3[1]: "removed", T3[2]: "not_found"},
    body="""
Hello,

Here is the result for the links in your report:

https://t.me/hidden_market_kr
Status: blocked (the channel is no longer accessible on any Telegram app)

https://t.me/hidden_market_kr/1542
Status: removed together with the channel

https://t.me/s/palette_leaks/88
Status: not found - there is no such message in this channel

Best,
Telegram Abuse Team

----
Conversation #88172 | Reply to this email to continue the conversation.
""")

case(
    name="tg-blocked-kr-rest-under-review",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date=d("2024-09-06 19:02:10"),
    subject="Re: KCSC-240905-03 [Conversation #88172]",
    reply_to_req=mid("KCSC-240905-03"),
    outcome="applied", classification="confirmation",
    imitates="partial abuse-desk answer: one channel geo-restricted, the rest still under review",
    why="channel unavailable in South Korea is restricted; the two others are explicitly still under review",
    items={T3[0]: "restricted", T3[1]: "pending", T3[2]: "pending"},
    body="""
Hi,

The channel https://t.me/hidden_market_kr is now unavailable to users in South Korea.

The other two links (https://t.me/hidden_market_kr/1542 and
https://t.me/s/palette_leaks/88) are still under review by our moderators.
We'll get back to you in this conversation.

Telegram Abuse Team
""")

case(
    name="yt-jira-resolved-five",
    from_="legal-kr-noreply@google.com", name_from="Google Legal Support",
    date=d("2024-09-12 11:30:00"),
    subject="[KRLEGAL-4412] KCSC-240906-04: status changed to Resolved",
    reply_to_req=mid("KCSC-240906-04"),
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification: request resolved, agent comment with bullet list",
    why="five bullets, five different results: removed, restricted (age), rejected, not_found, removed (channel terminated)",
    items={Y4[0]: "removed", Y4[1]: "restricted", Y4[2]: "rejected", Y4[3]: "removed", Y4[4]: "not_found"},
    body="""
—-—-—-—-—-—-—-—-—-—-—-—-
Reply above this line.

Seo-yeon Park resolved this as Done.

Hello,

We have completed our review of the URLs submitted under KCSC-240906-04:

* https://www.youtube.com/watch?v=Qk7dT2mZp1A - removed for violating YouTube's
  policy on illegal or regulated goods
* https://www.youtube.com/watch?v=Lr9xC4bNw0E - age-restricted; the video is no
  longer shown to signed-out users or users under 18
* https://youtu.be/Hs3vR8kTq2Y - reviewed; no violation of our Community
  Guidelines or local law was found, so we did not take action
* https://www.youtube.com/@fastcoin_tv - channel terminated
* https://www.youtube.com/shorts/Zp4Mn8Xc1Va - we could not locate this Short;
  the link appears invalid

For more on our policies see https://support.google.com/youtube/answer/2801964.

Kind regards,
Google Legal Support

View request: https://legalsupport.google.example/servicedesk/KRLEGAL-4412
Turn off this request's notifications
This is shared with KCSC Takedown.
""")

case(
    name="yt-qp-wrapped-urls",
    from_="legal-kr@google.com", name_from="YouTube Legal KR",
    date=d("2024-09-10 16:20:41"),
    subject="Re: [KCSC-240906-04] 불법 도박 콘텐츠 삭제 요청",
    reply_to_req=mid("KCSC-240906-04"),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable plain-text reply whose long lines (URLs included) are soft-wrapped",
    why="QP soft breaks split the URLs; decoded, one video blocked in Korea, one removed",
    items={Y4[1]: "restricted", Y4[2]: "removed"},
    raw_mime=qp_body("""
Dear KCSC team,

Following our review under local law, access to the video https://www.youtube.com/watch?v=Lr9xC4bNw0E has been blocked for viewers in South Korea (the video remains available elsewhere).

The video https://youtu.be/Hs3vR8kTq2Y has been removed globally for violating our Community Guidelines.

We will update you on the remaining URLs of this request separately.

YouTube Legal Support (KR)
"""))

case(
    name="yt-single-item-no-url",
    from_="legal-kr@google.com", name_from="YouTube Legal KR",
    date=d("2024-09-13 13:05:55"),
    subject="Re: [KCSC-240911-07] Removal request - 1 video",
    reply_to_req=mid("KCSC-240911-07"),
    outcome="applied", classification="confirmation",
    imitates="short Zendesk-style agent reply in the request thread naming the reference but no URL",
    why="one-item request, unhedged statement that the reported video was removed",
    items={Y7[0]: "removed"},
    body="""
##- Please type your reply above this line -##

Your request (#6620193) has been updated.

Ji-ho Lee (YouTube Legal Support)
Sep 13, 2024, 13:05 KST

Hello,

Regarding KCSC-240911-07: we have removed the video you reported, as it violates
our policy on nudity and sexual content.

Best regards,
YouTube Legal Support

This email is a service from YouTube Legal Support. [8WQE-3PL0]
""")

case(
    name="yt-channel-terminated-angle",
    from_="legal-kr@google.com", name_from="YouTube Legal KR",
    date=d("2024-09-09 09:14:00"),
    subject="Re: [KCSC-240906-04] 불법 도박 콘텐츠 삭제 요청 (channel)",
    reply_to_req=mid("KCSC-240906-04"),
    outcome="applied", classification="confirmation",
    imitates="terse agent reply, URL in angle brackets inside a sentence",
    why="the channel in angle brackets was terminated",
    items={Y4[3]: "removed"},
    body="""
Hi,

Quick update on the channel you listed: <https://www.youtube.com/@fastcoin_tv> has
been terminated for repeated violations of our spam and deceptive practices policy.
The videos will follow in a separate message.

Thanks,
YouTube Legal Support
""")

case(
    name="kakao-tistory-korean-particles",
    from_="safety@kakaocorp.com", name_from="카카오 고객센터",
    date=d("2024-09-12 15:48:20"),
    subject="[카카오 고객센터] [KCSC-240909-05] 요청하신 게시물 처리결과 안내",
    reply_to_req=mid("KCSC-240909-05"),
    outcome="applied", classification="confirmation",
    imitates="Kakao help-desk prose notice in Korean, raw Korean path, particle glued to a URL, full-width brackets",
    why="tistory post 게시중단 (removed), cafe post 임시조치 (restricted), the other already deleted by its author",
    items={K5[0]: "removed", K5[1]: "restricted", K5[2]: "not_found"},
    body=f"""
안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회의 요청(KCSC-240909-05)에 대한 처리결과를 안내드립니다.

{K5_RAW_TISTORY} 게시글은 금융 관련 운영정책 위반으로 게시중단 조치하였습니다.
https://cafe.daum.net/goldpig/Ab12/3301에 대해서는 임시조치(30일)를 하였습니다.
요청하신 세 번째 게시글（https://jangmi.tistory.com/57）은 작성자가 이미 삭제하여 확인되지 않습니다.

추가 문의는 이 메일에 회신해 주시면 같은 문의로 접수됩니다.
감사합니다.

카카오 고객센터 드림
문의번호: 24091200418
""")

case(
    name="tiktok-dsa-statement-of-reasons",
    from_="no-reply@tiktok.com", name_from="TikTok",
    date=d("2024-09-14 02:11:09"),
    subject="Outcome of your report - KCSC-240910-06",
    reply_to_req=mid("KCSC-240910-06"),
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons sent to a notifier: decision, territorial scope per item",
    why="video 001 removed globally, video 002 restricted to South Korea",
    items={TT6[0]: "removed", TT6[1]: "restricted"},
    body="""
Hi KCSC,

We've made decisions on the content you reported.

Content: https://www.tiktok.com/@nightglow.kr/video/7412000000000000001
Decision: Removed
Territorial scope: Global
Ground: Violation of our Community Guidelines (Gambling)
Automated means used: No

Content: https://www.tiktok.com/@nightglow.kr/video/7412000000000000002
Decision: Restricted
Territorial scope: South Korea
Ground: Illegal under local law (illegal gambling promotion)
Automated means used: No

You can find out more about how we handle reports at https://www.tiktok.com/legal/report-outcomes.
You may appeal this decision through https://www.tiktok.com/legal/appeals.

TikTok Trust & Safety
""")

case(
    name="tiktok-zendesk-history-author-deleted",
    from_="kr-legal@tiktok.com", name_from="TikTok Legal KR",
    date=d("2024-09-12 20:33:47"),
    subject="[TikTok] Update on ticket #TT-884210 (KCSC-240910-06)",
    reply_to_req=mid("KCSC-240910-06"),
    outcome="applied", classification="confirmation",
    imitates="Zendesk update carrying the whole ticket history (newest first, older comments not quoted)",
    why="newest comment: video 002 deleted by its creator before review; older comment is only a receipt",
    items={TT6[1]: "not_found"},
    body="""
##- Please type your reply above this line -##

Mina Choi (TikTok Legal KR)
Sep 12, 2024, 20:33 GMT+9

Hello,

An update on one of the two videos: https://www.tiktok.com/@nightglow.kr/video/7412000000000000002
was deleted by its creator before our team reviewed it, so there is nothing
left for us to action. The other video is still with our review team.

Mina

TikTok Legal KR
Sep 10, 2024, 11:02 GMT+9

Thank you for contacting TikTok. We have received your request and our team
will review the two videos you listed.

--------------------------------
Ticket #TT-884210 | [R5KD-0YZ3]
""")

case(
    name="naver-followup-two-pending",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date=d("2024-09-10 11:25:00"),
    subject="Re: [네이버 고객센터] 문의 #58117 [KCSC-240902-01] 추가 안내",
    reply_to_req=mid("KCSC-240902-01"),
    outcome="applied", classification="confirmation",
    imitates="follow-up comment in the same help-desk ticket answering items left open earlier",
    why="one cafe post kept (no violation) = rejected, the other blinded = removed",
    items={N1[5]: "rejected", N1[9]: "removed"},
    body="""
##- 회신하실 때에는 이 줄 위에 내용을 작성해 주세요 -##

정다은 (네이버 고객센터)
2024년 9월 10일 11:25

안녕하세요, 네이버 고객센터입니다.
지난 회신에서 검토 중으로 안내드렸던 카페 게시글 2건의 결과를 알려드립니다.

- https://cafe.naver.com/sunsetclub/40012
  검토 결과 카페 운영원칙 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.
- https://cafe.naver.com/sunsetclub/40019
  블라인드 처리하였습니다.

감사합니다.
""")

case(
    name="naver-mobile-and-kin",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date=d("2024-09-09 16:02:31"),
    subject="[네이버 고객센터] 문의 #58201 답변: KCSC-240902-01 (블로그·지식iN)",
    outcome="applied", classification="confirmation",
    imitates="help-desk answer about a mobile blog URL and a query-string 지식iN URL",
    why="mobile blog post 비공개 처리 (removed), 지식iN question deleted (removed)",
    items={N1[6]: "removed", N1[7]: "removed"},
    body="""
안녕하세요, 네이버 고객센터입니다.

요청하신 블로그 게시물(https://m.blog.naver.com/hanbit_7/223400112233)은
운영정책에 따라 비공개 처리되었습니다.

지식iN 질문 https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470011223 은
달린 답변과 함께 삭제되었습니다.

더 궁금하신 점은 네이버 고객센터(https://help.naver.example/support/contents)로 문의해 주세요.
감사합니다.
""")

case(
    name="naver-english-partial",
    from_="global-support@navercorp.com", name_from="NAVER Global Support",
    date=d("2024-09-11 18:10:26"),
    subject="RE: KCSC-240902-01 - partial response [Ticket#2024091110000382]",
    reply_to_req=mid("KCSC-240902-01"),
    outcome="applied", classification="confirmation",
    imitates="OTRS-style English partial response with ticket number in the subject",
    why="PostView post taken down, greyfox post put under temporary measure (restricted); others explicitly still under review",
    items={N1[8]: "removed", N1[11]: "restricted"},
    body="""
Dear Sir or Madam,

This is a partial response to your request KCSC-240902-01.

- https://blog.naver.com/PostView.naver?blogId=nightowl_99&logNo=223555001122 :
  the post has been taken down.
- https://blog.naver.com/greyfox_kr/223498765499 :
  a temporary measure (임시조치) has been applied; the post is hidden from the public for 30 days.

The other items in your request are still being reviewed by our policy team.

Kind regards,
NAVER Global Support
[Ticket#2024091110000382]
""")

case(
    name="x-html-table-outlook",
    from_="legal-support@x.com", name_from="X Legal",
    date=d("2024-09-12 06:40:12"),
    subject="RE: KCSC-240904-02 Request for removal of unlawful content",
    reply_to_req=mid("KCSC-240904-02"),
    outcome="applied", classification="confirmation",
    imitates="HTML (Outlook) reply with a results table, Outlook header block over the quoted request",
    why="table rows: post 101 no violation (rejected), account suspended (removed); quoted request below is not a statement",
    items={X2[0]: "rejected", X2[3]: "removed", X2[1]: "pending", X2[2]: "pending"},
    raw_mime=alternative("""
Hello,

Please find our decisions below.

URL | Action
https://x.com/quiet_vault_77/status/1831000000000000101 | No violation found - no action taken
https://x.com/rumor_mill_kr | Account suspended

X Legal

From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240904-02 Request for removal of unlawful content

We request the removal of:
https://x.com/quiet_vault_77/status/1831000000000000101
https://x.com/quiet_vault_77/status/1831000000000000245
https://twitter.com/rumor_mill_kr/status/1830555000000000777
https://x.com/rumor_mill_kr
""", """
<html><body>
<div>Hello,</div><div><br></div>
<div>Please find our decisions below.</div>
<table border="1" style="border-collapse:collapse">
<tr><th>URL</th><th>Action</th></tr>
<tr><td><a href="https://x.com/quiet_vault_77/status/1831000000000000101">https://x.com/quiet_vault_77/status/1831000000000000101</a></td><td>No violation found - no action taken</td></tr>
<tr><td><a href="https://x.com/rumor_mill_kr">https://x.com/rumor_mill_kr</a></td><td>Account suspended</td></tr>
</table>
<div><br>X Legal</div>
<div id="divRplyFwdMsg"><hr><b>From:</b> KCSC Takedown &lt;takedown@kcsc.example&gt;<br>
<b>Sent:</b> Wednesday, September 4, 2024 10:00 AM<br><b>To:</b> legal@x.com<br>
<b>Subject:</b> KCSC-240904-02 Request for removal of unlawful content</div>
<div>We request the removal of:<br>
https://x.com/quiet_vault_77/status/1831000000000000101<br>
https://x.com/quiet_vault_77/status/1831000000000000245<br>
https://twitter.com/rumor_mill_kr/status/1830555000000000777<br>
https://x.com/rumor_mill_kr</div>
</body></html>
""", "outlook-b620-19"))

case(
    name="yt-base64-korean",
    from_="legal-kr@google.com", name_from="YouTube 법무지원팀",
    date=d("2024-09-11 14:44:18"),
    subject=ew("Re: [KCSC-240906-04] 처리 결과 안내"),
    reply_to_req=mid("KCSC-240906-04"),
    outcome="applied", classification="confirmation",
    imitates="Korean-language YouTube legal reply, base64 body and encoded-word subject",
    why="base64 body: the Short is access-restricted in Korea (restricted), the video is deleted (removed)",
    items={Y4[4]: "restricted", Y4[0]: "removed"},
    raw_mime=b64_body("""
안녕하세요, YouTube 법무지원팀입니다.

요청번호 KCSC-240906-04 관련 처리 결과를 알려드립니다.

https://www.youtube.com/shorts/Zp4Mn8Xc1Va 동영상은 현지 법률에 따라 대한민국에서 접근이 제한되었습니다.
https://www.youtube.com/watch?v=Qk7dT2mZp1A 동영상은 커뮤니티 가이드 위반으로 삭제되었습니다.

감사합니다.
YouTube 법무지원팀
"""))

case(
    name="tg-outlook-original-message",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date=d("2024-09-08 12:00:55"),
    subject="RE: KCSC-240905-03 Request to remove drug-sale content",
    reply_to_req=mid("KCSC-240905-03"),
    outcome="applied", classification="confirmation",
    imitates="one-line abuse-desk answer over an Outlook '-----Original Message-----' block holding the request",
    why="only the post named above the quoted request is stated removed; the quoted URLs are not statements",
    items={T3[1]: "removed", T3[0]: "pending", T3[2]: "pending"},
    body="""
Hello, the post https://t.me/hidden_market_kr/1542 has been deleted. We're checking the rest.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:00 AM
To: abuse@telegram.org
Subject: KCSC-240905-03 Request to remove drug-sale content

Dear Telegram,

We ask you to remove or block the following, which offer illegal drugs for sale:
https://t.me/hidden_market_kr
https://t.me/hidden_market_kr/1542
https://t.me/s/palette_leaks/88

Reference: KCSC-240905-03
""")

case(
    name="naver-receipt-plus-already-removed",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date=d("2024-09-02 15:31:09"),
    subject="[네이버 고객센터] 문의가 접수되었습니다 #58117",
    reply_to_req=mid("KCSC-240902-01"),
    outcome="applied", classification="confirmation",
    imitates="help-desk receipt whose agent adds a line: one post was already taken down",
    why="receipt wording plus an unhedged statement that one cafe post is already under 게시중단: applied",
    items={N1[3]: "removed"},
    body="""
안녕하세요, 네이버 고객센터입니다.
보내주신 시정요구(KCSC-240902-01)가 정상적으로 접수되었습니다. (문의번호 #58117)

참고로 요청 목록 중 https://cafe.naver.com/jjanggu/88120 게시글은
다른 신고로 이미 게시중단 처리된 상태임을 알려드립니다.
나머지 게시물은 검토 후 순차적으로 회신드리겠습니다.

감사합니다.
""")

case(
    name="yt-statement-then-url-below",
    from_="legal-kr@google.com", name_from="YouTube Legal KR",
    date=d("2024-09-13 10:21:37"),
    subject="Re: [KCSC-240906-04] Follow-up on two videos",
    reply_to_req=mid("KCSC-240906-04"),
    outcome="applied", classification="confirmation",
    imitates="help-desk follow-up: statement sentence ending in ':' with the URL on the next line",
    why="statement above, URL below: one removed, one stays up (rejected); help link is not an item",
    items={Y4[2]: "removed", Y4[1]: "rejected"},
    body="""
Hello again,

After a second review, the following video has been removed for violating our
Community Guidelines:

    https://youtu.be/Hs3vR8kTq2Y

The following video was reviewed again and will remain available, as it does not
violate our policies or local law:

    https://www.youtube.com/watch?v=Lr9xC4bNw0E

You can read about how we review legal requests at
https://support.google.com/youtube/answer/6154218.

YouTube Legal Support
""")

case(
    name="tiktok-echoed-report-outcome",
    from_="no-reply@tiktok.com", name_from="TikTok",
    date=d("2024-09-13 07:55:00"),
    subject="We've reviewed your report",
    outcome="applied", classification="confirmation",
    imitates="notifier outcome mail that echoes the submitted report before the decision",
    why="the echoed report names the video; the decision below says it was removed",
    items={TT6[0]: "removed"},
    body="""
Hi,

Thanks for helping keep TikTok safe. We've reviewed your report.

Your report
  Report ID: 7409912345
  Reported: Video
  Link: https://www.tiktok.com/@nightglow.kr/video/7412000000000000001
  Reason you gave: Gambling
  Submitted: Sep 10, 2024

Our decision
  We removed this video because it violates our Community Guidelines.

Thanks,
TikTok Trust & Safety
""")

case(
    name="naver-fullwidth-punct",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date=d("2024-09-06 10:12:00"),
    subject="[KCSC-240902-01] 1차 처리결과 알림",
    outcome="applied", classification="confirmation",
    imitates="Korean policy-team notice using 【】 headings, full-width colon and parentheses after URLs",
    why="two items with full-width punctuation right after the URL: 임시조치 (restricted) and 삭제 (removed)",
    items={N1[2]: "restricted", N1[1]: "removed"},
    body="""
【처리결과 알림】

문서번호：KCSC-240902-01

・https://blog.naver.com/greyfox_kr/223498765432：임시조치（30일）
・https://blog.naver.com/moonlit_trader/223511000188：삭제 완료

나머지 건은 확인 후 다시 알려드리겠습니다。

NAVER 정책지원팀
""")

case(
    name="kakao-solved-ticket-html",
    from_="noreply@daum.net", name_from="Daum 고객센터",
    date=d("2024-09-16 09:30:44"),
    subject="[Daum 고객센터] 문의 해결 안내 (KCSC-240909-05)",
    reply_to_req=mid("KCSC-240909-05"),
    outcome="applied", classification="confirmation",
    imitates="HTML 'ticket solved' notice with the agent's answer in a styled block and a satisfaction-survey footer",
    why="HTML: the cafe post is 블라인드 (removed); the survey link is no item",
    items={K5[1]: "removed"},
    raw_mime=alternative("""
문의가 해결되었습니다.

답변 내용:
카페 게시글 https://cafe.daum.net/goldpig/Ab12/3301 은 임시조치 기간 중 추가 검토를 거쳐 블라인드 처리되었습니다.

답변이 도움이 되었나요? https://cs.daum.example/survey?t=24091600418
""", """
<html><body>
<h3 style="color:#333">문의가 해결되었습니다.</h3>
<div style="border-left:3px solid #ffcd00;padding:8px">
<p><b>답변 내용</b></p>
<p>카페 게시글 <a href="https://cafe.daum.net/goldpig/Ab12/3301">https://cafe.daum.net/goldpig/Ab12/3301</a> 은
임시조치 기간 중 추가 검토를 거쳐 블라인드 처리되었습니다.</p>
</div>
<p style="font-size:11px">답변이 도움이 되었나요? <a href="https://cs.daum.example/survey?t=24091600418">만족도 평가하기</a></p>
</body></html>
""", "daum-b620-26"))

# ======================================================== REVIEW (12)

case(
    name="naver-promise-sequential",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date=d("2024-09-04 13:40:00"),
    subject="Re: [네이버 고객센터] 문의 #58117 진행 안내",
    reply_to_req=mid("KCSC-240902-01"),
    outcome="review", review="not_understood",
    imitates="help-desk progress note promising action later",
    why="'조치할 예정입니다' is a promise, not a statement: items stay pending",
    items={N1[0]: "pending", N1[2]: "pending", N1[11]: "pending"},
    body="""
안녕하세요, 네이버 고객센터입니다.

요청하신 아래 게시물은 내부 정책 검토를 거쳐 순차적으로 게시중단 조치할 예정입니다.

https://blog.naver.com/moonlit_trader/223511000101
https://blog.naver.com/greyfox_kr/223498765432
https://blog.naver.com/greyfox_kr/223498765499

조치가 완료되면 다시 안내드리겠습니다.
감사합니다.
""")

case(
    name="yt-hedge-appears-removed",
    from_="legal-kr@google.com", name_from="YouTube Legal KR",
    date=d("2024-09-08 17:55:21"),
    subject="Re: [KCSC-240906-04] initial check",
    reply_to_req=mid("KCSC-240906-04"),
    outcome="review", review="not_understood",
    imitates="agent's first reply with hedged observations before the formal review",
    why="'appears to have been', 'may no longer be' are hedges: nothing applied",
    items={Y4[0]: "pending", Y4[2]: "pending"},
    body="""
Hi,

Based on an initial check, the video at https://www.youtube.com/watch?v=Qk7dT2mZp1A
appears to have been taken down already, and https://youtu.be/Hs3vR8kTq2Y may no
longer be publicly viewable. We are confirming this with the relevant team and
will write again with a formal answer.

YouTube Legal Support
""")

case(
    name="x-bulk-all-withheld",
    from_="legal-support@x.com", name_from="X Legal",
    date=d("2024-09-10 04:12:33"),
    subject="Re: KCSC-240904-02 Request for removal of unlawful content",
    reply_to_req=mid("KCSC-240904-02"),
    outcome="review", review="bulk",
    imitates="one-sentence case closure covering all reported content",
    why="statement about all content of a four-item request without naming each: bulk",
    items={X2[0]: "pending", X2[1]: "pending", X2[2]: "pending", X2[3]: "pending"},
    body="""
Hello,

We have reviewed your request and all of the reported content has been withheld
in South Korea. We are closing this case.

X Legal
""")

case(
    name="naver-bulk-korean-solved",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date=d("2024-09-14 10:00:00"),
    subject="[네이버 고객센터] 문의 #58117 해결됨",
    reply_to_req=mid("KCSC-240902-01"),
    outcome="review", review="bulk",
    imitates="Zendesk solved notice with a one-line summary for a whole batch",
    why="'요청하신 게시물 전체' for a 12-item request, no URL: bulk",
    items={u: "pending" for u in N1},
    body="""
##- 회신하실 때에는 이 줄 위에 내용을 작성해 주세요 -##

문의하신 내용(#58117)이 '해결됨' 상태로 변경되었습니다.

정다은 (네이버 고객센터)
2024년 9월 14일 10:00

KCSC-240902-01 건으로 요청하신 게시물 전체에 대해 게시중단 조치를 완료하였습니다.
이 문의는 종료됩니다. 감사합니다.
""")

case(
    name="tg-auth-fail",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    auth="fail",
    date=d("2024-09-07 08:41:00"),
    subject="Re: KCSC-240905-03 [Conversation #88172]",
    reply_to_req=mid("KCSC-240905-03"),
    outcome="review", review="untrusted",
    imitates="Telegram abuse-desk reply whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: untrusted, nothing applied",
    items={T3[0]: "pending", T3[2]: "pending"},
    body="""
Hello,

https://t.me/hidden_market_kr - blocked.
https://t.me/s/palette_leaks/88 - deleted.

Telegram Abuse Team
""")

case(
    name="naver-zendesk-subdomain",
    from_="support@naverhelp.zendesk.com", name_from="NAVER 고객센터",
    date=d("2024-09-06 14:02:19"),
    subject="[NAVER 고객센터] 문의 #1204 답변 (KCSC-240902-01)",
    reply_to_req=mid("KCSC-240902-01"),
    outcome="review", review="unknown_sender",
    imitates="help-desk answer sent from the vendor's default zendesk.com address instead of the platform's domain",
    why="the sender domain is not NAVER's: unknown sender, items pending",
    items={N1[3]: "pending", N1[4]: "pending"},
    body="""
##- 회신하실 때에는 이 줄 위에 내용을 작성해 주세요 -##

안녕하세요, NAVER 고객센터입니다.

https://cafe.naver.com/jjanggu/88120 게시글은 삭제되었고,
https://cafe.naver.com/jjanggu/88127 게시글은 존재하지 않는 게시글입니다.

감사합니다.
""")

case(
    name="kakao-forwarded-internal",
    from_="minjun.oh@kakaocorp.com", name_from="오민준",
    date=d("2024-09-13 16:21:00"),
    subject="FW: [KCSC-240909-05] 처리결과 공유",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding an internal team's result mail to the regulator",
    why="statements only inside a forwarded message: forwarded review, items pending",
    items={K5[2]: "pending", K5[0]: "pending"},
    body=f"""
위원회 담당자님,

내부 담당팀 회신을 그대로 전달드립니다. 참고 부탁드립니다.

오민준 드림

---------- Forwarded message ---------
From: 카카오 운영정책팀 <policy-ops@kakaocorp.com>
Date: 2024년 9월 13일 (금) 오후 3:02
Subject: Re: [KCSC-240909-05] 티스토리 게시글 검토
To: 오민준 <minjun.oh@kakaocorp.com>

https://jangmi.tistory.com/57 : 블라인드 처리 완료
{K5_RAW_TISTORY} : 게시중단 완료
""")

case(
    name="naver-about-tistory",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date=d("2024-09-11 10:40:00"),
    subject="[네이버 고객센터] 문의 #58344 답변",
    outcome="review", review="wrong_platform",
    imitates="portal help-desk answering about a URL of another company's service",
    why="NAVER states the status of a Kakao (Tistory) item: wrong platform",
    items={K5[0]: "pending"},
    body=f"""
안녕하세요, 네이버 고객센터입니다.

문의하신 {K5_RAW_TISTORY} 는 당사가 운영하는 서비스가 아니어서
당사에서 조치할 수는 없으나, 확인해 보니 해당 게시글은 현재 존재하지 않는 페이지입니다.
정확한 처리는 해당 서비스 운영사에 문의해 주시기 바랍니다.

감사합니다.
""")

case(
    name="yt-asks-timestamps",
    from_="legal-kr@google.com", name_from="YouTube Legal KR",
    date=d("2024-09-07 11:09:00"),
    subject="Re: [KCSC-240906-04] Additional information needed [#6620051]",
    reply_to_req=mid("KCSC-240906-04"),
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="help-desk agent setting the ticket to 'pending' and asking the requester for details",
    why="asks for timestamps and the legal basis before acting: asks_more",
    items={Y4[0]: "pending", Y4[1]: "pending"},
    body="""
Hello,

To process your request for https://www.youtube.com/watch?v=Qk7dT2mZp1A and
https://www.youtube.com/watch?v=Lr9xC4bNw0E, could you please provide:

1. the timestamps at which the unlawful content appears in each video, and
2. the specific provision of Korean law that the content violates.

Once we receive this information we will continue our review. This ticket has
been set to "Awaiting your reply".

YouTube Legal Support
""")

case(
    name="naver-solved-no-claims",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date=d("2024-09-15 09:00:00"),
    subject="[네이버 고객센터] 문의 #58420 해결됨",
    outcome="review", review="no_claims",
    imitates="Zendesk solved notice with a generic closing comment and a survey link",
    why="trusted NAVER mail naming no item and no request: no_claims",
    items={},
    body="""
##- 회신하실 때에는 이 줄 위에 내용을 작성해 주세요 -##

문의하신 내용(#58420)이 '해결됨' 상태로 변경되었습니다.

해당 건은 처리가 완료되었습니다. 추가 문의 사항이 있으시면 새 문의를 남겨 주세요.

상담은 만족스러우셨나요? https://help.naver.example/survey/58420
""")

case(
    name="x-conflicting",
    from_="legal-support@x.com", name_from="X Legal",
    date=d("2024-09-10 22:30:15"),
    subject="Re: KCSC-240904-02 Request for removal of unlawful content",
    reply_to_req=mid("KCSC-240904-02"),
    outcome="review", review="conflicting_statements",
    imitates="agent reply assembled from two templates that contradict each other about one post",
    why="post 101 is said to be removed and, two paragraphs later, to remain available: conflicting",
    items={X2[0]: "pending"},
    body="""
Hello,

We have removed https://x.com/quiet_vault_77/status/1831000000000000101 for
violating our rules on private information.

Having reviewed the reported post (https://x.com/quiet_vault_77/status/1831000000000000101),
we found that it does not violate the X Rules, and it remains available.

X Legal
""")

case(
    name="tiktok-under-review-named",
    from_="kr-legal@tiktok.com", name_from="TikTok Legal KR",
    date=d("2024-09-11 15:17:40"),
    subject="[TikTok] Update on ticket #TT-884210 (KCSC-240910-06)",
    reply_to_req=mid("KCSC-240910-06"),
    outcome="review", review="not_understood",
    imitates="ticket status update: escalated to a specialist team, decision to follow",
    why="'escalated', 'under review', 'will be actioned if' are not statements: pending",
    items={TT6[0]: "pending", TT6[1]: "pending"},
    body="""
##- Please type your reply above this line -##

Mina Choi (TikTok Legal KR)
Sep 11, 2024, 15:17 GMT+9

Hello,

Both videos (https://www.tiktok.com/@nightglow.kr/video/7412000000000000001 and
https://www.tiktok.com/@nightglow.kr/video/7412000000000000002) have been escalated
to our specialist team and are under review. They will be actioned if they are
found to breach local law. We'll update this ticket once a decision is made.

Mina
""")

# ======================================================== IGNORED (7)

case(
    name="naver-zendesk-receipt",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date=d("2024-09-02 10:01:12"),
    subject="[네이버 고객센터] 문의가 접수되었습니다 #58117",
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk auto-reply trigger: receipt with ticket number",
    why="pure receipt, no statement",
    items={},
    body="""
##- 회신하실 때에는 이 줄 위에 내용을 작성해 주세요 -##

안녕하세요, 네이버 고객센터입니다.
문의가 접수되었습니다. (문의번호 #58117)
담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.

이 메일에 회신하시면 같은 문의에 내용이 추가됩니다.
""")

case(
    name="x-receipt-echo",
    from_="no-reply@x.com", name_from="X Support",
    date=d("2024-09-04 10:02:40"),
    subject="Case# 0461129837: We received your report [ref:_00D1x2Kq._5004Vb7Yz:ref]",
    reply_to_req=mid("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="acknowledgement",
    imitates="ticket receipt echoing the submitted request (ticket.description placeholder)",
    why="automatic receipt; the URLs are only our own submission echoed back",
    items={X2[0]: "pending", X2[1]: "pending", X2[2]: "pending", X2[3]: "pending"},
    body="""
Hello,

We have received your report and created case number 0461129837. Our team will
review it and respond to you by email. Please do not reply to this message.

Your submission:
----------------------------------------
Reference: KCSC-240904-02
Reported URLs:
https://x.com/quiet_vault_77/status/1831000000000000101
https://x.com/quiet_vault_77/status/1831000000000000245
https://twitter.com/rumor_mill_kr/status/1830555000000000777
https://x.com/rumor_mill_kr
Description: Defamatory posts under Korean law. Please remove.
----------------------------------------

X Support
""")

case(
    name="yt-ooo",
    from_="seoyeon.park@google.com", name_from="Seo-yeon Park",
    date=d("2024-09-13 18:00:02"),
    subject="Automatic reply: Reminder: KCSC-240906-04 overdue",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    outcome="ignored", classification="auto_reply",
    imitates="Gmail/Outlook vacation responder to our reminder",
    why="out-of-office auto-reply",
    items={},
    body="""
Thank you for your email. I am out of the office until Monday 23 September with
limited access to email. For urgent legal removal matters, please reply to the
ticket thread so that a colleague can pick it up.

Seo-yeon Park
""")

case(
    name="tg-dsn",
    from_="MAILER-DAEMON@mail-out.telegram.org", name_from="Mail Delivery System",
    date=d("2024-09-05 10:00:31"),
    subject="Undelivered Mail Returned to Sender",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our request, with the original message attached",
    why="delivery failure report; the URLs are in our own returned request",
    items={T3[0]: "pending", T3[1]: "pending", T3[2]: "pending"},
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b620-tg"

--dsn-b620-tg
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mx.telegram.org[203.0.113.25] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn-b620-tg
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.telegram.org
Arrival-Date: Thu,  5 Sep 2024 10:00:29 +0900 (KST)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b620-tg
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: KCSC-240905-03 Request to remove drug-sale content
Message-ID: <request.KCSC-240905-03@kcsc.example>
Date: Thu, 05 Sep 2024 10:00:00 +0900

We ask you to remove or block the following:
https://t.me/hidden_market_kr
https://t.me/hidden_market_kr/1542
https://t.me/s/palette_leaks/88

--dsn-b620-tg--
""")

case(
    name="naver-mdn",
    from_="sujin.han@navercorp.com", name_from="한수진",
    date=d("2024-09-02 11:14:00"),
    subject="읽음: [KCSC-240902-01] 시정요구",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook-style Korean read receipt (MDN)",
    why="message disposition notification only",
    items={},
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b620-nv"

--mdn-b620-nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지
  받는 사람: 한수진
  제목: [KCSC-240902-01] 시정요구
  보낸 날짜: 2024-09-02 오전 10:00

위 메시지를 2024-09-02 오전 11:14에 읽었습니다.

--mdn-b620-nv
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; sujin.han@navercorp.com
Original-Message-ID: <request.KCSC-240902-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b620-nv--
""")

case(
    name="kakao-ooo-korean",
    from_="jiwoo.kang@kakaocorp.com", name_from="강지우",
    date=d("2024-09-12 10:00:05"),
    subject="[자동회신] Re: [KCSC-240909-05] 요청하신 게시물 처리결과 안내",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재)",
    why="out-of-office auto-reply",
    items={},
    body="""
안녕하세요. 강지우입니다.
추석 연휴로 9월 18일(수)까지 부재 중입니다.
긴급한 건은 카카오 고객센터 문의 채널을 이용해 주시기 바랍니다.
감사합니다.
""")

case(
    name="tiktok-auto-ack",
    from_="kr-legal@tiktok.com", name_from="TikTok Legal KR",
    date=d("2024-09-10 10:01:30"),
    subject="[TikTok] We've received your request (KCSC-240910-06) - ticket #TT-884210",
    reply_to_req=mid("KCSC-240910-06"),
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk-style automatic acknowledgement with ticket number",
    why="pure receipt, no statement about any item",
    items={},
    body="""
Dear Requester,

We would like to acknowledge that we have received your request and a ticket has
been created. Ticket #TT-884210. A member of our team will reply as soon as possible.

To add information, reply to this email and keep the ticket number in the subject.

TikTok Legal KR
""")


HEADER = """# Blind set 620 (ticket systems and threads): expected results, written from
# each email's meaning before any run of the reader. Generated by make.py.
"""


RAW_SUBJECT = {"kakao-tistory-korean-particles", "naver-mobile-and-kin"}


def main():
    write_requests()
    for c in C:
        c["from"] = c.pop("from_")
        # Display names and subjects as RFC 2047 encoded words, as mail
        # clients send them; two subjects stay raw UTF-8 (seen from some
        # Korean mail systems).
        if "name_from" in c and not c["name_from"].isascii():
            c["name_from"] = ew(c["name_from"])
        if not c["subject"].isascii() and c["name"] not in RAW_SUBJECT:
            c["subject"] = ew(c["subject"])
    corpuslib.write_set(HERE, "blind620", HEADER, C)


if __name__ == "__main__":
    main()
