#!/usr/bin/env python3
"""Blind set 592: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind592/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is invented (fictional accounts, ids and URLs), written in the manner
of the public notice named in its `imitates` field; the expected results were
written from each email's meaning alone, before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "support.facebook.com": "Facebook",
    "meta.com": "Meta",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
    "twitch.tv": "Twitch",
    "snapchat.com": "Snapchat",
})

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/moonlit_ledger/status/1832207741950361601",
    2: "https://x.com/moonlit_ledger/status/1832209913372450817",
    3: "https://x.com/grayfinch_kr/status/1832415520984076290",
    4: "https://x.com/grayfinch_kr/status/1832416677013458944",
    5: "https://x.com/tallow_market/status/1833010276405293057",
    6: "https://x.com/tallow_market/status/1833011190782509312",
    7: "https://x.com/tallow_market/status/1833012844619870209",
    8: "https://x.com/nightcrane88/status/1833390122846019584",
    9: "https://x.com/nightcrane88/status/1833395560017702912",
    10: "https://x.com/pale_orchard",
    11: "https://x.com/quietdrum_sell/status/1834120551830437890",
    12: "https://x.com/quietdrum_sell/status/1834120093377536001",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8rLx2A",
    2: "https://www.youtube.com/watch?v=bN7kPz0wE4c",
    3: "https://www.youtube.com/shorts/Hd2Lq9sVt1M",
    4: "https://www.youtube.com/@cinder_vault_tv",
}
M = {
    1: "https://www.facebook.com/groups/ashlinetrade/posts/778812340091256/",
    2: "https://www.instagram.com/p/C9xK2bLmQ4e/",
    3: "https://www.instagram.com/reel/C-aQ7tPz1Wk/",
}
T = {
    1: "https://www.tiktok.com/@velvetpylon/video/7409218834561200001",
    2: "https://www.tiktok.com/@velvetpylon/video/7409218834561211742",
    3: "https://www.tiktok.com/@hanbit_lure/video/7410022913380455110",
    4: "https://www.tiktok.com/@hanbit_lure/video/7410022913380455111",
    5: "https://www.tiktok.com/@coldmint.store",
}
R_RAW1 = "https://www.reddit.com/r/seoul_swapmeet/comments/1fa2k9q/유출_자료_판매/"
R = {
    1: "https://www.reddit.com/r/seoul_swapmeet/comments/1fa2k9q/%EC%9C%A0%EC%B6%9C_%EC%9E%90%EB%A3%8C_%ED%8C%90%EB%A7%A4/",
    2: "https://www.reddit.com/user/drift_kestrel/comments/1fa3m0z/price_list/",
}
D = {1: "https://discord.com/channels/1102938475610293847/1102938475610299981/1283746501928374650"}
W = {
    1: "https://www.twitch.tv/ember_lattice",
    2: "https://www.twitch.tv/videos/2247719305",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, items, note
    ("KCSC-240910-01", "x", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_trade", [X[i] for i in range(1, 13)],
     'Batch of posts and one account selling "leaked" ID documents, resident numbers'),
    ("KCSC-240910-02", "youtube", "2024-09-10T15:30:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling", [Y[i] for i in range(1, 5)], "Illegal online gambling promotion, channel and videos"),
    ("KCSC-240911-01", "meta", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "drugs", [M[i] for i in range(1, 4)], "Facebook group post, Instagram post and reel"),
    ("KCSC-240911-02", "tiktok", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "illegal_trade", [T[i] for i in range(1, 6)], "Counterfeit medicine sales; videos, one account"),
    ("KCSC-240912-01", "reddit", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00",
     "privacy", [R[1], R[2]], "Sale of leaked personal data, thread and user post"),
    ("KCSC-240912-02", "discord", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "obscene", [D[1]], "Single message in a public server"),
    ("KCSC-240913-01", "twitch", "2024-09-13T13:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "gambling", [W[1], W[2]], "Channel and past broadcast, gambling site promotion"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, ref + "@kcsc.example", note])


def req_lines(ref, urls):
    """The body of our own request email, as platforms quote it back."""
    out = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission (KCSC) requests, under reference {ref},",
        "the removal of or the restriction of access from Korea to the following content,",
        "which was found to violate Korean law:",
        "",
    ]
    out += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    out += ["", "Please inform us of the measures taken for each item.", "",
            "KCSC Takedown Desk", "takedown@kcsc.example"]
    return out


def quoted(ref, urls, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in req_lines(ref, urls))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


X_REQ = [X[i] for i in range(1, 13)]

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
case(
    name="x-withheld-kr-bulleted",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome notice (Country Withheld Content)",
    why="Trusted X mail: three listed posts withheld in South Korea",
    date="Thu, 12 Sep 2024 02:14:09 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240910-01] Request to restrict unlawful content",
    reply_to_req="KCSC-240910-01",
    body=f"""
Hello,

Thank you for your correspondence regarding the posts identified in your
request KCSC-240910-01.

