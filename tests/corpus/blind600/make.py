#!/usr/bin/env python3
"""Blind set 600: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Every email is fictional
and written in our own words; expected results come from each email's
meaning alone, written before any run of the reader.

    python3 tests/corpus/blind600/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(day, hh, mm, tz=KST, month=9):
    return format_datetime(datetime(2024, month, day, hh, mm, 0, tzinfo=tz))


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240911-04",
    "KCSC-240913-05", "KCSC-240917-06", "KCSC-240919-07",
)

X = [None,
     "https://x.com/lucky_tiger_88/status/1830412200117745001",
     "https://x.com/lucky_tiger_88/status/1830415523390012346",
     "https://x.com/bet_moon_kr/status/1829980011223344556",
     "https://x.com/bet_moon_kr/status/1830002233445566778",
     "https://x.com/sunnyslots7/status/1830123456789001122",
     "https://x.com/haneul_casino/status/1830234567890112233",
     "https://x.com/haneul_casino/status/1830245678901223344",
     "https://x.com/toto_direct_kr",
     "https://x.com/goldpick_tips/status/1830356789012334455",
     "https://x.com/goldpick_tips/status/1830367890123445566",
     "https://x.com/winwin_seoul/status/1830478901234556677",
     "https://x.com/winwin_seoul/status/1830489012345667788",
     "https://x.com/mega_odds_99/status/1830590123456778899"]
Y = [None,
     "https://www.youtube.com/watch?v=Hq7pLx2Vd9A",
     "https://www.youtube.com/watch?v=bN4cR8tYw1E",
     "https://www.youtube.com/watch?v=Zk0sMj5Ug3Q",
     "https://www.youtube.com/shorts/Tr9vWe2Kx5M",
     "https://www.youtube.com/watch?v=Lm2Pq8Rs4Tu",
     "https://youtu.be/Wx6Yz0Ab1Cd"]
T = [None,
     "https://t.me/seoul_ice_store/412",
     "https://t.me/seoul_ice_store/415",
     "https://t.me/candy_delivery_kr"]
N = [None,
     "https://blog.naver.com/moonlit_cake/223561100452",
     "https://blog.naver.com/moonlit_cake/223561189907",
     "https://cafe.naver.com/hanriver_trade/88213",
     "https://cafe.naver.com/hanriver_trade/88240",
     "https://blog.naver.com/star_dust77/223570011234"]
D1_RAW = "https://cafe.daum.net/바닷길/Ab3x/211"
D1 = "https://cafe.daum.net/" + quote("바닷길") + "/Ab3x/211"
D2 = "https://sunrise-pick.tistory.com/58"
K1 = "https://www.tiktok.com/@quickcash.kr/video/7412233445566778899"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R1, "x", "2024-09-03T01:00:00Z", "2024-09-10T09:00:00Z", X[1:], "illegal_gambling",
     "13 posts and one account advertising unlicensed sports betting"),
    (R2, "youtube", "2024-09-05T02:30:00Z", "2024-09-12T09:00:00Z", Y[1:5], "drugs",
     "videos selling prescription drugs without a licence"),
    (R3, "telegram", "2024-09-09T02:00:00Z", "2024-09-16T09:00:00Z", T[1:], "drugs",
     "channel and posts selling methamphetamine, \"ice\""),
    (R4, "naver", "2024-09-11T01:00:00Z", "2024-09-18T09:00:00Z", N[1:], "obscenity",
     "blog and cafe posts, obscene material"),
    (R5, "kakao", "2024-09-13T01:30:00Z", "2024-09-20T09:00:00Z", [D1, D2], "illegal_loans",
     "Daum cafe post and Tistory blog, unregistered lending"),
    (R6, "tiktok", "2024-09-17T03:00:00Z", "2024-09-24T09:00:00Z", [K1], "illegal_loans",
     "one video advertising unregistered loans"),
    (R7, "youtube", "2024-09-19T01:00:00Z", "2024-09-26T09:00:00Z", Y[5:7], "defamation",
     "two videos, defamation of a private person"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


def quoted(lines):
    return "\n".join("> " + l if l else ">" for l in lines)


def request_text(ref, urls, greeting):
    out = [greeting, "", f"Please remove the following content (our reference {ref}):", ""]
    out += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    out += ["", "The content is illegal under Korean law. Please reply with the action taken",
            "for each URL.", "", "Korea Communications Standards Commission"]
    return out


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================
# APPLIED
# ======================================================================

case(name="x-mixed-statuses-one-sentence", from_="legal-notices@x.com", name_from="X Legal",
     date=d(6, 16, 41), subject=f"Re: {R1} Request to remove illegal gambling content",
     reply_to_req=req_mid(R1), outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email (Country Withheld Content notice wording)",
     why="one sentence: two removed, one withheld in Korea, one found not violating",
     items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected"},
     body=f"""
Hello,

Thank you for your request dated 3 September 2024 (your reference {R1}).

