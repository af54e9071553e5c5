#!/usr/bin/env python3
"""Blind set blind334: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest, plus a mail system).

Every email is fictional and written in our own sentences, in the manner of
the public notice named in its `imitates` field. The expected results were
written from each email's meaning alone, before the reader was ever run on
them. Deterministic: running it twice writes the same bytes.

    python3 tests/corpus/blind334/make.py
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

SET = "blind334"

# ---------------------------------------------------------------- requests
REQ = {
    "x": ("KCSC-240903-01", "x", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00",
          "gambling", "req-240903-01@kcsc.example", "illegal online gambling adverts"),
    "yt": ("KCSC-240904-02", "youtube", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
           "drugs", "req-240904-02@kcsc.example", "sale of prescription drugs without licence"),
    "meta": ("KCSC-240905-03", "meta", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
             "drugs", "req-240905-03@kcsc.example", "Facebook and Instagram drug sales"),
    "tt": ("KCSC-240906-04", "tiktok", "2024-09-06T15:20:00+09:00", "2024-09-13T18:00:00+09:00",
           "gambling", "req-240906-04@kcsc.example", "gambling promotion videos"),
    "rd": ("KCSC-240909-05", "reddit", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
           "gambling", "req-240909-05@kcsc.example", "betting tips thread and account"),
    "tw": ("KCSC-240910-06", "twitch", "2024-09-10T13:10:00+09:00", "2024-09-17T18:00:00+09:00",
           "gambling", "req-240910-06@kcsc.example", "unlicensed casino streams"),
    "dc": ("KCSC-240911-07", "discord", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00",
           "gambling", "req-240911-07@kcsc.example", "betting community server invite"),
}

X1 = "https://x.com/gold_lotto77/status/1830412298761234501"
X2 = "https://x.com/gold_lotto77/status/1830412875540021777"
X3 = "https://x.com/gold_lotto77/status/1830519034478812160"
X4 = "https://x.com/paldo_casino/status/1829988120334567424"
X5 = "https://x.com/paldo_casino/status/1830001123987456000"
X6 = "https://x.com/seoulbet_vip/status/1830777001234509876"
X7 = "https://x.com/seoulbet_vip/status/1830777554321987654"
X8 = "https://x.com/jackpot_haneul/status/1830123450987612345"
X9 = "https://x.com/jackpot_haneul/status/1830123999000111222"
X10 = "https://x.com/toto_madang/status/1830880112233445566"
X11 = "https://x.com/toto_madang/status/1830880667788990011"
X12 = "https://x.com/win_dalbit"
X13 = "https://twitter.com/dalbit_odds/status/1829654321098765432"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13]

Y1 = "https://www.youtube.com/watch?v=Qm7dR2xLp0A"
Y2 = "https://www.youtube.com/watch?v=hT3vK9wZc1E"
Y3 = "https://www.youtube.com/shorts/Zb8nF4qYt6U"
Y4 = "https://www.youtube.com/@haneul_pharm_kr"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/4412098765432/posts/5523109876543/"
M2 = "https://www.facebook.com/profile.php?id=100089765432101"
M3 = "https://www.instagram.com/p/C9xLm2TqR7b/"
M4 = "https://www.instagram.com/reel/C-3kPqW8sVn/"
M5 = "https://www.facebook.com/mokpo.pill.shop/posts/pfbid02XkR7aLmN3vQ8sT1uW4yZ"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@sunny.deals.kr/video/7410982345678901234"
T2 = "https://www.tiktok.com/@sunny.deals.kr/video/7411023456789012345"
T3 = "https://www.tiktok.com/@gangnam_pillbox"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/koreabets/comments/1f3xk2p/daily_picks_thread/"
R2 = "https://www.reddit.com/user/odds_maker_kr/"
RS = [R1, R2]

TW1 = "https://www.twitch.tv/videos/2245109876"
TW2 = "https://www.twitch.tv/slotking_live"
TWS = [TW1, TW2]

D1 = "https://discord.gg/kBetRoom7"
DS = [D1]

URLS = {"x": XS, "yt": YS, "meta": MS, "tt": TS, "rd": RS, "tw": TWS, "dc": DS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for key, (ref, plat, sent, due, cat, mid, note) in REQ.items():
        for u in URLS[key]:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(key, greeting):
    """Our own request email, as a platform would quote it."""
    ref, _plat, sent, due, _cat, _mid, note = REQ[key]
    lines = [greeting, "",
             "The Korea Communications Standards Commission asks you to remove or block",
             f"access to the content below ({note}), which is illegal under Korean law.",
             f"Our reference: {ref}. Please reply by {due[:10]}.", ""]
    for i, u in enumerate(URLS[key], 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Regards,", "KCSC Takedown desk"]
    return lines


def quoted(key, greeting, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_text(key, greeting))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== X
case(
    name="x-withheld-kr-bulleted",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 02:14:09 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling adverts",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your request. Having reviewed it under the Korean law you
cited, we have withheld the following posts in the Republic of Korea. They
remain viewable to people outside Korea.

  * {X1}
  * {X2}
  * {X3}
  * {X13}

Where we are allowed to, we let the account holders know about this
action. You can read more about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
Ticket 0193847561
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply on country-withheld content (help.x.com post-withheld-by-country)",
    why="Unhedged 'we have withheld ... in the Republic of Korea' over a bulleted list of four requested posts, one under twitter.com.",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X13: "restricted"},
)

case(
    name="x-outcome-under-each-link",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 06 Sep 2024 07:41:55 +0000",
    subject="Case 0193850022: outcome of your report (KCSC-240903-01)",
    body=f"""
