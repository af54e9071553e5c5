#!/usr/bin/env python3
"""Blind set blind912 (focus: what a program gets wrong): mixed statuses in
one sentence, hedges in relative clauses, negations, refusals with reasons,
later sentences that revise earlier ones, a table contradicted by a note,
statuses given by position.

    python3 tests/corpus/blind912/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email was written in our own words, with fictional accounts and ids; the
expected results were written from each email's meaning before any run.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind912"
CAFE_RAW = "https://cafe.naver.com/야시장"
CAFE_ENC = "https://cafe.naver.com/%EC%95%BC%EC%8B%9C%EC%9E%A5"

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/lucky_spin77/status/1830011122233344501",
    2: "https://x.com/lucky_spin77/status/1830011122233344502",
    3: "https://x.com/lucky_spin77/status/1830011122233344519",
    4: "https://x.com/betmoon_kr/status/1829955500011122233",
    5: "https://x.com/betmoon_kr/status/1829955500011122240",
    6: "https://x.com/casino_nightowl/status/1830100200300400500",
    7: "https://x.com/casino_nightowl/status/1830100200300400517",
    8: "https://x.com/slotking_daily/status/1829800011112222333",
    9: "https://x.com/slotking_daily/status/1829800011112222350",
    10: "https://x.com/toto_signal_kr",
    11: "https://x.com/goldhand_bet/status/1830222333444555666",
    12: "https://x.com/goldhand_bet/status/1830222333444555690",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8rLx2A",
    2: "https://www.youtube.com/watch?v=h7PzW0kNc4E",
    3: "https://www.youtube.com/watch?v=Zt9bY1uXo5M",
    4: "https://www.youtube.com/@herbalcloud_shop",
    5: "https://www.youtube.com/watch?v=pL0cK9dW3sQ",
}
T = {
    1: "https://t.me/iceroute_seoul/412",
    2: "https://t.me/iceroute_seoul/415",
    3: "https://t.me/crystal_delivery_kr",
}
N = {
    1: "https://blog.naver.com/moonlit_store/223540011223",
    2: "https://blog.naver.com/moonlit_store/223540011287",
    3: CAFE_ENC + "/48213",
    4: CAFE_ENC + "/48230",
    5: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=472190355",
}
N3_RAW = CAFE_RAW + "/48213"
N4_RAW = CAFE_RAW + "/48230"
D = {
    1: "https://cafe.daum.net/silverpill/Xk2f/1187",
    2: "https://cafe.daum.net/silverpill/Xk2f/1203",
}
K1 = "https://www.tiktok.com/@nightpill.kr/video/7410022233344455566"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "gambling", "req-240902-01@kcsc.example", "illegal online gambling promotion",
     [X[i] for i in range(1, 13)]),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "drugs", "req-240903-02@kcsc.example", "drug sales advertised in videos",
     [Y[i] for i in range(1, 5)]),
    ("KCSC-240904-03", "telegram", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "drugs", "req-240904-03@kcsc.example", "drug delivery channel",
     [T[i] for i in range(1, 4)]),
    ("KCSC-240905-04", "naver", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscenity", "req-240905-04@kcsc.example", "obscene material sale posts",
     [N[i] for i in range(1, 6)]),
    ("KCSC-240906-05", "daum", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "drugs", "req-240906-05@kcsc.example", "prescription drug resale",
     [D[1], D[2]]),
    ("KCSC-240909-06", "tiktok", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "drugs", "req-240909-06@kcsc.example", "drug promotion video",
     [K1]),
    ("KCSC-240910-07", "youtube", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling", "req-240910-07@kcsc.example", "gambling site advertisement",
     [Y[5]]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def subj(s):
    """Korean subjects are RFC 2047 encoded, as real mailers do."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return Header(s, "utf-8").encode()


