#!/usr/bin/env python3
"""Blind set 754: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest): help-centre outcome
templates, DSA statements of reasons, legal-removal decisions.

Written from public descriptions of such notices, in our own sentences, with
fictional accounts, URLs and ids, and with the expected results decided from
each email's meaning before any run of the reader.

    python3 tests/corpus/blind754/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

# ---------------------------------------------------------------- requests
M1 = "https://www.facebook.com/groups/4410928831/posts/7720031845/"
M2 = "https://www.facebook.com/groups/4410928831/posts/7720032907/"
M3 = "https://www.facebook.com/profile.php?id=100093118845"
M4 = "https://www.facebook.com/watch/?v=884120937715"
M5 = "https://www.facebook.com/marketplace/item/1029384756102938/"
M6 = "https://www.facebook.com/hanbit.deals.kr/posts/pfbid0aQ3mZ7rTnWcK2"
M7 = "https://www.instagram.com/p/C9xTq2LmRw1/"
M8 = "https://www.instagram.com/p/C9zB8kQnHa4/"
M9 = "https://www.instagram.com/reel/C-1mVd3sPq7/"
M10 = "https://www.instagram.com/sunny_pill_store_kr/"
M11 = "https://www.instagram.com/p/C-4kRr0tLx2/"
M12 = "https://www.instagram.com/stories/sunny_pill_store_kr/3451209887123456789/"
META = [M1, M2, M3, M4, M5, M6, M7, M8, M9, M10, M11, M12]

X1 = "https://x.com/bluecrane_77/status/1834410228815528311"
X2 = "https://x.com/bluecrane_77/status/1834417751902117240"
X3 = "https://x.com/kimchi_rumor_mill/status/1834902215570911422"
X4 = "https://x.com/kimchi_rumor_mill"
XS = [X1, X2, X3, X4]

Y1 = "https://www.youtube.com/watch?v=Qm3kT8vLx0A"
Y2 = "https://www.youtube.com/watch?v=b7RzN2pWq4E"
Y3 = "https://youtu.be/Hc9d1LmTy6s"
Y4 = "https://www.youtube.com/shorts/Vx2sK8pQj1M"
Y5 = "https://www.youtube.com/@daebak_invest_tv"
YS = [Y1, Y2, Y3, Y4, Y5]

T1 = "https://www.tiktok.com/@seoul.quickcash/video/7412298810345566001"
T2 = "https://www.tiktok.com/@seoul.quickcash/video/7412301177654321002"
T3 = "https://www.tiktok.com/@nightmarket_pills"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/koreafinance_talk/comments/1fj2x8q/guaranteed_returns_dm_me/"
R2 = "https://www.reddit.com/r/koreafinance_talk/comments/1fj4c0n/comment/lnx8k2p/"
RS = [R1, R2]

D1 = "https://discord.gg/sunnypillskr"

W1 = "https://www.twitch.tv/hanriver_gambler"
W2 = "https://www.twitch.tv/videos/2251098733"
WS = [W1, W2]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240917-01", "meta", "2024-09-17T10:02:00+09:00", "2024-09-24T23:59:59+09:00", META,
     "illegal_drugs", "req.KCSC-240917-01@kcsc.example", "pill sellers on Facebook and Instagram"),
    ("KCSC-240917-02", "x", "2024-09-17T11:15:00+09:00", "2024-09-24T23:59:59+09:00", XS,
     "defamation", "req.KCSC-240917-02@kcsc.example", "rumour account and reposts"),
    ("KCSC-240918-03", "youtube", "2024-09-18T09:40:00+09:00", "2024-09-25T23:59:59+09:00", YS,
     "fraud", "req.KCSC-240918-03@kcsc.example", "investment scam channel"),
    ("KCSC-240918-04", "tiktok", "2024-09-18T14:20:00+09:00", "2024-09-25T23:59:59+09:00", TS,
     "illegal_finance", "req.KCSC-240918-04@kcsc.example", "unregistered lending ads"),
    ("KCSC-240919-05", "reddit", "2024-09-19T10:05:00+09:00", "2024-09-26T23:59:59+09:00", RS,
     "fraud", "req.KCSC-240919-05@kcsc.example", "guaranteed returns scam"),
    ("KCSC-240920-06", "discord", "2024-09-20T15:30:00+09:00", "2024-09-27T23:59:59+09:00", [D1],
     "illegal_drugs", "req.KCSC-240920-06@kcsc.example", "invite to a pill-selling server"),
    ("KCSC-240920-07", "twitch", "2024-09-20T16:10:00+09:00", "2024-09-27T23:59:59+09:00", WS,
     "gambling", "req.KCSC-240920-07@kcsc.example", "illegal gambling streams"),
]
MID = {r[0]: r[6].split("@")[0] for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def our_request(ref, urls, quote="> "):
    """Text of our own request email, as quoted below a reply."""
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the following content under our reference {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += [
        "",
        "Please tell us the action taken for each URL.",
        "",
        "KCSC Takedown Desk",
    ]
    return "\n".join(quote + l if l else quote.rstrip() for l in lines)


def mime_alt(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n"
        f"--{boundary}--\n"
    )


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").strip()


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").strip()


CASES = []


def case(**kw):
    CASES.append(kw)


# =============================================================== META (12)
case(
    name="meta-dsa-sor-single-instagram-post",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Thu, 19 Sep 2024 06:12:44 +0000",
    subject="Decision on your report: KCSC-240917-01",
    reply_to_req=MID["KCSC-240917-01"],
    body=f"""
