#!/usr/bin/env python3
"""Blind set 780: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by the note under it, statuses given by position. Written from
each email's meaning, before any run of the reader.

    python3 tests/corpus/blind780/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
YT = {
    1: "https://www.youtube.com/watch?v=Qm4tR8vLx2A",
    2: "https://www.youtube.com/watch?v=bN7cE1pWq9Z",
    3: "https://www.youtube.com/watch?v=Hs2kJ5dTn0M",
    4: "https://www.youtube.com/watch?v=Lp9fG3aYr6K",
    5: "https://www.youtube.com/watch?v=Zx1vB8mQe4T",
    6: "https://www.youtube.com/watch?v=Rw5nD2cUj7H",
    7: "https://www.youtube.com/watch?v=Tc8yK4sFo1P",
    8: "https://www.youtube.com/watch?v=Ve3hM6gLi5W",
    9: "https://www.youtube.com/watch?v=Ja6qS9xNb2D",
    10: "https://www.youtube.com/watch?v=Ku0wE7rHz3G",
    11: "https://www.youtube.com/shorts/Pf4tY1oAc8S",
    12: "https://www.youtube.com/shorts/Ed2uI5pVm6X",
    13: "https://www.youtube.com/@hanbit_truthdesk",
    14: "https://www.youtube.com/watch?v=Ng7aR3lKs0Q",
}
X = {
    1: "https://x.com/moonlit_ledger/status/1831204417000000011",
    2: "https://x.com/moonlit_ledger/status/1831204417000000012",
    3: "https://x.com/grey_orchard88/status/1831209950000000021",
    4: "https://x.com/grey_orchard88/status/1831209950000000022",
    5: "https://x.com/pinecone_relay",
}
NV = {
    1: "https://blog.naver.com/seoul_dusk77/223561100411",
    2: "https://cafe.naver.com/quietmarket/58812",
    3: "https://blog.naver.com/seoul_dusk77/223561100498",
    4: "https://cafe.naver.com/quietmarket/59001",
}
NV5 = "https://blog.naver.com/hangang_owl/223570004412"
TG = {
    1: "https://t.me/amber_dockside/1184",
    2: "https://t.me/amber_dockside/1190",
    3: "https://t.me/nightfern_exchange",
}
K1_RAW = "https://dusk-archive.tistory.com/entry/비공개-자료실"
K1 = "https://dusk-archive.tistory.com/entry/" + quote("비공개-자료실", safe="-")
K2 = "https://cafe.daum.net/bitterteahouse/Kx3P/2207"
TT = "https://www.tiktok.com/@lantern.kite/video/7410550012345678901"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [YT[i] for i in range(1, 15)], "defamation", "req-240903-01@kcsc.example",
     "videos and one channel, largest request"),
    ("KCSC-240905-02", "x", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     [X[i] for i in range(1, 6)], "incitement", "req-240905-02@kcsc.example", "four posts and one account"),
    ("KCSC-240909-03", "naver", "2024-09-09T09:30:00+09:00", "2024-09-16T23:59:59+09:00",
     [NV[i] for i in range(1, 5)], "privacy", "req-240909-03@kcsc.example", "blog and cafe posts"),
    ("KCSC-240911-04", "telegram", "2024-09-11T14:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [TG[i] for i in range(1, 4)], "illegal_trade", "req-240911-04@kcsc.example", "two messages and a channel"),
    ("KCSC-240912-05", "kakao", "2024-09-12T10:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [K1, K2], "privacy", "req-240912-05@kcsc.example", "Tistory entry with a Korean path, Daum cafe post"),
    ("KCSC-240913-06", "tiktok", "2024-09-13T15:00:00+09:00", "2024-09-20T23:59:59+09:00",
     [TT], "harassment", "req-240913-06@kcsc.example", "one video"),
    ("KCSC-240916-07", "naver", "2024-09-16T10:00:00+09:00", "2024-09-23T23:59:59+09:00",
     [NV5], "defamation", "req-240916-07@kcsc.example", "one blog post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted(lines):
    return "\n".join("> " + l if l else ">" for l in lines)


YT_REQUEST_QUOTE = quoted(
    ["Dear YouTube Legal Team,", "",
     "Under Article 44-7 of the Information and Communications Network Act,",
     "we ask you to remove or block the following content (KCSC-240903-01):", ""]
    + [YT[i] for i in range(1, 15)]
    + ["", "Please reply by 10 September 2024.", "", "KCSC Takedown Desk"])

X_REQUEST_QUOTE = quoted(
    ["Dear X Legal,", "", "We request that the following content be removed or",
     "withheld in Korea (KCSC-240905-02):", ""]
    + [X[i] for i in range(1, 6)]
    + ["", "Regards,", "KCSC Takedown Desk"])


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ===== applied: YouTube (largest request) =====
case(
    name="yt-four-outcomes-one-sentence",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 10:41:12 +0900",
    subject="Re: [KCSC-240903-01] Request to remove content under Korean law",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for contacting YouTube about the content identified in your notice
KCSC-240903-01.

Following our review under both our Community Guidelines and local law, we
removed {YT[1]} and {YT[2]}, restricted {YT[3]} so that it is no longer
viewable in South Korea, and left {YT[4]} in place because we found no
violation of our policies or of the law you cited.

We will reply separately about the remaining URLs in your notice.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals team reply listing outcomes in prose",
    why="one sentence carries removed, removed, restricted-in-KR and a refusal with its reason",
    items={YT[1]: "removed", YT[2]: "removed", YT[3]: "restricted", YT[4]: "rejected"},
)

case(
    name="yt-hedge-only-in-relative-clause",
    **{"from": "legal-removals@google.com"}, name_from="Google Legal Removals",
    date="Wed, 18 Sep 2024 09:03:55 +0900",
    subject="KCSC-240903-01: update on two URLs",
    body=f"""
