#!/usr/bin/env python3
"""Blind set 116: ticket systems and threads.

Replies as they come out of Zendesk / Freshdesk / Jira Service Management /
Help Scout style help desks: receipts, "solved" notices, follow-ups in the
same thread, replies to our reminders, partial answers, forwarded notes.
Every email is fictional and written for this set; the expected result of
each case was written from the email's meaning before any run of the reader.

    python3 tests/corpus/blind116/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "discord.com": "Discord",
})

# ---------------------------------------------------------------- requests
TG = [
    "https://t.me/moonlit_bazaar/118",
    "https://t.me/moonlit_bazaar/121",
    "https://t.me/greyferry_chat/4057",
]
X = [
    "https://x.com/pale_lantern77/status/1831204417760001201",   # 0
    "https://x.com/pale_lantern77/status/1831204417760001288",   # 1
    "https://x.com/ordo_sable/status/1831311290045500012",       # 2
    "https://x.com/ordo_sable/status/1831311290045500377",       # 3
    "https://x.com/kimchi_rocket_kr/status/1831422001910023456", # 4
    "https://x.com/kimchi_rocket_kr/status/1831422001910023999", # 5
    "https://x.com/vantablue_9/status/1831530098812270080",      # 6
    "https://x.com/marsh_owl_shop/status/1831601122233440001",   # 7
    "https://x.com/marsh_owl_shop/status/1831601122233440777",   # 8
    "https://x.com/tin_heron/status/1831777700001112223",        # 9
    "https://x.com/tin_heron/status/1831777700001119991",        # 10
    "https://x.com/dust_cartel_kr",                              # 11
    "https://x.com/ivory_kettle/status/1831888812345600042",     # 12
    "https://x.com/loop_quarry/status/1831999901111100008",      # 13
]
YT = [
    "https://www.youtube.com/watch?v=Qk7mZ3pLx0A",
    "https://www.youtube.com/watch?v=bR2nT8vWy4E",
    "https://www.youtube.com/@hollowmint_tv",
    "https://youtu.be/Zx9cV1bN2mQ",
]
NV = [
    "https://blog.naver.com/sunset_loom/223581230001",
    "https://cafe.naver.com/greenbarrow/50412",
    "https://blog.naver.com/duskpine_22/223590011122",
]
KK_ENTRY_RAW = "https://nightsea.tistory.com/entry/오늘의-장터"
KK = [
    "https://cafe.daum.net/moonriver77/Lb2x/88",
    "https://nightsea.tistory.com/entry/%EC%98%A4%EB%8A%98%EC%9D%98-%EC%9E%A5%ED%84%B0",
    "https://nightsea.tistory.com/41",
]
DC = [
    "https://discord.gg/quietMarket7",
    "https://discord.gg/ashTrade99",
    "https://discord.com/channels/1120433218811000001/1120433218811000555/1283301122334455011",
    "https://discord.com/channels/1120433218811000001/1120433218811000555/1283301122334455078",
    "https://discord.com/channels/1177889900112233445/1177889900112233500/1283409988776655123",
]
X1 = ["https://x.com/cold_marigold/status/1832011223344556677"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "telegram", "2024-09-03T10:00:00+09:00", "2024-09-06T18:00:00+09:00", TG,
     "drug_trade", "two channel posts and one group message"),
    ("KCSC-240905-02", "x", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", X,
     "illegal_gambling", "largest request of the set"),
    ("KCSC-240909-03", "youtube", "2024-09-09T10:02:00+09:00", "2024-09-13T18:00:00+09:00", YT,
     "obscene", "videos, a channel and a short link"),
    ("KCSC-240910-04", "naver", "2024-09-10T09:30:00+09:00", "2024-09-12T18:00:00+09:00", NV,
     "privacy", "blog and cafe posts"),
    ("KCSC-240911-05", "kakao", "2024-09-11T14:00:00+09:00", "2024-09-14T18:00:00+09:00", KK,
     "illegal_gambling", "Daum cafe post and Tistory entries (one Korean path)"),
    ("KCSC-240912-06", "discord", "2024-09-12T16:00:00+09:00", "2024-09-19T18:00:00+09:00", DC,
     "drug_trade", "two invites and three messages"),
    ("KCSC-240913-07", "x", "2024-09-13T09:15:00+09:00", "2024-09-20T18:00:00+09:00", X1,
     "defamation", "one-item request"),
]


def msgid(ref):
    return ref.lower() + "@kcsc.example"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def thread(ref):
    return ref.lower()


def reminder_headers(ref):
    r = f"<reminder.{ref}.1@kcsc.example>"
    return [f"In-Reply-To: {r}", f"References: <{msgid(ref)}> {r}"]


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQ_TG = f"""Dear Telegram team,

The Korea Communications Standards Commission asks you to remove the
following content, which is illegal under the law of the Republic of Korea
(reference KCSC-240903-01):

{TG[0]}
{TG[1]}
{TG[2]}

Please reply to this address with the action taken for each link.

KCSC Takedown desk"""

REM_TG = f"""Reminder: the following items of request KCSC-240903-01 are still pending
after the deadline of 6 September 2024:

{TG[0]}
{TG[1]}
{TG[2]}

