#!/usr/bin/env python3
"""Blind set 812 (focus: ticket systems and threads).

Zendesk / Freshdesk / Jira / Help Scout style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; the expected result of each case was written from the email's
meaning alone, before the reader was ever run on it.

    python3 tests/corpus/blind812/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

# Discord (KCSC-240903-01, the largest request, 12 items)
D1 = "https://discord.com/channels/1180442277365010432/1180442277365010435/1279904412036104211"
D2 = "https://discord.com/channels/1180442277365010432/1180442277365010435/1279905538822217738"
D3 = "https://discord.com/channels/1180442277365010432/1181007734450112543/1279911200493051934"
D4 = "https://discord.com/channels/1193318804126208040/1193318804126208043/1280011957306224690"
D5 = "https://discord.com/channels/1193318804126208040/1193318804126208043/1280012288877457470"
D6 = "https://discord.com/channels/1193318804126208040/1195566023319187536/1280100937118408775"
D7 = "https://discord.gg/moonlitvault"
D8 = "https://discord.gg/Qx7hTr2m"
D9 = "https://discord.com/invite/velvetroom88"
D10 = "https://discord.com/channels/1201777460023312405/1201777460023312408/1280377120583614524"
D11 = "https://discord.com/channels/1201777460023312405/1201777460023312408/1280379945130188893"
D12 = "https://discord.com/users/1167035527716102154"
DISCORD = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12]

# NAVER (KCSC-240904-02, 4 items)
N1 = "https://blog.naver.com/silverfox_2291/223571100458"
N2 = "https://blog.naver.com/silverfox_2291/223571183902"
N3 = "https://cafe.naver.com/nightowlclub/88214"
N4 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=472119835"
NAVER = [N1, N2, N3, N4]

# X (KCSC-240905-03, 5 items)
X1 = "https://x.com/kr_leakbox/status/1831520044718239744"
X2 = "https://x.com/kr_leakbox/status/1831527719332802951"
X3 = "https://x.com/hanbit_archive2/status/1831604407731613890"
X4 = "https://x.com/hanbit_archive2"
X5 = "https://x.com/mirae_clipz/status/1831871150266376502"
XS = [X1, X2, X3, X4, X5]

# Telegram (KCSC-240906-04, 3 items)
T1 = "https://t.me/dalbit_room/1842"
T2 = "https://t.me/dalbit_room/1851"
T3 = "https://t.me/+Hk2pQvX9aLdlMjc1"
TG = [T1, T2, T3]

# Kakao / Daum (KCSC-240909-05, 3 items; two Korean paths, stored percent-encoded)
CAFE = "별빛사랑방"
K1_RAW = f"https://cafe.daum.net/{CAFE}/Ksq2/311"
K2_RAW = f"https://cafe.daum.net/{CAFE}/Ksq2/318"
K1 = f"https://cafe.daum.net/{quote(CAFE)}/Ksq2/311"
K2 = f"https://cafe.daum.net/{quote(CAFE)}/Ksq2/318"
K3 = "https://haneul-diary.tistory.com/142"
KAKAO = [K1, K2, K3]

# TikTok (KCSC-240910-06, 2 items)
TT1 = "https://www.tiktok.com/@sora.vibes22/video/7411845219230977287"
TT2 = "https://www.tiktok.com/@sora.vibes22/video/7412003561847442706"
TIKTOK = [TT1, TT2]

# YouTube (KCSC-240911-07, 1 item)
Y1 = "https://www.youtube.com/watch?v=Qm7vX2rLp0A"

REQUESTS = [
    ("KCSC-240903-01", "discord", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     DISCORD, "non-consensual-intimate-imagery", "req-240903-01@kcsc.example",
     "servers trading intimate images"),
    ("KCSC-240904-02", "naver", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     NAVER, "drug-trade", "req-240904-02@kcsc.example", "drug sale posts"),
    ("KCSC-240905-03", "x", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     XS, "non-consensual-intimate-imagery", "req-240905-03@kcsc.example", "leaked clips"),
    ("KCSC-240906-04", "telegram", "2024-09-06T09:30:00+09:00", "2024-09-13T23:59:59+09:00",
     TG, "illegal-gambling", "req-240906-04@kcsc.example", "gambling channel"),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-13T23:59:59+09:00",
     KAKAO, "personal-information", "req-240909-05@kcsc.example", "doxxing posts"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T10:00:00+09:00", "2024-09-13T23:59:59+09:00",
     TIKTOK, "obscenity", "req-240910-06@kcsc.example", ""),
    ("KCSC-240911-07", "youtube", "2024-09-11T15:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [Y1], "illegal-gambling", "req-240911-07@kcsc.example", "gambling promotion video"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers

def numbered(urls, start=1):
    return "\n".join(f"{i}. {u}" for i, u in enumerate(urls, start))


def our_request_en(ref, platform_name, urls):
    return (
        f"Dear {platform_name} team,\n\n"
        "The Korea Communications Standards Commission has found the content at the\n"
        "addresses below to be illegal under Korean law. Under Article 44-7 of the\n"
        "Network Act we ask you to remove it or block access to it from Korea, and to\n"
        f"tell us the outcome for each address. Our reference: {ref}.\n\n"
        + numbered(urls)
        + "\n\nKCSC Takedown Desk\ntakedown@kcsc.example"
    )


def zendesk(update_line, agent, when, comment, history=""):
    out = "##- Please type your reply above this line -##\n\n" + update_line + "\n\n"
    out += "----------------------------------------------\n\n"
    out += f"{agent}\n\n{when}\n\n{comment.strip()}\n"
    if history:
        out += "\n----------------------------------------------\n\n" + history.strip() + "\n"
    out += "\nThis email is a service from Discord Trust & Safety. [K9W2-Q4LZ]\n"
    return out


def b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


DC_SUBJ = "[Discord] Re: KCSC-240903-01 Request for removal of illegal content (12 items)"
DC_HIST = ("KCSC Takedown\n\nSep 3, 2024, 10:00 KST\n\n"
           + our_request_en("KCSC-240903-01", "Discord Trust & Safety", DISCORD))

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ Discord

case(
    name="dc-zendesk-receipt-with-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'your request has been received' notification with the submitted request echoed below",
    why="pure receipt: ticket number and waiting time; the URLs are only our own request echoed in the history",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Tue, 03 Sep 2024 10:04:12 +0900",
    subject=DC_SUBJ, reply_to_req="req-240903-01",
    body=zendesk(
        "Your request (#48213077) has been received. Replying to this email adds a comment to the same request.",
        "Discord Trust & Safety", "Sep 3, 2024, 10:04 KST",
        "Hello,\n\nThanks for contacting Discord Trust & Safety. Your request has been received and\n"
        "is now in our queue. Because of the number of reports we handle, it can take a few\n"
        "business days before an agent replies. You do not need to send the report again.\n\n"
        "You can follow the request at https://dis.gd/request/48213077",
        DC_HIST),
    items={u: "pending" for u in DISCORD},
)

case(
    name="dc-solved-first-three",
    outcome="applied",
    imitates="Zendesk public agent comment with a per-link result list (Discord T&S style)",
    why="agent states per link: two messages deleted, the third could not be found",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Fri, 06 Sep 2024 16:41:09 +0900",
    subject=DC_SUBJ, reply_to_req="req-240903-01",
    body=zendesk(
        "Your request (#48213077) has been updated. To add a comment, reply to this email.",
        "Mirae (Discord Trust & Safety)", "Sep 6, 2024, 16:41 KST",
        "Hello KCSC team,\n\n"
        "Thank you for your patience. I reviewed the first three messages of your report:\n\n"
        f"- {D1} : deleted for violating our Community Guidelines\n"
        f"- {D2} : deleted\n"
        f"- {D3} : we could not find a message at this link\n\n"
        "A colleague is handling the rest of the list and will reply in this request.\n"
        "Our rules are at https://discord.com/guidelines for reference.\n\n"
        "Mirae\nDiscord Trust & Safety",
        DC_HIST),
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-partial-specialist-pending",
    outcome="applied",
    imitates="Zendesk agent reply answering part of a ticket, one link escalated to a specialist team",
    why="two messages deleted (URLs on the lines below the statement); the third is still being reviewed",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Mon, 09 Sep 2024 11:15:40 +0900",
    subject=DC_SUBJ, reply_to_req="req-240903-01",
    body=zendesk(
        "Your request (#48213077) has been updated. To add a comment, reply to this email.",
        "Joon (Discord Trust & Safety)", "Sep 9, 2024, 11:15 KST",
        "Hi there,\n\n"
        "Picking up items 4 to 6 of your list.\n\n"
        "The following two messages were deleted and the author received a warning:\n"
        f"{D4}\n{D5}\n\n"
        "The message below is with a specialist team. I'll post their decision here once they\n"
        "have finished:\n"
        f"{D6}\n\n"
        "Best,\nJoon",
        DC_HIST),
    items={D4: "removed", D5: "removed", D6: "pending"},
)

DC_INVITES_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (#48213077) has been updated. To add a comment, reply to this email.</p>
<hr>
<p><b>Hana (Discord Trust &amp; Safety)</b><br><span style="color:#888">Sep 10, 2024, 09:52 KST</span></p>
<p>Hello,</p>
<p>Here are the results for the three invite links in your report:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Invite link</th><th>Outcome</th></tr>
<tr><td><a href="{D7}">{D7}</a></td><td>Server deleted and invite disabled</td></tr>
<tr><td><a href="{D8}">{D8}</a></td><td>Invite is invalid &ndash; no server exists behind it</td></tr>
<tr><td><a href="{D9}">{D9}</a></td><td>Server deleted for violating our Terms of Service</td></tr>
</table>
<p>Kind regards,<br>Hana<br>Discord Trust &amp; Safety</p>
<p style="color:#999;font-size:11px">This email is a service from Discord Trust &amp; Safety. [K9W2-Q4LZ]</p>
</body></html>"""

