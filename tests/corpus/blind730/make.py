#!/usr/bin/env python3
"""Blind set 730: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind730/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before the reader
was run on any of them. All names, ids and URLs are fictional.
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
X = [
    "https://x.com/glasswren_kr/status/1829104455120330001",
    "https://x.com/glasswren_kr/status/1829104455120330017",
    "https://x.com/moonlit_ferry/status/1829377120045501952",
    "https://x.com/moonlit_ferry/status/1829377120045502210",
    "https://x.com/ttaeng_market88/status/1829511902334478336",
    "https://x.com/ttaeng_market88",
    "https://x.com/birchlane_io/status/1829640087712296960",
    "https://x.com/quietcedar_7/status/1829702218859921408",
    "https://x.com/quietcedar_7/status/1829702218859921555",
    "https://x.com/hanul_bazaar/status/1829813370214604800",
    "https://twitter.com/hanul_bazaar/status/1829813370214605011",
    "https://x.com/i/web/status/1829950011827470336",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3rT8vLk2A",
    "https://www.youtube.com/watch?v=Zp9wXc4Hn7E",
    "https://youtu.be/b7KdF2sLq0M",
    "https://www.youtube.com/@dawnpalette_tv",
    "https://www.youtube.com/shorts/Hx4pLr9TmQe",
]
M = [
    "https://www.facebook.com/sandpiper.tradehouse/posts/pfbid02Kx7vLmQ8aR3tNw",
    "https://www.facebook.com/groups/5583019921/permalink/8810245573310/",
    "https://www.instagram.com/p/C9xT4kLmZq2/",
    "https://www.instagram.com/reel/C9yB2nVpR7d/",
]
T = [
    "https://www.tiktok.com/@bori.snacklab/video/7410235567781234561",
    "https://www.tiktok.com/@bori.snacklab/video/7410298812265504002",
    "https://www.tiktok.com/@mintgate_kr/video/7411020034551230721",
]
R = [
    "https://www.reddit.com/r/kgoodsdeals/comments/1f8xq2a/replica_drop_friday/",
    "https://www.reddit.com/r/kgoodsdeals/comments/1f9ab3c/%EC%A0%95%ED%92%88_%ED%95%A0%EC%9D%B8/",
]
R2_RAW = "https://www.reddit.com/r/kgoodsdeals/comments/1f9ab3c/정품_할인/"
D = ["https://discord.gg/hN4vTq8Ws"]
P = [
    "https://www.pinterest.com/pin/9188744165022301/",
    "https://kr.pinterest.com/pin/9188744165022877/",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", X,
     "counterfeit goods", "largest request: sellers' posts and one account"),
    ("KCSC-240905-02", "youtube", "2024-09-05T14:30:00+09:00", "2024-09-12T23:59:59+09:00", Y,
     "illegal gambling", "videos, a short and a channel"),
    ("KCSC-240909-03", "meta", "2024-09-09T09:15:00+09:00", "2024-09-16T23:59:59+09:00", M,
     "drug trade", "Facebook and Instagram"),
    ("KCSC-240910-04", "tiktok", "2024-09-10T11:00:00+09:00", "2024-09-17T23:59:59+09:00", T,
     "illegal gambling", ""),
    ("KCSC-240911-05", "reddit", "2024-09-11T16:20:00+09:00", "2024-09-18T23:59:59+09:00", R,
     "counterfeit goods", "second URL has a Korean slug"),
    ("KCSC-240912-06", "discord", "2024-09-12T10:40:00+09:00", "2024-09-19T23:59:59+09:00", D,
     "illegal financial services", "server invite"),
    ("KCSC-240913-07", "pinterest", "2024-09-13T15:00:00+09:00", "2024-09-20T23:59:59+09:00", P,
     "counterfeit goods", ""),
]
MID = {ref: f"{ref}.1@kcsc.example" for ref, *_ in REQUESTS}
RT = {ref: f"{ref}.1" for ref, *_ in REQUESTS}  # for corpuslib's reply_to_req


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, MID[ref], note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quote_request(ref, urls, lead, style="gmail"):
    """The regulator's request as a platform would quote it below a reply."""
    req = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the content listed below (our reference {ref}), which was found to be",
        "illegal under Article 44-7 of the Information and Communications Network Act.",
        "",
    ]
    req += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    req += ["", "Please reply with the action taken for each URL.", "", "KCSC Takedown Desk"]
    if style == "gmail":
        return "\n".join([lead] + ["> " + l if l else ">" for l in req])
    return "\n".join([lead] + req)


