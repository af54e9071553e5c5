#!/usr/bin/env python3
"""Blind set 988: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch).

    python3 tests/corpus/blind988/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of its email alone, before
the reader was run on any of them. All names, accounts, ids and URLs are
invented.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind988"

# ---------------------------------------------------------------- requests
X1 = "https://x.com/ridgeline_tips/status/1830411202938475521"
X2 = "https://x.com/ridgeline_tips/status/1830411988765432102"
X3 = "https://x.com/moonlit_ledger/status/1830502211100223344"
X4 = "https://x.com/moonlit_ledger/status/1830502299988776655"
X5 = "https://x.com/moonlit_ledger/status/1830503300112233446"
X6 = "https://x.com/paper_lantern77/status/1830611122233344457"
X7 = "https://x.com/paper_lantern77"
X8 = "https://x.com/greyfinch_deals/status/1830722233344455568"
X9 = "https://x.com/greyfinch_deals/status/1830722299900011179"
X10 = "https://x.com/quietorbit_kr/status/1830833344455566670"
X11 = "https://x.com/quietorbit_kr/status/1830833355566677781"
X12 = "https://x.com/saltmarsh_09/status/1830944455566677892"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm7fT2kLp0a"
Y2 = "https://www.youtube.com/watch?v=Zr4nW8cXy1B"
Y3 = "https://www.youtube.com/shorts/Hk2pV9sRt3C"
Y4 = "https://www.youtube.com/@bluecedar_tv"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/harborlane.market/posts/771203344556677"
M2 = "https://www.instagram.com/p/C9xLm2QaB7d/"
M3 = "https://www.instagram.com/juniper.coast.shop/"
MS = [M1, M2, M3]

T1 = "https://www.tiktok.com/@velvetmoth.kr/video/7410022233344455566"
T2 = "https://www.tiktok.com/@velvetmoth.kr/video/7410022299988877766"
T3 = "https://www.tiktok.com/@copperkite_88/video/7410133344455566677"
T4 = "https://www.tiktok.com/@copperkite_88/video/7410133355566677788"
T5 = "https://www.tiktok.com/@northgale.studio"
TS = [T1, T2, T3, T4, T5]

R1 = "https://www.reddit.com/r/hanriverdeals/comments/1f9xq2b/weekly_listing_thread/"

D1 = "https://discord.gg/amberFoxLounge"
D2 = "https://discord.com/channels/1181223344556677889/1181223344556677990/1281990011223344556"
DS = [D1, D2]

W1 = "https://www.twitch.tv/videos/2245566778"

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", XS,
     "illegal_goods", "largest request of the set"),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00", YS,
     "gambling", ""),
    ("KCSC-240904-03", "meta", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", MS,
     "illegal_goods", "Facebook and Instagram"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", TS,
     "drugs", ""),
    ("KCSC-240906-05", "reddit", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", [R1],
     "illegal_goods", "one item"),
    ("KCSC-240909-06", "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", DS,
     "gambling", ""),
    ("KCSC-240910-07", "twitch", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", [W1],
     "gambling", "one item"),
]
REQ = {r[0]: r for r in REQUESTS}


def req_mid(ref):
    return "req." + ref


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def request_text(ref):
    """The regulator's own request, as it is quoted under replies."""
    urls = REQ[ref][4]
    out = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission requests the removal of",
        "the following content, which breaches Korean law (our reference " + ref + "):",
        "",
    ]
    for i, u in enumerate(urls, 1):
        out.append("%d. %s" % (i, u))
    out += ["", "Please tell us the action taken for each item.", "", "KCSC Takedown Team"]
    return out


