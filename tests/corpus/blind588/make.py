#!/usr/bin/env python3
"""Blind set 588: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted or corrected by a note, statuses given by position.

    python3 tests/corpus/blind588/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(day, hh, mm, tz=UTC, ss=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=tz))


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240909-01", "KCSC-240910-02", "KCSC-240910-03", "KCSC-240911-04",
    "KCSC-240912-05", "KCSC-240912-06", "KCSC-240913-07",
)
MID = {r: "req-" + r[5:] for r in (R1, R2, R3, R4, R5, R6, R7)}

Y = [None,
     "https://www.youtube.com/watch?v=Qm3vT8kLpa2",
     "https://www.youtube.com/watch?v=hR7nXe2Wc0d",
     "https://www.youtube.com/watch?v=b9KfZ1uTy4s",
     "https://www.youtube.com/watch?v=Lp0wG5sDe8m",
     "https://www.youtube.com/watch?v=t2JcV6nHq1r",
     "https://www.youtube.com/watch?v=Wz4aM8oPk3f",
     "https://www.youtube.com/shorts/Ke8dN2vBx7u",
     "https://www.youtube.com/shorts/Ra5yH0mQj9c",
     "https://www.youtube.com/watch?v=Ue1pS7rGz6k",
     "https://www.youtube.com/@moonlit_bet_tv",
     "https://www.youtube.com/watch?v=Cx6fL3wTn5h",
     "https://www.youtube.com/watch?v=Ng2bR9eYs4v",
     "https://www.youtube.com/watch?v=Ho7kD4jMu0p"]
X = [None,
     "https://x.com/fastcoin_kr/status/1831122334455667781",
     "https://x.com/fastcoin_kr/status/1831122334455667902",
     "https://x.com/pill_express_24/status/1830987766554433120",
     "https://x.com/pill_express_24"]
T = [None,
     "https://t.me/greenleaf_shop_kr/412",
     "https://t.me/greenleaf_shop_kr/415",
     "https://t.me/nightmarket_seoul",
     "https://t.me/luckyspin_bet/77"]
N5_RAW = "https://m.blog.naver.com/직구대행/223571100045"
N = [None,
     "https://blog.naver.com/sunny_trade77/223560011234",
     "https://blog.naver.com/sunny_trade77/223560019876",
     "https://cafe.naver.com/bluemoonclub/88213",
     "https://cafe.naver.com/bluemoonclub/88240",
     "https://m.blog.naver.com/" + quote("직구대행") + "/223571100045"]
D = [None,
     "https://cafe.daum.net/lucky7zone/Fr9k/1043",
     "https://cafe.daum.net/lucky7zone/Fr9k/1057"]
K1 = "https://www.tiktok.com/@quickpill.kr/video/7411223344556677889"

REQUESTS = [
    (R1, "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", "illegal_gambling",
     [(u, "") for u in Y[1:]]),
    (R2, "x", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", "drugs",
     [(X[1], ""), (X[2], ""), (X[3], 'post quoting a "pharmacy" price list'),
      (X[4], "whole account, not a single post")]),
    (R3, "telegram", "2024-09-10T14:30:00+09:00", "2024-09-17T18:00:00+09:00", "drugs",
     [(T[1], ""), (T[2], ""), (T[3], "public channel, about 4,200 subscribers")]),
    (R4, "naver", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", "illegal_trade",
     [(N[1], ""), (N[2], ""), (N[3], "cafe post, members only"), (N[4], ""),
      (N[5], "Korean blog id, stored percent-encoded")]),
    (R5, "kakao", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", "illegal_gambling",
     [(D[1], ""), (D[2], "")]),
    (R6, "tiktok", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00", "drugs",
     [(K1, "")]),
    (R7, "telegram", "2024-09-13T09:00:00+09:00", "2024-09-20T18:00:00+09:00", "illegal_gambling",
     [(T[4], "")]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, items in REQUESTS:
            for url, note in items:
                w.writerow([ref, plat, sent, due, url, cat, f"<{MID[ref]}@kcsc.example>", note])


# ---------------------------------------------------------------- helpers
def qp(text, subtype="plain"):
    body = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{subtype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def quoted_request(ref, urls, when):
    lines = [f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:",
             "> Dear Sir or Madam,",
             ">",
             f"> Our reference: {ref}",
             "> The Korea Communications Standards Commission asks you to remove or",
             "> block access to the following content, which breaches Korean law:",
             ">"]
    lines += [f"> {i}. {u}" for i, u in enumerate(urls, 1)]
    lines += [">", "> Please reply to this address with the action taken for each URL.",
              ">", "> KCSC Takedown desk"]
    return "\n".join(lines)


GOOG = "youtube-legal-support@google.com"
XL = "legal-support@x.com"
TG = "abuse@telegram.org"
NV = "report@navercorp.com"
KK = "cs-policy@kakaocorp.com"
TT = "legal@tiktok.com"

cases = []


def case(**c):
    cases.append(c)


# ================================================================ YouTube (R1, 13 items)
case(
    name="yt-one-sentence-four-outcomes",
    imitates="YouTube legal removals reply (Google legal support, Gmail quoting)",
    **{"from": GOOG}, name_from="YouTube Legal Support", date=d(11, 6, 12),
    subject=f"Re: [{R1}] Request for removal of illegal gambling promotion (13 URLs)",
    reply_to_req=MID[R1],
    body=f"""