After reviewing the reported content against the X Rules and the laws of the
Republic of Korea, we have withheld the following posts in South Korea under
our Country Withheld Content policy:

  - {X[1]}
  - {X[2]}
  - {X[3]}

These posts remain visible outside South Korea. The account holders have been
notified. Our decision on the remaining items in your request is still pending
and we will write to you separately.

More on country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
Legal Policy Team
X Corp.
""",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted"},
)

case(
    name="x-removed-and-declined-prose",
    outcome="applied", classification="confirmation",
    imitates="X Trust & Safety reply to a government report, mixed outcome in prose",
    why="Two posts removed for illegal goods, the third kept up with its reason",
    date="Thu, 12 Sep 2024 08:40:51 +0000",
    **{"from": "gov-reports@x.com"},
    subject="Your report about @tallow_market [ref:KCSC-240910-01]",
    reply_to_req="KCSC-240910-01",
    body=f"""
Hi KCSC team,

We reviewed the posts you reported from the account @tallow_market.

The posts at {X[5]} and {X[6]} broke our rules on illegal or certain regulated
goods and services and have been removed from X.

We did not find a violation of the X Rules, nor sufficient grounds under local
law, for {X[7]}. It is a general review of a product and makes no offer of sale,
so it remains available.

Thanks,
X Safety
""",
    items={X[5]: "removed", X[6]: "removed", X[7]: "rejected"},
)

case(
    name="x-account-suspended",
    outcome="applied", classification="confirmation",
    imitates="X notice that a reported account has been suspended",
    why="The requested account is permanently suspended: no longer visible on X",
    date="Fri, 13 Sep 2024 01:03:27 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240910-01] Account @pale_orchard",
    reply_to_req="KCSC-240910-01",
    body=f"""
Hello,

Following our review, the account @pale_orchard ({X[10]}) has been
permanently suspended for violating the X Rules. Its profile and posts are no
longer visible on X.

Kind regards,
X Legal
""",
    items={X[10]: "removed"},
)

case(
    name="x-html-outcome-table",
    outcome="applied", classification="confirmation",
    type="html",
    imitates="X legal outcome email with an HTML table of action per URL",
    why="Table: one withheld in KR, one removed globally, one already deleted by its author",
    date="Fri, 13 Sep 2024 06:22:10 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Outcome of your request KCSC-240910-01 (partial)",
    reply_to_req="KCSC-240910-01",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please see below the outcome for some of the items in your request
<b>KCSC-240910-01</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Removed (violation of the X Rules)</td><td>Global</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>No action possible: the post no longer exists, it was deleted by the account holder before our review</td><td>&ndash;</td></tr>
</table>
<p>You can read about how we handle legal requests at
<a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">our Help Center</a>.</p>
<p>X Legal</p>
</body></html>
""",
    items={X[8]: "restricted", X[9]: "removed", X[11]: "not_found"},
)

CSV_ROWS = [
    ["reported_url", "action", "scope", "note"],
    [X[1], "Withheld", "KR", ""],
    [X[2], "Withheld", "KR", ""],
    [X[3], "Withheld", "KR", ""],
    [X[4], "Removed", "Global", "Violation of the X Rules (private information)"],
    [X[5], "Removed", "Global", "Illegal or regulated goods"],
    [X[6], "Removed", "Global", "Illegal or regulated goods"],
    [X[7], "No action", "", "Does not violate the X Rules; no illegality established under Korean law"],
    [X[8], "Withheld", "KR", ""],
    [X[9], "Removed", "Global", "Illegal or regulated goods"],
    [X[10], "Account suspended", "Global", "Permanent suspension"],
    [X[11], "Not found", "", "Post deleted by the account holder before review"],
    [X[12], "No action", "", "Commentary on a public figure, no legal basis to act"],
]


def csv_text(rows):
    import io
    s = io.StringIO()
    csv.writer(s, lineterminator="\r\n").writerows(rows)
    return s.getvalue()


case(
    name="x-csv-attachment-all-items",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply with a per-URL outcome spreadsheet exported as CSV",
    why="CSV gives an outcome for each of the 12 items; text part points to it",
    date="Mon, 16 Sep 2024 03:55:00 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240910-01] Request to restrict unlawful content - final response",
    reply_to_req="KCSC-240910-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==x592csv=="

--==x592csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

This is our final response to request KCSC-240910-01. The action taken on
each reported URL is listed in the attached file.

Regards,
X Legal

--==x592csv==
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240910-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_text(CSV_ROWS))}
--==x592csv==--
""",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted", X[4]: "removed",
           X[5]: "removed", X[6]: "removed", X[7]: "rejected", X[8]: "restricted",
           X[9]: "removed", X[10]: "removed", X[11]: "not_found", X[12]: "rejected"},
)

case(
    name="x-top-posted-over-outlook-original",
    outcome="applied", classification="confirmation",
    imitates="X legal agent's short top-posted reply over an Outlook '-----Original Message-----' block",
    why="Only the top line speaks (one post withheld in KR); the unquoted original lists all 12 URLs",
    date="Mon, 16 Sep 2024 07:12:44 +0000",
    **{"from": "d.hale@x.com"},
    name_from="Dana Hale",
    subject="RE: [KCSC-240910-01] Request to restrict unlawful content",
    reply_to_req="KCSC-240910-01",
    body=f"""
