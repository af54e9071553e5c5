#!/usr/bin/env python3
"""Blind set 618: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position.

    python3 tests/corpus/blind618/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before the reader was ever run on it.
"""
import base64
import csv
import datetime as dt
import email.header
import email.utils
import os
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc


def d(day, hh, mm, tz=UTC):
    return email.utils.format_datetime(dt.datetime(2024, 9, day, hh, mm, 7, tzinfo=tz))


# ---------------------------------------------------------------- requests
T101 = "https://t.me/lucky_dice_kr/101"
T102 = "https://t.me/lucky_dice_kr/102"
T117 = "https://t.me/lucky_dice_kr/117"
J8 = "https://t.me/jackpot_room/8"
J9 = "https://t.me/jackpot_room/9"
J15 = "https://t.me/jackpot_room/15"
J16 = "https://t.me/jackpot_room/16"
N44 = "https://t.me/neon_slots/44"
N45 = "https://t.me/neon_slots/45"
B3 = "https://t.me/bet_harbor/3"
B7 = "https://t.me/bet_harbor/7"
B12 = "https://t.me/bet_harbor/12"
R1 = [T101, T102, T117, J8, J9, J15, J16, N44, N45, B3, B7, B12]

X1 = "https://x.com/pill_market_88/status/1834001122334455667"
X2 = "https://x.com/pill_market_88/status/1834001122334455668"
X3 = "https://x.com/rx_direct_kr/status/1834220099887766554"
X4 = "https://x.com/rx_direct_kr/status/1834220099887766600"
R2 = [X1, X2, X3, X4]

Y1 = "https://www.youtube.com/watch?v=Qw3rTy8UiOp"
Y2 = "https://www.youtube.com/watch?v=Zx9cVb7NmKl"
Y3 = "https://www.youtube.com/shorts/Hg5fDs2AqWe"
R3 = [Y1, Y2, Y3]

NV1 = "https://blog.naver.com/moonlit_seller/223567890123"
NV2 = "https://blog.naver.com/moonlit_seller/223567890456"
NV3 = "https://cafe.naver.com/greenleafclub/88214"
NV4 = "https://cafe.naver.com/greenleafclub/88230"
NV5_RAW = "https://blog.naver.com/moonlit_seller/거래안내"
NV5 = "https://blog.naver.com/moonlit_seller/" + quote("거래안내")
R4 = [NV1, NV2, NV3, NV4, NV5]

K1 = "https://cafe.daum.net/nightmarket77/Xk2p/311"
K2 = "https://cafe.daum.net/nightmarket77/Xk2p/315"
K3 = "https://cafe.daum.net/silverdeal/Qa7t/42"
R5 = [K1, K2, K3]

TT1 = "https://www.tiktok.com/@fastcash.kr/video/7412345678901234567"
TT2 = "https://www.tiktok.com/@fastcash.kr/video/7412345678901239999"
R6 = [TT1, TT2]

X7 = "https://x.com/fake_notice_kr/status/1836500011122233344"
R7 = [X7]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240918-01", "telegram", "2024-09-18T10:00:00+09:00", "2024-09-25T18:00:00+09:00", R1,
     "gambling", 'Four channels ("Lucky Dice", "Jackpot Room", "Neon Slots", "Bet Harbor"), one operator'),
    ("KCSC-240918-02", "x", "2024-09-18T11:20:00+09:00", "2024-09-25T18:00:00+09:00", R2,
     "drugs", "Prescription drug sales, two accounts"),
    ("KCSC-240919-03", "youtube", "2024-09-19T09:40:00+09:00", "2024-09-26T18:00:00+09:00", R3,
     "gambling", "Betting site promotion; one Short"),
    ("KCSC-240919-04", "naver", "2024-09-19T14:00:00+09:00", "2024-09-26T18:00:00+09:00", R4,
     "illegal_trade", "Blog and café posts, counterfeit goods, \"거래안내\" page"),
    ("KCSC-240920-05", "kakao", "2024-09-20T10:10:00+09:00", "2024-09-27T18:00:00+09:00", R5,
     "illegal_trade", "Daum café posts, resale of ID cards"),
    ("KCSC-240920-06", "tiktok", "2024-09-20T16:30:00+09:00", "2024-09-27T18:00:00+09:00", R6,
     "gambling", "Loan-and-betting videos"),
    ("KCSC-240923-07", "x", "2024-09-23T09:15:00+09:00", "2024-09-30T18:00:00+09:00", R7,
     "defamation", "Fake public notice, single post"),
]