Please tell us the action taken for each link."""

REQ_X_HEAD = "Dear X Legal team,\n\nPlease remove or withhold in Korea the following posts and account\n(reference KCSC-240905-02):\n\n"
REQ_X = REQ_X_HEAD + "\n".join(X) + "\n\nKCSC Takedown desk"

REQ_YT = "Dear YouTube Legal team,\n\nPlease review and remove the following content (reference\nKCSC-240909-03):\n\n" + "\n".join(YT) + "\n\nKCSC Takedown desk"

REM_NV = "[독촉] 시정요구(KCSC-240910-04) 조치 결과 회신 요청\n\n아래 게시물에 대한 조치 결과가 아직 회신되지 않았습니다.\n\n" + "\n".join(NV) + "\n\n방송통신심의위원회 시정요구 담당"

REQ_KK = "카카오 고객센터 담당자님께,\n\n아래 게시물에 대해 시정요구(KCSC-240911-05)를 드립니다.\n\n" + "\n".join(KK) + "\n\n방송통신심의위원회"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ Telegram
case(
    name="tg-zendesk-solved-three-lines",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Fri, 06 Sep 2024 12:14:31 +0000",
    subject="[Telegram Support] Re: KCSC-240903-01 removal request (#4821139) has been solved",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""##- Please type your reply above this line -##

Your request #4821139 has been solved. If you reply to this email the
request will be reopened.

Ilya (Telegram Support)
Sep 6, 2024, 12:14 UTC

Hello,

We have reviewed the links in your report KCSC-240903-01:

{TG[0]} - removed
{TG[1]} - removed
{TG[2]} - we could not find this message; the link does not point to an existing post.

Kind regards,
Ilya
Telegram Support

This email is a service from Telegram Support. Ticket #4821139
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request has been solved' notification with the agent's last comment",
    why="solved notice whose comment states each link: two removed, one not found",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"},
)

case(
    name="tg-reminder-reply-top-posted",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Sat, 14 Sep 2024 08:41:02 +0000",
    subject="Re: Reminder: KCSC-240903-01 overdue items",
    extra_headers=reminder_headers("KCSC-240903-01"),
    body=f"""Hello,

The message {TG[2]} was taken down on 14 September.
We are still checking the two posts in @moonlit_bazaar and will come back to you.

Telegram DSA team

On Fri, 13 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REM_TG)}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply top-posted over our reminder (Gmail-style quoting)",
    why="one link stated taken down; the other two are only promised, and the quoted reminder says nothing",
    items={TG[2]: "removed", TG[0]: "pending", TG[1]: "pending"},
)

case(
    name="tg-outlook-reply-schemeless",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 07:05:44 +0000",
    subject="RE: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""Hi,

Both posts from @moonlit_bazaar have been deleted: t.me/moonlit_bazaar/118 and t.me/moonlit_bazaar/121.

Regards,
Telegram Abuse

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@telegram.org
Subject: [KCSC-240903-01] Request for removal of illegal content

{REQ_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with links written without scheme",
    why="two posts stated deleted by their short links; the original request below is quoted",
    items={TG[0]: "removed", TG[1]: "removed"},
)

case(
    name="tg-forwarded-moderation-note",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Tue, 10 Sep 2024 10:20:00 +0000",
    subject="Fwd: Re: KCSC-240903-01",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""Hi,

Forwarding the note from our moderation queue below for your records.

Best,
Anna

---------- Forwarded message ---------
From: Moderation Queue <modqueue@telegram.org>
Date: Mon, Sep 9, 2024 at 3:12 PM
Subject: Re: KCSC-240903-01
To: <dsa@telegram.org>

Message {TG[2]} deleted, group admins warned.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="agent forwarding an internal moderation note (Gmail 'Forwarded message' block)",
    why="the only statement is inside a forwarded block, not the sender's own words",
    items={TG[2]: "pending"},
)

case(
    name="tg-auth-fail-claims-removed",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    auth="fail",
    date="Wed, 11 Sep 2024 02:13:09 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    body=f"""Hello,

Your complaint has been processed. The following content was removed:

{TG[0]}
{TG[1]}

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="plain abuse-desk result whose DKIM/SPF/DMARC fail",
    why="Telegram's domain but authentication failed: nothing may change",
    items={TG[0]: "pending", TG[1]: "pending"},
)

case(
    name="tg-comment-contradicts-summary",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Thu, 12 Sep 2024 09:30:12 +0000",
    subject="Case #4821139 update",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""Hello,

Thank you for your patience. We removed the post {TG[0]}
from the channel earlier today.

Best regards,
Telegram Support

------------------------------------------
Case summary (generated automatically)
Case #4821139
Item: {TG[0]}
Resolution: No violation found - no action taken
------------------------------------------
""",
    outcome="review", review="conflicting_statements",
    imitates="help-desk reply whose agent comment and auto-generated case summary disagree",
    why="the same post is said removed and said left up with no action: a person must decide",
    items={TG[0]: "pending"},
)

case(
    name="tg-ticket-receipt",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Tue, 03 Sep 2024 01:02:55 +0000",
    subject="[Telegram Support] Received: KCSC-240903-01 removal request (Case #4821139)",
    reply_to_req=thread("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We have received your request. Case #4821139 has been created and a member
of our team will look into it. You do not need to send the report again.

Replies to this email are added to your case.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk 'request received, case created' receipt",
    why="pure receipt with a case number, nothing about any item",
    items={},
)

# ================================================================ X (largest)
jira_rows = [
    (X[0], "Withheld in KR"), (X[1], "Removed (X Rules violation)"),
    (X[2], "No action - no violation found"), (X[3], "Withheld in KR"),
    (X[4], "Not found - URL does not resolve"), (X[5], "Removed (X Rules violation)"),
    (X[6], "Withheld in KR"), (X[7], "Withheld in KR"),
]
jira_table = "\n".join(f"{u:<62}{a}" for u, a in jira_rows)
case(
    name="x-jira-resolved-text-table",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal Requests",
    date="Tue, 10 Sep 2024 06:33:10 +0000",
    subject="[LGL-20931] Resolved: Court/regulator request KCSC-240905-02",
    reply_to_req=thread("KCSC-240905-02"),
    body=f"""—— Reply above this line ——

Your request LGL-20931 has been resolved.

Hello,

We completed our review of part of your request KCSC-240905-02. Outcome by URL:

URL                                                           Action
{jira_table}

The remaining URLs of your request are handled under LGL-20932.

View request: https://legalrequests.x.com/portal/requests/LGL-20931
Turn off this request's notifications
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' notification with a fixed-width outcome table",
    why="eight rows each with an unambiguous action; the portal link is not an item",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "rejected", X[3]: "restricted",
           X[4]: "not_found", X[5]: "removed", X[6]: "restricted", X[7]: "restricted"},
)

