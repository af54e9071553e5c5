#!/usr/bin/env python3
"""Blind set 115: hosting providers, a CDN, a registrar, a forum, an image
board and a file host answering (often informally), plus spreadsheets and
plain-text tables.

    python3 tests/corpus/blind115/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before any
run of the reader. All names, ids, domains and URLs are fictional.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
M4_RAW = "https://modugall.co.kr/갤러리/주식정보/50117"
M4 = "https://modugall.co.kr" + quote("/갤러리/주식정보/50117")

S = {
    1: "https://stashbox.io/f/Qm7rTz2a",
    2: "https://stashbox.io/f/Hk3vWp9c",
    3: "https://stashbox.io/f/Lx8nBd4e",
    4: "https://stashbox.io/f/Rt2mYs6k",
    5: "https://stashbox.io/f/Zp5qJc1w",
    6: "https://stashbox.io/f/Vn9gEa7u",
    7: "https://stashbox.io/f/Bw4hKt3x",
    8: "https://stashbox.io/f/Cy6dMf8r",
    9: "https://stashbox.io/folder/Gq1sNe5v",
    10: "https://stashbox.io/f/Jd7kPu2z",
    11: "https://dl.stashbox.io/f/Ub3wXo9m/archive_part1.zip",
    12: "https://dl.stashbox.io/f/Ub3wXo9m/archive_part2.zip",
}
N = {
    1: "https://bada-casino.net/promo/777",
    2: "https://bada-casino.net/join?ref=kr01",
    3: "http://seoul-escort24.com/gallery/list.php?page=2",
    4: "https://fake-hometax.org/login.html",
}
M = {
    1: "https://gall.modugall.co.kr/board/view/?id=stock&no=48213",
    2: "https://gall.modugall.co.kr/board/view/?id=stock&no=48290",
    3: "https://gall.modugall.co.kr/mgallery/board/view/?id=coin_kr&no=10552",
    4: M4,
    5: "https://gall.modugall.co.kr/board/view/?id=hit&no=2031",
}
K = {
    1: "https://kitsunechan.org/kr/res/20931.html",
    2: "https://kitsunechan.org/kr/res/20947.html",
    3: "https://i.kitsunechan.org/kr/src/1726541230411.jpg",
}
H = {1: "http://muktitoto.kr/", 2: "https://daebak-slot.co.kr/"}
E = {
    1: "https://ohmy-webtoon.net/view/1183",
    2: "https://ohmy-webtoon.net/view/1184",
    3: "https://ohmy-webtoon.net/series/yeoreum/ep45",
}
P1 = "https://cheongdam-pharm.shop/product/ed-pill-30"

R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240917-01", "KCSC-240917-02", "KCSC-240918-03", "KCSC-240919-04",
    "KCSC-240920-05", "KCSC-240923-06", "KCSC-240924-07",
)
REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    (R1, "stashbox", "2024-09-17", "2024-09-24", list(S.values()), "copyright", "largest request"),
    (R2, "nimbus", "2024-09-17", "2024-09-24", list(N.values()), "illegal_ads", "hosted customer sites"),
    (R3, "modugall", "2024-09-18", "2024-09-25", list(M.values()), "defamation", "forum posts"),
    (R4, "kitsune", "2024-09-19", "2024-09-26", list(K.values()), "obscenity", "image board"),
    (R5, "hanbit", "2024-09-20", "2024-09-27", list(H.values()), "gambling", "registrar"),
    (R6, "edgeveil", "2024-09-23", "2024-09-30", list(E.values()), "copyright", "CDN-fronted site"),
    (R7, "nimbus", "2024-09-24", "2024-10-01", [P1], "drugs", "one item"),
]


def mid(ref):
    return ref.lower() + ".req"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def request_lines(ref, urls):
    """Our own request text, as platforms quote it back."""
    out = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission has found the content at",
        "the addresses below to be illegal information under Korean law. We ask",
        "you to remove it or to block access to it from Korea.",
        "",
    ]
    out += urls
    out += ["", f"Reference: {ref}", "", "KCSC Takedown Team"]
    return out


def quoted(ref, urls):
    return "\n".join("> " + l if l else ">" for l in request_lines(ref, urls))


def mixed(text, attachments, boundary, text_cte="8bit", text_charset="utf-8"):
    parts = [f"Content-Type: multipart/mixed; boundary=\"{boundary}\"", "", "This is a multi-part message in MIME format.", ""]
    parts += [f"--{boundary}", f"Content-Type: text/plain; charset={text_charset}",
              f"Content-Transfer-Encoding: {text_cte}", "", text.strip("\n"), ""]
    for fname, ctype, data in attachments:
        b64 = base64.encodebytes(data.encode("utf-8")).decode("ascii").strip("\n")
        parts += [f"--{boundary}", f"Content-Type: {ctype}; name=\"{fname}\"",
                  f"Content-Disposition: attachment; filename=\"{fname}\"",
                  "Content-Transfer-Encoding: base64", "", b64, ""]
    parts.append(f"--{boundary}--")
    return "\n".join(parts)


def b64_text(text, ctype="text/plain"):
    b64 = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii").strip("\n")
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{b64}"


def qp_text(text):
    qp = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp}"


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="stash-text-table-all-twelve",
    frm="dmca@stashbox.io", name_from="StashBox Trust & Safety",
    date="Thu, 19 Sep 2024 06:20:11 +0000",
    subject=f"Re: [{R1}] Removal request - 12 files", reply=R1,
    body=f"""Hello,

