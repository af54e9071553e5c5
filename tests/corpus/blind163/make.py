#!/usr/bin/env python3
"""Blind corpus set 163: hosting providers, a CDN, a registrar, a Korean
forum, an image board and a file host answering (often informally), plus
CSV attachments and plain-text tables.

    python3 tests/corpus/blind163/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails. All names, domains, ids and URLs are
fictional; IPs come from the documentation ranges.
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

SET = "blind163"

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
P = [
    "https://pixboard.org/b/res/55120.html",       # P[0]
    "https://pixboard.org/b/res/55187.html",       # P[1]
    "https://pixboard.org/v/res/9031.html",        # P[2]
    "https://pixboard.org/v/res/9034.html",        # P[3]
    "https://pixboard.org/gif/res/770211.html",    # P[4]
    "https://pixboard.org/gif/res/770245.html",    # P[5]
    "https://pixboard.org/b/res/55302.html",       # P[6]
    "https://pixboard.org/b/res/55318.html",       # P[7]
    "https://pixboard.org/s/res/1204.html",        # P[8]
    "https://pixboard.org/s/res/1207.html",        # P[9]
    "https://pixboard.org/s/res/1219.html",        # P[10]
    "https://pixboard.org/b/res/55401.html#p55420",  # P[11]
    "https://pixboard.org/v/res/9102.html",        # P[12]
    "https://pixboard.org/gif/res/770390.html",    # P[13]
]
F = [
    "https://filecrate.io/f/Qm7rT2xa",
    "https://filecrate.io/f/Lp09vKe3",
    "https://filecrate.io/f/Zt44nBw8",
    "https://filecrate.io/f/Hc21yUd6",
    "https://filecrate.io/folder/Gx5kaa90",
]
HUMOR_RAW = "https://www.hanmaru.co.kr/board/유머/40112"
H = [
    "https://www.hanmaru.co.kr/board/free/881234",
    "https://www.hanmaru.co.kr/board/free/881307",
    "https://www.hanmaru.co.kr/board/%EC%9C%A0%EB%A8%B8/40112",
    "https://www.hanmaru.co.kr/board/photo/22019",
]
B = [
    "https://clipvault-kr.site/watch/311",
    "https://clipvault-kr.site/watch/318",
    "https://mirrorpool.site/album/88",
]
N = [
    "https://leakbox-kr.net/v/20931",
    "https://leakbox-kr.net/v/20957",
]
D = ["https://fakelounge.kr/"]
H5 = "https://www.hanmaru.co.kr/board/free/882990"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id stem
    ("KCSC-240903-01", "pixboard", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     P, "deepfake_sexual_abuse", "req-240903-01"),
    ("KCSC-240904-02", "filecrate", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     F, "illegal_filming", "req-240904-02"),
    ("KCSC-240905-03", "hanmaru", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     H, "deepfake_sexual_abuse", "req-240905-03"),
    ("KCSC-240906-04", "hostbay", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     B, "illegal_filming", "req-240906-04"),
    ("KCSC-240909-05", "nimbus", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     N, "illegal_filming", "req-240909-05"),
    ("KCSC-240910-06", "dotnamu", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     D, "deepfake_sexual_abuse", "req-240910-06"),
    ("KCSC-240911-07", "hanmaru", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [H5], "defamation", "req-240911-07"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", ""])


def quoted_request(ref, urls, intro, prefix="> "):
    lines = ["Dear operator,", "",
             "The Korea Communications Standards Commission requests the removal of",
             "the following content, which is illegal under Korean law:", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"Reference: {ref}",
              "Please reply to this email with the action taken for each URL.", "",
              "KCSC Takedown Team"]
    return intro + "\n" + "\n".join((prefix + l).rstrip() for l in lines)


NAMES = {
    "pixboard.org": "Pixboard",
    "filecrate.io": "FileCrate Trust & Safety",
    "hanmaru.co.kr": "한마루 운영팀",
    "hostbay.net": "HostBay Abuse",
    "nimbusedge.net": "Nimbus Edge Abuse",
    "dotnamu.kr": "닷나무 남용신고센터",
}

SUBJ = {
    "KCSC-240903-01": "[KCSC-240903-01] Request for removal of illegal content",
    "KCSC-240904-02": "[KCSC-240904-02] Request for removal of illegal content",
    "KCSC-240905-03": "[KCSC-240905-03] 불법정보 삭제 요청",
    "KCSC-240906-04": "[KCSC-240906-04] Request for removal of illegal content",
    "KCSC-240909-05": "[KCSC-240909-05] Request for removal of illegal content",
    "KCSC-240910-06": "[KCSC-240910-06] 불법정보 관련 도메인 조치 요청",
    "KCSC-240911-07": "[KCSC-240911-07] 불법정보 삭제 요청",
}


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**c):
    dom = c["from"].split("@", 1)[1]
    if "name_from" not in c and dom in NAMES:
        c["name_from"] = NAMES[dom]
    # Non-ASCII display names and subjects are sent RFC 2047-encoded, as
    # real mail clients do.
    for key in ("name_from", "subject"):
        if key in c and not c[key].isascii():
            c[key] = Header(c[key], "utf-8").encode()
    CASES.append(c)


# ==========================================================================
# Pixboard (image board), KCSC-240903-01, 14 items
# ==========================================================================
case(
    name="pix-admin-bare-urls-status-below",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    date="Wed, 04 Sep 2024 09:12:40 +0900",
    subject="Re: " + SUBJ["KCSC-240903-01"],
    reply_to_req="req-240903-01",
    body=f"""
went through the first part of your list this morning.

{P[0]}
deleted, poster banned

{P[1]}
deleted