case(
    name="dc-invites-html-table",
    outcome="applied",
    imitates="Zendesk HTML notification with an agent's result table",
    why="HTML table: two servers deleted (removed), one invite invalid (not_found)",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Tue, 10 Sep 2024 09:52:30 +0900",
    subject=DC_SUBJ, reply_to_req="req-240903-01",
    type="html", body=DC_INVITES_HTML,
    items={D7: "removed", D8: "not_found", D9: "removed"},
)

case(
    name="dc-follow-up-last-three",
    outcome="applied",
    imitates="Zendesk follow-up comment in the same request, numbered like the reporter's list",
    why="item 10 stays up (no violation), item 11 removed, the account in item 12 disabled",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Wed, 11 Sep 2024 15:03:18 +0900",
    subject=DC_SUBJ, reply_to_req="req-240903-01",
    body=zendesk(
        "Your request (#48213077) has been updated. To add a comment, reply to this email.",
        "Hana (Discord Trust & Safety)", "Sep 11, 2024, 15:03 KST",
        "Hello again,\n\n"
        "Following up on my last message with the final three items of your list:\n\n"
        f"10. {D10}\n"
        "    We reviewed this message and it does not break our Community Guidelines or\n"
        "    Terms of Service, so it will stay up.\n"
        f"11. {D11}\n"
        "    Removed.\n"
        f"12. {D12}\n"
        "    This account has been disabled.\n\n"
        "Hana",
        DC_HIST),
    items={D10: "rejected", D11: "removed", D12: "removed"},
)

case(
    name="dc-solved-bulk",
    outcome="review", review="bulk",
    imitates="Zendesk 'request solved' agent comment summarising the whole ticket",
    why="'all of the content you reported' for a 12-item request, no item named",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Thu, 12 Sep 2024 10:20:55 +0900",
    subject=DC_SUBJ, reply_to_req="req-240903-01",
    body=zendesk(
        "Your request (#48213077) has been solved. To reopen it, reply to this email.",
        "Hana (Discord Trust & Safety)", "Sep 12, 2024, 10:20 KST",
        "Hello,\n\nWe have now actioned all of the content you reported in this request, and I am\n"
        "marking it as solved. Thank you for helping keep Discord safe.\n\nHana"),
)

