#!/usr/bin/env python3
"""Blind set 104: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from Discord, Reddit, Kakao (Daum), X, YouTube,
NAVER and Telegram. Every email is fictional and written in our own words;
the expected results were written from each email's meaning alone, before
the reader was ever run on them.

    python3 tests/corpus/blind104/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

# ---------------------------------------------------------------- requests
G1 = "https://discord.com/channels/1120334455667788990"
G2 = "https://discord.com/channels/1099887766554433221"
D1 = G1 + "/1120334455667789001/1281000000000000101"
D2 = G1 + "/1120334455667789001/1281000000000000102"
D3 = G1 + "/1120334455667789002/1281000000000000233"
D4 = G1 + "/1120334455667789002/1281000000000000234"
D5 = G2 + "/1099887766554433300/1281000000000000345"
D6 = G2 + "/1099887766554433300/1281000000000000346"
D7 = G2 + "/1099887766554433301/1281000000000000457"
D8 = "https://discord.gg/nightmarket7"
D9 = "https://discord.gg/qR4tZm2w"
D10 = "https://discord.gg/pillowfort-kr"
D11 = "https://discord.com/invite/Ab3dEf9h"
D12 = "https://discord.com/channels/1077665544332211000/1077665544332211001/1281000000000000568"
DISCORD = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12]

R1 = "https://www.reddit.com/r/fakeidmarket_kr/comments/1f8abc1/selling_cards/"
R2 = "https://www.reddit.com/r/fakeidmarket_kr/comments/1f8abd7/dm_for_price/"
R3 = "https://www.reddit.com/user/lantern_fox_91/comments/1f8b0x2/catalogue/"
R4 = "https://www.reddit.com/r/koreaunderground/comments/1f8c9zz/new_batch/"
REDDIT = [R1, R2, R3, R4]

K1 = "https://cafe.daum.net/moonlitgarden/Xk9p/118"
K2 = "https://cafe.daum.net/moonlitgarden/Xk9p/121"
K3 = "https://cafe.daum.net/bluepier77/Lq2a/9"
KAKAO = [K1, K2, K3]

X1 = "https://x.com/dimlamp_shop/status/1832000000000000011"
X2 = "https://x.com/dimlamp_shop/status/1832000000000000012"
X3 = "https://x.com/dimlamp_shop/status/1832000000000000013"
X4 = "https://x.com/saltmarsh_k/status/1832000000000000404"
X5 = "https://x.com/saltmarsh_k"
XS = [X1, X2, X3, X4, X5]

Y1 = "https://www.youtube.com/watch?v=Qw3rTy7uIo0"
Y2 = "https://www.youtube.com/watch?v=Zx8cVb1nM2a"
YT = [Y1, Y2]

# 밤장터 stored percent-encoded; the emails may write the raw Korean path.
N1 = "https://blog.naver.com/greyheron_22/223560011122"
N2 = "https://cafe.naver.com/%EB%B0%A4%EC%9E%A5%ED%84%B0/4821"
N3 = "https://cafe.naver.com/%EB%B0%A4%EC%9E%A5%ED%84%B0/4830"
N2_RAW = "https://cafe.naver.com/밤장터/4821"
N3_RAW = "https://cafe.naver.com/밤장터/4830"
NAVER = [N1, N2, N3]

T1 = "https://t.me/quietlantern_kr"

REQUESTS = [
    ("KCSC-240903-01", "discord", "2024-09-03", "2024-09-10", DISCORD, "illegal-trade",
     "12 Discord links: messages in two servers, invites, one message in a third server"),
    ("KCSC-240905-02", "reddit", "2024-09-05", "2024-09-12", REDDIT, "illegal-trade", ""),
    ("KCSC-240906-03", "kakao", "2024-09-06", "2024-09-13", KAKAO, "youth-harmful", "Daum cafe posts"),
    ("KCSC-240909-04", "x", "2024-09-09", "2024-09-16", XS, "gambling", "last item is an account"),
    ("KCSC-240910-05", "youtube", "2024-09-10", "2024-09-17", YT, "drugs", ""),
    ("KCSC-240911-06", "naver", "2024-09-11", "2024-09-18", NAVER, "illegal-trade", ""),
    ("KCSC-240912-07", "telegram", "2024-09-12", "2024-09-19", [T1], "drugs", "one channel"),
]


def req_id(ref):
    return "req-" + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_id(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def subj(text):
    """RFC 2047 encoded subject, as Korean mailers send it."""
    return Header(text, "utf-8").encode()


def listing(urls, prefix=""):
    return "\n".join(prefix + u for u in urls)


ZD_MARK = "##- Please type your reply above this line -##"
ZD_FOOT = ("This email is a service from Discord Trust & Safety.\n"
           "Help Center: https://support.discord.com/hc/en-us/articles/360000291932\n"
           "[ZQ8M4K-2P7V]")

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =======================================

case(
    name="zd-discord-solved-mixed-list",
    date="Fri, 06 Sep 2024 21:02:44 +0000",
    from_="noreply@discord.com", name_from="Discord Trust & Safety",
    subject="[Discord] Re: [KCSC-240903-01] Request for removal of illegal content (#4471203)",
    reply_to_req=req_id("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification carrying the agent's last comment (Discord support)",
    why="Solved ticket; agent comment gives one status per message link for the first four links",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected"},
    body=f"""{ZD_MARK}

