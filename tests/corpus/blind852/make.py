#!/usr/bin/env python3
"""Blind set 852 (focus 3: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Written from public
notice templates in our own words, before any run of the reader.

    python3 tests/corpus/blind852/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
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

SET = "blind852"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/bluefin_odds/status/1831204455102938117",
    "https://x.com/bluefin_odds/status/1831204988730114052",
    "https://x.com/night_ledger77/status/1830871120456601600",
    "https://x.com/night_ledger77/status/1830990034127765504",
    "https://x.com/pale_orchard/status/1829765501234987008",
    "https://x.com/pale_orchard",
    "https://x.com/quiet_tally/status/1831502277890011136",
    "https://x.com/quiet_tally/status/1831502299001122304",
    "https://x.com/seoul_dice_club/status/1828443390011223040",
    "https://x.com/seoul_dice_club/status/1828443391122334208",
    "https://x.com/mintleaf_bet/status/1831777000111222336",
    "https://x.com/hollow_crane/status/1830123456789012480",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    "https://www.youtube.com/watch?v=Zr7nH1cWd9E",
    "https://www.youtube.com/shorts/Bx4kP0sYt6M",
    "https://www.youtube.com/@lanternfishtv",
]
TG = [
    "https://t.me/amber_wharf_kr/412",
    "https://t.me/amber_wharf_kr/415",
    "https://t.me/cobalt_market_chat",
]
NV_RAW5 = "https://cafe.naver.com/greyheron/장터/8902"
NV = [
    "https://blog.naver.com/moonlit_ferry/223561204877",
    "https://blog.naver.com/moonlit_ferry/223561209901",
    "https://cafe.naver.com/greyheron/8841",
    "https://cafe.naver.com/greyheron/8857",
    "https://cafe.naver.com/greyheron/%EC%9E%A5%ED%84%B0/8902",
]
KK = [
    "https://cafe.daum.net/pinecone_trade/Ab3x/1207",
    "https://tv.kakao.com/v/441902817",
]
TT = ["https://www.tiktok.com/@velvet.gecko/video/7409981122334455667"]
NV1 = ["https://blog.naver.com/saffron_kite/223580045512"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", X,
     "illegal_gambling", "gambling promotion accounts"),
    ("KCSC-240905-02", "youtube", "2024-09-05T11:30:00+09:00", "2024-09-12T23:59:59+09:00", YT,
     "drug_sale", "drug sale videos and channel"),
    ("KCSC-240906-03", "telegram", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00", TG,
     "drug_sale", "channel posts and group"),
    ("KCSC-240909-04", "naver", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00", NV,
     "privacy", "blog and cafe posts"),
    ("KCSC-240910-05", "kakao", "2024-09-10T09:30:00+09:00", "2024-09-17T23:59:59+09:00", KK,
     "obscene", "Daum cafe post and Kakao TV clip"),
    ("KCSC-240911-06", "tiktok", "2024-09-11T10:15:00+09:00", "2024-09-18T23:59:59+09:00", TT,
     "illegal_gambling", "single video"),
    ("KCSC-240912-07", "naver", "2024-09-12T16:00:00+09:00", "2024-09-19T23:59:59+09:00", NV1,
     "defamation", "single blog post"),
]


def msgid(ref):
    return "req." + ref + "@kcsc.example"


def thread(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, team, urls, due, prefix=""):
    """Our own request email, as quoted under a reply."""
    lines = [
        f"Dear {team},",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        f"block the following content (our reference {ref}):",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += [
        "",
        f"Please tell us the action taken on each item by {due}.",
        "",
        "KCSC Takedown desk",
    ]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== X (12)

case(
    name="x-withheld-and-removed-one-sentence",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Thu, 5 Sep 2024 07:41:12 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""Hello,

Thank you for your request (reference KCSC-240903-01). Having reviewed the
reported posts against the X Rules and applicable Korean law, we have
withheld {X[0]} in the Republic of Korea and removed
{X[1]} globally for violating our policy on illegal
goods and services.

We will respond separately about the remaining posts in your request.

Regards,
X Legal Support
""",
    outcome="applied",
    imitates="X legal-request outcome email (country withheld vs. removed)",
    why="one sentence, two posts, two different actions: first withheld in Korea, second removed globally",
    items={X[0]: "restricted", X[1]: "removed"},
)

