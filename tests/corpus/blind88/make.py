#!/usr/bin/env python3
"""Blind set 88: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Pinterest).

    python3 tests/corpus/blind88/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; each case names in
`imitates` the kind of public notice it imitates. Expected results were
written from each email's meaning alone, before the reader was run on it.
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

# ---------------------------------------------------------------- requests

KO_HANDLE = "@밤바다tv"
KO_HANDLE_ENC = quote(KO_HANDLE, safe="@")

REQ = {
    # ref: (platform, sent_at, due_at, category, message id stem, urls)
    "KCSC-240903-01": ("x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
                       "non-consensual-intimate-imagery", "req-240903-01", [
        "https://x.com/nightowl_leaks/status/1830411122334455661",
        "https://x.com/nightowl_leaks/status/1830411122334455662",
        "https://x.com/nightowl_leaks/status/1830411122334455663",
        "https://x.com/grayfern_88/status/1830522233445566770",
        "https://x.com/grayfern_88/status/1830522233445566771",
        "https://x.com/mirror_kpop_dump/status/1830633344556677880",
        "https://x.com/mirror_kpop_dump/status/1830633344556677881",
        "https://x.com/mirror_kpop_dump/status/1830633344556677882",
        "https://x.com/tidepool_arch",
        "https://x.com/quietmarsh_01/status/1830744455667788990",
        "https://x.com/quietmarsh_01/status/1830744455667788991",
        "https://twitter.com/lanternbay_k/status/1830855566778899001",
    ]),
    "KCSC-240904-02": ("meta", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00",
                       "illegal-gambling", "req-240904-02", [
        "https://www.facebook.com/groups/harborlane.swap/posts/771203948812",
        "https://www.facebook.com/profile.php?id=100089123456701",
        "https://www.instagram.com/p/C9xQm2LtR4a/",
        "https://www.instagram.com/reel/C9yZk7PqW1b/",
        "https://www.instagram.com/velvetcrate.kr/",
    ]),
    "KCSC-240905-03": ("youtube", "2024-09-05T09:15:00+09:00", "2024-09-12T18:00:00+09:00",
                       "deepfake-sexual-abuse", "req-240905-03", [
        "https://www.youtube.com/watch?v=Qm4TzL9vR2e",
        "https://www.youtube.com/watch?v=Hn7XpA3kW0s",
        "https://www.youtube.com/shorts/Pz2LqT8mYc4",
        "https://www.youtube.com/" + KO_HANDLE_ENC,
    ]),
    "KCSC-240906-04": ("tiktok", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
                       "drug-trade", "req-240906-04", [
        "https://www.tiktok.com/@sunnyside.clipz/video/7409911223344556677",
        "https://www.tiktok.com/@sunnyside.clipz/video/7409911223344556678",
        "https://www.tiktok.com/@moth.and.ember/video/7410022334455667788",
    ]),
    "KCSC-240909-05": ("reddit", "2024-09-09T10:40:00+09:00", "2024-09-16T18:00:00+09:00",
                       "non-consensual-intimate-imagery", "req-240909-05", [
        "https://www.reddit.com/r/KoreaLeaksArchive/comments/1f6abcd/weekly_dump_thread/",
        "https://www.reddit.com/user/pale_orchard_42/comments/1f6bxyz/mirror_links/",
    ]),
    "KCSC-240910-06": ("discord", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00",
                       "child-sexual-abuse-material", "req-240910-06", [
        "https://discord.gg/q7RmPx2T",
        "https://discord.com/channels/1280011223344556677/1280011223344556680/1281999888777666555",
    ]),
    "KCSC-240911-07": ("pinterest", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
                       "obscenity", "req-240911-07", [
        "https://www.pinterest.com/pin/918273645501122334/",
    ]),
}

X = REQ["KCSC-240903-01"][5]
META = REQ["KCSC-240904-02"][5]
YT = REQ["KCSC-240905-03"][5]
YT_KO_RAW = "https://www.youtube.com/" + KO_HANDLE
TT = REQ["KCSC-240906-04"][5]
RD = REQ["KCSC-240909-05"][5]
DC = REQ["KCSC-240910-06"][5]
PIN = REQ["KCSC-240911-07"][5]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, (plat, sent, due, cat, mid, urls) in REQ.items():
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    """The regulator's own request as a reply quotes it."""
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of, or",
        f"the blocking of access from Korea to, the content below (ref. {ref}).",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


# ------------------------------------------------------------------- cases

C = []


def case(**kw):
    C.append(kw)


# ====================================================================== X

case(
    name="x-legal-withheld-and-removed-bullets",
    date="Thu, 05 Sep 2024 07:41:12 +0000",
    name_from="X Legal",
    **{"from": "legal-noreply@x.com"},
    subject="Re: KCSC-240903-01 Request to remove or restrict content [ref:_00D1xLGL._5004Q91kR2:ref]",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for contacting X. We have reviewed your request (reference
KCSC-240903-01) under the X Rules and the local law you cited.

In response to your legal demand, the following posts are now withheld in
South Korea:

  * {X[0]}
  * {X[1]}
  * {X[2]}

The following posts were found to violate the X Rules and have been removed
from X:

  * {X[3]}
  * {X[4]}

We will write to you separately about the other URLs in your request.

More on how we handle country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied",
    imitates="X legal-request outcome email (country withheld content + X Rules removal, bulleted)",
    why="two lists, each headed by an unhedged statement: three posts withheld in KR, two removed; help link is no item",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted",
           X[3]: "removed", X[4]: "removed"},
)

