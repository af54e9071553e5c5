#!/usr/bin/env python3
"""Blind set 474: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
and a note that disagree, statuses given by position in a list.

Every email is fictional and written in our own sentences; expected results
come from each email's meaning alone, written before any run of the reader.

    python3 tests/corpus/blind474/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
from email.header import Header
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
Y1 = "https://www.youtube.com/watch?v=Qm3vT8xLr2a"
Y2 = "https://www.youtube.com/watch?v=Hk7pW2nZc4b"
Y3 = "https://www.youtube.com/watch?v=Zt1yB9sRd6c"
Y4 = "https://www.youtube.com/watch?v=Lp4nF6gVe8d"
Y5 = "https://www.youtube.com/watch?v=Cw9mJ3tXa0e"
Y6 = "https://www.youtube.com/watch?v=Ry2kD5hUb1f"
Y7 = "https://www.youtube.com/shorts/Vn8sE4qWm3g"
Y8 = "https://www.youtube.com/shorts/Tb6aG1oPk5h"
YC = "https://www.youtube.com/@hanbit_signal9"
Y9 = "https://www.youtube.com/watch?v=Jx3cN7yQf2i"
Y10 = "https://www.youtube.com/watch?v=Ud5hM8wKs4j"
Y11 = "https://www.youtube.com/watch?v=Ee0rS2vLn6k"
YT_ALL = [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, YC, Y9, Y10, Y11]

X1 = "https://x.com/nightowl_tradr/status/1831122334455667788"
X2 = "https://x.com/nightowl_tradr/status/1831199887766554433"
X3 = "https://x.com/gyeol_market/status/1830044556677889900"
X4 = "https://x.com/gyeol_market"
XS = "https://x.com/bluepeak_sig/status/1834455667788990011"

T1 = "https://t.me/moonlit_exchange/418"
T2 = "https://t.me/moonlit_exchange/422"
T3 = "https://t.me/pine_ledger_kr"

N1 = "https://blog.naver.com/saebyeok_77/223561234567"
N2 = "https://blog.naver.com/saebyeok_77/223561299001"
N3 = "https://cafe.naver.com/gureumtrade/88231"
N4 = "https://cafe.naver.com/gureumtrade/88240"
N5 = "https://blog.naver.com/PostView.naver?blogId=dalbit_k&logNo=223570011122"

K1 = "https://cafe.daum.net/%EB%B3%84%EB%B9%9B%EC%9E%A5%ED%84%B0/Xk2p/51"
K1_RAW = "https://cafe.daum.net/별빛장터/Xk2p/51"
K2 = "https://haneul-note.tistory.com/142"
K3 = "https://haneul-note.tistory.com/151"

TT1 = "https://www.tiktok.com/@mirae.deals/video/7411234567890123456"
TT2 = "https://www.tiktok.com/@mirae.deals/video/7411299990001112223"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240903-01", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", 'gambling promotion channel and its videos, incl. "live odds" Shorts', YT_ALL),
    ("KCSC-240905-02", "x", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", "drug sales posts, two accounts", [X1, X2, X3, X4]),
    ("KCSC-240906-03", "telegram", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "fraud", "fake exchange, channel and two messages", [T1, T2, T3]),
    ("KCSC-240910-04", "naver", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00",
     "defamation_privacy", "personal data exposure; blog, cafe posts", [N1, N2, N3, N4, N5]),
    ("KCSC-240911-05", "kakao", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "obscene", "Daum cafe post (Korean cafe name), two Tistory posts", [K1, K2, K3]),
    ("KCSC-240912-06", "tiktok", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "fraud", "investment scam videos", [TT1, TT2]),
    ("KCSC-240913-07", "x", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "illegal_gambling", "single post", [XS]),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"req.{ref}@kcsc.example", note])


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


YT_FROM = "legal-noreply@google.com"
YT_SIG = "Sincerely,\nThe YouTube Legal Support Team\n\n© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043"
X_FROM = "legal-support@x.com"
TG_FROM = "abuse@telegram.org"
NV_FROM = "help_policy@navercorp.com"
KK_FROM = "cs_notice@kakaocorp.com"
TT_FROM = "lawenforcement@tiktok.com"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="yt-three-outcomes-one-sentence",
    frm=YT_FROM, date="Mon, 09 Sep 2024 11:20:41 +0900",
    subject="Re: [KCSC-240903-01] Content removal request - YouTube",
    reply_to_req="req.KCSC-240903-01",
    body=f"""Hello,

Thanks for contacting YouTube about your notice KCSC-240903-01.

After reviewing the content you reported, we removed {Y1} from YouTube for violating our Community Guidelines, we blocked {Y2} from view in South Korea only on the basis of local law, and we did not take action on {Y3}, as it does not violate our policies or the law cited in your notice.

