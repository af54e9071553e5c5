#!/usr/bin/env python3
"""Blind set 901 (focus: hosting providers, CDNs, registrars, forums, image
boards, file hosts and small services answering informally, plus CSV
attachments and plain-text tables).

    python3 tests/corpus/blind901/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before any
run of the reader.
"""
import base64
import csv
import datetime
import io
import os
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind901"


def d(s):
    """'2024-09-05 13:22:10' (KST) -> RFC 5322 date."""
    t = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[t.weekday()]}, {t.day:02d} {months[t.month - 1]} {t.year} {t:%H:%M:%S} +0900"


def enc(s):
    """Encoded-word for a non-ASCII header value."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
def ko(prefix, path):
    return prefix + quote(path)


PB = "https://putbox.io/"
PUTBOX = [PB + p for p in (
    "f/Qx7mKd2A", "f/Lr3vZp9B", "f/Hn8cWt4C", "f/Ue2yBs6D", "f/Jk5qMx1E",
    "f/Pd9gRa7F", "f/Wb4nTe3G", "f/Cz6hYu8H", "f/Vm1jKo5J", "f/Sf7dXi2K",
    "folder/Gt3wNq0L", "folder/Ry8kBv4M", "f/Ax0pLc9N", "f/Eo5sHg6P")]
P = {u.rsplit("/", 1)[1]: u for u in PUTBOX}

SB_POST = "http://sobaek-toto.kr/bbs/board.php?bo_table=free&wr_id=412"
SB_EVENT = ko("http://sobaek-toto.kr/event/", "가입이벤트")
SB_EVENT_RAW = "http://sobaek-toto.kr/event/가입이벤트"
ML_1712 = "https://moonlight-pharm.kr/shop/item.php?it_id=1712"
ML_1738 = "https://moonlight-pharm.kr/shop/item.php?it_id=1738"

HW_LIVE = "https://hwarang-stream.net/live/ch12"
HW_VOD = "https://hwarang-stream.net/vod/88104"
YG_IMG = "https://img.yeouido-gallery.com/up/2024/08/k_5521.jpg"

BG_COM = "https://bitgold-exchange-kr.com/"
BG_NET = "https://bitgold-exchange-kr.net/login"

DF_20931 = "https://dalbitforum.kr/board/free/20931"
DF_20944 = "https://dalbitforum.kr/board/free/20944"
DF_7781 = ko("https://dalbitforum.kr/board/", "장터") + "/7781"
DF_7790 = ko("https://dalbitforum.kr/board/", "장터") + "/7790"
DF_7781_RAW = "https://dalbitforum.kr/board/장터/7781"
DF_7790_RAW = "https://dalbitforum.kr/board/장터/7790"
DF_MEMBER = ko("https://dalbitforum.kr/member/", "달빛여우")
DF_MEMBER_RAW = "https://dalbitforum.kr/member/달빛여우"

KC_551204 = "https://kaedechan.org/b/res/551204.html"
KC_551390 = "https://kaedechan.org/b/res/551377.html#p551390"
KC_90212 = "https://kaedechan.org/kr/res/90212.html"

SC_PASTE = "https://scrawl.pw/r/7hQ2mZ"

REQUESTS = [
    ("KCSC-240902-01", "putbox", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     PUTBOX, "copyright", "Video files and folders shared by one uploader"),
    ("KCSC-240903-02", "hanbit", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [SB_POST, SB_EVENT, ML_1712, ML_1738], "illegal_gambling",
     "Customer sites on the host: gambling board and unlicensed drug shop"),
    ("KCSC-240904-03", "cumulus", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [HW_LIVE, HW_VOD, YG_IMG], "copyright", "Sites behind the CDN"),
    ("KCSC-240905-04", "namebay", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     [BG_COM, BG_NET], "fraud", "Fake exchange domains"),
    ("KCSC-240906-05", "dalbit", "2024-09-06T16:20:00+09:00", "2024-09-13T18:00:00+09:00",
     [DF_20931, DF_20944, DF_7781, DF_7790, DF_MEMBER], "illegal_drugs",
     "Forum posts and a member page"),
    ("KCSC-240909-06", "kaede", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [KC_551204, KC_551390, KC_90212], "privacy", "Image board threads and a post"),
    ("KCSC-240910-07", "scrawl", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [SC_PASTE], "privacy", "One paste"),
]


def req_mid(ref):
    return "req." + ref.lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


def ALL(urls, st="pending"):
    return {u: st for u in urls}


# ===== PutBox (file host), KCSC-240902-01, 14 items =====

case(name="putbox-text-table-six", from_="abuse@putbox.io", name_from="PutBox Abuse",
     date=d("2024-09-04 17:05:11"), subject="Re: [KCSC-240902-01] Removal request - PutBox",
     reply_to_req=req_mid("KCSC-240902-01"),
     body=f"""Hello,

Results for your notice (our ref ABU-77120, your ref KCSC-240902-01):

  Link                            Result
  ------------------------------  ----------------------------------------
  {P['Qx7mKd2A']}    file deleted
  {P['Lr3vZp9B']}    file deleted
  {P['Hn8cWt4C']}    not found (no file with this id)
  {P['Ue2yBs6D']}    link disabled, uploader account suspended
  {P['Jk5qMx1E']}    no action: public-domain film, no AUP violation
  {P['Wb4nTe3G']}    file deleted

The other links in your notice are still with our compliance team and will
be answered separately.

