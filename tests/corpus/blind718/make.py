#!/usr/bin/env python3
"""Blind set 718: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Telegram, Twitch, plus Discord, Snapchat and Pinterest, which
hold none of our requests).

    python3 tests/corpus/blind718/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; the expected results
were written from each email's meaning before the reader was run on it.
"""
import base64
import csv
import datetime as dt
import email.utils
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind718"


def d(day, hh, mm, off=0):
    """RFC 5322 date for September 2024, offset `off` hours from UTC."""
    tz = dt.timezone(dt.timedelta(hours=off))
    return email.utils.format_datetime(dt.datetime(2024, 9, day, hh, mm, 17, tzinfo=tz))


# ---------------------------------------------------------------- requests
X = [
    "https://x.com/ember_fieldnotes/status/1831002200113344501",   # 0
    "https://x.com/ember_fieldnotes/status/1831002200113344502",   # 1
    "https://x.com/gray_lantern_77/status/1830917765500221010",    # 2
    "https://x.com/gray_lantern_77/status/1830917765500221011",    # 3
    "https://x.com/mossbank_dealer/status/1831240098871100032",    # 4
    "https://x.com/mossbank_dealer/status/1831240098871100033",    # 5
    "https://x.com/mossbank_dealer/status/1831240098871100034",    # 6
    "https://x.com/quietpier_kr/status/1830655512300987611",       # 7
    "https://x.com/quietpier_kr/status/1830655512300987612",       # 8
    "https://x.com/tidal_ledger/status/1831456600012345678",       # 9
    "https://x.com/tidal_ledger/status/1831456600012345679",       # 10
    "https://x.com/north_orchard9",                                # 11
]
YT = [
    "https://www.youtube.com/watch?v=Qm7fT2pLx9A",
    "https://www.youtube.com/watch?v=bR4nK8wZc3E",
    "https://youtu.be/Hx2Vd9sJq0M",
    "https://www.youtube.com/@pinegrove_signals",
]
META = [
    "https://www.facebook.com/groups/harborlight.market/posts/7712093345521809/",
    "https://www.instagram.com/p/C9xK2mLpQ7a/",
    "https://www.facebook.com/profile.php?id=100089234561177",
]
TT = [
    "https://www.tiktok.com/@lumen.drift/video/7410223344556677881",
    "https://www.tiktok.com/@lumen.drift/video/7410223344556677882",
    "https://www.tiktok.com/@caravel_kr/video/7409988776655443321",
    "https://www.tiktok.com/@caravel_kr/video/7409988776655443322",
    "https://www.tiktok.com/@saltmarsh.vendor",
]
RD_RAW = "https://www.reddit.com/r/quietexchange/comments/1f6abcd/신규_목록/"
RD = [
    quote(RD_RAW, safe=":/"),
    "https://www.reddit.com/user/brackwater_acct/",
]
TG = [
    "https://t.me/kettle_harbor_chat/4512",
    "https://t.me/kettle_harbor_chat/4519",
    "https://t.me/driftwood_board",
]
TW = ["https://www.twitch.tv/videos/2241187709"]

REQUESTS = [
    ("KCSC-240902-01", "x", 2, "drugs", X, "11 posts and one account advertising narcotics"),
    ("KCSC-240903-02", "youtube", 3, "gambling", YT, "illegal gambling promotion"),
    ("KCSC-240904-03", "meta", 4, "fraud", META, "counterfeit goods / fraud"),
    ("KCSC-240905-04", "tiktok", 5, "drugs", TT, "drug sale videos"),
    ("KCSC-240906-05", "reddit", 6, "personal_info", RD, "doxxing listing and its poster"),
    ("KCSC-240909-06", "telegram", 9, "obscenity", TG, "non-consensual imagery"),
    ("KCSC-240910-07", "twitch", 10, "gambling", TW, "one VOD promoting illegal betting"),
]
MID = {ref: "req-" + ref[5:].lower() for ref, *_ in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, day, cat, urls, note in REQUESTS:
            sent = f"2024-09-{day:02d}T10:00:00+09:00"
            due = f"2024-09-{day + 7:02d}T23:59:59+09:00"
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])


