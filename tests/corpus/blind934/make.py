#!/usr/bin/env python3
"""Blind set blind934: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

Written from each email's meaning, before any run of the reader. All people,
accounts, ids and URLs are fictional. Deterministic: running it twice gives
the same files.

    python3 tests/corpus/blind934/make.py
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

# ---------------------------------------------------------------- requests
R_X, R_YT, R_META, R_TT, R_RD, R_DC, R_TG = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240911-04",
    "KCSC-240913-05", "KCSC-240916-06", "KCSC-240918-07",
)

X = {
    1: "https://x.com/grey_lantern88/status/1831000000000000101",
    2: "https://x.com/grey_lantern88/status/1831000000000000102",
    3: "https://x.com/mossy_relay/status/1831000000000000203",
    4: "https://x.com/mossy_relay/status/1831000000000000204",
    5: "https://x.com/tin_orchard/status/1831000000000000305",
    6: "https://x.com/tin_orchard/status/1831000000000000306",
    7: "https://x.com/quill_harbor_kr/status/1831000000000000407",
    8: "https://x.com/quill_harbor_kr/status/1831000000000000408",
    9: "https://x.com/quill_harbor_kr/status/1831000000000000409",
    10: "https://x.com/pale_ferry/status/1831000000000000510",
    11: "https://x.com/pale_ferry",
    12: "https://x.com/dune_signal/status/1831000000000000612",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm7rT2bXw4A",
    2: "https://www.youtube.com/watch?v=Lp0sK9dEe3Z",
    3: "https://www.youtube.com/shorts/Hv3nJ8cRt1Y",
    4: "https://www.youtube.com/@lanternwell_tv",
}
M = {
    1: "https://www.facebook.com/groups/871200345566/posts/990011223344/",
    2: "https://www.facebook.com/silverbirch.market/posts/pfbid02Xk7LmQ9",
    3: "https://www.instagram.com/p/C9kT4mWqLzA/",
    4: "https://www.instagram.com/reel/C9mN2bVxYpE/",
    5: "https://www.facebook.com/profile.php?id=100089912345678",
}
T = {
    1: "https://www.tiktok.com/@nightmarket.k/video/7410000000000000101",
    2: "https://www.tiktok.com/@nightmarket.k/video/7410000000000000102",
    3: "https://www.tiktok.com/@velvet_rook/video/7410000000000000203",
}
RD = {
    1: "https://www.reddit.com/r/kdealsunder/comments/1fbx7qa/cheap_cards_dm/",
    2: "https://www.reddit.com/user/ashen_tally/comments/1fby2kd/price_list/",
}
D = {1: "https://discord.gg/q7Rm2Kx4"}
G = {
    1: "https://t.me/quiet_ledger_kr/118",
    2: "https://t.me/quiet_ledger_kr/121",
    3: "https://t.me/amber_sluice",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R_X, "x", "2024-09-03T14:00:00+09:00", "2024-09-10", X, "gambling", "largest request of the set"),
    (R_YT, "youtube", "2024-09-05T10:30:00+09:00", "2024-09-12", Y, "drugs", ""),
    (R_META, "meta", "2024-09-09T11:00:00+09:00", "2024-09-16", M, "counterfeit", "Facebook and Instagram"),
    (R_TT, "tiktok", "2024-09-11T15:20:00+09:00", "2024-09-18", T, "drugs", ""),
    (R_RD, "reddit", "2024-09-13T09:45:00+09:00", "2024-09-20", RD, "fraud", ""),
    (R_DC, "discord", "2024-09-16T16:00:00+09:00", "2024-09-23", D, "gambling", "invite link of a server"),
    (R_TG, "telegram", "2024-09-18T10:10:00+09:00", "2024-09-25", G, "drugs", ""),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def mime_qp(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text.strip("\n") + "\n"))


def mime_b64(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text.strip("\n") + "\n"))


def mime_alt(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n"
            + qp(text.strip("\n") + "\n") +
            f"--{boundary}\n"
            "Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n"
            + qp(html.strip("\n") + "\n") +
            f"--{boundary}--\n")


def mime_html_only(html):
    return ("Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(html.strip("\n") + "\n"))


def mime_with_csv(text, csv_text, filename, boundary):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 7bit\n\n"
            + text.strip("\n") + "\n\n" +
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n"
            + b64(csv_text) +
            f"--{boundary}--\n")


def quoted_request(ref, urls, platform_name, date_line):
    """The regulator's request as quoted with '>' under a reply."""
    lines = [date_line, ">"]
    lines.append(f"> Dear {platform_name} team,")
    lines.append(">")
    lines.append(f"> Under reference {ref}, the Korea Communications Standards Commission")
    lines.append("> asks you to remove or block the following content, found to be illegal")
    lines.append("> under Korean law:")
    lines.append(">")
    for i, k in enumerate(sorted(urls), 1):
        lines.append(f"> {i}. {urls[k]}")
    lines.append(">")
    lines.append("> Please report the action taken on each item.")
    lines.append(">")
    lines.append("> KCSC Takedown Desk")
    return "\n".join(lines)


