#!/usr/bin/env python3
"""Blind set 918 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges inside relative clauses, negations,
refusals with reasons, later sentences that correct earlier ones, a note that
corrects (or contradicts) a table, statuses given by position. Written before
any run of the reader; every expected result comes from the email's meaning.

    python3 tests/corpus/blind918/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(day, hh, mm, ss=0, tz=KST):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=tz))


# ---------------------------------------------------------------- requests
X = [
    "https://x.com/lucky_reel77/status/1831002200111222333",
    "https://x.com/lucky_reel77/status/1831002200111222334",
    "https://x.com/bet_harbor_kr/status/1831104455667788990",
    "https://x.com/bet_harbor_kr/status/1831104455667788991",
    "https://x.com/nightcoin_desk/status/1831209988776655001",
    "https://x.com/nightcoin_desk/status/1831209988776655002",
    "https://x.com/nightcoin_desk/status/1831209988776655003",
    "https://x.com/slot_mirae/status/1831300011122233344",
    "https://x.com/slot_mirae/status/1831300011122233345",
    "https://x.com/jackpot_lane/status/1831411122233344455",
    "https://x.com/jackpot_lane/status/1831411122233344456",
    "https://x.com/odds_whisper/status/1831522233344455566",
]
TG = [
    "https://t.me/quiet_ferry/311",
    "https://t.me/quiet_ferry/318",
    "https://t.me/pharma_dock/77",
    "https://t.me/pharma_dock/81",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8kLpZa",
    "https://www.youtube.com/watch?v=Hx7Rw2NcY4b",
    "https://www.youtube.com/watch?v=Lp0sD5eJ9uK",
    "https://www.youtube.com/shorts/Vn4Ka7XyT2c",
    "https://www.youtube.com/watch?v=Ke8Ud1HsW5f",
]
BOARD = "자유게시판"
NV_RAW3 = "https://cafe.naver.com/moonlitbay/" + BOARD + "/5530"
NV = [
    "https://blog.naver.com/tidewalker88/223581104411",
    "https://cafe.naver.com/moonlitbay/5521",
    "https://cafe.naver.com/moonlitbay/" + quote(BOARD) + "/5530",
]
KK = [
    "https://cafe.daum.net/sunsetharbor/Zx1k/88",
    "https://greyowl-notes.tistory.com/141",
]
TT = [
    "https://www.tiktok.com/@nightmarket.kr/video/7412233445566778899",
    "https://www.tiktok.com/@nightmarket.kr/video/7412233445566778900",
    "https://www.tiktok.com/@pillpost_/video/7413300112233445566",
]
YT1 = ["https://www.youtube.com/watch?v=Rb2Fh6UoP1s"]

REQUESTS = [
    # ref, platform, sent (day, hh, mm), urls, category, note
    ("KCSC-240903-01", "x", (3, 10, 5), X, "illegal_gambling", "online casino promotion accounts"),
    ("KCSC-240904-02", "telegram", (4, 11, 0), TG, "drug_trade", "channels selling controlled substances"),
    ("KCSC-240905-03", "youtube", (5, 9, 40), YT, "illegal_gambling", "betting tip videos with sign-up links"),
    ("KCSC-240906-04", "naver", (6, 14, 20), NV, "defamation", "posts naming a private person"),
    ("KCSC-240909-05", "kakao", (9, 15, 0), KK, "defamation", "cafe post and blog post"),
    ("KCSC-240910-06", "tiktok", (10, 10, 30), TT, "drug_trade", "videos advertising pills"),
    ("KCSC-240911-07", "youtube", (11, 16, 45), YT1, "illegal_gambling", "single live-stream replay"),
]


def req_mid(ref):
    return ref + ".req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, (day, hh, mm), urls, cat, note in REQUESTS:
        sent = datetime(2024, 9, day, hh, mm, tzinfo=KST)
        due = sent + timedelta(days=7)
        for u in urls:
            w.writerow([ref, plat, sent.isoformat(), due.isoformat(), u, cat,
                        req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def single(ctype, cte, body):
    return f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n{body}"


def multipart(subtype, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def quoted_request(ref, urls, when, style="gmail"):
    """The regulator's own request, quoted below a reply."""
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests that the",
        f"following content be removed or blocked (our reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us the action taken for each URL within 7 days.", "",
              "KCSC Takedown desk"]
    if style == "gmail":
        head = f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:"
        return head + "\n" + "\n".join("> " + l if l else ">" for l in lines)
    return "\n".join(lines)


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =======================

