#!/usr/bin/env python3
"""Blind set 463: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste service answering the regulator,
often informally, plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind463/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
expected result was written from the meaning of each email alone, before
any run of the reader. All names, hosts, ids and URLs are fictional.
"""
import base64
import csv
import datetime
import email.header
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "filecrate.io": "FileCrate Support",
    "harborhost.net": "HarborHost Abuse",
    "edgeveil.com": "EdgeVeil Trust & Safety",
    "namekiln.com": "NameKiln Compliance",
    "dalbitforum.kr": "달빛포럼 운영팀",
    "mokpan.net": "mokpan admin",
    "pasteleaf.org": "pasteleaf",
})

KST = datetime.timezone(datetime.timedelta(hours=9))


def D(day, hh, mm, ss=0, tz=KST):
    return datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=tz).strftime("%a, %d %b %Y %H:%M:%S %z")


# ---------------------------------------------------------------- requests
F = {
    1: "https://filecrate.io/f/Qm7xK2pa",
    2: "https://filecrate.io/f/Zt4wR9nd",
    3: "https://filecrate.io/f/Lp0sV3ce",
    4: "https://filecrate.io/f/Hb8yT6mu",
    5: "https://filecrate.io/f/Wc2jN5qo",
    6: "https://filecrate.io/f/Rx9gD1ki",
    7: "https://filecrate.io/folder/Kd3mP8zv",
    8: "https://filecrate.io/folder/Ue6tB4wy",
    9: "https://dl.filecrate.io/d/Nv5qS7hr/archive_part1.rar",
    10: "https://dl.filecrate.io/d/Nv5qS7hr/archive_part2.rar",
    11: "https://filecrate.io/f/Ya1fG0lx",
    12: "https://filecrate.io/f/Oj6hC2ez",
}
H = {
    1: "https://moonlit-pharm.harbor.page/shop/rx-list.html",
    2: "https://moonlit-pharm.harbor.page/order.php?item=44",
    3: "http://198.51.100.77/~dalgona/index.html",
    4: "https://kr-idcard-maker.harbor.page/",
}
E = {
    1: "https://kkulbam-tv.edgeveil.app/watch/1123",
    2: "https://kkulbam-tv.edgeveil.app/watch/1187",
    3: "https://slotnara.edgeveil.app/",
}
N = {
    1: "http://bam-toto-9981.xyz/",
    2: "https://goldspin-kr4.top/join",
}
DK = {  # as stored in requests.csv
    1: "https://dalbitforum.kr/free/88123",
    2: "https://dalbitforum.kr/free/88190",
    3: "https://dalbitforum.kr/board/%EC%9E%A5%ED%84%B0/5512",
    4: "https://dalbitforum.kr/free/88201?cmt=3391",
    5: "https://m.dalbitforum.kr/free/88244",
}
D3_RAW = "https://dalbitforum.kr/board/장터/5512"
M = {
    1: "https://mokpan.net/gal/thread/55012",
    2: "https://i.mokpan.net/src/1725801234567.jpg",
    3: "https://mokpan.net/gal/thread/55107",
}
P1 = "https://pasteleaf.org/p/q8Zr2LwN"

REQUESTS = [
    ("KCSC-240902-01", "filecrate", "2024-09-02T10:05:00+09:00", "2024-09-09T18:00:00+09:00",
     list(F.values()), "copyright",
     'file host; two folders and a split archive ("part1", "part2"), see annex'),
    ("KCSC-240903-02", "harborhost", "2024-09-03T11:20:00+09:00", "2024-09-10T18:00:00+09:00",
     list(H.values()), "drugs", "hosted sites, one dedicated server by IP"),
    ("KCSC-240904-03", "edgeveil", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     list(E.values()), "gambling", "edge-hosted projects on edgeveil.app"),
    ("KCSC-240905-04", "namekiln", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     list(N.values()), "gambling", "registrar: domains, not pages"),
    ("KCSC-240906-05", "dalbit", "2024-09-06T10:30:00+09:00", "2024-09-13T18:00:00+09:00",
     list(DK.values()), "defamation", "forum posts, one comment, one mobile URL"),
    ("KCSC-240909-06", "mokpan", "2024-09-09T15:10:00+09:00", "2024-09-16T18:00:00+09:00",
     list(M.values()), "obscenity", "image board: two threads, one image"),
    ("KCSC-240910-07", "pasteleaf", "2024-09-10T16:45:00+09:00", "2024-09-17T18:00:00+09:00",
     [P1], "privacy", "one paste, personal data"),
]


def req_id(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_id(ref) + "@kcsc.example", note])


