#!/usr/bin/env python3
"""Blind set 630: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Every email is
fictional and written in our own sentences; expected results were written
from each email's meaning before any run of the reader.

    python3 tests/corpus/blind630/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
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
corpuslib.DOMAIN_NAMES.setdefault("tiktok.com", "TikTok")

# ---------------------------------------------------------------- requests
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    2: "https://www.youtube.com/watch?v=bX7nR4wZe9c",
    3: "https://www.youtube.com/watch?v=Hf2Lq0sYt6U",
    4: "https://www.youtube.com/watch?v=p9KdW1mNa3E",
    5: "https://www.youtube.com/watch?v=Zr5cJ8uVx4o",
    6: "https://www.youtube.com/watch?v=Tn1gE6hBq7w",
    7: "https://www.youtube.com/shorts/Lw4sP2kDf8Y",
    8: "https://www.youtube.com/shorts/eR9tY3uIo1P",
    9: "https://www.youtube.com/watch?v=Aa0sDf5Gh2J",
    10: "https://www.youtube.com/watch?v=kL3zX7cV9bN",
    11: "https://www.youtube.com/@moonlitcasino77",
    12: "https://www.youtube.com/watch?v=Mn6bV2cX1zQ",
}
T = {
    1: "https://t.me/silverdice_kr/4417",
    2: "https://t.me/silverdice_kr/4420",
    3: "https://t.me/nightpharm_bot_ch/88",
    4: "https://t.me/nightpharm_bot_ch/91",
}
X = {
    1: "https://x.com/luckyspin_kr/status/1832211045678901234",
    2: "https://x.com/luckyspin_kr/status/1832219876543210987",
    3: "https://x.com/bluefrog_drop/status/1831988001122334455",
    4: "https://x.com/bluefrog_drop/status/1832004455667788990",
    5: "https://x.com/paperlantern_9/status/1832100223344556677",
    6: "https://x.com/greyharbor_acc/status/1833555666777888999",
}
N = {
    1: "https://blog.naver.com/sunny_fox88/223561234567",
    2: "https://cafe.naver.com/dalbitclub/55123",
    3: "https://cafe.naver.com/dalbitclub/55190",
    4: "https://in.naver.com/hanbit_tips/contents/%ED%99%98%EC%A0%84%EC%95%88%EB%82%B4",
}
N4_RAW = "https://in.naver.com/hanbit_tips/contents/환전안내"
D = {
    1: "https://cafe.daum.net/greenleaf_market/Rk2p/301",
    2: "https://cafe.daum.net/greenleaf_market/Rk2p/318",
    3: "https://cafe.daum.net/moonriver0/Ab9x/77",
}
K = {
    1: "https://www.tiktok.com/@spinqueen.kr/video/7411223344556677889",
    2: "https://www.tiktok.com/@spinqueen.kr/video/7411998877665544332",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240909-01", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [Y[i] for i in range(1, 13)], "illegal_gambling",
     'Channel "Moonlit Casino 77" and re-uploads, batch 1'),
    ("KCSC-240909-02", "telegram", "2024-09-09T11:30:00+09:00", "2024-09-16T18:00:00+09:00",
     [T[i] for i in range(1, 5)], "drug_sale", "two channels, same operator"),
    ("KCSC-240910-03", "x", "2024-09-10T09:40:00+09:00", "2024-09-17T18:00:00+09:00",
     [X[i] for i in range(1, 6)], "illegal_gambling", "posts advertising betting sites, Telegram links"),
    ("KCSC-240910-04", "naver", "2024-09-10T13:15:00+09:00", "2024-09-13T18:00:00+09:00",
     [N[i] for i in range(1, 5)], "illegal_gambling", "blog, cafe and Naver In; one Korean path"),
    ("KCSC-240911-05", "daum", "2024-09-11T10:20:00+09:00", "2024-09-14T18:00:00+09:00",
     [D[i] for i in range(1, 4)], "drug_sale", "Daum Cafe market boards"),
    ("KCSC-240912-06", "tiktok", "2024-09-12T09:05:00+09:00", "2024-09-19T18:00:00+09:00",
     [K[i] for i in range(1, 3)], "illegal_gambling", ""),
    ("KCSC-240912-07", "x", "2024-09-12T16:45:00+09:00", "2024-09-19T18:00:00+09:00",
     [X[6]], "obscenity", "single post"),
]


def req_mid(ref):
    return f"request.{ref}.1"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


def request_text(ref, urls, platform_name):
    lines = [
        f"Dear {platform_name} team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or block",
        f"access to the following content (our reference {ref}), which has been found",
        "to be illegal information under Article 44-7 of the Information and",
        "Communications Network Act:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please tell us the action taken for each URL.", "", "KCSC Takedown Desk"]
    return lines


def quoted(ref, urls, platform_name):
    return "\n".join("> " + l if l else ">" for l in request_text(ref, urls, platform_name))


YT_ALL = [Y[i] for i in range(1, 13)]
TG_ALL = [T[i] for i in range(1, 5)]
X_ALL = [X[i] for i in range(1, 6)]


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


# ------------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


YT_FROM = "legal-support@google.com"
YT_NAME = "YouTube Legal Support"

# 1
case(
    name="yt-one-sentence-four-outcomes",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Thu, 12 Sep 2024 07:41:10 +0000",
    subject="Re: [KCSC-240909-01] Request to remove content (12 URLs)",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""
Hello,

Thank you for your patience while we looked into request KCSC-240909-01.

Having reviewed the first four videos on your list, we removed
{Y[1]} and {Y[2]}, blocked
{Y[3]} from view in South Korea, and left
{Y[4]} in place because it does not violate our
Community Guidelines and we did not find it to be unlawful under Korean law.

We will write again about the remaining URLs.

Kind regards,
Sun-hee
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply summarising several decisions in one sentence",
    why="one sentence gives removed, removed, restricted in KR and a refusal with its reason",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

# 2
case(
    name="yt-hedge-in-relative-clause",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Fri, 13 Sep 2024 02:15:44 +0000",
    subject="Re: [KCSC-240909-01] Request to remove content (12 URLs)",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""
Hi,

An update on two of the URLs in your request.

{Y[5]} has been removed for violating our policy on
regulated goods and services.

The Short at {Y[7]}, which may already have
been deleted by its creator before our team got to it, is still being
checked. We will confirm its status once we know more.

Best,
Jae-won
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support partial update",
    why="first video removed; the second is only 'may already have been deleted' and 'still being checked': pending",
    items={Y[5]: "removed", Y[7]: "pending"},
)

# 3
case(
    name="yt-negations-three-ways",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Fri, 13 Sep 2024 09:02:31 +0000",
    subject="Re: [KCSC-240909-01] Request to remove content (12 URLs)",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""
Hello KCSC team,

Following our review of three further items:

- {Y[6]} was not removed. The video is a news
  segment about illegal betting sites; it reports on them and does not
  promote them, so it does not breach our policies and it stays up.

- We could not take action on {Y[8]}: the Short
  no longer exists, as the uploader deleted it before we reviewed it.

- {Y[9]} is no longer available on YouTube. Our
  automated acknowledgement said no decision had been made, but it was in
  fact removed on 12 September under our spam and deceptive practices
  policy.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply with a bulleted list of decisions",
    why="'was not removed ... does not breach' is a refusal; 'could not take action ... no longer exists' is not_found; the third revises an earlier 'no decision'",
    items={Y[6]: "rejected", Y[8]: "not_found", Y[9]: "removed"},
)

# 4
case(
    name="yt-correction-of-earlier-message",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Mon, 16 Sep 2024 05:30:00 +0000",
    subject="Correction: [KCSC-240909-01] Request to remove content",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""
Hello,

In my message of 13 September I wrote that
{Y[10]} had been restricted in South Korea only.
Please disregard that. The local restriction was replaced yesterday by a
global removal, after the uploader's channel received its third strike.

For the same reason the channel itself, {Y[11]},
has been terminated.

Apologies for the confusion.

Sun-hee
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support correction of an earlier reply",
    why="the earlier 'restricted in Korea' is withdrawn in the next sentence: removed globally; the channel was terminated",
    items={Y[10]: "removed", Y[11]: "removed"},
)

# 5
YT_TABLE_NOTE = f"""<html><body>
<p>Dear KCSC,</p>
<p>Below is the outcome of our review for request <b>KCSC-240909-01</b>.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Decision</th><th>Scope</th></tr>
<tr><td>{Y[1]}</td><td>Removed</td><td>Global</td></tr>
<tr><td>{Y[2]}</td><td>Removed</td><td>Global</td></tr>
<tr><td>{Y[3]}</td><td>Restricted</td><td>KR</td></tr>
<tr><td>{Y[12]}</td><td>No action</td><td>-</td></tr>
</table>
<p><i>Note: {Y[12]} was escalated after this table was
generated and has since been removed for violating our harmful or dangerous
content policy.</i></p>
<p>YouTube Legal Support<br>
<a href="https://support.google.com/youtube/answer/2802032">Community Guidelines</a></p>
</body></html>
"""
case(
    name="yt-table-then-note-revises",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Sat, 14 Sep 2024 03:12:09 +0000",
    subject="Re: [KCSC-240909-01] Outcome of your request",
    reply_to_req=req_mid("KCSC-240909-01"),
    type="html",
    body=YT_TABLE_NOTE,
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome table in an HTML email with an agent's note",
    why="table gives three decisions; the note says the 'No action' row was escalated afterwards and removed, which a clerk records",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[12]: "removed"},
)

# 6
case(
    name="yt-table-and-note-conflict",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Sat, 14 Sep 2024 06:48:51 +0000",
    subject="Re: [KCSC-240909-01] Outcome of your request",
    reply_to_req=req_mid("KCSC-240909-01"),
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{Y[4]}</td><td>Removed</td></tr>
</table>
<p>Agent note: the video at {Y[4]} remains live.
Our reviewers found no violation of the Community Guidelines and the
request did not show that it is unlawful in Korea.</p>
<p>YouTube Legal Support</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="ticket-system summary card contradicted by the agent's free-text note",
    why="the table says Removed and the note says it remains live, with no order between them: a person must ask",
    items={Y[4]: "pending"},
)

# 7
YT_CSV = f"""url,decision,region,decided_at
{Y[1]},removed,global,2024-09-13
{Y[7]},age_restricted,global,2024-09-13
{Y[8]},no_violation,-,2024-09-13
{Y[12]},content_not_found,-,2024-09-13
"""
case(
    name="yt-csv-attachment",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Fri, 13 Sep 2024 11:20:00 +0000",
    subject="Re: [KCSC-240909-01] Decisions (attached)",
    reply_to_req=req_mid("KCSC-240909-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_yt630_csv"

--=_yt630_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached our decisions on four of the URLs in request
KCSC-240909-01. One row per URL.

YouTube Legal Support

--=_yt630_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_decisions.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(YT_CSV.encode()).decode()}
--=_yt630_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="bulk-decision CSV export attached to a legal support reply",
    why="CSV rows: removed, age-restricted (restricted), no violation (rejected), not found",
    items={Y[1]: "removed", Y[7]: "restricted", Y[8]: "rejected", Y[12]: "not_found"},
)

# 8
case(
    name="yt-statuses-by-position",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Sun, 15 Sep 2024 01:05:27 +0000",
    subject="Re: [KCSC-240909-01] Request to remove content (12 URLs)",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""
Hello,

Your request listed these items (numbered as in your letter):

 1. {Y[1]}
 2. {Y[2]}
 3. {Y[3]}
 4. {Y[4]}
 5. {Y[5]}

Outcome: items 1, 2 and 5 were removed from YouTube. Item 3 has been
restricted in South Korea. Item 4 was reviewed and does not violate our
policies, so it remains available.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="legal support reply that echoes the list and answers by item number",
    why="statuses are given by the numbers of the echoed list in the same email",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected", Y[5]: "removed"},
)

# 9
YT_QP = f"""Hi,

