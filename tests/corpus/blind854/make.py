#!/usr/bin/env python3
"""Blind set 854: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts
and updates, solved tickets, follow-ups carrying the ticket's history,
replies to our reminders over Gmail and Outlook quotes, partial answers and
forwarded mail. Every email is fictional and written for this set; the
expected results were written from each email's meaning before the reader
was ever run on it.

    python3 tests/corpus/blind854/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind854"

# ---------------------------------------------------------------- requests
D1 = "https://discord.com/channels/1180442871234560011/1180442871234560014/1281907345512200001"
D2 = "https://discord.com/channels/1180442871234560011/1180442871234560014/1281907345512200377"
D3 = "https://discord.com/channels/1180442871234560011/1180442871234560019/1281911020045100932"
D4 = "https://discord.com/channels/1180442871234560011/1180442871234560019/1281911020045101208"
D5 = "https://discord.com/channels/1204455120098340001/1204455120098340007/1282004551873310045"
D6 = "https://discord.com/channels/1204455120098340001/1204455120098340007/1282004551873310990"
D7 = "https://discord.gg/nightmarket7"
D8 = "https://discord.gg/Qh4xP2zLm"
D9 = "https://discord.gg/kr-freeshare"
D10 = "https://discord.com/invite/pixelvault22"
D11 = "https://discord.com/channels/1230777604412210088/1230777604412210091/1282250098761004400"
D12 = "https://discord.com/users/1102934455667781234"

R1 = "https://www.reddit.com/r/kdrama_leaks/comments/1f8x2qa/ep_14_full_upload/"
R2 = "https://www.reddit.com/r/kdrama_leaks/comments/1f8y0bt/mirror_links_inside/"
R3 = "https://www.reddit.com/user/seoul_mirror_bot/"
R4 = "https://www.reddit.com/r/koreanfreebies/comments/1f9a77k/updated_list/"

K1 = "https://cafe.daum.net/moonlightshare/Zx1a/1532"
K2 = "https://cafe.daum.net/moonlightshare/Zx1a/1547"
K3 = "https://bluewave-note.tistory.com/88"
# 무료-다운로드-모음, stored percent-encoded; one email writes it raw.
K4 = "https://bluewave-note.tistory.com/entry/%EB%AC%B4%EB%A3%8C-%EB%8B%A4%EC%9A%B4%EB%A1%9C%EB%93%9C-%EB%AA%A8%EC%9D%8C"
K4_RAW = "https://bluewave-note.tistory.com/entry/무료-다운로드-모음"
K5 = "https://open.kakao.com/o/gXk2Lm9a"

N1 = "https://blog.naver.com/sunny_d4y/223567781204"
N2 = "https://cafe.naver.com/freemovieclub/98821"
N3 = "https://kin.naver.com/qna/detail.naver?d1id=1&dirId=102&docId=476612003"

T1 = "https://t.me/hanriver_drops/4410"
T2 = "https://t.me/hanriver_drops/4417"

X1 = "https://x.com/mirror_kr_24/status/1834456120097765432"

Y1 = "https://www.youtube.com/watch?v=Hq3vT9xLw2E"
Y2 = "https://www.youtube.com/shorts/pR7bN0cKx5a"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240903-01", "discord", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "copyright", "Discord servers redistributing broadcast content",
     [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12]),
    ("KCSC-240905-02", "reddit", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "copyright", "drama leak subreddit posts and mirror bot", [R1, R2, R3, R4]),
    ("KCSC-240909-03", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "obscene", "Daum cafe, Tistory and open chat", [K1, K2, K3, K4, K5]),
    ("KCSC-240911-04", "naver", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "gambling", "blog, cafe and KnowledgeiN post", [N1, N2, N3]),
    ("KCSC-240912-05", "telegram", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "drugs", "channel posts", [T1, T2]),
    ("KCSC-240913-06", "x", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "defamation", "single post", [X1]),
    ("KCSC-240916-07", "youtube", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00",
     "gambling", "video and short", [Y1, Y2]),
]


def msgid(ref):
    return f"request.{ref}.1@kcsc.example"


def req_thread(ref):
    """Value for corpuslib's reply_to_req: In-Reply-To <request.REF.1@kcsc.example>."""
    return f"request.{ref}.1"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded-word (UTF-8, base64) for a display name or subject."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def in_reply_to(mid):
    return [f"In-Reply-To: <{mid}>", f"References: <{mid}>"]


