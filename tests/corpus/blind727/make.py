#!/usr/bin/env python3
"""Blind set blind727: hosting providers, CDNs, registrars, forums, image
boards, file hosts and small services answering informally, plus CSV
attachments and plain-text tables.

    python3 tests/corpus/blind727/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result below was written from the meaning of the email alone,
before the reader was ever run on it. All names, domains, ids and URLs are
fictional.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind727"

# --------------------------------------------------------------- requests
PB = {
    1: "https://pastebox.io/f/7hQ2mZ",
    2: "https://pastebox.io/f/Lp93xa",
    3: "https://pastebox.io/f/c8RtW1",
    4: "https://pastebox.io/f/Zq0vB7",
    5: "https://pastebox.io/f/n4KdE2",
    6: "https://pastebox.io/f/Yw61sP",
    7: "https://pastebox.io/f/Gm2oT9",
    8: "https://pastebox.io/f/r5XcJ4",
    9: "https://pastebox.io/f/Ue7bN0",
    10: "https://pastebox.io/f/kP3wQ8",
    11: "https://pastebox.io/f/Hs9aL6",
    12: "https://pastebox.io/f/d2VfR5",
    13: "https://pastebox.io/folder/Bx8eM3",
    14: "https://pastebox.io/folder/t6NyC1/shared/9f8e7d6c5b4a39281706f5e4d3c2b1a0?dl=0",
}
NB = {
    1: "https://toon-mirror.example/ep/1204",
    2: "https://toon-mirror.example/ep/1205",
    3: "https://img.nimbusedge.net/c/98f1a2/leak01.jpg",
    4: "https://img.nimbusedge.net/c/98f1a2/leak02.jpg",
}
KU = {
    1: "http://bet-sunrise77.example/",
    2: "http://bet-sunrise78.example/",
    3: "https://kr-loan-fast.example/",
}
DF4_RAW = "https://dalbit-forum.kr/자유게시판/88177"
DF = {
    1: "https://dalbit-forum.kr/free/88123",
    2: "https://dalbit-forum.kr/free/88140",
    3: "https://dalbit-forum.kr/humor/40211",
    4: "https://dalbit-forum.kr/" + quote("자유게시판") + "/88177",
    5: "https://dalbit-forum.kr/gallery/7720",
}
CB = {
    1: "https://www.cloudbox.co.kr/contents/view/3318201",
    2: "https://www.cloudbox.co.kr/contents/view/3318202",
    3: "https://www.cloudbox.co.kr/contents/view/3320977",
}
HC = {
    1: "https://hanachan.net/b/res/55201.html",
    2: "https://hanachan.net/b/res/55388.html",
}
OV = {1: "https://kr-streamhub.example/watch/a81f3c"}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "pastebox", "2024-09-03T15:20:00+09:00", "2024-09-10T23:59:59+09:00",
     PB, "obscene", "file host; abuse desk"),
    ("KCSC-240905-02", "nimbusedge", "2024-09-05T11:02:00+09:00", "2024-09-12T23:59:59+09:00",
     NB, "copyright", "CDN in front of a mirror site plus its object storage"),
    ("KCSC-240909-03", "kumodomains", "2024-09-09T10:30:00+09:00", "2024-09-16T23:59:59+09:00",
     KU, "gambling", "registrar of the domains"),
    ("KCSC-240910-04", "dalbitforum", "2024-09-10T14:10:00+09:00", "2024-09-17T23:59:59+09:00",
     DF, "defamation", "small Korean forum; admin answers"),
    ("KCSC-240911-05", "cloudbox", "2024-09-11T09:45:00+09:00", "2024-09-18T23:59:59+09:00",
     CB, "obscene", "Korean webhard"),
    ("KCSC-240912-06", "hanachan", "2024-09-12T16:00:00+09:00", "2024-09-19T23:59:59+09:00",
     HC, "privacy", "image board; volunteer mods"),
    ("KCSC-240913-07", "orbitvps", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00",
     OV, "copyright", "VPS host of a streaming site"),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for _, u in sorted(urls.items()):
                w.writerow([ref, plat, sent, due, u, cat, f"{mid(ref)}@kcsc.example", note])


# ------------------------------------------------------------- helpers
def request_text(ref, lang="en"):
    urls = [u for _, u in sorted(REQ[ref][4].items())]
    if ref == "KCSC-240910-04":
        urls = [DF4_RAW if u == DF[4] else u for u in urls]
    if lang == "ko":
        lines = [
            "안녕하십니까, 방송통신심의위원회입니다.",
            "",
            f"아래 정보가 관련 법령을 위반하여 삭제를 요청합니다 (요청번호 {ref}).",
            "",
        ]
        lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
        lines += ["", "조치 결과를 URL별로 회신하여 주시기 바랍니다.", "", "방송통신심의위원회 삭제요청 담당"]
    else:
        lines = [
            "Dear Sir or Madam,",
            "",
            "The Korea Communications Standards Commission asks you to remove the",
            f"following content, which is illegal under Korean law (request {ref}):",
            "",
        ]
        lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
        lines += ["", "Please tell us the action taken for each URL.", "",
                  "KCSC Takedown desk", "takedown@kcsc.example"]
    return lines


def quoted(ref, lang="en"):
    return "\n".join(("> " + l) if l else ">" for l in request_text(ref, lang))


def b64(s, enc="utf-8"):
    data = base64.b64encode(s.encode(enc)).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def subj_b(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ Pastebox
case(
    name="pb-abuse-desk-numbered-first-batch",
    from_="marek@pastebox.io", name_from="Marek | Pastebox Abuse",
    date="Wed, 04 Sep 2024 09:41:12 +0200",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hi KCSC team,

re KCSC-240903-01, first batch is done:

1. {PB[1]} - deleted
2. {PB[2]} - deleted
3. {PB[3]} - already deleted by the uploader on Sept 2, nothing left on our side
4. {PB[4]} - deleted, uploader account suspended

The rest of your list is still with the team, I'll come back to you this week.

Marek
Pastebox Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk answering by hand with a numbered list (MediaFire/Mega-style file host)",
    why="Four URLs each with an unhedged status; the author-deleted file is not_found; the rest are not named.",
    items={PB[1]: "removed", PB[2]: "removed", PB[3]: "not_found", PB[4]: "removed"},
)

csv_rows = "\r\n".join([
    "file_url,uploaded,action,action_date,comment",
    f"{PB[5]},2024-08-28,removed,2024-09-05,",
    f"{PB[6]},2024-08-29,removed,2024-09-05,uploader banned",
    f"{PB[7]},,not found,,no file with this id",
    f"{PB[8]},2024-08-30,removed,2024-09-05,",
    f"{PB[9]},2024-08-30,no action,2024-09-05,no breach of our terms found - scan of a public domain book",
    f"{PB[10]},2024-09-01,removed,2024-09-05,",
]) + "\r\n"
case(
    name="pb-csv-sheet-attachment",
    from_="trust@pastebox.io", name_from="Pastebox Trust & Safety",
    date="Thu, 05 Sep 2024 17:03:55 +0000",
    subject="Results: KCSC-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="pbx-7731"

--pbx-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The results for six of the files in your notice KCSC-240903-01 are in the
attached sheet (one row per file).

Regards,
Pastebox Trust & Safety

--pbx-7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: base64

{b64(csv_rows)}
--pbx-7731--
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety team sending a per-URL results spreadsheet (CSV export of an abuse ticket system)",
    why="CSV rows give one action per URL: removed, not found, and 'no action' with a no-breach reason (rejected).",
    items={PB[5]: "removed", PB[6]: "removed", PB[7]: "not_found", PB[8]: "removed",
           PB[9]: "rejected", PB[10]: "removed"},
)

case(
    name="pb-bare-url-status-below",
    from_="abuse@pastebox.io", name_from="Pastebox Abuse",
    date="Fri, 06 Sep 2024 08:15:02 +0000",
    subject="KCSC-240903-01 update",
    body=f"""Results for KCSC-240903-01 (part 3):

