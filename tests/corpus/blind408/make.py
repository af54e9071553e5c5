#!/usr/bin/env python3
"""Blind corpus set 408: "what a program gets wrong".

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Every email is fictional
and written in our own sentences; the expected result of each case was
written from the email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind408/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1 = "KCSC-240902-01"  # x, 12 items (largest)
R2 = "KCSC-240903-02"  # telegram, 4 items
R3 = "KCSC-240904-03"  # youtube, 5 items
R4 = "KCSC-240905-04"  # naver, 4 items (one Korean path)
R5 = "KCSC-240906-05"  # kakao, 3 items
R6 = "KCSC-240909-06"  # tiktok, 2 items
R7 = "KCSC-240910-07"  # x, 1 item

X1 = "https://x.com/nightglass_kr/status/1830412274518830101"
X2 = "https://x.com/nightglass_kr/status/1830412290066410102"
X3 = "https://x.com/nightglass_kr/status/1830413517203341117"
X4 = "https://x.com/pale_orchid77/status/1830419962285514203"
X5 = "https://x.com/pale_orchid77/status/1830420038711096219"
X6 = "https://x.com/dune_fox_ss/status/1830500473128771311"
X7 = "https://x.com/dune_fox_ss/status/1830500519906648342"
X8 = "https://x.com/mireu_archive/status/1830611184420952405"
X9 = "https://x.com/mireu_archive/status/1830611190337786406"
X10 = "https://x.com/hollowtape/status/1830722203395513520"
X11 = "https://x.com/hollowtape/status/1830722288104467588"
X12 = "https://x.com/quietlamp_09/status/1830833371952264613"
XS = "https://x.com/brinefield/status/1833100425761833777"

T1 = "https://t.me/velvet_lantern/2281"
T2 = "https://t.me/velvet_lantern/2290"
T3 = "https://t.me/moonrise_swap/517"
T4 = "https://t.me/grey_ferry_kr/88"

Y1 = "https://www.youtube.com/watch?v=Qm3rTa9LxVe"
Y2 = "https://www.youtube.com/watch?v=bH72kPzW0cN"
Y3 = "https://www.youtube.com/shorts/Lk0vZ8yTq2M"
Y4 = "https://www.youtube.com/watch?v=Ue5nC1dRj4o"
Y5 = "https://www.youtube.com/shorts/Xa9Pp3Wd7Hs"

N1 = "https://blog.naver.com/haneul_pine/223560184417"
N2 = "https://blog.naver.com/haneul_pine/223560190052"
N3 = "https://cafe.naver.com/silvermoth/40217"
N4_RAW = "https://cafe.naver.com/바람서재/7713"
N4 = "https://cafe.naver.com/" + quote("바람서재") + "/7713"

K1 = "https://cafe.daum.net/moonpebble/Xk2a/1452"
K2 = "https://cafe.daum.net/moonpebble/Xk2a/1460"
K3 = "https://lowtide-notes.tistory.com/318"

TK1 = "https://www.tiktok.com/@sora.drift/video/7411020304050607081"
TK2 = "https://www.tiktok.com/@sora.drift/video/7411020304050607199"

REQUESTS = [
    (R1, "x", "2024-09-02T16:00:00+09:00", "2024-09-09T23:59:59+09:00",
     [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12],
     "non-consensual-intimate-imagery", "12 posts from 6 accounts"),
    (R2, "telegram", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [T1, T2, T3, T4], "non-consensual-intimate-imagery", "channel posts"),
    (R3, "youtube", "2024-09-04T10:30:00+09:00", "2024-09-11T23:59:59+09:00",
     [Y1, Y2, Y3, Y4, Y5], "harassment", "videos and shorts"),
    (R4, "naver", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     [N1, N2, N3, N4], "defamation", "blog and cafe posts"),
    (R5, "kakao", "2024-09-06T09:30:00+09:00", "2024-09-13T23:59:59+09:00",
     [K1, K2, K3], "privacy-violation", "Daum cafe and Tistory"),
    (R6, "tiktok", "2024-09-09T15:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [TK1, TK2], "sexual-content", "two videos"),
    (R7, "x", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [XS], "deepfake-sexual-abuse", "single post"),
]


def mid(ref):
    return f"{ref}.req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove",
        f"the following content (our reference {ref}):",
        "",
    ] + urls + [
        "",
        "Please reply to this address with the action taken on each URL.",
        "",
        "KCSC Takedown desk",
    ]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="x-withheld-and-removed-one-sentence",
    **{"from": "legal-requests@x.com"},
    date="Wed, 04 Sep 2024 09:41:12 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Thank you for your request {R1}.

After reviewing the reported posts against local law and the X Rules, we have
withheld {X1} and {X2} in South Korea, and removed {X3} globally because it
breaks our rules on non-consensual nudity.

We are still looking at the other posts in your request and will reply
about them separately.

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content + global removal)",
    why="one sentence gives two withheld (restricted) posts and one globally removed post",
    items={X1: "restricted", X2: "restricted", X3: "removed"},
)

case(
    name="x-outcome-by-bracket-index",
    **{"from": "legal-requests@x.com"},
    date="Thu, 05 Sep 2024 02:15:40 +0000",
    subject=f"Re: [{R1}] Request to remove content - partial outcome",
    reply_to_req=mid(R1),
    body=f"""
