#!/usr/bin/env python3
"""Blind set 456: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Every email was
written from scratch in the manner of a real platform notice (see the
`imitates` field of each case); the expected results come from each
email's meaning alone, written before any run of the reader.

    python3 tests/corpus/blind456/make.py

writes requests.csv, cases/*.eml and expected.toml. Deterministic.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value."""
    return Header(s, "utf-8").encode()


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


# ---------------------------------------------------------------- requests
TISTORY_SLUG = "코인-리딩방-후기"
TISTORY_RAW = "https://moonwell.tistory.com/entry/" + TISTORY_SLUG
TISTORY = "https://moonwell.tistory.com/entry/" + quote(TISTORY_SLUG)

# Telegram, KCSC-240902-01 (12 items, the largest request)
T101 = "https://t.me/night_ledger_kr/101"
T102 = "https://t.me/night_ledger_kr/102"
T117 = "https://t.me/night_ledger_kr/117"
P8 = "https://t.me/pale_orchard/8"
P9 = "https://t.me/pale_orchard/9"
P15 = "https://t.me/pale_orchard/15"
C2203 = "https://t.me/coin_rumor_desk/2203"
C2210 = "https://t.me/coin_rumor_desk/2210"
S44 = "https://t.me/silver_kettle_ch/44"
S45 = "https://t.me/silver_kettle_ch/45"
ML = "https://t.me/mute_lantern"
ML310 = "https://t.me/mute_lantern/310"
TG_ALL = [T101, T102, T117, P8, P9, P15, C2203, C2210, S44, S45, ML, ML310]

# X, KCSC-240903-02 (4 items)
X101 = "https://x.com/gray_finch_77/status/1831000000000000101"
X102 = "https://x.com/gray_finch_77/status/1831000000000000102"
X233 = "https://x.com/dune_relay/status/1831000000000000233"
XOP = "https://x.com/orbit_pawn"
X_ALL = [X101, X102, X233, XOP]

# YouTube, KCSC-240905-03 (3 items)
YQ = "https://www.youtube.com/watch?v=Qm3bT7vLw2A"
YH = "https://www.youtube.com/watch?v=Hx9Kp0zRt4E"
YC = "https://www.youtube.com/@quietmarlin_tv"
YT_ALL = [YQ, YH, YC]

# NAVER, KCSC-240906-04 (5 items)
N11 = "https://blog.naver.com/sunny_moth/223500001111"
N22 = "https://blog.naver.com/sunny_moth/223500001122"
N33 = "https://blog.naver.com/sunny_moth/223500001133"
NC21 = "https://cafe.naver.com/greenferry/5521"
NC30 = "https://cafe.naver.com/greenferry/5530"

# Kakao, KCSC-240909-05 (2 items)
DAUM = "https://cafe.daum.net/bluecrane88/Fqr1/312"

# TikTok, KCSC-240910-06 (1 item)
TT = "https://www.tiktok.com/@lumen.drift/video/7412000000000000011"

# X, KCSC-240911-07 (1 item)
XT = "https://x.com/tin_harbor/status/1838000000000000555"

