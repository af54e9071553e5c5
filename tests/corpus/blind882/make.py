#!/usr/bin/env python3
"""Blind set blind882 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Every email is written
in our own sentences, with fictional URLs, names and ids; the expected
results come from each email's meaning alone, written before any run.

    python3 tests/corpus/blind882/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime as dt
import os
import quopri
import sys
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind882"

# --------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240905-01", "KCSC-240906-02", "KCSC-240909-03", "KCSC-240910-04",
    "KCSC-240912-05", "KCSC-240913-06", "KCSC-240919-07",
)

TG = {
    "l1041": "https://t.me/lunar_deals_kr/1041",
    "l1042": "https://t.me/lunar_deals_kr/1042",
    "l1057": "https://t.me/lunar_deals_kr/1057",
    "g88": "https://t.me/gray_pier_market/88",
    "g91": "https://t.me/gray_pier_market/91",
    "g102": "https://t.me/gray_pier_market/102",
    "h3310": "https://t.me/hwanggeum_tip/3310",
    "h3312": "https://t.me/hwanggeum_tip/3312",
    "nb": "https://t.me/night_bazaar_09",
    "nb17": "https://t.me/night_bazaar_09/17",
    "q504": "https://t.me/quietfox_archive/504",
    "q517": "https://t.me/quietfox_archive/517",
}
X = {
    "m101": "https://x.com/mirae_leaks/status/1831200000000000101",
    "m187": "https://x.com/mirae_leaks/status/1831200000000000187",
    "c042": "https://x.com/coldbrew_kr22/status/1831255500000000042",
    "c077": "https://x.com/coldbrew_kr22/status/1831255500000000077",
    "sun": "https://x.com/sunbeam_relay",
}
X1 = "https://x.com/tidewatch_07/status/1836600000000000555"
YT = {
    "qa7": "https://www.youtube.com/watch?v=Qa7mLp2xT0c",
    "br4": "https://www.youtube.com/watch?v=bR4nWc9eK1s",
    "zt8": "https://www.youtube.com/shorts/Zt8vYh3uP6d",
    "han": "https://www.youtube.com/@hanriver_signal",
}
NV = {
    "b001": "https://blog.naver.com/dalbit_story/223567001",
    "b044": "https://blog.naver.com/dalbit_story/223567044",
    "c551": "https://cafe.naver.com/hanbitmarket/551",
    "kin": "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471230985",
}
# Tistory entry with a Korean slug (stored percent-encoded; emails may write it raw).
KK_A = "https://moonlit-diary.tistory.com/entry/%EC%98%A4%EB%8A%98%EC%9D%98-%EA%B8%B0%EB%A1%9D"
KK_A_RAW = "https://moonlit-diary.tistory.com/entry/오늘의-기록"
KK = {
    "a": KK_A,
    "b": "https://starfall-note.tistory.com/82",
    "c": "https://cafe.daum.net/blueharbor77/Aq3f/219",
}
TT = {
    "v311": "https://www.tiktok.com/@pearl_moth_22/video/7412000000000000311",
    "v398": "https://www.tiktok.com/@pearl_moth_22/video/7412000000000000398",
}

REQUESTS = [
    (R1, "telegram", "2024-09-05", "2024-09-12", "gambling", list(TG.values()),
     "largest request: four channels and posts"),
    (R2, "x", "2024-09-06", "2024-09-13", "privacy", list(X.values()), "posts and one account"),
    (R3, "youtube", "2024-09-09", "2024-09-16", "harassment", list(YT.values()), "videos and a channel"),
    (R4, "naver", "2024-09-10", "2024-09-17", "defamation", list(NV.values()), "blog cafe and kin"),
    (R5, "kakao", "2024-09-12", "2024-09-19", "obscenity", list(KK.values()), "tistory and daum cafe"),
    (R6, "tiktok", "2024-09-13", "2024-09-20", "drugs", list(TT.values()), "two videos of one account"),
    (R7, "x", "2024-09-19", "2024-09-26", "privacy", [X1], "single post"),
]


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def rid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])


def d(day, hh=10, mm=0, tz=9):
    t = dt.datetime(2024, 9, day, hh, mm, 0, tzinfo=dt.timezone(dt.timedelta(hours=tz)))
    return format_datetime(t)


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def pending(*urls):
    return {u: "pending" for u in urls}


cases = []


def case(**kw):
    cases.append(kw)


# ======================================================================
# Telegram (R1, 12 items)
# ======================================================================
case(
    name="tg-two-blocked-one-missing-one-sentence",
    **{"from": "abuse@telegram.org"}, date=d(6, 14, 20), subject=f"Re: {R1} removal request",
    reply_to_req=rid(R1),
    body=f"""Hello,

