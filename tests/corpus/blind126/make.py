#!/usr/bin/env python3
"""Blind set 126: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted by a note, statuses given by position. Written from each
email's meaning, before any run of the reader.

    python3 tests/corpus/blind126/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import email.header
import csv
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind126"

# ---------------------------------------------------------------- requests
SENT = "2024-09-06T10:00:00+09:00"
DUE = "2024-09-13T18:00:00+09:00"

X = [
    "https://x.com/luckyspin_kr/status/1832014455120031744",
    "https://x.com/luckyspin_kr/status/1832014477781205003",
    "https://x.com/toto_hana77/status/1831987720045506560",
    "https://x.com/toto_hana77/status/1831990018834120711",
    "https://x.com/bet_moonrise/status/1832102233019842560",
    "https://x.com/bet_moonrise/status/1832102298876051457",
    "https://x.com/jackpot_seoul/status/1831876543210987520",
    "https://x.com/jackpot_seoul/status/1831876600554401792",
    "https://x.com/slotking_09/status/1832200011122233344",
    "https://x.com/casino_blue_kr/status/1832311100045678592",
    "https://x.com/casino_blue_kr/status/1832311177730617345",
    "https://x.com/hanbat_odds/status/1832050060070080090",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    "https://www.youtube.com/watch?v=bX7nR0wYe5c",
    "https://www.youtube.com/watch?v=Zt4HjL9sU1k",
    "https://www.youtube.com/shorts/pW2eK6nAq8M",
]
TG = [
    "https://t.me/ice_market_seoul/412",
    "https://t.me/ice_market_seoul/418",
    "https://t.me/bingsu_delivery/77",
    "https://t.me/bingsu_delivery/81",
    "https://t.me/nightpharm_kr/1290",
]
NV = [
    "https://blog.naver.com/moonlit_shop22/223561234567",
    "https://blog.naver.com/moonlit_shop22/223561239876",
    "https://cafe.naver.com/usedgoodsmarket/88213",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38551234",
]
CAFE = "밤하늘장터"
CAFE_Q = urllib.parse.quote(CAFE)
KK_RAW = [
    f"https://cafe.daum.net/{CAFE}/Xk2a/153",
    f"https://cafe.daum.net/{CAFE}/Xk2a/160",
    "https://greenleaf-trade.tistory.com/58",
]
KK = [u.replace(CAFE, CAFE_Q) for u in KK_RAW]
TT = [
    "https://www.tiktok.com/@pillbox.kr/video/7410022233344455566",
    "https://www.tiktok.com/@pillbox.kr/video/7410099988877766554",
]
Y1 = "https://www.youtube.com/watch?v=Lr8cD1fG3hE"

REQUESTS = [
    ("KCSC-240906-01", "x", X, "gambling", "Illegal online gambling promotion (12 posts)"),
    ("KCSC-240906-02", "youtube", YT, "drugs", "Sale of narcotics, videos and a short"),
    ("KCSC-240906-03", "telegram", TG, "drugs", "Drug delivery channels"),
    ("KCSC-240906-04", "naver", NV, "obscenity", "Distribution of illegally filmed material"),
    ("KCSC-240906-05", "kakao", KK, "fraud", "Fake ticket resale (Daum cafe, Tistory)"),
    ("KCSC-240906-06", "tiktok", TT, "drugs", "Prescription drug sale videos"),
    ("KCSC-240906-07", "youtube", [Y1], "weapons", "Homemade weapon instructions"),
]
REF = {r[0]: r for r in REQUESTS}


def mid(ref):
    """Our request email's Message-ID, without <>."""
    return f"req-{ref}@kcsc.example"


def enc(text):
    """RFC 2047 encoded-word for a non-ASCII display name or subject."""
    return email.header.Header(text, "utf-8").encode()


def rid(ref):
    """The part of our request's Message-ID before @kcsc.example (corpuslib adds it)."""
    return f"req-{ref}"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, SENT, DUE, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, style=">", numbered=True):
    """The regulator's own request as a platform quotes it below a reply."""
    lines = [
        "Dear Trust & Safety team,",
        "",
        f"Under reference {ref} the Korea Communications Standards Commission asks",
        "you to remove or restrict the following content, which is unlawful under",
        "Article 44-7 of the Network Act:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}" if numbered else u)
    lines += ["", "Please reply to this address with the outcome for each URL.", "",
              "KCSC Takedown desk"]
    if style == ">":
        return "\n".join(("> " + l) if l else ">" for l in lines)
    return "\n".join(lines)


