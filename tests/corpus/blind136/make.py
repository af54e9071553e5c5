#!/usr/bin/env python3
"""Blind set 136: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Telegram, Snapchat and Pinterest mail
that concerns no item of theirs).

Deterministic: writes requests.csv, cases/*.eml and expected.toml from the
lists below. Every email was written in our own words, imitating the kind of
notice named in its `imitates` field; all accounts, ids and people are
fictional. Expected results were written from each email's meaning alone,
before any run of the reader.

    python3 tests/corpus/blind136/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/velvet_rumor/status/1830411234567890123",
    "https://x.com/velvet_rumor/status/1830419988776655443",
    "https://x.com/nightpier_kr/status/1830522001234509876",
    "https://x.com/nightpier_kr/status/1830530987612340011",
    "https://x.com/cold_lantern88/status/1830601122334455667",
    "https://x.com/cold_lantern88/status/1830607788990011223",
    "https://x.com/mossgate_files/status/1830712345098765432",
    "https://x.com/mossgate_files",
    "https://twitter.com/paperkite_zz/status/1830805566778899001",
    "https://x.com/paperkite_zz/status/1830811122003344556",
    "https://x.com/ashen_ledger/status/1830900011122233344",
    "https://x.com/ashen_ledger/status/1830904455566677788/photo/1",
    "https://x.com/i/web/status/1830999888777666555",
]
META = [
    "https://www.instagram.com/p/C9xQr2LtAbc/",
    "https://www.instagram.com/reel/C9yTz8KpQwe/",
    "https://www.facebook.com/groups/4455667788/posts/9988776655",
    "https://www.facebook.com/profile.php?id=100089912345678",
    "https://www.instagram.com/hollow.birch.kr/",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3kLp9ZtX0",
    "https://www.youtube.com/watch?v=vB7nW2rHs4E",
    "https://youtu.be/Ty8uJ1cKe5M",
    "https://www.youtube.com/shorts/pL0aZx6Yw2N",
]
TT = [
    "https://www.tiktok.com/@glasswren.kr/video/7409123456789012345",
    "https://www.tiktok.com/@glasswren.kr/video/7409187654321098765",
    "https://www.tiktok.com/@dusk_orchard/video/7410012345678901234",
]
R2_RAW = "https://www.reddit.com/r/kpop_leaks_zz/comments/1f3efgh/자료_2탄/"
R2 = "https://www.reddit.com/r/kpop_leaks_zz/comments/1f3efgh/" + quote("자료_2탄") + "/"
RD = [
    "https://www.reddit.com/r/kpop_leaks_zz/comments/1f3abcd/new_folder_sept/",
    R2,
    "https://www.reddit.com/r/kpop_leaks_zz/",
]
DC = [
    "https://discord.com/channels/1129384756102938475/1129384756102938999/1280012345678901234",
    "https://discord.gg/h4zelmoor",
]
TW = ["https://www.twitch.tv/videos/2245678901"]

REQUESTS = [
    # ref, platform, sent (KST), category, urls
    ("KCSC-240903-01", "x", datetime(2024, 9, 3, 10, 0, tzinfo=KST), "deepfake_sexual_abuse", X),
    ("KCSC-240903-02", "meta", datetime(2024, 9, 3, 15, 30, tzinfo=KST), "nonconsensual_imagery", META),
    ("KCSC-240904-03", "youtube", datetime(2024, 9, 4, 9, 40, tzinfo=KST), "illegal_gambling", YT),
    ("KCSC-240905-04", "tiktok", datetime(2024, 9, 5, 11, 0, tzinfo=KST), "drug_sales", TT),
    ("KCSC-240905-05", "reddit", datetime(2024, 9, 5, 16, 20, tzinfo=KST), "nonconsensual_imagery", RD),
    ("KCSC-240906-06", "discord", datetime(2024, 9, 6, 10, 10, tzinfo=KST), "deepfake_sexual_abuse", DC),
    ("KCSC-240906-07", "twitch", datetime(2024, 9, 6, 13, 45, tzinfo=KST), "obscenity", TW),
]
REQ_URLS = {r[0]: r[4] for r in REQUESTS}
REQ_SENT = {r[0]: r[2] for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, cat, urls in REQUESTS:
        due = (sent + timedelta(days=7)).replace(hour=18, minute=0)
        mid = "<req-%s@kcsc.example>" % ref[5:]
        for u in urls:
            w.writerow([ref, plat, sent.isoformat(), due.isoformat(), u, cat, mid, ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def date(day, hh, mm, tz=0):
    t = datetime(2024, 9, day, hh, mm, 17, tzinfo=timezone(timedelta(hours=tz)))
    return format_datetime(t)


def req_body(ref):
    """Our own request text, as quoted back in replies."""
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission requests the removal of",
        "the following content, which is illegal under Korean law.",
        "Reference: %s" % ref,
        "",
    ]
    for i, u in enumerate(REQ_URLS[ref], 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "Please reply to takedown@kcsc.example with the action taken.", "",
              "KCSC Takedown Desk"]
    return lines


def gmail_quote(ref, when):
    return "On %s KCSC Takedown <takedown@kcsc.example> wrote:\n" % when + "\n".join(
        ("> " + l) if l else ">" for l in req_body(ref))


def outlook_quote(ref, to, when):
    head = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "Sent: %s" % when,
        "To: %s" % to,
        "Subject: [%s] Request for removal of illegal content" % ref,
        "",
    ]
    return "\n".join(head + req_body(ref))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


HEADER = """# Blind set 136 (English notices from many platforms), written from each
# email's meaning alone before the reader was run. Generated by make.py."""