{PB[11]}
-> removed (copyright strike on the uploader)

{PB[12]}
-> removed

{PB[13]}
-> folder disabled, owner notified

-- 
Pastebox Abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk pasting URLs with the action on the line below (hosting abuse ticket replies)",
    why="Each bare URL is followed by its action; a disabled folder is removed.",
    items={PB[11]: "removed", PB[12]: "removed", PB[13]: "removed"},
)

case(
    name="pb-bulk-all-removed",
    from_="abuse@pastebox.io", name_from="Pastebox Abuse",
    date="Mon, 09 Sep 2024 07:50:40 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    body="""Hello,

All files listed in your notice KCSC-240903-01 have been removed from
Pastebox and the uploading accounts have been terminated.

Kind regards,
Pastebox Abuse
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-sentence 'all reported content removed' closure from a file host",
    why="A statement about all 14 files of the request without naming any: bulk, nothing applied.",
    items={u: "pending" for u in PB.values()},
)

case(
    name="pb-notified-uploader-promise",
    from_="marek@pastebox.io", name_from="Marek | Pastebox Abuse",
    date="Thu, 05 Sep 2024 10:22:19 +0200",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hi,

We have notified the uploader of {PB[1]} and of the folder
{PB[13]} .
If the uploader does not take the files down within 48 hours, we will disable
them ourselves and let you know.

Marek
""",
    outcome="review", review="not_understood", classification="other",
    imitates="hosting-provider abuse notice policy: customer is given 24-48 h before the provider acts (Hostwinds/netdynamics-style)",
    why="Only a conditional promise about the two URLs: nothing has happened yet, both stay pending.",
    items={PB[1]: "pending", PB[13]: "pending"},
)

case(
    name="pb-out-of-office",
    from_="marek@pastebox.io", name_from="Marek Novak",
    date="Tue, 03 Sep 2024 08:21:07 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.
For abuse reports please write to abuse@pastebox.io, which is monitored
every day.

Marek
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="Out-of-office auto-reply.",
)

case(
    name="pb-ticket-receipt",
    from_="support@pastebox.io", name_from="Pastebox Support",
    date="Tue, 03 Sep 2024 06:25:44 +0000",
    subject="[PB-88213] Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thanks for contacting Pastebox.

Your message has been received and ticket #PB-88213 has been opened. A member
of our Trust & Safety team will look at it; the usual response time is two to
three business days. Please keep the ticket number in the subject line and
do not open a new ticket for the same matter.

Pastebox Support
https://pastebox.io/help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-created receipt (Zendesk/WHMCS style)",
    why="Pure acknowledgement: ticket opened, nothing about any file.",
)

html8 = f"""<html><body>
<p>Hello,</p>
<p>Following your notice (KCSC-240903-01) we took the actions below.</p>
<table border="1" cellpadding="4">
<tr><th>File</th><th>Action</th></tr>
<tr><td><a href="{PB[6]}">pastebox.io/f/Yw61sP</a></td><td>Removed</td></tr>
<tr><td><a href="{PB[7]}">pastebox.io/f/Gm2oT9</a></td><td>Not found &ndash; this file ID does not exist</td></tr>
<tr><td><a href="{PB[14]}">pastebox.io/folder/t6NyC1/shared/&hellip;</a></td><td>Access blocked for visitors from South Korea</td></tr>
</table>
<p>The uploader can appeal at <a href="https://pastebox.io/help/appeals">pastebox.io/help/appeals</a>.</p>
<p>Pastebox Trust &amp; Safety</p>
</body></html>
"""
case(
    name="pb-html-table-qp",
    from_="trust@pastebox.io", name_from="Pastebox Trust & Safety",
    date="Sat, 07 Sep 2024 12:30:00 +0000",
    subject="Actions taken - KCSC-240903-01",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html8)}""",
    outcome="applied", classification="confirmation",
    imitates="HTML results table from a file host's trust-and-safety tool",
    why="Table rows: removed, does not exist (not_found), blocked for South Korea (restricted); the appeal link is not an item.",
    items={PB[6]: "removed", PB[7]: "not_found", PB[14]: "restricted"},
)

