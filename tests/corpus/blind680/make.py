#!/usr/bin/env python3
"""blind680: blind set, focus "ticket systems and threads".

Zendesk / Freshdesk / Jira / Help Scout style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Expected results were written from each email's
meaning before the reader was ever run on them.

    python3 tests/corpus/blind680/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
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

G1 = "https://discord.com/channels/1187733201945112576/1187733202590011233/"
G1B = "https://discord.com/channels/1187733201945112576/1190450078812345601/"
G2 = "https://discord.com/channels/1203345566778899001/1203345566778899005/"
G3 = "https://discord.com/channels/1211223344556677889/1211223344556677890/"

D1 = G1 + "1281104550112233445"
D2 = G1 + "1281104771234567890"
D3 = G1B + "1281109900011122233"
D4 = "https://discord.gg/nightmarket7"
D5 = "https://discord.gg/ShadowLens"
D6 = "https://discord.com/invite/qT8rW2kLm"
D7 = G2 + "1281201122334455667"
D8 = G2 + "1281201199887766554"
D9 = "https://cdn.discordapp.com/attachments/1203345566778899005/1281201199887766554/clip_0412.mp4"
D10 = "https://discord.com/users/1099887766554433221"
D11 = "https://discord.gg/velvetroom"
D12 = G3 + "1281330011223344556"
D13 = G3 + "1281330099887766551"
D14 = "https://discord.gg/afterdark22"
DISCORD = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12, D13, D14]

N1 = "https://blog.naver.com/moonlit_fox77/223561187340"
N2 = "https://cafe.naver.com/quietgarden2019/4471"
N3 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=472113905"
N4 = "https://tv.naver.com/v/58213904"
NAVER = [N1, N2, N3, N4]

X1 = "https://x.com/velvet_lens_kr/status/1831920045511223344"
X2 = "https://x.com/velvet_lens_kr/status/1831920911223344556"
X3 = "https://x.com/hidden_alley_09"
XS = [X1, X2, X3]

K1_RAW = "https://hanul-diary.tistory.com/entry/유출-사진-모음"
K1 = "https://hanul-diary.tistory.com/entry/" + quote("유출-사진-모음")
K2 = "https://hanul-diary.tistory.com/41"
K3 = "https://cafe.daum.net/nightowls88/Ab3x/1207"
K4 = "https://cafe.daum.net/nightowls88/Ab3x/1212"
K5 = "https://v.daum.net/v/20240908153012345"
KAKAO = [K1, K2, K3, K4, K5]
KAKAO_RAW = [K1_RAW, K2, K3, K4, K5]

T1 = "https://t.me/moonbay_leaks/311"
T2 = "https://t.me/moonbay_leaks/318"

Y1 = "https://www.youtube.com/watch?v=Qx7LmN2pR4s"

R1 = "https://www.reddit.com/r/kdrama_gossip2/comments/1fe2x7k/leaked_set_photos/"
R2 = "https://www.reddit.com/user/throwaway_hanul92/"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category
    ("KCSC-240902-01", "discord", "2024-09-02T11:00:00+09:00", "2024-09-09T18:00:00+09:00",
     DISCORD, "non_consensual_intimate_imagery"),
    ("KCSC-240905-02", "naver", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00",
     NAVER, "defamation_privacy"),
    ("KCSC-240906-03", "x", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     XS, "non_consensual_intimate_imagery"),
    ("KCSC-240909-04", "kakao", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
     KAKAO, "privacy_leak"),
    ("KCSC-240910-05", "telegram", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00",
     [T1, T2], "deepfake_sexual_abuse"),
    ("KCSC-240911-06", "youtube", "2024-09-11T11:15:00+09:00", "2024-09-18T18:00:00+09:00",
     [Y1], "harmful_to_minors"),
    ("KCSC-240912-07", "reddit", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [R1, R2], "privacy_leak"),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"<{msgid(ref)}@kcsc.example>", ""])


# ---------------------------------------------------------------- helpers

def quoted(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


def our_request(ref, urls, when, subject_kind="Request for removal"):
    """Our own request (or reminder) text, as it is quoted below replies."""
    out = [f"Subject: [{ref}] {subject_kind} of illegal content",
           "",
           "Dear Sir or Madam,",
           "",
           f"Under reference {ref} the Korea Communications Standards Commission",
           "asks you to remove or block access to the following content:",
           ""]
    for i, u in enumerate(urls, 1):
        out.append(f"{i}. {u}")
    out += ["", "Please reply to this address with the action taken for each URL.",
            "", "KCSC Takedown Desk"]
    return out


def mime_alt_html(html, text=None, boundary="b680-alt"):
    parts = [f'Content-Type: multipart/alternative; boundary="{boundary}"', ""]
    if text is not None:
        parts += [f"--{boundary}", "Content-Type: text/plain; charset=utf-8",
                  "Content-Transfer-Encoding: 8bit", "", text.strip("\n"), ""]
    parts += [f"--{boundary}", "Content-Type: text/html; charset=utf-8",
              "Content-Transfer-Encoding: 8bit", "", html.strip("\n"), "", f"--{boundary}--"]
    return "\n".join(parts)


def b64_body(text, ctype="text/plain"):
    enc = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return "\n".join([f"Content-Type: {ctype}; charset=utf-8",
                      "Content-Transfer-Encoding: base64", "", enc.rstrip("\n")])


def qp_body(text, ctype="text/plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return "\n".join([f"Content-Type: {ctype}; charset=utf-8",
                      "Content-Transfer-Encoding: quoted-printable", "", enc.rstrip("\n")])


ZD_TOP = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="dc-zendesk-solved-list",
    date="Wed, 04 Sep 2024 03:12:40 -0700",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240902-01"),
    extra_headers=["Reply-To: Discord Trust & Safety <support+id418233@discord.com>"],
    body=f"""
{ZD_TOP}

