#!/usr/bin/env python3
"""Blind set 278: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
words; expected results were written from each email's meaning alone,
before any run of the reader.

    python3 tests/corpus/blind278/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind278"


def enc(s):
    """RFC 2047-encode a header value that is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------

TG = [
    "https://t.me/lunar_depot_kr/118",
    "https://t.me/lunar_depot_kr/121",
    "https://t.me/lunar_depot_kr/127",
    "https://t.me/mintcellar/9034",
    "https://t.me/mintcellar/9041",
    "https://t.me/mintcellar/9058",
    "https://t.me/quietferry_market/5",
    "https://t.me/quietferry_market/17",
    "https://t.me/orchid_relay/2210",
    "https://t.me/orchid_relay/2244",
    "https://t.me/grey_willow_shop/77",
    "https://t.me/grey_willow_shop/80",
]
XA = [
    "https://x.com/pale_lantern_07/status/1830411122233344556",
    "https://x.com/pale_lantern_07/status/1830419988877766554",
    "https://x.com/ridgeway_deals/status/1830502233445566778",
    "https://twitter.com/ridgeway_deals/status/1830507766554433221",
]
YT = [
    "https://www.youtube.com/watch?v=qZr4TmW8bLk",
    "https://www.youtube.com/watch?v=Hn2vXc9Pd0s",
    "https://www.youtube.com/shorts/Ue7Ka1LmQ3r",
]
NV = [
    "https://blog.naver.com/sunpetal_22/223561204417",
    "https://blog.naver.com/sunpetal_22/223561298830",
    "https://cafe.naver.com/greenhollow/48213",
    "https://cafe.naver.com/greenhollow/48290",
]
TISTORY_RAW = "https://lilacstone.tistory.com/entry/여름-할인-안내"
TISTORY = "https://lilacstone.tistory.com/entry/%EC%97%AC%EB%A6%84-%ED%95%A0%EC%9D%B8-%EC%95%88%EB%82%B4"
KK = [
    "https://cafe.daum.net/moonridge/Gx1k/1532",
    TISTORY,
]
TT = [
    "https://www.tiktok.com/@brisk_orchard/video/7410223344556677889",
    "https://www.tiktok.com/@brisk_orchard/video/7410229988776655443",
    "https://www.tiktok.com/@night_kiln/video/7411002233445566778",
]
XB = ["https://x.com/copperfinch_kr/status/1833100200300400500"]