Hi,

Quick update: {X[4]} has now been withheld in South Korea.

Best,
Dana Hale
Legal Operations, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 2:00 AM
To: legal@x.com
Subject: [KCSC-240910-01] Request to restrict unlawful content

""" + "\n".join(req_lines("KCSC-240910-01", X_REQ)),
    items={X[4]: "restricted"},
)

case(
    name="x-statement-then-url-below",
    outcome="applied", classification="confirmation",
    imitates="X Help Center report outcome: statement sentence with the URL on the next line",
    why="One post removed (URL below the sentence), another could not be located",
    date="Tue, 17 Sep 2024 00:31:18 +0000",
    **{"from": "gov-reports@x.com"},
    subject="Update on your report [ref:KCSC-240910-01]",
    reply_to_req="KCSC-240910-01",
    body=f"""
Hello,

Following our review, the post below was removed for violating our private
information and media policy:
{X[12]}

We were unable to locate the following post. The link returns no content and
we hold no post with this ID:
{X[11]}

X Safety
""",
    items={X[12]: "removed", X[11]: "not_found"},
)

case(
    name="x-bare-url-action-below",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome in 'URL / Action:' blocks",
    why="Each bare URL with its action on the line below: withheld in KR, and no action with reason",
    date="Tue, 17 Sep 2024 05:47:02 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240910-01] @nightcrane88",
    reply_to_req="KCSC-240910-01",
    body=f"""
Hello,

Please find our decision on the two posts by @nightcrane88 below.

{X[8]}
Action: Withheld in South Korea

{X[9]}
Action: No action taken. The post does not break the X Rules and the
report did not establish that it is illegal in South Korea.

X Legal
""",
    items={X[8]: "restricted", X[9]: "rejected"},
)

case(
    name="x-gmail-top-reply-quoted-request",
    outcome="applied", classification="confirmation",
    imitates="Top-posted Gmail-style reply from an X agent above the '>'-quoted request",
    why="Two named posts removed globally; the 12 URLs below are in the quoted request",
    date="Tue, 17 Sep 2024 09:09:09 +0000",
    **{"from": "s.okafor@x.com"},
    name_from="Sam Okafor",
    subject="Re: [KCSC-240910-01] Request to restrict unlawful content",
    reply_to_req="KCSC-240910-01",
    body=f"""
Hello KCSC team,

Both of the posts from @moonlit_ledger listed below have been removed
globally for violating the X Rules:

{X[1]}
{X[2]}

Sam

On Tue, Sep 10, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
""" + quoted("KCSC-240910-01", X_REQ),
    items={X[1]: "removed", X[2]: "removed"},
)

case(
    name="x-echoed-report-form",
    outcome="applied", classification="confirmation",
    imitates="X support-form reply echoing the submitted report fields, with an outcome per URL",
    why="Each echoed URL carries its own outcome line: withheld in KR",
    date="Wed, 18 Sep 2024 02:20:36 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Your legal request 0194-KR-77120 has been resolved",
    body=f"""
Hello,

Your legal request has been resolved. A copy of your submission and our
response follow.

---------- Your submission ----------
Report ID: 0194-KR-77120
Reporter: Korea Communications Standards Commission (KCSC-240910-01)
Country: Republic of Korea

Reported content:
  URL: {X[5]}
  Outcome: Withheld in: KR

  URL: {X[6]}
  Outcome: Withheld in: KR

Description: Sale of counterfeit identity documents.
-------------------------------------

X Legal
""",
    items={X[5]: "restricted", X[6]: "restricted"},
)

case(
    name="x-sensitive-media-age-restricted",
    outcome="applied", classification="confirmation",
    imitates="X notice that a post was placed behind a sensitive-media / age restriction",
    why="Post age-restricted behind a warning: restricted, not removed",
    date="Wed, 18 Sep 2024 06:02:58 +0000",
    **{"from": "gov-reports@x.com"},
    subject="Update on your report [ref:KCSC-240910-01]",
    reply_to_req="KCSC-240910-01",
    body=f"""
Hi,

We have reviewed {X[7]} and age-restricted it: the post now sits behind a
sensitive media warning and cannot be viewed by people under 18 or by
logged-out visitors.