case(
    name="x-one-sentence-three-outcomes",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date=d(12, 18, 3, tz=UTC), subject="Re: KCSC-240903-01 Request to remove content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request (ref. KCSC-240903-01). We reviewed the reported
posts against the X Rules and applicable local law.

We have withheld {X[0]} in South Korea, removed {X[2]} for violating our rules on illegal and regulated goods, and found that {X[3]} does not violate the X Rules or Korean law, so it remains available.

The other posts in your request are still with our team; we will update you
separately.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country-withheld content notice)",
    why="one sentence carries three outcomes, each next to its own URL",
    items={X[0]: "restricted", X[2]: "removed", X[3]: "rejected"},
)

case(
    name="x-text-table-by-column",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date=d(13, 2, 41, tz=UTC), subject="KCSC-240903-01 - outcome (batch 2)",
    body=f"""
Hi KCSC team,

Here is where we landed on the second batch of posts from KCSC-240903-01.

Post URL                                                | Action taken
--------------------------------------------------------+------------------------------
{X[4]}  | Withheld in KR
{X[5]}  | Withheld in KR
{X[6]}  | No action - not in violation
{X[7]}      | Removed (X Rules)
{X[8]}      | Not found - post no longer exists

Withheld posts show the "withheld in response to a legal demand" notice to
viewers in Korea. See https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply with a plain-text results table",
    why="statuses stand in the column beside each URL; help link is no item",
    items={X[4]: "restricted", X[5]: "restricted", X[6]: "rejected", X[7]: "removed", X[8]: "not_found"},
)

_xcsv = "tweet_url,decision,scope,notes\n" + "\n".join([
    f"{X[0]},withheld,KR,local law",
    f"{X[1]},withheld,KR,local law",
    f"{X[2]},removed,global,illegal and regulated goods",
    f"{X[3]},no_action,,no violation of X Rules or local law",
    f"{X[4]},removed,global,spam",
    f"{X[5]},withheld,KR,local law",
    f"{X[6]},no_action,,no violation of X Rules or local law",
    f"{X[7]},removed,global,illegal and regulated goods",
    f"{X[8]},not_found,,post deleted by its author before review",
    f"{X[9]},account_suspended,global,account suspended; post unavailable everywhere",
    f"{X[10]},not_found,,URL does not resolve to a post",
    f"{X[11]},in_review,,decision pending",
]) + "\n"
case(
    name="x-csv-attachment-twelve",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date=d(16, 9, 12, tz=UTC), subject="Re: KCSC-240903-01 Request to remove content",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=multipart("mixed", "==x918csv==", [
        single("text/plain; charset=utf-8", "7bit",
               "Hello,\n\nPlease find attached the outcome for each URL in your request\n"
               "KCSC-240903-01. One post is still in review; we will follow up.\n\n"
               "Regards,\nX Legal\n"),
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"\n'
        'Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"\n'
        "Content-Transfer-Encoding: base64\n\n" + b64(_xcsv.encode()),
    ]),
    outcome="applied", classification="confirmation",
    imitates="X legal outcome with a per-URL CSV report attached",
    why="every row states a decision; the suspended account makes its post unavailable globally (removed); in_review stays pending",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "rejected",
           X[4]: "removed", X[5]: "restricted", X[6]: "rejected", X[7]: "removed",
           X[8]: "not_found", X[9]: "removed", X[10]: "not_found", X[11]: "pending"},
)

case(
    name="tg-correction-in-later-paragraph",
    **{"from": "dsa@telegram.org"},
    date=d(12, 9, 30, tz=UTC), subject="Re: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

We have blocked the following posts for violating Telegram's Terms of Service:
{TG[0]}
{TG[1]}

Post {TG[2]} has been made unavailable to users in South Korea.

Correction to the above: when our moderators opened {TG[1]} it had
already been deleted by the channel admin, so no action of ours was needed for
that one.

Telegram Abuse Team
Case #4471023
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (dsa@telegram.org) with a follow-up correction",
    why="the correction revises the first list for post 318: already deleted by its admin, so not_found, not removed",
    items={TG[0]: "removed", TG[1]: "not_found", TG[2]: "restricted"},
)

case(
    name="tg-negated-violation-and-takedown",
    **{"from": "dsa@telegram.org"},
    date=d(13, 7, 15, tz=UTC), subject="KCSC-240904-02",
    body=f"""
Hi,

Regarding KCSC-240904-02:

- {TG[3]} - we did not find anything in this post that breaks our Terms of Service or that is manifestly illegal, so it will not be taken down.
- {TG[2]} - this post is no longer available; it was taken down by our moderators on 12 September.

Best regards,
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply giving one decision per bullet",
    why="'will not be taken down' after a finding of no violation is a refusal (rejected), not a promise; 77 removed",
    items={TG[3]: "rejected", TG[2]: "removed"},
)

