#!/usr/bin/env python3
"""Blind set 888 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position.

    python3 tests/corpus/blind888/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of its email, before
the reader was run on any of them.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
corpuslib.DOMAIN_NAMES.setdefault("daum.net", "Daum")

# ---------------------------------------------------------------- requests
REQ_TG = "KCSC-240902-01"
REQ_X = "KCSC-240903-02"
REQ_YT = "KCSC-240904-03"
REQ_NV = "KCSC-240905-04"
REQ_DM = "KCSC-240906-05"
REQ_YT1 = "KCSC-240909-06"
REQ_TG1 = "KCSC-240910-07"


def mid(ref):
    return "req." + ref


TG1 = "https://t.me/amber_lantern_ch/118"
TG2 = "https://t.me/amber_lantern_ch/121"
TG3 = "https://t.me/gravel_moth_feed/7"
TGS = "https://t.me/cobalt_wren_market"

X = [
    "https://x.com/minto_kestrel/status/1830011420550120001",
    "https://x.com/minto_kestrel/status/1830011420550120002",
    "https://x.com/pale_orchard77/status/1830024467813300213",
    "https://x.com/pale_orchard77/status/1830024467813300287",
    "https://x.com/sundew_relay/status/1830031182004410010",
    "https://x.com/sundew_relay/status/1830031182004410044",
    "https://x.com/harbor_lint/status/1830045509931160100",
    "https://x.com/harbor_lint/status/1830045509931160133",
    "https://x.com/quartz_piper/status/1830050077120020555",
    "https://x.com/quartz_piper/status/1830050077120020589",
    "https://x.com/velvet_tern_kr/status/1830066612340091212",
    "https://x.com/velvet_tern_kr/status/1830066612340091299",
    "https://x.com/ochre_bramble/status/1830071900450017770",
    "https://x.com/ochre_bramble",
]
X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14 = X

YT1 = "https://www.youtube.com/watch?v=Qm7xT2vLp0a"
YT2 = "https://www.youtube.com/watch?v=Hk3nB8rWz4e"
YT3 = "https://www.youtube.com/watch?v=Zc9dF1sYu6k"
YT4 = "https://www.youtube.com/@dimlit_signal"
YTS = "https://www.youtube.com/watch?v=Wt5aR0kJ2nM"

NV1 = "https://blog.naver.com/soft_meadow22/223550118807"
NV2 = "https://blog.naver.com/soft_meadow22/223550119342"
NV3 = "https://cafe.naver.com/moonpebble/4412"
NV4 = "https://cafe.naver.com/moonpebble/4419"
NV5 = "https://blog.naver.com/PostView.naver?blogId=ironfig_log&logNo=223551200417"

DM1 = "https://cafe.daum.net/ashgrove_club/Fx3k/208"
DM2_SLUG = "정보-공유-모음"
DM2 = "https://glasskite.tistory.com/entry/" + quote(DM2_SLUG)  # as stored
DM2_RAW = "https://glasskite.tistory.com/entry/" + DM2_SLUG  # as written in mail

REQUESTS = [
    (REQ_TG, "telegram", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [TG1, TG2, TG3], "illegal_drugs", "channel posts advertising drug sales"),
    (REQ_X, "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     X, "illegal_gambling", "batch of gambling promotion posts and one account"),
    (REQ_YT, "youtube", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [YT1, YT2, YT3, YT4], "defamation", "three videos and the uploading channel"),
    (REQ_NV, "naver", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [NV1, NV2, NV3, NV4, NV5], "privacy", "blog and cafe posts exposing personal data"),
    (REQ_DM, "daum", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [DM1, DM2], "obscenity", "cafe post and Tistory entry"),
    (REQ_YT1, "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [YTS], "illegal_gambling", "single video"),
    (REQ_TG1, "telegram", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [TGS], "counterfeit", "whole channel"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quoted_request_lines(urls, prefix="> "):
    out = [prefix + "Dear Trust & Safety team,", prefix.rstrip(),
           prefix + "The Korea Communications Standards Commission requests the removal of",
           prefix + "the following content, which violates Korean law:", prefix.rstrip()]
    for i, u in enumerate(urls, 1):
        out.append(f"{prefix}{i}. {u}")
    out += [prefix.rstrip(), prefix + "Please inform us of the action taken.",
            prefix + "KCSC Takedown desk"]
    return "\n".join(out)


ALL = []


def case(**kw):
    ALL.append(kw)


# ================================================================= APPLIED
# ---- X ----
case(
    name="x-one-sentence-three-outcomes",
    **{"from": "legal-support@x.com"},
    date="Fri, 06 Sep 2024 02:14:09 +0000",
    subject=f"Re: Removal request {REQ_X}",
    reply_to_req=mid(REQ_X),
    body=f"""Hello,

Thank you for your report. Following our review, {X1} has been withheld in South Korea, {X2} has been removed for violating the X Rules, and {X3} was found not to violate the X Rules or Korean law, so we are not taking action on it.

The remaining posts in your request are still being assessed and we will write to you separately about them.

Regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support reply listing per-post outcomes in one sentence",
    why="one sentence, three URLs, three different outcomes; the rest is explicitly still under assessment",
    items={X1: "restricted", X2: "removed", X3: "rejected"},
)

case(
    name="x-headings-above-urls",
    **{"from": "legal-support@x.com"},
    date="Mon, 09 Sep 2024 07:41:55 +0000",
    subject=f"Your request {REQ_X} - outcome (part 2)",
    reply_to_req=mid(REQ_X),
    body=f"""Hello KCSC team,

Please find the outcome for the following posts from your request below.

Withheld in South Korea:
{X5}
{X6}

Removed globally for violating the X Rules:
{X7}

No action taken (no violation of the X Rules or of applicable local law):
{X8}

If you disagree with a decision you can reply to this email with additional legal context.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome grouped under status headings",
    why="the status stands on the line above each group of URLs; the last group is a refusal",
    items={X5: "restricted", X6: "restricted", X7: "removed", X8: "rejected"},
)

case(
    name="x-later-update-supersedes",
    **{"from": "legal-support@x.com"},
    date="Thu, 12 Sep 2024 09:03:12 +0000",
    subject=f"Update on {REQ_X}",
    reply_to_req=mid(REQ_X),
    body=f"""Hello,

In our reply of 9 September we told you that {X5} had been withheld in South Korea. Following a further review by our Safety team, that post has since been removed from X entirely for violating our violent speech policy.

The country withholding of {X6} in South Korea is unchanged.

Thanks,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X follow-up message escalating a country withholding to a global removal",
    why="the first sentence reports an earlier status; the next one revises it to removed; the other post stays withheld",
    items={X5: "removed", X6: "restricted"},
)

X_CSV = "\n".join([
    "tweet_url,action,reason",
    f"{X9},withheld_in_country:KR,Local law",
    f"{X10},removed,X Rules - illegal or certain regulated goods",
    f"{X11},no_action,No violation found",
    f"{X12},not_found,Post deleted by account holder before review",
    f"{X13},withheld_in_country:KR,Local law",
    f"{X14},account_withheld_in_country:KR,Local law",
]) + "\n"
case(
    name="x-csv-attachment",
    **{"from": "legal-support@x.com"},
    date="Wed, 11 Sep 2024 05:30:00 +0000",
    subject=f"Re: {REQ_X} results (attached)",
    reply_to_req=mid(REQ_X),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_x888csv"

--=_x888csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for each URL of the batch is in the attached file, one row per URL.

X Legal Support

--=_x888csv
Content-Type: text/csv; charset=utf-8; name="{REQ_X}-results.csv"
Content-Disposition: attachment; filename="{REQ_X}-results.csv"
Content-Transfer-Encoding: 7bit

{X_CSV}
--=_x888csv--
""",
    outcome="applied", classification="confirmation",
    imitates="X batch result spreadsheet (CSV) for a government batch report",
    why="CSV rows: withheld in KR, removed, no action, deleted by its author, withheld, account withheld in KR",
    items={X9: "restricted", X10: "removed", X11: "rejected", X12: "not_found",
           X13: "restricted", X14: "restricted"},
)

case(
    name="x-echoed-report-blocks",
    **{"from": "no-reply-legal@x.com", "name_from": "X Support"},
    date="Tue, 10 Sep 2024 12:22:47 +0000",
    subject=f"[Case 0924117385] Your report {REQ_X}",
    reply_to_req=mid(REQ_X),
    body=f"""Hello,

We have reviewed your report. A summary of what you told us and what we did is below.

-- Report 1 of 2 --
Reported content: {X11}
Reported under: Local law (Republic of Korea)
Our decision: We have withheld this post in South Korea.

-- Report 2 of 2 --
Reported content: {X12}
Reported under: Local law (Republic of Korea)
Our decision: The reported post had already been deleted by the account owner, so there was nothing for us to act on.

To learn more about country withheld content, see https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X 'your report' outcome email echoing the reported URL above the decision",
    why="echoed report fields, decision on the lines below each URL; author deletion is not_found; help link is no item",
    items={X11: "restricted", X12: "not_found"},
)

case(
    name="x-outlook-quoted-earlier",
    **{"from": "d.harwell@x.com", "name_from": "Dana Harwell"},
    date="Fri, 13 Sep 2024 08:10:31 +0000",
    subject=f"RE: {REQ_X} - outstanding items",
    reply_to_req=mid(REQ_X),
    body=f"""Hello,

Further to my message below, {X7} has now been withheld in South Korea as well.

Best,
Dana Harwell
Legal Policy, X Corp.

-----Original Message-----
From: Dana Harwell <d.harwell@x.com>
Sent: Wednesday, September 11, 2024 4:55 PM
To: KCSC Takedown <takedown@kcsc.example>
Subject: RE: {REQ_X} - outstanding items

Hello,

{X9} has been withheld in South Korea. I will come back to you on the rest.

Dana
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a platform legal staffer over their own earlier message",
    why="only the new text counts: X7 withheld; X9 is named only in the quoted earlier message",
    items={X7: "restricted", X9: "pending"},
)

case(
    name="x-gmail-top-posted-partial",
    **{"from": "legal-support@x.com"},
    date="Thu, 05 Sep 2024 23:48:02 +0000",
    subject=f"Re: Removal request {REQ_X}",
    reply_to_req=mid(REQ_X),
    body=f"""Hi,

Posts {X3} and {X4} have been withheld in South Korea. The other URLs in your request are still with our legal team and we will follow up.

X Legal Support

On Tue, 3 Sep 2024 at 10:05, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request_lines(X)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply above the quoted request",
    why="two posts withheld in the new text; the quoted request lists all URLs and says nothing about their status",
    items={X3: "restricted", X4: "restricted", X1: "pending", X2: "pending"},
)