{P[2]}
deleted

{P[3]}
left up. it's a thread discussing the news story, no pictures of anyone, nothing
against our rules.

haven't gotten to the rest yet.

--
pixboard admin
""",
    outcome="applied", classification="confirmation",
    imitates="one-person image board admin answering a takedown mail by pasting each URL with a word under it",
    why="four URLs each with the admin's own status on the line below: three deleted, one kept as not breaking the rules",
    items={P[0]: "removed", P[1]: "removed", P[2]: "removed", P[3]: "rejected"},
)

CSV_PIX = """board,thread,url,action,moderator,timestamp_utc
gif,770211,https://pixboard.org/gif/res/770211.html,deleted,jan_04,2024-09-04 02:11
gif,770245,https://pixboard.org/gif/res/770245.html,deleted,jan_04,2024-09-04 02:12
b,55302,https://pixboard.org/b/res/55302.html,deleted,jan_11,2024-09-04 03:40
b,55318,https://pixboard.org/b/res/55318.html,no action (not a rule violation),jan_11,2024-09-04 03:41
s,1204,https://pixboard.org/s/res/1204.html,deleted,admin,2024-09-04 05:02
s,1207,https://pixboard.org/s/res/1207.html,not found (thread already pruned),admin,2024-09-04 05:02
b,55401,https://pixboard.org/b/res/55401.html#p55420,post deleted,admin,2024-09-04 05:05
v,9102,https://pixboard.org/v/res/9102.html,deleted,admin,2024-09-04 05:06
"""
case(
    name="pix-csv-modlog-attachment",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    date="Wed, 04 Sep 2024 14:30:05 +0900",
    subject="Re: " + SUBJ["KCSC-240903-01"],
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="pix-modlog-7781"

--pix-modlog-7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Export from our mod log for KCSC-240903-01 attached (the threads the janitors
handled overnight). Rest still open.

pixboard admin

--pix-modlog-7781
Content-Type: text/csv; charset=utf-8; name="modlog_KCSC-240903-01.csv"
Content-Disposition: attachment; filename="modlog_KCSC-240903-01.csv"
Content-Transfer-Encoding: 7bit

{CSV_PIX}
--pix-modlog-7781--
""",
    outcome="applied", classification="confirmation",
    imitates="image board moderation-log export sent as a CSV attachment (board, thread, url, action, moderator)",
    why="CSV rows give one action per requested URL: deleted, post deleted, no action (not a violation), not found (pruned)",
    items={P[4]: "removed", P[5]: "removed", P[6]: "removed", P[7]: "rejected",
           P[8]: "removed", P[9]: "not_found", P[11]: "removed", P[12]: "removed"},
)

case(
    name="pix-plaintext-table",
    **{"from": "staff@pixboard.org"},
    name_from="Pixboard staff",
    date="Thu, 05 Sep 2024 11:02:19 +0900",
    subject="Re: " + SUBJ["KCSC-240903-01"] + " (partial)",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Result of our review for KCSC-240903-01 so far:

URL                                        ACTION
-----------------------------------------  ------------------------------
{P[8]:<43}thread deleted
{P[9]:<43}thread deleted
{P[10]:<43}404 - pruned before we got to it
{P[13]:<43}no violation, kept

The remaining threads are still in the queue.

Pixboard staff
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text fixed-width result table pasted into a small site's reply",
    why="fixed-width table with one action per URL: two deleted, one already pruned (not found), one kept as no violation",
    items={P[8]: "removed", P[9]: "removed", P[10]: "not_found", P[13]: "rejected"},
)

case(
    name="pix-top-posted-over-request",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    date="Tue, 03 Sep 2024 22:47:51 +0900",
    subject="Re: " + SUBJ["KCSC-240903-01"],
    reply_to_req="req-240903-01",
    body="""
Both of these have been taken down:
{0}
{1}

Will look at the others tomorrow.

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{2}
""".format(P[12], P[13], quoted_request("KCSC-240903-01", P, "", "> ").lstrip("\n")),
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail reply over the quoted request",
    why="two URLs above the quote taken down; the fourteen quoted URLs below 'wrote:' are the regulator's own text and say nothing",
    items={P[12]: "removed", P[13]: "removed"},
)

case(
    name="pix-html-list-link-text",
    **{"from": "abuse@pixboard.org"},
    name_from="Pixboard Abuse",
    date="Wed, 04 Sep 2024 18:20:44 +0900",
    subject="Re: " + SUBJ["KCSC-240903-01"],
    reply_to_req="req-240903-01",
    type="html",
    body=f"""
<html><body>
<p>Hi KCSC team,</p>
<p>Regarding <b>KCSC-240903-01</b>, here is where we are:</p>
<ul>
<li><a href="{P[0]}">/b/ thread 55120</a> &ndash; removed</li>
<li><a href="{P[1]}">/b/ thread 55187</a> &ndash; removed</li>
<li><a href="{P[3]}">/v/ thread 9034</a> &ndash; not removed: it is a discussion thread with no images of a real person and does not break our rules</li>
</ul>
<p>We are still working through the rest.</p>
<p>&mdash; Pixboard abuse</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML-only reply whose list items link the thread (URL only in href) with a status after a dash",
    why="three linked threads with their status: two removed, one not removed with its reason",
    items={P[0]: "removed", P[1]: "removed", P[3]: "rejected"},
)

case(
    name="pix-angle-bracket-oneliner",
    **{"from": "mod@pixboard.org"},
    name_from="pixboard mod",
    date="Wed, 04 Sep 2024 02:31:09 +0900",
    subject="Re: " + SUBJ["KCSC-240903-01"],
    reply_to_req="req-240903-01",
    body=f"""
<{P[4]}> and <{P[5]}> deleted, uploader range-banned.

- mod
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a forum moderator with URLs in angle brackets",
    why="both named gif threads deleted",
    items={P[4]: "removed", P[5]: "removed"},
)