We have processed your notice {R1} (our reference SBX-DMCA-2409-4471).
Result for each link:

 #  Link                                                  Result
 1  {S[1]}                        deleted
 2  {S[2]}                        deleted
 3  {S[3]}                        no such file
 4  {S[4]}                        deleted
 5  {S[5]}                        deleted
 6  {S[6]}                        already removed by uploader
 7  {S[7]}                        deleted
 8  {S[8]}                        deleted
 9  {S[9]}                   folder deleted (14 files)
10  {S[10]}                        deleted
11  {S[11]}   deleted
12  {S[12]}   deleted

Fingerprints of the deleted files were added to our re-upload filter. Two
uploader accounts were closed under our repeat-infringer policy
(https://stashbox.io/legal/repeat-infringers).

-- 
StashBox Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="file host DMCA desk reply with a per-link plain-text result table",
    why="aligned table, one result per requested link: deleted, no such file, removed by uploader",
    items={S[1]: "removed", S[2]: "removed", S[3]: "not_found", S[4]: "removed", S[5]: "removed",
           S[6]: "not_found", S[7]: "removed", S[8]: "removed", S[9]: "removed", S[10]: "removed",
           S[11]: "removed", S[12]: "removed"},
)

CSV1 = f"""file_url,action,actioned_at_utc,comment
{S[1]},removed,2024-09-19 04:11,
{S[2]},removed,2024-09-19 04:11,
{S[3]},not_found,,invalid file id
{S[4]},removed,2024-09-19 04:12,
{S[5]},removed,2024-09-19 04:12,
{S[6]},not_found,,deleted by its owner before our review
{S[7]},removed,2024-09-19 04:13,
{S[8]},no_action,,uploader is the rights holder (licence on file)
{S[9]},removed,2024-09-19 04:15,folder and 14 files
{S[10]},removed,2024-09-19 04:15,
{S[11]},removed,2024-09-19 04:16,
{S[12]},removed,2024-09-19 04:16,
"""
case(
    name="stash-csv-attachment-outcome",
    frm="abuse@stashbox.io", name_from="StashBox Abuse",
    date="Thu, 19 Sep 2024 07:02:45 +0000",
    subject=f"Outcome of your request {R1}", reply=R1,
    raw_mime=mixed(f"""Hi KCSC team,

The outcome of your request {R1} is in the attached CSV, one row per
link you sent us.

Regards,
Ines
StashBox Abuse
""", [("kcsc-240917-01_outcome.csv", "text/csv", CSV1)], "sbx-7f3a9c21"),
    outcome="applied", classification="confirmation",
    imitates="abuse-desk export of a ticket as a CSV attachment",
    why="CSV rows: removed, not_found (invalid id / owner deleted), no_action with a reason = rejected",
    items={S[1]: "removed", S[2]: "removed", S[3]: "not_found", S[4]: "removed", S[5]: "removed",
           S[6]: "not_found", S[7]: "removed", S[8]: "rejected", S[9]: "removed", S[10]: "removed",
           S[11]: "removed", S[12]: "removed"},
)

case(
    name="stash-informal-two-lines",
    frm="ines.k@stashbox.io", name_from="Ines Kowalczyk",
    date="Wed, 18 Sep 2024 13:41:09 +0000",
    subject=f"Re: [{R1}] Removal request - 12 files", reply=R1,
    body=f"""hi,

{S[1]} - deleted
{S[2]} - deleted

still looking at the other ten, will get back to you.

ines
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk employee answering in two lines",
    why="two links each with 'deleted'; 'the other ten' are not named and stay pending",
    items={S[1]: "removed", S[2]: "removed"},
)

case(
    name="stash-url-then-status-line",
    frm="dmca@stashbox.io", name_from="StashBox Trust & Safety",
    date="Fri, 20 Sep 2024 02:15:00 +0000",
    subject=f"[SBX-DMCA-2409-4471] Update on {R1}", reply=R1,
    body=f"""Hello,

Update on your request {R1}:

{S[4]}
Status: Removed - violates our Terms of Service (illegal content)

{S[5]}
Status: Removed - violates our Terms of Service (illegal content)

{S[6]}
Status: File not found

The remaining links of this request are still being processed.

StashBox Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system update listing each URL with a Status line below it",
    why="status on the line under each URL; the remaining links are not named",
    items={S[4]: "removed", S[5]: "removed", S[6]: "not_found"},
)

