#!/usr/bin/env python3
"""Blind set 414: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Every email is
fictional and written in our own words; the expected results were written
from each email's meaning before the reader was ever run on it.

    python3 tests/corpus/blind414/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(month, day, hh, mm, ss=0, tz=KST):
    return format_datetime(datetime(2024, month, day, hh, mm, ss, tzinfo=tz))


def utc(day, hh, mm):
    return f"2024-09-{day:02d}T{hh:02d}:{mm:02d}:00Z"


# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/nightbazaar_kr/status/1830011122233344501",
    2: "https://x.com/nightbazaar_kr/status/1830011122233344502",
    3: "https://x.com/nightbazaar_kr/status/1830011122233344503",
    4: "https://x.com/pillmarket_seoul/status/1830022233344455501",
    5: "https://x.com/pillmarket_seoul/status/1830022233344455502",
    6: "https://x.com/pillmarket_seoul/status/1830022233344455503",
    7: "https://x.com/greyline_drop/status/1830033344455566601",
    8: "https://x.com/greyline_drop/status/1830033344455566602",
    9: "https://x.com/greyline_drop/status/1830033344455566603",
    10: "https://x.com/moonlit_parcel/status/1830044455566677701",
    11: "https://x.com/moonlit_parcel/status/1830044455566677702",
    12: "https://x.com/saltroad_vendor/status/1830055566677788801",
    13: "https://x.com/saltroad_vendor/status/1830055566677788802",
    14: "https://x.com/saltroad_vendor",
}
Y1 = "https://www.youtube.com/watch?v=Qm3rTa9LpWx"
Y2 = "https://www.youtube.com/watch?v=Hb7kZe2VnRc"
Y3 = "https://www.youtube.com/shorts/Ld4sPq8YtNa"
Y4 = "https://www.youtube.com/@harborlight_tv"
Y7 = "https://www.youtube.com/watch?v=Zt8nWq1RbKe"
T1 = "https://t.me/quietdock_market/214"
T2 = "https://t.me/quietdock_market/229"
T3 = "https://t.me/vapor_lane/88"
N1 = "https://blog.naver.com/moonpetal77/223561400101"
N2 = "https://blog.naver.com/moonpetal77/223561400188"
N3 = "https://cafe.naver.com/%EC%95%BC%EA%B0%84%EC%8B%9C%EC%9E%A5/3318"
N3_RAW = "https://cafe.naver.com/야간시장/3318"
N4 = "https://cafe.naver.com/%EC%95%BC%EA%B0%84%EC%8B%9C%EC%9E%A5/3342"
N4_RAW = "https://cafe.naver.com/야간시장/3342"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471122334"
K1 = "https://cafe.daum.net/blueferry/Rk2a/412"
K2 = "https://sunbeam-ledger.tistory.com/58"
TT = "https://www.tiktok.com/@latenight.courier/video/7410223344556677889"

R1, R2, R3, R4, R5, R6, R7 = ("KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03",
                              "KCSC-240911-04", "KCSC-240913-05", "KCSC-240918-06",
                              "KCSC-240923-07")


def mid(ref):
    return ref.lower() + ".1"


REQUESTS = [
    (R1, "x", utc(3, 2, 20), utc(10, 9, 0), [X[i] for i in range(1, 15)], "illegal_drugs",
     "online drug sales: five accounts"),
    (R2, "youtube", utc(5, 1, 5), utc(12, 9, 0), [Y1, Y2, Y3, Y4], "illegal_gambling",
     "gambling promotion videos and channel"),
    (R3, "telegram", utc(9, 5, 40), utc(16, 9, 0), [T1, T2, T3], "illegal_drugs",
     "two channels"),
    (R4, "naver", utc(11, 0, 30), utc(18, 9, 0), [N1, N2, N3, N4, N5], "illegal_drugs",
     "blog, cafe and KnowledgeiN posts"),
    (R5, "kakao", utc(13, 2, 0), utc(20, 9, 0), [K1, K2], "harmful_to_minors",
     "Daum cafe post and Tistory post"),
    (R6, "tiktok", utc(18, 6, 15), utc(25, 9, 0), [TT], "illegal_drugs", "one video"),
    (R7, "youtube", utc(23, 1, 50), utc(30, 9, 0), [Y7], "illegal_gambling", "one video"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, lang="en"):
    if lang == "ko":
        head = (f"안녕하세요. 방송통신심의위원회입니다.\n"
                f"아래 정보에 대하여 시정요구(요청번호 {ref})를 드리오니 조치 후 결과를 회신하여 주시기 바랍니다.\n")
    else:
        head = (f"Dear Sir or Madam,\n\nThe Korea Communications Standards Commission requests the removal of\n"
                f"the following content (our reference {ref}):\n")
    body = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    return head + "\n" + body + "\n\nKCSC Takedown Desk\n"


def multipart(boundary, parts, kind="mixed", extra=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}', ""]
    for hdrs, body in parts:
        out.append("--" + boundary)
        out.extend(hdrs)
        out.append("")
        out.append(body.rstrip("\n"))
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== X
case(
    name="x-mixed-one-sentence",
    **{"from": "legal-support@x.com"}, date=d(9, 5, 16, 12),
    subject=f"Re: Legal request {R1} [ref:00D4x.5003xKR19]", reply_to_req=mid(R1),
    body=f"""Hello,

