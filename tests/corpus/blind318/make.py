#!/usr/bin/env python3
"""Blind set 318: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Every expected result
below was written from the meaning of the email alone, before any run of the
reader. Deterministic:

    python3 tests/corpus/blind318/make.py

writes requests.csv, cases/*.eml and expected.toml next to this script.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
CAFE_KO = "주식리딩방"
N2_RAW = f"https://cafe.naver.com/{CAFE_KO}/4411"
N2 = f"https://cafe.naver.com/{quote(CAFE_KO)}/4411"

X = {
    1: "https://x.com/lucky_spin_kr/status/1830011122233344401",
    2: "https://x.com/lucky_spin_kr/status/1830011122233344402",
    3: "https://x.com/bet_king_777/status/1829900011122233301",
    4: "https://x.com/bet_king_777/status/1829900011122233302",
    5: "https://x.com/moonlight_pills/status/1830200300400500601",
    6: "https://x.com/moonlight_pills/status/1830200300400500602",
    7: "https://x.com/hana_toto_vip/status/1830555666777888901",
    8: "https://x.com/hana_toto_vip/status/1830555666777888902",
    9: "https://x.com/deepshot_kr/status/1830777888999000101",
    10: "https://x.com/deepshot_kr/status/1830777888999000102",
    11: "https://x.com/jackpot_seoul/status/1830888999000111201",
    12: "https://x.com/redline_casino",
}
T = {
    1: "https://t.me/sky_pharma_kr/311",
    2: "https://t.me/sky_pharma_kr/318",
    3: "https://t.me/blackmarket_seoul/1204",
    4: "https://t.me/iceroute_kr",
    5: "https://t.me/toto_signal_room/52",
    6: "https://t.me/toto_signal_room/58",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8pLx2A",
    2: "https://www.youtube.com/watch?v=Hk7wR1zN5bE",
    3: "https://www.youtube.com/watch?v=Zp0sD4fGh6J",
    4: "https://www.youtube.com/shorts/Lw9cX2vBn3M",
    5: "https://www.youtube.com/@slotmaster_tv",
}
N = {
    1: "https://blog.naver.com/goldwave_77/223560011223",
    2: N2,
    3: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567",
}
K = {
    1: "https://cafe.daum.net/hotdeal_zone/Rk2f/1182",
    2: "https://gamblekor.tistory.com/58",
}
TK1 = "https://www.tiktok.com/@night_pharm_kr/video/7409812345678901234"

REQ = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", [X[i] for i in range(1, 13)], "illegal gambling and drug promotion on X"),
    ("KCSC-240905-02", "telegram", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", [T[i] for i in range(1, 5)], "drug sale channels"),
    ("KCSC-240906-03", "youtube", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "gambling", [Y[i] for i in range(1, 6)], "online slot promotion videos"),
    ("KCSC-240909-04", "naver", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     "fraud", [N[i] for i in range(1, 4)], "unlicensed stock-leading rooms"),
    ("KCSC-240910-05", "kakao", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling", [K[1], K[2]], "gambling site advertising"),
    ("KCSC-240911-06", "tiktok", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "drugs", [TK1], "drug sale video"),
    ("KCSC-240912-07", "telegram", "2024-09-12T16:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "gambling", [T[5], T[6]], "sports betting tip channel"),
]
MID = {r[0]: r[0] + "." + r[2][:10].replace("-", "") for r in REQ}  # + @kcsc.example


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQ:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def single(ctype, cte, payload):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{payload}\n")


def alternative(boundary, text, html):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{qp(text)}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{qp(html)}\n"
            f"--{boundary}--\n")


def with_csv(boundary, text, fname, csv_text):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{text.strip()}\n"
            f'--{boundary}\nContent-Type: text/csv; charset=utf-8; name="{fname}"\n'
            f'Content-Disposition: attachment; filename="{fname}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b64(csv_text)}\n"
            f"--{boundary}--\n")


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines.strip("\n").split("\n"))


def our_request(ref, urls, greeting):
    body = [greeting, "",
            "The Korea Communications Standards Commission has determined that the",
            "content listed below is illegal information under Article 44-7 of the",
            "Information and Communications Network Act and requests its removal",
            f"(reference {ref}).", ""]
    body += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    body += ["", "Please reply to this address with the action taken for each item.", "",
             "KCSC Takedown Desk"]
    return "\n".join(body)


def ref_subject(ref, ko=False):
    return f"Re: [{ref}] " + ("불법정보 삭제 요청" if ko else "Request to remove illegal content")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X (KCSC-240903-01)
R1 = "KCSC-240903-01"

case(name="x-withheld-and-removed-one-sentence", outcome="applied", classification="confirmation",
     **{"from": "legal-ops@x.com"}, date="Mon, 09 Sep 2024 06:12:40 +0000",
     subject=ref_subject(R1), reply_to_req=MID[R1],
     imitates="X legal-request outcome email (country withheld content vs. X Rules removal)",
     why="one sentence gives two statuses: the first post withheld in Korea, the second removed globally",
     body=f"""Hello,

Thank you for your report regarding {R1}.

After reviewing the posts you reported, we have withheld {X[1]} in South Korea under local law, and {X[2]} has been removed globally because it violates the X Rules on illegal and regulated goods and services.

We will respond separately regarding the remaining posts in your request.

