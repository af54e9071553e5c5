#!/usr/bin/env python3
"""Blind set 330: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted or corrected by its note, statuses given by position.

    python3 tests/corpus/blind330/make.py

writes requests.csv, cases/*.eml and expected.toml beside this script.
Deterministic: no clock, no randomness. Every expected result was written
from the meaning of the email alone, before the reader was run on it.
All names, handles, ids and URLs are invented.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

X = [
    "https://x.com/lucky7_bet_kr/status/1831000000000000101",
    "https://x.com/lucky7_bet_kr/status/1831000000000000102",
    "https://x.com/lucky7_bet_kr/status/1831000000000000103",
    "https://x.com/toto_moonrise/status/1831000000000000204",
    "https://x.com/toto_moonrise/status/1831000000000000205",
    "https://x.com/casino_hanriver/status/1831000000000000306",
    "https://x.com/casino_hanriver/status/1831000000000000307",
    "https://x.com/casino_hanriver/status/1831000000000000308",
    "https://x.com/slot_parade99",
    "https://x.com/slot_parade99/status/1831000000000000410",
    "https://x.com/baccarat_nightowl/status/1831000000000000511",
    "https://x.com/baccarat_nightowl/status/1831000000000000512",
    "https://x.com/jackpot_relay/status/1831000000000000613",
    "https://x.com/jackpot_relay/status/1831000000000000614",
]
T = [
    "https://t.me/ice_garden_shop/2210",
    "https://t.me/ice_garden_shop/2214",
    "https://t.me/white_leaf_courier/87",
    "https://t.me/white_leaf_courier/93",
]
Y = [
    "https://www.youtube.com/watch?v=Qm4rT7nLp2A",
    "https://www.youtube.com/watch?v=Hb8kW3sZc9E",
    "https://www.youtube.com/@nightshift_cams",
]
N4_RAW = "https://cafe.naver.com/초록장터/9921"
N = [
    "https://blog.naver.com/moonsalt77/223561000101",
    "https://blog.naver.com/moonsalt77/223561000145",
    "https://cafe.naver.com/greenstreetmarket/48213",
    "https://cafe.naver.com/%EC%B4%88%EB%A1%9D%EC%9E%A5%ED%84%B0/9921",
    "https://m.blog.naver.com/sunny_daybook/223570004412",
]
K = [
    "https://cafe.daum.net/bluewhale_odds/Ab3k/412",
    "https://jackpotnotes.tistory.com/58",
]
Y6 = "https://www.youtube.com/shorts/Vr2xJ9dLq0w"
T7 = "https://t.me/harbor_lights_chat/5120"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R1, "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", X,
     "illegal-gambling", "largest request: betting promotion accounts"),
    (R2, "telegram", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00", T,
     "drug-sales", "two channels selling drugs"),
    (R3, "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00", Y,
     "obscenity", "two videos and the channel"),
    (R4, "naver", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00", N,
     "personal-information-exposure", "blog and cafe posts"),
    (R5, "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", K,
     "illegal-gambling", "Daum cafe and Tistory"),
    (R6, "youtube", "2024-09-10T16:00:00+09:00", "2024-09-17T23:59:59+09:00", [Y6],
     "fraud", "one short"),
    (R7, "telegram", "2024-09-11T09:00:00+09:00", "2024-09-18T23:59:59+09:00", [T7],
     "drug-sales", "one message"),
]


def mid(ref):
    """Our request email's Message-ID local part (requests.csv holds it with @kcsc.example)."""
    return "req-" + ref[5:].lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def quoted(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.strip("\n").split("\n"))


def request_text(ref, urls, numbered=True):
    head = (f"Reference: {ref}\n\nDear Trust and Safety team,\n\n"
            "The Korea Communications Standards Commission requests that you remove or\n"
            "block access to the following content, which is illegal under Korean law:\n\n")
    if numbered:
        body = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    else:
        body = "\n".join(urls)
    return head + body + ("\n\nPlease reply to this address with the action taken on each URL.\n\n"
                          "KCSC Takedown Desk\n")


def enc(s):
    """RFC 2047 encoded-word for a non-ASCII display name or subject."""
    if s.isascii():
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(s):
    raw = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X (R1)