We've removed the two videos you flagged as the most urgent: <{Y[5]}> and <{Y[6]}>. The rest of your list is still with the team and we will reply about it separately.

Thanks,
Min-ji (YouTube Legal Support)

On Mon, 9 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240909-01", YT_ALL, "YouTube")}
"""
case(
    name="yt-qp-top-posted-over-request",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Tue, 10 Sep 2024 08:33:15 +0000",
    subject="Re: [KCSC-240909-01] Request to remove content (12 URLs)",
    reply_to_req=req_mid("KCSC-240909-01"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request, quoted-printable",
    why="two URLs in angle brackets removed; the twelve URLs in the quoted request say nothing",
    items={Y[5]: "removed", Y[6]: "removed"},
)

# 10
case(
    name="yt-outlook-original-message",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Wed, 11 Sep 2024 04:10:42 +0000",
    subject="RE: [KCSC-240909-01] Request to remove content (12 URLs)",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""
Hello,

{Y[7]} has been age-restricted, so it can no longer
be watched by signed-out viewers or by users under 18.
{Y[8]} was removed.

Regards,
Do-yun | YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: legal-kr@google.com
Subject: [KCSC-240909-01] Request to remove content (12 URLs)

""" + "\n".join(request_text("KCSC-240909-01", YT_ALL, "YouTube")),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the unquoted original request below '-----Original Message-----'",
    why="age-restricted is restricted, second Short removed; the original request below the separator is not a statement",
    items={Y[7]: "restricted", Y[8]: "removed"},
)

