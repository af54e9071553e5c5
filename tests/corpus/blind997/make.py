#!/usr/bin/env python3
"""Blind set 997: hosting providers, CDNs, registrars, forums, image boards,
file hosts and a paste site answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind997/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
email is fictional and written in our own sentences; the expected results
were written from each email's meaning before the reader was run on them.
"""
import base64
import csv
import io
import os
import quopri
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind997"

# ---------------------------------------------------------------- requests
DV = "KCSC-240903-01"
MO = "KCSC-240904-02"
PX = "KCSC-240905-03"
HN = "KCSC-240909-04"
BC = "KCSC-240910-05"
NB = "KCSC-240911-06"
PN = "KCSC-240912-07"

DV_URLS = [
    "https://dropvault.io/f/Xk29aQ",
    "https://dropvault.io/f/Rm81tB",
    "https://dropvault.io/f/Lw04nC",
    "https://dropvault.io/f/Qz67hD",
    "https://dropvault.io/f/Tp55vE",
    "https://dropvault.io/f/Hc13kF",
    "https://dropvault.io/f/Jy90mG",
    "https://dropvault.io/f/Bn42sH",
    "https://dropvault.io/folder/aa71-kor-pack",
    "https://dropvault.io/folder/bb18-mix",
    "https://dl.dropvault.io/d/Vg26wJ/clip_0911.mp4",
    "https://dl.dropvault.io/d/Ks73pL/archive.zip",
    "https://dropvault.io/f/Ue38rM",
    "https://dropvault.io/f/Wd64xN",
]
MO_MARKET = "https://morak.kr/%EC%9E%A5%ED%84%B0/31920"  # /장터/31920
MO_URLS = [
    "https://morak.kr/board/free/88213",
    "https://morak.kr/board/humor/40177",
    "https://morak.kr/board/free/88410?page=2",
    MO_MARKET,
    "https://m.morak.kr/board/free/88502",
]
PX_URLS = [
    "https://pixboard.org/b/thread/55102",
    "https://pixboard.org/kr/thread/9031",
    "https://i.pixboard.org/src/1725871203551.jpg",
    "https://pixboard.org/b/thread/55388",
]
HN_URLS = [
    "http://gold-toto77.com/main.php",
    "https://bamboo-shop.kr/event/index.html",
    "http://203.0.113.45/~minsu/upload/list.html",
]
BC_URLS = [
    "https://betwave-kr.net/",
    "https://cdn-img.paldo-mall.com/leak/2024/0910.png",
]
NB_URLS = [
    "https://seoul-pharma24.shop/",
    "https://kr-sports-live.xyz/",
]
PN_URLS = ["https://pastenest.dev/p/7Gh2Kq"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (DV, "dropvault", "2024-09-03T11:02:00+09:00", "2024-09-10T18:00:00+09:00", DV_URLS,
     "obscene", "file host; largest request"),
    (MO, "morak", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00", MO_URLS,
     "defamation", "forum posts"),
    (PX, "pixboard", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", PX_URLS,
     "privacy", "image board threads and one image"),
    (HN, "hanarohost", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00", HN_URLS,
     "gambling", "customer sites on a Korean host"),
    (BC, "blinkcdn", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00", BC_URLS,
     "gambling", "sites behind a CDN"),
    (NB, "namebay", "2024-09-11T10:05:00+09:00", "2024-09-18T18:00:00+09:00", NB_URLS,
     "drugs", "domains at a registrar"),
    (PN, "pastenest", "2024-09-12T15:30:00+09:00", "2024-09-19T18:00:00+09:00", PN_URLS,
     "privacy", "one paste"),
]
PLATFORM_NAMES = {
    "dropvault": "DropVault", "morak": "모락 커뮤니티", "pixboard": "Pixboard",
    "hanarohost": "하나로호스팅", "blinkcdn": "BlinkCDN", "namebay": "Namebay",
    "pastenest": "PasteNest",
}
ABUSE_ADDR = {
    DV: "abuse@dropvault.io", MO: "admin@morak.kr", PX: "admin@pixboard.org",
    HN: "abuse@hanarohost.co.kr", BC: "abuse@blinkcdn.net", NB: "abuse@namebay.io",
    PN: "abuse@pastenest.dev",
}


def req_id(ref):
    return f"req.{ref}"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_id(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_body(ref):
    for r, plat, sent, due, urls, cat, note in REQUESTS:
        if r == ref:
            break
    shown = [u.replace("%EC%9E%A5%ED%84%B0", "장터") for u in urls]
    lines = [
        f"Dear {PLATFORM_NAMES[plat]} team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found the",
        "content at the addresses below unlawful under Korean law and asks you",
        f"to remove it (our reference {ref}).",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(shown, 1)]
    lines += [
        "",
        "Please tell us what was done for each address by replying to this email.",
        "",
        "KCSC Takedown Desk",
    ]
    return lines


def gmail_quote(ref, when):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"]
    lines += [("> " + l).rstrip() for l in request_body(ref)]
    return "\n".join(lines)


def outlook_quote(ref, sent_line, to):
    lines = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent_line}",
        f"To: {to}",
        f"Subject: [{ref}] Request for removal of unlawful content",
        "",
    ]
    return "\n".join(lines + request_body(ref))


def b64(text):
    if isinstance(text, str):
        text = text.encode("utf-8")
    return base64.encodebytes(text).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ------------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= DropVault (file host) =======================