case(
    name="pb-gmail-top-posted-one-line",
    from_="jana@pastebox.io", name_from="Jana K.",
    date="Wed, 04 Sep 2024 21:05:13 +0200",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Done. Deleted {PB[4]} and banned the uploader.

-- 
J.

On Tue, Sep 3, 2024 at 8:20 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240903-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small host's admin, Gmail top-posting over the quoted request",
    why="One URL deleted; the other 13 URLs appear only in the quoted request and are not spoken about.",
    items={PB[4]: "removed"},
)

case(
    name="pb-forged-dmarc-fail",
    from_="legal@pastebox.io", name_from="Pastebox Legal",
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:51 +0000",
    subject="RE: KCSC-240903-01 - completed",
    body=f"""Dear KCSC,

The following files have been removed:
{PB[1]}
{PB[2]}

This case is now closed.

Pastebox Legal Department
""",
    outcome="review", review="untrusted",
    imitates="spoofed platform mail (DMARC fail) claiming completion",
    why="From a Pastebox address but authentication fails: nothing applied.",
    items={PB[1]: "pending", PB[2]: "pending"},
)

case(
    name="pb-uploader-writes-from-gmail",
    from_="minsu.uploads@gmail.com", name_from="minsu",
    date="Thu, 05 Sep 2024 13:40:26 +0900",
    subject="about your complaint KCSC-240903-01",
    body=f"""Hello,

I am the person who uploaded {PB[3]}. I deleted the file
myself yesterday, so please close the complaint.

Minsu
""",
    outcome="review", review="unknown_sender",
    imitates="uploader writing to the regulator directly after being notified by the host",
    why="Names a requested URL and the request, but comes from no platform's domain.",
    items={PB[3]: "pending"},
)

case(
    name="pb-noreply-unmonitored",
    from_="noreply@pastebox.io", name_from="Pastebox",
    date="Tue, 03 Sep 2024 06:21:30 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This address does not accept reports and messages sent to it are not read.

To report a file, please use the form at https://pastebox.io/report or write
to abuse@pastebox.io.

This is an automated message.
""",
    outcome="ignored", classification="auto_reply",
    imitates="automated 'please use the web form' reply (Cloudflare-style email auto-response)",
    why="Automated reply from an unmonitored address; the form link is not an item.",
)

case(
    name="pb-echoed-report-resolutions",
    from_="support@pastebox.io", name_from="Pastebox Support",
    date="Sun, 08 Sep 2024 10:00:09 +0000",
    subject="[PB-88219] Your report has been resolved",
    body=f"""Hello,

Your report has been resolved. Summary:

Report ID: PB-88219-1
Submitted by: takedown@kcsc.example
Reported URL: {PB[11]}
Reported reason: Illegal content (KCSC-240903-01)
Resolution: File disabled by Trust & Safety

Report ID: PB-88219-2
Submitted by: takedown@kcsc.example
Reported URL: {PB[12]}
Reported reason: Illegal content (KCSC-240903-01)
Resolution: Closed - no violation found. The file is the owner's own
photography portfolio and will stay available.

If you have new information you can reply to this email.

Pastebox Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket system closing mail echoing each report's fields with a resolution line",
    why="Echoed report blocks: one file disabled (removed), one closed with no violation (rejected).",
    items={PB[11]: "removed", PB[12]: "rejected"},
)