html_rows = [
    (X[8], "Withheld in South Korea"), (X[9], "Deleted by the account owner before review"),
    (X[10], "Removed"), (X[11], "Account suspended"),
    (X[12], "No violation of the X Rules or local law identified; no action"),
    (X[13], "Withheld in South Korea"),
]
html_table = "\n".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td></tr>' for u, a in html_rows)
text_table = "\n".join(f"* {u}\n  {a}" for u, a in html_rows)
case(
    name="x-freshdesk-html-table",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal Requests",
    date="Wed, 11 Sep 2024 04:12:45 +0000",
    subject="Ticket #LGL-20932 status changed to Resolved",
    reply_to_req=thread("KCSC-240905-02"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="fd-20932-alt"

--fd-20932-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Ticket LGL-20932 (KCSC-240905-02, second part) is now Resolved.

{text_table}

X Legal Requests

--fd-20932-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Hello,</p>
<p>Ticket LGL-20932 (KCSC-240905-02, second part) is now <b>Resolved</b>.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Outcome</th></tr>
{html_table}
</table>
<p>X Legal Requests</p>
</body></html>

--fd-20932-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'status changed to Resolved' email with an HTML outcome table",
    why="six rows: withheld, deleted by owner, removed, suspended, no action, withheld",
    items={X[8]: "restricted", X[9]: "not_found", X[10]: "removed", X[11]: "removed",
           X[12]: "rejected", X[13]: "restricted"},
)

csv_lines = ["reported_url,decision,country_scope"]
csv_map = [
    (X[0], "Withheld", "KR", "restricted"), (X[1], "Removed", "Global", "removed"),
    (X[2], "No action", "", "rejected"), (X[3], "Withheld", "KR", "restricted"),
    (X[4], "Not found", "", "not_found"), (X[5], "Removed", "Global", "removed"),
    (X[6], "Under review", "", "pending"), (X[7], "Withheld", "KR", "restricted"),
    (X[8], "Withheld", "KR", "restricted"), (X[9], "Deleted by owner", "", "not_found"),
    (X[10], "Under review", "", "pending"), (X[11], "Account suspended", "Global", "removed"),
    (X[12], "No action", "", "rejected"), (X[13], "Withheld", "KR", "restricted"),
]
for u, d, s, _ in csv_map:
    csv_lines.append(f"{u},{d},{s}")
case(
    name="x-csv-attachment-all-rows",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal Requests",
    date="Thu, 12 Sep 2024 07:00:02 +0000",
    subject="[LGL-20931] Outcome report for KCSC-240905-02",
    reply_to_req=thread("KCSC-240905-02"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="lgl-20931-mix"

--lgl-20931-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for each URL in your request
KCSC-240905-02. Rows marked "Under review" are still open with our team
and we will update you separately.

X Legal Requests

--lgl-20931-mix
Content-Type: text/csv; charset=utf-8; name="LGL-20931-outcome.csv"
Content-Disposition: attachment; filename="LGL-20931-outcome.csv"
Content-Transfer-Encoding: base64

{b64(chr(10).join(csv_lines) + chr(10))}

--lgl-20931-mix--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply with a per-URL outcome CSV attached (base64)",
    why="fourteen rows; twelve have decisions, two 'Under review' stay pending",
    items={u: st for u, _, _, st in csv_map},
)

case(
    name="x-partial-four-of-fourteen",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal Requests",
    date="Mon, 09 Sep 2024 23:50:18 +0000",
    subject="Re: KCSC-240905-02 - partial response",
    reply_to_req=thread("KCSC-240905-02"),
    body=f"""Hello,

We have finished reviewing 4 of the 14 URLs in your request. The rest are
still with our team.

1. {X[0]}
   Withheld in South Korea in response to your request.
2. {X[1]}
   Removed for violating the X Rules.
3. {X[4]}
   We could not locate this post. Please check the URL.
4. {X[12]}
   We reviewed this post and did not find a violation of the X Rules or of
   local law. It remains available.

We will send the results for the other URLs once our review is complete.

Thanks,
X Legal Requests
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer: numbered list with the action on the line under each URL",
    why="four URLs decided; the other ten are explicitly not yet reviewed",
    items={X[0]: "restricted", X[1]: "removed", X[4]: "not_found", X[12]: "rejected"},
)

case(
    name="x-account-suspended-and-withheld",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 13:01:44 +0000",
    subject="Re: [KCSC-240905-02] Request for removal",
    reply_to_req=thread("KCSC-240905-02"),
    body=f"""Hello KCSC,

Following our investigation, the account {X[11]} has been
permanently suspended for violating the X Rules, so none of its posts are
visible any more.

In addition, the post {X[13]}
has been withheld in South Korea.

We have not yet completed our review of the other URLs.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply on an account suspension plus a country-withheld post (URL on the next line)",
    why="account suspended (removed) and one post withheld in Korea (restricted)",
    items={X[11]: "removed", X[13]: "restricted"},
)

case(
    name="x-gmail-angle-brackets",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 02:40:00 +0000",
    subject="Re: [KCSC-240905-02] Request for removal",
    reply_to_req=thread("KCSC-240905-02"),
    body=f"""Hi KCSC team,

The post below was removed for violating our rules on illegal goods and
services:
<{X[5]}>

This one could not be found on X; it may have been typed incorrectly:
<{X[4]}>

Thanks,
Mei, X Legal

On Thu, Sep 5, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQ_X)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply with URLs in angle brackets on the line below their statement",
    why="one removed, one not found; the quoted request lists all fourteen without statuses",
    items={X[5]: "removed", X[4]: "not_found"},
)

case(
    name="x-html-only-bullets",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal Requests",
    date="Wed, 11 Sep 2024 09:15:27 +0000",
    subject="Update on LGL-20931",
    reply_to_req=thread("KCSC-240905-02"),
    type="html",
    body=f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>The following posts from your request KCSC-240905-02 have been <b>withheld in South Korea</b>:</p>
<ul>
<li><a href="{X[3]}">{X[3]}</a></li>
<li><a href="{X[7]}">{X[7]}</a></li>
<li><a href="{X[8]}">{X[8]}</a></li>
</ul>
<p>We did not take action on <a href="{X[2]}">this post</a>, as it does not violate the X Rules and we found no legal basis to restrict it.</p>
<p>You can read about country withheld content at <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">help.x.com</a>.</p>
<p>X Legal Requests</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML-only help-desk update with a bulleted list and a linked refusal",
    why="three withheld in Korea, one refused (linked text 'this post'); the help link is no item",
    items={X[3]: "restricted", X[7]: "restricted", X[8]: "restricted", X[2]: "rejected"},
)

case(
    name="x-reminder-reply-status-below",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 05:22:10 +0000",
    subject="Re: Reminder: KCSC-240905-02 overdue items",
    extra_headers=reminder_headers("KCSC-240905-02"),
    body=f"""Hello,

Sorry for the delay. Current status of the URLs you listed:

{X[9]}
Status: content deleted by the account holder; nothing for us to act on

{X[10]}
Status: removed

{X[12]}
Status: no action (no violation found)

{X[13]}
Status: withheld in KR

X Legal

> Reminder: 5 items of request KCSC-240905-02 are still pending after the
> deadline of 12 September 2024.
""",
    outcome="applied", classification="confirmation",
    imitates="reply to our reminder: bare URL with its status on the line below",
    why="four URLs with a status line each; quoted reminder adds nothing",
    items={X[9]: "not_found", X[10]: "removed", X[12]: "rejected", X[13]: "restricted"},
)

case(
    name="x-will-be-withheld-promise",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 08:08:08 +0000",
    subject="Re: [KCSC-240905-02] Request for removal",
    reply_to_req=thread("KCSC-240905-02"),
    body=f"""Hello,

Thank you for your request. Our team has assessed the two posts below and
they will be withheld in South Korea once our review of the legal basis is
finished:

{X[6]}
{X[10]}

We will confirm when this is done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="legal-desk reply promising future withholding",
    why="'will be withheld once ... finished' is a promise, not a statement",
    items={X[6]: "pending", X[10]: "pending"},
)

case(
    name="x-law-firm-unknown-sender",
    **{"from": "counsel@hanbit-law.example"},
    name_from="Hanbit Law Office",
    date="Fri, 13 Sep 2024 06:00:00 +0000",
    subject="Regarding KCSC-240905-02 and our client's post",
    body=f"""Dear Sir or Madam,

We act for the holder of the account @pale_lantern77. X has informed our
client that the post {X[0]} was removed on 10 September
at your request. Our client disputes the basis of the request and asks the
Commission to reconsider.

Yours faithfully,
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from a user's lawyer about a post in our request",
    why="not X's domain; a third party's report of X's action changes nothing",
    items={X[0]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "dreyes@x.com"},
    name_from="Daniel Reyes",
    date="Fri, 13 Sep 2024 00:05:41 +0000",
    subject="Automatic reply: Reminder: KCSC-240905-02 overdue items",
    extra_headers=reminder_headers("KCSC-240905-02") + [
        "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your message. I am out of the office until 23 September with
limited access to email. For legal requests please write to legal@x.com,
which is monitored by the team.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office 'Automatic reply'",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="x-one-item-request-no-url",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Mon, 16 Sep 2024 03:14:00 +0000",
    subject="Re: [KCSC-240913-07] Request for removal",
    reply_to_req=thread("KCSC-240913-07"),
    body="""Hello,

Regarding your request KCSC-240913-07: we have removed the reported post
for violating the X Rules on abuse and harassment.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="short legal-desk answer to a one-post request without repeating the URL",
    why="the request has one item; 'the reported post' can only be that one",
    items={X1[0]: "removed"},
)

# ================================================================ YouTube
yt_plain = f"""Hello,

Thanks for writing to us about KCSC-240909-03.

We removed {YT[0]} for violating YouTube's Community Guidelines.

We blocked {YT[1]} from view in South Korea, based on local law. It is still available in other countries.

Best,
Joon
YouTube Legal Support
"""
yt_html = f"""<div>Hello,<br><br>Thanks for writing to us about KCSC-240909-03.<br><br>
We removed <a href="{YT[0]}">{YT[0]}</a> for violating YouTube's Community Guidelines.<br><br>
We blocked <a href="{YT[1]}">{YT[1]}</a> from view in South Korea, based on local law. It is still available in other countries.<br><br>
Best,<br>Joon<br>YouTube Legal Support</div>
"""
case(
    name="yt-helpscout-quoted-printable",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 01:45:10 +0000",
    subject="Re: KCSC-240909-03 [#4417702]",
    reply_to_req=thread("KCSC-240909-03"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="hs-4417702"

--hs-4417702
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_plain)}
--hs-4417702
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_html)}
--hs-4417702--
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout style reply, quoted-printable text and HTML ('watch?v=3D')",
    why="one video removed worldwide, one blocked in Korea",
    items={YT[0]: "removed", YT[1]: "restricted"},
)