case(
    name="dc-csat-survey",
    outcome="ignored", classification="auto_reply",
    imitates="Zendesk customer satisfaction survey sent after a ticket is solved",
    why="automated satisfaction survey; says nothing about any item",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Fri, 13 Sep 2024 10:21:02 +0900",
    subject="[Discord] How would you rate the support you received? (Request #48213077)",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body=(
        "##- Please type your reply above this line -##\n\n"
        "Hello KCSC Takedown,\n\n"
        "We'd love to hear what you think of our customer service. Please take a moment to\n"
        "answer one simple question by clicking either link below:\n\n"
        "How would you rate the support you received?\n\n"
        "Good, I'm satisfied: https://dis.gd/satisfaction/48213077/good\n"
        "Bad, I'm unsatisfied: https://dis.gd/satisfaction/48213077/bad\n\n"
        "Here's a reminder of what your request (#48213077) was about:\n"
        "KCSC-240903-01 Request for removal of illegal content (12 items)\n\n"
        "This email is a service from Discord Trust & Safety. [K9W2-Q4LZ]\n"),
)

DC_REMINDER = (
    "KCSC Takedown\n\nSep 11, 2024, 09:00 KST\n\n"
    "Reminder: the deadline of our request KCSC-240903-01 (sent 3 September 2024) passed on\n"
    "10 September 2024. We have no outcome yet for these addresses:\n\n"
    + numbered([D6, D7, D8, D9, D10, D11, D12], 6)
    + "\n\nPlease tell us what was done with each of them.\nKCSC Takedown Desk")

case(
    name="dc-reminder-reply-promise",
    outcome="review", review="not_understood",
    imitates="Zendesk agent reply to the reporter's reminder, promising an update",
    why="reply to our reminder: 'still open', 'we will update' - a promise, no outcome for any item",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Wed, 11 Sep 2024 10:02:44 +0900",
    subject=DC_SUBJ, reply_to_req="req-240903-01",
    body=zendesk(
        "Your request (#48213077) has been updated. To add a comment, reply to this email.",
        "Joon (Discord Trust & Safety)", "Sep 11, 2024, 10:02 KST",
        "Hi,\n\nThanks for the nudge and sorry for the wait. Your report is still open with our\n"
        "team. We will go through the remaining links and update this request as soon as we\n"
        "have an outcome for them.\n\nJoon",
        DC_REMINDER),
)

case(
    name="dc-asks-for-message-links",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk ticket set to Pending with the agent asking the requester for more information",
    why="the agent asks for message links and a legal basis before acting; no outcome",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Wed, 04 Sep 2024 13:37:21 +0900",
    subject=DC_SUBJ, reply_to_req="req-240903-01",
    body=zendesk(
        "Your request (#48213077) is awaiting your reply. To add a comment, reply to this email.",
        "Joon (Discord Trust & Safety)", "Sep 4, 2024, 13:37 KST",
        "Hello,\n\nBefore we can act on the server links in your report we need a little more from you:\n\n"
        "1. For each server, the message links of the specific messages that break the law\n"
        "   (right-click the message > Copy Message Link), not only the server invite.\n"
        "2. The provision of Korean law each message falls under.\n\n"
        "Please reply to this email with the above. The request stays pending until then and\n"
        "will close automatically if we do not hear back within 14 days.\n\nJoon"),
)

case(
    name="dc-forged-all-removed",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="Discord T&S result notice, sent from a host failing DMARC for discord.com",
    why="claims removals but discord.com authentication fails",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 07 Sep 2024 02:14:09 +0900",
    subject="Re: KCSC-240903-01 outcome",
    body=(
        "Hello,\n\nWe have completed our review of your report KCSC-240903-01. The following\n"
        "messages were removed from Discord:\n\n"
        f"{D1}\n{D2}\n{D3}\n{D4}\n\n"
        "Regards,\nDiscord Trust & Safety\n"),
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending"},
)

case(
    name="dc-gmail-correction-over-quote",
    outcome="applied",
    imitates="agent's personal follow-up from a mail client, top-posted over the quoted earlier ticket reply",
    why="new statement: D3 found and deleted; the earlier results are only in '>' quoted text",
    **{"from": "mirae.seo@discord.com"}, name_from="Mirae Seo",
    date="Sat, 07 Sep 2024 10:05:33 +0900",
    subject="Re: [Discord] Re: KCSC-240903-01 Request for removal of illegal content (12 items)",
    reply_to_req="req-240903-01",
    body=(
        "Hi again,\n\n"
        "A correction to my reply below. Our first lookup used the wrong channel; the message at\n"
        f"{D3}\n"
        "does exist and it has now been deleted.\n\n"
        "Best,\nMirae\n\n"
        "On Fri, Sep 6, 2024 at 4:41 PM Discord <noreply@discord.com> wrote:\n"
        + quote_lines(
            "Hello KCSC team,\n\n"
            "Thank you for your patience. I reviewed the first three messages of your report:\n\n"
            f"- {D1} : deleted for violating our Community Guidelines\n"
            f"- {D2} : deleted\n"
            f"- {D3} : we could not find a message at this link\n\n"
            "Mirae\nDiscord Trust & Safety") + "\n"),
    items={D3: "removed"},
)

case(
    name="dc-wrapped-url-in-brackets",
    outcome="applied",
    imitates="Zendesk comment pasted from a hard-wrapped editor, URL wrapped inside angle brackets",
    why="the specialist decision: the message (URL wrapped over two lines in <>) was removed",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Thu, 12 Sep 2024 17:48:02 +0900",
    subject=DC_SUBJ, reply_to_req="req-240903-01",
    body=zendesk(
        "Your request (#48213077) has been updated. To add a comment, reply to this email.",
        "Joon (Discord Trust & Safety)", "Sep 12, 2024, 17:48 KST",
        "Hi,\n\nUpdate on the message that was with our specialist team\n"
        "<https://discord.com/channels/1193318804126208040/\n"
        "1195566023319187536/1280100937118408775>: it has been removed and the\n"
        "server owner has received a strike.\n\nJoon"),
    items={D6: "removed"},
)