def mp(boundary, parts, kind="mixed", extra=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}', "", "This is a multi-part message in MIME format.", ""]
    for hdrs, body in parts:
        out.append(f"--{boundary}")
        out.extend(hdrs)
        out.append("")
        out.append(body.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def items(urls, status):
    return {u: status for u in urls}


SIG_X = "X Legal\nX Corp. | 865 FM 1209, Bastrop, TX\nhttps://help.x.com/en/rules-and-policies/x-legal-faqs"

# ------------------------------------------------------------------ cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ================= X (KCSC-240903-01, 12 items) =================
case(
    name="x-legal-withheld-list-toppost",
    date="Wed, 04 Sep 2024 07:12:40 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=RT["KCSC-240903-01"],
    body=f"""Hello,

Thanks for your report. We have reviewed the posts you identified under the
X Rules and applicable local law.

We have withheld the following posts in the Republic of Korea:
- {X[0]}
- {X[1]}
- {X[2]}

The following post violated the X Rules and has been removed from X:
- {X[3]}

We are still looking into the remaining URLs in your request and will write
again separately once that review is done.

Regards,
{SIG_X}

""" + quote_request("KCSC-240903-01", X,
                    "On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:"),
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content + global removal), Gmail top-post over the quoted request",
    why="three posts withheld in KR, one removed; the rest only promised or quoted",
    items={**items(X[0:3], "restricted"), X[3]: "removed", X[4]: "pending", X[11]: "pending"},
)

rows = [
    (X[0], "Withheld in KR", "Local law (country withheld content)"),
    (X[1], "Withheld in KR", "Local law (country withheld content)"),
    (X[2], "Removed", "Violation of X Rules: illegal or regulated goods"),
    (X[3], "Removed", "Violation of X Rules: illegal or regulated goods"),
    (X[4], "Not found", "Post did not exist at time of review"),
    (X[5], "Account withheld in KR", "Local law (country withheld content)"),
    (X[6], "No action", "No violation of X Rules; illegality not established"),
    (X[7], "Removed", "Violation of X Rules: platform manipulation and spam"),
    (X[8], "Not found", "Deleted by the account owner before review"),
    (X[9], "Withheld in KR", "Local law (country withheld content)"),
    (X[10], "Removed", "Account suspended; post no longer available"),
    (X[11], "No action", "Does not violate the X Rules"),
]
html_rows = "\n".join(
    f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{a}</td><td>{n}</td></tr>"
    for i, (u, a, n) in enumerate(rows, 1)
)
case(
    name="x-html-table-all-items",
    date="Mon, 09 Sep 2024 02:40:11 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="[Case 0193374551] Outcome of your request KCSC-240903-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>X has completed its review of the content specified in your request
<b>KCSC-240903-01</b>. The action taken on each reported URL is set out below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action</th><th>Basis</th></tr>
{html_rows}
</table>
<p>Where content was withheld, it remains available outside the Republic of Korea.
More about our approach: <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">Country withheld content</a>.</p>
<p>Kind regards,<br>X Legal</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome with a per-URL results table (HTML)",
    why="every URL has an action column: withheld, removed, not found, no action",
    items={
        X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "removed",
        X[4]: "not_found", X[5]: "restricted", X[6]: "rejected", X[7]: "removed",
        X[8]: "not_found", X[9]: "restricted", X[10]: "removed", X[11]: "rejected",
    },
)

case(
    name="x-bare-url-action-below",
    date="Thu, 05 Sep 2024 09:03:27 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=RT["KCSC-240903-01"],
    body=f"""X case reference: 0193374551
Your reference: KCSC-240903-01

Hello,

Please find an update on part of your request below.

{X[6]}
Action: Withheld in South Korea

{X[7]}
Action: Removed - violation of the X Rules (illegal or certain regulated goods or services)

{X[8]}
Action: None - the post had already been deleted by the user when we reviewed it

Best,
{SIG_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support partial update, bare URL with its action on the next line",
    why="withheld / removed / deleted-by-user each on the line under its URL",
    items={X[6]: "restricted", X[7]: "removed", X[8]: "not_found"},
)

case(
    name="x-statement-of-reasons-single",
    date="Fri, 06 Sep 2024 12:55:02 +0000",
    **{"from": "no-reply@x.com"}, name_from="X",
    subject="Statement of reasons: action taken on reported content (KCSC-240903-01)",
    body=f"""Statement of reasons

This notice explains a decision X has made about content reported to us.

Your reference:        KCSC-240903-01
Decision ID:           SOR-7719-20240906-0042
Content:               {X[9]}
Type of decision:      Visibility restriction - content withheld
Territorial scope:     Republic of Korea (KR)
Ground:                Illegal content under the law of the reporting country
Facts relied upon:     Notice from a government authority
Automated detection:   No
Automated decision:    No

The content stays visible outside the territory listed above.

Information on redress options is available at
https://help.x.com/en/forms/account-access/appeals

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17-style statement of reasons (X), field/value layout",
    why="one URL, decision: withheld in KR",
    items={X[9]: "restricted"},
)

