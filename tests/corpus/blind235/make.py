#!/usr/bin/env python3
"""Blind set 235: hosting providers, a CDN, a registrar, a forum, an image
board and a file host answering the regulator, often informally, plus CSV
attachments and plain-text tables.

    python3 tests/corpus/blind235/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning before the reader
was ever run on these emails.
"""
import base64
import csv
import datetime
import email.header
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind235"

# ---------------------------------------------------------------- requests
P = [
    "https://parcelfiles.com/f/Xk29dQ7a",
    "https://parcelfiles.com/f/Lm83pQ2z",
    "https://parcelfiles.com/f/Hq61vN0c",
    "https://parcelfiles.com/f/Rt44bW9e",
    "https://parcelfiles.com/f/Zp07kY3u",
    "https://parcelfiles.com/f/Bn52sJ8m",
    "https://parcelfiles.com/f/Cw19gF6t",
    "https://parcelfiles.com/f/Dv70hK1r",
    "https://parcelfiles.com/folder/Qe33aM5x",
    "https://parcelfiles.com/folder/Ws88cT4n",
    "https://parcelfiles.com/f/Ey26dU7i",
    "https://parcelfiles.com/f/Fu95eR2o",
    "https://parcelfiles.com/f/Gi13fE8p",
    "https://parcelfiles.com/f/Jo48gP0s",
]
C = [
    "https://goldbet88.cirrus.page/",
    "https://goldbet88.cirrus.page/join.html",
    "https://haneul-shop.cirrus.page/products/view.php?id=204",
    "https://sites.cirrushost.net/~minho77/index.html",
]
C7 = "https://mirae-loan.cirrus.page/apply"
E = [
    "https://media.edgewallcdn.net/a7f3c1/clip01.mp4",
    "https://media.edgewallcdn.net/a7f3c1/clip02.mp4",
    "https://toto-sunrise.win/event",
]
H = ["http://toto-hanbit777.kr/", "http://hanbit-casino.co.kr/"]
D3_RAW = "https://dalbit.community/자유/20877"
D3 = "https://dalbit.community/" + urllib.parse.quote("자유") + "/20877"
D = [
    "https://dalbit.community/free/10231",
    "https://dalbit.community/free/10245",
    "https://dalbit.community/humor/5512",
    D3,
    "https://dalbit.community/market/3390",
]
K = [
    "https://kkachiboard.net/b/res/88123.html",
    "https://kkachiboard.net/b/res/88190.html",
    "https://kkachiboard.net/pol/res/40211.html",
]

REQUESTS = [
    ("KCSC-240902-01", "parcel", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00", P,
     "obscenity", "req-240902-01@kcsc.example", "file host, 12 files and 2 folders"),
    ("KCSC-240903-02", "cirrus", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00", C,
     "gambling", "req-240903-02@kcsc.example", "customer sites on free subdomains"),
    ("KCSC-240905-03", "edgewall", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00", E,
     "obscenity", "req-240905-03@kcsc.example", "CDN: two stored clips and one proxied site"),
    ("KCSC-240909-04", "hanbit", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00", H,
     "gambling", "req-240909-04@kcsc.example", "registrar: two domains"),
    ("KCSC-240910-05", "dalbit", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", D,
     "defamation", "req-240910-05@kcsc.example", "forum posts"),
    ("KCSC-240911-06", "kkachi", "2024-09-11T16:00:00+09:00", "2024-09-18T23:59:59+09:00", K,
     "hate", "req-240911-06@kcsc.example", "image board threads"),
    ("KCSC-240913-07", "cirrus", "2024-09-13T09:00:00+09:00", "2024-09-20T23:59:59+09:00", [C7],
     "illegal_finance", "req-240913-07@kcsc.example", "one illegal loan page"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for i, u in enumerate(urls):
                w.writerow([ref, plat, sent, due, u, cat, mid, note if i == 0 else ""])


# ---------------------------------------------------------------- helpers
def d(day, hh, mm, ss=0, tz="+0900"):
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timezone(sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:])))
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=off)
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def with_csv(text, filename, csv_text, boundary):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(csv_text)}\n"
        f"--{boundary}--\n"
    )


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQ1_TEXT = "Dear Parcel Files abuse team,\n\nThe Korea Communications Standards Commission asks you to remove\nthe following files and folders (our reference KCSC-240902-01):\n\n" + \
    "\n".join(f"{i + 1}. {u}" for i, u in enumerate(P)) + \
    "\n\nPlease reply to this address with the result for each link.\n\nKCSC Takedown team"

REQ2_TEXT = "Dear Cirrus Hosting,\n\nPlease remove the following pages hosted on your network\n(reference KCSC-240903-02):\n\n" + \
    "\n".join(f"{i + 1}. {u}" for i, u in enumerate(C)) + \
    "\n\nKind regards,\nKCSC Takedown team"

REQ5_TEXT = "달빛커뮤니티 운영자님께,\n\n방송통신심의위원회입니다. 아래 게시물 5건에 대한 시정을 요구합니다\n(참조번호 KCSC-240910-05).\n\n" + \
    "\n".join(f"{i + 1}. {u}" for i, u in enumerate([D[0], D[1], D[2], D3_RAW, D[4]])) + \
    "\n\n조치 결과를 회신해 주시기 바랍니다."