Hi KCSC team,

We've finished reviewing the items below. The result for each one is given
under its link.

1. {X4}
   Outcome: Removed. The post broke our rules on illegal or certain
   regulated goods and services.

2. {X5}
   Outcome: Removed, same rule as above.

3. {X6}
   Outcome: Withheld in South Korea in response to your legal demand.

4. {X7}
   Outcome: No action. The post does not break the X Rules and we found
   no grounds to withhold it under the local law cited.

5. {X8}
   Outcome: We could not find this post. It may have been deleted by
   the account owner.

If you have new information about any of these, reply to this email and
keep the case number in the subject.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X Help Center report outcome email, one decision per reported post",
    why="Each status stands on the line below its URL: removed, removed, withheld in KR, no action (rejected), could not find (not_found; the hedge only guesses the cause).",
    items={X4: "removed", X5: "removed", X6: "restricted", X7: "rejected", X8: "not_found"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "mjung@x.com"}, name_from="Minji Jung",
    date="Mon, 09 Sep 2024 01:05:31 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling adverts",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

Quick update on your request: the two @toto_madang posts below are now
withheld in Korea.

{X10}
{X11}

The other items are still with our legal team and we'll follow up
separately.

Best,
Minji
X Global Government Affairs

On Tue, 3 Sep 2024 at 14:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("x", "Dear X Legal team,")}
""",
    outcome="applied", classification="confirmation",
    imitates="personal reply from a platform policy manager, top-posted over a Gmail-quoted request",
    why="Only the two toto_madang posts are stated withheld; the other eleven are only in the quoted request and the 'still with our legal team' sentence.",
    items={X10: "restricted", X11: "restricted"},
)

case(
    name="x-account-suspended-angle-brackets",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 11:20:02 +0000",
    subject="Your report about @win_dalbit [KCSC-240903-01]",
    body="""
Hello,

We reviewed the account you reported in request KCSC-240903-01.

The account <https://x.com/win_dalbit> has been permanently suspended for
breaking the X Rules on platform manipulation and spam. Its posts can no
longer be viewed on X.

Our decision on the remaining posts in your request will follow in a
separate email.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice sent to a reporter",
    why="A permanently suspended account whose posts can no longer be viewed is removed; URL in angle brackets.",
    items={X12: "removed"},
)

X_TABLE_ROWS = [
    (X1, "Removed", "Global", "Illegal or regulated goods and services"),
    (X2, "Removed", "Global", "Illegal or regulated goods and services"),
    (X3, "Withheld", "KR", "Local law (gambling)"),
    (X11, "No violation found", "-", "No action taken"),
]
x_rows = "\n".join(
    f"<tr><td><a href=\"{u}\">{html_escape(u)}</a></td><td>{a}</td><td>{s}</td><td>{r}</td></tr>"
    for u, a, s, r in X_TABLE_ROWS)
case(
    name="x-html-table-actions",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 03:33:47 +0000",
    subject="Response to legal request KCSC-240903-01",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of part of your request <b>KCSC-240903-01</b>.
The table shows what we did with each post.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Post</th><th>Action</th><th>Scope</th><th>Reason</th></tr>
{x_rows}
</table>
<p>For the scope column, &quot;Global&quot; means the post is no longer
available anywhere and &quot;KR&quot; means it is withheld in South Korea only.</p>
<p>X Legal<br>
<a href="https://help.x.com/en/forms">help.x.com/en/forms</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request response with a per-post action table (HTML)",
    why="HTML table: two posts removed globally, one withheld in KR, one 'No violation found / No action taken' (rejected).",
    items={X1: "removed", X2: "removed", X3: "restricted", X11: "rejected"},
)