case(
    name="dv-autoreply-ooo",
    date="Tue, 03 Sep 2024 11:04:10 +0900",
    **{"from": "marta.nowak@dropvault.io"},
    name_from="Marta Nowak",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req=req_id(DV),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi,

I am out of the office until Monday 9 September and will read email only
occasionally. Abuse reports and takedown notices are handled by the team
at abuse@dropvault.io, please write to them for anything urgent.

Marta Nowak
Legal & Compliance, DropVault
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' of a compliance officer",
    why="out-of-office reply (Auto-Submitted: auto-replied), says nothing about any item",
)

case(
    name="dv-ticket-receipt",
    date="Tue, 03 Sep 2024 11:03:02 +0900",
    **{"from": "abuse@dropvault.io"},
    name_from="DropVault Abuse",
    subject="[DropVault Abuse #DV-558120] We received your report",
    reply_to_req=req_id(DV),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for contacting DropVault.

Your report has been received and assigned ticket number DV-558120.
A member of our Trust & Safety team will look at it in the order it was
received. You do not need to reply to this message; replies to this
address are added to the same ticket.

To see our rules, visit https://dropvault.io/legal/terms

-- 
DropVault Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket receipt (Zendesk/Freshdesk style auto-acknowledgement)",
    why="pure receipt with a ticket number; the terms link is not an item",
)

case(
    name="dv-asks-for-signed-order",
    date="Wed, 04 Sep 2024 09:15:40 +0200",
    **{"from": "legal@dropvault.io"},
    name_from="DropVault Legal",
    subject="RE: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req=req_id(DV),
    body="""
Dear Sir or Madam,

Thank you for your message. DropVault is established in Poland and acts on
requests from foreign authorities once we can verify them. To process your
request KCSC-240903-01 we need:

  - a copy of the decision of the Commission, in English, signed by an
    authorised officer, and
  - the legal provision each file is said to breach.

Please reply with these documents attached. Until we receive them we are
not able to act on the links in your request.

Kind regards,
DropVault Legal
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="EU hosting provider's legal team asking a foreign authority for a signed order",
    why="asks for documents before acting; nothing done to any file",
)

case(
    name="dv-ops-one-liner",
    date="Wed, 04 Sep 2024 22:41:07 +0200",
    **{"from": "piotr@dropvault.io"},
    name_from="Piotr",
    subject="Re: removal request",
    body="""
removed https://dropvault.io/f/Tp55vE and banned the uploader.

-- 
Piotr, DropVault ops
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply by a small file host's operator",
    why="a staff member of the file host states the file was removed",
    items={"https://dropvault.io/f/Tp55vE": "removed"},
)

case(
    name="dv-scheduled-for-deletion",
    date="Wed, 04 Sep 2024 16:02:55 +0200",
    **{"from": "abuse@dropvault.io"},
    name_from="DropVault Trust & Safety",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req=req_id(DV),
    body="""
Hello,

We've checked the first links of your notice. The files

https://dropvault.io/f/Rm81tB
https://dropvault.io/f/Jy90mG

are scheduled for deletion within the next 48 hours, after the uploader's
notice period runs out. We will confirm once that has happened.

Regards,
Jonas / DropVault Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="file host notice-and-action reply announcing a deletion after the uploader's notice period",
    why="a promise ('scheduled for deletion'), not a statement: both files stay pending",
    items={"https://dropvault.io/f/Rm81tB": "pending", "https://dropvault.io/f/Jy90mG": "pending"},
)

case(
    name="dv-numbered-mixed-over-gmail-quote",
    date="Thu, 05 Sep 2024 10:20:31 +0200",
    **{"from": "abuse@dropvault.io"},
    name_from="DropVault Trust & Safety",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req=req_id(DV),
    body="""
Hello,

Thanks for the report. We went through the first links you sent. Results:

1. https://dropvault.io/f/Xk29aQ - file deleted, uploader account terminated
2. https://dropvault.io/f/Rm81tB - file deleted
3. https://dropvault.io/f/Lw04nC - no file with this ID exists on our
   service
4. https://dropvault.io/f/Qz67hD - the uploader had already deleted it
   before we got to it
5. https://dropvault.io/folder/aa71-kor-pack - folder disabled, the 23
   files inside it deleted

The rest of your list is still with a reviewer, we'll write again when we
have an answer for those.

Regards,
Jonas
DropVault Trust & Safety
https://dropvault.io/legal/abuse

""" + gmail_quote(DV, "Tue, 3 Sep 2024 at 04:02"),
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with a numbered list, top-posted over a Gmail-quoted request",
    why="five named links with clear results; the quoted request's other links say nothing",
    items={
        "https://dropvault.io/f/Xk29aQ": "removed",
        "https://dropvault.io/f/Rm81tB": "removed",
        "https://dropvault.io/f/Lw04nC": "not_found",
        "https://dropvault.io/f/Qz67hD": "not_found",
        "https://dropvault.io/folder/aa71-kor-pack": "removed",
    },
)

case(
    name="dv-echoed-ticket-folders",
    date="Thu, 05 Sep 2024 15:48:12 +0200",
    **{"from": "noreply@dropvault.io"},
    name_from="DropVault Abuse Desk",
    subject="[DropVault Abuse #DV-558133] Update on your report",
    body="""
Hello,

This is an update on abuse ticket DV-558133.

---- Reported item ----
URL: https://dropvault.io/folder/aa71-kor-pack
Reason given: Illegal content (reporter: KCSC)
Decision: Content removed - folder and all files in it disabled

---- Reported item ----
URL: https://dropvault.io/folder/bb18-mix
Reason given: Illegal content (reporter: KCSC)
Decision: No violation found - the folder holds scanned public documents
and stays available

If you disagree with a decision you can reply to this email.

DropVault Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system update echoing each reported item with its decision",
    why="per-item decisions: one folder removed, the other kept because it breaks no rule",
    items={
        "https://dropvault.io/folder/aa71-kor-pack": "removed",
        "https://dropvault.io/folder/bb18-mix": "rejected",
    },
)