INLINE = quoted_request("KCSC-240903-01", P, "", "> ").lstrip("\n").split("\n")
inline_lines = []
for l in INLINE:
    inline_lines.append(l)
    if l == f"> 7. {P[6]}":
        inline_lines += ["deleted", ""]
    elif l == f"> 8. {P[7]}":
        inline_lines += ["that's a repost of a news article about the case, no images. not removing it.", ""]
    elif l == f"> 11. {P[10]}":
        inline_lines += ["already gone, 404 on our side too", ""]
case(
    name="pix-inline-answers-under-quoted-lines",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    date="Thu, 05 Sep 2024 01:15:33 +0900",
    subject="Re: " + SUBJ["KCSC-240903-01"],
    reply_to_req="req-240903-01",
    body="answers inline for the ones i checked\n\nOn Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:\n"
         + "\n".join(inline_lines) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Gmail inline reply: the admin types answers under individual quoted lines of the request",
    why="the admin's own unquoted lines answer the quoted URL just above them: 55302 deleted, 55318 kept (news repost), 1219 already 404",
    items={P[6]: "removed", P[7]: "rejected", P[10]: "not_found"},
)

case(
    name="pix-url-below-statement",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    date="Thu, 05 Sep 2024 20:03:12 +0900",
    subject="Re: " + SUBJ["KCSC-240903-01"],
    reply_to_req="req-240903-01",
    body=f"""
Hi,

Deleted the reported post and banned the poster for 30 days:
{P[11]}

The thread it was posted in is an ordinary /b/ thread otherwise, so that stays.

pixboard admin
""",
    outcome="applied", classification="confirmation",
    imitates="short admin reply with the statement on one line and the post URL on the next",
    why="the requested post (thread URL with #p anchor) is stated deleted on the line above it; the surrounding thread was not requested",
    items={P[11]: "removed"},
)

case(
    name="pix-mixed-prose",
    **{"from": "abuse@pixboard.org"},
    name_from="Pixboard Abuse",
    date="Fri, 06 Sep 2024 10:41:57 +0900",
    subject="Re: " + SUBJ["KCSC-240903-01"],
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thread {P[1]} was deleted on 4 September. {P[2]} has
also been deleted. {P[9]} was already 404 when your mail
arrived (auto-pruned, there was nothing left to remove).

{P[7]} we are keeping: it links to a news article and has no
images, so it does not break any of our rules.

Regards,
Pixboard abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk prose reply with a different outcome per sentence",
    why="each sentence names one URL: two deleted, one already gone (not found), one kept with its reason",
    items={P[1]: "removed", P[2]: "removed", P[9]: "not_found", P[7]: "rejected"},
)

case(
    name="pix-bulk-all-deleted",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    date="Sat, 07 Sep 2024 13:09:50 +0900",
    subject="Re: " + SUBJ["KCSC-240903-01"],
    reply_to_req="req-240903-01",
    body="""
hey, all threads from your list are deleted now and I've added the filenames to
the board filter so they can't be reposted. cheers

pixboard admin
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="informal image board admin closing a report in one sentence",
    why="'all threads from your list are deleted' names no item of a 14-item request: bulk, items stay pending",
    items={u: "pending" for u in P},
)

case(
    name="pix-promise-tonight",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    date="Tue, 03 Sep 2024 12:30:02 +0900",
    subject="Re: " + SUBJ["KCSC-240903-01"],
    reply_to_req="req-240903-01",
    body=f"""
Got it. I'll go through these tonight and delete whatever breaks the rules,
should be done by tomorrow. {P[0]} looks like it definitely has to go.

pixboard admin
""",
    outcome="review", classification="other", review="not_understood",
    imitates="image board admin promising to handle the report later",
    why="only promises ('I'll go through', 'has to go'); nothing done yet, the named thread stays pending",
    items={P[0]: "pending"},
)

case(
    name="pix-typo-thread-numbers",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    date="Wed, 04 Sep 2024 21:55:16 +0900",
    subject="Re: " + SUBJ["KCSC-240903-01"],
    reply_to_req="req-240903-01",
    body="""
Deleted https://pixboard.org/b/res/55210.html and https://pixboard.org/v/res/9013.html.

pixboard admin
""",
    outcome="review", classification="confirmation", review="unmatched_claims",
    imitates="admin reply with mistyped thread numbers (digits swapped)",
    why="the two deleted URLs are not in any request (55210/9013 vs requested 55120/9031); a person must match them",
    items={},
)

case(
    name="pix-dsn-mailbox-unknown",
    **{"from": "MAILER-DAEMON@pixboard.org"},
    name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-pix-0903"

--dsn-pix-0903
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.pixboard.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dmca@pixboard.org>: unknown user: "dmca"

--dsn-pix-0903
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.pixboard.org
Arrival-Date: Tue,  3 Sep 2024 10:00:39 +0900 (KST)

Final-Recipient: rfc822; dmca@pixboard.org
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "dmca"

--dsn-pix-0903
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dmca@pixboard.org
Subject: [KCSC-240903-01] Request for removal of illegal content
Message-ID: <req-240903-01@kcsc.example>
Date: Tue, 03 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

""" + quoted_request("KCSC-240903-01", P, "", "").lstrip("\n") + """

--dsn-pix-0903--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (5.1.1 unknown user) returning the full original request",
    why="a bounce: the URLs are only in the returned copy of our own request",
    items={},
)

case(
    name="pix-unknown-sender-gmail",
    **{"from": "pixb.admin.kr@gmail.com"},
    name_from="pixboard admin",
    date="Wed, 04 Sep 2024 08:05:27 +0900",
    subject="Re: " + SUBJ["KCSC-240903-01"],
    reply_to_req="req-240903-01",
    body=f"""
hi, pixboard admin here writing from my personal address, the site mail is
acting up. {P[0]} and {P[1]} are deleted.
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="site admin answering from a personal webmail address",
    why="statements come from gmail.com, not Pixboard's domain: a person must check who wrote it",
    items={P[0]: "pending", P[1]: "pending"},
)