Hi KCSC team,

Reported content covered by this reply:

[1] {X4}
[2] {X5}
[3] {X6}

Outcome:
[1] and [3]: removed for violating the X Rules (synthetic and manipulated media).
[2]: reviewed; we did not identify a violation of the X Rules or of Korean law.
The post remains available.

Best,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome with numbered URL list and outcomes referring to the numbers",
    why="statuses by position: [1] and [3] removed, [2] refused with a reason (rejected)",
    items={X4: "removed", X5: "rejected", X6: "removed"},
)

CSV_ATT = "\n".join([
    "url,action,scope,notes",
    f"{X7},Removed,Global,Violent speech policy",
    f"{X8},Withheld,KR,Illegal under local law",
    f"{X9},No action,-,No violation found (news reporting)",
    f"{X10},No action,-,Not found - post does not exist",
    f"{X11},Removed,Global,Non-consensual nudity policy",
]) + "\n"

case(
    name="x-csv-attachment-actions",
    **{"from": "legal-requests@x.com"},
    date="Fri, 06 Sep 2024 07:02:03 +0000",
    subject=f"Re: [{R1}] Request to remove content - actions taken",
    reply_to_req=mid(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==x408csv=="

--==x408csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the list of actions we took on five more URLs from your
request {R1}. The scope column shows where an action applies.

Regards,
X Legal Operations

--==x408csv==
Content-Type: text/csv; charset=utf-8; name="{R1}_actions.csv"
Content-Disposition: attachment; filename="{R1}_actions.csv"
Content-Transfer-Encoding: 7bit

{CSV_ATT}
--==x408csv==--
""",
    outcome="applied", classification="confirmation",
    imitates="platform legal team sending a CSV export of per-URL actions",
    why="CSV rows: removed, withheld KR, no action with no violation (rejected), no action because not found, removed",
    items={X7: "removed", X8: "restricted", X9: "rejected", X10: "not_found", X11: "removed"},
)

case(
    name="x-single-item-top-posted",
    **{"from": "govaffairs-kr@x.com"},
    name_from="Daniel Reyes (X)",
    date="Wed, 11 Sep 2024 03:20:55 +0000",
    subject=f"Re: {R7} removal request",
    reply_to_req=mid(R7),
    body=f"""
Hi,

We've withheld this post in South Korea in response to your request.

Thanks,
Daniel
X Global Government Affairs

On Tue, Sep 10, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R7, [XS])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a government-affairs contact",
    why="'this post' of a one-item request, withheld in South Korea; the URL itself is only in the quote",
    items={XS: "restricted"},
)

case(
    name="x-global-removal-instead-of-withholding",
    **{"from": "legal-requests@x.com"},
    date="Fri, 06 Sep 2024 11:48:30 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Rather than withholding {X11} in South Korea only, we removed it globally:
it breaks our rules on non-consensual nudity, and the account that posted it
has been suspended.

Because that account is suspended, its other post in your list,
{X10}, is no longer available in any country either.

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply explaining a global removal and account suspension",
    why="negated alternative ('rather than withholding') then removed; second post unavailable everywhere because of the suspension (removed)",
    items={X11: "removed", X10: "removed"},
)