We have reviewed the reported posts against the X Rules and applicable local law. Of these, {X[1]} and {X[2]} were removed for violating our Illegal or certain regulated goods or services policy, {X[3]} has been withheld in South Korea, and {X[4]} was found not to violate the X Rules or Korean law, so we are not taking action on it.

The remaining posts in your request are still being reviewed and we will write again once we have reached a decision.

Regards,
X Legal
""")

case(name="x-withheld-bulleted", from_="legal-notices@x.com", name_from="X Legal",
     date=d(7, 9, 5), subject=f"Your legal request {R1}: action taken",
     reply_to_req=req_mid(R1), outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email with a per-post list",
     why="bulleted list, status after a dash on each line; help-centre link is not an item",
     items={X[5]: "restricted", X[6]: "restricted", X[7]: "removed"},
     body=f"""
Hello KCSC team,

We are writing regarding your legal request {R1}.

After reviewing it, we have taken the following action:

 * {X[5]} - withheld in KR
 * {X[6]} - withheld in KR
 * {X[7]} - removed (violation of the X Rules)

The account owners have been notified in line with our user notice policy. Information about withheld content is available at https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""")

case(name="x-refusal-with-reason-and-author-deleted", from_="legal-notices@x.com", name_from="X Legal",
     date=d(9, 11, 20), subject=f"Re: {R1}",
     reply_to_req=req_mid(R1), outcome="applied", classification="confirmation",
     imitates="X legal team reply declining to withhold, with reasons",
     why="refusal with its reason stated above the two URLs (rejected); a post deleted by its author (not_found)",
     items={X[9]: "rejected", X[10]: "rejected", X[11]: "not_found"},
     body=f"""
Hi,

Following up on {R1}.

We have decided not to withhold the following two posts. Both promote a lottery that holds a licence from the Korean authorities, and we could not identify any violation of local law from the information provided:

{X[9]}
{X[10]}

{X[11]} is no longer on X: the account holder deleted it before our review, so there was nothing for us to act on.

If you have a court order or further legal analysis concerning the lottery posts, you may submit it through our legal request portal.

X Legal
""")

case(name="x-correction-after-list", from_="legal-notices@x.com", name_from="X Legal",
     date=d(10, 14, 2), subject=f"{R1} - outcome",
     reply_to_req=req_mid(R1), outcome="applied", classification="confirmation",
     imitates="X legal outcome email, URL with 'Withheld in:' line below, then a correction",
     why="status on the line below each URL; a later paragraph revises the second post to removed",
     items={X[12]: "restricted", X[13]: "removed"},
     body=f"""
{R1} - outcome

{X[12]}
Withheld in: South Korea

{X[13]}
Withheld in: South Korea

Correction, added before sending: the second post above (mega_odds_99) was escalated to our safety team and has been removed globally for violating the X Rules, so please treat it as removed rather than withheld.

X Legal
""")

case(name="x-html-table-with-later-note", from_="legal-notices@x.com", name_from="X Legal",
     date=d(11, 10, 30), subject=f"Legal request {R1} - status report",
     reply_to_req=req_mid(R1), outcome="applied", classification="confirmation", type="html",
     imitates="HTML status report from a legal-request case tool, with a free-text note under the table",
     why="table says no action for winwin_seoul/...7788, the note below says it was later deleted globally",
     items={X[10]: "restricted", X[11]: "restricted", X[12]: "removed"},
     body=f"""
<html><body>
<p>Hello,</p>
<p>Below is the current status of the posts in your request {R1}.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X[10]}</td><td>Withheld (KR)</td></tr>
<tr><td>{X[11]}</td><td>Withheld (KR)</td></tr>
<tr><td>{X[12]}</td><td>No action - no violation found</td></tr>
</table>
<p><b>Note:</b> since this table was generated, the post {X[12]} was deleted globally after a second review found that it breaks our rules on gambling promotion. The table above does not yet reflect this.</p>
<p>X Legal</p>
</body></html>
""")

case(name="x-echoed-report-decisions", from_="noreply-reports@x.com", name_from="X",
     date=d(8, 20, 12), subject=f"Update on your report ({R1})",
     outcome="applied", classification="confirmation",
     imitates="X report-outcome notification echoing the report, 'Our decision' line under each item",
     why="echoed report blocks: withheld, no violation (stays up), removed",
     items={X[1]: "restricted", X[4]: "rejected", X[5]: "removed"},
     body=f"""
Your report

Report ID: 0f3a77c1-5d20-4b8e-9a61-2c7d3e4f8a90
Submitted: 4 Sep 2024
Reported on behalf of: Korea Communications Standards Commission ({R1})
Reason: Illegal or regulated goods and services (gambling)

Reported content: {X[1]}
Our decision: Withheld in: KR

Reported content: {X[4]}
Our decision: No violation found. This post will stay up.

Reported content: {X[5]}
Our decision: Post removed

You can find out more about how we enforce our rules at https://help.x.com/en/rules-and-policies/enforcement-options