def request_body(ref, urls, plat):
    lines = [
        f"Dear {plat} team,",
        "",
        f"The Korea Communications Standards Commission requests the removal of, or",
        f"restriction of access in Korea to, the following content (our reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return lines


def gmail_quote(ref, urls, plat, when):
    out = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"]
    out += ["> " + l if l else ">" for l in request_body(ref, urls, plat)]
    return "\n".join(out)


def outlook_quote(ref, urls, plat, when):
    out = ["-----Original Message-----",
           "From: KCSC Takedown <takedown@kcsc.example>",
           f"Sent: {when}",
           f"To: {plat} legal",
           f"Subject: [{ref}] Request for removal of illegal content",
           ""]
    out += request_body(ref, urls, plat)
    return "\n".join(out)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ============================ X ============================
case(
    name="x-legal-withheld-kr-numbered",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal", date=d(5, 2, 41),
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hello,

Thank you for your notice regarding content on X.

In response to your request, we have withheld the following posts in the
Republic of Korea under applicable local law:

1. {X[0]}
2. {X[1]}
3. {X[3]}

These posts remain viewable outside Korea. You can learn more about
country-withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Sincerely,
X Legal
""",
    outcome="applied",
    imitates="X legal team 'withheld in country' reply to a government removal request",
    why="three posts stated as withheld in Korea, listed one per line; help link is no item",
    items={X[0]: "restricted", X[1]: "restricted", X[3]: "restricted"},
)

case(
    name="x-mixed-outcomes-prose",
    **{"from": "legal@x.com"}, name_from="X Global Legal Policy", date=d(6, 8, 12),
    subject="Your request KCSC-240902-01 - outcome",
    body=f"""
Hello KCSC team,

We have completed our review of several of the posts identified in your
notice KCSC-240902-01.

The posts {X[4]} and {X[5]} were found to violate the X Rules on illegal
and regulated goods and services and have been removed from X.

The account {X[11]} has been permanently suspended for repeated violations
of the same policy.

We did not find {X[7]} to be in violation of the X Rules or of the Korean
law cited in your notice, so we are not taking action on it.

The other posts in your notice are still under review and we will write
again once we have an outcome.

Best regards,
Hannah
X Global Legal Policy
""",
    outcome="applied",
    imitates="X legal policy prose reply mixing removal, suspension and refusal",
    why="two posts removed, account suspended (removed), one refused with reason; the rest explicitly still under review",
    items={X[4]: "removed", X[5]: "removed", X[11]: "removed", X[7]: "rejected"},
)

case(
    name="x-bare-url-outcome-below",
    **{"from": "legal-support@x.com"}, name_from="X Support", date=d(7, 3, 5),
    subject="Case 0148823991 update [KCSC-240902-01]",
    body=f"""
Hi,

Please find below the outcome of our review for the reported posts.

{X[9]}
Outcome: Withheld in Korea (KR)

{X[10]}
Outcome: Removed - violation of the X Rules

{X[8]}
Outcome: Post not found. It may have been deleted by the account holder.

{X[2]}
Outcome: No violation identified; no action taken

Thanks,
X Support
""",
    outcome="applied",
    imitates="X support case update listing each URL with an Outcome line",
    why="bare URL lines each followed by its outcome: withheld, removed, not found, no violation",
    items={X[9]: "restricted", X[10]: "removed", X[8]: "not_found", X[2]: "rejected"},
)

html_x = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have reviewed your request <b>KCSC-240902-01</b>. The action taken on each
reported URL is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Region</th></tr>
<tr><td><a href="{X[0]}">{X[0]}</a></td><td>Content withheld</td><td>KR</td></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>Not found</td><td>&ndash;</td></tr>
</table>
<p>If you have questions, reply to this email.<br>X Legal</p>
<p style="font-size:11px;color:#777">X Corp. &middot; <a href="https://x.com/en/tos">Terms</a> &middot;
<a href="https://x.com/en/privacy">Privacy</a></p>
</body></html>"""
case(
    name="x-html-table-actions",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal", date=d(8, 1, 30),
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240902-01"],
    type="html", body=html_x,
    outcome="applied",
    imitates="X legal HTML notice with a per-URL action table",
    why="HTML table rows: withheld in KR, removed globally, not found; Terms/Privacy links are no items",
    items={X[0]: "restricted", X[6]: "removed", X[7]: "not_found"},
)

csv_att = "\n".join([
    "reported_url,action,scope,reason",
    f"{X[2]},withheld,KR,local law",
    f"{X[3]},withheld,KR,local law",
    f"{X[9]},removed,global,X Rules - illegal goods",
    f"{X[11]},no action,-,no violation found",
]) + "\n"
case(
    name="x-csv-attachment-results",
    **{"from": "legal@x.com"}, name_from="X Legal", date=d(9, 5, 44),
    subject="Results for KCSC-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_xlegal_7781"

--=_xlegal_7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please see the attached file for the actions we took on your request
KCSC-240902-01 so far.

Regards,
X Legal

--=_xlegal_7781
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--=_xlegal_7781--
""",
    outcome="applied",
    imitates="X legal reply with a CSV export of actions per URL",
    why="CSV attachment: two withheld in KR, one removed, the account kept up (no violation)",
    items={X[2]: "restricted", X[3]: "restricted", X[9]: "removed", X[11]: "rejected"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "dana.whitlow@x.com"}, name_from="Dana Whitlow", date=d(10, 7, 2),
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hi there,

Quick update on your notice: the two posts below are now withheld in Korea.

{X[6]}
{X[1]}

The rest are still with our team.

Best,
Dana
Global Government Affairs, X

{gmail_quote("KCSC-240902-01", X, "X", "Mon, 2 Sep 2024 at 10:00")}
""",
    outcome="applied",
    imitates="X government-affairs staffer top-posting over the quoted request (Gmail style)",
    why="two URLs above the quote withheld in Korea; the quoted request lists all twelve and states nothing",
    items={X[6]: "restricted", X[1]: "restricted"},
)

case(
    name="x-korea-bilingual-particles",
    **{"from": "kr-policy@x.com"}, name_from="X Korea Policy", date=d(11, 9, 15, 9),
    subject="[KCSC-240902-01] 처리 결과 안내 / Outcome",
    body=f"""
안녕하세요, X 코리아 정책팀입니다.
Hello, this is the X Korea policy team.

요청하신 게시물 {X[10]}은 국내에서 접근 제한(withheld) 조치되었습니다。
The post {X[10]} has been withheld in Korea.

<{X[0]}>는 X 규칙 위반으로 삭제되었습니다.
The post <{X[0]}> has been removed for violating the X Rules.

감사합니다.
X Korea
""",
    outcome="applied",
    imitates="X Korea bilingual (Korean/English) reply with URLs followed by Korean particles and full-width punctuation",
    why="one post withheld in Korea (접근 제한), one removed (삭제); stated in both languages",
    items={X[10]: "restricted", X[0]: "removed"},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "noreply-dsa@x.com"}, name_from="X", date=d(12, 11, 48),
    subject="Notice of action taken on reported content",
    body=f"""
Notice of action taken on reported content

Decision reference: SOR-2024-6672019
Your reference: KCSC-240902-01

Content concerned: {X[2]}
Type of restriction: visibility restriction - content withheld in the
following country: KR
Facts and circumstances: notice submitted by a government authority
Ground: illegal content under the law of the Republic of Korea
Automated means used for detection: no
Automated means used for the decision: no

The account holder has been informed and may appeal this decision:
https://help.x.com/forms/dsa/appeal

X
""",
    outcome="applied",
    imitates="X DSA-style statement of reasons copy sent to the notifier",
    why="structured statement of reasons: the one named post is withheld in KR; appeal link is no item",
    items={X[2]: "restricted"},
)

case(
    name="x-dmarc-fail-removed",
    **{"from": "legal@x.com"}, name_from="X Legal", date=d(12, 14, 3), auth="fail",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    body=f"""
Hello,

We confirm that the following posts have been removed from X:

{X[4]}
{X[5]}
{X[6]}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal confirmation, but the message fails DKIM/SPF/DMARC",
    why="claims removal of three posts from x.com but fails authentication",
    items={X[4]: "pending", X[5]: "pending", X[6]: "pending"},
)

case(
    name="x-hedged-may-have-been-deleted",
    **{"from": "legal-support@x.com"}, name_from="X Support", date=d(13, 2, 20),
    subject="Case 0148823991 [KCSC-240902-01]",
    body=f"""
Hi,

While reviewing your notice we noticed that the posts below appear to be no
longer available. They may have been deleted by the account owner. We will
confirm this once our review is complete.

{X[7]}
{X[8]}

Thanks,
X Support
""",
    outcome="review", review="not_understood",
    imitates="X support interim update with hedged wording",
    why="'appear to be', 'may have been', 'will confirm': no statement about either post",
    items={X[7]: "pending", X[8]: "pending"},
)

case(
    name="x-ack-case-number",
    **{"from": "noreply@x.com"}, name_from="X", date=d(2, 1, 9),
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240902-01"],
    body="""
Thank you for your submission.

Your report has been received and assigned case number 0148823991. Our team
will review it and respond as soon as possible. Please keep the case number
for your records.

This mailbox is not monitored; please do not reply to this message.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X automatic case-number receipt",
    why="pure receipt with a case number, no statement about any post",
)

# ============================ YouTube ============================
case(
    name="yt-legal-blocked-kr-and-refused",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support", date=d(6, 4, 10),
    subject="Re: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240903-02"],
    body=f"""
Hello,

Thanks for reaching out to us.

In accordance with our legal policies, we have blocked the following
content from view on YouTube in South Korea:

- {YT[0]}

We also reviewed {YT[2]} and concluded that it does not violate our
Community Guidelines or the local law you cited, so we are not taking
action on it.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    imitates="YouTube legal 'blocked from view in country' reply with a refusal",
    why="one video blocked in Korea (restricted), one refused with reason (rejected)",
    items={YT[0]: "restricted", YT[2]: "rejected"},
)

case(
    name="yt-age-restricted-channel-terminated",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube", date=d(7, 6, 33),
    subject="Update on your report (KCSC-240903-02)",
    body=f"""
Hi KCSC,

Thanks for your report. Here is what we did after our review:

The video {YT[1]} has been age-restricted. It is no longer shown to
viewers who are signed out or under 18.

The channel {YT[3]} has been terminated for repeated violations of our
Community Guidelines.

Learn more about our policies: https://support.google.com/youtube/answer/9288567

- The YouTube Team
""",
    outcome="applied",
    imitates="YouTube report outcome email (age restriction, channel termination)",
    why="age restriction is restricted; channel termination is removed",
    items={YT[1]: "restricted", YT[3]: "removed"},
)

yt_qp_text = f"""Hello,

Following your legal request KCSC-240903-02, the video at {YT[0]} was removed from YouTube for violating our policy on harmful or dangerous content. It\u2019s no longer available anywhere on the site.

We couldn\u2019t find the video at {YT[2]}. The link doesn\u2019t lead to any video on YouTube.

Best regards,
YouTube Legal Support
"""
case(
    name="yt-quoted-printable-removed-notfound",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support", date=d(8, 3, 57),
    subject="[KCSC-240903-02] Outcome of your legal request",
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_qp_text)}
""",
    outcome="applied",
    imitates="Google legal support reply in quoted-printable with soft line breaks",
    why="one video removed globally, one link leads to no video (not_found)",
    items={YT[0]: "removed", YT[2]: "not_found"},
)

