#!/usr/bin/env python3
"""Blind set 94: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Telegram, Twitch, plus Discord and Snapchat mail).

    python3 tests/corpus/blind94/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email was written in our own words after a short look at public notices;
the expected results come from each email's meaning alone, written before
the reader was ever run on this set.
"""
import base64
import csv
import os
import quopri
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/mirae_trade77/status/1830011122233344501",
    2: "https://x.com/mirae_trade77/status/1830011122233344502",
    3: "https://x.com/coinpump_kr/status/1830045566778899001",
    4: "https://x.com/coinpump_kr/status/1830045566778899014",
    5: "https://x.com/darkmkt_seoul/status/1829977788990011223",
    6: "https://x.com/darkmkt_seoul",
    7: "https://x.com/hanbit_leaks/status/1830123456789012345",
    8: "https://x.com/hanbit_leaks/status/1830123456789012399",
    9: "https://twitter.com/pilltrader_k/status/1829900011122233344",
    10: "https://x.com/gambl3_zone/status/1830200000000000001",
    11: "https://x.com/gambl3_zone/status/1830200000000000002",
    12: "https://x.com/i/web/status/1830311122233344556",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3xV9tLp2A",
    2: "https://www.youtube.com/watch?v=b7NwK0zR4sE",
    3: "https://youtu.be/Hc8dT1uYq5M",
    4: "https://www.youtube.com/@nightbet_tv",
}
M = {
    1: "https://www.instagram.com/p/C9xQ2rLsT4v/",
    2: "https://www.instagram.com/reel/C9yZ7kPmN1a/",
    3: "https://www.instagram.com/vape_direct_kr/",
    4: "https://www.facebook.com/groups/4455667788/posts/9988776655/",
    5: "https://www.facebook.com/hanryu.deals.page/posts/pfbid02XyZabc123",
}
T = {
    1: "https://www.tiktok.com/@quickloan_kr/video/7410022233344455566",
    2: "https://www.tiktok.com/@quickloan_kr/video/7410022233344455577",
    3: "https://www.tiktok.com/@fake_idmaker/video/7409988877766655544",
}
R = {
    1: "https://www.reddit.com/r/koreadeals_uncut/comments/1f9abcd/selling_accounts_cheap/",
    2: "https://www.reddit.com/r/koreadeals_uncut/comments/1f9efgh/dm_for_price_list/",
}
G = {
    1: "https://t.me/seoul_drops_24",
    2: "https://t.me/seoul_drops_24/318",
    3: "https://t.me/idcard_forge_kr",
}
W = {1: "https://www.twitch.tv/videos/2245566778"}

