#!/usr/bin/env python3
"""Blind set 415: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering removal requests, often
informally (abuse desks, admins writing one line), plus spreadsheets (CSV
attachments) and plain-text tables.

    python3 tests/corpus/blind415/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written for this set; the expected results were
written from each email's meaning before any run of the reader.
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


def pct(url):
    return quote(url, safe=":/?&=#%")


# ---------------------------------------------------------------- requests
F = [
    "https://filenest.example/f/Qm7xT2aa",
    "https://filenest.example/f/Rb81kPzz",
    "https://filenest.example/f/c4VnW0qe",
    "https://filenest.example/f/dH2sL9mu",
    "https://filenest.example/f/Ej6yU3rt",
    "https://filenest.example/f/fX0bN5ka",
    "https://filenest.example/f/gT4mQ8wd",
    "https://filenest.example/f/hP9cZ1jo",
    "https://filenest.example/f/iK3vR7se",
    "https://filenest.example/f/jW5nA2xb",
    "https://filenest.example/folder/kD8gY6lc",
    "https://filenest.example/folder/mS1hF4pv",
    "https://dl.filenest.example/d/nV7qJ0tg/clip_0907.mp4",
    "https://dl.filenest.example/d/oZ2wE5ry/set_b.zip",
]
P_RAW = [
    "https://pandabbs.example/board/free/88231",
    "https://pandabbs.example/board/free/88240",
    "https://pandabbs.example/board/photo/10422",
    "https://pandabbs.example/유머/5521",
    "https://pandabbs.example/잡담/30917",
]
P = [pct(u) for u in P_RAW]  # as stored in requests.csv
C = [
    "https://chanbox.example/k/thread/204417",
    "https://chanbox.example/k/thread/204588",
    "https://i.chanbox.example/k/1725011223344.jpg",
    "https://i.chanbox.example/k/1725011987001.webm",
]
N = [
    "https://dalbit-gallery.nimbushost.site/albums/2024/summer/",
    "https://dalbit-gallery.nimbushost.site/albums/2024/vip.html",
    "https://moonjar.nimbushost.site/wp-content/uploads/2024/08/pack01.zip",
]
R = [
    "https://kleakbox-archive.example/",
    "https://hanul-vids.example/",
]
E = [
    "https://streamcove.example/watch/77120",
    "https://streamcove.example/watch/77134",
]
S = ["https://pastely.example/aB3dE9xQ"]

REQUESTS = [
    ("KCSC-241502-01", "filenest", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00", F,
     "deepfake-sexual-abuse", "req-241502-01@kcsc.example", "file host, largest request"),
    ("KCSC-241503-02", "pandabbs", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00", P,
     "defamation", "req-241503-02@kcsc.example", "Korean forum, two Korean paths"),
    ("KCSC-241504-03", "chanbox", "2024-09-04T09:30:00+09:00", "2024-09-11T23:59:59+09:00", C,
     "deepfake-sexual-abuse", "req-241504-03@kcsc.example", "image board"),
    ("KCSC-241505-04", "nimbushost", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00", N,
     "deepfake-sexual-abuse", "req-241505-04@kcsc.example", "hosting provider, customer sites"),
    ("KCSC-241506-05", "regdot", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00", R,
     "illegal-gambling", "req-241506-05@kcsc.example", "registrar, whole domains"),
    ("KCSC-241509-06", "edgeveil", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", E,
     "deepfake-sexual-abuse", "req-241509-06@kcsc.example", "CDN in front of the site"),
    ("KCSC-241510-07", "pastely", "2024-09-10T16:00:00+09:00", "2024-09-17T23:59:59+09:00", S,
     "personal-data-exposure", "req-241510-07@kcsc.example", "paste site, one item"),
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


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQ_FN = (
    "Dear FileNest team,\n\n"
    "The Korea Communications Standards Commission asks you to remove the\n"
    "following files, which contain deepfake sexual content (ref KCSC-241502-01):\n\n"
    + "\n".join(F)
    + "\n\nPlease reply to this address with the action taken for each link.\n\n"
    "KCSC Takedown Team"
)

REQ_NH = (
    "Dear NimbusHost Abuse Department,\n\n"
    "Please remove the following content hosted on your network\n"
    "(ref KCSC-241505-04):\n\n"
    + "\n".join(N)
    + "\n\nKCSC Takedown Team"
)

# ---------------------------------------------------------------- cases
FN_CSV = (
    "link,result,comment,processed_utc\r\n"
    f"{F[0]},deleted,file removed and uploader warned,2024-09-03 02:14\r\n"
    f"{F[1]},deleted,,2024-09-03 02:15\r\n"
    f"{F[2]},not found,no file with this id,2024-09-03 02:15\r\n"
    f'{F[3]},no action,"content does not breach our terms, left online",2024-09-03 02:17\r\n'
    f"{F[4]},access disabled,,2024-09-03 02:18\r\n"
)

PANDA_CSV = (
    "번호,URL,조치결과,조치일\r\n"
    f"1,{P_RAW[0]},삭제,2024-09-06\r\n"
    f"2,{P_RAW[1]},삭제,2024-09-06\r\n"
    f"3,{P_RAW[2]},임시조치(30일),2024-09-06\r\n"
)

FN_B64 = (
    "Hello KCSC,\n\n"
    f"The video {F[12]} has been deleted, and its hash is now on our\n"
    "block list so the same file cannot be uploaded again.\n\n"
    f"The archive {F[13]} was reviewed by two moderators. It does not\n"
    "contain the material described in your request, so it stays online.\n\n"
    "Kind regards,\nFileNest Trust & Safety\n"
)

NH_QP = (
    "Hello,\n\n"
    "Ticket #NH-77812 (your reference KCSC-241505-04) has been closed.\n\n"
    "Action taken:\n"
    f"* {N[0]} - content removed by NimbusHost staff on 2024-09-07\n"
    f"* {N[1]} - content removed by NimbusHost staff on 2024-09-07\n"
    f"* {N[2]} - the file could not be located on the customer's server (HTTP 404 at the origin)\n\n"
    "If you believe the content is back online, reply to this ticket.\n\n"
    "NimbusHost Abuse Department\n"
)

CASES = [
    # ------------------------------------------------------------ FileNest
    dict(
        name="fn-csv-attachment-first-batch",
        **{"from": "abuse@filenest.example"}, name_from="FileNest Abuse",
        date="Tue, 03 Sep 2024 11:32:05 +0900",
        subject="Re: [KCSC-241502-01] Removal request - 14 links",
        reply_to_req="req-241502-01",
        raw_mime=f"""Content-Type: multipart/mixed; boundary="fn-mix-01"