REQUESTS = [
    ("KCSC-240902-01", "telegram", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00",
     TG, "illegal_drugs", "b278.req01", "largest request: drug-sale channels"),
    ("KCSC-240903-02", "x", "2024-09-03T09:15:00+09:00", "2024-09-10T23:59:59+09:00",
     XA, "illegal_gambling", "b278.req02", "gambling promotion posts"),
    ("KCSC-240904-03", "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     YT, "illegal_gambling", "b278.req03", "casino advert videos"),
    ("KCSC-240905-04", "naver", "2024-09-05T14:20:00+09:00", "2024-09-12T23:59:59+09:00",
     NV, "illegal_gambling", "b278.req04", "blog and cafe posts"),
    ("KCSC-240906-05", "kakao", "2024-09-06T10:05:00+09:00", "2024-09-13T23:59:59+09:00",
     KK, "counterfeit_goods", "b278.req05", "Daum cafe and Tistory posts"),
    ("KCSC-240909-06", "tiktok", "2024-09-09T16:40:00+09:00", "2024-09-16T23:59:59+09:00",
     TT, "illegal_drugs", "b278.req06", "short videos"),
    ("KCSC-240910-07", "x", "2024-09-10T09:50:00+09:00", "2024-09-17T23:59:59+09:00",
     XB, "illegal_drugs", "b278.req07", "single post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def pend(urls):
    return {u: "pending" for u in urls}


def quoted(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))


TG_REQUEST_TEXT = (
    "Dear Telegram,\n\n"
    "Under the Act on Promotion of Information and Communications Network\n"
    "Utilization, the Korea Communications Standards Commission asks you to\n"
    "remove the following content (reference KCSC-240902-01):\n\n"
    + "\n".join(TG) + "\n\n"
    "Please reply to this address with the action taken for each link.\n\n"
    "KCSC Takedown desk"
)

cases = []

# ==========================================================================
# APPLIED
# ==========================================================================

cases.append(dict(
    name="tg-zendesk-solved-first-five",
    from_="dsa@telegram.org", name_from="Telegram Support",
    date="Thu, 05 Sep 2024 12:48:31 +0000",
    subject="[Request #4418207] Re: KCSC-240902-01 removal request (12 links)",
    reply_to_req="b278.req01",
    body="""##- Please type your reply above this line -##

Your request (4418207) has been solved. To reopen this request, reply to this email.

----------------------------------------------

Aleksei V. (Telegram Support)

Sep 5, 2024, 16:48 GMT+4

Hello,

We have reviewed the first part of your report and taken the following action:

https://t.me/lunar_depot_kr/118 - blocked
https://t.me/lunar_depot_kr/121 - blocked
https://t.me/lunar_depot_kr/127 - this message does not exist
https://t.me/mintcellar/9034 - blocked
https://t.me/mintcellar/9041 - no violation of the Telegram Terms of Service found, no action taken

The remaining links from your report are being handled in a separate ticket.

Kind regards,
Aleksei

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 05:31 GMT+4

""" + TG_REQUEST_TEXT + """

----------------------------------------------

This email is a service from Telegram Support. [N2K8R1-QX4P]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification with the ticket history below (Telegram abuse desk)",
    why="agent's list states five items; the ticket history below repeats our own request (no statuses), the other seven stay pending",
    items={**pend(TG), TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found",
           TG[3]: "removed", TG[4]: "rejected"},
))

cases.append(dict(
    name="tg-followup-remaining-over-quote",
    from_="dsa@telegram.org", name_from="Telegram Support",
    date="Mon, 09 Sep 2024 08:02:11 +0000",
    subject="Re: [Request #4418207] Re: KCSC-240902-01 removal request (12 links)",
    reply_to_req="b278.req01",
    body="""Hello again,

Here is the outcome for the other links of KCSC-240902-01:

* https://t.me/quietferry_market/5 — blocked
* https://t.me/quietferry_market/17 — blocked
* https://t.me/orchid_relay/2210 — removed together with the channel
* https://t.me/orchid_relay/2244 — removed together with the channel
* https://t.me/grey_willow_shop/77 — not actioned, the post does not breach our Terms of Service
* https://t.me/grey_willow_shop/80 — not actioned, the post does not breach our Terms of Service

Best regards,
Telegram Support

On Thu, 5 Sep 2024 at 16:48, Telegram Support <dsa@telegram.org> wrote:
> Hello,
>
> We have reviewed the first part of your report and taken the following action:
>
> https://t.me/lunar_depot_kr/118 - blocked
> https://t.me/lunar_depot_kr/121 - blocked
> https://t.me/lunar_depot_kr/127 - this message does not exist
>
> The remaining links from your report are being handled in a separate ticket.
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up agent reply in the same Zendesk thread, Gmail-style quote of the earlier answer",
    why="six bulleted statements above the quote; the quoted earlier answer changes nothing on a fresh ledger",
    items={TG[6]: "removed", TG[7]: "removed", TG[8]: "removed", TG[9]: "removed",
           TG[10]: "rejected", TG[11]: "rejected",
           TG[0]: "pending", TG[1]: "pending", TG[2]: "pending"},
))

cases.append(dict(
    name="x-reminder-reply-top-posted",
    from_="legal@x.com", name_from="X Legal",
    date="Mon, 16 Sep 2024 06:41:09 +0000",
    subject="Re: Reminder: KCSC-240903-02 - response overdue",
    body="""Hello KCSC team,

Apologies for the delay. The status of each post is below.

https://x.com/pale_lantern_07/status/1830411122233344556
Withheld in South Korea

https://x.com/pale_lantern_07/status/1830419988877766554
Withheld in South Korea

https://x.com/ridgeway_deals/status/1830502233445566778
Removed - violation of the X Rules (illegal or certain regulated goods or services)

https://twitter.com/ridgeway_deals/status/1830507766554433221
No action taken - we did not find a violation of the X Rules or of applicable local law

Regards,
X Legal

On Mon, Sep 16, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> On 3 September we asked you to remove four posts (KCSC-240903-02). We
> have not received an answer, and the following posts are still online:
>
> https://x.com/pale_lantern_07/status/1830411122233344556
> https://x.com/pale_lantern_07/status/1830419988877766554
> https://x.com/ridgeway_deals/status/1830502233445566778
> https://twitter.com/ridgeway_deals/status/1830507766554433221
>
> Please tell us what action was taken.
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="X legal desk answering a regulator's reminder, top-posted over the quoted reminder",
    why="bare URL with its status on the next line, four items, mixed statuses",
    items={XA[0]: "restricted", XA[1]: "restricted", XA[2]: "removed", XA[3]: "rejected"},
))

cases.append(dict(
    name="x-jira-comment-one-withheld",
    from_="jira@legalrequests.x.com", name_from="X Corp. Legal Service Desk",
    date="Thu, 05 Sep 2024 02:17:40 +0000",
    subject="LGL-20931 KCSC-240903-02 Korean regulator removal request",
    reply_to_req="b278.req02",
    body="""—-—-—-—
Reply above this line.

Dana Whitfield commented:

Hi there,

We've reviewed your request. The post https://x.com/pale_lantern_07/status/1830411122233344556 has been withheld in South Korea.

We are still looking into the remaining URLs and will add a comment here once we have an answer.

Dana

View request · Turn off this request's notifications
https://legalrequests.x.com/servicedesk/customer/portal/3/LGL-20931

This is shared with KCSC Takedown.

Help Center, powered by Jira Service Management, sent you this message.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'commented' customer notification",
    why="one item withheld in Korea; the portal link is not an item; the promise about the rest names nothing",
    items={XA[0]: "restricted"},
))

yt_table_text = """Hello,

Thank you for contacting YouTube. Our team has reviewed the videos in your request KCSC-240904-03.

https://www.youtube.com/watch?v=qZr4TmW8bLk : removed (Community Guidelines)
https://www.youtube.com/watch?v=Hn2vXc9Pd0s : age-restricted
https://www.youtube.com/shorts/Ue7Ka1LmQ3r : not removed - no violation of our policies or of local law found

Conversation #88123 - reply to this email to continue the conversation.
YouTube Legal Support
"""
yt_table_html = """<html><body>
<p>Hello,</p>
<p>Thank you for contacting YouTube. Our team has reviewed the videos in your request KCSC-240904-03.</p>
<table border="1" cellpadding="4">
<tr><th>Video</th><th>Outcome</th></tr>
<tr><td><a href="https://www.youtube.com/watch?v=qZr4TmW8bLk">https://www.youtube.com/watch?v=qZr4TmW8bLk</a></td><td>Removed (Community Guidelines)</td></tr>
<tr><td><a href="https://www.youtube.com/watch?v=Hn2vXc9Pd0s">https://www.youtube.com/watch?v=Hn2vXc9Pd0s</a></td><td>Age-restricted</td></tr>
<tr><td><a href="https://www.youtube.com/shorts/Ue7Ka1LmQ3r">https://www.youtube.com/shorts/Ue7Ka1LmQ3r</a></td><td>Not removed &ndash; no violation of our policies or of local law found</td></tr>
</table>
<p style="color:#888">Conversation #88123 &middot; reply to this email to continue the conversation.<br>YouTube Legal Support</p>
</body></html>
"""
cases.append(dict(
    name="yt-helpscout-html-table",
    from_="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 03:12:55 +0000",
    subject="Re: KCSC-240904-03 Request for removal [#88123]",
    reply_to_req="b278.req03",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="hs-alt-88123"

--hs-alt-88123
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{yt_table_text}
--hs-alt-88123
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{yt_table_html}
--hs-alt-88123--
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style conversation reply with plain and HTML table parts (YouTube legal)",
    why="three videos: removed, age-restricted, refused with a reason",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected"},
))

cases.append(dict(
    name="naver-cs-answer-four-items",
    from_="help@navercorp.com", name_from=enc("네이버 고객센터"),
    date="Tue, 10 Sep 2024 07:30:02 +0000",
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240905-04)"),
    reply_to_req="b278.req04",
    body="""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240905-04)의 처리 결과를 안내드립니다.

1) https://blog.naver.com/sunpetal_22/223561204417
 → 게시중단 처리되었습니다.
2) https://blog.naver.com/sunpetal_22/223561298830
 → 임시조치(30일) 되었습니다.
3) https://cafe.naver.com/greenhollow/48213
 → 작성자가 이미 삭제한 게시물입니다.
4) https://cafe.naver.com/greenhollow/48290
 → 검토 결과 운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다.

추가 문의는 고객센터(https://help.naver.com/inquiry/kcsc)를 이용해 주세요.
본 메일은 발신 전용입니다.

접수번호: 2409-0510-7721
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 메일 (numbered 처리 결과 with an arrow line per item)",
    why="게시중단 removed, 임시조치 restricted, already deleted by the author not_found, kept after review rejected",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "not_found", NV[3]: "rejected"},
))

cases.append(dict(
    name="kakao-result-korean-path-particle",
    from_="cs@kakaocorp.com", name_from=enc("카카오 고객센터"),
    date="Wed, 11 Sep 2024 05:03:44 +0000",
    subject=enc("[카카오] 게시물 조치 결과 안내 (KCSC-240906-05)"),
    reply_to_req="b278.req05",
    body=f"""안녕하세요, 카카오 고객센터입니다.
요청번호 KCSC-240906-05 관련 처리 결과를 아래와 같이 알려드립니다.

- 티스토리 게시글 <{TISTORY_RAW}>: 블라인드 처리 완료
- 다음카페 게시글 https://cafe.daum.net/moonridge/Gx1k/1532는 국내 접속이 차단되었습니다.

문의번호 #K-66120913 으로 회신 주시면 같은 담당자가 확인합니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 처리 결과 안내 (Tistory 블라인드, Daum cafe 접속 차단)",
    why="raw Korean path in angle brackets is the percent-encoded Tistory item (블라인드 removed); the Daum URL followed by the particle 는 is restricted",
    items={TISTORY: "removed", KK[0]: "restricted"},
))

tt_csv = """url,action,notes
https://www.tiktok.com/@brisk_orchard/video/7410223344556677889,Removed,Violation of Community Guidelines
https://www.tiktok.com/@brisk_orchard/video/7410229988776655443,Restricted in KR,Local law
https://www.tiktok.com/@night_kiln/video/7411002233445566778,Not found,Video no longer available at the time of review
"""
cases.append(dict(
    name="tiktok-freshdesk-csv-attachment",
    from_="regulatory-kr@tiktok.com", name_from="TikTok Regulatory Affairs",
    date="Thu, 12 Sep 2024 09:20:18 +0000",
    subject="[#88240] Re: KCSC-240909-06 removal request - outcome",
    reply_to_req="b278.req06",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fd-mix-88240"

--fd-mix-88240
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear KCSC,

The outcome for each URL in request KCSC-240909-06 is in the attached file.

Ticket #88240 has been marked as resolved. If you reply to this email the
ticket will be reopened.

TikTok Regulatory Affairs
--fd-mix-88240
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-06_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240909-06_outcome.csv"
Content-Transfer-Encoding: base64

{b64(tt_csv)}
--fd-mix-88240--
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' reply with a per-URL outcome CSV attached (TikTok)",
    why="CSV rows: removed, restricted in KR, not found",
    items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "not_found"},
))