case(
    name="x-account-suspended-post-declined",
    date="Fri, 06 Sep 2024 02:13:55 +0000",
    name_from="X Support",
    **{"from": "support@x.com"},
    subject="Re: KCSC-240903-01 Request to remove or restrict content",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

We've finished reviewing part of your request KCSC-240903-01.

The account @tidepool_arch ({X[8]}) has been permanently suspended
for violating the X Rules. It is no longer visible on X.

We also reviewed {X[10]}. We did not
find a violation of the X Rules, and the information provided does not give
us a sufficient legal basis to withhold the post in Korea, so we have
declined to take action on it.

If you hold a court order concerning this post, you can submit it through
https://legalrequests.x.com/.

Thanks,
X Support
""",
    outcome="applied",
    imitates="X Support reply: account suspension + declined legal request",
    why="suspended account is blocked globally (removed); the post is refused with its reason (rejected); legalrequests portal is no item",
    items={X[8]: "removed", X[10]: "rejected"},
)

case(
    name="x-html-table-actions",
    date="Fri, 06 Sep 2024 09:02:31 +0000",
    name_from="X Legal",
    **{"from": "legal-noreply@x.com"},
    subject="Your report KCSC-240903-01: actions taken",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of the following content from your request
<b>KCSC-240903-01</b>. The action taken on each item is shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>Withheld in: KR</td></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>Removed &ndash; violation of the X Rules</td></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>Not found &ndash; the post no longer exists</td></tr>
</table>
<p>You can read more about our legal request process at
<a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">help.x.com</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied",
    imitates="X legal outcome as an HTML table (URL | action)",
    why="one row per URL with its action: withheld in KR, removed, not found",
    items={X[5]: "restricted", X[6]: "removed", X[7]: "not_found"},
)

case(
    name="x-top-posted-over-quoted-request",
    date="Sat, 07 Sep 2024 01:48:09 +0000",
    name_from="Dana Whitlock",
    **{"from": "dwhitlock@x.com"},
    subject="Re: [KCSC-240903-01] Request to remove or restrict content",
    reply_to_req="req-240903-01",
    body=f"""
Hi team,

Quick update: the post {X[11]} has been
removed for violating our non-consensual nudity policy.

We're still working through the rest and will get back to you.

Best,
Dana
X Global Government Affairs

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", X)}
""",
    outcome="applied",
    imitates="staff member's Gmail-style top-posted reply over the quoted request",
    why="only the top-posted sentence is a statement (post 12 removed); the 12 URLs below 'On ... wrote:' are our quoted request",
    items={X[11]: "removed", X[0]: "pending", X[8]: "pending"},
)

case(
    name="x-bare-url-outcome-below",
    date="Sun, 08 Sep 2024 11:20:44 +0000",
    name_from="X Legal",
    **{"from": "legal-noreply@x.com"},
    subject="Update on your request KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Please find below the outcome for the reported content.

Reported content:
{X[1]}
Outcome: Withheld in South Korea (KR)

Reported content:
{X[7]}
Outcome: Could not be located. The post does not exist or was deleted by
the account holder before our review.

This concludes our review of these URLs.

X Legal
""",
    outcome="applied",
    imitates="X legal outcome template with 'Reported content' / 'Outcome' blocks",
    why="each bare URL is followed by its outcome line: withheld in KR; could not be located",
    items={X[1]: "restricted", X[7]: "not_found"},
)

_x_sor = f"""Statement of reasons

Reference: SOR-X-2024-0912-55810
Your notice: KCSC-240903-01

Content concerned: {X[9]}

Type of restriction: visibility restriction =E2=80=93 access to the content disabled in a specific territory
Territorial scope of the decision: Republic of Korea
Facts and circumstances: the decision follows your notice of 3 September 2024 alleging that the content is illegal under the law of the Republic of Korea.
Legal ground: content considered illegal in the territory named above; the content was not found to violate the X Rules.
Automated means: no automated means were used to take this decision.

The account holder has been notified and may appeal the decision through https://help.x.com/forms/appeal.

X Trust & Safety
"""
_x_sor_text = _x_sor.replace("=E2=80=93", "\u2013")

case(
    name="x-dsa-statement-of-reasons-qp",
    date="Thu, 12 Sep 2024 15:05:27 +0000",
    name_from="X Trust & Safety",
    **{"from": "noreply-sor@x.com"},
    subject="Statement of reasons regarding your notice KCSC-240903-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(_x_sor_text),
    outcome="applied",
    imitates="DSA Art. 17 statement of reasons (territorial visibility restriction), quoted-printable",
    why="decision states access disabled in Korea for the one URL named: restricted; QP soft breaks may split the URL",
    items={X[9]: "restricted"},
)