PutBox Abuse Desk
""",
     outcome="applied", classification="confirmation",
     imitates="file host abuse desk answering with a plain-text two-column table",
     why="six rows, each a URL and an unhedged result: deleted, not found, disabled, refused with reason",
     items={P["Qx7mKd2A"]: "removed", P["Lr3vZp9B"]: "removed", P["Hn8cWt4C"]: "not_found",
            P["Ue2yBs6D"]: "removed", P["Jk5qMx1E"]: "rejected", P["Wb4nTe3G"]: "removed"})

CSV_ROWS = [
    ("link", "action_taken", "notes"),
    (P["Qx7mKd2A"], "Removed", "AUP 3.2"),
    (P["Lr3vZp9B"], "Removed", "AUP 3.2"),
    (P["Hn8cWt4C"], "Link disabled", "public link turned off"),
    (P["Ue2yBs6D"], "Not found", "no such file id"),
    (P["Jk5qMx1E"], "Removed", ""),
    (P["Pd9gRa7F"], "No action", "news footage, lawful; no violation of AUP"),
    (P["Wb4nTe3G"], "Removed", ""),
    (P["Cz6hYu8H"], "Geo-restricted (KR)", "unavailable to visitors from South Korea only"),
    (P["Vm1jKo5J"], "Removed", ""),
    (P["Sf7dXi2K"], "Not found", "already deleted by the uploader"),
    (P["Gt3wNq0L"], "Removed", "folder and its 9 files deleted"),
    (P["Ry8kBv4M"], "Removed", "folder and its 23 files deleted"),
    (P["Ax0pLc9N"], "Under review", "escalated to legal"),
    (P["Eo5sHg6P"], "Removed", ""),
]
_cbuf = io.StringIO()
csv.writer(_cbuf, lineterminator="\r\n").writerows(CSV_ROWS)
case(name="putbox-csv-attachment-all", from_="compliance@putbox.io", name_from="PutBox Compliance",
     date=d("2024-09-06 11:40:00"), subject="Re: [KCSC-240902-01] Removal request - results attached",
     reply_to_req=req_mid("KCSC-240902-01"),
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_pbx_41a9"

--=_pbx_41a9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for each link in your notice
KCSC-240902-01 (one row per link).

Kind regards,
Mira Halvorsen
PutBox Compliance

--=_pbx_41a9
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_cbuf.getvalue())}
--=_pbx_41a9--
""",
     outcome="applied", classification="confirmation",
     imitates="compliance team sending a per-link outcome spreadsheet as a CSV attachment",
     why="CSV row per link; 'Under review' stays pending, the rest are clear outcomes",
     items={P["Qx7mKd2A"]: "removed", P["Lr3vZp9B"]: "removed", P["Hn8cWt4C"]: "removed",
            P["Ue2yBs6D"]: "not_found", P["Jk5qMx1E"]: "removed", P["Pd9gRa7F"]: "rejected",
            P["Wb4nTe3G"]: "removed", P["Cz6hYu8H"]: "restricted", P["Vm1jKo5J"]: "removed",
            P["Sf7dXi2K"]: "not_found", P["Gt3wNq0L"]: "removed", P["Ry8kBv4M"]: "removed",
            P["Ax0pLc9N"]: "pending", P["Eo5sHg6P"]: "removed"})

case(name="putbox-informal-two-deleted", from_="jonas@putbox.io", name_from="Jonas Eriksen",
     date=d("2024-09-03 09:12:44"), subject="Re: [KCSC-240902-01] Removal request - PutBox",
     reply_to_req=req_mid("KCSC-240902-01"),
     body=f"""hey, deleted these two just now:
{P['Hn8cWt4C']}
{P['Ue2yBs6D']}

rest of your list is with the compliance folks, they'll get back to you.

jonas
""",
     outcome="applied", classification="confirmation",
     imitates="one staff member of a small file host answering informally",
     why="'deleted these two just now' followed by two URLs: both removed; the rest is not named",
     items={P["Hn8cWt4C"]: "removed", P["Ue2yBs6D"]: "removed"})

case(name="putbox-folder-disabled-other-reviewing", from_="abuse@putbox.io", name_from="PutBox Abuse",
     date=d("2024-09-05 15:30:00"), subject="KCSC-240902-01: shared folders",
     body=f"""Hello,

Regarding the two shared folders in notice KCSC-240902-01:

The folder {P['Gt3wNq0L']} has been disabled and is no
longer publicly accessible.

The folder {P['Ry8kBv4M']} contains a mix of files and is
still being reviewed by our compliance team; we will update you once a
decision is made.

PutBox Abuse Desk
""",
     outcome="applied", classification="confirmation",
     imitates="file host abuse desk reporting one action and one pending review",
     why="first folder disabled (removed); second is under review, a promise only",
     items={P["Gt3wNq0L"]: "removed", P["Ry8kBv4M"]: "pending"})