S1 = "Re: [KCSC-240902-01] Removal request - 14 links"
S2 = "Re: [KCSC-240903-02] Removal request - gambling sites"
S3 = "Re: [KCSC-240905-03] Removal request"
S4 = "Re: [KCSC-240909-04] 불법 도박 도메인 이용정지 요청"
S5 = "Re: [KCSC-240910-05] 게시물 시정요구"
S6 = "Re: [KCSC-240911-06] Removal request - 3 threads"
S7 = "Re: [KCSC-240913-07] 불법 대부 광고 페이지 삭제 요청"

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================= Parcel Files (file host)
case(
    name="parcel-abuse-desk-status-below-url",
    **{"from": "abuse@parcelfiles.com"}, name_from="Parcel Files Abuse",
    date=d(4, 9, 12, tz="+0000"), subject=S1, reply_to_req="req-240902-01",
    body="Hello,\n\nThank you for your notice. Our abuse team went through every link; the\nresult for each is given under it.\n\n"
    + f"{P[0]}\n  Deleted, uploader account terminated\n"
    + f"{P[1]}\n  Deleted\n"
    + f"{P[2]}\n  Deleted\n"
    + f"{P[3]}\n  Deleted\n"
    + f"{P[4]}\n  Disabled (hash blocked to prevent re-upload)\n"
    + f"{P[5]}\n  Deleted\n"
    + f"{P[6]}\n  Deleted\n"
    + f"{P[7]}\n  Deleted\n"
    + f"{P[8]}\n  Folder and the 12 files inside it deleted\n"
    + f"{P[9]}\n  Not found - no folder with this ID exists on our service\n"
    + f"{P[10]}\n  Deleted\n"
    + f"{P[11]}\n  Deleted\n"
    + f"{P[12]}\n  Deleted\n"
    + f"{P[13]}\n  Not found - the uploader deleted this file on 1 September, before your notice\n"
    + "\nRepeat uploaders are handled under https://parcelfiles.com/legal/repeat-infringer-policy\n\n"
    "Parcel Files Abuse Team\n",
    outcome="applied",
    imitates="file-host abuse desk reply listing each reported link with its result on the line below",
    why="item-level statuses for all 14 links; two not found (no such folder, deleted by uploader)",
    items={**{u: "removed" for u in P[:9]}, P[9]: "not_found", P[10]: "removed", P[11]: "removed",
           P[12]: "removed", P[13]: "not_found"},
)

PARCEL_CSV = (
    "file_id,url,action,actioned_at_utc,comment\n"
    f"Hq61vN0c,{P[2]},deleted,2024-09-03 04:12,\n"
    f"Rt44bW9e,{P[3]},deleted,2024-09-03 04:12,\n"
    f"Zp07kY3u,{P[4]},not_found,,file id does not exist\n"
    f"Bn52sJ8m,{P[5]},disabled,2024-09-03 04:13,hash blocklisted\n"
    f"Cw19gF6t,{P[6]},deleted,2024-09-03 04:14,\n"
    f"Dv70hK1r,{P[7]},no_action,,\"licensed trailer, uploaded by the rights holder's own account\"\n"
)
case(
    name="parcel-csv-action-log",
    **{"from": "abuse-reports@parcelfiles.com"}, name_from="Parcel Files Abuse",
    date=d(3, 4, 30, tz="+0000"), subject=S1, reply_to_req="req-240902-01",
    raw_mime=with_csv(
        "Hi,\n\nAttached is the action log for the links of KCSC-240902-01 that were\nprocessed today. The remaining links are still with the team.\n\nParcel Files Abuse",
        "parcel_actions_KCSC-240902-01.csv", PARCEL_CSV, "pf-7c1e0a"),
    outcome="applied",
    imitates="abuse-system CSV export attached to a short cover note",
    why="CSV rows: deleted/disabled -> removed, not_found, no_action with a reason -> rejected; other links not spoken about",
    items={P[2]: "removed", P[3]: "removed", P[4]: "not_found", P[5]: "removed", P[6]: "removed",
           P[7]: "rejected"},
)

case(
    name="parcel-informal-took-these-down",
    **{"from": "dmitri@parcelfiles.com"}, name_from="Dmitri (Parcel Files)",
    date=d(2, 22, 41, tz="+0300"), subject=S1, reply_to_req="req-240902-01",
    body=f"took these down:\n{P[0]}\n{P[1]}\n\nrest tomorrow.\n-d\n",
    outcome="applied",
    imitates="one-line reply from a small file host's admin",
    why="'took these down' is a plain statement for the two links; 'rest tomorrow' promises nothing item-level",
    items={P[0]: "removed", P[1]: "removed"},
)

case(
    name="parcel-plain-text-table",
    **{"from": "abuse@parcelfiles.com"}, name_from="Parcel Files Abuse",
    date=d(4, 9, 5, tz="+0000"), subject=S1, reply_to_req="req-240902-01",
    body="Report KCSC-240902-01 - status as of 2024-09-04 09:00 UTC\n\n"
    " # | Link                                | Result\n"
    "---+-------------------------------------+----------------------------\n"
    f" 3 | {P[2]}  | REMOVED\n"
    f" 4 | {P[3]}  | REMOVED\n"
    f" 5 | {P[4]}  | NOT FOUND (invalid file id)\n"
    f" 6 | {P[5]}  | REMOVED\n"
    f" 7 | {P[6]}  | NO VIOLATION - file kept\n"
    f" 8 | {P[7]}  | PENDING (legal review)\n"
    "\nLinks 1-2 and 9-14 were answered separately.\n\n-- \nParcel Files Trust & Safety\n",
    outcome="applied",
    imitates="plain-text status table pasted from a ticket tool",
    why="one row per link; PENDING row stays pending",
    items={P[2]: "removed", P[3]: "removed", P[4]: "not_found", P[5]: "removed", P[6]: "rejected",
           P[7]: "pending"},
)