# 11
case(
    name="yt-refusal-with-reasons-and-one-removal",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Tue, 17 Sep 2024 07:55:03 +0000",
    subject="Re: [KCSC-240909-01] Request to remove content (12 URLs)",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""
Hello,

We have decided not to remove {Y[10]} or
{Y[12]}. Both videos are commentary on the
regulation of online casinos, and after consulting local counsel we do not
consider them unlawful in Korea. Neither breaks our Community Guidelines.

We did, however, remove {Y[9]}, which
advertised an unlicensed betting site.

If you disagree, you can send us additional information through
https://support.google.com/legal/answer/3110420.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal refusal citing local-law assessment",
    why="two refusals with reasons, one removal in a sentence whose relative clause gives the reason; the help link is not an item",
    items={Y[10]: "rejected", Y[12]: "rejected", Y[9]: "removed"},
)

# 12 review: promises only
case(
    name="yt-promises-only",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Tue, 10 Sep 2024 01:20:00 +0000",
    subject="Re: [KCSC-240909-01] Request to remove content (12 URLs)",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""
Hello,

Thank you for your request. Our team will review
{Y[1]}, {Y[2]},
{Y[3]} and {Y[4]} first,
as they appear to belong to the same uploader. Videos that violate our
Community Guidelines will be removed, and any that are unlawful only in
Korea will be restricted there.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="legal support holding reply that promises action",
    why="names four items but only promises ('will review', 'will be removed'): nothing to record",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending", Y[4]: "pending"},
)