def mime_b64(ctype, text):
    enc = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{enc}")


def mime_qp(ctype, text):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{enc}")


def pend(urls):
    return {u: "pending" for u in urls}


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ===== APPLIED ==============================================================

case(
    name="x-mixed-statuses-one-sentence",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 08:14:51 +0000",
    subject="Re: [KCSC-240906-01] Illegal online gambling promotion (12 posts)",
    reply_to_req=rid("KCSC-240906-01"),
    body=f"""
Hello,

Thank you for your request.

Of the posts in request KCSC-240906-01 that we have assessed so far, {X[0]}
is now withheld in South Korea, {X[1]} was removed under our illegal
gambling policy and {X[2]} could not be found on the platform.

We will come back to you about the other posts.

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply giving a per-post outcome in running prose",
    why="three statuses in one sentence: withheld in KR, removed, could not be found",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "not_found"},
)

case(
    name="x-hedge-in-relative-clause",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 11:02:19 +0000",
    subject="Re: [KCSC-240906-01] Illegal online gambling promotion (12 posts)",
    reply_to_req=rid("KCSC-240906-01"),
    body=f"""
Hi,

We have withheld {X[4]} in South Korea in response to your legal demand.

The second post from the same account, {X[5]}, which appears to have been
deleted by the account owner before our review, is still open on our side.
We will confirm its status once we have checked our records.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld-content reply with an open second item",
    why="first post withheld in KR; the hedge 'appears to have been deleted' sits in a relative clause, that post stays pending",
    items={X[4]: "restricted", X[5]: "pending"},
)

case(
    name="x-negation-not-withheld",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 02:40:03 +0000",
    subject="Re: [KCSC-240906-01] Illegal online gambling promotion (12 posts)",
    reply_to_req=rid("KCSC-240906-01"),
    body=f"""
Hello KCSC team,

We reviewed {X[6]} and did not find that it violates the X Rules or Korean
law as described in your request, so it has not been withheld. The post
shows the result of a state-licensed sports lottery draw.

{X[7]} has been removed.

Kind regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply refusing one post with its reason and removing another",
    why="'did not find that it violates ... so it has not been withheld' is a refusal with reason (rejected); the second post removed",
    items={X[6]: "rejected", X[7]: "removed"},
)

case(
    name="x-correction-later-sentence",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 09:31:44 +0000",
    subject="Re: [KCSC-240906-01] Illegal online gambling promotion (12 posts)",
    reply_to_req=rid("KCSC-240906-01"),
    body=f"""
Hi KCSC team,

Following up on request KCSC-240906-01.

{X[8]} and {X[9]} have been withheld in South Korea.

Correction, after a second review this afternoon: the post
{X[8]} was found to violate the X Rules as well and has now been removed
globally, not only withheld.

Best,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a same-day correction paragraph",
    why="the correction revises the first statement for one post (removed); the other stays withheld",
    items={X[8]: "removed", X[9]: "restricted"},
)

case(
    name="x-statuses-by-position",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 01:12:37 +0000",
    subject="Re: [KCSC-240906-01] Illegal online gambling promotion (12 posts)",
    reply_to_req=rid("KCSC-240906-01"),
    body=f"""
Hello,

Thank you for your patience. We looked at the following three posts from
your request KCSC-240906-01:

{X[3]}
{X[9]}
{X[10]}

The first two have been removed for violating our rules on illegal
gambling. The last one we have withheld in South Korea only, since it was
found unlawful under Korean law but not in breach of the X Rules.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply listing URLs then giving outcomes by position",
    why="'the first two' and 'the last one' refer to the email's own list of three URLs",
    items={X[3]: "removed", X[9]: "removed", X[10]: "restricted"},
)

case(
    name="x-html-table-note-supersedes-row",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Thu, 12 Sep 2024 06:55:10 +0000",
    subject="Re: [KCSC-240906-01] Outcome table",
    reply_to_req=rid("KCSC-240906-01"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please find the outcome for two posts of request KCSC-240906-01 below.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>Post</th><th>Action</th></tr>
<tr><td>1</td><td>{X[10]}</td><td>Withheld (KR)</td></tr>
<tr><td>2</td><td>{X[11]}</td><td>Removed</td></tr>
</table>
<p><b>Please note:</b> row 2 is out of date. The author of {X[11]} won an
appeal after this table was exported; the post has been restored and is now
withheld in South Korea only.</p>
<p>X Legal Operations</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with an exported outcome table and a correcting note",
    why="the note says the table row is out of date and gives the current state: withheld in KR",
    items={X[10]: "restricted", X[11]: "restricted"},
)

case(
    name="x-quoted-printable-withheld",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Thu, 12 Sep 2024 08:20:00 +0000",
    subject="Re: [KCSC-240906-01] Illegal online gambling promotion (12 posts)",
    reply_to_req=rid("KCSC-240906-01"),
    raw_mime=mime_qp("text/plain", (
        "Hello,\n\n"
        f"Both posts by @toto_hana77 listed in your request, {X[2]} and {X[3]}, "
        "have been withheld in South Korea in response to your legal demand. The account holder has been notified.\n\n"
        "Regards,\nX Legal Operations\n")),
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice, quoted-printable body with soft line breaks inside URLs",
    why="both named posts withheld in KR; URLs split by QP soft breaks",
    items={X[2]: "restricted", X[3]: "restricted"},
)

case(
    name="x-outlook-top-posted-over-request",
    **{"from": "dana.whitcombe@x.com"},
    name_from="Dana Whitcombe",
    date="Fri, 13 Sep 2024 03:05:41 +0000",
    subject="RE: [KCSC-240906-01] Illegal online gambling promotion (12 posts)",
    reply_to_req=rid("KCSC-240906-01"),
    body=f"""
Hello,

We have removed {X[9]} and {X[10]} for violating the X Rules. The rest of
the posts in your request are still being assessed and we will write again.

Best,
Dana
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240906-01] Illegal online gambling promotion (12 posts)