case(
    name="x-not-removed-but-withheld-account-kept",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Fri, 6 Sep 2024 02:10:45 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""Hi,

We did not remove the post {X[4]} from
X. However, because it appears to be unlawful under Korean law, access to the
post has been withheld in South Korea.

We have not suspended the account {X[5]}. Our review did not
find that the account as a whole violates the X Rules, and withholding the
entire account in Korea was not considered proportionate, so the account
stays available.

More about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal Support
""",
    outcome="applied",
    imitates="X legal-request outcome email with a negated action and a refusal with reasons",
    why="'did not remove' followed by 'has been withheld in South Korea' = restricted; account not suspended, stays up for a stated reason = rejected",
    items={X[4]: "restricted", X[5]: "rejected"},
)

case(
    name="x-hedge-in-relative-clause-not-found",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Mon, 9 Sep 2024 05:22:03 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""Hello,

An update on two of the posts in your request KCSC-240903-01.

The post {X[6]}, which seems to have
been deleted by its author before our team reached it, is no longer on X and
we could not locate it. The post
{X[7]} has been withheld in Korea.

Thanks,
X Legal Support
""",
    outcome="applied",
    imitates="X legal-request outcome email",
    why="the hedge ('seems to have been deleted') sits in a relative clause; the main clause 'we could not locate it' is a plain not_found; second post withheld",
    items={X[6]: "not_found", X[7]: "restricted"},
)

case(
    name="x-relative-clause-states-main-clause-promises",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 08:05:51 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""Hello,

The post {X[2]}, which we withheld in
South Korea on 6 September, may additionally be removed globally once our
review of the account is complete.

We have not yet reached a decision on
{X[3]}; it is still being reviewed
by our specialist team and we will update you.

X Legal Support
""",
    outcome="applied",
    imitates="X legal-request interim outcome email",
    why="the relative clause states a past action (withheld in Korea) while the main clause only promises; the second post is explicitly undecided",
    items={X[2]: "restricted", X[3]: "pending"},
)

case(
    name="x-later-sentence-corrects-earlier-message",
    **{"from": "jhan@x.com"},
    name_from="Jiwoo Han",
    date="Mon, 16 Sep 2024 01:33:20 +0000",
    subject="Correction: KCSC-240903-01 / mintleaf_bet",
    body=f"""Dear KCSC team,

In my message of 10 September I told you that
{X[10]} had been withheld in Korea
only. That was not accurate: on a second review the post was found to
violate the X Rules, and it has been removed globally.

Apologies for the confusion.

Jiwoo Han
Legal Policy, X Korea
""",
    outcome="applied",
    imitates="personal follow-up from a platform legal-policy employee correcting an earlier answer",
    why="'had been withheld' is reported speech retracted by the next sentence; the standing statement is removed globally",
    items={X[10]: "removed"},
)

_list12 = "\n".join(f"  {i}. {u}" for i, u in enumerate(X, 1))
case(
    name="x-echoed-report-statuses-by-position",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 09:12:44 +0000",
    subject="Your legal request KCSC-240903-01 - outcome",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""Hello,

Your request KCSC-240903-01 listed the following 12 items:

{_list12}

Outcome:

- Items 1 to 8: withheld in the Republic of Korea.
- Items 9 and 10: we could not find these posts on X.
- Items 11 and 12: no action. After review we determined that these posts
  do not violate the X Rules, and the request did not identify a provision
  of Korean law that they breach.

Account holders have been notified where required.

X Legal Support
""",
    outcome="applied",
    imitates="X legal-request outcome email echoing the reported URLs",
    why="the email numbers the items itself and then gives statuses by item number: 1-8 withheld, 9-10 not found, 11-12 refused with a reason",
    items={**{u: "restricted" for u in X[:8]}, X[8]: "not_found", X[9]: "not_found",
           X[10]: "rejected", X[11]: "rejected"},
)

case(
    name="x-bare-url-status-on-next-line",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Thu, 12 Sep 2024 03:48:09 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""Hello,

Here is the outcome for two of the posts in your report KCSC-240903-01:

{X[6]}
Action taken: Withheld in South Korea

{X[7]}
Action taken: Removed (violation of the X Rules: illegal or certain
regulated goods or services)

X Legal Support
""",
    outcome="applied",
    imitates="X legal-request outcome, one block per reported URL",
    why="bare URL with its action on the line below",
    items={X[6]: "restricted", X[7]: "removed"},
)

_quoted12 = request_text("KCSC-240903-01", "X Legal team", X, "10 September 2024", "> ")
case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "sora.lim@x.com"},
    name_from="Sora Lim",
    date="Fri, 13 Sep 2024 06:02:37 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""Hi,

Both posts from @seoul_dice_club that you flagged are now withheld in Korea:
{X[8]}
{X[9]}

The rest of your list is still with our team.

Sora

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{_quoted12}
""",
    outcome="applied",
    imitates="Gmail top-posted reply from a platform employee over the quoted request",
    why="statement on one line, the two URLs on the lines below it; the quoted request lists all 12 but states nothing",
    items={X[8]: "restricted", X[9]: "restricted"},
)

