#!/usr/bin/env python3
"""Blind set 962: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email, name, URL and id is fictional and
written in our own sentences. The expected result of each case was written
from the email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind962/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "discord.com": "Discord",
})

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------

YT_REF, YT_MID = "KCSC-240916-01", "KCSC-240916-01.20240916101200"
X_REF, X_MID = "KCSC-240917-02", "KCSC-240917-02.20240917093000"
TG_REF, TG_MID = "KCSC-240918-03", "KCSC-240918-03.20240918140500"
NV_REF, NV_MID = "KCSC-240918-04", "KCSC-240918-04.20240918151000"
KK_REF, KK_MID = "KCSC-240919-05", "KCSC-240919-05.20240919110000"
DC_REF, DC_MID = "KCSC-240920-06", "KCSC-240920-06.20240920100000"
X1_REF, X1_MID = "KCSC-240920-07", "KCSC-240920-07.20240920104500"

Y = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    "https://www.youtube.com/watch?v=Zr9Hc1WdE4s",
    "https://www.youtube.com/watch?v=bN7xKq0uJ5f",
    "https://www.youtube.com/watch?v=H2pLw6YtR8c",
    "https://www.youtube.com/watch?v=u0FsG3nMv1k",
    "https://www.youtube.com/watch?v=Tj5eR2yXo9w",
    "https://www.youtube.com/shorts/Lk4dP8sWq2z",
    "https://www.youtube.com/shorts/Ec1nV7bAi6m",
    "https://www.youtube.com/@gold-river-tips8",
    "https://www.youtube.com/watch?v=Wa8yU5oKc3j",
    "https://www.youtube.com/watch?v=Pi6mZ0gHs4t",
    "https://www.youtube.com/channel/UCx7Rk2mQe9Lw4Vb0Nt3Jh5A",
]
X = [
    "https://x.com/lucky_spin_kr/status/1834001122334455667",
    "https://x.com/lucky_spin_kr/status/1834002233445566778",
    "https://x.com/night_pill_shop/status/1834113344556677889",
    "https://x.com/night_pill_shop",
]
T = [
    "https://t.me/blue_lantern_bet/412",
    "https://t.me/blue_lantern_bet/415",
    "https://t.me/quiet_ferry_market",
]
N = [
    "https://blog.naver.com/moonwake77/223581100234",
    "https://blog.naver.com/moonwake77/223581100871",
    "https://cafe.naver.com/sunhillmarket/88214",
    "https://cafe.naver.com/sunhillmarket/88230",
    "https://blog.naver.com/PostView.naver?blogId=greyfinch03&logNo=223590045512&redirect=Dlog&widgetTypeCall=true",
]
K1 = "https://cafe.daum.net/redmaplebazaar/Bk2Q/7731"
K2 = "https://wildfern.tistory.com/entry/%EC%A0%84%EC%9E%90%EB%8B%B4%EB%B0%B0-%EC%A7%81%EA%B5%AC"
K2_RAW = "https://wildfern.tistory.com/entry/전자담배-직구"
D1 = "https://discord.gg/hY4tQm9Z"
X5 = "https://x.com/moonrise_casino7/status/1835220011223344556"

REQUESTS = [
    (YT_REF, "youtube", "2024-09-16T10:12:00+09:00", "2024-09-23T18:00:00+09:00", YT_MID,
     [(Y[0], "gambling"), (Y[1], "gambling"), (Y[2], "gambling"), (Y[3], "gambling"),
      (Y[4], "drugs"), (Y[5], "drugs"), (Y[6], "gambling"), (Y[7], "gambling"),
      (Y[8], "gambling"), (Y[9], "drugs"), (Y[10], "drugs"), (Y[11], "gambling")],
     "gambling and drug promotion videos, one channel handle, one channel id"),
    (X_REF, "x", "2024-09-17T09:30:00+09:00", "2024-09-24T18:00:00+09:00", X_MID,
     [(X[0], "gambling"), (X[1], "gambling"), (X[2], "drugs"), (X[3], "drugs")],
     "two gambling posts, one drug post and its account"),
    (TG_REF, "telegram", "2024-09-18T14:05:00+09:00", "2024-09-25T18:00:00+09:00", TG_MID,
     [(T[0], "gambling"), (T[1], "gambling"), (T[2], "drugs")],
     "two channel posts and one channel"),
    (NV_REF, "naver", "2024-09-18T15:10:00+09:00", "2024-09-25T18:00:00+09:00", NV_MID,
     [(N[0], "obscenity"), (N[1], "obscenity"), (N[2], "drugs"), (N[3], "drugs"), (N[4], "gambling")],
     "blog posts and cafe posts"),
    (KK_REF, "kakao", "2024-09-19T11:00:00+09:00", "2024-09-26T18:00:00+09:00", KK_MID,
     [(K1, "drugs"), (K2, "drugs")],
     "Daum cafe post and Tistory entry (Korean path)"),
    (DC_REF, "discord", "2024-09-20T10:00:00+09:00", "2024-09-27T18:00:00+09:00", DC_MID,
     [(D1, "gambling")],
     "server invite link"),
    (X1_REF, "x", "2024-09-20T10:45:00+09:00", "2024-09-27T18:00:00+09:00", X1_MID,
     [(X5, "gambling")],
     "single post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, mid, items, note in REQUESTS:
        for url, cat in items:
            w.writerow([ref, plat, sent, due, url, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------

def enc(s):
    """RFC 2047 encoded word for a non-ASCII header value."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(s):
    data = s.encode("utf-8") if isinstance(s, str) else s
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def part(ctype, body, cte="8bit", extra=()):
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return "\n".join(head) + "\n\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p)
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def single(ctype, body, cte):
    return f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n" + body + "\n"