case(
    name="yt-hedges-in-relative-clauses",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(12, 23, 5, tz=UTC), subject="Re: KCSC-240905-03 Request to remove content",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hi,

Thanks for your notice KCSC-240905-03. Our team reviewed the videos you listed.

The video {YT[0]}, which may also have been re-uploaded by other channels, has been removed for violating our Community Guidelines. If you find copies, please report them separately.

The video {YT[1]}, which appears to be a news segment on the topic, remains available: it does not violate our policies and we did not find it unlawful under Korean law.

We have not yet completed our review of {YT[2]} and will write again once we have.

Kind regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply to a government removal request",
    why="'may' and 'appears to' sit in relative clauses about something else; the main clauses are firm; Lp0 not yet reviewed stays pending",
    items={YT[0]: "removed", YT[1]: "rejected", YT[2]: "pending"},
)

case(
    name="yt-statuses-under-headings",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d(13, 4, 50, tz=UTC), subject="Your request KCSC-240905-03",
    body=f"""
Hello,

We have reviewed your request KCSC-240905-03.

Following our review, we have blocked the following content from view on
YouTube in South Korea, in response to your notice under local law:
- {YT[3]}
- {YT[2]}

We have removed the following content from YouTube globally because it
violates our Community Guidelines:
- {YT[0]}

For more information on how we handle government requests, see
https://support.google.com/transparencyreport/answer/7347744

Sincerely,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal outcome notice (blocked in country / removed globally lists)",
    why="each list takes the status of the sentence introducing it",
    items={YT[3]: "restricted", YT[2]: "restricted", YT[0]: "removed"},
)

case(
    name="yt-one-item-request-all-content",
    **{"from": "legal-support@google.com"}, name_from="YouTube Trust & Safety",
    date=d(13, 8, 20, tz=UTC), subject="Re: KCSC-240911-07 Request to remove content",
    reply_to_req=req_mid("KCSC-240911-07"),
    body="""
Hello,

Further to your request KCSC-240911-07: all the content reported in your
request has been removed from YouTube for violating our policy on harmful or
dangerous content.

Regards,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube short removal confirmation without the URL",
    why="a statement about all reported content of a one-item request applies to that item",
    items={YT1[0]: "removed"},
)

case(
    name="naver-particles-after-urls",
    **{"from": "policy@navercorp.com"}, name_from="네이버 고객센터",
    date=d(12, 17, 10), subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240906-04)",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240906-04)에 대해 안내드립니다.

{NV[0]}은 게시중단 조치하였고, {NV[1]}는 정보통신망법 제44조의2에 따라 임시조치(30일간 접근 제한)하였습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 처리 결과 안내 메일",
    why="Korean particles glued to the URLs; 게시중단 = removed, 임시조치 = restricted, in one sentence",
    items={NV[0]: "removed", NV[1]: "restricted"},
)

_nv_html = f"""<html><body style="font-family:sans-serif">
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>요청번호 KCSC-240906-04 에 대한 처리 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>처리결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{NV[0]}">{NV[0]}</a></td><td>임시조치</td><td>30일</td></tr>
<tr><td>2</td><td><a href="{NV[1]}">{NV[1]}</a></td><td>삭제</td><td>-</td></tr>
<tr><td>3</td><td><a href="{NV_RAW3}">{NV_RAW3}</a></td><td>게시물 없음</td><td>작성자가 이미 삭제함</td></tr>
</table>
<p>이의가 있으신 경우 <a href="https://right.naver.com/help">권리보호센터 도움말</a>을 참고해 주세요.</p>
<p>네이버 권리보호센터 드림</p>
</body></html>"""
case(
    name="naver-html-table-three-results",
    **{"from": "right@naver.com"}, name_from="네이버 권리보호센터",
    date=d(13, 11, 2), subject="[네이버] 요청하신 게시물 처리 결과 안내",
    raw_mime=single("text/html; charset=utf-8", "base64", b64(_nv_html.encode())),
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 처리 결과 HTML 표",
    why="per-row results; a raw Korean path matches the percent-encoded request URL; help link no item",
    items={NV[0]: "restricted", NV[1]: "removed", NV[2]: "not_found"},
)

