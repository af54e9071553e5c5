#!/usr/bin/env python3
"""Blind set 76 (issue 11): a general English mix across many platforms.

Deterministic: `python3 tests/corpus/blind76/make.py` rewrites requests.csv,
cases/*.eml and expected.toml from the lists below. Expected results were
written from each email's meaning before anything was run.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "fb.com": "Meta Law Enforcement Response",
    "tiktok.com": "TikTok Trust and Safety",
    "reddit.com": "Reddit Legal",
    "discord.com": "Discord Trust & Safety",
})

# ---------------------------------------------------------------- requests
X = [f"https://x.com/{a}/status/18331{n:014d}" for a, n in [
    ("dawn_mirage_kr", 40211), ("seolhwa_fakes", 40212), ("night_loom22", 40213),
    ("pixel_bandit_k", 40214), ("morae_clips", 40215), ("gray_lantern0", 40216),
    ("hanul_leaks", 40217), ("tidal_echo_88", 40218), ("bamboo_static", 40219),
    ("cobalt_wren", 40220), ("yeoul_archive", 40221), ("paper_moth_x", 40222),
    ("river_stone_k", 40223), ("juniper_vault", 40224)]]
YT = ["https://www.youtube.com/watch?v=Qm7rT2xLp0a", "https://www.youtube.com/watch?v=Zk4Nw8vHc3e",
      "https://www.youtube.com/shorts/Lb9Xq2Rz7Ws", "https://www.youtube.com/watch?v=Hd1Pu6sYf5g",
      "https://www.youtube.com/@fictional_glowcast"]
TG = ["https://t.me/velvet_rumor/2214", "https://t.me/velvet_rumor/2219",
      "https://t.me/snowdrift_club/88", "https://t.me/moonpetal_kr"]
META = ["https://www.instagram.com/p/C9kTq2LmZx4/", "https://www.instagram.com/reel/C9mWv7PpRb1/",
        "https://www.facebook.com/groups/2918364405512/posts/3021775512093/"]
TT = ["https://www.tiktok.com/@sunmi.fakeedits/video/7412093384756120321",
      "https://www.tiktok.com/@sunmi.fakeedits/video/7412098810233346562"]
RD = ["https://www.reddit.com/r/kdeepfakes_fict/comments/1fbq7xz/new_batch_sept/"]
DC = ["https://discord.com/channels/1102938475610293847/1102938475610293850/1283746501928374651",
      "https://discord.com/channels/1102938475610293847/1102938475610293851/1283746509988776652",
      "https://discord.gg/fictMoonRm"]

REQS = [
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", X, "deepfake_sexual_abuse", "req-240909-01"),
    ("KCSC-240910-01", "youtube", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", YT, "defamation", "req-240910-01"),
    ("KCSC-240911-01", "telegram", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", TG, "deepfake_sexual_abuse", "req-240911-01"),
    ("KCSC-240912-01", "meta", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", META, "privacy", "req-240912-01"),
    ("KCSC-240913-01", "tiktok", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", TT, "deepfake_sexual_abuse", "req-240913-01"),
    ("KCSC-240916-01", "reddit", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", RD, "deepfake_sexual_abuse", "req-240916-01"),
    ("KCSC-240917-01", "discord", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00", DC, "illegal_gambling", "req-240917-01"),
]


def write_requests():
    out = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid in REQS:
        for u in urls:
            out.append(f"{ref},{plat},{sent},{due},{u},{cat},<{mid}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def quoted_request(ref, urls, sent="Mon, 9 Sep 2024 10:00:00 +0900", prefix="> "):
    lines = [f"On {sent}, KCSC Takedown <takedown@kcsc.example> wrote:",
             f"{prefix}Request {ref}: please remove or block the following content, which was",
             f"{prefix}found to violate Korean law:"]
    for i, u in enumerate(urls, 1):
        lines.append(f"{prefix}{i}. {u}")
    lines.append(f"{prefix}Please confirm removal of each item by reply.")
    return "\n".join(lines)


def outlook_quote(ref, urls, sent):
    lines = ["-----Original Message-----",
             "From: KCSC Takedown <takedown@kcsc.example>",
             f"Sent: {sent}",
             "To: legal@x.com",
             f"Subject: [{ref}] Request for removal of illegal content",
             "",
             "Dear Sir or Madam,",
             "The content at the addresses below must be deleted without delay:"]
    lines += urls
    lines.append("Please confirm the removal of every item.")
    return "\n".join(lines)


def mime_alt(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{html.strip()}\n\n--{boundary}--\n")


def b64(s):
    raw = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


cases = []


def case(**kw):
    cases.append(kw)


# ================================================================= X (14)
case(name="x-legal-per-line-statuses", **{"from": "legal-noreply@x.com"},
     date="Fri, 13 Sep 2024 16:20:11 +0900", reply_to_req="req-240909-01",
     subject="Re: [KCSC-240909-01] Request for removal of illegal content",
     outcome="applied", classification="confirmation",
     imitates="X (Twitter) legal request outcome email: 'we have withheld ... in the country' with per-URL results and links to the Help Center",
     why="own words give one result per URL: two withheld in South Korea (restricted), one removed (suspended account: content no longer available), one no violation (rejected); rest not mentioned stay pending",
     items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "rejected"},
     body=f"""Hello,