case(
    name="x-account-suspended-post-named",
    **{"from": "legal-support@x.com"},
    date="Sat, 07 Sep 2024 03:19:40 +0000",
    subject=f"Re: {REQ_X}",
    reply_to_req=mid(REQ_X),
    body=f"""Hello,

We have suspended the account {X14} for repeated violations of our rules on illegal gambling. As a result, its post {X13} is no longer viewable on X.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice that names a post of the account",
    why="account suspended (removed); the named post is made unavailable as a consequence (removed)",
    items={X14: "removed", X13: "removed"},
)

# ---- Telegram ----
case(
    name="tg-status-line-below-url",
    **{"from": "abuse@telegram.org", "name_from": "Telegram Abuse"},
    date="Wed, 04 Sep 2024 16:02:10 +0000",
    subject=f"Re: {REQ_TG}",
    reply_to_req=mid(REQ_TG),
    body=f"""Hello,

Results for your report:

{TG1}
Status: blocked for users in your jurisdiction

{TG2}
Status: content deleted

{TG3}
Status: not found, this message ID does not exist in the channel

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply, bare URL with a status line below",
    why="each status stands on the line under its URL: restricted, removed, not_found",
    items={TG1: "restricted", TG2: "removed", TG3: "not_found"},
)

case(
    name="tg-negation-not-deleted-but-blocked",
    **{"from": "dsa@telegram.org", "name_from": "Telegram DSA"},
    date="Thu, 05 Sep 2024 11:45:00 +0000",
    subject=f"Your notice {REQ_TG}",
    reply_to_req=mid(REQ_TG),
    body=f"""Dear KCSC,

The post {TG1} has not been deleted. Instead, it has been made unavailable to users in the Republic of Korea, in line with local law.

{TG2} was deleted.

Kind regards,
Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply distinguishing a local restriction from deletion",
    why="'has not been deleted' is negated; the instead-clause restricts it in Korea; the second post deleted",
    items={TG1: "restricted", TG2: "removed"},
)

TG_QP_TEXT = (
    "Hello,\n\n"
    f"Of the three links in your request {REQ_TG}, {TG1} and {TG2} have been taken down, "
    f"whereas {TG3} could not be found \u2014 that message ID does not exist in the channel.\n\n"
    "Best regards,\nTelegram Support\n"
)
case(
    name="tg-qp-mixed-sentence",
    **{"from": "abuse@telegram.org", "name_from": "Telegram Support"},
    date="Fri, 06 Sep 2024 07:27:33 +0000",
    subject=f"Re: {REQ_TG}",
    reply_to_req=mid(REQ_TG),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(TG_QP_TEXT),
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply sent quoted-printable",
    why="one sentence: two taken down, the third not found; soft line breaks run through the long line",
    items={TG1: "removed", TG2: "removed", TG3: "not_found"},
)

case(
    name="tg-refusal-and-author-deleted",
    **{"from": "abuse@telegram.org", "name_from": "Telegram Abuse"},
    date="Mon, 09 Sep 2024 13:05:19 +0000",
    subject=f"Re: {REQ_TG}",
    reply_to_req=mid(REQ_TG),
    body=f"""Hi,

We were unable to find {TG2} - the message was deleted by the channel's administrator before we looked at it.

We will not remove {TG1}: it is a repost of a public news article and does not break Telegram's Terms of Service or the rules we apply to public channels.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk refusal with a reason",
    why="deleted by its admin before review is not_found; 'We will not remove ... does not break' is a refusal with reason, not a promise",
    items={TG2: "not_found", TG1: "rejected"},
)

