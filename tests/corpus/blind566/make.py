#!/usr/bin/env python3
"""Blind set 566: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail. Written from each email's meaning before any run of the
reader. Deterministic: `python3 tests/corpus/blind566/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
from email.header import Header
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
TG = "KCSC-240902-01"
XR = "KCSC-240903-02"
YT = "KCSC-240904-03"
NV = "KCSC-240905-04"
KK = "KCSC-240906-05"
DC = "KCSC-240909-06"
KC = "KCSC-240910-07"

TG1 = "https://t.me/lucky_moon_bets/118"
TG2 = "https://t.me/lucky_moon_bets/131"
TG3 = "https://t.me/northgate_deals/77"

X101 = "https://x.com/bluefinch_kr/status/1829104400000000101"
X102 = "https://x.com/bluefinch_kr/status/1829104400000000102"
X103 = "https://x.com/bluefinch_kr/status/1829104400000000103"
X211 = "https://x.com/moa_snow22/status/1829207700000000211"
X212 = "https://x.com/moa_snow22/status/1829207700000000212"
X305 = "https://x.com/dal_ppang/status/1829301100000000305"
X306 = "https://x.com/dal_ppang/status/1829301100000000306"
X307 = "https://x.com/dal_ppang/status/1829301100000000307"
X410 = "https://x.com/hanriver_9/status/1829455500000000410"
X411 = "https://x.com/hanriver_9/status/1829455500000000411"
X520 = "https://x.com/ice_cloud_77/status/1829566600000000520"
X521 = "https://x.com/ice_cloud_77/status/1829566600000000521"
X630 = "https://x.com/yeoul_market/status/1829677700000000630"
XACC = "https://x.com/yeoul_market"

YT1 = "https://www.youtube.com/watch?v=Qm7dLx2PaR1"
YT2 = "https://www.youtube.com/watch?v=Zt4nWc8YhB0"
YT3 = "https://www.youtube.com/shorts/Vb8xTy2KmN4"
YT4 = "https://www.youtube.com/@gold_tiger_tv"

NV1 = "https://blog.naver.com/sunny_meadow88/223561234501"
NV2 = "https://blog.naver.com/sunny_meadow88/223561234502"
NV3 = "https://cafe.naver.com/jjangstock/48213"
NV4 = "https://cafe.naver.com/jjangstock/48290"
NV5 = "https://blog.naver.com/PostView.naver?blogId=mint_owl_21&logNo=223570001234"

SLUG = "비밀-장터"
KK1_RAW = "https://goldmoon.tistory.com/entry/" + SLUG
KK1 = "https://goldmoon.tistory.com/entry/" + quote(SLUG)
KK2 = "https://cafe.daum.net/moonlight_trade/Ab3k/1207"

DC1 = "https://discord.gg/nightbazaar77"
KC1 = "https://pf.kakao.com/_xkQaBd"

REQUESTS = [
    (TG, "telegram", "2024-09-02T10:15:00+09:00", "2024-09-09T23:59:59+09:00", "gambling",
     "Telegram channels, two posts and one group message", [TG1, TG2, TG3]),
    (XR, "x", "2024-09-03T09:40:00+09:00", "2024-09-10T23:59:59+09:00", "drugs",
     'largest request: posts and one account, "market" listings', [
         X101, X102, X103, X211, X212, X305, X306, X307, X410, X411, X520, X521, X630, XACC]),
    (YT, "youtube", "2024-09-04T10:02:00+09:00", "2024-09-11T23:59:59+09:00", "gambling",
     "two videos, one short, one channel", [YT1, YT2, YT3, YT4]),
    (NV, "naver", "2024-09-05T14:30:00+09:00", "2024-09-12T23:59:59+09:00", "obscenity",
     "blog and cafe posts", [NV1, NV2, NV3, NV4, NV5]),
    (KK, "kakao", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00", "privacy",
     "Tistory entry (Korean path) and Daum cafe post", [KK1, KK2]),
    (DC, "discord", "2024-09-09T16:20:00+09:00", "2024-09-16T23:59:59+09:00", "drugs",
     "server invite", [DC1]),
    (KC, "kakao", "2024-09-10T10:05:00+09:00", "2024-09-17T23:59:59+09:00", "gambling",
     "KakaoTalk channel", [KC1]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"req-{ref}@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def alternative(text, html, boundary, html_cte="8bit"):
    hbody = b64(html) if html_cte == "base64" else html.strip("\n")
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip(chr(10))}

--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: {html_cte}

{hbody}

--{boundary}--
"""


def with_csv(text, csvtext, filename, boundary, csv_b64=False):
    if csv_b64:
        cte, body = "base64", b64(csvtext)
    else:
        cte, body = "8bit", csvtext.strip("\n")
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip(chr(10))}

--{boundary}
Content-Type: text/csv; charset=utf-8; name="{filename}"
Content-Disposition: attachment; filename="{filename}"
Content-Transfer-Encoding: {cte}

{body}

--{boundary}--
"""


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REMINDER_X = quote_lines(f"""Dear X Legal team,

Our request {XR} of 3 September 2024 is past its deadline (10 September).
The following items are still pending on our side:

{X410}
{X411}
{X520}
{X521}

Please let us know what action was taken on each of them.

KCSC Takedown desk
Korea Communications Standards Commission""")

ORIG_YT = quote_lines(f"""Dear YouTube Legal team,

Under request {YT} we ask you to review and remove the following content,
which the Commission found to promote illegal online gambling:

1. {YT1}
2. {YT2}
3. {YT3}
4. {YT4}

Please reply to this address with the action taken for each item.