We write in response to your request, reference KCSC-240909-01. After review,
we have taken the following actions:

{X[0]} - Withheld in South Korea
{X[1]} - Withheld in South Korea
{X[2]} - Account suspended for violating the X Rules; content no longer available
{X[3]} - No action taken: we did not find this post to be in violation of the X Rules or local law

The remaining reports in your request are still being processed and we will follow up separately.

For more information on country withheld content, please see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal

{quoted_request("KCSC-240909-01", X[:6])}
""")

case(name="x-withheld-status-below-url", **{"from": "legal@x.com"},
     date="Sat, 14 Sep 2024 09:02:40 +0900", reply_to_req="req-240909-01",
     subject="Re: [KCSC-240909-01] Request for removal of illegal content [ref:_00D1x2Kq.5003n8Zf:ref]",
     outcome="applied", classification="confirmation",
     imitates="X legal Salesforce case reply: a bare URL line followed by its outcome on the next line, case ref token in subject",
     why="status line directly below each bare URL; 'Access to this content has been restricted in Korea' = restricted; 'content has been removed' = removed",
     items={X[4]: "restricted", X[5]: "removed", X[6]: "restricted"},
     body=f"""Hello,

Thank you for your report. Please see the outcome for each URL below.

{X[4]}
Access to this content has been restricted in Korea.

{X[5]}
The content has been removed for violating our Non-consensual nudity policy.

{X[6]}
Access to this content has been restricted in Korea.

Please note that we may notify the account holder of this action.

Regards,
X Legal
ref:_00D1x2Kq.5003n8Zf:ref
""")

case(name="x-outlook-toppost-statement-above-quote", **{"from": "legal@x.com"},
     date="Mon, 16 Sep 2024 11:15:00 +0900", reply_to_req="req-240909-01",
     subject="RE: [KCSC-240909-01] Request for removal of illegal content",
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply with '-----Original Message-----' block (typical of legal teams answering government requests)",
     why="the reply itself names two URLs and says they are removed; the quoted request names more URLs with 'must be deleted' which is ours and must not count",
     items={X[7]: "removed", X[8]: "removed"},
     body=f"""Dear KCSC team,

Following our review, the posts at {X[7]} and
{X[8]} have been removed from X for violating our rules.

Kind regards,
Legal Operations, X Corp.

{outlook_quote("KCSC-240909-01", X[7:12], "Monday, September 9, 2024 10:00 AM")}
""")

case(name="x-html-table-results", **{"from": "legal@x.com"},
     date="Tue, 17 Sep 2024 15:40:00 +0900", reply_to_req="req-240909-01",
     subject="Re: [KCSC-240909-01] Request for removal of illegal content",
     outcome="applied", classification="confirmation", type="html",
     imitates="government request result table as sent by platform legal teams (URL | Action) in an HTML email with a Help Center footer link",
     why="HTML table: removed, withheld (restricted), not found (post does not exist); policy link in the footer is not an item",
     items={X[9]: "removed", X[10]: "restricted", X[11]: "not_found"},
     body=f"""<html><body>
<p>Hello,</p>
<p>Please find below the result of our review of request KCSC-240909-01.</p>
<table border="1">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X[9]}</td><td>Removed</td></tr>
<tr><td>{X[10]}</td><td>Withheld in KR</td></tr>
<tr><td>{X[11]}</td><td>Post does not exist</td></tr>
</table>
<p>Learn more about our approach: <a href="https://help.x.com/en/rules-and-policies/enforcement-options">https://help.x.com/en/rules-and-policies/enforcement-options</a></p>
<p>X Legal</p>
</body></html>""")

case(name="x-csv-attachment", **{"from": "legal@x.com"},
     date="Wed, 18 Sep 2024 10:05:12 +0900", reply_to_req="req-240909-01",
     subject="Re: [KCSC-240909-01] Results attached",
     outcome="applied", classification="confirmation",
     imitates="bulk government-request outcome as CSV attachment (URL,Action columns), short cover note",
     why="CSV rows: removed, withheld (restricted), no violation (rejected)",
     items={X[12]: "removed", X[13]: "restricted", X[0]: "rejected"},
     raw_mime=f"""Content-Type: multipart/mixed; boundary="csvb76"

--csvb76
Content-Type: text/plain; charset=utf-8

Hello,

Please see the attached file with the outcome for each of the URLs below that we reviewed.

X Legal

--csvb76
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_results.csv"
Content-Transfer-Encoding: base64

{b64("URL,Action,Notes" + chr(10) + X[12] + ",Removed,Violation of non-consensual nudity policy" + chr(10) + X[13] + ",Withheld in South Korea," + chr(10) + X[0] + ",No action,Not in violation of X Rules" + chr(10))}
--csvb76--
""")

case(name="x-account-suspended-prose-qp", **{"from": "legal@x.com"},
     date="Thu, 19 Sep 2024 08:30:00 +0900", reply_to_req="req-240909-01",
     subject="Re: [KCSC-240909-01] Request for removal of illegal content",
     outcome="applied", classification="confirmation",
     imitates="X reply in quoted-printable, prose 'the account has been suspended and its posts are no longer visible'",
     why="the account behind the named post is suspended and the post is no longer visible on X: removed",
     items={X[1]: "removed"},
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""Hello,

We've reviewed your report regarding {X[1]}.
The account that posted this content has been permanently suspended for violating our policy on non-consensual nudity, and the post is no longer visible on X.

Thank you for helping keep X safe.
X Legal – ref:_00D1x2Kq.5003n8Zq:ref
"""))

