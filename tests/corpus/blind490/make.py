#!/usr/bin/env python3
"""Blind set 490: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch): help-centre outcome templates, DSA-style
statements of reasons, legal-removal decisions, receipts, DSNs, MDNs and
out-of-office replies.

    python3 tests/corpus/blind490/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before any run
of the reader. All names, URLs and ids are fictional.
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

SET = "blind490"

# ---------------------------------------------------------------- requests
R_X = "KCSC-240902-01"
R_YT = "KCSC-240903-02"
R_META = "KCSC-240904-03"
R_TT = "KCSC-240905-04"
R_RD = "KCSC-240906-05"
R_DC = "KCSC-240909-06"
R_TW = "KCSC-240910-07"


def mid(ref):
    return "req." + ref + ".1"


X1 = "https://x.com/hollow_lantern77/status/1830412507716600101"
X2 = "https://x.com/hollow_lantern77/status/1830412507716600102"
X3 = "https://x.com/grey_meridian_kr/status/1830419981230044417"
X4 = "https://x.com/grey_meridian_kr/status/1830420077145530881"
X5 = "https://x.com/pine_relay/status/1830431150982213633"
X6 = "https://x.com/pine_relay/status/1830431150982213634"
X7 = "https://x.com/saltmarsh_ops/status/1830455502117789697"
X8 = "https://x.com/saltmarsh_ops"
X9 = "https://x.com/north_vessel_9/status/1830467720043311104"
X10 = "https://x.com/quietfern_media/status/1830470011220987392"
X11 = "https://x.com/copperdune/status/1830481234567001088"
X12 = "https://twitter.com/copperdune/status/1830481234567001111"
X_ALL = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm7dLr2xK9w"
Y2 = "https://www.youtube.com/watch?v=bT4nVw0pZ3s"
Y3 = "https://youtu.be/H8cJq1yE5uA"
Y4 = "https://www.youtube.com/shorts/fK2pX7mLw0c"

M1 = "https://www.facebook.com/groups/4412098817/posts/7720135590"
M2 = "https://www.facebook.com/wildreed.market/posts/pfbid0Tq8vK2mNcX5"
M3 = "https://www.instagram.com/p/C9xT4qLmB2a/"
M4 = "https://www.instagram.com/reel/C9zK8wPnR1d/"
M5 = "https://www.instagram.com/ember.trade.kr/"
M_ALL = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@mossgate_clips/video/7410293847561239810"
T2 = "https://www.tiktok.com/@mossgate_clips/video/7410301122987654401"
T3 = "https://www.tiktok.com/@latewharf/video/7409887766554433221"

RD1 = "https://www.reddit.com/r/KoreaDeals/comments/1f9xk2q/cheap_docs_available/"
RD2 = "https://www.reddit.com/user/bluecinder_88/comments/1fa0b7z/dm_for_price/"

D1 = "https://discord.gg/n8Vq4Tzr"
D2 = "https://discord.com/channels/1187654321098765432/1187654321098765999/1281234567890123456"

TW1 = "https://www.twitch.tv/slatecrow_live"

REQUESTS = [
    (R_X, "x", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00", X_ALL,
     "illegal_trade", 'Batch of 12: posts and one account, "document forgery" adverts'),
    (R_YT, "youtube", "2024-09-03T11:30:00+09:00", "2024-09-10T23:59:59+09:00", [Y1, Y2, Y3, Y4],
     "gambling", "Videos promoting an unlicensed betting site, incl. one Short"),
    (R_META, "meta", "2024-09-04T09:15:00+09:00", "2024-09-11T23:59:59+09:00", M_ALL,
     "illegal_trade", "Facebook and Instagram, same seller"),
    (R_TT, "tiktok", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00", [T1, T2, T3],
     "drugs", "Three videos, two from one account"),
    (R_RD, "reddit", "2024-09-06T10:45:00+09:00", "2024-09-13T23:59:59+09:00", [RD1, RD2],
     "illegal_trade", "Subreddit post and profile post"),
    (R_DC, "discord", "2024-09-09T16:20:00+09:00", "2024-09-16T23:59:59+09:00", [D1, D2],
     "obscenity", "Invite link, message link"),
    (R_TW, "twitch", "2024-09-10T13:00:00+09:00", "2024-09-17T23:59:59+09:00", [TW1],
     "gambling", "One channel, live gambling streams"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of, or",
        f"the blocking of access from Korea to, the items below (reference {ref}).",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Kind regards,", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== X
case(
    name="x-legal-withheld-kr-bullets",
    date="Wed, 04 Sep 2024 07:41:12 +0000",
    **{"from": "legal-ops@x.com"}, name_from="X Legal",
    subject=f"Re: {R_X} Request for removal of content",
    reply_to_req=mid(R_X),
    body=f"""
Hello,