--fn-mix-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

The outcome for the first batch of links is in the attached sheet.
The remaining links are still with our reviewers.

Regards,
Ilse M.
FileNest Trust & Safety

--fn-mix-01
Content-Type: text/csv; charset=utf-8; name="filenest_KCSC-241502-01.csv"
Content-Disposition: attachment; filename="filenest_KCSC-241502-01.csv"
Content-Transfer-Encoding: base64

{b64(FN_CSV.encode('utf-8'))}
--fn-mix-01--
""",
        outcome="applied", classification="confirmation",
        imitates="file host abuse desk sending a CSV export of its moderation queue",
        why="CSV attachment, one row per link: two deleted, one no such id, one left online with a reason, one access disabled",
        items={F[0]: "removed", F[1]: "removed", F[2]: "not_found", F[3]: "rejected", F[4]: "removed"},
    ),
    dict(
        name="fn-semicolon-table-in-body",
        **{"from": "tomasz.w@filenest.example"}, name_from="Tomasz W. (FileNest)",
        date="Wed, 04 Sep 2024 16:05:44 +0900",
        subject="FileNest report 55188 - status export",
        body=f"""Hi KCSC team,

status export for your request KCSC-241502-01 below (copied straight out of
our moderation tool, sorry about the format):

file_url;status;reason
{F[5]};REMOVED;Terms 4.2
{F[6]};REMOVED;Terms 4.2
{F[7]};NOT_FOUND;deleted by owner 2024-08-30
{F[8]};KEPT;no violation found
{F[9]};PENDING;second review

Tomasz
""",
        outcome="applied", classification="confirmation",
        imitates="abuse-desk employee pasting a semicolon-separated export into the mail body",
        why="plain-text table: two removed, one deleted by its owner before the request, one kept (no violation), one still pending",
        items={F[5]: "removed", F[6]: "removed", F[7]: "not_found", F[8]: "rejected", F[9]: "pending"},
    ),
    dict(
        name="fn-admin-two-lines",
        **{"from": "tomasz.w@filenest.example"}, name_from="Tomasz W.",
        date="Thu, 05 Sep 2024 09:12:00 +0900",
        subject="Re: KCSC-241502-01",
        reply_to_req="req-241502-01",
        body=f"""both of these are deleted now:
{F[10]}
{F[11]}

t.
""",
        outcome="applied", classification="confirmation",
        imitates="admin answering in one line from a phone",
        why="informal but unhedged: both folders deleted",
        items={F[10]: "removed", F[11]: "removed"},
    ),
    dict(
        name="fn-all-files-removed-bulk",
        **{"from": "legal@filenest.example"}, name_from="FileNest Legal",
        date="Fri, 06 Sep 2024 18:40:12 +0900",
        subject="Your notice KCSC-241502-01",
        body="""Dear Sir or Madam,

Thank you for your notice. All of the files listed in your request
KCSC-241502-01 have been removed from our service and the account that
uploaded them has been closed.

Kind regards,
FileNest Legal
""",
        outcome="review", review="bulk",
        imitates="legal department's short closing letter covering a whole notice",
        why="one sentence for all fourteen files of a fourteen-item request, none named",
        items={u: "pending" for u in F},
    ),
    dict(
        name="fn-will-be-purged-promise",
        **{"from": "abuse@filenest.example"}, name_from="FileNest Abuse",
        date="Wed, 04 Sep 2024 10:01:33 +0900",
        subject="Re: [KCSC-241502-01] Removal request - 14 links",
        reply_to_req="req-241502-01",
        body=f"""Hello,

We have verified your report. The two downloads below will be removed within
the next 24 hours, once our storage team has purged the copies on the
mirrors:

- {F[12]}
- {F[13]}

We will write again when this is done.

FileNest Trust & Safety
""",
        outcome="review", review="not_understood",
        imitates="abuse desk announcing a removal that has not happened yet",
        why="a promise ('will be removed'), not a statement: both stay pending",
        items={F[12]: "pending", F[13]: "pending"},
    ),
    dict(
        name="fn-out-of-office",
        **{"from": "ilse.m@filenest.example"}, name_from="Ilse M.",
        date="Mon, 02 Sep 2024 10:00:41 +0900",
        subject="Automatic reply: [KCSC-241502-01] Removal request - 14 links",
        reply_to_req="req-241502-01",
        extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
        body="""I'm out of the office until 16 September with limited access to email.

Abuse reports are handled by the team at abuse@filenest.example, which is
read around the clock.