ZD_TOP = "##- Please type your reply above this line -##"
ZD_FOOT = "This email is a service from Discord. Delivered by Zendesk"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ DISCORD
case(
    name="dc-zendesk-update-numbered",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 05 Sep 2024 06:41:10 +0000",
    subject="[Discord] Re: KCSC-240903-01 Removal request (illegal content, Korea)",
    reply_to_req=req_thread("KCSC-240903-01"),
    extra_headers=["X-Mailer: Zendesk Mailer", "X-Zendesk-Ticket-Id: 48213377"],
    body=f"""
{ZD_TOP}

Your request (48213377) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Mira (Discord Trust & Safety)

Sep 5, 2024, 06:40 UTC

Hello,

Thank you for your patience while our team looked into the reports filed
under your reference KCSC-240903-01. Here is where things stand for the
first four links:

1. {D1}
   The message was deleted and the author has received a warning.
2. {D2}
   Deleted.
3. {D3}
   We could not locate this message on our side, so there was nothing for us to act on.
4. {D4}
   After review, this message does not break our Community Guidelines or Terms of Service. No action was taken.

We're still working through the remaining links and will reply on this ticket.

Best,
Mira
Discord Trust & Safety
https://discord.com/guidelines

----------------------------------------------
{ZD_FOOT}
[8QW2ZL-K4RN]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk ticket update from a trust-and-safety team (agent comment under the reply-above-this-line marker)",
    why="numbered list, status on the line below each URL: two deleted, one not located, one no violation",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected"},
)

case(
    name="dc-ticket-solved-invites",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 09 Sep 2024 11:02:44 +0000",
    subject="[Discord] Request #48213377 solved: KCSC-240903-01 invite links",
    reply_to_req=req_thread("KCSC-240903-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48213377) has been solved. If you feel it hasn't been, just reply to this email and the ticket will reopen.

----------------------------------------------

Sam (Discord Trust & Safety)

Sep 9, 2024, 11:02 UTC

Hi there,

We've looked at the three invite links you flagged:

- {D7} — the server this invite pointed to has been removed from Discord.
- {D8} — leads to that same server; the server is gone, so this invite is dead as well.
- {D9} — this invite is invalid or expired and we could not connect it to any server.

I'm marking this ticket as solved for now.

Sam

----------------------------------------------
{ZD_FOOT}
[8QW2ZL-K4RN]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification with the solving agent's comment",
    why="bulleted invites: server removed (two invites to it), third invite invalid",
    items={D7: "removed", D8: "removed", D9: "not_found"},
)

case(
    name="dc-update-with-ticket-history",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 08:15:02 +0000",
    subject="[Discord] Re: KCSC-240903-01 Removal request (illegal content, Korea)",
    reply_to_req=req_thread("KCSC-240903-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48213377) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Jun (Discord Trust & Safety)

Sep 10, 2024, 08:14 UTC

Hi again,

Following up on the two messages in the second server: both
{D5} and
{D6} have now been deleted.

Thanks,
Jun

----------------------------------------------

KCSC Takedown

Sep 9, 2024, 00:15 UTC

Dear Discord team, we have not yet had an outcome for the two messages
below from our request KCSC-240903-01. Could you let us know their status?
{D5}
{D6}

----------------------------------------------

Jun (Discord Trust & Safety)

Sep 4, 2024, 14:20 UTC

Hello, thanks for the report. I've passed these messages to our specialist
team and will get back to you once they have reviewed them.

----------------------------------------------
{ZD_FOOT}
[8QW2ZL-K4RN]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up notification that carries the whole ticket history (newest comment first)",
    why="newest agent comment says both messages deleted; the history below is our question and an earlier holding reply",
    items={D5: "removed", D6: "removed"},
)

case(
    name="dc-reply-to-reminder-gmail",
    **{"from": "priya.raman@discord.com"}, name_from="Priya Raman",
    date="Fri, 13 Sep 2024 02:37:19 +0000",
    subject="Re: Reminder: outstanding items in KCSC-240903-01",
    extra_headers=in_reply_to("reminder.KCSC-240903-01.20240912@kcsc.example"),
    body=f"""
Hello,

Sorry for the slow reply on these. Status of the three you listed:

{D10} - invite revoked and the server taken down
{D11} - message deleted
{D12} - account disabled

Kind regards,
Priya Raman
Trust & Safety, Discord Inc.

On Thu, Sep 12, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Discord,
>
> Our request KCSC-240903-01 of 3 September 2024 was due on 10 September
> 2024. The following items are still pending:
>
> {D10}
> {D11}
> {D12}
>
> Please tell us what action was taken on each.
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="agent's personal reply to a deadline reminder, top-posted over a Gmail quote",
    why="three URLs each followed by ' - ' and the action: revoked/taken down, deleted, disabled",
    items={D10: "removed", D11: "removed", D12: "removed"},
)