Your request (#4471203) has been solved. To reopen this request, reply to this email.

Hana (Discord Trust & Safety)
Sep 6, 2024, 14:02 PDT

Hello,

Thank you for your report concerning the server "Night Market KR". We reviewed the first four message links from your notice and took the following action:

- {D1} : message deleted, and the author's account has been disabled.
- {D2} : message deleted.
- {D3} : we could not locate this message; it is no longer present in the channel.
- {D4} : we reviewed this message and found no violation of our Community Guidelines or Terms of Service, so it stays up.

The remaining links in your notice are being handled under a separate ticket.

Best,
Hana
Discord Trust & Safety

--------------------------------
{ZD_FOOT}
""",
)

case(
    name="zd-discord-invites-status-below",
    date="Sat, 07 Sep 2024 03:15:09 +0000",
    from_="safety@discord.com", name_from="Discord Safety",
    subject="Re: [KCSC-240903-01] Invite links - update (#4471209)",
    outcome="applied", classification="confirmation",
    imitates="Agent reply in a Zendesk thread listing each reported invite with a status line under it",
    why="Each bare invite URL has its status on the line below",
    items={D8: "removed", D9: "removed", D10: "not_found", D11: "removed"},
    body=f"""Hi KCSC team,

Following up on the invite links from your request KCSC-240903-01. Results per link:

{D8}
Status: Invite revoked, server removed from Discord

{D9}
Status: Invite revoked, server removed from Discord

{D10}
Status: Invalid invite - no server is associated with this code

{D11}
Status: Server removed for violating our Terms of Service

Let us know if any of these servers reappear under a new invite.

Tomasz
Trust & Safety | Discord
""",
)

case(
    name="zd-discord-followup-over-reminder",
    date="Mon, 16 Sep 2024 18:40:12 +0000",
    from_="noreply@discord.com", name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240903-01] Reminder: removal request overdue",
    outcome="applied", classification="confirmation",
    imitates="Top-posted agent reply over our reminder (Gmail-style '>' quoting of the reminder)",
    why="Top part states three items; the quoted reminder lists all the pending links and must not count",
    items={D5: "removed", D6: "removed", D7: "restricted"},
    body=f"""Hello,

Apologies for the delay on this one. Our team has now finished reviewing the messages in the second server:

{D5} - deleted
{D6} - deleted
{D7} - the channel holding this message is now age-restricted, so only verified adult members can open it

Regards,
Priya
Discord Trust & Safety

On Mon, Sep 16, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Discord Trust & Safety,
>
> Our request KCSC-240903-01 of 3 September 2024 (due 10 September) still
> has items for which we have received no result:
>
{listing(DISCORD[4:], "> ")}
>
> Please let us know the action taken on each of them.
>
> KCSC Takedown Desk
""",
)

_html_table = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC,</p>
<p>Please find below our partial response to request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Action</th><th>Notes</th></tr>
<tr><td><a href="{D9}">{D9}</a></td><td>Removed</td><td>Server deleted</td></tr>
<tr><td><a href="{D12}">{D12}</a></td><td>Removed</td><td>Message deleted, user banned</td></tr>
<tr><td><a href="{D2}">{D2}</a></td><td>No action</td><td>Does not violate our policies</td></tr>
</table>
<p>Our policies: <a href="https://discord.com/guidelines">Community Guidelines</a></p>
<p>Discord Legal</p>
</body></html>
"""
_text_table = f"""Dear KCSC,

Please find below our partial response to request KCSC-240903-01.

Reported link | Action | Notes
{D9} | Removed | Server deleted
{D12} | Removed | Message deleted, user banned
{D2} | No action | Does not violate our policies

Our policies: https://discord.com/guidelines

Discord Legal
"""
case(
    name="discord-html-table-partial",
    date="Wed, 11 Sep 2024 08:22:51 +0000",
    from_="legal@discord.com", name_from="Discord Legal",
    subject="Discord response to KCSC-240903-01 (partial)",
    outcome="applied", classification="confirmation",
    imitates="HTML table of reported links with action and notes, sent with a plain-text alternative",
    why="Table rows: two removed, one left up as not violating; guideline link is not an item",
    items={D9: "removed", D12: "removed", D2: "rejected"},
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b104-alt-4"

--b104-alt-4
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_text_table}
--b104-alt-4
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{_html_table}
--b104-alt-4--
""",
)

_discord_csv = "link,action,detail\n" + "\n".join([
    f"{D1},Removed,Message deleted",
    f"{D2},Removed,Message deleted",
    f"{D3},Not found,Message no longer exists",
    f"{D4},No violation,Left up",
    f"{D5},Removed,Message deleted",
    f"{D6},Removed,Message deleted",
    f"{D7},Age-restricted,Channel marked age-restricted",
    f"{D8},Removed,Server removed",
    f"{D9},Removed,Server removed",
    f"{D10},Not found,Invalid invite",
    f"{D11},No violation,Left up",
    f"{D12},Removed,Message deleted",
]) + "\n"
case(
    name="discord-csv-attachment-all-links",
    date="Thu, 12 Sep 2024 10:05:00 +0000",
    from_="legal@discord.com", name_from="Discord Legal",
    subject="Re: [KCSC-240903-01] Outcome of your request (#4471203)",
    reply_to_req=req_id("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="Legal-operations reply with a per-link outcome CSV exported from the ticket tool",
    why="CSV attachment gives an outcome for each of the 12 links",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected", D5: "removed",
           D6: "removed", D7: "restricted", D8: "removed", D9: "removed", D10: "not_found",
           D11: "rejected", D12: "removed"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b104-mix-5"

--b104-mix-5
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for each of the 12 links in your request
KCSC-240903-01. This closes ticket #4471203 on our side.

Kind regards,
Discord Legal Operations

--b104-mix-5
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_discord_csv)}
--b104-mix-5--
""",
)

case(
    name="reddit-helpscout-prose-three",
    date="Mon, 09 Sep 2024 19:44:03 +0000",
    from_="legal@reddit.com", name_from="Reddit Legal",
    subject="Re: KCSC-240905-02 - request to remove content [#31807]",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style personal agent reply from a platform's legal/safety mailbox",
    why="Prose: two posts removed, one already deleted by its author; the fourth still being looked at",
    items={R1: "removed", R2: "removed", R3: "not_found", R4: "pending"},
    body=f"""Hi there,

Thanks for your patience while we looked into this.

We've removed the post at {R1} and the post at {R2} for violating Reddit's Content Policy on illegal transactions, and the community r/fakeidmarket_kr has been banned.

The third link you sent ({R3}) had already been deleted by its author before we reviewed it, so there was nothing left for us to act on.

We're still looking at {R4} and will follow up separately.

Cheers,
Dana
Reddit Safety Operations
""",
)