case(
    name="yt-outlook-url-below-statement",
    **{"from": "m.ferreira@google.com"}, name_from="Marta Ferreira", date=d(9, 12, 25),
    subject="RE: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240903-02"],
    body=f"""
Hello,

The following video has been removed:
{YT[1]}

We were unable to locate the following content, so no action was needed:
{YT[3]}

Kind regards,
Marta Ferreira
Legal Removals, YouTube

{outlook_quote("KCSC-240903-02", YT, "YouTube", "Tuesday, September 3, 2024 10:00 AM")}
""",
    outcome="applied",
    imitates="YouTube legal removals specialist replying in Outlook above the original message",
    why="statement on its own line, URL on the next; the unquoted original request below states nothing",
    items={YT[1]: "removed", YT[3]: "not_found"},
)

case(
    name="yt-hedged-already-removed",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support", date=d(10, 5, 0),
    subject="Re: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240903-02"],
    body=f"""
Hello,

Our records indicate that the video {YT[1]} may have already been
removed by the uploader. We are checking this with the responsible team and
will follow up once we have more information.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply with a hedge",
    why="'may have already been removed' and a promise to follow up: no statement",
    items={YT[1]: "pending"},
)

case(
    name="yt-ack-echoes-submission",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal", date=d(3, 1, 2),
    subject="Your legal request has been received [KCSC-240903-02]",
    body=f"""