{quoted_request("KCSC-240906-01", X, style="outlook")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the full quoted request",
    why="two posts removed above the quote; the other ten appear only in the quoted request and are 'still being assessed'",
    items={**pend(X), X[9]: "removed", X[10]: "removed"},
)

case(
    name="x-angle-brackets-wrapped",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 07:47:29 +0000",
    subject="Re: [KCSC-240906-01] Illegal online gambling promotion (12 posts)",
    reply_to_req=rid("KCSC-240906-01"),
    body="""
Hello,

The following posts have been withheld in South Korea under the local law
you cited:

 - <https://x.com/jackpot_seoul/
   status/1831876543210987520>
 - <https://x.com/jackpot_seoul/status/1831876600554401792>

You can read about country withheld content at
<https://help.x.com/en/rules-and-policies/post-withheld-by-country>.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X withheld notice with URLs in angle brackets, one wrapped",
    why="both posts withheld in KR; the help-centre link is not an item",
    items={X[6]: "restricted", X[7]: "restricted"},
)

case(
    name="x-inline-answers-under-quoted-lines",
    **{"from": "m.okafor@x.com"},
    name_from="Mina Okafor",
    date="Fri, 13 Sep 2024 10:11:02 +0000",
    subject="Re: [KCSC-240906-01] Illegal online gambling promotion (12 posts)",
    reply_to_req=rid("KCSC-240906-01"),
    body=f"""
Hi, answers inline below for the four posts we finished today.

On Fri, Sep 6, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove or restrict the following posts:
> 1. {X[0]}
Removed.
> 2. {X[1]}
Withheld in KR.
> 5. {X[4]}
No violation found, left up.
> 6. {X[5]}
Still with the team.

Mina
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style inline answers typed under each quoted request line",
    why="each unquoted answer speaks about the quoted URL just above it",
    items={X[0]: "removed", X[1]: "restricted", X[4]: "rejected", X[5]: "pending"},
)

case(
    name="yt-bare-url-outcome-below",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 05:30:12 +0000",
    subject="[KCSC-240906-02] YouTube legal request – outcome",
    reply_to_req=rid("KCSC-240906-02"),
    body=f"""
Hello,

Thanks for reaching out to YouTube. We have completed our review of the
content identified in your request.

{YT[0]}
Outcome: Removed – violation of Community Guidelines (sale of regulated goods)

{YT[1]}
Outcome: Blocked in South Korea (local law)

{YT[2]}
Outcome: No action – the content does not violate our policies or local law

Sincerely,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal webform outcome email, URL line then Outcome line",
    why="each status is on the line below its URL: removed, blocked in KR, no action with reason",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected"},
)

case(
    name="yt-url-below-statement",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 04:18:55 +0000",
    subject="Re: [KCSC-240906-02] YouTube legal request",
    reply_to_req=rid("KCSC-240906-02"),
    body=f"""
Hello,

The following short has been removed from YouTube:
{YT[3]}

We were unable to locate the following video; the link may have been
copied incorrectly:
{YT[2]}

Sincerely,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome with each statement on the line before its URL",
    why="short removed; video could not be located (the 'may' is about why, not whether)",
    items={YT[3]: "removed", YT[2]: "not_found"},
)