case(
    name="x-korea-staff-korean-particles",
    **{"from": "kr-legal@x.com"}, name_from="X Korea Legal",
    date="Tue, 10 Sep 2024 06:02:18 +0000",
    subject="RE: KCSC-240903-01 처리 결과 안내 / result of your request",
    body=f"""
안녕하세요, 방송통신심의위원회 담당자님.

Please find below our result for two posts in request KCSC-240903-01.

- {X9}는 대한민국 내 접근이 제한(withheld in Korea)되었습니다.
- The post {X7}，reported for casino advertising, has been removed for
  breaking our gambling rules.

감사합니다.
X Korea Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="reply from a platform's Korea office mixing Korean and English",
    why="URL followed directly by a Korean particle (는 ... 접근이 제한: restricted) and a URL followed by a full-width comma then 'has been removed'.",
    items={X9: "restricted", X7: "removed"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 09:48:26 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling adverts",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have received your request and assigned it ticket 0193847561.

Once our legal review is complete, which normally takes five to seven
business days, we will withhold the posts below in South Korea:

{X6}
{X8}

We will confirm by email when this has been done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal acknowledgement that announces a future withholding",
    why="Names two requested posts but only promises to withhold them after review: no statement, both stay pending.",
    items={X6: "pending", X8: "pending"},
)

case(
    name="x-dmarc-fail",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    auth="fail",
    date="Thu, 05 Sep 2024 13:30:12 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling adverts",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

The following posts have been removed from X:

{X1}
{X4}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal confirmation, but failing DKIM/SPF/DMARC",
    why="Claims two removals from an x.com address whose authentication failed.",
    items={X1: "pending", X4: "pending"},
)

case(
    name="x-lookalike-domain",
    **{"from": "casework@x-legal-response.com"}, name_from="X Trust & Safety",
    date="Fri, 06 Sep 2024 02:51:40 +0000",
    subject="Completed: KCSC-240903-01",
    body=f"""
Dear Sir or Madam,

Regarding KCSC-240903-01, please be informed that the following content has
been deleted:

- {X5}
- {X6}

Kind regards,
Trust & Safety Operations
""",
    outcome="review", review="unknown_sender",
    imitates="removal confirmation from a look-alike outsourced 'trust and safety' domain",
    why="Names our request and two URLs, but x-legal-response.com is not one of X's sender domains.",
    items={X5: "pending", X6: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "jhan@x.com"}, name_from="Jiwoo Han",
    date="Tue, 03 Sep 2024 05:02:44 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request to remove illegal gambling adverts",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email.

For legal requests, please use the legal request portal so that the team
can handle your request without delay. For anything urgent, contact
kr-legal@x.com.

Jiwoo Han
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="Auto-Submitted out-of-office reply; says nothing about items.",
    items={},
)

# ================================================================ YouTube
case(
    name="yt-legal-blocked-kr-html",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 08:17:03 +0000",
    subject="[KCSC-240904-02] Your YouTube legal removal request",
    reply_to_req="req-240904-02",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Thanks for contacting YouTube. We have reviewed your request and, in line
with local law, blocked the following content from view on YouTube in South Korea:</p>
<ul>
<li><a href="{Y1}">{Y1}</a></li>
<li><a href="{Y2}">{Y2}</a></li>
</ul>
<p>In addition, the following video was removed from YouTube globally because it
violated our <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a>:</p>
<ul><li><a href="{Y3}">{Y3}</a></li></ul>
<p>Regards,<br>The YouTube Legal Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome: local block plus a Community Guidelines removal",
    why="Two videos blocked in South Korea (restricted), one Short removed globally; the Community Guidelines link is a policy page.",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-age-restricted-and-declined",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 04:44:51 +0000",
    subject="Re: [KCSC-240904-02] Your YouTube legal removal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Following our review:

{Y3}
This Short has been age-restricted. Viewers must be signed in and at least
18 years old to watch it.

{Y1}
We reviewed this video and it does not violate our Community Guidelines.
We also did not find enough basis to restrict it under the local law cited,
so we are declining to take action on it.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome: age restriction and a declined request",
    why="Bare URL with its status on the line below: age-restricted (restricted) and declined with its reason (rejected).",
    items={Y3: "restricted", Y1: "rejected"},
)

case(
    name="yt-channel-terminated-uploader-deleted",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:09:37 +0000",
    subject="Re: [KCSC-240904-02] Your YouTube legal removal request",
    reply_to_req="req-240904-02",
    body=f"""
Hi there,

An update on your request:

- The channel {Y4} has been terminated for
  repeated violations of our policy on the sale of regulated goods.
- The video {Y2} is no longer available
  because the uploader deleted it before we completed our review.

Thanks,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice and 'video removed by the uploader' outcome",
    why="Terminated channel is removed; a video the uploader deleted before review is not_found.",
    items={Y4: "removed", Y2: "not_found"},
)