def quote(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


def request_text(ref, greeting, urls):
    out = [greeting, "",
           f"The Korea Communications Standards Commission requests the removal of the",
           f"following content under reference {ref}:", ""]
    out += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    out += ["", "Please reply to this address with the action taken for each item.", "",
            "KCSC Takedown Desk"]
    return out


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X
case(
    name="x-three-outcomes-one-sentence",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Fri, 06 Sep 2024 16:12:40 +0900",
    subject="Re: KCSC-240902-01 - request regarding gambling promotion",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thank you for your request (ref. KCSC-240902-01). Having reviewed the first
three posts on your list, we have withheld {X[1]} in South Korea, removed
{X[2]} globally for violating our illegal gambling policy, and left
{X[3]} available, as it contains no link or offer and breaks neither the X
Rules nor Korean law.

We will write to you separately about the remaining posts.

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content notice)",
    why="one sentence gives three different outcomes: withheld in KR, removed globally, left up with a reason",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "rejected"},
)

case(
    name="x-not-withheld-but-removed-and-not-found-to-violate",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Mon, 09 Sep 2024 11:03:05 +0900",
    subject="Update on case 0194-KR-5531 (your ref KCSC-240902-01)",
    body=f"""
Hi,

An update on case 0194-KR-5531 (your reference KCSC-240902-01).

{X[6]} was not merely withheld in Korea: our Safety team found that it breaches
the X Rules, and the post has been removed for all users.

{X[7]} was not found to violate the X Rules or applicable Korean law. The post
criticises online casinos and promotes nothing, so we are not taking action
on it.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support follow-up email on a case number",
    why="'not merely withheld ... removed for all users' is removed; 'was not found to violate' is a refusal, not not_found",
    items={X[6]: "removed", X[7]: "rejected"},
)

case(
    name="x-list-then-correction-for-first",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Thu, 12 Sep 2024 18:40:22 +0900",
    subject="RE: KCSC-240902-01 - status of @betmoon_kr posts",
    reply_to_req="req-240902-01",
    body=f"""
Dear KCSC team,

Further to our message of 6 September regarding KCSC-240902-01:

 - {X[4]} -- withheld in South Korea
 - {X[5]} -- withheld in South Korea

Please note a change for the first of these. Following an internal appeal
review the post was escalated, and on 12 September it was removed globally
for breaching our rules on illegal gambling. The second post remains withheld
in South Korea only.

Kind regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up restating earlier outcomes and correcting one",
    why="list says withheld for both; the later paragraph revises the first to removed globally and keeps the second withheld",
    items={X[4]: "removed", X[5]: "restricted"},
)

case(
    name="x-html-table-corrected-by-note",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Fri, 13 Sep 2024 10:15:00 +0900",
    subject="KCSC-240902-01 - outcome report (slotking_daily)",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Please find below the outcome for the posts by @slotking_daily in your request KCSC-240902-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{X[8]}</td><td>Withheld</td><td>KR</td></tr>
<tr><td>{X[9]}</td><td>Withheld</td><td>KR</td></tr>
</table>
<p><b>Correction:</b> the second row was generated before our final check. The post at
<a href="{X[9]}">{X[9]}</a> had already been deleted by the account owner, so there was
nothing for us to withhold; please treat it as no longer existing.</p>
<p>X Legal Operations</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome report in an HTML table with a free-text note",
    why="table says withheld for both; the note explicitly corrects the second row to deleted by its owner",
    items={X[8]: "restricted", X[9]: "not_found"},
)

case(
    name="x-outcomes-by-item-number",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Fri, 13 Sep 2024 15:47:31 +0900",
    subject="KCSC-240902-01 - decisions on remaining items",
    body=f"""
Hello,

Your report (KCSC-240902-01) included these items, which we reviewed together:

1) {X[10]}
2) {X[11]}
3) {X[12]}

Outcome, by item number:
1) Account withheld in South Korea.
2) Post removed - violation of the X Rules (illegal gambling).
3) No action: the post does not violate the X Rules or local law.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply echoing the reported list and giving outcomes by number",
    why="URLs echoed in a numbered list, outcomes given by the same numbers below",
    items={X[10]: "restricted", X[11]: "removed", X[12]: "rejected"},
)

x_req = request_text("KCSC-240902-01", "Dear X Legal,", [X[i] for i in range(1, 13)])
case(
    name="x-outlook-top-posted-over-request",
    **{"from": "dhan@x.com"}, name_from="Daniel Han",
    date="Mon, 16 Sep 2024 09:22:10 +0900",
    subject="RE: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

Quick update from our side on two posts and one account from your list:
{X[8]} and {X[9]} are both removed.
The account {X[10]} is permanently suspended.

Best,
Daniel
X Global Government Affairs

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240902-01 removal request

""" + "\n".join(x_req),
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a platform employee over the quoted request",
    why="two posts removed, account suspended (disabled = removed); the quoted request's other URLs say nothing",
    items={X[8]: "removed", X[9]: "removed", X[10]: "removed"},
)