DV_CSV = """ref,link,outcome,date_utc,notes
KCSC-240903-01,https://dropvault.io/f/Qz67hD,Removed,2024-09-05,
KCSC-240903-01,https://dropvault.io/f/Hc13kF,Removed,2024-09-05,uploader banned
KCSC-240903-01,https://dropvault.io/f/Ue38rM,Not found,2024-09-05,ID never existed
KCSC-240903-01,https://dl.dropvault.io/d/Vg26wJ/clip_0911.mp4,Removed,2024-09-05,direct link disabled
KCSC-240903-01,https://dropvault.io/folder/bb18-mix,No action,2024-09-05,"no violation of our terms found, left online"
"""
case(
    name="dv-csv-attachment",
    date="Fri, 06 Sep 2024 09:02:18 +0200",
    **{"from": "compliance@dropvault.io"},
    name_from="DropVault Compliance",
    subject="Outcome KCSC-240903-01 (batch 2)",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="dv-b2-5a1c"

--dv-b2-5a1c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Please find the outcome for the next five links of KCSC-240903-01 in the
attached spreadsheet, one row per link.

Best,
DropVault Compliance

--dv-b2-5a1c
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_batch2.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_batch2.csv"
Content-Transfer-Encoding: base64

{b64(DV_CSV)}
--dv-b2-5a1c--
""",
    outcome="applied", classification="confirmation",
    imitates="compliance team sending a per-link CSV export",
    why="CSV rows give each link's outcome; 'No action' with 'no violation' is a refusal",
    items={
        "https://dropvault.io/f/Qz67hD": "removed",
        "https://dropvault.io/f/Hc13kF": "removed",
        "https://dropvault.io/f/Ue38rM": "not_found",
        "https://dl.dropvault.io/d/Vg26wJ/clip_0911.mp4": "removed",
        "https://dropvault.io/folder/bb18-mix": "rejected",
    },
)

case(
    name="dv-plain-text-table",
    date="Fri, 06 Sep 2024 13:30:00 +0200",
    **{"from": "abuse@dropvault.io"},
    name_from="DropVault Trust & Safety",
    subject="Re: [KCSC-240903-01] status",
    reply_to_req=req_id(DV),
    body="""
Status of your request KCSC-240903-01 as of today:

+-----------------------------------------------+------------------------+
| Link                                          | Result                 |
+-----------------------------------------------+------------------------+
| https://dropvault.io/f/Xk29aQ                 | deleted                |
| https://dropvault.io/f/Lw04nC                 | deleted                |
| https://dropvault.io/f/Tp55vE                 | does not exist         |
| https://dl.dropvault.io/d/Ks73pL/archive.zip  | deleted                |
| https://dropvault.io/f/Wd64xN                 | blocked in KR only     |
+-----------------------------------------------+------------------------+

Jonas
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text (ASCII) table pasted by an abuse-desk agent",
    why="one status per row; 'blocked in KR only' is a restriction in Korea",
    items={
        "https://dropvault.io/f/Xk29aQ": "removed",
        "https://dropvault.io/f/Lw04nC": "removed",
        "https://dropvault.io/f/Tp55vE": "not_found",
        "https://dl.dropvault.io/d/Ks73pL/archive.zip": "removed",
        "https://dropvault.io/f/Wd64xN": "restricted",
    },
)

case(
    name="dv-dsa-statement-of-reasons",
    date="Fri, 06 Sep 2024 17:12:45 +0200",
    **{"from": "dsa-notices@dropvault.io"},
    name_from="DropVault",
    subject="Statement of reasons - decision on notice KCSC-240903-01",
    body="""
Statement of reasons (Article 17 of Regulation (EU) 2022/2065)

Notice reference: KCSC-240903-01
Content concerned: https://dropvault.io/f/Ue38rM
Decision: Disabling of access in a specific territory
Territorial scope: Republic of Korea
Facts and circumstances: The decision follows a notice submitted by a
Korean authority. The file is not incompatible with our Terms of Service
and stays available outside the territory above.
Legal ground: Content considered unlawful under the law of the Republic
of Korea.
Automated means: No automated means were used in taking the decision.
Redress: the uploader may appeal through https://dropvault.io/appeals

This statement has been submitted to the DSA Transparency Database.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons for a territorial restriction",
    why="access disabled in the Republic of Korea only: restricted; the appeals link is not an item",
    items={"https://dropvault.io/f/Ue38rM": "restricted"},
)

case(
    name="dv-wrapped-angle-urls",
    date="Sat, 07 Sep 2024 11:05:19 +0200",
    **{"from": "abuse@dropvault.io"},
    name_from="DropVault Trust & Safety",
    subject="Re: [KCSC-240903-01] direct download links",
    reply_to_req=req_id(DV),
    body="""
Hello,

The archive you reported, <https://dl.dropvault.io/d/Ks73pL/
archive.zip>, has been taken down and its hash added to our re-upload
block list. The video link <https://dl.dropvault.io/d/Vg26wJ/clip_0911.mp4>
was removed as well.

Jonas
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with URLs in angle brackets, one wrapped by the mail client",
    why="both direct links taken down; the first URL is wrapped inside its angle brackets",
    items={
        "https://dl.dropvault.io/d/Ks73pL/archive.zip": "removed",
        "https://dl.dropvault.io/d/Vg26wJ/clip_0911.mp4": "removed",
    },
)