The other items of this notice are still open; we'll write to you again about them separately.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome email (removed / locally blocked / no action)",
    why="one sentence carries three different statuses, one per URL; the closing promise names no item",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
)

case(
    name="yt-hedge-in-relative-clause",
    frm=YT_FROM, date="Tue, 10 Sep 2024 09:02:13 +0900",
    subject="Re: [KCSC-240903-01] Content removal request - YouTube",
    reply_to_req="req.KCSC-240903-01",
    body=f"""Hi,

We have removed {Y4}, which may have been uploaded again under a different title; if you come across a re-upload, please send us its URL in a new notice.

The video {Y5}, which appears to contain the same material, is still being reviewed by our team and no decision has been made on it yet.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team reply, partial outcome",
    why="the hedge 'may have been uploaded again' sits in a relative clause and does not touch the removal; the second video is still under review",
    items={Y4: "removed", Y5: "pending"},
)

case(
    name="yt-negations-per-item",
    frm=YT_FROM, date="Wed, 11 Sep 2024 15:44:09 +0900",
    subject="Your legal complaint to YouTube - KCSC-240903-01",
    reply_to_req="req.KCSC-240903-01",
    body=f"""Hello,

We have completed our review of three of the URLs in your complaint.

- {Y6}
  We did not remove this video. Our reviewers found that it does not violate YouTube's Community Guidelines, and it has not been restricted under local law either.

- {Y7}
  This Short is no longer available on YouTube: we took it down under our spam, deceptive practices and scams policy.

- {Y8}
  We couldn't find this Short. The link isn't valid, or the video was deleted by the uploader before we reviewed it.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal complaint outcome, bulleted per URL",
    why="'did not remove ... not restricted' is a refusal, 'no longer available: we took it down' a removal, 'couldn't find' not_found",
    items={Y6: "rejected", Y7: "removed", Y8: "not_found"},
)

case(
    name="yt-decision-reversed-later",
    frm=YT_FROM, date="Tue, 17 Sep 2024 10:31:55 +0900",
    subject="Update: [KCSC-240903-01] Content removal request - YouTube",
    reply_to_req="req.KCSC-240903-01",
    body=f"""Hello again,

In our reply of 11 September we told you that {Y9} would remain available. Following a second review by our legal team, that decision has been reversed: the video has now been blocked for viewers in South Korea.

Our earlier note also described {Y10} as removed. That was a mistake on our side. The video was age-restricted, not removed; it remains on YouTube for signed-in adult viewers.

We apologise for the confusion.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up correcting an earlier outcome",
    why="the first sentence of each paragraph recalls an old decision, the next states the current one: geo-block and age restriction",
    items={Y9: "restricted", Y10: "restricted"},
)

case(
    name="yt-html-table-scope",
    frm=YT_FROM, date="Thu, 12 Sep 2024 17:05:30 +0900",
    subject="YouTube: outcome of legal notice KCSC-240903-01",
    reply_to_req="req.KCSC-240903-01",
    type="html",
    body=f"""<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please see below the outcome of our review of your notice KCSC-240903-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Scope</th></tr>
<tr><td>{Y1}</td><td>Removed (Community Guidelines)</td><td>Global</td></tr>
<tr><td>{Y2}</td><td>Blocked (local law)</td><td>South Korea</td></tr>
<tr><td>{Y11}</td><td>No action: does not violate our policies</td><td>&mdash;</td></tr>
<tr><td>{YC}</td><td>Channel terminated</td><td>Global</td></tr>
<tr><td>{Y3}</td><td>Video unavailable (deleted by uploader before review)</td><td>&mdash;</td></tr>
</table>
<p>If you disagree with a decision you can reply to this email with additional information. Learn more about our policies at <a href="https://support.google.com/youtube/answer/2801973">support.google.com</a>.</p>
<p>The YouTube Legal Support Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome with an HTML table (action and territorial scope)",
    why="table rows: removed globally, blocked in South Korea only, no action with reason, channel terminated, deleted by its uploader; the help link is not an item",
    items={Y1: "removed", Y2: "restricted", Y11: "rejected", YC: "removed", Y3: "not_found"},
)