case(
    name="naver-blind-and-refused",
    **{"from": "policy@navercorp.com"}, name_from="네이버 고객센터",
    date=d(16, 10, 45), subject="Re: KCSC-240906-04 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버입니다.

요청하신 3건 중 2건의 처리 결과를 먼저 안내드립니다.

- {NV[1]} : 카페 운영원칙 위반으로 블라인드 처리하였습니다.
- {NV[0]} : 검토 결과 관련 법령 및 네이버 운영정책 위반 사항을 확인할 수 없어 게시중단하지 않았습니다. 해당 게시물은 현재 게시 상태로 유지됩니다.

나머지 1건(자유게시판 게시물)은 확인 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 회신 (일부 거부)",
    why="블라인드 = removed; '게시중단하지 않았습니다' with its reason is a refusal (rejected); the unnamed third stays pending",
    items={NV[1]: "removed", NV[0]: "rejected"},
)

case(
    name="kakao-fullwidth-brackets",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(12, 16, 30), subject="[카카오] 게시물 조치 결과 안내 (KCSC-240909-05)",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청번호 KCSC-240909-05 관련 처리 결과를 알려드립니다.

Daum 카페 게시글（{KK[0]}）은 운영정책 위반으로 블라인드 처리되었습니다。
티스토리 글 {KK[1]} 은 작성자가 이미 삭제하여 현재 존재하지 않는 페이지입니다。

추가 문의는 고객센터로 연락 주시기 바랍니다.
카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum 클린센터) 블라인드 조치 안내",
    why="URL inside full-width brackets; 블라인드 = removed; deleted by its author = not_found",
    items={KK[0]: "removed", KK[1]: "not_found"},
)

case(
    name="kakao-refusal-with-reason",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(13, 14, 5), subject="Re: KCSC-240909-05 게시중단 요청",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
안녕하세요. 카카오입니다.

티스토리 게시글 {KK[1]} 에 대해 검토하였으나, 게시글이 특정인을 지칭한다고 보기 어렵고 관련 법령 위반이 명백하지 않아 게시중단 요청을 받아들이지 않았습니다.

향후 법원의 판단이 있을 경우 다시 검토하도록 하겠습니다.

감사합니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 게시중단 요청 불수용 안내",
    why="a refusal with its reason is rejected; the later conditional re-review does not undo it",
    items={KK[1]: "rejected"},
)

case(
    name="tiktok-three-outcomes-prose",
    **{"from": "gov-requests@tiktok.com"}, name_from="TikTok Government Relations",
    date=d(13, 3, 25, tz=UTC), subject="Re: KCSC-240910-06 Request to remove content",
    reply_to_req=req_mid("KCSC-240910-06"),
    body=f"""
Hello,

Thank you for your request KCSC-240910-06. We've completed our review.

We removed {TT[0]} for violating our Community Guidelines, and restricted {TT[1]} so that it can't be viewed in South Korea, as it breaches local law but not our guidelines. We couldn't find {TT[2]}; the link is either invalid or the video was deleted by its creator before our review.

TikTok Government Relations
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok reply to a government removal request (remove / restrict in country / not found)",
    why="three outcomes in two sentences; 'either invalid or deleted by its creator' are both not_found",
    items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "not_found"},
)

case(
    name="tiktok-result-line-below-url",
    **{"from": "noreply-reports@tiktok.com"}, name_from="TikTok",
    date=d(16, 6, 0, tz=UTC), subject="Report results - KCSC-240910-06",
    body=f"""
Report results - KCSC-240910-06

{TT[0]}
Result: No violation found. The video stays up.

{TT[1]}
Result: Removed - Illegal activities and regulated goods

{TT[2]}
Result: Restricted in your region (South Korea)

Learn more about our Community Guidelines:
https://www.tiktok.com/community-guidelines/en/

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-status email (result line under each URL)",
    why="each result belongs to the URL above it, not the one below",
    items={TT[0]: "rejected", TT[1]: "removed", TT[2]: "restricted"},
)