case(
    name="stash-gmail-top-post-over-quote",
    frm="ines.k@stashbox.io", name_from="Ines Kowalczyk",
    date="Wed, 18 Sep 2024 09:03:52 +0000",
    subject=f"Re: [{R1}] Removal request - 12 files", reply=R1,
    body=f"""Both archive links are dead now, we pulled them this morning together
with the uploader's account:

{S[11]}
{S[12]}

Ines

On Tue, 17 Sep 2024 at 17:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R1, list(S.values()))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request",
    why="two archives pulled; the quoted request lists all twelve but is our own text",
    items={S[11]: "removed", S[12]: "removed", S[1]: "pending", S[9]: "pending"},
)

case(
    name="stash-html-table-partial",
    frm="dmca@stashbox.io", name_from="StashBox Trust & Safety",
    date="Sat, 21 Sep 2024 10:30:00 +0000",
    subject=f"Decision on {R1} (part 2)", reply=R1, type="html",
    body=f"""<html><body>
<p>Dear KCSC,</p>
<p>Here is our decision on three more links of request {R1}:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Decision</th><th>Note</th></tr>
<tr><td><a href="{S[7]}">{S[7]}</a></td><td>Removed</td><td>Terms of Service 4.2</td></tr>
<tr><td><a href="{S[8]}">{S[8]}</a></td><td>Not removed</td><td>The uploader holds a licence for this trailer. No violation found.</td></tr>
<tr><td><a href="{S[10]}">{S[10]}</a></td><td>Removed</td><td>Terms of Service 4.2</td></tr>
</table>
<p>Uploaders may appeal at <a href="https://stashbox.io/help/appeals">https://stashbox.io/help/appeals</a>.</p>
<p>StashBox Trust &amp; Safety</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="HTML decision table from a file host's trust-and-safety tool",
    why="HTML table: two removed, one not removed with a reason (licence) = rejected; appeals link is not an item",
    items={S[7]: "removed", S[8]: "rejected", S[10]: "removed"},
)

case(
    name="stash-folder-declined",
    frm="legal@stashbox.io", name_from="StashBox Legal",
    date="Mon, 23 Sep 2024 08:12:40 +0000",
    subject=f"Re: [{R1}] Removal request - 12 files", reply=R1,
    body=f"""Dear KCSC,

Regarding {S[9]} from your notice {R1}:
we have looked at all 14 files in this folder. They are the uploader's own
lecture recordings. Nothing in them breaks our Terms of Service or the law,
so we are declining to remove the folder.

If you have further information about this folder, you may reply to this
email.

StashBox Legal
""",
    outcome="applied", classification="confirmation",
    imitates="file host legal team refusing one link with its reason",
    why="explicit refusal with reason (own recordings, no violation) = rejected",
    items={S[9]: "rejected"},
)

case(
    name="nimbus-ticket-resolved-list",
    frm="abuse@nimbushost.net", name_from="Nimbus Hosting Abuse Team",
    date="Thu, 19 Sep 2024 11:48:02 +0000",
    subject=f"[Nimbus Abuse #88213] Resolved - [{R2}] Request for removal of illegal content", reply=R2,
    body=f"""Hello,

Your report ({R2}) has been handled. Actions taken:

- {N[1]} - removed by our customer after our notice
- {N[2]} - removed by our customer after our notice
- {N[3]} - hosting account suspended by Nimbus, the site is offline
- {N[4]} - phishing kit deleted from the server, account terminated

This ticket is now closed. Our Acceptable Use Policy:
https://www.nimbushost.net/legal/aup

Nimbus Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse ticket closed with a per-URL action list",
    why="each URL with a completed action: removed, account suspended/site offline, deleted",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed"},
)

case(
    name="nimbus-done-one-item",
    frm="marek@nimbushost.net", name_from="Marek Duda",
    date="Wed, 25 Sep 2024 07:31:15 +0000",
    subject=f"Re: [{R7}] Request for removal of illegal content", reply=R7,
    body="""Done, the customer took the product page down.

Marek
Nimbus Hosting | abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="one-line abuse-desk reply in the request's thread",
    why="reply to a one-item request, unhedged 'took the product page down'",
    items={P1: "removed"},
)

case(
    name="nimbus-customer-geo-blocked-kr",
    frm="abuse@nimbushost.net", name_from="Nimbus Hosting Abuse Team",
    date="Fri, 20 Sep 2024 03:05:27 +0000",
    subject=f"[Nimbus Abuse #88213] {R2}", reply=R2,
    body=f"""Hi,

Following your report {R2}, our customer has chosen to block visitors
from South Korea instead of deleting the pages. We checked from our Seoul
probe; both now answer HTTP 451 to Korean addresses:

{N[1]}
{N[2]}

The pages still load from other countries. Let us know if the Korean block
does not meet your requirements.

Nimbus Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider reporting a customer's country block",
    why="blocked for Korean visitors, still up elsewhere = restricted",
    items={N[1]: "restricted", N[2]: "restricted"},
)

case(
    name="modugall-kr-numbered-result",
    frm="cs@modugall.co.kr", name_from="모두갤러리 고객센터",
    date="Fri, 20 Sep 2024 14:22:10 +0900",
    subject=f"RE: [{R3}] 불법정보 시정요구 조치결과 회신", reply=R3,
    body=f"""안녕하세요. 모두갤러리 운영팀입니다.

귀 위원회에서 요청하신 게시물({R3})에 대한 조치 결과를 아래와 같이 알려드립니다.

1. {M[1]} : 운영자 삭제
2. {M[2]} : 삭제 완료
3. {M[3]} : 게시물 없음(작성자 본인 삭제)
4. {M4_RAW} : 블라인드 처리
5. {M[5]} : 삭제 완료

감사합니다.
모두갤러리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 시정요구 조치결과 reply with a numbered list",
    why="운영자 삭제/삭제 완료/블라인드 = removed; 게시물 없음(작성자 삭제) = not_found; raw Korean path matches its encoded form",
    items={M[1]: "removed", M[2]: "removed", M[3]: "not_found", M[4]: "removed", M[5]: "removed"},
)