_orig12 = request_text("KCSC-240903-01", "X Legal team", X, "10 September 2024")
case(
    name="x-outlook-original-message",
    **{"from": "mpark@x.com"},
    name_from="Min-ji Park",
    date="Fri, 13 Sep 2024 08:45:00 +0000",
    subject="RE: [KCSC-240903-01] Request to remove content",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""Hello KCSC team,

Please see our decision on two of the posts:

- <{X[10]}>: removed for violating our rules on
  illegal gambling promotion.
- <{X[11]}>: we declined to take action. The
  post is commentary on a news report, and we did not find that it breaks
  the X Rules or Korean law.

Kind regards,
Min-ji
X Legal, APAC

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240903-01] Request to remove content

{_orig12}
""",
    outcome="applied",
    imitates="Outlook reply from a platform employee over the unquoted original request",
    why="bulleted URLs in angle brackets: one removed, one declined with reasons; the original request below is not a statement",
    items={X[10]: "removed", X[11]: "rejected"},
)

_csv = "url,decision,decision_date,notes\n" + "\n".join([
    f"{X[0]},Withheld (KR),2024-09-09,Local law",
    f"{X[1]},Removed,2024-09-09,X Rules - illegal goods",
    f"{X[2]},No action,2024-09-09,No violation found",
    f"{X[3]},Not found,2024-09-09,Post does not exist",
    f"{X[4]},Withheld (KR),2024-09-10,Local law",
    f"{X[5]},No action,2024-09-10,Account not in violation",
]) + "\n"
case(
    name="x-csv-attachment-six-of-twelve",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 02:14:58 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=thread("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b852_csv_01"

--=_b852_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome for the items of KCSC-240903-01 we have reviewed so
far (6 of 12). We will send the remaining decisions separately.

X Legal Support

--=_b852_csv_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--=_b852_csv_01--
""",
    outcome="applied",
    imitates="platform legal team sending a CSV of per-URL decisions",
    why="CSV rows mix withheld, removed, no action (no violation), not found",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "rejected", X[3]: "not_found",
           X[4]: "restricted", X[5]: "rejected"},
)

case(
    name="x-condition-then-statement-invalid-id",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Mon, 16 Sep 2024 04:27:31 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""Hello,

If the account owner appeals successfully, access could be restored; as of
today, {X[11]} is withheld in South
Korea.

The link {X[8]} does not point to
an existing post: the ID is invalid, so there was nothing for us to action.

X Legal Support
""",
    outcome="applied",
    imitates="X legal-request outcome email",
    why="a condition about a future appeal precedes an unhedged 'is withheld'; the second link is an invalid ID = not_found",
    items={X[11]: "restricted", X[8]: "not_found"},
)

case(
    name="x-promise-and-condition-only",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Wed, 4 Sep 2024 23:50:02 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""Hello,

Thanks for contacting X about
{X[0]} and
{X[1]} (your reference
KCSC-240903-01).

Our team is reviewing both posts against the X Rules and Korean law. Where a
post is found to be unlawful in Korea it will be withheld in that country;
posts that violate the X Rules will be removed. We aim to update you within
five business days.

X Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="X legal-request interim reply",
    why="names two requested posts but only promises and conditions: nothing has happened yet",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-all-withheld-bulk",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Tue, 17 Sep 2024 01:05:40 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=thread("KCSC-240903-01"),
    body="""Hello,

We have completed our review of your request KCSC-240903-01. All of the
posts and the account listed in your request have been withheld in the
Republic of Korea. Affected users have been notified in line with our
policy:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal Support
""",
    outcome="review",
    review="bulk",
    imitates="X legal-request outcome email covering the whole request",
    why="'all of the posts and the account' for a 12-item request without naming each: bulk; the help-centre link is not an item",
    items={u: "pending" for u in X},
)

case(
    name="x-auth-fail-removed",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Sat, 14 Sep 2024 11:19:27 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    body=f"""Hello,

The following posts have been removed from X:
{X[0]}
{X[1]}

X Legal Support
""",
    outcome="review",
    review="untrusted",
    imitates="X legal-request outcome email (failing DKIM/SPF/DMARC)",
    why="x.com sender but DMARC fails: the statements cannot be trusted",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "jhan@x.com"},
    name_from="Jiwoo Han",
    date="Tue, 3 Sep 2024 01:00:09 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request to remove content",
    reply_to_req=thread("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 9 September with limited access to email.

For urgent legal requests please use the usual channel at legal@x.com. I will
reply to your message when I am back.

Jiwoo
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply, says nothing about the items",
    items={},
)

# ============================================================= YouTube (4)

_yt_qp_text = f"""Hello,

Thanks for your legal request (KCSC-240905-02). We've reviewed the content and taken the following action:

The video {YT[0]} was removed for violating YouTube's policy on sale of regulated goods, and the video {YT[1]} has been blocked from view in South Korea on the basis of local law, but we did not remove the Short {YT[2]}, because it does not violate our Community Guidelines and the request did not establish that it is unlawful in Korea.

If you have more information, you can submit a new request at https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Legal Team
"""
case(
    name="yt-qp-three-statuses-one-sentence",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Mon, 9 Sep 2024 10:31:15 +0000",
    subject="Re: Legal request KCSC-240905-02",
    reply_to_req=thread("KCSC-240905-02"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_qp_text)}
""",
    outcome="applied",
    imitates="YouTube/Google legal removal outcome email (quoted-printable)",
    why="one sentence: removed, blocked in South Korea, and 'did not remove ... because it does not violate' = rejected",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected"},
)