case(
    name="yt-followup-same-thread",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 02:10:00 +0000",
    subject="Re: KCSC-240909-03 [#4417702]",
    reply_to_req=thread("KCSC-240909-03"),
    body=f"""Hello again,

Following up on my message from yesterday on ticket 4417702.

The channel {YT[2]} has been terminated for repeated
violations of our Terms of Service.

Regarding {YT[3]}: we reviewed the video and it does not
violate our Community Guidelines, and we found no legal basis to restrict
it in Korea, so it remains available.

Best,
Joon
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="second agent reply in the same help-desk thread",
    why="channel terminated (removed); short-link video refused with reason (rejected)",
    items={YT[2]: "removed", YT[3]: "rejected"},
)

case(
    name="yt-age-restricted-url-below",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 06:30:00 +0000",
    subject="Re: KCSC-240909-03 [#4417702]",
    reply_to_req=thread("KCSC-240909-03"),
    body=f"""Hi,

After review, we've applied an age restriction to the following video:

{YT[1]}

It can no longer be watched by signed-out viewers or by users under 18.
It remains on YouTube with this restriction.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome, URL on the line after the statement",
    why="age-restricted is restricted",
    items={YT[1]: "restricted"},
)

case(
    name="yt-receipt-then-result",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 04:00:00 +0000",
    subject="Re: KCSC-240909-03 [#4417702]",
    reply_to_req=thread("KCSC-240909-03"),
    body=f"""Hello,

Thank you for your report; we've received it under ticket 4417702.

Our team has already reviewed part of it: the video {YT[3]} has been
removed for violating our Community Guidelines. We'll write again about
the other items.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="receipt sentence followed by a first result in the same email",
    why="acknowledgement phrase plus an unhedged removal: not a pure receipt",
    items={YT[3]: "removed"},
)

case(
    name="yt-statement-of-reasons",
    **{"from": "noreply-legal@google.com"},
    name_from="Google Legal",
    date="Fri, 13 Sep 2024 00:00:15 +0000",
    subject="Decision on your legal request KCSC-240909-03",
    reply_to_req=thread("KCSC-240909-03"),
    body=f"""Statement of reasons

Your reference:      KCSC-240909-03
Content:             {YT[0]}
Decision:            Restriction of visibility - access disabled in the Republic of Korea
Ground:              Content illegal under the law of the Republic of Korea (local legal request)
Territorial scope:   KR
Automated detection: No
Automated decision:  No

If you disagree with this decision you can find the options available at
https://support.google.com/legal/answer/1120734 .

Google LLC
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons with key/value fields",
    why="access disabled in Korea only: restricted; the support link is no item",
    items={YT[0]: "restricted"},
)