# ==========================================================================
# FileCrate (file host), KCSC-240904-02, 5 items
# ==========================================================================
FC_TABLE_TEXT = f"""Hello,

Thank you for your notice (reference KCSC-240904-02, our ticket FC-88230).
The outcome for each reported link:

{'File':<39}{'Status':<33}Date
{F[0]:<39}{'Removed':<33}2024-09-05
{F[1]:<39}{'Removed':<33}2024-09-05
{F[2]:<39}{'Not found: deleted by uploader':<33}-
{F[3]:<39}{'Removed':<33}2024-09-05
{F[4]:<39}{'Folder disabled (3 files)':<33}2024-09-05

Decisions can be appealed by the uploader at https://filecrate.io/help/appeals.

FileCrate Trust & Safety
"""
FC_TABLE_HTML = f"""<html><body>
<p>Hello,</p>
<p>Thank you for your notice (reference KCSC-240904-02, our ticket FC-88230).
The outcome for each reported link:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>File</th><th>Status</th><th>Date</th></tr>
<tr><td><a href="{F[0]}">{F[0]}</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td><a href="{F[1]}">{F[1]}</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td><a href="{F[2]}">{F[2]}</a></td><td>Not found: deleted by uploader before your notice</td><td>-</td></tr>
<tr><td><a href="{F[3]}">{F[3]}</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td><a href="{F[4]}">{F[4]}</a></td><td>Folder disabled (3 files)</td><td>2024-09-05</td></tr>
</table>
<p>Decisions can be appealed by the uploader at <a href="https://filecrate.io/help/appeals">https://filecrate.io/help/appeals</a>.</p>
<p>FileCrate Trust &amp; Safety</p>
</body></html>
"""
case(
    name="fc-html-table-outcomes",
    **{"from": "abuse@filecrate.io"},
    date="Thu, 05 Sep 2024 16:12:08 +0900",
    subject="Re: " + SUBJ["KCSC-240904-02"] + " [FC-88230]",
    reply_to_req="req-240904-02",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="fc-alt-88230"

--fc-alt-88230
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{FC_TABLE_TEXT}
--fc-alt-88230
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

{FC_TABLE_HTML}
--fc-alt-88230--
""",
    outcome="applied", classification="confirmation",
    imitates="file host trust-and-safety outcome email with an HTML table and a plain-text alternative",
    why="one row per link: three removed, one not found (uploader deleted it), the folder disabled; the appeals link is no item",
    items={F[0]: "removed", F[1]: "removed", F[2]: "not_found", F[3]: "removed", F[4]: "removed"},
)

case(
    name="fc-ticket-receipt",
    **{"from": "noreply@filecrate.io"},
    name_from="FileCrate Support",
    date="Wed, 04 Sep 2024 11:00:37 +0900",
    subject="[FC-88213] We've received your report - Re: " + SUBJ["KCSC-240904-02"],
    reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-generated", "X-Ticket-ID: FC-88213"],
    body="""
Hi there,

Thanks for getting in touch with FileCrate. Your report has been received and
given ticket number FC-88213. Someone from our Trust & Safety team will look at
it, usually within 72 hours.

Please do not reply to this email. To add information to your report, use
https://filecrate.io/support/tickets/FC-88213

FileCrate Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (ticket number, expected response time, do-not-reply)",
    why="pure acknowledgement: report received, ticket created, nothing about any file",
    items={},
)

case(
    name="fc-ack-with-statements",
    **{"from": "abuse@filecrate.io"},
    date="Thu, 05 Sep 2024 10:27:45 +0900",
    subject="Re: " + SUBJ["KCSC-240904-02"],
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thank you for your report (ticket FC-88230). After review we have removed the
following files for violating our Acceptable Use Policy:

  - {F[0]}
  - {F[1]}

The file {F[3]} had already been deleted by the uploader and
no longer exists on our servers.

We are still reviewing the remaining links and will write again.

Best,
Mira Castell
FileCrate Trust & Safety
https://filecrate.io/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse reply that thanks for the report and then states outcomes",
    why="the thank-you opener is followed by unhedged statements: two files removed, one already deleted by the uploader (not found); the AUP link is no item",
    items={F[0]: "removed", F[1]: "removed", F[3]: "not_found"},
)

FC_QP_TEXT = f"""Dear KCSC Takedown team,

Following your notice of 4 September 2024 (KCSC-240904-02), access to the file at {F[2]} has been disabled and the uploader’s account has been suspended.

The folder {F[4]} was reviewed by our team. Its contents are publicly available press photographs and do not violate our Terms of Service – it therefore remains available.

Kind regards,
FileCrate Trust & Safety
"""
case(
    name="fc-quoted-printable-disabled-and-kept",
    **{"from": "abuse@filecrate.io"},
    date="Fri, 06 Sep 2024 09:48:31 +0900",
    subject="Re: " + SUBJ["KCSC-240904-02"],
    reply_to_req="req-240904-02",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(FC_QP_TEXT),
    outcome="applied", classification="confirmation",
    imitates="DMCA-style 'access has been disabled' notice, quoted-printable with soft line breaks",
    why="one file disabled (removed); the folder reviewed, breaks no term and remains available (rejected)",
    items={F[2]: "removed", F[4]: "rejected"},
)