case(
    name="tg-edit-note-revises",
    **{"from": "m.aleksic@telegram.org", "name_from": "Mila Aleksic"},
    date="Tue, 10 Sep 2024 15:44:02 +0000",
    subject=f"Re: {REQ_TG} remaining link",
    reply_to_req=mid(REQ_TG),
    body=f"""Hello,

As of this morning {TG3} was still accessible, as our moderators had not yet completed their check.

Update 15:40 UTC: the post has now been deleted by our moderation team.

Mila
Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram staff email with an appended timestamped update",
    why="first paragraph says still accessible; the later update says deleted",
    items={TG3: "removed"},
)

case(
    name="tg-solo-channel-refusal",
    **{"from": "abuse@telegram.org", "name_from": "Telegram Abuse"},
    date="Fri, 13 Sep 2024 10:11:50 +0000",
    subject=f"Re: {REQ_TG1}",
    reply_to_req=mid(REQ_TG1),
    body=f"""Hello,

We have reviewed the channel {TGS}. We are not able to block it: the channel resells branded goods with proof of purchase from authorised distributors, and we found no counterfeit listings in its recent posts.

If you have evidence of specific counterfeit offers, please send us the links to those messages.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse refusal for a whole channel",
    why="refusal with its reason for the only item; the invitation to send more evidence does not make it a request for info",
    items={TGS: "rejected"},
)

# ---- YouTube ----
case(
    name="yt-hedge-in-relative-clause",
    **{"from": "legal-kr@google.com", "name_from": "YouTube Legal Support"},
    date="Fri, 06 Sep 2024 04:50:12 +0000",
    subject=f"[{REQ_YT}] YouTube legal request outcome",
    reply_to_req=mid(REQ_YT),
    body=f"""Hello,

Thanks for contacting YouTube.

The video {YT1}, which may also have been mirrored on other sites we do not control, has been removed from YouTube for violating our harassment and cyberbullying policy.

We also reviewed {YT2} and did not find it in violation of our Community Guidelines or of local law, so it will remain available.

Sincerely,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email (removed under Community Guidelines / no action)",
    why="the hedge sits in a relative clause about mirrors; the main clause removes YT1; YT2 is a reasoned refusal",
    items={YT1: "removed", YT2: "rejected"},
)

YT_TABLE = f"""<html><body>
<p>Hello,</p>
<p>Below is the outcome of your request {REQ_YT}.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{YT1}</td><td>Removed - Community Guidelines</td></tr>
<tr><td>{YT2}</td><td>Blocked in KR - local law</td></tr>
<tr><td>{YT3}</td><td>Removed - Community Guidelines</td></tr>
<tr><td>{YT4}</td><td>Channel terminated</td></tr>
</table>
<p>Correction to the table above: the row for {YT3} should read &quot;Not found&quot;.
The uploader had already deleted that video before our review, so no action from us was needed.</p>
<p>The YouTube Legal Team</p>
</body></html>"""
case(
    name="yt-html-table-note-corrects",
    **{"from": "legal-kr@google.com", "name_from": "YouTube Legal Support"},
    date="Tue, 10 Sep 2024 06:33:45 +0000",
    subject=f"Re: {REQ_YT}",
    reply_to_req=mid(REQ_YT),
    type="html",
    body=YT_TABLE,
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome HTML table with a correction note under it",
    why="table gives four outcomes; the note explicitly corrects the third row to not found (deleted by uploader)",
    items={YT1: "removed", YT2: "restricted", YT3: "not_found", YT4: "removed"},
)

case(
    name="yt-refusal-edsa-and-termination",
    **{"from": "legal-kr@google.com", "name_from": "YouTube Legal Support"},
    date="Mon, 09 Sep 2024 02:15:00 +0000",
    subject=f"[{REQ_YT}] Decision",
    reply_to_req=mid(REQ_YT),
    body=f"""Hello,

After careful review we have decided not to take action on {YT3}. The video is news reporting of a public court hearing; it falls within the educational and documentary context we allow, and we do not consider it unlawful under the provisions you cited.

The channel {YT4} has been terminated for repeated violations of our Community Guidelines.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal refusal citing educational/documentary context, plus a channel termination",
    why="a refusal with its reason (rejected) and a terminated channel (removed)",
    items={YT3: "rejected", YT4: "removed"},
)

case(
    name="yt-angle-brackets-channel-not-terminated",
    **{"from": "legal-kr@google.com", "name_from": "YouTube Legal Support"},
    date="Wed, 11 Sep 2024 08:20:00 +0000",
    subject=f"Re: [{REQ_YT}] follow-up",
    reply_to_req=mid(REQ_YT),
    body=f"""Hello,

Following your request, the video at
<https://www.youtube.com/
watch?v=Hk3nB8rWz4e>
is no longer available to viewers in South Korea. It remains available in
other countries.

We did not terminate the channel <{YT4}>: most of its uploads do not
violate our policies, and the video above was the only content we acted on.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube geo-block reply with URLs in angle brackets, one wrapped",
    why="wrapped URL in angle brackets restricted in KR; 'did not terminate the channel' with a reason is a refusal",
    items={YT2: "restricted", YT4: "rejected"},
)

case(
    name="yt-statement-of-reasons",
    **{"from": "legal-notices@youtube.com", "name_from": "YouTube"},
    date="Thu, 12 Sep 2024 01:02:03 +0000",
    subject=f"Statement of reasons for your notice {REQ_YT}",
    reply_to_req=mid(REQ_YT),
    body=f"""Statement of reasons

Content: {YT3}
Decision: restriction of availability. The content is not available in South Korea (KR).
Ground: content considered illegal under local law, following a notice from an authority
Facts and circumstances: notice {REQ_YT} received on 4 September 2024
Automated means used in the decision: no

Information on redress is available at https://support.google.com/youtube/answer/2802032
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision / ground / facts / redress)",
    why="decision field: not available in KR, i.e. restricted; the support link is not an item",
    items={YT3: "restricted"},
)