case(
    name="dc-echoed-report-outcomes",
    outcome="applied",
    imitates="Trust & Safety case tool export echoing each reported item with an Outcome field",
    why="each echoed report has its own Outcome line: removed, no violation (stays up), removed",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Sun, 08 Sep 2024 08:30:00 +0900",
    subject=DC_SUBJ, reply_to_req="req-240903-01",
    body=zendesk(
        "Your request (#48213077) has been updated. To add a comment, reply to this email.",
        "Discord Trust & Safety", "Sep 8, 2024, 08:30 KST",
        "Report outcomes for request #48213077\n\n"
        "Report 1 of 3\n"
        f"Reported content: {D1}\n"
        "Reason given by reporter: illegal intimate imagery\n"
        "Outcome: Content removed\n\n"
        "Report 2 of 3\n"
        f"Reported content: {D2}\n"
        "Reason given by reporter: illegal intimate imagery\n"
        "Outcome: No violation found. The content remains available.\n\n"
        "Report 3 of 3\n"
        f"Reported content: {D4}\n"
        "Reason given by reporter: illegal intimate imagery\n"
        "Outcome: Content removed, account suspended"),
    items={D1: "removed", D2: "rejected", D4: "removed"},
)

case(
    name="dc-zendesk-subdomain-sender",
    outcome="review", review="unknown_sender",
    imitates="Discord-branded Zendesk mail sent from the helpdesk vendor's subdomain",
    why="sender domain discordapp.zendesk.com is no platform's domain",
    **{"from": "support@discordapp.zendesk.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 09:40:12 +0900",
    subject=DC_SUBJ, reply_to_req="req-240903-01",
    body=zendesk(
        "Your request (#48213077) has been updated. To add a comment, reply to this email.",
        "Hana (Discord Trust & Safety)", "Sep 10, 2024, 09:40 KST",
        f"Hello,\n\nThe invites {D7} and {D8} have been disabled.\n\nHana"),
    items={D7: "pending", D8: "pending"},
)

# ================================================================ NAVER

case(
    name="nv-helpdesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="네이버 고객센터 '문의 접수 완료' notification",
    why="receipt with an inquiry number only; nothing about any item",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Wed, 04 Sep 2024 11:06:51 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240904-02)",
    reply_to_req="req-240904-02",
    body=(
        "안녕하세요. 네이버 고객센터입니다.\n\n"
        "보내주신 문의가 정상적으로 접수되었습니다.\n\n"
        "- 접수번호: 20240904-0081273\n"
        "- 접수일시: 2024.09.04 11:06\n\n"
        "접수된 순서대로 담당자가 확인한 뒤 답변드리겠습니다. 답변이 등록되면 메일로 알려드립니다.\n"
        "문의 내역은 https://help.naver.com/mypage 에서 확인하실 수 있습니다.\n\n"
        "※ 본 메일은 발신 전용입니다.\n"),
)

case(
    name="nv-result-list-four",
    outcome="applied",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (per-URL result list)",
    why="게시중단 x2 (removed), 임시조치 (restricted), 작성자 삭제로 게시물 없음 (not_found)",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 14:20:00 +0900",
    subject="Re: KCSC-240904-02 불법정보 게시물 조치 요청",
    reply_to_req="req-240904-02",
    body=(
        "안녕하세요, 네이버 정책지원팀입니다.\n\n"
        "방송통신심의위원회에서 요청하신 건(KCSC-240904-02)의 처리 결과를 안내드립니다.\n\n"
        f"1. {N1} - 게시중단\n"
        f"2. {N2} - 게시중단\n"
        f"3. {N3} - 임시조치(30일)\n"
        f"4. {N4} - 작성자가 삭제하여 게시물이 존재하지 않음\n\n"
        "감사합니다.\n네이버 정책지원팀 드림\n"),
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found"},
)

case(
    name="nv-url-then-status-partial",
    outcome="applied",
    imitates="네이버 고객센터 답변 with each URL followed by its result on the next line",
    why="cafe post 임시조치 완료 (restricted); the 지식iN post still under review (pending)",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 17:02:33 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 20240904-0081273)",
    reply_to_req="req-240904-02",
    body=(
        "안녕하세요. 네이버 고객센터입니다.\n\n"
        "문의하신 게시물 중 먼저 확인된 건의 결과를 알려드립니다.\n\n"
        f"{N3}\n"
        "→ 임시조치 완료 (2024.09.06)\n\n"
        f"{N4}\n"
        "→ 현재 담당 부서에서 검토 중입니다. 결과가 나오는 대로 이 문의에 답변을 추가하겠습니다.\n\n"
        "나머지 블로그 게시물 2건은 별도로 안내드리겠습니다.\n\n"
        "네이버 고객센터 드림\n"),
    items={N3: "restricted", N4: "pending"},
)

case(
    name="nv-reject-no-violation",
    outcome="applied",
    imitates="NAVER 게시중단 요청 검토 결과 '조치 불가' reply with its reason",
    why="the blog post was reviewed and no violation found, so no action taken (rejected)",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Tue, 10 Sep 2024 10:45:12 +0900",
    subject="Re: KCSC-240904-02 불법정보 게시물 조치 요청",
    reply_to_req="req-240904-02",
    body=(
        "안녕하세요, 네이버 정책지원팀입니다.\n\n"
        f"요청하신 블로그 게시물({N2})은 검토 결과 네이버 운영정책 및 관련 법령에 위반되는 내용이\n"
        "확인되지 않아 게시중단 조치를 하지 않았습니다. 해당 게시물은 의약품 판매가 아닌\n"
        "개인 복용 후기로 판단되었습니다.\n\n"
        "추가 자료가 있으시면 회신 주시기 바랍니다.\n\n네이버 정책지원팀 드림\n"),
    items={N2: "rejected"},
)

case(
    name="nv-hedged-author-deleted",
    outcome="review", review="not_understood",
    imitates="네이버 고객센터 interim answer ('…한 것으로 보입니다', 추후 안내)",
    why="'작성자가 이미 삭제한 것으로 보입니다' is a hedge and the exact result is promised later",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 16:12:40 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 20240904-0081273)",
    reply_to_req="req-240904-02",
    body=(
        "안녕하세요. 네이버 고객센터입니다.\n\n"
        f"문의하신 블로그 게시물 {N1} 은 확인 결과 작성자가 이미 삭제한 것으로 보입니다.\n"
        "정확한 처리 내역은 담당 부서 확인 후 다시 안내드리겠습니다.\n\n"
        "이용에 불편을 드려 죄송합니다.\n네이버 고객센터 드림\n"),
    items={N1: "pending"},
)