YT_CSV = f"""url,decision,region,comment
{Y4},removed,global,Community Guidelines - harmful or dangerous content
{Y5},geo-blocked,KR,blocked under local law
{Y6},no action,,"Does not violate our policies, remains available"
{Y9},not found,,Video ID does not exist
"""
case(
    name="yt-csv-attachment-decisions",
    frm=YT_FROM, date="Fri, 13 Sep 2024 13:12:00 +0900",
    subject="Re: [KCSC-240903-01] Content removal request - YouTube",
    reply_to_req="req.KCSC-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_yt_474_csv"

--=_yt_474_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the decisions we have taken so far on your notice
KCSC-240903-01. One row per reported URL.

The YouTube Legal Support Team

--=_yt_474_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_decisions.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}
--=_yt_474_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="legal-desk reply carrying a CSV export of per-URL decisions",
    why="the CSV gives one decision per URL: removed, geo-blocked in KR, no action (quoted comment holds a comma), not found",
    items={Y4: "removed", Y5: "restricted", Y6: "rejected", Y9: "not_found"},
)

case(
    name="yt-statuses-by-position",
    frm=YT_FROM, date="Mon, 16 Sep 2024 16:40:21 +0900",
    subject="Re: [KCSC-240903-01] Content removal request - YouTube",
    reply_to_req="req.KCSC-240903-01",
    body=f"""Hello,

Your notice listed the following URLs, which we have now reviewed:

1. {Y7}
2. {Y8}
3. {Y10}
4. {Y11}

Outcome:
Items 1 and 3 have been removed globally for violating our Community Guidelines.
Item 2 has been restricted in South Korea.
We are not taking action on item 4: it does not violate our policies, and the law cited in your notice does not apply to it.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply numbering the reported URLs and answering by number",
    why="statuses given by position in the numbered list: 1 and 3 removed, 2 restricted, 4 refused with a reason",
    items={Y7: "removed", Y10: "removed", Y8: "restricted", Y11: "rejected"},
)

case(
    name="yt-table-then-correcting-note",
    frm=YT_FROM, date="Wed, 18 Sep 2024 11:03:47 +0900",
    subject="Re: [KCSC-240903-01] Content removal request - YouTube",
    reply_to_req="req.KCSC-240903-01",
    body=f"""Hello,

Outcome of your notice KCSC-240903-01 (partial):

URL                                             Status
{Y1}     Removed
{Y2}     Removed
{Y3}     Removed

Note: the status column above was filled in before our final check.
{Y3} was in fact not removed; it was age-restricted and stays viewable
by signed-in adult users.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal plain-text status table with a footnote",
    why="the note below the table explicitly corrects the table's row for Y3 (age-restricted, not removed); the other rows stand",
    items={Y1: "removed", Y2: "removed", Y3: "restricted"},
)

case(
    name="yt-url-on-line-below",
    frm=YT_FROM, date="Thu, 12 Sep 2024 08:55:10 +0900",
    subject="YouTube Legal - your request KCSC-240903-01",
    reply_to_req="req.KCSC-240903-01",
    body=f"""Hello,

The following video has been removed from YouTube for violating our harassment policy:
{Y11}

The following video has been age-restricted. It remains on YouTube but can no longer be watched by viewers who are signed out or under 18:
{Y9}

The following video does not violate our Community Guidelines and remains available:
{Y10}

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'The following video has been removed' notice template",
    why="each statement ends in a colon and its URL stands alone on the next line",
    items={Y11: "removed", Y9: "restricted", Y10: "rejected"},
)

case(
    name="yt-channel-terminated-names-videos",
    frm=YT_FROM, date="Fri, 13 Sep 2024 19:22:03 +0900",
    subject="Re: [KCSC-240903-01] Content removal request - YouTube",
    reply_to_req="req.KCSC-240903-01",
    body=f"""Hello,

The channel {YC} has been terminated for repeated violations of our spam, deceptive practices and scams policy.

The videos {Y5} and {Y6}, which were uploaded to that channel, are no longer available as a result.

{Y4} was uploaded by a different channel and is not affected by this termination; our review of it continues.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice",
    why="channel terminated, its two named videos gone with it; the third video is explicitly 'not affected' and still under review",
    items={YC: "removed", Y5: "removed", Y6: "removed", Y4: "pending"},
)

case(
    name="x-withheld-one-refused-two",
    frm=X_FROM, date="Mon, 09 Sep 2024 03:14:27 +0000",
    subject="Re: Legal request KCSC-240905-02 [ref:_00D4x1_5005x2KR:ref]",
    reply_to_req="req.KCSC-240905-02",
    body=f"""Hello,

Thank you for your report. We have withheld the following post in South Korea:
{X3}

We have also reviewed {X1} and {X2}. We found no violation of the X Rules, and your request does not show that either post is illegal under Korean law, so we are not withholding them.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome (country withheld content / declined)",
    why="one post withheld in KR (URL on the line below), two refused with a reason",
    items={X3: "restricted", X1: "rejected", X2: "rejected"},
)

case(
    name="x-one-item-request-no-url",
    frm=X_FROM, date="Tue, 17 Sep 2024 06:40:02 +0000",
    subject="Re: Legal request KCSC-240913-07",
    reply_to_req="req.KCSC-240913-07",
    body="""Hello,

In response to your legal demand KCSC-240913-07, we have withheld the reported post in the Republic of Korea. The account holder has been notified of this action.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'we have withheld the reported content' reply to a one-item legal demand",
    why="a statement naming no URL, but the request has a single item, so it applies",
    items={XS: "restricted"},
)