_qp_body = f"""Hi,

Following up on request KCSC-240903-01.

The post {X[10]} has been removed from X for violating our rules on illegal goods; the account that posted it is permanently suspended.

The link {X[11]} does not lead to any post: it was deleted before we could review it, so no action was needed on our side.

Thanks,
X Legal
"""
case(
    name="x-quoted-printable-followup",
    date="Tue, 10 Sep 2024 04:21:09 +0000",
    **{"from": "legal-support@twitter.com"}, name_from="X Legal",
    subject="RE: KCSC-240903-01 follow-up",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_qp_body),
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up from the legacy twitter.com domain, quoted-printable body with soft-wrapped URLs",
    why="twitter.com post removed; the i/web link no longer exists",
    items={X[10]: "removed", X[11]: "not_found"},
)

case(
    name="x-rejected-no-legal-basis",
    date="Wed, 11 Sep 2024 01:30:45 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=RT["KCSC-240903-01"],
    body=f"""Hello,

We reviewed the post and the account below against the X Rules and did not
find a violation. The request also did not identify a court order or the
specific provision of Korean law the content breaches, so we are declining to
take action and the content remains available:

  * {X[4]}
  * {X[5]}

If you obtain a court order, you may submit a new request through our legal
request portal at https://legalrequests.x.com.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request refusal (no violation, no legal basis shown)",
    why="both items refused with a reason: rejected",
    items={X[4]: "rejected", X[5]: "rejected"},
)

case(
    name="x-outlook-original-message",
    date="Thu, 12 Sep 2024 06:48:00 +0000",
    **{"from": "j.calloway@x.com"}, name_from="Jordan Calloway",
    subject="RE: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=RT["KCSC-240903-01"],
    body=f"""Hi KCSC team,

Quick update on two of the items. The post at {X[4]}
has been withheld in Korea. The account {X[5]} was suspended
for platform manipulation and is no longer viewable anywhere on X.

Jordan Calloway
Legal Policy, X

""" + quote_request("KCSC-240903-01", X,
                    "-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\n"
                    "Sent: Tuesday, September 3, 2024 10:00 AM\nTo: legal@x.com\n"
                    "Subject: [KCSC-240903-01] Request for removal of illegal content\n",
                    style="outlook"),
    outcome="applied", classification="confirmation",
    imitates="X staff reply in Outlook style, top-posted over '-----Original Message-----'",
    why="post withheld in KR, account suspended (gone everywhere); the quoted list says nothing",
    items={X[4]: "restricted", X[5]: "removed", X[0]: "pending", X[6]: "pending"},
)

_csv = "url,decision,territory,reason\n" + "\n".join([
    f"{X[0]},withheld,KR,local law",
    f"{X[2]},removed,global,X Rules - regulated goods",
    f"{X[3]},removed,global,X Rules - regulated goods",
    f"{X[8]},not found,,deleted by user",
    f"{X[11]},no action,,no violation found",
]) + "\n"
case(
    name="x-csv-attachment-results",
    date="Mon, 09 Sep 2024 23:05:51 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Case 0193374551 - KCSC-240903-01 - results",
    raw_mime=mp("=_x_0193374551", [
        (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"],
         "Hello,\n\nThank you for contacting X (case 0193374551). The decision for each\n"
         "URL of your request KCSC-240903-01 is in the attached CSV file.\n\nX Legal\n"),
        (["Content-Type: text/csv; charset=utf-8; name=\"KCSC-240903-01_results.csv\"",
          "Content-Disposition: attachment; filename=\"KCSC-240903-01_results.csv\"",
          "Content-Transfer-Encoding: base64"], b64(_csv)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="X legal batch outcome delivered as a CSV attachment",
    why="CSV rows: withheld, removed x2, not found, no action",
    items={X[0]: "restricted", X[2]: "removed", X[3]: "removed", X[8]: "not_found", X[11]: "rejected"},
)

case(
    name="x-promise-will-withhold",
    date="Wed, 04 Sep 2024 15:10:00 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=RT["KCSC-240903-01"],
    body=f"""Hello,

Thank you for your patience. Our initial assessment is that the posts below
are likely to be illegal in Korea. Once our legal review is complete, they
will be withheld in the Republic of Korea:

{X[2]}
{X[3]}

We expect to finish within five business days and will confirm then.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing an intended withholding",
    why="a promise ('will be withheld once ... complete'), not a statement; names items",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-bulk-all-removed",
    date="Sat, 14 Sep 2024 03:02:19 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=RT["KCSC-240903-01"],
    body="""Hello,

Following our review, all of the content listed in your request has been
removed from X for violating the X Rules.

This case is now closed.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal closing note covering the whole request without listing URLs",
    why="'all of the content ... removed' for a 12-item request, no URL named",
    items=items(X, "pending"),
)

case(
    name="x-out-of-office",
    date="Tue, 03 Sep 2024 01:00:41 +0000",
    **{"from": "j.calloway@x.com"}, name_from="Jordan Calloway",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=RT["KCSC-240903-01"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until Monday 16 September
with limited access to email.

Legal requests from government authorities should be submitted through
https://legalrequests.x.com so that the on-duty team can handle them.

Jordan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from an X staff member",
    why="out-of-office auto-reply",
    items={},
)

# ================= YouTube (KCSC-240905-02, 5 items) =================
case(
    name="yt-legal-blocked-kr",
    date="Fri, 06 Sep 2024 08:17:33 +0000",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-02] YouTube content removal request [4-1938000011452]",
    reply_to_req=RT["KCSC-240905-02"],
    body=f"""Hello,

Thanks for reaching out to us.

After reviewing the content you reported, we have blocked the following from
view on YouTube in South Korea, in accordance with local law:

{Y[0]}
{Y[1]}

In addition, the following video was removed from YouTube because it
violates our Community Guidelines:

{Y[4]}

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome ('blocked from view in <country>' + Community Guidelines removal)",
    why="two URLs blocked in KR (restricted), one short removed",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[4]: "removed"},
)