case(
    name="dv-one-deleted-one-hedged",
    date="Sun, 08 Sep 2024 20:33:51 +0200",
    **{"from": "abuse@dropvault.io"},
    name_from="DropVault Trust & Safety",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req=req_id(DV),
    body="""
Quick update: https://dropvault.io/f/Wd64xN is deleted.

As for https://dropvault.io/f/Qz67hD, it looks like the uploader may have
removed it already. We're still going through the logs and will confirm.

Jonas
""",
    outcome="applied", classification="confirmation",
    imitates="informal abuse-desk follow-up",
    why="one unhedged deletion; the second link is only 'may have' and stays pending",
    items={"https://dropvault.io/f/Wd64xN": "removed", "https://dropvault.io/f/Qz67hD": "pending"},
)

case(
    name="dv-outlook-top-posted",
    date="Mon, 09 Sep 2024 10:14:27 +0200",
    **{"from": "marta.nowak@dropvault.io"},
    name_from="Marta Nowak",
    subject="RE: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req=req_id(DV),
    body="""
Dear KCSC,

Back from leave and following up on your notice: we have disabled the two
files below today.

https://dropvault.io/f/Hc13kF
https://dropvault.io/f/Jy90mG

Kind regards,
Marta Nowak
Legal & Compliance | DropVault

""" + outlook_quote(DV, "Tuesday, September 3, 2024 4:02 AM", "abuse@dropvault.io"),
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over an unquoted '-----Original Message-----' block",
    why="two files disabled; the fourteen links in the original message below are our own text",
    items={"https://dropvault.io/f/Hc13kF": "removed", "https://dropvault.io/f/Jy90mG": "removed"},
)

case(
    name="dv-gone-now-two",
    date="Tue, 10 Sep 2024 08:50:03 +0200",
    **{"from": "abuse@dropvault.io"},
    name_from="DropVault Trust & Safety",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req=req_id(DV),
    body="""
Bn42sH and Wd64xN are gone now - both files deleted and the account that
uploaded them closed.

https://dropvault.io/f/Bn42sH
https://dropvault.io/f/Wd64xN

Jonas

""" + gmail_quote(DV, "Tue, Sep 3, 2024 at 4:02 AM"),
    outcome="applied", classification="confirmation",
    imitates="short abuse-desk reply naming file IDs, links on the lines below",
    why="statement first, the two links on the lines below it; quoted request ignored",
    items={"https://dropvault.io/f/Bn42sH": "removed", "https://dropvault.io/f/Wd64xN": "removed"},
)

case(
    name="dv-all-disabled-bulk",
    date="Wed, 11 Sep 2024 12:00:41 +0200",
    **{"from": "abuse@dropvault.io"},
    name_from="DropVault Trust & Safety",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req=req_id(DV),
    body="""
Hello,

All links in your report KCSC-240903-01 have now been disabled. Ticket
DV-558120 is closed.

DropVault Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="ticket-closing note covering a whole report",
    why="one statement for a fourteen-item request without naming any item",
)

# ======================= Morak (Korean forum) =======================

case(
    name="morak-ooo-ko",
    date="Wed, 04 Sep 2024 10:31:12 +0900",
    **{"from": "admin@morak.kr"},
    name_from="모락 운영자",
    subject="[자동응답] 부재중입니다",
    reply_to_req=req_id(MO),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 모락 커뮤니티 운영자입니다.
9월 4일부터 9월 9일까지 휴가로 메일 확인이 어렵습니다.
게시물 신고 및 삭제 요청은 report@morak.kr 로 보내주시면 순차적으로 처리됩니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean webmail 부재중 자동응답",
    why="out-of-office auto-reply, no statement about any post",
)

case(
    name="morak-admin-one-line-ko",
    date="Thu, 05 Sep 2024 01:12:44 +0900",
    **{"from": "admin@morak.kr"},
    name_from="모락 운영자",
    subject="Re: [KCSC-240904-02] 불법정보 시정요구(게시물 삭제)",
    reply_to_req=req_id(MO),
    body="""
말씀하신 글 삭제했습니다.
https://morak.kr/board/free/88213

모락 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply of a small Korean forum's operator",
    why="the operator says the post was deleted; URL on the line below the statement",
    items={"https://morak.kr/board/free/88213": "removed"},
)

case(
    name="morak-seems-deleted-ko",
    date="Thu, 05 Sep 2024 13:20:09 +0900",
    **{"from": "admin@morak.kr"},
    name_from="모락 운영자",
    subject="Re: [KCSC-240904-02] 불법정보 시정요구(게시물 삭제)",
    reply_to_req=req_id(MO),
    body="""
안녕하세요.
문의하신 https://morak.kr/board/humor/40177 게시물은 확인해보니 이미 삭제된 것 같습니다.
정확한 건 서버 로그 확인 후 다시 말씀드릴게요.
""",
    outcome="review", review="not_understood",
    imitates="forum operator's hedged reply",
    why="'삭제된 것 같습니다' (seems deleted) is a hedge; the post stays pending",
    items={"https://morak.kr/board/humor/40177": "pending"},
)