case(
    name="parcel-top-posted-over-quoted-request",
    **{"from": "hana.lee@parcelfiles.com"}, name_from="Hana Lee",
    date=d(5, 8, 20, tz="+0200"), subject=S1, reply_to_req="req-240902-01",
    body="Hi,\n\nThe three files below are now disabled for all users. We are still looking\ninto the rest of your list and will write again.\n\n"
    f"{P[10]}\n{P[11]}\n{P[12]}\n\nKind regards,\nHana Lee\nTrust & Safety, Parcel Files\n\n"
    "On Mon, 2 Sep 2024 at 03:00, KCSC Takedown <takedown@kcsc.example> wrote:\n" + quoted(REQ1_TEXT) + "\n",
    outcome="applied",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="three links disabled; the quoted list below 'wrote:' states nothing",
    items={P[10]: "removed", P[11]: "removed", P[12]: "removed", P[0]: "pending", P[13]: "pending"},
)

case(
    name="parcel-dsa-statement-of-reasons",
    **{"from": "legal@parcelfiles.com"}, name_from="Parcel Files Legal",
    date=d(5, 14, 0, tz="+0200"), subject="Statement of reasons - notice KCSC-240902-01",
    reply_to_req="req-240902-01",
    body="Statement of reasons (Article 17 DSA)\n\n"
    f"Content concerned:\n  {P[11]}\n  {P[10]}\n\n"
    "Decision: access to the content has been disabled\n"
    "Territorial scope: all countries\n"
    "Date of decision: 2024-09-05\n"
    "Facts and circumstances: decision taken after a notice from the Korea\n"
    "  Communications Standards Commission (reference KCSC-240902-01).\n"
    "Ground: incompatible with our Terms of Service, section 4.2\n"
    "  (https://parcelfiles.com/legal/terms)\n"
    "Automated means used: no\n"
    "Redress: the uploader may appeal at https://parcelfiles.com/appeal\n",
    outcome="applied",
    imitates="DSA Article 17 statement of reasons sent to the notifier",
    why="access disabled worldwide for both files; terms and appeal links are not items",
    items={P[10]: "removed", P[11]: "removed"},
)

case(
    name="parcel-restricted-in-korea-angle-brackets",
    **{"from": "abuse@parcelfiles.com"}, name_from="Parcel Files Abuse",
    date=d(6, 10, 15, tz="+0200"), subject=S1, reply_to_req="req-240902-01",
    body="Hello,\n\nWe have restricted access to the following files for visitors located in\nthe Republic of Korea:\n\n"
    f" - <{P[12]}>\n - <{P[13]}>\n\n"
    "Both files remain available outside Korea, as they are lawful in the\nNetherlands where our service is established.\n\nParcel Files Abuse Team\n",
    outcome="applied",
    imitates="file host geo-restricting content for one country",
    why="withheld in Korea only -> restricted",
    items={P[12]: "restricted", P[13]: "restricted"},
)

case(
    name="parcel-promise-within-24h",
    **{"from": "abuse@parcelfiles.com"}, name_from="Parcel Files Abuse",
    date=d(2, 12, 3, tz="+0200"), subject=S1, reply_to_req="req-240902-01",
    body="Thanks for the report.\n\nWe will remove the following files within 24 hours:\n"
    f"  {P[2]}\n  {P[3]}\n  {P[4]}\n\nYou will get a confirmation once this is done.\n\nParcel Files Abuse Team\n",
    outcome="review", review="not_understood",
    imitates="abuse desk promising removal",
    why="a promise, not a statement: items stay pending",
    items={P[2]: "pending", P[3]: "pending", P[4]: "pending"},
)

case(
    name="parcel-bulk-all-removed",
    **{"from": "abuse@parcelfiles.com"}, name_from="Parcel Files Abuse",
    date=d(6, 16, 40, tz="+0200"), subject=S1, reply_to_req="req-240902-01",
    body="Hello,\n\nAll files listed in your notice KCSC-240902-01 have been removed from\nParcel Files and their hashes added to our upload blocklist.\n\nParcel Files Abuse Team\n",
    outcome="review", review="bulk",
    imitates="blanket 'all reported content removed' reply",
    why="one statement for a 14-item request without naming each link",
    items={u: "pending" for u in P},
)

case(
    name="parcel-ticket-receipt",
    **{"from": "no-reply@parcelfiles.com"}, name_from="Parcel Files Support",
    date=d(2, 3, 1, tz="+0000"), subject="[PF-20931] Received: [KCSC-240902-01] Removal request - 14 links",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-generated", "X-Ticket-ID: PF-20931"],
    body="We've received your report.\n\nTicket number: PF-20931\n\nA member of our abuse team will review it. You do not need to reply to\nthis message; we will contact you if we need more information.\n\nParcel Files Support\n",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket receipt",
    why="pure acknowledgement, no statement",
    items={},
)

# ======================================================= Cirrus Hosting (host)
case(
    name="cirrus-ticket-resolved-prose",
    **{"from": "abuse@cirrushost.net"}, name_from="Cirrus Hosting Abuse Desk",
    date=d(4, 15, 20), subject="[CH-448120] " + S2, reply_to_req="req-240903-02",
    body="Ticket CH-448120 (your reference KCSC-240903-02)\n\nHello,\n\n"
    "We have reviewed the four URLs. The customer account behind goldbet88 has been\nsuspended for breaching our acceptable use policy, so "
    f"{C[0]} and\n{C[1]} now show our suspension page instead of the site.\n\n"
    f"The owner of the shop removed the product page\n{C[2]} after we contacted them;\nwe checked and it now returns 404.\n\n"
    f"For {C[3]} there is no such user\ndirectory: that account was closed in July and the path does not exist on our\nservers.\n\n"
    "Best regards,\nCirrus Hosting Abuse Desk\nhttps://cirrushost.net/legal/aup\n",
    outcome="applied",
    imitates="hosting abuse desk closing a ticket with one paragraph per URL",
    why="account suspended (site unavailable) -> removed x2; removed by customer -> removed; no such directory -> not_found",
    items={C[0]: "removed", C[1]: "removed", C[2]: "removed", C[3]: "not_found"},
)