case(
    name="yt-channel-terminated-age-restricted",
    date="Sat, 07 Sep 2024 05:44:12 +0000",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-02] YouTube content removal request [4-1938000011452]",
    reply_to_req=RT["KCSC-240905-02"],
    body=f"""Hello,

We have an update on your request.

1. The channel {Y[3]} has been terminated for
   repeated violations of our policy on illegal gambling.
2. The video {Y[2]} has been age-restricted. It can
   no longer be viewed by signed-out users or users under 18.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome: channel termination and age restriction, numbered list",
    why="channel terminated = removed; age-restricted = restricted",
    items={Y[3]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-not-found-and-declined",
    date="Mon, 09 Sep 2024 07:02:58 +0000",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-02] YouTube content removal request [4-1938000011452]",
    reply_to_req=RT["KCSC-240905-02"],
    body=f"""Hello,

Regarding {Y[2]}: this video is no longer on YouTube. It was deleted
by the uploader before our team reviewed your request.

Regarding {Y[1]}: we reviewed the video under our policies and
under local law and did not find sufficient grounds to act on it. We are
therefore declining your request for this URL and the video remains
available.

You can learn more about how we handle legal removals at
https://support.google.com/youtube/answer/6154230

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support: one URL gone (deleted by uploader), one declined",
    why="deleted by uploader = not_found; declined and stays up = rejected",
    items={Y[2]: "not_found", Y[1]: "rejected"},
)

_yt_html = f"""<html><body>
<div style="font-family:Roboto,Arial,sans-serif">
<p>Hi there,</p>
<p>We wanted to let you know the outcome of your legal complaint <b>KCSC-240905-02</b>.</p>
<ul>
<li>Video <a href="{Y[0]}">{Y[0]}</a> &ndash; <b>removed</b> from YouTube.</li>
<li>Channel <a href="{Y[3]}">{Y[3]}</a> &ndash; <b>blocked in South Korea</b>; it stays viewable in other countries.</li>
</ul>
<p>For more information, visit the <a href="https://support.google.com/youtube/answer/2802032">YouTube Help Center</a>.</p>
<p>&mdash; The YouTube Team</p>
</div></body></html>"""
case(
    name="yt-base64-html-outcome",
    date="Tue, 10 Sep 2024 10:11:14 +0000",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    subject="Outcome of your legal complaint",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_yt_html),
    outcome="applied", classification="confirmation",
    imitates="YouTube system notice of a legal complaint outcome, base64 HTML with a bulleted list",
    why="video removed, channel blocked in KR",
    items={Y[0]: "removed", Y[3]: "restricted"},
)

case(
    name="yt-actioned-url-below",
    date="Wed, 11 Sep 2024 03:36:27 +0000",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="[KCSC-240905-02] Update on reported Short",
    body=f"""Hello,

The following content has been actioned under our policies:
{Y[4]}

Thank you for helping keep YouTube safe.

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube short 'actioned under our policies' note, URL on the line below",
    why="configured YouTube phrase 'has been actioned under our policies' means removed",
    items={Y[4]: "removed"},
)

case(
    name="yt-echoed-complaint",
    date="Thu, 12 Sep 2024 09:09:09 +0000",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    subject="Re: Your legal removal request [4-1938000011452]",
    body=f"""Hello,

We've completed our review of the complaint below.

Outcome: The video was removed from YouTube worldwide.

--------------------------------------------------
Copy of your complaint
--------------------------------------------------
Complainant: Korea Communications Standards Commission
Reference: KCSC-240905-02
Country: South Korea
URL of the content: {Y[0]}
Legal basis: Information and Communications Network Act, Art. 44-7
Description: Promotion of unlicensed online gambling.
--------------------------------------------------

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube webform reply echoing the submitted complaint with the outcome above it",
    why="outcome 'removed worldwide' for the one URL of the echoed complaint",
    items={Y[0]: "removed"},
)