case(
    name="yt-zendesk-history-unquoted",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 07:40:00 +0000",
    subject="[YouTube Legal] Re: KCSC-240909-03",
    reply_to_req=thread("KCSC-240909-03"),
    body=f"""##- Please type your reply above this line -##

Your request (4417702) has been updated. To add additional comments, reply to this email.

Mina (YouTube Legal Support)
Sep 12, 2024, 16:40 KST

Hello,

Thanks for your patience. The channel you reported has been terminated
for violating YouTube's Terms of Service:
{YT[2]}

The videos in your request are still with our team.

KCSC Takedown
Sep 9, 2024, 10:02 KST

{REQ_YT}

This email is a service from YouTube Legal Support.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk update notification that shows the whole conversation, our request unquoted",
    why="latest comment terminates the channel; the videos are still under review; our own earlier comment is history",
    items={YT[2]: "removed", YT[0]: "pending", YT[1]: "pending", YT[3]: "pending"},
)

case(
    name="yt-hedge-may-be-gone",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 08:20:00 +0000",
    subject="Re: KCSC-240909-03 [#4417702]",
    reply_to_req=thread("KCSC-240909-03"),
    body=f"""Hi,

It looks like {YT[3]} may already have been taken down by
the uploader. We'll confirm once our systems have updated.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="agent reply with a hedged 'may already have been taken down'",
    why="'looks like ... may' is a hedge, not a statement",
    items={YT[3]: "pending"},
)