X Safety
""",
    items={X[7]: "restricted"},
)

case(
    name="yt-legal-blocked-kr-qp",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support 'we have blocked the content from view in your country' email (quoted-printable)",
    why="Video blocked in South Korea under local law: restricted",
    date="Wed, 11 Sep 2024 04:30:12 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="[3-1208800034112] Re: Legal removal request KCSC-240910-02",
    reply_to_req="KCSC-240910-02",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Hello,

Thanks for reaching out to us.

In response to your legal request (KCSC-240910-02), we have blocked the following content from view on YouTube in South Korea, in accordance with local law:

{Y[1]}

This content remains available to viewers in other countries. The uploader has been informed of our decision. We may share a copy of your notice with the Lumen project (lumendatabase.org).

Sincerely,
The YouTube Legal Support Team
"""),
    items={Y[1]: "restricted"},
)

case(
    name="yt-removed-numbered-list",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety reply with a numbered list of removed videos and a terminated channel",
    why="Two videos removed and the channel terminated",
    date="Thu, 12 Sep 2024 11:15:40 +0000",
    **{"from": "youtube-trustandsafety@youtube.com"},
    name_from="YouTube",
    subject="Re: KCSC-240910-02 - outcome of review",
    reply_to_req="KCSC-240910-02",
    body=f"""
Hello,

Thank you for your report. After reviewing the content you flagged, we took
the following actions:

1. {Y[2]} - removed for violating our Community Guidelines (harmful or dangerous content)
2. {Y[3]} - removed for violating our Community Guidelines (spam, deceptive practices and scams)
3. {Y[4]} - channel terminated for repeated violations of our Community Guidelines

You can learn more about our policies at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

- The YouTube Team
""",
    items={Y[2]: "removed", Y[3]: "removed", Y[4]: "removed"},
)

case(
    name="yt-age-restricted-and-declined",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome: one video age-restricted, one declined with explanation",
    why="Short age-restricted; other video left up because it breaks no policy or local law",
    date="Fri, 13 Sep 2024 02:48:05 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="[3-1208800034112] Re: Legal removal request KCSC-240910-02",
    reply_to_req="KCSC-240910-02",
    body=f"""
Hello,

We have completed our review of two of the items in your notice.

We have applied an age restriction to the following video. It can no longer
be viewed by signed-out users or by users under 18:
{Y[3]}

After careful review, we have decided not to take action on the following
video. It does not violate our Community Guidelines, and the notice did not
show that it is unlawful in South Korea:
{Y[2]}

If you have further information about this content, you may submit a new
request.

Regards,
YouTube Legal Support
""",
    items={Y[3]: "restricted", Y[2]: "rejected"},
)

YT_HTML = f"""<html><body>
<p>Hello,</p>
<p>We have processed the items in your legal notice <b>KCSC-240910-02</b>.
The result for each item is shown below.</p>
<table border="1" cellpadding="4">
<tr><th>Content</th><th>Result</th></tr>
<tr><td>{Y[1]}</td><td>Blocked in South Korea (local law)</td></tr>
<tr><td>{Y[2]}</td><td>Removed globally (Community Guidelines)</td></tr>
<tr><td>{Y[3]}</td><td>Not found: this video is unavailable, it was deleted by the uploader</td></tr>
</table>
<p>Sincerely,<br>YouTube Legal Support</p>
</body></html>
"""

case(
    name="yt-html-table-base64",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email, HTML table in a base64 body",
    why="Per-row results: blocked in KR, removed globally, deleted by uploader",
    date="Mon, 16 Sep 2024 10:00:00 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="[3-1208800034112] Final response: KCSC-240910-02",
    reply_to_req="KCSC-240910-02",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="yt592alt"

--yt592alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_HTML)}
--yt592alt--
""",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "not_found"},
)

case(
    name="meta-restricted-kr-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' reply to a legal removal request",
    why="Two items restricted in South Korea, the reel removed under Community Guidelines",
    date="Thu, 12 Sep 2024 09:25:33 +0000",
    **{"from": "noreply@support.facebook.com"},
    name_from="Meta Legal Requests",
    subject="Your report: KCSC-240911-01",
    reply_to_req="KCSC-240911-01",
    body=f"""
Hi,

Thanks for your report. We reviewed the content you reported under local law.

Based on our review, we've restricted access to the following content in
South Korea:
<{M[1]}>
<{M[2]}>

The following content was removed because it goes against the Instagram
Community Guidelines:
<{M[3]}>

Thanks,
The Meta Legal Team
""",
    items={M[1]: "restricted", M[2]: "restricted", M[3]: "removed"},
)

case(
    name="meta-dsa-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA-style statement of reasons (decision, territorial scope, ground, redress)",
    why="Decision field: removal, worldwide, for the named reel",
    date="Fri, 13 Sep 2024 14:41:00 +0000",
    **{"from": "legal-notices@meta.com"},
    name_from="Meta",
    subject="Statement of reasons - report 1184532097 (KCSC-240911-01)",
    reply_to_req="KCSC-240911-01",
    body=f"""
Statement of reasons

Report number:        1184532097
Your reference:       KCSC-240911-01
Content concerned:    {M[3]}
Type of content:      Video (Instagram reel)