Regards,
X Legal
""",
     items={X[1]: "restricted", X[2]: "removed"})

case(name="x-declined-with-reason", outcome="applied", classification="confirmation",
     **{"from": "legal-ops@x.com"}, date="Mon, 09 Sep 2024 08:40:03 +0000",
     subject=ref_subject(R1), reply_to_req=MID[R1],
     imitates="X legal-request reply declining action with a reason, help form link",
     why="first post refused with a reason (news link, no violation); second removed; the help form link is no item",
     body=f"""Hello,

Following review, we have determined that {X[3]} does not violate the X Rules or the local law cited in your notice: the post links to a news article about a court ruling on illegal betting and does not promote betting itself. We are therefore not taking action on it at this time.

The other post you reported from the same account, {X[4]}, promotes an unlicensed betting site and has been removed.

If you have additional legal information you would like us to consider, you can reply to this email or submit it through https://help.x.com/forms/legal.

Thanks,
X Legal
""",
     items={X[3]: "rejected", X[4]: "removed"})

case(name="x-revised-after-second-review", outcome="applied", classification="confirmation",
     **{"from": "legal-ops@x.com"}, date="Thu, 12 Sep 2024 02:05:51 +0000",
     subject=ref_subject(R1), reply_to_req=MID[R1],
     imitates="X follow-up reversing an earlier 'no violation' decision",
     why="the first sentence repeats an earlier refusal, the next revises it: now removed; the second post remains withheld in Korea",
     body=f"""Hello again,

Update on your request {R1}.

In our reply of 9 September we told you that {X[5]} did not violate our policies. Our team has since re-examined the post with the additional context your office provided, and it has now been removed for violating our rules on illegal drugs.

{X[6]} remains withheld in South Korea, as previously communicated.

X Legal
""",
     items={X[5]: "removed", X[6]: "restricted"})

case(name="x-relative-clause-hedges", outcome="applied", classification="confirmation",
     **{"from": "legal-ops@x.com"}, date="Tue, 10 Sep 2024 01:30:12 +0000",
     subject=ref_subject(R1), reply_to_req=MID[R1],
     imitates="X legal reply with bulleted per-post outcomes",
     why="the hedge 'appears to repost' sits in a relative clause of a firm 'has been removed'; the second post is still under review",
     body=f"""Regarding {R1}:

- {X[7]}, which appears to repost material from an account we had already suspended, has been removed.
- {X[8]}, which we have not yet been able to fully assess, is still under review. We will write again once we have reached a decision.

Best,
X Legal
""",
     items={X[7]: "removed", X[8]: "pending"})

case(name="x-negations", outcome="applied", classification="confirmation",
     **{"from": "legal-ops@x.com"}, date="Tue, 10 Sep 2024 09:14:27 +0000",
     subject=ref_subject(R1), reply_to_req=MID[R1],
     imitates="X legal reply: no violation found / content no longer exists",
     why="'has not been removed' after 'did not find a violation' is a refusal; 'not able to withhold ... because it no longer exists' is not_found",
     body=f"""Thanks for your patience.

We did not find a violation of the X Rules in {X[9]} and it has not been removed. The post shows a screenshot of a television news report and contains no link to the material described in your notice.

We were not able to withhold {X[10]} because it no longer exists; it seems the account holder deleted it before our review.

X Legal
""",
     items={X[9]: "rejected", X[10]: "not_found"})

case(name="x-first-two-third", outcome="applied", classification="confirmation",
     **{"from": "legal-ops@x.com"}, date="Wed, 11 Sep 2024 04:48:00 +0000",
     subject=ref_subject(R1), reply_to_req=MID[R1],
     imitates="X agent reply listing the URLs then giving outcomes by position",
     why="statuses given by position: 'the first two' withheld in Korea, 'the third' could not be located",
     body=f"""Hello,

You asked us to review these three posts:

{X[1]}
{X[6]}
{X[11]}

The first two have been withheld in South Korea. We could not locate the third one: the link returns an error on our side and the post ID does not match any post in our systems.

Kind regards,
X Legal
""",
     items={X[1]: "restricted", X[6]: "restricted", X[11]: "not_found"})

X_TABLE_HTML = f"""<html><body>
<p>Hello,</p>
<p>Please see the outcome of your request {R1} below.</p>
<table border="1" cellpadding="4">
<tr><th>Reported post</th><th>Action</th></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>Withheld (KR)</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Removed</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>No violation</td></tr>
</table>
<p><b>Correction:</b> the action for the second post in the table above should read
&ldquo;Withheld (KR)&rdquo;, not &ldquo;Removed&rdquo;. The post was not removed globally.
We apologise for the error.</p>
<p>X Legal</p>
</body></html>"""
X_TABLE_TEXT = f"""Hello,

Please see the outcome of your request {R1} below.

Reported post | Action
{X[7]} | Withheld (KR)
{X[8]} | Removed
{X[9]} | No violation

Correction: the action for the second post in the table above should read "Withheld (KR)", not "Removed". The post was not removed globally. We apologise for the error.

