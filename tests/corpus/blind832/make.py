#!/usr/bin/env python3
"""Blind set 832: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Pinterest): help-centre outcome templates, DSA-style
statements of reasons, legal-removal decisions, plus the usual noise
(auto-replies, receipts, a read receipt, a bounce).

Deterministic: `python3 tests/corpus/blind832/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every email is fictional and
written in our own words; expected results come from each email's meaning,
written before any run of the reader.
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

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
X = [
    "https://x.com/lunarbet_kr/status/1830011122334455667",
    "https://x.com/lunarbet_kr/status/1830011188990011223",
    "https://x.com/slot_harbor99/status/1829955501234567890",
    "https://x.com/slot_harbor99/status/1829961234500011122",
    "https://x.com/goldtoto_ann/status/1830102233445566778",
    "https://x.com/goldtoto_ann/status/1830104455667788990",
    "https://x.com/pinkmoon_cards/status/1829877766554433221",
    "https://x.com/pinkmoon_cards/status/1829879988776655443",
    "https://x.com/casino_rivera/status/1830200011122233344",
    "https://x.com/casino_rivera/status/1830200099988877766",
    "https://x.com/jackpot_nara/status/1830055566677788899",
    "https://x.com/jackpot_nara/status/1830057788899900011",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vTz8LpKa",
    "https://www.youtube.com/watch?v=Hd72kPzWq1e",
    "https://www.youtube.com/shorts/Zr8wYb2NcUo",
    "https://www.youtube.com/watch?v=aP0xLk4Rt9s",
]
META = [
    "https://www.facebook.com/groups/2093847561029384/posts/3847561029384756/",
    "https://www.facebook.com/sunrise.pharma.kr/posts/pfbid02Xk7mQ9rT1aZ",
    "https://www.instagram.com/p/C9xK2mLqT7a/",
    "https://www.instagram.com/reel/C9zR4nWpU2b/",
    "https://www.instagram.com/p/DA1vB8sHk3c/",
]
TT = [
    "https://www.tiktok.com/@moonlit.deals/video/7410223344556677889",
    "https://www.tiktok.com/@moonlit.deals/video/7410229988776655443",
    "https://www.tiktok.com/@quickcash_kr/video/7411002233445566778",
]
RD = [
    "https://www.reddit.com/r/kpopleaks2/comments/1fb2x7k/new_folder_link/",
    "https://www.reddit.com/r/kpopleaks2/comments/1fc9q0d/mirror_part_two/",
]
DC = [
    "https://discord.com/channels/1101122233344455566/1101122233344455599/1282233344455566677",
    "https://discord.gg/nightmarket77",
]
PIN = ["https://www.pinterest.com/pin/918273645501234567/"]

# ref, platform, sent_at, due_at, category, message-id stem, note, urls
REQUESTS = [
    ("KCSC-240902-01", "x", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     "gambling", "req-240902-01", "illegal online gambling promotion, six accounts", X),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "drugs", "req-240904-02", "videos advertising sale of narcotics", YT),
    ("KCSC-240905-03", "meta", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", "req-240905-03", "unlicensed sale of prescription medicine (Facebook and Instagram)", META),
    ("KCSC-240906-04", "tiktok", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     "fraud", "req-240906-04", "illegal private loan advertising", TT),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "privacy", "req-240909-05", "non-consensual intimate images", RD),
    ("KCSC-240910-06", "discord", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", "req-240910-06", "drug marketplace server", DC),
    ("KCSC-240911-07", "pinterest", "2024-09-11T09:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "obscenity", "req-240911-07", "", PIN),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def numbered(urls):
    return "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))


REQ_X = f"""Dear X Legal team,

Under Article 44-7 of the Act on Promotion of Information and Communications
Network Utilization, the Korea Communications Standards Commission requests
that you remove or block access to the following posts, which promote
illegal online gambling (our reference KCSC-240902-01):

{numbered(X)}

Please let us know the action taken for each post by 9 September 2024.

Korea Communications Standards Commission
Takedown desk"""

REQ_META = f"""Dear Meta team,

We request the removal of, or the blocking of access to, the following
content offering prescription medicine for sale without a licence
(reference KCSC-240905-03):

{numbered(META)}

Please reply with the action taken for each URL by 12 September 2024.

KCSC Takedown desk"""

REQ_RD = f"""Dear Reddit team,

The following posts share intimate images of a person without consent. We
ask you to remove them (reference KCSC-240909-05):

{numbered(RD)}

KCSC Takedown desk"""

REQ_DC = f"""Dear Discord Trust & Safety,

The Korea Communications Standards Commission asks you to remove the
following message and the server behind the invite link, which are used to
sell narcotics (reference KCSC-240910-06):

{numbered(DC)}