X Safety
""")

case(name="x-angle-brackets-below-statement", from_="legal-ops@x.com", name_from="X Legal Operations",
     date=d(6, 9, 48), subject=f"RE: {R1}",
     reply_to_req=req_mid(R1), outcome="applied", classification="confirmation",
     imitates="X legal operations reply, statement first and the URL in angle brackets on the next line",
     why="URL on the line below its statement: account suspended (removed), post withheld (restricted)",
     items={X[8]: "removed", X[9]: "restricted"},
     body=f"""
Dear Sir or Madam,

Re: your request of 3 September ({R1}).

The following account has been permanently suspended for repeated violations of our rules on illegal gambling:
<{X[8]}>

The following post has been withheld in South Korea in response to your legal demand:
<{X[9]}>

Kind regards,
X Legal Operations
""")

orig8 = request_text(R1, X[1:], "Dear X Legal,")
case(name="x-outlook-wrapped-url-over-original", from_="dana.r@x.com", name_from="Dana Reyes",
     date=d(12, 8, 15, tz=UTC), subject=f"RE: {R1} Request to remove illegal gambling content",
     reply_to_req=req_mid(R1), outcome="applied", classification="confirmation",
     imitates="Outlook reply from a government-affairs staffer over '-----Original Message-----'",
     why="URL wrapped inside angle brackets (removed); 'does not exist' stands despite the hedged parenthesis (not_found); quoted list changes nothing",
     items={X[11]: "removed", X[13]: "not_found"},
     body=f"""
Hello,

Please see the outcome for two items from your list below.

Removed from X for violation of our rules: <https://x.com/winwin_seoul/status/
1830478901234556677>

Not found - this post does not exist (it may have been deleted by its
author before we received your request): {X[13]}

Best,
Dana R.
X Global Government Affairs

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: {R1} Request to remove illegal gambling content

""" + "\n".join(orig8))

case(name="x-account-withheld-and-refusal", from_="legal-notices@x.com", name_from="X Legal",
     date=d(13, 17, 25), subject=f"Re: {R1}",
     reply_to_req=req_mid(R1), outcome="applied", classification="confirmation",
     imitates="X account-withheld notice wording plus a refusal with reasons",
     why="account withheld in Korea (restricted); 'We are not removing' with a reason (rejected)",
     items={X[8]: "restricted", X[5]: "rejected"},
     body=f"""
Hello,

Regarding {R1}:

The account @toto_direct_kr ({X[8]}) has been withheld in South Korea in response to your legal demand. It remains visible outside Korea.

We are not removing {X[5]}. The post is a screenshot of a football score with no betting link or promotion, and it does not violate the X Rules or Korean law.

X Legal
""")

case(name="yt-legal-outcome-three-groups", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date=d(10, 4, 10, tz=UTC), subject=f"[{R2}] Your legal removal request - decision",
     reply_to_req=req_mid(R2), outcome="applied", classification="confirmation",
     imitates="YouTube legal removal outcome email (blocked in country / removed under Community Guidelines / no action)",
     why="headings with bulleted URLs: two blocked in KR, one removed, one no action",
     items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed", Y[4]: "rejected"},
     body=f"""
Hello,

Thanks for contacting YouTube. We've reviewed the content you identified in your request.

Based on local law, we've blocked the following videos from view on YouTube in South Korea:
- {Y[1]}
- {Y[2]}

We removed the following video because it violates YouTube's Community Guidelines:
- {Y[3]}

We haven't taken action on the following content, as we could not find it to be in violation of our policies or of local law:
- {Y[4]}

If you believe we've made a mistake, you can reply to this email with more information.

Regards,
The YouTube Legal Team
""")

case(name="yt-hedge-in-relative-clause", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date=d(9, 7, 33, tz=UTC), subject=f"Re: [{R2}] Legal removal request",
     reply_to_req=req_mid(R2), outcome="applied", classification="confirmation",
     imitates="YouTube legal support interim reply",
     why="'which may have been re-uploaded' hedges only a side remark, the removal is stated; the second video is still being looked at",
     items={Y[1]: "removed", Y[2]: "pending"},
     body=f"""
Hi,

Regarding {R2}: the video {Y[1]}, which may have been re-uploaded from another channel, has been removed for violating our policy on the sale of illegal or regulated goods.

We're still looking into {Y[2]} and will follow up separately.

Best regards,
YouTube Legal Support
""")

case(name="yt-statuses-by-position", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date=d(11, 6, 0, tz=UTC), subject=f"[{R2}] Outcome of your request",
     reply_to_req=req_mid(R2), outcome="applied", classification="confirmation",
     imitates="YouTube legal reply listing URLs and then giving outcomes by ordinal",
     why="outcomes given as 'the first / the second / the third' of a numbered list",
     items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
     body=f"""
Hello,

We reviewed the first three URLs of your request {R2}, in the order you sent them:

1. {Y[1]}
2. {Y[2]}
3. {Y[3]}

Outcome: the first was removed for a Community Guidelines violation; the second is now age-restricted; for the third we took no action, as it does not violate our policies.

We will reply about the remaining URL separately.