KCSC Takedown desk""")

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


X_LEGAL = "X Legal Support"

# ======================= APPLIED =======================

case(name="x-zendesk-solved-mixed-list", outcome="applied", classification="confirmation",
     imitates="Zendesk-style 'your request has been updated' agent comment from X Legal Support",
     why="agent comment under the reply-above-this-line marker lists five posts, each with its own outcome",
     **{"from": "support@x.com"}, name_from=X_LEGAL, date="Mon, 09 Sep 2024 23:20:11 +0900",
     subject=f"[#459182736] Re: Removal request {XR} (KCSC)", reply_to_req=f"req-{XR}",
     items={X101: "removed", X102: "removed", X103: "rejected", X211: "restricted", X212: "not_found"},
     body=f"""
##- Please type your reply above this line -##

Your request (459182736) has been updated. To add additional comments,
reply to this email.

----------------------------------------------

Marisol R. (X Legal Support)

Sep 9, 2024, 14:20 UTC

Hello,

Thank you for your report under {XR}. We reviewed the posts below and
have taken the action shown against each one:

{X101} - removed for violating the X Rules
{X102} - removed for violating the X Rules
{X103} - no action taken; we did not find a violation of the X Rules or of local law
{X211} - withheld in South Korea
{X212} - this post no longer exists on X

The rest of the posts in your request are still with the responsible team
and we will write to you separately about them.

How country-withheld content works:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal Support

----------------------------------------------
This email is a service from X Support. [8M1Q4R-VK02]
""")

case(name="x-followup-same-thread-top-posted", outcome="applied", classification="confirmation",
     imitates="second agent reply in the same support thread, top-posted over the earlier reply",
     why="the new text answers the three @dal_ppang posts; the quoted earlier reply is not restated",
     **{"from": "support@x.com"}, name_from=X_LEGAL, date="Thu, 12 Sep 2024 18:02:44 +0900",
     subject=f"Re: [#459182736] Re: Removal request {XR} (KCSC)", reply_to_req=f"req-{XR}",
     items={X305: "removed", X306: "restricted", X307: "rejected", X101: "pending", X212: "pending"},
     body=f"""
Hello again,

Following up on the posts from {XR} that we said we would come back to:

- {X305}: removed (illegal or certain regulated goods and services policy)
- {X306}: withheld in South Korea in response to your legal demand
- {X307}: reviewed; this post does not break the X Rules and stays up

We are still looking at the posts from @hanriver_9, @ice_cloud_77 and
@yeoul_market.

Best,
Marisol
X Legal Support

On Mon, Sep 9, 2024 at 2:20 PM X Support <support@x.com> wrote:
> Hello,
>
> Thank you for your report under {XR}. We reviewed the posts below and
> have taken the action shown against each one:
>
> {X101} - removed for violating the X Rules
> {X212} - this post no longer exists on X
>
> The posts by @dal_ppang are still under review.
""")

case(name="x-reply-to-reminder-status-below-url", outcome="applied", classification="confirmation",
     imitates="government-affairs contact answering the regulator's overdue reminder, Gmail quoting",
     why="bare URL with 'Status:' on the line below; the reminder quoted under 'On ... wrote:' is ours",
     **{"from": "gga-korea@x.com"}, name_from="Jonah Park", date="Tue, 17 Sep 2024 10:41:09 +0900",
     subject=f"Re: [Reminder] {XR}: response overdue",
     items={X410: "removed", X411: "not_found", X520: "pending", X521: "pending"},
     body=f"""
Hi KCSC team,

Sorry for the slow reply, it has been a busy week. Status as of today for
the @hanriver_9 posts:

{X410}
Status: Removed

{X411}
Status: Not found (the post was gone before our team looked at it)

The @ice_cloud_77 posts are being handled in a separate ticket.

Kind regards,
Jonah Park
Global Government Affairs, X

On Mon, Sep 16, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{REMINDER_X}
""")

case(name="x-jira-resolved-csv-attachment", outcome="applied", classification="confirmation",
     imitates="Atlassian Jira 'issue resolved' notification with the per-URL outcome sheet attached",
     why="the attached CSV gives one action per URL, withheld rows are scoped to KR only",
     **{"from": "jira-noreply@x.com"}, name_from="Jonah Park (Jira)", date="Fri, 13 Sep 2024 16:05:37 +0900",
     subject=f"[JIRA] (LGLOPS-20931) {XR} Korea removal request",
     items={X520: "removed", X521: "removed", X630: "restricted", XACC: "removed"},
     raw_mime=with_csv(f"""
Jonah Park resolved LGLOPS-20931 as Done.

LGLOPS-20931: {XR} Korea removal request
Status: Resolved
Resolution: Done

Comment:
Outcome per URL is in the attached sheet. Withheld items are withheld in
KR only; everything marked removed is removed worldwide.

--
This message was sent by Atlassian Jira
""", f"""url,action,scope,date_actioned
{X520},removed,global,2024-09-12
{X521},removed,global,2024-09-12
{X630},withheld,KR,2024-09-12
{XACC},account suspended,global,2024-09-13
""", "lglops-20931-outcome.csv", "=_jira_20931"))

case(name="yt-ticket-solved-prose", outcome="applied", classification="confirmation",
     imitates="YouTube legal support reply that marks the ticket solved",
     why="one video removed for a guideline violation, one blocked in South Korea only",
     **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Mon, 09 Sep 2024 11:12:50 +0900",
     subject=f"Re: [4-2291000033711] Legal removal request {YT}", reply_to_req=f"req-{YT}",
     items={YT1: "removed", YT2: "restricted"},
     body=f"""