case(
    name="yt-one-item-request-no-url",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 06:01:40 +0000",
    subject="Re: [KCSC-240906-07] Homemade weapon instructions",
    reply_to_req=rid("KCSC-240906-07"),
    body="""
Hello,

We have reviewed the video identified in your request and removed it from
YouTube for violating our Community Guidelines on harmful or dangerous
content.

If you have further questions, reply to this email.

Sincerely,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome for a single-video request, URL not repeated",
    why="one-item request: 'removed it' answers the only item",
    items={Y1: "removed"},
)

case(
    name="yt-negation-not-yet-removed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:25:33 +0000",
    subject="Re: [KCSC-240906-02] YouTube legal request",
    reply_to_req=rid("KCSC-240906-02"),
    body=f"""
Hello,

{YT[0]} has been removed.

{YT[1]} has not been removed yet: it is with our legal reviewers, who need
to assess it under Korean law first.

Sincerely,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal interim outcome with one item still in review",
    why="first video removed; 'has not been removed yet' is no status, second stays pending",
    items={YT[0]: "removed", YT[1]: "pending"},
)

YT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Here is the result of our review for request KCSC-240906-02:</p>
<ul>
<li><a href="{YT[0]}">{YT[0]}</a> &mdash; removed (Community Guidelines: harmful or dangerous content)</li>
<li><a href="{YT[3]}">{YT[3]}</a> &mdash; age-restricted; the short stays up but can only be watched by signed-in viewers over 18</li>
</ul>
<p>Learn more about <a href="https://support.google.com/youtube/answer/2802167">age-restricted content</a>.</p>
<p>Sincerely,<br>The YouTube Legal Team</p>
</body></html>
"""

case(
    name="yt-base64-html-age-restricted",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 09:42:18 +0000",
    subject="Re: [KCSC-240906-02] YouTube legal request – result",
    reply_to_req=rid("KCSC-240906-02"),
    raw_mime=mime_b64("text/html", YT_HTML),
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome email, base64 body, list of results",
    why="one removed; one age-restricted (restricted, though it 'stays up')",
    items={YT[0]: "removed", YT[3]: "restricted"},
)

case(
    name="tg-mixed-prose-five",
    **{"from": "abuse@telegram.org"},
    date="Mon, 09 Sep 2024 13:44:09 +0000",
    subject="Re: KCSC-240906-03 Case #4471203",
    reply_to_req=rid("KCSC-240906-03"),
    body=f"""
Hello,

We have checked the posts from your request KCSC-240906-03 (Case #4471203).
{TG[0]} and {TG[1]} were deleted by our moderators, {TG[2]} is no longer
available to users in South Korea, {TG[3]} does not exist, and
{TG[4]} was not removed because it does not break the Telegram Terms of
Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in one run-on paragraph",
    why="five statuses in one sentence, the last a refusal with its reason",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "restricted", TG[3]: "not_found", TG[4]: "rejected"},
)

case(
    name="tg-numbers-refer-to-quoted-request",
    **{"from": "ivan.k@telegram.org"},
    name_from="Ivan K.",
    date="Tue, 10 Sep 2024 15:20:47 +0000",
    subject="Re: [KCSC-240906-03] Drug delivery channels",
    reply_to_req=rid("KCSC-240906-03"),
    body=f"""
Hi,

re your list: #1 and #2 are blocked now. #3 is still being checked by the
team. #4 doesn't exist (wrong message id?). #5 stays up, we see no
violation of the Telegram ToS there.

Regards,
Ivan
Telegram Abuse Team

On Fri, 6 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240906-03", TG)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram agent's terse top-posted reply numbering the quoted request's list",
    why="#1..#5 are the numbered URLs of the quoted request: blocked, blocked, still checked, doesn't exist, no violation",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "pending", TG[3]: "not_found", TG[4]: "rejected"},
)

case(
    name="tg-receipt-plus-statements",
    **{"from": "abuse@telegram.org"},
    date="Sat, 07 Sep 2024 04:09:30 +0000",
    subject="Your report has been received – Case #4471288",
    reply_to_req=rid("KCSC-240906-03"),
    body=f"""
Thank you for your report. Case #4471288 has been created for it.

We've already taken down {TG[0]} and {TG[2]}; the remaining posts from
your list are being reviewed by our team.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram ticket receipt that already reports two takedowns",
    why="receipt wording plus two unhedged takedowns: not a pure acknowledgement",
    items={TG[0]: "removed", TG[2]: "removed", TG[1]: "pending", TG[3]: "pending", TG[4]: "pending"},
)