Hi,

We looked into two of the URLs from your request KCSC-240903-01.

We were unable to locate {YT[5]}, which appears to have been deleted by the
uploader some time before we received your notice. The video at
{YT[6]}, which may also fall under the same court decision, has been passed
to a specialist reviewer and no decision has been made yet.

Kind regards,
Google Legal Removals
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals partial update",
    why="the hedge 'appears to' sits in a relative clause about why; the main clause 'unable to locate' is firm; the second video is still undecided",
    items={YT[5]: "not_found", YT[6]: "pending"},
)

case(
    name="yt-correction-paragraph-revises",
    **{"from": "minji.oh@google.com"}, name_from="Minji Oh",
    date="Wed, 18 Sep 2024 16:20:31 +0900",
    subject="RE: KCSC-240903-01",
    body=f"""
Hello KCSC team,

Regarding your request KCSC-240903-01: the videos {YT[7]} and
{YT[8]} have been removed.

Correction, added after a colleague checked the case history before this
was sent: the second video (Ve3hM6gLi5W) was not removed from YouTube. It
does not break our Community Guidelines, so it was instead blocked for
viewers in South Korea on the basis of the local law you cited. The first
video was removed as stated.

Best,
Minji
YouTube Legal Operations (APAC)
""",
    outcome="applied", classification="confirmation",
    imitates="hand-written legal operations reply with an in-message correction",
    why="a later paragraph explicitly corrects the second video from removed to blocked in Korea",
    items={YT[7]: "removed", YT[8]: "restricted"},
)

case(
    name="yt-html-table-note-corrects-row",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 11:12:40 +0900",
    subject="Outcome of your legal request KCSC-240903-01",
    type="html",
    body=f"""
<html><body>
<p>Dear KCSC,</p>
<p>Please see below the outcome of our review of request KCSC-240903-01.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{YT[9]}</td><td>Removed globally</td></tr>
<tr><td>{YT[10]}</td><td>Removed globally</td></tr>
<tr><td>{YT[11]}</td><td>Blocked in KR</td></tr>
</table>
<p><b>Please note:</b> the second row above was filled in by mistake. After a
second review, {YT[10]} does not violate our policies or Korean law and
remains available on YouTube. We apologise for the confusion.</p>
<p>YouTube Legal Support</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome table with an erratum under it",
    why="the note names the row and the URL and withdraws its 'Removed'; the clerk follows the note",
    items={YT[9]: "removed", YT[10]: "rejected", YT[11]: "restricted"},
)

CSV_ATT = (
    "url,decision,basis\n"
    f"{YT[12]},Removed,Community Guidelines - harassment\n"
    f"{YT[13]},Blocked in South Korea,Local law\n"
    f"{YT[14]},No action,No violation found\n"
)
case(
    name="yt-csv-attachment-three-decisions",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 15:02:09 +0900",
    subject="KCSC-240903-01 - decisions on open URLs",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b780csv"

--b780csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for the three URLs of your request KCSC-240903-01 that were
still open is in the attached spreadsheet.

YouTube Legal Support

--b780csv
Content-Type: text/csv; charset=utf-8; name="kcsc-240903-01_outcome.csv"
Content-Disposition: attachment; filename="kcsc-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--b780csv--
""",
    outcome="applied", classification="confirmation",
    imitates="legal team reply with a CSV outcome export attached",
    why="CSV rows: removed, blocked in South Korea (channel), no action because no violation",
    items={YT[12]: "removed", YT[13]: "restricted", YT[14]: "rejected"},
)