Hello,

Thank you for your notice concerning the videos listed in your letter of 9 September.

Following our review, we removed {Y[1]} and {Y[2]} for violating our Community Guidelines, blocked {Y[3]} from view in South Korea on the basis of local law, and took no action on {Y[4]}, which in our assessment does not violate our policies or Korean law.

We are still looking at the remaining URLs in your request and will write again once that review is complete.

Regards,
Min-seo
YouTube Legal Support

{quoted_request(R1, Y[1:], "Mon, Sep 9, 2024 at 10:00 AM")}
""",
    outcome="applied",
    why="one sentence carries removed, removed, restricted (KR) and a refusal; the quoted request below names all 13",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-hedge-in-relative-clause",
    imitates="YouTube legal partial outcome reply",
    **{"from": GOOG}, name_from="YouTube Legal Support", date=d(12, 2, 40),
    subject=f"Your legal request {R1} - partial outcome",
    body=f"""
Hi,

We have reviewed three further URLs from your request {R1}.

{Y[5]} has been restricted and is no longer viewable in South Korea.

We could not find {Y[6]}, which may have been deleted by its uploader before our team reached it; the link now returns "Video unavailable".

{Y[7]}, which appears to promote an unlicensed betting site, is still with our specialist team and no decision has been made on it yet.

Best regards,
YouTube Legal Support
""",
    outcome="applied",
    why="hedge sits in relative clauses: 'could not find' stands (not_found), 'appears to promote ... no decision yet' stays pending",
    items={Y[5]: "restricted", Y[6]: "not_found", Y[7]: "pending"},
)

case(
    name="yt-not-removed-news-report",
    imitates="YouTube reply declining a legal request with reasons",
    **{"from": GOOG}, name_from="YouTube Legal Support", date=d(12, 8, 5),
    subject=f"Re: [{R1}] Request for removal of illegal gambling promotion (13 URLs)",
    reply_to_req=MID[R1],
    body=f"""
Dear KCSC,

We have not removed {Y[8]}. The Short is a news segment reporting on a police operation against illegal betting operators; it neither promotes nor links to any gambling service, and we did not find it to violate our Community Guidelines or local law. It therefore remains available on YouTube.

By contrast, {Y[9]} has been removed from YouTube under our spam, deceptive practices and scams policy.

Kind regards,
YouTube Legal Support
""",
    outcome="applied",
    why="negated removal with a reason is a refusal (rejected); the next paragraph removes another video",
    items={Y[8]: "rejected", Y[9]: "removed"},
)

case(
    name="yt-channel-update-terminated",
    imitates="YouTube follow-up on a channel (geo-block then termination) and age restriction",
    **{"from": GOOG}, name_from="YouTube Legal Support", date=d(13, 5, 22),
    subject=f"Update on {R1}",
    body=f"""
Hello again,

Two further outcomes for your request {R1}.

Channel {Y[10]}
On 12 September we restricted access to this channel in South Korea. Since then, further review found that the channel was created to get around an earlier termination, and it has now been terminated. The channel and all of its videos are no longer available anywhere on YouTube.

Video {Y[11]}
Age-restricted. It can no longer be watched by signed-out viewers or by viewers under 18.

YouTube Legal Support
""",
    outcome="applied",
    why="later sentence revises the channel from restricted (KR) to terminated globally; age restriction is restricted",
    items={Y[10]: "removed", Y[11]: "restricted"},
)

case(
    name="yt-html-table-corrected-by-note",
    imitates="YouTube legal outcome table (HTML) with a correction note",
    **{"from": GOOG}, name_from="YouTube Legal Support", date=d(13, 7, 3),
    subject=f"[{R1}] Outcome of your request",
    type="html",
    body=f"""
<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Below is the outcome for two of the URLs in your request {R1}.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{Y[12]}">{Y[12]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{Y[13]}">{Y[13]}</a></td><td>Removed</td><td>Global</td></tr>
</table>
<p><b>Correction:</b> the second row above was filled in incorrectly by our tool. The video
<a href="{Y[13]}">{Y[13]}</a> was not removed; it has been blocked in South Korea only and
remains available in other countries.</p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>
""",
    outcome="applied",
    why="table says both removed; the note explicitly corrects the second row to a Korea-only block",
    items={Y[12]: "removed", Y[13]: "restricted"},
)

case(
    name="yt-numbered-positions-in-body",
    imitates="YouTube legal reply referring to videos by bracketed number",
    **{"from": GOOG}, name_from="YouTube Legal Support", date=d(14, 1, 15),
    subject=f"Your request {R1}: outcome for four videos",
    body=f"""