case(name="x-hedged-may-be-restricted", **{"from": "legal@x.com"},
     date="Thu, 19 Sep 2024 13:00:00 +0900", reply_to_req="req-240909-01",
     subject="Re: [KCSC-240909-01] Request for removal of illegal content",
     outcome="review", review="not_understood",
     imitates="X 'we are reviewing and may take action' interim reply naming specific URLs",
     why="future/hedged: 'may be withheld' and 'are reviewing' — nothing done yet; names items so must be seen, not ignored",
     items={},
     body=f"""Hello,

We are currently reviewing the following posts against our rules and applicable local law:

{X[2]}
{X[3]}

Depending on the outcome, these posts may be withheld in South Korea. We will let you know once a decision has been made.

X Legal
""")

case(name="x-lookalike-domain-claims", **{"from": "legal@x-legal-support.com"},
     date="Thu, 19 Sep 2024 14:20:00 +0900", reply_to_req="req-240909-01",
     subject="Re: [KCSC-240909-01] Request for removal of illegal content",
     outcome="review", review="unknown_sender",
     imitates="phishing-style look-alike of an X legal reply (authenticated, but for a domain that is not X's)",
     why="DMARC passes for x-legal-support.com, which is no platform's domain: claims must not apply; review as unknown_sender",
     items={},
     body=f"""Hello,

We have removed the following posts:
{X[4]}
{X[5]}

X Legal Support
""")

case(name="x-dmarc-fail-confirmation", **{"from": "legal@x.com"}, auth="fail",
     date="Thu, 19 Sep 2024 15:05:00 +0900", reply_to_req="req-240909-01",
     subject="Re: [KCSC-240909-01] Request for removal of illegal content",
     outcome="review", review="untrusted",
     imitates="X legal per-URL outcome email, here failing DMARC",
     why="a perfect-looking confirmation but dmarc=fail for x.com: untrusted, nothing applied",
     items={},
     body=f"""Hello,

{X[6]} - Removed
{X[7]} - Removed

X Legal
""")

case(name="x-ooo-autoreply", **{"from": "j.park@x.com"},
     date="Mon, 9 Sep 2024 10:01:30 +0900", reply_to_req="req-240909-01",
     subject="Automatic reply: [KCSC-240909-01] Request for removal of illegal content",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply' out-of-office message",
     why="out-of-office auto-reply says nothing about items",
     items={},
     body="""I am out of the office until Monday, 16 September, with limited access to email.
For urgent government requests please use the Legal Request portal at https://legalrequests.x.com.

Thank you,
Jiwon
""")

# ================================================================ YouTube (5)
case(name="yt-legal-removal-notice", **{"from": "legal-kr@google.com"},
     date="Thu, 12 Sep 2024 17:44:00 +0900", reply_to_req="req-240910-01",
     subject="Re: [KCSC-240910-01] YouTube content removal request [3-8821000035117]",
     outcome="applied", classification="confirmation",
     imitates="Google/YouTube legal removals team reply: 'we have blocked the content from view in Korea' / 'removed from YouTube for violating Community Guidelines', with numbered URLs",
     why="numbered list: 1 removed globally, 2 blocked in Korea (restricted); item 3-5 not mentioned",
     items={YT[0]: "removed", YT[1]: "restricted"},
     body=f"""Hello,

Thanks for reaching out to us.

In response to your request, we have taken the following action:

1. {YT[0]}
   We removed this video from YouTube for violating our Community Guidelines.

2. {YT[1]}
   We have blocked this video from view on the YouTube Korea country domain (restricted in KR) under local law.

You can learn more about our Community Guidelines at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/ .

Regards,
The YouTube Legal Support Team
[3-8821000035117]
""")

case(name="yt-age-restricted-and-not-violating", **{"from": "no-reply@youtube.com"},
     date="Fri, 13 Sep 2024 09:10:00 +0900", reply_to_req="req-240910-01",
     subject="Re: [KCSC-240910-01] YouTube content removal request",
     outcome="applied", classification="confirmation",
     imitates="YouTube 'age-restricted' outcome plus 'did not find a violation' paragraph",
     why="short age-restricted (restricted); channel reviewed and left up as it doesn't violate policy (rejected)",
     items={YT[2]: "restricted", YT[4]: "rejected"},
     body=f"""Hi there,

After reviewing the content you reported, here is what we found.

We've age-restricted the following Short, so it's no longer visible to viewers who are signed out or under 18:
{YT[2]}

We reviewed the channel below and didn't find a violation of our Community Guidelines, so it will stay up on YouTube:
{YT[4]}

If you believe the content violates local law, you can submit a legal complaint at https://support.google.com/legal/answer/3110420 .

– The YouTube Team
""")