case(
    name="x-removed-and-withheld-one-sentence",
    **{"from": "legal-ops@x.com"}, date="Thu, 05 Sep 2024 18:12:44 +0900",
    subject=f"Re: [{R1}] Request to remove illegal gambling content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Thank you for your request regarding accounts that promote unlicensed online
betting.

We have reviewed three of the reported posts. {X[0]} and
{X[1]} have been removed for violating the X Rules on illegal or certain regulated goods and services, while {X[2]} has been withheld in South Korea only, as it was found to be unlawful under local law but does not breach our global rules.

The remaining posts in your request are still under review and we will write
again once a decision has been made.

Regards,
Legal Operations
X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (removed globally vs Country Withheld Content)",
    why="one sentence gives two removals and one Korea-only withholding",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted"},
)

case(
    name="x-not-removed-but-withheld",
    **{"from": "legal-ops@x.com"}, date="Fri, 06 Sep 2024 09:41:03 +0900",
    subject=f"Re: [{R1}] Request to remove illegal gambling content",
    body=f"""
Hi KCSC team,

Re: {R1}

Please note that the posts below were not removed from X. After assessing them
against the Korean law you cited, we withheld them in the Republic of Korea in
response to your legal demand; they remain visible in other countries.

{X[3]}
{X[4]}

The account owner has been told about the withholding, as described at
https://help.x.com/en/rules-and-policies/post-withheld-by-country .

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Country Withheld Content notice to a government reporter",
    why="'not removed' is negated, the same sentence pair says withheld in Korea: restricted",
    items={X[3]: "restricted", X[4]: "restricted"},
)

case(
    name="x-refusal-with-reason-and-withheld",
    **{"from": "legal-ops@x.com"}, date="Fri, 06 Sep 2024 16:20:10 +0900",
    subject=f"Re: [{R1}] Request to remove illegal gambling content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

We have completed our review of three of the posts in your request.

{X[5]} does not violate the X Rules or Korean law as far as we can determine:
it shares a news article about a licensed sports lottery and contains no
betting offer, so we are not taking action on it.

We did, however, withhold {X[6]} and {X[7]} in South Korea.

If you have additional legal context on the first post, you can reply to this
email.

Best,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply declining one item with its reason",
    why="refusal with a reason for one post (rejected), two withheld in Korea",
    items={X[5]: "rejected", X[6]: "restricted", X[7]: "restricted"},
)

CSV_ROWS = [
    (X[0], "Removed", "Global", ""),
    (X[1], "Removed", "Global", ""),
    (X[2], "Withheld", "KR", ""),
    (X[3], "Withheld", "KR", ""),
    (X[4], "No action", "", "Does not violate the X Rules or local law"),
    (X[5], "Not found", "", "Post deleted by the account before review"),
    (X[6], "Removed", "Global", ""),
    (X[7], "Withheld", "KR", ""),
    (X[8], "Suspended", "Global", "Account suspended"),
    (X[9], "Removed", "Global", ""),
    (X[10], "Pending", "", "Awaiting legal review"),
    (X[11], "Pending", "", "Awaiting legal review"),
    (X[12], "No action", "", "Does not violate the X Rules or local law"),
    (X[13], "Withheld", "KR", ""),
]
CSV_TEXT = "url,decision,scope,notes\r\n" + "".join(
    f"{u},{d},{s},{n}\r\n" for u, d, s, n in CSV_ROWS)
case(
    name="x-csv-attachment-mixed",
    **{"from": "legal-ops@x.com"}, date="Mon, 09 Sep 2024 11:05:37 +0900",
    subject=f"[{R1}] Outcome of your legal request",
    reply_to_req=mid(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="xcsv-330-a"

--xcsv-330-a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in your request {R1}.
"Withheld" means the post is not visible in South Korea; "No action" means we
did not find a violation of the X Rules or of the law you cited. Two posts are
still with our legal team and are marked Pending.

X Legal Operations

--xcsv-330-a
Content-Type: text/csv; charset=utf-8; name="{R1}-outcome.csv"
Content-Disposition: attachment; filename="{R1}-outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TEXT)}
--xcsv-330-a--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome with a per-URL CSV export",
    why="CSV attachment gives every item a decision; two rows are explicitly still pending",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "restricted",
           X[4]: "rejected", X[5]: "not_found", X[6]: "removed", X[7]: "restricted",
           X[8]: "removed", X[9]: "removed", X[10]: "pending", X[11]: "pending",
           X[12]: "rejected", X[13]: "restricted"},
)

case(
    name="x-top-posted-account-suspended",
    **{"from": "legal-ops@x.com"}, date="Wed, 04 Sep 2024 22:03:19 +0900",
    subject=f"Re: [{R1}] Request to remove illegal gambling content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Quick update on your request: the account {X[8]} has been suspended for
repeated violations of our rules on illegal gambling and is no longer
available on X.

We are still looking at the other URLs and will reply separately.

X Legal

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text(R1, X))}
""",
    outcome="applied", classification="confirmation",
    imitates="X top-posted reply over the quoted government request (account suspension)",
    why="only the account is spoken about above the quote; suspended account is no longer available",
    items={X[8]: "removed"},
)