case(
    name="x-outlook-top-post-by-position",
    frm="j.holloway@x.com", name_from='"Jamie Holloway (X Legal)"',
    date="Wed, 11 Sep 2024 02:18:44 +0000",
    subject="RE: [KCSC-240905-02] Removal request - drug sales posts",
    reply_to_req="req.KCSC-240905-02",
    body=f"""Hello,

Regarding the numbered list in your request below: posts 1 and 2 have been removed globally for violating our rules on illegal and regulated goods. Post 3 had already been deleted by the account owner before we reviewed it. The account in item 4 is withheld in South Korea.

Best,
Jamie Holloway
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240905-02] Removal request - drug sales posts

Dear X Legal,

Under the Act on the Establishment and Operation of the Korea
Communications Standards Commission, we request the removal of:

1. {X1}
2. {X2}
3. {X3}
4. {X4}

Reference: KCSC-240905-02
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a legal-team member over the quoted request",
    why="the reply answers by position; the positions refer to the numbered list of the quoted request, which identifies the items but says nothing about their status",
    items={X1: "removed", X2: "removed", X3: "not_found", X4: "restricted"},
)

case(
    name="x-gmail-reply-over-quote",
    frm=X_FROM, date="Fri, 06 Sep 2024 22:50:13 +0000",
    subject="Re: [KCSC-240905-02] Removal request - drug sales posts",
    reply_to_req="req.KCSC-240905-02",
    body=f"""Hi,

We've withheld {X4} in South Korea. The other items in your request are still with our team.

X Legal

On Thu, 5 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Please remove the following content, which advertises the sale of
> narcotics:
>
> {X1}
> {X2}
> {X3}
> {X4}
>
> Reference: KCSC-240905-02
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply above the quoted request",
    why="only the account is stated on (withheld in KR); the posts are named only in the quoted request and stay pending",
    items={X4: "restricted", X1: "pending", X2: "pending", X3: "pending"},
)

case(
    name="tg-taken-down-whereas-not-found",
    frm=TG_FROM, name_from="Telegram Abuse", date="Sun, 08 Sep 2024 21:07:33 +0300",
    subject="Re: KCSC-240906-03 fraudulent exchange",
    reply_to_req="req.KCSC-240906-03",
    body="""Hi,

t.me/moonlit_exchange/418 and t.me/moonlit_exchange/422 were taken down, whereas t.me/pine_ledger_kr could not be found: that username is not used by any public channel.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk short reply",
    why="one sentence, two statuses: the two messages taken down, the channel not found; scheme-less links",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-angle-brackets-refusal",
    frm=TG_FROM, name_from="Telegram Abuse", date="Mon, 09 Sep 2024 18:31:02 +0300",
    subject="Re: KCSC-240906-03 fraudulent exchange",
    reply_to_req="req.KCSC-240906-03",
    body="""Hello,

The channel <https://t.me/pine_ledger_kr> is now unavailable to users in the Republic of Korea.

We did not act on <https://t.me/moonlit_exchange/418> and <https://t.me/moonlit_exchange/422>. Both messages advertise an exchange service and do not break Telegram's Terms of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with geo-restriction and refusal",
    why="channel unavailable in Korea = restricted; 'did not act ... do not break ToS' = rejected; URLs in angle brackets",
    items={T3: "restricted", T1: "rejected", T2: "rejected"},
)