Kind regards,
KCSC Takedown desk"""

# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
cases = []


def case(**kw):
    cases.append(kw)


# ---------------------------------------------------------------- X (12 items)
case(
    name="x-withheld-kr-and-no-violation",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 07:41:09 +0000",
    subject="Re: [KCSC-240902-01] Request to block illegal gambling promotion",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thank you for your request dated 2 September 2024 (your reference
KCSC-240902-01).

After reviewing the reported content under the laws of the Republic of
Korea, we have withheld the following posts in South Korea:

- {X[0]}
- {X[1]}
- {X[2]}
- {X[3]}

We also reviewed the posts below but did not find that they violate the X
Rules or the local law cited in your request. They remain available:

- {X[4]}
- {X[5]}

We are still reviewing the remaining posts in your request and will write
to you separately about them.

Withheld posts remain visible outside the country in which they are
withheld. You can read more about our approach here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome notice (country-withheld content, no-action list)",
    why="four posts withheld in Korea (restricted), two kept up as non-violating (rejected); remaining posts only promised",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted",
           X[4]: "rejected", X[5]: "rejected"},
)

case(
    name="x-url-then-action-line",
    **{"from": "legal@x.com"}, name_from="X Corp. Legal Operations",
    date="Thu, 05 Sep 2024 02:15:30 +0000",
    subject="RE: [KCSC-240902-01] Request to block illegal gambling promotion",
    reply_to_req="req-240902-01",
    body=f"""Hi KCSC team,

Update on KCSC-240902-01 for three of the reported posts:

{X[6]}
Action: Withheld in KR

{X[7]}
Action: Removed globally (violation of our illegal and regulated behaviors policy)

{X[8]}
Action: None - no violation found

Best,
Dana W.
Legal Operations, X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations reply by a staff member, URL with an 'Action:' line below it",
    why="status stated on the line below each URL: withheld in KR, removed, no violation",
    items={X[6]: "restricted", X[7]: "removed", X[8]: "rejected"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "mpark@x.com"}, name_from="Minseo Park",
    date="Fri, 06 Sep 2024 08:03:11 +0000",
    subject="Re: [KCSC-240902-01] Request to block illegal gambling promotion",
    reply_to_req="req-240902-01",
    body=f"""Hi,

Following up on your notice. We removed {X[9]} today for violating our
rules on the promotion of illegal gambling.

The other post from that account that you listed,
{X[8]}, had already been deleted by the account holder before we reviewed
it, so there was nothing left for us to act on.

Thanks,
Minseo
X Legal, APAC

On Mon, Sep 2, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQ_X)}
""",
    outcome="applied", classification="confirmation",
    imitates="X staff reply top-posted over a Gmail-quoted request",
    why="one post removed, one already deleted by its author (not_found); the quoted request lists all twelve and says nothing",
    items={X[9]: "removed", X[8]: "not_found"},
)

case(
    name="x-html-outcome-table",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 05:20:00 +0000",
    subject="[KCSC-240902-01] Outcome of your request",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Dear KCSC,</p>
<p>Please see below the outcome for the posts in your request KCSC-240902-01 that we have finished reviewing.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Scope</th><th>Basis</th></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld</td><td>South Korea</td><td>Local law</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Removed</td><td>Global</td><td>X Rules &ndash; illegal gambling</td></tr>
<tr><td><a href="{X[0]}">{X[0]}</a></td><td>No action</td><td>&mdash;</td><td>No violation of the X Rules or of local law identified</td></tr>
</table>
<p>If you disagree with a decision, you may send us additional legal analysis by replying to this email.</p>
<p>X Legal<br><a href="https://help.x.com/en/forms/legal">help.x.com/en/forms/legal</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome notice rendered as an HTML table (URL / action / scope / basis)",
    why="table rows: withheld in South Korea, removed globally, no action with no-violation basis",
    items={X[10]: "restricted", X[11]: "removed", X[0]: "rejected"},
)

case(
    name="x-intends-to-withhold",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 09:00:00 +0000",
    subject="Re: [KCSC-240902-01] Request to block illegal gambling promotion",
    reply_to_req="req-240902-01",
    body=f"""Hello,

We have received your request KCSC-240902-01 and started processing it.

Our team has looked at the following posts and intends to withhold them in
South Korea once the legal review is complete:

{X[1]}
{X[2]}

We expect to finish within three business days and will send you a final
notice at that point.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X interim legal reply announcing an intended action",
    why="an intention ('intends to withhold once the review is complete') is a promise, not a statement; names items so not a bare acknowledgement",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-all-posts-withheld-bulk",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 03:30:45 +0000",
    subject="[KCSC-240902-01] Request completed",
    reply_to_req="req-240902-01",
    body="""Hello,

We have completed our review of your request KCSC-240902-01. All of the
posts listed in the request have been withheld in South Korea under local
law.

The account holders have been notified that their content is withheld in
your country, as described in our Help Center.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X 'request completed' notice covering the whole request without listing posts",
    why="one statement about all twelve posts of a twelve-item request, none named: bulk",
    items={u: "pending" for u in X},
)