_reddit_fd = f"""Dear KCSC Takedown,

Your ticket #88213 ("KCSC-240905-02") has been marked as Resolved. Here is the final response from our agent:

Agent response (Sep 13, 2024):
We've reviewed the remaining post from your request, {R4}, and removed it for breaking our rules on the sale of prohibited goods. We also re-checked {R1} as you asked: it was removed on September 9 and is still removed.

If you feel your issue has not been resolved, simply reply to this email and the ticket will be reopened. This ticket will be closed automatically after 48 hours.

Reddit Support
"""
case(
    name="reddit-freshdesk-resolved-qp",
    date="Fri, 13 Sep 2024 16:20:37 +0000",
    from_="support@reddit.com", name_from="Reddit Support",
    subject="[#88213] Ticket resolved - KCSC-240905-02",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification quoting the agent's final response; quoted-printable body",
    why="QP body with soft line breaks inside the URLs; two posts stated removed",
    items={R4: "removed", R1: "removed"},
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_reddit_fd)}""",
)

case(
    name="reddit-gmail-reply-over-request",
    date="Tue, 10 Sep 2024 15:03:58 +0000",
    from_="mlee@reddit.com", name_from="Marcus Lee",
    subject="Re: [KCSC-240905-02] Request for removal of illegal content",
    reply_to_req=req_id("KCSC-240905-02"),
    outcome="applied", classification="confirmation",
    imitates="Employee's Gmail reply top-posted over the quoted original request",
    why="Two URLs under 'Both of these were removed'; the quoted request below lists all four",
    items={R2: "removed", R4: "removed"},
    body=f"""Hi,

Both of these were removed by our Safety team this morning:

{R2}
{R4}

I'm still waiting on an answer from the team about the other two and will get back to you.

Marcus

On Thu, Sep 5, 2024 at 4:31 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Reddit,
>
> The Korea Communications Standards Commission requests the removal of
> the following content, which is illegal under Korean law (request
> KCSC-240905-02):
>
{listing(REDDIT, "> ")}
>
> Please reply by 12 September 2024 with the action taken on each item.
>
> KCSC Takedown Desk
""",
)

case(
    name="daum-cs-answer-numbered-korean",
    date="Tue, 10 Sep 2024 02:11:40 +0000",
    from_="cs_noreply@kakaocorp.com", name_from=subj("카카오 고객센터"),
    subject=subj("[Daum 고객센터] 문의하신 내용에 대한 답변입니다. (접수번호: 2409-118842)"),
    reply_to_req=req_id("KCSC-240906-03"),
    outcome="applied", classification="confirmation",
    imitates="Korean portal customer-centre answer mail (문의하신 내용에 대한 답변) with a numbered result list",
    why="게시중단 twice (removed) and 임시조치 (restricted) under each numbered URL",
    items={K1: "removed", K2: "removed", K3: "restricted"},
    body=f"""안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240906-03)에 대한 처리 결과를 안내드립니다.

1. {K1}
 → 운영정책 위반이 확인되어 게시중단 처리되었습니다.
2. {K2}
 → 운영정책 위반이 확인되어 게시중단 처리되었습니다.
3. {K3}
 → 권리침해 신고 절차에 따라 임시조치(30일) 되었습니다.