case(
    name="cirrus-noc-one-liner",
    **{"from": "j.park@cirrushost.net"}, name_from="J. Park",
    date=d(13, 11, 2), subject=S7, reply_to_req="req-240913-07",
    body=f"suspended {C7}\n\n--\nJ. Park / Cirrus Hosting NOC\n",
    outcome="applied",
    imitates="one-line answer from a host's engineer",
    why="'suspended' + the URL: the hosting account is off, page removed",
    items={C7: "removed"},
)

case(
    name="cirrus-sole-item-all-removed",
    **{"from": "abuse@cirrushost.net"}, name_from="Cirrus Hosting Abuse Desk",
    date=d(13, 17, 45), subject=S7, reply_to_req="req-240913-07",
    body="Hello,\n\nAll reported content under KCSC-240913-07 has been removed from our network.\n\nRegards,\nCirrus Hosting Abuse Desk\n",
    outcome="applied",
    imitates="blanket removal reply to a one-item request",
    why="a blanket statement answering a request of one item applies to it",
    items={C7: "removed"},
)

CIRRUS_HTML = (
    "<html><body>\n<p>Dear KCSC,</p>\n<p>Please find below the outcome of our investigation for ticket CH-448120\n"
    "(KCSC-240903-02).</p>\n"
    "<table border=\"1\" cellpadding=\"4\">\n<tr><th>URL</th><th>Action taken</th></tr>\n"
    f"<tr><td><a href=\"{C[0]}\">{C[0]}</a></td><td>Hosting account suspended</td></tr>\n"
    f"<tr><td><a href=\"{C[1]}\">{C[1]}</a></td><td>Hosting account suspended</td></tr>\n"
    f"<tr><td><a href=\"{C[2]}\">{C[2]}</a></td><td>No action &ndash; the page sells licensed goods and does not breach our AUP</td></tr>\n"
    f"<tr><td><a href=\"{C[3]}\">{C[3]}</a></td><td>Not found on our servers</td></tr>\n"
    "</table>\n<p>If you disagree with a decision, reply to this ticket.</p>\n"
    "<p>Cirrus Hosting Abuse Desk<br>\n<a href=\"https://cirrushost.net/legal/aup\">Acceptable use policy</a></p>\n</body></html>"
)
case(
    name="cirrus-html-table",
    **{"from": "abuse@cirrushost.net"}, name_from="Cirrus Hosting Abuse Desk",
    date=d(5, 10, 30), subject="[CH-448120] " + S2, reply_to_req="req-240903-02",
    type="html", body=CIRRUS_HTML,
    outcome="applied",
    imitates="HTML ticket update with a URL / action table",
    why="suspended x2 -> removed; 'no action' with reason -> rejected; not found",
    items={C[0]: "removed", C[1]: "removed", C[2]: "rejected", C[3]: "not_found"},
)

CIRRUS_CSV = (
    "url;status;checked_at\n"
    f"{C[0]};suspended;2024-09-04T06:10:00Z\n"
    f"{C[1]};suspended;2024-09-04T06:10:00Z\n"
    f"{C[2]};removed_by_customer;2024-09-04T07:55:00Z\n"
    f"{C[3]};no_such_path;2024-09-04T06:12:00Z\n"
)
case(
    name="cirrus-semicolon-csv-export",
    **{"from": "abuse@cirrushost.net"}, name_from="Cirrus Hosting Abuse Desk",
    date=d(4, 17, 5), subject="[CH-448120] " + S2, reply_to_req="req-240903-02",
    raw_mime=with_csv("Hello,\n\nExport of the abuse case for your four URLs attached.\n\nCirrus Hosting Abuse Desk",
                      "CH-448120.csv", CIRRUS_CSV, "ch-448120-x"),
    outcome="applied",
    imitates="semicolon-separated CSV export from a host's abuse system",
    why="suspended/removed_by_customer -> removed; no_such_path -> not_found",
    items={C[0]: "removed", C[1]: "removed", C[2]: "removed", C[3]: "not_found"},
)

case(
    name="cirrus-outlook-over-original",
    **{"from": "mina.cho@cirrushost.net"}, name_from="Mina Cho",
    date=d(4, 18, 12), subject="RE: [KCSC-240903-02] Removal request - gambling sites",
    reply_to_req="req-240903-02",
    body=f"Hello,\n\nFollowing our notice, the customer took down\n{C[2]} ; the page is gone from\ntheir site.\n\n"
    "The goldbet88 account is still being investigated.\n\nRegards,\nMina Cho\nAbuse Desk | Cirrus Hosting\n\n"
    "-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\nSent: Tuesday, September 3, 2024 11:00 AM\n"
    "To: abuse@cirrushost.net\nSubject: [KCSC-240903-02] Removal request - gambling sites\n\n" + REQ2_TEXT + "\n",
    outcome="applied",
    imitates="Outlook reply above '-----Original Message-----'",
    why="one page taken down; goldbet88 still under investigation; the original request below states nothing",
    items={C[2]: "removed", C[0]: "pending", C[1]: "pending", C[3]: "pending"},
)