X Legal
"""
case(name="x-html-table-correction-note", outcome="applied", classification="confirmation",
     **{"from": "legal-ops@x.com"}, date="Fri, 13 Sep 2024 03:22:19 +0000",
     subject=ref_subject(R1), reply_to_req=MID[R1],
     imitates="X outcome table (HTML + text alternative) with an agent's correction note",
     why="the note explicitly corrects the table's second row from Removed to Withheld (KR); the correction wins",
     raw_mime=alternative("b318-xtab-0001", X_TABLE_TEXT, X_TABLE_HTML),
     items={X[7]: "restricted", X[8]: "restricted", X[9]: "rejected"})

case(name="x-account-suspended", outcome="applied", classification="confirmation",
     **{"from": "legal-ops@x.com"}, date="Fri, 13 Sep 2024 07:50:33 +0000",
     subject=ref_subject(R1), reply_to_req=MID[R1],
     imitates="X notice of account suspension in response to a report",
     why="the reported account is permanently suspended: removed",
     body=f"""Hello,

We have permanently suspended the account {X[12]} for repeated violations of our rules on the promotion of illegal gambling. The account and its posts are no longer visible on X.

You can learn more about our enforcement options at https://help.x.com/en/rules-and-policies/enforcement-options.

X Legal
""",
     items={X[12]: "removed"})

case(name="x-url-below-statement", outcome="applied", classification="confirmation",
     **{"from": "legal-ops@x.com"}, date="Sat, 14 Sep 2024 00:10:45 +0000",
     subject=ref_subject(R1), reply_to_req=MID[R1],
     imitates="X legal reply with each statement followed by its URL on the next line",
     why="each URL stands on the line below its statement: one withheld in Korea, one found not violating and staying up",
     body=f"""Hi,

We reviewed your report {R1} and took the following actions.

This post has been withheld in South Korea:
{X[2]}

This post was found not to violate our rules or local law and will stay up:
{X[5]}

X Legal
""",
     items={X[2]: "restricted", X[5]: "rejected"})

case(name="x-bare-url-status-below", outcome="applied", classification="confirmation",
     **{"from": "legal-ops@x.com"}, date="Mon, 16 Sep 2024 05:33:08 +0000",
     subject=ref_subject(R1), reply_to_req=MID[R1],
     imitates="X case-summary email: bare URL with a Status line under it",
     why="status on the line under each bare URL: removed, no action (no violation), still open, withheld in KR",
     body=f"""Case summary - {R1}

{X[4]}
Status: Removed (Illegal or certain regulated goods or services)

{X[7]}
Status: No action taken - no violation found

{X[11]}
Status: Open - pending review

{X[10]}
Status: Withheld in: KR

This summary reflects the state of your case at the time of sending.
""",
     items={X[4]: "removed", X[7]: "rejected", X[11]: "pending", X[10]: "restricted"})

case(name="x-promise-withhold", outcome="review", review="not_understood",
     **{"from": "legal-ops@x.com"}, date="Wed, 04 Sep 2024 23:58:10 +0000",
     subject=ref_subject(R1), reply_to_req=MID[R1],
     imitates="X interim legal reply announcing a future withholding",
     why="'will be withheld once ... completes its assessment' is a promise under a condition, not a statement",
     body=f"""Hello,

Thank you for your notice {R1}.

Once our legal team completes its assessment, {X[1]} and {X[2]} will be withheld in South Korea. We expect to finish by the end of next week and will confirm the outcome then.

X Legal
""",
     items={X[1]: "pending", X[2]: "pending"})

case(name="x-bulk-all-withheld", outcome="review", review="bulk",
     **{"from": "legal-ops@x.com"}, date="Tue, 17 Sep 2024 02:44:51 +0000",
     subject=ref_subject(R1), reply_to_req=MID[R1],
     imitates="X short legal reply covering the whole report",
     why="'all of them' for a twelve-item request, naming none",
     body=f"""Hello,

We have reviewed the posts in your report {R1} and have withheld all of them in South Korea in response to your legal demand.

X Legal
""",
     items={})

case(name="x-gmail-account-owner", outcome="review", review="unknown_sender",
     **{"from": "betking777.kr@gmail.com"}, name_from="Bet King", date="Tue, 10 Sep 2024 13:02:11 +0000",
     subject=f"Re: {R1} my posts",
     imitates="account holder writing to the regulator after X's user notice",
     why="the account holder (a Gmail address, not X) says he deleted his posts: not the platform's statement",
     body=f"""Hello,

X told me that your office sent a legal request ({R1}) about my account. I have deleted both posts myself:

{X[3]}
{X[4]}

Please close the case. I did not know these links were illegal in Korea.

Thank you
""",
     items={X[3]: "pending", X[4]: "pending"})

case(name="x-out-of-office", outcome="ignored", classification="auto_reply",
     **{"from": "m.reyes@x.com"}, name_from="Marta Reyes", date="Tue, 03 Sep 2024 01:01:02 +0000",
     subject=f"Automatic reply: [{R1}] Request to remove illegal content", reply_to_req=MID[R1],
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     imitates="Outlook out-of-office auto-reply from a platform employee",
     why="out-of-office auto-reply; no statement about any item",
     body="""I am out of the office until 23 September with limited access to email.

For legal requests please use https://help.x.com/forms/legal so that the on-call team can pick them up.

Marta
""",
     items={})

case(name="x-receipt-echoes-urls", outcome="ignored", classification="acknowledgement",
     **{"from": "noreply-legal@x.com"}, name_from="X Legal", date="Tue, 03 Sep 2024 01:05:44 +0000",
     subject="We received your legal request", reply_to_req=MID[R1],
     imitates="X legal-request submission receipt echoing the reported URLs",
     why="a pure receipt that echoes three reported URLs with the reason given, no outcome for any",
     body=f"""Thank you for your submission. We have received your request and will review it.