Thank you for your report. We have reviewed the content you identified
under reference {R_X}.

The following posts have been withheld in South Korea in response to
your legal demand. They remain visible outside South Korea:

  * {X1}
  * {X2}
  * {X3}

The following post was removed from X because it violates the X Rules
on illegal or certain regulated goods and services:

  * {X7}

We are still reviewing the other items in your request and will follow
up separately.

Information on our country withheld content policy is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (Country Withheld Content + X Rules removal)",
    why="three posts withheld in South Korea, one removed globally; rest promised later",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X7: "removed"},
)

case(
    name="x-html-table-outcomes",
    date="Thu, 05 Sep 2024 02:10:55 +0000",
    **{"from": "legal-ops@x.com"}, name_from="X Legal",
    subject=f"[Case 0092217431] Outcome of your request {R_X}",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Our review of the second group of items in your request {R_X} is complete.
The result for each item is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action</th></tr>
<tr><td>1</td><td>{X4}</td><td>Withheld in KR</td></tr>
<tr><td>2</td><td>{X5}</td><td>Removed (violation of the X Rules)</td></tr>
<tr><td>3</td><td>{X6}</td><td>No action taken: the post does not violate the X Rules and the request did not establish a legal basis</td></tr>
<tr><td>4</td><td>{X9}</td><td>Not found: the URL does not lead to an existing post</td></tr>
</table>
<p>You can read about how we handle legal requests at
<a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">our legal FAQs</a>.</p>
<p>X Legal Operations</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case outcome table (HTML) from a ticketing system",
    why="per-row actions: withheld in KR, removed, no action, not found",
    items={X4: "restricted", X5: "removed", X6: "rejected", X9: "not_found"},
)

case(
    name="x-account-suspended",
    date="Thu, 05 Sep 2024 09:03:20 +0000",
    **{"from": "legal-ops@x.com"}, name_from="X Legal",
    subject=f"Re: {R_X} Request for removal of content",
    reply_to_req=mid(R_X),
    body=f"""
Hi,

An update on one item of your request: the account {X8}
has been permanently suspended for violating the X Rules and is no
longer accessible on X.

Best,
Marisol
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice relayed by a legal-ops agent",
    why="account permanently suspended and no longer accessible: removed",
    items={X8: "removed"},
)

case(
    name="x-url-below-statement",
    date="Fri, 06 Sep 2024 01:27:44 +0000",
    **{"from": "legal-ops@x.com"}, name_from="X Legal",
    subject=f"Re: {R_X} Request for removal of content",
    reply_to_req=mid(R_X),
    body=f"""
Hello KCSC team,

This post has been withheld in South Korea in response to your request:
{X9}

We were unable to locate this post. It does not exist on X:
{X10}

Kind regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-ops reply with the URL on the line after its statement",
    why="statement line followed by its URL: first withheld in KR, second not located",
    items={X9: "restricted", X10: "not_found"},
)

case(
    name="x-gmail-top-post-over-request",
    date="Fri, 06 Sep 2024 05:50:02 +0000",
    **{"from": "dana.whitcombe@x.com"}, name_from="Dana Whitcombe",
    subject=f"Re: {R_X} Request for removal of content",
    reply_to_req=mid(R_X),
    body=f"""
Hello,

Following our review, both posts below were removed from X for
violating our private information and media policy:

{X11}
{X12}

The remaining posts from your request are still with our team.

Regards,
Dana
X Legal Operations

On Mon, Sep 2, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R_X, X_ALL)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply by an X legal agent over the quoted request",
    why="two posts removed above the quote; quoted request lines are not statements",
    items={X11: "removed", X12: "removed", X1: "pending", X2: "pending", X5: "pending"},
)

_qp_body = f"""Hello,

Pursuant to your request {R_X} \u2014 received on 2 September 2024 \u2014 access to {X5} and {X6} has been withheld in the Republic of Korea. Both posts remain available in other countries.

The account holder has been notified of this action in accordance with our user notice policy.

Sincerely,
X Legal \u2014 Global Government Affairs
"""
case(
    name="x-qp-withheld-two",
    date="Fri, 06 Sep 2024 08:12:36 +0000",
    **{"from": "legal-ops@x.com"}, name_from="X Legal",
    subject=f"Your request {R_X}: action taken",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp_body)}""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice, quoted-printable with soft line breaks in the long sentence",
    why="two posts withheld in the Republic of Korea (QP soft breaks split the sentence around the URLs)",
    items={X5: "restricted", X6: "restricted"},
)

case(
    name="x-numbered-result-below",
    date="Sat, 07 Sep 2024 03:33:09 +0000",
    **{"from": "legal-ops@x.com"}, name_from="X Legal",
    subject=f"Re: {R_X} Request for removal of content [ref:_00D1x.5003k:ref]",
    reply_to_req=mid(R_X),
    body=f"""
Dear KCSC,

Please see the result for each of the items below.

1. {X1}
   Result: Withheld in KR (Country Withheld Content)
2. {X2}
   Result: Removed - violation of the X Rules
3. {X3}
   Result: Content unavailable - deleted by the account holder before our review
4. {X4}
   Result: No action - not in violation of the X Rules or of the Korean law cited

If you disagree with a decision you may send additional legal
documentation through https://legalrequests.x.com/

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-ops numbered list with a Result line under each URL",
    why="withheld, removed, deleted by its author before review (not_found), no action",
    items={X1: "restricted", X2: "removed", X3: "not_found", X4: "rejected"},
)