def quoted_request(ref, urls, prefix="> "):
    lines = ["Dear Sir or Madam,", "",
             f"The Korea Communications Standards Commission requests the removal of the",
             f"following content (reference {ref}):", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the action taken for each item.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


FC = "abuse@filecrate.io"
HH = "abuse@harborhost.net"
EV = "trust-safety@edgeveil.com"
NK = "compliance@namekiln.com"
DB = "admin@dalbitforum.kr"
MP = "admin@mokpan.net"
PL = "admin@pasteleaf.org"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED

fc_csv = "\n".join([
    "link,decision,date_utc,comment",
    f"{F[1]},removed,2024-09-05,file deleted",
    f"{F[2]},removed,2024-09-05,file deleted",
    f"{F[3]},removed,2024-09-05,file deleted",
    f"{F[4]},removed,2024-09-05,file deleted",
    f"{F[5]},removed,2024-09-05,file deleted",
    f"{F[6]},removed,2024-09-05,file deleted",
    f"{F[7]},removed,2024-09-05,\"folder deleted, 14 files\"",
    f"{F[8]},removed,2024-09-05,\"folder deleted, 3 files\"",
    f"{F[9]},removed,2024-09-05,download disabled",
    f"{F[10]},removed,2024-09-05,download disabled",
    f"{F[11]},not_found,,no file at this address",
    f"{F[12]},no_action,,\"reviewed, no breach of our terms; stays online\"",
]) + "\n"
case(name="fc-csv-outcome-attached", from_=FC, date=D(6, 9, 14),
     subject="Re: [KCSC-240902-01] Removal request - 12 links", reply_to_req=req_id("KCSC-240902-01"),
     raw_mime=f"""Content-Type: multipart/mixed; boundary="fc-b1"

--fc-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have gone through all twelve links in your notice. The outcome for each
link is in the attached sheet (one row per link).

Kind regards,
Ines
FileCrate Trust & Safety

--fc-b1
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: 7bit

{fc_csv}
--fc-b1--
""", outcome="applied", classification="confirmation",
     imitates="file host trust & safety reply with a per-link outcome spreadsheet (CSV export of a takedown queue)",
     why="CSV attachment: ten links removed, one not found, one reviewed and left online (rejected)",
     items={**{F[i]: "removed" for i in range(1, 11)}, F[11]: "not_found", F[12]: "rejected"})

case(name="fc-abuse-desk-three-deleted", from_=FC, date=D(3, 16, 2),
     subject="Re: [KCSC-240902-01] Removal request - 12 links", reply_to_req=req_id("KCSC-240902-01"),
     body=f"""Hi,

Thanks for the report. We deleted these three uploads this morning and
banned the account that uploaded them:

<{F[1]}>
<{F[2]}>
<{F[3]}>

The remaining links are still being checked by the team.

Marta
FileCrate abuse desk
""", outcome="applied",
     imitates="abuse-desk reply from a small file host (one person, plain text, URLs in angle brackets)",
     why="three named uploads deleted; the rest are only 'being checked'",
     items={F[1]: "removed", F[2]: "removed", F[3]: "removed"})

case(name="fc-url-then-status-line", from_=FC, date=D(5, 11, 30),
     subject="Update on KCSC-240902-01",
     body=f"""Hello KCSC team,

Update on your notice KCSC-240902-01, link by link:

{F[4]}
Status: removed (Terms of Service, section 3 - unlawful content)

{F[5]}
Status: removed

{F[6]}
Status: not found - this file ID does not exist on FileCrate

{F[7]}
Status: no action taken. The folder only holds open-source software
installers; nothing in it breaks our terms.

We will send the remaining results separately.

FileCrate Trust & Safety
https://filecrate.io/legal/terms
""", outcome="applied",
     imitates="ticket update listing each reported URL with a 'Status:' line under it",
     why="URL line then its status line: two removed, one not found, one refused with reason",
     items={F[4]: "removed", F[5]: "removed", F[6]: "not_found", F[7]: "rejected"})

fc_html = f"""<html><body>
<p>Dear KCSC,</p>
<p>Please find below the result of our review of notice <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Result</th></tr>
<tr><td><a href="{F[8]}">{F[8]}</a></td><td>Folder disabled</td></tr>
<tr><td><a href="{F[9]}">{F[9]}</a></td><td>Download disabled</td></tr>
<tr><td><a href="{F[10]}">{F[10]}</a></td><td>Download disabled</td></tr>
<tr><td><a href="{F[12]}">{F[12]}</a></td><td>Invalid link - no such file</td></tr>
</table>
<p>Uploaders may appeal at <a href="https://filecrate.io/help/appeals">https://filecrate.io/help/appeals</a>.</p>
<p>FileCrate Trust &amp; Safety</p>
</body></html>
"""
fc_html_text = f"""Dear KCSC,

Please find below the result of our review of notice KCSC-240902-01.

Reported link | Result
{F[8]} | Folder disabled
{F[9]} | Download disabled
{F[10]} | Download disabled
{F[12]} | Invalid link - no such file

Uploaders may appeal at https://filecrate.io/help/appeals.

FileCrate Trust & Safety
"""
case(name="fc-html-result-table", from_=FC, date=D(9, 10, 41),
     subject="Result of your notice KCSC-240902-01", reply_to_req=req_id("KCSC-240902-01"),
     raw_mime=f"""Content-Type: multipart/alternative; boundary="fc-alt-2"

--fc-alt-2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(fc_html_text)}
--fc-alt-2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(fc_html)}
--fc-alt-2--
""", outcome="applied",
     imitates="HTML result table from a hosting company's notice-and-action tool, with a text/plain twin",
     why="folder and both archive downloads disabled (removed); one link invalid (not_found); appeal page is no item",
     items={F[8]: "removed", F[9]: "removed", F[10]: "removed", F[12]: "not_found"})

case(name="hh-ticket-closed-actions", from_=HH, date=D(5, 17, 8),
     subject="[HH-ABUSE #55120] Resolved: KCSC-240903-02", reply_to_req=req_id("KCSC-240903-02"),
     body=f"""Hello,

Ticket #55120 has been closed with the following actions:

- kr-idcard-maker.harbor.page ({H[4]}): site suspended for breach
  of our Acceptable Use Policy (forged identity documents).
- {H[1]} and
  {H[2]}: our customer deleted both
  pages after our notice; we checked and both now return 404.

The remaining address in your report (the dedicated server) is being
handled in ticket #55121.

Regards,
Jonas Weber
HarborHost Abuse Team
AUP: https://harborhost.net/legal/aup
""", outcome="applied",
     imitates="hosting provider abuse ticket closure listing the action per site (WHMCS-style ticket subject)",
     why="suspended site = removed; customer deleted two pages, host verified 404 = removed; server item only referred to another ticket",
     items={H[4]: "removed", H[1]: "removed", H[2]: "removed", H[3]: "pending"})

case(name="hh-server-null-routed", from_=HH, date=D(7, 20, 55),
     subject="Re: [HH-ABUSE #55121] 198.51.100.77", reply_to_req=req_id("KCSC-240903-02"),
     body=f"""Hi,

The dedicated server behind {H[3]} was taken offline
today. The IP is null-routed and the customer's contract is terminated.

--
HarborHost NOC / Abuse
""", outcome="applied",
     imitates="terse NOC reply: server null-routed and contract terminated",
     why="the server serving the URL taken offline = removed",
     items={H[3]: "removed"})

case(name="hh-one-removed-one-kept", from_=HH, date=D(6, 15, 20),
     subject="Re: [HH-ABUSE #55120] KCSC-240903-02 moonlit-pharm.harbor.page",
     body=f"""Hello,

Regarding moonlit-pharm.harbor.page: the product list page
{H[1]} has been deleted.

We did not act on the following page. It is an empty order form with no
product or medicine listed, and it breaks no part of our AUP:
{H[2]}

Kind regards,
Priya
HarborHost Abuse Team
""", outcome="applied",
     imitates="hosting abuse desk reply splitting action and refusal, URL on the line below its statement",
     why="one page deleted; the order form refused with a reason (URL under the statement)",
     items={H[1]: "removed", H[2]: "rejected"})

case(name="ev-three-deployments", from_=EV, date=D(6, 13, 3),
     subject="Re: [KCSC-240904-03] Request for removal", reply_to_req=req_id("KCSC-240904-03"),
     body=f"""Hello,

We have reviewed the three URLs in KCSC-240904-03.

1. {E[1]} - deployment removed; the account is suspended.
2. {E[2]} - deployment removed (same account).
3. {E[3]} - the project had already been deleted by its owner before
   our review, so nothing is served at this address.

EdgeVeil Trust & Safety
""", outcome="applied",
     imitates="CDN / edge-hosting trust & safety reply, numbered list per URL",
     why="two deployments removed, one already deleted by its owner (not_found)",
     items={E[1]: "removed", E[2]: "removed", E[3]: "not_found"})

case(name="ev-geo-block-korea", from_=EV, date=D(10, 9, 12),
     subject="Re: [KCSC-240904-03] Request for removal", reply_to_req=req_id("KCSC-240904-03"),
     body=f"""Hello,

Following your notice, access to {E[3]} from IP addresses
in the Republic of Korea is now blocked. The site stays reachable in other
countries, where its operator says it is licensed.

Best,
EdgeVeil Trust & Safety
""", outcome="applied",
     imitates="CDN geo-blocking answer (content withheld in one country only)",
     why="blocked from Korea only = restricted",
     items={E[3]: "restricted"})

case(name="nk-both-domains-clienthold", from_=NK, date=D(9, 18, 26),
     subject="Abuse report KCSC-240905-04 - outcome",
     body="""Dear reporter,

Both domain names in your report have been suspended (EPP status
clientHold) and no longer resolve:

    bam-toto-9981.xyz
    goldspin-kr4.top

The registrants have been informed.

NameKiln Domain Compliance
""", outcome="applied",
     imitates="registrar abuse outcome: domains put on clientHold, listed as bare domain names",
     why="both requested domains suspended; named by bare domain (arguable, see NOTES)",
     items={N[1]: "removed", N[2]: "removed"})

case(name="nk-one-hold-one-refused", from_=NK, date=D(11, 10, 5),
     subject="Re: [KCSC-240905-04] Domain abuse complaint", reply_to_req=req_id("KCSC-240905-04"),
     body=f"""Dear KCSC,

{N[1]} - suspended (clientHold) under section 7 of our
registration agreement.

{N[2]} - no action. A registrar does not act on website
content without a court order or a finding of DNS abuse, and we found no
DNS abuse for this name. Please contact the hosting provider.

Regards,
NameKiln Domain Compliance
""", outcome="applied",
     imitates="registrar reply: one domain suspended, one refused (content issue, not DNS abuse)",
     why="one domain suspended (removed), one refused with its reason (rejected)",
     items={N[1]: "removed", N[2]: "rejected"})

case(name="dalbit-result-numbered", from_=DB, date=D(9, 11, 0),
     subject="[달빛포럼] 게시물 삭제 요청 처리 결과 안내 (KCSC-240906-05)",
     body=f"""안녕하세요. 달빛포럼 운영팀입니다.

요청하신 건(KCSC-240906-05)의 처리 결과를 알려드립니다.

1. {DK[1]} : 삭제 완료
2. {DK[2]} : 작성자가 이미 삭제한 게시물입니다.
3. {D3_RAW} : 블라인드 처리

문의 사항은 이 메일로 회신 부탁드립니다.
감사합니다.
""", outcome="applied",
     imitates="Korean community site 처리 결과 안내 (삭제 / 작성자 삭제 / 블라인드)",
     why="deleted, already deleted by author (not_found), blinded (removed); raw Korean path matches its encoded form",
     items={DK[1]: "removed", DK[2]: "not_found", DK[3]: "removed"})

case(name="dalbit-temporary-measure", from_=DB, date=D(10, 14, 37),
     subject="[달빛포럼] 임시조치 결과 통보", reply_to_req=req_id("KCSC-240906-05"),
     body=f"""안녕하세요, 달빛포럼 운영팀입니다.

정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
아래 게시물에 대하여 30일간 임시조치(접근 차단)를 하였습니다.

- {DK[4]} (댓글)
- {DK[5]}

임시조치 기간 중 게시자의 재게시 요청이 있을 경우 별도로 안내드리겠습니다.

달빛포럼 운영팀 드림
""", outcome="applied",
     imitates="Korean 임시조치 notice under 정보통신망법 제44조의2",
     why="30-day temporary measure on a comment and a post = restricted",
     items={DK[4]: "restricted", DK[5]: "restricted"})

case(name="dalbit-admin-one-liner", from_="op@dalbitforum.kr", name_from="운영자", date=D(7, 23, 48),
     subject="Re: [KCSC-240906-05] 게시물 삭제 요청", reply_to_req=req_id("KCSC-240906-05"),
     body=f"""{DK[4]} 댓글 지웠고요, {DK[5]}는 비공개 처리했습니다。
나머지는 확인하고 다시 연락드릴게요.
""", outcome="applied",
     imitates="forum operator answering in one Korean line (URLs followed by particles, full-width period)",
     why="comment deleted and post made private = removed; the rest only promised",
     items={DK[4]: "removed", DK[5]: "removed"})

case(name="mokpan-janitor-oneliner", from_="janitor@mokpan.net", name_from="mokpan janitor", date=D(10, 2, 14),
     subject="Re: [KCSC-240909-06] removal request", reply_to_req=req_id("KCSC-240909-06"),
     body=f"""deleted the thread and the image
{M[1]}
{M[2]}
poster banned 30d
""", outcome="applied",
     imitates="image board janitor's lower-case one-line reply",
     why="thread and image deleted (statement above the two URLs)",
     items={M[1]: "removed", M[2]: "removed"})

case(name="mokpan-thread-pruned", from_=MP, date=D(11, 19, 40),
     subject="Re: [KCSC-240909-06] removal request", reply_to_req=req_id("KCSC-240909-06"),
     body=f"""hi,
{M[3]} is not on the board anymore. threads get pruned
after page 10 and that one fell off before we read your mail, so there is
nothing left to delete.
""", outcome="applied",
     imitates="image board admin: thread already pruned, nothing to delete",
     why="thread no longer exists = not_found",
     items={M[3]: "not_found"})

case(name="paste-sole-item-removed", from_=PL, date=D(11, 8, 2),
     subject="Re: [KCSC-240910-07] Removal request", reply_to_req=req_id("KCSC-240910-07"),
     body="""Hello,

The paste you reported has been removed and the account that posted it is
closed.

-- pasteleaf admin
""", outcome="applied",
     imitates="one-person paste service answering without repeating the URL",
     why="one-item request, unhedged removal naming no URL: applies to its only item",
     items={P1: "removed"})

case(name="fc-top-posted-two-gone", from_="daniel@filecrate.io", name_from="Daniel Roos", date=D(4, 12, 19),
     subject="Re: [KCSC-240902-01] Removal request - 12 links", reply_to_req=req_id("KCSC-240902-01"),
     body=f"""Hi, the two below are gone now:
{F[5]} - removed
{F[6]} - removed

Still going through the others.

Daniel

On Mon, Sep 2, 2024 at 10:05 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", list(F.values()))}
""", outcome="applied",
     imitates="Gmail top-posted reply above the quoted request",
     why="two removals above the quote; the quoted request's twelve URLs say nothing",
     items={F[5]: "removed", F[6]: "removed"})

case(name="fc-outlook-text-table", from_="legal@filecrate.io", name_from="FileCrate Legal", date=D(6, 17, 51),
     subject="RE: [KCSC-240902-01] Removal request - 12 links",
     body=f"""Dear KCSC team,

Please see the status of the links below.

URL                                  | Status
-------------------------------------+-----------
{F[3]}      | Removed
{F[4]}      | Removed
{F[11]}      | Not found
{F[12]}      | Removed

Best regards,
Sofia Lind
Legal, FileCrate

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:05 AM
To: abuse@filecrate.io
Subject: [KCSC-240902-01] Removal request - 12 links

{quoted_request("KCSC-240902-01", list(F.values()), prefix="")}
""", outcome="applied",
     imitates="Outlook reply with a plain-text table above '-----Original Message-----'",
     why="text table: three removed, one not found; the unquoted original request below says nothing",
     items={F[3]: "removed", F[4]: "removed", F[11]: "not_found", F[12]: "removed"})

fc_ticket = f"""##- Please type your reply above this line -##

Your request (#88412) has been solved. To reopen it, reply to this email.

FileCrate Support (FileCrate)
Sep 8, 2024, 11:02 GMT+9

Hello,

Thank you for your report. Our team has disabled the two shared folders
you reported:

{F[7]}
{F[8]}

None of the files inside them can be downloaded any more.

This email is a service from FileCrate Support.
"""
case(name="fc-base64-ticket-solved", from_="support@filecrate.io", date=D(8, 11, 2),
     subject="[FileCrate] Re: [KCSC-240902-01] Removal request - 12 links",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(fc_ticket)}""", outcome="applied",
     imitates="Zendesk-style 'request solved' notification, base64 body",
     why="'request solved' plus an unhedged statement that both folders are disabled: not a mere acknowledgement",
     items={F[7]: "removed", F[8]: "removed"})

hh_qp = f"""Dear Sir or Madam,

Notice of action taken on your report KCSC-240903-02 (our ticket #55122): the website {H[4]} has been disabled and the hosting account closed for a breach of section 4 (illegal goods and documents) of our Acceptable Use Policy.

HarborHost Abuse Team
"""
case(name="hh-qp-site-disabled", from_=HH, date=D(6, 8, 44),
     subject="[HH-ABUSE #55122] Notice of action", reply_to_req=req_id("KCSC-240903-02"),
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(hh_qp)}""", outcome="applied",
     imitates="hosting 'notice of action' with a quoted-printable body whose long line wraps with soft breaks",
     why="site disabled and account closed = removed",
     items={H[4]: "removed"})

case(name="ev-statement-of-reasons", from_="dsa-notices@edgeveil.com", name_from="EdgeVeil", date=D(12, 15, 30),
     subject="Statement of reasons - KCSC-240904-03",
     body=f"""Statement of reasons, reference EV-SOR-2024-0912-0087

Content: {E[1]}
Decision: Disabling of access
Territorial scope: Republic of Korea (KR)
Ground: content illegal under the law of the Republic of Korea,
        notified by KCSC (KCSC-240904-03)
Automated decision: No

Content: {E[2]}
Decision: Removal of content
Territorial scope: Worldwide
Ground: breach of the EdgeVeil Terms of Service, section 4.2
Automated decision: No

Redress: you may contest this decision at https://edgeveil.com/appeals
""", outcome="applied",
     imitates="DSA Article 17 statement of reasons (decision, territorial scope, ground, redress)",
     why="access disabled in KR only = restricted; removal worldwide = removed; appeals page is no item",
     items={E[1]: "restricted", E[2]: "removed"})

case(name="mokpan-korean-fullwidth", from_=MP, name_from="목판 관리자", date=D(12, 21, 9),
     subject="Re: [KCSC-240909-06] 삭제 요청", reply_to_req=req_id("KCSC-240909-06"),
     body=f"""신고하신 것 처리했습니다.
{M[3]}：스레드 삭제
{M[2]}：이미지 삭제（서버 원본도 지웠습니다）
""", outcome="applied",
     imitates="Korean image board admin reply, URL followed by a full-width colon",
     why="thread and image deleted",
     items={M[3]: "removed", M[2]: "removed"})

case(name="dalbit-statement-then-url", from_=DB, date=D(12, 10, 15),
     subject="Re: [KCSC-240906-05] 게시물 삭제 요청", reply_to_req=req_id("KCSC-240906-05"),
     body=f"""안녕하세요. 달빛포럼 운영팀입니다.

아래 게시물은 게시중단 조치하였습니다.
{DK[2]}

아래 게시물은 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아
게시를 유지합니다.
{DK[1]}

감사합니다.
""", outcome="applied",
     imitates="Korean portal 게시중단 / 게시 유지 notice, each statement with its URL on the line below",
     why="게시중단 = removed; 위반 사항 없음, 게시 유지 = rejected",
     items={DK[2]: "removed", DK[1]: "rejected"})

case(name="fc-gmail-wrapped-url", from_="daniel@filecrate.io", name_from="Daniel Roos", date=D(10, 18, 3),
     subject="Re: [KCSC-240902-01] Removal request - 12 links", reply_to_req=req_id("KCSC-240902-01"),
     body=f"""Hi,

Sorry for the delay. Both archive parts are removed:
<{F[9]}>
<https://dl.filecrate.io/d/Nv5qS7hr/
archive_part2.rar>

{F[11]} was already deleted by the uploader last
week, so there was nothing for us to do there.

Daniel

On Mon, Sep 2, 2024 at 10:05 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", list(F.values()))}
""", outcome="applied",
     imitates="Gmail reply with an angle-bracket URL wrapped over two lines",
     why="both archive parts removed (second URL wrapped inside <>); one file already deleted by its uploader = not_found",
     items={F[9]: "removed", F[10]: "removed", F[11]: "not_found"})

hh_csv = "\n".join([
    "ticket,reported_url,result,closed_at",
    f"55120,{H[1]},content removed,2024-09-05",
    f"55120,{H[2]},content removed,2024-09-05",
    f"55121,{H[3]},server suspended,2024-09-07",
    f"55122,{H[4]},\"no violation found, left online\",2024-09-06",
]) + "\n"
case(name="hh-csv-export", from_=HH, date=D(13, 16, 48),
     subject="KCSC-240903-02 - summary of actions", reply_to_req=req_id("KCSC-240903-02"),
     raw_mime=f"""Content-Type: multipart/mixed; boundary="hh-mix-9"

--hh-mix-9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

As asked, attached is the export from our abuse system for all addresses
in your report.

Jonas
HarborHost Abuse Team

--hh-mix-9
Content-Type: text/csv; name="abuse_export_KCSC-240903-02.csv"
Content-Disposition: attachment; filename="abuse_export_KCSC-240903-02.csv"
Content-Transfer-Encoding: base64

{b64(hh_csv)}
--hh-mix-9--
""", outcome="applied",
     imitates="abuse-system CSV export attached to a short note (base64 attachment)",
     why="two pages removed, server suspended (removed), one site found lawful and left online (rejected)",
     items={H[1]: "removed", H[2]: "removed", H[3]: "removed", H[4]: "rejected"})

# ================================================================ REVIEW

case(name="fc-will-remove-after-check", from_=FC, date=D(3, 9, 55),
     subject="Re: [KCSC-240902-01] Removal request - 12 links", reply_to_req=req_id("KCSC-240902-01"),
     body=f"""Hello,

We have your notice. The files at <{F[1]}> and
<{F[2]}> will be removed once our team has checked them,
normally within 24 hours.

FileCrate Trust & Safety
""", outcome="review", review="not_understood",
     imitates="file host promising removal after a check",
     why="only a promise ('will be removed once checked'): items stay pending",
     items={F[1]: "pending", F[2]: "pending"})

case(name="hh-forwarded-to-customer", from_=HH, date=D(4, 10, 2),
     subject="[HH-ABUSE #55120] KCSC-240903-02", reply_to_req=req_id("KCSC-240903-02"),
     body=f"""Hello,

We have forwarded your complaint to the customer responsible for
moonlit-pharm.harbor.page and asked them to remove
{H[1]} and
{H[2]} within 48 hours.

If they do not comply, we will suspend the site and let you know.

HarborHost Abuse Team
""", outcome="review", review="not_understood",
     imitates="hosting provider 'complaint forwarded to our customer, 48 hours to comply' reply",
     why="names two items but only says the customer was asked and the host may suspend later",
     items={H[1]: "pending", H[2]: "pending"})

case(name="ev-appears-offline", from_=EV, date=D(5, 16, 27),
     subject="Re: [KCSC-240904-03] Request for removal", reply_to_req=req_id("KCSC-240904-03"),
     body=f"""Hi,

{E[1]} appears to have been taken offline by its owner.
We are checking whether the deployment still exists and will confirm.

EdgeVeil Trust & Safety
""", outcome="review", review="not_understood",
     imitates="edge host's first reply with a hedge ('appears to') and a promise to confirm",
     why="hedged, not a statement",
     items={E[1]: "pending"})

case(name="fc-bulk-all-removed", from_=FC, date=D(13, 9, 20),
     subject="Re: [KCSC-240902-01] Removal request - 12 links", reply_to_req=req_id("KCSC-240902-01"),
     body="""Dear KCSC,

All files listed in your notice KCSC-240902-01 have been removed from
FileCrate.

Kind regards,
FileCrate Trust & Safety
""", outcome="review", review="bulk",
     imitates="blanket 'all reported files removed' reply to a multi-item notice",
     why="statement about all twelve items without naming any: bulk",
     items={})

case(name="dalbit-auth-fail", from_=DB, auth="fail", date=D(9, 13, 12),
     subject="Re: [KCSC-240906-05] 게시물 삭제 요청", reply_to_req=req_id("KCSC-240906-05"),
     body=f"""안녕하세요. 달빛포럼입니다.

요청하신 게시물 {DK[1]} 삭제했습니다.
""", outcome="review", review="untrusted",
     imitates="Korean forum deletion reply whose DKIM/SPF/DMARC fail",
     why="platform domain but authentication fails",
     items={DK[1]: "pending"})

case(name="dalbit-admin-personal-gmail", from_="dalbit.oper@gmail.com", name_from="달빛포럼 관리자", date=D(8, 22, 31),
     subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
     body=f"""안녕하세요, 달빛포럼 관리자입니다.
포럼 메일 서버가 말썽이라 개인 메일로 답장드립니다.

{DK[1]} 글은 삭제했습니다.
""", outcome="review", review="unknown_sender",
     imitates="forum admin answering from a personal webmail address",
     why="statement from a domain that is no platform's",
     items={DK[1]: "pending"})

case(name="ev-cdn-about-hosted-site", from_=EV, date=D(8, 14, 6),
     subject="Re: [KCSC-240903-02] Removal request (cc EdgeVeil)",
     body=f"""Hello,

The hostname moonlit-pharm.harbor.page uses the EdgeVeil CDN. We have
blocked {H[1]} on our network; the origin server is
hosted by HarborHost, who remain responsible for the content itself.

EdgeVeil Trust & Safety
""", outcome="review", review="wrong_platform",
     imitates="CDN reply about a customer site hosted elsewhere (Cloudflare-style 'we are not the host')",
     why="EdgeVeil states a status for an item of the HarborHost request",
     items={H[1]: "pending"})

case(name="hh-needs-legal-basis", from_=HH, date=D(6, 10, 50),
     subject="[HH-ABUSE #55122] Additional information required", reply_to_req=req_id("KCSC-240903-02"),
     body=f"""Dear Sir or Madam,

Before we can act on {H[4]} we need the legal basis for
your request: please send the provision of Korean law the content breaks,
and an English translation of your decision.

Once we receive this we will review the site again.

HarborHost Abuse Team
""", outcome="review", review="asks_more", classification="request_for_info",
     imitates="hosting provider asking for the legal basis and a translation before acting",
     why="asks for more information; the item stays pending",
     items={H[4]: "pending"})

case(name="fc-prose-contradicts-table", from_=FC, date=D(11, 12, 0),
     subject="Re: [KCSC-240902-01] Removal request - 12 links", reply_to_req=req_id("KCSC-240902-01"),
     body=f"""Hi,

We kept {F[3]} online: it is a different file from the one
in your screenshot and does not break our rules.

Summary of this ticket:

Link                                  | Action
{F[3]}      | Removed

FileCrate Trust & Safety
""", outcome="review", review="conflicting_statements",
     imitates="ticket reply whose agent prose and auto-generated summary table disagree",
     why="the same item is called kept online and removed in one email",
     items={F[3]: "pending"})

case(name="dalbit-done-no-reference", from_=DB, date=D(13, 17, 2),
     subject="문의 답변",
     body="""안녕하세요.
말씀하신 건은 처리해 두었습니다.
좋은 하루 되세요.

달빛포럼 운영팀
""", outcome="review", review="no_claims",
     imitates="forum helpdesk reply with no reference, no thread and no link",
     why="trusted platform mail naming no item and no request",
     items={})

case(name="mokpan-nuked-all", from_="janitor@mokpan.net", name_from="mokpan janitor", date=D(10, 1, 3),
     subject="Re: [KCSC-240909-06] removal request", reply_to_req=req_id("KCSC-240909-06"),
     body="""nuked all 3 links from your mail
""", outcome="review", review="bulk",
     imitates="image board janitor's one-line blanket answer",
     why="all three items of the request at once, none named: bulk",
     items={})

case(name="paste-probably-gone", from_=PL, date=D(12, 7, 44),
     subject="Re: [KCSC-240910-07] Removal request", reply_to_req=req_id("KCSC-240910-07"),
     body=f"""hey,

I think {P1} was already eaten by our spam filter,
so it's probably gone. Can't check right now, I'm travelling until Friday.

-- pasteleaf admin
""", outcome="review", review="not_understood",
     imitates="one-person service answering from the road with a hedge",
     why="'I think… probably gone' is a hedge, not a statement",
     items={P1: "pending"})

# ================================================================ IGNORED

case(name="fc-ticket-receipt", from_="support@filecrate.io", date=D(2, 10, 6),
     subject="[FileCrate] Received: [KCSC-240902-01] Removal request - 12 links",
     body="""##- Please type your reply above this line -##

Your request (#88412) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

FileCrate Support
""", outcome="ignored", classification="acknowledgement",
     imitates="help-desk ticket receipt ('your request has been received')",
     why="pure acknowledgement",
     items={})

case(name="hh-out-of-office", from_="j.weber@harborhost.net", name_from="Jonas Weber", date=D(3, 11, 21),
     subject="Automatic reply: [KCSC-240903-02] Removal request",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until 16 September with limited access to email.

For abuse matters please write to abuse@harborhost.net; the team on duty
will handle your message.

Jonas
""", outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply from an abuse-desk employee",
     why="out-of-office auto-reply",
     items={})

nk_dsn_orig = quoted_request("KCSC-240905-04", list(N.values()), prefix="")
case(name="nk-dsn-user-unknown", from_="MAILER-DAEMON@mx1.namekiln.com", name_from="Mail Delivery System",
     date=D(5, 14, 1), subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="nk-dsn"

--nk-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.namekiln.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@namekiln.com>: unknown user: "legal"

--nk-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.namekiln.com
Arrival-Date: {D(5, 14, 0)}

Final-Recipient: rfc822; legal@namekiln.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@namekiln.com>: Recipient address rejected

--nk-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@namekiln.com
Subject: [KCSC-240905-04] Domain abuse complaint
Date: {D(5, 14, 0)}
Message-ID: <req.KCSC-240905-04@kcsc.example>

{nk_dsn_orig}

--nk-dsn--
""", outcome="ignored", classification="bounce",
     imitates="Postfix DSN (5.1.1 unknown user) returning our request",
     why="bounce; the returned request's URLs say nothing",
     items={})

case(name="dalbit-read-receipt", from_=DB, date=D(6, 10, 52),
     subject="읽음 확인: [KCSC-240906-05] 게시물 삭제 요청",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="db-mdn"

--db-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240906-05] 게시물 삭제 요청"을 수신자가 2024-09-06 10:52에 읽었습니다.

--db-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.dalbitforum.kr; Webmail
Final-Recipient: rfc822; admin@dalbitforum.kr
Original-Message-ID: <req.KCSC-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--db-mdn--
""", outcome="ignored", classification="read_receipt",
     imitates="Korean webmail read receipt (MDN, displayed)",
     why="read receipt",
     items={})

case(name="ev-autoreply-use-form", from_="abuse@edgeveil.com", name_from="EdgeVeil Abuse", date=D(4, 9, 41),
     subject="Re: [KCSC-240904-03] Request for removal",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""This is an automated response.

EdgeVeil does not process abuse reports sent by email. To make sure your
report reaches the right team, please submit it with the form at
https://edgeveil.com/abuse/report . This mailbox is not monitored.

EdgeVeil Trust & Safety
""", outcome="ignored", classification="auto_reply",
     imitates="CDN auto-response pointing to its abuse web form (Cloudflare-style)",
     why="automated reply; the form link is the platform's own page, no item",
     items={})