Thank you for your report. Regarding the posts in the channel lunar_deals_kr, we have blocked {TG['l1041']} and {TG['l1042']} for breaching our Terms of Service, but {TG['l1057']} could not be found on our servers.

The remaining links from your request are still with our moderators.

Best regards,
Maria
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in prose",
    why="one sentence carries two blocks and a not-found; the closing line about the rest names nothing",
    items={TG["l1041"]: "removed", TG["l1042"]: "removed", TG["l1057"]: "not_found"},
)

case(
    name="tg-url-below-hedged-relative-clause",
    **{"from": "abuse@telegram.org"}, date=d(7, 11, 5), subject=f"Your report {R1}: gray_pier_market",
    reply_to_req=rid(R1),
    body=f"""Hello,

We have reviewed the posts from your request {R1} in the channel gray_pier_market.

The following post was taken down for offering prohibited goods:
{TG['g88']}

The following post, which appears to have been edited by the channel owner after your report, is still being assessed by our moderators:
{TG['g91']}

The following post does not exist or was deleted before our review:
{TG['g102']}

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with each URL on the line below its statement",
    why="statements precede their URL; the hedge sits in a relative clause of a post that is only under review",
    items={TG["g88"]: "removed", TG["g91"]: "pending", TG["g102"]: "not_found"},
)

case(
    name="tg-negated-breach-and-takedown",
    **{"from": "abuse@telegram.org"}, date=d(7, 16, 40), subject=f"Re: {R1}",
    reply_to_req=rid(R1),
    body=f"""Hi,

We looked at both posts from hwanggeum_tip in your request.

We did not find anything in {TG['h3310']} that breaks Telegram's Terms of Service, so it will not be removed. The post {TG['h3312']}, on the other hand, has been taken down.

Regards,
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply refusing one post and removing another",
    why="'will not be removed' with a reason is a refusal, not a promise; the second post is removed",
    items={TG["h3310"]: "rejected", TG["h3312"]: "removed"},
)

case(
    name="tg-template-line-corrected",
    **{"from": "abuse@telegram.org"}, date=d(9, 9, 30), subject=f"Re: {R1} night_bazaar_09",
    reply_to_req=rid(R1),
    body=f"""Hello,

Channel {TG['nb']} and post {TG['nb17']} have been blocked.

Apologies, the line above was inserted from a template by mistake and is not accurate. To be precise: only the post {TG['nb17']} was blocked. The channel {TG['nb']} as a whole does not violate our Terms of Service and remains available.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply that corrects its own template line",
    why="the second paragraph explicitly withdraws the first line: channel stays up (rejected), post blocked",
    items={TG["nb"]: "rejected", TG["nb17"]: "removed"},
)

case(
    name="tg-decisions-by-number",
    **{"from": "abuse@telegram.org"}, date=d(9, 13, 15), subject=f"Decisions on your report ({R1})",
    reply_to_req=rid(R1),
    body=f"""Hello,

Our moderators have reached a decision on the following links you sent:

1) {TG['q504']}
2) {TG['q517']}
3) {TG['g102']}

Decisions, by number:
#1 - blocked
#2 - no violation of our Terms of Service found, the post stays up
#3 - not found

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply listing links then decisions by their number",
    why="statuses are given by position in the email's own numbered list",
    items={TG["q504"]: "removed", TG["q517"]: "rejected", TG["g102"]: "not_found"},
)