case(
    name="fc-forged-auth-fail",
    **{"from": "abuse@filecrate.io"},
    auth="fail",
    date="Thu, 05 Sep 2024 03:14:22 +0900",
    subject="Re: " + SUBJ["KCSC-240904-02"],
    reply_to_req="req-240904-02",
    body=f"""
Hello,

We have deleted the following files:
{F[0]}
{F[1]}
{F[2]}

FileCrate Trust & Safety
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="file host removal notice whose DKIM/SPF/DMARC all fail",
    why="claims come from filecrate.io but authentication fails: nothing applied",
    items={F[0]: "pending", F[1]: "pending", F[2]: "pending"},
)

case(
    name="fc-hedged-may-have-been",
    **{"from": "sam.r@filecrate.io"},
    name_from="Sam Reyes (FileCrate)",
    date="Thu, 05 Sep 2024 13:50:10 +0900",
    subject="Re: " + SUBJ["KCSC-240904-02"],
    reply_to_req="req-240904-02",
    body=f"""
Hi,

Quick update: it looks like {F[3]} may already have been
removed by the uploader, but I can't confirm that until the storage team gets
back to me. The other links are under review.

Sam
FileCrate support
""",
    outcome="review", classification="other", review="not_understood",
    imitates="support agent's informal interim update",
    why="'looks like ... may already have been removed' and 'under review' are hedges, not statements",
    items={F[3]: "pending"},
)

FC_CSV = f'''"Reported URL","File name","Decision","Decision date (UTC)","Policy"
"{F[0]}","clip_0412.mp4","Removed","2024-09-05","AUP 3.2"
"{F[1]}","clip_0413.mp4","Removed","2024-09-05","AUP 3.2"
"{F[2]}","","File not found","2024-09-05",""
"{F[3]}","album.zip","No violation found","2024-09-05",""
"{F[4]}","(folder)","Removed","2024-09-05","AUP 3.2"
'''
case(
    name="fc-csv-attachment-base64",
    **{"from": "abuse@filecrate.io"},
    date="Fri, 06 Sep 2024 15:33:00 +0900",
    subject="Re: " + SUBJ["KCSC-240904-02"] + " - outcome",
    reply_to_req="req-240904-02",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="fc-mixed-5521"

--fc-mixed-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find the outcome of your notice KCSC-240904-02 in the attached
spreadsheet, one row per reported link.

FileCrate Trust & Safety

--fc-mixed-5521
Content-Type: text/csv; name="takedown_results_FC-88230.csv"
Content-Disposition: attachment; filename="takedown_results_FC-88230.csv"
Content-Transfer-Encoding: base64

{b64(FC_CSV)}

--fc-mixed-5521--
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety outcome export attached as a base64 CSV spreadsheet",
    why="CSV: three removed, one file not found, one 'no violation found' (rejected)",
    items={F[0]: "removed", F[1]: "removed", F[2]: "not_found", F[3]: "rejected", F[4]: "removed"},
)

case(
    name="fc-mdn-displayed",
    **{"from": "abuse@filecrate.io"},
    date="Wed, 04 Sep 2024 11:42:19 +0900",
    subject="Read: " + SUBJ["KCSC-240904-02"],
    reply_to_req="req-240904-02",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-fc-0904"

--mdn-fc-0904
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to abuse@filecrate.io at 04/09/2024 11:00.

This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the content has been read or understood.

--mdn-fc-0904
Content-Type: message/disposition-notification

Reporting-UA: desk.filecrate.io; Thunderbird 115.14.0
Final-Recipient: rfc822;abuse@filecrate.io
Original-Message-ID: <req-240904-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-fc-0904--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN, displayed)",
    why="a read receipt says nothing about any file",
    items={},
)

# ==========================================================================
# 한마루 커뮤니티 (Korean forum), KCSC-240905-03 (4 items), KCSC-240911-07 (1 item)
# ==========================================================================
case(
    name="hm-admin-oneline-korean",
    **{"from": "admin@hanmaru.co.kr"},
    name_from="한마루 운영자",
    date="Thu, 05 Sep 2024 13:20:11 +0900",
    subject="RE: " + SUBJ["KCSC-240905-03"],
    reply_to_req="req-240905-03",
    body=f"""
요청하신 {H[0]} 게시글 삭제했습니다.
나머지는 확인 중입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="small Korean community admin's one-line reply",
    why="one named post deleted (삭제했습니다); the rest only 'being checked'",
    items={H[0]: "removed"},
)

HM_TABLE = f"""안녕하세요, 한마루 커뮤니티 운영팀입니다.

방송통신심의위원회 시정요구(KCSC-240905-03)에 대한 조치 결과를 아래와 같이 회신드립니다.

번호 | 대상 URL | 조치 결과 | 조치 일자
1 | {H[0]} | 게시물 삭제 | 2024-09-06
2 | {H[1]} | 임시조치(30일) | 2024-09-06
3 | {H[2]} | 블라인드 처리 | 2024-09-06
4 | {H[3]} | 해당 게시물 없음(작성자 삭제) | -

추가 문의는 본 메일로 회신 주시기 바랍니다.
감사합니다.

한마루 커뮤니티 운영팀
"""
case(
    name="hm-korean-table-base64",
    **{"from": "help@hanmaru.co.kr"},
    date="Fri, 06 Sep 2024 17:05:40 +0900",
    subject="RE: " + SUBJ["KCSC-240905-03"] + " 조치 결과 회신",
    reply_to_req="req-240905-03",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HM_TABLE)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply as a pipe table, base64-encoded body",
    why="table: 삭제 (removed), 임시조치 (restricted), 블라인드 (removed), 게시물 없음·작성자 삭제 (not found)",
    items={H[0]: "removed", H[1]: "restricted", H[2]: "removed", H[3]: "not_found"},
)