case(
    name="yt-asks-for-legal-basis",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 09:00:00 +0000",
    subject="Re: KCSC-240909-03 [#4417702] - more information needed",
    reply_to_req=thread("KCSC-240909-03"),
    body=f"""Hello,

Before we can act on {YT[0]}, we need a little more
information:

- the provision of Korean law the content is said to breach, and
- the timestamps in the video where the content appears.

Please reply to this email with these details. Your ticket will stay
pending until we hear from you.

YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="help-desk ticket set to Pending with questions for the requester",
    why="the platform asks us for the legal basis and timestamps",
    items={YT[0]: "pending"},
)

case(
    name="yt-automated-receipt-echo",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 01:03:00 +0000",
    subject="We received your legal request [#4417702]",
    reply_to_req=thread("KCSC-240909-03"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""This is an automated message confirming that we received your request.

Ticket: 4417702
Reported URLs:
  {YT[0]}
  {YT[1]}
  {YT[2]}
  {YT[3]}

Our team will review your request and respond by email. Please do not
reply to this message.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automated ticket receipt that echoes the reported URLs",
    why="receipt: echoes our URLs, states nothing about them",
    items={},
)

# ================================================================ NAVER
case(
    name="naver-result-notice-korean",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 02:00:00 +0000",
    subject="[네이버] 시정요구(KCSC-240910-04) 처리 결과 안내",
    reply_to_req=thread("KCSC-240910-04"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240910-04)에 대한 처리 결과를 안내드립니다.

1. {NV[0]}
   - 처리 결과: 게시중단 (블로그 운영정책 위반)
2. {NV[1]}
   - 처리 결과: 임시조치 (30일)

추가 문의 사항은 본 메일에 회신해 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 / 임시조치 처리 결과 안내",
    why="게시중단 → removed, 임시조치 → restricted; third post not mentioned",
    items={NV[0]: "removed", NV[1]: "restricted"},
)

nv_b64 = f"""[네이버 고객센터] 문의번호 2024091100123 답변드립니다.

안녕하세요. 문의하신 게시물에 대해 확인한 결과를 알려드립니다.

- {NV[1]}
  작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.

- {NV[2]}
  검토 결과 운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다.

본 메일은 발신 전용이 아니며, 회신하시면 같은 문의로 접수됩니다.
"""
case(
    name="naver-ticket-answer-base64",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 05:30:00 +0000",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 고객센터] 문의 답변 (KCSC-240910-04)".encode()).decode() + "?=",
    reply_to_req=thread("KCSC-240910-04"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(nv_b64)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre ticket answer, base64 body, encoded subject",
    why="one post already deleted by its author (not_found), one kept as not violating (rejected)",
    items={NV[1]: "not_found", NV[2]: "rejected"},
)

case(
    name="naver-reminder-reply-mixed",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    date="Sat, 14 Sep 2024 01:10:00 +0000",
    subject="RE: [독촉] 시정요구(KCSC-240910-04) 조치 결과 회신 요청",
    extra_headers=reminder_headers("KCSC-240910-04"),
    body=f"""안녕하세요, 회신이 늦어 죄송합니다.

{NV[0]} 게시물은 9월 13일 게시중단 조치를 완료하였습니다.
{NV[1]} 게시물은 현재 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

네이버 정책지원 드림

-----Original Message-----
From: "KCSC Takedown" <takedown@kcsc.example>
To: policy@navercorp.com
Sent: 2024-09-13 (금) 09:00:00
Subject: [독촉] 시정요구(KCSC-240910-04) 조치 결과 회신 요청

{REM_NV}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply over our reminder (NAVER Works / Outlook quoting)",
    why="blog post 게시중단 완료 (removed); cafe post 검토 중 stays pending",
    items={NV[0]: "removed", NV[1]: "pending"},
)