def request_block_outlook(ref, urls, platform_name, when, to):
    lines = ["-----Original Message-----",
             "From: KCSC Takedown <takedown@kcsc.example>",
             f"Sent: {when}",
             f"To: {to}",
             f"Subject: [{ref}] Request for removal of illegal content ({platform_name})",
             "",
             f"Dear {platform_name} team,",
             "",
             f"Under reference {ref} we ask you to remove or block the following content:",
             ""]
    for k in sorted(urls):
        lines.append(f"- {urls[k]}")
    lines += ["", "Please tell us the action taken on each item.", "", "KCSC Takedown Desk"]
    return "\n".join(lines)


def subj(ref, plat):
    return f"Re: [{ref}] Request for removal of illegal content ({plat})"


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X (KCSC-240903-01, 12 items)
case(
    name="x-legal-numbered-mixed",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Fri, 06 Sep 2024 08:14:22 +0000",
    subject=subj(R_X, "X"),
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Thank you for your report, reference {R_X}. We reviewed the reported posts
under the X Rules and applicable local law. Our decisions on the first four
items of your list are below; the remaining items are still being processed
and we will write again separately.

1. {X[1]}
   Withheld in South Korea in response to your legal demand.
2. {X[2]}
   Withheld in South Korea in response to your legal demand.
3. {X[3]}
   Removed: this post violated the X Rules on illegal or certain regulated
   goods and services.
4. {X[4]}
   No action taken. We did not find a violation of the X Rules, and the
   request does not give us enough basis under local law to withhold it.

The account holders have been notified where permitted.

Regards,
X Legal Operations
""",
    outcome="applied",
    imitates="X legal-request outcome reply (country-withheld content, per-item decisions)",
    why="numbered list, decision on the line below each URL: two withheld in KR, one removed, one refused",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "rejected"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 02:40:09 +0000",
    subject=subj(R_X, "X"),
    reply_to_req=req_mid(R_X),
    body=f"""
Hi KCSC team,

Following up on {R_X}. Results for the next batch:

{X[5]}
Status: withheld in KR

{X[6]}
Status: withheld in KR

{X[7]}
Status: withheld in KR

{X[8]}
Status: content not found. The post does not exist or was deleted before we
reviewed it.

Best,
X Legal Operations
""",
    outcome="applied",
    imitates="X legal operations follow-up, bare URL with its status on the next line",
    why="each bare URL followed by a 'Status:' line: three withheld in Korea, one not found",
    items={X[5]: "restricted", X[6]: "restricted", X[7]: "restricted", X[8]: "not_found"},
)

case(
    name="x-top-posted-over-quote",
    **{"from": "m.varga@x.com"},
    name_from="Marta Varga (X Legal)",
    date="Tue, 10 Sep 2024 06:03:51 +0000",
    subject=subj(R_X, "X"),
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

We have withheld access in South Korea to the two posts below:
{X[9]}
{X[10]}

Marta
X Legal

{quoted_request(R_X, X, "X", "On Tue, Sep 3, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
    outcome="applied",
    imitates="X legal employee's short top-posted reply over the quoted request (Gmail-style quote)",
    why="two posts withheld in KR in the reply; the twelve URLs of the quoted request below say nothing",
    items={X[9]: "restricted", X[10]: "restricted", X[1]: "pending", X[12]: "pending"},
)

case(
    name="x-account-suspended",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 01:12:40 +0000",
    subject=subj(R_X, "X"),
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Regarding {R_X}: the account {X[11]} (@pale_ferry) has been permanently
suspended for repeated violations of the X Rules. The account and its posts
are no longer visible on X.

Thank you,
X Legal Operations
""",
    outcome="applied",
    imitates="X notice that a reported account was permanently suspended",
    why="the account URL is permanently suspended and no longer visible anywhere: removed",
    items={X[11]: "removed"},
)

_x_rows = [
    (1, "Withheld", "South Korea"), (2, "Withheld", "South Korea"), (3, "Removed", "Global"),
    (4, "No action - no violation found", "-"), (5, "Withheld", "South Korea"),
    (6, "Withheld", "South Korea"), (7, "Withheld", "South Korea"),
    (8, "Not found - post does not exist", "-"), (9, "Withheld", "South Korea"),
    (10, "Withheld", "South Korea"), (11, "Account suspended", "Global"),
    (12, "No action - no violation found", "-"),
]
_x_html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\">\n"
           f"<p>Hello,</p>\n<p>Please find below the final outcome of your request <b>{R_X}</b>.</p>\n"
           "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n"
           "<tr><th>#</th><th>Reported URL</th><th>Action</th><th>Scope</th></tr>\n"
           + "".join(f"<tr><td>{n}</td><td><a href=\"{X[n]}\">{X[n]}</a></td><td>{a}</td><td>{s}</td></tr>\n"
                     for n, a, s in _x_rows)
           + "</table>\n<p>Questions about a decision can be sent by replying to this email.</p>\n"
           "<p>X Legal Operations</p>\n</body></html>")
_x_text = (f"Hello,\n\nPlease find below the final outcome of your request {R_X}.\n\n"
           + "".join(f"{n}. {X[n]} - {a} ({s})\n" for n, a, s in _x_rows)
           + "\nQuestions about a decision can be sent by replying to this email.\n\nX Legal Operations\n")
