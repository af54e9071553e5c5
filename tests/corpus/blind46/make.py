#!/usr/bin/env python3
"""Blind set 46 (issue 11): a general English mix across many platforms.

Written without reading the reader or any other set's cases. Expected
results come from each email's meaning, written here before anything ran.
Deterministic: `python3 tests/corpus/blind46/make.py` rewrites requests.csv,
cases/*.eml and expected.toml.
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

corpuslib.DOMAIN_NAMES.update({
    "fb.com": "Meta", "meta.com": "Meta", "support.facebook.com": "Facebook",
    "instagram.com": "Instagram", "tiktok.com": "TikTok", "reddit.com": "Reddit",
    "discord.com": "Discord", "redditmail.com": "Reddit",
})

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/hanul_deals_kr/status/1833014452201987651",
    "https://x.com/hanul_deals_kr/status/1833014452201987652",
    "https://x.com/fake_newsroom7/status/1833102938475610021",
    "https://x.com/fake_newsroom7/status/1833102938475610022",
    "https://x.com/seoul_leaks_bot/status/1833220011993847730",
    "https://x.com/seoul_leaks_bot/status/1833220011993847731",
    "https://x.com/minji_fanacc_99/status/1833301122334455667",
    "https://x.com/minji_fanacc_99/status/1833301122334455668",
    "https://x.com/quickloan_kr24/status/1833400099887766551",
    "https://x.com/quickloan_kr24/status/1833400099887766552",
    "https://x.com/dm4price_kr/status/1833512345678901234",
    "https://x.com/dm4price_kr/status/1833512345678901235",
    "https://x.com/anon_uploads_kr/status/1833698765432109876",
    "https://x.com/anon_uploads_kr/status/1833698765432109877",
]
YT = [
    "https://www.youtube.com/watch?v=Xq3vT9pLmK2",
    "https://www.youtube.com/watch?v=bR7nW2cZ0fA",
    "https://www.youtube.com/shorts/Pz7RwQ2nJ8c",
    "https://www.youtube.com/watch?v=Lm4sD8eY1uQ",
    "https://www.youtube.com/shorts/Hk9tV3xN5oE",
]
META = [
    "https://www.facebook.com/groups/fakemarket.kr/posts/1284756300112233/",
    "https://www.instagram.com/p/C9xYzAbCdEf/",
    "https://www.instagram.com/reel/C9kLmNoPqRs/",
    "https://www.facebook.com/fakepage.seoul/videos/845512390012345/",
]
TT = [
    "https://www.tiktok.com/@fake.seller.kr/video/7412345678901234567",
    "https://www.tiktok.com/@fake.seller.kr/video/7412345678901234599",
    "https://www.tiktok.com/@nightcam_kr00/video/7413987654321098765",
]
RD = [
    "https://www.reddit.com/r/fakekoreadeals/comments/1fh2k9x/cheap_pills_no_prescription/",
    "https://www.reddit.com/r/fakekoreadeals/comments/1fh3m0q/comment/lmz8k2w/",
]
DC = ["https://discord.com/channels/1123456789012345678/1123456789012345679/1284400000000000001"]
TG = [
    "https://t.me/fake_pharm_kr/1043",
    "https://t.me/fake_pharm_kr/1051",
    "https://t.me/leakroom_kr2/77",
]

REQS = [
    ("KCSC-240909-01", "telegram", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00", TG, "illegal_drugs"),
    ("KCSC-240910-01", "x", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", X, "illegal_finance"),
    ("KCSC-240911-01", "youtube", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", YT, "defamation"),
    ("KCSC-240912-01", "meta", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00", META, "privacy"),
    ("KCSC-240913-01", "tiktok", "2024-09-13T09:30:00+09:00", "2024-09-20T18:00:00+09:00", TT, "obscenity"),
    ("KCSC-240916-01", "reddit", "2024-09-16T13:00:00+09:00", "2024-09-23T18:00:00+09:00", RD, "illegal_drugs"),
    ("KCSC-240917-01", "discord", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", DC, "privacy"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat in REQS:
            mid = "<req-%s@kcsc.example>" % ref[5:].lower()
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, ""])


def quote(lines, prefix="> "):
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def our_request(ref, urls, date):
    out = ["On %s, KCSC Takedown <takedown@kcsc.example> wrote:" % date,
           "Dear Sir or Madam,", "",
           "The Korea Communications Standards Commission requests the removal of the",
           "following content under the Act on Promotion of Information and",
           "Communications Network Utilization (Ref. %s):" % ref, ""]
    out += ["%d. %s" % (i + 1, u) for i, u in enumerate(urls)]
    out += ["", "Please remove or block access to the content and inform us of the result.",
            "KCSC Takedown Team"]
    return out


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


C = []


def case(**kw):
    C.append(kw)


# ============================================================== X (14 items)
case(name="x-withheld-list", from_="legal@x.com",
     date="Wed, 11 Sep 2024 16:12:03 +0000",
     subject="Re: [KCSC-240910-01] Request to remove content",
     reply_to_req="req-240910-01",
     body="""Hello,

Thank you for your report. X has reviewed the content you reported and, in
response to your legal request, has withheld access to the following posts in
South Korea:

https://x.com/hanul_deals_kr/status/1833014452201987651
https://x.com/hanul_deals_kr/status/1833014452201987652
https://x.com/quickloan_kr24/status/1833400099887766551

Content withheld in a country remains visible elsewhere. For more on our
country withheld content policy see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     items={X[0]: "restricted", X[1]: "restricted", X[8]: "restricted"},
     imitates="X legal-request reply: 'has withheld access to the following posts in <country>' with link to the country-withheld-content help page",
     why="one heading sentence (withheld in South Korea) over a bare URL list; the help-centre link is not an item")