Your request (418233) has been solved. To reopen this request, reply to this email.

Mina (Discord Trust & Safety)

Sep 4, 2024, 03:12 PDT

Hello,

Thank you for your report. Our Safety team looked at the content you listed
under reference KCSC-240902-01 and took the following actions:

- {D1} : message deleted, author's account disabled
- {D2} : message deleted
- {D3} : message deleted
- {D4} : the server was removed from Discord, so this invite no longer works
- {D5} : we could not find any server behind this invite; the link is invalid

We are still working through the other links in your request and will
update you in a separate ticket.

Regards,
Mina
Discord Trust & Safety

--------------------------------
This email is a service from Discord Trust & Safety.
[8Q1Z-R4YD]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request (N) has been solved' notification with the agent's comment",
    why="five URLs each with its own action line; the rest of the request is promised for later",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "removed", D5: "not_found"},
)

case(
    name="dc-zendesk-comment-history",
    date="Mon, 09 Sep 2024 11:48:02 -0700",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Update: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
{ZD_TOP}

Your request (418233) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Devon (Discord Trust & Safety)

Sep 9, 2024, 11:47 PDT

Hi again,

Following up on the two server invites we still had open:

The server reached through {D11} has been removed from
Discord for violating our Community Guidelines.

{D14} does not point to any server; we have no record of
a server ever being linked to that invite code.

This completes our part of the ticket for these two links.

----------------------------------------------

Devon (Discord Trust & Safety)

Sep 5, 2024, 09:02 PDT

Hello,

Thanks for your report. We are currently reviewing the servers behind
{D11} and {D14} and will get back to you.

--------------------------------
This email is a service from Discord Trust & Safety.
[Q7KD-2M1P]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk update notification showing the newest agent comment over the earlier one",
    why="newest comment removes one server and says the other invite points to nothing; older 'reviewing' comment is history",
    items={D11: "removed", D14: "not_found"},
)