case(
    name="yt-statuses-by-item-number",
    **{"from": "trust-safety@youtube.com"}, name_from="YouTube Trust & Safety",
    date="Fri, 20 Sep 2024 08:47:16 +0900",
    subject="Your notice KCSC-240903-01",
    body=f"""
Hello,

Your notice KCSC-240903-01 listed, among others, these three videos:

1. {YT[4]}
2. {YT[5]}
3. {YT[6]}

Items 1 and 3 have been removed for violating our harassment and
cyberbullying policy. Item 2 has been age-restricted; it stays on YouTube
but can no longer be viewed by signed-out users or users under 18.

YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety outcome referring to a numbered list",
    why="statuses are given by list position: 1 and 3 removed, 2 age-restricted",
    items={YT[4]: "removed", YT[5]: "restricted", YT[6]: "removed"},
)

case(
    name="yt-bare-url-outcome-line-below",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    date="Fri, 20 Sep 2024 13:30:02 +0900",
    subject="[3-8821004415932] Legal removal request - outcome",
    body=f"""
Case ID: 3-8821004415932
Reference: KCSC-240903-01

{YT[8]}
Outcome: Removed - violent extremism policy

{YT[9]}
Outcome: No action taken - content does not violate Community Guidelines or local law

If you disagree with a decision, you can reply to this email with
additional information.

Google Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal webform outcome notification (case id, per-URL outcome)",
    why="each bare URL is followed by its outcome line; 'No action taken - does not violate' is a refusal",
    items={YT[8]: "removed", YT[9]: "rejected"},
)

case(
    name="yt-top-posted-over-gmail-quote",
    **{"from": "jaewon.lee@google.com"}, name_from="Jae-won Lee",
    date="Fri, 20 Sep 2024 17:05:44 +0900",
    subject="Re: [KCSC-240903-01] Request to remove content under Korean law",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

{YT[10]} is now blocked in South Korea. We are still reviewing the other
videos in your list and will come back to you.

Thanks,
Jae-won
YouTube Legal

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{YT_REQUEST_QUOTE}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request",
    why="only the top line states a status; the 14 quoted URLs are the regulator's own text",
    items={YT[10]: "restricted"},
)

QP_BODY = f"""Hello,

We’ve completed our review of two videos from KCSC-240903-01.

{YT[11]} has not been removed from YouTube, but it is no longer available to viewers in South Korea.

We didn’t find {YT[12]} to be in violation of our policies or of the law cited in your notice, so it will stay up.

Regards,
YouTube Legal Support
"""
case(
    name="yt-qp-negations",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 21 Sep 2024 09:15:27 +0900",
    subject="KCSC-240903-01: two decisions",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}
""",
    outcome="applied", classification="confirmation",
    imitates="legal support reply sent quoted-printable",
    why="'has not been removed, but no longer available in South Korea' is a Korean restriction; 'didn't find ... in violation ... will stay up' is a refusal",
    items={YT[11]: "restricted", YT[12]: "rejected"},
)

case(
    name="yt-echoed-submission-then-others",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    date="Sat, 21 Sep 2024 14:40:51 +0900",
    subject="Your legal request KCSC-240903-01 - decision",
    body=f"""
Hello,

Thank you for your submission. Below is a copy of what you sent us,
followed by our decision.

--- Your submission ---
Country: South Korea
Organisation: Korea Communications Standards Commission
Reference: KCSC-240903-01
URLs:
{YT[1]}
{YT[2]}
{YT[3]}
Description: Content found unlawful under the Information and
Communications Network Act.
--- End of submission ---

Decision:
We have removed {YT[2]}. For the other URLs in your submission we found no
violation of local law or of our policies, so they remain available on
YouTube.

Google Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal webform decision echoing the submission",
    why="the echoed submission lists three URLs; the decision removes one and refuses 'the other URLs in your submission'",
    items={YT[2]: "removed", YT[1]: "rejected", YT[3]: "rejected"},
)