NV_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>요청번호 <b>KCSC-240904-02</b> 중 블로그 게시물 2건의 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>번호</th><th>게시물 URL</th><th>조치 결과</th><th>조치일</th></tr></thead>
<tbody>
<tr><td>1</td><td>{N1}</td><td>블라인드 처리</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{N2}</td><td>위반 사항 없음 (조치 불가)</td><td>-</td></tr>
</tbody></table>
<p>문의사항이 있으시면 본 메일에 회신해 주세요.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>
"""

case(
    name="nv-base64-html-table",
    outcome="applied",
    imitates="NAVER 조치 결과 통지 as a base64-encoded HTML table",
    why="table: N1 블라인드 처리 (removed), N2 위반 사항 없음 조치 불가 (rejected)",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 09:12:00 +0900",
    subject="Re: KCSC-240904-02 불법정보 게시물 조치 요청",
    reply_to_req="req-240904-02",
    raw_mime=("Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
              + b64(NV_HTML.encode("utf-8")) + "\n"),
    items={N1: "removed", N2: "rejected"},
)

case(
    name="nv-reply-over-reminder",
    outcome="applied",
    imitates="NAVER Mail reply top-posted over our reminder ('-----Original Message-----')",
    why="top reply: the 지식iN post was deleted by the operator; the reminder below only lists our URLs",
    **{"from": "jiyoon.han@navercorp.com"}, name_from="한지윤",
    date="Thu, 12 Sep 2024 13:27:45 +0900",
    subject="RE: [재요청] KCSC-240904-02 게시물 조치 결과 회신 요청",
    extra_headers=["In-Reply-To: <reminder.KCSC-240904-02.20240912@kcsc.example>"],
    body=(
        "안녕하세요, 네이버 한지윤입니다.\n\n"
        "회신이 늦어 죄송합니다. 지식iN 질문 게시물은 9월 11일 운영자 삭제되었습니다.\n"
        f"{N4}\n\n"
        "나머지 건은 이전 메일로 안내드린 내용과 같습니다.\n\n"
        "한지윤 드림\n\n"
        "-----Original Message-----\n"
        "From: \"KCSC Takedown\"<takedown@kcsc.example>\n"
        "To: <policy@navercorp.com>;\n"
        "Sent: 2024-09-12 (목) 09:00:00 (GMT+09:00)\n"
        "Subject: [재요청] KCSC-240904-02 게시물 조치 결과 회신 요청\n\n"
        "안녕하세요. 방송통신심의위원회입니다.\n"
        "9월 4일 요청드린 아래 게시물의 조치 결과를 아직 받지 못하여 다시 요청드립니다.\n\n"
        + numbered(NAVER) + "\n\n각 게시물의 조치 결과를 회신해 주시기 바랍니다.\n"),
    items={N4: "removed"},
)

# ================================================================ X

case(
    name="x-case-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request intake auto-acknowledgement with a case number",
    why="case number and 'we will review' only: a pure acknowledgement",
    **{"from": "legal-noreply@x.com"}, name_from="X",
    date="Thu, 05 Sep 2024 14:03:27 +0900",
    subject="Case# 0432188761: KCSC-240905-03 [ref:_00D1a2b3c._500Xy1234:ref]",
    reply_to_req="req-240905-03",
    body=(
        "Hello,\n\nThank you for contacting X. We have received your report and created case\n"
        "number 0432188761. Please keep this number and the ref code in the subject line in\n"
        "any further correspondence about this matter.\n\n"
        "We review reports in the order received. You will hear from us once the review is\n"
        "complete.\n\nX Legal\n"),
)

case(
    name="x-withheld-and-no-violation",
    outcome="applied",
    imitates="X legal request outcome: content withheld in country, and a 'not in violation' finding",
    why="X1 and X2 withheld in South Korea (restricted); X3 reviewed, no violation, no action (rejected)",
    **{"from": "legal-noreply@x.com"}, name_from="X",
    date="Tue, 10 Sep 2024 03:44:19 +0900",
    subject="Re: Case# 0432188761: KCSC-240905-03 [ref:_00D1a2b3c._500Xy1234:ref]",
    reply_to_req="req-240905-03",
    body=(
        "Hello,\n\nWe have reviewed your request.\n\n"
        "In response to your request, we have withheld the following content in South Korea:\n\n"
        f"  {X1}\n  {X2}\n\n"
        "We have also reviewed the post below and found that it is not in violation of the X\n"
        "Rules. We are not taking action on it:\n\n"
        f"  {X3}\n\n"
        "For more about country withheld content, see https://help.x.com/en/rules-and-policies/post-withheld-by-country\n\n"
        "Regards,\nX Legal\n"),
    items={X1: "restricted", X2: "restricted", X3: "rejected"},
)

X_QP_TEXT = (
    "Hello,\n\n"
    "Following our review under case 0432188761 (your reference KCSC-240905-03):\n\n"
    f"* The account {X4} has been permanently suspended for violating our rules on non-consensual nudity.\n"
    f"* We were unable to locate the post at {X5} – it may have been deleted by its author before our review.\n\n"
    "Regards,\nX Legal\n")

case(
    name="x-suspended-and-not-located-qp",
    outcome="applied",
    imitates="X legal outcome notice, quoted-printable body with long unwrapped lines",
    why="account suspended (removed); 'unable to locate the post' (not_found; the 'may have been' is only the cause)",
    **{"from": "legal-noreply@x.com"}, name_from="X",
    date="Wed, 11 Sep 2024 05:12:50 +0900",
    subject="Re: Case# 0432188761: KCSC-240905-03 [ref:_00D1a2b3c._500Xy1234:ref]",
    reply_to_req="req-240905-03",
    raw_mime=("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
              + qp(X_QP_TEXT)),
    items={X4: "removed", X5: "not_found"},
)

case(
    name="x-outlook-reply-to-reminder",
    outcome="applied",
    imitates="Outlook reply from an X legal staffer above our quoted reminder",
    why="top reply: X2 now removed globally; the quoted reminder below lists all five URLs",
    **{"from": "d.okafor@x.com"}, name_from="Daniel Okafor",
    date="Fri, 13 Sep 2024 08:55:31 +0900",
    subject="RE: Reminder: KCSC-240905-03 removal request overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240905-03.20240913@kcsc.example>"],
    body=(
        "Hi KCSC team,\n\n"
        "Apologies for the delay. Following a further review, the post\n"
        f"{X2} has now been removed globally.\n"
        "The outcome for the other links is as stated in our earlier emails under case 0432188761.\n\n"
        "Best regards,\nDaniel Okafor\nLegal Operations, X\n\n"
        "________________________________\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "Sent: Friday, September 13, 2024 12:00 AM\n"
        "To: legal@x.com\n"
        "Subject: Reminder: KCSC-240905-03 removal request overdue\n\n"
        "Dear X Legal,\n\n"
        "The deadline of our request KCSC-240905-03 passed on 12 September 2024. Please tell us\n"
        "what was done with each of these addresses:\n\n"
        + numbered(XS) + "\n\nKCSC Takedown Desk\n"),
    items={X2: "removed"},
)

case(
    name="x-partial-with-hedge",
    outcome="applied",
    imitates="X legal reply answering part of a request, one item hedged",
    why="X1 withheld in Korea (restricted); X3 only 'appears to have been deleted' (hedge: pending)",
    **{"from": "legal-noreply@x.com"}, name_from="X",
    date="Mon, 09 Sep 2024 22:18:06 +0900",
    subject="Re: Case# 0432188761: KCSC-240905-03 [ref:_00D1a2b3c._500Xy1234:ref]",
    reply_to_req="req-240905-03",
    body=(
        "Hello,\n\nAn update on part of your request:\n\n"
        f"- {X1}: withheld in South Korea.\n"
        f"- {X3}: this post appears to have been deleted by the account holder; we are checking\n"
        "  and will confirm.\n\n"
        "We will write again about the remaining items.\n\nX Legal\n"),
    items={X1: "restricted", X3: "pending"},
)

case(
    name="x-forwarded-legal-outcome",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="X staffer forwarding an internal legal outcome email ('---------- Forwarded message ---------')",
    why="the statements sit inside a forwarded message, not written to us by the sender",
    **{"from": "s.kim@x.com"}, name_from="Sora Kim",
    date="Thu, 12 Sep 2024 11:30:00 +0900",
    subject="Fwd: Case# 0432188761 outcome",
    body=(
        "FYI - see below for the outcome on your reference KCSC-240905-03.\n\nSora\n\n"
        "---------- Forwarded message ---------\n"
        "From: X Legal Ops <legal-ops@x.com>\n"
        "Date: Wed, Sep 11, 2024 at 6:02 PM\n"
        "Subject: Case# 0432188761 outcome\n"
        "To: Sora Kim <s.kim@x.com>\n\n"
        "Sora,\n\n"
        f"The account {X4} was suspended today. Please let the Korean regulator know.\n\n"
        "Thanks,\nLegal Ops\n"),
    items={X4: "pending"},
)

X_DSN_REMINDER = (
    "Date: Fri, 13 Sep 2024 00:00:00 +0900\n"
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: legal@x.com\n"
    "Subject: Reminder: KCSC-240905-03 removal request overdue\n"
    "Message-ID: <reminder.KCSC-240905-03.20240913@kcsc.example>\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Dear X Legal,\n\n"
    "The deadline of our request KCSC-240905-03 passed on 12 September 2024. Please tell us\n"
    "what was done with each of these addresses:\n\n" + numbered(XS) + "\n\nKCSC Takedown Desk\n")

case(
    name="x-dsn-reminder-bounced",
    outcome="ignored", classification="bounce",
    imitates="RFC 3464 delivery status notification for our reminder (mailbox over quota)",
    why="a bounce of our own reminder; the URLs are in the returned message",
    **{"from": "mailer-daemon@x.com"}, name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 00:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status;\n'
        '\tboundary="dsn-7f31a0c2"\n\n'
        "This is a MIME-encapsulated message.\n\n"
        "--dsn-7f31a0c2\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx2.x.com.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<legal@x.com>: host store-04.x.com[203.0.113.44] said: 552 5.2.2\n"
        "    Mailbox full (in reply to RCPT TO command)\n\n"
        "--dsn-7f31a0c2\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx2.x.com\n"
        "Arrival-Date: Fri, 13 Sep 2024 00:00:39 +0900\n\n"
        "Final-Recipient: rfc822; legal@x.com\n"
        "Action: failed\nStatus: 5.2.2\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n"
        "--dsn-7f31a0c2\nContent-Type: message/rfc822\n\n"
        + X_DSN_REMINDER + "\n--dsn-7f31a0c2--\n"),
    items={u: "pending" for u in XS},
)

# ================================================================ Telegram

case(
    name="tg-abuse-desk-prose",
    outcome="applied",
    imitates="Telegram abuse desk reply in prose",
    why="both channel posts taken down (removed); the invite link leads to no chat (not_found)",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 21:40:11 +0900",
    subject="Re: KCSC-240906-04 Illegal gambling channel",
    reply_to_req="req-240906-04",
    body=(
        "Hello,\n\nThank you for your report. The posts "
        f"{T1} and\n{T2} have been taken down and the channel is no longer\n"
        f"accessible. The invite link {T3} is not valid: we could\n"
        "not find any chat behind it.\n\nTelegram Abuse Team\n"),
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-url-then-status-line",
    outcome="applied",
    imitates="Telegram DSA desk reply listing each URL with its status on the next line",
    why="two posts blocked on all platforms (removed); the invite link restricted for users in South Korea",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Tue, 10 Sep 2024 18:05:47 +0900",
    subject="Re: KCSC-240906-04 Illegal gambling channel",
    reply_to_req="req-240906-04",
    body=(
        "Dear Sir or Madam,\n\nThe requested content was reviewed. Results:\n\n"
        f"{T1}\nBlocked on all platforms.\n\n"
        f"{T2}\nBlocked on all platforms.\n\n"
        f"{T3}\nRestricted for users in South Korea.\n\n"
        "Telegram DSA Team\n"),
    items={T1: "removed", T2: "removed", T3: "restricted"},
)

case(
    name="tg-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply from a Telegram DSA desk mailbox",
    why="out-of-office auto-reply",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Fri, 06 Sep 2024 09:30:40 +0900",
    subject="Automatic reply: KCSC-240906-04 Illegal gambling channel",
    reply_to_req="req-240906-04",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=(
        "Thank you for your email. I am out of the office until 16 September with limited\n"
        "access to email. Your message has not been forwarded. For urgent matters please write\n"
        "to abuse@telegram.org.\n"),
)

case(
    name="tg-other-platform-link",
    outcome="review", review="wrong_platform",
    imitates="Telegram abuse desk replying about a link that belongs to another service",
    why="Telegram states 'does not exist on Telegram' about an X post: another platform's item",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 12:11:26 +0900",
    subject="Re: KCSC-240906-04 Illegal gambling channel",
    reply_to_req="req-240906-04",
    body=(
        "Hello,\n\nYour message also mentions the link\n"
        f"{X5}\n"
        "This is not a Telegram link and no such content exists on Telegram, so we cannot act\n"
        "on it. Please contact the service concerned.\n\nTelegram Abuse Team\n"),
    items={X5: "pending"},
)

case(
    name="tg-will-remove-if-violates",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk 'forwarded to moderators' reply with a conditional promise",
    why="'will be removed if found to violate' is a condition and a promise, not an outcome",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 15:52:03 +0900",
    subject="Re: KCSC-240906-04 Illegal gambling channel",
    reply_to_req="req-240906-04",
    body=(
        "Hello,\n\nWe have passed your report about "
        f"{T1} to our moderators.\n"
        "If the content is found to violate the Telegram Terms of Service, it will be removed.\n\n"
        "Telegram Abuse Team\n"),
    items={T1: "pending"},
)

# ================================================================ Kakao / Daum

case(
    name="kk-korean-path-particles",
    outcome="applied",
    imitates="카카오 고객센터 게시중단 처리 결과 with raw Korean-path URLs, particles and full-width brackets",
    why="K1 블라인드 처리 (removed); K2 임시조치 (restricted); URLs raw Korean, followed by 은 / in （）",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 15:30:00 +0900",
    subject="[카카오] 게시중단 요청 처리 결과 안내 (KCSC-240909-05)",
    reply_to_req="req-240909-05",
    body=(
        "안녕하세요, 카카오 고객센터입니다.\n\n"
        "요청하신 다음 카페 게시물의 처리 결과를 알려드립니다.\n\n"
        f"- {K1_RAW}은 블라인드 처리되었습니다.\n"
        f"- 게시물（{K2_RAW}）은 임시조치(30일)하였습니다.\n\n"
        "티스토리 게시글은 확인 후 별도로 안내드리겠습니다.\n\n"
        "카카오 고객센터 드림\n"),
    items={K1: "removed", K2: "restricted"},
)

KK_QP_TEXT = (
    "안녕하세요, 카카오 고객센터입니다.\n\n"
    "요청번호 KCSC-240909-05 관련하여 안내드립니다.\n\n"
    f"티스토리 게시글 {K3} 은(는) 개인정보 노출이 확인되어 2024년 9월 12일 비공개 처리되었습니다.\n\n"
    "감사합니다.\n카카오 고객센터 드림\n")

case(
    name="kk-tistory-private-qp",
    outcome="applied",
    imitates="카카오 고객센터 답변 (quoted-printable Korean body)",
    why="the Tistory post was made private (비공개 처리: removed)",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 16:44:10 +0900",
    subject="[카카오] 문의하신 내용에 대한 답변입니다",
    reply_to_req="req-240909-05",
    raw_mime=("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
              + qp(KK_QP_TEXT)),
    items={K3: "removed"},
)

KK_CSV = (
    "번호,URL,처리결과,처리일\n"
    f"1,{K1},삭제,2024-09-12\n"
    f"2,{K2},삭제,2024-09-12\n"
    f"3,{K3},위반 아님(게시 유지),\n")

case(
    name="kk-csv-attachment",
    outcome="applied",
    imitates="Kakao 처리결과 sent as a CSV attachment",
    why="CSV: K1 and K2 삭제 (removed); K3 위반 아님, 게시 유지 (rejected)",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 11:02:00 +0900",
    subject="[카카오] 게시중단 요청 처리 결과 (KCSC-240909-05)",
    reply_to_req="req-240909-05",
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="kk-b1"\n\n'
        "--kk-b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "안녕하세요, 카카오 고객센터입니다.\n\n"
        "요청하신 게시물 3건의 처리 결과를 첨부 파일로 보내드립니다.\n\n카카오 고객센터 드림\n\n"
        "--kk-b1\nContent-Type: text/csv; charset=utf-8; name=\"result_KCSC-240909-05.csv\"\n"
        "Content-Disposition: attachment; filename=\"result_KCSC-240909-05.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64(KK_CSV.encode("utf-8")) + "\n--kk-b1--\n"),
    items={K1: "removed", K2: "removed", K3: "rejected"},
)

case(
    name="kk-dmarc-fail",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="Kakao 처리 결과 notice from a host failing DMARC for kakaocorp.com",
    why="claims deletions but authentication of kakaocorp.com fails",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 23:58:12 +0900",
    subject="[카카오] 게시중단 요청 처리 결과 (KCSC-240909-05)",
    body=(
        "안녕하세요, 카카오 고객센터입니다.\n\n"
        f"요청하신 게시물 {K1_RAW} 및 {K2_RAW} 은 삭제 완료되었습니다.\n\n"
        "카카오 고객센터 드림\n"),
    items={K1: "pending", K2: "pending"},
)

# ================================================================ TikTok

case(
    name="tt-freshdesk-resolved",
    outcome="applied",
    imitates="Freshdesk 'ticket resolved' notification with the agent's reply, URLs in angle brackets",
    why="TT1 removed for guideline violation; TT2 not available in South Korea (restricted)",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    date="Thu, 12 Sep 2024 19:25:08 +0900",
    subject="[Ticket #88120] Re: KCSC-240910-06 Removal request - status: Resolved",
    reply_to_req="req-240910-06",
    body=(
        "Hi KCSC Takedown,\n\n"
        "Thanks for your patience while we looked into this. We reviewed the two videos:\n\n"
        f"<{TT1}> has been removed for violating our Community Guidelines.\n"
        f"<{TT2}> is no longer available to users in South Korea, in line with local law.\n\n"
        "Regards,\nMin (TikTok Trust & Safety)\n\n"
        "--\n"
        "Ticket #88120 has been set to Resolved. If you believe it is not resolved, simply reply\n"
        "to this email and the ticket will reopen. View it at https://support.tiktok.com/tickets/88120\n"),
    items={TT1: "removed", TT2: "restricted"},
)

case(
    name="tt-helpscout-autoreply",
    outcome="ignored", classification="acknowledgement",
    imitates="Help Scout mailbox auto-reply ('we've received your message')",
    why="receipt with a conversation number and response time only",
    **{"from": "lert@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Tue, 10 Sep 2024 10:00:31 +0900",
    subject="Re: KCSC-240910-06 Removal request",
    reply_to_req="req-240910-06",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=(
        "Hi there,\n\nWe've received your message (conversation #5521907) and a member of our\n"
        "team will get back to you within 2 business days.\n\n"
        "Please do not open a new conversation for the same matter; reply to this email instead.\n\n"
        "TikTok Law Enforcement Outreach\n"),
)

case(
    name="tt-portal-invitation",
    outcome="review", review="no_claims",
    imitates="TikTok notice inviting government requesters to use its online portal",
    why="trusted TikTok mail naming no item and no request",
    **{"from": "lert@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Wed, 11 Sep 2024 08:10:00 +0900",
    subject="Submitting government removal requests to TikTok",
    body=(
        "Hello,\n\nWe noticed that your organisation sends removal requests to us by email. To make\n"
        "sure your requests reach the right team quickly, please submit them through our online\n"
        "portal at https://www.tiktok.com/legal/report/government and register an account for\n"
        "your team. Email requests will continue to be accepted during a transition period.\n\n"
        "TikTok Law Enforcement Outreach\n"),
)

case(
    name="tt-reply-to-reminder-gmail-quote",
    outcome="applied",
    imitates="agent reply to our reminder with Gmail-style '>' quoting",
    why="top reply: TT2 now removed globally; the quoted reminder only lists our URLs",
    **{"from": "min.park@tiktok.com"}, name_from="Min Park",
    date="Mon, 16 Sep 2024 14:02:19 +0900",
    subject="Re: Reminder: KCSC-240910-06 removal request overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240910-06.20240914@kcsc.example>"],
    body=(
        "Hello,\n\n"
        f"Per your reminder: after a second review, <{TT2}> has now\n"
        "been removed globally.\n\nMin Park\nTikTok Trust & Safety\n\n"
        "On Sat, Sep 14, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:\n"
        + quote_lines(
            "Dear TikTok team,\n\n"
            "The deadline of our request KCSC-240910-06 passed on 13 September 2024. Please tell\n"
            "us what was done with each of these addresses:\n\n" + numbered(TIKTOK)
            + "\n\nKCSC Takedown Desk") + "\n"),
    items={TT2: "removed"},
)

# ================================================================ YouTube

case(
    name="yt-one-item-sole-statement",
    outcome="applied",
    imitates="YouTube legal team outcome reply ('we have removed the content you reported')",
    why="one-item request: 'the content you reported has been removed' applies to its only URL",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 07:31:55 +0900",
    subject="Re: KCSC-240911-07 Request to remove gambling promotion video",
    reply_to_req="req-240911-07",
    body=(
        "Hello,\n\nThank you for your notice. After review, we have removed the content you\n"
        "reported for violating YouTube's Community Guidelines.\n\n"
        "Sincerely,\nThe YouTube Legal Support Team\n"),
    items={Y1: "removed"},
)

case(
    name="yt-jira-style-age-restricted",
    outcome="applied",
    imitates="Jira Service Management customer notification ('Reply above this line') with an agent comment",
    why="the video was age-restricted (restricted)",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 02:14:40 +0900",
    subject="[LGL-4471] KCSC-240911-07 Request to remove gambling promotion video",
    reply_to_req="req-240911-07",
    body=(
        "—-—-—-—\nReply above this line.\n\n"
        "Priya Natarajan commented:\n\n"
        f"Hello, the video <{Y1}> has been age-restricted; it can no\n"
        "longer be viewed by signed-out users or users under 18.\n\n"
        "Priya Natarajan changed the status to Resolved.\n\n"
        "View request · Turn off this request's notifications\n\n"
        "This is shared with KCSC Takedown.\n\n"
        "Help Center, powered by Jira Service Management, sent you this message.\n"),
    items={Y1: "restricted"},
)

case(
    name="yt-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 message disposition notification (read receipt) for our request",
    why="read receipt only",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal KR",
    date="Wed, 11 Sep 2024 15:42:08 +0900",
    subject="Read: KCSC-240911-07 Request to remove gambling promotion video",
    reply_to_req="req-240911-07",
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification;\n'
        '\tboundary="mdn-55aa01"\n\n'
        "--mdn-55aa01\nContent-Type: text/plain; charset=utf-8\n\n"
        "Your message\n\n  To: legal-kr@google.com\n"
        "  Subject: KCSC-240911-07 Request to remove gambling promotion video\n"
        "  Sent: Wednesday, September 11, 2024 3:00 PM (UTC+09:00)\n\n"
        "was read on Wednesday, September 11, 2024 3:42 PM (UTC+09:00).\n\n"
        "--mdn-55aa01\nContent-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.google.com; Gmail\n"
        "Final-Recipient: rfc822; legal-kr@google.com\n"
        "Original-Message-ID: <req-240911-07@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        "--mdn-55aa01--\n"),
)

HEADER = """# Blind set 812 (focus: ticket systems and threads). Written by make.py;
# expected results written from each email's meaning before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind812", HEADER, CASES)
    print(f"{len(CASES)} cases")