yt_qp_text = f"""Hello,

Thanks for your report (reference KCSC-240904-02) about the video at the address below:
{Y1}

Our team reviewed the content and found that it doesn't violate YouTube's Community Guidelines. We also found no sufficient basis to restrict it under the local law you cited. The video will stay available on YouTube.

If you have a court order concerning this content, you can submit it through our legal webform: https://support.google.com/legal/answer/3110420

Sincerely,
The YouTube Team
"""
case(
    name="yt-no-violation-quoted-printable",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal",
    date="Sun, 08 Sep 2024 23:58:12 +0000",
    subject="Your legal request KCSC-240904-02 - no action",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_qp_text),
    outcome="applied", classification="confirmation",
    imitates="Google legal webform outcome 'we have not taken action' (quoted-printable)",
    why="A refusal with its reason for the one video named; the legal webform link is a help page, not an item.",
    items={Y1: "rejected"},
)

case(
    name="yt-dash-list-google",
    **{"from": "legal-removals@google.com"}, name_from="Google Legal Removals",
    date="Wed, 11 Sep 2024 07:26:45 +0000",
    subject="KCSC-240904-02: decision",
    body=f"""
Hello,

Here is our decision on two of the URLs in your notice KCSC-240904-02:

{Y1} – Removed (Community Guidelines: harmful or dangerous content)
{Y4} – Channel restricted in South Korea under local law

Best regards,
Google Legal Removals Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals decision list, one URL per line with an en-dash status",
    why="Removed and restricted-in-Korea stated on the same line as each URL.",
    items={Y1: "removed", Y4: "restricted"},
)

case(
    name="yt-hedge-under-review",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 01:12:20 +0000",
    subject="Re: [KCSC-240904-02] Your YouTube legal removal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thanks for your patience.

The video {Y1} appears to have been made private by its uploader; we are
checking this.

The items {Y2} and {Y3} are still under review by our legal team. We'll get
back to you as soon as we have an outcome.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim update",
    why="'appears to have been made private' is a hedge and 'still under review' is no outcome: the three named videos stay pending.",
    items={Y1: "pending", Y2: "pending", Y3: "pending"},
)

# =================================================================== Meta
case(
    name="meta-local-law-restricted",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
    date="Mon, 09 Sep 2024 05:55:08 +0000",
    subject="Re: [KCSC-240905-03] Request regarding content on Facebook and Instagram",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

We reviewed the content you reported against our Community Standards.

The following content was removed because it goes against our Community
Standards on restricted goods and services:
{M2}

The following content does not go against our Community Standards.
After a legal review, we restricted access to it in South Korea based on
local law:
{M1}
{M3}

We have notified the people who posted this content about our decision.

Meta Content Restrictions team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta response to a government takedown request (Community Standards review then local-law restriction)",
    why="URLs on the lines after their statement: one profile removed, a group post and an Instagram post restricted in South Korea.",
    items={M2: "removed", M1: "restricted", M3: "restricted"},
)

meta_csv = (
    "content_url,decision,notes\n"
    f"{M1},Removed,Community Standards - restricted goods\n"
    f"{M2},Restricted in South Korea,Local law\n"
    f"{M3},Removed,Community Standards - restricted goods\n"
    f"{M4},No action,Does not go against our policies or local law\n"
    f"{M5},Content not found,The link does not lead to any content\n"
)
case(
    name="meta-csv-attachment",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
    date="Tue, 10 Sep 2024 09:03:29 +0000",
    subject="Decision on your request KCSC-240905-03",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="meta-b334-mix"

--meta-b334-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please see the attached file for our decision on each URL in your request
KCSC-240905-03.

Meta Content Restrictions team

--meta-b334-mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-03_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240905-03_decisions.csv"
Content-Transfer-Encoding: base64

{b64(meta_csv)}
--meta-b334-mix--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta bulk decision export attached as CSV",
    why="CSV attachment with one decision per URL: removed, restricted in KR, removed, no action (rejected), content not found.",
    items={M1: "removed", M2: "restricted", M3: "removed", M4: "rejected", M5: "not_found"},
)

case(
    name="meta-outlook-original-message",
    **{"from": "sora.lee@fb.com"}, name_from="Sora Lee",
    date="Wed, 11 Sep 2024 00:40:15 +0000",
    subject="RE: [KCSC-240905-03] Request regarding content on Facebook and Instagram",
    body=f"""
Hello KCSC team,

We have removed the post below for going against our Community Standards
on drugs:
{M5}

We are still looking at the rest of your list.

Sora Lee
Public Policy, Meta Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:00 AM
To: legal-requests@meta.com
Subject: [KCSC-240905-03] Request regarding content on Facebook and Instagram

{chr(10).join(request_text("meta", "Dear Meta team,"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a platform public-policy manager over the original request",
    why="Only the pfbid post is stated removed; the other four appear only in our own request below '-----Original Message-----'.",
    items={M5: "removed"},
)

case(
    name="meta-instagram-report-outcome",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Sat, 07 Sep 2024 12:22:58 +0000",
    subject="We've reviewed your report",
    body=f"""
Hi KCSC,

Thanks for your report about two pieces of content on Instagram.

We removed the reel you reported because it goes against our Community
Guidelines:
{M4}

We reviewed the post below and found that it doesn't go against our
Community Guidelines, so it has stayed up:
{M3}

We know this may be disappointing. You can see your reports in your
Support Requests: https://www.instagram.com/accounts/support_requests/

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we've reviewed your report' outcome notice",
    why="A reel removed and a post left up because it breaks no rule; the support-requests link is a dashboard, not an item.",
    items={M4: "removed", M3: "rejected"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
    date="Thu, 12 Sep 2024 03:18:44 +0000",
    subject="Re: [KCSC-240905-03] Request regarding content on Facebook and Instagram",
    reply_to_req="req-240905-03",
    body="""
Hello,

Following our review, we have removed all of the content identified in
your request KCSC-240905-03 for going against our Community Standards.

Meta Content Restrictions team
""",
    outcome="review", review="bulk",
    imitates="Meta one-line closure of a government request",
    why="One sentence about all five items of the request without naming any: bulk, items stay pending.",
    items={M1: "pending", M2: "pending", M3: "pending", M4: "pending", M5: "pending"},
)

case(
    name="meta-asks-legal-basis",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
    date="Fri, 06 Sep 2024 06:30:00 +0000",
    subject="Re: [KCSC-240905-03] Additional information needed",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Before we can consider your request for the profile below, we need more
information:

{M2}

Please send us the specific provision of Korean law that the content is
alleged to violate, and a copy of the Commission's decision or order
regarding it. We can't take action until we receive this.

Meta Content Restrictions team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Meta request for the legal basis of a government takedown request",
    why="Asks for the legal provision and order before acting on a named profile; nothing stated.",
    items={M2: "pending"},
)

case(
    name="meta-read-receipt",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
    date="Thu, 05 Sep 2024 02:07:19 +0000",
    subject="Read: [KCSC-240905-03] Request regarding content on Facebook and Instagram",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b334"

--mdn-b334
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: [KCSC-240905-03] Request regarding content on Facebook and Instagram
  Sent: Thursday, September 5, 2024 11:00 AM (UTC+09:00)

was read on Thursday, September 5, 2024 11:07 AM (UTC+09:00).

--mdn-b334
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-requests@meta.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b334--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="A read receipt says nothing about the content.",
    items={},
)

# ================================================================= TikTok
case(
    name="tiktok-dsa-statement-of-reasons",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 10:14:33 +0000",
    subject="Statement of reasons - your notice KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""
Dear Sender,

We have taken a decision on the notice you submitted. Details follow for
each piece of content.

--------------------------------------------------
Decision reference: SOR-7F2K-3391
Content: {T1}
Decision: Removal of the content
Territorial scope: Global
Facts and circumstances: notice received from a public authority
Ground: Violation of our Community Guidelines (gambling)
Automated means used: No
--------------------------------------------------
Decision reference: SOR-7F2K-3392
Content: {T2}
Decision: Access to the content disabled
Territorial scope: Republic of Korea only
Facts and circumstances: notice received from a public authority
Ground: Illegal content under the law of the Republic of Korea
Automated means used: No
--------------------------------------------------

Redress: you may appeal through https://www.tiktok.com/legal/report/feedback
or, in the EU, refer the matter to a certified out-of-court dispute
settlement body.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA Article 17 statement of reasons, one block per item",
    why="Field blocks: removal with global scope (removed), access disabled in Korea only (restricted); the feedback link is not an item.",
    items={T1: "removed", T2: "restricted"},
)

case(
    name="tiktok-account-banned-video-not-found",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 03:27:50 +0000",
    subject="Re: [KCSC-240906-04] Illegal gambling promotion on TikTok",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

Thank you for your patience. Our findings:

1) Account {T3}
   The account has been permanently banned for repeated violations of our
   Community Guidelines.

2) Video {T2}
   We were unable to locate a video at this link. It does not exist on
   TikTok.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement/legal team outcome letter",
    why="Account permanently banned (removed); video link leads nowhere, 'does not exist' (not_found).",
    items={T3: "removed", T2: "not_found"},
)

tt_b64_text = f"""Hello,

Here are the results of your report KCSC-240906-04.

{T1}
Result: No violation. We reviewed this video and it does not violate our
Community Guidelines or the local law you cited, so it remains on TikTok.

{T2}
Result: Removed. This video violated our Community Guidelines on gambling
and has been taken down.

TikTok Trust & Safety
"""
case(
    name="tiktok-results-base64",
    **{"from": "trustandsafety@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Wed, 11 Sep 2024 05:49:02 +0000",
    subject="Results of your report",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(tt_b64_text),
    outcome="applied", classification="confirmation",
    imitates="TikTok report results email (base64 body)",
    why="No violation, stays on TikTok (rejected); taken down (removed).",
    items={T1: "rejected", T2: "removed"},
)

tt_alt_text = f"""Hi,

We've completed our review of the content you reported.

* {T1} - This video has been removed for violating our Community Guidelines.
* {T3} - This account has been restricted in South Korea and can no longer be viewed there.

Thanks for helping keep TikTok safe.
TikTok Trust & Safety
"""
tt_alt_html = f"""<html><body>
<p>Hi,</p>
<p>We've completed our review of the content you reported.</p>
<ul>
<li><a href="{T1}">{T1}</a> - This video has been removed for violating our Community Guidelines.</li>
<li><a href="{T3}">{T3}</a> - This account has been restricted in South Korea and can no longer be viewed there.</li>
</ul>
<p>Thanks for helping keep TikTok safe.<br>TikTok Trust &amp; Safety</p>
</body></html>
"""
case(
    name="tiktok-multipart-alternative",
    **{"from": "trustandsafety@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Thu, 12 Sep 2024 08:11:26 +0000",
    subject="Update on your report - KCSC-240906-04",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="tt-b334-alt"

--tt-b334-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{tt_alt_text}
--tt-b334-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

{tt_alt_html}
--tt-b334-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report update (multipart/alternative text and HTML)",
    why="Same two statements in both parts: video removed, account restricted in South Korea.",
    items={T1: "removed", T3: "restricted"},
)

case(
    name="tiktok-bulk-decision",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 01:36:41 +0000",
    subject="Statement of reasons - notice KCSC-240906-04",
    body="""
Dear Sender,

Decision reference: SOR-7F2K-3405
Notice: KCSC-240906-04 (3 items)
Decision: All items reported in this notice have been removed.
Territorial scope: Global
Ground: Violation of our Community Guidelines (gambling)

TikTok Legal
""",
    outcome="review", review="bulk",
    imitates="TikTok statement of reasons summarising a whole notice",
    why="'All items ... have been removed' for a three-item request without naming them: bulk.",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="tiktok-taking-appropriate-action",
    **{"from": "trustandsafety@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Sun, 08 Sep 2024 14:05:09 +0000",
    subject="Re: [KCSC-240906-04] Illegal gambling promotion on TikTok",
    reply_to_req="req-240906-04",
    body=f"""
Hi there,

Thanks for reaching out. We're taking appropriate action in line with our
Community Guidelines on the following videos:

{T1}
{T2}

You'll receive another notification once the action has been completed.

TikTok Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok support reply 'we're taking appropriate action'",
    why="Action in progress and a later notification promised: no statement; the two named videos stay pending.",
    items={T1: "pending", T2: "pending"},
)

case(
    name="tiktok-receipt-echo",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Fri, 06 Sep 2024 06:21:14 +0000",
    subject="We've received your report (Report ID 7410-5538-2096)",
    body=f"""
Hello,

We've received your report. Report ID: 7410-5538-2096

Summary of what you submitted:
  Reporter: Korea Communications Standards Commission
  Category: Illegal gambling
  Reported links:
    {T1}
    {T2}
    {T3}

Our team will review your report and get back to you. Please do not reply
to this email.

TikTok
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok web-form receipt echoing the submitted report",
    why="Pure receipt echoing the reported links; nothing about their status.",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

# ================================================================= Reddit
case(
    name="reddit-legal-geoblock-and-suspension",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 18:44:07 +0000",
    subject="Re: [KCSC-240909-05] Removal request: betting tips",
    reply_to_req="req-240909-05",
    body=f"""
Hello,

After review, we have restricted access to the following post in South
Korea:
{R1}

The account below has been permanently suspended for violating Reddit's
Content Policy, and its content is no longer visible on Reddit:
{R2}

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal response: country restriction and account suspension",
    why="Post restricted in South Korea; account permanently suspended with content no longer visible (removed).",
    items={R1: "restricted", R2: "removed"},
)

case(
    name="reddit-author-deleted-and-no-violation",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 20:03:55 +0000",
    subject="Re: [KCSC-240909-05] Removal request: betting tips",
    reply_to_req="req-240909-05",
    body=f"""
Hi,

Thank you for your request. Our findings are as follows.

The post {R1}
had already been deleted by its author before we completed our review, so
there was nothing left for us to act on.

We reviewed the account {R2} and
found no violations of our Content Policy, so no action was taken.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal response: author-deleted post and no-action account",
    why="Already deleted by its author (not_found); no violation, no action (rejected).",
    items={R1: "not_found", R2: "rejected"},
)

case(
    name="reddit-ticket-plus-removal",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    date="Wed, 11 Sep 2024 02:30:48 +0000",
    subject="Your report has been reviewed [ticket #7781204]",
    body=f"""
Hi,

Thanks for submitting a report to the Reddit admin team (ticket #7781204).

After investigating, we've removed the post you reported:
{R1}

Thanks again for helping keep Reddit safe.
Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit 'thanks for submitting a report' outcome message with the action taken",
    why="A thanks/ticket opening followed by an unhedged 'we've removed' of a named URL is not a mere acknowledgement.",
    items={R1: "removed"},
)

case(
    name="reddit-ticket-receipt",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Help",
    date="Mon, 09 Sep 2024 01:15:32 +0000",
    subject="Re: [KCSC-240909-05] Removal request: betting tips",
    reply_to_req="req-240909-05",
    body="""
Hi there,

Thanks for submitting your request. Your ticket number is #7781204.

Our team reviews requests in the order they are received and will reply
as soon as possible. You don't need to send your request again.

Reddit Help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit help-desk ticket receipt",
    why="Receipt with a ticket number, nothing about the content.",
    items={},
)

case(
    name="reddit-moderator-gmail",
    **{"from": "koreabets.mod@gmail.com"}, name_from="koreabets mod team",
    date="Tue, 10 Sep 2024 11:49:20 +0000",
    subject="Re: [KCSC-240909-05] Removal request: betting tips",
    reply_to_req="req-240909-05",
    body=f"""
Hello,

I'm one of the moderators of r/koreabets. Reddit forwarded us your
request. I removed this thread from the subreddit today:
{R1}

Please let us know if there is anything else.

- u/harbor_mod
""",
    outcome="review", review="unknown_sender",
    imitates="subreddit volunteer moderator replying from a personal address",
    why="A community moderator is not Reddit and writes from gmail.com: unknown sender naming our request and URL.",
    items={R1: "pending"},
)

# ================================================================= Twitch
tw_rows = "\n".join(f"<tr><td>{html_escape(u)}</td><td>{a}</td></tr>" for u, a in [
    (TW1, "VOD deleted"),
    (TW2, "Channel suspended (indefinite)"),
])
case(
    name="twitch-html-table",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Thu, 12 Sep 2024 16:57:12 +0000",
    subject="Re: [KCSC-240910-06] Unlicensed casino streams",
    reply_to_req="req-240910-06",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>We have reviewed the content listed in your request and taken the following enforcement actions:</p>
<table border="1" cellpadding="3">
<tr><th>Content</th><th>Action taken</th></tr>
{tw_rows}
</table>
<p>Twitch Legal<br>
<a href="https://safety.twitch.tv/s/article/Community-Guidelines">Community Guidelines</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch enforcement summary (HTML table)",
    why="VOD deleted and channel suspended indefinitely: both removed; the guidelines link is not an item.",
    items={TW1: "removed", TW2: "removed"},
)

case(
    name="twitch-no-violation",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date="Fri, 13 Sep 2024 21:10:40 +0000",
    subject="Your report: KCSC-240910-06",
    body=f"""
Hello,

We investigated the channel you reported,
{TW2},
and did not find a violation of our Community Guidelines. No enforcement
action has been taken against it.

Twitch Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch report outcome 'no violation found'",
    why="No violation and no enforcement action for the named channel: rejected.",
    items={TW2: "rejected"},
)

case(
    name="twitch-zendesk-receipt",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    date="Tue, 10 Sep 2024 04:12:09 +0000",
    subject="[Twitch] Re: [KCSC-240910-06] Unlicensed casino streams",
    reply_to_req="req-240910-06",
    body="""
##- Please type your reply above this line -##

Your request (482133) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Twitch Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from a help desk",
    why="Ticket receipt only.",
    items={},
)

case(
    name="twitch-portal-update-no-content",
    **{"from": "lerp-noreply@twitch.tv"}, name_from="Twitch Law Enforcement Response",
    date="Sat, 14 Sep 2024 02:44:58 +0000",
    subject="There is an update on your request",
    body="""
Hello,

There is an update on one of your requests. To see it, sign in to the
Twitch Law Enforcement Response portal:

https://lerp.twitch.tv/requests

This mailbox is not monitored.

Twitch
""",
    outcome="review", review="no_claims",
    imitates="portal notification 'there is an update on your request'",
    why="Trusted Twitch mail naming no item and no request of ours; only a portal link. A clerk must sign in and look.",
    items={},
)

# ================================================================ Discord
case(
    name="discord-server-removed-sole",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 19:31:06 +0000",
    subject="Re: [KCSC-240911-07] Betting community server",
    reply_to_req="req-240911-07",
    body="""
Hi,

Thanks for your report. Our Trust & Safety team reviewed the server you
reported and has removed it from Discord for violating our Community
Guidelines. The invite you sent us no longer works.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome",
    why="One-item request; the server it names is stated removed without quoting the invite URL.",
    items={D1: "removed"},
)

case(
    name="discord-invite-invalid",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 22:08:19 +0000",
    subject="Your report to Discord (KCSC-240911-07)",
    body="""
Hello,

The invite link you provided, <https://discord.gg/kBetRoom7>, is invalid
or has expired, so we could not identify the server it pointed to. If you
have a server ID or message links, please send them in a new report.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord reply 'invite is invalid or expired'",
    why="Invalid or expired link, server not identified: not_found (the invitation to send more is optional).",
    items={D1: "not_found"},
)

# ========================================================== other senders
case(
    name="snapchat-not-our-content",
    **{"from": "safety@snapchat.com"}, name_from="Snapchat Safety",
    date="Mon, 09 Sep 2024 13:40:51 +0000",
    subject="Re: Report of illegal gambling content",
    body=f"""
Hi,

We reviewed the link you sent us:
{T1}

This content is not hosted on Snapchat, so we are not able to take any
action on it. Please contact the service where it is hosted.

Team Snapchat
""",
    outcome="review", review="wrong_platform",
    imitates="Snapchat support reply about content hosted elsewhere",
    why="Trusted Snapchat mail speaking about a TikTok item ('not hosted on Snapchat', no action): another platform's item.",
    items={T1: "pending"},
)

case(
    name="pinterest-unmonitored-auto-reply",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Wed, 04 Sep 2024 00:03:37 +0000",
    subject="Auto-Reply: Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Hi there,

Thanks for writing. This email address is not monitored, so your message
has not been read.

To report a Pin or a profile, use the report option on the Pin itself or
our help center: https://help.pinterest.com/en/contact

The Pinterest Team
""",
    outcome="ignored", classification="auto_reply",
    imitates="Pinterest 'this address is not monitored' auto-reply",
    why="Auto-reply from an unmonitored mailbox; help-centre link only.",
    items={},
)

case(
    name="dsn-discord-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Wed, 11 Sep 2024 07:00:22 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b334"

--dsn-b334
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-reports@discord.com>: host mx.discord.com[203.0.113.44] said:
    550 5.1.1 <abuse-reports@discord.com>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)

--dsn-b334
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 16:00:05 +0900 (KST)

Final-Recipient: rfc822; abuse-reports@discord.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b334
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-reports@discord.com
Subject: [KCSC-240911-07] Betting community server
Message-ID: <req-240911-07-copy@kcsc.example>
Date: Wed, 11 Sep 2024 16:00:00 +0900
Content-Type: text/plain; charset=utf-8

{chr(10).join(request_text("dc", "Dear Discord Trust & Safety,"))}

--dsn-b334--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (DSN) with the returned request",
    why="Bounce of our own request; the invite URL appears only in the returned message.",
    items={D1: "pending"},
)


HEADER = """# Blind set blind334: English notices from many platforms (X, YouTube,
# Meta, TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).
# Written by tests/corpus/blind334/make.py; expected results written from
# each email's meaning before the reader was run. See NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