B64_BODY = f"""Hello,

Update on KCSC-240903-01:

- {YT[13]} : the channel has been terminated for repeated violations of our Community Guidelines.
- {YT[14]} : the uploader deleted this video before our review, so there was nothing left for us to act on.

YouTube Legal Support
"""
case(
    name="yt-base64-channel-and-uploader-deleted",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sun, 22 Sep 2024 10:05:10 +0900",
    subject="Update on KCSC-240903-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(B64_BODY)}
""",
    outcome="applied", classification="confirmation",
    imitates="legal support update in a base64 body",
    why="channel terminated is a removal; a video deleted by its uploader before review is not_found",
    items={YT[13]: "removed", YT[14]: "not_found"},
)

case(
    name="yt-outlook-original-message-below",
    **{"from": "seoyeon.park@google.com"}, name_from="Seo-yeon Park",
    date="Mon, 23 Sep 2024 11:31:08 +0900",
    subject="RE: Reminder: KCSC-240903-01 overdue items",
    body=f"""
Dear KCSC,

Update on the items you chased on Monday: {YT[6]} has been restricted in
the Republic of Korea, and we could not locate {YT[7]}; the link returns
"Video unavailable" and no video with that ID exists in our systems.

Regards,
Seo-yeon Park
Legal Specialist, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 9:12 AM
To: legal-kr@google.com
Subject: Reminder: KCSC-240903-01 overdue items

Dear YouTube Legal Team,

The following items of our request KCSC-240903-01 are past the deadline:
{YT[6]}
{YT[7]}
{YT[9]}

Please tell us what action was taken.

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' to a reminder",
    why="restricted in Korea and not located; the third reminder URL is only in the quoted reminder",
    items={YT[6]: "restricted", YT[7]: "not_found"},
)

# ===== applied: X =====
case(
    name="x-respectively",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 18:22:47 +0000",
    subject="Re: Legal request KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

We have reviewed your legal request KCSC-240905-02.

The posts {X[1]} and {X[2]} have been withheld in South Korea and removed
for violating the X Rules, respectively. We were unable to take action on
{X[3]} because the post no longer exists; it appears the account holder
deleted it.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request reply (country withheld content / X Rules)",
    why="'respectively' pairs the first post with withheld in Korea and the second with removed; the third no longer exists (the hedge is only about who deleted it)",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "not_found"},
)

case(
    name="x-withheld-and-account-refused",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 02:10:19 +0000",
    subject="Your report KCSC-240905-02",
    body=f"""
Hello,

Thank you for your report KCSC-240905-02. Having reviewed it against the X
Rules and applicable local law, we have withheld
{X[4]} in the Republic of Korea.

We are declining to act on the account {X[5]}. The account as a whole does
not violate the X Rules, and the single post cited in your request has
already been addressed; we do not withhold entire accounts on that basis.

You can read more about our approach at
https://help.x.com/en/rules-and-policies/country-withheld-content

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld-content reply with a refusal for the account",
    why="post withheld in Korea; account refused with its reason; the help-centre link is not an item",
    items={X[4]: "restricted", X[5]: "rejected"},
)

case(
    name="x-to-be-precise-angle-brackets",
    **{"from": "gov-affairs@x.com"}, name_from="X Global Government Affairs",
    date="Tue, 17 Sep 2024 07:55:03 +0000",
    subject="KCSC-240905-02 update",
    body=f"""
Hi,

Quick update on KCSC-240905-02: <{X[3]}> and <{X[4]}> are no longer
available in Korea. To be precise, the first was deleted by its author
before we could act, and the second has been withheld in South Korea in
response to your request.

X Global Government Affairs
""",
    outcome="applied", classification="confirmation",
    imitates="short government-affairs update from X",
    why="the second sentence makes the first precise: the first post was deleted by its author (not_found), the second withheld in Korea",
    items={X[3]: "not_found", X[4]: "restricted"},
)

case(
    name="x-gmail-quote-account-suspended",
    **{"from": "dana.w@x.com"}, name_from="Dana W.",
    date="Wed, 18 Sep 2024 03:41:30 +0000",
    subject="Re: Legal request KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=f"""
Hi there,

The account {X[5]} has been permanently suspended for violating our rules
on violent speech.

Thanks,
Dana
X Safety

On Thu, Sep 5, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{X_REQUEST_QUOTE}
""",
    outcome="applied", classification="confirmation",
    imitates="X Safety agent reply over the quoted request",
    why="permanent suspension of the account is a removal; the quoted request's URLs are not statements",
    items={X[5]: "removed"},
)

case(
    name="x-wrapped-url-in-brackets",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 12:00:44 +0000",
    subject="Legal request KCSC-240905-02 - actions taken",
    body=f"""
Hello,

Regarding request KCSC-240905-02, we have taken the following actions:

The post <{X[2]}> was removed for violating the X Rules.

The post <https://x.com/grey_orchard88/
status/1831209950000000022> has been withheld in the Republic of Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal actions-taken reply with a long URL wrapped inside angle brackets",
    why="removed; the second URL is wrapped across two lines inside <...> (RFC 3986 appendix C) and withheld in Korea",
    items={X[2]: "removed", X[4]: "restricted"},
)