# 13 review: untrusted
case(
    name="yt-dmarc-fail",
    **{"from": YT_FROM}, name_from=YT_NAME, auth="fail",
    date="Wed, 11 Sep 2024 12:00:00 +0000",
    subject="Re: [KCSC-240909-01] Request to remove content (12 URLs)",
    body=f"""
Hello,

{Y[3]} and {Y[4]} have been removed.

YouTube Legal Support
""",
    outcome="review", review="untrusted",
    imitates="legal support reply, but failing DKIM/SPF/DMARC",
    why="plain removal statement from google.com that fails authentication",
    items={Y[3]: "pending", Y[4]: "pending"},
)

# 14 review: unknown sender (uploader's lawyer)
case(
    name="yt-uploader-lawyer",
    **{"from": "hwang.dk@hanbit-law.example"}, name_from="Hwang Dong-kyu (Hanbit Law)",
    date="Thu, 12 Sep 2024 06:14:00 +0000",
    subject="KCSC-240909-01 – our client's videos",
    body=f"""
Dear Sir or Madam,

We act for the owner of the YouTube channel named in your request
KCSC-240909-01. Our client has deleted the videos
{Y[1]} and {Y[2]}
of his own accord and asks that the matter be closed.

Yours faithfully,
Hwang Dong-kyu
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from an uploader's law firm",
    why="a third party, not YouTube, says the videos are gone",
    items={Y[1]: "pending", Y[2]: "pending"},
)

# 15 ignored: out of office
case(
    name="yt-out-of-office",
    **{"from": "sunhee.park@google.com"}, name_from="Sun-hee Park",
    date="Mon, 9 Sep 2024 01:00:05 +0000",
    subject="Automatic reply: [KCSC-240909-01] Request to remove content (12 URLs)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
I am out of the office until Monday 16 September with limited access to
email. For urgent legal requests from Korea please use the usual
legal-kr@google.com address, where the team will handle your message.

Sun-hee
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office reply",
    why="an automatic reply; says nothing about items",
    items={},
)

# ---------------------------------------------------------------- Telegram
TG_FROM = "abuse@telegram.org"

case(
    name="tg-one-sentence-mixed",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 14:22:19 +0000",
    subject="Re: KCSC-240909-02 illegal drug sale channels",
    reply_to_req=req_mid("KCSC-240909-02"),
    body="""
Hello,

Regarding Case #4410982 (your reference KCSC-240909-02): the posts
t.me/silverdice_kr/4417 and t.me/silverdice_kr/4420 have been blocked,
t.me/nightpharm_bot_ch/88 could not be found, and t.me/nightpharm_bot_ch/91
stays up as we did not find that it violates the Telegram Terms of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with links written without the scheme",
    why="one sentence: two blocked (removed), one not found, one refusal with reason",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found", T[4]: "rejected"},
)