Statement of reasons

We've reviewed the content you reported to us under the EU Digital Services
Act notice-and-action process and under your reference KCSC-240917-01.

Content concerned:   {M7}
Decision:            We removed this content from Instagram.
Reason:              It goes against our Community Guidelines on the sale of
                     regulated goods (pharmaceutical drugs).
How it was found:    Notice submitted by you
Automated decision:  No - the decision was made by a member of our review team

Other content named in your report is being handled separately and you will
hear from us about it.

If you disagree with this decision you can find information about the options
open to you at https://help.instagram.com/contact/dsa-redress-5521.

Instagram Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram DSA statement of reasons (content removed) sent to a notifier",
    why="trusted Instagram notice names one post and states it was removed",
    items={M7: "removed"},
)

rows = [
    (M1, "Removed", "Community Standards: restricted goods and services"),
    (M2, "Removed", "Community Standards: restricted goods and services"),
    (M3, "Not found", "We could not locate a profile at this address"),
    (M4, "Restricted in South Korea", "Local law: Pharmaceutical Affairs Act"),
    (M5, "Removed", "Commerce Policies: prescription drugs"),
    (M6, "No action", "The post does not go against our Community Standards or local law"),
    (M7, "Removed", "Community Guidelines: regulated goods"),
    (M8, "Restricted in South Korea", "Local law: Pharmaceutical Affairs Act"),
    (M9, "Removed", "Community Guidelines: regulated goods"),
    (M10, "Account disabled", "Repeated violations of our Community Guidelines"),
    (M11, "Not available", "The post had been deleted by the account holder before our review"),
    (M12, "Not found", "The story had expired and could no longer be reviewed"),
]
trs = "\n".join(
    f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td><b>{a}</b></td><td>{r}</td></tr>"
    for i, (u, a, r) in enumerate(rows, 1)
)
case(
    name="meta-legal-outcome-html-table-all-items",
    **{"from": "records-noreply@meta.com"}, name_from="Meta Content Restrictions",
    date="Tue, 24 Sep 2024 08:41:09 +0000",
    subject="Re: KCSC-240917-01 - Outcome of your request to restrict content",
    reply_to_req=MID["KCSC-240917-01"],
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for your request <b>KCSC-240917-01</b>. We reviewed each item against our
Community Standards and, where they do not apply, against the local law you cited.
The outcome for every reported URL is set out below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action</th><th>Basis</th></tr>
{trs}
</table>
<p>Content restricted in South Korea remains visible in other countries.</p>
<p>Kind regards,<br>Meta Content Restrictions Team</p>
<p style="color:#888;font-size:11px">Meta Platforms Ireland Ltd., fictional address for this corpus.
See <a href="https://transparency.meta.com/enforcement/example-policy">how we enforce</a>.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restrictions based on local law' outcome table for a government request",
    why="per-URL table with removed / restricted / not found / no action for all twelve items",
    items={M1: "removed", M2: "removed", M3: "not_found", M4: "restricted", M5: "removed",
           M6: "rejected", M7: "removed", M8: "restricted", M9: "removed", M10: "removed",
           M11: "not_found", M12: "not_found"},
)

csv_text = (
    "content_url,action_taken,action_date,policy_or_law\n"
    f"{M1},removed,2024-09-21,Restricted goods and services\n"
    f"{M2},removed,2024-09-21,Restricted goods and services\n"
    f"{M5},no_violation_found,2024-09-21,n/a\n"
    f"{M8},geo_restricted_KR,2024-09-22,Pharmaceutical Affairs Act (KR)\n"
    f"{M9},removed,2024-09-22,Regulated goods\n"
)
case(
    name="meta-csv-attachment-partial",
    **{"from": "lawenforcement-noreply@fb.com"}, name_from="Meta Law Enforcement Response",
    date="Mon, 23 Sep 2024 02:05:51 +0000",
    subject="[Case 88310472] Actions taken - KCSC-240917-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_meta_88310472"

--=_meta_88310472
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the actions we have taken so far on request
KCSC-240917-01 (case 88310472). The attachment lists the items on which a
decision has been made; the remaining items are still being reviewed.

Regards,
Law Enforcement Response Team

--=_meta_88310472
Content-Type: text/csv; charset=utf-8; name="case_88310472_actions.csv"
Content-Disposition: attachment; filename="case_88310472_actions.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_meta_88310472--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta law-enforcement response with a CSV of actions per content URL",
    why="CSV rows: two removed, one no violation, one geo-restricted in KR, one removed",
    items={M1: "removed", M2: "removed", M5: "rejected", M8: "restricted", M9: "removed"},
)