case(
    name="x-angle-bracket-wrapped-urls",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Tue, 17 Sep 2024 14:05:48 +0900",
    subject="Re: KCSC-240902-01",
    reply_to_req="req-240902-01",
    body="""
Hello,

Regarding your request KCSC-240902-01, the post
<https://x.com/goldhand_bet/status/1830222333444555666> has been withheld in
South Korea in response to your legal demand.

We could not action <https://x.com/goldhand_bet/
status/1830222333444555690>: the post no longer exists, as the account holder
deleted it before our review.

Thanks,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text X reply with URLs in angle brackets, one wrapped inside the brackets (RFC 3986 App. C)",
    why="first post withheld in KR; second, wrapped over two lines inside <>, deleted by its author",
    items={X[11]: "restricted", X[12]: "not_found"},
)

case(
    name="x-dsa-style-statement-of-reasons",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Wed, 11 Sep 2024 20:31:09 +0900",
    subject="Statement of reasons - notice KCSC-240902-01",
    body=f"""
Statement of reasons - notice KCSC-240902-01

Item 1
Content: {X[5]}
Decision: visibility restriction - content withheld in the territory of the Republic of Korea
Ground: incompatible with local law (Republic of Korea, National Sports Promotion Act)
Automated detection: No. Automated decision: No.

Item 2
Content: {X[4]}
Decision: no restriction applied
Ground: the content was assessed as neither illegal nor contrary to our terms of service
Automated detection: No. Automated decision: No.

Redress: you may ask us to reconsider at https://help.x.com/forms/legal-appeal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (decision / ground / automation fields)",
    why="structured decisions: item 1 withheld in KR, item 2 'no restriction applied' with a reason; appeal link is no item",
    items={X[5]: "restricted", X[4]: "rejected"},
)

# ================================================================ YouTube
case(
    name="yt-hedges-inside-relative-clauses",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 13:26:51 +0900",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Thanks for reaching out regarding KCSC-240903-02.

The video {Y[1]}, which may also have been re-uploaded under another title,
has been removed from YouTube for violating our Community Guidelines on
illegal or regulated goods. If we find copies, they will be handled under the
same policy.

The video {Y[2]}, which appears to use coded language for drug sales, is still
being reviewed by our legal team; we will follow up once a decision is made.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply to a government removal request",
    why="hedges sit in relative clauses: first video removed (main clause firm), second still under review",
    items={Y[1]: "removed", Y[2]: "pending"},
)

case(
    name="yt-age-restriction-and-channel-refusal",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 17:02:14 +0900",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

We've age-restricted {Y[3]}, so it can no longer be watched by signed-out
viewers or by users under 18.

We've decided not to remove the channel {Y[4]}. The channel sells herbal teas
that are legal in Korea, and we didn't find content on it that violates our
policies or Korean law. You can read more about our approach at
https://support.google.com/youtube/answer/2801999.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome email: age restriction plus a refusal with reasons",
    why="age-restricted is restricted; 'decided not to remove ... didn't find content that violates' is rejected",
    items={Y[3]: "restricted", Y[4]: "rejected"},
)