case(
    name="x-statement-of-reasons-blocks",
    date="Mon, 09 Sep 2024 06:05:47 +0000",
    **{"from": "no-reply@x.com"}, name_from="X",
    subject=f"Decision on your notice {R_X}",
    body=f"""
Decision on your notice

Notice reference: {R_X}
Notifier: Korea Communications Standards Commission

-- Item 1 --
Content: {X7}
Decision: Visibility restricted - content withheld in the following
country: KR
Ground: Illegal content under the law of the Republic of Korea
Automated decision: No

-- Item 2 --
Content: {X12}
Decision: Removal of content
Ground: Incompatible with the X Rules (illegal or certain regulated goods
or services)
Automated decision: No

The person who posted the content has been informed and may appeal.
How we handle notices: https://help.x.com/en/rules-and-policies/enforcement-options
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17-style statement-of-reasons blocks from X (Content/Decision/Ground)",
    why="per-item decisions: withheld in KR (restricted) and removal of content",
    items={X7: "restricted", X12: "removed"},
)

case(
    name="x-promise-will-withhold",
    date="Wed, 04 Sep 2024 01:15:30 +0000",
    **{"from": "legal-ops@x.com"}, name_from="X Legal",
    subject=f"Re: {R_X} Request for removal of content",
    reply_to_req=mid(R_X),
    body=f"""
Hello,

We have completed an initial assessment of the following posts:

{X1}
{X2}

Once our internal legal review concludes, these posts will be withheld
in South Korea. We expect this to happen within the next two business
days and will confirm when it is done.

Regards,
X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X legal-ops interim update promising country withholding",
    why="'will be withheld' once review concludes is a promise, not an action",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-bulk-all-withheld",
    date="Tue, 10 Sep 2024 02:44:18 +0000",
    **{"from": "legal-ops@x.com"}, name_from="X Legal",
    subject=f"Re: {R_X} Request for removal of content - closed",
    reply_to_req=mid(R_X),
    body=f"""
Hello,

We are writing to let you know that all of the posts and accounts
reported in your request {R_X} have now been withheld in South Korea.
This case is now closed.

Regards,
X Legal Operations
""",
    outcome="review", review="bulk",
    imitates="X legal case-closure email summarising the whole batch",
    why="one statement about all twelve items without naming any: bulk",
    items={u: "pending" for u in X_ALL},
)