case(
    name="meta-instagram-restricted-in-korea-bullets",
    **{"from": "legal-noreply@instagram.com"}, name_from="Instagram Legal",
    date="Sun, 22 Sep 2024 11:30:00 +0000",
    subject="Your report about content on Instagram (KCSC-240917-01)",
    body=f"""
Hi,

We've looked into your report KCSC-240917-01. The following content does not
go against the Instagram Community Guidelines, but after a legal review we have
restricted access to it in South Korea, where it was reported as unlawful:

  * {M8}
  * {M11}
  * {M12}

People outside South Korea can still see this content. We let the account
holder know about this decision.

Thanks,
Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'content restricted in your country' legal-review outcome",
    why="three bulleted Instagram URLs restricted in South Korea",
    items={M8: "restricted", M11: "restricted", M12: "restricted"},
)

case(
    name="meta-top-posted-over-gmail-quote",
    **{"from": "j.kowalczyk@meta.com"}, name_from="Jana Kowalczyk",
    date="Fri, 20 Sep 2024 13:02:17 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240917-01"],
    body=f"""
Hi KCSC team,

Quick update on your request KCSC-240917-01:

{M1} - removed for violating our restricted goods policy.
{M5} - this listing ID does not exist on Marketplace, so there was nothing for us to action.

The remaining URLs are still with our review team and I will follow up once
we have decisions.

Best,
Jana
Trust & Safety, Government Requests

On Tue, 17 Sep 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
{our_request("KCSC-240917-01", META)}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-requests staff reply top-posted over the quoted request (Gmail quoting)",
    why="two statements above the quote: one removed, one listing does not exist; quoted request changes nothing",
    items={M1: "removed", M5: "not_found"},
)

case(
    name="meta-cannot-locate-profile",
    **{"from": "support@support.facebook.com"}, name_from="Facebook",
    date="Sat, 21 Sep 2024 04:17:33 +0000",
    subject="Your report: KCSC-240917-01",
    body=f"""
Hi,

Thanks for your report. We weren't able to find any content at the following
link:

{M3}

The account may have been deleted, or the link may be incorrect. If you have
another link to the same profile, please submit a new report.

The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook help-centre 'we couldn't find the content you reported' reply",
    why="unhedged 'we weren't able to find any content at' the profile link; the 'may' explains why only",
    items={M3: "not_found"},
)

sor_text = f"""
Statement of reasons - reference KCSC-240917-01

We are writing to let you know about decisions we made on content you notified
to us as illegal in the Republic of Korea.

1. Content: {M4}
   Decision: We restricted access to this video in the Republic of Korea.
   Ground: illegal content - Pharmaceutical Affairs Act (Republic of Korea)
   Territorial scope: Republic of Korea only
   Automated means used for the decision: No

2. Content: {M9}
   Decision: We removed this reel.
   Ground: incompatible with our terms - Community Guidelines, regulated goods
   Territorial scope: worldwide
   Automated means used for the decision: Partly (detection only)

Redress: you may ask us to review these decisions, or use an out-of-court
dispute settlement body. Details: https://www.facebook.com/help/dsa-redress-options

Meta Platforms Ireland Limited
"""
sor_html = f"""
<html><body>
<h3>Statement of reasons - reference KCSC-240917-01</h3>
<p>We are writing to let you know about decisions we made on content you notified
to us as illegal in the Republic of Korea.</p>
<table border="1" cellpadding="4">
<tr><th>Content</th><th>Decision</th><th>Ground</th><th>Territorial scope</th></tr>
<tr><td>{M4}</td><td>We restricted access to this video in the Republic of Korea.</td>
<td>Illegal content: Pharmaceutical Affairs Act</td><td>Republic of Korea only</td></tr>
<tr><td>{M9}</td><td>We removed this reel.</td>
<td>Incompatible with our terms: regulated goods</td><td>Worldwide</td></tr>
</table>
<p>Redress: you may ask us to review these decisions, or use an out-of-court dispute
settlement body. <a href="https://www.facebook.com/help/dsa-redress-options">Details</a></p>
<p>Meta Platforms Ireland Limited</p>
</body></html>
"""
case(
    name="meta-dsa-sor-multipart-two-items",
    **{"from": "notification@facebookmail.com"}, name_from="Meta",
    date="Wed, 25 Sep 2024 09:55:02 +0000",
    subject="Statement of reasons for our decision (KCSC-240917-01)",
    raw_mime=mime_alt(sor_text, sor_html, "sor-b1-4471"),
    outcome="applied", classification="confirmation",
    imitates="Meta DSA Article 17 statement of reasons, text and HTML alternatives",
    why="video restricted in Korea, reel removed; redress link is not an item",
    items={M4: "restricted", M9: "removed"},
)

case(
    name="meta-instagram-account-disabled-and-story",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Thu, 26 Sep 2024 01:20:40 +0000",
    subject="Update on your report KCSC-240917-01",
    body=f"""
Hello,

We reviewed the account you reported, {M10}, and found that it repeatedly
went against our Community Guidelines on selling drugs. We have disabled the
account, so its profile and posts are no longer visible on Instagram.

We also removed the story you reported ({M12}).

Thank you for helping us keep Instagram safe.

Instagram Help Center team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we disabled the account you reported' outcome notice",
    why="account disabled (removed) and story removed; URLs followed by a comma and inside parentheses",
    items={M10: "removed", M12: "removed"},
)