ZD = ["X-Mailer: Zendesk Mailer", "X-Zendesk-From-Account-Id: 7c1f02a"]
FD = ["X-Mailer: Freshdesk", "X-FD-Email-Source: outbound"]

P = "pending"

# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

cases = []


def case(**kw):
    cases.append(kw)


# ---------------- applied ----------------

case(
    name="yt-zendesk-update-numbered-with-echo",
    date="Mon, 23 Sep 2024 16:05:12 +0900",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"[Request #48213377] Re: {YT_REF} removal request - 12 URLs",
    reply_to_req=YT_MID, extra_headers=ZD,
    body=f"""
##- Please type your reply above this line -##

Your request (48213377) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Min-seo K. (YouTube Legal Support)

Sep 23, 2024, 16:05 GMT+9

Hello,

Thank you for your notice {YT_REF}. We have finished reviewing the first four URLs of your list:

1. {Y[0]} - removed for violating our policy on regulated goods and gambling.
2. {Y[1]} - removed (spam, deceptive practices and scams).
3. {Y[2]} - blocked from view in South Korea following a local legal review; it remains available in other countries.
4. {Y[3]} - no action taken. We did not find that this video violates our Community Guidelines or the local law cited in your notice.

We will write to you again in this ticket once the remaining URLs have been reviewed.

Kind regards,
Min-seo
YouTube Legal Support

----------------------------------------------

KCSC Takedown

Sep 16, 2024, 10:12 GMT+9

Dear YouTube Legal team,

Under Article 44-7 of the Information and Communications Network Act, the Korea Communications Standards Commission asks you to remove the following content (ref. {YT_REF}):

{Y[0]}
{Y[1]}
{Y[2]}
{Y[3]}
{Y[4]}
{Y[5]}
(and 6 further URLs, see the attached list)

Please reply to this address with the action taken on each URL.

KCSC Takedown desk

This email is a service from YouTube Legal Support. [ZD7X-41QK]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request has been updated' notification with the conversation (agent comment above our own first comment)",
    why="agent comment gives item-level results for the first four URLs; the unquoted echo of our request below states nothing",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: P, Y[5]: P},
)

case(
    name="yt-followup-bare-url-outcome-below",
    date="Thu, 26 Sep 2024 11:20:44 +0900",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"[Request #48213377] Re: {YT_REF} removal request - 12 URLs",
    reply_to_req=YT_MID, extra_headers=ZD,
    body=f"""
##- Please type your reply above this line -##

Your request (48213377) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Joon (YouTube Legal Support)

Sep 26, 2024, 11:20 GMT+9

Hi again,

Following up on my colleague's message of 23 September, here are the outcomes for three more URLs from your notice:

{Y[4]}
Outcome: Removed - Harmful or dangerous content policy

{Y[5]}
Outcome: Not found. The uploader had already deleted this video before our review.

{Y[6]}
Outcome: Age-restricted. The Short can now only be watched by signed-in viewers aged 18 or over.

The rest of the list is still with the reviewing team.

Best,
Joon
YouTube Legal Support

This email is a service from YouTube Legal Support. [ZD7X-41QK]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment in the same ticket: bare URL line with the outcome on the line below",
    why="three URLs each followed by an explicit outcome line: removed, deleted by uploader (not_found), age-restricted",
    items={Y[4]: "removed", Y[5]: "not_found", Y[6]: "restricted"},
)

yt_table_plain = f"""
Hello,

Here is the result of our review for your notice {YT_REF} (our request 48213377).

Reported URL | Action taken | Scope
{Y[7]} | Removed | Global
{Y[8]} | Channel terminated | Global
{Y[9]} | Blocked under local law | South Korea

For details on the policies applied see https://support.google.com/youtube/answer/2801973

YouTube Legal Support
"""
yt_table_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Here is the result of our review for your notice {YT_REF} (our request 48213377).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Scope</th></tr>
<tr><td><a href="{Y[7]}">{Y[7]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{Y[8]}">{Y[8]}</a></td><td>Channel terminated</td><td>Global</td></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Blocked under local law</td><td>South Korea</td></tr>
</table>
<p>For details on the policies applied see <a href="https://support.google.com/youtube/answer/2801973">our Help Center</a>.</p>
<p>YouTube Legal Support</p>
</body></html>"""
case(
    name="yt-solved-html-table",
    date="Fri, 27 Sep 2024 09:02:10 +0900",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"[Request #48213377] Solved: {YT_REF} removal request",
    reply_to_req=YT_MID, extra_headers=ZD,
    raw_mime=multipart("alternative", "zd-alt-48213377-a", [
        part("text/plain; charset=utf-8", yt_table_plain),
        part("text/html; charset=utf-8", qp(yt_table_html), cte="quoted-printable"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Zendesk solved notification with an HTML results table (Reported URL / Action taken / Scope)",
    why="table rows: removed, channel terminated (removed), blocked in South Korea only (restricted); Help Center link is no item",
    items={Y[7]: "removed", Y[8]: "removed", Y[9]: "restricted"},
)

csv_att = f"""url,decision,region,policy
{Y[10]},Removed,Global,Regulated goods
{Y[11]},Channel terminated,Global,Repeated violations
{Y[3]},No violation found - content stays up,,
"""
case(
    name="yt-csv-attachment-results",
    date="Mon, 30 Sep 2024 14:40:00 +0900",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"[Request #48213377] Re: {YT_REF} removal request - 12 URLs",
    reply_to_req=YT_MID, extra_headers=ZD,
    raw_mime=multipart("mixed", "zd-mixed-48213377-c", [
        part("text/plain; charset=utf-8", f"""
Hello,

Please find attached the decisions for the remaining URLs we could close on
request 48213377 (your reference {YT_REF}). One line per URL.

Regards,
YouTube Legal Support
"""),
        part('text/csv; charset=utf-8; name="48213377_decisions.csv"', b64(csv_att), cte="base64",
             extra=['Content-Disposition: attachment; filename="48213377_decisions.csv"']),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent reply with a CSV export of decisions attached",
    why="CSV rows: removed, channel terminated (removed), no violation (rejected)",
    items={Y[10]: "removed", Y[11]: "removed", Y[3]: "rejected"},
)

quoted_reminder = "\n".join(f"> {i + 1:2d}. {u}  - no reply received" for i, u in enumerate(Y))
case(
    name="yt-gmail-reply-to-reminder-top-posted",
    date="Tue, 01 Oct 2024 17:12:31 +0900",
    **{"from": "legal-kr@google.com"}, name_from="Ha-eun Seo",
    subject=f"Re: [Reminder] {YT_REF} - 12 items outstanding",
    reply_to_req=YT_MID,
    body=f"""
Hello,

Apologies for the slow reply. Two updates on this request: the video at
{Y[1]} was removed on 24 September, and after a second look we are keeping
{Y[3]} up, because it does not break our guidelines.
The other items are still with the team.

Ha-eun Seo
Legal Removals, Google Korea

On Tue, 1 Oct 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal team,
>
> Our request {YT_REF} of 16 September is past its due date. For the
> following URLs we have no reply yet:
>
{quoted_reminder}
>
> Please tell us the action taken on each.
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply by a platform employee over our quoted reminder",
    why="two unhedged statements above the quote: Y2 removed, Y4 kept up (rejected); the quoted reminder states nothing",
    items={Y[1]: "removed", Y[3]: "rejected", Y[0]: P, Y[6]: P},
)