Thanks for your submission.

This is an automated confirmation that we have received your legal
complaint. We will review it and may contact you if we need more
information. Below is a copy of what you submitted.

---------- Your submission ----------
Country: South Korea
Your reference: KCSC-240903-02
URLs:
{YT[0]}
{YT[1]}
{YT[2]}
{YT[3]}
Legal basis: Act on Promotion of Information and Communications Network Utilization
--------------------------------------

Google Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal web-form submission receipt echoing the submitted URLs",
    why="automated receipt; the URLs are only the echo of our own submission",
)

# ============================ Meta ============================
case(
    name="meta-instagram-post-removed",
    **{"from": "support@instagram.com"}, name_from="Instagram", date=d(6, 0, 14),
    subject="We removed the post you reported",
    body=f"""
Hi,

Thanks for your report. We removed the post you reported because it goes
against our Community Guidelines on the sale of regulated goods.

Reported post: {META[1]}

Reports like yours help keep Instagram safe. See our guidelines at
https://help.instagram.com/477434105621119

The Instagram Team
""",
    outcome="applied",
    imitates="Instagram 'we removed the post you reported' notification",
    why="the one named post is removed; help link is no item",
    items={META[1]: "removed"},
)

case(
    name="meta-facebook-restricted-in-korea",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook", date=d(7, 10, 1),
    subject="Decision on your report under local law",
    body=f"""
Decision on your report

Your reference: KCSC-240904-03
Content: {META[0]}

Decision: We have restricted access to this content in South Korea because
it was reported as unlawful under local law. It remains available in other
countries because it does not go against our Community Standards.

You can learn how we handle reports under local law at
https://transparency.meta.com/reports/content-restrictions/

Meta
""",
    outcome="applied",
    imitates="Meta decision notice for a local-law report (content restricted in one country)",
    why="the named group post is restricted in South Korea; 'does not go against our Community Standards' explains the scope, not a refusal",
    items={META[0]: "restricted"},
)