Decision:             Removal of the content
Territorial scope:    Worldwide
Ground for decision:  Incompatible with the Instagram Community Guidelines
                      (restricted goods and services: drugs)
How detected:         Notice submitted by a government body
Automated means:      None; the decision was taken by a reviewer

Redress: the uploader may appeal this decision in the app. Information on
redress options is available at https://transparency.meta.com/

Meta Platforms Ireland Limited
""",
    items={M[3]: "removed"},
)

case(
    name="meta-ack-phrase-plus-removal",
    outcome="applied", classification="confirmation",
    imitates="Facebook support reply: receipt sentence followed by a removal outcome",
    why="Acknowledgement phrase followed by an unhedged removal of the named post",
    date="Sat, 14 Sep 2024 03:17:49 +0000",
    **{"from": "noreply@support.facebook.com"},
    name_from="Facebook",
    subject="Re: KCSC-240911-01 - Facebook group post",
    reply_to_req="KCSC-240911-01",
    body=f"""
Hi,

Thanks for contacting us. We received your report (Report ID: 1009283746612).

We've reviewed the post you reported at
{M[1]}
and removed it because it goes against our Community Standards on restricted
goods and services.

The Facebook Team
""",
    items={M[1]: "removed"},
)

case(
    name="tiktok-report-outcome-bullets",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'thanks for your report, we removed the video' outcome email",
    why="Two bulleted videos removed for Community Guidelines violations",
    date="Thu, 12 Sep 2024 06:05:21 +0000",
    **{"from": "governmentrequests@tiktok.com"},
    name_from="TikTok Government Relations",
    subject="Re: KCSC-240911-02 Counterfeit medicine videos",
    reply_to_req="KCSC-240911-02",
    body=f"""
Hello,

Thanks for your report. We reviewed the following videos and found that they
violate our Community Guidelines. The videos have been removed:

  • {T[1]}
  • {T[2]}

We'll follow up on the other items in your request.

TikTok Trust & Safety
""",
    items={T[1]: "removed", T[2]: "removed"},
)

case(
    name="tiktok-gov-request-restricted-and-ban",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request outcome: restricted in the country, account banned",
    why="Two videos restricted in Korea under local law, the account banned",
    date="Fri, 13 Sep 2024 07:33:12 +0000",
    **{"from": "governmentrequests@tiktok.com"},
    name_from="TikTok Government Relations",
    subject="Re: KCSC-240911-02 Counterfeit medicine videos",
    reply_to_req="KCSC-240911-02",
    body=f"""
Dear KCSC,

Having reviewed your request against our Community Guidelines and applicable
law, we have restricted the following videos in the Republic of Korea as they
violate local law:
- {T[3]}
- {T[4]}

In addition, the account @coldmint.store ({T[5]}) has been banned for
severe violations of our Community Guidelines.

Kind regards,
TikTok Law Enforcement & Government Outreach
""",
    items={T[3]: "restricted", T[4]: "restricted", T[5]: "removed"},
)

case(
    name="tiktok-invalid-link",
    outcome="applied", classification="confirmation",
    imitates="TikTok reply that a reported link is invalid / the video does not exist",
    why="The one named video does not exist: not_found",
    date="Sat, 14 Sep 2024 01:12:00 +0000",
    **{"from": "governmentrequests@tiktok.com"},
    name_from="TikTok Government Relations",
    subject="Re: KCSC-240911-02 Counterfeit medicine videos",
    reply_to_req="KCSC-240911-02",
    body=f"""
Hello,

Regarding {T[2]}: we could not locate this video. The link is invalid and no
video with this ID exists on TikTok.

Best regards,
TikTok Trust & Safety
""",
    items={T[2]: "not_found"},
)

case(
    name="tiktok-bilingual-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual (Korean/English) outcome notice",
    why="Korean lines with particles/full-width stops after the URLs, English restated below: restricted + removed",
    date="Mon, 16 Sep 2024 05:40:10 +0000",
    **{"from": "kr-policy@tiktok.com"},
    name_from="TikTok Korea",
    subject="[TikTok] 요청 KCSC-240911-02 처리 결과 안내 / Outcome of your request",
    reply_to_req="KCSC-240911-02",
    body=f"""
안녕하세요, 틱톡 코리아 정책팀입니다.

요청하신 KCSC-240911-02 건에 대해 아래와 같이 조치하였음을 알려드립니다.

{T[3]}는 대한민국 내에서 접근이 제한되었습니다。
{T[4]}의 경우 커뮤니티 가이드라인 위반으로 삭제되었습니다。

---

Hello, this is the TikTok Korea policy team.

For request KCSC-240911-02:
- {T[3]} has been restricted in the Republic of Korea.
- {T[4]} has been removed for violating our Community Guidelines.