yt_ko = f"""안녕하세요, YouTube 법무지원팀입니다.

방송통신심의위원회의 요청(KCSC-240903-02)에 대한 검토 결과를 알려드립니다.

요청하신 영상 {Y[2]} 은 처음에는 정책 위반이 아닌 것으로 판단되었으나, 재검토 결과 현지 법률에 따라 대한민국에서 볼 수 없도록 차단하였습니다.

영상 {Y[1]} 는 커뮤니티 가이드 위반으로 삭제되었습니다.

감사합니다.
YouTube 법무지원팀
"""
case(
    name="yt-korean-qp-first-judgement-revised",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 10:44:37 +0900",
    subject=subj("[KCSC-240903-02] 게시 중단 요청 검토 결과"),
    reply_to_req="req-240903-02",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_ko),
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language legal outcome email, quoted-printable",
    why="first judgement 'not a violation' is revised in the same sentence to blocked in Korea; second video deleted",
    items={Y[2]: "restricted", Y[1]: "removed"},
)

yt_csv = (
    "url,decision,detail\r\n"
    f"{Y[1]},Removed,Community Guidelines - illegal or regulated goods\r\n"
    f"{Y[2]},Blocked in KR,Local legal\r\n"
    f"{Y[3]},No action,Not violative\r\n"
    f"{Y[4]},In review,\r\n"
)
case(
    name="yt-csv-attachment-with-in-review-row",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 09:10:00 +0900",
    subject="[KCSC-240903-02] Outcome of your request",
    reply_to_req="req-240903-02",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==yt912csv=="

--==yt912csv==
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Hello,

Please find the outcome of your request KCSC-240903-02 in the attached file.
Rows marked "In review" have not been decided yet; we will send a further
update for them.

YouTube Legal Support

--==yt912csv==
Content-Type: text/csv; charset=UTF-8; name="KCSC-240903-02_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-02_outcome.csv"
Content-Transfer-Encoding: base64

{b64(yt_csv)}
--==yt912csv==--
""",
    outcome="applied", classification="confirmation",
    imitates="platform outcome spreadsheet sent as a CSV attachment",
    why="CSV rows: removed, blocked in KR, no action (not violative), in review",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "pending"},
)

case(
    name="yt-single-item-no-url",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 11:58:03 +0900",
    subject="Re: KCSC-240910-07 Removal request",
    reply_to_req="req-240910-07",
    body="""
Hi,

Following our review of your notice KCSC-240910-07, the content you reported
has been removed from YouTube for violating our policy on online gambling.

Thank you,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="short YouTube removal confirmation that does not repeat the URL",
    why="one-item request; 'the content you reported has been removed' covers its only item",
    items={Y[5]: "removed"},
)