case(
    name="modugall-kr-particles-tempblock",
    frm="admin@modugall.co.kr", name_from="모두갤러리 관리자",
    date="Thu, 19 Sep 2024 18:40:00 +0900",
    subject=f"Re: [{R3}] 게시물 조치 요청", reply=R3,
    body=f"""말씀하신 글 중 {M[2]}은 명예훼손 신고가 함께 접수되어 임시조치(30일)했습니다.
{M[5]} 글은 작성자가 이미 지운 상태입니다.

나머지는 확인하고 다시 연락드리겠습니다.
관리자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's informal Korean reply with particles attached to URLs",
    why="임시조치 = restricted; already deleted by its author = not_found; the rest are not named",
    items={M[2]: "restricted", M[5]: "not_found"},
)

case(
    name="modugall-kr-text-table",
    frm="cs@modugall.co.kr", name_from="모두갤러리 고객센터",
    date="Mon, 23 Sep 2024 10:05:33 +0900",
    subject=f"[조치결과 통보] {R3}", reply=R3,
    body=f"""[조치결과 통보] {R3}

순번 | URL | 조치내용 | 조치일자
---- | --- | -------- | --------
1 | {M[1]} | 삭제 | 2024-09-20
2 | {M[2]} | 삭제 | 2024-09-20
3 | {M[3]} | 해당 게시물 없음 | -
4 | {M[4]} | 국내 접속 제한 | 2024-09-20
5 | {M[5]} | 삭제 | 2024-09-21

문의: 모두갤러리 고객센터 cs@modugall.co.kr
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 조치결과 통보 as a plain-text pipe table",
    why="table rows: 삭제 = removed, 해당 게시물 없음 = not_found, 국내 접속 제한 = restricted",
    items={M[1]: "removed", M[2]: "removed", M[3]: "not_found", M[4]: "restricted", M[5]: "removed"},
)

case(
    name="modugall-one-line-gallery-manager",
    frm="jhkim@modugall.co.kr", name_from="김지훈",
    date="Wed, 18 Sep 2024 22:17:48 +0900",
    subject=f"Re: [{R3}] 게시물 조치 요청", reply=R3,
    body=f"""{M[3]} 지웠습니다. -모두갤 코인갤 매니저
""",
    outcome="applied", classification="confirmation",
    imitates="gallery manager's one-line Korean reply",
    why="'지웠습니다' (deleted it) about one named post",
    items={M[3]: "removed"},
)

case(
    name="kitsune-janitor-lists",
    frm="janitor@kitsunechan.org", name_from="kitsune mod team",
    date="Fri, 20 Sep 2024 01:12:09 +0000",
    subject=f"Re: [{R4}] Removal request", reply=R4,
    body=f"""deleted:
{K[1]}
{K[2]}

file purged from storage and hash banned:
{K[3]}

poster range-banned for 30 days. anything else, mail this address.
- mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image board janitor reply, headings over bare URLs",
    why="'deleted:' heading over two threads, 'file purged' over the image",
    items={K[1]: "removed", K[2]: "removed", K[3]: "removed"},
)

case(
    name="kitsune-one-kept-one-gone",
    frm="admin@kitsunechan.org", name_from="Kitsune admin",
    date="Sat, 21 Sep 2024 16:55:00 +0000",
    subject=f"Re: [{R4}] Removal request", reply=R4,
    body=f"""{K[1]} was deleted last night.

{K[2]} is a thread about the news article on the betting crackdown.
There is nothing illegal in it and it stays up.

-- Kitsune admin
""",
    outcome="applied", classification="confirmation",
    imitates="small-site admin answering per thread",
    why="one deleted; the other kept because it breaks no rule = rejected",
    items={K[1]: "removed", K[2]: "rejected"},
)

case(
    name="hanbit-clienthold-bare-domains",
    frm="abuse@hanbitdomains.kr", name_from="Hanbit Domains Abuse",
    date="Mon, 23 Sep 2024 02:40:18 +0000",
    subject=f"Re: [{R5}] Domain abuse report", reply=R5,
    body=f"""Dear KCSC,

Re: {R5}

The following domain names have been placed on clientHold and no longer
resolve:

  muktitoto.kr
  daebak-slot.co.kr

The registrant has been notified under our registration agreement.

Hanbit Domains - Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk: domains placed on clientHold",
    why="registrar suspended both domains (no longer resolve) = removed; named by bare domain, as registrars do",
    items={H[1]: "removed", H[2]: "removed"},
)