case(
    name="hm-raw-korean-path-particle",
    **{"from": "admin@hanmaru.co.kr"},
    name_from="한마루 운영자",
    date="Fri, 06 Sep 2024 10:15:03 +0900",
    subject="RE: " + SUBJ["KCSC-240905-03"],
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요.

말씀하신 {HUMOR_RAW} 게시글은 운영자 권한으로 비공개 처리했습니다.
{H[3]}는 확인해 보니 이미 작성자가 지운 글이라 따로 조치할 것이 없었습니다（게시물 없음）.

한마루 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin's prose reply with a raw Hangul URL path and a particle glued to a URL",
    why="유머 post made private by the admin (removed); photo/22019 already deleted by its author (not found)",
    items={H[2]: "removed", H[3]: "not_found"},
)

case(
    name="hm-single-item-no-url",
    **{"from": "admin@hanmaru.co.kr"},
    name_from="한마루 운영자",
    date="Thu, 12 Sep 2024 09:40:55 +0900",
    subject="RE: " + SUBJ["KCSC-240911-07"],
    reply_to_req="req-240911-07",
    body="""
안녕하세요.
요청하신 게시글은 오늘 오전 삭제 처리하였습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean admin reply in the request's thread that names no URL",
    why="a one-item request: 'the requested post was deleted' can only mean that item",
    items={H5: "removed"},
)

case(
    name="hm-rejected-with-reason",
    **{"from": "admin@hanmaru.co.kr"},
    name_from="한마루 운영자",
    date="Mon, 09 Sep 2024 14:02:36 +0900",
    subject="RE: " + SUBJ["KCSC-240905-03"],
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요, 한마루 운영자입니다.

{H[1]} 게시물은 검토 결과 실존 인물과 관계없는 창작 일러스트로 확인되어
저희 운영정책 위반에 해당하지 않는다고 판단했습니다. 따라서 삭제하지 않고 게시를 유지합니다.

추가 자료가 있으시면 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum refusal stating the post does not break the operating policy",
    why="post kept because it breaks no rule, with the reason: rejected (the closing invitation is not a request for information)",
    items={H[1]: "rejected"},
)

case(
    name="hm-echoed-report-form",
    **{"from": "noreply@hanmaru.co.kr"},
    name_from="한마루 신고센터",
    date="Fri, 06 Sep 2024 14:30:12 +0900",
    subject="[한마루] 신고 처리 결과 안내 (KCSC-240905-03)",
    reply_to_req="req-240905-03",
    body=f"""
[신고 처리 결과 안내]

신고번호: HM-2409-0317
신고 대상: {H[0]}
신고 사유: 불법촬영물 등 (방송통신심의위원회 요청)
처리 결과: 삭제 완료
처리 일시: 2024-09-06 14:22

신고번호: HM-2409-0318
신고 대상: {H[3]}
신고 사유: 불법촬영물 등 (방송통신심의위원회 요청)
처리 결과: 임시조치
처리 일시: 2024-09-06 14:25

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean report-centre result notice echoing each report's fields (신고 대상 / 처리 결과)",
    why="two echoed reports with their results: 삭제 완료 (removed), 임시조치 (restricted)",
    items={H[0]: "removed", H[3]: "restricted"},
)

case(
    name="hm-promise-under-review",
    **{"from": "help@hanmaru.co.kr"},
    date="Thu, 05 Sep 2024 15:48:27 +0900",
    subject="RE: " + SUBJ["KCSC-240905-03"],
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요, 한마루 커뮤니티 운영팀입니다.

보내주신 게시물 4건은 현재 담당 부서에서 검토 중이며, 검토가 끝나는 대로 조치 후 결과를 회신드리겠습니다.

- {H[0]}
- {H[1]}
- {H[2]}
- {H[3]}

감사합니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Korean portal interim reply: 검토 중, 조치 후 회신 예정",
    why="the four named posts are only under review with a promise to act: pending",
    items={u: "pending" for u in H},
)

case(
    name="hm-forwarded-moderator",
    **{"from": "admin@hanmaru.co.kr"},
    name_from="한마루 운영자",
    date="Fri, 06 Sep 2024 15:22:08 +0900",
    subject="Fwd: 방심위 건",
    body=f"""
아래 모더레이터 답변 전달드립니다.

---------- Forwarded message ---------
보낸사람: 김모더 <kimmod.hm@gmail.com>
Date: 2024년 9월 6일 (금) 오후 3:10
Subject: 방심위 건
To: <admin@hanmaru.co.kr>

881234, 881307 둘 다 지웠어요.
{H[0]}
{H[1]}
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="Gmail-style forward of a volunteer moderator's message by the forum admin",
    why="the statement is the moderator's (a gmail address) inside a forward, not the admin's own",
    items={H[0]: "pending", H[1]: "pending"},
)

case(
    name="hm-auto-reply-chuseok",
    **{"from": "admin@hanmaru.co.kr"},
    name_from="한마루 운영자",
    date="Wed, 11 Sep 2024 16:00:22 +0900",
    subject="[자동응답] RE: " + SUBJ["KCSC-240911-07"],
    reply_to_req="req-240911-07",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
[자동응답 메일입니다]

추석 연휴(9월 14일 ~ 9월 18일) 기간에는 메일 확인이 어렵습니다.
9월 19일부터 접수 순서대로 답변드리겠습니다.

한마루 운영자
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday auto-reply (추석 연휴 자동응답)",
    why="an auto-reply about the holiday",
    items={},
)

# ==========================================================================
# HostBay (hosting provider), KCSC-240906-04, 3 items
# ==========================================================================
case(
    name="hb-account-suspended-403",
    **{"from": "abuse@hostbay.net"},
    date="Mon, 09 Sep 2024 11:18:46 +0900",
    subject="[Ticket #HB-557120] Re: " + SUBJ["KCSC-240906-04"],
    reply_to_req="req-240906-04",
    body=f"""
Hello,

Thank you for your report. We have investigated and suspended the hosting
account responsible. The following URLs have been disabled and now return
HTTP 403 from our servers:

{B[0]}
{B[1]}

Regards,
HostBay Abuse Team
Ticket #HB-557120
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse ticket: customer account suspended, URLs disabled",
    why="both named URLs disabled on the host's servers: removed",
    items={B[0]: "removed", B[1]: "removed"},
)