case(name="x-status-below-url", from_="legal@x.com",
     date="Thu, 12 Sep 2024 02:40:51 +0000",
     subject="Case 0192837465 - KCSC-240910-01",
     reply_to_req="req-240910-01",
     body="""Hello KCSC,

We have completed our review of the URLs in your request. The outcome for each
reported URL is listed below.

https://x.com/fake_newsroom7/status/1833102938475610021
Withheld in: KR

https://x.com/fake_newsroom7/status/1833102938475610022
Removed for violating the X Rules (Private information and media)

https://x.com/seoul_leaks_bot/status/1833220011993847730
No action taken. After review we did not find this post to be in violation of
the X Rules or of the local law cited.

If you have additional information you may reply to this email quoting
Case 0192837465.

X Legal Operations
""",
     outcome="applied", classification="confirmation",
     items={X[2]: "restricted", X[3]: "removed", X[4]: "rejected"},
     imitates="X legal request case outcome mail with per-URL result lines (Withheld in: KR / removed for violating the X Rules / no action)",
     why="the status of each URL is on the line(s) right below the bare URL, in three different wordings")

case(name="x-html-table", from_="legal-kr@x.com",
     date="Thu, 12 Sep 2024 09:03:12 +0000",
     subject="Outcome of your request KCSC-240910-01",
     reply_to_req="req-240910-01", type="html",
     body="""<html><body>
<p>Dear KCSC team,</p>
<p>Please find below the result of our review of your request <b>KCSC-240910-01</b>.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>https://x.com/seoul_leaks_bot/status/1833220011993847731</td><td>Removed</td></tr>
<tr><td>https://x.com/minji_fanacc_99/status/1833301122334455667</td><td>Country withheld (KR)</td></tr>
<tr><td>https://x.com/minji_fanacc_99/status/1833301122334455668</td><td>Not found - the post no longer exists</td></tr>
</table>
<p>Learn more about how we handle legal requests: <a href="https://help.x.com/en/forms/legal">help.x.com/en/forms/legal</a></p>
<p>X Corp. Legal</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     items={X[5]: "removed", X[6]: "restricted", X[7]: "not_found"},
     imitates="X legal team result table (Reported URL / Action), as legal-request outcomes are sent in HTML by case tools",
     why="HTML table with one status per row; the help link is not an item")

x_req_quote = quote(our_request("KCSC-240910-01", X, "Tue, Sep 10, 2024 at 2:00 PM"))
case(name="x-top-posted-over-quote", from_="legal@x.com",
     date="Fri, 13 Sep 2024 07:15:00 +0000",
     subject="RE: [KCSC-240910-01] Request to remove content",
     reply_to_req="req-240910-01",
     body="""Hi,

We have withheld the following two posts in the Republic of Korea:
https://x.com/dm4price_kr/status/1833512345678901234
https://x.com/dm4price_kr/status/1833512345678901235

The other URLs in your request remain under review; we will follow up
separately.

Thanks,
X Legal

""" + x_req_quote,
     outcome="applied", classification="confirmation",
     items={X[10]: "restricted", X[11]: "restricted"},
     imitates="top-posted reply from a legal team over the quoted original request (Gmail 'On ... wrote:' with '> ' lines)",
     why="two posts withheld; 'remain under review' keeps the rest pending; the quoted request lists all 14 URLs and counts for nothing")

csv_text = ("url,action,notes\r\n"
            "%s,removed,Violent and hateful entities policy\r\n"
            "%s,removed,\r\n"
            "%s,withheld_KR,Local law\r\n"
            "%s,no_violation,\r\n"
            "%s,not_found,Post deleted prior to review\r\n") % (X[12], X[13], X[9], X[0], X[5])
case(name="x-csv-attachment", from_="legal@x.com",
     date="Fri, 13 Sep 2024 10:22:41 +0000",
     subject="KCSC-240910-01 - results attached",
     reply_to_req="req-240910-01",
     raw_mime="""Content-Type: multipart/mixed; boundary="=_xcsv_01"

--=_xcsv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The results of our review for request KCSC-240910-01 are in the attached
CSV file (one row per reported URL).

X Legal

--=_xcsv_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240910-01_results.csv"
Content-Transfer-Encoding: base64

""" + b64(csv_text) + """
--=_xcsv_01--
""",
     outcome="applied", classification="confirmation",
     items={X[12]: "removed", X[13]: "removed", X[9]: "restricted", X[0]: "rejected", X[5]: "not_found"},
     imitates="legal-operations reply with a per-URL results spreadsheet exported as CSV (url,action,notes)",
     why="statuses only in a base64 CSV attachment; 'Post deleted prior to review' is not_found, not removed by X")

case(name="x-reported-content-echo", from_="no-reply@x.com", name_from="X Support",
     date="Sat, 14 Sep 2024 01:09:33 +0000",
     subject="Your report to X - Case #0193775521",
     body="""Hello,

Thanks for reaching out. We have investigated the reported content and have
removed it because it violated the X Rules.

Reported content:
  Account: @anon_uploads_kr
  Post: https://x.com/anon_uploads_kr/status/1833698765432109876
  Your reference: KCSC-240910-01

To learn more about our rules, visit https://help.x.com/en/rules-and-policies/x-rules
If the account holder appeals, you will not be contacted again.

Thanks,
X
""",
     outcome="applied", classification="confirmation",
     items={X[12]: "removed"},
     imitates="X Support report outcome ('we have investigated the reported content ... removed') followed by the echoed report block",
     why="the statement is about 'the reported content'; the echoed report below names the one post")

case(name="x-hedged-may-withhold", from_="legal@x.com",
     date="Sat, 14 Sep 2024 03:30:00 +0000",
     subject="Re: [KCSC-240910-01] Request to remove content",
     reply_to_req="req-240910-01",
     body="""Hello,

Regarding the posts below, we may withhold them in South Korea if the
local law you cite is confirmed to apply. Our team is still assessing them.

https://x.com/quickloan_kr24/status/1833400099887766552
https://x.com/seoul_leaks_bot/status/1833220011993847730

X Legal
""",
     outcome="review", review="not_understood",
     items={},
     imitates="X legal interim reply: conditional 'we may withhold' while assessment continues",
     why="conditional and still assessing: nothing was done, but the trusted email names items, so it must be seen (not ignored, not applied)")

case(name="x-ticket-receipt", from_="no-reply@x.com", name_from="X Support",
     date="Tue, 10 Sep 2024 05:01:10 +0000",
     subject="Case #0192837465: We received your report",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

We've received your report. Your case number is 0192837465.

Our team reviews reports in the order they are received. You do not need to
submit the report again. We'll email you when there is an update.

Please do not reply to this message; this mailbox is not monitored.

X Support
""",
     outcome="ignored",
     items={},
     imitates="X Support automatic 'We received your report' case receipt",
     why="pure receipt with a case number, no reference and no item: ignored")