case(
    name="morak-volunteer-mod-gmail",
    date="Fri, 06 Sep 2024 09:45:30 +0900",
    **{"from": "doyun.kim88@gmail.com"},
    name_from="김도윤",
    subject="Re: [KCSC-240904-02] 불법정보 시정요구(게시물 삭제)",
    reply_to_req=req_id(MO),
    body="""
안녕하세요, 모락 자유게시판 부운영자 김도윤입니다.
운영자님이 휴가 중이셔서 대신 연락드립니다.
요청하신 https://morak.kr/board/free/88213 글은 제가 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer moderator answering from a personal webmail address",
    why="a Gmail address is no platform's sender domain, whatever it claims",
    items={"https://morak.kr/board/free/88213": "pending"},
)

case(
    name="morak-list-korean-particles",
    date="Fri, 06 Sep 2024 16:05:51 +0900",
    **{"from": "report@morak.kr"},
    name_from="모락 커뮤니티 관리팀",
    subject="Re: [KCSC-240904-02] 불법정보 시정요구(게시물 삭제)",
    reply_to_req=req_id(MO),
    body="""
안녕하세요, 모락 커뮤니티 관리팀입니다.
요청하신 게시물에 대한 조치 결과를 알려드립니다.

- https://morak.kr/board/free/88213 는 삭제하였습니다.
- https://morak.kr/board/humor/40177 은 블라인드 처리했습니다.
- https://morak.kr/장터/31920은 작성자가 이미 삭제한 글입니다.

나머지 두 건은 확인 후 다시 회신드리겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum management team's bulleted 조치 결과",
    why="deleted, blinded, and already deleted by its author (raw Korean path with particle '은' attached)",
    items={
        "https://morak.kr/board/free/88213": "removed",
        "https://morak.kr/board/humor/40177": "removed",
        MO_MARKET: "not_found",
    },
)

case(
    name="morak-fullwidth-punctuation",
    date="Sat, 07 Sep 2024 11:38:02 +0900",
    **{"from": "report@morak.kr"},
    name_from="모락 커뮤니티 관리팀",
    subject="[모락] 조치 결과 안내 (KCSC-240904-02)",
    body="""
[조치 결과 안내]

대상 게시물：https://morak.kr/board/free/88410?page=2，https://morak.kr/board/humor/40177
조치 내용：두 게시물 모두 비공개 처리 완료（작성자 이용 제한 7일）
처리 일시：2024.09.07 11:30

모락 커뮤니티 관리팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum notice typed with full-width punctuation",
    why="both posts made private (비공개 처리 완료); URLs end at the full-width colon/comma",
    items={
        "https://morak.kr/board/free/88410?page=2": "removed",
        "https://morak.kr/board/humor/40177": "removed",
    },
)

case(
    name="morak-html-result-table",
    date="Mon, 09 Sep 2024 14:10:37 +0900",
    **{"from": "report@morak.kr"},
    name_from="모락 커뮤니티 관리팀",
    subject="Re: [KCSC-240904-02] 시정요구 조치결과 회신",
    reply_to_req=req_id(MO),
    type="html",
    body="""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240904-02)에 대한 나머지 게시물의 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="https://morak.kr/board/free/88410?page=2">https://morak.kr/board/free/88410?page=2</a></td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td><a href="https://m.morak.kr/board/free/88502">https://m.morak.kr/board/free/88502</a></td><td>임시조치(30일)</td><td>권리침해 신고 접수</td></tr>
<tr><td>3</td><td><a href="https://morak.kr/board/humor/40177">https://morak.kr/board/humor/40177</a></td><td>조치하지 않음</td><td>풍자 게시물로, 이용약관 및 관련 법령 위반 사항이 없다고 판단</td></tr>
</table>
<p>문의: report@morak.kr<br>모락 커뮤니티 관리팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table",
    why="삭제 = removed, 임시조치 = restricted, 조치하지 않음 with a reason = rejected",
    items={
        "https://morak.kr/board/free/88410?page=2": "removed",
        "https://m.morak.kr/board/free/88502": "restricted",
        "https://morak.kr/board/humor/40177": "rejected",
    },
)