case(
    name="tg-appears-vs-taken-down",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 09:41:00 +0000",
    subject="Re: KCSC-240909-02 illegal drug sale channels",
    reply_to_req=req_mid("KCSC-240909-02"),
    body=f"""
Hi,

{T[3]} appears to have been deleted by the
channel admin already.
{T[4]} was taken down by our moderators today.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="short Telegram abuse desk reply",
    why="'appears to have been deleted' is a hedge (pending); 'was taken down' is removed",
    items={T[3]: "pending", T[4]: "removed"},
)

case(
    name="tg-initial-then-update",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Mon, 16 Sep 2024 10:03:44 +0000",
    subject="Re: KCSC-240909-02 illegal drug sale channels",
    reply_to_req=req_mid("KCSC-240909-02"),
    body=f"""
Hello,

Case #4410982

Initial assessment (13 Sep): {T[1]} - no violation found.

Update (16 Sep): a second moderator reviewed the post together with the
rest of the channel, and it has now been blocked.

{T[2]} - this message ID does not exist in the
channel.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk case log with a later update",
    why="the update overrides 'no violation found' for 4417 (removed); 4420 does not exist (not_found)",
    items={T[1]: "removed", T[2]: "not_found"},
)

case(
    name="tg-may-have-been-removed",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 18:00:00 +0000",
    subject="Re: KCSC-240909-02 illegal drug sale channels",
    reply_to_req=req_mid("KCSC-240909-02"),
    body=f"""
Hello,

Our moderators believe {T[1]} and
{T[2]} may have been removed by the channel owner
in the meantime, but we cannot confirm this yet. We will get back to you.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk interim reply",
    why="only hedges ('believe', 'may have been', 'cannot confirm'): nothing to record",
    items={T[1]: "pending", T[2]: "pending"},
)

DSN_ORIG = "\n".join(request_text("KCSC-240909-02", TG_ALL, "Telegram"))
case(
    name="tg-bounce-dsn",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Mon, 9 Sep 2024 02:31:07 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn630.tg"

--dsn630.tg
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dsa-kr@telegram.org>: host mail.telegram.org[203.0.113.25] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn630.tg
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 11:30:02 +0900 (KST)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 <dsa-kr@telegram.org>: Recipient address
    rejected: User unknown

--dsn630.tg
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: KCSC-240909-02 illegal drug sale channels
Date: Mon, 9 Sep 2024 11:30:00 +0900
Message-ID: <{req_mid("KCSC-240909-02")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{DSN_ORIG}

--dsn630.tg--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="a bounce; the URLs are in the returned original",
    items={},
)

# --------------------------------------------------------------------- X
X_FROM = "legal-requests@x.com"

case(
    name="x-withheld-removed-declined",
    **{"from": X_FROM}, name_from="X Legal",
    date="Thu, 12 Sep 2024 20:15:33 +0000",
    subject="Re: KCSC-240910-03 – legal demand to remove content",
    reply_to_req=req_mid("KCSC-240910-03"),
    body=f"""
Hello,

Thank you for your legal demand KCSC-240910-03.

We have withheld {X[1]} and
{X[2]} in South Korea;
{X[3]} has been removed globally for
violating our Illegal or certain regulated goods or services policy; for
{X[4]} we are not taking action, as the
post does not violate the X Rules and the demand did not establish that it
is illegal in Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply to a country withheld content demand",
    why="one sentence chain: withheld in KR x2 (restricted), removed globally, declined with reason (rejected)",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "rejected"},
)

case(
    name="x-not-withheld-author-deleted",
    **{"from": X_FROM}, name_from="X Legal",
    date="Fri, 13 Sep 2024 18:40:02 +0000",
    subject="Re: KCSC-240910-03 – legal demand to remove content",
    reply_to_req=req_mid("KCSC-240910-03"),
    body=f"""
Hello,

{X[5]} has not been withheld. By the time
our team reviewed your demand, the account holder had already deleted the
post, so there was nothing left for us to act on.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply about a post deleted by its author",
    why="negation 'has not been withheld' followed by the reason: already deleted by its author (not_found)",
    items={X[5]: "not_found"},
)

case(
    name="x-single-item-no-url",
    **{"from": X_FROM}, name_from="X Legal",
    date="Sat, 14 Sep 2024 02:11:48 +0000",
    subject="Re: KCSC-240912-07 – legal demand to remove content",
    reply_to_req=req_mid("KCSC-240912-07"),
    body="""
Hello,

Further to your legal demand KCSC-240912-07, we have withheld the reported
post in South Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal one-line country withheld confirmation",
    why="a one-item request: a statement naming no URL applies to its only item",
    items={X[6]: "restricted"},
)