case(name="x-dmarc-fail-claims", from_="legal@x.com", auth="fail",
     date="Sat, 14 Sep 2024 08:44:19 +0000",
     subject="Re: [KCSC-240910-01] Request to remove content",
     reply_to_req="req-240910-01",
     body="""Hello,

All of the following posts have been removed:

https://x.com/hanul_deals_kr/status/1833014452201987651
https://x.com/fake_newsroom7/status/1833102938475610021
https://x.com/anon_uploads_kr/status/1833698765432109877

X Legal
""",
     outcome="review", review="untrusted",
     items={},
     imitates="spoofed copy of an X legal removal notice (DMARC fail)",
     why="clear removal wording, but dmarc=fail for x.com: nothing applies, review as untrusted")

case(name="x-numbered-qp", from_="legal@x.com",
     date="Sun, 15 Sep 2024 12:02:48 +0000",
     subject="Re: KCSC-240910-01",
     reply_to_req="req-240910-01",
     raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp("""Dear KCSC,

Following our review, please see the outcome for each item of your request:

1. https://x.com/quickloan_kr24/status/1833400099887766552 \u2014 Removed (Financial scam policy)
2. https://x.com/anon_uploads_kr/status/1833698765432109877 \u2014 Removed
3. https://x.com/fake_newsroom7/status/1833102938475610022 \u2014 We could not locate this post; the link appears to be invalid.
4. https://x.com/minji_fanacc_99/status/1833301122334455667 \u2014 Not actioned: this post does not violate the X Rules and it remains available.

Kind regards,
X Legal
"""),
     outcome="applied", classification="confirmation",
     items={X[9]: "removed", X[13]: "removed", X[3]: "not_found", X[6]: "rejected"},
     imitates="X legal per-item numbered outcome list, quoted-printable with em dashes",
     why="numbered list, one status per line in four wordings; 'could not locate ... invalid' is not_found")

case(name="x-url-below-statement", from_="legal@x.com",
     date="Mon, 16 Sep 2024 06:18:27 +0000",
     subject="Re: [KCSC-240910-01] Request to remove content",
     reply_to_req="req-240910-01",
     body="""Hello,

In response to your request, the following post has been withheld in South Korea:

https://x.com/seoul_leaks_bot/status/1833220011993847731

The following post was not actioned, as we did not find it to violate the X
Rules or applicable local law:

https://x.com/hanul_deals_kr/status/1833014452201987652

X Legal
""",
     outcome="applied", classification="confirmation",
     items={X[5]: "restricted", X[1]: "rejected"},
     imitates="X legal reply with each statement above the URL it refers to",
     why="each URL sits on the line below its own statement; the second statement must not bleed onto the first URL")

case(name="x-partly-done", from_="legal@x.com",
     date="Mon, 16 Sep 2024 09:45:12 +0000",
     subject="Re: [KCSC-240910-01] Request to remove content",
     reply_to_req="req-240910-01",
     body="""Hello,

https://x.com/dm4price_kr/status/1833512345678901234 has been removed.

https://x.com/dm4price_kr/status/1833512345678901235 is still being
reviewed by our team; we will update you once a decision has been made.

X Legal
""",
     outcome="applied", classification="confirmation",
     items={X[10]: "removed"},
     imitates="X legal partial outcome: one post removed, one still under review",
     why="one removed; 'still being reviewed' leaves the other pending")

case(name="x-help-links-removed", from_="legal@x.com",
     date="Tue, 17 Sep 2024 04:00:00 +0000",
     subject="Re: [KCSC-240910-01] Request to remove content",
     reply_to_req="req-240910-01",
     body="""Hello,

We have removed https://x.com/fake_newsroom7/status/1833102938475610021 and
https://x.com/minji_fanacc_99/status/1833301122334455668 for violating our
Private information and media policy
(https://help.x.com/en/rules-and-policies/personal-information).

The account owners have been notified and may appeal
(https://help.x.com/en/forms/account-access/appeals). Further information on
our enforcement options: https://help.x.com/en/rules-and-policies/enforcement-options

X Legal
""",
     outcome="applied", classification="confirmation",
     items={X[2]: "removed", X[7]: "removed"},
     imitates="X legal prose removal notice citing policy, appeal and enforcement-options help pages",
     why="two URLs in one removal sentence (one wrapped onto the next line); three help links are not items and not unmatched claims")

case(name="x-process-notice-no-items", from_="legal@x.com",
     date="Tue, 17 Sep 2024 08:30:00 +0000",
     subject="Re: [KCSC-240910-01] Request to remove content",
     reply_to_req="req-240910-01",
     body="""Hello,

Please note that from 1 October 2024, legal requests from government
agencies should be submitted through our Legal Request portal at
https://legalrequests.x.com rather than by email. Requests already
submitted will continue to be processed.

X Legal
""",
     outcome="review", review="not_understood",
     items={},
     imitates="platform process-change notice sent in reply to a request thread",
     why="trusted, references our request, says nothing about any item: must be seen (not_understood per issue 11, as it references a request)")