MO_QP = """안녕하세요, 모락 운영자입니다.

요청하신 게시물(https://m.morak.kr/board/free/88502)은 운영자 삭제 처리하였습니다.
작성자는 30일간 글쓰기가 제한됩니다.

감사합니다.
"""
case(
    name="morak-qp-operator-deleted",
    date="Tue, 10 Sep 2024 10:02:18 +0900",
    **{"from": "admin@morak.kr"},
    name_from="모락 운영자",
    subject="Re: [KCSC-240904-02] 불법정보 시정요구(게시물 삭제)",
    reply_to_req=req_id(MO),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(MO_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean webmail reply sent quoted-printable",
    why="운영자 삭제 of the mobile-URL post; URL inside parentheses followed by a particle",
    items={"https://m.morak.kr/board/free/88502": "removed"},
)

# ======================= Pixboard (image board) =======================

case(
    name="px-read-receipt",
    date="Thu, 05 Sep 2024 14:31:50 +0000",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    subject="Read: [KCSC-240905-03] Removal request",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-px-77"

--mdn-px-77
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to admin@pixboard.org at
5 Sep 2024 05:00 UTC. It only means the message was displayed; it says
nothing about whether the recipient read or understood it.

--mdn-px-77
Content-Type: message/disposition-notification

Reporting-UA: mail.pixboard.org; Roundcube Webmail
Final-Recipient: rfc822; admin@pixboard.org
Original-Message-ID: <req.KCSC-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-px-77--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Roundcube message disposition notification",
    why="read receipt (MDN), no statement",
)

case(
    name="px-janitor-thread-and-image",
    date="Fri, 06 Sep 2024 02:14:09 +0000",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    subject="Re: [KCSC-240905-03] Removal request",
    reply_to_req=req_id(PX),
    body="""
hey, took care of it. thread deleted and the image purged from our storage:

https://pixboard.org/b/thread/55102
https://i.pixboard.org/src/1725871203551.jpg

poster's IP range is banned too.
- admin
""",
    outcome="applied", classification="confirmation",
    imitates="informal image-board admin reply",
    why="thread deleted and image purged, links listed below the statement",
    items={
        "https://pixboard.org/b/thread/55102": "removed",
        "https://i.pixboard.org/src/1725871203551.jpg": "removed",
    },
)

case(
    name="px-done-everything-bulk",
    date="Sat, 07 Sep 2024 19:47:22 +0000",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    subject="Re: [KCSC-240905-03] Removal request",
    reply_to_req=req_id(PX),
    body="""
done, everything you listed is gone.
- admin
""",
    outcome="review", review="bulk",
    imitates="one-line admin reply",
    why="'everything you listed' covers a four-item request without naming any",
)

PX_PDF = (b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
          b"4 0 obj <</Length 120 /Filter /FlateDecode>>\nstream\n"
          + zlib.compress(b"BT /F1 11 Tf 72 720 Td (Pixboard moderation log 2024-09-08) Tj ET " * 3, 9)
          + b"\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
case(
    name="px-pdf-only-result",
    date="Sun, 08 Sep 2024 10:05:00 +0000",
    **{"from": "mods@pixboard.org"},
    name_from="Pixboard moderators",
    subject="Re: [KCSC-240905-03] Removal request - result",
    reply_to_req=req_id(PX),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="px-pdf-31"

--px-pdf-31
Content-Type: text/plain; charset=utf-8

Hi, the result of our review is in the attached PDF.

--px-pdf-31
Content-Type: application/pdf; name="KCSC-240905-03-result.pdf"
Content-Disposition: attachment; filename="KCSC-240905-03-result.pdf"
Content-Transfer-Encoding: base64

{b64(PX_PDF)}
--px-pdf-31--
""",
    outcome="review", review="unreadable_attachment",
    imitates="moderators sending their decision only as a PDF",
    why="the answer is only in a PDF attachment",
)

case(
    name="px-rejected-discussion-thread",
    date="Mon, 09 Sep 2024 16:22:40 +0000",
    **{"from": "mods@pixboard.org"},
    name_from="Pixboard moderators",
    subject="Re: [KCSC-240905-03] Removal request",
    reply_to_req=req_id(PX),
    body="""
Hi KCSC,

We had a look at https://pixboard.org/kr/thread/9031 . It's a news
discussion thread; nothing in it breaks our rules and we couldn't see
anything unlawful in it either, so we're leaving it up.

Happy to look again if something changes.

mods@pixboard
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderators declining a report",
    why="a refusal with its reason: the thread stays up",
    items={"https://pixboard.org/kr/thread/9031": "rejected"},
)

case(
    name="px-geoblock-and-op-deleted",
    date="Tue, 10 Sep 2024 07:58:13 +0000",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    subject="Re: [KCSC-240905-03] Removal request",
    reply_to_req=req_id(PX),
    body="""
Thread https://pixboard.org/b/thread/55388 is now geo-blocked for visitors
from Korea (it's legal where we're hosted, so it stays up elsewhere).

https://pixboard.org/kr/thread/9031 -- the OP deleted that thread himself
before we saw your mail, it's a 404 now.

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="informal image-board admin reply",
    why="geo-blocked for Korea = restricted; deleted by its own poster = not_found",
    items={
        "https://pixboard.org/b/thread/55388": "restricted",
        "https://pixboard.org/kr/thread/9031": "not_found",
    },
)

# ======================= Hanaro Hosting (Korean web host) =======================

case(
    name="hn-receipt-ko",
    date="Mon, 09 Sep 2024 09:41:27 +0900",
    **{"from": "help@hanarohost.co.kr"},
    name_from="하나로호스팅 고객센터",
    subject="[하나로호스팅] 신고가 접수되었습니다 (접수번호 HN-20240909-0413)",
    reply_to_req=req_id(HN),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 하나로호스팅 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: HN-20240909-0413

담당자가 내용을 확인한 뒤 처리 결과를 안내해 드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean hosting helpdesk 접수 완료 receipt",
    why="receipt with a ticket number only",
)

case(
    name="hn-under-review-ko",
    date="Tue, 10 Sep 2024 11:02:33 +0900",
    **{"from": "abuse@hanarohost.co.kr"},
    name_from="하나로호스팅 보안관제팀",
    subject="Re: [KCSC-240909-04] 불법정보 시정요구",
    reply_to_req=req_id(HN),
    body="""
안녕하세요, 하나로호스팅 보안관제팀입니다.

접수하신 시정요구(KCSC-240909-04) 건은 현재 검토 중입니다.
해당 고객(http://gold-toto77.com/main.php)에게 소명을 요청하였으며,
48시간 내 조치가 없을 경우 서비스 이용정지 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean host's interim reply: customer asked to respond, suspension announced",
    why="under review and a conditional future suspension: nothing done yet",
    items={"http://gold-toto77.com/main.php": "pending"},
)

case(
    name="hn-formal-result-notice-ko",
    date="Tue, 10 Sep 2024 16:40:05 +0900",
    **{"from": "abuse@hanarohost.co.kr"},
    name_from="하나로호스팅 보안관제팀",
    subject="[하나로호스팅] 시정요구에 대한 조치결과 회신 (KCSC-240909-04)",
    body="""
수신: 방송통신심의위원회
제목: 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구(KCSC-240909-04)와 관련하여, 당사 호스팅 서비스를
   이용하는 고객 사이트에 대하여 아래와 같이 조치하였음을 알려드립니다.

  가. http://gold-toto77.com/main.php
      - 조치내용: 호스팅 계정 이용정지 (사이트 접속 불가)
      - 조치일시: 2024-09-10 14:20
  나. https://bamboo-shop.kr/event/index.html
      - 조치내용: 해당 페이지 삭제
      - 조치일시: 2024-09-10 15:05

3. 나머지 1건(203.0.113.45 서버)은 확인 중이며, 확인되는 대로 회신드리겠습니다.  끝.

하나로호스팅 보안관제팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문-style 시정요구 조치결과 회신 from a web host",
    why="account suspended with the site unreachable = removed; page deleted = removed; third still being checked",
    items={
        "http://gold-toto77.com/main.php": "removed",
        "https://bamboo-shop.kr/event/index.html": "removed",
    },
)

case(
    name="hn-forwarded-customer-reply",
    date="Wed, 11 Sep 2024 10:30:48 +0900",
    **{"from": "abuse@hanarohost.co.kr"},
    name_from="하나로호스팅 보안관제팀",
    subject="Fwd: Re: 이용약관 위반 안내",
    body="""
고객사 회신 내용 전달드립니다.

---------- Forwarded message ---------
From: 박민수 <minsu.park@bamboo-shop.kr>
Date: 2024년 9월 11일 (수) 오전 10:14
Subject: Re: 이용약관 위반 안내
To: <abuse@hanarohost.co.kr>

안녕하세요.
https://bamboo-shop.kr/event/index.html 이벤트 페이지 삭제했습니다.
앞으로 주의하겠습니다.
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="host forwarding its customer's own answer",
    why="the statement is the customer's, forwarded by the host, not the host's own",
    items={"https://bamboo-shop.kr/event/index.html": "pending"},
)

HN_HTML = """<html><body>
<p>안녕하세요, 하나로호스팅 보안관제팀입니다.</p>
<p>시정요구 KCSC-240909-04 건의 최종 조치결과를 안내드립니다.</p>
<table border="1">
<tr><th>대상 URL</th><th>조치결과</th></tr>
<tr><td>http://203.0.113.45/~minsu/upload/list.html</td><td>해당 경로 없음 (당사 서버에 존재하지 않는 경로)</td></tr>
<tr><td>http://gold-toto77.com/main.php</td><td>사이트 삭제 (호스팅 계약 해지)</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="hn-base64-html-final",
    date="Thu, 12 Sep 2024 09:15:26 +0900",
    **{"from": "abuse@hanarohost.co.kr"},
    name_from="하나로호스팅 보안관제팀",
    subject="[하나로호스팅] 최종 조치결과 안내 (KCSC-240909-04)",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HN_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean host's final result as a base64-encoded HTML table",
    why="path does not exist on the server = not_found; site deleted = removed",
    items={
        "http://203.0.113.45/~minsu/upload/list.html": "not_found",
        "http://gold-toto77.com/main.php": "removed",
    },
)

# ======================= BlinkCDN (CDN) =======================

case(
    name="bc-email-not-processed-autoresponse",
    date="Tue, 10 Sep 2024 16:21:30 +0900",
    **{"from": "abuse@blinkcdn.net"},
    name_from="BlinkCDN Trust & Safety",
    subject="Re: [KCSC-240910-05] Request for removal of unlawful content",
    reply_to_req=req_id(BC),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated message.

BlinkCDN does not process abuse complaints sent by email. Please file your
report through our web form at https://www.blinkcdn.net/abuse/report so that
it reaches the right team. Reports sent to this address are not read.

BlinkCDN Trust & Safety
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN auto-response redirecting email complaints to a web form",
    why="automated reply (Auto-Submitted), no item named; the form link is not an item",
)

case(
    name="bc-pass-through-refusal",
    date="Wed, 11 Sep 2024 03:12:54 +0000",
    **{"from": "abuse@blinkcdn.net"},
    name_from="BlinkCDN Trust & Safety",
    subject="BlinkCDN abuse report BCN-77120: https://betwave-kr.net/",
    body="""
Hello,

BlinkCDN received your report about https://betwave-kr.net/.

BlinkCDN provides a pass-through caching and security service for this
website. We are not its host and we cannot remove content from the origin
server, so we are taking no action on our side. We have forwarded your
complaint to the site operator and to the hosting provider:

  Hosting provider: Northpoint Servers LLC, abuse@northpoint-servers.example

BlinkCDN Trust & Safety
https://www.blinkcdn.net/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="Cloudflare-style 'we are a pass-through service and do not host this' reply",
    why="an explicit refusal to act with its reason; the site stays up: rejected",
    items={"https://betwave-kr.net/": "rejected"},
)

case(
    name="bc-edge-block-and-purge",
    date="Thu, 12 Sep 2024 08:44:19 +0000",
    **{"from": "abuse@blinkcdn.net"},
    name_from="BlinkCDN Trust & Safety",
    subject="Update on BlinkCDN report BCN-77120 (KCSC-240910-05)",
    body="""
Hello,

After a second review:

* https://betwave-kr.net/ - access from the Republic of Korea is now
  blocked at our edge; visitors from KR receive HTTP 451. The site stays
  reachable from other countries.
* https://cdn-img.paldo-mall.com/leak/2024/0910.png - we purged the file
  from our cache and blocked the URL on our network for all visitors.

BlinkCDN Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety update with per-URL actions",
    why="blocked for Korea only = restricted; blocked for all visitors = removed",
    items={
        "https://betwave-kr.net/": "restricted",
        "https://cdn-img.paldo-mall.com/leak/2024/0910.png": "removed",
    },
)

case(
    name="bc-speaks-for-hosted-site",
    date="Thu, 12 Sep 2024 11:03:07 +0000",
    **{"from": "abuse@blinkcdn.net"},
    name_from="BlinkCDN Trust & Safety",
    subject="BlinkCDN abuse report BCN-77188",
    body="""
Hello,

Our records show that http://gold-toto77.com/main.php is also served
through BlinkCDN. We have blocked it on our network for all visitors.

BlinkCDN Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN reporting action on a site whose request went to its web host",
    why="the URL belongs to the Hanaro Hosting request; a CDN's statement is not that platform's",
    items={"http://gold-toto77.com/main.php": "pending"},
)

# ======================= Namebay (registrar) =======================

NB_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: abuse@namebay.io",
    "Subject: [KCSC-240911-06] Request for suspension of domains",
    "Date: Wed, 11 Sep 2024 10:05:00 +0900",
    "Message-ID: <req.KCSC-240911-06@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
] + request_body(NB))
case(
    name="nb-dsn-mailbox-full",
    date="Wed, 11 Sep 2024 10:05:41 +0900",
    **{"from": "MAILER-DAEMON@namebay.io"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="nb-dsn-0911"

--nb-dsn-0911
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.namebay.io.

Your message could not be delivered to one or more recipients.

<abuse@namebay.io>: mailbox is full, message rejected (552 5.2.2)

--nb-dsn-0911
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.namebay.io
Arrival-Date: Wed, 11 Sep 2024 01:05:40 +0000 (UTC)

Final-Recipient: rfc822; abuse@namebay.io
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--nb-dsn-0911
Content-Description: Undelivered Message
Content-Type: message/rfc822

{NB_ORIG}

--nb-dsn-0911--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning the original request",
    why="bounce; the URLs are in our own returned request",
)

case(
    name="nb-suspended-auth-fail",
    date="Thu, 12 Sep 2024 15:22:10 +0000",
    **{"from": "abuse@namebay.io"},
    name_from="Namebay Abuse",
    auth="fail",
    subject="Re: [KCSC-240911-06] Request for suspension of domains",
    reply_to_req=req_id(NB),
    body="""
Hello,

Both domains in your complaint have been suspended:

https://seoul-pharma24.shop/
https://kr-sports-live.xyz/

Namebay Abuse Department
""",
    outcome="review", review="untrusted",
    imitates="registrar suspension notice (failing DMARC)",
    why="sender domain is the registrar's but DKIM/SPF/DMARC fail",
    items={"https://seoul-pharma24.shop/": "pending", "https://kr-sports-live.xyz/": "pending"},
)

case(
    name="nb-clienthold-and-decline",
    date="Fri, 13 Sep 2024 09:40:33 +0000",
    **{"from": "abuse@namebay.io"},
    name_from="Namebay Abuse",
    subject="Re: [KCSC-240911-06] Request for suspension of domains",
    reply_to_req=req_id(NB),
    body="""
Dear Sir or Madam,

Re: your complaint KCSC-240911-06

seoul-pharma24.shop
Status: clientHold applied on 2024-09-12. The domain no longer resolves.

kr-sports-live.xyz
Status: no action. The registrant replied and the domain is used for a
sports news blog; we found no breach of our registration agreement.
Namebay does not rule on website content. Please send content complaints
to the hosting provider of the site.

Namebay Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-desk answer: one domain on clientHold, one declined",
    why="clientHold (no longer resolves) = removed; no breach found, no action = rejected",
    items={"https://seoul-pharma24.shop/": "removed", "https://kr-sports-live.xyz/": "rejected"},
)

# ======================= PasteNest (paste site) =======================

case(
    name="pn-paste-deleted-no-url",
    date="Thu, 12 Sep 2024 18:05:12 +0900",
    **{"from": "lena@pastenest.dev"},
    name_from="Lena (PasteNest)",
    subject="Re: [KCSC-240912-07] Request for removal of unlawful content",
    reply_to_req=req_id(PN),
    body="""
Hi,

Paste deleted, and the account that created it is suspended.

Thanks,
Lena (PasteNest)

On Thu, 12 Sep 2024 at 15:30, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear PasteNest team,
>
> The Korea Communications Standards Commission (KCSC) has found the
> content at the address below unlawful under Korean law and asks you
> to remove it (our reference KCSC-240912-07).
>
> 1. https://pastenest.dev/p/7Gh2Kq
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply of a small paste site's operator in the request thread",
    why="a one-item request; the sole statement 'Paste deleted' applies to its item",
    items={"https://pastenest.dev/p/7Gh2Kq": "removed"},
)

case(
    name="pn-url-below-in-brackets",
    date="Fri, 13 Sep 2024 10:12:00 +0900",
    **{"from": "abuse@pastenest.dev"},
    name_from="PasteNest",
    subject="Takedown notice KCSC-240912-07 - resolved",
    body="""
Hello KCSC team,

The following paste has been removed for violating our acceptable use
policy:

<https://pastenest.dev/p/7Gh2Kq>

Policy: https://pastenest.dev/legal/aup

PasteNest abuse
""",
    outcome="applied", classification="confirmation",
    imitates="paste site abuse reply with the URL in angle brackets below the statement",
    why="removed; the policy link is not an item",
    items={"https://pastenest.dev/p/7Gh2Kq": "removed"},
)

case(
    name="pn-new-abuse-address",
    date="Sat, 14 Sep 2024 12:00:00 +0900",
    **{"from": "lena@pastenest.dev"},
    name_from="Lena (PasteNest)",
    subject="New abuse contact for PasteNest",
    body="""
Hi,

We've moved abuse handling to a new address: abuse@pastenest.dev. The old
trust@ inbox will be closed at the end of the month, so please update your
records.

Thanks,
Lena
""",
    outcome="review", review="no_claims",
    imitates="small service notifying a change of abuse contact",
    why="trusted platform email naming no item and no request",
)


def main():
    write_requests()
    header = (
        "# Blind set 997 (focus 4: hosts, CDNs, registrars, forums, image boards,\n"
        "# file hosts, small services; CSV attachments and plain-text tables).\n"
        "# Written by tests/corpus/blind997/make.py; expected results from each\n"
        "# email's meaning, before the reader was run. Each case: fresh ledger.\n"
    )
    corpuslib.write_set(HERE, SET, header, CASES)


if __name__ == "__main__":
    main()