case(
    name="x-headings-urls-below",
    **{"from": X_FROM}, name_from="X Legal",
    date="Sun, 15 Sep 2024 13:27:00 +0000",
    subject="Re: KCSC-240910-03 – legal demand to remove content",
    reply_to_req=req_mid("KCSC-240910-03"),
    body=f"""
Hello,

Outcome of your demand KCSC-240910-03:

Withheld in South Korea:
  {X[1]}
  {X[2]}

No action taken - the content does not violate the X Rules or local law:
  {X[3]}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply grouping posts under outcome headings",
    why="URLs indented under two headings",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="x-relative-clauses",
    **{"from": X_FROM}, name_from="X Legal",
    date="Mon, 16 Sep 2024 19:02:55 +0000",
    subject="Re: KCSC-240910-03 – legal demand to remove content",
    reply_to_req=req_mid("KCSC-240910-03"),
    body=f"""
Hello,

The post at <{X[1]}>, which was also the
subject of a separate user report, has been withheld in South Korea.

The post at <{X[2]}>, which our team has
not yet been able to assess, remains under review and will be covered in a
separate reply.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal partial reply",
    why="relative clauses sit between subject and verb: first restricted, second still under review (pending)",
    items={X[1]: "restricted", X[2]: "pending"},
)

case(
    name="x-angle-wrapped-urls",
    **{"from": X_FROM}, name_from="X Legal",
    date="Tue, 17 Sep 2024 03:44:21 +0000",
    subject="Re: KCSC-240910-03 – legal demand to remove content",
    reply_to_req=req_mid("KCSC-240910-03"),
    body="""
Hello,

We removed <https://x.com/bluefrog_drop/status/
1831988001122334455> for violating the X Rules, and we have withheld
<https://x.com/bluefrog_drop/status/1832004455667788990> in South Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply whose mail client wrapped a bracketed URL",
    why="first URL wrapped inside angle brackets (removed), second withheld in KR",
    items={X[3]: "removed", X[4]: "restricted"},
)

case(
    name="x-ack-with-one-decision",
    **{"from": X_FROM}, name_from="X Legal",
    date="Tue, 10 Sep 2024 06:50:00 +0000",
    subject="Re: KCSC-240910-03 – legal demand to remove content",
    reply_to_req=req_mid("KCSC-240910-03"),
    body=f"""
Hello,

We have received your request and opened case 0248817.

We have already reviewed one of the posts:
{X[5]} was removed for violating our rules.
The other posts are still under review.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal receipt that already reports one decision",
    why="an acknowledgement phrase plus an unhedged removal is not a pure acknowledgement",
    items={X[5]: "removed"},
)

case(
    name="x-all-withheld-bulk",
    **{"from": X_FROM}, name_from="X Legal",
    date="Wed, 18 Sep 2024 21:00:10 +0000",
    subject="Re: KCSC-240910-03 – legal demand to remove content",
    reply_to_req=req_mid("KCSC-240910-03"),
    body="""
Hello,

All of the posts identified in your request KCSC-240910-03 have been
withheld in South Korea.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal blanket confirmation",
    why="one statement for a five-item request without naming each item",
    items={X[i]: "pending" for i in range(1, 6)},
)

case(
    name="x-under-review",
    **{"from": X_FROM}, name_from="X Legal",
    date="Wed, 11 Sep 2024 15:31:00 +0000",
    subject="Re: KCSC-240910-03 – legal demand to remove content",
    reply_to_req=req_mid("KCSC-240910-03"),
    body=f"""
Hello,

{X[1]}, {X[2]}
and {X[3]} are currently under review
by our legal team. We expect to respond within five business days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal status update",
    why="'under review' is no statement of status",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-auto-receipt",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Tue, 10 Sep 2024 00:41:12 +0000",
    subject="Case# 0248817: We received your legal request [ref:KCSC-240910-03]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We received your legal request and created case number 0248817. We will
review it and respond to you by email. Replies to this address are not
monitored.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X support ticket receipt",
    why="pure receipt with a case number",
    items={},
)

# ------------------------------------------------------------------ NAVER
NV_FROM = "cs-report@navercorp.com"