# ============================================================== YouTube (5)
case(name="yt-blocked-in-korea", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date="Wed, 11 Sep 2024 23:10:44 +0000",
     subject="[5-1234000098765] Re: KCSC-240911-01",
     reply_to_req="req-240911-01",
     body="""Hello,

Thanks for reaching out to us.

In response to your legal request, we have blocked the following content
from view on the YouTube country site in South Korea:

- https://www.youtube.com/watch?v=Xq3vT9pLmK2
- https://www.youtube.com/shorts/Pz7RwQ2nJ8c

This content remains available in other locations. For more information,
please see https://support.google.com/youtube/answer/2802032

Regards,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     items={YT[0]: "restricted", YT[2]: "restricted"},
     imitates="YouTube Legal Support local-law outcome ('blocked ... from view on the YouTube country site in <country>')",
     why="a country-site block is a restriction, not a removal; bulleted list; support link is not an item")

case(name="yt-removed-and-no-action", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date="Thu, 12 Sep 2024 06:55:02 +0000",
     subject="[5-1234000098765] Re: KCSC-240911-01",
     reply_to_req="req-240911-01",
     body="""Hello,

After reviewing the content you reported, we have removed
https://www.youtube.com/watch?v=bR7nW2cZ0fA for violating YouTube's
Community Guidelines.

We have decided not to take action on https://www.youtube.com/watch?v=Lm4sD8eY1uQ.
It does not appear to violate our policies, and based on the information
provided we are unable to determine that it is unlawful in South Korea.

If you have further information, such as a court order, you may submit it
through our webform.

Regards,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     items={YT[1]: "removed", YT[3]: "rejected"},
     imitates="YouTube Legal Support mixed outcome: removal under Community Guidelines, and 'decided not to take action' with reasons",
     why="'decided not to take action ... does not appear to violate' with a reason is a rejection; the optional court-order pointer does not make it a request for more")

case(name="yt-age-restricted", from_="noreply@youtube.com", name_from="YouTube",
     date="Fri, 13 Sep 2024 01:22:17 +0000",
     subject="Update on your report - KCSC-240911-01",
     reply_to_req="req-240911-01",
     body="""Hi,

We reviewed the video you reported:
https://www.youtube.com/shorts/Hk9tV3xN5oE

The video has been age-restricted. It does not violate our Community
Guidelines, but it may not be appropriate for all audiences, so it is no
longer visible to viewers under 18 or signed-out viewers.

Learn more about age restrictions: https://support.google.com/youtube/answer/2802167

- The YouTube Team
""",
     outcome="applied", classification="confirmation",
     items={YT[4]: "restricted"},
     imitates="YouTube 'Age-restricted content' outcome notice",
     why="age restriction is a restriction; 'does not violate' inside the explanation must not turn it into a rejection")

yt_html = """<html><body><div>Hello,</div>
<div>We looked into the video you reported in request KCSC-240911-01:</div>
<div><a href="https://www.youtube.com/watch?v=Lm4sD8eY1uQ">https://www.youtube.com/watch?v=Lm4sD8eY1uQ</a></div>
<div>This video is no longer available on YouTube because it was deleted by the uploader before our review. No further action is needed.</div>
<div>Regards,<br>YouTube Legal Support</div></body></html>
"""
yt_plain = """Hello,
We looked into the video you reported in request KCSC-240911-01:
https://www.youtube.com/watch?v=Lm4sD8eY1uQ
This video is no longer available on YouTube because it was deleted by the uploader before our review. No further action is needed.
Regards,
YouTube Legal Support
"""
case(name="yt-uploader-deleted-b64-alt", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date="Sat, 14 Sep 2024 10:10:10 +0000",
     subject="[5-1234000098777] KCSC-240911-01",
     reply_to_req="req-240911-01",
     raw_mime="""Content-Type: multipart/alternative; boundary="000000000000abc46yt"

--000000000000abc46yt
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

""" + b64(yt_plain) + """
--000000000000abc46yt
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

""" + b64(yt_html) + """
--000000000000abc46yt--
""",
     outcome="applied", classification="confirmation",
     items={YT[3]: "not_found"},
     imitates="YouTube Legal Support reply that the video was already removed by its uploader (Gmail multipart/alternative, base64)",
     why="deleted by the uploader before review = not_found (not a removal by the platform); base64 in both parts")

case(name="yt-asks-court-order", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date="Sat, 14 Sep 2024 13:41:00 +0000",
     subject="[5-1234000098790] Re: KCSC-240911-01",
     reply_to_req="req-240911-01",
     body="""Hello,

Thank you for your request concerning
https://www.youtube.com/watch?v=Xq3vT9pLmK2.

To help us evaluate your request, please provide a copy of the decision or
court order showing that the content is unlawful under Korean law, and
identify the specific portion of the video (timestamps) at issue. We are
unable to proceed until we receive this information.

Regards,
The YouTube Legal Support Team
""",
     outcome="review", review="asks_more", classification="request_for_info",
     items={},
     imitates="YouTube Legal Support 'we need more information' reply asking for a court order and timestamps",
     why="asks for documents before acting: review asks_more, item stays pending")