yt_req = request_text("KCSC-240903-02", "Dear YouTube Legal,", [Y[i] for i in range(1, 5)])
case(
    name="yt-gmail-quoted-channel-terminated",
    **{"from": "haeun.seo@google.com"}, name_from="Ha-eun Seo",
    date="Tue, 17 Sep 2024 15:30:12 +0900",
    subject="Re: KCSC-240903-02 removal request",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

An update on the channel in your request: {Y[4]} has been terminated for
repeated violations of our regulated goods policy.

Best,
Ha-eun
YouTube Trust & Safety

On Tue, Sep 3, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
""" + quote(yt_req),
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a Trust & Safety employee",
    why="channel terminated = removed; the three videos appear only in the quoted request",
    items={Y[4]: "removed"},
)

# ================================================================ Telegram
case(
    name="tg-two-taken-down-channel-not-blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 02:14:55 +0900",
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

Thank you for the report KCSC-240904-03.

The messages {T[1]} and {T[2]} were taken down, but the channel {T[3]} itself
has not been blocked, since the posts we found there were old news items and
did not offer anything for sale.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (short prose)",
    why="one sentence: two messages taken down, channel not blocked with a reason (rejected)",
    items={T[1]: "removed", T[2]: "removed", T[3]: "rejected"},
)

case(
    name="tg-statements-above-url-lists",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 21:40:07 +0900",
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

The following channel has been blocked for all users due to the sale of
illegal drugs:
{T[3]}

We could not find these messages; they appear to have been removed by the
channel owner before our moderators reached them:
{T[1]}
{T[2]}

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with statement lines followed by URL lists",
    why="channel blocked for all users = removed; 'could not find' is firm, only the why is hedged = not_found",
    items={T[3]: "removed", T[1]: "not_found", T[2]: "not_found"},
)

tg_req = ["Ref: KCSC-240904-03", "", "Please remove:",
          f"1. {T[1]}", f"2. {T[2]}", f"3. {T[3]}", "", "KCSC Takedown Desk"]
case(
    name="tg-by-position-over-quoted-list",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Tue, 10 Sep 2024 19:03:44 +0900",
    subject="Re: KCSC-240904-03 removal request",
    reply_to_req="req-240904-03",
    body="""
Hi,

The first two links in your message below have been taken down. The third
one, a channel, does not exist under that username - please check it.

--
Telegram Support

On 04.09.2024 11:00, KCSC Takedown wrote:
""" + quote(tg_req),
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply referring to the quoted request's list by position",
    why="statuses given by position ('first two', 'the third') over a numbered quoted list; a clerk maps them",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

# ================================================================ NAVER
case(
    name="naver-korean-particles-and-fullwidth",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Mon, 09 Sep 2024 14:20:31 +0900",
    subject=subj("[네이버] 시정요구(KCSC-240905-04) 처리 결과 안내"),
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240905-04)에 대해 안내드립니다.

{N[1]} 은 게시중단 처리하였고, {N[2]}는 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

카페 게시물（{N3_RAW}）은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단 처리 결과 안내 (Korean prose)",
    why="one sentence: 게시중단 (removed) and 작성자 삭제로 존재하지 않음 (not_found); cafe post kept, no violation (rejected)",
    items={N[1]: "removed", N[2]: "not_found", N[3]: "rejected"},
)

naver_rows = [
    (1, N[1], "삭제", "-"),
    (2, N[2], "임시조치", "30일"),
    (3, N3_RAW, "블라인드", "-"),
    (4, N4_RAW, "조치불가", "운영정책 위반 아님"),
    (5, N[5].replace("&", "&amp;"), "검토중", "추가 확인 필요"),
]
rows_html = "\n".join(
    f"<tr><td>{n}</td><td>{u}</td><td>{a}</td><td>{r}</td></tr>" for n, u, a, r in naver_rows)
case(
    name="naver-correction-request-result-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Wed, 11 Sep 2024 16:05:12 +0900",
    subject=subj("시정요구 조치결과 회신 (KCSC-240905-04)"),
    reply_to_req="req-240905-04",
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-240905-04 시정요구에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{rows_html}
</table>
<p>5번 게시물은 확인이 끝나는 대로 별도 회신드리겠습니다.</p>
<p>네이버 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (번호/URL/조치결과/비고)",
    why="table rows: 삭제 removed, 임시조치 restricted, 블라인드 removed, 조치불가 rejected, 검토중 pending",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "rejected", N[5]: "pending"},
)

case(
    name="naver-temporary-measure-then-deleted",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Fri, 13 Sep 2024 17:45:00 +0900",
    subject=subj("Re: KCSC-240905-04 카페 게시물 조치 현황"),
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 카페 게시물 2건에 대해 9월 6일 임시조치(30일)를 하였습니다.
- {N3_RAW}
- {N4_RAW}

이후 48230번 게시물은 게시자의 이의제기가 없었고, 추가 확인 결과 명백한 불법정보로 판단되어 9월 13일 삭제 처리로 변경되었습니다. 48213번 게시물은 임시조치 상태가 유지되고 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice followed by a later change to 삭제",
    why="both first got 임시조치; a later sentence changes 48230 to 삭제 and keeps 48213 under 임시조치",
    items={N[3]: "restricted", N[4]: "removed"},
)

case(
    name="naver-hedged-relative-clause-korean",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Tue, 10 Sep 2024 10:12:09 +0900",
    subject=subj("KCSC-240905-04 처리 현황 안내"),
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요.

동일한 내용이 반복 게시된 것으로 보이는 {N[5]} 게시물은 운영자 삭제 처리하였습니다.

{N[1]} 게시물은 현재 담당 부서에서 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 운영자 삭제 notice with a pending item",
    why="'~것으로 보이는' hedges only the relative clause; 운영자 삭제 is firm; the blog post is still 검토 중",
    items={N[5]: "removed", N[1]: "pending"},
)

# ================================================================ Daum / Kakao
case(
    name="daum-blind-but-other-not-actioned",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="Kakao",
    date="Tue, 10 Sep 2024 15:33:27 +0900",
    subject=subj("[카카오] 다음카페 게시물 조치 결과 안내 (KCSC-240906-05)"),
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 {D[1]} 게시글은 블라인드 처리되었으나, {D[2]} 게시글은 일반 의약품 복용 후기를 공유한 글로 신고 사유에 해당하지 않아 별도 조치하지 않았습니다.

문의사항이 있으시면 회신 부탁드립니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 카페 신고 처리 결과 안내",
    why="one sentence: 블라인드 (removed) then 신고 사유에 해당하지 않아 조치하지 않음 (rejected)",
    items={D[1]: "removed", D[2]: "rejected"},
)

case(
    name="daum-bare-urls-status-on-next-line",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="Kakao",
    date="Thu, 12 Sep 2024 11:20:45 +0900",
    subject=subj("Re: KCSC-240906-05 처리 결과"),
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요.

[처리 결과]
{D[1]}
→ 게시물 삭제 완료
{D[2]}
→ 존재하지 않는 게시물 (작성자 삭제)

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 처리 결과 list, URL with status on the next line",
    why="status on the line below each bare URL: 삭제 완료, 존재하지 않는 게시물",
    items={D[1]: "removed", D[2]: "not_found"},
)

# ================================================================ TikTok
case(
    name="tiktok-received-and-removed",
    **{"from": "trustandsafety@tiktok.com"}, name_from="TikTok Trust and Safety",
    date="Wed, 11 Sep 2024 08:51:30 +0900",
    subject="Re: Report KCSC-240909-06",
    reply_to_req="req-240909-06",
    body="""
Hi,

Thanks for your report. We've received it and completed our review: the video
<https://www.tiktok.com/@nightpill.kr/video/7410022233344455566> was removed
for violating our Community Guidelines on drugs and controlled substances.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email",
    why="acknowledgement phrase followed by a firm removal of the only item: not an acknowledgement",
    items={K1: "removed"},
)