case(
    name="x-numbered-eight-outcomes",
    date="Mon, 09 Sep 2024 06:33:18 +0000",
    name_from="X Legal",
    **{"from": "legal-noreply@x.com"},
    subject="Re: KCSC-240903-01 - outcome",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have processed the content in your request KCSC-240903-01. Outcome per
URL:

1. {X[0]} - withheld in KR
2. {X[1]} - withheld in KR
3. {X[2]} - withheld in KR
4. {X[3]} - removed (violation of the X Rules)
5. {X[4]} - removed (violation of the X Rules)
6. {X[5]} - withheld in KR
7. {X[6]} - removed (violation of the X Rules)
8. {X[7]} - not found; the post had already been deleted by its author

The remaining URLs are still under review.

X Legal
""",
    outcome="applied",
    imitates="X legal outcome, numbered list with one status per line",
    why="eight numbered URLs each with their own status; 'remaining URLs still under review' names none",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "removed",
           X[4]: "removed", X[5]: "restricted", X[6]: "removed", X[7]: "not_found",
           X[8]: "pending", X[11]: "pending"},
)

case(
    name="x-bulk-all-actioned",
    date="Tue, 10 Sep 2024 04:10:00 +0000",
    name_from="X Legal",
    **{"from": "legal-noreply@x.com"},
    subject="Re: KCSC-240903-01 Request to remove or restrict content",
    reply_to_req="req-240903-01",
    body="""
Hello,

Thank you for your patience. We have now taken appropriate action on all of
the content reported in your request KCSC-240903-01, in line with the X
Rules and applicable local law.

This case is now closed.

X Legal
""",
    outcome="review",
    review="bulk",
    imitates="X closing email: 'appropriate action on all of the content reported'",
    why="one sentence about the whole twelve-item request, no URL named, and 'appropriate action' says nothing per item",
    items={X[0]: "pending", X[11]: "pending"},
)

case(
    name="x-promise-will-withhold",
    date="Wed, 04 Sep 2024 08:55:41 +0000",
    name_from="X Legal",
    **{"from": "legal-noreply@x.com"},
    subject="Re: KCSC-240903-01 Request to remove or restrict content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Following our initial assessment, the posts

{X[5]}
{X[6]}

will be withheld in South Korea once our legal team has completed its review.
We expect this to happen within the next 48 hours and will confirm to you
when it is done.

X Legal
""",
    outcome="review",
    review="not_understood",
    imitates="X interim reply promising country withholding",
    why="'will be withheld once ... completed' is a promise, not a statement; names two requested URLs",
    items={X[5]: "pending", X[6]: "pending"},
)

case(
    name="x-agent-note-contradicts-summary",
    date="Wed, 11 Sep 2024 03:27:50 +0000",
    name_from="X Support",
    **{"from": "support@x.com"},
    subject="Re: KCSC-240903-01 Request to remove or restrict content",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

I can confirm that {X[3]} has been
removed.

-------------------------------------------------
Summary of actions (generated automatically)
-------------------------------------------------
URL                                                     Action
{X[3]}    No action - no violation found
-------------------------------------------------

Kind regards,
Sam
X Support
""",
    outcome="review",
    review="conflicting_statements",
    imitates="support ticket reply whose agent note and generated summary disagree",
    why="the agent says removed, the generated summary says no action for the same URL: a person must decide",
    items={X[3]: "pending"},
)

case(
    name="x-out-of-office",
    date="Tue, 03 Sep 2024 01:02:11 +0000",
    name_from="Priya Raman",
    **{"from": "praman@x.com"},
    subject="Automatic reply: [KCSC-240903-01] Request to remove or restrict content",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email.

For legal requests, please use https://legalrequests.x.com/ so that your
request reaches the on-duty team.

Priya
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply (Auto-Submitted: auto-replied); says nothing about items",
    items={},
)

# =================================================================== Meta

case(
    name="meta-legal-restrict-remove-decline",
    date="Fri, 06 Sep 2024 16:44:03 +0000",
    name_from="Meta Content Restrictions",
    **{"from": "noreply-legal@meta.com"},
    subject="Your report KCSC-240904-02 has been reviewed",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thanks for your report (KCSC-240904-02). We've reviewed the content you
reported against our Community Standards and against the local law you
cited.

We have restricted access in South Korea to the following content, which
you reported as violating local law:

{META[0]}
{META[2]}

We have removed the following content because it goes against our
Community Standards:

{META[3]}

We did not take action on {META[4]}. We found that
this account does not go against our Community Standards and we did not
find it to be unlawful under the law you referenced.

You can learn more about how we handle reports of locally illegal content at
https://transparency.meta.com/reports/content-restrictions

Meta
""",
    outcome="applied",
    imitates="Meta 'content restrictions based on local law' outcome email",
    why="headed lists: two restricted in KR, one removed; account refused with its reason (rejected)",
    items={META[0]: "restricted", META[2]: "restricted", META[3]: "removed",
           META[4]: "rejected"},
)

_meta_csv = (
    "content_url,decision,scope,note\r\n"
    f"{META[0]},REMOVED,GLOBAL,Community Standards - regulated goods\r\n"
    f"{META[1]},NOT_FOUND,,Content unavailable at the time of review\r\n"
    f"{META[2]},RESTRICTED,KR,Local law\r\n"
    f"{META[3]},REMOVED,GLOBAL,Community Standards - regulated goods\r\n"
    f"{META[4]},NO_ACTION,,No violation of Community Standards or local law\r\n"
)