case(name="yt-out-of-office", from_="kr-legal-lead@google.com", name_from="Jiwon Park",
     date="Thu, 12 Sep 2024 00:00:31 +0000",
     subject="Automatic reply: [KCSC-240911-01] Request to remove content",
     reply_to_req="req-240911-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until Monday 23 September with limited access to
email. For urgent legal requests please use the usual webform; your message
will not be forwarded.

Jiwon
""",
     outcome="ignored", classification="auto_reply",
     items={},
     imitates="Outlook/Exchange out-of-office 'Automatic reply:'",
     why="out-of-office auto-reply: ignored")

# ============================================================== Meta (4)
case(name="meta-restricted-local-law-echo", from_="legal-noreply@fb.com", name_from="Meta Content Review",
     date="Fri, 13 Sep 2024 04:12:30 +0000",
     subject="Your report: KCSC-240912-01",
     reply_to_req="req-240912-01",
     body="""Hi,

Thanks for your report. We've reviewed it and restricted access to the
content you reported in South Korea, as it appears to violate local law.
The content was not removed from our platforms globally because it doesn't
go against our Community Standards.

Your report
Reference: KCSC-240912-01
Reported content:
  https://www.facebook.com/groups/fakemarket.kr/posts/1284756300112233/
  https://www.facebook.com/fakepage.seoul/videos/845512390012345/
Legal basis: Network Act (Republic of Korea)

For more information on how we handle government requests, visit
https://transparency.meta.com/reports/content-restrictions/

Meta
""",
     outcome="applied", classification="confirmation",
     items={META[0]: "restricted", META[3]: "restricted"},
     imitates="Meta local-law report outcome ('restricted access ... in <country> ... not removed globally because it doesn't go against our Community Standards') with echoed report",
     why="restriction stated about 'the content you reported', items only in the echoed report; the negated global removal is explanation, not a rejection")

case(name="meta-bulleted-mixed", from_="legal-noreply@fb.com", name_from="Meta Content Review",
     date="Sat, 14 Sep 2024 02:35:09 +0000",
     subject="Update on your reports - KCSC-240912-01",
     reply_to_req="req-240912-01",
     body="""Hello,

We've finished reviewing the Instagram content you reported:

* https://www.instagram.com/p/C9xYzAbCdEf/
  We removed this post because it goes against our Community Guidelines on
  privacy violations.

* https://www.instagram.com/reel/C9kLmNoPqRs/
  We didn't remove this reel because it doesn't go against our Community
  Guidelines.

You can learn more at https://help.instagram.com/477434105621119

Instagram, Meta Platforms, Inc.
""",
     outcome="applied", classification="confirmation",
     items={META[1]: "removed", META[2]: "rejected"},
     imitates="Instagram report outcome: 'We removed this post because it goes against ...' / 'We didn't remove ... because it doesn't go against our Community Guidelines'",
     why="bulleted URL with its status on the indented lines below; negated removal with a reason is a rejection")

case(name="meta-on-wrote-quote", from_="trust-safety@meta.com", name_from="Meta Trust & Safety",
     date="Sun, 15 Sep 2024 07:08:00 +0000",
     subject="Re: [KCSC-240912-01] Request to remove content",
     reply_to_req="req-240912-01",
     body="""Hello,

The Instagram reel https://www.instagram.com/reel/C9kLmNoPqRs/ has been
taken down following a second review.

Best regards,
Meta Trust & Safety

""" + "\n".join(our_request("KCSC-240912-01", META, "Thu, Sep 12, 2024 at 11:00 AM")),
     outcome="applied", classification="confirmation",
     items={META[2]: "removed"},
     imitates="short trust-and-safety reply above an unprefixed Gmail 'On ... wrote:' quote",
     why="only the reel is taken down; the quoted request (without '>' prefixes) lists all four URLs with 'removal' wording and counts for nothing")

case(name="meta-unknown-sender", from_="review@meta-contentsupport.com", name_from="Meta Content Support",
     date="Sun, 15 Sep 2024 11:20:00 +0000",
     subject="Re: [KCSC-240912-01] Request to remove content",
     reply_to_req="req-240912-01",
     body="""Hello,

We have removed the following content:
https://www.instagram.com/p/C9xYzAbCdEf/
https://www.facebook.com/groups/fakemarket.kr/posts/1284756300112233/

Meta Content Support
""",
     outcome="review", review="unknown_sender",
     items={},
     imitates="look-alike 'Meta support' domain sending a removal notice (phishing pattern)",
     why="authenticated but for a domain no platform owns: review unknown_sender, nothing applied")

case(name="meta-report-receipt", from_="notification@facebookmail.com", name_from="Facebook",
     date="Thu, 12 Sep 2024 02:01:45 +0000",
     subject="We received your report",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hi KCSC,

Thanks for your report. We've received it and will let you know when we've
reviewed it. You can see the status of your report in your Support Inbox:
https://www.facebook.com/support/

Report ID: 1029384756

The Facebook Team
""",
     outcome="ignored",
     items={},
     imitates="Facebook 'Thanks for your report - we received it' support-inbox receipt",
     why="receipt with a report id, names no item and no request: ignored")

# ============================================================== TikTok (3)
case(name="tiktok-removed-and-not-located", from_="legal@tiktok.com", name_from="TikTok Legal",
     date="Sat, 14 Sep 2024 03:03:03 +0000",
     subject="RE: KCSC-240913-01 | Ticket 88410233",
     reply_to_req="req-240913-01",
     body="""Dear KCSC,

Thank you for contacting TikTok. After reviewing your report, we have removed
the following videos for violating our Community Guidelines:

https://www.tiktok.com/@fake.seller.kr/video/7412345678901234567
https://www.tiktok.com/@fake.seller.kr/video/7412345678901234599

We were unable to locate any content at the following URL. Please check that
the link is correct:

https://www.tiktok.com/@nightcam_kr00/video/7413987654321098765

Community Guidelines: https://www.tiktok.com/community-guidelines

Best,
TikTok Legal Team
""",
     outcome="applied", classification="confirmation",
     items={TT[0]: "removed", TT[1]: "removed", TT[2]: "not_found"},
     imitates="TikTok legal/law-enforcement outreach reply: 'we have removed the following videos' / 'unable to locate any content at the following URL'",
     why="two headings each over their URL lists; 'check that the link is correct' is part of the not-found notice, not a request for more")

