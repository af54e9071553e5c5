#!/usr/bin/env python3
"""Blind set 708: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Every email is fictional
and written in our own words; expected results come from each email's
meaning, written before any run of the reader.

    python3 tests/corpus/blind708/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(s, tz=KST):
    """'2024-09-11 14:22' in tz -> RFC 5322 date."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz))


def ko(s):
    """Korean header text as an RFC 2047 encoded word."""
    return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- requests
DALBIT = "%EB%8B%AC%EB%B9%9B%EC%83%81%EC%A0%90"  # 달빛상점
DALBIT_RAW = "https://in.naver.com/달빛상점/contents/88123"

REQUESTS = [
    ("KCSC-240902-01", "telegram", "2024-09-02T10:05:00+09:00", "2024-09-09T18:00:00+09:00",
     "gambling", [
         "https://t.me/lucky_riverbet/118",
         "https://t.me/lucky_riverbet/121",
         "https://t.me/lucky_riverbet/130",
         "https://t.me/night_pharma_kr/7",
         "https://t.me/night_pharma_kr/9",
         "https://t.me/night_pharma_kr/15",
         "https://t.me/bluefox_odds/402",
         "https://t.me/bluefox_odds/415",
         "https://t.me/bluefox_odds/433",
         "https://t.me/copper_lantern_shop",
         "https://t.me/copper_lantern_shop/56",
         "https://t.me/seoul_spin_club/2201",
     ]),
    ("KCSC-240903-02", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_finance", [
         "https://x.com/harbor_mint77/status/1829300000000000101",
         "https://x.com/harbor_mint77/status/1829300000000000188",
         "https://x.com/dalbit_offers/status/1829411112222333444",
         "https://x.com/pine_gate_kr",
     ]),
    ("KCSC-240904-03", "youtube", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00",
     "gambling", [
         "https://www.youtube.com/watch?v=Qw3rT9uYp0a",
         "https://www.youtube.com/watch?v=Lm8Nb2Vc4Xz",
         "https://www.youtube.com/watch?v=Hh5Gg6Ff7Dd",
         "https://www.youtube.com/shorts/Zx9Cv8Bn7Mq",
         "https://www.youtube.com/@moonlit_casino_tv",
     ]),
    ("KCSC-240905-04", "naver", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "illegal_trade", [
         "https://blog.naver.com/silverleaf_22/223560011122",
         "https://cafe.naver.com/dowoomi/48213",
         f"https://in.naver.com/{DALBIT}/contents/88123",
     ]),
    ("KCSC-240906-05", "kakao", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "illegal_finance", [
         "https://cafe.daum.net/sunnyhill_trade/Xk2p/311",
         "https://cafe.daum.net/sunnyhill_trade/Xk2p/317",
     ]),
    ("KCSC-240909-06", "tiktok", "2024-09-09T10:20:00+09:00", "2024-09-16T18:00:00+09:00",
     "drugs", [
         "https://www.tiktok.com/@glowpill_shop/video/7410000000000000123",
     ]),
    ("KCSC-240910-07", "youtube", "2024-09-10T16:10:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", [
         "https://www.youtube.com/watch?v=Pp2Oo3Ii4Uu",
     ]),
]


def mid(ref):
    return ref.lower() + ".req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", "blind708"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