REQUESTS = [
    ("KCSC-240902-01", "telegram", "2024-09-02", "2024-09-09", "illegal_gambling",
     "req-240902-01.b456@kcsc.example", "batch of 12, channels found by the monitoring team", TG_ALL),
    ("KCSC-240903-02", "x", "2024-09-03", "2024-09-10", "fraud",
     "req-240903-02.b456@kcsc.example", 'sent by web form, "legal demand" box ticked', X_ALL),
    ("KCSC-240905-03", "youtube", "2024-09-05", "2024-09-12", "fraud",
     "req-240905-03.b456@kcsc.example", "two videos and the channel", YT_ALL),
    ("KCSC-240906-04", "naver", "2024-09-06", "2024-09-13", "defamation",
     "req-240906-04.b456@kcsc.example", "blog and cafe posts, same author", [N11, N22, N33, NC21, NC30]),
    ("KCSC-240909-05", "kakao", "2024-09-09", "2024-09-16", "illegal_finance",
     "req-240909-05.b456@kcsc.example", "Tistory entry, Korean slug; Daum cafe post", [TISTORY, DAUM]),
    ("KCSC-240910-06", "tiktok", "2024-09-10", "2024-09-17", "drugs",
     "req-240910-06.b456@kcsc.example", "one video", [TT]),
    ("KCSC-240911-07", "x", "2024-09-11", "2024-09-18", "privacy",
     "req-240911-07.b456@kcsc.example", "one post, personal data", [XT]),
]
RID = {ref: mid.split("@")[0] for ref, _, _, _, _, mid, _, _ in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def gmail_quote(when, lines):
    out = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"]
    out += ["> " + l if l else ">" for l in lines]
    return "\n".join(out)


TG_REQUEST_LINES = [
    "Dear Telegram Abuse Team,",
    "",
    "Under request KCSC-240902-01 the Korea Communications Standards",
    "Commission asks you to remove or block the following 12 items by",
    "9 September 2024:",
    "",
] + TG_ALL + ["", "Regards,", "KCSC Takedown desk"]

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ Telegram
case(
    name="tg-mixed-statuses-one-sentence",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (abuse@telegram.org) answering part of a list",
    why="one sentence: 101 and 102 taken down, 117 could not be found (the 'may have been deleted' clause only guesses why)",
    **{"from": "abuse@telegram.org"},
    date="Wed, 4 Sep 2024 11:20:41 +0000",
    subject="Re: KCSC-240902-01 removal request [Case #4410937]",
    reply_to_req=RID["KCSC-240902-01"],
    body=f"""
Hello,

Thank you for your report.

Of the posts you listed from night_ledger_kr, {T101} and {T102} have been taken down, while {T117} could not be found on our servers and may have been deleted by the channel admin before we got to it.

The rest of your report is still with the moderation team.

Best regards,
Aleksa
Telegram Abuse Team
""",
    items={T101: "removed", T102: "removed", T117: "not_found"},
)

case(
    name="tg-hedges-in-relative-clauses",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply with per-link paragraphs",
    why="post 8 blocked (the relative clause about reposting is a guess about origin, not status); post 9 only 'appears to have been removed' and will be looked at again: pending",
    **{"from": "abuse@telegram.org"},
    date="Thu, 5 Sep 2024 08:02:13 +0000",
    subject="Re: KCSC-240902-01 [Case #4410937]",
    body=f"""
Hi,

We reviewed the posts from pale_orchard in your request KCSC-240902-01.

{P8}, which we believe may have been copied from another channel, has been blocked for violating the Telegram Terms of Service.

{P9}, which appears to have been removed by the channel owner already, is one we could not check properly. Our team will look at it again and write back.

Regards,
Telegram Support
""",
    items={P8: "removed", P9: "pending"},
)

case(
    name="tg-negations-channel-and-post",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply on a channel restricted in one country",
    why="channel not blocked globally but made unavailable in Korea only: restricted; post 310 not removed because it breaks no rule: rejected",
    **{"from": "abuse@telegram.org"},
    date="Fri, 6 Sep 2024 14:45:00 +0000",
    subject="Re: KCSC-240902-01 [Case #4410937] mute_lantern",
    body=f"""
Dear KCSC team,

Regarding case #4410937:

The channel {ML} has not been blocked globally. It has been made unavailable to users in the Republic of Korea only, in line with local law.

We have not removed {ML310}. This post does not break the Telegram Terms of Service and we did not find it unlawful on the basis of the material you sent, so it stays online.

Telegram Abuse Team
""",
    items={ML: "restricted", ML310: "rejected"},
)

case(
    name="tg-later-sentence-corrects-earlier",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk follow-up correcting its own earlier message",
    why="the email first recalls 'both removed', then corrects it: 2203 removed, 2210 leads to no existing post (not_found)",
    **{"from": "abuse@telegram.org"},
    date="Sat, 7 Sep 2024 17:31:09 +0000",
    subject="Correction: KCSC-240902-01 [Case #4410937]",
    body=f"""
Hello again,

In my message this morning I wrote that {C2203} and {C2210} had both been removed. That was not accurate.

{C2203} was removed. {C2210} was not: that link does not lead to any existing post, so there was nothing for us to remove.

Sorry for the confusion.

Mira
Telegram Abuse Team
""",
    items={C2203: "removed", C2210: "not_found"},
)

case(
    name="tg-statuses-by-position",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply that numbers the reported links and answers by number",
    why="the reply lists three links as 1-3, then 'Links 1 and 3 blocked, link 2 does not violate': 44 and 15 removed, 45 rejected",
    **{"from": "abuse@telegram.org"},
    date="Sat, 7 Sep 2024 09:12:55 +0000",
    subject="Re: KCSC-240902-01 [Case #4410937]",
    body=f"""
Hello,

You reported the following links:

1. {S44}
2. {S45}
3. {P15}

Links 1 and 3 have been blocked. Link 2 does not violate our Terms of Service and will remain available.

Telegram Abuse Team
""",
    items={S44: "removed", S45: "rejected", P15: "removed"},
)

_csv = (
    "link,decision,comment\r\n"
    f"{T117},blocked,ToS 2.1 (illegal gambling)\r\n"
    f"{C2203},not found,post does not exist\r\n"
    f"{C2210},no action,\"reviewed, does not violate ToS\"\r\n"
).encode("utf-8")
case(
    name="tg-csv-attachment-decisions",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with a CSV of per-link decisions attached",
    why="attached CSV: 117 blocked, 2203 not found, 2210 no action because it does not violate the ToS (rejected)",
    **{"from": "dsa@telegram.org"},
    date="Mon, 9 Sep 2024 10:05:30 +0000",
    subject="Decisions for Case #4410937 (KCSC-240902-01)",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b456-csv-06"

--b456-csv-06
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached our decisions for the links in case #4410937
(your reference KCSC-240902-01). Links not in the file are still being
reviewed.

Telegram DSA Team

--b456-csv-06
Content-Type: text/csv; charset=utf-8; name="case_4410937_decisions.csv"
Content-Disposition: attachment; filename="case_4410937_decisions.csv"
Content-Transfer-Encoding: base64

{b64lines(_csv)}
--b456-csv-06--
""",
    items={T117: "removed", C2203: "not_found", C2210: "rejected"},
)

case(
    name="tg-top-posted-over-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="short top-posted reply from a Telegram moderator over the quoted request (Gmail quoting)",
    why="44 blocked; t.me/silver_kettle_ch/45 (no scheme) left up because it breaks no rule; the 12 quoted URLs below are our own request",
    **{"from": "ilya.k@telegram.org"},
    name_from="Ilya K.",
    date="Tue, 10 Sep 2024 07:48:02 +0000",
    subject="Re: KCSC-240902-01 removal request (12 items)",
    reply_to_req=RID["KCSC-240902-01"],
    body=f"""
Done. {S44} is blocked now.

We left t.me/silver_kettle_ch/45 up: it is a repost of a news article and breaks none of our rules.

Nothing else from this list has been processed yet.

-- 
Ilya
Telegram Abuse

{gmail_quote("Mon, 2 Sep 2024 at 16:02", TG_REQUEST_LINES)}
""",
    items={S44: "removed", S45: "rejected"},
)

case(
    name="tg-dsa-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (visibility restriction in one country)",
    why="decision: content made inaccessible to users in Korea, available elsewhere: restricted; 'not found to be incompatible with our ToS' is the ground, not a refusal; the appeal link is not an item",
    **{"from": "dsa@telegram.org"},
    date="Wed, 11 Sep 2024 12:00:00 +0000",
    subject="Statement of reasons - Case #4410951",
    body=f"""
STATEMENT OF REASONS

Notice reference: KCSC-240902-01
Our reference: Case #4410951

Decision taken: restriction of visibility. The content listed below has been made inaccessible to users located in the Republic of Korea. It remains accessible in other countries.

Content concerned:
  {P9}

Facts and circumstances: the decision follows a notice submitted by the Korea Communications Standards Commission.

Ground for the decision: the content was considered illegal under the law of the Republic of Korea, as set out in the notice. It was not found to be incompatible with the Telegram Terms of Service.

Use of automated means: none.

Redress: the publisher of the content may contest this decision at https://telegram.org/dsa/appeal or before the competent courts.
""",
    items={P9: "restricted"},
)

case(
    name="tg-echoed-report-then-outcome",
    outcome="applied", classification="confirmation",
    imitates="ticket-system reply that echoes the report as received, then the outcome per link",
    why="the echoed report lists three links; the outcome block: 101 and 8 removed, 15 stays up (no violation): rejected",
    **{"from": "abuse@telegram.org"},
    date="Thu, 12 Sep 2024 15:22:47 +0000",
    subject="Report outcome [Case #4410937]",
    body=f"""
Your report (as received)
-------------------------
Reporter:  Korea Communications Standards Commission
Reference: KCSC-240902-01
Links:
  {T101}
  {P8}
  {P15}
Reason:    promotion of illegal gambling

Outcome
-------
  {T101} - removed
  {P8} - removed
  {P15} - no violation found, the content stays up

This message was sent by the Telegram abuse desk. Replies to this address are read.
""",
    items={T101: "removed", P8: "removed", P15: "rejected"},
)

case(
    name="tg-promise-will-remove",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk holding reply with a promise",
    why="'will be removed once our moderators have confirmed' is a promise: both items stay pending",
    **{"from": "abuse@telegram.org"},
    date="Tue, 3 Sep 2024 13:10:00 +0000",
    subject="Re: KCSC-240902-01 [Case #4410937]",
    body=f"""
Hello,

Thank you for the report KCSC-240902-01. The posts {T101} and {T102} will be removed once our moderators have confirmed the violation. We expect this within two working days.

Telegram Abuse Team
""",
    items={T101: "pending", T102: "pending"},
)

case(
    name="tg-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="one-line outcome from an abuse desk covering the whole report",
    why="'all of the content reported under KCSC-240902-01 has been removed' without naming the 12 items: bulk, nothing applied",
    **{"from": "abuse@telegram.org"},
    date="Fri, 13 Sep 2024 09:40:21 +0000",
    subject="Re: KCSC-240902-01 [Case #4410937] closed",
    body="""
Hello,

All of the content reported under KCSC-240902-01 has been removed. Thank you for helping us keep Telegram safe.

Telegram Abuse Team
""",
    items={u: "pending" for u in TG_ALL},
)

case(
    name="tg-appears-already-deleted",
    outcome="review", review="not_understood",
    imitates="Telegram support first look at two links, hedged",
    why="'it looks like ... has already been deleted' and 'may no longer be reachable' are hedges; confirmation is promised later",
    **{"from": "abuse@telegram.org"},
    date="Mon, 9 Sep 2024 18:03:44 +0000",
    subject="Re: KCSC-240902-01 [Case #4410937]",
    body=f"""
Hi,

It looks like {P15} has already been deleted, and {S45} may no longer be reachable either. We will confirm both once the moderators have checked them.

Telegram Support
""",
    items={P15: "pending", S45: "pending"},
)

case(
    name="tg-intake-change-no-claims",
    outcome="review", review="no_claims",
    imitates="platform notice to authorities about a new reporting channel",
    why="trusted Telegram mail that names no requested item and no request: no_claims",
    **{"from": "dsa@telegram.org"},
    date="Wed, 18 Sep 2024 06:00:00 +0000",
    subject="Change to how authorities send notices to Telegram",
    body="""
Dear partner,

From 1 October 2024, notices from public authorities should be sent through our dedicated form at https://telegram.org/dsa/authorities instead of by email. Mail sent to this address after that date will receive an automatic pointer to the form.

Existing cases are not affected and will be answered as usual.

Telegram DSA Team
""",
)

case(
    name="tg-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook-style automatic reply from a staff member",
    why="out-of-office auto-reply that quotes the subject of our request",
    **{"from": "aleksa@telegram.org"},
    name_from="Aleksa Petrova",
    date="Mon, 2 Sep 2024 16:05:12 +0000",
    subject="Automatic reply: KCSC-240902-01 removal request (12 items)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.

For abuse reports please write to abuse@telegram.org, where the team will pick up your message.

Aleksa
""",
)

# ================================================================ X
case(
    name="x-withheld-and-removed-one-sentence",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome email (country withheld content)",
    why="one sentence: post 101 withheld in South Korea (restricted), post 102 removed",
    **{"from": "legal@x.com"},
    date="Thu, 5 Sep 2024 02:14:09 +0000",
    subject="Re: KCSC-240903-02 [ref:_00D1x.5004x:ref]",
    body=f"""
Hello,

We have reviewed the report you submitted (reference KCSC-240903-02).

After review, the post {X101} has been withheld in South Korea in response to your legal demand, and the post {X102} has been removed for violating the X Rules.

Thanks,
X Legal
""",
    items={X101: "restricted", X102: "removed"},
)

case(
    name="x-refusal-with-reason-and-suspension",
    outcome="applied", classification="confirmation",
    imitates="X legal reply declining one post and suspending an account",
    why="233 does not violate the rules nor found unlawful, no action: rejected; account orbit_pawn permanently suspended: removed",
    **{"from": "legal@x.com"},
    date="Fri, 6 Sep 2024 04:30:51 +0000",
    subject="Re: KCSC-240903-02 [ref:_00D1x.5004x:ref]",
    body=f"""
Hello,

After careful review, we have determined that {X233} does not violate the X Rules, and we were unable to find it unlawful under Korean law based on the information provided. We will therefore not be taking action on it at this time.

The account {XOP} has been permanently suspended for violating our rules on platform manipulation and spam.

Regards,
X Legal
""",
    items={X233: "rejected", XOP: "removed"},
)

case(
    name="x-account-withheld-posts-still-in-review",
    outcome="applied", classification="confirmation",
    imitates="X legal reply withholding an account, posts still in review",
    why="account withheld in South Korea: restricted; the two posts listed under 'still under review' stay pending",
    **{"from": "legal@x.com"},
    date="Sat, 7 Sep 2024 01:02:33 +0000",
    subject="Re: KCSC-240903-02 [ref:_00D1x.5004x:ref]",
    body=f"""
Hello,

We have withheld the account @orbit_pawn ({XOP}) in South Korea.

The two posts from @gray_finch_77 you listed are still under review, and we will follow up when a decision has been made:
{X101}
{X102}

X Legal
""",
    items={XOP: "restricted", X101: "pending", X102: "pending"},
)

case(
    name="x-outlook-status-below-url",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a government-affairs staffer, status on the line under each URL, original request below",
    why="233 Status: Removed; 102 Status: Not found (deleted by the owner); the request under -----Original Message----- is ours",
    **{"from": "dana.m@x.com"},
    name_from="Dana M.",
    date="Mon, 9 Sep 2024 05:41:18 +0000",
    subject="RE: KCSC-240903-02 removal request",
    body=f"""
Hello KCSC,

Please see the outcome below.

{X233}
Status: Removed (violent speech)

{X102}
Status: Not found - the post was deleted by the account owner before our review

Regards,
Dana
X Global Government Affairs

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 3:10 PM
To: legal@x.com
Subject: KCSC-240903-02 removal request

Dear X,

Please remove the following content under request KCSC-240903-02:
{X101}
{X102}
{X233}
{XOP}

KCSC Takedown desk
""",
    items={X233: "removed", X102: "not_found"},
)

case(
    name="x-single-item-sole-statement",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome for a one-post request (no URL repeated)",
    why="'the reported post has been withheld in South Korea' in reply to a one-item request: restricted",
    **{"from": "legal@x.com"},
    date="Thu, 12 Sep 2024 03:55:00 +0000",
    subject="Re: KCSC-240911-07 removal request",
    reply_to_req=RID["KCSC-240911-07"],
    body="""
Hello,

Thank you for your report. The reported post has been withheld in South Korea in response to your legal demand.

X Legal
""",
    items={XT: "restricted"},
)

case(
    name="x-under-review-hedges",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="'appears to violate ... we have not yet removed it' and 'may already have been suspended ... we are checking': both pending",
    **{"from": "legal@x.com"},
    date="Wed, 4 Sep 2024 09:19:27 +0000",
    subject="Re: KCSC-240903-02 [ref:_00D1x.5004x:ref]",
    body=f"""
Hello,

Thanks for following up on KCSC-240903-02.

The post {X233} appears to violate our violent speech policy and is currently with our specialist team. We have not yet removed it.

The account {XOP} may already have been suspended by our automated spam systems; we are checking this.

X Legal
""",
    items={X233: "pending", XOP: "pending"},
)

case(
    name="x-unknown-sender-vendor",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="a vendor domain that is no platform's sender states removals of X posts: unknown_sender, nothing applied",
    **{"from": "ops@brightline-trust.example"},
    name_from="Brightline Trust Services",
    date="Tue, 10 Sep 2024 08:08:08 +0000",
    subject="KCSC-240903-02 - outcome",
    body=f"""
Dear Sir or Madam,

Brightline Trust Services handles part of the content review for X in the APAC region. We can confirm that {X101} and {X102} have been removed.

Kind regards,
Brightline Trust Services, Singapore
""",
    items={X101: "pending", X102: "pending"},
)

case(
    name="x-table-contradicted-by-note",
    outcome="review", review="conflicting_statements",
    imitates="X legal-demand outcome with a results table and a free-text note",
    why="the table says 'Withheld in KR' but the note below says no action was taken because the post breaks no rule: conflicting, pending",
    **{"from": "legal@x.com"},
    date="Fri, 13 Sep 2024 02:27:40 +0000",
    subject="Re: KCSC-240911-07 removal request",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Here is the outcome of your request KCSC-240911-07.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td>{XT}</td><td>Withheld in KR</td></tr>
</table>
<p>Note: after review, no action was taken on this post. It does not violate the X Rules, and we did not find it to be illegal in South Korea based on the information provided.</p>
<p>X Legal</p>
</body></html>
""",
    items={XT: "pending"},
)

_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x.com
Subject: KCSC-240903-02 removal request
Date: Tue, 03 Sep 2024 15:10:00 +0900
Message-ID: <req-240903-02.b456@kcsc.example>

Dear X,

Please remove the following content under request KCSC-240903-02:
{X101}
{X102}
{X233}
{XOP}
"""
case(
    name="x-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report) with the original message",
    why="a bounce of our own request; the URLs are in the returned original only",
    **{"from": "MAILER-DAEMON@x.com"},
    name_from="Mail Delivery System",
    date="Tue, 3 Sep 2024 06:11:02 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b456-dsn-39"

--b456-dsn-39
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx-in2.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-kr@x.com>: user unknown (mailbox disabled)

--b456-dsn-39
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in2.x.com
Arrival-Date: Tue,  3 Sep 2024 06:10:59 +0000 (UTC)

Final-Recipient: rfc822; legal-kr@x.com
Original-Recipient: rfc822;legal-kr@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; user unknown (mailbox disabled)

--b456-dsn-39
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_orig}
--b456-dsn-39--
""",
    items={u: "pending" for u in X_ALL},
)

# ================================================================ YouTube
case(
    name="yt-legal-outcome-three-ways",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (statement line, URL on the line below)",
    why="one video actioned under our policies (removed), one blocked in South Korea (restricted), channel not actioned with reasons (rejected); the help link is not an item",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Mon, 9 Sep 2024 22:10:04 +0000",
    subject="Re: [KCSC-240905-03] Legal request outcome",
    body=f"""
Hello,

Thank you for contacting YouTube. We have completed our review of the content identified in your request (KCSC-240905-03).

The following content has been actioned under our policies:
{YQ}

The following content has been blocked from view in South Korea, based on local law:
{YH}

We have decided not to take action on the following content. We did not find it to violate our Community Guidelines, and the request did not give us enough information to conclude that the channel as a whole is unlawful in South Korea:
{YC}

For more information about our policies, see https://support.google.com/youtube/answer/2801939.

Sincerely,
The YouTube Legal Team
""",
    items={YQ: "removed", YH: "restricted", YC: "rejected"},
)

case(
    name="yt-age-restricted-other-stays",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety reply (age restriction; the other video kept)",
    why="Hx9 age-restricted: restricted; Qm3, 'which could be removed in the future', does not break the guidelines and remains: rejected",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube Trust & Safety",
    date="Tue, 10 Sep 2024 19:44:31 +0000",
    subject="Update on your report (KCSC-240905-03)",
    body=f"""
Hi there,

We reviewed the two videos you reported.

The video {YH} has been age-restricted, so it can no longer be watched by signed-out users or by viewers under 18.

The video {YQ}, which could be removed in the future if the uploader repeats this kind of content, does not break our Community Guidelines at the moment and remains on YouTube.

Best,
YouTube Trust & Safety
""",
    items={YH: "restricted", YQ: "rejected"},
)

_yt_html = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Below is the outcome of our review of your request KCSC-240905-03.</p>
<table border="1" cellspacing="0" cellpadding="6">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td><a href="{YQ}">{YQ}</a></td><td>Removed &ndash; harassment and cyberbullying policy</td></tr>
<tr><td><a href="{YC}">{YC}</a></td><td>Content unavailable: the channel does not exist or was deleted by its owner</td></tr>
</table>
<p>You can read our policies at <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a>.</p>
<p>&mdash; The YouTube Team</p>
<p style="font-size:11px;color:#777">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>
"""
case(
    name="yt-base64-html-table",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome mail (base64 body, results table)",
    why="table: Qm3 removed; the channel does not exist or was deleted by its owner: not_found",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Wed, 11 Sep 2024 16:00:12 +0000",
    subject="Outcome of your request KCSC-240905-03",
    raw_mime=f"""
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64lines(_yt_html.encode("utf-8"))}
""",
    items={YQ: "removed", YC: "not_found"},
)

_qp_text = (
    "Hello,\n\n"
    "Following your request KCSC-240905-03, we have removed the following video for violating "
    f"YouTube's Community Guidelines on spam, deceptive practices and scams (see the notice sent to the uploader): {YH}\n\n"
    f"The channel <{YC}> has been terminated.\n\n"
    "Regards,\nYouTube Legal Support\n"
)
case(
    name="yt-qp-wrapped-url-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support plain-text mail in quoted-printable (soft line break inside the URL, '=' as =3D)",
    why="video Hx9 removed (URL split by a QP soft break); channel in angle brackets terminated: removed",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 21:18:45 +0000",
    subject="Re: [KCSC-240905-03] removal request",
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{quopri.encodestring(_qp_text.encode("utf-8")).decode("ascii")}
""",
    items={YH: "removed", YC: "removed"},
)

case(
    name="yt-bulk-videos-and-channel",
    outcome="review", review="bulk",
    imitates="YouTube short closing reply covering the whole request",
    why="'the videos and the channel you reported ... have been removed' names none of the three items: bulk",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 20:00:00 +0000",
    subject="Re: [KCSC-240905-03] removal request",
    body="""
Hello,

The videos and the channel you reported in KCSC-240905-03 have been removed from YouTube.

Regards,
YouTube Legal Support
""",
    items={u: "pending" for u in YT_ALL},
)

case(
    name="yt-case-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request receipt with case ID",
    why="pure receipt: case ID assigned, review promised, no statement about any item",
    **{"from": "legal-notices@google.com"},
    name_from="Google Legal Support",
    date="Thu, 5 Sep 2024 07:02:00 +0000",
    subject="[8-4120003350891] Your legal request has been received (KCSC-240905-03)",
    body="""
Hello,

Thanks for your legal request. Your case ID is 8-4120003350891.

We'll review your request and reply by email. You don't need to do anything right now. Please don't reply to this message; to add information, use the link in your original confirmation.

Google Legal Support
""",
)

# ================================================================ NAVER
case(
    name="naver-mixed-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단 처리 결과 안내",
    why="one sentence: 1111 게시중단 (removed); 1122는 (particle glued to the URL) already deleted by its author: not_found",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    date="Mon, 9 Sep 2024 10:30:00 +0900",
    subject=enc("[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240906-04)"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240906-04)의 처리 결과를 안내드립니다.

{N11} 은 게시중단 조치하였으며, {N22}는 작성자가 이미 삭제하여 확인되지 않는 게시물입니다.

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    items={N11: "removed", N22: "not_found"},
)

case(
    name="naver-correction-request-result-table",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 (HTML table: 연번, 대상 URL, 조치 결과, 비고)",
    why="table rows: 5521 임시조치 (restricted), 5530 삭제 (removed), 1133 미조치 with reason 'no policy violation' (rejected)",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 15:12:40 +0900",
    subject=enc("시정요구 조치결과 회신 - KCSC-240906-04"),
    type="html",
    body=f"""
<html><body>
<p>안녕하십니까. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240906-04)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4">
<tr><th>연번</th><th>대상 URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NC21}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>2</td><td>{NC30}</td><td>삭제</td><td>-</td></tr>
<tr><td>3</td><td>{N33}</td><td>미조치</td><td>정책 위반 사항이 확인되지 않음</td></tr>
</table>
<p>문의 사항은 본 메일로 회신해 주시기 바랍니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>
""",
    items={NC21: "restricted", NC30: "removed", N33: "rejected"},
)

case(
    name="naver-not-deleted-but-temporary-measure",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 안내 (정보통신망법 제44조의2)",
    why="'삭제하지 않았습니다' then access temporarily blocked (임시조치): restricted, not rejected",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Wed, 11 Sep 2024 11:05:19 +0900",
    subject=enc("RE: KCSC-240906-04 게시물 조치 요청"),
    body=f"""
안녕하십니까.

{NC21} 게시물은 삭제하지 않았습니다. 다만 정보통신망법 제44조의2에 따라 해당 게시물에 대한 접근을 임시로 차단하는 임시조치를 하였습니다.

임시조치 기간이 끝난 뒤의 처리는 별도로 안내드리겠습니다.

네이버 정책지원팀 드림
""",
    items={NC21: "restricted"},
)

case(
    name="naver-correction-author-deleted",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 정정 안내",
    why="recalls an earlier '삭제 완료', then corrects it: the author had deleted the post before any action, result changed to '게시물 없음': not_found",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Fri, 13 Sep 2024 17:40:02 +0900",
    subject=enc("[정정] KCSC-240906-04 처리 결과"),
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.

9월 10일 안내드린 메일에서 {NC30} 게시물을 '삭제 완료'로 안내드렸으나, 확인 결과 해당 게시물은 저희가 조치하기 전에 작성자가 직접 삭제한 것으로 확인되었습니다.

이에 해당 게시물의 처리 결과를 '게시물 없음'으로 정정합니다. 혼선을 드려 죄송합니다.

네이버 정책지원팀 드림
""",
    items={NC30: "not_found"},
)