case(name="yt-video-unavailable-notfound", **{"from": "legal-kr@google.com"},
     date="Mon, 16 Sep 2024 12:00:00 +0900", reply_to_req="req-240910-01",
     subject="Re: [KCSC-240910-01] YouTube content removal request",
     outcome="applied", classification="confirmation",
     imitates="Google legal reply: 'we were unable to locate the content at the URL provided' (video deleted by uploader)",
     why="could not locate / already deleted by uploader = not_found",
     items={YT[3]: "not_found"},
     body=f"""Hello,

We were unable to locate the content at the URL you provided:
{YT[3]}
It appears the video was already deleted by the uploader before our review, so no further action is required on our side.

Best,
Google Legal Removals
""")

case(name="yt-partly-done-in-progress", **{"from": "legal-kr@google.com"},
     date="Wed, 18 Sep 2024 16:30:00 +0900", reply_to_req="req-240910-01",
     subject="Re: [KCSC-240910-01] YouTube content removal request",
     outcome="applied", classification="confirmation",
     imitates="Google legal partial update: one item done, the other 'still under review'",
     why="first video removed (apply); second still under review (pending). Arguable: some readers may want review for the partial, but the done part is unhedged",
     items={YT[0]: "removed"},
     body=f"""Hello,

A quick update on your request:

- {YT[0]} has been removed.
- {YT[1]} is still under review by our specialist team; we will update you when a decision is made.

Regards,
Google Legal Removals
""")

case(name="yt-ticket-received-ack", **{"from": "legal-noreply@google.com"},
     date="Tue, 10 Sep 2024 11:02:00 +0900", reply_to_req="req-240910-01",
     subject="Your legal request has been received [3-8821000035117]",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal removals automatic receipt: 'We have received your request, a ticket number has been assigned'",
     why="pure receipt, says nothing about any item",
     items={},
     body="""Hello,

Thank you for contacting Google. We have received your legal request and assigned it
ticket number [3-8821000035117]. Please keep this number in any further correspondence.

Our team will review your request and respond as soon as possible. You do not need to
submit the same request again.

Sincerely,
The Google Team
""")

# =============================================================== Telegram (4)
case(name="tg-short-blocked-two", **{"from": "dsa@telegram.org"},
     date="Wed, 11 Sep 2024 18:12:00 +0900", reply_to_req="req-240911-01",
     subject="Re: KCSC-240911-01",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk's terse reply: 'Thank you, the reported materials have been blocked.'",
     why="one sentence about the two URLs listed directly under it: blocked = removed (the issue treats block as removal)",
     items={TG[0]: "removed", TG[1]: "removed"},
     body=f"""Hello,

The following materials have been blocked:
{TG[0]}
{TG[1]}

Telegram Abuse Team
""")

case(name="tg-channel-restricted-kr-reported-echo", **{"from": "dsa@telegram.org"},
     date="Thu, 12 Sep 2024 10:40:00 +0900", reply_to_req="req-240911-01",
     subject="Re: KCSC-240911-01 [Case #662091]",
     outcome="applied", classification="confirmation",
     imitates="Telegram DSA reply stating action on 'the reported content', followed by the echoed report",
     why="statement about 'the reported content' followed by an echoed report listing one channel: geo-restricted in KR = restricted",
     items={TG[3]: "restricted"},
     body=f"""Hello,

The reported content has been made unavailable to users in the Republic of Korea.

--- Your report ---
Reference: KCSC-240911-01
Reported link: {TG[3]}
Reason: illegal content under local law
---

Case #662091
Telegram
""")

case(name="tg-asks-more-info", **{"from": "dsa@telegram.org"},
     date="Fri, 13 Sep 2024 14:00:00 +0900", reply_to_req="req-240911-01",
     subject="Re: KCSC-240911-01",
     outcome="review", review="asks_more",
     imitates="Telegram abuse reply asking for the specific message links / screenshots before acting",
     why="asks for more information about a named item; nothing was done",
     items={},
     body=f"""Hello,

Regarding {TG[2]}: we could not identify which message in this chat you are referring to.
Please send us direct links to the specific messages (right click > Copy Message Link) and,
if possible, screenshots, so that we can review them.

Telegram Abuse Team
""")

case(name="tg-not-found-invalid-link", **{"from": "dsa@telegram.org"},
     date="Mon, 16 Sep 2024 09:20:00 +0900", reply_to_req="req-240911-01",
     subject="Re: KCSC-240911-01",
     outcome="applied", classification="confirmation",
     imitates="Telegram reply: 'this link is invalid / the message does not exist'",
     why="message does not exist = not_found",
     items={TG[1]: "not_found"},
     body=f"""Hi,

{TG[1]} – this message does not exist (it may have been deleted by the channel owner before we checked).

Regards,
Telegram
""")

# ================================================================= Meta (3)
case(name="meta-ler-restricted-local-law", **{"from": "records@fb.com"},
     date="Fri, 13 Sep 2024 20:15:00 +0900", reply_to_req="req-240912-01",
     subject="Re: [KCSC-240912-01] Request for restriction of content",
     outcome="applied", classification="confirmation",
     imitates="Meta content restriction based on local law reply ('we have restricted access to the content in Korea'), with Transparency Center link",
     why="both Instagram items restricted in Korea; Transparency Center link is not an item",
     items={META[0]: "restricted", META[1]: "restricted"},
     body=f"""Hello,

Thank you for your request. Based on our review under local law, we have restricted access to the following content in South Korea:

* {META[0]}
* {META[1]}

This content remains available outside South Korea because it does not violate our Community Standards.
More information about how we handle government requests: https://transparency.meta.com/reports/content-restrictions/

Meta Law Enforcement Response Team
""")