case(
    name="x-html-table-all",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 09:30:00 +0000",
    subject=f"[{R_X}] Final outcome of your legal request",
    reply_to_req=req_mid(R_X),
    raw_mime=mime_alt(_x_text, _x_html, "=_xlegal_7f3a"),
    outcome="applied",
    imitates="X legal request closing summary as an HTML table with a text alternative",
    why="one row per requested post: withheld/KR restricted, removed and suspended removed, no action rejected, not found",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "rejected",
           X[5]: "restricted", X[6]: "restricted", X[7]: "restricted", X[8]: "not_found",
           X[9]: "restricted", X[10]: "restricted", X[11]: "removed", X[12]: "rejected"},
)

_x_csv = ("reported_url,action,country,comment\n"
          f"{X[3]},REMOVED,ALL,Violation of X Rules\n"
          f"{X[4]},NO_ACTION,,No violation of X Rules or local law found\n"
          f"{X[5]},WITHHELD,KR,Local law\n"
          f"{X[6]},WITHHELD,KR,Local law\n"
          f"{X[7]},WITHHELD,KR,Local law\n"
          f"{X[8]},NOT_FOUND,,Post unavailable at time of review\n")
case(
    name="x-csv-attachment",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Thu, 12 Sep 2024 04:55:17 +0000",
    subject=subj(R_X, "X"),
    reply_to_req=req_mid(R_X),
    raw_mime=mime_with_csv(
        f"Hello,\n\nThe outcome for six of the posts in {R_X} is in the attached file\n"
        "(one row per post).\n\nX Legal Operations",
        _x_csv, "KCSC-240903-01_outcome.csv", "----=_Part_55012_1130"),
    outcome="applied",
    imitates="X legal operations reply carrying a per-URL CSV export",
    why="CSV attachment: REMOVED/ALL removed, WITHHELD/KR restricted, NO_ACTION rejected, NOT_FOUND not_found",
    items={X[3]: "removed", X[4]: "rejected", X[5]: "restricted", X[6]: "restricted",
           X[7]: "restricted", X[8]: "not_found"},
)

case(
    name="x-korea-bilingual-particles",
    **{"from": "jiwoo.han@x.com"},
    name_from="Jiwoo Han (X Korea)",
    date="Thu, 12 Sep 2024 07:21:33 +0000",
    subject=subj(R_X, "X"),
    reply_to_req=req_mid(R_X),
    body=f"""
안녕하세요, X Korea 한지우입니다.

{R_X} 관련하여 두 건의 처리 결과를 공유드립니다.

- {X[7]}에 대해서는 한국 내 접근이 제한되었습니다（withheld in KR）.
- {X[3]}은 X 규칙 위반으로 삭제되었습니다.

(English) The first post above is withheld in South Korea; the second was
removed globally for violating the X Rules.

감사합니다.
한지우 드림
""",
    outcome="applied",
    imitates="X Korea staff bilingual reply, URLs followed by Korean particles and full-width brackets",
    why="접근이 제한 / withheld in KR for 407, 삭제 / removed for 203; URL directly followed by 에/은",
    items={X[7]: "restricted", X[3]: "removed"},
)