case(
    name="naver-results-by-number",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고 처리 결과 (접수 내역을 번호로 되풀이하고 번호별 결과)",
    why="echoed list 1-3, then '1번, 3번: 블라인드 처리' (removed) and '2번: 게시물이 존재하지 않음' (not_found)",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    date="Thu, 12 Sep 2024 09:15:33 +0900",
    subject=enc("[네이버 고객센터] 신고하신 게시물 처리 결과"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

[신고 접수 내역]
1. {N11}
2. {N22}
3. {N33}

[처리 결과]
1번, 3번 게시물: 블라인드 처리
2번 게시물: 게시물이 존재하지 않음

감사합니다.
""",
    items={N11: "removed", N33: "removed", N22: "not_found"},
)

case(
    name="naver-asks-for-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 권리침해 신고 소명 자료 요청",
    why="asks for a copy of the decision before acting; the temporary measure is conditional: asks_more, pending",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Mon, 9 Sep 2024 14:00:00 +0900",
    subject=enc("RE: KCSC-240906-04 관련 자료 요청"),
    body=f"""
안녕하십니까.

요청하신 {N33} 게시물을 검토하려면 심의 의결서 사본이 필요합니다. 자료를 회신해 주시면 검토 후 임시조치 여부를 결정하여 안내드리겠습니다.

네이버 정책지원팀 드림
""",
    items={N33: "pending"},
)

case(
    name="naver-forged-auth-fail",
    outcome="review", review="untrusted",
    imitates="NAVER 처리 결과 안내 from a navercorp.com address failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails: untrusted, nothing applied",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from=enc("네이버 정책지원팀"),
    date="Sat, 14 Sep 2024 02:11:45 +0900",
    subject=enc("KCSC-240906-04 처리 완료"),
    body=f"""
안녕하십니까.

요청하신 게시물 {NC21}, {NC30} 모두 삭제 완료하였습니다.

네이버 정책지원팀
""",
    items={NC21: "pending", NC30: "pending"},
)

case(
    name="naver-search-delists-tistory",
    outcome="review", review="wrong_platform",
    imitates="NAVER 검색 고객센터 reply about another operator's page (검색 결과 제외)",
    why="NAVER speaks of a Tistory (Kakao) item: it only excluded it from NAVER search and points us to Kakao: wrong_platform",
    **{"from": "search_help@navercorp.com"},
    name_from=enc("네이버 검색 고객센터"),
    date="Wed, 11 Sep 2024 13:47:00 +0900",
    subject=enc("검색 결과 노출 제외 요청 처리 안내"),
    body=f"""
안녕하세요. 네이버 검색 고객센터입니다.

요청하신 {TISTORY_RAW} 는 네이버가 운영하는 서비스가 아니어서 원문을 삭제할 수는 없으나, 네이버 검색 결과에 해당 URL이 노출되지 않도록 제외 처리하였습니다.

원문 게시물에 대한 조치는 운영사인 카카오에 요청해 주시기 바랍니다.

감사합니다.
""",
    items={TISTORY: "pending"},
)

case(
    name="naver-mdn-read",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN, message/disposition-notification) from a NAVER WORKS mailbox",
    why="a read receipt for our request; says nothing about items",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Fri, 6 Sep 2024 16:30:11 +0900",
    subject=enc("읽음: KCSC-240906-04 게시물 조치 요청"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b456-mdn-40"

--b456-mdn-40
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

보내신 메일 "KCSC-240906-04 게시물 조치 요청"을(를) 수신자가 2024-09-06 16:30에 읽었습니다.

--b456-mdn-40
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240906-04.b456@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b456-mdn-40--
""",
)

case(
    name="naver-noreply-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 안내 (발신 전용)",
    why="pure receipt with a receipt number; answer promised later",
    **{"from": "noreply@naver.com"},
    name_from=enc("네이버 고객센터"),
    date="Fri, 6 Sep 2024 18:02:50 +0900",
    subject=enc("[네이버 고객센터] 문의가 접수되었습니다"),
    body="""
본 메일은 발신 전용입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409-118832

담당자가 확인한 후 순차적으로 답변드리겠습니다. 답변은 문의하신 메일 주소로 발송됩니다.

네이버 고객센터
""",
)

# ================================================================ Kakao
case(
    name="kakao-tistory-raw-korean-url",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 처리 결과 (블라인드, 임시조치)",
    why="Tistory entry with a raw Korean slug 블라인드 (removed); Daum cafe post 30일 임시조치(접근 제한) (restricted) despite the 'unclear' reason",
    **{"from": "policy@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Wed, 11 Sep 2024 10:21:07 +0900",
    subject=enc("[카카오] KCSC-240909-05 게시물 처리 결과 안내"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

KCSC-240909-05 건으로 요청하신 게시물의 처리 결과를 안내드립니다.

- {TISTORY_RAW} : 운영정책 위반으로 블라인드 처리되었습니다.
- {DAUM} : 권리침해 여부가 명확하지 않아 정보통신망법에 따라 30일간 임시조치(접근 제한)하였습니다.

감사합니다.
""",
    items={TISTORY: "removed", DAUM: "restricted"},
)

case(
    name="kakao-refusal-korean",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 게시중단 요청 미조치 안내",
    why="reviewed, no violation found, '게시중단 조치를 하지 않았습니다': rejected; the help-centre link is not an item",
    **{"from": "cafe_notice@daum.net"},
    name_from=enc("Daum 카페"),
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    subject=enc("게시중단 요청 검토 결과 (KCSC-240909-05)"),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

{DAUM} 게시글을 검토하였으나, 관련 법령 및 Daum 카페 운영정책에 위반되는 내용이 확인되지 않아 게시중단 조치를 하지 않았습니다.

이의가 있으시면 https://cs.daum.net/ 고객센터로 문의해 주세요.

Daum 카페 운영팀 드림
""",
    items={DAUM: "rejected"},
)

case(
    name="kakao-out-of-office-korean",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 (추석 연휴)",
    why="holiday out-of-office auto-reply",
    **{"from": "jh.seo@kakaocorp.com"},
    name_from=enc("서지훈"),
    date="Mon, 9 Sep 2024 18:40:00 +0900",
    subject=enc("[자동응답] 부재중입니다: KCSC-240909-05 게시물 조치 요청"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, 서지훈입니다.

9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@kakaocorp.com 으로 보내 주시면 담당자가 확인하겠습니다.

감사합니다.
""",
)

# ================================================================ TikTok
case(
    name="tiktok-all-content-one-item",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email ('we removed the content you reported')",
    why="'all of the content you reported has been removed' answering a one-item request: removed",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 06:33:29 +0000",
    subject="Outcome of your report (KCSC-240910-06)",
    body="""
Hello,

Thank you for your report (KCSC-240910-06). We reviewed all of the content you reported, and it has been removed for violating our Community Guidelines.

TikTok Legal
""",
    items={TT: "removed"},
)

case(
    name="tiktok-receipt-echoes-url",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report receipt echoing the reported link",
    why="a receipt that repeats the reported link and promises review; no statement about the video",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Tue, 10 Sep 2024 09:00:41 +0000",
    subject="We've received your report",
    body=f"""
Hi,

We've received your report.

Reported content: {TT}
Report ID: 7412990012

Our team will review your report and take appropriate action. We'll let you know the outcome by email.

TikTok Safety
""",
    items={TT: "pending"},
)


HEADER = """# Blind set 456 (tests/corpus/blind456/): what a program gets wrong.
# Written by python3 tests/corpus/blind456/make.py; edit the case list there.
# Expected results come from each email's meaning alone, before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind456", HEADER, cases)