case(
    name="tg-not-removed-author-deleted",
    frm=TG_FROM, name_from="Telegram Abuse", date="Tue, 10 Sep 2024 12:15:48 +0300",
    subject="Re: KCSC-240906-03 fraudulent exchange",
    reply_to_req="req.KCSC-240906-03",
    body="""Hello,

https://t.me/moonlit_exchange/418 was not removed by our moderators: the channel's administrator had already deleted the message before we got to it.

https://t.me/moonlit_exchange/422 is still online while our review continues.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="'not removed by us' because the author already deleted it = not_found; the other message is still under review",
    items={T1: "not_found", T2: "pending"},
)

case(
    name="naver-mixed-korean-sentence",
    frm=NV_FROM, name_from="네이버 고객센터", date="Thu, 12 Sep 2024 14:20:05 +0900",
    subject="[네이버] 게시중단 요청(KCSC-240910-04) 처리 결과 안내",
    reply_to_req="req.KCSC-240910-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240910-04)에 대한 처리 결과를 안내드립니다.

{N1}, {N2} 게시물은 게시중단 처리되었으며, {N3} 게시물은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시가 유지됩니다.

나머지 게시물은 확인 후 별도로 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 메일",
    why="one Korean sentence: two posts 게시중단 (removed), the third kept up after review (rejected)",
    items={N1: "removed", N2: "removed", N3: "rejected"},
)

case(
    name="naver-temp-measure-author-deleted",
    frm=NV_FROM, name_from="네이버 고객센터", date="Fri, 13 Sep 2024 10:48:19 +0900",
    subject="[네이버] 게시중단 요청(KCSC-240910-04) 처리 결과 안내",
    reply_to_req="req.KCSC-240910-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

{N4} 게시물에 대해서는 정보통신망법 제44조의2에 따라 30일간 임시조치를 하였습니다.

{N5} 는 작성자가 이미 삭제한 게시물로 확인되어 별도의 조치를 하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 안내 / author-deleted post",
    why="임시조치 = restricted; 'no action taken' only because the author already deleted it = not_found, not rejected",
    items={N4: "restricted", N5: "not_found"},
)

case(
    name="naver-html-table-note-revises",
    frm=NV_FROM, name_from="네이버 고객센터", date="Fri, 13 Sep 2024 17:30:00 +0900",
    subject="[네이버] 시정요구 조치결과 회신 (KCSC-240910-04)",
    reply_to_req="req.KCSC-240910-04",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청하신 시정요구(KCSC-240910-04)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{N3}</td><td>처리 중</td><td></td></tr>
<tr><td>3</td><td>{N4}</td><td>미조치</td><td>운영정책 위반 아님</td></tr>
<tr><td>4</td><td>{N5.replace("&", "&amp;")}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
</table>
<p>※ 2번 게시물은 위 표 작성 이후 9월 13일 오후에 블라인드 처리가 완료되었습니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table with a 비고 note",
    why="table: 삭제, 처리 중, 미조치 (reason), 게시물 없음; the note after the table updates row 2 to 블라인드 (removed)",
    items={N1: "removed", N3: "removed", N4: "rejected", N5: "not_found"},
)

NV_QP = f"""안녕하세요. 네이버 카페·블로그 운영팀입니다.

요청번호 KCSC-240910-04 관련하여 추가 처리 결과를 알려드립니다.

{N3}은 블라인드 처리를 완료했습니다.
{N2}의 경우 신고 사유에 해당하지 않아 조치하지 않았습니다.

감사합니다.
"""
case(
    name="naver-qp-korean-particles",
    frm="cafe_help@naver.com", name_from="네이버 카페", date="Sat, 14 Sep 2024 09:12:37 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 카페] 처리 결과 안내".encode()).decode() + "?=",
    reply_to_req="req.KCSC-240910-04",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NV_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations reply (quoted-printable Korean)",
    why="Korean particles 은/의 glued to the URLs; 블라인드 = removed, 신고 사유에 해당하지 않아 조치하지 않음 = rejected",
    items={N3: "removed", N2: "rejected"},
)

case(
    name="naver-english-desk-mixed",
    frm="global_policy@navercorp.com", name_from="NAVER Policy", date="Mon, 16 Sep 2024 11:00:00 +0900",
    subject="RE: Request KCSC-240910-04",
    reply_to_req="req.KCSC-240910-04",
    body=f"""Dear KCSC,

We have taken down {N1} and placed a 30-day temporary measure (temporary restriction of access) on {N4}, but {N2} was not taken down, as it does not breach our operating policy.

Kind regards,
NAVER Policy Support
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER English-language policy desk reply",
    why="one sentence: taken down, temporary measure (restricted), and 'was not taken down ... does not breach' (rejected)",
    items={N1: "removed", N4: "restricted", N2: "rejected"},
)

case(
    name="kakao-raw-korean-path",
    frm=KK_FROM, name_from="카카오 고객센터", date="Fri, 13 Sep 2024 16:05:44 +0900",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240911-05)",
    reply_to_req="req.KCSC-240911-05",
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 게시물에 대한 조치 결과를 안내드립니다.

{K1_RAW} 게시물은 게시중단 조치하였습니다.
{K2} 게시물은 불법정보에 해당한다고 보기 어려워 게시를 유지합니다.
{K3} 은 현재 검토 중이며 결과는 추후 안내드리겠습니다.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 게시물 조치 결과 안내",
    why="raw Korean cafe path matches the percent-encoded request URL; 게시중단 removed, 게시 유지 with reason rejected, 검토 중 pending",
    items={K1: "removed", K2: "rejected", K3: "pending"},
)