case(
    name="x-ack-plus-rejection",
    **{"from": "noreply@x.com"},
    name_from="X Support",
    date="Mon, 09 Sep 2024 11:48:02 +0000",
    subject=f"Case# 0418822931: Your report regarding {R_X}",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Thanks for your report. Your case number is 0418822931.

We reviewed the post you reported:
{X[12]}

We found that it does not violate the X Rules, and the information provided
does not establish that it is unlawful in South Korea. The post will remain
available on X. If you have further legal documentation, you can submit it
through our legal request form.

Thanks,
X
""",
    outcome="applied",
    imitates="X support case email that opens like a receipt and then gives the decision",
    why="receipt wording, but an unhedged refusal for a named post follows: rejected, not an acknowledgement",
    items={X[12]: "rejected"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Thu, 05 Sep 2024 23:05:10 +0000",
    subject=subj(R_X, "X"),
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

We have received {R_X} and started our review. Based on a preliminary
assessment, the following posts will be withheld in South Korea once the
review is completed:

{X[1]}
{X[2]}

We will confirm the final outcome for all reported posts in a separate email.

X Legal Operations
""",
    outcome="review",
    review="not_understood",
    imitates="X legal interim reply announcing an intended action",
    why="'will be withheld once the review is completed' is a promise: nothing changes, the named posts stay pending",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Sat, 14 Sep 2024 03:00:44 +0000",
    subject=subj(R_X, "X"),
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

All of the posts reported in {R_X} have now been withheld in South Korea in
response to your legal demand. The account holders were notified.

X Legal Operations
""",
    outcome="review",
    review="bulk",
    imitates="X legal one-line closing reply covering the whole request",
    why="one statement for a twelve-item request without naming each post: bulk, items stay pending",
    items={u: "pending" for u in X.values()},
)

case(
    name="x-unknown-sender-lookalike",
    **{"from": "legal.desk@xcorp-support.example"},
    name_from="X Corp Legal Desk",
    date="Mon, 09 Sep 2024 13:13:13 +0000",
    subject=subj(R_X, "X"),
    reply_to_req=req_mid(R_X),
    body=f"""
Dear Sir/Madam,

Regarding your request {R_X}, we confirm the post
{X[3]}
has been removed from the platform.

For faster handling of future requests please write to this address.

X Corp Legal Desk
""",
    outcome="review",
    review="unknown_sender",
    imitates="reply from a look-alike domain that is not X's",
    why="sender domain belongs to no platform: the removal cannot be taken as X's word",
    items={X[3]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "m.varga@x.com"},
    name_from="Marta Varga",
    date="Wed, 04 Sep 2024 00:01:12 +0000",
    subject=f"Automatic reply: [{R_X}] Request for removal of illegal content (X)",
    reply_to_req=req_mid(R_X),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 9 September with
limited access to email. For urgent legal requests please use the legal
request portal; your message will be handled by the team on duty.

Marta Varga
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office reply from an X legal employee",
    why="automatic reply (Auto-Submitted: auto-replied), says nothing about any item",
    items={},
)

# ================================================================ YouTube (KCSC-240905-02, 4 items)
case(
    name="yt-legal-blocked-kr",
    **{"from": "legal-notices@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 05:44:00 +0000",
    subject=subj(R_YT, "YouTube"),
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

Thank you for your notice regarding {R_YT}.

After review, we have blocked the following content from view in South Korea
based on local law:

  - {Y[1]}
  - {Y[2]}

In addition, the following video has been removed from YouTube for violating
our Community Guidelines:

  - {Y[3]}

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal removal decision (local-law block plus Community Guidelines removal)",
    why="heading sentences carry the action to the bulleted URLs below them: two blocked in KR, one removed",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-qp-mixed",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal",
    date="Tue, 10 Sep 2024 16:20:31 +0000",
    subject=subj(R_YT, "YouTube"),
    reply_to_req=req_mid(R_YT),
    raw_mime=mime_qp(f"""
Hi there,

We’ve completed our review of {R_YT}. Outcomes per URL:

{Y[1]} – removed for violating YouTube's policy on sale of regulated goods.
{Y[4]} – channel terminated; the channel and all its videos are no longer available.
{Y[2]} – we reviewed this video and didn't find a violation of our policies or of the law you cited, so we are not taking action at this time.

Sincerely,
YouTube Legal Support
"""),
    outcome="applied",
    imitates="YouTube legal per-URL outcome email, quoted-printable with long lines",
    why="QP body: one video removed, channel terminated (removed), one refused with its reason (rejected)",
    items={Y[1]: "removed", Y[4]: "removed", Y[2]: "rejected"},
)

case(
    name="yt-age-restricted",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Wed, 11 Sep 2024 09:02:18 +0000",
    subject=f"Update on your report ({R_YT})",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hi,

Thanks for reporting content on YouTube. We reviewed
{Y[3]}
and applied an age restriction to it. It can no longer be viewed by users who
are signed out or under 18.

Learn more about age-restricted content:
https://support.google.com/youtube/answer/2802167

- The YouTube Team
""",
    outcome="applied",
    imitates="YouTube report-outcome notice (age restriction applied)",
    why="age-restricted is restricted; the help-centre link is not an item",
    items={Y[3]: "restricted"},
)