case(
    name="dc-freshdesk-html-table",
    date="Fri, 06 Sep 2024 22:15:09 +0000",
    **{"from": "legal-ops@discord.com"},
    name_from="Discord Legal Operations",
    subject="Ticket #77120 - Outcome: KCSC-240902-01",
    raw_mime=mime_alt_html(f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC Takedown Desk,</p>
<p>We have completed our review of part of your request <b>KCSC-240902-01</b>.
The outcome for each reported link is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Date</th></tr>
<tr><td><a href="{D7}">{D7}</a></td><td>Removed</td><td>2024-09-06</td></tr>
<tr><td><a href="{D8}">{D8}</a></td><td>Removed</td><td>2024-09-06</td></tr>
<tr><td><a href="{D9}">{D9}</a></td><td>Attachment deleted</td><td>2024-09-06</td></tr>
<tr><td><a href="{D10}">{D10}</a></td><td>Account disabled</td><td>2024-09-06</td></tr>
<tr><td><a href="{D12}">{D12}</a></td><td>No violation found &ndash; content remains available</td><td>2024-09-06</td></tr>
</table>
<p>If you disagree with a decision you may reply to this ticket.
Our transparency page is at <a href="https://discord.com/safety/transparency">discord.com/safety/transparency</a>.</p>
<p>Kind regards,<br>Discord Legal Operations</p>
<p style="color:#999">Ticket #77120 &middot; Please do not change the subject line when replying.</p>
</body></html>
"""),
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply with an HTML outcome table",
    why="HTML table, one action per row; 'No violation found - content remains' is a refusal",
    items={D7: "removed", D8: "removed", D9: "removed", D10: "removed", D12: "rejected"},
)

case(
    name="dc-reply-to-reminder-outlook",
    date="Tue, 17 Sep 2024 08:30:55 -0700",
    **{"from": "jordan.k@discord.com"},
    name_from="Jordan Kim",
    subject="RE: REMINDER: [KCSC-240902-01] Request for removal of illegal content",
    extra_headers=["In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>",
                   f"References: <{msgid('KCSC-240902-01')}@kcsc.example> <reminder.KCSC-240902-01.1@kcsc.example>"],
    body=f"""
Hi KCSC team,

Sorry for the slow turnaround on this one. Here is where the items you chased stand:

{D13} - deleted by our team on Sep 12.
{D6} - this invite does not exist on Discord (invalid link).
{D12} - we looked at it again; it does not break our Community Guidelines or Terms of Service, so it stays up.

Best,
Jordan Kim
Trust & Safety Operations, Discord

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 6:00 PM
To: safety@discord.com
Subject: REMINDER: [KCSC-240902-01] Request for removal of illegal content

This is a reminder about our request KCSC-240902-01 of 2 September 2024.
We have not yet received your answer for the following URLs:

{D6}
{D12}
{D13}

Please tell us the action taken for each of them.

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a T&S analyst to our reminder",
    why="each chased URL gets its own line: deleted, invite does not exist, stays up (no violation)",
    items={D13: "removed", D6: "not_found", D12: "rejected"},
)

_csv = "\n".join([
    "url,outcome,action_date",
    f'{D3},"Channel placed behind 18+ age gate",2024-09-07',
    f"{D5},Invite invalid - no server found,2024-09-07",
    f"{D9},Removed,2024-09-07",
    f"{D10},Account terminated,2024-09-07",
    f"{D12},No action - does not violate guidelines,2024-09-07",
]) + "\n"
case(
    name="dc-helpscout-csv-attachment",
    date="Sat, 07 Sep 2024 16:04:31 +0000",
    **{"from": "legal-ops@discord.com"},
    name_from="Discord Legal Operations",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content [#77184]",
    reply_to_req=msgid("KCSC-240902-01"),
    raw_mime="\n".join([
        'Content-Type: multipart/mixed; boundary="b680-mixed"',
        "",
        "--b680-mixed",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Hello,",
        "",
        "Please find attached the outcome for the links we reviewed today",
        "under your reference KCSC-240902-01, one row per link.",
        "",
        "Thanks,",
        "Priya",
        "Discord Legal Operations",
        "",
        "Conversation #77184 - reply to this email to continue the conversation.",
        "",
        "--b680-mixed",
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"',
        'Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"',
        "Content-Transfer-Encoding: base64",
        "",
        base64.encodebytes(_csv.encode("utf-8")).decode("ascii").rstrip("\n"),
        "--b680-mixed--",
    ]),
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply with a CSV outcome sheet attached",
    why="CSV attachment: age gate, invalid invite, removed, terminated, no action",
    items={D3: "restricted", D5: "not_found", D9: "removed", D10: "removed", D12: "rejected"},
)

case(
    name="dc-qp-angle-brackets",
    date="Thu, 05 Sep 2024 19:40:12 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Ticket #419907 - your reference KCSC-240902-01",
    raw_mime=qp_body(f"""Hello,

Regarding ticket #419907 (your reference KCSC-240902-01):

The message at <{D2}> was deleted and the user who posted it has been banned from Discord.

The file at <{D9}> has been removed from our servers and is no longer available.

We will reply about the other links in your request once our review is finished.

Kind regards,
Discord Trust & Safety
"""),
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent reply sent quoted-printable, URLs in angle brackets soft-wrapped",
    why="two URLs in angle brackets, each with an unhedged removal; the rest promised later",
    items={D2: "removed", D9: "removed"},
)

case(
    name="nv-ticket-result-korean",
    date="Fri, 06 Sep 2024 17:22:10 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240905-02)",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240905-02)에 대한
처리 결과를 안내드립니다.

{N1} 게시물은 운영정책 위반이 확인되어 9월 6일 게시중단 처리하였습니다.
{N2} 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.

나머지 요청 건은 확인 후 별도로 안내드리겠습니다.

네이버를 이용해 주셔서 감사합니다.
※ 본 메일은 발신전용입니다. 추가 문의는 고객센터(help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 1:1 문의 답변 메일 (게시중단 / 임시조치 결과)",
    why="URL then Korean sentence: 게시중단 is removed, 임시조치 is restricted",
    items={N1: "removed", N2: "restricted"},
)

case(
    name="nv-followup-same-thread",
    date="Tue, 10 Sep 2024 10:05:44 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="RE: [네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240905-02)",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.
지난 9월 6일 답변에 이어 나머지 게시물의 처리 결과를 추가로 안내드립니다.

1. 지식iN 게시물
{N3}
- 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.

2. 네이버TV 영상
{N4}
- 검토 결과 운영정책에 위배되는 내용이 확인되지 않아 게시중단 요청을 수용하기 어렵습니다.

감사합니다.

2024. 9. 6. 오후 5:22, 네이버 고객센터 <help@navercorp.com> 작성:
> 안녕하세요. 네이버 고객센터입니다.
> {N1} 게시물은 운영정책 위반이 확인되어 9월 6일 게시중단 처리하였습니다.
> {N2} 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.
> 나머지 요청 건은 확인 후 별도로 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 follow-up answer in the same thread, previous answer quoted",
    why="new text: author-deleted (not_found) and refusal with reason (rejected); quoted earlier answer changes nothing",
    items={N3: "not_found", N4: "rejected"},
)

_nv_html = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240905-02)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N1}</td><td>블라인드</td><td>2024.09.09</td></tr>
<tr><td>2</td><td>{N2}</td><td>삭제</td><td>2024.09.09</td></tr>
<tr><td>3</td><td>{N3}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>4</td><td>{N4}</td><td>접근 제한(청소년 이용불가)</td><td>2024.09.09</td></tr>
</table>
<p>네이버㈜ 정책지원팀 드림</p>
</body></html>
"""
case(
    name="nv-html-table-base64",
    date="Mon, 09 Sep 2024 15:31:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    subject="[회신] 시정요구 조치결과 통보 (KCSC-240905-02)",
    raw_mime=b64_body(_nv_html, "text/html"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table sent as base64 HTML",
    why="table: 블라인드 and 삭제 removed, 해당 게시물 없음 not_found, 접근 제한 restricted",
    items={N1: "removed", N2: "removed", N3: "not_found", N4: "restricted"},
)

case(
    name="x-jira-request-resolved",
    date="Mon, 09 Sep 2024 07:41:18 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    subject="[JIRA] (LGL-55213) KCSC-240906-03 Removal request - Resolved",
    body=f"""