NV_TABLE = f"""
<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240906-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>요청 URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>게시중단</td><td>-</td></tr>
<tr><td>2</td><td>{NV[1]}</td><td>임시조치(30일)</td><td>권리침해 신고 병합</td></tr>
<tr><td>3</td><td>{NV[2]}</td><td>조치 불가</td><td>작성자가 이미 삭제한 게시물</td></tr>
<tr><td>4</td><td>{NV[3]}</td><td>미조치</td><td>운영원칙 위반 사항 없음</td></tr>
</table>
<p>문의 사항은 본 메일로 회신 부탁드립니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>
"""

case(
    name="naver-result-table-four-outcomes",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 01:33:20 +0000",
    subject=enc("[회신] KCSC-240906-04 시정요구 조치결과"),
    reply_to_req=rid("KCSC-240906-04"),
    type="html",
    body=NV_TABLE,
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 reply table (번호/URL/조치 결과/비고)",
    why="게시중단 removed, 임시조치 restricted, 조치 불가 because the author already deleted it (not_found), 미조치 with no violation (rejected)",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "not_found", NV[3]: "rejected"},
)

case(
    name="naver-korean-particles-fullwidth",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Wed, 11 Sep 2024 05:10:08 +0000",
    subject="Re: [KCSC-240906-04] 게시물 조치 요청",
    reply_to_req=rid("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 {NV[0]}은 게시중단 처리되었고, {NV[2]}의 경우 이미 삭제되어
존재하지 않는 게시물입니다. 또한 요청하신 포스트（{NV[3]}）는 국내 접근 제한
조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy-team prose reply with particles glued to URLs",
    why="게시중단 removed; 이미 삭제되어 존재하지 않는 (not_found); 국내 접근 제한 restricted; URLs end at 은/의/full-width bracket",
    items={NV[0]: "removed", NV[2]: "not_found", NV[3]: "restricted"},
)

case(
    name="naver-hedge-relative-korean",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Wed, 11 Sep 2024 08:27:51 +0000",
    subject=enc("Re: [KCSC-240906-04] 게시물 조치 요청"),
    reply_to_req=rid("KCSC-240906-04"),
    body=f"""
안녕하세요.

이미 임시조치된 것으로 보이는 {NV[1]} 건은 담당 부서에서 확인 중이며,
{NV[3]} 는 블라인드 처리하였습니다.

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply with a hedged relative clause before a firm statement",
    why="'임시조치된 것으로 보이는' is a hedge, that post stays pending; 블라인드 처리하였습니다 is removed",
    items={NV[1]: "pending", NV[3]: "removed"},
)

case(
    name="naver-promise-then-done",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 06:41:15 +0000",
    subject=enc("Re: [KCSC-240906-04] 게시물 조치 요청 (추가 안내)"),
    reply_to_req=rid("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 {NV[0]} 는 게시중단 처리될 예정입니다.

[추가 안내 – 9월 12일 15:40]
위 게시물은 금일 게시중단 처리가 완료되었습니다. 한편
{NV[1]} 는 아직 검토 중입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply whose added note revises an earlier promise",
    why="the later note says the promised 게시중단 is done (removed); the second post is still under review",
    items={NV[0]: "removed", NV[1]: "pending"},
)

case(
    name="kakao-raw-korean-path",
    **{"from": "cafe-safety@kakaocorp.com"},
    name_from=enc("카카오 안전정책팀"),
    date="Tue, 10 Sep 2024 07:05:55 +0000",
    subject=enc("Re: [KCSC-240906-05] 사기 게시물 조치 요청"),
    reply_to_req=rid("KCSC-240906-05"),
    body=f"""
안녕하세요. 카카오 안전정책팀입니다.
요청하신 게시물의 처리 결과를 안내드립니다.

{KK_RAW[0]} → 국내 접속 차단
{KK_RAW[1]} → 게시물 삭제
{KK_RAW[2]} → 운영정책 위반이 확인되지 않아 조치하지 않음

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum cafe / Tistory) 처리 결과 안내 with arrows",
    why="국내 접속 차단 restricted, 삭제 removed, no violation so no action (rejected); raw Korean cafe path",
    items={KK[0]: "restricted", KK[1]: "removed", KK[2]: "rejected"},
)