case(
    name="meta-csv-attachment",
    date="Mon, 09 Sep 2024 10:12:40 +0000",
    name_from="Meta Legal Operations",
    **{"from": "legal-ops@meta.com"},
    subject="KCSC-240904-02 - decisions (attached)",
    reply_to_req="req-240904-02",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_meta_88_csv"

--=_meta_88_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the decision for each URL in your request
KCSC-240904-02.

Regards,
Meta Legal Operations

--=_meta_88_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240904-02_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240904-02_decisions.csv"
Content-Transfer-Encoding: base64

{b64(_meta_csv)}
--=_meta_88_csv--
""",
    outcome="applied",
    imitates="legal-operations reply with a per-URL decision CSV attachment",
    why="CSV row per URL: REMOVED, NOT_FOUND, RESTRICTED (KR), REMOVED, NO_ACTION with its reason",
    items={META[0]: "removed", META[1]: "not_found", META[2]: "restricted",
           META[3]: "removed", META[4]: "rejected"},
)

case(
    name="meta-account-disabled-profile-not-found",
    date="Sat, 07 Sep 2024 05:30:19 +0000",
    name_from="Instagram",
    **{"from": "no-reply@mail.instagram.com"},
    subject="Update on your report KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""
Hi,

We reviewed the account you reported, {META[4]}, and
disabled it for going against our Community Guidelines on regulated goods.
People can no longer see it on Instagram.

We couldn't find the Facebook profile at
{META[1]}
The link doesn't lead to an existing profile.

Instagram Help Center: https://help.instagram.com/
""",
    outcome="applied",
    imitates="Instagram report-outcome notice (account disabled) + 'we couldn't find' reply",
    why="account disabled = removed; profile link leads nowhere = not_found (URL on the line below its statement)",
    items={META[4]: "removed", META[1]: "not_found"},
)

case(
    name="meta-outlook-top-posted",
    date="Thu, 05 Sep 2024 23:58:02 +0000",
    name_from="Min-seo Park",
    **{"from": "minseopark@meta.com"},
    subject="RE: [KCSC-240904-02] Request for removal of content",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

We have removed {META[0]} and
{META[1]} for violating our
Community Standards on regulated goods and services.

We are still reviewing the Instagram content in your request.

Regards,
Min-seo Park
Public Policy, Meta Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:30 AM
To: Korea Legal Requests <legal-requests@meta.com>
Subject: [KCSC-240904-02] Request for removal of content

{quoted_request("KCSC-240904-02", META, prefix="")}
""",
    outcome="applied",
    imitates="Outlook top-posted reply from a policy manager over '-----Original Message-----'",
    why="the two Facebook URLs are removed in the reply; the Instagram URLs appear only in our quoted request",
    items={META[0]: "removed", META[1]: "removed", META[2]: "pending", META[4]: "pending"},
)

case(
    name="meta-dsa-sor-reel",
    date="Tue, 10 Sep 2024 13:37:45 +0000",
    name_from="Instagram",
    **{"from": "no-reply@mail.instagram.com"},
    subject="Statement of reasons: content you reported (KCSC-240904-02)",
    body=f"""
Statement of reasons

Content: {META[3]}
Decision: restriction of access. The reel is no longer available to people
in the Republic of Korea.
Territorial scope: Republic of Korea
Basis: reported as illegal under local law; not found to go against the
Instagram Community Guidelines.
Detection: notice from a government authority
Automated decision: No

The person who posted the reel can appeal at
https://help.instagram.com/contact/appeal
""",
    outcome="applied",
    imitates="DSA statement of reasons for a local-law restriction (Instagram)",
    why="access disabled for people in Korea only: restricted",
    items={META[3]: "restricted"},
)

case(
    name="meta-hedged-may-have",
    date="Sat, 07 Sep 2024 02:19:36 +0000",
    name_from="Facebook",
    **{"from": "notification@support.facebookmail.com"},
    subject="Re: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""
Hi there,

It looks like the post at {META[0]}
may already have been taken down, and the profile
{META[1]} appears to be unavailable at
the moment.

We'll look into this further and let you know if anything changes.

The Facebook Team
""",
    outcome="review",
    review="not_understood",
    imitates="Facebook support reply with hedged observations",
    why="'may already have been', 'appears to be' are hedges, not statements; two requested URLs named",
    items={META[0]: "pending", META[1]: "pending"},
)

case(
    name="meta-no-claims-support-inbox",
    date="Sun, 08 Sep 2024 19:03:27 +0000",
    name_from="Facebook",
    **{"from": "notification@support.facebookmail.com"},
    subject="We've reviewed your report",
    body="""
Hi,

We've reviewed the content you reported and made a decision. To see what
we decided and what you can do next, visit your Support Inbox:

https://www.facebook.com/support/

Thanks for helping keep Facebook safe.

The Facebook Team
""",
    outcome="review",
    review="no_claims",
    imitates="Facebook 'we've reviewed your report, see Support Inbox' notification",
    why="trusted Meta mail naming no item and no request; the support link is no item",
    items={},
)

case(
    name="meta-read-receipt",
    date="Wed, 04 Sep 2024 03:05:50 +0000",
    name_from="Jordan Pike",
    **{"from": "jpike@meta.com"},
    subject="Read: [KCSC-240904-02] Request for removal of content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_88"

--=_mdn_88
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Your message

  To: legal-requests@meta.com
  Subject: [KCSC-240904-02] Request for removal of content
  Sent: Wednesday, September 4, 2024 11:30 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 12:05 PM (UTC+09:00) Seoul.

--=_mdn_88
Content-Type: message/disposition-notification

Reporting-UA: outlook.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822; jpike@meta.com
Original-Message-ID: <req-240904-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_88--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="message disposition notification: read, nothing about items",
    items={},
)

# ================================================================ YouTube

case(
    name="yt-legal-blocked-and-removed",
    date="Mon, 09 Sep 2024 08:14:22 +0000",
    name_from="YouTube Legal Support",
    **{"from": "legal-support@youtube.com"},
    subject="Re: KCSC-240905-03 [4-1823000036451]",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Thanks for reaching out to us.

After reviewing your request, we have blocked the following videos from
view on the YouTube service in South Korea:

{YT[0]}
{YT[1]}

The following content has been removed from YouTube globally for
violating our policy on nudity and sexual content:
{YT[2]}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    imitates="YouTube legal support outcome ('blocked from view in <country>' + global removal)",
    why="two videos blocked in KR (restricted); the short on the line below its statement removed",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed"},
)