case(
    name="x-removed-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Thu, 12 Sep 2024 11:12:13 +0000",
    subject="Re: [KCSC-240902-01] Request to block illegal gambling promotion",
    reply_to_req="req-240902-01",
    body=f"""Hello,

We have removed the following posts from X:

{X[4]}
{X[5]}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal confirmation arriving with failing DKIM/SPF/DMARC",
    why="clear statements, but the x.com sender fails authentication",
    items={X[4]: "pending", X[5]: "pending"},
)

case(
    name="x-staff-out-of-office",
    **{"from": "jlee@x.com"}, name_from="Jiyeon Lee",
    date="Mon, 02 Sep 2024 01:31:02 +0000",
    subject="Automatic reply: [KCSC-240902-01] Request to block illegal gambling promotion",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am away from the office until Monday,
16 September, with limited access to email.

For urgent legal requests, please write to legal@x.com and a colleague will
pick it up.

Jiyeon
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="out-of-office auto-reply, says nothing about any item",
    items={},
)

case(
    name="x-account-suspended-posts-gone",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 06:44:00 +0000",
    subject="Re: [KCSC-240902-01] Request to block illegal gambling promotion",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Regarding KCSC-240902-01: the account @goldtoto_ann has been permanently
suspended for repeated violations of the X Rules. As a result, the two
posts you reported from that account are no longer available on X:

{X[4]}
{X[5]}

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X notice that an account was suspended and its posts are no longer available",
    why="account suspended by X, both named posts no longer available anywhere: removed",
    items={X[4]: "removed", X[5]: "removed"},
)

case(
    name="x-korea-bilingual-particles",
    **{"from": "legal-kr@x.com"}, name_from="X Korea Legal",
    date="Tue, 10 Sep 2024 07:05:30 +0000",
    subject="RE: [KCSC-240902-01] 불법 도박 홍보 게시물 차단 요청",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 방송통신심의위원회 담당자님.

요청하신 건(KCSC-240902-01) 중 아래 게시물의 처리 결과를 알려드립니다.

{X[6]}는 대한민국 내에서 접근이 제한되었습니다.
게시물（{X[7]}）은 X 규칙 위반으로 삭제되었습니다.

For your records (English): the first post above has been withheld in
Korea; the second has been removed globally for violating the X Rules.

감사합니다.
X 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English reply from a platform's Korea legal desk",
    why="URL followed by a Korean particle: 접근 제한 in Korea (restricted); URL in full-width parentheses: 삭제 (removed)",
    items={X[6]: "restricted", X[7]: "removed"},
)

case(
    name="x-notice-of-action-sor",
    **{"from": "legal-noreply@x.com"}, name_from="X",
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject="Notice of action taken on reported content [KCSC-240902-01]",
    reply_to_req="req-240902-01",
    body=f"""Notice of action taken

Your reference: KCSC-240902-01
Case ID: 0193-XL-55820

Content: {X[3]}
Decision: Restriction of visibility - withheld in the Republic of Korea
Ground: Illegal content under applicable local law (gambling)
Automated means used in detection: No
Automated means used in decision: No

Content: {X[11]}
Decision: Removal of content
Territorial scope: Worldwide
Ground: Incompatible with the X Rules (illegal or certain regulated goods
or services)
Automated means used in detection: No
Automated means used in decision: No

Information about the redress available to the account holder and to you
is available at https://help.x.com/en/rules-and-policies/dsa-redress
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17-style statement of reasons (decision / ground / territorial scope / automation fields)",
    why="structured decision per content: visibility restricted in Korea, removal worldwide",
    items={X[3]: "restricted", X[11]: "removed"},
)

case(
    name="x-appears-deleted-hedge",
    **{"from": "mpark@x.com"}, name_from="Minseo Park",
    date="Mon, 16 Sep 2024 04:10:00 +0000",
    subject="Re: [KCSC-240902-01] Request to block illegal gambling promotion",
    reply_to_req="req-240902-01",
    body=f"""Hi,

Thanks for your patience on KCSC-240902-01. When we went to review
{X[10]} it appears the post may no longer be available, possibly because
the author deleted it. We are checking this with our internal tools and
will confirm once we know more.

Best,
Minseo
""",
    outcome="review", review="not_understood",
    imitates="X staff interim reply with a hedged observation",
    why="'appears ... may no longer be available, possibly' is a hedge awaiting confirmation: item stays pending",
    items={X[10]: "pending"},
)