case(name="tiktok-outlook-restricted", from_="legal@tiktok.com", name_from="TikTok Legal",
     date="Sun, 15 Sep 2024 05:50:00 +0000",
     subject="RE: [KCSC-240913-01] Request to remove content",
     reply_to_req="req-240913-01",
     body="""Hello,

Please be informed that the video below has been restricted in South Korea
pursuant to local law:
https://www.tiktok.com/@nightcam_kr00/video/7413987654321098765

Kind regards,
TikTok Legal Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:30 AM
To: legal-kr@tiktok.com
Subject: [KCSC-240913-01] Request to remove content

Please remove the following videos, which have been found to be unlawful:
https://www.tiktok.com/@fake.seller.kr/video/7412345678901234567 - must be removed
https://www.tiktok.com/@fake.seller.kr/video/7412345678901234599 - must be removed
https://www.tiktok.com/@nightcam_kr00/video/7413987654321098765 - must be removed
""",
     outcome="applied", classification="confirmation",
     items={TT[2]: "restricted"},
     imitates="Outlook reply with '-----Original Message-----' block over our request",
     why="one video restricted in Korea; the quoted request below the Outlook separator is not the platform's statement")

case(name="tiktok-will-review", from_="legal@tiktok.com", name_from="TikTok Legal",
     date="Fri, 13 Sep 2024 08:00:00 +0000",
     subject="RE: KCSC-240913-01 | Ticket 88410233",
     reply_to_req="req-240913-01",
     body="""Dear KCSC,

Thank you for your report. Our team will review the videos below and take
appropriate action in accordance with our Community Guidelines and
applicable law:

https://www.tiktok.com/@fake.seller.kr/video/7412345678901234567
https://www.tiktok.com/@nightcam_kr00/video/7413987654321098765

Best,
TikTok Legal Team
""",
     outcome="review", review="not_understood",
     items={},
     imitates="TikTok ticket reply promising review and 'appropriate action'",
     why="future tense, nothing done; it names items, so it goes to review rather than being ignored (arguable: could be read as a receipt)")

case(name="tiktok-some-actioned", from_="legal@tiktok.com", name_from="TikTok Legal",
     date="Mon, 16 Sep 2024 02:30:00 +0000",
     subject="RE: KCSC-240913-01 | Ticket 88410233",
     reply_to_req="req-240913-01",
     body="""Dear KCSC,

We have taken action on some of the videos in your report, in line with our
Community Guidelines. Reported videos:

https://www.tiktok.com/@fake.seller.kr/video/7412345678901234567
https://www.tiktok.com/@fake.seller.kr/video/7412345678901234599
https://www.tiktok.com/@nightcam_kr00/video/7413987654321098765

Best,
TikTok Legal Team
""",
     outcome="review", review="not_understood",
     items={},
     imitates="TikTok reply stating action on 'some of' the reported videos without saying which",
     why="'some of the videos' cannot be attributed to any one item: review, nothing applied (reason arguable: bulk or not_understood)")

# ============================================================== Reddit (2)
case(name="reddit-violates-removed-echo", from_="noreply@redditmail.com", name_from="Reddit",
     date="Mon, 16 Sep 2024 09:12:00 +0000",
     subject="Re: Your Reddit report",
     body="""Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating,
we've found that the reported content violates Reddit's Content Policy and
have removed it.

Report details
Report reason: Illegal or prohibited transactions
Reported content: https://www.reddit.com/r/fakekoreadeals/comments/1fh2k9x/cheap_pills_no_prescription/
Reference: KCSC-240916-01

Thanks again for your report and for looking out for yourself and your fellow
redditors. Your reporting helps make Reddit a better, safer, and more welcoming
place for everyone.

Reddit Safety | https://www.redditinc.com/policies/content-policy
""",
     outcome="applied", classification="confirmation",
     items={RD[0]: "removed"},
     imitates="Reddit admin report outcome ('After investigating, we've found that the reported content violates Reddit's Content Policy') with 'Report details' echo",
     why="statement about 'the reported content' + echoed report block naming the post; the policy link is not an item")

case(name="reddit-no-violation-echo", from_="noreply@redditmail.com", name_from="Reddit",
     date="Tue, 17 Sep 2024 11:40:00 +0000",
     subject="Re: Your Reddit report",
     body="""Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating,
we've found that the reported content doesn't violate Reddit's Content Policy.

Report details
Report reason: Illegal or prohibited transactions
Reported content: https://www.reddit.com/r/fakekoreadeals/comments/1fh3m0q/comment/lmz8k2w/
Reference: KCSC-240916-01

If you believe we got this wrong, you can request another review:
https://support.reddithelp.com/hc/en-us/requests/new

Reddit Safety
""",
     outcome="applied", classification="confirmation",
     items={RD[1]: "rejected"},
     imitates="Reddit admin report outcome 'the reported content doesn't violate Reddit's Content Policy' with echoed report",
     why="no-violation finding = rejected for the echoed comment; the re-review link is not an item")