Thank you for your report. Of the posts you reported from @nightbazaar_kr,
{X[1]} and {X[2]} have been removed for violating the X Rules on illegal and regulated goods, while {X[3]} has been withheld in South Korea only, based on the local law cited in your request.

We are still working through the other accounts in your request and will
write again separately.

More about how we handle legal requests: https://help.x.com/en/rules-and-policies/x-legal-faqs

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email (removed vs. country-withheld)",
    why="one sentence gives two removals and one Korea-only withholding",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted"},
)

case(
    name="x-not-removed-but-withheld",
    **{"from": "legal-support@x.com"}, date=d(9, 6, 10, 3),
    subject=f"Re: Legal request {R1} - @pillmarket_seoul", reply_to_req=mid(R1),
    body=f"""Hi KCSC team,

Update on the @pillmarket_seoul posts in your request {R1}.

We have not removed {X[4]} from X, because the post itself does not break
the X Rules. It has, however, been withheld in South Korea on the basis of
the Korean law referred to in your notice, so it can no longer be seen by
people in Korea.

{X[5]} was removed for violating our policy on illegal or certain regulated
goods and services.

Thanks,
Jordan
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request reply: no Rules violation but withheld in country",
    why="'have not removed' is negated; the next sentence says withheld in Korea; the other post removed",
    items={X[4]: "restricted", X[5]: "removed"},
)

case(
    name="x-declined-news-report",
    **{"from": "legal-support@x.com"}, date=d(9, 6, 18, 40),
    subject=f"Re: Legal request {R1} - @greyline_drop", reply_to_req=mid(R1),
    body=f"""Hello,

We reviewed the two @greyline_drop posts from your request {R1}.

{X[7]}
We have declined to take action on this post. It is a link to a newspaper
article about a drug trafficking trial and does not itself offer anything
for sale. It remains available on X.

{X[8]}
This post has been removed for violating our rules.

If you have additional information that may change our assessment of the
first post, you can reply to this email.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request reply declining action with a reason",
    why="bare URL then its decision below: first refused with reason (rejected), second removed",
    items={X[7]: "rejected", X[8]: "removed"},
)