case(
    name="x-angle-bracket-wrapped-url",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 00:45:12 +0000",
    subject="RE: [KCSC-240902-01] Request to block illegal gambling promotion",
    reply_to_req="req-240902-01",
    body="""Hello KCSC,

We have removed the following post for violating the X Rules:
<https://x.com/lunarbet_kr/status/1830011122334455667>

We were unable to locate the post below. The link is invalid: no post
with this ID exists on X.
<https://x.com/goldtoto_ann/status/
1830104455667788990>

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply with URLs in angle brackets, one wrapped by the mail client",
    why="statement line above each bracketed URL: removed; invalid link / no such post (not_found); the second URL is wrapped inside its brackets",
    items={X[0]: "removed", X[5]: "not_found"},
)

# ---------------------------------------------------------- YouTube (4 items)
qp_body = f"""Hello,

Thank you for contacting YouTube Legal Support about request KCSC-240904-02.

After review, we have blocked the following video from view in South Korea, based on local law:
{YT[0]}

We have also removed the following video from YouTube globally for violating our Community Guidelines on the sale of regulated goods:
{YT[1]}

Sincerely,
The YouTube Legal Team
"""
case(
    name="yt-legal-outcome-quoted-printable",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 05:33:21 +0000",
    subject="Re: [KCSC-240904-02] Request to remove narcotics advertising videos",
    reply_to_req="req-240904-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(qp_body.encode("utf-8")).decode("ascii"),
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome email (blocked in country / removed for Community Guidelines), quoted-printable",
    why="one video blocked from view in South Korea (restricted), one removed globally; '=' in URLs encoded as =3D",
    items={YT[0]: "restricted", YT[1]: "removed"},
)

case(
    name="yt-age-restricted-and-declined",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 08:12:40 +0000",
    subject="Re: [KCSC-240904-02] Request to remove narcotics advertising videos",
    reply_to_req="req-240904-02",
    body=f"""Hi there,

We've reviewed the content you reported in KCSC-240904-02.

{YT[2]} - We've applied an age restriction to this video. It can no longer
be watched by signed-out viewers or viewers under 18.

{YT[3]} - After careful review, we've decided not to take action on this
video. It doesn't violate our Community Guidelines and we did not find a
sufficient basis under local law to restrict it.

If you have more information about why this content is unlawful, you can
submit a new request through our webform:
https://support.google.com/legal/answer/3110420

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube help-centre outcome template: age restriction / no action taken",
    why="age restriction is a restriction; 'decided not to take action ... doesn't violate' is a reasoned refusal",
    items={YT[2]: "restricted", YT[3]: "rejected"},
)

case(
    name="yt-escalated-for-legal-review",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 06:00:00 +0000",
    subject="Re: [KCSC-240904-02] Request to remove narcotics advertising videos",
    reply_to_req="req-240904-02",
    body=f"""Hello,

An update on your request KCSC-240904-02. Our team has completed its
initial assessment, and the videos below have been escalated for legal
review:

{YT[1]}
{YT[3]}

Once a decision has been made, we'll notify you by email. We appreciate
your patience.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim 'escalated for review' update",
    why="still under review: no status, but names requested videos",
    items={YT[1]: "pending", YT[3]: "pending"},
)

case(
    name="yt-automatic-case-receipt",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Wed, 04 Sep 2024 02:04:10 +0000",
    subject="[3-1877000023451] We've received your legal request",
    body="""Hello,

Thanks for your submission. This automated message confirms that we have
received your request. Your case ID is 3-1877000023451; please keep it for
future reference.

We'll review your request and contact you if we need more information.

Please don't reply to this email; replies to this address aren't
monitored.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform automatic case-ID receipt",
    why="pure receipt with a case ID, no item and no statement",
    items={},
)

html_yt = f"""<html><body>
<p>Hello,</p>
<p>Following our earlier reply on request <b>KCSC-240904-02</b> and the additional
information you sent, we re-reviewed the video at
<a href="{YT[3]}">{YT[3]}</a>. It has now been removed from YouTube for
violating our <a href="https://support.google.com/youtube/answer/9229611">Community Guidelines</a>
on the sale of illegal or regulated goods.</p>
<p>The uploader has been notified and may appeal this decision.</p>
<p>Thanks,<br>The YouTube Legal Team</p>
<p style="font-size:11px;color:#777">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>
"""
case(
    name="yt-base64-html-removed-after-rereview",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 09:30:00 +0000",
    subject="Re: [KCSC-240904-02] Request to remove narcotics advertising videos",
    reply_to_req="req-240904-02",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + base64.encodebytes(html_yt.encode("utf-8")).decode("ascii"),
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML notice sent base64-encoded, with a policy link",
    why="the named video has been removed; the Community Guidelines link is not an item",
    items={YT[3]: "removed"},
)