case(name="putbox-ticket-receipt", from_="no-reply@putbox.io", name_from="PutBox Support",
     date=d("2024-09-02 10:31:09"), subject="[PutBox Support] Ticket #PB-558213 received: [KCSC-240902-01] Removal request",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hi,

We've received your request and created ticket #PB-558213.

Our abuse team usually responds within 3 business days. You can add
information by replying to this email; please keep the ticket number in the
subject line.

This is an automated message.
PutBox Support
https://putbox.io/help
""",
     outcome="ignored", classification="acknowledgement",
     imitates="helpdesk (ticket system) automatic receipt",
     why="pure receipt: ticket created, nothing about any item",
     items={})

case(name="putbox-bulk-all-removed", from_="abuse@putbox.io", name_from="PutBox Abuse",
     date=d("2024-09-07 10:02:00"), subject="Re: [KCSC-240902-01] Removal request - PutBox",
     reply_to_req=req_mid("KCSC-240902-01"),
     body="""Hello,

All files and folders listed in your notice KCSC-240902-01 have been removed
and the uploader's account has been terminated.

PutBox Abuse Desk
""",
     outcome="review", review="bulk",
     imitates="abuse desk one-line 'all reported content removed' answer",
     why="one statement for a 14-item request without naming any item: bulk, items pending",
     items=ALL(PUTBOX))

case(name="putbox-gmail-topposted-over-request", from_="trust@putbox.io", name_from="PutBox Trust & Safety",
     date=d("2024-09-05 08:47:31"), subject="Re: [KCSC-240902-01] Removal request - PutBox",
     reply_to_req=req_mid("KCSC-240902-01"),
     body=f"""Hi,

Three of them are gone:
{P['Pd9gRa7F']} - removed
{P['Wb4nTe3G']} - removed
{P['Cz6hYu8H']} - removed

These two we could not find on our system at all (no such file id):
{P['Vm1jKo5J']}
{P['Sf7dXi2K']}

Best,
Ines

On Mon, 2 Sept 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear PutBox,
>
> Under request KCSC-240902-01 we ask you to remove the following files,
> which make copyrighted broadcasts available without permission:
>
> 1. {P['Qx7mKd2A']}
> 2. {P['Lr3vZp9B']}
> 3. {P['Hn8cWt4C']}
> 4. {P['Ue2yBs6D']}
> 5. {P['Jk5qMx1E']}
> 6. {P['Pd9gRa7F']}
> 7. {P['Wb4nTe3G']}
> 8. {P['Cz6hYu8H']}
> 9. {P['Vm1jKo5J']}
> 10. {P['Sf7dXi2K']}
> 11. {P['Gt3wNq0L']}
> 12. {P['Ry8kBv4M']}
> 13. {P['Ax0pLc9N']}
> 14. {P['Eo5sHg6P']}
>
> Please reply by 9 September 2024.
>
> KCSC Takedown
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail top-posted reply over the quoted request",
     why="three 'removed' lines and two under a 'could not find' heading; the quoted list says nothing",
     items={P["Pd9gRa7F"]: "removed", P["Wb4nTe3G"]: "removed", P["Cz6hYu8H"]: "removed",
            P["Vm1jKo5J"]: "not_found", P["Sf7dXi2K"]: "not_found"})

case(name="putbox-auth-fail", from_="abuse@putbox.io", name_from="PutBox Abuse", auth="fail",
     date=d("2024-09-06 02:14:00"), subject="Re: [KCSC-240902-01] Removal request - PutBox",
     body=f"""Hello,

The following links from KCSC-240902-01 were removed:

{P['Qx7mKd2A']}
{P['Lr3vZp9B']}
{P['Jk5qMx1E']}
{P['Eo5sHg6P']}

PutBox Abuse Desk
""",
     outcome="review", review="untrusted",
     imitates="abuse desk removal list, but DKIM/SPF/DMARC fail",
     why="PutBox's domain failing DMARC: not trusted, items stay pending",
     items={P["Qx7mKd2A"]: "pending", P["Lr3vZp9B"]: "pending", P["Jk5qMx1E"]: "pending",
            P["Eo5sHg6P"]: "pending"})

case(name="putbox-hedged-still-checking", from_="abuse@putbox.io", name_from="PutBox Abuse",
     date=d("2024-09-08 13:20:00"), subject="Re: [KCSC-240902-01] two remaining links",
     reply_to_req=req_mid("KCSC-240902-01"),
     body=f"""Hello,

About the last two links:

It looks like {P['Ax0pLc9N']} may already have been taken
down by the uploader, but our storage logs are incomplete for that period so
we cannot confirm it yet.

{P['Eo5sHg6P']} - we are still checking this one with the
account owner.

We will come back to you early next week.

PutBox Abuse Desk
""",
     outcome="review", review="not_understood",
     imitates="abuse desk interim reply with hedges",
     why="'may already have been' is a hedge, 'still checking' is under review: nothing stated",
     items={P["Ax0pLc9N"]: "pending", P["Eo5sHg6P"]: "pending"})

_html35 = f"""<html><head><meta charset="utf-8"></head><body>
<p>Hello KCSC team,</p>
<p>An update on notice KCSC-240902-01:</p>
<ul>
<li><a href="{P['Jk5qMx1E']}">{P['Jk5qMx1E']}</a> &ndash; removed for violating section 4 of our <a href="https://putbox.io/legal/terms">Terms of Service</a>.</li>
<li><a href="{P['Pd9gRa7F']}">{P['Pd9gRa7F']}</a> &ndash; restricted: the file is no longer available to users in South Korea. It remains accessible in other countries.</li>
</ul>
<p>If you disagree with a decision you can contact us through <a href="https://putbox.io/help/appeals">our appeals page</a>.</p>
<p>Regards,<br>PutBox Trust &amp; Safety</p>
</body></html>
"""
case(name="putbox-base64-html-list", from_="trust@putbox.io", name_from="PutBox Trust & Safety",
     date=d("2024-09-06 18:03:27"), subject="Update on notice KCSC-240902-01",
     raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_html35)}""",
     outcome="applied", classification="confirmation",
     imitates="trust and safety HTML notice with a bulleted list, base64-encoded",
     why="one link removed, one withheld in South Korea only; terms and appeals links are not items",
     items={P["Jk5qMx1E"]: "removed", P["Pd9gRa7F"]: "restricted"})

case(name="putbox-echoed-report", from_="abuse@putbox.io", name_from="PutBox Abuse",
     date=d("2024-09-04 12:00:00"), subject="Your abuse report has been resolved [PB-558213]",
     body=f"""Hello,

Your report:
  Reference: KCSC-240902-01
  URL:       {P['Sf7dXi2K']}
  Reason:    Copyright infringement