case(name="meta-didnt-remove-community-standards", **{"from": "records@fb.com"},
     date="Mon, 16 Sep 2024 08:55:00 +0900", reply_to_req="req-240912-01",
     subject="Re: [KCSC-240912-01] Request for restriction of content",
     outcome="applied", classification="confirmation",
     imitates="Facebook report outcome 'We didn't remove the post because it doesn't go against our Community Standards'",
     why="negated removal with a reason = rejected",
     items={META[2]: "rejected"},
     body=f"""Hi,

We reviewed the post you reported:
{META[2]}

We didn't take it down because it doesn't go against our Community Standards, and we did not find a basis under local law to restrict it.

Meta Law Enforcement Response
""")

case(name="meta-mixed-multipart-alt", **{"from": "records@fb.com"},
     date="Wed, 18 Sep 2024 19:30:00 +0900", reply_to_req="req-240912-01",
     subject="Re: [KCSC-240912-01] Request for restriction of content",
     outcome="applied", classification="confirmation",
     imitates="Meta multipart/alternative outcome email (plain + HTML) with two decisions",
     why="reel removed; post not found ('no longer available ... we could not find it' stated as not found)",
     items={META[1]: "removed", META[2]: "not_found"},
     raw_mime=mime_alt(f"""Hello,

Update on your request KCSC-240912-01:

{META[1]}
Removed for violating our policy on adult sexual exploitation.

{META[2]}
We could not find this post. The link may be broken or the post may have been deleted by its author.

Meta Law Enforcement Response
""", f"""<html><body><p>Hello,</p><p>Update on your request KCSC-240912-01:</p>
<p><a href="{META[1]}">{META[1]}</a><br>Removed for violating our policy on adult sexual exploitation.</p>
<p><a href="{META[2]}">{META[2]}</a><br>We could not find this post. The link may be broken or the post may have been deleted by its author.</p>
<p>Meta Law Enforcement Response</p></body></html>""", "altb76meta"))

case(name="meta-unknown-sender-lookalike", **{"from": "support@meta-trust-center.com"},
     date="Thu, 19 Sep 2024 10:00:00 +0900", reply_to_req="req-240912-01",
     subject="Re: [KCSC-240912-01] Content removed",
     outcome="review", review="unknown_sender",
     imitates="phishing copy of a Meta 'your report' notice from a look-alike domain",
     why="not a Meta sender domain; claims about our items must go to review, not be applied",
     items={},
     body=f"""Hello,

We removed the content you reported: {META[0]}
To see details, verify your account at https://meta-trust-center.com/verify .

Meta Support
""")

# =============================================================== TikTok (2)
case(name="tt-violation-removed-both", **{"from": "legal-kr@tiktok.com"},
     date="Sat, 14 Sep 2024 11:30:00 +0900", reply_to_req="req-240913-01",
     subject="RE: KCSC-240913-01 | TikTok Government Request",
     outcome="applied", classification="confirmation",
     imitates="TikTok 'We've removed the content you reported' notice with Community Guidelines link",
     why="both videos listed as removed",
     items={TT[0]: "removed", TT[1]: "removed"},
     body=f"""Dear Korea Communications Standards Commission,

Thank you for your report. We reviewed the videos below and found them to violate our Community Guidelines. They have been removed from TikTok.

{TT[0]}
{TT[1]}

Community Guidelines: https://www.tiktok.com/community-guidelines/en/
Case ID: 7-KR-24091300412

TikTok Trust and Safety
""")

case(name="tt-restricted-one-no-violation-other", **{"from": "legal-kr@tiktok.com"},
     date="Mon, 16 Sep 2024 15:00:00 +0900", reply_to_req="req-240913-01",
     subject="RE: KCSC-240913-01 | TikTok Government Request",
     outcome="applied", classification="confirmation",
     imitates="TikTok local-law review outcome: 'restricted in your region' / 'no violation found'",
     why="first video restricted in Korea; second: 'no violation', stays up = rejected",
     items={TT[0]: "restricted", TT[1]: "rejected"},
     body=f"""Hello,

Outcome of our review:

Video: {TT[0]}
Result: Restricted in South Korea based on local law

Video: {TT[1]}
Result: No violation — this video will remain on TikTok

TikTok Trust and Safety
""")