case(
    name="x-hedge-may-have-been-deleted",
    date="Mon, 09 Sep 2024 10:20:00 +0000",
    **{"from": "legal-ops@x.com"}, name_from="X Legal",
    subject=f"Re: {R_X} Request for removal of content",
    reply_to_req=mid(R_X),
    body=f"""
Hi,

Regarding the two posts below, our reviewers could not confirm their
current state. They may have been deleted by their authors, or the
links may be incomplete:

- {X9}
- {X10}

Could you check the links on your side? We will look again once we
hear back.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X legal-ops follow-up with hedged status of two posts",
    why="'may have been deleted' and 'could not confirm' are hedges; no status",
    items={X9: "pending", X10: "pending"},
)

case(
    name="x-dmarc-fail-removed",
    date="Sat, 07 Sep 2024 12:02:41 +0000",
    **{"from": "legal-ops@x.com"}, name_from="X Legal",
    auth="fail",
    subject=f"Re: {R_X} Request for removal of content",
    body=f"""
Hello,

The following post has been removed from X:
{X3}

Regards,
X Legal Operations
""",
    outcome="review", review="untrusted",
    imitates="X legal-ops confirmation, but failing DKIM/SPF/DMARC",
    why="x.com sender fails authentication: nothing applied",
    items={X3: "pending"},
)

case(
    name="x-out-of-office",
    date="Mon, 02 Sep 2024 01:03:11 +0000",
    **{"from": "h.bergstrom@x.com"}, name_from="Hanna Bergstrom",
    subject=f"Automatic reply: {R_X} Request for removal of content",
    reply_to_req=mid(R_X),
    extra_headers=AUTO,
    body="""
Thank you for your email. I am out of the office until 9 September with
no access to email. Legal requests should be sent through
https://legalrequests.x.com/ so that they are handled by the on-call
team.

Hanna
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply from an X employee",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="x-legal-case-receipt",
    date="Mon, 02 Sep 2024 01:04:58 +0000",
    **{"from": "no-reply@x.com"}, name_from="X",
    subject=f"We received your request [Case 0092217431] {R_X}",
    reply_to_req=mid(R_X),
    body=f"""
Hello,

We have received your legal request and created case 0092217431. Please
keep this number for your records and include it in any reply.

Our team reviews requests in the order they are received. You do not
need to send the request again.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request receipt with a case number",
    why="pure receipt: case created, nothing said about items",
    items={},
)

# =================================================================== YouTube
case(
    name="yt-legal-blocked-kr",
    date="Thu, 05 Sep 2024 04:22:17 +0000",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: [{R_YT}] Legal complaint - YouTube [7-1842000019884]",
    reply_to_req=mid(R_YT),
    body=f"""
Hello,

Thank you for contacting YouTube.

After review of your complaint, we have blocked the following content
from view on YouTube in South Korea:

- {Y1}
- {Y2}

In addition, the following video has been removed from YouTube for
violating our Community Guidelines:

- {Y3}

To learn more about our policies, please see
https://support.google.com/youtube/answer/9288567

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-complaint outcome (local blocking + Community Guidelines removal)",
    why="two videos blocked in South Korea, one removed globally",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-age-restricted-and-no-violation",
    date="Fri, 06 Sep 2024 07:09:40 +0000",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: [{R_YT}] Legal complaint - YouTube [7-1842000019884]",
    reply_to_req=mid(R_YT),
    body=f"""
Hello,

We've completed our review of the remaining items.

{Y4}
We have age-restricted this Short. It is no longer visible to signed-out
viewers or to users under 18.

{Y2}
We did not find a violation of our Community Guidelines or of the local
law you cited. This video remains available on YouTube.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome: age restriction + no-action decision",
    why="URL line with its statement below: age-restricted, and no violation (stays up)",
    items={Y4: "restricted", Y2: "rejected"},
)

case(
    name="yt-korean-particles",
    date="Fri, 06 Sep 2024 09:30:02 +0000",
    **{"from": "legal-kr@google.com"}, name_from="Google Korea Legal",
    subject=f"RE: {R_YT} 불법정보 삭제 요청 처리 결과",
    reply_to_req=mid(R_YT),
    body=f"""
안녕하세요, Google 법무팀입니다.

요청하신 {R_YT} 건의 처리 결과를 안내드립니다.

{Y1}은 YouTube 커뮤니티 가이드 위반으로 확인되어 삭제되었습니다.
{Y3}의 경우 국내법 위반으로 판단되어 한국에서의 접근이 제한되었습니다.

(English) The first video was removed for violating our Community
Guidelines; access to the second video has been restricted in Korea.

감사합니다.
Google LLC 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="Google Korea legal reply in Korean with an English summary",
    why="URLs glued to particles 은/의: first deleted (삭제), second 접근 제한 in Korea",
    items={Y1: "removed", Y3: "restricted"},
)

case(
    name="yt-under-review-hedge",
    date="Wed, 04 Sep 2024 06:40:29 +0000",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: [{R_YT}] Legal complaint - YouTube [7-1842000019884]",
    reply_to_req=mid(R_YT),
    body=f"""
Hello,

Thanks for your patience. A quick status update on your complaint:

- {Y1} appears to have been taken down already; we are confirming
  whether this was done by the uploader.
- {Y2} is currently under review by our legal team.

We will write again once we have a decision.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal-support interim status update",
    why="'appears to have been taken down' is a hedge; 'under review' is no status",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="yt-conditional-uploader",
    date="Thu, 05 Sep 2024 11:48:13 +0000",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: [{R_YT}] Legal complaint - YouTube [7-1842000019884]",
    reply_to_req=mid(R_YT),
    body=f"""
Hello,

We have notified the uploader of {Y3} about your complaint. If the
uploader does not remove the video within 7 days, we will restrict it
in South Korea.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube notice-to-uploader with a conditional next step",
    why="conditional future restriction: nothing has happened yet",
    items={Y3: "pending"},
)

case(
    name="yt-unmonitored-auto-reply",
    date="Tue, 03 Sep 2024 02:31:00 +0000",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    subject=f"Re: [{R_YT}] Legal complaint - YouTube",
    reply_to_req=mid(R_YT),
    extra_headers=AUTO,
    body="""
This is an automated message. This mailbox is not monitored and replies
sent to it are not read.

To submit a legal complaint, please use our web form at
https://support.google.com/legal/answer/3110420

- YouTube
""",
    outcome="ignored", classification="auto_reply",
    imitates="YouTube/Google no-reply mailbox auto-response",
    why="automated 'mailbox not monitored' reply",
    items={},
)