Hi there,

Thanks for your patience while we looked into this.

After review, we removed {YT1} from YouTube for violating
our Community Guidelines.

We have also blocked {YT2} from view in South Korea on the
basis of local law. It remains available in other countries.

We're marking this ticket as solved. If you reply to this email the ticket
will be reopened. You can read about our policies at
https://support.google.com/youtube/answer/9288567

Regards,
The YouTube Team
""")

case(name="yt-html-table-alternative", outcome="applied", classification="confirmation",
     imitates="YouTube legal notice with an outcome table (multipart/alternative)",
     why="table rows: short age-restricted, channel terminated, a video already deleted by its uploader",
     **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Tue, 10 Sep 2024 15:30:02 +0900",
     subject=f"[4-2291000033711] Update on your request {YT}",
     items={YT3: "restricted", YT4: "removed", YT1: "not_found"},
     raw_mime=alternative(f"""
Hello,

We have completed our review of the content listed in {YT}.

Content: {YT3}
Outcome: Age-restricted

Content: {YT4}
Outcome: Channel terminated

Content: {YT1}
Outcome: The uploader deleted this video before we reviewed it

- The YouTube Team
""", f"""
<html><body>
<p>Hello,</p>
<p>We have completed our review of the content listed in {YT}.</p>
<table border="1" cellpadding="4">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td><a href="{YT3}">{YT3}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{YT4}">{YT4}</a></td><td>Channel terminated</td></tr>
<tr><td><a href="{YT1}">{YT1}</a></td><td>The uploader deleted this video before we reviewed it</td></tr>
</table>
<p>- The YouTube Team</p>
</body></html>
""", "yt_alt_0910"))

case(name="yt-korean-quoted-printable", outcome="applied", classification="confirmation",
     imitates="Korean-language YouTube legal reply, quoted-printable body",
     why="URL followed by a Korean particle: one video restricted in Korea, the short deleted",
     **{"from": "legal-kr@google.com"}, name_from="YouTube 법무지원팀",
     date="Wed, 11 Sep 2024 09:48:15 +0900",
     subject=f"RE: [{YT}] 게시물 조치 요청에 대한 회신",
     items={YT2: "restricted", YT3: "removed"},
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""안녕하세요, YouTube 법무지원팀입니다.

방송통신심의위원회의 요청({YT})과 관련하여 검토 결과를 알려드립니다.

요청하신 동영상 {YT2}는 현지 법률에 따라 대한민국에서 접근이 제한되었습니다.

{YT3}의 경우 커뮤니티 가이드 위반으로 삭제되었습니다.

나머지 콘텐츠에 대해서는 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
YouTube 법무지원팀
"""))

case(name="naver-ticket-numbered-arrows", outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 문의 답변 with a numbered list of 처리 결과",
     why="five numbered URLs, each with its result on the next line: 게시중단, 임시조치, 블라인드, 작성자 삭제, 유지",
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터", date="Tue, 10 Sep 2024 17:25:40 +0900",
     subject=f"[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 2409-118-55201)",
     items={NV1: "removed", NV2: "restricted", NV3: "removed", NV4: "not_found", NV5: "rejected"},
     body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물 조치 건({NV})에 대한 처리 결과를
아래와 같이 안내드립니다.

1. {NV1}
   → 게시중단 처리 완료
2. {NV2}
   → 임시조치(30일) 처리
3. {NV3}
   → 블라인드 처리
4. {NV4}
   → 작성자가 이미 삭제한 게시물로 확인됩니다.
5. {NV5}
   → 검토 결과 운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다.

추가 문의 사항은 이 메일에 회신해 주시기 바랍니다.
네이버 운영정책: https://policy.naver.com/policy/service.html

감사합니다.
네이버 고객센터 드림
""")

case(name="naver-base64-html-result-table", outcome="applied", classification="confirmation",
     imitates="시정요구 조치결과 회신 table in an HTML body, base64 encoded",
     why="two rows of the result table: 삭제 and 접속차단",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원", date="Wed, 11 Sep 2024 10:03:27 +0900",
     subject=f"[조치결과] 방송통신심의위원회 시정요구 {NV}",
     items={NV3: "removed", NV4: "restricted"},
     raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구({NV}) 중 카페 게시물 2건에 대한 조치결과를 회신드립니다.</p>
<table border="1" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{NV3}</td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{NV4}</td><td>접속차단</td><td>2024-09-10</td></tr>
</table>
<p>블로그 게시물 3건은 확인 후 별도로 회신드리겠습니다.</p>
<p>NAVER 정책지원팀</p>
</body></html>
"""))