case(
    name="tg-bare-url-result-below",
    **{"from": "abuse@telegram.org"}, date=d(10, 10, 45), subject=f"Re: {R1}",
    reply_to_req=rid(R1),
    body=f"""Hello KCSC team,

Please find our results below.

{TG['l1041']}
Result: blocked globally

{TG['l1042']}
Result: no violation found

{TG['l1057']}
Result: blocked globally

{TG['g88']}
Result: unavailable in South Korea

Kind regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk result list, bare URL with its result on the next line",
    why="each result belongs to the URL above it, not the one below",
    items={TG["l1041"]: "removed", TG["l1042"]: "rejected", TG["l1057"]: "removed", TG["g88"]: "restricted"},
)

CSV_TG = "\r\n".join([
    "link,decision,comment",
    f"{TG['l1041']},blocked,",
    f"{TG['l1042']},blocked,",
    f"{TG['l1057']},not found,message id does not exist",
    f"{TG['g88']},blocked,",
    f"{TG['g91']},no violation,",
    f"{TG['h3310']},restricted (KR),unavailable in South Korea only",
    f"{TG['h3312']},blocked,",
    f"{TG['nb']},no violation,channel stays available",
]) + "\r\n"
case(
    name="tg-csv-attachment-decisions",
    **{"from": "abuse@telegram.org"}, date=d(11, 18, 2), subject=f"Report {R1} - decisions attached",
    reply_to_req=rid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tg-b882-csv"

--tg-b882-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The decisions on request {R1} are in the attached file. Links that are
not listed in the file are still being reviewed.

Telegram Abuse Team

--tg-b882-csv
Content-Type: text/csv; charset=utf-8; name="{R1}-decisions.csv"
Content-Disposition: attachment; filename="{R1}-decisions.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TG)}
--tg-b882-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with a CSV of decisions attached",
    why="eight rows with mixed decisions; the body only points to the file",
    items={TG["l1041"]: "removed", TG["l1042"]: "removed", TG["l1057"]: "not_found",
           TG["g88"]: "removed", TG["g91"]: "rejected", TG["h3310"]: "restricted",
           TG["h3312"]: "removed", TG["nb"]: "rejected"},
)

case(
    name="tg-angle-brackets-wrapped",
    **{"from": "abuse@telegram.org"}, date=d(11, 9, 12), subject=f"Re: {R1} hwanggeum_tip",
    reply_to_req=rid(R1),
    body=f"""Hello,

Regarding your request {R1}: the post <{TG['h3310']}> has
been blocked. We could not locate <https://t.me/
hwanggeum_tip/3312>; that message ID does not exist in the channel.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply with URLs in angle brackets, one wrapped across lines",
    why="the second URL is wrapped inside its angle brackets; it is a not-found",
    items={TG["h3310"]: "removed", TG["h3312"]: "not_found"},
)

case(
    name="tg-second-review-reverses",
    **{"from": "abuse@telegram.org"}, date=d(13, 15, 0), subject=f"Update on {R1}",
    reply_to_req=rid(R1),
    body=f"""Hello,

An update on two links from {R1}.

In our message of 9 September we told you that {TG['q517']} did not break our rules. After a second review by a senior moderator that decision was reversed, and the post has now been taken down.

We are still looking into {TG['q504']} and will write again when we have an outcome.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram follow-up reversing an earlier refusal",
    why="the earlier refusal is reported history; the current status is removed; the other link is still open",
    items={TG["q517"]: "removed", TG["q504"]: "pending"},
)

FULL12 = f"""Dear KCSC,

Below is the outcome for each link in your request {R1} (12 links).

- {TG['l1041']} \u2014 blocked
- {TG['l1042']} \u2014 blocked
- {TG['l1057']} \u2014 message not found
- {TG['g88']} \u2014 blocked
- {TG['g91']} \u2014 no violation, remains available
- {TG['g102']} \u2014 blocked in South Korea only
- {TG['h3310']} \u2014 blocked
- {TG['h3312']} \u2014 under review
- {TG['nb']} \u2014 channel blocked
- {TG['nb17']} \u2014 blocked (together with the channel)
- {TG['q504']} \u2014 under review
- {TG['q517']} \u2014 not found, deleted by the channel owner

We will follow up on the two links that are still under review.

Regards,
Telegram Abuse Team
"""
case(
    name="tg-full-list-base64",
    **{"from": "abuse@telegram.org"}, date=d(12, 20, 30), subject=f"Outcome of request {R1}",
    reply_to_req=rid(R1),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(FULL12)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram per-link outcome list for the whole request, base64 body",
    why="all twelve links with mixed outcomes; two still under review stay pending",
    items={TG["l1041"]: "removed", TG["l1042"]: "removed", TG["l1057"]: "not_found",
           TG["g88"]: "removed", TG["g91"]: "rejected", TG["g102"]: "restricted",
           TG["h3310"]: "removed", TG["h3312"]: "pending", TG["nb"]: "removed",
           TG["nb17"]: "removed", TG["q504"]: "pending", TG["q517"]: "not_found"},
)

case(
    name="tg-unable-because-gone",
    **{"from": "abuse@telegram.org"}, date=d(10, 17, 50), subject=f"Re: {R1}",
    reply_to_req=rid(R1),
    body=f"""Hello,

We were unable to take action on {TG['nb17']} because that message no longer exists. The channel {TG['nb']} itself has been made unavailable for users in South Korea; it has not been blocked in other countries.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply: no action because gone, channel geo-restricted",
    why="'unable to take action' because the message no longer exists is not_found; the channel is restricted, not removed",
    items={TG["nb17"]: "not_found", TG["nb"]: "restricted"},
)