case(
    name="meta-promise-will-remove",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date="Thu, 19 Sep 2024 10:48:12 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240917-01"],
    body=f"""
Hello,

Thanks for your request. We've confirmed that the following posts appear to
breach our Community Standards and they will be removed once our verification
step is complete, normally within 24 hours:

- {M1}
- {M2}

We'll let you know about the rest of the request separately.

Meta Government Requests
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Meta staff interim reply promising removal",
    why="'will be removed' is a promise and 'appear to breach' a hedge: nothing has happened yet",
    items={M1: "pending", M2: "pending"},
)

case(
    name="meta-spoofed-facebookmail-dkim-fail",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    auth="fail",
    date="Sat, 21 Sep 2024 19:03:26 +0000",
    subject="Action taken on your report KCSC-240917-01",
    body=f"""
Hi,

We removed the following content after reviewing your report:

{M5}
{M6}

To see the full decision, log in to your Support Inbox.

Facebook
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="Facebook 'we removed the content you reported' notice, with failed DKIM/SPF/DMARC",
    why="claims from a Meta domain that fails authentication must not be applied",
    items={M5: "pending", M6: "pending"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date="Fri, 27 Sep 2024 07:00:00 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240917-01"],
    body="""
Hello,

Following up on KCSC-240917-01: all of the content reported in this request
has now been removed from Facebook and Instagram.

Best regards,
Meta Government Requests
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Meta staff closing note covering a whole request",
    why="one sentence about all twelve items without naming them: bulk, kept for a person",
    items={u: "pending" for u in META},
)

case(
    name="meta-ticket-receipt",
    **{"from": "support@support.facebook.com"}, name_from="Facebook",
    date="Tue, 17 Sep 2024 01:05:10 +0000",
    subject="We received your report (KCSC-240917-01)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

Thanks for contacting us. We've received your report and given it the case
number 1182736450. Our team will review it and get back to you by email.

You can check the status of your report in your Support Inbox.

The Facebook Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Facebook help-centre automatic receipt with case number",
    why="pure receipt: a case number and a promise to review, nothing about any item",
    items={},
)

# ================================================================== X (6)
case(
    name="x-cwc-withheld-in-korea",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 19 Sep 2024 18:22:05 +0000",
    subject="Re: KCSC-240917-02 [ref:_00D3h2kVb._500Tw1QpZ:ref]",
    body=f"""
Hello,

We are writing in response to your request referenced KCSC-240917-02.

After review, and in line with our Country Withheld Content policy, we have
withheld the following posts in South Korea:

- {X1}
- {X2}

These posts remain available outside South Korea. The account holder has been
notified unless we were prohibited from doing so.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome: country withheld content (CWC)",
    why="two posts withheld in South Korea",
    items={X1: "restricted", X2: "restricted"},
)

case(
    name="x-account-suspended-post-no-violation",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sat, 21 Sep 2024 03:40:11 +0000",
    subject="Re: KCSC-240917-02",
    body=f"""
Hello,

Thanks for your report. We have reviewed the content you flagged.

The account {X4} has been permanently suspended for violating the X Rules on
platform manipulation and spam, and is no longer viewable on X.

We did not find a violation of the X Rules or of applicable law in the post
{X1}, so we have not taken action on it.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Rules enforcement reply: account suspended, one post without violation",
    why="account permanently suspended and no longer viewable (removed); post refused with reason (rejected)",
    items={X4: "removed", X1: "rejected"},
)

case(
    name="x-url-then-action-line",
    **{"from": "legal-noreply@twitter.com"}, name_from="X Legal",
    date="Mon, 23 Sep 2024 20:15:47 +0000",
    subject="Case 0129475520 - Outcome (KCSC-240917-02)",
    body=f"""
Hello,

Please see the outcome of our review of your request below.

Post: {X2}
Action: Withheld in KR

Post: {X3}
Action: Removed - violation of the X Rules (illegal or certain regulated goods or services)

Account: {X4}
Action: No action - we did not find that the account as a whole violates the X Rules or Korean law

If you have further questions, reply to this email and keep the case number in the subject.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case outcome listing each reported URL with an Action line below it",
    why="status on the line below each URL: withheld, removed, no action with reason",
    items={X2: "restricted", X3: "removed", X4: "rejected"},
)