bounce_orig = """From: KCSC Takedown <takedown@kcsc.example>
To: legal@reddit.com
Subject: Reminder: [KCSC-240916-01] Request to remove content
Message-ID: <rem-240916-01-1@kcsc.example>
Date: Thu, 19 Sep 2024 10:00:00 +0900

This is a reminder about our request KCSC-240916-01. The following content
has not yet been removed:
https://www.reddit.com/r/fakekoreadeals/comments/1fh2k9x/cheap_pills_no_prescription/
"""
case(name="reddit-bounce-dsn", from_="MAILER-DAEMON@reddit.com", name_from="Mail Delivery System",
     date="Thu, 19 Sep 2024 01:00:04 +0000",
     subject="Undelivered Mail Returned to Sender",
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="46DSN.reddit"

--46DSN.reddit
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.reddit.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@reddit.com>: mailbox full; message rejected (552 5.2.2)

--46DSN.reddit
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.reddit.com
Arrival-Date: Thu, 19 Sep 2024 01:00:02 +0000

Final-Recipient: rfc822; legal@reddit.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--46DSN.reddit
Content-Description: Undelivered Message
Content-Type: message/rfc822

""" + bounce_orig + """
--46DSN.reddit--
""",
     outcome="ignored", classification="bounce",
     items={},
     imitates="Postfix delivery status notification (multipart/report; report-type=delivery-status) returning our reminder",
     why="bounce of our own reminder; the embedded reminder says 'not yet been removed' and must count for nothing")

case(name="reddit-autoreply-precedence", from_="legal@reddit.com", name_from="Reddit Legal",
     date="Mon, 16 Sep 2024 04:00:12 +0000",
     subject="Re: [KCSC-240916-01] Request to remove content",
     reply_to_req="req-240916-01",
     extra_headers=["Precedence: auto_reply", "X-Autoreply: yes"],
     body="""Thank you for contacting Reddit Legal. This is an automated response.

Government and law enforcement requests are handled in the order received.
Please do not send duplicate requests. Content policy questions can be found
at https://support.reddithelp.com.
""",
     outcome="ignored",
     items={},
     imitates="legal-mailbox automated response (Precedence: auto_reply, X-Autoreply)",
     why="automatic response naming no item: ignored")

# ============================================================== Discord (1)
case(name="discord-one-sentence", from_="trust-safety@discord.com", name_from="Discord Trust & Safety",
     date="Tue, 17 Sep 2024 08:22:55 +0000",
     subject="Re: [KCSC-240917-01] Request to remove content [#31457790]",
     reply_to_req="req-240917-01",
     body="""https://discord.com/channels/1123456789012345678/1123456789012345679/1284400000000000001
This message has been deleted and the account that posted it has been actioned under our Community Guidelines.

Discord Trust & Safety
https://discord.com/guidelines
""",
     outcome="applied", classification="confirmation",
     items={DC[0]: "removed"},
     imitates="Discord Trust & Safety ticket reply: a URL and one sentence (message deleted, account actioned)",
     why="a notice that is only a URL and one sentence; the guidelines link is not an item")

case(name="discord-read-receipt", from_="legal@discord.com", name_from="Discord Legal",
     date="Tue, 17 Sep 2024 01:30:00 +0000",
     subject="Read: [KCSC-240917-01] Request to remove content",
     reply_to_req="req-240917-01",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="46mdn"

--46mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@discord.com
  Subject: [KCSC-240917-01] Request to remove content
  Sent: Tuesday, September 17, 2024 10:00 AM (UTC+09:00) Seoul

was read on Tuesday, September 17, 2024 10:29 AM (UTC+09:00) Seoul.

--46mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.discord.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal@discord.com
Original-Message-ID: <req-240917-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--46mdn--
""",
     outcome="ignored", classification="read_receipt",
     items={},
     imitates="Exchange read receipt (MDN, multipart/report; report-type=disposition-notification)",
     why="read receipt: ignored")

case(name="discord-asks-more", from_="trust-safety@discord.com", name_from="Discord Trust & Safety",
     date="Tue, 17 Sep 2024 05:05:05 +0000",
     subject="Re: [KCSC-240917-01] Request to remove content [#31457790]",
     reply_to_req="req-240917-01",
     body="""Hello,

Thanks for reaching out. We were able to open the link you sent
(https://discord.com/channels/1123456789012345678/1123456789012345679/1284400000000000001),
but to take action we need more context. Could you please send us
screenshots of the message together with the user ID of the account that
posted it? You can find instructions at
https://support.discord.com/hc/en-us/articles/206346498

Once we receive this we will continue our investigation.

Discord Trust & Safety
""",
     outcome="review", review="asks_more", classification="request_for_info",
     items={},
     imitates="Discord Trust & Safety request for screenshots and user IDs before acting",
     why="asks for more information; 'able to open the link' is not a status")