YouTube Legal Support
""")

case(name="yt-refusal-news-exception", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date=d(12, 3, 45, tz=UTC), subject=f"Re: [{R2}] Legal removal request",
     reply_to_req=req_mid(R2), outcome="applied", classification="confirmation",
     imitates="YouTube reply declining removal under the EDSA (educational/documentary) exception",
     why="refusal with reason for the short (rejected); removal in the next sentence (removed)",
     items={Y[4]: "rejected", Y[3]: "removed"},
     body=f"""
Hello again,

On {Y[4]} we have decided not to remove the short. It is a news clip reporting on a police operation against online drug sales, and it falls under our exception for educational, documentary, scientific or artistic content.

We did remove {Y[3]}, which violates our policy on the sale of regulated goods.

Kind regards,
YouTube Legal Support
""")

case(name="yt-base64-two-lines", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date=d(24, 5, 12, tz=UTC), subject=f"Re: {R7}",
     reply_to_req=req_mid(R7), outcome="applied", classification="confirmation",
     imitates="YouTube legal support short reply, base64 body",
     why="one line per URL: removed; remains available after review (rejected)",
     items={Y[5]: "removed", Y[6]: "rejected"},
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""Hi KCSC team,

Re {R7}.

{Y[5]} - removed (Community Guidelines: harassment)
{Y[6]} - remains available; after review we did not find a violation of our policies or of Korean law.

YouTube Legal Support
"""))

case(name="tg-channel-blocked-posts-deleted", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date=d(10, 13, 2), subject=f"Re: {R3}",
     reply_to_req=req_mid(R3), outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk short reply",
     why="channel blocked, two messages deleted",
     items={T[1]: "removed", T[2]: "removed", T[3]: "removed"},
     body=f"""
Hello,

The channel {T[3]} has been blocked for violating the Telegram Terms of Service. Messages {T[1]} and {T[2]} were deleted.

Telegram Abuse Team
""")

case(name="tg-three-statuses-one-sentence", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date=d(11, 18, 40), subject=f"Re: {R3}",
     reply_to_req=req_mid(R3), outcome="applied", classification="confirmation",
     imitates="Telegram support reply",
     why="one sentence: deleted, could not be found, stays online with the reason",
     items={T[1]: "removed", T[2]: "not_found", T[3]: "rejected"},
     body=f"""
Hi,

{T[1]} was deleted and {T[2]} could not be found, but {T[3]} stays online: the channel only reposts news articles and does not offer anything for sale itself.

Telegram Support
""")

orig16 = request_text(R3, T[1:], "Dear Telegram,")
case(name="tg-top-posted-over-gmail-quote", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date=d(12, 10, 7), subject=f"Re: {R3} Request to remove drug sale content",
     reply_to_req=req_mid(R3), outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk top-posted reply over a Gmail-quoted request",
     why="channel blocked everywhere, one post removed, one still being checked; the quoted request changes nothing",
     items={T[3]: "removed", T[2]: "removed", T[1]: "pending"},
     body=f"""
Channel {T[3]} is now blocked on all platforms.
{T[2]} - removed.
We're still checking {T[1]}.

On Mon, 9 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
""" + quoted(orig16))

case(name="tg-not-removed-because", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date=d(13, 9, 55), subject=f"Re: {R3}",
     reply_to_req=req_mid(R3), outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk second look at a report",
     why="'has not been removed, because ... does not break our rules' is a refusal (rejected); the other was removed",
     items={T[1]: "rejected", T[2]: "removed"},
     body=f"""
Hello,

We have looked at your report {R3} again.

{T[1]} has not been removed, because the message does not break our rules: it is a price list for legal food supplements.
{T[2]} is no longer available - it was removed by our moderators on 10 September.

Telegram Abuse Team
""")