case(
    name="x-revised-withheld-to-removed",
    **{"from": "legal-support@x.com"}, date=d(9, 11, 9, 25),
    subject=f"Re: Legal request {R1} - correction", reply_to_req=mid(R1),
    body=f"""Hello again,

In our email of 9 September we told you that {X[8]} had been withheld in
South Korea. That was not accurate. After a second review by our safety
team the post has been removed from X globally, as it breaks our rules on
the sale of illegal drugs.

The other post from that account, {X[9]}, remains withheld in South Korea.

Apologies for the confusion.
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up correcting an earlier outcome",
    why="the earlier 'withheld' is reported speech corrected by the next sentence: removed; the other post is withheld in Korea",
    items={X[8]: "removed", X[9]: "restricted"},
)

rows = [
    (1, "Removed", "X Rules: illegal goods"),
    (2, "Removed", "X Rules: illegal goods"),
    (3, "Withheld (KR)", "Local law"),
    (4, "Withheld (KR)", "Local law"),
    (5, "Removed", "X Rules: illegal goods"),
    (6, "Not found", "Post does not exist"),
    (7, "No action", "No violation; news content"),
    (8, "Removed", "X Rules: illegal goods"),
    (9, "Removed", "X Rules: illegal goods"),
    (10, "Withheld (KR)", "Local law"),
    (11, "Removed", "X Rules: illegal goods"),
    (12, "Removed", "X Rules: illegal goods"),
    (13, "Not found", "Deleted by the account holder"),
    (14, "Suspended", "Account suspended"),
]
html_rows = "\n".join(
    f'<tr><td>{i}</td><td><a href="{X[i]}">{X[i]}</a></td><td>{a}</td><td>{r}</td></tr>'
    for i, a, r in rows)
case(
    name="x-full-table-html",
    **{"from": "legal-support@x.com"}, date=d(9, 13, 11, 0),
    subject=f"Legal request {R1}: final outcome", reply_to_req=mid(R1),
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Please find below the final outcome for every item in your request {R1}.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action</th><th>Reason</th></tr>
{html_rows}
</table>
<p>Items marked &quot;Withheld (KR)&quot; are unavailable in South Korea only.
Items marked &quot;No action&quot; stay available on X.</p>
<p>X Legal Operations<br><a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">Country withheld content</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal final outcome as an HTML table",
    why="a table of all fourteen items with their own outcome each",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "restricted",
           X[5]: "removed", X[6]: "not_found", X[7]: "rejected", X[8]: "removed",
           X[9]: "removed", X[10]: "restricted", X[11]: "removed", X[12]: "removed",
           X[13]: "not_found", X[14]: "removed"},
)

csv_text = (
    "reported_url,action_taken,scope,notes\n"
    f"{X[10]},withheld,KR,local law\n"
    f"{X[11]},removed,global,illegal goods policy\n"
    f"{X[12]},no_action,,does not violate X Rules or Korean law (satire account)\n"
    f"{X[13]},content_unavailable,,post not found\n"
    f"{X[14]},account_suspended,global,repeated violations\n"
)
case(
    name="x-csv-attachment",
    **{"from": "legal-support@x.com"}, date=d(9, 12, 14, 30),
    subject=f"Re: Legal request {R1} - remaining accounts", reply_to_req=mid(R1),
    raw_mime=multipart("b414-x-csv", [
        (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"],
         f"Hello,\n\nThe outcome for the @moonlit_parcel and @saltroad_vendor items of\nyour request {R1} is in the attached file, one row per URL.\n\nX Legal Operations\n"),
        (["Content-Type: text/csv; charset=utf-8; name=\"outcome_" + R1 + ".csv\"",
          "Content-Disposition: attachment; filename=\"outcome_" + R1 + ".csv\"",
          "Content-Transfer-Encoding: base64"], b64(csv_text)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as a CSV attachment",
    why="CSV rows: withheld KR, removed, no action with reason, not found, account suspended",
    items={X[10]: "restricted", X[11]: "removed", X[12]: "rejected", X[13]: "not_found",
           X[14]: "removed"},
)

case(
    name="x-bulk-all-removed",
    **{"from": "legal-support@x.com"}, date=d(9, 9, 8, 50),
    subject=f"Re: Legal request {R1}", reply_to_req=mid(R1),
    body=f"""Hello,

We have completed our review of your request {R1}. All of the reported
content has been removed from X.

Regards,
X Legal Operations
""",
    outcome="review", review="bulk",
    imitates="X legal short closing email",
    why="one statement covers fourteen items without naming any",
    items={},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal-support@x.com"}, date=d(9, 7, 13, 5),
    subject=f"Re: Legal request {R1} - @moonlit_parcel", reply_to_req=mid(R1),
    body=f"""Hello,

Thanks for your patience. The posts {X[10]} and {X[11]}, which our
reviewers consider likely to be unlawful in Korea, will be withheld in
South Korea once our legal team has completed its review of the court
documents you supplied. We expect to do this next week.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X legal interim update",
    why="a hedge in the relative clause and a promise in the main clause: nothing has happened yet",
    items={X[10]: "pending", X[11]: "pending"},
)