감사합니다 / Thank you.
TikTok Korea
""",
    items={T[3]: "restricted", T[4]: "removed"},
)

case(
    name="reddit-removed-raw-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety 'thanks for reporting, content removed' email",
    why="Post removed by Reddit; URL written with a raw Korean path (stored percent-encoded)",
    date="Fri, 13 Sep 2024 00:45:30 +0000",
    **{"from": "noreply@reddit.com"},
    name_from="Reddit Safety",
    subject="Re: KCSC-240912-01 report outcome",
    reply_to_req="KCSC-240912-01",
    body=f"""
Hi there,

Thanks for your report. After investigating, we found that the post at
{R_RAW1} breaks Reddit's rules against the sale of prohibited goods, including
personal information, and it has been removed by Reddit's Safety team.

Thanks for helping keep Reddit safe.

Reddit Safety
""",
    items={R[1]: "removed"},
)

case(
    name="reddit-no-violation",
    outcome="applied", classification="confirmation",
    imitates="Reddit 'we reviewed this and it doesn't violate the Content Policy' reply",
    why="Refusal with a reason for the named post: rejected",
    date="Sat, 14 Sep 2024 12:02:48 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: KCSC-240912-01 report outcome",
    reply_to_req="KCSC-240912-01",
    body=f"""
Hello,

After review, we determined that
{R[2]}
does not violate Reddit's Content Policy or the law you cited. The post lists
prices for lawful second-hand items and contains no personal data, so Reddit
has declined to remove it.

Reddit Legal
""",
    items={R[2]: "rejected"},
)

case(
    name="discord-removed-one-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply 'we removed the reported message'",
    why="Answers the one-item request KCSC-240912-02 (subject, In-Reply-To); unhedged removal of 'the message'",
    date="Fri, 13 Sep 2024 18:20:11 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240912-02] Removal request - Discord message",
    reply_to_req="KCSC-240912-02",
    body="""
Hi there,

Thanks for reaching out. Our Safety team reviewed the message you reported
and has removed it for violating our Community Guidelines. We have also taken
action against the account that posted it.

Ticket #4410983

Discord Trust & Safety
""",
    items={D[1]: "removed"},
)

case(
    name="twitch-channel-suspended-vod-gone",
    outcome="applied", classification="confirmation",
    imitates="Twitch Trust & Safety enforcement outcome email",
    why="Channel indefinitely suspended (removed); VOD deleted by the broadcaster before review (not_found)",
    date="Mon, 16 Sep 2024 22:10:05 +0000",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Safety",
    subject="Re: KCSC-240913-01 Twitch channel report",
    reply_to_req="KCSC-240913-01",
    body=f"""
Hello,

Thank you for your report. The channel {W[1]} has been indefinitely suspended
for violating our Community Guidelines and is no longer accessible.

The video {W[2]} could not be found. It was deleted by the broadcaster before
our review, so no further action was needed.

Twitch Trust & Safety
""",
    items={W[1]: "removed", W[2]: "not_found"},
)

# ================================================================ REVIEW
case(
    name="x-promise-will-withhold",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising action after review",
    why="'We will withhold ... once our review is complete' is a promise, not a statement",
    date="Thu, 12 Sep 2024 04:00:00 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240910-01] @nightcrane88",
    reply_to_req="KCSC-240910-01",
    body=f"""
Hello,

We will withhold {X[8]} and {X[9]} in South Korea once our legal review is
complete. We expect to finish within five business days and will confirm by
email.

X Legal
""",
    items={X[8]: "pending", X[9]: "pending"},
)

case(
    name="yt-hedge-and-under-review",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim update with hedged status",
    why="'appears to have already been taken down' is a hedge; the channel is 'still under review'",
    date="Wed, 11 Sep 2024 23:58:14 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="[3-1208800034112] Re: Legal removal request KCSC-240910-02",
    reply_to_req="KCSC-240910-02",
    body=f"""
Hello,

An update on your notice. It appears that {Y[2]} may already have been taken
down by the uploader; we are checking this. The channel {Y[4]} is still under
review by our legal team.

We'll be in touch once we have more information.

YouTube Legal Support
""",
    items={Y[2]: "pending", Y[4]: "pending"},
)

case(
    name="tiktok-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="TikTok short outcome email covering the whole request",
    why="'all of the content reported in KCSC-240911-02' removed, no URL named, five-item request",
    date="Tue, 17 Sep 2024 03:03:03 +0000",
    **{"from": "governmentrequests@tiktok.com"},
    name_from="TikTok Government Relations",
    subject="Re: KCSC-240911-02 Counterfeit medicine videos",
    reply_to_req="KCSC-240911-02",
    body="""
Hello,

We have now removed all of the content reported in your request
KCSC-240911-02 for violating our Community Guidelines.

TikTok Trust & Safety
""",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending", T[4]: "pending", T[5]: "pending"},
)

case(
    name="meta-dmarc-fail",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="Meta removal notice arriving with failed DKIM/SPF/DMARC",
    why="Sender domain facebook.com but authentication failed: nothing applied",
    date="Sun, 15 Sep 2024 08:08:08 +0000",
    **{"from": "noreply@support.facebook.com"},
    name_from="Facebook",
    subject="Your report: KCSC-240911-01",
    body=f"""