# =================================================================== Meta
case(
    name="meta-dsa-statement-single",
    date="Fri, 06 Sep 2024 03:02:51 +0000",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta",
    subject=f"Statement of reasons: decision on content you reported ({R_META})",
    body=f"""
Statement of reasons

Your reference: {R_META}
Decision ID: 1184420977315502

What we decided
We removed the content listed below.

Content
{M3}

Why we took this action
The content was assessed as illegal under the law of the Republic of
Korea, following a notice from a government authority. It also goes
against our Community Standards on restricted goods and services.

Was the decision automated?
No. This decision was made by a reviewer.

Options for redress
The person who posted the content can appeal at
https://www.facebook.com/help/contact/appeal_form
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA statement of reasons (Article 17 template)",
    why="one Instagram post removed; appeal link is no item",
    items={M3: "removed"},
)

case(
    name="meta-local-law-restricted",
    date="Fri, 06 Sep 2024 08:17:03 +0000",
    **{"from": "records@meta.com"}, name_from="Meta Law Enforcement Response",
    subject=f"Re: {R_META} - Content restriction request",
    reply_to_req=mid(R_META),
    body=f"""
Dear KCSC,

Thank you for your request. Having reviewed the reported items against
our Community Standards and local law, we have taken the following
action:

1) {M1} - restricted in South Korea based on local law.
2) {M2} - restricted in South Korea based on local law.
3) {M5} - no action. We found that this account does not go against
   our Community Standards or Korean law, so it will remain on
   Instagram.

Regards,
Meta Law Enforcement Response Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' reply to a government request",
    why="two posts restricted in Korea; one account kept up after review",
    items={M1: "restricted", M2: "restricted", M5: "rejected"},
)

_meta_csv = io.StringIO()
_w = csv.writer(_meta_csv, lineterminator="\r\n")
_w.writerow(["content_url", "decision", "scope", "notes"])
_w.writerow([M1, "Removed", "Global", "Community Standards: restricted goods"])
_w.writerow([M2, "Removed", "Global", ""])
_w.writerow([M3, "Restricted", "KR", "Local law, Article 44-7"])
_w.writerow([M4, "No action", "", "Does not go against Community Standards; not unlawful, as reported"])
_w.writerow([M5, "Not found", "", "Account no longer exists"])
case(
    name="meta-csv-attachment",
    date="Mon, 09 Sep 2024 05:55:33 +0000",
    **{"from": "records@meta.com"}, name_from="Meta Law Enforcement Response",
    subject=f"Re: {R_META} - Content restriction request",
    reply_to_req=mid(R_META),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_meta_b490_csv"

--=_meta_b490_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear KCSC,

Please find attached the outcome of our review of your request
{R_META}, one row per reported item.

Regards,
Meta Law Enforcement Response Team

--=_meta_b490_csv
Content-Type: text/csv; charset=utf-8; name="{R_META}_outcome.csv"
Content-Disposition: attachment; filename="{R_META}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_meta_csv.getvalue())}
--=_meta_b490_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta LERT reply with a per-item CSV outcome attachment",
    why="CSV rows: removed, removed, restricted KR, no action, not found",
    items={M1: "removed", M2: "removed", M3: "restricted", M4: "rejected", M5: "not_found"},
)

_meta_html = f"""<html><body>
<p>Hi,</p>
<p>We reviewed the content you reported in {R_META}.</p>
<p>We removed <a href="{M4}">this reel</a> because it goes against our
Community Standards on restricted goods and services.</p>
<p>We also disabled the account <a href="{M5}">ember.trade.kr</a>. It is no
longer visible on Instagram.</p>
<p>Learn more about <a href="https://transparency.meta.com/policies/community-standards/">our Community Standards</a>.</p>
<p>Thanks,<br>Instagram Content Review</p>
</body></html>
"""
case(
    name="meta-base64-html-links",
    date="Mon, 09 Sep 2024 07:40:12 +0000",
    **{"from": "noreply@facebookmail.com"}, name_from="Instagram",
    subject=f"Update on your report ({R_META})",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_meta_html)}""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report-outcome email, base64 HTML with the URLs only in href",
    why="reel removed and account disabled; policy link is no item",
    items={M4: "removed", M5: "removed"},
)