req_r1 = request_text(R1, [X[i] for i in range(1, 15)])
case(
    name="x-gmail-quoted-top-post",
    **{"from": "m.kowalski@x.com"}, name_from="Marta Kowalski", date=d(9, 8, 22, 14),
    subject=f"Re: [{R1}] Removal request: online drug sales", reply_to_req=mid(R1),
    body=f"""Thanks for your report.

The account https://x.com/saltroad_vendor has been suspended for repeated
violations of our rules. I'll come back to you about the rest of the list.

Marta

On Tue, Sep 3, 2024 at 11:20 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(req_r1)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a trust-and-safety agent over the quoted request",
    why="only the account is stated (suspended); the quoted list below 'wrote:' states nothing",
    items={X[14]: "removed"},
)

case(
    name="x-status-line-below-url",
    **{"from": "legal-support@x.com"}, date=d(9, 10, 17, 45),
    subject=f"Legal request {R1} - update 3", reply_to_req=mid(R1),
    body=f"""Update on {R1}:

{X[6]}
Status: Withheld in KR

{X[9]}
Status: Content not found (the post ID does not exist)

Remaining items: still under review.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal ticket update with one status line per URL",
    why="each bare URL has its status on the line below; 'remaining items under review' names none",
    items={X[6]: "restricted", X[9]: "not_found"},
)

case(
    name="x-forged-auth-fail",
    **{"from": "legal@x.com"}, auth="fail", date=d(9, 5, 3, 12),
    subject=f"Legal request {R1} completed",
    body=f"""Dear KCSC,

Your request {R1} has been processed. The following posts were removed:

{X[1]}
{X[2]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email with failing DMARC",
    why="x.com sender failing DKIM/SPF/DMARC",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "d.heller@x.com"}, name_from="Daniel Heller", date=d(9, 3, 11, 21),
    subject=f"Automatic reply: [{R1}] Removal request: online drug sales", reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm out of the office until Monday 16 September with no access to email.

Legal requests from authorities should be submitted through
https://legalrequests.x.com so that the on-duty team can pick them up.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="automatic reply; no statement",
    items={},
)

case(
    name="x-statement-then-angle-url",
    **{"from": "legal-support@x.com"}, date=d(9, 9, 15, 30),
    subject=f"Re: Legal request {R1} - @moonlit_parcel", reply_to_req=mid(R1),
    body=f"""Hello,

Following our earlier note, the review of the @moonlit_parcel posts is now
complete.

The following post has been removed for violating our rules on illegal
goods:
<{X[11]}>

The following post has been withheld in South Korea in response to your
request:
<{X[10]}>

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome with each statement above its URL",
    why="each statement stands on the line above its URL, in angle brackets",
    items={X[11]: "removed", X[10]: "restricted"},
)

case(
    name="x-outlook-will-not-withhold",
    **{"from": "s.park@x.com"}, name_from='"Park, Sooyoung"', date=d(9, 10, 10, 2),
    subject=f"RE: [{R1}] Removal request: online drug sales", reply_to_req=mid(R1),
    body=f"""Dear KCSC team,

Regarding the two posts of @greyline_drop:

- {X[7]} will not be withheld. It quotes a published court ruling and does not itself offer or advertise drugs, so it breaks neither our rules nor the law you cite.
- {X[9]} was removed on 6 September.

Kind regards,
Sooyoung Park
Government & Legal Operations, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:20 AM
To: legal@x.com
Subject: [{R1}] Removal request: online drug sales

{req_r1}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below -----Original Message-----",
    why="a decision not to act with its reason (rejected), a past removal; the original message below names all items but states nothing",
    items={X[7]: "rejected", X[9]: "removed"},
)

# ================================================================ YouTube
case(
    name="yt-table-note-correction",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date=d(9, 10, 15, 20),
    subject=f"[{R2}] YouTube legal removal request - outcome", reply_to_req=mid(R2),
    body=f"""Hello,

Thank you for your notice {R2}. Our review of the content is complete:

No. | URL                                          | Action
1   | {Y1}  | Removed (Community Guidelines)
2   | {Y2}  | Removed (Community Guidelines)
3   | {Y3}   | Blocked in South Korea (local law)

Correction to the table above: row 2 is wrong. The second video was not
removed; after a second review it was age-restricted and remains available
to signed-in adult viewers.

The channel in your notice is still being reviewed.

Regards,
The Google Legal Team
https://support.google.com/legal/answer/3110420
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals outcome with a per-URL table",
    why="a note below the table explicitly corrects row 2 to age-restricted",
    items={Y1: "removed", Y2: "restricted", Y3: "restricted", Y4: "pending"},
)

