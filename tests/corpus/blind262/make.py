#!/usr/bin/env python3
"""Blind set 262: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Telegram, Snapchat and Pinterest as
senders of mail that changes nothing). Writes requests.csv, cases/*.eml and
expected.toml. Deterministic: run it twice, nothing changes.

Expected results were written from each email's meaning alone, before the
reader was ever run on them.
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

SET = "blind262"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/bluefinch_sale/status/1835901122334455661",
    "https://x.com/bluefinch_sale/status/1835903344556677882",
    "https://x.com/mooncrate_kr/status/1835222333444555603",
    "https://x.com/mooncrate_kr/status/1835222333444555714",
    "https://x.com/pale_lantern88/status/1834110022003300445",
    "https://x.com/pale_lantern88",
    "https://x.com/quiet_mill_77/status/1836001234567890126",
    "https://x.com/quiet_mill_77/status/1836001234567890237",
    "https://x.com/rustyoar_shop/status/1833998877665544338",
    "https://x.com/tin_owl_club/status/1836557788990011229",
    "https://x.com/tin_owl_club/status/1836557788990011330",
    "https://twitter.com/velvet_dock/status/1832445566778899441",
    "https://x.com/velvet_dock/status/1832445566778899552",
]
YT = [
    "https://www.youtube.com/watch?v=Qm7tR2xK9pL",
    "https://www.youtube.com/watch?v=Hd3vN8wZ1sE",
    "https://www.youtube.com/@greyriverlive",
    "https://www.youtube.com/shorts/Pz5kW0aB7cY",
]
META = [
    "https://www.facebook.com/groups/4417720093311/posts/7781234509876",
    "https://www.facebook.com/sunpetal.deals.kr",
    "https://www.instagram.com/p/C9xQ2mLrT5a/",
    "https://www.instagram.com/reel/C9zK7pWnB3d/",
]
TT = [
    "https://www.tiktok.com/@ember_tokki/video/7414001122334455667",
    "https://www.tiktok.com/@ember_tokki/video/7414009988776655443",
    "https://www.tiktok.com/@glass_heron_kr",
]
RD = [
    "https://www.reddit.com/r/koreadeals_unofficial/comments/1fk3x9q/cheap_pass_resale/",
    "https://www.reddit.com/user/drift_maple_22/",
]
TW = [
    "https://www.twitch.tv/coldsparrow_tv",
    "https://www.twitch.tv/videos/2255778899",
]
DC = ["https://discord.gg/k7QmXa2P"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240917-01", "x", "2024-09-17T11:00:00+09:00", "2024-09-24T23:59:59+09:00", X,
     "illegal_trade", "resale of forged tickets and ids"),
    ("KCSC-240917-02", "youtube", "2024-09-17T14:30:00+09:00", "2024-09-24T23:59:59+09:00", YT,
     "gambling", "illegal gambling promotion"),
    ("KCSC-240918-03", "meta", "2024-09-18T10:15:00+09:00", "2024-09-25T23:59:59+09:00", META,
     "illegal_trade", "counterfeit goods"),
    ("KCSC-240918-04", "tiktok", "2024-09-18T16:00:00+09:00", "2024-09-25T23:59:59+09:00", TT,
     "drugs", "drug sale promotion"),
    ("KCSC-240919-05", "reddit", "2024-09-19T09:40:00+09:00", "2024-09-26T23:59:59+09:00", RD,
     "privacy", "personal data exposure"),
    ("KCSC-240919-06", "twitch", "2024-09-19T13:20:00+09:00", "2024-09-26T23:59:59+09:00", TW,
     "gambling", "illegal gambling stream"),
    ("KCSC-240920-07", "discord", "2024-09-20T10:05:00+09:00", "2024-09-27T23:59:59+09:00", DC,
     "illegal_trade", "server trading stolen accounts"),
]


def req_mid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def thread(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def alt(plain, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{plain.strip()}\n\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n"
        f"--{boundary}--\n"
    )


def qp_plain(text):
    enc = quopri.encodestring(text.strip().encode("utf-8") + b"\n").decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64_lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def b64_plain(text, ctype="text/plain"):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64_lines(text.strip().encode("utf-8") + b"\n") + "\n")


def with_attachment(plain, fname, data, ctype, boundary):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{plain.strip()}\n\n"
        f"--{boundary}\n"
        f'Content-Type: {ctype}; name="{fname}"\n'
        f'Content-Disposition: attachment; filename="{fname}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64_lines(data)}\n\n"
        f"--{boundary}--\n"
    )


def quoted_request(ref, urls, when, style="gmail"):
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the following content under reference {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken on each item.", "",
              "KCSC Takedown Desk"]
    if style == "gmail":
        return f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:\n" + "\n".join(
            ("> " + l) if l else ">" for l in lines)
    return ("-----Original Message-----\n"
            "From: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {when}\n"
            "To: legal-support@google.com\n"
            f"Subject: Removal request {ref}\n\n" + "\n".join(lines))


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X
case(
    name="x-legal-withheld-kr-bullets",
    from_="legal-support@x.com", name_from="X Legal",
    date="Thu, 19 Sep 2024 03:12:44 +0000",
    subject="Re: Removal request KCSC-240917-01",
    reply_to_req=thread("KCSC-240917-01"),
    body=f"""