KK_B64 = f"""안녕하세요. 티스토리 운영팀입니다.

요청 번호: KCSC-240911-05

{K3}（블로그 게시물）은 비공개 처리되었습니다.
{K2}, {K1_RAW} 에 대해서는 앞서 안내드린 내용을 참고해 주시기 바랍니다.

감사합니다.
"""
case(
    name="kakao-base64-fullwidth-paren",
    frm="tistory_cs@kakaocorp.com", name_from="티스토리", date="Tue, 17 Sep 2024 13:33:21 +0900",
    subject="[티스토리] 요청 처리 결과",
    reply_to_req="req.KCSC-240911-05",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KK_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations reply, base64 body",
    why="full-width parenthesis right after the URL; 비공개 처리 = removed; the other two are only referred back to an earlier notice, no statement",
    items={K3: "removed", K2: "pending", K1: "pending"},
)

case(
    name="tiktok-ack-phrase-then-decisions",
    frm=TT_FROM, name_from="TikTok Law Enforcement Outreach", date="Mon, 16 Sep 2024 08:20:40 +0000",
    subject="Re: KCSC-240912-06 - TikTok content report",
    reply_to_req="req.KCSC-240912-06",
    body=f"""Hello,

Thank you for your report, which we received on 12 September (ticket 58890).

Content: {TT1}
Decision: Removed - violates our Community Guidelines (frauds and scams)

Content: {TT2}
Decision: Restricted in the Republic of Korea - unlawful under local law

TikTok Law Enforcement Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email (Content / Decision blocks)",
    why="an acknowledgement phrase opens it, but unhedged per-item decisions follow, so it is no acknowledgement; status on the line below each URL",
    items={TT1: "removed", TT2: "restricted"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    frm="dsa-notices@tiktok.com", name_from="TikTok", date="Wed, 18 Sep 2024 14:02:11 +0000",
    subject="Statement of reasons - your notice KCSC-240912-06",
    reply_to_req="req.KCSC-240912-06",
    body=f"""Statement of reasons

1) Content: {TT1}
   Decision: removal of the content
   Territorial scope: worldwide
   Ground: incompatible with our Terms of Service (frauds and scams)
   Automated detection: no. Automated decision: no.

2) Content: {TT2}
   Decision: no restriction
   Explanation: having reviewed the content against our Community Guidelines and the law cited in your notice, we have not restricted it.

Redress: you may appeal a decision through our in-app appeal or the dispute settlement body of your choice. More information: https://www.tiktok.com/legal/page/global/dsa-redress
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA Art. 17 statement of reasons",
    why="SoR blocks: removal worldwide; 'no restriction ... we have not restricted it' = rejected; the redress link is not an item",
    items={TT1: "removed", TT2: "rejected"},
)

# ================================================================ REVIEW
case(
    name="yt-promise-will-be-removed",
    frm=YT_FROM, date="Wed, 04 Sep 2024 18:10:00 +0900",
    subject="Re: [KCSC-240903-01] Content removal request - YouTube",
    reply_to_req="req.KCSC-240903-01",
    body=f"""Hello,

We have confirmed that {Y1} and {Y2} violate our policies, and they will be removed within 24 hours. We will let you know once this has been done.

{YT_SIG}
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="YouTube legal interim reply (promise of removal)",
    why="'will be removed' is a promise, not a statement; the items stay pending",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="naver-under-review-hedge",
    frm=NV_FROM, name_from="네이버 고객센터", date="Wed, 11 Sep 2024 15:00:12 +0900",
    subject="[네이버] 게시중단 요청(KCSC-240910-04) 진행 상황 안내",
    reply_to_req="req.KCSC-240910-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

{N3} 게시물은 현재 담당 부서에서 검토 중이며, 검토 결과에 따라 게시중단될 수 있습니다.
{N4} 게시물 역시 삭제된 것으로 보이나, 정확한 확인이 필요합니다.

확인되는 대로 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="NAVER 진행 상황 안내 (under review)",
    why="'검토 중 ... 게시중단될 수 있습니다' and '삭제된 것으로 보이나 확인이 필요' are a condition and a hedge, not statements",
    items={N3: "pending", N4: "pending"},
)

case(
    name="x-conditional-withhold",
    frm=X_FROM, date="Sat, 07 Sep 2024 01:05:51 +0000",
    subject="Re: Legal request KCSC-240905-02",
    reply_to_req="req.KCSC-240905-02",
    body=f"""Hello,

If our review finds that {X1} breaks Korean law, we will withhold it in South Korea. {X2} may be withheld as well, depending on the same review.

Regards,
X Legal
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="X legal interim reply",
    why="a condition and a 'may be' about named items: nothing stated",
    items={X1: "pending", X2: "pending"},
)