KK_CSV = (
    "번호,URL,처리결과,처리일시\n"
    f"1,{KK[0]},삭제,2024-09-11 14:02\n"
    f"2,{KK[1]},게시물 없음,2024-09-11 14:02\n"
    f"3,{KK[2]},임시조치(30일),2024-09-11 14:05\n"
)

case(
    name="kakao-csv-attachment",
    **{"from": "cafe-safety@kakaocorp.com"},
    name_from=enc("카카오 안전정책팀"),
    date="Wed, 11 Sep 2024 05:30:00 +0000",
    subject=enc("Re: [KCSC-240906-05] 처리 결과 회신"),
    reply_to_req=rid("KCSC-240906-05"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kk-b126-01"

--kk-b126-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 안전정책팀입니다.
KCSC-240906-05 건의 처리 결과를 첨부 파일로 보내드립니다.

--kk-b126-01
Content-Type: text/csv; charset=utf-8; name="KCSC-240906-05_result.csv"
Content-Disposition: attachment; filename="KCSC-240906-05_result.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(KK_CSV.encode("utf-8")).decode("ascii")}
--kk-b126-01--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao result sent as a CSV attachment (번호,URL,처리결과,처리일시)",
    why="CSV rows: 삭제 removed, 게시물 없음 not_found, 임시조치 restricted",
    items={KK[0]: "removed", KK[1]: "not_found", KK[2]: "restricted"},
)

case(
    name="tiktok-dsa-statement-two-decisions",
    **{"from": "legal-notice@tiktok.com"},
    name_from="TikTok",
    date="Wed, 11 Sep 2024 11:16:27 +0000",
    subject="Decision on your report – KCSC-240906-06",
    reply_to_req=rid("KCSC-240906-06"),
    body=f"""
Statement of reasons – reference SOR-2024-0911-5581

Content: {TT[0]}
Decision: content removed (all regions)
Ground: violation of Community Guidelines – Regulated goods and commercial activities
Detection: user report, reviewed by a person

Content: {TT[1]}
Decision: no restriction
Reason: after review, the video was not found to contain illegal content
or to breach our Community Guidelines.

If you disagree with this decision you can appeal at
https://www.tiktok.com/legal/report/appeal

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons, one block per content item",
    why="first block removed; second 'no restriction' with its reason (rejected); appeal link not an item",
    items={TT[0]: "removed", TT[1]: "rejected"},
)

case(
    name="tiktok-author-deleted-and-refusal",
    **{"from": "legal-notice@tiktok.com"},
    name_from="TikTok",
    date="Thu, 12 Sep 2024 02:48:36 +0000",
    subject="Re: [KCSC-240906-06] Prescription drug sale videos",
    reply_to_req=rid("KCSC-240906-06"),
    body=f"""
Hello,

Regarding the first video, {TT[0]}: it had already been deleted by the
creator before we received your report, so there was nothing for us to
remove.

We will not remove {TT[1]}. It shows a vitamin supplement that is legal to
sell in Korea, and it does not break our Community Guidelines.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok trust-and-safety reply: deleted by creator, refusal with reason",
    why="deleted by its creator is not_found ('nothing for us to remove' is no refusal); refusal with reason is rejected",
    items={TT[0]: "not_found", TT[1]: "rejected"},
)

# ===== REVIEW ===============================================================

case(
    name="yt-promise-will-be-removed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 02:12:44 +0000",
    subject="Re: [KCSC-240906-02] YouTube legal request",
    reply_to_req=rid("KCSC-240906-02"),
    body=f"""
Hello,

Thanks for your request KCSC-240906-02. The videos {YT[0]} and
{YT[1]} will be removed once our legal team has completed its review,
which usually takes three to five business days. We will let you know when
this is done.

Sincerely,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply promising removal",
    why="'will be removed once ...' is a promise, not a status",
    items=pend(YT[:2]),
)

case(
    name="x-hedges-only",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 14:55:03 +0000",
    subject="Re: [KCSC-240906-01] Illegal online gambling promotion (12 posts)",
    reply_to_req=rid("KCSC-240906-01"),
    body=f"""
Hi,

A quick note on two of the posts. {X[4]} may already have been deleted by
its author; we are checking with our tooling team. {X[5]} appears to be
unavailable in South Korea, but we need to confirm with the team that
handled it before we can say so.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X legal interim note with hedged observations",
    why="'may already have been deleted' and 'appears to be unavailable' are hedges",
    items=pend(X[4:6]),
)

case(
    name="tg-conditional-block",
    **{"from": "abuse@telegram.org"},
    date="Sun, 08 Sep 2024 09:26:18 +0000",
    subject="Re: KCSC-240906-03",
    reply_to_req=rid("KCSC-240906-03"),
    body=f"""
Hello,

We've contacted the admins of @bingsu_delivery. If {TG[2]} and {TG[3]} are
not deleted by them within 48 hours, we will block the posts ourselves.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply with a conditional next step",
    why="a condition and a promise: no status",
    items=pend(TG[2:4]),
)

case(
    name="naver-bulk-all-four",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 03:00:21 +0000",
    subject=enc("[회신] KCSC-240906-04 조치 완료"),
    reply_to_req=rid("KCSC-240906-04"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240906-04 요청 건에 대해 안내드립니다. 요청하신 게시물 4건 모두
게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 조치 완료 reply for a whole request",
    why="'4건 모두 게시중단' covers a four-item request without naming each",
    items=pend(NV),
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Sat, 14 Sep 2024 00:30:59 +0000",
    subject="Re: [KCSC-240906-01] Illegal online gambling promotion (12 posts)",
    reply_to_req=rid("KCSC-240906-01"),
    body="""
Hello,

All posts listed in your request KCSC-240906-01 have been withheld in
South Korea. The account holders have been notified in line with our
country withheld content policy.

X Legal Operations
""",
    outcome="review", review="bulk",
    imitates="X legal closing reply covering the whole request",
    why="one statement for twelve posts without naming them",
    items=pend(X),
)

case(
    name="tiktok-auth-fail",
    **{"from": "legal-notice@tiktok.com"},
    name_from="TikTok",
    auth="fail",
    date="Thu, 12 Sep 2024 13:02:11 +0000",
    subject="Re: [KCSC-240906-06] Prescription drug sale videos",
    reply_to_req=rid("KCSC-240906-06"),
    body=f"""
Hello,

The video {TT[0]} has been removed for violating our Community Guidelines.

TikTok Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="TikTok removal notice whose DKIM/SPF/DMARC fail",
    why="sender domain is TikTok's but authentication fails",
    items=pend(TT[:1]),
)

case(
    name="tg-gmail-impersonator",
    **{"from": "telegram.abuse.desk@gmail.com"},
    name_from="Telegram Support",
    date="Sun, 08 Sep 2024 16:40:32 +0000",
    subject="Re: KCSC-240906-03 blocked",
    body=f"""
Dear KCSC,

We have blocked {TG[0]} and {TG[1]} as you asked. To finish your case,
please reply with the name and mobile number of the officer in charge.

Telegram Support
""",
    outcome="review", review="unknown_sender",
    imitates="webmail impersonation of a platform support desk",
    why="sender is a gmail.com address, no platform's domain",
    items=pend(TG[:2]),
)

case(
    name="naver-about-daum-cafe-item",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 09:15:37 +0000",
    subject=enc("Re: 게시물 조치 요청 문의"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

보내주신 {KK_RAW[0]} 게시물은 당사 서비스가 아닌 다음(Daum) 카페
게시물입니다. 참고로 확인해 보니 해당 게시물은 현재 삭제된 상태입니다.
정확한 조치는 카카오 측에 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply to a misdirected request about a Daum cafe post",
    why="NAVER states the status of a Kakao item",
    items=pend(KK[:1]),
)

case(
    name="x-table-note-conflict",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Sat, 14 Sep 2024 05:12:48 +0000",
    subject="Re: [KCSC-240906-01] Outcome",
    reply_to_req=rid("KCSC-240906-01"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<table border="1" cellpadding="4">
<tr><th>Post</th><th>Action</th></tr>
<tr><td>{X[11]}</td><td>Removed</td></tr>
</table>
<p>Note from the reviewer: {X[11]} was reviewed and remains available, as it
does not violate the X Rules.</p>
<p>X Legal Operations</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="X exported outcome table whose reviewer note says the opposite",
    why="table says removed, note says it remains available; nothing says which is current",
    items=pend(X[11:]),
)

case(
    name="tg-asks-legal-basis",
    **{"from": "abuse@telegram.org"},
    date="Sat, 07 Sep 2024 11:58:06 +0000",
    subject="Re: KCSC-240906-03 Case #4471203",
    reply_to_req=rid("KCSC-240906-03"),
    body=f"""
Hello,

Before we can act on request KCSC-240906-03, please tell us which article
of Korean law each post breaks, and send us the decision of the Commission
in a form we can verify. This is needed in particular for
{TG[4]}, which looks like a pharmacy's own channel.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram reply asking for the legal basis before acting",
    why="asks for documents; states nothing about any post",
    items=pend(TG[4:]),
)

case(
    name="yt-no-claims-webform-notice",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 00:05:00 +0000",
    subject="Changes to how government agencies submit legal requests",
    body="""
Hello,

From 1 October 2024, government agencies should submit legal removal
requests through the dedicated government webform at
https://support.google.com/legal/answer/3110420 rather than by email.
Requests sent by email after that date will still be answered, but more
slowly.

Sincerely,
The YouTube Legal Team
""",
    outcome="review", review="no_claims",
    imitates="Google legal support service notice about the request webform",
    why="trusted platform mail that names no item and no request",
    items={},
)

# ===== IGNORED ==============================================================

case(
    name="x-out-of-office",
    **{"from": "dana.whitcombe@x.com"},
    name_from="Dana Whitcombe",
    date="Fri, 06 Sep 2024 01:00:14 +0000",
    subject="Automatic reply: [KCSC-240906-01] Illegal online gambling promotion (12 posts)",
    reply_to_req=rid("KCSC-240906-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. Legal requests are being handled by the team at
legal@x.com in the meantime.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-chuseok-auto-reply",
    **{"from": "jiyoon.park@navercorp.com"},
    name_from=enc("박지윤"),
    date="Mon, 16 Sep 2024 00:10:27 +0000",
    subject=enc("[자동응답] Re: [KCSC-240906-04] 게시물 조치 요청"),
    reply_to_req=rid("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 박지윤입니다.
추석 연휴(9월 16일~18일)로 부재중입니다. 9월 19일부터 순차적으로 회신드리겠습니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 over the Chuseok holiday",
    why="auto-reply",
    items={},
)

DSN_ORIG = (
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: dsa@telegram.org\n"
    "Subject: Reminder: [KCSC-240906-03] Drug delivery channels\n"
    f"Message-ID: <reminder-KCSC-240906-03@kcsc.example>\n\n"
    + "The following posts are still online:\n" + "\n".join(TG) + "\n"
)

case(
    name="dsn-telegram-mailbox-full",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 09:01:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b126"

--dsn-b126
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mail.telegram.org[203.0.113.25] said: 452 4.2.2
    Mailbox full (in reply to RCPT TO command)

--dsn-b126
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 09:00:58 +0900

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--dsn-b126
Content-Type: message/rfc822

{DSN_ORIG}
--dsn-b126--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) returning our reminder",
    why="delivery failure report; the URLs are in our own returned message",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 02:14:09 +0000",
    subject=enc("읽음 확인: [KCSC-240906-04] 게시물 조치 요청"),
    reply_to_req=rid("KCSC-240906-04"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b126"

--mdn-b126
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240906-04] 게시물 조치 요청"을 2024-09-06 11:14에 수신자가 읽었습니다.

--mdn-b126
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-KCSC-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b126--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean 읽음 확인 read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Fri, 06 Sep 2024 01:30:40 +0000",
    subject="We've received your report (Ticket #TT-88123)",
    reply_to_req=rid("KCSC-240906-06"),
    body="""
Hi,

Thanks for contacting TikTok. We've received your report and created
Ticket #TT-88123. Our team will look into it and get back to you by email.

Please don't reply to this message.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure acknowledgement",
    items={},
)

case(
    name="yt-receipt-echoing-urls",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal",
    date="Fri, 06 Sep 2024 01:41:25 +0000",
    subject="Your legal request has been received [KCSC-240906-02]",
    reply_to_req=rid("KCSC-240906-02"),
    body=f"""
Hello,

Thanks for your submission. We've received your legal request about the
following URLs:

{YT[0]}
{YT[1]}
{YT[2]}
{YT[3]}

We'll review your request and contact you when we have an update.

The Google Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform receipt echoing the submitted URLs",
    why="receipt that only echoes the URLs; nothing is said about their status",
    items=pend(YT),
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Fri, 06 Sep 2024 01:20:03 +0000",
    subject=enc("[카카오] 신고가 정상적으로 접수되었습니다 (KCSC-240906-05)"),
    reply_to_req=rid("KCSC-240906-05"),
    body="""
안녕하세요. 카카오 고객센터입니다.

보내주신 신고(KCSC-240906-05)가 정상적으로 접수되었습니다.
접수번호: 2024090600731
검토 후 처리 결과를 이메일로 안내드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 접수 완료 receipt",
    why="pure acknowledgement",
    items={},
)


HEADER = """# Blind set 126 (tests/corpus/blind126/): what a program gets wrong.
# Written from each email's meaning before any run of the reader; see NOTES.md.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
