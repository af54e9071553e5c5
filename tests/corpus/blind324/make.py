#!/usr/bin/env python3
"""Blind set 324: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or corrected) by a note, statuses given by position.

Written from each email's meaning, before any run of the reader.
Deterministic: `python3 tests/corpus/blind324/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
import email.header
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
corpuslib.DOMAIN_NAMES.setdefault("daum.net", "Daum")

# ---------------------------------------------------------------- requests
KR_NAME = "행운토토"
KR_NAME_PCT = urllib.parse.quote(KR_NAME)

T = [
    "https://t.me/moonlit_casino_kr/1041",   # T[0]
    "https://t.me/moonlit_casino_kr/1042",   # T[1]
    "https://t.me/moonlit_casino_kr/1057",   # T[2]
    "https://t.me/paldo_pills/88",           # T[3]
    "https://t.me/paldo_pills/93",           # T[4]
    "https://t.me/hanul_toto_vip/7",         # T[5]
    "https://t.me/hanul_toto_vip/12",        # T[6]
    "https://t.me/hanul_toto_vip/19",        # T[7]
    "https://t.me/greyfox_market/302",       # T[8]
    "https://t.me/greyfox_market/318",       # T[9]
    "https://t.me/seabreeze_slots",          # T[10]
    "https://t.me/seabreeze_slots/640",      # T[11]
]
X = [
    "https://x.com/nightowl_gamble/status/1830874412093317121",
    "https://x.com/nightowl_gamble/status/1830874412093317599",
    "https://x.com/dalbit_drops/status/1831129950218760333",
    "https://x.com/dalbit_drops/status/1831129950218760874",
]
X5 = "https://x.com/rainmaker_spin/status/1833410072366229505"
Y = [
    "https://www.youtube.com/watch?v=qR7mTe2LxVo",
    "https://www.youtube.com/watch?v=Hb3Kp0wZs1E",
    "https://www.youtube.com/@bamboo_pharm_tv",
]
Y4 = "https://www.youtube.com/shorts/Zx8nYc4Pq2M"
N = [
    "https://blog.naver.com/sunny_lotto77/223541890112",
    "https://blog.naver.com/sunny_lotto77/223541893305",
    "https://cafe.naver.com/pillgarden/5120",
    "https://cafe.naver.com/pillgarden/5133",
    "https://in.naver.com/" + KR_NAME_PCT + "/contents/internal/681204477",
]
N5_RAW = "https://in.naver.com/" + KR_NAME + "/contents/internal/681204477"
D = [
    "https://cafe.daum.net/bluemoon_club/Hn7q/2231",
    "https://cafe.daum.net/bluemoon_club/Hn7q/2240",
]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     T, "gambling", "gambling and drug channels, one batch"),
    ("KCSC-240904-02", "x", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00",
     X, "gambling", "two accounts advertising betting sites"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     Y, "drugs", "videos and channel selling prescription drugs"),
    ("KCSC-240906-04", "naver", "2024-09-06T14:10:00+09:00", "2024-09-13T18:00:00+09:00",
     N, "gambling", "blog, cafe and influencer posts"),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:20:00+09:00", "2024-09-16T18:00:00+09:00",
     D, "obscenity", "Daum Cafe posts"),
    ("KCSC-240910-06", "x", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [X5], "gambling", "single post"),
    ("KCSC-240911-07", "youtube", "2024-09-11T09:05:00+09:00", "2024-09-18T18:00:00+09:00",
     [Y4], "drugs", "single short"),
]


def req_mid(ref):
    return "req-" + ref[5:].lower()  # corpuslib adds @kcsc.example


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=datetime.timezone(datetime.timedelta(hours=9)))
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def all_pending(urls):
    return {u: "pending" for u in urls}


def gmail_quote(ref, urls, when):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
             "> Dear Trust & Safety team,",
             ">",
             "> The Korea Communications Standards Commission has found the content",
             "> below to be illegal under Korean law and requests its removal",
             f"> (our reference {ref}):",
             ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">",
              "> Please remove the content and tell us the result for each link.",
              ">",
              "> KCSC Takedown desk"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


TG_SUBJ = "Re: [KCSC-240903-01] Request for removal of illegal content"
X_SUBJ = "Re: [KCSC-240904-02] Removal request - illegal gambling advertising"
YT_SUBJ = "Re: [KCSC-240905-03] Legal removal request - sale of prescription drugs"
NV_SUBJ = "RE: [KCSC-240906-04] 불법정보 시정요구"
DM_SUBJ = "RE: [KCSC-240909-05] 불법정보 시정요구 (다음카페)"

# ================================================================ Telegram
case(
    name="tg-mixed-one-sentence",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(4, 16, 12), subject=TG_SUBJ, reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your report, Case #40981733.

Following our review, {T[0]} and {T[1]} have been blocked, whereas {T[2]} could not be found on Telegram.

We are still working through the remaining links from your list and will write again.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply to a takedown report (short prose, Case # number)",
    why="two removed and one not_found in a single sentence joined by 'whereas'",
    items={T[0]: "removed", T[1]: "removed", T[2]: "not_found"},
)

case(
    name="tg-hedge-relative-clause",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(5, 10, 3), subject=TG_SUBJ, reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi,

We have blocked {T[5]}, which may also have been reported by other users in the meantime.

The message {T[6]}, which appears to have been edited after your report, is still being reviewed by our moderators.

Regards,
Telegram Abuse Team
Case #40981733
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, prose with relative clauses",
    why="the hedge in the first sentence is about other reports, not the block; the second item is under review",
    items={T[5]: "removed", T[6]: "pending"},
)

case(
    name="tg-channel-kept-post-removed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(5, 18, 44), subject=TG_SUBJ, reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Regarding your report (Case #40981733):

The channel {T[10]} itself was not removed. Having looked through its recent history, we found that the channel as a whole does not break the Telegram Terms of Service; most of its posts are ordinary chat about football results.

However, the individual post {T[11]} advertised an unlicensed betting site and has been taken down.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply separating a channel decision from a post decision",
    why="negated removal with its reason for the channel (rejected), removal for the post whose URL extends the channel URL",
    items={T[10]: "rejected", T[11]: "removed"},
)

case(
    name="tg-correction-later-line",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(6, 9, 21), subject=TG_SUBJ, reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Results for Case #40981733:

{T[8]} - not found
{T[9]} - not found

Correction: our first search used an outdated index of that channel. {T[8]} does exist and has now been blocked. The result for the other message is unchanged.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk result list followed by a correction paragraph",
    why="the correction paragraph revises the first line for 302 (removed); 318 stays not_found",
    items={T[8]: "removed", T[9]: "not_found"},
)

case(
    name="tg-refusal-reason-and-kr-block",
    **{"from": "dsa@telegram.org"}, name_from="Telegram Legal",
    date=d(6, 15, 2), subject=TG_SUBJ, reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Dear KCSC team,

We have completed our review of the two paldo_pills messages in your request.

We will not take action against {T[3]}. The post advertises a registered pharmacy's opening hours and does not offer any prescription-only medicine; it does not breach our Terms of Service or, as far as we can determine, Korean law.

{T[4]} has been made unavailable to users in the Republic of Korea.

Kind regards,
Telegram Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram legal team reply with a reasoned refusal and a country block",
    why="'will not take action' with its reason is a decision (rejected), not a promise; the other is blocked in Korea only",
    items={T[3]: "rejected", T[4]: "restricted"},
)

case(
    name="tg-bare-url-status-below",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(7, 11, 35), subject=TG_SUBJ, reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Case #40981733 - status of the hanul_toto_vip messages

{T[7]}
Status: blocked

{T[5]}
Status: blocked

{T[6]}
Status: under review

--
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk status list, bare URL with the status on the line below",
    why="each URL's status is on the line below it; 'under review' leaves the third pending",
    items={T[7]: "removed", T[5]: "removed", T[6]: "pending"},
)

case(
    name="tg-url-below-statement",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(7, 17, 8), subject=TG_SUBJ, reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

The following message has been made unavailable on all Telegram apps:
{T[2]}

We could not locate the following message. It may have been deleted by the channel admins before our review:
{T[9]}

Telegram Abuse Team
Case #40981733
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, statement followed by the URL on the next line",
    why="statement lines point forward to the URL below; 'could not locate' is firm, only its cause is hedged",
    items={T[2]: "removed", T[9]: "not_found"},
)

case(
    name="tg-echoed-report-form",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(8, 13, 50), subject="Your report to Telegram - Case #40981733",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Here is the outcome of the report you submitted (reference KCSC-240903-01).

Your report
-----------
Link: {T[0]}
Reason: Illegal gambling
Decision: The message was blocked.

Link: {T[1]}
Reason: Illegal gambling
Decision: No violation of the Telegram Terms of Service was found. The message remains available.

Thank you for helping keep Telegram safe.
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram report-outcome notice echoing the submitted report form",
    why="per-link Decision lines: one blocked, one kept for lack of violation",
    items={T[0]: "removed", T[1]: "rejected"},
)

case(
    name="tg-angle-brackets-wrapped",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(9, 8, 57), subject=TG_SUBJ, reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Dear colleagues,

After a second review we have blocked the messages <{T[3]}> and
<{T[4]}> for all users, as both offer prescription medicines for sale
without a prescription.

Best,
Telegram Abuse Team (Case #40981733)
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with URLs in angle brackets and a hard-wrapped sentence",
    why="one statement over two bracketed URLs across a line break",
    items={T[3]: "removed", T[4]: "removed"},
)

case(
    name="tg-blocked-and-promise",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(9, 19, 30), subject=TG_SUBJ, reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

{T[8]} has been blocked. The second greyfox_market link, {T[9]}, will be reviewed by our team within 48 hours and we will get back to you.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk partial reply",
    why="a done block and a promise in neighbouring sentences; the promised item stays pending",
    items={T[8]: "removed", T[9]: "pending"},
)

case(
    name="tg-positions-over-quote",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(10, 14, 5), subject=TG_SUBJ, reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi,

Update on your list below, using your numbering: items 1, 2 and 4 are blocked; item 3 was not found; the rest are still under review.

Telegram Abuse Team

{gmail_quote("KCSC-240903-01", T, "Tue, Sep 3, 2024 at 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Top-posted abuse-desk reply giving results by the numbering of the quoted request",
    why="statuses given by position in the regulator's own numbered list quoted below; the rest under review",
    items={T[0]: "removed", T[1]: "removed", T[3]: "removed", T[2]: "not_found",
           **{u: "pending" for u in T[4:]}},
)

case(
    name="tg-promise-only",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(4, 9, 15), subject=TG_SUBJ, reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your report. The messages {T[5]}, {T[6]} and {T[7]} will be blocked as soon as our moderators have confirmed the gambling content. We expect to finish this within two working days and will update you then.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk holding reply promising action",
    why="'will be blocked as soon as ... confirmed' is a conditional promise; nothing has happened yet",
    items={T[5]: "pending", T[6]: "pending", T[7]: "pending"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(12, 10, 40), subject=TG_SUBJ, reply_to_req=req_mid("KCSC-240903-01"),
    body="""