case(
    name="yt-solo-no-url",
    **{"from": "legal-kr@google.com", "name_from": "YouTube Legal Support"},
    date="Thu, 12 Sep 2024 07:45:00 +0000",
    subject=f"Re: {REQ_YT1}",
    reply_to_req=mid(REQ_YT1),
    body=f"""Hello,

We have reviewed your request (ref. {REQ_YT1}). The content you reported has been removed from YouTube for violating our policies on gambling content.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube short legal confirmation naming no URL",
    why="no URL, but the request has exactly one item, so the statement reaches it",
    items={YTS: "removed"},
)

# ---- NAVER ----
NV_TABLE = f"""<html><body>
<p>안녕하세요, 네이버 게시중단 담당자입니다.</p>
<p>방송통신심의위원회 시정요구({REQ_NV})에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV1}</td><td>삭제</td><td>개인정보 노출</td></tr>
<tr><td>2</td><td>{NV2}</td><td>임시조치(30일)</td><td>권리침해 신고 병합</td></tr>
<tr><td>3</td><td>{NV3}</td><td>조치 불가</td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>4</td><td>{NV4}</td><td>비공개 처리</td><td>카페 운영자 조치</td></tr>
<tr><td>5</td><td>{NV5.replace('&', '&amp;')}</td><td>조치 불가</td><td>위반 사항 확인되지 않음</td></tr>
</table>
<p>감사합니다.<br>NAVER 게시중단 담당</p>
</body></html>"""
case(
    name="naver-kcsc-result-table",
    **{"from": "takedown@navercorp.com", "name_from": "NAVER 게시중단 담당"},
    date="Mon, 09 Sep 2024 05:10:00 +0000",
    subject=f"[NAVER] 시정요구 조치 결과 회신 ({REQ_NV})",
    reply_to_req=mid(REQ_NV),
    type="html",
    body=NV_TABLE,
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 table (HTML)",
    why="'조치 불가' means two different things by its 비고 column: no post (not_found) vs no violation (rejected)",
    items={NV1: "removed", NV2: "restricted", NV3: "not_found", NV4: "removed", NV5: "rejected"},
)

case(
    name="naver-not-deleted-but-tempblock",
    **{"from": "policy@navercorp.com", "name_from": "NAVER 정책지원"},
    date="Tue, 10 Sep 2024 02:40:00 +0000",
    subject=f"Re: [{REQ_NV}] 게시물 조치 안내",
    reply_to_req=mid(REQ_NV),
    body=f"""안녕하세요, 네이버입니다.

요청하신 게시물({NV1})은 삭제되지 않았으며, 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)되었습니다.

게시자가 이의를 제기하지 않으면 임시조치 기간 만료 후 별도로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice (정보통신망법 44조의2)",
    why="'삭제되지 않았으며' is negated; 임시조치 (access restricted) is the status; the later notice is a promise about something else",
    items={NV1: "restricted"},
)

case(
    name="naver-correction-earlier-notice",
    **{"from": "takedown@navercorp.com", "name_from": "NAVER 게시중단 담당"},
    date="Wed, 11 Sep 2024 06:00:00 +0000",
    subject=f"[정정] {REQ_NV} 조치 결과 안내",
    reply_to_req=mid(REQ_NV),
    body=f"""안녕하세요.

9월 9일 회신에서 {NV3} 게시물을 '임시조치 완료'로 안내드렸으나 이는 착오였습니다. 확인 결과 해당 게시물은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

아울러 {NV4} 게시물은 카페 운영정책 위반으로 블라인드 처리되었음을 함께 알려드립니다.

불편을 드려 죄송합니다.
NAVER 게시중단 담당
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal correction notice (정정 안내)",
    why="the earlier '임시조치' is withdrawn as a mistake; the post was deleted by its author (not_found); 블라인드 is removed",
    items={NV3: "not_found", NV4: "removed"},
)

NV_B64_HTML = f"""<html><body>
<p>안녕하세요. 네이버 블로그 운영팀입니다.</p>
<p>요청하신 게시물에 대한 처리 결과입니다.</p>
<ul>
<li><a href="{NV1}">{NV1}</a> : 게시중단</li>
<li><a href="{NV2}">{NV2}</a> : 임시조치(접근 제한)</li>
</ul>
<p>감사합니다.</p>
</body></html>
"""
NV_B64_TEXT = f"""안녕하세요. 네이버 블로그 운영팀입니다.
요청하신 게시물에 대한 처리 결과입니다.

- {NV1} : 게시중단
- {NV2} : 임시조치(접근 제한)

감사합니다.
"""
case(
    name="naver-base64-alternative",
    **{"from": "blog_help@naver.com", "name_from": "네이버 블로그"},
    date="Tue, 10 Sep 2024 09:15:00 +0000",
    subject=f"[네이버 블로그] 게시물 처리 결과 안내 ({REQ_NV})",
    reply_to_req=mid(REQ_NV),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="nv888alt"

--nv888alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NV_B64_TEXT)}
--nv888alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NV_B64_HTML)}
--nv888alt--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog result notice, base64 multipart/alternative",
    why="게시중단 is removed, 임시조치(접근 제한) is restricted; both parts say the same",
    items={NV1: "removed", NV2: "restricted"},
)

# ---- Kakao / Daum ----
case(
    name="daum-url-with-particles",
    **{"from": "cs-policy@kakaocorp.com", "name_from": "카카오 고객센터"},
    date="Wed, 11 Sep 2024 01:30:00 +0000",
    subject=f"[카카오] 시정요구 처리 결과 ({REQ_DM})",
    reply_to_req=mid(REQ_DM),
    body=f"""안녕하세요, 카카오 운영정책팀입니다.

요청하신 티스토리 게시물（{DM2_RAW}）은 운영정책 위반으로 게시중단 처리하였습니다.

다음 카페 게시물 {DM1}에 대해서는 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum/Tistory) policy team reply in Korean",
    why="raw Korean path inside full-width parentheses is removed; the cafe URL followed directly by 에 is a refusal with reason",
    items={DM2: "removed", DM1: "rejected"},
)

