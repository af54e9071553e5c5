#!/usr/bin/env python3
"""Blind set 96: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, the
regulator's request quoted below, policy links next to item URLs,
reinstatements and partial actions.

Every email is fictional and written for this set; the expected results
below were written from each email's meaning before any run of the reader.

    python3 tests/corpus/blind96/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X1 = "https://x.com/sunny_loop_kr/status/1831200000000000101"
X2 = "https://x.com/sunny_loop_kr/status/1831200000000000102"
X3 = "https://x.com/sunny_loop_kr/status/1831200000000000103"
X4 = "https://x.com/sunny_loop_kr/status/1831200000000000104"
X5 = "https://x.com/bluegate_deals/status/1831200000000000205"
X6 = "https://x.com/bluegate_deals/status/1831200000000000206"
X7 = "https://x.com/bluegate_deals/status/1831200000000000207"
X8 = "https://x.com/bluegate_deals/status/1831200000000000208"
X9 = "https://x.com/hanok_pixel/status/1831200000000000309"
X10 = "https://x.com/hanok_pixel/status/1831200000000000310"
X11 = "https://x.com/hanok_pixel/status/1831200000000000311"
X12 = "https://x.com/hanok_pixel/status/1831200000000000312"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

TG1 = "https://t.me/grey_ferry/310"
TG2 = "https://t.me/grey_ferry/311"
TG3 = "https://t.me/lantern_yard/77"
TG4 = "https://t.me/lantern_yard/78"
TG5 = "https://t.me/quiet_orchard/1502"

YT1 = "https://www.youtube.com/watch?v=Qm4rT8vLx2a"
YT2 = "https://www.youtube.com/watch?v=Hb7nY2cWp0s"
YT3 = "https://www.youtube.com/shorts/Zp0kW3nHd7e"

N1 = "https://blog.naver.com/mintcloud77/223500011122"
N2 = "https://blog.naver.com/mintcloud77/223500011190"
N3 = "https://cafe.naver.com/dalbitmarket/5521"
N4 = "https://cafe.naver.com/dalbitmarket/5530"
# stored percent-encoded (밤하늘카페); emails write the raw Korean path
N5 = "https://cafe.naver.com/%EB%B0%A4%ED%95%98%EB%8A%98%EC%B9%B4%ED%8E%98/88"
N5_RAW = "https://cafe.naver.com/밤하늘카페/88"

K1 = "https://cafe.daum.net/sohwaldang/Ab3k/201"
K2 = "https://cafe.daum.net/sohwaldang/Ab3k/214"

TT = "https://www.tiktok.com/@river_moth_22/video/7410000000000000123"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note, gmail-style date
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", XS,
     "illegal_gambling", "three accounts advertising an unlicensed betting site",
     "Mon, Sep 2, 2024 at 10:00 AM"),
    ("KCSC-240903-01", "telegram", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [TG1, TG2, TG3, TG4], "drugs", "two channels selling narcotics",
     "Tue, Sep 3, 2024 at 11:00 AM"),
    ("KCSC-240904-01", "youtube", "2024-09-04T14:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [YT1, YT2, YT3], "obscenity", "two videos and one Short",
     "Wed, Sep 4, 2024 at 2:00 PM"),
    ("KCSC-240905-01", "naver", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     [N1, N2, N3, N4, N5], "defamation", "blog and cafe posts; one cafe with a Korean path",
     "Thu, Sep 5, 2024 at 9:30 AM"),
    ("KCSC-240906-01", "kakao", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [K1, K2], "defamation", "Daum cafe posts",
     "Fri, Sep 6, 2024 at 10:00 AM"),
    ("KCSC-240909-01", "tiktok", "2024-09-09T16:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [TT], "drugs", "one video",
     "Mon, Sep 9, 2024 at 4:00 PM"),
    ("KCSC-240910-01", "telegram", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [TG5], "illegal_gambling", "one message",
     "Tue, Sep 10, 2024 at 10:00 AM"),
]
REQ = {r[0]: r for r in REQUESTS}
PLATFORM_NAME = {"x": "X", "telegram": "Telegram", "youtube": "YouTube", "naver": "NAVER",
                 "kakao": "Kakao", "tiktok": "TikTok"}


def mid(ref):
    return f"req.{ref}.1"


def request_text(ref):
    r = REQ[ref]
    lines = [
        f"Dear {PLATFORM_NAME[r[1]]} team,",
        "",
        "The Korea Communications Standards Commission (KCSC) asks you to remove",
        "the following content, which violates the laws of the Republic of Korea.",
        f"Our reference: {ref}",
        "",
    ]
    for i, u in enumerate(r[4], 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please tell us the action taken for each URL.", "",
              "KCSC Takedown Desk", "takedown@kcsc.example"]
    return lines


def gmail_quote(ref):
    head = f"On {REQ[ref][7]} KCSC Takedown <takedown@kcsc.example> wrote:"
    return head + "\n" + "\n".join(("> " + l).rstrip() for l in request_text(ref))


def outlook_quote(ref, to, sent):
    return ("-----Original Message-----\n"
            "From: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {sent}\n"
            f"To: {to}\n"
            f"Subject: Removal request {ref}\n\n" + "\n".join(request_text(ref)))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ======================= APPLIED =======================

case(name="x-mixed-statuses-one-sentence", outcome="applied",
     imitates="X legal-request outcome reply (reply to a removal request, Gmail-quoted request below)",
     why="one sentence: two posts removed, one withheld in KR; next: one stays up (no violation); the quoted request lists all twelve",
     **{"from": "legal@x.com"}, date="Thu, 05 Sep 2024 07:41:12 +0000",
     subject="Re: Removal request KCSC-240902-01", reply_to_req=mid("KCSC-240902-01"),
     body=f"""Hello,