Hello,

All of the channels and messages listed in your report KCSC-240903-01 have been blocked.

Thank you for your cooperation.
Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram abuse-desk one-line closing reply",
    why="one statement about all items of a 12-item request, naming none",
    items=all_pending(T),
)

_csv = "link,decision,date\r\n" + T[6] + ",no violation found,2024-09-11\r\n"
case(
    name="tg-conflict-body-vs-csv",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(11, 15, 27), subject=TG_SUBJ, reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="tg-b324-mix"

--tg-b324-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We have blocked {T[6]}. The decision log for Case #40981733 is attached.

Telegram Abuse Team

--tg-b324-mix
Content-Type: text/csv; charset=utf-8; name="case-40981733.csv"
Content-Disposition: attachment; filename="case-40981733.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--tg-b324-mix--
""",
    outcome="review", review="conflicting_statements",
    imitates="Abuse-desk reply with an attached decision log (CSV)",
    why="the body says blocked, the attached log says no violation found for the same link",
    items={T[6]: "pending"},
)

case(
    name="tg-conditional-block",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(8, 20, 1), subject=TG_SUBJ, reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

We have contacted the administrators of hanul_toto_vip. If {T[7]} is not taken down by the channel owner within 24 hours, we will block it on our side.

Telegram Abuse Team
Case #40981733
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply announcing a deadline given to the channel owner",
    why="a condition and a future block, no done action",
    items={T[7]: "pending"},
)

case(
    name="tg-out-of-office",
    **{"from": "m.petrov@telegram.org"}, name_from="Mikhail Petrov",
    date=d(3, 10, 2), subject="Automatic reply: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thank you for your message. I am out of the office until 9 September with limited access to email.

Reports of illegal content should be sent to abuse@telegram.org, where they will be handled by the team on duty.

Mikhail
""",
    outcome="ignored", classification="auto_reply",
    imitates="Out-of-office auto-reply from a platform employee",
    why="automatic reply with Auto-Submitted header, no statement",
    items={},
)