case(
    name="yt-channel-terminated-bilingual",
    date="Tue, 10 Sep 2024 06:48:51 +0000",
    name_from="YouTube Legal Support",
    **{"from": "legal-support@youtube.com"},
    subject="Re: KCSC-240905-03 [4-1823000036451]",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

The channel {YT_KO_RAW} has been terminated for
repeated violations of our Community Guidelines.

We have decided not to take action on {YT[1]}.
After review, the video does not violate our Community Guidelines, and we
did not find it to be unlawful under the Korean law cited in your notice.

안녕하세요.
채널 {YT_KO_RAW} 는 커뮤니티 가이드라인 반복 위반으로 해지되었습니다.
동영상 {YT[1]} 은 검토 결과 가이드라인 및 관련 법률 위반이 확인되지 않아 조치하지 않았습니다.

The YouTube Legal Support Team
""",
    outcome="applied",
    imitates="YouTube bilingual (English/Korean) outcome: channel termination + declined video",
    why="channel terminated (removed); video refused with reason (rejected); Korean copy repeats the same; raw Korean handle matches its percent-encoded form",
    items={YT[3]: "removed", YT[1]: "rejected"},
)

_yt_age_html = f"""<html><body>
<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124">
<p>Hello,</p>
<p>Thank you for your notice regarding <b>KCSC-240905-03</b>.</p>
<p>We have reviewed the video
<a href="{YT[1]}">{YT[1]}</a> and applied an age
restriction to it. The video can no longer be viewed by signed-out users or by
users under 18.</p>
<p>Learn more about <a href="https://support.google.com/youtube/answer/2802167">age-restricted content</a>.</p>
<p>Sincerely,<br>The YouTube Team</p>
</div></body></html>
"""

case(
    name="yt-age-restricted-base64-html",
    date="Wed, 11 Sep 2024 02:26:08 +0000",
    name_from="YouTube",
    **{"from": "no-reply@youtube.com"},
    subject="Update on your notice KCSC-240905-03",
    reply_to_req="req-240905-03",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + b64(_yt_age_html),
    outcome="applied",
    imitates="YouTube age-restriction notice, HTML body in base64",
    why="age restriction applied to the named video: restricted; help link is no item",
    items={YT[1]: "restricted"},
)

case(
    name="yt-removed-with-policy-links",
    date="Thu, 12 Sep 2024 09:40:13 +0000",
    name_from="YouTube Legal Support",
    **{"from": "legal-support@google.com"},
    subject="Re: KCSC-240905-03 [4-1823000036451]",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

We have completed our review of your request.

We removed {YT[0]} and {YT[2]}
from YouTube for violating our policy on harmful or dangerous content
(https://support.google.com/youtube/answer/2801964).

The remaining video, {YT[1]}, does not
violate our policies but was found to be unlawful in Korea; we have blocked
it from view in South Korea.

The uploader can appeal our decision at https://www.youtube.com/appeals.
For an overview of how we handle government requests, see
https://www.youtube.com/howyoutubeworks/policies/legal-removals/

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    imitates="YouTube legal removals reply with policy, appeal and how-YouTube-works links",
    why="two named videos removed, one blocked in KR; the three help/appeal links are not items; the channel is not mentioned",
    items={YT[0]: "removed", YT[2]: "removed", YT[1]: "restricted"},
)

case(
    name="yt-spoofed-auth-fail",
    date="Fri, 06 Sep 2024 11:11:11 +0000",
    name_from="YouTube Legal",
    **{"from": "legal-noreply@youtube.com"},
    auth="fail",
    subject="Re: KCSC-240905-03 content removed",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

The following videos have been removed:

{YT[0]}
{YT[2]}

YouTube Legal
""",
    outcome="review",
    review="untrusted",
    imitates="legal-outcome notice from youtube.com failing DKIM/SPF/DMARC",
    why="From a YouTube domain but authentication failed: nothing may apply",
    items={YT[0]: "pending", YT[2]: "pending"},
)

case(
    name="yt-asks-more-information",
    date="Sat, 07 Sep 2024 00:52:37 +0000",
    name_from="Google Legal Support",
    **{"from": "legal-support@google.com"},
    subject="Re: KCSC-240905-03 [4-1823000036451] - additional information needed",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Thank you for your request. Before we can proceed, we need some additional
information:

1. For {YT[0]}, please tell us the
   timestamp(s) at which the content you consider unlawful appears.
2. Please send a copy of the decision or the specific provision of Korean
   law on which your request is based.

Once we receive this information, we will continue our review.

Regards,
Google Legal Support
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Google legal support request for timestamps and legal basis",
    why="asks us for timestamps and the legal basis; no decision on any item",
    items={YT[0]: "pending"},
)

_dsn_headers = """Return-Path: <takedown@kcsc.example>
Message-ID: <req-240905-03@kcsc.example>
Date: Thu, 05 Sep 2024 09:15:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-archive@google.com
Subject: [KCSC-240905-03] Request for removal of content"""