case(
    name="naver-one-sentence-three-outcomes",
    **{"from": NV_FROM}, name_from="NAVER 고객센터",
    date="Wed, 11 Sep 2024 05:12:00 +0000",
    subject="[NAVER] KCSC-240910-04 게시물 조치 결과 안내",
    reply_to_req=req_mid("KCSC-240910-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물 중 {N[1]} 은 게시중단 조치하였고, {N[2]} 는 임시조치(30일)되었으며, {N[3]} 은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer centre 게시중단/임시조치 result notice",
    why="one Korean sentence: 게시중단 (removed), 임시조치 (restricted), deleted by author (not_found)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-keep-posted-raw-korean-path",
    **{"from": NV_FROM}, name_from="NAVER 고객센터",
    date="Thu, 12 Sep 2024 07:25:40 +0000",
    subject="[NAVER] KCSC-240910-04 게시물 검토 결과",
    reply_to_req=req_mid("KCSC-240910-04"),
    body=f"""
안녕하세요. 네이버입니다.

「{N4_RAW}」 게시물은 검토 결과 관계 법령 및 운영정책에 위반되는 내용이 확인되지 않아 게시를 유지하기로 하였습니다.

한편 {N[1]} 은(는) 블라인드 처리하였습니다.

문의사항이 있으시면 회신 부탁드립니다.
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team review result (게시 유지 / 블라인드)",
    why="raw Korean path in corner brackets kept up for a stated reason (rejected); the blog post blinded (removed)",
    items={N[4]: "rejected", N[1]: "removed"},
)

case(
    name="naver-kcsc-result-table",
    **{"from": NV_FROM}, name_from="NAVER 고객센터",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240910-04)",
    reply_to_req=req_mid("KCSC-240910-04"),
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240910-04)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>9/12 처리</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>접속차단</td><td>국내</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>미조치</td><td>위반사항 없음</td></tr>
<tr><td>4</td><td>{N4_RAW}</td><td>-</td><td>해당 게시물 없음</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table in the regulator's own format",
    why="table rows: 삭제, 접속차단 (restricted), 미조치/위반사항 없음 (rejected), 게시물 없음 (not_found)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "rejected", N[4]: "not_found"},
)

case(
    name="naver-all-done-bulk",
    **{"from": NV_FROM}, name_from="NAVER 고객센터",
    date="Sat, 14 Sep 2024 01:30:00 +0000",
    subject="[NAVER] KCSC-240910-04 조치 완료",
    reply_to_req=req_mid("KCSC-240910-04"),
    body="""
안녕하세요.

KCSC-240910-04 관련하여 요청하신 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER blanket 조치 완료 notice",
    why="'all requested posts' for a four-item request, none named",
    items={N[i]: "pending" for i in range(1, 5)},
)

case(
    name="naver-asks-for-documents",
    **{"from": NV_FROM}, name_from="NAVER 고객센터",
    date="Wed, 11 Sep 2024 02:45:00 +0000",
    subject="[NAVER] KCSC-240910-04 추가 자료 요청",
    reply_to_req=req_mid("KCSC-240910-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{N[2]} 게시물과 관련하여, 불법성을 판단할 수 있는 심의 의결서 또는 관련 근거 자료를 추가로 보내주시면 검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for supporting documents",
    why="asks for the decision document before acting",
    items={N[2]: "pending"},
)

MDN_TEXT = "귀하가 2024-09-10 13:15에 보낸 메일 '[KCSC-240910-04] 게시물 삭제 요청'을 수신자가 2024-09-10 14:02에 읽었습니다.\n"
case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Tue, 10 Sep 2024 05:02:00 +0000",
    subject="읽음 확인: [KCSC-240910-04] 게시물 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn630nv"

--mdn630nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(MDN_TEXT)}
--mdn630nv
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Original-Recipient: rfc822;policy@navercorp.com
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <{req_mid("KCSC-240910-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn630nv--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN)",
    why="a read receipt",
    items={},
)

case(
    name="naver-out-of-office-korean",
    **{"from": "jiyoon.kim@navercorp.com"}, name_from="김지윤",
    date="Tue, 10 Sep 2024 04:16:00 +0000",
    subject="[자동응답] [KCSC-240910-04] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 김지윤입니다.
9월 13일(금)까지 추석 연휴로 부재중입니다. 급한 업무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.
감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중)",
    why="an automatic reply",
    items={},
)

# ------------------------------------------------------------ Kakao / Daum
KK_FROM = "cafe-report@kakaocorp.com"

case(
    name="daum-removed-but-one-kept",
    **{"from": KK_FROM}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 06:30:00 +0000",
    subject="[Daum 카페] KCSC-240911-05 신고 처리 결과",
    reply_to_req=req_mid("KCSC-240911-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 {D[1]}, {D[2]} 게시물은 운영정책 위반으로 삭제 조치하였으나, {D[3]} 게시물은 검토 결과 위반 사항이 확인되지 않아 조치하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer centre Daum Cafe report result",
    why="one sentence: two 삭제 (removed), then '...하였으나' a refusal with its reason (rejected)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected"},
)

DAUM_HTML = f"""<html><body>
<p>안녕하세요. 카카오입니다.</p>
<p>KCSC-240911-05 요청 건 처리 결과를 안내드립니다.</p>
<ul>
<li>{D[1]} ： 블라인드 처리 완료</li>
<li>{D[3]} ： 존재하지 않는 게시물(이미 삭제됨)</li>
</ul>
<p>나머지 1건은 확인 후 별도로 안내드리겠습니다.</p>
<p>카카오 고객센터</p>
</body></html>
"""
case(
    name="daum-base64-html-list",
    **{"from": KK_FROM}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 02:20:00 +0000",
    subject="[Daum 카페] KCSC-240911-05 처리 결과 안내",
    reply_to_req=req_mid("KCSC-240911-05"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DAUM_HTML)}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao HTML notice, base64 body, full-width colon",
    why="블라인드 (removed), 존재하지 않는 게시물 (not_found); the third is promised later",
    items={D[1]: "removed", D[3]: "not_found"},
)