case(
    name="tg-unknown-sender-admin",
    **{"from": "paldo.admin@mailbox.example"}, name_from="paldo admin",
    date=d(5, 23, 18), subject="Re: your complaint about paldo_pills (KCSC-240903-01)",
    body=f"""
hello

I am the admin of the paldo_pills channel. Telegram told me about your complaint. I already deleted both posts myself:

{T[3]}
{T[4]}

please tell telegram to close the case, the channel is legal now.
""",
    outcome="review", review="unknown_sender",
    imitates="Email from a channel owner (not the platform) claiming self-deletion",
    why="the sender is not any platform's domain; the statement cannot change a status",
    items={T[3]: "pending", T[4]: "pending"},
)

# ================================================================ X
case(
    name="x-positions-in-own-list",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date=d(9, 12, 14), subject=X_SUBJ, reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

We have reviewed the reported posts:

1. {X[0]}
2. {X[1]}
3. {X[2]}
4. {X[3]}

Outcome: items 1 and 4 have been withheld in South Korea. Item 2 was deleted by the account holder before our review. Item 3 does not violate the X Rules or local law, and it remains available.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email listing the posts and answering by item number",
    why="statuses given by the email's own numbering; withheld, author-deleted, no violation",
    items={X[0]: "restricted", X[3]: "restricted", X[1]: "not_found", X[2]: "rejected"},
)