Hello,

Outcome for the following videos from your request {R1}:

[1] {Y[1]}
[2] {Y[3]}
[3] {Y[5]}
[4] {Y[7]}

Videos [1] and [3] have been removed for violating our policies. Video [2] has been blocked in South Korea. We have not taken action on video [4]: after review it does not violate our Community Guidelines, and your notice does not identify a Korean law that it breaks.

Regards,
YouTube Legal Support
""",
    outcome="applied",
    why="statuses given by position [n]; the numbered list in the platform's own text maps each number to a URL",
    items={Y[1]: "removed", Y[3]: "restricted", Y[5]: "removed", Y[7]: "rejected"},
)

case(
    name="yt-bare-url-outcome-below",
    imitates="YouTube legal webform outcome email (URL line, Outcome line below)",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal", date=d(14, 3, 48),
    subject=f"Legal request {R1} - outcome",
    body=f"""
Thanks for contacting Google Legal.

URL: {Y[9]}
Outcome: Content has been actioned under our policies

URL: {Y[2]}
Outcome: No action taken. The content does not violate YouTube's Community Guidelines.

URL: {Y[4]}
Outcome: Not available - the video had already been deleted by the uploader.

For more information about how we handle legal requests, see https://support.google.com/legal/answer/3110420

The Google Legal Team
""",
    outcome="applied",
    why="status on the line below each bare URL: actioned (removed), no action (rejected), deleted by uploader (not_found); help link is not an item",
    items={Y[9]: "removed", Y[2]: "rejected", Y[4]: "not_found"},
)

case(
    name="yt-will-be-removed-promise",
    imitates="YouTube legal support reply announcing a future removal",
    **{"from": GOOG}, name_from="YouTube Legal Support", date=d(11, 9, 30),
    subject=f"Re: [{R1}] Request for removal of illegal gambling promotion (13 URLs)",
    reply_to_req=MID[R1],
    body=f"""
Hello,

We have looked at {Y[1]} and {Y[2]} and agree that they break our policies on
gambling content. Both videos will be removed from YouTube within the next 24 hours, and
we will confirm to you once this has been completed.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    why="a finding plus a promise ('will be removed'): no status yet for either video",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-bulk-all-actioned",
    imitates="YouTube legal closure email covering the whole request",
    **{"from": GOOG}, name_from="YouTube Legal Support", date=d(18, 4, 10),
    subject=f"[{R1}] Request closed",
    body=f"""
Hello,

All of the URLs listed in your request {R1} have been actioned under our policies.
We consider this request closed.

You can read about our Community Guidelines at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

YouTube Legal Support
""",
    outcome="review", review="bulk",
    why="one statement for a 13-item request without naming any URL",
    items={u: "pending" for u in Y[1:]},
)

case(
    name="yt-ooo-autoreply",
    imitates="Outlook/Gmail out-of-office auto-reply from a Google employee",
    **{"from": "jiwoo.han@google.com"}, name_from="Jiwoo Han", date=d(9, 1, 1),
    subject=f"Automatic reply: [{R1}] Request for removal of illegal gambling promotion (13 URLs)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", f"In-Reply-To: <{MID[R1]}@kcsc.example>"],
    body="""
Thank you for your email. I am out of the office until 23 September with limited access to email.

For urgent legal requests from Korean authorities, please write to legal-kr@google.com, where a colleague will pick them up.

Jiwoo Han
""",
    outcome="ignored", classification="auto_reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="yt-qp-unable-and-uploader-deleted",
    imitates="YouTube legal reply in quoted-printable with a Korean greeting",
    **{"from": GOOG}, name_from="YouTube Legal Support", date=d(15, 23, 55),
    subject=f"RE: {R1}",
    raw_mime=qp(f"""
안녕하세요, KCSC 담당자님.

Regarding request {R1}:

We were unable to remove {Y[12]}. It is a documentary about gambling addiction that shows short clips of a betting site for illustration; it does not direct viewers to the site, and we found no breach of our policies or of the laws cited in your notice.

{Y[13]} is no longer on YouTube: the uploader deleted it on 10 September, before our review.

감사합니다.
YouTube Legal Support
"""),
    outcome="applied",
    why="'unable to remove' with a reason is a refusal; deleted by its uploader is not_found (QP soft breaks inside URLs)",
    items={Y[12]: "rejected", Y[13]: "not_found"},
)