_yt_html = f"""<html><body>
<p>Hello,</p>
<p>We have terminated the channel
<a href="{YT[3]}">{YT[3]}</a> for repeated
violations of our Community Guidelines. This concludes our review of the
channel reported in your request KCSC-240905-02.</p>
<p>Learn more about <a href="https://support.google.com/youtube/answer/2802032">channel
terminations</a> or read our
<a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community
Guidelines</a>.</p>
<p>- The YouTube Team</p>
</body></html>
"""
case(
    name="yt-base64-html-channel-terminated",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Tue, 10 Sep 2024 06:40:00 +0000",
    subject="Update on your request KCSC-240905-02",
    reply_to_req=thread("KCSC-240905-02"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_yt_html)}
""",
    outcome="applied",
    imitates="YouTube channel termination notice (HTML, base64)",
    why="channel terminated = removed; the support.google.com and Community Guidelines links are not items",
    items={YT[3]: "removed"},
)

case(
    name="yt-table-then-correction-note",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Wed, 11 Sep 2024 07:55:48 +0000",
    subject="Re: Legal request KCSC-240905-02",
    reply_to_req=thread("KCSC-240905-02"),
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Please find below the outcome for the videos in your request KCSC-240905-02.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{YT[0]}</td><td>Removed</td></tr>
<tr><td>{YT[1]}</td><td>Removed</td></tr>
<tr><td>{YT[2]}</td><td>Blocked in South Korea</td></tr>
</table>
<p><b>Correction:</b> the second row of the table above is wrong. The video
{YT[1]} was not removed. It remains available,
because our reviewers found no violation of our Community Guidelines or of
the Korean law cited in your request.</p>
<p>The YouTube Legal Team</p>
</body></html>
""",
    outcome="applied",
    imitates="YouTube legal outcome email with an HTML table and a correction note",
    why="table rows give removed/removed/blocked-in-KR; an explicit correction below overrides row 2 to rejected",
    items={YT[0]: "removed", YT[1]: "rejected", YT[2]: "restricted"},
)

case(
    name="yt-table-conflicts-with-note",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Thu, 12 Sep 2024 08:20:11 +0000",
    subject="Re: Legal request KCSC-240905-02",
    reply_to_req=thread("KCSC-240905-02"),
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Here is the current status of the videos in your request KCSC-240905-02.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Status</th></tr>
<tr><td>{YT[0]}</td><td>Content removed</td></tr>
<tr><td>{YT[1]}</td><td>In review</td></tr>
</table>
<p>Note: the video {YT[0]} is still available on
YouTube. Our reviewers looked at it and did not find a violation of our
Community Guidelines.</p>
<p>The YouTube Legal Team</p>
</body></html>
""",
    outcome="review",
    review="conflicting_statements",
    imitates="YouTube legal outcome email with a status table",
    why="the table says removed and the note says still available / no violation, with nothing saying which is right; the other row is 'in review'",
    items={YT[0]: "pending", YT[1]: "pending"},
)

case(
    name="yt-hedge-only",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Sat, 7 Sep 2024 03:11:36 +0000",
    subject="Re: Legal request KCSC-240905-02",
    reply_to_req=thread("KCSC-240905-02"),
    body=f"""Hello,

It looks like the video {YT[1]} may have
already been taken down by the uploader, although our systems may not yet
reflect this. We will confirm once the status has updated.

The YouTube Legal Team
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal interim reply",
    why="'looks like ... may have already been taken down' is a hedge and 'will confirm' a promise: no statement",
    items={YT[1]: "pending"},
)