case(
    name="x-table-note-correction",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date=d(13, 9, 2), subject=X_SUBJ, reply_to_req=req_mid("KCSC-240904-02"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please find below the actions taken on your request KCSC-240904-02.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X[0]}</td><td>Withheld in: KR</td></tr>
<tr><td>{X[1]}</td><td>Withheld in: KR</td></tr>
</table>
<p><b>Update, 13 September:</b> after the table above was produced, a further review found that
<a href="{X[1]}">{X[1]}</a> violates the X Rules. It has since been removed globally; this replaces
the entry for that post in the table.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table (HTML) with a later update note",
    why="the note explicitly replaces the table row for the second post: removed, not restricted",
    items={X[0]: "restricted", X[1]: "removed"},
)

case(
    name="x-table-note-conflict",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date=d(13, 15, 40), subject=X_SUBJ, reply_to_req=req_mid("KCSC-240904-02"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X[2]}</td><td>No action taken - the post does not violate the X Rules or Korean law</td></tr>
</table>
<p>The post {X[2]} has been withheld in South Korea in response to your request.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="X legal outcome table (HTML) whose note disagrees with it",
    why="the table says no action, the note says withheld; neither says it replaces the other",
    items={X[2]: "pending"},
)

case(
    name="x-base64-removed-notfound",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date=d(10, 11, 11), subject=X_SUBJ, reply_to_req=req_mid("KCSC-240904-02"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hello,

Thank you for your request.

{X[0]} was removed for violating the X Rules on illegal gambling promotion.

We were unable to locate {X[2]}. The link returns no post; please check that it was copied correctly.

X Legal
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply sent as a base64 text body",
    why="one removed, one not found, in a base64-encoded body",
    items={X[0]: "removed", X[2]: "not_found"},
)

case(
    name="x-ack-plus-statement",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date=d(5, 8, 30), subject=X_SUBJ, reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for reaching out. We've received your report and assigned it case number 0905-KR-55120.

The post at {X[3]} has already been removed for violating our policy on illegal or certain regulated goods and services. We are reviewing the other posts in your report and will reply separately.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X receipt email that also reports an action already taken",
    why="an acknowledgement phrase plus an unhedged removal of one post; the rest not named",
    items={X[3]: "removed"},
)

case(
    name="x-single-all-content",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date=d(12, 17, 55), subject="Re: [KCSC-240910-06] Removal request - gambling advertisement",
    reply_to_req=req_mid("KCSC-240910-06"),
    body="""
Hello,

We have withheld all of the content identified in your request in South Korea.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal withheld-content notice to the requester",
    why="an 'all content' statement answering a one-item request applies to that item",
    items={X5: "restricted"},
)

case(
    name="x-untrusted-removed",
    **{"from": "legalrequests@x.com"}, name_from="X Legal", auth="fail",
    date=d(11, 3, 12), subject=X_SUBJ,
    body=f"""
Hello,

The post {X[1]} has been removed from X.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply failing DMARC (forged or broken relay)",
    why="platform domain but authentication failed",
    items={X[1]: "pending"},
)

case(
    name="x-read-receipt",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date=d(4, 12, 2), subject="Read: [KCSC-240904-02] Removal request - illegal gambling advertising",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="x-b324-mdn"

--x-b324-mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legalrequests@x.com
  Subject: [KCSC-240904-02] Removal request - illegal gambling advertising
  Sent: Wednesday, September 4, 2024 11:30 AM

was read on Wednesday, September 4, 2024 12:01 PM.

--x-b324-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Mailer
Final-Recipient: rfc822;legalrequests@x.com
Original-Message-ID: <req-240904-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--x-b324-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Read receipt (MDN) from a mail client",
    why="a read receipt says nothing about items",
    items={},
)

# ================================================================ YouTube
case(
    name="yt-one-sentence-three-statuses",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(10, 18, 3), subject=YT_SUBJ, reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

Thank you for contacting YouTube.

After review, we've removed {Y[0]} globally for violating our policy on the sale of regulated goods and restricted {Y[1]} in South Korea based on local law, but we did not take action on the channel {Y[2]} as a whole, since the remaining videos on it do not violate our policies.

You can learn more about how we handle legal requests at https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removal outcome email",
    why="three items, three statuses in one sentence; the help link is not an item",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected"},
)

case(
    name="yt-single-sole-removed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(13, 11, 48), subject="Re: [KCSC-240911-07] Legal removal request - prescription drug sale",
    reply_to_req=req_mid("KCSC-240911-07"),
    body="""
Hello,

Thanks for your report (your reference KCSC-240911-07). After reviewing the content, we've removed it from YouTube for violating our Community Guidelines.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'we removed the content you reported' notice",
    why="the only statement, naming no URL, answers a one-item request",
    items={Y4: "removed"},
)

_yt_qp = f"""Hello,

We've reviewed the videos in your request KCSC-240905-03.

We've applied an age restriction to {Y[1]}. The video is not removed; viewers must be signed in and over 18 to watch it.

The video {Y[0]} was already removed by the uploader before our review, so no action was needed from us.

Regards,
YouTube Legal Support
"""
case(
    name="yt-qp-age-restricted",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(11, 9, 36), subject=YT_SUBJ, reply_to_req=req_mid("KCSC-240905-03"),
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_qp)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome sent quoted-printable",
    why="'age restriction ... not removed' is restricted; removed by the uploader is not_found",
    items={Y[1]: "restricted", Y[0]: "not_found"},
)

case(
    name="yt-refusal-then-reversed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(16, 14, 22), subject=YT_SUBJ, reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello again,

On 10 September we told you that we would not take action on the channel {Y[2]}, because the videos we had looked at did not violate our policies.

Following an escalated review of the whole channel, we have now terminated it for repeated violations of our regulated goods policy.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube follow-up reversing an earlier decision",
    why="the earlier refusal is only recalled; the later sentence states the channel is terminated",
    items={Y[2]: "removed"},
)

case(
    name="yt-hedges-only",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(6, 10, 14), subject=YT_SUBJ, reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

Our initial check suggests that {Y[0]} may already have been taken down by the uploader, and {Y[1]} appears to be restricted in some regions already.

We'll confirm the final outcome for all three items once our review is complete.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply with preliminary findings",
    why="'may already have been', 'appears to be' and a promise to confirm: no firm statement",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="yt-asks-court-order",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(6, 16, 50), subject=YT_SUBJ, reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

Before we can act on the following videos, we need more information:

- {Y[0]}
- {Y[1]}

Please reply with a copy of the Commission's decision for each video and the specific provision of Korean law that the content violates. Once we receive these, we will continue our review.

YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal request for supporting documents",
    why="asks for documents before acting; nothing is done",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="yt-legal-receipt",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d(5, 9, 41), subject="Re: [KCSC-240905-03] Legal removal request - sale of prescription drugs",
    reply_to_req=req_mid("KCSC-240905-03"),
    body="""
Hello,

Thanks for contacting Google Legal Support. We have received your request and created a ticket with reference number 4-2291000038315. Please keep this number in the subject line of any reply.

Our team will review your request and contact you if further information is needed.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform auto-acknowledgement with ticket number",
    why="pure receipt, no statement about any item",
    items={},
)

# ================================================================ NAVER
case(
    name="naver-particles-mixed",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d(9, 15, 10), subject=NV_SUBJ, reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
방송통신심의위원회 담당자님께,

요청하신 게시물 중 {N[0]}은 게시중단 조치하였으며, {N[1]}의 경우 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 조치 결과 회신 (prose)",
    why="two statuses in one Korean sentence, URLs followed directly by particles 은/의",
    items={N[0]: "removed", N[1]: "not_found"},
)

_nv_html = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>KCSC-240906-04 시정요구에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치 결과</th><th>조치 일자</th><th>비고</th></tr>
<tr><td>1</td><td>{N[2]}</td><td>삭제</td><td>2024-09-10</td><td></td></tr>
<tr><td>2</td><td>{N[3]}</td><td>임시조치</td><td>2024-09-10</td><td>30일</td></tr>
<tr><td>3</td><td>{N5_RAW}</td><td>미조치</td><td>-</td><td>검토 결과 관련 법령 및 운영정책 위반 사항 확인되지 않음</td></tr>
</table>
<p>네이버 정책지원팀</p>
</body></html>
"""
case(
    name="naver-html-table-qp",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d(10, 17, 25), subject=NV_SUBJ, reply_to_req=req_mid("KCSC-240906-04"),
    raw_mime=f"""
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_nv_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (HTML, quoted-printable)",
    why="table rows: 삭제, 임시조치, 미조치 with a no-violation reason; the Korean path is written raw",
    items={N[2]: "removed", N[3]: "restricted", N[4]: "rejected"},
)