case(
    name="yt-bounce-dsn",
    date="Thu, 05 Sep 2024 00:15:09 +0000",
    name_from="Mail Delivery Subsystem",
    **{"from": "mailer-daemon@googlemail.com"},
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_88"

--=_dsn_88
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Address not found

Your message wasn't delivered to legal-kr-archive@google.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--=_dsn_88
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 05 Sep 2024 00:15:02 +0000

Final-Recipient: rfc822; legal-kr-archive@google.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--=_dsn_88
Content-Type: message/rfc822

{_dsn_headers}
Content-Type: text/plain; charset=utf-8

{quoted_request("KCSC-240905-03", [YT[0], YT[1], YT[2], YT_KO_RAW], prefix="")}

--=_dsn_88--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Gmail 'Address not found' DSN carrying the original request",
    why="delivery failure report; the URLs are our own returned message",
    items={},
)

# ================================================================= TikTok

case(
    name="tiktok-numbered-three-statuses",
    date="Tue, 10 Sep 2024 07:31:46 +0000",
    name_from="TikTok Law Enforcement Outreach",
    **{"from": "lert-noreply@tiktok.com"},
    subject="Re: KCSC-240906-04 Content removal request",
    reply_to_req="req-240906-04",
    body=f"""
Dear KCSC,

Thank you for your request KCSC-240906-04. Having reviewed the reported
content under our Community Guidelines and applicable law, we have taken the
following actions:

1) {TT[0]}
   Restricted in your country (South Korea) based on local law.

2) {TT[1]}
   We were unable to locate this video. It is no longer available on
   TikTok.

3) {TT[2]}
   Removed for violating our Community Guidelines (illegal activities and
   regulated goods).

Kind regards,
TikTok Trust & Safety
""",
    outcome="applied",
    imitates="TikTok government-request outcome, numbered with the status below each URL",
    why="status on the line below each URL: restricted in KR, unable to locate, removed",
    items={TT[0]: "restricted", TT[1]: "not_found", TT[2]: "removed"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    date="Wed, 11 Sep 2024 12:09:58 +0000",
    name_from="TikTok",
    **{"from": "noreply@service.tiktok.com"},
    subject="Statement of reasons - KCSC-240906-04",
    body=f"""
STATEMENT OF REASONS

Decision ID: 7413349905518823681
Related notice: KCSC-240906-04

Decision: Removal of content
Content: {TT[2]}
Content type: Video
Ground for decision: Incompatible with the TikTok Community Guidelines
  (Regulated goods and commercial activities)
Territorial scope: Worldwide
Facts relied on: The video promotes the sale of controlled substances.
Automated detection: No   Automated decision: No

Community Guidelines: https://www.tiktok.com/community-guidelines/en/
Appeals: https://www.tiktok.com/legal/page/global/appeals/en

TikTok Technology Limited
""",
    outcome="applied",
    imitates="TikTok DSA statement of reasons (removal, worldwide)",
    why="structured decision: removal of the one named video, worldwide; guidelines and appeals links are not items",
    items={TT[2]: "removed"},
)

case(
    name="tiktok-bilingual-fullwidth",
    date="Thu, 12 Sep 2024 03:45:30 +0000",
    name_from="TikTok Korea",
    **{"from": "kr-policy@tiktok.com"},
    subject="RE: KCSC-240906-04 시정요구 조치결과 / outcome of your request",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

The video {TT[0]} has been removed
for violating our Community Guidelines.
The video {TT[1]} has been restricted
in South Korea.

안녕하세요. 요청하신 건의 조치 결과를 알려드립니다.
신고하신 동영상 {TT[0]}은 커뮤니티 가이드라인 위반으로 삭제되었습니다。
동영상 {TT[1]}（한국 내 접근 제한 조치 완료）

TikTok Korea Policy Team
""",
    outcome="applied",
    imitates="TikTok Korea bilingual reply to a 시정요구, URLs followed by Korean particles and full-width punctuation",
    why="English and Korean agree: first video removed (삭제), second restricted in Korea (접근 제한)",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

case(
    name="tiktok-bulk-all-removed",
    date="Mon, 09 Sep 2024 05:17:04 +0000",
    name_from="TikTok Trust & Safety",
    **{"from": "lert-noreply@tiktok.com"},
    subject="Re: Content removal request",
    reply_to_req="req-240906-04",
    body="""
Dear KCSC,

Thank you for your report. All of the videos listed in your report have
been removed for violating our Community Guidelines.

Kind regards,
TikTok Trust & Safety
""",
    outcome="review",
    review="bulk",
    imitates="TikTok short outcome email about 'all of the videos listed'",
    why="one statement covering the three-item request (linked by thread) without naming any video",
    items={TT[0]: "pending", TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="tiktok-receipt-echoing-urls",
    date="Fri, 06 Sep 2024 05:00:41 +0000",
    name_from="TikTok",
    **{"from": "noreply@service.tiktok.com"},
    subject="We've received your report (Report ID 7411200398871)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thanks for your report

We've received your report and will review the content below. We'll let you
know once we've made a decision.

Report ID: 7411200398871
Your reference: KCSC-240906-04
Reported content:
 - {TT[0]}
 - {TT[1]}
 - {TT[2]}

TikTok Trust & Safety
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="TikTok report receipt echoing the submitted URLs",
    why="automatic receipt: echoes what we reported and promises review; no statement about any item",
    items={TT[0]: "pending"},
)

# ================================================================= Reddit

case(
    name="reddit-both-removed-angle-brackets",
    date="Tue, 10 Sep 2024 18:22:37 +0000",
    name_from="Reddit Legal",
    **{"from": "legal-noreply@reddit.com"},
    subject="Re: KCSC-240909-05 Removal request",
    reply_to_req="req-240909-05",
    body=f"""
Hi,

Thanks for your report. After investigating, we've removed the content
listed below for violating Reddit's rule against involuntary intimate media:

<{RD[0]}>
<{RD[1]}>

Reddit's rules: <https://www.redditinc.com/policies/content-policy>

-Reddit Legal
""",
    outcome="applied",
    imitates="Reddit admin outcome email, URLs in angle brackets",
    why="both URLs named under an unhedged 'we've removed the content listed below'",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-removed-and-author-deleted",
    date="Wed, 11 Sep 2024 21:05:12 +0000",
    name_from="Reddit Safety",
    **{"from": "safety-noreply@reddit.com"},
    subject="Re: KCSC-240909-05 Removal request",
    reply_to_req="req-240909-05",
    body=f"""
Hello,

The post at {RD[0]}
has been removed by Reddit's Safety team.

The post at {RD[1]} had already been
deleted by the user who submitted it before we reviewed it, so there was
nothing left for us to action.

Reddit Safety
""",
    outcome="applied",
    imitates="Reddit Safety reply: removal + already deleted by its author",
    why="first post removed; second already deleted by its author = not_found",
    items={RD[0]: "removed", RD[1]: "not_found"},
)

case(
    name="reddit-echoed-report-outcome",
    date="Thu, 12 Sep 2024 16:38:50 +0000",
    name_from="Reddit",
    **{"from": "noreply@redditmail.com"},
    subject="Update on your report",
    body=f"""
Thanks for submitting a report to the Reddit admin team.

Your report
  Report ID:   RPT-88-45120
  Reference:   KCSC-240909-05
  Reason:      Sharing intimate media without consent
  Content:     {RD[0]}

Outcome
  After investigating, we found that the reported content violated
  Reddit's Content Policy and we've removed it.

For more information, visit https://support.reddithelp.com/hc/en-us

Reddit Admins
""",
    outcome="applied",
    imitates="Reddit report-update notification echoing the report",
    why="the echoed report names one URL; the Outcome section says it was removed",
    items={RD[0]: "removed"},
)

case(
    name="reddit-ticket-receipt",
    date="Mon, 09 Sep 2024 02:01:33 +0000",
    name_from="Reddit Support",
    **{"from": "support@reddithelp-mail.reddit.com"},
    subject="[Reddit] Re: KCSC-240909-05 Removal request (Ticket #5521873)",
    reply_to_req="req-240909-05",
    body="""
Hi there,

We've received your request and have opened ticket #5521873. A member of
our team will respond as soon as possible. Please don't open a new ticket
for the same issue; reply to this email if you need to add anything.

Reddit Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk-style ticket receipt",
    why="pure acknowledgement: ticket created, nothing about items",
    items={},
)

case(
    name="reddit-conditional-more-time",
    date="Tue, 10 Sep 2024 09:55:26 +0000",
    name_from="Reddit Safety",
    **{"from": "safety-noreply@reddit.com"},
    subject="Re: KCSC-240909-05 Removal request",
    reply_to_req="req-240909-05",
    body=f"""
Hello,

We've looked at your report. If we confirm that the post at
{RD[0]} breaks Reddit's
rules, it will be removed and the account may be actioned.

The thread at {RD[1]} seems to
have been edited since you reported it, so we need a little more time to
review it.

Reddit Safety
""",
    outcome="review",
    review="not_understood",
    imitates="Reddit Safety interim reply with a condition and a hedge",
    why="'if we confirm ... it will be removed' is conditional; 'seems to have been edited' is a hedge; both URLs named",
    items={RD[0]: "pending", RD[1]: "pending"},
)

case(
    name="reddit-unknown-contractor",
    date="Wed, 11 Sep 2024 07:14:09 +0000",
    name_from="Northgate Trust Services",
    **{"from": "casework@northgate-ts.example"},
    subject="KCSC-240909-05 - removal completed",
    body=f"""
Dear KCSC,

We handle escalations for Reddit on an outsourced basis. Regarding your
request KCSC-240909-05, both items have been removed:

{RD[0]}
{RD[1]}

Northgate Trust Services - Casework
""",
    outcome="review",
    review="unknown_sender",
    imitates="third-party moderation vendor writing on a platform's behalf",
    why="sender domain belongs to no platform; it names our request and URLs",
    items={RD[0]: "pending", RD[1]: "pending"},
)

# ================================================================ Discord

case(
    name="discord-server-removed-message-gone",
    date="Thu, 12 Sep 2024 01:36:44 +0000",
    name_from="Discord Trust & Safety",
    **{"from": "noreply@discord.com"},
    subject="Re: [Discord Trust & Safety] Request #3391247 - KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
Hello,

Thank you for your report. We have investigated and taken action.

The server reached through the invite {DC[0]} has been
removed from Discord, and the invite no longer works.

The message you linked,
{DC[1]},
no longer exists on Discord.

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied",
    imitates="Discord Trust & Safety ticket reply (server removed, message gone)",
    why="server behind the invite removed (invite dead): removed; linked message no longer exists: not_found",
    items={DC[0]: "removed", DC[1]: "not_found"},
)

case(
    name="discord-receipt-plus-statement",
    date="Wed, 11 Sep 2024 04:58:20 +0000",
    name_from="Discord Trust & Safety",
    **{"from": "tns@discord.com"},
    subject="Re: [Discord Trust & Safety] Request #3391247 - KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
Hi,

Thanks for reaching out, we've received your request and created ticket
#3391247.

We have already deleted the message at
{DC[1]}
and banned the account that posted it. We're still looking into the server
behind the invite link and will update you on this ticket.

Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord ticket reply starting like a receipt but stating an action",
    why="receipt phrase plus an unhedged deletion of the named message; the server part is a promise (invite stays pending)",
    items={DC[1]: "removed", DC[0]: "pending"},
)

case(
    name="twitch-wrong-platform-panel",
    date="Fri, 13 Sep 2024 17:22:15 +0000",
    name_from="Twitch Safety",
    **{"from": "safety@twitch.tv"},
    subject="Re: KCSC-240910-06",
    body=f"""
Hello,

We received a copy of your request KCSC-240910-06. A Twitch channel was
advertising the invite {DC[0]} in its panels and chat;
we have removed that invite link from the channel and issued an
enforcement action to the channel owner.

Please note that we cannot act on Discord itself.

Twitch Safety Operations
""",
    outcome="review",
    review="wrong_platform",
    imitates="Twitch Safety reply about a Discord invite advertised on a channel",
    why="Twitch states 'removed' about a Discord item it does not host; only Discord can settle its status",
    items={DC[0]: "pending"},
)

case(
    name="telegram-not-our-links",
    date="Thu, 12 Sep 2024 10:41:03 +0000",
    name_from="Telegram Abuse",
    **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240910-06",
    body=f"""
Hello,

None of the links in your message KCSC-240910-06 point to Telegram:

{DC[0]}
{DC[1]}

We could not find this content on Telegram. Please contact the service
that hosts it.

Telegram Abuse Team
""",
    outcome="review",
    review="wrong_platform",
    imitates="Telegram abuse desk 'not hosted on Telegram' reply",
    why="Telegram's 'could not find' concerns Discord items; it cannot make them not_found",
    items={DC[0]: "pending", DC[1]: "pending"},
)

# ============================================================== Pinterest

case(
    name="pinterest-sole-pin-removed",
    date="Fri, 13 Sep 2024 03:12:58 +0000",
    name_from="Pinterest",
    **{"from": "legal-noreply@pinterest.com"},
    subject="Re: KCSC-240911-07 Request to remove content",
    reply_to_req="req-240911-07",
    body="""
Hi,

Thanks for letting us know. We've reviewed your request KCSC-240911-07 and
removed the Pin you reported for going against our Community Guidelines on
adult content.

Pinterest Trust & Safety
""",
    outcome="applied",
    imitates="Pinterest report outcome ('we removed the Pin you reported')",
    why="one-item request: 'removed the Pin you reported' settles its only item",
    items={PIN[0]: "removed"},
)

case(
    name="pinterest-pin-stays-up",
    date="Sat, 14 Sep 2024 08:29:31 +0000",
    name_from="Pinterest",
    **{"from": "legal-noreply@pinterest.com"},
    subject="Re: KCSC-240911-07 Request to remove content",
    reply_to_req="req-240911-07",
    body=f"""
Hi,

We reviewed the Pin at {PIN[0]} and found that it
doesn't go against our Community Guidelines or the law you referenced, so
we won't be removing it.

If you have more information, you can reply to this email.

Pinterest Trust & Safety
""",
    outcome="applied",
    imitates="Pinterest 'doesn't go against our guidelines' decision",
    why="refusal with its reason: rejected",
    items={PIN[0]: "rejected"},
)

_fake_pdf = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
             b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
             b"3 0 obj\n<< /Length 64 /Filter /FlateDecode >>\nstream\n"
             + bytes(range(64)) + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")

case(
    name="pinterest-letter-pdf-only",
    date="Mon, 16 Sep 2024 06:05:47 +0000",
    name_from="Pinterest Legal",
    **{"from": "legal@pinterest.com"},
    subject="KCSC-240911-07 - our response",
    reply_to_req="req-240911-07",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_pin_88_pdf"

--=_pin_88_pdf
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please see the attached letter for our response to your request
KCSC-240911-07.

Pinterest Legal

--=_pin_88_pdf
Content-Type: application/pdf; name="KCSC-240911-07_response.pdf"
Content-Disposition: attachment; filename="KCSC-240911-07_response.pdf"
Content-Transfer-Encoding: base64

{b64(_fake_pdf)}
--=_pin_88_pdf--
""",
    outcome="review",
    review="unreadable_attachment",
    imitates="legal team reply whose decision is only in a PDF letter",
    why="the answer is in a PDF attachment that cannot be read; a person must open it",
    items={PIN[0]: "pending"},
)

case(
    name="pinterest-unmonitored-auto-reply",
    date="Wed, 11 Sep 2024 01:00:32 +0000",
    name_from="Pinterest",
    **{"from": "no-reply@pinterest.com"},
    subject="Re: [KCSC-240911-07] Request for removal of content",
    reply_to_req="req-240911-07",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body=f"""
This mailbox is not monitored. To report content on Pinterest, please use
our help center: https://help.pinterest.com/en/contact

Your message:
{quoted_request("KCSC-240911-07", PIN)}
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="'this mailbox is not monitored' auto-reply quoting the message",
    why="auto-reply; the URL appears only in our quoted message",
    items={},
)

HEADER = """# Blind set 88 (tests/corpus/blind88/): English notices from many platforms.
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. Each case is judged alone on a fresh ledger.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind88", HEADER, C)


if __name__ == "__main__":
    main()