Hi,

We've removed the post you reported:
{M[2]}

It goes against our Community Standards.

The Facebook Team
""",
    items={M[2]: "pending"},
)

case(
    name="x-lookalike-domain",
    outcome="review", review="unknown_sender",
    imitates="Look-alike 'X Legal' mail from a foreign domain",
    why="Claims a removal for a requested X post but comes from x-corp-legal.com",
    date="Sun, 15 Sep 2024 10:41:19 +0000",
    **{"from": "legal@x-corp-legal.com"},
    name_from="X Legal Department",
    subject="Re: [KCSC-240910-01] Request to restrict unlawful content",
    body=f"""
Dear KCSC,

We confirm that the post {X[3]} has been removed from X.

X Legal Department
""",
    items={X[3]: "pending"},
)

case(
    name="twitch-about-youtube-link",
    outcome="review", review="wrong_platform",
    imitates="Twitch support reply saying the reported link is not on Twitch",
    why="Twitch states a status (no such content) for a YouTube item",
    date="Sat, 14 Sep 2024 16:30:00 +0000",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Safety",
    subject="Re: Content report",
    body=f"""
Hello,

The video you linked, {Y[2]}, is not hosted on Twitch, and we could not find
this content anywhere on our service. Please contact the service hosting it.

Twitch Trust & Safety
""",
    items={Y[2]: "pending"},
)

case(
    name="snapchat-no-claims",
    outcome="review", review="no_claims",
    imitates="Snapchat Support 'we have taken appropriate action' reply",
    why="Trusted platform mail, names no item and no request",
    date="Mon, 16 Sep 2024 13:13:13 +0000",
    **{"from": "support@snapchat.com"},
    name_from="Snapchat Support",
    subject="Re: Your Snapchat Support request",
    body="""
Hi,

Thanks for contacting Snapchat Support. We've looked into the account you
reported and taken appropriate action in line with our Community Guidelines.
For privacy reasons we can't share more details about the action taken.

Team Snapchat
""",
    items={},
)

case(
    name="reddit-asks-for-legal-basis",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal asking for the specific law and order before acting",
    why="Asks for the legal provision and a copy of the decision; no status given",
    date="Fri, 13 Sep 2024 20:19:00 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: KCSC-240912-01 - additional information needed",
    reply_to_req="KCSC-240912-01",
    body=f"""
Hello,

Thank you for your request. To evaluate
{R[2]}
we need the following:

1. The specific provision of Korean law the content is alleged to violate.
2. A copy of the decision or order issued by your Commission.

Please reply to this email with the documents. We cannot process the request
until we receive them.

Reddit Legal
""",
    items={R[2]: "pending"},
)

case(
    name="discord-conditional",
    outcome="review", review="not_understood",
    imitates="Discord Trust & Safety interim reply with a conditional outcome",
    why="'If our review confirms ... it will be removed' is a condition and a promise",
    date="Thu, 12 Sep 2024 15:45:00 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240912-02] Removal request - Discord message",
    reply_to_req="KCSC-240912-02",
    body=f"""
Hi there,

Thanks for your report about {D[1]}.

If our review confirms that the message violates Discord's Community
Guidelines or Korean law, it will be removed and we will let you know.

Ticket #4410983

Discord Trust & Safety
""",
    items={D[1]: "pending"},
)

case(
    name="x-conflicting-same-post",
    outcome="review", review="conflicting_statements",
    imitates="X agent reply whose summary contradicts its body",
    why="Same post said to be removed and, in the summary, left up with no violation",
    date="Wed, 18 Sep 2024 09:30:30 +0000",
    **{"from": "gov-reports@x.com"},
    subject="Update on your report [ref:KCSC-240910-01]",
    reply_to_req="KCSC-240910-01",
    body=f"""
Hello,

The post {X[6]} has been removed for violating our rules on illegal or
regulated goods and services.

Summary:
{X[6]} - No violation found; the post remains available.

X Safety
""",
    items={X[6]: "pending"},
)

case(
    name="tiktok-status-processed",
    outcome="review", review="not_understood",
    imitates="TikTok ticket-system status digest with 'Processed' per item",
    why="'Processed' says nothing about what happened to each item",
    date="Tue, 17 Sep 2024 11:11:11 +0000",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Support",
    subject="Status of your request KCSC-240911-02",
    reply_to_req="KCSC-240911-02",
    body=f"""
Hello,

Here is the current status of the items in your request:

{T[1]}    Status: Processed
{T[3]}    Status: Processed
{T[5]}    Status: Processed