Your request LGL-55213 has been resolved.

-----------------------------------------------------------
Reply above this line.

Legal Agent commented:

Hello,

We have reviewed the reported content under applicable local law and our rules.
Outcome per URL:

1. {X1}
   Withheld in South Korea.
2. {X2}
   Removed for violating the X Rules.
3. {X3}
   Account suspended.

Regards,
X Legal

View request: https://legalsupport.x.com/servicedesk/customer/portal/4/LGL-55213
Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification with the agent comment",
    why="numbered URLs, status on the line below each; the portal link is not an item",
    items={X1: "restricted", X2: "removed", X3: "removed"},
)

case(
    name="x-partial-answer",
    date="Tue, 10 Sep 2024 02:10:00 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    subject="[JIRA] (LGL-55213) KCSC-240906-03 Removal request - Update",
    body=f"""
Legal Agent commented:

Hello,

A partial update on your request.

The account @hidden_alley_09 ({X3}) has been suspended.

The two posts from @velvet_lens_kr are still with our review team and we
will update this request once a decision is made.

Regards,
X Legal

View request: https://legalsupport.x.com/servicedesk/customer/portal/4/LGL-55213
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management comment notification with a partial answer",
    why="the account is suspended (removed); the two posts are still under review, not named by URL",
    items={X3: "removed"},
)

case(
    name="kk-tistory-korean-path",
    date="Wed, 11 Sep 2024 13:05:27 +0900",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의 답변 안내 (문의번호 2409-118842)",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회의 게시물 조치 요청(KCSC-240909-04) 중 티스토리 게시물에 대해 안내드립니다.

티스토리 게시물 {K1_RAW} 은 당사 운영 정책에 따라 비공개 처리하였으며,
{K2} 게시글은 게시중단 조치하였습니다.

다음 카페 게시물과 다음 영상 건은 담당 부서에서 따로 회신드릴 예정입니다.

감사합니다.
카카오 고객센터 드림

※ 문의번호 2409-118842 로 추가 문의를 남기실 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 문의 답변 mail about Tistory posts",
    why="raw Korean-path Tistory URL 비공개 처리 (removed) and 게시중단 (removed)",
    items={K1: "removed", K2: "removed"},
)

case(
    name="kk-daum-cafe-numbered",
    date="Thu, 12 Sep 2024 18:44:03 +0900",
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 신고센터",
    subject="Re: [KCSC-240909-04] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""
안녕하세요. 카카오 신고센터입니다.
요청하신 다음 서비스 게시물의 처리 결과입니다.

1) {K3}
   → 임시조치(30일)
2) {K4}
   → 삭제
3) {K5}
   → 정상 게시물로 판단되어 조치하지 않음

3번 영상은 검토 결과 법령 및 운영정책 위반 사항이 없어 게시를 유지합니다.

카카오 신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 신고센터 reply with a numbered result list",
    why="임시조치 restricted, 삭제 removed, no violation so kept (rejected)",
    items={K3: "restricted", K4: "removed", K5: "rejected"},
)

case(
    name="tg-both-named",
    date="Wed, 11 Sep 2024 09:12:45 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: [KCSC-240910-05] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240910-05"),
    body=f"""
Hello,

Thank you for the report. Both posts have been taken down:
{T1} and {T2}

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk one-line reply",
    why="'both posts have been taken down' with both URLs named",
    items={T1: "removed", T2: "removed"},
)

case(
    name="tg-reply-reminder-gmail-quote",
    date="Thu, 19 Sep 2024 03:03:19 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    subject="Re: REMINDER: [KCSC-240910-05] Request for removal of illegal content",
    extra_headers=["In-Reply-To: <reminder.KCSC-240910-05.1@kcsc.example>",
                   f"References: <{msgid('KCSC-240910-05')}@kcsc.example> <reminder.KCSC-240910-05.1@kcsc.example>"],
    body=f"""
Hi,

{T1} was removed on 11 September.

{T2}: the channel admin had already deleted this message before our
moderators reached it, so there was nothing left for us to act on.

Regards,
Telegram

On Wed, Sep 18, 2024 at 6:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> This is a reminder about our request KCSC-240910-05 of 10 September 2024,
> due on 17 September.
> We have not yet received your answer for the following URLs:
>
> {T1}
> {T2}
>
> Please remove or block access to them and tell us the action taken.
>
> KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply to our reminder, reminder quoted with '>'",
    why="one removed, one already deleted by its author (not_found); quoted reminder changes nothing",
    items={T1: "removed", T2: "not_found"},
)

case(
    name="tg-solved-status-change",
    date="Fri, 13 Sep 2024 21:30:00 +0000",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    subject="[Telegram Support] Ticket #88120: status changed to Solved",
    reply_to_req=msgid("KCSC-240910-05"),
    body=f"""
Ticket #88120 (KCSC-240910-05) has been marked as Solved.

Latest comment from Telegram Support:

  Message {T2} is no longer available: it was removed for violating
  Telegram's Terms of Service.

If you believe this ticket was closed in error, reply within 7 days to reopen it.
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk 'status changed to Solved' notification embedding the latest comment",
    why="indented latest comment states removal of one named message",
    items={T2: "removed"},
)