추가 문의사항은 고객센터(https://cs.daum.net/)를 이용해 주세요.
본 메일은 발신전용이며 회신되지 않습니다.
""",
)

case(
    name="daum-policy-korean-particles",
    date="Wed, 11 Sep 2024 05:30:00 +0000",
    from_="cafe_policy@kakaocorp.com", name_from=subj("Daum 카페 운영팀"),
    subject=subj("RE: [KCSC-240906-03] 불법정보 삭제 요청 건 회신"),
    outcome="applied", classification="confirmation",
    imitates="Korean policy-desk prose reply, URLs followed directly by particles (은/의) and full-width brackets",
    why="Author-deleted post (not_found), one deleted (removed), one kept as no violation (rejected)",
    items={K1: "not_found", K2: "removed", K3: "rejected"},
    body=f"""안녕하세요, 카카오 Daum카페 운영정책 담당자입니다.

요청 주신 건 가운데 {K1} 게시물은 확인 결과 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.
{K2}은 운영정책 위반으로 당사에서 삭제 조치하였습니다.
{K3}의 경우 검토하였으나 운영정책 및 관련 법령상 위반 사항이 확인되지 않아 별도 조치하지 않았습니다（게시 유지）.

감사합니다.
카카오 Daum카페 운영정책팀 드림
""",
)

case(
    name="x-jira-comment-withheld-removed",
    date="Thu, 12 Sep 2024 13:47:22 +0000",
    from_="legal-requests@x.com", name_from="X Legal Requests",
    subject="LGL-58213 Request for removal - KCSC-240909-04",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification ('Reply above this line', '<agent> commented:')",
    why="Two posts withheld in Korea (restricted), one removed globally",
    items={X1: "restricted", X2: "restricted", X3: "removed"},
    body=f"""—-—-—-—

Reply above this line.

Jordan commented:

Hello,

We have completed our review of the reports submitted under KCSC-240909-04.

The following posts have been withheld in the Republic of Korea in accordance with local law:
{X1}
{X2}

The following post has been removed for violating the X Rules:
{X3}

Kind regards,
X Legal

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Help Center: https://help.x.com/en/rules-and-policies/x-rules
""",
)

case(
    name="x-numbered-angle-brackets",
    date="Fri, 13 Sep 2024 09:02:10 +0000",
    from_="support@x.com", name_from="X Support",
    subject="Re: [KCSC-240909-04] Case 0921-77314 results",
    outcome="applied", classification="confirmation",
    imitates="Support desk outcome list, numbered, URLs in angle brackets with an en-dash and the outcome",
    why="Withheld in KR (restricted), account suspended (removed), post deleted by its holder (not_found)",
    items={X4: "restricted", X5: "removed", X1: "not_found"},
    body=f"""Hello,

Thank you for your report. Here is the outcome for each item:

1. <{X4}> – Withheld in: KR
2. <{X5}> – Account suspended for violating the X Rules
3. <{X1}> – Post no longer available: deleted by the account holder before our review

If you have questions, reply to this email.

X Support
""",
)

case(
    name="x-outlook-url-below-statement",
    date="Tue, 17 Sep 2024 07:55:31 +0000",
    from_="legal@x.com", name_from="X Legal",
    subject="RE: KCSC-240909-04 - reminder",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over '-----Original Message-----', each statement with its URL on the line below",
    why="Withheld in South Korea (restricted); found not violating, no action (rejected); quoted reminder lists all five",
    items={X2: "restricted", X3: "rejected"},
    body=f"""Hi,

Following your reminder, please find our update.

The following post has been withheld in South Korea:
{X2}

After review, we found that the following post does not violate the X Rules or applicable local law, and we have not taken action on it:
{X3}

Thanks,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240909-04 - reminder

Dear X Legal,

The deadline of our request KCSC-240909-04 (16 September 2024) has passed
and we have no result for these items:

{listing(XS)}

Please inform us of the action taken.

KCSC Takedown Desk
""",
)

case(
    name="tg-case-closed-sole-item",
    date="Sat, 14 Sep 2024 11:12:13 +0000",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    subject="Re: [KCSC-240912-07] Request for removal - Case #7710243 closed",
    reply_to_req=req_id("KCSC-240912-07"),
    outcome="applied", classification="confirmation",
    imitates="Abuse-desk case-closed reply naming no URL ('the channel you reported')",
    why="One-item request; 'we have blocked the channel you reported ... no longer available' applies to its only item",
    items={T1: "removed"},
    body="""Hello,

Case #7710243

Thank you for your report. We have blocked the channel you reported for violating Telegram's Terms of Service. It is no longer available on any of our apps.

This case is now closed.

Telegram Abuse Team
""",
)

_yt_html = f"""<html><body>
<p>Hello,</p>
<p>Thanks for reaching out to us about request KCSC-240910-05.</p>
<p>After review, we have restricted the following content from view on YouTube in South Korea, in line with local law:</p>
<ul><li><a href="{Y1}">{Y1}</a></li></ul>
<p>We have removed the following video from YouTube for violating our Community Guidelines:</p>
<ul><li><a href="{Y2}">{Y2}</a></li></ul>
<p>Regards,<br>The YouTube Team</p>
<p style="font-size:11px;color:#666">&copy; 2024 Google LLC &middot; <a href="https://support.google.com/youtube/answer/2802032">Legal removals help</a></p>
</body></html>
"""
case(
    name="yt-html-only-base64",
    date="Fri, 13 Sep 2024 22:31:09 +0000",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    subject="[6-3189000034251] Your legal removal request - KCSC-240910-05",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals outcome email, HTML only, base64 transfer encoding",
    why="Restricted in South Korea (restricted) and removed globally (removed), each heading above its URL",
    items={Y1: "restricted", Y2: "removed"},
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_yt_html)}""",
)

case(
    name="yt-video-action-pairs",
    date="Sat, 14 Sep 2024 01:08:45 +0000",
    from_="noreply-ts@youtube.com", name_from="YouTube Trust & Safety",
    subject="Update on your request KCSC-240910-05 [6-3189000034251]",
    outcome="applied", classification="confirmation",
    imitates="Trust & Safety result mail with 'Video:' / 'Action:' pairs",
    why="Age-restricted (restricted); 'Action: None' with no violation found (rejected); policy link is not an item",
    items={Y1: "restricted", Y2: "rejected"},
    body=f"""Hi,

We've reviewed the videos in your request, and this is what we did.

Video: {Y1}
Action: Age-restricted. Viewers must be signed in and 18 or over to watch it.

Video: {Y2}
Action: None. After careful review we did not find a violation of our Community Guidelines or of Korean law, so the video remains available.

You can read more about our Community Guidelines at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/.

Sincerely,
The YouTube Team
""",
)

case(
    name="naver-text-table-raw-korean-path",
    date="Fri, 13 Sep 2024 06:00:12 +0000",
    from_="help@navercorp.com", name_from=subj("네이버 고객센터"),
    subject=subj("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240911-06)"),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 notice with a pipe-separated text table",
    why="게시중단 (removed), 임시조치 (restricted), 작성자 삭제로 게시물 없음 (not_found); raw Korean paths",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
    body=f"""안녕하세요, 네이버 고객센터입니다.
방송통신심의위원회의 시정요구(KCSC-240911-06)에 대한 조치 결과를 아래와 같이 알려드립니다.

■ 조치 결과
번호 | URL | 조치 내용
1 | {N1} | 게시중단
2 | {N2_RAW} | 임시조치(30일)
3 | {N3_RAW} | 조치 불가 - 작성자 삭제로 게시물 없음

문의: 네이버 고객센터 https://help.naver.com
""",
)