# ------------------------------------------------------------- Meta (5 items)
case(
    name="meta-local-law-restriction-and-removal",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Content Regulatory Team",
    date="Mon, 09 Sep 2024 10:02:00 +0000",
    subject="Re: [KCSC-240905-03] Request regarding unlicensed sale of medicine",
    reply_to_req="req-240905-03",
    body=f"""Dear Korea Communications Standards Commission,

We are writing about your request KCSC-240905-03.

After reviewing it against our Community Standards, we removed the
following content because it goes against our policy on restricted goods
and services:
{META[1]}

The following content does not go against our Community Standards. After
a legal review, we have restricted access to it in South Korea on the
basis of local law:
{META[0]}
{META[2]}

Information about how we handle reports of content that may violate local
law is available at
https://transparency.meta.com/reports/content-restrictions/

Regards,
Meta Content Regulatory Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-takedown response (Community Standards removal, then local-law country restriction)",
    why="statement above each URL group: removed; restricted in South Korea (two URLs); transparency link not an item",
    items={META[1]: "removed", META[0]: "restricted", META[2]: "restricted"},
)

csv_meta = (
    "reported_url,decision,scope,notes\r\n"
    f"{META[3]},Removed,Global,Community Standards - restricted goods and services\r\n"
    f"{META[4]},No action,,Does not violate Community Standards or local law\r\n"
    f"{META[0]},Not found,,Content unavailable or URL invalid\r\n"
)
case(
    name="meta-csv-outcome-attachment",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Content Regulatory Team",
    date="Wed, 11 Sep 2024 07:15:00 +0000",
    subject="[KCSC-240905-03] Outcome per URL",
    reply_to_req="req-240905-03",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_meta_b832_csv"

--=_meta_b832_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in your request
KCSC-240905-03.

Kind regards,
Meta Content Regulatory Team

--=_meta_b832_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240905-03_outcome.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(csv_meta.encode("utf-8")).decode("ascii")}
--=_meta_b832_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="platform outcome spreadsheet sent as a CSV attachment (URL, decision, scope, notes)",
    why="CSV rows: Removed (global), No action with no-violation note (rejected), Not found",
    items={META[3]: "removed", META[4]: "rejected", META[0]: "not_found"},
)

case(
    name="meta-staff-reply-over-quoted-request",
    **{"from": "jiwonh@meta.com"}, name_from="Jiwon Han",
    date="Thu, 12 Sep 2024 01:20:00 +0000",
    subject="Re: [KCSC-240905-03] Request regarding unlicensed sale of medicine",
    reply_to_req="req-240905-03",
    body=f"""Hi team,

Quick note on KCSC-240905-03: we took down the Instagram post
{META[4]} this morning (Seoul time). The other items are still with our
legal team.

Best,
Jiwon

On Thu, Sep 5, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQ_META)}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta staff member's short reply above a Gmail-quoted request",
    why="one Instagram post taken down; the other items are unnamed and only pending; quoted request ignored",
    items={META[4]: "removed"},
)

case(
    name="meta-vendor-unknown-sender",
    **{"from": "casework@trustops-partners.com"}, name_from="TrustOps Partners Casework",
    date="Fri, 13 Sep 2024 03:00:00 +0000",
    subject="Ticket KCSC-240905-03 - actioned",
    body=f"""Hello,

We are writing on behalf of Meta Platforms, Inc. about ticket
KCSC-240905-03.

The following content has been actioned:
{META[3]}
{META[2]}

This mailbox is used by our casework team only. Kindly do not reply.

TrustOps Partners - Casework
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing 'on behalf of' a platform",
    why="statements about Meta items from a domain that is no platform's",
    items={META[3]: "pending", META[2]: "pending"},
)

case(
    name="meta-conditional-legal-review",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Content Regulatory Team",
    date="Tue, 10 Sep 2024 02:40:00 +0000",
    subject="Re: [KCSC-240905-03] Request regarding unlicensed sale of medicine",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Your request KCSC-240905-03 about
{META[0]} and
{META[3]}
has been passed to our legal team. If we find that the content is
unlawful in South Korea, we will restrict access to it in your country
and let you know.

Meta Content Regulatory Team
""",
    outcome="review", review="not_understood",
    imitates="Meta interim reply: passed to legal review, conditional future restriction",
    why="a condition and a promise only; items named, no status",
    items={META[0]: "pending", META[3]: "pending"},
)

case(
    name="meta-asks-for-legal-basis",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Content Regulatory Team",
    date="Fri, 06 Sep 2024 04:25:00 +0000",
    subject="Re: [KCSC-240905-03] Request regarding unlicensed sale of medicine",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Thank you for your request KCSC-240905-03. We have looked at the post at
{META[1]} but need more information before we can reach a decision.

Please tell us which specific provision of Korean law the content is
alleged to violate and, if available, send us a copy of the Commission's
decision ordering its restriction. Without this we cannot complete our
legal review.

Meta Content Regulatory Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Meta request for the legal basis and the authority's decision before acting",
    why="asks for the legal provision and decision; no status",
    items={META[1]: "pending"},
)