cases.append(dict(
    name="x-single-item-case-closed",
    from_="support@x.com", name_from="X Support",
    date="Thu, 12 Sep 2024 14:55:00 +0000",
    subject="Re: KCSC-240910-07 request for removal [ref:_00D3x1Kc9:ref]",
    reply_to_req="b278.req07",
    body="""Hello,

Thank you for your report. We have reviewed the reported post and removed it for violating the X Rules.

Your case is now closed. If you reply to this message a new case will be opened.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="Salesforce-style 'your case has been closed' reply (X support)",
    why="one-item request, a plain unhedged statement that the reported post was removed",
    items={XB[0]: "removed"},
))

tg_qp_text = """Hi,

Re: KCSC-240902-01 (your reminder of 11 September)

The message https://t.me/mintcellar/9058 has been blocked for violating Telegram’s Terms of Service on the sale of illegal substances. The post https://t.me/grey_willow_shop/77 was taken down as well after a second look by our moderators.

— Telegram Support
"""
cases.append(dict(
    name="tg-quoted-printable-two",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 10:11:12 +0000",
    subject="Re: Reminder KCSC-240902-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(tg_qp_text)}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply to a reminder, quoted-printable body with soft line breaks",
    why="two items in prose: blocked (removed) and taken down (removed)",
    items={TG[5]: "removed", TG[10]: "removed"},
))

yt_b64_text = """Hello,

Thanks for reaching out. After review of your request KCSC-240904-03:

- https://www.youtube.com/watch?v=Hn2vXc9Pd0s has been actioned under our policies.
- https://www.youtube.com/shorts/Ue7Ka1LmQ3r: we have blocked access to this content in South Korea on the basis of local law.

The YouTube Legal Team
"""
cases.append(dict(
    name="yt-base64-actioned-and-geo",
    from_="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 01:44:30 +0000",
    subject="KCSC-240904-03: update",
    reply_to_req="b278.req03",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(yt_b64_text)}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals reply, base64-encoded plain body",
    why="'actioned under our policies' (the configured YouTube phrase) removed; blocked in South Korea restricted",
    items={YT[1]: "removed", YT[2]: "restricted"},
))

cases.append(dict(
    name="naver-echoed-report-result",
    from_="noreply-right@navercorp.com", name_from=enc("네이버 권리보호센터"),
    date="Wed, 11 Sep 2024 02:20:00 +0000",
    subject=enc("[네이버] 게시중단 요청 처리 결과 안내"),
    body="""안녕하세요, 네이버 권리보호센터입니다.

접수하신 게시중단 요청의 처리 결과를 알려드립니다.

■ 접수 내용
- 요청 기관: 방송통신심의위원회
- 요청번호: KCSC-240905-04
- 요청 사유: 불법 도박 광고 게시물 삭제 요청

■ 처리 결과
- 대상 URL: https://blog.naver.com/sunpetal_22/223561298830
  처리 결과: 게시중단
- 대상 URL: https://cafe.naver.com/greenhollow/48290
  처리 결과: 삭제

처리 결과에 이의가 있으신 경우 https://right.naver.com/help 에서 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 요청 처리 결과 (echoes the submitted report, then the result per URL)",
    why="the echoed 요청 사유 is our text; the 처리 결과 lines state removed for both URLs",
    items={NV[1]: "removed", NV[3]: "removed"},
))