case(name="tt-bounce-dsn", **{"from": "MAILER-DAEMON@mx.kcsc.example"},
     date="Fri, 13 Sep 2024 10:00:40 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (RFC 3464) for our request to a wrong TikTok address",
     why="bounce of our own request; nothing about items",
     items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsnb76"

--dsnb76
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-korea@tiktok.com>: host mx.tiktok.com[203.0.113.40] said: 550 5.1.1
    <legal-korea@tiktok.com>: Recipient address rejected: User unknown

--dsnb76
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 10:00:05 +0900

Final-Recipient: rfc822; legal-korea@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsnb76
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@tiktok.com
Subject: [KCSC-240913-01] Request for removal of illegal content
Message-ID: <req-240913-01@kcsc.example>

--dsnb76--
""")

# =============================================================== Reddit (1)
case(name="rd-removed-sitewide", **{"from": "legal@reddit.com"},
     date="Tue, 17 Sep 2024 04:12:00 +0900", reply_to_req="req-240916-01",
     subject="Re: [KCSC-240916-01] Reddit content removal",
     outcome="applied", classification="confirmation",
     imitates="Reddit admin 'Thanks for your report ... we've removed the content' with Content Policy link, ticket footer",
     why="post named and stated removed by Reddit admins",
     items={RD[0]: "removed"},
     body=f"""Hi there,

Thanks for reaching out. After investigating, we've found that the reported content violates Reddit's Content Policy and it has been removed by our Safety team:

{RD[0]}

If you'd like to learn more, see our Content Policy: https://www.redditinc.com/policies/content-policy

Reddit Legal
Ticket #4481920
""")

case(name="rd-mdn-read-receipt", **{"from": "legal@reddit.com"},
     date="Mon, 16 Sep 2024 23:00:00 +0900",
     subject="Read: [KCSC-240916-01] Reddit content removal",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook/RFC 8098 read receipt (multipart/report; report-type=disposition-notification)",
     why="read receipt says nothing about items",
     items={},
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdnb76"

--mdnb76
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: [KCSC-240916-01] Reddit content removal
  Sent: Monday, September 16, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Monday, September 16, 2024 11:00:00 PM (UTC+09:00) Seoul.

--mdnb76
Content-Type: message/disposition-notification

Reporting-UA: legal@reddit.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal@reddit.com
Original-Message-ID: <req-240916-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdnb76--
""")

# =============================================================== Discord (3)
case(name="dc-tns-actioned-messages", **{"from": "gov-requests@discord.com"},
     date="Tue, 17 Sep 2024 19:00:00 +0900", reply_to_req="req-240917-01",
     subject="Re: [KCSC-240917-01] Removal request - Discord",
     outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety reply: 'we have taken action on the reported messages ... server removed'",
     why="both messages deleted; the server behind the invite removed from Discord (invite = removed)",
     items={DC[0]: "removed", DC[1]: "removed", DC[2]: "removed"},
     body=f"""Hello,

Thank you for bringing this to our attention. Our Trust & Safety team has reviewed your report and taken the following actions:

- Messages deleted:
  {DC[0]}
  {DC[1]}
- The server reached through {DC[2]} has been removed from Discord for violating our Community Guidelines.

You can read our Community Guidelines at https://discord.com/guidelines .

Discord Trust & Safety
Ticket: #31827764
""")

case(name="dc-will-action-future", **{"from": "gov-requests@discord.com"},
     date="Wed, 18 Sep 2024 09:00:00 +0900", reply_to_req="req-240917-01",
     subject="Re: [KCSC-240917-01] Removal request - Discord",
     outcome="review", review="not_understood",
     imitates="Discord interim reply: 'we will take appropriate action if we find a violation'",
     why="promise/conditional only for a named invite; nothing actioned yet",
     items={},
     body=f"""Hi,

We're looking into the server at {DC[2]}. If we find it violates our Terms of Service, we will take appropriate action, which may include removing the server. We'll update you once our investigation is complete.

Discord Trust & Safety
""")

case(name="dc-zendesk-ack", **{"from": "noreply@discord.com"},
     date="Tue, 17 Sep 2024 09:01:10 +0900", reply_to_req="req-240917-01",
     subject="[Discord] Request received: [KCSC-240917-01] Removal request (#31827764)",
     extra_headers=["Auto-Submitted: auto-generated"],
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk-style automatic 'Request received' receipt from a Discord support ticket",
     why="ticket created, nothing stated about items",
     items={},
     body="""##- Please type your reply above this line -##

Your request (#31827764) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Discord Trust & Safety
This email is a service from Discord. Delivered by Zendesk
""")

# ======================================================== cross-platform / misc
case(name="tg-claims-x-items-wrong-platform", **{"from": "dsa@telegram.org"},
     date="Thu, 19 Sep 2024 11:11:00 +0900",
     subject="Re: KCSC-240909-01",
     outcome="review", review="wrong_platform",
     imitates="Telegram DSA reply that mistakenly answers a forwarded X request",
     why="trusted Telegram email claims x.com items removed: another platform's items, must stay pending",
     items={},
     body=f"""Hello,

The following content has been removed:
{X[8]}
{X[9]}

Telegram
""")

case(name="x-ack-with-statement-not-ack", **{"from": "legal@x.com"},
     date="Thu, 19 Sep 2024 16:00:00 +0900", reply_to_req="req-240909-01",
     subject="Re: [KCSC-240909-01] Request for removal of illegal content",
     outcome="applied", classification="confirmation",
     imitates="X case update that opens with receipt boilerplate ('We have received your report') but then states an outcome",
     why="acknowledgement phrase plus unhedged statement about a named item: a confirmation, not an acknowledgement",
     items={X[10]: "removed"},
     body=f"""Hello,

We have received your report regarding the post below and our team has reviewed it.

{X[10]}

This post has been removed for violating the X Rules.

X Legal
""")

case(name="x-ack-ticket-only", **{"from": "legal-noreply@x.com"},
     date="Mon, 9 Sep 2024 10:03:00 +0900", reply_to_req="req-240909-01",
     subject="Case# 0412839001: Re: [KCSC-240909-01] Request for removal of illegal content",
     extra_headers=["Auto-Submitted: auto-generated"],
     outcome="ignored", classification="acknowledgement",
     imitates="X legal portal automatic case receipt with a case number",
     why="only says the report was received and a case created",
     items={},
     body="""Hello,

Thank you for your submission. A case has been created with case number 0412839001.
We will review your report and get back to you. Please do not reply to this email.

X Legal
""")

