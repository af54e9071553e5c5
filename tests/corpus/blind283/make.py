#!/usr/bin/env python3
"""Blind set 283: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering the regulator, often
informally, plus CSV attachments and plain-text tables.

Deterministic: `python3 tests/corpus/blind283/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result was
written from the meaning of its email before the reader was run on it.
All names, domains, URLs and ids are fictional.
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

SET = "blind283"


def pct(url):
    """Percent-encode the non-ASCII part of a URL, as stored in requests.csv."""
    return quote(url, safe=":/?=&~%#")


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

S = [  # Stashbox, file host (largest request, 14 items)
    "https://stashbox.example/f/Qm7rT2",
    "https://stashbox.example/f/Lp9xW4",
    "https://stashbox.example/f/Zk3vN8",
    "https://stashbox.example/f/Hd6sB1",
    "https://stashbox.example/f/Yc2gF5",
    "https://stashbox.example/f/Rt8jM3",
    "https://stashbox.example/f/Wn4kP7",
    "https://stashbox.example/f/Ea1uC9",
    "https://stashbox.example/f/Gx5hV2",
    "https://stashbox.example/f/Bs7qL6/kbo-live-relay-pack-2024-season-week36-full-1080p.mkv",
    "https://stashbox.example/f/Uf3zD8",
    "https://stashbox.example/f/Jo9wK1",
    "https://stashbox.example/f/Ni2yS4",
    "https://stashbox.example/f/Tv6mA0/member-leak-archive-part2.zip",
]
Q = {u.split("/")[4]: u for u in S}  # file id -> URL

N = [  # Nimbus Hosting, web host
    "http://bettingking77.nimbus-sites.example/join",
    "https://hanbit-pharm.example/shop/item.php?id=2231",
    "https://hanbit-pharm.example/shop/item.php?id=2232",
    "https://nimbus-sites.example/~sunny88/gallery/",
]
E = [  # EdgeShield, CDN
    "https://toto-palace.example/",
    "https://toto-palace.example/event/bonus",
    "https://webtoon-free.example/viewer/4471",
]
D = [  # DomainJar, registrar
    "https://casino-seoul24.example/",
    "https://drug-market-kr.example/",
]
G_RAW = [  # Gorae Community, Korean forum (raw form, as written in mail)
    "https://gorae.example/board/free/88123",
    "https://gorae.example/board/free/88130",
    "https://gorae.example/board/유머/5521",
    "https://gorae.example/board/유머/5534",
    "https://gorae.example/member/darkwhale77",
]
G = [pct(u) for u in G_RAW]  # stored form
P = [  # Pixboard, image board
    "https://pixboard.example/kr/res/30211.html",
    "https://pixboard.example/kr/res/30388.html",
    "https://i.pixboard.example/kr/src/1725841123456.jpg",
]
T = ["https://pastepit.example/raw/x8Kd2LmQ"]  # Pastepit, paste site

REQUESTS = [
    (R1, "stashbox", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", S, "obscenity",
     "file-host links to non-consensual images and relay packs"),
    (R2, "nimbushost", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00", N, "illegal_gambling",
     "customer sites: betting signup and unapproved drug listings"),
    (R3, "edgeshield", "2024-09-05T09:15:00+09:00", "2024-09-12T18:00:00+09:00", E, "illegal_gambling",
     "sites behind the CDN"),
    (R4, "domainjar", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", D, "illegal_gambling",
     "domains registered through the registrar"),
    (R5, "gorae", "2024-09-09T10:40:00+09:00", "2024-09-16T18:00:00+09:00", G, "defamation",
     "forum posts and a member profile"),
    (R6, "pixboard", "2024-09-10T11:02:00+09:00", "2024-09-17T18:00:00+09:00", P, "privacy",
     "image board threads and an uploaded image"),
    (R7, "pastepit", "2024-09-11T16:20:00+09:00", "2024-09-18T18:00:00+09:00", T, "privacy",
     "paste with personal data"),
]


def req_id(ref):
    return "req-" + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_id(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def part(ctype, body, enc="8bit", disp=None):
    h = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {enc}"]
    if disp:
        h.append(f"Content-Disposition: {disp}")
    return "\n".join(h) + "\n\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, extra=""):
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{extra}", "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p)
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def kcsc_request_text(ref, urls, greeting):
    lines = [greeting, "",
             f"The Korea Communications Standards Commission requests the removal of the",
             f"following content under reference {ref}:", ""]
    lines += [f"  {i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each item.", "",
              "KCSC Takedown Desk"]
    return lines


def quoted(lines):
    return "\n".join(("> " + l).rstrip() for l in lines)


# ---------------------------------------------------------------- cases
CASES = []


def enc_word(text):
    """RFC 2047 encoded-word for a non-ASCII header value, as mail clients send it."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode()


def case(**kw):
    for key in ("name_from", "subject"):
        if key in kw:
            kw[key] = enc_word(kw[key])
    CASES.append(kw)


SB = "abuse@stashbox.example"
NH = "abuse@nimbushost.example"
ES = "trust-safety@edgeshield.example"
DJ = "abuse@domainjar.example"
GR = "admin@gorae.example"

# ======================= APPLIED =======================

# 1. the largest request answered in full by a fixed-width text table
rows = [
    ("Qm7rT2", "deleted"), ("Lp9xW4", "deleted"), ("Zk3vN8", "not found"),
    ("Hd6sB1", "deleted"), ("Yc2gF5", "blocked in KR"), ("Rt8jM3", "deleted"),
    ("Wn4kP7", "kept (no violation)"), ("Ea1uC9", "deleted"), ("Gx5hV2", "deleted"),
    ("Bs7qL6", "deleted"), ("Uf3zD8", "blocked in KR"), ("Jo9wK1", "not found"),
    ("Ni2yS4", "deleted"), ("Tv6mA0", "kept (no violation)"),
]
st_map = {"deleted": "removed", "not found": "not_found", "blocked in KR": "restricted",
          "kept (no violation)": "rejected"}