case(
    name="cirrus-hedged-appears-down",
    **{"from": "abuse@cirrushost.net"}, name_from="Cirrus Hosting Abuse Desk",
    date=d(3, 16, 0), subject=S2, reply_to_req="req-240903-02",
    body=f"Hi,\n\nLooking at {C[0]} it appears the customer may\nalready have taken the site down themselves - we get a blank page. We will\ndouble-check on the server and come back to you.\n\nCirrus Hosting Abuse Desk\n",
    outcome="review", review="not_understood",
    imitates="abuse desk's first look, hedged",
    why="'appears ... may have' is a hedge, not a statement",
    items={C[0]: "pending"},
)

case(
    name="cirrus-dmarc-fail",
    **{"from": "abuse@cirrushost.net"}, name_from="Cirrus Hosting Abuse Desk",
    auth="fail", date=d(4, 2, 14), subject=S2, reply_to_req="req-240903-02",
    body="Hello,\n\nThe following URLs have been removed:\n\n" + "\n".join(C) + "\n\nCirrus Hosting Abuse Desk\n",
    outcome="review", review="untrusted",
    imitates="statement from the host's domain failing DMARC",
    why="authentication failed: nothing applied",
    items={u: "pending" for u in C},
)

case(
    name="cirrus-bulk-four-urls",
    **{"from": "abuse@cirrushost.net"}, name_from="Cirrus Hosting Abuse Desk",
    date=d(5, 9, 0), subject=S2, reply_to_req="req-240903-02",
    body="Hi,\n\nAll the reported URLs under KCSC-240903-02 have been disabled on our side.\n\nRegards,\nCirrus Hosting Abuse Desk\n",
    outcome="review", review="bulk",
    imitates="blanket reply for a multi-item request",
    why="four items, none named",
    items={u: "pending" for u in C},
)

case(
    name="cirrus-out-of-office",
    **{"from": "mina.cho@cirrushost.net"}, name_from="Mina Cho",
    date=d(3, 11, 0, 40), subject="Automatic reply: [KCSC-240903-02] Removal request - gambling sites",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="I am out of the office until 9 September with limited access to email.\nFor urgent abuse matters please write to abuse@cirrushost.net.\n\nMina Cho\n",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="auto-reply",
    items={},
)

case(
    name="site-owner-freemail",
    **{"from": "goldbet88.owner@mailbox.example"}, name_from="goldbet88",
    date=d(5, 1, 33), subject="my site was suspended",
    body=f"Hello\n\nI am the owner of {C[1]}. I removed the signup\npage yesterday so there is nothing illegal there now. Please tell Cirrus to\nunsuspend my account.\n\nThanks\n",
    outcome="review", review="unknown_sender",
    imitates="site owner writing to the regulator from a free mailbox",
    why="not any platform's domain",
    items={C[1]: "pending"},
)

# ======================================================= EdgeWall (CDN)
case(
    name="edgewall-stream-deleted-proxy-not-hosted",
    **{"from": "trust-safety@edgewall.io"}, name_from="EdgeWall Trust & Safety",
    date=d(6, 3, 10, tz="+0000"), subject=S3, reply_to_req="req-240905-03",
    body="Hello,\n\nThanks for your report (EdgeWall case EW-77310, your reference KCSC-240905-03).\n\n"
    "The two video files below were stored on EdgeWall Stream by one of our\ncustomers. We have deleted them and purged them from our cache:\n"
    f"{E[0]}\n{E[1]}\n\n"
    f"{E[2]} is not hosted by EdgeWall. The site only uses our\npass-through proxy, so we are not able to remove content from it. We have\n"
    "forwarded your complaint to the site owner and to its hosting provider.\n\nEdgeWall Trust & Safety\n",
    outcome="applied",
    imitates="CDN reply: stored objects deleted, proxied site 'we do not host this'",
    why="two clips deleted; the proxied site: a refusal with its reason (not hosted here) -> rejected",
    items={E[0]: "removed", E[1]: "removed", E[2]: "rejected"},
)

case(
    name="edgewall-country-block-kr",
    **{"from": "trust-safety@edgewall.io"}, name_from="EdgeWall Trust & Safety",
    date=d(6, 20, 5, tz="+0000"), subject=S3, reply_to_req="req-240905-03",
    body="Hello,\n\nWe have applied a country block (KR) to the following Stream objects; they\ncan no longer be played from South Korea:\n\n"
    f"<{E[0]}>\n<{E[1]}>\n\n"
    "Our customer disputes that the videos are unlawful outside Korea, so they\nremain available in other regions.\n\nEdgeWall Trust & Safety\n",
    outcome="applied",
    imitates="CDN geo-blocking content for one country",
    why="blocked in Korea only -> restricted",
    items={E[0]: "restricted", E[1]: "restricted"},
)

case(
    name="edgewall-echoed-report-outcome",
    **{"from": "noreply@edgewall.io"}, name_from="EdgeWall Abuse",
    date=d(6, 2, 45, tz="+0000"), subject="Your abuse report EW-77402 has been resolved",
    body="Your report\n-----------\nReport ID:    EW-77402\n"
    f"Reported URL: {E[1]}\n"
    "Category:     Illegal content (other)\nReporter:     Korea Communications Standards Commission\nReference:    KCSC-240905-03\n\n"
    "Outcome\n-------\nThe file was deleted from EdgeWall Stream on 6 September 2024 at 02:40 UTC\nand is no longer served from any of our locations.\n\n"
    "Manage your reports: https://edgewall.io/abuse/reports\n",
    outcome="applied",
    imitates="resolved-report notification echoing the submitted form",
    why="echoed report URL + outcome 'deleted'",
    items={E[1]: "removed"},
)