case(
    name="x-withheld-angle-brackets-over-quote",
    **{"from": "m.okafor@x.com"}, name_from="Mira Okafor",
    date="Wed, 25 Sep 2024 05:31:00 +0000",
    subject="Re: [KCSC-240917-02] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240917-02"],
    body=f"""
Hi,

We've withheld the following post in Korea in line with our Country Withheld
Content policy: <{X1}>.

Thanks,
Mira
Global Government Affairs, X

On Tue, Sep 17, 2024 at 11:15 AM KCSC Takedown <takedown@kcsc.example> wrote:
{our_request("KCSC-240917-02", XS)}
""",
    outcome="applied", classification="confirmation",
    imitates="X staff reply over a Gmail-quoted request, URL in angle brackets",
    why="one URL withheld in Korea; the quoted request lists all four and changes nothing",
    items={X1: "restricted"},
)

case(
    name="x-bulk-actioned-all",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 27 Sep 2024 10:10:10 +0000",
    subject="Re: KCSC-240917-02",
    body="""
Hello,

We have taken action on all of the posts and accounts reported in
KCSC-240917-02. No further action is required from you.

Regards,
X Legal
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="X legal short closing reply covering a whole request",
    why="'all of the posts and accounts' of a four-item request without naming them: bulk",
    items={u: "pending" for u in XS},
)

case(
    name="x-asks-for-court-order",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 19 Sep 2024 02:48:31 +0000",
    subject="Re: KCSC-240917-02 - additional information needed",
    body=f"""
Hello,

Thank you for your request concerning:

{X2}
{X3}

Before we can process it, please send us a copy of the legal order or
decision on which the request is based, and name the specific provision of
Korean law that the content is alleged to violate. We will not be able to
proceed until we receive this information.

Regards,
X Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X legal request for the underlying order and legal basis",
    why="asks for a legal order before processing; no status for either post",
    items={X2: "pending", X3: "pending"},
)

case(
    name="x-legal-autoack",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 02:16:02 +0000",
    subject="Case 0129475520 - We received your request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

This is an automated message to confirm that X has received your legal
request. Your case number is 0129475520. Please keep this number in the
subject of any reply.

We review every request carefully. Response times depend on the nature and
volume of requests.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request submission confirmation",
    why="automatic receipt with a case number, no item statements",
    items={},
)

# ============================================================ YouTube (7)
case(
    name="yt-legal-blocked-in-kr-and-removed",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 20 Sep 2024 07:33:19 +0000",
    subject="Re: [2-8841000037521] KCSC-240918-03",
    body=f"""
Hello,

Thank you for your notice KCSC-240918-03.

We have reviewed the content in question and, in response to your request,
have blocked the following videos from view on the South Korean YouTube
domain and for users in South Korea:

{Y1}
{Y2}

In addition, the video {Y4} has been removed from YouTube globally for
violating our Community Guidelines.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply to a government removal request (local block + global removal)",
    why="two videos blocked for South Korea (restricted), one removed globally",
    items={Y1: "restricted", Y2: "restricted", Y4: "removed"},
)

qp_text = f"""Hello,

Regarding your request KCSC-240918-03, here is what we did:

{Y2} =E2=80=93 we applied an age restriction to this video; it can no longer be watched by signed-out viewers or users under 18.
{Y3} =E2=80=93 this video had already been deleted by its uploader before our review.

Best regards,
YouTube Trust & Safety"""
case(
    name="yt-qp-age-restricted-and-deleted-by-uploader",
    **{"from": "yt-trustsafety-noreply@youtube.com"}, name_from="YouTube",
    date="Sun, 22 Sep 2024 12:01:45 +0000",
    subject="Update on your request KCSC-240918-03",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(qp_text.replace("=E2=80=93", "\u2013")) + "\n",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety outcome in a quoted-printable body (age restriction, video gone)",
    why="age restriction (restricted); deleted by its uploader before review (not_found)",
    items={Y2: "restricted", Y3: "not_found"},
)

case(
    name="yt-channel-terminated",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Mon, 23 Sep 2024 16:45:00 +0000",
    subject="KCSC-240918-03: channel terminated",
    body=f"""
Hi,

Following your report, we reviewed the channel {Y5} and have terminated it
for severe violations of our spam, deceptive practices and scams policy. The
channel and all of its videos are no longer available on YouTube.

You can read more about this policy here:
https://support.google.com/youtube/answer/2801973

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice sent to the reporter",
    why="channel terminated and no longer available: removed; the help link is not an item",
    items={Y5: "removed"},
)