case(
    name="yt-under-review-hedged",
    date="Fri, 06 Sep 2024 23:58:01 +0000",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-02] YouTube content removal request [4-1938000011452]",
    reply_to_req=RT["KCSC-240905-02"],
    body=f"""Hello,

Thank you for your patience. {Y[0]} is currently with our
specialist team and is still under review.

As for {Y[2]}, it appears the video may have been taken
down by the uploader, but we have not yet been able to confirm this.

We'll get back to you once we have more information.

The YouTube Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim status email",
    why="'under review' and 'appears ... may have been' are not statements",
    items={Y[0]: "pending", Y[2]: "pending"},
)

case(
    name="yt-asks-court-order",
    date="Sat, 07 Sep 2024 11:25:40 +0000",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-02] Additional information needed [4-1938000011452]",
    reply_to_req=RT["KCSC-240905-02"],
    body=f"""Hello,

We need more information before we can process your request for these URLs:

{Y[1]}
{Y[3]}

Please reply with the specific provision of law each item violates and, if
available, a copy of the relevant order. Without this information we are
unable to take further action.

The YouTube Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal support request for additional information",
    why="asks for legal basis before acting; nothing stated about the items",
    items={Y[1]: "pending", Y[3]: "pending"},
)

# ================= Meta (KCSC-240909-03, 4 items) =================
case(
    name="meta-local-law-restricted",
    date="Tue, 10 Sep 2024 06:30:00 +0000",
    **{"from": "records-response@meta.com"}, name_from="Meta Content Response",
    subject="Re: [KCSC-240909-03] Report of content violating local law",
    reply_to_req=RT["KCSC-240909-03"],
    body=f"""Hello,

Thank you for your report.

We've restricted access to the following content in South Korea because it
was reported as violating local law:

  Facebook: {M[0]}
  Instagram: {M[2]}

We also removed the following reel because it goes against our Community
Standards on restricted goods and services:

  Instagram: {M[3]}

You can learn more about how we handle reports of content violating local
law at https://transparency.meta.com/reports/content-restrictions

Meta Content Response Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta response to a government report: restricted based on local law + Community Standards removal",
    why="two items restricted in KR, reel removed",
    items={M[0]: "restricted", M[2]: "restricted", M[3]: "removed"},
)

case(
    name="meta-plain-text-table",
    date="Wed, 11 Sep 2024 02:14:37 +0000",
    **{"from": "records-response@meta.com"}, name_from="Meta Content Response",
    subject="Re: [KCSC-240909-03] Report of content violating local law",
    reply_to_req=RT["KCSC-240909-03"],
    body=f"""Hello,

Please see the result of our review below.

Content                                                                 | Result
------------------------------------------------------------------------+--------------------------------------
{M[1]:<72}| Removed (Community Standards: drugs)
{M[0]:<72}| Not available - deleted by the owner

Meta Content Response Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content response with a plain-text result table",
    why="group post removed; Facebook post deleted by its owner = not_found",
    items={M[1]: "removed", M[0]: "not_found"},
)

case(
    name="meta-wrapped-url-angle",
    date="Thu, 12 Sep 2024 04:05:55 +0000",
    **{"from": "records-response@meta.com"}, name_from="Meta Content Response",
    subject="Re: [KCSC-240909-03] Report of content violating local law",
    reply_to_req=RT["KCSC-240909-03"],
    body="""Hello,

Access to the group post
<https://www.facebook.com/groups/5583019921/permalink/
8810245573310/> has been restricted in South Korea based on local law.

Meta Content Response Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content response where the mail client wrapped a long URL inside angle brackets",
    why="the wrapped URL in <> is the group post; restricted in KR",
    items={M[1]: "restricted"},
)

case(
    name="meta-instagram-mixed-hedge",
    date="Fri, 13 Sep 2024 08:48:21 +0000",
    **{"from": "notification@facebookmail.com"}, name_from="Instagram",
    subject="Update on your report KCSC-240909-03",
    body=f"""Hi,

We removed the Instagram post {M[2]} because it goes
against our Community Guidelines.

The reel {M[3]} may be limited in some regions; our
review of it is still ongoing.

Thanks for helping to keep Instagram safe.
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report-status notification (one decision, one still open)",
    why="post removed unhedged; reel only 'may be limited', still under review",
    items={M[2]: "removed", M[3]: "pending"},
)

case(
    name="meta-bulk-all-restricted",
    date="Sat, 14 Sep 2024 01:19:44 +0000",
    **{"from": "records-response@meta.com"}, name_from="Meta Content Response",
    subject="Re: [KCSC-240909-03] Report of content violating local law",
    reply_to_req=RT["KCSC-240909-03"],
    body="""Hello,

We reviewed the four pieces of content in your report and have restricted
access to all of them in South Korea based on local law.

Meta Content Response Team
""",
    outcome="review", review="bulk",
    imitates="Meta summary reply covering the whole report without URLs",
    why="'all of them' restricted, for a 4-item request, no URL named",
    items=items(M, "pending"),
)