case(
    name="hanbit-one-held-one-declined",
    frm="abuse@hanbitdomains.kr", name_from="Hanbit Domains Abuse",
    date="Tue, 24 Sep 2024 05:10:44 +0000",
    subject=f"Re: [{R5}] Domain abuse report", reply=R5,
    body=f"""Hello,

{H[1]} - suspended at registry level (serverHold) on 23 September.

{H[2]} - we are only the registrar of this domain and found no breach of
our registration terms; the domain stays active. Complaints about the
content should go to the hosting provider.

Hanbit Domains - Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="registrar reply: one domain suspended, one declined",
    why="serverHold = removed; 'no breach, stays active' = rejected",
    items={H[1]: "removed", H[2]: "rejected"},
)

case(
    name="edgeveil-blocked-from-korea",
    frm="trust-safety@edgeveil.com", name_from="EdgeVeil Trust & Safety",
    date="Wed, 25 Sep 2024 09:00:02 +0000",
    subject=f"EdgeVeil report EV-2409-55102 ({R6})", reply=R6,
    body=f"""Report ID: EV-2409-55102
Your reference: {R6}

Action taken: access from the Republic of Korea has been blocked at our
edge for the following URLs:

 * {E[1]}
 * {E[2]}

The content itself remains with the site's origin hosting provider, which
we have notified.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety notice of a country-level block",
    why="blocked from Korea at the CDN edge, still hosted = restricted",
    items={E[1]: "restricted", E[2]: "restricted"},
)

case(
    name="edgeveil-html-not-found-and-forwarded",
    frm="trust-safety@edgeveil.com", name_from="EdgeVeil Trust & Safety",
    date="Thu, 26 Sep 2024 04:20:55 +0000",
    subject=f"EdgeVeil report EV-2409-55102 ({R6})", reply=R6, type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>For <a href="{E[3]}">{E[3]}</a>: the origin server answers 404 and the
customer confirms that this episode page does not exist, so there is nothing
for us to act on.</p>
<p>For <a href="{E[1]}">{E[1]}</a>: EdgeVeil does not host content. We have
passed your report to the hosting provider (origin 203.0.113.45) and to the
site owner.</p>
<p>More about how we handle reports: <a href="https://www.edgeveil.com/trust/abuse-approach">https://www.edgeveil.com/trust/abuse-approach</a></p>
<p>EdgeVeil Trust &amp; Safety</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply (HTML): one URL does not exist, one passed on to the host",
    why="page does not exist = not_found; 'passed to the host' says nothing of the other URL's status",
    items={E[3]: "not_found", E[1]: "pending"},
)

case(
    name="nimbus-outlook-over-original",
    frm="d.novak@nimbushost.net", name_from="Daniel Novak",
    date="Fri, 20 Sep 2024 12:44:31 +0000",
    subject=f"RE: [{R2}] Request for removal of illegal content", reply=R2,
    body=f"""Hello,

{N[4]} - removed, the customer account has been closed.

{N[3]} - we reviewed the page. It advertises a licensed venue abroad and
breaks neither our AUP nor the law of our jurisdiction, so we will not take
it down.

Best regards,
Daniel Novak
Abuse Desk, Nimbus Hosting

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 5:02 PM
To: abuse@nimbushost.net
Subject: [{R2}] Request for removal of illegal content

""" + "\n".join(request_lines(R2, list(N.values()))),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over an unquoted '-----Original Message-----' block",
    why="one removed, one refused with reason = rejected; the original request below lists all four and is ours",
    items={N[4]: "removed", N[3]: "rejected", N[1]: "pending", N[2]: "pending"},
)

case(
    name="stash-quoted-printable",
    frm="legal@stashbox.io", name_from="StashBox Legal",
    date="Wed, 18 Sep 2024 15:27:03 +0000",
    subject=f"Re: [{R1}] Removal request - 12 files", reply=R1,
    raw_mime=qp_text(f"""Hello KCSC,

Removed today for breach of section 4 of our Terms (https://stashbox.io/legal/terms): {S[2]} and {S[3]}.

Kind regards,
Sören Vogt
StashBox Legal
"""),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable reply whose long line is soft-broken",
    why="'Removed today ... : URL and URL' in one soft-wrapped line; terms link is not an item",
    items={S[2]: "removed", S[3]: "removed"},
)