yt_ko = f"""안녕하세요, 방송통신심의위원회 담당자님.

요청번호 {YT_REF} 관련 처리 결과를 알려드립니다.

- {Y[2]} : 국내 법률 위반으로 판단되어 대한민국에서 접속 차단
- {Y[4]} : 커뮤니티 가이드 위반으로 삭제

나머지 항목은 검토가 끝나는 대로 회신드리겠습니다.

감사합니다.
YouTube 법무지원팀 드림
"""
case(
    name="yt-korean-quoted-printable",
    date="Wed, 25 Sep 2024 10:03:00 +0900",
    **{"from": "legal-kr@google.com"}, name_from=enc("YouTube 법무지원팀"),
    subject=enc(f"Re: [{YT_REF}] 게시물 삭제 요청 처리 결과"),
    reply_to_req=YT_MID,
    raw_mime=single("text/plain; charset=UTF-8", qp(yt_ko), "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Korean-language legal removals reply, quoted-printable body",
    why="접속 차단 in Korea (restricted) and 삭제 (removed), one per URL",
    items={Y[2]: "restricted", Y[4]: "removed"},
)

case(
    name="x-freshdesk-ticket-resolved",
    date="Tue, 24 Sep 2024 08:15:27 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject=f"Ticket #91734 has been resolved - {X_REF}",
    reply_to_req=X_MID, extra_headers=FD,
    body=f"""
Hello KCSC Takedown,

Your ticket #91734 "{X_REF}" has been marked as Resolved.

Agent response:

Thank you for your report. We reviewed the 4 URLs and took the following action:

 * {X[0]}
   Withheld in South Korea in response to a valid legal demand.
 * {X[1]}
   Removed for violating the X Rules (illegal or certain regulated goods or services).
 * {X[2]}
   No action. After review we did not find a violation of the X Rules, and the local law cited does not apply to this post.
 * {X[3]}
   Account permanently suspended.

If you believe the ticket is not resolved, just reply to this email and it will be reopened.

Regards,
X Legal Support
--
Ticket status: Resolved | Priority: Medium | Group: Legal Requests (KR)
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket has been resolved' notification with the agent's response",
    why="bulleted URL with outcome below: withheld in KR (restricted), removed, no action (rejected), account suspended (removed)",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "rejected", X[3]: "removed"},
)

case(
    name="x-partial-answer-two-of-four",
    date="Sat, 21 Sep 2024 03:44:09 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject=f"Re: {X_REF} - request for removal (4 URLs)",
    reply_to_req=X_MID,
    body=f"""
Hi,

We have finished reviewing two of the four URLs in your request so far.

- {X[0]}: we have withheld this post in South Korea.
- {X[2]}: removed for violating our rules on illegal or regulated goods.

The other two URLs remain under review; we will update you in this thread.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer from a platform legal desk, the rest 'still under review'",
    why="two item-level statements; the remaining items (not named) stay pending",
    items={X[0]: "restricted", X[2]: "removed"},
)

case(
    name="x-single-item-no-url-closed",
    date="Mon, 23 Sep 2024 22:10:51 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject=f"Re: {X1_REF} - removal request",
    reply_to_req=X1_MID, extra_headers=FD,
    body="""
Hello,

Following our review, the reported post has been removed from X for
violating our rules on illegal or certain regulated goods or services.

This ticket (#91902) is now closed. Replying to this email will reopen it.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="closed-ticket reply naming no URL, for a one-item request",
    why="one-item request, one unhedged removal statement in its thread: applies to the single item",
    items={X5: "removed"},
)

case(
    name="tg-case-update-dashes",
    date="Fri, 20 Sep 2024 19:32:00 +0400",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject=f"Re: {TG_REF} [Case #5520193]",
    reply_to_req=TG_MID,
    body=f"""
Hello,

Case #5520193 - outcome of our review:

{T[0]} -- taken down, no longer accessible to any user
{T[1]} -- taken down, no longer accessible to any user
{T[2]} -- not found: there is no public channel with this username

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk case update, one line per URL",
    why="two taken down (removed), the channel username does not exist (not_found)",
    items={T[0]: "removed", T[1]: "removed", T[2]: "not_found"},
)

case(
    name="tg-followup-after-receipt-quoted",
    date="Wed, 25 Sep 2024 12:05:13 +0400",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject=f"Re: {TG_REF} [Case #5520193]",
    reply_to_req=TG_MID,
    body=f"""
Hello,

Further to our acknowledgement below: the channel {T[2]} has now been
restricted for users located in the Republic of Korea. It remains visible in
other regions.

Regards,
Telegram Abuse Team

On 18.09.2024 16:20, Telegram Abuse wrote:
> Thank you, we have received your report and opened Case #5520193.
> We will review the links you sent:
> {T[0]}
> {T[1]}
> {T[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same thread after an earlier quoted receipt",
    why="the new text restricts the channel in Korea; the quoted receipt states nothing",
    items={T[2]: "restricted", T[0]: P, T[1]: P},
)

case(
    name="naver-cs-answer-korean-list",
    date="Mon, 23 Sep 2024 15:30:00 +0900",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
    subject=enc(f"[네이버 고객센터] 문의하신 내용에 대한 답변입니다. ({NV_REF})"),
    reply_to_req=NV_MID,
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 {NV_REF} 건의 처리 결과를 안내드립니다.

1. {N[0]}
   → 게시중단(삭제) 처리되었습니다.
2. {N[1]}
   → 권리침해 신고에 따라 30일간 임시조치되었습니다.
3. {N[2]}
   → 카페 운영원칙 위반으로 블라인드 처리되었습니다.
4. {N[3]}
   → 검토 결과 운영원칙 위반 사항이 확인되지 않아 게시를 유지합니다.

추가 문의 사항은 본 메일에 회신해 주시기 바랍니다.
고객센터 바로가기: https://help.naver.com/

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 메일 with a numbered result list",
    why="게시중단(삭제) removed, 임시조치 restricted, 블라인드 removed, 위반 없음·게시 유지 rejected; help link is no item",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "removed", N[3]: "rejected"},
)

nv_html = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구({NV_REF})에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[4].replace("&", "&amp;")}</td><td>비공개 처리</td><td>9/24 조치</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>삭제</td><td>9/24 조치</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>조치불가</td><td>게시물 없음 (작성자 삭제)</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>"""
case(
    name="naver-html-table-action-result",
    date="Tue, 24 Sep 2024 18:45:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    subject=enc(f"[회신] 시정요구 조치결과 통보 ({NV_REF})"),
    reply_to_req=NV_MID,
    raw_mime=single("text/html; charset=utf-8", b64(nv_html), "base64"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply as an HTML table (base64)",
    why="비공개 처리 removed, 삭제 removed, 게시물 없음 (작성자 삭제) not_found",
    items={N[4]: "removed", N[1]: "removed", N[3]: "not_found"},
)

case(
    name="naver-urls-with-particles",
    date="Wed, 25 Sep 2024 11:11:11 +0900",
    **{"from": "navercs@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
    subject=enc(f"RE: {NV_REF} 게시중단 요청 건 회신"),
    reply_to_req=NV_MID,
    body=f"""
안녕하세요, 네이버 권리보호센터 담당자입니다.

요청하신 게시물 중 두 건에 대해 먼저 회신드립니다.
{N[3]}은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.
{N[0]}에 대해서는 국내 접근 제한 조치하였습니다.

나머지 게시물은 확인 후 별도로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER rights-protection desk reply in Korean prose, URLs followed directly by particles",
    why="작성자 삭제·존재하지 않음 (not_found) and 국내 접근 제한 (restricted)",
    items={N[3]: "not_found", N[0]: "restricted"},
)

case(
    name="naver-wrapped-url-angle-brackets",
    date="Thu, 26 Sep 2024 09:40:00 +0900",
    **{"from": "navercs@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
    subject=enc(f"RE: {NV_REF} 게시중단 요청 건 회신 (2차)"),
    reply_to_req=NV_MID,
    body=f"""
안녕하세요.

{NV_REF} 요청 건 중 아래 게시물은 게시중단(삭제) 처리되었습니다.

<https://blog.naver.com/PostView.naver?blogId=greyfinch03&logNo=
 223590045512&redirect=Dlog&widgetTypeCall=true>

또한 <{N[2]}> 게시물도 카페 운영원칙에 따라
삭제되었습니다.

감사합니다.
네이버 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply with a long URL wrapped inside angle brackets by the mail client",
    why="both posts 게시중단(삭제)/삭제: removed (the first URL is wrapped across two lines inside <>)",
    items={N[4]: "removed", N[2]: "removed"},
)

case(
    name="naver-receipt-phrase-plus-result",
    date="Thu, 26 Sep 2024 16:20:00 +0900",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
    subject=enc(f"[네이버 고객센터] 신고 접수 및 처리 안내 ({NV_REF})"),
    reply_to_req=NV_MID,
    body=f"""
안녕하세요. 네이버 고객센터입니다.

고객님의 신고가 정상적으로 접수되었습니다. (접수번호 2024092611)

아울러 확인 결과, {N[2]} 게시물은
카페 운영정책 위반으로 삭제되었음을 안내드립니다.

네이버를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER receipt notice that also carries a result",
    why="receipt phrase plus an unhedged 삭제 statement on a named post: not a pure acknowledgement",
    items={N[2]: "removed"},
)

kk_body = f"""
안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회 {KK_REF} 요청 건에 대한 처리 결과를 안내드립니다.

■ {K1}
  - 처리결과: 게시물 삭제

■ {K2_RAW}
  - 처리결과: 국내 접속 차단 (해외에서는 접속 가능)

감사합니다.
카카오 고객센터 드림
"""
case(
    name="kakao-result-raw-korean-path",
    date="Tue, 24 Sep 2024 13:05:00 +0900",
    **{"from": "cs_legal@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    subject=enc(f"[카카오] 요청하신 게시물 처리 결과 안내 ({KK_REF})"),
    reply_to_req=KK_MID,
    body=kk_body,
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 고객센터 result notice with ■ bullets; Tistory URL written with its raw Korean path",
    why="게시물 삭제 removed; 국내 접속 차단 restricted (raw Korean path matches the percent-encoded request URL)",
    items={K1: "removed", K2: "restricted"},
)

kk_b64 = f"""안녕하세요, 카카오 고객센터입니다.

문의번호 #7720155 ({KK_REF}) 에 대한 답변입니다.

{K1}
해당 주소는 존재하지 않는 게시물입니다. 이미 삭제되었거나 주소가 잘못되었습니다.

{K2}
운영정책 위반으로 블라인드 처리하였습니다.

감사합니다.
"""
case(
    name="kakao-base64-body-answer",
    date="Wed, 25 Sep 2024 10:30:00 +0900",
    **{"from": "noreply@daum.net"}, name_from=enc("Daum 고객센터"),
    subject=enc(f"[Daum 고객센터] 문의하신 내용의 답변이 등록되었습니다 ({KK_REF})"),
    reply_to_req=KK_MID,
    raw_mime=single("text/plain; charset=UTF-8", b64(kk_b64), "base64"),
    outcome="applied", classification="confirmation",
    imitates="Daum help-desk answer notification, base64 plain-text body",
    why="존재하지 않는 게시물 (not_found) and 블라인드 처리 (removed)",
    items={K1: "not_found", K2: "removed"},
)

case(
    name="discord-tns-solved-with-survey",
    date="Mon, 23 Sep 2024 06:12:40 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject=f"[Discord] Your request #3184402 has been solved ({DC_REF})",
    reply_to_req=DC_MID, extra_headers=ZD,
    body=f"""
##- Please type your reply above this line -##

Hi there,

Thanks for reaching out to Discord Trust & Safety about {DC_REF}.

We investigated the server behind the invite {D1} and found that it
violated our Community Guidelines. The server has been removed from Discord
and the invite no longer works.

You can read more about how we enforce our rules at
https://discord.com/safety/our-approach-to-content-moderation

Discord Trust & Safety

How would you rate the support you received?
Good, I'm satisfied: https://support.discord.com/requests/3184402/satisfaction/good
Bad, I'm unsatisfied: https://support.discord.com/requests/3184402/satisfaction/bad
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk 'request has been solved' mail with a satisfaction survey",
    why="server behind the invite removed; policy and survey links are no items",
    items={D1: "removed"},
)

case(
    name="x-echoed-report-decision",
    date="Wed, 25 Sep 2024 01:02:03 +0000",
    **{"from": "noreply@support.x.com"}, name_from="X Support",
    subject=f"Update on your report (Report ID 0917-8821-KR) - {X_REF}",
    reply_to_req=X_MID,
    body=f"""
Hello,

Here is an update on the report you submitted.

Report ID: 0917-8821-KR
Reference: {X_REF}
Reported content: {X[2]}
Reason given: Sale of narcotics (Act on the Control of Narcotics, etc.)

Our decision:
After reviewing the reported content against our policies and local law, we
have withheld it in South Korea. It is no longer visible to people in
South Korea.

Learn more: https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X report update that echoes the submitted report fields, then gives the decision",
    why="the echoed reported URL is then withheld in South Korea: restricted",
    items={X[2]: "restricted"},
)

case(
    name="yt-statement-then-url-angle-brackets",
    date="Sat, 28 Sep 2024 08:00:00 +0900",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"[Request #48213377] Re: {YT_REF} removal request - 12 URLs",
    reply_to_req=YT_MID, extra_headers=ZD,
    body=f"""
##- Please type your reply above this line -##

Hello,

The following video has been removed for violating our Community Guidelines:
<{Y[5]}>

The following video has been blocked in South Korea based on local law and
remains available elsewhere:
<{Y[10]}>

Regards,
YouTube Legal Support

This email is a service from YouTube Legal Support. [ZD7X-41QK]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent comment: statement line ending in ':' with the URL on the line below, in angle brackets",
    why="removed and blocked in South Korea only (restricted)",
    items={Y[5]: "removed", Y[10]: "restricted"},
)

case(
    name="tg-outlook-top-posted-original-message",
    date="Mon, 23 Sep 2024 10:10:10 +0400",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    subject=f"RE: {TG_REF} - removal request (3 URLs)",
    reply_to_req=TG_MID,
    body=f"""
Hello,

Done. Both posts have been taken down:
{T[0]}
{T[1]}

We are still looking at the channel.

Telegram DSA Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 9:05 AM
To: dsa@telegram.org
Subject: {TG_REF} - removal request (3 URLs)

Dear Telegram team,

Please remove the following content, which violates Korean law:

{T[0]}
{T[1]}
{T[2]}

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----'",
    why="two posts taken down (removed); the channel is 'still looking' and only in our quoted request: pending",
    items={T[0]: "removed", T[1]: "removed", T[2]: P},
)

case(
    name="yt-jira-resolved-comment",
    date="Tue, 01 Oct 2024 12:00:00 +0900",
    **{"from": "legal-desk@youtube.com"}, name_from="YouTube Legal Desk (Jira)",
    subject=f"[JIRA] (LGL-4471) {YT_REF} YouTube removal request - Resolved",
    reply_to_req=YT_MID,
    extra_headers=["Auto-Submitted: auto-generated", "X-JIRA-FingerPrint: 5f2c9a0d1e",
                   "Precedence: bulk"],
    body=f"""
Legal Desk / LGL-4471
{YT_REF} YouTube removal request

Status: In Progress -> Resolved
Resolution: Done

Comment by Soo-ah Lim:

Closing out the last two items we can decide now:
- {Y[11]} : channel terminated for repeated violations of our gambling policy.
- {Y[6]} : this Shorts link does not resolve to any video; no video with this ID exists.

View request: https://legaldesk.youtube.com/servicedesk/customer/portal/4/LGL-4471

This message was sent by Jira Service Management. You are receiving this
because you raised this request.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management resolved-request notification with the agent's comment",
    why="an agent's comment in an auto-generated notification: channel terminated (removed), no such video (not_found)",
    items={Y[11]: "removed", Y[6]: "not_found"},
)

case(
    name="x-korean-fullwidth-punctuation",
    date="Thu, 26 Sep 2024 14:00:00 +0900",
    **{"from": "legal@x.com"}, name_from=enc("X 한국 법무팀"),
    subject=enc(f"RE: [{X_REF}] 게시물 삭제 요청"),
    reply_to_req=X_MID,
    body=f"""
안녕하세요.

요청하신 게시물 중 아래 건을 처리하였습니다：
・{X[0]}（대한민국 내 게시 제한）
・{X[3]}（계정 영구 정지）

감사합니다。
X 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply from a platform's local legal team with full-width punctuation around the URLs",
    why="대한민국 내 게시 제한 restricted; 계정 영구 정지 removed",
    items={X[0]: "restricted", X[3]: "removed"},
)

case(
    name="yt-rejected-with-reasons",
    date="Thu, 26 Sep 2024 18:30:00 +0900",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"[Request #48213377] Re: {YT_REF} removal request - 12 URLs",
    reply_to_req=YT_MID, extra_headers=ZD,
    body=f"""
##- Please type your reply above this line -##

Hello,

We have reviewed two further items and will not be taking action on them:

{Y[8]} - this channel reviews licensed lottery results and does not promote
illegal gambling. It does not violate our Community Guidelines.

{Y[9]} - the video is a news report about drug enforcement. It is
educational and documentary content and stays up.

If you have a court order concerning these items, you may send it in reply.

YouTube Legal Support

This email is a service from YouTube Legal Support. [ZD7X-41QK]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent comment refusing two items with reasons",
    why="explicit refusals with reasons (no violation, stays up): rejected; the court-order sentence asks for nothing needed",
    items={Y[8]: "rejected", Y[9]: "rejected"},
)

case(
    name="x-reply-to-reminder-suspended-notfound",
    date="Tue, 01 Oct 2024 02:20:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject=f"Re: [Reminder] {X_REF} - 2 items outstanding",
    reply_to_req=X_MID,
    body=f"""
Apologies for the delay.

{X[3]} - the account has been permanently suspended.
{X[1]} - we were unable to locate this post; no post with this ID exists.

Best,
X Legal

From: KCSC Takedown <takedown@kcsc.example>
Date: Tuesday, 1 October 2024 at 09:00
To: legal@x.com
Subject: [Reminder] {X_REF} - 2 items outstanding

Dear X Legal,
Our request {X_REF} is overdue. Still without an answer:
{X[1]}
{X[3]}
KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="reply to our reminder, Outlook-for-Mac style header block quoting it",
    why="account suspended (removed) and post does not exist (not_found)",
    items={X[3]: "removed", X[1]: "not_found"},
)

# ---------------- review ----------------

case(
    name="yt-promise-will-remove",
    date="Fri, 20 Sep 2024 15:00:00 +0900",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"[Request #48213377] Re: {YT_REF} removal request - 12 URLs",
    reply_to_req=YT_MID, extra_headers=ZD,
    body=f"""
##- Please type your reply above this line -##

Hello,

We have confirmed the violation for the videos below; they will be removed
within 24 hours:

{Y[0]}
{Y[1]}

We will confirm in this ticket once that is done.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent comment announcing a future removal",
    why="'will be removed' is a promise, not a statement: items stay pending",
    items={Y[0]: P, Y[1]: P},
)

case(
    name="x-hedge-may-have-been-deleted",
    date="Sun, 22 Sep 2024 05:05:05 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject=f"Re: {X_REF} - request for removal (4 URLs)",
    reply_to_req=X_MID,
    body=f"""
Hi,

Quick note while we work on this: it looks like {X[1]} may already
have been deleted by the account holder. We are checking the other three and
will come back to you.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="informal interim note from a legal desk agent",
    why="'looks like ... may already have been deleted' is a hedge: pending",
    items={X[1]: P},
)

case(
    name="naver-under-review-korean",
    date="Fri, 20 Sep 2024 17:00:00 +0900",
    **{"from": "navercs@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
    subject=enc(f"RE: {NV_REF} 게시중단 요청 건 회신"),
    reply_to_req=NV_MID,
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 중
{N[0]}
{N[2]}
두 건은 현재 법무 검토 중이며, 9월 30일까지 결과를 안내드릴 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean interim reply: named posts 검토 중, result to follow",
    why="'검토 중 ... 안내드릴 예정' is under review and a promise, naming two items: pending",
    items={N[0]: P, N[2]: P},
)

case(
    name="yt-bulk-all-removed-solved",
    date="Thu, 03 Oct 2024 10:00:00 +0900",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"[Request #48213377] Solved: {YT_REF} removal request",
    reply_to_req=YT_MID, extra_headers=ZD,
    body="""
##- Please type your reply above this line -##

Your request (48213377) has been solved. To reopen it, reply to this email.

----------------------------------------------

Min-seo K. (YouTube Legal Support)

Oct 3, 2024, 10:00 GMT+9

Hello,

All of the content listed in your notice has now been removed. We are
marking this request as solved.

Kind regards,
YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="Zendesk solved notification with a blanket 'all content removed' comment",
    why="a statement about all items without naming them, for a 12-item request: bulk review",
    items={u: P for u in Y},
)

case(
    name="kakao-bulk-both-deleted",
    date="Thu, 26 Sep 2024 09:00:00 +0900",
    **{"from": "cs_legal@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    subject=enc(f"[카카오] 요청하신 게시물 처리 완료 ({KK_REF})"),
    reply_to_req=KK_MID,
    body=f"""
안녕하세요. 카카오 고객센터입니다.

{KK_REF} 요청 건과 관련하여 신고하신 게시물 2건 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao short completion notice: '2건 모두 삭제 조치 완료'",
    why="both items of a two-item request covered by one statement naming neither: bulk review",
    items={K1: P, K2: P},
)

case(
    name="x-dmarc-fail-result",
    date="Wed, 25 Sep 2024 07:07:07 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    subject=f"Re: {X_REF} - request for removal (4 URLs)",
    reply_to_req=X_MID,
    body=f"""
Hello,

We have removed {X[2]} for violating our rules.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="short legal-desk result that fails DMARC (forged or misrouted)",
    why="x.com sender failing DKIM/SPF/DMARC: nothing applied",
    items={X[2]: P},
)

case(
    name="discord-reply-from-helpdesk-vendor-domain",
    date="Tue, 24 Sep 2024 04:00:00 +0000",
    **{"from": "safety@discordtns.zendesk.com"}, name_from="Discord Trust & Safety",
    subject=f"[Discord] Re: {DC_REF}",
    reply_to_req=DC_MID, extra_headers=ZD,
    body=f"""
Hi there,

The server behind {D1} has been removed for violating our Community
Guidelines.

Discord Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="ticket reply sent from a help-desk vendor's subdomain instead of the platform's own domain",
    why="zendesk.com is not a configured Discord sender domain: unknown sender, nothing applied",
    items={D1: P},
)

case(
    name="tg-law-firm-for-channel-owner",
    date="Fri, 27 Sep 2024 11:00:00 +0900",
    **{"from": "counsel@hanbit-law.example"}, name_from="Hanbit Law Office",
    subject=f"{TG_REF} - channel quiet_ferry_market",
    body=f"""
Dear Sir or Madam,

We act for the administrator of the Telegram channel {T[2]}, which is named
in your request {TG_REF}. Our client has deleted the channel on
26 September 2024 and asks that the matter be considered closed.

Yours faithfully,
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from a law firm acting for a channel owner",
    why="not the platform: a third party's claim about a Telegram item, nothing applied",
    items={T[2]: P},
)

case(
    name="kakao-answers-naver-item",
    date="Mon, 23 Sep 2024 10:00:00 +0900",
    **{"from": "cs_legal@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    subject=enc(f"[카카오] 카페 게시물 처리 결과 안내 ({NV_REF})"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 카페 게시물 {N[2]} 은(는) 운영정책 위반으로 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao result notice that answers for a NAVER cafe post",
    why="Kakao states a status for a NAVER item: wrong platform, nothing applied",
    items={N[2]: P},
)

case(
    name="naver-asks-more-documents",
    date="Fri, 20 Sep 2024 14:00:00 +0900",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
    subject=enc(f"[네이버 고객센터] 추가 자료 요청 ({NV_REF})"),
    reply_to_req=NV_MID,
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 {NV_REF} 건 중 아래 게시물의 처리를 위해 추가 자료가 필요합니다.

- {N[0]}
- {N[1]}

해당 게시물이 위법하다고 판단하신 근거(심의 의결서 또는 공문 사본)를
본 메일에 회신으로 보내주시면 검토를 진행하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER help-desk request for supporting documents (심의 의결서/공문)",
    why="asks us for documents before acting on two named posts: asks_more, pending",
    items={N[0]: P, N[1]: P},
)

case(
    name="tg-case-number-only-no-claims",
    date="Sat, 28 Sep 2024 09:30:00 +0400",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Case #5589012 closed",
    body="""
Hello,

Case #5589012: the reported materials have been reviewed and the
appropriate measures were taken where necessary.

This case is now closed.

Telegram Abuse Team
""",
    outcome="review", review="no_claims",
    imitates="Telegram abuse desk closing note with only its own case number",
    why="trusted platform mail naming no item, no request reference, no thread header",
    items={},
)

fwd_body = f"""
Hi KCSC team,

Forwarding the note below from our Trust & Safety colleagues, FYI.

Jae-won
Google Korea Legal

---------- Forwarded message ---------
From: T&S Escalations <ts-escalations@google.com>
Date: Wed, Sep 25, 2024 at 3:12 PM
Subject: LGL-4471 decisions
To: Jae-won Park <jaewon.park@google.com>

Jae-won, decisions for the KCSC list ({YT_REF}):
{Y[2]} - restricted in KR
{Y[7]} - removed
"""
case(
    name="yt-forwarded-internal-decisions",
    date="Wed, 25 Sep 2024 16:00:00 +0900",
    **{"from": "jaewon.park@google.com"}, name_from="Jae-won Park",
    subject=f"Fwd: LGL-4471 decisions ({YT_REF})",
    body=fwd_body,
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding an internal team's decisions (Gmail 'Forwarded message')",
    why="the statements sit in a forwarded message, not in the sender's own words: forwarded review",
    items={Y[2]: P, Y[7]: P},
)

# ---------------- ignored ----------------

case(
    name="yt-zendesk-receipt-with-echo",
    date="Mon, 16 Sep 2024 10:13:05 +0900",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"[Request #48213377] Received: {YT_REF} removal request - 12 URLs",
    reply_to_req=YT_MID, extra_headers=ZD + ["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request (48213377) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 16, 2024, 10:12 GMT+9

Dear YouTube Legal team,

Please remove the following content (ref. {YT_REF}):
{Y[0]}
{Y[1]}
{Y[2]}
(and 9 further URLs, see the attached list)

This email is a service from YouTube Legal Support. [ZD7X-41QK]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement that echoes our first comment",
    why="pure receipt; the echoed request is our own text",
    items={Y[0]: P, Y[1]: P, Y[2]: P},
)

case(
    name="x-freshdesk-ack",
    date="Tue, 17 Sep 2024 00:31:00 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject=f"Ticket Received - {X_REF} [#91734]",
    reply_to_req=X_MID, extra_headers=FD + ["Auto-Submitted: auto-replied"],
    body="""
Hello,

We have received your request and a ticket (#91734) has been created. One of
our agents will respond as soon as possible. You can check the status of your
ticket at any time at https://support.x.com/support/tickets/91734

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk new-ticket auto-acknowledgement",
    why="receipt with a ticket number and a portal link, no statement",
    items={},
)

case(
    name="naver-out-of-office-korean",
    date="Wed, 18 Sep 2024 15:11:00 +0900",
    **{"from": "minji.choi@navercorp.com"}, name_from=enc("최민지"),
    subject=enc(f"[부재중] RE: {NV_REF} 게시중단 요청"),
    reply_to_req=NV_MID, extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 최민지입니다.

9월 16일부터 9월 27일까지 추석 연휴 및 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중)",
    why="out-of-office auto-reply",
    items={},
)

dsn = multipart("report", "dsn-bnd-77a1", [
    part("text/plain; charset=us-ascii", """
** Address not found **

Your message wasn't delivered to yt-legal-kr-escalations@google.com because
the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", cte="7bit"),
    part("message/delivery-status", """
Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 01 Oct 2024 00:00:04 -0700

Final-Recipient: rfc822; yt-legal-kr-escalations@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Tue, 01 Oct 2024 00:00:05 -0700
""", cte="7bit"),
    part("message/rfc822", f"""
From: KCSC Takedown <takedown@kcsc.example>
To: yt-legal-kr-escalations@google.com
Subject: [Reminder] {YT_REF} - 12 items outstanding
Date: Tue, 01 Oct 2024 09:00:00 +0900
Message-ID: <reminder.{YT_REF}.1@kcsc.example>

Our request {YT_REF} is overdue. Still without an answer:
{Y[0]}
{Y[1]}
""", cte="7bit"),
], params='; report-type=delivery-status')
case(
    name="google-dsn-reminder-bounce",
    date="Tue, 01 Oct 2024 00:00:05 -0700",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' DSN for our reminder, original message attached",
    why="delivery failure report; the attached reminder is our own text",
    items={},
)

mdn = multipart("report", "mdn-bnd-0c3e", [
    part("text/plain; charset=utf-8", f"""
The message sent on 18/09/2024 09:05 to dsa@telegram.org with subject
"{TG_REF} - removal request (3 URLs)" has been displayed. This is no
guarantee that the message has been read or understood.
""", cte="7bit"),
    part("message/disposition-notification", f"""
Reporting-UA: mail.telegram.org; Microsoft Outlook 16.0
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <{TG_MID}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", cte="7bit"),
], params='; report-type=disposition-notification')
case(
    name="tg-read-receipt-mdn",
    date="Thu, 19 Sep 2024 10:01:00 +0400",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    subject=f"Read: {TG_REF} - removal request (3 URLs)",
    reply_to_req=TG_MID,
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, disposition-notification)",
    why="read receipt",
    items={},
)

case(
    name="x-unmonitored-inbox-autoreply",
    date="Fri, 20 Sep 2024 01:46:00 +0000",
    **{"from": "noreply@x.com"}, name_from="X",
    subject=f"Automatic reply: {X1_REF} - removal request",
    reply_to_req=X1_MID, extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thanks for your email. This inbox is not monitored.

Legal requests from government authorities must be submitted through our
legal request portal at https://legalrequests.x.com/ so that they can be
tracked and processed.

This is an automated message.
""",
    outcome="ignored", classification="auto_reply",
    imitates="'this inbox is not monitored' automatic reply pointing to a web portal",
    why="automatic reply; the portal link is no item",
    items={},
)

case(
    name="kakao-receipt-korean",
    date="Thu, 19 Sep 2024 11:02:00 +0900",
    **{"from": "noreply@daum.net"}, name_from=enc("Daum 고객센터"),
    subject=enc(f"[Daum 고객센터] 문의가 정상적으로 접수되었습니다 ({KK_REF})"),
    reply_to_req=KK_MID, extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. Daum 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: #7720155

담당자 확인 후 순차적으로 답변드리겠습니다. 답변이 등록되면 메일로
알려드립니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Daum 고객센터 문의 접수 완료 자동 메일",
    why="pure receipt with an 접수번호",
    items={},
)


HEADER = """# Blind set 962 (focus: ticket systems and threads). Written by
# tests/corpus/blind962/make.py from the meaning of each email, before any
# run of the reader. Each case is judged alone on a fresh ledger holding
# requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind962", HEADER, cases)
    print(f"wrote {len(cases)} cases")