_html_rows = "".join(
    f'<tr><td style="padding:4px;border:1px solid #ddd"><a href="{u}">{u}</a></td>'
    f'<td style="padding:4px;border:1px solid #ddd">{d}</td></tr>\n'
    for u, d in [(D1, "Removed"), (D6, "No violation found &ndash; no action taken"),
                 (D11, "Could not be located")]
)
case(
    name="dc-html-table-update",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 04:05:51 +0000",
    subject="[Discord] Re: KCSC-240903-01 Removal request (illegal content, Korea)",
    reply_to_req=req_thread("KCSC-240903-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="zd-alt-5521"

--zd-alt-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{ZD_TOP}

Your request (48213377) has been updated. To add additional comments, reply to this email.

Mira (Discord Trust & Safety)
Sep 11, 2024, 04:05 UTC

Hi, here is a summary of our decisions on three more of the links you reported under KCSC-240903-01:

Link | Decision
{D1} | Removed
{D6} | No violation found - no action taken
{D11} | Could not be located

Mira

{ZD_FOOT}

--zd-alt-5521
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<div style="color:#b5b5b5">{ZD_TOP}</div>
<p>Your request (48213377) has been updated. To add additional comments, reply to this email.</p>
<hr>
<p><strong>Mira</strong> (Discord Trust &amp; Safety)<br><span style="color:#999">Sep 11, 2024, 04:05 UTC</span></p>
<p>Hi, here is a summary of our decisions on three more of the links you reported under KCSC-240903-01:</p>
<table style="border-collapse:collapse">
<tr><th style="padding:4px;border:1px solid #ddd">Link</th><th style="padding:4px;border:1px solid #ddd">Decision</th></tr>
{_html_rows}</table>
<p>Mira</p>
<hr>
<p style="color:#999;font-size:11px">{ZD_FOOT}</p>
</body></html>

--zd-alt-5521--
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML notification with an agent's decision table (multipart/alternative)",
    why="table rows: removed, no violation (stays up), could not be located",
    items={D1: "removed", D6: "rejected", D11: "not_found"},
)

_csv_rows = [
    ("reported_link", "type", "decision", "notes"),
    (D1, "message", "Removed", ""),
    (D2, "message", "Removed", ""),
    (D3, "message", "Not found", "message no longer exists"),
    (D4, "message", "No violation", "content remains up"),
    (D5, "message", "Removed", ""),
    (D6, "message", "Removed", ""),
    (D7, "invite", "Removed", "server removed"),
    (D8, "invite", "Removed", "server removed"),
    (D9, "invite", "Not found", "invalid invite code"),
    (D10, "invite", "Removed", "invite revoked"),
    (D11, "message", "Age-restricted", "channel marked age-restricted"),
    (D12, "user", "Account disabled", ""),
]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(_csv_rows)
case(
    name="dc-csv-attachment-outcomes",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 09:30:00 +0000",
    subject="[Discord] Re: KCSC-240903-01 Removal request (illegal content, Korea)",
    reply_to_req=req_thread("KCSC-240903-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="zd-mix-7730"

--zd-mix-7730
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{ZD_TOP}

Your request (48213377) has been updated. To add additional comments, reply to this email.

Mira (Discord Trust & Safety)
Sep 12, 2024, 09:29 UTC

Hello,

Because your report KCSC-240903-01 covered a long list of links, I've put
our decision for each one in the attached spreadsheet
(KCSC-240903-01_outcomes.csv). Let me know if anything in it is unclear.

Mira

{ZD_FOOT}

--zd-mix-7730
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcomes.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcomes.csv"
Content-Transfer-Encoding: base64

{b64(_buf.getvalue())}

--zd-mix-7730--
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk update with a per-link outcome spreadsheet attached (CSV, base64)",
    why="CSV gives every link of the twelve-item request its own decision",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected", D5: "removed",
           D6: "removed", D7: "removed", D8: "removed", D9: "not_found", D10: "removed",
           D11: "restricted", D12: "removed"},
)

case(
    name="dc-second-review-with-history",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 07:48:33 +0000",
    subject="[Discord] Re: KCSC-240903-01 Removal request (illegal content, Korea)",
    reply_to_req=req_thread("KCSC-240903-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48213377) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Mira (Discord Trust & Safety)

Sep 13, 2024, 07:48 UTC

Hello,

Following up on my reply of 5 September. With the extra context your team
sent, we took a second look and this message has now been removed:
{D4}

Mira

----------------------------------------------

KCSC Takedown

Sep 6, 2024, 01:10 UTC

The fourth message links to a download of a full broadcast episode; the
file name and thumbnail are in the attached screenshot. Please reconsider.

----------------------------------------------
{ZD_FOOT}
[8QW2ZL-K4RN]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up after the requester asked the agent to reconsider (history below the newest comment)",
    why="the newest comment states the message was removed after a second look; URL on the line below the statement",
    items={D4: "removed"},
)

case(
    name="dc-wrapped-angle-urls",
    **{"from": "jun.okafor@discord.com"}, name_from="Jun Okafor",
    date="Wed, 11 Sep 2024 13:22:05 +0000",
    subject="Re: KCSC-240903-01 - two messages in the same channel",
    reply_to_req=req_thread("KCSC-240903-01"),
    body="""
Hi KCSC team,

Quick note outside the ticket: both of the messages below were deleted by
our team this morning (UTC).

<https://discord.com/channels/1180442871234560011/1180442871234560019/
1281911020045100932>
<https://discord.com/channels/1180442871234560011/1180442871234560019/
1281911020045101208>

Best,
Jun Okafor
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="short personal reply from an agent whose mail client wrapped long URLs inside angle brackets",
    why="both URLs are wrapped at a slash inside <...>; the sentence above says both were deleted",
    items={D3: "removed", D4: "removed"},
)

# ================================================================ REDDIT
case(
    name="rd-url-then-status-lines",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal Operations",
    date="Tue, 10 Sep 2024 17:04:12 +0000",
    subject="Re: [Reddit] Ticket #19923412: KCSC-240905-02",
    reply_to_req=req_thread("KCSC-240905-02"),
    body=f"""
##- Please type your reply above this line -##

Hello,

We've finished reviewing the content in your request. Outcomes are below.

{R1}
Removed (Content Policy: illegal content)

{R2}
Removed

{R3}
Account permanently suspended

{R4}
No action taken. We did not find that this post breaks Reddit's Content Policy, and it remains available.

If you have more information about the last item, you're welcome to reply to this ticket.

Reddit Legal Operations
https://www.redditinc.com/policies/content-policy
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal-operations ticket reply with one outcome under each reported link",
    why="URL line then status line: removed, removed, account suspended, no action (stays up)",
    items={R1: "removed", R2: "removed", R3: "removed", R4: "rejected"},
)

case(
    name="rd-partial-answer",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal Operations",
    date="Mon, 09 Sep 2024 12:40:00 +0000",
    subject="Re: [Reddit] Ticket #19923412: KCSC-240905-02",
    reply_to_req=req_thread("KCSC-240905-02"),
    body=f"""
##- Please type your reply above this line -##

Hi,

A partial update on ticket #19923412 (your reference KCSC-240905-02).

The posts {R1} and
{R2} were removed by our Safety team today.

The remaining post, {R4}, is still with our legal team. We'll update you in this thread once there is a decision.

Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="partial ticket update: some items done, one still open",
    why="two posts removed in one sentence naming both; the third is explicitly still open",
    items={R1: "removed", R2: "removed", R4: "pending"},
)

case(
    name="rd-geo-restricted-and-missing-user",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal Operations",
    date="Thu, 12 Sep 2024 20:18:45 +0000",
    subject="Re: [Reddit] Ticket #19923412: KCSC-240905-02",
    reply_to_req=req_thread("KCSC-240905-02"),
    body=f"""
##- Please type your reply above this line -##

Hello,

In response to your legal request KCSC-240905-02, we have restricted access
in South Korea to the following post. It remains available to users in
other countries.
{R4}

Regarding {R3} : we couldn't find an active account with that username. It looks like the owner deleted it.

This ticket will now be closed.

Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit country-withholding reply to a legal request",
    why="post restricted in South Korea (URL below the statement); user account not found",
    items={R4: "restricted", R3: "not_found"},
)

case(
    name="rd-echoed-report-outcome",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Sat, 07 Sep 2024 03:12:09 +0000",
    subject="Update on your report",
    body=f"""
Hi KCSC_Takedown,

Thanks for submitting a report to the Reddit admins. Here's what you reported:

Report ID: 7Y2KQ-SB
Reported content: {R2}
Reason: Illegal or restricted content (local law: South Korea)
Additional details: Ref. KCSC-240905-02

Outcome: after investigating, we found that the reported content violated
Reddit's Content Policy, and it has been removed.

Thanks again for helping keep Reddit safe.

- Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit 'update on your report' message that echoes the report and gives the outcome",
    why="the echoed report names the post; the outcome line says it was removed",
    items={R2: "removed"},
)

# ================================================================ KAKAO
case(
    name="kk-result-notice-korean",
    **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    date="Wed, 11 Sep 2024 07:30:00 +0000",
    subject=enc("[카카오] 게시물 처리 결과 안내 (KCSC-240909-03)"),
    reply_to_req=req_thread("KCSC-240909-03"),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240909-03)에 대한 처리 결과를
아래와 같이 안내드립니다.

■ 처리 결과
- {K1} : 게시중단 완료
- {K2} : 임시조치(30일)
- {K3} : 삭제 완료

임시조치된 게시물은 게시자가 30일 안에 재게시를 요청하지 않으면 삭제됩니다.

문의 사항은 이 메일에 회신해 주세요.
카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum rights-infringement centre result notice (게시중단/임시조치)",
    why="게시중단 완료 -> removed, 임시조치 -> restricted, 삭제 완료 -> removed",
    items={K1: "removed", K2: "restricted", K3: "removed"},
)

case(
    name="kk-tistory-raw-korean-path",
    **{"from": "tistory-help@kakaocorp.com"}, name_from=enc("티스토리 고객센터"),
    date="Fri, 13 Sep 2024 02:05:17 +0000",
    subject=enc("RE: [접수번호 2024091300127] 게시물 삭제 요청 회신"),
    reply_to_req=req_thread("KCSC-240909-03"),
    body=f"""
안녕하세요. 티스토리 운영팀입니다.
문의하신 건(KCSC-240909-03)에 대해 다음과 같이 회신드립니다.

{K4_RAW} 게시물은 운영정책 위반이 확인되어 블라인드 처리하였습니다.
{K3}은 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.

감사합니다.
티스토리 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory help-desk ticket reply (접수번호) in Korean",
    why="raw Korean path (stored percent-encoded) 블라인드 -> removed; URL glued to particle 은, deleted by its author -> not_found",
    items={K4: "removed", K3: "not_found"},
)

case(
    name="kk-openchat-ticket-resolved",
    **{"from": "cs-noreply@kakao.com"}, name_from=enc("카카오 고객센터"),
    date="Fri, 13 Sep 2024 09:44:51 +0000",
    subject=enc("[티켓 #553021] 상태가 '해결됨'으로 변경되었습니다"),
    body=f"""
[티켓 #553021] 상태가 '해결됨'으로 변경되었습니다.
요청번호: KCSC-240909-03

담당자 답변:
요청하신 오픈채팅방 {K5} 은(는) 운영정책 위반이 확인되어 방 폐쇄 조치되었습니다.
함께 신고하신 카페 게시글 {K2} 은(는) 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

이 티켓에 추가로 문의하실 내용은 이 메일에 회신해 주세요.
티켓 보기: https://cs.kakao.com/requests/553021
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style Korean 'ticket status changed to resolved' notification with the agent's answer",
    why="open chat room closed -> removed; cafe post found not in violation, no action -> rejected",
    items={K5: "removed", K2: "rejected"},
)

case(
    name="kk-base64-korean-cafe",
    **{"from": "cafe-notice@daum.net"}, name_from=enc("다음카페 운영팀"),
    date="Thu, 12 Sep 2024 05:00:03 +0000",
    subject=enc("[다음카페] 게시글 조치 결과 안내 - KCSC-240909-03"),
    reply_to_req=req_thread("KCSC-240909-03"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''[다음카페] 게시글 조치 결과 안내

요청번호: KCSC-240909-03

1. {K1}
   → 운영자 삭제 처리
2. {K2}
   → 삭제 처리

본 메일은 발신 전용입니다. 문의는 고객센터를 이용해 주세요.
https://cs.daum.net/faq/95.html
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe system notice of action taken, base64-encoded Korean body",
    why="운영자 삭제 처리 and 삭제 처리 on the lines below the two numbered URLs",
    items={K1: "removed", K2: "removed"},
)

# ================================================================ NAVER
case(
    name="nv-qp-blog-cafe",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Fri, 13 Sep 2024 06:20:40 +0000",
    subject=enc("[네이버] 게시중단 요청 처리 결과 (KCSC-240911-04)"),
    reply_to_req=req_thread("KCSC-240911-04"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버 고객센터입니다.

요청번호 KCSC-240911-04로 접수된 건의 처리 결과를 알려드립니다.

블로그 게시물 {N1} 은 비공개 처리되었습니다.
카페 게시글 {N2} 은 삭제 처리되었습니다.

나머지 1건은 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre result notice, quoted-printable Korean",
    why="비공개 처리 -> removed, 삭제 처리 -> removed; the unnamed third item is still under review",
    items={N1: "removed", N2: "removed"},
)

case(
    name="nv-kin-rejected",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Tue, 17 Sep 2024 01:15:00 +0000",
    subject=enc("[네이버] 게시중단 요청 검토 결과 (KCSC-240911-04)"),
    reply_to_req=req_thread("KCSC-240911-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 지식iN 게시물에 대한 검토 결과를 알려드립니다.

대상: {N3}

검토 결과, 해당 게시물에서 서비스 운영정책 및 관련 법령 위반 사항이
확인되지 않아 게시중단 요청을 수용하기 어렵습니다. 게시물은 현재 상태로
유지됩니다.

추가 자료가 있으시면 고객센터로 다시 접수해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER refusal of a takedown request after review (지식iN)",
    why="no violation found, request not accepted, post stays -> rejected (URL with a query string)",
    items={N3: "rejected"},
)

case(
    name="nv-outlook-top-reply-angle",
    **{"from": "sy.kim@navercorp.com"}, name_from=enc("김서연"),
    date="Thu, 19 Sep 2024 02:10:00 +0000",
    subject=enc("RE: [KCSC-240911-04] 불법정보 시정요구 조치결과 회신 요청"),
    extra_headers=in_reply_to("reminder.KCSC-240911-04.20240919@kcsc.example"),
    body=f"""
안녕하세요, 네이버 정책지원팀 김서연입니다.
문의 주신 3건의 조치 결과를 회신드립니다.

<{N1}> : 삭제
<{N2}> : 국내 접속 차단
<{N3}> : 해당 게시물이 존재하지 않음(URL 확인 불가)

감사합니다.
김서연 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 19, 2024 9:00 AM
To: policy@navercorp.com
Subject: [KCSC-240911-04] 불법정보 시정요구 조치결과 회신 요청

네이버 담당자님께,

2024년 9월 11일 시정요구한 아래 정보의 조치결과를 회신해 주시기 바랍니다.

1. {N1}
2. {N2}
3. {N3}

방송통신심의위원회 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy staff reply top-posted over an Outlook -----Original Message----- quote",
    why="URLs in angle brackets with ': status': 삭제 -> removed, 국내 접속 차단 -> restricted, 존재하지 않음 -> not_found",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
)

# ================================================================ TELEGRAM
case(
    name="tg-abuse-case-mixed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 18:02:11 +0000",
    subject="Re: [Case #2093384] KCSC-240912-05",
    reply_to_req=req_thread("KCSC-240912-05"),
    body=f"""
Hello,

Thank you for your report.

The post {T1} has been taken down.
The post {T2} is no longer accessible to users in South Korea.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply on a case number",
    why="one post taken down, the other made inaccessible in South Korea",
    items={T1: "removed", T2: "restricted"},
)

case(
    name="tg-reply-to-reminder-one-url",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 04:40:27 +0000",
    subject="Re: Reminder: KCSC-240912-05 outstanding items",
    extra_headers=in_reply_to("reminder.KCSC-240912-05.20240919@kcsc.example"),
    body=f"""
{T2}
This post was deleted by the channel admin before we could act on it.

Telegram Abuse Team

On Thu, 19 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> The following items of our request KCSC-240912-05 are still pending:
>
> {T1}
> {T2}
>
> Please inform us of the action taken.
""",
    outcome="applied", classification="confirmation",
    imitates="terse abuse-desk answer to a reminder, bare URL with the status on the next line",
    why="only the second post is answered (deleted by its own admin -> not_found); the first appears only in the quote",
    items={T2: "not_found"},
)

# ================================================================ X
case(
    name="x-jira-request-resolved",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Mon, 16 Sep 2024 15:31:08 +0000",
    subject="LGL-58812 KCSC-240913-06 removal request: resolved",
    reply_to_req=req_thread("KCSC-240913-06"),
    extra_headers=["X-Mailer: Jira Service Management"],
    body=f"""
------------------------------------------------
Reply above this line.

Request LGL-58812 has been resolved.

X Legal Support commented:

We have reviewed the post you reported. In accordance with applicable local
law, it is now withheld in South Korea:
{X1}

View request: https://legal-support.x.com/servicedesk/customer/portal/4/LGL-58812
Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification with the agent's comment",
    why="post withheld in South Korea -> restricted",
    items={X1: "restricted"},
)

case(
    name="x-sole-item-no-url",
    **{"from": "safety-noreply@x.com"}, name_from="X Safety",
    date="Sun, 15 Sep 2024 22:07:00 +0000",
    subject="Your report to X (KCSC-240913-06)",
    reply_to_req=req_thread("KCSC-240913-06"),
    body="""
Hello,

Thanks for your report (reference KCSC-240913-06). After reviewing it, we
removed the reported post for violating the X Rules. It is no longer visible
on X.

You can read more about our rules here:
https://help.x.com/en/rules-and-policies/x-rules

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome email that names no URL",
    why="one-item request, reference given, unhedged 'removed the reported post'; the only link is a help page",
    items={X1: "removed"},
)

# ================================================================ YOUTUBE
case(
    name="yt-helpscout-mixed",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 08:03:44 +0000",
    subject="Re: KCSC-240916-07 [#4417720]",
    reply_to_req=req_thread("KCSC-240916-07"),
    body=f"""
Hi KCSC Takedown,

Thanks for your patience. For the two items in your request KCSC-240916-07:

• {Y1} — we reviewed this video and found that it does not violate our Community Guidelines, and we did not find sufficient grounds under local law to restrict it. It remains available.

• {Y2} — this Short has been age-restricted.

Best,
Hana
YouTube Legal Support

---
Conversation #4417720 · Reply to this email to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style support conversation reply (conversation number footer)",
    why="video not in violation and stays up -> rejected; Short age-restricted -> restricted",
    items={Y1: "rejected", Y2: "restricted"},
)

case(
    name="yt-actioned-and-blocked",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Wed, 18 Sep 2024 03:55:10 +0000",
    subject="Re: [8-1205553000140] KCSC-240916-07",
    reply_to_req=req_thread("KCSC-240916-07"),
    body=f"""
Hello,

Thank you for contacting Google.

The video below has been actioned under our policies:
{Y1}

In response to your legal request, we have blocked the following Short from
view in South Korea:
{Y2}

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal-removals reply (case number in the subject)",
    why="URL on the line below its statement: actioned under our policies -> removed; blocked in South Korea -> restricted",
    items={Y1: "removed", Y2: "restricted"},
)

# ================================================================ REVIEW
case(
    name="dc-promise-escalated",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 06:12:30 +0000",
    subject="[Discord] Re: KCSC-240903-01 Removal request (illegal content, Korea)",
    reply_to_req=req_thread("KCSC-240903-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48213377) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Sam (Discord Trust & Safety)

Sep 12, 2024, 06:12 UTC

Thanks for the reminder about KCSC-240903-01. I've escalated the two
messages below to our specialist team; they will be removed once that
review is complete, usually within three to five business days.

{D1}
{D2}

Sam

----------------------------------------------
{ZD_FOOT}
""",
    outcome="review", review="not_understood",
    imitates="Zendesk update answering a reminder with an escalation promise",
    why="'will be removed once that review is complete' is a promise, not a statement",
    items={D1: "pending", D2: "pending"},
)

case(
    name="rd-hedged-maybe-removed",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal Operations",
    date="Sun, 08 Sep 2024 14:50:00 +0000",
    subject="Re: [Reddit] Ticket #19923412: KCSC-240905-02",
    reply_to_req=req_thread("KCSC-240905-02"),
    body=f"""
##- Please type your reply above this line -##

Hi,

It looks like {R2} may already have been taken down by the subreddit's
moderators, but I can't confirm that from our side yet. I'll follow up on
this ticket once our Safety team has checked.

Reddit Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="agent's hedged interim reply on an open ticket",
    why="'may already have been taken down ... can't confirm' is a hedge",
    items={R2: "pending"},
)

case(
    name="dc-bulk-all-actioned",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 11:00:00 +0000",
    subject="[Discord] Request #48213377 solved: KCSC-240903-01",
    reply_to_req=req_thread("KCSC-240903-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48213377) has been solved. If you feel it hasn't been, just reply to this email and the ticket will reopen.

----------------------------------------------

Sam (Discord Trust & Safety)

Sep 13, 2024, 10:59 UTC

Hello,

We have completed our review of the links submitted under KCSC-240903-01
and have taken action on all of the reported messages, invites and
accounts. I'm marking this request as solved.

Sam

----------------------------------------------
{ZD_FOOT}
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'solved' notification with a blanket closing comment",
    why="'taken action on all of the reported' items of a twelve-item request without naming any",
    items={},
)

case(
    name="kk-bulk-korean",
    **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject=enc("[카카오] 요청하신 게시물 조치 완료 안내 (KCSC-240909-03)"),
    reply_to_req=req_thread("KCSC-240909-03"),
    body="""
안녕하세요, 카카오 권리침해신고센터입니다.

요청번호 KCSC-240909-03 관련하여, 신고하신 게시물 전체에 대해 게시중단 조치를
완료하였음을 알려드립니다.

협조해 주셔서 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao one-line completion notice for a whole request",
    why="'all reported posts' taken down for a five-item request, none named",
    items={},
)

case(
    name="yt-auth-fail",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    auth="fail",
    date="Wed, 18 Sep 2024 10:12:00 +0000",
    subject="Re: KCSC-240916-07 [#4417720]",
    reply_to_req=req_thread("KCSC-240916-07"),
    body=f"""
Hi KCSC Takedown,

Both items in your request have now been removed:

{Y1}
{Y2}

YouTube Legal Support
""",
    outcome="review", review="untrusted",
    imitates="support reply whose DKIM/DMARC failed (e.g. relayed through a list)",
    why="platform domain but authentication failed",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="dc-zendesk-default-domain",
    **{"from": "support@discord.zendesk.com"}, name_from="Discord Support",
    date="Tue, 10 Sep 2024 03:30:00 +0000",
    subject="[Discord] Re: KCSC-240903-01 invite link",
    reply_to_req=req_thread("KCSC-240903-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48213392) has been updated. To add additional comments, reply to this email.

Alex (Discord Support)
Sep 10, 2024, 03:29 UTC

Hello, the server behind {D7} has been removed.

Alex

This email is a service from Discord Support. Delivered by Zendesk
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the help desk's default subdomain instead of the company's own domain",
    why="discord.zendesk.com is not a configured Discord sender domain",
    items={D7: "pending"},
)

case(
    name="rd-statement-about-discord-invite",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal Operations",
    date="Wed, 11 Sep 2024 09:09:09 +0000",
    subject="Re: [Reddit] Ticket #19923412: KCSC-240905-02",
    reply_to_req=req_thread("KCSC-240905-02"),
    body="""
##- Please type your reply above this line -##

Hello,

One more note on this ticket. The following link has been removed from
Reddit everywhere it was posted (several comments across two communities):

https://discord.gg/nightmarket7

Reddit Legal Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Reddit ticket reply reporting removal of a link that belongs to another platform's request",
    why="a Reddit email states a status for a Discord invite of the Discord request",
    items={D7: "pending"},
)

case(
    name="dc-satisfaction-survey",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Sat, 14 Sep 2024 11:00:00 +0000",
    subject="How did we do? Request #48213377",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""
Hello KCSC Takedown,

We'd love to hear what you think of our support. Please take a moment to
answer one quick question by clicking one of the links below:

How would you rate the support you received?

Good, I'm satisfied
https://support.discord.com/hc/requests/48213377/satisfaction/good

Bad, I'm unsatisfied
https://support.discord.com/hc/requests/48213377/satisfaction/bad

This email is a service from Discord. Delivered by Zendesk
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey after a solved ticket",
    why="trusted Discord mail naming no item and none of our references (only its own ticket number and survey links)",
    items={},
)

case(
    name="nv-asks-more-docs",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Mon, 16 Sep 2024 02:30:00 +0000",
    subject=enc("[네이버] 추가 자료 요청 (KCSC-240911-04)"),
    reply_to_req=req_thread("KCSC-240911-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 아래 게시물의 검토를 위해, 해당 게시물이 불법정보에 해당한다고
판단하신 근거 자료(심의 의결서 사본 등)를 추가로 보내 주시기 바랍니다.

대상: {N3}

자료가 접수되면 검토를 진행하겠습니다.
감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for supporting documents before acting",
    why="asks for the deliberation decision before reviewing; no status",
    items={N3: "pending"},
)

case(
    name="tg-under-review",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 16:00:00 +0000",
    subject="Re: [Case #2093384] KCSC-240912-05",
    reply_to_req=req_thread("KCSC-240912-05"),
    body=f"""
Hello,

Both links ({T1}, {T2}) are currently under review by our moderators. We
will inform you of the outcome.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk holding reply",
    why="'under review' is not a status; names both items",
    items={T1: "pending", T2: "pending"},
)

case(
    name="kk-forwarded-internal-result",
    **{"from": "jh.park@kakaocorp.com"}, name_from=enc("박지훈"),
    date="Fri, 13 Sep 2024 06:30:00 +0000",
    subject=enc("FW: [카페운영] KCSC-240909-03 카페 게시글 처리 결과"),
    body=f"""
안녕하세요, 카페운영팀에서 받은 처리 결과를 전달드립니다. 참고 부탁드립니다.

박지훈 드림

---------- Forwarded message ---------
From: 카페운영팀 <cafe-ops@kakaocorp.com>
Date: 2024년 9월 13일 (금) 오후 3:12
Subject: [카페운영] KCSC-240909-03 카페 게시글 처리 결과
To: 박지훈 <jh.park@kakaocorp.com>

- {K1} : 삭제
- {K2} : 삭제
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Kakao staff member forwarding an internal team's result (Gmail-style forward)",
    why="the statements are inside a forwarded message; the forwarder's own text states nothing",
    items={K1: "pending", K2: "pending"},
)

case(
    name="x-conditional-counter-notice",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Sat, 14 Sep 2024 04:00:00 +0000",
    subject="LGL-58812 KCSC-240913-06 removal request: waiting for account holder",
    reply_to_req=req_thread("KCSC-240913-06"),
    extra_headers=["X-Mailer: Jira Service Management"],
    body=f"""
------------------------------------------------
Reply above this line.

X Legal Support commented:

We've notified the account holder about your request concerning
{X1} (KCSC-240913-06).
If we do not receive a valid objection within 7 days, the post will be
withheld in South Korea.

View request: https://legal-support.x.com/servicedesk/customer/portal/4/LGL-58812

Powered by Jira Service Management
""",
    outcome="review", review="not_understood",
    imitates="Jira Service Management comment announcing a conditional, future withholding",
    why="condition and future tense ('if ... will be withheld'): item stays pending",
    items={X1: "pending"},
)

# ================================================================ IGNORED
case(
    name="rd-ticket-receipt",
    **{"from": "noreply@reddit.com"}, name_from="Reddit Support",
    date="Thu, 05 Sep 2024 01:02:00 +0000",
    subject="[Reddit] We received your request (KCSC-240905-02) - Ticket #19923412",
    reply_to_req=req_thread("KCSC-240905-02"),
    body="""
##- Please type your reply above this line -##

Hi,

Thanks for reaching out. This is an automatic confirmation that your request
has been received and ticket #19923412 has been opened. A member of our team
will review it and respond as soon as possible; response times vary with
volume.

You can check the status of your request at any time:
https://support.reddithelp.com/hc/requests/19923412

Please don't open a second ticket for the same issue, as that can slow down
our response.

Reddit Legal Operations
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-hosted help-centre automatic ticket receipt",
    why="pure receipt: ticket opened, nothing about any item",
    items={},
)

case(
    name="dc-zendesk-receipt-echo",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 03 Sep 2024 01:05:12 +0000",
    subject="[Discord] Request received: KCSC-240903-01 Removal request (illegal content, Korea)",
    reply_to_req=req_thread("KCSC-240903-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48213377) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 01:00 UTC

Dear Discord Trust & Safety,

The Korea Communications Standards Commission requests the removal of the
following content (our reference KCSC-240903-01):

{D1}
{D2}
{D7}
{D10}
(and eight further links listed in the attached sheet)

----------------------------------------------
{ZD_FOOT}
[8QW2ZL-K4RN]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' receipt that echoes the requester's own message",
    why="receipt; the URLs are only in the echo of our request",
    items={},
)

case(
    name="kk-receipt-korean",
    **{"from": "cs-noreply@kakao.com"}, name_from=enc("카카오 고객센터"),
    date="Mon, 09 Sep 2024 01:10:00 +0000",
    subject=enc("[카카오 고객센터] 문의가 접수되었습니다 (티켓 #553021)"),
    body="""
안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: 553021
문의 제목: 게시물 게시중단 요청 (KCSC-240909-03)

접수된 순서대로 확인 후 답변드리겠습니다. 문의가 많은 경우 답변이 다소
늦어질 수 있는 점 양해 부탁드립니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre Freshdesk-style Korean ticket receipt",
    why="pure receipt with ticket number and our reference",
    items={},
)

case(
    name="nv-ooo-korean",
    **{"from": "sy.kim@navercorp.com"}, name_from=enc("김서연"),
    date="Mon, 16 Sep 2024 00:00:12 +0000",
    subject=enc("[자동회신] 부재중입니다: [KCSC-240911-04] 불법정보 시정요구 조치결과 회신 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]
    + in_reply_to("reminder.KCSC-240911-04.20240916@kcsc.example"),
    body="""
안녕하세요. 김서연입니다.
9월 16일(월)부터 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over a holiday (추석)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="x-ooo-english",
    **{"from": "dwhitfield@x.com"}, name_from="Dana Whitfield",
    date="Wed, 18 Sep 2024 01:00:40 +0000",
    subject="Automatic reply: Reminder: KCSC-240913-06 outstanding",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]
    + in_reply_to("reminder.KCSC-240913-06.20240918@kcsc.example"),
    body="""
Thank you for your email. I'm out of the office until Monday 30 September
with limited access to email. For urgent legal requests please write to
legal@x.com and a colleague will pick it up.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="dsn-reminder-reddit",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Fri, 13 Sep 2024 01:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-1F2E3D"

--dsn-1F2E3D
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-requests@reddit.com>: host mx.reddit.com[203.0.113.25] said: 550 5.1.1
    <legal-requests@reddit.com>: Recipient address rejected: User unknown

--dsn-1F2E3D
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 10:00:01 +0900 (KST)

Final-Recipient: rfc822; legal-requests@reddit.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.reddit.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-requests@reddit.com>: Recipient
    address rejected: User unknown

--dsn-1F2E3D
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-requests@reddit.com
Subject: Reminder: KCSC-240905-02 outstanding items
Date: Fri, 13 Sep 2024 10:00:00 +0900
Message-ID: <reminder.KCSC-240905-02.20240913@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Reddit,

The following items of our request KCSC-240905-02 are still pending:

{R1}
{R2}
{R3}
{R4}

--dsn-1F2E3D--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a reminder sent to a wrong address",
    why="DSN bounce; the URLs are in the returned reminder",
    items={},
)

case(
    name="tg-mdn-read-receipt",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 03:31:00 +0000",
    subject="Read: KCSC-240912-05 Removal request",
    reply_to_req=req_thread("KCSC-240912-05"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77AA"

--mdn-77AA
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to abuse@telegram.org at 12/09/2024 10:00.

This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the content has been read or understood.

--mdn-77AA
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Thunderbird
Original-Recipient: rfc822;abuse@telegram.org
Final-Recipient: rfc822;abuse@telegram.org
Original-Message-ID: <request.KCSC-240912-05.1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77AA--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN)",
    why="message disposition notification only",
    items={},
)

HEADER = """# Blind set 854 (ticket systems and threads). Written by make.py from the
# case list; expected results come from each email's meaning, written before
# the reader was run. See NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