case(name="naver-partial-answer-one-of-five", outcome="applied", classification="confirmation",
     imitates="NAVER 부분 회신: one item answered first, the rest still under review",
     why="one post 게시중단; the other four are only said to be under review and are not named",
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터", date="Mon, 09 Sep 2024 19:10:05 +0900",
     subject=f"Re: 게시물 조치 요청 ({NV})", reply_to_req=f"req-{NV}",
     items={NV1: "removed"},
     body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 5건 중 처리가 끝난 1건의 결과를 먼저 안내드립니다.

- {NV1} : 게시중단

나머지 4건은 현재 담당 부서에서 검토하고 있으며, 결과가 나오는 대로
이 문의 건으로 다시 회신드리겠습니다.

감사합니다.
""")

case(name="kakao-raw-korean-path-bullets", outcome="applied", classification="confirmation",
     imitates="Kakao 고객센터 문의 답변 about a Tistory entry and a Daum cafe post",
     why="the Tistory URL is written with its raw Korean path; both items 게시중단/블라인드",
     **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터", date="Wed, 11 Sep 2024 14:22:18 +0900",
     subject=f"[카카오 고객센터] 문의 답변 안내 (#KS-88124) {KK}",
     items={KK1: "removed", KK2: "removed"},
     body=f"""
안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회의 요청({KK})을 검토하여 아래와 같이 조치하였습니다.

• {KK1_RAW} : 게시중단(비공개 전환) 처리
• {KK2} : 블라인드 처리

조치 내용에 대한 문의는 본 메일에 회신해 주세요.
카카오 운영정책 안내: https://www.kakao.com/policy/oppolicy

감사합니다.
""")

case(name="kakao-one-item-request-sole-statement", outcome="applied", classification="confirmation",
     imitates="Kakao safety team reply naming only the request reference",
     why="one-item request: the channel was permanently suspended; no URL but the reference names it",
     **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티", date="Thu, 12 Sep 2024 11:40:00 +0900",
     subject=f"Re: 카카오톡 채널 조치 요청 ({KC})", reply_to_req=f"req-{KC}",
     items={KC1: "removed"},
     body=f"""
안녕하세요, 카카오 세이프티팀입니다.

요청하신 건({KC})의 카카오톡 채널을 확인한 결과 운영정책 위반에 해당하여
해당 채널을 영구 이용정지 처리하였습니다.

감사합니다.

카카오 세이프티팀
""")

case(name="discord-ticket-solved-invite", outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety ticket reply (help-desk template, solved)",
     why="the server behind the invite link was removed",
     **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety", date="Thu, 12 Sep 2024 04:55:31 +0900",
     subject=f"[Discord] Re: Ticket #31770425 - {DC}",
     items={DC1: "removed"},
     body=f"""
##- Please type your reply above this line -##

Hi there,

Thanks for reaching out. Our Safety team investigated the server reached
through {DC1} and removed it from Discord for violating
our Community Guidelines on regulated goods.

This ticket has been set to Solved. If you reply within 7 days it will be
opened again. Community Guidelines: https://discord.com/guidelines

Discord Trust & Safety

Ticket #31770425
""")

case(name="tg-case-number-url-then-status", outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk reply with its case number, URL line then outcome line",
     why="one post blocked, one blocked for users in South Korea, one message not found",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date="Thu, 05 Sep 2024 21:14:09 +0900",
     subject=f"Re: {TG} [Case #4471902]",
     items={TG1: "removed", TG2: "restricted", TG3: "not_found"},
     body=f"""
Hello,

Case #4471902, your reference {TG}.

{TG1}
This post has been blocked.

{TG2}
Blocked for users in South Korea.

{TG3}
We could not find this message. The link may be wrong.

Telegram Abuse Team
""")

case(name="x-forwarded-internally-from-enforcement", outcome="applied",
     imitates="platform contact forwarding the enforcement team's internal outcome note to the regulator",
     why="an authenticated x.com sender passes on X's own outcome; the forwarded note is the platform speaking, not us",
     **{"from": "gga-korea@x.com"}, name_from="Jonah Park", date="Wed, 11 Sep 2024 13:31:55 +0900",
     subject=f"Fwd: Outcome - KR legal demand {XR} (@moa_snow22)",
     items={X211: "restricted", X212: "removed"},
     body=f"""
Hi team, forwarding the outcome from our enforcement colleagues for the
two @moa_snow22 posts in {XR}.

Jonah

---------- Forwarded message ---------
From: X Enforcement Ops <enforcement-ops@x.com>
Date: Wed, Sep 11, 2024 at 3:02 AM
Subject: Outcome - KR legal demand {XR} (@moa_snow22)
To: Jonah Park <gga-korea@x.com>

Actioned 2024-09-10:
{X211} -> withheld in KR
{X212} -> removed (violates illegal goods policy)

EO-Korea queue
""")

case(name="helpscout-x-angle-bracket-list", outcome="applied", classification="confirmation",
     imitates="Help Scout-style conversation reply with URLs in angle brackets",
     why="three numbered URLs in <...>, each with its own result after a dash",
     **{"from": "legal-requests@x.com"}, name_from="Dana at X Legal", date="Fri, 13 Sep 2024 09:12:44 +0900",
     subject=f"Re: {XR} [Conversation #88213]",
     items={X101: "removed", X305: "not_found", X630: "rejected"},
     body=f"""
Hello,

Here is where we landed on the items you asked about:

1. <{X101}> -- removed
2. <{X305}> -- not found; the post does not exist
3. <{X630}> -- we reviewed it and it does not violate the X Rules, so no action was taken

Dana
X Legal

-----
Conversation #88213 | Reply to this email to continue the conversation.
""")

case(name="x-outlook-wrapped-angle-url", outcome="applied", classification="confirmation",
     imitates="Outlook reply whose long URL in angle brackets is wrapped onto the next line",
     why="the wrapped <...> URL is one post; it was removed",
     **{"from": "gga-korea@x.com"}, name_from="Jonah Park", date="Fri, 13 Sep 2024 17:45:00 +0900",
     subject=f"RE: {XR} - @dal_ppang post",
     items={X306: "removed"},
     body=f"""
Hi,

The post you asked about this morning, <https://x.com/dal_ppang/status/
1829301100000000306>, has now been removed globally.

Best regards,
Jonah Park
Global Government Affairs | X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:30 AM
To: Jonah Park <gga-korea@x.com>
Subject: {XR} - @dal_ppang post

Dear Mr Park,
Could you tell us the current status of {X306}?
KCSC Takedown desk
""")

case(name="yt-gmail-top-post-over-request", outcome="applied", classification="confirmation",
     imitates="YouTube specialist top-posting over the quoted original request (Gmail)",
     why="short age-restricted, two videos stay up with a reason; the quoted request lists all four URLs",
     **{"from": "legal-kr@google.com"}, name_from="Hana Lee (YouTube Legal)", date="Thu, 12 Sep 2024 16:20:31 +0900",
     subject=f"Re: [{YT}] Request for removal of online gambling content",
     reply_to_req=f"req-{YT}",
     items={YT3: "restricted", YT1: "rejected", YT2: "rejected", YT4: "pending"},
     body=f"""
Dear KCSC team,

We've age-restricted {YT3}.

{YT1} and {YT2} do not violate our Community Guidelines and
we did not find them unlawful under Korean law either, so they remain available.

We're still reviewing the channel and will get back to you.

Best,
Hana Lee
YouTube Legal

On Wed, Sep 4, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{ORIG_YT}
""")

case(name="tg-outlook-original-message-below", outcome="applied", classification="confirmation",
     imitates="Telegram legal contact replying from Outlook above '-----Original Message-----'",
     why="two statements in the new text; the request quoted below the separator lists all three URLs",
     **{"from": "dsa@telegram.org"}, name_from="Telegram Legal", date="Fri, 06 Sep 2024 12:01:12 +0900",
     subject=f"RE: Request for removal {TG}",
     items={TG2: "removed", TG3: "not_found", TG1: "pending"},
     body=f"""
Good day,

{TG2} - taken down.
{TG3} - the group is private and we could not locate this message.

Regards,
Telegram Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:15 AM
To: dsa@telegram.org
Subject: Request for removal {TG}

Dear Telegram,

Please remove the following content (illegal gambling promotion):
{TG1}
{TG2}
{TG3}

KCSC Takedown desk
""")

case(name="naver-csv-attachment-korean-headers", outcome="applied", classification="confirmation",
     imitates="NAVER 처리결과 sheet sent as a CSV attachment (base64) with Korean column names",
     why="three rows: 삭제, 임시조치, 위반 아님(유지)",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원", date="Thu, 12 Sep 2024 14:44:03 +0900",
     subject=f"[NAVER] {NV} 처리결과 송부",
     items={NV1: "removed", NV2: "restricted", NV5: "rejected"},
     raw_mime=with_csv(f"""
안녕하세요, NAVER 정책지원팀입니다.

{NV} 블로그 게시물 3건의 처리결과를 첨부 파일로 보내드립니다.

감사합니다.
""", f"""\ufeffURL,조치결과,비고
{NV1},삭제,운영정책 위반
{NV2},임시조치,권리침해 신고 접수에 따른 30일 임시조치
"{NV5}",조치하지 않음,위반 사항 없음(게시물 유지)
""", "result_240912.csv", "=_nv_csv_0912", csv_b64=True))

case(name="kakao-jira-sd-resolved", outcome="applied", classification="confirmation",
     imitates="Jira Service Management 'request resolved' notification from Kakao's safety desk",
     why="Daum cafe post deleted, the Tistory entry was already deleted by its author",
     **{"from": "jira@kakaocorp.com"}, name_from="Kakao Safety Desk", date="Fri, 13 Sep 2024 10:15:47 +0900",
     subject=f"[KSD-3412] {KK} 게시물 조치 요청 - 해결됨",
     items={KK2: "removed", KK1: "not_found"},
     body=f"""
—-—-—-—-—-—-—-—-—-—-—
아래에 회신을 입력해 주세요.
—-—-—-—-—-—-—-—-—-—-—

요청 KSD-3412 상태가 '해결됨'으로 변경되었습니다.

담당자 의견:
{KK2} 게시글은 운영정책 위반으로 삭제하였습니다.
{KK1_RAW} 글은 확인 당시 작성자가 이미 삭제한 상태였습니다.

요청 보기: https://kakaosafety.kakaocorp.com/servicedesk/KSD-3412
Kakao Safety Desk
""")

case(name="discord-html-only-no-violation", outcome="applied", classification="confirmation",
     imitates="Discord HTML-only report outcome email",
     why="the server was reviewed and stays up: no violation found",
     **{"from": "noreply@discord.com"}, name_from="Discord", date="Fri, 13 Sep 2024 02:33:10 +0900",
     subject=f"Update on your report ({DC})", type="html",
     items={DC1: "rejected"},
     body=f"""
<html><body style="font-family:Arial">
<h2>We reviewed your report</h2>
<p>Hello,</p>
<p>Thank you for your report about the server at
<a href="{DC1}">{DC1}</a> (your reference {DC}).</p>
<p>After review, we did not find a violation of our
<a href="https://discord.com/guidelines">Community Guidelines</a>, so we have not taken action
and the server remains available.</p>
<p>&mdash; Discord Safety</p>
</body></html>
""")

case(name="freshdesk-x-resolved-withheld-two", outcome="applied", classification="confirmation",
     imitates="Freshdesk 'ticket status changed to Resolved' notification with the agent's note",
     why="two posts withheld in Korea",
     **{"from": "support@x.com"}, name_from="X Support", date="Tue, 10 Sep 2024 21:08:21 +0900",
     subject=f"Ticket Resolved: [#209551] {XR} posts by @moa_snow22",
     items={X211: "restricted", X212: "restricted"},
     body=f"""
Dear KCSC Takedown,

The status of your ticket [#209551] has been changed to Resolved.

Agent note:
Both posts have been withheld in South Korea:
{X211}
{X212}

If the issue is not resolved, simply reply to this email and the ticket
will be reopened.

X Support
""")

case(name="yt-dsa-statement-of-reasons-channel", outcome="applied", classification="confirmation",
     imitates="DSA-style statement of reasons sent for a channel termination",
     why="decision: terminate channel, territorial scope worldwide",
     **{"from": "noreply-legal@youtube.com"}, name_from="YouTube", date="Wed, 11 Sep 2024 18:00:09 +0900",
     subject=f"Decision on reported content - your reference {YT}",
     items={YT4: "removed"},
     body=f"""
Statement of reasons

Reference: {YT}
Content: {YT4}
Type of content: channel
Decision: channel terminated
Territorial scope: worldwide
Ground: violation of our Community Guidelines (spam, deceptive practices and scams)
Automated detection used: no
Automated decision: no

You can learn about redress options at https://support.google.com/youtube/answer/185111

YouTube
""")

case(name="tg-ack-phrase-plus-statement", outcome="applied", classification="confirmation",
     imitates="Telegram receipt template that already carries an outcome line",
     why="starts like a receipt but states without hedging that one post was blocked",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date="Tue, 03 Sep 2024 08:30:55 +0900",
     subject=f"Your report {TG} - Case #4471955",
     items={TG1: "removed"},
     body=f"""
Thank you for your report. Case #4471955 has been created for it.

Update: the following content has been blocked:
{TG1}

The other links in your report are still being processed.

Telegram Abuse Team
""")

case(name="naver-followup-quoting-first-answer", outcome="applied", classification="confirmation",
     imitates="NAVER second answer in the same 문의 thread, quoting its first answer with '>'",
     why="new text: cafe post 48290 임시조치; the quoted first answer (블라인드) is not restated",
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터", date="Fri, 13 Sep 2024 15:05:19 +0900",
     subject=f"Re: [네이버 고객센터] 추가 안내 (문의번호 2409-118-55201)",
     items={NV4: "restricted", NV3: "pending"},
     body=f"""
안녕하세요, 네이버 고객센터입니다.

지난 답변에 이어 추가로 안내드립니다.
{NV4} 게시물은 권리침해 신고에 따라 임시조치되었습니다.

감사합니다.

2024. 9. 11. 오전 10:03, 네이버 고객센터 <help@navercorp.com> 작성:
> 안녕하세요. 네이버 고객센터입니다.
> {NV3}
>  → 블라인드 처리
> 나머지 게시물은 확인 중입니다.
""")

# ======================= REVIEW =======================

case(name="x-promise-will-act-within-48h", outcome="review", review="not_understood",
     imitates="X agent reply promising action after review",
     why="names two posts but only promises action; nothing has happened yet",
     **{"from": "support@x.com"}, name_from=X_LEGAL, date="Wed, 11 Sep 2024 08:14:33 +0900",
     subject=f"[#459182736] Re: Removal request {XR} (KCSC)",
     items={X520: "pending", X521: "pending"},
     body=f"""
##- Please type your reply above this line -##

Hello,

Thanks for flagging these. We will take action on
{X520} and
{X521}
once our review is complete, normally within 48 hours.

X Legal Support
""")

case(name="yt-hedge-may-have-been-removed", outcome="review", review="not_understood",
     imitates="YouTube support agent guessing at a video's state",
     why="'it appears ... may have already been taken down' is a hedge, not a statement",
     **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Fri, 06 Sep 2024 13:52:08 +0900",
     subject=f"Re: [4-2291000033711] Legal removal request {YT}",
     items={YT1: "pending"},
     body=f"""
Hi,

Quick update on your ticket. It appears that {YT1} may
have already been taken down by the uploader, but we are still confirming
this with the team that handles legal requests. We'll get back to you on
the remaining items.

Thanks,
YouTube Legal Support
""")

case(name="naver-bulk-all-five-done", outcome="review", review="bulk",
     imitates="NAVER 일괄 처리 완료 안내 without a per-post list",
     why="'요청하신 게시물 5건 모두 게시중단' for a five-item request names no single post",
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터", date="Thu, 12 Sep 2024 09:20:00 +0900",
     subject=f"[네이버 고객센터] 처리 완료 안내 ({NV})",
     items={NV1: "pending", NV2: "pending", NV3: "pending", NV4: "pending", NV5: "pending"},
     body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 {NV} 건의 게시물 5건에 대하여 모두
게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
""")

case(name="x-zendesk-solved-bulk-actioned", outcome="review", review="bulk",
     imitates="Zendesk 'request solved' macro that covers the whole report",
     why="'all of the posts reported ... have been actioned' for a 14-item request",
     **{"from": "support@x.com"}, name_from=X_LEGAL, date="Wed, 18 Sep 2024 22:40:12 +0900",
     subject=f"Your request #459182736 has been solved",
     items={u: "pending" for u in REQUESTS[1][6]},
     body=f"""
##- Please type your reply above this line -##

Your request (459182736) has been solved. To reopen this request, reply to
this email.

Hello,

All of the posts reported in {XR} have been actioned in accordance with our
policies and applicable law.

X Legal Support
""")

case(name="tg-forged-auth-fail", outcome="review", review="untrusted",
     imitates="Telegram-looking outcome whose authentication fails",
     why="From telegram.org but DKIM/SPF/DMARC fail",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", auth="fail",
     date="Sat, 07 Sep 2024 03:12:40 +0900",
     subject=f"Re: {TG} [Case #4471902] resolved",
     items={TG1: "pending", TG2: "pending", TG3: "pending"},
     body=f"""
Hello,

All links from your report have been deleted:
{TG1} - deleted
{TG2} - deleted
{TG3} - deleted

Telegram Abuse Team
""")

case(name="kakao-zendesk-hosted-domain", outcome="review", review="unknown_sender",
     imitates="platform help desk hosted on a ticket-system vendor's domain",
     why="the reply comes from a zendesk.com address, not from a Kakao sender domain",
     **{"from": "support@kakaosafety.zendesk.com"}, name_from="Kakao Safety",
     date="Thu, 12 Sep 2024 12:00:31 +0900",
     subject=f"[Kakao Safety] 요청 #5521 처리 결과 ({KK})",
     items={KK1: "pending", KK2: "pending"},
     body=f"""
##- 이 줄 위에 회신을 입력하세요 -##

안녕하세요, Kakao Safety입니다.

{KK2} 게시글은 삭제되었습니다.
{KK1} 글은 비공개 처리되었습니다.

Kakao Safety
""")

case(name="kakao-answers-naver-url", outcome="review", review="wrong_platform",
     imitates="Kakao help desk answering about a NAVER cafe URL",
     why="a Kakao sender states a status (not found) for an item of the NAVER request",
     **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터", date="Tue, 10 Sep 2024 16:44:12 +0900",
     subject="[카카오 고객센터] 문의 답변 안내 (#KS-88190)",
     items={NV4: "pending"},
     body=f"""
안녕하세요. 카카오 고객센터입니다.

문의하신 {NV4} 게시물을 확인하였으나 존재하지 않는 게시물입니다.

감사합니다.
""")

case(name="discord-asks-for-message-links", outcome="review", review="asks_more",
     classification="request_for_info",
     imitates="Discord T&S 'we need more information' help-desk reply (ticket pending)",
     why="asks for message links and the legal basis before acting on the invite",
     **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety", date="Tue, 10 Sep 2024 06:12:09 +0900",
     subject=f"[Discord] Re: Ticket #31770425 - {DC}",
     items={DC1: "pending"},
     body=f"""
##- Please type your reply above this line -##

Hi there,

Thanks for your report regarding {DC1}.

To investigate, we need a little more information:
- links to the specific messages (right-click a message > Copy Message Link)
- the legal provision the content is alleged to breach

Your ticket is set to Pending until we hear back from you.

Discord Trust & Safety
""")

case(name="yt-process-notice-no-items", outcome="review", review="no_claims",
     imitates="YouTube notice to government requesters about a new submission form",
     why="authenticated YouTube mail that names no item and no request",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal", date="Mon, 16 Sep 2024 10:00:00 +0900",
     subject="Changes to how government removal requests are submitted",
     items={},
     body="""
Dear partner,

From 1 October 2024, government removal requests for YouTube should be
submitted through the web form at
https://support.google.com/legal/answer/3110420 instead of by email.
Requests sent by email after that date will be answered with a pointer to
the form.

Thank you for your cooperation.
YouTube Legal
""")

case(name="x-reminder-reply-still-under-review", outcome="review", review="not_understood",
     imitates="X reply to an overdue reminder saying the items are still under review",
     why="answers the reminder about four posts but only says they are under review",
     **{"from": "gga-korea@x.com"}, name_from="Jonah Park", date="Mon, 16 Sep 2024 15:27:02 +0900",
     subject=f"Re: [Reminder] {XR}: response overdue",
     items={X410: "pending", X411: "pending", X520: "pending", X521: "pending"},
     body=f"""
Hi,

Thanks for the nudge. The four posts listed below are still under review
with our enforcement team; I expect an answer by the end of this week and
will come back to you then.

Jonah

On Mon, Sep 16, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{REMINDER_X}
""")

case(name="x-conditional-withhold-after-72h", outcome="review", review="not_understood",
     imitates="X legal reply setting a condition (account holder notified first)",
     why="withholding happens only if the owner does not delete within 72 hours: a condition, not a result",
     **{"from": "legal-requests@x.com"}, name_from="Dana at X Legal", date="Thu, 12 Sep 2024 11:03:19 +0900",
     subject=f"Re: {XR} [Conversation #88213]",
     items={X630: "pending", XACC: "pending"},
     body=f"""
Hello,

We have notified the account holder of {XACC} about your demand.
If the post {X630} is not deleted by the user within
72 hours, we will withhold it in South Korea.

Dana
X Legal
""")

case(name="colleague-forwards-youtube-answer", outcome="review", review="forwarded",
     classification="forwarded",
     imitates="regulator's own investigator forwarding a platform answer to the shared mailbox",
     why="a forward from our own colleague, not from YouTube; the forwarded statement cannot be trusted as such",
     **{"from": "dh.kim@kcsc.example"}, name_from="Kim Dohyun", auth="none",
     date="Fri, 13 Sep 2024 09:02:11 +0900",
     subject=f"Fwd: Re: [{YT}] Request for removal of online gambling content",
     items={YT2: "pending", YT4: "pending"},
     body=f"""
공용 메일함에도 남겨 둡니다. 유튜브 담당자가 제 메일로 회신했습니다.

---------- Forwarded message ---------
From: Hana Lee (YouTube Legal) <legal-kr@google.com>
Date: Thu, Sep 12, 2024 at 6:40 PM
Subject: Re: [{YT}] Request for removal of online gambling content
To: Kim Dohyun <dh.kim@kcsc.example>

Hello,
{YT2} has been blocked in South Korea and the channel
{YT4} has been terminated.
Hana
""")

# ======================= IGNORED =======================

case(name="x-zendesk-new-ticket-receipt", outcome="ignored", classification="acknowledgement",
     imitates="Zendesk automatic 'we received your request' receipt",
     why="pure receipt with a ticket number; no statement about any post",
     **{"from": "support@x.com"}, name_from="X Support", date="Tue, 03 Sep 2024 09:41:10 +0900",
     subject=f"[#459182736] Received: Removal request {XR} (KCSC)", reply_to_req=f"req-{XR}",
     extra_headers=["Auto-Submitted: auto-generated"],
     items={},
     body="""
##- Please type your reply above this line -##

Your request (459182736) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from X Support.
""")

case(name="naver-inquiry-received", outcome="ignored", classification="acknowledgement",
     imitates="NAVER 고객센터 문의 접수 완료 자동 안내",
     why="접수 완료 notice with an inquiry number only",
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터", date="Thu, 05 Sep 2024 14:31:02 +0900",
     subject=f"[네이버 고객센터] 문의가 접수되었습니다. (문의번호 2409-118-55201)",
     extra_headers=["Auto-Submitted: auto-generated"],
     items={},
     body=f"""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의({NV})가 정상적으로 접수되었습니다.
문의번호: 2409-118-55201

답변은 순차적으로 진행되며, 답변이 등록되면 메일로 알려드리겠습니다.
본 메일은 발신 전용입니다.
""")

case(name="kakao-jira-request-received", outcome="ignored", classification="acknowledgement",
     imitates="Jira Service Management 'request received' notification",
     why="the desk only confirms a new request KSD-3412 was created",
     **{"from": "jira@kakaocorp.com"}, name_from="Kakao Safety Desk", date="Fri, 06 Sep 2024 11:02:40 +0900",
     subject=f"[KSD-3412] {KK} 게시물 조치 요청",
     extra_headers=["Auto-Submitted: auto-generated"],
     items={},
     body=f"""
—-—-—-—-—-—-—-—-—-—-—
아래에 회신을 입력해 주세요.
—-—-—-—-—-—-—-—-—-—-—

요청이 접수되었습니다. 요청 번호는 KSD-3412입니다.
담당자가 배정되면 진행 상황을 알려드리겠습니다.

요청 보기: https://kakaosafety.kakaocorp.com/servicedesk/KSD-3412
Kakao Safety Desk
""")

case(name="discord-agent-out-of-office", outcome="ignored", classification="auto_reply",
     imitates="out-of-office reply from a Discord policy contact, quoting our request",
     why="automatic out-of-office reply; the quoted request is ours",
     **{"from": "m.okafor@discord.com"}, name_from="Mara Okafor", date="Mon, 09 Sep 2024 16:20:30 +0900",
     subject=f"Automatic reply: Request for removal {DC}",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     items={},
     body=f"""
I'm out of the office until 23 September with limited access to email.
For urgent legal requests please write to legal@discord.com.

Mara

> Please remove the server reached through {DC1} ({DC}).
""")

case(name="naver-chuseok-out-of-office", outcome="ignored", classification="auto_reply",
     imitates="NAVER 담당자 추석 연휴 부재중 자동응답",
     why="부재중 자동응답 during the Chuseok holiday",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원", date="Mon, 16 Sep 2024 09:00:41 +0900",
     subject=f"[자동응답] Re: [Reminder] {NV}",
     extra_headers=["Auto-Submitted: auto-replied"],
     items={},
     body=f"""
안녕하세요. 추석 연휴(9/14~9/18) 기간 동안 부재중입니다.
9월 19일부터 순차적으로 확인 후 회신드리겠습니다.

> {NV1}
> {NV2}
""")

case(name="kakao-reminder-bounce-dsn", outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification for our reminder to Kakao",
     why="DSN: our reminder could not be delivered; the returned message is our own",
     **{"from": "MAILER-DAEMON@kcsc.example"}, name_from="Mail Delivery System", auth="none",
     date="Sat, 14 Sep 2024 09:05:12 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.4XyQ9.1726272312"

--dsn.4XyQ9.1726272312
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety-desk@kakaocorp.com>: host mx1.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <safety-desk@kakaocorp.com>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)

--dsn.4XyQ9.1726272312
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Sat, 14 Sep 2024 09:05:10 +0900

Final-Recipient: rfc822; safety-desk@kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn.4XyQ9.1726272312
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: safety-desk@kakaocorp.com
Subject: [Reminder] {KK}: response overdue
Date: Sat, 14 Sep 2024 09:05:09 +0900
Message-ID: <reminder.{KK}.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Our request {KK} is past its deadline. Still pending:
{KK1}
{KK2}

--dsn.4XyQ9.1726272312--
""")

case(name="yt-read-receipt-mdn", outcome="ignored", classification="read_receipt",
     imitates="message disposition notification (read receipt) from a YouTube legal contact",
     why="MDN: our request was displayed, nothing more",
     **{"from": "legal-kr@google.com"}, name_from="Hana Lee (YouTube Legal)", date="Wed, 04 Sep 2024 11:30:00 +0900",
     subject=f"Read: [{YT}] Request for removal of online gambling content",
     items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_7781"

--mdn_7781
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [{YT}] Request for removal of online gambling content
  Sent: Wednesday, September 4, 2024 10:02 AM (UTC+09:00)

was read on Wednesday, September 4, 2024 11:29 AM (UTC+09:00).

--mdn_7781
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <req-{YT}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_7781--
""")

HEADER = """# blind566: ticket systems and threads (receipts, solved tickets,
# follow-ups in the same thread, replies to reminders, partial answers,
# forwarded mail). Written by make.py from each email's meaning, before any
# run of the reader. See NOTES.md."""


def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    Korean mailers send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode(maxlinelen=998)


def main():
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind566", HEADER, CASES)


if __name__ == "__main__":
    main()