case(
    name="stash-base64-korean-support",
    frm="support-kr@stashbox.io", name_from="StashBox 한국어 지원팀",
    date="Thu, 19 Sep 2024 02:02:20 +0000",
    subject=f"[StashBox] {R1} 처리 안내", reply=R1,
    raw_mime=b64_text(f"""안녕하세요, StashBox 한국어 지원팀입니다.

요청번호 {R1} 관련하여 아래 파일 3건을 삭제 조치하였습니다.

- {S[5]}
- {S[7]}
- {S[10]}

나머지 파일은 검토가 끝나는 대로 안내드리겠습니다.
감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="Korean-language support desk reply, base64 body",
    why="'삭제 조치하였습니다' (deleted) over a list of three files",
    items={S[5]: "removed", S[7]: "removed", S[10]: "removed"},
)

case(
    name="modugall-angle-brackets-wrapped",
    frm="cs@modugall.co.kr", name_from="모두갤러리 고객센터",
    date="Thu, 19 Sep 2024 11:11:11 +0900",
    subject=f"RE: [{R3}] 불법정보 시정요구", reply=R3,
    body=f"""안녕하세요, 모두갤러리 고객센터입니다.

아래 게시물은 삭제되었습니다.

<{M[1]}>
<https://gall.modugall.co.kr/mgallery/board/view/?id=coin_kr
&no=10552>

나머지 게시물은 확인 중입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply with URLs in angle brackets, one wrapped inside them",
    why="'삭제되었습니다' heading over two URLs, the second wrapped inside <>; the rest are not named",
    items={M[1]: "removed", M[3]: "removed"},
)

case(
    name="kitsune-fullwidth-arrows",
    frm="mod.haru@kitsunechan.org", name_from="haru (kitsune /kr/ mod)",
    date="Sat, 21 Sep 2024 23:48:10 +0900",
    subject=f"Re: [{R4}] Removal request", reply=R4,
    body=f"""{K[3]}　→　삭제 완료。
{K[2]}　→　스레드 통째로 삭제했습니다．

/kr/ 보드 담당 haru
""",
    outcome="applied", classification="confirmation",
    imitates="board volunteer's reply with ideographic spaces and full-width punctuation",
    why="both named items deleted (삭제 완료, 삭제했습니다)",
    items={K[3]: "removed", K[2]: "removed"},
)

case(
    name="hanbit-kr-suspension-notice",
    frm="abuse@hanbitdomains.kr", name_from="한빛도메인",
    date="Mon, 23 Sep 2024 17:30:00 +0900",
    subject=f"[한빛도메인] 도메인 이용정지 조치 안내 ({R5})", reply=R5,
    body=f"""[한빛도메인] 도메인 이용정지 조치 안내

요청번호: {R5}

귀 위원회의 시정요구에 따라 아래 도메인의 네임서버를 정지(이용정지)하는 조치를 완료하였습니다.

 - {H[1]} (조치일 2024-09-23)
 - {H[2]} (조치일 2024-09-23)

이용정지된 도메인은 더 이상 접속되지 않습니다.

한빛도메인 고객지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar 이용정지 조치 안내",
    why="이용정지 completed, domains no longer reachable from anywhere = removed",
    items={H[1]: "removed", H[2]: "removed"},
)

# ================================================================ REVIEW

case(
    name="nimbus-hedged-may-have-been",
    frm="abuse@nimbushost.net", name_from="Nimbus Hosting Abuse Team",
    date="Wed, 18 Sep 2024 16:09:40 +0000",
    subject=f"[Nimbus Abuse #88213] {R2}", reply=R2,
    body=f"""Hello,

We have contacted the owner of bada-casino.net. According to them the pages
{N[1]} and {N[2]} may already have been taken down; from here the first one
appears to return an error. We will confirm once our own check is complete.

Nimbus Hosting Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="hosting provider relaying an unverified customer claim",
    why="'may already have been', 'appears to', 'will confirm': hedges and a promise, no statement",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="stash-all-files-removed",
    frm="dmca@stashbox.io", name_from="StashBox Trust & Safety",
    date="Wed, 18 Sep 2024 20:00:00 +0000",
    subject=f"Re: [{R1}] Removal request - 12 files", reply=R1,
    body=f"""Hello,

All files listed in your notice {R1} have been removed and the uploader's
account has been terminated.

StashBox Trust & Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="file host one-sentence 'all files removed' reply",
    why="statement about all twelve items without naming any, request of twelve items",
    items={u: "pending" for u in S.values()},
)

case(
    name="kitsune-nuked-both-threads",
    frm="janitor@kitsunechan.org", name_from="kitsune mod team",
    date="Thu, 19 Sep 2024 21:14:00 +0000",
    subject=f"Re: [{R4}] Removal request", reply=R4,
    body="""nuked both threads and the pic. -jan
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="image board janitor's one-liner",
    why="covers the three items of a three-item request by kind, naming none of them",
    items={K[1]: "pending", K[2]: "pending", K[3]: "pending"},
)

case(
    name="nimbus-helpdesk-dkim-fail",
    frm="abuse@nimbushost.net", name_from="Nimbus Hosting Abuse Team", auth="fail",
    date="Thu, 19 Sep 2024 11:50:40 +0000",
    subject=f"[Nimbus Abuse #88213] Resolved - [{R2}]", reply=R2,
    extra_headers=["X-Mailer: HelpdeskCloud Mailer 4.2"],
    body=f"""Hello,

All four addresses from your report {R2} were dealt with today:

{N[1]} - removed
{N[2]} - removed
{N[3]} - removed
{N[4]} - removed

Nimbus Hosting Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="ticket-system mail sent through a third-party relay that fails DMARC",
    why="platform domain but DKIM/SPF/DMARC fail: not trusted whatever it says",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending", N[4]: "pending"},
)

case(
    name="site-owner-writes-from-gmail",
    frm="badacasino.webmaster@gmail.com", name_from="bada webmaster",
    date="Thu, 19 Sep 2024 02:33:17 +0000",
    subject=f"about {R2} - pages deleted",
    body=f"""Hello,

I am the webmaster of bada-casino.net. I deleted the promo page
{N[1]} and the join page yesterday. Please tell Nimbus
to unsuspend my account, I have no other way to reach them.

Thank you
""",
    outcome="review", review="unknown_sender",
    imitates="hosting customer writing to the regulator from a webmail address",
    why="not from any platform's domain; the site owner is not the platform",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="edgeveil-on-hosts-item",
    frm="trust-safety@edgeveil.com", name_from="EdgeVeil Trust & Safety",
    date="Thu, 19 Sep 2024 08:08:08 +0000",
    subject=f"Re: [{R2}] Request for removal of illegal content", reply=R2,
    body=f"""Hello,

We were copied on your request {R2} because bada-casino.net uses our
network. {N[1]} is now blocked at our edge for all visitors.

EdgeVeil Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN copied on a request to the hosting provider",
    why="EdgeVeil states a status for an item of a request addressed to Nimbus",
    items={N[1]: "pending"},
)

case(
    name="modugall-asks-for-documents",
    frm="cs@modugall.co.kr", name_from="모두갤러리 고객센터",
    date="Thu, 19 Sep 2024 09:45:12 +0900",
    subject=f"RE: [{R3}] 불법정보 시정요구", reply=R3,
    body=f"""안녕하세요, 모두갤러리 고객센터입니다.

요청하신 게시물 {M[5]} 에 대해 조치하려면
심의 의결서 사본과 해당 게시물이 불법정보에 해당하는 근거 자료가 필요합니다.
자료를 회신해 주시면 확인 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean forum asking for the decision document before acting",
    why="asks for documents before acting; nothing done yet",
    items={M[5]: "pending"},
)

case(
    name="edgeveil-we-do-not-host",
    frm="trust-safety@edgeveil.com", name_from="EdgeVeil Trust & Safety",
    date="Tue, 24 Sep 2024 06:30:00 +0000",
    subject=f"EdgeVeil report EV-2409-55102 ({R6})", reply=R6,
    body=f"""Hello,

EdgeVeil provides CDN and DDoS protection for ohmy-webtoon.net. We do not
host the material at these URLs and cannot remove it from the origin server:

{E[1]}
{E[2]}
{E[3]}

We have forwarded your report to the site owner and to the hosting provider
(abuse contact: abuse@hostorama.example, origin 203.0.113.45).

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are not the host, report forwarded' reply",
    why="names all three items but states no status for any: nothing removed, nothing refused on the merits",
    items={E[1]: "pending", E[2]: "pending", E[3]: "pending"},
)

case(
    name="stash-conditional-and-under-review",
    frm="legal@stashbox.io", name_from="StashBox Legal",
    date="Tue, 24 Sep 2024 13:00:00 +0000",
    subject=f"Re: [{R1}] Removal request - 12 files", reply=R1,
    body=f"""Dear KCSC,

We will remove {S[9]} once you send us a court order
or an equivalent decision naming this folder.

{S[10]} is still under review by our legal team.

StashBox Legal
""",
    outcome="review", review="not_understood",
    imitates="file host legal team: conditional removal and 'under review'",
    why="a condition and 'under review' are not statements",
    items={S[9]: "pending", S[10]: "pending"},
)

case(
    name="modugall-kr-will-delete",
    frm="cs@modugall.co.kr", name_from="모두갤러리 고객센터",
    date="Wed, 18 Sep 2024 17:20:00 +0900",
    subject=f"RE: [{R3}] 불법정보 시정요구", reply=R3,
    body=f"""안녕하세요, 모두갤러리 고객센터입니다.

아래 게시물은 현재 내부 검토 중이며, 검토가 끝나는 대로 삭제할 예정입니다.

- {M[1]}
- {M[2]}

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean forum '검토 중 / 삭제 예정' reply",
    why="'삭제할 예정' is a promise, '검토 중' is under review",
    items={M[1]: "pending", M[2]: "pending"},
)

case(
    name="nimbus-forwards-customer-answer",
    frm="abuse@nimbushost.net", name_from="Nimbus Hosting Abuse Team",
    date="Thu, 19 Sep 2024 09:02:00 +0000",
    subject=f"Fwd: Re: [Nimbus Abuse #88215] Complaint about your site ({R2})",
    body=f"""Hi KCSC, see the customer's answer below.

---------- Forwarded message ---------
From: Webmaster <webmaster@seoul-escort24.com>
Date: Thu, 19 Sep 2024 at 08:14
Subject: Re: [Nimbus Abuse #88215] Complaint about your site
To: abuse@nimbushost.net

I have removed {N[3]} and the gallery is empty now.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="hosting provider forwarding its customer's reply",
    why="the statement is the customer's, forwarded; the host itself states nothing",
    items={N[3]: "pending"},
)

# ================================================================ IGNORED

case(
    name="nimbus-rt-autoreply-echo",
    frm="abuse@nimbushost.net", name_from="Nimbus Abuse via RT",
    date="Tue, 17 Sep 2024 08:02:30 +0000",
    subject=f"[Nimbus Abuse #88213] AutoReply: [{R2}] Request for removal of illegal content",
    reply=R2,
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: bulk", "RT-Ticket: Nimbus Abuse #88213"],
    body=f"""Hello,

This is an automatic message. A ticket has been opened for your email
about "[{R2}] Request for removal of illegal content"; a copy of
what you sent is below. You do not need to reply now.

Your ticket number is [Nimbus Abuse #88213]. Please keep it in the
subject of any further mail about this matter.

Thank you,
Nimbus Abuse

-------------------------------------------------------------------------
""" + "\n".join(request_lines(R2, list(N.values()))),
    outcome="ignored", classification="acknowledgement",
    imitates="Request Tracker-style ticket auto-reply echoing the original message",
    why="ticket receipt; the echoed text is our own request",
    items={N[1]: "pending", N[4]: "pending"},
)

case(
    name="stash-out-of-office",
    frm="ines.k@stashbox.io", name_from="Ines Kowalczyk",
    date="Tue, 17 Sep 2024 07:41:00 +0000",
    subject=f"Automatic reply: [{R1}] Removal request - 12 files", reply=R1,
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 30 September with limited access to email.
For takedown matters please write to dmca@stashbox.io, which is monitored
every day.

Ines
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

DSN_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: janitors@kitsunechan.org",
    f"Subject: [{R4}] Removal request",
    "Date: Thu, 19 Sep 2024 10:00:00 +0900",
    f"Message-ID: <{mid(R4)}@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "",
] + request_lines(R4, list(K.values())))
case(
    name="kitsune-dsn-no-such-user",
    frm="MAILER-DAEMON@mx.kitsunechan.org", name_from="Mail Delivery System",
    date="Thu, 19 Sep 2024 01:00:04 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-KT20931"',
        "",
        "--dsn-KT20931",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "This is the mail system at host mx.kitsunechan.org.",
        "",
        "Your message could not be delivered to one or more recipients.",
        "",
        "<janitors@kitsunechan.org>: unknown user: \"janitors\"",
        "",
        "--dsn-KT20931",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx.kitsunechan.org",
        "Arrival-Date: Thu, 19 Sep 2024 01:00:03 +0000",
        "",
        "Final-Recipient: rfc822; janitors@kitsunechan.org",
        "Action: failed",
        "Status: 5.1.1",
        "Diagnostic-Code: x-unix; unknown user: \"janitors\"",
        "",
        "--dsn-KT20931",
        "Content-Type: message/rfc822",
        "",
        DSN_ORIG,
        "",
        "--dsn-KT20931--",
    ]),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="bounce; the URLs are in our own returned message",
    items={K[1]: "pending"},
)