case(
    name="yt-bulk-all-removed",
    frm=YT_FROM, date="Thu, 19 Sep 2024 09:45:00 +0900",
    subject="Re: [KCSC-240903-01] Content removal request - YouTube",
    reply_to_req="req.KCSC-240903-01",
    body=f"""Hello,

All the videos and the channel you reported in notice KCSC-240903-01 have been removed from YouTube.

{YT_SIG}
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="YouTube one-line bulk confirmation",
    why="a statement about all items of a 12-item request without naming each: bulk review",
    items={u: "pending" for u in YT_ALL},
)

case(
    name="tg-bulk-all-blocked",
    frm=TG_FROM, name_from="Telegram Abuse", date="Sat, 07 Sep 2024 10:00:09 +0300",
    subject="Re: KCSC-240906-03 fraudulent exchange",
    reply_to_req="req.KCSC-240906-03",
    body="""Hi,

All links from your report have been blocked.

Telegram Abuse Team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Telegram abuse-desk one-liner",
    why="'all links' for a three-item request: bulk review",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="x-dkim-fail-removed",
    frm=X_FROM, auth="fail", date="Sun, 08 Sep 2024 12:12:12 +0000",
    subject="Re: Legal request KCSC-240905-02",
    reply_to_req="req.KCSC-240905-02",
    body=f"""Hello,

We have removed {X1} and {X2}.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply, but the mail fails DKIM/SPF/DMARC",
    why="x.com sender failing authentication: untrusted",
    items={X1: "pending", X2: "pending"},
)

case(
    name="naver-gmail-lookalike",
    frm="naver.cs.center@gmail.com", name_from="네이버 고객센터", date="Thu, 12 Sep 2024 20:41:00 +0900",
    subject="게시중단 요청(KCSC-240910-04) 처리 완료",
    body=f"""안녕하세요. 네이버 고객센터입니다.

{N1} 게시물은 삭제 처리가 완료되었습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="NAVER-branded notice sent from a free-mail address",
    why="gmail.com is no platform's domain: unknown sender naming a request and a URL",
    items={N1: "pending"},
)

case(
    name="kakao-about-naver-url",
    frm=KK_FROM, name_from="카카오 고객센터", date="Wed, 18 Sep 2024 10:10:10 +0900",
    subject="[카카오] 문의 회신",
    body=f"""안녕하세요, 카카오 고객센터입니다.

문의하신 {N4} 는 다음 카페가 아닌 네이버 카페의 게시물로, 당사 서비스에서는 확인되지 않습니다. 해당 서비스 운영사에 문의해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="Kakao reply saying a URL is not on its service",
    why="Kakao states on a NAVER item (not found on its service): wrong platform",
    items={N4: "pending"},
)

case(
    name="yt-table-contradicted-by-note",
    frm=YT_FROM, date="Sat, 14 Sep 2024 12:00:00 +0900",
    subject="Re: [KCSC-240903-01] Content removal request - YouTube",
    reply_to_req="req.KCSC-240903-01",
    body=f"""Hello,

Reported URL                                    Result
{Y6}     Removed

Note: the video listed above remains available on YouTube, as our reviewers found no violation of our Community Guidelines.

{YT_SIG}
""",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="YouTube legal status table with a contradicting footnote",
    why="table says removed, note says it stays up, and nothing says which one is a correction",
    items={Y6: "pending"},
)

case(
    name="tiktok-portal-announcement",
    frm=TT_FROM, name_from="TikTok Law Enforcement Outreach", date="Tue, 17 Sep 2024 00:30:00 +0000",
    subject="Changes to how we receive government requests",
    body="""Hello,

From 1 October 2024, TikTok will accept content removal requests from government agencies only through our online portal at https://www.tiktok.com/legal/report/government. Requests sent by email after that date will not be processed.

Thank you for your cooperation.
TikTok Law Enforcement Outreach
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform announcement to registered government reporters",
    why="trusted TikTok mail naming no item and no request",
    items={},
)