cases = []


def case(**kw):
    cases.append(kw)


S_X = "Re: [KCSC-240903-01] Request for removal of illegal content"
S_META = "Re: [KCSC-240903-02] Request for removal of illegal content"
S_YT = "Re: [KCSC-240904-03] Request for removal of illegal content"
S_TT = "Re: [KCSC-240905-04] Request for removal of illegal content"
S_RD = "Re: [KCSC-240905-05] Request for removal of illegal content"
S_DC = "Re: [KCSC-240906-06] Request for removal of illegal content"
S_TW = "Re: [KCSC-240906-07] Request for removal of illegal content"

# ================================================================ X (applied)
case(name="x-legal-numbered-withheld", outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email listing country-withheld and removed posts",
     why="numbered list: two posts withheld in South Korea, one removed; rest promised later (not named)",
     frm="legal-noreply@x.com", name_from="X Legal", date=date(5, 2, 14), subject=S_X,
     reply_to_req="req-240903-01",
     body=f"""Hello,

Thank you for your report (reference KCSC-240903-01). We reviewed the
reported content against the X Rules and applicable local law, and have
taken the following actions:

1. {X[0]} - Withheld in South Korea
2. {X[1]} - Withheld in South Korea
3. {X[2]} - Removed for violating the X Rules (non-consensual nudity)

We are still looking at the other URLs in your report and will write again
once we have an outcome for them.

You can read more about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal Operations
""",
     items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed"})

case(name="x-bare-url-status-below", outcome="applied", classification="confirmation",
     imitates="X Support case-update email with one block per reported URL",
     why="each bare URL is followed by a Status line: removed, removed, no action (rejected)",
     frm="support@x.com", name_from="X Support", date=date(6, 7, 41), subject=S_X,
     reply_to_req="req-240903-01",
     body=f"""Hi there,

Please find below the outcome for the posts you reported.

{X[3]}
Status: Removed - violation of the X Rules (synthetic and manipulated media)

{X[4]}
Status: Removed - violation of the X Rules

{X[5]}
Status: No action taken. The post does not violate the X Rules and we did
not find it to be unlawful in the jurisdiction you specified.

Thanks,
X Support
""",
     items={X[3]: "removed", X[4]: "removed", X[5]: "rejected"})

case(name="x-account-suspended-covers-post", outcome="applied", classification="confirmation",
     imitates="X Safety notice that a reported account was permanently suspended",
     why="account permanently suspended and its named post no longer viewable on X: both removed",
     frm="safety@x.com", name_from="X Safety", date=date(6, 23, 5), subject=S_X,
     reply_to_req="req-240903-01",
     body=f"""Hello,

We're writing about your report KCSC-240903-01.

The account {X[7]} has been permanently suspended for
violating our rules on non-consensual intimate media. Because the account
is suspended, its posts are no longer viewable on X, including the post
you reported at {X[6]}

If you have questions about our enforcement options, see
https://help.x.com/en/rules-and-policies/enforcement-options

X Safety
""",
     items={X[7]: "removed", X[6]: "removed"})

case(name="x-html-table-outcomes", outcome="applied", classification="confirmation",
     imitates="X legal portal HTML outcome email with a per-URL action table",
     why="HTML table: withheld in KR (restricted), removed globally, URL does not resolve (not_found)",
     frm="legal-noreply@x.com", name_from="X Legal", date=date(9, 1, 30), subject=S_X,
     reply_to_req="req-240903-01", type="html",
     body=f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of the following items from your request
<b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Not found</td><td>The URL does not resolve to an existing post</td></tr>
</table>
<p>Learn more about <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">legal requests</a>.</p>
<p>X Legal</p>
</body></html>""",
     items={X[8]: "restricted", X[9]: "removed", X[10]: "not_found"})

case(name="x-top-posted-over-gmail-quote", outcome="applied", classification="confirmation",
     imitates="X legal agent's personal top-posted reply above the quoted request (Gmail quoting)",
     why="two posts named above the quote: one withheld in Korea, one not locatable; quoted list changes nothing",
     frm="m.oduya@x.com", name_from="Maya Oduya", date=date(10, 3, 12, -7), subject=S_X,
     reply_to_req="req-240903-01",
     body=f"""Hi team,

An update on two of the posts in your request. {X[11]}
has been withheld in South Korea. We were unable to locate
{X[12]} - the link does not point to any existing post.

Best,
Maya
X Legal

{gmail_quote("KCSC-240903-01", "Tue, Sep 3, 2024 at 10:00 AM")}
""",
     items={X[11]: "restricted", X[12]: "not_found"})

case(name="x-dsa-statement-of-reasons", outcome="applied", classification="confirmation",
     imitates="DSA Article 17 statement of reasons as sent by X to notifiers",
     why="structured statement of reasons: content URL, decision removal, scope global",
     frm="dsa-notices@x.com", name_from="X", date=date(7, 9, 0), subject="Decision on your notice KCSC-240903-01",
     body=f"""Notice of decision on reported content

We have reviewed your notice and reached a decision.

Content: {X[6]}
Decision: Removal of the content
Territorial scope: Global
Ground for decision: Violation of the X Rules (non-consensual nudity);
  also reported as illegal content under Korean law
Facts and circumstances: Notice received from KCSC (reference KCSC-240903-01)
Automated detection used: No
Automated decision used: No

Redress: the account holder may appeal this decision. Information on
appeals and out-of-court dispute settlement is available at
https://help.x.com/en/forms/account-access/appeals

X
""",
     items={X[6]: "removed"})

X_CSV = (
    "reported_url,action_taken,country,notes\r\n"
    f"{X[4]},Removed,ALL,Violates X Rules\r\n"
    f"{X[5]},Withheld,KR,Unlawful under local law\r\n"
    f"{X[9]},No action,,No violation found\r\n"
    f"{X[10]},Removed,ALL,\r\n"
)
case(name="x-csv-attachment", outcome="applied", classification="confirmation",
     imitates="X legal team reply carrying a CSV export of per-URL actions",
     why="CSV attachment: removed, withheld in KR, no action (rejected), removed",
     frm="legal-noreply@x.com", name_from="X Legal", date=date(11, 4, 50), subject=S_X,
     reply_to_req="req-240903-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_xcsv_7781"

--=_xcsv_7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the URLs we have reviewed so far in
your request KCSC-240903-01.

X Legal

--=_xcsv_7781
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--=_xcsv_7781--
""",
     items={X[4]: "removed", X[5]: "restricted", X[9]: "rejected", X[10]: "removed"})

case(name="x-qp-angle-brackets", outcome="applied", classification="confirmation",
     imitates="X Support reply in quoted-printable with URLs in angle brackets",
     why="one post removed, one already deleted by its author (not_found)",
     frm="support@x.com", name_from="X Support", date=date(8, 12, 3), subject=S_X,
     reply_to_req="req-240903-01",
     raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Hello,

Thanks for getting in touch about KCSC-240903-01. We\u2019ve reviewed two of the posts you reported and here\u2019s what we found.

We removed the post at <{X[1]}> for violating our policy on non-consensual nudity.

The post at <{X[10]}> had already been deleted by its author before our review, so there was nothing left for us to act on.

Thanks,
X Support
"""),
     items={X[1]: "removed", X[10]: "not_found"})

case(name="x-outlook-original-message", outcome="applied", classification="confirmation",
     imitates="Outlook reply from an X legal agent above '-----Original Message-----'",
     why="numbered statements above the Outlook quote: removed, withheld in Korea, not found, no violation",
     frm="j.kessler@x.com", name_from="Jonas Kessler", date=date(12, 16, 22, 1), subject="RE: [KCSC-240903-01] Request for removal of illegal content",
     reply_to_req="req-240903-01",
     body=f"""Hello KCSC team,

Following our review, please see the outcome for the items below:

1. {X[0]} - removed
2. {X[2]} - withheld in Korea
3. {X[8]} - we could not find this post
4. {X[12]} - reviewed; no violation found, the post remains available

Kind regards,
Jonas Kessler
Legal Operations, X Corp.

{outlook_quote("KCSC-240903-01", "legal@x.com", "Tuesday, September 3, 2024 3:00 AM")}
""",
     items={X[0]: "removed", X[2]: "restricted", X[8]: "not_found", X[12]: "rejected"})

case(name="x-ack-with-statements", outcome="applied", classification="confirmation",
     imitates="X case receipt that already carries an outcome for some posts",
     why="receipt wording, but two named posts are stated removed without hedging",
     frm="support@x.com", name_from="X Support", date=date(4, 8, 15), subject="Case #0918273645 - KCSC-240903-01",
     body=f"""Hello,

We've received your request and opened case #0918273645.

Our team has already acted on part of it: {X[3]} and
{X[4]} have been removed for violating the X Rules.

We'll be in touch about the rest of the reported posts.

X Support
""",
     items={X[3]: "removed", X[4]: "removed"})

# ========================================================== YouTube (applied)
case(name="yt-legal-mixed-outcomes", outcome="applied", classification="confirmation",
     imitates="YouTube legal complaint outcome email (removed / blocked in country / no action)",
     why="sections with a URL under each: removed, blocked in South Korea, no action with reason",
     frm="youtube-legal-support@google.com", name_from="YouTube Legal Support", date=date(6, 5, 2),
     subject=S_YT, reply_to_req="req-240904-03",
     body=f"""Hello,

Thank you for your legal complaint (KCSC-240904-03). After review, we have
taken the following action:

We have removed the following video from YouTube for violating our
Community Guidelines:
{YT[0]}

We have blocked access to the following video in South Korea based on
local law:
{YT[1]}

We have decided not to take action on {YT[2]}. The content does not
violate our policies, and we were not able to determine that it is
unlawful in the country you specified.

For more information, see https://support.google.com/youtube/answer/6154230

Regards,
The YouTube Legal Team
""",
     items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected"})

case(name="yt-age-restricted-short", outcome="applied", classification="confirmation",
     imitates="YouTube Trust & Safety notice that a video was age-restricted",
     why="one named Short age-restricted: restricted",
     frm="no-reply@youtube.com", name_from="YouTube", date=date(7, 11, 45), subject=S_YT,
     reply_to_req="req-240904-03",
     body=f"""Hi,

We reviewed the content you reported under KCSC-240904-03.

We've age-restricted {YT[3]}. Viewers now need to be signed in and
over 18 to watch it. Age-restricted videos can't be watched in most
third-party embeds.

Learn more about age restrictions: https://support.google.com/youtube/answer/2802167

- The YouTube Team
""",
     items={YT[3]: "restricted"})

YT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Regarding your request KCSC-240904-03, the following content has been actioned under our policies:</p>
<ul>
<li><a href="{YT[0]}">{YT[0]}</a></li>
<li><a href="{YT[2]}">{YT[2]}</a></li>
</ul>
<p>Please visit our <a href="https://support.google.com/youtube/answer/2801939">Help Center</a> for information about our Community Guidelines.</p>
<p>Sincerely,<br>The YouTube Team</p>
</body></html>
"""
case(name="yt-base64-html-actioned", outcome="applied", classification="confirmation",
     imitates="YouTube HTML notice (base64) listing content 'actioned under our policies'",
     why="two named videos actioned (platform phrase for removal); help link is not an item",
     frm="no-reply@youtube.com", name_from="YouTube", date=date(9, 6, 30), subject=S_YT,
     reply_to_req="req-240904-03",
     raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(YT_HTML),
     items={YT[0]: "removed", YT[2]: "removed"})

case(name="yt-url-below-statement", outcome="applied", classification="confirmation",
     imitates="Google legal removals reply with each statement followed by its URL on its own line",
     why="removed video; another already deleted by uploader before review (not_found)",
     frm="legal-removals@google.com", name_from="Google Legal Removals", date=date(10, 0, 55),
     subject=S_YT, reply_to_req="req-240904-03",
     body=f"""Hello,

Thanks for reaching out to us.

The following video has been removed from YouTube:

  {YT[1]}

The following video had already been deleted by the uploader when we
reviewed it, so no further action was needed:

  {YT[3]}

Regards,
Google Legal Support
""",
     items={YT[1]: "removed", YT[3]: "not_found"})

# ============================================================= Meta (applied)
case(name="ig-report-outcome-two-items", outcome="applied", classification="confirmation",
     imitates="Instagram 'we removed the post you reported' outcome email",
     why="post and reel both named and stated removed",
     frm="no-reply@mail.instagram.com", name_from="Instagram", date=date(5, 13, 20), subject=S_META,
     reply_to_req="req-240903-02",
     body=f"""Hi,

Thanks for your report. We removed the post you reported:
{META[0]}

We also removed the reel {META[1]} because it goes
against our Community Guidelines on adult sexual exploitation.

We use reports like yours to keep Instagram safe. Learn more at
https://help.instagram.com/477434105621119

The Instagram Team
""",
     items={META[0]: "removed", META[1]: "removed"})

case(name="fb-restricted-korea-and-missing-account", outcome="applied", classification="confirmation",
     imitates="Meta local-law content restriction reply to a government reporter",
     why="two Facebook URLs restricted in South Korea; Instagram account no longer exists (not_found)",
     frm="records@support.facebook.com", name_from="Meta Content Restrictions", date=date(6, 9, 10),
     subject=S_META, reply_to_req="req-240903-02",
     body=f"""Hello,

Based on your report that the content below violates local law, we have
restricted access to it in South Korea:

- {META[2]}
- {META[3]}

We looked for the Instagram account {META[4]} and found
that it no longer exists; there is no account at that address.

More about how we respond to government requests:
https://transparency.meta.com/reports/content-restrictions/

Meta Content Restrictions Team
""",
     items={META[2]: "restricted", META[3]: "restricted", META[4]: "not_found"})

META_SOR = f"""<html><body>
<h3>Statement of reasons</h3>
<p>We are letting you know about a decision we made on content you reported
(your reference: KCSC-240903-02).</p>
<table cellpadding="3">
<tr><td><b>Content</b></td><td>{META[3]}</td></tr>
<tr><td><b>Decision</b></td><td>Access restricted in the Republic of Korea</td></tr>
<tr><td><b>Reason</b></td><td>Illegal under local law (reported by a government authority)</td></tr>
<tr><td><b>Automation used</b></td><td>No</td></tr>
<tr><td><b>Date of decision</b></td><td>12 September 2024</td></tr>
</table>
<p>The person who posted the content can appeal. See
<a href="https://transparency.meta.com/enforcement/taking-action/">how we take action</a>.</p>
</body></html>"""
case(name="meta-statement-of-reasons-html", outcome="applied", classification="confirmation",
     imitates="Meta DSA-style statement of reasons in an HTML email",
     why="single content URL with decision 'access restricted in the Republic of Korea'",
     frm="notification@facebookmail.com", name_from="Meta", date=date(12, 10, 0), subject="Decision on content you reported",
     type="html", body=META_SOR,
     items={META[3]: "restricted"})

case(name="meta-bullets-over-gmail-quote", outcome="applied", classification="confirmation",
     imitates="Meta government-request agent's bulleted reply above a Gmail-quoted request",
     why="bullets: two removed, one account kept up as not against Community Standards (rejected)",
     frm="priya.nair@meta.com", name_from="Priya Nair", date=date(10, 20, 40, -7), subject=S_META,
     reply_to_req="req-240903-02",
     body=f"""Hello,

Here is where things stand for your request:

\u2022 {META[0]} \u2014 Removed
\u2022 {META[2]} \u2014 Removed
\u2022 {META[4]} \u2014 Not removed. This account does not go against our Community Standards.

Thanks,
Priya
Government Requests, Meta

{gmail_quote("KCSC-240903-02", "Tue, Sep 3, 2024 at 2:30 AM")}
""",
     items={META[0]: "removed", META[2]: "removed", META[4]: "rejected"})

# =========================================================== TikTok (applied)
case(name="tiktok-report-result", outcome="applied", classification="confirmation",
     imitates="TikTok 'we reviewed your report' result email",
     why="thanks-for-report wording plus an unhedged removal of the named video",
     frm="noreply@tiktok.com", name_from="TikTok", date=date(6, 14, 2), subject=S_TT,
     reply_to_req="req-240905-04",
     body=f"""Thanks for your report

We reviewed the video you reported:
{TT[0]}

We found that it violated our Community Guidelines, and it has been
removed. Thank you for helping keep TikTok safe.

Community Guidelines: https://www.tiktok.com/community-guidelines
TikTok Trust and Safety
""",
     items={TT[0]: "removed"})

case(name="tiktok-local-law-restriction", outcome="applied", classification="confirmation",
     imitates="TikTok legal team reply to a government content removal request",
     why="one video restricted in Korea under local law, one removed globally",
     frm="legal-kr@tiktok.com", name_from="TikTok Legal", date=date(9, 3, 25), subject=S_TT,
     reply_to_req="req-240905-04",
     body=f"""Dear KCSC,

Thank you for your request KCSC-240905-04.

We have restricted {TT[1]} in the Republic of Korea
under local law.

{TT[2]} has been removed globally for violating
our Community Guidelines.

Kind regards,
TikTok Legal Team
""",
     items={TT[1]: "restricted", TT[2]: "removed"})

case(name="tiktok-bilingual-korean-english", outcome="applied", classification="confirmation",
     imitates="TikTok Korea bilingual (Korean then English) takedown result notice",
     why="Korean lines (URL followed by particle / colon) and English lines agree: restricted in Korea, removed",
     frm="kr-safety@tiktok.com", name_from="TikTok Korea", date=date(10, 5, 5), subject=S_TT,
     reply_to_req="req-240905-04",
     body=f"""안녕하세요. 요청하신 건(KCSC-240905-04)의 처리 결과를 안내드립니다.

1) {TT[0]} : 대한민국 내 접근 제한
2) {TT[2]}은 커뮤니티 가이드라인 위반으로 삭제되었습니다.

---

Hello. Here is the result of your request (KCSC-240905-04).

1) {TT[0]} : access restricted in South Korea
2) {TT[2]} : removed for violating our Community Guidelines

TikTok Korea Trust and Safety
""",
     items={TT[0]: "restricted", TT[2]: "removed"})

# =========================================================== Reddit (applied)
case(name="reddit-legal-removal-and-ban", outcome="applied", classification="confirmation",
     imitates="Reddit legal team reply (removed for legal reasons / community banned)",
     why="post removed, Korean-path post already deleted by its author (not_found), subreddit banned (removed)",
     frm="legal@reddit.com", name_from="Reddit Legal", date=date(9, 18, 33, -7), subject=S_RD,
     reply_to_req="req-240905-05",
     body=f"""Hello,

Reddit's legal team has reviewed your request KCSC-240905-05.

We removed {RD[0]} for legal reasons.

The post at {R2_RAW} had already been deleted by its author before our
review, so there was nothing for us to remove.

We have also banned the community {RD[2]} for
violating Reddit's Content Policy on involuntary intimate media.

More on how we handle legal requests: https://www.redditinc.com/policies/transparency-report

Reddit Legal
""",
     items={RD[0]: "removed", RD[1]: "not_found", RD[2]: "removed"})

case(name="reddit-community-geo-restricted", outcome="applied", classification="confirmation",
     imitates="Reddit notice that a community was restricted in one country after a legal request",
     why="community restricted in South Korea; a post removed by the moderators",
     frm="noreply@redditmail.com", name_from="Reddit", date=date(11, 21, 9, -7), subject=S_RD,
     reply_to_req="req-240905-05",
     body=f"""Hi,

Following your legal request, access to {RD[2]} is now
restricted in South Korea. Visitors from South Korea see a "not available
in your country" notice instead of the community.

{RD[0]} has been removed by the community's moderators.

Reddit Safety
""",
     items={RD[2]: "restricted", RD[0]: "removed"})

# ========================================================== Discord (applied)
case(name="discord-ts-message-and-server", outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety outcome email after an investigation",
     why="named message removed; server behind the named invite removed from Discord",
     frm="noreply@discord.com", name_from="Discord Trust & Safety", date=date(9, 22, 1, -7), subject=S_DC,
     reply_to_req="req-240906-06",
     body=f"""Hi there,

Thanks for reaching out. We've finished investigating your report.

We reviewed the message at
{DC[0]}
and removed it.

The server reached through the invite {DC[1]} has been removed
from Discord for violating our Community Guidelines.

You can read about the actions we take at
https://discord.com/safety/360044159011-what-actions-we-take

Discord Trust & Safety
""",
     items={DC[0]: "removed", DC[1]: "removed"})

case(name="discord-invalid-invite-other-pending", outcome="applied", classification="confirmation",
     imitates="Discord support agent reply on an invalid invite link",
     why="invite invalid and server unidentifiable (not_found); message still under review stays pending",
     frm="support@discord.com", name_from="Discord Support", date=date(10, 17, 44, -7), subject=S_DC,
     reply_to_req="req-240906-06",
     body=f"""Hello,

The invite link {DC[1]} is invalid or has expired, and we could not
identify the server it pointed to.

The message link {DC[0]}
is still under review by our Safety team.

Best,
Discord Support
""",
     items={DC[1]: "not_found", DC[0]: "pending"})

# =========================================================== Twitch (applied)
case(name="twitch-sole-statement-one-item", outcome="applied", classification="confirmation",
     imitates="Twitch Safety reply 'the content you reported has been removed' without a link",
     why="no URL, but it answers a one-item request by reference: the single item is removed",
     frm="safety@twitch.tv", name_from="Twitch Safety", date=date(9, 8, 0), subject=S_TW,
     reply_to_req="req-240906-07",
     body="""Hello,

Thank you for your report (KCSC-240906-07).

We have reviewed the content you reported and removed it for violating the
Twitch Community Guidelines.

Twitch Safety Operations
https://safety.twitch.tv/s/article/Community-Guidelines
""",
     items={TW[0]: "removed"})

# ================================================================== review
case(name="x-promise-will-withhold", outcome="review", review="not_understood",
     imitates="X legal reply promising action after review",
     why="only a promise ('we will withhold ... once the review is complete'): nothing stated",
     frm="legal-noreply@x.com", name_from="X Legal", date=date(4, 6, 0), subject=S_X,
     reply_to_req="req-240903-01",
     body=f"""Hello,

Your request is being processed by our legal team. We will withhold
{X[0]} and {X[1]} in South Korea once
our legal review is complete, and will confirm by email.

X Legal
""",
     items={X[0]: "pending", X[1]: "pending"})

case(name="yt-hedge-and-under-review", outcome="review", review="not_understood",
     imitates="YouTube legal agent's interim update",
     why="'appears to have been removed' is a hedge and the other video is 'under review'",
     frm="legal-kr@google.com", name_from="Google Legal", date=date(5, 8, 30), subject=S_YT,
     reply_to_req="req-240904-03",
     body=f"""Hi,

A quick interim update on KCSC-240904-03. It appears that
{YT[0]} may already have been taken down by the
uploader; we are checking this. {YT[1]} is currently
under review by our legal team.

We'll follow up once we have a decision.

Google Legal
""",
     items={YT[0]: "pending", YT[1]: "pending"})

case(name="meta-bulk-all-removed", outcome="review", review="bulk",
     imitates="Meta generic 'we removed the content you reported' reply to a multi-URL request",
     why="one statement for the whole five-item request without naming items",
     frm="records@support.facebook.com", name_from="Meta", date=date(8, 4, 4), subject=S_META,
     reply_to_req="req-240903-02",
     body="""Hello,

We have removed all of the content you reported in KCSC-240903-02 for
going against our Community Standards.

Thank you,
Meta Content Operations
""",
     items={u: "pending" for u in META})

case(name="x-bulk-posts-actioned", outcome="review", review="bulk",
     imitates="X legal short reply covering the whole request",
     why="'the 13 posts in your request' are said to be actioned without naming any",
     frm="legal-noreply@x.com", name_from="X Legal", date=date(13, 2, 2), subject=S_X,
     reply_to_req="req-240903-01",
     body="""Hello,

We have actioned the 13 posts listed in your request KCSC-240903-01; they are
no longer available on X.

X Legal
""",
     items={u: "pending" for u in X})

case(name="x-dmarc-fail", outcome="review", review="untrusted",
     imitates="X Support outcome email that failed DKIM/DMARC",
     why="looks like an X outcome list but authentication fails",
     frm="support@x.com", name_from="X Support", date=date(7, 4, 18), subject=S_X, auth="fail",
     reply_to_req="req-240903-01",
     body=f"""Hello,

The following posts from your report have been removed:

{X[0]}
{X[1]}

X Support
""",
     items={X[0]: "pending", X[1]: "pending"})

case(name="lawfirm-says-deleted", outcome="review", review="unknown_sender",
     imitates="letter from the account holder's lawyer stating the post was deleted",
     why="not the platform: a law firm says its client deleted the post",
     frm="counsel@harborline-legal.example", name_from="Harborline Legal", date=date(9, 10, 10, 9),
     subject="KCSC-240903-01 - post deleted by our client",
     body=f"""Dear Sir or Madam,

We act for the holder of the X account @mossgate_files. Our client has
deleted the post at {X[6]} and asks that the matter be
closed.

Yours faithfully,
Harborline Legal
""",
     items={X[6]: "pending"})

case(name="instagram-not-our-link", outcome="review", review="wrong_platform",
     imitates="Instagram reply that a reported link is not on its service",
     why="Meta states something about a TikTok URL: another platform's item",
     frm="no-reply@mail.instagram.com", name_from="Instagram", date=date(7, 1, 15),
     subject="Re: Your report to Instagram",
     body=f"""Hi,

We couldn't find the content you reported. The link
{TT[0]} is not an Instagram or Facebook link,
so we can't review it.

The Instagram Team
""",
     items={TT[0]: "pending"})

case(name="discord-asks-for-message-ids", outcome="review", review="asks_more",
     classification="request_for_info",
     imitates="Discord Trust & Safety request for more information (message links, server ID)",
     why="asks for the server ID and message context before acting; states nothing",
     frm="support@discord.com", name_from="Discord Trust & Safety", date=date(7, 23, 30, -7), subject=S_DC,
     reply_to_req="req-240906-06",
     body=f"""Hi,

Thanks for your report. To investigate, we need a little more information:

- For the invite {DC[1]}, please send the server ID, as
  invites can change or expire.
- For {DC[0]}, please
  tell us which part of the message breaks the law, or attach a screenshot.

Reply to this email with the details and we'll continue our review.

Discord Trust & Safety
""",
     items={DC[1]: "pending", DC[0]: "pending"})

case(name="pinterest-no-items", outcome="review", review="no_claims",
     imitates="Pinterest support reply that names nothing",
     why="trusted Pinterest mail with no item and no reference to any request",
     frm="support@pinterest.com", name_from="Pinterest Support", date=date(11, 2, 0, -7),
     subject="Your message to Pinterest",
     body="""Hi there,

Thanks for writing in. We've looked into the Pins you flagged and removed
the ones that broke our Community Guidelines.

If you see anything else, you can report it from the Pin itself:
https://help.pinterest.com/en/article/report-something-on-pinterest

Pinterest Support
""",
     items={})

case(name="yt-conflicting-summary", outcome="review", review="conflicting_statements",
     imitates="YouTube outcome email whose summary line and details disagree",
     why="summary says the video was removed; details say it remains available",
     frm="youtube-legal-support@google.com", name_from="YouTube Legal Support", date=date(11, 7, 7),
     subject=S_YT, reply_to_req="req-240904-03",
     body=f"""Hello,

Summary of action
{YT[2]} - Removed

Details
After review, the video at {YT[2]} remains available on YouTube,
as it does not violate our Community Guidelines and we could not confirm
it is unlawful in South Korea.

The YouTube Legal Team
""",
     items={YT[2]: "pending"})

case(name="staff-forward-reddit-notice", outcome="review", review="forwarded", classification="forwarded",
     imitates="KCSC colleague forwarding a Reddit notice from a personal mailbox",
     why="Reddit's statement reaches us only inside a forward by a non-platform sender",
     frm="minji.park@kcsc.example", name_from="Park Minji", date=date(10, 1, 12, 9),
     subject="Fwd: Re: [KCSC-240905-05] Request for removal of illegal content",
     body=f"""This came to my own address, forwarding for the ledger.

---------- Forwarded message ---------
From: Reddit Legal <legal@reddit.com>
Date: Mon, Sep 9, 2024 at 6:02 PM
Subject: Re: [KCSC-240905-05] Request for removal of illegal content
To: <minji.park@kcsc.example>

Hello,

We removed {RD[0]} for legal reasons.

Reddit Legal
""",
     items={RD[0]: "pending"})

case(name="meta-hedge-and-promise", outcome="review", review="not_understood",
     imitates="Meta agent's reply mixing a hedge and a promise",
     why="'may have been removed by the account owner' and 'will take appropriate action' state nothing",
     frm="priya.nair@meta.com", name_from="Priya Nair", date=date(5, 19, 0, -7), subject=S_META,
     reply_to_req="req-240903-02",
     body=f"""Hi,

I checked the reel {META[1]} and it may have been removed
by the account owner already. For {META[0]}, our team
will take appropriate action once the review is done.

Thanks,
Priya
""",
     items={META[1]: "pending", META[0]: "pending"})

# ================================================================= ignored
case(name="snapchat-out-of-office", outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply from a Snap employee",
     why="automatic reply (Auto-Submitted), nothing about items",
     frm="jordan.lee@snap.com", name_from="Jordan Lee", date=date(6, 1, 0, -7),
     subject="Automatic reply: KCSC contact point for Korean requests",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""Thank you for your email. I am out of the office until September 16 with
limited access to email. For urgent safety matters, please use the law
enforcement portal.

Jordan Lee
Snap Inc.
""",
     items={})

DSN_ORIG = "\n".join(req_body("KCSC-240905-04"))
case(name="tiktok-dsn-bounce", outcome="ignored", classification="bounce",
     imitates="delivery status notification (RFC 3464) for our request to TikTok",
     why="a bounce carrying our own request; the URLs are only in the returned message",
     frm="MAILER-DAEMON@mx2.tiktok.com", name_from="Mail Delivery System", date=date(5, 2, 1),
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-41aa"

--dsn-41aa
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@tiktok.com>: host mx2.tiktok.com said: 550 5.1.1 User unknown

--dsn-41aa
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.tiktok.com
Arrival-Date: Thu, 5 Sep 2024 02:00:44 +0000

Final-Recipient: rfc822; legal-kr-old@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-41aa
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@tiktok.com
Subject: [KCSC-240905-04] Request for removal of illegal content
Message-ID: <req-240905-04@kcsc.example>
Date: Thu, 5 Sep 2024 11:00:00 +0900
Content-Type: text/plain; charset=utf-8

{DSN_ORIG}

--dsn-41aa--
""",
     items={})

case(name="meta-read-receipt", outcome="ignored", classification="read_receipt",
     imitates="Outlook message disposition notification (read receipt) from a Meta employee",
     why="MDN: says only that our request was displayed",
     frm="daniel.reyes@meta.com", name_from="Daniel Reyes", date=date(3, 9, 12),
     subject="Read: [KCSC-240903-02] Request for removal of illegal content",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0c2f"

--mdn-0c2f
Content-Type: text/plain; charset=utf-8

Your message

  To: Daniel Reyes
  Subject: [KCSC-240903-02] Request for removal of illegal content
  Sent: Tuesday, September 3, 2024 6:30:00 AM (UTC)

was read on Tuesday, September 3, 2024 9:12:17 AM (UTC).

--mdn-0c2f
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Exchange Server
Final-Recipient: rfc822; daniel.reyes@meta.com
Original-Message-ID: <req-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0c2f--
""",
     items={})

case(name="x-case-receipt", outcome="ignored", classification="acknowledgement",
     imitates="X legal request portal receipt with a case number",
     why="pure receipt: case opened, nothing stated about items",
     frm="legal-noreply@x.com", name_from="X Legal", date=date(3, 1, 4),
     subject="We received your request - Case #0918273645",
     body="""Hello,

We've received your request (reference KCSC-240903-01) and opened case
#0918273645. Our team will review the reported content and contact you if
we need more information.

Please don't reply to this email. To add information to your case, use
https://legalrequests.x.com/

X Legal
""",
     items={})

case(name="yt-legal-ack", outcome="ignored", classification="acknowledgement",
     imitates="Google legal removals auto-acknowledgement",
     why="acknowledgement of receipt with a promise to review; no statement",
     frm="legal-removals@google.com", name_from="Google Legal Removals", date=date(4, 1, 2),
     subject="[8-4419000022871] Re: [KCSC-240904-03] Request for removal of illegal content",
     reply_to_req="req-240904-03",
     body="""Hello,

Thank you for contacting Google. This email confirms that we have received
your legal request. Your case ID is 8-4419000022871.

We will review your request and get back to you. Please include the case ID
in any further correspondence.

Regards,
The Google Legal Team
""",
     items={})

case(name="discord-zendesk-receipt", outcome="ignored", classification="acknowledgement",
     imitates="Discord help-desk (Zendesk) ticket receipt",
     why="ticket created; nothing about items",
     frm="support@discord.com", name_from="Discord", date=date(6, 1, 20),
     subject="[Discord] Request received: KCSC-240906-06",
     reply_to_req="req-240906-06",
     body="""##- Please type your reply above this line -##

Your request (#33445566) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord Trust & Safety
""",
     items={})

case(name="telegram-abuse-autoresponse", outcome="ignored", classification="acknowledgement",
     imitates="Telegram abuse desk automatic reply",
     why="automatic thanks-for-report reply, no item and no request of Telegram's",
     frm="abuse@telegram.org", name_from="Telegram", date=date(6, 3, 3),
     subject="Re: Illegal content report",
     body="""Hello,

Thank you for your report. Our moderators will look into it. We don't send
individual replies to every report.

Telegram Support
""",
     items={})


if __name__ == "__main__":
    write_requests()
    for c in cases:
        c.setdefault("items", {})
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, "blind136", HEADER, cases)