# ======================================================================
# X (R2, 5 items; R7, 1 item)
# ======================================================================
case(
    name="x-withheld-removed-account-not-suspended",
    **{"from": "legal-support@x.com"}, date=d(9, 2, 10), subject=f"Re: [Ref {R2}] Request for removal of content",
    reply_to_req=rid(R2),
    body=f"""Hello,

We have reviewed your request regarding the reported content.

After review, we have withheld {X['m101']} in South Korea in response to your request; it remains viewable outside Korea. The post {X['m187']} was removed for violating the X Rules on private information.

We have also withheld the account {X['sun']} in South Korea. The account has not been suspended.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply on country-withheld content (CWC) and a removal",
    why="withheld in Korea is restricted, removal is removed; 'not suspended' must not turn the account into removed",
    items={X["m101"]: "restricted", X["m187"]: "removed", X["sun"]: "restricted"},
)

case(
    name="x-declined-with-reason-and-author-deleted",
    **{"from": "legal-support@x.com"}, date=d(10, 3, 45), subject=f"Re: [Ref {R2}] Request for removal of content",
    reply_to_req=rid(R2),
    body=f"""Hello,

Thank you for your report of 6 September.

We have declined to take action on {X['c042']}. The post is commentary on a public figure's conduct, and we did not find it to violate the X Rules or the local law cited in your request.

{X['c077']} is no longer available on X, as the account holder deleted it before our review.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal refusal with reasons plus an author-deleted post",
    why="a refusal with its reason is rejected; deleted by its author is not_found",
    items={X["c042"]: "rejected", X["c077"]: "not_found"},
)

case(
    name="x-gmail-top-posted-over-request",
    **{"from": "legal-support@x.com"}, date=d(11, 1, 20), subject=f"Re: {R2} Request for removal of content",
    reply_to_req=rid(R2),
    body=f"""Hi,

Following up on your request below: {X['c042']} has been removed. The second post by the same account is still being reviewed by our team and we will reply separately.

X Legal Support

On Fri, Sep 6, 2024 at 4:02 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> Following a review by the Korea Communications Standards Commission,
> please remove the following items (ref {R2}):
>
> 1. {X['m101']}
> 2. {X['m187']}
> 3. {X['c042']}
> 4. {X['c077']}
> 5. {X['sun']}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request",
    why="only the top answer counts: one removal; the second post is under review; quoted URLs say nothing",
    items={X["c042"]: "removed", X["c077"]: "pending", X["m101"]: "pending", X["m187"]: "pending",
           X["sun"]: "pending"},
)

QP_X = f"""Hello,

Regarding {R2}:

The post {X['m187']}, which we may revisit if the account holder files an appeal, has been removed for violating our private information policy.

The post {X['m101']} has been withheld in the Republic of Korea.

X Legal
"""
case(
    name="x-qp-relative-clause-may-revisit",
    **{"from": "legal-support@x.com"}, date=d(12, 4, 5), subject=f"Re: [Ref {R2}]",
    reply_to_req=rid(R2),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_X)}""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply in quoted-printable with soft line breaks",
    why="'may revisit' hedges only a relative clause; the main clause states the removal",
    items={X["m187"]: "removed", X["m101"]: "restricted"},
)

case(
    name="x-single-item-no-url",
    **{"from": "safety-noreply@x.com"}, date=d(20, 8, 30), subject=f"Re: {R7}",
    reply_to_req=rid(R7),
    body=f"""Hello,

Thank you for contacting us. We reviewed the content you reported under reference {R7} and removed it for violating our rules against sharing private media without consent.

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X safety report outcome without the URL",
    why="a request of one item: a statement about 'the content you reported' applies to it",
    items={X1: "removed"},
)