case(
    name="x-asks-for-legal-basis",
    frm=X_FROM, date="Fri, 06 Sep 2024 08:00:00 +0000",
    subject="Re: Legal request KCSC-240905-02 - additional information required",
    reply_to_req="req.KCSC-240905-02",
    body="""Hello,

To process your request KCSC-240905-02 we need a copy of the decision of the Commission, or the specific provision of Korean law that the reported content is said to violate. Please reply to this email with that information so that we can evaluate the request.

Regards,
X Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X legal request for more information",
    why="the platform asks for documents; no statement on any item",
    items={},
)

# ================================================================ IGNORED
case(
    name="yt-out-of-office",
    frm="minji.seo@google.com", name_from="Minji Seo", date="Tue, 03 Sep 2024 10:01:12 +0900",
    subject="Automatic reply: [KCSC-240903-01] Content removal request",
    reply_to_req="req.KCSC-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 16 September with limited access to email.

For legal removal requests concerning YouTube, please write to legal-kr@google.com, where the team will handle your message.

Minji
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="tiktok-dsn-bounce",
    frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 10:00:31 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn474b"

--dsn474b
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.example>: host tiktok.example[203.0.113.25] said: 550 5.1.1
    <legal-kr@tiktok.example>: Recipient address rejected: User unknown

--dsn474b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 12 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; legal-kr@tiktok.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn474b
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.example
Subject: [KCSC-240912-06] Removal request - investment scam videos
Date: Thu, 12 Sep 2024 10:00:00 +0900
Message-ID: <req.KCSC-240912-06@kcsc.example>

Please remove:
{TT1}
{TT2}

--dsn474b--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status)",
    why="a bounce of our own request; the URLs are in the returned original",
    items={},
)

case(
    name="naver-mdn-read-receipt",
    frm="policy@navercorp.com", name_from="네이버 정책지원", date="Tue, 10 Sep 2024 11:12:13 +0900",
    subject="읽음: [KCSC-240910-04] 게시중단 요청",
    reply_to_req="req.KCSC-240910-04",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn474"

--mdn474
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240910-04] 게시중단 요청"을 수신인이 2024-09-10 11:12에 읽었습니다.

--mdn474
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req.KCSC-240910-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn474--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt-echo",
    frm="no-reply@tiktok.com", name_from="TikTok Support", date="Thu, 12 Sep 2024 01:02:03 +0000",
    subject="We received your report [Ticket 58890]",
    reply_to_req="req.KCSC-240912-06",
    body=f"""Hi,

We've received your report and created ticket 58890. Our team will review it and get back to you by email.

Reported content:
{TT1}
{TT2}

Please do not reply to this automated message.
TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok / Zendesk ticket receipt echoing the report",
    why="pure acknowledgement echoing the reported URLs, no status",
    items={},
)

case(
    name="kakao-receipt-korean",
    frm="noreply@kakaocorp.com", name_from="카카오 고객센터", date="Wed, 11 Sep 2024 14:05:00 +0900",
    subject="[카카오] 권리침해 신고 접수 안내",
    reply_to_req="req.KCSC-240911-05",
    body="""안녕하세요, 카카오 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: 2024091100123

검토 후 처리 결과는 이메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 안내 (auto receipt)",
    why="pure receipt with a case number",
    items={},
)

case(
    name="tg-autoresponder",
    frm="dsa@telegram.org", name_from="Telegram", date="Fri, 06 Sep 2024 05:00:20 +0300",
    subject="Auto: KCSC-240906-03 fraudulent exchange",
    reply_to_req="req.KCSC-240906-03",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This is an automated response.

Your message has reached Telegram's DSA contact point. Due to the volume of messages, we cannot reply to every one individually. Reports of illegal content are processed in the order received.

Telegram
""",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram DSA contact point auto-responder",
    why="automatic reply",
    items={},
)

case(
    name="x-ack-over-quoted-request",
    frm="support@x.com", name_from="X Support", date="Thu, 05 Sep 2024 01:05:00 +0000",
    subject="Re: [KCSC-240905-02] Removal request - drug sales posts [case 0374412]",
    reply_to_req="req.KCSC-240905-02",
    body=f"""Hello,

Thanks for reaching out. We've received your report and opened case 0374412. We'll be in touch once it has been reviewed.

X Support

On Thu, 5 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove the following posts, which were found to be illegal:
> {X1}
> {X2}
> {X3}
> The content must be removed within 7 days.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X Support case-opened acknowledgement over the quoted request",
    why="acknowledgement; the 'removed' words are only in the quoted request",
    items={},
)


DEFAULT_NAMES = {YT_FROM: "YouTube Legal Support", X_FROM: "X Legal"}


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
        if "name_from" not in c and c["from"] in DEFAULT_NAMES:
            c["name_from"] = DEFAULT_NAMES[c["from"]]
        name = c.get("name_from")
        if name and not name.isascii():
            # real mailers send a non-ASCII display name as an RFC 2047 encoded word
            c["name_from"] = Header(name, "utf-8").encode()
        if not c["subject"].isascii():
            c["subject"] = Header(c["subject"], "utf-8").encode()
    header = (
        "# Blind set 474 (what a program gets wrong). Written from each email's meaning\n"
        "# before any run of the reader. Generated by make.py: do not edit by hand."
    )
    corpuslib.write_set(HERE, "blind474", header, CASES)


if __name__ == "__main__":
    main()