cases.append(dict(
    name="tg-status-line-below-url",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Wed, 04 Sep 2024 17:35:21 +0000",
    subject="Your report KCSC-240902-01",
    reply_to_req="b278.req01",
    body="""Hello,

We've processed the following links from your report KCSC-240902-01.

https://t.me/lunar_depot_kr/118
Status: Blocked

https://t.me/quietferry_market/5
Status: Not found

https://t.me/quietferry_market/17
Status: Blocked (channel terminated)

Other links are still in the queue.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk status list (URL, then 'Status:' line)",
    why="three items with the status on the line below each URL",
    items={TG[0]: "removed", TG[6]: "not_found", TG[7]: "removed"},
))

cases.append(dict(
    name="x-statement-then-url-below",
    from_="legal@x.com", name_from="X Legal",
    date="Sat, 07 Sep 2024 00:05:47 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req="b278.req02",
    body="""Hello,

In response to your request KCSC-240903-02, we have withheld the following post in South Korea:
https://x.com/ridgeway_deals/status/1830502233445566778

We reviewed the following post and determined that it does not violate the X Rules; it remains available:
https://twitter.com/ridgeway_deals/status/1830507766554433221

For more on country-withheld content see https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice with the statement above the URL",
    why="statement ending in ':' then the URL on the next line: restricted, rejected; the help link is not an item",
    items={XA[2]: "restricted", XA[3]: "rejected"},
))

cases.append(dict(
    name="yt-outlook-one-of-three",
    from_="jisoo.han@google.com", name_from="Jisoo Han",
    date="Fri, 06 Sep 2024 08:26:13 +0000",
    subject="RE: KCSC-240904-03 Request for removal of illegal content",
    reply_to_req="b278.req03",
    body="""Hi KCSC team,

We removed the video https://www.youtube.com/watch?v=qZr4TmW8bLk under our Community Guidelines on 5 September. The other two links in your request are still with our reviewers; we will follow up separately.

Best,
Jisoo
YouTube Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:00 AM
To: legal-kr@google.com
Subject: KCSC-240904-03 Request for removal of illegal content

Dear YouTube,

The Korea Communications Standards Commission asks you to remove the
following videos (reference KCSC-240904-03):

https://www.youtube.com/watch?v=qZr4TmW8bLk
https://www.youtube.com/watch?v=Hn2vXc9Pd0s
https://www.youtube.com/shorts/Ue7Ka1LmQ3r

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over '-----Original Message-----' (YouTube trust & safety employee)",
    why="one removal stated above the quote; the two other videos are still under review (pending)",
    items={YT[0]: "removed", YT[1]: "pending", YT[2]: "pending"},
))

cases.append(dict(
    name="tiktok-dsa-statement-of-reasons",
    from_="dsa-notices@tiktok.com", name_from="TikTok",
    date="Wed, 11 Sep 2024 11:00:09 +0000",
    subject="Statement of reasons - KCSC-240909-06",
    body="""Notice of action taken

Reference: KCSC-240909-06
Content: https://www.tiktok.com/@night_kiln/video/7411002233445566778
Decision: the video has been removed
Ground for decision: violation of the TikTok Community Guidelines (regulated goods and commercial activities)
Territorial scope: global
Automated means used in detection: no
Automated means used in the decision: no

How to seek redress: the notifier may ask us to review this decision at https://www.tiktok.com/legal/report/appeal within six months.

TikTok Technology Limited
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (TikTok-style field list)",
    why="'Decision: the video has been removed', global scope",
    items={TT[2]: "removed"},
))