case(
    name="yt-one-item-sole",
    date="Fri, 13 Sep 2024 06:20:33 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240911-06] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240911-06"),
    body="""
Hello,

Thanks for reaching out to us.

After reviewing your request, we have removed the content from YouTube for
violating our Community Guidelines.

Regards,
The YouTube Team

Case ID: 9-3388000041127
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome without the URL, in thread",
    why="one-item request, unhedged removal of 'the content', threaded and referenced",
    items={Y1: "removed"},
)

case(
    name="yt-age-restricted",
    date="Sat, 14 Sep 2024 01:02:58 +0000",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube",
    subject="Update on your request KCSC-240911-06 [9-3388000041127]",
    body=f"""
Hello,

We reviewed the video <{Y1}> that you reported.

We've applied an age restriction to it. The video can no longer be viewed by
users who are signed out, under 18, or using Restricted Mode.

You can read more about age-restricted content here:
<https://support.google.com/youtube/answer/2802167>

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome notice",
    why="age restriction is restricted; the help-centre link is not an item",
    items={Y1: "restricted"},
)

case(
    name="rd-safety-both-removed",
    date="Sat, 14 Sep 2024 19:55:10 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: [KCSC-240912-07] Request for removal of illegal content (Case 08812457)",
    reply_to_req=msgid("KCSC-240912-07"),
    body=f"""
Hi there,

Thanks for your report (Case 08812457). We've taken the following action:

* {R1}
  This post was removed by Reddit's Safety team.

* {R2}
  This account has been permanently suspended.

Best,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations case reply",
    why="post removed, account permanently suspended",
    items={R1: "removed", R2: "removed"},
)

case(
    name="rd-one-rejected-one-pending",
    date="Mon, 16 Sep 2024 17:10:44 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: [KCSC-240912-07] Request for removal of illegal content (Case 08812457)",
    reply_to_req=msgid("KCSC-240912-07"),
    body=f"""
Hi there,

An update on Case 08812457.

We reviewed {R1} and found that it does not violate Reddit's Content Policy.
The post will remain up.

We're still looking into the account u/throwaway_hanul92 and will follow up.

Best,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit case update with one decision and one pending",
    why="refusal with its reason for the post; the account, named by handle only, is still being looked at",
    items={R1: "rejected", R2: "pending"},
)

case(
    name="dc-answer-over-forwarded-request",
    date="Sun, 08 Sep 2024 14:26:05 -0700",
    **{"from": "sam.ortiz@discord.com"},
    name_from="Sam Ortiz",
    subject="Fwd: [KCSC-240902-01] Request for removal of illegal content",
    body=f"""
Hello KCSC,

My colleague in our APAC office passed your request on to me. I have actioned
the following links today:

- {D1} - message deleted
- {D7} - message deleted
- {D8} - message deleted

Sam Ortiz
Discord Trust & Safety

---------- Forwarded message ---------
From: KCSC Takedown <takedown@kcsc.example>
Date: Mon, Sep 2, 2024 at 11:00 AM
Subject: [KCSC-240902-01] Request for removal of illegal content
To: <safety@discord.com>

""" + "\n".join(our_request("KCSC-240902-01", DISCORD, "")[2:]),
    outcome="applied", classification="confirmation",
    imitates="agent's own answer typed above a Gmail-forwarded copy of our request",
    why="the agent's own lines above the forwarded request state deletions; the forwarded list is our text",
    items={D1: "removed", D7: "removed", D8: "removed"},
)

