#!/usr/bin/env python3
"""Blind set 492: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Written from each
email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind492/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
corpuslib.DOMAIN_NAMES.setdefault("daum.net", "Daum")

# ---------------------------------------------------------------- requests
R_X = "KCSC-240910-01"   # X, 12 items (largest)
R_TG = "KCSC-240911-02"  # Telegram, 4 items
R_YT = "KCSC-240911-03"  # YouTube, 5 items
R_NV = "KCSC-240912-04"  # NAVER, 3 items
R_KK = "KCSC-240912-05"  # Kakao, 2 items
R_YT1 = "KCSC-240913-06"  # YouTube, 1 item
R_X1 = "KCSC-240913-07"  # X, 1 item

X = {
    1: "https://x.com/harbor_signal/status/1832207715520438272",
    2: "https://x.com/harbor_signal/status/1832215590337003521",
    3: "https://x.com/mintleaf_77/status/1831990042118213632",
    4: "https://x.com/mintleaf_77/status/1832004417725583360",
    5: "https://x.com/quietdrum_kr/status/1830877201946927104",
    6: "https://x.com/quietdrum_kr/status/1830881129984659456",
    7: "https://x.com/stonebell_kr/status/1829543320761602048",
    8: "https://x.com/stonebell_kr/status/1829560178394411008",
    9: "https://x.com/rivet_owl/status/1833120996451807232",
    10: "https://x.com/rivet_owl/status/1833125430088839168",
    11: "https://x.com/paper_lantern_09/status/1831402257716486144",
    12: "https://x.com/paper_lantern_09",
}
X13 = "https://x.com/ember_tally/status/1834117720450123776"
T = {
    1: "https://t.me/lantern_market/412",
    2: "https://t.me/lantern_market/415",
    3: "https://t.me/grayfinch_chat/88",
    4: "https://t.me/opal_vault/2031",
}
Y = {
    1: "https://www.youtube.com/watch?v=qR7mZt2LpXa",
    2: "https://www.youtube.com/watch?v=Hk3Vb9WnTs0",
    3: "https://www.youtube.com/watch?v=Bd5sJx0KcQe",
    4: "https://www.youtube.com/shorts/Lw8Qe2RtYu4",
    5: "https://www.youtube.com/@goldkiln_tv",
}
Y6 = "https://www.youtube.com/watch?v=Zp4cN8uQe1M"
N = {
    1: "https://blog.naver.com/moonrake82/223551200417",
    2: "https://cafe.naver.com/%EC%9D%80%EB%B0%B1%EC%8B%9C%EC%9E%A5/5521",
    3: "https://post.naver.com/viewer/postView.naver?volumeNo=38211477&memberNo=5520913",
}
N2RAW = "https://cafe.naver.com/은백시장/5521"
K = {
    1: "https://cafe.daum.net/bluesand/Kq2f/311",
    2: "https://cafe.daum.net/bluesand/Kq2f/318",
}
# without the scheme, as Telegram's desk often writes them
TS = {k: v.replace("https://", "") for k, v in T.items()}

REQUESTS = [
    (R_X, "x", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [X[i] for i in range(1, 13)], "illegal_gambling",
     "req-240910-01@kcsc.example", "five accounts; posts advertising an unlicensed betting site"),
    (R_TG, "telegram", "2024-09-11T10:30:00+09:00", "2024-09-18T18:00:00+09:00",
     [T[i] for i in range(1, 5)], "drug_trade",
     "req-240911-02@kcsc.example", 'channels "lantern_market", "grayfinch_chat" and "opal_vault"'),
    (R_YT, "youtube", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [Y[i] for i in range(1, 6)], "defamation",
     "req-240911-03@kcsc.example", "four videos and one channel"),
    (R_NV, "naver", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [N[i] for i in range(1, 4)], "privacy",
     "req-240912-04@kcsc.example", "blog, cafe and post; cafe name is Korean"),
    (R_KK, "kakao", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [K[1], K[2]], "obscenity",
     "req-240912-05@kcsc.example", "Daum cafe bluesand, two posts"),
    (R_YT1, "youtube", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [Y6], "illegal_gambling", "req-240913-06@kcsc.example", "single video"),
    (R_X1, "x", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [X13], "drug_trade", "req-240913-07@kcsc.example", "single post, urgent"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- MIME helpers
def qp_text(text, subtype="plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{subtype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64_part(text, subtype="html"):
    enc = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{subtype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + enc)


def plain_part(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + text.strip("\n") + "\n")


def html_part(text):
    return ("Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + text.strip("\n") + "\n")


def multipart(kind, boundary, parts, extra=""):
    out = f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}\n\n'
    out += "This is a multi-part message in MIME format.\n"
    for p in parts:
        out += f"\n--{boundary}\n" + p.strip("\n") + "\n"
    out += f"\n--{boundary}--\n"
    return out


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    # Real mailers encode a non-ASCII display name (RFC 2047).
    name = kw.get("name_from")
    if name and not name.isascii():
        kw["name_from"] = Header(name, "utf-8").encode()
    cases.append(kw)


# ======================= applied =======================

case(
    name="x-four-statuses-one-sentence",
    **{"from": "legal-noreply@x.com"},
    date="Mon, 16 Sep 2024 11:42:05 +0000",
    subject=f"Re: [{R_X}] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    body=f"""