case(
    name="yt-gmail-quoted",
    **{"from": "h.lindqvist@google.com"},
    name_from="Hanna Lindqvist",
    date="Fri, 06 Sep 2024 07:15:40 +0000",
    subject=subj(R_YT, "YouTube"),
    reply_to_req=req_mid(R_YT),
    body=f"""
Hi,

Quick update: {Y[2]} has been removed from YouTube globally. I will come back
to you on the other three URLs.

Best,
Hanna
YouTube Trust & Safety

{quoted_request(R_YT, Y, "YouTube", "On Thu, Sep 5, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
    outcome="applied",
    imitates="Google employee's Gmail reply over the quoted request",
    why="one video removed in the reply; the quoted list below 'wrote:' is the regulator's own",
    items={Y[2]: "removed", Y[1]: "pending", Y[3]: "pending"},
)

case(
    name="yt-base64-body",
    **{"from": "legal-notices@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 22:37:09 +0000",
    subject=subj(R_YT, "YouTube"),
    reply_to_req=req_mid(R_YT),
    raw_mime=mime_b64(f"""
Hello,

This is an update on {R_YT}.

* {Y[3]}
  The Short has been removed for violating our Community Guidelines.

* {Y[4]}
  The channel is no longer available to viewers in South Korea. It remains
  available in other countries.

Kind regards,
YouTube Legal Support
"""),
    outcome="applied",
    imitates="YouTube legal notice sent with a base64 text body",
    why="base64 body: Short removed; channel unavailable in South Korea only (restricted)",
    items={Y[3]: "removed", Y[4]: "restricted"},
)

case(
    name="yt-hedge-appears-removed",
    **{"from": "legal-notices@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 03:29:55 +0000",
    subject=subj(R_YT, "YouTube"),
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

Thank you for your patience with {R_YT}.

{Y[1]} appears to have been taken down by the uploader, but we have not yet
been able to confirm this in our systems.

{Y[2]} is still under review by our legal team.

We'll send you an update as soon as we have one.

YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal interim reply with a hedge and an 'under review' line",
    why="'appears to have been taken down ... not yet confirmed' is a hedge and 'under review' no statement: both stay pending",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="twitch-wrong-platform",
    **{"from": "legal@twitch.tv"},
    name_from="Twitch Legal",
    date="Tue, 10 Sep 2024 18:02:00 +0000",
    subject="Re: Report of illegal content",
    body=f"""
Hello,

Thank you for contacting Twitch. The link in your message,
{Y[1]}
is not a Twitch URL, and we could not find this content anywhere on Twitch.
You may wish to contact the service that hosts it.

Twitch Trust & Safety
""",
    outcome="review",
    review="wrong_platform",
    imitates="Twitch trust-and-safety reply to a report sent to the wrong service",
    why="Twitch speaks of a YouTube item (not found on Twitch): not YouTube's word, nothing changes",
    items={Y[1]: "pending"},
)

# ================================================================ Meta (KCSC-240909-03, 5 items)
case(
    name="meta-local-law-restricted",
    **{"from": "gov-requests@meta.com"},
    name_from="Meta Government Requests",
    date="Fri, 13 Sep 2024 06:10:00 +0000",
    subject=subj(R_META, "Meta"),
    reply_to_req=req_mid(R_META),
    body=f"""
Dear KCSC,

Thank you for your report {R_META}.

We first reviewed the reported content against our Community Standards. The
following Instagram post goes against our policies and has been removed:
{M[3]}

The following Facebook content did not go against our Community Standards.
After legal review, we have restricted access to it in South Korea based on
local law:
{M[1]}
{M[2]}

We have notified the people who posted this content.

Meta Content Restrictions team
""",
    outcome="applied",
    imitates="Meta response to a government report of content violating local law",
    why="URL on the line below its statement: Instagram post removed, two Facebook posts restricted in KR",
    items={M[3]: "removed", M[1]: "restricted", M[2]: "restricted"},
)

case(
    name="meta-angle-bullets",
    **{"from": "noreply@support.facebook.com"},
    name_from="Facebook",
    date="Mon, 16 Sep 2024 12:31:47 +0000",
    subject=f"Your report {R_META}: decision",
    reply_to_req=req_mid(R_META),
    body=f"""
Hi,

We've reviewed the content you reported and made the decisions below.

* <{M[4]}>: removed because it goes against our Community Standards on
  restricted goods and services.
* <{M[5]}>: we couldn't find this profile. It may have been deleted or the
  link may be incorrect, so we can't take action on it.

You can see your reports in the Support Inbox.

Thanks,
The Facebook Team
""",
    outcome="applied",
    imitates="Facebook support-inbox report decision (URLs in angle brackets)",
    why="reel removed; profile could not be found (the 'may have been deleted' only explains why): not_found",
    items={M[4]: "removed", M[5]: "not_found"},
)

case(
    name="meta-instagram-no-violation",
    **{"from": "noreply@mail.instagram.com"},
    name_from="Instagram",
    date="Sat, 14 Sep 2024 08:08:08 +0000",
    subject=f"We reviewed your report ({R_META})",
    reply_to_req=req_mid(R_META),
    body=f"""
Hi,

Thanks for your report. We reviewed the two Instagram items you reported:

{M[3]}
{M[4]}

We found that they don't go against our Community Guidelines, and our legal
review did not find a basis to restrict them in South Korea. They will stay
on Instagram.

If you think we got this wrong, you can send us more information by replying
to this message.

Instagram
""",
    outcome="applied",
    imitates="Instagram report outcome: no violation, content stays up",
    why="clear refusal with its reason for both named items: rejected (the invitation to send more is not a request for info)",
    items={M[3]: "rejected", M[4]: "rejected"},
)

case(
    name="meta-outlook-quoted",
    **{"from": "d.osei@meta.com"},
    name_from="Daniel Osei",
    date="Wed, 11 Sep 2024 02:50:12 +0000",
    subject="RE: [KCSC-240909-03] Request for removal of illegal content (Meta)",
    reply_to_req=req_mid(R_META),
    body=f"""
Hello KCSC team,

Two updates on your request:

The group post {M[1]} has been removed for violating our Community Standards.

{M[2]} - this post does not exist; the link returns no content on our side.

I'll follow up on the remaining items.

Regards,
Daniel Osei
Content Regulation Operations, Meta

{request_block_outlook(R_META, M, "Meta", "Monday, September 9, 2024 11:00 AM", "legal-requests@meta.com")}
""",
    outcome="applied",
    imitates="Meta employee's Outlook reply over an '-----Original Message-----' block",
    why="group post removed, second post does not exist (not_found); the quoted request lists all five",
    items={M[1]: "removed", M[2]: "not_found", M[3]: "pending"},
)

case(
    name="meta-bulk-actioned",
    **{"from": "gov-requests@meta.com"},
    name_from="Meta Government Requests",
    date="Wed, 18 Sep 2024 04:00:00 +0000",
    subject=subj(R_META, "Meta"),
    reply_to_req=req_mid(R_META),
    body=f"""
Dear KCSC,

We have completed our review of {R_META} and have taken action on all of the
reported content in line with our Community Standards and local law.

Meta Content Restrictions team
""",
    outcome="review",
    review="bulk",
    imitates="Meta closing reply covering a whole government report",
    why="'taken action on all of the reported content' for a five-item request, no URL: bulk",
    items={u: "pending" for u in M.values()},
)

case(
    name="meta-law-firm-unknown",
    **{"from": "s.park@hanbit-law.example"},
    name_from="Seoyeon Park (Hanbit Law)",
    date="Thu, 12 Sep 2024 09:09:09 +0000",
    subject=f"Your request {R_META} - Silverbirch account",
    body=f"""
Dear Commission,

We act for the holder of the Facebook profile
{M[5]}
named in your request {R_META}. Our client has deleted the profile
voluntarily, and we ask that the matter be closed.

Yours faithfully,
Seoyeon Park
Hanbit Law
""",
    outcome="review",
    review="unknown_sender",
    imitates="letter from a law firm acting for an account holder",
    why="not Meta: a third party's claim that the profile was deleted cannot change its status",
    items={M[5]: "pending"},
)

case(
    name="meta-read-receipt",
    **{"from": "d.osei@meta.com"},
    name_from="Daniel Osei",
    date="Mon, 09 Sep 2024 03:12:00 +0000",
    subject=f"Read: [{R_META}] Request for removal of illegal content (Meta)",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_0913"

--mdn_0913
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: [{R_META}] Request for removal of illegal content (Meta)
  Sent: Monday, September 9, 2024 11:00 AM (UTC+09:00)

was read on Monday, September 9, 2024 12:12 PM (UTC+09:00).

--mdn_0913
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-requests@meta.com
Original-Message-ID: <{req_mid(R_META)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_0913--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN) for the request email",
    why="a read receipt says nothing about any item",
    items={},
)

# ================================================================ TikTok (KCSC-240911-04, 3 items)
case(
    name="tiktok-dsa-sor",
    **{"from": "legal-notices@tiktok.com"},
    name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 10:20:00 +0000",
    subject=f"Decision on your report {R_TT}",
    reply_to_req=req_mid(R_TT),
    body=f"""
Dear reporter,

This is our decision on the content you reported under {R_TT}.

Content: {T[1]}
Decision: removal of the content
Ground: incompatible with our Community Guidelines (regulated goods)
Territorial scope: worldwide
Automated detection: no; automated decision: no

Content: {T[2]}
Decision: access disabled
Ground: illegal content under the law of the Republic of Korea
Territorial scope: South Korea
Automated detection: no; automated decision: no

You can find information about redress options, including appeals, in our
Help Center.

TikTok Trust & Safety
""",
    outcome="applied",
    imitates="TikTok statement-of-reasons style decision (DSA Art. 17 fields)",
    why="structured blocks: removal worldwide (removed), access disabled in South Korea only (restricted)",
    items={T[1]: "removed", T[2]: "restricted"},
)

_tt_html = f"""<html><body>
<div style="max-width:600px;font-family:Arial,sans-serif">
<h3>Report update</h3>
<p>Hi, thank you for your report ({R_TT}). Here is what we decided:</p>
<ul>
<li><a href="{T[1]}">{T[1]}</a><br>Violation found &mdash; the video has been removed.</li>
<li><a href="{T[3]}">{T[3]}</a><br>No violation found &mdash; after review, this video does not break our Community Guidelines or the law you cited, so it stays up.</li>
</ul>
<p>Read our <a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a>.</p>
<p>TikTok Safety Team</p>
</div></body></html>"""
case(
    name="tiktok-html-outcome",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Fri, 13 Sep 2024 01:45:30 +0000",
    subject=f"Report update: {R_TT}",
    reply_to_req=req_mid(R_TT),
    raw_mime=mime_html_only(_tt_html),
    outcome="applied",
    imitates="TikTok in-app style report update sent as HTML only",
    why="HTML list: one video removed, one refused with its reason; the guidelines link is not an item",
    items={T[1]: "removed", T[3]: "rejected"},
)

case(
    name="tiktok-wrapped-angle-url",
    **{"from": "k.morrow@tiktok.com"},
    name_from="Kate Morrow",
    date="Tue, 17 Sep 2024 08:33:12 +0000",
    subject=subj(R_TT, "TikTok"),
    reply_to_req=req_mid(R_TT),
    body=f"""
Hello,

Following our local-law review, access to the video
<https://www.tiktok.com/@velvet_rook/video/
7410000000000000203>
has been restricted for users in South Korea. It was not found to breach our
Community Guidelines, so it remains available elsewhere.

Kind regards,
Kate Morrow
TikTok Law Enforcement Outreach
""",
    outcome="applied",
    imitates="TikTok employee reply, URL in angle brackets wrapped across two lines",
    why="geo-restriction in Korea of the one named video, whose URL is broken over a line inside <>",
    items={T[3]: "restricted"},
)

case(
    name="tiktok-auth-fail",
    **{"from": "legal-notices@tiktok.com"},
    name_from="TikTok Legal",
    auth="fail",
    date="Sun, 15 Sep 2024 14:00:00 +0000",
    subject=f"Decision on your report {R_TT}",
    reply_to_req=req_mid(R_TT),
    body=f"""
Dear reporter,

Both videos you reported were removed for violating our Community Guidelines:

{T[1]}
{T[2]}

TikTok Trust & Safety
""",
    outcome="review",
    review="untrusted",
    imitates="TikTok decision email whose DKIM/SPF/DMARC checks fail",
    why="claims a TikTok domain but fails authentication: the removals are not applied",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "support@tiktok.com"},
    name_from="TikTok Support",
    date="Wed, 11 Sep 2024 07:00:41 +0000",
    subject=f"[Ticket #58211043] Re: [{R_TT}] Request for removal of illegal content (TikTok)",
    reply_to_req=req_mid(R_TT),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We've received your message and created ticket #58211043. A member of our
team will look into it and get back to you. Please keep the ticket number in
the subject line of any follow-up.

TikTok Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="TikTok support ticket-system receipt",
    why="pure receipt: ticket created, nothing about any item",
    items={},
)

# ================================================================ Reddit (KCSC-240913-05, 2 items)
case(
    name="reddit-statement-then-url",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Tue, 17 Sep 2024 19:05:00 +0000",
    subject=subj(R_RD, "Reddit"),
    reply_to_req=req_mid(R_RD),
    body=f"""
Hi there,

Thanks for reaching out about {R_RD}.

The following post was removed for violating Reddit's Content Policy:
{RD[1]}

The following post had already been deleted by its author before our review,
so there was nothing left for us to act on:
{RD[2]}

Best,
Reddit Legal
""",
    outcome="applied",
    imitates="Reddit legal reply, statement line followed by the URL",
    why="post removed; other post already deleted by its author: not_found",
    items={RD[1]: "removed", RD[2]: "not_found"},
)

_rd_html = f"""<html><body>
<p>Hi,</p>
<p>Thanks for submitting a report to the Reddit Safety team about {R_RD}. After investigating, we found that both reported posts violate Reddit's rule against fraud and scams:</p>
<ol>
<li>{RD[1]}</li>
<li>{RD[2]}</li>
</ol>
<p>Both posts have been removed from Reddit, and we have taken action against the accounts involved.</p>
<p>Thanks for helping keep Reddit safe,<br>Reddit Safety</p>
</body></html>"""
case(
    name="reddit-html-list",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit Safety",
    date="Wed, 18 Sep 2024 02:30:00 +0000",
    subject=f"Your report about {R_RD}",
    reply_to_req=req_mid(R_RD),
    raw_mime=mime_alt(
        f"Hi,\n\nThanks for submitting a report to the Reddit Safety team about {R_RD}. After\n"
        "investigating, we found that both reported posts violate Reddit's rule\n"
        f"against fraud and scams:\n\n1. {RD[1]}\n2. {RD[2]}\n\n"
        "Both posts have been removed from Reddit, and we have taken action against\n"
        "the accounts involved.\n\nThanks for helping keep Reddit safe,\nReddit Safety\n",
        _rd_html, "b_reddit_1fbx"),
    outcome="applied",
    imitates="Reddit Safety report-outcome email (text and HTML), list then a closing statement",
    why="both posts are listed and then said to be removed ('both posts'): each is named, so not bulk",
    items={RD[1]: "removed", RD[2]: "removed"},
)

case(
    name="reddit-asks-more",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Mon, 16 Sep 2024 17:40:00 +0000",
    subject=subj(R_RD, "Reddit"),
    reply_to_req=req_mid(R_RD),
    body=f"""
Hello,

Thank you for your request {R_RD} concerning
{RD[1]}
{RD[2]}

Before we can assess it, please send us the specific provision of Korean law
each post is alleged to violate and, if available, the decision or order of
the Commission. Once we have this we will continue our review.

Reddit Legal
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Reddit legal request for the legal basis before acting",
    why="asks for more information about the two named posts; no status is stated",
    items={RD[1]: "pending", RD[2]: "pending"},
)