XQP_TEXT = f"""Hello,

{X4} and {X5} have been withheld in the Republic of Korea.

We could not locate {X6}: the link returns a page saying that the post does not exist.

Kind regards,
Priya Nandakumar
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 4:00 PM
To: legal@x.com
Subject: [{R1}] Request to remove content

{quoted_request(R1, [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12], prefix="")}
"""

case(
    name="x-qp-outlook-quoted-request",
    **{"from": "p.nandakumar@x.com"},
    name_from="Priya Nandakumar",
    date="Thu, 05 Sep 2024 18:05:11 +0000",
    subject=f"RE: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    raw_mime=f"""
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(XQP_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply (quoted-printable) over the regulator's full request",
    why="two posts withheld in Korea and one not found; the twelve URLs below -----Original Message----- are the quoted request",
    items={X4: "restricted", X5: "restricted", X6: "not_found"},
)

case(
    name="x-angle-brackets-wrapped",
    **{"from": "legal-requests@x.com"},
    date="Mon, 09 Sep 2024 05:31:00 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    body=f"""
Regarding {R1}:

<{X10}> has been removed for violating the X Rules.

We reviewed <https://x.com/quietlamp_09/
status/1830833371952264613> and did not find a violation of the X Rules or of
Korean law, so the post remains available.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with URLs in angle brackets, one wrapped by the mail client",
    why="one post removed; the wrapped URL in angle brackets is refused with a reason (rejected)",
    items={X10: "removed", X12: "rejected"},
)

case(
    name="tg-blocked-and-refused-with-reason",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 04 Sep 2024 08:12:09 +0000",
    subject=f"Re: {R2}",
    reply_to_req=mid(R2),
    body=f"""
Hello,

Case #4418207

Thank you for your report. Our moderators have blocked
{T1} for sharing intimate images without consent.

We did not block {T2}. That post is a news summary of the case and does not
contain the images; it does not breach Telegram's Terms of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a per-post decision",
    why="one post blocked (removed); 'we did not block' with the reason it breaks no rule (rejected)",
    items={T1: "removed", T2: "rejected"},
)

case(
    name="tg-update-over-own-earlier-reply",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 14:40:00 +0000",
    subject=f"Re: {R2} - update",
    reply_to_req=mid(R2),
    body=f"""
Update on Case #4418207: the post {T4}, which we reported as still under
review on 4 September, has now been blocked.

Telegram Abuse Team

> On 4 Sep 2024, at 10:02, Telegram Abuse <abuse@telegram.org> wrote:
>
> {T3} - blocked
> {T4} - under review
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram follow-up written above its own earlier, quoted reply",
    why="the 'under review' is in a relative clause about the past; main clause says blocked now; the quoted earlier reply is not evidence for T3",
    items={T4: "removed", T3: "pending"},
)

case(
    name="tg-taken-down-then-corrected",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 09:25:31 +0000",
    subject=f"Re: {R2}",
    reply_to_req=mid(R2),
    body=f"""
Hello,

Case #4420031

{T3} has been taken down.

Correction to the line above: our moderators did not take this post down.
When they opened it, it had already been deleted by the channel owner, so
there was nothing left for us to act on.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply corrected by its own next paragraph",
    why="the later paragraph revises 'taken down' to already deleted by its owner: not_found",
    items={T3: "not_found"},
)

case(
    name="tg-echoed-report-all-three-listed",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 06:03:44 +0000",
    subject="Your report to Telegram",
    body=f"""
Your report
-----------
Reporter: KCSC Takedown <takedown@kcsc.example>
Reference: {R2}
Reason: Non-consensual intimate images
Links:
{T1}
{T2}
{T3}

Result
------
All three posts listed above have been blocked on Telegram.

Case #4422918 is now closed.
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram report-form echo followed by a result block",
    why="'all three posts listed above' names each of the three echoed links; the fourth item of the request is not spoken about",
    items={T1: "removed", T2: "removed", T3: "removed"},
)

case(
    name="yt-age-restricted-not-removed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 07:55:18 +0000",
    subject=f"Re: [{R3}] Legal removal request",
    reply_to_req=mid(R3),
    body=f"""
Hello,

We have reviewed the content you identified in your request.

{Y1} was not removed. Instead, we have age-restricted it, so it can only be
viewed by signed-in users who are 18 or older.

We did not find that {Y2} violates our Community Guidelines or local law, so
we are not taking action on it.

If you have more information, you can reply to this email.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome (age restriction; no action)",
    why="negated removal followed by age restriction (restricted); no violation found (rejected)",
    items={Y1: "restricted", Y2: "rejected"},
)

case(
    name="yt-relative-clause-hedges",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 01:10:02 +0000",
    subject=f"Re: [{R3}] Legal removal request",
    reply_to_req=mid(R3),
    body=f"""
Hello,

We removed {Y3}, which appears to be a re-upload of a video we took down in
August.

{Y4}, which you also flagged, is with our specialist team and may be
restricted once their review is complete.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply mixing an action with a pending review",
    why="the hedge 'appears' sits in a relative clause about Y3's origin, the removal is plain; Y4 only 'may be restricted' (pending)",
    items={Y3: "removed", Y4: "pending"},
)

case(
    name="yt-url-then-status-line",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 09:44:27 +0000",
    subject=f"Re: [{R3}] Legal removal request",
    reply_to_req=mid(R3),
    body=f"""
Hi,

Here is the result for two of the videos in your notice {R3}:

{Y2}
Removed - Community Guidelines (harassment and cyberbullying)

{Y5}
Not found - this link does not lead to a video on YouTube. Please check
that it was copied correctly.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube per-URL result list, status on the line below each URL",
    why="bare URL with its status on the next line: removed, not_found",
    items={Y2: "removed", Y5: "not_found"},
)

case(
    name="yt-html-mixed-sentence",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 03:30:00 +0000",
    subject=f"Re: [{R3}] Legal removal request",
    reply_to_req=mid(R3),
    type="html",
    body=f"""
<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thanks for your patience while we reviewed your request.</p>
<p><a href="{Y3}">{Y3}</a> and <a href="{Y4}">{Y4}</a> have been removed
from YouTube, but <a href="{Y5}">{Y5}</a> will stay up: it is a news report
and falls under our exception for educational, documentary, scientific and
artistic content.</p>
<p>You can read about this exception in our
<a href="https://support.google.com/youtube/answer/0000408?hl=en">Help Center</a>.</p>
<p>The YouTube Legal Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome email with an EDSA-exception refusal",
    why="one sentence: two removed, one refused with a reason (rejected); the Help Center link is not an item",
    items={Y3: "removed", Y4: "removed", Y5: "rejected"},
)

case(
    name="yt-restricted-then-removed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 02:18:45 +0000",
    subject=f"Re: [{R3}] Legal removal request",
    reply_to_req=mid(R3),
    body=f"""
Hello,

We first age-restricted {Y4} while it was being reviewed. That review is
now complete, and the video has been removed for violating our harassment
policy.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply describing an interim then final action",
    why="the later sentence supersedes the earlier age restriction: removed",
    items={Y4: "removed"},
)

case(
    name="naver-mixed-one-sentence",
    **{"from": "naver_policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 10:20:00 +0900",
    subject=f"[네이버] 게시물 조치 결과 안내 ({R4})",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 검토 결과를 안내드립니다.

{N1} 및 {N2} 게시물은 게시중단 조치하였으며, {N3}은 권리침해 신고에 따라 30일간 임시조치하였습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 결과 안내 메일",
    why="one Korean sentence: two posts 게시중단 (removed), one 임시조치 (restricted); particle '은' glued to the third URL",
    items={N1: "removed", N2: "removed", N3: "restricted"},
)

case(
    name="naver-table-with-correcting-note",
    **{"from": "naver_policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 16:05:00 +0900",
    subject=f"[네이버] 시정요구 조치결과 회신 ({R4})",
    reply_to_req=mid(R4),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.<br>요청번호 {R4} 건의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td></tr>
<tr><td>2</td><td>{N2}</td><td>삭제</td></tr>
<tr><td>3</td><td>{N3}</td><td>블라인드</td></tr>
<tr><td>4</td><td>{N4}</td><td>삭제</td></tr>
</table>
<p>※ 정정: 위 표 4번 항목의 조치결과가 잘못 기재되었습니다. 해당 게시물은 저희가 조치하기 전에 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table with a correcting note",
    why="table: 삭제, 삭제, 블라인드, 삭제; the note explicitly corrects row 4 to already deleted by its author (not_found)",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "not_found"},
)

case(
    name="naver-blinded-not-deleted-and-refusal",
    **{"from": "naver_policy@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Sat, 07 Sep 2024 11:42:00 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.

{N3} 게시물은 삭제하지는 않았으나 블라인드 처리하여, 현재 카페 회원을 포함한 모든 이용자에게 노출되지 않습니다.

{N4_RAW} 게시물은 검토 결과 명예훼손 요건에 해당하지 않는 것으로 판단되어 별도 조치하지 않았습니다(게시 유지).

문의 사항은 본 메일로 회신해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 블라인드 처리 안내 and 조치 불가 회신",
    why="'삭제하지는 않았으나 블라인드 처리' is removed (블라인드); raw Korean-path post refused with a reason (rejected)",
    items={N3: "removed", N4: "rejected"},
)

case(
    name="naver-statement-then-url-line",
    **{"from": "naver_policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Sun, 08 Sep 2024 09:00:00 +0900",
    subject=f"[네이버] 블로그 게시물 처리 결과 ({R4})",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

아래 게시물은 정보통신망법 제44조의2에 따라 임시조치(접근 제한)하였습니다.
{N2}

아래 게시물은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.
{N1}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 안내 with the URL on the line below the statement",
    why="statement above, URL below: 임시조치 (restricted), 게시 유지 for no violation (rejected)",
    items={N2: "restricted", N1: "rejected"},
)

case(
    name="naver-fullwidth-brackets",
    **{"from": "cs@naver.com"},
    name_from="NAVER 고객센터",
    date="Tue, 10 Sep 2024 13:33:00 +0900",
    subject=f"Re: {R4} 요청 게시물 처리 결과",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요.

「{N4_RAW}」 게시물은 운영정책 위반으로 삭제되었습니다。
（{N1}）은 위반 사항이 확인되지 않아 게시가 유지됩니다。

네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 short reply with full-width brackets and punctuation",
    why="URLs wrapped in full-width brackets: one 삭제 (removed), one kept for no violation (rejected)",
    items={N4: "removed", N1: "rejected"},
)

case(
    name="kakao-author-deleted-and-blinded",
    **{"from": "cs_policy@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 10:10:00 +0900",
    subject=f"[Daum 카페] 요청 게시물 처리 결과 ({R5})",
    reply_to_req=mid(R5),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청번호 {R5} 관련 처리 결과를 안내드립니다.

- {K1} : 작성자가 이미 삭제한 게시물로 확인되어 별도 조치 대상이 없습니다.
- {K2} : 게시중단(블라인드) 조치 완료

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 게시중단 처리 결과 메일",
    why="first post already deleted by its author (not_found), second 게시중단/블라인드 (removed)",
    items={K1: "not_found", K2: "removed"},
)

KAKAO_B64 = f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 {K3} 게시글은 국내 법령 위반 소지가 확인되어 대한민국 내 접속을 차단하였습니다.
해외에서는 접속이 가능할 수 있습니다.

티스토리 운영팀 드림
"""

case(
    name="kakao-tistory-korea-block-base64",
    **{"from": "tistory-policy@kakaocorp.com"},
    name_from="Tistory",
    date="Tue, 10 Sep 2024 15:27:00 +0900",
    subject=f"Re: [{R5}] 게시물 조치 요청",
    reply_to_req=mid(R5),
    raw_mime=f"""
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(KAKAO_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory 접속 차단 안내 (base64 body)",
    why="국내 접속 차단 is restricted; the hedge only concerns access from abroad",
    items={K3: "restricted"},
)

case(
    name="tiktok-ack-phrase-plus-outcomes",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    date="Wed, 11 Sep 2024 04:12:00 +0000",
    subject=f"Re: {R6} - TT-LE-5521907",
    reply_to_req=mid(R6),
    body=f"""
Hello,

Thank you for your report. We received it on 9 September 2024 (reference
TT-LE-5521907), and our team has now reviewed the videos:

- {TK1} - removed for violating our Community Guidelines (adult nudity and
  sexual activities).
- {TK2} - no violation found. We have not taken action on this video.

TikTok Law Enforcement Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement outreach outcome email opening with a receipt phrase",
    why="receipt phrase then plain outcomes: removed, no violation (rejected)",
    items={TK1: "removed", TK2: "rejected"},
)

case(
    name="tiktok-statement-of-reasons-geo",
    **{"from": "dsa-notices@tiktok.com"},
    name_from="TikTok",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject=f"Statement of reasons - {R6}",
    body=f"""
Statement of reasons

Notice reference: {R6}
Content: {TK2}
Decision: visibility restricted - the video is not available to viewers in
the Republic of Korea
Ground: content found to be illegal under local law
Territorial scope: KR
Detection: notice from a trusted authority
Automated decision: No

Redress: the uploader may appeal at https://www.tiktok.com/legal/appeals-center
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons adapted to a Korean geo-restriction",
    why="decision: not available in Korea (restricted); the appeal link is not an item",
    items={TK2: "restricted"},
)

# ================================================================ REVIEW
case(
    name="x-promise-and-bare-negation",
    **{"from": "legal-requests@x.com"},
    date="Tue, 03 Sep 2024 21:05:00 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Thanks for your request {R1}. We will withhold {X1} and {X2} in South Korea
once our legal team has completed its assessment, which we expect to finish
this week.

We have not removed {X3} at this time.

X Legal Operations
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="X legal interim reply with a promise",
    why="a promise ('will withhold ... once') and a bare 'not removed at this time' without a reason: no statement",
    items={X1: "pending", X2: "pending", X3: "pending"},
)

case(
    name="x-table-contradicted-by-note",
    **{"from": "legal-requests@x.com"},
    date="Tue, 10 Sep 2024 06:44:00 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please see the outcome below.</p>
<table border="1" cellpadding="3">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X12}</td><td>Withheld in KR</td></tr>
</table>
<p>Note: {X12} did not breach the X Rules or Korean law and no action was
taken on it.</p>
<p>X Legal Operations</p>
</body></html>
""",
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="X legal HTML outcome table with a free-text note",
    why="the table says withheld, the note says no action; nothing says which one is right",
    items={X12: "pending"},
)

case(
    name="x-unknown-sender-lawyer",
    **{"from": "jh.seo@yoonpartners.example"},
    name_from="Seo Jihoon",
    date="Wed, 11 Sep 2024 09:15:00 +0900",
    subject=f"{R7} - our client's post",
    body=f"""
Dear Sir or Madam,

We act for the holder of the X account @brinefield. Our client has deleted
the post {XS} referred to in your request {R7}. We ask that the matter be
closed.

Yours faithfully,
Seo Jihoon
Yoon & Partners
""",
    outcome="review", classification="other", review="unknown_sender",
    imitates="law-firm letter on behalf of an account holder",
    why="not from X's domain: a claim about our request from an unknown sender",
    items={XS: "pending"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 15:50:00 +0000",
    subject=f"Re: {R2}",
    reply_to_req=mid(R2),
    body=f"""
Hello,

Case #4421170

We have blocked all of the content listed in your report {R2}. Thank you for
helping keep Telegram safe.

Telegram Abuse Team
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Telegram abuse-desk one-line closure",
    why="'all of the content' for a four-item request without naming each",
    items={T1: "pending", T2: "pending", T3: "pending", T4: "pending"},
)

case(
    name="yt-hedges-may-appears",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 00:30:00 +0000",
    subject=f"Re: [{R3}] Legal removal request",
    reply_to_req=mid(R3),
    body=f"""
Hi,

It looks like {Y1} may already have been taken down by the uploader, and
{Y5} appears to be set to private. We'll confirm once our team has checked
both.

The YouTube Legal Team
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="YouTube legal-support preliminary reply",
    why="only hedged statements ('may already have been', 'appears to be')",
    items={Y1: "pending", Y5: "pending"},
)

case(
    name="yt-under-review-and-conditional",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 10:01:00 +0000",
    subject=f"Re: [{R3}] Legal removal request",
    reply_to_req=mid(R3),
    body=f"""
Hello,

{Y2} and {Y3} are currently under review by our specialist team.

We have notified the uploader of {Y5}. If they do not respond within 7 days,
the video will be removed.

The YouTube Legal Team
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="YouTube legal-support status update",
    why="'under review' and a condition ('if they do not respond ... will be removed'): nothing stated",
    items={Y2: "pending", Y3: "pending", Y5: "pending"},
)

case(
    name="naver-forged-auth-fail",
    **{"from": "naver_policy@navercorp.com"},
    name_from="네이버 고객센터",
    auth="fail",
    date="Sat, 07 Sep 2024 02:10:00 +0900",
    subject=f"[네이버] 게시물 조치 결과 안내 ({R4})",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{N1}, {N2} 게시물은 게시중단 조치가 완료되었습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="NAVER 게시중단 안내 failing DKIM/SPF/DMARC",
    why="NAVER's domain but authentication fails: nothing is applied",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-bulk-four-posts",
    **{"from": "naver_policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 17:20:00 +0900",
    subject=f"[네이버] {R4} 처리 완료 안내",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{R4} 건으로 요청하신 게시물 4건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="NAVER 게시중단 완료 한 줄 안내",
    why="'4건 모두' for a four-item request without naming each post",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending"},
)

case(
    name="kakao-wrong-platform-naver-url",
    **{"from": "cs_policy@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 16:40:00 +0900",
    subject="Re: 게시물 조치 요청",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 {N2} 게시물은 당사 서비스(Daum, 티스토리)에서 확인되지 않습니다.
네이버 블로그 게시물이므로 네이버로 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="Kakao 고객센터 reply about another portal's URL",
    why="Kakao says a NAVER item is not found on its services: not Kakao's item to speak for",
    items={N2: "pending"},
)

case(
    name="kakao-asks-for-documents",
    **{"from": "cs_policy@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 14:00:00 +0900",
    subject=f"[Daum 카페] 추가 자료 요청 ({R5})",
    reply_to_req=mid(R5),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 아래 게시물의 검토를 위해 심의 의결서 사본과 권리침해 소명자료를
추가로 보내주시기 바랍니다.

{K1}
{K2}

자료가 접수되면 검토를 진행하겠습니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Daum 카페 추가 소명자료 요청",
    why="asks for the decision and supporting documents before reviewing",
    items={K1: "pending", K2: "pending"},
)

case(
    name="tiktok-newsletter-no-claims",
    **{"from": "outreach@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    date="Tue, 10 Sep 2024 01:00:00 +0000",
    subject="Updates to the TikTok Law Enforcement portal",
    body="""
Hello,

From 1 October 2024, government and law-enforcement requests should be
submitted through our updated portal at https://www.tiktok.com/legal/le-portal.
Requests sent by email will still be accepted during a transition period.

Our Seoul team will host an online briefing on the new portal on
24 September; reply to this email if you would like an invitation.

TikTok Law Enforcement Outreach
""",
    outcome="review", classification="other", review="no_claims",
    imitates="TikTok law-enforcement outreach announcement",
    why="trusted TikTok mail that names no item and no request",
    items={},
)

# ================================================================ IGNORED
case(
    name="yt-out-of-office",
    **{"from": "minji.kang@google.com"},
    name_from="Minji Kang",
    date="Wed, 04 Sep 2024 01:31:00 +0000",
    subject=f"Automatic reply: [{R3}] Legal removal request",
    reply_to_req=mid(R3),
    extra_headers=AUTO,
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email.

For legal removal requests, please use
https://support.google.com/legal/answer/0000408 so that the team on duty
can pick them up.

Minji
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office reply from a platform employee",
    why="out-of-office auto-reply; the help-centre link is not an item",
    items={},
)

case(
    name="naver-out-of-office-korean",
    **{"from": "sj.park@navercorp.com"},
    name_from="박서준",
    date="Thu, 05 Sep 2024 14:01:00 +0900",
    subject=f"[자동회신] Re: [{R4}] 게시물 삭제 요청",
    reply_to_req=mid(R4),
    extra_headers=AUTO,
    body=f"""
안녕하세요. 박서준입니다.

9월 5일부터 9월 13일까지 휴가로 부재중입니다.
게시물 조치 관련 문의는 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시기 바랍니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Subject: [{R4}] 게시물 삭제 요청

{quoted_request(R4, [N1, N2, N3, N4], prefix="")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신 with the original request below",
    why="auto-reply; the URLs are only in the original request it quotes",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending"},
)

case(
    name="tg-bounce-dsn",
    **{"from": "MAILER-DAEMON@mail-out.telegram.org"},
    name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 02:01:30 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="7F1C2A0B9E.1725328890/mail-out.telegram.org"

This is a MIME-encapsulated message.

--7F1C2A0B9E.1725328890/mail-out.telegram.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: mailbox unavailable (550 5.1.1 user unknown)

--7F1C2A0B9E.1725328890/mail-out.telegram.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.telegram.org
Arrival-Date: Tue,  3 Sep 2024 02:01:29 +0000 (UTC)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--7F1C2A0B9E.1725328890/mail-out.telegram.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: [{R2}] Request to remove content
Message-ID: <{mid(R2)}@kcsc.example>
Date: Tue, 3 Sep 2024 11:00:00 +0900
Content-Type: text/plain; charset=utf-8

{quoted_request(R2, [T1, T2, T3, T4], prefix="")}

--7F1C2A0B9E.1725328890/mail-out.telegram.org--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning the request",
    why="bounce; the URLs are in the returned request",
    items={T1: "pending", T2: "pending", T3: "pending", T4: "pending"},
)

case(
    name="naver-read-receipt-mdn",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 14:32:00 +0900",
    subject=f"읽음 확인: [{R4}] 게시물 삭제 요청",
    reply_to_req=mid(R4),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn408nv"

--mdn408nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[{R4}] 게시물 삭제 요청"을(를) 수신자가 2024-09-05 14:32에 열어 보았습니다.

--mdn408nv
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn408nv--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="read receipt only",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    date="Mon, 09 Sep 2024 06:05:00 +0000",
    subject=f"We received your request - TT-LE-5521907",
    body=f"""
Hello,

We've received your request and opened reference TT-LE-5521907.

Reported URLs:
{TK1}
{TK2}

Our team will review them and get back to you. Please keep the reference
number in the subject line of any reply.

This mailbox is not monitored.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket-system receipt echoing the reported URLs",
    why="pure acknowledgement: a ticket was opened, nothing about the outcome",
    items={TK1: "pending", TK2: "pending"},
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 09:31:10 +0900",
    subject=f"[카카오 고객센터] 문의가 접수되었습니다 ({R5})",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 신고({R5})가 정상적으로 접수되었습니다.
접수번호: KC-20240906-00418

처리 결과는 담당 부서 검토 후 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 접수 완료 자동 메일",
    why="receipt with a ticket number, no outcome",
    items={},
)

case(
    name="x-auto-acknowledgement",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Mon, 02 Sep 2024 07:00:40 +0000",
    subject=f"Case #0240902-77316: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

We have received your legal request regarding {R1} and assigned it
Case #0240902-77316. We will review it and respond by email.

Please do not reply to this message.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request auto-acknowledgement with a case number",
    why="automatic receipt naming the request, nothing about any post",
    items={},
)


HEADER = f"""# Blind set 408 (tests/corpus/blind408): "what a program gets wrong".
# Written by tests/corpus/blind408/make.py; expected results come from each
# email's meaning, written before any run of the reader. Each case is judged
# alone on a fresh ledger holding requests.csv.
"""

def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as mail clients send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind408", HEADER, CASES)