case(
    name="yt-korean-mixed-particles",
    **{"from": "legal-kr@google.com"}, name_from="Google 법무지원팀", date=d(9, 9, 17, 5),
    subject=f"RE: [{R2}] 정보 삭제 요청 검토 결과", reply_to_req=mid(R2),
    body=f"""안녕하세요. Google 법무지원팀입니다.

요청번호 {R2} 관련 검토 결과를 알려드립니다.

{Y1}은 커뮤니티 가이드 위반으로 삭제되었고，{Y3} 는 현지 법률에 따라 대한민국에서 접근이 제한되었습니다.

나머지 항목은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
Google 법무지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Google Korea legal team Korean-language outcome email",
    why="one Korean sentence: first video deleted, the short restricted in Korea; particles and a full-width comma follow the URLs",
    items={Y1: "removed", Y3: "restricted"},
)

case(
    name="yt-refusal-with-reason",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal", date=d(9, 11, 12, 40),
    subject=f"Re: [{R2}] Your legal request", reply_to_req=mid(R2),
    body=f"""Hi,

We reviewed {Y2} and have decided not to take action: the video is a
documentary about gambling addiction, it does not promote any gambling
service, and we did not find it to be unlawful under the Korean law you
cited. It remains available on YouTube.

The channel {Y4} has been terminated for violating our spam, deceptive
practices and scams policies.

You can learn more about our policies at
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply: decision not to act with reason, channel termination",
    why="a refusal with its reason (rejected) and a terminated channel (removed)",
    items={Y2: "rejected", Y4: "removed"},
)

case(
    name="yt-hedge-relative-clause-promise",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal", date=d(9, 24, 9, 10),
    subject=f"Re: [{R7}] Your legal request", reply_to_req=mid(R7),
    body=f"""Hello,

Thanks for contacting us. The video {Y7}, which our team believes may
violate local law, will be reviewed by our legal specialists, and we will
reply with the outcome within five business days.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply",
    why="a hedge in the relative clause and a promise in the main clause; no outcome",
    items={Y7: "pending"},
)

case(
    name="yt-table-contradicted-by-note",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal", date=d(9, 26, 16, 0),
    subject=f"[{R7}] Outcome of your legal request", reply_to_req=mid(R7),
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome of your request {R7}.</p>
<table border="1" cellpadding="3">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td>{Y7}</td><td>Removed</td></tr>
</table>
<p><b>Reviewer note:</b> we found that this video does not violate our
Community Guidelines or local law, and it remains available on YouTube.</p>
<p>The YouTube Legal Team</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube legal outcome table with a reviewer note",
    why="the table says removed, the note says it stays up; neither corrects the other",
    items={Y7: "pending"},
)

case(
    name="yt-receipt",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal", date=d(9, 5, 10, 6),
    subject=f"Your legal complaint has been received [3-4417802299136] {R2}",
    body=f"""Hello,

Thank you for contacting YouTube. We have received your legal complaint
(your reference {R2}) and assigned it the number 3-4417802299136. Our team
will review it and get back to you; there is no need to submit it again.

Please keep the number above in the subject line of any reply.

- The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal webform receipt",
    why="pure receipt with a ticket number",
    items={},
)

html21 = f"""<html><body>
<p>Dear KCSC,</p>
<p>Following our review of your request {R7}, the content you identified,
<a href="{Y7}">{Y7}</a>, has been blocked from view in South Korea under
local law. It is still available in other countries.</p>
<p>Google Legal Removals<br>
<a href="https://transparencyreport.google.com/government-removals/overview">Transparency Report</a></p>
</body></html>
"""
case(
    name="yt-base64-html-blocked-kr",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Removals", date=d(9, 25, 11, 35),
    subject=f"Re: [{R7}] Removal request", reply_to_req=mid(R7),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(html21),
    outcome="applied", classification="confirmation",
    imitates="Google legal removals notice (base64 HTML body)",
    why="blocked in South Korea only: restricted",
    items={Y7: "restricted"},
)

case(
    name="yt-one-item-no-url",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal", date=d(9, 27, 14, 12),
    subject=f"Re: [{R7}] Your legal request", reply_to_req=mid(R7),
    body=f"""Hello,

We've reviewed your request {R7}. The reported content has been removed
from YouTube for violating our Community Guidelines.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal short outcome naming only the request",
    why="request of one item: the sole statement applies to it",
    items={Y7: "removed"},
)

# =============================================================== Telegram
case(
    name="tg-statuses-by-position",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(9, 11, 3, 50),
    subject=f"Re: {R3} Case #4410271", reply_to_req=mid(R3),
    body=f"""Hello,

Thank you for your report (Case #4410271). You reported these links:

1) {T1}
2) {T2}
3) {T3}