Case number: 0298814471
Reference given: {R1}

Reported content:
{X[1]}
{X[2]}
{X[3]}

Reason given: Illegal content under local law (gambling)

Please do not reply to this message. You will hear from us once the review is complete.
""",
     items={X[1]: "pending", X[2]: "pending", X[3]: "pending"})

# ================================================================ Telegram (KCSC-240905-02, KCSC-240912-07)
R2 = "KCSC-240905-02"
R7 = "KCSC-240912-07"

case(name="tg-blocked-and-not-found-prose", outcome="applied", classification="confirmation",
     **{"from": "abuse@telegram.org"}, date="Sat, 07 Sep 2024 10:21:07 +0000",
     subject=ref_subject(R2), reply_to_req=MID[R2],
     imitates="Telegram abuse-desk reply (blocked / channel no longer exists)",
     why="two posts blocked (removed) in one sentence; the third channel no longer exists (not_found); the fourth not mentioned",
     body=f"""Hello,

Thank you for your report. The posts {T[1]} and {T[2]} have been blocked for violating Telegram's Terms of Service. We could not find {T[3]} - the channel no longer exists on Telegram.

Best regards,
Telegram Abuse Team
Case #4471902
""",
     items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"})

tg_quote = our_request(R2, [T[1], T[2], T[3], T[4]], "Dear Telegram Abuse Team,") + \
    "\nPlease reply by 12 September 2024."
case(name="tg-top-posted-over-quote", outcome="applied", classification="confirmation",
     **{"from": "abuse@telegram.org"}, date="Mon, 09 Sep 2024 15:40:29 +0000",
     subject=ref_subject(R2), reply_to_req=MID[R2],
     imitates="Telegram agent's top-posted reply over the quoted request",
     why="two posts blocked; 'the other two are still with our moderators' is no statement; the quoted list changes nothing",
     body=f"""Done. {T[1]} and {T[2]} are blocked. The other two are still with our moderators.

--
Telegram Support

On Thu, 5 Sep 2024 at 11:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(tg_quote)}
""",
     items={T[1]: "removed", T[2]: "removed", T[3]: "pending", T[4]: "pending"})

case(name="tg-bulk-all-four", outcome="review", review="bulk",
     **{"from": "abuse@telegram.org"}, date="Tue, 10 Sep 2024 08:03:55 +0000",
     subject=ref_subject(R2), reply_to_req=MID[R2],
     imitates="Telegram one-line abuse-desk reply",
     why="'all four links' for a four-item request without naming any: bulk",
     body="""Hi,

All four links from your report have been blocked.

Telegram Abuse Team
Case #4471902
""",
     items={})

case(name="tg-no-claims", outcome="review", review="no_claims",
     **{"from": "abuse@telegram.org"}, date="Wed, 18 Sep 2024 12:12:12 +0000",
     subject="Your reports",
     imitates="Telegram generic 'action taken where appropriate' reply",
     why="trusted Telegram mail naming no item and no request, outside any thread",
     body="""Hello,

We have looked into the channels mentioned in your recent messages and taken action where appropriate.

Thank you for helping keep Telegram safe.
Telegram Abuse Team
""",
     items={})

case(name="tg2-restricted-and-removed-angle", outcome="applied", classification="confirmation",
     **{"from": "abuse@telegram.org"}, date="Sat, 14 Sep 2024 09:27:41 +0000",
     subject=ref_subject(R7), reply_to_req=MID[R7],
     imitates="Telegram reply distinguishing a local restriction from a global block",
     why="first post restricted for users in South Korea; the second, 'on the other hand', removed for all users; URLs in angle brackets",
     body=f"""Hello,

Re: {R7}

Access to <{T[5]}> has been restricted for users in South Korea.

<{T[6]}>, on the other hand, has been removed for all users, as it also violates our Terms of Service.

Telegram Abuse Team
Case #4480177
""",
     items={T[5]: "restricted", T[6]: "removed"})

DSN_ORIG = our_request(R7, [T[5], T[6]], "Dear Telegram Abuse Team,")
case(name="tg2-dsn-user-unknown", outcome="ignored", classification="bounce",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
     date="Thu, 12 Sep 2024 07:00:31 +0000",
     subject="Undelivered Mail Returned to Sender",
     imitates="Postfix delivery status notification with the original request attached",
     why="a bounce: the attached original request lists both URLs but states nothing",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b318-dsn-0002"

--b318-dsn-0002
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@telegram.org>: host mail.telegram.org[198.51.100.25] said: 550 5.1.1
    <abuse-kr@telegram.org>: Recipient address rejected: User unknown

--b318-dsn-0002
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 12 Sep 2024 16:00:05 +0900

Final-Recipient: rfc822; abuse-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b318-dsn-0002
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@telegram.org
Subject: [{R7}] Request to remove illegal content
Date: Thu, 12 Sep 2024 16:00:00 +0900
Message-ID: <{MID[R7]}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{DSN_ORIG}

--b318-dsn-0002--
""",
     items={T[5]: "pending", T[6]: "pending"})

# ================================================================ YouTube (KCSC-240906-03)
R3 = "KCSC-240906-03"