cases.append(dict(
    name="tg-receipt-with-result",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Mon, 02 Sep 2024 09:12:40 +0000",
    subject="Ticket 4420915 received - KCSC-240902-01",
    reply_to_req="b278.req01",
    body="""Thank you for your report. Your ticket number is 4420915.

The following message had already been blocked by our moderators before your report reached us:
https://t.me/orchid_relay/2244

We will get back to you about the other links.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system receipt that also reports an action already taken",
    why="receipt wording plus an unhedged item-level statement is not a pure acknowledgement",
    items={TG[9]: "removed"},
))

naver_html = """<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240905-04)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>https://blog.naver.com/sunpetal_22/223561204417</td><td>삭제</td><td>2024.09.09</td></tr>
<tr><td>2</td><td>https://cafe.naver.com/greenhollow/48213</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>3</td><td>https://blog.naver.com/sunpetal_22/223561298830</td><td>임시조치</td><td>2024.09.09</td></tr>
</table>
<p>나머지 1건은 검토 후 별도 회신드리겠습니다.</p>
<p>NAVER 정책지원팀 드림</p>
</body></html>
"""
cases.append(dict(
    name="naver-html-table-qp",
    from_="policy@navercorp.com", name_from=enc("NAVER 정책지원팀"),
    date="Mon, 09 Sep 2024 08:40:00 +0000",
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240905-04 조치결과 회신"),
    reply_to_req="b278.req04",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(naver_html)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 with an HTML table, quoted-printable",
    why="table rows: 삭제 removed, 게시물 없음(작성자 삭제) not_found, 임시조치 restricted; the fourth item is not named",
    items={NV[0]: "removed", NV[2]: "not_found", NV[1]: "restricted"},
))

cases.append(dict(
    name="x-internal-forward-with-answer",
    from_="mquinn@x.com", name_from="Mara Quinn",
    date="Thu, 12 Sep 2024 07:15:33 +0000",
    subject="Fwd: KCSC-240903-02 item 2",
    reply_to_req="b278.req02",
    body="""Hi KCSC,

Our Korea policy team confirmed the outcome below: https://x.com/pale_lantern_07/status/1830419988877766554 is now withheld in South Korea.

Thanks,
Mara Quinn
X Legal

---------- Forwarded message ---------
From: Joon Park <jpark@x.com>
Date: Thu, Sep 12, 2024 at 3:10 PM
Subject: KCSC-240903-02 item 2
To: Mara Quinn <mquinn@x.com>

Withheld in KR as of today for 1830419988877766554, you can close the loop with the regulator.
""",
    outcome="applied", classification="confirmation",
    imitates="platform employee forwarding an internal colleague's note, with her own statement on top",
    why="the statement above the forwarded part is X's own (X domain, authenticated): restricted",
    items={XA[1]: "restricted"},
))

cases.append(dict(
    name="kakao-followup-missing-item",
    from_="cs@kakaocorp.com", name_from=enc("카카오 고객센터"),
    date="Thu, 12 Sep 2024 06:22:10 +0000",
    subject=enc("Re: [카카오] 게시물 조치 결과 안내 (KCSC-240906-05)"),
    reply_to_req="b278.req05",
    body=f"""안녕하세요, 카카오 고객센터입니다.

지난 답변에서 안내가 누락된 건에 대해 추가로 알려드립니다.
https://cafe.daum.net/moonridge/Gx1k/1532 게시글은 카페 운영정책 위반으로 삭제 조치되었습니다.

감사합니다.

2024년 9월 11일 (수) 오후 2:03, 카카오 고객센터 <cs@kakaocorp.com>님이 작성:
> 안녕하세요, 카카오 고객센터입니다.
> {TISTORY_RAW} 게시글은 블라인드 처리되었습니다.
> 다음카페 게시글은 확인 후 별도로 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao follow-up in the same thread (Korean Gmail quote header '…님이 작성:')",
    why="Daum cafe post removed above the quote; the quoted Tistory statement does not count",
    items={KK[0]: "removed", TISTORY: "pending"},
))

cases.append(dict(
    name="tg-numbered-reminder-answer",
    from_="dsa@telegram.org", name_from="Telegram Support",
    date="Fri, 13 Sep 2024 13:01:58 +0000",
    subject="Re: Reminder - KCSC-240902-01 outstanding items",
    body="""Dear KCSC,

Thank you for your reminder regarding KCSC-240902-01. This is the current state of the links you listed:

1. https://t.me/mintcellar/9034 – blocked on 6 September.
2. https://t.me/mintcellar/9041 – blocked on 12 September after a second review.
3. https://t.me/lunar_depot_kr/127 – the channel owner deleted this message before our review.
4. https://t.me/grey_willow_shop/80 – reviewed; this post does not violate our Terms of Service and remains available.

Kind regards,
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram answer to a reminder, numbered list with en dashes",
    why="blocked, blocked, deleted by its owner (not_found), no violation (rejected)",
    items={TG[3]: "removed", TG[4]: "removed", TG[2]: "not_found", TG[11]: "rejected"},
))

cases.append(dict(
    name="yt-gmail-quote-one-refused",
    from_="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 06:30:00 +0000",
    subject="Re: KCSC-240904-03 videos still online",
    reply_to_req="b278.req03",
    body="""Hello,

We've looked at https://www.youtube.com/watch?v=Hn2vXc9Pd0s again after your message. We did not find a violation of our Community Guidelines or of applicable local law, so the video stays up.

Kind regards,
YouTube Legal Support

On Fri, Sep 13, 2024 at 9:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube,
>
> Regarding KCSC-240904-03, the following videos are still online:
> https://www.youtube.com/watch?v=Hn2vXc9Pd0s
> https://www.youtube.com/shorts/Ue7Ka1LmQ3r
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal refusal replying over our quoted reminder (Gmail quoting)",
    why="one refusal with its reason above the quote; the other quoted video stays pending",
    items={YT[1]: "rejected", YT[2]: "pending"},
))