# ======================================================================
# YouTube (R3, 4 items)
# ======================================================================
case(
    name="yt-relative-hedge-firm-main-clause",
    **{"from": "youtube-legal-support@google.com"}, date=d(10, 6, 0), subject=f"Re: Your legal notice {R3}",
    reply_to_req=rid(R3),
    body=f"""Hello,

Thanks for your notice ({R3}).

The video {YT['qa7']}, which we believe may also fall under our harassment policy, has been removed for violating our Community Guidelines.

We could not find {YT['zt8']}. It appears the uploader deleted the Short before we reviewed it.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal notice outcome",
    why="hedges qualify a reason only; the removal and the not-found are stated plainly",
    items={YT["qa7"]: "removed", YT["zt8"]: "not_found"},
)

case(
    name="yt-outlook-actioned-declined-ongoing",
    **{"from": "youtube-legal-support@google.com"}, date=d(11, 7, 30), subject=f"RE: {R3} removal request",
    reply_to_req=rid(R3),
    body=f"""Hello,

{YT['br4']} has been actioned under our policies.

No action was taken on {YT['qa7']}: after review, we found that it does not violate our Community Guidelines or the local law cited.

The channel {YT['han']} has not been terminated. Our review of the channel as a whole is ongoing.

Regards,
Google Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 3:10 PM
To: legal-kr@google.com
Subject: {R3} removal request

Please remove or restrict access to the following content:
{YT['qa7']}
{YT['br4']}
{YT['zt8']}
{YT['han']}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support reply with Outlook-quoted request",
    why="actioned, a refusal with reason, and a channel 'not terminated' while review goes on; quoted list is not a statement",
    items={YT["br4"]: "removed", YT["qa7"]: "rejected", YT["han"]: "pending", YT["zt8"]: "pending"},
)

case(
    name="yt-html-table-corrected-by-note",
    **{"from": "youtube-legal-support@google.com"}, date=d(12, 5, 40), subject=f"Outcome of your request {R3}",
    reply_to_req=rid(R3), type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome of your request {R3}.</p>
<table border="1" cellpadding="4">
<tr><th>Content</th><th>Action</th><th>Policy</th></tr>
<tr><td>{YT['qa7']}</td><td>Removed</td><td>Harassment</td></tr>
<tr><td>{YT['br4']}</td><td>Removed</td><td>Harmful or dangerous content</td></tr>
<tr><td>{YT['zt8']}</td><td>Age-restricted</td><td>Violent content</td></tr>
</table>
<p><b>Correction:</b> the second row above is wrong. The video {YT['br4']} was not removed; it has been age-restricted, like the Short in the third row.</p>
<p>You can read more about age restrictions at <a href="https://support.google.com/youtube/answer/2802167">our Help Center</a>.</p>
<p>The YouTube Legal Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome table with a correction note",
    why="the note expressly corrects row two to age-restricted; the help link is not an item",
    items={YT["qa7"]: "removed", YT["br4"]: "restricted", YT["zt8"]: "restricted"},
)

# ======================================================================
# NAVER (R4, 4 items)
# ======================================================================
case(
    name="naver-mixed-korean-sentence",
    **{"from": "help@navercorp.com"}, name_from="NAVER Customer Center",
    date=d(11, 15, 10), subject=f"[NAVER] 게시중단 요청({R4}) 처리 결과 안내",
    reply_to_req=rid(R4),
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {NV['b001']} 은 게시중단 조치하였으며, {NV['b044']} 는 작성자가 이미 삭제하여 게시물을 확인할 수 없습니다.

나머지 게시물은 검토 후 별도로 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내",
    why="one Korean sentence: 게시중단 (removed) and 작성자가 이미 삭제 (not_found)",
    items={NV["b001"]: "removed", NV["b044"]: "not_found"},
)

case(
    name="naver-not-deleted-but-temporary-measure",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy Support",
    date=d(12, 11, 0), subject=f"Re: {R4} 게시물 조치 요청 회신",
    reply_to_req=rid(R4),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{R4} 관련 처리 결과를 알려드립니다.

1. 카페 게시글 {NV['c551']}
 - 해당 게시글은 삭제하지 않고, 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)하였습니다.

2. 지식iN 답변 {NV['kin']}
 - 검토 결과 관련 법령 및 네이버 운영정책 위반 사항이 확인되지 않아 게시중단 조치를 하지 않았습니다. 해당 답변은 계속 게시됩니다.

문의 사항은 회신 주시기 바랍니다.
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice and a refusal",
    why="'삭제하지 않고 … 임시조치' is restricted; '게시중단 조치를 하지 않았습니다' with its reason is rejected",
    items={NV["c551"]: "restricted", NV["kin"]: "rejected"},
)

NV_HTML = f"""<html><body>
<p>안녕하세요. 네이버입니다.</p>
<p>요청번호 {R4}에 대한 처리 결과를 아래와 같이 알려드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>처리 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV['b001']}</td><td>게시중단</td><td>-</td></tr>
<tr><td>2</td><td>{NV['b044']}</td><td>블라인드</td><td>-</td></tr>
<tr><td>3</td><td>{NV['c551']}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>4</td><td>{NV['kin'].replace('&', '&amp;')}</td><td>조치 불가</td><td>운영정책 위반 사항 없음</td></tr>
</table>
<p>처리 결과에 이의가 있으시면 <a href="https://help.naver.com/inquiry">고객센터</a>를 통해 문의해 주세요.</p>
</body></html>
"""
case(
    name="naver-html-table-base64",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER",
    date=d(13, 9, 20), subject=f"[NAVER] 게시물 처리 결과 ({R4})",
    reply_to_req=rid(R4),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NV_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 table in base64 HTML",
    why="four rows: 게시중단 and 블라인드 are removed, 임시조치 restricted, 조치 불가 (no violation) rejected",
    items={NV["b001"]: "removed", NV["b044"]: "removed", NV["c551"]: "restricted", NV["kin"]: "rejected"},
)