YT_CSV = f"""url,decision,policy
{Y[1]},Removed,Community Guidelines - Regulated goods
{Y[2]},Blocked in KR,Local law
{Y[3]},No action,No policy violation found
{Y[4]},Removed,Community Guidelines - Spam and deceptive practices
"""
case(name="yt-csv-attachment", outcome="applied", classification="confirmation",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Wed, 11 Sep 2024 19:45:00 +0000",
     subject=ref_subject(R3), reply_to_req=MID[R3],
     imitates="Google/YouTube legal support reply with a per-URL outcome spreadsheet",
     why="outcomes only in the CSV attachment: removed, blocked in KR, no action, removed; the channel is not in the file",
     raw_mime=with_csv("b318-ytcsv-0003", f"""Hello,

Thank you for your request {R3}. Please find the outcome for each URL in the attached file.

Regards,
The YouTube Legal Support Team""", "KCSC-240906-03_outcome.csv", YT_CSV),
     items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "removed"})

YT_QP = f"""Hello,

Thanks for reaching out to us. In accordance with our legal policies, we have blocked the channel {Y[5]} from view on YouTube in South Korea. The video {Y[1]} has been removed globally under our Community Guidelines.

For more information about how we handle legal removals, see https://support.google.com/legal/answer/3110420.

– The YouTube Legal Support Team (YouTube 법무지원팀)
"""
case(name="yt-qp-legal-outcome", outcome="applied", classification="confirmation",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Thu, 12 Sep 2024 22:18:36 +0000",
     subject=ref_subject(R3), reply_to_req=MID[R3],
     imitates="YouTube legal-removal outcome email ('blocked from view in <country>'), quoted-printable",
     why="channel blocked from view in South Korea (restricted) and a video removed globally, in quoted-printable with soft line breaks",
     raw_mime=single("text/plain", "quoted-printable", qp(YT_QP)),
     items={Y[5]: "restricted", Y[1]: "removed"})

case(name="yt-age-restricted-and-declined", outcome="applied", classification="confirmation",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 02:30:50 +0000",
     subject=ref_subject(R3), reply_to_req=MID[R3],
     imitates="YouTube reply: age restriction applied / decided not to take action",
     why="an age restriction is restricted; a decision not to act because nothing is violated is a refusal with reason",
     body=f"""We have reviewed the content in your request {R3}.

{Y[3]}: we have applied an age restriction to this video. It is no longer visible to viewers who are signed out, under 18, or using Restricted Mode.

{Y[2]}: after careful review, we have decided not to take action on this video. It does not violate our Community Guidelines, and we did not find sufficient grounds to block it under local law.

Regards,
The YouTube Legal Support Team
""",
     items={Y[3]: "restricted", Y[2]: "rejected"})

case(name="yt-found-later", outcome="applied", classification="confirmation",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Sun, 15 Sep 2024 11:05:14 +0000",
     subject=ref_subject(R3), reply_to_req=MID[R3],
     imitates="YouTube follow-up after first failing to locate a Short",
     why="the first sentence says the Short could not be located, the next says it was since located and removed",
     body=f"""Hello,

At first we were unable to locate {Y[4]}, because the link in your request carried an extra character at the end. We have since located the Short and removed it for violating our spam and deceptive practices policy.

Regards,
The YouTube Legal Support Team
""",
     items={Y[4]: "removed"})

yt_quote = our_request(R3, [Y[i] for i in range(1, 6)], "Dear YouTube Legal team,")
case(name="yt-gmail-quote", outcome="applied", classification="confirmation",
     **{"from": "jiwoo.han@google.com"}, name_from="Jiwoo Han", date="Mon, 16 Sep 2024 06:41:22 +0000",
     subject=ref_subject(R3), reply_to_req=MID[R3],
     imitates="YouTube Trust & Safety employee's Gmail-style reply above the quoted request",
     why="two videos removed, one left up with a reason (news report, EDSA exception); the quoted request's other URLs stay pending",
     body=f"""Hi KCSC team,

We've removed {Y[2]} and {Y[3]} for violating our policies on regulated goods. We're leaving {Y[1]} up: it's a news report from a licensed broadcaster and falls under our EDSA exception.

Best,
Jiwoo
YouTube Trust & Safety

On Fri, Sep 6, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(yt_quote)}
""",
     items={Y[2]: "removed", Y[3]: "removed", Y[1]: "rejected", Y[4]: "pending", Y[5]: "pending"})

case(name="yt-hedge-uploader", outcome="review", review="not_understood",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Tue, 10 Sep 2024 03:15:09 +0000",
     subject=ref_subject(R3), reply_to_req=MID[R3],
     imitates="YouTube interim reply with unconfirmed observations",
     why="'may have been removed by the uploader' and 'appears to have been made private' are hedges; nothing confirmed",
     body=f"""Hello,

Our records suggest that {Y[1]} may have been removed by the uploader before our team reached it, and {Y[2]} appears to have been made private. We are confirming this with the relevant team and will get back to you.

Regards,
The YouTube Legal Support Team
""",
     items={Y[1]: "pending", Y[2]: "pending"})