cases.append(dict(
    name="tiktok-zendesk-solved-three",
    from_="safety-support@tiktok.com", name_from="TikTok Trust & Safety",
    date="Wed, 11 Sep 2024 08:14:27 +0000",
    subject="[TikTok] Your request (5528841) has been solved",
    reply_to_req="b278.req06",
    body="""##- Please type your reply above this line -##

Your request (5528841) has been solved. To reopen this request, reply to this email.

TikTok Trust & Safety
Sep 11, 2024, 08:14 UTC

Hello,

We reviewed the videos reported under KCSC-240909-06 and took the following action:

• https://www.tiktok.com/@brisk_orchard/video/7410223344556677889 — removed
• https://www.tiktok.com/@brisk_orchard/video/7410229988776655443 — removed
• https://www.tiktok.com/@night_kiln/video/7411002233445566778 — no violation found; the video remains on TikTok

Regards,
TikTok Trust & Safety

This email is a service from TikTok Trust & Safety. [7QKD2-LL9M0]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification (TikTok trust & safety)",
    why="bulleted list: removed, removed, rejected",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "rejected"},
))

cases.append(dict(
    name="naver-reminder-fullwidth-paren",
    from_="policy@navercorp.com", name_from=enc("NAVER 정책지원팀"),
    date="Fri, 13 Sep 2024 01:50:12 +0000",
    subject=enc("RE: [독촉] KCSC-240905-04 처리 결과 회신 요청"),
    body="""안녕하세요. NAVER 정책지원팀입니다.

독촉 메일(KCSC-240905-04) 잘 받았습니다. 회신이 늦어져 죄송합니다.
카페 게시물（https://cafe.naver.com/greenhollow/48290）은 9월 12일자로 블라인드 처리가 완료되었습니다.
나머지 게시물은 검토가 끝나는 대로 다시 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply to a regulator's reminder (독촉), URL inside full-width parentheses",
    why="블라인드 처리 완료 is removed; the promise about the rest names nothing",
    items={NV[3]: "removed"},
))

cases.append(dict(
    name="x-angle-bracket-wrapped-url",
    from_="support@x.com", name_from="X Support",
    date="Sun, 08 Sep 2024 19:44:02 +0000",
    subject="Re: Case 0193-4471 KCSC-240903-02",
    reply_to_req="b278.req02",
    body="""Hello,

Thank you for your report. After review we removed the following post for violating the X Rules:
<https://x.com/ridgeway_deals/status/
1830502233445566778>

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="support reply whose mail client wrapped a URL inside angle brackets",
    why="the angle-bracketed URL continues on the next line; removed",
    items={XA[2]: "removed"},
))

cases.append(dict(
    name="tiktok-helpscout-update-two",
    from_="regulatory-kr@tiktok.com", name_from="TikTok Regulatory Affairs",
    date="Fri, 13 Sep 2024 03:03:03 +0000",
    subject="Re: [#88240] KCSC-240909-06 follow-up",
    reply_to_req="b278.req06",
    body="""Hi,

Following up on our previous message in this conversation:

- https://www.tiktok.com/@brisk_orchard/video/7410229988776655443 was restricted in South Korea on 10 September and has now been removed globally.
- https://www.tiktok.com/@night_kiln/video/7411002233445566778 could not be found; there is no video at this link.

Best,
Min-ji Seo
TikTok Regulatory Affairs

> On 12 Sep 2024, at 18:20, TikTok Regulatory Affairs <regulatory-kr@tiktok.com> wrote:
>
> The outcome for each URL in request KCSC-240909-06 is in the attached file.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style follow-up reply in the same conversation (Apple Mail quote)",
    why="the current status of the first is removed (was restricted, now removed globally); the second cannot be found",
    items={TT[1]: "removed", TT[2]: "not_found"},
))

# ==========================================================================
# REVIEW
# ==========================================================================

cases.append(dict(
    name="tg-escalated-will-be-removed",
    from_="dsa@telegram.org", name_from="Telegram Support",
    date="Tue, 03 Sep 2024 10:40:00 +0000",
    subject="[Request #4418207] KCSC-240902-01 escalated",
    reply_to_req="b278.req01",
    body="""Hello,

Your report KCSC-240902-01 has been escalated to our moderation team. The following messages will be removed once our moderators have verified them:

https://t.me/mintcellar/9058
https://t.me/grey_willow_shop/80

We will notify you when the process is complete.

Telegram Support
""",
    outcome="review", review="not_understood",
    imitates="ticket 'escalated' update with a promise of removal",
    why="a promise ('will be removed once verified') is not a statement; names items so it needs a person",
    items={TG[5]: "pending", TG[11]: "pending"},
))

cases.append(dict(
    name="x-jira-hedge-and-under-review",
    from_="jira@legalrequests.x.com", name_from="X Corp. Legal Service Desk",
    date="Tue, 10 Sep 2024 04:25:10 +0000",
    subject="LGL-20931 KCSC-240903-02 Korean regulator removal request",
    reply_to_req="b278.req02",
    body="""—-—-—-—
Reply above this line.

Dana Whitfield commented:

Quick update on LGL-20931 (KCSC-240903-02):
- https://x.com/pale_lantern_07/status/1830419988877766554 appears to have been deleted by the account holder already.
- https://x.com/ridgeway_deals/status/1830502233445566778 is still under review with our Korea team.

I'll update this request as soon as I hear back.

View request · Turn off this request's notifications
https://legalrequests.x.com/servicedesk/customer/portal/3/LGL-20931
""",
    outcome="review", review="not_understood",
    imitates="Jira Service Management comment notification with a hedge and an 'under review'",
    why="'appears to have been deleted' is a hedge and 'under review' no statement: both pending",
    items={XA[1]: "pending", XA[2]: "pending"},
))