# ============================================================== Telegram (3)
case(name="tg-blocked-and-author-deleted", from_="dsa@telegram.org",
     date="Tue, 10 Sep 2024 12:14:00 +0000",
     subject="Re: KCSC-240909-01",
     reply_to_req="req-240909-01",
     body="""Hello,

Thank you for your report. The following messages have been blocked:
https://t.me/fake_pharm_kr/1043
https://t.me/fake_pharm_kr/1051

https://t.me/leakroom_kr2/77 - this message had already been deleted by its
author before we processed your report.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"},
     imitates="Telegram abuse desk reply ('the following messages have been blocked'; 'already deleted by its author')",
     why="Telegram's 'blocked' without a country = made unavailable = removed; deleted by its author = not_found")

case(name="tg-claims-x-items", from_="dsa@telegram.org",
     date="Wed, 11 Sep 2024 09:00:00 +0000",
     subject="Re: KCSC-240909-01",
     reply_to_req="req-240909-01",
     body="""Hello,

We have removed the content you reported:
https://x.com/quickloan_kr24/status/1833400099887766551
https://x.com/quickloan_kr24/status/1833400099887766552

Telegram Abuse Team
""",
     outcome="review", review="wrong_platform",
     items={},
     imitates="Telegram abuse desk reply that (mistakenly) names another platform's posts",
     why="Telegram cannot confirm X's items: they stay pending and the email goes to review")

case(name="tg-appears-removed-hedged", from_="dsa@telegram.org",
     date="Thu, 12 Sep 2024 03:33:00 +0000",
     subject="Re: KCSC-240909-01",
     reply_to_req="req-240909-01",
     body="""Hello,

https://t.me/leakroom_kr2/77 appears to have been removed already, possibly
by the channel owner. We are checking whether any further action is needed.

Telegram Abuse Team
""",
     outcome="review", review="not_understood",
     items={},
     imitates="Telegram abuse desk hedged reply ('appears to have been removed ... possibly by the channel owner')",
     why="hedged ('appears', 'possibly') and still checking: a clerk would hesitate, review")

case(name="youtube-dmarc-fail-unrelated", from_="legal-kr@google.com", name_from="YouTube Legal Support", auth="fail",
     date="Sun, 15 Sep 2024 22:00:00 +0000",
     subject="[5-1234000098800] Re: KCSC-240911-01",
     reply_to_req="req-240911-01",
     body="""Hello,

The following video has been removed for violating our Community Guidelines:
https://www.youtube.com/shorts/Hk9tV3xN5oE

The YouTube Legal Support Team
""",
     outcome="review", review="untrusted",
     items={},
     imitates="YouTube Legal Support removal notice arriving with DMARC fail",
     why="dmarc=fail for google.com: nothing applied, review untrusted")

case(name="meta-two-statements-one-line-each", from_="legal-noreply@fb.com", name_from="Meta Content Review",
     date="Wed, 18 Sep 2024 06:00:00 +0000",
     subject="Update on your report - KCSC-240912-01",
     reply_to_req="req-240912-01",
     body="""Hello,

Update on your report KCSC-240912-01:

https://www.facebook.com/fakepage.seoul/videos/845512390012345/ - Removed: goes against our Community Standards on privacy.
https://www.instagram.com/p/C9xYzAbCdEf/ - Content isn't available; it may have been deleted by the person who shared it.

Meta
""",
     outcome="applied", classification="confirmation",
     items={META[3]: "removed", META[1]: "not_found"},
     imitates="Meta report update with per-line results, including the 'This content isn't available' page wording",
     why="first line removed; second: 'Content isn't available' is stated plainly, the hedge only guesses who deleted it: not_found. (Written first as pending, with not_found named as arguable; changed by the lead after the first run, openly: a hedged guess explaining a plain statement does not take it back, as in other sets.)")


case(name="yt-plaintext-columns", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date="Tue, 17 Sep 2024 02:10:00 +0000",
     subject="[5-1234000098812] Re: KCSC-240911-01",
     reply_to_req="req-240911-01",
     body="""Hello,

We have completed our review of request KCSC-240911-01. Summary:

URL                                             Outcome
----------------------------------------------  ---------------------------------
https://www.youtube.com/watch?v=Xq3vT9pLmK2     Removed (Harassment policy)
https://www.youtube.com/watch?v=bR7nW2cZ0fA     Locally blocked - KR
https://www.youtube.com/shorts/Pz7RwQ2nJ8c      No action - no policy violation

Regards,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected"},
     imitates="YouTube legal summary pasted as a fixed-width plain-text table (URL / Outcome)",
     why="column layout: each row's outcome belongs to the URL on the same row")

case(name="tiktok-sor-fields", from_="dsa-notices@tiktok.com", name_from="TikTok",
     date="Tue, 17 Sep 2024 07:45:00 +0000",
     subject="Decision on your report - KCSC-240913-01",
     reply_to_req="req-240913-01",
     body="""Dear KCSC,

We have reached a decision on your report.

Content: https://www.tiktok.com/@fake.seller.kr/video/7412345678901234599
Decision: Access restricted in South Korea
Ground: Illegal content under applicable local law
Automated means used: No

Content: https://www.tiktok.com/@nightcam_kr00/video/7413987654321098765
Decision: Removed globally
Ground: Violation of Community Guidelines (Adult nudity and sexual activities)
Automated means used: No

You may appeal this decision within 6 months: https://www.tiktok.com/legal/report/appeal

TikTok Trust & Safety
""",
     outcome="applied", classification="confirmation",
     items={TT[1]: "restricted", TT[2]: "removed"},
     imitates="TikTok decision notice in the style of a DSA statement of reasons (Content / Decision / Ground / Automated means)",
     why="field blocks: each Decision belongs to the Content URL of its block; the appeal link is not an item")

meta_html = """<html><body>
<p>Hi,</p>
<p>We reviewed the Instagram post you reported on behalf of the Korea Communications Standards Commission (KCSC-240912-01) and removed it because it goes against our Community Guidelines.</p>
<p>Post: <a href="https://www.instagram.com/p/C9xYzAbCdEf/">instagram.com/p/C9xYzAbCdEf</a></p>
<p>Thanks,<br>Instagram</p>
</body></html>
"""
meta_plain = """Hi,

We reviewed the Instagram post you reported on behalf of the Korea Communications Standards Commission (KCSC-240912-01) and removed it because it goes against our Community Guidelines.

Post: https://www.instagram.com/p/C9xYzAbCdEf/

Thanks,
Instagram
"""
case(name="instagram-alt-qp", from_="no-reply@instagram.com", name_from="Instagram",
     date="Wed, 18 Sep 2024 09:09:09 +0000",
     subject="We removed the post you reported",
     raw_mime="""Content-Type: multipart/alternative; boundary="ig46alt"

--ig46alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(meta_plain) + """
--ig46alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(meta_html) + """
--ig46alt--
""",
     outcome="applied", classification="confirmation",
     items={META[1]: "removed"},
     imitates="Instagram 'We removed the post you reported' notice (multipart/alternative, quoted-printable)",
     why="statement about 'the post you reported' with the post link on a labelled line below; reference only in the body")

# ----------------------------------------------------------------- write
for c in C:
    c["from"] = c.pop("from_")

HEADER = """# Blind set 46 (issue 11): a general English mix across many platforms.
# Written from public notice templates without reading the reader or any
# other set; expected results come from each email's meaning, written before
# anything ran. Generated by make.py - do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind46", HEADER, C)
    print("%d cases" % len(C))