case(
    name="naver-partial-followup-under-review",
    date="Mon, 16 Sep 2024 04:25:00 +0000",
    from_="policy@navercorp.com", name_from=subj("NAVER 정책지원팀"),
    subject=subj("RE: [KCSC-240911-06] 시정요구 조치결과 회신 요청"),
    outcome="applied", classification="confirmation",
    imitates="Partial answer to our reminder: one item done, two 검토 중 (under review), Outlook quote below",
    why="운영자 삭제 완료 (removed); 검토 중 is no statement, those two stay pending",
    items={N1: "removed", N2: "pending", N3: "pending"},
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

회신이 늦어 죄송합니다. 현재까지의 처리 현황을 먼저 공유드립니다.

- {N1} : 운영자 삭제 완료 (9/13)
- {N2} : 검토 중
- {N3} : 검토 중

검토 중인 2건은 결과가 나오는 대로 다시 회신드리겠습니다.

네이버 정책지원팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 9:00 AM
To: policy@navercorp.com
Subject: [KCSC-240911-06] 시정요구 조치결과 회신 요청

시정요구(KCSC-240911-06)에 대한 조치 결과를 아직 받지 못하였습니다.
아래 게시물의 조치 결과를 회신하여 주시기 바랍니다.

{listing(NAVER)}
""",
)

case(
    name="tg-outlook-reply-username-free",
    date="Tue, 17 Sep 2024 12:30:00 +0000",
    from_="dsa@telegram.org", name_from="Telegram Support",
    subject="RE: [KCSC-240912-07] Reminder - removal request",
    outcome="applied", classification="confirmation",
    imitates="Reply to our reminder: the username is not assigned to anything; Outlook quote below",
    why="Link does not exist / nothing to act on: not_found",
    items={T1: "not_found"},
    body=f"""Hello,

We checked the link from your request again: {T1} does not exist - the username is not currently assigned to any channel, group or user. There is nothing for us to act on.

Regards,
Telegram Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 09:00
To: dsa@telegram.org
Subject: [KCSC-240912-07] Reminder - removal request

The following item of request KCSC-240912-07 remains without a response:
{T1}

KCSC Takedown Desk
""",
)

case(
    name="zd-discord-receipt-with-statements",
    date="Wed, 04 Sep 2024 01:17:30 +0000",
    from_="noreply@discord.com", name_from="Discord Trust & Safety",
    subject="[Discord] Re: [KCSC-240903-01] Request received (#4471230)",
    outcome="applied", classification="confirmation",
    imitates="Zendesk receipt whose agent macro adds unhedged results for two links already actioned",
    why="Acknowledgement phrase plus plain statements (deleted) about two named links: not a pure acknowledgement",
    items={D3: "removed", D4: "removed"},
    body=f"""{ZD_MARK}

Hi there,

Thanks for reaching out. We've received your report and created ticket #4471230.

Two of the messages you listed were already actioned by our team under an earlier report, so no further action is needed on them:
{D3} - deleted
{D4} - deleted

We'll update this ticket once the rest of your list has been reviewed.

Discord Trust & Safety

--------------------------------
{ZD_FOOT}
""",
)

case(
    name="zd-discord-update-one-done-one-promised",
    date="Tue, 10 Sep 2024 17:09:55 +0000",
    from_="noreply@discord.com", name_from="Discord Trust & Safety",
    subject="[Discord] Update on ticket #4471203 - KCSC-240903-01",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been updated' comment notification, partial answer",
    why="One link removed; the other only promised ('we expect to take it down'): stays pending",
    items={D12: "removed", D1: "pending"},
    body=f"""{ZD_MARK}

Your request (#4471203) has been updated. To add additional comments, reply to this email.

Mika (Discord Trust & Safety)
Sep 10, 2024, 10:09 PDT

Hello again,

Quick update: {D12} has been removed and the server it was posted in has been shut down.

For {D1}, we are waiting on our specialist team. We expect to take it down within the next few days and will confirm here once that is done.

Mika

--------------------------------
{ZD_FOOT}
""",
)

_x_csv = "Reported URL,Outcome,Scope,Date\n" + "\n".join([
    f"{X1},Withheld,KR,2024-09-12",
    f"{X2},Withheld,KR,2024-09-12",
    f"{X3},Removed,Global,2024-09-12",
    f"{X4},No action - no violation found,,2024-09-12",
    f"{X5},Account suspended,Global,2024-09-12",
]) + "\n"
case(
    name="x-csv-base64-report",
    date="Thu, 12 Sep 2024 23:58:02 +0000",
    from_="legal@x.com", name_from="X Legal",
    subject="KCSC-240909-04 - outcome report",
    outcome="applied", classification="confirmation",
    imitates="Legal operations outcome report as a base64 CSV attachment with a one-paragraph cover note",
    why="CSV: withheld KR x2 (restricted), removed, no violation (rejected), account suspended (removed)",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "rejected", X5: "removed"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b104-mix-22"

--b104-mix-22
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome report for request KCSC-240909-04 (5 items).

Regards,
X Legal Operations

--b104-mix-22
Content-Type: text/csv; name="KCSC-240909-04_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240909-04_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_x_csv)}
--b104-mix-22--
""",
)

_kakao_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 카카오 권리보호센터입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240906-03)에 대한 조치결과를 다음과 같이 통보합니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr></thead>
<tbody>
<tr><td>1</td><td>{K1}</td><td>삭제</td><td>청소년유해정보</td></tr>
<tr><td>2</td><td>{K2}</td><td>접근 제한</td><td>국내 접속 제한</td></tr>
<tr><td>3</td><td>{K3}</td><td>미조치</td><td>위반 사항 없음</td></tr>
</tbody></table>
<p>카카오 운영정책: <a href="https://www.kakao.com/policy/oppolicy">https://www.kakao.com/policy/oppolicy</a></p>
</body></html>
"""
case(
    name="kakao-html-table-korean",
    date="Fri, 13 Sep 2024 08:40:00 +0000",
    from_="rights@kakaocorp.com", name_from=subj("카카오 권리보호센터"),
    subject=subj("[카카오] 시정요구 조치결과 통보 (KCSC-240906-03)"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table in HTML, with the usual 'HTML 메일입니다' plain-text stub",
    why="삭제 (removed), 접근 제한 (restricted), 미조치 / 위반 사항 없음 (rejected)",
    items={K1: "removed", K2: "restricted", K3: "rejected"},
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b104-alt-23"

--b104-alt-23
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메일은 HTML 형식입니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.

--b104-alt-23
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_kakao_html)}
--b104-alt-23--
""",
)