DM_HTML = f"""<html><body>
<p>안녕하세요. Daum 고객센터입니다.</p>
<p>{REQ_DM} 요청 건 처리 결과를 알려드립니다.</p>
<p>{DM2_RAW}<br>
처리결과: 접속차단 (국내)</p>
<p>{DM1}<br>
처리결과: 해당 게시물 없음 (존재하지 않는 게시물)</p>
<p>문의: <a href="https://cs.daum.net/faq/15/ko.html">고객센터 도움말</a></p>
</body></html>"""
case(
    name="daum-html-status-next-line",
    **{"from": "noreply@daum.net", "name_from": "Daum 고객센터"},
    date="Thu, 12 Sep 2024 04:00:00 +0000",
    subject=f"Re: {REQ_DM}",
    reply_to_req=mid(REQ_DM),
    type="html",
    body=DM_HTML,
    outcome="applied", classification="confirmation",
    imitates="Daum customer centre HTML result notice",
    why="status on the line under each URL: 접속차단 (국내) restricted; 존재하지 않는 게시물 not_found; help link is not an item",
    items={DM2: "restricted", DM1: "not_found"},
)

# ================================================================= REVIEW
case(
    name="x-promise-and-under-review",
    **{"from": "legal-support@x.com"},
    date="Wed, 04 Sep 2024 10:12:00 +0000",
    subject=f"Re: Removal request {REQ_X}",
    reply_to_req=mid(REQ_X),
    body=f"""Hello,

We have escalated your request. {X1} will be withheld in South Korea once our review of the legal basis is complete, and {X2} is currently under review by our Safety team.

We will update you as soon as a decision has been made.

X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="X interim reply (escalated / under review)",
    why="a promise and 'under review': no status, both items stay pending",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-hedge-relative-recheck",
    **{"from": "legal-support@x.com"},
    date="Tue, 10 Sep 2024 14:00:00 +0000",
    subject=f"Re: {REQ_X} - item 6",
    reply_to_req=mid(REQ_X),
    body=f"""Hello,

Posts that are confirmed as illegal under local law are withheld in the requesting country. {X6}, which the account holder says has already been edited, may no longer meet that bar and is being checked again.

X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="X legal reply about a post being re-checked",
    why="a general policy sentence, a hedge ('may no longer') and 'being checked again': nothing stated",
    items={X6: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-support@x.com"},
    date="Sat, 14 Sep 2024 00:30:00 +0000",
    subject=f"Re: Removal request {REQ_X} - completed",
    reply_to_req=mid(REQ_X),
    body=f"""Hello,

All of the reported posts in your request {REQ_X} have been withheld in South Korea.

X Legal Support
""",
    outcome="review", review="bulk",
    imitates="X one-line batch completion notice",
    why="one statement for a 14-item request without naming each item",
    items={u: "pending" for u in X},
)

case(
    name="yt-hedge-appears-removed",
    **{"from": "legal-kr@google.com", "name_from": "YouTube Legal Support"},
    date="Fri, 06 Sep 2024 09:00:00 +0000",
    subject=f"Re: [{REQ_YT}]",
    reply_to_req=mid(REQ_YT),
    body=f"""Hello,

It appears that the video {YT1} may have been taken down by the uploader before our team could review it. We are confirming this and will reply once we know more.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply with a hedge",
    why="'appears ... may have been' plus 'we are confirming': a hedge, not a statement",
    items={YT1: "pending"},
)

YT_CONFLICT = f"""<html><body>
<p>Hello,</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td>{YT3}</td><td>Removed - violates Community Guidelines</td></tr>
</table>
<p>We did not take action on {YT3}, since the video is commentary on a matter of public interest and does not violate our Community Guidelines or local law. It remains available on YouTube.</p>
<p>YouTube Legal Support</p>
</body></html>"""
case(
    name="yt-table-and-note-conflict",
    **{"from": "legal-kr@google.com", "name_from": "YouTube Legal Support"},
    date="Fri, 13 Sep 2024 03:00:00 +0000",
    subject=f"Re: {REQ_YT} outcome",
    reply_to_req=mid(REQ_YT),
    type="html",
    body=YT_CONFLICT,
    outcome="review", review="conflicting_statements",
    imitates="YouTube outcome table whose row disagrees with the text under it",
    why="the table says removed, the text says no action and still available; nothing says which one is right",
    items={YT3: "pending"},
)

case(
    name="tg-untrusted-dkim-fail",
    **{"from": "abuse@telegram.org", "name_from": "Telegram Abuse"},
    auth="fail",
    date="Sat, 07 Sep 2024 18:00:00 +0000",
    subject=f"Re: {REQ_TG}",
    reply_to_req=mid(REQ_TG),
    body=f"""Hello,

The posts {TG1} and {TG2} have been removed.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse reply failing DMARC",
    why="platform domain but DKIM/SPF/DMARC fail: nothing applied",
    items={TG1: "pending", TG2: "pending"},
)

case(
    name="naver-lookalike-domain",
    **{"from": "help@naver-cs-center.com", "name_from": "NAVER 고객센터"},
    date="Sun, 08 Sep 2024 02:00:00 +0000",
    subject=f"[NAVER] {REQ_NV} 처리 완료",
    reply_to_req=mid(REQ_NV),
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 {NV1}, {NV2} 게시물은 모두 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="NAVER-branded notice from a domain that is not NAVER's",
    why="sender domain is no platform's; it names our request and URLs",
    items={NV1: "pending", NV2: "pending"},
)

case(
    name="tg-results-by-number",
    **{"from": "dsa@telegram.org", "name_from": "Telegram DSA"},
    date="Sun, 08 Sep 2024 12:30:00 +0000",
    subject=f"Re: {REQ_TG}",
    reply_to_req=mid(REQ_TG),
    body=f"""Hello,

Regarding your notice {REQ_TG} (3 links):

Link 1 - blocked for users in South Korea
Link 2 - deleted
Link 3 - not found

Telegram
""",
    outcome="review", review="not_understood",
    imitates="Telegram short reply giving outcomes by link number only",
    why="statuses by position with no URL; the platform's numbering may not match ours, a wrong guess is a false application",
    items={TG1: "pending", TG2: "pending", TG3: "pending"},
)

case(
    name="daum-about-naver-url",
    **{"from": "cs-policy@kakaocorp.com", "name_from": "카카오 고객센터"},
    date="Mon, 09 Sep 2024 03:00:00 +0000",
    subject=f"Re: 시정요구 ({REQ_NV})",
    reply_to_req=mid(REQ_NV),
    body=f"""안녕하세요, 카카오 운영정책팀입니다.

보내주신 요청의 URL {NV3} 은 카카오(다음)에서 운영하는 서비스가 아니어서 당사에서 조치할 수 없습니다. 해당 서비스 운영자에게 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply to a misaddressed request about a NAVER URL",
    why="Kakao speaks about a NAVER item (it cannot act: not its service); another platform's word never sets a status",
    items={NV3: "pending"},
)

case(
    name="naver-asks-documents",
    **{"from": "policy@navercorp.com", "name_from": "NAVER 정책지원"},
    date="Mon, 09 Sep 2024 08:00:00 +0000",
    subject=f"Re: [{REQ_NV}] 추가 자료 요청",
    reply_to_req=mid(REQ_NV),
    body=f"""안녕하세요, 네이버입니다.

요청하신 게시물({NV4})에 대해 검토하였으나, 명예훼손 및 개인정보 침해 여부를 판단하기 위해 피해 당사자의 신고서 또는 소명자료가 필요합니다.

자료를 회신해 주시면 검토 후 조치 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER request for supporting documents (소명자료 요청)",
    why="asks for documents before acting; item stays pending",
    items={NV4: "pending"},
)

case(
    name="yt-policy-notice-no-claims",
    **{"from": "legal-kr-noreply@google.com", "name_from": "Google Legal"},
    date="Thu, 12 Sep 2024 00:00:00 +0000",
    subject="Changes to how we receive government removal requests in Korea",
    body="""Dear partner,

From 1 October 2024, removal requests from Korean government agencies for YouTube and other Google services should be submitted through our dedicated legal request form at https://support.google.com/legal/answer/3110420 rather than by email.

Requests sent by email after that date will receive an automatic reply pointing to the form. Requests already submitted are not affected.

Google Legal Removals
""",
    outcome="review", review="no_claims",
    imitates="Google legal team process-change announcement",
    why="trusted platform mail naming no item and no request; the help link is not an item",
    items={},
)

# ================================================================= IGNORED
case(
    name="tg-out-of-office",
    **{"from": "m.aleksic@telegram.org", "name_from": "Mila Aleksic"},
    date="Mon, 02 Sep 2024 01:05:00 +0000",
    subject=f"Automatic reply: {REQ_TG} removal request",
    reply_to_req=mid(REQ_TG),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I am out of the office until 16 September with limited access to email.
For urgent abuse matters please write to abuse@telegram.org.

Mila

> {TG1}
> {TG2}
> {TG3}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange out-of-office reply quoting the request",
    why="auto-reply; the URLs are only quoted",
    items={TG1: "pending"},
)

case(
    name="daum-ooo-korean",
    **{"from": "jh.seo@kakaocorp.com", "name_from": "서지환"},
    date="Fri, 06 Sep 2024 01:10:00 +0000",
    subject=f"[자동응답] Re: 시정요구 ({REQ_DM})",
    reply_to_req=mid(REQ_DM),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 서지환입니다.
9월 6일부터 9월 18일까지 휴가로 부재중입니다.
급한 용무는 cs-policy@kakaocorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

NV_DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn888nv"

--dsn888nv
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@navercorp.com>: host store.navercorp.com said: 550 5.1.1
    recipient address rejected: user unknown

--dsn888nv
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com
Arrival-Date: Thu, 5 Sep 2024 10:00:05 +0900 (KST)

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--dsn888nv
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: {REQ_NV} 시정요구
Message-ID: <{mid(REQ_NV)}@kcsc.example>
Date: Thu, 5 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

아래 게시물의 삭제를 요청합니다.
{NV1}
{NV2}
{NV3}

--dsn888nv--
"""
case(
    name="naver-dsn-bounce",
    **{"from": "MAILER-DAEMON@navercorp.com", "name_from": "Mail Delivery System"},
    date="Thu, 05 Sep 2024 01:00:06 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=NV_DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN with the original request attached",
    why="bounce; the URLs are in the returned request",
    items={NV1: "pending"},
)

case(
    name="kcsc-mta-delay",
    **{"from": "MAILER-DAEMON@mx.kcsc.example", "name_from": "Mail Delivery System"},
    date="Mon, 02 Sep 2024 05:00:00 +0000",
    subject="Delayed Mail (still being retried)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dly888"

--dly888
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

Your message to <dsa@telegram.org> has not yet been delivered after 4 hours.
The mail system will keep trying for up to 5 days. You do not need to resend.

Subject: {REQ_TG} removal request

--dly888
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; dsa@telegram.org
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.telegram.org: Connection timed out

--dly888--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delay notification (DSN Action: delayed)",
    why="delivery-status notice from our own MTA",
    items={},
)

case(
    name="x-mdn-read-receipt",
    **{"from": "legal-support@x.com"},
    date="Tue, 03 Sep 2024 02:30:00 +0000",
    subject=f"Read: Removal request {REQ_X}",
    reply_to_req=mid(REQ_X),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn888x"

--mdn888x
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-support@x.com
  Subject: Removal request {REQ_X}
  Sent: Tuesday, September 3, 2024 10:00 AM (UTC+09:00) Seoul

was read on Tuesday, September 3, 2024 11:29 AM (UTC+09:00) Seoul.

--mdn888x
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal-support@x.com
Original-Message-ID: <{mid(REQ_X)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn888x--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="yt-ticket-receipt",
    **{"from": "legal-kr@google.com", "name_from": "YouTube Legal Support"},
    date="Wed, 04 Sep 2024 01:20:00 +0000",
    subject=f"[7-3344000041208] We received your request {REQ_YT}",
    reply_to_req=mid(REQ_YT),
    body="""Hello,

Thanks for submitting your legal request. Your reference number is 7-3344000041208; please keep it in the subject line if you write to us about this request.

We will review the content you reported and take appropriate action in accordance with applicable law and our policies.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal request auto-receipt with a case number",
    why="pure acknowledgement; 'we will review' is the usual promise of a receipt",
    items={},
)

case(
    name="naver-receipt-echoed-urls",
    **{"from": "noreply@navercorp.com", "name_from": "NAVER 신고센터"},
    date="Thu, 05 Sep 2024 01:05:00 +0000",
    subject=f"[NAVER] 신고가 정상적으로 접수되었습니다 ({REQ_NV})",
    reply_to_req=mid(REQ_NV),
    body=f"""안녕하세요. NAVER 신고센터입니다.

신고가 정상적으로 접수되었습니다.

접수번호: NR-20240905-00831
신고 URL:
 - {NV1}
 - {NV2}
 - {NV5}

처리 결과는 검토 후 별도로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER report receipt (신고 접수 완료) echoing the reported URLs",
    why="a receipt that echoes the URLs but states nothing about them",
    items={NV1: "pending", NV2: "pending", NV5: "pending"},
)


HEADER = """# blind888: blind set, focus 3 (what a program gets wrong).
# Written by tests/corpus/blind888/make.py; do not edit by hand.
# Expected results written from each email's meaning before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind888", HEADER, ALL)
    print("wrote %d cases" % len(ALL))