case(
    name="meta-echoed-report",
    date="Sat, 07 Sep 2024 01:12:45 +0000",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    subject="Your report about a post",
    body=f"""
Your report

Content you reported: {M2}
Reported for: Illegal content (government report)
Your reference: {R_META}

Outcome

Thanks for your report. We removed the post you reported because it
goes against our Community Standards.

We use reports like yours to help keep Facebook safe.

Facebook Support Inbox: https://www.facebook.com/support/
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook Support Inbox report outcome echoing the reported post",
    why="the echoed report names one post; 'we removed the post you reported' is about it",
    items={M2: "removed"},
)

case(
    name="meta-bulk-all-removed",
    date="Tue, 10 Sep 2024 04:09:27 +0000",
    **{"from": "records@meta.com"}, name_from="Meta Law Enforcement Response",
    subject=f"Re: {R_META} - Content restriction request",
    reply_to_req=mid(R_META),
    body=f"""
Dear KCSC,

We've reviewed the five pieces of content in your request {R_META}
and have removed all of them from Facebook and Instagram.

Regards,
Meta Law Enforcement Response Team
""",
    outcome="review", review="bulk",
    imitates="Meta LERT one-line closure for a multi-item request",
    why="'removed all of them' without naming each of five items: bulk",
    items={u: "pending" for u in M_ALL},
)

case(
    name="meta-wrong-platform-form",
    date="Thu, 05 Sep 2024 10:34:50 +0000",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta",
    subject="We took action on the content you reported",
    body=f"""
Your report

Content you reported: {T3}
Reported for: Illegal content (government report)

Outcome

We removed the content you reported.

Thanks for helping keep our community safe.
""",
    outcome="review", review="wrong_platform",
    imitates="Meta report-form outcome echoing a link that is not on Meta",
    why="Meta states a removal of a TikTok item: wrong platform",
    items={T3: "pending"},
)

case(
    name="meta-read-receipt",
    date="Wed, 04 Sep 2024 02:02:02 +0000",
    **{"from": "j.kowalczyk@meta.com"}, name_from="Julia Kowalczyk",
    subject=f"Read: {R_META} - Content restriction request",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_b490"

--=_mdn_b490
Content-Type: text/plain; charset=utf-8

Your message

  To: records@meta.com
  Subject: {R_META} - Content restriction request
  Sent: Wednesday, September 4, 2024 9:15:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 11:02:02 AM (UTC+09:00) Seoul.

--=_mdn_b490
Content-Type: message/disposition-notification

Reporting-UA: OWA; Microsoft Exchange Server
Final-Recipient: rfc822;j.kowalczyk@meta.com
Original-Message-ID: <{mid(R_META)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_b490--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook/Exchange read receipt (MDN) from a Meta employee",
    why="read receipt",
    items={},
)

# =================================================================== TikTok
case(
    name="tiktok-legal-outcome",
    date="Sat, 07 Sep 2024 06:26:38 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject=f"RE: {R_TT} Request to remove illegal content",
    reply_to_req=mid(R_TT),
    body=f"""
Dear Korea Communications Standards Commission,

Thank you for your notice. After review, we have restricted access in
South Korea to the following videos in accordance with local law:

{T1}
{T2}

The following video has been removed from TikTok for violating our
Community Guidelines:

{T3}

Kind regards,
TikTok Trust & Safety - Legal Response
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal response to a government removal request",
    why="two videos restricted in South Korea, one removed for Community Guidelines",
    items={T1: "restricted", T2: "restricted", T3: "removed"},
)

_tt_csv = io.StringIO()
_w = csv.writer(_tt_csv, lineterminator="\n")
_w.writerow(["Reported URL", "Action taken", "Region", "Comment"])
_w.writerow([T1, "Removed globally", "", "Violates Community Guidelines (drugs, controlled substances)"])
_w.writerow([T2, "Restricted", "KR", "Local law"])
_w.writerow([T3, "No violation found", "", 'Reviewed twice; "no action" decision upheld'])
case(
    name="tiktok-csv-quoted-fields",
    date="Mon, 09 Sep 2024 03:14:06 +0000",
    **{"from": "lawenforcement@bytedance.com"}, name_from="TikTok Law Enforcement Outreach",
    subject=f"RE: {R_TT} Request to remove illegal content",
    reply_to_req=mid(R_TT),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_77120_b490"

------=_Part_77120_b490
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The results of our review of {R_TT} are in the attached file.

Best regards,
TikTok Law Enforcement Outreach

------=_Part_77120_b490
Content-Type: text/csv; name="review_result.csv"
Content-Disposition: attachment; filename="review_result.csv"
Content-Transfer-Encoding: 7bit

{_tt_csv.getvalue()}
------=_Part_77120_b490--
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement outreach reply with a CSV result sheet (quoted fields)",
    why="CSV: removed globally, restricted KR, no violation found",
    items={T1: "removed", T2: "restricted", T3: "rejected"},
)