# ===== applied: NAVER =====
case(
    name="naver-two-statuses-one-sentence",
    **{"from": "rights-noreply@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 15:20:00 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240909-03)",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240909-03)을 검토한 결과,
{NV[1]} 및 {NV[2]} 게시물은 게시중단(삭제) 처리하였고,
{NV[3]} 게시물은 임시조치(30일간 접근 제한)하였음을 알려드립니다.

감사합니다.
네이버 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내",
    why="one Korean sentence: two posts 게시중단(삭제), one 임시조치 (restricted)",
    items={NV[1]: "removed", NV[2]: "removed", NV[3]: "restricted"},
)

case(
    name="naver-refusal-and-author-deleted",
    **{"from": "poststop@navercorp.com"}, name_from="네이버 게시중단요청 담당자",
    date="Thu, 12 Sep 2024 10:02:33 +0900",
    subject="Re: KCSC-240909-03 게시물 조치 요청",
    reply_to_req="req-240909-03",
    body=f"""
안녕하세요. 네이버 게시중단요청 담당자입니다.

요청번호 KCSC-240909-03 관련하여 말씀드립니다.

1) {NV[4]}
검토 결과 해당 게시물에서 관련 법령 및 네이버 운영정책 위반 사항이
확인되지 않아 별도 조치하지 않았습니다.

2) {NV[1]}
작성자가 이미 삭제한 게시물로, 현재 확인되지 않습니다.

문의 사항은 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 담당자 회신 (위반 사항 없음 / 작성자 삭제)",
    why="no violation found so no action (rejected, a negation with its reason); post already deleted by its author (not_found)",
    items={NV[4]: "rejected", NV[1]: "not_found"},
)

case(
    name="naver-kcsc-result-table",
    **{"from": "rights-noreply@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Fri, 13 Sep 2024 17:45:12 +0900",
    subject="시정요구 조치결과 회신 (KCSC-240909-03)",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. KCSC-240909-03 시정요구에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV[1]}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{NV[2]}</td><td>블라인드</td><td>카페 운영자 블라인드</td></tr>
<tr><td>3</td><td>{NV[3]}</td><td>해당없음</td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>4</td><td>{NV[4]}</td><td>미조치</td><td>위반사항 없음</td></tr>
</table>
<p>※ 4번 게시물은 검토 결과 위법성이 확인되지 않아 게시가 유지됩니다.</p>
<p>네이버 권리보호센터 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table",
    why="삭제, 블라인드, 게시물 없음(작성자 삭제), 미조치/위반사항 없음; the note under the table agrees with row 4",
    items={NV[1]: "removed", NV[2]: "removed", NV[3]: "not_found", NV[4]: "rejected"},
)

case(
    name="naver-sole-statement-one-item",
    **{"from": "blog-help@naver.com"}, name_from="NAVER 블로그",
    date="Wed, 18 Sep 2024 14:10:05 +0900",
    subject="Re: [KCSC-240916-07] 게시물 삭제 요청",
    reply_to_req="req-240916-07",
    body="""
안녕하세요, NAVER 블로그 운영팀입니다.

KCSC-240916-07로 요청해 주신 게시물에 대하여 운영정책에 따라
게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 블로그 운영팀 게시중단 완료 회신",
    why="names no URL but answers a one-item request with a firm 게시중단 완료",
    items={NV5: "removed"},
)

# ===== applied: Kakao =====
case(
    name="kakao-particles-and-fullwidth",
    **{"from": "cs-rights@kakaocorp.com"}, name_from="카카오 권리침해 신고센터",
    date="Mon, 16 Sep 2024 11:25:40 +0900",
    subject="[카카오] KCSC-240912-05 처리 결과 안내",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

KCSC-240912-05 요청 건의 처리 결과를 안내드립니다.

- {K1_RAW} 은 운영정책 위반으로 블라인드 처리되었습니다.
- 다음 카페 게시물（{K2}）은 이미 삭제되어 존재하지 않는 게시물입니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해 신고 처리 결과 안내",
    why="raw Korean Tistory path followed by a particle is 블라인드 (removed); the Daum cafe post in full-width brackets no longer exists (not_found)",
    items={K1: "removed", K2: "not_found"},
)