def quote(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


# ---------------------------------------------------------------- MIME helpers
def alt(plain, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{plain.strip()}\n\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n--{boundary}--\n"
    )


def qp(text, ctype="plain"):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{enc}")


def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def b64_body(text, ctype="html"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(text.strip().encode('utf-8'))}\n")


def with_attachment(body, fname, data, boundary, ctype="text/csv"):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{body.strip()}\n\n"
        f'--{boundary}\nContent-Type: {ctype}; charset=utf-8; name="{fname}"\n'
        f'Content-Disposition: attachment; filename="{fname}"\nContent-Transfer-Encoding: base64\n\n'
        f"{b64(data)}\n\n--{boundary}--\n"
    )


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ======================= X (KCSC-240902-01, 12 items) =======================
case(
    name="x-cwc-withheld-numbered",
    date="Wed, 4 Sep 2024 07:12:40 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to restrict content under Korean law",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request dated 2 September 2024 (your reference
KCSC-240902-01).

After review, X has withheld the following content in South Korea under our
Country Withheld Content policy:

1. {X1}
2. {X2}
3. {X8}
4. {X9}

The other URLs in your request are still being assessed and we will write to
you about them separately.

The account holders have been told about this action. A copy of your request
may be sent to Lumen (https://lumendatabase.org) with personal information
redacted. More about how we handle legal requests:
https://help.x.com/en/rules-and-policies/x-legal-faqs

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (Country Withheld Content)",
    why="four numbered URLs stated withheld in South Korea; the 'still being assessed' sentence names no item",
    items={X1: "restricted", X2: "restricted", X8: "restricted", X9: "restricted"},
)

case(
    name="x-removed-and-no-violation-prose",
    date="Thu, 5 Sep 2024 02:41:09 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to restrict content under Korean law",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

We reviewed the reported posts against the X Rules. The post at {X3}
breaks our rules on illegal or certain regulated goods and services and has
been removed. For the same reason we also removed
{X4}

We did not find a violation of the X Rules, nor enough legal basis to
withhold it in Korea, for {X5}, so that post
remains available.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (TOS removal plus no action)",
    why="two posts removed (second URL on the line after its statement), one left up for no violation",
    items={X3: "removed", X4: "removed", X5: "rejected"},
)

case(
    name="x-account-suspended",
    date="Thu, 5 Sep 2024 09:03:55 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to restrict content under Korean law",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Following your report, the account {X7} has been permanently
suspended for violating the X Rules on platform manipulation and spam. Its
profile and posts are no longer visible on X.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X enforcement notice (account suspension)",
    why="the reported account URL is permanently suspended and invisible: removed; its post URL is not named",
    items={X7: "removed"},
)

_x_rows = [(X12, "Withheld in: KR", "Local law"), (X10, "Removed", "X Rules: illegal goods"),
           (X11, "No action", "Not in violation; no legal basis"),
           (X6, "Unavailable", "Deleted by the account holder before review"),
           (X8, "Withheld in: KR", "Local law")]
_x_html = ("<html><body><p>Hello,</p><p>Below is the result of our review of your request "
           "KCSC-240902-01.</p>\n<table border=\"1\" cellpadding=\"4\">\n"
           "<tr><th>Reported URL</th><th>Action</th><th>Basis</th></tr>\n"
           + "\n".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{a}</td><td>{b}</td></tr>"
                       for u, a, b in _x_rows)
           + "\n</table>\n<p>Regards,<br>X Legal</p></body></html>")
_x_plain = ("Hello,\n\nBelow is the result of our review of your request KCSC-240902-01.\n\n"
            + "\n".join(f"{u} | {a} | {b}" for u, a, b in _x_rows) + "\n\nRegards,\nX Legal")
case(
    name="x-html-table-mixed",
    date="Fri, 6 Sep 2024 04:20:31 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Your legal request KCSC-240902-01: outcome",
    raw_mime=alt(_x_plain, _x_html, "=_xtbl_7f3a"),
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome table (HTML with plain alternative)",
    why="table rows: withheld KR (restricted), removed, no action (rejected), deleted by its author (not_found)",
    items={X12: "restricted", X10: "removed", X11: "rejected", X6: "not_found", X8: "restricted"},
)

case(
    name="x-bare-url-status-below",
    date="Fri, 6 Sep 2024 11:47:02 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to restrict content under Korean law",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Case update for KCSC-240902-01:

{X12}
Action taken: Withheld (South Korea)

{X1}
Action taken: None. The post does not violate the X Rules and we found no
basis to withhold it.

{X10}
Action taken: Removed globally (violation of the X Rules)

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case update (bare URL, status on the line below)",
    why="each bare URL is followed by its own 'Action taken' line",
    items={X12: "restricted", X1: "rejected", X10: "removed"},
)