case(
    name="daum-conditional-deletion",
    **{"from": KK_FROM}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 08:10:00 +0000",
    subject="[Daum 카페] KCSC-240911-05 신고 검토 안내",
    reply_to_req=req_mid("KCSC-240911-05"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

{D[1]}, {D[2]} 게시물은 신고 내용이 사실로 확인되는 경우 운영정책에 따라 삭제될 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao conditional-action notice",
    why="a condition and a promise ('확인되는 경우 ... 삭제될 예정'): nothing done yet",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="kakao-about-naver-link",
    **{"from": KK_FROM}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 09:00:00 +0000",
    subject="Re: 게시물 신고 문의",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

보내주신 {N[2]} 게시물은 Daum 카페에서 확인되지 않는 게시물입니다. 해당 서비스 운영사에 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply about a link that belongs to another portal",
    why="Kakao states 'not found' about a NAVER cafe post; only NAVER can state its status",
    items={N[2]: "pending"},
)

case(
    name="daum-receipt",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 01:21:00 +0000",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240911-05)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: 240911-0042
접수된 순서대로 확인 후 답변드리겠습니다.

※ 본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer centre ticket receipt",
    why="pure receipt with a ticket number",
    items={},
)

# ---------------------------------------------------------------- TikTok
TT_FROM = "legal-kr@tiktok.com"

case(
    name="tiktok-rereview-reverses",
    **{"from": TT_FROM}, name_from="TikTok Legal",
    date="Tue, 17 Sep 2024 11:11:11 +0000",
    subject="Re: KCSC-240912-06 removal request",
    reply_to_req=req_mid("KCSC-240912-06"),
    body=f"""
Dear KCSC,

We initially found no violation in {K[2]}.
Upon re-review by our specialist team, however, the video has been removed
for violating our Community Guidelines.

{K[1]} is no longer viewable in South Korea.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply after re-review",
    why="the second sentence reverses the first (removed); the other video is unavailable in Korea only (restricted)",
    items={K[2]: "removed", K[1]: "restricted"},
)

case(
    name="tiktok-no-claims",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Mon, 16 Sep 2024 03:00:00 +0000",
    subject="Update on your report",
    body="""
Hi,

We took action on content you reported. Thanks for helping to keep TikTok
a safe place.

The TikTok Team
""",
    outcome="review", review="no_claims",
    imitates="TikTok in-app report outcome notification sent by email",
    why="trusted TikTok mail naming no item and no request",
    items={},
)

# -------------------------------------------------------------- extra YT
case(
    name="yt-kept-up-except-one",
    **{"from": YT_FROM}, name_from=YT_NAME,
    date="Wed, 18 Sep 2024 02:40:00 +0000",
    subject="Re: [KCSC-240909-01] Request to remove content (12 URLs)",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""
Hello,

None of the videos below were removed, except the last one:

{Y[2]} - not removed, no policy violation
{Y[6]} - not removed, no policy violation
{Y[9]} - removed (spam, deceptive practices)

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="legal support reply with one status per line",
    why="the lead-in negation is broken by 'except the last one'; each line carries its own status",
    items={Y[2]: "rejected", Y[6]: "rejected", Y[9]: "removed"},
)


HEADER = """# Blind set 630 (what a program gets wrong), written by make.py.
# Expected results were written from each email's meaning before any run."""


if __name__ == "__main__":
    cdir = os.path.join(HERE, "cases")
    if os.path.isdir(cdir):
        for f in sorted(os.listdir(cdir)):
            if f.endswith(".eml"):
                os.remove(os.path.join(cdir, f))
    write_requests()
    for c in cases:
        # Real mailers send non-ASCII display names and subjects RFC 2047-encoded.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind630", HEADER, cases)
    print(len(cases), "cases")