# ===== applied: Telegram =====
case(
    name="tg-taken-down-not-taken-down-blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 09:12:51 +0000",
    subject="Re: KCSC-240911-04",
    reply_to_req="req-240911-04",
    body=f"""
Hello,

Thanks for your report KCSC-240911-04.

{TG[1]} has been taken down. {TG[2]} was not taken down, because it is a
repost of a news article and does not break the Telegram Terms of Service.
The channel {TG[3]} is now blocked for users in South Korea.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply",
    why="taken down; 'was not taken down, because ...' is a refusal with its reason; channel blocked in South Korea",
    items={TG[1]: "removed", TG[2]: "rejected", TG[3]: "restricted"},
)

case(
    name="tg-ticket-receipt-with-a-result",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Sat, 14 Sep 2024 06:30:00 +0000",
    subject="Ticket #7730215 - KCSC-240911-04",
    body=f"""
Hello,

We have received your report and created ticket #7730215 for it.

Our moderators have already reviewed {TG[2]} and it has been removed for
violating our Terms of Service. We will write to you again about the other
links once their review is complete.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that already carries one result",
    why="an acknowledgement phrase plus a firm removal of one item is not a pure acknowledgement",
    items={TG[2]: "removed"},
)

case(
    name="tg-results-by-number",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 16 Sep 2024 12:48:22 +0000",
    subject="KCSC-240911-04 results",
    body=f"""
Hello,

Your report KCSC-240911-04 contained these links:
1. {TG[1]}
2. {TG[2]}
3. {TG[3]}

Result:
1 - removed
2 - removed
3 - we could not find this channel; the username is not registered on Telegram.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk results keyed by list number",
    why="results are given by number under the echoed list",
    items={TG[1]: "removed", TG[2]: "removed", TG[3]: "not_found"},
)

# ===== applied: TikTok =====
case(
    name="tiktok-sole-removal-one-item",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Trust and Safety",
    date="Sun, 15 Sep 2024 04:02:17 +0000",
    subject="Your report KCSC-240913-06 - outcome",
    reply_to_req="req-240913-06",
    body="""
Hi,

Thanks for reaching out. We reviewed the content reported in your request
KCSC-240913-06 and have removed it from TikTok for violating our Community
Guidelines.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome notice",
    why="a statement about 'the content reported' answers a one-item request: it applies",
    items={TT: "removed"},
)

case(
    name="tiktok-no-violation-but-restricted-kr",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Trust and Safety",
    date="Tue, 17 Sep 2024 08:55:39 +0000",
    subject="Update on your report KCSC-240913-06",
    body=f"""
Hello,

We reviewed the video {TT}. It does not violate our Community Guidelines,
so it has not been removed from TikTok. However, having assessed it against
Korean law, we have restricted access to it in South Korea.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law restriction after a guidelines review",
    why="the guidelines refusal is followed by 'However ... restricted access in South Korea': restricted, not rejected",
    items={TT: "restricted"},
)

# ===== review =====
case(
    name="yt-promise-only",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 09:00:12 +0900",
    subject="Re: [KCSC-240903-01] Request to remove content under Korean law",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your request KCSC-240903-01 concerning
{YT[1]} and {YT[2]}.

Our legal team will review these videos against our policies and local
law, and any content found to be in violation will be removed or restricted
in your country. We aim to respond within 5 business days.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal first reply promising a review",
    why="names two requested videos but only promises ('will review', 'will be removed')",
    items={YT[1]: "pending", YT[2]: "pending"},
)

case(
    name="x-hedged-both",
    **{"from": "policy.kr@x.com"}, name_from="X Public Policy Korea",
    date="Mon, 09 Sep 2024 06:14:50 +0000",
    subject="Re: KCSC-240905-02",
    body=f"""
Hi,

Following up on KCSC-240905-02. From what I can see on our side,
{X[1]} may already have been withheld in Korea, and {X[2]} seems to have
been taken down by the author, but I'd rather not confirm either until our
legal team has checked the case file. I'll get back to you by Friday.

Best,
Hyun
""",
    outcome="review", review="not_understood",
    imitates="informal public-policy contact's hedged follow-up",
    why="'may already have been', 'seems to have been' and an explicit refusal to confirm: nothing firm",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="yt-bulk-all-videos",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 24 Sep 2024 10:10:10 +0900",
    subject="Re: [KCSC-240903-01] Request to remove content under Korean law",
    reply_to_req="req-240903-01",
    body="""
Hello,

All of the videos listed in your request KCSC-240903-01 have been removed
from YouTube following our review.

YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="one-line bulk confirmation",
    why="one statement about all of a 14-item request (which includes a channel) without naming any",
    items={YT[i]: "pending" for i in range(1, 15)},
)