Ilse
""",
        outcome="ignored", classification="auto_reply",
        imitates="Outlook out-of-office reply from an abuse-desk employee",
        why="automatic reply, says nothing about any file",
        items={},
    ),
    dict(
        name="fn-helpdesk-ticket-receipt",
        **{"from": "support@filenest.example"}, name_from="FileNest Help Center",
        date="Mon, 02 Sep 2024 10:01:09 +0900",
        subject="[FN-ABUSE #55188] We received your request",
        body="""Hello,

This message confirms that we have received your email. Your ticket number
is 55188.

Our abuse team works through reports in the order they arrive, usually
within two business days. Reply to this email if you want to add anything
to the ticket.

FileNest Help Center
https://help.filenest.example/hc/requests/55188
""",
        outcome="ignored", classification="acknowledgement",
        imitates="help-desk (Zendesk-style) ticket receipt",
        why="pure receipt with a ticket number; the help-centre link is not an item",
        items={},
    ),
    dict(
        name="fn-receipt-plus-two-results",
        **{"from": "tomasz.w@filenest.example"}, name_from="Tomasz W. (FileNest)",
        date="Tue, 03 Sep 2024 15:20:00 +0900",
        subject="Re: [KCSC-241502-01] Removal request - 14 links",
        reply_to_req="req-241502-01",
        body=f"""Hi,

thanks for the report, we have it under ticket 55188.

Quick update on two of the links:
{F[8]} has been removed.
{F[9]} no longer existed when we checked, the uploader had deleted it himself.

The rest are still being looked at.

Best,
Tomasz
""",
        outcome="applied", classification="confirmation",
        imitates="abuse-desk reply that starts as a receipt and then reports results",
        why="acknowledgement phrase plus two unhedged statements: one removed, one already deleted by the uploader",
        items={F[8]: "removed", F[9]: "not_found"},
    ),
    dict(
        name="fn-top-post-over-gmail-quote",
        **{"from": "tomasz.w@filenest.example"}, name_from="Tomasz W.",
        date="Mon, 02 Sep 2024 17:48:27 +0900",
        subject="Re: [KCSC-241502-01] Removal request - 14 links",
        reply_to_req="req-241502-01",
        body=f"""The folder {F[10]} is taken down.
Haven't got to the others yet.

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQ_FN)}
""",
        outcome="applied", classification="confirmation",
        imitates="Gmail top-posted reply over the quoted request",
        why="only the folder in the new text changes; the fourteen quoted URLs are our own request",
        items={F[10]: "removed"},
    ),
    dict(
        name="fn-html-summary-table",
        **{"from": "noreply@filenest.example"}, name_from="FileNest Trust & Safety",
        date="Sat, 07 Sep 2024 08:00:00 +0900",
        subject="Takedown report KCSC-241502-01: processing summary",
        type="html",
        body=f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Here is the processing summary for the links in report <b>KCSC-241502-01</b> handled today.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Action</th><th>Date (UTC)</th></tr>
<tr><td><a href="{F[11]}">{F[11]}</a></td><td>Disabled</td><td>2024-09-06</td></tr>
<tr><td><a href="{F[12]}">{F[12]}</a></td><td>Removed</td><td>2024-09-06</td></tr>
<tr><td><a href="{F[13]}">{F[13]}</a></td><td>File not found</td><td>&ndash;</td></tr>
</table>
<p>Questions about this summary? See <a href="https://help.filenest.example/hc/articles/takedown-faq">our takedown FAQ</a>.</p>
<p>FileNest Trust &amp; Safety</p>
</body></html>""",
        outcome="applied", classification="confirmation",
        imitates="HTML processing summary generated by a file host's trust-and-safety tool",
        why="HTML table: disabled, removed, file not found; the FAQ link is not an item",
        items={F[11]: "removed", F[12]: "removed", F[13]: "not_found"},
    ),
    dict(
        name="fn-base64-body-removed-and-kept",
        **{"from": "abuse@filenest.example"}, name_from="FileNest Abuse",
        date="Sun, 08 Sep 2024 12:30:15 +0900",
        subject="Re: [KCSC-241502-01] Removal request - 14 links",
        reply_to_req="req-241502-01",
        raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(FN_B64.encode('utf-8'))}
""",
        outcome="applied", classification="confirmation",
        imitates="abuse-desk reply sent base64-encoded by its mail client",
        why="one video deleted and hash-blocked, one archive reviewed and left online with a reason",
        items={F[12]: "removed", F[13]: "rejected"},
    ),
    dict(
        name="fn-dmarc-fail-claims-done",
        **{"from": "abuse@filenest.example"}, name_from="FileNest Abuse",
        auth="fail",
        date="Tue, 03 Sep 2024 02:11:50 +0900",
        subject="Re: [KCSC-241502-01] Removal request - 14 links",
        body=f"""All done: {F[0]} and {F[1]}