cases.append(dict(
    name="tg-solved-all-content-bulk",
    from_="dsa@telegram.org", name_from="Telegram Support",
    date="Sat, 14 Sep 2024 09:09:09 +0000",
    subject="[Request #4421188] Re: KCSC-240902-01",
    reply_to_req="b278.req01",
    body="""##- Please type your reply above this line -##

Your request (4421188) has been solved. To reopen this request, reply to this email.

Telegram Support

Hello,

All of the content reported in your request KCSC-240902-01 has been blocked.

Kind regards,
Telegram Support
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'solved' notification with a one-line blanket answer",
    why="a blanket statement for a twelve-item request names no item: bulk, all pending",
    items=pend(TG),
))

cases.append(dict(
    name="naver-all-four-bulk-korean",
    from_="policy@navercorp.com", name_from=enc("NAVER 정책지원팀"),
    date="Tue, 10 Sep 2024 00:30:45 +0000",
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240905-04"),
    reply_to_req="b278.req04",
    body="""안녕하세요. NAVER 정책지원팀입니다.

요청하신 게시물 4건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="short Korean portal reply: 요청하신 게시물 모두 게시중단",
    why="'all four' without naming them, for a four-item request: bulk",
    items=pend(NV),
))

cases.append(dict(
    name="x-dmarc-fail-removed",
    from_="legal@x.com", name_from="X Legal", auth="fail",
    date="Fri, 13 Sep 2024 22:10:00 +0000",
    subject="Re: KCSC-240910-07",
    reply_to_req="b278.req07",
    body="""Hello,

The post https://x.com/copperfinch_kr/status/1833100200300400500 has been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply whose DKIM/DMARC failed (e.g. after a relay rewrote it)",
    why="platform domain failing authentication: untrusted, nothing applied",
    items={XB[0]: "pending"},
))

cases.append(dict(
    name="tiktok-zendesk-vendor-domain",
    from_="support@tiktoksafety.zendesk.com", name_from="TikTok Safety",
    date="Thu, 12 Sep 2024 12:12:12 +0000",
    subject="[TikTok Safety] Your request #5530012 has been solved",
    reply_to_req="b278.req06",
    body="""##- Please type your reply above this line -##

Your request (5530012) has been solved.

Hello,

We removed https://www.tiktok.com/@brisk_orchard/video/7410229988776655443 for violating our Community Guidelines.

TikTok Safety
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the help-desk vendor's domain instead of the platform's",
    why="zendesk.com is no platform's sender domain: unknown sender, even though it is branded TikTok",
    items={TT[1]: "pending"},
))

cases.append(dict(
    name="staff-fwd-youtube-reply",
    from_="hana.kim@kcsc.example", name_from="Kim Hana",
    date="Mon, 16 Sep 2024 00:45:00 +0000",
    subject="Fwd: Re: KCSC-240904-03",
    body="""For the ledger: YouTube answered to my own address instead of the desk.

Hana

---------- Forwarded message ---------
From: YouTube Legal Support <legal-kr@google.com>
Date: Sun, Sep 15, 2024 at 4:10 PM
Subject: Re: KCSC-240904-03
To: Kim Hana <hana.kim@kcsc.example>

Hello,

The video https://www.youtube.com/shorts/Ue7Ka1LmQ3r has been removed.

YouTube Legal Support
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="a colleague forwarding a platform's answer into the desk mailbox (Gmail forward)",
    why="the statement is inside a forward by our own staff; the original's authentication cannot be checked",
    items={YT[2]: "pending"},
))

cases.append(dict(
    name="yt-asks-timestamps",
    from_="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 05:55:55 +0000",
    subject="Re: KCSC-240904-03 Request for removal [#88123]",
    reply_to_req="b278.req03",
    body="""Hello,

Thank you for your request KCSC-240904-03. To proceed with https://www.youtube.com/watch?v=qZr4TmW8bLk we need more information: please tell us the timestamp(s) at which the content you consider unlawful appears, and the provision of Korean law it breaks.

You can reply directly to this email.

Conversation #88123
YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Help Scout-style reply asking the requester for timestamps and legal basis",
    why="the platform asks us for information; nothing stated about the video",
    items={YT[0]: "pending"},
))

cases.append(dict(
    name="google-search-delisting-x-url",
    from_="legal-kr@google.com", name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 09:00:00 +0000",
    subject="Re: KCSC-240903-02 [7-2164000031829]",
    body="""Hello,

In response to your request KCSC-240903-02, we have removed the following URL from Google Search results for users in South Korea:

https://x.com/pale_lantern_07/status/1830411122233344556

Please note that removing a URL from Google Search does not remove the content from the website that hosts it.

Google Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="Google legal removals answer about delisting a third-party URL from Search",
    why="google.com is YouTube's domain here, stating an action on an X item: wrong platform",
    items={XA[0]: "pending"},
))

cases.append(dict(
    name="tg-csat-survey",
    from_="dsa@telegram.org", name_from="Telegram Support",
    date="Tue, 17 Sep 2024 12:00:00 +0000",
    subject="How would you rate the support you received?",
    body="""Hello KCSC Takedown,

We'd love to hear what you think of our customer service. Please take a moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://telegram.org/support/satisfaction/8fJ2kQ/good

Bad, I'm unsatisfied
https://telegram.org/support/satisfaction/8fJ2kQ/bad

Here's a reminder of what your request was about: request #4418207.

Telegram Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey email",
    why="trusted platform mail that names no item and no KCSC request: no claims (not one of the ignorable kinds)",
    items={},
))