YT_CONF_HTML = f"""<html><body>
<p>Hello,</p>
<p>Here is the decision on the content in your request {R3}.</p>
<table border="1" cellpadding="4">
<tr><th>Content URL</th><th>Decision</th><th>Policy</th></tr>
<tr><td>{Y[4]}</td><td>Removed</td><td>Spam and deceptive practices</td></tr>
</table>
<p>Note from the reviewer: the Short {Y[4]} is still available. Our reviewers found
no violation of the Community Guidelines and no basis to block it under local law.</p>
<p>The YouTube Legal Support Team</p>
</body></html>"""
case(name="yt-table-vs-note", outcome="review", review="conflicting_statements",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Wed, 18 Sep 2024 04:00:00 +0000",
     subject=ref_subject(R3), reply_to_req=MID[R3],
     imitates="YouTube decision table with a reviewer's note that contradicts it",
     why="the table says Removed, the note says still available with no violation; neither corrects the other explicitly",
     type="html", body=YT_CONF_HTML,
     items={Y[4]: "pending"})

case(name="yt-ticket-receipt", outcome="ignored", classification="acknowledgement",
     **{"from": "legal-noreply@google.com"}, name_from="Google Legal", date="Fri, 06 Sep 2024 05:10:10 +0000",
     subject=f"[8-1234000012345] Re: [{R3}] Request to remove illegal content", reply_to_req=MID[R3],
     imitates="Google legal-removal ticket receipt",
     why="pure acknowledgement with a ticket number",
     body=f"""Hello,

Thanks for contacting Google Legal. We have received your request ({R3}) and assigned it reference number 8-1234000012345. Our team will review it and respond as soon as possible.

Please keep the reference number in the subject line of any reply.

The Google Legal Team
""",
     items={})

# ================================================================ NAVER (KCSC-240909-04)
R4 = "KCSC-240909-04"

case(name="naver-text-table", outcome="applied", classification="confirmation",
     **{"from": "policy@navercorp.com"}, name_from="네이버 고객센터", date="Wed, 11 Sep 2024 01:20:00 +0000",
     subject=f"[NAVER] 게시물 게시중단 요청 처리 결과 안내 ({R4})", reply_to_req=MID[R4],
     imitates="NAVER 게시중단 요청 처리 결과 안내 (text table)",
     why="게시중단 (removed), 임시조치 (restricted), 해당 게시물 없음 (not_found); the Korean-path URL is written raw",
     body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.

| 번호 | URL | 처리 결과 |
|---|---|---|
| 1 | {N[1]} | 게시중단 |
| 2 | {N2_RAW} | 임시조치(30일) |
| 3 | {N[3]} | 해당 게시물 없음 |

문의사항은 본 메일에 회신해 주시기 바랍니다.
감사합니다.
""",
     items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"})

NAVER_B64 = f"""안녕하세요. 네이버 게시물 신고 담당자입니다.

요청번호 {R4} 관련하여 안내드립니다.

요청하신 {N[1]} 게시물은 운영정책 위반으로 블라인드 처리하였으며, {N[3]} 은 작성자가 이미 삭제한 게시물로 확인되었습니다.

감사합니다.
"""
case(name="naver-base64-prose", outcome="applied", classification="confirmation",
     **{"from": "report@naver.com"}, name_from="네이버 신고센터", date="Thu, 12 Sep 2024 06:30:00 +0000",
     subject=f"RE: [{R4}] 불법정보 삭제 요청", reply_to_req=MID[R4],
     imitates="NAVER 신고 처리 안내 mail, base64-encoded body",
     why="블라인드 처리 (removed) and 작성자가 이미 삭제 (not_found) in one Korean sentence",
     raw_mime=single("text/plain", "base64", b64(NAVER_B64)),
     items={N[1]: "removed", N[3]: "not_found"})

naver_orig = our_request(R4, [N[1], N2_RAW, N[3]], "네이버 정책 담당자님께,")
case(name="naver-refusal-with-reason", outcome="applied", classification="confirmation",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원", date="Fri, 13 Sep 2024 08:15:00 +0000",
     subject=f"RE: [{R4}] 불법정보 삭제 요청", reply_to_req=MID[R4],
     imitates="NAVER policy team reply (Outlook quoting) refusing one post with a reason",
     why="게시중단 처리 (removed); not taken down because no policy violation was found (rejected); the quoted request changes nothing",
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

{N[1]}는 게시중단 처리되었습니다.

{N2_RAW} 은 검토 결과 투자 정보를 공유하는 일반 게시글로, 운영정책 위반 사항이 확인되지 않아 게시중단 조치를 하지 않았습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 9:30 AM
To: policy@navercorp.com
Subject: [{R4}] 불법정보 삭제 요청

{naver_orig}
""",
     items={N[1]: "removed", N[2]: "rejected", N[3]: "pending"})

NAVER_HTML_TEXT = f"""안녕하세요, 네이버 카페 운영지원팀입니다.

요청하신 게시물의 처리 결과를 알려드립니다.

- {N2_RAW} : 해당 카페 게시물은 비공개 처리되었습니다.
- {N[3]} : 국내 이용자 대상 접근 제한 조치되었습니다.

운영정책은 https://help.naver.com/service/5614/contents/19195 에서 확인하실 수 있습니다.
"""
NAVER_HTML = f"""<html><body>
<p>안녕하세요, 네이버 카페 운영지원팀입니다.</p>
<p>요청하신 게시물의 처리 결과를 알려드립니다.</p>
<ul>
<li><a href="{N[2]}">{N2_RAW}</a> : 해당 카페 게시물은 비공개 처리되었습니다.</li>
<li><a href="{N[3].replace('&', '&amp;')}">{N[3].replace('&', '&amp;')}</a> : 국내 이용자 대상 접근 제한 조치되었습니다.</li>
</ul>
<p>운영정책은 <a href="https://help.naver.com/service/5614/contents/19195">고객센터</a>에서 확인하실 수 있습니다.</p>
</body></html>"""
case(name="naver-html-private-and-limited", outcome="applied", classification="confirmation",
     **{"from": "cafe_support@navercorp.com"}, name_from="네이버 카페", date="Sat, 14 Sep 2024 02:02:02 +0000",
     subject=f"[{R4}] 게시물 처리 결과 안내", reply_to_req=MID[R4],
     imitates="NAVER cafe support HTML notice (비공개 처리 / 접근 제한)",
     why="비공개 처리 (removed) and 접근 제한 for domestic users (restricted); the help-centre link is no item",
     raw_mime=alternative("b318-nvhtml-0004", NAVER_HTML_TEXT, NAVER_HTML),
     items={N[2]: "removed", N[3]: "restricted"})