case(
    name="pb-wrapped-folder-url",
    from_="jana@pastebox.io", name_from="Jana K.",
    date="Mon, 09 Sep 2024 15:47:31 +0200",
    subject="Re: KCSC-240903-01 folders",
    body="""Hi,

The shared folder link you reported,
https://pastebox.io/folder/t6NyC1/shared/
9f8e7d6c5b4a39281706f5e4d3c2b1a0?dl=0
has been disabled and the owner's account is closed.
""" + f"""{PB[13]} (same owner) has been deleted as well.

Jana
Pastebox
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text mail whose long link was wrapped by the sender's client",
    why="The wrapped folder link is the requested folder URL, disabled; the second folder deleted.",
    items={PB[14]: "removed", PB[13]: "removed"},
)

# ================================================================ NimbusEdge CDN
case(
    name="cdn-not-hosting-forwarded-to-host",
    from_="abuse@nimbusedge.net", name_from="NimbusEdge Trust & Safety",
    date="Thu, 05 Sep 2024 06:12:44 +0000",
    subject="[NE-31877] Re: [KCSC-240905-02] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""Hello,

NimbusEdge provides CDN and reverse-proxy services to toon-mirror.example.
We do not host the pages you reported:

{NB[1]}
{NB[2]}

and we are not able to remove material that is hosted elsewhere. We have
forwarded your notice to the website operator and to its hosting provider,
Brightline Hosting (abuse@brightline-hosting.example), who are in a position
to act on it.

NimbusEdge Trust & Safety
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Cloudflare-style 'we are a pass-through CDN, complaint forwarded to the host' reply",
    why="Names the two pages but states no status for them (neither removed nor refused for breaking no rule).",
    items={NB[1]: "pending", NB[2]: "pending"},
)

case(
    name="cdn-storage-purged-angle-brackets",
    from_="abuse@nimbusedge.net", name_from="NimbusEdge Trust & Safety",
    date="Fri, 06 Sep 2024 03:30:10 +0000",
    subject="[NE-31877] Storage objects removed",
    reply_to_req=mid("KCSC-240905-02"),
    body="""Hi,

The following files were stored on NimbusEdge Object Storage by one of our
customers. We have deleted them and purged them from every edge location:

  <""" + NB[3] + """>
  <""" + NB[4] + """>

The customer has been warned under our Acceptable Use Policy.

NimbusEdge Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN object-storage abuse reply (files deleted and cache purged)",
    why="Both storage URLs (in angle brackets) deleted and purged: removed.",
    items={NB[3]: "removed", NB[4]: "removed"},
)

case(
    name="cdn-geoblock-and-origin-gone",
    from_="j.lind@nimbusedge.net", name_from="Jonas Lind",
    date="Sat, 07 Sep 2024 09:05:00 +0000",
    subject="KCSC-240905-02: toon-mirror.example",
    body=f"""Hello,

Update on the two toon-mirror.example pages:

We have put a country block in place so that {NB[1]} can no longer be
reached from Korea.

The operator has deleted the episode page {NB[2]} from the origin server;
we checked and it now returns 404.

Best regards,
Jonas Lind
NimbusEdge Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse desk reply: country block plus origin deletion confirmed",
    why="Country block for Korea is restricted; the page deleted by the operator is removed.",
    items={NB[1]: "restricted", NB[2]: "removed"},
)

cdn_b64 = f"""Hello,

Re: your report KCSC-240905-02.

We checked the two object storage URLs:

- {NB[3]} : no object exists under this key in the bucket.
- {NB[4]} : object deleted and purged from cache.

NimbusEdge Trust & Safety
"""
case(
    name="cdn-base64-storage-check",
    from_="abuse@nimbusedge.net", name_from="NimbusEdge Trust & Safety",
    date="Sat, 07 Sep 2024 23:40:18 +0000",
    subject="Re: KCSC-240905-02 object storage",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(cdn_b64)}
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system mail sent with a base64 text body",
    why="No object under the first key (not_found); second object deleted (removed).",
    items={NB[3]: "not_found", NB[4]: "removed"},
)

case(
    name="cdn-outlook-original-message",
    from_="j.lind@nimbusedge.net", name_from="Jonas Lind",
    date="Mon, 09 Sep 2024 07:12:45 +0000",
    subject="RE: [KCSC-240905-02] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""Hello,

{NB[1]} has been removed by the site operator at our request; we checked and
the page is no longer served.

Best regards,
Jonas Lind
NimbusEdge Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:02 AM
To: abuse@nimbusedge.net
Subject: [KCSC-240905-02] Request for removal of illegal content

""" + "\n".join(request_text("KCSC-240905-02")) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below '-----Original Message-----'",
    why="One page removed; the other URLs appear only in the original message below.",
    items={NB[1]: "removed"},
)