Hello,

Thank you for your patience while we reviewed request {R_X}.

Following our review we have removed {X[1]} and {X[2]}, withheld {X[3]} in South Korea, and found no violation of the X Rules or of the Korean law you cited in {X[4]}, which therefore remains available.

We are still assessing the other posts in your request and will write again once we have reached a decision on them.

Regards,
X Legal Operations
Ticket: 0916-LGL-551204
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (removed / withheld in country / no action)",
    why="one sentence carries three statuses for four posts; the rest are announced as still being assessed",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected"},
)

case(
    name="x-respectively",
    **{"from": "legal-noreply@x.com"},
    date="Tue, 17 Sep 2024 02:15:40 +0000",
    subject=f"Your request {R_X} - update",
    body=f"""
Hi,

An update on your request {R_X}.

The posts at {X[5]} and {X[6]} have been removed and withheld in the Republic of Korea, respectively. In line with our notice policy, both account holders have been told about the action taken.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request update email",
    why="'respectively' pairs the first post with removed and the second with withheld in Korea",
    items={X[5]: "removed", X[6]: "restricted"},
)

lines = [
    (1, "Removed - violation of the X Rules (illegal or regulated goods and services)"),
    (2, "Removed - violation of the X Rules"),
    (3, "Withheld in KR"),
    (4, "No action - we did not find a violation of the X Rules, and the post is not unlawful under the provision cited"),
    (5, "Withheld in KR"),
    (6, "Not found - the post does not exist or was deleted by the account owner before our review"),
    (7, "Withheld in KR"),
    (8, "Removed - violation of the X Rules"),
    (9, "Pending - escalated to our legal team for further review"),
    (10, "Withheld in KR"),
    (11, "Removed - violation of the X Rules"),
    (12, "Account withheld in KR (all content of the account)"),
]
listing = "\n\n".join(f"{i}. {X[i]}\n   Action: {a}" for i, a in lines)
case(
    name="x-numbered-list-action-below",
    **{"from": "legal-noreply@x.com"},
    date="Wed, 18 Sep 2024 08:03:11 +0000",
    subject=f"Re: [{R_X}] Request for removal of illegal content - outcome",
    reply_to_req="req-240910-01",
    body=f"""
Hello,

We have completed our review of the 12 items in your request {R_X}. The action taken on each is listed below.

{listing}

Content withheld in a country is shown to users there with a notice; see https://help.x.com/en/rules-and-policies/post-withheld-by-country for how this works.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome with a per-URL action list",
    why="a numbered list with the action on the line below each URL; one item explicitly still pending, the help link is no item",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected",
           X[5]: "restricted", X[6]: "not_found", X[7]: "restricted", X[8]: "removed",
           X[9]: "pending", X[10]: "restricted", X[11]: "removed", X[12]: "restricted"},
)

case(
    name="x-not-removed-but-withheld",
    **{"from": "legal@x.com"},
    date="Mon, 16 Sep 2024 23:30:00 +0000",
    subject=f"RE: {R_X}",
    reply_to_req="req-240910-01",
    body=f"""
Dear KCSC team,

We have not removed {X[7]}. The post is lawful in most of the countries where X is available, so instead we have withheld it in South Korea, where your request showed it breaches local law. People outside Korea can still see it.

{X[8]} is no longer on X: the account holder deleted it before we were able to act on your request.

Kind regards,
Min-seo Cho
Legal Policy, X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply explaining country-withheld content instead of removal",
    why="'have not removed' is followed by 'instead withheld in South Korea'; the second post was deleted by its author",
    items={X[7]: "restricted", X[8]: "not_found"},
)

case(
    name="x-refusal-with-reason",
    **{"from": "legal@x.com"},
    date="Tue, 17 Sep 2024 06:20:44 +0000",
    subject=f"Re: [{R_X}] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    body=f"""
Hello,

We have carefully reviewed the post at {X[10]}.

We will not be taking action on it. The post comments on a news event, it does not violate the X Rules, and the request did not identify a provision of Korean law that the post itself breaches. If you have further information, you may file a new request at https://legal.x.com/en/gov-request.html.

Sincerely,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request refusal with reasons",
    why="a refusal stated in the future tense ('will not be taking action') with its reasons is a decision, not a promise; the filing link is no item",
    items={X[10]: "rejected"},
)