case(name="naver-auth-fail", outcome="review", review="untrusted",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원", auth="fail",
     date="Fri, 13 Sep 2024 10:44:00 +0000",
     subject=f"RE: [{R4}] 불법정보 삭제 요청", reply_to_req=MID[R4],
     imitates="NAVER-looking reply failing DKIM/SPF/DMARC",
     why="a NAVER domain that fails authentication: untrusted",
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

{N[1]} 게시물은 게시중단 완료되었습니다.

감사합니다.
""",
     items={N[1]: "pending"})

case(name="naver-asks-documents", outcome="review", classification="request_for_info", review="asks_more",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원", date="Tue, 10 Sep 2024 05:00:00 +0000",
     subject=f"RE: [{R4}] 불법정보 삭제 요청", reply_to_req=MID[R4],
     imitates="NAVER request for supporting documents before acting",
     why="asks for the deliberation decision before acting on the cafe post; no statement",
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 {N2_RAW} 에 대한 조치를 검토하기 위해 아래 자료를 추가로 보내주시기 바랍니다.

1. 해당 게시물에 대한 심의 의결서 사본
2. 위반 법령 조항 및 판단 근거

자료를 받는 대로 검토하여 결과를 안내드리겠습니다.
감사합니다.
""",
     items={N[2]: "pending"})