case(
    name="reddit-auto-ack",
    **{"from": "noreply@reddit.com"},
    name_from="Reddit",
    date="Fri, 13 Sep 2024 00:46:10 +0000",
    subject=f"We received your request: [{R_RD}] Request for removal of illegal content (Reddit)",
    reply_to_req=req_mid(R_RD),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi,

This is an automated message to let you know that we received your request.
Our team reviews requests in the order they arrive and will contact you if we
need anything else.

Reddit Legal
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Reddit legal intake auto-acknowledgement",
    why="automatic receipt; nothing is said about any item",
    items={},
)

# ================================================================ Discord (KCSC-240916-06, 1 item)
case(
    name="discord-sole-statement",
    **{"from": "trust-safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 19 Sep 2024 21:15:00 +0000",
    subject=subj(R_DC, "Discord"),
    reply_to_req=req_mid(R_DC),
    body=f"""
Hello,

Thank you for your report ({R_DC}). Our Trust & Safety team investigated the
server you reported and found that it violated our Community Guidelines. The
server has been removed from Discord and the owner's account has been
actioned.

Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord Trust & Safety report outcome",
    why="the only statement of the email, about 'the server you reported', answers a one-item request: removed",
    items={D[1]: "removed"},
)

# ================================================================ Telegram (KCSC-240918-07, 3 items)
case(
    name="telegram-abuse-mixed",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 20 Sep 2024 11:11:11 +0000",
    subject=subj(R_TG, "Telegram"),
    reply_to_req=req_mid(R_TG),
    body=f"""
Hello,

Thanks for the report. Case #7731042.

Posts {G[1]} and {G[2]} were deleted.
The channel {G[3]} is no longer accessible to users in South Korea.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk terse reply",
    why="two posts deleted (removed); channel inaccessible in South Korea only (restricted)",
    items={G[1]: "removed", G[2]: "removed", G[3]: "restricted"},
)

case(
    name="telegram-gmail-quoted-mixed",
    **{"from": "r.nazarov@telegram.org"},
    name_from="Ruslan Nazarov",
    date="Sat, 21 Sep 2024 09:40:00 +0000",
    subject=subj(R_TG, "Telegram"),
    reply_to_req=req_mid(R_TG),
    body=f"""
Good day,

1) {G[2]} - this link is invalid, message 121 does not exist in that channel.
2) {G[3]} - channel blocked on all platforms for violating the Telegram Terms
   of Service.

Regards,
Ruslan
Telegram Support

{quoted_request(R_TG, G, "Telegram", "On Wed, 18 Sept 2024 at 10:10, KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
    outcome="applied",
    imitates="Telegram support employee's numbered reply over the quoted request",
    why="invalid link / does not exist: not_found; blocked on all platforms: removed; the quoted request says nothing",
    items={G[2]: "not_found", G[3]: "removed", G[1]: "pending"},
)

case(
    name="telegram-conditional",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Thu, 19 Sep 2024 06:06:06 +0000",
    subject=subj(R_TG, "Telegram"),
    reply_to_req=req_mid(R_TG),
    body=f"""
Hello,

We have forwarded {G[1]} to our moderators. If the post is found to break our
Terms of Service, it will be taken down.

Telegram
""",
    outcome="review",
    review="not_understood",
    imitates="Telegram reply forwarding a report to moderators (conditional)",
    why="a condition and a promise, no statement: the post stays pending",
    items={G[1]: "pending"},
)

case(
    name="telegram-unmonitored-autoreply",
    **{"from": "noreply@telegram.org"},
    name_from="Telegram",
    date="Wed, 18 Sep 2024 01:10:30 +0000",
    subject=f"Auto: [{R_TG}] Request for removal of illegal content (Telegram)",
    reply_to_req=req_mid(R_TG),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This mailbox is not monitored. Messages sent to this address are not read.

To report illegal content, please use @notoscam or abuse@telegram.org.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Telegram unmonitored-mailbox automatic reply",
    why="automatic reply; no item, no statement",
    items={},
)

case(
    name="telegram-bounce-dsn",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Wed, 18 Sep 2024 01:12:02 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="7B1C2240A1.1726621922/mx.kcsc.example"

--7B1C2240A1.1726621922/mx.kcsc.example
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail.telegram.org[203.0.113.40] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--7B1C2240A1.1726621922/mx.kcsc.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 18 Sep 2024 10:10:00 +0900 (KST)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <dsa-kr@telegram.org>: Recipient address
    rejected: User unknown

--7B1C2240A1.1726621922/mx.kcsc.example
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: [{R_TG}] Request for removal of illegal content (Telegram)
Message-ID: <{req_mid(R_TG)}@kcsc.example>
Date: Wed, 18 Sep 2024 10:10:00 +0900

--7B1C2240A1.1726621922/mx.kcsc.example--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification (DSN) for the request",
    why="bounce of our own request: ignored",
    items={},
)

# ================================================================ Other platforms, no requests
case(
    name="pinterest-no-claims",
    **{"from": "legal@pinterest.com"},
    name_from="Pinterest Legal",
    date="Tue, 17 Sep 2024 15:25:00 +0000",
    subject="Re: Government content request",
    body="""
Hello,

Thank you for contacting Pinterest. Government agencies can submit requests
to restrict content through our dedicated form:
https://help.pinterest.com/en/contact/legal-request-form

Requests received through the form are routed to the right team faster.

Pinterest Legal
""",
    outcome="review",
    review="no_claims",
    imitates="Pinterest legal reply pointing to its request form",
    why="trusted platform mail, names no requested item and no request; the help link is not an item",
    items={},
)

case(
    name="snapchat-receipt",
    **{"from": "no-reply@snap.com"},
    name_from="Snapchat Support",
    date="Mon, 16 Sep 2024 02:02:02 +0000",
    subject="We received your report [Case 20240916-88217]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi there,

Thanks for contacting Snapchat Support. We've received your report and our
Trust & Safety team will review it. Your case number is 20240916-88217.

Team Snapchat
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Snapchat support case receipt",
    why="pure acknowledgement, no item, no statement",
    items={},
)

case(
    name="youtube-promise-48h",
    **{"from": "legal-notices@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 12:00:00 +0000",
    subject=subj(R_YT, "YouTube"),
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

We have prioritised your request {R_YT}. The Short
{Y[3]}
is scheduled for removal and should be taken down within the next 48 hours.

YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal interim reply announcing a scheduled removal",
    why="'scheduled for removal and should be taken down' is a promise, not a statement: pending",
    items={Y[3]: "pending"},
)

HEADER = f"""# Blind set blind934: English notices from many platforms (X, YouTube,
# Meta, TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. Each case is judged alone on a fresh ledger
# holding requests.csv. {len(CASES)} cases."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind934", HEADER, CASES)


if __name__ == "__main__":
    main()