case(
    name="modugall-read-receipt",
    frm="cs@modugall.co.kr", name_from="모두갤러리 고객센터",
    date="Wed, 18 Sep 2024 10:02:00 +0900",
    subject=f"읽음: [{R3}] 불법정보 시정요구",
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0918"',
        "",
        "--mdn-0918",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        f"보내신 메일 \"[{R3}] 불법정보 시정요구\"을(를) 2024-09-18 10:01에 수신자가 읽었습니다.",
        "",
        "--mdn-0918",
        "Content-Type: message/disposition-notification",
        "",
        "Reporting-UA: mail.modugall.co.kr; WebMail",
        "Final-Recipient: rfc822; cs@modugall.co.kr",
        f"Original-Message-ID: <{mid(R3)}@kcsc.example>",
        "Disposition: manual-action/MDN-sent-manually; displayed",
        "",
        "--mdn-0918--",
    ]),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="hanbit-kr-receipt",
    frm="noreply@hanbitdomains.kr", name_from="한빛도메인",
    date="Sat, 21 Sep 2024 09:12:45 +0900",
    subject=f"[한빛도메인] 신고가 접수되었습니다 (접수번호 HB-20240921-0117)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요, 한빛도메인입니다.

보내주신 신고({R5})가 정상적으로 접수되었습니다.
접수번호: HB-20240921-0117