meta_html = f"""<!DOCTYPE html><html><body>
<div style="font-family:Helvetica,Arial;font-size:14px;color:#1c1e21">
<p>Hi,</p>
<p>We finished reviewing the content you reported in request KCSC-240904-03.</p>
<p><b>Profile:</b> <a href="{META[2]}">{META[2]}</a><br>
We couldn&#39;t find a profile at this link, so we weren&#39;t able to take any action. The
profile may have been deleted, or the link may be incomplete.</p>
<p><b>Post:</b> <a href="{META[1]}">{META[1]}</a><br>
We reviewed this post and found that it doesn&#39;t go against our Community Guidelines.
It will stay on Instagram.</p>
<p>Thanks,<br>Meta Support</p>
<p style="font-size:11px;color:#8a8d91">Meta Platforms Ireland Ltd. &middot;
<a href="https://www.facebook.com/help/">Help Centre</a></p>
</div></body></html>"""
case(
    name="meta-html-notfound-and-kept",
    **{"from": "support@meta.com"}, name_from="Meta Support", date=d(8, 8, 40),
    subject="Update on request KCSC-240904-03",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(meta_html)}
""",
    outcome="applied",
    imitates="Meta support HTML outcome email (base64) for a profile and a post",
    why="profile could not be found (not_found); post does not go against guidelines and stays (rejected)",
    items={META[2]: "not_found", META[1]: "rejected"},
)

case(
    name="meta-wrapped-angle-url",
    **{"from": "lre-kr@meta.com"}, name_from="Meta Legal Removals", date=d(10, 3, 18),
    subject="RE: [KCSC-240904-03] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240904-03"],
    body="""
Dear KCSC,

We have removed the following content for violating our Community
Standards on fraud and deception:

<https://www.facebook.com/groups/harborlight.market/
 posts/7712093345521809/>

The profile <https://www.facebook.com/profile.php?id=100089234561177> has
been disabled.

Regards,
Legal Removals Team
Meta Platforms, Inc.
""",
    outcome="applied",
    imitates="Meta legal removals reply with an angle-bracketed URL wrapped over two lines",
    why="group post removed (URL wrapped inside <>, RFC 3986 appendix C style); profile disabled (removed)",
    items={META[0]: "removed", META[2]: "removed"},
)

case(
    name="meta-bulk-took-action",
    **{"from": "support@meta.com"}, name_from="Meta Support", date=d(11, 6, 6),
    subject="Re: [KCSC-240904-03] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240904-03"],
    body="""