case(
    name="x-echoed-report",
    date="Sun, 08 Sep 2024 11:19:27 +0000",
    **{"from": "notify@x.com"},
    name_from="X",
    subject="Update on your report (KCSC-240906-03)",
    body=f"""
X

We've reviewed your report

Report ID: 0b7c1e-55a2
Reported content: {X2}
Reported by: Korea Communications Standards Commission
Report category: Illegal content (local law)
Submitted: Sep 6, 2024

Decision: we removed this post because it broke our rules on
non-consensual nudity.

Thanks for helping keep X safe.

Help Center  https://help.x.com/rules-and-policies
X Corp. 865 FM 1209, Building 2, Bastrop, TX 78602
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome email echoing the report fields",
    why="echoed 'Reported content' line followed by an unhedged removal decision",
    items={X2: "removed"},
)

case(
    name="dc-bare-url-status-below",
    date="Tue, 10 Sep 2024 04:50:30 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
{ZD_TOP}

Ari (Discord Trust & Safety)

Sep 9, 2024, 21:50 PDT

Hi,

Results for three more links from your list:

{D1}
Status: Removed

{D5}
Status: Invite revoked and server deleted

{D6}
Status: Could not locate

Thanks,
Ari

--------------------------------
This email is a service from Discord Trust & Safety.
[Z0PL-77AQ]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent comment: bare URL with 'Status:' on the line below",
    why="status line under each bare URL: removed, removed, not_found",
    items={D1: "removed", D5: "removed", D6: "not_found"},
)

case(
    name="dc-url-below-statement",
    date="Wed, 11 Sep 2024 23:05:12 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

The following message was deleted by our Safety team:
{D8}

The following server was reviewed and found not to violate our Community
Guidelines, so it remains available:
{D11}

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="T&S reply with the statement first and the URL on the line below it",
    why="statement line ending in ':' then the URL: removed, and kept as not violating (rejected)",
    items={D8: "removed", D11: "rejected"},
)

case(
    name="nv-fullwidth-punct",
    date="Sat, 07 Sep 2024 11:11:11 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 게시물 조치 결과 안내 (KCSC-240905-02)",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 네이버TV 영상（{N4}）은 청소년 유해 매체물로 판단되어
19세 미만 이용자의 접근이 제한되었습니다.

블로그 게시물 {N1}에 대해서는 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 result mail with full-width brackets and particles glued to URLs",
    why="19세 미만 접근 제한 is an age restriction (restricted); 게시중단 removed",
    items={N4: "restricted", N1: "removed"},
)

case(
    name="kk-reply-reminder-outlook",
    date="Wed, 18 Sep 2024 10:14:00 +0900",
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 신고센터",
    subject="RE: REMINDER: [KCSC-240909-04] Request for removal of illegal content",
    extra_headers=["In-Reply-To: <reminder.KCSC-240909-04.1@kcsc.example>",
                   f"References: <{msgid('KCSC-240909-04')}@kcsc.example> <reminder.KCSC-240909-04.1@kcsc.example>"],
    body=f"""
안녕하세요, 카카오 신고센터입니다.
독촉 메일 확인했습니다. 회신이 늦어 죄송합니다.

{K3}, {K4} 두 게시물은 9월 13일 삭제 완료했습니다.
나머지 건은 아직 검토 중입니다.

카카오 신고센터 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 6:00 PM
To: report@kakaocorp.com
Subject: REMINDER: [KCSC-240909-04] Request for removal of illegal content

This is a reminder about our request KCSC-240909-04 of 9 September 2024.
We have not yet received your answer for the following URLs:

{K1_RAW}
{K2}
{K3}
{K4}
{K5}

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted Korean reply to our reminder",
    why="two named posts deleted; 'the rest is still under review' names nothing; reminder below is our text",
    items={K3: "removed", K4: "removed"},
)

# ================================================================ REVIEW

case(
    name="dc-promise-escalated",
    date="Thu, 05 Sep 2024 08:00:21 -0700",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
{ZD_TOP}

Lee (Discord Trust & Safety)

Sep 5, 2024, 08:00 PDT

Hi,

Thanks for following up. I've escalated {D7} and
{D8} to our specialist team. They will be removed if
they are found to violate our policies, and we'll let you know the outcome.

Best,
Lee
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent reply escalating two links with a conditional promise",
    why="'will be removed if found to violate' is a condition, not a statement",
    items={D7: "pending", D8: "pending"},
)

case(
    name="x-hedge-appears",
    date="Sun, 08 Sep 2024 20:15:40 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    subject="[JIRA] (LGL-55213) KCSC-240906-03 Removal request - Comment added",
    body=f"""
Legal Agent commented:

Hello,

Initial findings on your request:

{X1} appears to have been deleted by the account holder,
though we are still confirming this with our tools.

{X2} may already be withheld in your country under an earlier order; we
need to check our records before we can confirm.

We will update this request.

View request: https://legalsupport.x.com/servicedesk/customer/portal/4/LGL-55213
""",
    outcome="review", review="not_understood",
    imitates="Jira comment notification with hedged preliminary findings",
    why="'appears to have been' and 'may already be' are hedges, still being confirmed",
    items={X1: "pending", X2: "pending"},
)

case(
    name="dc-bulk-all-removed",
    date="Mon, 16 Sep 2024 10:00:00 -0700",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Your request (418233) has been solved",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
{ZD_TOP}

Your request (418233) has been solved. To reopen this request, reply to this email.

Mina (Discord Trust & Safety)

Sep 16, 2024, 10:00 PDT

Hello,

All of the content listed in your request KCSC-240902-01 has been removed
from Discord. We are closing this ticket.

Regards,
Mina
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'solved' notification with a blanket statement",
    why="'all of the content' for a 14-item request without naming each",
    items={},
)

case(
    name="nv-under-review-conditional",
    date="Fri, 06 Sep 2024 09:30:00 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240905-02)",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 중
{N2}
{N3}
두 건은 현재 담당 부서에서 검토 중입니다.
검토 결과 운영정책 위반이 확인될 경우 게시중단될 수 있으며,
결과는 추후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 고객센터 interim answer: under review, conditional 게시중단",
    why="검토 중 and '확인될 경우 게시중단될 수 있으며' are not statements; names two items",
    items={N2: "pending", N3: "pending"},
)