tt_text = f"""Hello,

Regarding reference KCSC-240909-06: after reviewing the video at
{K1}
against local law, we have restricted it so that it is no longer available
in South Korea. It remains available elsewhere, as it does not violate our
Community Guidelines.

TikTok Law Enforcement Outreach
"""
case(
    name="tiktok-base64-restricted-in-korea",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok",
    date="Thu, 12 Sep 2024 19:17:02 +0900",
    subject="KCSC-240909-06: outcome",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(tt_text),
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law restriction notice, base64 body",
    why="restricted in South Korea; 'does not violate our Community Guidelines' explains why it stays up elsewhere",
    items={K1: "restricted"},
)

# ================================================================ review
case(
    name="x-promise-to-withhold",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Wed, 04 Sep 2024 17:30:00 +0900",
    subject="Re: KCSC-240902-01 - request regarding gambling promotion",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thank you for your request KCSC-240902-01. Our legal team has assessed the
posts below, and they will be withheld in South Korea once the account holders
have been notified:

{X[1]}
{X[2]}

We expect this to be completed within 48 hours.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a future withholding",
    why="'will be withheld once ...' is a promise; nothing has happened yet",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-conditional-on-counter-notice",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Thu, 05 Sep 2024 12:00:41 +0900",
    subject="KCSC-240902-01 - @goldhand_bet posts",
    body=f"""
Hello,

If the account holder does not file a counter-notice within 14 days, the posts
{X[11]} and {X[12]} will be withheld in South Korea. Until then they remain
visible while the notice period runs.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X notice-period email (action conditional on the user's response)",
    why="a condition and a promise; 'remain visible while the notice period runs' is no refusal",
    items={X[11]: "pending", X[12]: "pending"},
)

case(
    name="x-untrusted-dmarc-fail",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    auth="fail",
    date="Sun, 08 Sep 2024 03:12:19 +0900",
    subject="RE: KCSC-240902-01 completed",
    body=f"""
Dear Sir/Madam,

Your request KCSC-240902-01 is completed. {X[1]} and {X[2]} have been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="a forged or misrouted X reply failing DMARC",
    why="x.com sender but DKIM/SPF/DMARC fail",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="yt-appears-and-may-have-been",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 18:20:00 +0900",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

{Y[1]} appears to have already been taken down by the uploader, and
{Y[3]} may have been restricted in your region following an earlier
local legal complaint. We are confirming both with the relevant team and will
update you.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply with unconfirmed observations",
    why="'appears to have' and 'may have been' are hedges on the main clauses",
    items={Y[1]: "pending", Y[3]: "pending"},
)