The first two have been blocked for all users for offering prohibited goods.
We could not find the third one: that message ID does not exist in the channel.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply echoing the report",
    why="statuses given by position: first two blocked for all users, third not found",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(9, 10, 21, 5),
    subject=f"Re: {R3} Case #4410271", reply_to_req=mid(R3),
    body=f"""Hi,

The post at {T1}, which may have been deleted by the channel owner before
our moderators looked at it, could not be found.

{T2} has been blocked for all users.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="the hedge sits in the relative clause; the main clause 'could not be found' is plain; the other post blocked",
    items={T1: "not_found", T2: "removed"},
)

case(
    name="tg-later-sentence-revises",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(9, 13, 2, 30),
    subject=f"Re: {R3} Case #4410271 (correction)", reply_to_req=mid(R3),
    body=f"""Hello,

In our previous message we said that {T3} could not be found. That was a
mistake on our side: the post does exist. It has now been blocked for users
in South Korea.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk correction",
    why="'could not be found' is reported and withdrawn; the statement is blocked in South Korea",
    items={T3: "restricted"},
)

case(
    name="tg-not-deleted-rejected",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(9, 12, 19, 15),
    subject=f"Re: {R3} Case #4410271", reply_to_req=mid(R3),
    body=f"""Hello,

Regarding {T2}: the post was not deleted by its author, it is still online.
Our moderators checked it and found that it does not break the Telegram
Terms of Service (it is a harm-reduction announcement, not an offer to sell),
so it will stay available.

Telegram Abuse Team
https://telegram.org/tos
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk refusal",
    why="'not deleted by its author' is negated; the decision is a refusal with reason",
    items={T2: "rejected"},
)

dsn_orig = request_text(R3, [T1, T2, T3])
case(
    name="tg-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date=d(9, 9, 14, 41),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("b414-dsn", [
        (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
         "This is the mail system at host mx.kcsc.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<dsa-kr@telegram.org>: host mail.telegram.org[192.0.2.44] said: 550 5.1.1\n    <dsa-kr@telegram.org>: Recipient address rejected: User unknown\n"),
        (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
         "Reporting-MTA: dns; mx.kcsc.example\nArrival-Date: Mon,  9 Sep 2024 14:40:58 +0900 (KST)\n\nFinal-Recipient: rfc822; dsa-kr@telegram.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown\n"),
        (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
         f"From: KCSC Takedown <takedown@kcsc.example>\nTo: dsa-kr@telegram.org\nSubject: [{R3}] Removal request\nMessage-ID: <{mid(R3)}@kcsc.example>\nDate: Mon, 09 Sep 2024 14:40:00 +0900\nContent-Type: text/plain; charset=utf-8\n\n{dsn_orig}"),
    ], kind="report", extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the returned request",
    why="bounce of our own request; the URLs are in the returned message",
    items={},
)

case(
    name="tg-unknown-sender",
    **{"from": "support@tg-moderation.net"}, name_from="Telegram Moderation", date=d(9, 10, 8, 0),
    subject=f"Re: {R3} removal completed",
    body=f"""Dear KCSC,

We confirm that {T1} and {T2} were deleted today and the channel admins
have been warned.

Telegram Moderation Support
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a look-alike domain claiming to be Telegram",
    why="sender domain belongs to no platform",
    items={T1: "pending", T2: "pending"},
)

case(
    name="tg-seems-cannot-confirm",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(9, 10, 12, 30),
    subject=f"Re: {R3} Case #4410271", reply_to_req=mid(R3),
    body=f"""Hi,

We checked {T2}. It seems the post was removed by the channel admins, but
we cannot confirm this from our side yet. We'll let you know.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk tentative reply",
    why="'it seems' with 'cannot confirm': a hedge, not a statement",
    items={T2: "pending"},
)

# ================================================================== NAVER
naver_rows = [
    (1, N1, "삭제", ""),
    (2, N2, "비공개 처리", ""),
    (3, N3_RAW, "임시조치(30일)", "권리침해 신고 병행"),
    (4, N4, "게시물 없음", "작성자 자진 삭제(9/10)"),
    (5, N5.replace("&", "&amp;"), "미조치", "운영정책 위반 사항 없음(의약품 일반 정보)"),
]
case(
    name="naver-kcsc-result-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", date=d(9, 13, 17, 30),
    subject=f"[회신] 시정요구 조치결과 ({R4})", reply_to_req=mid(R4),
    type="html",
    body="""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(""" + R4 + """)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
""" + "\n".join(f"<tr><td>{i}</td><td>{u}</td><td>{a}</td><td>{b}</td></tr>" for i, u, a, b in naver_rows) + """
</table>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 회신 table",
    why="five rows: 삭제, 비공개 처리, 임시조치, 게시물 없음 (author deleted before the request), 미조치 with reason",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "rejected"},
)