Outcome: the file has been disabled for violating our Acceptable Use Policy
(https://putbox.io/legal/aup).

Thank you for helping keep PutBox safe.
PutBox Abuse Desk
""",
     outcome="applied", classification="confirmation",
     imitates="ticket system echoing the report, then the outcome",
     why="echoed report names one URL; 'the file has been disabled' removes it; the AUP link is not an item",
     items={P["Sf7dXi2K"]: "removed"})

case(name="putbox-wrapped-folder-url", from_="compliance@putbox.io", name_from="PutBox Compliance",
     date=d("2024-09-09 10:15:00"), subject="Re: [KCSC-240902-01] Removal request - PutBox",
     reply_to_req=req_mid("KCSC-240902-01"),
     body="""Dear KCSC,

Following our internal review, the shared folder <https://putbox.io/folder/
Ry8kBv4M> has been taken down together with the 23 files it contained. The
uploader has been notified.

Regards,
Mira Halvorsen
PutBox Compliance
""",
     outcome="applied", classification="confirmation",
     imitates="compliance reply whose angle-bracketed URL the mail client wrapped",
     why="the wrapped URL inside <...> is one URL; 'taken down' is removed",
     items={P["Ry8kBv4M"]: "removed"})

# ===== Hanbit Hosting (Korean web host), KCSC-240903-02, 4 items =====

_ko10 = f"""안녕하세요, 한빛호스팅 어뷰즈 대응팀입니다.

KCSC-240903-02 건으로 요청하신 내용은 해당 사이트 운영자(당사 고객)에게
전달하였습니다.

고객 측에서 아래 게시물을 직접 삭제하였으며, 당사에서도 삭제된 것을
확인하였습니다.
 - {SB_POST}

아울러 {SB_EVENT_RAW} 주소는 서버에 해당 경로가 존재하지 않습니다(404).

moonlight-pharm.kr 관련 2건은 별도로 안내드리겠습니다.

한빛호스팅 어뷰즈 대응팀 드림
"""
case(name="hanbit-customer-deleted-base64", from_="abuse@hanbithosting.co.kr",
     name_from="Hanbit Hosting Abuse",
     date=d("2024-09-05 10:41:00"), subject=enc("Re: [KCSC-240903-02] 불법정보 게시중단 요청"),
     reply_to_req=req_mid("KCSC-240903-02"),
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_ko10)}""",
     outcome="applied", classification="confirmation",
     imitates="Korean web host abuse team relaying its customer's deletion (base64 body)",
     why="post deleted by the customer and confirmed (removed); event path does not exist (not_found)",
     items={SB_POST: "removed", SB_EVENT: "not_found"})

_html11 = f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하십니까. 한빛호스팅입니다.</p>
<p>요청번호 <b>KCSC-240903-02</b> 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>대상 URL</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>{ML_1712}</td><td>호스팅 이용정지 (사이트 전체 비공개 처리)</td><td>2024-09-06</td></tr>
<tr><td>{ML_1738}</td><td>상동</td><td>2024-09-06</td></tr>
</table>
<p>문의사항은 <a href="https://www.hanbithosting.co.kr/support/abuse">어뷰즈 신고센터</a>로 연락 주시기 바랍니다.</p>
<p>감사합니다.</p>
</body></html>
"""
case(name="hanbit-account-suspended-html", from_="abuse@hanbithosting.co.kr",
     name_from="Hanbit Hosting Abuse",
     date=d("2024-09-06 16:55:00"), subject=enc("[한빛호스팅] KCSC-240903-02 처리 결과 안내"),
     raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_html11)}""",
     outcome="applied", classification="confirmation",
     imitates="Korean host's HTML result table (처리 결과 안내) with a 상동 (ditto) row",
     why="hosting suspended, whole site made private (비공개 처리): removed; 상동 repeats it for the second row",
     items={ML_1712: "removed", ML_1738: "removed"})