case(
    name="hb-not-our-network",
    **{"from": "abuse@hostbay.net"},
    date="Mon, 09 Sep 2024 16:40:02 +0900",
    subject="[Ticket #HB-557121] Re: " + SUBJ["KCSC-240906-04"],
    reply_to_req="req-240906-04",
    body=f"""
Hi,

mirrorpool.site resolves to 203.0.113.77, which has not been part of our
network since August. We have no account or server holding that site, so we
cannot locate {B[2]} anywhere on our side.

You may want to check the current IP allocation (RDAP) for the right provider.

HostBay Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider reply that the IP is no longer theirs",
    why="the host states it cannot locate the named URL on its network: not_found (arguable, see NOTES.md)",
    items={B[2]: "not_found"},
)

OUTLOOK_REQ = "\n".join([
    "-----Original Message-----",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "Sent: Friday, September 6, 2024 10:00 AM",
    "To: abuse@hostbay.net",
    "Subject: " + SUBJ["KCSC-240906-04"],
    "",
    quoted_request("KCSC-240906-04", B, "", "").lstrip("\n"),
])
case(
    name="hb-outlook-partial-over-request",
    **{"from": "d.okafor@hostbay.net"},
    name_from="Daniel Okafor",
    date="Tue, 10 Sep 2024 09:05:51 +0900",
    subject="RE: " + SUBJ["KCSC-240906-04"],
    reply_to_req="req-240906-04",
    body=f"""
Hi,

Our customer removed the video at {B[0]} this morning; we
checked and it's gone.

For {B[1]} the customer says the person in the video
consented and has asked for time to send documents. We have given them until
Friday. The video is still online for now.

Kind regards,
Daniel Okafor
HostBay Abuse Desk

{OUTLOOK_REQ}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a named abuse-desk agent over the '-----Original Message-----' request",
    why="311 removed and checked; 318 still online while the customer gets time (pending, not a refusal); the quoted request says nothing",
    items={B[0]: "removed", B[1]: "pending"},
)

case(
    name="hb-passed-to-customer",
    **{"from": "abuse@hostbay.net"},
    date="Fri, 06 Sep 2024 15:30:19 +0900",
    subject="[Ticket #HB-557120] Re: " + SUBJ["KCSC-240906-04"],
    reply_to_req="req-240906-04",
    body=f"""
Hello,

We have passed your complaint regarding {B[0]},
{B[1]} and {B[2]} to our
customer and required removal within 24 hours. If they fail to act, we will
suspend the service.

HostBay Abuse Team
""",
    outcome="review", classification="other", review="not_understood",
    imitates="hosting provider forwarding the complaint to its customer with a 24-hour deadline",
    why="complaint passed on and a conditional promise to suspend: all three stay pending",
    items={B[0]: "pending", B[1]: "pending", B[2]: "pending"},
)

case(
    name="hb-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@hostbay.net"},
    name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 10:00:58 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-hb-0906"

--dsn-hb-0906
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.hostbay.net.

Your message could not be delivered to one or more recipients.

<legal@hostbay.net>: mailbox full (quota exceeded)

--dsn-hb-0906
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.hostbay.net

Final-Recipient: rfc822; legal@hostbay.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-hb-0906
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@hostbay.net
Subject: [KCSC-240906-04] Request for removal of illegal content
Message-ID: <req-240906-04@kcsc.example>
Date: Fri, 06 Sep 2024 10:00:00 +0900

--dsn-hb-0906--
""",
    outcome="ignored", classification="bounce",
    imitates="DSN 5.2.2 mailbox full with the original headers",
    why="a bounce",
    items={},
)

case(
    name="hb-wrong-platform-filecrate",
    **{"from": "abuse@hostbay.net"},
    date="Fri, 06 Sep 2024 18:44:10 +0900",
    subject="[Ticket #HB-557133] filecrate.io - KCSC-240904-02",
    body=f"""
Hello,

FileCrate (filecrate.io) is a customer of ours on a dedicated server. They
have confirmed to us that the following files were deleted:

{F[0]}
{F[1]}

Please contact them directly at abuse@filecrate.io for anything further.

HostBay Abuse Team
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="upstream hosting provider relaying what its customer (a file host) says it did",
    why="HostBay states statuses of FileCrate's items: not the items' own platform",
    items={F[0]: "pending", F[1]: "pending"},
)