case(
    name="x-angle-brackets-url-below",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date=d(14, 1, 10, tz=UTC), subject="KCSC-240903-01",
    body=f"""
Hello,

Following review of your report (KCSC-240903-01), the following post has been
withheld in South Korea under our country-withheld content policy:
<{X[9]}>

The following post was found not to violate the X Rules or local law and
remains available:
<https://x.com/jackpot_lane/
status/1831411122233344456>

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice with URLs in angle brackets",
    why="each statement precedes its URL; the second URL is wrapped inside angle brackets (RFC 3986 app. C)",
    items={X[9]: "restricted", X[10]: "rejected"},
)

case(
    name="x-top-posted-over-quoted-request",
    **{"from": "support@x.com"}, name_from="X Support",
    date=d(12, 5, 44, tz=UTC), subject="Re: KCSC-240903-01 Request to remove content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi,

We've removed {X[11]} for violating our rules. The other posts listed in your email below are still under review.

X Support

{quoted_request("KCSC-240903-01", X, "Tue, Sep 3, 2024 at 10:05 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply above the quoted request",
    why="only the post named above the quote changes; the quoted list is our own text and the others are under review",
    items={X[11]: "removed"},
)

case(
    name="tg-outlook-original-message",
    **{"from": "abuse@telegram.org"},
    date=d(16, 12, 0, tz=UTC), subject="RE: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

Post {TG[1]} has been removed. We could not locate {TG[0]}: there is no message with that number in the channel.

Telegram Abuse

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:00 AM
To: dsa@telegram.org
Subject: KCSC-240904-02 Request to remove content

{quoted_request("KCSC-240904-02", TG, "", style="outlook")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over '-----Original Message-----'",
    why="318 removed, 311 not found; the quoted request below names all four but is not a statement",
    items={TG[1]: "removed", TG[0]: "not_found"},
)

_nv_b64 = f"""[네이버] 시정요구 조치결과 회신 (KCSC-240906-04)

방송통신심의위원회 귀중

귀 위원회의 시정요구에 대한 조치결과를 아래와 같이 회신합니다.

1. {NV[0]} - 삭제
2. {NV[1]} - 삭제
3. {NV[2]} - 해당 게시물 없음 (이미 삭제된 게시물)

네이버 주식회사 정책지원팀
"""
case(
    name="naver-base64-correction-result",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(18, 15, 20), subject="=?UTF-8?B?" + base64.b64encode("[네이버] 시정요구 조치결과 회신".encode()).decode() + "?=",
    raw_mime=single("text/plain; charset=utf-8", "base64", b64(_nv_b64.encode())),
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 (번호 목록, base64 본문)",
    why="numbered list, status after a dash; percent-encoded URL as requested",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "not_found"},
)

case(
    name="x-not-withheld-but-removed",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date=d(17, 8, 30, tz=UTC), subject="Update on KCSC-240903-01",
    body=f"""
Hello,

An update on KCSC-240903-01.

{X[1]} was not withheld in South Korea; instead we removed it globally, as it violates the X Rules on illegal and regulated goods.

{X[3]} has not been removed. Our review found that it does not violate the X Rules, and we found no basis under local law to withhold it.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up (negated action followed by the real one)",
    why="'not withheld; instead removed' is removed; 'has not been removed' with no violation found is rejected",
    items={X[1]: "removed", X[3]: "rejected"},
)

case(
    name="tg-statuses-by-position",
    **{"from": "dsa@telegram.org"},
    date=d(17, 10, 5, tz=UTC), subject="Re: KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

You reported the following posts (KCSC-240904-02):
1) {TG[0]}
2) {TG[1]}
3) {TG[2]}
4) {TG[3]}

Outcome:
1) and 2): blocked for violating our Terms of Service.
3): not found, the post had already been deleted by the channel owner.
4): no violation found; the post stays available.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply echoing the report, then outcomes by number",
    why="outcomes refer to the email's own numbered list",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found", TG[3]: "rejected"},
)