TikTok Support
""",
    items={T[1]: "pending", T[3]: "pending", T[5]: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from an X staff member",
    why="Out-of-office auto-reply",
    date="Tue, 10 Sep 2024 05:01:30 +0000",
    **{"from": "m.park@x.com"},
    name_from="Minji Park",
    subject="Automatic reply: [KCSC-240910-01] Request to restrict unlawful content",
    reply_to_req="KCSC-240910-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal matters, please write to
legal@x.com.

Minji
""",
    items={},
)

BOUNCE_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal-kr@tiktok.example",
    "Subject: KCSC-240911-02 Counterfeit medicine videos",
    "Message-ID: <KCSC-240911-02@kcsc.example>",
    "Date: Wed, 11 Sep 2024 11:00:00 +0900",
    "Content-Type: text/plain; charset=utf-8",
    "",
] + req_lines("KCSC-240911-02", [T[i] for i in range(1, 6)]))

case(
    name="dsn-bounce-tiktok",
    outcome="ignored", classification="bounce",
    auth="none",
    imitates="Postfix delivery status notification (multipart/report) returning our request",
    why="Bounce of our own request; the URLs are in the returned original",
    date="Wed, 11 Sep 2024 02:00:41 +0000",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn592"

--dsn592
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.example>: host mx.tiktok.example[203.0.113.45] said: 550 5.1.1
    <legal-kr@tiktok.example>: Recipient address rejected: User unknown

--dsn592
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 11:00:02 +0900

Final-Recipient: rfc822; legal-kr@tiktok.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn592
Content-Type: message/rfc822

{BOUNCE_ORIG}

--dsn592--
""",
    items={},
)

case(
    name="meta-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Message disposition notification (read receipt) from a Meta staff mailbox",
    why="MDN: the request was displayed, nothing about items",
    date="Wed, 11 Sep 2024 03:30:00 +0000",
    **{"from": "j.lee@fb.com"},
    name_from="Jiwoo Lee",
    subject="Read: KCSC-240911-01 Facebook and Instagram content",
    reply_to_req="KCSC-240911-01",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn592"

--mdn592
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: KCSC-240911-01 Facebook and Instagram content
  Sent: Wednesday, September 11, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 11, 2024 12:29:51 PM (UTC+09:00) Seoul.

--mdn592
Content-Type: message/disposition-notification

Reporting-UA: fb.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;j.lee@fb.com
Original-Message-ID: <KCSC-240911-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn592--
""",
    items={},
)

case(
    name="discord-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord support (Zendesk) 'your request has been received' receipt",
    why="Pure ticket receipt, no statement about the item",
    date="Thu, 12 Sep 2024 01:00:19 +0000",
    **{"from": "support@discord.com"},
    name_from="Discord",
    subject="[Discord] Re: [KCSC-240912-02] Removal request - Discord message",
    reply_to_req="KCSC-240912-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#4410983) has been received and is being reviewed by our
Trust & Safety team.

To add any additional comments, reply to this email.

This email is a service from Discord.
""",
    items={},
)

case(
    name="reddit-report-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit 'thanks for submitting a report' receipt echoing the reported link",
    why="Receipt echoing the reported URL; promises review, states nothing",
    date="Thu, 12 Sep 2024 00:31:02 +0000",
    **{"from": "noreply@reddit.com"},
    name_from="Reddit",
    subject="We received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thanks for submitting a report to Reddit.

Report ID: 8K2-QP4-77
Reported link: {R_RAW1}
Reason: Sharing personal information

Our team will review it and take action if it breaks Reddit's rules. You
can see the status of your reports at https://www.reddit.com/report/status

- Reddit Safety
""",
    items={},
)

case(
    name="yt-legal-autoreply-receipt",
    outcome="ignored",
    imitates="Google/YouTube legal webform automated receipt with case ID",
    why="Automated confirmation of receipt with a case number; promises review only",
    date="Tue, 10 Sep 2024 06:31:00 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="[3-1208800034112] Your legal request has been received",
    reply_to_req="KCSC-240910-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for contacting YouTube. This is an automated response to confirm
that we have received your legal request KCSC-240910-02. Your case ID is
3-1208800034112; please keep it in the subject line of any reply.

Our team will review your request and respond as soon as possible.

YouTube Legal Support
""",
    items={},
)

case(
    name="gmail-dsn-address-not-found",
    outcome="ignored", classification="bounce",
    auth="none",
    imitates="Gmail 'Address not found' delivery failure",
    why="Bounce from a remote mail system: ignored",
    date="Tue, 10 Sep 2024 06:45:03 +0000",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="gds592"

--gds592
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the
address couldn't be found, or is unable to receive mail.

--gds592
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--gds592
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: KCSC-240910-02 Illegal gambling promotion
Message-ID: <KCSC-240910-02@kcsc.example>
Date: Tue, 10 Sep 2024 15:30:00 +0900

--gds592--
""",
    items={},
)


HEADER = """# Blind set 592 (English notices from many platforms): X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch, Snapchat. Written from each email's meaning
# before any run of the reader. Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind592", HEADER, cases)


if __name__ == "__main__":
    main()