case(
    name="yt-outlook-angle-brackets",
    date="Wed, 18 Sep 2024 02:14:27 +0000",
    from_="legal-kr@google.com", name_from="Google Legal Support",
    subject=subj("RE: [KCSC-240910-05] 불법정보 삭제 요청 / Request for removal"),
    outcome="applied", classification="confirmation",
    imitates="Bilingual-thread reply in Outlook with a '____' separator and the original request quoted below",
    why="One video removed, the other deleted by its uploader before review (not_found); URLs in angle brackets",
    items={Y2: "removed", Y1: "not_found"},
    body=f"""Hello KCSC team,

Regarding your request KCSC-240910-05:

The video <{Y2}> has been removed from YouTube for violating our policy on regulated goods.

The video <{Y1}> is no longer available because the uploader deleted it before our review was completed; no further action was possible.

Best regards,
Google Legal Support

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 3:12 PM
To: legal-kr@google.com
Subject: [KCSC-240910-05] 불법정보 삭제 요청 / Request for removal

아래 정보는 국내법상 불법정보에 해당하므로 삭제를 요청합니다.
The following content is illegal under Korean law; please remove it.

{listing(YT)}

KCSC Takedown Desk
""",
)

case(
    name="reddit-echoed-report-one-url",
    date="Wed, 11 Sep 2024 20:00:41 +0000",
    from_="noreply@redditmail.com", name_from="Reddit",
    subject="Update on your report - KCSC-240905-02",
    outcome="applied", classification="confirmation",
    imitates="Reddit-style report outcome notice echoing the report (reason, reported content, action taken)",
    why="The echoed report names one URL; 'Action taken: Content removed' is about it",
    items={R3: "removed"},
    body=f"""Thanks for submitting a report to the Reddit admin team. After investigating, we found that the reported content violates Reddit's Content Policy, and it has been removed.

Here's what you reported:

Report reason: Prohibited transaction
Reported content: {R3}
Reference: KCSC-240905-02
Submitted: 09/05/2024

Action taken: Content removed

If you see anything else that breaks the rules, you can report it at https://www.reddit.com/report.

Reddit Safety
""",
)

_naver_qp = f"""안녕하세요. 네이버 고객센터입니다.
요청하신 게시물에 대한 처리 결과를 알려드립니다.

대상 게시물：{N2_RAW}
처리 결과：블라인드 처리 완료

대상 게시물：{N3_RAW}
처리 결과：게시중단（삭제）

요청번호：KCSC-240911-06

본 메일은 발신전용입니다.
"""
case(
    name="naver-qp-fullwidth-colons",
    date="Thu, 12 Sep 2024 07:07:07 +0000",
    from_="noreply_help@navercorp.com", name_from=subj("NAVER 고객센터"),
    subject=subj("[네이버 고객센터] 게시물 처리 결과 안내"),
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre result notice, quoted-printable UTF-8, full-width colons right before the URLs",
    why="블라인드 처리 완료 and 게시중단（삭제） are both removed; URLs glued to '：'",
    items={N2: "removed", N3: "removed"},
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_naver_qp)}""",
)

# ======================= REVIEW ========================================

case(
    name="zd-discord-hedge-may-have",
    date="Sun, 08 Sep 2024 14:26:00 +0000",
    from_="noreply@discord.com", name_from="Discord Trust & Safety",
    subject="[Discord] Update on ticket #4471203 - KCSC-240903-01",
    outcome="review", review="not_understood",
    imitates="Zendesk comment notification with a hedged agent comment",
    why="'may have already been deleted' is a hedge and the rest a promise: names items, states nothing",
    items={D5: "pending", D6: "pending"},
    body=f"""{ZD_MARK}

Your request (#4471203) has been updated. To add additional comments, reply to this email.

Mika (Discord Trust & Safety)
Sep 8, 2024, 07:26 PDT

Hi,

It looks like the messages {D5} and {D6} may have already been deleted by a moderator of that server before our team got to them. We'll double-check on our side and let you know.

Mika

--------------------------------
{ZD_FOOT}
""",
)

case(
    name="x-jira-promise-will-withhold",
    date="Wed, 11 Sep 2024 10:10:10 +0000",
    from_="legal-requests@x.com", name_from="X Legal Requests",
    subject="LGL-58213 Request for removal - KCSC-240909-04",
    outcome="review", review="not_understood",
    imitates="Jira Service Management comment with a promise of future action",
    why="'will be withheld ... once local counsel completes its review' is a promise: pending",
    items={X2: "pending", X3: "pending"},
    body=f"""—-—-—-—

Reply above this line.

Jordan commented:

Hi,

Thanks for your patience. The posts {X2} and {X3} will be withheld in Korea once our local counsel completes its review, which we expect by the end of the week. We'll post an update on this request when that happens.

X Legal

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
""",
)

case(
    name="daum-hedge-korean-seems-deleted",
    date="Mon, 09 Sep 2024 06:45:00 +0000",
    from_="cafe_policy@kakaocorp.com", name_from=subj("Daum 카페 운영팀"),
    subject=subj("RE: [KCSC-240906-03] 불법정보 삭제 요청 건 회신"),
    outcome="review", review="not_understood",
    imitates="Korean interim reply: '이미 삭제된 것으로 보이며' (seems already deleted) and 검토 후 조치 예정",
    why="Hedge about one post and a promise about the rest: no statement",
    items={K2: "pending"},
    body=f"""안녕하세요, 카카오 Daum카페 운영정책 담당자입니다.

요청하신 게시물 중 {K2} 게시물은 이미 삭제된 것으로 보이며, 나머지 게시물은 담당 부서에서 검토 후 조치할 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
)

case(
    name="reddit-bulk-all-removed",
    date="Thu, 12 Sep 2024 18:18:18 +0000",
    from_="legal@reddit.com", name_from="Reddit Legal",
    subject="Re: KCSC-240905-02 - request to remove content [#31807]",
    outcome="review", review="bulk",
    imitates="Help Scout-style short closing reply covering a whole request",
    why="'removed all of the reported content' for a four-item request without naming each",
    items={R1: "pending", R2: "pending", R3: "pending", R4: "pending"},
    body="""Hi,

Quick note to close the loop: our team has reviewed all of the links in your request KCSC-240905-02 and removed all of the reported content.

Let us know if there's anything else.

Dana
Reddit Safety Operations
""",
)