case(
    name="meta-instagram-report-update-echo",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date="Sat, 14 Sep 2024 12:00:00 +0000",
    subject="Update on your report",
    body=f"""Update on your report

Report ID: 4410928374650012
Your reference: KCSC-240905-03
Submitted: 5 September 2024
Channel: Government and regulator reports

What you reported

Content link: {META[3]}
Reason: Sale of illegal or regulated goods
Outcome: We removed this reel because it goes against our Community
Guidelines.

Content link: {META[2]}
Reason: Sale of illegal or regulated goods
Outcome: We couldn't find this post. It may have been deleted by the
person who shared it.

Thanks for helping keep Instagram safe.
Instagram from Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'Update on your report' template echoing the report fields",
    why="removed reel; post could not be found (the 'may have been deleted' only guesses why): not_found",
    items={META[3]: "removed", META[2]: "not_found"},
)

case(
    name="meta-staff-out-of-office",
    **{"from": "hcho@meta.com"}, name_from="Hyunwoo Cho",
    date="Thu, 05 Sep 2024 05:01:00 +0000",
    subject="Automatic reply: [KCSC-240905-03] Request regarding unlicensed sale of medicine",
    reply_to_req="req-240905-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Hello,

I'm out of the office on business travel until 11 September and will
reply to your request when I'm back. For anything urgent please contact
gov-requests@meta.com.

Thanks,
Hyunwoo
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply promising a later answer",
    why="auto-reply; 'will reply to your request' says nothing about items",
    items={},
)

# ----------------------------------------------------------- TikTok (3 items)
case(
    name="tiktok-numbered-actions",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Mon, 09 Sep 2024 03:45:00 +0000",
    subject="Re: [KCSC-240906-04] Request to remove illegal loan advertising",
    reply_to_req="req-240906-04",
    body=f"""Dear Sir or Madam,

Thank you for your report, reference KCSC-240906-04. We have reviewed the
content and taken the following actions:

1. {TT[0]}
   Removed for violating our Community Guidelines (frauds and scams).
2. {TT[1]}
   Removed for violating our Community Guidelines (frauds and scams).
3. {TT[2]}
   Restricted in South Korea under local law; it remains available
   elsewhere.

Kind regards,
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement/government outreach outcome list",
    why="numbered list, action under each URL: removed, removed, restricted in South Korea",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "restricted"},
)

case(
    name="tiktok-statement-then-url-below",
    **{"from": "lego@tiktok.com"}, name_from="TikTok Government Outreach",
    date="Wed, 11 Sep 2024 01:10:00 +0000",
    subject="Re: [KCSC-240906-04] Request to remove illegal loan advertising",
    reply_to_req="req-240906-04",
    body=f"""Hello,

Re: KCSC-240906-04

The following video has been made unavailable to users in the Republic
of Korea:

{TT[2]}

We could not locate the following video. The link does not lead to any
content on TikTok:

{TT[1]}

Best regards,
TikTok Law Enforcement & Government Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government outreach reply, statement with the URL on the line below",
    why="unavailable in Korea only (restricted); could not locate / link leads nowhere (not_found)",
    items={TT[2]: "restricted", TT[1]: "not_found"},
)

case(
    name="tiktok-statement-of-reasons",
    **{"from": "sor-noreply@tiktok.com"}, name_from="TikTok",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject="Statement of reasons for a decision on reported content",
    body=f"""Statement of reasons

Decision reference: SOR-TT-20240912-88271
Your reference: KCSC-240906-04
Content: {TT[0]}
Type of restriction: Visibility - content made unavailable in a specific
territory (KR)
Facts and circumstances: The video was notified to us by a Korean public
authority as illegal under Korean law.
Legal ground: Illegal content under the law of the Republic of Korea
Automated means: None; decision taken after human review.
Redress: The account holder may appeal in the app. You may contact us at
https://www.tiktok.com/legal/report/feedback
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons sent to a notifier (type of restriction, facts, legal ground, automation)",
    why="visibility restriction limited to KR territory: restricted",
    items={TT[0]: "restricted"},
)

case(
    name="tiktok-about-youtube-link",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Fri, 13 Sep 2024 02:30:00 +0000",
    subject="Your report: link is not TikTok content",
    body=f"""Hello,

Thank you for your report. The link you submitted,
{YT[2]}, is not TikTok content and could not be found on our platform,
so we are unable to take any action on it. Please contact the service
that hosts the content.

TikTok Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="platform reply that a reported link belongs to another service",
    why="TikTok says nothing valid about a YouTube video's status; 'not found on our platform' must not mark it not_found",
    items={YT[2]: "pending"},
)

case(
    name="tiktok-all-videos-removed-bulk",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Tue, 17 Sep 2024 06:00:00 +0000",
    subject="Re: [KCSC-240906-04] Request to remove illegal loan advertising",
    reply_to_req="req-240906-04",
    body="""Hello,

We have removed all of the videos reported in KCSC-240906-04 for
violating our Community Guidelines. The accounts concerned have received
strikes.

Kind regards,
TikTok Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok one-line closure covering the whole report",
    why="'all of the videos' of a three-item request, none named: bulk",
    items={u: "pending" for u in TT},
)