case(name="naver-mixed-korean-sentence", from_="naver_policy@navercorp.com", name_from="네이버 고객센터",
     date=d(12, 15, 30), subject=f"[NAVER] 게시물 게시중단 요청 처리 결과 안내 ({R4})",
     reply_to_req=req_mid(R4), outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 요청 처리 결과 안내 mail",
     why="one Korean sentence: 게시중단 x2, 임시조치, 작성자 삭제로 확인 불가",
     items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found"},
     body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {N[1]}, {N[2]} 는 게시중단 조치하였고, {N[3]} 은 임시조치(30일)하였으며, {N[4]} 은 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 게시물은 검토 후 별도로 회신드리겠습니다.

감사합니다.
네이버 게시물 신고센터
""")

case(name="naver-html-result-table", from_="naver_policy@navercorp.com", name_from="네이버 고객센터",
     date=d(13, 11, 0), subject=f"시정요구 조치결과 회신 ({R4})",
     reply_to_req=req_mid(R4), outcome="applied", classification="confirmation", type="html",
     imitates="Korean 시정요구 조치결과 table (번호/URL/조치결과/비고)",
     why="table rows: 삭제, 접속차단, 해당 게시물 없음, 미조치(위반 아님)",
     items={N[1]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected"},
     body=f"""
<html><body>
<p>안녕하세요. 네이버입니다.</p>
<p>귀 위원회의 시정요구({R4})에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N[3]}</td><td>접속차단</td><td>국내 접속 대상</td></tr>
<tr><td>3</td><td>{N[4]}</td><td>해당 게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>4</td><td>{N[5]}</td><td>미조치</td><td>운영정책 위반사항 없음</td></tr>
</table>
<p>기타 문의사항은 회신 부탁드립니다.</p>
<p>네이버 정책지원팀</p>
</body></html>
""")

csv20 = ("번호,URL,처리결과,사유\n"
         f"1,{N[1]},삭제,불법정보(음란)\n"
         f"2,{N[2]},블라인드,\n"
         f"3,{N[5]},처리불가,위반사항 없음\n")
case(name="naver-csv-attachment", from_="naver_policy@navercorp.com", name_from="네이버 고객센터",
     date=d(14, 10, 20), subject=f"[NAVER] 처리 결과 회신 - {R4}",
     reply_to_req=req_mid(R4), outcome="applied", classification="confirmation",
     imitates="NAVER reply with a CSV result sheet attached",
     why="CSV rows: 삭제, 블라인드 (removed), 처리불가/위반사항 없음 (rejected)",
     items={N[1]: "removed", N[2]: "removed", N[5]: "rejected"},
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_2409_b600"

--=_nv_2409_b600
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 고객센터입니다.

요청번호 {R4} 건의 처리 결과를 첨부 파일로 보내드립니다.
처리 결과는 첨부 파일을 확인해 주시기 바랍니다.

감사합니다.

--=_nv_2409_b600
Content-Type: text/csv; charset=utf-8; name="result_{R4}.csv"
Content-Disposition: attachment; filename="result_{R4}.csv"
Content-Transfer-Encoding: base64

{b64(csv20)}
--=_nv_2409_b600--
""")

case(name="naver-temporary-then-deleted", from_="naver_policy@navercorp.com", name_from="네이버 고객센터",
     date=d(13, 16, 45), subject=f"Re: {R4} 추가 안내",
     reply_to_req=req_mid(R4), outcome="applied", classification="confirmation",
     imitates="NAVER follow-up that upgrades an 임시조치 to 삭제",
     why="first sentence says 임시조치, the later paragraph says it was changed to 삭제: final status removed",
     items={N[5]: "removed"},
     body=f"""
안녕하세요, 네이버입니다.

요청번호 {R4} 관련하여 {N[5]} 게시물은 9월 12일 임시조치 하였습니다.

추가로 안내드립니다. 위 게시물은 이후 내부 검토에서 운영정책 위반이 확인되어 9월 13일 임시조치에서 삭제로 변경 처리되었습니다. 따라서 최종 처리 결과는 삭제입니다.

감사합니다.
""")

orig22 = ["네이버 담당자님께,", "", f"아래 게시물의 삭제를 요청합니다. ({R4})", ""] + \
    [f"{i}. {u}" for i, u in enumerate(N[1:], 1)] + ["", "방송통신심의위원회"]
case(name="naver-gmail-quoted-korean-reply", from_="jiwoo.han@navercorp.com", name_from="한지우",
     date=d(12, 9, 12), subject=f"Re: 게시물 삭제 요청 ({R4})",
     reply_to_req=req_mid(R4), outcome="applied", classification="confirmation",
     imitates="NAVER staff top-posted Gmail reply in Korean",
     why="블라인드 처리 완료 (removed); 정책 위반에 해당하지 않아 게시 유지 (rejected); quoted request ignored",
     items={N[2]: "removed", N[1]: "rejected"},
     body=f"""
안녕하세요.

{N[2]} 블라인드 처리 완료했습니다.
{N[1]} 은 검토 결과 정책 위반에 해당하지 않아 게시를 유지합니다.

한지우 드림

2024년 9월 11일 (수) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
""" + quoted(orig22))

case(name="kakao-fullwidth-punctuation", from_="cs_report@kakaocorp.com", name_from="카카오 고객센터",
     date=d(14, 14, 5), subject=f"[카카오] 게시물 처리 결과 안내 ({R5})",
     reply_to_req=req_mid(R5), outcome="applied", classification="confirmation",
     imitates="Kakao (Daum cafe / Tistory) 처리 결과 안내 with numbered lines",
     why="raw Korean path in full-width brackets: 블라인드 처리 (removed); 운영자 삭제 (removed)",
     items={D1: "removed", D2: "removed"},
     body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 건({R5})의 처리 결과를 알려드립니다.

1) 다음 카페 게시물（{D1_RAW}）：블라인드 처리
2) 티스토리 게시글 {D2} ：운영자 삭제