case(
    name="edgewall-conditional-48h",
    **{"from": "trust-safety@edgewall.io"}, name_from="EdgeWall Trust & Safety",
    date=d(6, 5, 0, tz="+0000"), subject=S3, reply_to_req="req-240905-03",
    body=f"Hello,\n\nWe have notified the operator of toto-sunrise.win. If the operator does not\nremove {E[2]} within 48 hours, we will\nterminate our proxy service for the domain.\n\nEdgeWall Trust & Safety\n",
    outcome="review", review="not_understood",
    imitates="CDN warning its customer, conditional action",
    why="a condition and a promise, no statement",
    items={E[2]: "pending"},
)

case(
    name="edgewall-speaks-for-forum",
    **{"from": "trust-safety@edgewall.io"}, name_from="EdgeWall Trust & Safety",
    date=d(11, 4, 30, tz="+0000"), subject="Re: [KCSC-240910-05] 게시물 시정요구", reply_to_req="req-240910-05",
    body="Hello,\n\nYou copied us on this notice because dalbit.community uses our proxy service.\n"
    f"We passed it to our customer, who tells us that the post\n{D[1]} has been deleted.\n\n"
    "EdgeWall does not host the forum; please contact the operator for anything\nelse.\n\nEdgeWall Trust & Safety\n",
    outcome="review", review="wrong_platform",
    imitates="CDN relaying what its customer did",
    why="EdgeWall states a status for an item of the forum's request",
    items={D[1]: "pending"},
)

case(
    name="edgewall-use-the-form",
    **{"from": "abuse@edgewall.io"}, name_from="EdgeWall Abuse",
    date=d(5, 0, 31, tz="+0000"), subject="Re: [KCSC-240905-03] Removal request",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="This is an automated message.\n\nThis mailbox does not process abuse reports sent by email. To report abuse,\nplease use our form at https://edgewall.io/abuse/report so that your report\nreaches the right team.\n\nEdgeWall\n",
    outcome="ignored", classification="auto_reply",
    imitates="CDN auto-response pointing to its abuse form",
    why="automatic reply, no statement; the form link is not an item",
    items={},
)

# ======================================================= Hanbit Domain (registrar)
case(
    name="hanbit-serverhold-korean",
    **{"from": "abuse@hanbitdomain.co.kr"}, name_from="한빛도메인 어뷰즈대응팀",
    date=d(10, 15, 20), subject=S4, reply_to_req="req-240909-04",
    body="안녕하세요, 한빛도메인 어뷰즈 대응팀입니다.\n\nKCSC-240909-04 건으로 요청하신 아래 도메인에 대하여 2024년 9월 10일 15시부로\n"
    "도메인 이용정지(serverHold) 조치를 완료하였습니다. 현재 네임서버 응답이 중지되어\n접속되지 않습니다.\n\n"
    f"- {H[0]}\n- {H[1]}\n\n등록인에게는 약관 제12조에 따라 통보하였습니다.\n\n감사합니다.\n한빛도메인 어뷰즈 대응팀\n",
    outcome="applied",
    imitates="Korean registrar's serverHold notice",
    why="domain suspended, not reachable anywhere -> removed",
    items={H[0]: "removed", H[1]: "removed"},
)

case(
    name="hanbit-bare-domains-one-not-ours",
    **{"from": "support@hanbitdomain.co.kr"}, name_from="한빛도메인 고객지원",
    date=d(10, 9, 48), subject=S4, reply_to_req="req-240909-04",
    body="안녕하세요.\n\ntoto-hanbit777.kr — 서버홀드 처리 완료했습니다.\n"
    "hanbit-casino.co.kr — 당사에서 관리하는 도메인이 아닙니다. WHOIS 조회 결과 타 등록기관에\n등록되어 있으니 해당 기관으로 요청 부탁드립니다.\n\n한빛도메인 고객지원팀\n",
    outcome="applied",
    imitates="registrar support reply naming bare domains",
    why="bare domain = the requested site; first suspended, second not in this registrar's records -> not_found",
    items={H[0]: "removed", H[1]: "not_found"},
)

case(
    name="hanbit-conditional-korean",
    **{"from": "abuse@hanbitdomain.co.kr"}, name_from="한빛도메인 어뷰즈대응팀",
    date=d(9, 17, 30), subject=S4, reply_to_req="req-240909-04",
    body=f"안녕하세요.\n\n{H[0]} 및 {H[1]} 에 대해 등록인에게 소명\n요청을 발송했습니다. 72시간 이내에 소명이 없을 경우 도메인 이용정지 조치를\n진행할 예정입니다.\n\n한빛도메인 어뷰즈 대응팀\n",
    outcome="review", review="not_understood",
    imitates="registrar giving the registrant 72 hours",
    why="conditional future action only",
    items={H[0]: "pending", H[1]: "pending"},
)

BOUNCED = (
    "From: KCSC Takedown <takedown@kcsc.example>\nTo: abuse-kr@hanbitdomain.co.kr\n"
    "Subject: " + email.header.Header("[KCSC-240909-04] 불법 도박 도메인 이용정지 요청", "utf-8").encode() + "\n"
    "Date: Mon, 09 Sep 2024 14:00:00 +0900\n"
    "Message-ID: <req-240909-04@kcsc.example>\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    f"아래 도메인의 이용정지를 요청합니다.\n\n1. {H[0]}\n2. {H[1]}\n"
)
case(
    name="hanbit-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.hanbitdomain.co.kr"}, name_from="Mail Delivery System",
    date=d(9, 14, 0, 9), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-hb-01"\n\n'
        "--dsn-hb-01\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx1.hanbitdomain.co.kr.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n<abuse-kr@hanbitdomain.co.kr>: user unknown\n\n"
        "--dsn-hb-01\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx1.hanbitdomain.co.kr\nArrival-Date: Mon, 9 Sep 2024 14:00:05 +0900\n\n"
        "Final-Recipient: rfc822; abuse-kr@hanbitdomain.co.kr\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <abuse-kr@hanbitdomain.co.kr>: Recipient address rejected: User unknown\n\n"
        "--dsn-hb-01\nContent-Type: message/rfc822\n\n" + BOUNCED + "\n--dsn-hb-01--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN with the original request attached",
    why="bounce; the URLs are in our own returned message",
    items={H[0]: "pending", H[1]: "pending"},
)