case(
    name="cdn-speaks-for-forum-customer",
    from_="abuse@nimbusedge.net", name_from="NimbusEdge Trust & Safety",
    date="Thu, 12 Sep 2024 04:18:27 +0000",
    subject="[NE-32015] dalbit-forum.kr",
    body=f"""Hello,

Regarding {DF[2]}: the forum is a NimbusEdge customer. Its operator tells us
that the post has been deleted, and we have purged the cached copy from our
edge servers.

NimbusEdge Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN answering on behalf of its customer site",
    why="NimbusEdge states a status for an item requested from the forum (dalbitforum), not its own.",
    items={DF[2]: "pending"},
)

# ================================================================ Kumo Domains (registrar)
case(
    name="reg-clienthold-suspended",
    from_="abuse@kumodomains.com", name_from="Kumo Domains Abuse",
    date="Tue, 10 Sep 2024 02:45:10 +0000",
    subject="[KD-ABUSE-55120] Domain suspended: bet-sunrise77.example",
    body="""Dear Reporter,

Thank you for your report concerning the domain name below.

Domain: bet-sunrise77.example
Reported URL: http://bet-sunrise77.example
Ticket: KD-ABUSE-55120

Following our investigation we have suspended the domain name. It has been
placed in clientHold status and no longer resolves on the internet.

The registrant has been notified and may contest the action at
https://kumodomains.com/legal/abuse-appeal.

Kumo Domains Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk: domain placed on clientHold",
    why="Domain suspended and no longer resolving: removed (disabled globally); the appeal page is not an item.",
    items={KU[1]: "removed"},
)

case(
    name="reg-no-breach-refused",
    from_="abuse@kumodomains.com", name_from="Kumo Domains Abuse",
    date="Wed, 11 Sep 2024 05:02:33 +0000",
    subject="[KD-ABUSE-55127] kr-loan-fast.example - no action",
    reply_to_req=mid("KCSC-240909-03"),
    body=f"""Dear Reporter,

We have reviewed the website at {KU[3]} in connection with your report
KCSC-240909-03. We did not find a breach of our Registration Agreement or of
our Acceptable Use Policy, so we are not taking action against the domain.

As the registrar we do not control the content of websites. You may wish to
contact the hosting provider of the site.

Kumo Domains Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar refusal: no breach of the registration agreement, contact the host",
    why="Refusal with its reason (no breach found): rejected.",
    items={KU[3]: "rejected"},
)

case(
    name="reg-asks-for-court-order",
    from_="abuse@kumodomains.com", name_from="Kumo Domains Abuse",
    date="Tue, 10 Sep 2024 06:30:55 +0000",
    subject="[KD-ABUSE-55121] Additional information required",
    reply_to_req=mid("KCSC-240909-03"),
    body=f"""Dear Reporter,

Regarding {KU[2]} (your reference KCSC-240909-03):

Before we can act on this domain we need an official order from a competent
authority or a court, in English, that identifies the domain name and the
legal provision that is breached. Please reply to this ticket with the
document attached.

Kumo Domains Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for a court order / official letter before acting",
    why="Asks for documents before acting: no status, a person must answer.",
    items={KU[2]: "pending"},
)

case(
    name="reg-statement-of-reasons",
    from_="compliance@kumodomains.com", name_from="Kumo Domains Compliance",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="Statement of reasons - KD-ABUSE-55131",
    body=f"""Statement of reasons - ticket KD-ABUSE-55131

Content concerned: {KU[2]}
Decision: suspension of the domain name; DNS resolution disabled (serverHold
requested from the registry)
Facts and circumstances: notice from the Korea Communications Standards
Commission of 9 September 2024 (KCSC-240909-03), with the court order
supplied on 12 September 2024
Legal or contractual ground: section 4.2 of our Domain Registration Agreement
(use of the domain for unlicensed gambling)
Automated means: none
Redress: the registrant may appeal through our internal complaint system.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons sent by a registrar",
    why="Decision field: domain suspended, resolution disabled: removed.",
    items={KU[2]: "removed"},
)

# ================================================================ 달빛포럼 (forum)
case(
    name="forum-admin-one-liner-ko",
    from_="admin@dalbit-forum.kr", name_from="달빛포럼 운영자",
    date="Tue, 10 Sep 2024 18:02:11 +0900",
    subject="Re: [KCSC-240910-04] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240910-04"),
    body=f"""{DF[1]} 삭제했습니다.
- 운영자

2024년 9월 10일 (화) 오후 2:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240910-04", "ko")}
""",
    outcome="applied", classification="confirmation",
    imitates="small forum admin answering in one Korean line over the Gmail-quoted request",
    why="One URL deleted (삭제); the others are only in the quote.",
    items={DF[1]: "removed"},
)

case(
    name="forum-raw-korean-path-particles",
    from_="admin@dalbit-forum.kr", name_from="달빛포럼 운영자",
    date="Wed, 11 Sep 2024 10:40:52 +0900",
    subject=subj_b("Re: [KCSC-240910-04] 불법정보 삭제 요청"),
    reply_to_req=mid("KCSC-240910-04"),
    body=f"""안녕하세요 달빛포럼 운영자입니다.

{DF4_RAW}은 블라인드 처리했습니다.
{DF[5]} 은 작성자가 이미 삭제한 글이라 남아 있는 게 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin reply with raw Hangul URL followed by a particle",
    why="Raw Korean path (= the percent-encoded item) blinded: removed; post already deleted by its author: not_found.",
    items={DF[4]: "removed", DF[5]: "not_found"},
)