case(name="naver-mdn", outcome="ignored", classification="read_receipt",
     **{"from": "sehee.park@navercorp.com"}, name_from="박세희", date="Mon, 09 Sep 2024 01:12:00 +0000",
     subject=f"읽음: [{R4}] 불법정보 삭제 요청",
     imitates="Outlook read receipt (MDN) from a NAVER employee",
     why="a read receipt",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b318-mdn-0005"

--b318-mdn-0005
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

다음 메시지를 읽었습니다.

제목: [{R4}] 불법정보 삭제 요청
받는 사람: sehee.park@navercorp.com
읽은 날짜: 2024-09-09 (월) 오전 10:12

--b318-mdn-0005
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;sehee.park@navercorp.com
Original-Message-ID: <{MID[R4]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b318-mdn-0005--
""",
     items={})

# ================================================================ Kakao (KCSC-240910-05)
R5 = "KCSC-240910-05"

case(name="kakao-particles-mixed", outcome="applied", classification="confirmation",
     **{"from": "report@kakaocorp.com"}, name_from="카카오 고객센터", date="Thu, 12 Sep 2024 04:40:00 +0000",
     subject=f"[카카오] 게시물 처리 결과 안내 ({R5})", reply_to_req=MID[R5],
     imitates="Kakao (Daum cafe / Tistory) 처리 결과 안내",
     why="임시조치 (restricted) for the cafe post and 삭제 (removed) for the Tistory post, URLs glued to Korean particles and full-width brackets",
     body=f"""안녕하세요, 카카오 고객센터입니다.

요청번호 {R5} 관련 처리 결과를 안내드립니다.

{K[1]}은 임시조치(30일)되었고, 「{K[2]}」 게시글은 티스토리 운영정책에 따라 삭제되었습니다.

감사합니다.
""",
     items={K[1]: "restricted", K[2]: "removed"})

case(name="kakao-negation", outcome="applied", classification="confirmation",
     **{"from": "report@kakaocorp.com"}, name_from="카카오 고객센터", date="Fri, 13 Sep 2024 07:07:07 +0000",
     subject=f"[카카오] 게시물 처리 결과 안내 ({R5})", reply_to_req=MID[R5],
     imitates="Kakao reply: not deleted (no violation) / 접속 차단 in Korea",
     why="'삭제되지 않았습니다' with the reason (not illegal information) is a refusal; 국내 접속 차단 is restricted",
     body=f"""안녕하세요, 카카오 고객센터입니다.

{K[1]} 게시물은 삭제되지 않았습니다. 검토 결과 개인 간 중고거래 게시글로, 불법정보에 해당하지 않는다고 판단하였습니다.

{K[2]} 은 국내 접속 차단 조치하였습니다.

감사합니다.
""",
     items={K[1]: "rejected", K[2]: "restricted"})

case(name="kakao-conditional-future", outcome="review", review="not_understood",
     **{"from": "report@kakaocorp.com"}, name_from="카카오 고객센터", date="Thu, 12 Sep 2024 09:00:00 +0000",
     subject=f"[카카오] 게시물 처리 예정 안내 ({R5})", reply_to_req=MID[R5],
     imitates="Kakao notice of planned action after the poster's chance to respond",
     why="deletion is conditional ('소명이 없을 경우 ... 삭제될 예정') and the other is a promise ('조치하겠습니다')",
     body=f"""안녕하세요, 카카오 고객센터입니다.

{K[1]} 게시물은 게시자에게 소명 기회를 부여한 후, 소명이 없을 경우 9월 27일에 삭제될 예정입니다.

{K[2]} 는 티스토리 운영정책 검토가 끝나는 대로 조치하겠습니다.

감사합니다.
""",
     items={K[1]: "pending", K[2]: "pending"})

case(name="naver-on-daum-link", outcome="review", review="wrong_platform",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원", date="Wed, 11 Sep 2024 03:30:00 +0000",
     subject=f"RE: [{R5}] 불법정보 삭제 요청", reply_to_req=MID[R5],
     imitates="NAVER reply to a request mis-sent to it about a Daum cafe post",
     why="NAVER speaks about a Daum cafe post (a Kakao item): not its platform",
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 {K[1]} 은 네이버 서비스의 게시물이 아니어서 당사에서 조치할 수 없습니다. 해당 서비스 운영사(카카오)에 요청해 주시기 바랍니다.

감사합니다.
""",
     items={K[1]: "pending"})

case(name="kakao-receipt", outcome="ignored", classification="acknowledgement",
     **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터", date="Tue, 10 Sep 2024 01:05:00 +0000",
     subject="[카카오] 신고 접수 안내", reply_to_req=MID[R5],
     imitates="Kakao customer-centre 접수 안내 receipt",
     why="pure receipt: 접수되었습니다, review promised",
     body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 신고({R5})가 정상적으로 접수되었습니다.
접수번호: 2409100117

담당 부서에서 검토 후 결과를 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
     items={})

# ================================================================ TikTok (KCSC-240911-06)
R6 = "KCSC-240911-06"

case(name="tiktok-one-item-all-removed", outcome="applied", classification="confirmation",
     **{"from": "legal@tiktok.com"}, name_from="TikTok Legal", date="Fri, 13 Sep 2024 11:11:11 +0000",
     subject=ref_subject(R6), reply_to_req=MID[R6],
     imitates="TikTok report outcome email without URLs",
     why="'the content you reported ... removed' for a one-item request applies to that item",
     body=f"""Hi,

Thank you for your report ({R6}). We reviewed the content you reported and removed it for violating our Community Guidelines on drugs and controlled substances.

TikTok Legal
""",
     items={TK1: "removed"})

case(name="tiktok-dsa-statement-of-reasons", outcome="applied", classification="confirmation",
     **{"from": "legal@tiktok.com"}, name_from="TikTok Legal", date="Sun, 15 Sep 2024 08:00:00 +0000",
     subject=f"Decision on your report {R6}", reply_to_req=MID[R6],
     imitates="TikTok DSA-style statement of reasons (territorial restriction)",
     why="restriction limited to the Republic of Korea: restricted",
     body=f"""Decision on your notice

Reference: {R6}
Content: {TK1}
Decision: Restriction of visibility - the content is not available in the Republic of Korea
Ground: Illegal content under local law
Territorial scope: KR
Automated detection: No
Automated decision: No

You may contest this decision through our appeals process at https://www.tiktok.com/legal/report/appeal.

TikTok Legal
""",
     items={TK1: "restricted"})

case(name="tiktok-conditional-restriction", outcome="review", review="not_understood",
     **{"from": "legal@tiktok.com"}, name_from="TikTok Legal", date="Thu, 12 Sep 2024 02:20:00 +0000",
     subject=ref_subject(R6), reply_to_req=MID[R6],
     imitates="TikTok interim reply describing a possible outcome",
     why="'if our review finds ... will be restricted' is a condition, not a statement",
     body=f"""Hi,

We are reviewing {TK1}. If our review finds that the video violates Korean law, access to it will be restricted in the Republic of Korea. We will let you know the outcome.

TikTok Legal
""",
     items={TK1: "pending"})

case(name="tiktok-out-of-office-ko", outcome="ignored", classification="auto_reply",
     **{"from": "minji.seo@tiktok.com"}, name_from="Minji Seo", date="Wed, 11 Sep 2024 06:00:10 +0000",
     subject=f"부재중 자동 회신: [{R6}] Request to remove illegal content", reply_to_req=MID[R6],
     extra_headers=["Auto-Submitted: auto-replied"],
     imitates="bilingual out-of-office auto-reply",
     why="out-of-office auto-reply",
     body="""안녕하세요. 9월 13일까지 휴가로 부재중입니다. 급한 건은 legal-kr@tiktok.com 으로 보내주세요.

I am on leave until 13 September. For urgent matters please write to legal-kr@tiktok.com.
""",
     items={})

HEADER = """# Blind set 318 (tests/corpus/blind318/): what a program gets wrong.
# Written by tests/corpus/blind318/make.py from the meaning of each email,
# before the reader was run on it. Each case is judged alone on a fresh ledger
# holding requests.csv.
"""


def main():
    write_requests()
    corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
    corpuslib.DOMAIN_NAMES.setdefault("tiktok.com", "TikTok")
    for c in CASES:
        # Non-ASCII display names and subjects travel as RFC 2047 encoded-words,
        # as real mail clients send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind318", HEADER, CASES)


if __name__ == "__main__":
    main()