# ======================================================================
# Kakao (R5, 3 items)
# ======================================================================
case(
    name="kakao-korean-particles-fullwidth",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao Trust and Safety",
    date=d(13, 16, 30), subject=f"[카카오] 시정요구 조치결과 회신 ({R5})",
    reply_to_req=rid(R5),
    body=f"""안녕하세요, 카카오 운영정책팀입니다.

귀 위원회의 시정요구({R5})에 대한 조치 결과를 회신드립니다.

티스토리 게시글 {KK_A_RAW} 은 운영정책 위반으로 삭제 조치되었습니다. {KK['b']}는 검토 결과 위반 사항이 확인되지 않아 게시가 유지됩니다. 다음 카페 게시글（{KK['c']}）은 30일간 임시조치되었습니다.

감사합니다.
카카오 운영정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치결과 회신",
    why="raw Korean slug URL, a particle glued to a URL and full-width parentheses; removed, rejected, restricted",
    items={KK["a"]: "removed", KK["b"]: "rejected", KK["c"]: "restricted"},
)

KK_B64 = f"""안녕하세요. 다음 카페 운영팀입니다.

요청하신 게시글 {KK['c']} 은(는) 카페 운영원칙 위반으로 운영자 삭제 처리되었습니다.

함께 요청하신 {KK['a']} 은(는) 존재하지 않는 게시글입니다.

다음 카페 운영팀 드림
"""
case(
    name="kakao-daum-cafe-base64",
    **{"from": "cafe-notice@daum.net"}, name_from="Daum Cafe",
    date=d(16, 10, 10), subject=f"Re: {R5}",
    reply_to_req=rid(R5),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KK_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe 운영자 삭제 notice, base64 body",
    why="운영자 삭제 is removed; 존재하지 않는 게시글 is not_found",
    items={KK["c"]: "removed", KK["a"]: "not_found"},
)

# ======================================================================
# TikTok (R6, 2 items)
# ======================================================================
case(
    name="tiktok-ticket-phrase-plus-outcomes",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date=d(16, 3, 15), subject=f"Re: {R6} | Ticket 88123460",
    reply_to_req=rid(R6),
    body=f"""Hi,

Thank you for your report. Your ticket number is 88123460.

We've reviewed the two videos. {TT['v311']} was removed for violating our Community Guidelines. {TT['v398']}, which was reported for the same reason, did not violate our Community Guidelines or local law, so it remains on TikTok.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome mail with ticket number",
    why="acknowledgement phrase plus unhedged outcomes is a confirmation; the relative clause carries no status",
    items={TT["v311"]: "removed", TT["v398"]: "rejected"},
)

case(
    name="tiktok-first-second-over-quote",
    **{"from": "trust-safety@tiktok.com"}, name_from="TikTok Trust and Safety",
    date=d(17, 2, 50), subject=f"Re: {R6} Request to remove videos",
    reply_to_req=rid(R6),
    body=f"""Hi,

Thanks for your patience. The first video you listed below has been removed. The second one does not go against our Community Guidelines and will stay up.

TikTok Trust and Safety

On 13 Sep 2024, at 10:04, KCSC Takedown <takedown@kcsc.example> wrote:
> Request {R6}
> Please remove:
> 1. {TT['v311']}
> 2. {TT['v398']}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok reply answering by position over the quoted request",
    why="statuses given by position; the quoted request fixes which is first and second",
    items={TT["v311"]: "removed", TT["v398"]: "rejected"},
)

# ======================================================================
# Review
# ======================================================================
case(
    name="tg-promise-within-24-hours",
    **{"from": "abuse@telegram.org"}, date=d(6, 9, 0), subject=f"Re: {R1}",
    reply_to_req=rid(R1),
    body=f"""Hello,

Thank you for your report {R1}. Our moderators have confirmed that the content at {TG['l1041']} and {TG['l1042']} breaches our Terms of Service; both posts will be removed within 24 hours. We will check the remaining links in the coming days.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply promising removal",
    why="a finding and a promise, not a removal",
    items=pending(TG["l1041"], TG["l1042"]),
)