case(
    name="tiktok-read-receipt",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 06 Sep 2024 01:02:00 +0000",
    subject="Read: [KCSC-240906-04] Request to remove illegal loan advertising",
    reply_to_req="req-240906-04",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b832_tt"

--mdn_b832_tt
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@tiktok.com
  Subject: [KCSC-240906-04] Request to remove illegal loan advertising
  Sent: Friday, 6 September 2024 09:30:00 (UTC+09:00) Seoul

was read on Friday, 6 September 2024 10:02:00 (UTC+09:00) Seoul.

--mdn_b832_tt
Content-Type: message/disposition-notification

Reporting-UA: tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@tiktok.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b832_tt--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, multipart/report disposition-notification)",
    why="read receipt, no statement",
    items={},
)

# ----------------------------------------------------------- Reddit (2 items)
case(
    name="reddit-legal-removed-both",
    **{"from": "legal-requests@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 18:20:00 +0000",
    subject="Re: [KCSC-240909-05] Request to remove non-consensual intimate images",
    reply_to_req="req-240909-05",
    body=f"""Hi there,

Thanks for reaching out. We have reviewed your request (KCSC-240909-05)
and removed the following content from Reddit:

{RD[0]}
{RD[1]}

Removed content displays a notice saying that it was removed by Reddit
in response to a legal request.

-Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal-removal confirmation",
    why="statement 'removed the following content' over both listed posts",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-outlook-original-message",
    **{"from": "sortiz@reddit.com"}, name_from="Sam Ortiz",
    date="Thu, 12 Sep 2024 21:05:00 +0000",
    subject="RE: [KCSC-240909-05] Request to remove non-consensual intimate images",
    reply_to_req="req-240909-05",
    body=f"""Hello,

Regarding the two posts in your request: the first one
({RD[0]}) had already been removed by the community's moderators before
your email reached us. The second
({RD[1]}) was deleted by its author, so there was nothing further for us
to act on.

Sam
Reddit Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: legal@reddit.com
Subject: [KCSC-240909-05] Request to remove non-consensual intimate images

{REQ_RD}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit safety staff reply above an Outlook '-----Original Message-----' block",
    why="removed by the subreddit's moderators (removed); deleted by its author (not_found); the original request below is ours",
    items={RD[0]: "removed", RD[1]: "not_found"},
)

case(
    name="reddit-geo-restricted",
    **{"from": "legal-requests@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 16 Sep 2024 17:00:00 +0000",
    subject="Re: [KCSC-240909-05] Request to remove non-consensual intimate images",
    reply_to_req="req-240909-05",
    body=f"""Hello,

Following your request KCSC-240909-05, we have restricted access to
{RD[1]} for users in South Korea. The post remains accessible elsewhere,
as we did not find that it violates Reddit's Content Policy.

-Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit geo-restriction ('restricted access for users in ...') notice",
    why="geo-restricted in South Korea only: restricted",
    items={RD[1]: "restricted"},
)

case(
    name="reddit-process-change-no-claims",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Fri, 13 Sep 2024 16:00:00 +0000",
    subject="Changes to how we receive government requests",
    body="""Hello,

We're writing to agencies that have contacted Reddit about legal matters.
From 1 October 2024, government removal requests should be submitted
through our request portal:
https://support.reddithelp.com/hc/en-us/requests/new

Emails sent to our legal address will still be read during a transition
period, after which they will receive an automatic pointer to the portal.

Thank you,
Reddit Legal
""",
    outcome="review", review="no_claims",
    imitates="platform-wide notice about a new legal-request portal",
    why="trusted Reddit mail that names no item and no request",
    items={},
)

case(
    name="reddit-request-bounced",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Mon, 09 Sep 2024 01:00:09 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b832_rd"

--dsn_b832_rd
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-requests@reddit.com>: host mx1.reddit.com[203.0.113.25] said: 550 5.1.1
    <legal-requests@reddit.com>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)

--dsn_b832_rd
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4WzB1c0H3Kz9
Arrival-Date: Mon,  9 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; legal-requests@reddit.com
Original-Recipient: rfc822;legal-requests@reddit.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.reddit.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-requests@reddit.com>: Recipient
    address rejected: User unknown

--dsn_b832_rd
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-requests@reddit.com
Subject: [KCSC-240909-05] Request to remove non-consensual intimate images
Date: Mon, 09 Sep 2024 10:00:00 +0900
Message-ID: <req-240909-05@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

{REQ_RD}

--dsn_b832_rd--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning the request",
    why="bounce carrying our own request; nothing about any item",
    items={},
)

# ---------------------------------------------------------- Discord (2 items)
dc_text = f"""Hi there,

Thanks for your report (your reference KCSC-240910-06). Our Safety team
has investigated and taken action:

* The message at
  {DC[0]}
  has been deleted.
* The server reached through {DC[1]} has been removed from Discord for
  violating our Community Guidelines on regulated goods, and its invite
  no longer works.

For privacy reasons we can't share details of the actions taken on the
accounts involved.

Discord Trust & Safety
"""
dc_html = f"""<html><body>
<p>Hi there,</p>
<p>Thanks for your report (your reference KCSC-240910-06). Our Safety team has investigated and taken action:</p>
<ul>
<li>The message at <a href="{DC[0]}">{DC[0]}</a> has been deleted.</li>
<li>The server reached through <a href="{DC[1]}">{DC[1]}</a> has been removed from Discord for violating our
<a href="https://discord.com/guidelines">Community Guidelines</a> on regulated goods, and its invite no longer works.</li>
</ul>
<p>For privacy reasons we can't share details of the actions taken on the accounts involved.</p>
<p>Discord Trust &amp; Safety</p>
</body></html>
"""
case(
    name="discord-ts-actioned-alternative",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 19:40:00 +0000",
    subject="Re: [KCSC-240910-06] Request to remove drug marketplace",
    reply_to_req="req-240910-06",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="alt_b832_dc"

--alt_b832_dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dc_text}
--alt_b832_dc
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{dc_html}
--alt_b832_dc--
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'we have taken action' reply, text and HTML alternatives",
    why="message deleted; server behind the invite removed from Discord",
    items={DC[0]: "removed", DC[1]: "removed"},
)

case(
    name="discord-invite-invalid-message-ok",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 22:15:00 +0000",
    subject="Re: [KCSC-240910-06] Request to remove drug marketplace",
    reply_to_req="req-240910-06",
    body=f"""Hello,

We looked into the two links in your report KCSC-240910-06.

{DC[1]}
This invite is invalid or has expired, and we could not identify a server
from it. If you have the server ID, you are welcome to file a new report.

{DC[0]}
We reviewed this message and found that it does not violate Discord's
Terms of Service or Community Guidelines, so we have not taken action.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply: invalid invite, no violation found",
    why="invalid/expired invite, no server identified (not_found); message reviewed, no violation (rejected)",
    items={DC[1]: "not_found", DC[0]: "rejected"},
)

case(
    name="discord-zendesk-receipt-echo",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Tue, 10 Sep 2024 06:00:40 +0000",
    subject="[Discord] Re: [KCSC-240910-06] Request to remove drug marketplace",
    reply_to_req="req-240910-06",
    body=f"""##- Please type your reply above this line -##

Your request (48213902) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 10, 2024, 06:00 UTC

{REQ_DC}

----------------------------------------------

This email is a service from Discord.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt echoing the submitted request text",
    why="receipt; the echoed text is our own request and states nothing",
    items={},
)

case(
    name="discord-ack-phrase-plus-removal",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 20:00:00 +0000",
    subject="Re: [KCSC-240910-06] Request to remove drug marketplace",
    reply_to_req="req-240910-06",
    body=f"""Hello,

We have received your follow-up on KCSC-240910-06 (ticket 48213902).

Our team has now reviewed the reported message and removed it:
{DC[0]}

Thanks for helping keep Discord safe.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply that opens with a receipt line and then states the action",
    why="receipt phrase plus an unhedged removal of the named message: not a bare acknowledgement",
    items={DC[0]: "removed"},
)

# ---------------------------------------------------------- Pinterest (1 item)
case(
    name="pinterest-pin-removed-sole",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Trust & Safety",
    date="Fri, 13 Sep 2024 23:10:00 +0000",
    subject="Re: [KCSC-240911-07] Request to remove obscene content",
    reply_to_req="req-240911-07",
    body="""Hi,

Thanks for letting us know. We've reviewed the Pin you reported and
removed it because it goes against our adult content policy:
https://policy.pinterest.com/en/community-guidelines

Best,
Pinterest Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest help-centre 'we removed the Pin you reported' template",
    why="answers a one-item request by reference and reply: 'the Pin you reported ... removed'; the policy link is not an item",
    items={PIN[0]: "removed"},
)


HEADER = """# Blind set 832: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Pinterest). Written by tests/corpus/blind832/make.py;
# expected results written from each email's meaning before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind832", HEADER, cases)
    print(f"{len(cases)} cases")