yt_html = f"""<html><body>
<p>Hello,</p>
<p>We have completed our review of the following items from request KCSC-240918-03.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<thead><tr><th>URL</th><th>Outcome</th></tr></thead>
<tbody>
<tr><td>{Y4}</td><td>Removed &ndash; Community Guidelines (scams)</td></tr>
<tr><td>{Y3}</td><td>Not found &ndash; the link does not point to an existing video</td></tr>
</tbody></table>
<p>Thank you,<br>YouTube Trust &amp; Safety</p>
</body></html>"""
case(
    name="yt-base64-html-table",
    **{"from": "yt-trustsafety-noreply@youtube.com"}, name_from="YouTube",
    date="Tue, 24 Sep 2024 03:12:56 +0000",
    subject="Review complete - KCSC-240918-03",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(yt_html) + "\n",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome table in a base64-encoded HTML body",
    why="HTML table: short removed, youtu.be link does not point to an existing video",
    items={Y4: "removed", Y3: "not_found"},
)

case(
    name="yt-echoed-submission-below-decisions",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    date="Wed, 25 Sep 2024 22:08:30 +0000",
    subject="Re: [2-8841000037521] KCSC-240918-03",
    body=f"""
Hello,

We have made decisions on two of the URLs in your notice:

* {Y1} - removed for violating YouTube's harmful or dangerous content policy.
* {Y5} - we are not taking action on this channel. It does not violate our
  Community Guidelines, and we did not find sufficient legal basis to block
  it locally.

The other URLs in your notice are still under review.

Regards,
Google Legal Support

---------- Your submission ----------
Reference: KCSC-240918-03
Country: South Korea
URLs:
{Y1}
{Y2}
{Y3}
{Y4}
{Y5}
Explanation: investment scam videos promising guaranteed returns
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removal outcome with the notifier's submission echoed below",
    why="one removed, one refused with reason; the echoed submission and 'still under review' leave the rest pending",
    items={Y1: "removed", Y5: "rejected", Y2: "pending", Y3: "pending", Y4: "pending"},
)

case(
    name="yt-hedge-appears-removed",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    date="Sat, 21 Sep 2024 09:14:02 +0000",
    subject="Re: [2-8841000037521] KCSC-240918-03",
    body=f"""
Hello,

Thanks for your patience. When we checked {Y1} it appeared that the video
may already have been taken down, possibly by the uploader. We are confirming
this with the product team and will update you.

Regards,
Google Legal Support
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Google legal-support interim reply with a hedged observation",
    why="'appeared that the video may already have been taken down' is a hedge, not a statement",
    items={Y1: "pending"},
)

case(
    name="yt-staff-out-of-office",
    **{"from": "hyunwoo.baek@google.com"}, name_from="Hyunwoo Baek",
    date="Wed, 18 Sep 2024 00:42:00 +0000",
    subject="Automatic reply: [KCSC-240918-03] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240918-03"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thank you for your email. I am out of the office until 30 September with
limited access to email. For urgent legal removal requests please use the
usual web form; your message will not be forwarded.

Hyunwoo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Google employee out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

# ============================================================= TikTok (7)
case(
    name="tiktok-report-outcome-numbered",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Fri, 20 Sep 2024 11:11:11 +0000",
    subject="Your report has been reviewed - KCSC-240918-04",
    body=f"""
Hi,

Thanks for your report. We've finished reviewing the content you reported and
here's what we found:

1. {T1}
   Removed. This video violates our Community Guidelines on frauds and scams.

2. {T2}
   No violation found. This video will stay on TikTok.

3. {T3}
   Account banned for multiple violations of our Community Guidelines.

We appreciate you helping to keep TikTok safe.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'your report has been reviewed' outcome notice",
    why="thanks phrase plus a numbered list with a status under each URL",
    items={T1: "removed", T2: "rejected", T3: "removed"},
)

case(
    name="tiktok-restricted-kr-angle-brackets",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 23 Sep 2024 06:06:06 +0000",
    subject="KCSC-240918-04 - local law review",
    body=f"""
Dear KCSC,

Having reviewed your request under local law, we have restricted access in
South Korea to the video at <{T2}>, effective 23 September 2024. The video
remains available in other regions because it does not violate our
Community Guidelines.

Kind regards,
TikTok Law Enforcement Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply: content restricted in the requesting country",
    why="one video restricted in South Korea",
    items={T2: "restricted"},
)

case(
    name="tiktok-outlook-text-table",
    **{"from": "s.lindqvist@tiktok.com"}, name_from="Sofia Lindqvist",
    date="Tue, 24 Sep 2024 15:27:44 +0000",
    subject="RE: [KCSC-240918-04] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240918-04"],
    body=f"""
Hello,

Please see our actions below.

{"Reported URL".ljust(70)}Result
{"-" * 68}  {"-" * 34}
{T1.ljust(70)}Removed
{T2.ljust(70)}Restricted in KR
{T3.ljust(70)}No violation, account stays active

Kind regards,
Sofia Lindqvist
Trust & Safety Operations | TikTok

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 2:20 PM
To: legal@tiktok.com
Subject: [KCSC-240918-04] Request for removal of illegal content

{our_request("KCSC-240918-04", TS, quote="")}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok staff Outlook reply with a plain-text table over the unquoted original",
    why="text table: removed, restricted in KR, no violation; Outlook original below changes nothing",
    items={T1: "removed", T2: "restricted", T3: "rejected"},
)

case(
    name="tiktok-conditional-warning",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Sun, 22 Sep 2024 08:30:00 +0000",
    subject="KCSC-240918-04 - interim update",
    body=f"""
Dear KCSC,

We have issued a warning to the account {T3}. If the account posts
further content of this kind, it will be banned.

The creator of {T1} has been asked to edit the video. If it is not
changed within 48 hours, we will remove it.

Kind regards,
TikTok Law Enforcement Outreach
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="TikTok interim reply with warnings and conditional actions",
    why="a warning and two conditions ('if ... will be banned', 'if not changed ... we will remove'): no status",
    items={T3: "pending", T1: "pending"},
)