case(
    name="meta-conflicting-statements",
    date="Sun, 15 Sep 2024 07:33:09 +0000",
    **{"from": "records-response@meta.com"}, name_from="Meta Content Response",
    subject="Re: [KCSC-240909-03] Report of content violating local law",
    reply_to_req=RT["KCSC-240909-03"],
    body=f"""Hello,

We removed the following Instagram post because it goes against our
Community Standards:
{M[2]}

Summary of your report:
- {M[2]} : No action taken. The content does not go against our Community
  Standards and was not found to violate local law.

Meta Content Response Team
""",
    outcome="review", review="conflicting_statements",
    imitates="Meta templated reply where the summary block contradicts the body",
    why="same post stated removed and 'no action taken' in one email",
    items={M[2]: "pending"},
)

_mdn = mp("mdn_20240909_71a", [
    (["Content-Type: text/plain; charset=utf-8"],
     "This is a receipt for the mail you sent to records-response@meta.com at\n"
     "9/9/2024 9:15 AM.\n\nThis receipt verifies that the message has been displayed on the\n"
     "recipient's computer at 9/9/2024 4:02 PM."),
    (["Content-Type: message/disposition-notification"],
     "Reporting-UA: mail.meta.com; Microsoft Outlook 16.0\n"
     "Final-Recipient: rfc822;records-response@meta.com\n"
     f"Original-Message-ID: <{MID['KCSC-240909-03']}>\n"
     "Disposition: manual-action/MDN-sent-manually; displayed"),
], kind="report", extra="; report-type=disposition-notification")
case(
    name="meta-read-receipt",
    date="Mon, 09 Sep 2024 07:02:10 +0000",
    **{"from": "records-response@meta.com"}, name_from="Meta Content Response",
    subject="Read: [KCSC-240909-03] Report of content violating local law",
    reply_to_req=RT["KCSC-240909-03"],
    raw_mime=_mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, multipart/report disposition-notification)",
    why="read receipt",
    items={},
)