case(
    name="yt-age-restricted-not-removed",
    imitates="YouTube legal reply: age restriction instead of removal, local block",
    **{"from": GOOG}, name_from="YouTube Legal Support", date=d(16, 6, 0),
    subject=f"Re: [{R1}] Request for removal of illegal gambling promotion (13 URLs)",
    reply_to_req=MID[R1],
    body=f"""
Hello,

We did not remove {Y[6]}. Instead, we have placed an age restriction on it, so it can only be viewed by signed-in adults.

The video {Y[11]} is not available in South Korea anymore: we blocked it there under local law. It remains visible in other countries.

YouTube Legal Support
""",
    outcome="applied",
    why="'did not remove' is revised by 'instead ... age restriction' (restricted); 'not available in South Korea' is a local block (restricted)",
    items={Y[6]: "restricted", Y[11]: "restricted"},
)

# ================================================================ X (R2, 4 items)
case(
    name="x-withheld-and-refused-one-sentence",
    imitates="X legal request outcome (country withheld content)",
    **{"from": XL}, name_from="X Legal", date=d(12, 10, 2),
    subject=f"Your request {R2}",
    body=f"""
Hello,

We have reviewed your request (ref. {R2}).

We have withheld {X[1]} and {X[2]} in South Korea, but we are not taking action on {X[3]}, as the post is a pharmacist's public-health warning and does not violate the X Rules or, in our view, Korean law.

Withheld content remains available outside the country in which it is withheld. Learn more: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
""",
    outcome="applied",
    why="one sentence: two withheld in KR, a refusal with its reason for the third; the account URL is not spoken about",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="x-suspended-and-correction",
    imitates="X legal follow-up correcting an earlier reply",
    **{"from": XL}, name_from="X Legal", date=d(14, 2, 31),
    subject=f"Re: Your request {R2}",
    body=f"""
Hello,

Following up on {R2}.

The account {X[4]} has been suspended for violating our rules on illegal or certain regulated goods and services.

Correction to our message of 12 September: we told you that {X[2]} had been withheld in Korea. That was wrong. The post had already been deleted by the account holder before we acted, so there was nothing for us to withhold.

Apologies for the confusion.
X Legal
""",
    outcome="applied",
    why="account suspended (removed); the correction replaces 'withheld' by deleted by its author (not_found)",
    items={X[4]: "removed", X[2]: "not_found"},
)

case(
    name="x-forged-dkim-fail",
    imitates="phishing-style 'request completed' notice spoofing X",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail", date=d(13, 18, 44),
    subject=f"Request {R2} completed - download your report",
    body=f"""
Your request {R2} has been completed.

Removed:
{X[1]}
{X[2]}
{X[3]}
{X[4]}

To download the full compliance report, sign in to the Legal Request Portal within 48 hours.

X Legal Request Portal
""",
    outcome="review", review="untrusted",
    why="From x.com but DKIM/SPF/DMARC fail",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-lookalike-domain",
    imitates="look-alike legal support domain claiming a removal",
    **{"from": "legal@x-legalsupport.com"}, name_from="X Legal Team", date=d(15, 3, 3),
    subject=f"RE: {R2} outcome",
    body=f"""
Dear Commission,

We confirm that {X[3]} has been removed from the platform.

Best regards,
X Legal Team
""",
    outcome="review", review="unknown_sender",
    why="sender domain is not X's",
    items={X[3]: "pending"},
)