case(
    name="tiktok-lookalike-domain",
    **{"from": "safety@tiktok-legal-support.com"}, name_from="TikTok Trust & Safety",
    date="Sat, 21 Sep 2024 22:22:22 +0000",
    subject="Request KCSC-240918-04 processed",
    body=f"""
Dear user,

Your request KCSC-240918-04 was processed. The following videos have been
removed:

{T1}
{T2}

To download the full enforcement report, sign in at
https://tiktok-legal-support.com/portal/login

TikTok Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="phishing imitation of a TikTok outcome notice from a look-alike domain",
    why="sender domain is not TikTok's (look-alike); names our request and URLs",
    items={T1: "pending", T2: "pending"},
)

case(
    name="tiktok-states-instagram-url",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Thu, 26 Sep 2024 04:04:04 +0000",
    subject="Your report has been reviewed",
    body=f"""
Hi,

Thanks for your report. We've reviewed the content at

{M9}

and it has been removed for violating our Community Guidelines.

TikTok Trust and Safety
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="TikTok report-outcome template echoing a URL pasted into its form by mistake",
    why="TikTok states a status for an Instagram item of the Meta request",
    items={M9: "pending"},
)

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal@tiktok-kr.example
Subject: [KCSC-240918-04] Request for removal of illegal content
Date: Wed, 18 Sep 2024 14:20:00 +0900
Message-ID: <req-resend.KCSC-240918-04@kcsc.example>

{our_request("KCSC-240918-04", TS, quote="")}
"""
case(
    name="dsn-bounce-tiktok-request",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Wed, 18 Sep 2024 05:20:31 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.4F1A2B3C"

--dsn.4F1A2B3C
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal@tiktok-kr.example>: host mx.tiktok-kr.example[203.0.113.45] said:
    550 5.1.1 <legal@tiktok-kr.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--dsn.4F1A2B3C
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 18 Sep 2024 14:20:00 +0900

Final-Recipient: rfc822; legal@tiktok-kr.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tiktok-kr.example
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn.4F1A2B3C
Content-Type: message/rfc822

{dsn_orig}
--dsn.4F1A2B3C--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="bounce of our own request; the URLs are in the returned message",
    items={},
)

# ============================================================= Reddit (4)
case(
    name="reddit-admin-removed-post",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Sat, 21 Sep 2024 14:14:14 +0000",
    subject="Re: KCSC-240919-05 - your report to Reddit",
    body=f"""
Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating,
we've found that the reported content violates Reddit's Content Policy and
have removed it:

{R1}

We really appreciate you taking the time to report this.

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin 'thanks for submitting a report ... we've removed it' message",
    why="URL on the line below its statement: removed",
    items={R1: "removed"},
)

case(
    name="reddit-wrapped-url-in-angle-brackets",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 24 Sep 2024 18:40:00 +0000",
    subject="Re: [KCSC-240919-05] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240919-05"],
    body=f"""
Hello,

Thank you for your request. Our findings:

The comment at <https://www.reddit.com/r/koreafinance_talk/comments/1fj4c0n/
comment/lnx8k2p/> has been removed by Reddit for violating our rules on
fraud.

We could not find the post at <{R1}>;
it had been deleted by its author before we received your request.

Regards,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply with a long URL wrapped inside angle brackets",
    why="wrapped comment URL removed; post deleted by its author (not_found)",
    items={R2: "removed", R1: "not_found"},
)

case(
    name="reddit-hedge-mods-may-have-removed",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Mon, 23 Sep 2024 01:01:01 +0000",
    subject="Re: KCSC-240919-05 - your report to Reddit",
    body=f"""
Hi there,

Thanks for your report. It looks like the post you reported
({R1}) may have already been removed by the community's moderators, so
there's nothing further for us to action right now.

Reddit Safety
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Reddit admin reply that the moderators seem to have acted already",
    why="'looks like ... may have already been removed' is a hedge; a clerk would check",
    items={R1: "pending"},
)