case(
    name="naver-says-tistory-not-ours",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    date="Sun, 15 Sep 2024 23:00:00 +0000",
    subject="RE: 게시물 확인 요청",
    body=f"""안녕하세요.

문의하신 {KK[2]} 은(는) 네이버 서비스가 아닌 티스토리(카카오)의
게시물로, 당사 시스템에서는 해당 게시물이 존재하지 않습니다.
해당 서비스 운영사로 문의해 주시기 바랍니다.

네이버 정책지원 드림
""",
    outcome="review", review="wrong_platform",
    imitates="portal reply that a URL belongs to another company's service",
    why="NAVER speaks about a Kakao item; it cannot settle that item",
    items={KK[2]: "pending"},
)

dsn_text = "Undelivered Mail Returned to Sender"
case(
    name="naver-dsn-reminder",
    **{"from": "MAILER-DAEMON@navercorp.com"},
    name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 00:00:09 +0000",
    subject=dsn_text,
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-nv-0913"

--dsn-nv-0913
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.navercorp.com.

Your message could not be delivered to one or more recipients.

<policy-old@navercorp.com>: host mailstore.navercorp.com said: 550 5.1.1
    mailbox unavailable

--dsn-nv-0913
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com
Arrival-Date: Fri, 13 Sep 2024 09:00:05 +0900

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--dsn-nv-0913
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: [독촉] 시정요구(KCSC-240910-04) 조치 결과 회신 요청
Message-ID: <reminder.KCSC-240910-04.1@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{REM_NV}

--dsn-nv-0913--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification carrying our reminder",
    why="bounce of our own reminder; the URLs are ours",
    items={},
)