case(
    name="yt-vendor-unknown-sender",
    **{"from": "reports@clearview-moderation.example"}, name_from="ClearView Moderation Services",
    date="Sat, 07 Sep 2024 09:00:00 +0900",
    subject="KCSC-240903-02 - actioned on behalf of client",
    body=f"""
Hello,

On behalf of our client we confirm that the following videos have been removed:
{Y[1]}
{Y[2]}

ClearView Moderation Services
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="sender is no platform's domain",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="tg-all-three-blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 23:59:10 +0900",
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body="""
Hello,

All three links from your report KCSC-240904-03 have been blocked.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram one-line abuse reply",
    why="one statement for a three-item request without naming each item",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="tg-asks-for-legal-basis",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 20:11:34 +0900",
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

Before we can act on {T[3]}, we need a copy of the decision or the specific
provision of Korean law that the channel's content breaks. Please reply to
this address with that document.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram request for the legal basis before acting",
    why="asks for documents; no statement about the item",
    items={T[3]: "pending"},
)

case(
    name="naver-all-deleted-bulk",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Fri, 06 Sep 2024 15:00:00 +0900",
    subject=subj("KCSC-240905-04 조치 완료"),
    reply_to_req="req-240905-04",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240905-04 관련하여 요청하신 게시물은 모두 삭제 조치하였습니다.
(접수번호 NV-2409-0517)

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER short 조치 완료 notice",
    why="'요청하신 게시물은 모두 삭제' for a five-item request, no item named",
    items={N[i]: "pending" for i in range(1, 6)},
)

conf_rows = f"<tr><td>1</td><td>{N[2]}</td><td>삭제 완료</td></tr>"
case(
    name="naver-table-contradicted-by-note",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Mon, 09 Sep 2024 18:02:51 +0900",
    subject=subj("Re: KCSC-240905-04 블로그 게시물 처리 결과"),
    reply_to_req="req-240905-04",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>처리결과</th></tr>
{conf_rows}
</table>
<p>※ 위 게시물은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시가 유지됩니다.</p>
<p>감사합니다.</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="Korean result table with a footnote (※)",
    why="table says 삭제 완료, the note says the post stays up; nothing says which is the correction",
    items={N[2]: "pending"},
)