case(name="yt-quoted-only-removed-ack", **{"from": "legal-kr@google.com"},
     date="Wed, 11 Sep 2024 09:00:00 +0900", reply_to_req="req-240910-01",
     subject="Re: [KCSC-240910-01] YouTube content removal request",
     outcome="ignored", classification="acknowledgement",
     imitates="Gmail reply 'We have forwarded your request to the appropriate team' over our quoted request",
     why="own text only acknowledges and forwards internally; the 'remove' words and URLs are in our quoted request",
     items={},
     body=f"""Hello,

Thanks for your email. We have passed your request on to the appropriate team, who will be in touch.

Regards,
Google Legal Support

{quoted_request("KCSC-240910-01", YT, sent="Tue, 10 Sep 2024 11:00:00 +0900")}
""")

case(name="rd-mod-unknown-sender", **{"from": "mod.team@gmail.com"},
     date="Tue, 17 Sep 2024 08:00:00 +0900",
     subject="about your reddit request KCSC-240916-01",
     outcome="review", review="unknown_sender",
     imitates="a subreddit volunteer moderator writing from a personal mailbox after seeing the report",
     why="claims removal of our item, but the sender is not Reddit: must be seen, nothing applied",
     items={},
     body=f"""hey, mod of the sub here. we removed the thread {RD[0]} and banned the user. cheers
""")

case(name="x-status-statement-above-url-list", **{"from": "legal@x.com"},
     date="Tue, 17 Sep 2024 10:00:00 +0900", reply_to_req="req-240909-01",
     subject="Re: [KCSC-240909-01] Request for removal of illegal content",
     outcome="applied", classification="confirmation",
     imitates="X legal reply grouping URLs under outcome headings",
     why="each heading governs the URLs below it until the next heading: two removed, two withheld (restricted)",
     items={X[11]: "removed", X[12]: "removed", X[3]: "restricted", X[5]: "restricted"},
     body=f"""Hello,

Removed for violating the X Rules:
{X[11]}
{X[12]}

Withheld in South Korea in response to your legal demand:
{X[3]}
{X[5]}

Thank you,
X Legal
""")

case(name="yt-base64-shorts-removed", **{"from": "legal-kr@google.com"},
     date="Thu, 19 Sep 2024 18:00:00 +0900", reply_to_req="req-240910-01",
     subject="Re: [KCSC-240910-01] YouTube content removal request",
     outcome="applied", classification="confirmation",
     imitates="Google legal reply sent base64-encoded, with 'has been taken down' in prose and a signature block",
     why="the Short was taken down globally: removed",
     items={YT[2]: "removed"},
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""Hello,

Further to our previous message, the Short at {YT[2]} has now been taken down globally for violating our policy on harassment and cyberbullying.

Regards,
Google Legal Removals
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""))

case(name="meta-not-understood-statement", **{"from": "records@fb.com"},
     date="Thu, 19 Sep 2024 12:00:00 +0900", reply_to_req="req-240912-01",
     subject="Re: [KCSC-240912-01] Request for restriction of content",
     outcome="review", review="not_understood",
     imitates="Meta reply saying action was taken 'in line with our policies' on the account, leaving the post's own status unclear",
     why="account 'received a strike' and 'some features limited' — says nothing clear about the post itself; a clerk would hesitate",
     items={},
     body=f"""Hello,

Regarding {META[0]}: the account that shared this post has received a strike and some of its features have been limited in line with our policies on bullying and harassment.

Meta Law Enforcement Response
""")

case(name="tt-url-below-statement", **{"from": "legal-kr@tiktok.com"},
     date="Thu, 19 Sep 2024 17:30:00 +0900", reply_to_req="req-240913-01",
     subject="RE: KCSC-240913-01 | TikTok Government Request",
     outcome="applied", classification="confirmation",
     imitates="TikTok notice whose statement stands on the line above the URL it concerns",
     why="statement 'This video has been made unavailable in South Korea:' followed by the URL on the next line = restricted",
     items={TT[1]: "restricted"},
     body=f"""Hello,

Following our re-review, this video has been made unavailable in South Korea:
{TT[1]}

TikTok Trust and Safety
""")

case(name="dc-toppost-over-quoted-request", **{"from": "gov-requests@discord.com"},
     date="Thu, 19 Sep 2024 21:00:00 +0900", reply_to_req="req-240917-01",
     subject="RE: [KCSC-240917-01] Removal request - Discord",
     outcome="applied", classification="confirmation",
     imitates="Discord reply top-posted over our quoted request",
     why="own text: first message could not be found (deleted before review) = not_found; quoted list has removal words but is ours",
     items={DC[0]: "not_found"},
     body=f"""Hello,

We were unable to locate the message at {DC[0]}; it appears to have been deleted before our review.

Discord Trust & Safety

{quoted_request("KCSC-240917-01", DC, sent="Tue, 17 Sep 2024 09:00:00 +0900")}
""")