case(
    name="forum-imsi-jochi-and-keep",
    from_="admin@dalbit-forum.kr", name_from="달빛포럼",
    date="Thu, 12 Sep 2024 15:20:00 +0900",
    subject="[달빛포럼] KCSC-240910-04 처리 결과",
    body=f"""방송통신심의위원회 담당자님께,

요청하신 게시물 처리 결과입니다.

1. {DF[2]}
   : 권리침해 신고에 따라 30일간 임시조치(접근 제한)하였습니다.
2. {DF[3]}
   : 검토 결과 특정인을 지칭하지 않는 유머글로 게시판 규정 위반이 아니어서 게시를 유지합니다.

달빛포럼 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 임시조치 notice plus a refusal with reason",
    why="임시조치 (access restricted) is restricted; kept because no rule is broken is rejected.",
    items={DF[2]: "restricted", DF[3]: "rejected"},
)

case(
    name="forum-hedged-seems-deleted",
    from_="admin@dalbit-forum.kr", name_from="달빛포럼 운영자",
    date="Wed, 11 Sep 2024 09:12:40 +0900",
    subject="Re: [KCSC-240910-04] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240910-04"),
    body=f"""안녕하세요.

{DF[3]} 글은 확인해보니 이미 지워진 것 같습니다.
나머지 글은 아직 확인 중입니다.

운영자 드림
""",
    outcome="review", review="not_understood", classification="other",
    imitates="forum admin's hedged first look ('이미 지워진 것 같습니다')",
    why="'seems already deleted' is a hedge, the rest is 'still checking': nothing applied.",
    items={DF[3]: "pending"},
)

case(
    name="forum-ack-will-reply",
    from_="admin@dalbit-forum.kr", name_from="달빛포럼 운영자",
    date="Tue, 10 Sep 2024 15:01:09 +0900",
    subject="Re: [KCSC-240910-04] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240910-04"),
    body=f"""메일 잘 받았습니다. 내용 검토 후 조치하고 다시 회신드리겠습니다.

달빛포럼 운영진 드림

2024년 9월 10일 (화) 오후 2:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240910-04", "ko")}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean 'received, will review and reply' acknowledgement over the quoted request",
    why="Pure acknowledgement; the URLs are only in the quoted request.",
)

case(
    name="forum-no-authentication",
    from_="admin@dalbit-forum.kr", name_from="달빛포럼 운영자",
    auth="none",
    date="Wed, 11 Sep 2024 22:30:03 +0900",
    subject="KCSC-240910-04 삭제완료",
    body=f"""{DF[1]} , {DF[2]} 둘 다 삭제 완료했습니다.
""",
    outcome="review", review="untrusted",
    imitates="self-hosted forum mail server sending without DKIM/SPF/DMARC",
    why="No authentication results at all: the sender cannot be trusted, nothing applied.",
    items={DF[1]: "pending", DF[2]: "pending"},
)

html40 = f"""<html><body>
<p>안녕하십니까. 달빛포럼 운영팀입니다.</p>
<p>요청번호 KCSC-240910-04 관련 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1">
<tr><th>번호</th><th>게시물</th><th>조치</th></tr>
<tr><td>1</td><td>{DF[1]}</td><td>운영자 삭제</td></tr>
<tr><td>2</td><td>{DF[2]}</td><td>비공개 처리</td></tr>
<tr><td>3</td><td>{DF[3]}</td><td>접근 제한 (비회원 열람 불가)</td></tr>
</table>
<p>문의: <a href="https://dalbit-forum.kr/help/contact">고객센터</a></p>
</body></html>
"""
case(
    name="forum-html-table-qp",
    from_="admin@dalbit-forum.kr", name_from="달빛포럼 운영팀",
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject=subj_b("[달빛포럼] 조치 결과 안내"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html40)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table from a forum operator",
    why="운영자 삭제 and 비공개 처리 are removed; 접근 제한 is restricted; the help link is not an item.",
    items={DF[1]: "removed", DF[2]: "removed", DF[3]: "restricted"},
)

case(
    name="forum-url-below-statement",
    from_="admin@dalbit-forum.kr", name_from="달빛포럼 운영자",
    date="Sat, 14 Sep 2024 13:25:48 +0900",
    subject="Re: [KCSC-240910-04] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240910-04"),
    body=f"""요청하신 건 처리 결과 알려드립니다.

아래 게시물은 삭제하였습니다.
{DF[4]}

아래 게시물은 검토 결과 법령이나 게시판 규정을 위반하는 내용이 없어 그대로 둡니다.
{DF[5]}

달빛포럼 운영자
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin reply with each statement followed by its URL on the next line",
    why="Statement above each URL: first deleted (removed), second kept as breaking no rule (rejected).",
    items={DF[4]: "removed", DF[5]: "rejected"},
)

# ================================================================ 클라우드박스 (webhard)
case(
    name="webhard-text-table-result",
    from_="copyright@cloudbox.co.kr", name_from="클라우드박스 콘텐츠보호팀",
    date="Thu, 12 Sep 2024 17:30:00 +0900",
    subject="[클라우드박스] 시정요구(KCSC-240911-05) 조치결과 통보",
    body=f"""수신: 방송통신심의위원회
제목: 시정요구(KCSC-240911-05) 조치결과 통보

귀 위원회의 시정요구에 대한 조치 결과를 아래와 같이 통보합니다.

 번호 | URL                                               | 조치결과           | 조치일
------+---------------------------------------------------+--------------------+------------
  1   | {CB[1]}  | 삭제               | 2024-09-12
  2   | {CB[2]}  | 성인인증 후 열람   | 2024-09-12
  3   | {CB[3]}  | 해당 게시물 없음   | -