case(
    name="x-note-corrects-table",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date=d(18, 3, 0, tz=UTC), subject="KCSC-240903-01 results",
    body=f"""
Hello,

Results for two posts of KCSC-240903-01:

| Post                                              | Action  |
|---------------------------------------------------|---------|
| {X[7]} | Removed |
| {X[8]} | Removed |

Note: the second row above is wrong. Post 1831300011122233345 was withheld
in South Korea only; it was not removed globally.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a markdown table and a correcting note",
    why="the note explicitly corrects row 2: restricted, not removed",
    items={X[7]: "removed", X[8]: "restricted"},
)

_yt_qp = f"""Hello,

Re: KCSC-240905-03

We've age-restricted the video {YT[1]}; it can no longer be watched by viewers who are signed out or who are under 18, and it will not appear in some parts of YouTube.

The video {YT[2]} is no longer available on YouTube: the channel that uploaded it has been terminated for repeated violations of our Community Guidelines.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167

The YouTube Team
"""
case(
    name="yt-qp-age-restriction-and-termination",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date=d(17, 22, 10, tz=UTC), subject="Update on your request KCSC-240905-03",
    raw_mime=single("text/plain; charset=utf-8", "quoted-printable", qp(_yt_qp)),
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice and channel-termination notice, quoted-printable",
    why="age restriction = restricted; video unavailable after channel termination = removed",
    items={YT[1]: "restricted", YT[2]: "removed"},
)

case(
    name="tg-dsa-statement-of-reasons",
    **{"from": "dsa@telegram.org"},
    date=d(18, 6, 30, tz=UTC), subject="Statement of reasons - KCSC-240904-02",
    body=f"""
STATEMENT OF REASONS

Reference: KCSC-240904-02
Content: {TG[3]}
Type of restriction: visibility - access to the content disabled
Territorial scope: Republic of Korea
Ground: content incompatible with local law (sale of controlled substances)
Facts relied on: notice received from the Korea Communications Standards Commission
Automated means: not used in the decision
Redress: the uploader may appeal through the in-app support chat

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (territorial restriction)",
    why="access disabled in Korea only = restricted",
    items={TG[3]: "restricted"},
)