case(
    name="dc-auth-fail",
    date="Sat, 07 Sep 2024 03:33:33 +0000",
    **{"from": "safety@discord.com"},
    auth="fail",
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: [KCSC-240902-01] Request for removal of illegal content",
    body=f"""
{ZD_TOP}

Your request (418233) has been solved.

Hello,

The following messages were deleted:
- {D1}
- {D2}

Regards,
Discord Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="Zendesk solved notification from discord.com failing DKIM/SPF/DMARC",
    why="clear statements, but the sender domain fails authentication",
    items={D1: "pending", D2: "pending"},
)

case(
    name="kk-zendesk-hosted-sender",
    date="Wed, 11 Sep 2024 04:20:00 +0000",
    **{"from": "support@kakaocs.zendesk.com"},
    name_from="Kakao Support",
    subject="[Kakao Support] Re: [KCSC-240909-04] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""
{ZD_TOP}

Your request (5521409) has been updated.

Kakao Support (Tistory)

안녕하세요. 요청하신 티스토리 게시물
{K1_RAW}
{K2}
두 건은 모두 게시중단 처리되었습니다.

This email is a service from Kakao Support.
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the vendor's zendesk.com subdomain, not the platform's domain",
    why="zendesk.com is not one of Kakao's sender domains, whatever the display name says",
    items={K1: "pending", K2: "pending"},
)

case(
    name="kk-about-naver-item",
    date="Thu, 12 Sep 2024 09:55:00 +0900",
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 신고센터",
    subject="문의 주신 링크 관련 안내",
    body=f"""
안녕하세요. 카카오 신고센터입니다.

문의하신 링크 {N1} 은 네이버 블로그 게시물로,
당사 서비스가 아니어서 당사에서 조치할 수 없습니다.
참고로 현재 해당 주소는 '삭제되었거나 존재하지 않는 게시물'로 표시됩니다.

네이버 측으로 직접 요청해 주시기 바랍니다.
감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao 신고센터 reply about another portal's link",
    why="Kakao speaks about a NAVER item (and calls it deleted); only NAVER may change its status",
    items={N1: "pending"},
)

case(
    name="dc-asks-more",
    date="Mon, 09 Sep 2024 16:45:00 +0000",
    **{"from": "legal-ops@discord.com"},
    name_from="Discord Legal Operations",
    subject="Ticket #77120 - Additional information needed: KCSC-240902-01",
    body=f"""
Dear KCSC Takedown Desk,

Before we can act on the following two links we need more information:

{D10}
{D12}

Please send us the legal basis for each (the provision of Korean law you
rely on) and, for the user profile, the specific messages or content of
concern. Once we receive this we will continue our review.

Kind regards,
Discord Legal Operations
Ticket #77120
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Freshdesk agent reply setting the ticket to 'Pending' with a request for documents",
    why="asks for the legal basis before acting; nothing stated about the two links",
    items={D10: "pending", D12: "pending"},
)

case(
    name="yt-generic-no-claims",
    date="Thu, 12 Sep 2024 05:00:00 +0000",
    **{"from": "youtube-noreply@google.com"},
    name_from="YouTube",
    subject="Thanks for contacting YouTube",
    body="""
Hi,

Thanks for contacting YouTube. To help us handle legal requests quickly,
please submit them through our legal webform:
https://support.google.com/legal/answer/3110420

Information about our Community Guidelines is available at
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

- The YouTube Team
""",
    outcome="review", review="no_claims",
    imitates="YouTube generic help reply pointing to the legal webform",
    why="trusted platform mail naming no requested item and no request; policy links are not items",
    items={},
)

case(
    name="nv-bulk-all-done",
    date="Wed, 11 Sep 2024 16:00:00 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="RE: [KCSC-240905-02] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240905-02"),
    body="""
안녕하세요. 네이버 고객센터입니다.

요청번호 KCSC-240905-02 로 요청하신 게시물은 모두 게시중단 처리 완료되었습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 고객센터 one-line blanket answer",
    why="'모두 게시중단' for a four-item request, no item named",
    items={},
)