case(
    name="x-correction-top-posted",
    **{"from": "legal-noreply@x.com"},
    date="Sun, 15 Sep 2024 04:48:19 +0000",
    subject=f"Re: Re: [{R_X}] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    body=f"""
Hello again,

A correction to our message of 14 September below: {X[9]} was not removed. It has been withheld in South Korea only and remains visible in other countries. We apologise for the error.

X Legal Operations

On Sat, 14 Sep 2024 at 10:02, X Legal <legal-noreply@x.com> wrote:
> Hello,
>
> The post {X[9]} has been removed for violating our rules.
>
> X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X follow-up correcting an earlier outcome email",
    why="the new text corrects the quoted earlier message: withheld in Korea, not removed",
    items={X[9]: "restricted"},
)

case(
    name="x-one-item-request-no-url",
    **{"from": "legal-noreply@x.com"},
    date="Mon, 16 Sep 2024 01:05:37 +0000",
    subject=f"Re: [{R_X1}] Urgent removal request",
    reply_to_req="req-240913-07",
    body="""
Hello,

Following our review of your report, the reported post has been removed from X for violating our rules on illegal or certain regulated goods and services.

Thanks,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X 'we removed the reported post' outcome email",
    why="no URL, but the request has one item and the statement is unhedged",
    items={X13: "removed"},
)

case(
    name="tg-blocked-and-hedged-relative-clause",
    **{"from": "abuse@telegram.org"},
    date="Fri, 13 Sep 2024 17:12:08 +0000",
    subject=f"Re: {R_TG} - illegal drug sales on Telegram",
    reply_to_req="req-240911-02",
    body=f"""
Hello,

The messages {T[1]} and {T[2]} have been blocked on all Telegram apps for violating our Terms of Service.

As for {T[3]}, which seems to have been deleted by the chat's administrators already, we took no action.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="two messages blocked everywhere; the third is only said to 'seem' deleted and 'no action' here is no decision on its merits",
    items={T[1]: "removed", T[2]: "removed", T[3]: "pending"},
)