Hi,

We've reviewed the content in your report KCSC-240904-03 and took action on
all of it for going against our Community Standards.

Thanks for helping us keep our platforms safe.

Meta Support
""",
    outcome="review", review="bulk",
    imitates="Meta 'we took action on the content you reported' summary",
    why="one statement about all three items without naming each",
    items={META[0]: "pending", META[1]: "pending", META[2]: "pending"},
)

case(
    name="meta-out-of-office",
    **{"from": "j.ortega@meta.com"}, name_from="Julia Ortega", date=d(4, 1, 12),
    subject="Automatic reply: [KCSC-240904-03] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 23 September
with limited access to email.

For law enforcement and government requests please use the dedicated
request system. For anything else, my colleague Sam Reyes can help.

Julia
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a Meta staffer",
    why="out-of-office auto-reply",
)

# ============================ TikTok ============================
case(
    name="tiktok-echoed-report-decisions",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok", date=d(7, 4, 22),
    subject="Update on your reports",
    body=f"""
Hi KCSC,

We've finished reviewing your reports. Here is what we decided.

Your report
Reported content: {TT[0]}
Reason: Illegal activities and regulated goods
Submitted: Sep 5, 2024
Our decision: We removed this video because it violates our Community
Guidelines.

Your report
Reported content: {TT[2]}
Reason: Illegal activities and regulated goods
Submitted: Sep 5, 2024
Our decision: We reviewed this video and found that it doesn't violate our
Community Guidelines. It will remain on TikTok.

Thanks for helping keep TikTok safe.
TikTok Trust & Safety
""",
    outcome="applied",
    imitates="TikTok report-outcome notification echoing each report with its decision",
    why="first video removed; second found not violating and kept (rejected)",
    items={TT[0]: "removed", TT[2]: "rejected"},
)

case(
    name="tiktok-bulleted-mixed",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach", date=d(8, 9, 9),
    subject="Re: [KCSC-240905-04] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240905-04"],
    body=f"""
Hello,

Thank you for your request. We have taken the following actions:

\u2022 {TT[1]} \u2014 removed
\u2022 {TT[3]} \u2014 access restricted in South Korea
\u2022 {TT[4]} \u2014 account banned

Best,
TikTok Law Enforcement Outreach
""",
    outcome="applied",
    imitates="TikTok law-enforcement outreach reply with a bulleted action list",
    why="bullets: removed, restricted in Korea, account banned (removed)",
    items={TT[1]: "removed", TT[3]: "restricted", TT[4]: "removed"},
)

tt_html = f"""<html><body>
<p>Hi KCSC team,</p>
<p>Following our review under local law, the videos below are no longer
available to users in South Korea:</p>
<ul>
<li><a href="{TT[2]}">{TT[2]}</a></li>
<li><a href="{TT[3]}">{TT[3]}</a></li>
</ul>
<p>They remain available elsewhere as they do not breach our Community Guidelines.</p>
<p>Regards,<br>TikTok Legal</p>
</body></html>"""
case(
    name="tiktok-base64-html-geo-restricted",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal", date=d(9, 2, 51),
    subject="[KCSC-240905-04] Local law review outcome",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="tt-alt-5521"

--tt-alt-5521
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(tt_html)}
--tt-alt-5521--
""",
    outcome="applied",
    imitates="TikTok legal base64 HTML email: local-law geo-restriction",
    why="both listed videos no longer available in South Korea only (restricted)",
    items={TT[2]: "restricted", TT[3]: "restricted"},
)

case(
    name="tiktok-bulk-all-removed",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach", date=d(10, 8, 30),
    subject="Re: [KCSC-240905-04] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240905-04"],
    body="""
Hello,

All of the videos listed in your request KCSC-240905-04 have been removed
from TikTok.

Best,
TikTok Law Enforcement Outreach
""",
    outcome="review", review="bulk",
    imitates="TikTok one-line 'all removed' reply",
    why="one statement about five items without naming each",
    items={u: "pending" for u in TT},
)