# ======================================================= Dalbit Community (forum)
case(
    name="dalbit-admin-one-line-korean",
    **{"from": "admin@dalbit.community"}, name_from="달빛커뮤니티 운영자",
    date=d(10, 13, 7), subject=S5, reply_to_req="req-240910-05",
    body=f"{D[0]}, {D[1]} 두 글 모두 운영자 삭제 처리했습니다.\n\n달빛커뮤니티 운영자 드림\n",
    outcome="applied",
    imitates="forum admin's one-line Korean reply",
    why="운영자 삭제 for both named posts",
    items={D[0]: "removed", D[1]: "removed"},
)

case(
    name="dalbit-korean-text-table",
    **{"from": "admin@dalbit.community"}, name_from="달빛커뮤니티 운영자",
    date=d(11, 10, 20), subject=S5, reply_to_req="req-240910-05",
    body="[달빛커뮤니티] 시정요구 조치결과 회신 (KCSC-240910-05)\n\n"
    "번호 | 게시물 주소 | 조치 결과\n"
    f"1 | {D[0]} | 삭제\n"
    f"2 | {D[1]} | 블라인드 처리\n"
    f"3 | {D[2]} | 작성자가 이미 삭제한 게시물\n"
    f"4 | {D3_RAW} | 게시중단\n"
    f"5 | {D[4]} | 위반 사항 없음 (게시 유지)\n\n"
    "문의사항은 이 메일로 회신 주세요.\n",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 table in plain text",
    why="삭제/블라인드/게시중단 -> removed; already deleted by author -> not_found; 위반 없음 -> rejected",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found", D[3]: "removed", D[4]: "rejected"},
)

case(
    name="dalbit-particle-and-fullwidth-parens",
    **{"from": "admin@dalbit.community"}, name_from="달빛커뮤니티 운영자",
    date=d(12, 9, 40), subject=S5, reply_to_req="req-240910-05",
    body=f"안녕하세요.\n\n요청하신 게시물 중 {D3_RAW}에 대해서는 30일간 임시조치하였습니다.\n"
    f"또한 광고 게시물（{D[4]}）은 삭제했습니다.\n\n달빛커뮤니티 운영팀\n",
    outcome="applied",
    imitates="Korean forum reply with particles glued to URLs",
    why="임시조치 -> restricted; 삭제 -> removed",
    items={D[3]: "restricted", D[4]: "removed"},
)

case(
    name="dalbit-qp-url-below-statement",
    **{"from": "admin@dalbit.community"}, name_from="달빛커뮤니티 운영자",
    date=d(12, 14, 2), subject=S5, reply_to_req="req-240910-05",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        "안녕하세요, 달빛커뮤니티 운영팀입니다.\n\n아래 게시물은 삭제 처리되었습니다.\n"
        f"{D[2]}\n\n아래 게시물은 검토 결과 커뮤니티 규정 위반이 확인되지 않아 게시를 유지합니다.\n"
        f"{D[4]}\n\n감사합니다.\n"),
    outcome="applied",
    imitates="quoted-printable Korean reply, statement line above each URL",
    why="removed; kept because no rule broken -> rejected",
    items={D[2]: "removed", D[4]: "rejected"},
)

case(
    name="dalbit-gmail-top-posted-korean",
    **{"from": "admin@dalbit.community"}, name_from="달빛커뮤니티 운영자",
    date=d(10, 18, 30), subject=S5, reply_to_req="req-240910-05",
    body=f"요청하신 5건 중 3건은 삭제했습니다.\n{D[0]}\n{D[1]}\n{D[2]}\n"
    "나머지 2건은 운영진 회의 후 결정하겠습니다.\n\n"
    "2024년 9월 10일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:\n" + quoted(REQ5_TEXT) + "\n",
    outcome="applied",
    imitates="Gmail (Korean UI) top-posted reply over the quoted request",
    why="three named posts deleted; the other two await a decision",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "pending", D[4]: "pending"},
)

case(
    name="dalbit-asks-for-documents",
    **{"from": "admin@dalbit.community"}, name_from="달빛커뮤니티 운영자",
    date=d(10, 16, 55), subject=S5, reply_to_req="req-240910-05",
    body="안녕하세요.\n\n요청하신 게시물을 삭제하려면 위원회 심의 의결서 사본 또는 관련 법령 근거를\n"
    "보내주셔야 처리할 수 있습니다. 자료를 회신해 주시면 검토하겠습니다.\n\n달빛커뮤니티 운영자\n",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean forum asking for the decision document first",
    why="asks for supporting documents before acting",
    items={},
)