case(
    name="tiktok-fullwidth-bilingual",
    date="Tue, 10 Sep 2024 02:52:19 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Korea Legal",
    subject=f"RE: {R_TT} 불법정보 삭제 요청 / Request to remove illegal content",
    reply_to_req=mid(R_TT),
    body=f"""
안녕하세요. TikTok 법무팀입니다. / Hello, this is TikTok Legal.

1) {T3}：해당 영상은 작성자가 이미 삭제하여 확인할 수 없습니다.
   The video had already been deleted by its creator; we could not find it.

2) （{T1}）은 커뮤니티 가이드라인 및 현지 법률 위반이 확인되지 않아 별도 조치하지 않았습니다.
   We found no violation of our Community Guidelines or local law and
   took no action on this video.

감사합니다. / Thank you.
TikTok Korea Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual legal reply with full-width punctuation around URLs",
    why="full-width colon/parentheses after URLs: deleted by its author (not_found), no violation",
    items={T3: "not_found", T1: "rejected"},
)

case(
    name="tiktok-dmarc-fail",
    date="Sun, 08 Sep 2024 15:40:00 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    auth="fail",
    subject=f"RE: {R_TT} Request to remove illegal content",
    body=f"""
Hello,

The video {T1} has been removed from TikTok.

TikTok Legal
""",
    outcome="review", review="untrusted",
    imitates="TikTok legal confirmation, failing DMARC (spoofed or misrouted)",
    why="tiktok.com sender fails authentication",
    items={T1: "pending"},
)

case(
    name="tiktok-vendor-unknown-sender",
    date="Mon, 09 Sep 2024 11:11:11 +0000",
    **{"from": "ts-escalations@modpartners-apac.net"}, name_from="Trust & Safety Escalations",
    subject=f"RE: {R_TT} Request to remove illegal content",
    body=f"""
Hi KCSC team,

Writing on behalf of TikTok's trust and safety operations. We can
confirm that the video below has been removed:

{T2}

Best,
APAC Escalations Desk
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing 'on behalf of' a platform",
    why="sender domain belongs to no configured platform",
    items={T2: "pending"},
)

case(
    name="tiktok-report-receipt",
    date="Thu, 05 Sep 2024 05:02:44 +0000",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject=f"We've received your report ({R_TT})",
    body=f"""
Hi,

We've received your report about the following content:

{T1}
{T2}
{T3}

Our team will review it and let you know the outcome. Report ID:
TT-KR-20240905-448120.

TikTok Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report-received receipt echoing the reported links",
    why="receipt only: echoes the links, states nothing about them",
    items={},
)

# =================================================================== Reddit
case(
    name="reddit-admin-reply",
    date="Tue, 10 Sep 2024 00:58:31 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject=f"Re: {R_RD} Removal request",
    reply_to_req=mid(R_RD),
    body=f"""
Hello,

Thanks for reaching out. We have removed the following post from Reddit:
{RD1}

The second link you provided does not resolve to any content on Reddit,
so there was nothing for us to remove:
{RD2}

Best,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal-operations reply to a government removal request",
    why="one post removed; the other link resolves to nothing (not_found)",
    items={RD1: "removed", RD2: "not_found"},
)

case(
    name="reddit-outlook-quoting",
    date="Wed, 11 Sep 2024 06:20:09 +0000",
    **{"from": "amara.lindqvist@reddit.com"}, name_from="Amara Lindqvist",
    subject=f"RE: {R_RD} Removal request",
    reply_to_req=mid(R_RD),
    body=f"""
Hi,

We've removed {RD1} from Reddit for violating Reddit's Content Policy.

We have declined to remove {RD2}. Following our review it does not
violate our Content Policy, and we do not believe its removal is
required by applicable law.

Thanks,
Amara
Reddit, Inc. | Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 10:45 AM
To: legal@reddit.com
Subject: {R_RD} Removal request

Dear Reddit Legal,

Please remove the following items (reference {R_RD}):

1. {RD1}
2. {RD2}

Kind regards,
KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a Reddit legal employee over '-----Original Message-----'",
    why="one removed, one declined (stays up); the quoted request below says nothing",
    items={RD1: "removed", RD2: "rejected"},
)

case(
    name="reddit-asks-legal-basis",
    date="Mon, 09 Sep 2024 22:15:40 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject=f"Re: {R_RD} Removal request",
    reply_to_req=mid(R_RD),
    body=f"""
Hello,

Before we can act on your request {R_RD}, please send us a copy of
the order or decision you are relying on, and identify the specific
provision of Korean law that each of these posts violates:

{RD1}
{RD2}

Once we receive this information we will review the request.

Reddit Legal Operations
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the legal basis before acting",
    why="asks for the order and the provision per post; no status",
    items={RD1: "pending", RD2: "pending"},
)