case(
    name="tiktok-likely-taken-down",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal", date=d(6, 11, 11),
    subject="[KCSC-240905-04] Preliminary assessment",
    body=f"""
Hi,

The following videos are currently under review by our Trust and Safety
team:

{TT[0]}
{TT[1]}

Based on our initial assessment they will likely be taken down within the
next 48 hours. We'll notify you of the final outcome.

Regards,
TikTok Legal
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim 'under review' update with a forecast",
    why="'under review' and 'will likely be taken down': promises only",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="tiktok-bounce-dsn",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", date=d(5, 1, 3),
    subject="Undelivered Mail Returned to Sender",
    auth="none",  # our own MX: no Authentication-Results header
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-8812"

--dsn-8812
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kr-legal-requests@tiktok.com>: host mx.tiktok.com[203.0.113.45] said:
    550 5.1.1 <kr-legal-requests@tiktok.com>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn-8812
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: {d(5, 1, 2, 9)}

Final-Recipient: rfc822; kr-legal-requests@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-8812
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: kr-legal-requests@tiktok.com
Subject: [KCSC-240905-04] Request for removal of illegal content
Message-ID: <req-240905-04-resend@kcsc.example>
Date: {d(5, 1, 2, 9)}

--dsn-8812--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a request sent to a dead TikTok address",
    why="bounce of our own request email",
)

case(
    name="tiktok-lookalike-gmail",
    **{"from": "tiktok.safety.korea@gmail.com"}, name_from="TikTok Safety Korea", date=d(11, 13, 40),
    subject="Re: [KCSC-240905-04] removal done",
    body=f"""
Hello KCSC,

This is TikTok safety Korea. The video {TT[0]} and the account
{TT[4]} have been removed as you asked.

Thank you
TikTok Safety Korea
""",
    outcome="review", review="unknown_sender",
    imitates="a reply claiming to come from TikTok but sent from a free-mail address",
    why="names our request and two TikTok URLs, but gmail.com is no platform's domain",
    items={TT[0]: "pending", TT[4]: "pending"},
)

# ============================ Reddit ============================
case(
    name="reddit-admin-removed-korean-path",
    **{"from": "noreply@reddit.com"}, name_from="Reddit", date=d(9, 0, 5),
    subject="Update on your report",
    body=f"""
Hi,

Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported content violates Reddit's
Content Policy and it has been removed.

Reported content: {RD_RAW}

We have also permanently suspended the account that posted it,
{RD[1]}

Thanks again for your report,
Reddit Safety
""",
    outcome="applied",
    imitates="Reddit admin report-outcome message (content removed, account suspended)",
    why="post with a raw Korean path removed; its poster's account suspended (removed), URL on the next line",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-no-violation-angle",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal", date=d(10, 1, 44),
    subject="Re: [KCSC-240906-05] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240906-05"],
    body="""
Hello,

Thanks for your report. After investigating, we did not find that the
account <https://www.reddit.com/user/brackwater_acct/> violates Reddit's
Content Policy, so we have not taken any action on it. We are still looking
into the post in your request.

Reddit Legal
""",
    outcome="applied",
    imitates="Reddit 'we did not find a violation' reply",
    why="the account is explicitly kept (rejected); the post is still being looked at",
    items={RD[1]: "rejected"},
)

case(
    name="reddit-bulk-both-removed",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal", date=d(12, 3, 3),
    subject="Re: [KCSC-240906-05] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240906-05"],
    body="""
Hello,

We've removed both pieces of content listed in your request KCSC-240906-05.

Reddit Legal
""",
    outcome="review", review="bulk",
    imitates="Reddit legal short summary reply",
    why="'both pieces of content' covers two items without naming them",
    items={RD[0]: "pending", RD[1]: "pending"},
)

case(
    name="reddit-read-receipt",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal", date=d(6, 23, 58),
    subject="Read: [KCSC-240906-05] Request for removal of illegal content",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-4471"

--mdn-4471
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: [KCSC-240906-05] Request for removal of illegal content
  Sent: Friday, September 6, 2024 10:00 AM (UTC+09:00)

was read on Friday, September 6, 2024 11:58 PM (UTC+00:00).

--mdn-4471
Content-Type: message/disposition-notification

Reporting-UA: reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@reddit.com
Original-Message-ID: <req-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-4471--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from Reddit's legal mailbox",
    why="read receipt",
)

# ============================ Telegram ============================
case(
    name="tg-abuse-desk-taken-down-and-geo",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(11, 4, 30),
    subject="Re: [KCSC-240909-06] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240909-06"],
    body=f"""
Hello,

Thank you for your report. The messages {TG[0]} and
{TG[1]} have been taken down.

The channel {TG[2]} has been made unavailable for users in South Korea.

Case #5530121

--
Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply with a case number",
    why="two messages taken down (removed); channel unavailable in Korea only (restricted)",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "restricted"},
)