case(name="mokpan-korean-away", from_=MP, name_from="목판 관리자", date=D(9, 15, 11),
     subject="[자동응답] Re: [KCSC-240909-06] 삭제 요청",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""[자동응답]
9월 9일부터 9월 13일까지 휴가 중이라 메일 확인이 늦어집니다.
급한 신고는 게시판 신고 버튼을 이용해 주세요.
""", outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 자동응답",
     why="out-of-office auto-reply",
     items={})

case(name="dalbit-report-received", from_="noreply@dalbitforum.kr", name_from="달빛포럼", date=D(6, 10, 33),
     subject="[달빛포럼] 신고가 접수되었습니다 (접수번호 DB-20240906-0042)",
     body=f"""안녕하세요. 달빛포럼입니다.

보내주신 신고가 정상적으로 접수되었습니다.

접수번호: DB-20240906-0042
관련 요청: KCSC-240906-05
신고 대상:
 - {DK[1]}
 - {DK[2]}
 - {D3_RAW}
 - {DK[4]}
 - {DK[5]}

접수된 신고는 영업일 기준 3일 이내에 검토 후 처리 결과를 안내해 드립니다.
본 메일은 발신 전용입니다.
""", outcome="ignored", classification="acknowledgement",
     imitates="Korean 신고 접수 완료 receipt echoing the reported links",
     why="pure acknowledgement; the echoed URLs carry no status and processing is only promised",
     items={})


HEADER = """# Blind set 463 (hosts, CDNs, registrars, forums, image boards, file hosts,
# a paste service; CSV attachments and plain-text tables). Written by
# tests/corpus/blind463/make.py from each email's meaning, before any run of
# the reader. Each case is judged alone on a fresh ledger holding requests.csv.
"""


def enc(text):
    """RFC 2047 encoding for non-ASCII display names and subjects, as mailers do."""
    if text.isascii():
        return text
    return email.header.Header(text, "utf-8").encode()


def main():
    write_requests()
    for dom, name in list(corpuslib.DOMAIN_NAMES.items()):
        corpuslib.DOMAIN_NAMES[dom] = enc(name)
    for c in cases:
        c["from"] = c.pop("from_")
        c["subject"] = enc(c["subject"])
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"])
    corpuslib.write_set(HERE, "blind463", HEADER, cases)


if __name__ == "__main__":
    main()