case(
    name="yt-later-sentence-revises-first-check",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Fri, 13 Sep 2024 09:02:27 +0000",
    subject="Re: Legal request KCSC-240905-02",
    reply_to_req=thread("KCSC-240905-02"),
    body=f"""Hello,

Our first automated check indicated that the Short
{YT[2]} might already have been deleted by its
uploader. That was not the case: a manual review found the Short still
live, and it has now been removed for violating our Community Guidelines.

The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal outcome email",
    why="first sentence hedges about author deletion, the next one negates it and states removal",
    items={YT[2]: "removed"},
)

case(
    name="yt-asks-for-timestamps",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Fri, 6 Sep 2024 04:48:19 +0000",
    subject="Re: Legal request KCSC-240905-02 - more information needed",
    reply_to_req=thread("KCSC-240905-02"),
    body=f"""Hello,

Before we can process your request KCSC-240905-02 we need more information:

1. For {YT[0]} and
   {YT[1]}, the timestamps at which the
   content you consider unlawful appears.
2. The article of Korean law that each video is said to breach.

Please reply to this email with the details. We have not taken any action on
these videos yet.

The YouTube Legal Team
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="YouTube/Google legal request for additional information",
    why="asks for timestamps and legal basis; explicitly no action yet",
    items={YT[0]: "pending", YT[1]: "pending"},
)

_dsn_delay = """This is an automatically generated Delivery Status Notification

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     legal-kr@google.com

Message will be retried for 2 more day(s)
"""
case(
    name="google-delay-dsn",
    **{"from": "mailer-daemon@google.com"},
    name_from="Mail Delivery Subsystem",
    date="Thu, 5 Sep 2024 06:31:02 +0000",
    subject="Delivery Status Notification (Delay)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_b852_dsn_g"

--=_b852_dsn_g
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{_dsn_delay}
--=_b852_dsn_g
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 05 Sep 2024 02:30:11 -0700 (PDT)

Final-Recipient: rfc822; legal-kr@google.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 Connection timed out
Will-Retry-Until: Sat, 07 Sep 2024 02:30:11 -0700 (PDT)

--=_b852_dsn_g
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: Legal request KCSC-240905-02
Message-ID: <{msgid("KCSC-240905-02")}>
Date: Thu, 5 Sep 2024 11:30:00 +0900

--=_b852_dsn_g--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Delay)' DSN",
    why="a delayed-delivery DSN of our request: a bounce, ignored",
    items={},
)

# ============================================================ Telegram (3)

case(
    name="tg-blocked-and-not-found-url-below",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 9 Sep 2024 12:14:55 +0000",
    subject="Re: KCSC-240906-03",
    reply_to_req=thread("KCSC-240906-03"),
    body="""Hi,

Thanks for the report. The following post has been blocked for all users:
t.me/amber_wharf_kr/412

We could not find the following chat (it may have been deleted or made
private by its owner):
t.me/cobalt_market_chat

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply",
    why="scheme-less t.me links on the line below each statement: blocked for all = removed; could not find = not_found (the hedge is only about why)",
    items={TG[0]: "removed", TG[2]: "not_found"},
)

_quoted_tg = request_text("KCSC-240906-03", "Telegram team", TG, "13 September 2024", "> ")
case(
    name="tg-statuses-by-position-over-quoted-request",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 15:40:03 +0000",
    subject="Re: KCSC-240906-03",
    reply_to_req=thread("KCSC-240906-03"),
    body=f"""Hello,

Thank you for your message. Of the three links below, the first two have
been blocked on Telegram and are no longer accessible. The third link does
not lead to any existing public chat, so there was nothing for us to act on.

Best,
Telegram Abuse Team

On Fri, 6 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
{_quoted_tg}
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply top-posted over the quoted request",
    why="statuses given by position ('first two', 'third') over the quoted request's numbered list of exactly this request's three items",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"},
)