# ================= TikTok (KCSC-240910-04, 3 items) =================
case(
    name="tiktok-report-outcome",
    date="Wed, 11 Sep 2024 09:40:18 +0000",
    **{"from": "legal-response@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: KCSC-240910-04 - Outcome of your request",
    reply_to_req=RT["KCSC-240910-04"],
    body=f"""Hello,

Thank you for your report. We have reviewed the videos you reported.

We removed the following videos for violating our Community Guidelines
(gambling and games of chance):
  - {T[0]}
  - {T[1]}

We reviewed the following video and found that it does not violate our
Community Guidelines or local law. It will remain on TikTok:
  - {T[2]}

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome email (removed / no violation found)",
    why="two removed; third found not violating and stays up",
    items={T[0]: "removed", T[1]: "removed", T[2]: "rejected"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    date="Thu, 12 Sep 2024 13:00:00 +0000",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject="Notice of decision on content you reported (ref. KCSC-240910-04)",
    body=f"""Notice of our decision

Reported content: {T[2]}
Decision: Content not available in your country or region
Country or region: Republic of Korea
Reason: The content was found to be illegal under local law
How the decision was made: Reviewed by a person
Date of decision: 12 September 2024

The content remains available elsewhere. If you disagree with this decision,
you can appeal within six months at https://www.tiktok.com/legal/report/appeal

TikTok
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style notice of decision to the reporter (geo-restriction)",
    why="not available in KR = restricted",
    items={T[2]: "restricted"},
)

case(
    name="tiktok-angle-brackets-fullwidth",
    date="Fri, 13 Sep 2024 02:27:50 +0000",
    **{"from": "kr-legal@tiktok.com"}, name_from="TikTok Korea Legal",
    subject="회신: [KCSC-240910-04] 불법정보 삭제 요청 / Re: removal request",
    reply_to_req=RT["KCSC-240910-04"],
    body=f"""Dear KCSC,

(English follows Korean / 영문 하단)

요청하신 콘텐츠에 대한 조치 결과입니다.
1) <{T[0]}>：삭제
2) {T[2]}는 한국 내 접근이 제한되었습니다.

Action taken on the requested content:
1) <{T[0]}>: removed from TikTok.
2) {T[2]}: access restricted in Korea.

TikTok Korea Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual result reply, URLs in angle brackets and followed by full-width colon / Korean particle",
    why="one removed, one restricted in Korea (both languages agree)",
    items={T[0]: "removed", T[2]: "restricted"},
)

case(
    name="tiktok-dkim-fail",
    date="Fri, 13 Sep 2024 17:45:03 +0000",
    **{"from": "legal-response@tiktok.com"}, name_from="TikTok Legal",
    auth="fail",
    subject="Re: KCSC-240910-04 - Outcome of your request",
    body=f"""Hello,

We removed {T[0]} and {T[1]}
following your request.

TikTok Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="TikTok outcome email failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    date="Tue, 10 Sep 2024 02:03:33 +0000",
    **{"from": "legal-response@tiktok.com"}, name_from="TikTok Legal",
    subject="[Ticket #7734019] We received your request - KCSC-240910-04",
    reply_to_req=RT["KCSC-240910-04"],
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for contacting TikTok. We have received your request and it has
been assigned ticket number 7734019. Our team will review it and reply to
you as soon as possible.

Please keep the ticket number in the subject line of any further messages.

TikTok Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket-system receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="twitch-wrong-platform",
    date="Thu, 12 Sep 2024 18:12:30 +0000",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject="Re: KCSC-240910-04 removal request",
    body=f"""Hello,

We received your request (KCSC-240910-04). We searched our service and could
not locate the following content on Twitch:

{T[0]}
{T[1]}
{T[2]}

These links point to a different service, which Twitch does not operate.

Twitch Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Twitch legal reply to a request sent to the wrong service",
    why="Twitch states 'could not locate' about TikTok items",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending"},
)

# ================= Reddit (KCSC-240911-05, 2 items) =================
case(
    name="reddit-removed-korean-slug",
    date="Thu, 12 Sep 2024 20:31:12 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: [KCSC-240911-05] Content removal request",
    reply_to_req=RT["KCSC-240911-05"],
    body=f"""Hi,

Reddit has removed the following content in response to your request:

{R[0]}
{R2_RAW}

Removed content is replaced with a notice stating that it was removed by
Reddit following a legal request.

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal removal confirmation (second URL written with its raw Korean slug)",
    why="both posts removed; raw Korean path = percent-encoded request URL",
    items={R[0]: "removed", R[1]: "removed"},
)

case(
    name="reddit-geo-and-mod-removed",
    date="Fri, 13 Sep 2024 21:05:44 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: [KCSC-240911-05] Content removal request",
    reply_to_req=RT["KCSC-240911-05"],
    body=f"""Hi,

Thanks for your report.

- {R[0]} -- we have geo-restricted this post, so it
  can no longer be viewed from South Korea.
- {R[1]} -- this post had
  already been removed by the subreddit's moderators before our review.

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply: geo-restriction plus a post moderators had removed",
    why="geo-restricted = restricted; removed by moderators = removed",
    items={R[0]: "restricted", R[1]: "removed"},
)

case(
    name="reddit-law-firm-unknown-sender",
    date="Sat, 14 Sep 2024 04:50:00 +0000",
    **{"from": "j.moon@hartleymoon-law.example"}, name_from="Jina Moon (Hartley & Moon LLP)",
    auth="pass",
    subject="KCSC-240911-05 - post deleted",
    body=f"""Dear Sir or Madam,

We act for the moderator of the community r/kgoodsdeals. Our client has
asked us to inform you that the post {R[0]} has been deleted and will
not be reposted.

Yours faithfully,
Jina Moon
Hartley & Moon LLP
""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of a subreddit moderator",
    why="sender is not Reddit; names our request and a URL",
    items={R[0]: "pending"},
)

case(
    name="reddit-zendesk-ack",
    date="Wed, 11 Sep 2024 07:21:05 +0000",
    **{"from": "support@reddit.zendesk.com"}, name_from="Reddit Help",
    auth="none",
    subject="[Reddit] Re: [KCSC-240911-05] Content removal request (#482311)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""##- Please type your reply above this line -##

Your request (#482311) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 11, 2024, 16:20 KST

The Korea Communications Standards Commission requests the removal of the
following content (our reference KCSC-240911-05):

{R[0]}
{R[1]}

KCSC Takedown Desk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'your request has been received' receipt with the request echoed below",
    why="ticket receipt; URLs appear only in the echoed request",
    items={},
)

# ================= Discord (KCSC-240912-06, 1 item) =================
case(
    name="discord-server-removed",
    date="Fri, 13 Sep 2024 16:02:41 +0000",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240912-06] Removal request - Discord server",
    reply_to_req=RT["KCSC-240912-06"],
    body="""Hi there,

Thanks for reaching out. Our Safety team reviewed the server behind the
invite link discord.gg/hN4vTq8Ws and found that it violated our Community
Guidelines. The server has been removed from Discord, and the invite no
longer works.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome email (server removed)",
    why="one-item request; the server behind the invite was removed",
    items={D[0]: "removed"},
)

case(
    name="discord-all-content-removed-one-item",
    date="Sat, 14 Sep 2024 10:30:00 +0000",
    **{"from": "legalrequests@discord.com"}, name_from="Discord Legal",
    subject="Re: [KCSC-240912-06] Removal request - Discord server",
    reply_to_req=RT["KCSC-240912-06"],
    body="""Hello,

Following our investigation, all of the reported content has been removed
from Discord.

Regards,
Discord Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Discord legal short closing reply",
    why="'all reported content removed' for a one-item request applies",
    items={D[0]: "removed"},
)

case(
    name="discord-conditional",
    date="Thu, 12 Sep 2024 22:14:59 +0000",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240912-06] Removal request - Discord server",
    reply_to_req=RT["KCSC-240912-06"],
    body=f"""Hi there,

Thanks for your report about {D[0]}. Our Safety team is
investigating. If we confirm that the server breaks our Community
Guidelines, it will be removed and the owner's account may be actioned.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord Trust & Safety interim reply",
    why="conditional promise only; names the item",
    items={D[0]: "pending"},
)

_dsn_text = """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@discord.com>: host mx.discord.com[203.0.113.45] said: 550 5.1.1
    <abuse-kr@discord.com>: Recipient address rejected: User unknown
"""
_dsn = mp("8A1E2C0447.1726105300/mx.kcsc.example", [
    (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], _dsn_text),
    (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
     "Reporting-MTA: dns; mx.kcsc.example\nArrival-Date: Thu, 12 Sep 2024 10:40:02 +0900\n\n"
     "Final-Recipient: rfc822; abuse-kr@discord.com\nAction: failed\nStatus: 5.1.1\n"
     "Remote-MTA: dns; mx.discord.com\nDiagnostic-Code: smtp; 550 5.1.1 User unknown"),
    (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
     "From: KCSC Takedown <takedown@kcsc.example>\nTo: abuse-kr@discord.com\n"
     "Subject: [KCSC-240912-06] Removal request - Discord server\n"
     f"Message-ID: <{MID['KCSC-240912-06']}>\nDate: Thu, 12 Sep 2024 10:40:00 +0900\n\n"
     f"Please remove the server reached through {D[0]} (reference KCSC-240912-06).\n"),
], kind="report", extra="; report-type=delivery-status")
case(
    name="discord-dsn-bounce",
    date="Thu, 12 Sep 2024 01:41:40 +0000",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=_dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) for the request sent to a wrong Discord address",
    why="bounce; the URL is only in the returned request",
    items={},
)

# ================= Pinterest (KCSC-240913-07, 2 items) =================
case(
    name="pinterest-deactivated-and-kept",
    date="Tue, 17 Sep 2024 05:55:20 +0000",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    subject="Re: [KCSC-240913-07] Request to remove Pins",
    reply_to_req=RT["KCSC-240913-07"],
    body=f"""Hello,

Thanks for your report. Here's what we did:

* {P[0]}
  We deactivated this Pin because it goes against our Community Guidelines
  on counterfeit goods.

* {P[1]}
  This Pin doesn't go against our Community Guidelines, and we didn't find
  it to be unlawful, so it's staying up.

Pinterest Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest report outcome (Pin deactivated / Pin staying up)",
    why="one Pin deactivated = removed; one kept with a reason = rejected",
    items={P[0]: "removed", P[1]: "rejected"},
)