def mid(ref):
    return "req-" + ref[5:]  # e.g. req-240918-01 (rendered as <req-240918-01@kcsc.example>)


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def req_text(ref, urls, quote_prefix=""):
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or block",
        f"the following content under request {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "KCSC Takedown Team"]
    return "\n".join(quote_prefix + l if l else quote_prefix.rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


cases = []


def case(**kw):
    cases.append(kw)


# ======================================================================
# APPLIED
# ======================================================================

# --- Telegram --------------------------------------------------------
case(
    name="tg-removed-and-notfound-one-sentence",
    **{"from": "abuse@telegram.org"},
    date=d(19, 6, 12),
    subject="Re: [KCSC-240918-01] Request for removal of content",
    reply_to_req=mid("KCSC-240918-01"),
    body=f"""
Hello,

Thanks for your report KCSC-240918-01.

Of the two posts in the lucky_dice_kr channel that you flagged, {T101} has been removed, while {T102} could not be found: that message ID does not exist in the channel.

We will write again about the rest of your list.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (short prose, one sentence with two outcomes)",
    why="one sentence: first URL removed, second URL not found",
    items={T101: "removed", T102: "not_found"},
)

case(
    name="tg-hedge-inside-relative-clause",
    **{"from": "abuse@telegram.org"},
    date=d(19, 8, 40),
    subject="Re: [KCSC-240918-01] Request for removal of content",
    reply_to_req=mid("KCSC-240918-01"),
    body=f"""
Hello,

The post {J8}, which may have been deleted by the channel admin before we looked at it, could not be found on Telegram.

{J9} has been blocked and is no longer accessible to anyone.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="the hedge ('may have been deleted') is only the guessed reason; the main clause 'could not be found' is a plain statement; second URL blocked for everyone",
    items={J8: "not_found", J9: "removed"},
)

case(
    name="tg-numbered-list-status-below",
    **{"from": "dsa@telegram.org"},
    date=d(20, 3, 5),
    subject="Your notice KCSC-240918-01 - outcome",
    body=f"""
Dear KCSC team,

Please find below the outcome for each link in your notice KCSC-240918-01.

1) {T101}
   Removed.
2) {T102}
   Removed.
3) {T117}
   Not found - the message does not exist.
4) {J8}
   Blocked for all users.
5) {J9}
   Blocked for all users.
6) {J15}
   No violation of Telegram's Terms of Service found. No action taken.
7) {J16}
   Still under review.
8) {N44}
   Unavailable to users in South Korea.
9) {N45}
   Removed.
10) {B3}
   Not found.

The two remaining links (bet_harbor/7 and bet_harbor/12) will be answered in a separate message.

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA-contact reply with a per-link outcome list",
    why="ten numbered URLs each with its outcome on the line below; one still under review stays pending; the last two are only promised",
    items={T101: "removed", T102: "removed", T117: "not_found", J8: "removed", J9: "removed",
           J15: "rejected", J16: "pending", N44: "restricted", N45: "removed", B3: "not_found",
           B7: "pending", B12: "pending"},
)

case(
    name="tg-later-line-corrects-earlier",
    **{"from": "abuse@telegram.org"},
    date=d(20, 9, 31),
    subject="Re: [KCSC-240918-01] Request for removal of content",
    reply_to_req=mid("KCSC-240918-01"),
    body=f"""
Hi,

Status of the Bet Harbor links from your request:

{B7} - blocked
{B12} - blocked

Correction to the above, sorry: when I re-checked, {B7} had already been deleted by the channel's own admin before our moderators got to it, so nothing was blocked by us and there is no such message any more. The line for bet_harbor/12 stands.

Regards,
Mikhail
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply written by hand, with a correction",
    why="the later paragraph revises the first line: bet_harbor/7 was already deleted by its admin (not found); bet_harbor/12 blocked",
    items={B7: "not_found", B12: "removed"},
)

QP_BODY = (
    "Hello,\n"
    "\n"
    "Following your report KCSC-240918-01, the messages at https://t.me/neon_slots/44 and h=\n"
    "ttps://t.me/neon_slots/45 have been taken down for promoting illegal gambling =\n"
    "=E2=80=94 this is a breach of Telegram=E2=80=99s Terms of Service.\n"
    "\n"
    "Thank you for helping keep Telegram safe.\n"
    "\n"
    "Telegram Support\n"
)
case(
    name="tg-quoted-printable-split-url",
    **{"from": "abuse@telegram.org"},
    date=d(20, 11, 2),
    subject="Re: [KCSC-240918-01] Request for removal of content",
    reply_to_req=mid("KCSC-240918-01"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + QP_BODY,
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply sent quoted-printable (soft line break inside a URL)",
    why="both neon_slots posts taken down; the second URL is split by a QP soft break and must be rejoined",
    items={N44: "removed", N45: "removed"},
)

case(
    name="tg-angle-brackets-geo-and-refusal",
    **{"from": "abuse@telegram.org"},
    date=d(21, 2, 44),
    subject="Re: [KCSC-240918-01] Request for removal of content",
    reply_to_req=mid("KCSC-240918-01"),
    body=f"""
Hello,

<{N45}> - this post is now unavailable to users in South Korea.
<{B3}> - we reviewed this post and found no breach of our Terms of Service; it remains available.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, URLs in angle brackets",
    why="neon_slots/45 blocked in Korea only (restricted); bet_harbor/3 refused with a reason (rejected)",
    items={N45: "restricted", B3: "rejected"},
)

case(
    name="tg-ticket-receipt-plus-removal",
    **{"from": "support@telegram.org"},
    date=d(18, 9, 15),
    subject="[Ticket #TG-58213] KCSC-240918-01",
    body=f"""
Thank you for your report. Ticket #TG-58213 has been created and you can reply to this email to add information.

Our moderators have already removed {J15} for violating our Terms of Service. The other links are in the queue.

--
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system receipt with a first result added by the agent",
    why="receipt wording, but one unhedged item-level statement (jackpot_room/15 removed): not a pure acknowledgement",
    items={J15: "removed"},
)

case(
    name="tg-refusal-with-hedged-relative-clause",
    **{"from": "abuse@telegram.org"},
    date=d(21, 7, 20),
    subject="Re: [KCSC-240918-01] Request for removal of content",
    reply_to_req=mid("KCSC-240918-01"),
    body=f"""
Hello,

We reviewed {T117} and will not be taking action. The post is a channel rules announcement which, as far as we can tell, may once have linked to the betting site you describe, but it contains no such link now. It does not breach Telegram's Terms of Service and stays available.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk refusal with a reason",
    why="refusal with reason ('will not be taking action', 'does not breach', 'stays available'); the 'may once have linked' hedge is only background",
    items={T117: "rejected"},
)

# --- X -----------------------------------------------------------------
case(
    name="x-withheld-and-not-withheld",
    **{"from": "legal-noreply@x.com"},
    date=d(19, 2, 10),
    subject="Re: [KCSC-240918-02] Request for removal of content",
    reply_to_req=mid("KCSC-240918-02"),
    body=f"""
Hello,

We have withheld the following post in South Korea in response to your request:
{X1}

After careful review, we have not taken action on {X2}. It does not violate the X Rules, and we could not identify a violation of the Korean law cited in your request.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome (country-withheld content notice)",
    why="first post withheld in Korea (restricted); second refused with a reason (rejected), though it contains 'could not identify'",
    items={X1: "restricted", X2: "rejected"},
)

case(
    name="x-neither-nor",
    **{"from": "legal-noreply@x.com"},
    date=d(19, 23, 55),
    subject="Re: [KCSC-240918-02] Request for removal of content",
    reply_to_req=mid("KCSC-240918-02"),
    body=f"""
Hello,

We have reviewed the two rx_direct_kr posts in your report. Neither {X3} nor {X4} was found to violate the X Rules or applicable local law, and neither has been withheld.

If you have a court order concerning these posts you may submit it through our legal request form.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome (no action)",
    why="negation covering two URLs: both refused",
    items={X3: "rejected", X4: "rejected"},
)

X_CSV = (
    "Reported URL,Action taken,Scope,Notes\n"
    f"{X1},Withheld,KR,\n"
    f"{X2},Removed,Global,\"Account suspended, all posts unavailable\"\n"
    f"{X3},No action,-,No violation of the X Rules or local law\n"
    f"{X4},Not found,-,\"Post does not exist, or was deleted by its author\"\n"
)
case(
    name="x-csv-attachment-four-outcomes",
    **{"from": "legal-noreply@x.com"},
    date=d(20, 1, 30),
    subject="Outcome of your request KCSC-240918-02",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b618-xcsv"

--b618-xcsv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome of your request KCSC-240918-02, one line per reported URL.

X Legal
--b618-xcsv
Content-Type: text/csv; charset=utf-8; name="KCSC-240918-02_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240918-02_outcome.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--b618-xcsv--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as a CSV attachment",
    why="CSV rows: withheld in KR, removed globally, no action (rejected), not found",
    items={X1: "restricted", X2: "removed", X3: "rejected", X4: "not_found"},
)

case(
    name="x-top-posted-over-quoted-request",
    **{"from": "legal-noreply@x.com"},
    date=d(19, 5, 0),
    subject="Re: [KCSC-240918-02] Request for removal of content",
    reply_to_req=mid("KCSC-240918-02"),
    body=f"""
Hi,

Following our review, {X3} has been withheld in South Korea. We are still assessing the remaining posts in your request and will follow up separately.

X Legal

On Wed, Sep 18, 2024 at 11:20 AM KCSC Takedown <takedown@kcsc.example> wrote:
{req_text("KCSC-240918-02", R2, "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="one post withheld in Korea above the quote; the others are still being assessed (pending); quoted URLs carry no statement",
    items={X3: "restricted", X1: "pending", X2: "pending", X4: "pending"},
)

case(
    name="x-later-email-corrects-withheld-to-removed",
    **{"from": "legal-noreply@x.com"},
    date=d(24, 4, 18),
    subject="Correction: your request KCSC-240923-07",
    reply_to_req=mid("KCSC-240923-07"),
    body=f"""
Hello,

We are following up on our email of yesterday about your request KCSC-240923-07.

We told you that the post {X7} had been withheld in South Korea. That was a mistake on our side: the post was in fact removed globally for violating our synthetic and manipulated media policy, and the account that posted it has been suspended.

We apologise for the confusion.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal correction email",
    why="the earlier 'withheld' is reported speech and declared a mistake; the statement that stands is removed globally",
    items={X7: "removed"},
)

case(
    name="x-one-item-request-no-url",
    **{"from": "legal-noreply@x.com"},
    date=d(23, 8, 2),
    subject="Re: [KCSC-240923-07] Request for removal of content",
    reply_to_req=mid("KCSC-240923-07"),
    body="""
Hello,

Thank you for your report. We have reviewed the content you reported and have withheld it in South Korea under local law.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice to a reporter",
    why="no URL, but the reply to a one-item request states it is withheld in Korea",
    items={X7: "restricted"},
)

# --- YouTube -----------------------------------------------------------
case(
    name="yt-geo-block-and-refusal",
    **{"from": "legal-support@google.com"},
    date=d(20, 6, 45),
    subject="Re: [KCSC-240919-03] Request for removal of content",
    reply_to_req=mid("KCSC-240919-03"),
    body=f"""
Hello,

Thanks for your legal request (your reference KCSC-240919-03).

After review, we've blocked {Y2} from view in South Korea, which is where you told us it's unlawful.

We haven't taken action on {Y1}: it doesn't violate our Community Guidelines, and your request doesn't give us enough to conclude it's unlawful in South Korea.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome",
    why="one video blocked in Korea (restricted); one refused with a reason (rejected)",
    items={Y2: "restricted", Y1: "rejected"},
)

YT_B64 = f"""Hello,

We have completed our review of your request KCSC-240919-03.

- {Y1} : This content has been actioned under our policies.
- {Y3} : This Short has been age-restricted. It can only be watched by signed-in viewers aged 18 or over.

We'll be in touch about the remaining video.

The YouTube Team
"""
case(
    name="yt-base64-actioned-and-age-restricted",
    **{"from": "no-reply@youtube.com"},
    date=d(21, 0, 15),
    subject="Your YouTube legal request KCSC-240919-03",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(YT_B64),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal request outcome, base64 body",
    why="'actioned under our policies' (configured removed phrase); the Short is age-restricted; the third video is only promised",
    items={Y1: "removed", Y3: "restricted", Y2: "pending"},
)

case(
    name="yt-outlook-original-message-below",
    **{"from": "legal-support@google.com"},
    date=d(20, 2, 0),
    subject="RE: [KCSC-240919-03] Request for removal of content",
    reply_to_req=mid("KCSC-240919-03"),
    body=f"""
Hello,

The Short {Y3} is now age-restricted; viewers must be signed in and 18 or over. We'll reply separately about the other two videos.

Kind regards,
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 19, 2024 9:40 AM
To: legal-kr@google.com
Subject: [KCSC-240919-03] Request for removal of content

{req_text("KCSC-240919-03", R3)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' (request unquoted below)",
    why="only the Short is stated (age-restricted); the other two appear only in the original request below",
    items={Y3: "restricted", Y1: "pending", Y2: "pending"},
)

case(
    name="yt-removed-with-policy-links",
    **{"from": "legal-support@google.com"},
    date=d(21, 4, 30),
    subject="Re: [KCSC-240919-03] Request for removal of content",
    reply_to_req=mid("KCSC-240919-03"),
    body=f"""
Hello,

We've removed the video {Y2} for violating our policy on harmful or dangerous content.

You can read about this policy at https://support.google.com/youtube/answer/2801964. The uploader has been told about the removal and may appeal through https://support.google.com/youtube/answer/185111.

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Community Guidelines removal notice",
    why="one video removed; the two support.google.com links are policy/appeal pages, not items",
    items={Y2: "removed"},
)

# --- NAVER -------------------------------------------------------------
case(
    name="naver-html-table-note-corrects-row",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    date=d(20, 8, 0),
    subject="[NAVER] 게시중단 요청(KCSC-240919-04) 처리 결과 안내",
    reply_to_req=mid("KCSC-240919-04"),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>요청번호 KCSC-240919-04 에 대한 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{NV1}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{NV2}</td><td>임시조치(30일)</td></tr>
<tr><td>3</td><td>{NV3}</td><td>게시중단</td></tr>
</table>
<p>※ 정정: 3번 게시물({NV3})은 확인 결과 조치 이전에 작성자가 직접 삭제한 게시물이므로, 위 표의 '게시중단'을 '게시물 없음'으로 바로잡습니다.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 (HTML table with a correcting note)",
    why="rows 1-2: 게시중단 (removed), 임시조치 (restricted); the note explicitly corrects row 3 to 게시물 없음 (already deleted by its author: not found)",
    items={NV1: "removed", NV2: "restricted", NV3: "not_found"},
)

NAVER_GMAIL = f"""안녕하세요. 네이버 카페 운영지원 담당자입니다.

요청하신 2건 중 {NV3} 는 게시중단 처리하였고, {NV4} 는 검토 결과 게시중단 요청 사유에 해당하지 않아 게시물이 유지됩니다.

감사합니다.

2024년 9월 19일 (목) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{req_text("KCSC-240919-04", [NV3, NV4], "> ")}
"""
case(
    name="naver-gmail-base64-removed-and-kept",
    **{"from": "cafe-support@naver.com"},
    name_from="네이버 카페 운영지원",
    date=d(20, 5, 20),
    subject="Re: [KCSC-240919-04] Request for removal of content",
    reply_to_req=mid("KCSC-240919-04"),
    raw_mime="Content-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: base64\n\n" + b64(NAVER_GMAIL),
    outcome="applied", classification="confirmation",
    imitates="Korean Gmail reply (base64) over the quoted request",
    why="one sentence, two outcomes: first café post 게시중단 (removed), second kept because no ground (rejected)",
    items={NV3: "removed", NV4: "rejected"},
)

case(
    name="naver-korean-path-and-particles",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date=d(21, 1, 10),
    subject="[네이버 고객센터] 요청하신 게시물 처리 결과입니다 (KCSC-240919-04)",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청번호 KCSC-240919-04 관련 처리 결과를 안내드립니다.

- {NV5_RAW} 게시물은 블라인드 처리되었습니다.
- 블로그 게시물({NV1})은 비공개 처리되었습니다.
- {NV2}은 검토 결과 게시중단 요청 사유에 해당하지 않아 게시물이 유지됩니다.

문의사항은 고객센터(https://help.naver.com)로 연락 주시기 바랍니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 처리 결과 안내",
    why="raw Korean path 블라인드 (removed); URL in parentheses 비공개 처리 (removed); URL glued to the particle 은, kept (rejected); help.naver.com is not an item",
    items={NV5: "removed", NV1: "removed", NV2: "rejected"},
)

case(
    name="naver-text-table-correction-request-result",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    date=d(23, 7, 0),
    subject="[회신] 시정요구 조치결과 - KCSC-240919-04",
    body=f"""
방송통신심의위원회 귀중

귀 위원회의 시정요구(요청번호 KCSC-240919-04)에 대한 조치결과를 아래와 같이 회신합니다.

| 번호 | URL | 조치결과 | 비고 |
|------|-----|----------|------|
| 1 | {NV1} | 삭제 | |
| 2 | {NV2} | 임시조치 | 30일 |
| 3 | {NV3} | 게시물 없음 | 작성자 삭제 |
| 4 | {NV4} | 조치 불가 | 위반 사항 없음 |
| 5 | {NV5_RAW} | 삭제 | |

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 (text table)",
    why="five rows: 삭제, 임시조치, 게시물 없음 (author deleted), 조치 불가 with reason 위반 사항 없음 (rejected), 삭제 on a raw Korean path",
    items={NV1: "removed", NV2: "restricted", NV3: "not_found", NV4: "rejected", NV5: "removed"},
)

# --- Kakao -------------------------------------------------------------
case(
    name="kakao-one-sentence-removed-and-author-deleted",
    **{"from": "cafe_report@daum.net"},
    name_from="Daum 카페 고객센터",
    date=d(21, 3, 0),
    subject="[Daum 카페] KCSC-240920-05 게시물 처리 결과 안내",
    body=f"""
안녕하세요. Daum 카페 고객센터입니다.

요청하신 게시물 중 {K1} 은 운영정책에 따라 삭제 조치하였으며, {K2} 는 확인 결과 이미 작성자가 삭제한 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 고객센터 신고 처리 결과",
    why="one sentence: first post deleted by the operator (removed), second already deleted by its author (not found)",
    items={K1: "removed", K2: "not_found"},
)

case(
    name="kakao-refusal-and-temporary-measure",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date=d(23, 2, 30),
    subject="Re: [KCSC-240920-05] Request for removal of content",
    reply_to_req=mid("KCSC-240920-05"),
    body=f"""
안녕하세요, 카카오 정책팀입니다.

{K3} 게시물은 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

한편 {K1} 게시물은 정보통신망법에 따라 임시조치(30일)되었습니다.

카카오 정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 정책팀 회신 (refusal with reason, 임시조치)",
    why="negated action with reason (rejected); 임시조치 (restricted)",
    items={K3: "rejected", K1: "restricted"},
)

case(
    name="kakao-statuses-by-position-echoed-list",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date=d(24, 1, 45),
    subject="[카카오] 게시중단 요청 처리 결과 (KCSC-240920-05)",
    body=f"""
안녕하세요, 카카오 정책팀입니다.

접수하신 게시물 목록
1. {K1}
2. {K2}
3. {K3}

처리 결과: 1번과 3번 게시물은 삭제 처리되었고, 2번 게시물은 이미 존재하지 않는 게시물입니다.

카카오 정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 처리 결과 안내 with the list echoed in the platform's own text",
    why="statuses given by number, and the numbers are defined in the platform's own (unquoted) list: 1 and 3 removed, 2 not found",
    items={K1: "removed", K3: "removed", K2: "not_found"},
)

# --- TikTok ------------------------------------------------------------
case(
    name="tiktok-dsa-statement-of-reasons",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date=d(22, 10, 0),
    subject="Decision on your notice KCSC-240920-06",
    body=f"""
Hello,

We have reviewed your notice (reference KCSC-240920-06). Our decisions are set out below.

Decision 1
Content: {TT1}
Decision: Content restricted in the Republic of Korea (not visible to users there)
Ground: Illegal content under local law (illegal gambling)
Automated means used: No

Decision 2
Content: {TT2}
Decision: No action taken
Ground: The content does not violate our Community Guidelines or the local law referred to in your notice
Automated means used: No

You can find information about redress options at https://www.tiktok.com/legal/page/global/appeals.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (TikTok-style decision blocks)",
    why="decision 1 restricted in Korea; decision 2 no action with a reason (rejected); the appeals page is not an item",
    items={TT1: "restricted", TT2: "rejected"},
)

# ======================================================================
# REVIEW
# ======================================================================
case(
    name="tg-bulk-all-blocked",
    **{"from": "abuse@telegram.org"},
    date=d(22, 5, 0),
    subject="Re: [KCSC-240918-01] Request for removal of content",
    reply_to_req=mid("KCSC-240918-01"),
    body="""
Hello,

All the channels and posts listed in your report KCSC-240918-01 have been blocked.

Thank you for helping keep Telegram safe.
Telegram Abuse Team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Telegram abuse-desk one-line closure",
    why="one statement about all twelve items without naming any",
    items={u: "pending" for u in R1},
)

case(
    name="tg-promise-and-conditional",
    **{"from": "abuse@telegram.org"},
    date=d(19, 12, 0),
    subject="Re: [KCSC-240918-01] Request for removal of content",
    reply_to_req=mid("KCSC-240918-01"),
    body=f"""
Hello,

Regarding {B12}: we have contacted the channel admin, and the post will be removed if the owner does not take it down within 24 hours.

{B7} is with our moderators, who will review it this week.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply",
    why="a conditional promise and a promise to review: no statement, both stay pending",
    items={B12: "pending", B7: "pending"},
)

case(
    name="yt-appears-private-still-reviewing",
    **{"from": "legal-support@google.com"},
    date=d(20, 0, 20),
    subject="Re: [KCSC-240919-03] Request for removal of content",
    reply_to_req=mid("KCSC-240919-03"),
    body=f"""
Hello,

It appears that {Y2} may have been made private by its uploader since you sent your request. We're still looking into {Y3} and will let you know the outcome.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="'appears... may have been made private' is a hedge, the other is still under review",
    items={Y2: "pending", Y3: "pending"},
)

case(
    name="naver-seems-deleted-will-act",
    **{"from": "cafe-support@naver.com"},
    name_from="네이버 카페 운영지원",
    date=d(20, 2, 50),
    subject="Re: [KCSC-240919-04] Request for removal of content",
    reply_to_req=mid("KCSC-240919-04"),
    body=f"""
안녕하세요. 네이버 카페 운영지원 담당자입니다.

{NV4} 게시물은 이미 작성자에 의해 삭제된 것으로 보이나, 최종 확인 후 다시 안내드리겠습니다.
{NV3} 게시물은 담당 부서 검토 후 조치할 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 카페 운영지원 중간 회신",
    why="'삭제된 것으로 보이나' is a hedge and '조치할 예정' a promise: both pending",
    items={NV4: "pending", NV3: "pending"},
)

KAKAO_CONFLICT_TXT = f"""안녕하세요, 카카오 정책팀입니다.

요청번호 KCSC-240920-05 처리 결과

URL: {K1}
조치 결과: 삭제 완료

※ 위 게시물은 게시자의 이의제기로 현재 재검토 중이며, 최종 조치 결과는 확정되는 대로 다시 안내드리겠습니다.
"""
KAKAO_CONFLICT_HTML = f"""<html><body>
<p>안녕하세요, 카카오 정책팀입니다.</p>
<p><b>요청번호 KCSC-240920-05 처리 결과</b></p>
<table border="1"><tr><th>URL</th><th>조치 결과</th></tr>
<tr><td>{K1}</td><td>삭제 완료</td></tr></table>
<p>※ 위 게시물은 게시자의 이의제기로 현재 재검토 중이며, 최종 조치 결과는 확정되는 대로 다시 안내드리겠습니다.</p>
</body></html>"""
case(
    name="kakao-table-says-deleted-note-says-reviewing",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date=d(24, 6, 0),
    subject="[카카오] 처리 결과 안내 (KCSC-240920-05)",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b618-kk"

--b618-kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KAKAO_CONFLICT_TXT)}
--b618-kk
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KAKAO_CONFLICT_HTML)}
--b618-kk--
""",
    outcome="review", review="conflicting_statements",
    imitates="Kakao 처리 결과 안내 (table + note)",
    why="the table says 삭제 완료, the note below says the same post is being re-examined after an objection: contradictory",
    items={K1: "pending"},
)

case(
    name="x-dmarc-fail",
    **{"from": "legal-noreply@x.com"},
    auth="fail",
    date=d(19, 9, 9),
    subject="Re: [KCSC-240918-02] Request for removal of content",
    reply_to_req=mid("KCSC-240918-02"),
    body=f"""
Hello,

We have withheld {X1} in South Korea and removed {X2} globally.

X Legal
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="X legal outcome, failing DMARC",
    why="x.com sender failing DKIM/SPF/DMARC: nothing applies",
    items={X1: "pending", X2: "pending"},
)

case(
    name="tiktok-local-agent-unknown-sender",
    **{"from": "tiktok@hanbit-legal.co.kr"},
    name_from="틱톡 국내대리인 한빛리걸서비스",
    date=d(23, 4, 0),
    subject="RE: [KCSC-240920-06] 게시물 삭제 요청 건",
    reply_to_req=mid("KCSC-240920-06"),
    body=f"""
안녕하세요. TikTok의 국내대리인 한빛리걸서비스입니다.

요청하신 영상 {TT1} 및 {TT2} 두 건 모두 삭제되었음을 본사로부터 확인하여 알려드립니다.

한빛리걸서비스 드림
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="domestic legal representative (국내대리인) relaying a result",
    why="a sender domain of no configured platform states results for TikTok items",
    items={TT1: "pending", TT2: "pending"},
)

case(
    name="yt-about-a-tiktok-link",
    **{"from": "legal-support@google.com"},
    date=d(23, 1, 0),
    subject="Re: your legal request",
    body=f"""
Hello,

Thanks for reaching out. The link {TT2} included in your message is not YouTube content, and we were unable to locate it on any Google service. We can't take action on content hosted by other companies.

YouTube Legal Support
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="YouTube legal support reply to a misdirected request",
    why="Google states 'unable to locate' for a TikTok item: not its platform",
    items={TT2: "pending"},
)

case(
    name="tiktok-if-confirmed-will-restrict",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date=d(21, 8, 0),
    subject="Re: [KCSC-240920-06] Request for removal of content",
    reply_to_req=mid("KCSC-240920-06"),
    body=f"""
Hello,

If our review confirms that {TT1} breaches local law, we will restrict access to it in South Korea. In the meantime it has been queued for our legal team.

TikTok Legal
""",
    outcome="review", review="not_understood",
    imitates="TikTok legal interim reply",
    why="a condition and a promise, no statement",
    items={TT1: "pending"},
)

case(
    name="kakao-positions-refer-to-quoted-request",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date=d(23, 5, 10),
    subject="Re: [KCSC-240920-05] Request for removal of content",
    reply_to_req=mid("KCSC-240920-05"),
    body=f"""
안녕하세요, 카카오 정책팀입니다.

요청하신 목록의 첫 번째와 세 번째 게시물은 삭제 처리하였습니다. 두 번째 게시물은 확인 중입니다.

감사합니다.

2024년 9월 20일 (금) 오전 10:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
{req_text("KCSC-240920-05", R5, "> ")}
""",
    # Amended after the first run (session of 2026-12-06): the writer expected
    # review, with no item read, because the places point into our own quoted
    # request. docs/reader.md ("Places in a list") reads a place in our quoted
    # numbered request as that item (as blind-120, blind-126 and the amended
    # blind-551 expect): items 1 and 3 removed, item 2 still being checked.
    # The first-run row in tests/corpus/README.md still counts the
    # application as false.
    outcome="applied",
    imitates="Kakao reply referring to positions in the quoted request",
    why="positions point into our own quoted numbered request, which the documented rule reads: 1 and 3 removed, 2 still being checked",
    items={K1: "removed", K2: "pending", K3: "removed"},
)

case(
    name="tiktok-asks-for-legal-basis",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date=d(21, 9, 30),
    subject="Re: [KCSC-240920-06] Request for removal of content",
    reply_to_req=mid("KCSC-240920-06"),
    body=f"""
Hello,

To process your request concerning {TT2}, we need the specific provision of Korean law the content is alleged to breach and, if available, a copy of the Commission's decision. Please reply to this email with that information.

TikTok Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="TikTok request for additional information",
    why="asks for the legal basis before acting",
    items={TT2: "pending"},
)

case(
    name="tg-generic-processed-no-reference",
    **{"from": "abuse@telegram.org"},
    date=d(25, 3, 0),
    subject="Your reports",
    body="""
Hello,

We have processed the reports your office sent us this week. If anything is still visible, please send the links again to this address.

Telegram Abuse Team
""",
    outcome="review", review="no_claims",
    imitates="Telegram abuse-desk generic closure",
    why="trusted platform mail naming no item and no request",
    items={},
)

# ======================================================================
# IGNORED
# ======================================================================
case(
    name="yt-out-of-office",
    **{"from": "jiwoo.han@google.com"},
    name_from="Jiwoo Han",
    date=d(19, 0, 41),
    subject="Automatic reply: [KCSC-240919-03] Request for removal of content",
    reply_to_req=mid("KCSC-240919-03"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 30 September with limited access to email.

For urgent legal removal requests please use the legal help centre form at https://support.google.com/legal.

Jiwoo Han
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office auto-reply",
    why="out-of-office reply",
    items={},
)

case(
    name="tg-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@telegram.org"},
    name_from="Mail Delivery System",
    date=d(18, 1, 2),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b618-dsn"

--b618-dsn
Content-Type: text/plain; charset=utf-8

This is the mail system at host mail-out.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@telegram.org>: host mx.telegram.org said: 552 5.2.2 mailbox full

--b618-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.telegram.org
Arrival-Date: {d(18, 1, 0)}

Final-Recipient: rfc822; abuse-kr@telegram.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--b618-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@telegram.org
Subject: [KCSC-240918-01] Request for removal of content
Message-ID: <{mid("KCSC-240918-01")}@kcsc.example>
Date: {d(18, 1, 0)}
Content-Type: text/plain; charset=utf-8

{req_text("KCSC-240918-01", [B3, B7, B12])}

--b618-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (mailbox full)",
    why="bounce of our own request; URLs only in the returned message",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    date=d(19, 5, 30),
    subject="읽음 확인: [KCSC-240919-04] Request for removal of content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b618-mdn"

--b618-mdn
Content-Type: text/plain; charset=utf-8

보내신 메일 "[KCSC-240919-04] Request for removal of content"을(를) 수신자가 2024-09-19 14:30에 읽었습니다.

--b618-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{mid("KCSC-240919-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b618-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (read receipt)",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt-echoes-urls",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Support",
    date=d(20, 7, 31),
    subject="We've received your report (ref. 7400112233)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hi,

We've received your report. Your reference number is 7400112233.

Your report
Reporter reference: KCSC-240920-06
Reported content:
{TT1}
{TT2}

Our team will review your report and get back to you by email. You don't need to reply to this message.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok web-form report receipt echoing the report",
    why="pure acknowledgement; the URLs are only an echo of what we reported",
    items={},
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=d(20, 1, 15),
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

보내주신 요청(KCSC-240920-05)이 정상적으로 접수되었습니다.
접수번호: 2409-KK-55821

담당자가 검토 후 처리 결과를 회신드리겠습니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 고객센터 접수 안내",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="x-counsel-out-of-office-foreign-domain",
    **{"from": "j.park@lexbridge-law.example"},
    name_from="Jisoo Park",
    date=d(18, 2, 25),
    subject="Out of Office: Re: [KCSC-240918-02] Request for removal of content",
    reply_to_req=mid("KCSC-240918-02"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your message. I am away from the office until 2 October and will reply on my return. Messages are not forwarded.

Jisoo Park
Lexbridge Law
""",
    outcome="ignored", classification="auto_reply",
    imitates="law-firm out-of-office reply",
    why="auto-reply, ignored whoever sent it",
    items={},
)

HEADER = """# Blind set 618 (tests/corpus/blind618/make.py writes this file).
# Focus: what a program gets wrong: mixed statuses in one sentence, hedges in
# relative clauses, negations, refusals with reasons, later sentences that
# revise earlier ones, a table contradicted by its note, statuses by position.
# Expected results written from each email's meaning, before any run."""


def mime_words(s):
    """RFC 2047-encode non-ASCII display names and subjects, as mail clients do."""
    if s.isascii():
        return s
    return email.header.Header(s, "utf-8").encode()


def main():
    for c in cases:
        c["subject"] = mime_words(c["subject"])
        if "name_from" in c:
            c["name_from"] = mime_words(c["name_from"])
    write_requests()
    corpuslib.write_set(HERE, "blind618", HEADER, cases)


if __name__ == "__main__":
    main()