Hello,

Thank you for your request (ref. KCSC-240917-01). We have completed our review
of part of the reported content.

The following posts have been withheld in South Korea in response to your
legal demand. They remain visible in other countries:

  * {X[0]}
  * {X[1]}
  * {X[2]}

The following posts were found to violate the X Rules and have been removed
from X globally:

  * {X[3]}
  * {X[4]}

We are still reviewing the remaining URLs in your request and will respond
separately.

More about our country withheld content policy:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome (Country Withheld Content) email",
    why="three posts withheld in KR (restricted), two removed globally; the rest announced for later",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted",
           X[3]: "removed", X[4]: "removed"},
)

x_html = f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello KCSC team,</p>
<p>Please find below the outcome of our review for your request <b>KCSC-240917-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Notes</th></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>Withheld in KR</td><td>Local law</td></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>Removed</td><td>Illegal or regulated goods</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>No action</td><td>No violation of X Rules or local law identified</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Not found</td><td>Post does not exist</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld in KR</td><td>Local law</td></tr>
</table>
<p>You can find more information in our <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">Legal FAQs</a>.</p>
<p>Best,<br>X Legal Operations</p>
</body></html>
"""
x_plain = f"""
Hello KCSC team,

Please find below the outcome of our review for your request KCSC-240917-01.

Reported URL | Action | Notes
{X[6]} | Withheld in KR | Local law
{X[7]} | Removed | Illegal or regulated goods
{X[8]} | No action | No violation of X Rules or local law identified
{X[9]} | Not found | Post does not exist
{X[10]} | Withheld in KR | Local law

You can find more information in our Legal FAQs:
https://help.x.com/en/rules-and-policies/x-legal-faqs

Best,
X Legal Operations
"""
case(
    name="x-html-table-actions",
    from_="legal-ops@x.com", name_from="X Legal Operations",
    date="Fri, 20 Sep 2024 08:40:02 +0000",
    subject="KCSC-240917-01 - Outcome of review",
    raw_mime=alt(x_plain, x_html, "b262-x-table"),
    outcome="applied", classification="confirmation",
    imitates="X legal operations outcome table (multipart HTML + text)",
    why="five rows, one status each: withheld, removed, no action (rejected), not found, withheld",
    items={X[6]: "restricted", X[7]: "removed", X[8]: "rejected", X[9]: "not_found",
           X[10]: "restricted"},
)

case(
    name="x-top-posted-over-gmail-quote",
    from_="j.whitcombe@x.com", name_from="Jonah Whitcombe",
    date="Mon, 23 Sep 2024 01:05:19 +0000",
    subject="Re: Removal request KCSC-240917-01",
    reply_to_req=thread("KCSC-240917-01"),
    body=f"""
Hi,

Quick update on two of the velvet_dock posts from your list:

https://x.com/velvet_dock/status/1832445566778899441 has now been withheld in
South Korea.

{X[12]} could not be located on our end. The post id does not resolve to any
post, current or deleted.

Thanks,
Jonah
X Legal