case(
    name="x-headings-urls-below",
    **{"from": "legal-ops@x.com"}, date="Tue, 10 Sep 2024 14:48:02 +0900",
    subject=f"[{R1}] Decisions on remaining posts",
    body=f"""
Hello,

Our decisions on further posts from your request {R1} are below.

Removed globally for violating our rules:
{X[9]}

Withheld in South Korea (still visible in other countries):
{X[10]}
{X[11]}

No action taken; we did not find a violation of the X Rules or of the local
law cited:
{X[12]}

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome grouped under decision headings",
    why="each URL sits on the line(s) below the heading that states its status",
    items={X[9]: "removed", X[10]: "restricted", X[11]: "restricted", X[12]: "rejected"},
)

case(
    name="x-author-deleted-and-no-violation",
    **{"from": "legal-ops@x.com"}, date="Wed, 11 Sep 2024 10:15:55 +0900",
    subject=f"Re: [{R1}] Request to remove illegal gambling content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Regarding your request {R1}:

{X[12]} is no longer on X. It was deleted by the account holder before our
team reviewed it, so no action was required from us.

We reviewed {X[13]} and did not find that it breaks the X Rules: it is a
screenshot of a football score with no link to a betting site. We have not
withheld or removed it.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply: content already gone / no violation",
    why="deleted by its author = not_found; 'have not withheld or removed' with a reason = rejected",
    items={X[12]: "not_found", X[13]: "rejected"},
)

case(
    name="x-outlook-wrapped-angle-url",
    **{"from": "mina.seo@x.com"}, name_from=enc("Mina Seo"),
    date="Thu, 12 Sep 2024 17:30:09 +0900",
    subject=f"RE: [{R1}] Request to remove illegal gambling content",
    body=f"""
Hello,

The following actions have been taken:

- <https://x.com/jackpot_relay/status/
  1831000000000000613> - removed (violation of our illegal and regulated
  goods policy)
- <{X[13]}> - withheld in KR

Kind regards,
Mina
Legal Operations, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: [{R1}] Request to remove illegal gambling content

{request_text(R1, X)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply by an X legal agent over the unquoted original request",
    why="a URL wrapped inside angle brackets is removed, the next is withheld; the original below is ours",
    items={X[12]: "removed", X[13]: "restricted"},
)

case(
    name="x-position-first-three-quoted",
    **{"from": "safety-ops@x.com"}, date="Thu, 05 Sep 2024 08:55:30 +0900",
    subject=f"Re: [{R1}] Request to remove illegal gambling content",
    reply_to_req=mid(R1),
    body=f"""
Hi,

The first three links in your request below have been removed. The rest are
with our legal team and we will update you.

Thanks,
X Safety

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text(R1, X))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style short agent reply pointing at positions in the quoted request",
    why="'the first three links in your request below' = items 1-3 of the numbered quoted list: removed",
    items={X[0]: "removed", X[1]: "removed", X[2]: "removed"},
)

case(
    name="x-table-note-corrects",
    **{"from": "legal-ops@x.com"}, date="Mon, 09 Sep 2024 19:02:41 +0900",
    subject=f"[{R1}] Legal request outcome",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Here is the outcome for two posts in your request {R1}.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Region</th></tr>
<tr><td>{X[3]}</td><td>Removed</td><td>Global</td></tr>
<tr><td>{X[4]}</td><td>Removed</td><td>Global</td></tr>
</table>
<p><b>Correction:</b> the second row above was entered in error.
<a href="{X[4]}">{X[4]}</a> was not removed; it has been withheld in
South Korea only.</p>
<p>X Legal Operations</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X outcome table in HTML with an agent's correction below it",
    why="the note explicitly corrects row 2 of the table: first removed, second restricted",
    items={X[3]: "removed", X[4]: "restricted"},
)

case(
    name="x-ack-plus-statement",
    **{"from": "noreply-legal@x.com"}, date="Sat, 07 Sep 2024 03:11:26 +0900",
    subject="Your report has been received - case 0931-2277-KR",
    body=f"""
Thank you for contacting X. We have received your report ({R1}) and assigned
it case number 0931-2277-KR.

After review, {X[5]} has been removed for violating our rules on illegal
gambling. No further action is required from you for this post.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support receipt that also carries a decision",
    why="receipt phrase plus an unhedged item-level removal is not a mere acknowledgement",
    items={X[5]: "removed"},
)

case(
    name="x-echoed-report-decision",
    **{"from": "noreply-legal@x.com"}, date="Sat, 07 Sep 2024 12:44:08 +0900",
    subject=f"Update on your report ({R1})",
    body=f"""
Your report

Reported content: {X[6]}
Reason given: Illegal gambling (Korea)
Submitted: 3 September 2024

Our decision

We have withheld this post in South Korea. It remains available in other
countries.

Why we made this decision

The post was found to be unlawful under the Korean law you cited. Learn more
about withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome email echoing the report and giving a decision",
    why="the echoed report names the post; the decision that follows withholds it in Korea",
    items={X[6]: "restricted"},
)

# ================================================================ Telegram (R2, R7)
case(
    name="tg-revision-author-deleted",
    **{"from": "abuse@telegram.org"}, date="Thu, 05 Sep 2024 02:17:45 +0900",
    subject=f"Re: {R2}",
    reply_to_req=mid(R2),
    body=f"""
Hello,

Thank you for your report (Case #5501873).

The messages {T[0]} and {T[1]} have been removed.

Correction to the above: when our moderators opened {T[1]} it had already been
deleted by the channel admin, so only 2210 was taken down by us.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with an agent's same-email correction",
    why="the later correction revises 2214 to already deleted by its author (not_found); 2210 removed",
    items={T[0]: "removed", T[1]: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"}, date="Thu, 05 Sep 2024 20:40:12 +0900",
    subject=f"Re: {R2}",
    body=f"""
Hi,

Regarding Case #5501874 (your ref {R2}):

We have blocked {T[2]}, which may have been reposted in private groups that we
cannot see.

{T[3]}, which seems to have been edited since your report, is still being
examined by our moderators and we have not reached a decision on it yet.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="hedge sits in a relative clause about reposts, the block stands; the second is still under examination",
    items={T[2]: "removed", T[3]: "pending"},
)

case(
    name="tg-bare-url-result-below",
    **{"from": "abuse@telegram.org"}, date="Fri, 06 Sep 2024 13:09:58 +0900",
    subject=f"Case #5501875 - results ({R2})",
    body=f"""
Results for Case #5501875:

{T[0]}
Result: not found. There is no message with this number in the channel, and
we have no record of it ever being posted.

{T[1]}
Result: no violation. The message is a price list for house plants and does
not offer illegal goods, so it was not removed and will stay up.

-- 
Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk per-link results",
    why="bare URL with its result on the line below: not_found, then a refusal with reason",
    items={T[0]: "not_found", T[1]: "rejected"},
)

case(
    name="tg-numbered-list-by-position",
    **{"from": "abuse@telegram.org"}, date="Sat, 07 Sep 2024 01:26:33 +0900",
    subject=f"Re: {R2}",
    body=f"""
Hello,

You reported these two messages (Case #5501876):

1. {T[2]}
2. {T[3]}

Item 1 has been blocked on all Telegram apps. We could not locate item 2: the
link leads to a message that does not exist.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply listing the reported links then answering by number",
    why="statuses given by item number of the list in the same email",
    items={T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tg-one-item-top-posted-taken-down",
    **{"from": "abuse@telegram.org"}, date="Wed, 11 Sep 2024 23:52:04 +0900",
    subject=f"Re: [{R7}] Removal request",
    reply_to_req=mid(R7),
    body=f"""
Done - this has been taken down.

Telegram Abuse

On Wed, Sep 11, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text(R7, [T7], numbered=False))}
""",
    outcome="applied", classification="confirmation",
    imitates="terse Telegram agent reply over the quoted request",
    why="one-item request: the sole unhedged statement applies to its only item",
    items={T7: "removed"},
)

# ================================================================ YouTube (R3, R6)
case(
    name="yt-mixed-removed-restricted-channel-stays",
    **{"from": "youtube-legal-noreply@google.com"}, name_from=enc("YouTube Legal Support"),
    date="Mon, 09 Sep 2024 07:33:21 +0900",
    subject=f"Re: [{R3}] Legal removal request",
    reply_to_req=mid(R3),
    body=f"""
Hi,

Thanks for reaching out to YouTube about {R3}.

After reviewing the content you reported, we removed {Y[0]} for violating our Community Guidelines and blocked {Y[1]} from view in South Korea based on local law, but we did not take action on the channel {Y[2]}, because the channel as a whole does not violate our policies.

For more information about our policies, see
https://support.google.com/youtube/answer/2801999 .

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email",
    why="one sentence: removed, blocked in Korea, and a refusal with reason for the channel",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected"},
)

YT_KO = f"""안녕하세요, YouTube 법무 지원팀입니다.

요청번호 {R3} 건과 관련하여 검토 결과를 알려드립니다.

- {Y[1]} : 현지 법률에 따라 대한민국에서 해당 동영상에 대한 접근을 제한했습니다.
- {Y[2]} : 커뮤니티 가이드 반복 위반으로 채널이 해지되어 더 이상 YouTube에서 볼 수 없습니다.

감사합니다.
YouTube 팀
"""
case(
    name="yt-qp-korean",
    **{"from": "youtube-legal-noreply@google.com"}, name_from=enc("YouTube"),
    date="Tue, 10 Sep 2024 10:02:47 +0900",
    subject=f"=?UTF-8?B?{base64.b64encode(f'[{R3}] 검토 결과 안내'.encode()).decode()}?=",
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_KO)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language legal outcome, quoted-printable",
    why="access restricted in Korea (restricted); channel terminated and no longer viewable (removed)",
    items={Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-hedge-relative-removed-other-remains",
    **{"from": "youtube-legal-noreply@google.com"}, name_from=enc("YouTube Legal Support"),
    date="Sat, 07 Sep 2024 05:18:36 +0900",
    subject=f"Re: [{R3}] Legal removal request",
    reply_to_req=mid(R3),
    body=f"""
Hello,

We removed {Y[0]}, which appears to be a re-upload of a video that was taken
down from another channel last month.

{Y[1]}, which may be removed once the uploader's appeal has been decided,
remains available for now.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply",
    why="the hedge is in the relative clause, the removal is plain; the second is only a possibility",
    items={Y[0]: "removed", Y[1]: "pending"},
)

case(
    name="yt-single-item-sole",
    **{"from": "youtube-legal-noreply@google.com"}, name_from=enc("YouTube Trust & Safety"),
    date="Thu, 12 Sep 2024 15:27:50 +0900",
    subject=f"Re: [{R6}] Request to remove content on YouTube",
    reply_to_req=mid(R6),
    body=f"""
Hi there,

Thanks for your report. We reviewed the video you flagged in your request
{R6} and removed it from YouTube for violating our spam, deceptive practices
and scams policy.

Best regards,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report-outcome email without the URL",
    why="one-item request, its reference, an unhedged removal of 'the video'",
    items={Y6: "removed"},
)

# ================================================================ NAVER (R4)
case(
    name="naver-mixed-korean-sentence",
    **{"from": "naver_policy@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Mon, 09 Sep 2024 16:44:12 +0900",
    subject=f"[네이버] 시정요구({R4}) 처리 결과 안내",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 시정요구({R4})에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {N[0]} 은 게시중단 조치하였으며, {N[1]} 는 작성자가 이미 삭제하여 확인되지 않고, {N[2]} 는 30일간 임시조치하였습니다.

나머지 게시물은 검토가 끝나는 대로 다시 알려드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 처리 결과 안내 (게시중단/임시조치)",
    why="one Korean sentence: 게시중단 (removed), 작성자 삭제 (not_found), 임시조치 (restricted)",
    items={N[0]: "removed", N[1]: "not_found", N[2]: "restricted"},
)

NAVER_B64 = f"""[네이버] 시정요구 처리 결과 안내

접수번호: {R4}

1) {N4_RAW}
   → 임시조치(30일) 완료
2) {N[4]}
   → 운영자 비공개 처리 완료

문의: 네이버 고객센터 https://help.naver.com/
"""
case(
    name="naver-base64-korean-path",
    **{"from": "noreply@navercorp.com"}, name_from=enc("NAVER"),
    date="Tue, 10 Sep 2024 09:12:30 +0900",
    subject=f"=?UTF-8?B?{base64.b64encode('[네이버] 시정요구 처리 결과 안내'.encode()).decode()}?=",
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(NAVER_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER automated 처리 결과 notice, base64 body",
    why="raw Korean cafe path 임시조치 (restricted); blog post 비공개 처리 by operator (removed)",
    items={N[3]: "restricted", N[4]: "removed"},
)

case(
    name="naver-angle-brackets-particles",
    **{"from": "monitoring@navercorp.com"}, name_from=enc("네이버 게시물 모니터링팀"),
    date="Wed, 11 Sep 2024 11:38:19 +0900",
    subject=f"RE: [{R4}] 게시물 삭제 요청",
    body=f"""
안녕하세요, 네이버 게시물 모니터링팀입니다.

<{N[0]}>에 대해서는 게시중단 조치를 완료하였습니다.
<{N[1]}>은 개인정보 노출이 확인되지 않아 게시중단 대상에 해당하지 않으며, 게시물은 그대로 유지됩니다.
카페 게시글（{N[2]}）은 접근 제한 처리하였습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER monitoring-team reply in Korean",
    why="URLs in angle brackets with particles / full-width brackets: removed, rejected with reason, restricted",
    items={N[0]: "removed", N[1]: "rejected", N[2]: "restricted"},
)

# ================================================================ Kakao (R5)
case(
    name="kakao-blind-and-refusal",
    **{"from": "cs_policy@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Wed, 11 Sep 2024 14:05:44 +0900",
    subject=f"[카카오] 신고 처리 결과 안내 ({R5})",
    reply_to_req=mid(R5),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

신고해 주신 건({R5})의 검토 결과를 알려드립니다.

{K[1]} 게시물은 운영정책 위반(불법 도박 홍보)으로 블라인드 처리되었습니다. 다만 {K[0]} 게시글은 경기 결과를 공유하는 내용으로 불법 도박 광고로 보기 어려워 별도 조치하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum/Tistory) 신고 처리 결과 안내",
    why="블라인드 (removed) for the Tistory post; refusal with reason for the cafe post",
    items={K[1]: "removed", K[0]: "rejected"},
)

case(
    name="kakao-revision-correction",
    **{"from": "cs_policy@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Thu, 12 Sep 2024 10:21:07 +0900",
    subject=f"[정정] 신고 처리 결과 안내 ({R5})",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

앞서 {K[0]} 게시글이 삭제되었다고 안내드렸으나, 확인 결과 삭제가 아닌 국내 접속 제한(임시조치) 상태입니다. 혼선을 드려 죄송합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao correction notice (정정 안내)",
    why="the sentence revises its own earlier 'deleted' into 국내 접속 제한(임시조치): restricted",
    items={K[0]: "restricted"},
)

# ================================================================ review
case(
    name="x-promise-will-be-removed",
    **{"from": "legal-ops@x.com"}, date="Wed, 04 Sep 2024 13:27:16 +0900",
    subject=f"Re: [{R1}] Request to remove illegal gambling content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Thanks for your request {R1}. Our legal team has approved action on the
following posts, and they will be removed within the next 24 hours:

{X[0]}
{X[1]}
{X[2]}

We'll confirm once this is complete.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X legal reply announcing a decision before it is carried out",
    why="'will be removed' is a promise, not a statement; named items stay pending",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="tg-hedge-appears-removed",
    **{"from": "abuse@telegram.org"}, date="Thu, 05 Sep 2024 09:03:40 +0900",
    subject=f"Re: {R2}",
    body=f"""
Hi,

Case #5501877. Looking at {T[0]} and {T[1]}, both appear to have been removed
already, possibly by the channel owner. We are double-checking with the
moderation logs and will confirm.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply",
    why="'appear to have been removed' is a hedge; nothing to apply",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="yt-conditional-counter-notice",
    **{"from": "youtube-legal-noreply@google.com"}, name_from=enc("YouTube Legal Support"),
    date="Fri, 06 Sep 2024 18:56:02 +0900",
    subject=f"Re: [{R3}] Legal removal request",
    reply_to_req=mid(R3),
    body=f"""
Hello,

We have notified the uploader of {Y[0]} about your complaint. If no counter
notification is received within 10 business days, the video will be blocked in
South Korea. If the uploader responds, we'll reach out to you with next steps.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal reply describing the uploader-notice step",
    why="a condition and a future action: not a statement",
    items={Y[0]: "pending"},
)

case(
    name="naver-bulk-all-korean",
    **{"from": "naver_policy@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Thu, 12 Sep 2024 17:10:26 +0900",
    subject=f"[네이버] 시정요구({R4}) 처리 완료",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 시정요구({R4}) 대상 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.
처리 내역은 고객센터 처리현황 메뉴에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 처리 완료 notice without a per-item list",
    why="'all posts of the request' for a five-item request, none named: bulk",
    items={u: "pending" for u in N},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-ops@x.com"}, date="Fri, 13 Sep 2024 09:45:13 +0900",
    subject=f"Re: [{R1}] Request to remove illegal gambling content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

All of the posts listed in your request have now been withheld in South Korea.

Regards,
X Legal

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text(R1, X))}
""",
    outcome="review", review="bulk",
    imitates="X top-posted one-line reply over the quoted request",
    why="a statement about all fourteen items naming none of them (URLs only in the quote): bulk",
    items={u: "pending" for u in X},
)

case(
    name="yt-untrusted-dkim-fail",
    **{"from": "youtube-legal-noreply@google.com"}, name_from=enc("YouTube Legal Support"),
    auth="fail",
    date="Sun, 08 Sep 2024 04:12:59 +0900",
    subject=f"Re: [{R3}] Legal removal request",
    body=f"""
Hello,

We removed {Y[1]} after reviewing your request {R3}.

Regards,
YouTube Legal Support
""",
    outcome="review", review="untrusted",
    imitates="YouTube outcome email that fails DKIM/DMARC",
    why="platform domain but authentication fails",
    items={Y[1]: "pending"},
)

case(
    name="unknown-sender-agency-claims",
    **{"from": "reports@brightline-compliance.example"}, name_from=enc("Brightline Compliance"),
    date="Tue, 10 Sep 2024 20:30:48 +0900",
    subject=f"FW: {R1} status",
    body=f"""
Dear KCSC,

On behalf of our client we confirm that {X[10]} and {X[11]} have been removed
from X.

Best regards,
Brightline Compliance Services
""",
    outcome="review", review="unknown_sender",
    imitates="third-party compliance vendor writing on a platform's behalf",
    why="not a platform domain; item statements cannot be trusted",
    items={X[10]: "pending", X[11]: "pending"},
)

case(
    name="kakao-wrong-platform",
    **{"from": "cs_policy@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Fri, 13 Sep 2024 13:14:22 +0900",
    subject="[카카오] 신고 처리 결과 안내",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

접수하신 신고 게시물({N[2]})은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao templated outcome filled with another portal's URL",
    why="Kakao states a status for a NAVER item",
    items={N[2]: "pending"},
)

case(
    name="naver-table-note-conflict",
    **{"from": "naver_policy@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Fri, 13 Sep 2024 15:40:03 +0900",
    subject=f"[네이버] 시정요구 조치결과 ({R4})",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 고객센터입니다. 시정요구 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{N[2]}</td><td>게시중단</td></tr>
</table>
<p>※ 비고: 상기 게시물은 위법 정보에 해당하지 않는 것으로 판단되어 현재 정상 게시 중입니다.</p>
<p>감사합니다.</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="NAVER 시정요구 조치결과 table with a 비고 note",
    why="table says 게시중단, the note says it is lawful and still online; neither says which is the correction",
    items={N[2]: "pending"},
)

case(
    name="tg-asks-court-order",
    **{"from": "abuse@telegram.org"}, date="Fri, 06 Sep 2024 06:48:31 +0900",
    subject=f"Re: {R2}",
    body=f"""
Hello,

Regarding Case #5501878 ({R2}): before we can take action on {T[2]} and
{T[3]} we need a copy of the Commission's decision or the court order it
relies on, and a short description of where in each message the illegal offer
appears. Please reply to this email with these documents.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse desk asking for the legal basis",
    why="asks for documents before acting; no status",
    items={T[2]: "pending", T[3]: "pending"},
)

case(
    name="naver-no-claims-contact-change",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    subject="[네이버] 시정요구 접수 창구 변경 안내",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 9월 23일부터 시정요구 및 게시중단 요청 접수 창구가 변경됩니다.
앞으로는 https://inoti.naver.com/ 을 통해 접수해 주시기 바랍니다.
기존 이메일 주소로 보내주신 요청도 당분간 함께 처리됩니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice of a changed intake channel",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="kakao-not-yet-removed",
    **{"from": "cs_policy@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Tue, 10 Sep 2024 16:33:51 +0900",
    subject=f"Re: [{R5}] 게시물 삭제 요청",
    reply_to_req=mid(R5),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

{R5} 관련 문의에 답변드립니다. {K[0]} 와 {K[1]} 게시물은 아직 삭제되지 않았으며, 현재 담당 부서에서 위반 여부를 검토하고 있습니다. 검토가 완료되면 결과를 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim reply (검토 중)",
    why="'not yet deleted, under review' is no decision: pending",
    items={K[0]: "pending", K[1]: "pending"},
)

# ================================================================ ignored
case(
    name="x-out-of-office",
    **{"from": "d.reyes@x.com"}, name_from=enc("Daniel Reyes"),
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject=f"Automatic reply: [{R1}] Request to remove illegal gambling content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email. For urgent legal requests please write to
legal@x.com.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="auto-reply",
    items={},
)

case(
    name="yt-dsn-bounce",
    **{"from": "mailer-daemon@googlemail.com"}, name_from=enc("Mail Delivery Subsystem"),
    date="Thu, 05 Sep 2024 09:30:22 +0900",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-330-b"

--dsn-330-b
Content-Type: text/plain; charset=UTF-8

Address not found

Your message wasn't delivered to yt-legal-kr@google.com because the address
couldn't be found, or is unable to receive mail.

--dsn-330-b
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 05 Sep 2024 09:30:20 +0900

Final-Recipient: rfc822; yt-legal-kr@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn-330-b
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: yt-legal-kr@google.com
Subject: [{R3}] Legal removal request
Date: Thu, 05 Sep 2024 09:30:00 +0900
Message-ID: <{mid(R3)}-copy@kcsc.example>

--dsn-330-b--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification (5.1.1)",
    why="bounce of our own request",
    items={},
)

case(
    name="naver-mdn-read-receipt",
    **{"from": "naver_policy@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Fri, 06 Sep 2024 14:20:05 +0900",
    subject=f"=?UTF-8?B?{base64.b64encode(f'읽음 확인: [{R4}] 게시물 삭제 요청'.encode()).decode()}?=",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-330-c"

--mdn-330-c
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.
제목: [{R4}] 게시물 삭제 요청

--mdn-330-c
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; naver_policy@navercorp.com
Original-Message-ID: <{mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-330-c--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN) from a Korean corporate mail system",
    why="read receipt",
    items={},
)

case(
    name="tg-ticket-receipt",
    **{"from": "noreply@telegram.org"}, date="Wed, 04 Sep 2024 11:02:13 +0900",
    subject="Case #5501879: report received",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for your report ({R2}). We have created Case #5501879 and our team
will look into it.

Please do not reply to this automatic message.

Telegram Abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram automatic case receipt",
    why="pure acknowledgement",
    items={},
)

case(
    name="naver-receipt-with-echoed-urls",
    **{"from": "noreply@navercorp.com"}, name_from=enc("NAVER"),
    date="Fri, 06 Sep 2024 14:03:27 +0900",
    subject="[네이버] 게시중단 요청 접수 완료 안내",
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시중단 요청이 정상적으로 접수되었습니다.

접수번호: 2409-061428
요청 기관: 방송통신심의위원회 ({R4})
접수 내역:
 - {N[0]}
 - {N[1]}
 - {N[2]}
 - {N4_RAW}
 - {N[4]}

처리 결과는 검토 후 이메일로 안내해 드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 완료 notice",
    why="receipt echoing the reported URLs, no status",
    items={},
)

case(
    name="kakao-korean-ooo",
    **{"from": "jh.park@kakaocorp.com"}, name_from=enc("박지훈"),
    date="Mon, 09 Sep 2024 10:00:58 +0900",
    subject=f"[자동회신] Re: [{R5}] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동응답] 안녕하세요. 9월 13일부터 18일까지 추석 연휴 및 휴가로 부재중입니다.
급한 건은 cs_policy@kakaocorp.com 으로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴)",
    why="auto-reply",
    items={},
)

case(
    name="yt-ack-will-review",
    **{"from": "youtube-legal-noreply@google.com"}, name_from=enc("YouTube Legal Support"),
    date="Tue, 10 Sep 2024 16:05:12 +0900",
    subject=f"Re: [{R6}] Request to remove content on YouTube",
    body=f"""
Hello,

Thank you for contacting YouTube Legal. We've received your request
(reference {R6}) and a member of our team will review it. You do not need to
reply to this message.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal support receipt",
    why="pure acknowledgement with a promise to review",
    items={},
)

HEADER = """# Blind set 330 (tests/corpus/blind330/): what a program gets wrong.
# Written by make.py from the meaning of each email, before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    for c in CASES:
        c["subject"] = enc(c["subject"])
    corpuslib.write_set(HERE, "blind330", HEADER, CASES)
    print(f"{len(CASES)} cases")