case(
    name="naver-dmarc-fail",
    **{"from": "rights-noreply@navercorp.com"}, name_from="네이버 권리보호센터",
    auth="fail",
    date="Tue, 10 Sep 2024 13:33:03 +0900",
    subject="[네이버] 게시중단 처리 완료 (KCSC-240909-03)",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

KCSC-240909-03 건 {NV[1]} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER notice arriving with failed DKIM/SPF/DMARC",
    why="a platform domain failing authentication: the removal is not applied",
    items={NV[1]: "pending"},
)

case(
    name="tg-channel-admin-writes",
    **{"from": "amber.dockside.admin@gmail.com"}, name_from="amber dockside",
    date="Fri, 13 Sep 2024 21:40:11 +0900",
    subject="KCSC-240911-04 my channel",
    body=f"""
Hello,

I am the admin of the channel amber_dockside. I deleted
{TG[1]} myself yesterday. Please close KCSC-240911-04 for my channel.

Thank you
""",
    outcome="review", review="unknown_sender",
    imitates="uploader writing to the regulator directly",
    why="the channel's admin is not the platform; a self-deletion claim from a gmail address needs a person",
    items={TG[1]: "pending"},
)

case(
    name="kakao-says-not-ours-naver-url",
    **{"from": "cs-rights@kakaocorp.com"}, name_from="카카오 권리침해 신고센터",
    date="Wed, 11 Sep 2024 16:05:55 +0900",
    subject="[카카오] 게시물 확인 결과 안내",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

문의하신 {NV[3]} 는 카카오(다음, 티스토리) 서비스의 게시물이 아니어서
당사에서는 확인되지 않습니다. 해당 서비스 운영사에 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply to a misdirected request",
    why="Kakao says it cannot find a NAVER item on its services: not a statement NAVER's item can take",
    items={NV[3]: "pending"},
)

case(
    name="tg-two-macros-contradict",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sun, 15 Sep 2024 10:20:30 +0000",
    subject="Re: KCSC-240911-04",
    body=f"""
Hello,

Regarding KCSC-240911-04: {TG[3]} has been blocked.

Our review found that {TG[3]} does not violate the Telegram Terms of
Service, and it remains available.

Telegram Abuse Team
""",
    outcome="review", review="conflicting_statements",
    imitates="abuse-desk reply where two canned answers were pasted together",
    why="blocked and remains available, about the same channel, with no correction marker",
    items={TG[3]: "pending"},
)

case(
    name="naver-asks-for-basis",
    **{"from": "poststop@navercorp.com"}, name_from="네이버 게시중단요청 담당자",
    date="Wed, 11 Sep 2024 09:45:18 +0900",
    subject="Re: KCSC-240909-03 게시물 조치 요청 - 자료 요청",
    reply_to_req="req-240909-03",
    body=f"""
안녕하세요. 네이버 게시중단요청 담당자입니다.

KCSC-240909-03 요청 건 중 {NV[2]} 에 대한 게시중단 검토를 위해,
해당 게시물이 위법하다고 판단하신 근거(심의 의결서 등)를 추가로
보내주시기 바랍니다. 자료가 접수되면 검토를 진행하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 추가 소명자료 요청",
    why="asks for the basis of the request before reviewing one post",
    items={NV[2]: "pending"},
)

case(
    name="yt-newsletter-no-claims",
    **{"from": "legal-notifications@google.com"}, name_from="Google Legal",
    date="Thu, 12 Sep 2024 01:00:00 +0000",
    subject="Changes to the legal removals form for government submitters",
    body="""
Hello,

You are receiving this message because your organisation is registered to
submit legal removal requests to Google.

From 1 October 2024, requests from government bodies should be submitted
through the updated form at https://support.google.com/legal/answer/3110420.
Requests sent by email will still be accepted during a transition period.

You can find guidance on what to include in a request at
https://support.google.com/legal/answer/9170101.

Google Legal
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Google notice to government submitters about the removals form",
    why="trusted platform mail naming no item and no request; the help links are not items",
    items={},
)