table = ["Result               Date        Link",
         "-------------------  ----------  ------------------------------------------"]
for fid, res in rows:
    table.append(f"{res:<19}  2024-09-04  {Q[fid]}")
case(
    name="stash-plaintext-table-all-14", date="Wed, 04 Sep 2024 17:41:09 +0900",
    **{"from": SB}, name_from="Stashbox Abuse", reply_to_req=req_id(R1),
    subject=f"Re: [{R1}] Request for removal of content",
    body="Hello KCSC team,\n\nWe have gone through every link in your notice " + R1 + ".\n"
    "Outcome per link below. \"blocked in KR\" means the download page refuses\n"
    "visitors from South Korean IP addresses; \"not found\" means there is no file\n"
    "under that link (never uploaded, or deleted by its uploader before your\n"
    "notice); \"kept\" means our reviewer found nothing against our terms.\n\n"
    + "\n".join(table) + "\n\nRegards,\nDaria\nStashbox Abuse Desk\n",
    outcome="applied", classification="confirmation",
    imitates="file host abuse-desk outcome pasted as a fixed-width text table",
    why="trusted table naming all 14 items, each with a plain result word",
    items={Q[f]: st_map[r] for f, r in rows},
)

# 2. CSV attachment
csv_rows = [
    ("Qm7rT2", "removed", ""), ("Lp9xW4", "removed", ""),
    ("Zk3vN8", "file_not_found", "no file stored under this id"),
    ("Hd6sB1", "removed", ""), ("Yc2gF5", "geo_restricted_KR", "download blocked for KR IPs"),
    ("Rt8jM3", "no_action", "content does not violate ToS"),
]
csv_text = "link,file_id,action,action_time_utc,note\n" + "".join(
    f"{Q[f]},{f},{a},2024-09-05T02:10:00Z,{n}\n" for f, a, n in csv_rows)
case(
    name="stash-csv-attachment-results", date="Thu, 05 Sep 2024 11:12:40 +0900",
    **{"from": SB}, name_from="Stashbox Abuse", reply_to_req=req_id(R1),
    subject=f"Re: [{R1}] Request for removal of content - partial results",
    raw_mime=multipart("mixed", "sb-csv-5511", [
        part("text/plain; charset=utf-8",
             "Hi,\n\nAttached are the results for the first six links of " + R1 + ",\n"
             "exported from our moderation tool. The rest are still being worked on.\n\n"
             "Stashbox Abuse Desk\n"),
        part("text/csv; charset=utf-8; name=\"kcsc-240902-01-results.csv\"", csv_text,
             disp="attachment; filename=\"kcsc-240902-01-results.csv\""),
    ]),
    outcome="applied", classification="confirmation",
    imitates="moderation-tool CSV export attached to an abuse-desk reply",
    why="CSV rows: removed x3, file_not_found, geo_restricted_KR, no_action (ToS not violated)",
    items={Q["Qm7rT2"]: "removed", Q["Lp9xW4"]: "removed", Q["Zk3vN8"]: "not_found",
           Q["Hd6sB1"]: "removed", Q["Yc2gF5"]: "restricted", Q["Rt8jM3"]: "rejected"},
)

# 3. bare URL, status on the line below
case(
    name="stash-url-then-status-line", date="Thu, 05 Sep 2024 16:03:18 +0900",
    **{"from": "daria.k@stashbox.example"}, name_from="Daria K. (Stashbox)", reply_to_req=req_id(R1),
    subject=f"Re: [{R1}] Request for removal of content",
    body=f"Hi again,\n\nfour more from {R1}:\n\n"
    f"{Q['Ea1uC9']}\n  -> removed, uploader account terminated\n\n"
    f"{Q['Gx5hV2']}\n  -> removed\n\n"
    f"{Q['Uf3zD8']}\n  -> no file at this address, the link is invalid\n\n"
    f"{Q['Jo9wK1']}\n  -> download blocked for visitors from Korea only\n\n"
    "Daria\n",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk agent answering link by link, status on the line under each URL",
    why="removed, removed, invalid link (not_found), blocked for Korea (restricted)",
    items={Q["Ea1uC9"]: "removed", Q["Gx5hV2"]: "removed", Q["Uf3zD8"]: "not_found",
           Q["Jo9wK1"]: "restricted"},
)

# 4. numbered list with dashes
case(
    name="stash-numbered-list-mixed", date="Fri, 06 Sep 2024 10:27:51 +0900",
    **{"from": SB}, name_from="Stashbox Abuse", reply_to_req=req_id(R1),
    subject=f"Re: [{R1}] Request for removal of content",
    body="Dear Sir or Madam,\n\nFurther to your notice, please find our decisions:\n\n"
    f"1. {Q['Qm7rT2']} - taken down\n"
    f"2. {Q['Lp9xW4']} - taken down\n"
    f"3. {Q['Ni2yS4']} - this link does not exist on our service\n"
    f"4. {Q['Rt8jM3']} - restricted: the file can no longer be downloaded from Korean IP addresses\n"
    f"5. {Q['Wn4kP7']} - left online; it is an official trailer clip and breaks none of our rules\n\n"
    "Kind regards,\nStashbox Trust & Safety\n",
    outcome="applied", classification="confirmation",
    imitates="file host decision list (numbered) with a short reason per link",
    why="taken down x2, does not exist, restricted for Korean IPs, left online with reason",
    items={Q["Qm7rT2"]: "removed", Q["Lp9xW4"]: "removed", Q["Ni2yS4"]: "not_found",
           Q["Rt8jM3"]: "restricted", Q["Wn4kP7"]: "rejected"},
)

# 5. HTML table, base64
html_rows = [("Hd6sB1", "Removed"), ("Yc2gF5", "Removed"), ("Zk3vN8", "Removed"),
             ("Ea1uC9", "Not found"), ("Wn4kP7", "Disabled")]