case(name="hanbit-chuseok-out-of-office", from_="abuse@hanbithosting.co.kr",
     name_from="Hanbit Hosting Abuse",
     date=d("2024-09-14 09:00:05"), subject=enc("[자동응답] 추석 연휴 휴무 안내"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요, 한빛호스팅입니다.

추석 연휴(9월 14일 ~ 9월 18일) 기간에는 어뷰즈 접수 메일 확인이 어렵습니다.
보내주신 메일은 9월 19일(목)부터 순차적으로 확인하여 답변드리겠습니다.

긴급 장애 문의: 1588-0000 (24시간)

※ 본 메일은 자동 발송되었습니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean company holiday (추석 연휴) auto-reply",
     why="out-of-office auto-reply",
     items={})

case(name="hanbit-promise-korean", from_="abuse@hanbithosting.co.kr", name_from="Hanbit Hosting Abuse",
     date=d("2024-09-05 14:20:00"), subject=enc("Re: [KCSC-240903-02] 불법정보 게시중단 요청"),
     reply_to_req=req_mid("KCSC-240903-02"),
     body=f"""KCSC-240903-02 관련 회신드립니다.

아래 2건은 고객사에 삭제 요청을 전달하였습니다. 고객사가 9월 12일까지
조치하지 않으면 당사 약관에 따라 해당 페이지를 직접 차단할 예정입니다.

 1) {ML_1712}
 2) {ML_1738}

조치 결과는 확인되는 대로 다시 안내드리겠습니다.

한빛호스팅 어뷰즈 대응팀
""",
     outcome="review", review="not_understood",
     imitates="Korean host passing the notice to its customer, with a conditional promise",
     why="request passed on, blocking only 'planned' if the customer does not act: no statement",
     items={ML_1712: "pending", ML_1738: "pending"})

case(name="hanbit-supplement-refused", from_="abuse@hanbithosting.co.kr", name_from="Hanbit Hosting Abuse",
     date=d("2024-09-09 11:05:00"), subject=enc("Re: [KCSC-240903-02] 불법정보 게시중단 요청"),
     reply_to_req=req_mid("KCSC-240903-02"),
     body=f"""안녕하세요. moonlight-pharm.kr 건 결과입니다.

판매 중단 및 상품 페이지 삭제 완료:
{ML_1712}

위반 사항 없음, 조치하지 않음 (식약처에 신고된 일반 건강기능식품 판매 페이지로 확인됨):
{ML_1738}

한빛호스팅 어뷰즈 대응팀
""",
     outcome="applied", classification="confirmation",
     imitates="Korean host reply with each URL on the line below its result",
     why="first URL deleted (removed); second: no violation, no action, with the reason (rejected)",
     items={ML_1712: "removed", ML_1738: "rejected"})

_tbl = "\n".join([
    "연번  " + "URL".ljust(78) + "조치결과  비고",
    "----  " + "-" * 76 + "  --------  ----------------------",
    "1     " + SB_POST.ljust(78) + "삭제      고객사 조치",
    "2     " + SB_EVENT.ljust(78) + "해당없음  존재하지 않는 페이지",
    "3     " + ML_1712.ljust(78) + "삭제",
    "4     " + ML_1738.ljust(78) + "미조치    위반사항 확인되지 않음",
])
case(name="hanbit-plaintext-table-ko", from_="abuse@hanbithosting.co.kr", name_from="Hanbit Hosting Abuse",
     date=d("2024-09-10 17:30:00"), subject=enc("KCSC-240903-02 시정요구 조치결과 회신"),
     body=f"""방송통신심의위원회 담당자님께,

KCSC-240903-02 요청에 대한 조치결과를 아래와 같이 회신합니다.

{_tbl}

한빛호스팅 주식회사 어뷰즈 대응팀
""",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 plain-text table (연번/URL/조치결과/비고)",
     why="four rows: deleted, page does not exist, deleted, no action because no violation found",
     items={SB_POST: "removed", SB_EVENT: "not_found", ML_1712: "removed", ML_1738: "rejected"})

case(name="hanbit-receipt-korean", from_="noreply@hanbithosting.co.kr", name_from="Hanbit Hosting",
     date=d("2024-09-03 14:02:10"), subject=enc("[한빛호스팅] 신고가 접수되었습니다 (접수번호 HB-2409-11873)"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""안녕하세요, 한빛호스팅입니다.

보내주신 신고가 정상적으로 접수되었습니다.
 - 접수번호: HB-2409-11873
 - 제목: [KCSC-240903-02] 불법정보 게시중단 요청

담당 부서에서 검토 후 영업일 기준 3일 이내에 회신드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Korean ticket receipt (신고 접수 안내)",
     why="pure receipt with a ticket number and a promise to answer",
     items={})

# ===== Cumulus Edge (CDN with storage), KCSC-240904-03, 3 items =====

case(name="cumulus-not-host-forwarded", from_="abuse@cumulusedge.net", name_from="Cumulus Edge Trust & Safety",
     date=d("2024-09-04 19:12:00"), subject="Cumulus Edge abuse report CE-2409-31877 [KCSC-240904-03]",
     body=f"""Hello,

Cumulus Edge received your report regarding:

  {HW_LIVE}
  {HW_VOD}

Cumulus Edge provides reverse-proxy and caching services for this website.
We are not its hosting provider and cannot remove content from the origin
server. We have forwarded your complaint to the website operator and to the
hosting provider (Ostrava DataPark s.r.o., abuse@ostrava-datapark.example),
whom you may contact directly.

Report ID: CE-2409-31877
Cumulus Edge Trust & Safety
https://cumulusedge.net/abuse
""",
     outcome="review", review="not_understood",
     imitates="CDN 'we do not host this content, forwarded to the host' reply",
     why="the CDN neither acted nor refused on the merits; nothing about the items' status",
     items={HW_LIVE: "pending", HW_VOD: "pending"})

case(name="cumulus-kr-geoblock", from_="abuse@cumulusedge.net", name_from="Cumulus Edge Trust & Safety",
     date=d("2024-09-09 09:30:00"), subject="Re: [KCSC-240904-03] hwarang-stream.net",
     reply_to_req=req_mid("KCSC-240904-03"),
     body=f"""Hi,

Re your notice KCSC-240904-03. After review we have applied a country block
for South Korea on the following URLs. They now return HTTP 451 to visitors
in Korea and are not affected elsewhere.

{HW_LIVE}
{HW_VOD}

Cumulus Edge Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="CDN applying a country block (HTTP 451) for one country",
     why="blocked for Korea only: restricted",
     items={HW_LIVE: "restricted", HW_VOD: "restricted"})

case(name="cumulus-dsn-mailbox-full", from_="MAILER-DAEMON@cumulusedge.net", name_from="Mail Delivery System",
     auth="none", date=d("2024-09-12 10:00:40"), subject="Undelivered Mail Returned to Sender",
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="7C1E41A0.1726102840/mx2.cumulusedge.net"

--7C1E41A0.1726102840/mx2.cumulusedge.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.cumulusedge.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<abuse-queue@cumulusedge.net>: host store1.cumulusedge.net[198.51.100.7] said:
    552 5.2.2 Mailbox full (in reply to end of DATA command)

--7C1E41A0.1726102840/mx2.cumulusedge.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.cumulusedge.net
Arrival-Date: Thu, 12 Sep 2024 10:00:38 +0900 (KST)

Final-Recipient: rfc822; abuse-queue@cumulusedge.net
Original-Recipient: rfc822;abuse@cumulusedge.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--7C1E41A0.1726102840/mx2.cumulusedge.net
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@cumulusedge.net
Subject: [KCSC-240904-03] Reminder: removal request overdue
Date: Thu, 12 Sep 2024 10:00:31 +0900
Message-ID: <reminder.kcsc-240904-03.1@kcsc.example>

--7C1E41A0.1726102840/mx2.cumulusedge.net--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (mailbox full) for our reminder",
     why="delivery status notification",
     items={})

case(name="cumulus-receipt-then-removed", from_="abuse@cumulusedge.net", name_from="Cumulus Edge Trust & Safety",
     date=d("2024-09-06 13:45:00"), subject="Cumulus Edge abuse report CE-2409-32004 [KCSC-240904-03]",
     body=f"""Thank you for your report. Ticket CE-2409-32004 has been created.

Update from our Trust & Safety team: the image at
{YG_IMG}
was stored on Cumulus Objects, our storage product, so we are its host. We
have deleted the object and purged it from our cache.

Cumulus Edge Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="CDN receipt followed by an action taken on content it stores itself",
     why="receipt phrase plus an unhedged deletion: removed, not an acknowledgement",
     items={YG_IMG: "removed"})

case(name="cumulus-origin-appears-down", from_="abuse@cumulusedge.net", name_from="Cumulus Edge Trust & Safety",
     date=d("2024-09-10 08:05:00"), subject="Re: [KCSC-240904-03] hwarang-stream.net",
     reply_to_req=req_mid("KCSC-240904-03"),
     body=f"""Hi,

Quick note on KCSC-240904-03: hwarang-stream.net appears to have gone
offline. Our edge has been getting connection errors from the origin since
yesterday, so {HW_LIVE} and {HW_VOD} are
probably unreachable at the moment. We have not taken any action ourselves.

Cumulus Edge Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="CDN observation that the origin seems down",
     why="'appears', 'probably unreachable', and no action taken: hedged observation, not a status",
     items={HW_LIVE: "pending", HW_VOD: "pending"})

# ===== NameBay (registrar), KCSC-240905-04, 2 items =====

case(name="namebay-clienthold-one-not-ours", from_="abuse@namebay-registrar.com", name_from="NameBay Abuse",
     date=d("2024-09-06 13:20:00"), subject="Re: [KCSC-240905-04] Fraudulent domains",
     reply_to_req=req_mid("KCSC-240905-04"),
     body="""Dear KCSC,

Thank you for your complaint (your reference KCSC-240905-04).

Domain: bitgold-exchange-kr.com
Action: placed on clientHold on 2024-09-06 04:12 UTC. The domain no longer
resolves.

Domain: bitgold-exchange-kr.net
Action: none. This domain is not registered through NameBay (sponsoring
registrar per WHOIS: Tallinna Domeenid OU). Please direct your complaint to
that registrar.

NameBay Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="registrar abuse reply: clientHold for one domain, 'not our registration' for the other",
     why=".com suspended (clientHold, no longer resolves): removed; .net is at another registrar: no status",
     items={BG_COM: "removed", BG_NET: "pending"})

case(name="namebay-asks-court-order", from_="abuse@namebay-registrar.com", name_from="NameBay Abuse",
     date=d("2024-09-06 09:00:00"), subject="Re: [KCSC-240905-04] Fraudulent domains",
     reply_to_req=req_mid("KCSC-240905-04"),
     body="""Hello,

We have reviewed your report KCSC-240905-04 concerning the domains
bitgold-exchange-kr.com and bitgold-exchange-kr.net.

As a registrar we do not assess website content. Under our Abuse Policy we
suspend a domain for content-related reasons only on receipt of an order
from a court or an authority with jurisdiction over us. Could you please
send us the decision on which your request is based, with an English
translation? Once we receive it we will review the matter again.

NameBay Abuse Team
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="registrar asking for a court or authority order before acting",
     why="asks for a document before deciding; no status",
     items={BG_COM: "pending", BG_NET: "pending"})

case(name="namebay-lookalike-sender", from_="compliance@namebay-registrars.net", name_from="NameBay Compliance",
     date=d("2024-09-07 03:33:00"), subject="RE: KCSC-240905-04 domains suspended",
     body=f"""Dear Sir/Madam,

Both domains in your request KCSC-240905-04 have been suspended:

{BG_COM}
{BG_NET}

To receive the suspension certificate please confirm your account at
http://namebay-registrars.net/verify

NameBay Compliance
""",
     outcome="review", review="unknown_sender",
     imitates="look-alike domain claiming the registrar's action",
     why="namebay-registrars.net is not NameBay's sender domain",
     items={BG_COM: "pending", BG_NET: "pending"})

# ===== 달빛포럼 / Dalbit Forum, KCSC-240906-05, 5 items =====

case(name="dalbit-admin-deleted-two", from_="admin@dalbitforum.kr", name_from="Dalbit Forum Admin",
     date=d("2024-09-07 01:12:00"), subject=enc("Re: [KCSC-240906-05] 게시물 삭제 요청"),
     reply_to_req=req_mid("KCSC-240906-05"),
     body=f"""안녕하세요 달빛포럼 운영자입니다.
말씀하신 자유게시판 글 두 개 지웠습니다.

{DF_20931}
{DF_20944}

나머지는 확인 중이에요.
""",
     outcome="applied", classification="confirmation",
     imitates="forum admin answering in two lines",
     why="'지웠습니다' (deleted) followed by two URLs: removed; the rest is not named",
     items={DF_20931: "removed", DF_20944: "removed"})

case(name="dalbit-market-angle-brackets", from_="admin@dalbitforum.kr", name_from="Dalbit Forum Admin",
     date=d("2024-09-08 22:40:00"), subject=enc("Re: [KCSC-240906-05] 게시물 삭제 요청"),
     reply_to_req=req_mid("KCSC-240906-05"),
     body=f"""장터 게시판 건 답변드립니다.

<{DF_7781_RAW}>은 블라인드 처리했습니다.
<{DF_7790_RAW}>은 작성자가 먼저 지운 글이라 이미 없습니다.

달빛포럼 운영자
""",
     outcome="applied", classification="confirmation",
     imitates="forum admin reply with Korean-path URLs in angle brackets followed by particles",
     why="7781 blinded (removed); 7790 already deleted by its author (not_found)",
     items={DF_7781: "removed", DF_7790: "not_found"})

case(name="dalbit-member-banned", from_="admin@dalbitforum.kr", name_from="Dalbit Forum Admin",
     date=d("2024-09-09 12:10:00"), subject=enc("Re: [KCSC-240906-05] 회원 페이지 건"),
     reply_to_req=req_mid("KCSC-240906-05"),
     body=f"""문의하신 회원 건입니다.

회원 페이지（{DF_MEMBER_RAW}）는 해당 회원을 영구 이용정지하면서
비공개 처리했습니다. 지금은 다른 회원이 열어도 "존재하지 않는 회원"으로
나옵니다.

달빛포럼 운영자
""",
     outcome="applied", classification="confirmation",
     imitates="forum admin reporting a permanent ban and a hidden profile",
     why="operator made the member page private (비공개 처리): removed; the 'does not exist' text is what visitors now see",
     items={DF_MEMBER: "removed"})

case(name="dalbit-promise-weekend", from_="admin@dalbitforum.kr", name_from="Dalbit Forum Admin",
     date=d("2024-09-07 10:30:00"), subject=enc("Re: [KCSC-240906-05] 게시물 삭제 요청"),
     reply_to_req=req_mid("KCSC-240906-05"),
     body=f"""보내주신 KCSC-240906-05 건 잘 받았습니다.

{DF_20931} 하고 장터 7781번 글은 이번 주말 운영진 회의에서
보고 처리하겠습니다. 결과 나오면 다시 메일 드릴게요.

달빛포럼 운영자
""",
     outcome="review", review="not_understood",
     imitates="forum admin promising to decide at the weekend",
     why="'처리하겠습니다' is a promise; items named, nothing stated",
     items={DF_20931: "pending", DF_7781: "pending"})

case(name="dalbit-refuses-review-post", from_="admin@dalbitforum.kr", name_from="Dalbit Forum Admin",
     date=d("2024-09-10 15:00:00"), subject=enc("Re: [KCSC-240906-05] 게시물 삭제 요청"),
     reply_to_req=req_mid("KCSC-240906-05"),
     body=f"""{DF_20944}
위 글은 운영진이 확인해 보니 특정 업체 이용 후기일 뿐이고 광고나 불법 정보가
아니라서 삭제하지 않습니다. 이의 있으시면 회신 주세요.

달빛포럼 운영자
""",
     outcome="applied", classification="confirmation",
     imitates="forum admin refusal with the URL on the line above",
     why="'삭제하지 않습니다' with a reason (a user review, not illegal): rejected",
     items={DF_20944: "rejected"})

case(name="dalbit-about-kaede-copy", from_="admin@dalbitforum.kr", name_from="Dalbit Forum Admin",
     date=d("2024-09-11 09:50:00"), subject=enc("Re: [KCSC-240906-05] 외부 사이트 링크 관련"),
     body=f"""KCSC-240906-05 관련해서 한 가지만 말씀드려요.

같이 적어 주신 {KC_90212} 은 저희 포럼 글을 퍼간
외부 사이트라 저희가 손댈 수 없는데, 방금 들어가 보니 스레드가 삭제되어
있네요.

저희 포럼 글들은 아직 검토 중입니다.

달빛포럼 운영자
""",
     outcome="review", review="wrong_platform",
     imitates="forum admin remarking on a copy of a post on another site",
     why="Dalbit states the status of a Kaedechan item; its own items are only 'under review'",
     items={KC_90212: "pending"})

case(name="dalbit-admin-personal-gmail", from_="dalbit.forum.admin@gmail.com", name_from="dalbit admin",
     date=d("2024-09-09 23:05:00"), subject=enc("달빛포럼 운영자입니다 (KCSC-240906-05)"),
     body=f"""달빛포럼 운영자입니다. 포럼 메일 계정에 문제가 있어서 개인 메일로
답장 드립니다.

장터 글 두 개 모두 삭제했습니다.
{DF_7781_RAW}
{DF_7790_RAW}
""",
     outcome="review", review="unknown_sender",
     imitates="small-forum admin answering from a personal webmail address",
     why="gmail.com is not Dalbit's sender domain",
     items={DF_7781: "pending", DF_7790: "pending"})

# ===== Kaedechan (image board), KCSC-240909-06, 3 items =====

case(name="kaede-admin-terse", from_="admin@kaedechan.org", name_from="kaede admin",
     date=d("2024-09-09 23:58:00"), subject="Re: [KCSC-240909-06] Request for removal of content",
     reply_to_req=req_mid("KCSC-240909-06"),
     body=f"""{KC_551204} - thread deleted, poster banned 30d
{KC_551390} - post deleted (only that post, rest of the thread is fine)

--
kaede admin
""",
     outcome="applied", classification="confirmation",
     imitates="image board admin's two-line answer",
     why="thread deleted and single post deleted: both removed",
     items={KC_551204: "removed", KC_551390: "removed"})

_kplain = f"""Mod log excerpt for KCSC-240909-06:

/kr/ thread 90212  {KC_90212}
  action: deleted (thread + all images)
/b/ thread 551204  {KC_551204}
  action: none, already 404 - the thread had been pruned off the board
  before we saw the report

-- kaedechan staff
"""
_khtml = f"""<html><body>
<p>Mod log excerpt for KCSC-240909-06:</p>
<table border="1">
<tr><th>board</th><th>thread</th><th>action</th></tr>
<tr><td>/kr/</td><td><a href="{KC_90212}">{KC_90212}</a></td><td>deleted (thread + all images)</td></tr>
<tr><td>/b/</td><td><a href="{KC_551204}">{KC_551204}</a></td><td>none, already 404 &ndash; the thread had been pruned off the board before we saw the report</td></tr>
</table>
<p>-- kaedechan staff</p>
</body></html>
"""
case(name="kaede-html-modlog", from_="staff@kaedechan.org", name_from="kaedechan staff",
     date=d("2024-09-11 04:20:00"), subject="Re: [KCSC-240909-06] Request for removal of content",
     reply_to_req=req_mid("KCSC-240909-06"),
     raw_mime=f"""Content-Type: multipart/alternative; boundary="kc-alt-0911"

--kc-alt-0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_kplain}
--kc-alt-0911
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{_khtml}
--kc-alt-0911--
""",
     outcome="applied", classification="confirmation",
     imitates="image board mod-log excerpt as an HTML table with a plain-text alternative",
     why="90212 deleted (removed); 551204 already gone, pruned before the report (not_found)",
     items={KC_90212: "removed", KC_551204: "not_found"})

case(name="kaede-mdn-displayed", from_="mod@kaedechan.org", name_from="kaede mod",
     date=d("2024-09-09 11:30:00"), subject="Return Receipt (displayed) - [KCSC-240909-06] Request for removal of content",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7f3c"

--mdn-7f3c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is a Return Receipt for the mail that you sent to mod@kaedechan.org.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents.

--mdn-7f3c
Content-Type: message/disposition-notification

Reporting-UA: kaedechan.org; Thunderbird 115.14.0
Final-Recipient: rfc822;mod@kaedechan.org
Original-Message-ID: <{req_mid('KCSC-240909-06')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7f3c--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Thunderbird return receipt (MDN)",
     why="read receipt",
     items={})

case(name="kaede-will-look-tonight", from_="admin@kaedechan.org", name_from="kaede admin",
     date=d("2024-09-09 12:02:00"), subject="Re: [KCSC-240909-06] Request for removal of content",
     reply_to_req=req_mid("KCSC-240909-06"),
     body=f"""got it, will go through these tonight after work.

On Mon, 9 Sept 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Kaedechan operators,
>
> Under request KCSC-240909-06 we ask you to remove the following, which
> publish a private person's personal data:
>
> {KC_551204}
> {KC_551390}
> {KC_90212}
>
> KCSC Takedown
""",
     outcome="ignored", classification="acknowledgement",
     imitates="one-line 'got it' from a volunteer admin over the quoted request",
     why="pure acknowledgement with a promise; the URLs are only in the quoted request",
     items={})

case(name="kaede-outlook-refusal", from_="admin@kaedechan.org", name_from="kaede admin",
     date=d("2024-09-10 20:15:00"), subject="RE: [KCSC-240909-06] Request for removal of content",
     reply_to_req=req_mid("KCSC-240909-06"),
     body=f"""Hello,

We're leaving {KC_551390} up. The post is a link to a
news article about the case and contains no personal data, so it does not
break our rules.

kaede admin

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: admin@kaedechan.org
Subject: [KCSC-240909-06] Request for removal of content

Dear Kaedechan operators,

Under request KCSC-240909-06 we ask you to remove the following, which
publish a private person's personal data:

{KC_551204}
{KC_551390}
{KC_90212}

KCSC Takedown
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook-style reply with the unquoted original request below",
     why="one post left up with a reason (rejected); the others appear only in the original message",
     items={KC_551390: "rejected"})

case(name="kaede-url-then-status-below", from_="admin@kaedechan.org", name_from="kaede admin",
     date=d("2024-09-12 00:40:00"), subject="re: KCSC-240909-06",
     body=f"""re: KCSC-240909-06

{KC_90212}
  -> hidden for KR IPs (geo filter), still visible elsewhere
{KC_551204}
  -> deleted

-- kaede admin
""",
     outcome="applied", classification="confirmation",
     imitates="admin reply with each bare URL and its status on the line below",
     why="90212 hidden for Korean visitors only (restricted); 551204 deleted (removed)",
     items={KC_90212: "restricted", KC_551204: "removed"})

# ===== Scrawl (one-person paste service), KCSC-240910-07, 1 item =====

case(name="scrawl-sole-removed", from_="tomas@scrawl.pw", name_from="Tomas (scrawl)",
     date=d("2024-09-10 21:30:00"), subject="Re: [KCSC-240910-07] Removal request",
     reply_to_req=req_mid("KCSC-240910-07"),
     body=f"""Hi,

Done, paste removed.

- Tomas, scrawl.pw

On 10/09/2024 15:00, KCSC Takedown wrote:
> Dear Scrawl,
>
> Under request KCSC-240910-07 we ask you to remove the paste at
> {SC_PASTE}, which publishes a private person's personal data.
>
> KCSC Takedown
""",
     outcome="applied", classification="confirmation",
     imitates="one-person service answering 'done' in the thread",
     why="sole statement in a reply to a one-item request: removed",
     items={SC_PASTE: "removed"})

case(name="scrawl-qp-author-deleted", from_="tomas@scrawl.pw", name_from="Tomas (scrawl)",
     date=d("2024-09-11 08:10:00"), subject="KCSC-240910-07",
     raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hello,

About your request KCSC-240910-07 =E2=80=93 the paste https://scrawl.pw/r/7h=
Q2mZ had been deleted by its own author on 9 September, before your request =
reached me, so there was nothing left for me to remove.

Tomas
scrawl.pw
""",
     outcome="applied", classification="confirmation",
     imitates="one-person service, quoted-printable body whose soft line break splits the URL",
     why="already deleted by its author before the request: not_found",
     items={SC_PASTE: "not_found"})

case(name="scrawl-out-of-office", from_="tomas@scrawl.pw", name_from="Tomas (scrawl)",
     date=d("2024-09-12 09:00:00"), subject="Auto: away until 23 September",
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""Hi, I'm travelling until 23 September with little access to mail.
scrawl.pw is a one-person project, so replies will be slow until then.

Tomas
""",
     outcome="ignored", classification="auto_reply",
     imitates="personal out-of-office auto-reply",
     why="out-of-office auto-reply",
     items={})

case(name="scrawl-contact-change", from_="tomas@scrawl.pw", name_from="Tomas (scrawl)",
     date=d("2024-09-18 19:00:00"), subject="scrawl.pw abuse contact is changing",
     body="""Hello,

From 1 October please send abuse and removal reports for scrawl.pw to
reports@scrawl.pw instead of my personal address. I'll keep reading this
one for a few weeks.

Thanks,
Tomas
""",
     outcome="review", review="no_claims",
     imitates="small service announcing a new abuse contact",
     why="trusted platform mail naming no item and no request",
     items={})


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        cases.append(c)
    header = ("# blind901: hosts, CDNs, registrars, forums, image boards, file hosts and small\n"
              "# services answering informally; CSV attachments and plain-text tables.\n"
              "# Written by make.py from each email's meaning, before any run of the reader.")
    corpuslib.write_set(HERE, SET, header, cases)


if __name__ == "__main__":
    main()