case(
    name="naver-mixed-one-sentence-ko",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", date=d(9, 12, 11, 10),
    subject=f"RE: [{R4}] 불법정보 시정요구", reply_to_req=mid(R4),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 {N1} 과 {N2} 은 블라인드 처리하였으며, 지식iN 답변({N5})은 작성자가 이미 삭제하여 확인되지 않습니다.

카페 게시글 2건은 확인 후 별도로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team Korean reply",
    why="one sentence: two blog posts blinded, the KnowledgeiN answer already deleted by its author",
    items={N1: "removed", N2: "removed", N5: "not_found"},
)

case(
    name="naver-promise-ko",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", date=d(9, 12, 15, 45),
    subject=f"RE: [{R4}] 불법정보 시정요구", reply_to_req=mid(R4),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{N3}
{N4}

위 카페 게시물 2건은 현재 담당 부서에서 검토 중이며, 검토가 끝나는 대로 게시중단 여부를 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply (검토 중)",
    why="under review with a promise to answer: no statement",
    items={N3: "pending", N4: "pending"},
)

case(
    name="naver-correction-ko",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", date=d(9, 16, 10, 20),
    subject=f"[정정] {R4} 조치결과 안내", reply_to_req=mid(R4),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

앞서 안내드린 내용 중 카페 게시물 {N3_RAW} 은 임시조치로 안내드렸으나, 재검토 결과 운영원칙 위반으로 삭제 처리되었음을 정정하여 알려드립니다.

혼란을 드려 죄송합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER correction notice (정정 안내)",
    why="the earlier 임시조치 is reported and corrected: deleted",
    items={N3: "removed"},
)

case(
    name="naver-bulk-ko",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", date=d(9, 14, 9, 0),
    subject=f"RE: [{R4}] 불법정보 시정요구", reply_to_req=mid(R4),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 {R4} 건의 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER short completion notice",
    why="a statement about all five items without naming any",
    items={},
)

naver_qp = f"""안녕하세요, 네이버 정책지원팀입니다.

{R4} 요청 건 중 남은 2건의 처리 결과입니다.

1. 카페 게시글 {N4_RAW}
   청소년 유해 정보에 해당하여 19세 미만 이용자의 접근을 제한(성인 인증 필요)하였습니다.

2. 지식iN 답변 <https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&
   docId=471122334>
   해당 답변은 삭제하지 않았습니다. 의약품 복용에 관한 일반적인 정보로, 불법정보에 해당하지 않는다고 판단하였습니다.

감사합니다.
"""
case(
    name="naver-qp-negation",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", date=d(9, 13, 10, 5),
    subject=f"RE: [{R4}] 불법정보 시정요구", reply_to_req=mid(R4),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(naver_qp),
    outcome="applied", classification="confirmation",
    imitates="NAVER reply in quoted-printable with a numbered list",
    why="age-restricted cafe post; 'not deleted' with its reason is a refusal; the KnowledgeiN URL wraps inside angle brackets",
    items={N4: "restricted", N5: "rejected"},
)

case(
    name="naver-mdn",
    **{"from": "j.lee@navercorp.com"}, name_from="이지현", date=d(9, 11, 9, 44),
    subject=f"읽음 확인: [{R4}] 불법정보 시정요구",
    raw_mime=multipart("b414-mdn", [
        (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"],
         f"귀하가 보낸 메일 \"[{R4}] 불법정보 시정요구\"을(를) 2024-09-11 09:44에 읽었습니다.\n"),
        (["Content-Type: message/disposition-notification"],
         f"Reporting-UA: mail.navercorp.com\nFinal-Recipient: rfc822; j.lee@navercorp.com\nOriginal-Message-ID: <{mid(R4)}@kcsc.example>\nDisposition: manual-action/MDN-sent-manually; displayed\n"),
    ], kind="report", extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN) in Korean",
    why="read receipt only",
    items={},
)