html = ("<html><body><p>Hello,</p><p>Status of the files in your report " + R1 + ":</p>\n"
        "<table border=\"1\" cellpadding=\"4\"><tr><th>File</th><th>Status</th><th>Updated</th></tr>\n"
        + "".join(f"<tr><td><a href=\"{Q[f]}\">{Q[f]}</a></td><td>{s}</td><td>06 Sep 2024</td></tr>\n"
                  for f, s in html_rows)
        + "</table><p>Stashbox Trust &amp; Safety<br>"
        "<a href=\"https://stashbox.example/legal/terms\">Terms of Service</a></p></body></html>\n")
case(
    name="stash-html-table-base64", date="Fri, 06 Sep 2024 19:55:02 +0900",
    **{"from": "noreply@stashbox.example"}, name_from="Stashbox Trust & Safety", reply_to_req=req_id(R1),
    subject=f"Your report {R1}: status update",
    raw_mime=part("text/html; charset=utf-8", b64(html), enc="base64"),
    outcome="applied", classification="confirmation",
    imitates="ticket-system HTML status update with a table, base64 body",
    why="table rows Removed x3, Not found, Disabled; the Terms link is not an item",
    items={Q["Hd6sB1"]: "removed", Q["Yc2gF5"]: "removed", Q["Zk3vN8"]: "removed",
           Q["Ea1uC9"]: "not_found", Q["Wn4kP7"]: "removed"},
)

# 6. Outlook top-posted over the unquoted original request
orig = kcsc_request_text(R1, S, "Dear Stashbox Abuse Team,")
case(
    name="stash-outlook-top-posted", date="Tue, 03 Sep 2024 09:12:33 +0900",
    **{"from": "m.ortega@stashbox.example"}, name_from="Marco Ortega", reply_to_req=req_id(R1),
    subject=f"RE: [{R1}] Request for removal of content",
    body="Hello,\n\nQuick first answer: Hd6sB1 and Gx5hV2 have been disabled\n"
    f"({Q['Hd6sB1']} and {Q['Gx5hV2']}).\n"
    "The rest are still with our legal team, I will write again.\n\n"
    "Marco Ortega\nStashbox | Trust & Safety\n\n"
    "-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\n"
    "Sent: Monday, September 2, 2024 10:00 AM\nTo: abuse@stashbox.example\n"
    f"Subject: [{R1}] Request for removal of content\n\n" + "\n".join(orig) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply top-posted above the regulator's unquoted original request",
    why="two files disabled above the Original Message; the quoted request below is not a statement",
    items={Q["Hd6sB1"]: "removed", Q["Gx5hV2"]: "removed"},
)

# 7. quoted-printable body, long URLs soft-wrapped
qp_text = (f"Hello,\n\nFollowing up on {R1}. The file at {Q['Bs7qL6']} has been deleted and its "
           "hash added to our upload block list.\n\n"
           f"The second one you listed, {Q['Tv6mA0']}, had already been deleted by the uploader on "
           "1 September, before your notice arrived, so there was nothing left for us to remove.\n\n"
           "Best,\nStashbox Abuse Desk\n")