case(
    name="tg-not-blocked-with-reason",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 09:26:40 +0000",
    subject="Re: KCSC-240906-03",
    reply_to_req=thread("KCSC-240906-03"),
    body=f"""Hello,

We reviewed your report KCSC-240906-03.

The posts {TG[0]} and {TG[1]} were
not blocked: neither of them contains material that breaks Telegram's Terms
of Service. Both are price discussions without any offer to sell.

We could not find a public chat at {TG[2]}.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply declining action",
    why="'were not blocked: ... does not break our terms' = refusal with reason for both posts; the chat cannot be found",
    items={TG[0]: "rejected", TG[1]: "rejected", TG[2]: "not_found"},
)

case(
    name="tg-auth-fail-blocked",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    auth="fail",
    date="Thu, 12 Sep 2024 18:02:17 +0000",
    subject="KCSC-240906-03 resolved",
    body=f"""Hello,

The chat {TG[2]} has been blocked permanently.

Telegram Abuse Team
""",
    outcome="review",
    review="untrusted",
    imitates="Telegram abuse-desk reply (failing authentication)",
    why="telegram.org sender but DMARC fails",
    items={TG[2]: "pending"},
)

case(
    name="tg-ack-case-number",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 6 Sep 2024 02:05:51 +0000",
    subject="Re: KCSC-240906-03",
    reply_to_req=thread("KCSC-240906-03"),
    body="""Hello,

We have received your report and it has been assigned Case #2024090600417.
Our moderators will look into it; there is no need to send the links again.

Telegram Abuse Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Telegram abuse-desk receipt with a case number",
    why="pure receipt with a case number, no statement",
    items={},
)

case(
    name="unknown-sender-channel-admin",
    **{"from": "jae.kim@amberwharf-media.example"},
    name_from="Jae Kim",
    date="Sat, 7 Sep 2024 13:44:08 +0000",
    subject="Re: KCSC-240906-03 removal",
    body=f"""Hello,

I administer the Telegram channel amber_wharf_kr. After seeing your request
KCSC-240906-03 I deleted {TG[0]} myself.
{TG[1]} stays up, it is a news summary.

Jae Kim
""",
    outcome="review",
    review="unknown_sender",
    imitates="reply from the channel's own administrator (not the platform)",
    why="the sender is not any platform's domain; names the request and its URLs",
    items={TG[0]: "pending", TG[1]: "pending"},
)

# =============================================================== NAVER (5)