case(name="tg-partial-some-blocked", **{"from": "dsa@telegram.org"},
     date="Thu, 19 Sep 2024 19:00:00 +0900", reply_to_req="req-240911-01",
     subject="Re: KCSC-240911-01",
     outcome="review", review="not_understood",
     imitates="Telegram reply 'we blocked some of the messages you listed' with the list echoed below",
     why="'some of' the listed messages were blocked without saying which: no item can be given a status",
     items={},
     body=f"""Hello,

We have reviewed your report and blocked some of the messages you listed; others did not break our Terms of Service.

{TG[0]}
{TG[1]}
{TG[2]}

Telegram Abuse Team
""")

case(name="x-appears-removed-hedged", **{"from": "legal@x.com"},
     date="Thu, 19 Sep 2024 20:00:00 +0900", reply_to_req="req-240909-01",
     subject="Re: [KCSC-240909-01] Request for removal of illegal content",
     outcome="review", review="not_understood",
     imitates="X notice that a post 'appears to have been removed already, possibly by the account holder'",
     why="'appears to have been removed, possibly' is hedged; a clerk would not record removed or not_found without checking",
     items={},
     body=f"""Hello,

{X[13]} appears to have been removed already, possibly by the account holder, but we have not been able to confirm this on our side.

X Legal
""")


def xlsx(rows):
    """A minimal, deterministic XLSX (inline strings) built with zipfile."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    def cell(ref, v):
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 18, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    raw = base64.b64encode(buf.getvalue()).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


case(name="x-xlsx-attachment", **{"from": "legal@x.com"},
     date="Wed, 18 Sep 2024 17:45:00 +0900", reply_to_req="req-240909-01",
     subject="Re: [KCSC-240909-01] Outcome spreadsheet",
     outcome="applied", classification="confirmation",
     imitates="government-request outcome sent as an Excel sheet (URL | Outcome | Policy) with a one-line cover note",
     why="XLSX rows: removed; withheld in KR (restricted); 'Content not found' (not_found)",
     items={X[6]: "removed", X[7]: "restricted", X[8]: "not_found"},
     raw_mime=f"""Content-Type: multipart/mixed; boundary="xlsxb76"

--xlsxb76
Content-Type: text/plain; charset=utf-8

Hello, please find the outcome of our review in the attached spreadsheet.
X Legal

--xlsxb76
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240909-01.xlsx"
Content-Disposition: attachment; filename="KCSC-240909-01.xlsx"
Content-Transfer-Encoding: base64

{xlsx([["URL", "Outcome", "Policy"], [X[6], "Removed", "Non-consensual nudity"], [X[7], "Withheld in KR", "Local law"], [X[8], "Content not found", ""]])}
--xlsxb76--
""")

case(name="tt-age-restricted-adults", **{"from": "legal-kr@tiktok.com"},
     date="Sun, 15 Sep 2024 13:00:00 +0900", reply_to_req="req-240913-01",
     subject="RE: KCSC-240913-01 | TikTok Government Request",
     outcome="applied", classification="confirmation",
     imitates="TikTok 'age-restricted / not eligible for the For You feed, viewable only by adults' outcome",
     why="video restricted to adult viewers (age restriction) = restricted",
     items={TT[0]: "restricted"},
     body=f"""Hi,

We reviewed {TT[0]}. The video has been age-restricted: it is now only viewable by users aged 18 and over and is not eligible for the For You feed.

Learn more: https://support.tiktok.com/en/safety-hc/account-and-user-safety/content-restrictions

TikTok Trust and Safety
""")

case(name="meta-ooo-dmarc-fail", **{"from": "h.lee@meta.com"}, auth="fail",
     date="Thu, 12 Sep 2024 14:00:30 +0900", reply_to_req="req-240912-01",
     subject="Out of Office: [KCSC-240912-01] Request for restriction of content",
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="auto_reply",
     imitates="Gmail/Workspace 'Out of Office' vacation responder (here via a forwarding path that breaks DMARC)",
     why="recognized auto-replies are ignored whoever sent them; it names no item",
     items={},
     body="""Hi, I'm on leave until 23 September. For content restriction requests please write to records@fb.com.
Thanks, Hana
""")

case(name="rd-notfound-and-discord-item-wrong-platform", **{"from": "legal@reddit.com"},
     date="Thu, 19 Sep 2024 09:30:00 +0900", reply_to_req="req-240916-01",
     subject="Re: [KCSC-240916-01] Reddit content removal",
     outcome="applied", classification="confirmation", review="wrong_platform",
     imitates="Reddit legal reply that also comments on a Discord invite posted in the thread",
     why="Reddit's own post: not found (already deleted by its author). The Discord invite is another platform's item: Reddit's words about it ('we can't act on Discord') must not change it; review as wrong_platform while the Reddit item applies. Arguable: the reader may instead treat the invite sentence as not a claim",
     items={RD[0]: "not_found"},
     body=f"""Hi,

We looked into {RD[0]}, but the post had already been deleted by its author before our review, so there was nothing left for us to remove.

The post linked to a Discord server ({DC[2]}), which has been removed as well.

Reddit Legal
""")


HEADER = """# Blind set 76 (issue 11): general English mix across X, YouTube, Telegram,
# Meta, TikTok, Reddit and Discord. Written from public notice layouts,
# expected results from each email's meaning before anything ran.
# Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind76", HEADER, cases)