case(
    name="stash-qp-wrapped-long-url", date="Sat, 07 Sep 2024 08:40:16 +0900",
    **{"from": SB}, name_from="Stashbox Abuse", reply_to_req=req_id(R1),
    subject=f"Re: [{R1}] Request for removal of content",
    raw_mime=part("text/plain; charset=utf-8", qp(qp_text), enc="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="plain reply sent quoted-printable, long file URLs broken by soft line breaks",
    why="first file deleted; second deleted by its uploader before the notice (not_found)",
    items={Q["Bs7qL6"]: "removed", Q["Tv6mA0"]: "not_found"},
)

# 8. acknowledgement phrase followed by unhedged statements
case(
    name="stash-ack-then-statements", date="Tue, 03 Sep 2024 14:22:05 +0900",
    **{"from": SB}, name_from="Stashbox Abuse", reply_to_req=req_id(R1),
    subject=f"Re: [{R1}] Request for removal of content [SB-40917]",
    body="Thank you for contacting Stashbox Trust & Safety. Your report has been logged\n"
    "as SB-40917.\n\nWe have disabled the following links:\n\n"
    f"- {Q['Zk3vN8']}\n- {Q['Uf3zD8']}\n- {Q['Ni2yS4']}\n\n"
    "The uploaders have been notified of the action.\n\nStashbox Trust & Safety\n",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt wording followed by a list of disabled links",
    why="acknowledgement phrase plus an unhedged 'we have disabled' list: not a pure receipt",
    items={Q["Zk3vN8"]: "removed", Q["Uf3zD8"]: "removed", Q["Ni2yS4"]: "removed"},
)

# 9. hosting abuse desk: ticket resolved, prose
case(
    name="nimbus-abuse-ticket-resolved", date="Thu, 05 Sep 2024 10:05:44 +0900",
    **{"from": NH}, name_from="Nimbus Hosting Abuse", reply_to_req=req_id(R2),
    subject=f"[NH-88123] Re: [{R2}] Removal request",
    body=f"Hello,\n\nRegarding your complaint {R2}:\n\n"
    f"The customer account behind {N[0]} has been suspended; the site now shows our\n"
    "suspension page instead of its content.\n\n"
    "The customer has also deleted the two product pages\n"
    f"{N[1]} and\n{N[2]} ; we checked and both now return 404.\n\n"
    "We consider this ticket resolved.\n\n"
    "Nimbus Hosting - Abuse Department\nhttps://nimbushost.example/legal/aup\n",
    outcome="applied", classification="confirmation",
    imitates="web host abuse-department reply closing a ticket (customer suspended / content deleted)",
    why="site suspended (removed), two pages deleted by the customer at the host's demand (removed)",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed"},
)

# 10. statement, URL on the line below in angle brackets
case(
    name="nimbus-url-below-in-brackets", date="Fri, 06 Sep 2024 09:31:27 +0900",
    **{"from": "jonas@nimbushost.example"}, name_from="Jonas Berg", reply_to_req=req_id(R2),
    subject=f"Re: [{R2}] Removal request",
    body="Hi,\n\nThe following page was taken offline this morning (we disabled the\n"
    "customer's directory):\n<" + N[3] + ">\n\nRegards,\nJonas\nNimbus Hosting Abuse Team\n",
    outcome="applied", classification="confirmation",
    imitates="one-line abuse-desk note with the URL in angle brackets on the next line",
    why="page taken offline; the URL stands on the line after the statement",
    items={N[3]: "removed"},
)

# 11. Korean reply in quoted-printable, removed + rejected
ko = (f"안녕하세요, 님버스호스팅 어뷰즈 담당자입니다.\n\n요청번호 {R2} 관련하여 안내드립니다.\n\n"
      f"{N[1]} 페이지는 고객사에 통보한 뒤 삭제 조치하였습니다.\n\n"
      f"{N[2]} 는 검토 결과 인증을 받은 일반 건강식품 판매 페이지로 확인되어, "
      "약관 위반 사항이 없으므로 별도 조치하지 않았습니다.\n\n감사합니다.\n님버스호스팅 어뷰즈팀\n")
case(
    name="nimbus-qp-korean-mixed", date="Fri, 06 Sep 2024 15:48:10 +0900",
    **{"from": NH}, name_from="님버스호스팅", reply_to_req=req_id(R2),
    subject=f"Re: [{R2}] 삭제 요청 처리 결과",
    raw_mime=part("text/plain; charset=utf-8", qp(ko), enc="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Korean hosting company abuse reply, quoted-printable",
    why="2231 deleted (removed); 2232 no violation, no action (rejected)",
    items={N[1]: "removed", N[2]: "rejected"},
)

# 12. CSV attachment from the host's abuse system, all four items
csv2 = ("ticket,reported_url,result,closed_at\n"
        f"NH-88123,{N[0]},service suspended,2024-09-06 09:14\n"
        f"NH-88124,{N[1]},content removed,2024-09-06 09:20\n"
        f"NH-88125,{N[2]},no violation found - no action,2024-09-06 09:22\n"
        f"NH-88126,{N[3]},no such directory on our servers,2024-09-06 09:25\n")
case(
    name="nimbus-csv-export", date="Fri, 06 Sep 2024 18:02:37 +0900",
    **{"from": NH}, name_from="Nimbus Hosting Abuse", reply_to_req=req_id(R2),
    subject=f"Re: [{R2}] Removal request - closing report",
    raw_mime=multipart("mixed", "nh-exp-0906", [
        part("text/plain; charset=utf-8",
             "Hello,\n\nPlease find attached the closing report for your complaint.\n\n"
             "Nimbus Hosting Abuse Department\n"),
        part("text/csv; name=\"abuse-export-NH-88123.csv\"", b64(csv2), enc="base64",
             disp="attachment; filename=\"abuse-export-NH-88123.csv\""),
    ]),
    outcome="applied", classification="confirmation",
    imitates="abuse-system CSV export attached (base64) to a closing email",
    why="suspended (removed), removed, no violation (rejected), no such directory (not_found)",
    items={N[0]: "removed", N[1]: "removed", N[2]: "rejected", N[3]: "not_found"},
)

# 13. CDN geo-restriction
case(
    name="edge-geo-restrict-kr", date="Mon, 09 Sep 2024 13:20:55 +0900",
    **{"from": ES}, name_from="EdgeShield Trust & Safety", reply_to_req=req_id(R3),
    subject=f"Re: [{R3}] Removal request - report ES-2024-0906-1188",
    body="Hello,\n\nThis concerns your report ES-2024-0906-1188.\n\n"
    "Following the notice from the Korea Communications Standards Commission, we have\n"
    "restricted access from the Republic of Korea to:\n\n"
    f"  {E[0]}\n  {E[1]}\n\n"
    "Visitors from Korea now receive an HTTP 451 page. The site remains reachable from\n"
    "other countries. More about how we handle such orders:\n"
    "https://edgeshield.example/trust/legal-orders\n\nEdgeShield Trust & Safety\n",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply applying a country-level block (HTTP 451)",
    why="access restricted from Korea for both toto-palace URLs; help link is not an item",
    items={E[0]: "restricted", E[1]: "restricted"},
)

# 14. CDN that hosts the content (edge pages product)
case(
    name="edge-pages-deployment-removed", date="Tue, 10 Sep 2024 08:14:02 +0900",
    **{"from": ES}, name_from="EdgeShield Trust & Safety", reply_to_req=req_id(R3),
    subject=f"Re: [{R3}] Removal request",
    body="Hi,\n\nUnlike the other two addresses in your notice, "
    f"{E[2]} is served from an\nEdgeShield Pages project, so the files are stored on our "
    "network. We have\ntaken that deployment down and disabled the project.\n\n"
    "We will answer separately about toto-palace.example.\n\nEdgeShield Trust & Safety\n",
    outcome="applied", classification="confirmation",
    imitates="CDN reply for content it hosts itself (edge hosting product) - deployment removed",
    why="webtoon viewer deployment taken down; toto-palace only promised a later answer",
    items={E[2]: "removed"},
)

# 15. DSA-style statement of reasons
case(
    name="edge-statement-of-reasons", date="Wed, 11 Sep 2024 22:03:47 +0900",
    **{"from": "noreply@edgeshield.example"}, name_from="EdgeShield", reply_to_req=req_id(R3),
    subject=f"Statement of reasons - decision on notice {R3}",
    body="STATEMENT OF REASONS\n\nReference: ES-SOR-2024-77120\n"
    f"Notice: {R3} (Korea Communications Standards Commission)\n\n"
    f"Content concerned: {E[2]}\n\n"
    "Decision: access to the content disabled in the Republic of Korea (territorial\n"
    "restriction). The content remains available in other territories.\n\n"
    "Facts and circumstances: decision taken on the basis of the notice received and\n"
    "the law of the notifying country.\n"
    "Automated means used: no.\n\n"
    "Redress: the uploader may appeal at https://edgeshield.example/appeals\n",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (territorial restriction)",
    why="restriction limited to Korea: restricted; appeal page is not an item",
    items={E[2]: "restricted"},
)

# 16. registrar: one domain on hold, one declined
case(
    name="domainjar-clienthold-and-decline", date="Tue, 10 Sep 2024 17:36:21 +0900",
    **{"from": DJ}, name_from="DomainJar Abuse", reply_to_req=req_id(R4),
    subject=f"Re: [{R4}] Request concerning two domains [DJ-55102]",
    body=f"Hello,\n\nRegarding your complaint {R4}:\n\n"
    f"{D[0]}\nThe domain was placed on clientHold on 10 September and no longer resolves.\n\n"
    f"{D[1]}\nWe are the registrar of this domain only; the website is hosted elsewhere and\n"
    "we found no breach of our registration agreement. We are therefore declining to\n"
    "suspend it. Please address the hosting provider or send us a court order.\n\n"
    "DomainJar Abuse Team\n",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: clientHold for one domain, refusal (not our role) for the other",
    why="clientHold makes the site unavailable (removed); explicit refusal with reason (rejected)",
    items={D[0]: "removed", D[1]: "rejected"},
)

# 17. Korean forum notice, list with particles
case(
    name="gorae-korean-notice-list", date="Wed, 11 Sep 2024 11:20:00 +0900",
    **{"from": GR}, name_from="고래 커뮤니티 운영팀", reply_to_req=req_id(R5),
    subject=f"[고래 커뮤니티] 게시물 조치 결과 안내 ({R5})",
    body="안녕하세요, 고래 커뮤니티 운영팀입니다.\n\n"
    f"방송통신심의위원회의 요청({R5})에 따라 아래와 같이 조치하였음을 알려드립니다.\n\n"
    f"- {G_RAW[2]} 게시물은 블라인드 처리되었습니다.\n"
    f"- {G_RAW[0]} : 운영자 삭제\n"
    f"- {G_RAW[1]} 은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.\n\n"
    "나머지 건은 확인 후 따로 회신드리겠습니다.\n\n고래 커뮤니티 운영팀 드림\n",
    outcome="applied", classification="confirmation",
    imitates="Korean community 게시물 조치 결과 안내 (블라인드 / 운영자 삭제 / 작성자 삭제)",
    why="블라인드 (removed), 운영자 삭제 (removed), deleted by its author before (not_found)",
    items={G[2]: "removed", G[0]: "removed", G[1]: "not_found"},
)

# 18. admin one-liner, top-posted over a '>' quote
case(
    name="gorae-admin-oneliner", date="Tue, 10 Sep 2024 23:48:12 +0900",
    **{"from": "sysop@gorae.example"}, name_from="고래 관리자", reply_to_req=req_id(R5),
    subject=f"Re: [{R5}] 게시물 삭제 요청",
    body=f"말씀하신 글 {G_RAW[1]} 이랑 {G_RAW[3]} 둘 다 지웠습니다.\n\n"
    "2024년 9월 9일 (월) 오전 10:40, KCSC Takedown <takedown@kcsc.example>님이 작성:\n"
    + quoted(kcsc_request_text(R5, G_RAW, "고래 커뮤니티 관리자님께,")) + "\n",
    outcome="applied", classification="confirmation",
    imitates="small-forum sysop's one-line Korean reply over the quoted request",
    why="two named posts erased (지웠습니다 = deleted); the quoted request is not a statement",
    items={G[1]: "removed", G[3]: "removed"},
)

# 19. KCSC-style 시정요구 조치결과 HTML table
trs = [(G_RAW[0], "삭제"), (G_RAW[1], "임시조치(30일)"), (G_RAW[2], "해당 게시물 없음"),
       (G_RAW[3], "조치 불가 (위반 사항 없음)"), (G_RAW[4], "회원 이용정지 및 프로필 비공개 처리")]
html2 = ("<html><body><p>방송통신심의위원회 담당자님께</p>"
         f"<p>{R5} 시정요구에 대한 조치결과를 아래와 같이 회신합니다.</p>\n"
         "<table border=\"1\"><tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>\n"
         + "".join(f"<tr><td>{i}</td><td>{u}</td><td>{r}</td><td>2024-09-12</td></tr>\n"
                   for i, (u, r) in enumerate(trs, 1))
         + "</table><p>고래 커뮤니티 운영팀</p></body></html>\n")
case(
    name="gorae-html-table-result", date="Thu, 12 Sep 2024 16:30:45 +0900",
    **{"from": GR}, name_from="고래 커뮤니티 운영팀", reply_to_req=req_id(R5),
    subject=f"Re: [{R5}] 시정요구 조치결과 회신",
    type="html", body=html2,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table",
    why="삭제, 임시조치, 해당 게시물 없음, 조치 불가(위반 없음), 이용정지+프로필 비공개",
    items={G[0]: "removed", G[1]: "restricted", G[2]: "not_found", G[3]: "rejected",
           G[4]: "removed"},
)

# 20. full-width punctuation right after the URLs
case(
    name="gorae-fullwidth-punct", date="Fri, 13 Sep 2024 09:05:30 +0900",
    **{"from": GR}, name_from="고래 커뮤니티 운영팀", reply_to_req=req_id(R5),
    subject=f"Re: [{R5}] 게시물 삭제 요청",
    body="요청 주신 건 처리 결과입니다．\n\n"
    f"① {G_RAW[4]}：해당 회원 페이지는 국내 IP에서 접근 제한 처리했습니다．\n"
    f"② {G_RAW[3]}（삭제 완료）\n\n고래 커뮤니티 운영팀\n",
    outcome="applied", classification="confirmation",
    imitates="Korean admin reply typed with full-width punctuation glued to the URLs",
    why="member page 접근 제한 for Korean IPs (restricted); post 삭제 완료 (removed)",
    items={G[4]: "restricted", G[3]: "removed"},
)

# 21. echoed report then result
case(
    name="gorae-echoed-report", date="Wed, 11 Sep 2024 14:10:03 +0900",
    **{"from": "report@gorae.example"}, name_from="고래 커뮤니티 신고센터", reply_to_req=req_id(R5),
    subject="[고래 커뮤니티] 신고 처리 결과",
    body="신고 접수 내용\n"
    f"- 신고 URL: {G_RAW[1]}\n- 신고 사유: 명예훼손\n- 신고자: 방송통신심의위원회 ({R5})\n\n"
    "처리 결과: 게시중단 (2024-09-11 14:02)\n\n"
    "이 메일은 발신 전용입니다.\n",
    outcome="applied", classification="confirmation",
    imitates="forum report-centre mail echoing the report fields, then the result",
    why="the echoed report names one URL; result 게시중단 (removed)",
    items={G[1]: "removed"},
)

# 22. image-board moderator, informal
case(
    name="pix-mod-informal", date="Tue, 10 Sep 2024 21:17:39 +0900",
    **{"from": "jan@pixboard.example"}, name_from="jan", reply_to_req=req_id(R6),
    subject=f"Re: [{R6}] Removal request",
    body="yo, mod on /kr/ here. deleted both threads:\n"
    f"{P[0]}\n{P[1]}\n"
    f"and purged the image {P[2]} from storage too, it won't load anymore.\n"
    "poster is banned.\n\n- jan\n",
    outcome="applied", classification="confirmation",
    imitates="image-board volunteer moderator's informal reply",
    why="two threads deleted, image purged from storage: removed x3",
    items={P[0]: "removed", P[1]: "removed", P[2]: "removed"},
)

# 23. Gmail-style reply, one removed, one does not exist
case(
    name="pix-gmail-reply", date="Wed, 11 Sep 2024 02:44:10 +0900",
    **{"from": "kiri@pixboard.example"}, name_from="Kiri", reply_to_req=req_id(R6),
    subject=f"Re: [{R6}] Removal request",
    body=f"{P[0]} is gone, I deleted the thread.\n\n"
    f"there is no thread {P[1]} on /kr/, our\nnumbering there only goes up to 30350. typo on your side?\n\n"
    "On Tue, 10 Sep 2024 at 11:02, KCSC Takedown <takedown@kcsc.example> wrote:\n"
    + quoted(kcsc_request_text(R6, P, "Dear Pixboard moderators,")) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply above the quoted request",
    why="30211 deleted (removed); 30388 does not exist (not_found); image only in the quote",
    items={P[0]: "removed", P[1]: "not_found"},
)

# 24. acknowledgement words plus one statement
case(
    name="pix-ack-plus-statement", date="Tue, 10 Sep 2024 15:09:27 +0900",
    **{"from": "mods@pixboard.example"}, name_from="Pixboard Mods", reply_to_req=req_id(R6),
    subject=f"Re: [{R6}] Removal request",
    body="Thanks, got your report.\n\n"
    f"The image {P[2]} has been deleted and its hash is banned from re-upload.\n"
    "The two thread links are still being looked at.\n\nPixboard mod team\n",
    outcome="applied", classification="confirmation",
    imitates="short moderator reply: receipt words and one completed action",
    why="image deleted (removed); threads not named and only 'being looked at'",
    items={P[2]: "removed"},
)

# 25. paste site: 'done' on a one-item request
case(
    name="paste-done-oneliner", date="Wed, 11 Sep 2024 18:02:55 +0900",
    **{"from": "tomasz@pastepit.example"}, name_from="Tomasz", reply_to_req=req_id(R7),
    subject=f"Re: [{R7}] Removal request",
    body="done, paste deleted.\n\nT.\n\n"
    "On Wed, Sep 11, 2024 at 4:20 PM KCSC Takedown <takedown@kcsc.example> wrote:\n"
    + quoted(kcsc_request_text(R7, T, "Dear Pastepit operator,")) + "\n",
    outcome="applied", classification="confirmation",
    imitates="single-operator site owner's one-line reply",
    why="sole statement on a one-item request (the URL is only in the quote): removed",
    items={T[0]: "removed"},
)

# 26. paste site refusal with its reason
case(
    name="paste-rejected-reason", date="Thu, 12 Sep 2024 10:30:18 +0900",
    **{"from": "tomasz@pastepit.example"}, name_from="Tomasz", reply_to_req=req_id(R7),
    subject=f"Re: [{R7}] Removal request",
    body=f"Hi,\n\nI read {T[0]}. It is a list of news headlines that are public anyway,\n"
    "there are no names or phone numbers in it and nothing on it breaks the site rules,\n"
    "so I am leaving it up. If you have a court order I will look again.\n\nTomasz\n",
    outcome="applied", classification="confirmation",
    imitates="site owner declining a request with his reason",
    why="stays up because it breaks no rule: rejected",
    items={T[0]: "rejected"},
)

# ======================= REVIEW =======================

case(
    name="stash-promise-48h", date="Mon, 02 Sep 2024 16:44:00 +0900",
    **{"from": SB}, name_from="Stashbox Abuse", reply_to_req=req_id(R1),
    subject=f"Re: [{R1}] Request for removal of content",
    body=f"Hello,\n\nWe have received your notice {R1}. The files below will be removed within\n"
    "48 hours, once our legal review is complete:\n\n"
    f"{Q['Qm7rT2']}\n{Q['Lp9xW4']}\n\nStashbox Abuse Desk\n",
    outcome="review", review="not_understood",
    imitates="abuse-desk promise of removal after legal review",
    why="'will be removed' is a promise: items stay pending, the named items need a person",
    items={Q["Qm7rT2"]: "pending", Q["Lp9xW4"]: "pending"},
)

case(
    name="stash-bulk-all-removed", date="Sun, 08 Sep 2024 12:00:31 +0900",
    **{"from": SB}, name_from="Stashbox Abuse", reply_to_req=req_id(R1),
    subject=f"Re: [{R1}] Request for removal of content - closed",
    body=f"Hello,\n\nAll files listed in your notice {R1} have been removed from Stashbox and\n"
    "the uploader accounts have been closed. We are closing this case.\n\nStashbox Abuse Desk\n",
    outcome="review", review="bulk",
    imitates="abuse-desk closing note covering the whole notice",
    why="one statement for a 14-item request without naming each item",
    items={u: "pending" for u in S},
)

case(
    name="stash-unknown-sender-uploader", date="Thu, 05 Sep 2024 20:13:40 +0900",
    **{"from": "minsu.uploader@quickmail.example"}, name_from="Minsu", reply_to_req=req_id(R1),
    subject=f"Re: [{R1}] my files on stashbox",
    body=f"Hi, Stashbox forwarded me your notice {R1}. I deleted my two files myself:\n"
    f"{Q['Yc2gF5']}\n{Q['Rt8jM3']}\nPlease close the case. Minsu\n",
    outcome="review", review="unknown_sender",
    imitates="uploader writing to the regulator from a personal webmail address",
    why="not the platform's domain; names our request and two items",
    items={Q["Yc2gF5"]: "pending", Q["Rt8jM3"]: "pending"},
)

case(
    name="stash-asks-court-order", date="Tue, 03 Sep 2024 11:50:12 +0900",
    **{"from": "legal@stashbox.example"}, name_from="Stashbox Legal", reply_to_req=req_id(R1),
    subject=f"Re: [{R1}] Request for removal of content",
    body=f"Dear KCSC,\n\nBefore we can act on notice {R1} we need (1) the legal provision each\n"
    "link is said to violate and (2) confirmation that the persons shown did not consent.\n"
    "Could you please send us these details by reply?\n\nStashbox Legal\n",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform legal team asking for the legal basis before acting",
    why="asks for more information; no item statement",
    items={},
)

case(
    name="nimbus-hedged-appears-down", date="Wed, 04 Sep 2024 09:58:06 +0900",
    **{"from": "jonas@nimbushost.example"}, name_from="Jonas Berg", reply_to_req=req_id(R2),
    subject=f"Re: [{R2}] Removal request",
    body=f"Hi,\n\nhad a look - {N[0]} appears to be down already,\n"
    "probably the customer took it offline himself. I'll double-check with the account\n"
    "owner and get back to you.\n\nJonas\n",
    outcome="review", review="not_understood",
    imitates="abuse-desk agent's hedged first look",
    why="'appears to be down', 'probably': a hedge, not a statement",
    items={N[0]: "pending"},
)

case(
    name="nimbus-spoofed-auth-fail", auth="fail", date="Thu, 05 Sep 2024 03:12:44 +0900",
    **{"from": NH}, name_from="Nimbus Hosting Abuse", reply_to_req=req_id(R2),
    subject=f"Re: [{R2}] Removal request",
    body=f"All clear:\n{N[1]} removed\n{N[2]} removed\n\nNimbus Hosting\n",
    outcome="review", review="untrusted",
    imitates="reply claiming removal whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: statements not applied",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="nimbus-states-stashbox-files", date="Sat, 07 Sep 2024 10:22:19 +0900",
    **{"from": NH}, name_from="Nimbus Hosting Abuse",
    subject=f"{R1}: files on stashbox.example",
    body=f"Hello,\n\nStashbox rents dedicated servers from us, and they passed your notice {R1}\n"
    "to us as well. Our customer has deleted the following files on our instruction:\n\n"
    f"{Q['Ea1uC9']}\n{Q['Gx5hV2']}\n\nNimbus Hosting - Abuse Department\n",
    outcome="review", review="wrong_platform",
    imitates="upstream host reporting on its customer's (another platform's) content",
    why="Nimbus Hosting states statuses for Stashbox items",
    items={Q["Ea1uC9"]: "pending", Q["Gx5hV2"]: "pending"},
)

case(
    name="edge-forwarded-to-host", date="Thu, 05 Sep 2024 09:46:58 +0900",
    **{"from": ES}, name_from="EdgeShield Trust & Safety", reply_to_req=req_id(R3),
    subject=f"Re: [{R3}] Removal request - report ES-2024-0905-0913",
    body="Hello,\n\nEdgeShield provides pass-through CDN and security services for\n"
    f"{E[0]} and {E[1]}. We are not the\n"
    "hosting provider of this website and cannot remove content we do not host.\n\n"
    "We have forwarded your report to the hosting provider (Example Cloud KR,\n"
    "abuse@examplecloud.example) and to the website owner.\n\nEdgeShield Trust & Safety\n",
    outcome="review", review="not_understood",
    imitates="CDN pass-through reply: not the host, report forwarded to host and owner",
    why="no decision on the items, only a hand-off; a clerk must redirect the request",
    items={E[0]: "pending", E[1]: "pending"},
)

case(
    name="domainjar-bulk-both-suspended", date="Mon, 09 Sep 2024 12:31:07 +0900",
    **{"from": DJ}, name_from="DomainJar Abuse", reply_to_req=req_id(R4),
    subject=f"Re: [{R4}] Request concerning two domains",
    body=f"Hello,\n\nBoth domains in your complaint {R4} have been suspended.\n\nDomainJar Abuse Team\n",
    outcome="review", review="bulk",
    imitates="registrar one-line closing reply",
    why="one statement covering a two-item request without naming each",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="domainjar-closed-no-claims", date="Fri, 13 Sep 2024 08:00:02 +0900",
    **{"from": "noreply@domainjar.example"}, name_from="DomainJar",
    subject="Your abuse complaint has been closed [DJ-55107]",
    body="Hello,\n\nThis is to let you know that abuse complaint DJ-55107 has been closed.\n"
    "If you have further concerns, please open a new complaint at\n"
    "https://domainjar.example/abuse\n\nDomainJar\n",
    outcome="review", review="no_claims",
    imitates="registrar ticket-system 'complaint closed' notice",
    why="trusted, names no requested item and none of our references",
    items={},
)

case(
    name="gorae-conditional-korean", date="Tue, 10 Sep 2024 13:15:26 +0900",
    **{"from": GR}, name_from="고래 커뮤니티 운영팀", reply_to_req=req_id(R5),
    subject=f"Re: [{R5}] 게시물 삭제 요청",
    body="안녕하세요, 고래 커뮤니티 운영팀입니다.\n\n"
    f"{G_RAW[0]} 및 {G_RAW[2]} 에 대해 게시자에게 소명 요청을 보냈습니다.\n"
    "7일 이내 소명이 없을 경우 삭제할 예정이며, 결과는 다시 안내드리겠습니다.\n\n감사합니다.\n",
    outcome="review", review="not_understood",
    imitates="Korean forum notice of a conditional deletion (소명 기회 후 삭제 예정)",
    why="deletion is conditional and future: items stay pending",
    items={G[0]: "pending", G[2]: "pending"},
)

# ======================= IGNORED =======================

case(
    name="stash-out-of-office", date="Mon, 02 Sep 2024 10:00:41 +0900",
    **{"from": "lena.vogt@stashbox.example"}, name_from="Lena Vogt", reply_to_req=req_id(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    subject=f"Automatic reply: [{R1}] Request for removal of content",
    body="I am out of the office until 16 September with limited access to email.\n"
    "For urgent abuse matters please write to abuse@stashbox.example.\n\nLena\n",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="auto-reply",
    items={},
)

case(
    name="nimbus-ticket-receipt", date="Tue, 03 Sep 2024 11:30:52 +0900",
    **{"from": "support@nimbushost.example"}, name_from="Nimbus Hosting Support", reply_to_req=req_id(R2),
    extra_headers=["Auto-Submitted: auto-generated"],
    subject=f"[NH-88123] We have received your request: [{R2}] Removal request",
    body="This is an automated message.\n\nThank you for contacting Nimbus Hosting. Your request\n"
    "has been received and ticket NH-88123 has been created. An agent of our Abuse\n"
    "Department will reply as soon as possible.\n\n"
    "Ticket: NH-88123\nDepartment: Abuse\nPriority: Normal\nStatus: Open\n\n"
    "You can follow the ticket at https://nimbushost.example/support/tickets/NH-88123\n",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (WHMCS-style)",
    why="pure acknowledgement: ticket created, nothing about any item",
    items={},
)

dsn_headers = (f"Message-ID: <{req_id(R4)}@kcsc.example>\nDate: Fri, 06 Sep 2024 14:00:00 +0900\n"
               "From: KCSC Takedown <takedown@kcsc.example>\nTo: legal@domainjar.example\n"
               f"Subject: [{R4}] Request concerning two domains\n")
case(
    name="domainjar-dsn-bounce", date="Fri, 06 Sep 2024 14:00:09 +0900",
    **{"from": "MAILER-DAEMON@mx1.domainjar.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "dj-dsn-77", [
        part("text/plain; charset=us-ascii",
             "This is the mail system at host mx1.domainjar.example.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients.\n\n"
             "<legal@domainjar.example>: mailbox unavailable: user unknown\n", enc="7bit"),
        part("message/delivery-status",
             "Reporting-MTA: dns; mx1.domainjar.example\n\n"
             "Final-Recipient: rfc822; legal@domainjar.example\nAction: failed\n"
             "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n", enc="7bit"),
        part("text/rfc822-headers", dsn_headers, enc="7bit"),
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) returning the request's headers",
    why="delivery failure report",
    items={},
)

case(
    name="gorae-mdn-read-receipt", date="Mon, 09 Sep 2024 11:02:37 +0900",
    **{"from": GR}, name_from="고래 커뮤니티 운영팀",
    subject=f"읽음 확인: [{R5}] 게시물 삭제 요청",
    raw_mime=multipart("report", "gr-mdn-01", [
        part("text/plain; charset=utf-8",
             f"보내신 메일 \"[{R5}] 게시물 삭제 요청\"을(를) 수신자가 2024-09-09 11:02에 읽었습니다.\n"),
        part("message/disposition-notification",
             "Reporting-UA: webmail.gorae.example\nFinal-Recipient: rfc822; admin@gorae.example\n"
             f"Original-Message-ID: <{req_id(R5)}@kcsc.example>\n"
             "Disposition: manual-action/MDN-sent-manually; displayed\n", enc="7bit"),
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="edge-report-receipt", date="Thu, 05 Sep 2024 09:16:10 +0900",
    **{"from": "noreply@edgeshield.example"}, name_from="EdgeShield", reply_to_req=req_id(R3),
    subject="We received your abuse report ES-2024-0905-0913",
    body="Hello,\n\nThank you for your report. It has been assigned the ID ES-2024-0905-0913.\n"
    "Our Trust & Safety team reviews reports in the order received; you will get\n"
    "a separate email once it has been processed.\n\nPlease do not reply to this message.\n\n"
    "EdgeShield Trust & Safety\n",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form automatic receipt",
    why="pure receipt with a report id",
    items={},
)

case(
    name="paste-noreply-autoresponder", date="Wed, 11 Sep 2024 16:20:14 +0900",
    **{"from": "noreply@pastepit.example"}, name_from="Pastepit",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    reply_to_req=req_id(R7),
    subject=f"Auto: [{R7}] Removal request",
    body="This address is not monitored. Abuse reports are handled through the form at\n"
    "https://pastepit.example/report - thank you.\n",
    outcome="ignored", classification="auto_reply",
    imitates="unmonitored-mailbox autoresponder",
    why="auto-reply pointing to a web form",
    items={},
)

HEADER = """# Blind set 283 (hosting providers, CDN, registrar, forums, image board,
# file host, paste site; informal replies, CSV attachments, text tables).
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