case(
    name="naver-negation-korean",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d(11, 11, 2), subject=NV_SUBJ, reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N[2]} 게시물은 검토 결과 삭제하지 않기로 하였습니다. 해당 글은 의약품 판매 글이 아니라 복용 후기로 확인되어 운영정책 위반 소지가 없다고 판단하였습니다.

반면 {N[3]} 게시물은 판매 연락처가 포함되어 있어 블라인드 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe moderation reply with a reasoned refusal",
    why="negated 삭제 with its reason (rejected) next to a 블라인드 (removed)",
    items={N[2]: "rejected", N[3]: "removed"},
)

case(
    name="naver-fullwidth-parens",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d(12, 14, 33), subject=NV_SUBJ, reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
담당자님 안녕하세요.

요청하신 게시물 중 아래 2건은 임시조치(30일) 하였습니다：
・（{N5_RAW}）
・（{N[1]}）

이의신청이 없으면 30일 후 삭제될 예정입니다.

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice with full-width punctuation around the URLs",
    why="임시조치 is restricted; the later deletion is only planned; URLs wrapped in full-width parentheses, one Korean path raw",
    items={N[4]: "restricted", N[1]: "restricted"},
)

case(
    name="naver-bulk-korean",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d(13, 10, 5), subject=NV_SUBJ, reply_to_req=req_mid("KCSC-240906-04"),
    body="""
방송통신심의위원회 담당자님께,

KCSC-240906-04 건으로 요청하신 게시물 5건 모두 게시중단 조치를 완료하였습니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 조치 완료 reply",
    why="'5건 모두' covers a five-item request without naming any item",
    items=all_pending(N),
)

case(
    name="naver-contact-change",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d(17, 9, 0), subject="[안내] 정책지원팀 연락처 변경 안내",
    body="""
관계기관 담당자님께,

2024년 10월 1일부터 불법정보 관련 요청 접수 창구가 변경됩니다. 이후 요청은 새 주소(policy-kr@navercorp.com)로 보내주시기 바랍니다.

기존 주소로 보내신 메일도 당분간은 함께 확인합니다.

네이버 정책지원팀
""",
    outcome="review", review="no_claims",
    imitates="Platform notice of a changed contact address",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="naver-bounce",
    **{"from": "MAILER-DAEMON@navercorp.com"}, name_from="Mail Delivery System",
    date=d(6, 14, 11), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="nv-b324-dsn"

--nv-b324-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.navercorp.com.

Your message could not be delivered to one or more recipients.

<policy-old@navercorp.com>: host mailstore.navercorp.com said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

--nv-b324-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com
Arrival-Date: Fri,  6 Sep 2024 14:10:58 +0900 (KST)

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--nv-b324-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: [KCSC-240906-04] 불법정보 시정요구
Message-ID: <req-240906-04@kcsc.example>
Content-Type: text/plain; charset=us-ascii

Please remove the following content (KCSC-240906-04):
{N[0]}
{N[1]}
{N[2]}
{N[3]}
{N[4]}

--nv-b324-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="a bounce; the URLs and 'remove' are only in our returned request",
    items={},
)

case(
    name="naver-help-receipt",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d(6, 14, 30), subject="[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2409061430-88172)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409061430-88172

담당자가 확인 후 순차적으로 답변드리겠습니다. 답변은 영업일 기준 3일 이내에 메일로 안내됩니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre ticket receipt",
    why="automatic receipt with a ticket number, nothing about items",
    items={},
)

# ================================================================ Kakao / Daum
_dm_csv = "\ufeff번호,URL,처리결과,처리일시\r\n1," + D[0] + ",게시중단,2024-09-11 10:12\r\n2," + D[1] + ",접근제한(국내),2024-09-11 10:15\r\n"
case(
    name="daum-csv-attachment",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티",
    date=d(11, 10, 30), subject=DM_SUBJ, reply_to_req=req_mid("KCSC-240909-05"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="dm-b324-csv"

--dm-b324-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요, 카카오 세이프티팀입니다.

요청하신 게시물에 대한 처리 결과를 첨부 파일로 보내드립니다.

감사합니다.
''')}
--dm-b324-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-05_result.csv"
Content-Disposition: attachment; filename="KCSC-240909-05_result.csv"
Content-Transfer-Encoding: base64

{b64(_dm_csv)}
--dm-b324-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 처리 결과 reply with a CSV attachment (BOM, Korean headers)",
    why="CSV rows: 게시중단 (removed) and 접근제한(국내) (restricted)",
    items={D[0]: "removed", D[1]: "restricted"},
)

case(
    name="daum-top-posted-outlook",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티",
    date=d(10, 16, 45), subject=DM_SUBJ, reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
안녕하세요.

요청하신 게시물 중 {D[0]} 은 게시중단 처리하였습니다.
다른 한 건은 카페 운영자 소명을 받고 있어 결과가 나오는 대로 회신드리겠습니다.

카카오 세이프티팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:20 AM
To: safety@kakaocorp.com
Subject: [KCSC-240909-05] 불법정보 시정요구 (다음카페)

안녕하세요. 방송통신심의위원회입니다.
아래 게시물은 음란정보로 심의 의결되었으므로 삭제를 요청합니다.

1. {D[0]}
2. {D[1]}

처리 결과를 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted Korean reply over the regulator's original request",
    why="only the first post is stated removed; the second is pending and appears again only in the unquoted Outlook original",
    items={D[0]: "removed", D[1]: "pending"},
)

case(
    name="daum-korean-refusal",
    **{"from": "cafe-report@daum.net"}, name_from="Daum 카페",
    date=d(12, 11, 20), subject=DM_SUBJ, reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
방송통신심의위원회 담당자님,

KCSC-240909-05 요청 건 처리 결과입니다.

- {D[0]} : 게시중단 조치 완료
- {D[1]} : 검토 결과 카페 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시중단하지 않았습니다.

Daum 카페 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe 게시중단 result list with a reasoned refusal",
    why="bulleted list: removed, and a negated 게시중단 with its reason (rejected)",
    items={D[0]: "removed", D[1]: "rejected"},
)

case(
    name="daum-wrong-platform",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티",
    date=d(9, 9, 50), subject=NV_SUBJ, reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.

참조로 보내주신 메일에 포함된 {N[3]} 는 다음카페 주소가 아니어서, 당사 시스템에서는 해당 게시물이 확인되지 않습니다.

네이버 측에 직접 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Platform reply about a URL of another platform received in copy",
    why="Kakao states it cannot find a NAVER item; only NAVER can state its status",
    items={N[3]: "pending"},
)

case(
    name="daum-out-of-office-kr",
    **{"from": "jh.seo@kakaocorp.com"}, name_from="서지훈",
    date=d(9, 10, 21), subject="[자동회신] RE: [KCSC-240909-05] 불법정보 시정요구 (다음카페)",
    reply_to_req=req_mid("KCSC-240909-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 서지훈입니다.

9월 9일부터 9월 13일까지 휴가로 부재중입니다.
긴급한 신고 건은 safety@kakaocorp.com 으로 보내주시면 담당자가 처리합니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동회신)",
    why="automatic out-of-office reply",
    items={},
)

def _encode_headers(c):
    """Real mail carries non-ASCII display names and subjects as RFC 2047
    encoded words; do the same."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode()


for _c in CASES:
    _encode_headers(_c)

HEADER = """# Blind set 324 (tests/corpus/blind324): what a program gets wrong.
# Written by tests/corpus/blind324/make.py from each email's meaning,
# before any run of the reader. Do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind324", HEADER, CASES)