감사합니다.
""")

case(name="kakao-quoted-printable-age-limit", from_="cs_report@kakaocorp.com", name_from="카카오 고객센터",
     date=d(16, 11, 30), subject=f"Re: {R5}",
     reply_to_req=req_mid(R5), outcome="applied", classification="confirmation",
     imitates="Kakao reply in quoted-printable Korean",
     why="성인 인증 후 열람 (age restriction: restricted); 존재하지 않는 게시글 (not_found)",
     items={D1: "restricted", D2: "not_found"},
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""안녕하세요. 카카오 고객센터입니다.

{D1_RAW} 게시물은 청소년 유해 정보로 판단되어 성인 인증 후에만 열람할 수 있도록 연령 제한 조치하였습니다.
{D2} 게시글은 존재하지 않는 게시글로 확인됩니다.

감사합니다.
"""))

case(name="tiktok-ticket-plus-removal", from_="ts-noreply@tiktok.com", name_from="TikTok Trust and Safety",
     date=d(19, 2, 30, tz=UTC), subject=f"Update on your report ({R6})",
     reply_to_req=req_mid(R6), outcome="applied", classification="confirmation",
     imitates="TikTok report update (ticket number plus outcome)",
     why="a receipt phrase plus an unhedged removal of the one requested video",
     items={K1: "removed"},
     body=f"""
Hi,

Thanks for your report. Your ticket number is 7710-3348-2295.

We reviewed {K1} and removed it for violating our Community Guidelines on frauds and scams.

TikTok Trust and Safety
""")

# ======================================================================
# REVIEW
# ======================================================================

case(name="x-promise-and-under-review", from_="legal-notices@x.com", name_from="X Legal",
     date=d(4, 12, 10), subject=f"Re: {R1}",
     reply_to_req=req_mid(R1), outcome="review", review="not_understood",
     imitates="X legal interim reply",
     why="'will be withheld once our review is complete' is a promise; 'is under review' is no status",
     items={X[1]: "pending", X[2]: "pending", X[3]: "pending"},
     body=f"""
Hello,

Thank you for your request {R1}. We have escalated it to the relevant team.

The posts {X[1]} and {X[2]} will be withheld in South Korea once our review is complete, and {X[3]} is under review.

We'll be in touch.

X Legal
""")

case(name="yt-appears-and-may-hedges", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date=d(8, 2, 0, tz=UTC), subject=f"Re: [{R2}] Legal removal request",
     reply_to_req=req_mid(R2), outcome="review", review="not_understood",
     imitates="YouTube legal support holding reply",
     why="'appears to have been taken down', 'may already be unavailable': hedges, nothing to apply",
     items={Y[1]: "pending", Y[2]: "pending"},
     body=f"""
Hi,

Thanks for your patience with {R2}. From what we can see, {Y[1]} appears to have been taken down by the uploader, and {Y[2]} may already be unavailable in Korea. Our specialist team will confirm both and reply with a final outcome.

YouTube Legal Support
""")

case(name="tg-both-posts-bulk", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date=d(10, 19, 30), subject=f"Re: {R3} Request to remove drug sale content",
     reply_to_req=req_mid(R3), outcome="review", review="bulk",
     imitates="Telegram one-line abuse-desk reply over the quoted request",
     why="'Both posts have been removed' names no URL in a three-item request; the channel is still under review",
     items={T[1]: "pending", T[2]: "pending", T[3]: "pending"},
     body=f"""
Both posts have been removed. The channel is still being reviewed.

On Mon, 9 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
""" + quoted(orig16))

case(name="x-all-posts-withheld-bulk", from_="legal-notices@x.com", name_from="X Legal",
     date=d(14, 10, 0), subject=f"Legal request {R1} completed",
     reply_to_req=req_mid(R1), outcome="review", review="bulk",
     imitates="X legal 'request completed' summary",
     why="one statement about all thirteen items without naming any",
     items={u: "pending" for u in X[1:]},
     body=f"""
Hello,

We have completed our review of legal request {R1}. All of the reported posts have been withheld in South Korea.

X Legal
""")