Thank you for your report regarding case KCSC-240902-01.

We reviewed the four posts from @sunny_loop_kr that you listed. {X1} and {X2} have been removed for violating the X Rules, while {X3} has been withheld in South Korea in response to your legal demand. {X4} did not violate the X Rules, and we found no basis under Korean law to withhold it, so it remains available.

We will write separately about the other accounts in your request.

Regards,
X Legal

{gmail_quote("KCSC-240902-01")}
""",
     items={X1: "removed", X2: "removed", X3: "restricted", X4: "rejected", X5: "pending", X9: "pending"})

case(name="x-refusal-with-reason-policy-link", outcome="applied",
     imitates="X legal support reply declining a report with its reason, with help-centre policy links",
     why="X5 refused with a reason (licensed product, no breach), policy link right after the URL is not an item; X6 withheld in KR",
     **{"from": "legal-support@x.com"}, name_from="X Legal Support", date="Fri, 06 Sep 2024 02:15:09 +0000",
     subject="Re: KCSC-240902-01 [ref:_00D1x2Kr._5004Q1b9aQ:ref]", reply_to_req=mid("KCSC-240902-01"),
     body=f"""Hi,

Re: KCSC-240902-01

We have looked at {X5} (reported under our illegal or certain regulated goods or services policy, https://help.x.com/en/rules-and-policies/regulated-goods-services). We are declining to take action on this post: it advertises a product that is licensed in the seller's market, and it breaks neither that policy nor local law as presented to us.

{X6} has been withheld in KR.

If you have additional information, such as a court order, you can submit it through our legal request portal at https://legalrequests.x.com/.

Thanks,
X Legal Support
""",
     items={X5: "rejected", X6: "restricted"})

case(name="x-second-review-revises", outcome="applied",
     imitates="X follow-up after an escalated re-review (earlier 'no violation' replaced by removal)",
     why="first paragraph recalls an earlier 'no violation', then says the post has now been removed: removed; X10 deleted by its author: not_found",
     **{"from": "legal@x.com"}, date="Wed, 11 Sep 2024 09:03:55 +0000",
     subject="Re: Removal request KCSC-240902-01 (update)", reply_to_req=mid("KCSC-240902-01"),
     body=f"""Hello,

Following up on your request KCSC-240902-01 about @hanok_pixel.

In our first reply we told you that {X9} did not violate our rules. Your follow-up was escalated to a second reviewer, who reached a different conclusion: the post has now been removed globally.

{X10} is no longer on X. It was deleted by the account holder before our review began, so no action by us was needed.

Best,
X Legal
""",
     items={X9: "removed", X10: "not_found"})

case(name="x-negated-remove-then-withheld", outcome="applied",
     imitates="X legal reply distinguishing country withholding from global removal",
     why="'did not remove ... instead withheld in South Korea only' = restricted; 'was not merely withheld ... removed for all users' = removed",
     **{"from": "legal@x.com"}, date="Thu, 12 Sep 2024 05:27:30 +0000",
     subject="Re: Removal request KCSC-240902-01", reply_to_req=mid("KCSC-240902-01"),
     body=f"""Hello,

Regarding KCSC-240902-01:

We did not remove {X11} from X; instead, access to it has been withheld in South Korea only, as the content is lawful in other countries.

{X12} was not merely withheld. It broke our private information and media policy and has been removed for all users.

X Legal
""",
     items={X11: "restricted", X12: "removed"})

X_HTML = f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>Below is the outcome of your request <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Policy</th></tr>
<tr><td><a href="{X1}">{X1}</a></td><td>Removed</td><td><a href="https://help.x.com/en/rules-and-policies/violent-speech">Violent speech</a></td></tr>
<tr><td><a href="{X5}">{X5}</a></td><td>Withheld in South Korea</td><td>Local law</td></tr>
<tr><td><a href="{X7}">{X7}</a></td><td>No action: no violation found</td><td>&mdash;</td></tr>
<tr><td><a href="{X8}">{X8}</a></td><td>Not found: the post does not exist</td><td>&mdash;</td></tr>
</table>
<p>Thank you,<br>X Legal</p>
</body></html>
"""
case(name="x-html-outcome-table", outcome="applied",
     imitates="X legal outcome notice as an HTML table (quoted-printable), policy link in a column",
     why="table rows: removed, withheld in KR, no violation, does not exist; the policy link is not an item",
     **{"from": "legal@x.com"}, date="Fri, 13 Sep 2024 01:10:00 +0000",
     subject="Outcome of your request KCSC-240902-01", reply_to_req=mid("KCSC-240902-01"),
     raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(X_HTML),
     items={X1: "removed", X5: "restricted", X7: "rejected", X8: "not_found"})

X_CSV = (f"reported_url,action,scope,reason\r\n"
         f"{X2},removed,global,Violation of the X Rules\r\n"
         f"{X4},no action,,No violation found\r\n"
         f"{X10},withheld,KR,Local law (Republic of Korea)\r\n")
case(name="x-csv-attachment-outcomes", outcome="applied",
     imitates="X legal reply with a per-URL outcome CSV attached",
     why="the attached CSV gives removed / no action (no violation) / withheld KR for three posts",
     **{"from": "legal@x.com"}, date="Mon, 16 Sep 2024 03:44:21 +0000",
     subject="Re: Removal request KCSC-240902-01 - outcome file", reply_to_req=mid("KCSC-240902-01"),
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b96csv_01"

--=_b96csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome of our review of three of the URLs in
your request KCSC-240902-01, one row per URL.

X Legal

--=_b96csv_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--=_b96csv_01--
""",
     items={X2: "removed", X4: "rejected", X10: "restricted"})

case(name="x-url-on-line-below-statement", outcome="applied",
     imitates="X legal reply with each decision sentence followed by the post URL on its own line",
     why="'withheld in South Korea:' then X7 on the next line; 'removed for violating ...:' then X8",
     **{"from": "legal@x.com"}, date="Tue, 10 Sep 2024 06:30:00 +0000",
     subject="Re: Removal request KCSC-240902-01", reply_to_req=mid("KCSC-240902-01"),
     body=f"""Hello,

Thank you for your report KCSC-240902-01. We have reviewed the posts from @bluegate_deals.

The following post has been withheld in South Korea:
{X7}

The following post was removed for violating our rules on illegal or certain regulated goods or services:
{X8}

X Legal
""",
     items={X7: "restricted", X8: "removed"})

case(name="x-numbered-list-gmail-quote", outcome="applied",
     imitates="X legal interim outcome as a numbered list, Gmail-quoted request below",
     why="five list lines with statuses (removed, removed, withheld KR, no violation, could not locate); the rest 'still being reviewed' and quoted",
     **{"from": "legal@x.com"}, date="Mon, 09 Sep 2024 08:12:44 +0000",
     subject="Re: Removal request KCSC-240902-01", reply_to_req=mid("KCSC-240902-01"),
     body=f"""Hello,

Here is the outcome for KCSC-240902-01 so far:

1. {X1} - removed
2. {X2} - removed
3. {X3} - withheld in KR
4. {X4} - no violation; remains available
5. {X9} - we could not locate this post

The other posts are still being reviewed.

X Legal

{gmail_quote("KCSC-240902-01")}
""",
     items={X1: "removed", X2: "removed", X3: "restricted", X4: "rejected", X9: "not_found",
            X5: "pending", X12: "pending"})

case(name="x-echoed-report-wrapped-url", outcome="applied",
     imitates="X report-outcome notice echoing the report details (URL wrapped inside angle brackets)",
     why="the echoed report names X11 (wrapped in <...> over two lines); the decision: withheld in South Korea",
     **{"from": "legal@x.com"}, date="Tue, 17 Sep 2024 04:05:33 +0000",
     subject="Your report KCSC-240902-01: decision", reply_to_req=mid("KCSC-240902-01"),
     body="""Hello,

We have reached a decision on your report.

Report details
  Reference: KCSC-240902-01
  Reported content: <https://x.com/hanok_pixel/status/
    1831200000000000311>
  Reported for: Illegal content (Republic of Korea)

Decision
  We have withheld this post in South Korea. It remains visible in
  other countries.

X Legal
""",
     items={X11: "restricted"})

case(name="tg-bare-url-status-below", outcome="applied",
     imitates="Telegram abuse-desk result list (bare t.me links, status on the line below)",
     why="status lines below each bare link: blocked, not found, no action with a ToS reason (ToS link is not an item)",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date="Thu, 05 Sep 2024 13:20:02 +0000",
     subject="Re: Removal request KCSC-240903-01", reply_to_req=mid("KCSC-240903-01"),
     body="""Hello,

Your report KCSC-240903-01 has been processed. Results below.

t.me/grey_ferry/310
Status: blocked

t.me/grey_ferry/311
Status: not found - this message does not exist or was already deleted

t.me/lantern_yard/77
Status: no action - the message quotes a news article and does not breach the Telegram Terms of Service (https://telegram.org/tos)

--
Telegram Abuse Team
""",
     items={TG1: "removed", TG2: "not_found", TG3: "rejected"})

case(name="tg-top-posted-outlook-quote", outcome="applied",
     imitates="Telegram support reply top-posted over an Outlook '-----Original Message-----' quote of the request",
     why="78 blocked for users in Korea (restricted), 77 taken down for all users (removed); 310/311 only in the quoted request",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Support", date="Fri, 06 Sep 2024 10:48:40 +0000",
     subject="RE: Removal request KCSC-240903-01", reply_to_req=mid("KCSC-240903-01"),
     body=f"""Hello,

We have blocked {TG4} for users in the Republic of Korea. The other message from that channel, {TG3}, has been taken down for all users.

Regards,
Telegram Support

{outlook_quote("KCSC-240903-01", "abuse@telegram.org", "Tuesday, September 3, 2024 11:00 AM")}
""",
     items={TG4: "restricted", TG3: "removed", TG1: "pending", TG2: "pending"})

case(name="tg-relative-clause-hedges", outcome="applied",
     imitates="Telegram abuse-desk reply with hedges inside relative clauses",
     why="311 'which may have been forwarded ...' has been blocked (hedge is about the origin, not the status); 310 still being reviewed: pending",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date="Sat, 07 Sep 2024 09:02:17 +0000",
     subject="Re: Removal request KCSC-240903-01", reply_to_req=mid("KCSC-240903-01"),
     body=f"""Hi,

Re: KCSC-240903-01

The message at {TG2}, which may have been forwarded from another channel, has been blocked on Telegram.

{TG1}, which appears to be a repost of the same material, is still being reviewed by our moderators. We will get back to you about it.

Telegram Abuse Team
""",
     items={TG2: "removed", TG1: "pending"})

case(name="tg-ticket-ack-plus-statement", outcome="applied", classification="confirmation",
     imitates="Telegram ticket-system reply: receipt phrase followed by a real outcome",
     why="'we have received your report, ticket #...' plus an unhedged 'has already been removed' for the request's one item",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date="Wed, 11 Sep 2024 02:31:08 +0000",
     subject="Re: KCSC-240910-01 [Ticket #5520917]", reply_to_req=mid("KCSC-240910-01"),
     body=f"""Hello,

We have received your report and it has been assigned ticket #5520917.

The message {TG5} has already been removed by our moderators for violating our Terms of Service, so nothing further is needed on your side.

Telegram Abuse Team
""",
     items={TG5: "removed"})

case(name="yt-legal-blocked-and-removed-lists", outcome="applied",
     imitates="YouTube legal-removal outcome (blocked from view in a country vs removed globally, bulleted)",
     why="heading 'blocked ... in South Korea' over YT1 (restricted); heading 'removed globally' with a policy link over YT2 (removed); help links are not items",
     **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal Support", date="Fri, 06 Sep 2024 07:55:10 +0000",
     subject="Re: Removal request KCSC-240904-01", reply_to_req=mid("KCSC-240904-01"),
     body=f"""Hello,

Thanks for your legal complaint, reference KCSC-240904-01.

After review, we've blocked the following content from view on YouTube in South Korea, based on local law:
- {YT1}

We've removed the following content globally because it violates our Community Guidelines (https://www.youtube.com/howyoutubeworks/policies/community-guidelines/):
- {YT2}

For more about how we handle legal removal requests, visit https://support.google.com/legal/answer/3110420.

Sincerely,
The YouTube Legal Support Team
""",
     items={YT1: "restricted", YT2: "removed"})

YT_ALT_PLAIN = f"""Hello,

We've reviewed the content in your request KCSC-240904-01.

The Short at <{YT3}> has been age-restricted: it is no longer visible to viewers who are signed out or under 18.

For <{YT1}>, we did not find a violation of our Community Guidelines or of local law, so we have not taken action and the video remains available on YouTube.

The YouTube Team
"""
YT_ALT_HTML = f"""<html><body>
<p>Hello,</p>
<p>We've reviewed the content in your request KCSC-240904-01.</p>
<p>The Short at <a href="{YT3}">{YT3}</a> has been age-restricted: it is no longer visible to viewers who are signed out or under 18.</p>
<p>For <a href="{YT1}">{YT1}</a>, we did not find a violation of our <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a> or of local law, so we have not taken action and the video remains available on YouTube.</p>
<p>The YouTube Team</p>
</body></html>
"""
case(name="yt-age-restricted-and-not-actioned", outcome="applied",
     imitates="YouTube outcome email (multipart/alternative): age restriction and a 'no violation' refusal",
     why="Short age-restricted (restricted); YT1 'did not find a violation ... not taken action ... remains available' (rejected)",
     **{"from": "youtube-legal@google.com"}, name_from="YouTube", date="Mon, 09 Sep 2024 11:14:26 +0000",
     subject="Re: Removal request KCSC-240904-01", reply_to_req=mid("KCSC-240904-01"),
     raw_mime=f"""Content-Type: multipart/alternative; boundary="b96alt-yt-02"

--b96alt-yt-02
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{YT_ALT_PLAIN}
--b96alt-yt-02
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_ALT_HTML)}
--b96alt-yt-02--
""",
     items={YT3: "restricted", YT1: "rejected"})

YT_QP = f"""Hello,

Re: Your request KCSC-240904-01 (YouTube case 7-3318000041672)

The video {YT2} has been actioned under our policies.

We were unable to locate {YT3}. The link may have been mistyped, or the Short may have been deleted by its uploader; either way it is not available on YouTube and there is nothing for us to act on.

Regards,
YouTube Trust & Safety
"""
case(name="yt-qp-actioned-and-unlocatable", outcome="applied",
     imitates="YouTube Trust & Safety reply in quoted-printable (configured phrase 'actioned under our policies')",
     why="YT2 'has been actioned under our policies' (removed, configured phrase); YT3 'unable to locate ... not available' (not_found; the 'may have' hedges only the cause)",
     **{"from": "youtube-legal@google.com"}, name_from="YouTube", date="Tue, 10 Sep 2024 05:00:41 +0000",
     subject="Re: Removal request KCSC-240904-01", reply_to_req=mid("KCSC-240904-01"),
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(YT_QP),
     items={YT2: "removed", YT3: "not_found"})

case(name="yt-reinstated-after-appeal", outcome="applied",
     imitates="YouTube update: video reinstated after the uploader's appeal",
     why="earlier removal reversed: after a second review no violation, video reinstated; current state: stays up for breaking no rule (rejected)",
     **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal Support", date="Fri, 13 Sep 2024 08:20:00 +0000",
     subject="Update: KCSC-240904-01", reply_to_req=mid("KCSC-240904-01"),
     body=f"""Hello,

We are writing with an update on your request KCSC-240904-01.

On 6 September we removed {YT1}. The uploader appealed that decision. After a second review we concluded that the video does not violate our Community Guidelines or local law, and it has been reinstated on YouTube.

The uploader has been told of this outcome.

The YouTube Legal Support Team
""",
     items={YT1: "rejected"})

case(name="yt-dsa-style-statement", outcome="applied",
     imitates="DSA Art. 17-style statement of reasons (decision / territorial scope / grounds / redress)",
     why="'access ... disabled in South Korea', scope KR: restricted; the '(not a violation of Community Guidelines)' is the ground, not a refusal",
     **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal Support", date="Wed, 11 Sep 2024 12:40:00 +0000",
     subject="Decision notice for KCSC-240904-01", reply_to_req=mid("KCSC-240904-01"),
     body=f"""Hello,

This notice explains a decision we took about content identified in your request KCSC-240904-01.

Content: {YT2}
Decision: access to the content has been disabled in South Korea
Territorial scope: KR
Grounds: illegal content under the law of the Republic of Korea (not a violation of YouTube's Community Guidelines)
Facts relied on: your notice of 4 September 2024 and our own review
Automated means used: none

Redress: the uploader can appeal this decision at https://support.google.com/youtube/answer/185111.

YouTube Legal Support
""",
     items={YT2: "restricted"})

case(name="naver-text-table-three-results", outcome="applied",
     imitates="NAVER customer-centre 처리 결과 안내 with a pipe text table (게시중단 / 임시조치 / 게시물 없음)",
     why="게시중단 = removed, 임시조치(30일) = restricted, raw Korean path 게시물 없음(작성자 삭제) = not_found; '나머지 ... 회신드리겠습니다' is a promise naming nothing",
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터", date="Mon, 09 Sep 2024 14:05:00 +0900",
     subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240905-01)", reply_to_req=mid("KCSC-240905-01"),
     body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240905-01)의 처리 결과를 아래와 같이 안내드립니다.

번호 | 게시물 주소                                      | 처리 결과
-----+--------------------------------------------------+--------------------------
1    | {N1}  | 게시중단
2    | {N3}         | 임시조치(30일)
3    | {N5_RAW}             | 게시물 없음(작성자 삭제)

나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 고객센터
""",
     items={N1: "removed", N3: "restricted", N5: "not_found"})

case(name="naver-particles-blind-and-refusal", outcome="applied",
     imitates="NAVER 권리보호센터 reply in prose (URL followed by Korean particles, refusal with its reason)",
     why="'...190은 블라인드 처리하였습니다' = removed; '5530의 경우 ... 위반 확인되지 않아 게시중단 조치를 하지 않았습니다' = rejected; policy link not an item",
     **{"from": "rights@naver.com"}, name_from="네이버 권리보호센터", date="Tue, 10 Sep 2024 10:12:00 +0900",
     subject="RE: 게시중단 요청 (KCSC-240905-01)", reply_to_req=mid("KCSC-240905-01"),
     body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청번호 KCSC-240905-01 관련하여 회신드립니다.

요청하신 게시물 중 {N2}은 블라인드 처리하였습니다. 다만 {N4}의 경우 검토 결과 관련 법령 및 네이버 운영정책(https://policy.naver.com/rules/service.html)에 위반되는 내용이 확인되지 않아 게시중단 조치를 하지 않았습니다.

이의가 있으시면 이 메일로 회신 주시기 바랍니다.

네이버 권리보호센터 드림
""",
     items={N2: "removed", N4: "rejected"})

NAVER_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240905-01)에 대한 조치결과를 다음과 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{N2}</td><td>접속차단(국내)</td><td>2024-09-10</td></tr>
<tr><td>3</td><td>{N3}</td><td>비공개 처리</td><td>2024-09-11</td></tr>
<tr><td>4</td><td>{N4}</td><td>조치 불가(위반 사항 없음)</td><td>-</td></tr>
</table>
<p>네이버 주식회사 Trust&amp;Safety</p>
</body></html>
"""
case(name="naver-html-correction-result-table", outcome="applied",
     imitates="Korean 시정요구 조치결과 회신 as an HTML table (base64), the form portals use to answer KCSC",
     why="삭제 = removed, 접속차단(국내) = restricted, 비공개 처리 = removed, 조치 불가(위반 사항 없음) = rejected",
     **{"from": "policy@navercorp.com"}, name_from="NAVER Trust&Safety", date="Wed, 11 Sep 2024 16:30:00 +0900",
     subject="[회신] 시정요구 조치결과 (KCSC-240905-01)", reply_to_req=mid("KCSC-240905-01"),
     raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(NAVER_HTML),
     items={N1: "removed", N2: "restricted", N3: "removed", N4: "rejected"})

case(name="naver-temp-measure-then-deleted", outcome="applied",
     imitates="NAVER cafe 진행 상황 안내: 임시조치 first, later 운영자 삭제",
     why="earlier 임시조치 (restricted) superseded by the later sentence: 운영자 삭제 처리 = removed",
     **{"from": "cafe-help@navercorp.com"}, name_from="네이버 카페 고객센터", date="Wed, 18 Sep 2024 15:40:00 +0900",
     subject="[네이버 카페] 요청 게시물 진행 상황 안내 (KCSC-240905-01)", reply_to_req=mid("KCSC-240905-01"),
     body=f"""안녕하세요, 네이버 카페 고객센터입니다.

요청번호 KCSC-240905-01 중 {N3} 게시물의 진행 상황을 알려드립니다.

해당 게시물은 9월 9일 임시조치되어 열람이 제한되었습니다. 이후 카페 매니저 검토와 게시자 소명 절차를 거쳐 9월 18일 운영자 삭제 처리되었으며, 현재는 복구할 수 없는 상태입니다.

감사합니다.
""",
     items={N3: "removed"})

case(name="kakao-fullwidth-mixed", outcome="applied",
     imitates="Kakao (Daum cafe) 게시중단 처리 안내 with full-width brackets and colons",
     why="201 삭제 조치 완료 = removed; 214 이미 작성자가 삭제하여 존재하지 않는 게시물 = not_found; policy link not an item",
     **{"from": "report@kakaocorp.com"}, name_from="카카오 고객센터", date="Tue, 10 Sep 2024 11:05:00 +0900",
     subject="[카카오] 게시중단 요청 처리 안내 (KCSC-240906-01)", reply_to_req=mid("KCSC-240906-01"),
     body=f"""안녕하세요. 카카오 고객센터입니다.

접수하신 게시중단 요청（KCSC-240906-01）에 대해 안내드립니다.

· 게시물（{K1}）：삭제 조치 완료
· 게시물（{K2}）：이미 작성자가 삭제하여 존재하지 않는 게시물입니다。

Daum 카페 운영정책은 https://cs.daum.net/faq/15/4390.html 에서 확인하실 수 있습니다.

감사합니다.
""",
     items={K1: "removed", K2: "not_found"})

case(name="kakao-partial-action", outcome="applied",
     imitates="Kakao 권리침해신고센터 partial-action reply (1 of 2 acted on, the other kept with a reason)",
     why="'2건 중 1건에 대해서만 조치': 214 게시중단 = removed; 201 게시 유지 with reason = rejected",
     **{"from": "cafe-cs@daum.net"}, name_from="카카오 권리침해신고센터", date="Thu, 12 Sep 2024 17:22:00 +0900",
     subject="RE: [KCSC-240906-01] 게시중단 요청", reply_to_req=mid("KCSC-240906-01"),
     body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청번호 KCSC-240906-01로 요청하신 2건 중 1건에 대해서만 조치하였습니다.

- {K2} : 게시중단
- {K1} : 게시 유지 (검토 결과 명예훼손에 해당한다고 보기 어려워 게시중단하지 않았습니다)

추가 소명 자료가 있으시면 회신 주시기 바랍니다.

카카오 권리침해신고센터
""",
     items={K2: "removed", K1: "rejected"})

case(name="tiktok-one-item-no-url", outcome="applied",
     imitates="TikTok Trust & Safety report outcome ('we removed the video you reported'), no URL",
     why="one-item request named by reference; 'removed it' without naming the URL applies to its only item",
     **{"from": "trustandsafety@tiktok.com"}, name_from="TikTok Trust & Safety", date="Thu, 12 Sep 2024 03:18:00 +0000",
     subject="Re: Removal request KCSC-240909-01", reply_to_req=mid("KCSC-240909-01"),
     body="""Hi,

Thank you for your report (reference KCSC-240909-01).

We reviewed the video you reported and removed it for violating our Community Guidelines on illegal activities and regulated goods. The account owner has been notified.

TikTok Trust & Safety
""",
     items={TT: "removed"})

case(name="tiktok-restricted-not-violation-outlook", outcome="applied",
     imitates="TikTok law-enforcement outreach reply: restricted in the country under local law, Outlook-quoted request",
     why="'restricted in South Korea ... remains viewable elsewhere, as it does not violate our Guidelines' = restricted (the no-violation clause explains the scope)",
     **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach", date="Fri, 13 Sep 2024 06:02:00 +0000",
     subject="RE: Removal request KCSC-240909-01", reply_to_req=mid("KCSC-240909-01"),
     body=f"""Hello,

The video {TT} is now restricted in South Korea in accordance with local law. It remains viewable in other regions, as it does not violate our Community Guidelines (https://www.tiktok.com/community-guidelines/en/).

Kind regards,
TikTok Law Enforcement Outreach

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 4:00 PM
To: TikTok Law Enforcement <lawenforcement@tiktok.com>
Subject: Removal request KCSC-240909-01

""" + "\n".join(request_text("KCSC-240909-01")),
     items={TT: "restricted"})

# ======================= REVIEW =======================

case(name="x-promise-and-under-review", outcome="review", review="not_understood",
     imitates="X legal interim reply ('will be withheld once counsel signs off', 'under review')",
     why="names three requested posts but only promises and 'under review': nothing stated",
     **{"from": "legal@x.com"}, date="Wed, 04 Sep 2024 06:50:00 +0000",
     subject="Re: Removal request KCSC-240902-01", reply_to_req=mid("KCSC-240902-01"),
     body=f"""Hello,

Thanks for your report KCSC-240902-01.

Our team has confirmed that {X5} and {X6} will be withheld in South Korea once our local counsel signs off. {X7} is under review.

We expect to update you within five business days.

X Legal
""",
     items={X5: "pending", X6: "pending", X7: "pending"})

case(name="x-conditional-court-order", outcome="review", review="not_understood",
     imitates="X legal reply making action conditional on a court finding",
     why="'if a Korean court finds ... we will withhold it' and 'remains under review': a condition and a promise, no status",
     **{"from": "legal@x.com"}, date="Fri, 06 Sep 2024 09:31:00 +0000",
     subject="Re: Removal request KCSC-240902-01", reply_to_req=mid("KCSC-240902-01"),
     body=f"""Hello,

Regarding KCSC-240902-01:

If a Korean court finds {X3} unlawful, we will withhold it in South Korea. Until then it remains under review with our legal team, as the post appears to be political commentary.

X Legal
""",
     items={X3: "pending"})

case(name="x-bulk-all-withheld", outcome="review", review="bulk",
     imitates="X legal one-line closure ('all of the reported posts have been withheld')",
     why="one statement covering all twelve posts without naming any; request has twelve items",
     **{"from": "legal@x.com"}, date="Wed, 18 Sep 2024 02:00:00 +0000",
     subject="Re: Removal request KCSC-240902-01 - closed", reply_to_req=mid("KCSC-240902-01"),
     body="""Hello,

We have completed our review of your request KCSC-240902-01. All of the reported posts have been withheld in South Korea.

X Legal
""",
     items={u: "pending" for u in XS})

case(name="yt-bulk-removed-videos", outcome="review", review="bulk",
     imitates="YouTube short closure ('we've removed the videos listed in your request')",
     why="statement about the videos of a three-item request without naming each",
     **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal Support", date="Thu, 12 Sep 2024 10:10:10 +0000",
     subject="Re: Removal request KCSC-240904-01", reply_to_req=mid("KCSC-240904-01"),
     body="""Hello,

We've removed the videos listed in your request KCSC-240904-01 for violating our Community Guidelines.

Sincerely,
The YouTube Legal Support Team
""",
     items={YT1: "pending", YT2: "pending", YT3: "pending"})

case(name="x-auth-fail-statuses", outcome="review", review="untrusted",
     imitates="X legal outcome reply, but DKIM/SPF/DMARC fail for x.com",
     why="x.com sender failing DMARC: its statements are not trusted",
     **{"from": "legal@x.com"}, auth="fail", date="Sat, 07 Sep 2024 01:12:00 +0000",
     subject="Re: Removal request KCSC-240902-01",
     body=f"""Hello,

Regarding KCSC-240902-01: {X5} has been removed. {X6} has been withheld in South Korea.

X Legal
""",
     items={X5: "pending", X6: "pending"})

case(name="tg-channel-admin-unknown-sender", outcome="review", review="unknown_sender",
     imitates="channel owner writing to the regulator directly from a private mailbox",
     why="not a platform domain; says the posts are deleted, naming the request and its URLs",
     **{"from": "greyferry.admin@postbox.example"}, name_from="grey_ferry admin", date="Sun, 08 Sep 2024 22:45:00 +0900",
     subject="About your request KCSC-240903-01",
     body=f"""Hello,

I run the grey_ferry channel on Telegram. I have deleted the posts {TG1} and {TG2} that your request KCSC-240903-01 mentions. Please close the matter.

Regards
""",
     items={TG1: "pending", TG2: "pending"})

case(name="yt-about-tiktok-url", outcome="review", review="wrong_platform",
     imitates="Google legal reply to a misaddressed copy: 'this URL is not hosted on YouTube'",
     why="Google speaks about TikTok's item (cannot act, not on its service): another platform's item",
     **{"from": "youtube-legal@google.com"}, name_from="Google Legal Support", date="Tue, 10 Sep 2024 04:00:00 +0000",
     subject="Re: Removal request KCSC-240909-01",
     body=f"""Hello,

We received your request KCSC-240909-01. The URL {TT} does not point to content hosted on YouTube or any other Google service, so we are unable to take any action on it. You may wish to contact the service that hosts it.

Google Legal Support
""",
     items={TT: "pending"})

case(name="naver-hedged-already-deleted", outcome="review", review="not_understood",
     imitates="NAVER interim reply: '이미 삭제한 것으로 보이나 ... 추가 검토 중', '조치할 예정'",
     why="hedge (삭제한 것으로 보이나) and promise (조치할 예정입니다): no status",
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터", date="Fri, 06 Sep 2024 17:00:00 +0900",
     subject="RE: 게시중단 요청 (KCSC-240905-01)", reply_to_req=mid("KCSC-240905-01"),
     body=f"""안녕하세요. 네이버 고객센터입니다.

KCSC-240905-01 건과 관련하여 현재까지 확인된 내용을 공유드립니다.

{N1} 게시물은 작성자가 이미 삭제한 것으로 보이나, 정확한 확인을 위해 담당 부서에서 추가 검토 중입니다. {N4} 게시물은 검토 후 조치할 예정입니다.

감사합니다.
""",
     items={N1: "pending", N4: "pending"})

case(name="naver-asks-supporting-documents", outcome="review", review="asks_more",
     classification="request_for_info",
     imitates="NAVER 권리보호센터 request for a 위임장 and 소명 자료 before handling a defamation request",
     why="asks for supporting documents before any action",
     **{"from": "rights@naver.com"}, name_from="네이버 권리보호센터", date="Fri, 06 Sep 2024 11:20:00 +0900",
     subject="[네이버] 추가 자료 요청 (KCSC-240905-01)", reply_to_req=mid("KCSC-240905-01"),
     body="""안녕하세요. 네이버 권리보호센터입니다.

요청번호 KCSC-240905-01 건은 명예훼손 관련 게시중단 요청으로 접수되었습니다. 정보통신망법에 따른 처리를 위해 피해 당사자의 위임장과 침해 사실을 소명할 수 있는 자료를 추가로 보내주시기 바랍니다.

자료가 접수되면 검토를 진행하겠습니다.

네이버 권리보호센터 드림
"""
     , items={})

case(name="tiktok-portal-announcement", outcome="review", review="no_claims",
     imitates="TikTok notice to government partners about a new request portal",
     why="trusted TikTok mail naming no item and no request",
     **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach", date="Mon, 16 Sep 2024 00:30:00 +0000",
     subject="Changes to how government requests reach TikTok",
     body="""Hello,

We are writing to let law enforcement and government partners know that from 1 October 2024, requests to TikTok should be submitted through our Law Enforcement Request Portal at https://www.tiktok.com/legal/page/global/law-enforcement/en. Requests sent by email will still be accepted until 31 October 2024.

Thank you for working with us.

TikTok Law Enforcement Outreach
""",
     items={})

case(name="tg-statement-contradicts-summary", outcome="review", review="conflicting_statements",
     imitates="Telegram agent reply whose templated summary contradicts the agent's sentence",
     why="'we have blocked 77' and, in the summary, '77 - no action taken (no violation)': no revision wording, the two contradict",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date="Mon, 09 Sep 2024 07:07:07 +0000",
     subject="Re: Removal request KCSC-240903-01", reply_to_req=mid("KCSC-240903-01"),
     body=f"""Hello,

Re: KCSC-240903-01

We have blocked {TG3} after reviewing your report.

Summary of actions:
t.me/lantern_yard/77 - no action taken (no violation of the Telegram ToS)

Telegram Abuse Team
""",
     items={TG3: "pending"})

# ======================= IGNORED =======================

case(name="x-out-of-office", outcome="ignored", classification="auto_reply",
     imitates="Outlook automatic reply from an X legal staffer",
     why="out-of-office auto-reply (Auto-Submitted: auto-replied)",
     **{"from": "mpark@x.com"}, name_from="Minji Park", date="Mon, 02 Sep 2024 01:00:30 +0000",
     subject="Automatic reply: Removal request KCSC-240902-01", reply_to_req=mid("KCSC-240902-01"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""Thank you for your email. I am out of the office until 23 September with limited access to email.

For urgent legal requests, please write to legal@x.com.

Minji Park
""",
     items={})

DSN_ORIG = "\n".join(request_text("KCSC-240904-01"))
case(name="google-dsn-bounce", outcome="ignored", classification="bounce",
     imitates="Gmail-style delivery status notification (permanent failure) with the original request attached",
     why="a bounce of our own request; the URLs are in the returned message",
     **{"from": "mailer-daemon@google.com"}, name_from="Mail Delivery Subsystem", date="Wed, 04 Sep 2024 05:00:12 +0000",
     subject="Delivery Status Notification (Failure)", reply_to_req=mid("KCSC-240904-01"),
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b96dsn01"

--b96dsn01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Address not found

Your message wasn't delivered to youtube-legal-kr@google.com because the
address couldn't be found, or is unable to receive mail.

--b96dsn01
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 04 Sep 2024 05:00:09 +0000

Final-Recipient: rfc822; youtube-legal-kr@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--b96dsn01
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: youtube-legal-kr@google.com
Subject: Removal request KCSC-240904-01
Date: Wed, 04 Sep 2024 14:00:00 +0900
Message-ID: <{mid("KCSC-240904-01")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{DSN_ORIG}

--b96dsn01--
""",
     items={YT1: "pending", YT2: "pending", YT3: "pending"})

case(name="naver-read-receipt", outcome="ignored", classification="read_receipt",
     imitates="Korean mail client read receipt (MDN, 읽음 확인)",
     why="message disposition notification for our request",
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터", date="Thu, 05 Sep 2024 10:02:00 +0900",
     subject="읽음 확인: 게시중단 요청 KCSC-240905-01",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b96mdn01"

--b96mdn01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.
제목: 게시중단 요청 KCSC-240905-01
읽은 시각: 2024-09-05 10:02

--b96mdn01
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Worksmobile
Final-Recipient: rfc822; help@navercorp.com
Original-Message-ID: <{mid("KCSC-240905-01")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b96mdn01--
""",
     items={})

case(name="tg-ticket-receipt-echoes-links", outcome="ignored", classification="acknowledgement",
     imitates="Telegram ticket-system receipt echoing the reported links",
     why="pure receipt ('received ... ticket created ... will review'); the echoed links carry no status",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date="Tue, 03 Sep 2024 02:05:00 +0000",
     subject="[Ticket #6610042] Removal request KCSC-240903-01", reply_to_req=mid("KCSC-240903-01"),
     body=f"""Hello,

Thank you for your report. We have received it and created ticket #6610042.

You reported the following links:
{TG3}
{TG4}

Our team will review them and reply in this ticket.

Telegram Abuse Team
""",
     items={TG3: "pending", TG4: "pending"})

case(name="kakao-receipt-korean", outcome="ignored", classification="acknowledgement",
     imitates="Kakao 신고 접수 완료 안내 (receipt number, answer within 7 business days)",
     why="pure receipt: 정상적으로 접수되었습니다, 접수번호, 회신 예정",
     **{"from": "report@kakaocorp.com"}, name_from="카카오 고객센터", date="Fri, 06 Sep 2024 10:03:00 +0900",
     subject="[카카오] 게시중단 요청 접수 안내 (KCSC-240906-01)", reply_to_req=mid("KCSC-240906-01"),
     body="""안녕하세요. 카카오 고객센터입니다.

보내주신 게시중단 요청이 정상적으로 접수되었습니다.

접수번호: 2024-0906-118842
접수일시: 2024-09-06 10:03

처리 결과는 영업일 기준 7일 이내에 이 메일 주소로 회신드리겠습니다.

감사합니다.
""",
     items={})

case(name="tiktok-helpdesk-autoreceipt", outcome="ignored", classification="auto_reply",
     imitates="Zendesk-style helpdesk auto-receipt ('##- Please type your reply above this line -##')",
     why="automated receipt with Auto-Submitted: auto-generated; no outcome",
     **{"from": "support@tiktok.com"}, name_from="TikTok Support", date="Mon, 09 Sep 2024 07:00:40 +0000",
     subject="[TikTok] Re: Removal request KCSC-240909-01 (request 48817)", reply_to_req=mid("KCSC-240909-01"),
     extra_headers=["Auto-Submitted: auto-generated", "X-Autoreply: yes"],
     body="""##- Please type your reply above this line -##

Your request (48817) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

TikTok Support
""",
     items={})


# ---------------------------------------------------------------- write
HEADER = """# Blind set 96 (tests/corpus/blind96/): what a program gets wrong.
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand.
"""


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note, _ in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def main():
    write_requests()
    for c in C:
        c.setdefault("items", {})
        # non-ASCII display names and subjects go out as RFC 2047 words, as mail clients send them
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind96", HEADER, C)


if __name__ == "__main__":
    main()