CSV_X = f"""reported_url,decision,scope,policy
{X[1]},Withheld,KR,Local law
{X[2]},Withheld,KR,Local law
{X[3]},No action,,Not in violation
{X[4]},Suspended,Global,Illegal or certain regulated goods and services
"""
case(
    name="x-csv-attachment",
    imitates="X legal outcome report as CSV attachment",
    **{"from": XL}, name_from="X Legal", date=d(16, 1, 20),
    subject=f"Outcome report for {R2}",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_x588_csv"

--=_x588_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome report for your request {R2}.

X Legal

--=_x588_csv
Content-Type: text/csv; charset=utf-8; name="{R2}-outcome.csv"
Content-Disposition: attachment; filename="{R2}-outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_X)}
--=_x588_csv--
""",
    outcome="applied",
    why="CSV rows: two withheld KR, one no action, account suspended",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected", X[4]: "removed"},
)

case(
    name="x-ticket-receipt",
    imitates="X legal ticket receipt (case number assigned)",
    **{"from": "no-reply@x.com"}, name_from="X Support", date=d(10, 2, 1),
    subject=f"Case 0451-2233-7781 received [{R2}]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for your report.

We have received it and assigned case number 0451-2233-7781.
Your reference: {R2}

You will get an email once our review is complete. Please do not reply to this message.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    why="pure receipt: case number, no statement about any item",
    items={},
)

case(
    name="x-conditional-withhold",
    imitates="X legal interim reply with conditional outcomes",
    **{"from": XL}, name_from="X Legal", date=d(11, 8, 12),
    subject=f"Re: Your request {R2}",
    body=f"""
Hello,

Pending the outcome of our local-law review, {X[3]} may be withheld in South Korea; if it is, we will let you know.

We expect {X[1]} to be withheld in South Korea once that review is complete.

Thanks,
X Legal
""",
    outcome="review", review="not_understood",
    why="'may be withheld', 'expect ... once': hedges and promises, no status",
    items={X[3]: "pending", X[1]: "pending"},
)

case(
    name="x-outlook-top-post-url-below",
    imitates="X legal staff reply top-posted over an Outlook-quoted request",
    **{"from": "daniel.kwon@x.com"}, name_from="Daniel Kwon", date=d(17, 0, 50),
    subject=f"RE: [{R2}] Removal request - drug sales",
    body=f"""
Hi KCSC team,

Quick update: after a second review, the post below was removed for violating our illegal goods policy.
{X[3]}

The other items in your request are covered by our earlier reply.

Best,
Daniel | X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:00 AM
To: legal@x.com
Subject: [{R2}] Removal request - drug sales

Dear X,

Please remove or block access to the following content:
{X[1]}
{X[2]}
{X[3]}
{X[4]}

KCSC Takedown desk
""",
    outcome="applied",
    why="status stated, URL on the line below; the other URLs appear only in the quoted request",
    items={X[3]: "removed"},
)

case(
    name="x-no-claims-portal-notice",
    imitates="X notice about a new legal request portal",
    **{"from": XL}, name_from="X Legal", date=d(18, 7, 0),
    subject="Changes to how we receive legal requests from Korean authorities",
    body="""
Dear partner,

From 1 October 2024, legal requests from Korean authorities must be submitted through our Legal Request Portal at https://legal.x.com/ko/gov-request. Requests sent by email to this address will no longer be processed after that date.

Guidance on the information we need is available at https://help.x.com/en/forms/legal.

Thank you,
X Legal
""",
    outcome="review", review="no_claims",
    why="trusted X mail naming no item and no request",
    items={},
)

# ================================================================ Telegram (R3 3 items, R7 1 item)
case(
    name="tg-blocked-while-not-found",
    imitates="Telegram abuse desk reply",
    **{"from": TG}, name_from="Telegram Abuse", date=d(11, 14, 3),
    subject=f"Re: {R3}",
    body=f"""
Hello,

Case #5520918

Thank you for the report. {T[1]} has been blocked, while {T[2]} could not be found — the message appears to have been deleted by the channel owner before our moderators got to it.

Telegram Abuse Team
""",
    outcome="applied",
    why="one sentence: blocked (removed) and could not be found (not_found); the hedge is about the cause only",
    items={T[1]: "removed", T[2]: "not_found"},
)

case(
    name="tg-angle-brackets-geo",
    imitates="Telegram DSA/abuse desk reply with bullet list",
    **{"from": "dsa@telegram.org"}, name_from="Telegram", date=d(12, 12, 30),
    subject=f"Your request {R3} (Case #5520918)",
    body=f"""
Dear KCSC,

Regarding your request {R3}:

- <{T[3]}> is no longer accessible to users in South Korea.
- <{T[1]}> was taken down for selling illegal drugs.

Kind regards,
Telegram
""",
    outcome="applied",
    why="URLs in angle brackets; KR-only block (restricted) and taken down (removed)",
    items={T[3]: "restricted", T[1]: "removed"},
)

case(
    name="tg-under-review",
    imitates="Telegram abuse desk interim reply",
    **{"from": TG}, name_from="Telegram Abuse", date=d(11, 2, 17),
    subject=f"Re: {R3}",
    reply_to_req=MID[R3],
    body=f"""
Hello,

We have received your report (Case #5520918).

The channel {T[3]}, which our moderators are still investigating, remains accessible for now. The message {T[2]} is under review.

We will update you when a decision has been made.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    why="'still investigating ... for now' and 'under review' are not outcomes; names items so not a pure receipt",
    items={T[3]: "pending", T[2]: "pending"},
)

case(
    name="tg-single-item-sole",
    imitates="Telegram short confirmation for a one-item report",
    **{"from": TG}, name_from="Telegram Abuse", date=d(14, 9, 9),
    subject=f"Re: {R7} Removal request",
    reply_to_req=MID[R7],
    body="""
Hello,

The reported content has been removed. Thank you for helping keep Telegram safe.

Telegram Abuse Team
""",
    outcome="applied",
    why="unnamed statement answering a request of one item",
    items={T[4]: "removed"},
)

case(
    name="tg-bulk-all-three",
    imitates="Telegram closure reply covering the whole report",
    **{"from": TG}, name_from="Telegram Abuse", date=d(15, 11, 0),
    subject=f"Re: {R3}",
    body=f"""
Hello,

All of the content reported in {R3} has been taken down.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    why="one statement for a 3-item request without naming the items",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="tg-dsn-bounce",
    imitates="Postfix delivery status notification (permanent failure)",
    **{"from": "MAILER-DAEMON@telegram.org"}, name_from="Mail Delivery System", date=d(13, 0, 2),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn588"

--=_dsn588
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-in1.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-korea@telegram.org>: host store.telegram.org[203.0.113.25] said:
    550 5.1.1 <dsa-korea@telegram.org>: Recipient address rejected: User unknown

--=_dsn588
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-in1.telegram.org
Arrival-Date: Fri, 13 Sep 2024 00:01:58 +0000 (UTC)

Final-Recipient: rfc822; dsa-korea@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_dsn588
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-korea@telegram.org
Subject: [{R7}] Removal request - illegal gambling
Message-ID: <{MID[R7]}@kcsc.example>
Date: Fri, 13 Sep 2024 09:00:00 +0900

Please remove the following content, which breaches Korean law:
{T[4]}

--=_dsn588--
""",
    outcome="ignored", classification="bounce",
    why="DSN; the URL is only in the returned request",
    items={},
)

case(
    name="tg-refusal-news-channel",
    imitates="Telegram abuse desk refusal with reasons",
    **{"from": TG}, name_from="Telegram Abuse", date=d(16, 13, 13),
    subject=f"Re: {R3}",
    body=f"""
Hello,

After review, we decided not to restrict {T[3]}. The channel republishes news reports about drug crime and contains no offers to sell drugs, so it does not break Telegram's Terms of Service.

The message {T[2]} was removed.

Telegram Abuse Team
""",
    outcome="applied",
    why="'decided not to restrict' with a reason is a refusal; the next paragraph removes a message",
    items={T[3]: "rejected", T[2]: "removed"},
)

case(
    name="tg-numbered-url-below",
    imitates="Telegram abuse desk numbered outcome list",
    **{"from": TG}, name_from="Telegram Abuse", date=d(17, 4, 44),
    subject=f"Case #5520918 / {R3}",
    body=f"""
Hello,

Outcome of our review:

1) Blocked for violating the Telegram Terms of Service:
   {T[1]}

2) Not in violation of our Terms of Service, no action taken:
   {T[3]}

Telegram Abuse Team
""",
    outcome="applied",
    why="statement line first, URL on the line below it",
    items={T[1]: "removed", T[3]: "rejected"},
)

case(
    name="tg-table-vs-note-conflict",
    imitates="Telegram case summary table with a moderator's note",
    **{"from": TG}, name_from="Telegram Abuse", date=d(18, 10, 10),
    subject=f"Case #5520977 summary ({R3})",
    body=f"""
Case #5520977 - summary

Link                                     Action
{T[2]}       Blocked

Note from the moderator: the message at {T[2]} remains available; we found no violation of our Terms of Service in it.

Telegram Abuse Team
""",
    outcome="review", review="conflicting_statements",
    why="table says Blocked, the note says it remains available with no violation; neither is marked as a correction",
    items={T[2]: "pending"},
)

# ================================================================ NAVER (R4, 5 items)
case(
    name="naver-mixed-korean-sentence",
    imitates="NAVER 게시중단 요청 처리 결과 안내",
    **{"from": NV}, name_from="네이버 고객센터", date=d(12, 5, 30),
    subject=f"[네이버] 게시중단 요청({R4})에 대한 처리 결과 안내",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물의 처리 결과를 안내드립니다.

{N[1]} 및 {N[2]}은 게시중단 조치하였고，{N[3]}은 임시조치(30일)하였으며，{N[4]}은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied",
    why="one Korean sentence: 게시중단 x2 (removed), 임시조치 (restricted), 작성자 삭제 (not_found); particles and full-width commas after URLs",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found"},
)

HTML_NV = f"""<html><body>
<p>안녕하세요. 네이버 운영정책팀입니다.</p>
<p>{R4} 시정요구에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{N[2]}</td><td>블라인드</td><td></td></tr>
<tr><td>3</td><td>{N5_RAW}</td><td>접속차단</td><td>국내 IP 대상</td></tr>
<tr><td>4</td><td>{N[3]}</td><td>조치불가</td><td>위반사항 없음(정당한 이용후기)</td></tr>
</table>
<p>문의사항은 회신 주시기 바랍니다.<br>네이버 운영정책팀</p>
</body></html>
"""
case(
    name="naver-html-table-base64",
    imitates="시정요구 조치결과 회신 table (HTML, base64)",
    **{"from": "policy@navercorp.com"}, name_from="네이버 운영정책팀", date=d(13, 2, 2),
    subject=f"Re: [{R4}] 시정요구 조치결과 회신",
    reply_to_req=MID[R4],
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(HTML_NV),
    outcome="applied",
    why="table: 삭제, 블라인드 (removed), 접속차단 for Korean IPs (restricted), 조치불가 with reason (rejected); raw Korean path",
    items={N[1]: "removed", N[2]: "removed", N[5]: "restricted", N[3]: "rejected"},
)

case(
    name="naver-planned-note",
    imitates="NAVER 처리 예정 내역 with a note that actions are still planned",
    **{"from": NV}, name_from="네이버 고객센터", date=d(12, 1, 45),
    subject=f"[네이버] {R4} 처리 예정 내역 안내",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

처리 예정 내역
- {N[1]} : 삭제
- {N[4]} : 임시조치

※ 위 내용은 검토 결과에 따른 처리 예정 사항이며, 실제 조치가 완료되면 별도로 안내드리겠습니다.

네이버 고객센터 드림
""",
    outcome="review", review="not_understood",
    why="list looks like outcomes, but the note says they are planned and not yet carried out",
    items={N[1]: "pending", N[4]: "pending"},
)

case(
    name="naver-hedge-korean-relative",
    imitates="NAVER 게시중단 처리 결과 with one item still in review",
    **{"from": NV}, name_from="네이버 고객센터", date=d(14, 6, 6),
    subject=f"[네이버] 게시중단 요청({R4}) 처리 결과 안내",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{N5_RAW} 게시물은 게시중단 처리하였습니다.

운영정책 위반 소지가 있는 것으로 보이는 {N[2]} 게시물은 현재 담당 부서에서 추가 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied",
    why="게시중단 (removed) for the raw-Korean URL; the other, hedged in a relative clause, is still 검토 중 (pending)",
    items={N[5]: "removed", N[2]: "pending"},
)

case(
    name="naver-refusal-with-reason",
    imitates="NAVER 명예훼손 게시중단 요청 불수용 안내",
    **{"from": NV}, name_from="네이버 고객센터", date=d(15, 4, 20),
    subject=f"[네이버] 게시중단 요청({R4}) 검토 결과",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 {N[3]} 게시물은 검토 결과 특정인에 대한 명예훼손으로 보기 어렵고 공익적 비평에 해당하여 게시중단 요청을 수용하지 않았습니다(조치 불가).

{N[1]} 게시물은 작성자에게 소명 기회를 드린 후 비공개 처리하였습니다.

네이버 고객센터 드림
""",
    outcome="applied",
    why="refusal with its reason (rejected); 비공개 처리 (removed)",
    items={N[3]: "rejected", N[1]: "removed"},
)

case(
    name="naver-mdn-read-receipt",
    imitates="message disposition notification (읽음 확인)",
    **{"from": "policy@navercorp.com"}, name_from="네이버 운영정책팀", date=d(11, 1, 5),
    subject=f"읽음 확인: [{R4}] 게시물 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn588"

--=_mdn588
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[{R4}] 게시물 삭제 요청"을(를) 수신자가 2024-09-11 10:05에 읽었습니다.

--=_mdn588
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{MID[R4]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn588--
""",
    outcome="ignored", classification="read_receipt",
    why="MDN, no statement",
    items={},
)

case(
    name="naver-asks-more",
    imitates="NAVER 추가 자료 요청 (심의 의결서 사본)",
    **{"from": NV}, name_from="네이버 고객센터", date=d(12, 7, 7),
    subject=f"[네이버] {R4} 관련 추가 자료 요청",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 {N[2]} 게시물과 관련하여, 게시중단 여부를 판단하기 위해 심의 의결서 사본과 위법성 판단 근거를 추가로 보내주시기 바랍니다.

자료가 접수되면 검토 후 결과를 안내드리겠습니다.

네이버 고객센터 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    why="asks for the decision document before acting",
    items={N[2]: "pending"},
)

case(
    name="naver-korean-ooo",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    **{"from": "minji.park@navercorp.com"}, name_from="박민지", date=d(13, 0, 31),
    subject=f"[자동응답] Re: [{R4}] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 박민지입니다.

9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    why="out-of-office auto-reply",
    items={},
)

ENC_SUBJ = Header("게시물 삭제 요청", "utf-8").encode()

# ================================================================ Kakao (R5, 2 items)
case(
    name="kakao-bullets-blind-invalid",
    imitates="Daum 카페 게시물 조치 결과 안내",
    **{"from": KK}, name_from="카카오 고객센터", date=d(13, 8, 18),
    subject=f"[Daum 카페] 게시물 조치 결과 안내 ({R5})",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물의 조치 결과를 알려드립니다.

• {D[1]} → 블라인드 처리 완료
• {D[2]} → 존재하지 않는 게시물(잘못된 주소)입니다

감사합니다.
""",
    outcome="applied",
    why="블라인드 (removed) and 존재하지 않는 게시물 (not_found)",
    items={D[1]: "removed", D[2]: "not_found"},
)

case(
    name="kakao-qp-revision",
    imitates="Daum 카페 임시조치 후 영구 삭제 안내 (quoted-printable)",
    **{"from": KK}, name_from="카카오 고객센터", date=d(16, 2, 12),
    subject=f"Re: [{R5}] 게시물 삭제 요청",
    reply_to_req=MID[R5],
    raw_mime=qp(f"""
안녕하세요, 카카오 고객센터입니다.

{D[2]} 게시물은 9월 13일 임시조치(30일)하였으나, 이후 추가 확인 결과 불법 도박 사이트 홍보가 명백하여 9월 16일 영구 삭제하였습니다.

{D[1]} 게시물은 작성자 본인이 이미 삭제한 게시물입니다.

감사합니다.
"""),
    outcome="applied",
    why="임시조치 revised later in the same sentence to 영구 삭제 (removed); deleted by its author (not_found)",
    items={D[2]: "removed", D[1]: "not_found"},
)

case(
    name="kakao-wrong-platform",
    imitates="Kakao agent reply about a NAVER cafe URL",
    **{"from": KK}, name_from="카카오 고객센터", date=d(14, 3, 33),
    subject="Re: 게시물 조치 요청",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 목록 중 {N[3]} 게시물은 확인 결과 삭제되어 존재하지 않습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    why="Kakao states a status for a NAVER item",
    items={N[3]: "pending"},
)

case(
    name="kakao-delayed-dsn",
    imitates="delivery delay warning DSN",
    **{"from": "MAILER-DAEMON@mx2.daum.net"}, name_from="Mail Delivery System", date=d(12, 5, 1),
    subject=f"Delayed Mail (still being retried): [{R5}] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dly588"

--=_dly588
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.daum.net.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<policy@kakaocorp.com>: connect to mail.kakaocorp.com[198.51.100.77]:25:
    Connection timed out

--=_dly588
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net

Final-Recipient: rfc822; policy@kakaocorp.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Tue, 17 Sep 2024 01:00:00 +0000 (UTC)

--=_dly588
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy@kakaocorp.com
Subject: [{R5}] {ENC_SUBJ}
Message-ID: <{MID[R5]}@kcsc.example>

--=_dly588--
""",
    outcome="ignored", classification="bounce",
    why="delay DSN",
    items={},
)

# ================================================================ TikTok (R6, 1 item)
case(
    name="tiktok-wrapped-url-restricted",
    imitates="TikTok local-law restriction reply",
    **{"from": TT}, name_from="TikTok Legal", date=d(14, 11, 5),
    subject=f"Your request {R6}",
    body=f"""
Hello,

Thank you for your request {R6}. After reviewing the video at
<https://www.tiktok.com/@quickpill.kr/
video/7411223344556677889>
we have restricted it in South Korea under local law. It remains available in other regions.

TikTok Legal
""",
    outcome="applied",
    why="URL wrapped across two lines inside angle brackets; restricted in KR",
    items={K1: "restricted"},
)

case(
    name="tiktok-sor-no-action",
    imitates="TikTok DSA-style statement of reasons (no restriction)",
    **{"from": "noreply-legal@tiktok.com"}, name_from="TikTok", date=d(17, 9, 40),
    subject=f"Statement of reasons - {R6}",
    body=f"""
Statement of reasons

Reference: {R6}
Content: {K1}
Decision: No restriction applied
Grounds: The content was assessed against our Community Guidelines and applicable local law. It is an advertisement for a vitamin supplement and we did not find it to be illegal or in breach of our policies.
Automated detection: No
Automated decision: No

If you disagree with this decision, you can appeal at https://www.tiktok.com/legal/report/appeal

TikTok
""",
    outcome="applied",
    why="decision 'no restriction applied' with grounds: a refusal (rejected)",
    items={K1: "rejected"},
)

case(
    name="tiktok-noreply-autoresponder",
    imitates="unmonitored-mailbox auto-responder",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok", date=d(12, 6, 1),
    subject=f"Re: [{R6}] Removal request - drug sales",
    extra_headers=["Auto-Submitted: auto-replied", f"In-Reply-To: <{MID[R6]}@kcsc.example>"],
    body="""
This is an automated response. This mailbox is not monitored.

Government and law enforcement requests must be submitted through our portal at https://www.tiktok.com/legal/page/global/law-enforcement/en. Requests sent by email will not be processed.
""",
    outcome="ignored", classification="auto_reply",
    why="automated mailbox reply",
    items={},
)

HEADER = """# Blind set 588 (tests/corpus/blind588/): what a program gets wrong.
# Written by make.py from the case list; expected results written from each
# email's meaning before any run of the reader. Each case alone on a fresh ledger.
"""

def encode_headers(c):
    """Non-ASCII display names and subjects go out RFC 2047-encoded, as real mailers send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode(maxlinelen=76)


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind588", HEADER, cases)