담당자가 내용을 확인한 뒤 영업일 기준 3일 이내에 처리 결과를 안내해 드리겠습니다.
이 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean registrar's automatic 접수 안내",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="edgeveil-use-the-form-autoresponse",
    frm="trust-safety@edgeveil.com", name_from="EdgeVeil Trust & Safety",
    date="Mon, 23 Sep 2024 08:00:12 +0000",
    subject=f"Re: [{R6}] Removal request - automatic response",
    reply=R6,
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Thank you for contacting EdgeVeil Trust & Safety.

This is an automatic response. This address does not take abuse reports by
email. Please submit your report through our form at
https://www.edgeveil.com/abuse/report so that it reaches the right team.

EdgeVeil Trust & Safety
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN auto-response directing reporters to a web form",
    why="automatic response; names no item; the form link is not an item",
    items={},
)

case(
    name="nimbus-html-receipt-echoes-url",
    frm="noreply@nimbushost.net", name_from="Nimbus Hosting",
    date="Tue, 24 Sep 2024 09:15:00 +0000",
    subject=f"We received your abuse report ({R7}) - ticket NMB-88402",
    reply=R7, type="html",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""<html><body>
<p>Hello,</p>
<p>We have received your abuse report. Ticket <b>NMB-88402</b> has been created.</p>
<p>Reported URL(s):<br>
<a href="{P1}">{P1}</a></p>
<p>Our team will review the report and respond within 2 business days.</p>
<p>Nimbus Hosting</p>
</body></html>""",
    outcome="ignored", classification="acknowledgement",
    imitates="hosting ticket receipt (HTML) echoing the reported URL",
    why="pure acknowledgement; the echoed URL carries no status, 'will review' is a promise",
    items={P1: "pending"},
)


HEADER = """# Blind set 115: hosting providers, a CDN, a registrar, a forum, an image
# board and a file host, answering formally and informally; CSV attachments
# and plain-text tables. Written by make.py; expected results written from
# each email's meaning before any run of the reader. See NOTES.md.
"""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("frm")
        if "reply" in c:
            c["reply_to_req"] = mid(c.pop("reply"))
        # Non-ASCII display names and subjects are RFC 2047-encoded, as mailers send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
        cases.append(c)
    corpuslib.write_set(HERE, "blind115", HEADER, cases)


if __name__ == "__main__":
    main()