case(
    name="dalbit-forwards-vendor-note",
    **{"from": "admin@dalbit.community"}, name_from="달빛커뮤니티 운영자",
    date=d(11, 15, 10), subject="Fwd: RE: 달빛 신고건 (KCSC-240910-05)",
    body="위원회 담당자님, 저희 모니터링 대행업체 답변 전달드립니다.\n\n"
    "---------- Forwarded message ---------\n보낸사람: 클린보드 모니터링 <report@cleanboard.example>\n"
    "Date: 2024년 9월 11일 (수) 오후 2:05\nSubject: RE: 달빛 신고건\nTo: <admin@dalbit.community>\n\n"
    f"신고된 {D[0]}, {D[1]} 두 건\n블라인드 완료했습니다.\n",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail forward of an outsourced moderator's note",
    why="the statement is a third party's, forwarded",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="dalbit-mdn-read",
    **{"from": "admin@dalbit.community"}, name_from="달빛커뮤니티 운영자",
    date=d(10, 10, 44), subject="읽음: [KCSC-240910-05] 게시물 시정요구",
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dal-1"\n\n'
        "--mdn-dal-1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "2024-09-10 10:00에 보낸 메일을 2024-09-10 10:44에 읽었습니다.\n\n"
        "--mdn-dal-1\nContent-Type: message/disposition-notification\n\n"
        "Reporting-UA: dalbit.community; Thunderbird 115\nOriginal-Recipient: rfc822;admin@dalbit.community\n"
        "Final-Recipient: rfc822;admin@dalbit.community\nOriginal-Message-ID: <req-240910-05@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n--mdn-dal-1--\n"
    ),
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="dalbit-chuseok-autoreply",
    **{"from": "help@dalbit.community"}, name_from="달빛커뮤니티 고객센터",
    date=d(10, 10, 1), subject="[자동응답] Re: [KCSC-240910-05] 게시물 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="안녕하세요, 달빛커뮤니티 고객센터입니다.\n\n9월 14일부터 18일까지 추석 연휴로 답변이 늦어질 수 있습니다.\n"
    "연휴가 끝난 뒤 순서대로 답변드리겠습니다.\n\n※ 이 메일은 자동으로 발송되었습니다.\n",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday auto-reply",
    why="auto-reply",
    items={},
)

# ======================================================= Kkachi Board (image board)
case(
    name="kkachi-janitor-deleted",
    **{"from": "mods@kkachiboard.net"}, name_from="kkachiboard mods",
    date=d(11, 21, 12, tz="+0000"), subject=S6, reply_to_req="req-240911-06",
    body=f"Deleted {K[0]} and\n{K[1]}, poster banned 30 days.\n\n- mod team, kkachiboard\n",
    outcome="applied",
    imitates="image-board moderator's terse reply",
    why="both threads deleted",
    items={K[0]: "removed", K[1]: "removed"},
)

case(
    name="kkachi-pruned-and-deleted",
    **{"from": "admin@kkachiboard.net"}, name_from="kkachiboard admin",
    date=d(12, 8, 3, tz="+0000"), subject=S6, reply_to_req="req-240911-06",
    body=f"hi,\n\nthe /pol/ thread {K[2]} isn't there anymore.\n"
    "It got pruned when it fell off the last page (threads expire automatically after\nabout 3 days), so there is nothing for us to delete.\n\n"
    f"88123 on /b/ was deleted by a janitor yesterday: {K[0]}\n\n-- admin\n",
    outcome="applied",
    imitates="image-board admin explaining thread pruning",
    why="pruned thread no longer exists -> not_found; other thread deleted",
    items={K[2]: "not_found", K[0]: "removed"},
)

case(
    name="kkachi-base64-keeps-one",
    **{"from": "admin@kkachiboard.net"}, name_from="kkachiboard admin",
    date=d(13, 19, 30, tz="+0000"), subject=S6, reply_to_req="req-240911-06",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(
        "Hi KCSC,\n\nSorry for the slow reply, we're three volunteers.\n\n"
        f"{K[0]} - deleted\n{K[1]} - deleted\n"
        f"{K[2]} - we're keeping this one up. It's a political\nargument thread, nothing in it breaks our rules or the law where we're hosted.\n\n"
        "admin @ kkachiboard\n"),
    outcome="applied",
    imitates="volunteer admin's reply, base64 body",
    why="two deleted; one kept with its reason -> rejected",
    items={K[0]: "removed", K[1]: "removed", K[2]: "rejected"},
)

case(
    name="kkachi-question-no-claims",
    **{"from": "admin@kkachiboard.net"}, name_from="kkachiboard admin",
    date=d(12, 2, 15, tz="+0000"), subject="question about your letter",
    body="Hello,\n\nWe got a letter from your commission in our abuse inbox but the links in it\n"
    "don't open for me on mobile. Which address should I reply to, and is there a\nphone number I can call?\n\nthanks\n",
    outcome="review", review="no_claims",
    imitates="small-site admin asking how to reply",
    why="trusted, names no item and no request",
    items={},
)

case(
    name="kkachi-helpdesk-receipt",
    **{"from": "support@kkachiboard.net"}, name_from="kkachiboard support",
    date=d(11, 7, 2, tz="+0000"), subject="[kkachiboard] Re: [KCSC-240911-06] Removal request - 3 threads",
    reply_to_req="req-240911-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="Your request (#5521) has been received and is being reviewed by our support\nstaff.\n\n"
    "To add additional comments, reply to this email.\n\n- kkachiboard support\n",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk (Zendesk-like) request receipt",
    why="pure acknowledgement",
    items={},
)

HEADER = """# Blind set 235 (tests/corpus/blind235): hosting providers, a CDN, a
# registrar, a forum, an image board and a file host, often answering
# informally; CSV attachments and plain-text tables. Written by
# tests/corpus/blind235/make.py from each email's meaning, before any run of
# the reader. Do not edit by hand.
"""

def encode_headers(c):
    """Real mailers send non-ASCII display names and subjects as RFC 2047 words."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