case(
    name="yt-may-have-been-removed",
    **{"from": "youtube-legal-support@google.com"}, date=d(10, 1, 30), subject=f"Re: {R3}",
    reply_to_req=rid(R3),
    body=f"""Hello,

We looked into {YT['zt8']} from your notice. It may have already been removed by the uploader, as our systems show no recent views. We'll confirm once our review is complete.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply",
    why="only a hedge and a promise to confirm",
    items=pending(YT["zt8"]),
)

case(
    name="x-all-withheld-bulk",
    **{"from": "legal-support@x.com"}, date=d(9, 22, 10), subject=f"Re: [Ref {R2}] Request for removal of content",
    reply_to_req=rid(R2),
    body=f"""Hello,

Following our review, all of the posts listed in your request {R2} have been withheld in South Korea.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal bulk withholding notice",
    why="one statement about five items without naming them",
    items=pending(*X.values()),
)

case(
    name="naver-all-four-bulk-korean",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy Support",
    date=d(12, 14, 0), subject=f"Re: {R4} 게시중단 요청",
    reply_to_req=rid(R4),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 4건({R4}) 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 완료 notice for a whole request",
    why="a request of four items answered as a whole",
    items=pending(*NV.values()),
)

case(
    name="x-dmarc-fail",
    **{"from": "legal-support@x.com"}, auth="fail", date=d(10, 12, 0), subject=f"Re: [Ref {R2}] content removed",
    reply_to_req=rid(R2),
    body=f"""Hello,

We have removed {X['m101']} and {X['m187']} for violating the X Rules.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal notice failing DMARC",
    why="platform domain but authentication fails",
    items=pending(X["m101"], X["m187"]),
)

case(
    name="tg-lookalike-domain",
    **{"from": "abuse@telegram-moderation.net"}, name_from="Telegram Moderation",
    date=d(8, 19, 0), subject=f"Request {R1} processed",
    body=f"""Dear partner,

Your request {R1} has been processed. {TG['q504']} is blocked.

Telegram Moderation
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain claiming to be Telegram",
    why="sender domain is not Telegram's",
    items=pending(TG["q504"]),
)

case(
    name="google-search-delisting-naver-url",
    **{"from": "removals@google.com"}, name_from="Google Search Removals",
    date=d(13, 4, 0), subject=f"Google Search removal request ({R4})",
    body=f"""Hello,

In response to your request, we have removed {NV['b044']} from Google Search results for users in South Korea.

Please note that the page itself is hosted by a third party. Google cannot remove content from the website that hosts it; please contact the site owner for that.

Google Search Removals
""",
    outcome="review", review="wrong_platform",
    imitates="Google Search legal delisting notice",
    why="Google speaks about a NAVER item",
    items=pending(NV["b044"]),
)

case(
    name="yt-table-note-conflict",
    **{"from": "youtube-legal-support@google.com"}, date=d(13, 6, 15), subject=f"Outcome of your request {R3}",
    reply_to_req=rid(R3), type="html",
    body=f"""<html><body>
<p>Hello,</p>
<table border="1" cellpadding="4">
<tr><th>Content</th><th>Action</th></tr>
<tr><td>{YT['qa7']}</td><td>Removed</td></tr>
</table>
<p>Please note: {YT['qa7']} remains available on YouTube, as it does not violate our Community Guidelines.</p>
<p>The YouTube Legal Team</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube HTML outcome table contradicted by its note",
    why="the table says removed, the note says it stays up, with no correction marker",
    items=pending(YT["qa7"]),
)

case(
    name="tg-new-contact-address",
    **{"from": "gov-relations@telegram.org"}, date=d(18, 12, 0), subject="Change of contact address for government requests",
    body="""Dear colleagues,

Please note that from 1 October requests from public authorities should be sent to our new address for government requests, which will be shared with registered authorities through the usual channel. The current address will remain active until the end of the year.

Thank you for your cooperation.

Telegram Government Relations
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform notice of a changed point of contact",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="naver-asks-commission-decision",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy Support",
    date=d(11, 10, 30), subject=f"Re: {R4} 자료 요청",
    reply_to_req=rid(R4),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{R4} 관련하여 {NV['c551']} 게시물의 처리를 위해 위반 근거가 되는 심의 의결서 사본을 회신하여 주시기 바랍니다. 자료를 확인한 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for supporting documents",
    why="asks for the Commission's decision before acting",
    items=pending(NV["c551"]),
)