case(name="naver-dmarc-fail", from_="naver_policy@navercorp.com", name_from="네이버 고객센터", auth="fail",
     date=d(12, 13, 13), subject=f"[NAVER] 게시물 처리 결과 안내 ({R4})",
     outcome="review", review="untrusted",
     imitates="NAVER 처리 결과 notice failing DMARC",
     why="claims from a NAVER address whose authentication fails",
     items={N[1]: "pending", N[2]: "pending"},
     body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 {N[1]}, {N[2]} 은 모두 삭제 조치되었습니다.

감사합니다.
""")

case(name="law-firm-on-behalf-of-author", from_="jh.park@hanbit-law.kr", name_from="Park Jihoon (Hanbit Law)",
     date=d(11, 15, 5), subject=f"{R1} - deletion of posts by our client",
     outcome="review", review="unknown_sender",
     imitates="letter from the account holder's lawyer",
     why="not a platform domain; states deletion of two requested posts",
     items={X[11]: "pending", X[12]: "pending"},
     body=f"""
Dear Sir or Madam,

We act for the holder of the X account @winwin_seoul, whose posts are named in your request {R1}.

Our client has deleted the posts {X[11]} and {X[12]} and does not intend to publish similar content again. We ask that the matter be treated as closed.

Yours faithfully,
Park Jihoon
Hanbit Law
""")

case(name="google-about-telegram-links", from_="legal-support@google.com", name_from="Google Legal Support",
     date=d(10, 1, 20, tz=UTC), subject=f"Re: {R3}",
     outcome="review", review="wrong_platform",
     imitates="Google legal reply to a request sent to the wrong provider",
     why="Google speaks about Telegram's items",
     items={T[1]: "pending", T[2]: "pending"},
     body=f"""
Hello,

We received your request {R3}, which lists the following URLs:

{T[1]}
{T[2]}

These links point to Telegram, not to a Google product, so we are unable to take any action on them. We have closed this request on our side.

Google Legal Support
""")

case(name="naver-table-contradicted-by-text", from_="naver_policy@navercorp.com", name_from="네이버 고객센터",
     date=d(13, 14, 50), subject=f"시정요구 조치결과 회신 ({R4})",
     reply_to_req=req_mid(R4), outcome="review", review="conflicting_statements", type="html",
     imitates="Korean 조치결과 table whose body text contradicts it",
     why="the table says 삭제 완료, the paragraph under it says the same post is still being reviewed",
     items={N[3]: "pending"},
     body=f"""
<html><body>
<p>안녕하세요. 네이버입니다.</p>
<table border="1">
<tr><th>URL</th><th>조치결과</th></tr>
<tr><td>{N[3]}</td><td>삭제 완료</td></tr>
</table>
<p>{N[3]} 게시물은 현재 권리침해 여부를 검토 중이며, 결과는 추후 회신드리겠습니다.</p>
<p>네이버 정책지원팀</p>
</body></html>
""")

case(name="yt-asks-for-timestamps", from_="legal-support@google.com", name_from="YouTube Legal Support",
     date=d(20, 6, 40, tz=UTC), subject=f"Re: {R7} - more information needed",
     reply_to_req=req_mid(R7), outcome="review", review="asks_more", classification="request_for_info",
     imitates="YouTube request for more information on a defamation complaint",
     why="asks for timestamps and the legal basis before it can proceed",
     items={Y[5]: "pending", Y[6]: "pending"},
     body=f"""
Hello,

We're reviewing your request {R7} about {Y[5]} and {Y[6]}.

To complete our review, please reply with the timestamps at which the allegedly defamatory statements appear in each video, and a copy of the legal provision or court decision on which your request relies. We can't proceed with the request until we receive this information.

YouTube Legal Support
""")

case(name="x-generic-action-notice", from_="noreply-reports@x.com", name_from="X",
     date=d(7, 21, 0), subject="Your report to X",
     outcome="review", review="no_claims",
     imitates="X generic 'we took action' report notification",
     why="trusted X mail naming no item and no request",
     items={},
     body="""
Hello,

We've taken action on the content you reported. Thanks for helping keep X safe.

Learn more about our enforcement options: https://help.x.com/en/rules-and-policies/enforcement-options

X Safety
""")

case(name="kakao-conditional-promise", from_="cs_report@kakaocorp.com", name_from="카카오 고객센터",
     date=d(15, 10, 10), subject=f"Re: {R5}",
     reply_to_req=req_mid(R5), outcome="review", review="not_understood",
     imitates="Kakao 고객센터 reply that makes action conditional",
     why="action only if documents arrive ('확인되면 ... 예정'), the other 'will be announced': no statement",
     items={D1: "pending", D2: "pending"},
     body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 {D1_RAW} 게시물은 불법성을 소명하는 자료가 확인되면 임시조치 또는 삭제할 예정입니다.
{D2} 게시글 역시 담당 부서 검토 후 조치 여부를 안내드리겠습니다.

감사합니다.
""")

case(name="tiktok-outcome-before-request", from_="ts-noreply@tiktok.com", name_from="TikTok Trust and Safety",
     date=d(15, 8, 0, tz=UTC), subject="Update on your report",
     outcome="review", review="predates_request",
     imitates="TikTok report outcome for an earlier in-app report",
     why="dated 15 Sep, before the request of 17 Sep was sent",
     items={K1: "pending"},
     body=f"""
Hi,

Thanks for your report. We reviewed {K1} and removed it for violating our Community Guidelines.

TikTok Trust and Safety
""")

# ======================================================================
# IGNORED
# ======================================================================

orig40 = request_text(R2, Y[1:5], "Dear YouTube Legal,")
case(name="yt-out-of-office", from_="minji.seo@google.com", name_from="Minji Seo",
     date=d(5, 11, 31), subject=f"Automatic reply: {R2} Request to remove drug sale videos",
     reply_to_req=req_mid(R2), outcome="ignored", classification="auto_reply",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     imitates="Outlook out-of-office reply quoting the request",
     why="out-of-office auto-reply; the quoted request is no statement",
     items={},
     body=f"""
I'm out of the office until 23 September with limited access to email. For legal removal requests, please use https://support.google.com/legal/answer/3110420 and the team will handle them.

""" + quoted(orig40))