were deleted. No further action needed from your side.
""",
        outcome="review", review="untrusted",
        imitates="reply claiming the platform's domain whose DKIM/DMARC checks fail",
        why="platform domain but authentication fails: nothing is applied",
        items={F[0]: "pending", F[1]: "pending"},
    ),
    dict(
        name="fn-read-receipt",
        **{"from": "ilse.m@filenest.example"}, name_from="Ilse M.",
        date="Tue, 03 Sep 2024 09:02:18 +0900",
        subject="Read: [KCSC-241502-01] Removal request - 14 links",
        reply_to_req="req-241502-01",
        raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="fn-mdn-13"

--fn-mdn-13
Content-Type: text/plain; charset=utf-8

Your message to ilse.m@filenest.example was displayed on 03/09/2024 at 09:02.
This only tells you that the message appeared on the recipient's screen;
it does not mean it was read or acted on.

--fn-mdn-13
Content-Type: message/disposition-notification

Reporting-UA: ws-ilse.filenest.example; Thunderbird 115.14.0
Final-Recipient: rfc822;ilse.m@filenest.example
Original-Message-ID: <req-241502-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--fn-mdn-13--
""",
        outcome="ignored", classification="read_receipt",
        imitates="Thunderbird message disposition notification",
        why="read receipt: says nothing about the files",
        items={},
    ),
    dict(
        name="fn-numbered-list-mixed",
        **{"from": "abuse@filenest.example"}, name_from="FileNest Abuse",
        date="Mon, 09 Sep 2024 14:45:00 +0900",
        subject="Re: [KCSC-241502-01] Removal request - 14 links (update 2)",
        reply_to_req="req-241502-01",
        body=f"""Hello again,

Second update on your request:

1) {F[0]}
   Removed. The uploading account has been suspended.
2) {F[2]}
   We could not find this file. The id does not exist on our storage.
3) {F[5]}
   Removed.
4) {F[13]}
   Set to private by our moderators; it is no longer publicly accessible.

Anything not listed here has either been reported earlier or is still in
review.

FileNest Trust & Safety
""",
        outcome="applied", classification="confirmation",
        imitates="numbered update from a file host's abuse desk, status on the line below each link",
        why="removed, not found, removed, made private (no longer public: removed)",
        items={F[0]: "removed", F[2]: "not_found", F[5]: "removed", F[13]: "removed"},
    ),
    dict(
        name="fn-got-it-passed-on",
        **{"from": "ilse.m@filenest.example"}, name_from="Ilse M.",
        date="Mon, 02 Sep 2024 10:25:03 +0900",
        subject="Re: [KCSC-241502-01] Removal request - 14 links",
        reply_to_req="req-241502-01",
        body=f"""Got it, thanks. I've passed this on to the abuse team, ticket FN-55188.

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQ_FN)}
""",
        outcome="ignored", classification="acknowledgement",
        imitates="employee's one-line acknowledgement over the quoted request",
        why="pure acknowledgement with a ticket number; every URL is in our quoted request",
        items={},
    ),
    # ------------------------------------------------------------ PandaBBS (Korean forum)
    dict(
        name="panda-admin-one-line-ko",
        **{"from": "admin@pandabbs.example"}, name_from="판다포럼 운영자",
        date="Tue, 03 Sep 2024 13:04:51 +0900",
        subject="Re: [KCSC-241503-02] 게시물 삭제 요청",
        reply_to_req="req-241503-02",
        body=f"""안녕하세요, 판다포럼 운영자입니다.
{P_RAW[0]} 게시물 운영자 삭제했습니다.
감사합니다.
""",
        outcome="applied", classification="confirmation",
        imitates="small Korean forum admin answering in one line (운영자 삭제)",
        why="one unhedged Korean statement: post deleted by the operator",
        items={P[0]: "removed"},
    ),
    dict(
        name="panda-blind-and-temporary-measure",
        **{"from": "admin@pandabbs.example"}, name_from="판다포럼",
        date="Wed, 04 Sep 2024 17:30:00 +0900",
        subject="[판다포럼] 게시물 조치 결과 안내 (KCSC-241503-02)",
        body=f"""[판다포럼] 게시물 조치 결과 안내

요청번호: KCSC-241503-02

1. {P_RAW[1]}
   - 조치: 블라인드 처리 (2024.09.04)
2. {P_RAW[2]}
   - 조치: 임시조치 30일 (정보통신망법 제44조의2)

나머지 게시물은 검토 중이며, 결과가 나오는 대로 다시 알려드리겠습니다.

판다포럼 운영팀
""",
        outcome="applied", classification="confirmation",
        imitates="Korean portal-style 조치 결과 안내 (블라인드, 임시조치)",
        why="블라인드 = removed; 임시조치 30일 = restricted; the rest is 'under review' and not named",
        items={P[1]: "removed", P[2]: "restricted"},
    ),
    dict(
        name="panda-korean-paths-with-particles",
        **{"from": "admin@pandabbs.example"}, name_from="판다포럼 운영자",
        date="Thu, 05 Sep 2024 10:18:22 +0900",
        subject="Re: [KCSC-241503-02] 게시물 삭제 요청",
        reply_to_req="req-241503-02",
        body=f"""안녕하세요.

요청하신 게시물 중 {P_RAW[3]}은 작성자가 9월 1일에 스스로 삭제하여 현재 존재하지 않는 글입니다.

{P_RAW[4]}의 경우 내용을 확인하였으나 커뮤니티 이용규칙 및 관련 법령 위반 사항이 확인되지 않아 게시중단하지 않았습니다.

이의가 있으시면 회신 부탁드립니다.
판다포럼 운영자 드림
""",
        outcome="applied", classification="confirmation",
        imitates="Korean forum admin's prose reply with raw Korean paths followed by particles",
        why="one post deleted by its author before the request (not_found), one left up after review with its reason (rejected; '게시중단하지 않았습니다' is a refusal)",
        items={P[3]: "not_found", P[4]: "rejected"},
    ),
    dict(
        name="panda-checking-will-delete-ko",
        **{"from": "admin@pandabbs.example"}, name_from="판다포럼 운영자",
        date="Tue, 03 Sep 2024 15:45:10 +0900",
        subject="Re: [KCSC-241503-02] 게시물 삭제 요청",
        reply_to_req="req-241503-02",
        body=f"""안녕하세요.

요청하신 게시물 3건({P_RAW[0]}, {P_RAW[1]}, {P_RAW[2]})은 현재 운영진이 확인 중이며, 위반 사항이 확인되면 삭제 조치할 예정입니다.

조치가 완료되면 다시 연락드리겠습니다.
""",
        outcome="review", review="not_understood",
        imitates="Korean forum reply '확인 중 … 조치할 예정입니다'",
        why="under review and a conditional promise: no statement, the three posts stay pending",
        items={P[0]: "pending", P[1]: "pending", P[2]: "pending"},
    ),
    dict(
        name="panda-admin-from-personal-webmail",
        **{"from": "panda.forum.admin@mailhome.example"}, name_from="판다포럼 관리자",
        date="Wed, 04 Sep 2024 22:51:37 +0900",
        subject="판다포럼 게시물 관련 (KCSC-241503-02)",
        body=f"""판다포럼 관리자입니다.
말씀하신 {P_RAW[1]} 글은 지웠습니다.
포럼 메일 서버가 고장나서 개인 메일로 보내드립니다.
""",
        outcome="review", review="unknown_sender",
        imitates="small-site admin answering from a personal webmail account",
        why="states a deletion but comes from a domain that is no platform's",
        items={P[1]: "pending"},
    ),
    dict(
        name="panda-statement-then-url-below",
        **{"from": "report@pandabbs.example"}, name_from="판다포럼 신고센터",
        date="Fri, 06 Sep 2024 11:11:11 +0900",
        subject="Re: [KCSC-241503-02] 게시물 삭제 요청",
        reply_to_req="req-241503-02",
        body=f"""안녕하세요, 판다포럼 신고센터입니다.

KCSC-241503-02 관련하여 아래 게시물은 19세 이상 성인인증 후에만 열람할 수 있도록 접근 제한 처리하였습니다.
{P_RAW[2]}

아래 게시물은 게시자가 탈퇴하면서 요청 전에 이미 삭제된 상태입니다.
{P_RAW[4]}

감사합니다.
""",
        outcome="applied", classification="confirmation",
        imitates="Korean forum report centre, statement sentence with the URL on the line below",
        why="age-gated 접근 제한 = restricted; deleted before the request when its author left = not_found",
        items={P[2]: "restricted", P[4]: "not_found"},
    ),
    dict(
        name="panda-correction-result-table",
        **{"from": "admin@pandabbs.example"}, name_from="판다포럼",
        date="Mon, 09 Sep 2024 09:40:00 +0900",
        subject="시정요구 조치결과 회신 - KCSC-241503-02",
        body=f"""시정요구 조치결과 회신

요청번호: KCSC-241503-02
사이트: 판다포럼

번호 | URL | 조치결과 | 조치일자
1 | {P_RAW[0]} | 삭제 | 2024-09-05
2 | {P_RAW[1]} | 삭제 | 2024-09-05
3 | {P_RAW[2]} | 접속차단 | 2024-09-05
4 | {P_RAW[3]} | 해당 게시물 없음 | -
5 | {P_RAW[4]} | 미조치(위반 사항 없음) | -

담당자: 김하늘 (판다포럼 운영팀)
""",
        outcome="applied", classification="confirmation",
        imitates="시정요구 조치결과 table as small Korean sites send it, pipe-separated text",
        why="all five rows: 삭제, 삭제, 접속차단 (restricted), 게시물 없음 (not_found), 미조치 with reason (rejected)",
        items={P[0]: "removed", P[1]: "removed", P[2]: "restricted", P[3]: "not_found", P[4]: "rejected"},
    ),
    dict(
        name="panda-fullwidth-brackets",
        **{"from": "admin@pandabbs.example"}, name_from="판다포럼 운영자",
        date="Thu, 05 Sep 2024 20:02:45 +0900",
        subject="Re: [KCSC-241503-02] 게시물 삭제 요청",
        reply_to_req="req-241503-02",
        body=f"""신고하신 게시글 「{P_RAW[1]}」은 블라인드 처리되었습니다．
또한（{P_RAW[0]}）도 삭제 완료했습니다。
""",
        outcome="applied", classification="confirmation",
        imitates="Korean admin reply typed with full-width brackets and punctuation",
        why="블라인드 처리 and 삭제 완료, each URL wrapped in full-width brackets",
        items={P[1]: "removed", P[0]: "removed"},
    ),
    dict(
        name="panda-chuseok-auto-reply",
        **{"from": "admin@pandabbs.example"}, name_from="판다포럼 운영자",
        date="Sat, 14 Sep 2024 09:00:02 +0900",
        subject="[자동응답] Re: [KCSC-241503-02] 게시물 삭제 요청",
        reply_to_req="req-241503-02",
        extra_headers=["Auto-Submitted: auto-replied"],
        body="""[자동응답]
9월 14일부터 9월 18일까지 추석 연휴로 메일 확인이 어렵습니다.
급한 신고는 게시판 하단의 신고 기능을 이용해 주세요.
""",
        outcome="ignored", classification="auto_reply",
        imitates="Korean holiday (추석) automatic reply",
        why="automatic reply naming no post",
        items={},
    ),
    dict(
        name="panda-euckr-csv-attachment",
        **{"from": "admin@pandabbs.example"}, name_from="판다포럼",
        date="Fri, 06 Sep 2024 16:20:30 +0900",
        subject="조치 결과 엑셀 파일 송부 (KCSC-241503-02)",
        reply_to_req="req-241503-02",
        raw_mime=f"""Content-Type: multipart/mixed; boundary="pd-mix-25"

--pd-mix-25
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 판다포럼입니다.
요청하신 게시물의 조치 결과를 첨부 파일로 보내드립니다.
나머지 2건은 확인 후 별도로 회신드리겠습니다.

--pd-mix-25
Content-Type: text/csv; charset="euc-kr"; name="result_0906.csv"
Content-Disposition: attachment; filename="result_0906.csv"
Content-Transfer-Encoding: base64

{b64(PANDA_CSV.encode('euc-kr'))}
--pd-mix-25--
""",
        outcome="applied", classification="confirmation",
        imitates="Korean site sending an Excel-saved CSV in EUC-KR (CP949) as attachment",
        why="CSV rows: 삭제, 삭제, 임시조치(30일); the two others are not named",
        items={P[0]: "removed", P[1]: "removed", P[2]: "restricted"},
    ),
    # ------------------------------------------------------------ Chanbox (image board)
    dict(
        name="chan-janitor-prose",
        **{"from": "mods@chanbox.example"}, name_from="chanbox mod team",
        date="Wed, 04 Sep 2024 13:27:09 +0900",
        subject="Re: [KCSC-241504-03] Removal request",
        reply_to_req="req-241504-03",
        body=f"""Thread {C[0]} deleted, poster banned.
The image {C[2]} was posted in that thread and is deleted as well.

- chanbox mods
""",
        outcome="applied", classification="confirmation",
        imitates="image-board moderator's two-line reply",
        why="thread deleted; image deleted as well",
        items={C[0]: "removed", C[2]: "removed"},
    ),
    dict(
        name="chan-bare-url-status-below",
        **{"from": "mods@chanbox.example"}, name_from="chanbox mod team",
        date="Thu, 05 Sep 2024 02:03:41 +0900",
        subject="Re: [KCSC-241504-03] Removal request",
        reply_to_req="req-241504-03",
        body=f"""re your KCSC-241504-03:

{C[1]}
404 - that thread fell off the board and was pruned before we saw your mail, nothing left to delete

{C[3]}
removed + file hash banned

--
chanbox staff
""",
        outcome="applied", classification="confirmation",
        imitates="image-board staff reply: bare URL, status on the line below",
        why="thread already pruned (not_found); webm removed",
        items={C[1]: "not_found", C[3]: "removed"},
    ),
    dict(
        name="chan-thread-stays-up",
        **{"from": "mods@chanbox.example"}, name_from="chanbox mod team",
        date="Fri, 06 Sep 2024 07:55:00 +0900",
        subject="Re: [KCSC-241504-03] Removal request",
        reply_to_req="req-241504-03",
        body=f"""Hi,

We read through {C[0]}. It is a news discussion thread and
nothing in it breaks our rules, so it stays up.

If you have a court order, send it to legal@chanbox.example.

chanbox staff
""",
        outcome="applied", classification="confirmation",
        imitates="image-board refusal with its reason",
        why="refusal with a reason: rejected",
        items={C[0]: "rejected"},
    ),
    dict(
        name="chan-mailbox-full-bounce",
        **{"from": "MAILER-DAEMON@mx1.chanbox.example"}, name_from="Mail Delivery System",
        date="Wed, 04 Sep 2024 09:30:52 +0900",
        subject="Undelivered Mail Returned to Sender",
        raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="ch-dsn-27"

--ch-dsn-27
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.chanbox.example.

Your message could not be delivered to one or more recipients.

<mods@chanbox.example>: host mx1.chanbox.example said: 552 5.2.2 mailbox
    over quota

--ch-dsn-27
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.chanbox.example
Arrival-Date: Wed,  4 Sep 2024 09:30:50 +0900 (KST)

Final-Recipient: rfc822; mods@chanbox.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox over quota

--ch-dsn-27
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: mods@chanbox.example
Subject: [KCSC-241504-03] Removal request
Date: Wed, 04 Sep 2024 09:30:00 +0900
Message-ID: <req-241504-03@kcsc.example>

Please remove the following (ref KCSC-241504-03):
{C[0]}
{C[1]}
{C[2]}
{C[3]}

--ch-dsn-27--
""",
        outcome="ignored", classification="bounce",
        imitates="Postfix delivery status notification (mailbox over quota)",
        why="bounce carrying our own request: nothing changes",
        items={},
    ),
    dict(
        name="chan-probably-pruned-hedge",
        **{"from": "jan@chanbox.example"}, name_from="jan (chanbox)",
        date="Thu, 05 Sep 2024 23:14:08 +0900",
        subject="Re: [KCSC-241504-03] Removal request",
        reply_to_req="req-241504-03",
        body=f"""hey, looks like {C[2]} and
{C[3]} were probably already purged by the
auto-pruner, can't tell for sure from the logs. will double check tomorrow
""",
        outcome="review", review="not_understood",
        imitates="volunteer moderator's hedged late-night reply",
        why="'probably', 'can't tell for sure': hedges, no statement",
        items={C[2]: "pending", C[3]: "pending"},
    ),
    dict(
        name="chan-angle-brackets-wrapped",
        **{"from": "mods@chanbox.example"}, name_from="chanbox mod team",
        date="Sat, 07 Sep 2024 18:22:19 +0900",
        subject="Re: [KCSC-241504-03] Removal request",
        reply_to_req="req-241504-03",
        body="""Removed both files:
<https://i.chanbox.example/k/1725011223344.jpg>,
<https://i.chanbox.example/k/
 1725011987001.webm>.

chanbox staff
""",
        outcome="applied", classification="confirmation",
        imitates="reply with URLs in angle brackets, the second one wrapped by the mail client",
        why="both files removed; the second URL is wrapped inside its angle brackets (RFC 3986 appendix C style)",
        items={C[2]: "removed", C[3]: "removed"},
    ),
    # ------------------------------------------------------------ NimbusHost (hosting provider)
    dict(
        name="nimbus-forwarded-to-customer",
        **{"from": "abuse@nimbushost.example"}, name_from="NimbusHost Abuse Department",
        date="Thu, 05 Sep 2024 15:02:37 +0900",
        subject="[Ticket #NH-77812] Re: [KCSC-241505-04] Removal request",
        reply_to_req="req-241505-04",
        body=f"""Hello,

Your complaint about the following URLs has been forwarded to our customer:

{N[0]}
{N[1]}

The customer has been asked to remove the material within 48 hours. If they
do not respond in that time, we will suspend the service.

NimbusHost Abuse Department
""",
        outcome="review", review="not_understood",
        imitates="hosting provider forwarding a complaint to its customer with a deadline",
        why="forwarded to the customer, removal asked and suspension threatened: no statement of a status",
        items={N[0]: "pending", N[1]: "pending"},
    ),
    dict(
        name="nimbus-account-suspended",
        **{"from": "abuse@nimbushost.example"}, name_from="NimbusHost Abuse Department",
        date="Sat, 07 Sep 2024 10:44:00 +0900",
        subject="[Ticket #NH-77812] Re: [KCSC-241505-04] Removal request",
        reply_to_req="req-241505-04",
        body=f"""Hello,

Following your report we have suspended the hosting account behind
dalbit-gallery.nimbushost.site. Both reported URLs now show our suspension
page:

  {N[0]}
  {N[1]}

NimbusHost Abuse Department
""",
        outcome="applied", classification="confirmation",
        imitates="hosting provider's account-suspension notice",
        why="service suspended, both named URLs unavailable: removed",
        items={N[0]: "removed", N[1]: "removed"},
    ),
    dict(
        name="nimbus-outlook-original-message",
        **{"from": "jana.novak@nimbushost.example"}, name_from="Jana Novak",
        date="Fri, 06 Sep 2024 09:15:20 +0900",
        subject="RE: [KCSC-241505-04] Removal request",
        reply_to_req="req-241505-04",
        body=f"""Hello,

At our request the customer deleted the archive
{N[2]} this morning. We checked it
ourselves and it now returns 404.

Regards
Jana Novak
NimbusHost Abuse Department

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:00 AM
To: abuse@nimbushost.example
Subject: [KCSC-241505-04] Removal request

{REQ_NH}
""",
        outcome="applied", classification="confirmation",
        imitates="Outlook reply above '-----Original Message-----' with the request unquoted below",
        why="archive deleted on the host's demand and verified; the URLs below the separator are our request",
        items={N[2]: "removed"},
    ),
    dict(
        name="nimbus-out-of-office",
        **{"from": "jana.novak@nimbushost.example"}, name_from="Jana Novak",
        date="Thu, 12 Sep 2024 08:00:10 +0900",
        subject="Out of Office: [KCSC-241505-04] reminder",
        extra_headers=["Auto-Submitted: auto-replied"],
        body="""Thank you for your message. I am on leave until 23 September.
For abuse matters please write to abuse@nimbushost.example.

Jana Novak
""",
        outcome="ignored", classification="auto_reply",
        imitates="out-of-office reply to a reminder",
        why="automatic reply",
        items={},
    ),
    dict(
        name="nimbus-qp-ticket-closed",
        **{"from": "abuse@nimbushost.example"}, name_from="NimbusHost Abuse Department",
        date="Sun, 08 Sep 2024 19:36:02 +0900",
        subject="[Ticket #NH-77812] Closed",
        raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NH_QP)}
""",
        outcome="applied", classification="confirmation",
        imitates="ticket-closed notice from a hosting provider's ticket system, quoted-printable",
        why="two removed by staff, one could not be located: not_found",
        items={N[0]: "removed", N[1]: "removed", N[2]: "not_found"},
    ),
    dict(
        name="nimbus-asks-legal-basis",
        **{"from": "abuse@nimbushost.example"}, name_from="NimbusHost Abuse Department",
        date="Fri, 06 Sep 2024 14:10:45 +0900",
        subject="[Ticket #NH-77813] Re: [KCSC-241505-04] Removal request",
        reply_to_req="req-241505-04",
        body=f"""Hello,

Before we can act on {N[2]} we need a little more
from you:

- the legal provision the request is based on;
- confirmation that you act for a public authority (a signed letter is fine);
- if possible, a screenshot showing the content.

Please reply to this ticket with the above.

NimbusHost Abuse Department
""",
        outcome="review", review="asks_more", classification="request_for_info",
        imitates="hosting provider asking for the legal basis and proof of authority",
        why="asks for more information; nothing about the file's status",
        items={N[2]: "pending"},
    ),
    # ------------------------------------------------------------ RegDot (registrar)
    dict(
        name="regdot-clienthold",
        **{"from": "abuse@regdot.example"}, name_from="RegDot Abuse Desk",
        date="Mon, 09 Sep 2024 16:00:00 +0900",
        subject="RegDot abuse case RD-2024-118306 - outcome",
        body=f"""RegDot Abuse Desk - case RD-2024-118306
Your reference: KCSC-241506-05

Reported URL: {R[0]}
Domain:       kleakbox-archive.example
Outcome:      Domain suspended (status clientHold). The domain no longer resolves.
Date:         2024-09-09

This case is now closed.
""",
        outcome="applied", classification="confirmation",
        imitates="registrar abuse-case outcome template (clientHold)",
        why="domain suspended and no longer resolving: removed",
        items={R[0]: "removed"},
    ),
    dict(
        name="regdot-not-dns-abuse",
        **{"from": "abuse@regdot.example"}, name_from="RegDot Abuse Desk",
        date="Tue, 10 Sep 2024 11:25:31 +0900",
        subject="RegDot abuse case RD-2024-118307 - outcome",
        body=f"""RegDot Abuse Desk - case RD-2024-118307
Your reference: KCSC-241506-05

Reported URL: {R[1]}
Outcome:      No action taken.

As the registrar of hanul-vids.example we do not host the website and we do
not judge individual pages. We suspend domains only for DNS abuse (phishing,
malware, botnets, pharming, spam used to deliver these). The content you
describe does not fall into these categories, so the domain stays active.
Please contact the hosting provider or send us a court order.

This case is now closed.
""",
        outcome="applied", classification="confirmation",
        imitates="registrar refusing to act on content that is not DNS abuse",
        why="'no action taken' with its reason, the domain stays active: rejected",
        items={R[1]: "rejected"},
    ),
    dict(
        name="regdot-suspends-cdn-request-domain",
        **{"from": "abuse@regdot.example"}, name_from="RegDot Abuse Desk",
        date="Wed, 11 Sep 2024 13:40:00 +0900",
        subject="RegDot abuse case RD-2024-118412 - outcome",
        body=f"""RegDot Abuse Desk - case RD-2024-118412

EdgeVeil passed your complaint about streamcove.example on to us, as we are
the domain's registrar. We have suspended the domain (clientHold), so
{E[0]} and
{E[1]} no longer resolve.

This case is now closed.
""",
        outcome="review", review="wrong_platform",
        imitates="registrar answering a complaint forwarded to it by the CDN",
        why="RegDot states statuses for items of the EdgeVeil request",
        items={E[0]: "pending", E[1]: "pending"},
    ),
    # ------------------------------------------------------------ EdgeVeil (CDN)
    dict(
        name="edge-we-do-not-host",
        **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
        date="Mon, 09 Sep 2024 12:05:19 +0900",
        subject="[EdgeVeil Abuse] Report 4410297 - streamcove.example",
        body=f"""Hello,

EdgeVeil provides reverse proxy and CDN services to streamcove.example and
is not its hosting provider. We cannot remove content that we do not host.

We have forwarded your report about
  {E[0]}
  {E[1]}
to the website operator and to the hosting provider, Brightrack Hosting
(abuse@brightrack.example), who can act on it.

More about how we handle reports: https://www.edgeveil.example/abuse-policy

EdgeVeil Trust & Safety
""",
        outcome="review", review="not_understood",
        imitates="CDN's 'we are not the host, report forwarded' reply",
        why="neither a removal nor a decision that the content breaks no rule: both stay pending",
        items={E[0]: "pending", E[1]: "pending"},
    ),
    dict(
        name="edge-blocked-from-korea",
        **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
        date="Thu, 12 Sep 2024 17:50:44 +0900",
        subject="[EdgeVeil Abuse] Report 4410297 - action taken",
        body=f"""Hello,

Regarding your reference KCSC-241509-06: we have blocked access from the
Republic of Korea to the following URLs served through our network, in line
with local law:

 • {E[0]}
 • {E[1]}

Visitors in other countries are not affected.

EdgeVeil Trust & Safety
""",
        outcome="applied", classification="confirmation",
        imitates="CDN geo-blocking reported URLs for one country",
        why="blocked in Korea only: restricted",
        items={E[0]: "restricted", E[1]: "restricted"},
    ),
    dict(
        name="edge-site-owner-writes",
        **{"from": "ops@streamcove.example"}, name_from="StreamCove Ops",
        date="Tue, 10 Sep 2024 20:12:33 +0900",
        subject="Re: [EdgeVeil Abuse] Report 4410297 - streamcove.example",
        body=f"""Hi,

I run streamcove.example. EdgeVeil sent us your complaint. I have removed
the videos {E[0]} and
{E[1]} from the site.

Regards,
Min
""",
        outcome="review", review="unknown_sender",
        imitates="site operator answering directly after a CDN forwarded the complaint",
        why="the site operator's domain is not the platform's (EdgeVeil): no status from it",
        items={E[0]: "pending", E[1]: "pending"},
    ),
    # ------------------------------------------------------------ Pastely (paste site, one item)
    dict(
        name="pastely-paste-deleted-sole",
        **{"from": "admin@pastely.example"}, name_from="Ravi (Pastely)",
        date="Tue, 10 Sep 2024 18:03:00 +0900",
        subject="Re: [KCSC-241510-07] Removal request",
        reply_to_req="req-241510-07",
        body="""Paste deleted. Thanks for the heads-up.

-- Ravi, pastely
""",
        outcome="applied", classification="confirmation",
        imitates="one-person service answering a one-item request in one line",
        why="the request has one item; an unhedged 'deleted' in the reply to it applies",
        items={S[0]: "removed"},
    ),
    dict(
        name="pastely-terms-newsletter",
        **{"from": "news@pastely.example"}, name_from="Pastely",
        date="Sun, 15 Sep 2024 10:00:00 +0900",
        subject="Changes to the Pastely Terms of Service",
        extra_headers=["List-Unsubscribe: <https://pastely.example/unsubscribe?u=kcsc>", "Precedence: bulk"],
        body="""Hello,

We are updating the Pastely Terms of Service. The new version takes effect
on 1 October 2024 and adds clearer rules on personal data in pastes and on
how we answer takedown requests.

Read the new terms: https://pastely.example/terms
Questions: admin@pastely.example

The Pastely team
""",
        outcome="review", review="no_claims",
        imitates="small service's terms-of-service update mailing",
        why="trusted platform mail that names no item and references no request",
        items={},
    ),
]


HEADER = """# Blind set 415: hosting providers, a CDN, a registrar, a Korean forum, an
# image board, a file host and a paste site (see NOTES.md). Written by
# make.py from its case list; each case is ingested alone into a fresh
# ledger holding requests.csv. Expected results written from each email's
# meaning before any run of the reader.
"""


def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    Korean mail systems send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode(maxlinelen=200)


def main():
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind415", HEADER, CASES)


if __name__ == "__main__":
    main()