case(
    name="tg-message-does-not-exist",
    **{"from": "dsa@telegram.org"}, name_from="Telegram", date=d(12, 7, 7),
    subject="Case #5530187",
    body=f"""
Hi,

Regarding your report KCSC-240909-06: we could not find the message at
{TG[1]}. It does not exist or was already deleted by its author, so there
was nothing for us to remove.

Case #5530187

Telegram
""",
    outcome="applied",
    imitates="Telegram reply that the reported message does not exist",
    why="the named message cannot be found / already deleted by its author (not_found)",
    items={TG[1]: "not_found"},
)

case(
    name="tg-asks-for-message-links",
    **{"from": "dsa@telegram.org"}, name_from="Telegram", date=d(10, 9, 55),
    subject="Re: [KCSC-240909-06] Request for removal of illegal content",
    reply_to_req=MID["KCSC-240909-06"],
    body=f"""
Hello,

To process your report we need a direct link to each message concerned and
a short explanation of which provision of Korean law each message breaks.

The link {TG[2]} points to a whole channel. Please tell us which posts in
this channel you are reporting.

Case #5530150

Telegram
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram request for more information on a report",
    why="asks for message links and legal basis; states nothing",
    items={TG[2]: "pending"},
)

# ============================ Twitch ============================
case(
    name="twitch-actioned-single-item",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch", date=d(12, 2, 14),
    subject="We've actioned on your report (KCSC-240910-07)",
    body="""
Hi KCSC,

Your report concerning the content in request KCSC-240910-07 was reviewed
by our staff, who determined that it violated our Community Guidelines.
The video has been removed from Twitch.

For privacy reasons we can't share details about any further enforcement.

Thanks for helping keep Twitch safe,
Twitch Safety
""",
    outcome="applied",
    imitates="Twitch \"We've actioned on your report\" email",
    why="names the one-item request and says the video has been removed; applies to its only item",
    items={TW[0]: "removed"},
)

case(
    name="twitch-report-received",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch", date=d(10, 1, 21),
    subject="We've received your report",
    body="""
Hi KCSC,

Thanks for your report. We've received it and our Safety team will review
it. If we take action, we'll let you know by email.

Twitch Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Twitch report-received confirmation",
    why="pure receipt",
)

# ============================ no-request platforms ============================
case(
    name="discord-ticket-receipt",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety", date=d(9, 5, 2),
    subject="[Discord] Re: KCSC notice of illegal content",
    body="""
##- Please type your reply above this line -##

Your request (#48211967) has been received and is being reviewed by our
Trust & Safety team.

To add additional comments, reply to this email.

Discord Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord Zendesk ticket receipt",
    why="ticket receipt, no statement",
)

case(
    name="pinterest-not-our-link",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal", date=d(11, 18, 0),
    subject="Your notice to Pinterest",
    body=f"""
Hi,

Thank you for contacting Pinterest. The link in your notice,
{TT[4]}, is not a Pinterest URL and we could not find this content on
Pinterest. We can only act on content hosted on our service.

Best,
Pinterest Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Pinterest reply to a notice about content on another service",
    why="Pinterest speaks about a TikTok item; no TikTok status can come from Pinterest",
    items={TT[4]: "pending"},
)

case(
    name="snapchat-action-no-item",
    **{"from": "trustandsafety@snapchat.com"}, name_from="Snap Trust & Safety", date=d(13, 4, 4),
    subject="Your report to Snapchat",
    body="""
Hi there,

Thanks for reaching out. We looked into the account you reported and have
taken appropriate action in line with our Community Guidelines. For privacy
reasons we can't share more about the outcome.

Snap Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Snapchat trust & safety report outcome without details",
    why="trusted Snap mail stating an action, but naming no item and no request",
)


HEADER = """# Blind set 718 (English notices, many platforms): written from each email's
# meaning before the reader was run. Generated by make.py; do not edit."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