# ==========================================================================
# Nimbus Edge (CDN), KCSC-240909-05, 2 items
# ==========================================================================
case(
    name="cdn-geo-blocked-korea",
    **{"from": "abuse@nimbusedge.net"},
    date="Wed, 11 Sep 2024 10:02:33 +0900",
    subject="Re: " + SUBJ["KCSC-240909-05"] + " [NE-2409-77812]",
    reply_to_req="req-240909-05",
    body=f"""
Hello,

Following review, we have restricted access to the following URLs for
visitors from the Republic of Korea. Requests from Korean IP addresses now
receive HTTP 451 at our edge. The content remains reachable from other
countries; we have notified the site operator and its hosting provider.

- {N[0]}
- {N[1]}

Nimbus Edge Trust & Safety
Report ID NE-2409-77812
""",
    outcome="applied", classification="confirmation",
    imitates="CDN geo-restriction notice (HTTP 451 for one country)",
    why="both named URLs blocked for Korea only: restricted",
    items={N[0]: "restricted", N[1]: "restricted"},
)

case(
    name="cdn-we-do-not-host",
    **{"from": "abuse@nimbusedge.net"},
    date="Mon, 09 Sep 2024 18:25:14 +0900",
    subject="Re: " + SUBJ["KCSC-240909-05"] + " [NE-2409-77812]",
    reply_to_req="req-240909-05",
    body=f"""
Hello,

Nimbus Edge provides reverse-proxy and caching services for leakbox-kr.net.
We do not host the content at {N[0]} or
{N[1]} and cannot remove material from the Internet
that is hosted by others.

We have forwarded your complaint to the website operator and to the hosting
provider, Example Hosting Ltd (abuse@examplehost.example), whose origin IP is
198.51.100.23. Please contact them directly.

More on how we handle abuse: https://nimbusedge.net/trust/abuse-policy

Nimbus Edge Trust & Safety
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Cloudflare-style 'we are a pass-through CDN, we forwarded your report to the host' reply",
    why="the CDN says it cannot act and passed the report on: no status for either URL (not a refusal on the merits)",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="cdn-stream-deleted-origin-forwarded",
    **{"from": "abuse@nimbusedge.net"},
    date="Thu, 12 Sep 2024 09:14:07 +0900",
    subject="Re: " + SUBJ["KCSC-240909-05"] + " [NE-2409-77812]",
    reply_to_req="req-240909-05",
    body=f"""
Hello,

An update on report NE-2409-77812.

The video at {N[1]} was stored on our Nimbus Stream
product, which makes us its host. We have deleted it.

{N[0]} is served from the customer's own origin server;
we have forwarded your report to that hosting provider.

Nimbus Edge Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN that also hosts some media: deletes what it stores, forwards the rest",
    why="20957 deleted by the CDN as its host; 20931 only forwarded (pending)",
    items={N[1]: "removed", N[0]: "pending"},
)

case(
    name="cdn-auto-receipt-echoes-urls",
    **{"from": "noreply@nimbusedge.net"},
    name_from="Nimbus Edge Abuse",
    date="Mon, 09 Sep 2024 14:01:12 +0900",
    subject="Abuse report received [NE-2409-77812]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
This is an automated confirmation. We have received your abuse report.

Report ID: NE-2409-77812
Category:  General - unlawful content
Reported URLs:
  {N[0]}
  {N[1]}

Our Trust & Safety team reviews reports in the order received. You do not
need to submit this report again.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="abuse-form auto-confirmation echoing the reported URLs",
    why="a receipt that only echoes the reported URLs; says nothing about their status",
    items={N[0]: "pending", N[1]: "pending"},
)

# ==========================================================================
# 닷나무 (registrar), KCSC-240910-06, 1 item
# ==========================================================================
case(
    name="reg-clienthold-korean",
    **{"from": "abuse@dotnamu.kr"},
    date="Wed, 11 Sep 2024 15:20:40 +0900",
    subject="RE: " + SUBJ["KCSC-240910-06"],
    reply_to_req="req-240910-06",
    body=f"""
안녕하세요, 닷나무 도메인 남용신고 담당자입니다.

요청하신 fakelounge.kr 도메인({D[0]})에 대해 약관 제14조에 따라
2024-09-11 15:00부로 도메인 서비스 정지(clientHold) 조치를 완료하였습니다.
현재 해당 도메인은 네임서버 응답이 중단되어 어디에서도 접속되지 않습니다.

닷나무 남용신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar notice of a domain put on clientHold",
    why="the domain is on hold and unreachable everywhere: removed (made unavailable globally)",
    items={D[0]: "removed"},
)

case(
    name="reg-asks-official-letter",
    **{"from": "abuse@dotnamu.kr"},
    date="Tue, 10 Sep 2024 17:11:26 +0900",
    subject="RE: " + SUBJ["KCSC-240910-06"],
    reply_to_req="req-240910-06",
    body=f"""
Hello,

Before we can act on {D[0]} we need the official correction
request letter (시정요구 공문) bearing the Commission's seal, or a court order.
Please send it as a PDF in reply to this email.

Dotnamu Abuse Desk
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="registrar asking for an official letter or court order before acting",
    why="the registrar asks for documents; the domain stays pending",
    items={D[0]: "pending"},
)

case(
    name="reg-out-of-office",
    **{"from": "jiwoo.han@dotnamu.kr"},
    name_from="Jiwoo Han",
    date="Tue, 10 Sep 2024 10:00:31 +0900",
    subject="Automatic reply: " + SUBJ["KCSC-240910-06"],
    reply_to_req="req-240910-06",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.
For urgent abuse matters please write to abuse@dotnamu.kr.

Jiwoo Han
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)


HEADER = """# Blind set 163 (hosts, CDN, registrar, forum, image board, file host).
# Written from each email's meaning, before any run of the reader.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