# ref, platform, sent, due, urls, category, thread id, note
REQUESTS = [
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", X,
     "illegal_trade", "req-240902-01.k94", "largest request: posts and one account"),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00", Y,
     "gambling", "req-240903-02.k94", "three videos and a channel"),
    ("KCSC-240904-03", "meta", "2024-09-04T09:00:00+09:00", "2024-09-11T18:00:00+09:00", M,
     "illegal_trade", "req-240904-03.k94", "Instagram and Facebook"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", T,
     "fraud", "req-240905-04.k94", ""),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", R,
     "illegal_trade", "req-240906-05.k94", ""),
    ("KCSC-240909-06", "telegram", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", G,
     "forgery", "req-240909-06.k94", "two channels and one post"),
    ("KCSC-240910-07", "twitch", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", W,
     "gambling", "req-240910-07.k94", "one VOD"),
]
THREAD = {r[0]: r[6] for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for k in sorted(urls):
                w.writerow([ref, plat, sent, due, urls[k], cat, mid + "@kcsc.example", note])


def quoted(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


def request_text(ref, urls, greeting):
    out = [greeting, "",
           "Under Article 44-7 of the Information and Communications Network Act we ask",
           f"you to remove or block the following content (our reference {ref}):", ""]
    for k in sorted(urls):
        out.append(f"{k}. {urls[k]}")
    out += ["", "Korea Communications Standards Commission", "Takedown desk"]
    return out


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ============================== X ==============================
case(name="x-legal-outcome-numbered", **{"from": "legal@x.com"}, name_from="X Legal",
     date="Wed, 04 Sep 2024 07:12:40 +0000",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=THREAD["KCSC-240902-01"],
     body=f"""
Hello,

Thank you for your report of 2 September 2024 (your reference KCSC-240902-01).
We have reviewed the posts you identified. Our decisions are as follows:

1. {X[1]} - Withheld in South Korea.
2. {X[2]} - Withheld in South Korea.
3. {X[3]} - Removed globally for violating the X Rules (illegal or certain
   regulated goods or services).
4. {X[4]} - No action taken. We did not find that this post violates the X
   Rules, and the request does not say which provision of Korean law it
   breaches.

We will write to you separately about the other posts in your report.

Where permitted, the account holders have been notified. Requests to
withhold content may be published on Lumen (lumendatabase.org).

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal-demand outcome email (country withheld content, CWC)",
     why="numbered list, one decision per URL: two withheld in KR, one removed, one refused with a reason",
     items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "rejected"})

case(name="x-bare-url-status-below", **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
     date="Thu, 05 Sep 2024 02:40:03 +0000",
     subject="Case update - KCSC-240902-01",
     body=f"""
Hi KCSC team,

Please find below our response for the following URLs from your request.

{X[5]}
Status: Withheld in KR

{X[6]}
Status: Account withheld in KR

{X[7]}
Status: Unable to locate - the post does not exist

For more on how country withheld content works, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
Legal Operations, X Corp.
""",
     outcome="applied", classification="confirmation",
     imitates="X legal operations case update listing URL / Status pairs",
     why="bare URL with its status on the next line; the help-centre link is not an item",
     items={X[5]: "restricted", X[6]: "restricted", X[7]: "not_found"})

_req_x = request_text("KCSC-240902-01", X, "Dear X Legal team,")
case(name="x-top-posted-over-quoted-request", **{"from": "support@x.com"}, name_from="X Support",
     date="Fri, 06 Sep 2024 09:01:55 +0000",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=THREAD["KCSC-240902-01"],
     body=f"""
Hello,

We have reviewed the posts you reported. The post
{X[8]} has been removed for violating our rules on
private information. The post {X[9]}
is no longer available on X; it was deleted by the account holder before our
review.

Best,
X Support

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(_req_x)}
""",
     outcome="applied", classification="confirmation",
     imitates="X Support reply top-posted over the regulator's quoted request",
     why="two statements above the quote; the twelve quoted URLs below 'wrote:' say nothing",
     items={X[8]: "removed", X[9]: "not_found"})

_rows = "".join(
    f"<tr><td>{u}</td><td>{a}</td><td>{s}</td></tr>\n" for u, a, s in [
        (X[10], "Withheld", "KR"),
        (X[11], "Withheld", "KR"),
        (X[12], "No action", "Post does not violate the X Rules; no legal basis identified in the demand"),
    ])
case(name="x-html-table-withheld", **{"from": "legal@x.com"}, name_from="X Legal",
     date="Sat, 07 Sep 2024 03:15:00 +0000",
     subject="Summary of actions: KCSC-240902-01",
     type="html",
     body=f"""
<html><body>
<p>Hello,</p>
<p>Below is a summary of the actions taken on your legal demand <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Withheld in / reason</th></tr>
{_rows}</table>
<p>Regards,<br>X Legal</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="X legal summary table (reported URL, action, withheld-in country)",
     why="HTML table: two posts withheld in KR, one 'No action' with the reason",
     items={X[10]: "restricted", X[11]: "restricted", X[12]: "rejected"})

_outlook_q = "\n".join([
    "-----Original Message-----",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "Sent: Monday, September 2, 2024 10:00 AM",
    "To: legal@x.com",
    "Subject: [KCSC-240902-01] Request for removal of illegal content",
    "",
] + request_text("KCSC-240902-01", X, "Dear X Legal team,"))
case(name="x-outlook-quote-account-suspended", **{"from": "safety@x.com"}, name_from="X Safety",
     date="Mon, 09 Sep 2024 05:30:12 +0000",
     subject="RE: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=THREAD["KCSC-240902-01"],
     body=f"""
Hi,

The account {X[6]} has been permanently suspended for
violating our rules on illegal goods and services.

Kind regards,
Safety Team, X

{_outlook_q}
""",
     outcome="applied", classification="confirmation",
     imitates="X Safety reply over an Outlook '-----Original Message-----' quote",
     why="permanent suspension of the requested account; the Outlook quote below holds the request only",
     items={X[6]: "removed"})

case(name="x-wrapped-url-angle-brackets", **{"from": "legal@x.com"}, name_from="X Legal",
     date="Mon, 09 Sep 2024 08:44:21 +0000",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=THREAD["KCSC-240902-01"],
     body="""
Hello,

In response to your legal demand, we have withheld access in South Korea to
the following posts:

<https://x.com/hanbit_leaks/status/
1830123456789012345>
<https://x.com/hanbit_leaks/status/1830123456789012399>

The account holder has been notified.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal CWC notice with URLs in angle brackets, one wrapped by the mail client",
     why="both posts withheld in KR; the first URL is wrapped inside its angle brackets (RFC 3986 appendix C)",
     items={X[7]: "restricted", X[8]: "restricted"})

case(name="x-one-withheld-one-under-review", **{"from": "legal@x.com"}, name_from="X Legal",
     date="Tue, 10 Sep 2024 01:02:03 +0000",
     subject="Update on your request KCSC-240902-01",
     body=f"""
Hello,

An update on your request KCSC-240902-01:

- {X[1]}: withheld in South Korea as of 5 September 2024.
- {X[2]}: still under review by our legal team. We will update you once a
  decision has been made.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal partial update (one decision, one still under review)",
     why="one post withheld in KR; the other is explicitly under review and stays pending",
     items={X[1]: "restricted", X[2]: "pending"})

case(name="x-promise-will-withhold", **{"from": "legal@x.com"}, name_from="X Legal",
     date="Tue, 03 Sep 2024 06:20:00 +0000",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=THREAD["KCSC-240902-01"],
     body=f"""
Hello,

We have received your legal demand KCSC-240902-01. Our team has determined
that the following posts will be withheld in South Korea within the next
48 hours:

{X[1]}
{X[3]}

We will confirm once the action has been completed.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal interim reply announcing a future withholding",
     why="'will be withheld' is a promise, not a statement that it was done",
     items={X[1]: "pending", X[3]: "pending"})

case(name="x-appears-deleted-hedge", **{"from": "support@x.com"}, name_from="X Support",
     date="Wed, 11 Sep 2024 04:10:00 +0000",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=THREAD["KCSC-240902-01"],
     body=f"""
Hi,

Regarding {X[12]} from your request KCSC-240902-01:
this post appears to have already been deleted, but we are still confirming
this with our internal tools. We'll follow up with a final answer.

X Support
""",
     outcome="review", review="not_understood",
     imitates="X Support interim reply with a hedged finding",
     why="'appears to have been deleted' while still being confirmed is a hedge, not a statement",
     items={X[12]: "pending"})

case(name="x-auth-fail-claims-removed", **{"from": "legal@x.com"}, name_from="X Legal",
     auth="fail",
     date="Wed, 04 Sep 2024 13:13:13 +0000",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     body=f"""
Dear KCSC,

The following posts have been removed from X:

{X[1]}
{X[2]}
{X[3]}

Regards,
X Legal
""",
     outcome="review", review="untrusted",
     imitates="X legal outcome email, but DKIM/SPF/DMARC fail",
     why="claims from the X domain that fail authentication are not trusted",
     items={X[1]: "pending", X[2]: "pending", X[3]: "pending"})

case(name="lawfirm-unknown-sender", **{"from": "d.choi@hanbit-law.example"}, name_from="Daniel Choi",
     date="Thu, 05 Sep 2024 08:00:00 +0000",
     subject="KCSC-240902-01 - posts by @mirae_trade77",
     body=f"""
Dear Sir or Madam,

We act for the holder of the X account @mirae_trade77. Our client has
deleted the two posts named in your request KCSC-240902-01:

{X[1]}
{X[2]}

We would be grateful if you would close the matter as far as our client is
concerned.

Yours faithfully,
Daniel Choi
Hanbit Law Office
""",
     outcome="review", review="unknown_sender",
     imitates="letter from the account holder's lawyer",
     why="a third party, not X, says the posts are gone",
     items={X[1]: "pending", X[2]: "pending"})

case(name="x-ooo-autoreply", **{"from": "j.park@x.com"}, name_from="Jiwoo Park",
     date="Mon, 02 Sep 2024 01:05:00 +0000",
     subject="Automatic reply: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=THREAD["KCSC-240902-01"],
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent legal requests please write to
legal@x.com, where the team will pick up your message.

Jiwoo
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply from an X employee",
     why="out-of-office auto-reply",
     items={})

# ============================== YouTube ==============================
case(name="yt-legal-removal-outcome", **{"from": "youtube-legal-support@google.com"},
     name_from="YouTube Legal Support",
     date="Fri, 06 Sep 2024 10:20:30 +0000",
     subject="Re: [KCSC-240903-02] Legal removal request",
     reply_to_req=THREAD["KCSC-240903-02"],
     body=f"""
Hello,

Thanks for contacting YouTube. After reviewing the content you reported, we
have blocked the following videos from view on YouTube in South Korea, under
local law:

{Y[1]}
{Y[2]}

In addition, we removed the following video from YouTube globally because it
violated our Community Guidelines:

{Y[3]}

Sincerely,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal removal outcome (locally blocked / removed under Community Guidelines)",
     why="statement lines followed by bare URLs: two blocked in KR, one removed globally",
     items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"})

case(name="yt-channel-terminated", **{"from": "no-reply@youtube.com"}, name_from="YouTube",
     date="Sat, 07 Sep 2024 00:45:00 +0000",
     subject="Update on the channel you reported (KCSC-240903-02)",
     body=f"""
Hi,

The YouTube channel you reported, {Y[4]}, has been
terminated for violating YouTube's policy on spam, deceptive practices and
scams.

Learn more about our Community Guidelines:
https://support.google.com/youtube/answer/9288567

- The YouTube Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube channel-termination notice to a reporter",
     why="channel terminated = removed; the support.google.com link is not an item",
     items={Y[4]: "removed"})

_yt_qp_text = f"""Hello,

After reviewing the video at {Y[2]} we have applied an age restriction. It can no longer be viewed by viewers who are signed out or under 18.

We also reviewed {Y[1]} and decided not to take action. The video does not violate our Community Guidelines, and our legal review did not find it to be unlawful in South Korea on the information provided.

Regards,
YouTube Legal Support
"""
case(name="yt-age-restricted-qp", **{"from": "youtube-legal-support@google.com"},
     name_from="YouTube Legal Support",
     date="Mon, 09 Sep 2024 06:00:00 +0000",
     subject="Re: [KCSC-240903-02] Legal removal request",
     reply_to_req=THREAD["KCSC-240903-02"],
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
     + quopri.encodestring(_yt_qp_text.encode("utf-8")).decode("ascii"),
     outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome: age restriction and a refusal, quoted-printable body",
     why="long lines are soft-wrapped (=3D inside the URLs); one age-restricted, one refused with reasons",
     items={Y[2]: "restricted", Y[1]: "rejected"})

_req_y = request_text("KCSC-240903-02", Y, "Dear YouTube Legal team,")
case(name="yt-gmail-quote-one-removed", **{"from": "trust-safety-kr@google.com"},
     name_from="YouTube Trust & Safety",
     date="Tue, 10 Sep 2024 02:30:00 +0000",
     subject="Re: [KCSC-240903-02] Legal removal request",
     reply_to_req=THREAD["KCSC-240903-02"],
     body=f"""
Hi,

Following our review, the video {Y[3]} has been removed from
YouTube for violating our Community Guidelines. The other URLs in your
request are still being reviewed and we will write again when we have an
outcome.

Regards,
YouTube Trust & Safety

On Tue, Sep 3, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(_req_y)}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail reply from YouTube staff top-posted over the quoted request",
     why="one video removed; the rest are 'still being reviewed' and only quoted",
     items={Y[3]: "removed"})

case(name="yt-under-review-hedge", **{"from": "youtube-legal-support@google.com"},
     name_from="YouTube Legal Support",
     date="Wed, 04 Sep 2024 04:00:00 +0000",
     subject="Re: [KCSC-240903-02] Legal removal request",
     reply_to_req=THREAD["KCSC-240903-02"],
     body=f"""
Hi,

Thanks for your message about KCSC-240903-02. Your request is currently
under review. From an initial look, the video {Y[1]}
appears to violate our policies, and the channel {Y[4]} may be
subject to action under our spam policies. We'll let you know the final
outcome once our review is complete.

YouTube Legal Support
""",
     outcome="review", review="not_understood",
     imitates="YouTube interim 'under review' reply with a first impression",
     why="'appears to violate', 'may be subject to action', 'under review': no statement",
     items={Y[1]: "pending", Y[4]: "pending"})

case(name="gmail-impersonating-youtube", **{"from": "yt.legal.korea@gmail.com"},
     name_from="YouTube Legal Team",
     date="Thu, 05 Sep 2024 12:00:00 +0000",
     subject="Re: KCSC-240903-02 removal done",
     body=f"""
Hello KCSC,

We have removed the video {Y[2]} as you asked.

YouTube Legal Team
""",
     outcome="review", review="unknown_sender",
     imitates="a free-mail account signing as YouTube",
     why="gmail.com is not a YouTube sender domain",
     items={Y[2]: "pending"})

case(name="yt-request-received", **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
     date="Tue, 03 Sep 2024 01:35:00 +0000",
     subject="We've received your legal request [8-4411000007712]",
     body=f"""
Hello,

We've received your legal request. Your submission ID is 8-4411000007712.
Please keep this ID for any follow-up.

URLs submitted:
{Y[1]}
{Y[2]}

Our team will review your request and may contact you if more information is
needed. You don't need to reply to this message.

Google Legal Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal removal web-form submission receipt",
     why="pure receipt echoing the submitted URLs; nothing has been decided",
     items={Y[1]: "pending", Y[2]: "pending"})

# ============================== Meta ==============================
case(name="meta-dsa-statement-of-reasons", **{"from": "no-reply@mail.instagram.com"},
     name_from="Instagram",
     date="Fri, 06 Sep 2024 07:07:07 +0000",
     subject="Decision on content you reported (KCSC-240904-03)",
     body=f"""
Statement of reasons

Reference: KCSC-240904-03
Decision date: 6 September 2024

Content concerned: {M[1]}
Decision: Removal of the content
Territorial scope: Global
Facts and circumstances: content reported by a government authority (Korea
Communications Standards Commission)
Ground for decision: incompatible with the Instagram Community Guidelines
(sale of regulated goods)
Automated means: not used to take this decision

The person who posted the content may appeal this decision. Information on
redress is available at https://help.instagram.com/477434105621119
""",
     outcome="applied", classification="confirmation",
     imitates="Instagram DSA-style statement of reasons (Art. 17 fields)",
     why="'Decision: Removal of the content' for the one 'Content concerned' URL",
     items={M[1]: "removed"})

case(name="meta-local-law-restricted", **{"from": "content-restrictions@meta.com"},
     name_from="Meta Content Restrictions",
     date="Mon, 09 Sep 2024 09:00:00 +0000",
     subject="Your report KCSC-240904-03",
     body=f"""
Dear Sir or Madam,

We are writing about your report KCSC-240904-03.

Following a legal review, we have restricted access in South Korea to the
following content, as it violates local law:
- {M[4]}
- {M[5]}

The Instagram account {M[3]} was reviewed against our
Community Guidelines and applicable local law. It does not go against our
policies and your report did not set out a violation of local law, so we
have not taken action on it.

Kind regards,
Content Restrictions Team
Meta Platforms, Inc.
""",
     outcome="applied", classification="confirmation",
     imitates="Meta reply to a government report of content violating local law",
     why="two posts restricted in KR (bulleted), one account refused with its reason",
     items={M[4]: "restricted", M[5]: "restricted", M[3]: "rejected"})

_csv = (
    "report_reference,content_url,action_taken,comment\r\n"
    f"KCSC-240904-03,{M[2]},Removed,Community Guidelines - regulated goods\r\n"
    f"KCSC-240904-03,{M[3]},Account disabled,\r\n"
    f"KCSC-240904-03,{M[1]},Content not found,Link invalid or content no longer exists\r\n"
)
_csv_b64 = base64.encodebytes(_csv.encode("utf-8")).decode("ascii")
case(name="meta-csv-attachment", **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
     date="Tue, 10 Sep 2024 06:45:00 +0000",
     subject="Outcome of report KCSC-240904-03",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b94meta"

--b94meta
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The attached file lists the action taken on each item in your report
KCSC-240904-03.

Meta Government Requests
--b94meta
Content-Type: text/csv; charset=utf-8; name="KCSC-240904-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240904-03_outcome.csv"
Content-Transfer-Encoding: base64

{_csv_b64}--b94meta--
""",
     outcome="applied", classification="confirmation",
     imitates="Meta bulk-report outcome as a CSV attachment",
     why="CSV rows: reel removed, account disabled (removed), post not found",
     items={M[2]: "removed", M[3]: "removed", M[1]: "not_found"})

case(name="meta-echoed-report", **{"from": "notification@facebookmail.com"}, name_from="Facebook",
     date="Wed, 11 Sep 2024 03:03:03 +0000",
     subject="We reviewed your report",
     body=f"""
Your report
Submitted: 4 September 2024
Reference: KCSC-240904-03
Reported content: {M[4]}
Reason: Sale of illegal goods

Our decision
We removed this post because it goes against our Community Standards on
restricted goods and services. Thanks for your report - it helps keep
Facebook safe.

See your Support Inbox: https://www.facebook.com/support/
""",
     outcome="applied", classification="confirmation",
     imitates="Facebook Support Inbox report-outcome email echoing the report",
     why="echoed report names the post; 'We removed this post' is the decision",
     items={M[4]: "removed"})

case(name="fb-link-not-found", **{"from": "notification@facebookmail.com"}, name_from="Facebook",
     date="Thu, 12 Sep 2024 05:55:00 +0000",
     subject="About your report KCSC-240904-03",
     body=f"""
Hi,

We couldn't find the content at the link you sent:
{M[5]} .
The post may have been deleted by the person who shared it, or the link may
be incomplete. If you believe the content is still on Facebook, you can send
us a new report with a working link.

Thanks,
The Facebook Team
""",
     outcome="applied", classification="confirmation",
     imitates="Facebook 'we couldn't find the content' reply",
     why="'couldn't find the content at the link' is an unhedged not-found; the 'may have been' only guesses why",
     items={M[5]: "not_found"})

case(name="meta-bulk-all-removed", **{"from": "content-restrictions@meta.com"},
     name_from="Meta Content Restrictions",
     date="Fri, 13 Sep 2024 02:00:00 +0000",
     subject="Your report KCSC-240904-03",
     body="""
Dear Sir or Madam,

Following review, we have removed all of the content reported in your
request KCSC-240904-03 for violating our Community Standards.

Kind regards,
Content Restrictions Team
Meta Platforms, Inc.
""",
     outcome="review", review="bulk",
     imitates="Meta one-line outcome covering the whole report",
     why="'all of the content' for a five-item request without naming any item",
     items={M[1]: "pending", M[2]: "pending", M[3]: "pending", M[4]: "pending", M[5]: "pending"})

_pdf_stream = zlib.compress(
    b"BT /F1 10 Tf 72 720 Td (Outcome of report KCSC-240904-03 - see table) Tj ET", 9)
_pdf = (b"%PDF-1.7\n1 0 obj <</Length " + str(len(_pdf_stream)).encode()
        + b" /Filter /FlateDecode>> stream\n" + _pdf_stream + b"\nendstream endobj\n%%EOF\n")
_pdf_b64 = base64.encodebytes(_pdf).decode("ascii")
case(name="meta-pdf-letter-only", **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
     date="Fri, 13 Sep 2024 08:30:00 +0000",
     subject="Response to KCSC-240904-03",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b94pdf"

--b94pdf
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear Sir or Madam,

Please find attached our letter setting out the outcome of your report
KCSC-240904-03.

Meta Government Requests
--b94pdf
Content-Type: application/pdf; name="KCSC-240904-03_response.pdf"
Content-Disposition: attachment; filename="KCSC-240904-03_response.pdf"
Content-Transfer-Encoding: base64

{_pdf_b64}--b94pdf--
""",
     outcome="review", review="unreadable_attachment",
     imitates="Meta government-request response sent as a PDF letter",
     why="the outcome is only in a PDF the reader does not read",
     items={})

# ============================== TikTok ==============================
case(name="tiktok-outcome-prose", **{"from": "trustandsafety@tiktok.com"}, name_from="TikTok Trust and Safety",
     date="Sat, 07 Sep 2024 06:00:00 +0000",
     subject="Re: KCSC-240905-04",
     reply_to_req=THREAD["KCSC-240905-04"],
     body=f"""
Hi,

Thank you for your report (KCSC-240905-04). We've reviewed the videos you
flagged.

We've removed {T[1]} because
it violates our Community Guidelines on frauds and scams. The video
{T[2]} has been made
unavailable to users in South Korea in line with local law.

TikTok Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok report-outcome email in prose",
     why="one removed, one made unavailable in South Korea only (restricted)",
     items={T[1]: "removed", T[2]: "restricted"})

case(name="tiktok-url-below-statement", **{"from": "leo@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
     date="Mon, 09 Sep 2024 07:30:00 +0000",
     subject="Regarding your request KCSC-240905-04",
     body=f"""
Dear KCSC,

Regarding your request KCSC-240905-04:

The following video has been taken down for violating our Community
Guidelines:
{T[2]}

We could not locate the following video. The link does not point to any
content on TikTok:
{T[3]}

Best regards,
TikTok Law Enforcement Outreach
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok law-enforcement outreach reply, statement then URL on the next line",
     why="each statement ends with ':' and its URL is on the line below",
     items={T[2]: "removed", T[3]: "not_found"})

case(name="tiktok-korea-team-particles", **{"from": "policy-kr@tiktok.com"}, name_from="TikTok Korea",
     date="Tue, 10 Sep 2024 05:10:00 +0000",
     subject="=?UTF-8?B?" + base64.b64encode("[TikTok] KCSC-240905-04 처리 결과".encode("utf-8")).decode("ascii") + "?=",
     body=f"""
안녕하세요, 틱톡 코리아 정책팀입니다.
요청하신 건(KCSC-240905-04)의 처리 결과를 알려드립니다.

{T[3]}는 커뮤니티 가이드라인 위반으로 삭제되었습니다.
{T[1]}은 국내 법령에 따라 한국 내 접속이 차단되었습니다（국가별 제한）.

감사합니다.
틱톡 코리아 정책팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok Korea policy team reply in Korean, URLs followed by particles",
     why="URL directly followed by 는/은; one deleted (removed), one blocked in Korea (restricted)",
     items={T[3]: "removed", T[1]: "restricted"})

case(name="tiktok-sor-html-restricted", **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
     date="Wed, 11 Sep 2024 01:00:00 +0000",
     subject="Statement of reasons for your report KCSC-240905-04",
     type="html",
     body=f"""
<html><body>
<h2>Statement of reasons</h2>
<p>We have reviewed the following content:</p>
<p><a href="{T[2]}">{T[2]}</a></p>
<table border="0" cellpadding="3">
<tr><td><b>Decision</b></td><td>Visibility restricted</td></tr>
<tr><td><b>Territorial scope</b></td><td>South Korea</td></tr>
<tr><td><b>Basis</b></td><td>Local law (report by a government authority)</td></tr>
<tr><td><b>Automated detection</b></td><td>No</td></tr>
</table>
<p>Learn more about how we enforce our rules at
<a href="https://www.tiktok.com/community-guidelines">tiktok.com/community-guidelines</a>.</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok DSA-style statement of reasons in HTML",
     why="decision 'visibility restricted' with territorial scope South Korea",
     items={T[2]: "restricted"})

case(name="tiktok-bulk-all-three", **{"from": "trustandsafety@tiktok.com"}, name_from="TikTok Trust and Safety",
     date="Thu, 12 Sep 2024 08:00:00 +0000",
     subject="Re: KCSC-240905-04",
     reply_to_req=THREAD["KCSC-240905-04"],
     body="""
Hi,

All three videos listed in your report have been removed from TikTok.

TikTok Trust & Safety
""",
     outcome="review", review="bulk",
     imitates="TikTok one-line outcome covering the whole report",
     why="one statement about three items, none named",
     items={T[1]: "pending", T[2]: "pending", T[3]: "pending"})

case(name="tiktok-asks-for-order", **{"from": "leo@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
     date="Fri, 06 Sep 2024 02:20:00 +0000",
     subject="Additional information needed - KCSC-240905-04",
     body=f"""
Dear KCSC,

To continue processing your request KCSC-240905-04 regarding
{T[1]}, please send us a copy of the
legal order and the specific provision of Korean law that the content
violates. We are unable to proceed without this information.

Best regards,
TikTok Law Enforcement Outreach
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="TikTok request for the legal basis before acting",
     why="asks for the order and the legal provision; nothing decided",
     items={T[1]: "pending"})

case(name="snap-wrong-platform", **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Law Enforcement Operations",
     date="Fri, 06 Sep 2024 09:09:09 +0000",
     subject="Re: KCSC-240905-04",
     reply_to_req=THREAD["KCSC-240905-04"],
     body=f"""
Hello,

Thank you for contacting Snap Inc. We looked into the link in your request
KCSC-240905-04, {T[3]}, and
could not find this content on Snapchat. The link belongs to another
service; please contact that service directly.

Snap Inc. Law Enforcement Operations
""",
     outcome="review", review="wrong_platform",
     imitates="Snap law-enforcement reply to a misdirected request",
     why="Snap states 'could not find' about a TikTok item",
     items={T[3]: "pending"})

case(name="tiktok-dsn-bounce", **{"from": "MAILER-DAEMON@mx2.tiktok.com"}, name_from="Mail Delivery System",
     date="Thu, 05 Sep 2024 02:01:10 +0000",
     subject="Undelivered Mail Returned to Sender",
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="b94dsn"

--b94dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@tiktok.com>: host mx2.tiktok.com said: 550 5.1.1 User
    unknown (in reply to RCPT TO command)

--b94dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.tiktok.com
Arrival-Date: Thu, 5 Sep 2024 02:01:08 +0000

Final-Recipient: rfc822; legal-kr-old@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b94dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@tiktok.com
Subject: [KCSC-240905-04] Request for removal of illegal content
Message-ID: <req-240905-04.k94@kcsc.example>
Date: Thu, 05 Sep 2024 11:00:00 +0900

--b94dsn--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (550 user unknown)",
     why="bounce of our own request",
     items={})

# ============================== Reddit ==============================
case(name="reddit-admin-removed-both", **{"from": "noreply@redditmail.com"}, name_from="Reddit",
     date="Mon, 09 Sep 2024 04:00:00 +0000",
     subject="Update on your report KCSC-240906-05",
     body=f"""
Hi there,

Thanks for your report regarding KCSC-240906-05. After investigating, we've
removed the following content from Reddit for violating our Content Policy:

* {R[1]}
* {R[2]}

We also took action against the account responsible. Thanks for helping keep
Reddit safe.

Reddit Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit admin report-outcome message",
     why="bulleted list under 'we've removed the following content'",
     items={R[1]: "removed", R[2]: "removed"})

case(name="reddit-one-removed-one-stays", **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Tue, 10 Sep 2024 03:30:00 +0000",
     subject="Re: [KCSC-240906-05] Request for removal of illegal content",
     reply_to_req=THREAD["KCSC-240906-05"],
     body=f"""
Hello,

We've completed our review of the two posts in your request KCSC-240906-05.

{R[1]} - removed; it broke
Reddit's rule against transactions for prohibited goods and services.

{R[2]} - we reviewed this post
and it does not violate our Content Policy, so it remains up. We also did not
find enough information to restrict it under local law.

Reddit Legal
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit legal reply with per-URL decisions",
     why="one removed, one stays up with reasons (rejected)",
     items={R[1]: "removed", R[2]: "rejected"})

case(name="reddit-no-claims-process-change", **{"from": "noreply@redditmail.com"}, name_from="Reddit",
     date="Wed, 11 Sep 2024 00:30:00 +0000",
     subject="Changes to how we receive government removal requests",
     body="""
Hello,

We're writing to let government agencies know that, from 1 October 2024,
content removal requests must be submitted through our online portal at
https://www.reddit.com/help/governmentrequests . Requests sent by email will
no longer be processed after that date.

Thank you,
Reddit Legal
""",
     outcome="review", review="no_claims",
     imitates="Reddit notice to government requesters about a new intake portal",
     why="trusted Reddit mail naming no item and no request",
     items={})

case(name="reddit-mdn-read-receipt", **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Fri, 06 Sep 2024 01:10:00 +0000",
     subject="Read: [KCSC-240906-05] Request for removal of illegal content",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b94mdn"

--b94mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: [KCSC-240906-05] Request for removal of illegal content
  Sent: Friday, September 6, 2024 10:00 AM

was read on Friday, September 6, 2024 10:09 AM.
--b94mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@reddit.com
Original-Message-ID: <req-240906-05.k94@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b94mdn--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN)",
     why="read receipt",
     items={})

# ============================== Telegram ==============================
case(name="tg-abuse-desk-blocked", **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Tue, 10 Sep 2024 11:11:11 +0000",
     subject="Re: KCSC-240909-06",
     reply_to_req=THREAD["KCSC-240909-06"],
     body=f"""
Hello,

Thank you for your report. The channel <{G[1]}> has been blocked
for violating the Telegram Terms of Service.

We could not find a public channel or bot at {G[3]} - this
username is not in use.

Case #5512090

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply (channel blocked / username not in use)",
     why="channel blocked globally (removed); username not in use (not_found); g2 not mentioned",
     items={G[1]: "removed", G[3]: "not_found"})

_req_g = request_text("KCSC-240909-06", G, "Dear Telegram team,")
case(name="tg-post-removed-quoted", **{"from": "dsa@telegram.org"}, name_from="Telegram",
     date="Wed, 11 Sep 2024 06:06:06 +0000",
     subject="Re: [KCSC-240909-06] Request for removal of illegal content",
     reply_to_req=THREAD["KCSC-240909-06"],
     body=f"""
Hi,

The message {G[2]} has been removed.

Case #5512090

On 09/09/2024 10:00, KCSC Takedown wrote:
{quoted(_req_g)}
""",
     outcome="applied", classification="confirmation",
     imitates="terse Telegram reply above the quoted request",
     why="one post removed; the quoted request lists all three",
     items={G[2]: "removed"})

case(name="tg-ack-case-number", **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Mon, 09 Sep 2024 02:00:00 +0000",
     subject="Re: KCSC-240909-06",
     reply_to_req=THREAD["KCSC-240909-06"],
     body="""
Hello,

Thank you for your report. It has been received and will be reviewed by our
moderators.

Case #5512090

Telegram Abuse Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Telegram abuse-desk receipt with a case number",
     why="pure acknowledgement",
     items={})

# ============================== Twitch ==============================
case(name="twitch-sole-statement", **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
     date="Wed, 11 Sep 2024 09:45:00 +0000",
     subject="Re: [KCSC-240910-07] Request for removal of illegal content",
     reply_to_req=THREAD["KCSC-240910-07"],
     body="""
Hello,

Thank you for your report. We have reviewed it and the reported content has
been removed from Twitch in accordance with our Community Guidelines.

Twitch Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Twitch Trust & Safety report outcome without the URL",
     why="one statement, no URL, answering a one-item request: it applies to that item",
     items={W[1]: "removed"})

_tw_text = f"""Hi KCSC team,

We're writing about your request KCSC-240910-07. The VOD at {W[1]} has been deleted and is no longer available on Twitch. The channel that uploaded it has received an enforcement action under our Community Guidelines.

Best,
Twitch Law Enforcement Response
"""
case(name="twitch-base64-vod-deleted", **{"from": "lawenforcement@twitch.tv"}, name_from="Twitch Law Enforcement Response",
     date="Thu, 12 Sep 2024 02:15:00 +0000",
     subject="Your request KCSC-240910-07",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
     + base64.encodebytes(_tw_text.encode("utf-8")).decode("ascii"),
     outcome="applied", classification="confirmation",
     imitates="Twitch law-enforcement response, base64 body",
     why="VOD deleted",
     items={W[1]: "removed"})

case(name="twitch-unmonitored-autoreply", **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
     date="Tue, 10 Sep 2024 05:00:30 +0000",
     subject="Auto: [KCSC-240910-07] Request for removal of illegal content",
     reply_to_req=THREAD["KCSC-240910-07"],
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""
This mailbox is not monitored for content reports. To report content on
Twitch, please use the reporting tools on the site or the form at
https://help.twitch.tv/s/contactsupport . This is an automated message.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Twitch 'mailbox not monitored' auto-reply",
     why="automatic reply",
     items={})

# ============================== Discord ==============================
case(name="discord-ticket-receipt", **{"from": "noreply@discord.com"}, name_from="Discord",
     date="Wed, 11 Sep 2024 07:00:00 +0000",
     subject="[Discord] Your request #38122045 has been received",
     body="""
Hello,

Thanks for contacting Discord Trust & Safety. Your request (38122045) has
been received and is being reviewed by our team. You can add information by
replying to this email.

Discord Trust & Safety
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Discord (Zendesk) ticket receipt",
     why="ticket receipt, nothing decided",
     items={})


HEADER = """# Blind set 94 (tests/corpus/blind94/make.py writes this file).
# English notices from many platforms. Expected results were written from
# each email's meaning before the reader was run on this set."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind94", HEADER, C)


if __name__ == "__main__":
    main()