_yt_html = f"""<html><body>
<p>Hello,</p>
<p>Below is the status of each video in your request <b>KCSC-240905-03</b>.</p>
<table border="1" cellpadding="5">
<tr><th>Video</th><th>Outcome</th></tr>
<tr><td>{YT[0]}</td><td>Removed &ndash; Community Guidelines violation</td></tr>
<tr><td>{YT[1]}</td><td>Blocked in South Korea (local law)</td></tr>
<tr><td>{YT[2]}</td><td>No action &ndash; does not violate our policies</td></tr>
<tr><td>{YT[3]}</td><td>Not found &ndash; video unavailable (removed by the uploader)</td></tr>
<tr><td>{YT[4]}</td><td>Under review</td></tr>
</table>
<p>Policy details: <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a></p>
<p>YouTube Legal Support</p>
</body></html>"""
case(
    name="yt-html-table-five",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(19, 2, 15, tz=UTC), subject="Re: KCSC-240905-03 Request to remove content",
    reply_to_req=req_mid("KCSC-240905-03"),
    raw_mime=multipart("alternative", "==yt918alt==", [
        single("text/plain; charset=utf-8", "7bit",
               "Hello,\n\nThe status of each video in your request KCSC-240905-03 is in the\n"
               "HTML part of this message.\n\nYouTube Legal Support\n"),
        single("text/html; charset=utf-8", "quoted-printable", qp(_yt_html)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support status table (HTML)",
    why="one outcome per row; under review stays pending; removed by the uploader = not_found",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected", YT[3]: "not_found", YT[4]: "pending"},
)

# ======================= REVIEW =======================

case(
    name="x-promise-will-be-removed",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date=d(12, 11, 0, tz=UTC), subject="Re: KCSC-240903-01 Request to remove content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thanks for your report KCSC-240903-01. The posts {X[7]} and {X[8]} will be removed once our safety team completes its verification, which usually takes two to three business days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising action",
    why="a promise ('will be removed once ...') is no statement; items stay pending",
    items={X[7]: "pending", X[8]: "pending"},
)

case(
    name="yt-hedged-may-already-be-gone",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(14, 0, 30, tz=UTC), subject="Re: KCSC-240905-03 Request to remove content",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hi,

It appears that the video {YT[4]} may already have been taken down by its uploader. We are checking this with our systems and will confirm once we know more.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply (hedged)",
    why="'appears ... may already have been' is a hedge, not a statement",
    items={YT[4]: "pending"},
)

case(
    name="x-bulk-all-actioned",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date=d(19, 7, 0, tz=UTC), subject="Re: KCSC-240903-01 Request to remove content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
Hello,

All of the posts reported under KCSC-240903-01 have been actioned in
accordance with the X Rules and applicable law.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line bulk confirmation",
    why="a statement about all posts of a twelve-item request without naming each",
    items={},
)

case(
    name="tg-auth-fail",
    **{"from": "dsa@telegram.org"}, auth="fail",
    date=d(13, 20, 0, tz=UTC), subject="Re: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

We have blocked {TG[0]} and {TG[2]} for violating our Terms of Service.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse-desk reply failing DKIM/SPF/DMARC",
    why="platform domain but authentication failed",
    items={TG[0]: "pending", TG[2]: "pending"},
)

case(
    name="tg-lookalike-gmail-sender",
    **{"from": "tg.moderation.desk@gmail.com"}, name_from="Telegram Moderation",
    date=d(14, 13, 13), subject="Re: KCSC-240904-02 completed",
    body=f"""
Dear KCSC,

Your request KCSC-240904-02 has been completed. The posts {TG[1]} and {TG[3]} were deleted by our moderation team.

Telegram Moderation Desk
""",
    outcome="review", review="unknown_sender",
    imitates="reply claiming to be Telegram from a free-mail address",
    why="gmail.com is no platform's sender domain",
    items={TG[1]: "pending", TG[3]: "pending"},
)

case(
    name="kakao-about-naver-post",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(16, 15, 40), subject="[카카오] 게시물 삭제 요청 처리 안내",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 게시물 {NV[1]} 을 운영정책에 따라 삭제 처리하였습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao 처리 안내 stating a result for a NAVER cafe URL",
    why="Kakao states a status for a NAVER item",
    items={NV[1]: "pending"},
)

case(
    name="yt-no-item-no-reference",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date=d(15, 4, 4, tz=UTC), subject="Update on your report",
    body="""
Hi,

Thanks for your report. We reviewed the content and took action in line with
our Community Guidelines. Reports like yours help keep YouTube safe.

Learn more: https://support.google.com/youtube/answer/2802027

The YouTube Team
""",
    outcome="review", review="no_claims",
    imitates="YouTube generic 'we took action on your report' email",
    why="trusted, but names no item and no request",
    items={},
)

case(
    name="naver-asks-for-decision-copy",
    **{"from": "policy@navercorp.com"}, name_from="네이버 고객센터",
    date=d(10, 10, 0), subject="Re: KCSC-240906-04 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버입니다.

요청하신 게시물 {NV[0]} 에 대한 검토를 위해 심의 의결서 사본과 요청 근거 법령을 회신해 주시기 바랍니다.

자료가 확인되는 대로 검토를 진행하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 추가 자료 요청 회신",
    why="asks for a copy of the decision before acting; no status",
    items={NV[0]: "pending"},
)

case(
    name="x-conditional-withholding",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date=d(15, 9, 50, tz=UTC), subject="Re: KCSC-240903-01 Request to remove content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

If a Korean court issues an order concerning {X[4]} and {X[5]}, those posts would be withheld in South Korea. For now our review of them is continuing.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply stating a conditional action",
    why="a condition and a continuing review: no statement",
    items={X[4]: "pending", X[5]: "pending"},
)

case(
    name="tiktok-table-contradicts-note",
    **{"from": "gov-requests@tiktok.com"}, name_from="TikTok Government Relations",
    date=d(17, 2, 20, tz=UTC), subject="KCSC-240910-06 - decision",
    body=f"""
Hello,

Decision for one video of KCSC-240910-06:

Video URL : {TT[2]}
Decision  : No violation
Action    : None

Note: this video has been removed from TikTok.

TikTok Government Relations
""",
    outcome="review", review="conflicting_statements",
    imitates="TikTok decision form with a free-text note",
    why="the form says no violation / no action, the note says removed; neither corrects the other",
    items={TT[2]: "pending"},
)

case(
    name="tg-not-yet-under-review",
    **{"from": "dsa@telegram.org"},
    date=d(12, 14, 45, tz=UTC), subject="Re: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

Post {TG[0]} has not been removed yet. It is currently under review by our moderators, as is {TG[1]}.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply",
    why="'not removed yet' + 'under review' is no outcome: pending",
    items={TG[0]: "pending", TG[1]: "pending"},
)

# ======================= IGNORED =======================

case(
    name="x-out-of-office",
    **{"from": "j.kwon@x.com"}, name_from="Jiyeon Kwon",
    date=d(3, 10, 6), subject="Automatic reply: KCSC-240903-01 Request to remove content",
    reply_to_req=req_mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.
For urgent legal requests please write to legal@x.com.

Jiyeon
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

_orig_nv = f"""From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: KCSC-240906-04 Request to remove content
Date: {d(6, 14, 20)}
Message-ID: <{req_mid("KCSC-240906-04")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

Please remove the following posts (KCSC-240906-04):
{NV[0]}
{NV[1]}
{NV[2]}
"""
case(
    name="naver-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@navercorp.com"}, name_from="Mail Delivery System",
    date=d(6, 14, 21), subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "==nv918dsn==", [
        single("text/plain; charset=us-ascii", "7bit",
               "This is the mail system at host mail3.navercorp.com.\n\n"
               "I'm sorry to have to inform you that your message could not\n"
               "be delivered to one or more recipients.\n\n"
               "<policy@navercorp.com>: mailbox is full (552 5.2.2 quota exceeded)\n"),
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail3.navercorp.com\n\n"
        "Final-Recipient: rfc822; policy@navercorp.com\n"
        "Action: failed\nStatus: 5.2.2\n"
        "Diagnostic-Code: smtp; 552 5.2.2 mailbox full\n",
        "Content-Type: message/rfc822\n\n" + _orig_nv,
    ], extra='; report-type=delivery-status'),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) with the original request attached",
    why="delivery status notification; the URLs are in our own returned request",
    items={},
)

case(
    name="yt-read-receipt",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(5, 11, 2), subject="Read: KCSC-240905-03 Request to remove content",
    raw_mime=multipart("report", "==yt918mdn==", [
        single("text/plain; charset=utf-8", "7bit",
               "Your message\n\n  To: legal-support@google.com\n"
               "  Subject: KCSC-240905-03 Request to remove content\n\n"
               "was read on 5 September 2024 11:02 (KST).\n"),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.google.com\n"
        "Final-Recipient: rfc822; legal-support@google.com\n"
        f"Original-Message-ID: <{req_mid('KCSC-240905-03')}@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], extra='; report-type=disposition-notification'),
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 read receipt",
    why="message disposition notification",
    items={},
)

case(
    name="tiktok-ticket-echo",
    **{"from": "noreply-reports@tiktok.com"}, name_from="TikTok",
    date=d(10, 10, 32), subject="We've received your report [ticket 58213377]",
    body=f"""
Hi,

Thanks for your report. We've received it and created ticket #58213377.

You reported:
{TT[0]}
{TT[1]}
{TT[2]}

Our team will review the content and let you know the outcome. You don't need
to reply to this email.

TikTok Trust and Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report receipt echoing the reported links",
    why="pure acknowledgement; the URLs are only echoed",
    items={TT[0]: "pending", TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="kakao-receipt-korean",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(9, 15, 3), subject="[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240909-05)",
    body="""
안녕하세요. 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다. (접수번호 2409-118273)
담당자가 확인 후 순차적으로 답변드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 접수 완료 안내",
    why="ticket receipt only",
    items={},
)

case(
    name="tg-autoresponder",
    **{"from": "dsa@telegram.org"},
    date=d(4, 2, 1, tz=UTC), subject="Re: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated reply. Your email has reached the Telegram DSA contact
point. Please do not reply to this message.
""",
    outcome="ignored",
    imitates="Telegram contact-point autoresponder",
    why="auto-reply / receipt with no statement",
    items={},
)

_orig_tt = f"""From: KCSC Takedown <takedown@kcsc.example>
To: gov-requests@tiktok.example
Subject: KCSC-240910-06 Request to remove content
Date: {d(10, 10, 30)}
Message-ID: <{req_mid("KCSC-240910-06")}.x@kcsc.example>
Content-Type: text/plain; charset=utf-8

Please remove the following videos (KCSC-240910-06):
{TT[0]}
{TT[1]}
{TT[2]}
"""
case(
    name="own-mta-bounce-tiktok",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date=d(10, 10, 31), subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "==kc918dsn==", [
        single("text/plain; charset=us-ascii", "7bit",
               "This is the mail system at host mx.kcsc.example.\n\n"
               "Your message could not be delivered to one or more recipients.\n\n"
               "<gov-requests@tiktok.example>: Host or domain name not found.\n"),
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n\n"
        "Final-Recipient: rfc822; gov-requests@tiktok.example\n"
        "Action: failed\nStatus: 5.4.4\n"
        "Diagnostic-Code: X-Postfix; Host or domain name not found\n",
        "Content-Type: message/rfc822\n\n" + _orig_tt,
    ], extra='; report-type=delivery-status'),
    outcome="ignored", classification="bounce",
    imitates="our own MTA's DSN (mistyped recipient domain)",
    why="bounce, ignored whoever sent it",
    items={},
)


HEADER = """# blind918: written before any run of the reader (focus: what a program
# gets wrong). Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind918", HEADER, CASES)
    print(len(CASES), "cases")