case(
    name="naver-states-daum-item",
    **{"from": "search-policy@navercorp.com"}, name_from="네이버 검색정책", date=d(9, 14, 13, 25),
    subject=f"RE: [{R5}] 청소년유해정보 삭제 요청 (참조: 네이버)",
    body=f"""안녕하세요. 참조로 메일을 받은 네이버 검색정책 담당자입니다.

확인해 보니 {K1} 게시글은 원 게시처인 다음 카페에서 이미 삭제된 상태입니다. 네이버 검색 결과의 미리보기도 곧 갱신될 예정입니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER search team reply on a request copied to it",
    why="NAVER states the status of a Daum (Kakao) post",
    items={K1: "pending"},
)

# ================================================================== Kakao
case(
    name="kakao-mixed-ko",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티", date=d(9, 16, 14, 0),
    subject=f"RE: [{R5}] 청소년유해정보 삭제 요청", reply_to_req=mid(R5),
    body=f"""안녕하세요. 카카오 세이프티팀입니다.

요청번호 {R5} 검토 결과를 알려드립니다.

다음 카페 게시글 {K1} 은 게시중단(블라인드) 처리되었고, 티스토리 게시글 {K2} 는 청소년 유해 사유로 성인 인증 후에만 볼 수 있도록 제한하였습니다.

운영정책: https://www.kakao.com/policy/oppolicy
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety team Korean reply",
    why="one sentence: the cafe post blinded, the Tistory post age-restricted",
    items={K1: "removed", K2: "restricted"},
)

case(
    name="kakao-untrusted",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터", auth="fail", date=d(9, 14, 22, 10),
    subject=f"[{R5}] 처리 완료 안내",
    body=f"""안녕하세요. 카카오 고객센터입니다.

{K1}
{K2}

위 게시물은 모두 삭제되었습니다.
""",
    outcome="review", review="untrusted",
    imitates="Kakao customer centre notice failing authentication",
    why="kakaocorp.com sender failing DMARC",
    items={K1: "pending", K2: "pending"},
)

case(
    name="kakao-ooo-ko",
    **{"from": "h.choi@kakaocorp.com"}, name_from="최하늘", date=d(9, 13, 11, 1),
    subject=f"[자동응답] RE: [{R5}] 청소년유해정보 삭제 요청", reply_to_req=mid(R5),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 최하늘입니다.

9월 20일(금)까지 휴가로 부재중이며, 메일 확인이 늦어질 수 있습니다.
급한 용무는 세이프티팀 공용 메일(safety@kakaocorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="automatic reply; no statement",
    items={},
)

# ================================================================= TikTok
case(
    name="tiktok-statement-of-reasons",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal", date=d(9, 20, 18, 0),
    subject=f"Decision on your report {R6}", reply_to_req=mid(R6),
    body=f"""Hello,

We have reviewed the content you reported and taken the decision below.

Reported content: {TT}
Decision: access restricted in your country (Republic of Korea)
Ground for the decision: illegal content under local law
Scope: the video remains visible outside the Republic of Korea
Automated means: the decision was taken by a human reviewer

You may ask us to review this decision at https://www.tiktok.com/legal/report/feedback

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons sent to a notifier",
    why="country restriction: restricted",
    items={TT: "restricted"},
)

case(
    name="tiktok-receipt-echo",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok", date=d(9, 18, 15, 16),
    subject="We've received your report",
    body=f"""Hi,

We've received your report and will review it as soon as possible.

Report ID: 7f3e91-KR-20240918-0041
Your reference: {R6}
Reported content: {TT}
Reason given: Illegal activities and regulated goods

We'll notify you when we have an update.

TikTok Trust and Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report receipt echoing the report",
    why="pure receipt; the URL is an echo of our report",
    items={},
)

case(
    name="tiktok-channel-notice",
    **{"from": "lert@tiktok.com"}, name_from="TikTok Law Enforcement Outreach", date=d(9, 19, 10, 0),
    subject="Change to how TikTok receives government requests",
    body="""Dear partner,

From 1 October 2024, requests from government agencies should be submitted
through our portal at https://www.tiktok.com/legal/report/government.
This mailbox will no longer be monitored after that date.

Thank you for your cooperation.
TikTok Law Enforcement Outreach
""",
    outcome="review", review="no_claims",
    imitates="TikTok notice about a new request channel",
    why="trusted platform mail naming no item and no request",
    items={},
)


HEADER = """# Blind set 414 (tests/corpus/blind414): what a program gets wrong.
# Written from each email's meaning before the reader was run; see NOTES.md.
# Generated by make.py; do not edit by hand.
"""

def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    Korean mail clients send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind414", HEADER, CASES)