case(
    name="zd-discord-solved-bulk",
    date="Sun, 15 Sep 2024 20:30:00 +0000",
    from_="noreply@discord.com", name_from="Discord Trust & Safety",
    subject="[Discord] Re: [KCSC-240903-01] Request for removal of illegal content (#4471203)",
    reply_to_req=req_id("KCSC-240903-01"),
    outcome="review", review="bulk",
    imitates="Zendesk 'solved' notification with a one-line blanket resolution",
    why="'Every message and server in your report has been actioned' for a twelve-item request",
    body=f"""{ZD_MARK}

Your request (#4471203) has been solved. To reopen this request, reply to this email.

Hana (Discord Trust & Safety)
Sep 15, 2024, 13:30 PDT

Hello,

Every message and server in your report has been actioned in line with our Terms of Service and Community Guidelines. We're marking this ticket as solved.

Hana

--------------------------------
{ZD_FOOT}
""",
)

case(
    name="x-auth-fail-removed",
    date="Sat, 14 Sep 2024 04:04:04 +0000",
    from_="legal@x.com", name_from="X Legal",
    auth="fail",
    subject="Re: [KCSC-240909-04] Removal completed",
    outcome="review", review="untrusted",
    imitates="Plain outcome reply whose DKIM/SPF/DMARC all fail",
    why="From an x.com address but fails authentication: statements not applied",
    items={X4: "pending"},
    body=f"""Hello,

The post {X4} has been removed from X.

Regards,
X Legal
""",
)

case(
    name="zendesk-hosted-domain-unknown-sender",
    date="Mon, 09 Sep 2024 09:09:09 +0000",
    from_="support@discordapp.zendesk.com", name_from="Discord Support",
    subject="[Discord Support] Re: [KCSC-240903-01] Request for removal (#4471250)",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the help desk's own zendesk.com host instead of the platform's domain",
    why="Sender domain discordapp.zendesk.com is not a Discord sender domain in config",
    items={D8: "pending"},
    body=f"""{ZD_MARK}

Your request (#4471250) has been solved. To reopen this request, reply to this email.

Alex (Discord Support)

Hello,

The invite {D8} has been revoked and the server behind it removed.

Alex
""",
)

case(
    name="cafe-manager-gmail-unknown-sender",
    date="Sun, 08 Sep 2024 12:00:00 +0000",
    from_="moonlit.manager@gmail.com", name_from=subj("달빛정원 카페매니저"),
    subject=subj("[KCSC-240906-03] 카페 게시물 삭제했습니다"),
    outcome="review", review="unknown_sender",
    imitates="A Daum cafe manager writing from a personal webmail account",
    why="Not Kakao's domain: a third party's claim of deletion is not a platform statement",
    items={K1: "pending", K2: "pending"},
    body=f"""안녕하세요, Daum 카페 '달빛정원(moonlitgarden)' 매니저입니다.

방심위 요청(KCSC-240906-03) 관련하여 카페 내 게시물
{K1}
{K2}
두 건은 제가 직접 삭제했습니다. 확인 부탁드립니다.
""",
)

case(
    name="kakao-reply-about-naver-link",
    date="Tue, 17 Sep 2024 03:33:00 +0000",
    from_="rights@kakaocorp.com", name_from=subj("카카오 권리보호센터"),
    subject=subj("RE: [KCSC-240911-06] 시정요구 조치결과 회신 요청"),
    outcome="review", review="wrong_platform",
    imitates="A misdirected reminder answered by another portal's help desk, which checked the link anyway",
    why="Kakao states the NAVER cafe post no longer exists: a status for another platform's item",
    items={N3: "pending"},
    body=f"""안녕하세요. 카카오 권리보호센터입니다.

보내주신 메일은 네이버 서비스에 관한 요청으로 보여 당사에서 처리할 수 있는 건이 아닙니다.
참고로 말씀드리면 {N3_RAW} 게시물은 확인해 보니 이미 삭제되어 존재하지 않는 게시물입니다.
네이버 측으로 다시 문의해 주시기 바랍니다.

감사합니다.
""",
)

case(
    name="zd-discord-closed-inactivity-no-claims",
    date="Thu, 19 Sep 2024 00:00:30 +0000",
    from_="noreply@discord.com", name_from="Discord Trust & Safety",
    subject="[Discord] Your request #4471288 has been closed",
    outcome="review", review="no_claims",
    imitates="Zendesk automation closing a ticket for inactivity",
    why="Trusted Discord mail naming no item and no request of ours",
    body=f"""{ZD_MARK}

Your request (#4471288) has been closed because we haven't heard back from you in 7 days.

If you still need help, you can submit a new request at https://dis.gd/request.

--------------------------------
{ZD_FOOT}
""",
)

case(
    name="reddit-asks-legal-basis",
    date="Fri, 06 Sep 2024 17:25:00 +0000",
    from_="legal@reddit.com", name_from="Reddit Legal",
    subject="Re: KCSC-240905-02 - request to remove content [#31807]",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Legal desk asking a government requester for its legal basis before acting",
    why="Asks for the statute and authority before acting on two named posts; nothing stated",
    items={R1: "pending", R2: "pending"},
    body=f"""Hello,

Thank you for contacting Reddit. Before we can act on the following posts, we need some more information:

{R1}
{R2}

Please reply with (1) the specific provision of Korean law that the content violates and (2) a copy of the decision or order issued by your commission. Once we have these, we'll review the posts promptly.

Best,
Reddit Legal
""",
)