(주)클라우드박스 콘텐츠보호팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 통보 as a plain-text table",
    why="삭제 is removed; adult-verification-only is restricted; 해당 게시물 없음 is not_found.",
    items={CB[1]: "removed", CB[2]: "restricted", CB[3]: "not_found"},
)

csv26 = "\r\n".join([
    "번호,URL,조치일자,조치내용",
    f"1,{CB[1]},2024-09-13,삭제",
    f"2,{CB[2]},2024-09-13,삭제(업로더 이용정지)",
    f"3,{CB[3]},2024-09-13,비공개 처리",
]) + "\r\n"
body26 = """안녕하십니까, 클라우드박스 콘텐츠보호팀입니다.

요청번호 KCSC-240911-05 건의 조치 결과를 첨부 파일로 보내드립니다.

감사합니다.
"""
case(
    name="webhard-euckr-csv-attachment",
    from_="copyright@cloudbox.co.kr", name_from="클라우드박스 콘텐츠보호팀",
    date="Fri, 13 Sep 2024 16:05:27 +0900",
    subject=subj_b("KCSC-240911-05 조치결과 회신"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="cbx-20240913"

--cbx-20240913
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(body26)}
--cbx-20240913
Content-Type: text/csv; charset=euc-kr; name="=?UTF-8?B?{base64.b64encode('조치결과.csv'.encode()).decode()}?="
Content-Disposition: attachment; filename*=UTF-8''{quote('조치결과.csv')}
Content-Transfer-Encoding: base64

{b64(csv26, "euc-kr")}
--cbx-20240913--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean webhard sending its 조치결과 as an EUC-KR CSV (Excel export)",
    why="CSV rows: 삭제, 삭제(이용정지), 비공개 처리: all three removed.",
    items={CB[1]: "removed", CB[2]: "removed", CB[3]: "removed"},
)