case(
    name="reddit-dsn-bounce",
    date="Fri, 06 Sep 2024 01:46:02 +0000",
    **{"from": "mailer-daemon@redditmail.com"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_b490"

--=_dsn_b490
Content-Type: text/plain; charset=us-ascii

Your message could not be delivered to one or more recipients.

  legal-requests@reddit.com
    550 5.1.1 The email account that you tried to reach does not exist.

--=_dsn_b490
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.redditmail.com
Arrival-Date: Fri, 06 Sep 2024 01:46:00 +0000

Final-Recipient: rfc822; legal-requests@reddit.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--=_dsn_b490
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-requests@reddit.com
Subject: {R_RD} Removal request
Message-ID: <{mid(R_RD)}@kcsc.example>
Date: Fri, 06 Sep 2024 10:45:00 +0900

Dear Reddit Legal,

Please remove the following items (reference {R_RD}):

1. {RD1}
2. {RD2}

--=_dsn_b490--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style DSN (550 5.1.1) with the original request attached",
    why="delivery failure; the URLs are only in the returned original",
    items={},
)

# =================================================================== Discord
case(
    name="discord-ts-outcome",
    date="Wed, 11 Sep 2024 04:48:55 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject=f"Re: [{R_DC}] Report of illegal content (#4821733)",
    reply_to_req=mid(R_DC),
    body=f"""
Hi there,

Thank you for your report. Our Safety team has investigated and taken
action.

- The server reached through the invite {D1} has been removed from
  Discord.
- The message at {D2} has been deleted.

Learn more about how we enforce our rules:
https://discord.com/safety/360044159011-what-actions-we-take

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome",
    why="server behind the invite removed; message deleted; help link is no item",
    items={D1: "removed", D2: "removed"},
)

case(
    name="discord-invalid-and-no-violation",
    date="Thu, 12 Sep 2024 08:03:37 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject=f"Re: [{R_DC}] Report of illegal content (#4821733)",
    reply_to_req=mid(R_DC),
    body=f"""
Hello,

We looked into both links from your report.

Invite link: {D1}
This invite is invalid or has expired, and we could not identify a
server associated with it.

Message link: {D2}
We reviewed this message and did not find a violation of our Community
Guidelines or Terms of Service. We have not taken action on it.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S reply: invalid invite + no violation found",
    why="invalid invite, no server found (not_found); message kept (rejected)",
    items={D1: "not_found", D2: "rejected"},
)

case(
    name="discord-no-claims",
    date="Fri, 13 Sep 2024 01:30:00 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Update on your reports",
    body="""
Hi there,

Thanks for reaching out. We've reviewed your recent reports and have
taken action where we found violations of our Community Guidelines.

For privacy reasons we can't share details about the actions taken on
other users' accounts.

Discord Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Discord generic 'we took action where appropriate' email",
    why="trusted Discord mail naming no item and no request",
    items={},
)

case(
    name="discord-ticket-receipt",
    date="Mon, 09 Sep 2024 07:21:15 +0000",
    **{"from": "support@discord.com"}, name_from="Discord",
    subject=f"[Discord] Re: {R_DC} Report of illegal content",
    reply_to_req=mid(R_DC),
    body="""
##- Please type your reply above this line -##

Your request (4821733) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord Zendesk ticket receipt",
    why="ticket receipt only",
    items={},
)

# =================================================================== Twitch
case(
    name="twitch-sole-suspension",
    date="Thu, 12 Sep 2024 03:10:48 +0000",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    subject=f"Re: {R_TW} Request to remove illegal content",
    reply_to_req=mid(R_TW),
    body=f"""
Hello,

Thank you for your report under reference {R_TW}. After review, the
channel you reported has been suspended indefinitely and is no longer
available on Twitch.

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Trust & Safety enforcement notice",
    why="sole statement, no URL, for a one-item request: channel suspended and unavailable",
    items={TW1: "removed"},
)

case(
    name="twitch-no-violation-angle",
    date="Fri, 13 Sep 2024 05:44:21 +0000",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    subject=f"Re: {R_TW} Request to remove illegal content",
    reply_to_req=mid(R_TW),
    body=f"""
Hi,

We reviewed the channel <{TW1}> and the recent broadcasts you
referenced. We did not find content that violates our Community
Guidelines, and no enforcement action was taken. The channel remains
available.

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch report outcome: no violation found",
    why="URL in angle brackets; no violation, channel stays up",
    items={TW1: "rejected"},
)

case(
    name="twitch-out-of-office",
    date="Tue, 10 Sep 2024 04:01:09 +0000",
    **{"from": "m.achebe@twitch.tv"}, name_from="Malik Achebe",
    subject=f"Out of Office: {R_TW} Request to remove illegal content",
    reply_to_req=mid(R_TW),
    extra_headers=AUTO,
    body="""
I'm away until Monday, 16 September, with limited access to email.

For urgent safety matters please contact safety@twitch.tv.

Malik
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail/Workspace vacation responder from a Twitch employee",
    why="out-of-office auto-reply",
    items={},
)


HEADER = """# blind490: English notices from many platforms (X, YouTube, Meta, TikTok,
# Reddit, Discord, Twitch). Written by tests/corpus/blind490/make.py from
# each email's meaning, before any run of the reader. Do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