case(
    name="x-vendor-unknown-sender",
    date="Tue, 10 Sep 2024 13:37:00 +0000",
    **{"from": "casework@tnsresponse.example"},
    name_from="T&S Response (on behalf of X Corp.)",
    subject="RE: KCSC-240906-03 - outcome",
    body=f"""
Dear KCSC,

We handle legal requests on behalf of X Corp. in the APAC region.

{X1} has been withheld in South Korea.

Kind regards,
Casework Team
T&S Response Ltd.
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced trust-and-safety vendor replying from its own domain",
    why="clear statement, but the sender is not any platform's domain",
    items={X1: "pending"},
)

case(
    name="kk-promise-korean",
    date="Fri, 13 Sep 2024 14:00:00 +0900",
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 신고센터",
    subject="Re: [KCSC-240909-04] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""
안녕하세요. 카카오 신고센터입니다.

{K5} 영상은 내부 검토를 거쳐 다음 주 중 게시중단 조치될 예정입니다.
{K1_RAW} 게시물은 현재 확인 중입니다.

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao 신고센터 interim reply with a scheduled action",
    why="'조치될 예정' is a promise and '확인 중' is under review",
    items={K5: "pending", K1: "pending"},
)

# ================================================================ IGNORED

case(
    name="dc-zendesk-receipt",
    date="Mon, 02 Sep 2024 02:01:15 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
{ZD_TOP}

Your request (418233) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

--------------------------------
This email is a service from Discord Trust & Safety.
[8Q1Z-R4YD]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket autoresponder",
    why="receipt with a ticket number, no statement",
    items={},
)

case(
    name="nv-receipt-korean",
    date="Thu, 05 Sep 2024 10:31:02 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의가 접수되었습니다. (KCSC-240905-02)",
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 20240905-0318842

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 3~5일 정도 소요될 수 있습니다.

※ 본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 안내 autoresponder",
    why="pure receipt with 접수번호",
    items={},
)

case(
    name="x-out-of-office",
    date="Fri, 06 Sep 2024 05:01:00 +0000",
    **{"from": "dana.w@x.com"},
    name_from="Dana Whitfield",
    subject="Automatic reply: [KCSC-240906-03] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240906-03"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday, 23 September
with limited access to email.

For legal requests please use legal-support@x.com, which is monitored daily.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="kk-ooo-korean-quoted",
    date="Mon, 09 Sep 2024 09:41:00 +0900",
    **{"from": "minji.park@kakaocorp.com"},
    name_from="박민지",
    subject="[부재중 자동응답] [KCSC-240909-04] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240909-04"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="\n".join([
        "안녕하세요. 박민지입니다.",
        "9월 9일(월)부터 9월 18일(수)까지 추석 연휴 및 휴가로 부재중입니다.",
        "급한 용무는 신고센터(report@kakaocorp.com)로 연락 부탁드립니다.",
        "",
        "----- 원본 메일 -----",
    ] + quoted(our_request("KCSC-240909-04", KAKAO_RAW, "")).split("\n")),
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 quoting the original request",
    why="auto-reply; the URLs appear only in our quoted request",
    items={},
)

_dsn_orig = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal@reddit.com",
    "Subject: REMINDER: [KCSC-240912-07] Request for removal of illegal content",
    "Message-ID: <reminder.KCSC-240912-07.1@kcsc.example>",
    "",
    "This is a reminder about our request KCSC-240912-07.",
    R1,
    R2,
])
case(
    name="rd-dsn-bounce",
    date="Thu, 19 Sep 2024 09:00:05 +0000",
    **{"from": "MAILER-DAEMON@redditmail.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b680-dsn"',
        "",
        "--b680-dsn",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "This is the mail system at host mx3.redditmail.com.",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients.",
        "",
        "<legal-escalations@redditmail.com>: mailbox unavailable",
        "",
        "--b680-dsn",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx3.redditmail.com",
        "",
        "Final-Recipient: rfc822; legal-escalations@redditmail.com",
        "Action: failed",
        "Status: 5.1.1",
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown",
        "",
        "--b680-dsn",
        "Content-Type: message/rfc822",
        "",
        _dsn_orig,
        "",
        "--b680-dsn--",
    ]),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder",
    why="delivery failure report; URLs only in the returned original",
    items={},
)

case(
    name="tg-mdn-read",
    date="Wed, 11 Sep 2024 07:30:00 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    subject="Read: [KCSC-240910-05] Request for removal of illegal content",
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="b680-mdn"',
        "",
        "--b680-mdn",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Your message",
        "",
        "  To: dsa@telegram.org",
        "  Subject: [KCSC-240910-05] Request for removal of illegal content",
        "  Sent: Tue, 10 Sep 2024 16:20:00 +0900",
        "",
        "was read on Wed, 11 Sep 2024 07:30:00 +0000.",
        "",
        "--b680-mdn",
        "Content-Type: message/disposition-notification",
        "",
        "Reporting-UA: mail.telegram.org; Webmail",
        "Final-Recipient: rfc822; dsa@telegram.org",
        f"Original-Message-ID: <{msgid('KCSC-240910-05')}@kcsc.example>",
        "Disposition: manual-action/MDN-sent-manually; displayed",
        "",
        "--b680-mdn--",
    ]),
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (RFC 8098)",
    why="read receipt",
    items={},
)

case(
    name="yt-receipt-echo",
    date="Wed, 11 Sep 2024 02:16:40 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="[9-3388000041127] We received your request KCSC-240911-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

We have received your request and a member of our team will look into it.
Your case ID is 9-3388000041127. Please keep it in the subject line of any
reply.

Here is a copy of what you submitted:

  Requester: Korea Communications Standards Commission
  URL(s): {Y1}
  Reason: Harmful to minors (Korean law)

We don't reply to every submission individually, but we do review them.

The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-webform receipt echoing the submitted URL",
    why="pure receipt with a case ID; the URL appears only in the echo of our own submission",
    items={},
)


HEADER = """# blind680: ticket systems and threads (Zendesk / Freshdesk / Jira / Help Scout
# receipts and results, solved tickets, follow-ups, replies to reminders,
# partial answers, forwarded mail). Written by tests/corpus/blind680/make.py
# from each email's meaning, before the reader was run on it.
"""


def encode_headers(cases):
    """Non-ASCII display names and subjects go out RFC 2047-encoded, as real mail does."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode(maxlinelen=76, linesep="\n")


def main():
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind680", HEADER, CASES)


if __name__ == "__main__":
    main()