case(
    name="naver-mixed-sentence-korean-particles",
    **{"from": "right-noreply@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 02:30:00 +0000",
    subject="[NAVER] 게시중단 요청(KCSC-240909-04) 처리 결과 안내",
    reply_to_req=thread("KCSC-240909-04"),
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

{NV[0]}은 게시중단 조치하였고, {NV[1]}은 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 요청 건은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 안내",
    why="one Korean sentence, particles glued to the URLs: first 게시중단 = removed, second deleted by its author = not_found",
    items={NV[0]: "removed", NV[1]: "not_found"},
)

case(
    name="naver-temporary-measure-and-refusal",
    **{"from": "cafe-noreply@navercorp.com"},
    name_from="네이버 카페",
    date="Thu, 12 Sep 2024 05:10:22 +0000",
    subject="[네이버 카페] 게시물 조치 결과 안내 (KCSC-240909-04)",
    reply_to_req=thread("KCSC-240909-04"),
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.

요청하신 카페 게시물 {NV[2]} 에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치(게시물 접근 제한)하였습니다.

{NV[3]} 게시물은 검토 결과 관련 법령 및 네이버 운영정책에 위반되는 내용이 확인되지 않아 별도의 조치를 취하지 않았습니다.

문의 사항은 고객센터(https://help.naver.com/service/5637/)로 연락해 주시기 바랍니다.
""",
    outcome="applied",
    imitates="NAVER 카페 임시조치 notice and 조치 불가 reply",
    why="임시조치 = restricted; no violation found so no action = rejected; help.naver.com is not an item",
    items={NV[2]: "restricted", NV[3]: "rejected"},
)

case(
    name="naver-html-correction-request-result-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 07:00:41 +0000",
    subject="[회신] 시정요구 조치결과 통보 (KCSC-240909-04)",
    reply_to_req=thread("KCSC-240909-04"),
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240909-04)에 대한 조치결과를 아래와 같이 통보합니다.</p>
<table border="1" cellpadding="3">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{NV[1]}</td><td>비공개 처리</td><td>운영자 조치</td></tr>
<tr><td>3</td><td>{NV[2]}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>4</td><td>{NV[3]}</td><td>미조치</td><td>위반 사항 없음</td></tr>
<tr><td>5</td><td><a href="{NV[4]}">{NV_RAW5}</a></td><td>해당 게시물 없음</td><td>요청 전 삭제됨</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
""",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 통보 table from a portal",
    why="five rows, five results: 삭제, 비공개 처리, 임시조치, 미조치(위반 없음), 게시물 없음; row 5 shows the Korean path raw",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "restricted", NV[3]: "rejected",
           NV[4]: "not_found"},
)

case(
    name="naver-fullwidth-parens-operator-deleted",
    **{"from": "cafe-noreply@navercorp.com"},
    name_from="네이버 카페",
    date="Sat, 14 Sep 2024 01:22:09 +0000",
    subject="Re: [KCSC-240909-04] 게시물 삭제 요청",
    reply_to_req=thread("KCSC-240909-04"),
    body=f"""안녕하세요, 네이버 카페 운영지원 담당자입니다.

요청하신 게시물（{NV[2]}）은 블라인드 처리되었고, 게시물（{NV[3]}）은 카페 운영자가 삭제하여 현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied",
    imitates="informal NAVER 카페 운영지원 reply",
    why="URLs inside full-width parentheses; 블라인드 = removed; deleted by the cafe operator (운영자 삭제) = removed, not an author deletion",
    items={NV[2]: "removed", NV[3]: "removed"},
)

case(
    name="naver-wrapped-percent-encoded-url",
    **{"from": "cafe-noreply@navercorp.com"},
    name_from="네이버 카페",
    date="Mon, 16 Sep 2024 03:30:55 +0000",
    subject="[네이버 카페] 조치 결과 안내 (KCSC-240909-04)",
    reply_to_req=thread("KCSC-240909-04"),
    body="""안녕하세요. 네이버 카페 고객센터입니다.

요청번호 KCSC-240909-04 관련, 아래 게시물은 국내 접속 차단 조치되었음을 알려드립니다.
<https://cafe.naver.com/greyheron/%EC%9E%A5%ED%84%B0/
8902>

감사합니다.
""",
    outcome="applied",
    imitates="NAVER 카페 접속 차단 notice",
    why="statement above, URL below in angle brackets wrapped across two lines; 국내 접속 차단 = restricted",
    items={NV[4]: "restricted"},
)

case(
    name="naver-all-five-bulk",
    **{"from": "right-noreply@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Tue, 17 Sep 2024 00:45:30 +0000",
    subject="[NAVER] 게시중단 요청(KCSC-240909-04) 처리 완료",
    reply_to_req=thread("KCSC-240909-04"),
    body="""안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 5건에 대하여 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="NAVER 권리보호센터 처리 완료 안내",
    why="'all 5 posts' 게시중단 without naming each, for a 5-item request: bulk",
    items={u: "pending" for u in NV},
)

case(
    name="naver-hedge-and-promise",
    **{"from": "right-noreply@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Tue, 10 Sep 2024 08:15:12 +0000",
    subject="[NAVER] 게시중단 요청(KCSC-240909-04) 접수 및 검토 안내",
    reply_to_req=thread("KCSC-240909-04"),
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

{NV[0]} 게시물은 이미 삭제된 것으로 보이나, 정확한 확인 후 다시 안내드리겠습니다.
나머지 게시물은 검토 후 조치할 예정입니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="NAVER 권리보호센터 interim reply",
    why="'삭제된 것으로 보이나' (appears deleted) is a hedge, the rest promises: nothing stated",
    items={NV[0]: "pending"},
)

case(
    name="naver-out-of-office-korean",
    **{"from": "sjlee@navercorp.com"},
    name_from="이수진",
    date="Mon, 9 Sep 2024 05:00:33 +0000",
    subject="[자동응답] Re: [KCSC-240909-04] 게시물 삭제 요청",
    reply_to_req=thread("KCSC-240909-04"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 이수진입니다.

9월 9일부터 9월 18일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-service-notice-no-claims",
    **{"from": "partner-notice@navercorp.com"},
    name_from="NAVER 파트너 공지",
    date="Wed, 18 Sep 2024 01:00:00 +0000",
    subject="[안내] 권리침해 신고센터 추석 연휴 운영 안내",
    body="""안녕하세요, 네이버입니다.

추석 연휴 기간(9월 14일~9월 18일) 동안 권리침해 신고센터의 처리 업무가 축소 운영됩니다.
연휴 중 접수된 요청은 9월 19일부터 순차적으로 처리될 예정입니다.

자세한 내용은 https://help.naver.com/notice 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="portal operator notice to partner organisations",
    why="trusted NAVER mail that names no requested item and references no request",
    items={},
)

case(
    name="naver-one-item-refusal-no-url",
    **{"from": "right-noreply@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Wed, 18 Sep 2024 06:20:44 +0000",
    subject="[NAVER] 게시중단 요청(KCSC-240912-07) 검토 결과 안내",
    reply_to_req=thread("KCSC-240912-07"),
    body="""안녕하세요, 네이버 권리보호센터입니다.

요청하신 블로그 게시물에 대하여 검토한 결과, 해당 게시물은 공적 인물의 공개 발언을 인용·비평한 글로서 명예훼손 등 권리침해 소지가 확인되지 않아 게시중단 요청을 수용하지 않기로 하였습니다.

이의가 있으신 경우 추가 자료를 첨부하여 다시 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER 권리보호센터 게시중단 불수용 안내",
    why="one-item request, no URL: refusal with a reason = rejected (the 'send more if you disagree' line is not a request for information)",
    items={NV1[0]: "rejected"},
)

# =============================================================== Kakao (2)

case(
    name="kakao-blind-and-geo-limited-one-sentence",
    **{"from": "noreply-cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 04:05:17 +0000",
    subject="[카카오] 신고 처리 결과 안내 (KCSC-240910-05)",
    reply_to_req=thread("KCSC-240910-05"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 다음 카페 게시글 {KK[0]} 은 블라인드 처리되었으며, 카카오TV 영상 {KK[1]} 은 대한민국 내 접근이 제한되었습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Kakao 고객센터 신고 처리 결과 안내",
    why="one sentence: 블라인드 = removed, 대한민국 내 접근 제한 = restricted",
    items={KK[0]: "removed", KK[1]: "restricted"},
)

case(
    name="kakao-receipt-phrase-plus-result",
    **{"from": "noreply-cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 02:44:51 +0000",
    subject="[카카오] 신고 접수 및 처리 안내 (KCSC-240910-05)",
    reply_to_req=thread("KCSC-240910-05"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

신고가 정상적으로 접수되었습니다. 검토 결과 해당 카페 게시글({KK[0]})은 운영정책 위반으로 삭제 조치되었습니다.

카카오TV 영상({KK[1]})은 현재 검토 중이며, 결과가 나오는 대로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Kakao 고객센터 접수 + 처리 결과 안내",
    why="receipt phrase followed by an unhedged 삭제 for the cafe post; the video is still under review",
    items={KK[0]: "removed", KK[1]: "pending"},
)

_bounced = request_text("KCSC-240910-05", "Kakao team", KK, "17 September 2024")
case(
    name="kakao-bounce-user-unknown",
    **{"from": "MAILER-DAEMON@daum.net"},
    name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 00:31:08 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_b852_dsn_k"

--=_b852_dsn_k
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<report-old@kakaocorp.com>: host mx.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 User unknown (in reply to RCPT TO command)

--=_b852_dsn_k
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.daum.net
Arrival-Date: Tue, 10 Sep 2024 09:30:05 +0900 (KST)

Final-Recipient: rfc822; report-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_b852_dsn_k
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report-old@kakaocorp.com
Subject: [KCSC-240910-05] Request to remove content
Message-ID: <{msgid("KCSC-240910-05")}>
Date: Tue, 10 Sep 2024 09:30:00 +0900
Content-Type: text/plain; charset=utf-8

{_bounced}

--=_b852_dsn_k--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN with the original attached",
    why="hard bounce of our request; the URLs are only in the returned original",
    items={},
)

# ============================================================== TikTok (1)

case(
    name="tiktok-one-item-content-removed",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Trust and Safety",
    date="Fri, 13 Sep 2024 11:09:30 +0000",
    subject="Re: KCSC-240911-06 - outcome of your report",
    reply_to_req=thread("KCSC-240911-06"),
    body="""Hello,

We've completed our review of the content in your report KCSC-240911-06.
The content has been removed from TikTok for violating our Community
Guidelines.

You can read our guidelines at https://www.tiktok.com/community-guidelines/en/

TikTok Trust and Safety
""",
    outcome="applied",
    imitates="TikTok report outcome notification",
    why="'the content has been removed' names no URL but the request has one item, so it applies",
    items={TT[0]: "removed"},
)

case(
    name="tiktok-read-receipt",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 03:02:00 +0000",
    subject="Read: [KCSC-240911-06] Request to remove content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_b852_mdn"

--=_b852_mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Your message

  To: legal@tiktok.com
  Subject: [KCSC-240911-06] Request to remove content
  Sent: Wednesday, September 11, 2024 10:15 AM

was read on Wednesday, September 11, 2024 12:01 PM.

--=_b852_mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@tiktok.com
Original-Message-ID: <{msgid("KCSC-240911-06")}>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b852_mdn--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt of our request",
    items={},
)


HEADER = """# Blind set 852 (focus 3: what a program gets wrong). Generated by make.py;
# expected results written from each email's meaning before any run.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