case(
    name="daum-will-act-in-turn",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="Kakao",
    date="Mon, 09 Sep 2024 10:05:00 +0900",
    subject=subj("Re: KCSC-240906-05 접수 및 처리 예정 안내"),
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 아래 게시글은 내부 검토 후 순차적으로 조치할 예정입니다.
{D[1]}
{D[2]}

처리 결과는 완료되는 대로 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao 처리 예정 안내",
    why="조치할 예정 is a promise; both items stay pending",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="daum-search-delisting-naver-url",
    **{"from": "search-policy@kakaocorp.com"}, name_from="Kakao Search Policy",
    date="Wed, 11 Sep 2024 13:40:18 +0900",
    subject=subj("[Daum 검색] 검색결과 삭제 요청 처리 안내"),
    body=f"""
안녕하세요, 카카오 검색정책팀입니다.

요청하신 {N3_RAW} 은 네이버 카페 게시물로, Daum 검색 결과에 노출되지 않도록 삭제 처리하였습니다.
원 게시물에 대한 조치는 해당 서비스 제공자에게 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao search-result delisting notice",
    why="Kakao states an action on a NAVER item (only its own search listing)",
    items={N[3]: "pending"},
)

case(
    name="tiktok-use-the-portal",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok",
    date="Tue, 10 Sep 2024 06:30:00 +0900",
    subject="Your email to TikTok",
    body="""
Hello,

Thank you for contacting TikTok. Requests from government agencies must be
submitted through our online portal at https://www.tiktok.com/legal/report/government
so that we can verify and track them. We are unable to process requests
received by email.

TikTok Law Enforcement Outreach
""",
    outcome="review", review="no_claims",
    imitates="TikTok 'please use the portal' reply",
    why="trusted TikTok mail, no item and no request referenced; portal link is no item",
    items={},
)

# ================================================================ ignored
case(
    name="x-out-of-office",
    **{"from": "sbae@x.com"}, name_from="Soo-jin Bae",
    date="Mon, 02 Sep 2024 10:00:31 +0900",
    subject="Automatic reply: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I'm out of the office until 23 September with limited access to email.
For urgent legal requests please contact legal@x.com.

Soo-jin
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office reply",
    items={},
)

case(
    name="daum-korean-out-of-office",
    **{"from": "jw.kim@kakaocorp.com"}, name_from="Kakao",
    date="Fri, 06 Sep 2024 14:00:12 +0900",
    subject=subj("[부재중] Re: KCSC-240906-05 게시물 삭제 요청"),
    reply_to_req="req-240906-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요.
9월 6일부터 9월 18일까지 휴가로 부재중입니다.
급한 용무는 cs-policy@kakaocorp.com 으로 연락 부탁드립니다.

김지원 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office reply",
    items={},
)

dsn_orig = "\n".join(request_text("KCSC-240910-07", "Dear YouTube Legal,", [Y[5]]))
case(
    name="google-dsn-user-unknown",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 16:20:40 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn912b"

--dsn912b
Content-Type: text/plain; charset=UTF-8

Address not found

Your message wasn't delivered to legal-korea@google.com because the address
couldn't be found, or is unable to receive mail.

--dsn912b
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 10 Sep 2024 16:20:38 +0900

Final-Recipient: rfc822; legal-korea@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn912b
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@google.com
Subject: KCSC-240910-07 Removal request
Date: Tue, 10 Sep 2024 16:20:00 +0900
Message-ID: <req-240910-07@kcsc.example>

{dsn_orig}

--dsn912b--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification (5.1.1 user unknown) with the original attached",
    why="bounce of our own request; the URL is in the returned original",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Thu, 05 Sep 2024 10:02:11 +0900",
    subject=subj("읽음: KCSC-240905-04 게시물 삭제 요청"),
    reply_to_req="req-240905-04",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn912n"

--mdn912n
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

보내신 메일 "KCSC-240905-04 게시물 삭제 요청"을(를) 2024-09-05 10:02에 읽었습니다.

--mdn912n
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn912n--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER Works read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="tg-ticket-receipt-echoes-links",
    **{"from": "noreply@telegram.org"}, name_from="Telegram",
    date="Wed, 04 Sep 2024 11:00:52 +0900",
    subject="Your report has been received [Ticket #TG-88213940]",
    reply_to_req="req-240904-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Your report has been received and a ticket has been created.

Ticket: #TG-88213940
Reference: KCSC-240904-03
Links received:
{T[1]}
{T[2]}
{T[3]}

Our moderators will review the links. You do not need to reply to this
message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt echoing the reported links",
    why="pure receipt; the links are echoed with no statement",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="naver-korean-receipt",
    **{"from": "help@naver.com"}, name_from="NAVER",
    date="Thu, 05 Sep 2024 09:41:30 +0900",
    subject=subj("[네이버 고객센터] 신고가 접수되었습니다"),
    reply_to_req="req-240905-04",
    body="""
안녕하세요, 네이버 고객센터입니다.

보내주신 신고(KCSC-240905-04)가 정상적으로 접수되었습니다.
접수번호: 2024-0905-113

처리 결과는 영업일 기준 3~5일 이내에 회신드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 접수 확인 메일",
    why="receipt with a ticket number and a promise of a later answer",
    items={},
)

HEADER = """# Blind set blind912 (focus: what a program gets wrong).
# Written by tests/corpus/blind912/make.py; expected results come from each
# email's meaning, written before the reader was run on this set."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