case(
    name="webhard-read-receipt",
    from_="copyright@cloudbox.co.kr", name_from="클라우드박스 콘텐츠보호팀",
    date="Wed, 11 Sep 2024 10:02:14 +0900",
    subject=subj_b("읽음 확인: [KCSC-240911-05] 불법정보 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-cbx-1"

--mdn-cbx-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 2024-09-11 10:02에 열어 보았습니다.
제목: [KCSC-240911-05] 불법정보 삭제 요청

--mdn-cbx-1
Content-Type: message/disposition-notification

Reporting-UA: mail.cloudbox.co.kr; Webmail
Final-Recipient: rfc822; copyright@cloudbox.co.kr
Original-Message-ID: <{mid("KCSC-240911-05")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-cbx-1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="Read receipt.",
)

case(
    name="webhard-fullwidth-parens",
    from_="copyright@cloudbox.co.kr", name_from="클라우드박스 콘텐츠보호팀",
    date="Mon, 16 Sep 2024 11:48:02 +0900",
    subject="Re: [KCSC-240911-05] 불법정보 삭제 요청 건 회신",
    reply_to_req=mid("KCSC-240911-05"),
    body=f"""안녕하십니까, 클라우드박스 콘텐츠보호팀입니다.

요청하신 자료 중 두 건에 대해 회신드립니다.

가. 자료（{CB[3]}）은 판매자가 올린 자료를 삭제하고 판매자 계정을 정지하였습니다．
나. 자료（{CB[1]}）은 저작권자와 정식 제휴된 콘텐츠로 권리자 허락 하에 유통되고 있어 삭제 대상이 아니라고 판단하여 유지합니다．

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean webhard reply with full-width parentheses and full stops around URLs",
    why="First file deleted (removed); second licensed and kept with its reason (rejected).",
    items={CB[3]: "removed", CB[1]: "rejected"},
)

# ================================================================ Hanachan (image board)
case(
    name="imgboard-mod-deleted-and-pruned",
    from_="mods@hanachan.net", name_from="hanachan mod team",
    date="Thu, 12 Sep 2024 19:44:00 +0000",
    subject="Re: [KCSC-240912-06] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240912-06"),
    body=f"""Hi,

{HC[1]} - deleted, poster banned.
{HC[2]} - that thread had already fallen off the board and been pruned
before your mail arrived, so there was nothing left for us to delete.

- mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board volunteer moderator answering informally",
    why="First thread deleted (removed); second already gone before the request (not_found).",
    items={HC[1]: "removed", HC[2]: "not_found"},
)

case(
    name="imgboard-both-gone-bulk",
    from_="mods@hanachan.net", name_from="hanachan mod team",
    date="Fri, 13 Sep 2024 01:10:33 +0000",
    subject="Re: [KCSC-240912-06] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240912-06"),
    body="""Both threads you sent us are gone now. Thanks for the heads up.

- mod team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line moderator reply covering every reported thread",
    why="'Both threads' covers the two-item request without naming either: bulk.",
    items={HC[1]: "pending", HC[2]: "pending"},
)

case(
    name="imgboard-deleted-and-kept",
    from_="admin@hanachan.net", name_from="hanachan admin",
    date="Sat, 14 Sep 2024 08:27:19 +0000",
    subject="KCSC-240912-06",
    body=f"""Admin here.

Thread {HC[1]} deleted + IP ban.

{HC[2]} is fan art of a fictional character, not a real
person. It doesn't break our rules or the law as far as we can tell, so it stays up.
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin answering with a deletion and a reasoned refusal",
    why="First thread deleted (removed); second stays up as breaking no rule (rejected).",
    items={HC[1]: "removed", HC[2]: "rejected"},
)

# ================================================================ OrbitVPS (host)
case(
    name="vps-one-item-taken-offline",
    from_="abuse@orbitvps.de", name_from="OrbitVPS Abuse Department",
    date="Sat, 14 Sep 2024 09:00:12 +0200",
    subject="Re: [KCSC-240913-07] Request for removal of illegal content [ORB-2024091377]",
    reply_to_req=mid("KCSC-240913-07"),
    body="""Dear Sir or Madam,

we forwarded your complaint to our customer, who has taken the reported page
offline. We consider this case closed.

Abuse ticket: ORB-2024091377

Kind regards
OrbitVPS Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="German VPS host abuse department closing a ticket",
    why="Reply to a one-item request stating, unhedged, that the reported page was taken offline: removed.",
    items={OV[1]: "removed"},
)

case(
    name="vps-forwards-customer-reply",
    from_="support@orbitvps.de", name_from="OrbitVPS Support",
    date="Sun, 15 Sep 2024 12:14:40 +0200",
    subject="Fwd: Abuse ticket ORB-2024091377 [KCSC-240913-07]",
    body=f"""Hello,

please see our customer's response below.

OrbitVPS Support

---------- Forwarded message ---------
From: Streamhub Admin <streamhub.ops@gmail.com>
Date: Sat, 14 Sep 2024 at 22:51
Subject: Re: Abuse ticket ORB-2024091377
To: <abuse@orbitvps.de>

Hi, I deleted the video at {OV[1]}, it is not on the server anymore.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="host forwarding its customer's reply without stating anything itself",
    why="The statement is the customer's, forwarded; the host adopts nothing.",
    items={OV[1]: "pending"},
)

dsn_text = """This is the mail system at host mx2.orbitvps.de.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-desk@orbitvps.de>: host mailstore.orbitvps.de[192.0.2.44] said:
    552 5.2.2 Mailbox full (in reply to RCPT TO command)
"""
case(
    name="vps-dsn-mailbox-full",
    from_="MAILER-DAEMON@orbitvps.de", name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 03:00:41 +0200",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B1F2C3.1726189241/mx2.orbitvps.de"

--B1F2C3.1726189241/mx2.orbitvps.de
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{dsn_text}
--B1F2C3.1726189241/mx2.orbitvps.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.orbitvps.de
Arrival-Date: Fri, 13 Sep 2024 03:00:40 +0200

Final-Recipient: rfc822; abuse-desk@orbitvps.de
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--B1F2C3.1726189241/mx2.orbitvps.de
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-desk@orbitvps.de
Subject: [KCSC-240913-07] Request for removal of illegal content
Message-ID: <{mid("KCSC-240913-07")}@kcsc.example>
Date: Fri, 13 Sep 2024 10:00:00 +0900

--B1F2C3.1726189241/mx2.orbitvps.de--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (mailbox full)",
    why="Bounce of our request.",
)

case(
    name="vps-german-out-of-office",
    from_="k.schmidt@orbitvps.de", name_from="Katrin Schmidt",
    date="Fri, 13 Sep 2024 03:01:05 +0200",
    subject="Abwesenheitsnotiz: [KCSC-240913-07] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.09.2024 nicht
im Büro. In dringenden Fällen wenden Sie sich bitte an abuse@orbitvps.de.

Thank you for your message. I am out of the office until 20 September 2024.
For urgent matters please contact abuse@orbitvps.de.

Katrin Schmidt
OrbitVPS GmbH
""",
    outcome="ignored", classification="auto_reply",
    imitates="German/English Abwesenheitsnotiz (out-of-office)",
    why="Out-of-office auto-reply.",
)

case(
    name="vps-appears-offline-hedge",
    from_="abuse@orbitvps.de", name_from="OrbitVPS Abuse Department",
    date="Sat, 14 Sep 2024 16:33:09 +0200",
    subject="Re: [KCSC-240913-07] Request for removal of illegal content [ORB-2024091377]",
    reply_to_req=mid("KCSC-240913-07"),
    body=f"""Hello,

{OV[1]} appears to be offline now. We have asked our customer to
confirm that the file was removed and will let you know as soon as we hear
back.

Kind regards
OrbitVPS Abuse Department
""",
    outcome="review", review="not_understood", classification="other",
    imitates="host abuse desk's hedged interim answer ('appears to be offline, asked the customer')",
    why="'appears to be offline' is a hedge and confirmation is still awaited: pending.",
    items={OV[1]: "pending"},
)


# ---------------------------------------------------------------- write
HEADER = """# blind727: blind corpus set (hosting providers, CDNs, registrars, forums,
# image boards, file hosts and small services; CSV attachments, text tables).
# Written by tests/corpus/blind727/make.py from each email's meaning, before
# the reader was ever run on it. Each case is judged alone on a fresh ledger
# holding requests.csv. See NOTES.md."""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        if not c["name_from"].isascii():
            c["name_from"] = subj_b(c["name_from"])
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