case(name="naver-korean-absence-reply", from_="jiwoo.han@navercorp.com", name_from="한지우",
     date=d(16, 9, 0), subject=f"[자동응답] Re: 게시물 삭제 요청 ({R4})",
     reply_to_req=req_mid(R4), outcome="ignored", classification="auto_reply",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     imitates="Korean 부재중 자동응답 during Chuseok",
     why="Korean out-of-office auto-reply",
     items={},
     body="""
안녕하세요.
9월 16일부터 9월 18일까지 추석 연휴로 부재중입니다.
긴급한 건은 policy@navercorp.com 으로 보내 주시기 바랍니다.

한지우 드림
""")

case(name="tiktok-dsn-bounce", from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
     auth="none", date=d(17, 12, 2), subject="Undelivered Mail Returned to Sender",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (multipart/report)",
     why="bounce of our request to a wrong TikTok address; the returned request is no statement",
     items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="=_dsn_b600_k1"

--=_dsn_b600_k1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-kr@tiktok-legal.example>: host mx.tiktok-legal.example[203.0.113.25]
    said: 550 5.1.1 <legal-kr@tiktok-legal.example>: Recipient address
    rejected: User unknown in virtual mailbox table

--=_dsn_b600_k1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4Wx9Ld2Tq7z
Arrival-Date: Tue, 17 Sep 2024 12:01:58 +0900

Final-Recipient: rfc822; legal-kr@tiktok-legal.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tiktok-legal.example
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@tiktok-legal.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--=_dsn_b600_k1
Content-Description: Undelivered Message
Content-Type: message/rfc822

Date: Tue, 17 Sep 2024 12:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok-legal.example
Subject: {R6} Request to remove illegal loan advertising
Message-ID: <{req_mid(R6)}@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear TikTok,

Please remove the following video (our reference {R6}):
{K1}

Korea Communications Standards Commission

--=_dsn_b600_k1--
""")

case(name="tg-read-receipt", from_="dsa@telegram.org", name_from="Telegram DSA",
     date=d(9, 11, 42), subject=f"Read: {R3} Request to remove drug sale content",
     reply_to_req=req_mid(R3), outcome="ignored", classification="read_receipt",
     imitates="MDN read receipt (multipart/report; disposition-notification)",
     why="read receipt only",
     items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="=_mdn_b600_t"

--=_mdn_b600_t
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to dsa@telegram.org at 9/9/2024 11:00 AM.
This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the content has been read or understood.

--=_mdn_b600_t
Content-Type: message/disposition-notification

Reporting-UA: dsa-desk.telegram.org; Mail Client
Final-Recipient: rfc822; dsa@telegram.org
Original-Message-ID: <{req_mid(R3)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_b600_t--
""")

case(name="kakao-ticket-receipt", from_="noreply@kakaocorp.com", name_from="카카오 고객센터",
     date=d(13, 10, 31), subject="[카카오 고객센터] 문의가 접수되었습니다",
     reply_to_req=req_mid(R5), outcome="ignored", classification="acknowledgement",
     imitates="Kakao 고객센터 문의 접수 자동 안내",
     why="pure receipt: 접수번호, 순차 답변 예정",
     items={},
     body=f"""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2409-133-55821
문의 제목: 게시물 삭제 요청 ({R5})

문의하신 내용은 접수 순서에 따라 확인 후 답변드리겠습니다.
본 메일은 발신 전용입니다.
""")

case(name="x-case-received-echo", from_="legal-noreply@x.com", name_from="X Legal",
     date=d(3, 10, 4), subject=f"Case received: {R1}",
     reply_to_req=req_mid(R1), outcome="ignored", classification="acknowledgement",
     imitates="X legal request portal submission receipt echoing submitted URLs",
     why="receipt that echoes the submitted URLs with no status",
     items={X[1]: "pending", X[2]: "pending", X[3]: "pending", X[4]: "pending", X[5]: "pending"},
     body=f"""
We've received your legal request.

Case number: 0924-LR-55120
Your reference: {R1}

Submitted URLs (first 5 of 13 shown):
{X[1]}
{X[2]}
{X[3]}
{X[4]}
{X[5]}

We will review your request and respond as soon as we can. Please do not reply to this email; replies to this address are not monitored.

X Legal
""")

case(name="tiktok-report-receipt", from_="ts-noreply@tiktok.com", name_from="TikTok Trust and Safety",
     date=d(17, 3, 20, tz=UTC), subject=f"We received your report ({R6})",
     reply_to_req=req_mid(R6), outcome="ignored", classification="acknowledgement",
     imitates="TikTok report receipt",
     why="pure acknowledgement with a reference number",
     items={},
     body="""
Hi,

Thanks for reaching out. We've received your report and our team will review it.

Reference number: TT-2409-884120

TikTok Trust and Safety
""")


HEADER = """# Blind set 600 (tests/corpus/blind600/): what a program gets wrong.
# Written from each email's meaning before any run of the reader; see NOTES.md.
# Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Korean display names and subjects go out as RFC 2047 encoded words,
        # as Korean mail clients send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind600", HEADER, CASES)


if __name__ == "__main__":
    main()