{quoted_request("KCSC-240917-01", X, "Tue, Sep 17, 2024 at 11:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal agent's top-posted reply over the Gmail-quoted request",
    why="the first post (requested as twitter.com, echoed as x.com) withheld in KR; the second not found; the quoted list says nothing",
    items={X[11]: "restricted", X[12]: "not_found"},
)

case(
    name="x-refusal-and-author-deleted",
    from_="legal-support@x.com", name_from="X Legal",
    date="Sat, 21 Sep 2024 06:22:10 +0000",
    subject="Re: Removal request KCSC-240917-01 [ref:_00D1x2Y3z:_5008K1aQ]",
    reply_to_req=thread("KCSC-240917-01"),
    body=f"""
Hello,

We have reviewed the following reported post:

{X[8]}

After careful review, we did not find this post to be in violation of the X
Rules, and the request does not establish that it is unlawful under Korean
law. We are therefore declining to take action on it at this time.

Regarding {X[0]}: this post had already been deleted by the account holder
before we completed our review, so no action was needed from X.

If you have additional legal information to support your request, you may
submit a new request through our Legal Request portal.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal refusal (no violation, declined) with author-deleted note",
    why="one post declined with a reason (rejected), one already deleted by its author (not_found)",
    items={X[8]: "rejected", X[0]: "not_found"},
)

case(
    name="x-dsa-statement-of-reasons",
    from_="noreply@x.com", name_from="X",
    date="Sun, 22 Sep 2024 10:31:57 +0000",
    subject="Notice of action taken on reported content - KCSC-240917-01",
    body=f"""
NOTICE OF ACTION

Your reference: KCSC-240917-01
Reported content: {X[9]}

Decision: Visibility of the content has been restricted. The post is
withheld in the Republic of Korea.
Territorial scope: Republic of Korea
Ground for the decision: Illegal content under the law of the country where
the content is withheld.
Facts and circumstances: The decision was taken following a notice submitted
by a government authority.
Use of automated means: No automated means were used in taking this decision.

Redress: The account holder may appeal this decision. Further information:
https://help.x.com/en/forms/account-access/appeals

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons as sent by X (notice of action)",
    why="one post, decision: withheld in Korea (restricted); the appeal link is not an item",
    items={X[9]: "restricted"},
)

x_qp = f"""
Dear KCSC,

Further to your request KCSC-240917-01, we confirm the following actions on the reported posts:

- Removed for violating our policy on illegal and regulated goods: {X[7]}
- Withheld in South Korea following legal review: {X[10]}

Kind regards,
Mira Delacroix
Legal Policy Operations, X Corp.
"""
case(
    name="x-qp-wrapped-urls",
    from_="m.delacroix@x.com", name_from="Mira Delacroix",
    date="Tue, 24 Sep 2024 02:48:33 +0000",
    subject="RE: KCSC-240917-01",
    raw_mime=qp_plain(x_qp),
    outcome="applied", classification="confirmation",
    imitates="X legal staff reply sent quoted-printable with soft-wrapped long lines",
    why="one post removed, one withheld in KR; QP soft line breaks fall inside both URLs",
    items={X[7]: "removed", X[10]: "restricted"},
)

case(
    name="x-ack-phrase-plus-statement",
    from_="legal-support@x.com", name_from="X Legal",
    date="Thu, 19 Sep 2024 09:14:05 +0000",
    subject="Case #0918-77412: KCSC-240917-01",
    body=f"""
Hello,

Thank you for contacting X. We have received your request and it has been
assigned case number 0918-77412.

As an initial step we have taken action on the following:

{X[2]} - withheld in South Korea
{X[5]} - account suspended for repeated violations of the X Rules

Please keep the case number in the subject line of any further
correspondence.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X case-creation receipt that also reports first actions",
    why="receipt wording plus two unhedged item statements: a post withheld in KR, an account suspended (removed)",
    items={X[2]: "restricted", X[5]: "removed"},
)

# ================================================================ YouTube
case(
    name="yt-legal-blocked-kr-and-removed",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 20 Sep 2024 04:02:11 +0000",
    subject="Re: KCSC-240917-02 [0-4417000032981]",
    reply_to_req=thread("KCSC-240917-02"),
    body=f"""
Hello,

Thanks for reaching out to us.

Upon review, we have blocked the following content from view on YouTube in
South Korea under local law:

{YT[0]}

We have also removed the following video from YouTube globally for a
violation of our Community Guidelines:

{YT[1]}

We'll follow up on the other URLs in your notice separately.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (blocked in country / removed for CG)",
    why="URL on the line after each statement: first blocked in KR (restricted), second removed globally",
    items={YT[0]: "restricted", YT[1]: "removed"},
)

case(
    name="yt-age-restricted-and-terminated",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Sat, 21 Sep 2024 07:45:39 +0000",
    subject="Re: KCSC-240917-02 [0-4417000032981]",
    reply_to_req=thread("KCSC-240917-02"),
    body=f"""
Hello,

We have completed our review of the remaining items in your notice.

{YT[3]}
Action: Age-restricted. The video is no longer visible to signed-out users or
to users under 18.

{YT[2]}
Action: Channel terminated for repeated violations of our Community
Guidelines.

For more information about age restrictions, please see
https://support.google.com/youtube/answer/2802167

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome with bare URL and 'Action:' on the line below",
    why="a short age-restricted (restricted), a channel terminated (removed); the help link is not an item",
    items={YT[3]: "restricted", YT[2]: "removed"},
)

case(
    name="yt-no-action-single",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 23 Sep 2024 05:10:00 +0000",
    subject="Re: KCSC-240917-02 [0-4417000033502]",
    reply_to_req=thread("KCSC-240917-02"),
    body=f"""
Hello,

Thank you for your notice regarding the channel {YT[2]} .

After reviewing the content of this channel, we have decided not to take
action. Based on the information provided, we could not determine that the
content violates our Community Guidelines or is unlawful in South Korea. The
channel will remain available.

If you obtain a court order regarding this content, you may submit it to us
at https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'decided not to take action' reply",
    why="one channel, declined with a reason and stays up (rejected)",
    items={YT[2]: "rejected"},
)

yt_csv = (
    "url,action_taken,scope,notes\n"
    f"{YT[0]},Blocked,KR,Local legal restriction\n"
    f"{YT[1]},Removed,Global,Community Guidelines violation\n"
    f"{YT[3]},Not found,,Video was deleted by the uploader before review\n"
).encode("utf-8")
case(
    name="yt-csv-attachment",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 25 Sep 2024 09:00:41 +0000",
    subject="KCSC-240917-02 - action report",
    reply_to_req=thread("KCSC-240917-02"),
    raw_mime=with_attachment(
        """
Hello,

Please see the attached spreadsheet for the actions taken on the URLs in your
notice KCSC-240917-02.

Regards,
The YouTube Legal Support Team
""", "KCSC-240917-02_actions.csv", yt_csv, "text/csv", "b262-yt-csv"),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal bulk-notice outcome as CSV attachment",
    why="CSV rows: blocked in KR (restricted), removed globally, deleted by uploader (not_found)",
    items={YT[0]: "restricted", YT[1]: "removed", YT[3]: "not_found"},
)

case(
    name="yt-outlook-original-message",
    from_="hkang@google.com", name_from="Hana Kang",
    date="Thu, 26 Sep 2024 08:17:26 +0000",
    subject="RE: Removal request KCSC-240917-02",
    reply_to_req=thread("KCSC-240917-02"),
    body=f"""
Hi team,

{YT[0]} 영상은 오늘 오전 온라인 도박 정책 위반으로 삭제되었습니다.

(English) The video at {YT[0]} was removed this morning for violating our policy on
online gambling. I'll come back to you on the rest of the list.

Best,
Hana Kang
Government Affairs & Public Policy, Google Korea

{quoted_request("KCSC-240917-02", YT, "Tuesday, September 17, 2024 2:30 PM", style="outlook")}
""",
    outcome="applied", classification="confirmation",
    imitates="Google policy staffer's Outlook reply over '-----Original Message-----'",
    why="one video removed (said in Korean, URL followed by the particle 영상은, and in English); the other URLs appear only in the Outlook-quoted request",
    items={YT[0]: "removed"},
)

# ================================================================ Meta
case(
    name="meta-local-law-restricted",
    from_="noreply@support.facebook.com", name_from="Meta Content Review",
    date="Fri, 20 Sep 2024 11:26:48 +0000",
    subject="Your report KCSC-240918-03: outcome",
    reply_to_req=thread("KCSC-240918-03"),
    body=f"""
Hi,

We reviewed the content in your report under our policies and local law.

We've restricted access in South Korea to the following content because it
goes against local law (한국 내 접근 제한):
{META[0]}
{META[2]}

The following Page was removed because it goes against our Community
Standards on restricted goods and services:
{META[1]}

We haven't finished reviewing the remaining item in your report.

Thanks,
Meta Content Review
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' report outcome",
    why="two items restricted in KR, one Page removed; the fourth item explicitly not yet reviewed",
    items={META[0]: "restricted", META[2]: "restricted", META[1]: "removed"},
)

meta_sor = f"""
Statement of reasons

Reference: KCSC-240918-03
Content: Instagram reel
URL: {META[3]}

What we did: We removed this content from Instagram.
Where: Globally.
Why: The content goes against the Instagram Community Guidelines on
restricted goods and services (sale of counterfeit products).
How the decision was made: The content was reviewed by a person.
What the account holder can do: request a review in the app, use an
out-of-court dispute settlement body, or go to court.

Meta Platforms Ireland Limited
"""
case(
    name="meta-dsa-sor-base64",
    from_="dsa-notices@meta.com", name_from="Meta",
    date="Sat, 21 Sep 2024 13:02:15 +0000",
    subject="Statement of reasons - KCSC-240918-03",
    raw_mime=b64_plain(meta_sor),
    outcome="applied", classification="confirmation",
    imitates="Meta DSA statement of reasons, base64 text body",
    why="one reel removed globally",
    items={META[3]: "removed"},
)

case(
    name="meta-bare-url-status-below",
    from_="legal-response@fb.com", name_from="Meta Legal Response",
    date="Mon, 23 Sep 2024 09:55:30 +0000",
    subject="RE: KCSC-240918-03",
    reply_to_req=thread("KCSC-240918-03"),
    body=f"""
Hello,

Please find our response for the following items:

{META[0]}
Outcome: We couldn't find this content. The link may be broken, or the post
was deleted by the person who shared it.

{META[2]}
Outcome: No action taken. After legal review we did not find that this
content goes against our Community Standards or local law.

Best regards,
Meta Legal Response Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta legal response with per-URL 'Outcome:' lines",
    why="group post not found, Instagram post declined after legal review (rejected)",
    items={META[0]: "not_found", META[2]: "rejected"},
)

meta_html = f"""
<html><body>
<div style="font-family:Helvetica,Arial;font-size:14px;color:#1c1e21">
<h2 style="font-size:18px">Report status update</h2>
<p>Report reference: KCSC-240918-03</p>
<table style="border-collapse:collapse" cellpadding="6">
<tr style="background:#f0f2f5"><td><b>Content</b></td><td><b>Status</b></td></tr>
<tr><td>{META[1]}</td><td>Removed &ndash; goes against our Community Standards</td></tr>
<tr><td>{META[3]}</td><td>Restricted in South Korea &ndash; local law</td></tr>
</table>
<p style="color:#65676b;font-size:12px">Visit the <a href="https://www.facebook.com/support/">Support Inbox</a> to see all your reports.</p>
</div>
</body></html>
"""
case(
    name="meta-html-report-status",
    from_="notification@facebookmail.com", name_from="Facebook",
    date="Tue, 24 Sep 2024 15:20:08 +0000",
    subject="Update on your report KCSC-240918-03",
    type="html", body=meta_html,
    outcome="applied", classification="confirmation",
    imitates="Facebook Support Inbox report-status notification (HTML only)",
    why="HTML-only table: Page removed, reel restricted in KR; Support Inbox link is not an item",
    items={META[1]: "removed", META[3]: "restricted"},
)

# ================================================================ TikTok
case(
    name="tiktok-numbered-list",
    from_="legal@tiktok.com", name_from="TikTok Legal",
    date="Fri, 20 Sep 2024 06:33:27 +0000",
    subject="Re: KCSC-240918-04 | Government removal request",
    reply_to_req=thread("KCSC-240918-04"),
    body=f"""
Dear KCSC,

Thank you for your request. Our team has reviewed the reported content and
taken the following actions:

1. {TT[0]}
   Removed for violating our Community Guidelines (drugs and controlled
   substances).
2. {TT[1]}
   Access restricted in South Korea based on local law.
3. {TT[2]}
   Account permanently banned.

Best regards,
TikTok Law Enforcement & Government Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request outcome, numbered list",
    why="video removed, video restricted in KR, account banned (removed)",
    items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "removed"},
)

case(
    name="tiktok-url-below-statement",
    from_="govrequests@tiktok.com", name_from="TikTok",
    date="Sat, 21 Sep 2024 02:11:50 +0000",
    subject="Your report (KCSC-240918-04) has been reviewed",
    body=f"""
Hi,

We have reviewed your report and here is what we found.

The following video is no longer available to viewers in South Korea as of
21 September 2024:
{TT[0]}

The following video was found not to violate our Community Guidelines or
local law and will remain on TikTok:
{TT[1]}

Thank you for helping keep TikTok safe.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-review notification with statement above each URL",
    why="first video geo-restricted in KR, second stays up with a reason (rejected)",
    items={TT[0]: "restricted", TT[1]: "rejected"},
)

case(
    name="tiktok-angle-brackets",
    from_="legal@tiktok.com", name_from="TikTok Legal",
    date="Mon, 23 Sep 2024 03:40:14 +0000",
    subject="Re: KCSC-240918-04 | Government removal request",
    reply_to_req=thread("KCSC-240918-04"),
    body=f"""
Dear KCSC,

Following up on our earlier message: the account <{TT[2]}> has been
permanently banned and its videos are no longer available on TikTok.

Best regards,
TikTok Law Enforcement & Government Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok follow-up, URL in angle brackets",
    why="the account is banned (removed)",
    items={TT[2]: "removed"},
)

case(
    name="tiktok-one-clear-one-hedged",
    from_="govrequests@tiktok.com", name_from="TikTok",
    date="Tue, 24 Sep 2024 07:03:58 +0000",
    subject="Re: KCSC-240918-04",
    reply_to_req=thread("KCSC-240918-04"),
    body=f"""
Hello,

We removed {TT[0]} for violating our Community Guidelines.

As for {TT[1]}, it appears the creator may have taken it down themselves;
we are checking this and will confirm.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok agent reply, one firm action and one hedged observation",
    why="first video removed; second only 'appears ... may have' and 'will confirm' (stays pending)",
    items={TT[0]: "removed", TT[1]: "pending"},
)

# ================================================================ Reddit
case(
    name="reddit-safety-markdown",
    from_="noreply@redditmail.com", name_from="Reddit Safety",
    date="Fri, 20 Sep 2024 19:25:03 +0000",
    subject="Re: KCSC-240919-05 - Reddit legal removal request",
    reply_to_req=thread("KCSC-240919-05"),
    body=f"""
Hi there,

Thanks for your report. After investigating, we've found that the reported
content violates [Reddit's Content Policy](https://www.redditinc.com/policies/content-policy).

**Actions taken**

* Post: {RD[0]}
  -> removed by Reddit's Safety team
* User: {RD[1]}
  -> account permanently suspended

Thanks again for helping keep Reddit safe.

-- Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety 'thanks for your report' outcome, markdown-ish text",
    why="post removed, account suspended (removed); the policy link is not an item",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-rejected-and-notfound-gmail-quote",
    from_="legal@reddit.com", name_from="Reddit Legal",
    date="Mon, 23 Sep 2024 17:58:40 +0000",
    subject="Re: Removal request KCSC-240919-05",
    reply_to_req=thread("KCSC-240919-05"),
    body=f"""
Hello,

We reviewed the post at {RD[0]} and did not find that it violates Reddit's
Content Policy or the Korean law cited in your request. The post will remain
available.

The user {RD[1]} does not exist on Reddit; the account name may have been
mistyped, or the account was deleted by its owner.

Best,
Reddit Legal

{quoted_request("KCSC-240919-05", RD, "Thu, Sep 19, 2024 at 9:40 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply declining one item and not finding the other, over the quoted request",
    why="post stays up with a reason (rejected); user does not exist (not_found)",
    items={RD[0]: "rejected", RD[1]: "not_found"},
)

# ================================================================ Twitch
case(
    name="twitch-suspended-and-vod-deleted",
    from_="legal@twitch.tv", name_from="Twitch Legal",
    date="Sat, 21 Sep 2024 01:14:36 +0000",
    subject="Re: KCSC-240919-06",
    reply_to_req=thread("KCSC-240919-06"),
    body=f"""
Hi,

Thank you for the report. Our Trust & Safety team reviewed the channel and
the VOD you listed.

- {TW[0]} : channel indefinitely suspended for violating our Community
  Guidelines on gambling.
- {TW[1]} : VOD deleted.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Trust & Safety enforcement reply",
    why="channel indefinitely suspended (removed), VOD deleted (removed)",
    items={TW[0]: "removed", TW[1]: "removed"},
)

case(
    name="twitch-no-violation-and-expired-vod",
    from_="safety@twitch.tv", name_from="Twitch Safety",
    date="Tue, 24 Sep 2024 22:07:19 +0000",
    subject="Your report about coldsparrow_tv (KCSC-240919-06)",
    body=f"""
Hello,

We reviewed the channel {TW[0]} and did not find a violation of our
Community Guidelines or Terms of Service. No enforcement action was taken and
the channel remains active.

The VOD {TW[1]} no longer exists on Twitch. Past broadcasts are kept for a
limited time and this one expired before our review.

Regards,
Twitch Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch report outcome: no violation found / VOD gone",
    why="channel stays active (rejected); VOD expired and no longer exists (not_found)",
    items={TW[0]: "rejected", TW[1]: "not_found"},
)

# ================================================================ Discord
case(
    name="discord-server-removed-url",
    from_="tns@discord.com", name_from="Discord Trust & Safety",
    date="Sat, 21 Sep 2024 04:50:22 +0000",
    subject="Re: [Discord T&S] KCSC-240920-07",
    reply_to_req=thread("KCSC-240920-07"),
    body="""
Hi there,

Thanks for reaching out. We investigated the server behind the invite
discord.gg/k7QmXa2P and found it in violation of our Community Guidelines.
The server has been removed from Discord and its owner's account disabled.

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety enforcement reply",
    why="the server behind the invite (written without scheme) was removed",
    items={DC[0]: "removed"},
)

case(
    name="discord-sole-statement-one-item",
    from_="tns@discord.com", name_from="Discord Trust & Safety",
    date="Mon, 23 Sep 2024 12:05:48 +0000",
    subject="Re: [Discord T&S] KCSC-240920-07",
    reply_to_req=thread("KCSC-240920-07"),
    body="""
Hello,

We have actioned your report KCSC-240920-07. The reported server has been
deleted and is no longer accessible to anyone on Discord.

Regards,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S closing message naming no URL",
    why="one-item request; 'the reported server has been deleted' states its only item removed",
    items={DC[0]: "removed"},
)

# ================================================================ review
case(
    name="x-promise-will-withhold",
    from_="legal-support@x.com", name_from="X Legal",
    date="Wed, 18 Sep 2024 23:30:00 +0000",
    subject="Re: Removal request KCSC-240917-01",
    reply_to_req=thread("KCSC-240917-01"),
    body=f"""
Hello,

Thank you for your request. Our team has completed an initial assessment and
the following posts will be withheld in South Korea within the next 48 hours:

{X[0]}
{X[1]}

We will send confirmation once the action is in place.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing future withholding",
    why="only a promise ('will be withheld'); items stay pending",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="yt-under-review",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 02:14:00 +0000",
    subject="Re: KCSC-240917-02 [0-4417000032981]",
    reply_to_req=thread("KCSC-240917-02"),
    body=f"""
Hello,

Thank you for your notice. The videos {YT[0]} and {YT[1]} are currently under
review by our legal team. Reviews of this kind can take several business days
depending on complexity. We will update you as soon as a decision has been
made.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal 'under review' interim reply",
    why="names two items but only says they are under review",
    items={YT[0]: "pending", YT[1]: "pending"},
)

case(
    name="meta-bulk-all-removed",
    from_="legal-response@fb.com", name_from="Meta Legal Response",
    date="Wed, 25 Sep 2024 10:40:12 +0000",
    subject="RE: KCSC-240918-03",
    reply_to_req=thread("KCSC-240918-03"),
    body="""
Hello,

We are writing to let you know that all of the content reported in your
request KCSC-240918-03 has been removed from Facebook and Instagram for
violating our Community Standards.

Best regards,
Meta Legal Response Team
""",
    outcome="review", review="bulk",
    imitates="Meta legal blanket 'all reported content removed' reply",
    why="a statement about all four items without naming any",
    items={u: "pending" for u in META},
)

case(
    name="tiktok-hedge-may-have",
    from_="govrequests@tiktok.com", name_from="TikTok",
    date="Thu, 19 Sep 2024 08:26:31 +0000",
    subject="Re: KCSC-240918-04",
    reply_to_req=thread("KCSC-240918-04"),
    body=f"""
Hi,

Thanks for your patience. From a first look, {TT[0]} and {TT[2]} may have
already been removed, but our systems show conflicting information and we
need to check with the enforcement team before we can give you a definite
answer.

TikTok Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok agent's tentative first answer",
    why="'may have already been removed' is a hedge; nothing stated",
    items={TT[0]: "pending", TT[2]: "pending"},
)

case(
    name="x-forged-auth-fail",
    from_="legal-support@x.com", name_from="X Legal",
    auth="fail",
    date="Fri, 20 Sep 2024 14:12:09 +0000",
    subject="Re: Removal request KCSC-240917-01",
    body=f"""
Hello,

All good news: the following posts have been removed from X.

{X[5]}
{X[6]}
{X[12]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X-looking reply failing DKIM/SPF/DMARC",
    why="claims removals but the x.com sender fails authentication",
    items={X[5]: "pending", X[6]: "pending", X[12]: "pending"},
)

case(
    name="unknown-sender-account-holder-counsel",
    from_="s.park@parkandlee-law.example", name_from="Soyeon Park",
    date="Sat, 21 Sep 2024 09:00:00 +0900",
    subject="KCSC-240917-01 - our client's posts",
    body=f"""
Dear Sir or Madam,

We act for the holder of the account quiet_mill_77. Our client received a
notice from X that your Commission had requested removal of two posts. To
avoid any dispute our client deleted the post
{X[6]}
yesterday, and the post {X[7]} has also been deleted.

We would ask that the matter be closed.

Yours faithfully,
Soyeon Park
Park & Lee Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="account holder's lawyer writing to the regulator after an X user notice",
    why="statements about two requested posts from a non-platform domain",
    items={X[6]: "pending", X[7]: "pending"},
)

case(
    name="pinterest-wrong-platform",
    from_="legal@pinterest.com", name_from="Pinterest Legal",
    date="Fri, 20 Sep 2024 18:44:55 +0000",
    subject="Re: Removal request KCSC-240919-05",
    reply_to_req=thread("KCSC-240919-05"),
    body=f"""
Hello,

Thank you for your message. We were unable to find the following content on
Pinterest:

{RD[0]}
{RD[1]}

These links do not point to Pinterest. You may wish to contact the service
that hosts them directly.

Pinterest Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Pinterest legal 'not our content' reply to a misdirected request",
    why="Pinterest states 'unable to find' about Reddit's items",
    items={RD[0]: "pending", RD[1]: "pending"},
)

case(
    name="snap-portal-notice-no-claims",
    from_="lawenforcement@snap.com", name_from="Snap Inc. Law Enforcement Operations",
    date="Mon, 23 Sep 2024 16:00:00 +0000",
    subject="Changes to how Snap receives government requests",
    body="""
Dear partner,

Starting 1 October 2024, Snap will accept government content removal
requests only through our online portal. Requests sent by email after that
date will receive an automated reply pointing to the portal.

Portal: https://lawenforcement.snapchat.com/removal-requests
Guide: https://values.snap.com/safety/law-enforcement

Kind regards,
Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="no_claims",
    imitates="Snap law-enforcement operations process-change notice",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="discord-asks-for-message-links",
    from_="tns@discord.com", name_from="Discord Trust & Safety",
    date="Fri, 20 Sep 2024 22:31:40 +0000",
    subject="Re: [Discord T&S] KCSC-240920-07",
    reply_to_req=thread("KCSC-240920-07"),
    body=f"""
Hi there,

Thanks for your report. Invite links can expire or be reused, so we cannot
act on {DC[0]} alone. Could you please send us message links
(https://discord.com/channels/... format) or the server ID for the content
you are reporting? Once we have them we will continue our investigation.

Best,
Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord T&S request for message links / server ID",
    why="asks for more information; the invite stays pending; the channels link is a format example",
    items={DC[0]: "pending"},
)

case(
    name="reddit-condition-if-not-removed",
    from_="legal@reddit.com", name_from="Reddit Legal",
    date="Fri, 20 Sep 2024 21:12:08 +0000",
    subject="Re: Removal request KCSC-240919-05",
    reply_to_req=thread("KCSC-240919-05"),
    body=f"""
Hello,

We have asked the moderators of r/koreadeals_unofficial to review
{RD[0]}. If the post is not removed by the moderators within 24 hours, Reddit
admins will remove it.

Best,
Reddit Legal
""",
    outcome="review", review="not_understood",
    imitates="Reddit legal reply deferring to subreddit moderators",
    why="only a condition and a promise about the post",
    items={RD[0]: "pending"},
)

case(
    name="meta-unmatched-urls",
    from_="legal-response@fb.com", name_from="Meta Legal Response",
    date="Thu, 26 Sep 2024 06:18:27 +0000",
    subject="RE: KCSC-240918-03",
    reply_to_req=thread("KCSC-240918-03"),
    body="""
Hello,

Please see our response for your request:

https://www.instagram.com/p/C9xQ2mLrT5b/ - removed
https://www.facebook.com/sunpetal.deals - removed

Best regards,
Meta Legal Response Team
""",
    outcome="review", review="unmatched_claims",
    imitates="Meta legal response listing URLs that differ from those requested",
    why="two removals stated for URLs not in the request (one character off / a different Page)",
    items={},
)

# ================================================================ ignored
case(
    name="x-ack-case-created",
    from_="legal-noreply@x.com", name_from="X Legal",
    date="Tue, 17 Sep 2024 02:05:33 +0000",
    subject="Case #0917-66120 received: KCSC-240917-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We have received your legal request and a case has been created:

Case number: 0917-66120
Submitted: 17 September 2024

Our team will review your request and contact you if we need more
information. Please do not reply to this message.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal-request portal receipt",
    why="pure receipt naming no item and stating nothing",
    items={},
)

case(
    name="tiktok-out-of-office",
    from_="hyejin.oh@tiktok.com", name_from="Hyejin Oh",
    date="Wed, 18 Sep 2024 07:01:12 +0000",
    subject="Automatic reply: Removal request KCSC-240918-04",
    reply_to_req=thread("KCSC-240918-04"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi,

I am out of the office until 30 September with limited access to email. For
urgent government requests please write to govrequests@tiktok.com.

Thanks,
Hyejin
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office from a TikTok staffer",
    why="out-of-office auto-reply",
    items={},
)

yt_dsn = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b262-dsn-yt"

--b262-dsn-yt
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to yt-legal-kr@google.com because the address
couldn't be found, or is unable to receive mail.

--b262-dsn-yt
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 17 Sep 2024 05:30:04 +0000

Final-Recipient: rfc822; yt-legal-kr@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--b262-dsn-yt
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: yt-legal-kr@google.com
Subject: Removal request KCSC-240917-02
Message-ID: <{req_mid("KCSC-240917-02")}>
Date: Tue, 17 Sep 2024 14:30:00 +0900

--b262-dsn-yt--
"""
case(
    name="yt-dsn-address-not-found",
    from_="mailer-daemon@googlemail.com", name_from="Mail Delivery Subsystem",
    date="Tue, 17 Sep 2024 05:30:06 +0000",
    subject="Delivery Status Notification (Failure)",
    reply_to_req=thread("KCSC-240917-02"),
    raw_mime=yt_dsn,
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' DSN for our request",
    why="delivery failure report",
    items={},
)

mdn = f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b262-mdn"

--b262-mdn
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal-response@fb.com at
18/09/2024 10:15. This receipt verifies that the message has been displayed
on the recipient's computer.

--b262-mdn
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-response@fb.com
Original-Message-ID: <{req_mid("KCSC-240918-03")}>
Disposition: manual-action/MDN-sent-manually; displayed

--b262-mdn--
"""
case(
    name="meta-read-receipt",
    from_="legal-response@fb.com", name_from="Meta Legal Response",
    date="Wed, 18 Sep 2024 03:20:44 +0000",
    subject="Read: Removal request KCSC-240918-03",
    reply_to_req=thread("KCSC-240918-03"),
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="reddit-ticket-receipt",
    from_="legal-noreply@reddit.com", name_from="Reddit Legal",
    date="Thu, 19 Sep 2024 00:41:09 +0000",
    subject="[Reddit] Your request has been received (#88231)",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
##- Please type your reply above this line -##

Your request (#88231) has been received and is being reviewed by our team.

Subject: Removal request KCSC-240919-05

To add additional comments, reply to this email.

Reddit Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from a platform help desk",
    why="pure ticket receipt",
    items={},
)

case(
    name="telegram-unmonitored-autoreply",
    from_="abuse@telegram.org", name_from="Telegram",
    date="Fri, 20 Sep 2024 01:00:02 +0000",
    subject="Re: KCSC-240919-06",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

This is an automatic reply. This mailbox only handles abuse reports about
content hosted on Telegram. Messages about other services are not read.

For reports about Telegram content please include t.me links.

Telegram Abuse Team
""",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram abuse-desk automatic reply",
    why="an auto-reply (Auto-Submitted) to a misdirected copy; ignored whoever sent it",
    items={},
)

twitch_delay = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b262-dsn-tw"

--b262-dsn-tw
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.twitch.tv.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours. It will be retried until it
is 5 days old.

<legal@twitch.tv>: connect to inbound.twitch.tv[203.0.113.25]:25: Connection
    timed out

--b262-dsn-tw
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.twitch.tv
Arrival-Date: Thu, 19 Sep 2024 04:20:11 +0000

Final-Recipient: rfc822; legal@twitch.tv
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to inbound.twitch.tv[203.0.113.25]:25: Connection timed out

--b262-dsn-tw
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@twitch.tv
Subject: Removal request KCSC-240919-06
Message-ID: <{req_mid("KCSC-240919-06")}>

--b262-dsn-tw--
"""
case(
    name="twitch-dsn-delayed",
    from_="MAILER-DAEMON@mail.twitch.tv", name_from="Mail Delivery System",
    date="Thu, 19 Sep 2024 08:21:00 +0000",
    subject="Delayed Mail (still being retried)",
    reply_to_req=thread("KCSC-240919-06"),
    raw_mime=twitch_delay,
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (DSN, Action: delayed)",
    why="delivery delay report",
    items={},
)


HEADER = '''# Blind set 262 (tests/corpus/blind262/): English notices from many
# platforms (X, YouTube, Meta, TikTok, Reddit, Twitch, Discord; Telegram,
# Snap and Pinterest as senders of mail that changes nothing). Written by
# make.py from each email's meaning, before the reader was run on it.
# Each case is judged alone on a fresh ledger holding requests.csv.
'''


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