case(
    name="tg-bare-url-status-below",
    **{"from": "dsa@telegram.org"},
    date="Sat, 14 Sep 2024 09:40:51 +0000",
    subject=f"Re: {R_TG}",
    reply_to_req="req-240911-02",
    body=f"""
Hi,

{TS[2]}
Removed.

{TS[4]}
Not removed. This message is a news report and doesn't violate Telegram's Terms of Service.

Regards,
Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram terse per-link reply",
    why="bare links with the status on the line below; 'Not removed' with a reason is a refusal",
    items={T[2]: "removed", T[4]: "rejected"},
)

case(
    name="yt-html-table-four-outcomes",
    **{"from": "legal-kr@google.com"},
    date="Mon, 16 Sep 2024 07:55:00 +0000",
    subject=f"[{R_YT}] YouTube legal removal request - outcome",
    reply_to_req="req-240911-03",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Thank you for contacting Google. We have reviewed the content identified in your request {R_YT}. Our decisions are below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Content</th><th>Outcome</th><th>Details</th></tr>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>Removed</td><td>Violates YouTube Community Guidelines (harassment)</td></tr>
<tr><td><a href="{Y[2]}">{Y[2]}</a></td><td>Blocked in South Korea</td><td>Local legal grounds</td></tr>
<tr><td><a href="{Y[3]}">{Y[3]}</a></td><td>No action</td><td>Not in violation of our policies or of local law</td></tr>
<tr><td><a href="{Y[4]}">{Y[4]}</a></td><td>Not available</td><td>Removed by the uploader before our review</td></tr>
</table>
<p>You can read more about how we handle legal requests at <a href="https://support.google.com/legal/answer/3110420">our help centre</a>.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removal outcome with an HTML table",
    why="HTML table: removed, blocked in Korea, no action (rejected), removed by uploader (not found)",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "not_found"},
)

case(
    name="yt-actioned-and-declined",
    **{"from": "noreply-legal@google.com"},
    date="Tue, 17 Sep 2024 03:31:17 +0000",
    subject=f"Re: [{R_YT}] YouTube legal removal request",
    reply_to_req="req-240911-03",
    body=f"""
Hi there,

The channel {Y[5]} has been actioned under our policies.

After careful review we have decided not to take action on {Y[3]}, as we did not find that it violates our Community Guidelines or local law.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply using 'actioned under our policies'",
    why="the configured YouTube phrase means removed; 'decided not to take action ... did not find it violates' is a reasoned refusal",
    items={Y[5]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-korean-quoted-printable",
    **{"from": "legal-kr@google.com"},
    date="Tue, 17 Sep 2024 09:14:02 +0000",
    subject=f"[{R_YT}] 법적 삭제 요청 검토 결과",
    reply_to_req="req-240911-03",
    raw_mime=qp_text(f"""안녕하세요, Google 법무지원팀입니다.

요청번호 {R_YT} 관련 검토 결과를 알려드립니다.

- {Y[1]} : 현지 법률에 따라 대한민국에서 해당 동영상에 대한 접근을 제한하였습니다.
- {Y[2]} : 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.

나머지 URL은 현재 검토가 진행 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
Google 법무지원팀
"""),
    outcome="applied", classification="confirmation",
    imitates="Google Korea legal team reply in Korean (quoted-printable)",
    why="Korean: access restricted in Korea for the first, deleted for the second; the rest still under review",
    items={Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-statuses-by-position",
    **{"from": "legal-kr@google.com"},
    date="Wed, 18 Sep 2024 05:06:45 +0000",
    subject=f"Re: [{R_YT}] YouTube legal removal request",
    reply_to_req="req-240911-03",
    body=f"""
Hello,

We reviewed the following videos from your request:

1. {Y[2]}
2. {Y[3]}
3. {Y[4]}

Items 1 and 3 have been removed for violating our Community Guidelines. Item 2 has been restricted in South Korea on local legal grounds.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply listing videos then giving outcomes by number",
    why="statuses given by item number of the list in the same email",
    items={Y[2]: "removed", Y[3]: "restricted", Y[4]: "removed"},
)

case(
    name="yt-angle-brackets-wrapped",
    **{"from": "no-reply@youtube.com"},
    date="Wed, 18 Sep 2024 12:40:09 +0000",
    subject=f"Update on your request {R_YT}",
    body=f"""
Hello,

The following video has been removed from YouTube for violating our policy on harassment and cyberbullying:
<https://www.youtube.com/watch?
v=Hk3Vb9WnTs0>

The following video was not removed, because it does not violate our policies or local law:
<{Y[3]}>

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube notice with URLs in angle brackets on the line below the statement",
    why="statement line then URL below; the first URL is wrapped inside its angle brackets; 'was not removed, because it does not violate' is a refusal",
    items={Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-statement-of-reasons",
    **{"from": "legal-kr@google.com"},
    date="Thu, 19 Sep 2024 01:22:30 +0000",
    subject=f"[{R_YT}] Statement of reasons",
    reply_to_req="req-240911-03",
    body=f"""
Statement of reasons

Reference: {R_YT}

Content: {Y[1]}
Decision: Restriction of visibility
Territorial scope: Republic of Korea
Ground: Content found to be illegal under local law
Automated means used: No

Content: {Y[3]}
Decision: No restriction
Ground: The content was not found to be illegal or incompatible with our terms of service

You may appeal this decision at https://support.google.com/legal/contact/lr_appeal.

Google LLC
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, territorial scope, ground)",
    why="structured blocks: visibility restricted in Korea; no restriction because not illegal",
    items={Y[1]: "restricted", Y[3]: "rejected"},
)

case(
    name="naver-one-sentence-three-statuses",
    **{"from": "policy@navercorp.com"},
    date="Fri, 13 Sep 2024 06:10:00 +0000",
    subject=f"[NAVER] {R_NV} 게시물 조치 결과 안내",
    reply_to_req="req-240912-04",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 건({R_NV})에 대하여 검토한 결과, {N[1]}은 게시중단하였고 {N2RAW} 은 임시조치(30일)하였으며, {N[3]}의 경우 이미 작성자가 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 결과 안내",
    why="one Korean sentence: 게시중단 (removed), 임시조치 (restricted), deleted by its author (not found); particles stuck to URLs, raw Korean path",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-text-table",
    **{"from": "policy@navercorp.com"},
    date="Sat, 14 Sep 2024 02:30:00 +0000",
    subject=f"RE: [{R_NV}] 시정요구 조치결과 회신",
    reply_to_req="req-240912-04",
    body=f"""
방송통신심의위원회 담당자님께,

시정요구하신 게시물에 대한 조치결과를 아래와 같이 회신드립니다.

| 번호 | URL | 조치결과 | 비고 |
|------|-----|----------|------|
| 1 | {N[1]} | 삭제 | 불법정보 |
| 2 | {N2RAW} | 블라인드 | 카페 운영원칙 위반 |
| 3 | {N[3]} | 조치불가 | 위반 사항이 확인되지 않음 |

문의사항은 회신 주시기 바랍니다.

NAVER 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 table",
    why="text table: 삭제 removed, 블라인드 removed, 조치불가 with 'no violation found' rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "rejected"},
)

naver_html = f"""<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>신고하신 게시물 <a href="{N[3]}">{N[3]}</a>은 운영정책에 따라 비공개 처리되었습니다.</p>
<p><a href="{N[1]}">{N[1]}</a>에 대한 게시중단 요청은 반려되었습니다.<br>
사유: 게시물 내용이 공공의 이익에 관한 것으로 판단되어 게시중단 사유에 해당하지 않습니다.</p>
<p>자세한 내용은 <a href="https://help.naver.com/service/5600/contents/1223">고객센터 도움말</a>을 참고해 주세요.</p>
<p>네이버 고객센터 드림</p>
</body></html>
"""
case(
    name="naver-base64-html-private-and-refused",
    **{"from": "help@naver.com"},
    date="Mon, 16 Sep 2024 04:45:12 +0000",
    subject=f"[네이버 고객센터] 게시중단 요청 처리 결과 ({R_NV})",
    raw_mime=b64_part(naver_html),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 처리 결과 HTML notice (base64)",
    why="비공개 처리 is removed; 게시중단 요청 반려 with its reason is a refusal; the help link is no item",
    items={N[3]: "removed", N[1]: "rejected"},
)

case(
    name="naver-fullwidth-punctuation",
    **{"from": "policy@navercorp.com"},
    date="Wed, 18 Sep 2024 08:20:00 +0000",
    subject=f"[{R_NV}] 추가 조치 안내",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다. 요청번호 {R_NV} 건의 추가 조치 내역입니다.

■ 대상：{N2RAW}（카페 게시글）
■ 조치：국내 접속 차단

■ 대상：{N[3]}（포스트）
■ 조치：삭제

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치 내역 notice with full-width punctuation",
    why="URLs right after full-width colons and before full-width parentheses; 접속 차단 is restricted, 삭제 removed",
    items={N[2]: "restricted", N[3]: "removed"},
)

case(
    name="kakao-deleted-and-author-deleted",
    **{"from": "cafe_help@daum.net", "name_from": "Daum 카페 고객센터"},
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject=f"[Daum 카페] {R_KK} 신고 게시물 처리 결과",
    reply_to_req="req-240912-05",
    body=f"""
안녕하세요. Daum 카페 고객센터입니다.

{K[1]} 게시물은 카페 운영정책 위반으로 삭제 조치되었습니다.
반면 {K[2]} 는 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.

더 나은 서비스를 위해 노력하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 신고 처리 결과 notice",
    why="first post deleted by Kakao; second deleted by its author (not found)",
    items={K[1]: "removed", K[2]: "not_found"},
)

case(
    name="kakao-by-position-over-quoted-request",
    **{"from": "cs@kakaocorp.com", "name_from": "카카오 고객센터"},
    date="Mon, 16 Sep 2024 05:30:00 +0000",
    subject=f"RE: [{R_KK}] 불법 게시물 삭제 요청",
    reply_to_req="req-240912-05",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 {R_KK} 건 처리 결과 안내드립니다.
요청 목록의 첫 번째 게시물은 삭제 조치하였고, 두 번째 게시물은 해당 주소로 게시물을 찾을 수 없었습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 11:00 AM
To: report@kakaocorp.com
Subject: [{R_KK}] 불법 게시물 삭제 요청

아래 게시물의 삭제를 요청합니다.
1. {K[1]}
2. {K[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 reply top-posted over the regulator's request",
    why="statuses by position in our own quoted list: first removed, second not found (arguable, see NOTES)",
    items={K[1]: "removed", K[2]: "not_found"},
)

csv_att = (
    "request_ref,url,action,scope,reason\n"
    f"{R_X},{X[10]},withheld,KR,Local law\n"
    f"{R_X},{X[11]},removed,global,Violation of X Rules\n"
    f"{R_X},{X[12]},no action,,No violation found\n"
)
case(
    name="x-csv-attachment",
    **{"from": "legal-noreply@x.com"},
    date="Thu, 19 Sep 2024 00:12:55 +0000",
    subject=f"[{R_X}] Outcome of your request",
    reply_to_req="req-240910-01",
    raw_mime=multipart("mixed", "==x492csv==", [
        plain_part("Hello,\n\nPlease find the outcome of your request in the attached file.\n\nX Legal Operations"),
        "Content-Type: text/csv; charset=utf-8; name=\"kcsc-240910-01-outcome.csv\"\n"
        "Content-Disposition: attachment; filename=\"kcsc-240910-01-outcome.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(csv_att.encode()).decode("ascii"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="X legal outcome delivered as a CSV attachment",
    why="CSV rows: withheld KR (restricted), removed, no action (rejected) for the account",
    items={X[10]: "restricted", X[11]: "removed", X[12]: "rejected"},
)

case(
    name="tg-top-posted-over-gmail-quote",
    **{"from": "abuse@telegram.org"},
    date="Thu, 12 Sep 2024 13:27:40 +0000",
    subject=f"Re: [{R_TG}] Removal request",
    reply_to_req="req-240911-02",
    body=f"""
Hello,

Thank you for your report. The post at {TS[3]} has been taken down. The other links you sent remain under review.

Telegram Abuse Team

On Wed, Sep 11, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Request {R_TG}
>
> Please remove the following messages, which offer illegal drugs for sale:
> 1. {T[1]}
> 2. {T[2]}
> 3. {T[3]}
> 4. {T[4]}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply top-posted over a Gmail-quoted request",
    why="one post taken down; 'the other links' stay under review; the quoted request states nothing",
    items={T[3]: "removed"},
)

case(
    name="x-outlook-none-removed-globally",
    **{"from": "legal@x.com"},
    date="Wed, 18 Sep 2024 10:10:10 +0000",
    subject=f"RE: [{R_X}] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    body=f"""
Hello,

None of the posts listed below have been removed from X globally. {X[1]} and {X[2]} are now withheld in South Korea in response to your request. {X[3]} remains available: our review found it lawful and within the X Rules.

Regards,
Ji-ho Lee | Legal Policy, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 2:00 PM
To: legal@x.com
Subject: [{R_X}] Request for removal of illegal content

Please remove the following posts within 7 days:
{X[1]}
{X[2]}
{X[3]}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply in Outlook style over the original request",
    why="a negation ('none removed globally') then withheld in Korea for two posts and a reasoned refusal for the third",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="tg-qp-ack-phrase-with-statements",
    **{"from": "abuse@telegram.org"},
    date="Sun, 15 Sep 2024 19:03:33 +0000",
    subject=f"Your report {R_TG} (Case #5520391)",
    raw_mime=qp_text(f"""Hello,

Thank you for your report, it has been received and processed (Case #5520391).

We could not find {TS[1]}: the link is invalid or the message no longer exists.
The message {TS[4]} has been removed for violating the Telegram Terms of Service.

Telegram Abuse Team
"""),
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse reply with a receipt line and outcomes (quoted-printable)",
    why="receipt phrase plus unhedged item statements is not a pure acknowledgement: not found and removed",
    items={T[1]: "not_found", T[4]: "removed"},
)

case(
    name="x-reinstated-after-appeal",
    **{"from": "legal@x.com"},
    date="Thu, 19 Sep 2024 03:45:00 +0000",
    subject=f"Re: [{R_X}] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    body=f"""
Hello,

The post {X[2]} was removed on 12 September. Following an appeal from the account holder, our team reviewed it again and restored it on 16 September, as it does not breach the X Rules or Korean law. It is currently available on X.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X notice of content reinstated after an appeal",
    why="the later sentence revises the first: restored because it breaks no rule, so rejected",
    items={X[2]: "rejected"},
)

# ======================= review =======================

case(
    name="x-promise-will-withhold",
    **{"from": "legal-noreply@x.com"},
    date="Fri, 13 Sep 2024 03:00:00 +0000",
    subject=f"Re: [{R_X}] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    body=f"""
Hello,

Thanks for your request {R_X}. We will withhold {X[5]} and {X[6]} in South Korea once our legal team has completed its assessment, which we expect by 24 September.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising action",
    why="a promise ('will withhold ... once') is no statement; items stay pending",
    items={X[5]: "pending", X[6]: "pending"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"},
    date="Thu, 12 Sep 2024 08:14:00 +0000",
    subject=f"Re: [{R_TG}] Removal request",
    reply_to_req="req-240911-02",
    body=f"""
Hi,

The messages {T[1]} and {T[2]}, which may already have been removed by the channel's administrators, are being checked by our moderators. We'll get back to you.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply",
    why="'may already have been removed' is a hedge and 'being checked' is under review",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="yt-bulk-all-removed",
    **{"from": "legal-kr@google.com"},
    date="Sat, 14 Sep 2024 06:06:06 +0000",
    subject=f"[{R_YT}] YouTube legal removal request",
    reply_to_req="req-240911-03",
    body=f"""
Hello,

Thanks for reaching out. After reviewing your request {R_YT}, all of the videos you reported have been removed from YouTube for violating our Community Guidelines.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="bulk",
    imitates="YouTube blanket 'all reported content removed' reply",
    why="one statement for a five-item request without naming the items (and the request also holds a channel)",
    items={Y[i]: "pending" for i in range(1, 6)},
)

case(
    name="kakao-bulk-korean",
    **{"from": "cs@kakaocorp.com", "name_from": "카카오 고객센터"},
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    subject=f"[카카오] {R_KK} 처리 결과 안내",
    reply_to_req="req-240912-05",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 {R_KK} 건의 게시물은 모두 삭제 조치되었음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao 일괄 처리 결과 안내",
    why="'모두 삭제' for a two-item request without naming either",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="x-auth-fail",
    **{"from": "legal@x.com"},
    auth="fail",
    date="Sun, 15 Sep 2024 22:22:22 +0000",
    subject=f"Re: [{R_X}] Request for removal of illegal content",
    body=f"""
Hello,

The following posts have been removed:
{X[1]}
{X[2]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email failing DMARC",
    why="x.com sender failing DKIM/SPF/DMARC: not trusted",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="lookalike-domain-unknown-sender",
    **{"from": "support@x-legalcenter.com", "name_from": "X Legal Center"},
    date="Mon, 16 Sep 2024 14:00:00 +0000",
    subject=f"Your request {R_X} has been completed",
    body=f"""
Dear Sir/Madam,

Your request {R_X} has been completed. The posts {X[3]} and {X[4]} have been removed.

X Legal Center
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain claiming to be X",
    why="sender domain belongs to no platform, though it names our request and URLs",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="yt-table-contradicted-by-note",
    **{"from": "legal-kr@google.com"},
    date="Thu, 19 Sep 2024 06:30:00 +0000",
    subject=f"[{R_YT}] YouTube legal removal request - outcome",
    reply_to_req="req-240911-03",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please see the outcome of your request {R_YT} below.</p>
<table border="1" cellpadding="4">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td>{Y[2]}</td><td>Removed</td></tr>
</table>
<p>Note: the video {Y[2]} remains available on YouTube, as our reviewers did not find a violation of our policies or of local law.</p>
<p>The YouTube Legal Support Team</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube outcome table with a contradicting note",
    why="table says removed, the note says it stays up for no violation, neither corrects the other",
    items={Y[2]: "pending"},
)

case(
    name="tg-asks-for-legal-basis",
    **{"from": "dsa@telegram.org"},
    date="Fri, 13 Sep 2024 11:00:00 +0000",
    subject=f"Re: [{R_TG}] Removal request",
    reply_to_req="req-240911-02",
    body=f"""
Hello,

To proceed with your request concerning {TS[3]} and {TS[4]}, please send us the legal provision these messages violate and, if available, a copy of the order issued by your authority. Until we receive this we cannot act on these messages.

Telegram
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram request for the legal basis of an order",
    why="asks for documents; 'cannot act until' is a condition, not a refusal",
    items={T[3]: "pending", T[4]: "pending"},
)

case(
    name="naver-states-daum-item",
    **{"from": "help@naver.com"},
    date="Tue, 17 Sep 2024 02:00:00 +0000",
    subject="[네이버 고객센터] 문의하신 게시물 처리 결과",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의하신 {K[1]} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER 고객센터 template answering about another portal's post",
    why="NAVER states a status for a Kakao (Daum cafe) item",
    items={K[1]: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy@navercorp.com"},
    date="Wed, 18 Sep 2024 00:30:00 +0000",
    subject="[NAVER] 심의 협조 담당자 변경 안내",
    body="""
방송통신심의위원회 담당자님께,

10월 1일부터 심의 협조 요청 접수 담당자가 변경됩니다. 앞으로의 요청은 기존과 같이 policy@navercorp.com 으로 보내주시면 되며, 처리 절차는 https://help.naver.com/service/5600/contents/1101 에서 확인하실 수 있습니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="review", review="no_claims",
    imitates="NAVER 담당자 변경 안내",
    why="trusted NAVER email naming no item and no request",
    items={},
)

case(
    name="yt-conditional-and-under-review",
    **{"from": "legal-kr@google.com"},
    date="Sun, 15 Sep 2024 03:03:03 +0000",
    subject=f"Re: [{R_YT}] YouTube legal removal request",
    reply_to_req="req-240911-03",
    body=f"""
Hello,

We have notified the uploader of {Y[3]}. If it is not taken down by the uploader within 7 days of our notice, we will remove it ourselves. {Y[4]} is under review by our legal team.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply (uploader notified, under review)",
    why="a condition and a promise for one video, 'under review' for the other: no statement",
    items={Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="tg-looks-gone-hedge",
    **{"from": "abuse@telegram.org"},
    date="Mon, 16 Sep 2024 09:09:09 +0000",
    subject=f"Re: [{R_TG}] Removal request",
    reply_to_req="req-240911-02",
    body=f"""
Hi,

It looks like the message {TS[4]} is no longer available. Perhaps it was deleted by the channel owner.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk casual reply",
    why="'It looks like' and 'Perhaps' hedge the only statement",
    items={T[4]: "pending"},
)

# ======================= ignored =======================

case(
    name="x-out-of-office",
    **{"from": "hyun.kang@x.com", "name_from": "Hyun Kang"},
    date="Wed, 11 Sep 2024 00:05:00 +0000",
    subject=f"Automatic reply: [{R_X}] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your message. I am out of the office until 23 September with limited access to email. For legal requests, please use https://legal.x.com.

Hyun Kang
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="an out-of-office auto-reply",
    items={},
)

case(
    name="naver-out-of-office-korean",
    **{"from": "jiyoung.seo@navercorp.com", "name_from": "서지영"},
    date="Thu, 12 Sep 2024 00:01:00 +0000",
    subject=f"[자동회신] RE: [{R_NV}] 시정요구",
    reply_to_req="req-240912-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 서지영입니다.

9월 13일부터 18일까지 추석 연휴로 부재중입니다. 급한 용무는 정책지원팀(policy@navercorp.com)으로 연락 부탁드립니다.

본 메일은 자동 회신입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean webmail 부재중 자동회신",
    why="an out-of-office auto-reply over the holiday",
    items={},
)

dsn = multipart("report", "==dsn492==", [
    plain_part("""This is the mail system at host mail-out1.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-escalation@telegram.org>: host mx.telegram.org said: 550 5.1.1
    Recipient address rejected: User unknown in local recipient table"""),
    "Content-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; mail-out1.telegram.org\n"
    "Arrival-Date: Wed, 18 Sep 2024 09:00:02 +0000\n\n"
    "Final-Recipient: rfc822; dsa-escalation@telegram.org\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected\n",
    "Content-Type: message/rfc822\n\n"
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: dsa-escalation@telegram.org\n"
    f"Subject: Reminder: [{R_TG}] Removal request overdue\n"
    "Message-ID: <reminder-240918-02@kcsc.example>\n"
    "Date: Wed, 18 Sep 2024 18:00:00 +0900\n\n"
    f"The following items of request {R_TG} are still online:\n"
    f"{T[1]}\n{T[2]}\n{T[3]}\n{T[4]}\n",
], extra="; report-type=delivery-status")
case(
    name="tg-bounce-of-reminder",
    **{"from": "MAILER-DAEMON@telegram.org", "name_from": "Mail Delivery System"},
    date="Wed, 18 Sep 2024 09:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder",
    why="a delivery status notification; the URLs are in our returned reminder",
    items={},
)

mdn = multipart("report", "==mdn492==", [
    plain_part(f"""This is a return receipt for the mail that you sent to legal-kr@google.com.

Note: This return receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents."""),
    "Content-Type: message/disposition-notification\n\n"
    "Reporting-UA: mail.google.com; Gmail\n"
    "Final-Recipient: rfc822; legal-kr@google.com\n"
    "Original-Message-ID: <req-240913-06@kcsc.example>\n"
    "Disposition: manual-action/MDN-sent-manually; displayed\n",
], extra="; report-type=disposition-notification")
case(
    name="yt-read-receipt",
    **{"from": "legal-kr@google.com"},
    date="Fri, 13 Sep 2024 02:10:00 +0000",
    subject=f"Read: [{R_YT1}] Removal request",
    reply_to_req="req-240913-06",
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt",
    why="a read receipt says nothing about the item",
    items={},
)

case(
    name="x-portal-receipt-echo",
    **{"from": "noreply@x.com"},
    date="Tue, 10 Sep 2024 05:02:00 +0000",
    subject=f"We received your request [{R_X}]",
    body=f"""
Hello,

We've received your legal request. Your case number is 0910-LGL-559821.

Reported content:
- {X[1]}
- {X[2]}
- {X[3]}

Our team will review the request and get back to you. Please do not reply to this email.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal-request portal receipt echoing the reported URLs",
    why="pure acknowledgement; the URLs are echoed, nothing is said about them",
    items={},
)

case(
    name="tg-case-opened",
    **{"from": "abuse@telegram.org"},
    date="Wed, 11 Sep 2024 02:00:00 +0000",
    subject=f"Re: [{R_TG}] Removal request",
    reply_to_req="req-240911-02",
    body="""
Thank you for your report. Case #4471203 has been opened and will be reviewed by our moderators.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram case-opened receipt",
    why="ticket receipt only",
    items={},
)

case(
    name="kakao-receipt-korean",
    **{"from": "cs@kakaocorp.com", "name_from": "카카오 고객센터"},
    date="Thu, 12 Sep 2024 02:05:00 +0000",
    subject=f"[카카오 고객센터] 신고가 접수되었습니다 ({R_KK})",
    reply_to_req="req-240912-05",
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 신고가 정상적으로 접수되었습니다.
접수번호: 2024091200412

담당자 확인 후 처리 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 접수 완료 안내",
    why="receipt with a ticket number only",
    items={},
)

HEADER = """# Blind set 492 (tests/corpus/blind492/): what a program gets wrong.
# Written by tests/corpus/blind492/make.py from each email's meaning alone,
# before any run of the reader. Every case is judged on a fresh ledger."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind492", HEADER, cases)
    print(len(cases), "cases")