mdn_orig = f"""Message-ID: <{MID['KCSC-240919-05']}@kcsc.example>
Subject: [KCSC-240919-05] Request for removal of illegal content"""
case(
    name="reddit-read-receipt",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 19 Sep 2024 03:30:00 +0000",
    subject="Read: [KCSC-240919-05] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240919-05"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77aa"

--mdn-77aa
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal@reddit.com at
19/09/2024 10:05. It only means that the message was displayed on the
recipient's computer. There is no guarantee that the content has been read
or understood.

--mdn-77aa
Content-Type: message/disposition-notification

Reporting-UA: mail.reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@reddit.com
Original-Message-ID: <{MID['KCSC-240919-05']}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77aa
Content-Type: text/rfc822-headers

{mdn_orig}
--mdn-77aa--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) for our request",
    why="read receipt",
    items={},
)

# ============================================================ Discord (2)
case(
    name="discord-server-removed-one-item-request",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 23 Sep 2024 21:09:00 +0000",
    subject="Re: [KCSC-240920-06] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240920-06"],
    body="""
Hi there,

Thanks for reaching out about your report KCSC-240920-06. Our Safety team
reviewed the server you reported and has removed it from Discord for
violating our Community Guidelines on regulated goods. The invite link no
longer works.

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'we took action on the server you reported' reply",
    why="one-item request: the sole statement 'removed it from Discord' applies to the invite",
    items={D1: "removed"},
)

case(
    name="discord-process-notice-no-claims",
    **{"from": "gov-requests@discord.com"}, name_from="Discord Government Requests",
    date="Wed, 02 Oct 2024 10:00:00 +0000",
    subject="Changes to how Discord receives government requests",
    body="""
Hello,

We're writing to all government agencies that contact Discord. From
1 November 2024 we will only accept content removal requests through our
government request portal at https://discord.com/gov-requests-portal-example.
Requests sent by email after that date will receive an automatic pointer to
the portal.

Thank you,
Discord Government Requests
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Discord notice to agencies about a new intake portal",
    why="trusted Discord mail naming no item and no request",
    items={},
)

# ============================================================= Twitch (3)
case(
    name="twitch-channel-suspended-vod-deleted",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date="Tue, 24 Sep 2024 12:12:12 +0000",
    subject="Re: KCSC-240920-07",
    body=f"""
Hello,

Thank you for your report regarding KCSC-240920-07. We have reviewed the
channel and have taken the following enforcement actions:

- {W1}: the channel has been indefinitely suspended and can no longer be
  viewed or streamed to.
- {W2}: this past broadcast has been deleted.

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Safety enforcement reply to a report",
    why="channel indefinitely suspended and no longer viewable (removed); VOD deleted",
    items={W1: "removed", W2: "removed"},
)

case(
    name="twitch-url-below-statement",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Wed, 25 Sep 2024 17:00:00 +0000",
    subject="KCSC-240920-07 - outcome",
    body=f"""
Hi,

We reviewed the following past broadcast and it has been removed:
{W2}

The channel itself remains active. We did not find a violation of our
Community Guidelines in its other broadcasts, and local gambling law does not
give us grounds to restrict the whole channel:
{W1}

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal outcome with each URL on the line below its statement",
    why="VOD removed; channel stays active with a reason (rejected)",
    items={W2: "removed", W1: "rejected"},
)

case(
    name="twitch-dkim-fail",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    auth="fail",
    date="Thu, 26 Sep 2024 23:45:00 +0000",
    subject="Re: KCSC-240920-07",
    body=f"""
Hello,

The channel {W1} has been permanently suspended following your report.

Twitch Trust & Safety
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="Twitch Safety reply failing DKIM/SPF/DMARC",
    why="Twitch domain fails authentication",
    items={W1: "pending"},
)

# ======================================================= Snapchat / Pinterest
case(
    name="snapchat-unmonitored-autoreply",
    **{"from": "no-reply@snap.com"}, name_from="Snap Inc.",
    date="Fri, 20 Sep 2024 02:02:02 +0000",
    subject="Re: Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Hello,

This mailbox is not monitored and this is an automatic reply. To report
content on Snapchat or to submit a legal request, please use the forms on
our Support site: https://help.snapchat.com/example-legal-form

Snap Inc.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Snap 'this mailbox is not monitored' automatic reply",
    why="auto-reply pointing to a web form",
    items={},
)

case(
    name="pinterest-report-receipt",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Sat, 28 Sep 2024 09:09:09 +0000",
    subject="We got your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi there,

Thanks for letting us know about content you think breaks our rules. We've
received your report (ticket 5502-118734) and our team will take a look. We'll
email you when we've made a decision.

Pinterest Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Pinterest report receipt",
    why="pure receipt with a ticket number",
    items={},
)

HEADER = """# Blind set 754: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest). Written by
# tests/corpus/blind754/make.py from each email's meaning, before any run of
# the reader. Each case is ingested alone into a fresh ledger holding
# requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind754", HEADER, CASES)
    print(f"{len(CASES)} cases")