case(
    name="pinterest-no-claims",
    date="Wed, 18 Sep 2024 03:12:00 +0000",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    subject="An update on your report",
    body="""Hi there,

We've finished reviewing what you reported and took action because it goes
against our Community Guidelines.

Thanks for helping to keep Pinterest a safe and inspiring place.

The Pinterest Team
https://help.pinterest.com/en/guide/reporting-content
""",
    outcome="review", review="no_claims",
    imitates="Pinterest generic 'update on your report' notification",
    why="trusted Pinterest mail, no URL, no reference, no thread",
    items={},
)

# ================= Others (Telegram, Snapchat) =================
case(
    name="telegram-auto-responder",
    date="Mon, 16 Sep 2024 02:00:05 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject="Automatic reply: Removal request",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This is an automated response.

This address handles notices about content on Telegram. Reports are
processed in the order they are received and we may not be able to reply to
each message individually.

For other questions, please visit https://telegram.org/faq
""",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram abuse/DSA mailbox auto-responder",
    why="auto-reply",
    items={},
)

case(
    name="snapchat-submission-receipt",
    date="Tue, 17 Sep 2024 12:44:18 +0000",
    **{"from": "no-reply@snap.com"}, name_from="Snap Inc.",
    subject="Snap Inc. - Submission received [SR-20240917-55019]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Snap Inc. has received your submission. Your submission ID is
SR-20240917-55019. Please reference this ID in any future correspondence.

This mailbox is not monitored.

Snap Inc. Law Enforcement Operations
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Snap law-enforcement portal submission receipt",
    why="pure receipt",
    items={},
)

HEADER = """# Blind set 730 (tests/corpus/blind730/make.py writes this file).
# English notices from many platforms; expected results written from each
# email's meaning before any run of the reader. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind730", HEADER, CASES)