case(
    name="x-top-posted-over-quoted-request",
    date="Sat, 7 Sep 2024 00:15:44 +0000",
    **{"from": "dana.whitcombe@x.com"}, name_from="Dana Whitcombe",
    subject="Re: [KCSC-240902-01] Request to restrict content under Korean law",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hi team,

The two posts below have now been withheld in Korea:
{X3}
{X5}

We're still looking at the rest and will come back to you.

Dana
Legal Operations, X

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text("KCSC-240902-01"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a platform legal-operations employee",
    why="two posts withheld in Korea above the quoted request; the twelve quoted URLs say nothing",
    items={X3: "restricted", X5: "restricted"},
)

_x_csv = (
    "reported_url,decision,country,note\n"
    f"{X9},WITHHELD,KR,local law\n"
    f"{X2},REMOVED,GLOBAL,X Rules - regulated goods\n"
    f"{X7},NO_ACTION,,not in violation of the X Rules\n"
    f"{X11},NOT_FOUND,,post does not exist\n"
).encode("utf-8")
case(
    name="x-csv-attachment",
    date="Mon, 9 Sep 2024 06:02:18 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to restrict content under Korean law",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=with_attachment(
        "Hello,\n\nPlease find attached the outcome of our review of your request "
        "KCSC-240902-01, one row per reported URL.\n\nRegards,\nX Legal",
        "KCSC-240902-01_outcome.csv", _x_csv, "=_xcsv_1b9d"),
    outcome="applied", classification="confirmation",
    imitates="X legal batch outcome sent as a CSV attachment",
    why="CSV rows: withheld KR, removed, no action, not found",
    items={X9: "restricted", X2: "removed", X7: "rejected", X11: "not_found"},
)

case(
    name="x-echoed-report-removed",
    date="Mon, 9 Sep 2024 13:30:00 +0000",
    **{"from": "no-reply@x.com"}, name_from="X",
    subject="Update on your report (KCSC-240902-01)",
    body=f"""
Update on your report

What you reported
  Post: {X12}
  Reason: Illegal or certain regulated goods or services
  Reference: KCSC-240902-01

Our decision
  We removed this post because it broke the X Rules. The account that
  posted it has been locked until the owner confirms the removal.

Thanks for helping keep X safe.
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome notification echoing the reported post",
    why="the echoed report names one post; the decision says it was removed",
    items={X12: "removed"},
)

case(
    name="x-deleted-by-author",
    date="Tue, 10 Sep 2024 03:11:27 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to restrict content under Korean law",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

The following posts by @quietorbit_kr no longer exist on X. They were deleted
by the account holder before we finished our review, so no action was needed
from us:

- {X10}
- {X11}

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply: content already deleted by the user",
    why="both listed posts no longer exist, deleted by their author: not_found",
    items={X10: "not_found", X11: "not_found"},
)

case(
    name="x-promise-will-withhold",
    date="Wed, 4 Sep 2024 12:00:13 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to restrict content under Korean law",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

We have accepted your request. Under our user-notice policy the account
holders are given five business days to respond; once that period ends, the
following posts will be withheld in South Korea:

{X6}
{X4}

We will confirm when this has been done.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply announcing a future withholding after user notice",
    why="'will be withheld' is a promise, not a statement: items stay pending",
    items={X6: "pending", X4: "pending"},
)

case(
    name="x-forged-auth-fail",
    date="Thu, 5 Sep 2024 22:48:10 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal Team", auth="fail",
    subject="RE: KCSC-240902-01 completed",
    body=f"""
Dear KCSC,

All URLs in request KCSC-240902-01 have been removed, including:

{X1}
{X2}
{X3}

No further action is needed from your side.

X Legal Team
""",
    outcome="review", review="untrusted",
    imitates="forged platform reply (x.com sender failing DKIM/SPF/DMARC)",
    why="From x.com but authentication fails: nothing applied",
    items={X1: "pending", X2: "pending", X3: "pending"},
)

case(
    name="x-unknown-sender-law-firm",
    date="Fri, 6 Sep 2024 08:05:51 +0000",
    **{"from": "j.marlow@harrowgate-legal.example"}, name_from="Jonas Marlow",
    subject="KCSC-240902-01 - posts of our client",
    body=f"""
Dear Sirs,

We act for the holder of the X account @greyfinch_deals. Our client has
deleted the posts at {X8} and
{X9} of his own accord and asks that your file be
closed.

Yours faithfully,
Jonas Marlow
Harrowgate Legal
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's lawyer",
    why="a sender from no platform's domain names our request and two URLs",
    items={X8: "pending", X9: "pending"},
)

case(
    name="x-wrong-platform-instagram",
    date="Fri, 6 Sep 2024 15:22:36 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240904-03",
    body=f"""
Hello,

Your message of 4 September (reference KCSC-240904-03) seems to have reached
us by mistake. The links {M2} and
{M3} are not X URLs, and we could not find this
content on X.

Regards,
X Legal
""",
    outcome="review", review="wrong_platform",
    imitates="platform reply to a request meant for another platform",
    why="X states 'could not find' about two Instagram items of Meta's request",
    items={M2: "pending", M3: "pending"},
)

case(
    name="x-portal-notice-no-claims",
    date="Sun, 8 Sep 2024 01:00:00 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Changes to how X receives legal requests",
    body="""
Hello,

You are receiving this message because your agency has sent legal requests to
X in the past year.

From 1 October 2024, removal requests from government agencies should be sent
through our legal request portal at https://legalrequests.x.com. Requests
sent by email after that date may take longer to process. The portal lets you
follow each request and download our response.

Guidance for government agencies: https://help.x.com/en/rules-and-policies/x-legal-faqs

X Legal
""",
    outcome="review", review="no_claims",
    imitates="X notice to government agencies about the legal-request portal",
    why="trusted X mail naming no requested item and no request",
    items={},
)

case(
    name="x-out-of-office",
    date="Mon, 2 Sep 2024 01:03:12 +0000",
    **{"from": "dana.whitcombe@x.com"}, name_from="Dana Whitcombe",
    subject="Automatic reply: [KCSC-240902-01] Request to restrict content under Korean law",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I'm out of the office until 16 September with limited access to email.
Legal requests are handled by the team in my absence; please don't resend.

Dana Whitcombe
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="auto-reply with Auto-Submitted header",
    items={},
)

# ======================= YouTube (KCSC-240903-02, 4 items) =======================
case(
    name="yt-legal-removed-one",
    date="Wed, 4 Sep 2024 05:31:20 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Thanks for reaching out to us.

In accordance with our policies, we have removed the following content from
YouTube:

{Y1}

For more information about legal removals, see
https://support.google.com/youtube/answer/6154230

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support removal confirmation",
    why="one named video removed; the help link is not an item",
    items={Y1: "removed"},
)

case(
    name="yt-blocked-kr-quoted-printable",
    date="Thu, 5 Sep 2024 06:44:09 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=req_mid("KCSC-240903-02"),
    raw_mime=qp(f"""
Hello,

We\u2019ve reviewed your request under local law. We\u2019ve blocked the following content from view in South Korea:

- {Y2}
- {Y3}

Regarding {Y4}: after review, we\u2019re not taking action on the channel as a whole. It doesn\u2019t violate our Community Guidelines and we didn\u2019t find a basis for a local-law block.

Regards,
The YouTube Legal Support Team
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome: local block plus no action (quoted-printable)",
    why="two items blocked in Korea (restricted); the channel is refused with a reason (rejected)",
    items={Y2: "restricted", Y3: "restricted", Y4: "rejected"},
)

case(
    name="yt-age-restricted-html",
    date="Thu, 5 Sep 2024 10:02:44 +0000",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    subject="Update on content you reported (KCSC-240903-02)",
    type="html",
    body=f"""
<html><body>
<p>Hi,</p>
<p>Thanks for your report. Our team reviewed the Short at
<a href="{Y3}">{Y3}</a> and has applied an age
restriction to it. Viewers must now be signed in and at least 18 to watch it.</p>
<p>Learn more about <a href="https://support.google.com/youtube/answer/2802167">age-restricted content</a>.</p>
<p>&mdash; The YouTube Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report-outcome email (age restriction), HTML only",
    why="age restriction is restricted",
    items={Y3: "restricted"},
)

case(
    name="yt-channel-terminated-video-gone",
    date="Fri, 6 Sep 2024 02:18:37 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

The channel {Y4} has been terminated for severe violations of
our spam, deceptive practices and scams policy.

The video {Y1} had already been deleted by its
uploader before our review, so no action was needed on it.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice plus 'already deleted' note",
    why="channel terminated (removed); the video was deleted by its uploader (not_found)",
    items={Y4: "removed", Y1: "not_found"},
)

case(
    name="yt-outlook-quoted-request",
    date="Fri, 6 Sep 2024 07:55:00 +0000",
    **{"from": "minji.seo@google.com"}, name_from="Min-ji Seo",
    subject="RE: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Further to your notice, the video {Y2} has been removed for
violating our harassment and cyberbullying policy.

Kind regards,
Min-ji Seo
YouTube Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:30 AM
To: legal-kr@google.com
Subject: [KCSC-240903-02] Removal request - YouTube

{chr(10).join(request_text("KCSC-240903-02"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a YouTube Trust & Safety employee over the original request",
    why="one video removed above the Original Message; the request's four URLs below say nothing",
    items={Y2: "removed"},
)

_yt_html = f"""<html><body>
<p>Hello,</p>
<p>Here is the decision on your legal complaint KCSC-240903-02.</p>
<table border="1">
<tr><th>Content</th><th>Decision</th></tr>
<tr><td>{Y1}</td><td>Removed &ndash; Community Guidelines violation</td></tr>
<tr><td>{Y2}</td><td>No action &ndash; the video does not violate our guidelines and the local-law complaint was not upheld</td></tr>
</table>
<p>The YouTube Legal Support Team</p>
</body></html>"""
case(
    name="yt-base64-html-table",
    date="Mon, 9 Sep 2024 04:40:12 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Decision on your legal complaint KCSC-240903-02",
    raw_mime=b64_body(_yt_html),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal decision as a base64-encoded HTML table",
    why="one video removed, one refused with its reason",
    items={Y1: "removed", Y2: "rejected"},
)

case(
    name="yt-under-review",
    date="Wed, 4 Sep 2024 01:10:55 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Your complaint regarding {Y1} and {Y3}
is currently under review by our legal team. We will get back to you once we
have reached a decision.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'under review' holding reply",
    why="under review is no statement; names two requested items",
    items={Y1: "pending", Y3: "pending"},
)

case(
    name="yt-asks-for-court-order",
    date="Thu, 5 Sep 2024 23:59:01 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

To process your request concerning {Y2}, we need more
information. Please send us a copy of the decision on which the request is
based and the timestamps in the video where the content appears.

Until we receive this information we cannot proceed with your request.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube Legal request for more information",
    why="asks for documents before acting; nothing decided",
    items={Y2: "pending"},
)

case(
    name="yt-receipt-echo",
    date="Tue, 3 Sep 2024 01:31:02 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Your legal removal request has been received [4-9087000031274]",
    body=f"""
Thank you for your submission.

Your complaint has been received and given the reference number
4-9087000031274. Please keep this number for your records. This is an
automatic confirmation; please do not reply to this email.

Summary of your submission
Your reference: KCSC-240903-02
URLs:
{Y1}
{Y2}
{Y3}
{Y4}
Legal basis given: Korean law (gambling)

The YouTube Legal Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-form receipt echoing the submission",
    why="pure receipt: the URLs are an echo of what we submitted, no statement about them",
    items={},
)

# ======================= Meta (KCSC-240904-03, 3 items) =======================
case(
    name="meta-local-law-mixed",
    date="Fri, 6 Sep 2024 03:12:08 +0000",
    **{"from": "no-reply@meta.com"}, name_from="Meta Content Restrictions",
    subject="Re: KCSC-240904-03 - report under local law",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

We've reviewed your report under local law.

We restricted access in South Korea to {M1} .

We removed {M2} because it goes against our Community
Guidelines on restricted goods and services.

We couldn't find an account at {M3}. The username
may have been changed or the account deleted.

Thanks,
Meta Content Restrictions
""",
    outcome="applied", classification="confirmation",
    imitates="Meta local-law report outcome (restricted / removed / not found)",
    why="Facebook post restricted in Korea, Instagram post removed, Instagram account not found",
    items={M1: "restricted", M2: "removed", M3: "not_found"},
)

case(
    name="meta-ig-dsa-statement-of-reasons",
    date="Sat, 7 Sep 2024 09:40:00 +0000",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    subject="Statement of reasons: decision on reported content",
    body=f"""
STATEMENT OF REASONS

Content concerned: {M2}
Notice: submitted by a government authority (your reference KCSC-240904-03)
Decision: the content has been removed
Territorial scope: global
Ground: incompatible with the Instagram Community Guidelines (regulated goods)
Use of automated means: detection no, decision no

How to challenge this decision: https://help.instagram.com/appeals

Instagram, Meta Platforms Ireland Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (Instagram)",
    why="one named post, decision 'removed'",
    items={M2: "removed"},
)

case(
    name="meta-ack-plus-removed",
    date="Sat, 7 Sep 2024 14:05:33 +0000",
    **{"from": "support@facebookmail.com"}, name_from="Facebook",
    subject="Your report KCSC-240904-03",
    body=f"""
Hi,

Thanks for your report - we've received it and looked into it.

We've removed the post {M1}
from Facebook because it goes against our Community Standards.

The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook Support Inbox report outcome",
    why="thanks-for-your-report opening plus an unhedged removal of a named post",
    items={M1: "removed"},
)

case(
    name="meta-hedge-may-be-gone",
    date="Mon, 9 Sep 2024 02:26:15 +0000",
    **{"from": "no-reply@meta.com"}, name_from="Meta Content Restrictions",
    subject="Re: KCSC-240904-03 - report under local law",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

It looks like the Instagram account {M3} may no
longer be available. If you can still see it, let us know and we'll take
another look.

Thanks,
Meta Content Restrictions
""",
    outcome="review", review="not_understood",
    imitates="Meta support reply with a hedged status",
    why="'looks like ... may no longer be available' is a hedge, not a statement",
    items={M3: "pending"},
)

case(
    name="meta-conflicting-summary-detail",
    date="Tue, 10 Sep 2024 05:50:41 +0000",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    subject="Update on your report KCSC-240904-03",
    body=f"""
Hi,

We removed {M2} because it doesn't follow our Community
Guidelines.

Report details
Content: {M2}
Outcome: No action taken. This post doesn't go against our Community
Guidelines.

Instagram
""",
    outcome="review", review="conflicting_statements",
    imitates="Instagram report-outcome email whose summary and detail disagree",
    why="the same post is said to be removed and left up",
    items={M2: "pending"},
)

case(
    name="meta-read-receipt",
    date="Wed, 4 Sep 2024 04:12:00 +0000",
    **{"from": "hana.ortiz@meta.com"}, name_from="Hana Ortiz",
    subject="Read: KCSC-240904-03 - report under local law",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_55c1"

--=_mdn_55c1
Content-Type: text/plain; charset=utf-8

Your message

  To: lawenforcement-kr@meta.com
  Subject: KCSC-240904-03 - report under local law
  Sent: Wednesday, September 4, 2024 11:00 AM (UTC+09:00)

was read on Wednesday, September 4, 2024 1:12 PM (UTC+09:00).

--=_mdn_55c1
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;hana.ortiz@meta.com
Original-Message-ID: <req.KCSC-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_55c1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

# ======================= TikTok (KCSC-240905-04, 5 items) =======================
case(
    name="tiktok-outcome-bullets",
    date="Sat, 7 Sep 2024 06:30:00 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: KCSC-240905-04 content removal request",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
Dear KCSC team,

Thank you for your request. Our review is complete:

\u2022 {T1} \u2014 removed (violates our Community Guidelines on regulated goods)
\u2022 {T2} \u2014 removed
\u2022 {T3} \u2014 restricted in South Korea under local law
\u2022 {T4} \u2014 no violation found; the video remains available
\u2022 {T5} \u2014 account banned

Best regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement/legal outcome email with a bulleted list",
    why="five bullets, each with its own status",
    items={T1: "removed", T2: "removed", T3: "restricted", T4: "rejected", T5: "removed"},
)

case(
    name="tiktok-bilingual-fullwidth",
    date="Sun, 8 Sep 2024 08:12:19 +0000",
    **{"from": "kr-safety@tiktok.com"}, name_from="TikTok Korea Trust & Safety",
    subject="=?UTF-8?B?" + base64.b64encode("[KCSC-240905-04] 처리 결과 안내".encode()).decode() + "?= / Outcome of your request",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
Dear KCSC,

The video {T4} has been removed from TikTok, and
access to the account {T5} has been restricted in Korea.

안녕하세요. 요청하신 영상 {T4} 은 삭제 조치되었습니다.
또한 계정 {T5}（northgale.studio）은 대한민국 내 접근이 제한되었습니다.

TikTok Korea Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual English/Korean outcome note from a platform's Korea team",
    why="both languages say the same: one video removed, the account restricted in Korea; URLs followed by a particle or full-width bracket",
    items={T4: "removed", T5: "restricted"},
)

case(
    name="tiktok-quoted-printable-restricted",
    date="Mon, 9 Sep 2024 09:09:09 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: KCSC-240905-04 content removal request",
    reply_to_req=req_mid("KCSC-240905-04"),
    raw_mime=qp(f"""
Dear KCSC team,

Following our local-law review, the videos {T1} and {T2} have been restricted in South Korea and can no longer be viewed there. They remain available in other regions.

Best regards,
TikTok Legal
"""),
    outcome="applied", classification="confirmation",
    imitates="TikTok geo-restriction notice (quoted-printable, long line soft-wrapped)",
    why="two videos restricted in South Korea; the QP soft breaks must not cut the URLs",
    items={T1: "restricted", T2: "restricted"},
)

case(
    name="tiktok-wrapped-angle-url",
    date="Tue, 10 Sep 2024 02:02:02 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: KCSC-240905-04 content removal request",
    reply_to_req=req_mid("KCSC-240905-04"),
    body="""
Dear KCSC team,

  The video <https://www.tiktok.com/@copperkite_88/video/
  7410133344455566677> has been removed globally for
  violating our Community Guidelines.

Best regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply with an angle-bracketed URL wrapped over two lines",
    why="one video removed; its URL is broken across a line inside angle brackets",
    items={T3: "removed"},
)

case(
    name="tiktok-bulk-all-removed",
    date="Sat, 7 Sep 2024 10:45:00 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: KCSC-240905-04 content removal request",
    reply_to_req=req_mid("KCSC-240905-04"),
    body="""
Dear KCSC team,

We have reviewed the content in your request KCSC-240905-04. All of the
reported videos and accounts have been removed for violating our Community
Guidelines.

Best regards,
TikTok Legal
""",
    outcome="review", review="bulk",
    imitates="TikTok blanket outcome reply",
    why="one statement covers a five-item request without naming items",
    items={T1: "pending", T2: "pending", T3: "pending", T4: "pending", T5: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    date="Thu, 5 Sep 2024 01:00:41 +0000",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok Support",
    subject="We've received your request [KCSC-240905-04]",
    body="""
Hi,

We've received your request and a case has been created.
Case number: 1029384756

Our team will review it and get back to you as soon as possible. You do not
need to send your request again.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket-system receipt",
    why="pure acknowledgement: case created, nothing decided",
    items={},
)

# ======================= Reddit (KCSC-240906-05, 1 item) =======================
case(
    name="reddit-sole-removed",
    date="Sun, 8 Sep 2024 19:20:00 +0000",
    **{"from": "noreply@reddit.com"}, name_from="Reddit Safety",
    subject="Re: KCSC-240906-05 removal request",
    reply_to_req=req_mid("KCSC-240906-05"),
    body="""
Hi there,

Thanks for your report (KCSC-240906-05). After investigating, our Safety team
removed the content you reported for violating Reddit's Content Policy.

- Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit report-outcome message",
    why="sole unhedged statement answering a one-item request",
    items={R1: "removed"},
)

case(
    name="reddit-no-violation-angle",
    date="Mon, 9 Sep 2024 17:03:44 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: KCSC-240906-05 removal request",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
Hello,

We reviewed the post you reported
<{R1}>
and found that it does not violate Reddit's Content Policy or the law you
cite. We won't be removing it at this time.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal refusal with the URL in angle brackets",
    why="refusal with its reason: rejected",
    items={R1: "rejected"},
)

case(
    name="reddit-autoresponder",
    date="Fri, 6 Sep 2024 05:00:12 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Automatic reply: KCSC-240906-05 removal request",
    reply_to_req=req_mid("KCSC-240906-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated message. This mailbox is not monitored for reports about
content on Reddit. To report content, please use https://www.reddit.com/report
""",
    outcome="ignored", classification="auto_reply",
    imitates="Reddit legal mailbox autoresponder",
    why="automatic reply (Auto-Submitted)",
    items={},
)

# ======================= Discord (KCSC-240909-06, 2 items) =======================
case(
    name="discord-server-removed-message-not-found",
    date="Wed, 11 Sep 2024 18:30:00 +0000",
    **{"from": "legal@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: KCSC-240909-06",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""
Hello,

Thank you for your report. Our Trust & Safety team has removed the server
reached through the invite {D1} from Discord.

We could not locate the message at {D2}. The link does
not lead to any message on our service.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply to a report",
    why="server removed; message link not found",
    items={D1: "removed", D2: "not_found"},
)

case(
    name="discord-bulk-actioned",
    date="Thu, 12 Sep 2024 01:15:00 +0000",
    **{"from": "legal@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: KCSC-240909-06",
    reply_to_req=req_mid("KCSC-240909-06"),
    body="""
Hello,

We've actioned the content reported in KCSC-240909-06 in line with our
Community Guidelines. Thanks for helping keep Discord safe.

Discord Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="Discord one-line outcome reply",
    why="'actioned the content' for a two-item request without naming either",
    items={D1: "pending", D2: "pending"},
)

_dsn_req = "\n".join(request_text("KCSC-240909-06"))
case(
    name="discord-dsn-bounce",
    date="Mon, 9 Sep 2024 01:00:30 +0000",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_9a0e"

--=_dsn_9a0e
Content-Type: text/plain; charset=utf-8

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<trust-safety@discordapp-legal.example>: host mx.discordapp-legal.example
    said: 550 5.1.1 <trust-safety@discordapp-legal.example>: Recipient
    address rejected: User unknown

--=_dsn_9a0e
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Mon, 9 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; trust-safety@discordapp-legal.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_dsn_9a0e
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: trust-safety@discordapp-legal.example
Subject: KCSC-240909-06
Message-ID: <req.KCSC-240909-06@kcsc.example>
Date: Mon, 9 Sep 2024 10:00:00 +0900

{_dsn_req}

--=_dsn_9a0e--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (DSN) with the returned request",
    why="bounce; the URLs are in the returned original",
    items={},
)

# ======================= Twitch (KCSC-240910-07, 1 item) =======================
case(
    name="twitch-vod-removed-gmail-quote",
    date="Thu, 12 Sep 2024 20:44:10 +0000",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject="Re: KCSC-240910-07",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""
Hi,

Thank you for the report. We have removed the VOD {W1}
and applied an enforcement to the channel that uploaded it.

Twitch Legal

On Tue, 10 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text("KCSC-240910-07"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply over the quoted request",
    why="the VOD is removed; the quoted request below repeats it without a status",
    items={W1: "removed"},
)

case(
    name="twitch-out-of-office",
    date="Tue, 10 Sep 2024 01:00:20 +0000",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject="Out of Office: KCSC-240910-07",
    reply_to_req=req_mid("KCSC-240910-07"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body=f"""
Thank you for your email. Our office is closed until Monday, 16 September,
for a company holiday. Your message about {W1} will be
read when we return.

Twitch Legal
""",
    outcome="ignored", classification="auto_reply",
    imitates="holiday out-of-office auto-reply that repeats the subject matter",
    why="auto-reply (Auto-Submitted); naming the URL does not make it a statement",
    items={},
)

# ======================= a few more X / YouTube / Meta =======================
case(
    name="yt-hedged-appears-unavailable",
    date="Tue, 10 Sep 2024 06:06:06 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

The video {Y2} appears to be unavailable at the moment, and it
may have been made private by its uploader. We will check it again later this
week and update you.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube holding reply with a hedged status",
    why="'appears', 'may have been' and 'will check' are hedges and promises",
    items={Y2: "pending"},
)

HEADER = """# Blind set 988: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch). Written by tests/corpus/blind988/make.py
# from the meaning of each email, before the reader was run. Each case is
# ingested alone into a fresh ledger holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)
    print("%d cases" % len(C))