case(
    name="yt-conditions-only",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 14:25:33 +0900",
    subject="KCSC-240903-01: next steps",
    body=f"""
Hello,

Regarding KCSC-240903-01: if the uploader does not file a counter-notice
within 10 business days, {YT[3]} will be removed. {YT[4]} will be
restricted in South Korea once we have verified the court decision you
referenced.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="legal team reply stating conditional next steps",
    why="both statuses depend on a condition and are in the future",
    items={YT[3]: "pending", YT[4]: "pending"},
)

case(
    name="tg-bulk-all-links",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 07:07:07 +0000",
    subject="Re: KCSC-240911-04",
    reply_to_req="req-240911-04",
    body="""
Hello,

All the links you reported under KCSC-240911-04 have been taken down.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram abuse desk one-line bulk reply",
    why="a statement about all three items of the request naming none of them",
    items={TG[i]: "pending" for i in range(1, 4)},
)

# ===== ignored =====
case(
    name="yt-out-of-office",
    **{"from": "seoyeon.park@google.com"}, name_from="Seo-yeon Park",
    date="Mon, 16 Sep 2024 09:12:40 +0900",
    subject="Automatic reply: Reminder: KCSC-240903-01 overdue items",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 23 September with limited access to email.
For urgent legal removal matters, please use the webform or write to
legal-kr@google.com.

Seo-yeon Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply",
    why="out-of-office reply to our reminder",
    items={},
)

DSN_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal-old@x.com",
    "Subject: Reminder: KCSC-240905-02 overdue items",
    "Date: Fri, 13 Sep 2024 09:00:00 +0900",
    "Message-ID: <reminder.KCSC-240905-02.1@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "The following items of our request KCSC-240905-02 are past the deadline:",
] + [X[i] for i in range(1, 6)])
case(
    name="x-dsn-bounce",
    **{"from": "MAILER-DAEMON@x.com"}, name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 00:00:41 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b780dsn"

--b780dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.x.com.

Your message could not be delivered to one or more recipients.

<legal-old@x.com>: host mx1.x.com said: 550 5.1.1 <legal-old@x.com>:
    Recipient address rejected: User unknown

--b780dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.x.com
Arrival-Date: Fri, 13 Sep 2024 00:00:39 +0000

Final-Recipient: rfc822; legal-old@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b780dsn
Content-Type: message/rfc822

{DSN_ORIG}

--b780dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original attached",
    why="a bounce of our reminder; the URLs are only in the returned original",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "jh.kim@navercorp.com"}, name_from="Kim Jihoon",
    date="Tue, 10 Sep 2024 10:03:12 +0900",
    subject="읽음: [KCSC-240909-03] 게시물 조치 요청",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b780mdn"

--b780mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 받는 사람이 읽었습니다.
제목: [KCSC-240909-03] 게시물 조치 요청
읽은 시간: 2024-09-10 오전 10:03

--b780mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; jh.kim@navercorp.com
Original-Message-ID: <req-240909-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b780mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean mail client read receipt (MDN)",
    why="read receipt for our request",
    items={},
)

case(
    name="tg-ticket-receipt-pure",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Wed, 11 Sep 2024 05:02:03 +0000",
    subject="Ticket #7730188 created - KCSC-240911-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We have received your report. Ticket #7730188 has been created for
KCSC-240911-04. Please do not reply to this email; we will contact you
if we need anything else.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 10:05:00 +0900",
    subject="[카카오] 게시중단 요청 접수 안내",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 카카오 고객센터입니다.

KCSC-240912-05 게시중단 요청이 정상적으로 접수되었습니다.
접수번호: 2024091200417

처리 결과는 검토 후 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 게시중단 요청 접수 안내",
    why="receipt with a 접수번호 and a promise of a later answer",
    items={},
)

case(
    name="tiktok-automated-response",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Fri, 13 Sep 2024 06:01:30 +0000",
    subject="Re: KCSC-240913-06",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thanks for contacting TikTok.

This is an automated response to confirm that we received your message.
Our team will review your report and take appropriate action in line with
our Community Guidelines and applicable law. Please do not reply to this
message.

TikTok Support
""",
    outcome="ignored",
    imitates="TikTok automated response",
    why="automated receipt; the promise is not a statement",
    items={},
)

case(
    name="naver-chuseok-auto-reply",
    **{"from": "sy.han@navercorp.com"}, name_from="Han Soyoung",
    date="Mon, 16 Sep 2024 10:01:02 +0900",
    subject="[자동회신] Re: [KCSC-240916-07] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, 한소영입니다.

9월 16일부터 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday out-of-office auto-reply",
    why="out-of-office reply",
    items={},
)

HEADER = """# Blind set 780 (tests/corpus/blind780/make.py writes this file).
# Focus: mixed statuses in one sentence, hedges in relative clauses,
# negations, refusals with reasons, later sentences that revise earlier ones,
# a table contradicted by its note, statuses by position.
# Expected results written from each email's meaning, before any run."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind780", HEADER, CASES)