case(
    name="x-conditional-withholding",
    **{"from": "legal-support@x.com"}, date=d(10, 21, 0), subject=f"Re: [Ref {R2}] account sunbeam_relay",
    reply_to_req=rid(R2),
    body=f"""Hello,

Provided that our local counsel confirms the content is illegal under Korean law, {X['sun']} will be withheld in South Korea. We expect to complete this assessment next week.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with a condition",
    why="a conditional promise, nothing done",
    items=pending(X["sun"]),
)

case(
    name="kakao-seems-deleted-still-checking",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao Trust and Safety",
    date=d(13, 11, 45), subject=f"Re: {R5} 진행 상황 안내",
    reply_to_req=rid(R5),
    body=f"""안녕하세요, 카카오 운영정책팀입니다.

요청하신 {KK['b']} 게시글은 이미 삭제된 것으로 보이나, 정확한 확인을 위해 추가 검토 중입니다. 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim progress notice",
    why="'삭제된 것으로 보이나 … 검토 중' is a hedge, not a statement",
    items=pending(KK["b"]),
)

# ======================================================================
# Ignored
# ======================================================================
case(
    name="tg-out-of-office",
    **{"from": "d.karpov@telegram.org"}, name_from="Dmitri Karpov",
    date=d(5, 17, 0), subject=f"Automatic reply: {R1} removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    reply_to_req=rid(R1),
    body="""I am out of the office until 16 September with limited access to email.
For urgent abuse matters please write to abuse@telegram.org.

Dmitri
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: {R3} removal request
Message-ID: <{msgid(R3)}>

Please remove or restrict access to the following content:
{YT['qa7']}
{YT['br4']}
"""
case(
    name="google-dsn-failure",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date=d(9, 15, 12), subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b882"

--dsn-b882
Content-Type: text/plain; charset=utf-8

Your message wasn't delivered to legal-kr@google.com because the
address couldn't be found, or is unable to receive mail.

--dsn-b882
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 09 Sep 2024 15:10:40 +0900

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist

--dsn-b882
Content-Type: message/rfc822

{DSN_ORIG}
--dsn-b882--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style delivery status notification",
    why="a bounce of our own request; the URLs are in the returned message",
    items=pending(YT["qa7"], YT["br4"]),
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy Support",
    date=d(10, 16, 2), subject=f"읽음: {R4} 게시물 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b882"

--mdn-b882
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "{R4} 게시물 삭제 요청"을(를) 2024-09-10 16:01에 읽었습니다.

--mdn-b882
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{msgid(R4)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b882--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="tiktok-receipt-echoes-urls",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date=d(13, 10, 6), subject="We've received your report (Ticket 88123460)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hi,

We've received your report. Your ticket number is 88123460.

Reported content:
{TT['v311']}
{TT['v398']}

Our team will review it and get back to you. Please do not reply to this email.

TikTok
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report receipt",
    why="pure receipt echoing the reported URLs",
    items=pending(TT["v311"], TT["v398"]),
)

case(
    name="kakao-korean-ticket-receipt",
    **{"from": "cs-noreply@kakao.com"}, name_from="Kakao Customer Center",
    date=d(12, 15, 30), subject="[카카오 고객센터] 문의가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409-551203
문의 제목: {R5} 시정요구

접수된 순서에 따라 검토 후 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean helpdesk (Zendesk-style) receipt",
    why="ticket receipt only",
    items={},
)

case(
    name="naver-chuseok-out-of-office",
    **{"from": "j.lee@navercorp.com"}, name_from="Lee Jiwon",
    date=d(13, 18, 5), subject=f"[부재중] Re: {R4} 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    reply_to_req=rid(R4),
    body="""안녕하세요, 이지원입니다.

9월 13일부터 18일까지 추석 연휴로 부재중입니다.
긴급한 건은 정책지원팀 대표 메일로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office reply over the Chuseok holiday",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="x-legal-request-received",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(6, 16, 30), subject=f"Case #0198-2231: {R2} received",
    extra_headers=["Auto-Submitted: auto-generated"],
    reply_to_req=rid(R2),
    body=f"""This is an automated message.

We have received your legal request regarding {R2} and assigned it case number 0198-2231. Our team will review your request and respond by email. Please keep the case number in the subject line of any further correspondence.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request receipt",
    why="automated receipt with a case number",
    items={},
)

HEADER = f"""# Blind set blind882 (focus: what a program gets wrong). Written by make.py.
# Expected results come from each email's meaning alone, written before any run.
# Requests: {', '.join(r[0] for r in REQUESTS)}; largest {R1} (12 items)."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