case(
    name="yt-forwarded-internal-note",
    date="Mon, 16 Sep 2024 08:10:00 +0000",
    from_="legal-kr@google.com", name_from="Google Legal Support",
    subject="Fwd: KCSC-240910-05 review outcome",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail '---------- Forwarded message ---------' of an internal team's note",
    why="The statuses are inside a forwarded internal message, not stated by the sender itself",
    items={Y1: "pending", Y2: "pending"},
    body=f"""Hello KCSC team,

Forwarding the note from our YouTube Trust & Safety colleagues below for your records.

Best,
Soyeon

---------- Forwarded message ---------
From: YouTube T&S Escalations <yt-ts-escalations@google.com>
Date: Sun, Sep 15, 2024 at 11:02 PM
Subject: KCSC-240910-05 review outcome
To: <legal-kr@google.com>

Both videos in KCSC-240910-05 have been reviewed.
{Y1} - removed (Community Guidelines)
{Y2} - blocked in KR (local law)
""",
)

# ======================= IGNORED =======================================

case(
    name="zd-discord-receipt-echo",
    date="Tue, 03 Sep 2024 01:15:40 +0000",
    from_="noreply@discord.com", name_from="Discord Trust & Safety",
    subject="[Discord] Re: [KCSC-240903-01] Request for removal of illegal content (#4471203)",
    reply_to_req=req_id("KCSC-240903-01"),
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Your request has been received' trigger echoing the submitted description",
    why="Pure receipt; the links appear only in the echo of our own request",
    body=f"""{ZD_MARK}

Your request (#4471203) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

--------------------------------

KCSC Takedown
Sep 3, 2024, 10:15 KST

Dear Discord Trust & Safety,

The Korea Communications Standards Commission requests the removal of the
following content (request KCSC-240903-01, due 10 September 2024):

{listing(DISCORD)}

KCSC Takedown Desk

--------------------------------
{ZD_FOOT}
""",
)

case(
    name="x-jira-receipt",
    date="Mon, 09 Sep 2024 03:01:00 +0000",
    from_="legal-requests@x.com", name_from="X Legal Requests",
    subject="LGL-58213 Request for removal - KCSC-240909-04",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'We've received your request' notification",
    why="Receipt only; the portal link is a dashboard page, not an item",
    body="""—-—-—-—

Reply above this line.

Hi KCSC Takedown,

We've received your request LGL-58213 and our team will review it. You can follow its progress here:
https://legalrequests.x.com/servicedesk/customer/portal/4/LGL-58213

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
""",
)

case(
    name="kakao-receipt-korean",
    date="Fri, 06 Sep 2024 02:30:00 +0000",
    from_="cs_noreply@kakaocorp.com", name_from=subj("카카오 고객센터"),
    subject=subj("[카카오 고객센터] 문의가 접수되었습니다 (접수번호: 2409-118842)"),
    reply_to_req=req_id("KCSC-240906-03"),
    outcome="ignored", classification="acknowledgement",
    imitates="Korean customer-centre 문의 접수 완료 receipt",
    why="정상적으로 접수되었습니다 / 순차적으로 답변: a receipt naming no item",
    body="""안녕하세요. 카카오 고객센터입니다.

문의하신 내용이 정상적으로 접수되었습니다.
담당자가 확인한 후 순차적으로 답변 드리겠습니다.

- 접수번호: 2409-118842
- 문의제목: [KCSC-240906-03] 불법정보 삭제 요청
- 접수일시: 2024.09.06 11:30

답변은 고객센터 > 나의 문의내역(https://cs.kakao.com/requests)에서도 확인하실 수 있습니다.
본 메일은 발신전용입니다.
""",
)

case(
    name="reddit-out-of-office",
    date="Mon, 16 Sep 2024 00:02:10 +0000",
    from_="dwhitfield@reddit.com", name_from="Dana Whitfield",
    subject="Automatic reply: [KCSC-240905-02] Reminder: removal request overdue",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="Out-of-office auto-reply",
    body="""Hi,

I'm out of the office until Monday, September 23 with limited access to email. For urgent legal requests, please write to legal@reddit.com and a colleague will pick it up.

Thanks,
Dana
""",
)

case(
    name="daum-dsn-bounce",
    date="Mon, 16 Sep 2024 00:05:00 +0000",
    from_="MAILER-DAEMON@mx1.daum.net", name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report; report-type=delivery-status) returning our reminder",
    why="Bounce of our reminder; the returned copy lists the items",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b104-dsn-39"

--b104-dsn-39
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<cafe-rights@daum.net>: host mx1.daum.net[203.0.113.25] said: 550 5.1.1
    <cafe-rights@daum.net>: Recipient address rejected: User unknown

--b104-dsn-39
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.daum.net
Arrival-Date: Mon, 16 Sep 2024 09:04:58 +0900 (KST)

Final-Recipient: rfc822; cafe-rights@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <cafe-rights@daum.net>: Recipient address
    rejected: User unknown

--b104-dsn-39
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-rights@daum.net
Subject: [KCSC-240906-03] Reminder: removal request overdue
Date: Mon, 16 Sep 2024 09:04:50 +0900
Message-ID: <reminder-KCSC-240906-03-1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Our request KCSC-240906-03 is past its deadline. These items have no result:

{listing(KAKAO)}

KCSC Takedown Desk

--b104-dsn-39--
""",
)

case(
    name="naver-mdn-read-receipt",
    date="Wed, 11 Sep 2024 01:12:00 +0000",
    from_="policy@navercorp.com", name_from=subj("NAVER 정책지원팀"),
    subject="Read: [KCSC-240911-06] 시정요구 (불법정보 삭제 요청)",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (multipart/report; report-type=disposition-notification)",
    why="MDN: only says our request was displayed",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b104-mdn-40"

--b104-mdn-40
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message

  To: policy@navercorp.com
  Subject: [KCSC-240911-06] 시정요구 (불법정보 삭제 요청)
  Sent: Wednesday, September 11, 2024 10:02:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 11, 2024 10:11:48 AM (UTC+09:00) Seoul.

--b104-mdn-40
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-KCSC-240911-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b104-mdn-40--
""",
)


HEADER = """# blind104: ticket systems and threads (written before any run).
# Generated by make.py; edit the case list there, not this file.
"""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        cases.append(c)
    corpuslib.write_set(HERE, "blind104", HEADER, cases)


if __name__ == "__main__":
    main()