# ================================================================ Kakao
case(
    name="kakao-tistory-particles",
    **{"from": "cs-report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 04:00:00 +0000",
    subject="[카카오] 시정요구(KCSC-240911-05) 조치 결과 안내",
    reply_to_req=thread("KCSC-240911-05"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 티스토리 게시물에 대한 조치 결과를 안내드립니다.

<{KK_ENTRY_RAW}> : 블라인드 처리 완료
{KK[2]}은 운영정책 위반으로 비공개 처리되었습니다.

감사합니다.
카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory 블라인드·비공개 처리 결과 안내, raw Korean path, particle glued to URL",
    why="Korean-path entry blinded (removed); /41 made private (removed)",
    items={KK[1]: "removed", KK[2]: "removed"},
)

case(
    name="kakao-kcsc-result-table-html",
    **{"from": "cs-report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Sat, 14 Sep 2024 02:30:00 +0000",
    subject="[카카오] 시정요구 조치결과 회신 (KCSC-240911-05)",
    reply_to_req=thread("KCSC-240911-05"),
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240911-05)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{KK[0]}</td><td>삭제</td><td>2024-09-13</td></tr>
<tr><td>2</td><td><a href="{KK[1]}">{KK_ENTRY_RAW}</a></td><td>접속차단(국내)</td><td>2024-09-13</td></tr>
<tr><td>3</td><td>{KK[2]}</td><td>해당 게시물 없음</td><td>-</td></tr>
</table>
<p>카카오 고객센터</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (번호/URL/조치결과/조치일) in HTML",
    why="삭제 → removed; 접속차단(국내) → restricted; 해당 게시물 없음 → not_found",
    items={KK[0]: "removed", KK[1]: "restricted", KK[2]: "not_found"},
)

case(
    name="kakao-fullwidth-parentheses",
    **{"from": "cafe-report@daum.net"},
    name_from="Daum 카페 고객센터",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240911-05] 불법정보 시정요구",
    reply_to_req=thread("KCSC-240911-05"),
    body=f"""안녕하세요. Daum 카페 고객센터입니다.

요청하신 게시물（{KK[0]}）은 카페 운영정책 위반으로 삭제 조치되었습니다。

나머지 티스토리 게시물은 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 삭제 조치 reply with the URL in full-width parentheses",
    why="cafe post deleted; the Tistory entries are only promised a later answer",
    items={KK[0]: "removed", KK[1]: "pending", KK[2]: "pending"},
)

case(
    name="kakao-status-under-review",
    **{"from": "cs-report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 00:30:00 +0000",
    subject="[카카오 고객센터] 문의 #KC-7781203 상태 안내",
    reply_to_req=thread("KCSC-240911-05"),
    body="""안녕하세요, 카카오 고객센터입니다.

접수하신 시정요구(KCSC-240911-05) 건은 현재 담당 부서에서 검토 중입니다.
처리가 완료되면 결과를 별도로 안내드리겠습니다.

문의번호: KC-7781203
진행상태: 검토 중
""",
    outcome="review", review="not_understood",
    imitates="Kakao help-desk status notice 'ticket in progress' (진행상태: 검토 중)",
    why="references the request; 'under review' is no statement about any item",
    items={},
)

case(
    name="kakao-satisfaction-survey",
    **{"from": "cs-survey@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 01:00:00 +0000",
    subject="[카카오 고객센터] 상담은 만족스러우셨나요?",
    body="""안녕하세요, 카카오 고객센터입니다.

최근 받으신 상담에 대해 의견을 들려주세요.
아래 링크에서 1분이면 참여하실 수 있습니다.

https://cs.kakao.com/survey/9f3c21

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="help-desk customer satisfaction (CSAT) survey",
    why="trusted Kakao mail naming no item and no request",
    items={},
)

case(
    name="kakao-read-receipt",
    **{"from": "seoyeon.kim@kakaocorp.com"},
    name_from="김서연",
    date="Wed, 11 Sep 2024 06:12:00 +0000",
    subject="읽음: [KCSC-240911-05] 불법정보 시정요구",
    reply_to_req=thread("KCSC-240911-05"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-kk-0911"

--mdn-kk-0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240911-05] 불법정보 시정요구"을(를) 2024-09-11 15:12에 읽었습니다.

--mdn-kk-0911
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; seoyeon.kim@kakaocorp.com
Original-Message-ID: <{msgid('KCSC-240911-05')}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kk-0911--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (읽음 확인)",
    why="read receipt",
    items={},
)

case(
    name="kakao-out-of-office-chuseok",
    **{"from": "jh.park@kakaocorp.com"},
    name_from="박지훈",
    date="Mon, 16 Sep 2024 00:05:00 +0000",
    subject="[자동회신] Re: [KCSC-240911-05] 불법정보 시정요구",
    reply_to_req=thread("KCSC-240911-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 추석 연휴(9월 16일~18일)로 부재중입니다.
9월 19일부터 순차적으로 확인 후 회신드리겠습니다.
급한 건은 cs-report@kakaocorp.com 으로 보내 주시기 바랍니다.

박지훈 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="auto-reply",
    items={},
)

# ================================================================ Discord
case(
    name="discord-zendesk-solved-bullets",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 03:00:00 +0000",
    subject="[Discord] Request #39201877 has been solved: KCSC-240912-06",
    reply_to_req=thread("KCSC-240912-06"),
    body=f"""##- Please type your reply above this line -##

Hi there,

Thanks for your report (KCSC-240912-06). Here is what we did:

- {DC[0]} - invite disabled and the server removed from Discord
- {DC[1]} - invite disabled and the server removed from Discord
- {DC[2]} - message deleted

We're still looking at the other two messages you reported.

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S Zendesk 'request solved' email with a bulleted list",
    why="two invites/servers removed, one message deleted; the other two are open",
    items={DC[0]: "removed", DC[1]: "removed", DC[2]: "removed", DC[3]: "pending", DC[4]: "pending"},
)

case(
    name="discord-followup-remaining-two",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Tue, 17 Sep 2024 02:00:00 +0000",
    subject="Re: [Discord] Request #39201877: KCSC-240912-06",
    reply_to_req=thread("KCSC-240912-06"),
    body=f"""Hi again,

Update on the two messages that were still open:

Message 1283301122334455078
{DC[3]}
We reviewed it and it does not break our Community Guidelines, so we are
not taking action.

Message 1283409988776655123
{DC[4]}
We could not locate this message. The link is invalid or the message no
longer exists.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up comment in the same Discord ticket",
    why="one refusal with its reason (rejected), one cannot be located (not_found)",
    items={DC[3]: "rejected", DC[4]: "not_found"},
)

case(
    name="discord-all-actioned-bulk",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 18 Sep 2024 04:00:00 +0000",
    subject="[Discord] Request #39201877 has been solved: KCSC-240912-06",
    reply_to_req=thread("KCSC-240912-06"),
    body="""Hi there,

We've reviewed your request KCSC-240912-06 and taken action on all of the
reported content under our Community Guidelines.

Thanks for helping keep Discord safe.
Discord Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="Zendesk solved notice with a single summary sentence",
    why="one sentence about all five items, none named",
    items={u: "pending" for u in DC},
)

case(
    name="discord-zendesk-subdomain-sender",
    **{"from": "support@discord.zendesk.com"},
    name_from="Discord Support",
    date="Mon, 16 Sep 2024 05:00:00 +0000",
    subject="[Discord] Re: KCSC-240912-06",
    reply_to_req=thread("KCSC-240912-06"),
    body=f"""Hello,

The message at {DC[3]}
has been deleted.

Discord Support
""",
    outcome="review", review="unknown_sender",
    imitates="help-desk reply sent from the vendor's hosted subdomain instead of the platform's domain",
    why="zendesk.com is not a configured Discord sender domain",
    items={DC[3]: "pending"},
)

case(
    name="discord-jira-request-created",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 07:01:00 +0000",
    subject="[Discord] Request received: KCSC-240912-06 (#39201877)",
    reply_to_req=thread("KCSC-240912-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi there,

Your request (#39201877) has been received and is being reviewed by our
Trust & Safety team. We'll reply by email.

To add more information, reply to this email.

Discord Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk/Jira 'request received' auto-acknowledgement",
    why="pure receipt",
    items={},
)

HEADER = """# Blind set 116: ticket systems and threads (help-desk receipts, solved
# notices, follow-ups, replies to reminders, partial answers, forwards).
# Written by tests/corpus/blind116/make.py before any run of the reader."""

def encode_word(s):
    """RFC 2047 encoded-word for non-ASCII display names and subjects, as mailers send them."""
    if s.isascii():
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


for _c in cases:
    if "name_from" in _c:
        _c["name_from"] = encode_word(_c["name_from"])
    _c["subject"] = encode_word(_c["subject"])

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind116", HEADER, cases)
    print(f"{len(cases)} cases")