U = {ref: urls for ref, _, _, _, _, urls in REQUESTS}
TG, XR, YT, NV, KK, TT, YT1 = (U[r] for r in [
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07"])

# ---------------------------------------------------------------- cases
cases = []


def case(**c):
    cases.append(c)


# ===== Telegram (KCSC-240902-01, 12 items) =====

case(name="tg-two-unavailable-one-missing-one-sentence",
     **{"from": "abuse@telegram.org"}, date=d("2024-09-10 16:41", UTC),
     subject="Re: KCSC-240902-01 Request to remove illegal content",
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
Hello,

Thank you for your notice. Of the links listed in KCSC-240902-01, {TG[0]} and {TG[1]} have been made unavailable on all Telegram apps, while {TG[2]} could not be found on our side (that message ID does not exist in the channel).

We continue to look at the remaining links and will write again.

Regards,
Daniel
Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply covering several links in one sentence",
     why="one sentence: two links made unavailable everywhere (removed), the third not found",
     items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"})

case(name="tg-hedge-in-relative-clause",
     **{"from": "abuse@telegram.org"}, date=d("2024-09-11 09:12", UTC),
     subject="Case #4410231 update (your ref. KCSC-240902-01)",
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
Hi,

Update on Case #4410231 (your ref. KCSC-240902-01):

The messages {TG[3]} and {TG[4]} were taken down today for promoting the sale of controlled substances.

{TG[5]}, which may already have been deleted by the channel's admin, is still with our moderators; we will confirm its status separately.

Best,
Telegram Support
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram support case update (Case # numbering)",
     why="7 and 9 taken down; 15 carries only a hedge in a relative clause and is still with moderators",
     items={TG[3]: "removed", TG[4]: "removed", TG[5]: "pending"})

case(name="tg-status-line-below-url",
     **{"from": "abuse@telegram.org"}, date=d("2024-09-11 13:05", UTC),
     subject="Re: KCSC-240902-01 - bluefox_odds",
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
Dear KCSC team,

Please see below the outcome for the bluefox_odds links from request KCSC-240902-01.

{TG[6]}
Status: removed

{TG[7]}
Status: not removed. This message only lists match fixtures and final scores; it contains no betting links or offers and does not breach the Telegram Terms of Service.

{TG[8]}
Status: deleted - the message is no longer accessible to any user.

Kind regards,
M. Varga
Telegram | Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Trust & Safety reply listing each URL with a status line under it",
     why="status on the line below each URL; 415 refused with a reason (not removed, no breach)",
     items={TG[6]: "removed", TG[7]: "rejected", TG[8]: "removed"})

case(name="tg-later-sentence-corrects-channel",
     **{"from": "legal@telegram.org"}, date=d("2024-09-12 08:30", UTC),
     subject="Re: KCSC-240902-01",
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
Hello,

Regarding KCSC-240902-01: we removed the channel {TG[9]} together with its post {TG[10]}.

Correction to the sentence above, after a check with our legal team: the channel itself has not been removed. It has been restricted for users in the Republic of Korea and remains visible elsewhere. The post /56 has been deleted, as stated.

Sorry for the confusion.
Telegram Legal
""",
     outcome="applied", classification="confirmation",
     imitates="abuse-desk reply with a correction paragraph",
     why="the later correction revises the channel to restricted in Korea; post 56 stays removed",
     items={TG[9]: "restricted", TG[10]: "removed"})

case(name="tg-numbered-list-statuses-by-position",
     **{"from": "abuse@telegram.org"}, date=d("2024-09-12 15:48", UTC),
     subject="Re: KCSC-240902-01 review completed",
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
Hello,

We have completed our review of the following messages (KCSC-240902-01):

1. {TG[11]}
2. {TG[2]}
3. {TG[5]}

Items 1 and 3 have been removed for violating our Terms of Service. We were unable to find item 2: the link appears to point to a message that does not exist.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply numbering the links and answering by number",
     why="statuses given by list position; 'appears to' only explains the unhedged 'unable to find'",
     items={TG[11]: "removed", TG[2]: "not_found", TG[5]: "removed"})

case(name="tg-all-content-blocked-bulk",
     **{"from": "abuse@telegram.org"}, date=d("2024-09-13 10:02", UTC),
     subject="Case #4410231 closed",
     reply_to_req=mid("KCSC-240902-01"),
     body="""
Hello,

This is to confirm that all the content reported in your request KCSC-240902-01 has been blocked on Telegram.

Case #4410231 is now closed.

Telegram Abuse Team
""",
     outcome="review", review="bulk", classification="confirmation",
     imitates="Telegram case-closed message",
     why="'all the content' for a 12-item request, no link named: bulk, nothing applied",
     items={u: "pending" for u in TG})

case(name="tg-passed-to-moderators-promise",
     **{"from": "abuse@telegram.org"}, date=d("2024-09-09 11:20", UTC),
     subject="Re: KCSC-240902-01 Request to remove illegal content",
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
Hello,

Thank you for reaching out. We've passed the following links to our moderators:

{TG[9]}
{TG[11]}
{TG[7]}

They will be reviewed against our Terms of Service and will be taken down if a violation is confirmed. We'll let you know once a decision has been made.

Telegram Support
""",
     outcome="review", review="not_understood",
     imitates="support reply forwarding links to moderators",
     why="only promises and a condition ('will be taken down if'), no statement",
     items={TG[9]: "pending", TG[11]: "pending", TG[7]: "pending"})

case(name="tg-case-receipt",
     **{"from": "noreply@telegram.org"}, date=d("2024-09-02 01:07", UTC),
     subject="[Case #4410231] We have received your report",
     reply_to_req=mid("KCSC-240902-01"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
This is an automatic confirmation that your report has been received and registered as Case #4410231.

Please do not reply to this message. Our team handles reports in the order they arrive; you will hear from us when there is an update.

-- Telegram Abuse Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="ticket-system receipt (case number assigned)",
     why="pure receipt, no item statement",
     items={})

case(name="tg-receipt-phrase-then-statements",
     **{"from": "legal@telegram.org"}, date=d("2024-09-13 14:26", UTC),
     subject="Re: KCSC-240902-01",
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
Dear Sir or Madam,

We confirm receipt of your notice KCSC-240902-01, which is now registered as Case #4410231.

Following our review, {TG[11]} has been disabled. {TG[7]} does not breach our rules and will remain available.

Telegram Legal
""",
     outcome="applied", classification="confirmation",
     imitates="legal-desk reply opening with a receipt sentence",
     why="receipt phrase followed by unhedged statements: disabled (removed) and a refusal with reason",
     items={TG[11]: "removed", TG[7]: "rejected"})

case(name="tg-auth-fail-removed",
     **{"from": "legal@telegram.org"}, auth="fail", date=d("2024-09-12 22:14", UTC),
     subject="Re: KCSC-240902-01 Request to remove illegal content",
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
Hello,

We have removed {TG[3]}, {TG[4]} and {TG[5]} following your request KCSC-240902-01.

Telegram Legal
""",
     outcome="review", review="untrusted",
     imitates="legal-desk confirmation failing DMARC",
     why="telegram.org From but DKIM/SPF/DMARC fail: nothing applied",
     items={TG[3]: "pending", TG[4]: "pending", TG[5]: "pending"})

case(name="tg-top-posted-over-gmail-quote",
     **{"from": "support@telegram.org"}, date=d("2024-09-10 07:55", UTC),
     subject="Re: KCSC-240902-01 Request to remove illegal content",
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
Done - {TG[0]} has been removed. The other two links are still being reviewed.

Telegram Support

On Mon, 2 Sep 2024 at 10:05, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Under KCSC-240902-01 we ask you to remove the following content, which
> advertises unlicensed online gambling:
>
> {TG[0]}
> {TG[1]}
> {TG[2]}
>
> Please reply to this address once the content has been removed.
>
> Korea Communications Standards Commission
""",
     outcome="applied", classification="confirmation",
     imitates="top-posted reply above a Gmail-quoted request",
     why="118 removed; the other two are under review; the quote is ours",
     items={TG[0]: "removed", TG[1]: "pending", TG[2]: "pending"})

case(name="tg-out-of-office",
     **{"from": "a.petrov@telegram.org"}, name_from="Alexei Petrov",
     date=d("2024-09-02 03:06", UTC),
     subject="Automatic reply: KCSC-240902-01 Request to remove illegal content",
     reply_to_req=mid("KCSC-240902-01"),
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
I am out of the office until 23 September with limited access to email.

For urgent abuse matters, please write to abuse@telegram.org; your message will not be forwarded.

Alexei
""",
     outcome="ignored", classification="auto_reply",
     imitates="out-of-office auto-reply",
     why="auto-reply",
     items={})

case(name="tg-needs-legal-basis-for-channel",
     **{"from": "legal@telegram.org"}, date=d("2024-09-11 17:33", UTC),
     subject="Re: KCSC-240902-01 - additional information needed",
     reply_to_req=mid("KCSC-240902-01"),
     body=f"""
Hello,

We looked at {TG[9]} from your request KCSC-240902-01. Before we can act on a whole channel, we need the specific provision of Korean law that its content violates and, if available, the Commission's decision ordering the correction.

Please reply to this email with these documents.

Telegram Legal
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="legal-desk request for the legal basis",
     why="asks for documents before acting; no status",
     items={TG[9]: "pending"})

# ===== X (KCSC-240903-02, 4 items) =====

case(name="x-withheld-and-removed-one-sentence",
     **{"from": "legal@x.com"}, name_from="X Legal", date=d("2024-09-10 02:18", UTC),
     subject="Re: KCSC-240903-02 Removal request",
     reply_to_req=mid("KCSC-240903-02"),
     body=f"""
Hello,

We have reviewed your request. In response, we have withheld {XR[0]} in South Korea and removed {XR[1]} from X for violating our rules on illegal and regulated goods and services.

The account owner has been notified, as is our practice.

Thanks,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal request outcome (country withheld content)",
     why="one sentence, two statuses: withheld in Korea (restricted) and removed",
     items={XR[0]: "restricted", XR[1]: "removed"})

case(name="x-refusal-wrapped-url-outlook-quote",
     **{"from": "legal@x.com"}, name_from="X Legal", date=d("2024-09-11 05:40", UTC),
     subject="RE: KCSC-240903-02 Removal request",
     reply_to_req=mid("KCSC-240903-02"),
     body=f"""
Hello,

Thank you for your patience. We have reviewed the post at
<https://x.com/dalbit_offers/status/
1829411112222333444> and found that it does not violate the X Rules. As the report does not identify content that is illegal under applicable local law, we are not taking any action on it at this time.

If you have additional information, such as a court order, you can submit it through our legal request form.

X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240903-02 Removal request

Please remove or withhold the following content, which offers unlicensed loans:
{XR[0]}
{XR[1]}
{XR[2]}
{XR[3]}
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply declining action, above an Outlook-quoted request",
     why="refusal with its reason for the dalbit post (URL wrapped inside angle brackets); the rest is our quote",
     items={XR[2]: "rejected"})

case(name="x-account-suspended-not-withheld",
     **{"from": "support@x.com"}, name_from="X Support", date=d("2024-09-10 11:03", UTC),
     subject="Re: KCSC-240903-02 Removal request",
     reply_to_req=mid("KCSC-240903-02"),
     body=f"""
Hi,

The account {XR[3]} has been suspended for violating the X Rules. To be clear, this is not a country withholding: the account and all of its posts are unavailable to everyone, in every country.

X Support
""",
     outcome="applied", classification="confirmation",
     imitates="X account suspension notice",
     why="suspended everywhere; the negation only rules out a country withholding",
     items={XR[3]: "removed"})

case(name="x-may-have-been-deleted-hedge",
     **{"from": "legal@x.com"}, name_from="X Legal", date=d("2024-09-09 23:12", UTC),
     subject="Re: KCSC-240903-02 Removal request",
     reply_to_req=mid("KCSC-240903-02"),
     body=f"""
Hello,

Regarding your report KCSC-240903-02. When our team looked at {XR[0]} and {XR[1]}, it appeared that both posts may have been deleted by the account holder before our review began. We are still confirming this with our internal tools.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal interim reply",
     why="'appeared ... may have been deleted' and still confirming: a hedge, not a statement",
     items={XR[0]: "pending", XR[1]: "pending"})

case(name="x-echoed-report-outcome-by-number",
     **{"from": "safety@x.com"}, name_from="X Safety", date=d("2024-09-12 06:27", UTC),
     subject="Your report to X - ref. KCSC-240903-02",
     reply_to_req=mid("KCSC-240903-02"),
     body=f"""
Hello,

Here is what happened with your report.

Reported content
(1) {XR[0]}
(2) {XR[1]}
(3) {XR[2]}

Reason given: illegal financial services (Republic of Korea)

Outcome
(1) and (3): removed for violating our rules on financial scams.
(2): withheld in South Korea in response to your legal demand.

You can read more about our enforcement options at https://help.x.com/en/rules-and-policies/enforcement-options

X Safety
""",
     outcome="applied", classification="confirmation",
     imitates="X report-outcome email echoing the reported items",
     why="outcome given by the numbers of the echoed list; help link is no item",
     items={XR[0]: "removed", XR[1]: "restricted", XR[2]: "removed"})

case(name="x-statement-of-reasons-withheld",
     **{"from": "dsa-notices@x.com"}, name_from="X", date=d("2024-09-12 09:50", UTC),
     subject="Statement of reasons - notice KCSC-240903-02",
     reply_to_req=mid("KCSC-240903-02"),
     body=f"""
Statement of reasons

Your notice reference: KCSC-240903-02
Content concerned: {XR[1]}
Decision: visibility restricted - content withheld
Territorial scope: Republic of Korea
Facts and circumstances: the decision was taken in response to a notice from a public authority.
Legal ground: content incompatible with local law (Republic of Korea)
Automated means: no automated means were used in taking this decision.
Redress: the account holder may appeal this decision through the X Help Center.
""",
     outcome="applied", classification="confirmation",
     imitates="DSA-style statement of reasons (territorial restriction)",
     why="withheld in Korea only: restricted",
     items={XR[1]: "restricted"})

MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-708-x"

--mdn-708-x
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal@x.com at 9/3/2024 10:00 AM

Subject: KCSC-240903-02 Removal request

Note: This receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--mdn-708-x
Content-Type: message/disposition-notification

Reporting-UA: legal@x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <kcsc-240903-02.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-708-x--
"""

case(name="x-read-receipt",
     **{"from": "legal@x.com"}, name_from="X Legal", date=d("2024-09-03 03:12", UTC),
     subject="Read: KCSC-240903-02 Removal request",
     reply_to_req=mid("KCSC-240903-02"),
     raw_mime=MDN,
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN)",
     why="read receipt",
     items={})

case(name="x-portal-change-notice",
     **{"from": "gov-partners@x.com"}, name_from="X Government Partnerships",
     date=d("2024-09-16 01:00", UTC),
     subject="Changes to how X receives legal requests from government agencies",
     body="""
Dear partner,

Starting 1 October 2024, legal requests from government agencies should be submitted through our updated portal at https://legal.x.com/gov-requests. Requests sent by email will still be accepted during a transition period ending 31 December 2024.

The portal lets you follow each request and download our decisions. Guidance is available at https://help.x.com/en/forms/government-requests.

Kind regards,
X Government Partnerships
""",
     outcome="review", review="no_claims",
     imitates="platform announcement to government partners",
     why="trusted X mail naming no item and no request",
     items={})

# ===== YouTube (KCSC-240904-03, 5 items; KCSC-240910-07, 1 item) =====

case(name="yt-three-outcomes-one-sentence",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date=d("2024-09-10 08:14", UTC),
     subject="Re: [KCSC-240904-03] Request to remove content",
     reply_to_req=mid("KCSC-240904-03"),
     body=f"""
Hello,

Thanks for contacting YouTube. Following review of your request, {YT[0]} has been removed for violating our Community Guidelines, {YT[1]} is now age-restricted, and {YT[2]} has been blocked from view in South Korea under local law.

Regards,
The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal removal request outcome",
     why="one sentence with three outcomes: removed, age-restricted, blocked in Korea",
     items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "restricted"})

case(name="yt-termination-and-refusal-with-reason",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date=d("2024-09-11 07:02", UTC),
     subject="Re: [KCSC-240904-03] Request to remove content",
     reply_to_req=mid("KCSC-240904-03"),
     body=f"""
Hello,

We have completed our review of request KCSC-240904-03.

The channel {YT[4]}, which may have been re-uploading material from other channels, has been terminated for repeated violations of our spam and deceptive practices policies.

We've decided not to take action on {YT[3]}. The Short is a news clip reporting on a court case about illegal gambling and does not promote gambling, so it stays on YouTube.

For more information about our policies, see https://support.google.com/youtube/answer/2801973.

Sincerely,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome: channel termination plus a declined item",
     why="the hedge sits in a relative clause about something else; termination stands; refusal with reason",
     items={YT[4]: "removed", YT[3]: "rejected"})

case(name="yt-html-table-then-correcting-note",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date=d("2024-09-12 05:44", UTC),
     subject="Re: [KCSC-240904-03] Actions taken",
     reply_to_req=mid("KCSC-240904-03"),
     type="html",
     body=f"""
<html><body>
<p>Hello,</p>
<p>Please find below the actions taken on your request KCSC-240904-03.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{YT[0]}</td><td>Removed</td></tr>
<tr><td>{YT[2]}</td><td>Removed</td></tr>
</table>
<p><b>Note:</b> the second row above is incorrect. The video Hh5Gg6Ff7Dd was not removed globally; it is blocked in South Korea only and remains available in other countries.</p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube outcome table with an erratum note",
     why="the note explicitly corrects the table's second row: Hh5 restricted, Qw3 removed",
     items={YT[0]: "removed", YT[2]: "restricted"})

case(name="yt-summary-contradicts-table",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date=d("2024-09-12 06:10", UTC),
     subject="Re: [KCSC-240904-03] Request to remove content",
     reply_to_req=mid("KCSC-240904-03"),
     type="html",
     body=f"""
<html><body>
<p>Hello,</p>
<p>Summary: after review, we determined that the video Lm8Nb2Vc4Xz does not violate our Community Guidelines or local law, and it remains available on YouTube.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td>{YT[1]}</td><td>Content removed</td></tr>
</table>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>
""",
     outcome="review", review="conflicting_statements", classification="confirmation",
     imitates="templated outcome mail whose summary and table disagree",
     why="summary says it stays up, the table says removed, no correction says which is right",
     items={YT[1]: "pending"})

case(name="yt-not-removed-but-age-restricted",
     **{"from": "trust-safety@youtube.com"}, name_from="YouTube Trust & Safety",
     date=d("2024-09-11 10:31", UTC),
     subject="Re: [KCSC-240904-03] Request to remove content",
     reply_to_req=mid("KCSC-240904-03"),
     body=f"""
Hi,

We did not remove {YT[1]}. Instead, we have placed an age restriction on it, so it can no longer be watched by viewers who are signed out or under 18.

YouTube Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube age-restriction notice",
     why="negated removal followed by an age restriction: restricted, not rejected",
     items={YT[1]: "restricted"})

_qp_text = (
    "Hello,\n\n"
    "In response to your request KCSC-240910-07, the video https://www.youtube.com/watch?v=Pp2Oo3Ii4Uu "
    "has been removed from YouTube for violating our policy on the sale of regulated goods, "
    "including Korea\u2019s rules on prescription medicines.\n\n"
    "Best regards,\nYouTube Legal Support\n"
)
QP = ("Content-Type: text/plain; charset=utf-8\n"
      "Content-Transfer-Encoding: quoted-printable\n\n"
      + quopri.encodestring(_qp_text.encode("utf-8")).decode("ascii"))

case(name="yt-quoted-printable-removed",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date=d("2024-09-13 02:20", UTC),
     subject="Re: KCSC-240910-07 Request to remove content",
     reply_to_req=mid("KCSC-240910-07"),
     raw_mime=QP,
     outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome sent quoted-printable",
     why="quoted-printable body (=3D in the URL, soft line breaks): removed",
     items={YT1[0]: "removed"})

case(name="yt-one-item-request-no-url",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date=d("2024-09-12 23:05", UTC),
     subject="Re: KCSC-240910-07 Request to remove content",
     reply_to_req=mid("KCSC-240910-07"),
     body="""
Hello,

The content identified in your notice has been removed from YouTube.

Thank you,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="short YouTube legal confirmation naming no URL",
     why="answers a one-item request by thread; the whole-notice statement applies to its only item",
     items={YT1[0]: "removed"})

case(name="yt-vendor-unknown-sender",
     **{"from": "notices@brightline-rights.example"}, name_from="Brightline Rights Management",
     date=d("2024-09-12 04:00", UTC),
     subject="KCSC-240904-03 - takedown confirmation",
     body=f"""
Dear Commission,

We act as an enforcement vendor for video platforms in Korea. Please be informed that {YT[0]} and {YT[3]} were taken down on 12 September 2024.

Should you need further assistance, our team is available at any time.

Brightline Rights Management
""",
     outcome="review", review="unknown_sender",
     imitates="third-party enforcement vendor claiming a takedown",
     why="not a YouTube/Google domain; names our request and URLs",
     items={YT[0]: "pending", YT[3]: "pending"})

DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-708-g"

--dsn-708-g
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-korea@google.com because the address couldn't be found, or is unable to receive mail.

--dsn-708-g
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.google.com
Arrival-Date: {d("2024-09-04 11:30")}

Final-Recipient: rfc822; legal-korea@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-708-g
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com, legal-korea@google.com
Subject: [KCSC-240904-03] Request to remove content
Message-ID: <kcsc-240904-03.req@kcsc.example>
Content-Type: text/plain; charset=utf-8

Please remove the following content, which advertises illegal gambling:
{YT[0]}
{YT[1]}
{YT[2]}
{YT[3]}
{YT[4]}

--dsn-708-g--
"""

case(name="yt-bounce-address-not-found",
     **{"from": "mailer-daemon@google.com"}, name_from="Mail Delivery Subsystem",
     date=d("2024-09-04 02:31", UTC),
     subject="Delivery Status Notification (Failure)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=DSN,
     outcome="ignored", classification="bounce",
     imitates="Gmail-style DSN returning the request",
     why="bounce; the URLs are in the returned request",
     items={})

case(name="yt-under-review-hedge-relative",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date=d("2024-09-06 08:45", UTC),
     subject="Re: [KCSC-240904-03] Request to remove content",
     reply_to_req=mid("KCSC-240904-03"),
     body=f"""
Hello,

Thanks for your report (KCSC-240904-03). The video {YT[0]}, which we believe may violate our harassment policy, has been escalated to a specialist team and is under review. {YT[2]} will be assessed under local law once that review is complete.

We will contact you again when we have an outcome.

YouTube Legal Support
""",
     outcome="review", review="not_understood",
     imitates="YouTube interim 'under review' reply",
     why="under review, a hedge and a promise: no status",
     items={YT[0]: "pending", YT[2]: "pending"})

# ===== NAVER (KCSC-240905-04, 3 items) =====

case(name="naver-blind-and-author-deleted-particles",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     date=d("2024-09-09 15:20"),
     subject=ko("[네이버] KCSC-240905-04 게시중단 요청 처리 결과 안내"),
     reply_to_req=mid("KCSC-240905-04"),
     body=f"""
안녕하세요, 네이버 게시중단 담당자입니다.

방송통신심의위원회에서 요청하신 KCSC-240905-04 건의 처리 결과를 안내드립니다.

{NV[0]}는 게시중단(블라인드) 처리하였으며, {NV[1]}은 작성자가 이미 삭제하여 해당 게시물을 확인할 수 없었습니다.

감사합니다.
네이버 정책지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 처리 결과 안내",
     why="one sentence: blog post blinded (removed), cafe post already deleted by its author (not_found); particles glued to the URLs",
     items={NV[0]: "removed", NV[1]: "not_found"})

case(name="naver-temporary-measure-raw-korean-path",
     **{"from": "help@naver.com"}, name_from="NAVER",
     date=d("2024-09-10 10:05"),
     subject=ko("Re: KCSC-240905-04 임시조치 결과 안내"),
     reply_to_req=mid("KCSC-240905-04"),
     body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 <{DALBIT_RAW}>에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치를 하였습니다. 임시조치 기간 동안 해당 게시물은 이용자에게 노출되지 않습니다.

네이버 고객센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 임시조치 notice",
     why="임시조치 (30-day temporary measure) is restricted; raw Korean path matches the percent-encoded URL",
     items={NV[2]: "restricted"})

case(name="naver-correction-result-table",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     date=d("2024-09-11 17:40"),
     subject=ko("[회신] 시정요구(KCSC-240905-04) 조치결과 통보"),
     reply_to_req=mid("KCSC-240905-04"),
     type="html",
     body=f"""
<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240905-04)에 대한 조치결과를 아래와 같이 통보합니다.</p>
<table border="1" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{NV[1]}</td><td>조치불가</td><td>불법정보에 해당하지 않음(단순 이용후기)</td></tr>
<tr><td>3</td><td>{DALBIT_RAW}</td><td>접속차단(국내)</td><td>해외 이용자 노출 유지</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="시정요구 조치결과 통보 table",
     why="table rows: 삭제 (removed), 조치불가 with reason (rejected), 접속차단 국내 (restricted)",
     items={NV[0]: "removed", NV[1]: "rejected", NV[2]: "restricted"})

case(name="naver-not-deleted-kept-up",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     date=d("2024-09-12 11:15"),
     subject=ko("Re: KCSC-240905-04 처리 결과"),
     reply_to_req=mid("KCSC-240905-04"),
     body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{NV[1]} 게시물은 삭제되지 않았습니다. 검토 결과 카페 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시가 유지됨을 알려드립니다.

추가 자료가 있으시면 회신 부탁드립니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시 유지 (refusal) reply",
     why="'삭제되지 않았습니다' with the reason (no violation found, stays up): rejected",
     items={NV[1]: "rejected"})

case(name="naver-will-act-in-order",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     date=d("2024-09-06 16:00"),
     subject=ko("Re: KCSC-240905-04 게시중단 요청 검토 안내"),
     reply_to_req=mid("KCSC-240905-04"),
     body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 아래 게시물은 현재 담당 부서에서 검토 중이며, 검토가 완료되는 대로 순차적으로 조치될 예정입니다.

- {NV[0]}
- {NV[1]}

처리 결과는 별도로 회신드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="NAVER 검토 중 안내",
     why="검토 중 and 조치될 예정: promises, no status",
     items={NV[0]: "pending", NV[1]: "pending"})

case(name="naver-correction-blind-to-operator-deleted",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     date=d("2024-09-10 14:30"),
     subject=ko("Re: KCSC-240905-04 처리 결과 (정정)"),
     reply_to_req=mid("KCSC-240905-04"),
     body=f"""
안녕하세요.

「{NV[0]}」 게시물은 임시조치하였습니다.

[정정] 앞서 안내드린 내용에 오류가 있어 바로잡습니다. 위 게시물은 임시조치가 아니라 운영자 삭제 처리되었습니다. 혼선을 드려 죄송합니다.

네이버 정책지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER notice with a 정정 (correction) paragraph",
     why="the correction replaces 임시조치 with 운영자 삭제: removed; URL in full-width brackets",
     items={NV[0]: "removed"})

case(name="naver-out-of-office",
     **{"from": "jiyoung.han@navercorp.com"}, name_from="Han Jiyoung",
     date=d("2024-09-13 09:00"),
     subject=ko("[자동응답] 부재중입니다: Re: KCSC-240905-04"),
     reply_to_req=mid("KCSC-240905-04"),
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
안녕하세요.

9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다. 메일은 복귀 후 확인하겠습니다.
급한 용무는 policy@navercorp.com 으로 보내 주시기 바랍니다.

한지영 드림
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto-reply (추석 연휴)",
     why="auto-reply",
     items={})

# ===== Kakao / Daum (KCSC-240906-05, 2 items) =====

_csv = ("\ufeffURL,처리결과,사유\n"
        f"{KK[0]},삭제,불법 금융 광고\n"
        f"{KK[1]},게시물 없음,작성자 삭제\n")
_csv_b64 = base64.encodebytes(_csv.encode("utf-8")).decode("ascii")
_intro_b64 = base64.encodebytes(
    "안녕하세요, 카카오 고객센터입니다.\n\n요청하신 KCSC-240906-05 건의 처리 결과를 첨부 파일로 보내드립니다.\n\n감사합니다.\n"
    .encode("utf-8")).decode("ascii")
CSVMAIL = f"""Content-Type: multipart/mixed; boundary="kk-708-csv"

--kk-708-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{_intro_b64}
--kk-708-csv
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240906-05.csv"
Content-Disposition: attachment; filename="result_KCSC-240906-05.csv"
Content-Transfer-Encoding: base64

{_csv_b64}
--kk-708-csv--
"""

case(name="daum-csv-attachment-results",
     **{"from": "cs-report@kakaocorp.com"}, name_from="Kakao",
     date=d("2024-09-11 10:20"),
     subject=ko("Re: KCSC-240906-05 처리 결과 안내"),
     reply_to_req=mid("KCSC-240906-05"),
     raw_mime=CSVMAIL,
     outcome="applied", classification="confirmation",
     imitates="Kakao result sheet sent as a CSV attachment",
     why="CSV rows: 삭제 (removed), 게시물 없음 / 작성자 삭제 (not_found)",
     items={KK[0]: "removed", KK[1]: "not_found"})

_b64_body = (
    "안녕하세요, 카카오 다음카페 운영팀입니다.\n\n"
    f"{KK[0]} 게시물은 블라인드 처리하였고, {KK[1]} 게시물은 검토 결과 "
    "불법정보에 해당한다고 보기 어려워 게시를 유지합니다.\n\n감사합니다.\n"
)
B64 = ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
       + base64.encodebytes(_b64_body.encode("utf-8")).decode("ascii"))

case(name="daum-base64-blind-and-kept",
     **{"from": "cafe-ops@daum.net"}, name_from="Daum Cafe",
     date=d("2024-09-12 13:45"),
     subject=ko("Re: KCSC-240906-05 게시물 조치 결과"),
     reply_to_req=mid("KCSC-240906-05"),
     raw_mime=B64,
     outcome="applied", classification="confirmation",
     imitates="Daum cafe operations reply (base64 body)",
     why="one sentence: 311 blinded (removed), 317 kept up because not illegal (rejected)",
     items={KK[0]: "removed", KK[1]: "rejected"})

case(name="daum-both-posts-deleted-bulk",
     **{"from": "cs-report@kakaocorp.com"}, name_from="Kakao",
     date=d("2024-09-10 18:02"),
     subject=ko("Re: KCSC-240906-05 조치 완료"),
     reply_to_req=mid("KCSC-240906-05"),
     body="""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물 2건 모두 삭제 조치를 완료하였습니다. (요청번호 KCSC-240906-05)

감사합니다.
""",
     outcome="review", review="bulk", classification="confirmation",
     imitates="Kakao 조치 완료 short reply",
     why="'2건 모두' for a two-item request without naming either post: bulk",
     items={KK[0]: "pending", KK[1]: "pending"})

case(name="daum-lookalike-domain",
     **{"from": "report@kakao-safety-center.com"}, name_from="Kakao Safety",
     date=d("2024-09-10 20:11"),
     subject=ko("KCSC-240906-05 게시물 삭제 완료 안내"),
     body=f"""
안녕하세요. 카카오 세이프티 센터입니다.

요청하신 {KK[0]} 게시물은 삭제 처리되었습니다.

처리 내역 확인: https://kakao-safety-center.com/status/88213
""",
     outcome="review", review="unknown_sender",
     imitates="lookalike-domain notice imitating Kakao",
     why="kakao-safety-center.com is not a Kakao sender domain",
     items={KK[0]: "pending"})

# ===== TikTok (KCSC-240909-06, 1 item) =====

case(name="tt-removed-no-url",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust and Safety",
     date=d("2024-09-11 03:30", UTC),
     subject="Re: KCSC-240909-06 Request to remove content",
     reply_to_req=mid("KCSC-240909-06"),
     body="""
Hi,

Thanks for your report. We've reviewed the video and removed it for violating our Community Guidelines on regulated goods.

TikTok Trust and Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok report outcome ('we removed the video')",
     why="one-item request answered in thread: removed",
     items={TT[0]: "removed"})

case(name="tt-no-violation-wont-remove",
     **{"from": "leo@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
     date=d("2024-09-12 02:15", UTC),
     subject="Re: KCSC-240909-06 Request to remove content",
     reply_to_req=mid("KCSC-240909-06"),
     body=f"""
Hello,

We reviewed {TT[0]} reported under KCSC-240909-06. We found that it doesn't violate our Community Guidelines or local law: the video shows a supplement unboxing and does not offer prescription drugs for sale. The video won't be removed.

TikTok Law Enforcement Outreach
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok 'no violation' outcome",
     why="refusal with its reason; 'won't be removed' is a decision, not a promise",
     items={TT[0]: "rejected"})

case(name="tt-ticket-receipt",
     **{"from": "noreply@tiktok.com"}, name_from="TikTok Support",
     date=d("2024-09-09 01:25", UTC),
     subject="We've received your report [ticket 98112233]",
     reply_to_req=mid("KCSC-240909-06"),
     body="""
Thanks for contacting TikTok.

We've received your report and created ticket 98112233. Our team reviews reports in the order they're received.

This mailbox is not monitored.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="ticket-system receipt",
     why="pure receipt",
     items={})

HEADER = """# Blind set 708 (what a program gets wrong): written from each email's
# meaning before any run of the reader. Generated by make.py; do not edit."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind708", HEADER, cases)
    print(f"{len(cases)} cases")