cases.append(dict(
    name="kakao-rereview-promise",
    from_="cs@kakaocorp.com", name_from=enc("카카오 고객센터"),
    date="Fri, 13 Sep 2024 04:44:00 +0000",
    subject=enc("Re: [카카오] 문의 #K-66120913 재검토 안내"),
    reply_to_req="b278.req05",
    body=f"""안녕하세요, 카카오 고객센터입니다.

회신 주신 내용(KCSC-240906-05) 확인하였습니다.
{TISTORY_RAW} 게시글은 담당 부서에서 다시 검토하고 있으며, 검토 결과에 따라 조치될 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao reopened-ticket answer: 재검토 중, 조치될 예정",
    why="under re-review and a conditional future action: no statement; names the Tistory item",
    items={TISTORY: "pending"},
))

cases.append(dict(
    name="tiktok-conditional-removal",
    from_="regulatory-kr@tiktok.com", name_from="TikTok Regulatory Affairs",
    date="Tue, 10 Sep 2024 02:02:02 +0000",
    subject="Re: [#88240] KCSC-240909-06",
    reply_to_req="b278.req06",
    body="""Dear KCSC,

Thanks for your report KCSC-240909-06. If our review confirms that https://www.tiktok.com/@night_kiln/video/7411002233445566778 breaks our Community Guidelines or local law, the video will be removed and we will let you know.

TikTok Regulatory Affairs
""",
    outcome="review", review="not_understood",
    imitates="Freshdesk agent reply with a conditional promise",
    why="a condition and a promise, no statement",
    items={TT[2]: "pending"},
))

# ==========================================================================
# IGNORED
# ==========================================================================

cases.append(dict(
    name="tg-zendesk-receipt",
    from_="dsa@telegram.org", name_from="Telegram Support",
    date="Mon, 02 Sep 2024 01:31:40 +0000",
    subject="[Request #4418207] KCSC-240902-01 removal request (12 links)",
    reply_to_req="b278.req01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (4418207) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from Telegram Support. [N2K8R1-QX4P]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' automatic notification",
    why="pure receipt: no item, no statement",
    items={},
))

cases.append(dict(
    name="x-out-of-office",
    from_="mquinn@x.com", name_from="Mara Quinn",
    date="Mon, 16 Sep 2024 01:00:05 +0000",
    subject="Automatic reply: Reminder: KCSC-240903-02 - response overdue",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm out of the office until 23 September with limited access to email.

For urgent legal requests please write to legal@x.com.

Mara Quinn
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
))

naver_dsn = """Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b278-7f2"

--dsn-b278-7f2
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@navercorp.com>: host store.navercorp.com[203.0.113.45] said:
    550 5.1.1 <policy-kr@navercorp.com>: Recipient address rejected:
    User unknown in local recipient table

--dsn-b278-7f2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.navercorp.com
Arrival-Date: Thu, 12 Sep 2024 10:00:03 +0900 (KST)

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; store.navercorp.com
Diagnostic-Code: smtp; 550 5.1.1 <policy-kr@navercorp.com>: Recipient address
    rejected: User unknown in local recipient table

--dsn-b278-7f2
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: [Reminder] KCSC-240905-04 outstanding items
Date: Thu, 12 Sep 2024 10:00:00 +0900
Message-ID: <reminder.KCSC-240905-04.1@kcsc.example>

--dsn-b278-7f2--
"""
cases.append(dict(
    name="naver-dsn-user-unknown",
    from_="MAILER-DAEMON@mx3.navercorp.com", name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 01:00:04 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=naver_dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) for our reminder, headers of the original only",
    why="delivery status notification",
    items={},
))

yt_mdn = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b278-31"

--mdn-b278-31
Content-Type: text/plain; charset=utf-8

Return receipt

Your message

  To:      legal-kr@google.com
  Subject: KCSC-240904-03 Request for removal of illegal content
  Sent:    Wednesday, September 4, 2024 11:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 2:14 PM (UTC+09:00) Seoul.

--mdn-b278-31
Content-Type: message/disposition-notification

Reporting-UA: google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <b278.req03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b278-31--
"""
cases.append(dict(
    name="yt-read-receipt",
    from_="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 05:14:20 +0000",
    subject="Read: KCSC-240904-03 Request for removal of illegal content",
    reply_to_req="b278.req03",
    raw_mime=yt_mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="message disposition notification",
    items={},
))

cases.append(dict(
    name="kakao-receipt-korean",
    from_="noreply@kakaocorp.com", name_from=enc("카카오 고객센터"),
    date="Fri, 06 Sep 2024 01:06:00 +0000",
    subject=enc("[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240906-05)"),
    reply_to_req="b278.req05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: K-66120913

접수된 순서대로 확인 후 답변드리겠습니다.
본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-desk 문의 접수 완료 자동 안내",
    why="pure receipt with a ticket number",
    items={},
))

cases.append(dict(
    name="tiktok-freshdesk-receipt",
    from_="regulatory-kr@tiktok.com", name_from="TikTok Regulatory Affairs",
    date="Mon, 09 Sep 2024 07:41:00 +0000",
    subject="[#88240] Ticket received: KCSC-240909-06 removal request",
    reply_to_req="b278.req06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Dear KCSC Takedown,

We've received your request and a ticket has been created (#88240). A member of our team will respond within 5 business days.

You can check the status of your ticket at https://regulatory.tiktok.com/support/tickets/88240

TikTok Regulatory Affairs
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk 'ticket created' acknowledgement",
    why="pure receipt; the ticket-status link is not an item",
    items={},
))

kcsc_delay = """Content-Type: multipart/report; report-type=delivery-status; boundary="dly-b278-04"

--dly-b278-04
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<cs@kakaocorp.com>: connect to mx.kakaocorp.com[198.51.100.77]:25:
    Connection timed out

--dly-b278-04
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 10:00:00 +0900 (KST)

Final-Recipient: rfc822; cs@kakaocorp.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Wed, 18 Sep 2024 10:00:00 +0900 (KST)

--dly-b278-04
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cs@kakaocorp.com
Subject: [Reminder] KCSC-240906-05 outstanding items
Date: Fri, 13 Sep 2024 10:00:00 +0900

--dly-b278-04--
"""
cases.append(dict(
    name="kcsc-mta-delay-warning",
    from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 05:01:00 +0000",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=kcsc_delay,
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning from our own MTA",
    why="delay DSN from our own mail system, whoever sent it",
    items={},
))


HEADER = """# Blind set 278: ticket systems and threads (receipts, solved tickets,
# follow-ups, reminder replies, partial answers, forwarded mail).
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
